"""Flat morphology as MATLAB's Image Processing Toolbox defines it (``imdilate``,
``imerode`` and the openings built on them) and its structuring-element shapes.

* The structuring element's origin is its centre, ``floor((size + 1) / 2)`` (1-based).
* Dilation: ``out(p) = max over b in SE of A(p - b)`` -- the SE reflected, as MATLAB's
  page defines it -- with the outside at the class minimum (-Inf for floating images,
  false for logical); erosion: ``out(p) = min over b of A(p + b)`` with the outside at
  the class maximum (+Inf, true), so the border is not eroded.
* Shapes: 'square' and 'rectangle' (ones), 'diamond' (``|x| + |y| <= r``), 'octagon'
  (``|x| + |y| <= r + r/3``), 'disk' with ``N = 0`` (``x^2 + y^2 <= r^2``), 'line'
  (MATLAB's rounding: ends at ``+-round((len-1)/2 [cos, -sin](deg))`` joined by the
  integer line that steps along the longer axis, rounding halves away from zero),
  'periodicline' (``0, +-v, ..., +-p v``), 'pair'.
* MATLAB's default disk (``N = 4``, also 6 and 8; radii below 3 use ``N = 0``) is the
  radial decomposition of Adams (1993) by periodic lines (Jones and Soille, 1996), as
  MATLAB's strel.m states it: with ``theta = pi/(2N)`` and ``k = 2r / (cot(theta) +
  1/sin(theta))``, one periodic line per basis vector ``v`` (N = 4: (1,0), (1,1), (0,1),
  (-1,1)) repeated ``floor(k / |v|)`` times; their dilation falls short of ``r`` rows by
  ``d``, and when ``2(d - 1) + 1 >= 3`` a horizontal and a vertical line of that length
  are added. The neighbourhood is the dilation of all of them.

``scipy.ndimage.grey_dilation`` does not reflect the footprint and centres even sizes
the other way; ``binary_erosion`` treats the outside as background (0) by default.
"""

from __future__ import annotations

import numpy as np

from compat._core.half_away import round_half_away

__all__ = ["dilate", "erode", "line_neighborhood", "shape_neighborhood",
           "periodic_line_neighborhood", "pair_neighborhood", "disk_neighborhood"]

# The periodic-line basis vectors (row, column) of MATLAB's disk decompositions.
_DISK_BASIS = {
    4: ((1, 0), (1, 1), (0, 1), (-1, 1)),
    6: ((1, 0), (1, 2), (2, 1), (0, 1), (-1, 2), (-2, 1)),
    8: ((1, 0), (2, 1), (1, 1), (1, 2), (0, 1), (-1, 2), (-1, 1), (-2, 1)),
}


def _integer_line(x1, x2, y1, y2):
    """The integer points from (x1, y1) to (x2, y2), stepping along the longer axis."""
    dx, dy = abs(x2 - x1), abs(y2 - y1)
    if dx == 0 and dy == 0:
        return np.array([x1]), np.array([y1])
    flip = False
    if dx >= dy:
        if x1 > x2:
            x1, x2, y1, y2, flip = x2, x1, y2, y1, True
        m = (y2 - y1) / (x2 - x1)
        x = np.arange(x1, x2 + 1, dtype=np.float64)
        y = round_half_away(y1 + m * (x - x1))
    else:
        if y1 > y2:
            x1, x2, y1, y2, flip = x2, x1, y2, y1, True
        m = (x2 - x1) / (y2 - y1)
        y = np.arange(y1, y2 + 1, dtype=np.float64)
        x = round_half_away(x1 + m * (y - y1))
    if flip:
        x, y = x[::-1], y[::-1]
    return x.astype(np.int64), y.astype(np.int64)


def line_neighborhood(length: float, degrees: float) -> np.ndarray:
    """MATLAB's strel('line', len, deg) neighbourhood."""
    theta = np.deg2rad(degrees)
    x = int(round_half_away((length - 1) / 2 * np.cos(theta)))
    y = int(-round_half_away((length - 1) / 2 * np.sin(theta)))
    c, r = _integer_line(-x, x, -y, y)
    rows, cols = 2 * np.max(np.abs(r)) + 1, 2 * np.max(np.abs(c)) + 1
    nhood = np.zeros((rows, cols), dtype=bool)
    nhood[r + np.max(np.abs(r)), c + np.max(np.abs(c))] = True
    return nhood


def _offsets_to_nhood(r: np.ndarray, c: np.ndarray) -> np.ndarray:
    rr, cc = int(np.max(np.abs(r))), int(np.max(np.abs(c)))
    nhood = np.zeros((2 * rr + 1, 2 * cc + 1), dtype=bool)
    nhood[r + rr, c + cc] = True
    return nhood


def periodic_line_neighborhood(p: int, v) -> np.ndarray:
    """MATLAB's strel('periodicline', p, v): members at ``k v`` for ``k = -p..p``."""
    k = np.arange(-p, p + 1)
    return _offsets_to_nhood(k * int(v[0]), k * int(v[1]))


def pair_neighborhood(offset) -> np.ndarray:
    """MATLAB's strel('pair', offset): the origin and ``offset`` in a centred array."""
    r, c = int(offset[0]), int(offset[1])
    nhood = np.zeros((2 * abs(r) + 1, 2 * abs(c) + 1), dtype=bool)
    nhood[abs(r), abs(c)] = True
    nhood[abs(r) + r, abs(c) + c] = True
    return nhood


def _minkowski_sum(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Full dilation of one odd-sized centred mask by another (sizes add minus one)."""
    out = np.zeros((a.shape[0] + b.shape[0] - 1, a.shape[1] + b.shape[1] - 1), dtype=bool)
    for i, j in np.argwhere(b):
        out[i:i + a.shape[0], j:j + a.shape[1]] |= a
    return out


def disk_neighborhood(r: int, n: int) -> np.ndarray:
    """MATLAB's strel('disk', r, n): the exact disk for ``n = 0`` or ``r < 3``, else
    the periodic-line decomposition (module docstring)."""
    if n == 0 or r < 3:
        return shape_neighborhood("disk", r)
    theta = np.pi / (2 * n)
    k = 2 * r / (1 / np.tan(theta) + 1 / np.sin(theta))
    nhood = np.ones((1, 1), dtype=bool)
    for v in _DISK_BASIS[n]:
        repeats = int(np.floor(k / np.hypot(*v)))
        nhood = _minkowski_sum(nhood, periodic_line_neighborhood(repeats, v))
    rows = np.nonzero(nhood.any(axis=1))[0]
    reach = int(rows.max()) - (nhood.shape[0] + 1) // 2 + 1
    length = 2 * (r - reach - 1) + 1
    if length >= 3:
        nhood = _minkowski_sum(nhood, line_neighborhood(length, 0))
        nhood = _minkowski_sum(nhood, line_neighborhood(length, 90))
    return nhood


def shape_neighborhood(shape: str, *params) -> np.ndarray:
    """The neighbourhood of 'square', 'rectangle', 'diamond', 'octagon' or 'disk'
    (N = 0)."""
    if shape == "square":
        return np.ones((params[0], params[0]), dtype=bool)
    if shape == "rectangle":
        return np.ones((params[0], params[1]), dtype=bool)
    r = params[0]
    y, x = np.mgrid[-r:r + 1, -r:r + 1]
    if shape == "diamond":
        return np.abs(x) + np.abs(y) <= r
    if shape == "octagon":
        return np.abs(x) + np.abs(y) <= r + r // 3
    return x * x + y * y <= r * r


def _offsets(nhood: np.ndarray):
    centre = (np.array(nhood.shape) + 1) // 2 - 1
    return [tuple(int(v) for v in idx - centre) for idx in np.argwhere(nhood)]


def _extreme(a: np.ndarray, nhood: np.ndarray, maximum: bool) -> np.ndarray:
    nd = max(a.ndim, nhood.ndim)
    a = a.reshape(a.shape + (1,) * (nd - a.ndim))
    nhood = nhood.reshape(nhood.shape + (1,) * (nd - nhood.ndim))
    offsets = _offsets(nhood)
    if a.dtype == np.bool_:
        fill = not maximum
    elif a.dtype.kind in "iu":
        info = np.iinfo(a.dtype)
        fill = info.min if maximum else info.max
    else:
        fill = -np.inf if maximum else np.inf
    if not offsets:
        return np.full(a.shape, fill, dtype=a.dtype)
    reach = np.max(np.abs(np.array(offsets)), axis=0)
    padded = np.pad(a, [(int(k), int(k)) for k in reach], constant_values=fill)
    out = None
    for off in offsets:
        # dilation reads A(p - b), erosion A(p + b)
        shift = [-o if maximum else o for o in off]
        view = padded[tuple(slice(int(k) + s, int(k) + s + n)
                            for k, s, n in zip(reach, shift, a.shape))]
        if out is None:
            out = view.copy()
        elif maximum:
            np.maximum(out, view, out=out)
        else:
            np.minimum(out, view, out=out)
    return out


def dilate(a: np.ndarray, nhood: np.ndarray) -> np.ndarray:
    """Flat dilation of ``a`` by the boolean ``nhood`` (same dtype and shape)."""
    return _extreme(a, nhood, True).reshape(a.shape)


def erode(a: np.ndarray, nhood: np.ndarray) -> np.ndarray:
    """Flat erosion of ``a`` by the boolean ``nhood`` (same dtype and shape)."""
    return _extreme(a, nhood, False).reshape(a.shape)
