"""IDL direct graphics, images and fills: TV, TVSCL, POLYFILL, USERSYM and TEK_COLOR, on
the devices of :mod:`compat.idl.direct_graphics` (over :mod:`compat._core.raster_graphics`).

What TV puts on the Z buffer comes back from TVRD bit for bit (``idl.tvrd()`` after
``idl.tv(b)`` is ``b``): images and fills are painted pixel by pixel, not through a
plotting package.
"""

from __future__ import annotations

import numpy as np

from compat._core import direct_graphics as core
from compat._core import raster_graphics as raster
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["tv", "tvscl", "polyfill", "usersym", "tek_color"]


def _system(data, normal, device, default="device"):
    if sum(bool(v) for v in (data, normal, device)) > 1:
        raise CompatValueError("Only one of DATA, NORMAL, DEVICE may be set.")
    return "data" if data else "normal" if normal else "device" if device else default


def _image(image, true):
    a = idl_array(image, "Image", complex_ok=False)
    if raster.check_true(true):
        raise CompatValueError("TRUE= images need a 24-bit surface: the Z buffer and the "
                               "virtual windows here hold colour indices (use "
                               "COLOR_QUAN or one channel).")
    if a.ndim == 1:
        a = a.reshape(1, -1)          # IDL shows a vector as one row
    if a.ndim != 2:
        raise CompatValueError(f"Image must be a 2-D array, not {a.ndim}-D.")
    return a


def _place(img, args, system, order):
    st = core.STATE
    size = (int(st.d.x_vsize), int(st.d.y_vsize))
    if order:
        img = img[::-1]
    if args[0] is None:
        x0, y0 = 0, 0
    elif args[1] is None:
        x0, y0 = raster.tv_origin(img.shape, size, int(args[0]))
    elif system == "device":
        x0, y0 = int(np.trunc(float(args[0]))), int(np.trunc(float(args[1])))
    else:
        pts = np.array([[float(args[0]), float(args[1]), 0.0]])
        d = core.convert(pts, system, "device")[0]
        x0, y0 = int(np.trunc(d[0])), int(np.trunc(d[1]))
    # DEVICE, SET_GRAPHICS_FUNCTION= (compat._core.raster_ops): 3 (copy) is IDL's default
    code = int(st.device_options.get(st.device_name, {}).get("set_graphics_function", 3))
    st.surface().items.append(("image", x0, y0, np.ascontiguousarray(img),
                               {} if code == 3 else {"function": code}))


@idl_routine("TV")
def tv(image, x=None, y=None, channel=None, *, order=False, true=0, data=False,
       device=False, normal=False, xsize=None, ysize=None, centimeters=False,
       inches=False, words=False):
    """Display an image, as IDL's ``TV``.

    IDL call forms::

        TV, Image [, Position] [, /ORDER] [, TRUE=0]
        TV, Image, X, Y [, /DATA | /DEVICE | /NORMAL] [, /ORDER]

        ->  idl.tv(b); idl.tv(b, 3); idl.tv(b, 100, 50); idl.tv(b, 0.5, 0.5, normal=True)

    Parameters
    ----------
    image : array_like
        A 2-D array (numpy ``(ny, nx)``, readsav layout: row 0 is IDL's first row,
        shown at the bottom); any integer or float type, shown as IDL's BYTE conversion
        (floats truncated, then the low 8 bits: 300.7 shows as 44, -1 as 255). A
        vector is one row.
    x, y : number
        The position of the image's lower-left corner (device pixels, or NORMAL/DATA
        coordinates, truncated to the pixel). With ``x`` alone it is the *position
        number*: the surface is tiled with image-sized cells from left to right, top
        to bottom.
    order : bool
        /ORDER: the first row at the top (IDL's !ORDER = 1).
    true : int
        0 only: the Z buffer and the virtual windows here hold colour indices, so a
        TRUE (RGB) image raises.
    channel, xsize, ysize, centimeters, inches, words
        Accepted (raster surfaces: XSIZE/YSIZE do not resample, as in IDL).

    Notes
    -----
    Pixels falling off the surface are dropped. ``idl.tvrd()`` reads the pixels back
    exactly. A naive numpy port (``canvas[y:y+ny, x:x+nx] = img.astype(np.uint8)``)
    wraps negative offsets, saturates or wraps floats differently from IDL's BYTE and
    knows nothing of the position numbers.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.set_plot('Z'); idl.device(set_resolution=[8, 6]); idl.erase()
    >>> idl.tv(np.arange(6, dtype=np.uint8).reshape(2, 3) + 1, 5)
    >>> idl.tvrd()[:2].tolist()
    [[0, 0, 0, 1, 2, 3, 0, 0], [0, 0, 0, 4, 5, 6, 0, 0]]
    >>> idl.tv([[300.7, -1.5]]); idl.tvrd(0, 0, 2, 1).tolist()
    [[44, 255]]
    >>> idl.device(set_resolution=[640, 480])
    """
    a = _image(image, true)
    _place(raster.byte_values(a), (x, y), _system(data, normal, device), order)


@idl_routine("TVSCL")
def tvscl(image, x=None, y=None, channel=None, *, order=False, true=0, data=False,
          device=False, normal=False, nan=False, top=None, xsize=None, ysize=None,
          centimeters=False, inches=False, words=False):
    """Scale an image to the colour table and display it, as IDL's ``TVSCL``.

    IDL call form::

        TVSCL, Image [, Position | X, Y] [, /NAN] [, TOP=] [, /ORDER] ...

        ->  idl.tvscl(img); idl.tvscl(img, 10, 20, nan=True)

    The image is ``BYTSCL(Image, TOP=!D.TABLE_SIZE - 1, NAN=)`` (IDL's float rule
    ``floor((top + 0.9999) (x - min) / (max - min))``, its integer rule for integer
    data) and then shown as by :func:`tv` (the same position forms and keywords).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.set_plot('Z'); idl.device(set_resolution=[8, 6]); idl.erase()
    >>> idl.tvscl(np.arange(6, dtype=np.float32).reshape(2, 3))
    >>> idl.tvrd(0, 0, 3, 2).tolist()
    [[0, 51, 102], [153, 204, 255]]
    >>> idl.device(set_resolution=[640, 480])
    """
    from compat.idl.numeric import bytscl
    a = _image(image, true)
    t = int(core.STATE.d.table_size) - 1 if top is None else int(top)
    scaled = bytscl(a, top=t, nan=bool(nan))
    _place(scaled, (x, y), _system(data, normal, device), order)


@idl_routine("POLYFILL")
def polyfill(x, y=None, z=None, *, color=None, data=False, device=False, normal=False,
             clip=None, noclip=None, fill_pattern=None, line_fill=False,
             orientation=None, spacing=None, linestyle=None, thick=None, t3d=None,
             pattern=None):
    """Fill a polygon, as IDL's ``POLYFILL, X, Y [, /DATA | /DEVICE | /NORMAL]
    [, COLOR=]``.

    Parameters
    ----------
    x, y : array_like
        The vertices (at least 3); X alone may be IDL's (2, n) array (numpy
        ``(n, 2)``). The polygon is closed automatically.
    color : int
        The colour index (default !P.COLOR).
    data, device, normal : bool
        The coordinate system (default DATA: the last PLOT's !X.S, !Y.S).
    line_fill, orientation, spacing, fill_pattern, clip, noclip, linestyle, thick
        Accepted; LINE_FILL (hatching) is recorded but painted solid.
    pattern : 2-D array
        PATTERN=: the filled pixels take the pattern's values (BYTE), the array
        repeated cyclically from device pixel (0, 0) (IDL's POLYFILL page;
        :mod:`compat._core.plot_transforms`).
    t3d : bool
        /T3D (or !P.T3D): the vertices, with Z (default 0; a (3, n) X holds it), go
        through ![XYZ].S (data) and !P.T before filling.

    Notes
    -----
    Device pixel ``(i, j)`` covers ``[i, i+1) x [j, j+1)`` and is filled when its
    centre is inside the polygon (even-odd rule): compat's rule, as IDL documents no
    pixel coverage. GDL 1.0.1 on the Z buffer draws a broken software fill (a few
    diagonal strokes) instead of the interior ("Driver does not support hardware solid
    fills"), so pixels are not compared with it.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z'); idl.device(set_resolution=[8, 6]); idl.erase()
    >>> idl.polyfill([1, 6, 6, 1], [1, 1, 4, 4], device=True, color=9)
    >>> int((idl.tvrd() == 9).sum()), idl.tvrd()[1].tolist()
    (15, [0, 9, 9, 9, 9, 9, 0, 0])
    >>> idl.device(set_resolution=[640, 480])
    """
    from compat._core import plot_transforms as pt
    system = _system(data, normal, device, "data")
    zv = None
    if y is None:
        a = idl_array(x, "X", complex_ok=False)
        if a.ndim != 2 or a.shape[-1] not in (2, 3):
            raise CompatValueError("X alone must be a (2, n) or (3, n) array.")
        xv, yv = a[:, 0].astype(np.float64), a[:, 1].astype(np.float64)
        if a.shape[-1] == 3:
            zv = a[:, 2].astype(np.float64)
    else:
        xv = idl_array(x, "X", complex_ok=False).reshape(-1).astype(np.float64)
        yv = idl_array(y, "Y", complex_ok=False).reshape(-1).astype(np.float64)
        if xv.size != yv.size:
            raise CompatValueError("X and Y must have the same number of elements.")
        if z is not None:
            zv = idl_array(z, "Z", complex_ok=False).reshape(-1).astype(np.float64)
            if zv.size not in (1, xv.size):
                raise CompatValueError("Z must have the number of elements of X.")
    if xv.size < 3:
        raise CompatValueError("Not enough valid and unique points specified.")
    if pt.t3d_active(t3d):
        dx, dy = pt.project_points(xv, yv, zv, system)
    else:
        pts = np.zeros((xv.size, 3))
        pts[:, 0], pts[:, 1] = xv, yv
        d = core.convert(pts, system, "device")
        dx, dy = d[:, 0], d[:, 1]
    st = core.STATE
    c = int(st.p.color if color is None else color)
    props = {"line_fill": bool(line_fill)}
    if pattern is not None:
        props["pattern"] = pt.check_pattern(pattern)
    st.surface().items.append(("fill", dx, dy, c, props))


@idl_routine("USERSYM")
def usersym(x, y=None, *, color=None, fill=False, thick=None):
    """Define the plotting symbol PSYM=8, as IDL's ``USERSYM, X [, Y] [, COLOR=]
    [, /FILL] [, THICK=]``.

    The vertices are in symbol units (one unit is the size of a standard symbol);
    IDL takes up to 50. X alone may be IDL's (2, n) array (numpy ``(n, 2)``). The
    definition is kept in the graphics state and recorded with every PLOT/OPLOT/PLOTS
    drawn with PSYM=8 (or -8).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> t = np.linspace(0, 2 * np.pi, 17)
    >>> idl.usersym(np.cos(t), np.sin(t), fill=True)
    >>> from compat._core import direct_graphics as core
    >>> core.STATE.usersym['x'].size, core.STATE.usersym['fill']
    (17, True)
    """
    if y is None:
        a = idl_array(x, "X", complex_ok=False)
        if a.ndim != 2 or a.shape[-1] != 2:
            raise CompatValueError("X alone must be a (2, n) array.")
        xv, yv = a[:, 0], a[:, 1]
    else:
        xv = idl_array(x, "X", complex_ok=False).reshape(-1)
        yv = idl_array(y, "Y", complex_ok=False).reshape(-1)
        if xv.size != yv.size:
            raise CompatValueError("X and Y must have the same number of elements.")
    if xv.size > 50:
        raise CompatValueError("USERSYM takes at most 50 vertices.")
    core.STATE.usersym = {"x": xv.astype(np.float32), "y": yv.astype(np.float32),
                          "fill": bool(fill), "color": color, "thick": thick}


@idl_routine("TEK_COLOR")
def tek_color(start_index=None, ncolors=None):
    """Load the 32 distinct colours of a Tektronix 4115 terminal, as IDL's library
    routine ``TEK_COLOR [, Start_index [, Ncolors]]``.

    Indices 0 black, 1 white, 2 red, 3 green, 4 blue, 5 cyan, 6 magenta, 7 yellow,
    8 orange, ... (tek_color.pro's header); each colour is given there in percent and
    scaled with BYTSCL (100 gives 255, 50 gives 127). ``ncolors`` (at most 32) of them
    are loaded from ``start_index`` (moved down so they fit in 256). As tek_color.pro
    does, the whole table is loaded: the other entries are the table of the last LOADCT
    (its COLORS common block), or a grey ramp when LOADCT was not called.

    Examples
    --------
    >>> from compat import idl
    >>> idl.tek_color()
    >>> t = idl.tvlct(get=True)
    >>> t.r[:9].tolist(), t.g[:9].tolist(), t.b[:9].tolist()
    ([0, 255, 255, 0, 0, 0, 255, 255, 255], [0, 255, 0, 255, 0, 255, 0, 255, 127], [0, 255, 0, 0, 255, 255, 212, 0, 0])
    >>> idl.loadct(0)
    """
    from compat.idl.numeric import bytscl
    st = core.STATE
    n = 32 if ncolors is None else int(ncolors)
    s0 = 0 if start_index is None else int(start_index)
    if not 1 <= n <= 32:
        raise CompatValueError(f"Ncolors must be 1 to 32: {n}.")
    common = getattr(st, "colors_common", None)
    if common is None:
        ramp = bytscl(np.arange(256, dtype=np.int16), min=0,
                      max=min(int(st.d.n_colors) - 1, 32767))
        common = np.repeat(ramp[:, None], 3, axis=1)
    table = np.array(common, dtype=np.uint8, copy=True)
    tek = np.stack([bytscl(np.array(c, dtype=np.int16)) for c in raster.TEK_PERCENT],
                   axis=1)[:n]
    s = min(s0, 256 - n)
    table[s:s + n] = tek
    st.table[:] = table
    st.colors_common = table.copy()
