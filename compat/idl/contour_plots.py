"""IDL direct graphics: CONTOUR (its axes, levels and filled bands) and the library's
error-bar routines OPLOTERR and ERRPLOT, on the coordinate system of
:mod:`compat.idl.plotting` (over :mod:`compat._core.direct_graphics` and
:mod:`compat._core.raster_graphics`).

CONTOUR sets !X.CRANGE, !X.S, !X.WINDOW, !P.CLIP ... as PLOT does for the grid's
X and Y ranges; what it draws goes into the display list (the filled bands of /FILL are
painted exactly for TVRD; the contour lines are traced by contourpy, matplotlib's
contouring library, and drawn with the other lines).
"""

from __future__ import annotations

import numpy as np

from compat._core import direct_graphics as core
from compat._core import graphics_keywords as gk
from compat._core import raster_graphics as raster
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["contour", "oploterr", "errplot"]


def _grid(z, x, y):
    """Z as (ny, nx) float64 and the grid's X (nx,) and Y (ny,) vectors (a 2-D X or Y
    must be the same along the other axis: a rectilinear grid)."""
    za = idl_array(z, "Z", complex_ok=False)
    if za.ndim != 2:
        raise CompatValueError("Array must have 2 dimensions: Z.")
    ny, nx = za.shape
    if (x is None) != (y is None):
        raise CompatValueError("Incorrect number of arguments.")
    if x is None:
        return za.astype(np.float64), np.arange(nx, dtype=np.float64), \
            np.arange(ny, dtype=np.float64)
    xa = idl_array(x, "X", complex_ok=False).astype(np.float64)
    ya = idl_array(y, "Y", complex_ok=False).astype(np.float64)
    if xa.ndim == 2:
        if xa.shape != za.shape or not np.all(xa == xa[:1]):
            raise CompatValueError("X, Y, or Z array dimensions are incompatible "
                                   "(compat takes a rectilinear 2-D X only).")
        xa = xa[0]
    if ya.ndim == 2:
        if ya.shape != za.shape or not np.all(ya == ya[:, :1]):
            raise CompatValueError("X, Y, or Z array dimensions are incompatible "
                                   "(compat takes a rectilinear 2-D Y only).")
        ya = ya[:, 0]
    xa, ya = xa.reshape(-1), ya.reshape(-1)
    if xa.size != nx or ya.size != ny:
        raise CompatValueError("X, Y, or Z array dimensions are incompatible.")
    return za.astype(np.float64), xa, ya


@idl_routine("CONTOUR")
def contour(z, x=None, y=None, *, levels=None, nlevels=None, fill=False,
            cell_fill=False, overplot=False, c_colors=None, c_linestyle=None,
            c_labels=None, c_thick=None, c_annotation=None, c_charsize=None,
            follow=False, closed=None, downhill=False, max_value=None, min_value=None,
            nodata=False, noerase=False, position=None, xrange=None, yrange=None,
            xstyle=None, ystyle=None, xlog=False, ylog=False, xmargin=None, ymargin=None,
            charsize=None, isotropic=False, title=None, subtitle=None, xtitle=None,
            ytitle=None, color=None, background=None, path_info=False, path_xy=False,
            path_data_coords=False, irregular=False, zrange=None, zstyle=None,
            thick=None, xthick=None, ythick=None, charthick=None, clip=None, noclip=None,
            font=None, linestyle=None, t3d=None, ticklen=None, zvalue=None,
            xcharsize=None, ycharsize=None, xgridstyle=None, ygridstyle=None,
            xminor=None, yminor=None, xtickformat=None, ytickformat=None,
            xtickinterval=None, ytickinterval=None, xticklayout=None, yticklayout=None,
            xticklen=None, yticklen=None, xtickname=None, ytickname=None, xticks=None,
            yticks=None, xtickunits=None, ytickunits=None, xtickv=None, ytickv=None):
    """Draw a contour plot and set the data coordinate system, as IDL's ``CONTOUR``.

    IDL call form::

        CONTOUR, Z [, X, Y] [, LEVELS=vector | NLEVELS=n] [, /FILL] [, /OVERPLOT]
                 [, C_COLORS=] [, C_LINESTYLE=] [, C_LABELS=] [, /FOLLOW]
                 [, MIN_VALUE=] [, MAX_VALUE=] [, XRANGE=] [, XSTYLE=] [, POSITION=] ...

        ->  idl.contour(z, x, y, nlevels=8, fill=True, c_colors=np.arange(9) + 2)

    Parameters
    ----------
    z : array_like
        The surface, 2-D (numpy ``(ny, nx)``, readsav layout: ``z[j, i]`` is IDL's
        ``Z[i, j]`` at ``(X[i], Y[j])``).
    x, y : array_like
        The grid: vectors of ``nx`` and ``ny`` values (default the indices), or 2-D
        arrays of Z's shape that are rectilinear.
    levels : vector
        The contour levels, increasing (IDL: "Contour levels must be in increasing
        order" otherwise).
    nlevels : int
        The number of automatic levels (see Notes); default about six.
    fill : bool
        /FILL (or /CELL_FILL): fill the bands between the levels; band ``k`` (from
        level ``k`` up to level ``k + 1``, the last one open above) takes
        ``C_COLORS[k mod n]`` (default !P.COLOR); values below the first level and
        missing data stay unfilled.
    overplot : bool
        Draw over the last plot: no axes, no system variable changes.
    min_value, max_value : number
        Values outside are missing (and out of the automatic levels' range).
    xrange, yrange, xstyle, ystyle, xlog, ylog, position, xmargin, ymargin, charsize,
    isotropic, noerase
        The axes and window, as PLOT's (the Y axis is not started at 0).
    c_colors, c_linestyle, c_labels, c_thick, c_annotation, c_charsize, follow, closed,
    downhill, nodata, title, subtitle, xtitle, ytitle, color, background
        Drawing options, recorded in the display list.
    zrange : 2 numbers
        ZRANGE (ZR=): the Z axis range. It is rounded as PLOT rounds an axis (exact
        with ZSTYLE=1) into !Z.CRANGE, and the automatic levels are drawn from it
        instead of from the data (GDL 1.0.1's rule, see Notes).
    zstyle : int
        Its exact bit applies to a given ZRANGE only (GDL 1.0.1).
    thick, xthick, ythick, charthick, clip, noclip, font, linestyle, ticklen, zvalue,
    xcharsize, ycharsize, xgridstyle, ygridstyle, xminor, yminor, xtickformat,
    ytickformat, xtickinterval, ytickinterval, xticklayout, yticklayout, xticklen,
    yticklen, xtickname, ytickname, xticks, yticks, xtickunits, ytickunits, xtickv,
    ytickv
        IDL's graphics keywords (:data:`compat._core.graphics_keywords.KEYWORDS`):
        recorded with the axes and lines. /T3D (or !P.T3D): the axes and the contour lines are drawn in the plane of normal Z = ZVALUE (default 0) and projected through !P.T (:mod:`compat._core.plot_transforms`); /FILL with /T3D raises.
    path_info, path_xy, path_data_coords, irregular
        Not supported (raise): GDL 1.0.1 does not return PATH_INFO either, so there is
        no clone to check compat's paths against.

    Notes
    -----
    The automatic levels: IDL documents NLEVELS only as "approximately" equally
    spaced levels (about six by default) and its choice is undocumented (IDL Coyote's
    "Specifying the Number of Contour Levels": NLEVELS is a "suggestion"). compat
    uses GDL 1.0.1's rule: ``t`` the 1-2-5 tick interval of the data range (PLOT's),
    ``cmin = floor(min / t) t``, ``cmax = ceil(max / t) t``, ``n = NLEVELS`` (or
    ``floor((max - min) / t)``), levels ``cmin + k (cmax - cmin) / (n + 1)``,
    ``k = 1 .. n`` (``n + 1`` of them with /FILL). The filled bands are painted at
    the pixel centres from the bilinear interpolation of Z, so TVRD reads them
    exactly but not as IDL's polygons would rasterise them; the lines are traced on
    the grid's cells (marching squares, contourpy) in C_COLORS, cycled.

    !Z.CRANGE after CONTOUR (also with /OVERPLOT and /NODATA): the range of the valid
    Z values rounded as PLOT rounds an axis (ZSTYLE=1 does not make it exact; GDL 1.0.1
    rounds some data ranges with a finer step of its own, 55 of 75 random ranges agree),
    the
    exact data range when LEVELS is given, a given ZRANGE rounded (exact with
    ZSTYLE=1); with ZRANGE the automatic levels are those of !Z.CRANGE (``ZRANGE=[-3,
    40]`` draws the levels of [-10, 40]; with ZSTYLE=1 those of [-3, 40]). IDL documents
    ZRANGE only as the Z axis' range: these are GDL 1.0.1's measured rules.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.set_plot('Z')
    >>> z = np.hypot(*np.meshgrid(np.arange(20.0) - 10, np.arange(15.0) - 7))
    >>> idl.contour(z, position=[0.1, 0.1, 0.9, 0.9])
    >>> idl.sysvar('!x').crange.tolist(), idl.sysvar('!y').crange.tolist()
    ([0.0, 20.0], [0.0, 15.0])
    >>> from compat._core import direct_graphics as core
    >>> core.STATE.surface().items[-1][4].tolist()
    [2.0, 4.0, 6.0, 8.0, 10.0, 12.0]
    """
    if path_info or path_xy or path_data_coords:
        raise CompatValueError("PATH_INFO and PATH_XY are not supported.")
    if irregular:
        raise CompatValueError("/IRREGULAR is not supported: grid the data first "
                               "(TRIANGULATE, TRIGRID or GRIDDATA).")
    zz, xg, yg = _grid(z, x, y)
    missing = ~np.isfinite(zz)
    if min_value is not None:
        missing |= zz < float(min_value)
    if max_value is not None:
        missing |= zz > float(max_value)
    from compat._core import plot_transforms as pt
    use_t3d = pt.t3d_active(t3d)
    zz = np.where(missing, np.nan, zz)
    fill = bool(fill or cell_fill)
    if use_t3d and fill:
        raise CompatValueError("/FILL with /T3D is not supported.")
    good = zz[~missing]
    zmin, zmax = (float(good.min()), float(good.max())) if good.size else (0.0, 1.0)
    zcrange, zlevels = gk.z_crange((zmin, zmax), zrange=zrange, zstyle=zstyle,
                                   levels_given=levels is not None)
    if zlevels:
        zmin, zmax = min(zcrange), max(zcrange)
    if levels is not None:
        lev = idl_array(levels, "LEVELS", complex_ok=False).reshape(-1).astype(np.float64)
        if np.any(np.diff(lev) <= 0):
            raise CompatValueError("Contour levels must be in increasing order.")
    else:
        lev = raster.contour_levels(zmin, zmax, None if nlevels is None else int(nlevels),
                                    fill=fill)
    st = core.STATE
    st.z.crange = zcrange
    start = len(st.surface().items)
    if not overplot:
        # the grid's extremes as PLOT data: 3 X values against 2 Y values, so that
        # PLOT's "Y scaled to the points inside a given X range" does not pair them up
        xd = np.array([xg.min(), xg.max(), xg.max()])
        yd = np.array([yg.min(), yg.max()])
        erase_first = core.plot_setup(xd, yd, xrange=xrange, yrange=yrange, xstyle=xstyle,
                                      ystyle=ystyle, xlog=xlog, ylog=ylog, ynozero=True,
                                      position=position, xmargin=xmargin, ymargin=ymargin,
                                      charsize=charsize, noerase=noerase,
                                      isotropic=isotropic)
        if erase_first:
            st.erase(background)
        start = len(st.surface().items)
        items = st.surface().items
        items.append(("axes", st.x.crange, st.y.crange, st.p.clip[:4],
                      {"title": title, "xtitle": xtitle, "ytitle": ytitle,
                       "xstyle": int(st.x.style if xstyle is None else xstyle),
                       "ystyle": int(st.y.style if ystyle is None else ystyle),
                       "color": int(st.p.color if color is None else color),
                       **{k: v for k, v in dict(
                           subtitle=subtitle, charthick=charthick, xthick=xthick,
                           ythick=ythick, font=font, ticklen=ticklen, xcharsize=xcharsize,
                           ycharsize=ycharsize, xgridstyle=xgridstyle,
                           ygridstyle=ygridstyle, xminor=xminor, yminor=yminor,
                           xtickformat=xtickformat, ytickformat=ytickformat,
                           xtickinterval=xtickinterval, ytickinterval=ytickinterval,
                           xticklayout=xticklayout, yticklayout=yticklayout,
                           xticklen=xticklen, yticklen=yticklen, xtickname=xtickname,
                           ytickname=ytickname, xticks=xticks, yticks=yticks,
                           xtickunits=xtickunits, ytickunits=ytickunits, xtickv=xtickv,
                           ytickv=ytickv).items() if v is not None}}))
        from compat.idl.plotting import _draw_ticks
        _draw_ticks(dict(xticks=xticks, yticks=yticks, xtickv=xtickv, ytickv=ytickv,
                         xticklen=xticklen, yticklen=yticklen, ticklen=ticklen,
                         xminor=xminor, yminor=yminor, xtickname=xtickname,
                         ytickname=ytickname, xtickformat=xtickformat,
                         ytickformat=ytickformat, xstyle=xstyle, ystyle=ystyle, color=color))
    if nodata:
        if use_t3d:
            st.surface().items[start:] = pt.project_items(st.surface().items[start:],
                                                          zvalue or 0.0)
        return None
    items = st.surface().items
    default = int(st.p.color if color is None else color)
    colors = (np.array([default]) if c_colors is None else
              idl_array(c_colors, "C_COLORS", complex_ok=False).reshape(-1).astype(np.int64))
    if fill:
        items.append(("bands", zz, xg, yg, lev, colors, st.x.s, st.y.s,
                      st.p.clip[:4].copy(), {}))
    else:
        items.append(("contour", zz, xg, yg, lev, st.x.s, st.y.s,
                      {"c_colors": colors, "c_linestyle": c_linestyle, "c_labels": c_labels,
                       "c_thick": c_thick, "follow": bool(follow), "thick": thick,
                       "linestyle": linestyle}))
    if use_t3d:
        items[start:] = pt.project_items(items[start:], zvalue or 0.0)
    return None


def _device(x, y):
    pts = np.zeros((np.size(x), 3))
    pts[:, 0], pts[:, 1] = x, y
    d = core.convert(pts, "data", "device")
    return d[:, 0], d[:, 1]


def _lines(x, y, system="device", **props):
    st = core.STATE
    props = {k: v for k, v in props.items() if v is not None}
    props.setdefault("color", int(st.p.color))
    props.setdefault("ch_size", int(st.d.y_ch_size))
    st.surface().items.append(("lines", np.asarray(x, np.float64),
                               np.asarray(y, np.float64), props))


@idl_routine("OPLOTERR")
def oploterr(x, y=None, err=None, psym=None):
    """Overplot points with error bars, as IDL's library routine
    ``OPLOTERR, [X,] Y, Err [, Psym]`` (oploterr.pro).

    With two arguments they are Y and Err (X = 0, 1, ...); with three, a scalar third
    argument is Psym (then the first two are Y and Err); the default symbol is 7
    (X). The points go through OPLOT with that symbol, then a vertical bar from
    ``Y - Err`` to ``Y + Err`` at each X, solid and without symbols. Nothing in the
    system variables changes (oploterr.pro restores !P.PSYM and !P.LINESTYLE).

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z'); idl.plot([0, 1, 2], [1, 3, 2], position=[0, 0, 1, 1])
    >>> idl.oploterr([0, 1, 2], [1, 3, 2], [0.5, 0.5, 1])
    >>> from compat._core import direct_graphics as core
    >>> [it[-1].get('psym') for it in core.STATE.surface().items[-4:]]
    [7, 0, 0, 0]
    """
    if y is None:
        raise CompatValueError("Must be called with 2-4 parameters: [ X ,]  Y , ERR  "
                               "[, PSYM ]")
    if err is None:
        yy, yerr = _vec(x, "Y"), _vec(y, "Err")
        xx = np.arange(yy.size, dtype=np.float64)
        sym = 7
    elif np.ndim(err) == 0:
        yy, yerr = _vec(x, "Y"), _vec(y, "Err")
        xx = np.arange(yy.size, dtype=np.float64)
        sym = int(err)
    else:
        xx, yy, yerr = _vec(x, "X"), _vec(y, "Y"), _vec(err, "Err")
        sym = 7 if psym is None else int(psym)
    n = min(xx.size, yy.size, yerr.size)
    if n < 1:
        raise CompatValueError("No points to plot.")
    xx, yy, yerr = xx[:n], yy[:n], yerr[:n]
    if n == 1:
        xx, yy, yerr = (np.repeat(a, 2) for a in (xx, yy, yerr))
    xd, yd = _device(xx, yy)
    _lines(xd, yd, psym=sym)
    for i in range(n):
        bx, by = _device(np.array([xx[i], xx[i]]),
                         np.array([yy[i] - yerr[i], yy[i] + yerr[i]]))
        _lines(bx, by, psym=0, linestyle=0)


def _vec(v, name):
    return idl_array(v, name, complex_ok=False).reshape(-1).astype(np.float64)


@idl_routine("ERRPLOT")
def errplot(x, low=None, high=None, *, width=None, color=None, thick=None,
            linestyle=None, noclip=None):
    """Overplot error bars, as IDL's library routine ``ERRPLOT, [X,] Low, High
    [, WIDTH=]`` (errplot.pro).

    Each bar runs from ``(X, Low)`` to ``(X, High)`` (X = 0, 1, ... with two
    arguments) with crossbars ``w = WIDTH (!X.WINDOW[1] - !X.WINDOW[0]) !D.X_SIZE / 2``
    device pixels to each side (WIDTH default 0.01 of the plot width), drawn as
    errplot.pro's PLOTS, /DEVICE polyline ``x0 - w, x0 + w, x0, x1, x1 - w, x1 + w``.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z'); idl.plot([0, 10], [0, 10], position=[0, 0, 1, 1], xstyle=1)
    >>> idl.errplot([5], [2], [4])
    >>> from compat._core import direct_graphics as core
    >>> core.STATE.surface().items[-1][1].tolist()
    [316.8, 323.2, 320.0, 320.0, 316.8, 323.2]
    """
    if low is None:
        raise CompatValueError("Variable is undefined: Low.")
    if high is None:
        up, down = _vec(x, "Low"), _vec(low, "High")
        xx = np.arange(up.size, dtype=np.float64)
    else:
        xx, down, up = _vec(x, "X"), _vec(low, "Low"), _vec(high, "High")
    st = core.STATE
    w = (0.01 if width is None else float(width)) * \
        (float(st.x.window[1]) - float(st.x.window[0])) * float(st.d.x_size) * 0.5
    n = min(up.size, down.size, xx.size)
    for i in range(n):
        x0, y0 = _device(xx[i:i + 1], down[i:i + 1])
        x1, y1 = _device(xx[i:i + 1], up[i:i + 1])
        _lines(np.concatenate([x0[0] + np.array([-w, w, 0]), x1[0] + np.array([0, -w, w])]),
               np.array([y0[0]] * 3 + [y1[0]] * 3), psym=0, color=color, thick=thick,
               linestyle=linestyle)
