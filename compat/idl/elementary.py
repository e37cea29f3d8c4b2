"""IDL's elementary functions of real numbers -- ``SIN``, ``COS``, ``TAN``, ``ASIN``,
``ACOS``, ``ATAN`` (one or two arguments), ``SINH``, ``COSH``, ``TANH``, ``EXP``,
``ALOG``, ``ALOG10`` -- with the C library's bits, over :mod:`compat._core.idl_elementary`.

IDL (and GDL) evaluate them with the C math library, FLOAT arguments with its ``float``
routines (``sinf`` ...), DOUBLE ones with its ``double`` routines. numpy's loops are
other approximations: on 20000 random arguments they differ from GDL 1.0.1 in the last
bit for 15-45% of FLOAT values and, for ``log10``/``sinh``/``cosh``/``tanh``/``arcsin``/
``exp``, for 5-30% of DOUBLE values (see the core module). A port whose every line must
give IDL's result calls these instead of ``numpy.sin`` & co. (found porting the IDL
Astronomy Library's CCM_UNRED, MOONPOS and SUNPOS: golden suites ``idl/ports_*``).

Result types are IDL's: DOUBLE stays DOUBLE, every other real type (BYTE ... ULONG64,
FLOAT) gives FLOAT; ``ATAN(Y, X)`` is DOUBLE when either argument is. Complex arguments
(IDL accepts them) are refused with a TypeError for now. ``SQRT`` needs nothing: IEEE
square roots are correctly rounded, so ``numpy.sqrt`` is IDL's (negative FLOAT/DOUBLE:
NaN in both).
"""

from __future__ import annotations

from compat._core import idl_elementary as core
from compat._core.docs import Fragments
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["sin", "cos", "tan", "asin", "acos", "atan", "sinh", "cosh", "tanh", "exp",
           "alog", "alog10"]

_DOCS = Fragments(common="""Parameters
----------
x : scalar or array_like
    Real numbers of any IDL type, any shape (readsav layout), any byte order.

Returns
-------
numpy scalar or ndarray
    FLOAT (float32) for every type but DOUBLE, DOUBLE (float64) for DOUBLE; the shape
    of ``x`` (a numpy scalar for a scalar). Non-finite arguments give the C library's
    results (NaN for NaN, overflow gives Inf).

Raises
------
TypeError
    For complex arguments (``"SIN: complex X is not supported (only real
    arguments) ..."``), strings and structures (IDL's own messages).""")


@idl_routine("SIN")
@_DOCS.fill
def sin(x):
    """The sine of angles in radians, as IDL's ``SIN`` computes it.

    The C library's ``sinf`` for FLOAT, ``sin`` for DOUBLE (and every other type
    through FLOAT).

    IDL call form::

        Result = SIN(X)

    {{common}}

    Notes
    -----
    ``numpy.sin`` differs: float64 for integer input (IDL: FLOAT) and, being
    another approximation, other last bits for many FLOAT (and some DOUBLE) values.
    Source: IDL Reference Guide, SIN; the C library's ``sin``/``sinf`` (ISO C 7.12);
    checked bit for bit against GDL 1.0.1 (golden suite idl/elementary).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.sin(np.float32(0.5))
    np.float32(0.47942555)
    >>> idl.sin([1, 2])
    array([0.84147096, 0.9092974 ], dtype=float32)
    """
    return core.elementary("SIN", x)

@idl_routine("COS")
@_DOCS.fill
def cos(x):
    """The cosine of angles in radians, as IDL's ``COS`` computes it.

    The C library's ``cosf`` for FLOAT, ``cos`` for DOUBLE (and every other type
    through FLOAT).

    IDL call form::

        Result = COS(X)

    {{common}}

    Notes
    -----
    ``numpy.cos`` differs: float64 for integer input (IDL: FLOAT) and, being
    another approximation, other last bits for many FLOAT (and some DOUBLE) values.
    Source: IDL Reference Guide, COS; the C library's ``cos``/``cosf`` (ISO C 7.12);
    checked bit for bit against GDL 1.0.1 (golden suite idl/elementary).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.cos(np.float32(0.5))
    np.float32(0.87758255)
    >>> idl.cos([1, 2])
    array([ 0.5403023 , -0.41614684], dtype=float32)
    """
    return core.elementary("COS", x)

@idl_routine("TAN")
@_DOCS.fill
def tan(x):
    """The tangent of angles in radians, as IDL's ``TAN`` computes it.

    The C library's ``tanf`` for FLOAT, ``tan`` for DOUBLE (and every other type
    through FLOAT).

    IDL call form::

        Result = TAN(X)

    {{common}}

    Notes
    -----
    ``numpy.tan`` differs: float64 for integer input (IDL: FLOAT) and, being
    another approximation, other last bits for many FLOAT (and some DOUBLE) values.
    Source: IDL Reference Guide, TAN; the C library's ``tan``/``tanf`` (ISO C 7.12);
    checked bit for bit against GDL 1.0.1 (golden suite idl/elementary).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.tan(np.float32(0.5))
    np.float32(0.5463025)
    >>> idl.tan([1, 2])
    array([ 1.5574077, -2.1850398], dtype=float32)
    """
    return core.elementary("TAN", x)

@idl_routine("ASIN")
@_DOCS.fill
def asin(x):
    """The arc-sine in radians (NaN outside [-1, 1]), as IDL's ``ASIN`` computes it.

    The C library's ``asinf`` for FLOAT, ``asin`` for DOUBLE (and every other type
    through FLOAT).

    IDL call form::

        Result = ASIN(X)

    {{common}}

    Notes
    -----
    ``numpy.arcsin`` differs: float64 for integer input (IDL: FLOAT) and, being
    another approximation, other last bits for many FLOAT (and some DOUBLE) values.
    Source: IDL Reference Guide, ASIN; the C library's ``asin``/``asinf`` (ISO C 7.12);
    checked bit for bit against GDL 1.0.1 (golden suite idl/elementary).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.asin(np.float32(0.5))
    np.float32(0.5235988)
    >>> idl.asin([1, 2])
    array([1.5707964,       nan], dtype=float32)
    """
    return core.elementary("ASIN", x)

@idl_routine("ACOS")
@_DOCS.fill
def acos(x):
    """The arc-cosine in radians (NaN outside [-1, 1]), as IDL's ``ACOS`` computes it.

    The C library's ``acosf`` for FLOAT, ``acos`` for DOUBLE (and every other type
    through FLOAT).

    IDL call form::

        Result = ACOS(X)

    {{common}}

    Notes
    -----
    ``numpy.arccos`` differs: float64 for integer input (IDL: FLOAT) and, being
    another approximation, other last bits for many FLOAT (and some DOUBLE) values.
    Source: IDL Reference Guide, ACOS; the C library's ``acos``/``acosf`` (ISO C 7.12);
    checked bit for bit against GDL 1.0.1 (golden suite idl/elementary).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.acos(np.float32(0.5))
    np.float32(1.0471976)
    >>> idl.acos([1, 2])
    array([ 0., nan], dtype=float32)
    """
    return core.elementary("ACOS", x)

@idl_routine("SINH")
@_DOCS.fill
def sinh(x):
    """The hyperbolic sine, as IDL's ``SINH`` computes it.

    The C library's ``sinhf`` for FLOAT, ``sinh`` for DOUBLE (and every other type
    through FLOAT).

    IDL call form::

        Result = SINH(X)

    {{common}}

    Notes
    -----
    ``numpy.sinh`` differs: float64 for integer input (IDL: FLOAT) and, being
    another approximation, other last bits for many FLOAT (and some DOUBLE) values.
    Source: IDL Reference Guide, SINH; the C library's ``sinh``/``sinhf`` (ISO C 7.12);
    checked bit for bit against GDL 1.0.1 (golden suite idl/elementary).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.sinh(np.float32(0.5))
    np.float32(0.5210953)
    >>> idl.sinh([1, 2])
    array([1.1752012, 3.6268604], dtype=float32)
    """
    return core.elementary("SINH", x)

@idl_routine("COSH")
@_DOCS.fill
def cosh(x):
    """The hyperbolic cosine, as IDL's ``COSH`` computes it.

    The C library's ``coshf`` for FLOAT, ``cosh`` for DOUBLE (and every other type
    through FLOAT).

    IDL call form::

        Result = COSH(X)

    {{common}}

    Notes
    -----
    ``numpy.cosh`` differs: float64 for integer input (IDL: FLOAT) and, being
    another approximation, other last bits for many FLOAT (and some DOUBLE) values.
    Source: IDL Reference Guide, COSH; the C library's ``cosh``/``coshf`` (ISO C 7.12);
    checked bit for bit against GDL 1.0.1 (golden suite idl/elementary).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.cosh(np.float32(0.5))
    np.float32(1.127626)
    >>> idl.cosh([1, 2])
    array([1.5430806, 3.7621958], dtype=float32)
    """
    return core.elementary("COSH", x)

@idl_routine("TANH")
@_DOCS.fill
def tanh(x):
    """The hyperbolic tangent, as IDL's ``TANH`` computes it.

    The C library's ``tanhf`` for FLOAT, ``tanh`` for DOUBLE (and every other type
    through FLOAT).

    IDL call form::

        Result = TANH(X)

    {{common}}

    Notes
    -----
    ``numpy.tanh`` differs: float64 for integer input (IDL: FLOAT) and, being
    another approximation, other last bits for many FLOAT (and some DOUBLE) values.
    Source: IDL Reference Guide, TANH; the C library's ``tanh``/``tanhf`` (ISO C 7.12);
    checked bit for bit against GDL 1.0.1 (golden suite idl/elementary).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.tanh(np.float32(0.5))
    np.float32(0.46211717)
    >>> idl.tanh([1, 2])
    array([0.7615942, 0.9640276], dtype=float32)
    """
    return core.elementary("TANH", x)

@idl_routine("EXP")
@_DOCS.fill
def exp(x):
    """The natural exponential e^X, as IDL's ``EXP`` computes it.

    The C library's ``expf`` for FLOAT, ``exp`` for DOUBLE (and every other type
    through FLOAT).

    IDL call form::

        Result = EXP(X)

    {{common}}

    Notes
    -----
    ``numpy.exp`` differs: float64 for integer input (IDL: FLOAT) and, being
    another approximation, other last bits for many FLOAT (and some DOUBLE) values.
    Source: IDL Reference Guide, EXP; the C library's ``exp``/``expf`` (ISO C 7.12);
    checked bit for bit against GDL 1.0.1 (golden suite idl/elementary).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.exp(np.float32(0.5))
    np.float32(1.6487212)
    >>> idl.exp([1, 2])
    array([2.7182817, 7.389056 ], dtype=float32)
    """
    return core.elementary("EXP", x)

@idl_routine("ALOG")
@_DOCS.fill
def alog(x):
    """The natural logarithm (-Inf at 0, NaN below 0), as IDL's ``ALOG`` computes it.

    The C library's ``logf`` for FLOAT, ``log`` for DOUBLE (and every other type
    through FLOAT).

    IDL call form::

        Result = ALOG(X)

    {{common}}

    Notes
    -----
    ``numpy.log`` differs: float64 for integer input (IDL: FLOAT) and, being
    another approximation, other last bits for many FLOAT (and some DOUBLE) values.
    Source: IDL Reference Guide, ALOG; the C library's ``log``/``logf`` (ISO C 7.12);
    checked bit for bit against GDL 1.0.1 (golden suite idl/elementary).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.alog(np.float32(0.5))
    np.float32(-0.6931472)
    >>> idl.alog([1, 2])
    array([0.       , 0.6931472], dtype=float32)
    """
    return core.elementary("ALOG", x)

@idl_routine("ALOG10")
@_DOCS.fill
def alog10(x):
    """The base-10 logarithm (-Inf at 0, NaN below 0), as IDL's ``ALOG10`` computes it.

    The C library's ``log10f`` for FLOAT, ``log10`` for DOUBLE (and every other type
    through FLOAT).

    IDL call form::

        Result = ALOG10(X)

    {{common}}

    Notes
    -----
    ``numpy.log10`` differs: float64 for integer input (IDL: FLOAT) and, being
    another approximation, other last bits for many FLOAT (and some DOUBLE) values.
    Source: IDL Reference Guide, ALOG10; the C library's ``log10``/``log10f`` (ISO C 7.12);
    checked bit for bit against GDL 1.0.1 (golden suite idl/elementary).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.alog10(np.float32(0.5))
    np.float32(-0.30103)
    >>> idl.alog10([1, 2])
    array([0.     , 0.30103], dtype=float32)
    """
    return core.elementary("ALOG10", x)

@idl_routine("ATAN")
@_DOCS.fill
def atan(y, x=None, *, phase=False):
    """The arc-tangent, as IDL's ``ATAN`` computes it: ``ATAN(X)`` in (-pi/2, pi/2) (the
    C library's ``atanf``/``atan``), ``ATAN(Y, X)`` the angle of the point (X, Y) in
    [-pi, pi] (``atan2f``/``atan2``).

    IDL call form::

        Result = ATAN(X)
        Result = ATAN(Y, X)
        Result = ATAN(Z, /PHASE)   ->  idl.atan(z, phase=True)

    The one-argument form's argument is the first parameter (``atan(x)``), as in IDL.
    ``phase=True`` (/PHASE) with a complex Z gives its phase angle
    ``ATAN(IMAGINARY(Z), REAL_PART(Z))`` in [-pi, pi], FLOAT for COMPLEX, DOUBLE for
    DCOMPLEX (``numpy.angle`` returns float64 for complex64); for a real argument /PHASE
    is ignored, as in IDL.

    {{common}}

    Notes
    -----
    ``ATAN(Y, X)`` of two arrays gives the shorter one's length and shape (IDL's rule
    for two array operands; numpy would broadcast or fail); a scalar spreads. Its type
    is DOUBLE when either argument is DOUBLE, else FLOAT. ``numpy.arctan``/``arctan2``
    differ in the types and, for FLOAT, in the last bit of a third of the values.
    Complex arguments are refused without /PHASE (IDL's complex arctangent is not
    provided). Source: IDL Reference Guide, ATAN (PHASE keyword); ISO C 7.12.4.3-4;
    checked bit for bit against GDL 1.0.1 (golden suites idl/elementary and
    idl/atan_phase).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.atan(np.float32(1))
    np.float32(0.7853982)
    >>> idl.atan(1.0, -1.0)
    np.float64(2.356194490192345)
    >>> idl.atan([1, -1], [0.0, 0.0, 0.0])
    array([ 1.57079633, -1.57079633])
    >>> idl.atan(np.complex64(-1 + 1j), phase=True)
    np.float32(2.3561945)
    """
    if x is None:
        if phase:
            z = idl_array(y, "X")
            if z.dtype.kind == "c":
                # the phase angle: atan2 of the parts, each in the part type
                return core.atan2(z.imag, z.real)
        return core.elementary("ATAN", y)
    return core.atan2(y, x)
