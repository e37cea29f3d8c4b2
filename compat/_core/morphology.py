"""Binary and grey-level mathematical morphology and region labelling with IDL's
conventions (the core of :mod:`compat.idl.morphology`).

Arrays are numpy arrays in any layout; the structuring element's origin is given per
numpy axis (the legacy layer reverses IDL's ``X0, Y0, Z0``). The operations are
vectorised: one whole-array shifted comparison per nonzero element of the structuring
element (structuring elements are small), and :func:`scipy.ndimage.label` for
connected components.

IDL's conventions, which differ from :mod:`scipy.ndimage`'s:

* the element is *translated* to each set pixel (``C = OR_b (A)_b``), not reflected;
  its origin defaults to ``(N//2, ...)`` (scipy's ``origin=0`` is the centre too for odd
  sizes, but scipy's even-size centre and sign of ``origin`` differ);
* the edge band: a pixel contributes to a dilation, and an erosion is computed at a
  pixel, only where the whole element placed at that pixel lies inside the array
  (``x0 <= x <= nx - sx + x0`` on every axis); the other pixels of an erosion are 0,
  and edge-band pixels are no dilation source (scipy pads with ``cval``/reflection);
* grey dilation is ``max(image + values)`` clipped to the result type's range, grey
  erosion ``min(image - values)`` floored at 0 for unsigned results;
* labels of LABEL_REGION number regions in IDL's raster order of their first pixel
  (numpy's C order, which is :func:`scipy.ndimage.label`'s own order) and the
  array's border is background.
"""

from __future__ import annotations

import numpy as np
from scipy import ndimage

__all__ = ["fit_band", "dilate", "erode", "label_regions"]


def fit_band(shape: tuple[int, ...], se_shape: tuple[int, ...],
             origin: tuple[int, ...]) -> np.ndarray:
    """Boolean mask of the pixels at which the whole element lies inside the array."""
    mask = np.ones(shape, bool)
    for axis, (n, s, o) in enumerate(zip(shape, se_shape, origin)):
        keep = np.zeros(n, bool)
        lo, hi = o, n - s + o
        if hi >= lo:
            keep[max(lo, 0):max(min(hi, n - 1) + 1, 0)] = True
        index = [np.newaxis] * len(shape)
        index[axis] = slice(None)
        mask &= keep[tuple(index)]
    return mask


def _shifted(a: np.ndarray, offset: tuple[int, ...], fill) -> np.ndarray:
    """``out[q] = a[q - offset]`` (``fill`` where ``q - offset`` leaves the array)."""
    out = np.full(a.shape, fill, dtype=a.dtype)
    src, dst = [], []
    for n, d in zip(a.shape, offset):
        if abs(d) >= n:
            return out
        if d >= 0:
            src.append(slice(0, n - d))
            dst.append(slice(d, n))
        else:
            src.append(slice(-d, n))
            dst.append(slice(0, n + d))
    out[tuple(dst)] = a[tuple(src)]
    return out


def _offsets(structure: np.ndarray, origin: tuple[int, ...]):
    for index in zip(*np.nonzero(structure)):
        yield index, tuple(int(i) - int(o) for i, o in zip(index, origin))


def dilate(image: np.ndarray, structure: np.ndarray, origin: tuple[int, ...], *,
           gray: bool, values: np.ndarray | None = None,
           limits: tuple[float, float] | None = None) -> np.ndarray:
    """Dilation with IDL's translation and edge band (module docstring).

    Binary: ``image`` is taken as ``image != 0`` and the result is 0/1 (bool).
    Grey: ``out[q] = max_b (src[q - (b - o)] + values[b])`` over the nonzero elements
    ``b``, ``src`` being ``image`` with its edge band zeroed; neighbours outside the
    array are skipped; a pixel no element reaches is 0; ``limits`` clips the sums.
    """
    band = fit_band(image.shape, structure.shape, origin)
    if not gray:
        src = (image != 0) & band
        out = np.zeros(image.shape, bool)
        for _, off in _offsets(structure, origin):
            out |= _shifted(src, off, False)
        return out
    work = image.astype(np.float64) if image.dtype.kind in "iub" else image.copy()
    src = np.where(band, work, 0).astype(work.dtype)
    best = np.full(image.shape, -np.inf)
    for index, off in _offsets(structure, origin):
        add = 0.0 if values is None else values[index]
        moved = _shifted(src.astype(np.float64), off, -np.inf)
        np.maximum(best, moved + add, out=best)
    best[np.isneginf(best)] = 0
    if limits is not None:
        best = np.clip(best, *limits)
    return best


def erode(image: np.ndarray, structure: np.ndarray, origin: tuple[int, ...], *,
          gray: bool, values: np.ndarray | None = None,
          limits: tuple[float, float] | None = None) -> np.ndarray:
    """Erosion with IDL's edge band: 0 wherever the element leaves the array.

    Binary: 1 where the pixel under the origin is nonzero and every nonzero element
    lands on a nonzero pixel (IDL: "If the image pixel is nonzero, each pixel of the
    structuring element is compared"; also where the origin is outside the element). Grey:
    ``min_b (image[q + (b - o)] - values[b])`` clipped to ``limits``.
    """
    band = fit_band(image.shape, structure.shape, origin)
    if not gray:
        src = image != 0
        out = band & src          # "if the image pixel is nonzero" (under the origin)
        for _, off in _offsets(structure, origin):
            out &= _shifted(src, tuple(-d for d in off), False)
        return out
    work = image.astype(np.float64)
    best = np.full(image.shape, np.inf)
    for index, off in _offsets(structure, origin):
        sub = 0.0 if values is None else values[index]
        moved = _shifted(work, tuple(-d for d in off), np.inf)
        np.minimum(best, moved - sub, out=best)
    best = np.where(band & np.isfinite(best), best, 0)
    if limits is not None:
        best = np.clip(best, *limits)
    return best


def label_regions(data: np.ndarray, *, all_neighbors: bool) -> tuple[np.ndarray, int]:
    """Connected nonzero regions, the array's border as background, numbered in raster
    order of each region's first pixel (C order). Returns ``(labels, count)``."""
    mask = data != 0
    if mask.ndim:
        inner = tuple(slice(1, -1) for _ in range(mask.ndim))
        border = np.ones(mask.shape, bool)
        border[inner] = False
        mask &= ~border
    structure = ndimage.generate_binary_structure(max(mask.ndim, 1),
                                                  mask.ndim if all_neighbors else 1)
    labels, count = ndimage.label(mask.reshape(mask.shape or (1,)), structure=structure)
    return labels.reshape(mask.shape), int(count)
