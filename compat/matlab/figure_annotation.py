"""MATLAB's annotations, rectangles, pointer input and function plots: ``annotation``,
``rectangle``, ``ginput``, ``zoom``, ``pan``, ``rotate3d`` and ``ezplot``.

They build objects of :mod:`compat._core.graphics_annotations` in the tree of
:mod:`compat.matlab.graphics`, read back with ``get``; saveas/print/getframe draw them
(matplotlib, the optional extra ``compat[plot]``). There is no mouse: ``ginput`` takes
its clicks from the queue of :func:`compat.matlab.dialogs.queue_answers`, and the
zoom/pan/rotate modes record their state (``zoom(factor)`` changes the limits as
MATLAB does). Sources: MATLAB's reference pages of each function and of the
annotation shapes' and Rectangle's properties; GNU Octave 7.3 as the oracle (golden
suite reference_outputs/matlab/figure_annotation).
"""

from __future__ import annotations

import inspect
import re

import numpy as np

from compat._core import graphics_annotations as ga
from compat._core import graphics_objects as go
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat.matlab._graphics_arguments import (_apply, _handle, _is_text, _new_plot,
                                               _pairs, _str)

__all__ = ["annotation", "rectangle", "ginput", "zoom", "pan", "rotate3d", "ezplot"]

_LINE_SHAPES = ("line", "arrow", "doublearrow", "textarrow")
_BOX_SHAPES = ("textbox", "rectangle", "ellipse")


# --------------------------------------------------------------------------------------
# annotation, rectangle
# --------------------------------------------------------------------------------------
@matlab_function("annotation")
def annotation(*args, **kwargs):
    """Create an annotation in normalized figure units (MATLAB's ``annotation``).

    MATLAB call forms::

        an = annotation(lineType, x, y)   ->  'line', 'arrow', 'doublearrow',
                                              'textarrow'; x = [x1 x2], y = [y1 y2]
        an = annotation(shapeType, dim)   ->  'textbox', 'rectangle', 'ellipse';
                                              dim = [x y w h]
        an = annotation(type)             ->  MATLAB's default place
        an = annotation(fig, ...)
        an = annotation(..., 'Name', value)

    Returns
    -------
    GraphicsObject
        A shape of Type 'lineshape', 'arrowshape', 'doubleendarrowshape',
        'textarrowshape', 'textboxshape', 'rectangleshape' or 'ellipseshape' (MATLAB's
        Types) in the figure's hidden annotation pane (Tag 'scribeoverlay'). A line-like
        shape keeps ``X``/``Y`` and ``Position`` = [x1 y1 x2-x1 y2-y1] in step; the
        defaults are X = Y = [0.3 0.4], Position [0.3 0.3 0.1 0.1], black lines of
        width 0.5, heads 'vback2' of length and width 10; a text box has
        ``FitBoxToText`` 'off', ``VerticalAlignment`` 'top' and an ``EdgeColor`` of
        [0.15 0.15 0.15] (MATLAB's TextBox page; GNU Octave 7.3 uses black and 'middle').

    Notes
    -----
    GNU Octave 7.3 makes hggroup objects (``Type`` 'hggroup') and reports ``X`` as
    [x1+dx x2] for an arrow given x = [x1 x2] (its Position is right): compat follows
    MATLAB's Types and X = x.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> a = matlab.annotation('arrow', [0.1, 0.4], [0.2, 0.5])
    >>> a.Type, a.Position, a.HeadStyle
    ('arrowshape', array([[0.1, 0.2, 0.3, 0.3]]), 'vback2')
    >>> t = matlab.annotation('textbox', [0.1, 0.7, 0.3, 0.1], 'String', 'note')
    >>> t.String, t.Position
    ('note', array([[0.1, 0.7, 0.3, 0.1]]))
    >>> matlab.close(f)
    """
    rest = list(args)
    fig = None
    if rest and isinstance(rest[0], go.Figure) or (rest and not _is_text(rest[0])
                                                   and np.size(rest[0]) == 1):
        fig = _handle(rest.pop(0), go.Figure)
    if not rest or not _is_text(rest[0]):
        raise CompatValueError("annotation: the first argument must be the type: "
                               f"{', '.join(_LINE_SHAPES + _BOX_SHAPES)}")
    kind = _str(rest.pop(0)).lower()
    if kind not in ga.SHAPES:
        raise CompatValueError(f"annotation: unknown type '{kind}': use "
                               f"{', '.join(_LINE_SHAPES + _BOX_SHAPES)}")
    fig = fig or go.current_figure()
    shape = ga.SHAPES[kind](ga.annotation_pane(fig))
    try:
        if kind in _LINE_SHAPES and len(rest) >= 2 and not _is_text(rest[0]):
            shape.set("X", rest.pop(0))
            shape.set("Y", rest.pop(0))
        elif kind in _BOX_SHAPES and rest and not _is_text(rest[0]):
            shape.set("Position", rest.pop(0))
        elif rest and not _is_text(rest[0]):
            raise CompatValueError(f"annotation('{kind}', ...): give "
                                   + ("x and y" if kind in _LINE_SHAPES else "dim"))
        _apply(shape, _pairs(rest, kwargs))
    except Exception:
        shape.delete()
        raise
    return shape


@matlab_function("rectangle")
def rectangle(*args, **kwargs):
    """Create a rectangle, possibly with rounded corners (MATLAB's ``rectangle``).

    MATLAB call forms::

        r = rectangle('Position', [x y w h])
        r = rectangle('Position', pos, 'Curvature', 0.2)      ->  [0.2 0.2]
        r = rectangle('Position', pos, 'Curvature', [1 1])    ->  an ellipse
        r = rectangle(ax, ...)
        r = rectangle                                          ->  [0 0 1 1]

    A low-level command, like ``line``: it adds to the current axes without
    clearing it, whatever the hold state.

    Returns
    -------
    Rectangle
        Type 'rectangle': ``Position`` (data units), ``Curvature`` [h v] in [0, 1]
        (a scalar stands for both), ``FaceColor`` 'none', ``EdgeColor`` [0 0 0],
        ``LineStyle`` '-', ``LineWidth`` 0.5. Its corners count in the axes'
        automatic limits.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> r = matlab.rectangle('Position', [1, 2, 3, 4], 'Curvature', 0.5)
    >>> r.Curvature, matlab.xlim(), matlab.ylim()
    (array([[0.5, 0.5]]), array([[1., 4.]]), array([[2., 6.]]))
    >>> matlab.close(f)
    """
    rest = list(args)
    ax = None
    if rest and isinstance(rest[0], go.Axes):
        ax = _handle(rest.pop(0), go.Axes)
    ax = ax or go.current_axes()
    r = ga.Rectangle(ax)
    try:
        _apply(r, _pairs(rest, kwargs))
    except Exception:
        r.delete()
        raise
    return r


# --------------------------------------------------------------------------------------
# ginput
# --------------------------------------------------------------------------------------
@matlab_function("ginput", nargout=3)
def ginput(n=None, *, nargout=1):
    """Points clicked in the current axes (MATLAB's ``ginput``), from a queue.

    MATLAB call forms: ``[x, y] = ginput(n)``, ``[x, y, button] = ginput(n)``,
    ``[x, y] = ginput`` (until Return), ``pts = ginput(n)`` (an n-by-2 ``[x y]``).

    There is no mouse: the clicks are the next answer queued with
    :func:`compat.matlab.dialogs.queue_answers`, an array of rows ``[x y]`` or
    ``[x y button]`` in the axes' data units (button 1, the left button, when not
    given). ``ginput(n)`` takes its first n rows; an answer with fewer rows, like
    pressing Return early, gives fewer points; an empty queue gives none.

    Returns
    -------
    numpy.ndarray or tuple
        ``x``, ``y`` (and ``button``) as columns of doubles (MATLAB's); with one
        output the k-by-2 matrix ``[x y]``.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> matlab.dialogs.queue_answers([[0.5, 2.0], [1.5, 3.0, 3]])
    >>> x, y, b = matlab.ginput(2, nargout=3)
    >>> x.ravel(), y.ravel(), b.ravel()
    (array([0.5, 1.5]), array([2., 3.]), array([1., 3.]))
    >>> matlab.close(f)
    """
    limit = None
    if n is not None and np.size(n):
        v = float(np.asarray(n, dtype=np.float64).reshape(()))
        if not (v >= 1 and v == int(v)):
            raise CompatValueError("ginput: n must be a positive integer")
        limit = int(v)
    from compat.matlab import dialogs
    answer = dialogs._next_answer()
    if answer is dialogs._NO_ANSWER or answer is None:
        pts = np.zeros((0, 3))
    else:
        rows = answer if isinstance(answer, (list, tuple)) else np.asarray(answer)
        if len(rows) in (2, 3) and all(np.ndim(v) == 0 for v in rows):
            rows = [rows]  # one point
        out = []
        for row in rows:
            r = np.asarray(row, dtype=np.float64).ravel()
            if r.size not in (2, 3):
                raise CompatValueError("ginput: a queued answer is rows [x y] or "
                                       "[x y button]")
            out.append(r if r.size == 3 else np.append(r, 1.0))
        pts = np.array(out).reshape(-1, 3)
    if limit is not None:
        pts = pts[:limit]
    go.current_axes()  # MATLAB's ginput makes the figure and axes current
    x, y, b = (pts[:, k:k + 1].copy() for k in range(3))
    if nargout <= 1:
        return np.column_stack([x, y]) if pts.size else np.zeros((0, 2))
    return (x, y, b)[:nargout]


# --------------------------------------------------------------------------------------
# zoom, pan, rotate3d
# --------------------------------------------------------------------------------------
def _mode_call(kind, args, words):
    rest = list(args)
    fig = None
    if rest and (isinstance(rest[0], go.Figure) or (not _is_text(rest[0]) and
                                                    isinstance(rest[0], go.GraphicsObject))):
        fig = _handle(rest.pop(0), go.Figure)
    return fig, rest


def _set_mode(fig, kind, state):
    mode = ga.mode_of(fig, kind)
    if state == "on":
        for other in ("zoom", "pan", "rotate3d"):  # one mode at a time
            if other != kind:
                ga.mode_of(fig, other)._props["Enable"] = "off"
    mode._props["Enable"] = state
    return mode


def _zoom_limits(ax, factor, motion):
    saved = ax.__dict__.setdefault("_zoom_initial", {})
    for axis in ("x", "y"):
        if motion == "horizontal" and axis == "y" or motion == "vertical" and axis == "x":
            continue
        if axis not in saved:
            saved[axis] = (ax._props[f"{axis.upper()}LimMode"], ax._limits(axis).copy())
        lo, hi = ax._limits(axis).ravel()
        centre, half = (lo + hi) / 2, (hi - lo) / 2 / factor
        ax.set_limits(axis, [centre - half, centre + half])


@matlab_function("zoom")
def zoom(*args):
    """Zoom mode and zooming (MATLAB's ``zoom``).

    MATLAB call forms::

        zoom on | off | xon | yon | toggle  ->  zoom('on') ...   (the mode's Enable
                                               and Motion; no argument toggles)
        zoom(factor)                        ->  zoom in by factor (> 1) or out (< 1)
                                               about the centre of the current limits
        zoom out                            ->  back to the limits before zooming
        zoom reset                          ->  the current limits become that state
        zoom(fig, option)
        h = zoom(fig)                       ->  the figure's zoom mode object

    Returns
    -------
    InteractionMode or None
        The mode object (``Enable``, ``Motion``, ``Direction``) for ``h = zoom(...)``
        forms without an option; None otherwise.

    Notes
    -----
    Without a display no one drags a zoom box: the mode records its state. Turning
    zoom on turns pan and rotate3d off (one interaction mode at a time, as MATLAB).
    ``zoom(factor)`` honours ``Motion`` ('horizontal' zooms x only).

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off'); _ = matlab.plot([0, 10], [0, 4])
    >>> matlab.zoom(2); matlab.xlim(), matlab.ylim()
    (array([[2.5, 7.5]]), array([[1., 3.]]))
    >>> matlab.zoom('out'); matlab.xlim()
    array([[ 0., 10.]])
    >>> matlab.zoom('xon'); h = matlab.zoom(f); h.Enable, h.Motion
    ('on', 'horizontal')
    >>> matlab.close(f)
    """
    fig, rest = _mode_call("zoom", args, None)
    if not rest:
        if fig is not None:
            return ga.mode_of(fig, "zoom")
        fig = go.current_figure()
        mode = ga.mode_of(fig, "zoom")
        _set_mode(fig, "zoom", "off" if mode._props["Enable"] == "on" else "on")
        return None
    fig = fig or go.current_figure()
    option = rest.pop(0)
    if rest:
        raise CompatValueError("Too many input arguments: zoom(fig, option)")
    mode = ga.mode_of(fig, "zoom")
    if not _is_text(option):
        factor = float(np.asarray(option, dtype=np.float64).reshape(()))
        if not (np.isfinite(factor) and factor > 0):
            raise CompatValueError("zoom: the factor must be a positive number")
        _zoom_limits(fig.current_axes(), factor, mode._props["Motion"])
        return None
    word = _str(option).lower()
    ax = fig.current_axes(create=False)
    if word in ("on", "off"):
        _set_mode(fig, "zoom", word)
        if word == "on":
            mode._props["Motion"] = "both"
    elif word in ("xon", "yon"):
        _set_mode(fig, "zoom", "on")
        mode._props["Motion"] = "horizontal" if word == "xon" else "vertical"
    elif word == "toggle":
        _set_mode(fig, "zoom", "off" if mode._props["Enable"] == "on" else "on")
    elif word == "out":
        saved = {} if ax is None else ax.__dict__.get("_zoom_initial", {})
        for axis, (limit_mode, limits) in saved.items():
            ax.set_limits(axis, limits)
            ax._props[f"{axis.upper()}LimMode"] = limit_mode
        if ax is not None:
            ax.__dict__["_zoom_initial"] = {}
    elif word == "reset":
        if ax is not None:
            ax.__dict__["_zoom_initial"] = {
                k: (ax._props[f"{k.upper()}LimMode"], ax._limits(k).copy())
                for k in ("x", "y")}
    else:
        raise CompatValueError(f"zoom: unknown option '{_str(option)}': use on, off, xon, "
                               "yon, toggle, out, reset or a factor")
    return None


def _simple_mode(kind, args, words):
    fig, rest = _mode_call(kind, args, words)
    if not rest:
        if fig is not None:
            return ga.mode_of(fig, kind)
        fig = go.current_figure()
        mode = ga.mode_of(fig, kind)
        _set_mode(fig, kind, "off" if mode._props["Enable"] == "on" else "on")
        return None
    fig = fig or go.current_figure()
    word = _str(rest[0]).lower() if _is_text(rest[0]) else None
    if len(rest) > 1 or word not in words:
        raise CompatValueError(f"{kind}: unknown option {rest[0]!r}: use "
                               f"{', '.join(words)}")
    mode = ga.mode_of(fig, kind)
    if word == "toggle":
        word = "off" if mode._props["Enable"] == "on" else "on"
    if word in ("xon", "yon"):
        _set_mode(fig, kind, "on")
        mode._props["Motion"] = "horizontal" if word == "xon" else "vertical"
    else:
        _set_mode(fig, kind, word)
        if word == "on" and kind == "pan":
            mode._props["Motion"] = "both"
    return None


@matlab_function("pan")
def pan(*args):
    """Pan mode (MATLAB's ``pan``): ``pan on``, ``pan off``, ``pan xon``, ``pan yon``,
    ``pan`` (toggle), ``pan(fig, option)``, ``h = pan(fig)`` (the mode object:
    ``Enable``, ``Motion``). Headless, the mode records its state; turning it on
    turns zoom and rotate3d off.

    Returns
    -------
    InteractionMode or None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> matlab.pan('yon'); h = matlab.pan(f); h.Enable, h.Motion
    ('on', 'vertical')
    >>> matlab.close(f)
    """
    return _simple_mode("pan", args, ("on", "off", "xon", "yon", "toggle"))


@matlab_function("rotate3d")
def rotate3d(*args):
    """3-D rotation mode (MATLAB's ``rotate3d``): ``rotate3d on``, ``rotate3d off``,
    ``rotate3d`` (toggle), ``rotate3d(fig, option)``, ``h = rotate3d(fig)`` (the mode
    object: ``Enable``, ``RotateStyle`` 'orbit'). Headless, the mode records its state;
    turning it on turns zoom and pan off.

    Returns
    -------
    InteractionMode or None

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> matlab.rotate3d('on'); matlab.rotate3d(f).Enable
    'on'
    >>> matlab.close(f)
    """
    return _simple_mode("rotate3d", args, ("on", "off", "toggle"))


# --------------------------------------------------------------------------------------
# ezplot
# --------------------------------------------------------------------------------------
_FUNCTIONS = {name: getattr(np, name) for name in (
    "sin", "cos", "tan", "sinh", "cosh", "tanh", "exp", "log", "log10", "log2", "sqrt",
    "abs", "sign", "floor", "ceil", "round", "real", "imag")}
_FUNCTIONS.update(asin=np.arcsin, acos=np.arccos, atan=np.arctan, asinh=np.arcsinh,
                  acosh=np.arccosh, atanh=np.arctanh, fix=np.trunc, atan2=np.arctan2,
                  sec=lambda v: 1 / np.cos(v), csc=lambda v: 1 / np.sin(v),
                  cot=lambda v: 1 / np.tan(v), power=np.power, mod=np.mod)
_CONSTANTS = {"pi": np.pi, "Inf": np.inf, "inf": np.inf, "NaN": np.nan, "nan": np.nan}
_TOKEN = re.compile(r"\s*(?:(\d+\.?\d*(?:[eE][-+]?\d+)?|\.\d+(?:[eE][-+]?\d+)?)|"
                    r"([A-Za-z_]\w*)|(\.\^|\.\*|\./|\^|[-+*/(),]))")


def _translate(text):
    """A MATLAB expression in elementwise arithmetic and the elementary functions as
    ``(python text, variables in symvar's order)``; anything else is refused."""
    out, names, pos = [], set(), 0
    text = text.strip()
    while pos < len(text):
        m = _TOKEN.match(text, pos)
        if not m or m.end() == pos:
            raise CompatValueError(f"ezplot: cannot read the expression '{text}' at "
                                   f"'{text[pos:]}' (elementwise arithmetic and "
                                   "elementary functions only)")
        number, name, op = m.groups()
        if number is not None:
            out.append(number)
        elif name is not None:
            if name not in _FUNCTIONS and name not in _CONSTANTS:
                names.add(name)
            out.append(f"_v_{name}" if name not in _FUNCTIONS and name not in _CONSTANTS
                       else name)
        else:
            out.append({".^": "**", "^": "**", ".*": "*", "./": "/"}.get(op, op))
        pos = m.end()
    return " ".join(out), sorted(names)


def _evaluator(f, what):
    """``(callable, number of variables, title text)`` of ezplot's function argument."""
    if _is_text(f):
        text = _str(f)
        code, names = _translate(text)
        if len(names) > 2:
            raise CompatValueError(f"ezplot: '{text}' has more than two variables")
        scope = dict(_FUNCTIONS, **_CONSTANTS)
        compiled = compile(code, "<ezplot>", "eval")

        def run(*values):
            env = dict(scope, **{f"_v_{n}": v for n, v in zip(names, values)})
            with np.errstate(all="ignore"):
                return eval(compiled, {"__builtins__": {}}, env)  # noqa: S307
        # the title: the vectorizing dots removed and '*' printed as a space (Octave
        # 7.3's ezplot: 'x.^2 - 3*x' is titled 'x^2 - 3 x')
        title = re.sub(r"\.([*/^])", r"\1", text).replace("*", " ")
        return run, max(len(names), 1), title, names
    if callable(f):
        return f, 1, _callable_text(f, what), ["x"]
    raise CompatTypeError("ezplot: the function must be a char expression or a function")


def _callable_text(f, what):
    """The title text of a Python function: its name applied to x, or a lambda's body."""
    name = getattr(f, "__name__", "")
    if name and name != "<lambda>":
        return f"{name}({what})"
    try:
        source = inspect.getsource(f)
    except (OSError, TypeError):
        return f"f({what})"
    start = source.find("lambda")
    colon = source.find(":", start)
    if start < 0 or colon < 0:
        return f"f({what})"
    depth, body = 0, []
    for ch in source[colon + 1:]:
        if ch in "([{":
            depth += 1
        elif ch in ")]}":
            depth -= 1
            if depth < 0:
                break
        elif ch in ",\n" and depth == 0:
            break
        body.append(ch)
    text = "".join(body).strip()
    return text.replace("np.", "").replace("**", "^") or f"f({what})"


#: the number of points ezplot evaluates (GNU Octave 7.3's; MATLAB does not document it)
EZPLOT_POINTS = 500


@matlab_function("ezplot")
def ezplot(*args):
    """Plot a function given as text or a function (MATLAB's ``ezplot``).

    MATLAB call forms::

        h = ezplot(f)                ->  y = f(x) on [-2*pi, 2*pi]
        h = ezplot(f, [a b])         ->  on [a, b]
        h = ezplot(x, y)             ->  the curve (x(t), y(t)), t in [0, 2*pi]
        h = ezplot(x, y, [tmin tmax])
        h = ezplot(ax, ...), ezplot(..., fig)

    ``f`` is a MATLAB expression in one variable (``'x.^2 - 1'``, ``'sin(t)'``:
    elementwise arithmetic, the elementary functions, ``pi``) or a Python function
    of one array (MATLAB's function handle).

    Returns
    -------
    Line
        The line of ``EZPLOT_POINTS`` (500) samples: XData ``a:(b-a)/499:b`` (the
        colon operator's points).
        The axes is reset unless hold is on; its ``XLim`` is the domain, the title
        the expression (vectorizing dots removed and ``*`` shown as a space:
        ``'x.^2 - 3*x'`` is titled ``x^2 - 3 x``; a
        parametric curve ``x = cos(t), y = sin(t)``), the x label the variable ('x'
        and 'y' for a curve).

    Notes
    -----
    MATLAB recommends fplot instead (ezplot is not recommended since R2016a). The
    sample count and the automatic y limits of MATLAB's ezplot are not documented:
    compat samples 500 points (GNU Octave 7.3's count) and keeps the tick-aligned
    automatic y limits. Implicit functions of two variables are not supported.

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> h = matlab.ezplot('x.^2')
    >>> h.XData.shape, matlab.xlim(), matlab.gca().Title.String
    ((1, 500), array([[-6.28318531,  6.28318531]]), 'x^2')
    >>> h = matlab.ezplot('cos(t)', 'sin(t)'); matlab.gca().Title.String
    'x = cos(t), y = sin(t)'
    >>> matlab.close(f)
    """
    rest = list(args)
    ax = None
    if rest and isinstance(rest[0], go.Axes):
        ax = _handle(rest.pop(0), go.Axes)
    if rest and isinstance(rest[-1], go.Figure):
        fig = _handle(rest.pop(), go.Figure)
        go.root()._make_current(fig)
    if not rest:
        raise CompatValueError("Not enough input arguments: ezplot(f)")
    parametric = len(rest) >= 2 and (_is_text(rest[1]) or callable(rest[1]))
    if parametric:
        fx, nx, tx, vx = _evaluator(rest[0], "t")
        fy, ny, ty, vy = _evaluator(rest[1], "t")
        domain = rest[2] if len(rest) > 2 else [0.0, 2 * np.pi]
        extra = rest[3:]
    else:
        fx, nx, tx, vx = _evaluator(rest[0], "x")
        domain = rest[1] if len(rest) > 1 else [-2 * np.pi, 2 * np.pi]
        extra = rest[2:]
        if nx != 1:
            raise CompatValueError("ezplot: implicit functions of two variables "
                                   "(f(x, y) = 0) are not supported")
    if extra:
        raise CompatValueError("Too many input arguments: ezplot(f, [a b])")
    d = np.asarray(domain, dtype=np.float64).ravel()
    if d.size == 4:  # [xmin xmax ymin ymax] for implicit plots: the x range
        d = d[:2]
    if d.size != 2 or not np.isfinite(d).all() or not d[0] < d[1]:
        raise CompatValueError("ezplot: the domain must be [a b] with a < b")
    # the points a:(b-a)/(n-1):b, by the colon operator's rule (computed from both
    # ends: the first half a + k*step, the second b - (n-1-k)*step), as GNU Octave
    # 7.3's ezplot samples them, bit for bit
    from compat.matlab.grids import colon
    t = np.asarray(colon(d[0], (d[1] - d[0]) / (EZPLOT_POINTS - 1), d[1]),
                   dtype=np.float64).ravel()
    if t.size != EZPLOT_POINTS:
        t = np.linspace(d[0], d[1], EZPLOT_POINTS)

    def values(fn, arg):
        v = np.asarray(fn(arg))
        v = np.real(v) if np.iscomplexobj(v) else v
        v = v.astype(np.float64)
        if v.size == 1:
            v = np.full(arg.shape, v.reshape(()))
        if v.shape != arg.shape:
            raise CompatValueError("ezplot: the function must return one value per "
                                   "point (use elementwise operators .* ./ .^)")
        return v

    with np.errstate(all="ignore"):
        if parametric:
            x, y = values(fx, t), values(fy, t)
        else:
            x, y = t, values(fx, t)
    from compat.matlab.plotting import plot
    ax = _new_plot(ax)
    h = plot(ax, x, y)
    h = h[0] if isinstance(h, list) else h
    labels = ax._labels
    if parametric:
        labels["Title"]._props["String"] = f"x = {tx}, y = {ty}"
        labels["XLabel"]._props["String"] = "x"
        labels["YLabel"]._props["String"] = "y"
    else:
        labels["Title"]._props["String"] = tx
        labels["XLabel"]._props["String"] = vx[0] if vx else "x"
        ax.set_limits("x", d)
    return h
