"""MATLAB's 3-D chart commands: ``scatter3``, ``quiver3``, drawing the chart objects of
:mod:`compat._core.graphics_charts` into 3-D axes of :mod:`compat.matlab.graphics`;
the objects read back with MATLAB's property names (``get(s, 'ZData')``).

Sources: MATLAB's scatter3 and quiver3 reference pages and Scatter Properties page; GNU Octave 7.3
as the oracle (golden suite reference_outputs/matlab/chart3_plots).
"""

from __future__ import annotations

import numpy as np

from compat._core import graphics_charts3 as gc3
from compat._core import graphics_objects as go
from compat._core import graphics_scales as gs
from compat._core.errors import CompatValueError
from compat._core.graphics_color import DEFAULT_VIEW_3D
from compat._core.legacy import matlab_function
from compat.matlab import chart_plots as _charts
from compat.matlab._graphics_arguments import _apply, _is_text, _leading_axes, _pairs, _str
from compat.matlab.plotting import _data  # plot's reading of numeric data (real part)

__all__ = ["scatter3", "quiver3"]

@matlab_function("scatter3")
def scatter3(*args, **kwargs):
    """3-D scatter plot (MATLAB's ``scatter3``); returns the Scatter object.

    MATLAB call forms::

        s = scatter3(X, Y, Z)             ->  scatter3(x, y, z)
        s = scatter3(X, Y, Z, S)          ->  scatter3(x, y, z, 20) or one size a point
        s = scatter3(X, Y, Z, S, C)       ->  scatter3(x, y, z, [], 'r') / RGB / values
        s = scatter3(___, 'filled')       ->  filled markers
        s = scatter3(___, markertype)     ->  scatter3(x, y, z, 'd')
        s = scatter3(___, Name, Value)
        s = scatter3(ax, ___)

    ``S`` and ``C`` follow :func:`compat.matlab.scatter`'s rules (``SizeData`` 36
    points squared by default; ``CData`` the next ColorOrder colour unless given).

    Returns
    -------
    Scatter
        ``XData``, ``YData``, ``ZData`` (rows, MATLAB's vectors), ``SizeData``,
        ``CData``, ``Marker`` 'o', ``MarkerFaceColor`` 'none' ('flat' with 'filled'),
        ``MarkerEdgeColor`` 'flat'.

    Notes
    -----
    With hold off the axes is reset and the view becomes MATLAB's ``view(3)``
    ([-37.5 30]); ``XLim``, ``YLim`` and ``ZLim`` span the points by the
    tick-aligned rule of lines. X, Y and Z must have one number of elements
    (matrices are read column by column). GNU Octave 7.3 returns an hggroup whose
    data are columns (the golden calls read them as rows). ``matplotlib``'s 3-D
    ``scatter`` (``Axes3D.scatter``) fills its markers and sizes them by
    ``rcParams['lines.markersize']**2``.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> s = matlab.scatter3([1, 2, 3], [4, 5, 7], [0, 1, 10], 'filled')
    >>> s.ZData, s.SizeData, s.MarkerFaceColor
    (array([[ 0.,  1., 10.]]), 36.0, 'flat')
    >>> matlab.gca().View, matlab.zlim(), matlab.ylim()
    (array([[-37.5,  30. ]]), array([[ 0., 10.]]), array([[4., 7.]]))
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    nums, _ = _charts._numeric_head(rest)
    if len(nums) < 3:
        raise CompatValueError("Not enough input arguments: scatter3 needs X, Y and Z")
    if len(nums) > 5:
        raise CompatValueError("Too many numeric arguments: scatter3(X, Y, Z, S, C)")
    x = _data(nums[0], "X").ravel(order="F")
    y = _data(nums[1], "Y").ravel(order="F")
    z = _data(nums[2], "Z").ravel(order="F")
    if not x.size == y.size == z.size:
        raise CompatValueError("X, Y and Z must be vectors of the same length.")
    target = ax if ax is not None else go.current_axes()
    fresh = target._props["NextPlot"] == "replace"
    rest = list(rest)
    s = _charts.scatter.__wrapped__(*([target, x, y] + rest[3:]), **kwargs)
    s._props["ZData"] = gs.double_row(z)
    if fresh:
        s._parent._props["View"] = gs.double_row(DEFAULT_VIEW_3D)
    return s


@matlab_function("quiver3")
def quiver3(*args, **kwargs):
    """3-D arrow plot of a vector field (MATLAB's ``quiver3``); returns the Quiver.

    MATLAB call forms::

        q = quiver3(X, Y, Z, U, V, W)     ->  arrows at (X, Y, Z) along (U, V, W)
        q = quiver3(Z, U, V, W)           ->  at the grid 1..n by 1..m, heights Z
        q = quiver3(___, scale)           ->  AutoScaleFactor = scale (0: no scaling)
        q = quiver3(___, 'off')           ->  AutoScale 'off': the arrows as given
        q = quiver3(___, LineSpec)
        q = quiver3(___, Name, Value)
        q = quiver3(ax, ___)

    Vector ``X`` (n) and ``Y`` (m) with m-by-n ``Z``, ``U``, ``V``, ``W`` are
    expanded as ``meshgrid(X, Y)``.

    Returns
    -------
    Quiver3
        ``XData``, ``YData``, ``ZData``, ``UData``, ``VData``, ``WData``,
        ``AutoScale`` 'on', ``AutoScaleFactor`` 0.9, ``MaxHeadSize`` 0.2, ``Color``.

    Notes
    -----
    The automatic scale (:func:`compat._core.graphics_charts3.quiver3_scale`) is
    quiver's in 3-D: ``AutoScaleFactor`` times the average grid spacing
    ``sqrt(dx^2 + dy^2 + dz^2)`` (``dz = range(Z)/max(m, n)``) over the longest
    arrow (GNU Octave 7.3 draws the same lengths). With hold off the view becomes
    ``view(3)``; the automatic limits take in the arrows' starts and tips.
    ``matplotlib``'s ``Axes3D.quiver`` takes a ``length`` instead of a scale rule.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> q = matlab.quiver3([[1, 2], [3, 4]], [[1, 2], [1, 2]], [[0, 1], [2, 3]],
    ...                    [[1, 0], [1, 1]], [[0, 1], [1, 2]], [[1, 1], [0, 3]])
    >>> round(float(q.scale()), 6), q.WData.shape, matlab.zlim(), matlab.gca().View
    (0.524234, (2, 2), array([[0., 5.]]), array([[-37.5,  30. ]]))
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    nums, rest = _charts._numeric_head(rest)
    autoscale, factor = "on", None
    if rest and _is_text(rest[0]) and _str(rest[0]).strip().lower() == "off":
        autoscale, rest = "off", rest[1:]
    spec, rest = _charts._spec(rest)
    pairs = _pairs(rest, kwargs)
    if len(nums) in (5, 7):
        factor = float(_data(nums[-1], "scale").reshape(-1)[0])
        nums = nums[:-1]
    if len(nums) == 4:
        z, u, v, w = (_data(a, name) for a, name in zip(nums, "ZUVW"))
        z = z if z.ndim == 2 else z.reshape(1, -1)
        m, n = z.shape
        x, y = np.meshgrid(np.arange(1.0, n + 1), np.arange(1.0, m + 1))
    elif len(nums) == 6:
        x, y, z, u, v, w = (_data(a, name) for a, name in zip(nums, "XYZUVW"))
        if u.ndim == 2 and 1 not in u.shape and x.size == u.shape[1] and \
                y.size == u.shape[0] and (x.ndim < 2 or 1 in x.shape):
            x, y = np.meshgrid(x.ravel(), y.ravel())
    else:
        raise CompatValueError("quiver3 takes (Z, U, V, W) or (X, Y, Z, U, V, W), "
                               "optionally a scale")
    shape = np.shape(u)
    if any(np.size(a) != np.size(u) for a in (x, y, z, v, w)):
        raise CompatValueError("X, Y, Z, U, V, and W must be the same size.")
    target = ax if ax is not None else go.current_axes()
    fresh = target._props["NextPlot"] == "replace"
    target = _charts._chart_axes(target)
    q = gc3.Quiver3(target)
    q._props.update({k: np.array(a, dtype=np.float64).reshape(shape) for k, a in
                     zip(("XData", "YData", "ZData", "UData", "VData", "WData"),
                         (x, y, z, u, v, w))})
    q._props["AutoScale"] = autoscale
    if factor is not None:
        if factor == 0:
            q._props["AutoScale"] = "off"
        else:
            q._props["AutoScaleFactor"] = factor
    _charts._style_line(q, target, spec)
    _apply(q, pairs)
    if fresh:
        target._props["View"] = gs.double_row(DEFAULT_VIEW_3D)
    return q
