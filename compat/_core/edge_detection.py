"""Edge maps of a grayscale image as MATLAB's ``edge`` (Image Processing Toolbox) finds
them: gradient operators (Sobel, Prewitt, Roberts) with MATLAB's directional thinning,
zero crossings of a filtered image (Laplacian of Gaussian or a given filter) and Canny's
method with hysteresis.

Python-shaped: ``a`` is a 2-D floating array (single or double, MATLAB's im2single
already applied by the caller), results are boolean arrays; thresholds are plain
numbers. The steps are MathWorks' edge.m (Copyright 2013-2024, read in a public copy for
its facts; none of its code is reproduced):

- Sobel/Prewitt: ``bx = imfilter(a, op', 'replicate')``, ``by = imfilter(a, op,
  'replicate')`` with ``op = fspecial('sobel')/8`` or ``fspecial('prewitt')/6``;
  Roberts: the 2x2 masks ``[1 0; 0 -1]/2`` and ``[0 1; -1 0]/2``; ``b = kx*bx.^2 +
  ky*by.^2``; the automatic cutoff ``scale * mean(b)`` (scale 4, Roberts 6), the
  threshold its square root.
- Thinning: a pixel above the cutoff is an edge when it is a local maximum of ``b``
  across the stronger gradient direction -- along the row (``b(r+o1, c-1) <= b(r,c) >
  b(r+o2, c+1)``) if ``|bx| >= kx*|by| - 100*eps``, or along the column if ``|by| >=
  ky*|bx| - 100*eps``; the offsets ``o`` are 0 for Sobel/Prewitt and ``[-1 1 1 -1]``
  (the diagonals) for Roberts; neighbours outside the image count as passed.
- LoG/zero crossings: the filter (``fspecial('log', 2*ceil(3*sigma)+1, sigma)`` by
  default) shifted to sum zero, ``imfilter(a, h, 'replicate')``, the automatic
  threshold ``0.75 * mean(abs(b))``; an interior pixel is an edge where ``b`` changes
  sign across it by more than the threshold (the negative side is the edge; a zero
  between opposite signs, by more than twice the threshold, is one itself).
- Canny: separable derivative-of-Gaussian gradients (the kernel of half-width
  ``ceil(4*sigma)``, normalised, and its ``gradient`` normalised over its first half),
  ``hypot`` magnitudes divided by their maximum, the high threshold from a 64-bin
  ``imhist`` (the first bin edge leaving more than 70% of the pixels below) and the low
  one 0.4 times it, non-maximum suppression by interpolation along the gradient in the
  four direction sectors, and ``imreconstruct`` of the strong pixels in the weak map
  (8-connected).
"""

from __future__ import annotations

import numpy as np

from compat._core import connected_components as cc
from compat._core.image_processing import correlate, log_kernel
from compat._core.image_statistics import histogram

__all__ = ["gradient_edges", "zero_crossing_edges", "canny_edges", "log_filter"]

_EPS100 = 100 * float(np.finfo(np.float64).eps)
_SOBEL = np.array([[1.0, 2.0, 1.0], [0.0, 0.0, 0.0], [-1.0, -2.0, -1.0]])
_PREWITT = np.array([[1.0, 1.0, 1.0], [0.0, 0.0, 0.0], [-1.0, -1.0, -1.0]])


def _filter(a, h, convolution=False):
    return correlate(a, h.astype(a.dtype), boundary="replicate", convolution=convolution)


def _shifted(b: np.ndarray, dr: int, dc: int, fill):
    """``b(r+dr, c+dc)`` at every (r, c), ``fill`` where that lies outside."""
    out = np.full(b.shape, fill, dtype=b.dtype)
    m, n = b.shape
    rs = slice(max(0, -dr), min(m, m - dr))
    cs = slice(max(0, -dc), min(n, n - dc))
    rd = slice(max(0, dr), min(m, m + dr))
    cd = slice(max(0, dc), min(n, n + dc))
    out[rs, cs] = b[rd, cd]
    return out


def _inside(shape, dr: int, dc: int) -> np.ndarray:
    m, n = shape
    r = np.arange(m)[:, None] + dr
    c = np.arange(n)[None, :] + dc
    return (r >= 0) & (r < m) & (c >= 0) & (c < n)


def gradient_edges(a: np.ndarray, method: str, *, kx: int = 1, ky: int = 1,
                   thresh: float | None = None, thinning: bool = True):
    """``(edges, threshold, bx, by)`` of the 'sobel', 'prewitt' or 'roberts' method."""
    if method == "roberts":
        bx = _filter(a, np.array([[1.0, 0.0], [0.0, -1.0]]) / 2)
        by = _filter(a, np.array([[0.0, 1.0], [-1.0, 0.0]]) / 2)
        scale, offset = 6, (-1, 1, 1, -1)
    else:
        op = (_SOBEL / 8) if method == "sobel" else (_PREWITT / 6)
        bx = _filter(a, op.T)
        by = _filter(a, op)
        scale, offset = 4, (0, 0, 0, 0)
    b = kx * bx * bx + ky * by * by
    if thresh is None:
        cutoff = scale * float(np.sum(b, dtype=np.float64)) / b.size
        thresh = float(np.sqrt(cutoff))
    else:
        cutoff = float(thresh) ** 2
    if not thinning:
        return b > cutoff, thresh, bx, by
    ax, ay = np.abs(bx), np.abs(by)

    def passed(dr, dc, strict):
        """The neighbour test, True outside the image."""
        other = _shifted(b, dr, dc, 0)
        inside = _inside(b.shape, dr, dc)
        test = (b > other) if strict else (other <= b)
        return test | ~inside

    o1, o2, o3, o4 = offset
    along_rows = passed(o1, -1, False) & passed(o2, 1, True)
    along_cols = passed(-1, o3, False) & passed(1, o4, True)
    edges = (b > cutoff) & (((ax >= kx * ay - _EPS100) & along_rows)
                            | ((ay >= ky * ax - _EPS100) & along_cols))
    return edges, thresh, bx, by


def log_filter(sigma: float) -> np.ndarray:
    """edge's default filter: fspecial('log', 2*ceil(3*sigma)+1, sigma)."""
    size = int(np.ceil(sigma * 3)) * 2 + 1
    return log_kernel((size, size), float(sigma))


def zero_crossing_edges(a: np.ndarray, h: np.ndarray, *, thresh: float | None = None):
    """``(edges, threshold)``: zero crossings of ``imfilter(a, h - mean(h))``."""
    h = np.asarray(h, dtype=np.float64)
    h = h - float(np.sum(h)) / h.size
    b = _filter(a, h)
    if thresh is None:
        thresh = 0.75 * float(np.sum(np.abs(b), dtype=np.float64)) / b.size
    edges = np.zeros(b.shape, dtype=bool)
    m, n = b.shape
    if m < 3 or n < 3:
        return edges, thresh
    c = b[1:-1, 1:-1]
    up, down = b[:-2, 1:-1], b[2:, 1:-1]
    left, right = b[1:-1, :-2], b[1:-1, 2:]
    t = thresh
    nonzero = ((c < 0) & (right > 0) & (np.abs(c - right) > t)) \
        | ((left > 0) & (c < 0) & (np.abs(left - c) > t)) \
        | ((c < 0) & (down > 0) & (np.abs(c - down) > t)) \
        | ((up > 0) & (c < 0) & (np.abs(up - c) > t))
    zero = ((up < 0) & (down > 0) & (np.abs(up - down) > 2 * t)) \
        | ((up > 0) & (down < 0) & (np.abs(up - down) > 2 * t)) \
        | ((left < 0) & (right > 0) & (np.abs(left - right) > 2 * t)) \
        | ((left > 0) & (right < 0) & (np.abs(left - right) > 2 * t))
    edges[1:-1, 1:-1] = np.where(c != 0, nonzero, zero)
    return edges, thresh


def _canny_kernels(sigma: float, dtype):
    extent = int(np.ceil(4 * sigma))
    x = np.arange(extent + 1, dtype=np.float64)
    half = (1 / (np.sqrt(2 * np.pi) * sigma)) * np.exp(-(x ** 2) / (2 * sigma ** 2))
    half = half / (2 * np.sum(half[1:]) + half[0])
    gauss = np.concatenate([half[::-1], half[1:]])
    deriv = np.gradient(gauss)
    deriv = deriv / np.sum(deriv[:extent + 1])
    return gauss.astype(dtype), deriv.astype(dtype)


def _local_maxima(ix, iy, mag, low) -> np.ndarray:
    """Canny's non-maximum suppression at the interior pixels above ``low``."""
    e = np.zeros(mag.shape, dtype=bool)
    m, n = mag.shape
    if m < 3 or n < 3:
        return e
    gx, gy, g = ix[1:-1, 1:-1], iy[1:-1, 1:-1], mag[1:-1, 1:-1]
    nb = {(dr, dc): mag[1 + dr:m - 1 + dr, 1 + dc:n - 1 + dc]
          for dr in (-1, 0, 1) for dc in (-1, 0, 1)}
    with np.errstate(divide="ignore", invalid="ignore"):
        sector1 = ((gy <= 0) & (gx > -gy)) | ((gy >= 0) & (gx < -gy))
        sector2 = ~sector1 & (((gx > 0) & (-gy >= gx)) | ((gx < 0) & (-gy <= gx)))
        sector3 = ~sector1 & ~sector2 & (((gx <= 0) & (gx > gy)) | ((gx >= 0) & (gx < gy)))
        sector4 = ~sector1 & ~sector2 & ~sector3 & (((gy < 0) & (gx <= gy))
                                                    | ((gy > 0) & (gx >= gy)))
        dyx = np.abs(gy / gx)
        dxy = np.abs(gx / gy)

        def peak(d, first, first_diag, second, second_diag):
            one = nb[first] * (1 - d) + nb[first_diag] * d
            two = nb[second] * (1 - d) + nb[second_diag] * d
            return (g >= one) & (g >= two)

        keep = (sector1 & peak(dyx, (0, 1), (-1, 1), (0, -1), (1, -1))) \
            | (sector2 & peak(dxy, (-1, 0), (-1, 1), (1, 0), (1, -1))) \
            | (sector3 & peak(dxy, (-1, 0), (-1, -1), (1, 0), (1, 1))) \
            | (sector4 & peak(dyx, (0, -1), (-1, -1), (0, 1), (1, 1)))
    e[1:-1, 1:-1] = (g > low) & keep
    return e


def canny_edges(a: np.ndarray, *, thresh=None, sigma: float = np.sqrt(2)):
    """``(edges, [low, high])`` of Canny's method; ``thresh`` None (automatic), a high
    threshold (low = 0.4 high) or ``(low, high)``."""
    gauss, deriv = _canny_kernels(float(sigma), a.dtype)
    dx = _filter(_filter(a, gauss[:, None], convolution=True), deriv[None, :],
                 convolution=True)
    dy = _filter(_filter(a, gauss[None, :], convolution=True), deriv[:, None],
                 convolution=True)
    mag = np.hypot(dx, dy)
    top = mag.max() if mag.size else 0
    if top > 0:
        mag = mag / top
    m, n = mag.shape
    if thresh is None:
        counts, _ = histogram(mag, 64)
        total = np.cumsum(counts)
        above = np.nonzero(total > 0.7 * m * n)[0]
        high = (above[0] + 1) / 64 if above.size else 1.0
        low = 0.4 * high
    elif np.ndim(thresh) == 0:
        high = float(thresh)
        low = 0.4 * high
    else:
        low, high = (float(v) for v in thresh)
    edges = np.zeros(mag.shape, dtype=bool)
    if m > 1 and n > 1:
        weak = _local_maxima(dx, dy, mag, low)
        edges = cc.reconstruct(mag > high, weak, cc.structure(8, 2))
    return edges.astype(bool), (low, high)
