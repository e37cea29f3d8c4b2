"""IDL's floating-point environment: MACHAR (the machine's floating-point constants) and
CHECK_MATH (the accumulated math error status) over :mod:`compat._core.float_status`."""

from __future__ import annotations

import sys

import numpy as np

from compat._core import float_status
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_struct import build_structure
from compat._core.legacy import idl_routine

__all__ = ["machar", "check_math"]

_LONG_FIELDS = ("IBETA", "IT", "IRND", "NGRD", "MACHEP", "NEGEP", "IEXP", "MINEXP",
                "MAXEXP")


@idl_routine("MACHAR")
def machar(*, double=False):
    """The machine's floating-point constants, as IDL's ``MACHAR``.

    IDL call form::

        Result = MACHAR([, /DOUBLE])

    Parameters
    ----------
    double : bool
        /DOUBLE: the constants of DOUBLE (IEEE binary64) instead of FLOAT (binary32).

    Returns
    -------
    numpy.recarray
        A one-element structure (IDL's named structure ``MACHAR``, ``DMACHAR`` with
        /DOUBLE) with the LONG fields ``IBETA`` (radix 2), ``IT`` (mantissa digits 24 /
        53), ``IRND`` (5: rounding to nearest, gradual underflow), ``NGRD`` (0),
        ``MACHEP``, ``NEGEP`` (-23, -24 / -52, -53), ``IEXP`` (exponent bits 8 / 11),
        ``MINEXP`` (-126 / -1022), ``MAXEXP`` (128 / 1024) and the FLOAT (DOUBLE) fields
        ``EPS`` (2^MACHEP), ``EPSNEG`` (2^NEGEP), ``XMIN`` (the smallest normal number,
        2^MINEXP) and ``XMAX`` (the largest finite number). Read a field as ``m.EPS``
        (a one-element array) or ``m.EPS[0]``.

    Notes
    -----
    IDL Reference Guide, MACHAR: "based on the routine machar described in section 20.1
    of Numerical Recipes in C". That routine measures the arithmetic it runs on; on the
    IEEE arithmetic of every machine IDL, GDL and numpy run on its results are the
    constants above, which compat reads from ``numpy.finfo`` (the same quantities under
    the same names: ``machep``, ``negep``, ``iexp``, ``minexp``, ``maxexp``, ``eps``,
    ``epsneg``, ``smallest_normal``, ``max``). Checked field by field against GDL 1.0.1
    (golden suite ``idl/machar``). ``numpy.finfo(np.float32).eps`` alone is the
    ``(MACHAR()).EPS`` idiom.

    Examples
    --------
    >>> from compat import idl
    >>> m = idl.machar()
    >>> int(m.IT[0]), float(m.EPS[0]), m.EPS.dtype
    (24, 1.1920928955078125e-07, dtype('float32'))
    >>> float(idl.machar(double=True).XMIN[0])
    2.2250738585072014e-308
    """
    real = np.float64 if double else np.float32
    constants = float_status.machine_constants(real)
    values = [np.int32(constants[k]) if k in _LONG_FIELDS else real(constants[k])
              for k in constants]
    return build_structure(list(constants), values, "DMACHAR" if double else "MACHAR")


def _flag(value, name: str) -> int:
    a = np.asarray(value)
    if a.size != 1 or a.dtype.kind not in "biuf":
        raise CompatTypeError(f"{name} must be a scalar number.")
    return int(a.reshape(-1)[0])


@idl_routine("CHECK_MATH")
def check_math(print_flag=None, message_inhibit=None, *, mask=None, noclear=False,
               print=False):  # noqa: A002 - IDL's keyword name
    """The accumulated math error status, returned and cleared, as IDL's ``CHECK_MATH``.

    IDL call forms::

        Result = CHECK_MATH([, MASK=bitmask] [, /NOCLEAR] [, /PRINT])
        Result = CHECK_MATH(Print_Flag, Message_Inhibit)     ; IDL's obsolete form

    Parameters
    ----------
    print_flag : int, optional
        The obsolete positional form of /PRINT.
    message_inhibit : int, optional
        The obsolete second argument: 1 stops the messages of math errors (numpy's
        warnings, see below) until a call passes 0; the errors are still recorded. The
        IDL Astronomy Library's poidev.pro calls ``CHECK_MATH(0, 1) ;Don't want overflow
        messages``.
    mask : int, optional
        MASK: the sum of the bits to check (default all); the bits outside it are
        neither returned nor cleared.
    noclear : bool
        /NOCLEAR: return the status without clearing it.
    print : bool
        /PRINT: print IDL's message for each error returned, e.g. ``% Program caused
        arithmetic error: Floating divide by 0``.

    Returns
    -------
    numpy.int32 (LONG)
        The sum of the bits of the errors since the last call (within MASK): 16
        floating divide by 0, 32 floating underflow, 64 floating overflow, 128 floating
        illegal operand (1 integer divide by 0 and 2 integer overflow are IDL's bits
        compat never sets, see Notes).

    Raises
    ------
    TypeError
        ``"CHECK_MATH: MASK must be a scalar number."`` (likewise for the positional
        flags).

    Notes
    -----
    What compat can observe (module :mod:`compat._core.float_status`): the errors numpy
    reports. The first call to CHECK_MATH starts recording them: it switches numpy's
    error modes (``numpy.seterr``) to a recorder that sets IDL's bit and then does what
    the previous mode did (numpy's RuntimeWarning, an exception under ``'raise'`` ...).
    IDL code usually starts with ``junk = CHECK_MATH()`` to clear the status, which in
    compat also starts the recording; errors before that first call are not seen.
    numpy's "divide by zero" (float or integer) is bit 16, "underflow" 32, "overflow"
    64, "invalid value" (0/0, SQRT or ALOG of a negative number, NaN in a comparison)
    128. Not seen: arithmetic on Python floats (it raises ZeroDivisionError), errors
    inside ``numpy.errstate`` blocks with their own modes, other threads (numpy's modes
    are per thread), and integer errors as IDL's bits 1 and 2 (numpy reports an
    integer division by zero as a float one and does not detect integer overflow).
    IDL's !EXCEPT (when IDL prints the errors by itself) corresponds to numpy's modes:
    ``numpy.seterr`` before the first CHECK_MATH, ``message_inhibit`` after it. GDL
    1.0.1 reads its second positional argument as /NOCLEAR. Source: IDL Reference
    Guide, CHECK_MATH and "Math Errors" (the status bits and messages); golden suite
    ``idl/check_math`` (GDL 1.0.1, which reads the processor's flags).

    Examples
    --------
    >>> import warnings
    >>> import numpy as np
    >>> from compat import idl
    >>> status = idl.check_math()                 # clear, and start recording
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")       # numpy's RuntimeWarnings, as before
    ...     x = np.float32([1.0, 0.0]) / np.float32(0.0)
    >>> int(idl.check_math(mask=16)), int(idl.check_math())
    (16, 128)
    """
    float_status.install()
    printing = bool(print)
    if print_flag is not None:
        printing = printing or bool(_flag(print_flag, "Print_Flag"))
    if message_inhibit is not None:
        float_status.set_inhibit(bool(_flag(message_inhibit, "Message_Inhibit")))
    bits = 255 if mask is None else _flag(mask, "MASK")
    if bits < 0:
        raise CompatValueError(f"MASK must be >= 0: {bits}")
    value = float_status.status() & bits
    if printing:
        for bit, text in float_status.MESSAGES.items():
            if value & bit:
                sys.stdout.write(f"% Program caused arithmetic error: {text}\n")
    if not noclear:
        float_status.clear(bits)
    return np.int32(value)
