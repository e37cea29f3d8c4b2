"""IDL's iTools procedures IPLOT and ISURFACE without a display: an iTool is a
function-graphics window holding a plot (:mod:`compat._core.function_graphics`,
:mod:`compat._core.function_graphics_contour`).

IDL's iTools (IPLOT, ISURFACE, ...) open an interactive tool window; compat keeps the
same objects PLOT() and SURFACE() make, in a window that stands for the tool, and
returns the tool's IDENTIFIER (IDL's ``IDENTIFIER=variable`` output keyword) so that
a later call can draw into it with ``OVERPLOT=id``, as the iTools pages describe.
GDL 1.0.1 has no iTools.
"""

from __future__ import annotations

import numpy as np

from compat._core import function_graphics as core
from compat._core import function_graphics_contour as fc
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat.idl.function_contours import _grid, _props

__all__ = ["iplot", "isurface", "itgetcurrent"]

#: identifier -> window of every tool made in this session
_TOOLS: dict = {}


def _tool_window(overplot, view_grid, view_next, dimensions, location, window_title,
                 kind):
    """The window of the tool: the one OVERPLOT names (an identifier, or 1/True for
    the current tool), else a new one; returns ``(identifier, window, overplot?)``."""
    if overplot is not None and overplot is not False and not (
            isinstance(overplot, (int, np.integer)) and int(overplot) == 0):
        if isinstance(overplot, (str, bytes)):
            key = overplot.decode() if isinstance(overplot, bytes) else overplot
            window = _TOOLS.get(key)
            if window is None or window not in core.windows():   # closed or reset
                raise CompatValueError(f"No iTool with identifier {key!r}.")
            window.setcurrent()
            return key, window, True
        current = itgetcurrent()
        if current:
            return current, _TOOLS[current], True
    props = {k: v for k, v in dict(dimensions=dimensions, location=location,
                                   window_title=window_title).items() if v is not None}
    window = core.new_window(buffer=1, **props)
    identifier = f"/TOOLS/{kind} TOOL" + ("" if not _TOOLS else f"_{len(_TOOLS)}")
    _TOOLS[identifier] = window
    object.__setattr__(window, "_view_grid", _grid_shape(view_grid))
    object.__setattr__(window, "_view_next", 0)
    return identifier, window, False


def _grid_shape(view_grid):
    if view_grid is None:
        return (1, 1)
    g = np.asarray(view_grid).reshape(-1)
    if g.size != 2 or np.any(g < 1):
        raise CompatValueError(f"VIEW_GRID must be [columns, rows] >= 1: {view_grid!r}")
    return int(g[0]), int(g[1])


def _view_position(window, view_next, view_number):
    """The dataspace of the next view of a VIEW_GRID tool (or of VIEW_NUMBER)."""
    ncol, nrow = getattr(window, "_view_grid", (1, 1))
    if view_number is not None:
        index = int(view_number)
    elif view_next or window.dataspaces():
        index = getattr(window, "_view_next", 0) + 1
    else:
        index = 1
    if not 1 <= index <= ncol * nrow:
        raise CompatValueError(f"View {index} is outside the tool's VIEW_GRID "
                               f"[{ncol}, {nrow}]")
    object.__setattr__(window, "_view_next", index)
    return core.layout_position([ncol, nrow, index])


def itgetcurrent():
    """The identifier of the current iTool ('' when there is none), as IDL's
    ITGETCURRENT() returns it.

    >>> from compat import idl
    >>> idl.itools._TOOLS.clear(); idl.itgetcurrent()
    ''
    """
    w = core.current_window()
    for key, window in reversed(list(_TOOLS.items())):
        if window is w and window in core.windows():
            return key
    return ""


def _place_in_tool(window, graphic, overplot, view_next, view_number, position):
    space = None
    if overplot and view_number is None and not view_next:
        space = window.current_dataspace()
    if space is None:
        pos = (np.array(position, dtype=np.float64).reshape(-1) if position is not None
               else _view_position(window, view_next, view_number))
        space = window.new_dataspace(pos)
    graphic._props["position"] = space.position
    window._add(graphic, space)
    return graphic


@idl_routine("IPLOT")
def iplot(x=None, y=None, z=None, *, overplot=None, view_grid=None, view_next=False,
          view_number=None, identifier=False, name=None, color=None, thick=None,
          linestyle=None, sym_index=None, sym_size=None, xtitle=None, ytitle=None,
          ztitle=None, title=None, xrange=None, yrange=None, zrange=None,
          xstyle=None, ystyle=None, xlog=None, ylog=None, position=None,
          dimensions=None, location=None, window_title=None, no_saveprompt=None,
          uvalue=None):
    """Plot into an iTool, as IDL's ``IPLOT`` procedure.

    IDL call forms::

        IPLOT [, X] [, Y] [, Z] [, OVERPLOT=identifier | /OVERPLOT]
              [, IDENTIFIER=variable] [, VIEW_GRID=[columns, rows]] [, /VIEW_NEXT]
              [, VIEW_NUMBER=n] [, NAME=] [, COLOR=] [, THICK=] [, LINESTYLE=]
              [, SYM_INDEX=] [, XTITLE=] [, YTITLE=] [, ZTITLE=] [, XRANGE=] ...

        ->  iplot(x, y, xtitle='X')                   # a new tool
            tool = iplot(x, y, z, identifier=True)    # its IDENTIFIER
            iplot(x2, y2, z2, overplot=tool, color=[255, 0, 0])

    Parameters
    ----------
    x, y, z : array_like
        Y alone (against its index), X and Y, or X, Y, Z (a 3-D line).
    overplot : str or bool
        An identifier (the tool it names) or /OVERPLOT (the current tool): the line
        joins that tool's current view; otherwise a new tool.
    view_grid, view_next, view_number
        A new tool's grid of views ``[columns, rows]``; /VIEW_NEXT draws in the
        tool's next view, VIEW_NUMBER in view ``n`` (1-based, row by row from the top
        left).
    identifier : bool
        IDL's ``IDENTIFIER=variable``: with ``identifier=True`` the call returns
        ``(identifier, graphic)``.
    color, thick, linestyle, sym_index, xtitle, ...
        The line's properties (COLOR an RGB triple or a name; SYM_INDEX the symbol
        number).

    Returns
    -------
    compat._core.function_graphics.Plot
        The line (``compat._core.function_graphics_contour.Plot3D`` with Z), or
        ``(identifier, line)`` when ``identifier=True``. An identifier is a string
        ``'/TOOLS/PLOT TOOL'``, ``'/TOOLS/PLOT TOOL_1'``, ... (compat's spelling: IDL
        documents the identifier as a string to pass back, not its text).

    Examples
    --------
    >>> from compat import idl
    >>> tool, p = idl.iplot([1, 2, 3], [2, 4, 3], identifier=True, xtitle='X')
    >>> q = idl.iplot([1, 2, 3], [5, 1, 0], overplot=tool, color=[255, 0, 0])
    >>> q.window is p.window, p.yrange.tolist(), q.color.tolist()
    (True, [0.0, 5.0], [255, 0, 0])
    >>> p.close()
    """
    given = [v for v in (x, y, z) if v is not None]
    if not given:
        raise CompatValueError("IPLOT: compat draws no empty tool: give the data.")
    names = ("Y",) if len(given) == 1 else ("X", "Y", "Z")[:len(given)]
    vectors = [idl_array(v, name_, complex_ok=False).reshape(-1).copy()
               for v, name_ in zip(given, names)]
    if len(vectors) == 1:
        vectors = [np.arange(vectors[0].size, dtype=np.int32), vectors[0]]
    if len({v.size for v in vectors}) != 1:
        raise CompatValueError(f"IPLOT: the vectors must have the same number of "
                               f"elements: {[v.size for v in vectors]}")
    props = _props(name=name, color=color, thick=thick, linestyle=linestyle,
                   symbol=sym_index, sym_size=sym_size, xtitle=xtitle, ytitle=ytitle,
                   title=title, xrange=xrange, yrange=yrange, xstyle=xstyle,
                   ystyle=ystyle, xlog=xlog, ylog=ylog, uvalue=uvalue)
    if len(vectors) == 3:
        graphic = fc.Plot3D(*vectors, **props, **_props(ztitle=ztitle, zrange=zrange))
    else:
        graphic = core.Plot(*vectors, **props)
    tool, window, over = _tool_window(overplot, view_grid, view_next, dimensions,
                                      location, window_title, "PLOT")
    _place_in_tool(window, graphic, over, view_next, view_number, position)
    return (tool, graphic) if identifier else graphic


@idl_routine("ISURFACE")
def isurface(z, x=None, y=None, *, overplot=None, view_grid=None, view_next=False,
             view_number=None, identifier=False, name=None, style=None, color=None,
             bottom=None, transparency=None, xtitle=None, ytitle=None, ztitle=None,
             title=None, xrange=None, yrange=None, zrange=None, xstyle=None,
             ystyle=None, position=None, dimensions=None, location=None,
             window_title=None, no_saveprompt=None, uvalue=None):
    """Show a surface in an iTool, as IDL's ``ISURFACE`` procedure.

    IDL call forms::

        ISURFACE, Z [, X, Y] [, OVERPLOT=identifier] [, IDENTIFIER=variable]
                  [, VIEW_GRID=] [, /VIEW_NEXT] [, STYLE=] [, COLOR=] [, BOTTOM=]
                  [, TRANSPARENCY=] [, XTITLE=] [, XRANGE=] [, XSTYLE=] ...

        ->  tool, s = isurface(z, x, y, identifier=True, transparency=5)
            iplot(xs, ys, zs, overplot=tool)          # a line in the same tool

    Z (numpy ``(ny, nx)``) over X and Y as :func:`compat.idl.surface_function`; the
    other keywords as :func:`iplot`. BOTTOM is the underside's colour.

    Returns
    -------
    compat._core.function_graphics_contour.Surface
        or ``(identifier, surface)`` with ``identifier=True``.

    Examples
    --------
    >>> from compat import idl
    >>> tool, s = idl.isurface([[0.0, 1.0], [2.0, 6.0]], identifier=True,
    ...                        transparency=5)
    >>> s.zrange.tolist(), s.transparency, idl.itgetcurrent() == tool
    ([0.0, 6.0], 5, True)
    >>> s.close()
    """
    d, xv, yv = _grid(z, x, y, "ISURFACE")
    props = _props(name=name, style=style, color=color, bottom_color=bottom,
                   transparency=transparency, xtitle=xtitle, ytitle=ytitle,
                   ztitle=ztitle, title=title, xrange=xrange, yrange=yrange,
                   zrange=zrange, xstyle=xstyle, ystyle=ystyle, uvalue=uvalue)
    graphic = fc.Surface(d, xv, yv, **props)
    tool, window, over = _tool_window(overplot, view_grid, view_next, dimensions,
                                      location, window_title, "SURFACE")
    _place_in_tool(window, graphic, over, view_next, view_number, position)
    return (tool, graphic) if identifier else graphic
