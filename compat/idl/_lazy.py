"""The dask forms of IDL's window routines, SMOOTH, MEDIAN (filter form) and CONVOL, and
of TOTAL, MEAN and HISTOGRAM.

Each takes the routine's arguments with a ``dask.array.Array`` as the array and returns
a lazy dask array equal, bit for bit and for any chunking, to what the routine returns
for the computed array (dtype and shape included); the public routines' decorators call
these when given a dask array (see :mod:`compat._core.lazy` for the machinery and why
the results do not depend on the chunking). Arguments are checked against the whole
array's shape, with the routine's own messages, before anything is computed.
"""

from __future__ import annotations

import numpy as np

from compat._core import lazy
from compat._core.args import idl_reduction_axis
from compat._core.boundary import idl_edge_mode, window_extent
from compat._core.idl_types import idl_array
from compat._core.lazy_boxes import smooth_box_mean
from compat.idl.convolution import _kernel, convol as _convol
from compat.idl.smoothing import _filter_width, _options, median as _median
from compat.idl import statistics as _statistics

__all__ = ["smooth", "median", "convol", "total", "mean", "histogram"]


def _typed(array, **options):
    """The dask array in the IDL type the routine's coercer gives its dtype."""
    if not lazy.is_dask(array):
        return idl_array(array, "Array", **options)
    dtype = idl_array(lazy.stand_in(array), "Array", **options).dtype
    return array if array.dtype == dtype else array.astype(dtype)


def _smooth_real(a, widths, mode, nan, missing, out_dtype):
    """The dask form of :func:`compat.idl.smoothing._smooth_real`."""
    empty = np.nan if missing is None else missing
    return smooth_box_mean(a, widths, mode=mode, omit_nonfinite=nan, empty=empty,
                           out_dtype=out_dtype)


def smooth(array, width, *, edge_mirror=False, edge_truncate=False, edge_wrap=False,
           edge_zero=False, missing=None, nan=False):
    """:func:`compat.idl.smooth` of a dask array (lazy; the same values bit for bit).

    The box sums are IDL's running totals, carried from block to block along each
    dimension, one task per block (see :mod:`compat._core.lazy_boxes`), so the blocks
    run in wavefronts.
    """
    a = _typed(array, scalar_ok=False)
    widths, mode, missing = _options(a.shape, width, missing, edge_mirror=edge_mirror,
                                     edge_truncate=edge_truncate, edge_wrap=edge_wrap,
                                     edge_zero=edge_zero)
    kind = a.dtype.kind
    if kind in "iu":
        if all(w == 1 for w in widths):
            return a.copy()
        mean = _smooth_real(a, widths, mode, False, None, np.float64)
        return lazy.elementwise(_trunc_to, mean, dtype=a.dtype, to=a.dtype)
    if kind == "c":
        mc = None if missing is None else complex(missing)
        parts = [smooth(part, width, edge_mirror=edge_mirror, edge_truncate=edge_truncate,
                        edge_wrap=edge_wrap, edge_zero=edge_zero,
                        missing=None if mc is None else getattr(mc, name), nan=nan)
                 for part, name in ((a.real, "real"), (a.imag, "imag"))]
        return lazy.elementwise(_complex, parts[0], parts[1].rechunk(parts[0].chunks),
                                dtype=a.dtype, to=a.dtype)
    if missing is not None:
        missing = float(np.real(missing))
    if all(w == 1 for w in widths) and not nan:
        return a.copy()
    return _smooth_real(a, widths, mode, bool(nan), missing, a.dtype)


def _trunc_to(mean, *, to):
    return np.trunc(mean).astype(to)


def _complex(real, imag, *, to):
    out = np.empty(real.shape, to)
    out.real = real
    out.imag = imag
    return out


def median(array, width=None, *, even=False, dimension=None, double=False):
    """:func:`compat.idl.median` of a dask array.

    The filter form (``width`` given) is lazy: every block runs MEDIAN itself with a
    halo of ``width//2`` points (an order statistic of each window, the same in any
    block). The median of the whole array or along a dimension needs all the values at
    once: the array is computed and the in-memory routine gives the result.
    """
    if width is None or not lazy.is_dask(array):
        return _median(np.asarray(array), width, even=even, dimension=dimension,
                       double=double)
    a = _typed(array, scalar_ok=False)
    wi, dims = _filter_width(a.shape, width, dimension)
    first = a.ndim - len(dims)  # numpy axes of the filtered (IDL) dimensions
    depth = [0 if ax < first else wi // 2 for ax in range(a.ndim)]
    minimum = [1 if ax < first else wi for ax in range(a.ndim)]
    out_dtype = _filter_dtype(a.dtype, double)

    def block(b):
        return _median(b, wi, even=even, double=double)

    return lazy.map_window(block, a, depth, dtype=out_dtype, minimum=minimum)


def _filter_dtype(dtype, double: bool) -> np.dtype:
    """MEDIAN's result type with Width (see compat.idl.smoothing._result_dtype)."""
    if double or dtype in (np.float64, np.complex128):
        return np.dtype(np.float64)
    if dtype == np.uint8:
        return np.dtype(np.uint8)
    return np.dtype(np.float32)


def convol(array, kernel, scale_factor=None, *, bias=None, center=True,
           edge_constant=None, edge_mirror=False, edge_truncate=False, edge_wrap=False,
           edge_zero=False, invalid=None, missing=None, nan=False, normalize=False):
    """:func:`compat.idl.convol` of a dask array: every block runs CONVOL itself with a
    halo as deep as the kernel reaches (``boundary='periodic'`` for /EDGE_WRAP), the
    kernel's weighted sums being direct sums in one fixed order per point."""
    a = _typed(array, scalar_ok=False)
    if lazy.is_dask(kernel):
        kernel = np.asarray(kernel)
    k = _kernel(kernel, lazy.shape_proxy(a))
    idl_edge_mode(edge_mirror=edge_mirror, edge_truncate=edge_truncate, edge_wrap=edge_wrap,
                  edge_zero=edge_zero, edge_constant=edge_constant is not None,
                  default="copy")
    extents = [window_extent(m, centered=bool(center)) for m in k.shape]
    depth = [max(e) for e in extents]
    minimum = list(k.shape)
    options = dict(bias=bias, center=center, edge_constant=edge_constant,
                   edge_mirror=edge_mirror, edge_truncate=edge_truncate,
                   edge_wrap=edge_wrap, edge_zero=edge_zero, invalid=invalid,
                   missing=missing, nan=nan, normalize=normalize)
    # the result type, and every check of the arguments, on a one-window array
    small = np.zeros(tuple(max(m, 1) for m in k.shape), a.dtype)
    out_dtype = _convol(small, kernel, scale_factor, **options).dtype

    def block(b):
        return _convol(b, kernel, scale_factor, **options)

    return lazy.map_window(block, a, depth, dtype=out_dtype, minimum=minimum,
                           periodic=[bool(edge_wrap)] * a.ndim)


# ------------------------------------------------------------------ TOTAL, MEAN
def total(array, dimension=None, *, cumulative=False, double=None, integer=False,
          nan=False, preserve_type=False):
    """:func:`compat.idl.total` of a dask array: IDL's running total carried from block
    to block (:func:`compat._core.lazy.running_total`), so the result is the in-memory
    one bit for bit (0 ulps) for any chunking. Over all elements the bands of blocks
    are added one after the other (one chain of tasks); along a dimension the lines of
    blocks run in parallel."""
    a = _typed(array)
    options = dict(cumulative=cumulative, double=double, integer=integer, nan=nan,
                   preserve_type=preserve_type)
    if a.ndim == 0:
        return lazy.computed(_statistics.total(np.asarray(a), dimension, **options))
    # every check, with TOTAL's own messages, and the result type on a one-element array
    out_dtype = np.asarray(_statistics.total(lazy.stand_in(a), dimension,
                                             **options)).dtype
    axis = idl_reduction_axis(dimension, a.ndim)
    x, acc = _summand_blocks(a, double=_statistics._double_keyword(double),
                             integer=integer, nan=nan, preserve_type=preserve_type)
    run = lazy.running_total(x, axis, dtype=acc)
    if cumulative:
        return (run if axis is not None else run.reshape(a.shape)).astype(out_dtype)
    last = (-1,) * run.ndim if axis is None else \
        (slice(None),) * axis + (-1,)
    return run[last].astype(out_dtype)


def _summand_blocks(a, **options):
    """The elements as TOTAL adds them, block by block, and the accumulator type."""
    small, acc = _statistics._summands(lazy.stand_in(a), **options)
    dtype = small.dtype

    def prepare(block):
        return _statistics._summands(block, **options)[0]

    return lazy.elementwise(prepare, a, dtype=dtype), acc


def mean(x, *, dimension=None, double=False, nan=False):
    """:func:`compat.idl.mean` of a dask array: TOTAL's running total (bit for bit, see
    :func:`total`) over the count of elements, so the result is the in-memory one bit
    for bit."""
    a = _typed(x)
    if a.ndim == 0:
        return lazy.computed(_statistics.mean(np.asarray(a), dimension=dimension,
                                              double=double, nan=nan))
    out_dtype = np.asarray(_statistics.mean(lazy.stand_in(a), dimension=dimension,
                                            double=double, nan=nan)).dtype
    axis = idl_reduction_axis(dimension, a.ndim)
    s = total(a, 0 if dimension is None else dimension, double=True if double else None,
              nan=nan)
    count_dtype = _statistics._count(lazy.stand_in(a), axis, nan,
                                     _statistics.float_type(a.dtype, double)).dtype
    if nan and a.dtype.kind in "fc":
        n = lazy.da.isfinite(a).sum(axis=axis).astype(count_dtype)
    else:
        n = count_dtype.type(a.size if axis is None else a.shape[axis])
    return lazy.da.map_blocks(_divide, s, n, dtype=out_dtype,
                              meta=np.empty((0,) * s.ndim, out_dtype))


def _divide(s, n):
    with np.errstate(invalid="ignore", divide="ignore"):
        return np.asarray(s / n)


# ------------------------------------------------------------------ HISTOGRAM
def histogram(array, *, binsize=None, min=None, max=None, nbins=None,  # noqa: A002
              nan=False, input=None, l64=False, locations=False, omax=False,
              omin=False, reverse_indices=False):
    """:func:`compat.idl.histogram` of a dask array: the counts are exact (integers
    added block by block), so the result is the in-memory one. The range is found first
    (one pass over the data for a missing MIN or MAX); every block is then binned with
    the range and BINSIZE the whole array gives. NBINS, INPUT and REVERSE_INDICES need
    the whole array at once: the array is computed and the in-memory routine runs."""
    from compat.idl.histograms import HistogramResult, histogram as _histogram
    from compat._core.results import named_result

    outputs = dict(locations=locations, omax=omax, omin=omin)
    if nbins is not None or input is not None or reverse_indices or not lazy.is_dask(array):
        return _histogram(np.asarray(array), binsize=binsize, min=min, max=max,
                          nbins=nbins, nan=nan, input=input, l64=l64,
                          reverse_indices=reverse_indices, **outputs)
    a = array
    dtype = idl_array(lazy.stand_in(a), "Array", complex_ok=False,
                      scalar_ok=False).dtype
    if a.dtype != dtype:
        a = a.astype(dtype)
    lo = hi = np.zeros((), dtype)
    if (min is None or max is None) and dtype != np.uint8:
        x = a
        if dtype.kind == "f":
            keep = lazy.da.isfinite(a) if nan else ~lazy.da.isnan(a)
            if not bool(keep.any().compute()):
                _histogram(np.array([np.nan, np.nan], dtype), nan=nan)  # IDL's error
            big = np.array(np.inf, dtype)
            lo, hi = lazy.da.compute(lazy.da.where(keep, a, big).min(),
                                     lazy.da.where(keep, a, -big).max())
        else:
            lo, hi = lazy.da.compute(x.min(), x.max())
    # the range (and every check) from the data's extremes, as the routine finds them
    probe = _histogram(np.array([lo, hi], dtype), binsize=binsize, min=min, max=max,
                       nan=nan, l64=l64, locations=True, omax=True, omin=True)
    nb = probe.result.size
    count_dtype = probe.result.dtype
    start, end = probe.omin[()], probe.omax[()]

    def count(block):
        return np.asarray(_histogram(block.reshape(-1), binsize=binsize, min=start,
                                     max=end, l64=True), np.int64)

    parts = [lazy.dask.delayed(count)(b) for b in a.to_delayed().ravel()]
    counts = lazy.dask.delayed(_add_counts)(parts, count_dtype)
    result = lazy.da.from_delayed(counts, shape=(nb,), dtype=count_dtype)
    requested = {name: getattr(probe, name) for name, wanted in outputs.items() if wanted}
    return named_result(HistogramResult, result, requested)


def _add_counts(parts, dtype):
    total = parts[0].copy()
    for p in parts[1:]:
        total += p
    return total.astype(dtype)
