"""MATLAB's legacy polar plot: ``polar``.

The data become Lines in Cartesian coordinates (x = rho cos(theta), y = rho sin(theta))
over a circular grid of hidden lines, a background patch and text labels, in an axes
that is turned off, as MATLAB's polar.m draws it (``polarplot``'s PolarAxes is another
routine). Sources: MATLAB's polar reference page and MathWorks' polar.m (Copyright
1984-2017, read for the grid's rules only); GNU Octave 7.3 as the oracle (golden suite
reference_outputs/matlab/polar_plots).
"""

from __future__ import annotations

import numpy as np

from compat._core import graphics_objects as go
from compat._core import graphics_scales as gs
from compat._core.errors import CompatValueError
from compat._core.graphics_surfaces import Patch
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat.matlab._graphics_arguments import _handle, _is_text, _new_plot, _str

__all__ = ["polar"]


def _real(value, name):
    a = matlab_array(value, name, to_float=True)
    return np.asarray(np.real(a), dtype=np.float64)


def _index_angles(rho):
    """polar(rho): the angles 1:n for a row, (1:m)' repeated over the columns else."""
    if rho.ndim < 2 or rho.shape[0] == 1:
        return np.arange(1.0, rho.size + 1).reshape(rho.shape)
    return np.repeat(np.arange(1.0, rho.shape[0] + 1)[:, None], rho.shape[1], axis=1)


def _hidden(h):
    h._props["HandleVisibility"] = "off"
    return h


def _grid(ax, rho):
    """MATLAB's polar grid for data of radii ``rho``; returns rmax."""
    from compat.matlab.plotting import text

    arho = np.abs(rho[np.isfinite(rho)])
    maxrho = float(arho.max()) if arho.size else 0.0
    lo, hi, ticks = gs.auto_scale([np.array([-maxrho, maxrho])])
    rmax = float(hi)
    nticks = int(np.count_nonzero(np.asarray(ticks) >= 0))
    rticks = max(nticks - 1, 2)
    if rticks > 5:
        if rticks % 2 == 0:
            rticks //= 2
        elif rticks % 3 == 0:
            rticks //= 3
    th = np.arange(101) * (np.pi / 50)
    xunit, yunit = np.cos(th), np.sin(th)
    xunit[[25, 75]] = 0.0   # points on the axes exactly on them
    yunit[[0, 50, 100]] = 0.0
    grid_color = gs.double_row([0.15, 0.15, 0.15]) * 0.15 + \
        np.asarray(ax._props["Color"], dtype=np.float64) * 0.85
    patch = _hidden(Patch(ax))
    patch.set_columns((xunit * rmax)[:, None], (yunit * rmax)[:, None], None)
    patch._props["FaceColor"] = np.asarray(ax._props["Color"], dtype=np.float64).copy()
    patch._props["EdgeColor"] = grid_color.copy()
    rinc = rmax / rticks
    c82, s82 = np.cos(np.radians(82)), np.sin(np.radians(82))
    circle = None
    for i in range(1, rticks + 1):
        r = rinc * i
        circle = _hidden(go.Line(ax))
        circle._props.update(XData=(xunit * r)[None, :], YData=(yunit * r)[None, :],
                             LineStyle=":", Color=grid_color.copy(), LineWidth=1.0)
        for t in text(ax, (r + rinc / 20) * c82, (r + rinc / 20) * s82,
                      "  " + _num2str(r), "VerticalAlignment", "bottom"):
            _hidden(t)
    circle._props["LineStyle"] = "-"   # the outer circle solid
    spokes = np.arange(1, 7) * (2 * np.pi / 12)
    cst, snt = np.cos(spokes), np.sin(spokes)
    for c, s in zip(cst, snt):
        spoke = _hidden(go.Line(ax))
        spoke._props.update(XData=np.array([[-c, c]]) * rmax, YData=np.array([[-s, s]]) * rmax,
                            LineStyle=":", Color=grid_color.copy(), LineWidth=1.0)
    rt = 1.1 * rmax
    for i, (c, s) in enumerate(zip(cst, snt), start=1):
        across = "0" if i == 6 else str(180 + 30 * i)
        for x, y, label in ((rt * c, rt * s, str(30 * i)), (-rt * c, -rt * s, across)):
            for t in text(ax, x, y, label, "HorizontalAlignment", "center"):
                _hidden(t)
    return rmax


def _num2str(v):
    from compat.matlab import num2str
    return num2str(v)


@matlab_function("polar")
def polar(*args):
    """Polar coordinate plot (MATLAB's legacy ``polar``); returns the lines.

    MATLAB call forms::

        h = polar(theta, rho)            ->  theta in radians, rho the radius
        h = polar(theta, rho, LineSpec)  ->  polar(t, sin(2*t).*cos(2*t), '--r')
        h = polar(rho)                   ->  theta = 1:n (rows: (1:m)' per column)
        h = polar(ax, ...)

    theta and rho must have the same size. The lines are plot(rho.*cos(theta),
    rho.*sin(theta)) (one per column of a matrix), drawn in Cartesian coordinates. With
    hold off the grid comes first: rmax is the upper YLim MATLAB's automatic limits
    give a square of half-width max(|rho|) (Inf ignored), with max(ticks - 1, 2) dotted
    circles (halved or thirded above 5) labelled at 82 degrees, six dotted spokes every
    30 degrees labelled 30 ... 330 at 1.1 rmax, a background patch, all with
    ``HandleVisibility`` 'off'; the axes gets ``XLim`` rmax*[-1 1], ``YLim``
    rmax*[-1.15 1.15], equal data units, ``View`` [0 90] and ``Visible`` 'off'.

    Returns
    -------
    GraphicsArray
        The data lines (the grid's objects are hidden children of the axes).

    Notes
    -----
    GNU Octave 7.3 draws its grid as an hggroup with an ``rtick`` axes property and
    sets the limits to 1.1 times the largest rtick ([-3.3 3.3] for max|rho| = 3, where
    MATLAB's polar.m gives XLim [-3 3], YLim [-3.45 3.45]); it also pairs a vector theta
    with a matrix rho, which MATLAB refuses. The lines agree (golden suite
    polar_plots).

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> h = matlab.polar([0, 1.5707963267948966], [2, 3], 'r--')
    >>> h.XData.round(12), h.YData, h.LineStyle, matlab.gca().XLim, matlab.gca().Visible
    (array([[2., 0.]]), array([[0., 3.]]), '--', array([[-3.,  3.]]), 'off')
    >>> matlab.close(f)
    """
    from compat.matlab.plotting import plot

    rest = list(args)
    ax = _handle(rest.pop(0), go.Axes) if rest and isinstance(rest[0], go.Axes) else None
    if not rest:
        raise CompatValueError("Not enough input arguments.")
    if len(rest) > 3:
        raise CompatValueError("Too many input arguments.")
    spec = None
    if len(rest) >= 2 and _is_text(rest[-1]):
        spec = _str(rest.pop())
    if any(_is_text(a) for a in rest):
        raise CompatValueError("Input arguments must be numeric.")
    if len(rest) == 1:
        rho = _real(rest[0], "rho")
        theta = _index_angles(rho)
    elif len(rest) == 2:
        theta, rho = _real(rest[0], "theta"), _real(rest[1], "rho")
    else:
        raise CompatValueError("Input arguments must be numeric.")
    if np.shape(theta) != np.shape(rho):
        raise CompatValueError("THETA and RHO must be the same size.")
    if spec is not None and gs.parse_linespec(spec) is None:
        raise CompatValueError(f"Invalid LineSpec '{spec}'")
    ax = _new_plot(ax)
    hold = ax._props["NextPlot"] == "add"
    xx, yy = rho * np.cos(theta), rho * np.sin(theta)
    saved = ax._props["NextPlot"]
    ax._props["NextPlot"] = "add"
    try:
        rmax = None if hold else _grid(ax, rho)
        lines = plot(ax, xx, yy, *([spec] if spec else []))
    finally:
        ax._props["NextPlot"] = saved
    if rmax is not None:
        ax.set_limits("x", [-rmax, rmax])
        ax.set_limits("y", [-1.15 * rmax, 1.15 * rmax])
        ax._props["DataAspectRatioMode"] = "manual"
        ax._props["View"] = gs.double_row([0.0, 90.0])
        ax._props["Visible"] = "off"
    return lines
