"""Hit-or-miss, thinning and distance maps with IDL's conventions (the core of
:mod:`compat.idl.morph_transforms`).

The hit-or-miss transform is IDL's library definition (``morph_hitormiss.pro``):
``ERODE(Image, Hit) AND ERODE(Image EQ 0, Miss)``, each erosion being the Reference
Guide's set erosion ``{z : B_z within A}`` -- the element's origin laid on ``z``, every
nonzero element on a set pixel; nothing is required of the pixel under the origin
itself -- with the element's default origin ``n // 2`` on every axis and ERODE's edge
band (0 wherever the element's box leaves the array, see
:func:`compat._core.morphology.fit_band`).

Distance maps (MORPH_DISTANCE) are shortest paths through neighbouring cells, each step
costing its NEIGHBOR_SAMPLING length: :func:`scipy.ndimage.distance_transform_cdt` for
the integer metrics, a vectorised relaxation (one whole-array pass per unit of distance)
for the approximate Euclidean one.

The watershed (WATERSHED) is Vincent & Soille's immersion algorithm (IEEE PAMI 13(6),
1991, the algorithm of their section IV): levels flooded in ascending order, each
level's pixels next to a labelled basin or a watershed pixel grown breadth-first by
geodesic distance, a pixel reached from two basins becoming a watershed pixel (0), and
the level's remaining pixels starting new basins, numbered in the order met (raster
order within a level). A per-pixel loop (pure Python).
"""

from __future__ import annotations

import itertools
import math

import numpy as np
from scipy import ndimage

from compat._core import morphology as morph

__all__ = ["set_erosion", "hit_or_miss", "SAMPLINGS", "neighbour_weights", "distance_map",
           "watershed"]


def set_erosion(mask: np.ndarray, structure: np.ndarray) -> np.ndarray:
    """``{z : every nonzero b of structure has mask[z + b - origin]}`` inside the edge
    band, origin ``n // 2`` per axis; 0 outside the band."""
    origin = tuple(n // 2 for n in structure.shape)
    band = morph.fit_band(mask.shape, structure.shape, origin)
    out = band.copy()
    axes = tuple(range(mask.ndim))
    for index in zip(*np.nonzero(structure)):
        offset = tuple(int(i) - o for i, o in zip(index, origin))
        # inside the band z + offset stays in the array, so a circular shift is exact there
        out &= np.roll(mask, tuple(-d for d in offset), axis=axes)
    return out


def hit_or_miss(image: np.ndarray, hit: np.ndarray, miss: np.ndarray) -> np.ndarray:
    """Boolean hit-or-miss transform of ``image != 0`` by the ``hit`` and ``miss``
    elements (nonzero elements are their shapes)."""
    fg = image != 0
    return set_erosion(fg, hit != 0) & set_erosion(~fg, miss != 0)


# ---------------------------------------------------------------- distance maps

#: NEIGHBOR_SAMPLING -> name (IDL Reference Guide, MORPH_DISTANCE)
SAMPLINGS = {0: "non-diagonal", 1: "chessboard", 2: "city block", 3: "approximate Euclidean"}


def neighbour_weights(ndim: int, sampling: int) -> list[tuple[tuple[int, ...], float]]:
    """``(offset, step length)`` of each neighbour for a NEIGHBOR_SAMPLING: 0 the face
    neighbours at 1; 1 every adjacent cell at 1; 2 every adjacent cell at the number of
    coordinates it changes; 3 every adjacent cell at the square root of that number."""
    out = []
    for offset in itertools.product((-1, 0, 1), repeat=ndim):
        k = sum(map(abs, offset))
        if k == 0 or (sampling == 0 and k > 1):
            continue
        out.append((offset, {0: 1.0, 1: 1.0, 2: float(k), 3: math.sqrt(k)}[sampling]))
    return out


def _moved(a: np.ndarray, offset: tuple[int, ...], fill: float) -> np.ndarray:
    """``out[q] = a[q - offset]`` (``fill`` where that leaves the array)."""
    out = np.full(a.shape, fill, a.dtype)
    src = tuple(slice(max(-d, 0), n - max(d, 0)) for n, d in zip(a.shape, offset))
    dst = tuple(slice(max(d, 0), n - max(-d, 0)) for n, d in zip(a.shape, offset))
    out[dst] = a[src]
    return out


def distance_map(foreground: np.ndarray, sampling: int) -> np.ndarray:
    """float64 length of the shortest neighbour path from each foreground cell to a
    background cell of the array (0 on the background, +inf where the array has no
    background), step lengths by :func:`neighbour_weights`."""
    fg = np.asarray(foreground, bool)
    if sampling in (0, 1, 2) and (~fg).any():
        metric = "chessboard" if sampling == 1 else "taxicab"
        return ndimage.distance_transform_cdt(fg, metric=metric).astype(np.float64)
    dist = np.where(fg, np.inf, 0.0)
    steps = neighbour_weights(fg.ndim, sampling)
    while True:
        best = dist.copy()
        for offset, length in steps:
            np.minimum(best, _moved(dist, offset, np.inf) + length, out=best)
        if np.array_equal(best, dist):
            return dist
        dist = best


# ---------------------------------------------------------------- watershed

_MASK, _INIT, _WSHED = -2, -1, 0


def _neighbour_table(shape: tuple[int, ...], connectivity_all: bool) -> np.ndarray:
    """``table[p]`` = flat indices of p's neighbours (-1 where off the array), in the
    order of :func:`itertools.product` over the offsets."""
    offsets = [o for o in itertools.product((-1, 0, 1), repeat=len(shape)) if any(o)]
    if not connectivity_all:
        offsets = [o for o in offsets if sum(map(abs, o)) == 1]
    coords = np.indices(shape).reshape(len(shape), -1)
    table = np.full((coords.shape[1], len(offsets)), -1, np.int64)
    for k, offset in enumerate(offsets):
        moved = coords + np.array(offset)[:, None]
        inside = np.all((moved >= 0) & (moved < np.array(shape)[:, None]), axis=0)
        table[inside, k] = np.ravel_multi_index(tuple(moved[:, inside]), shape)
    return table


def watershed(image: np.ndarray, *, connectivity_all: bool) -> tuple[np.ndarray, int]:
    """Vincent & Soille's immersion watershed: ``(labels, count)``, labels 1..count for
    the catchment basins numbered in order of discovery (levels ascending, raster order
    within a level), 0 on the watershed lines."""
    flat = np.asarray(image).reshape(-1)
    n = flat.size
    order = np.argsort(flat, kind="stable")
    values = flat[order]
    cuts = np.flatnonzero(np.diff(values) != 0) + 1
    levels = np.split(order, cuts)
    table = _neighbour_table(image.shape, connectivity_all).tolist()
    lab = [_INIT] * n
    dist = [0] * n
    current = 0
    for level in levels:
        level = level.tolist()
        queue: list = []
        for p in level:
            lab[p] = _MASK
            for q in table[p]:
                if q >= 0 and (lab[q] > 0 or lab[q] == _WSHED):
                    dist[p] = 1
                    queue.append(p)
                    break
        cur_dist = 1
        head = 0
        queue.append(None)
        while True:
            p = queue[head]
            head += 1
            if p is None:
                if head == len(queue):
                    break
                queue.append(None)
                cur_dist += 1
                p = queue[head]
                head += 1
            for q in table[p]:
                if q < 0:
                    continue
                lq = lab[q]
                if dist[q] < cur_dist and (lq > 0 or lq == _WSHED):
                    if lq > 0:
                        if lab[p] == _MASK or lab[p] == _WSHED:
                            lab[p] = lq
                        elif lab[p] != lq:
                            lab[p] = _WSHED
                    elif lab[p] == _MASK:
                        lab[p] = _WSHED
                elif lq == _MASK and dist[q] == 0:
                    dist[q] = cur_dist + 1
                    queue.append(q)
        for p in level:
            dist[p] = 0
            if lab[p] == _MASK:
                current += 1
                lab[p] = current
                stack = [p]
                while stack:
                    r = stack.pop()
                    for s in table[r]:
                        if s >= 0 and lab[s] == _MASK:
                            lab[s] = current
                            stack.append(s)
    return np.array(lab, np.int64).reshape(image.shape), current
