"""Frames, image display and figure files for MATLAB's object graphics.

The Python-shaped core of :mod:`compat.matlab.figure_tools`:

- :func:`capture` renders a figure of :mod:`compat._core.graphics_objects` with
  matplotlib's Agg canvas (the optional extra ``compat[plot]``) at one pixel per figure
  pixel (``Position`` width x height at 100 dpi) and returns the RGB pixels as an
  ``uint8`` array, the whole figure or one axes' inner rectangle, optionally a
  ``[left bottom width height]`` rectangle in pixels from the lower left corner of
  the figure or axes (MATLAB's ``getframe`` reference page);
- :func:`display_range` is the rule of the Image Processing Toolbox's ``imshow`` for
  the colour limits of a grayscale image: the class's range (``[0 1]`` for double and
  single, ``[0 255]`` for uint8, ``[intmin intmax]`` for the other integers, ``[0 1]``
  for logical), ``[]`` for ``[min(I(:)) max(I(:))]``, or a given ``[low high]``;
- :func:`save_figure`/:func:`load_figure` keep a figure tree in a file of compat's
  own design (a pickled copy of the objects behind a text header, NOT MATLAB's .fig
  MAT-file): ``savefig`` writes it and ``openfig`` reads it back in a later session of
  the same compat version.
"""

from __future__ import annotations

import io
import pickle

import numpy as np

from compat._core import graphics_objects as go
from compat._core.errors import CompatValueError

__all__ = ["capture", "axes_pixel_rect", "display_range", "save_figure", "load_figure",
           "FIGURE_FILE_MAGIC"]

#: the first line of a figure file written by :func:`save_figure`
FIGURE_FILE_MAGIC = b"compat figure file 1 (not a MATLAB .fig)\n"


# --------------------------------------------------------------------------------------
# frames
# --------------------------------------------------------------------------------------
def figure_size(fig: go.Figure) -> tuple[int, int]:
    """``(width, height)`` of the figure in pixels (its Position's, rounded)."""
    w, h = (float(v) for v in fig._props["Position"].ravel()[2:])
    return max(int(round(w)), 1), max(int(round(h)), 1)


def axes_pixel_rect(ax: go.Axes) -> tuple[int, int, int, int]:
    """The axes' inner rectangle in whole figure pixels ``(left, bottom, width,
    height)``, 0-based from the lower left corner: its normalized Position times the
    figure size, rounded."""
    width, height = figure_size(ax._parent)
    x, y, w, h = (float(v) for v in ax._props["Position"].ravel())
    left, bottom = int(round(x * width)), int(round(y * height))
    return left, bottom, max(int(round(w * width)), 1), max(int(round(h * height)), 1)


def render_rgb(fig: go.Figure) -> np.ndarray:
    """The figure drawn at its pixel size: an ``height x width x 3`` uint8 array, row 0
    at the top (as MATLAB's ``cdata``)."""
    from compat._core.graphics_render import build_figure
    width, height = figure_size(fig)
    mfig, _ = build_figure(fig)
    mfig.set_size_inches(width / 100.0, height / 100.0)
    mfig.set_dpi(100)
    canvas = mfig.canvas
    canvas.draw()
    rgba = np.asarray(canvas.buffer_rgba())
    out = np.ascontiguousarray(rgba[..., :3], dtype=np.uint8)
    if out.shape[:2] != (height, width):  # matplotlib's rounding of inches * dpi
        fixed = np.empty((height, width, 3), np.uint8)
        fixed[...] = out[:1, :1]
        h, w = min(height, out.shape[0]), min(width, out.shape[1])
        fixed[:h, :w] = out[:h, :w]
        out = fixed
    return out


def _crop(pixels, left, bottom, width, height):
    """Rows and columns of a ``[left bottom width height]`` rectangle (0-based from the
    lower left corner) of the picture ``pixels``; the rectangle must lie inside it."""
    rows = pixels.shape[0]
    if left < 0 or bottom < 0 or width < 1 or height < 1 or \
            left + width > pixels.shape[1] or bottom + height > rows:
        raise CompatValueError("The specified rectangle is not fully contained within "
                               "the figure. MATLAB no longer supports this capability.")
    top = rows - (bottom + height)
    return pixels[top:top + height, left:left + width].copy()


def capture(obj, rect=None) -> np.ndarray:
    """The pixels of a figure or an axes (``uint8``, ``height x width x 3``).

    ``obj`` is a :class:`~compat._core.graphics_objects.Figure` (its whole interior) or
    an :class:`~compat._core.graphics_objects.Axes` (its inner rectangle: no tick
    labels, as MATLAB's getframe). ``rect`` is ``[left bottom width height]`` in pixels
    from the lower left corner of ``obj`` (MATLAB's 1-based pixel positions are not
    used: the first pixel is at 0), rounded to whole pixels."""
    if isinstance(obj, go.Axes):
        fig = obj._parent
        left, bottom, width, height = axes_pixel_rect(obj)
    elif isinstance(obj, go.Figure):
        fig = obj
        left, bottom = 0, 0
        width, height = figure_size(fig)
    else:
        raise CompatValueError("getframe captures a figure or an axes")
    pixels = render_rgb(fig)
    if rect is not None:
        r = np.asarray(rect, dtype=np.float64).ravel()
        if r.size != 4 or not np.isfinite(r).all():
            raise CompatValueError("rect must be a 4-element vector [left bottom width "
                                   "height]")
        dl, db, width, height = (int(round(v)) for v in r)
        left, bottom = left + dl, bottom + db
    return _crop(pixels, left, bottom, width, height)


# --------------------------------------------------------------------------------------
# imshow's display range
# --------------------------------------------------------------------------------------
def class_range(a: np.ndarray) -> tuple[float, float]:
    """The display range of an image class: ``[0 1]`` for floating and logical data,
    the integer class's ``[intmin intmax]`` otherwise."""
    if a.dtype.kind in "fb":
        return 0.0, 1.0
    info = np.iinfo(a.dtype)
    return float(info.min), float(info.max)


def display_range(a: np.ndarray, given=None) -> tuple[float, float]:
    """``imshow``'s DisplayRange: ``given`` ``[low high]``; ``[]`` (an empty array) for
    the data's finite ``[min max]``; None for the class's range. A constant image with
    ``[]`` (min == max) falls back to the class's range, as ``imshow`` does when the
    data give no interval."""
    if given is None:
        return class_range(a)
    g = np.asarray(given, dtype=np.float64).ravel()
    if g.size == 0:
        finite = np.asarray(a, dtype=np.float64)
        finite = finite[np.isfinite(finite)]
        if finite.size == 0 or finite.min() == finite.max():
            return class_range(a)
        return float(finite.min()), float(finite.max())
    if g.size != 2 or not np.isfinite(g).all() or not g[0] < g[1]:
        raise CompatValueError("DisplayRange must be [] or a 2-element vector [low high] "
                               "with low < high")
    return float(g[0]), float(g[1])


# --------------------------------------------------------------------------------------
# figure files
# --------------------------------------------------------------------------------------
class _Pickler(pickle.Pickler):
    """Pickles a figure's subtree; the session's root is left out (a reference)."""

    def persistent_id(self, obj):
        if obj is go.root():
            return "root"
        return None


#: what a figure file may name besides compat's graphics classes: numpy's array and
#: scalar reconstruction and the plain containers (nothing that runs code)
_NUMPY_NAMES = frozenset({"_reconstruct", "scalar", "dtype", "ndarray", "_frombuffer"})
_BUILTIN_NAMES = frozenset({"complex", "slice", "set", "frozenset", "bytearray", "range",
                            "list", "dict", "tuple"})


class _Unpickler(pickle.Unpickler):
    def persistent_load(self, pid):
        if pid == "root":
            return go.root()
        raise pickle.UnpicklingError("unknown reference in a compat figure file")

    def find_class(self, module, name):
        # a figure file names only classes of compat's core, numpy's array
        # reconstruction and plain containers: a file naming any other global (a
        # function, os.system ...) is refused before anything of it runs
        found = None
        if module.startswith("compat._core."):
            found = super().find_class(module, name)
            if not isinstance(found, type):
                found = None
        elif module.split(".")[0] == "numpy" and (name in _NUMPY_NAMES
                                                  or name.endswith("DType")):
            found = super().find_class(module, name)
        elif module == "builtins" and name in _BUILTIN_NAMES:
            found = super().find_class(module, name)
        elif module == "collections" and name == "OrderedDict":
            found = super().find_class(module, name)
        if found is None:
            raise pickle.UnpicklingError(
                f"a compat figure file holds only compat's graphics objects and arrays; "
                f"this one names {module}.{name} (callbacks that are Python functions "
                "are not saved in figure files: use text callbacks)")
        return found


def save_figure(figures, filename: str) -> None:
    """Write the figures (a list) to ``filename``: the header line
    :data:`FIGURE_FILE_MAGIC`, then the pickled objects."""
    buffer = io.BytesIO()
    _Pickler(buffer, protocol=4).dump(list(figures))
    with open(filename, "wb") as handle:
        handle.write(FIGURE_FILE_MAGIC)
        handle.write(buffer.getvalue())


def load_figure(filename: str) -> list:
    """The figures of a file written by :func:`save_figure`, attached to this session's
    root as new figures (numbered with the lowest free numbers). The file is a pickle
    read by an unpickler that accepts only compat's graphics classes, numpy arrays and
    plain containers (no other global is looked up, so no function of the file's
    choosing runs); still, open figure files you trust."""
    with open(filename, "rb") as handle:
        head = handle.read(len(FIGURE_FILE_MAGIC))
        if head != FIGURE_FILE_MAGIC:
            raise CompatValueError(f"'{filename}' is not a figure file written by compat's "
                                   "savefig (MATLAB's own .fig files are not read)")
        figures = _Unpickler(handle).load()
    r = go.root()
    for fig in figures:
        object.__setattr__(fig, "_parent", r)
        used = {f._props["Number"] for f in r.figures()}
        number = 1
        while number in used:
            number += 1
        fig._props["Number"] = number
        r._children.insert(0, fig)
        r._make_current(fig)
    return figures
