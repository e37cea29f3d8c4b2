"""MATLAB's patches, 3-D plots and surfaces: ``patch``, ``fill``, ``alpha``, ``plot3``,
``surf``, ``mesh``, ``surface``, ``pcolor``, ``shading``, ``view``, ``zlabel``, ``zlim``,
``zticks``; images and colour scaling are :mod:`compat.matlab.image_plots`.

They build objects of :mod:`compat._core.graphics_surfaces` in the tree of
:mod:`compat.matlab.graphics` and set what MATLAB sets on the axes (``View``, ``ZLim``,
``CLim``, ``YDir``, the image's limits), read back with ``get``; ``saveas``/``print`` draw
them (matplotlib, the optional extra ``compat[plot]``). Sources: MATLAB's reference pages
of each function and of the Patch, Surface, Image, Axes and ColorBar properties; GNU Octave
7.3 as the oracle (golden suite reference_outputs/matlab/surface_properties).
"""

from __future__ import annotations

import numpy as np

from compat._core import graphics_objects as go
from compat._core import graphics_scales as gs
from compat._core.errors import CompatValueError
from compat._core.graphics_color import DEFAULT_VIEW_3D, view_value
from compat._core.graphics_surfaces import Image, Patch, Surface
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat.matlab._graphics_arguments import (_apply, _handle, _is_text, _leading_axes,
                                               _new_plot, _pairs, _str)
from compat.matlab.axes_annotation import _label, _lim, _ticks
from compat.matlab.plotting import _as_column_sets, _make_lines

__all__ = ["patch", "fill", "alpha", "plot3", "surf", "mesh", "surface", "pcolor", "shading",
           "view", "zlabel", "zlim", "zticks"]


def _data(value, name):
    a = matlab_array(value, name, to_float=True, complex_ok=False)
    return np.asarray(a, dtype=np.float64)


def _matrix(value, name):
    a = _data(value, name)
    if a.ndim == 0:
        return a.reshape(1, 1)
    if a.ndim == 1:
        return a.reshape(1, -1)
    if a.ndim > 2:
        raise CompatValueError(f"{name} must be a vector or a 2-D matrix")
    return a


def _start(ax):
    """MATLAB's newplot for a high-level command; whether the axes was reset (hold
    off), which decides whether the command sets the view and the limits."""
    target = ax or go.current_axes()
    fresh = target._props["NextPlot"] == "replace"
    return _new_plot(ax), fresh


# --------------------------------------------------------------------------------------
# patch, fill, alpha
# --------------------------------------------------------------------------------------
def _face_columns(value, name):
    a = _matrix(value, name)
    return a.T if a.shape[0] == 1 else a  # a vector is one face


def _make_patch(ax, x, y, z, c, pairs):
    h = Patch(ax)
    h.set_columns(x, y, z)
    if c is not None:
        if _is_text(c):
            h._props["FaceColor"] = gs.to_color(_str(c), none_ok=False)
        else:
            raw = np.asarray(c, dtype=np.float64)
            if raw.size == 3 and (raw.ndim < 2 or raw.shape[0] == 1) and \
                    x.shape[1] != 3 and 0 <= raw.min() and raw.max() <= 1:
                h._props["FaceColor"] = gs.to_color(raw)  # one RGB triplet
            else:
                cd = _face_color_data(raw, x.shape)
                h.set_cdata(cd)
                per_vertex = cd.shape[0] == x.shape[0] and x.shape[0] > 1
                h._props["FaceColor"] = "interp" if per_vertex else "flat"
    _apply(h, pairs)
    return h


def _face_color_data(c, shape):
    """C of patch(X, Y, C): a scalar, one value per face (a vector of the face count),
    one per vertex (X's size), or those with RGB along a third dimension."""
    rows, faces = shape
    if faces == 1 and rows > 1 and c.ndim <= 2 and 1 in c.shape[:2] and c.size == rows:
        return c.reshape(rows, 1)  # one polygon: a vector of one value per vertex
    if c.ndim <= 1 or c.ndim == 2 and 1 in c.shape and c.size == faces:
        c = c.reshape(1, -1)
        if c.size not in (1, faces):
            raise CompatValueError("C must have one value per face or per vertex")
        return c
    if c.ndim == 2 and c.shape == (rows, faces):
        return c
    if c.ndim == 2 and rows == 1 and c.size == faces:
        return c.reshape(1, -1)
    if c.ndim == 3 and c.shape[2] == 3 and c.shape[:2] in ((1, faces), (rows, faces)):
        return c
    if c.ndim == 2 and c.shape == (faces, 3):
        return c.reshape(1, faces, 3)
    raise CompatValueError("C must have one value per face or per vertex, or RGB values "
                           "along a third dimension")


@matlab_function("patch")
def patch(*args, **kwargs):
    """Create filled polygons (MATLAB's ``patch``); returns the Patch.

    MATLAB call forms::

        p = patch(X, Y, C)                   ->  patch(x, y, 'r') or patch(X, Y, c)
        p = patch(X, Y, Z, C)
        p = patch('Faces', F, 'Vertices', V, 'FaceVertexCData', c, 'FaceColor', 'flat')
        p = patch('XData', X, 'YData', Y, ...)
        p = patch(..., 'Name', value)        ->  patch(x, y, 'r', 'FaceAlpha', 0.5)
        p = patch(ax, ...)

    X, Y (and Z): a vector is one polygon; a matrix is one polygon per column. C: a
    colour name or RGB triplet (``FaceColor``; ``CData`` stays empty), a scalar or one
    value per face (``FaceColor`` 'flat'), or one value per vertex, X's size
    (``FaceColor`` 'interp'); the values go through the colormap and ``CLim``.

    Returns
    -------
    Patch
        ``Faces`` (one row of 1-based vertex indices per polygon), ``Vertices`` (X(:),
        Y(:), Z(:) as columns), ``XData``/``YData``/``ZData`` (one column per polygon),
        ``CData``/``FaceVertexCData``; MATLAB's defaults ``FaceColor`` [0 0 0] (without
        C), ``EdgeColor`` [0 0 0], ``FaceAlpha`` 1.

    Notes
    -----
    patch is a primitive: it adds to the current axes without clearing it (no hold
    needed) and leaves the view alone, as MATLAB's. matplotlib's ``Polygon`` knows
    none of the Faces/Vertices/colormap bookkeeping.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> p = matlab.patch([[0, 1], [1, 2], [1, 1]], [[0, 0], [0, 1], [2, 3]], [5, 6])
    >>> p.Faces, p.FaceColor, p.CData, matlab.gca().CLim
    (array([[1., 2., 3.],
           [4., 5., 6.]]), 'flat', array([[5., 6.]]), array([[5., 6.]]))
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    rest = list(rest)
    data = []
    while rest and not _is_text(rest[0]) and len(data) < 4:
        data.append(rest.pop(0))
    if data:
        if rest and len(data) in (2, 3) and _is_text(rest[0]) and len(rest) % 2 == 1:
            data.append(rest.pop(0))  # a colour: patch(X, Y, 'r'), patch(X, Y, Z, 'r')
        if len(data) < 3:
            raise CompatValueError("Not enough input arguments: patch(X, Y, C)")
        x, y = _face_columns(data[0], "X"), _face_columns(data[1], "Y")
        z = _face_columns(data[2], "Z") if len(data) == 4 else None
        c = data[-1]
        if x.shape != y.shape or z is not None and z.shape != x.shape:
            raise CompatValueError("X, Y and Z must have the same size")
        return _make_patch(ax, x, y, z, c, _pairs(rest, kwargs))
    if rest and _is_text(rest[0]) and len(rest) % 2 == 1 and \
            gs.parse_linespec(_str(rest[0])) is not None:
        raise CompatValueError("Not enough input arguments: patch(X, Y, C)")
    h = Patch(ax)
    pairs = _pairs(rest, kwargs)
    # Faces/Vertices before the colour data that refers to them
    order = {"vertices": 0, "faces": 1, "xdata": 0, "ydata": 1, "zdata": 2}
    pairs.sort(key=lambda p: order.get(p[0].lower(), 3))
    _apply(h, pairs)
    return h


@matlab_function("fill")
def fill(*args, **kwargs):
    """Filled polygons, high-level (MATLAB's ``fill``); returns the patches.

    MATLAB call forms::

        h = fill(X, Y, C)                 ->  fill(x, y, 'g')
        h = fill(X1, Y1, C1, X2, Y2, C2)  ->  fill(x1, y1, 'g', x2, y2, 'b')
        h = fill(..., 'Name', value)
        h = fill(ax, ...)

    Each (X, Y, C) triple makes patches as :func:`patch` does, one patch per column of a
    matrix X (C: a colour, one value per column, or one per vertex).
    Unlike ``patch``, ``fill`` clears the axes first unless hold is on, and turns
    ``Box`` on (GNU Octave 7.3's; MATLAB's fill is a high-level command too).

    Returns
    -------
    GraphicsArray
        The patches, one per polygon (column), in order.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> h = matlab.fill([0, 1, 1], [0, 0, 1], 'g', [2, 3, 3], [0, 1, 1], 'b')
    >>> len(h), h[1].FaceColor, matlab.xlim()
    (2, array([[0., 0., 1.]]), array([[0., 3.]]))
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    rest = list(rest)
    triples = []
    while len(rest) >= 3 and not _is_text(rest[0]) and not _is_text(rest[1]):
        triples.append(rest[:3])
        rest = rest[3:]
    if not triples:
        raise CompatValueError("Not enough input arguments: fill(X, Y, C)")
    pairs = _pairs(rest, kwargs)
    ax, fresh = _start(ax)
    ax._props["Box"] = "on"
    made = go.GraphicsArray()
    for x, y, c in triples:
        x, y = _face_columns(x, "X"), _face_columns(y, "Y")
        if x.shape != y.shape:
            raise CompatValueError("X and Y must have the same size")
        for j in range(x.shape[1]):  # one patch per column
            made.append(_make_patch(ax, x[:, j:j + 1], y[:, j:j + 1], None,
                                    _column_colour(c, j, x.shape), pairs))
    return made


def _column_colour(c, j, shape):
    """fill's C for column j of X: a colour for all, one value per column, or a
    column of per-vertex values (C of X's size)."""
    if _is_text(c):
        return c
    a = np.asarray(c, dtype=np.float64)
    rows, cols = shape
    if cols == 1:
        return a
    if a.size == 3 and a.ndim <= 2 and (a.ndim < 2 or a.shape[0] == 1) and cols != 3 \
            and 0 <= a.min() and a.max() <= 1:
        return a  # one RGB triplet for every polygon
    if a.size == 1:
        return a
    if a.ndim <= 2 and a.size == cols:
        return a.reshape(-1)[j]
    if a.ndim == 2 and a.shape == shape:
        return a[:, j:j + 1]
    if a.ndim == 3 and a.shape[:2] in ((1, cols), (rows, cols)):
        return a[:, j:j + 1, :]
    raise CompatValueError("C must be a colour, one value per column of X, or X's size")


def _alpha_objects(ax):
    return [c for c in ax._children if not c._deleted and isinstance(c, (Patch, Surface,
                                                                          Image))]


@matlab_function("alpha")
def alpha(*args):
    """Set the transparency of the patches, surfaces and images (MATLAB's ``alpha``).

    MATLAB call forms::

        alpha(value)          ->  alpha(0.5)      (every patch/surface of the axes)
        alpha('opaque')       ->  1; 'clear' -> 0; 'flat'/'interp' use AlphaData
        alpha(obj, value)     ->  alpha(p, 0.3)   (one object)
        alpha(ax, value)

    A patch or surface gets ``FaceAlpha`` (MATLAB's alpha sets the faces, not the
    edges); an image its ``AlphaData``. GNU Octave 7.3 has no ``alpha`` ("not yet
    implemented"): the behaviour is MATLAB's reference page's.

    Returns
    -------
    None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> p = matlab.patch([0, 1, 1], [0, 0, 1], 'r'); matlab.alpha(0.25); p.FaceAlpha
    0.25
    >>> matlab.alpha(p, 'opaque'); p.FaceAlpha
    1.0
    >>> matlab.close(f)
    """
    if not args or len(args) > 2:
        raise CompatValueError("alpha takes a value, or an object and a value")
    if len(args) == 2:
        target = _handle(args[0])
        objects = _alpha_objects(target) if isinstance(target, go.Axes) else [target]
        value = args[1]
    else:
        objects, value = _alpha_objects(go.current_axes()), args[0]
    if _is_text(value):
        word = _str(value).lower()
        value = {"opaque": 1.0, "clear": 0.0}.get(word, word)
        if value not in (1.0, 0.0, "flat", "interp"):
            raise CompatValueError(f"Unknown alpha option '{word}': use a value in [0, 1], "
                                   "'opaque', 'clear', 'flat' or 'interp'")
    for h in objects:
        if isinstance(h, Image):
            if not isinstance(value, str):
                h.set("AlphaData", float(np.asarray(value, dtype=np.float64).reshape(())))
        elif isinstance(h, (Patch, Surface)):
            h.set("FaceAlpha", value)
        else:
            raise CompatValueError(f"alpha applies to patches, surfaces and images, not "
                                   f"a {h.Type}")


# --------------------------------------------------------------------------------------
# plot3
# --------------------------------------------------------------------------------------
@matlab_function("plot3")
def plot3(*args, **kwargs):
    """Plot lines in 3-D (MATLAB's ``plot3``); returns the lines.

    MATLAB call forms::

        h = plot3(X, Y, Z)
        h = plot3(X, Y, Z, LineSpec)              ->  plot3(x, y, z, 'r--o')
        h = plot3(X1, Y1, Z1, LineSpec1, X2, ...)
        h = plot3(..., 'Name', value)
        h = plot3(ax, ...)

    X, Y, Z pair as plot's X and Y do (vectors of one length: one line; matrices: one
    line per column); colours from the ColorOrder, LineSpecs as :func:`plot`'s.
    With hold off the axes is reset and the view becomes 3-D ([-37.5 30], MATLAB's
    ``view(3)``); ``ZLim`` covers the z data by the tick-aligned rule of x and y.

    Returns
    -------
    GraphicsArray
        One Line per column, ``ZData`` set.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> h = matlab.plot3([1, 2, 3], [4, 5, 7], [0, 1, 10], 'r--')
    >>> h.ZData, matlab.gca().View, matlab.zlim()
    (array([[ 0.,  1., 10.]]), array([[-37.5,  30. ]]), array([[ 0., 10.]]))
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    rest = list(rest)
    groups, i = [], 0
    while i + 2 < len(rest) + 0 and not any(_is_text(v) for v in rest[i:i + 3]):
        x = np.atleast_1d(_data(rest[i], "X"))
        y = np.atleast_1d(_data(rest[i + 1], "Y"))
        z = np.atleast_1d(_data(rest[i + 2], "Z"))
        i += 3
        spec = None
        if i < len(rest) and _is_text(rest[i]):
            parsed = gs.parse_linespec(_str(rest[i]))
            if parsed is not None:
                spec, i = parsed, i + 1
        groups.append((x, y, z, spec))
    if not groups:
        raise CompatValueError("Not enough input arguments: plot3(X, Y, Z)")
    pairs = _pairs(rest[i:], kwargs)
    ax, fresh = _start(ax)
    made = go.GraphicsArray()
    for x, y, z, spec in groups:
        xs, ys = _as_column_sets(x, y)
        _, zs = _as_column_sets(x, z)
        if len(zs) != len(xs) or any(a.size != b.size for a, b in zip(zs, xs)):
            raise CompatValueError("Vectors must be the same length.")
        lines = _make_lines(ax, [(x, y, spec)], [])
        for h, zc in zip(lines, zs):
            h._props["ZData"] = zc.astype(np.float64).reshape(1, -1).copy()
            made.append(h)
    for h in made:
        _apply(h, pairs)
    if fresh:
        ax._props["View"] = gs.double_row(DEFAULT_VIEW_3D)
    return made


# --------------------------------------------------------------------------------------
# surf, mesh, surface
# --------------------------------------------------------------------------------------
def _surface_data(rest, name):
    """(X, Y, Z, C) from surf's leading numeric arguments, as MATLAB stores them:
    surf(Z) -> X 1:n (a row), Y (1:m)' (a column); vectors X, Y stay vectors (a row and
    a column) of lengths n and m; C defaults to Z."""
    data = []
    while rest and not _is_text(rest[0]) and len(data) < 4:
        data.append(rest.pop(0))
    if len(data) not in (1, 2, 3, 4):
        raise CompatValueError(f"Not enough input arguments: {name}(Z) or "
                               f"{name}(X, Y, Z)")
    if len(data) <= 2:
        z = _matrix(data[0], "Z")
        c = _matrix(data[1], "C") if len(data) == 2 else None
        m, n = z.shape
        x = np.arange(1.0, n + 1).reshape(1, -1)
        y = np.arange(1.0, m + 1).reshape(-1, 1)
    else:
        z = _matrix(data[2], "Z")
        m, n = z.shape
        x, y = _data(data[0], "X"), _data(data[1], "Y")
        zname = "C" if name == "pcolor" else "Z"
        if x.ndim < 2 or 1 in x.shape and z.shape != x.shape:
            if x.size != n:
                raise CompatValueError(f"{name}: X must have length columns({zname}) = {n}")
            x = x.reshape(1, -1)
        elif x.shape != z.shape:
            raise CompatValueError(f"{name}: X, Y and {zname} must have the same size")
        if y.ndim < 2 or 1 in y.shape and z.shape != y.shape:
            if y.size != m:
                raise CompatValueError(f"{name}: Y must have length rows({zname}) = {m}")
            y = y.reshape(-1, 1)
        elif y.shape != z.shape:
            raise CompatValueError(f"{name}: X, Y and {zname} must have the same size")
        c = _matrix(data[3], "C") if len(data) == 4 else None
        if c is not None and c.shape != z.shape:
            raise CompatValueError(f"{name}: C must have the size of Z")
    return x, y, z, (z.copy() if c is None else c)


def _make_surface(args, kwargs, name, high_level, face=None, edge=None):
    ax, rest = _leading_axes(args)
    rest = list(rest)
    x, y, z, c = _surface_data(rest, name)
    pairs = _pairs(rest, kwargs)
    if high_level:
        ax, fresh = _start(ax)
    else:
        ax, fresh = ax or go.current_axes(), False
    h = Surface(ax)
    h._props.update(XData=x, YData=y, ZData=z, CData=c)
    if face is not None:
        h._props["FaceColor"] = face
    if edge is not None:
        h._props["EdgeColor"] = edge
    _apply(h, pairs)
    if fresh:
        ax._props["View"] = gs.double_row(DEFAULT_VIEW_3D)
    return h


@matlab_function("surf")
def surf(*args, **kwargs):
    """A shaded surface (MATLAB's ``surf``); returns the Surface.

    MATLAB call forms::

        s = surf(Z)              ->  X = 1:n, Y = (1:m)'
        s = surf(Z, C)
        s = surf(X, Y, Z)        ->  X, Y vectors (lengths n and m) or matrices
        s = surf(X, Y, Z, C)
        s = surf(..., 'Name', value)
        s = surf(ax, ...)

    ``CData`` is Z unless C is given; ``FaceColor`` 'flat', ``EdgeColor`` [0 0 0]. With
    hold off the axes is reset and the view becomes 3-D ([-37.5 30]). ``ZLim`` covers Z
    (tick-aligned), ``CLim`` spans C (``[min max]``).

    Returns
    -------
    Surface
        ``XData``/``YData`` as given (surf(Z): the row 1:n and the column (1:m)'; vector
        X, Y are kept as a row and a column, expanded as ``meshgrid`` when drawn).

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> s = matlab.surf([[1, 2, 3], [4, 5, 6.5]])
    >>> s.XData, s.YData.ravel(), matlab.zlim(), matlab.caxis()
    (array([[1., 2., 3.]]), array([1., 2.]), array([[1., 7.]]), array([[1. , 6.5]]))
    >>> matlab.close(f)
    """
    return _make_surface(args, kwargs, "surf", True)


@matlab_function("mesh")
def mesh(*args, **kwargs):
    """A wire-frame surface (MATLAB's ``mesh``): :func:`surf`'s call forms and rules,
    with ``FaceColor`` [1 1 1] (white faces hide what lies behind) and ``EdgeColor``
    'flat' (edges coloured by CData through the colormap).

    Returns
    -------
    Surface

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> s = matlab.mesh([[1, 2, 3], [4, 5, 6.5]]); s.FaceColor, s.EdgeColor
    (array([[1., 1., 1.]]), 'flat')
    >>> matlab.close(f)
    """
    return _make_surface(args, kwargs, "mesh", True, face=gs.double_row([1.0, 1.0, 1.0]),
                         edge="flat")


@matlab_function("surface")
def surface(*args, **kwargs):
    """A surface primitive (MATLAB's ``surface``): :func:`surf`'s call forms, but the
    axes is neither cleared nor turned to 3-D (the view stays as it is: [0 90] in a new
    axes), as MATLAB's low-level ``surface``.

    Returns
    -------
    Surface

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> s = matlab.surface([[1, 2], [3, 4]]); matlab.gca().View
    array([[ 0., 90.]])
    >>> matlab.close(f)
    """
    return _make_surface(args, kwargs, "surface", False)


@matlab_function("pcolor")
def pcolor(*args, **kwargs):
    """A pseudocolour plot (MATLAB's ``pcolor``): a flat surface in z = 0 coloured by C;
    returns the Surface.

    MATLAB call forms::

        s = pcolor(C)            ->  XData 1:n (a row), YData (1:m)' (a column)
        s = pcolor(X, Y, C)      ->  X, Y vectors (lengths n and m: a row and a column)
                                     or matrices
        s = pcolor(..., 'Name', value)
        s = pcolor(ax, ...)

    ZData is zeros(size(C)), CData C, FaceColor 'flat', EdgeColor [0 0 0] (shading
    faceted). With hold off the axes is reset, the view 2-D and Box on. Every pcolor call
    (hold on too) sets XLim and YLim to the automatic (tick-aligned) limits of all the
    axes' data and freezes them ('manual' mode), so later lines do not move them (GNU
    Octave 7.3's pcolor). Each cell takes the colour of its first corner: an m-by-n C shows
    (m-1)-by-(n-1) cells, as MATLAB draws it (its last row and column only bound).

    Returns
    -------
    Surface

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> s = matlab.pcolor([0, 0.5, 1], [2, 4, 7, 9], [[1, 2, 3]] * 4)
    >>> s.YData.ravel(), matlab.xlim(), matlab.ylim(), matlab.gca().XLimMode
    (array([2., 4., 7., 9.]), array([[0., 1.]]), array([[2., 9.]]), 'manual')
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    rest = list(rest)
    data = []
    while rest and not _is_text(rest[0]) and len(data) < 3:
        data.append(rest.pop(0))
    if len(data) not in (1, 3):
        raise CompatValueError("Not enough input arguments: pcolor(C) or pcolor(X, Y, C)")
    c = _matrix(data[-1], "C")
    flat = np.zeros(c.shape)
    x, y, _, c = _surface_data(([flat, c] if len(data) == 1 else data[:2] + [flat, c]),
                               "pcolor")
    pairs = _pairs(rest, kwargs)
    ax, fresh = _start(ax)
    h = Surface(ax)
    h._props.update(XData=x, YData=y, ZData=flat, CData=c)
    _apply(h, pairs)
    if fresh:
        ax._props["View"] = gs.double_row([0.0, 90.0])
        ax._props["Box"] = "on"
    for axis in ("x", "y"):  # the automatic limits over everything drawn, frozen
        ax._props[f"{axis.upper()}LimMode"] = "auto"
        ax.set_limits(axis, ax._limits(axis))
    return h


@matlab_function("shading")
def shading(*args):
    """Set the shading of the surfaces and patches (MATLAB's ``shading``).

    MATLAB call forms::

        shading flat       ->  shading('flat')     one colour per face, no edges
        shading interp     ->  colours interpolated, no edges
        shading faceted    ->  one colour per face, black edges (the default look)
        shading(ax, ...)

    Surfaces and patches with colour data faces (FaceColor 'flat' or 'interp') get
    FaceColor 'flat'/'interp' and EdgeColor 'none' (flat, interp) or [0 0 0] (faceted);
    a mesh (faces of one colour) keeps its faces and gets EdgeColor 'interp' (interp)
    or 'flat' (flat, faceted): GNU Octave 7.3's rule, following MATLAB's description
    ("shading faceted is flat shading with superimposed black mesh lines").

    Returns
    -------
    None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); s = matlab.surf([[1, 2], [3, 4]])
    >>> matlab.shading('interp'); s.FaceColor, s.EdgeColor
    ('interp', 'none')
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    if len(rest) != 1 or not _is_text(rest[0]):
        raise CompatValueError("shading takes one of 'flat', 'interp', 'faceted'")
    mode = _str(rest[0]).lower()
    if mode not in ("flat", "interp", "faceted"):
        raise CompatValueError(f"Unknown shading '{_str(rest[0])}': use 'flat', 'interp' "
                               "or 'faceted'")
    for h in ax._children:
        if h._deleted or not isinstance(h, (Surface, Patch)):
            continue
        coloured_faces = isinstance(h._props["FaceColor"], str)
        if coloured_faces:
            h._props["FaceColor"] = "interp" if mode == "interp" else "flat"
            h._props["EdgeColor"] = gs.double_row([0.0, 0.0, 0.0]) if mode == "faceted" \
                else "none"
        else:
            h._props["EdgeColor"] = "interp" if mode == "interp" else "flat"


# --------------------------------------------------------------------------------------
# view, zlabel, zlim
# --------------------------------------------------------------------------------------
@matlab_function("view")
def view(*args):
    """Set or read the viewpoint (MATLAB's ``view``).

    MATLAB call forms::

        view(2)            ->  [0 90]      (looking down the z axis)
        view(3)            ->  [-37.5 30]
        view(az, el)       ->  view(30, 45)
        view([az el])
        view(ax, ...)
        [az, el] = view    ->  az, el = view().ravel()

    Returns
    -------
    numpy.ndarray
        The axes' ``View`` after the call, 1x2 ``[azimuth elevation]`` in degrees.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> matlab.view(3), matlab.view(30, 45), matlab.view(2)
    (array([[-37.5,  30. ]]), array([[30., 45.]]), array([[ 0., 90.]]))
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    if len(rest) == 2:
        az, el = _data(rest[0], "az"), _data(rest[1], "el")
        if az.size != 1 or el.size != 1:
            raise CompatValueError("view(az, el): az and el must be scalars")
        ax._props["View"] = view_value([az.reshape(()), el.reshape(())])
    elif len(rest) == 1:
        v = _data(rest[0], "view").ravel()
        if v.size == 1 and v[0] in (2.0, 3.0):
            ax._props["View"] = gs.double_row([0.0, 90.0] if v[0] == 2 else DEFAULT_VIEW_3D)
        elif v.size == 2:
            ax._props["View"] = view_value(v)
        else:
            raise CompatValueError("view takes 2, 3, [az el] or az, el")
    elif rest:
        raise CompatValueError("Too many input arguments: view(az, el)")
    return ax._props["View"].copy()


@matlab_function("zlabel")
def zlabel(*args, **kwargs):
    """Label the z-axis (MATLAB's ``zlabel``): ``zlabel(txt)``, ``zlabel(ax, txt)``,
    ``zlabel(txt, 'Name', value)``, as ``xlabel``.

    Returns
    -------
    Text
        The axes' ``ZLabel`` object.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); matlab.zlabel('height').String
    'height'
    >>> matlab.close(f)
    """
    return _label("ZLabel", args, kwargs)


@matlab_function("zlim")
def zlim(*args):
    """Set or read the z-axis limits (MATLAB's ``zlim``): ``zlim([a b])``, ``lim = zlim``,
    ``zlim auto``, ``zlim manual``, ``zlim('mode')``, ``zlim(ax, ...)``, as ``xlim``
    (an infinite end takes the automatic value).

    Returns
    -------
    numpy.ndarray or str
        The 1x2 limits (the mode for ``zlim('mode')``).

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot3([0, 1], [0, 1], [2, 9])
    >>> matlab.zlim(), matlab.zlim([0, 5]), matlab.zlim('mode')
    (array([[2., 9.]]), array([[0., 5.]]), 'manual')
    >>> matlab.close(f)
    """
    return _lim("z", args)


@matlab_function("zticks")
def zticks(*args):
    """Set or read the z-axis tick values (MATLAB's ``zticks``, R2016b): ``zticks(v)``
    (increasing values; the mode becomes manual), ``v = zticks``, ``zticks auto``,
    ``zticks('mode')``, ``zticks(ax, ...)``, as ``xticks``.

    Returns
    -------
    numpy.ndarray or str
        The 1xN tick values (the mode for ``zticks('mode')``).

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot3([0, 1], [0, 1], [0, 3])
    >>> matlab.zticks(), matlab.zticks([0, 1.5, 3]), matlab.zticks('mode')
    (array([[0. , 0.5, 1. , 1.5, 2. , 2.5, 3. ]]), array([[0. , 1.5, 3. ]]), 'manual')
    >>> matlab.close(f)
    """
    return _ticks("z", args)
