"""MATLAB's distribution and field charts: ``histogram``, ``pie``, ``contour``,
``contourf`` and ``quiver`` (split from :mod:`compat.matlab.chart_plots`, whose argument
helpers they share), drawing chart objects (:mod:`compat._core.graphics_charts`) into the
axes of :mod:`compat.matlab.graphics`; each returns the objects it made, whose properties
read back with MATLAB's names (``h.BinCounts``, ``c.LevelList``), and the axes' automatic
limits take in what the charts span."""

from __future__ import annotations

import numpy as np

from compat._core import contours as contour_core
from compat._core import graphics_charts as gc
from compat._core import graphics_objects as go
from compat._core import graphics_scales as gs
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat.matlab._graphics_arguments import (_apply, _is_text, _leading_axes, _new_plot,
                                               _pairs, _str)
from compat.matlab.chart_plots import (_chart_axes, _data, _fresh, _numeric_head, _spec,
                                       _style_line)

__all__ = ["histogram", "contour", "contourf", "quiver", "pie"]


# --------------------------------------------------------------------------------------
# histogram
# --------------------------------------------------------------------------------------
_BIN_OPTIONS = ("numbins", "binedges", "binwidth", "binlimits", "binmethod",
                "normalization")
_BIN_NAMES = {n.lower(): n for n in ("NumBins", "BinEdges", "BinWidth", "BinLimits",
                                      "BinMethod", "Normalization")}


def _binner(data, options, normalization):
    """histcounts' rule: (values, counts, edges) of ``data`` with ``options``."""
    from compat.matlab.histograms import histcounts
    args = []
    for name, value in options.items():
        args += [name, value]
    counts, edges = histcounts(data, *args, nargout=2)
    counts = gs.double_row(np.asarray(counts, dtype=np.float64).ravel())
    edges = gs.double_row(np.asarray(edges, dtype=np.float64).ravel())
    if str(normalization).lower() == "count":
        values = counts.copy()
    else:
        values = histcounts(data, "BinEdges", edges, "Normalization", normalization)
        values = gs.double_row(np.asarray(values, dtype=np.float64).ravel())
    return values, counts, edges


@matlab_function("histogram")
def histogram(*args, **kwargs):
    """Histogram plot (MATLAB's ``histogram``); returns the Histogram object.

    MATLAB call forms::

        h = histogram(X)                   ->  automatic bins
        h = histogram(X, nbins)            ->  histogram(X, 20)
        h = histogram(X, edges)            ->  histogram(X, [0, 1, 2, 4])
        h = histogram(___, Name, Value)    ->  'BinWidth', 0.5 / 'Normalization', 'pdf'
                                               / 'FaceColor', 'r' ...
        h = histogram(ax, ___)

    Returns
    -------
    Histogram
        ``Data``, ``BinEdges``, ``BinCounts``, ``Values`` (the counts under
        ``Normalization``), ``NumBins``, ``BinWidth``, ``BinLimits``,
        ``Normalization``, ``BinMethod``, ``FaceColor`` (the ColorOrder colour),
        ``FaceAlpha`` 0.6, ``EdgeColor`` black. Setting ``NumBins``, ``BinWidth``,
        ``BinEdges``, ``BinLimits`` or ``Normalization`` bins the data again.

    Notes
    -----
    The bins are :func:`compat.matlab.histcounts`' (its automatic rule and options:
    one rule for both, as MATLAB documents histogram's bins as histcounts'); the
    automatic limits span the edges and 0 (tick-aligned). GNU Octave 7.3 has no
    ``histogram``; ``numpy.histogram``/``matplotlib``'s ``hist`` choose other edges.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> h = matlab.histogram([1, 2, 2, 3, 3, 3, 4])
    >>> h.BinEdges, h.BinCounts, h.NumBins, h.BinWidth
    (array([[0.5, 1.5, 2.5, 3.5, 4.5]]), array([[1., 2., 3., 1.]]), 4.0, 1.0)
    >>> h.Normalization = 'probability'; h.Values
    array([[0.14285714, 0.28571429, 0.42857143, 0.14285714]])
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    nums, rest = _numeric_head(rest)
    if not nums:
        raise CompatValueError("Not enough input arguments: histogram needs data")
    if len(nums) > 2:
        raise CompatValueError("Too many numeric arguments: histogram(X, nbins|edges)")
    data = matlab_array(nums[0], "X")
    options = {}
    if len(nums) == 2:
        second = np.asarray(nums[1])
        options["NumBins" if second.size == 1 else "BinEdges"] = nums[1]
    props = []
    normalization = "count"
    for name, value in _pairs(rest, kwargs):
        key = name.lower()
        if key == "normalization":
            normalization = _str(value) if _is_text(value) else value
        elif key in _BIN_OPTIONS:
            options[_BIN_NAMES[key]] = value
        else:
            props.append((name, value))
    ax = _chart_axes(ax)
    h = gc.Histogram(ax, _binner)
    h._props["Data"] = np.array(data, copy=True)
    h.rebin(Normalization=normalization, **options)
    if not options:
        h._props["BinMethod"] = "auto"
    h._props["FaceColor"] = ax.next_color()
    _apply(h, props)
    return h


# --------------------------------------------------------------------------------------
# contour, contourf
# --------------------------------------------------------------------------------------
def _contour(args, kwargs, nargout, fill):
    from compat.matlab import contours as legacy_contours
    ax, rest = _leading_axes(args)
    nums, rest = _numeric_head(rest)
    spec, rest = _spec(rest)
    pairs = _pairs(rest, kwargs)
    levels = None
    if len(nums) in (2, 4):
        levels = nums[-1]
        nums = nums[:-1]
    if len(nums) in (1, 3):
        z = legacy_contours._real(nums[-1], "Z")
        if z.ndim != 2 or min(z.shape) < 2:
            raise CompatValueError("Z must be at least a 2x2 matrix.")
    if len(nums) == 1:
        rows, cols = z.shape
        x, y = np.arange(1.0, cols + 1), np.arange(1.0, rows + 1)
        xdata, ydata = gs.double_row(x), gs.double_row(y)
    elif len(nums) == 3:
        xdata = legacy_contours._real(nums[0], "X")
        ydata = legacy_contours._real(nums[1], "Y")
        x, y = legacy_contours._coordinates(xdata, ydata, z.shape)
    else:
        raise CompatValueError("contour takes (Z), (Z, levels), (X, Y, Z) or "
                               "(X, Y, Z, levels)")
    manual = levels is not None and np.size(levels) > 1
    level_list = legacy_contours._levels(levels, z)
    if levels is not None and np.size(levels) == 2 and \
            np.asarray(levels).ravel()[0] == np.asarray(levels).ravel()[1]:
        level_list = np.unique(np.asarray(levels, dtype=np.float64))  # [k k]: one level
    matrix = contour_core.contour_matrix(x, y, z, level_list)
    ax = _chart_axes(ax)
    h = gc.Contour(ax)
    h._props.update(XData=np.array(xdata, dtype=np.float64),
                    YData=np.array(ydata, dtype=np.float64), ZData=z.copy(),
                    ContourMatrix=matrix, LevelList=gs.double_row(level_list),
                    LevelListMode="manual" if manual else "auto",
                    Fill="on" if fill else "off")
    if spec is not None:
        style, _, color = spec
        if style is not None:
            h._props["LineStyle"] = style
        if color is not None:
            h._props["LineColor"] = color
    if fill:
        h._props["LineColor"] = gs.double_row([0.0, 0.0, 0.0]) if spec is None or \
            spec[2] is None else h._props["LineColor"]
    _apply(h, pairs)
    if _fresh(ax) and len(ax.Children) == 1:
        ax.set_tight(True)  # contours fill their grid: the limits are its extent
    if nargout == 2:
        return matrix, h
    return h


@matlab_function("contour", nargout=2)
def contour(*args, nargout=1, **kwargs):
    """Contour plot (MATLAB's ``contour``); returns the Contour object, or with
    ``nargout=2`` the contour matrix and the object.

    MATLAB call forms::

        contour(Z)                      ->  automatic levels
        contour(X, Y, Z)                ->  coordinates (vectors or matrices)
        contour(___, levels)            ->  n levels, or a vector of levels ([k k]:
                                            the one level k)
        contour(___, LineSpec)          ->  contour(Z, '--')
        contour(___, Name, Value)       ->  'LineWidth', 2, 'ShowText', 'on'
        [M, c] = contour(___)           ->  M, c = contour(Z, nargout=2)

    Returns
    -------
    Contour, or (M, Contour)
        ``ContourMatrix`` (:func:`compat.matlab.contourc`'s matrix: one rule for both),
        ``LevelList`` (the levels), ``LevelListMode``, ``XData``, ``YData``,
        ``ZData``, ``Fill`` 'off', ``LineColor`` 'flat'.

    Notes
    -----
    The automatic levels are contourc's (multiples of a 1-2-5 step, at most 20);
    GNU Octave 7.3 takes 10 equally spaced levels instead. The axes' limits are the
    grid's extent (tight), as MATLAB and Octave draw contours.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> M, c = matlab.contour([[0, 1, 2], [1, 2, 3], [2, 3, 4]], [1.5, 2.5], nargout=2)
    >>> c.LevelList, M[:, 0], matlab.xlim()
    (array([[1.5, 2.5]]), array([1.5, 4. ]), array([[1., 3.]]))
    >>> matlab.close(f)
    """
    return _contour(args, kwargs, nargout, fill=False)


@matlab_function("contourf", nargout=2)
def contourf(*args, nargout=1, **kwargs):
    """Filled contour plot (MATLAB's ``contourf``): :func:`contour`'s call forms and
    results with ``Fill`` 'on' and black contour lines (``LineColor`` [0 0 0]).

    Returns
    -------
    Contour, or (M, Contour)

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> c = matlab.contourf([[0, 1, 2], [1, 2, 3], [2, 3, 4]], 3)
    >>> c.Fill, c.LevelList, c.LineColor
    ('on', array([[1., 2., 3.]]), array([[0., 0., 0.]]))
    >>> matlab.close(f)
    """
    return _contour(args, kwargs, nargout, fill=True)


# --------------------------------------------------------------------------------------
# quiver
# --------------------------------------------------------------------------------------
@matlab_function("quiver")
def quiver(*args, **kwargs):
    """Arrow plot of a vector field (MATLAB's ``quiver``); returns the Quiver object.

    MATLAB call forms::

        q = quiver(X, Y, U, V)          ->  arrows at (X, Y) along (U, V)
        q = quiver(U, V)                ->  at the grid 1..n by 1..m
        q = quiver(___, scale)          ->  AutoScaleFactor = scale (0: no scaling)
        q = quiver(___, 'off')          ->  AutoScale 'off': the arrows as given
        q = quiver(___, LineSpec)
        q = quiver(___, Name, Value)
        q = quiver(ax, ___)

    Vector ``X`` (n) and ``Y`` (m) with m-by-n ``U``, ``V`` are expanded as
    ``meshgrid(X, Y)``.

    Returns
    -------
    Quiver
        ``XData``, ``YData``, ``UData``, ``VData``, ``AutoScale`` 'on',
        ``AutoScaleFactor`` 0.9, ``MaxHeadSize`` 0.2, ``Color``.

    Notes
    -----
    MATLAB's automatic scale (:func:`compat._core.graphics_charts.quiver_scale`):
    the arrows are multiplied by ``AutoScaleFactor`` over the longest arrow measured
    in average grid spacings (``hypot(range(X)/n, range(Y)/m)``), so the longest is
    ``AutoScaleFactor`` spacings long (GNU Octave 7.3 draws the same lengths).
    ``matplotlib``'s ``quiver`` scales by another rule (its ``scale`` units).

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> q = matlab.quiver([1, 2, 3], [1, 2], [[1, 2, 3], [4, 5, 6]], [[1, 1, 1], [1, 1, 1]])
    >>> round(q.scale(), 6), q.XData.shape
    (0.123299, (2, 3))
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    nums, rest = _numeric_head(rest)
    factor, autoscale = None, "on"
    if rest and _is_text(rest[0]) and _str(rest[0]).strip().lower() == "off":
        autoscale, rest = "off", rest[1:]
    spec, rest = _spec(rest)
    pairs = _pairs(rest, kwargs)
    if len(nums) in (3, 5):
        factor = float(_data(nums[-1], "scale").reshape(-1)[0])
        nums = nums[:-1]
    if len(nums) == 2:
        u, v = (_data(a, "U") for a in nums)
        u2 = u if u.ndim == 2 else u.reshape(1, -1)
        m, n = u2.shape
        x, y = np.meshgrid(np.arange(1.0, n + 1), np.arange(1.0, m + 1))
        u, v = u2, v.reshape(u2.shape)
    elif len(nums) == 4:
        x, y, u, v = (_data(a, name) for a, name in zip(nums, "XYUV"))
        if u.shape != v.shape:
            raise CompatValueError("U and V must be the same size.")
        if u.ndim == 2 and 1 not in u.shape and x.size == u.shape[1] and \
                y.size == u.shape[0] and (x.ndim < 2 or 1 in x.shape):
            x, y = np.meshgrid(x.ravel(), y.ravel())
        elif x.size != u.size or y.size != u.size:
            raise CompatValueError("X, Y, U and V must be the same size (or X and Y "
                                   "vectors of the grid).")
        x, y = x.reshape(u.shape), y.reshape(u.shape)
    else:
        raise CompatValueError("quiver takes (U, V) or (X, Y, U, V), optionally a scale")
    ax = _chart_axes(ax)
    q = gc.Quiver(ax)
    q._props.update(XData=np.array(x, dtype=np.float64), YData=np.array(y, dtype=np.float64),
                    UData=np.array(u, dtype=np.float64), VData=np.array(v, dtype=np.float64),
                    AutoScale=autoscale)
    if factor is not None:
        if factor == 0:
            q._props["AutoScale"] = "off"
        else:
            q._props["AutoScaleFactor"] = factor
    _style_line(q, ax, spec)
    _apply(q, pairs)
    return q


# --------------------------------------------------------------------------------------
# pie
# --------------------------------------------------------------------------------------
def _labels(value):
    if isinstance(value, (list, tuple)) and all(_is_text(v) for v in value):
        return [_str(v) for v in value]
    if isinstance(value, np.ndarray) and value.dtype.kind == "U":
        return [str(v) for v in value.ravel()]
    return None


@matlab_function("pie")
def pie(*args, **kwargs):
    """Pie chart (MATLAB's ``pie``); returns the patches and texts, interleaved.

    MATLAB call forms::

        p = pie(X)                  ->  pie([1, 2, 3])     percentages as labels
        p = pie(X, explode)         ->  pie(X, [0, 1, 0])  offset the nonzero ones
        p = pie(X, labels)          ->  pie(X, ['a', 'b', 'c'])
        p = pie(X, explode, labels)
        p = pie(ax, ___)

    Parameters
    ----------
    X : array_like
        Nonnegative values. When they sum to more than 1 each wedge is ``X/sum(X)`` of
        the disc; a sum below 1 draws a partial pie (MATLAB's rule). Zeros draw nothing.

    Returns
    -------
    GraphicsArray
        ``[patch1, text1, patch2, text2, ...]``: each wedge a Patch (``XData``/``YData``
        its outline as a column: the centre, ``n + 1`` points of the unit circle with
        ``n = max(1, ceil(100 * share))``, the centre; ``FaceColor`` 'flat', ``CData``
        the wedge's index), each label a Text at 1.2 times the radius along the wedge's
        middle, ``'%d%%'`` of the rounded percentage (``'< 1%'`` below it) unless labels
        are given.

    Notes
    -----
    Wedges go counterclockwise from 90 degrees; an exploded wedge and its label move
    0.1 along its middle. The axes become ``axis equal off`` (Visible 'off'). GNU Octave
    7.3 draws its wedges with other point counts (its label texts and positions are
    MATLAB's); ``matplotlib``'s ``pie`` starts at 0 degrees and goes clockwise only
    with ``counterclock=False``.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> p = matlab.pie([1, 2, 3])
    >>> len(p), p[1].String, p[1].Position.round(4), p[0].XData.shape
    (6, '17%', array([[-0.6   ,  1.0392,  0.    ]]), (20, 1))
    >>> matlab.close(f)
    """
    from compat._core.graphics_surfaces import Patch
    ax, rest = _leading_axes(args)
    rest = list(rest)
    labels = None
    if rest and _labels(rest[-1]) is not None:
        labels = _labels(rest.pop())
    if not rest or len(rest) > 2:
        raise CompatValueError("pie takes (X), (X, explode), (X, labels) or "
                               "(X, explode, labels)")
    x = _data(rest[0], "X").ravel()
    if np.any(x < 0) or np.isnan(x).any():
        raise CompatValueError("X must contain nonnegative values.")
    explode = np.zeros(x.size)
    if len(rest) == 2:
        explode = _data(rest[1], "explode").ravel()
        if explode.size != x.size:
            raise CompatValueError("X and EXPLODE must be the same length.")
    if labels is not None and len(labels) != np.count_nonzero(x) and len(labels) != x.size:
        raise CompatValueError("Cell array of strings must be the same length as X.")
    total = x.sum()
    share = x / total if total > 1 else x
    pairs = _pairs([], kwargs)
    ax = _new_plot(ax)
    made = go.GraphicsArray()
    for k, (i, xx, yy, mid) in enumerate(gc.pie_wedges(share)):
        dx = dy = 0.0
        if explode[i]:
            dx, dy = 0.1 * np.cos(mid), 0.1 * np.sin(mid)
        h = Patch(ax)
        h.set_columns((xx + dx).reshape(-1, 1), (yy + dy).reshape(-1, 1))
        h._props["FaceColor"] = "flat"
        h.set_cdata(np.full((xx.size, 1), float(i + 1)))
        t = go.Text(ax)
        t._props["Position"] = gs.double_row([1.2 * np.cos(mid) + dx,
                                              1.2 * np.sin(mid) + dy, 0.0])
        t._props["HorizontalAlignment"] = "center"
        if labels is not None:
            t._props["String"] = labels[i] if len(labels) == x.size else labels[k]
        else:
            percent = share[i] * 100
            t._props["String"] = "< 1%" if percent < 1 else f"{int(np.floor(percent + 0.5))}%"
        made += [h, t]
    ax._props["Visible"] = "off"
    ax._props["DataAspectRatioMode"] = "manual"
    for h in made[::2]:
        _apply(h, pairs)
    return made
