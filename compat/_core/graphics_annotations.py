"""MATLAB's figure annotations, rectangles and interaction modes as graphics objects.

- the annotation shapes ``annotation`` makes (MATLAB's Line, Arrow, DoubleEndArrow,
  TextArrow, TextBox, Rectangle and Ellipse annotation property pages): they live in
  the figure's hidden annotation pane (a ``scribeoverlay``, as MATLAB and Octave call
  it), in normalized figure units; a line-like shape keeps ``X``/``Y`` (its two ends)
  and ``Position`` = [x1 y1 x2-x1 y2-y1] in step, a box-like shape has ``Position``
  [x y w h];
- ``rectangle``'s object, an axes child (MATLAB's Rectangle Properties): ``Position``
  [x y w h] in data units, ``Curvature`` [horizontal vertical] in [0, 1], spanning its
  corners in the automatic limits;
- the zoom, pan and rotate3d mode objects (``Enable``, ``Motion``, ``Direction``,
  ``RotateStyle``), one of each per figure.

Drawing (matplotlib, only when a picture is asked for) is in :func:`draw_annotation`
and :func:`draw_rectangle`; :mod:`compat._core.graphics_render` calls them.
"""

from __future__ import annotations

import numpy as np

from compat._core import graphics_objects as go
from compat._core.errors import CompatValueError
from compat._core.graphics_objects import (_choice, _line_style, _on_off, _positive,
                                           _scalar, _text)
from compat._core.graphics_scales import double_row, to_color

__all__ = ["AnnotationPane", "LineShape", "ArrowShape", "DoubleEndArrowShape",
           "TextArrowShape", "TextBoxShape", "RectangleShape", "EllipseShape",
           "Rectangle", "InteractionMode", "annotation_pane", "SHAPES", "mode_of",
           "draw_annotation", "draw_rectangle", "curvature_value"]

_HEADS = ("vback2", "vback1", "vback3", "cback1", "cback2", "cback3", "plain",
          "ellipse", "diamond", "rectangle", "star4", "rose", "hypocycloid",
          "astroid", "deltoid", "fourstar", "none")


def _pair(value):
    v = np.asarray(value, dtype=np.float64).ravel()
    if v.size != 2 or not np.isfinite(v).all():
        raise CompatValueError("Value must be a 2-element vector")
    return double_row(v)


def _box(value):
    v = np.asarray(value, dtype=np.float64).ravel()
    if v.size != 4 or not np.isfinite(v).all():
        raise CompatValueError("Position must be a 4-element vector [x y w h]")
    return double_row(v)


def curvature_value(value):
    """``Curvature``: a scalar c is [c c]; each in [0, 1]."""
    v = np.asarray(value, dtype=np.float64).ravel()
    if v.size == 1:
        v = np.repeat(v, 2)
    if v.size != 2 or not ((v >= 0) & (v <= 1)).all():
        raise CompatValueError("Curvature must be a scalar or a 2-element vector of "
                               "values in [0, 1]")
    return double_row(v)


class AnnotationPane(go.GraphicsObject):
    """The figure's annotation layer (hidden: HandleVisibility 'off')."""

    Type = "annotationpane"
    matlab_class = "matlab.graphics.shape.internal.AnnotationPane"

    def __init__(self, parent):
        super().__init__(parent)
        self._props["HandleVisibility"] = "off"
        self._props["Tag"] = "scribeoverlay"


def annotation_pane(fig) -> AnnotationPane:
    for c in fig._children:
        if isinstance(c, AnnotationPane) and not c._deleted:
            return c
    return AnnotationPane(fig)


_LINE_COMMON = {
    "Color": (lambda: double_row([0.0, 0.0, 0.0]), lambda v: to_color(v)),
    "LineStyle": ("-", _line_style),
    "LineWidth": (0.5, _positive),
    "Units": ("normalized", _choice("normalized", "pixels", "inches", "centimeters",
                                    "points", "characters")),
}

_TEXT_COMMON = {
    "String": ("", _text),
    "FontSize": (10.0, _positive),
    "FontName": ("Helvetica", _text),
    "FontWeight": ("normal", _choice("normal", "bold")),
    "FontAngle": ("normal", _choice("normal", "italic")),
    "Interpreter": ("tex", _choice("tex", "latex", "none")),
}


class _LineLike(go.GraphicsObject):
    """A shape between two points: X = [x1 x2], Y = [y1 y2] and Position
    [x1 y1 dx dy] kept in step."""

    _PROPERTIES = dict(_LINE_COMMON, **{
        "X": (lambda: double_row([0.3, 0.4]), _pair),
        "Y": (lambda: double_row([0.3, 0.4]), _pair),
    })

    def _computed(self):
        return {"Position": self._position}

    def _settable_computed(self):
        return {"Position": self._set_position}

    def _position(self):
        x, y = self._props["X"].ravel(), self._props["Y"].ravel()
        return double_row([x[0], y[0], x[1] - x[0], y[1] - y[0]])

    def _set_position(self, value):
        p = _box(value).ravel()
        self._props["X"] = double_row([p[0], p[0] + p[2]])
        self._props["Y"] = double_row([p[1], p[1] + p[3]])


def _head(prefix=""):
    return {f"{prefix}Style": ("vback2", _choice(*_HEADS)),
            f"{prefix}Length": (10.0, _positive), f"{prefix}Width": (10.0, _positive)}


class LineShape(_LineLike):
    Type = "lineshape"
    matlab_class = "matlab.graphics.shape.Line"


class ArrowShape(_LineLike):
    Type = "arrowshape"
    matlab_class = "matlab.graphics.shape.Arrow"
    _PROPERTIES = _head("Head")


class DoubleEndArrowShape(_LineLike):
    Type = "doubleendarrowshape"
    matlab_class = "matlab.graphics.shape.DoubleEndArrow"
    _PROPERTIES = dict(_head("Head1"), **_head("Head2"))


class TextArrowShape(_LineLike):
    Type = "textarrowshape"
    matlab_class = "matlab.graphics.shape.TextArrow"
    _PROPERTIES = dict(_head("Head"), **_TEXT_COMMON, **{
        "TextColor": (lambda: double_row([0.0, 0.0, 0.0]), lambda v: to_color(v)),
        "TextBackgroundColor": ("none", lambda v: to_color(v, none_ok=True)),
        "TextEdgeColor": ("none", lambda v: to_color(v, none_ok=True)),
        "TextLineWidth": (0.5, _positive),
        "TextMargin": (5.0, _positive),
        "TextRotation": (0.0, _scalar),
    })


class _BoxLike(go.GraphicsObject):
    _PROPERTIES = dict(_LINE_COMMON, **{
        "Position": (lambda: double_row([0.3, 0.3, 0.1, 0.1]), _box),
    })


class TextBoxShape(_BoxLike):
    Type = "textboxshape"
    matlab_class = "matlab.graphics.shape.TextBox"
    _PROPERTIES = dict(_TEXT_COMMON, **{
        "EdgeColor": (lambda: double_row([0.15, 0.15, 0.15]),
                      lambda v: to_color(v, none_ok=True)),
        "BackgroundColor": ("none", lambda v: to_color(v, none_ok=True)),
        "FitBoxToText": ("off", _on_off),
        "HorizontalAlignment": ("left", _choice("left", "center", "right")),
        "VerticalAlignment": ("top", _choice("top", "middle", "bottom", "baseline",
                                             "cap")),
        "Margin": (5.0, _positive),
        "FaceAlpha": (1.0, _scalar),
    })


class RectangleShape(_BoxLike):
    Type = "rectangleshape"
    matlab_class = "matlab.graphics.shape.Rectangle"
    _PROPERTIES = {"FaceColor": ("none", lambda v: to_color(v, none_ok=True)),
                   "FaceAlpha": (1.0, _scalar)}


class EllipseShape(_BoxLike):
    Type = "ellipseshape"
    matlab_class = "matlab.graphics.shape.Ellipse"
    _PROPERTIES = {"FaceColor": ("none", lambda v: to_color(v, none_ok=True)),
                   "FaceAlpha": (1.0, _scalar)}


#: annotation's shape names -> classes
SHAPES = {"line": LineShape, "arrow": ArrowShape, "doublearrow": DoubleEndArrowShape,
          "textarrow": TextArrowShape, "textbox": TextBoxShape,
          "rectangle": RectangleShape, "ellipse": EllipseShape}


# --------------------------------------------------------------------------------------
# rectangle (an axes child)
# --------------------------------------------------------------------------------------
class Rectangle(go.GraphicsObject):
    """``rectangle``'s object: Position [x y w h] in data units, Curvature."""

    Type = "rectangle"
    matlab_class = "matlab.graphics.primitive.Rectangle"
    _PROPERTIES = {
        "Position": (lambda: double_row([0.0, 0.0, 1.0, 1.0]), _box),
        "Curvature": (lambda: double_row([0.0, 0.0]), curvature_value),
        "FaceColor": ("none", lambda v: to_color(v, none_ok=True)),
        "EdgeColor": (lambda: double_row([0.0, 0.0, 0.0]),
                      lambda v: to_color(v, none_ok=True)),
        "LineStyle": ("-", _line_style),
        "LineWidth": (0.5, _positive),
        "FaceAlpha": (1.0, _scalar),
        "DisplayName": ("", _text),
    }

    def limit_data(self, axis):
        p = self._props["Position"].ravel()
        if axis == "x":
            return [np.array([p[0], p[0] + p[2]])]
        return [np.array([p[1], p[1] + p[3]])]

    def outline(self, n=24):
        """The outline's (x, y) vertices: a rounded rectangle whose corners are
        quarter ellipses of semi-axes curvature/2 times the width and height."""
        x, y, w, h = self._props["Position"].ravel()
        cx, cy = self._props["Curvature"].ravel()
        rx, ry = cx * w / 2, cy * h / 2
        if rx == 0 or ry == 0:
            return (np.array([x, x + w, x + w, x, x]), np.array([y, y, y + h, y + h, y]))
        xs, ys = [], []
        for (ox, oy), start in (((x + w - rx, y + h - ry), 0.0),
                                ((x + rx, y + h - ry), 0.5 * np.pi),
                                ((x + rx, y + ry), np.pi),
                                ((x + w - rx, y + ry), 1.5 * np.pi)):
            t = np.linspace(start, start + 0.5 * np.pi, n)
            xs.append(ox + rx * np.cos(t))
            ys.append(oy + ry * np.sin(t))
        xs, ys = np.concatenate(xs), np.concatenate(ys)
        return np.append(xs, xs[0]), np.append(ys, ys[0])


# --------------------------------------------------------------------------------------
# zoom, pan, rotate3d
# --------------------------------------------------------------------------------------
class InteractionMode(go.GraphicsObject):
    """A figure's zoom, pan or rotate3d mode (``h = zoom(fig)``)."""

    Type = "mode"
    matlab_class = "matlab.graphics.interaction.internal.mode"
    _PROPERTIES = {
        "Enable": ("off", _on_off),
        "Motion": ("both", _choice("both", "horizontal", "vertical")),
        "Direction": ("in", _choice("in", "out")),
        "RotateStyle": ("orbit", _choice("orbit", "box")),
        "RightClickAction": ("PostContextMenu", _choice("PostContextMenu",
                                                        "InverseZoom")),
        "ActionPreCallback": (lambda: np.zeros((0, 0)), go._any),
        "ActionPostCallback": (lambda: np.zeros((0, 0)), go._any),
    }

    def __init__(self, kind, figure):
        super().__init__(None)
        object.__setattr__(self, "_kind", kind)
        object.__setattr__(self, "_figure", figure)

    def _computed(self):
        return {"FigureHandle": lambda: self._figure}

    def _label(self):
        return self._kind


def mode_of(fig, kind) -> InteractionMode:
    """The figure's ``kind`` mode ('zoom', 'pan', 'rotate3d'), made on first use."""
    modes = fig.__dict__.setdefault("_modes", {})
    if kind not in modes:
        modes[kind] = InteractionMode(kind, fig)
    return modes[kind]


# --------------------------------------------------------------------------------------
# drawing
# --------------------------------------------------------------------------------------
def _rgb(value):
    if isinstance(value, str):
        return value
    return tuple(float(v) for v in np.asarray(value).ravel()[:3])


_STYLES = {"-": "-", "--": "--", ":": ":", "-.": "-.", "none": "None"}


def draw_annotation(shape, mfig) -> None:
    """Draw an annotation shape on the matplotlib figure ``mfig`` (figure fraction
    coordinates)."""
    from matplotlib import patches
    p = shape._props
    style = dict(color=_rgb(p["Color"]), linestyle=_STYLES[p["LineStyle"]],
                 linewidth=float(p["LineWidth"]))
    if isinstance(shape, _LineLike):
        x, y = p["X"].ravel(), p["Y"].ravel()
        arrow = {LineShape: "-", ArrowShape: "-|>", TextArrowShape: "-|>",
                 DoubleEndArrowShape: "<|-|>"}[type(shape)]
        mfig.add_artist(patches.FancyArrowPatch(
            (x[0], y[0]), (x[1], y[1]), transform=mfig.transFigure, arrowstyle=arrow,
            mutation_scale=10, **style))
        if isinstance(shape, TextArrowShape) and p["String"]:
            text = p["String"]
            mfig.text(x[0], y[0], "\n".join(text) if isinstance(text, list) else text,
                      color=_rgb(p["TextColor"]), fontsize=p["FontSize"],
                      ha="right" if x[0] < x[1] else "left", va="center",
                      rotation=p["TextRotation"])
        return
    x, y, w, h = (float(v) for v in p["Position"].ravel())
    if isinstance(shape, TextBoxShape):
        edge = p["EdgeColor"]
        face = p["BackgroundColor"]
        mfig.add_artist(patches.Rectangle(
            (x, y), w, h, transform=mfig.transFigure,
            edgecolor="none" if isinstance(edge, str) else _rgb(edge),
            facecolor="none" if isinstance(face, str) else _rgb(face),
            linestyle=style["linestyle"], linewidth=style["linewidth"]))
        text = p["String"]
        ha = p["HorizontalAlignment"]
        va = {"middle": "center", "cap": "top"}.get(p["VerticalAlignment"],
                                                    p["VerticalAlignment"])
        tx = {"left": x, "center": x + w / 2, "right": x + w}[ha]
        ty = {"top": y + h, "center": y + h / 2}.get(va, y)
        mfig.text(tx, ty, "\n".join(text) if isinstance(text, list) else text,
                  color=_rgb(p["Color"]), fontsize=p["FontSize"], ha=ha, va=va)
        return
    face = p["FaceColor"]
    cls = patches.Ellipse if isinstance(shape, EllipseShape) else patches.Rectangle
    geometry = ((x + w / 2, y + h / 2), w, h) if cls is patches.Ellipse else ((x, y), w, h)
    mfig.add_artist(cls(*geometry, transform=mfig.transFigure,
                        edgecolor=style["color"], linestyle=style["linestyle"],
                        linewidth=style["linewidth"],
                        facecolor="none" if isinstance(face, str) else _rgb(face),
                        alpha=None if isinstance(face, str) else float(p["FaceAlpha"])))


def draw_rectangle(rect, max_) -> None:
    """Draw a :class:`Rectangle` on the matplotlib axes ``max_`` (data coordinates)."""
    p = rect._props
    xs, ys = rect.outline()
    face, edge = p["FaceColor"], p["EdgeColor"]
    if not isinstance(face, str):
        max_.fill(xs, ys, color=_rgb(face), alpha=float(p["FaceAlpha"]), linewidth=0)
    if not isinstance(edge, str):
        max_.plot(xs, ys, color=_rgb(edge), linestyle=_STYLES[p["LineStyle"]],
                  linewidth=float(p["LineWidth"]))
