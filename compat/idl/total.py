"""IDL ``TOTAL``: sum of array elements with IDL's accumulation order and result types."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import float_type, idl_array
from compat._core.legacy import idl_routine

__all__ = ["total"]


def _reduce_axis(routine: str, dimension, ndim: int):
    """numpy axis of an IDL Dimension argument; None for "all elements" (absent or 0)."""
    if dimension is None:
        return None
    if isinstance(dimension, bool) or not isinstance(dimension, (int, np.integer)):
        raise CompatTypeError(f"Dimension must be an integer, got {dimension!r}")
    if dimension == 0:
        return None
    if not 1 <= dimension <= ndim:
        raise CompatValueError(f"Illegal value for Dimension: {int(dimension)} (the "
                        f"array has {ndim} dimension{'s' if ndim != 1 else ''})")
    return ndim - int(dimension)


def missing_to_zero(a: np.ndarray) -> np.ndarray:
    """IDL's /NAN for sums: NaN and Infinity (either part of a complex) count as 0."""
    if a.dtype.kind in "fc":
        return np.where(np.isfinite(a), a, a.dtype.type(0))
    return a


def sequential_sum(a: np.ndarray, axis, dtype, cumulative: bool = False) -> np.ndarray:
    """Sum ``a`` left to right in ``dtype``, as IDL's TOTAL loop does.

    ``numpy.sum`` adds float arrays pairwise, which rounds differently (and more
    accurately) than IDL's running total: ``TOTAL(REPLICATE(1.0, 2e7))`` is 16777216 in
    IDL (the float running total stops growing at 2**24) but 2e7 with ``numpy.sum``.
    ``numpy.cumsum`` is defined as the running total, so its last element is IDL's sum
    bit for bit. ``axis`` None sums the flattened array in C (IDL) order.
    """
    if axis is None:
        a = a.reshape(-1)
        axis = 0
    c = np.cumsum(a, axis=axis, dtype=dtype)
    if cumulative:
        return c
    if c.shape[axis] == 0:
        return np.zeros(c.shape[:axis] + c.shape[axis + 1:], dtype=dtype)
    return np.take(c, -1, axis=axis)


def _total(routine, a, axis, *, cumulative=False, double=False, integer=False, nan=False,
           preserve_type=False):
    """TOTAL on a validated array ``a`` along numpy ``axis`` (None: all elements)."""
    if nan:
        a = missing_to_zero(a)
    if preserve_type:
        acc = a.dtype
    elif integer:
        if a.dtype.kind == "c":
            raise CompatTypeError("/INTEGER is not allowed for complex arrays")
        acc = np.dtype(np.uint64 if a.dtype == np.uint64 else np.int64)
        if a.dtype.kind == "f":
            with np.errstate(invalid="ignore"):
                a = np.trunc(a).astype(acc)  # IDL converts each element to LONG64
    else:
        acc = float_type(a.dtype, double)
    out = sequential_sum(a, axis, acc, cumulative)
    if cumulative and axis is None:
        out = out.reshape(a.shape)
    return out[()] if out.ndim == 0 else out


@idl_routine("TOTAL")
def total(array, dimension=None, *, cumulative=False, double=False, integer=False,
          nan=False, preserve_type=False):
    """Sum of the elements of an array, as IDL's ``TOTAL`` computes it.

    IDL call form::

        Result = TOTAL(Array [, Dimension] [, /CUMULATIVE] [, /DOUBLE] [, /INTEGER]
                       [, /NAN] [, /PRESERVE_TYPE])

    Parameters
    ----------
    array : array_like
        Numeric array (readsav layout: numpy shape = IDL dimensions reversed). bool is
        read as BYTE (IDL's relational operators return BYTE).
    dimension : int, optional
        IDL dimension (1 = IDL's first = numpy's last axis) to sum over; the result has
        that dimension removed. Absent or 0: sum of all elements.
    cumulative : bool
        /CUMULATIVE: running totals, same shape as ``array`` (along ``dimension``, or
        over all elements in IDL order).
    double : bool
        /DOUBLE: accumulate in double precision and return DOUBLE (DCOMPLEX).
    integer : bool
        /INTEGER: accumulate in LONG64 (ULONG64 for ULONG64 input) and return it; float
        elements are truncated to integers first. Overflow wraps. Takes precedence over
        /DOUBLE.
    nan : bool
        /NAN: NaN and Infinity elements are treated as missing (as zero in the sum).
    preserve_type : bool
        /PRESERVE_TYPE: accumulate in the input's type and return it (BYTE and INT
        totals wrap around). Takes precedence over /DOUBLE and /INTEGER.

    Returns
    -------
    numpy scalar or ndarray
        IDL's result type: FLOAT (float32) for every input except DOUBLE (float64) and
        COMPLEX/DCOMPLEX (unchanged), unless a keyword above says otherwise.

    Raises
    ------
    ValueError
        ``"TOTAL: ..."`` for an empty array or a Dimension beyond the array's rank.
    TypeError
        ``"TOTAL: ..."`` for strings, structures, dtypes with no IDL type, /INTEGER on
        complex input, a non-integer Dimension.

    Notes
    -----
    IDL adds the elements one after the other in the result type, so a FLOAT total of
    many elements rounds (and saturates: ``TOTAL(REPLICATE(1.0, 2e7))`` prints
    1.67772e+07 in IDL and GDL alike). compat reproduces that running total bit for bit
    (:func:`sequential_sum`): this is the order of IDL with one thread; IDL's thread
    pool (arrays above !CPU.TPOOL_MIN_ELTS elements) sums blocks in parallel, so the
    last bits of a large FLOAT total depend on IDL's thread count. Integer input
    (without /INTEGER or /PRESERVE_TYPE) is converted to FLOAT and accumulated in
    FLOAT: IDL documents the FLOAT result but not the accumulation type. This keeps
    the last /CUMULATIVE element equal to the total, as IDL's definition of
    /CUMULATIVE says; GDL 1.0.1 is inconsistent here (its /CUMULATIVE of LONG data is
    this float running total bit for bit, but its plain TOTAL of LONG data
    accumulates in double and differs in the last float bits).

    /INTEGER on float input converts every element to LONG64 (truncation) and adds
    the integers ("integer arithmetic", IDL reference). GDL 1.0.1 instead truncates
    its running total after each addition: ``TOTAL([1.7, 2.6, -0.5], /INTEGER)`` is 2
    in GDL, 3 here (1 + 2 + 0).

    Differences from ``numpy.sum(array)``: numpy returns int64 for integer input (IDL:
    FLOAT, summed in float), keeps float32 accumulation pairwise (different rounding
    from IDL's running total, which also changes when numpy's block size changes),
    wraps nothing for BYTE input (IDL's /PRESERVE_TYPE wraps), and ``axis=0`` is IDL's
    *last* dimension, not its first.

    Sources: IDL Reference Guide, TOTAL (keywords, result types, "NaN or Infinity are
    treated as missing data"); behaviour of /INTEGER on float input, of keyword
    precedence and of the running total checked against GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import total
    >>> a = np.arange(6, dtype=np.int16).reshape(2, 3)   # IDL INDGEN(3, 2)
    >>> total(a)
    np.float32(15.0)
    >>> total(a, 1)                                       # sum along IDL's first dim
    array([ 3., 12.], dtype=float32)
    >>> total(np.ones(20_000_000, np.float32))           # IDL's float running total
    np.float32(1.6777216e+07)
    >>> total(np.arange(300) % 256 == 0, preserve_type=True)
    np.uint8(2)
    """
    a = idl_array("total", array)
    axis = _reduce_axis("total", dimension, a.ndim)
    return _total("total", a, axis, cumulative=cumulative, double=double, integer=integer,
                  nan=nan, preserve_type=preserve_type)
