"""MATLAB's patches, surfaces, images and colorbars as graphics objects (no drawing).

The objects ``patch``/``fill``, ``surf``/``mesh``/``surface``, ``image``/``imagesc`` and
``colorbar`` make, with MATLAB's property names and defaults (MATLAB's Patch, Surface,
Image and ColorBar Properties reference pages; GNU Octave 7.3 as the oracle,
reference_outputs/matlab/surface_properties), and the data shaping of their call forms:

- a patch keeps MATLAB's two descriptions in step: ``Faces`` (one row of 1-based vertex
  indices per face) and ``Vertices`` (one row per vertex) against ``XData``/``YData``/
  ``ZData`` (one column per face); ``FaceVertexCData`` (one value or RGB row per face or
  per vertex) against ``CData`` (one value per face as a row, or one per vertex as a
  matrix like ``XData``);
- a surface's ``XData``/``YData`` stay as given (vectors or matrices), its ``CData`` is
  ``ZData`` unless given;
- an image spans its pixels' edges: ``XData`` [1 n] puts the pixel centres at 1..n, so
  the image covers [0.5, n+0.5] (half a pixel spacing beyond the first and last
  centres).

Each object tells its axes (:class:`compat._core.graphics_color.AxesColorMixin`) which
values it spans (``surface_limit_data``) and which colour data goes through the colormap
(``scaled_color_data``); :mod:`compat._core.graphics_surface_render` draws them.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.graphics_objects import (GraphicsObject, Text, _any, _choice, _line_style,
                                           _marker, _on_off, _positive, _text)
from compat._core.graphics_scales import double_row, ticks_in, to_color

__all__ = ["Patch", "Surface", "Image", "Colorbar", "faces_from_columns", "image_edges",
           "colorbar_of"]


def _alpha(value):
    if isinstance(value, str) and value.lower() in ("flat", "interp"):
        return value.lower()
    v = np.asarray(value, dtype=np.float64)
    if v.size != 1 or not (0 <= float(v.reshape(())) <= 1):
        raise CompatValueError("Value must be a scalar in [0, 1], 'flat' or 'interp'")
    return float(v.reshape(()))


def _unit(value):
    v = np.asarray(value, dtype=np.float64)
    if v.size != 1 or not (0 <= float(v.reshape(())) <= 1):
        raise CompatValueError("Value must be a scalar in [0, 1]")
    return float(v.reshape(()))


def _face_color(value):
    if isinstance(value, (str, bytes)):
        word = value.decode("latin-1") if isinstance(value, bytes) else value
        if word.strip().lower() in ("flat", "interp"):
            return word.strip().lower()
    return to_color(value, none_ok=True)


def _edge_color(value):
    return _face_color(value)


def _matrix(value):
    a = np.array(value, dtype=np.float64)
    if a.ndim == 0:
        a = a.reshape(1, 1)
    elif a.ndim == 1:
        a = a.reshape(1, -1)
    return a


def _color_data(value):
    """CData as given: numeric (any class kept for images), 2-D or m-by-n-by-3."""
    a = np.array(value)
    if a.dtype.kind not in "biuf":
        raise CompatValueError("CData must be numeric")
    if a.ndim == 0:
        a = a.reshape(1, 1)
    elif a.ndim == 1:
        a = a.reshape(1, -1)
    if a.ndim == 3 and a.shape[2] != 3 or a.ndim > 3:
        raise CompatValueError("CData must be an m-by-n matrix or an m-by-n-by-3 array")
    return a


_COMMON = {
    "LineStyle": ("-", _line_style),
    "LineWidth": (0.5, _positive),
    "Marker": ("none", _marker),
    "MarkerSize": (6.0, _positive),
    "MarkerEdgeColor": ("auto", lambda v: to_color(v, auto_ok=True)),
    "MarkerFaceColor": ("none", lambda v: to_color(v, auto_ok=True)),
    "FaceAlpha": (1.0, _alpha),
    "EdgeAlpha": (1.0, _alpha),
    "CDataMapping": ("scaled", _choice("scaled", "direct")),
    # lighting (MATLAB's lighting and material set them; no renderer uses them)
    "FaceLighting": ("flat", _choice("flat", "gouraud", "none")),
    "EdgeLighting": ("none", _choice("flat", "gouraud", "none")),
    "BackFaceLighting": ("reverselit", _choice("reverselit", "unlit", "lit")),
    "AmbientStrength": (0.3, _unit),
    "DiffuseStrength": (0.6, _unit),
    "SpecularStrength": (0.9, _unit),
    "SpecularExponent": (10.0, _positive),
    "SpecularColorReflectance": (1.0, _unit),
    "DisplayName": ("", _text),
}


# --------------------------------------------------------------------------------------
# patch
# --------------------------------------------------------------------------------------
def faces_from_columns(x, y, z=None):
    """``(Faces, Vertices)`` of patch data with one face per column: the vertices are
    the columns stacked (MATLAB's ``X(:)``), face j takes the rows of column j."""
    rows, cols = x.shape
    columns = [x.T.ravel(), y.T.ravel()] + ([] if z is None else [z.T.ravel()])
    vertices = np.column_stack(columns)
    faces = (np.arange(rows * cols, dtype=np.float64).reshape(cols, rows) + 1.0)
    return faces, vertices


class Patch(GraphicsObject):
    """A patch: filled polygons (``patch``, ``fill``)."""

    Type = "patch"
    matlab_class = "matlab.graphics.primitive.Patch"
    _PROPERTIES = dict(_COMMON, **{
        "Faces": (lambda: np.zeros((0, 3)), _matrix),
        "Vertices": (lambda: np.zeros((0, 3)), _matrix),
        "FaceVertexCData": (lambda: np.zeros((0, 1)), _matrix),
        "FaceColor": (lambda: double_row([0.0, 0.0, 0.0]), _face_color),
        "EdgeColor": (lambda: double_row([0.0, 0.0, 0.0]), _edge_color),
        "FaceVertexAlphaData": (lambda: np.zeros((0, 0)), _matrix),
    })

    def __init__(self, parent=None):
        super().__init__(parent)
        object.__setattr__(self, "_cdata", None)  # CData as given (XData form)

    def _computed(self):
        return {"XData": lambda: self._columns(0), "YData": lambda: self._columns(1),
                "ZData": lambda: self._columns(2), "CData": self._cdata_value}

    def _settable_computed(self):
        return {"XData": lambda v: self._set_column(0, v),
                "YData": lambda v: self._set_column(1, v),
                "ZData": lambda v: self._set_column(2, v),
                "CData": self.set_cdata}

    def _changed(self, key):
        if key == "FaceVertexCData":
            object.__setattr__(self, "_cdata", None)

    # the two descriptions ---------------------------------------------------------
    def _columns(self, k):
        faces, vertices = self._props["Faces"], self._props["Vertices"]
        if k >= vertices.shape[1] or not faces.size:
            return np.zeros((0, 0))
        index = faces.T  # one column per face
        out = np.full(index.shape, np.nan)
        ok = np.isfinite(index)
        out[ok] = vertices[index[ok].astype(np.int64) - 1, k]
        return out

    def _set_column(self, k, value):
        a = _matrix(value)
        if a.shape[0] == 1:
            a = a.T  # a vector is one face
        columns = [self._columns(j) for j in range(3)]
        columns[k] = a
        x, y, z = columns
        x = x if x.size else np.zeros(a.shape)
        y = y if y.size else np.zeros(a.shape)
        self.set_columns(x, y, z if z.size else None)

    def set_columns(self, x, y, z=None):
        """Set the faces from ``XData``/``YData`` (and ``ZData``), one face per column."""
        if x.shape != y.shape or (z is not None and z.shape != x.shape):
            raise CompatValueError("XData, YData and ZData must have the same size")
        faces, vertices = faces_from_columns(x, y, z)
        self._props["Faces"], self._props["Vertices"] = faces, vertices

    def _cdata_value(self):
        if self._cdata is not None:
            return self._cdata.copy()
        fvcd, faces = self._props["FaceVertexCData"], self._props["Faces"]
        nverts = self._props["Vertices"].shape[0]
        if not fvcd.size or not faces.size:
            return np.zeros((0, 0))
        rgb = fvcd.shape[1] == 3
        if fvcd.shape[0] == nverts and fvcd.shape[0] != faces.shape[0] or \
                fvcd.shape[0] == nverts and fvcd.shape[0] > 1 and faces.shape[0] == 1:
            index = faces.T
            ok = np.isfinite(index)
            out = np.full(index.shape + fvcd.shape[1:], np.nan)
            out[ok] = fvcd[index[ok].astype(np.int64) - 1]
            return out if rgb else out[..., 0]
        if fvcd.shape[0] == 1 and not rgb:
            return fvcd.copy()
        per_face = fvcd[: faces.shape[0]]
        return per_face.reshape(1, -1, 3) if rgb else per_face.reshape(1, -1)

    def set_cdata(self, value):
        """``CData`` in the XData form: a scalar (the colour of every face), a row of
        one value per face, a matrix of one value per vertex (XData's size), or the
        same with a third dimension of RGB; FaceVertexCData follows."""
        c = _color_data(value).astype(np.float64)
        nfaces = self._props["Faces"].shape[0]
        rgb = c.ndim == 3
        if c.ndim == 2 and c.shape[0] == 1 or rgb and c.shape[0] == 1:
            fvcd = c.reshape(-1, 3) if rgb else c.reshape(-1, 1)
        else:
            # one value per vertex: MATLAB's C(:) against the stacked columns
            fvcd = np.transpose(c, (1, 0, 2)).reshape(-1, 3) if rgb else c.T.reshape(-1, 1)
        if fvcd.shape[0] not in (1, nfaces, self._props["Vertices"].shape[0]):
            raise CompatValueError("CData must have one value per face or per vertex")
        self._props["FaceVertexCData"] = fvcd
        object.__setattr__(self, "_cdata", c)

    # the axes' view ---------------------------------------------------------------
    def surface_limit_data(self, axis):
        vertices = self._props["Vertices"]
        k = "xyz".index(axis)
        if k < vertices.shape[1]:
            return [vertices[:, k]]
        return [np.zeros(min(vertices.shape[0], 1))]

    def scaled_color_data(self):
        fvcd = self._props["FaceVertexCData"]
        if fvcd.size and fvcd.shape[1] == 1 and self._props["CDataMapping"] == "scaled":
            return [fvcd.ravel()]
        return []

    def _label(self):
        return f"{self._props['Faces'].shape[0]} faces"


# --------------------------------------------------------------------------------------
# surface
# --------------------------------------------------------------------------------------
class Surface(GraphicsObject):
    """A surface (``surf``, ``mesh``, ``surface``)."""

    Type = "surface"
    matlab_class = "matlab.graphics.chart.primitive.Surface"
    _PROPERTIES = dict(_COMMON, **{
        "XData": (lambda: np.zeros((0, 0)), _matrix),
        "YData": (lambda: np.zeros((0, 0)), _matrix),
        "ZData": (lambda: np.zeros((0, 0)), _matrix),
        "CData": (lambda: np.zeros((0, 0)), _color_data),
        "FaceColor": ("flat", _face_color),
        "EdgeColor": (lambda: double_row([0.0, 0.0, 0.0]), _edge_color),
        "MeshStyle": ("both", _choice("both", "row", "column")),
        "AlphaData": (1.0, _any),
        "FaceLighting": ("flat", _choice("flat", "gouraud", "none")),
    })

    def surface_limit_data(self, axis):
        return [self._props[axis.upper() + "Data"]]

    def scaled_color_data(self):
        c = self._props["CData"]
        if c.ndim == 2 and self._props["CDataMapping"] == "scaled":
            return [np.asarray(c, dtype=np.float64).ravel()]
        return []

    def grids(self):
        """``(X, Y, Z)`` as full matrices (vectors expanded as ``meshgrid``)."""
        z = self._props["ZData"]
        x, y = self._props["XData"], self._props["YData"]
        if x.shape != z.shape:
            x = np.broadcast_to(x.reshape(1, -1), z.shape)
        if y.shape != z.shape:
            y = np.broadcast_to(y.reshape(-1, 1), z.shape)
        return x, y, z

    def _label(self):
        return "x".join(map(str, self._props["ZData"].shape))


# --------------------------------------------------------------------------------------
# image
# --------------------------------------------------------------------------------------
def image_edges(data, n):
    """The edges [lo, hi] an image of ``n`` pixels spans along one axis whose
    ``XData`` (or ``YData``) holds the first and last pixel centres: half a spacing
    beyond each (spacing (last - first)/(n - 1); 1 for a single pixel)."""
    d = np.asarray(data, dtype=np.float64).ravel()
    first, last = float(d[0]), float(d[-1])
    step = (last - first) / (n - 1) if n > 1 else 1.0
    return first - step / 2, last + step / 2


class Image(GraphicsObject):
    """An image (``image``, ``imagesc``)."""

    Type = "image"
    matlab_class = "matlab.graphics.primitive.Image"
    _PROPERTIES = {
        "XData": (lambda: double_row([1.0, 1.0]), _matrix),
        "YData": (lambda: double_row([1.0, 1.0]), _matrix),
        "CData": (lambda: np.zeros((1, 1)), _color_data),
        "CDataMapping": ("direct", _choice("direct", "scaled")),
        "AlphaData": (1.0, _any),
        "AlphaDataMapping": ("none", _choice("none", "scaled", "direct")),
        "DisplayName": ("", _text),
    }

    def edges(self, axis):
        c = self._props["CData"]
        if c.size == 0:
            return None
        n = c.shape[1] if axis == "x" else c.shape[0]
        return image_edges(self._props["XData" if axis == "x" else "YData"], n)

    def surface_limit_data(self, axis):
        if axis == "z":
            return [np.zeros(1)]
        edges = self.edges(axis)
        return [] if edges is None else [np.array(edges)]

    def scaled_color_data(self):
        c = self._props["CData"]
        if c.ndim == 2 and self._props["CDataMapping"] == "scaled":
            return [np.asarray(c, dtype=np.float64).ravel()]
        return []

    def _label(self):
        return "x".join(map(str, self._props["CData"].shape))


# --------------------------------------------------------------------------------------
# colorbar
# --------------------------------------------------------------------------------------
_LOCATIONS = ("north", "south", "east", "west", "northoutside", "southoutside",
              "eastoutside", "westoutside")


class Colorbar(GraphicsObject):
    """A colorbar: ``Limits`` follow the axes' CLim unless set, ``Location``."""

    Type = "colorbar"
    matlab_class = "matlab.graphics.illustration.ColorBar"
    _PROPERTIES = {
        "Location": ("eastoutside", _choice(*_LOCATIONS)),
        "LimitsMode": ("auto", _choice("auto", "manual")),
        "Direction": ("normal", _choice("normal", "reverse")),
        "FontSize": (9.0, _positive),
        "Box": ("on", _on_off),
        "TickDirection": ("in", _choice("in", "out", "both")),
    }

    def __init__(self, parent, axes):
        super().__init__(parent)
        object.__setattr__(self, "_axes", axes)
        object.__setattr__(self, "_limits", double_row([0.0, 1.0]))
        label = Text(None)
        object.__setattr__(label, "_parent", self)
        object.__setattr__(self, "_label_text", label)

    def _computed(self):
        return {"Limits": self.limits, "Ticks": self.ticks,
                "Label": lambda: self._label_text, "Axes": lambda: self._axes,
                "Orientation": lambda: ("horizontal" if self._props["Location"].startswith(
                    ("north", "south")) else "vertical")}

    def _settable_computed(self):
        return {"Limits": self._set_limits}

    def limits(self):
        if self._props["LimitsMode"] == "manual" or self._axes._deleted:
            return self._limits.copy()
        return self._axes.color_limits()

    def _set_limits(self, value):
        v = np.asarray(value, dtype=np.float64).ravel()
        if v.size != 2 or not np.isfinite(v).all() or not v[0] < v[1]:
            raise CompatValueError("Limits must be a 2-element vector of increasing values")
        object.__setattr__(self, "_limits", double_row(v))
        self._props["LimitsMode"] = "manual"

    def ticks(self):
        lo, hi = self.limits().ravel()
        return ticks_in(float(lo), float(hi))


def colorbar_of(axes):
    """The live colorbar drawn for ``axes`` (None when it has none)."""
    figure = axes._parent
    if figure is None:
        return None
    for c in list(figure._children):
        if isinstance(c, Colorbar) and not c._deleted and c._axes._deleted:
            c.delete()  # its axes is gone (MATLAB deletes the colorbar with it)
        elif isinstance(c, Colorbar) and not c._deleted and c._axes is axes:
            return c
    return None
