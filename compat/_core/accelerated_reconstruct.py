"""Optional compiled morphological reconstruction by dilation (``compat[fast]``:
numba), MATLAB's imreconstruct for non-binary images.

Vincent's hybrid algorithm (L. Vincent, "Morphological grayscale reconstruction in
image analysis: applications and efficient algorithms", IEEE Trans. Image Processing
2(2), 1993, section V.C) on the arrays padded by one element of the class's lowest
value (so neighbours never leave the array): a raster scan taking each element's
maximum with its already-scanned neighbours, clipped by the mask; an anti-raster scan
doing the same with the other half of the neighbourhood and queueing the elements that
can still raise a neighbour; then a first-in first-out propagation. Every step takes a
maximum or a minimum of values already present, and the result is the unique fixpoint
of ``J = min(dilate(J), mask)`` -- the same values as the numpy sweeps of
:func:`compat._core.connected_components.reconstruct`, which is the fallback when numba
is missing or ``COMPAT_NUMBA=0``.
"""

from __future__ import annotations

import numpy as np

from compat._core import accelerated_sums

__all__ = ["reconstruct"]

_COMPILED = None


def _hybrid(j, mask, inside, before, after, queue, queued):
    """In place on the flat padded arrays: raster, anti-raster, FIFO propagation."""
    n = j.size
    for p in range(n):
        if not inside[p]:
            continue
        v = j[p]
        for o in before:
            w = j[p + o]
            if w > v:
                v = w
        m = mask[p]
        j[p] = v if v < m else m
    head = 0
    tail = 0
    for p in range(n - 1, -1, -1):
        if not inside[p]:
            continue
        v = j[p]
        for o in after:
            w = j[p + o]
            if w > v:
                v = w
        m = mask[p]
        v = v if v < m else m
        j[p] = v
        for o in after:
            q = p + o
            if inside[q] and j[q] < v and j[q] < mask[q]:
                if not queued[p]:
                    queued[p] = True
                    queue[tail] = p
                    tail = (tail + 1) % n
                break
    while head != tail:
        p = queue[head]
        head = (head + 1) % n
        queued[p] = False
        v = j[p]
        for k in range(before.size + after.size):
            q = p + (before[k] if k < before.size else after[k - before.size])
            if inside[q] and j[q] < v and mask[q] != j[q]:
                m = mask[q]
                j[q] = v if v < m else m
                if not queued[q]:
                    queued[q] = True
                    queue[tail] = q
                    tail = (tail + 1) % n


def _compiled():
    global _COMPILED
    if _COMPILED is None:
        if accelerated_sums._kernels() is None:
            _COMPILED = False
        else:
            import numba
            _COMPILED = numba.njit(nogil=True, cache=True)(_hybrid)
    return _COMPILED or None


def reconstruct(marker: np.ndarray, mask: np.ndarray, s: np.ndarray,
                lowest) -> np.ndarray | None:
    """The reconstruction (``marker`` already clipped to ``mask``; ``s`` a 3x..x3
    neighbourhood of ``mask.ndim`` axes), or ``None`` when the compiled path is not
    used (small array, no numba, ``COMPAT_NUMBA=0``)."""
    if mask.size < 4096:
        return None
    kernel = _compiled()
    if kernel is None:
        return None
    pad = [(1, 1)] * mask.ndim
    j = np.pad(marker, pad, constant_values=lowest)
    m = np.pad(mask, pad, constant_values=lowest)
    inside = np.pad(np.ones(mask.shape, dtype=bool), pad, constant_values=False)
    strides = np.array([int(np.prod(j.shape[k + 1:])) for k in range(j.ndim)])
    offsets = [int(np.dot(np.array(off) - 1, strides)) for off in np.argwhere(s)]
    before = np.array(sorted(o for o in offsets if o < 0), dtype=np.int64)
    after = np.array(sorted(o for o in offsets if o > 0), dtype=np.int64)
    flat = j.reshape(-1)
    queue = np.empty(flat.size, dtype=np.int64)
    queued = np.zeros(flat.size, dtype=bool)
    kernel(flat, m.reshape(-1), inside.reshape(-1), before, after, queue, queued)
    return j[tuple(slice(1, -1) for _ in range(mask.ndim))].copy()
