"""IDL 8's function-graphics CONTOUR(), SURFACE() and AXIS(), as objects without a
display (:mod:`compat._core.function_graphics_contour`).

IDL's CONTOUR, SURFACE and AXIS are procedures in direct graphics
(:func:`compat.idl.contour`, :func:`compat.idl.surface`, :func:`compat.idl.axis`) and
functions in function graphics; the function forms get descriptive Python names
(``CONTOUR()`` -> :func:`contour_function`, ``SURFACE()`` -> :func:`surface_function`,
``AXIS()`` -> :func:`axis_function`, listed in ``__legacy_names__``). GDL 1.0.1 has
none of the function forms; what they do is read from IDL's reference pages.
"""

from __future__ import annotations

import numpy as np

from compat._core import function_graphics as core
from compat._core import function_graphics_contour as fc
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat.idl.function_graphics import (_place, _target_window, _window_props,
                                          device_to_normal)

__all__ = ["contour_function", "surface_function", "axis_function"]

#: legacy spelling -> Python name (the function forms)
__legacy_names__ = {"CONTOUR()": "contour_function", "SURFACE()": "surface_function",
                    "AXIS()": "axis_function"}


def _grid(z, x, y, what):
    """Z (2-D) with its X and Y: vectors of Z's columns and rows (IDL's Z[i, j] is at
    X[i], Y[j]) or 2-D arrays of Z's shape; by default the indices."""
    d = idl_array(z, "Z", complex_ok=False, scalar_ok=False, min_rank=2, max_rank=2)
    ny, nx = d.shape
    out = []
    for v, n, name, axis in ((x, nx, "X", 1), (y, ny, "Y", 0)):
        if v is None:
            out.append(np.arange(n, dtype=np.int32))
            continue
        a = idl_array(v, name, complex_ok=False, scalar_ok=False).copy()
        if a.ndim == 1 and a.size != n:
            raise CompatValueError(f"{what}: {name} must have {n} elements (the Z "
                                   f"dimension), not {a.size}")
        if a.ndim == 2 and a.shape != d.shape:
            raise CompatValueError(f"{what}: {name} must be a vector or have Z's "
                                   f"dimensions: shape {a.shape}")
        if a.ndim > 2:
            raise CompatValueError(f"{what}: {name} must be a vector or a 2-D array")
        out.append(a)
    return d.copy(), out[0], out[1]


def _props(**kw):
    return {k: v for k, v in kw.items() if v is not None}


@idl_routine("CONTOUR")
def contour_function(z, x=None, y=None, *, c_value=None, n_levels=None, fill=None,
                     rgb_table=None, rgb_indices=None, c_color=None, c_thick=None,
                     c_linestyle=None, c_label_show=None, color=None, min_value=None,
                     max_value=None, zrange=None, zvalue=None, planar=None,
                     current=False, overplot=False, layout=None, margin=None,
                     position=None, device=False, buffer=False, dimensions=None,
                     location=None, window_title=None, nodata=False, no_toolbar=False,
                     axis_style=None, aspect_ratio=None, title=None, xtitle=None,
                     ytitle=None, xrange=None, yrange=None, xstyle=None, ystyle=None,
                     xlog=None, ylog=None, xtickname=None, ytickname=None,
                     xtickvalues=None, ytickvalues=None, xtickformat=None,
                     ytickformat=None, xtickinterval=None, ytickinterval=None,
                     xminor=None, yminor=None, xmajor=None, ymajor=None,
                     font_size=None, font_name=None, font_style=None, font_color=None,
                     name=None, hide=None, transparency=None, uvalue=None):
    """Create a contour plot object, as IDL 8's ``CONTOUR`` function.

    IDL call forms::

        graphic = CONTOUR(Z [, X, Y] [, C_VALUE=vector] [, N_LEVELS=n] [, /FILL]
                          [, RGB_TABLE=] [, RGB_INDICES=] [, C_COLOR=] [, C_THICK=]
                          [, C_LINESTYLE=] [, MIN_VALUE=] [, MAX_VALUE=]
                          [, AXIS_STYLE={0|1|2|3}] [, ASPECT_RATIO=] [, FONT_SIZE=]
                          [, /CURRENT] [, /OVERPLOT] [, LAYOUT=] [, POSITION=] ...)

        ->  c = idl.contour_function(z, x, y, n_levels=10, fill=True, rgb_table=0)
            c.levels(), c.level_colors()

    Parameters
    ----------
    z : array_like
        The 2-D data (IDL m x n, numpy ``(n, m)`` as readsav gives it).
    x, y : array_like
        The coordinates of Z's columns and rows (vectors, or 2-D arrays of Z's shape);
        by default the indices.
    c_value : scalar or vector
        The levels; when given N_LEVELS is not used.
    n_levels : int
        The number of levels, evenly spaced from the data's minimum:
        ``lo + i (hi - lo) / n``, ``i = 0 .. n-1`` (compat's reading of the page;
        default 8, compat's choice). Unlike direct graphics' ``CONTOUR, NLEVELS=``
        (:func:`compat.idl.contour`), no "nice" rounding of the range.
    fill : bool
        Filled bands from each level up to the next.
    rgb_table, rgb_indices
        The levels' colours: level ``i`` takes table entry ``RGB_INDICES[i]``, by
        default entries spread evenly over 0..255.
    axis_style, aspect_ratio, font_size, title, xtitle, ...
        As :func:`compat.idl.plot_function`; CONTOUR's ranges are exact (XSTYLE and
        YSTYLE 1).
    current, overplot, layout, margin, position, device, buffer, dimensions, ...
        Where the graphic goes, as :func:`compat.idl.plot_function`; /DEVICE reads
        POSITION in pixels of the window.

    Returns
    -------
    compat._core.function_graphics_contour.Contour
        ``c.levels()``, ``c.level_colors()``, ``c.getdata()``, and every property as an
        attribute (``c.c_value``, ``c.n_levels``, ``c.rgb_table``).

    Notes
    -----
    Sources: IDL Reference Guide, CONTOUR (function graphics) and IDLgrContour
    properties. Not a golden of IDL's drawing: IDL's function graphics have no open
    clone (GDL 1.0.1 lacks CONTOUR()), so the level rule above is compat's reading.

    Examples
    --------
    >>> from compat import idl
    >>> z = np.array([[0.0, 1.0, 2.0], [3.0, 4.0, 8.0]])
    >>> c = idl.contour_function(z, n_levels=4, buffer=True)
    >>> c.levels().tolist(), c.xrange.tolist(), c.yrange.tolist()
    ([0.0, 2.0, 4.0, 6.0], [0.0, 2.0], [0.0, 1.0])
    >>> c2 = idl.contour_function(z, c_value=[1, 5], rgb_table=0, overplot=True)
    >>> c2.level_colors().tolist()
    [[0, 0, 0], [255, 255, 255]]
    >>> c.close()
    """
    d, xv, yv = _grid(z, x, y, "CONTOUR")
    props = _props(c_value=c_value, n_levels=n_levels, fill=fill, rgb_table=rgb_table,
                   rgb_indices=rgb_indices, c_color=c_color, c_thick=c_thick,
                   c_linestyle=c_linestyle, c_label_show=c_label_show, color=color,
                   min_value=min_value, max_value=max_value, zrange=zrange,
                   zvalue=zvalue, planar=planar, axis_style=axis_style,
                   aspect_ratio=aspect_ratio, title=title, xtitle=xtitle, ytitle=ytitle,
                   xrange=xrange, yrange=yrange, xstyle=xstyle, ystyle=ystyle,
                   xlog=xlog, ylog=ylog, xtickname=xtickname, ytickname=ytickname,
                   xtickvalues=xtickvalues, ytickvalues=ytickvalues,
                   xtickformat=xtickformat, ytickformat=ytickformat,
                   xtickinterval=xtickinterval, ytickinterval=ytickinterval,
                   xminor=xminor, yminor=yminor, xmajor=xmajor, ymajor=ymajor,
                   font_size=font_size, font_name=font_name, font_style=font_style,
                   font_color=font_color, name=name, hide=hide,
                   transparency=transparency, uvalue=uvalue)
    graphic = fc.Contour(d, xv, yv, **props)
    return _put(graphic, current=current, overplot=overplot, layout=layout,
                margin=margin, position=position, device=device, buffer=buffer,
                window_props=_window_props(dimensions, location, window_title))


def _put(graphic, *, current, overplot, layout, margin, position, device, buffer,
         window_props):
    window = _target_window(current, overplot, buffer, window_props)
    if position is not None and device:
        position = device_to_normal(window, position)
    return _place(window, graphic, overplot=overplot, layout=layout, margin=margin,
                  position=position)


@idl_routine("SURFACE")
def surface_function(z, x=None, y=None, *, style=None, color=None, bottom_color=None,
                     rgb_table=None, shading=None, hidden_lines=None, min_value=None,
                     max_value=None, zrange=None, current=False, overplot=False,
                     layout=None, margin=None, position=None, device=False,
                     buffer=False, dimensions=None, location=None, window_title=None,
                     no_toolbar=False, axis_style=None, aspect_ratio=None, title=None,
                     xtitle=None, ytitle=None, ztitle=None, xrange=None, yrange=None,
                     xstyle=None, ystyle=None, font_size=None, name=None, hide=None,
                     transparency=None, uvalue=None):
    """Create a surface object, as IDL 8's ``SURFACE`` function.

    IDL call forms::

        graphic = SURFACE(Z [, X, Y] [, STYLE=value] [, COLOR=] [, BOTTOM_COLOR=]
                          [, ZRANGE=] [, ZTITLE=] [, /CURRENT] [, /OVERPLOT] ...)

        ->  s = idl.surface_function(z, x, y, style='mesh')

    STYLE is 0 points, 1 mesh, 2 filled (the default), 3 ruled XZ, 4 ruled YZ, 5 lego,
    6 filled lego, or those names; ``s.zrange`` reads ZRANGE or the data's range.
    A saved picture shows Z from above (compat draws no 3-D view); the object keeps
    what IDL's SURFACE page lists. The direct-graphics procedure is
    :func:`compat.idl.surface`.

    Returns
    -------
    compat._core.function_graphics_contour.Surface

    Examples
    --------
    >>> from compat import idl
    >>> s = idl.surface_function([[1.0, 2.0], [3.0, 5.0]], style='mesh', buffer=True)
    >>> s.style, s.zrange.tolist(), s.xrange.tolist()
    (1, [1.0, 5.0], [0.0, 1.0])
    >>> s.close()
    """
    d, xv, yv = _grid(z, x, y, "SURFACE")
    props = _props(style=style, color=color, bottom_color=bottom_color,
                   rgb_table=rgb_table, shading=shading, hidden_lines=hidden_lines,
                   min_value=min_value, max_value=max_value, zrange=zrange,
                   axis_style=axis_style, aspect_ratio=aspect_ratio, title=title,
                   xtitle=xtitle, ytitle=ytitle, ztitle=ztitle, xrange=xrange,
                   yrange=yrange, xstyle=xstyle, ystyle=ystyle, font_size=font_size,
                   name=name, hide=hide, transparency=transparency, uvalue=uvalue)
    graphic = fc.Surface(d, xv, yv, **props)
    return _put(graphic, current=current, overplot=overplot, layout=layout,
                margin=margin, position=position, device=device, buffer=buffer,
                window_props=_window_props(dimensions, location, window_title))


@idl_routine("AXIS")
def axis_function(direction, *, location=None, target=None, title=None,
                  tickvalues=None, tickname=None, tickdir=None, textpos=None,
                  tickformat=None, tickinterval=None, major=None, minor=None,
                  ticklen=None, subticklen=None, showtext=None, log=None,
                  axis_range=None, coord_transform=None, color=None, text_color=None,
                  thick=None, tickfont_size=None, tickfont_name=None,
                  text_orientation=None, gridstyle=None, data=None, name=None,
                  hide=None, transparency=None, uvalue=None):
    """Add an axis to the current (or TARGET's) dataspace, as IDL 8's ``AXIS``
    function.

    IDL call forms::

        graphic = AXIS(Direction [, LOCATION=value] [, TARGET=graphic] [, TITLE=]
                       [, TICKVALUES=] [, TICKNAME=] [, TICKDIR={0|1}]
                       [, TEXTPOS={0|1}] [, TICKINTERVAL=] [, TICKFORMAT=]
                       [, COORD_TRANSFORM=[a, b]] [, AXIS_RANGE=] [, COLOR=] ...)

        ->  a = idl.axis_function('Y', location='right', title='(deg F)',
                                  coord_transform=[32, 1.8])

    Parameters
    ----------
    direction : {0, 1, 2, 'X', 'Y', 'Z'}
        The axis' direction (read back as 0, 1 or 2).
    location : number, [x, y] or str
        In data coordinates: a number is the coordinate across the axis; a vector
        ``[x, y]`` gives it by its element across the axis (y for an X axis, x for a
        Y axis); 'left', 'right', 'top', 'bottom', 'center', 'zero' name an edge, the
        middle or 0. Default the bottom (X) or left (Y) edge. ``a.position_value()``
        reads the coordinate.
    tickdir, textpos
        0 ticks inwards / labels below or left (defaults), 1 outwards / above or
        right.
    coord_transform : [a, b]
        The labels show ``a + b * value`` (``a.tick_labels()``).

    Returns
    -------
    compat._core.function_graphics_contour.Axis

    Notes
    -----
    Source: IDL Reference Guide, AXIS (function graphics): its example adds an X
    axis at LOCATION=-15 and a Fahrenheit Y axis with COORD_TRANSFORM=[32, 9.0/5.0].
    The direct-graphics procedure ``AXIS, XAXIS=1`` is :func:`compat.idl.axis`.

    Examples
    --------
    >>> from compat import idl
    >>> p = idl.plot_function([0, 10], [0.0, 30.0], buffer=True)
    >>> a = idl.axis_function('Y', location='right', coord_transform=[32, 1.8],
    ...                       tickvalues=[0, 10, 20, 30])
    >>> a.direction, a.position_value(), a.tick_labels()
    (1, 10.0, ['32', '50', '68', '86'])
    >>> b = idl.axis_function('X', location=[0, 15], title='Hour', textpos=1)
    >>> b.position_value(), b.title, b.textpos
    (15.0, 'Hour', 1)
    >>> p.close()
    """
    props = _props(direction=direction, location=location, title=title,
                   tickvalues=tickvalues, tickname=tickname, tickdir=tickdir,
                   textpos=textpos, tickformat=tickformat, tickinterval=tickinterval,
                   major=major, minor=minor, ticklen=ticklen, subticklen=subticklen,
                   showtext=showtext, log=log, axis_range=axis_range,
                   coord_transform=coord_transform, color=color, text_color=text_color,
                   thick=thick, tickfont_size=tickfont_size, tickfont_name=tickfont_name,
                   text_orientation=text_orientation, gridstyle=gridstyle, data=data,
                   name=name, hide=hide, transparency=transparency, uvalue=uvalue)
    if isinstance(location, (str, bytes)) or location is None:
        pass
    else:
        props["location"] = np.asarray(location, dtype=np.float64).reshape(-1).copy()
    graphic = fc.Axis(**props)
    if target is not None:
        if not isinstance(target, core.Graphic) or target._space is None:
            raise CompatValueError("AXIS: TARGET must be a graphic with a dataspace.")
        window, space = target.window, target._space
    else:
        window = core.current_window()
        space = window.current_dataspace() if window is not None else None
        if space is None:
            raise CompatValueError("AXIS: no graphic to add an axis to: create a plot "
                                   "first or give TARGET.")
    window._add(graphic, space)
    return graphic
