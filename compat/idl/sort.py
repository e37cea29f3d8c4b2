"""IDL ``SORT``: subscripts that put an array in ascending order, NaNs last."""

from __future__ import annotations

import numpy as np

from compat._core.idl_types import idl_array, index_type
from compat._core.legacy import idl_routine

__all__ = ["sort"]


@idl_routine("SORT")
def sort(array, *, l64=False):
    """Subscripts of an array in ascending order, as IDL's ``SORT`` returns them.

    IDL call form::

        Result = SORT(Array [, /L64])

    Parameters
    ----------
    array : array_like
        Numbers or strings, any shape (read in IDL = numpy C order). Complex numbers are
        sorted by modulus, strings by character code (IDL: ASCII collating sequence).
    l64 : bool
        /L64: LONG64 subscripts (LONG otherwise; LONG64 anyway for 2**31 or more
        elements).

    Returns
    -------
    ndarray
        1-D LONG flat subscripts (``a.flat[r]`` or ``a.reshape(-1)[r]`` is sorted); a
        scalar gives ``[0]``. NaN elements come last.

    Notes
    -----
    Ties: IDL's reference says the order of identical elements "is arbitrary and may
    vary between operating systems". Real IDL print-outs show identical elements in
    *reverse* order of appearance: ``SORT([1, 2, 2, 5, 1, 4, 4, 2])`` prints
    ``4 0 7 2 1 6 5 3`` (B. Sather, "Array Uniqueness in IDL", Harris Geospatial blog,
    2014) and ``SORT([1, 2, 1, 2, 3, 4, 5, 6, 6, 5])`` prints ``2 0 3 1 4 5 9 6 8 7``
    (IDL session quoted in a 2019 CSDN article on UNIQ). compat reproduces that order
    exactly (a stable sort of the reversed array), which also makes ``UNIQ(a,
    SORT(a))`` return IDL's subscripts (the *first* occurrence of each value, there).
    Whether IDL keeps this order for large arrays is not documented; code that relies
    on it relies on IDL's platform. NaNs come last, also in reverse order.

    GDL 1.0.1 differs: its ties keep their original order (``SORT([1, 2, 2, 5, 1, 4,
    4, 2])`` is ``0 4 1 2 7 5 6 3`` there), its NaNs are reversed. Golden and oracle
    comparisons against GDL therefore compare the sorted values ``a[SORT(a)]``
    wherever ties make the subscripts ambiguous.

    Differences from ``numpy.argsort(a)``: numpy sorts along the last *axis* of a
    multi-dimensional array (IDL sorts all elements as one vector), returns int64,
    and its default quicksort is not stable either.

    Sources: IDL Reference Guide, SORT (NaN "moved to the end", ties arbitrary,
    example ``SORT([4, 3, 7, 1, 2])`` is ``3 4 1 0 2``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import sort
    >>> sort(np.array([4, 3, 7, 1, 2]))
    array([3, 4, 1, 0, 2], dtype=int32)
    >>> sort(np.array([500, np.nan, -500], dtype=np.float32))
    array([2, 0, 1], dtype=int32)
    """
    a = idl_array("sort", array, string_ok=True)
    flat = a.reshape(-1)
    key = np.abs(flat) if flat.dtype.kind == "c" else flat
    # numpy's sort order puts NaN after +Inf; a stable sort of the reversed array puts
    # ties (and NaNs) in reverse order of appearance, as IDL prints them
    n = flat.size
    order = np.argsort(key[::-1], kind="stable")
    return (n - 1 - order).astype(index_type(n, l64))
