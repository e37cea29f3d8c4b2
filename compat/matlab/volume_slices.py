"""MATLAB's volumetric slice plot: ``slice``.

Surfaces on the planes x = sx, y = sy, z = sz (or on a given surface) whose colour data
is the volume interpolated there with :func:`compat.matlab.interp3`'s rules. Sources:
MATLAB's slice reference page and MathWorks' slice.m (Copyright 1984-2017, read for the
order and shapes of the surfaces only); GNU Octave 7.3 as the oracle (golden suite
reference_outputs/matlab/volume_slices).
"""

from __future__ import annotations

import numpy as np

from compat._core import graphics_objects as go
from compat._core import graphics_scales as gs
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat.matlab._graphics_arguments import _handle, _is_text, _new_plot, _str

__all__ = ["slice"]


def _real(value, name):
    a = matlab_array(value, name, to_float=True, complex_ok=False)
    return np.asarray(a, dtype=np.float64)


def _is_vector(a):
    return a.ndim <= 1 or min(a.shape) <= 1 and a.ndim <= 2


@matlab_function("slice")
def slice(*args):
    """Slice planes through a volume (MATLAB's ``slice``); returns the surfaces.

    MATLAB call forms::

        h = slice(V, sx, sy, sz)            ->  planes x = sx(i), y = sy(j), z = sz(k)
        h = slice(X, Y, Z, V, sx, sy, sz)   ->  X, Y, Z: meshgrid arrays or vectors
        h = slice(V, XI, YI, ZI)            ->  one surface: XI, YI, ZI matrices
        h = slice(..., method)              ->  'linear' (default), 'cubic', 'nearest'
        h = slice(ax, ...)

    V is m-by-n-by-p (y along rows, x along columns, z along pages; X = 1:n, Y = 1:m,
    Z = 1:p by default); empty sx, sy or sz give no planes in that direction. Each
    plane is a Surface: an x-plane has m-by-p XData/YData/ZData/CData, a y-plane n-by-p,
    a z-plane m-by-n; CData is ``interp3(X, Y, Z, V, ...)`` there (NaN outside the
    volume). The handles come in MATLAB's order: the x-planes, then the y-planes, then
    the z-planes, each in the order given. ``CLim`` becomes [min max] of the finite V
    (unless they are equal); with hold off the view is 3-D and the grid on.

    Returns
    -------
    GraphicsArray

    Notes
    -----
    GNU Octave 7.3 returns the z-planes first and the y- and x-planes in reverse
    order; the surfaces themselves agree (golden suite volume_slices).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> V = np.arange(24.0).reshape(2, 3, 4)      # m = 2, n = 3, p = 4
    >>> h = matlab.slice(V, 1.5, [], [2, 4])
    >>> len(h), h[0].CData.shape, h[0].CData[0], float(h[2].ZData[0, 0])
    (3, (2, 4), array([2., 3., 4., 5.]), 4.0)
    >>> matlab.close(f)
    """
    from compat.matlab import interp3
    from compat.matlab.image_plots import caxis
    from compat.matlab.surface_plots import surface

    rest = list(args)
    ax = _handle(rest.pop(0), go.Axes) if rest and isinstance(rest[0], go.Axes) else None
    method = "linear"
    if rest and _is_text(rest[-1]):
        method = _str(rest.pop()).lower()
        if method not in ("linear", "cubic", "nearest", "spline"):
            raise CompatValueError(f"Unknown interpolation method '{method}'")
    if len(rest) == 4:
        v = _real(rest[0], "V")
        if v.ndim != 3:
            raise CompatValueError("V must be a 3-D array")
        m, n, p = v.shape
        x, y, z = np.arange(1.0, n + 1), np.arange(1.0, m + 1), np.arange(1.0, p + 1)
        planes = rest[1:]
    elif len(rest) == 7:
        v = _real(rest[3], "V")
        if v.ndim != 3:
            raise CompatValueError("V must be a 3-D array")
        m, n, p = v.shape
        x, y, z = (_real(a, w) for a, w in zip(rest[:3], "XYZ"))
        if x.ndim == 3:   # meshgrid arrays: their axes
            x, y, z = x[0, :, 0], y[:, 0, 0], z[0, 0, :]
        x, y, z = x.ravel(), y.ravel(), z.ravel()
        if (x.size, y.size, z.size) != (n, m, p):
            raise CompatValueError("X, Y and Z must match the size of V")
        planes = rest[4:]
    elif len(rest) == 6:
        raise CompatValueError("Wrong number of input arguments: slice(X, Y, Z, V, "
                               "sx, sy, sz)")
    else:
        raise CompatValueError("Not enough input arguments." if len(rest) < 4 else
                               "Too many input arguments.")
    sx, sy, sz = (_real(a, w) for a, w in zip(planes, ("sx", "sy", "sz")))
    grid = (x, y, z, v)
    ax = _new_plot(ax)
    fresh = ax._props["NextPlot"] == "replace"
    made = []
    saved = ax._props["NextPlot"]
    ax._props["NextPlot"] = "add"
    try:
        if all(_is_vector(s) for s in (sx, sy, sz)):
            for xi in sx.ravel():
                yy, zz = np.meshgrid(y, z, indexing="ij")            # m-by-p
                xx = np.full_like(yy, xi)
                made.append(surface(ax, xx, yy, zz, interp3(*grid, xx, yy, zz, method)))
            for yi in sy.ravel():
                xx, zz = np.meshgrid(x, z, indexing="ij")            # n-by-p
                yy = np.full_like(xx, yi)
                made.append(surface(ax, xx, yy, zz, interp3(*grid, xx, yy, zz, method)))
            for zi in sz.ravel():
                xx, yy = np.meshgrid(x, y)                           # m-by-n
                zz = np.full_like(xx, zi)
                made.append(surface(ax, xx, yy, zz, interp3(*grid, xx, yy, zz, method)))
        else:
            if sx.shape != sy.shape or sx.shape != sz.shape or sx.ndim != 2:
                raise CompatValueError("XI, YI and ZI must be matrices of the same size")
            made.append(surface(ax, sx, sy, sz, interp3(*grid, sx, sy, sz, method)))
    finally:
        ax._props["NextPlot"] = saved
    if fresh:
        ax._props["View"] = gs.double_row([-37.5, 30.0])
        for name in ("XGrid", "YGrid", "ZGrid"):
            ax._props[name] = "on"
    finite = v[np.isfinite(v)]
    if finite.size and finite.min() != finite.max():
        caxis(ax, [float(finite.min()), float(finite.max())])
    return go.GraphicsArray(made)
