"""IDL direct graphics, first slice: the devices and windows (SET_PLOT, DEVICE, WINDOW,
WSET, WDELETE, ERASE, TVRD) and the graphics system variables, over
:mod:`compat._core.direct_graphics`; PLOT's coordinate system (PLOT, OPLOT, PLOTS, XYOUTS,
AXIS, CONVERT_COORD) is the family :mod:`compat.idl.plotting`, the colour table (LOADCT,
TVLCT) the family :mod:`compat.idl.color_tables`.

What a ported program reads back is kept as IDL keeps it: ``idl.sysvar('!x').crange``
is IDL's ``!X.CRANGE`` after ``idl.plot(x, y)``; ``idl.sysvar('!p').multi = [0, 2, 2]``
is ``!P.MULTI = [0, 2, 2]``. Nothing is shown on a screen: X and WIN are virtual
windows, and what would be drawn is recorded as a display list (device coordinates).
"""

from __future__ import annotations

import numpy as np

from compat._core import direct_graphics as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["sysvar", "set_plot", "device", "get_screen_size", "window", "wset", "wdelete",
           "erase", "tvrd"]

_SYSVARS = {"!p": "p", "!x": "x", "!y": "y", "!z": "z", "!d": "d", "!map": "map"}


def sysvar(name: str):
    """An IDL graphics system variable (``'!p'``, ``'!x'``, ``'!y'``, ``'!z'``, ``'!d'``)
    or one of its tags (``'!x.crange'``).

    The variable is the live structure: read a tag as an attribute (``.crange``, a copy
    in IDL's type), assign one to change what the next PLOT uses
    (``idl.sysvar('!x').style = 1`` is IDL's ``!X.STYLE = 1``; an array tag is filled
    from a scalar, as ``!P.MULTI = 0`` does).

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z')
    >>> int(idl.sysvar('!d').x_size), int(idl.sysvar('!d.y_ch_size'))
    (640, 12)
    >>> idl.sysvar('!x').tags[:3]
    ['TITLE', 'TYPE', 'STYLE']
    """
    text = str(name).strip().lower()
    head, _, tag = text.partition(".")
    if head == "!mouse":                       # CURSOR's (compat._core.pointer)
        from compat._core.pointer import MOUSE
        return getattr(MOUSE, tag) if tag else MOUSE
    if head not in _SYSVARS:
        raise CompatValueError(f"Not a graphics system variable: {name} (!P, !X, !Y, !Z, "
                               f"!D).")
    var = getattr(core.STATE, _SYSVARS[head])
    if var is None:
        raise CompatValueError(f"{name}: !MAP is set by MAP_SET (none has run).")
    return getattr(var, tag) if tag else var


@idl_routine("SET_PLOT")
def set_plot(device_name, *, copy=False, interpolate=False):
    """Select the graphics device, as IDL's ``SET_PLOT``.

    IDL call form::

        SET_PLOT, Device [, /COPY] [, /INTERPOLATE]     ->  idl.set_plot('Z')

    Parameters
    ----------
    device_name : str
        ``'Z'`` (the Z buffer), ``'PS'``, ``'X'``, ``'WIN'`` (virtual windows here),
        ``'NULL'``; case-insensitive, as in IDL.
    copy, interpolate : bool
        Accepted (the colour table is one table here, kept across devices).

    Notes
    -----
    !D takes the device's values (IDL Reference Guide, SET_PLOT and "Supported
    Devices"): Z 640 x 480 with 8 x 12 characters, PS 17780 x 12700 units (1000 per cm)
    with 222 x 352 characters. !P.COLOR becomes the device's top colour (255, or
    16777215 when decomposed).

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('ps')
    >>> idl.sysvar('!d').name, int(idl.sysvar('!d').x_size)
    ('PS', 17780)
    >>> idl.set_plot('Z')
    """
    if isinstance(device_name, bytes):
        device_name = device_name.decode("latin-1")
    if not isinstance(device_name, str):
        raise CompatValueError("Device must be a string (Z, PS, X, WIN, NULL).")
    core.STATE.select(device_name)


class DeviceResult(Result):
    """DEVICE's output keywords."""

    get_decomposed: int
    get_screen_size: np.ndarray
    get_visual_depth: int
    get_pixel_depth: int
    window_state: np.ndarray
    get_graphics_function: int
    get_visual_name: str
    get_window_position: np.ndarray
    get_write_mask: int


@idl_routine("DEVICE")
def device(*, set_resolution=None, decomposed=None, get_decomposed=False,
           get_screen_size=False, get_visual_depth=False, window_state=False,
           close=False, close_file=False, filename=None, xsize=None, ysize=None,
           color=None, bits_per_pixel=None, encapsulated=None, landscape=None,
           portrait=None, inches=None, set_character_size=None, retain=None,
           z_buffering=None, set_pixel_depth=None, get_pixel_depth=False,
           xoffset=None, yoffset=None, scale_factor=None, preview=None, cmyk=None,
           font_size=None, set_font=None, tt_font=None, font_index=None, isolatin1=None,
           times=None, helvetica=None, courier=None, palatino=None, schoolbook=None,
           avantgarde=None, bkman=None, zapfchancery=None, zapfdingbats=None,
           symbol=None, bold=None, italic=None, oblique=None, narrow=None, light=None,
           medium=None, demi=None, book=None, pseudo_color=None, true_color=None,
           language_level=None, copy=None, set_graphics_function=None,
           get_graphics_function=False, close_document=False, index_color=None,
           get_visual_name=False, cursor_original=None, cursor_standard=None,
           cursor_crosshair=None, cursor_image=None, cursor_mask=None, cursor_xy=None,
           bypass_translation=None, direct_color=None, static_color=None,
           static_gray=None, glyph_cache=None, ordered=None, threshold=None,
           set_translation=None, translation=None, set_write_mask=None,
           set_colors=None, output=None, binary=None, get_window_position=False,
           get_write_mask=False):
    """Set or read the current device's options, as IDL's ``DEVICE``.

    IDL call forms::

        DEVICE, SET_RESOLUTION=[w, h]            ->  idl.device(set_resolution=[w, h])
        DEVICE, DECOMPOSED=0                     ->  idl.device(decomposed=0)
        DEVICE, GET_DECOMPOSED=d                 ->  d = idl.device(get_decomposed=True).get_decomposed
        DEVICE, GET_SCREEN_SIZE=s                ->  idl.device(get_screen_size=True).get_screen_size
        DEVICE, FILENAME='f.ps', XSIZE=, YSIZE=, /INCHES, /CLOSE (PS)
        DEVICE, COPY=[Xs, Ys, Nx, Ny, Xd, Yd [, W]]  ->  idl.device(copy=[...])
        DEVICE, SET_GRAPHICS_FUNCTION=6          ->  idl.device(set_graphics_function=6)

    Parameters
    ----------
    set_resolution : 2 numbers
        The Z buffer's size in pixels (!D.X_SIZE, !D.Y_SIZE); the buffer is cleared.
    decomposed : 0 or 1
        Colour values as indices into the table (0) or as 24-bit RGB (1).
    get_decomposed, get_screen_size, get_visual_depth, window_state : bool
        Output keywords: returned in a ``DeviceResult`` (the virtual screen is 1920 x
        1080, 24 bits deep; WINDOW_STATE lists which of windows 0..127 are open).
    xsize, ysize, inches : PS page size (cm, or inches with /INCHES).
    get_pixel_depth : bool
        Output keyword: the pixel depth (24, the virtual screen's and the Z buffer's
        default, as GDL 1.0.1 answers on the Z buffer).
    close, close_file, filename, color, bits_per_pixel, encapsulated, landscape,
    portrait, set_character_size, retain, z_buffering, set_pixel_depth
        Accepted (nothing is written to a file; SET_CHARACTER_SIZE sets !D.X_CH_SIZE
        and !D.Y_CH_SIZE).
    xoffset, yoffset, scale_factor, preview, cmyk, language_level, font_size, set_font,
    tt_font, font_index, isolatin1, times, helvetica, courier, palatino, schoolbook,
    avantgarde, bkman, zapfchancery, zapfdingbats, symbol, bold, italic, oblique,
    narrow, light, medium, demi, book, pseudo_color, true_color
        The PostScript page placement and hardware-font keywords and the X visual
        classes (IDL's DEVICE page, "Keywords" of the PS and X devices): accepted and
        recorded with the device (``device_options()`` of the state), with no effect on
        compat's numbers: no PostScript is written, vector (Hershey) characters keep
        !D's character size (FONT_SIZE sizes hardware fonts only), and GDL 1.0.1 warns
        and ignores most of them.

    copy : 6 or 7 integers
        COPY=[Xs, Ys, Nx, Ny, Xd, Yd [, W]]: the Nx x Ny pixels at (Xs, Ys) of window W
        (default the current window or Z buffer) copied bit for bit to (Xd, Yd) of the
        current one, as TVRD reads them (:mod:`compat._core.raster_ops`; GDL 1.0.1
        has no COPY, so no clone checks it).
    set_graphics_function : int
        The logical function, 0 .. 15 (X's GX codes: 3 copy, the default; 6 xor; 10
        invert ...) between the pixels TV and TVSCL write and those already there.
        Lines and text are always copied.
    get_graphics_function : bool
        Output keyword: the current function (LONG).
    close_document : bool
        /CLOSE_DOCUMENT (IDL's PRINTER and PDF-style devices: finish the document): as
        /CLOSE_FILE here (nothing is written).
    index_color : bool
        /INDEX_COLOR: colours are colour-table indices, as DECOMPOSED=0 (IDL's PRINTER
        device keyword, the counterpart of TRUE_COLOR).
    get_visual_name : bool
        Output keyword: the visual class of the (virtual 24-bit) display, 'TrueColor',
        as IDL answers on a 24-bit X or WIN display. GDL 1.0.1 does not take the
        keyword.
    get_window_position, get_write_mask : bool
        Output keywords: the window's position on the virtual screen ([0, 0], LONG)
        and the write mask (255, LONG; SET_WRITE_MASK= changes it).
    cursor_original, cursor_standard, cursor_crosshair, cursor_image, cursor_mask,
    cursor_xy, bypass_translation, direct_color, static_color, static_gray,
    glyph_cache, ordered, threshold, set_translation, translation, set_colors,
    output, binary
        The cursor shape, colour-translation, visual-class, dithering and raw-output
        keywords of IDL's X, WIN, Z and PS devices: accepted and recorded with the
        device (``device_options()``), with no effect on compat's numbers (there is
        no screen cursor; GDL 1.0.1 rejects most of them on the Z buffer).

    Returns
    -------
    None, or DeviceResult with the requested outputs.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z')
    >>> idl.device(set_resolution=[300, 200])
    >>> int(idl.sysvar('!d').x_size), int(idl.sysvar('!d').y_vsize)
    (300, 200)
    >>> idl.device(get_decomposed=True).get_decomposed
    0
    >>> idl.device(set_resolution=[640, 480])
    """
    st = core.STATE
    if index_color:
        decomposed = 0 if decomposed is None else decomposed
    if set_resolution is not None:
        r = idl_array(set_resolution, "SET_RESOLUTION", complex_ok=False).reshape(-1)
        if r.size != 2 or np.any(r < 1):
            raise CompatValueError("SET_RESOLUTION must be 2 positive sizes.")
        st.set_resolution((int(r[0]), int(r[1])))
    if decomposed is not None:
        st.decomposed[st.device_name] = 1 if int(decomposed) else 0
        st.select(st.device_name)
    if set_character_size is not None:
        c = idl_array(set_character_size, "SET_CHARACTER_SIZE", complex_ok=False)
        c = c.reshape(-1)
        st.d.x_ch_size, st.d.y_ch_size = int(c[0]), int(c[1 if c.size > 1 else 0])
    if st.device_name == "PS" and (xsize is not None or ysize is not None):
        unit = 2540.0 if inches else 1000.0
        w = float(xsize) * unit if xsize is not None else float(st.d.x_size)
        h = float(ysize) * unit if ysize is not None else float(st.d.y_size)
        st.resolution["PS"] = (int(round(w)), int(round(h)))
        st._sizes(st.resolution["PS"])
    if filename is not None:
        st.ps_file = str(filename)
    recorded = dict(xoffset=xoffset, yoffset=yoffset, scale_factor=scale_factor,
                    preview=preview, cmyk=cmyk, language_level=language_level,
                    font_size=font_size, set_font=set_font, tt_font=tt_font,
                    font_index=font_index, isolatin1=isolatin1, times=times,
                    helvetica=helvetica, courier=courier, palatino=palatino,
                    schoolbook=schoolbook, avantgarde=avantgarde, bkman=bkman,
                    zapfchancery=zapfchancery, zapfdingbats=zapfdingbats, symbol=symbol,
                    bold=bold, italic=italic, oblique=oblique, narrow=narrow, light=light,
                    medium=medium, demi=demi, book=book, pseudo_color=pseudo_color,
                    true_color=true_color, close_document=close_document or None,
                    cursor_original=cursor_original, cursor_standard=cursor_standard,
                    cursor_crosshair=cursor_crosshair, cursor_image=cursor_image,
                    cursor_mask=cursor_mask, cursor_xy=cursor_xy,
                    bypass_translation=bypass_translation, direct_color=direct_color,
                    static_color=static_color, static_gray=static_gray,
                    glyph_cache=glyph_cache, ordered=ordered, threshold=threshold,
                    set_translation=set_translation, translation=translation,
                    set_write_mask=set_write_mask, set_colors=set_colors, output=output,
                    binary=binary, index_color=index_color)
    st.device_options.setdefault(st.device_name, {}).update(
        {k: v for k, v in recorded.items() if v is not None})
    if set_graphics_function is not None:
        from compat._core.raster_ops import check_function
        st.device_options[st.device_name]["set_graphics_function"] = \
            check_function(set_graphics_function)
    if copy is not None:
        _device_copy(st, copy)
    outputs = {}
    if get_decomposed:
        outputs["get_decomposed"] = int(st.decomposed[st.device_name])
    if get_screen_size:
        outputs["get_screen_size"] = np.array(core.SCREEN_SIZE, dtype=np.int32)
    if get_visual_depth:
        outputs["get_visual_depth"] = 24
    if get_pixel_depth:
        outputs["get_pixel_depth"] = np.int32(24)   # a LONG, as GDL 1.0.1 returns it
    if window_state:
        state = np.zeros(128, dtype=np.int32)
        for (dn, i) in st.windows:
            if dn == st.device_name and i < 128:
                state[i] = 1
        outputs["window_state"] = state
    if get_visual_name:
        outputs["get_visual_name"] = "TrueColor"
    if get_window_position:
        outputs["get_window_position"] = np.zeros(2, dtype=np.int32)
    if get_write_mask:
        outputs["get_write_mask"] = np.int32(int(
            st.device_options[st.device_name].get("set_write_mask", 255)) & 255)
    if get_graphics_function:
        outputs["get_graphics_function"] = np.int32(
            st.device_options.get(st.device_name, {}).get("set_graphics_function", 3))
    return DeviceResult(**outputs) if outputs else None


def _device_copy(st, copy):
    """DEVICE, COPY=: the source surface's pixels (as TVRD composes them) put on the
    current surface as an image."""
    from compat._core import raster_ops
    from compat._core.raster_graphics import compose
    (xs, ys, nx, ny, xd, yd), window = raster_ops.parse_copy(copy)
    if st.device_name in ("PS", "NULL"):
        raise CompatValueError(f"Keyword COPY is not supported by the {st.device_name} "
                               "device.")
    if window is None:
        src = st.surface()
    else:
        src = st.windows.get((st.device_name, window))
        if src is None:
            raise CompatValueError(f"Window is closed and unavailable: {window}.")
    pixels = compose(src.items, src.size, int(st.p.color))
    block, dx, dy = raster_ops.copy_block(pixels, xs, ys, nx, ny)
    if block is not None:
        st.surface().items.append(("image", xd + dx, yd + dy, block, {}))


class ScreenSizeResult(Result):
    """GET_SCREEN_SIZE's result and its RESOLUTION output keyword."""

    result: np.ndarray
    resolution: np.ndarray


@idl_routine("GET_SCREEN_SIZE")
def get_screen_size(display_name=None, *, resolution=False):
    """The screen's size in pixels, as IDL's ``GET_SCREEN_SIZE`` library function.

    IDL call forms::

        Result = GET_SCREEN_SIZE([Display_name] [, RESOLUTION=variable])

        ->  s = idl.get_screen_size()
            s, r = idl.get_screen_size(resolution=True)

    compat's screen is the virtual one of its X/WIN device (DEVICE, GET_SCREEN_SIZE=
    gives the same numbers): 1920 x 1080 pixels, LONG as GDL 1.0.1 returns them (IDL's
    page says only "a two-element vector"); RESOLUTION, the pixel size in cm, is
    2.54/96 each way (96 pixels per inch, DOUBLE). ``display_name`` (an X display) is
    accepted and ignored: no display is opened. Programs size their windows from it
    (``WINDOW, XSIZE=s[0]*0.8``), so they run the same on any machine.

    Returns
    -------
    ndarray of int32 (2,), or ScreenSizeResult(result, resolution)

    Examples
    --------
    >>> from compat import idl
    >>> idl.get_screen_size().tolist()
    [1920, 1080]
    >>> s, r = idl.get_screen_size(resolution=True)
    >>> r.round(6).tolist()
    [0.026458, 0.026458]
    """
    if display_name is not None and not isinstance(display_name, (str, bytes)):
        raise CompatValueError("Display_name must be a string.")
    size = np.array(core.SCREEN_SIZE, dtype=np.int32)
    if resolution:
        return ScreenSizeResult(result=size,
                                resolution=np.array(core.SCREEN_RESOLUTION_CM, np.float64))
    return size


class WindowResult(Result):
    """WINDOW's index (with /FREE, the index IDL chose: !D.WINDOW)."""

    window_index: int


@idl_routine("WINDOW")
def window(window_index=0, *, free=False, xsize=None, ysize=None, title="",
           retain=None, pixmap=False, xpos=None, ypos=None):
    """Open a (virtual) window and make it current, as IDL's ``WINDOW``.

    IDL call form::

        WINDOW [, Window_Index] [, /FREE] [, XSIZE=w] [, YSIZE=h] [, TITLE=s] [, /PIXMAP]

        ->  idl.window(0, xsize=800, ysize=600)
            idl.window(free=True).window_index      # IDL reads !D.WINDOW

    Parameters
    ----------
    window_index : int
        0..31 (IDL's range for a chosen index); ignored with /FREE, which takes the
        lowest free index from 32 up.
    xsize, ysize : int
        The size in pixels (default 640 x 512).
    free, title, retain, pixmap, xpos, ypos
        As IDL's (a virtual window: nothing is shown).

    Returns
    -------
    None, or WindowResult with the index (with /FREE).

    Notes
    -----
    Only on the windowing devices (X, WIN): elsewhere IDL fails with "Routine is not
    defined for current graphics device.", as here. Reopening an index replaces the
    window. !D.X_SIZE, !D.Y_SIZE and !D.WINDOW take the window's values.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('X')
    >>> idl.window(3, xsize=400, ysize=300)
    >>> int(idl.sysvar('!d').window), int(idl.sysvar('!d').x_size)
    (3, 400)
    >>> w = idl.window(free=True).window_index    # the lowest free index from 32
    >>> w >= 32, w == int(idl.sysvar('!d').window)
    (True, True)
    >>> idl.wdelete(w, 3)
    >>> idl.set_plot('Z')
    """
    st = core.STATE
    if not st.device.windows:
        raise CompatValueError("Routine is not defined for current graphics device.")
    if free:
        index = 32
        while (st.device_name, index) in st.windows:
            index += 1
    else:
        index = int(window_index)
        if not 0 <= index <= 31:
            raise CompatValueError(f"Window number {index} out of range (0..31; /FREE "
                                   "gives 32 and up).")
    size = list(core.DEVICES[st.device_name].size)
    if xsize is not None:
        size[0] = int(xsize)
    if ysize is not None:
        size[1] = int(ysize)
    if size[0] < 1 or size[1] < 1:
        raise CompatValueError("XSIZE and YSIZE must be positive.")
    st.open_window(index, size, title=str(title))
    return WindowResult(window_index=index) if free else None


@idl_routine("WSET")
def wset(window_index=None):
    """Make a window current, as IDL's ``WSET, Window_Index``.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('X'); idl.window(1); idl.window(2); idl.wset(1)
    >>> int(idl.sysvar('!d').window)
    1
    >>> idl.set_plot('Z')
    """
    st = core.STATE
    if not st.device.windows:
        raise CompatValueError("Routine is not defined for current graphics device.")
    index = 0 if window_index is None else int(window_index)
    if (st.device_name, index) not in st.windows:
        if index == 0 and window_index is None:
            st.open_window(0, core.DEVICES[st.device_name].size)
            return None
        raise CompatValueError(f"Window is closed and unavailable: {index}.")
    st._show_window(index)


@idl_routine("WDELETE")
def wdelete(*window_indices):
    """Close windows, as IDL's ``WDELETE [, Window_Index [, ...]]`` (default the current
    window); !D.WINDOW becomes -1 when the current one closes.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('X'); idl.window(5); idl.wdelete(5)
    >>> int(idl.sysvar('!d').window)
    -1
    >>> idl.set_plot('Z')
    """
    st = core.STATE
    if not st.device.windows:
        raise CompatValueError("Routine is not defined for current graphics device.")
    indices = [int(i) for i in window_indices] or [int(st.d.window)]
    for index in indices:
        if (st.device_name, index) not in st.windows:
            raise CompatValueError(f"Window is closed and unavailable: {index}.")
        del st.windows[(st.device_name, index)]
        if index == int(st.d.window):
            st._show_window(-1)


@idl_routine("ERASE")
def erase(color=None, *, channel=None):
    """Clear the current window or buffer, as IDL's ``ERASE [, Color]`` (default
    !P.BACKGROUND).

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z'); idl.erase()
    """
    core.STATE.erase(color)


@idl_routine("TVRD")
def tvrd(x0=0, y0=0, nx=None, ny=None, *, true=0, order=False):
    """Read the image of the current window or Z buffer, as IDL's ``TVRD``.

    IDL call form::

        Result = TVRD([X0, Y0, Nx, Ny] [, TRUE={0|1|2|3}] [, /ORDER])

        ->  img = idl.tvrd()                   # BYTE (ny, nx), colour indices
            rgb = idl.tvrd(true=1)             # through the colour table

    Parameters
    ----------
    x0, y0, nx, ny : int
        The rectangle read (default the whole surface).
    true : int
        0: colour indices, BYTE ``(ny, nx)``; 1, 2, 3: the table's RGB, interleaved as
        IDL's (3, nx, ny), (nx, 3, ny), (nx, ny, 3) -- numpy ``(ny, nx, 3)``,
        ``(ny, 3, nx)``, ``(3, ny, nx)``.
    order : bool
        /ORDER: top row first (default bottom row first, IDL's order).

    Returns
    -------
    ndarray of uint8

    Notes
    -----
    The picture is composed from the display list: TV/TVSCL images, POLYFILL and
    CONTOUR /FILL bands pixel for pixel (:mod:`compat._core.raster_graphics`; TVRD
    after ``TV, b`` gives ``b`` back exactly); lines and text by matplotlib (the
    optional extra ``compat[plot]``; :mod:`compat._core.direct_graphics_render` says
    what is drawn): close to IDL's, not pixel-identical. ``idl.write_png('a.png', idl.tvrd(true=1))``
    saves it.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z'); idl.device(set_resolution=[100, 80])
    >>> idl.plot([0, 1], [0, 1], position=[0.1, 0.1, 0.9, 0.9])
    >>> img = idl.tvrd()
    >>> img.shape, img.dtype.name, int(img[0, 0]), int(img.max())
    ((80, 100), 'uint8', 0, 255)
    >>> idl.device(set_resolution=[640, 480])
    """
    from compat._core.raster_graphics import compose
    st = core.STATE
    surf = st.surface()
    img = compose(surf.items, surf.size, int(st.p.color))
    h, w = img.shape
    nx = w - int(x0) if nx is None else int(nx)
    ny = h - int(y0) if ny is None else int(ny)
    if not (0 <= int(x0) and 0 <= int(y0) and nx > 0 and ny > 0 and int(x0) + nx <= w
            and int(y0) + ny <= h):
        raise CompatValueError(f"Value of Area is out of allowed range ({w} x {h}).")
    img = img[int(y0):int(y0) + ny, int(x0):int(x0) + nx]
    if order:
        img = img[::-1]
    img = np.ascontiguousarray(img)
    if not true:
        return img
    rgb = st.table[img]                       # (ny, nx, 3)
    layout = {1: (0, 1, 2), 2: (0, 2, 1), 3: (2, 0, 1)}.get(int(true))
    if layout is None:
        raise CompatValueError("TRUE must be 0, 1, 2 or 3.")
    return np.ascontiguousarray(np.transpose(rgb, layout))
