"""MATLAB's chart objects, without drawing: bars, scatter, error bars, stems, stairs,
areas, histograms, contours and quivers.

Each chart is a :class:`~compat._core.graphics_objects.GraphicsObject` child of an axes
holding MATLAB's properties under MATLAB's names (``XData``, ``BarWidth``,
``BinCounts`` ...) and saying which values its picture spans (:meth:`Chart.limit_data`,
read by the axes' automatic limits): a bar's edges and its baseline, an error bar's
ends, a stem's baseline. The legacy layer :mod:`compat.matlab.chart_plots` parses the
call forms; :mod:`compat._core.graphics_render` draws the charts with matplotlib.

The numbers follow MATLAB's rules, cited where they are computed:

- bars: bar spacing the smallest gap between the (unique) x positions (1 for one
  position), group width 0.8 capped at ``n/(n+1.5)`` for ``n`` grouped series (1 when
  stacked or a single series), series offsets ``((0:n-1) - (n-1)/2) * groupWidth/n``
  times the spacing, a bar ``BarWidth`` times its slot wide; stacked series start where
  the previous ones end (NaN counted as 0) -- MathWorks' bar geometry (``computeBars``
  of the Bar chart, R2014b and later; the ``XEndPoints``/``YEndPoints`` properties of
  R2019b are the bar tips it gives);
- quiver's automatic scale: the arrows shrink so that the longest is
  ``AutoScaleFactor`` (0.9) times the average grid spacing ``hypot(dx, dy)``,
  ``dx = range(X)/n``, ``dy = range(Y)/m`` (MATLAB's quiver; ``n = m = sqrt(numel)``
  for vectors);
- histogram: its numbers are ``histcounts``' (one rule, :mod:`compat._core.histograms`).
"""

from __future__ import annotations

import numpy as np

from compat._core import graphics_objects as go
from compat._core.errors import CompatValueError
from compat._core.graphics_scales import COLOR_ORDER, double_row, to_color

__all__ = ["Chart", "Bar", "Scatter", "ErrorBar", "Stem", "Stair", "Area", "Histogram",
           "Contour", "Quiver", "bar_geometry", "quiver_scale", "stairs_xy", "pie_wedges"]

_choice, _on_off, _positive, _scalar = go._choice, go._on_off, go._positive, go._scalar
_text, _vector, _any, _marker = go._text, go._vector, go._any, go._marker
_line_style = go._line_style


def _nonnegative(value):
    v = _scalar(value)
    if v < 0:
        raise CompatValueError("Value must be a nonnegative scalar")
    return v


def _color_or(*words):
    def check(value):
        if isinstance(value, (str, bytes)):
            text = value.decode("latin-1") if isinstance(value, bytes) else value
            if text.strip().lower() in words:
                return text.strip().lower()
        return to_color(value, none_ok="none" in words)
    return check


def _unit_interval(value):
    v = _scalar(value)
    if not 0 <= v <= 1:
        raise CompatValueError("Value must be a scalar in [0, 1]")
    return v


def _finite(values):
    v = np.asarray(values, dtype=np.float64).ravel()
    return v[np.isfinite(v)]


class Chart(go.GraphicsObject):
    """A chart object in an axes: what it draws comes from its properties; its
    :meth:`limit_data` tells the axes the values its picture spans."""

    _PROPERTIES = {"DisplayName": ("", _text)}

    def limit_data(self, axis):
        """Arrays of the values along ``axis`` ('x' or 'y') the picture spans."""
        key = "XData" if axis == "x" else "YData"
        return [self._props[key]]


# --------------------------------------------------------------------------------------
# bars
# --------------------------------------------------------------------------------------
def bar_geometry(x, heights, *, grouped=True):
    """MathWorks' bar layout of ``heights`` (m positions x n series) at ``x`` (m).

    Returns ``(offsets, slot, base)``: the x offset of each series (n), the slot width
    of each series (the width a bar of BarWidth 1 takes) and the (m x n) height each
    bar starts at (zeros, or the stacked sums of the previous series)."""
    x = np.asarray(x, dtype=np.float64).ravel()
    y = np.asarray(heights, dtype=np.float64)
    m, n = y.shape
    base = np.zeros((m, n))
    if not grouped and n > 1:
        filled = np.where(np.isfinite(y), y, 0.0)
        base[:, 1:] = np.cumsum(filled, axis=1)[:, :-1]
    group = min(0.8, n / (n + 1.5)) if grouped and n > 1 else 1.0
    gaps = np.diff(np.unique(x[np.isfinite(x)]))
    spacing = float(gaps.min()) if gaps.size else 1.0
    if grouped and n > 1:
        slot = group / n * spacing
        offsets = (np.arange(n) - (n - 1) / 2.0) * slot
    else:
        slot = spacing
        offsets = np.zeros(n)
    return offsets, slot, base


class Bar(Chart):
    """A bar series (MATLAB's ``Bar``, what ``bar``/``barh`` return, one per column of
    Y): ``XData`` (the positions), ``YData`` (the heights), ``BarWidth``, ``BarLayout``,
    ``Horizontal``, ``BaseValue``, ``FaceColor``, ``EdgeColor``; read-only ``XEndPoints``
    and ``YEndPoints`` (the bar tips)."""

    Type = "bar"
    matlab_class = "matlab.graphics.chart.primitive.Bar"
    _PROPERTIES = {
        "XData": (lambda: np.zeros((1, 0)), _vector),
        "YData": (lambda: np.zeros((1, 0)), _vector),
        "BarWidth": (0.8, _positive),
        "BarLayout": ("grouped", _choice("grouped", "stacked")),
        "Horizontal": ("off", _on_off),
        "BaseValue": (0.0, _scalar),
        "FaceColor": (lambda: COLOR_ORDER[:1].copy(), _color_or("flat", "none")),
        "EdgeColor": (lambda: double_row([0.0, 0.0, 0.0]), _color_or("flat", "none")),
        "FaceAlpha": (1.0, _unit_interval),
        "LineWidth": (0.5, _positive),
        "LineStyle": ("-", _line_style),
    }

    def __init__(self, parent, series=None):
        super().__init__(parent)
        # the series drawn together (one bar call): their geometry is shared
        object.__setattr__(self, "_series", series if series is not None else [self])

    def _index(self):
        return self._series.index(self)

    def _layout(self):
        series = [s for s in self._series if not s._deleted]
        x = series[0]._props["XData"].ravel()
        y = np.column_stack([s._props["YData"].ravel() for s in series]) if x.size else \
            np.zeros((0, len(series)))
        grouped = self._props["BarLayout"] == "grouped"
        offsets, slot, base = bar_geometry(x, y, grouped=grouped)
        k = series.index(self)
        return x, y[:, k], offsets[k], slot, base[:, k]

    def rectangles(self):
        """(left, right, bottom, top) of each bar along (position, value)."""
        x, y, offset, slot, base = self._layout()
        half = self._props["BarWidth"] * slot / 2.0
        centre = x + offset
        if self._props["BarLayout"] == "stacked" and self._index() > 0:
            return centre - half, centre + half, base, base + y
        return (centre - half, centre + half, np.full(y.shape, self._props["BaseValue"]),
                base + y)

    def _computed(self):
        return {"XEndPoints": lambda: double_row(self._layout()[0] + self._layout()[2]),
                "YEndPoints": lambda: double_row(self.rectangles()[3]),
                "SeriesIndex": lambda: float(self._index() + 1)}

    def limit_data(self, axis):
        left, right, bottom, top = self.rectangles()
        position = [left, right]
        value = [bottom, top, [self._props["BaseValue"]]]
        vertical = self._props["Horizontal"] == "off"
        return position if (axis == "x") == vertical else value


# --------------------------------------------------------------------------------------
# markers and lines
# --------------------------------------------------------------------------------------
class Scatter(Chart):
    """A scatter series (MATLAB's ``Scatter``): ``XData``, ``YData``, ``ZData``,
    ``SizeData`` (marker areas in points squared, default 36), ``CData`` (one colour
    or one per point: RGB rows or values mapped through the colormap),
    ``Marker``, ``MarkerFaceColor`` ('none', or 'flat' when filled),
    ``MarkerEdgeColor`` ('flat': the CData colour)."""

    Type = "scatter"
    matlab_class = "matlab.graphics.chart.primitive.Scatter"
    _PROPERTIES = {
        "XData": (lambda: np.zeros((1, 0)), _vector),
        "YData": (lambda: np.zeros((1, 0)), _vector),
        "ZData": (lambda: np.zeros((1, 0)), _any),
        "SizeData": (36.0, _any),
        "CData": (lambda: COLOR_ORDER[:1].copy(), _any),
        "Marker": ("o", _marker),
        "MarkerFaceColor": ("none", _color_or("flat", "auto", "none")),
        "MarkerEdgeColor": ("flat", _color_or("flat", "auto", "none")),
        "MarkerFaceAlpha": (1.0, _unit_interval),
        "LineWidth": (0.5, _positive),
    }


class _LineLike(Chart):
    _PROPERTIES = {
        "XData": (lambda: np.zeros((1, 0)), _vector),
        "YData": (lambda: np.zeros((1, 0)), _vector),
        "Color": (lambda: COLOR_ORDER[:1].copy(), lambda v: to_color(v, none_ok=False)),
        "LineStyle": ("-", _line_style),
        "LineWidth": (0.5, _positive),
        "Marker": ("none", _marker),
        "MarkerSize": (6.0, _positive),
        "MarkerEdgeColor": ("auto", lambda v: to_color(v, auto_ok=True)),
        "MarkerFaceColor": ("none", lambda v: to_color(v, auto_ok=True)),
    }


class ErrorBar(_LineLike):
    """An error bar series (MATLAB's ``ErrorBar``): ``XData``, ``YData``,
    ``YNegativeDelta``/``YPositiveDelta`` (MATLAB's older names ``LData``/``UData``
    read the same values), ``XNegativeDelta``/``XPositiveDelta`` (empty unless given),
    ``CapSize`` (6 points)."""

    Type = "errorbar"
    matlab_class = "matlab.graphics.chart.primitive.ErrorBar"
    _PROPERTIES = {
        "YNegativeDelta": (lambda: np.zeros((1, 0)), _vector),
        "YPositiveDelta": (lambda: np.zeros((1, 0)), _vector),
        "XNegativeDelta": (lambda: np.zeros((1, 0)), _vector),
        "XPositiveDelta": (lambda: np.zeros((1, 0)), _vector),
        "CapSize": (6.0, _nonnegative),
        "Orientation": ("vertical", _choice("vertical", "horizontal", "both")),
    }

    def _computed(self):
        return {"LData": lambda: self._props["YNegativeDelta"].copy(),
                "UData": lambda: self._props["YPositiveDelta"].copy()}

    def _settable_computed(self):
        return {"LData": lambda v: self.set("YNegativeDelta", v),
                "UData": lambda v: self.set("YPositiveDelta", v)}

    def limit_data(self, axis):
        centre = self._props["XData" if axis == "x" else "YData"].ravel()
        letter = axis.upper()
        out = [centre]
        for key, sign in ((f"{letter}NegativeDelta", -1.0), (f"{letter}PositiveDelta", 1.0)):
            delta = self._props[key].ravel()
            if delta.size == centre.size:
                out.append(centre + sign * np.where(np.isnan(delta), 0.0, delta))
        return out


class Stem(_LineLike):
    """A stem series (MATLAB's ``Stem``): lines from ``BaseValue`` to each point, a
    circle marker (``Marker`` 'o') at the point."""

    Type = "stem"
    matlab_class = "matlab.graphics.chart.primitive.Stem"
    _PROPERTIES = {"BaseValue": (0.0, _scalar), "Marker": ("o", _marker),
                   "ShowBaseLine": ("on", _on_off)}

    def limit_data(self, axis):
        if axis == "x":
            return [self._props["XData"]]
        return [self._props["YData"], [self._props["BaseValue"]]]


def stairs_xy(x, y):
    """The staircase of points (x, y): each y held until the next x (MATLAB's
    ``[xs, ys] = stairs(x, y)``: ``2n-1`` points, x repeated, y repeated with a lag)."""
    x = np.asarray(x, dtype=np.float64)
    y = np.asarray(y, dtype=np.float64)
    n = x.shape[0]
    if n == 0:
        return x.copy(), y.copy()
    index_x = np.repeat(np.arange(n), 2)[1:]
    index_y = np.repeat(np.arange(n), 2)[:-1]
    return x[index_x], y[index_y]


class Stair(_LineLike):
    """A stairstep series (MATLAB's ``Stair``): ``XData``/``YData`` are the points
    given; the drawn staircase is :func:`stairs_xy` of them."""

    Type = "stair"
    matlab_class = "matlab.graphics.chart.primitive.Stair"


class Area(Chart):
    """An area series (MATLAB's ``Area``): the region between ``BaseValue`` and the
    curve (stacked over the previous series of one call)."""

    Type = "area"
    matlab_class = "matlab.graphics.chart.primitive.Area"
    _PROPERTIES = {
        "XData": (lambda: np.zeros((1, 0)), _vector),
        "YData": (lambda: np.zeros((1, 0)), _vector),
        "BaseValue": (0.0, _scalar),
        "FaceColor": (lambda: COLOR_ORDER[:1].copy(), _color_or("flat", "none")),
        "EdgeColor": (lambda: double_row([0.0, 0.0, 0.0]), _color_or("flat", "none")),
        "FaceAlpha": (1.0, _unit_interval),
        "LineWidth": (0.5, _positive),
        "LineStyle": ("-", _line_style),
    }

    def __init__(self, parent, below=None):
        super().__init__(parent)
        object.__setattr__(self, "_below", below)  # the series this one stacks on

    def bounds(self):
        """(lower, upper) of the filled region at each XData."""
        y = np.where(np.isfinite(self._props["YData"].ravel()),
                     self._props["YData"].ravel(), 0.0)
        below = self._below
        if below is None or below._deleted:
            lower = np.full(y.shape, self._props["BaseValue"])
            return lower, y
        lower = below.bounds()[1]
        return lower, lower + y

    def limit_data(self, axis):
        if axis == "x":
            return [self._props["XData"]]
        lower, upper = self.bounds()
        return [lower, upper, [self._props["BaseValue"]]]


# --------------------------------------------------------------------------------------
# histogram
# --------------------------------------------------------------------------------------
class Histogram(Chart):
    """A histogram (MATLAB's ``Histogram`` object): ``Data``, ``BinEdges``,
    ``BinCounts`` (the counts), ``Values`` (the counts under ``Normalization``),
    ``NumBins``, ``BinWidth``, ``BinLimits``, ``Normalization``, ``BinMethod``,
    ``FaceColor``, ``EdgeColor``, ``FaceAlpha`` (0.6), ``Orientation``. Setting
    ``NumBins``, ``BinWidth``, ``BinEdges`` or ``Normalization`` bins the data again
    through the function given (``histcounts``' rule)."""

    Type = "histogram"
    matlab_class = "matlab.graphics.chart.primitive.Histogram"
    _PROPERTIES = {
        "Data": (lambda: np.zeros((0, 0)), None),
        "BinEdges": (lambda: np.zeros((1, 0)), None),
        "BinCounts": (lambda: np.zeros((1, 0)), None),
        "Values": (lambda: np.zeros((1, 0)), None),
        "Normalization": ("count", None),
        "BinMethod": ("auto", None),
        "BinLimitsMode": ("auto", _choice("auto", "manual")),
        "FaceColor": (lambda: COLOR_ORDER[:1].copy(), _color_or("auto", "none")),
        "EdgeColor": (lambda: double_row([0.0, 0.0, 0.0]), _color_or("auto", "none")),
        "FaceAlpha": (0.6, _unit_interval),
        "EdgeAlpha": (1.0, _unit_interval),
        "LineWidth": (0.5, _positive),
        "LineStyle": ("-", _line_style),
        "DisplayStyle": ("bar", _choice("bar", "stairs")),
        "Orientation": ("vertical", _choice("vertical", "horizontal")),
    }

    def __init__(self, parent, binner):
        super().__init__(parent)
        # binner(data, options) -> (values, counts, edges): histcounts' rule
        object.__setattr__(self, "_binner", binner)

    def rebin(self, **options):
        """Bin ``Data`` again with histcounts' options (NumBins=, BinWidth=,
        BinEdges=, BinLimits=, BinMethod=, Normalization=)."""
        normalization = options.pop("Normalization", self._props["Normalization"])
        values, counts, edges = self._binner(self._props["Data"], options,
                                             normalization)
        self._props.update(Values=values, BinCounts=counts, BinEdges=edges,
                           Normalization=str(normalization).lower())
        if "BinMethod" in options:
            self._props["BinMethod"] = str(options["BinMethod"]).lower()
        elif options:
            self._props["BinMethod"] = "manual"
        if "BinLimits" in options:
            self._props["BinLimitsMode"] = "manual"

    def _computed(self):
        edges = self._props["BinEdges"].ravel()
        width = np.diff(edges)
        uniform = width.size and np.all(np.abs(width - width[0]) <=
                                        4 * np.spacing(np.max(np.abs(edges))))
        return {"NumBins": lambda: float(max(edges.size - 1, 0)),
                "BinWidth": lambda: float(width[0]) if uniform else "nonuniform",
                "BinLimits": lambda: double_row([edges[0], edges[-1]]) if edges.size
                else np.zeros((1, 0))}

    def _settable_computed(self):
        return {"NumBins": lambda v: self.rebin(NumBins=v),
                "BinWidth": lambda v: self.rebin(BinWidth=v),
                "BinEdges": lambda v: self.rebin(BinEdges=v),
                "BinLimits": lambda v: self.rebin(BinLimits=v),
                "Normalization": lambda v: self.rebin(Normalization=v,
                                                      BinEdges=self._props["BinEdges"])}

    def limit_data(self, axis):
        edges = self._props["BinEdges"]
        values = [self._props["Values"], [0.0]]
        vertical = self._props["Orientation"] == "vertical"
        return [edges] if (axis == "x") == vertical else values


# --------------------------------------------------------------------------------------
# contours and vector fields
# --------------------------------------------------------------------------------------
class Contour(Chart):
    """A contour plot (MATLAB's ``Contour``): ``XData``, ``YData``, ``ZData``,
    ``ContourMatrix`` (contourc's matrix), ``LevelList``, ``LevelListMode``, ``Fill``
    ('on' for contourf), ``LineColor`` ('flat': colours from the levels),
    ``ShowText``."""

    Type = "contour"
    matlab_class = "matlab.graphics.chart.primitive.Contour"
    _PROPERTIES = {
        "XData": (lambda: np.zeros((0, 0)), None),
        "YData": (lambda: np.zeros((0, 0)), None),
        "ZData": (lambda: np.zeros((0, 0)), None),
        "ContourMatrix": (lambda: np.zeros((2, 0)), None),
        "LevelList": (lambda: np.zeros((1, 0)), None),
        "LevelListMode": ("auto", _choice("auto", "manual")),
        "Fill": ("off", _on_off),
        "LineColor": ("flat", _color_or("flat", "none")),
        "LineStyle": ("-", _line_style),
        "LineWidth": (0.5, _positive),
        "ShowText": ("off", _on_off),
    }


def quiver_scale(x, y, u, v, factor=0.9):
    """MATLAB's automatic quiver scale: ``factor`` over the longest arrow measured in
    average grid spacings (``hypot(range(X)/n, range(Y)/m)``; ``n = m = sqrt(numel)``
    for vector data); ``factor`` itself when every arrow or the grid is degenerate."""
    x, y = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    u, v = np.asarray(u, dtype=np.float64), np.asarray(v, dtype=np.float64)
    if x.ndim < 2 or min(x.shape) == 1:
        n = m = np.sqrt(x.size)
    else:
        m, n = x.shape
    fx, fy = _finite(x), _finite(y)
    dx = (fx.max() - fx.min()) / n if fx.size else 0.0
    dy = (fy.max() - fy.min()) / m if fy.size else 0.0
    spacing = dx * dx + dy * dy
    longest = 0.0
    if spacing > 0:
        lengths = np.sqrt((u * u + v * v) / spacing)
        finite = lengths[np.isfinite(lengths)]
        longest = float(finite.max()) if finite.size else 0.0
    return factor / longest if longest > 0 else factor


class Quiver(Chart):
    """A quiver plot (MATLAB's ``Quiver``): arrows from (``XData``, ``YData``) along
    (``UData``, ``VData``) times the automatic scale when ``AutoScale`` is 'on'
    (:func:`quiver_scale` with ``AutoScaleFactor``)."""

    Type = "quiver"
    matlab_class = "matlab.graphics.chart.primitive.Quiver"
    _PROPERTIES = {
        "XData": (lambda: np.zeros((0, 0)), _any),
        "YData": (lambda: np.zeros((0, 0)), _any),
        "UData": (lambda: np.zeros((0, 0)), _any),
        "VData": (lambda: np.zeros((0, 0)), _any),
        "AutoScale": ("on", _on_off),
        "AutoScaleFactor": (0.9, _nonnegative),
        "Color": (lambda: COLOR_ORDER[:1].copy(), lambda v: to_color(v, none_ok=False)),
        "LineStyle": ("-", _line_style),
        "LineWidth": (0.5, _positive),
        "MaxHeadSize": (0.2, _nonnegative),
        "ShowArrowHead": ("on", _on_off),
        "Marker": ("none", _marker),
    }

    def scale(self):
        if self._props["AutoScale"] != "on":
            return 1.0
        p = self._props
        return quiver_scale(p["XData"], p["YData"], p["UData"], p["VData"],
                            p["AutoScaleFactor"])

    def arrows(self):
        """(x0, y0, x1, y1) of each arrow (flattened, NaN-free starts)."""
        p = self._props
        s = self.scale()
        x0 = np.asarray(p["XData"], dtype=np.float64).ravel()
        y0 = np.asarray(p["YData"], dtype=np.float64).ravel()
        u = np.asarray(p["UData"], dtype=np.float64).ravel()
        v = np.asarray(p["VData"], dtype=np.float64).ravel()
        return x0, y0, x0 + s * u, y0 + s * v

    def limit_data(self, axis):
        x0, y0, x1, y1 = self.arrows()
        return [x0, x1] if axis == "x" else [y0, y1]


# --------------------------------------------------------------------------------------
# pie
# --------------------------------------------------------------------------------------
def pie_wedges(x, *, points: int = 100):
    """MATLAB's pie geometry of the fractions ``x`` (already normalised; zeros give no
    wedge): for each wedge ``(index, xx, yy, mid)`` -- the outline (centre, ``n + 1``
    points of the unit circle, centre; ``n = max(1, ceil(points * x))``) counterclockwise
    from 90 degrees, and the angle of its middle."""
    out = []
    start = np.pi / 2
    for i, share in enumerate(x):
        if share <= 0:
            continue
        n = max(1, int(np.ceil(points * share)))
        theta = start + np.concatenate([[0.0], share * np.arange(n + 1) / n, [0.0]]) * 2 * np.pi
        r = np.concatenate([[0.0], np.ones(n + 1), [0.0]])
        out.append((i, r * np.cos(theta), r * np.sin(theta), start + share * np.pi))
        start = float(theta.max())
    return out
