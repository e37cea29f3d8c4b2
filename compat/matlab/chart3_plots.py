"""MATLAB's 3-D chart commands: ``scatter3``, drawing the chart objects of
:mod:`compat._core.graphics_charts` into 3-D axes of :mod:`compat.matlab.graphics`;
the objects read back with MATLAB's property names (``get(s, 'ZData')``).

Sources: MATLAB's scatter3 reference page and Scatter Properties page; GNU Octave 7.3
as the oracle (golden suite reference_outputs/matlab/chart3_plots).
"""

from __future__ import annotations

from compat._core import graphics_objects as go
from compat._core import graphics_scales as gs
from compat._core.errors import CompatValueError
from compat._core.graphics_color import DEFAULT_VIEW_3D
from compat._core.legacy import matlab_function
from compat.matlab import chart_plots as _charts
from compat.matlab._graphics_arguments import _leading_axes
from compat.matlab.plotting import _data  # plot's reading of numeric data (real part)

__all__ = ["scatter3"]

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
