"""MATLAB axes' third dimension and colour scaling: ZLim/ZTick, CLim, View and Colormap.

:class:`AxesColorMixin` gives :class:`compat._core.graphics_objects.Axes` the properties
that surfaces, patches and images need, computed by MATLAB's rules (MATLAB's Axes
Properties reference page; GNU Octave 7.3 as the oracle, reference_outputs/matlab/
surface_properties):

- ``ZLim``/``ZTick`` in ``'auto'`` mode: the tick-aligned limits of
  :func:`compat._core.graphics_scales.auto_scale` over the z data of the children; an
  object without z data (a 2-D line, patch or image) lies in the plane z = 0, so a 2-D
  plot has ZLim [-1 1] (0 widened as any constant);
- ``CLim`` in ``'auto'`` mode: ``[min max]`` of the colour data of the children that
  map it through the colormap (surface and patch CData/FaceVertexCData, images with
  ``CDataMapping`` 'scaled'; truecolor RGB data does not use the colormap and is left
  out), ``[c-1 c+1]`` for constant data c, ``[0 1]`` without any;
- ``View`` ``[azimuth elevation]`` in degrees: [0 90] (2-D) by default, [-37.5 30] after
  a 3-D plot (``plot3``, ``surf``, ``mesh``; MATLAB's ``view(3)``);
- ``Colormap``: the axes' own map once ``colormap(ax, map)`` set one, else its figure's.
  MATLAB's default is ``parula(256)``; parula's table is MathWorks' data, not a
  published formula, so compat does not ship it and a new figure's map is ``jet(256)``
  (MATLAB's documented jet formula, its default before R2014b, at today's default length
  256). GNU Octave 7.3's default is ``viridis(64)``: the golden suite compares sizes only
  after an explicit ``colormap``.
"""

from __future__ import annotations

import numpy as np

from compat._core import colormaps
from compat._core.errors import CompatValueError
from compat._core.graphics_scales import double_row

__all__ = ["AxesColorMixin", "DEFAULT_VIEW_3D", "DEFAULT_COLORMAP_LENGTH", "default_colormap",
           "colormap_value", "view_value", "color_limits"]

#: ``view(3)``: MATLAB's default 3-D azimuth and elevation
DEFAULT_VIEW_3D = (-37.5, 30.0)
#: MATLAB's default colormap length (R2019b and later)
DEFAULT_COLORMAP_LENGTH = 256


def default_colormap() -> np.ndarray:
    """A new figure's colormap: ``jet(256)`` (see the module notes on parula)."""
    return colormaps.jet(DEFAULT_COLORMAP_LENGTH)


def colormap_value(value) -> np.ndarray:
    """A colormap: an m-by-3 double matrix of values in [0, 1] (m >= 1)."""
    try:
        a = np.array(value, dtype=np.float64)
    except (TypeError, ValueError):
        a = np.zeros((0, 0))
    if a.ndim == 1 and a.size == 3:
        a = a.reshape(1, 3)
    if a.ndim != 2 or a.shape[1] != 3 or a.shape[0] < 1 or not np.isfinite(a).all() \
            or a.min() < 0 or a.max() > 1:
        raise CompatValueError("Colormap must be an m-by-3 matrix of values in [0, 1]")
    return a


def view_value(value) -> np.ndarray:
    """``View``: ``[azimuth elevation]`` (1x2 double, finite)."""
    v = np.asarray(value, dtype=np.float64).ravel()
    if v.size != 2 or not np.isfinite(v).all():
        raise CompatValueError("View must be a 2-element vector [azimuth elevation]")
    return double_row(v)


def color_limits(values) -> np.ndarray:
    """The automatic CLim of colour data ``values`` (a list of arrays; NaN and Inf left
    out): ``[min max]``, ``[c-1 c+1]`` when constant, ``[0 1]`` without data."""
    finite = [v[np.isfinite(v)] for v in values]
    finite = [v for v in finite if v.size]
    if not finite:
        return double_row([0.0, 1.0])
    lo = min(float(v.min()) for v in finite)
    hi = max(float(v.max()) for v in finite)
    if lo == hi:
        lo, hi = lo - 1.0, hi + 1.0
    return double_row([lo, hi])


def _mode(value):
    if isinstance(value, str) and value.lower() in ("auto", "manual"):
        return value.lower()
    raise CompatValueError(f"Value must be one of 'auto', 'manual', not {value!r}")


def _on_off(value):
    if isinstance(value, str) and value.lower() in ("on", "off"):
        return value.lower()
    raise CompatValueError(f"Value must be 'on' or 'off', not {value!r}")


def _choice(*allowed):
    def check(value):
        if isinstance(value, str) and value.lower() in allowed:
            return value.lower()
        raise CompatValueError(f"Value must be one of {', '.join(map(repr, allowed))}, "
                               f"not {value!r}")
    return check


def _own_colormap(value):
    return None if value is None else colormap_value(value)


class AxesColorMixin:
    """ZLim/ZTick/ZLabel, CLim, View and Colormap for MATLAB's axes (mixed into
    :class:`compat._core.graphics_objects.Axes`, whose ``_limits``/``_ticks`` machinery
    serves the z axis as it serves x and y)."""

    _PROPERTIES = {
        "ZLimMode": ("auto", _mode),
        "ZTickMode": ("auto", _mode),
        "ZTickLabelMode": ("auto", _mode),
        "ZScale": ("linear", _choice("linear", "log")),
        "ZDir": ("normal", _choice("normal", "reverse")),
        "ZGrid": ("off", _on_off),
        "ZMinorGrid": ("off", _on_off),
        "CLimMode": ("auto", _mode),
        "View": (lambda: double_row([0.0, 90.0]), view_value),
        "Colormap": (None, _own_colormap),
    }

    def _color_init(self):
        object.__setattr__(self, "_zlim", double_row([0.0, 1.0]))
        object.__setattr__(self, "_ztick", None)
        object.__setattr__(self, "_zticklabel", None)
        object.__setattr__(self, "_clim", double_row([0.0, 1.0]))

    def _color_computed(self) -> dict:
        return {"ZLim": lambda: self._limits("z"), "ZTick": lambda: self._ticks("z"),
                "ZTickLabel": lambda: self._tick_labels("z"),
                "CLim": self.color_limits, "Colormap": self.colormap}

    def _color_settable(self) -> dict:
        return {"ZLim": lambda v: self.set_limits("z", v),
                "ZTick": lambda v: self._set_ticks("z", v),
                "ZTickLabel": lambda v: self._set_tick_labels("z", v),
                "CLim": self.set_color_limits}

    # --- colour --------------------------------------------------------------------
    def color_data(self):
        """The colour data of the visible children that use the colormap."""
        out = []
        for c in self._children:
            if c._deleted or c._props.get("Visible") != "on":
                continue
            fn = getattr(c, "scaled_color_data", None)
            if fn is not None:
                out.extend(fn())
        return out

    def color_limits(self) -> np.ndarray:
        """``CLim``: manual limits, else :func:`color_limits` of the children's data."""
        if self._props["CLimMode"] == "manual":
            return self._clim.copy()
        return color_limits(self.color_data())

    def set_color_limits(self, value):
        """Set ``CLim`` (the mode becomes manual): an increasing pair; an infinite end
        takes the automatic value (MATLAB's ``clim([-inf 5])``)."""
        v = np.asarray(value, dtype=np.float64).ravel()
        if v.size == 2 and np.isinf(v).any() and not np.isnan(v).any():
            v = np.where(np.isinf(v), color_limits(self.color_data()).ravel(), v)
        if v.size != 2 or not np.isfinite(v).all() or not v[0] < v[1]:
            raise CompatValueError("Value must be a 2-element vector of increasing "
                                   "numeric values")
        object.__setattr__(self, "_clim", double_row(v))
        self._props["CLimMode"] = "manual"

    def colormap(self) -> np.ndarray:
        """The axes' colormap: its own, else its figure's."""
        own = self._props["Colormap"]
        if own is not None:
            return own.copy()
        figure = self._parent
        if figure is not None and "Colormap" in figure._props:
            cmap = figure._props["Colormap"]
            if isinstance(cmap, np.ndarray) and cmap.size:
                return cmap.copy()
        return default_colormap()

    def is_3d(self) -> bool:
        """Whether the view is not MATLAB's 2-D view (elevation 90, azimuth 0)."""
        az, el = (float(v) for v in self._props["View"].ravel())
        return not (el == 90.0 and az % 360.0 == 0.0)

    def _visible_children(self):
        return [c for c in self._children
                if not c._deleted and c._props.get("Visible") == "on"]

    def surface_data(self, axis) -> list:
        """The x or y data of the patches, surfaces and images (their
        ``surface_limit_data``; an image spans its pixels' edges)."""
        return [np.asarray(d, dtype=np.float64).ravel() for c in self._visible_children()
                if hasattr(c, "surface_limit_data") for d in c.surface_limit_data(axis)]

    def z_data(self) -> list:
        """The z data of the children: a line's ZData, a surface's or a 3-D patch's
        z values; a 2-D object (a line without ZData, a 2-D patch, an image, a chart)
        lies in the plane z = 0."""
        out = []
        for c in self._visible_children():
            if hasattr(c, "surface_limit_data"):
                out.extend(np.asarray(d, dtype=np.float64).ravel()
                           for d in c.surface_limit_data("z"))
            elif "ZData" in c._props and "XData" in c._props:
                z = np.asarray(c._props["ZData"], dtype=np.float64).ravel()
                has_points = np.asarray(c._props["XData"]).size > 0
                out.append(z if z.size else np.zeros(int(has_points)))
            elif hasattr(type(c), "limit_data"):
                out.append(np.zeros(1))
        return out
