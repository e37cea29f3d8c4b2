"""IDL 8's function graphics: PLOT(), ERRORPLOT(), SCATTERPLOT(), BARPLOT(), IMAGE(),
COLORBAR(), LEGEND(), TEXT(), WINDOW() and GETWINDOWS, as objects without a display (:mod:`compat._core.function_graphics`;
pictures through matplotlib, the optional extra ``compat[plot]``, when saved).

IDL's PLOT, WINDOW (and CONTOUR, SURFACE, AXIS) are procedures in direct graphics and
functions in function graphics; the function forms get descriptive Python names
(``PLOT()`` -> :func:`plot_function`, ``WINDOW()`` -> :func:`window_function`, listed in
``__legacy_names__``); the procedures stay :func:`compat.idl.plot` and
:func:`compat.idl.window`.
"""

from __future__ import annotations

import numpy as np

from compat._core import function_graphics as core
from compat._core import function_graphics_charts as charts
from compat._core import function_graphics_render as _renderer
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

#: Save's writer: the renderer registers it with the core model on import
_SAVE_WRITER = _renderer.save_window

__all__ = ["plot_function", "errorplot", "scatterplot", "barplot", "window_function",
           "getwindows", "image", "colorbar", "legend", "text"]

#: legacy spelling -> Python name, where they differ (the function forms)
__legacy_names__ = {"PLOT()": "plot_function", "WINDOW()": "window_function"}


def _vector(v, name):
    a = idl_array(v, name, complex_ok=False)
    return a.reshape(-1).copy()


def _target_window(current, overplot, buffer, window_props):
    """The window a new graphic goes to: the current one for /CURRENT or /OVERPLOT (a
    new one when there is none), else a new window."""
    if overplot or current:
        w = core.current_window()
        if w is not None:
            return w
    return core.new_window(buffer=int(bool(buffer)), **window_props)


def _place(window, graphic, *, overplot, layout, margin, position, default_margin=None):
    """Put ``graphic`` in ``window``: the current dataspace for /OVERPLOT (or the one of
    the graphic OVERPLOT names), else a new dataspace at POSITION, the LAYOUT cell less
    MARGIN, or the whole window less MARGIN."""
    space = None
    if isinstance(overplot, core.Graphic) or (overplot is not None and bool(overplot)):
        if isinstance(overplot, core.Graphic) and overplot._space is not None:
            space = overplot._space
        else:
            space = window.current_dataspace()
    if space is None:
        if position is not None:
            pos = np.array(position, dtype=np.float64).reshape(-1)
            if pos.size != 4:
                raise CompatValueError(f"POSITION must have 4 elements: {position!r}")
        else:
            pos = core.layout_position([1, 1, 1] if layout is None else layout,
                                       default_margin if margin is None else margin)
        space = window.new_dataspace(pos)
    graphic._props["position"] = space.position
    window._add(graphic, space)
    return graphic


def _xy(x, y, fmt):
    """PLOT's positional forms: (Y), (X, Y), (Y, Format), (X, Y, Format)."""
    if isinstance(y, (str, bytes)) and fmt is None:
        y, fmt = None, y
    if y is None:
        yv = _vector(x, "Y")
        xv = np.arange(yv.size, dtype=np.int32)
    else:
        xv, yv = _vector(x, "X"), _vector(y, "Y")
        if xv.size != yv.size:
            raise CompatValueError(f"X and Y must have the same number of elements: "
                                   f"{xv.size} and {yv.size}")
    return xv, yv, fmt


def device_to_normal(window, position) -> np.ndarray:
    """POSITION in pixels of ``window`` (/DEVICE) as normal coordinates: x over the
    window's width, y over its height (``[x0, y0, x1, y1]`` or ``[x, y]``).

    >>> w = core.Window(dimensions=[800, 400])
    >>> device_to_normal(w, [80, 40, 720, 360]).tolist()
    [0.1, 0.1, 0.9, 0.9]
    """
    p = np.array(position, dtype=np.float64).reshape(-1)
    if p.size not in (2, 4):
        raise CompatValueError(f"POSITION must have 2 or 4 elements: {position!r}")
    width, height = (float(v) for v in window.dimensions)
    return p / np.tile([width, height], p.size // 2)


@idl_routine("PLOT")
def plot_function(x, y=None, format=None, *, current=False, overplot=False, layout=None,
                  margin=None, position=None, buffer=False, dimensions=None,
                  location=None, window_title=None, name=None, color=None, thick=None,
                  linestyle=None, symbol=None, sym_size=None, sym_color=None,
                  sym_filled=None, sym_fill_color=None, sym_thick=None,
                  sym_increment=None, title=None, xtitle=None, ytitle=None,
                  xrange=None, yrange=None, xstyle=None, ystyle=None, xlog=None,
                  ylog=None, axis_style=None, xtickinterval=None, ytickinterval=None,
                  xticklayout=None, yticklayout=None, xmajor=None, ymajor=None,
                  xminor=None, yminor=None, xtickname=None, ytickname=None,
                  xtickvalues=None, ytickvalues=None, xtickformat=None,
                  ytickformat=None, xshowtext=None, yshowtext=None, xgridstyle=None,
                  ygridstyle=None, xthick=None, ythick=None, xcolor=None, ycolor=None,
                  xtext_color=None, ytext_color=None, font_size=None, font_name=None,
                  font_style=None, font_color=None, aspect_ratio=None, min_value=None,
                  max_value=None, histogram=None, fill_background=None,
                  fill_color=None, fill_level=None, fill_transparency=None, hide=None,
                  transparency=None, uvalue=None, nan=None, device=False,
                  normal=False, polar=None, no_toolbar=False):
    """Create a line plot object, as IDL 8's ``PLOT`` function.

    IDL call forms::

        graphic = PLOT([X,] Y [, Format] [, /CURRENT] [, /OVERPLOT] [, LAYOUT=array]
                       [, MARGIN=scalar or [left, bottom, right, top]] [, /BUFFER]
                       [, DIMENSIONS=[w, h]] [, LOCATION=[x, y]] [, POSITION=array]
                       [, NAME=string] [, COLOR=value] [, THICK=value]
                       [, LINESTYLE=value] [, SYMBOL=value] [, XRANGE=array] ...)

        ->  p = idl.plot_function(x, y, 'r-2', name='fit', xrange=[0, 10])
            p.color, p.xrange

    Parameters
    ----------
    x, y : array_like
        The data; with one argument it is Y against its index (0, 1, ...).
    format : str
        IDL's Format string: colour character, line style, symbol short name and
        thickness digits in any order (``'r-2'``, ``'bo'``, ``'g--D'``, ``'+g-:2'``);
        a symbol without a line style draws no line (LINESTYLE 6).
    current, overplot : bool
        /CURRENT: a new dataspace in the current window; /OVERPLOT (or OVERPLOT=a
        graphic): draw in the current (that graphic's) dataspace, whose ranges then
        cover every graphic's data.
    layout : [ncol, nrow, index]
        The dataspace fills cell ``index`` (1-based, row by row from the top left).
    margin : float or 4 floats
        [left, bottom, right, top] as fractions of the cell (default
        ``core.DEFAULT_MARGIN``, compat's choice: IDL's default margins are not given
        as numbers on the reference page).
    position : 4 floats
        ``[x0, y0, x1, y1]`` of the dataspace in normal coordinates (IDL's default,
        /NORMAL), or in pixels of the window with /DEVICE.
    device, normal : bool
        The units of POSITION: /DEVICE pixels (x over the window's width, y over its
        height), /NORMAL fractions of the window (the default).
    polar : bool
        /POLAR: X is the radius and Y the angle in radians, plotted at
        ``(r cos(theta), r sin(theta))`` (the points ``getdata`` returns); POLAR reads
        back 1. no_toolbar (/NO_TOOLBAR) is accepted: compat shows no window.
    buffer, dimensions, location, window_title
        The new window's properties (compat never shows a window, so /BUFFER changes
        nothing).
    name, color, thick, linestyle, symbol, ...
        Properties of the graphic, readable and settable afterwards as attributes
        (``p.thick = 3``): colours as names (``'dodger blue'``), colour characters or
        RGB triples, read back as BYTE ``[r, g, b]``; LINESTYLE and SYMBOL as index,
        name or Format characters, read back as the index.
    xrange, yrange, xstyle, ystyle
        Axis ranges: given, or the data's widened by [XY]STYLE (0 nice, 1 exact,
        2 nice after 5 % padding, 3 exact after padding; PLOT's defaults 1 for X and
        0 for Y, compat's reading of the PLOT page; the nice-range rule is direct
        graphics' 1-2-5 tick interval, IDL publishes none for function graphics).
        ``p.xrange`` reads the range the axes show.
    min_value, max_value
        Y values outside are not drawn and not in the range.

    Returns
    -------
    compat._core.function_graphics.Plot
        The graphic; ``p.save('plot.png')``, ``p.close()``, ``p.delete()``,
        ``p.order(bring_to_front=True)``, ``p.getdata()``, ``p.setdata(x, y)``,
        ``p.window['name']``.

    Notes
    -----
    Formatting rules: IDL's "Formatting IDL Colors, Graphics Symbols, and Lines" page
    (see :mod:`compat._core.function_graphics_style`). Unlike matplotlib's ``plt.plot``
    format (``'r--'``), IDL's reads ``'-:'`` (dash dot dot dot), ``'__'`` (long dash),
    the symbols ``'tu'``, ``'Td'``, ``'S'`` (star) and a thickness digit, and IDL's
    colour ``'g'`` is SVG green ``[0, 128, 0]``, not matplotlib's ``(0, 0.5, 0)``
    only by luck. A saved picture is matplotlib's drawing of the object tree, not
    IDL's pixels.

    Examples
    --------
    >>> from compat import idl
    >>> p = idl.plot_function([0, 1, 2, 3], [0.7, 3.1, 9.4, 12.9], '+g-:2',
    ...                       name='data', buffer=True)
    >>> p.color.tolist(), p.linestyle, p.symbol, p.thick
    ([0, 128, 0], 4, 1, 2.0)
    >>> p.xrange.tolist(), p.yrange.tolist()
    ([0.0, 3.0], [0.0, 14.0])
    >>> q = idl.plot_function([0, 1, 2, 3], [2, 18, 5, 1], 'bo', overplot=True)
    >>> p.yrange.tolist(), q.linestyle
    ([0.0, 20.0], 6)
    >>> p.window['data'] is p
    True
    >>> p.close()
    """
    xv, yv, fmt = _xy(x, y, format)
    props = {k: v for k, v in dict(
        name=name, color=color, thick=thick, linestyle=linestyle, symbol=symbol,
        sym_size=sym_size, sym_color=sym_color, sym_filled=sym_filled,
        sym_fill_color=sym_fill_color, sym_thick=sym_thick, sym_increment=sym_increment,
        title=title, xtitle=xtitle, ytitle=ytitle, xrange=xrange, yrange=yrange,
        xstyle=xstyle, ystyle=ystyle, xlog=xlog, ylog=ylog, axis_style=axis_style,
        xtickinterval=xtickinterval, ytickinterval=ytickinterval,
        xticklayout=xticklayout, yticklayout=yticklayout, xmajor=xmajor, ymajor=ymajor,
        xminor=xminor, yminor=yminor, xtickname=xtickname, ytickname=ytickname,
        xtickvalues=xtickvalues, ytickvalues=ytickvalues, xtickformat=xtickformat,
        ytickformat=ytickformat, xshowtext=xshowtext, yshowtext=yshowtext,
        xgridstyle=xgridstyle, ygridstyle=ygridstyle, xthick=xthick, ythick=ythick,
        xcolor=xcolor, ycolor=ycolor, xtext_color=xtext_color, ytext_color=ytext_color,
        font_size=font_size, font_name=font_name, font_style=font_style,
        font_color=font_color, aspect_ratio=aspect_ratio, min_value=min_value,
        max_value=max_value, histogram=histogram, fill_background=fill_background,
        fill_color=fill_color, fill_level=fill_level,
        fill_transparency=fill_transparency, hide=hide, transparency=transparency,
        uvalue=uvalue, nan=nan).items() if v is not None}
    if polar:
        r, theta = np.asarray(xv, np.float64), np.asarray(yv, np.float64)
        xv, yv = r * np.cos(theta), r * np.sin(theta)
        props["polar"] = 1
    return _make_plot(core.Plot, xv, yv, fmt, props, current=current, overplot=overplot,
                      layout=layout, margin=margin, position=position, buffer=buffer,
                      window_props=_window_props(dimensions, location, window_title),
                      device=device)


def _window_props(dimensions, location, window_title):
    return {k: v for k, v in dict(dimensions=dimensions, location=location,
                                  window_title=window_title).items() if v is not None}


def _make_plot(cls, xv, yv, fmt, props, *, current, overplot, layout, margin, position,
               buffer, window_props, device=False):
    if fmt is not None:
        for key, value in core.style.parse_format(fmt).items():
            props.setdefault(key, value)
    graphic = cls(xv, yv, **props)
    window = _target_window(current, overplot, buffer, window_props)
    if device and position is not None:     # /DEVICE: POSITION in pixels
        position = device_to_normal(window, position)
    return _place(window, graphic, overplot=overplot, layout=layout, margin=margin,
                  position=position)


@idl_routine("ERRORPLOT")
def errorplot(x, y=None, xerror=None, yerror=None, format=None, *, current=False,
              overplot=False, layout=None, margin=None, position=None, buffer=False,
              dimensions=None, location=None, window_title=None, name=None, color=None,
              thick=None, linestyle=None, symbol=None, title=None, xtitle=None,
              ytitle=None, xrange=None, yrange=None, xstyle=None, ystyle=None,
              errorbar_color=None, errorbar_capsize=None, hide=None, uvalue=None):
    """Create a plot with error bars, as IDL 8's ``ERRORPLOT`` function.

    IDL call forms::

        graphic = ERRORPLOT([X,] Y, [XError,] YError [, Format] [, ERRORBAR_COLOR=]
                            [, ERRORBAR_CAPSIZE=] [, PLOT's keywords])

        ->  e = idl.errorplot(x, y, yerr, 'ko')          # Y errors only
            e = idl.errorplot(x, y, xerr, yerr)          # X and Y errors

    Parameters
    ----------
    x, y, xerror, yerror : array_like
        With two arrays: Y and its errors (X the index); with three: X, Y, YError; with
        four: X, Y, XError, YError. An error array of 2 x N (IDL) -- numpy ``(2, n)`` --
        gives the lower and upper errors.
    errorbar_color, errorbar_capsize
        The bars' colour (default the line's) and cap size (default 0.1, compat's
        reading of the ERRORPLOT page).
    format and the other keywords
        As :func:`plot_function`.

    Returns
    -------
    compat._core.function_graphics.Plot
        Of TYPE ``'ERRORPLOT'``; ``e.yerror`` holds the errors.

    Examples
    --------
    >>> from compat import idl
    >>> e = idl.errorplot([1, 2, 3], [2.0, 4.0, 3.0], [0.5, 1.0, 0.5], buffer=True)
    >>> e.type, e.yrange.tolist(), e.errorbar_capsize
    ('ERRORPLOT', [1.0, 5.0], 0.1)
    >>> e.close()
    """
    args = [a for a in (x, y, xerror, yerror) if a is not None]
    if args and isinstance(args[-1], (str, bytes)) and format is None:
        format = args.pop()
    if len(args) == 2:
        yv = _vector(args[0], "Y")
        xv, xe, ye = np.arange(yv.size, dtype=np.int32), None, args[1]
    elif len(args) == 3:
        (xv, yv), xe, ye = (_vector(args[0], "X"), _vector(args[1], "Y")), None, args[2]
    elif len(args) == 4:
        (xv, yv), xe, ye = (_vector(args[0], "X"), _vector(args[1], "Y")), args[2], args[3]
    else:
        raise CompatValueError("Incorrect number of arguments: Y and YError are required.")
    if xv.size != yv.size:
        raise CompatValueError(f"X and Y must have the same number of elements: "
                               f"{xv.size} and {yv.size}")
    errors = {}
    for key, e, name_ in (("xerror", xe, "XError"), ("yerror", ye, "YError")):
        if e is None:
            continue
        a = idl_array(e, name_, complex_ok=False)
        if a.size == 1:
            a = np.full(yv.size, a.reshape(-1)[0])
        if a.shape not in ((yv.size,), (2, yv.size)):
            raise CompatValueError(f"{name_} must have N or 2 x N elements: "
                                   f"shape {a.shape}")
        errors[key] = a.copy()
    props = {k: v for k, v in dict(
        name=name, color=color, thick=thick, linestyle=linestyle, symbol=symbol,
        title=title, xtitle=xtitle, ytitle=ytitle, xrange=xrange, yrange=yrange,
        xstyle=xstyle, ystyle=ystyle, errorbar_color=errorbar_color,
        errorbar_capsize=errorbar_capsize, hide=hide, uvalue=uvalue,
        **errors).items() if v is not None}
    return _make_plot(_ErrorPlot, xv, yv, format, props, current=current,
                      overplot=overplot, layout=layout, margin=margin, position=position,
                      buffer=buffer,
                      window_props=_window_props(dimensions, location, window_title))


class _ErrorPlot(core.Plot):
    _kind = "ERRORPLOT"

    def _limits(self, axis):
        v = np.asarray(self._y if axis == 1 else self._x, dtype=np.float64)
        e = self._props.get("yerror" if axis == 1 else "xerror")
        if e is None:
            return super()._limits(axis)
        e = np.asarray(e, dtype=np.float64)
        lo, hi = (e[0], e[1]) if e.ndim == 2 else (e, e)
        both = np.concatenate([v - lo, v + hi])
        both = both[np.isfinite(both)]
        return (float(both.min()), float(both.max())) if both.size else None


@idl_routine("SCATTERPLOT")
def scatterplot(x, y, format=None, *, current=False, overplot=False, layout=None,
                margin=None, position=None, buffer=False, dimensions=None, location=None,
                window_title=None, name=None, symbol=None, sym_size=None, sym_color=None,
                sym_filled=None, sym_fill_color=None, sym_thick=None, title=None,
                xtitle=None, ytitle=None, xrange=None, yrange=None, xstyle=None,
                ystyle=None, xlog=None, ylog=None, axis_style=None, hide=None,
                transparency=None, uvalue=None):
    """Create a scatter plot object, as IDL 8's ``SCATTERPLOT`` function.

    IDL call form::

        graphic = SCATTERPLOT(X, Y [, Format] [, SYMBOL=] [, SYM_SIZE=] [, SYM_COLOR=]
                              [, /SYM_FILLED] [, /CURRENT] [, /OVERPLOT] [, LAYOUT=] ...)

        ->  s = idl.scatterplot(x, y, 'rD', sym_filled=True)

    A PLOT without a line (LINESTYLE 6 always); SYMBOL defaults to the circle
    (compat's choice); the Format string's colour sets SYM_COLOR as well. Other
    arguments as :func:`plot_function`.

    Returns
    -------
    compat._core.function_graphics_charts.ScatterPlot

    Examples
    --------
    >>> from compat import idl
    >>> s = idl.scatterplot([1, 2, 3], [4.0, 1.0, 2.5], 'rS', buffer=True)
    >>> s.type, s.symbol, s.linestyle, s.sym_color.tolist()
    ('SCATTERPLOT', 23, 6, [255, 0, 0])
    >>> s.close()
    """
    xv, yv, fmt = _xy(x, y, format)
    props = {k: v for k, v in dict(
        name=name, symbol=symbol, sym_size=sym_size, sym_color=sym_color,
        sym_filled=sym_filled, sym_fill_color=sym_fill_color, sym_thick=sym_thick,
        title=title, xtitle=xtitle, ytitle=ytitle, xrange=xrange, yrange=yrange,
        xstyle=xstyle, ystyle=ystyle, xlog=xlog, ylog=ylog, axis_style=axis_style,
        hide=hide, transparency=transparency, uvalue=uvalue).items() if v is not None}
    if fmt is not None:
        found = core.style.parse_format(fmt)
        if "color" in found:
            props.setdefault("sym_color", found["color"])
    return _make_plot(charts.ScatterPlot, xv, yv, fmt, props, current=current,
                      overplot=overplot, layout=layout, margin=margin, position=position,
                      buffer=buffer,
                      window_props=_window_props(dimensions, location, window_title))


@idl_routine("BARPLOT")
def barplot(x, y=None, format=None, *, current=False, overplot=False, layout=None,
            margin=None, position=None, buffer=False, dimensions=None, location=None,
            window_title=None, name=None, color=None, fill_color=None, thick=None,
            width=None, nbars=None, index=None, bottom_values=None, horizontal=None,
            title=None, xtitle=None, ytitle=None, xrange=None, yrange=None,
            xstyle=None, ystyle=None, axis_style=None, xtickname=None,
            ytickname=None, xtickvalues=None, ytickvalues=None, hide=None,
            transparency=None, uvalue=None):
    """Create a bar plot object, as IDL 8's ``BARPLOT`` function.

    IDL call form::

        graphic = BARPLOT([Locations,] Values [, Format] [, WIDTH=] [, NBARS=]
                          [, INDEX=] [, BOTTOM_VALUES=] [, /HORIZONTAL]
                          [, FILL_COLOR=] [, /OVERPLOT] ...)

        ->  b1 = idl.barplot(v1, nbars=2, index=0, fill_color='red')
            b2 = idl.barplot(v2, nbars=2, index=1, overplot=True)

    Bars from BOTTOM_VALUES (default 0) to the values at the locations (default the
    index 0, 1, ...); WIDTH (0.8) of the space between locations is shared by NBARS
    sets, INDEX choosing the slot; the ranges cover the bars' edges and bottoms.
    FILL_COLOR defaults to blue and COLOR (the outline) to black: compat's choices.

    Returns
    -------
    compat._core.function_graphics_charts.BarPlot

    Examples
    --------
    >>> from compat import idl
    >>> b = idl.barplot([3.0, 5.0, 4.0], nbars=2, index=1, buffer=True)
    >>> [v.tolist() for v in b.bars()[:3]], b.bars()[3]
    ([[0.2, 1.2, 2.2], [0.0, 0.0, 0.0], [3.0, 5.0, 4.0]], 0.4)
    >>> b.xrange.tolist(), b.yrange.tolist()
    ([0.0, 2.4000000000000004], [0.0, 5.0])
    >>> b.close()
    """
    xv, yv, fmt = _xy(x, y, format)
    n, k = int(1 if nbars is None else nbars), int(0 if index is None else index)
    if n >= 1 and not 0 <= k < n:
        raise CompatValueError(f"INDEX must be 0-{n - 1}: {k}")
    props = {k: v for k, v in dict(
        name=name, color=color, fill_color=fill_color, thick=thick, width=width,
        nbars=nbars, index=index, bottom_values=bottom_values, horizontal=horizontal,
        title=title, xtitle=xtitle, ytitle=ytitle, xrange=xrange, yrange=yrange,
        xstyle=xstyle, ystyle=ystyle, axis_style=axis_style, xtickname=xtickname,
        ytickname=ytickname, xtickvalues=xtickvalues, ytickvalues=ytickvalues,
        hide=hide, transparency=transparency, uvalue=uvalue).items() if v is not None}
    if fmt is not None:
        found = core.style.parse_format(fmt)
        if "color" in found:
            props.setdefault("fill_color", found["color"])
        fmt = None
    return _make_plot(charts.BarPlot, xv, yv, fmt, props, current=current,
                      overplot=overplot, layout=layout, margin=margin, position=position,
                      buffer=buffer,
                      window_props=_window_props(dimensions, location, window_title))


@idl_routine("WINDOW")
def window_function(*, dimensions=None, location=None, window_title=None, buffer=False,
                    background_color=None, name=None, uvalue=None, font_size=None):
    """Create a window for function graphics, as IDL 8's ``WINDOW`` function.

    IDL call form::

        w = WINDOW([, DIMENSIONS=[w, h]] [, LOCATION=[x, y]] [, WINDOW_TITLE=string]
                   [, /BUFFER] [, BACKGROUND_COLOR=value] [, NAME=string])

        ->  w = idl.window_function(dimensions=[800, 600])

    The new window becomes the current one: ``PLOT(..., /CURRENT)`` draws in it.
    DIMENSIONS defaults to [640, 512] and BACKGROUND_COLOR to white (compat's reading
    of the WINDOW reference page; no golden checks them). compat never shows it (every window is a /BUFFER window); ``w.save``
    draws it with matplotlib. The direct-graphics procedure ``WINDOW, 1`` is
    :func:`compat.idl.window`.

    Returns
    -------
    compat._core.function_graphics.Window

    Examples
    --------
    >>> from compat import idl
    >>> w = idl.window_function(dimensions=[800, 400], buffer=True)
    >>> w.dimensions.tolist(), idl.getwindows(current=True) is w
    ([800, 400], True)
    >>> p = idl.plot_function([1, 2, 3], current=True, layout=[2, 1, 2])
    >>> [round(v, 3) for v in p.position.tolist()]
    [0.575, 0.15, 0.95, 0.9]
    >>> w.close()
    """
    props = {k: v for k, v in dict(dimensions=dimensions, location=location,
                                   window_title=window_title,
                                   background_color=background_color, name=name,
                                   uvalue=uvalue, font_size=font_size).items()
             if v is not None}
    return core.new_window(buffer=int(bool(buffer)), **props)


@idl_routine("GETWINDOWS")
def getwindows(name=None, *, current=False):
    """The open function-graphics windows, as IDL 8's ``GETWINDOWS``.

    IDL call forms::

        windows = GETWINDOWS([Name] [, /CURRENT])

        ->  idl.getwindows()                 # a list of every window, oldest first
            idl.getwindows(current=True)     # the current window (None when there is
                                             # none: IDL's !NULL)

    ``name`` keeps the windows whose NAME or WINDOW_TITLE matches it (case-insensitive,
    ``*`` and ``?`` wildcards).

    Examples
    --------
    >>> from compat import idl
    >>> w = idl.window_function(name='Spectra', buffer=True)
    >>> idl.getwindows('spec*') == [w]
    True
    >>> w.close()
    """
    if current:
        return core.current_window()
    found = core.windows()
    if name is not None:
        import fnmatch
        pattern = str(name).lower()
        found = [w for w in found if fnmatch.fnmatchcase(str(w.name).lower(), pattern)
                 or fnmatch.fnmatchcase(str(w.window_title).lower(), pattern)]
    return found


@idl_routine("IMAGE")
def image(data, x=None, y=None, *, current=False, overplot=False, layout=None,
          margin=None, position=None, buffer=False, dimensions=None, location=None,
          window_title=None, name=None, rgb_table=None, min_value=None, max_value=None,
          order=None, image_location=None, image_dimensions=None, axis_style=None,
          title=None, xtitle=None, ytitle=None, xrange=None, yrange=None,
          aspect_ratio=None, interpolate=None, hide=None, transparency=None,
          uvalue=None, font_size=None, font_name=None, font_style=None):
    """Display an image as an object, as IDL 8's ``IMAGE`` function.

    IDL call forms::

        graphic = IMAGE(Data [, X, Y] [, RGB_TABLE=] [, MIN_VALUE=] [, MAX_VALUE=]
                        [, /ORDER] [, IMAGE_LOCATION=[x, y]] [, IMAGE_DIMENSIONS=[w, h]]
                        [, AXIS_STYLE=] [, /CURRENT] [, /OVERPLOT] [, LAYOUT=] ...)

        ->  im = idl.image(data, rgb_table=0, axis_style=2)

    Parameters
    ----------
    data : array_like
        m x n (numpy ``(n, m)``, readsav layout: row 0 at the bottom, as IDL draws it
        unless /ORDER) indexed image, or a true-colour image with a dimension of 3.
    x, y : array_like
        The pixel coordinates; their ranges give IMAGE_LOCATION and
        IMAGE_DIMENSIONS.
    rgb_table : int or 3 x 256 array
        The colour table of an indexed image (an index is LOADCT's table; compat
        bundles table 0 only, see :func:`compat.idl.loadct`).
    min_value, max_value
        Bytescale between these (default the data's) unless the data are BYTE.
    axis_style : int
        0 (IMAGE's default: no axes), 1 box axes at the image's edges, 2 axes with
        ticks, 3 crossing axes.

    Returns
    -------
    compat._core.function_graphics.Image

    Examples
    --------
    >>> from compat import idl
    >>> im = idl.image(np.arange(12.0).reshape(3, 4), rgb_table=0, buffer=True)
    >>> im.xrange.tolist(), im.yrange.tolist(), im.axis_style
    ([0.0, 4.0], [0.0, 3.0], 0)
    >>> im.scaled()[2].tolist()
    [186, 209, 232, 255]
    >>> im.close()
    """
    d = idl_array(data, "Data", complex_ok=False, scalar_ok=False, min_rank=2,
                  max_rank=3)
    if d.ndim == 3 and not any(n in (3, 4) for n in d.shape):
        raise CompatValueError(f"Image must be 2-D or have a dimension of 3: shape "
                               f"{d.shape}")
    props = {k: v for k, v in dict(
        name=name, rgb_table=rgb_table, min_value=min_value, max_value=max_value,
        order=order, image_location=image_location, image_dimensions=image_dimensions,
        axis_style=axis_style, title=title, xtitle=xtitle, ytitle=ytitle,
        xrange=xrange, yrange=yrange, aspect_ratio=aspect_ratio,
        interpolate=interpolate, hide=hide, transparency=transparency,
        uvalue=uvalue, font_size=font_size, font_name=font_name,
        font_style=font_style).items() if v is not None}
    if x is not None and y is not None:
        xv, yv = _vector(x, "X"), _vector(y, "Y")
        props.setdefault("image_location", np.array([xv.min(), yv.min()], np.float64))
        props.setdefault("image_dimensions", np.array(
            [xv.max() - xv.min(), yv.max() - yv.min()], np.float64))
    graphic = core.Image(d.copy(), **props)
    window = _target_window(current, overplot, buffer,
                            _window_props(dimensions, location, window_title))
    return _place(window, graphic, overplot=overplot, layout=layout, margin=margin,
                  position=position)


@idl_routine("COLORBAR")
def colorbar(*, target=None, orientation=None, position=None, title=None,
             rgb_table=None, range=None, tickname=None, major=None, minor=None,
             textpos=None, border=None, font_size=None, color=None, taper=None,
             name=None, hide=None, uvalue=None, tickformat=None, tickinterval=None,
             tickvalues=None, tickdir=None, border_on=None):
    """Add a colour bar for an image, as IDL 8's ``COLORBAR`` function.

    IDL call form::

        graphic = COLORBAR([TARGET=graphic] [, ORIENTATION={0 | 1}] [, POSITION=]
                           [, TITLE=] [, RGB_TABLE=] [, RANGE=] [, TICKNAME=] ...)

        ->  cb = idl.colorbar(target=im, title='Counts')

    TARGET defaults to the newest image of the current window; RGB_TABLE and RANGE to
    the target's table and data range (its MIN_VALUE/MAX_VALUE when set). ORIENTATION
    0 (default) is horizontal. POSITION defaults to a bar under the target's
    dataspace (horizontal) or right of it (vertical): compat's choice, IDL's page
    gives no numbers.

    Returns
    -------
    compat._core.function_graphics.Colorbar

    Examples
    --------
    >>> from compat import idl
    >>> im = idl.image(np.arange(12.0).reshape(3, 4), rgb_table=0, buffer=True)
    >>> cb = idl.colorbar(title='Counts')
    >>> cb.target is im, cb.value_range().tolist(), cb.orientation
    (True, [0.0, 11.0], 0)
    >>> im.close()
    """
    window = core.current_window()
    if target is None:
        images = [g for g in (window.graphics() if window else [])
                  if isinstance(g, core.Image)]
        if not images:
            raise CompatValueError("No image in the current window: give TARGET.")
        target = images[-1]
    if not isinstance(target, core.Graphic) or target.window is None:
        raise CompatValueError("TARGET must be a graphic in an open window.")
    props = {k: v for k, v in dict(
        target=target, orientation=orientation, title=title, rgb_table=rgb_table,
        range=range, tickname=tickname, major=major, minor=minor, textpos=textpos,
        border=border, font_size=font_size, color=color, taper=taper, name=name,
        hide=hide, uvalue=uvalue, tickformat=tickformat, tickinterval=tickinterval,
        tickvalues=tickvalues, tickdir=tickdir,
        border_on=border_on).items() if v is not None}
    bar = core.Colorbar(**props)
    if position is None:
        x0, y0, x1, y1 = target.position
        if bar.orientation == 0:
            position = [x0, max(y0 - 0.10, 0.01), x1, max(y0 - 0.06, 0.04)]
        else:
            position = [min(x1 + 0.03, 0.95), y0, min(x1 + 0.06, 0.98), y1]
    bar._props["position"] = core._normal4(position, "POSITION")
    target.window._add(bar, None)
    return bar


@idl_routine("LEGEND")
def legend(*, target=None, position=None, horizontal_alignment=None,
           vertical_alignment=None, orientation=None, font_size=None, sample_width=None,
           shadow=None, color=None, name=None, hide=None, uvalue=None):
    """Add a legend of plots, as IDL 8's ``LEGEND`` function.

    IDL call form::

        graphic = LEGEND([TARGET=graphics] [, POSITION=[x, y]] [, /DATA]
                         [, HORIZONTAL_ALIGNMENT=] [, VERTICAL_ALIGNMENT=]
                         [, ORIENTATION={0 | 1}] [, SAMPLE_WIDTH=] ...)

        ->  leg = idl.legend(target=[p1, p2], position=[0.9, 0.85])

    One entry per target: its NAME beside a sample of its line and symbol (set
    ``p.name`` to change the label). TARGET defaults to every plot of the current
    dataspace. POSITION is the anchor ``[x, y]`` in normal coordinates (default the
    dataspace's top-right corner) aligned by HORIZONTAL_ALIGNMENT ('right') and
    VERTICAL_ALIGNMENT ('top').

    Returns
    -------
    compat._core.function_graphics.Legend

    Examples
    --------
    >>> from compat import idl
    >>> p1 = idl.plot_function([1, 2, 3], 'r', name='rise', buffer=True)
    >>> p2 = idl.plot_function([3, 2, 1], 'b--', name='fall', overplot=True)
    >>> idl.legend().labels()
    ['rise', 'fall']
    >>> p1.close()
    """
    window = core.current_window()
    if window is None:
        raise CompatValueError("No window: create a plot first or give TARGET.")
    if target is None:
        space = window.current_dataspace()
        target = [g for g in (space.graphics if space else [])
                  if isinstance(g, core.Plot)]
    targets = list(target) if isinstance(target, (list, tuple)) else [target]
    props = {k: v for k, v in dict(
        target=targets, horizontal_alignment=horizontal_alignment,
        vertical_alignment=vertical_alignment, orientation=orientation,
        font_size=font_size, sample_width=sample_width, shadow=shadow, color=color,
        name=name, hide=hide, uvalue=uvalue).items() if v is not None}
    leg = core.Legend(**props)
    if position is None:
        space = targets[0]._space if targets and targets[0]._space else None
        position = ([space.position[2], space.position[3]] if space is not None
                    else [0.9, 0.9])
    leg._props["position"] = np.array(position, dtype=np.float64).reshape(-1)
    targets[0].window._add(leg, None) if targets else window._add(leg, None)
    return leg


@idl_routine("TEXT")
def text(x, y, string, format=None, *, data=False, device=False, normal=False,
         target=None, color=None, font_size=None, font_name=None, font_style=None,
         alignment=None, vertical_alignment=None, orientation=None,
         fill_background=None, fill_color=None, name=None, hide=None, uvalue=None):
    """Add text to the current window, as IDL 8's ``TEXT`` function.

    IDL call form::

        graphic = TEXT(X, Y, String [, Format] [, /DATA | /DEVICE | /NORMAL]
                       [, TARGET=graphic] [, COLOR=] [, FONT_SIZE=] [, ALIGNMENT=]
                       [, VERTICAL_ALIGNMENT=] [, ORIENTATION=] ...)

        ->  t = idl.text(0.5, 0.95, 'Title', alignment=0.5)

    X, Y are normal coordinates (IDL's default) unless /DATA (the target's or the
    current dataspace's) or /DEVICE; ALIGNMENT 0 (left), 0.5 (centre), 1 (right). The
    Format string's colour character sets COLOR.

    Returns
    -------
    compat._core.function_graphics.Text

    Examples
    --------
    >>> from compat import idl
    >>> p = idl.plot_function([1, 2, 3], buffer=True)
    >>> t = idl.text(1, 2.5, 'peak', 'r', data=True)
    >>> t.string, t.color.tolist(), t.coordinates
    ('peak', [255, 0, 0], 'data')
    >>> p.close()
    """
    window = core.current_window(create=True)
    coords = "data" if data else "device" if device else "normal"
    props = {k: v for k, v in dict(
        string=string, color=color, font_size=font_size, font_name=font_name,
        font_style=font_style, alignment=alignment,
        vertical_alignment=vertical_alignment, orientation=orientation,
        fill_background=fill_background, fill_color=fill_color, name=name, hide=hide,
        uvalue=uvalue, target=target).items() if v is not None}
    if format is not None:
        found = core.style.parse_format(format)
        if "color" in found:
            props.setdefault("color", found["color"])
    xs = float(idl_array(x, "X", scalar=True))
    ys = float(idl_array(y, "Y", scalar=True))
    t = core.Text(xs, ys, coordinates=coords, **props)
    space = None
    if coords == "data":
        space = target._space if isinstance(target, core.Graphic) else \
            window.current_dataspace()
        if space is None:
            raise CompatValueError("/DATA needs a dataspace: no plot in the window.")
    window._add(t, None)
    object.__setattr__(t, "_space", space)
    return t
