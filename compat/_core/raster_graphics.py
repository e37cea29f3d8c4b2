"""IDL direct graphics, the raster side: images put on the surface (TV, TVSCL), filled
polygons (POLYFILL), CONTOUR's levels and filled bands, the TEK_COLOR palette, and the
composition of a surface's display list into the pixels TVRD reads.

Nothing here imports a plotting package: images and fills are painted with numpy, pixel
for pixel, so ``TVRD()`` after ``TV, b`` gives ``b`` back exactly; the vector items
(lines, text, axes; PSYM's symbols as short polylines) go through
:func:`compat._core.direct_graphics_render.rasterize`
(matplotlib), one run of consecutive vector items at a time, composited over the
pixels painted so far.

The rules and their sources
---------------------------
* **TV placement** (IDL Reference Guide, TV): ``TV, Image, X, Y`` puts the image's
  first pixel (its first row is the bottom row) at device ``(X, Y)``; with /NORMAL or
  /DATA the position is converted to device pixels (truncated). ``TV, Image, Position``
  tiles the surface with image-sized cells "from left to right, top to bottom":
  ``n = !D.X_VSIZE / nx`` cells per row, cell ``k`` at ``x = (k mod n) nx``,
  ``y = !D.Y_VSIZE - (k / n + 1) ny``, ``k`` taken modulo the number of whole cells
  (``n (!D.Y_VSIZE / ny)``, at least 1), as GDL 1.0.1 places them. /ORDER puts the first row at the top. Pixels off
  the surface are dropped. The values are IDL's BYTE conversion (truncation, then the
  low 8 bits: 300.7 gives 44, -1.5 gives 255), as GDL 1.0.1 shows.
* **TVSCL** scales with BYTSCL to ``0 .. !D.TABLE_SIZE - 1`` (TOP= lowers it) before TV.
* **POLYFILL** (IDL: "fills the interior of a region of the display enclosed by an
  arbitrary two or three-dimensional polygon"): device pixel ``(i, j)`` covers
  ``[i, i+1) x [j, j+1)``; it is filled when its centre ``(i + 0.5, j + 0.5)`` is inside
  the polygon by the even-odd rule (compat's rule: IDL documents no pixel coverage).
* **CONTOUR levels** without LEVELS (IDL documents NLEVELS only as "approximately six
  levels" by default; David Fanning's IDL Coyote tips page "Specifying the Number of
  Contour Levels" reports that IDL treats NLEVELS as a suggestion): compat follows
  GDL 1.0.1's rule, the tick interval ``t`` of the data range (the 1-2-5 step of
  :func:`compat._core.direct_graphics.nice_range`), ``cmin = floor(min/t) t``,
  ``cmax = ceil(max/t) t``, ``n = NLEVELS`` or ``floor((max - min)/t)``, and levels
  ``cmin + k (cmax - cmin)/(n + 1)``, ``k = 1 .. n`` (one more with /FILL).
* **TEK_COLOR** (IDL's library routine tek_color.pro, whose header documents the
  palette: "0 - black, 1 - white, 2 - red, 3 - green, 4 - blue, 5 - cyan, 6 - magenta,
  7 - yellow, 8 - orange, etc."): 32 colours given as percentages and scaled with
  BYTSCL; the rest of the table is the last table LOADCT loaded (the COLORS common
  block; a grey ramp when none was).
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.extras import optional_module
from compat._core.raster_ops import apply_function, clip_box

__all__ = ["TEK_PERCENT", "byte_values", "tv_origin", "paint_image", "fill_polygon",
           "pattern_fill", "axis_ticks",
           "compose", "tick_interval", "contour_levels", "band_index"]

#: TEK_COLOR's 32 colours in percent of full intensity (red, green, blue rows), the
#: values of IDL's tek_color.pro
TEK_PERCENT = (
    (0, 100, 100, 0, 0, 0, 100, 100, 100, 60, 0, 0, 55, 100, 33, 67,
     100, 75, 45, 17, 25, 50, 75, 100, 67, 40, 17, 17, 17, 45, 75, 90),
    (0, 100, 0, 100, 0, 100, 0, 100, 50, 83, 100, 50, 0, 0, 33, 67,
     100, 100, 100, 100, 83, 67, 55, 33, 90, 90, 90, 67, 50, 33, 17, 9),
    (0, 100, 0, 0, 100, 100, 83, 0, 0, 0, 60, 100, 83, 55, 33, 67,
     33, 45, 60, 75, 83, 83, 83, 90, 45, 55, 67, 90, 100, 100, 100, 100),
)


def byte_values(a) -> np.ndarray:
    """IDL's BYTE() of an array: integers keep their low 8 bits, floats are truncated
    toward zero first (NaN and +-Inf give 0)."""
    a = np.asarray(a)
    if a.dtype == np.uint8:
        return a
    if a.dtype.kind == "f":
        with np.errstate(invalid="ignore"):
            t = np.trunc(a.astype(np.float64))
            t = np.where(np.isfinite(t), t, 0.0)
            # beyond int64 the low 8 bits of a double are 0 (its mantissa has no units)
            t = np.where(np.abs(t) < 2.0 ** 62, t, 0.0)
        return (t.astype(np.int64) & 255).astype(np.uint8)
    if a.dtype.kind == "b":
        return a.astype(np.uint8)
    return (a.astype(np.int64) & 255).astype(np.uint8)


def tv_origin(shape, size, position=None):
    """The device pixel of the first image pixel for ``TV, Image, Position`` (``shape``
    = (ny, nx), ``size`` = (!D.X_VSIZE, !D.Y_VSIZE))."""
    ny, nx = int(shape[0]), int(shape[1])
    per_row = max(int(size[0]) // max(nx, 1), 1)
    per_col = max(int(size[1]) // max(ny, 1), 1)
    k = int(position) % (per_row * per_col)        # positions wrap around (GDL 1.0.1)
    return (k % per_row) * nx, int(size[1]) - (k // per_row + 1) * ny


def paint_image(canvas: np.ndarray, image: np.ndarray, x0: int, y0: int) -> None:
    """Paint ``image`` (BYTE, (ny, nx), row 0 at the bottom) onto ``canvas`` with its
    first pixel at column ``x0``, row ``y0``; what falls off the canvas is dropped."""
    ny, nx = image.shape
    box = clip_box(canvas.shape, x0, y0, nx, ny)
    if box is None:
        return
    xa, ya, xb, yb = box
    canvas[ya:yb, xa:xb] = image[ya - y0:yb - y0, xa - x0:xb - x0]


def fill_polygon(canvas: np.ndarray, x, y, color: int) -> None:
    """Fill the polygon with vertices ``(x, y)`` (device pixels, float) on ``canvas``:
    the pixels whose centres are inside by the even-odd rule."""
    h, w = canvas.shape
    xv = np.asarray(x, np.float64).reshape(-1)
    yv = np.asarray(y, np.float64).reshape(-1)
    good = np.isfinite(xv) & np.isfinite(yv)
    xv, yv = xv[good], yv[good]
    if xv.size < 3:
        return
    x1, y1 = np.roll(xv, -1), np.roll(yv, -1)
    lo = max(int(math.floor(yv.min() - 0.5)), 0)
    hi = min(int(math.ceil(yv.max() - 0.5)), h - 1)
    cols = np.arange(w) + 0.5
    value = np.uint8(int(color) & 255)
    for j in range(lo, hi + 1):
        yc = j + 0.5
        # edges that cross the line y = yc (half-open in y, so a vertex counts once)
        cross = (yv <= yc) != (y1 <= yc)
        if not cross.any():
            continue
        xa, ya, xb, yb = xv[cross], yv[cross], x1[cross], y1[cross]
        xs = np.sort(xa + (yc - ya) * (xb - xa) / (yb - ya))
        inside = np.searchsorted(xs, cols, side="right") % 2 == 1
        canvas[j, inside] = value


def pattern_fill(canvas: np.ndarray, x, y, pattern: np.ndarray) -> None:
    """Fill the polygon ``(x, y)`` on ``canvas`` with ``pattern`` tiled from device pixel
    (0, 0): the pixels the solid fill sets take ``pattern[j % ny, i % nx]``."""
    mask = np.zeros(canvas.shape, np.uint8)
    fill_polygon(mask, x, y, 1)
    rows, cols = np.nonzero(mask)
    ny, nx = pattern.shape
    canvas[rows, cols] = pattern[rows % ny, cols % nx]


def tick_interval(r: float) -> float:
    """The 1-2-5 tick interval of a range ``r`` (IDL's axis rounding rule, as
    :func:`compat._core.direct_graphics.nice_range` uses it)."""
    if not r > 0:
        return 1.0
    n = math.floor(math.log10(r / 2.82))
    y = r / (2.82 * 10.0 ** n)
    return (1 if y < 2 else 2 if y < 4.47 else 5) * 10.0 ** n


def contour_levels(zmin: float, zmax: float, nlevels=None, fill=False) -> np.ndarray:
    """CONTOUR's automatic levels (see the module notes): DOUBLE, increasing."""
    t = tick_interval(zmax - zmin)
    if nlevels is None:
        n = max(int(math.floor((zmax - zmin) / t)), 1)
    else:
        n = int(nlevels)
        n = 2 if n < 0 else 3 if n == 0 else n
    cmax = math.ceil(zmax / t) * t
    cmin = math.floor(zmin / t) * t
    step = (cmax - cmin) / (n + 1)
    count = n + 1 if fill else n
    return np.array([step * k + cmin for k in range(1, count + 1)], dtype=np.float64)


def band_index(z: np.ndarray, levels: np.ndarray) -> np.ndarray:
    """For each value, the index of the filled band: -1 below the first level, ``k``
    between level ``k`` and ``k + 1`` (the last band is open above); NaN gives -2."""
    z = np.asarray(z, np.float64)
    k = np.searchsorted(np.asarray(levels, np.float64), z, side="right") - 1
    return np.where(np.isnan(z), -2, k)


def _bilinear(z, xg, yg, px, py):
    """``z`` (ny, nx) on the grid ``xg`` (nx,), ``yg`` (ny,) (increasing) interpolated
    bilinearly at points ``px``, ``py``; NaN outside the grid."""
    ny, nx = z.shape
    out = np.full(px.shape, np.nan)
    ok = (px >= xg[0]) & (px <= xg[-1]) & (py >= yg[0]) & (py <= yg[-1])
    if nx < 2 or ny < 2 or not ok.any():
        return out
    qx, qy = px[ok], py[ok]
    i = np.clip(np.searchsorted(xg, qx, side="right") - 1, 0, nx - 2)
    j = np.clip(np.searchsorted(yg, qy, side="right") - 1, 0, ny - 2)
    tx = (qx - xg[i]) / (xg[i + 1] - xg[i])
    ty = (qy - yg[j]) / (yg[j + 1] - yg[j])
    out[ok] = ((1 - tx) * (1 - ty) * z[j, i] + tx * (1 - ty) * z[j, i + 1]
               + (1 - tx) * ty * z[j + 1, i] + tx * ty * z[j + 1, i + 1])
    return out


def paint_bands(canvas, item):
    """Paint a CONTOUR /FILL item: each pixel of the plot window takes the colour of
    the band of the surface interpolated (bilinearly) at its centre."""
    _, z, xg, yg, levels, colors, sx, sy, clip, _props = item
    h, w = canvas.shape
    x0, y0, x1, y1 = (int(v) for v in clip)
    x0, y0 = max(x0, 0), max(y0, 0)
    x1, y1 = min(x1, w - 1), min(y1, h - 1)
    if x1 < x0 or y1 < y0:
        return
    cx = np.arange(x0, x1 + 1) + 0.5
    cy = np.arange(y0, y1 + 1) + 0.5
    # device pixel -> data: normal = S0 + S1 data, device = normal * size
    dx = (cx / w - sx[0]) / sx[1]
    dy = (cy / h - sy[0]) / sy[1]
    px, py = np.meshgrid(dx, dy)
    xg = np.asarray(xg, np.float64)
    yg = np.asarray(yg, np.float64)
    zz = np.asarray(z, np.float64)
    if xg[0] > xg[-1]:
        xg, zz = xg[::-1], zz[:, ::-1]
    if yg[0] > yg[-1]:
        yg, zz = yg[::-1], zz[::-1]
    k = band_index(_bilinear(zz, xg, yg, px, py), levels)
    colors = np.asarray(colors, np.int64).reshape(-1)
    block = canvas[y0:y1 + 1, x0:x1 + 1]
    for b in range(len(levels)):
        block[k == b] = np.uint8(int(colors[b % colors.size]) & 255)


def compose(items, size, default_color=255) -> np.ndarray:
    """The display list ``items`` as the BYTE pixels ``(ny, nx)`` of a ``size = (nx,
    ny)`` surface (row 0 at the bottom): ERASE, TV images, POLYFILL and CONTOUR /FILL
    painted exactly; runs of vector items drawn by the matplotlib renderer and
    composited (a pixel is the renderer's where it drew, found by drawing the run on
    two different backgrounds)."""
    nx, ny = int(size[0]), int(size[1])
    canvas = np.zeros((ny, nx), dtype=np.uint8)
    run = []

    def flush():
        if not run:
            return
        from compat._core.direct_graphics_render import rasterize
        a = rasterize([("erase", 0)] + run, size, default_color)
        b = rasterize([("erase", 255)] + run, size, default_color)
        drawn = a == b
        canvas[drawn] = a[drawn]
        run.clear()

    for item in (part for it in items for part in _expand(it)):
        kind = item[0]
        if kind == "erase":
            run.clear()
            canvas[:] = np.uint8(int(item[1]) & 255)
        elif kind == "image":
            flush()
            code = item[-1].get("function", 3) if isinstance(item[-1], dict) else 3
            if code == 3:
                paint_image(canvas, item[3], int(item[1]), int(item[2]))
            else:                   # DEVICE, SET_GRAPHICS_FUNCTION= (raster_ops)
                apply_function(canvas, item[3], int(item[1]), int(item[2]), code)
        elif kind == "fill":
            flush()
            pattern = item[-1].get("pattern") if isinstance(item[-1], dict) else None
            if pattern is not None:     # POLYFILL, PATTERN=
                pattern_fill(canvas, item[1], item[2], pattern)
            else:
                fill_polygon(canvas, item[1], item[2], item[3])
        elif kind == "bands":
            flush()
            paint_bands(canvas, item)
        elif kind in ("lines", "text", "axes"):
            run.append(item)
        elif kind == "contour":
            run.extend(contour_lines(item, size))
        # other kinds (AXIS) are not drawn yet
    flush()
    return canvas


def check_true(true) -> int:
    t = int(true)
    if t not in (0, 1, 2, 3):
        raise CompatValueError("TRUE must be 0, 1, 2 or 3.")
    return t


def axis_ticks(crange, *, log=False, ticks=0, tickv=None) -> np.ndarray:
    """The major tick values of an axis with CRANGE ``crange`` (log10 ends on a log
    axis), in the axis' direction, DOUBLE: the TICKV values when TICKS and TICKV are
    given; ``TICKS`` equal intervals when TICKS > 0; otherwise the multiples of the
    range's 1-2-5 tick interval inside the range (whole decades on a log axis, as
    values 10^k). compat's rule (see :func:`compat.idl.plotting.plot`)."""
    lo, hi = float(crange[0]), float(crange[1])
    ticks = int(ticks or 0)
    if tickv is not None and ticks > 0:
        return np.asarray(tickv, np.float64).reshape(-1)[:ticks + 1].copy()
    if ticks > 0:
        v = lo + (hi - lo) * np.arange(ticks + 1) / ticks
        return 10.0 ** v if log else v
    a, b = min(lo, hi), max(lo, hi)
    if log:
        k = np.arange(math.ceil(a - 1e-12), math.floor(b + 1e-12) + 1, dtype=np.float64)
        v = 10.0 ** k
    else:
        t = tick_interval(b - a)
        # a rounded range whose ends are not multiples of the interval of its own width
        # (5.5 to 8.5, rounded by steps of 0.5): the next smaller 1-2-5 steps that
        # divide both ends
        step = t
        for _ in range(3):
            if _multiple(a, step) and _multiple(b, step):
                t = step
                break
            m = round(step / 10.0 ** math.floor(math.log10(step) + 1e-12))
            step = step / (2.5 if m == 5 else 2.0)
        k = np.arange(math.ceil(a / t - 1e-9), math.floor(b / t + 1e-9) + 1,
                      dtype=np.float64)
        v = k * t
    return v[::-1].copy() if lo > hi else v


def _multiple(v, t):
    q = v / t
    return abs(q - round(q)) < 1e-9 * max(1.0, abs(q))


def contour_lines(item, size) -> list:
    """A CONTOUR item as ``("lines", x, y, props)`` items in device pixels: each level's
    lines traced on the grid's cells by contourpy (matplotlib's contouring library,
    imported only here), in ``C_COLORS[k mod n]``."""
    contourpy = optional_module("contourpy", "CONTOUR's lines")
    _, z, xg, yg, levels, sx, sy, props = item
    colors = np.asarray(props.get("c_colors", [255]), np.int64).reshape(-1)
    gen = contourpy.contour_generator(np.asarray(xg, np.float64), np.asarray(yg, np.float64),
                                      np.ma.masked_invalid(np.asarray(z, np.float64)))
    out = []
    for k, level in enumerate(np.asarray(levels, np.float64)):
        for path in gen.lines(float(level)):
            path = np.asarray(path, np.float64)
            if path.shape[0] < 2:
                continue
            dx = (sx[0] + sx[1] * path[:, 0]) * size[0]
            dy = (sy[0] + sy[1] * path[:, 1]) * size[1]
            out.append(("lines", dx, dy, {"color": int(colors[k % colors.size]) & 255}))
    return out


# PSYM's standard symbols as polylines in symbol units (NaN breaks the pen)
_N = np.nan
SYMBOLS = {
    1: ([-1, 1, _N, 0, 0], [0, 0, _N, -1, 1]),                              # plus
    2: ([-1, 1, _N, 0, 0, _N, -0.7, 0.7, _N, -0.7, 0.7],
        [0, 0, _N, -1, 1, _N, -0.7, 0.7, _N, 0.7, -0.7]),                   # asterisk
    3: ([0, 0.01], [0, 0]),                                                 # dot
    4: ([0, 1, 0, -1, 0], [1, 0, -1, 0, 1]),                                # diamond
    5: ([-1, 0, 1, -1], [-0.8, 1, -0.8, -0.8]),                             # triangle
    6: ([-1, 1, 1, -1, -1], [-1, -1, 1, 1, -1]),                            # square
    7: ([-1, 1, _N, -1, 1], [-1, 1, _N, 1, -1]),                            # X
}


def _expand(item):
    """A ``lines`` item drawn with PSYM as its line (PSYM <= 0 or 10) and its symbols:
    PSYM 1-7 IDL's standard symbols, 8 USERSYM's (filled with /FILL); the symbol's unit
    is half a character (SYMSIZE 1: "approximately the same size as a character", IDL's
    SYMSIZE keyword)."""
    if item[0] != "lines":
        return [item]
    props = item[-1]
    psym = int(props.get("psym") or 0)
    if psym == 0 or abs(psym) in (9, 10) or abs(psym) > 10:
        return [item]
    x, y = np.asarray(item[1], np.float64), np.asarray(item[2], np.float64)
    out = [item] if psym < 0 else []
    r = 0.5 * float(props.get("ch_size", 12)) * float(props.get("symsize") or 1.0)
    color = props.get("color", 255)
    keep = np.isfinite(x) & np.isfinite(y)
    x, y = x[keep], y[keep]
    if abs(psym) == 8:
        sym = props.get("usersym")
        if sym is None:
            return out
        sx, sy = np.asarray(sym["x"], np.float64), np.asarray(sym["y"], np.float64)
        c = color if sym.get("color") is None else sym["color"]
        for px, py in zip(x, y):
            if sym.get("fill"):
                out.append(("fill", px + r * sx, py + r * sy, int(c), {}))
            else:
                out.append(("lines", px + r * sx, py + r * sy, {"color": int(c)}))
        return out
    sx, sy = (np.asarray(v, np.float64) for v in SYMBOLS[abs(psym)])
    if x.size:
        gx = (x[:, None] + r * np.append(sx, np.nan)[None, :]).reshape(-1)
        gy = (y[:, None] + r * np.append(sy, np.nan)[None, :]).reshape(-1)
        out.append(("lines", gx, gy, {"color": color}))
    return out
