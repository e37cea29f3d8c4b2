"""MATLAB's lights and lighting settings and ``tetramesh``: ``light``, ``camlight``,
``lighting``, ``material``, ``tetramesh``.

The lights are objects of the axes (Type 'light') and the settings properties of its
surfaces and patches (``FaceLighting``, ``EdgeLighting``, ``AmbientStrength``,
``DiffuseStrength``, ``SpecularStrength``, ``SpecularExponent``,
``SpecularColorReflectance``), read back with ``get``; compat's matplotlib pictures do
not shade by them. Sources: MATLAB's light, camlight, lighting, material and
tetramesh reference pages; GNU Octave 7.3 as the oracle (golden suite
reference_outputs/matlab/lighting_plots).
"""

from __future__ import annotations

import numpy as np

from compat._core import graphics_objects as go
from compat._core import graphics_scales as gs
from compat._core.errors import CompatValueError
from compat._core.graphics_color import DEFAULT_VIEW_3D
from compat._core.graphics_objects import _choice, _text
from compat._core.graphics_surfaces import Patch, Surface
from compat._core.legacy import matlab_function
from compat.matlab._graphics_arguments import _apply, _handle, _is_text, _pairs, _str

__all__ = ["light", "camlight", "lighting", "material", "tetramesh"]


def _xyz(value):
    v = np.asarray(value, dtype=np.float64).ravel()
    if v.size != 3 or not np.isfinite(v).all():
        raise CompatValueError("Position must be a 3-element vector [x y z]")
    return gs.double_row(v)


class Light(go.GraphicsObject):
    """A light (MATLAB's Light Properties): Position [1 0 1], white, 'infinite'."""

    Type = "light"
    matlab_class = "matlab.graphics.primitive.Light"
    _PROPERTIES = {
        "Position": (lambda: gs.double_row([1.0, 0.0, 1.0]), _xyz),
        "Color": (lambda: gs.double_row([1.0, 1.0, 1.0]), lambda v: gs.to_color(v)),
        "Style": ("infinite", _choice("infinite", "local")),
        "DisplayName": ("", _text),
    }


def _axes_arg(rest):
    if rest and isinstance(rest[0], go.Axes):
        return _handle(rest.pop(0), go.Axes)
    return go.current_axes()


@matlab_function("light")
def light(*args, **kwargs):
    """Create a light in the current axes (MATLAB's ``light``).

    MATLAB call forms: ``h = light``, ``h = light('Position', [x y z], 'Style',
    'local', 'Color', c)``, ``h = light(ax, ...)``.

    Returns
    -------
    Light
        Type 'light': ``Position`` [1 0 1], ``Color`` [1 1 1], ``Style`` 'infinite'
        (a direction) unless set.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> h = matlab.light('Style', 'local'); h.Type, h.Position, h.Style
    ('light', array([[1., 0., 1.]]), 'local')
    >>> matlab.close(f)
    """
    rest = list(args)
    ax = _axes_arg(rest)
    h = Light(ax)
    try:
        _apply(h, _pairs(rest, kwargs))
    except Exception:
        h.delete()
        raise
    return h


def _camera_direction(ax, daz, delev):
    """A unit vector from the axes' centre towards the camera turned by ``daz``
    degrees of azimuth and ``delev`` of elevation (MATLAB's View convention: az from
    the negative y axis, counterclockwise seen from above)."""
    az, el = (float(v) for v in ax._props["View"].ravel())
    a, e = np.radians(az + daz), np.radians(el + delev)
    return np.array([np.sin(a) * np.cos(e), -np.cos(a) * np.cos(e), np.sin(e)])


@matlab_function("camlight")
def camlight(*args):
    """Create or move a light relative to the camera (MATLAB's ``camlight``).

    MATLAB call forms::

        h = camlight               ->  'right': 30 degrees right and up of the camera
        h = camlight('headlight')  ->  at the camera
        h = camlight('left')       ->  30 degrees left and up
        h = camlight(az, el)       ->  az, el degrees from the camera
        h = camlight(..., 'infinite')   (default 'local')
        camlight(h, ...)           ->  moves light h

    Returns
    -------
    Light

    Notes
    -----
    compat has no camera model beyond ``View``: the light is placed at the centre of
    the axes limits plus their diagonal length times the turned view direction. MATLAB
    places it at the camera's distance: compare ``Style`` and the direction, not the
    Position's length.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.surf(matlab.peaks(5))
    >>> h = matlab.camlight('headlight'); h.Style
    'local'
    >>> matlab.close(f)
    """
    rest = list(args)
    h = None
    if rest and isinstance(rest[0], Light):
        h = _handle(rest.pop(0), Light)
    style = "local"
    if rest and _is_text(rest[-1]) and _str(rest[-1]).lower() in ("local", "infinite"):
        style = _str(rest.pop()).lower()
    daz, delev = 30.0, 30.0
    if len(rest) == 1 and _is_text(rest[0]):
        word = _str(rest[0]).lower()
        places = {"right": (30.0, 30.0), "left": (-30.0, 30.0), "headlight": (0.0, 0.0)}
        if word not in places:
            raise CompatValueError(f"camlight: unknown position '{word}': use right, "
                                   "left, headlight or az, el")
        daz, delev = places[word]
    elif len(rest) == 2:
        daz, delev = (float(np.asarray(v, dtype=np.float64).reshape(())) for v in rest)
    elif rest:
        raise CompatValueError("camlight: use camlight(pos), camlight(az, el) or "
                               "camlight(h, ...)")
    ax = h._parent if h is not None else go.current_axes()
    lo, hi = np.array([ax._limits(k).ravel() for k in "xyz"]).T
    position = (lo + hi) / 2 + np.linalg.norm(hi - lo) * _camera_direction(ax, daz, delev)
    h = h or Light(ax)
    h._props["Position"] = gs.double_row(position)
    h._props["Style"] = style
    return h


def _lit_objects(rest):
    ax = _axes_arg(rest)
    return ax, [c for c in ax._children if isinstance(c, (Surface, Patch)) and not c._deleted]


@matlab_function("lighting")
def lighting(*args):
    """Set the lighting method of the surfaces and patches of an axes (MATLAB's
    ``lighting``).

    MATLAB call forms: ``lighting flat``, ``lighting gouraud``, ``lighting none``,
    ``lighting(ax, method)``. ``FaceLighting`` becomes the method and
    ``EdgeLighting`` 'none' (what GNU Octave 7.3 sets; MATLAB's page names the same
    two properties).

    Returns
    -------
    None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); s = matlab.surf(matlab.peaks(5))
    >>> matlab.lighting('gouraud'); s.FaceLighting, s.EdgeLighting
    ('gouraud', 'none')
    >>> matlab.close(f)
    """
    rest = list(args)
    ax, objects = _lit_objects(rest)
    if len(rest) != 1 or not _is_text(rest[0]) or \
            _str(rest[0]).lower() not in ("flat", "gouraud", "none", "phong"):
        raise CompatValueError("lighting: use flat, gouraud or none")
    method = _str(rest[0]).lower()
    method = "gouraud" if method == "phong" else method  # phong: gouraud since R2014b
    for h in objects:
        h._props["FaceLighting"] = method
        h._props["EdgeLighting"] = "none"
    return None


#: material's reflectance sets: ambient, diffuse, specular strength, specular
#: exponent, specular colour reflectance (MATLAB's material page; Octave 7.3 the same)
MATERIALS = {"shiny": (0.3, 0.6, 0.9, 20.0, 1.0), "dull": (0.3, 0.8, 0.0, 10.0, 1.0),
             "metal": (0.3, 0.3, 1.0, 25.0, 0.5), "default": (0.3, 0.6, 0.9, 10.0, 1.0)}
_REFLECTANCE = ("AmbientStrength", "DiffuseStrength", "SpecularStrength",
                "SpecularExponent", "SpecularColorReflectance")


@matlab_function("material")
def material(*args):
    """Set the reflectance of the surfaces and patches of an axes (MATLAB's
    ``material``).

    MATLAB call forms: ``material shiny``, ``material dull``, ``material metal``,
    ``material default``, ``material([ka kd ks])``, ``material([ka kd ks n])``,
    ``material([ka kd ks n sc])``, ``material(ax, ...)``.

    Returns
    -------
    None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); s = matlab.surf(matlab.peaks(5))
    >>> matlab.material('metal'); s.SpecularExponent, s.SpecularColorReflectance
    (25.0, 0.5)
    >>> matlab.close(f)
    """
    rest = list(args)
    ax, objects = _lit_objects(rest)
    if len(rest) != 1:
        raise CompatValueError("material: use shiny, dull, metal, default or a vector")
    if _is_text(rest[0]):
        word = _str(rest[0]).lower()
        if word not in MATERIALS:
            raise CompatValueError(f"material: unknown material '{word}': use shiny, "
                                   "dull, metal or default")
        values = MATERIALS[word]
    else:
        values = tuple(float(v) for v in np.asarray(rest[0], dtype=np.float64).ravel())
        if len(values) not in (3, 4, 5):
            raise CompatValueError("material: the vector is [ka kd ks], [ka kd ks n] or "
                                   "[ka kd ks n sc]")
    for h in objects:
        for name, v in zip(_REFLECTANCE, values):
            h.set(name, v)
    return None


_TET_FACES = np.array([[1.0, 2.0, 3.0], [1.0, 2.0, 4.0], [1.0, 3.0, 4.0], [2.0, 3.0, 4.0]])


@matlab_function("tetramesh")
def tetramesh(T, X, *args, **kwargs):
    """Draw a tetrahedron mesh (MATLAB's ``tetramesh``).

    MATLAB call forms: ``h = tetramesh(T, X)``, ``h = tetramesh(T, X, C)``,
    ``h = tetramesh(..., 'Name', value)``. ``T`` is m-by-4 (1-based rows of ``X``,
    as ``delaunayn`` returns), ``X`` n-by-3, ``C`` m colormap indices (default
    ``1:m``).

    Returns
    -------
    GraphicsArray
        One patch per tetrahedron (m, MATLAB's column of handles): ``Vertices`` its
        four corners ``X(T(i,:),:)``, ``Faces`` [1 2 3; 1 2 4; 1 3 4; 2 3 4],
        ``FaceColor`` the colormap row ``C(i)`` (wrapped into the map's length),
        ``EdgeColor`` black, ``FaceAlpha`` 0.9. With hold off the axes is reset and
        the view is 3-D ([-37.5 30]).

    Notes
    -----
    GNU Octave 7.3 moves each vertex by up to 5e-8 (its patches' 12 vertices, one per
    face corner) and spreads the default ``1:m`` over the whole colormap; compat keeps
    the corners as given and uses ``C`` as indices, as MATLAB's page describes.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> X = np.array([[0, 0, 0], [1, 0, 0], [0, 1, 0], [0, 0, 1], [1, 1, 1.0]])
    >>> h = matlab.tetramesh(np.array([[1, 2, 3, 4], [2, 3, 4, 5]]), X)
    >>> len(h), h[1].Vertices[-1], matlab.gca().View
    (2, array([1., 1., 1.]), array([[-37.5,  30. ]]))
    >>> matlab.close(f)
    """
    t = np.asarray(T, dtype=np.float64)
    x = np.asarray(X, dtype=np.float64)
    if t.ndim != 2 or t.shape[1] != 4 or (t.size and (t != np.round(t)).any()):
        raise CompatValueError("tetramesh: T must be an m-by-4 matrix of vertex indices")
    if x.ndim != 2 or x.shape[1] != 3:
        raise CompatValueError("tetramesh: X must be an n-by-3 matrix of points")
    if t.size and (t.min() < 1 or t.max() > x.shape[0]):
        raise CompatValueError("tetramesh: T refers to points that X does not have")
    rest = list(args)
    m = t.shape[0]
    c = np.arange(1.0, m + 1)
    if rest and not _is_text(rest[0]):
        c = np.asarray(rest.pop(0), dtype=np.float64).ravel()
        if c.size != m:
            raise CompatValueError("tetramesh: C must have one value per tetrahedron")
    pairs = _pairs(rest, kwargs)
    from compat.matlab.surface_plots import _start
    ax, fresh = _start(None)
    cmap = ax.colormap()
    handles = []
    for i in range(m):
        h = Patch(ax)
        h._props["Vertices"] = x[t[i].astype(np.int64) - 1].copy()
        h._props["Faces"] = _TET_FACES.copy()
        row = int(np.floor(c[i])) if np.isfinite(c[i]) else 1
        h._props["FaceColor"] = gs.double_row(cmap[(row - 1) % cmap.shape[0]])
        h._props["EdgeColor"] = gs.double_row([0.0, 0.0, 0.0])
        h._props["FaceAlpha"] = 0.9
        _apply(h, pairs)
        handles.append(h)
    if fresh:
        ax._props["View"] = gs.double_row(DEFAULT_VIEW_3D)
    return go.GraphicsArray(handles)
