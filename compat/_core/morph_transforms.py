"""Hit-or-miss and thinning with IDL's conventions (the core of
:mod:`compat.idl.morph_transforms`).

The hit-or-miss transform is IDL's library definition (``morph_hitormiss.pro``):
``ERODE(Image, Hit) AND ERODE(Image EQ 0, Miss)``, each erosion being the Reference
Guide's set erosion ``{z : B_z within A}`` -- the element's origin laid on ``z``, every
nonzero element on a set pixel; nothing is required of the pixel under the origin
itself -- with the element's default origin ``n // 2`` on every axis and ERODE's edge
band (0 wherever the element's box leaves the array, see
:func:`compat._core.morphology.fit_band`).
"""

from __future__ import annotations

import numpy as np

from compat._core import morphology as morph

__all__ = ["set_erosion", "hit_or_miss"]


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
