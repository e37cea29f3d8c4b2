"""IDL's raster operations on a window's pixels: DEVICE, COPY= (a rectangle copied bit
for bit) and DEVICE, SET_GRAPHICS_FUNCTION= (the logical function between the pixels
TV writes and the pixels already there).

The rules and their sources
---------------------------
* **COPY** (IDL Reference Guide, DEVICE, COPY keyword): ``[Xs, Ys, Nx, Ny, Xd, Yd
  [, W]]``: the ``Nx`` by ``Ny`` pixels whose lower-left corner is ``(Xs, Ys)`` are
  copied so that their corner lands on ``(Xd, Yd)`` of the current window; ``W`` names
  the window copied from (default the current one). compat composes the source
  surface's display list into its pixels (what TVRD reads) and puts the block on the
  current surface as an image, so TVRD afterwards shows the rectangle bit for bit;
  pixels of the rectangle outside the source are not copied, pixels landing off the
  destination are dropped. GDL 1.0.1 has no COPY keyword (``Keyword COPY not allowed
  for call to: DEVICE``), so no clone checks it.
* **SET_GRAPHICS_FUNCTION** (IDL: DEVICE keyword, "the logical function ... between
  the source and destination pixels"; the 16 codes are the X Window System's GX
  functions, Xlib's XSetFunction: 0 clear, 1 and, 2 andReverse, 3 copy (the default),
  4 andInverted, 5 noop, 6 xor, 7 or, 8 nor, 9 equiv, 10 invert, 11 orReverse,
  12 copyInverted, 13 orInverted, 14 nand, 15 set), on the 8 bits of an index. compat
  applies it to TV's and TVSCL's pixels; lines and text (drawn by the vector renderer)
  are always copied. GDL 1.0.1's Z buffer refuses the keyword.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["ROPS", "apply_function", "copy_block", "clip_box"]

#: the 16 logical functions, ``f(src, dst)`` on BYTE pixels (GXclear .. GXset)
ROPS = {
    0: lambda s, d: np.zeros_like(d),
    1: lambda s, d: s & d,
    2: lambda s, d: s & ~d,
    3: lambda s, d: s.copy(),
    4: lambda s, d: ~s & d,
    5: lambda s, d: d.copy(),
    6: lambda s, d: s ^ d,
    7: lambda s, d: s | d,
    8: lambda s, d: ~(s | d),
    9: lambda s, d: ~(s ^ d),
    10: lambda s, d: ~d,
    11: lambda s, d: s | ~d,
    12: lambda s, d: ~s,
    13: lambda s, d: ~s | d,
    14: lambda s, d: ~(s & d),
    15: lambda s, d: np.full_like(d, 255),
}


def check_function(code) -> int:
    """A SET_GRAPHICS_FUNCTION code, 0 .. 15."""
    c = int(np.asarray(code).reshape(-1)[0])
    if c not in ROPS:
        raise CompatValueError(f"Value of graphics function is out of allowed range: {c} "
                               "(0 to 15).")
    return c


def clip_box(shape, x0: int, y0: int, nx: int, ny: int):
    """The part of the ``nx`` x ``ny`` box whose first pixel is ``(x0, y0)`` that lies on
    a canvas of ``shape`` (rows, columns), as ``(xa, ya, xb, yb)`` (end exclusive), or
    None when none of it does."""
    h, w = shape
    xa, ya = max(x0, 0), max(y0, 0)
    xb, yb = min(x0 + nx, w), min(y0 + ny, h)
    return None if xa >= xb or ya >= yb else (xa, ya, xb, yb)


def apply_function(canvas: np.ndarray, image: np.ndarray, x0: int, y0: int,
                   code: int) -> None:
    """Write ``image`` (BYTE, row 0 at the bottom) at ``(x0, y0)`` of ``canvas`` through
    the logical function ``code``; what falls off the canvas is dropped."""
    ny, nx = image.shape
    box = clip_box(canvas.shape, x0, y0, nx, ny)
    if box is None:
        return
    xa, ya, xb, yb = box
    src = np.asarray(image[ya - y0:yb - y0, xa - x0:xb - x0], np.uint8)
    dst = canvas[ya:yb, xa:xb]
    canvas[ya:yb, xa:xb] = ROPS[int(code)](src, dst).astype(np.uint8)


def parse_copy(copy):
    """COPY's ``[Xs, Ys, Nx, Ny, Xd, Yd [, W]]`` as ints (W None when absent)."""
    c = np.asarray(copy).reshape(-1)
    if c.size not in (6, 7):
        raise CompatValueError("Keyword array parameter COPY must have 6 or 7 elements: "
                               "[Xs, Ys, Nx, Ny, Xd, Yd, Window].")
    if c.dtype.kind not in "biuf":
        raise CompatValueError("COPY must be numeric: [Xs, Ys, Nx, Ny, Xd, Yd, Window].")
    v = [int(np.trunc(float(t))) for t in c]
    if v[2] < 0 or v[3] < 0:
        raise CompatValueError("COPY's Nx and Ny must not be negative.")
    return v[:6], (v[6] if c.size == 7 else None)


def copy_block(pixels: np.ndarray, xs: int, ys: int, nx: int, ny: int):
    """The part of ``pixels`` (rows from the bottom) inside the rectangle, and the offset
    of its first pixel within the rectangle: ``(block, dx, dy)``."""
    box = clip_box(pixels.shape, xs, ys, nx, ny)
    if box is None:
        return None, 0, 0
    xa, ya, xb, yb = box
    return pixels[ya:yb, xa:xb].copy(), xa - xs, ya - ys
