"""IDL 8 function graphics without a display: windows, dataspaces and graphic objects.

IDL's function graphics (``p = PLOT(x, y, 'r-2', NAME='fit')``, ``IMAGE()``,
``COLORBAR()``, ``LEGEND()``, ``TEXT()``, ``WINDOW()``) return objects whose properties
are read and set with the dot (``p.color = 'blue'``) and whose methods save, close and
reorder them. compat keeps that object tree in memory -- no window is ever shown, as
with IDL's ``/BUFFER`` -- and draws it with matplotlib only when a picture is saved
(:mod:`compat._core.function_graphics_render`, the optional extra ``compat[plot]``).

The model (after IDL's reference pages for PLOT, WINDOW, IMAGE, COLORBAR, LEGEND, TEXT
and "Graphics Properties"; only the Format string and its tables are backed by printed
goldens, reference_outputs/idl/function_graphics -- the defaults below are compat's
reading of those pages, not values checked against IDL):

- a :class:`Window` (``DIMENSIONS`` default [640, 512] pixels) holds dataspaces and
  annotations; the newest window is the current one (``GETWINDOWS(/CURRENT)``);
- a :class:`DataSpace` is one set of axes at a normal-coordinate ``POSITION``; a graphic
  made with ``/OVERPLOT`` joins the current dataspace, one made with ``/CURRENT`` (or in
  a new window) gets a new dataspace; ``LAYOUT=[ncol, nrow, index]`` places it in cell
  ``index`` (1-based, row by row from the top left) and ``MARGIN`` shrinks that cell
  (default :data:`DEFAULT_MARGIN`, compat's choice);
- axis ranges: ``XRANGE``/``YRANGE`` when given, else the data of every graphic in the
  dataspace, widened by ``[XY]STYLE``: 0 nice range (outward to the 1-2-5 tick interval
  of direct graphics, :func:`compat._core.direct_graphics.nice_range`: IDL does not
  publish the rule of its function graphics), 1 exact, 2 nice range after 5 % padding,
  3 exact plus 5 % padding (IDL says "slightly"; 5 % is direct graphics' extension).
  compat's defaults: PLOT XSTYLE 1, YSTYLE 0; IMAGE 1 for both;
- properties are attributes in any case (``p.COLOR`` is ``p.color``); colours read back
  as BYTE ``[r, g, b]``, LINESTYLE and SYMBOL as their indices
  (:mod:`compat._core.function_graphics_style`).
"""

from __future__ import annotations

import fnmatch
import math

import numpy as np

from compat._core import function_graphics_style as style
from compat._core.direct_graphics import nice_range
from compat._core.byte_scaling import byte_scale
from compat._core.color_table_files import table_rgb
from compat._core.errors import CompatValueError

__all__ = ["Window", "DataSpace", "Graphic", "Plot", "Image", "Colorbar", "Legend",
           "Text", "new_window", "current_window", "windows", "reset", "layout_position",
           "axis_range", "DEFAULT_DIMENSIONS", "DEFAULT_MARGIN"]

#: WINDOW's default DIMENSIONS, pixels
DEFAULT_DIMENSIONS = (640, 512)
#: the default MARGIN [left, bottom, right, top] of a graphic in its layout cell
#: (fractions of the cell)
DEFAULT_MARGIN = (0.15, 0.15, 0.10, 0.10)


class _State:
    def __init__(self):
        self.windows: list[Window] = []
        self.current: Window | None = None
        self.counter = 0


STATE = _State()


def reset() -> None:
    """Close every window (a fresh session)."""
    STATE.windows.clear()
    STATE.current = None
    STATE.counter = 0


def windows() -> list:
    """The open windows, oldest first."""
    return list(STATE.windows)


def current_window(create: bool = False):
    if STATE.current is None and create:
        new_window()
    return STATE.current


def new_window(**props) -> "Window":
    w = Window(**props)
    STATE.windows.append(w)
    STATE.current = w
    return w


def _normal4(value, what):
    v = np.array(value, dtype=np.float64).reshape(-1)
    if v.size != 4 or not np.all(np.isfinite(v)):
        raise CompatValueError(f"{what} must have 4 finite elements: {value!r}")
    return v


def _margin(value):
    if value is None:
        return np.array(DEFAULT_MARGIN)
    v = np.asarray(value, dtype=np.float64).reshape(-1)
    if v.size == 1:
        v = np.repeat(v, 4)
    if v.size != 4 or not np.all((v >= 0) & (v < 0.5)):
        raise CompatValueError(f"MARGIN must be 1 or 4 values in [0, 0.5): {value!r}")
    return v


def layout_position(layout, margin=None) -> np.ndarray:
    """The normal-coordinate POSITION ``[x0, y0, x1, y1]`` of LAYOUT=[ncol, nrow, index]
    (index 1-based, row by row from the top left) less MARGIN ``[l, b, r, t]`` (fractions
    of the cell, or one value for all four)."""
    lay = np.asarray(layout).reshape(-1)
    if lay.size != 3 or np.any(lay < 1) or lay.dtype.kind not in "iuf":
        raise CompatValueError(f"LAYOUT must be [ncol, nrow, index]: {layout!r}")
    ncol, nrow, index = (int(v) for v in lay)
    if index > ncol * nrow:
        raise CompatValueError(f"LAYOUT index {index} exceeds {ncol} x {nrow} cells")
    col, row = (index - 1) % ncol, (index - 1) // ncol
    w, h = 1.0 / ncol, 1.0 / nrow
    x0, y1 = col * w, 1.0 - row * h
    m = _margin(margin)
    return np.array([x0 + m[0] * w, y1 - h + m[1] * h, x0 + w - m[2] * w, y1 - m[3] * h])


def axis_range(lo: float, hi: float, axis_style: int, log: bool = False) -> np.ndarray:
    """An axis range from the data's ``[lo, hi]`` by [XYZ]STYLE (0 nice, 1 exact, 2 nice
    after 5 % padding, 3 exact after 5 % padding); a log axis rounds to whole decades."""
    if not (math.isfinite(lo) and math.isfinite(hi)):
        lo, hi = 0.0, 1.0
    if hi == lo:
        lo, hi = lo - 1.0, hi + 1.0
    if log:
        lo, hi = math.log10(lo), math.log10(hi)
    if axis_style in (2, 3):
        pad = 0.05 * (hi - lo)
        lo, hi = lo - pad, hi + pad
    if axis_style in (0, 2):
        if log:
            lo, hi = float(math.floor(lo)), float(math.ceil(hi))
        else:
            lo, hi = nice_range(lo, hi)
    if log:
        lo, hi = 10.0 ** lo, 10.0 ** hi
    return np.array([lo, hi])


# ---------------------------------------------------------------------------- objects
class _Object:
    """Properties in a dict, read and set as attributes in any case."""

    _defaults: dict = {}

    def __init__(self, **props):
        object.__setattr__(self, "_props", {})
        for key, value in self._defaults.items():
            self._props[key] = value() if callable(value) else value
        for key, value in props.items():
            if value is not None:
                setattr(self, key, value)

    def __getattr__(self, name):
        props = object.__getattribute__(self, "_props")
        key = name.lower()
        if key in props:
            return props[key]
        raise AttributeError(f"Unknown property: {name.upper()}")

    def __setattr__(self, name, value):
        key = name.lower()
        if key.startswith("_"):
            object.__setattr__(self, name, value)
            return
        if key not in self._props:
            raise CompatValueError(f"Unknown property: {name.upper()}")
        if isinstance(value, np.ndarray):
            value = value.copy()        # a property never shares the caller's memory
        setter = getattr(type(self), f"_set_{key}", None)
        self._props[key] = setter(self, value) if setter else value
        self._changed(key)

    def _changed(self, key):
        pass

    def properties(self) -> dict:
        """Every property and its value (a copy)."""
        return dict(self._props)


class Window(_Object):
    """WINDOW(): a window of graphics (never shown: compat always draws off screen)."""

    _defaults = {"dimensions": None, "location": None, "window_title": "",
                 "buffer": 0, "background_color": None, "name": "", "uvalue": None,
                 "font_size": None}

    def __init__(self, **props):
        super().__init__(**props)
        STATE.counter += 1
        self._id = STATE.counter
        self._dataspaces: list[DataSpace] = []
        self._graphics: list[Graphic] = []
        self._current_space: DataSpace | None = None
        self._closed = False

    def _set_dimensions(self, value):
        if value is None:
            return None
        v = np.asarray(value).reshape(-1)
        if v.size != 2 or not np.all(v > 0):
            raise CompatValueError(f"DIMENSIONS must be [width, height] > 0: {value!r}")
        return v.astype(np.int32)

    def _set_location(self, value):
        v = np.asarray(value).reshape(-1)
        if v.size != 2:
            raise CompatValueError(f"LOCATION must be [x, y]: {value!r}")
        return v.astype(np.int32)

    def _set_background_color(self, value):
        return style.color_value(value, "BACKGROUND_COLOR")

    def __getattr__(self, name):
        if name.lower() == "dimensions":
            d = object.__getattribute__(self, "_props")["dimensions"]
            return np.array(DEFAULT_DIMENSIONS, dtype=np.int32) if d is None else d
        if name.lower() == "background_color":
            c = object.__getattribute__(self, "_props")["background_color"]
            return np.array([255, 255, 255], np.uint8) if c is None else c
        return super().__getattr__(name)

    # -- the tree
    def graphics(self) -> list:
        """Every graphic of the window in drawing order (back to front)."""
        return list(self._graphics)

    def dataspaces(self) -> list:
        return list(self._dataspaces)

    def _add(self, graphic: "Graphic", space: "DataSpace | None"):
        if self._closed:
            raise CompatValueError("The window has been closed.")
        graphic._window = self
        graphic._space = space
        if space is not None:
            space.graphics.append(graphic)
            self._current_space = space
        self._graphics.append(graphic)
        STATE.current = self

    def new_dataspace(self, position) -> "DataSpace":
        space = DataSpace(self, position)
        self._dataspaces.append(space)
        self._current_space = space
        return space

    def current_dataspace(self):
        return self._current_space

    def __getitem__(self, name):
        """The graphic whose NAME matches ``name`` (case-insensitive, ``*`` and ``?``
        wildcards), newest first."""
        pattern = str(name).lower()
        for g in reversed(self._graphics):
            if fnmatch.fnmatchcase(str(g.name).lower(), pattern):
                return g
        raise CompatValueError(f"No graphic named {name!r} in the window.")

    def _remove(self, graphic: "Graphic"):
        if graphic in self._graphics:
            self._graphics.remove(graphic)
        space = graphic._space
        if space is not None and graphic in space.graphics:
            space.graphics.remove(graphic)
            if not space.graphics and space in self._dataspaces:
                self._dataspaces.remove(space)
                if self._current_space is space:
                    self._current_space = (self._dataspaces[-1] if self._dataspaces
                                           else None)

    # -- methods
    def close(self):
        """Close the window: its graphics go with it."""
        self._closed = True
        if self in STATE.windows:
            STATE.windows.remove(self)
        if STATE.current is self:
            STATE.current = STATE.windows[-1] if STATE.windows else None

    def erase(self):
        """Remove every graphic (the window stays)."""
        self._graphics.clear()
        self._dataspaces.clear()
        self._current_space = None

    def refresh(self, disable=False):
        """Accepted: compat draws only when saving."""
        self._disabled = bool(disable)

    def setcurrent(self):
        STATE.current = self

    def save(self, filename, *, resolution=None, transparent=False, border=None,
             width=None, height=None):
        """Write the window to ``filename``; the format follows its extension (png, jpg,
        tif, pdf, eps, ps, svg). A raster picture has the window's DIMENSIONS in pixels
        (the screen's 96 dots per inch) unless RESOLUTION (dots per inch), WIDTH or
        HEIGHT (pixels, the other side in proportion) asks for another size;
        /TRANSPARENT leaves the background transparent; BORDER (pixels) crops the
        picture to its contents plus that border."""
        if _WRITER[0] is None:
            raise CompatValueError("Save: no renderer is registered (import "
                                   "compat.idl, which registers compat's matplotlib one)")
        _WRITER[0](self, filename, resolution=resolution, transparent=transparent,
                   border=border, width=width, height=height)


#: the function writing a window to a file, registered by
#: :mod:`compat._core.function_graphics_render` when it is imported (compat.idl's
#: function graphics import it): the renderer reads this model, the model never
#: imports its renderer
_WRITER = [None]


def register_writer(writer) -> None:
    """Make ``writer(window, filename, **options)`` the function Window.save calls."""
    _WRITER[0] = writer


class DataSpace:
    """One set of axes of a window: its position and the graphics drawn in it."""

    def __init__(self, window: Window, position):
        self.window = window
        self.position = np.asarray(position, dtype=np.float64)
        self.graphics: list[Graphic] = []

    def _owner(self):
        """The graphic whose axis properties the dataspace uses (its first)."""
        return self.graphics[0] if self.graphics else None

    def _data_limits(self, axis: int):
        los, his = [], []
        for g in self.graphics:
            lim = g._limits(axis)
            if lim is not None:
                los.append(lim[0])
                his.append(lim[1])
        if not los:
            return 0.0, 1.0
        return min(los), max(his)

    def range(self, axis: int) -> np.ndarray:
        """The axis range (``axis`` 0 for X, 1 for Y), as the axes show it."""
        owner = self._owner()
        name = "xy"[axis]
        given = None
        for g in self.graphics:
            if g._props.get(f"{name}range") is not None:
                given = g._props[f"{name}range"]
                break
        if given is not None:
            return np.asarray(given, dtype=np.float64)
        lo, hi = self._data_limits(axis)
        s = owner._props.get(f"{name}style") if owner is not None else 0
        log = bool(owner._props.get(f"{name}log")) if owner is not None else False
        return axis_range(lo, hi, int(s if s is not None else 0), log)


class Graphic(_Object):
    """The properties and methods every function-graphics object has."""

    _kind = "GRAPHIC"
    _defaults = {"name": "", "hide": 0, "uvalue": None, "transparency": 0,
                 "position": None}

    def __init__(self, **props):
        object.__setattr__(self, "_window", None)
        object.__setattr__(self, "_space", None)
        super().__init__(**props)

    def _limits(self, axis):
        return None

    def _set_transparency(self, value):
        t = int(value)
        if not 0 <= t <= 100:
            raise CompatValueError(f"TRANSPARENCY must be 0-100: {value!r}")
        return t

    def _set_hide(self, value):
        return int(bool(value))

    def _set_position(self, value):
        v = np.asarray(value, dtype=np.float64).reshape(-1)
        if v.size not in (2, 4):
            raise CompatValueError(f"POSITION must have 2 or 4 elements: {value!r}")
        if self._space is not None and v.size == 4:
            self._space.position = v
        return v

    @property
    def window(self):
        """The window holding the graphic."""
        return self._window

    @property
    def type(self):
        """The graphic's class name, as IDL's TYPE property prints it."""
        return self._kind

    def __getitem__(self, name):
        return self._window[name]

    def close(self):
        """Close the graphic's window."""
        if self._window is not None:
            self._window.close()

    def delete(self):
        """Remove the graphic from its window."""
        if self._window is not None:
            self._window._remove(self)
            self._window = None

    def order(self, *, bring_forward=False, bring_to_front=False, send_backward=False,
              send_to_back=False):
        """Move the graphic in its window's drawing order."""
        lists = [self._window._graphics] if self._window is not None else []
        if self._space is not None:
            lists.append(self._space.graphics)
        for items in lists:
            i = items.index(self)
            items.pop(i)
            if bring_to_front:
                j = len(items)
            elif send_to_back:
                j = 0
            elif bring_forward:
                j = min(i + 1, len(items))
            elif send_backward:
                j = max(i - 1, 0)
            else:
                j = i
            items.insert(j, self)

    def refresh(self, disable=False):
        if self._window is not None:
            self._window.refresh(disable=disable)

    def save(self, filename, **options):
        """Save the graphic's window (see :meth:`Window.save`)."""
        if self._window is None:
            raise CompatValueError("The graphic has been deleted.")
        self._window.save(filename, **options)

    def _axis_range(self, axis):
        if self._space is None:
            return None
        return self._space.range(axis)

    @property
    def xrange(self):
        """The X range the dataspace's axes show (XRANGE when given)."""
        return self._range(0)

    @property
    def yrange(self):
        """The Y range the dataspace's axes show (YRANGE when given)."""
        return self._range(1)

    def _range(self, axis):
        key = "xy"[axis] + "range"
        if key not in self._props:
            raise AttributeError(f"Unknown property: {key.upper()}")
        return self._props[key] if self._space is None else self._axis_range(axis)

    def __getattribute__(self, name):
        if name in ("XRANGE", "YRANGE"):
            name = name.lower()
        return object.__getattribute__(self, name)

    def __repr__(self):
        return f"<{self._kind} name={self.name!r}>"


_AXIS_PROPS = {"title": "", "xtitle": "", "ytitle": "", "xrange": None, "yrange": None,
               "xstyle": 1, "ystyle": 0, "xlog": 0, "ylog": 0, "axis_style": 2,
               "xtickinterval": None, "ytickinterval": None, "xticklayout": 0,
               "yticklayout": 0, "xmajor": None, "ymajor": None, "xminor": None,
               "yminor": None, "xtickname": None, "ytickname": None,
               "xtickvalues": None, "ytickvalues": None, "xtickformat": None,
               "ytickformat": None, "xshowtext": 1, "yshowtext": 1, "xgridstyle": None,
               "ygridstyle": None, "xthick": 1.0, "ythick": 1.0, "xcolor": None,
               "ycolor": None, "xtext_color": None, "ytext_color": None,
               "font_size": 9, "font_name": "DejaVuSans", "font_style": 0,
               "font_color": None, "aspect_ratio": 0}


class Plot(Graphic):
    """PLOT(): a line plot (and, with its defaults changed, SCATTERPLOT, ERRORPLOT)."""

    _kind = "PLOT"
    _defaults = {**Graphic._defaults, **_AXIS_PROPS,
                 "color": lambda: np.array([0, 0, 0], np.uint8), "thick": 1.0,
                 "linestyle": 0, "symbol": 0, "sym_size": 1.0, "sym_color": None,
                 "sym_filled": 0, "sym_fill_color": None, "sym_thick": 1.0,
                 "sym_increment": 1, "min_value": None, "max_value": None,
                 "histogram": 0, "fill_background": 0, "fill_color": None,
                 "fill_level": None, "fill_transparency": 0, "nan": 0,
                 "xerror": None, "yerror": None, "errorbar_color": None,
                 "errorbar_capsize": 0.1, "polar": 0}

    def __init__(self, x, y, **props):
        object.__setattr__(self, "_x", x)
        object.__setattr__(self, "_y", y)
        super().__init__(**props)

    def _set_color(self, value):
        return style.color_value(value)

    def _set_sym_color(self, value):
        return style.color_value(value, "SYM_COLOR")

    def _set_sym_fill_color(self, value):
        return style.color_value(value, "SYM_FILL_COLOR")

    def _set_fill_color(self, value):
        return style.color_value(value, "FILL_COLOR")

    def _set_errorbar_color(self, value):
        return style.color_value(value, "ERRORBAR_COLOR")

    def _set_linestyle(self, value):
        return style.linestyle_value(value)

    def _set_symbol(self, value):
        return style.symbol_value(value)

    def _set_thick(self, value):
        t = float(value)
        if not 0 <= t <= 10:
            raise CompatValueError(f"THICK must be 0-10: {value!r}")
        return t

    def _set_xrange(self, value):
        return _pair(value, "XRANGE")

    def _set_yrange(self, value):
        return _pair(value, "YRANGE")

    def _set_xstyle(self, value):
        return _style(value, "XSTYLE")

    def _set_ystyle(self, value):
        return _style(value, "YSTYLE")

    def _set_axis_style(self, value):
        v = int(value)
        if v not in (0, 1, 2, 3, 4):
            raise CompatValueError(f"AXIS_STYLE must be 0-4: {value!r}")
        return v

    def _limits(self, axis):
        v = self._y if axis == 1 else self._x
        v = np.asarray(v, dtype=np.float64)
        if axis == 1:
            v = np.where(self._missing(), np.nan, v)
        if self._props.get("xlog" if axis == 0 else "ylog"):
            v = np.where(v > 0, v, np.nan)
        v = v[np.isfinite(v)]
        if v.size == 0:
            return None
        return float(v.min()), float(v.max())

    def _missing(self):
        y = np.asarray(self._y, dtype=np.float64)
        out = np.zeros(y.shape, bool)
        if self._props.get("min_value") is not None:
            out |= y < float(self._props["min_value"])
        if self._props.get("max_value") is not None:
            out |= y > float(self._props["max_value"])
        return out

    def getdata(self):
        """``(x, y)``: the plotted data."""
        return self._x.copy(), self._y.copy()

    def setdata(self, x, y=None):
        """Replace the data: ``setdata(y)`` (x its index) or ``setdata(x, y)``."""
        if y is None:
            y = np.asarray(x)
            x = np.arange(y.size, dtype=np.float32)
        x, y = np.asarray(x).reshape(-1).copy(), np.asarray(y).reshape(-1).copy()
        if x.size != y.size:
            raise CompatValueError(f"X and Y must have the same number of elements: "
                                   f"{x.size} and {y.size}")
        object.__setattr__(self, "_x", x)
        object.__setattr__(self, "_y", y)


class Image(Graphic):
    """IMAGE(): a 2-D (indexed) or 3-D (true colour) image in data coordinates."""

    _kind = "IMAGE"
    _defaults = {**Graphic._defaults, **_AXIS_PROPS, "xstyle": 1, "ystyle": 1,
                 "axis_style": 0, "aspect_ratio": 1, "rgb_table": None,
                 "min_value": None, "max_value": None, "order": 0,
                 "image_location": None, "image_dimensions": None,
                 "interpolate": 0}

    def __init__(self, data, **props):
        object.__setattr__(self, "_data", data)
        super().__init__(**props)

    def _set_rgb_table(self, value):
        return _rgb_table(value)

    def _set_order(self, value):
        return int(bool(value))

    def _shape(self):
        d = self._data
        if d.ndim == 3:  # interleave: the axis of length 3 (or 4) is the colour
            axis = [i for i in range(3) if d.shape[i] in (3, 4)]
            rest = [n for i, n in enumerate(d.shape) if i != axis[0]]
            return rest[0], rest[1]
        return d.shape

    def _limits(self, axis):
        ny, nx = self._shape()
        loc = self._props.get("image_location")
        dims = self._props.get("image_dimensions")
        start = 0.0 if loc is None else float(np.asarray(loc).reshape(-1)[axis])
        size = float((nx, ny)[axis]) if dims is None else float(
            np.asarray(dims).reshape(-1)[axis])
        return start, start + size

    def scaled(self) -> np.ndarray:
        """The image as IDL displays an indexed image: BYTE data as they are, other
        data through BYTSCL between MIN_VALUE and MAX_VALUE (default the data's, NaN
        left out); a true-colour image as given."""
        d = self._data
        lo, hi = self._props["min_value"], self._props["max_value"]
        if d.ndim == 3 or (d.dtype == np.uint8 and lo is None and hi is None):
            return d
        return byte_scale(d, lo, hi, 255, nan=True)

    def getdata(self):
        return self._data.copy()

    def setdata(self, data):
        object.__setattr__(self, "_data", np.asarray(data).copy())


def _rgb_table(value):
    if value is None:
        return None
    if np.ndim(value) == 0:
        index = int(value)
        if index != 0:
            return table_rgb(index)
        ramp = np.arange(256, dtype=np.uint8)
        return np.vstack([ramp, ramp, ramp])
    t = np.asarray(value)
    if t.ndim != 2 or 3 not in t.shape:
        raise CompatValueError(f"RGB_TABLE must be a table index or a 3 x 256 array: "
                               f"shape {t.shape}")
    t = t if t.shape[0] == 3 else t.T
    return t.astype(np.uint8)


def _pair(value, what):
    if value is None:
        return None
    v = np.asarray(value, dtype=np.float64).reshape(-1)
    if v.size != 2 or not np.all(np.isfinite(v)):
        raise CompatValueError(f"{what} must be 2 finite numbers: {value!r}")
    return v


def _style(value, what):
    v = int(value)
    if v not in (0, 1, 2, 3):
        raise CompatValueError(f"{what} must be 0-3: {value!r}")
    return v


class Colorbar(Graphic):
    """COLORBAR(): the colour scale of an image (its TARGET)."""

    _kind = "COLORBAR"
    _defaults = {**Graphic._defaults, "target": None, "orientation": 0, "title": "",
                 "rgb_table": None, "range": None, "tickname": None, "major": None,
                 "minor": None, "textpos": 0, "border": 0, "font_size": 9,
                 "color": lambda: np.array([0, 0, 0], np.uint8), "taper": 0,
                 "tickformat": None, "tickinterval": None, "tickvalues": None,
                 "tickdir": 0, "border_on": 0}

    def _set_border_on(self, value):
        # IDL 8.0's spelling of BORDER: setting either sets both
        v = int(bool(value))
        self._props["border"] = v
        return v

    def _set_tickdir(self, value):
        return int(bool(value))

    def _set_tickvalues(self, value):
        return np.asarray(value, dtype=np.float64).reshape(-1)

    def tick_values(self) -> np.ndarray:
        """TICKVALUES when given, else the range's multiples of TICKINTERVAL (None
        when neither is set: the renderer chooses)."""
        t = self._props["tickvalues"]
        if t is not None:
            return t
        step = self._props["tickinterval"]
        if not step:
            return None
        lo, hi = (float(v) for v in self.value_range())
        k0, k1 = math.ceil(lo / step - 1e-9), math.floor(hi / step + 1e-9)
        return np.arange(k0, k1 + 1, dtype=np.float64) * float(step)

    def _set_orientation(self, value):
        v = int(value)
        if v not in (0, 1):
            raise CompatValueError(f"ORIENTATION must be 0 or 1: {value!r}")
        return v

    def _set_rgb_table(self, value):
        return _rgb_table(value)

    def _set_range(self, value):
        return _pair(value, "RANGE")

    def _set_color(self, value):
        return style.color_value(value)

    def table(self) -> np.ndarray:
        t = self._props["rgb_table"]
        target = self._props["target"]
        if t is None and target is not None:
            t = target._props.get("rgb_table")
        return _rgb_table(0) if t is None else t

    def value_range(self) -> np.ndarray:
        r = self._props["range"]
        if r is not None:
            return r
        target = self._props["target"]
        if isinstance(target, Image):
            d = np.asarray(target._data, dtype=np.float64)
            lo = target._props["min_value"]
            hi = target._props["max_value"]
            finite = d[np.isfinite(d)]
            lo = float(finite.min()) if lo is None and finite.size else float(lo or 0)
            hi = float(finite.max()) if hi is None and finite.size else float(hi or 1)
            return np.array([lo, hi])
        if hasattr(target, "_value_range"):     # CONTOUR(): its levels' range
            return target._value_range()
        return np.array([0.0, 255.0])


class Legend(Graphic):
    """LEGEND(): one entry per target graphic: its NAME beside a sample of its line."""

    _kind = "LEGEND"
    _defaults = {**Graphic._defaults, "target": None, "horizontal_alignment": "right",
                 "vertical_alignment": "top", "orientation": 0, "font_size": 9,
                 "sample_width": 0.15, "shadow": 1,
                 "color": lambda: np.array([0, 0, 0], np.uint8), "label": None}

    def targets(self) -> list:
        t = self._props["target"]
        if t is None:
            return []
        return list(t) if isinstance(t, (list, tuple)) else [t]

    def labels(self) -> list:
        return [str(g._props.get("name", "")) for g in self.targets()]


class Text(Graphic):
    """TEXT(): a string at a point of the window (normal coordinates unless /DATA or
    /DEVICE)."""

    _kind = "TEXT"
    _defaults = {**Graphic._defaults, "string": "", "color": lambda: np.array(
                     [0, 0, 0], np.uint8), "font_size": 9, "font_name": "DejaVuSans",
                 "font_style": 0, "alignment": 0.0, "vertical_alignment": 0.0,
                 "orientation": 0.0, "fill_background": 0, "fill_color": None,
                 "coordinates": "normal", "target": None}

    def __init__(self, x, y, **props):
        object.__setattr__(self, "_xy", (x, y))
        super().__init__(**props)

    def _set_color(self, value):
        return style.color_value(value)

    def _set_fill_color(self, value):
        return style.color_value(value, "FILL_COLOR")

    def getdata(self):
        return self._xy

    def setdata(self, x, y):
        object.__setattr__(self, "_xy", (float(x), float(y)))
