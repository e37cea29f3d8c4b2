"""IDL's HISTOGRAM: IDL's binning, last-bin, NBINS/BINSIZE/MIN/MAX and REVERSE_INDICES
rules."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_numeric import keyword_in_type, to_idl_type
from compat._core.idl_arrays import idl_convert
from compat._core.idl_types import idl_array, idl_literal, promote
from compat._core.results import named_result
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["histogram", "hist_2d", "hist_nd"]


# --------------------------------------------------------------------------- HISTOGRAM
_MAX_BINS = 2 ** 31 - 1   # the counts are a LONG array: IDL cannot hold more bins


def _reverse_indices(bins: np.ndarray, counts: np.ndarray, index_dtype) -> np.ndarray:
    """IDL's REVERSE_INDICES vector from the bin of each element (-1 = not counted)."""
    nbins = counts.size
    members = np.flatnonzero(bins >= 0)
    b = bins[members]
    # a stable sort keeps subscripts ascending within each bin (IDL's order); numpy
    # uses a radix sort for 16-bit keys, so narrow the keys when the bins fit
    if nbins <= 65536:
        b = b.astype(np.uint16)
    order = np.argsort(b, kind="stable")
    out = np.empty(nbins + 1 + members.size, dtype=index_dtype)
    out[0] = nbins + 1
    np.cumsum(counts, out=out[1:nbins + 1])
    out[1:nbins + 1] += nbins + 1
    out[nbins + 1:] = members[order]
    return out


class HistogramResult(Result):
    """HISTOGRAM's result and the output arguments and keywords requested."""

    result: object
    locations: object
    omax: object
    omin: object
    reverse_indices: object


@idl_routine("HISTOGRAM", dask="compat.idl._lazy:histogram")
def histogram(array, *, binsize=None, min=None, max=None, nbins=None,  # noqa: A002
              nan=False, input=None, l64=False, locations=False, omax=False,
              omin=False, reverse_indices=False):
    """Density function of ``array``, as IDL's ``HISTOGRAM`` computes it.

    IDL call form::

        Result = HISTOGRAM(Array [, BINSIZE=value] [, INPUT=variable] [, /L64]
                           [, LOCATIONS=variable] [, MAX=value] [, MIN=value]
                           [, /NAN] [, NBINS=value] [, OMAX=variable]
                           [, OMIN=variable] [, REVERSE_INDICES=variable])

    Python::

        compat.idl.histogram(array, *, binsize=None, min=None, max=None, nbins=None,
                             nan=False, input=None, l64=False, locations=False,
                             omax=False, omin=False, reverse_indices=False)

    Output keywords are requested with ``name=True``; the result is then a named tuple
    ``(result, locations, omax, omin, reverse_indices)`` holding the requested ones in
    that order, e.g. ``h, ri = histogram(a, reverse_indices=True)``.

    Parameters
    ----------
    array : array_like
        Integer or float data, any shape (flattened in readsav/C order, which is IDL's
        element order). Not complex.
    binsize : number, optional
        Bin width, converted to the array's type (IDL: "should match the data type of
        Array"; for integer data 3.5 becomes 3). Default 1.
    min, max : number, optional
        Range to count, converted to the array's type. Defaults: the array's minimum and
        maximum (NaN, and with ``nan`` Infinity, ignored); for BYTE data 0 and 255.
    nbins : int, optional
        Number of bins. Without BINSIZE, ``binsize = (max - min) / (nbins - 1)`` in the
        array's arithmetic (integer division for integers), so MAX falls in the last
        bin. With BINSIZE or MAX given the range becomes
        ``[min, min + nbins*binsize)``. NBINS with both BINSIZE and MAX is an error.
    nan : bool
        IDL's /NAN: NaN and Infinity are missing data. NaN is never counted; without
        ``nan`` an Infinity that would set the range is an error.
    input : array_like, optional
        Counts to add to the result (converted to LONG); a longer INPUT lengthens the
        result.
    l64 : bool
        LONG64 (int64) result and reverse indices instead of LONG (int32).
    locations, omax, omin, reverse_indices : bool
        Request IDL's outputs: LOCATIONS (start of each bin, ``min + i*binsize`` in the
        array's type), OMAX/OMIN (the range used: OMAX is ``min + nbins*binsize`` when
        NBINS sets the range), REVERSE_INDICES (IDL's layout: ``ri[0:nbins+1]`` are
        offsets into ``ri`` itself; the subscripts of the elements of bin ``i`` are
        ``ri[ri[i]:ri[i+1]]``, ascending).

    Returns
    -------
    ndarray (int32, or int64 with ``l64``)
        Bin ``i`` counts the elements with ``min + i*binsize <= x < min +
        (i+1)*binsize``; elements equal to MAX are counted in the last bin (unless NBINS
        set the range from BINSIZE or MAX); elements outside ``[min, max]`` are not
        counted. The number of bins is ``floor((max - min)/binsize) + 1``.

    Raises
    ------
    ValueError
        ``"HISTOGRAM: ..."``: scalar or empty input, BINSIZE <= 0, MIN > MAX, an
        infinite range, NBINS with both BINSIZE and MAX, NBINS < 0, INPUT together with
        REVERSE_INDICES.
    TypeError
        ``"HISTOGRAM: ..."`` for strings, complex data or non-IDL dtypes.

    Notes
    -----
    Algorithm (IDL Reference Guide, HISTOGRAM: the definition of H(v), the BINSIZE, MIN,
    MAX, NBINS, INPUT, LOCATIONS, OMAX/OMIN, REVERSE_INDICES and /NAN keywords, and the
    note that keyword values are converted to the array's type): the bin of ``x`` is
    ``floor((x - min) / binsize)`` computed in the array's type (float32 arithmetic for
    FLOAT, integer division for integers). The NBINS rules (the range
    ``min + nbins*binsize`` when BINSIZE or MAX is given, integer BINSIZE for integer
    data, 256 bins for BYTE data) are those GDL's test suite records from IDL
    (testsuite/test_histogram.pro, e.g. ``histogram(indgen(100)-12, nbins=4, max=50)``
    is [20,20,20,20] and ``histogram(findgen(100), nbins=5)`` is [25,25,25,24,1]).
    Values on a bin edge follow the FLOAT arithmetic, not exact arithmetic: real IDL
    prints ``1 2 0 2 0 1`` for ``HISTOGRAM([-5.50,-5.45,-5.40,-5.35,-5.30,-5.25],
    MIN=-5.50, BINSIZE=0.05)`` (idlcoyote.com, "Histogram: The Razor's Edge", with the
    FLOAT quotients 1.0000038, 1.9999981, 3.0000019, 3.9999962, 5.0 behind it), and so
    does compat; GDL 1.0.1 divides in DOUBLE and prints ``1 2 0 2 1`` (suite
    idl/histogram, ``float_razor_edge_idl_printed`` and
    ``float_tenths_binsize_max_locations``, recorded divergent). Convert FLOAT data to
    DOUBLE (or shift them off the edges) when the edges matter.
    Decisions where IDL's documentation is silent: INPUT with REVERSE_INDICES is an
    error (as GDL); a rounding that would put an element just below the end of the range
    into bin ``nbins`` puts it into the last bin. Data whose range overflows its own type
    (``[-1d308, 1d308]``, ``[-3e38, 3e38]``, a whole LONG64/ULONG64 range) are binned by
    the same formulas without the overflow: floats at half scale (exact: the quotient
    is the one the type would give), integers as exact offsets from MIN; so
    ``histogram([-1d308, 0, 1d308], nbins=3)`` is ``[1, 1, 1]`` (GDL 1.0.1 stops with
    "Illegal binsize or max/min" for DOUBLE and agrees for FLOAT). NBINS derived from
    BINSIZE is exact too (``floor((max - min)/binsize) + 1``; GDL rounds a 64-bit range
    to double first). More than 2^31 - 1 bins is an error.

    Differences from ``numpy.histogram(a, bins=n)``: numpy divides ``[min, max]`` into
    n *equal* bins with the last one closed (IDL's NBINS makes ``binsize =
    range/(nbins-1)`` so the last bin holds only values near MAX), uses float64 edges
    for float32 data, has no integer BINSIZE arithmetic, returns int64 counts and no
    reverse indices; ``numpy.bincount`` needs non-negative integers.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.histogram(np.array([3, 7, 34, 5, 8, 8, 5, 31, 5, 8], np.int16))[:8]
    array([1, 0, 3, 0, 1, 3, 0, 0], dtype=int32)
    >>> h, ri = idl.histogram(np.arange(50, dtype=np.int16), min=15, max=16,
    ...                       reverse_indices=True)
    >>> h, ri
    (array([1, 1], dtype=int32), array([ 3,  4,  5, 15, 16], dtype=int32))
    """
    a = idl_array(array, "Array", complex_ok=False, scalar_ok=False)
    dtype = a.dtype
    T = dtype.type
    flat = a.reshape(-1)
    is_float = dtype.kind == "f"
    is_int = not is_float

    has_binsize = binsize is not None
    bsize = keyword_in_type(binsize, "BINSIZE", dtype) if has_binsize else T(1)
    if has_binsize and not bsize > 0:
        raise CompatValueError(f"Illegal BINSIZE ({binsize!r}): must be > 0 in the array's type")
    has_max = max is not None
    has_min = min is not None
    nb = 0
    if nbins is not None:
        nb = int(keyword_in_type(nbins, "NBINS", np.int32))
        if nb < 0:
            raise CompatValueError(f"Illegal NBINS ({nbins!r}): must be >= 0")
    if has_binsize and nb > 0 and has_max:
        raise CompatValueError("Conflicting keywords: NBINS cannot be used with both "
                        "BINSIZE and MAX")

    # the data range (NaN never counts; Inf excluded when it would define the range)
    if not (has_min and has_max):
        if is_float:
            finite = flat[np.isfinite(flat)] if nan else flat[~np.isnan(flat)]
            if finite.size == 0:
                raise CompatValueError("Array has no finite values")
            lo, hi = finite.min(), finite.max()
        else:
            lo, hi = flat.min(), flat.max()
    start = keyword_in_type(min, "MIN", dtype) if has_min else \
        (T(0) if dtype == np.uint8 else lo)
    end = keyword_in_type(max, "MAX", dtype) if has_max else \
        (T(255) if dtype == np.uint8 else hi)
    if is_float and not (np.isfinite(start) and np.isfinite(end)):
        raise CompatValueError("Array has too many elements (infinite value encountered): "
                        "set nan=True to treat Infinity as missing data")

    # Float data spanning more than half the type's range (+-1d308 in DOUBLE): end - start
    # overflows in the type. The same formulas are then evaluated at half scale: x/2 and
    # start/2 are exact, x/2 - start/2 is (x - start)/2 rounded once, and dividing by
    # binsize/2 gives exactly the quotient the type would give without overflow.
    half = T(0.5) if is_float else None
    bsize_half = None      # binsize/2 when binsize itself exceeds the type
    max_included = True
    if nb > 0:
        if nb > 1 and (has_binsize or has_max):
            max_included = False
        if not has_binsize:
            if is_int:
                # exact integer arithmetic: the array type's own subtraction would wrap for
                # data spanning most of a 64-bit range (IDL then gives garbage counts)
                span = int(end) - int(start)
                bsize = span if nb == 1 else span // (nb - 1)
            else:
                with np.errstate(all="ignore"):
                    span = T(end - start)
                    if np.isfinite(span):
                        bsize = span if nb == 1 else T(span / T(nb - 1))
                    else:
                        span = T(end * half - start * half)
                        bsize_half = span if nb == 1 else T(span / T(nb - 1))
                        bsize = T(bsize_half * T(2))  # Inf when nb <= 2
        # the range end is min + nbins*binsize (kept within the type)
        if is_int:
            e = nb * int(bsize) + int(start)
            end = T(np.iinfo(dtype).max) if e > int(np.iinfo(dtype).max) else T(e)
        else:
            e = nb * float(bsize) + float(start)
            end = T(np.finfo(dtype).max) if e > float(np.finfo(dtype).max) else T(e)
    if not bsize > 0 or start > end:
        raise CompatValueError(f"Illegal binsize or max/min (binsize {bsize}, min {start}, "
                        f"max {end})")
    if nb == 0:
        if is_int:
            nb = (int(end) - int(start)) // int(bsize) + 1
        else:
            with np.errstate(all="ignore"):
                q = T(T(end - start) / bsize)
                if not np.isfinite(q):
                    q = T(T(end * half - start * half) / T(bsize * half))
            if not np.isfinite(q) or q >= _MAX_BINS:
                raise CompatValueError(f"Array has too many elements: (max - min)/binsize "
                                       f"= {q} bins (at most {_MAX_BINS}); give BINSIZE, "
                                       "NBINS or MIN/MAX")
            nb = int(np.floor(q)) + 1
    if nb > _MAX_BINS:
        raise CompatValueError(f"Array has too many elements: {nb} bins (at most {_MAX_BINS}); "
                        "give BINSIZE, NBINS or MIN/MAX")

    # bin of each element, -1 for elements not counted
    if is_int:
        # offsets from MIN computed modulo 2**64 in uint64: exact for every element at or
        # above MIN whatever the integer type and range (no int64 overflow)
        s, b_ = int(start), int(bsize)
        inside = (flat >= start) & (flat < end)
        offsets = flat.astype(np.uint64) - np.uint64(s % 2 ** 64)
        bins = np.where(inside, (offsets // np.uint64(b_)).astype(np.int64), -1)
        atmax = flat == end
    else:
        with np.errstate(all="ignore"):
            inside = (flat >= start) & (flat < end)
            q = np.floor((flat - start) / bsize)  # in the array's float type
            over = inside & ~np.isfinite(q)
            if over.any():  # x - start overflowed: the same quotient at half scale
                b_half = bsize_half if bsize_half is not None else T(bsize * half)
                q[over] = np.floor((flat[over] * half - start * half) / b_half)
        bins = np.where(inside, np.minimum(q, nb - 1), -1).astype(np.int64)
        atmax = flat == end
    if max_included:
        bins = np.where(atmax, nb - 1, bins)

    count_dtype = np.int64 if l64 else np.int32
    counts = np.bincount(bins[bins >= 0], minlength=nb)[:nb]
    result = counts.astype(count_dtype)
    if input is not None:
        if reverse_indices:
            raise CompatValueError("Conflicting keywords: INPUT and REVERSE_INDICES")
        add = to_idl_type(idl_array(input, "INPUT", complex_ok=False).reshape(-1),
                          np.int32)
        if add.size > result.size:
            result = np.concatenate([result, np.zeros(add.size - result.size, count_dtype)])
        result[:add.size] += add.astype(count_dtype)

    outputs = {}
    if locations:
        i = np.arange(nb)
        if is_int:
            outputs["locations"] = (int(start) + int(bsize) * i).astype(dtype)
        else:
            # min + i*binsize rounded once to the array's type (GDL 1.0.1 agrees
            # bit for bit; float32 arithmetic with two roundings differs by an ulp)
            with np.errstate(all="ignore"):
                loc = np.float64(start) + np.float64(bsize) * i
                wide = ~np.isfinite(loc)
                if wide.any():  # DOUBLE data beyond half the range: at half scale
                    b_half = bsize_half if bsize_half is not None else bsize * half
                    loc[wide] = (start * half + b_half * i[wide]) * 2.0
            outputs["locations"] = loc.astype(dtype)
    if omax:
        outputs["omax"] = np.asarray(end, dtype=dtype)
    if omin:
        outputs["omin"] = np.asarray(start, dtype=dtype)
    if reverse_indices:
        outputs["reverse_indices"] = _reverse_indices(bins, counts, count_dtype)
    return named_result(HistogramResult, result, outputs)


# ---------------------------------------------------------------------------- HIST_2D
def _keyword(value, name: str) -> np.ndarray:
    a = idl_literal(value)
    if a.size != 1 or a.dtype.kind not in "biuf":
        raise CompatValueError(f"{name} must be a real scalar")
    return a.reshape(())


def _arith(op, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """``a op b`` in IDL's type of the two (integers wrap; integer division truncates)."""
    dtype = promote(a.dtype, b.dtype)
    x, y = a.astype(dtype), b.astype(dtype)
    if op == "-":
        with np.errstate(over="ignore"):
            return np.subtract(x, y, dtype=dtype)
    if dtype.kind in "iu":
        return (np.trunc(x.astype(np.float64) / y.astype(np.float64))).astype(dtype) \
            if dtype.itemsize < 8 else np.sign(x) * (np.abs(x) // np.abs(y)) * np.sign(y)
    return np.divide(x, y, dtype=dtype)


def _bin_index(v: np.ndarray, vmin: np.ndarray, b: np.ndarray) -> np.ndarray:
    """hist_2d's ``LONG((v - min) / bin)``, each step only when needed (min not 0, bin
    not 1), in IDL's types."""
    t = v
    if vmin != 0:
        t = _arith("-", t, vmin)
    if b != 1:
        t = _arith("/", t, b)
    return idl_convert(t, np.int32).astype(np.int64)


@idl_routine("HIST_2D")
def hist_2d(v1, v2, *, min1=None, max1=None, min2=None, max2=None, bin1=None, bin2=None):
    """The 2-D histogram of two variables, as IDL's ``HIST_2D`` (IDL's library).

    IDL call form::

        Result = HIST_2D(V1, V2 [, BIN1=, BIN2=, MIN1=, MAX1=, MIN2=, MAX2=])

    Parameters
    ----------
    v1, v2 : array_like
        Real numbers, the same number of elements.
    min1, min2 : scalar, optional
        The smallest value counted; default the data's minimum, or 0 when that is
        positive.
    max1, max2 : scalar, optional
        The largest value counted; default the data's maximum.
    bin1, bin2 : scalar, optional
        The bin widths (default 1). Give an IDL FLOAT width as ``numpy.float32(0.02)``:
        a Python float is DOUBLE, and the bin edges of a width such as 0.02 differ in
        the last bits between the two types.

    Returns
    -------
    numpy.ndarray of int32
        IDL's LONG ``(m1, m2)`` array, numpy shape ``(m2, m1)``, with ``m = FLOOR((max -
        min) / bin) + 1``: ``result[j, i]`` counts the elements whose V1 falls in bin
        ``i`` and V2 in bin ``j``; values outside ``[min, max]`` are not counted.

    Raises
    ------
    ValueError
        IDL's "Illegal bin size for V1." (or V2) when a range holds no bin.

    Notes
    -----
    The bins are ``LONG((v - min) / bin)`` computed in the data's IDL type (integer
    data with an integer width divide as integers), as IDL's hist_2d.pro does, so edge
    values fall where IDL puts them; ``numpy.histogram2d`` uses floating bin edges
    and the other axis order, and counts ``max`` in the last bin whatever the width.
    Source: IDL Reference Guide, HIST_2D (keywords, defaults, the result's size);
    goldens from GDL 1.0.1 (reference_outputs/idl/histogram).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.hist_2d(np.int16([1, 2, 3, 2, 5]), np.int16([0, 1, 1, 1, 4]))
    array([[0, 1, 0, 0, 0, 0],
           [0, 0, 2, 1, 0, 0],
           [0, 0, 0, 0, 0, 0],
           [0, 0, 0, 0, 0, 0],
           [0, 0, 0, 0, 0, 1]], dtype=int32)
    """
    a = idl_array(v1, "V1", complex_ok=False).reshape(-1)
    b = idl_array(v2, "V2", complex_ok=False).reshape(-1)
    if a.size != b.size:
        raise CompatValueError("V1 and V2 must have the same number of elements")
    counts = []
    for v, lo, hi, width, name in ((a, min1, max1, bin1, "V1"), (b, min2, max2, bin2, "V2")):
        vmax, vmin = np.asarray(v.max()), np.asarray(v.min())
        low = _keyword(lo, "MIN") if lo is not None else \
            np.asarray(np.minimum(np.int32(0).astype(promote(np.int32, v.dtype)),
                                  vmin.astype(promote(np.int32, v.dtype))))
        high = _keyword(hi, "MAX") if hi is not None else vmax
        step = _keyword(width, "BIN") if width is not None else np.asarray(np.int32(1))
        span = _arith("/", _arith("-", high, low), step)
        nbins = int(np.floor(float(span))) + 1
        if nbins <= 0:
            raise CompatValueError(f"Illegal bin size for {name}.")
        counts.append((v, low, high, step, nbins, vmin, vmax))
    (a, lo1, hi1, b1, n1, amin, amax), (b, lo2, hi2, b2, n2, bmin, bmax) = counts
    index = n1 * _bin_index(b, lo2, b2) + _bin_index(a, lo1, b1)
    inside = (a >= lo1) & (b >= lo2) & (a <= hi1) & (b <= hi2)
    index = np.where(inside, index, -1)
    keep = (index >= 0) & (index < n1 * n2)
    hist = np.bincount(index[keep], minlength=n1 * n2).astype(np.int32)
    return hist.reshape(n2, n1)


# ---------------------------------------------------------------------------- HIST_ND
class HistNdResult(Result):
    """HIST_ND's result and the REVERSE_INDICES requested."""

    result: object
    reverse_indices: object


def _per_dimension(value, name: str, n: int) -> np.ndarray:
    """A keyword of one value or one per dimension (hist_nd.pro REPLICATEs a scalar)."""
    a = idl_literal(value).reshape(-1)
    if a.dtype.kind not in "biuf":
        raise CompatValueError(f"{name} must be real numbers")
    if a.size == 1:
        a = np.repeat(a, n)
    if a.size != n:
        raise CompatValueError(f"{name} must have 1 or {n} elements (one per dimension)")
    return a


@idl_routine("HIST_ND")
def hist_nd(v, binsize=None, *, min=None, max=None, nbins=None,  # noqa: A002
            reverse_indices=False):
    """The N-dimensional histogram of points, as the IDL library routine ``HIST_ND``
    (J.D. Smith's hist_nd.pro, as GDL and the JHU/APL and Astronomy libraries ship it).

    IDL call form::

        Result = HIST_ND(V [, Binsize] [, MIN=] [, MAX=] [, NBINS=]
                         [, REVERSE_INDICES=ri])

    Parameters
    ----------
    v : array_like
        IDL's ``N x P`` array of P points in N dimensions (1 <= N <= 8): in readsav
        layout a numpy ``(P, N)`` array, row ``p`` being point ``p``.
    binsize : number or array_like, optional
        The bin width, one for all dimensions or one per dimension. Given, it sets the
        number of bins, ``LONG((max - min)/binsize + 1)`` per dimension (NBINS ignored),
        computed in IDL's type of the operands (integer data with an integer width
        divide as integers).
    min, max : number or array_like, optional
        The range per dimension; default the data's minimum and maximum per dimension.
    nbins : int or array_like, optional
        The number of bins (truncated to LONG) when ``binsize`` is not given; the width
        is then ``FLOAT(max - min)/nbins`` (FLOAT even for DOUBLE data).
    reverse_indices : bool
        Request REVERSE_INDICES, HISTOGRAM's layout over the flattened bins (IDL's first
        dimension fastest): the points of flat bin ``i`` are ``ri[ri[i]:ri[i+1]]``.

    Returns
    -------
    numpy.ndarray of int32, or HistNdResult(result, reverse_indices)
        IDL's LONG array of dimensions ``nbins[0] x nbins[1] x ...``: numpy shape
        ``nbins[::-1]``, so ``result[k, j, i]`` counts the points in bin ``i`` of the
        first dimension (``v[:, 0]``), ``j`` of the second and ``k`` of the third.

    Raises
    ------
    ValueError
        hist_nd.pro's messages: ``"HIST_ND: Input must be N (dimensions) x P
        (points)"``, ``"HIST_ND: Only up to 8 dimensions allowed"``, ``"HIST_ND: Min
        must be less than or equal to max."``, ``"HIST_ND: Must pass either binsize or
        NBINS"``; non-finite points, fewer than one bin or more than 2^31 - 1 bins
        (compat's own checks).

    Notes
    -----
    Each point's bin is ``LONG((v - min)/binsize)`` per dimension in IDL's arithmetic
    (``v - min`` and the division in the promoted IDL type of the operands), combined as
    ``b_0 + nbins_0 (b_1 + nbins_1 (b_2 + ...))``; points outside ``[min, max]`` in any
    dimension are dropped (hist_nd.pro tests this only when MIN or MAX cuts into the
    data). The flat index is then counted by HISTOGRAM over ``0 .. total - 1``, exactly as
    hist_nd.pro does, so its quirks are kept: with NBINS a point at MAX has bin
    ``nbins`` in its dimension -- in the last dimension it falls outside and is not
    counted, in an earlier one it is counted in bin 0 of the next row. Unlike
    ``numpy.histogramdd`` (closed last bin, edges in float64, the first axis first),
    the bins are IDL's truncations and the result is in IDL's dimension order.
    Source: hist_nd.pro (JHU/APL S1R library, J.D. Smith, as shipped with GDL 1.0.1);
    goldens from GDL 1.0.1 running it (reference_outputs/idl/hist_nd).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> pts = np.array([[0.5, 0.5], [1.5, 0.5], [1.6, 2.5], [0.1, 2.9]])  # (P, N)
    >>> idl.hist_nd(pts, 1.0, min=0, max=2.99)          # 3 x 3 bins, IDL [3, 3]
    array([[1, 1, 0],
           [0, 0, 0],
           [1, 1, 0]], dtype=int32)
    >>> h, ri = idl.hist_nd(pts, 1.0, min=0, max=2.99, reverse_indices=True)
    >>> ri[ri[6]:ri[7]]                                  # flat bin 6 = [0, 2]
    array([3], dtype=int32)
    """
    a = idl_array(v, "V", complex_ok=False)
    if a.ndim != 2:
        raise CompatValueError("Input must be N (dimensions) x P (points)")
    npoints, ndim = a.shape
    if ndim > 8:
        raise CompatValueError("Only up to 8 dimensions allowed")
    if a.dtype.kind == "f" and not np.isfinite(a).all():
        raise CompatValueError("V must be finite (compat's own check)")
    data_max, data_min = a.max(axis=0), a.min(axis=0)
    hi = data_max if max is None else _per_dimension(max, "MAX", ndim)
    lo = data_min if min is None else _per_dimension(min, "MIN", ndim)
    if not np.all(lo.astype(np.float64) <= hi.astype(np.float64)):
        raise CompatValueError("Min must be less than or equal to max.")
    span = _arith("-", hi, lo)
    if binsize is None:
        if nbins is None:
            raise CompatValueError("Must pass either binsize or NBINS")
        counts_per = idl_convert(_per_dimension(nbins, "NBINS", ndim), np.int32)
        width = np.divide(span.astype(np.float32), counts_per.astype(np.float32),
                          dtype=np.float32)
    else:
        width = _per_dimension(binsize, "Binsize", ndim)
        minus_one = np.asarray(np.int16(-1))   # x - (-1): IDL's x + 1 (INT 1)
        counts_per = idl_convert(_arith("-", _arith("/", span, width), minus_one), np.int32)
    counts_per = counts_per.astype(np.int64)
    if np.any(counts_per < 1):
        raise CompatValueError("every dimension needs at least one bin (compat's own "
                               "check: MAKE_ARRAY fails in IDL)")
    total = int(np.prod(counts_per))
    if total > _MAX_BINS:
        raise CompatValueError(f"{total} bins: more than a LONG array can hold")
    flat = np.zeros(npoints, np.int64)
    for d in reversed(range(ndim)):
        col = a[:, d]
        offset = _arith("-", col, np.asarray(lo[d]))
        scaled = _arith("/", offset, np.asarray(width[d]))
        flat = _wrap_long(counts_per[d] * flat + _to_long(scaled))
    low_cut = not np.all(lo.astype(np.float64) <= data_min.astype(np.float64))
    high_cut = not np.all(hi.astype(np.float64) >= data_max.astype(np.float64))
    if low_cut or high_cut:
        inside = np.ones(npoints, bool)
        if low_cut:
            inside &= np.all(_ge(a, lo), axis=1)
        if high_cut:
            inside &= np.all(_ge(hi, a), axis=1)
        flat = np.where(inside, flat, -1)
    bins = np.where((flat >= 0) & (flat < total), flat, -1)
    counts = np.bincount(bins[bins >= 0], minlength=total).astype(np.int32)
    result = counts.reshape(tuple(int(n) for n in counts_per[::-1]))
    outputs = {}
    if reverse_indices:
        outputs["reverse_indices"] = _reverse_indices(bins, counts, np.dtype(np.int32))
    return named_result(HistNdResult, result, outputs)


def _ge(x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """IDL's ``x ge y`` in the promoted type of the two."""
    dtype = promote(x.dtype, y.dtype)
    return x.astype(dtype) >= y.astype(dtype)


def _to_long(x: np.ndarray) -> np.ndarray:
    """IDL's LONG() of bin positions (int64 holding LONG values): floats truncate toward
    zero, and NaN, Infinity and values beyond LONG's range give -2147483648 (x86's
    conversion, which IDL and GDL inherit: a zero NBINS width makes 0/0); integers wrap."""
    if x.dtype.kind != "f":
        return idl_convert(x, np.int32).astype(np.int64)
    with np.errstate(invalid="ignore"):
        t = np.trunc(x.astype(np.float64))
        bad = ~np.isfinite(t) | (t < -2.0 ** 31) | (t >= 2.0 ** 31)
        return np.where(bad, -2 ** 31, np.where(bad, 0, t)).astype(np.int64)


def _wrap_long(x: np.ndarray) -> np.ndarray:
    """LONG arithmetic's wrap-around of an int64 result."""
    return (x + 2 ** 31) % 2 ** 32 - 2 ** 31
