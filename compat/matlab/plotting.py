"""MATLAB's plotting commands: ``plot``, ``line``, ``text`` and the log-axes forms
``semilogx``, ``semilogy``, ``loglog``, drawing into the object tree of
:mod:`compat.matlab.graphics` (handles, ``get``/``set``, figures and axes); each returns
the objects it made."""

from __future__ import annotations

import numpy as np

from compat._core import graphics_objects as go
from compat._core import graphics_scales as gs
from compat._core.errors import CompatValueError, MatlabWarning, legacy_warn
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat.matlab._graphics_arguments import (_apply, _is_text, _leading_axes, _new_plot,
                                               _pairs, _str)

__all__ = ["plot", "line", "text", "semilogy", "semilogx", "loglog"]


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
            parsed = gs.parse_linespec(_str(args[i]))
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
# text
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
        t._props["Position"] = gs.double_row([xk, yk, 0.0])
        t._props["String"] = string[k] if isinstance(string, list) and \
            len(string) == x.size and x.size > 1 else string
        _apply(t, pairs)
        made.append(t)
    return made


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
