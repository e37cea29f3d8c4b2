"""IDL's plotting commands in direct graphics: PLOT, OPLOT, PLOTS, XYOUTS, AXIS and
CONVERT_COORD, on the devices, windows and system variables of
:mod:`compat.idl.direct_graphics` (over :mod:`compat._core.direct_graphics`): PLOT sets
!X.CRANGE, !X.S, !X.WINDOW ... as IDL does, and what would be drawn is recorded in the
device's display list.
"""

from __future__ import annotations

import numpy as np

from compat._core import direct_graphics as core
from compat._core import graphics_keywords as gk
from compat._core import plot_transforms as pt
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["plot", "oplot", "plots", "xyouts", "axis", "convert_coord"]


def _values(v, name):
    a = idl_array(v, name, complex_ok=False)
    return a.reshape(-1)


def _record(kind, *args, **props):
    st = core.STATE
    props = {k: v for k, v in props.items() if v is not None}
    props.setdefault("color", int(st.p.color))
    props.setdefault("ch_size", int(st.d.y_ch_size))
    if props.get("psym") in (8, -8):     # USERSYM's symbol goes with PSYM=8
        props["usersym"] = st.usersym
    st.surface().items.append((kind, *args, props))


def _to_device(x, y, system):
    pts = np.zeros((x.size, 3))
    pts[:, 0], pts[:, 1] = x, y
    out = core.convert(pts, system, "device")
    return out[:, 0], out[:, 1]


@idl_routine("PLOT")
def plot(x, y=None, *, xrange=None, yrange=None, xstyle=None, ystyle=None,
         xlog=False, ylog=False, ynozero=False, position=None, xmargin=None,
         ymargin=None, charsize=None, min_value=None, max_value=None, noerase=False,
         nodata=False, title=None, xtitle=None, ytitle=None, color=None, psym=None,
         linestyle=None, thick=None, symsize=None, background=None, isotropic=False,
         subtitle=None, charthick=None, xthick=None, ythick=None,
         xticks=None, yticks=None, xtickv=None, ytickv=None, xtickname=None,
         ytickname=None, xminor=None, yminor=None, xtickformat=None, ytickformat=None,
         xticklen=None, yticklen=None, ticklen=None, xgridstyle=None, ygridstyle=None,
         xcharsize=None, ycharsize=None, font=None, xtick_get=False, ytick_get=False,
         clip=None, noclip=None, t3d=None, zvalue=None, xtype=None, ytype=None,
         polar=False, zrange=None, zstyle=None,
         xtickinterval=None, ytickinterval=None, xticklayout=None,
         yticklayout=None, xtickunits=None, ytickunits=None):
    """Draw a line plot and set the data coordinate system, as IDL's ``PLOT``.

    IDL call form::

        PLOT, [X,] Y [, XRANGE=] [, YRANGE=] [, XSTYLE=] [, YSTYLE=] [, /XLOG] [, /YLOG]
              [, /YNOZERO] [, POSITION=] [, XMARGIN=] [, YMARGIN=] [, CHARSIZE=]
              [, MIN_VALUE=] [, MAX_VALUE=] [, /NOERASE] [, /NODATA] [, TITLE=] ...

        ->  idl.plot(x, y, xstyle=1); idl.sysvar('!x').crange

    Parameters
    ----------
    x, y : array_like
        The data; with one argument it is Y against its index (0, 1, ...).
    xrange, yrange : 2 numbers
        The axis range to use (rounded unless the style's exact bit is set; a reversed
        range gives a reversed axis). Default ![XY].RANGE, when its ends differ, else
        the data's.
    xstyle, ystyle : int
        Bits: 1 exact, 2 extend by 5 %, 4 no axis, 8 no box, 16 (Y) no zero. Default
        ![XY].STYLE.
    xlog, ylog : bool
        Logarithmic axes (CRANGE holds decades: log10 of the ends).
    ynozero : bool
        Keep a positive Y minimum (otherwise the Y axis starts at 0 for positive data).
    position : 4 numbers
        The plot window in normal coordinates ``[x0, y0, x1, y1]`` (default
        !P.POSITION when set, else the region less the margins).
    xmargin, ymargin : 2 numbers
        Margins in characters (default !X.MARGIN = [10, 3], !Y.MARGIN = [4, 2]).
    charsize : float
        Character size factor (scales the margins).
    min_value, max_value : float
        Y values out of this range are missing: not drawn, not in the autoscale.
    isotropic : bool
        Equal data units per device unit on both axes: the window keeps its lower-left
        corner and shrinks along one axis (GDL 1.0.1's rule).
    noerase, nodata, title, xtitle, ytitle, color, psym, linestyle, thick, symsize,
    background
        Drawing options (recorded in the display list).
    xticks, yticks, xtickv, ytickv, xtickname, ytickname, xminor, yminor, xtickformat,
    ytickformat, xticklen, yticklen, ticklen
        The tick marks and their labels, drawn for TVRD (TICKLEN a fraction of the plot
        window, default !P.TICKLEN 0.02, negative outward, 1.0 a grid; the ticks are
        XTICK_GET's values; :mod:`compat._core.tick_marks`).
    subtitle, charthick, xthick, ythick, xticks, yticks, xtickv, ytickv, xtickname,
    ytickname, xminor, yminor, xtickformat, ytickformat, xticklen, yticklen, ticklen,
    xgridstyle, ygridstyle, xcharsize, ycharsize, font
        The axes' drawing options (recorded with the axes in the display list).
    xtype, ytype : int
        IDL's obsolete log-axis keywords: 1 is /XLOG (/YLOG), 0 linear.
    clip, noclip
        CLIP=[x0, y0, x1, y1] (data units) and NOCLIP: the lines are clipped to
        !P.CLIP (the plot window) unless NOCLIP or !P.NOCLIP is set (IDL's CLIP page;
        the rules in :mod:`compat._core.graphics_keywords`).
    polar : bool
        /POLAR: X is the radius and Y the angle in radians (both needed); the points
        drawn and autoscaled are ``r cos(theta)``, ``r sin(theta)`` (computed in
        DOUBLE, as GDL 1.0.1's !X.CRANGE with XSTYLE=1 shows), inside the usual
        rectangular axes (IDL's PLOT page; :mod:`compat._core.plot_transforms`).
    t3d, zvalue
        /T3D (or !P.T3D set): the whole plot (box, ticks, labels, lines) is drawn in
        the plane of normal Z = ZVALUE (default 0) and projected through !P.T (IDL's
        T3D and ZVALUE keywords; :mod:`compat._core.plot_transforms`). The system
        variables are those of the 2-D plot.
    zrange, zstyle
        Accepted and ignored, as IDL and GDL 1.0.1 ignore them in PLOT (!Z keeps its
        values).
    xtickinterval, ytickinterval, xticklayout, yticklayout, xtickunits, ytickunits
        Recorded with the axes.
    xtick_get, ytick_get : bool
        XTICK_GET/YTICK_GET: return the major tick values in a ``PlotResult``
        (DOUBLE, along the axis): the XTICKV values when XTICKS and XTICKV are
        given, XTICKS equal intervals of !X.CRANGE when XTICKS > 0, else the
        multiples of the range's 1-2-5 tick interval inside the range (whole
        decades on a log axis) -- compat's rule, from the interval IDL rounds
        the axis with; GDL 1.0.1 leaves the variables undefined, so no clone
        checks it.

    Notes
    -----
    PLOT sets !X.CRANGE, !X.S, !X.WINDOW, !X.REGION, !X.TYPE (and !Y's), !P.CLIP and
    advances !P.MULTI; the rules and their sources are in
    :mod:`compat._core.direct_graphics`. A naive matplotlib port (``plt.plot``) neither
    rounds the axis to IDL's ticks nor starts a positive Y axis at 0, and leaves no
    !X.S for the program's CONVERT_COORD or PLOTS, /NORMAL arithmetic.

    The default margins: IDL's documentation gives them in units of !D.X_CH_SIZE
    (8 pixels on the Z buffer, so !X.WINDOW = [0.125, 0.9625] at 640 pixels); GDL 1.0.1
    uses larger characters (!X.WINDOW = [0.1923, 0.9423]): recorded as GDL's divergence
    in the golden suite ``idl/direct_graphics``.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z')
    >>> idl.plot([0, 1, 2, 3], [0.7, 3.1, 9.4, 12.9])
    >>> idl.sysvar('!x').crange.tolist(), idl.sysvar('!y').crange.tolist()
    ([0.0, 3.0], [0.0, 15.0])
    >>> idl.sysvar('!x').window.tolist()
    [0.125, 0.9624999761581421]
    >>> idl.plot([1.3, 7.2], [0.2, 3.9], xstyle=1, position=[0.1, 0.1, 0.9, 0.9])
    >>> idl.sysvar('!x').crange.tolist()
    [1.3, 7.2]
    >>> idl.plot([0, 9.3], [0, 1], xtick_get=True).xtick_get.tolist()
    [0.0, 2.0, 4.0, 6.0, 8.0, 10.0]
    """
    xlog, ylog = gk.log_flag(xlog, xtype), gk.log_flag(ylog, ytype)
    yv = _values(x if y is None else y, "Y")
    xv = np.arange(yv.size, dtype=np.float32) if y is None else _values(x, "X")
    if xv.size != yv.size:
        n = min(xv.size, yv.size)
        xv, yv = xv[:n], yv[:n]
    if polar:
        if y is None:
            raise CompatValueError("/POLAR needs both the radius and the angle.")
        xv, yv = pt.polar_xy(xv, yv)
    st = core.STATE
    erase_first = core.plot_setup(xv, yv, xrange=xrange, yrange=yrange, xstyle=xstyle,
                                  ystyle=ystyle, xlog=xlog, ylog=ylog, ynozero=ynozero,
                                  position=position, xmargin=xmargin, ymargin=ymargin,
                                  charsize=charsize, min_value=min_value,
                                  max_value=max_value, noerase=noerase,
                                  isotropic=isotropic)
    if erase_first:
        st.erase(background)
    start = len(st.surface().items)
    _record("axes", st.x.crange, st.y.crange, st.p.clip[:4], title=title,
            xtitle=xtitle, ytitle=ytitle, subtitle=subtitle, charthick=charthick,
            xthick=xthick, ythick=ythick, xticks=xticks, yticks=yticks,
            xtickv=xtickv, ytickv=ytickv, xtickname=xtickname, ytickname=ytickname,
            xminor=xminor, yminor=yminor, xtickformat=xtickformat,
            ytickformat=ytickformat, xticklen=xticklen, yticklen=yticklen,
            ticklen=ticklen, xgridstyle=xgridstyle, ygridstyle=ygridstyle,
            xcharsize=xcharsize, ycharsize=ycharsize, font=font,
            xtickinterval=xtickinterval, ytickinterval=ytickinterval,
            xticklayout=xticklayout, yticklayout=yticklayout, xtickunits=xtickunits,
            ytickunits=ytickunits,
            xstyle=int(st.x.style if xstyle is None else xstyle),
            ystyle=int(st.y.style if ystyle is None else ystyle))
    _draw_ticks(dict(xticks=xticks, yticks=yticks, xtickv=xtickv, ytickv=ytickv,
                     xticklen=xticklen, yticklen=yticklen, ticklen=ticklen, xminor=xminor,
                     yminor=yminor, xtickname=xtickname, ytickname=ytickname,
                     xtickformat=xtickformat, ytickformat=ytickformat, xstyle=xstyle,
                     ystyle=ystyle, color=color))
    if not nodata:
        _draw_lines(xv, yv, "data", color=color, psym=psym, linestyle=linestyle,
                    thick=thick, min_value=min_value, max_value=max_value,
                    symsize=symsize, clip_rect=_clip(clip, noclip, False, "data"))
    if pt.t3d_active(t3d):
        items = st.surface().items
        items[start:] = pt.project_items(items[start:], zvalue or 0.0)
    if xtick_get or ytick_get:
        from compat._core.raster_graphics import axis_ticks
        out = {}
        for name, want, ax, n, v in (("xtick_get", xtick_get, st.x, xticks, xtickv),
                                     ("ytick_get", ytick_get, st.y, yticks, ytickv)):
            if want:
                out[name] = axis_ticks(ax.crange, log=int(ax.type) == 1,
                                       ticks=int(ax.ticks if n is None else n),
                                       tickv=v)
        return PlotResult(**out)
    return None


def _draw_ticks(kw):
    """The tick marks and labels of the last PLOT/CONTOUR axes
    (:mod:`compat._core.tick_marks`), added to the display list."""
    from compat._core.tick_marks import tick_items
    st = core.STATE
    wx = st.x.window.astype(np.float64) * float(st.d.x_vsize)
    wy = st.y.window.astype(np.float64) * float(st.d.y_vsize)
    clip = (wx[0], wy[0], wx[1], wy[1])          # the plot window in device units
    base = kw.get("ticklen")
    base = float(st.p.ticklen) if base is None else float(base)
    color = int(st.p.color if kw.get("color") is None else kw["color"])
    items = st.surface().items
    for a, ax in (("x", st.x), ("y", st.y)):
        own = kw.get(f"{a}ticklen")
        own = float(ax.ticklen) if own is None else float(own)
        style = kw.get(f"{a}style")
        items.extend(tick_items(
            a, ax.crange, clip, log=int(ax.type) == 1,
            ticks=int(ax.ticks if kw.get(f"{a}ticks") is None else kw[f"{a}ticks"]),
            tickv=kw.get(f"{a}tickv"), ticklen=own if own != 0 else base,
            minor=kw.get(f"{a}minor") if kw.get(f"{a}minor") is not None else
            (int(ax.minor) or None), tickname=kw.get(f"{a}tickname"),
            tickformat=kw.get(f"{a}tickformat"),
            style=int(ax.style if style is None else style), color=color,
            ch_size=int(st.d.y_ch_size)))


def _draw_axis(which, crange, log, side, pos, kw):
    """AXIS's line, tick marks and labels (:mod:`compat._core.tick_marks`): along the
    plot window's bottom/left edge (XAXIS=0 / YAXIS=0) or top/right edge (=1), or at
    the given device position; ticks point into the window, labels outside."""
    from compat._core.tick_marks import tick_items
    st = core.STATE
    wx = st.x.window.astype(np.float64) * float(st.d.x_vsize)
    wy = st.y.window.astype(np.float64) * float(st.d.y_vsize)
    color = int(st.p.color if kw.get("color") is None else kw["color"])
    style = int((st.x if which == "x" else st.y).style if kw.get("style") is None
                else kw["style"])
    if style & 4:
        return
    lo, hi = (wy if which == "x" else wx)
    at = (hi if side else lo) if pos is None else pos
    depth = (hi - lo) * (-1.0 if side else 1.0)
    if which == "x":
        window = (wx[0], at, wx[1], at + depth)
        line = ([wx[0], wx[1]], [at, at])
    else:
        window = (at, wy[0], at + depth, wy[1])
        line = ([at, at], [wy[0], wy[1]])
    ticklen = kw.get("ticklen")
    ticklen = float(st.p.ticklen) if ticklen is None else float(ticklen)
    items = st.surface().items
    items.append(("lines", np.asarray(line[0], np.float64), np.asarray(line[1], np.float64),
                  {"color": color, "ch_size": int(st.d.y_ch_size), "ticks": which}))
    items.extend(tick_items(which, crange, window, log=log, ticks=int(kw.get("ticks") or 0),
                            tickv=kw.get("tickv"), ticklen=ticklen, minor=kw.get("minor"),
                            tickname=kw.get("tickname"), tickformat=kw.get("tickformat"),
                            style=style | 8, color=color, ch_size=int(st.d.y_ch_size),
                            labels_outside_end=bool(side)))


class PlotResult(Result):
    """PLOT's output keywords XTICK_GET and YTICK_GET (DOUBLE tick values)."""

    xtick_get: np.ndarray
    ytick_get: np.ndarray


def _clip(clip, noclip, default_noclip, system):
    st = core.STATE
    if noclip is None and not default_noclip:
        noclip = bool(st.p.noclip)
    return gk.clip_rectangle(clip, noclip, default_noclip=default_noclip, system=system,
                             convert=core.convert, p_clip=st.p.clip[:4])


def _draw_lines(xv, yv, system, min_value=None, max_value=None, clip_rect=None, **props):
    xv = np.asarray(xv, np.float64)
    yv = np.asarray(yv, np.float64)
    missing = ~np.isfinite(yv)
    if min_value is not None:
        missing |= yv < float(min_value)
    if max_value is not None:
        missing |= yv > float(max_value)
    xd, yd = _to_device(xv, np.where(missing, np.nan, yv), system)
    psym = int(props.get("psym") or 0)
    if clip_rect is not None and psym not in (0, 10):
        # symbols: the points outside are dropped; the line (PSYM < 0) is cut apart
        keep = gk.inside(xd, yd, clip_rect)
        if psym < 0:
            lx, ly = gk.clip_polyline(xd, yd, clip_rect)
            _record("lines", lx, ly, **dict(props, psym=0))
        _record("lines", xd[keep], yd[keep], **dict(props, psym=abs(psym)))
        return
    if clip_rect is not None:
        xd, yd = gk.clip_polyline(xd, yd, clip_rect)
    _record("lines", xd, yd, **props)


@idl_routine("OPLOT")
def oplot(x, y=None, *, color=None, psym=None, linestyle=None, thick=None,
          symsize=None, min_value=None, max_value=None, clip=None, noclip=None, t3d=None,
          zvalue=None, polar=False):
    """Draw over the last PLOT with its coordinate system, as IDL's ``OPLOT, [X,] Y``.

    OPLOT changes no system variable (the ranges stay those of the PLOT). The lines
    are clipped to !P.CLIP unless NOCLIP (or !P.NOCLIP) is set; CLIP=[x0, y0, x1, y1]
    (data units) clips to another rectangle (IDL's CLIP page). GDL 1.0.1 clips OPLOT
    with /NOCLIP too (compat follows IDL's page). /POLAR: X is the radius, Y the
    angle in radians, as PLOT's. /T3D (or !P.T3D): the lines are drawn in the plane
    of normal Z = ZVALUE (default 0) and projected through !P.T, as PLOT's.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z'); idl.plot([3, 4], [5, 6]); idl.oplot([100, 200], [-5, 7])
    >>> idl.sysvar('!x').crange.tolist()
    [3.0, 4.0]
    """
    yv = _values(x if y is None else y, "Y")
    xv = np.arange(yv.size, dtype=np.float32) if y is None else _values(x, "X")
    n = min(xv.size, yv.size)
    xv, yv = xv[:n], yv[:n]
    if polar:
        if y is None:
            raise CompatValueError("/POLAR needs both the radius and the angle.")
        xv, yv = pt.polar_xy(xv, yv)
    items = core.STATE.surface().items
    start = len(items)
    _draw_lines(xv, yv, "data", color=color, psym=psym, linestyle=linestyle,
                thick=thick, min_value=min_value, max_value=max_value, symsize=symsize,
                clip_rect=_clip(clip, noclip, False, "data"))
    if pt.t3d_active(t3d):
        items[start:] = pt.project_items(items[start:], zvalue or 0.0)


def _system(data, normal, device):
    if sum(bool(v) for v in (data, normal, device)) > 1:
        raise CompatValueError("Only one of DATA, NORMAL, DEVICE may be set.")
    return "normal" if normal else "device" if device else "data"


@idl_routine("PLOTS")
def plots(x, y=None, z=None, *, data=False, normal=False, device=False, color=None,
          psym=None, linestyle=None, thick=None, continue_=False, clip=None,
          noclip=None, symsize=None, t3d=None):
    """Draw lines or points at coordinates, as IDL's ``PLOTS, X, Y [, /DATA | /NORMAL |
    /DEVICE]`` (a (2, n) array as X alone is the points, IDL's layout ``(n, 2)`` here).

    PLOTS does not clip by default (IDL's CLIP page: "The default is not to clip the
    output of PLOTS and XYOUTS. To enable clipping include the keyword parameter
    NOCLIP = 0"): with NOCLIP=0 the lines are cut to CLIP=[x0, y0, x1, y1] (in the
    coordinate system of the call), else to !P.CLIP; device pixels ``x0 .. x1`` are
    kept, as GDL 1.0.1 draws. SYMSIZE scales PSYM's symbols. /T3D (or !P.T3D): each
    point, with its Z (default 0; a (3, n) X holds it), goes through ![XYZ].S (data)
    and !P.T (:mod:`compat._core.plot_transforms`); Z is ignored without /T3D.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z'); idl.plots([0.1, 0.9], [0.5, 0.5], normal=True)
    """
    system = _system(data, normal, device)
    if y is None:
        a = idl_array(x, "X", complex_ok=False)
        if a.ndim != 2 or a.shape[-1] not in (2, 3):
            raise CompatValueError("X alone must be a (2, n) or (3, n) array.")
        xv, yv = a[:, 0].astype(np.float64), a[:, 1].astype(np.float64)
        if a.shape[-1] == 3 and z is None:
            z = a[:, 2]
    else:
        xv, yv = _values(x, "X"), _values(y, "Y")
        if xv.size != yv.size:
            raise CompatValueError("X and Y must have the same number of elements.")
    if pt.t3d_active(t3d):
        zv = None
        if z is not None:
            zv = _values(z, "Z").astype(np.float64)
            if zv.size not in (1, xv.size):
                raise CompatValueError("Z must have the number of elements of X.")
        clip_rect = _clip(clip, noclip, True, system)
        xv, yv = pt.project_points(xv, yv, zv, system)
        system = "device"
    else:
        clip_rect = _clip(clip, noclip, True, system)
    _draw_lines(xv, yv, system, color=color, psym=psym, linestyle=linestyle, thick=thick,
                symsize=symsize, clip_rect=clip_rect)


@idl_routine("XYOUTS")
def xyouts(x, y, string, *, data=False, normal=False, device=False, alignment=None,
           charsize=None, color=None, orientation=None, font=None, size=None,
           charthick=None, clip=None, noclip=None, text_axes=None, width=False,
           t3d=None, z=None):
    """Write text at a position, as IDL's ``XYOUTS, X, Y, String [, /NORMAL ...]
    [, ALIGNMENT=] [, CHARSIZE=] [, ORIENTATION=] [, WIDTH=w]`` (recorded in the display
    list; SIZE= is IDL's obsolete synonym of CHARSIZE=, CHARTHICK= is recorded).

    ``XYOUTS, x, y, s, WIDTH=w`` is ``w = idl.xyouts(x, y, s, width=True).width``: the
    width of the string in normal units, FLOAT (the last string's with several).
    compat measures it as GDL 1.0.1 does: every character ``20/13 !D.X_CH_SIZE``
    device units wide, times CHARSIZE (else !P.CHARSIZE, else 1), over !D.X_VSIZE;
    ORIENTATION does not change it. Real IDL measures its proportional Hershey
    characters, so its widths differ per character (an "i" is narrower than a "W");
    embedded formatting commands take no width (:mod:`compat._core.graphics_keywords`).

    XYOUTS does not clip unless NOCLIP=0 (IDL's CLIP page); then a string whose
    position lies outside CLIP (or !P.CLIP) is not drawn (compat's rule: IDL cuts
    vector characters at the edge). /T3D (or !P.T3D): the position, with Z (default
    0), goes through ![XYZ].S (data) and !P.T; the characters are not turned
    (TEXT_AXES is recorded).

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z'); idl.xyouts(0.5, 0.5, 'Hello', normal=True, alignment=0.5)
    >>> float(idl.xyouts(0.1, 0.1, 'Hello', normal=True, width=True).width)
    0.09615384787321091
    """
    system = _system(data, normal, device)
    if charsize is None and size is not None:
        charsize = size           # SIZE: IDL's obsolete name of CHARSIZE
    xv, yv = _values(x, "X"), _values(y, "Y")
    text = np.asarray(string, dtype=str).reshape(-1)
    if pt.t3d_active(t3d):
        zv = None if z is None else _values(z, "Z").astype(np.float64)
        if zv is not None and zv.size not in (1, xv.size):
            raise CompatValueError("Z must have the number of elements of X.")
        xd, yd = pt.project_points(xv, yv, zv, system)
    else:
        xd, yd = _to_device(xv.astype(np.float64), yv.astype(np.float64), system)
    keep = gk.inside(xd, yd, _clip(clip, noclip, True, system))
    for k in range(xd.size):
        if keep[k]:
            _record("text", xd[k], yd[k], str(text[min(k, text.size - 1)]),
                    alignment=alignment, charsize=charsize, color=color,
                    orientation=orientation, charthick=charthick)
    if width:
        st = core.STATE
        cs = float(charsize) if charsize else (float(st.p.charsize) or 1.0)
        last = str(text[-1]) if text.size else ""
        return XyoutsResult(width=gk.text_width(last, cs, x_ch_size=st.d.x_ch_size,
                                                x_vsize=st.d.x_vsize))
    return None


class XyoutsResult(Result):
    """XYOUTS's output keyword WIDTH (FLOAT, normal units)."""

    width: np.float32


@idl_routine("AXIS")
def axis(x0=None, y0=None, z0=None, *, xaxis=None, yaxis=None, xrange=None,
         yrange=None, xstyle=None, ystyle=None, xlog=None, ylog=None, save=False,
         data=False, normal=False, device=False, ynozero=False, xtitle=None,
         ytitle=None, color=None, charsize=None, charthick=None, font=None,
         nodata=False, noerase=False, subtitle=None, t3d=False, ticklen=None,
         zvalue=None, xcharsize=None, ycharsize=None, xgridstyle=None, ygridstyle=None,
         xmargin=None, ymargin=None, xminor=None, yminor=None, xthick=None, ythick=None,
         xtickformat=None, ytickformat=None, xtickinterval=None, ytickinterval=None,
         xticklayout=None, yticklayout=None, xticklen=None, yticklen=None,
         xtickname=None, ytickname=None, xticks=None, yticks=None, xtickunits=None,
         ytickunits=None, xtickv=None, ytickv=None):
    """Draw an axis, as IDL's ``AXIS [, X0, Y0] [, XAXIS=0|1 | YAXIS=0|1] [, XRANGE=]
    [, YRANGE=] [, XSTYLE=] [, YSTYLE=] [, /XLOG] [, /YLOG] [, /SAVE]``.

    The axis spans the current plot window; with a range it gets its own CRANGE (the
    same rounding as PLOT) and, with /SAVE, !X.CRANGE/!X.S (or !Y's) take it, so later
    OPLOTs use the new axis (IDL's second-axis idiom). The tick and annotation
    keywords (FONT, CHARTHICK, TICKLEN, [XY]TICKLEN, [XY]MINOR, [XY]TICKNAME,
    [XY]TICKFORMAT, [XY]TICKS, [XY]TICKV ...) are recorded with the axis. /T3D (or
    !P.T3D): the axis is drawn in the plane of normal Z = ZVALUE (default 0) and
    projected through !P.T, as PLOT's. The axis is drawn for TVRD: its line along the
    window's bottom/left edge (XAXIS=0 / YAXIS=0), top/right edge (=1) or at X0/Y0,
    ticks pointing into the window, labels outside (:mod:`compat._core.tick_marks`),
    with the given range even without /SAVE.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z'); idl.plot([1, 2], [1, 2], position=[0.1, 0.1, 0.9, 0.9])
    >>> idl.axis(yaxis=1, yrange=[0, 130], save=True)
    >>> idl.sysvar('!y').crange.tolist()
    [0.0, 150.0]
    """
    _system(data, normal, device)
    st = core.STATE
    start = len(st.surface().items)
    which = "y" if yaxis is not None or (yrange is not None and xaxis is None) else "x"
    ax = st.y if which == "y" else st.x
    given = yrange if which == "y" else xrange
    style = (ystyle if which == "y" else xstyle)
    log = ylog if which == "y" else xlog
    if given is not None or log is not None:
        log = bool(log) if log is not None else int(ax.type) == 1
        if given is None:
            c = ax.crange
            given = 10.0 ** c if int(ax.type) == 1 else c
        g = np.asarray(given, np.float64).reshape(-1)[:2]
        crange = core.axis_range(None, given=g, style=int(ax.style if style is None
                                                         else style), log=log)
        if save:
            ax.crange = crange
            ax.type = 1 if log else 0
            ax.s = core.scaling(ax.window.astype(np.float64), ax.crange)
    pick = (lambda xv, yv: xv if which == "x" else yv)
    drawn = crange if (given is not None or log is not None) else tuple(ax.crange)
    side = int(pick(xaxis, yaxis) or 0)
    pos = pick(y0, x0)
    if pos is not None:
        pt = np.zeros((1, 3))
        pt[0, 1 if which == "x" else 0] = float(np.asarray(pos).reshape(-1)[0])
        pos = float(core.convert(pt, _system(data, normal, device), "device")
                    [0, 1 if which == "x" else 0])
    _draw_axis(which, drawn, bool(log) if log is not None else int(ax.type) == 1,
               side, pos, dict(ticks=pick(xticks, yticks), tickv=pick(xtickv, ytickv),
                               ticklen=pick(xticklen, yticklen) if pick(xticklen, yticklen)
                               is not None else ticklen, minor=pick(xminor, yminor),
                               tickname=pick(xtickname, ytickname),
                               tickformat=pick(xtickformat, ytickformat),
                               style=pick(xstyle, ystyle), color=color))
    _record("axis", which, drawn, title=pick(xtitle, ytitle), color=color,
            charsize=charsize, charthick=charthick, font=font, subtitle=subtitle,
            ticklen=pick(xticklen, yticklen) if pick(xticklen, yticklen) is not None
            else ticklen, axis_charsize=pick(xcharsize, ycharsize),
            gridstyle=pick(xgridstyle, ygridstyle), minor=pick(xminor, yminor),
            axis_thick=pick(xthick, ythick), tickformat=pick(xtickformat, ytickformat),
            tickinterval=pick(xtickinterval, ytickinterval),
            ticklayout=pick(xticklayout, yticklayout), tickname=pick(xtickname, ytickname),
            ticks=pick(xticks, yticks), tickunits=pick(xtickunits, ytickunits),
            tickv=pick(xtickv, ytickv))
    from compat._core import plot_transforms
    if plot_transforms.t3d_active(t3d):      # ('pt' is a point here)
        items = st.surface().items
        items[start:] = plot_transforms.project_items(items[start:], zvalue or 0.0)


@idl_routine("CONVERT_COORD")
def convert_coord(x, y=None, z=None, *, data=False, device=False, normal=False,
                  to_data=False, to_device=False, to_normal=False, double=False,
                  t3d=False):
    """Convert coordinates between the DATA, NORMAL and DEVICE systems, as IDL's
    ``CONVERT_COORD``.

    IDL call form::

        Result = CONVERT_COORD(X [, Y [, Z]] [, /DATA | /DEVICE | /NORMAL]
                               [, /TO_DATA | /TO_DEVICE | /TO_NORMAL] [, /DOUBLE])

        ->  r = idl.convert_coord(x, y, data=True, to_device=True)

    Parameters
    ----------
    x, y, z : array_like
        The coordinates; X alone may be a (2, n) or (3, n) IDL array (``(n, 2)``,
        ``(n, 3)`` here). Z defaults to 0.
    data, device, normal : bool
        The input system (default DATA).
    to_data, to_device, to_normal : bool
        The output system (one is required, as in IDL).
    double : bool
        A DOUBLE result (also when an input is DOUBLE); FLOAT otherwise.

    Returns
    -------
    ndarray
        IDL's ``(3, n)`` array in readsav layout: shape ``(n, 3)``, each row x, y, z;
        ``(3,)`` for one scalar point.

    Notes
    -----
    DATA to NORMAL is ``!X.S[0] + !X.S[1] * x`` (``log10(x)`` on a log axis), NORMAL to
    DEVICE ``x * !D.X_VSIZE``; the inverses the other way. Z goes through !Z.S. Without
    the sysvars of the last PLOT a port has nothing to convert with: that is why PLOT
    keeps them here. /T3D: the point goes through ![XYZ].S (from DATA) and !P.T to
    NORMAL or DEVICE, its Z the projected depth (:mod:`compat._core.plot_transforms`);
    /T3D to DATA (the inverse) raises.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z')
    >>> idl.sysvar('!z').s = [0.0, 1.0]   # z as in a fresh session (SURFACE sets !Z.S)
    >>> idl.plot([0, 10], [0, 100], position=[0.1, 0.1, 0.9, 0.9])
    >>> idl.convert_coord(5.0, 50.0, data=True, to_device=True).round(4)
    array([320., 240.,   0.])
    >>> idl.convert_coord([0, 640], [0, 480], device=True, to_normal=True)
    array([[0., 0., 0.],
           [1., 1., 0.]], dtype=float32)
    """
    source = _system(data, normal, device)
    if sum(bool(v) for v in (to_data, to_device, to_normal)) != 1:
        raise CompatValueError("Exactly one of TO_DATA, TO_DEVICE, TO_NORMAL must be set.")
    target = "data" if to_data else "normal" if to_normal else "device"
    xa = idl_array(x, "X", complex_ok=False)
    arrays = [xa]
    if y is None:
        if xa.ndim != 2 or xa.shape[-1] not in (2, 3):
            raise CompatValueError("X alone must be a (2, n) or (3, n) array.")
        pts = np.zeros((xa.shape[0], 3))
        pts[:, :xa.shape[-1]] = xa
        scalar = False
    else:
        ya = idl_array(y, "Y", complex_ok=False)
        arrays.append(ya)
        za = None
        if z is not None:
            za = idl_array(z, "Z", complex_ok=False)
            arrays.append(za)
        n = xa.size
        if ya.size != n or (za is not None and za.size != n):
            raise CompatValueError("X, Y and Z must have the same number of elements.")
        pts = np.zeros((n, 3))
        pts[:, 0], pts[:, 1] = xa.reshape(-1), ya.reshape(-1)
        if za is not None:
            pts[:, 2] = za.reshape(-1)
        scalar = xa.ndim == 0 and n == 1
    if t3d:
        out = pt.convert_t3d(pts, source, target)
    else:
        out = core.convert(pts, source, target)
    dbl = double or any(a.dtype == np.float64 for a in arrays)
    out = out.astype(np.float64 if dbl else np.float32)
    return out[0] if scalar else out
