"""Image geometry as MATLAB's Image Processing Toolbox defines it: the cropping
rectangle of ``imcrop``; the rotation grid of ``imrotate`` and the translation of
``imtranslate`` with the inverse-mapping sampler they share (below).

A rectangle ``[xmin ymin width height]`` in the image's spatial coordinates (by
default column and row numbers; ``xdata``/``ydata`` give the centres of the first and
last columns and rows) becomes pixel indices as imcrop.m computes them: with ``ppu``
the pixels per unit of each axis, ``r1 = (ymin - y0) ppu_y + 1``, rows
``round(r1) .. round(r1 + height ppu_y)`` (halves away from zero), the same for
columns, clipped to the image; a rectangle wholly outside gives an empty array. An
integer rectangle ``[x y w h]`` therefore keeps ``h + 1`` rows and ``w + 1`` columns
-- the naive ``I[y-1:y-1+h, x-1:x-1+w]`` keeps one fewer.
"""

from __future__ import annotations

import numpy as np

from compat._core.half_away import round_half_away

__all__ = ["crop_indices", "rotation_grid", "rotate_quarter_turns", "warp_planes", "to_class",
           "translation_axis", "translate"]


def _round(v: float) -> int:
    """MATLAB's round (halves away from zero) as a Python int."""
    return int(round_half_away(v))


def crop_indices(rows: int, cols: int, rect, xdata=None, ydata=None):
    """``(r1, r2, c1, c2)`` 0-based half-open, or None when the rectangle misses."""
    xd = (1.0, float(cols)) if xdata is None else (float(min(xdata)), float(max(xdata)))
    yd = (1.0, float(rows)) if ydata is None else (float(min(ydata)), float(max(ydata)))
    ppv = 1.0 if rows == 1 else (rows - 1) / (yd[1] - yd[0])
    pph = 1.0 if cols == 1 else (cols - 1) / (xd[1] - xd[0])
    height = rect[3] * ppv
    width = rect[2] * pph
    r1 = (rect[1] - yd[0]) * ppv + 1
    c1 = (rect[0] - xd[0]) * pph + 1
    row1, row2 = _round(r1), _round(r1 + height)
    col1, col2 = _round(c1), _round(c1 + width)
    if row1 > rows or row2 < 1 or col1 > cols or col2 < 1:
        return None
    return max(row1, 1) - 1, min(row2, rows), max(col1, 1) - 1, min(col2, cols)


# --------------------------------------------------------------------------------------
# Rotation (imrotate) and the shared inverse-mapping sampler.
#
# MATLAB's geometric transforms (imrotate since R2015b, imtranslate, imwarp) work in
# spatial coordinates: pixel (r, c) has its centre at x = c, y = r and covers
# [c - 0.5, c + 0.5] x [r - 0.5, r + 0.5], so an m-by-n image spans the world box
# [0.5, n + 0.5] x [0.5, m + 0.5] (imref2d's default, "Image Coordinate Systems" in the
# Image Processing Toolbox documentation). Each output pixel centre is mapped back
# through the inverse transform and the input is sampled there. With imwarp's
# 'SmoothEdges' (documented on its reference page: "the input image is padded with
# FillValues to create a smoother edge"), which imrotate uses, the input is treated as
# surrounded by its fill value, so the rotated border fades into the fill instead of
# ending on a sharp, aliased step.

def _sample_padded(plane: np.ndarray, sx: np.ndarray, sy: np.ndarray, method: str,
                   fill, pad: int) -> np.ndarray:
    """interp2-style sampling of ``plane`` (2-D float/complex) at 1-based ``(sx, sy)``,
    the plane extended by ``pad`` rings of ``fill`` (``pad = 0``: no extension); points
    outside the (extended) grid give ``fill``."""
    m, n = plane.shape
    ext = np.full((m + 2 * pad + 2, n + 2 * pad + 2), fill, dtype=plane.dtype)
    ext[pad + 1:pad + 1 + m, pad + 1:pad + 1 + n] = plane
    # grid of the (extended) image in 1-based coordinates: 1 - pad .. m + pad
    lo_x, hi_x = 1 - pad, n + pad
    lo_y, hi_y = 1 - pad, m + pad
    inside = (sx >= lo_x) & (sx <= hi_x) & (sy >= lo_y) & (sy <= hi_y)
    out = np.full(sx.shape, fill, dtype=plane.dtype)
    x = np.where(inside, sx, lo_x)
    y = np.where(inside, sy, lo_y)
    # index in ``ext`` of the grid point with 1-based coordinate v: v - lo + 1
    if method == "nearest":
        # a point exactly half-way goes to the odd-numbered (1-based) pixel: round half
        # to even in the zero-based frame of a 2-pixel pad (x + 1), see nearest_index
        jx = nearest_index(x) - lo_x + 1
        jy = nearest_index(y) - lo_y + 1
        vals = ext[jy, jx]
    elif method == "bilinear":
        x0 = np.minimum(np.floor(x), hi_x - 1) if hi_x > lo_x else np.floor(x)
        y0 = np.minimum(np.floor(y), hi_y - 1) if hi_y > lo_y else np.floor(y)
        fx = x - x0
        fy = y - y0
        ix = x0.astype(np.intp) - lo_x + 1
        iy = y0.astype(np.intp) - lo_y + 1
        top = ext[iy, ix] * (1 - fx) + ext[iy, ix + 1] * fx
        bottom = ext[iy + 1, ix] * (1 - fx) + ext[iy + 1, ix + 1] * fx
        vals = top * (1 - fy) + bottom * fy
    else:                                                    # Keys' cubic, a = -0.5
        ext = np.pad(ext, 1, mode="edge")                    # ghost ring: the fill again
        x0 = np.floor(x)
        y0 = np.floor(y)
        fx = x - x0
        fy = y - y0
        ix = x0.astype(np.intp) - lo_x + 2
        iy = y0.astype(np.intp) - lo_y + 2
        wx = [_keys(fx + 1), _keys(fx), _keys(1 - fx), _keys(2 - fx)]
        wy = [_keys(fy + 1), _keys(fy), _keys(1 - fy), _keys(2 - fy)]
        vals = 0
        for j in range(4):
            row = 0
            for i in range(4):
                row = row + wx[i] * ext[iy + j - 1, ix + i - 1]
            vals = vals + wy[j] * row
    out[inside] = np.asarray(vals)[inside]
    return out


def nearest_index(v: np.ndarray) -> np.ndarray:
    """The 1-based pixel nearest to the 1-based coordinate ``v``; a tie goes to the odd
    pixel (1.5 -> 1, 2.5 -> 3). MATLAB's printed ``imrotate([1 2 3; 2 0 1; 3 6 2], 60)``
    has four exact ties (cosd(60) * 1 from the centre) and resolves all four this way,
    which is round-half-to-even in the zero-based coordinates of its 2-pixel fill pad
    (imwarp's accelerated path): neither half-up nor half-even in 1-based terms."""
    return (np.rint(v + 1) - 1).astype(np.intp)


def _keys(t):
    """Keys' cubic convolution kernel with a = -0.5 (MATLAB's 'cubic'/'bicubic')."""
    a = np.abs(t)
    return np.where(a <= 1, (1.5 * a - 2.5) * a * a + 1,
                    np.where(a < 2, ((-0.5 * a + 2.5) * a - 4) * a + 2, 0.0))


def to_class(values: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """Interpolated values back in the input's class: integers rounded half away from
    zero and saturated (MATLAB's cast), logical true where nonzero."""
    dtype = np.dtype(dtype)
    if dtype == np.bool_:
        return values != 0
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        with np.errstate(invalid="ignore"):
            r = round_half_away(values)
        r = np.clip(np.nan_to_num(r, nan=0.0), info.min, info.max)
        return r.astype(dtype)
    return values.astype(dtype, copy=False)


def warp_planes(a: np.ndarray, sx: np.ndarray, sy: np.ndarray, method: str, fill,
                *, pad: int = 3, cast: bool = True) -> np.ndarray:
    """Sample every plane ``a[:, :, k...]`` at the 1-based source points ``(sx, sy)``
    (arrays of the output's 2-D shape), each plane against its own fill value
    (``fill``: scalar or one value per plane), and return the result in ``a``'s class.
    Integer and logical data are interpolated in double, single in single; ``cast=False``
    returns those working values."""
    dtype = a.dtype
    if dtype.kind == "c":
        work = np.complex64 if dtype == np.complex64 else np.complex128
    elif dtype == np.float32:
        work = np.float32
    else:
        work = np.float64
    planes = a.reshape(a.shape[:2] + (-1,))
    count = planes.shape[2]
    fills = np.asarray(fill).reshape(-1)
    if fills.size == 1:
        fills = np.repeat(fills, count)
    elif fills.size != count:
        raise ValueError("FillValues must be a scalar or have one value per plane")
    fills = fills.astype(work) if np.dtype(work).kind == "c" else fills.real.astype(work)
    sxw, syw = (sx.astype(work), sy.astype(work)) if work == np.float32 else (sx, sy)
    out = np.empty(sx.shape + (count,), dtype=work)
    for k in range(count):
        out[:, :, k] = _sample_padded(planes[:, :, k].astype(work), sxw, syw, method,
                                      fills[k], pad)
    out = out.reshape(sx.shape + a.shape[2:])
    if not cast:
        return out
    if dtype.kind in "cf":
        return out.astype(dtype, copy=False)
    return to_class(out, dtype)


def rotation_grid(rows: int, cols: int, cos_t: float, sin_t: float, loose: bool):
    """``(sx, sy)``: the 1-based input coordinates of every output pixel centre of a
    rotation by the angle with cosine/sine ``cos_t``/``sin_t`` (counterclockwise as
    displayed, y pointing down), imrotate's way: the world box ``[0.5, cols + 0.5] x
    [0.5, rows + 0.5]`` is mapped forward by ``x' = c x + s y, y' = -s x + c y``; 'loose'
    takes ``ceil`` of the mapped box's width and height as the output size and widens
    the box equally on both sides to whole pixels, 'crop' keeps the input's size centred
    on the rotated centre. Output pixel centres are mapped back by the inverse
    rotation."""
    xs = np.array([0.5, cols + 0.5, cols + 0.5, 0.5])
    ys = np.array([0.5, 0.5, rows + 0.5, rows + 0.5])
    xf = cos_t * xs + sin_t * ys
    yf = -sin_t * xs + cos_t * ys
    xlim = np.array([xf.min(), xf.max()])
    ylim = np.array([yf.min(), yf.max()])
    if loose:
        ncols = int(np.ceil(xlim[1] - xlim[0]))
        nrows = int(np.ceil(ylim[1] - ylim[0]))
        xnudge = (ncols - (xlim[1] - xlim[0])) / 2
        ynudge = (nrows - (ylim[1] - ylim[0])) / 2
        x0 = xlim[0] - xnudge
        y0 = ylim[0] - ynudge
    else:
        nrows, ncols = rows, cols
        x0 = 0.5 + (xlim.mean() - (cols + 1) / 2.0)
        y0 = 0.5 + (ylim.mean() - (rows + 1) / 2.0)
    # The output's centre is the rotated input centre (the box is widened equally on
    # both sides), so each output pixel centre is an offset (dx, dy) from it, exact
    # half-integers; mapping the offset back and adding the input centre keeps exact
    # geometric ties (a point half-way between two pixels) exact.
    del x0, y0
    dx, dy = np.meshgrid(np.arange(ncols) - (ncols - 1) / 2.0,
                         np.arange(nrows) - (nrows - 1) / 2.0)
    # inverse of [x' y'] = [x y] [[c, -s], [s, c]]: [x y] = [x' y'] [[c, s], [-s, c]]
    sx = (cols + 1) / 2.0 + (cos_t * dx - sin_t * dy)
    sy = (rows + 1) / 2.0 + (sin_t * dx + cos_t * dy)
    return sx, sy


def rotate_quarter_turns(a: np.ndarray, turns: int, crop: bool, fill=0) -> np.ndarray:
    """An exact rotation by ``turns`` quarter turns counterclockwise (0..3) of the first
    two dimensions, imrotate's right-angle path: no interpolation; with 'crop' and a
    non-square image turned by +-90 degrees, only the central ``min(m, n)`` square is
    turned in place (offset ``|floor(m/2) - floor(n/2)|`` along the longer side) and
    the rest of the output is the fill."""
    if turns == 0:
        return a.copy()
    if turns == 2:
        return a[::-1, ::-1].copy()
    m, n = a.shape[:2]
    if not crop or m == n:
        return np.ascontiguousarray(np.rot90(a, turns, axes=(0, 1)))
    k = min(m, n)
    d = abs(m // 2 - n // 2)
    r0, c0 = (d, 0) if m > n else (0, d)
    out = np.empty_like(a)
    out[...] = fill
    out[r0:r0 + k, c0:c0 + k] = np.rot90(a[r0:r0 + k, c0:c0 + k], turns, axes=(0, 1))
    return out


def translation_axis(size: int, shift: float, full: bool):
    """``(count, source)`` of one dimension of imtranslate's output: the number of output
    pixels and the 1-based input coordinate of each output pixel centre.

    'same' keeps the input's grid (``source = k - shift``). 'full' spans the union of the
    input's world extent ``[0.5, size + 0.5]`` and its translate; ``count = ceil`` of that
    extent, and the extra part of a pixel (a fractional shift) is added on the side the
    shift points to (imtranslate's reference page, 'OutputView')."""
    if not full:
        start = 0.5
        count = size
    else:
        lo = min(0.5, 0.5 + shift)
        hi = max(size + 0.5, size + 0.5 + shift)
        extent = hi - lo
        count = int(np.ceil(extent))
        added = count - extent
        start = lo if shift >= 0 else lo - added
    centres = start + (np.arange(count) + 0.5)
    return count, centres - shift


def translate(a: np.ndarray, shifts, method: str, fill, full: bool) -> np.ndarray:
    """imtranslate: ``a`` moved by ``shifts = (tx, ty)`` (columns, rows) or ``(tx, ty,
    tz)`` for a 3-D volume, sampled with ``method`` against the fill value (the input
    padded with it, as imwarp's 'SmoothEdges'); 2-D shifts move every plane alike."""
    tx, ty = float(shifts[0]), float(shifts[1])
    ncols, sx = translation_axis(a.shape[1], tx, full)
    nrows, sy = translation_axis(a.shape[0], ty, full)
    gx, gy = np.meshgrid(sx, sy)
    if len(shifts) == 2:
        return warp_planes(a, gx, gy, method, fill)
    tz = float(shifts[2])
    moved = warp_planes(a, gx, gy, method, fill, cast=False)   # (nrows, ncols, depth)
    nz, sz = translation_axis(a.shape[2], tz, full)
    # the third dimension as the rows of a 2-D sampling problem whose columns are the
    # (exact, integer) positions of every (row, column) pair
    flat = np.moveaxis(moved, 2, 0).reshape(a.shape[2], -1)
    cols = np.arange(1, flat.shape[1] + 1, dtype=np.float64)
    hx, hz = np.meshgrid(cols, sz)
    out = warp_planes(flat, hx, hz, method, fill, cast=False)
    out = np.moveaxis(out.reshape(nz, nrows, ncols), 0, 2)
    return out.astype(a.dtype) if a.dtype.kind in "cf" else to_class(out, a.dtype)
