"""Directional gradients, gradient magnitude and direction of 2-D images, as MATLAB's
``imgradientxy`` and ``imgradient`` define them.

The x axis runs along the columns (increasing column index), y along the rows
(increasing row index, i.e. downwards). Operators (MATLAB's reference pages and the
help text of imgradientxy/imgradient):

* 'sobel' (default), 'prewitt': correlation with the negated fspecial kernel, so
  ``Gy = sum of the row below - the row above`` weighted (1 2 1) or (1 1 1), and ``Gx``
  the same across columns (right minus left); values outside the image equal the
  nearest border value (imfilter's 'replicate').
* 'centraldifference': MATLAB's ``gradient``: ``(I(x+1) - I(x-1))/2`` inside, one-sided
  differences ``I(2) - I(1)`` and ``I(end) - I(end-1)`` at the ends; a row vector has
  ``Gy = 0``, a column ``Gx = 0``.
* 'intermediatedifference': ``I(x+1) - I(x)``, 0 in the last column (row).
* 'roberts' (imgradient only): ``Gx = I(r, c) - I(r+1, c+1)``, ``Gy = I(r, c+1) - I(r+1, c)``
  (imfilter of [1 0; 0 -1] and [0 1; -1 0], kernel centre at (1, 1), replicated edges).

Magnitude ``hypot(Gx, Gy)``; direction in degrees, counterclockwise from +x as
displayed (y pointing down, so ``atan2(-Gy, Gx) * 180 / pi`` in [-180, 180]); for
'roberts', whose kernels are turned 45 degrees, ``atan2(Gy, -Gx) - pi/4`` wrapped into
(-pi, pi] and 0 where both gradients are 0.

Classes: the image is converted to double unless it is single; results are double,
or single for single data.
"""

from __future__ import annotations

import numpy as np

from compat._core import image_processing as filtering
from compat._core.calculus import gradient

__all__ = ["directional_gradients", "magnitude_direction", "METHODS"]

METHODS = ("sobel", "prewitt", "roberts", "centraldifference", "intermediatedifference")


def _working(a: np.ndarray) -> np.ndarray:
    return a if a.dtype.kind == "f" else a.astype(np.float64)


def directional_gradients(a: np.ndarray, method: str = "sobel"):
    """``(Gx, Gy)`` of the 2-D image ``a`` by one of :data:`METHODS`."""
    a = _working(a)
    dtype = a.dtype
    if method in ("sobel", "prewitt"):
        h = -(filtering.sobel_kernel() if method == "sobel" else filtering.prewitt_kernel())
        h = h.astype(dtype)
        gx = filtering.correlate(a, np.ascontiguousarray(h.T), boundary="replicate")
        gy = filtering.correlate(a, h, boundary="replicate")
    elif method == "roberts":
        gx = filtering.correlate(a, np.array([[1, 0], [0, -1]], dtype=dtype),
                                 boundary="replicate")
        gy = filtering.correlate(a, np.array([[0, 1], [-1, 0]], dtype=dtype),
                                 boundary="replicate")
    elif method == "centraldifference":
        zero = np.zeros_like(a)
        if a.shape[0] == 1 and a.shape[1] != 1 or a.shape[0] == 1 and a.shape[1] == 1:
            gx = gradient(a, [1], [(None, None)])[0]
            gy = zero
        elif a.shape[1] == 1:
            gx = zero
            gy = gradient(a, [0], [(None, None)])[0]
        else:
            gx, gy = gradient(a, [1, 0], [(None, None), (None, None)])
    else:                                                   # intermediatedifference
        gx = np.zeros_like(a)
        gy = np.zeros_like(a)
        gx[:, :-1] = a[:, 1:] - a[:, :-1]
        gy[:-1, :] = a[1:, :] - a[:-1, :]
    return gx.astype(dtype, copy=False), gy.astype(dtype, copy=False)


def magnitude_direction(gx: np.ndarray, gy: np.ndarray, roberts: bool = False):
    """``(Gmag, Gdir)`` from the directional gradients (Gdir in degrees)."""
    mag = np.hypot(gx, gy)
    with np.errstate(invalid="ignore"):
        if roberts:
            # a double array filled where the gradient is nonzero (imgradient.m's
            # zeros(size(Gx)), which stays double even for single gradients)
            direction = np.zeros(gx.shape)
            nonzero = ~((gx == 0) & (gy == 0))
            d = np.arctan2(gy[nonzero], -gx[nonzero]).astype(np.float64) - np.pi / 4
            d[d < -np.pi] += 2 * np.pi
            direction[nonzero] = d
            direction = direction * 180 / np.pi
        else:
            direction = np.arctan2(-gy, gx) * gx.dtype.type(180) / gx.dtype.type(np.pi)
    return mag, direction
