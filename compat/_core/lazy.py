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
  published real-IDL outputs depend on it), so :mod:`compat._core.lazy_boxes` passes
  the running total from block to block along each axis (one task per block, each
  waiting for the blocks before it; the blocks run in wavefronts), continuing the
  same additions.

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

from compat._core.inputs import is_dask_array as is_dask

__all__ = ["da", "dask", "is_dask", "shape_proxy", "min_chunks", "overlap", "halo_keys",
           "map_extended",
           "map_window", "all_finite", "elementwise", "stand_in",
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


def halo_keys(x, index: tuple, depth: Sequence[int], periodic: Sequence[bool],
              nblocks: Sequence[int], layer: dict, piece_name: str):
    """The pieces of block ``index`` of ``x`` extended by up to ``depth[axis]`` points
    of its neighbours per side, as the nested list of keys :func:`_assemble` joins: the
    block itself and, for each neighbour, a task copying its edge strip (added to
    ``layer`` under ``piece_name``); a ``periodic`` axis takes the far side's strip at
    the array's ends. Returns ``(keys, offsets)``, ``offsets[axis]`` the neighbours
    taken (-1, 0, 1)."""
    ndim = x.ndim
    offsets = []
    for ax in range(ndim):
        opts = [0]
        if depth[ax] and (index[ax] > 0 or periodic[ax]):
            opts.insert(0, -1)
        if depth[ax] and (index[ax] < nblocks[ax] - 1 or periodic[ax]):
            opts.append(1)
        offsets.append(opts)

    def nest(ax, chosen):
        if ax == ndim:
            if not any(chosen):
                return (x.name,) + index
            neighbour = tuple((i + o) % n for i, o, n in zip(index, chosen, nblocks))
            sl = tuple(slice(None) if o == 0 else
                       (slice(-depth[a], None) if o < 0 else slice(0, depth[a]))
                       for a, o in enumerate(chosen))
            key = (piece_name,) + index + tuple(o + 1 for o in chosen)
            layer[key] = (_halo_piece, (x.name,) + neighbour, sl)
            return key
        return [nest(ax + 1, chosen + (o,)) for o in offsets[ax]]

    return nest(0, ()), offsets


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
    flat = [False] * ndim
    for index in itertools.product(*(range(n) for n in nblocks)):
        keys, _ = halo_keys(x, index, d, flat, nblocks, layer, piece_name)
        layer[(out_name,) + index] = (_assemble, keys, ndim)
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
    if cols < nd and not plan["swap"]:
        # (with swap, A's planes stay whole: cutting them would cut the GEMM's kernel)
        A = _align(A, cols, window[cols][0], window[cols][1], plan["cw"], k[cols] // 2)
    if rows < nd and not plan["swap"]:
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
