"""MATLAB's lit surfaces and their reflectance helpers: ``surfl``, ``surfnorm``,
``diffuse``, ``specular``.

``surfl`` draws a surface whose colour data is its reflectance under one light (or,
with 'light', a surface and a Light object); the helpers are the reflectance models it
uses. The formulas live in :mod:`compat._core.lit_surfaces`. Sources: MATLAB's surfl,
surfnorm, diffuse and specular reference pages and MathWorks' surfl.m/surfnorm.m
(formulas only); GNU Octave 7.3 as the oracle (golden suite
reference_outputs/matlab/lit_surfaces), whose surfnorm and surfl differ from MATLAB's
where the docstrings say.
"""

from __future__ import annotations

import numpy as np

from compat._core import graphics_objects as go
from compat._core import graphics_scales as gs
from compat._core import lit_surfaces as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat.matlab._graphics_arguments import _handle, _is_text, _pairs, _str

__all__ = ["surfl", "surfnorm", "diffuse", "specular"]


def _real(value, name):
    a = matlab_array(value, name, to_float=True, complex_ok=False)
    return np.asarray(a, dtype=np.float64)


def _grid(args, name):
    """(x, y, z) as m-by-n matrices from (Z) or (X, Y, Z) (vectors X of length n and Y
    of length m are expanded as meshgrid does); Z at least 3-by-3."""
    if len(args) == 1:
        z = _real(args[0], "Z")
        if z.ndim != 2:
            z = z.reshape(1, -1) if z.ndim < 2 else z
        m, n = z.shape
        x, y = np.meshgrid(np.arange(1.0, n + 1), np.arange(1.0, m + 1))
    else:
        x, y, z = (_real(a, w) for a, w in zip(args, "XYZ"))
        if z.ndim != 2:
            raise CompatValueError("Z must be a 2-D matrix")
        m, n = z.shape
        if x.ndim < 2 or 1 in x.shape and x.shape != z.shape:
            x = x.reshape(-1)
            if x.size != n:
                raise CompatValueError("The length of X must match the number of "
                                       "columns of Z")
            x = np.broadcast_to(x, (m, n)).copy()
        if y.ndim < 2 or 1 in y.shape and y.shape != z.shape:
            y = y.reshape(-1)
            if y.size != m:
                raise CompatValueError("The length of Y must match the number of rows "
                                       "of Z")
            y = np.broadcast_to(y[:, None], (m, n)).copy()
        if x.shape != z.shape or y.shape != z.shape:
            raise CompatValueError("X, Y and Z must be the same size")
    if z.shape[0] < 3 or z.shape[1] < 3:
        raise CompatValueError(f"{name}: Z must be at least 3-by-3")
    return x, y, z


def _direction(value, name, what):
    v = _real(value, what).ravel()
    if v.size not in (2, 3):
        raise CompatValueError(f"{name}: {what} must be a 2- or 3-element vector")
    return v


def _normals(args, name):
    nx, ny, nz = (_real(a, w) for a, w in zip(args, ("Nx", "Ny", "Nz")))
    if nx.ndim > 2 or ny.shape != nx.shape or nz.shape != nx.shape:
        raise CompatValueError(f"{name}: Nx, Ny and Nz must be matrices of the same size")
    return nx, ny, nz


@matlab_function("surfnorm")
def surfnorm(*args):
    """Surface normals (MATLAB's ``surfnorm`` with outputs).

    MATLAB call forms: ``[Nx, Ny, Nz] = surfnorm(Z)`` (X = 1:n, Y = (1:m)'),
    ``[Nx, Ny, Nz] = surfnorm(X, Y, Z)``; returns the tuple ``(Nx, Ny, Nz)`` of
    unit-length components at every vertex. Z is at least 3-by-3.

    MATLAB's rule ("based on a bicubic fit of the data", surfnorm page): the grid is
    extended by one point on each side by the cubic extrapolation 3 a1 - 3 a2 + a3,
    the tangents are central differences along the columns and the rows, and the
    normal is (d/dcolumn) x (d/drow): upward for ``surfnorm(Z)``; ``surfnorm(X', Y',
    Z')`` reverses it. Not ``numpy.gradient`` (one-sided at the edges).

    Notes
    -----
    GNU Octave 7.3's surfnorm averages the four diagonal cross products around each
    vertex and extends the grid linearly (its source says "Matlab uses a bicubic
    interpolation"); both agree on planes, not on curved data (golden suite
    lit_surfaces, case surfnorm_curved, divergent). The plotting form (no outputs)
    is not provided.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> nx, ny, nz = matlab.surfnorm(np.add.outer([0, 1, 2.0], [0, 2, 4, 6]))
    >>> float(nx[0, 0]), float(ny[0, 0]), float(nz[0, 0])  # plane z = 2x + y
    (-0.8164965809277261, -0.4082482904638631, 0.4082482904638631)
    """
    if len(args) not in (1, 3):
        raise CompatValueError("surfnorm: use surfnorm(Z) or surfnorm(X, Y, Z)")
    x, y, z = _grid(list(args), "surfnorm")
    return core.surface_normals(x, y, z)


@matlab_function("diffuse")
def diffuse(Nx, Ny, Nz, S):
    """Diffuse reflectance (MATLAB's ``diffuse``): ``R = diffuse(Nx, Ny, Nz, S)``.

    Lambert's law: R = max(0, cos psi), psi the angle between the normal [Nx Ny Nz]
    (any length) and the light direction S, a 3-vector [x y z] (any length) or
    [theta phi] in degrees, read as the spherical direction [cos(theta) cos(phi),
    sin(theta) cos(phi), sin(phi)] (``sph2cart``'s, not the view convention
    ``specular`` uses for the same form). Zero normals give 0.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.diffuse([[0, 1]], [[0, 0]], [[1, 1]], [0, 0, 2])
    array([[1.        , 0.70710678]])
    """
    nx, ny, nz = _normals((Nx, Ny, Nz), "diffuse")
    s = _direction(S, "diffuse", "S")
    if s.size == 2:
        t, p = np.radians(s)
        s = np.array([np.cos(t) * np.cos(p), np.sin(t) * np.cos(p), np.sin(p)])
    return core.diffuse_reflectance(nx, ny, nz, s)


@matlab_function("specular")
def specular(Nx, Ny, Nz, S, V, spread=10.0):
    """Specular reflectance (MATLAB's ``specular``).

    MATLAB call forms: ``R = specular(Nx, Ny, Nz, S, V)``, ``R = specular(Nx, Ny, Nz,
    S, V, spread)`` (default spread 10). S (light) and V (viewer) are 3-vectors or
    [az el] in degrees in the View convention ([sin(az) cos(el), -cos(az) cos(el),
    sin(el)]).

    R = max(0, 2 (s.n)(v.n) - v.s) ^ spread with unit s, v, n: Phong's highlight,
    strongest where the normal points along (S+V)/2.

    Notes
    -----
    GNU Octave 7.3 differs from MATLAB in two places (golden suite lit_surfaces,
    divergent cases): it reads a 2-element S or V through ``sph2cart`` (az from the x
    axis, not the View convention), and sets R to 0 where the light is behind the
    surface (s.n < 0) even when the product (s.n)(v.n) is positive; MATLAB's
    specular.m does neither.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.specular([[0, 1]], [[0, 0]], [[1, 1]], [1, 0, 1], [0, 0, 1], 2)
    array([[0.5, 0.5]])
    """
    nx, ny, nz = _normals((Nx, Ny, Nz), "specular")
    s, v = (_direction(a, "specular", w) for a, w in ((S, "S"), (V, "V")))
    s, v = (core.view_direction(*a) if a.size == 2 else a for a in (s, v))
    k = _real(spread, "spread").ravel()
    if k.size != 1:
        raise CompatValueError("specular: the spread must be a scalar")
    return core.specular_reflectance(nx, ny, nz, s, v, float(k[0]))


@matlab_function("surfl")
def surfl(*args, **kwargs):
    """A surface lit by one light (MATLAB's ``surfl``); returns the Surface.

    MATLAB call forms::

        h = surfl(Z)               ->  X = 1:n, Y = (1:m)'
        h = surfl(Z, s)            ->  s: light direction [sx sy sz] or [az el] (degrees)
        h = surfl(X, Y, Z)
        h = surfl(X, Y, Z, s)
        h = surfl(X, Y, Z, s, k)   ->  k = [ka kd ks spread], default [.55 .6 .4 10]
        h = surfl(..., 'light')    ->  h = [surface, light]
        h = surfl(..., 'cdata')    ->  the default: reflectance as colour data
        h = surfl(..., 'light', 'Name', value)
        h = surfl(ax, ...)

    With 'cdata' the surface's ``CData`` is its reflectance (ka + kd diffuse + ks
    specular) / (ka + kd + ks), with the normals of :func:`surfnorm` taken after
    dividing each coordinate by its axis span (``XLim``, ``YLim``, ``ZLim`` widths over
    the largest of them: a cube-like box), the view direction of the axes' ``View``, and
    ``CLim`` set to [0 1]; the colormap is left alone (``colormap gray`` or ``copper``
    give the classic pictures). The default light is 45 degrees counterclockwise from
    the view direction. With hold off the axes is reset, the view 3-D ([-37.5 30]) and
    the grid on. With 'light' the surface keeps ``CData`` Z, takes ``AmbientStrength``
    ... ``SpecularExponent`` from k, and a Light (``Position`` s, 'infinite') is added:
    the result is then the GraphicsArray [surface, light], as MATLAB's ``[h hl]``.

    Returns
    -------
    Surface or GraphicsArray

    Notes
    -----
    GNU Octave 7.3's surfl differs from MATLAB's (MathWorks' surfl.m): its default light
    turns the view vector 45 degrees about the z axis (MATLAB also tilts it), its
    normals are the renderer's vertex normals (not surfnorm's), its specular term
    drops the highlight where the light is behind, and ``h = surfl(..., 'light')``
    returns only the surface. They agree for plane data and a given light (golden
    suite lit_surfaces).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> x, y = np.meshgrid(np.arange(1.0, 5), np.arange(1.0, 6))
    >>> h = matlab.surfl(x, y, 0.5 * x + 0.25 * y, [1, -2, 3])
    >>> round(float(h.CData[2, 2]), 4), matlab.gca().View, matlab.gca().CLim
    (0.6374, array([[-37.5,  30. ]]), array([[0., 1.]]))
    >>> matlab.close(f)
    """
    from compat.matlab.image_plots import caxis
    from compat.matlab.lighting_plots import Light
    from compat.matlab.surface_plots import _start, surf

    rest = list(args)
    ax = _handle(rest.pop(0), go.Axes) if rest and isinstance(rest[0], go.Axes) else None
    data = []
    while rest and not _is_text(rest[0]):
        data.append(rest.pop(0))
    use_light = False
    if rest and _str(rest[0]).lower() in ("light", "cdata"):
        use_light = _str(rest.pop(0)).lower() == "light"
    pairs = _pairs(rest, kwargs)
    if not data:
        raise CompatValueError("Not enough input arguments.")
    if len(data) > 5:
        raise CompatValueError("Too many input arguments.")
    grid_args = data[:1] if len(data) <= 2 else data[:3]
    x, y, z = _grid(grid_args, "surfl")
    s = None
    if len(data) in (2, 4):
        s = _direction(data[-1], "surfl", "S")
    k = core.DEFAULT_REFLECTANCE
    if len(data) == 5:
        s = _direction(data[3], "surfl", "S")
        k = _real(data[4], "K").ravel()
        if k.size != 4:
            raise CompatValueError("surfl: K must have 4 components [ka kd ks spread]")
    ax, fresh = _start(ax)
    if fresh:
        ax._props["View"] = gs.double_row([-37.5, 30.0])
    az, el = (float(t) for t in ax._props["View"].ravel())
    if s is None:
        s = core.default_light(az, el)
    elif s.size == 2:
        s = core.view_direction(*s)
    ax._props["NextPlot"], saved = "add", ax._props["NextPlot"]
    try:
        strengths = []
        if use_light:
            strengths = list(zip(("AmbientStrength", "DiffuseStrength", "SpecularStrength",
                                  "SpecularExponent"), (float(t) for t in k)))
        h = surf(ax, x, y, z, *[t for p in strengths + pairs for t in p])
    finally:
        ax._props["NextPlot"] = saved
    if fresh:
        for name in ("XGrid", "YGrid", "ZGrid"):
            ax._props[name] = "on"
    if use_light:
        light = Light(ax)
        light.set("Position", s)
        return go.GraphicsArray([h, light])
    spans = [float(np.diff(ax._limits(a).ravel())[0]) for a in "xyz"]
    h._props["CData"] = core.surfl_reflectance(x, y, z, s, k, spans, (az, el))
    caxis(ax, [0.0, 1.0])
    return h
