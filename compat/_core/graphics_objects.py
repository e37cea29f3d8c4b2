"""MATLAB's handle-graphics object model, without drawing: root, figures, axes, lines, text.

The tree a MATLAB program builds with ``figure``, ``plot``, ``xlabel``, ``subplot`` ...
and reads back with ``get``: every object stores its properties under MATLAB's names
with MATLAB's defaults; a name is looked up case-insensitively and may be abbreviated
to an unambiguous prefix (``get(h, 'lines')`` is ``LineStyle``), as MATLAB does. No
matplotlib here: :mod:`compat._core.graphics_render` draws a tree when a picture is asked
for (``saveas``, ``print``).

What the model computes as MATLAB does (the legacy layer ``compat.matlab.graphics``
documents each routine; the numbers that need no objects -- colours, LineSpecs, limits,
ticks, subplot positions -- are in :mod:`compat._core.graphics_scales`):

- the current figure and axes (``gcf``/``gca`` create them on first use), figure numbers
  (the lowest free positive integer), the hold state (``NextPlot``);
- the colour order of R2014b and later (seven colours, the same in Octave 7), cycled by
  ``ColorOrderIndex`` across ``plot`` calls while hold is on, lines with an explicit
  colour not taking a turn;
- LineSpec strings (``'r--o'``, ``'-.'``, ``'k'``, ``'x'``);
- the automatic limits and ticks: tick spacing 1, 2 or 5 times a power of ten chosen so
  that about five intervals span the data (Lewart, "Algorithms SCALE1, SCALE2 and SCALE3
  for determination of scales on computer generated plots", CACM 16 (1973) 639-640,
  ACM Algorithm 463: the step ``(hi-lo)/5`` rounded to 1, 2, 5 or 10 times its power of
  ten at the geometric means sqrt(2), sqrt(10), sqrt(50)), the limits widened outwards
  to multiples of the spacing (MATLAB's ``XLimitMethod`` ``'tickaligned'``, its default),
  constant data widened by 10% of its value (by 1 at zero);
- ``subplot``'s positions by MATLAB's rule: the default axes rectangle
  [0.13 0.11 0.775 0.815] cut into an m-by-n grid whose cells keep insets of
  [0.2 0.18 0.04 0.1] (left, bottom, right, top) of a cell: ``subplot(2,2,1)`` is
  [0.1300 0.5838 0.3347 0.3412] as MATLAB prints it (Octave 7 uses other margins:
  [0.13 0.5818 0.3268 0.3432], a recorded divergence).
"""

from __future__ import annotations

import contextlib

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core import events as _events
from compat._core.graphics_color import (AxesColorMixin, colormap_value,
                                         default_colormap)
from compat._core.graphics_scales import (COLOR_ORDER, DEFAULT_AXES_POSITION, MARKER_WORDS,
                                          MARKERS, auto_scale, double_row, log_scale,
                                          log_ticks, ticks_in, to_color)

__all__ = ["GraphicsObject", "Root", "Figure", "Axes", "Line", "Text", "Legend",
           "GraphicsArray", "root", "current_figure", "handle_visible", "current_axes", "new_figure"]


# --------------------------------------------------------------------------------------
# the objects
# --------------------------------------------------------------------------------------
def _on_off(value):
    if isinstance(value, (bool, np.bool_)):
        return "on" if value else "off"
    if isinstance(value, str) and value.lower() in ("on", "off"):
        return value.lower()
    raise CompatValueError(f"Value must be 'on' or 'off', not {value!r}")


def _choice(*allowed):
    def check(value):
        if isinstance(value, str) and value.lower() in [a.lower() for a in allowed]:
            return next(a for a in allowed if a.lower() == value.lower())
        raise CompatValueError(f"Value must be one of {', '.join(repr(a) for a in allowed)}"
                               f", not {value!r}")
    return check


def _scalar(value):
    v = np.asarray(value, dtype=np.float64)
    if v.size != 1 or not np.isfinite(v).all():
        raise CompatValueError("Value must be a finite scalar")
    return float(v.reshape(()))


def _positive(value):
    v = _scalar(value)
    if v <= 0:
        raise CompatValueError("Value must be a positive scalar")
    return v


def _limits(value):
    v = np.asarray(value, dtype=np.float64).ravel()
    if v.size != 2 or np.isnan(v).any() or not v[0] < v[1]:
        raise CompatValueError("Value must be a 2-element vector of increasing numeric "
                               "values")
    return double_row(v)


def _vector(value):
    return double_row(np.asarray(value, dtype=np.float64).ravel())


def _position(value):
    v = np.asarray(value, dtype=np.float64).ravel()
    if v.size != 4 or not np.isfinite(v).all():
        raise CompatValueError("Position must be a 4-element vector [left bottom width "
                               "height]")
    return double_row(v)


def _text(value):
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, (list, tuple)):
        return [_text(v) for v in value]
    if isinstance(value, np.ndarray) and value.dtype.kind == "U":
        return value.tolist() if value.size != 1 else str(value.reshape(-1)[0])
    if isinstance(value, str):
        return value
    if isinstance(value, (int, float, np.number)):
        return str(value)
    raise CompatTypeError("Value must be text (a char vector or a cell of them)")


def _any(value):
    return value


def _line_style(value):
    return _choice("-", "--", ":", "-.", "none")(value)


def _marker(value):
    if isinstance(value, str):
        key = value.strip()
        if key.lower() in MARKER_WORDS:
            return MARKER_WORDS[key.lower()]
        if key in MARKERS:
            return MARKERS[key]
    raise CompatValueError(f"Invalid marker {value!r}: use one of o + * . x _ | s d ^ v "
                           "> < p h, 'square', 'diamond', 'pentagram', 'hexagram', "
                           "'none'")


class GraphicsObject:
    """One graphics object: ``Type``, ``Parent``, ``Children`` and MATLAB's properties.

    Read and write properties as MATLAB's dot syntax does (``h.Color``,
    ``h.Color = 'r'``, any case) or through :meth:`get`/:meth:`set` (any case,
    unambiguous prefixes)."""

    Type = "object"
    matlab_class = "matlab.graphics.Graphics"
    #: canonical name -> (default factory, validator or None for read-only)
    _PROPERTIES: dict = {}

    def __init__(self, parent=None):
        object.__setattr__(self, "_props", {})
        object.__setattr__(self, "_deleted", False)
        object.__setattr__(self, "_parent", None)
        object.__setattr__(self, "_children", [])
        for name, (default, _) in self._all_properties().items():
            self._props[name] = default() if callable(default) else default
        if parent is not None:
            self._attach(parent)

    @classmethod
    def _all_properties(cls) -> dict:
        merged = {}
        for klass in reversed(cls.__mro__):
            merged.update(klass.__dict__.get("_PROPERTIES", {}))
        merged.update({"Tag": ("", _text), "UserData": (lambda: np.zeros((0, 0)), _any),
                       "Visible": ("on", _on_off),
                       "HandleVisibility": ("on", _choice("on", "callback", "off"))})
        return merged

    # --- tree -------------------------------------------------------------------------
    def _attach(self, parent):
        object.__setattr__(self, "_parent", parent)
        parent._children.insert(0, self)  # MATLAB lists the newest child first

    @property
    def Parent(self):  # noqa: N802 - MATLAB's name
        return self._parent

    @property
    def Children(self):  # noqa: N802 - MATLAB's name
        """The children, newest first (MATLAB's order); children whose
        HandleVisibility hides them (:func:`handle_visible`) are left out, as MATLAB's
        ``Children`` leaves them out (``allchild`` lists them)."""
        return GraphicsArray(c for c in self._children
                             if not c._deleted and handle_visible(c))

    def delete(self):
        """MATLAB's ``delete(h)``: the object and its children become invalid."""
        _events.destroying(self)      # ObjectBeingDestroyed; bound listeners go
        for child in list(self._children):
            child.delete()
        if self._parent is not None and self in self._parent._children:
            self._parent._children.remove(self)
            self._parent._child_deleted(self)
        object.__setattr__(self, "_deleted", True)

    def _child_deleted(self, child):
        pass

    def isvalid(self) -> bool:
        return not self._deleted

    # --- properties -------------------------------------------------------------------
    def _names(self):
        names = list(self._all_properties()) + ["Type", "Parent", "Children"]
        return names + [n for n in self._computed() if n not in names]

    def _computed(self) -> dict:
        """Properties computed on reading (name -> function)."""
        return {}

    def resolve(self, name) -> str:
        """MATLAB's property name for ``name`` (any case, an unambiguous prefix)."""
        if isinstance(name, bytes):
            name = name.decode("latin-1")
        if not isinstance(name, str):
            raise CompatTypeError("Property names must be text")
        names = self._names()
        lowered = name.lower()
        exact = [n for n in names if n.lower() == lowered]
        if exact:
            return exact[0]
        found = [n for n in names if n.lower().startswith(lowered)]
        if len(found) == 1:
            return found[0]
        if len(found) > 1:
            raise CompatValueError(f"Ambiguous {self._class_name()} property: '{name}' "
                                   f"(matches {', '.join(sorted(found))})")
        raise CompatValueError(f"Unrecognized property '{name}' for class "
                               f"'{self.matlab_class}'.")

    def _class_name(self):
        return self.Type

    def _check_valid(self):
        if self._deleted:
            raise CompatValueError("Invalid or deleted object.")

    def get(self, name=None):
        """``get(h, 'Name')``; ``get(h)``: every property as a dict."""
        self._check_valid()
        if name is None:
            return {n: self.get(n) for n in sorted(self._names(), key=str.lower)}
        key = self.resolve(name)
        if key == "Type":
            return self.Type
        if key == "Parent":
            return self._parent
        if key == "Children":
            return self.Children
        computed = self._computed()
        if key in computed:
            return computed[key]()
        value = self._props[key]
        return value.copy() if isinstance(value, np.ndarray) else value

    def set(self, name, value):
        """``set(h, 'Name', value)``."""
        self._check_valid()
        key = self.resolve(name)
        spec = self._all_properties().get(key)
        if key in ("Type", "Parent", "Children") or spec is None or spec[1] is None:
            if key in self._settable_computed():
                _events.property_set(self, key, "PreSet")
                self._settable_computed()[key](value)
                _events.property_set(self, key, "PostSet", value)
                return
            raise CompatValueError(f"Unable to set the '{key}' property of class "
                                   f"'{self.matlab_class}' because it is read-only.")
        _events.property_set(self, key, "PreSet")   # listeners (compat._core.events)
        try:
            self._props[key] = spec[1](value)
        except CompatValueError as error:
            raise CompatValueError(f"Error setting property '{key}' of class "
                                   f"'{self.matlab_class}': {error.message}") from None
        self._changed(key)
        _events.property_set(self, key, "PostSet", value)

    def _settable_computed(self) -> dict:
        return {}

    def _changed(self, key):
        pass

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        try:
            key = self.resolve(name)
        except CompatValueError:
            raise AttributeError(f"Unrecognized property '{name}' for class "
                                 f"'{self.matlab_class}'.") from None
        return self.get(key)

    def __setattr__(self, name, value):
        if name.startswith("_"):
            object.__setattr__(self, name, value)
        else:
            self.set(name, value)

    def __dir__(self):
        return sorted(set(object.__dir__(self)) | set(self._names()))

    def __repr__(self):
        state = " (deleted)" if self._deleted else ""
        return f"<{self.Type} {self._label()}{state}>"

    def _label(self):
        return f"at {id(self):#x}"


_events.register_property_source(GraphicsObject)


class GraphicsArray(list):
    """Several graphics objects (MATLAB's handle array), e.g. what ``plot`` returns.

    Index it as a list (MATLAB's ``h(2)`` is ``h[1]``). Dot access reads the property of
    a single object as the object would (``h.Color`` when ``h`` holds one line) and, for
    several, a list of values (MATLAB's cell from ``get(h, 'Color')``); assignment sets
    it on every object."""

    def __getattr__(self, name):
        if name.startswith("_"):
            raise AttributeError(name)
        if len(self) == 1:
            return getattr(self[0], name)
        return [getattr(h, name) for h in self]

    def __setattr__(self, name, value):
        for h in self:
            setattr(h, name, value)


class Root(GraphicsObject):
    """The graphics root (MATLAB's ``groot``, handle 0)."""

    Type = "root"
    matlab_class = "matlab.ui.Root"
    _PROPERTIES = {"ShowHiddenHandles": ("off", _on_off)}

    def __init__(self):
        super().__init__()
        object.__setattr__(self, "_current", None)
        # the object whose callback is running (MATLAB's groot.CallbackObject, what gcbo
        # returns) and its figure (gcbf); set only through running_callback()
        object.__setattr__(self, "_callback", [None, None])

    def _computed(self):
        return {"CurrentFigure": lambda: self.current_figure(create=False),
                "CallbackObject": lambda: self._callback[0]}

    def _settable_computed(self):
        return {"CurrentFigure": self._set_current}

    def _set_current(self, figure):
        if not isinstance(figure, Figure) or figure._deleted:
            raise CompatValueError("CurrentFigure must be a valid figure")
        self._make_current(figure)

    def _make_current(self, figure):
        object.__setattr__(self, "_current", figure)
        self._children.remove(figure)
        self._children.insert(0, figure)

    def figures(self):
        return [c for c in self._children if isinstance(c, Figure) and not c._deleted]

    def current_figure(self, create=True):
        cur = self._current
        if cur is None or cur._deleted:
            figures = self.figures()
            cur = figures[0] if figures else None
            object.__setattr__(self, "_current", cur)
        if cur is None and create:
            cur = new_figure()
        return cur

    def figure_by_number(self, number):
        for f in self.figures():
            if f._props["Number"] == number:
                return f
        return None

    def _child_deleted(self, child):
        if child is self._current:
            object.__setattr__(self, "_current", None)

    def _label(self):
        return "0"


class Figure(GraphicsObject):
    """A figure: ``Number`` (MATLAB's figure number: a double, read as MATLAB does;
    ``int(f)`` gives it as an int), ``Name`` ..."""

    Type = "figure"
    matlab_class = "matlab.ui.Figure"
    _PROPERTIES = {
        "Number": (None, None),
        "Name": ("", _text),
        "NumberTitle": ("on", _on_off),
        "Color": (lambda: double_row([0.94, 0.94, 0.94]), lambda v: to_color(v, none_ok=False)),
        "Position": (lambda: double_row([680, 458, 560, 420]), _position),
        "Units": ("pixels", _choice("pixels", "normalized", "inches", "centimeters",
                                    "points", "characters")),
        "NextPlot": ("add", _choice("add", "replace", "replacechildren", "new")),
        "Colormap": (default_colormap, colormap_value),
        "PaperPositionMode": ("auto", _choice("auto", "manual")),
        "InvertHardcopy": ("on", _on_off),
        "FileName": ("", _text),
        # window settings recorded headless (dialog's defaults differ)
        "WindowStyle": ("normal", _choice("normal", "modal", "docked")),
        "MenuBar": ("figure", _choice("figure", "none")),
        "ToolBar": ("auto", _choice("auto", "figure", "none")),
        "Resize": ("on", _on_off),
        "DockControls": ("on", _on_off),
        "IntegerHandle": ("on", _on_off),
    }

    def __init__(self, parent, number):
        super().__init__(parent)
        self._props["Number"] = int(number)
        object.__setattr__(self, "_current_axes", None)

    def _computed(self):
        return {"CurrentAxes": lambda: self.current_axes(create=False),
                "Number": lambda: float(self._props["Number"]),  # a double, as MATLAB's
                "CurrentObject": self._current_object_value}

    def _settable_computed(self):
        return {"CurrentAxes": self._set_current_axes,
                "CurrentObject": self._set_current_object}

    def _current_object_value(self):
        """MATLAB's ``CurrentObject`` (what ``gco`` reads): the object last clicked in
        MATLAB; here the object last set (``set(f, 'CurrentObject', h)``, or a UI
        callback driver), empty when none or when it was deleted."""
        obj = getattr(self, "_current_object", None)
        if obj is None or obj._deleted:
            return GraphicsArray()
        return obj

    def _set_current_object(self, obj):
        if isinstance(obj, GraphicsArray) and len(obj) <= 1:
            obj = obj[0] if obj else None
        if isinstance(obj, (list, tuple, np.ndarray)) and np.size(obj) == 0:
            obj = None
        if obj is not None:
            up = obj if isinstance(obj, GraphicsObject) else None
            while up is not None and up is not self:
                up = up._parent
            if up is None or obj._deleted:
                raise CompatValueError("CurrentObject must be an object of this figure "
                                       "or empty")
        object.__setattr__(self, "_current_object", obj)

    def _set_current_axes(self, axes):
        if not isinstance(axes, Axes) or axes._deleted or axes._parent is not self:
            raise CompatValueError("CurrentAxes must be an axes of this figure")
        object.__setattr__(self, "_current_axes", axes)

    def axes(self):
        return [c for c in self._children if isinstance(c, Axes) and not c._deleted]

    def current_axes(self, create=True):
        cur = self._current_axes
        if cur is None or cur._deleted:
            axes = self.axes()
            cur = axes[0] if axes else None
            object.__setattr__(self, "_current_axes", cur)
        if cur is None and create:
            cur = Axes(self)
            object.__setattr__(self, "_current_axes", cur)
        return cur

    def _child_deleted(self, child):
        if child is self._current_axes:
            object.__setattr__(self, "_current_axes", None)

    def __int__(self):
        return self._props["Number"]

    def __index__(self):
        return self._props["Number"]

    def _label(self):
        return str(self._props["Number"])


class Text(GraphicsObject):
    """A text object (the axes' Title, XLabel, YLabel; ``text``)."""

    Type = "text"
    matlab_class = "matlab.graphics.primitive.Text"
    _PROPERTIES = {
        "String": ("", _text),
        "Position": (lambda: double_row([0.0, 0.0, 0.0]), _vector),
        "Color": (lambda: double_row([0.0, 0.0, 0.0]), lambda v: to_color(v)),
        "FontSize": (10.0, _positive),
        "FontWeight": ("normal", _choice("normal", "bold")),
        "FontName": ("Helvetica", _text),
        "FontAngle": ("normal", _choice("normal", "italic")),
        "Interpreter": ("tex", _choice("tex", "latex", "none")),
        "HorizontalAlignment": ("left", _choice("left", "center", "right")),
        "VerticalAlignment": ("middle", _choice("middle", "top", "bottom", "baseline",
                                                "cap")),
        "Rotation": (0.0, _scalar),
        "Units": ("data", _choice("data", "normalized", "pixels", "inches",
                                  "centimeters", "points", "characters")),
    }

    def _label(self):
        return repr(self._props["String"])


class Line(GraphicsObject):
    """A line (``plot``, ``line``)."""

    Type = "line"
    matlab_class = "matlab.graphics.chart.primitive.Line"
    _PROPERTIES = {
        "XData": (lambda: np.zeros((1, 0)), _vector),
        "YData": (lambda: np.zeros((1, 0)), _vector),
        "ZData": (lambda: np.zeros((0, 0)), _any),
        "Color": (lambda: COLOR_ORDER[:1].copy(), lambda v: to_color(v, none_ok=False)),
        "LineStyle": ("-", _line_style),
        "LineWidth": (0.5, _positive),
        "Marker": ("none", _marker),
        "MarkerSize": (6.0, _positive),
        "MarkerEdgeColor": ("auto", lambda v: to_color(v, auto_ok=True)),
        "MarkerFaceColor": ("none", lambda v: to_color(v, auto_ok=True)),
        "DisplayName": ("", _text),
    }

    def _label(self):
        return f"{self._props['XData'].size} points"


class Legend(GraphicsObject):
    """A legend: ``String`` (a list, MATLAB's cell), ``Location``."""

    Type = "legend"
    matlab_class = "matlab.graphics.illustration.Legend"
    _PROPERTIES = {
        "String": (list, _text),
        "Location": ("northeast", _text),
        "Orientation": ("vertical", _choice("vertical", "horizontal")),
        "Box": ("on", _on_off),
        "FontSize": (9.0, _positive),
        "Interpreter": ("tex", _choice("tex", "latex", "none")),
    }


class Axes(AxesColorMixin, GraphicsObject):
    """An axes: limits, ticks, hold state, colour order, title and labels."""

    Type = "axes"
    matlab_class = "matlab.graphics.axis.Axes"
    _PROPERTIES = {
        "Position": (lambda: double_row(DEFAULT_AXES_POSITION), _position),
        "OuterPosition": (lambda: double_row([0.0, 0.0, 1.0, 1.0]), _position),
        "Units": ("normalized", _choice("normalized", "pixels", "inches", "centimeters",
                                        "points", "characters")),
        "XLimMode": ("auto", _choice("auto", "manual")),
        "YLimMode": ("auto", _choice("auto", "manual")),
        "XTickMode": ("auto", _choice("auto", "manual")),
        "YTickMode": ("auto", _choice("auto", "manual")),
        "XScale": ("linear", _choice("linear", "log")),
        "YScale": ("linear", _choice("linear", "log")),
        "XDir": ("normal", _choice("normal", "reverse")),
        "YDir": ("normal", _choice("normal", "reverse")),
        "XGrid": ("off", _on_off),
        "YGrid": ("off", _on_off),
        "XMinorGrid": ("off", _on_off),
        "YMinorGrid": ("off", _on_off),
        "Box": ("off", _on_off),
        "Color": (lambda: double_row([1.0, 1.0, 1.0]), lambda v: to_color(v)),
        "ColorOrder": (lambda: COLOR_ORDER.copy(), _any),
        "ColorOrderIndex": (1, None),
        "LineStyleOrder": ("-", _any),
        "NextPlot": ("replace", _choice("replace", "add", "replacechildren",
                                        "replaceall")),
        "FontSize": (10.0, _positive),
        "LineWidth": (0.5, _positive),
        "DataAspectRatioMode": ("auto", _choice("auto", "manual")),
        "XAxisLocation": ("bottom", _choice("bottom", "top", "origin")),
        "YAxisLocation": ("left", _choice("left", "right", "origin")),
        "TickDir": ("in", _choice("in", "out", "both")),
        "XTickLabelMode": ("auto", _choice("auto", "manual")),
        "YTickLabelMode": ("auto", _choice("auto", "manual")),
    }

    def __init__(self, parent, position=None):
        super().__init__(parent)
        object.__setattr__(self, "_xlim", double_row([0.0, 1.0]))
        object.__setattr__(self, "_ylim", double_row([0.0, 1.0]))
        object.__setattr__(self, "_xtick", None)
        object.__setattr__(self, "_ytick", None)
        object.__setattr__(self, "_xticklabel", None)
        object.__setattr__(self, "_yticklabel", None)
        self._color_init()
        object.__setattr__(self, "_tight", False)
        object.__setattr__(self, "_legend", None)
        object.__setattr__(self, "_labels", {
            "Title": Text(None), "XLabel": Text(None), "YLabel": Text(None),
            "ZLabel": Text(None)})
        for key, t in self._labels.items():
            object.__setattr__(t, "_parent", self)
            t._props["FontSize"] = 11.0  # FontSize x Title/LabelFontSizeMultiplier 1.1
            t._props["HorizontalAlignment"] = "center"
            t._props["HandleVisibility"] = "off"  # hidden children, as MATLAB's labels
        self._labels["Title"]._props["FontWeight"] = "bold"
        if position is not None:
            self._props["Position"] = _position(position)

    def _computed(self):
        return {"XLim": lambda: self._limits("x"), "YLim": lambda: self._limits("y"),
                "XTick": lambda: self._ticks("x"), "YTick": lambda: self._ticks("y"),
                "XTickLabel": lambda: self._tick_labels("x"),
                "YTickLabel": lambda: self._tick_labels("y"),
                "Title": lambda: self._labels["Title"],
                "XLabel": lambda: self._labels["XLabel"],
                "YLabel": lambda: self._labels["YLabel"],
                "Legend": lambda: self._legend,
                "ZLabel": lambda: self._labels["ZLabel"], **self._color_computed()}

    def _settable_computed(self):
        return {"XLim": lambda v: self.set_limits("x", v),
                "YLim": lambda v: self.set_limits("y", v),
                "XTick": lambda v: self._set_ticks("x", v),
                "YTick": lambda v: self._set_ticks("y", v),
                "XTickLabel": lambda v: self._set_tick_labels("x", v),
                "YTickLabel": lambda v: self._set_tick_labels("y", v),
                **self._color_settable()}

    def lines(self):
        return [c for c in self._children if isinstance(c, Line) and not c._deleted]

    def _data(self, axis):
        """The data the automatic limits of ``axis`` span: lines and charts,
        plus patches, surfaces and images (graphics_color.AxesColorMixin)."""
        if axis == "z":
            return self.z_data()
        return self._plain_data(axis) + self.surface_data(axis)

    def _plain_data(self, axis):
        key = "XData" if axis == "x" else "YData"
        data = [np.asarray(c._props[key], dtype=np.float64).ravel()
                for c in self.lines() if c._props["Visible"] == "on"]
        # charts (compat._core.graphics_charts) and other objects that say which
        # values their picture spans (a bar's edges and baseline, an error bar's ends)
        for c in self._children:
            extent = getattr(type(c), "limit_data", None)
            if extent is not None and not c._deleted and c._props["Visible"] == "on":
                data.extend(np.asarray(v, dtype=np.float64).ravel()
                            for v in c.limit_data(axis))
        return data

    def _log(self, axis):
        return self._props[f"{axis.upper()}Scale"] == "log"

    def _auto(self, axis):
        scale = log_scale if self._log(axis) else auto_scale
        return scale(self._data(axis), tight=self._tight)

    def _limits(self, axis):
        if self._props[f"{axis.upper()}LimMode"] == "manual":
            return getattr(self, f"_{axis}lim").copy()
        return double_row(self._auto(axis)[:2])

    def set_limits(self, axis, value):
        """Set XLim/YLim (the mode becomes manual); ``-inf``/``inf`` ends take the
        automatic value."""
        v = np.asarray(value, dtype=np.float64).ravel()
        if v.size == 2 and np.isinf(v).any() and not np.isnan(v).any():
            auto = double_row(self._auto(axis)[:2]).ravel()
            v = np.where(np.isinf(v), auto, v)
        object.__setattr__(self, f"_{axis}lim", _limits(v))
        self._props[f"{axis.upper()}LimMode"] = "manual"

    def _ticks(self, axis):
        if self._props[f"{axis.upper()}TickMode"] == "manual":
            return getattr(self, f"_{axis}tick").copy()
        if self._props[f"{axis.upper()}LimMode"] == "auto":
            return self._auto(axis)[2]
        lo, hi = self._limits(axis).ravel()
        return log_ticks(lo, hi) if self._log(axis) else ticks_in(lo, hi)

    def _set_ticks(self, axis, value):
        v = np.asarray(value, dtype=np.float64).ravel()
        if v.size > 1 and not np.all(np.diff(v) > 0):
            raise CompatValueError("Value must be a vector of increasing numeric values")
        object.__setattr__(self, f"_{axis}tick", double_row(v))
        self._props[f"{axis.upper()}TickMode"] = "manual"

    def _tick_labels(self, axis):
        if self._props[f"{axis.upper()}TickLabelMode"] == "manual":
            return list(getattr(self, f"_{axis}ticklabel"))
        return [format(float(t), "g") for t in self._ticks(axis).ravel()]

    def _set_tick_labels(self, axis, value):
        text = _text(value)
        object.__setattr__(self, f"_{axis}ticklabel",
                           [text] if isinstance(text, str) else list(text))
        self._props[f"{axis.upper()}TickLabelMode"] = "manual"

    def set_tight(self, tight: bool):
        object.__setattr__(self, "_tight", bool(tight))

    def next_color(self):
        """The next ColorOrder colour; ``ColorOrderIndex`` moves on (cyclically)."""
        order = np.asarray(self._props["ColorOrder"], dtype=np.float64).reshape(-1, 3)
        index = int(self._props["ColorOrderIndex"])
        color = order[(index - 1) % len(order)].reshape(1, 3).copy()
        self._props["ColorOrderIndex"] = index + 1
        return color

    def reset(self):
        """What a high-level plot does with ``NextPlot`` 'replace' (hold off): delete
        the children, the legend and the labels' text and reset the properties
        except Position (MATLAB's ``cla reset`` keeping the position)."""
        position = self._props["Position"]
        self.clear()
        for name, (default, _) in self._all_properties().items():
            self._props[name] = default() if callable(default) else default
        self._props["Position"] = position
        for t in self._labels.values():
            t._props["String"] = ""
        object.__setattr__(self, "_tight", False)

    def clear(self):
        """MATLAB's ``cla``: delete the plotted children and the legend."""
        for child in list(self._children):
            child.delete()
        if self._legend is not None:
            self._legend.delete()
            object.__setattr__(self, "_legend", None)
        self._props["ColorOrderIndex"] = 1

    def set_legend(self, legend):
        if self._legend is not None and legend is not self._legend:
            self._legend.delete()
        object.__setattr__(self, "_legend", legend)

    def _child_deleted(self, child):
        if child is self._legend:
            object.__setattr__(self, "_legend", None)

    def _label(self):
        pos = " ".join(f"{v:.4g}" for v in self._props["Position"].ravel())
        return f"[{pos}]"


# --------------------------------------------------------------------------------------
# the session's root and the current objects
# --------------------------------------------------------------------------------------
_ROOT = [Root()]


def root() -> Root:
    """The graphics root of this Python session."""
    return _ROOT[0]


def new_figure(number: int | None = None) -> Figure:
    """A new figure, numbered ``number`` or the lowest free positive integer; it
    becomes the current figure."""
    r = root()
    if number is None:
        used = {f._props["Number"] for f in r.figures()}
        number = 1
        while number in used:
            number += 1
    figure = Figure(r, number)
    r._make_current(figure)
    return figure


@contextlib.contextmanager
def running_callback(obj):
    """Make ``obj`` the callback object (MATLAB's ``gcbo``; its figure is ``gcbf``)
    while a callback runs; the previous pair comes back afterwards (nested callbacks)."""
    r = root()
    figure = obj
    while figure is not None and not isinstance(figure, Figure):
        figure = figure.Parent
    saved = list(r._callback)
    r._callback[:] = [obj, figure]
    try:
        yield obj
    finally:
        r._callback[:] = saved


def handle_visible(obj) -> bool:
    """Whether ``obj`` is listed in ``Children`` and found by ``findobj``: its
    HandleVisibility is 'on', or 'callback' while a callback runs
    (:func:`running_callback`), or the root's ShowHiddenHandles is 'on' (MATLAB's rule;
    ``findall``/``allchild`` list every object)."""
    mode = obj._props.get("HandleVisibility", "on")
    if mode == "on":
        return True
    r = root()
    if r._props["ShowHiddenHandles"] == "on":
        return True
    return mode == "callback" and r._callback[0] is not None


def callback_object():
    """``(object, figure)`` of the running callback, ``(None, None)`` outside one."""
    return tuple(root()._callback)


def current_figure(create: bool = True) -> Figure | None:
    return root().current_figure(create)


def current_axes(create: bool = True) -> Axes | None:
    figure = current_figure(create)
    return None if figure is None else figure.current_axes(create)
