"""Image resizing as MATLAB's ``imresize`` computes it: separable kernel weights, one
dimension at a time.

For each of the two image dimensions (MathWorks' imresize.m, its ``contributions``
step, as the Image Processing Toolbox has shipped it since R2007a):

* output pixel ``x = 1..n_out`` (1-based) maps to ``u = x/s + 0.5 (1 - 1/s)`` in the
  input, ``s`` the dimension's scale (so pixel edges line up: 0.5 -> 0.5);
* when shrinking (``s < 1``) with antialiasing the kernel is stretched: ``h(t) = s
  k(s t)``, width ``w / s``; otherwise ``h = k``;
* the candidates are ``left + (0 .. ceil(w) + 1)`` with ``left = floor(u - w/2)``; their
  weights ``h(u - j)`` are divided by their row sum; indices outside ``1..n_in`` are
  mirrored (``1..n, n..1`` repeated: symmetric padding -- imresize.m before the
  2018-era rewrite clamped them instead, see ``edge``); candidate columns whose weight
  is zero in every row are dropped (a zero weight still multiplies, so a NaN it meets
  spreads, as in MATLAB);
* each output is the weighted sum in candidate order, in double; integer classes are
  rounded half away from zero and saturated; the dimension with the smaller scale goes
  first (a stable sort: rows on ties) and the intermediate keeps the image's class;
* logical images go through uint8 (0/255) and come back as ``> 128``.

Kernels (width): 'box' ``-0.5 <= t < 0.5`` (1, 'nearest' is 'box' without
antialiasing), 'triangle' (2, 'bilinear'), Keys' 'cubic' with ``a = -0.5`` (4,
'bicubic'), 'lanczos2' (4) and 'lanczos3' (6) with MATLAB's ``+ eps`` guard.

``scipy.ndimage.zoom`` and ``skimage.transform.resize`` align corners or edges
differently and do not stretch the kernel when shrinking, so they give other numbers.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import accelerated_resize

__all__ = ["KERNELS", "contributions", "resize"]

_EPS = np.finfo(np.float64).eps


def _box(t):
    return ((-0.5 <= t) & (t < 0.5)).astype(np.float64)


def _triangle(t):
    return (t + 1) * ((-1 <= t) & (t < 0)) + (1 - t) * ((0 <= t) & (t <= 1))


def _cubic(t):
    a = np.abs(t)
    a2 = np.square(a)
    a3 = np.power(a, 3)          # absx.^3, a power as imresize.m writes it
    return ((1.5 * a3 - 2.5 * a2 + 1) * (a <= 1)
            + (-0.5 * a3 + 2.5 * a2 - 4 * a + 2) * ((1 < a) & (a <= 2)))


def _lanczos(lobes):
    def kernel(t):
        with np.errstate(invalid="ignore", divide="ignore"):
            f = ((np.sin(np.pi * t) * np.sin(np.pi * t / lobes) + _EPS)
                 / ((np.pi ** 2 * (t * t)) / lobes + _EPS))
        return f * (np.abs(t) < lobes)
    return kernel


#: name -> (kernel, width); 'nearest', 'bilinear', 'bicubic' are aliases.
KERNELS = {
    "box": (_box, 1.0),
    "triangle": (_triangle, 2.0),
    "cubic": (_cubic, 4.0),
    "lanczos2": (_lanczos(2), 4.0),
    "lanczos3": (_lanczos(3), 6.0),
}


def contributions(n_in: int, n_out: int, scale: float, kernel, width: float, *,
                  antialiasing: bool, edge: str = "symmetric"):
    """Weights (n_out x P) and 0-based input indices of one dimension."""
    if scale < 1 and antialiasing:
        def h(t):
            return scale * np.asarray(kernel(scale * t), dtype=np.float64)
        width = width / scale
    else:
        def h(t):
            return np.asarray(kernel(t), dtype=np.float64)
    x = np.arange(1, n_out + 1, dtype=np.float64)
    u = x / scale + 0.5 * (1 - 1 / scale)
    left = np.floor(u - width / 2)
    p = int(math.ceil(width)) + 2
    idx = left[:, None] + np.arange(p, dtype=np.float64)[None, :]
    weights = h(u[:, None] - idx)
    total = weights[:, 0].copy()
    for k in range(1, p):                  # MATLAB's row sums, in column order
        total += weights[:, k]
    weights = weights / total[:, None]
    idx = idx.astype(np.int64)
    if edge == "symmetric":
        period = 2 * n_in
        m = np.mod(idx - 1, period)
        idx = np.where(m < n_in, m, period - 1 - m)
    else:
        idx = np.clip(idx, 1, n_in) - 1
    keep = np.any(weights != 0, axis=0)
    return weights[:, keep], idx[:, keep]


def _to_class(values: np.ndarray, dtype: np.dtype) -> np.ndarray:
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        r = np.copysign(0.5, values)
        r += values
        np.trunc(r, out=r)
        np.clip(r, info.min, info.max, out=r)
        return np.nan_to_num(r, nan=0.0, copy=False).astype(dtype)
    return values.astype(dtype, copy=False)


def _resize_axis(a: np.ndarray, axis: int, weights, idx, dtype) -> np.ndarray:
    if weights.shape[1] == 1 and np.all(weights == 1):
        return np.take(a, idx[:, 0], axis=axis)
    compiled = accelerated_resize.resize_pass(a, axis, weights, idx, dtype)
    if compiled is not None:
        return compiled
    # the resized dimension first and contiguous, in double: every candidate is then
    # one gather of whole rows; the sum runs in candidate order, as MATLAB's does
    x = np.ascontiguousarray(np.moveaxis(a, axis, 0), dtype=np.float64)
    tail = (1,) * (x.ndim - 1)
    out = np.take(x, idx[:, 0], axis=0)
    out *= weights[:, 0].reshape((-1,) + tail)
    term = np.empty_like(out)
    for k in range(1, weights.shape[1]):
        np.take(x, idx[:, k], axis=0, out=term)
        term *= weights[:, k].reshape((-1,) + tail)
        out += term
    return np.moveaxis(_to_class(out, dtype), 0, axis)


def resize(a: np.ndarray, out_shape, scale, method: str = "cubic", *,
           kernel=None, width: float | None = None, antialiasing: bool = True,
           edge: str = "symmetric") -> np.ndarray:
    """Resize the first two dimensions of ``a`` to ``out_shape`` (rows, cols) with the
    per-dimension ``scale``; ``kernel``/``width`` override ``method``."""
    if kernel is None:
        kernel, width = KERNELS[method]
    logical = a.dtype == np.bool_
    work = np.where(a, np.uint8(255), np.uint8(0)) if logical else a
    dtype = work.dtype
    plans = [contributions(work.shape[d], int(out_shape[d]), float(scale[d]), kernel,
                           float(width), antialiasing=antialiasing, edge=edge)
             for d in (0, 1)]
    out = work
    for d in sorted((0, 1), key=lambda d: scale[d]):
        out = _resize_axis(out, d, *plans[d], dtype)
    if logical:
        return out > 128
    return np.ascontiguousarray(out)
