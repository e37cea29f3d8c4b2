"""IDL's BIT_FFS and BIT_POPULATION (core :mod:`compat._core.bit_counts`)."""

from __future__ import annotations

from compat._core import bit_counts as core
from compat._core.errors import CompatTypeError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["bit_ffs", "bit_population"]


def _integers(value):
    a = idl_array(value, "Value", complex_ok=False)
    if a.dtype.kind not in "iu":
        raise CompatTypeError(f"Value must be of an integer type, not {a.dtype}")
    return a


def _shaped(counts, a):
    return counts[()] if a.ndim == 0 else counts


@idl_routine("BIT_FFS")
def bit_ffs(value):
    """Index of the first (least significant) set bit, as IDL's BIT_FFS function.

    IDL call form::

        Result = BIT_FFS(Value)   ->  idl.bit_ffs(value)

    Bits are numbered from 1 (the least significant); 0 means no bit is set. ``Value``
    is a scalar or array of an integer type (BYTE, INT, UINT, LONG, ULONG, LONG64,
    ULONG64); negative values are read in two's complement of their type, so
    ``BIT_FFS(-32768S)`` is 16. The result has ``Value``'s shape and is LONG (the
    reference page does not state the type). The naive
    ``(x & -x).bit_length()`` is Python's for one unbounded int. Sources: IDL Reference
    Guide, BIT_FFS (IDL 6.2), whose example prints ``2^10 = 1024`` for
    ``p = BIT_FFS(1024) - 1``; golden suite ``idl/bit_counts``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> int(idl.bit_ffs(1024)) - 1
    10
    >>> idl.bit_ffs(np.array([0, 3, 40], np.uint8))
    array([0, 1, 4], dtype=int32)
    """
    a = _integers(value)
    return _shaped(core.first_set_bit(a), a)


@idl_routine("BIT_POPULATION")
def bit_population(value):
    """Number of set bits, as IDL's BIT_POPULATION function.

    IDL call form::

        Result = BIT_POPULATION(Value)   ->  idl.bit_population(value)

    ``Value`` is a scalar or array of an integer type; negative values count the bits
    of their two's complement in their own type (``BIT_POPULATION(-1S)`` is 16, ``-1L``
    32). The result has ``Value``'s shape and is LONG (the reference page does not
    state the type). The naive ``int.bit_count()`` counts a Python int's magnitude
    (``(-1).bit_count()`` is 1). Sources: IDL Reference Guide, BIT_POPULATION (IDL 6.2),
    whose example prints 32 for ``BIT_POPULATION('ffffffff'xl)``; golden suite
    ``idl/bit_counts``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> int(idl.bit_population(np.int32(-1)))
    32
    >>> idl.bit_population(np.array([0, 255, 256], np.int16))
    array([0, 8, 1], dtype=int32)
    """
    a = _integers(value)
    return _shaped(core.population(a), a)
