"""IDL's image library routines ``BILINEAR``, ``HIST_EQUAL``, ``STDEV`` and
``IMAGE_STATISTICS``, over :mod:`compat._core.image_library` and the built-ins they call
in IDL (INTERPOLATE, HISTOGRAM, BYTSCL, VALUE_LOCATE).

Images are arrays in readsav layout (IDL's ``image[x, y]`` is numpy's ``image[y, x]``).
Python floats are IDL DOUBLE, Python ints IDL INT/LONG (pass ``np.float32`` for FLOAT).
"""

from __future__ import annotations

import numpy as np

from compat._core import image_library as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_array, idl_shape, promote
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl.histograms import histogram
from compat.idl.interpolation import interpolate
from compat.idl.numeric import bytscl
from compat.idl.products import value_locate

__all__ = ["bilinear", "hist_equal", "stdev", "image_statistics", "cvttobm"]


# ---------------------------------------------------------------------------- BILINEAR
@idl_routine("BILINEAR")
def bilinear(p, ix, jy, *, missing=None):
    """Bilinear interpolation of a 2-D array at fractional subscripts, as IDL's
    ``BILINEAR``.

    IDL call form: ``Result = BILINEAR(P, IX, JY [, MISSING=value])``.

    Parameters
    ----------
    p : array_like
        The two-dimensional data (readsav layout: IDL ``P[i, j]`` is ``p[j, i]``).
    ix, jy : array_like
        IDL's "virtual subscripts": X (column) and Y (row) locations. One-dimensional
        vectors of n and m elements make the n x m grid (IX repeated down the rows, JY
        along the columns; numpy result shape ``(m, n)``); two-dimensional arrays give
        the locations point by point; a vector may be paired with a 2-D array (it is
        spread over the other's grid), and two scalars give one value.
    missing : scalar, optional
        The value for locations outside ``0 .. n-1`` by ``0 .. m-1``; without it such
        locations take the value of the nearest edge (INTERPOLATE's clamping).

    Returns
    -------
    numpy.ndarray or numpy scalar
        The type of P (integers truncated toward zero), as INTERPOLATE returns.

    Raises
    ------
    ValueError
        ``"BILINEAR: IX and JY must be vectors or two-dimensional arrays."``, a vector
        paired with a scalar, ``P`` not two-dimensional; INTERPOLATE's own errors
        (e.g. 2-D location arrays of different sizes).

    Notes
    -----
    IDL's BILINEAR spreads 1-D vectors into 2-D arrays (REBIN) and calls INTERPOLATE
    without /GRID; IDL documents that it overwrites the caller's IX and JY with those
    arrays -- compat never modifies its arguments. GDL 1.0.1's bilinear.pro refuses a
    vector paired with a 2-D array ("X and Y must be of same dimension(s)").
    ``scipy.ndimage.map_coordinates(p, [jy, ix], order=1, mode='nearest')`` gives the
    same values in float64 for 2-D locations, but takes (row, column) order, no vector
    grid form and no IDL result type.

    Examples
    --------
    IDL's documentation examples (``P = FINDGEN(3, 3)``):

    >>> import numpy as np
    >>> from compat import idl
    >>> p = np.arange(9, dtype=np.float32).reshape(3, 3)
    >>> idl.bilinear(p, np.float32(0.5), np.float32(0.0))
    np.float32(0.5)
    >>> ix = np.array([[0.5, 1.9], [1.1, 2.2]], np.float32)
    >>> jy = np.array([[0.1, 0.9], [1.2, 1.8]], np.float32)
    >>> idl.bilinear(p, ix, jy).round(5)
    array([[0.8, 4.6],
           [4.7, 7.4]], dtype=float32)
    >>> idl.bilinear(p, [0.5, 1.5], [0, 1, 2])          # vectors: a 2 x 3 IDL grid
    array([[0.5, 1.5],
           [3.5, 4.5],
           [6.5, 7.5]], dtype=float32)
    """
    a = idl_array(p, "P")
    if len(idl_shape(a.shape)) != 2 or a.ndim != 2:
        raise CompatValueError("P must be a two-dimensional array")
    x = idl_array(ix, "IX", complex_ok=False)
    y = idl_array(jy, "JY", complex_ok=False)
    rx = len(idl_shape(x.shape)) if x.ndim else 0
    ry = len(idl_shape(y.shape)) if y.ndim else 0
    if rx > 2 or ry > 2:
        raise CompatValueError("IX and JY must be vectors or two-dimensional arrays.")
    if rx == 1:
        x = x.reshape(-1)
    if ry == 1:
        y = y.reshape(-1)
    if rx == 2:
        x = x.reshape(idl_shape(x.shape))
    if ry == 2:
        y = y.reshape(idl_shape(y.shape))
    located = core.bilinear_locations(x, y, rx, ry)
    if located is None:
        raise CompatValueError("a vector IX or JY needs the other to be a vector or a "
                               "two-dimensional array (a scalar gives no grid size)")
    return interpolate(a, located[0], located[1], missing=missing)


# -------------------------------------------------------------------------- HIST_EQUAL
class HistEqualResult(Result):
    """HIST_EQUAL's result and its output keywords."""

    result: np.ndarray
    omax: np.generic
    omin: np.generic


def _scalar(value, name):
    v = idl_array(value, name, complex_ok=False, scalar=True)
    return v[()]


@idl_routine("HIST_EQUAL")
def hist_equal(a, *, binsize=None, fcn=None, histogram_only=False, maxv=None, minv=None,
               omax=False, omin=False, percent=None, top=None):
    """Histogram-equalised (or percent-stretched) bytes of an array, as IDL's
    ``HIST_EQUAL``.

    IDL call form::

        Result = HIST_EQUAL(A [, BINSIZE=value] [, FCN=vector] [, /HISTOGRAM_ONLY]
                            [, MAXV=value] [, MINV=value] [, OMAX=variable]
                            [, OMIN=variable] [, PERCENT=value] [, TOP=value])

        ->  idl.hist_equal(a, minv=10, maxv=200, top=220)
            r = idl.hist_equal(a, omax=True, omin=True); r.result, r.omax, r.omin

    The histogram of A over ``[MINV, MAXV]`` in bins of BINSIZE, its first bin zeroed
    (the "background"), is integrated (in double precision) and byte-scaled to ``0 ..
    TOP``; each element takes the value of its bin ``(max(A, MINV) - MINV) / BINSIZE``
    (bins beyond the last take the last).

    Parameters
    ----------
    a : array_like
        Integer or floating array (not complex, not strings).
    binsize : number, optional
        Bin width. Default 1 for BYTE; ``(MAXV - MINV)/5000`` (DOUBLE) for FLOAT and
        DOUBLE; for the other integer types that quotient rounded up, at least 1.
    fcn : array_like, optional
        The desired cumulative distribution as a 256-element vector (any scale; it is
        byte-scaled): the equalised bytes are mapped through the inverse of its
        histogram instead of the linear ramp.
    histogram_only : bool
        Return the cumulative histogram (LONG) instead of the image.
    maxv, minv : number, optional
        The range considered. Defaults: 0 and 255 for BYTE, else A's minimum and
        maximum (NaN ignored). Elements ``<= MINV`` give 0, ``>= MAXV`` give TOP.
    omax, omin : bool
        Request the output keywords: the maximum and minimum used for the histogram.
    percent : number, optional
        ``0 < PERCENT < 100``: instead, a linear BYTSCL stretch between the bins that
        cut off PERCENT per cent of the counted elements at each end.
    top : int, optional
        The largest output value (default 255).

    Returns
    -------
    numpy.ndarray (uint8) or HistEqualResult(result, omax, omin)
        BYTE, the shape of A; with ``histogram_only`` an int32 vector.

    Raises
    ------
    ValueError
        ``"HIST_EQUAL: MINV must be less than MAXV."``, ``"HIST_EQUAL: BINSIZE must be
        greater than zero."``, ``"HIST_EQUAL: PERCENT must be between 0 and 100."``.
    TypeError
        ``"HIST_EQUAL: Illegal type for input argument."`` for complex or string data.

    Notes
    -----
    Source: IDL Reference Guide, HIST_EQUAL (keywords and defaults; "the first element
    of the histogram is always zeroed to remove the background"); the rounding of the
    integer default BINSIZE, the PERCENT limits (the cumulative count ``c[-1] * P/100``
    located with VALUE_LOCATE, plus one bin; ``c[-1] * (100 - P)/100`` located) and the
    FCN table (``BYTSCL`` of the cumulative histogram of ``BYTSCL(FCN)``, indexed by
    the byte-scaled distribution) are those of IDL 8's hist_equal.pro. GDL 1.0.1's
    hist_equal.pro takes BYTE data's range from the data (IDL: 0 to 255), divides
    integer ranges by 5000 without rounding up, picks the PERCENT limits by nearest
    cumulative share, ignores NaN only by accident and refuses FCN.
    ``skimage.exposure.equalize_hist`` returns floats in [0, 1] from a 256-bin
    histogram without the zeroed first bin.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[0, 10, 10, 20], [20, 20, 30, 250]], np.uint8)
    >>> idl.hist_equal(a)                 # cumulative counts 0, 2, 5, 6, 7 of 7
    array([[  0,  73,  73, 182],
           [182, 182, 219, 255]], dtype=uint8)
    >>> idl.hist_equal(a, top=100, minv=10)
    array([[  0,   0,   0,  60],
           [ 60,  60,  80, 100]], dtype=uint8)
    """
    arr = idl_array(a, "A", scalar_ok=False, string_ok=True)
    if arr.dtype.kind in "cU":
        raise CompatTypeError("Illegal type for input argument.")
    dtype = arr.dtype
    top_v = 255 if top is None else int(_scalar(top, "TOP"))
    is_byte = dtype == np.uint8
    is_float = dtype.kind == "f"
    dmin, dmax = np.int32(0), np.int32(255)
    if not is_byte and (minv is None or maxv is None):
        flat = arr.reshape(-1)
        good = flat[~np.isnan(flat)] if is_float else flat
        if good.size == 0:
            raise CompatValueError("A has no values that are not NaN")
        dmin, dmax = good.min(), good.max()
    hi = dmax if maxv is None else _scalar(maxv, "MAXV")
    lo = dmin if minv is None else _scalar(minv, "MINV")
    if not hi > lo:
        raise CompatValueError("MINV must be less than MAXV.")
    nan = False
    if binsize is None:
        size = core.default_binsize(dtype, lo, hi)
        nan = is_float
    else:
        size = _scalar(binsize, "BINSIZE")
    if not size > 0:
        raise CompatValueError("BINSIZE must be greater than zero.")
    counts = np.array(histogram(arr, min=lo, max=hi, binsize=size, nan=nan))
    counts[0] = 0
    cumulative = np.cumsum(counts, dtype=np.float64)
    if histogram_only:
        out = cumulative.astype(np.int32)
    elif percent is not None and _scalar(percent, "PERCENT") != 0:
        pct = _scalar(percent, "PERCENT")
        if not 0 < pct < 100:
            raise CompatValueError("PERCENT must be between 0 and 100.")
        low_bin, high_bin = core.percent_bins(cumulative, pct, value_locate)
        with np.errstate(over="ignore"):
            stretch_lo = lo + size * np.int32(low_bin)
            stretch_hi = lo + size * np.int32(high_bin)
        out = bytscl(arr, top=top_v, min=stretch_lo, max=stretch_hi)
    else:
        wanted = None if fcn is None else idl_array(fcn, "FCN", complex_ok=False)
        if wanted is not None and (wanted.size > 1 or wanted.reshape(-1)[0] != 0):
            shape = bytscl(wanted)      # KEYWORD_SET: any array of several elements
            table = core.fcn_table(histogram(shape),
                                   lambda c: bytscl(c, top=top_v))[bytscl(cumulative)]
        else:
            table = bytscl(cumulative, top=top_v)
        work = promote(dtype, np.asarray(lo).dtype)
        bins = core.lookup_bins(arr, lo, size, work)
        out = table[np.clip(bins, 0, table.size - 1)]
    if omax or omin:
        fields = {"result": out}
        if omax:
            fields["omax"] = hi
        if omin:
            fields["omin"] = lo
        return HistEqualResult(**fields)
    return out


# ------------------------------------------------------------------------------- STDEV
class StdevResult(Result):
    """STDEV's result and its output argument."""

    result: np.generic
    mean: np.generic


@idl_routine("STDEV", output_arguments=("mean",))
def stdev(array, *, mean=False):
    """Standard deviation (and mean) of all elements, as IDL's obsolete ``STDEV``.

    IDL call forms::

        Result = STDEV(Array)               ->  idl.stdev(a)
        Result = STDEV(Array, Mean)         ->  r = idl.stdev(a, mean=True); r.result, r.mean

    ``mean = TOTAL(Array)/n`` and ``SQRT(TOTAL((Array - mean)^2)/(n - 1))``: the sample
    standard deviation, FLOAT (DOUBLE for DOUBLE data), as the IDL 4/5 library routine
    that IDL replaced by STDDEV and MOMENT; still found in old code (IDL's own POLYFILLV
    example calls ``STD = STDEV(P, MEAN)``).

    Raises
    ------
    ValueError
        ``"STDEV: Number of data points must be > 1"``.
    TypeError
        complex or string data.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.stdev(np.array([1, 5, 9, 3, 10, 4]), mean=True)
    StdevResult(result=np.float32(3.5023801), mean=np.float32(5.3333335))
    """
    a = idl_array(array, "Array", complex_ok=False)
    if a.size < 2:
        raise CompatValueError("Number of data points must be > 1")
    dtype = np.dtype(np.float64 if a.dtype == np.float64 else np.float32)
    sd, m = core.stdev(a, dtype)
    return StdevResult(result=sd, mean=m) if mean else sd


# -------------------------------------------------------------------- IMAGE_STATISTICS
class ImageStatisticsResult(Result):
    """IMAGE_STATISTICS's output keywords (the procedure has no result)."""

    count: np.uint32
    data_sum: np.float32
    maximum: np.float32
    mean: np.float32
    minimum: np.float32
    stddev: np.float32
    sum_of_squares: np.float32
    variance: np.float32


_STATISTICS = ImageStatisticsResult.all_fields


@idl_routine("IMAGE_STATISTICS")
def image_statistics(data, *, mask=None, count=False, data_sum=False, maximum=False,
                     mean=False, minimum=False, stddev=False, sum_of_squares=False,
                     variance=False, vector=False, labeled=False, lut=None,
                     weighted=False, weight_sum=False):
    """Sample statistics of an array, optionally within a mask, as IDL's
    ``IMAGE_STATISTICS``.

    IDL call form::

        IMAGE_STATISTICS, Data [, COUNT=variable] [, DATA_SUM=variable] [, MASK=array]
            [, MAXIMUM=variable] [, MEAN=variable] [, MINIMUM=variable]
            [, STDDEV=variable] [, SUM_OF_SQUARES=variable] [, VARIANCE=variable]

        ->  r = idl.image_statistics(data, mask=m, mean=True, stddev=True)
            r.mean, r.stddev

    Parameters
    ----------
    data : array_like
        Any numeric array (not a scalar).
    mask : array_like, optional
        Same number of elements as ``data``: the samples where it is nonzero are used.
    count, data_sum, maximum, mean, minimum, stddev, sum_of_squares, variance : bool
        The outputs to return; with none requested, all eight are returned.
    vector, labeled, lut, weighted, weight_sum
        IDL's /VECTOR, /LABELED, LUT=, /WEIGHTED and WEIGHT_SUM= are not supported:
        passing them raises (the other forms are unaffected).

    Returns
    -------
    ImageStatisticsResult
        The requested outputs in IDL's keyword order: COUNT (ULONG), and the others
        FLOAT, computed in double precision; STDDEV and VARIANCE with ``n - 1`` (0.0
        for one sample).

    Raises
    ------
    ValueError
        a scalar ``data``, a mask of another number of elements, the unsupported
        keywords.

    Notes
    -----
    A mask without any nonzero element selects every sample (GDL 1.0.1's behaviour;
    IDL's page does not say). The output types are GDL's (IDL's page does not state
    them). ``scipy.ndimage.mean``/``variance`` and friends take labels, one statistic
    per call, and the population variance.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> d = np.array([[1, 2, 3], [4, 5, 6]], np.uint8)
    >>> r = idl.image_statistics(d, mask=d > 2, count=True, mean=True, variance=True)
    >>> r
    ImageStatisticsResult(count=np.uint32(4), mean=np.float32(4.5), variance=np.float32(1.6666666))
    """
    for flag, name in ((vector, "VECTOR"), (labeled, "LABELED"), (lut is not None, "LUT"),
                       (weighted, "WEIGHTED"), (weight_sum, "WEIGHT_SUM")):
        if flag:
            raise CompatValueError(f"the {name} keyword is not supported by compat "
                                   "(only the plain and MASK= forms)")
    a = idl_array(data, "Data", complex_ok=False, scalar_ok=False)
    samples = a.reshape(-1)
    if mask is not None:
        m = idl_array(mask, "MASK", complex_ok=False)
        if m.size != a.size:
            raise CompatValueError(f"MASK has {m.size} elements, Data {a.size}: they "
                                   "must have the same number")
        chosen = m.reshape(-1) != 0
        if chosen.any():
            samples = samples[chosen]
    stats = core.sample_statistics(samples)
    wanted = dict(count=count, data_sum=data_sum, maximum=maximum, mean=mean,
                  minimum=minimum, stddev=stddev, sum_of_squares=sum_of_squares,
                  variance=variance)
    if not any(wanted.values()):
        wanted = dict.fromkeys(wanted, True)
    values = {}
    for name in _STATISTICS:
        if wanted[name]:
            values[name] = np.uint32(stats[name]) if name == "count" else \
                np.float32(stats[name])
    return ImageStatisticsResult(**values)

# ------------------------------------------------------------------------------ CVTTOBM
@idl_routine("CVTTOBM")
def cvttobm(array, *, threshold=None):
    """A 2-D array as a bitmap (one bit per pixel, 8 pixels a BYTE), as IDL's
    ``CVTTOBM`` makes button bitmaps.

    IDL call form::

        Result = CVTTOBM(Array [, THRESHOLD=value])

    Parameters
    ----------
    array : 2-D array_like
        Any numeric type (readsav layout: numpy ``(rows, columns)``). One row (numpy
        ``(1, n)``) is IDL's ``[n, 1]``, which IDL holds as a vector: refused, as IDL
        refuses it.
    threshold : float, optional
        THRESHOLD: pixels whose BYTSCL'd value (0 ... 255) is at least this are set; by
        default the mean of the BYTSCL'd image (a FLOAT).

    Returns
    -------
    ndarray of uint8, shape ``(rows, ceil(columns / 8))``
        IDL's ``[cols, rows]`` bitmap: the rows in reverse order (bitmaps start at the
        top), pixel ``8 i + k`` of a row in bit ``k`` (value ``2^k``) of byte ``i``.

    Raises
    ------
    ValueError
        ``"CVTTOBM: Input array is not a 2D array!"`` (cvttobm.pro's text).

    Notes
    -----
    The steps of IDL's library routine cvttobm.pro (IDL Reference Guide, CVTTOBM: "This
    routine is written in the IDL language"): BYTSCL of the rows reversed, the threshold,
    and the bits of each group of 8 pixels summed with weights 1, 2, 4, ..., 128. When
    the width is not a multiple of 8, cvttobm.pro's 8-element work vector keeps the
    bits of the group it held before in the places past the last pixel, and the last
    byte of each row carries them (IDL 8.0's cvttobm.pro); compat reproduces that, where
    GDL 1.0.1's own cvttobm.pro pads with zero bits (a recorded divergence). A constant
    image scales to 0 and, at its threshold 0, sets every pixel; a threshold above 255
    sets none. ``numpy.packbits(..., bitorder='little')`` packs the same bits without
    the reversal, scaling, threshold or the carried bits. Checked against GDL 1.0.1's
    cvttobm.pro (golden suite ``idl/cvttobm``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.cvttobm(np.array([[0, 9, 0, 9, 0, 9, 0, 9], [9] * 8], np.uint8))
    array([[255],
           [170]], dtype=uint8)
    >>> idl.cvttobm(np.full((2, 3), 7))
    array([[7],
           [7]], dtype=uint8)
    """
    a = idl_array(array, "Array", complex_ok=False)
    if a.ndim != 2 or a.shape[0] == 1:      # IDL drops a trailing dimension of 1
        raise CompatValueError("Input array is not a 2D array!")
    mask = np.asarray(bytscl.__wrapped__(a[::-1, :]), dtype=np.uint8)
    if threshold is None:
        thr = np.float32(np.sum(mask, dtype=np.float64)) / np.float32(mask.size)
    else:
        thr = idl_array(threshold, "THRESHOLD", complex_ok=False, scalar=True)[()]
    bits = mask.astype(np.int16)          # cvttobm.pro's two steps, in order
    bits[bits < thr] = 0
    bits[bits >= thr] = 1
    rows, columns = bits.shape
    cols = (columns - 1) // 8 + 1
    out = np.zeros((rows, cols), dtype=np.uint8)
    vect = np.zeros(8, dtype=np.int64)
    weights = 1 << np.arange(8)
    for i in range(cols):
        for j in range(rows):
            piece = bits[j, i * 8:min(columns, i * 8 + 8)]
            vect[:piece.size] = piece
            out[j, i] = np.uint8(int(np.dot(vect, weights)) & 0xFF)
    return out
