"""Connected components, morphological reconstruction and distance transforms as
MATLAB's Image Processing Toolbox defines them (bwlabel, bwconncomp, bwareaopen,
imreconstruct, imfill, imclearborder, bwperim, bwdist).

* Connectivity: 4 / 8 in 2-D, 6 / 18 / 26 in 3-D, or a 3x...x3 neighbourhood array;
  MATLAB's default is the maximal one (8, 26) except where a routine says otherwise.
* Labels follow MATLAB's order: an object's number is its rank by its first pixel in
  column-major order (MATLAB scans columns; ``scipy.ndimage.label`` numbers objects in
  row-major order, so its labels differ from the second object on).
* Reconstruction by dilation of ``marker`` under ``mask`` (marker clipped to the mask):
  the fixpoint of ``J = min(dilate(J), mask)``. Binary images keep the mask's
  components that hold a marker pixel; other classes go through Vincent's hybrid
  algorithm compiled (:mod:`compat._core.accelerated_reconstruct`) or, without numba,
  are swept along each axis in turn (each step takes the running maximum from the
  previous slice's neighbours, then the mask's minimum) until nothing changes -- the
  same fixpoint, so the same values.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

from compat._core import accelerated_reconstruct

__all__ = ["structure", "label", "component_indices", "reconstruct", "border_marker",
           "perimeter", "lowest", "distance_transform"]


def structure(conn, ndim: int) -> np.ndarray:
    """The neighbourhood (a boolean 3x...x3 array) of MATLAB's connectivity ``conn``."""
    if isinstance(conn, np.ndarray) and conn.size > 1:
        return conn.astype(bool)
    c = int(conn)
    table = {(4, 2): 1, (8, 2): 2, (6, 3): 1, (18, 3): 2, (26, 3): 3}
    if c == 1:
        return ndimage.generate_binary_structure(max(ndim, 1), 0)
    rank = table.get((c, ndim))
    if rank is None:
        if (c, 2) in table and ndim > 2:          # a 2-D connectivity on N-D data
            s = np.zeros((3,) * ndim, dtype=bool)
            s[(slice(None), slice(None)) + (1,) * (ndim - 2)] = \
                ndimage.generate_binary_structure(2, table[(c, 2)])
            return s
        if c == 3 ** ndim - 1:
            return np.ones((3,) * ndim, dtype=bool)
        if c == 2 * ndim:
            return ndimage.generate_binary_structure(ndim, 1)
        raise ValueError(f"connectivity {c} is not valid for {ndim}-D data")
    return ndimage.generate_binary_structure(ndim, rank)


def _fit(s: np.ndarray, ndim: int) -> np.ndarray:
    """The neighbourhood for ``ndim``-D data (trailing singleton axes added or a 2-D
    one's middle plane used for 2-D data)."""
    if s.ndim == ndim:
        return s
    if s.ndim < ndim:
        return s.reshape(s.shape + (1,) * (ndim - s.ndim))
    centre = tuple(1 for _ in range(s.ndim - ndim))
    return s[(Ellipsis,) + centre]


def label(bw: np.ndarray, s: np.ndarray) -> tuple[np.ndarray, int]:
    """``(labels, n)``: int labels in MATLAB's (column-major first pixel) order."""
    raw, n = ndimage.label(bw, structure=_fit(s, bw.ndim))
    if n <= 1:
        return raw, int(n)
    flat = raw.ravel(order="F")
    nz = np.flatnonzero(flat)
    _, first = np.unique(flat[nz], return_index=True)     # label k+1 -> first position
    order = np.argsort(nz[first], kind="stable")          # labels by first position
    rank = np.empty(n + 1, dtype=raw.dtype)
    rank[0] = 0
    rank[order + 1] = np.arange(1, n + 1, dtype=raw.dtype)
    return rank[raw], int(n)


def component_indices(labels: np.ndarray, n: int) -> list[np.ndarray]:
    """The 1-based column-major linear indices of each object, ascending."""
    flat = labels.ravel(order="F")
    nz = np.flatnonzero(flat)
    by = np.argsort(flat[nz], kind="stable")
    counts = np.bincount(flat[nz], minlength=n + 1)[1:]
    pieces = np.split(nz[by] + 1, np.cumsum(counts)[:-1]) if n else []
    return [p.astype(np.float64) for p in pieces]


def border_marker(a: np.ndarray, fill, s: np.ndarray) -> np.ndarray:
    """``a`` where an element is connected to the outside of the array under the
    neighbourhood ``s`` (MATLAB: the complement of the erosion of a padded all-true
    array), ``fill`` elsewhere. With a 3x...x3 neighbourhood an element touches the
    outside exactly when it lies in the first (last) slab along an axis in whose
    negative (positive) direction ``s`` has a neighbour."""
    s = _fit(s, a.ndim)
    m = np.full(a.shape, fill, dtype=a.dtype)
    for axis in range(a.ndim):
        for end, layer in ((0, 0), (-1, 2)):
            if a.shape[axis] and np.take(s, layer, axis=axis).any():
                idx = [slice(None)] * a.ndim
                idx[axis] = end
                m[tuple(idx)] = a[tuple(idx)]
    return m


def _sweep(j: np.ndarray, mask: np.ndarray, s: np.ndarray, axis: int, forward: bool):
    """One pass along ``axis``: each slice takes the maximum of itself and its
    neighbours in the previous slice (``s``'s layer on that side), then the mask's
    minimum. Returns whether anything changed."""
    n = j.shape[axis]
    changed = False
    layer = np.take(s, 0 if forward else 2, axis=axis)     # offsets from the previous slice
    offsets = [tuple(int(v) - 1 for v in off) for off in np.argwhere(layer)]
    steps = range(1, n) if forward else range(n - 2, -1, -1)
    jm = np.moveaxis(j, axis, 0)
    mm = np.moveaxis(mask, axis, 0)
    pad = [(1, 1)] * (j.ndim - 1)
    for k in steps:
        prev = jm[k - 1] if forward else jm[k + 1]
        if not offsets:
            break
        padded = np.pad(prev, pad, mode="constant",
                        constant_values=lowest(j.dtype))
        best = None
        for off in offsets:
            view = padded[tuple(slice(1 + o, 1 + o + jm.shape[1 + i])
                                for i, o in enumerate(off))]
            best = view if best is None else np.maximum(best, view)
        new = np.minimum(np.maximum(jm[k], best), mm[k])
        if not np.array_equal(new, jm[k]):
            jm[k] = new
            changed = True
    return changed


def lowest(dtype):
    """The class's lowest value (false, intmin, -Inf): what never wins a maximum."""
    if dtype == np.bool_:
        return False
    if dtype.kind in "iu":
        return np.iinfo(dtype).min
    return -np.inf


def reconstruct(marker: np.ndarray, mask: np.ndarray, s: np.ndarray) -> np.ndarray:
    """MATLAB's imreconstruct: reconstruction by dilation of ``marker`` under ``mask``
    (same shape and class), neighbourhood ``s``."""
    s = _fit(s, mask.ndim)
    if mask.dtype == np.bool_:
        seeds = marker & mask
        labels, n = ndimage.label(mask, structure=s)
        keep = np.zeros(n + 1, dtype=bool)
        keep[np.unique(labels[seeds])] = True
        keep[0] = False
        return keep[labels]
    j = np.minimum(marker, mask)
    compiled = accelerated_reconstruct.reconstruct(j, mask, s, lowest(mask.dtype))
    if compiled is not None:
        return compiled
    # the neighbours within a slice are reached by the sweeps along the other axes;
    # the previous slice's neighbours (s's first/last layer along the axis) here
    while True:
        changed = False
        for axis in range(j.ndim):
            if j.shape[axis] < 2:
                continue
            changed |= _sweep(j, mask, s, axis, True)
            changed |= _sweep(j, mask, s, axis, False)
        if not changed:
            return j


def perimeter(bw: np.ndarray, s: np.ndarray) -> np.ndarray:
    """MATLAB's bwperim: object pixels with a background neighbour (``s``), the outside
    of the array counting as background."""
    s = _fit(s, bw.ndim)
    padded = np.pad(bw, 1, mode="constant", constant_values=False)
    eroded = ndimage.binary_erosion(padded, structure=s, border_value=0)
    inner = tuple(slice(1, -1) for _ in range(bw.ndim))
    return bw & ~eroded[inner]


def distance_transform(bw: np.ndarray, metric: str):
    """bwdist: ``(D, nearest)`` -- the distance from every element to the nearest
    nonzero one ('euclidean' exact, 'cityblock', 'chessboard'; Inf everywhere when
    there is none) and, for 'euclidean', the 0-based column-major index of that nearest
    element (among equally near ones, scipy's choice)."""
    if not bw.any():
        return np.full(bw.shape, np.inf), np.zeros(bw.shape, dtype=np.int64)
    if metric == "euclidean":
        d, ind = ndimage.distance_transform_edt(~bw, return_indices=True)
        return d, np.ravel_multi_index(tuple(ind), bw.shape, order="F")
    d = ndimage.distance_transform_cdt(~bw, metric="taxicab" if metric == "cityblock"
                                       else "chessboard")
    return d.astype(np.float64), None
