"""IDL 3-D direct graphics of gridded surfaces: SURFACE (hidden-line wire mesh),
SHADE_SURF (light-source shaded surface), SET_SHADING, and the library's SURFR and
SCALE3D (!P.T), on the devices and system variables of :mod:`compat.idl.direct_graphics`
(over :mod:`compat._core.surface_graphics`, whose docstring gives the rules and sources).
"""

from __future__ import annotations

import numpy as np

from compat._core import direct_graphics as dg
from compat._core import surface_graphics as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["surface", "shade_surf", "set_shading", "surfr", "scale3d", "plot_3dbox"]


def _angle(v, name, default):
    if v is None:
        return default
    a = idl_array(v, name, complex_ok=False).reshape(-1)
    if a.size != 1 or not np.isfinite(float(a[0])):
        raise CompatValueError(f"{name} must be a finite scalar.")
    return float(np.float32(a[0]))      # IDL reads AX and AZ as FLOAT


@idl_routine("SURFR")
def surfr(*, ax=None, az=None):
    """Set up SURFACE's 3-D view transformation in !P.T, as IDL's library routine
    ``SURFR``.

    IDL call form::

        SURFR [, AX=degrees] [, AZ=degrees]

        ->  idl.surfr(ax=30, az=30)     # then idl.sysvar('!p').t

    Parameters
    ----------
    ax, az : float, optional
        The rotations about X and Z in degrees (default 30 each).

    Returns
    -------
    ndarray (4, 4) float64
        The new !P.T (readsav layout; also stored in the system variable): T3D /RESET,
        TRANSLATE=[-.5, -.5, -.5], ROTATE=[-90, AZ, 0], ROTATE=[AX, 0, 0], then
        :func:`scale3d`. It differs from ``idl.scale3(ax=, az=)`` (SCALE3 scales by
        1/sqrt(3) instead of fitting the cube).

    Notes
    -----
    Source: IDL/PV-WAVE Reference, SURFR (its five documented steps, the last one
    SCALE3D's). GDL 1.0.1 has no surfr.pro: the golden suite ``idl/surface_graphics``
    runs the documented steps with GDL's T3D.

    Examples
    --------
    >>> from compat import idl
    >>> t = idl.surfr()
    >>> bool((t == idl.sysvar('!p').t).all()), t.shape
    (True, (4, 4))
    """
    t = core.surfr(_angle(ax, "AX", 30.0), _angle(az, "AZ", 30.0))
    dg.STATE.p.t = t
    return t


@idl_routine("SCALE3D")
def scale3d():
    """Scale !P.T so the transformed unit cube fits the unit cube, as IDL's library
    routine ``SCALE3D``.

    IDL call form::

        SCALE3D

        ->  idl.scale3d()

    Returns
    -------
    ndarray (4, 4) float64
        The new !P.T: the eight corners of the unit cube are transformed (and divided by
        their homogeneous coordinate), then T3D TRANSLATE=-min, SCALE=1/(max - min) (a
        flat Z extent counts as 1). Source: IDL's scale3d.pro (its documented procedure).

    Examples
    --------
    >>> from compat import idl
    >>> idl.sysvar('!p').t = idl.t3d(reset=True, scale=[2, 4, 1])
    >>> idl.scale3d().diagonal().tolist()
    [1.0, 1.0, 1.0, 1.0]
    """
    t = core.scale3d(dg.STATE.p.t)
    dg.STATE.p.t = t
    return t


@idl_routine("SET_SHADING")
def set_shading(*, gouraud=None, light=None, reject=None, values=None):
    """Set the light source shading SHADE_SURF uses, as IDL's ``SET_SHADING``.

    IDL call form::

        SET_SHADING [, /GOURAUD] [, LIGHT=[x, y, z]] [, /REJECT] [, VALUES=[d, b]]

        ->  idl.set_shading(light=[0.5, 0.5, 1], values=[10, 200])

    Parameters
    ----------
    gouraud : bool, optional
        Interpolate the shading across each polygon (IDL's default on).
    light : sequence of 3 numbers, optional
        The direction of the light, in the projected (normal) space (default
        ``[0, 0, 1]``: from the viewer).
    reject : bool, optional
        Recorded (IDL's default on: polygons facing away are rejected; compat shades
        both sides, see :mod:`compat._core.surface_graphics`).
    values : sequence of 2 numbers, optional
        The darkest and brightest colour indices (default ``[0, !D.N_COLORS - 1]``).

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_shading(light=[0, 0, 1], values=[0, 255])
    """
    sh = core.SHADING
    if light is not None:
        v = idl_array(light, "LIGHT", complex_ok=False).reshape(-1).astype(np.float64)
        if v.size != 3 or not np.all(np.isfinite(v)) or not np.any(v):
            raise CompatValueError("LIGHT must be a nonzero 3-element vector.")
        sh["light"] = v
    if values is not None:
        v = idl_array(values, "VALUES", complex_ok=False).reshape(-1).astype(np.float64)
        if v.size != 2 or not np.all(np.isfinite(v)):
            raise CompatValueError("VALUES must have 2 elements.")
        sh["values"] = v
    if gouraud is not None:
        sh["gouraud"] = bool(gouraud)
    if reject is not None:
        sh["reject"] = bool(reject)


def _check_position(position):
    if position is not None:
        p = idl_array(position, "POSITION", complex_ok=False).reshape(-1)
        if p.size != 4:
            raise CompatValueError("Keyword array parameter POSITION must have 4 elements.")


def _grid(z, x, y):
    za = idl_array(z, "Z", complex_ok=False)
    xa = None if x is None else idl_array(x, "X", complex_ok=False)
    ya = None if y is None else idl_array(y, "Y", complex_ok=False)
    return core.check_grid(za, xa, ya)


def _setup(z, x, y, *, ax, az, t3d, save, xrange, yrange, zrange, xstyle, ystyle,
           zstyle, xlog, ylog, zlog, min_value, max_value, noerase, background):
    zz, xx, yy = _grid(z, x, y)
    good = np.isfinite(zz) & np.isfinite(xx) & np.isfinite(yy)
    if min_value is not None:
        good &= ~(zz < float(min_value))
    if max_value is not None:
        good &= ~(zz > float(max_value))
    st = dg.STATE
    core.surface_axes(xx, yy, zz[good], xrange=xrange, yrange=yrange, zrange=zrange,
                      xstyle=xstyle, ystyle=ystyle, zstyle=zstyle, xlog=xlog, ylog=ylog,
                      zlog=zlog)
    t = st.p.t if t3d else core.surfr(_angle(ax, "AX", 30.0), _angle(az, "AZ", 30.0))
    if save:
        st.p.t = t
    if not noerase and not st.p.noerase:
        st.erase(background)
    px, py, pz = core.project(xx, yy, zz, t)
    good &= np.isfinite(px) & np.isfinite(py) & np.isfinite(pz)
    return zz, xx, yy, t, px, py, pz, good


@idl_routine("SURFACE")
def surface(z, x=None, y=None, *, ax=None, az=None, bottom=None, horizontal=False,
            lower_only=False, upper_only=False, max_value=None, min_value=None,
            save=False, shades=None, skirt=None, xlog=False, ylog=False, zlog=False,
            zaxis=None, t3d=False, xrange=None, yrange=None, zrange=None, xstyle=None,
            ystyle=None, zstyle=None, color=None, background=None, noerase=False,
            nodata=False, title=None, subtitle=None, xtitle=None, ytitle=None,
            ztitle=None, charsize=None, thick=None, linestyle=None, lego=False,
            xtick_get=False, ytick_get=False, ztick_get=False,
            position=None, xmargin=None, ymargin=None, zmargin=None, xcharsize=None,
            ycharsize=None, zcharsize=None, charthick=None, font=None, ticklen=None,
            xticklen=None, yticklen=None, zticklen=None, xticks=None, yticks=None,
            zticks=None, xtickv=None, ytickv=None, ztickv=None, xtickname=None,
            ytickname=None, ztickname=None, xtickformat=None, ytickformat=None,
            ztickformat=None, xminor=None, yminor=None, zminor=None, xgridstyle=None,
            ygridstyle=None, zgridstyle=None, xthick=None, ythick=None, zthick=None,
            xtickinterval=None, ytickinterval=None, ztickinterval=None, noclip=None,
            clip=None):
    """Draw a wire-mesh surface with hidden lines removed, as IDL's ``SURFACE``.

    IDL call form::

        SURFACE, Z [, X, Y] [, AX=degrees] [, AZ=degrees] [, BOTTOM=index]
                 [, /HORIZONTAL] [, /LOWER_ONLY | , /UPPER_ONLY] [, MAX_VALUE=]
                 [, MIN_VALUE=] [, /SAVE] [, SHADES=array] [, SKIRT=value] [, /XLOG]
                 [, /YLOG] [, /ZLOG] [, ZAXIS={1|2|3|4}] [, /T3D] [, ZRANGE=] ...

        ->  idl.surface(z, x, y, ax=40, az=-20, skirt=0, save=True)

    Parameters
    ----------
    z : array_like, 2-D
        The elevations (numpy ``(ny, nx)``, readsav layout: ``z[j, i]`` is IDL's
        ``Z[i, j]`` at ``(X[i], Y[j])``).
    x, y : array_like, optional
        The grid: vectors of ``nx`` and ``ny`` values or 2-D arrays of Z's shape
        (default the indices).
    ax, az : float
        The rotations about X and Z in degrees (default 30 each): the view is SURFR's
        transformation (:func:`surfr`).
    t3d : bool
        /T3D: use !P.T as it is instead of AX and AZ.
    save : bool
        /SAVE: leave the transformation in !P.T (otherwise !P.T is unchanged).
    xrange, yrange, zrange, xstyle, ystyle, zstyle, xlog, ylog, zlog
        The axes, as PLOT's (see Notes).
    min_value, max_value : number
        Points outside are missing: their cells and mesh lines are not drawn.
    horizontal : bool
        /HORIZONTAL: only the lines of constant Y (along X).
    upper_only, lower_only : bool
        Draw only where the upper (lower) side of the surface is seen.
    bottom : int
        The colour of the lower side's lines (default the same as the upper side's).
    shades : array_like
        A colour index per point (Z's shape): each line piece takes its first point's.
    skirt : number
        Draw a skirt from the surface's edges down (or up) to Z = SKIRT.
    color, background, noerase, nodata, thick, linestyle
        As PLOT's.
    zaxis, title, subtitle, xtitle, ytitle, ztitle, charsize, lego
        Checked and recorded: compat does not draw the axes and their annotation yet;
        /LEGO raises.
    xtick_get, ytick_get, ztick_get : bool
        [XYZ]TICK_GET: return a ``SurfaceResult`` whose fields hold the major tick
        values of the asked axes (DOUBLE; PLOT's rule, see ``idl.plot``; TICKS and
        TICKV are honoured); without them SURFACE returns None.
    position, xmargin, ymargin, zmargin, ticks, tick values and names, tick formats,
    minor ticks, grid styles, axis thicknesses and character sizes, font, ticklen,
    clip, noclip
        Accepted as IDL's graphics keywords (POSITION must have 4 elements) so that a
        ported call runs; they change neither the system variables compat sets nor the
        drawing (the surface fills the page as SURFR's transformation maps it; the axes
        are not drawn).

    Notes
    -----
    ![XYZ].CRANGE are PLOT's autoscaled ranges of the grid (X, Y) and of the (valid) Z
    values; ![XYZ].S map them onto ``[0, 1]``; !P.T (with /SAVE) is SURFR's matrix.
    Drawing: the mesh lines are drawn in device pixels where they are in front of the
    surface (a depth buffer; see :mod:`compat._core.surface_graphics`). Checked
    against GDL 1.0.1 (golden suite ``idl/surface_graphics``: the axes); GDL's !P.T
    after SURFACE differs from the documented SURFR matrix (recorded as divergent) and
    GDL draws through PLplot, whose pixels compat does not reproduce.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.set_plot('Z')
    >>> idl.surface(np.outer(np.arange(5.0), np.arange(4.0)), save=True)
    >>> idl.sysvar('!z').crange.tolist(), idl.sysvar('!x').s.tolist()
    ([0.0, 12.0], [0.0, 0.3333333333333333])
    """
    if lego:
        raise CompatValueError("/LEGO is not supported.")
    _check_position(position)
    if upper_only and lower_only:
        raise CompatValueError("Conflicting keywords: UPPER_ONLY and LOWER_ONLY.")
    if zaxis is not None and int(zaxis) not in (0, 1, 2, 3, 4):
        raise CompatValueError("ZAXIS must be 0, 1, 2, 3 or 4.")
    zz, xx, yy, t, px, py, pz, good = _setup(
        z, x, y, ax=ax, az=az, t3d=t3d, save=save, xrange=xrange, yrange=yrange,
        zrange=zrange, xstyle=xstyle, ystyle=ystyle, zstyle=zstyle, xlog=xlog, ylog=ylog,
        zlog=zlog, min_value=min_value, max_value=max_value, noerase=noerase,
        background=background)
    st = dg.STATE
    ticks = _tick_result(xtick_get, ytick_get, ztick_get, (xticks, yticks, zticks),
                         (xtickv, ytickv, ztickv))
    if nodata:
        return ticks
    size = (int(st.d.x_vsize), int(st.d.y_vsize))
    sh = None
    if shades is not None:
        sh = idl_array(shades, "SHADES", complex_ok=False)
        if sh.shape != zz.shape:
            raise CompatValueError("SHADES must have the dimensions of Z.")
        sh = sh.astype(np.int64)
    extra, extra_lines = [], []
    col = int(st.p.color if color is None else color)
    if skirt is not None:
        sk = float(skirt)
        ring = ([(0, i) for i in range(zz.shape[1])] +
                [(j, zz.shape[1] - 1) for j in range(1, zz.shape[0])] +
                [(zz.shape[0] - 1, i) for i in range(zz.shape[1] - 2, -1, -1)] +
                [(j, 0) for j in range(zz.shape[0] - 2, 0, -1)] + [(0, 0)])
        rj = np.array([r[0] for r in ring])
        ri = np.array([r[1] for r in ring])
        bx, by, bz = core.project(xx[rj, ri], yy[rj, ri], np.full(rj.size, sk), t)
        tx, ty, tz = px[rj, ri], py[rj, ri], pz[rj, ri]
        n = rj.size
        ex = np.concatenate([tx, bx])
        ey = np.concatenate([ty, by])
        ez = np.concatenate([tz, bz])
        k = np.arange(n - 1)
        et = np.concatenate([np.stack([k, k + 1, n + k + 1], 1), np.stack([k, n + k + 1, n + k], 1)])
        extra.append((ex, ey, ez, et))
        ok = good[rj, ri]
        for m in range(n):
            if ok[m]:
                extra_lines.append((tx[m], ty[m], tz[m], bx[m], by[m], bz[m], col))
            if m < n - 1 and ok[m] and ok[m + 1]:
                extra_lines.append((bx[m], by[m], bz[m], bx[m + 1], by[m + 1], bz[m + 1], col))
    depth, upper = core.depth_buffer(size, px, py, pz, good, extra)
    which = "upper" if upper_only else "lower" if lower_only else "both"
    lines = core.mesh_lines(size, px, py, pz, good, depth, upper, horizontal=horizontal,
                            which=which, color=col,
                            bottom=None if bottom is None else int(bottom), shades=sh,
                            extra_lines=extra_lines)
    items = st.surface().items
    for lx, ly, c in lines:
        props = {"color": c, "ch_size": int(st.d.y_ch_size)}
        if thick is not None:
            props["thick"] = float(thick)
        if linestyle is not None:
            props["linestyle"] = int(linestyle)
        items.append(("lines", lx, ly, props))
    return ticks


class SurfaceResult(Result):
    """SURFACE's output keywords XTICK_GET, YTICK_GET, ZTICK_GET (DOUBLE tick values)."""

    xtick_get: np.ndarray
    ytick_get: np.ndarray
    ztick_get: np.ndarray


def _tick_result(xget, yget, zget, counts, values):
    if not (xget or yget or zget):
        return None
    from compat._core.raster_graphics import axis_ticks
    st = dg.STATE
    out = {}
    for name, want, ax, n, v in zip(("xtick_get", "ytick_get", "ztick_get"),
                                    (xget, yget, zget), (st.x, st.y, st.z), counts, values):
        if want:
            out[name] = axis_ticks(ax.crange, log=int(ax.type) == 1,
                                   ticks=int(ax.ticks if n is None else n), tickv=v)
    return SurfaceResult(**out)


class ShadeSurfResult(Result):
    """SHADE_SURF's output keyword IMAGE (BYTE, the device's pixels)."""

    image: np.ndarray
    xtick_get: np.ndarray
    ytick_get: np.ndarray
    ztick_get: np.ndarray


@idl_routine("SHADE_SURF")
def shade_surf(z, x=None, y=None, *, ax=None, az=None, image=False, pixels=None,
               save=False, shades=None, t3d=False, max_value=None, min_value=None,
               xlog=False, ylog=False, zlog=False, xrange=None, yrange=None, zrange=None,
               xstyle=None, ystyle=None, zstyle=None, background=None, noerase=False,
               nodata=False, title=None, subtitle=None, xtitle=None, ytitle=None,
               ztitle=None, charsize=None, color=None, zaxis=None,
            position=None, xmargin=None, ymargin=None, zmargin=None, xcharsize=None,
               ycharsize=None, zcharsize=None, charthick=None, font=None, ticklen=None,
               xticklen=None, yticklen=None, zticklen=None, xticks=None, yticks=None,
               zticks=None, xtickv=None, ytickv=None, ztickv=None, xtickname=None,
               ytickname=None, ztickname=None, xtickformat=None, ytickformat=None,
               ztickformat=None, xminor=None, yminor=None, zminor=None, xgridstyle=None,
               ygridstyle=None, zgridstyle=None, xthick=None, ythick=None, zthick=None,
               xtickinterval=None, ytickinterval=None, ztickinterval=None, noclip=None,
               clip=None, xtick_get=False, ytick_get=False, ztick_get=False,
               thick=None):
    """Draw a shaded surface, as IDL's ``SHADE_SURF``.

    IDL call form::

        SHADE_SURF, Z [, X, Y] [, AX=degrees] [, AZ=degrees] [, IMAGE=variable]
                    [, PIXELS=pixels] [, /SAVE] [, SHADES=array] [, /T3D] [, /XLOG]
                    [, /YLOG] [, /ZLOG] [, MAX_VALUE=] [, MIN_VALUE=] ...

        ->  r = idl.shade_surf(z, ax=45, image=True)     # r.image (IMAGE=)

    Parameters
    ----------
    z, x, y, ax, az, t3d, save, min_value, max_value, ranges, styles, logs
        As :func:`surface`'s.
    image : bool
        IMAGE=: return a ``ShadeSurfResult`` with the shaded image (BYTE, the device's
        size, readsav layout, row 0 at the bottom); the image is then not displayed,
        as IDL does.
    pixels : int, optional
        PIXELS=: checked (IDL uses it for devices with scalable pixels; compat's image
        is always the device's size).
    shades : array_like
        A colour index per point (Z's shape) instead of the light source model.
    background, noerase, nodata, title, subtitle, xtitle, ytitle, ztitle, charsize,
    color, zaxis, position, margins, tick and axis keywords, font, clip, noclip, thick
        As :func:`surface`'s.
    xtick_get, ytick_get, ztick_get : bool
        Output keywords: the major tick values of each axis (DOUBLE), as
        :func:`surface`'s, in the ``ShadeSurfResult`` (with IMAGE when asked).

    Notes
    -----
    The colours come from SET_SHADING's light model (:func:`set_shading`; the rule is
    in :mod:`compat._core.surface_graphics`), interpolated across each triangle of the
    grid's cells (Gouraud) and kept where the surface is nearest to the viewer. The
    axes and !P.T are SURFACE's; GDL 1.0.1 shades through PLplot, so only the axes are
    compared (golden suite ``idl/surface_graphics``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.set_plot('Z')
    >>> r = idl.shade_surf(np.outer(np.arange(5.0), np.arange(4.0)), image=True)
    >>> r.image.shape, r.image.dtype, bool(r.image.any())
    ((480, 640), dtype('uint8'), True)
    """
    if pixels is not None and not float(pixels) > 0:
        raise CompatValueError("PIXELS must be positive.")
    _check_position(position)
    zz, xx, yy, t, px, py, pz, good = _setup(
        z, x, y, ax=ax, az=az, t3d=t3d, save=save, xrange=xrange, yrange=yrange,
        zrange=zrange, xstyle=xstyle, ystyle=ystyle, zstyle=zstyle, xlog=xlog, ylog=ylog,
        zlog=zlog, min_value=min_value, max_value=max_value, noerase=noerase,
        background=background)
    st = dg.STATE
    size = (int(st.d.x_vsize), int(st.d.y_vsize))
    sh = None
    if shades is not None:
        sh = idl_array(shades, "SHADES", complex_ok=False)
        if sh.shape != zz.shape:
            raise CompatValueError("SHADES must have the dimensions of Z.")
    img = (np.zeros((size[1], size[0]), np.uint8) if nodata else
           core.shade_image(size, px, py, pz, good, sh))
    ticks = _tick_result(xtick_get, ytick_get, ztick_get, (xticks, yticks, zticks),
                         (xtickv, ytickv, ztickv))
    out = {} if ticks is None else dict(zip(ticks._fields, ticks))
    if image:
        return ShadeSurfResult(image=img, **out)
    if not nodata:
        st.surface().items.append(("image", 0, 0, img, {}))
    return ShadeSurfResult(**out) if out else None


@idl_routine("PLOT_3DBOX")
def plot_3dbox(x, y, z, *, color=None, background=None, xy_plane=False, yz_plane=False,
               xz_plane=False, solid_walls=False, psym=None, gridstyle=None, title=None,
               xtitle=None, ytitle=None, ztitle=None, subtitle=None, linestyle=None,
               xystyle=None, yzstyle=None, xzstyle=None, ax=None, az=None, xrange=None,
               yrange=None, zrange=None, xstyle=None, ystyle=None, zstyle=None,
               charsize=None, noerase=False):
    """Plot a 3-D line in a box with grid walls, as IDL's library routine
    ``PLOT_3DBOX``.

    IDL call form::

        PLOT_3DBOX, X, Y, Z [, /XY_PLANE] [, /YZ_PLANE] [, /XZ_PLANE] [, /SOLID_WALLS]
                    [, GRIDSTYLE=] [, PSYM=] [, LINESTYLE=] [, XYSTYLE=] [, XZSTYLE=]
                    [, YZSTYLE=] [, COLOR=] [, BACKGROUND=] [, AX=] [, AZ=] ...

        ->  idl.plot_3dbox(x, y, z, xy_plane=True, az=40, zrange=[0, 10])

    Parameters
    ----------
    x, y, z : array_like
        The points, vectors of one length.
    xy_plane, yz_plane, xz_plane : bool
        Also draw the line's projection on the Z = !Z.CRANGE[0], X = !X.CRANGE[1] and
        Y = !Y.CRANGE[1] walls (in XYSTYLE, YZSTYLE, XZSTYLE, default LINESTYLE).
    solid_walls : bool
        Fill the three walls with COLOR and draw the rest in BACKGROUND.
    gridstyle : int
        The grid lines' style (default 1, dotted).
    color, background, psym, linestyle
        As PLOT's (COLOR default !P.COLOR).
    ax, az, xrange, yrange, zrange, xstyle, ystyle, zstyle
        As :func:`surface`'s; ZRANGE defaults to ``[min(Z), max(Z)]`` (then rounded
        as an axis range, unless ZSTYLE has the exact bit).
    title, xtitle, ytitle, ztitle, subtitle, charsize, noerase
        Recorded (axis annotation is not drawn).

    Notes
    -----
    As plot_3dbox.pro (IDL's library, its documented procedure): SURFACE of a zero
    ``n x n`` array over X and Y with /NODATA, /SAVE and the Z range sets the axes and
    !P.T (SURFR's matrix); then the box's edges, the grid lines at the major ticks on
    the three back walls, the line (PLOTS /T3D) and the requested wall projections,
    all projected through !P.T into the display list. GDL 1.0.1 has no plot_3dbox.pro
    (and no /T3D for PLOTS): the axes it sets are SURFACE's, checked in the golden suite
    ``idl/surface_graphics``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.set_plot('Z')
    >>> t = np.linspace(0, 6, 40)
    >>> idl.plot_3dbox(np.cos(t), np.sin(t), t, xy_plane=True)
    >>> idl.sysvar('!z').crange.tolist()
    [0.0, 6.0]
    """
    from compat._core.raster_graphics import axis_ticks
    xv = idl_array(x, "X", complex_ok=False).reshape(-1).astype(np.float64)
    yv = idl_array(y, "Y", complex_ok=False).reshape(-1).astype(np.float64)
    zv = idl_array(z, "Z", complex_ok=False).reshape(-1).astype(np.float64)
    if not (xv.size == yv.size == zv.size) or xv.size < 2:
        raise CompatValueError("X, Y and Z arrays must have same number of elements")
    st = dg.STATE
    col = int(st.p.color if color is None else color)
    back = int(st.p.background if background is None else background)
    grid = 1 if gridstyle is None else int(gridstyle)
    line = 0 if linestyle is None else int(linestyle)
    if zrange is None:
        finite = zv[np.isfinite(zv)]
        zrange = [finite.min(), finite.max()] if finite.size else [0.0, 1.0]
    n = xv.size
    surface(np.zeros((n, n), np.float32), xv, yv, nodata=True, save=True, ax=ax, az=az,
            xrange=xrange, yrange=yrange, zrange=zrange, xstyle=xstyle, ystyle=ystyle,
            zstyle=zstyle, background=back, noerase=noerase, color=col)
    xc, yc, zc = st.x.crange, st.y.crange, st.z.crange
    data = [(v if int(a.type) == 0 else 10.0 ** v) for v, a in
            ((xc, st.x), (yc, st.y), (zc, st.z))]
    xc, yc, zc = data
    items = st.surface().items
    t = st.p.t

    def draw(px, py, pz, c, style=0, sym=0):
        dx, dy, _ = core.project(np.asarray(px, np.float64), np.asarray(py, np.float64),
                                 np.asarray(pz, np.float64), t)
        props = {"color": c, "linestyle": int(style), "ch_size": int(st.d.y_ch_size)}
        if sym:
            props["psym"] = int(sym)
        items.append(("lines", dx, dy, props))

    line_color = col
    if solid_walls:
        for wx, wy, wz in (([xc[0], xc[0], xc[1], xc[1]], [yc[0], yc[1], yc[1], yc[0]], [zc[0]] * 4),
                           ([xc[0], xc[0], xc[1], xc[1]], [yc[1]] * 4, [zc[0], zc[1], zc[1], zc[0]]),
                           ([xc[1]] * 4, [yc[0], yc[1], yc[1], yc[0]], [zc[0], zc[0], zc[1], zc[1]])):
            dx, dy, _ = core.project(np.array(wx), np.array(wy), np.array(wz), t)
            items.append(("fill", dx, dy, col, {}))
        line_color = back
    # the box: its twelve edges
    for a in (0, 1):
        for b in (0, 1):
            draw(xc, [yc[a]] * 2, [zc[b]] * 2, line_color)
            draw([xc[a]] * 2, yc, [zc[b]] * 2, line_color)
            draw([xc[a]] * 2, [yc[b]] * 2, zc, line_color)
    # the grid on the back walls at the major ticks
    ticks = [axis_ticks(a.crange, log=int(a.type) == 1) for a in (st.x, st.y, st.z)]
    for v in ticks[1]:
        draw([xc[1]] * 2, [v, v], zc, line_color, grid)
        draw(xc, [v, v], [zc[0]] * 2, line_color, grid)
    for v in ticks[2]:
        draw([xc[1]] * 2, yc, [v, v], line_color, grid)
        draw(xc, [yc[1]] * 2, [v, v], line_color, grid)
    for v in ticks[0]:
        draw([v, v], [yc[1]] * 2, zc, line_color, grid)
        draw([v, v], yc, [zc[0]] * 2, line_color, grid)
    draw(xv, yv, zv, line_color, line, 0 if psym is None else int(psym))
    if xy_plane:
        draw(xv, yv, np.full(n, zc[0]), line_color, line if xystyle is None else xystyle)
    if yz_plane:
        draw(np.full(n, xc[1]), yv, zv, line_color, line if yzstyle is None else yzstyle)
    if xz_plane:
        draw(xv, np.full(n, yc[1]), zv, line_color, line if xzstyle is None else xzstyle)
