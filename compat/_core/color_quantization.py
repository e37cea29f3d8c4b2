"""Colour quantization of RGB pixels: median cut, a fixed colour cube, nearest-colour
mapping and Floyd-Steinberg error diffusion (the core of IDL's COLOR_QUAN).

Pixels are an ``(npixels, 3)`` uint8 array of red, green, blue in raster order; the
palette is a ``(ncolors, 3)`` uint8 array. Sources: P. Heckbert, "Color Image
Quantization for Frame Buffer Display", Computer Graphics 16(3), 297-307 (1982) (median
cut); R. W. Floyd and L. Steinberg, "An Adaptive Algorithm for Spatial Greyscale",
Proc. SID 17(2), 75-77 (1976) (the 7/16, 3/16, 5/16, 1/16 error weights).
"""

from __future__ import annotations

import numpy as np

__all__ = ["median_cut", "cube_palette", "nearest", "quantize", "cube_quantize",
           "squared_error"]


def median_cut(pixels: np.ndarray, ncolors: int) -> np.ndarray:
    """The palette of at most ``ncolors`` colours that median cut gives ``pixels``.

    Every distinct colour is weighted by its pixel count. Starting from one box around
    all colours, the box holding the most pixels among those with more than one
    distinct colour is split across its longest side (red, green, blue break ties) at
    the weighted median: the colours up to the first value where the running count
    reaches half the box's pixels go to one box, the rest to the other (so both are
    never empty). Splitting stops at ``ncolors`` boxes or when no box can be split.
    Each box's colour is the pixel-weighted mean, rounded half up. Boxes are listed in
    the order they are made (a split box keeps its place, its upper half goes last).

    Examples
    --------
    >>> px = np.array([[0, 0, 0], [0, 0, 0], [250, 10, 0], [240, 10, 0]], np.uint8)
    >>> median_cut(px, 2)
    array([[  0,   0,   0],
           [245,  10,   0]], dtype=uint8)
    """
    colours, counts = np.unique(np.asarray(pixels, np.uint8).reshape(-1, 3), axis=0,
                                return_counts=True)
    colours = colours.astype(np.int64)
    boxes = [np.arange(len(colours))]
    while len(boxes) < ncolors:
        candidates = [(int(counts[b].sum()), -k) for k, b in enumerate(boxes)
                      if len(b) > 1]
        if not candidates:
            break
        k = -max(candidates)[1]
        box = boxes[k]
        c = colours[box]
        extent = c.max(axis=0) - c.min(axis=0)
        axis = int(np.argmax(extent))
        order = np.argsort(c[:, axis], kind="stable")
        values = c[order, axis]
        cumulative = np.cumsum(counts[box][order])
        half = cumulative[-1] / 2.0
        cut_value = values[int(np.searchsorted(cumulative, half))]
        if cut_value == values[-1]:             # keep the upper box non-empty
            cut_value = values[values < values[-1]].max()
        low = c[:, axis] <= cut_value
        boxes[k] = box[low]
        boxes.append(box[~low])
    palette = np.empty((len(boxes), 3), np.uint8)
    for k, b in enumerate(boxes):
        w = counts[b].astype(np.float64)
        mean = (colours[b] * w[:, None]).sum(axis=0) / w.sum()
        palette[k] = np.floor(mean + 0.5).astype(np.uint8)
    return palette


def cube_palette(cube: int) -> np.ndarray:
    """The ``cube**3`` colours of a colour cube: each channel takes the levels
    ``round(255 * k / (cube - 1))``, red varying fastest, then green, then blue.

    Examples
    --------
    >>> cube_palette(2)[:, 0]
    array([  0, 255,   0, 255,   0, 255,   0, 255], dtype=uint8)
    """
    levels = np.floor(255.0 * np.arange(cube) / (cube - 1) + 0.5).astype(np.uint8)
    b, g, r = np.meshgrid(levels, levels, levels, indexing="ij")
    return np.stack([r.ravel(), g.ravel(), b.ravel()], axis=1)


def nearest(colours: np.ndarray, palette: np.ndarray) -> np.ndarray:
    """Index of the palette colour nearest each colour (squared Euclidean distance in
    RGB; the lowest index wins a tie), as uint8."""
    colours = np.asarray(colours, np.int64).reshape(-1, 3)
    pal = palette.astype(np.int64)
    out = np.empty(len(colours), np.uint8)
    step = max(1, 1 << 20 // max(1, len(pal)))
    for start in range(0, len(colours), step):
        d = ((colours[start:start + step, None, :] - pal[None, :, :]) ** 2).sum(axis=2)
        out[start:start + step] = np.argmin(d, axis=1)
    return out


def _dither(image: np.ndarray, choose) -> np.ndarray:
    """Floyd-Steinberg error diffusion over an ``(ny, nx, 3)`` image in raster order
    (left to right, rows in order): each pixel plus its diffused error, clipped to
    0..255, is given the colour ``choose`` returns (an index and its RGB); the
    difference goes 7/16 right, 3/16 below left, 5/16 below, 1/16 below right.

    The loop is unavoidable: each pixel's colour depends on the errors of the pixels
    before it.
    """
    ny, nx, _ = image.shape
    work = image.astype(np.float64)
    out = np.empty((ny, nx), np.uint8)
    for y in range(ny):
        row = work[y]
        below = work[y + 1] if y + 1 < ny else None
        for x in range(nx):
            value = np.clip(row[x], 0.0, 255.0)
            index, colour = choose(value)
            out[y, x] = index
            err = value - colour
            if x + 1 < nx:
                row[x + 1] += err * (7.0 / 16.0)
            if below is not None:
                if x > 0:
                    below[x - 1] += err * (3.0 / 16.0)
                below[x] += err * (5.0 / 16.0)
                if x + 1 < nx:
                    below[x + 1] += err * (1.0 / 16.0)
    return out


def quantize(image: np.ndarray, ncolors: int, *, dither: bool = False):
    """Median-cut quantization of an ``(ny, nx, 3)`` uint8 image: ``(indices, palette)``
    with ``indices`` uint8 ``(ny, nx)``. Without ``dither`` each pixel takes the
    nearest palette colour; with it the colours are diffused (:func:`_dither`).

    Examples
    --------
    >>> img = np.array([[[0, 0, 0], [255, 255, 255]]], np.uint8)
    >>> idx, pal = quantize(img, 4)
    >>> idx, pal.tolist()
    (array([[0, 1]], dtype=uint8), [[0, 0, 0], [255, 255, 255]])
    """
    pixels = image.reshape(-1, 3)
    palette = median_cut(pixels, ncolors)
    if not dither:
        colours, inverse = np.unique(pixels, axis=0, return_inverse=True)
        return nearest(colours, palette)[inverse.ravel()].reshape(image.shape[:2]), palette
    pal = palette.astype(np.float64)

    def choose(value):
        k = int(np.argmin(((pal - value) ** 2).sum(axis=1)))
        return k, pal[k]

    return _dither(image, choose), palette


def cube_quantize(image: np.ndarray, cube: int):
    """An ``(ny, nx, 3)`` uint8 image on the colour cube of :func:`cube_palette`, with
    Floyd-Steinberg error diffusion: ``(indices, palette)``. Each channel goes to its
    nearest level (``round(v * (cube - 1) / 255)``, halves up).

    Examples
    --------
    >>> idx, pal = cube_quantize(np.array([[[255, 0, 255]]], np.uint8), 2)
    >>> int(idx[0, 0]), pal[idx[0, 0]].tolist()
    (5, [255, 0, 255])
    """
    palette = cube_palette(cube)
    pal = palette.astype(np.float64)
    weights = np.array([1, cube, cube * cube])

    def choose(value):
        k = np.floor(value * (cube - 1) / 255.0 + 0.5).astype(np.int64)
        index = int((k * weights).sum())
        return index, pal[index]

    return _dither(image, choose), palette


def squared_error(image: np.ndarray, indices: np.ndarray, palette: np.ndarray) -> float:
    """Mean over the pixels of the squared RGB distance between each pixel and its
    palette colour."""
    diff = image.reshape(-1, 3).astype(np.float64) - palette[indices.ravel()]
    return float((diff ** 2).sum(axis=1).mean()) if diff.size else 0.0
