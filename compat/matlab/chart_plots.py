"""MATLAB's chart commands: ``bar``, ``barh``, ``scatter``, ``errorbar``, ``stem``,
``stairs``, ``area`` (``histogram``, ``contour``, ``contourf``, ``quiver`` and ``pie`` are
:mod:`compat.matlab.distribution_field_plots`), drawing chart objects (:mod:`compat._core.graphics_charts`) into the axes of
:mod:`compat.matlab.graphics`; each returns the objects it made, whose properties read
back with MATLAB's names (``get(b, 'XData')``, ``h.BinCounts``), and the axes' automatic
limits take in what the charts span."""

from __future__ import annotations

import numpy as np

from compat._core import graphics_charts as gc
from compat._core import graphics_objects as go
from compat._core import graphics_scales as gs
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat.matlab._graphics_arguments import (_apply, _is_text, _leading_axes, _new_plot,
                                               _pairs, _str)
from compat.matlab.plotting import _data  # plot's reading of numeric data (real part)

__all__ = ["bar", "barh", "scatter", "errorbar", "stem", "stairs", "area"]


# --------------------------------------------------------------------------------------
# arguments
# --------------------------------------------------------------------------------------
def _numeric_head(args):
    """The leading non-text arguments and the rest."""
    args = list(args)
    i = 0
    while i < len(args) and not _is_text(args[i]):
        i += 1
    return args[:i], args[i:]


def _columns(y):
    """A vector as one column, a matrix as its columns (MATLAB's series)."""
    y = np.asarray(y, dtype=np.float64)
    if y.ndim <= 1 or 1 in y.shape:
        return y.reshape(-1, 1)
    if y.ndim > 2:
        raise CompatValueError("Data must be a vector or a 2-D matrix")
    return y


def _xy_columns(x, y):
    """x positions (a vector) and the series of y (columns), MATLAB's pairing: y a
    vector of x's length is one series; a matrix whose rows (else columns) match x."""
    y = np.asarray(y, dtype=np.float64)
    if x is None:
        cols = _columns(y)
        return np.arange(1.0, cols.shape[0] + 1), cols
    x = np.asarray(x, dtype=np.float64).ravel()
    cols = _columns(y)
    if cols.shape[0] != x.size:
        if y.ndim == 2 and y.shape[1] == x.size and y.shape[0] != x.size:
            cols = y.T
        else:
            raise CompatValueError("X must be the same length as Y (the rows of Y).")
    return x, cols


def _spec(rest):
    """A leading LineSpec among the text arguments: (spec or None, the rest)."""
    if rest and _is_text(rest[0]):
        parsed = gs.parse_linespec(_str(rest[0]))
        if parsed is not None:
            return parsed, rest[1:]
    return None, rest


def _style_line(h, ax, spec):
    """Colour (the next ColorOrder colour unless the LineSpec gives one), line style
    and marker of a line-like chart."""
    style, marker, color = spec if spec is not None else (None, None, None)
    h._props["Color"] = color if color is not None else ax.next_color()
    if style is not None:
        h._props["LineStyle"] = style
    if marker is not None:
        h._props["Marker"] = marker
        if style is None and not isinstance(h, gc.Stem):
            h._props["LineStyle"] = "none"  # a marker alone draws no line, as plot's


def _fresh(ax):
    return ax._props["NextPlot"] in ("replace", "replacechildren")


def _chart_axes(ax, box=True):
    """MATLAB's newplot for a chart; the box drawn around a chart in fresh axes (as plot
    does; GNU Octave 7.3 leaves it off for scatter only)."""
    ax = _new_plot(ax)
    if box and (ax._props["NextPlot"] == "replace" or not ax.Children):
        ax._props["Box"] = "on"
    return ax


def _category_ticks(ax, positions, axis):
    """Ticks at the bar positions when there are at most 15 of them, all integers (GNU
    Octave 7.3's rule for bar; MATLAB's reference pages show a tick under each of
    their 11 bars)."""
    p = np.asarray(positions, dtype=np.float64).ravel()
    if 0 < p.size <= 15 and np.all(p == np.fix(p)):
        ax._set_ticks(axis, np.unique(p))


# --------------------------------------------------------------------------------------
# bar, barh
# --------------------------------------------------------------------------------------
_BAR_STYLES = ("grouped", "stacked")


def _bar(args, kwargs, horizontal):
    ax, rest = _leading_axes(args)
    nums, rest = _numeric_head(rest)
    width = None
    if len(nums) == 3:
        x, y, width = nums
    elif len(nums) == 2:
        a, b = nums
        if np.size(b) == 1 and np.size(a) > 1:
            x, y, width = None, a, b
        else:
            x, y = a, b
    elif len(nums) == 1:
        x, y = None, nums[0]
    else:
        raise CompatValueError("Not enough input arguments: bar needs data")
    layout, color = "grouped", None
    while rest and _is_text(rest[0]):
        word = _str(rest[0]).strip().lower()
        if word in _BAR_STYLES:
            layout = word
        elif word in ("hist", "histc", "detached"):
            raise CompatValueError(f"bar style '{word}' is not supported; use 'grouped' "
                                   "or 'stacked'")
        else:
            try:
                color = gs.to_color(word, none_ok=False)
            except CompatValueError:
                break
        rest = rest[1:]
    pairs = _pairs(rest, kwargs)
    xs, cols = _xy_columns(None if x is None else _data(x, "x"), _data(y, "y"))
    ax = _chart_axes(ax)
    fresh = _fresh(ax) and not ax.Children
    series = []
    made = go.GraphicsArray()
    for k in range(cols.shape[1]):
        h = gc.Bar(ax, series)
        series.append(h)
        h._props["XData"] = gs.double_row(xs)
        h._props["YData"] = gs.double_row(cols[:, k])
        h._props["BarLayout"] = layout
        h._props["Horizontal"] = "on" if horizontal else "off"
        if width is not None:
            h._props["BarWidth"] = go._positive(width)
        h._props["FaceColor"] = color if color is not None else ax.next_color()
        made.append(h)
    for h in made:
        _apply(h, pairs)
    if fresh:
        _category_ticks(ax, xs, "y" if horizontal else "x")
    return made


@matlab_function("bar")
def bar(*args, **kwargs):
    """Bar graph (MATLAB's ``bar``); returns the Bar series, one per column of Y.

    MATLAB call forms::

        b = bar(y)                 ->  bar(y)                 bars at 1..n
        b = bar(x, y)              ->  bar(x, y)
        b = bar(___, width)        ->  bar(y, 0.5)            BarWidth (default 0.8)
        b = bar(___, style)        ->  bar(Y, 'stacked')      'grouped' (default)
        b = bar(___, color)        ->  bar(y, 'r')            every bar's FaceColor
        b = bar(___, Name, Value)  ->  bar(y, 'EdgeColor', 'none')
        b = bar(ax, ___)

    A matrix ``Y`` (m x n) gives m groups of n bars (``'stacked'``: one bar per row
    made of n segments); ``x`` holds the m positions.

    Returns
    -------
    GraphicsArray
        Bar objects: ``XData`` (positions, a row), ``YData`` (heights, a row),
        ``BarWidth``, ``BarLayout``, ``FaceColor`` (the ColorOrder colours in turn),
        ``EdgeColor`` black, ``BaseValue`` 0, read-only ``XEndPoints``/``YEndPoints``
        (the bar tips: positions plus the group offsets, heights on their stack).

    Notes
    -----
    The geometry is MathWorks' (R2014b and later, see
    :func:`compat._core.graphics_charts.bar_geometry`): the slot of a position is the
    smallest gap between positions; ``n`` grouped series share ``min(0.8, n/(n+1.5))``
    of it, each series offset by ``(k - (n+1)/2)`` slots. The automatic limits span
    the bars' edges and the baseline, widened to the ticks as for lines. GNU Octave
    7.3 gives the same limits except where its series-by-series update moves them: its
    last series widens limits already widened to the ticks of the others (Y = [1.498
    -0.517; 0.752 -0.115] gives [-1 2] there, [-1 1.5] from the data); up to 15 integer positions put a tick under each bar
    (Octave 7.3's rule, ``XTickMode`` 'manual'). ``matplotlib``'s ``bar`` takes one
    series, centres bars on x with width 0.8 in data units and has no groups.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> b = matlab.bar([3, 5, 2])
    >>> b.XData, b.YData, b.BarWidth
    (array([[1., 2., 3.]]), array([[3., 5., 2.]]), 0.8)
    >>> matlab.xlim(), matlab.ylim(), matlab.xticks()
    (array([[0.5, 3.5]]), array([[0., 5.]]), array([[1., 2., 3.]]))
    >>> b = matlab.bar([[1, 2], [3, 4], [5, 6]])
    >>> b[0].XEndPoints
    array([[0.85714286, 1.85714286, 2.85714286]])
    >>> matlab.close(f)
    """
    return _bar(args, kwargs, horizontal=False)


@matlab_function("barh")
def barh(*args, **kwargs):
    """Horizontal bar graph (MATLAB's ``barh``): :func:`bar`'s call forms, the bars
    along y (``Horizontal`` 'on'), heights along x.

    Returns
    -------
    GraphicsArray

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> b = matlab.barh([3, 5, 2])
    >>> b.Horizontal, matlab.xlim(), matlab.ylim()
    ('on', array([[0., 5.]]), array([[0.5, 3.5]]))
    >>> matlab.close(f)
    """
    return _bar(args, kwargs, horizontal=True)


# --------------------------------------------------------------------------------------
# scatter
# --------------------------------------------------------------------------------------
@matlab_function("scatter")
def scatter(*args, **kwargs):
    """Scatter plot (MATLAB's ``scatter``); returns the Scatter object.

    MATLAB call forms::

        s = scatter(x, y)              ->  scatter(x, y)
        s = scatter(x, y, sz)          ->  scatter(x, y, 20)  or one size per point
        s = scatter(x, y, sz, c)       ->  scatter(x, y, [], 'r') / RGB / values
        s = scatter(___, 'filled')     ->  filled markers
        s = scatter(___, mkr)          ->  scatter(x, y, 'd')
        s = scatter(___, Name, Value)
        s = scatter(ax, ___)

    Returns
    -------
    Scatter
        ``XData``/``YData`` (rows), ``SizeData`` (36 points squared by default, the
        marker's area), ``CData`` (the next ColorOrder colour unless ``c`` is given:
        a colour, an RGB row, one RGB row per point or one value per point for the
        colormap), ``Marker`` 'o', ``MarkerFaceColor`` 'none' ('flat' with
        'filled'), ``MarkerEdgeColor`` 'flat'.

    Notes
    -----
    The automatic limits are those of the points (tick-aligned as for lines).
    ``matplotlib``'s ``scatter`` also takes areas in points squared but its default
    is ``rcParams['lines.markersize']**2`` and its markers are filled.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> s = matlab.scatter([1, 2, 3], [4, 5, 7], 'filled')
    >>> s.SizeData, s.MarkerFaceColor, s.CData, matlab.ylim()
    (36.0, 'flat', array([[0.   , 0.447, 0.741]]), array([[4., 7.]]))
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    nums, rest = _numeric_head(rest)
    if len(nums) < 2:
        raise CompatValueError("Not enough input arguments: scatter needs x and y")
    if len(nums) > 4:
        raise CompatValueError("Too many numeric arguments: scatter(x, y, sz, c)")
    x = _data(nums[0], "x").ravel()
    y = _data(nums[1], "y").ravel()
    if x.size != y.size:
        raise CompatValueError("X and Y must be vectors of the same length.")
    size = nums[2] if len(nums) > 2 else None
    color = nums[3] if len(nums) > 3 else None
    filled, marker = False, None
    while rest and _is_text(rest[0]):
        word = _str(rest[0]).strip()
        parsed = gs.parse_linespec(word)
        if word.lower() == "filled":
            filled = True
        elif parsed is not None and parsed[0] is None:  # a marker and/or a colour
            marker = parsed[1] if parsed[1] is not None else marker
            color = parsed[2] if parsed[2] is not None else color
        else:
            break
        rest = rest[1:]
    pairs = _pairs(rest, kwargs)
    ax = _chart_axes(ax, box=False)
    s = gc.Scatter(ax)
    s._props["XData"] = gs.double_row(x)
    s._props["YData"] = gs.double_row(y)
    if size is not None and np.size(size):
        sz = _data(size, "sz")
        if sz.size not in (1, x.size):
            raise CompatValueError("S must be a scalar or a vector of the length of X.")
        s._props["SizeData"] = float(sz.reshape(-1)[0]) if sz.size == 1 else \
            gs.double_row(sz.ravel())
    if color is None or (not _is_text(color) and np.size(color) == 0):
        s._props["CData"] = ax.next_color()
    elif _is_text(color) or isinstance(color, np.ndarray) and color.ndim == 2 and \
            color.shape == (1, 3):
        s._props["CData"] = gs.to_color(_str(color) if _is_text(color) else color,
                                        none_ok=False)
    else:
        c = _data(color, "c")
        if c.ndim == 2 and c.shape[1] == 3 and c.shape[0] in (1, x.size):
            s._props["CData"] = c.copy()
        elif c.size == 3 and x.size != 3:
            s._props["CData"] = gs.to_color(c, none_ok=False)
        elif c.size == x.size:
            s._props["CData"] = c.reshape(-1, 1).copy() if c.ndim == 2 and \
                c.shape[1] == 1 else gs.double_row(c.ravel())
        else:
            raise CompatValueError("Color must be one RGB triplet, an m-by-3 matrix of "
                                   "RGB triplets with one color per scatter point, or "
                                   "a vector with one value per scatter point.")
    if filled:
        s._props["MarkerFaceColor"] = "flat"
    if marker is not None:
        s._props["Marker"] = marker
    _apply(s, pairs)
    return s


# --------------------------------------------------------------------------------------
# errorbar
# --------------------------------------------------------------------------------------
_ORIENTATIONS = ("vertical", "horizontal", "both")


@matlab_function("errorbar")
def errorbar(*args, **kwargs):
    """Line plot with error bars (MATLAB's ``errorbar``); returns the ErrorBar series.

    MATLAB call forms::

        e = errorbar(y, err)                       ->  errorbar(y, err)
        e = errorbar(x, y, err)                    ->  symmetric bars of length err
        e = errorbar(x, y, neg, pos)               ->  y - neg to y + pos
        e = errorbar(___, ornt)                    ->  'vertical', 'horizontal', 'both'
        e = errorbar(x, y, yneg, ypos, xneg, xpos) ->  both directions
        e = errorbar(___, LineSpec)                ->  errorbar(x, y, err, 'o')
        e = errorbar(___, Name, Value)
        e = errorbar(ax, ___)

    Matrices give one series per column.

    Returns
    -------
    GraphicsArray
        ErrorBar objects: ``XData``, ``YData``, ``YNegativeDelta``,
        ``YPositiveDelta`` (also read as MATLAB's older ``LData``/``UData``),
        ``XNegativeDelta``, ``XPositiveDelta`` (empty unless given), ``Color`` (the
        ColorOrder colour), ``LineStyle`` '-', ``CapSize`` 6.

    Notes
    -----
    The automatic limits span the ends of the bars (tick-aligned as for lines;
    MATLAB's reference example ``errorbar(1:10:100, y, 8)`` shows x from 0 to 100).
    GNU Octave 7.3 pads the x limits by half a spacing ([0.5 3.5] for x = 1:3, a
    divergence).

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> e = matlab.errorbar([1, 2, 3], [4, 5, 7], [0.5, 1, 1])
    >>> e.YNegativeDelta, e.UData, matlab.ylim()
    (array([[0.5, 1. , 1. ]]), array([[0.5, 1. , 1. ]]), array([[3., 8.]]))
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    nums, rest = _numeric_head(rest)
    orientation = "vertical"
    if rest and _is_text(rest[0]) and _str(rest[0]).strip().lower() in _ORIENTATIONS:
        orientation = _str(rest[0]).strip().lower()
        rest = rest[1:]
    spec, rest = _spec(rest)
    pairs = _pairs(rest, kwargs)
    vals = [_data(v, "data") for v in nums]
    if len(vals) == 2:
        y, err = vals
        x = None
        deltas = {"y": (err, err)}
    elif len(vals) == 3:
        x, y, err = vals
        deltas = {"y": (err, err)}
    elif len(vals) == 4:
        x, y, neg, pos = vals
        deltas = {"y": (neg, pos)}
    elif len(vals) == 6:
        x, y, yneg, ypos, xneg, xpos = vals
        deltas = {"y": (yneg, ypos), "x": (xneg, xpos)}
        orientation = "both"
    else:
        raise CompatValueError("errorbar takes (y, err), (x, y, err), (x, y, neg, pos) "
                               "or (x, y, yneg, ypos, xneg, xpos)")
    if len(vals) in (3, 4) and orientation != "vertical":
        deltas = {"x": deltas["y"]} if orientation == "horizontal" else \
            {"y": deltas["y"], "x": deltas["y"]}
    ycols = _columns(y)
    xcols = np.tile(np.arange(1.0, ycols.shape[0] + 1).reshape(-1, 1),
                    (1, ycols.shape[1])) if x is None else _columns(x)
    if xcols.shape[0] != ycols.shape[0]:
        raise CompatValueError("X and Y must be the same size.")
    if xcols.shape[1] == 1 and ycols.shape[1] > 1:
        xcols = np.tile(xcols, (1, ycols.shape[1]))

    def delta_cols(d):
        d = np.asarray(d, dtype=np.float64)
        if d.size == 0:
            return None
        if d.size == 1:
            return np.full(ycols.shape, float(d.reshape(())))
        c = _columns(d)
        if c.shape != ycols.shape:
            raise CompatValueError("The error data must be the size of Y (or empty).")
        return c
    ax = _chart_axes(ax)
    made = go.GraphicsArray()
    for k in range(ycols.shape[1]):
        h = gc.ErrorBar(ax)
        h._props["XData"] = gs.double_row(xcols[:, k])
        h._props["YData"] = gs.double_row(ycols[:, k])
        h._props["Orientation"] = orientation
        for axis, (neg, pos) in deltas.items():
            for key, d in ((f"{axis.upper()}NegativeDelta", neg),
                           (f"{axis.upper()}PositiveDelta", pos)):
                c = delta_cols(d)
                if c is not None:
                    h._props[key] = gs.double_row(c[:, k])
        _style_line(h, ax, spec)
        made.append(h)
    for h in made:
        _apply(h, pairs)
    return made


# --------------------------------------------------------------------------------------
# stem, stairs, area
# --------------------------------------------------------------------------------------
def _xy_series(nums, name):
    vals = [_data(v, "data") for v in nums]
    if len(vals) == 1:
        ycols = _columns(vals[0])
        return np.arange(1.0, ycols.shape[0] + 1), ycols
    if len(vals) == 2:
        x, y = vals
        if x.ndim == 2 and 1 not in x.shape:
            xc, yc = _columns(x), _columns(y)
            if xc.shape != yc.shape:
                raise CompatValueError("X and Y must be the same size.")
            return xc, yc
        return _xy_columns(x, y)
    raise CompatValueError(f"{name} takes (Y) or (X, Y)")


def _x_of(xs, k):
    return xs[:, k] if xs.ndim == 2 else xs


@matlab_function("stem")
def stem(*args, **kwargs):
    """Stem plot of discrete data (MATLAB's ``stem``); returns the Stem series.

    MATLAB call forms: ``h = stem(Y)``, ``stem(X, Y)``, ``stem(___, 'filled')``,
    ``stem(___, LineSpec)``, ``stem(___, Name, Value)``, ``stem(ax, ___)``; a matrix:
    one series per column.

    Returns
    -------
    GraphicsArray
        Stem objects: ``XData``, ``YData``, ``BaseValue`` 0, ``Marker`` 'o',
        ``MarkerFaceColor`` 'none' (the line colour with 'filled'), ``Color``.

    Notes
    -----
    The automatic y limits take in the baseline (a stem is drawn from it).

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> h = matlab.stem([4, 5, 7])
    >>> h.Marker, h.BaseValue, matlab.ylim()
    ('o', 0.0, array([[0., 7.]]))
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    nums, rest = _numeric_head(rest)
    filled = False
    if rest and _is_text(rest[0]) and _str(rest[0]).strip().lower() == "filled":
        filled, rest = True, rest[1:]
    spec, rest = _spec(rest)
    if rest and _is_text(rest[0]) and _str(rest[0]).strip().lower() == "filled":
        filled, rest = True, rest[1:]
    pairs = _pairs(rest, kwargs)
    xs, ycols = _xy_series(nums, "stem")
    ax = _chart_axes(ax)
    made = go.GraphicsArray()
    for k in range(ycols.shape[1]):
        h = gc.Stem(ax)
        h._props["XData"] = gs.double_row(_x_of(xs, k))
        h._props["YData"] = gs.double_row(ycols[:, k])
        _style_line(h, ax, spec)
        if filled:
            h._props["MarkerFaceColor"] = h._props["Color"].copy()
        made.append(h)
    for h in made:
        _apply(h, pairs)
    return made


@matlab_function("stairs", nargout=2)
def stairs(*args, nargout=1, **kwargs):
    """Stairstep graph (MATLAB's ``stairs``); returns the Stair series, or with
    ``nargout=2`` the staircase's points without drawing.

    MATLAB call forms::

        h = stairs(Y)                 ->  stairs(Y)
        h = stairs(X, Y)              ->  stairs(X, Y)
        h = stairs(___, LineSpec)     ->  stairs(X, Y, 'r--')
        h = stairs(___, Name, Value)
        [xb, yb] = stairs(___)        ->  xb, yb = stairs(X, Y, nargout=2)

    Returns
    -------
    GraphicsArray, or (xb, yb)
        Stair objects (``XData``/``YData`` the points given); ``xb``, ``yb``: columns
        of ``2n - 1`` points each (one column per series) such that
        ``plot(xb, yb)`` draws the staircase: x repeated (``x1 x2 x2 x3 x3 ...``),
        y held until the next x (``y1 y1 y2 y2 y3 ...``).

    Examples
    --------
    >>> from compat import matlab
    >>> xb, yb = matlab.stairs([1, 2, 3], [4, 5, 7], nargout=2)
    >>> xb.ravel(), yb.ravel()
    (array([1., 2., 2., 3., 3.]), array([4., 4., 5., 5., 7.]))
    """
    ax, rest = _leading_axes(args)
    nums, rest = _numeric_head(rest)
    spec, rest = _spec(rest)
    xs, ycols = _xy_series(nums, "stairs")
    if nargout == 2:
        n = ycols.shape[1]
        xfull = xs if xs.ndim == 2 else np.tile(xs.reshape(-1, 1), (1, n))
        xb, yb = gc.stairs_xy(xfull, ycols)
        return xb, yb
    pairs = _pairs(rest, kwargs)
    ax = _chart_axes(ax)
    made = go.GraphicsArray()
    for k in range(ycols.shape[1]):
        h = gc.Stair(ax)
        h._props["XData"] = gs.double_row(_x_of(xs, k))
        h._props["YData"] = gs.double_row(ycols[:, k])
        _style_line(h, ax, spec)
        made.append(h)
    for h in made:
        _apply(h, pairs)
    return made


@matlab_function("area")
def area(*args, **kwargs):
    """Filled area plot (MATLAB's ``area``); returns the Area series.

    MATLAB call forms: ``area(Y)``, ``area(X, Y)``, ``area(___, basevalue)``,
    ``area(___, Name, Value)``, ``area(ax, ___)``. A matrix ``Y``: one series per
    column, stacked (each filled from the sum of the previous ones).

    Returns
    -------
    GraphicsArray
        Area objects: ``XData``, ``YData`` (the series' own values), ``BaseValue``,
        ``FaceColor`` (the ColorOrder colours in turn), ``EdgeColor`` black.

    Notes
    -----
    The automatic y limits take in the baseline and the stacked tops.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> a = matlab.area([[1, 2], [3, 1], [2, 2]])
    >>> a[1].YData, matlab.ylim()
    (array([[2., 1., 2.]]), array([[0., 4.]]))
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    nums, rest = _numeric_head(rest)
    base = None
    if len(nums) == 3 or (len(nums) == 2 and np.size(nums[1]) == 1 and np.size(nums[0]) > 1):
        base = float(_data(nums[-1], "basevalue").reshape(-1)[0])
        nums = nums[:-1]
    pairs = _pairs(rest, kwargs)
    xs, ycols = _xy_series(nums, "area")
    ax = _chart_axes(ax)
    made = go.GraphicsArray()
    below = None
    for k in range(ycols.shape[1]):
        h = gc.Area(ax, below)
        h._props["XData"] = gs.double_row(_x_of(xs, k))
        h._props["YData"] = gs.double_row(ycols[:, k])
        if base is not None:
            h._props["BaseValue"] = base
        h._props["FaceColor"] = ax.next_color()
        made.append(h)
        below = h
    for h in made:
        _apply(h, pairs)
    return made
