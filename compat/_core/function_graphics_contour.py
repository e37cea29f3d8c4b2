"""IDL 8 function graphics' CONTOUR(), SURFACE(), AXIS() and PLOT3D-style line objects
(:mod:`compat._core.function_graphics` holds the windows, dataspaces and PLOT; iTools'
IPLOT/ISURFACE use these objects too).

The model, after IDL's reference pages for CONTOUR, SURFACE and AXIS (the function
forms; the direct-graphics procedures are :mod:`compat._core.direct_graphics`):

- a :class:`Contour` holds Z (numpy ``(ny, nx)``, readsav layout) with its X and Y
  (vectors, or 2-D arrays of Z's shape); its levels are C_VALUE when given, else
  N_LEVELS levels evenly spaced from the data minimum, ``lo + i (hi - lo) / n`` for
  ``i = 0 .. n-1`` (so a /FILL contour fills from the lowest value), MIN_VALUE and
  MAX_VALUE leaving data out. N_LEVELS defaults to :data:`DEFAULT_N_LEVELS`. IDL's
  page says only that N_LEVELS is "the number of contour levels"; the spacing rule
  and the default are compat's reading, not values checked against IDL. RGB_TABLE
  colours the levels: level ``i`` takes table entry RGB_INDICES[i] when given, else
  ``round(i * 255 / (n - 1))`` (evenly through the table);
- a :class:`Surface` holds Z with X and Y, and its Z range (ZRANGE or the data's);
- an :class:`Axis` is an extra axis in a dataspace: DIRECTION 0/1/2 ('X', 'Y', 'Z'),
  LOCATION in data coordinates (a number: the coordinate across the axis; a vector:
  ``[x, y]`` whose element across the axis counts; a string 'left', 'right', 'top',
  'bottom', 'center', 'zero'), TITLE, TICKVALUES, TICKNAME, TICKDIR (0 inwards,
  1 outwards), TEXTPOS (0 labels below/left, 1 above/right), COORD_TRANSFORM
  ``[a, b]``: the labels show ``a + b * value``, as the AXIS page describes;
- a :class:`Plot3D` is a PLOT with a Z vector (IPLOT's three-vector form).
"""

from __future__ import annotations

import numpy as np

from compat._core import function_graphics as fg
from compat._core.errors import CompatValueError

__all__ = ["Contour", "Surface", "Axis", "Plot3D", "contour_levels", "level_colors",
           "axis_location", "DEFAULT_N_LEVELS"]

#: the number of levels CONTOUR() draws when neither C_VALUE nor N_LEVELS is given
#: (compat's choice: IDL's page gives no number)
DEFAULT_N_LEVELS = 8


def _finite_range(z, min_value=None, max_value=None):
    v = np.asarray(z, dtype=np.float64)
    keep = np.isfinite(v)
    if min_value is not None:
        keep &= v >= float(min_value)
    if max_value is not None:
        keep &= v <= float(max_value)
    v = v[keep]
    if v.size == 0:
        return 0.0, 1.0
    return float(v.min()), float(v.max())


def contour_levels(z, *, c_value=None, n_levels=None, min_value=None, max_value=None):
    """CONTOUR()'s levels: C_VALUE as given (a scalar is one level), else N_LEVELS
    (default :data:`DEFAULT_N_LEVELS`) levels ``lo + i (hi - lo) / n``, ``i = 0..n-1``,
    over the finite data between MIN_VALUE and MAX_VALUE.

    >>> contour_levels([[0.0, 1.0], [2.0, 4.0]], n_levels=4).tolist()
    [0.0, 1.0, 2.0, 3.0]
    """
    if c_value is not None:
        levels = np.asarray(c_value, dtype=np.float64).reshape(-1)
        if levels.size == 0 or not np.all(np.isfinite(levels)):
            raise CompatValueError(f"C_VALUE must be finite numbers: {c_value!r}")
        return levels.copy()
    n = DEFAULT_N_LEVELS if n_levels is None or int(n_levels) == 0 else int(n_levels)
    if n < 1:
        raise CompatValueError(f"N_LEVELS must be >= 1: {n_levels!r}")
    lo, hi = _finite_range(z, min_value, max_value)
    return lo + np.arange(n, dtype=np.float64) * ((hi - lo) / n)


def level_colors(table, n, indices=None) -> np.ndarray:
    """The BYTE ``(n, 3)`` colours of ``n`` levels from a 3 x 256 table: entry
    ``indices[i]`` when RGB_INDICES is given, else ``round(i * 255 / (n - 1))``."""
    t = np.asarray(table)
    if indices is None:
        idx = np.zeros(n, np.int64) if n == 1 else np.rint(
            np.arange(n) * (255.0 / (n - 1))).astype(np.int64)
    else:
        idx = np.asarray(indices).reshape(-1).astype(np.int64)
        if idx.size != n or np.any((idx < 0) | (idx > 255)):
            raise CompatValueError(f"RGB_INDICES must be {n} indices 0-255: {indices!r}")
    return t[:, idx].T.astype(np.uint8)


class _Gridded(fg.Graphic):
    """Z with its X and Y (CONTOUR, SURFACE)."""

    def __init__(self, z, x, y, **props):
        object.__setattr__(self, "_z", z)
        object.__setattr__(self, "_xv", x)
        object.__setattr__(self, "_yv", y)
        super().__init__(**props)

    def _limits(self, axis):
        v = np.asarray(self._xv if axis == 0 else self._yv, dtype=np.float64)
        v = v[np.isfinite(v)]
        return (float(v.min()), float(v.max())) if v.size else None

    def getdata(self):
        """``(z, x, y)``: copies of the data."""
        return self._z.copy(), self._xv.copy(), self._yv.copy()


class Contour(_Gridded):
    """CONTOUR(): contour lines (or /FILL bands) of Z over X, Y."""

    _kind = "CONTOUR"
    _defaults = {**fg.Graphic._defaults, **fg._AXIS_PROPS, "xstyle": 1, "ystyle": 1,
                 "c_value": None, "n_levels": None, "fill": 0, "rgb_table": None,
                 "rgb_indices": None, "c_color": None, "c_thick": None,
                 "c_linestyle": None, "c_label_show": 0, "min_value": None,
                 "max_value": None, "zrange": None, "zvalue": 0.0, "planar": 1,
                 "color": lambda: np.array([0, 0, 0], np.uint8)}

    def _set_rgb_table(self, value):
        return fg._rgb_table(value)

    def _set_fill(self, value):
        return int(bool(value))

    def _set_color(self, value):
        return fg.style.color_value(value)

    def _set_n_levels(self, value):
        n = int(value)
        if n < 0:
            raise CompatValueError(f"N_LEVELS must be >= 0: {value!r}")
        return n

    def _set_c_value(self, value):
        return contour_levels(None, c_value=value)

    def _set_zrange(self, value):
        return fg._pair(value, "ZRANGE")

    def levels(self) -> np.ndarray:
        """The contour levels drawn (C_VALUE, else N_LEVELS evenly spaced levels)."""
        p = self._props
        return contour_levels(self._z, c_value=p["c_value"], n_levels=p["n_levels"],
                              min_value=p["min_value"], max_value=p["max_value"])

    def level_colors(self) -> np.ndarray:
        """BYTE ``(n, 3)``: each level's colour -- from RGB_TABLE (and RGB_INDICES),
        else C_COLOR (one colour or one per level), else COLOR."""
        n = self.levels().size
        p = self._props
        if p["rgb_table"] is not None:
            return level_colors(p["rgb_table"], n, p["rgb_indices"])
        if p["c_color"] is not None:
            c = np.asarray(p["c_color"])
            if c.dtype.kind in "US" or c.ndim == 0:
                names = [c.item()] if c.ndim == 0 else list(c.reshape(-1))
                cols = np.array([fg.style.color_value(v, "C_COLOR") for v in names])
            else:
                cols = np.atleast_2d(c).astype(np.uint8)
            return np.resize(cols, (n, 3)).astype(np.uint8)
        return np.tile(p["color"], (n, 1)).astype(np.uint8)

    def _value_range(self):
        lev = self.levels()
        if self._props["c_value"] is not None or lev.size < 2:
            return np.array([lev.min(), lev.max()])
        lo, hi = _finite_range(self._z, self._props["min_value"],
                               self._props["max_value"])
        return np.array([lo, hi])

    def _draw(self, ax):
        z = np.asarray(self._z, dtype=np.float64)
        p = self._props
        z = np.where((z < p["min_value"]) if p["min_value"] is not None else False,
                     np.nan, z)
        z = np.where((z > p["max_value"]) if p["max_value"] is not None else False,
                     np.nan, z)
        lev = np.unique(self.levels())
        cols = self.level_colors()[:lev.size] / 255.0
        if p["fill"]:
            top = np.nanmax(z) if np.isfinite(z).any() else lev[-1] + 1
            bounds = np.append(lev, max(top, lev[-1]) + 1e-12 * max(1.0, abs(top)))
            ax.contourf(self._xv, self._yv, z, levels=bounds, colors=[tuple(c) for c
                                                                      in cols])
        elif lev.size:
            ax.contour(self._xv, self._yv, z, levels=lev, colors=[tuple(c) for c in cols])


class Surface(_Gridded):
    """SURFACE(): Z over X, Y seen in 3-D."""

    _kind = "SURFACE"
    _defaults = {**fg.Graphic._defaults, **fg._AXIS_PROPS, "xstyle": 1, "ystyle": 1,
                 "zrange": None, "ztitle": "", "style": 2, "color": lambda: np.array(
                     [255, 255, 0], np.uint8), "bottom_color": None, "rgb_table": None,
                 "shading": 0, "hidden_lines": 0, "min_value": None, "max_value": None}

    _STYLES = {"points": 0, "mesh": 1, "filled": 2, "ruled xz": 3, "ruled yz": 4,
               "lego": 5, "lego filled": 6}

    def _set_style(self, value):
        if isinstance(value, (str, bytes)):
            key = (value.decode() if isinstance(value, bytes) else value).lower()
            if key not in self._STYLES:
                raise CompatValueError(f"STYLE must be one of {sorted(self._STYLES)} "
                                       f"or 0-6: {value!r}")
            return self._STYLES[key]
        v = int(value)
        if not 0 <= v <= 6:
            raise CompatValueError(f"STYLE must be 0-6: {value!r}")
        return v

    def _set_color(self, value):
        return fg.style.color_value(value)

    def _set_rgb_table(self, value):
        return fg._rgb_table(value)

    def _set_zrange(self, value):
        return fg._pair(value, "ZRANGE")

    @property
    def zrange(self):
        """ZRANGE when given, else the finite data's [min, max]."""
        z = self._props["zrange"]
        if z is not None:
            return z
        lo, hi = _finite_range(self._z, self._props["min_value"],
                               self._props["max_value"])
        return np.array([lo, hi])

    def _draw(self, ax):
        # a 2-D matplotlib axes: draw the surface seen from above (compat draws no
        # 3-D view; the object model keeps the data)
        ax.pcolormesh(self._xv, self._yv, np.asarray(self._z, dtype=np.float64),
                      shading="auto")


class Plot3D(fg.Plot):
    """A PLOT with a Z vector (IPLOT, X, Y, Z)."""

    _kind = "PLOT3D"
    _defaults = {**fg.Plot._defaults, "zrange": None, "ztitle": ""}

    def __init__(self, x, y, z, **props):
        object.__setattr__(self, "_zv", z)
        super().__init__(x, y, **props)

    def _set_zrange(self, value):
        return fg._pair(value, "ZRANGE")

    @property
    def zrange(self):
        z = self._props["zrange"]
        if z is not None:
            return z
        lo, hi = _finite_range(self._zv)
        return np.array([lo, hi])

    def getdata(self):
        return self._x.copy(), self._y.copy(), self._zv.copy()


_LOCATION_WORDS = {"left", "right", "top", "bottom", "center", "centre", "zero",
                   "front", "back"}


def axis_location(direction: int, location, xrange, yrange) -> float:
    """The data coordinate across an AXIS() of ``direction`` (0 X, 1 Y) where it is
    drawn: LOCATION a number (that coordinate), a vector ``[x, y(, z)]`` (its element
    across the axis: y for an X axis, x for a Y axis), or a word ('bottom'/'top',
    'left'/'right', 'center', 'zero'); by default the bottom (X) or left (Y) edge.

    >>> axis_location(1, [3.0, 0.0], [0, 10], [-1, 1])
    3.0
    >>> axis_location(0, 'top', [0, 10], [-1, 1])
    1.0
    """
    across = np.asarray(yrange if direction == 0 else xrange, dtype=np.float64)
    if location is None:
        return float(across[0])
    if isinstance(location, (str, bytes)):
        word = (location.decode() if isinstance(location, bytes) else location).lower()
        if word not in _LOCATION_WORDS:
            raise CompatValueError(f"LOCATION must be a number, [x, y] or one of "
                                   f"{sorted(_LOCATION_WORDS)}: {location!r}")
        if word in ("left", "bottom", "front"):
            return float(across[0])
        if word in ("right", "top", "back"):
            return float(across[1])
        if word == "zero":
            return 0.0
        return float(across.mean())
    v = np.asarray(location, dtype=np.float64).reshape(-1)
    if v.size == 1:
        return float(v[0])
    if v.size not in (2, 3):
        raise CompatValueError(f"LOCATION must be a number or [x, y(, z)]: {location!r}")
    return float(v[1] if direction == 0 else v[0])


class Axis(fg.Graphic):
    """AXIS(): an extra axis of a dataspace."""

    _kind = "AXIS"
    _defaults = {**fg.Graphic._defaults, "direction": 0, "location": None,
                 "title": "", "tickvalues": None, "tickname": None, "tickdir": 0,
                 "textpos": 0, "tickformat": None, "tickinterval": None, "major": None,
                 "minor": None, "ticklen": 0.05, "subticklen": 0.5, "showtext": 1,
                 "log": 0, "axis_range": None, "coord_transform": None,
                 "color": lambda: np.array([0, 0, 0], np.uint8), "text_color": None,
                 "thick": 1.0, "tickfont_size": None, "tickfont_name": None,
                 "text_orientation": 0.0, "gridstyle": None, "data": 1}

    def _set_direction(self, value):
        if isinstance(value, (str, bytes)):
            key = (value.decode() if isinstance(value, bytes) else value).upper()
            if key not in ("X", "Y", "Z"):
                raise CompatValueError(f"Direction must be 'X', 'Y', 'Z' or 0-2: "
                                       f"{value!r}")
            return "XYZ".index(key)
        v = int(value)
        if v not in (0, 1, 2):
            raise CompatValueError(f"Direction must be 'X', 'Y', 'Z' or 0-2: {value!r}")
        return v

    def _set_tickdir(self, value):
        return int(bool(value))

    def _set_textpos(self, value):
        return int(bool(value))

    def _set_color(self, value):
        return fg.style.color_value(value)

    def _set_text_color(self, value):
        return fg.style.color_value(value, "TEXT_COLOR")

    def _set_tickvalues(self, value):
        return np.asarray(value, dtype=np.float64).reshape(-1)

    def _set_tickname(self, value):
        v = np.asarray(value)
        if v.dtype.kind == "O" or v.dtype.kind == "S":
            v = np.array([s.decode() if isinstance(s, bytes) else str(s)
                          for s in v.reshape(-1)])
        return v.reshape(-1).astype(str)

    def _set_coord_transform(self, value):
        v = np.asarray(value, dtype=np.float64).reshape(-1)
        if v.size != 2:
            raise CompatValueError(f"COORD_TRANSFORM must be [offset, scale]: {value!r}")
        return v

    def _set_axis_range(self, value):
        return fg._pair(value, "AXIS_RANGE")

    def position_value(self) -> float:
        """The data coordinate across the axis where it is drawn."""
        space = self._space
        if space is None:
            raise CompatValueError("The axis has no dataspace.")
        return axis_location(self.direction, self._props["location"], space.range(0),
                             space.range(1))

    def tick_values(self) -> np.ndarray:
        """TICKVALUES when given, else the dataspace's range split by TICKINTERVAL
        (or in 5 intervals: compat's choice)."""
        t = self._props["tickvalues"]
        if t is not None:
            return t
        lo, hi = (self._props["axis_range"] if self._props["axis_range"] is not None
                  else self._space.range(min(self.direction, 1)))
        step = self._props["tickinterval"]
        if step:
            k0 = np.ceil(lo / step - 1e-9)
            k1 = np.floor(hi / step + 1e-9)
            return np.arange(k0, k1 + 1) * float(step)
        return np.linspace(lo, hi, 6)

    def tick_labels(self) -> list:
        """TICKNAME when given, else the tick values through COORD_TRANSFORM
        (``a + b * value``) written as IDL's default %g-like label."""
        names = self._props["tickname"]
        values = self.tick_values()
        if names is not None:
            return [str(s) for s in names]
        ct = self._props["coord_transform"]
        if ct is not None:
            values = ct[0] + ct[1] * values
        return [f"{v:g}" for v in values]

    def _draw(self, ax):
        where = self.position_value()
        ticks = self.tick_values()
        labels = self.tick_labels()
        col = tuple(self.color / 255.0)
        if self.direction == 0:
            lo, hi = self._space.range(0)
            ax.plot([lo, hi], [where, where], color=col, clip_on=False)
            for t, s in zip(ticks, labels):
                ax.annotate(s, (t, where), ha="center",
                            va="bottom" if self.textpos else "top", color=col,
                            annotation_clip=False)
        elif self.direction == 1:
            lo, hi = self._space.range(1)
            ax.plot([where, where], [lo, hi], color=col, clip_on=False)
            for t, s in zip(ticks, labels):
                ax.annotate(s, (where, t), va="center",
                            ha="left" if self.textpos else "right", color=col,
                            annotation_clip=False)
