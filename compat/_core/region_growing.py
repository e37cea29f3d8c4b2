"""Region growing from a seed with IDL's SEARCH2D/SEARCH3D rules (the core of
:mod:`compat.idl.region_growing`).

The IDL library's search is a breadth-first flood from the seed; its result is a set,
computed here in one labelling pass:

* "similar" cells have ``min_val <= value <= max_val``;
* every similar neighbour of the seed is taken (the edge test is not applied on this
  first step);
* from then on a similar neighbour is taken only when its edge-enhanced value lies in
  ``[decrease, increase]`` (when an edge range was given);
* neighbours are the cells sharing a face (4 in 2-D, 6 in 3-D), or also an edge and a
  corner with ``diagonal`` (8, 26).

So the region is the connected component holding the seed of (cells passing both tests)
united with (the seed and its similar neighbours). The edge-enhanced array is
``min(a, a - a_shifted)`` over the neighbour shifts, the shifts circular (IDL's SHIFT).
"""

from __future__ import annotations

import itertools

import numpy as np
from scipy import ndimage

__all__ = ["neighbour_offsets", "edge_array", "grow"]


def neighbour_offsets(ndim: int, diagonal: bool) -> list[tuple[int, ...]]:
    """The offsets of a cell's neighbours (faces only, or all adjacent cells)."""
    offsets = [o for o in itertools.product((-1, 0, 1), repeat=ndim) if any(o)]
    if not diagonal:
        offsets = [o for o in offsets if sum(map(abs, o)) == 1]
    return offsets


def edge_array(data: np.ndarray, *, diagonal: bool, work: np.dtype,
               shifted_type: np.dtype) -> np.ndarray:
    """``min(d, d - shift(s, o) for every neighbour offset o)`` with ``d`` the data in
    ``work`` type and ``s`` the data in ``shifted_type`` (SEARCH2D shifts the FLOAT copy,
    SEARCH3D the array itself); the differences are taken in the type of the two."""
    d = data.astype(work)
    s = data.astype(shifted_type)
    result_type = np.result_type(work, shifted_type)
    out = d.astype(result_type)
    axes = tuple(range(data.ndim))
    for offset in neighbour_offsets(data.ndim, diagonal):
        diff = d.astype(result_type) - np.roll(s, offset, axis=axes).astype(result_type)
        np.minimum(out, diff, out=out)
    return out


def grow(similar: np.ndarray, seed: tuple[int, ...], *, diagonal: bool,
         edge_ok: np.ndarray | None = None) -> np.ndarray:
    """Flat C-order indices (sorted) of the region grown from ``seed``."""
    take = similar if edge_ok is None else similar & edge_ok
    take = take.copy()
    take[seed] = True
    for offset in neighbour_offsets(similar.ndim, diagonal):
        cell = tuple(min(max(i + o, 0), n - 1) for i, o, n in zip(seed, offset, similar.shape))
        if similar[cell]:
            take[cell] = True
    structure = ndimage.generate_binary_structure(similar.ndim, similar.ndim if diagonal else 1)
    labels, _ = ndimage.label(take, structure=structure)
    return np.flatnonzero(labels == labels[seed])
