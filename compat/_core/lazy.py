"""dask arrays in, dask arrays out: how compat's window and reduction routines run on
``dask.array`` without the caller writing chunk logic.

This module imports dask; it is itself imported only when a dask array reaches a
routine that has a dask form (the decorator of :mod:`compat._core.legacy` resolves the
form on first use), so ``import compat`` and every call on numpy data never import
dask. dask is the optional extra ``compat[dask]``.

Window routines
---------------
An output point of a moving-window routine depends on the input points within its
window; a block of the output therefore needs its block of the input plus a *halo* of
the neighbouring points (:func:`overlap`: ``dask.array.overlap``'s blocks, with the halos
copied so that they do not keep the neighbouring blocks in memory).
Two rules make the blocked result equal to the in-memory one **bit for bit, for any
chunking**:

* **The array's true boundary is handled by the routine's own edge mode.** Blocks are
  extended by the neighbours' points only (``boundary='none'``): a block that touches
  the array's edge keeps that edge, and the routine, run on the extended block, treats
  it exactly as it treats the edge of the whole array (copied edges, IDL's
  ``/EDGE_TRUNCATE``, MATLAB's shrinking windows ...). The points whose window
  reaches into a block's inner halo are the ones the routine treats as "edge" points
  there; the halo is exactly as deep as those windows reach, and they are trimmed.
  Only a periodic edge (``/EDGE_WRAP``) needs the far side of the array: that halo
  comes from ``boundary='periodic'``.
* **Every output point is computed by the same arithmetic wherever it lies.** This
  holds for direct sums (:func:`compat._core.windows.weighted_window_sum`, the conv
  GEMM whose per-element sum runs over the same products in the same order), order
  statistics (medians) and the dyadic reductions of :mod:`compat._core.moving`
  (:func:`map_window`, :func:`map_extended`). It does not hold for a running total,
  whose rounding carries along the whole line: IDL's SMOOTH computes one (its
  published real-IDL outputs depend on it), so :func:`running_box_sum` passes the
  running total from block to block along each axis (a chain of tasks per line of
  blocks; the lines of blocks run in parallel), continuing the same additions.

Routines whose algorithm depends on a property of the whole array (the conv family
switches to an Inf/NaN-exact summation when any value is not finite) are told that
property, computed once from the whole array (:func:`all_finite`).

Reductions
----------
A reduction is bit for bit the in-memory one when every block holds whole lines of the
reduced dimensions (:func:`whole_lines` rechunks them so and runs the routine's own
arithmetic on each block): MATLAB's ``sum``/``mean``/``std`` along a dimension. IDL's
TOTAL is a running total, carried from block to block like SMOOTH's
(:func:`running_total`: bit for bit, over the whole array too, the blocks of the
array then summed one after the other). A reduction of every element of an array held
in several blocks combines the blocks' partial results (``dask.array.sum``); its last
bits depend on the chunking, within the bound each dask form documents.
"""

from __future__ import annotations

import functools
import itertools
import operator
from typing import Callable, Sequence

import numpy as np
import dask
import dask.array as da
from dask.highlevelgraph import HighLevelGraph

from compat._core.boundary import PAD_MODES, pad_axis
from compat._core.inputs import is_dask_array as is_dask
from compat._core.windows import (_count_dtype, apply_nonfinite, box_reach,
                                  nonfinite_code, running_sum)

__all__ = ["da", "dask", "is_dask", "shape_proxy", "min_chunks", "overlap", "map_extended",
           "map_window",
           "running_box_sum", "box_mean", "all_finite", "elementwise", "stand_in",
           "chunk_starts", "carry_scan", "running_total", "whole_lines", "computed"]


# --------------------------------------------------------------------------- helpers
def stand_in(x, size_one: bool = True) -> np.ndarray:
    """A small numpy array of ``x``'s dtype (and number of dimensions) for the input
    coercers, so a dask array gets the same dtype rules and dtype errors as numpy data;
    an empty or 0-d ``x`` gives a numpy array of its own (tiny) shape, so the coercer
    raises its own error for it."""
    if x.ndim == 0 or 0 in x.shape or not size_one:
        return np.zeros(x.shape, x.dtype)
    return np.zeros((1,) * x.ndim, x.dtype)


def shape_proxy(x) -> np.ndarray:
    """A read-only numpy array of ``x``'s shape and dtype that takes no memory (one
    value broadcast), for checks that look at the shape only."""
    return np.broadcast_to(np.zeros((), x.dtype), x.shape)


def chunk_starts(chunks: Sequence[int]) -> np.ndarray:
    """Start offsets of the chunks along one axis, and the axis length last."""
    return np.concatenate([[0], np.cumsum(chunks)]).astype(np.int64)


def min_chunks(x, minimum: Sequence[int]):
    """``x`` rechunked (only where needed) so that along every axis with more than one
    chunk each chunk holds at least ``minimum[axis]`` points (values are unchanged:
    the results of compat's window routines do not depend on the chunking)."""
    new = []
    changed = False
    for chunks, m in zip(x.chunks, minimum):
        m = int(m)
        if len(chunks) <= 1 or min(chunks) >= m:
            new.append(chunks)
            continue
        merged, acc = [], 0
        for c in chunks:
            acc += c
            if acc >= m:
                merged.append(acc)
                acc = 0
        if acc:
            if merged:
                merged[-1] += acc
            else:
                merged.append(acc)
        new.append(tuple(merged))
        changed = True
    return x.rechunk(tuple(new)) if changed else x


def _meta(ndim: int, dtype) -> np.ndarray:
    return np.empty((0,) * ndim, dtype)


def elementwise(fn: Callable, *arrays, dtype, **kwargs):
    """``fn`` applied block by block to arrays of one shape and chunking (numpy
    arithmetic per element, so the result is the in-memory one bit for bit)."""
    return da.map_blocks(fn, *arrays, dtype=dtype, meta=_meta(arrays[0].ndim, dtype),
                         **kwargs)


def all_finite(x) -> bool:
    """Whether every value of the dask array ``x`` is finite (computed now: one pass
    over the data). Used by routines whose algorithm depends on it."""
    if x.dtype.kind not in "fc":
        return True
    return bool(da.isfinite(x).all().compute())


# --------------------------------------------------------------------------- halos
def _halo_piece(block, index):
    """A neighbour's halo: a copy, so the neighbour's block is not kept alive by it."""
    return np.array(block[index], copy=True)


def _assemble(pieces, ndim):
    return np.block(pieces) if ndim else pieces


def overlap(x, depth: dict, boundary: dict):
    """``dask.array.overlap.overlap(x, depth, boundary)``: every block extended by up to
    ``depth[axis]`` points of its neighbours per side, the same blocks of values.

    With no periodic axis the halos are built here as copies: dask's own overlap slices
    them as views of the neighbouring blocks, and a view keeps its whole block in
    memory until the extended block using it has run (at 8192^2 in 1024^2 blocks the
    SMOOTH pipeline held about 150 MB of blocks that way). Periodic axes use dask's."""
    if any(b == "periodic" for ax, b in boundary.items() if depth.get(ax)):
        return da.overlap.overlap(x, depth=depth, boundary=boundary)
    ndim = x.ndim
    d = [int(depth.get(ax, 0)) for ax in range(ndim)]
    if not any(d):
        return x
    nblocks = [len(c) for c in x.chunks]
    if any(n > 1 and min(c) < dd for c, n, dd in zip(x.chunks, nblocks, d)):
        # blocks thinner than the halo (callers rechunk first: min_chunks): dask's
        return da.overlap.overlap(x, depth=depth, boundary=boundary)
    token = dask.base.tokenize(x, d, "compat-overlap")
    piece_name, out_name = f"compat-halo-{token}", f"compat-overlap-{token}"
    layer = {}
    for index in itertools.product(*(range(n) for n in nblocks)):
        offsets = []
        for ax in range(ndim):
            opts = [0]
            if d[ax] and index[ax] > 0:
                opts.insert(0, -1)
            if d[ax] and index[ax] < nblocks[ax] - 1:
                opts.append(1)
            offsets.append(opts)

        def nest(ax, chosen):
            if ax == ndim:
                if not any(chosen):
                    return (x.name,) + index
                neighbour = tuple(i + o for i, o in zip(index, chosen))
                sl = tuple(slice(None) if o == 0 else
                           (slice(-d[a], None) if o < 0 else slice(0, d[a]))
                           for a, o in enumerate(chosen))
                key = (piece_name,) + index + tuple(o + 1 for o in chosen)
                layer[key] = (_halo_piece, (x.name,) + neighbour, sl)
                return key
            return [nest(ax + 1, chosen + (o,)) for o in offsets[ax]]

        layer[(out_name,) + index] = (_assemble, nest(0, ()), ndim)
    chunks = tuple(
        tuple(c + (d[ax] if i > 0 else 0) + (d[ax] if i < len(cs) - 1 else 0)
              for i, c in enumerate(cs))
        for ax, cs in enumerate(x.chunks))
    graph = HighLevelGraph.from_collections(out_name, layer, dependencies=[x])
    return da.Array(graph, out_name, chunks=chunks, dtype=x.dtype,
                    meta=_meta(ndim, x.dtype))


def map_extended(fn: Callable, x, depth: Sequence[int], *, dtype,
                 periodic: Sequence[bool] | None = None, chunks=None,
                 minimum: Sequence[int] | None = None):
    """``fn(ext, where)`` for every block of ``x``, ``ext`` the block extended by up to
    ``depth[axis]`` neighbouring points per side.

    ``where`` holds, per axis, ``(ext_start, start, stop)``: the block is
    ``[start, stop)`` of the whole array and ``ext`` starts at ``ext_start``
    (``start - depth``, or ``start`` at the array's edge, where nothing is added; with
    ``periodic[axis]`` the far side of the array is added there too, at negative
    positions). ``fn`` returns the output block: of the shape given by ``chunks``
    (default: ``x``'s chunks after rechunking every chunk to at least
    ``max(depth, minimum)`` points).
    """
    ndim = x.ndim
    depth = [int(d) for d in depth]
    periodic = [False] * ndim if periodic is None else [bool(p) for p in periodic]
    minimum = [max(d, int(m)) for d, m in zip(depth, minimum or [1] * ndim)]
    x = min_chunks(x, [max(m, 1) for m in minimum])
    # an axis held in one block has no neighbours: the routine sees the whole axis
    depth = [0 if len(c) == 1 else d for c, d in zip(x.chunks, depth)]
    starts = [chunk_starts(c) for c in x.chunks]
    boundary = {ax: ("periodic" if periodic[ax] else "none") for ax in range(ndim)}
    if any(depth):
        ov = overlap(x, dict(enumerate(depth)), boundary)
    else:
        ov = x

    def call(block, block_id=None):
        where = []
        for ax, i in enumerate(block_id):
            s, e = int(starts[ax][i]), int(starts[ax][i + 1])
            halo = depth[ax] if depth[ax] and (periodic[ax] or i > 0) else 0
            where.append((s - halo, s, e))
        return fn(block, tuple(where))

    return ov.map_blocks(call, chunks=x.chunks if chunks is None else chunks,
                         dtype=dtype, meta=_meta(ndim, dtype))


def map_window(fn: Callable, x, depth: Sequence[int], *, dtype,
               periodic: Sequence[bool] | None = None,
               minimum: Sequence[int] | None = None):
    """``fn`` (numpy array -> same-shape array, with the routine's own edge handling)
    run on every block of ``x`` extended by ``depth`` points per side, the halo trimmed
    from the result: the routine's result for the whole array, block by block.

    ``depth[axis]`` must be at least the number of points each window reaches along
    that axis on either side (and the number of points the routine treats as edge
    points there), ``minimum[axis]`` the smallest extent the routine accepts (its
    width); ``periodic[axis]`` for a wrap-around edge mode.
    """
    def run(ext, where):
        out = fn(ext)
        return out[tuple(slice(s - e0, t - e0) for e0, s, t in where)]

    return map_extended(run, x, depth, dtype=dtype, periodic=periodic, minimum=minimum)


# --------------------------------------------------------------------------- running sums
def _pad_block(block, axis: int, before: int, after: int, mode: str, fill, dt):
    """One block padded at the array's edge as :func:`compat._core.windows._pad_first`
    pads the whole array (in the block's dtype when that holds the fill exactly)."""
    if block.dtype != dt and mode == "constant":
        with np.errstate(invalid="ignore", over="ignore"):
            same = np.asarray(fill, dtype=block.dtype)
        if not (same == fill or (np.isnan(same) and np.isnan(fill))):
            block = block.astype(dt)
    return pad_axis(block, axis, before, after, mode=mode, cval=fill)


def _scan_block(ext, carry_in, *, axis, width, where, n, valid, mode, fill, dt,
                out_dtype):
    """One block of the centred running box sum along ``axis`` and the carry for the
    next block (see :func:`running_box_sum`)."""
    e0, a, b = where
    h = width // 2
    carry = carry_in
    if not valid and mode != "wrap":
        # the array's own edges padded as box_sum pads them (nearest/reflect/constant)
        before = h if a == 0 else 0
        after = h if b == n else 0
        if before or after:
            ext = _pad_block(ext, axis, before, after, mode, fill, dt)
            e0 -= before
    t0, t_end = (h, n - h) if valid else (0, n)
    lo, hi = max(a, t0), min(b, t_end)
    shape = list(ext.shape)
    shape[axis] = b - a
    if lo >= hi:
        return np.zeros(shape, out_dtype), carry

    def along(start, stop):
        index = [slice(None)] * ext.ndim
        index[axis] = slice(start, stop)
        return tuple(index)

    if lo == t0:
        sums = running_sum(ext[along(lo - h - e0, hi + h - e0)], width, axis, dtype=dt)
    else:
        sums = running_sum(ext[along(lo - h - 1 - e0, hi + h - e0)], width, axis,
                           dtype=dt, carry=carry)
    if lo == a and hi == b and sums.dtype == out_dtype:
        out = sums  # the whole block: no zeroed block and copy (one block less in memory)
    else:
        out = np.zeros(shape, out_dtype)
        out[along(lo - a, hi - a)] = sums
    # the carry is a copy: a view would keep the whole block of sums alive until the
    # next block along the axis has run
    return out, sums[along(hi - lo - 1, hi - lo)].copy()


def _scan_axis(x, axis: int, width: int, *, valid: bool, mode: str, fill, dt):
    """One pass of :func:`running_box_sum`: the running sums of ``width`` points along
    ``axis``, centred, the running total carried from block to block."""
    h = width // 2
    n = x.shape[axis]
    minimum = [1] * x.ndim
    minimum[axis] = width + 1
    x = min_chunks(x, minimum)
    starts = chunk_starts(x.chunks[axis])
    periodic = mode == "wrap" and not valid
    depth = {ax: 0 for ax in range(x.ndim)}
    depth[axis] = h + 1
    ov = overlap(x, depth, {
        ax: ("periodic" if periodic and ax == axis else "none") for ax in range(x.ndim)})
    token = dask.base.tokenize(x, axis, width, valid, mode, fill, str(dt))
    scan_name, out_name = f"compat-scan-{token}", f"compat-running-sum-{token}"
    carry_name = f"compat-carry-{token}"
    layer = {}
    for index in itertools.product(*(range(len(c)) for c in x.chunks)):
        j = index[axis]
        a, b = int(starts[j]), int(starts[j + 1])
        halo = h + 1 if (periodic or j > 0) else 0
        previous = None
        if j > 0:
            prev = list(index)
            prev[axis] = j - 1
            previous = (carry_name,) + tuple(prev)
        kwargs = dict(axis=axis, width=width, where=(a - halo, a, b), n=n, valid=valid,
                      mode=mode, fill=fill, dt=dt, out_dtype=dt)
        layer[(scan_name,) + index] = (_apply_kwargs, _scan_block,
                                       [(ov.name,) + index, previous], kwargs)
        layer[(out_name,) + index] = (operator.getitem, (scan_name,) + index, 0)
        # the next block along the axis waits on the carry alone (one slice), so the
        # block's sums are released as soon as their own consumers have run
        layer[(carry_name,) + index] = (operator.getitem, (scan_name,) + index, 1)
    graph = HighLevelGraph.from_collections(out_name, layer, dependencies=[ov])
    return da.Array(graph, out_name, chunks=x.chunks, dtype=dt, meta=_meta(x.ndim, dt))


def _apply_kwargs(fn, args, kwargs):
    return fn(*args, **kwargs)


def running_box_sum(x, widths: Sequence[int], *, mode: str, cval: float = 0.0,
                    dtype=np.float64):
    """The box sums of :func:`compat._core.windows.box_sum` of a dask array, bit for
    bit, centred: the result has ``x``'s shape, the sum of the box centred on each
    point (for ``mode`` 'valid'/'copy' only the interior points are defined, the rest
    are 0).

    Axes are summed in box_sum's order (numpy's last first), each by the running total
    of differences, passed from block to block along the axis (the carry is the
    previous block's last sum, one slice), so every addition is the one the whole
    array's running total makes.
    """
    dt = np.dtype(dtype)
    valid = mode in ("valid", "copy")
    if not valid and mode not in PAD_MODES:
        raise ValueError(f"running_box_sum does not support mode {mode!r}")
    out = x
    summed = 1
    for axis in range(x.ndim - 1, -1, -1):
        w = int(widths[axis])
        if w == 1:
            continue
        out = _scan_axis(out, axis, w, valid=valid, mode=mode, fill=cval * summed, dt=dt)
        summed *= w
    if out is x:
        out = x.astype(dt)
    return out


def _interior(shape, chunks, half) -> "da.Array":
    """Boolean dask array: True where the box of half-widths ``half`` lies inside."""
    inside = None
    for axis, (n, h) in enumerate(zip(shape, half)):
        idx = da.arange(n, chunks=(chunks[axis],))
        line = (idx >= h) & (idx < n - h)
        line = line.reshape((1,) * axis + (n,) + (1,) * (len(shape) - axis - 1))
        inside = line if inside is None else inside & line
    return da.broadcast_to(inside, shape, chunks=chunks)


def _mean_omit(total, count, empty):
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.divide(total, count)
    mean[count == 0] = empty
    return mean


def _mean_ieee(total, reach, *, size):
    with np.errstate(invalid="ignore", divide="ignore"):
        mean = np.divide(total, size)
    apply_nonfinite(mean, reach)
    return mean


def _reach_block(block, *, widths, wrap):
    return box_reach(nonfinite_code(block), widths, mode="wrap" if wrap else "nearest")


def box_reach_lazy(x, widths: Sequence[int], *, mode: str):
    """:func:`compat._core.windows.box_reach` of the non-finite codes of a dask array,
    centred, full shape (blocks with a halo of the box's half widths; exact)."""
    half = [int(w) // 2 for w in widths]
    wrap = mode == "wrap"
    fn = functools.partial(_reach_block, widths=[int(w) for w in widths], wrap=wrap)
    return map_window(fn, x, half, dtype=np.uint8, periodic=[wrap] * x.ndim,
                      minimum=[max(h, 1) for h in half])


def box_mean(x, widths: Sequence[int], *, mode: str = "valid", cval: float = 0.0,
             omit_nonfinite: bool = False, empty=np.nan):
    """:func:`compat._core.windows.box_mean` of a real dask array, bit for bit, centred
    (``x``'s shape; for 'valid'/'copy' only the interior is defined).

    The in-memory function takes a shortcut when every value is finite; its general
    path gives the same sums then (a finite value replaced by itself), so the dask form
    always takes the general path and never needs to know.
    """
    if mode == "shrink":
        raise ValueError("box_mean of a dask array does not support mode 'shrink'")
    if x.dtype not in (np.float32, np.float64):
        x = x.astype(np.float64)
    widths = [int(w) for w in widths]
    f64 = np.dtype(np.float64)
    fill_is_finite = bool(np.isfinite(cval))
    finite = da.isfinite(x)
    z = da.where(finite, x, x.dtype.type(0))
    total = running_box_sum(z, widths, mode=mode, cval=cval if fill_is_finite else 0.0,
                            dtype=f64)
    counts = _count_dtype(widths)
    if omit_nonfinite:
        count = running_box_sum(finite, widths, mode=mode,
                                cval=1.0 if fill_is_finite else 0.0, dtype=counts)
        mean = elementwise(_mean_omit, total, count.rechunk(total.chunks), dtype=f64,
                           empty=empty)
    else:
        reach = box_reach_lazy(x, widths, mode=mode).rechunk(total.chunks)
        mean = elementwise(_mean_ieee, total, reach, dtype=f64,
                           size=float(np.prod(widths)))
    if mode == "constant" and not fill_is_finite:
        inside = _interior(x.shape, mean.chunks, [w // 2 for w in widths])
        mean = da.where(inside, mean, cval)
    return mean


def copy_edges(interior, original, widths: Sequence[int], dtype):
    """IDL's default edges: ``interior`` (centred, rounded to ``dtype``) where the box
    lies inside, ``original`` (converted to ``dtype``) elsewhere.

    Only the blocks that touch the edge frame read ``original``, and only through a
    small task holding the frame's values, so the input's blocks are released as soon
    as the sums have read them instead of staying in memory until the end (at 8192^2 in
    1024^2 blocks the whole input would otherwise stay).
    """
    out_dtype = np.dtype(dtype)
    interior = interior.rechunk(original.chunks)
    half = [int(w) // 2 for w in widths]
    shape = original.shape
    starts = [chunk_starts(c) for c in original.chunks]
    token = dask.base.tokenize(interior, original, half, str(out_dtype))
    frame_name, out_name = f"compat-edge-frame-{token}", f"compat-copy-edges-{token}"
    layer = {}
    for index in itertools.product(*(range(len(c)) for c in original.chunks)):
        bounds = tuple((int(starts[a][i]), int(starts[a][i + 1]))
                       for a, i in enumerate(index))
        if all(lo >= h and hi <= n - h for (lo, hi), h, n in zip(bounds, half, shape)):
            layer[(out_name,) + index] = (_cast_block, (interior.name,) + index,
                                          out_dtype)
            continue
        kwargs = dict(bounds=bounds, half=half, shape=shape)
        layer[(frame_name,) + index] = (_apply_kwargs, _edge_frame,
                                        [(original.name,) + index], kwargs)
        layer[(out_name,) + index] = (_apply_kwargs, _copy_edges,
                                      [(interior.name,) + index, (frame_name,) + index],
                                      dict(kwargs, out_dtype=out_dtype))
    graph = HighLevelGraph.from_collections(out_name, layer,
                                            dependencies=[interior, original])
    return da.Array(graph, out_name, chunks=original.chunks, dtype=out_dtype,
                    meta=_meta(original.ndim, out_dtype))


def _block_inside(bounds, half, shape) -> np.ndarray:
    """True where the box of half-widths ``half`` lies inside, over one block."""
    inside = np.ones(tuple(hi - lo for lo, hi in bounds), bool)
    for axis, ((lo, hi), h, n) in enumerate(zip(bounds, half, shape)):
        idx = np.arange(lo, hi)
        line = (idx >= h) & (idx < n - h)
        inside &= line.reshape((1,) * axis + (hi - lo,) + (1,) * (len(shape) - axis - 1))
    return inside


def _edge_frame(block, *, bounds, half, shape):
    """The values of one block of the original outside the interior (a 1-D copy)."""
    return block[~_block_inside(bounds, half, shape)].copy()


def _cast_block(block, dtype):
    return block.astype(dtype)


def _copy_edges(interior, frame, *, bounds, half, shape, out_dtype):
    inside = _block_inside(bounds, half, shape)
    out = np.empty(inside.shape, out_dtype)
    out[inside] = interior[inside]
    out[~inside] = frame.astype(out_dtype)
    return out


# --------------------------------------------------------------------------- convolution
def convolve(A, B: np.ndarray, *, shape: str = "full", method: str = "direct"):
    """:func:`compat._core.convolution.convolve` of a dask ``A`` and a numpy kernel
    ``B`` (same number of dimensions, result class already applied), bit for bit.

    Output block ``j`` along an axis holds the full-convolution positions
    ``[a_j + k//2, a_{j+1} + k//2)`` (``a_j`` the input block starts, ``k`` the kernel
    length), clipped to MATLAB's 'full'/'same'/'valid' window; it needs the input block
    and ``k//2`` neighbours on each side, and runs the in-memory window code on them
    with the whole array's Inf/NaN status (see :func:`all_finite`) and the whole
    array's GEMM plan (:func:`compat._core.convolution.gemm_plan`). BLAS rounds an
    element of a matrix product according to its place among the product's tiles, so
    the input is rechunked first to put every output block on the whole array's tile
    boundaries: along the GEMM's row axis at multiples of its Toeplitz block (8 rows),
    along its column axis at multiples of its column chunk (usually the whole width,
    so blocks are bands of whole rows).
    """
    from compat._core.convolution import conv_shape, conv_window, gemm_plan

    window = conv_shape(A.shape, B.shape, shape)
    nd = A.ndim
    if method == "fft" or A.size == 0 or B.size == 0 or A.size < B.size or \
            any(n == 0 for _, n in window):
        # FFTs and degenerate sizes: the whole array at once, as the routine does
        result = conv_window(np.asarray(A), B, window, method)
        return da.from_array(result, chunks=result.shape or ())
    if A.dtype.kind in "fc":
        if nd <= 2:
            finite = all_finite(A)
        else:
            finite = da.isfinite(A).all(axis=(0, 1)).compute() if A.dtype.kind == "f" \
                else (da.isfinite(A.real) & da.isfinite(A.imag)).all(axis=(0, 1)).compute()
    else:
        finite = True
    # the whole array's choices, in every block: which operand acts as the kernel and
    # the GEMM's geometry; output blocks start on the whole array's GEMM tiles
    w2 = list(window[:2]) + [(0, 1)] * (2 - min(nd, 2))
    plane_a = A.shape[:2] + (1,) * (2 - min(nd, 2))
    plane_b = B.shape[:2] + (1,) * (2 - min(nd, 2))
    plan = gemm_plan(plane_a, plane_b, w2[0][1], w2[1][1])
    if plan["swap"]:
        # B's planes are the larger: A's plane acts as the GEMM's kernel, whose blocks
        # would each sum part of the kernel; whole planes of A keep the whole sums
        A = A.rechunk({axis: -1 for axis in range(min(nd, 2))})
    k = B.shape
    depth = [m // 2 for m in k]
    rows, cols = (1, 0) if plan["transpose"] else (0, 1)
    # blocks of about a quarter of the input's block size: when the GEMM's columns span
    # the whole width, the bands of whole rows are as many rows high as hold a quarter
    # of a block's elements (at 8192^2 in 1024^2 blocks: 32-row bands, not 1024-row
    # ones, whose halo concatenation, padded copy and output were 32 MB each per
    # task; bench/bench_dask.py: peak 431 -> 155 MB, time 5.2 -> 4.6 s). The bits do
    # not depend on the band height, only on the bands starting on GEMM tiles.
    block_elements = int(np.prod([max(c) for c in A.chunks[:2]]))
    if cols < nd:
        A = _align(A, cols, window[cols][0], window[cols][1], plan["cw"], k[cols] // 2)
    if rows < nd:
        target = block_elements // 4 // max(A.chunks[cols]) if cols < nd else None
        A = _align(A, rows, window[rows][0], window[rows][1], plan["h"], k[rows] // 2,
                   target)
    A = min_chunks(A, [max(m, d, 1) for m, d in zip(k, depth)])
    bounds = []
    for axis in range(nd):
        start, length = window[axis]
        s = chunk_starts(A.chunks[axis]) + k[axis] // 2
        s = np.clip(s, start, start + length)
        s[0], s[-1] = start, start + length
        bounds.append(s)
    out_chunks = tuple(tuple(int(v) for v in np.diff(s)) for s in bounds)

    def block(ext, where):
        index = [int(np.searchsorted(chunk_starts(A.chunks[ax]), where[ax][1]))
                 for ax in range(nd)]
        win = [(int(bounds[ax][i]) - where[ax][0],
                int(bounds[ax][i + 1] - bounds[ax][i])) for ax, i in enumerate(index)]
        plane = finite
        if np.ndim(finite):
            plane = finite[tuple(slice(e0, e0 + ext.shape[ax])
                                 for ax, (e0, _, _) in enumerate(where) if ax >= 2)]
        return conv_window(ext, B, win, method, finite=plane, plan=plan)

    return map_extended(block, A, depth, dtype=A.dtype, chunks=out_chunks, minimum=k)


def _align(A, axis: int, start: int, length: int, unit: int, half: int,
           target: int | None = None):
    """``A`` rechunked along ``axis`` so that the output blocks of :func:`convolve`
    (input block starts shifted by ``half``) start at ``start`` plus multiples of
    ``unit`` (one block when ``unit`` covers the ``length`` outputs), each about
    ``target`` long (default: as long as ``A``'s chunks)."""
    if unit >= length:
        return A.rechunk({axis: -1})
    want = max(A.chunks[axis]) if target is None else max(1, int(target))
    step = unit * max(1, int(round(want / unit)))
    n = A.shape[axis]
    cuts = [b - half for b in range(start + step, start + length, step)]
    cuts = [c for c in cuts if 0 < c < n]
    edges = [0] + cuts + [n]
    return A.rechunk({axis: tuple(int(b - a) for a, b in zip(edges, edges[1:]))})


# --------------------------------------------------------------------------- reductions
def computed(result):
    """An in-memory result as a (one-block) dask array: the dask form of a call whose
    result needs all the data at once (the data is computed first)."""
    result = np.asarray(result)
    return da.from_array(result, chunks=result.shape or ())


def carry_scan(step: Callable, x, axis: int, *, dtype):
    """``step(block, carry) -> (out_block, carry)`` run over the blocks of ``x`` along
    ``axis``, each block receiving the carry of the block before it (None for the
    first); the lines of blocks run in parallel. The output has ``x``'s chunks."""
    token = dask.base.tokenize(x, axis, step, str(np.dtype(dtype)))
    scan_name, out_name = f"compat-carry-{token}", f"compat-carried-{token}"
    layer = {}
    for index in itertools.product(*(range(len(c)) for c in x.chunks)):
        previous = None
        if index[axis] > 0:
            prev = list(index)
            prev[axis] -= 1
            previous = (scan_name,) + tuple(prev)
        layer[(scan_name,) + index] = (_carry_step, step, (x.name,) + index, previous)
        layer[(out_name,) + index] = (operator.getitem, (scan_name,) + index, 0)
    graph = HighLevelGraph.from_collections(out_name, layer, dependencies=[x])
    return da.Array(graph, out_name, chunks=x.chunks, dtype=np.dtype(dtype),
                    meta=_meta(x.ndim, dtype))


def _carry_step(step, block, previous):
    return step(block, None if previous is None else previous[1])


def _cumsum_step(block, carry, *, axis, dtype):
    """One block of a running total along ``axis`` (None: the block flattened in C
    order), continuing ``carry``: ``numpy.cumsum`` over the carry and the block, the
    additions of the whole array's running total."""
    if axis is None:
        flat = block.reshape(-1)
        if carry is None:
            c = np.cumsum(flat, dtype=dtype)
        else:
            c = np.cumsum(np.concatenate([carry.reshape(1), flat.astype(dtype)]),
                          dtype=dtype)[1:]
        return c.reshape(block.shape), c[-1:]
    if carry is None:
        c = np.cumsum(block, axis=axis, dtype=dtype)
    else:
        c = np.cumsum(np.concatenate([carry, block.astype(dtype)], axis=axis), axis=axis,
                      dtype=dtype)
        c = c[(slice(None),) * axis + (slice(1, None),)]
    last = c[(slice(None),) * axis + (slice(-1, None),)]
    return c, last


def running_total(x, axis, *, dtype):
    """``numpy.cumsum(x, axis, dtype)`` of a dask array bit for bit (``axis`` None: the
    running total over the elements in C order, shaped like ``x``): the running total
    carried from block to block. Over the whole array the blocks are bands of whole
    trailing dimensions, run one after the other."""
    dt = np.dtype(dtype)
    if axis is None:
        if x.ndim == 0:
            x = x.reshape(1)
        x = x.rechunk((x.chunks[0],) + tuple((n,) for n in x.shape[1:]))
        return carry_scan(functools.partial(_cumsum_step, axis=None, dtype=dt), x, 0,
                          dtype=dt)
    return carry_scan(functools.partial(_cumsum_step, axis=axis, dtype=dt), x, axis,
                      dtype=dt)


def whole_lines(fn: Callable, x, axes: Sequence[int], *, dtype, keep_shape=None):
    """``fn(block)`` on blocks of ``x`` that hold whole lines of the reduced ``axes``
    (``x`` rechunked so each of them is one chunk); ``fn`` returns the block's result
    with the reduced axes kept as length 1 (``keep_shape(block.shape)`` its shape,
    default: the reduced axes set to 1). Bit for bit the in-memory reduction when the
    routine reduces each line by itself."""
    axes = sorted(int(a) for a in axes)
    x = x.rechunk({a: -1 for a in axes})
    # numpy reduces along the innermost axis of length > 1: pairwise when that is the
    # reduced axis, one line after the other otherwise. Blocks of at least 2 along every
    # axis the whole array has 2 or more of keep the whole array's loop order.
    x = min_chunks(x, [2 if n >= 2 else 1 for n in x.shape])
    chunks = tuple((1,) if ax in axes else c for ax, c in enumerate(x.chunks))
    return x.map_blocks(fn, chunks=chunks, dtype=np.dtype(dtype),
                        meta=_meta(x.ndim, dtype))
