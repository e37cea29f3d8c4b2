"""IDL's byte-order routines: ``SWAP_ENDIAN``, ``SWAP_ENDIAN_INPLACE`` and ``BYTEORDER``,
over :mod:`compat._core.idl_array_ops`.

IDL's procedures change their argument in place (``SWAP_ENDIAN_INPLACE, x``,
``BYTEORDER, x, /LSWAP``); compat never writes into the caller's array: they return the
new array, and a port writes ``x = idl.swap_endian_inplace(x)``. Arrays keep their dtype
(``numpy.ndarray.byteswap`` semantics: the same dtype with the bytes reversed), which is
what IDL's variable holds after the call.
"""

from __future__ import annotations

import sys

import numpy as np

from compat._core import idl_array_ops as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_struct import as_structure, is_structure
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["swap_endian", "swap_endian_inplace", "byteorder"]

_LITTLE = sys.byteorder == "little"


def _value(variable, name: str = "Variable"):
    if is_structure(variable):
        return as_structure(variable, name)
    if isinstance(variable, (str, np.str_)):
        return np.asarray(variable)
    return idl_array(variable, name, string_ok=True)


def _swap(variable, swap_if_big_endian, swap_if_little_endian):
    if swap_if_big_endian and swap_if_little_endian:
        raise CompatValueError("Conflicting keywords: SWAP_IF_BIG_ENDIAN and "
                               "SWAP_IF_LITTLE_ENDIAN.")
    a = _value(variable)
    wanted = (swap_if_little_endian and _LITTLE) or (swap_if_big_endian and not _LITTLE) \
        or not (swap_if_big_endian or swap_if_little_endian)
    out = core.swap_bytes(a) if wanted else a.copy()
    return out[()] if out.ndim == 0 and out.dtype.names is None else out


@idl_routine("SWAP_ENDIAN")
def swap_endian(variable, *, swap_if_big_endian=False, swap_if_little_endian=False):
    """A copy of a value with the byte order of every element reversed, as IDL's
    ``SWAP_ENDIAN``.

    IDL call form::

        Result = SWAP_ENDIAN(Variable [, /SWAP_IF_BIG_ENDIAN] [, /SWAP_IF_LITTLE_ENDIAN])

    Parameters
    ----------
    variable : scalar, array_like, str or structure
        Numbers (each element reversed; COMPLEX/DCOMPLEX: the real and imaginary parts
        each), strings (unchanged) or a structure (record array: each tag swapped as
        its type requires).
    swap_if_big_endian, swap_if_little_endian : bool
        Swap only when the machine has that byte order (otherwise an unchanged copy).

    Returns
    -------
    numpy scalar, ndarray or record array of the same type.

    Notes
    -----
    ``a.byteswap()`` does this for a plain numeric array; for complex data it reverses
    the 8 (16) bytes as one unit where IDL swaps each part, and it refuses structures
    with object fields (readsav's array tags). Source: IDL Reference Guide,
    SWAP_ENDIAN; checked against GDL 1.0.1 (reference_outputs/idl/byteorder).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.swap_endian(np.int32(1))
    np.int32(16777216)
    >>> idl.swap_endian(np.array([1, 256], np.int16))
    array([256,   1], dtype=int16)
    """
    return _swap(variable, swap_if_big_endian, swap_if_little_endian)


@idl_routine("SWAP_ENDIAN_INPLACE")
def swap_endian_inplace(variable, *, swap_if_big_endian=False, swap_if_little_endian=False):
    """IDL's procedure ``SWAP_ENDIAN_INPLACE``: the variable with its bytes reversed,
    *returned* (the caller's array is not changed).

    IDL call form::

        SWAP_ENDIAN_INPLACE, Variable [, /SWAP_IF_BIG_ENDIAN] [, /SWAP_IF_LITTLE_ENDIAN]

    Python::

        variable = idl.swap_endian_inplace(variable)

    Parameters and result as :func:`swap_endian`.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.swap_endian_inplace(np.array([1.0], np.float32))
    array([4.6006e-41], dtype=float32)
    """
    return _swap(variable, swap_if_big_endian,
                 swap_if_little_endian)


# keyword -> (unit in bytes, whether it applies on this machine, element size required)
def _byteorder_action(keywords: dict):
    little = _LITTLE
    table = {
        "sswap": (2, True, None), "lswap": (4, True, None), "l64swap": (8, True, None),
        "htons": (2, little, None), "ntohs": (2, little, None),
        "htonl": (4, little, None), "ntohl": (4, little, None),
        "ftoxdr": (4, little, 4), "xdrtof": (4, little, 4),
        "dtoxdr": (8, little, 8), "xdrtod": (8, little, 8),
        "swap_if_big_endian": (None, not little, None),
        "swap_if_little_endian": (None, little, None),
    }
    chosen = [k for k, v in keywords.items() if v]
    if len(chosen) > 1:
        raise CompatValueError("Conflicting keywords: " + ", ".join(k.upper()
                                                                   for k in chosen) + ".")
    return table[chosen[0]] if chosen else table["sswap"]


@idl_routine("BYTEORDER")
def byteorder(*variables, sswap=False, lswap=False, l64swap=False, htonl=False,
              htons=False, ntohl=False, ntohs=False, ftoxdr=False, dtoxdr=False,
              xdrtof=False, xdrtod=False, swap_if_big_endian=False,
              swap_if_little_endian=False):
    """IDL's procedure ``BYTEORDER``: reverse bytes within 2-, 4- or 8-byte units,
    returning the new values (the caller's arrays are not changed).

    IDL call form::

        BYTEORDER, Variable1, ..., Variablen [, /DTOXDR | /FTOXDR | /HTONL | /HTONS |
                   /L64SWAP | /LSWAP | /NTOHL | /NTOHS | /SSWAP | /XDRTOD | /XDRTOF]
                   [, /SWAP_IF_BIG_ENDIAN] [, /SWAP_IF_LITTLE_ENDIAN]

    Python::

        x = idl.byteorder(x, lswap=True)              # one variable: its new value
        x, y = idl.byteorder(x, y, sswap=True)        # several: a tuple

    Parameters
    ----------
    *variables : scalar or array_like
        Numeric values; their memory (IDL's order) is treated as a run of bytes.
    sswap : bool
        Reverse the bytes of each 16-bit unit (the default when no keyword is set).
    lswap, l64swap : bool
        Reverse the bytes of each 32-bit / 64-bit unit.
    htons, ntohs, htonl, ntohl : bool
        Host to network (big-endian) order and back for 16-/32-bit units: a swap on a
        little-endian machine, nothing on a big-endian one.
    ftoxdr, xdrtof, dtoxdr, xdrtod : bool
        FLOAT/DOUBLE to XDR (big-endian IEEE) and back: a 4-/8-byte swap on a
        little-endian machine. The variable must be FLOAT (DOUBLE).
    swap_if_big_endian, swap_if_little_endian : bool
        Reverse each element's bytes (as SWAP_ENDIAN) only on such a machine.

    Returns
    -------
    ndarray or numpy scalar of the variable's type (a tuple for several variables).

    Raises
    ------
    ValueError
        ``"BYTEORDER: Operand's size must be a multiple of swap datum size: Variable"``
        (IDL's message, e.g. /LSWAP of one INT), conflicting keywords.

    Notes
    -----
    The bytes are swapped in units whatever the element type, as IDL does: /SSWAP of
    LONG data swaps the two halves of each 4-byte value separately (``[1L, 2L]`` becomes
    ``[256, 512]``). Source: IDL Reference Guide, BYTEORDER; checked against GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.byteorder(np.int32(1), lswap=True)
    np.int32(16777216)
    >>> idl.byteorder(np.array([1, 2], np.int32))            # /SSWAP
    array([256, 512], dtype=int32)
    """
    if not variables:
        raise CompatTypeError("Incorrect number of arguments: give the variables to swap")
    unit, applies, size = _byteorder_action(dict(
        sswap=sswap, lswap=lswap, l64swap=l64swap, htonl=htonl, htons=htons, ntohl=ntohl,
        ntohs=ntohs, ftoxdr=ftoxdr, dtoxdr=dtoxdr, xdrtof=xdrtof, xdrtod=xdrtod,
        swap_if_big_endian=swap_if_big_endian, swap_if_little_endian=swap_if_little_endian))
    out = []
    for k, variable in enumerate(variables):
        name = f"Variable{k + 1}" if len(variables) > 1 else "Variable"
        a = idl_array(variable, name)
        if size is not None and a.dtype != np.dtype(f"f{size}"):
            raise CompatTypeError(f"{name} must be {'FLOAT' if size == 4 else 'DOUBLE'} "
                                  "for this keyword")
        if not applies:
            r = a.copy()
        elif unit is None:
            r = core.swap_bytes(a)
        else:
            if a.nbytes % unit:
                raise CompatValueError("Operand's size must be a multiple of swap datum "
                                       f"size: {name}")
            r = core.swap_units(a, unit)
        out.append(r[()] if r.ndim == 0 else r)
    return out[0] if len(out) == 1 else tuple(out)
