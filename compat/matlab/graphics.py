"""MATLAB's graphics commands: figures, axes, lines and labels, read back with ``get``.

A ported program runs its plotting lines and keeps what it reads back from them
(``get(gca, 'XLim')``, the line handles, the hold state); ``saveas``/``print`` draw the
same picture with matplotlib (the optional extra ``compat[plot]``, imported only then).
The object tree lives in :mod:`compat._core.graphics_objects`, one per Python session,
as MATLAB has one per session.

Handles are Python objects with MATLAB's dot access (``h.Color``, ``h.Color = 'r'``,
any case): MATLAB's own handles are objects since R2014b. A figure also converts to
its integer ``Number`` (``int(f)``), and every function that takes a figure takes
that number too (``figure(2)``, ``close(2)``, ``get(1, 'Name')``); 0 is the root.
Functions that return several handles (``plot``) return a
:class:`~compat._core.graphics_objects.GraphicsArray`, a list whose dot access reads a
single line's property directly (``h = plot(x, y); h.Color``), as MATLAB's 1x1 handle
array does, and sets a property on every element.

compat never opens a window: ``figure('Visible', 'on')`` is recorded, ``drawnow``
returns at once, and a picture is made only by ``saveas``/``print``.

Property values are MATLAB's classes: numeric values as 2-D double rows (``XLim`` is
1x2, ``Color`` 1x3, ``XData`` 1xN), switches as ``'on'``/``'off'``, text as ``str``,
several strings as a list (MATLAB's cell).
"""

from __future__ import annotations

import numpy as np

from compat._core import graphics_objects as go
from compat._core.errors import (CompatTypeError, CompatValueError, MatlabWarning,
                                 legacy_warn)
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["figure", "gcf", "gca", "groot", "clf", "close", "cla", "hold", "ishold",
           "plot", "line", "xlabel", "ylabel", "title", "legend", "grid", "axis",
           "xlim", "ylim", "subplot", "set", "get", "ishandle", "isgraphics",
           "drawnow", "saveas", "print", "text", "axes", "xticks", "yticks",
           "xticklabels", "yticklabels", "box", "semilogx", "semilogy", "loglog"]


# --------------------------------------------------------------------------------------
# arguments
# --------------------------------------------------------------------------------------
def _is_text(value) -> bool:
    return isinstance(value, (str, bytes)) or (
        isinstance(value, np.ndarray) and value.dtype.kind == "U" and value.size == 1)


def _str(value) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, np.ndarray):
        return str(value.reshape(-1)[0])
    return value


def _handle(value, kinds=None):
    """The graphics object a MATLAB handle argument names (object, figure number, 0)."""
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, go.GraphicsObject):
        obj = value
    elif isinstance(value, (int, float, np.integer, np.floating, np.ndarray)) and \
            np.size(value) == 1 and not isinstance(value, (bool, np.bool_)):
        number = float(np.asarray(value).reshape(()))
        obj = go.root() if number == 0 else go.root().figure_by_number(number)
        if obj is None:
            raise CompatValueError(f"Invalid or deleted object: no figure {number:g}")
    else:
        raise CompatTypeError("Expected a graphics handle (an object, a figure number "
                              "or 0 for the root)")
    if obj._deleted:
        raise CompatValueError("Invalid or deleted object.")
    if kinds is not None and not isinstance(obj, kinds):
        names = " or ".join(k.Type for k in (kinds if isinstance(kinds, tuple)
                                              else (kinds,)))
        raise CompatValueError(f"Expected a handle to a {names}, not a {obj.Type}")
    return obj


def _pairs(args, kwargs) -> list:
    """Name-value pairs from trailing positional arguments and keywords."""
    if len(args) % 2:
        raise CompatValueError("Name-value arguments must come in pairs: a property "
                               f"name without a value ({args[-1]!r})")
    pairs = []
    for i in range(0, len(args), 2):
        if not _is_text(args[i]):
            raise CompatValueError(f"Expected a property name, got {args[i]!r}")
        pairs.append((_str(args[i]), args[i + 1]))
    pairs.extend(kwargs.items())
    return pairs


def _apply(obj, pairs):
    for name, value in pairs:
        obj.set(name, value)


def _leading_axes(args):
    if args and isinstance(args[0], go.Axes):
        return _handle(args[0]), args[1:]
    return None, args


def _new_plot(axes: go.Axes | None = None) -> go.Axes:
    """MATLAB's ``newplot``: the axes to draw in, reset unless hold is on."""
    if axes is None:
        figure = go.current_figure()
        if figure._props["NextPlot"] == "replace":
            for child in list(figure._children):
                child.delete()
        axes = figure.current_axes()
    if axes._props["NextPlot"] == "replace":
        axes.reset()
    elif axes._props["NextPlot"] == "replacechildren":
        axes.clear()
    return axes


# --------------------------------------------------------------------------------------
# figures and axes
# --------------------------------------------------------------------------------------
@matlab_function("figure")
def figure(*args, **kwargs):
    """Create a figure or make one current, as MATLAB's ``figure``.

    MATLAB call forms::

        f = figure                      ->  f = figure()
        f = figure('Name', 'x', ...)    ->  figure('Name', 'x') or figure(Name='x')
        figure(n)                       ->  figure(2)   (figure 2, created if absent)
        figure(f)                       ->  figure(f)   (makes f current)

    Parameters
    ----------
    args
        Optionally a figure (object or number), then property name-value pairs.

    Returns
    -------
    Figure
        Its ``Number`` is the lowest free positive integer (MATLAB's and Octave's
        rule); ``int(f)`` gives it.

    Notes
    -----
    compat never opens a window (``'Visible'`` is recorded). Unlike the naive
    ``matplotlib.pyplot.figure``, nothing is drawn until ``saveas``/``print``, and
    the figure lives in compat's tree, read back with ``get``.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off', 'Name', 'demo')
    >>> matlab.gcf() is f, f.Name, int(f) >= 1
    (True, 'demo', True)
    >>> matlab.close(f)
    """
    target = None
    if args and not _is_text(args[0]):
        value = args[0]
        args = args[1:]
        if isinstance(value, go.Figure):
            target = _handle(value)
        else:
            number = float(np.asarray(value).reshape(()))
            if number != int(number) or number < 1:
                raise CompatValueError("Figure number must be a positive integer, not "
                                       f"{number:g}")
            target = go.root().figure_by_number(int(number)) or go.new_figure(int(number))
    if target is None:
        target = go.new_figure()
    else:
        go.root()._make_current(target)
    _apply(target, _pairs(args, kwargs))
    return target


@matlab_function("gcf")
def gcf():
    """The current figure, created if there is none (MATLAB's ``gcf``).

    MATLAB call form: ``f = gcf`` -> ``f = gcf()``.

    Returns
    -------
    Figure

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> matlab.gcf() is f
    True
    >>> matlab.close(f)
    """
    return go.current_figure()


@matlab_function("gca")
def gca():
    """The current axes of the current figure, created if there is none (MATLAB's
    ``gca``).

    MATLAB call form: ``ax = gca`` -> ``ax = gca()``.

    Returns
    -------
    Axes
        A new axes has MATLAB's defaults: Position [0.13 0.11 0.775 0.815], XLim
        [0 1], hold off.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> ax = matlab.gca()
    >>> ax.XLim, ax.NextPlot
    (array([[0., 1.]]), 'replace')
    >>> matlab.close(f)
    """
    return go.current_axes()


@matlab_function("groot")
def groot():
    """The graphics root (MATLAB's ``groot``, handle 0).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.groot().Type
    'root'
    """
    return go.root()


@matlab_function("clf")
def clf(*args):
    """Clear the current figure: delete its axes (MATLAB's ``clf``).

    MATLAB call forms: ``clf``, ``clf(f)``, ``clf reset`` -> ``clf()``, ``clf(f)``,
    ``clf('reset')``.

    Returns
    -------
    Figure

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 2])
    >>> len(matlab.clf().Children)
    0
    >>> matlab.close(f)
    """
    fig = None
    for a in args:
        if _is_text(a):
            if _str(a).lower() != "reset":
                raise CompatValueError(f"Unknown option '{_str(a)}': use 'reset'")
        else:
            fig = _handle(a, go.Figure)
    fig = fig or go.current_figure()
    for child in list(fig._children):
        child.delete()
    return fig


@matlab_function("close")
def close(*args):
    """Close figures (MATLAB's ``close``).

    MATLAB call forms::

        close             ->  close()          (the current figure)
        close(f)          ->  close(f) or close(2)
        close all         ->  close('all')

    Returns
    -------
    None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> matlab.close(f); bool(matlab.ishandle(f))
    False
    """
    if not args:
        fig = go.current_figure(create=False)
        if fig is not None:
            fig.delete()
        return None
    for a in args:
        if _is_text(a):
            word = _str(a).lower()
            if word in ("all", "all hidden", "all force"):
                for f in go.root().figures():
                    f.delete()
            else:
                matches = [f for f in go.root().figures() if f._props["Name"] == _str(a)]
                if not matches:
                    raise CompatValueError(f"Specified window '{_str(a)}' does not exist.")
                for f in matches:
                    f.delete()
        else:
            items = a if isinstance(a, list) else list(np.ravel(a)) \
                if isinstance(a, np.ndarray) else [a]
            for item in items:
                _handle(item, go.Figure).delete()
    return None


@matlab_function("cla")
def cla(*args):
    """Clear the current axes: delete its lines and legend, restart the colour order
    (MATLAB's ``cla``; ``cla reset`` also resets the axes' properties).

    Returns
    -------
    Axes

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 2])
    >>> len(matlab.cla().Children)
    0
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    if rest and _is_text(rest[0]) and _str(rest[0]).lower() == "reset":
        ax.reset()
    elif rest:
        raise CompatValueError(f"Unknown option {rest[0]!r}: use 'reset'")
    else:
        ax.clear()
    return ax


@matlab_function("hold")
def hold(*args):
    """Keep (``hold on``) or replace (``hold off``) the plots of the current axes.

    MATLAB call forms::

        hold on / hold off / hold   ->  hold('on'), hold('off'), hold() (toggles)
        hold(ax, 'on')              ->  hold(ax, 'on')

    ``hold on`` sets the axes' and the figure's ``NextPlot`` to 'add': the next
    ``plot`` keeps the lines, the limits and the colour order position (the next line
    takes the next colour); ``hold off`` sets the axes' ``NextPlot`` to 'replace'.

    Returns
    -------
    None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> matlab.hold('on'); bool(matlab.ishold())
    True
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    if not rest:
        state = "off" if ax._props["NextPlot"] == "add" else "on"
    else:
        state = _str(rest[0]).lower() if _is_text(rest[0]) else None
        if state not in ("on", "off", "all"):
            raise CompatValueError(f"Unknown option {rest[0]!r}: use 'on' or 'off'")
    if state in ("on", "all"):
        ax._props["NextPlot"] = "add"
        ax._parent._props["NextPlot"] = "add"
    else:
        ax._props["NextPlot"] = "replace"
    return None


@matlab_function("ishold")
def ishold(ax=None):
    """True when hold is on for the axes (MATLAB's ``ishold``): its ``NextPlot`` and its
    figure's are both 'add'.

    Returns
    -------
    numpy.bool_

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> bool(matlab.ishold())
    False
    >>> matlab.close(f)
    """
    if ax is None:
        fig = go.current_figure()
        ax = fig.current_axes(create=False)
        if ax is None:
            return np.bool_(False)
    ax = _handle(ax, go.Axes)
    return np.bool_(ax._props["NextPlot"] == "add"
                    and ax._parent._props["NextPlot"] == "add")


@matlab_function("subplot")
def subplot(*args, **kwargs):
    """Create or select an axes in an m-by-n grid (MATLAB's ``subplot``).

    MATLAB call forms::

        ax = subplot(m, n, p)           ->  subplot(2, 3, 4)
        ax = subplot(mnp)               ->  subplot(234)
        ax = subplot(m, n, [p1 p2])     ->  subplot(2, 3, [2, 6])  (covers the cells)
        subplot(ax)                     ->  subplot(ax)             (makes it current)
        subplot('Position', pos)        ->  subplot('Position', [l, b, w, h])

    Cells are numbered along rows from the top left. An axes already at that place
    becomes current; others that overlap the new one are deleted, as MATLAB does.

    Returns
    -------
    Axes

    Notes
    -----
    The Position follows MATLAB's rule: the default axes rectangle
    [0.13 0.11 0.775 0.815] divided into cells that keep an inset of 0.2, 0.18, 0.04,
    0.1 cell widths/heights (left, bottom, right, top). ``subplot(2,2,1)`` is
    [0.1300 0.5838 0.3347 0.3412] and ``subplot(3,3,1)`` [0.1300 0.7093 0.2134
    0.2157] as MATLAB prints them. Octave 7 places subplots with other margins
    (``subplot(2,2,1)`` at [0.13 0.5818 0.3268 0.3432]); compat follows MATLAB.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> matlab.subplot(2, 2, 1).Position.round(4)
    array([[0.13  , 0.5838, 0.3347, 0.3412]])
    >>> matlab.close(f)
    """
    fig = go.current_figure()
    if len(args) == 1 and isinstance(args[0], go.Axes):
        ax = _handle(args[0])
        go.root()._make_current(ax._parent)
        ax._parent._set_current_axes(ax)
        return ax
    pairs = []
    if args and _is_text(args[0]) and _str(args[0]).lower() == "position":
        position = go._position(args[1])
        pairs = _pairs(args[2:], kwargs)
    else:
        numbers, rest = [], list(args)
        while rest and not _is_text(rest[0]) and len(numbers) < 3:
            numbers.append(rest.pop(0))
        if len(numbers) == 1:
            code = int(np.asarray(numbers[0]).reshape(()))
            if not 111 <= code <= 999:
                raise CompatValueError("Three-digit subplot index must be mnp with digits "
                                       "1-9")
            numbers = [code // 100, code // 10 % 10, code % 10]
        if len(numbers) != 3:
            raise CompatValueError("Expected subplot(m, n, p), subplot(mnp) or "
                                   "subplot('Position', pos)")
        m, n = (int(np.asarray(v).reshape(())) for v in numbers[:2])
        p = np.atleast_1d(np.asarray(numbers[2], dtype=np.float64)).ravel()
        if m < 1 or n < 1:
            raise CompatValueError("The number of rows and columns must be positive "
                                   "integers")
        if p.size == 0 or np.any(p < 1) or np.any(p > m * n) or np.any(p != np.round(p)):
            raise CompatValueError(f"Index exceeds number of subplots: p must be an "
                                   f"integer in 1..{m * n}")
        position = go.subplot_position(m, n, p.astype(np.int64))
        rest_args = [r for r in rest if not (_is_text(r) and
                                              _str(r).lower() in ("align", "replace"))]
        pairs = _pairs(rest_args, kwargs)
    pos = position.ravel()
    found = None
    for ax in fig.axes():
        other = ax._props["Position"].ravel()
        if np.allclose(other, pos, rtol=0, atol=1e-12):
            found = ax
            continue
        overlap_w = min(pos[0] + pos[2], other[0] + other[2]) - max(pos[0], other[0])
        overlap_h = min(pos[1] + pos[3], other[1] + other[3]) - max(pos[1], other[1])
        if overlap_w > 1e-12 and overlap_h > 1e-12:
            ax.delete()
    ax = found or go.Axes(fig, position)
    fig._set_current_axes(ax)
    _apply(ax, pairs)
    return ax


# --------------------------------------------------------------------------------------
# lines
# --------------------------------------------------------------------------------------
def _as_column_sets(x, y):
    """MATLAB's pairing of X and Y into columns (the lines): lists of 1-D arrays.

    Two vectors of one length: one line. A vector against a matrix (a vector of
    another length counts as a 1-row or 1-column matrix): one line per column whose
    length matches the vector (per row, where only the rows match). Two matrices of one
    size: their columns pair up."""
    x, y = np.asarray(x), np.asarray(y)
    if x.ndim > 2 or y.ndim > 2:
        raise CompatValueError("Data must be a vector or a 2-D matrix")

    def is_vector(a):
        return a.ndim < 2 or 1 in a.shape

    def as2d(a):
        return a.reshape(-1, 1) if a.ndim < 2 else a
    if is_vector(x) and is_vector(y) and x.size == y.size:
        return [x.ravel()], [y.ravel()]
    if is_vector(x) or is_vector(y):
        vec, mat, swap = (x.ravel(), as2d(y), False) if is_vector(x) else \
            (y.ravel(), as2d(x), True)
        if mat.shape[0] == vec.size:
            cols = [mat[:, j] for j in range(mat.shape[1])]
        elif mat.shape[1] == vec.size:
            cols = [mat[i, :] for i in range(mat.shape[0])]
        else:
            raise CompatValueError("Vectors must be the same length.")
        return ([c for c in cols], [vec] * len(cols)) if swap else \
            ([vec] * len(cols), cols)
    if x.shape != y.shape:
        raise CompatValueError("Matrix dimensions must agree.")
    return ([x[:, j] for j in range(x.shape[1])], [y[:, j] for j in range(y.shape[1])])


def _data(value, name):
    a = matlab_array(value, name, to_float=True)
    if np.iscomplexobj(a):
        a = a.real
    return np.asarray(a, dtype=np.float64)


def _plot_groups(args):
    """Split plot's arguments into (x, y, linespec) groups and name-value pairs."""
    groups, i = [], 0
    args = list(args)
    while i < len(args) and not _is_text(args[i]):
        first = args[i]
        if i + 1 < len(args) and not _is_text(args[i + 1]):
            x = np.atleast_1d(_data(first, "X"))
            y = np.atleast_1d(_data(args[i + 1], "Y"))
            i += 2
        else:
            raw = np.asarray(first)
            if np.iscomplexobj(raw):
                z = matlab_array(first, "Y")
                x, y = np.asarray(z.real, np.float64), np.asarray(z.imag, np.float64)
            else:
                y = np.atleast_1d(_data(first, "Y"))
                if y.ndim == 2 and 1 in y.shape:
                    y = y.ravel()
                n = y.shape[0]
                x = np.arange(1.0, n + 1)
            i += 1
        spec = None
        if i < len(args) and _is_text(args[i]):
            parsed = go.parse_linespec(_str(args[i]))
            if parsed is not None:
                spec = parsed
                i += 1
        groups.append((x, y, spec))
    return groups, args[i:]


def _make_lines(ax, groups, pairs, auto_color=True):
    made = go.GraphicsArray()
    for x, y, spec in groups:
        xs, ys = _as_column_sets(x, y)
        for xc, yc in zip(xs, ys):
            h = go.Line(ax)
            h._props["XData"] = xc.astype(np.float64).reshape(1, -1).copy()
            h._props["YData"] = yc.astype(np.float64).reshape(1, -1).copy()
            style, marker, color = spec if spec is not None else (None, None, None)
            if color is not None:
                h._props["Color"] = color
            elif auto_color:
                h._props["Color"] = ax.next_color()
            if marker is not None:
                h._props["Marker"] = marker
                h._props["LineStyle"] = style or "none"
            elif style is not None:
                h._props["LineStyle"] = style
            made.append(h)
    for h in made:
        _apply(h, pairs)
    return made


@matlab_function("plot")
def plot(*args, **kwargs):
    """Plot lines (MATLAB's ``plot``); returns the line handles.

    MATLAB call forms::

        h = plot(Y)                      ->  plot(Y)
        h = plot(X, Y)                   ->  plot(X, Y)
        h = plot(X1, Y1, LineSpec1, X2, Y2, ...)  ->  plot(x1, y1, 'r--o', x2, y2)
        h = plot(..., 'Name', value)     ->  plot(x, y, 'LineWidth', 2) or LineWidth=2
        h = plot(ax, ...)                ->  plot(ax, x, y)

    ``plot(Y)`` plots Y against 1..N (a matrix: each column; complex Y: imaginary
    against real part). X and Y: vectors of equal length; a vector against a matrix
    pairs it with the columns (or the rows, where only those match); two matrices of
    one size pair their columns. A LineSpec sets colour, line style and marker
    (``'r--o'``; a marker alone draws no line).

    Returns
    -------
    GraphicsArray
        One Line per column, in order (MATLAB's column of handles; ``h[0]`` is
        MATLAB's ``h(1)``); ``h.Color`` reads a single line's colour directly.

    Notes
    -----
    With hold off, plot resets the axes first (children deleted, properties except
    Position back to their defaults, as MATLAB's ``newplot``); with hold on the
    lines are added and the colour order continues from where the last plot
    stopped. Each line without an explicit colour takes the next colour of
    ``ColorOrder`` (MATLAB's R2014b colours); a line with a LineSpec colour does not
    advance it. The naive ``matplotlib.pyplot.plot`` differs in all of this: its
    colour cycle is another, ``plot(Y)`` counts from 0, and nothing can be read back
    with MATLAB's names.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> h = matlab.plot([1, 4, 9], 'r--o')
    >>> h.XData, h.Color, h.LineStyle, h.Marker
    (array([[1., 2., 3.]]), array([[1., 0., 0.]]), '--', 'o')
    >>> matlab.get(matlab.gca(), 'YLim'), matlab.get(matlab.gca(), 'XTick')
    (array([[ 0., 10.]]), array([[1. , 1.5, 2. , 2.5, 3. ]]))
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    groups, tail = _plot_groups(rest)
    if not groups:
        raise CompatValueError("Not enough input arguments: plot needs data")
    pairs = _pairs(tail, kwargs)
    ax = _new_plot(ax)
    if ax._props["NextPlot"] == "replace" or not ax.lines():
        ax._props["Box"] = "on"
    return _make_lines(ax, groups, pairs)


@matlab_function("line")
def line(*args, **kwargs):
    """Add a line to the current axes without resetting it (MATLAB's ``line``).

    MATLAB call forms: ``h = line(x, y)``, ``line(x, y, 'Name', value)``,
    ``line(ax, x, y)``, ``line('XData', x, 'YData', y)``.

    ``line`` ignores the hold state (it never clears the axes) and gives every line
    the first ColorOrder colour without advancing the order, as MATLAB's primitive
    does.

    Returns
    -------
    GraphicsArray

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> h1 = matlab.line([1, 2], [3, 5]); h2 = matlab.line([1, 2], [3, 1])
    >>> h2.Color, matlab.gca().YLim
    (array([[0.   , 0.447, 0.741]]), array([[1., 5.]]))
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    rest = list(rest)
    if rest and not _is_text(rest[0]):
        if len(rest) < 2 or _is_text(rest[1]):
            raise CompatValueError("line needs x and y data: line(x, y)")
        x, y = _data(rest[0], "X"), _data(rest[1], "Y")
        groups, tail = [(x, y, None)], rest[2:]
    else:
        groups, tail = [(np.zeros(0), np.zeros(0), None)], rest
    made = _make_lines(ax, groups, [], auto_color=False)
    for h in made:
        h._props["Color"] = np.asarray(ax._props["ColorOrder"],
                                       dtype=np.float64)[:1].copy()
        _apply(h, _pairs(tail, kwargs))
    return made


# --------------------------------------------------------------------------------------
# labels, legend, grid
# --------------------------------------------------------------------------------------
def _label(which, args, kwargs):
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    if not rest:
        raise CompatValueError("Not enough input arguments: give the text")
    text = go._text(rest[0])
    t = ax._labels[which]
    t._props["String"] = text
    _apply(t, _pairs(rest[1:], kwargs))
    return t


@matlab_function("xlabel")
def xlabel(*args, **kwargs):
    """Label the x-axis (MATLAB's ``xlabel``).

    MATLAB call forms: ``xlabel(txt)``, ``xlabel(txt, 'FontSize', 12)``,
    ``xlabel(ax, txt)``, ``t = xlabel(...)``. A list of strings (a cell) gives several
    lines.

    Returns
    -------
    Text
        The axes' ``XLabel`` object (FontSize 11: the axes' 10 times MATLAB's
        LabelFontSizeMultiplier 1.1).

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> matlab.xlabel('time (s)').String, matlab.gca().XLabel.FontSize
    ('time (s)', 11.0)
    >>> matlab.close(f)
    """
    return _label("XLabel", args, kwargs)


@matlab_function("ylabel")
def ylabel(*args, **kwargs):
    """Label the y-axis (MATLAB's ``ylabel``); as :func:`xlabel`.

    Returns
    -------
    Text

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> matlab.get(matlab.ylabel('volts'), 'String')
    'volts'
    >>> matlab.close(f)
    """
    return _label("YLabel", args, kwargs)


@matlab_function("title")
def title(*args, **kwargs):
    """Title the axes (MATLAB's ``title``); as :func:`xlabel` (bold, FontSize 11).

    Returns
    -------
    Text

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> t = matlab.title('Response'); t.String, t.FontWeight
    ('Response', 'bold')
    >>> matlab.close(f)
    """
    return _label("Title", args, kwargs)


@matlab_function("legend")
def legend(*args, **kwargs):
    """Add a legend to the current axes (MATLAB's ``legend``), text entries only.

    MATLAB call forms::

        legend('a', 'b')                 ->  legend('a', 'b')
        legend({'a', 'b'})               ->  legend(['a', 'b'])
        legend(..., 'Location', 'best')  ->  legend('a', Location='best')
        legend('off') / legend('show')   ->  legend('off'), legend('show')
        lgd = legend(ax, ...)

    Each string labels the lines in the order they were plotted and becomes their
    ``DisplayName``; ``legend`` alone (or ``'show'``) uses the DisplayNames
    (``data1``, ``data2``... where empty).

    Returns
    -------
    Legend or None
        None for ``legend('off')``.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> _ = matlab.plot([1, 2], [3, 4], [1, 2], [4, 3])
    >>> matlab.legend('up', 'down').String
    ['up', 'down']
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    rest = list(rest)
    if len(rest) == 1 and _is_text(rest[0]) and _str(rest[0]).lower() in (
            "off", "hide", "toggle", "boxon", "boxoff", "show"):
        word = _str(rest[0]).lower()
        if word in ("off", "hide") or (word == "toggle" and ax._legend is not None):
            ax.set_legend(None)
            return None
        if word in ("boxon", "boxoff") and ax._legend is not None:
            ax._legend._props["Box"] = "on" if word == "boxon" else "off"
            return ax._legend
        rest = []
    labels = []
    if rest and isinstance(rest[0], (list, tuple)):
        labels = [_str(s) for s in rest.pop(0)]
    else:
        while rest and _is_text(rest[0]):
            if len(rest) >= 2 and _str(rest[0]).lower() in (
                    "location", "orientation", "fontsize", "interpreter", "box",
                    "string"):
                break
            labels.append(_str(rest.pop(0)))
    pairs = _pairs(rest, kwargs)
    plotted = list(reversed(ax.lines()))  # oldest first
    for h, text in zip(plotted, labels):
        h._props["DisplayName"] = text
    if not labels:
        for k, h in enumerate(plotted, start=1):
            if not h._props["DisplayName"]:
                h._props["DisplayName"] = f"data{k}"
    names = [h._props["DisplayName"] for h in plotted]
    lgd = go.Legend(None)
    object.__setattr__(lgd, "_parent", ax._parent)
    ax._parent._children.insert(0, lgd)
    lgd._props["String"] = labels[:len(plotted)] if labels and plotted else \
        (labels or names)
    ax.set_legend(lgd)
    _apply(lgd, pairs)
    return lgd


@matlab_function("grid")
def grid(*args):
    """Show or hide the grid lines (MATLAB's ``grid``): ``grid on``, ``grid off``,
    ``grid minor``, ``grid`` (toggles), ``grid(ax, 'on')``.

    Sets the axes' ``XGrid``/``YGrid`` (``'minor'`` toggles ``XMinorGrid`` and
    ``YMinorGrid``).

    Returns
    -------
    None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> matlab.grid('on'); matlab.gca().XGrid
    'on'
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    if not rest:
        state = "off" if ax._props["XGrid"] == "on" else "on"
    else:
        state = _str(rest[0]).lower() if _is_text(rest[0]) else None
        if state not in ("on", "off", "minor"):
            raise CompatValueError(f"Unknown option {rest[0]!r}: use 'on', 'off' or "
                                   "'minor'")
    if state == "minor":
        new = "off" if ax._props["XMinorGrid"] == "on" else "on"
        ax._props["XMinorGrid"] = ax._props["YMinorGrid"] = new
    else:
        ax._props["XGrid"] = ax._props["YGrid"] = state
        if state == "off":
            ax._props["XMinorGrid"] = ax._props["YMinorGrid"] = "off"
    return None


# --------------------------------------------------------------------------------------
# limits
# --------------------------------------------------------------------------------------
@matlab_function("axis")
def axis(*args):
    """Set or read the axis limits (MATLAB's ``axis``).

    MATLAB call forms::

        axis([xmin xmax ymin ymax])  ->  axis([0, 5, -1, 10])
        lim = axis                   ->  lim = axis()   (1x4 [xmin xmax ymin ymax])
        axis auto / tight / manual   ->  axis('auto'), axis('tight'), axis('manual')
        axis equal / image / square / normal
        axis on / off, axis ij / xy
        axis(ax, ...)

    Limits with ``-inf``/``inf`` take the automatic value there. ``'tight'`` fits
    the limits to the data range (then manual, as MATLAB); ``'auto'`` returns to
    automatic tick-aligned limits; ``'manual'`` freezes the current ones.

    Returns
    -------
    ndarray
        The limits after the call, 1x4 (MATLAB returns them only when asked).

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 4], [2, 4])
    >>> matlab.axis()
    array([[1., 4., 2., 4.]])
    >>> matlab.axis([0, 5, -1, 10]); matlab.gca().XLimMode
    array([[ 0.,  5., -1., 10.]])
    'manual'
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    for a in rest:
        if _is_text(a):
            word = _str(a).lower()
            if word == "auto":
                ax._props["XLimMode"] = ax._props["YLimMode"] = "auto"
                ax.set_tight(False)
            elif word == "tight":
                ax.set_tight(True)
                for k in ("x", "y"):
                    ax._props[f"{k.upper()}LimMode"] = "auto"
                    lim = ax._limits(k)
                    ax.set_limits(k, lim)
                ax.set_tight(False)
            elif word == "manual":
                for k in ("x", "y"):
                    ax.set_limits(k, ax._limits(k))
            elif word in ("equal", "image", "square"):
                ax._props["DataAspectRatioMode"] = "manual"
                if word == "image":
                    axis(ax, "tight")
            elif word in ("normal", "vis3d", "fill"):
                ax._props["DataAspectRatioMode"] = "auto"
            elif word in ("on", "off"):
                ax._props["Visible"] = word
            elif word == "ij":
                ax._props["YDir"] = "reverse"
            elif word == "xy":
                ax._props["YDir"] = "normal"
            else:
                raise CompatValueError(f"Unknown option '{_str(a)}'")
        else:
            v = np.asarray(a, dtype=np.float64).ravel()
            if v.size not in (4, 6):
                raise CompatValueError("Limits must be [xmin xmax ymin ymax]")
            ax.set_limits("x", v[:2])
            ax.set_limits("y", v[2:4])
    return np.concatenate([ax._limits("x"), ax._limits("y")], axis=1)


def _lim(axis_name, args):
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    if not rest:
        return ax._limits(axis_name)
    value = rest[0]
    if _is_text(value):
        word = _str(value).lower()
        if word == "mode":
            return ax._props[f"{axis_name.upper()}LimMode"]
        if word == "auto":
            ax._props[f"{axis_name.upper()}LimMode"] = "auto"
        elif word == "manual":
            ax.set_limits(axis_name, ax._limits(axis_name))
        else:
            raise CompatValueError(f"Unknown option '{_str(value)}': use limits, 'auto', "
                                   "'manual' or 'mode'")
        return ax._limits(axis_name)
    ax.set_limits(axis_name, value)
    return ax._limits(axis_name)


@matlab_function("xlim")
def xlim(*args):
    """Set or read the x-axis limits (MATLAB's ``xlim``).

    MATLAB call forms: ``xlim([a b])``, ``lim = xlim``, ``xlim auto``,
    ``xlim manual``, ``m = xlim('mode')``, ``xlim(ax, ...)``; ``-inf``/``inf`` keep
    the automatic value at that end.

    Returns
    -------
    ndarray or str
        The limits after the call (1x2), or the mode for ``'mode'``.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 10, 5])
    >>> matlab.xlim(), matlab.xlim('mode')
    (array([[1., 3.]]), 'auto')
    >>> matlab.xlim([0, 10]); matlab.get(matlab.gca(), 'XTick')
    array([[ 0., 10.]])
    array([[ 0.,  2.,  4.,  6.,  8., 10.]])
    >>> matlab.close(f)
    """
    return _lim("x", args)


@matlab_function("ylim")
def ylim(*args):
    """Set or read the y-axis limits (MATLAB's ``ylim``); as :func:`xlim`.

    Returns
    -------
    ndarray or str

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 10, 5])
    >>> matlab.ylim()
    array([[ 0., 10.]])
    >>> matlab.close(f)
    """
    return _lim("y", args)


# --------------------------------------------------------------------------------------
# get / set / handles
# --------------------------------------------------------------------------------------
def _objects(h):
    if isinstance(h, (list, tuple)):
        return [_handle(x) for x in h]
    if isinstance(h, np.ndarray) and h.size > 1:
        return [_handle(x) for x in h.ravel()]
    return [_handle(h)]


@matlab_function("set")
def set(h, *args, **kwargs):  # noqa: A001 - MATLAB's name
    """Set graphics properties (MATLAB's ``set``).

    MATLAB call forms::

        set(h, 'Name', value, ...)   ->  set(h, 'Color', 'r') or set(h, Color='r')
        set(h, s)                    ->  set(h, {'Color': 'r'})   (a struct)

    ``h`` may hold several objects (each gets every value). Names are matched in any
    case and may be abbreviated to an unambiguous prefix, as in MATLAB.

    Returns
    -------
    None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); h = matlab.plot([1, 2])
    >>> matlab.set(h, 'color', 'k', 'LineW', 2); h.Color, h.LineWidth
    (array([[0., 0., 0.]]), 2.0)
    >>> matlab.close(f)
    """
    targets = _objects(h)
    if args and isinstance(args[0], dict):
        pairs = list(args[0].items()) + _pairs(args[1:], kwargs)
    else:
        pairs = _pairs(args, kwargs)
    for obj in targets:
        _apply(obj, pairs)
    return None


@matlab_function("get")
def get(h, name=None):
    """Read graphics properties (MATLAB's ``get``).

    MATLAB call forms::

        v = get(h, 'Name')     ->  get(h, 'XLim')
        s = get(h)             ->  get(h)           (every property: a dict)
        c = get(H, 'Name')     ->  a list (MATLAB's cell) for several objects

    Names: any case, unambiguous prefixes (``get(ax, 'xlimm')`` is XLimMode). An
    unknown name raises MATLAB's "Unrecognized property" error.

    Returns
    -------
    value, dict or list

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); h = matlab.plot([0, 1], [0, 2])
    >>> matlab.get(matlab.gca(), 'ylim'), matlab.get(h, 'LineStyle')
    (array([[0., 2.]]), '-')
    >>> matlab.close(f)
    """
    targets = _objects(h)
    if name is not None and not _is_text(name):
        raise CompatTypeError("Property name must be text")
    values = [obj.get(None if name is None else _str(name)) for obj in targets]
    if len(values) == 1 and not (isinstance(h, (list, tuple)) and len(h) > 1):
        return values[0]
    return values


def _valid(x) -> bool:
    if isinstance(x, go.GraphicsObject):
        return not x._deleted
    try:
        number = float(np.asarray(x).reshape(()))
    except (TypeError, ValueError):
        return False
    return number == 0 or go.root().figure_by_number(number) is not None


@matlab_function("ishandle")
def ishandle(h):
    """True for valid graphics handles (MATLAB's ``ishandle``): objects not deleted,
    0 (the root), numbers of open figures.

    Returns
    -------
    numpy.bool_ or ndarray of bool
        One logical per element of ``h``.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> bool(matlab.ishandle(f)), bool(matlab.ishandle(int(f))), bool(matlab.ishandle(-3))
    (True, True, False)
    >>> matlab.close(f)
    """
    if isinstance(h, (list, tuple)):
        return np.array([_valid(x) for x in h], dtype=bool)
    if isinstance(h, np.ndarray) and h.size != 1:
        return np.vectorize(_valid, otypes=[bool])(h)
    return np.bool_(_valid(h))


@matlab_function("isgraphics")
def isgraphics(h, type=None):  # noqa: A002 - MATLAB's name
    """True for valid graphics objects, optionally of a type (MATLAB's
    ``isgraphics(h)``, ``isgraphics(h, 'line')``).

    Returns
    -------
    numpy.bool_ or ndarray of bool

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); h = matlab.plot([1, 2])
    >>> bool(matlab.isgraphics(h, 'line')), bool(matlab.isgraphics(h, 'axes'))
    (True, False)
    >>> matlab.close(f)
    """
    def check(x):
        if not _valid(x):
            return False
        if type is None:
            return True
        obj = _handle(x)
        return obj.Type.lower() == _str(type).lower()
    if isinstance(h, (list, tuple)):
        out = np.array([check(x) for x in h], dtype=bool)
        return out[0] if len(out) == 1 else out
    return np.bool_(check(h))


@matlab_function("drawnow")
def drawnow(*args):
    """Process pending graphics (MATLAB's ``drawnow``): compat opens no window, so there
    is nothing to update; the call returns at once (``saveas``/``print`` make the
    pictures).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.drawnow()
    """
    return None


# --------------------------------------------------------------------------------------
# pictures
# --------------------------------------------------------------------------------------
_FORMATS = {"png": "png", "jpg": "jpg", "jpeg": "jpg", "pdf": "pdf", "eps": "eps",
            "epsc": "eps", "svg": "svg", "tif": "tiff", "tiff": "tiff"}


@matlab_function("saveas")
def saveas(fig, filename, format=None):  # noqa: A002 - MATLAB's name
    """Save a figure as a picture (MATLAB's ``saveas``), drawn by matplotlib.

    MATLAB call forms: ``saveas(fig, 'plot.png')``, ``saveas(fig, 'plot', 'png')``
    (the extension is added), ``saveas(gcf, ...)``. Formats: png, jpg, pdf, eps,
    svg, tif.

    Returns
    -------
    None

    Notes
    -----
    Needs the optional extra ``compat[plot]`` (matplotlib, Agg backend; no window).
    The axes are drawn at their Position with the model's limits and ticks, so the
    picture shows exactly what ``get`` reports.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 3, 2])
    >>> name = os.path.join(tempfile.mkdtemp(), 'p.png')
    >>> matlab.saveas(f, name); os.path.getsize(name) > 0
    True
    >>> matlab.close(f)
    """
    figure_obj = _handle(fig, go.Figure)
    name = _str(filename)
    if format is not None:
        fmt = _FORMATS.get(_str(format).lower())
        if fmt is None:
            raise CompatValueError(f"Unsupported format '{_str(format)}': use "
                                   f"{', '.join(sorted(_FORMATS))}")
        if "." not in name.rsplit("/", 1)[-1]:
            name = f"{name}.{_str(format).lower()}"
    else:
        ext = name.rsplit(".", 1)[-1].lower() if "." in name.rsplit("/", 1)[-1] else ""
        if not ext:
            fmt, name = "fig", f"{name}.fig"
            raise CompatValueError("MATLAB's .fig format is not supported: give a "
                                   "picture extension (.png, .pdf, .svg, ...)")
        fmt = _FORMATS.get(ext)
        if fmt is None:
            raise CompatValueError(f"Unsupported file extension '.{ext}': use "
                                   f"{', '.join(sorted(_FORMATS))}")
    from compat._core.graphics_render import render_figure
    render_figure(figure_obj, name, fmt)
    return None


@matlab_function("print")
def print(*args):  # noqa: A001 - MATLAB's name
    """Print a figure to a picture file (MATLAB's ``print``), drawn by matplotlib.

    MATLAB call forms::

        print('-dpng', 'name')          ->  print('-dpng', 'name')   ('.png' added)
        print(fig, '-dpdf', 'name.pdf') ->  print(f, '-dpdf', 'name.pdf')
        print('name', '-dpng', '-r300') ->  resolution 300 dpi (default 150)

    Drivers: -dpng, -djpeg, -dpdf, -deps, -depsc, -dsvg, -dtiff.

    Returns
    -------
    None

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 3, 2])
    >>> name = os.path.join(tempfile.mkdtemp(), 'p')
    >>> matlab.print('-dpng', name); os.path.exists(name + '.png')
    True
    >>> matlab.close(f)
    """
    fig, name, driver, dpi = None, None, None, 150
    for a in args:
        if isinstance(a, go.GraphicsObject) or (not _is_text(a)):
            fig = _handle(a, go.Figure)
            continue
        text = _str(a)
        if text.startswith("-d"):
            driver = text[2:].lower()
        elif text.startswith("-r"):
            try:
                dpi = int(text[2:])
            except ValueError:
                raise CompatValueError(f"Invalid resolution '{text}': use -r<dpi>") \
                    from None
        elif text.startswith("-"):
            continue  # -noui, -painters, -opengl ...: no effect on a file here
        else:
            name = text
    if name is None:
        raise CompatValueError("print to a printer is not supported: give a file name")
    fig = fig or go.current_figure()
    drivers = {"png": "png", "jpeg": "jpg", "jpg": "jpg", "pdf": "pdf", "eps": "eps",
               "epsc": "eps", "eps2": "eps", "epsc2": "eps", "svg": "svg",
               "tiff": "tiff", "tiffn": "tiff"}
    base = name.rsplit("/", 1)[-1]
    if driver is None:
        ext = base.rsplit(".", 1)[-1].lower() if "." in base else "png"
        driver = ext
    fmt = drivers.get(driver)
    if fmt is None:
        raise CompatValueError(f"Unsupported driver '-d{driver}': use "
                               f"{', '.join('-d' + d for d in sorted(drivers))}")
    if "." not in base:
        name = f"{name}.{ {'jpg': 'jpg', 'tiff': 'tif'}.get(fmt, fmt)}"
    from compat._core.graphics_render import render_figure
    render_figure(fig, name, fmt, dpi=dpi)
    return None


# --------------------------------------------------------------------------------------
# second slice: text, axes, ticks, box
# --------------------------------------------------------------------------------------
@matlab_function("text")
def text(*args, **kwargs):
    """Put text in the current axes at data coordinates (MATLAB's ``text``).

    MATLAB call forms::

        t = text(x, y, txt)                 ->  text(2.5, 3.5, 'peak')
        t = text(x, y, txt, 'Name', value)  ->  text(1, 2, 'a', 'FontSize', 14)
        t = text(ax, x, y, txt)
        text([x1 x2], [y1 y2], txt)         ->  one text object per point

    ``txt`` is a char vector or a list of them (a cell: lines of one text). Text does
    not take part in the automatic limits and does not reset the axes (no hold
    needed), as MATLAB's primitive.

    Returns
    -------
    GraphicsArray
        The Text objects: ``Position`` [x y 0], ``Units`` 'data', ``FontSize`` 10,
        ``HorizontalAlignment`` 'left', ``VerticalAlignment`` 'middle'.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 2, 3], [2, 4, 3])
    >>> t = matlab.text(2.5, 3.5, 'peak'); t.Position, t.String
    (array([[2.5, 3.5, 0. ]]), 'peak')
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    if len(rest) < 3 or _is_text(rest[0]) or _is_text(rest[1]):
        raise CompatValueError("Expected text(x, y, txt): coordinates, then the text")
    x = np.atleast_1d(_data(rest[0], "x")).ravel()
    y = np.atleast_1d(_data(rest[1], "y")).ravel()
    if x.size != y.size or x.size == 0:
        raise CompatValueError("x and y must be vectors of one length")
    string = go._text(rest[2])
    pairs = _pairs(rest[3:], kwargs)
    made = go.GraphicsArray()
    for k, (xk, yk) in enumerate(zip(x, y)):
        t = go.Text(ax)
        t._props["Position"] = go._row([xk, yk, 0.0])
        t._props["String"] = string[k] if isinstance(string, list) and \
            len(string) == x.size and x.size > 1 else string
        _apply(t, pairs)
        made.append(t)
    return made


@matlab_function("axes")
def axes(*args, **kwargs):
    """Create an axes, or make one current (MATLAB's ``axes``).

    MATLAB call forms::

        ax = axes                          ->  axes()   (the default Position)
        ax = axes('Position', [l b w h])   ->  axes('Position', [0.1, 0.1, 0.3, 0.3])
        axes(ax)                           ->  axes(ax) (makes ax current)

    Unlike ``subplot``, a new axes deletes no other axes.

    Returns
    -------
    Axes

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> ax = matlab.axes('Position', [0.1, 0.1, 0.3, 0.3]); matlab.gca() is ax
    True
    >>> matlab.close(f)
    """
    if args and isinstance(args[0], go.Axes):
        ax = _handle(args[0])
        go.root()._make_current(ax._parent)
        ax._parent._set_current_axes(ax)
        return ax
    fig = None
    if args and isinstance(args[0], go.Figure):
        fig, args = _handle(args[0]), args[1:]
    fig = fig or go.current_figure()
    ax = go.Axes(fig)
    fig._set_current_axes(ax)
    _apply(ax, _pairs(args, kwargs))
    return ax


def _ticks(axis_name, args):
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    key = f"{axis_name.upper()}Tick"
    if not rest:
        return ax.get(key)
    value = rest[0]
    if _is_text(value):
        word = _str(value).lower()
        if word == "mode":
            return ax._props[f"{key}Mode"]
        if word == "auto":
            ax._props[f"{key}Mode"] = "auto"
        elif word == "manual":
            ax.set(key, ax.get(key))
        else:
            raise CompatValueError(f"Unknown option '{_str(value)}': use tick values, "
                                   "'auto', 'manual' or 'mode'")
        return ax.get(key)
    ax.set(key, value)
    return ax.get(key)


@matlab_function("xticks")
def xticks(*args):
    """Set or read the x-axis tick values (MATLAB's ``xticks``, R2016b).

    MATLAB call forms: ``xticks([0 2 4])``, ``xt = xticks``, ``xticks('auto')``,
    ``xticks('manual')``, ``m = xticks('mode')``, ``xticks(ax, ...)``. Setting makes
    ``XTickMode`` manual.

    Returns
    -------
    ndarray or str
        The ticks after the call (1xN), or the mode.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 2, 3])
    >>> matlab.xticks([1, 1.5, 3]); matlab.xticks('mode')
    array([[1. , 1.5, 3. ]])
    'manual'
    >>> matlab.xticks('auto')
    array([[1. , 1.5, 2. , 2.5, 3. ]])
    >>> matlab.close(f)
    """
    return _ticks("x", args)


@matlab_function("yticks")
def yticks(*args):
    """Set or read the y-axis tick values (MATLAB's ``yticks``); as :func:`xticks`.

    Returns
    -------
    ndarray or str

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 2, 3])
    >>> matlab.yticks([0, 5])
    array([[0., 5.]])
    >>> matlab.close(f)
    """
    return _ticks("y", args)


def _tick_labels(axis_name, args):
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    key = f"{axis_name.upper()}TickLabel"
    if rest:
        value = rest[0]
        if _is_text(value) and _str(value).lower() in ("auto", "mode", "manual"):
            word = _str(value).lower()
            if word == "mode":
                return ax._props[f"{key}Mode"]
            if word == "auto":
                ax._props[f"{key}Mode"] = "auto"
            else:
                ax.set(key, ax.get(key))
        else:
            ax.set(key, value)
    return ax.get(key)


@matlab_function("xticklabels")
def xticklabels(*args):
    """Set or read the x-axis tick labels (MATLAB's ``xticklabels``, R2016b).

    MATLAB call forms: ``xticklabels({'a','b','c'})``, ``c = xticklabels``,
    ``xticklabels('auto')``, ``m = xticklabels('mode')``, ``xticklabels(ax, ...)``.
    Labels are a list of str (MATLAB's cell); automatic labels are the tick values in
    MATLAB's short ``%g`` form.

    Returns
    -------
    list of str or str

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 2, 3])
    >>> matlab.xticks([1, 2, 3]); _ = matlab.xticklabels(['low', 'mid', 'high'])
    array([[1., 2., 3.]])
    >>> matlab.xticklabels(), matlab.xticklabels('mode')
    (['low', 'mid', 'high'], 'manual')
    >>> matlab.close(f)
    """
    return _tick_labels("x", args)


@matlab_function("yticklabels")
def yticklabels(*args):
    """Set or read the y-axis tick labels (MATLAB's ``yticklabels``); as
    :func:`xticklabels`.

    Returns
    -------
    list of str or str

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([0, 10])
    >>> matlab.yticklabels()
    ['0', '2', '4', '6', '8', '10']
    >>> matlab.close(f)
    """
    return _tick_labels("y", args)


@matlab_function("box")
def box(*args):
    """Show or hide the axes' box outline (MATLAB's ``box``): ``box on``, ``box off``,
    ``box`` (toggles), ``box(ax, 'on')``; sets the axes' ``Box``.

    Returns
    -------
    None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([1, 2])
    >>> matlab.box('off'); matlab.gca().Box
    'off'
    >>> matlab.close(f)
    """
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    if not rest:
        ax._props["Box"] = "off" if ax._props["Box"] == "on" else "on"
        return None
    state = _str(rest[0]).lower() if _is_text(rest[0]) else None
    if state not in ("on", "off"):
        raise CompatValueError(f"Unknown option {rest[0]!r}: use 'on' or 'off'")
    ax._props["Box"] = state
    return None


def _log_plot(args, kwargs, scales):
    ax, rest = _leading_axes(args)
    groups, tail = _plot_groups(rest)
    if not groups:
        raise CompatValueError("Not enough input arguments: give the data")
    pairs = _pairs(tail, kwargs)
    ax = _new_plot(ax)
    if ax._props["NextPlot"] == "replace" or not ax.lines():
        ax._props["Box"] = "on"
    for key in scales:
        ax._props[key] = "log"
    made = _make_lines(ax, groups, pairs)
    for key in scales:
        data = "XData" if key == "XScale" else "YData"
        if any(np.any(h._props[data] <= 0) for h in made):
            # MATLAB's warning (Octave 7.3: "axis: omitting non-positive data in log plot")
            legacy_warn("Negative data ignored", MatlabWarning,
                        identifier="MATLAB:Axes:NegativeDataInLogAxis", prefix=False)
            break
    return made


@matlab_function("semilogy")
def semilogy(*args, **kwargs):
    """Plot with a logarithmic y-axis (MATLAB's ``semilogy``): :func:`plot`'s call forms,
    then ``YScale`` 'log'.

    The automatic y-limits are the decades enclosing the positive data (zero and
    negative values are not drawn: MATLAB's warning "Negative data ignored",
    identifier MATLAB:Axes:NegativeDataInLogAxis), ticks at every decade (GNU Octave
    7.3's rule; MATLAB may label fewer decades on a long axis).

    Returns
    -------
    GraphicsArray

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.semilogy([2, 30, 300])
    >>> matlab.gca().YScale, matlab.ylim(), matlab.yticks()
    ('log', array([[   1., 1000.]]), array([[   1.,   10.,  100., 1000.]]))
    >>> matlab.close(f)
    """
    return _log_plot(args, kwargs, ("YScale",))


@matlab_function("semilogx")
def semilogx(*args, **kwargs):
    """Plot with a logarithmic x-axis (MATLAB's ``semilogx``); as :func:`semilogy`.

    Returns
    -------
    GraphicsArray

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.semilogx([1, 10, 100], [3, 4, 5])
    >>> matlab.gca().XScale, matlab.xlim()
    ('log', array([[  1., 100.]]))
    >>> matlab.close(f)
    """
    return _log_plot(args, kwargs, ("XScale",))


@matlab_function("loglog")
def loglog(*args, **kwargs):
    """Plot with both axes logarithmic (MATLAB's ``loglog``); as :func:`semilogy`.

    Returns
    -------
    GraphicsArray

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.loglog([1, 10, 100], [0.5, 4, 50])
    >>> matlab.xlim(), matlab.ylim()
    (array([[  1., 100.]]), array([[  0.1, 100. ]]))
    >>> matlab.close(f)
    """
    return _log_plot(args, kwargs, ("XScale", "YScale"))
