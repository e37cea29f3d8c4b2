"""MATLAB's axes annotations and ranges: ``xlabel``, ``ylabel``, ``title``, ``legend``,
``grid``, ``box``, ``axis``, ``xlim``, ``ylim``, ``xticks``, ``yticks``, ``xticklabels``,
``yticklabels``, on the axes of :mod:`compat.matlab.graphics` (the current axes, or an
axes handle given first)."""

from __future__ import annotations

import numpy as np

from compat._core import graphics_objects as go
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat.matlab._graphics_arguments import (_apply, _is_text, _leading_axes, _pairs,
                                               _str, _switch)

__all__ = ["xlabel", "ylabel", "title", "legend", "grid", "axis", "xlim", "ylim",
           "xticks", "yticks", "xticklabels", "yticklabels", "box"]


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
    ax, state = _switch(args, lambda ax: ax._props["XGrid"] == "on",
                        ("on", "off", "minor"), "'on', 'off' or 'minor'")
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
        The limits after the call, 1x4, or 1x6 with the z limits in a 3-D view
        (MATLAB returns them only when asked); ``axis([x1 x2 y1 y2 z1 z2])`` sets
        ZLim too, ``axis tight``/``manual`` take z along in a 3-D view.

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
                ax._props["ZLimMode"] = "auto"
                ax.set_tight(False)
            elif word == "tight":
                ax.set_tight(True)
                for k in _axis_names(ax):
                    ax._props[f"{k.upper()}LimMode"] = "auto"
                    lim = ax._limits(k)
                    ax.set_limits(k, lim)
                ax.set_tight(False)
            elif word == "manual":
                for k in _axis_names(ax):
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
            # through set: XLim/YLim/ZLim PostSet listeners hear it, as in MATLAB
            ax.set("XLim", v[:2])
            ax.set("YLim", v[2:4])
            if v.size == 6:
                ax.set("ZLim", v[4:])
    return np.concatenate([ax._limits(k) for k in _axis_names(ax)], axis=1)


def _axis_names(ax):
    """The axes axis() reads and sets: x, y, and z in a 3-D view (MATLAB's axis returns
    [xmin xmax ymin ymax zmin zmax] for 3-D axes)."""
    return ("x", "y", "z") if ax.is_3d() else ("x", "y")


def _mode_form(args, mode_key, read, write, what, *, text_values=False):
    """The grammar xlim/ylim, xticks/yticks and xticklabels/yticklabels share: ``f``
    reads, ``f(values)`` sets (the mode becomes manual), ``f('auto')``/``f('manual')``
    switch the mode, ``f('mode')`` reads it; an axes handle may come first. With
    ``text_values`` (tick labels) other text is a value, else an unknown option."""
    ax, rest = _leading_axes(args)
    ax = ax or go.current_axes()
    if not rest:
        return read(ax)
    value = rest[0]
    word = _str(value).lower() if _is_text(value) else None
    if word not in ("mode", "auto", "manual"):
        if word is not None and not text_values:
            raise CompatValueError(f"Unknown option '{_str(value)}': use {what}, 'auto', "
                                   "'manual' or 'mode'")
        write(ax, value)
    elif word == "mode":
        return ax._props[mode_key]
    elif word == "auto":
        ax._props[mode_key] = "auto"
    else:
        write(ax, read(ax))
    return read(ax)


def _lim(axis_name, args):
    # limits given go through set (PostSet listeners hear them, as in MATLAB and
    # Octave); 'manual' only freezes the current limits: no notification
    manual = any(_is_text(a) and _str(a).lower() == "manual" for a in args)
    key = f"{axis_name.upper()}Lim"
    return _mode_form(args, f"{key}Mode", lambda ax: ax._limits(axis_name),
                      (lambda ax, v: ax.set_limits(axis_name, v)) if manual else
                      (lambda ax, v: ax.set(key, v)), "limits")


def _property_form(key, args, what, *, text_values=False):
    return _mode_form(args, f"{key}Mode", lambda ax: ax.get(key),
                      lambda ax, v: ax.set(key, v), what, text_values=text_values)


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


def _ticks(axis_name, args):
    return _property_form(f"{axis_name.upper()}Tick", args, "tick values")


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
    return _property_form(f"{axis_name.upper()}TickLabel", args, "labels", text_values=True)


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
    ax, state = _switch(args, lambda ax: ax._props["Box"] == "on")
    ax._props["Box"] = state
    return None
