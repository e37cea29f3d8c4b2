"""Image geometry as MATLAB's Image Processing Toolbox defines it: the cropping
rectangle of ``imcrop``.

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

__all__ = ["crop_indices"]


def _round(v: float) -> int:
    return int(np.sign(v) * np.floor(abs(v) + 0.5))


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
