"""The dask forms of IDL's window routines: SMOOTH, MEDIAN (filter form) and CONVOL.

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
from compat._core.boundary import idl_edge_mode, window_extent
from compat._core.idl_types import idl_array, idl_shape
from compat.idl.convolution import _kernel, convol as _convol
from compat.idl.smoothing import _filter_width, _widths, median as _median

__all__ = ["smooth", "median", "convol"]


def _typed(routine: str, array, **options):
    """The dask array in the IDL type the routine's coercer gives its dtype."""
    if not lazy.is_dask(array):
        return idl_array(routine, array, "Array", **options)
    dtype = idl_array(routine, lazy.stand_in(array), "Array", **options).dtype
    return array if array.dtype == dtype else array.astype(dtype)


def _smooth_real(a, widths, mode, nan, missing, out_dtype):
    """The dask form of :func:`compat.idl.smoothing._smooth_real`."""
    out_dtype = np.dtype(out_dtype)
    empty = np.nan if missing is None else missing
    if mode == "copy":
        mean = lazy.box_mean(a, widths, mode="valid", omit_nonfinite=nan, empty=empty)
        return lazy.copy_edges(mean, a, widths, out_dtype)
    mean = lazy.box_mean(a, widths, mode=mode, cval=0.0, omit_nonfinite=nan, empty=empty)
    return mean.astype(out_dtype).rechunk(a.chunks)


def smooth(array, width, *, edge_mirror=False, edge_truncate=False, edge_wrap=False,
           edge_zero=False, missing=None, nan=False):
    """:func:`compat.idl.smooth` of a dask array (lazy; the same values bit for bit).

    The box sums are IDL's running totals, carried from block to block along each
    dimension (see :func:`compat._core.lazy.running_box_sum`), so the blocks of one
    line of blocks run one after the other and the lines in parallel.
    """
    a = _typed("smooth", array, scalar_ok=False)
    widths = _widths(width, a.shape)
    mode = idl_edge_mode("smooth", edge_mirror=edge_mirror, edge_truncate=edge_truncate,
                         edge_wrap=edge_wrap, edge_zero=edge_zero, default="copy")
    kind = a.dtype.kind
    if missing is not None:
        missing = idl_array("smooth", missing, "MISSING", scalar=True)
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
    a = _typed("median", array, scalar_ok=False)
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
    a = _typed("convol", array, scalar_ok=False)
    if lazy.is_dask(kernel):
        kernel = np.asarray(kernel)
    k = _kernel("convol", kernel, lazy.shape_proxy(a))
    idl_edge_mode("convol", edge_mirror=edge_mirror, edge_truncate=edge_truncate,
                  edge_wrap=edge_wrap, edge_zero=edge_zero,
                  edge_constant=edge_constant is not None, default="copy")
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
