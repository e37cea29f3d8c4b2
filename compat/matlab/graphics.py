"""MATLAB's graphics commands: figures, axes, lines and labels, read back with ``get``.

A ported program runs its plotting lines and keeps what it reads back from them
(``get(gca, 'XLim')``, the line handles, the hold state); ``saveas``/``print`` draw the
same picture with matplotlib (the optional extra ``compat[plot]``, imported only then).
The object tree lives in :mod:`compat._core.graphics_objects`, one per Python session,
as MATLAB has one per session. This module holds the figures, axes and handles
(``figure``, ``subplot``, ``hold``, ``get``/``set`` ...); the plotting commands are in
:mod:`compat.matlab.plotting`, the labels, legend and ranges in
:mod:`compat.matlab.axes_annotation`, ``saveas``/``print`` in
:mod:`compat.matlab.graphics_export`; the argument grammar they share in
``compat.matlab._graphics_arguments``.

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
from compat._core import graphics_scales as gs
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat.matlab._graphics_arguments import (_apply, _handle, _is_text, _leading_axes,
                                               _pairs, _str, _switch)

__all__ = ["figure", "gcf", "gca", "groot", "clf", "close", "cla", "hold", "ishold",
           "subplot", "set", "get", "ishandle", "isgraphics", "drawnow", "axes"]


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
        close(v)          ->  close(v)         (an object with a close method: a
                                               VideoWriter finishes its file)

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
                if not isinstance(item, (go.Figure, int, float, np.number)) and \
                        callable(getattr(item, "close", None)):
                    item.close()
                    continue
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
    ax, state = _switch(args, lambda ax: ax._props["NextPlot"] == "add",
                        ("on", "off", "all"))
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
        position = gs.subplot_position(m, n, p.astype(np.int64))
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
