"""IDL SMOOTH's box mean of a dask array as one task per block (issue 20): the dask form
of :func:`compat._core.windows.box_mean` followed by SMOOTH's cast and copied edges, bit
for bit, for any chunking.

Like :mod:`compat._core.lazy` (whose rules it follows), this imports dask and is imported
only when a dask array reaches ``compat.idl.smooth``.

One task per block
------------------
SMOOTH sums each axis by a running total of differences (IDL's arithmetic: the
rounding carries along the whole line, see :mod:`compat._core.windows`), so a block's
sums continue the sums of the block before it along every summed axis. Each block of
the result is made by a single task (:func:`_box_step`) from

* the input block extended by the ``w//2 + 1`` neighbouring points per side along every
  summed axis (the halos are copies of the neighbours' edge strips, so a neighbour's
  block is not held in memory for them; for ``/EDGE_WRAP`` the halos at the array's
  ends come from its far side),
* for every summed axis, the *carry* of the block before it along that axis: its last
  running sum (one slice, float64).

The task runs the passes of ``box_mean`` on its extended block, axes in box_mean's
order (numpy's last first), each pass continuing the carry (or starting the line at
the array's edge, padded there as box_mean pads the whole array), which trims that
axis to the block; then the division by the box size or by the number of finite
points (exact integer counts of the extended block, padded at the array's edge by
the same rule), the IEEE value of a box holding NaN or Inf (the OR of non-finite codes
over the box, clipped to the array), the cast to the output type and, with IDL's
default edges, the input's own values within ``w//2`` of an edge. It returns the block
of the result and its carries for the next blocks.

So no block-sized intermediate outlives its task: what dask holds between tasks are
input blocks not yet used, halo strips, carries (slices) and result blocks not yet
stored. The previous form (a dask array per pass: zeroed values, row sums, column sums,
non-finite codes, means, then the copied edges) held float64 row and column sums of
many blocks at once: at 8192^2 float32 in 1024^2 blocks 185-226 MB of held blocks and
405-443 MB of peak memory, against 1126-1381 MB for the in-memory call.

The blocks run in wavefronts (a block waits for the blocks before it along each summed
axis); every result element is computed by the additions the whole array's running
totals make, in the same order, so the result does not depend on the chunking or the
schedule.
"""

from __future__ import annotations

import itertools
import operator
from typing import Sequence

import numpy as np

from compat._core import lazy
from compat._core.accelerated_boxes import scratch
from compat._core.boundary import pad_axis
from compat._core.windows import _reach_axis, apply_nonfinite, nonfinite_code, running_sum

__all__ = ["smooth_box_mean"]

_F64 = np.dtype(np.float64)


def _pad_block(block, axis: int, before: int, after: int, mode: str, fill, dt):
    """One block padded at the array's edge as :func:`compat._core.windows._pad_first`
    pads the whole array (in the block's dtype when that holds the fill exactly)."""
    if block.dtype != dt and mode == "constant":
        with np.errstate(invalid="ignore", over="ignore"):
            same = np.asarray(fill, dtype=block.dtype)
        if not (same == fill or (np.isnan(same) and np.isnan(fill))):
            block = block.astype(dt)
    return pad_axis(block, axis, before, after, mode=mode, cval=fill)


def _along(ndim: int, axis: int, start, stop) -> tuple:
    index = [slice(None)] * ndim
    index[axis] = slice(start, stop)
    return tuple(index)


def scan_block(ext, carry_in, *, axis, width, where, n, valid, mode, fill, dt,
               out_dtype, work=None):
    """One block of the centred running box sum along ``axis`` and the carry for the
    next block: ``ext`` holds the points ``where[0] ..`` of the line (the block
    ``[where[1], where[2])`` and at least ``width//2 + 1`` points before it and
    ``width//2`` after it where the array has them), ``carry_in`` the running sum
    before the block (None for the first block along the axis). The result has the
    block's extent along ``axis`` (zeros where 'valid' sums are not defined) and
    ``ext``'s along the other axes. ``work(shape, dtype)``, if given, supplies the
    result's buffer (reused by the caller; the carry is always a copy)."""
    e0, a, b = where
    h = width // 2
    ndim = ext.ndim
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
    whole = lo == a and hi == b and np.dtype(dt) == np.dtype(out_dtype)
    buffer = work(tuple(shape), out_dtype) if whole and work is not None else None
    if lo == t0:
        sums = running_sum(ext[_along(ndim, axis, lo - h - e0, hi + h - e0)], width, axis,
                           dtype=dt, out=buffer)
    else:
        sums = running_sum(ext[_along(ndim, axis, lo - h - 1 - e0, hi + h - e0)], width,
                           axis, dtype=dt, carry=carry, out=buffer)
    if whole:
        out = sums  # the whole block: no zeroed block and copy
    else:
        if work is None:
            out = np.zeros(shape, out_dtype)
        else:
            out = work(tuple(shape), out_dtype)
            out.fill(0)
        out[_along(ndim, axis, lo - a, hi - a)] = sums
    # the carry is a copy: a view would keep the whole block of sums alive
    return out, sums[_along(ndim, axis, hi - lo - 1, hi - lo)].copy()


def _count_dtype(widths, ext_shape) -> np.dtype:
    """Integers holding every partial count of a box (its running totals included)."""
    size = int(np.prod([int(w) for w in widths]))
    if size < 2**15 and max(int(w) for w in widths) <= _SHIFTED_ADDS:
        return np.dtype(np.int16)   # counts summed by shifted adds: at most the box size
    top = size * max(ext_shape)
    return np.dtype(np.int32 if top < 2**31 else np.int64)


#: windows up to this wide are counted by adding shifted copies (w adds of small
#: integers, vectorised) instead of a running total (numpy's slow accumulate)
_SHIFTED_ADDS = 16


def _local_counts(finite, where, widths, order, mode, n):
    """The number of finite points in the box of every point of the block (exact
    integers, so any order of addition gives box_mean's counts): the extended block's
    finite mask padded at the array's edges as box_mean pads it (a constant fill
    counts as finite; 'valid' counts only the array's points, the rest is not used)."""
    dt = _count_dtype(widths, finite.shape)
    m = finite.astype(dt)
    ndim = m.ndim
    summed = 1   # a padded point stands for a box of points summed by earlier passes
    for axis in order:
        w = int(widths[axis])
        h = w // 2
        e0, a, b = where[axis]
        e1 = e0 + m.shape[axis]
        before, after = max(0, e0 - (a - h)), max(0, (b + h) - e1)
        if before or after:
            # only at the array's own edges (halos cover the rest); 'valid' boxes
            # there are not used (copied edges), wrapped halos are never short
            pmode = "constant" if mode in ("valid", "copy") else mode
            m = pad_axis(m, axis, before, after, mode=pmode, cval=summed)
            e0 -= before
        part = m[_along(ndim, axis, a - h - e0, b + h - e0)]
        if w <= _SHIFTED_ADDS:
            m = part[_along(ndim, axis, 0, b - a)].copy()
            for j in range(1, w):
                m += part[_along(ndim, axis, j, j + b - a)]
        else:
            total = np.cumsum(part, axis=axis, dtype=dt)
            shape = list(total.shape)
            shape[axis] = 1
            total = np.concatenate([np.zeros(shape, dt), total], axis=axis)
            m = total[_along(ndim, axis, w, None)] - total[_along(ndim, axis, 0, -w)]
        summed *= w
    return m


def _local_reach(ext, where, widths, order):
    """The OR of the non-finite codes over every box of the block, clipped to the array
    (wrapped halos are part of ``ext``): :func:`compat._core.windows.box_reach`."""
    code = nonfinite_code(ext)
    for axis in order:
        code = _reach_axis(code, axis, int(widths[axis]) // 2, wrap=False)
    return code[tuple(slice(a - e0, b - e0) for e0, a, b in where)]


def _assemble_into(pieces, ndim: int, name: str) -> np.ndarray:
    """``np.block(pieces)`` written into the calling thread's reused buffer ``name``
    (:func:`compat._core.accelerated_boxes.scratch`): the extended block of every task
    is the same size, so the buffer's pages are touched once per thread, not once per
    block (fresh 4-8 MB arrays come from the kernel as new zeroed pages: at 8192^2 in
    1024^2 blocks, 180-480 MB of page faults a run, 25-30% of its CPU)."""
    sizes = []
    for axis in range(ndim):
        level = pieces
        for _ in range(axis):
            level = level[0]
        row = []
        for item in level:
            for _ in range(ndim - axis - 1):
                item = item[0]
            row.append(item.shape[axis])
        sizes.append(row)
    dtype = np.result_type(*[p for p in _leaves(pieces, ndim)])
    out = scratch(name, tuple(sum(r) for r in sizes), dtype)
    starts = [np.concatenate([[0], np.cumsum(r)]) for r in sizes]
    for index in itertools.product(*(range(len(r)) for r in sizes)):
        piece = pieces
        for i in index:
            piece = piece[i]
        out[tuple(slice(int(st[i]), int(st[i + 1])) for st, i in zip(starts, index))] = piece
    return out


def _leaves(pieces, depth: int):
    if depth == 0:
        yield pieces
        return
    for item in pieces:
        yield from _leaves(item, depth - 1)


def _box_step(pieces, carries, *, spec):
    """One block of SMOOTH's result and its carries (see the module docstring). The
    extended block and the passes' sums live in the thread's reused buffers (see
    :func:`_assemble_into`); the result block is a fresh array."""
    ndim = spec["ndim"]
    ext = _assemble_into(pieces, ndim, "smooth-extended") if ndim else pieces
    if ext.dtype not in (np.float32, np.float64):
        ext = ext.astype(np.float64)
    widths, order, where = spec["widths"], spec["order"], spec["where"]
    mode, shape = spec["mode"], spec["shape"]
    valid = mode in ("valid", "copy")
    # one reduction decides: a NaN or Inf anywhere makes the sum NaN or Inf (a sum of
    # finite values that overflows only sends the block down the exact general path)
    with np.errstate(over="ignore", invalid="ignore"):
        clean = bool(np.isfinite(np.add.reduce(ext, axis=None)))
    if clean:
        finite, total = None, ext
    else:
        finite = np.isfinite(ext, out=scratch("smooth-finite", ext.shape, bool))
        total = np.where(finite, ext, ext.dtype.type(0))
    out_carries = []
    summed = 1
    for k, axis in enumerate(order):
        w = int(widths[axis])
        # pass k reads pass k-1's buffer and writes the other one
        total, carry = scan_block(total, carries[k], axis=axis, width=w, where=where[axis],
                                  n=shape[axis], valid=valid, mode=mode, fill=0.0 * summed,
                                  dt=_F64, out_dtype=_F64,
                                  work=lambda s, d, k=k: scratch(f"smooth-pass{k % 2}", s, d))
        out_carries.append(carry)
        summed *= w
    if not order:
        total = total.astype(_F64)   # /NAN with width 1: the values themselves
    inner = tuple(slice(a - e0, b - e0) for e0, a, b in where)
    out_dtype = np.dtype(spec["out_dtype"])
    out = None
    with np.errstate(invalid="ignore", divide="ignore"):
        if spec["counting"] and not clean:
            count = _local_counts(finite, where, widths, order, mode, shape)
            np.divide(total, count, out=total)
            total[count == 0] = spec["empty"]
        else:
            # every box holds only finite points (the extended block has no other, and
            # the array's edges are extended by its own points or a finite fill): the
            # count is the box size, an exact divisor either way
            size = float(np.prod([int(w) for w in widths]))
            if clean:
                # divided in float64 and cast once into a fresh result block: the bits
                # of dividing, then astype
                out = np.empty(total.shape, out_dtype)
                np.divide(total, size, out=out, casting="unsafe", dtype=_F64)
            else:
                np.divide(total, size, out=total)
                apply_nonfinite(total, _local_reach(ext, where, widths, order))
    if out is None:
        # a fresh result block (total may be a reused buffer), cast as astype casts
        out = np.empty(total.shape, out_dtype)
        np.copyto(out, total, casting="unsafe")
    if mode == "copy":
        # IDL's default edges: the points within w//2 of an edge are the input's own
        half = [int(w) // 2 for w in widths]
        bounds = [(a, b) for _, a, b in where]
        if not all(lo >= h and hi <= n - h for (lo, hi), h, n in zip(bounds, half, shape)):
            inside = _block_inside(bounds, half, shape)
            np.copyto(out, ext[inner].astype(out.dtype, copy=False), where=~inside)
    return (out,) + tuple(out_carries)


def _block_inside(bounds, half, shape) -> np.ndarray:
    """True where the box of half-widths ``half`` lies inside, over one block."""
    inside = np.ones(tuple(hi - lo for lo, hi in bounds), bool)
    for axis, ((lo, hi), h, n) in enumerate(zip(bounds, half, shape)):
        idx = np.arange(lo, hi)
        line = (idx >= h) & (idx < n - h)
        inside &= line.reshape((1,) * axis + (hi - lo,) + (1,) * (len(shape) - axis - 1))
    return inside


def smooth_box_mean(x, widths: Sequence[int], *, mode: str, omit_nonfinite: bool,
                    empty, out_dtype):
    """SMOOTH's result of a real dask array ``x``: :func:`compat._core.windows.box_mean`
    with ``cval=0`` (``mode`` 'copy': of the interior, the input's own values within
    ``w//2`` of an edge), cast to ``out_dtype``; ``x``'s shape and chunks, bit for bit
    the in-memory result (``compat.idl.smoothing._smooth_real``)."""
    ndim = x.ndim
    widths = [int(w) for w in widths]
    out_dtype = np.dtype(out_dtype)
    chunks_in = x.chunks
    order = [ax for ax in range(ndim - 1, -1, -1) if widths[ax] > 1]
    wrap = mode == "wrap"
    # blocks along a summed axis at least w + 1 long: a halo comes from one neighbour
    x = lazy.min_chunks(x, [widths[ax] + 1 if ax in order else 1 for ax in range(ndim)])
    nblocks = [len(c) for c in x.chunks]
    depth = [widths[ax] // 2 + 1 if ax in order else 0 for ax in range(ndim)]
    periodic = [wrap and ax in order for ax in range(ndim)]
    # an axis in one block has no neighbours (unless wrapped around onto itself)
    depth = [d if (nblocks[ax] > 1 or periodic[ax]) else 0 for ax, d in enumerate(depth)]
    starts = [lazy.chunk_starts(c) for c in x.chunks]
    token = lazy.dask.base.tokenize(x, widths, mode, omit_nonfinite, empty, str(out_dtype),
                                    "compat-smooth")
    piece_name = f"compat-smooth-halo-{token}"
    step_name = f"compat-smooth-step-{token}"
    out_name = f"compat-smooth-{token}"
    carry_names = [f"compat-smooth-carry{k}-{token}" for k in range(len(order))]
    layer = {}
    for index in itertools.product(*(range(n) for n in nblocks)):
        pieces, offsets = lazy.halo_keys(x, index, depth, periodic, nblocks, layer,
                                         piece_name)
        where = []
        for ax in range(ndim):
            a, b = int(starts[ax][index[ax]]), int(starts[ax][index[ax] + 1])
            before = depth[ax] if -1 in offsets[ax] else 0
            where.append((a - before, a, b))
        carries = []
        for k, ax in enumerate(order):
            if index[ax] == 0:
                carries.append(None)
            else:
                prev = list(index)
                prev[ax] -= 1
                carries.append((carry_names[k],) + tuple(prev))
        spec = dict(ndim=ndim, widths=widths, order=order, where=tuple(where), mode=mode,
                    shape=tuple(x.shape), counting=bool(omit_nonfinite), empty=empty,
                    out_dtype=out_dtype)
        step = (step_name,) + index
        layer[step] = (_apply_step, pieces, carries, spec)
        layer[(out_name,) + index] = (operator.getitem, step, 0)
        for k in range(len(order)):
            # the next block along the axis waits on its carry alone (one slice), so the
            # block's result is released as soon as it is stored
            layer[(carry_names[k],) + index] = (operator.getitem, step, k + 1)
    graph = lazy.HighLevelGraph.from_collections(out_name, layer, dependencies=[x])
    out = lazy.da.Array(graph, out_name, chunks=x.chunks, dtype=out_dtype,
                        meta=np.empty((0,) * ndim, out_dtype))
    return out if out.chunks == chunks_in else out.rechunk(chunks_in)


def _apply_step(pieces, carries, spec):
    return _box_step(pieces, carries, spec=spec)
