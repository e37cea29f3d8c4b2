"""IDL direct graphics, first slice: the devices (SET_PLOT, DEVICE, WINDOW, WSET,
WDELETE, ERASE), PLOT's coordinate system (PLOT, OPLOT, PLOTS, XYOUTS, AXIS), CONVERT_COORD,
the colour table (LOADCT's table 0, TVLCT) and the system variables, over
:mod:`compat._core.direct_graphics`.

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

__all__ = ["set_plot", "device", "window", "wset", "wdelete", "erase", "plot", "oplot",
           "plots", "xyouts", "axis", "convert_coord", "loadct", "tvlct", "sysvar", "tvrd"]

_SYSVARS = {"!p": "p", "!x": "x", "!y": "y", "!z": "z", "!d": "d"}


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
    if head not in _SYSVARS:
        raise CompatValueError(f"Not a graphics system variable: {name} (!P, !X, !Y, !Z, "
                               f"!D).")
    var = getattr(core.STATE, _SYSVARS[head])
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
    window_state: np.ndarray


@idl_routine("DEVICE")
def device(*, set_resolution=None, decomposed=None, get_decomposed=False,
           get_screen_size=False, get_visual_depth=False, window_state=False,
           close=False, close_file=False, filename=None, xsize=None, ysize=None,
           color=None, bits_per_pixel=None, encapsulated=None, landscape=None,
           portrait=None, inches=None, set_character_size=None, retain=None,
           z_buffering=None, set_pixel_depth=None):
    """Set or read the current device's options, as IDL's ``DEVICE``.

    IDL call forms::

        DEVICE, SET_RESOLUTION=[w, h]            ->  idl.device(set_resolution=[w, h])
        DEVICE, DECOMPOSED=0                     ->  idl.device(decomposed=0)
        DEVICE, GET_DECOMPOSED=d                 ->  d = idl.device(get_decomposed=True).get_decomposed
        DEVICE, GET_SCREEN_SIZE=s                ->  idl.device(get_screen_size=True).get_screen_size
        DEVICE, FILENAME='f.ps', XSIZE=, YSIZE=, /INCHES, /CLOSE (PS)

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
    close, close_file, filename, color, bits_per_pixel, encapsulated, landscape,
    portrait, set_character_size, retain, z_buffering, set_pixel_depth
        Accepted (nothing is written to a file; SET_CHARACTER_SIZE sets !D.X_CH_SIZE
        and !D.Y_CH_SIZE).

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
    outputs = {}
    if get_decomposed:
        outputs["get_decomposed"] = int(st.decomposed[st.device_name])
    if get_screen_size:
        outputs["get_screen_size"] = np.array(core.SCREEN_SIZE, dtype=np.int32)
    if get_visual_depth:
        outputs["get_visual_depth"] = 24
    if window_state:
        state = np.zeros(128, dtype=np.int32)
        for (dn, i) in st.windows:
            if dn == st.device_name and i < 128:
                state[i] = 1
        outputs["window_state"] = state
    return DeviceResult(**outputs) if outputs else None


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
    >>> idl.window(free=True).window_index
    32
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


def _values(v, name):
    a = idl_array(v, name, complex_ok=False)
    return a.reshape(-1)


def _record(kind, *args, **props):
    st = core.STATE
    props = {k: v for k, v in props.items() if v is not None}
    props.setdefault("color", int(st.p.color))
    props.setdefault("ch_size", int(st.d.y_ch_size))
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
         linestyle=None, thick=None, symsize=None, background=None, isotropic=False):
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
    """
    yv = _values(x if y is None else y, "Y")
    xv = np.arange(yv.size, dtype=np.float32) if y is None else _values(x, "X")
    if xv.size != yv.size:
        n = min(xv.size, yv.size)
        xv, yv = xv[:n], yv[:n]
    st = core.STATE
    erase_first = core.plot_setup(xv, yv, xrange=xrange, yrange=yrange, xstyle=xstyle,
                                  ystyle=ystyle, xlog=xlog, ylog=ylog, ynozero=ynozero,
                                  position=position, xmargin=xmargin, ymargin=ymargin,
                                  charsize=charsize, min_value=min_value,
                                  max_value=max_value, noerase=noerase,
                                  isotropic=isotropic)
    if erase_first:
        st.erase(background)
    _record("axes", st.x.crange, st.y.crange, st.p.clip[:4], title=title,
            xtitle=xtitle, ytitle=ytitle,
            xstyle=int(st.x.style if xstyle is None else xstyle),
            ystyle=int(st.y.style if ystyle is None else ystyle))
    if not nodata:
        _draw_lines(xv, yv, "data", color=color, psym=psym, linestyle=linestyle,
                    thick=thick, min_value=min_value, max_value=max_value)


def _draw_lines(xv, yv, system, min_value=None, max_value=None, **props):
    xv = np.asarray(xv, np.float64)
    yv = np.asarray(yv, np.float64)
    missing = ~np.isfinite(yv)
    if min_value is not None:
        missing |= yv < float(min_value)
    if max_value is not None:
        missing |= yv > float(max_value)
    xd, yd = _to_device(xv, np.where(missing, np.nan, yv), system)
    _record("lines", xd, yd, **props)


@idl_routine("OPLOT")
def oplot(x, y=None, *, color=None, psym=None, linestyle=None, thick=None,
          symsize=None, min_value=None, max_value=None):
    """Draw over the last PLOT with its coordinate system, as IDL's ``OPLOT, [X,] Y``.

    OPLOT changes no system variable (the ranges stay those of the PLOT).

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
    _draw_lines(xv[:n], yv[:n], "data", color=color, psym=psym, linestyle=linestyle,
                thick=thick, min_value=min_value, max_value=max_value)


def _system(data, normal, device):
    if sum(bool(v) for v in (data, normal, device)) > 1:
        raise CompatValueError("Only one of DATA, NORMAL, DEVICE may be set.")
    return "normal" if normal else "device" if device else "data"


@idl_routine("PLOTS")
def plots(x, y=None, z=None, *, data=False, normal=False, device=False, color=None,
          psym=None, linestyle=None, thick=None, continue_=False):
    """Draw lines or points at coordinates, as IDL's ``PLOTS, X, Y [, /DATA | /NORMAL |
    /DEVICE]`` (a (2, n) array as X alone is the points, IDL's layout ``(n, 2)`` here).

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
    else:
        xv, yv = _values(x, "X"), _values(y, "Y")
        if xv.size != yv.size:
            raise CompatValueError("X and Y must have the same number of elements.")
    _draw_lines(xv, yv, system, color=color, psym=psym, linestyle=linestyle, thick=thick)


@idl_routine("XYOUTS")
def xyouts(x, y, string, *, data=False, normal=False, device=False, alignment=None,
           charsize=None, color=None, orientation=None, font=None):
    """Write text at a position, as IDL's ``XYOUTS, X, Y, String [, /NORMAL ...]
    [, ALIGNMENT=] [, CHARSIZE=] [, ORIENTATION=]`` (recorded in the display list).

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z'); idl.xyouts(0.5, 0.5, 'Hello', normal=True, alignment=0.5)
    """
    system = _system(data, normal, device)
    xv, yv = _values(x, "X"), _values(y, "Y")
    text = np.asarray(string, dtype=str).reshape(-1)
    xd, yd = _to_device(xv.astype(np.float64), yv.astype(np.float64), system)
    for k in range(xd.size):
        _record("text", xd[k], yd[k], str(text[min(k, text.size - 1)]),
                alignment=alignment, charsize=charsize, color=color,
                orientation=orientation)


@idl_routine("AXIS")
def axis(x0=None, y0=None, z0=None, *, xaxis=None, yaxis=None, xrange=None,
         yrange=None, xstyle=None, ystyle=None, xlog=None, ylog=None, save=False,
         data=False, normal=False, device=False, ynozero=False, xtitle=None,
         ytitle=None, color=None, charsize=None):
    """Draw an axis, as IDL's ``AXIS [, X0, Y0] [, XAXIS=0|1 | YAXIS=0|1] [, XRANGE=]
    [, YRANGE=] [, XSTYLE=] [, YSTYLE=] [, /XLOG] [, /YLOG] [, /SAVE]``.

    The axis spans the current plot window; with a range it gets its own CRANGE (the
    same rounding as PLOT) and, with /SAVE, !X.CRANGE/!X.S (or !Y's) take it, so later
    OPLOTs use the new axis (IDL's second-axis idiom).

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
    _record("axis", which, ax.crange, title=xtitle if which == "x" else ytitle,
            color=color)


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
    keeps them here. /T3D is not supported (raises).

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('Z')
    >>> idl.plot([0, 10], [0, 100], position=[0.1, 0.1, 0.9, 0.9])
    >>> idl.convert_coord(5.0, 50.0, data=True, to_device=True).round(4)
    array([320., 240.,   0.])
    >>> idl.convert_coord([0, 640], [0, 480], device=True, to_normal=True)
    array([[0., 0., 0.],
           [1., 1., 0.]], dtype=float32)
    """
    if t3d:
        raise CompatValueError("/T3D is not supported.")
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
    out = core.convert(pts, source, target)
    dbl = double or any(a.dtype == np.float64 for a in arrays)
    out = out.astype(np.float64 if dbl else np.float32)
    return out[0] if scalar else out


class TvlctResult(Result):
    """TVLCT, /GET's output arguments: the colour table's red, green, blue (BYTE)."""

    r: np.ndarray
    g: np.ndarray
    b: np.ndarray


@idl_routine("TVLCT")
def tvlct(v1=None, v2=None, v3=None, start=None, *, get=False):
    """Load or read the colour table, as IDL's ``TVLCT``.

    IDL call forms::

        TVLCT, R, G, B [, Start]        ->  idl.tvlct(r, g, b, start)
        TVLCT, V [, Start]              ->  idl.tvlct(v, start)       # V (n, 3) here
        TVLCT, R, G, B, /GET            ->  r, g, b = idl.tvlct(get=True)

    Parameters
    ----------
    v1, v2, v3 : array_like
        R, G, B (stored as BYTE: the low 8 bits, floats truncated first), or V alone,
        IDL's (n, 3) array (numpy shape ``(3, n)`` in readsav layout).
    start : int
        The first table index loaded (default 0).
    get : bool
        /GET: return the table (256 entries each) as ``TvlctResult(r, g, b)``.

    Examples
    --------
    >>> from compat import idl
    >>> idl.loadct(0)
    >>> idl.tvlct([255, 0], [0, 255], [0, 0], 1)
    >>> t = idl.tvlct(get=True)
    >>> t.r[:4].tolist(), t.g[:4].tolist()
    ([0, 255, 0, 3], [0, 0, 255, 3])
    >>> idl.loadct(0)
    """
    st = core.STATE
    if get:
        t = st.table.copy()
        return TvlctResult(r=t[:, 0].copy(), g=t[:, 1].copy(), b=t[:, 2].copy())
    if v1 is None:
        raise CompatValueError("Variable is undefined: V1.")
    if v3 is None:
        a = idl_array(v1, "V", complex_ok=False)
        if a.ndim != 2 or a.shape[0] != 3:
            raise CompatValueError("V must be an (n, 3) IDL array (numpy shape (3, n)).")
        cols = [a[0], a[1], a[2]]
        start = v2
    else:
        cols = [_values(v, n) for v, n in ((v1, "R"), (v2, "G"), (v3, "B"))]
    k0 = 0 if start is None else int(start)
    n = min(c.size for c in cols)
    if k0 < 0 or k0 >= 256:
        raise CompatValueError(f"Value of Start is out of allowed range: {k0}.")
    n = min(n, 256 - k0)
    for j, c in enumerate(cols):
        v = np.asarray(c[:n])
        if v.dtype.kind == "f":
            v = np.trunc(v)
        st.table[k0:k0 + n, j] = v.astype(np.int64) & 255


class LoadctResult(Result):
    """LOADCT's output keywords."""

    get_names: np.ndarray
    rgb_table: np.ndarray


def _table_file(file):
    """The colour-table file LOADCT reads: FILE=, else IDL's own colors1.tbl under
    $IDL_DIR (resource/colors), or None."""
    import os
    if file is not None:
        return os.fspath(file)
    idl_dir = os.environ.get("IDL_DIR")
    if idl_dir:
        path = os.path.join(idl_dir, "resource", "colors", "colors1.tbl")
        if os.path.isfile(path):
            return path
    return None


def _read_tables(path):
    """The tables and names of a colour-table file (IDL's format, documented with
    MODIFYCT: one byte, the number of tables n; n blocks of 768 bytes, 256 red, 256 green,
    256 blue; n names of 32 bytes)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as err:
        raise CompatValueError(f"Error opening file. File: {path}. ({err.strerror})") from None
    n = data[0] if data else 0
    if n == 0 or len(data) < 1 + n * 768:
        raise CompatValueError(f"{path} is not a colour-table file (IDL's colors1.tbl "
                               "format).")
    tables = np.frombuffer(data, np.uint8, n * 768, 1).reshape(n, 3, 256)
    raw = data[1 + n * 768:1 + n * 800]
    names = [raw[32 * k:32 * k + 32].decode("latin-1").strip(" \x00")
             for k in range(len(raw) // 32)]
    names += [""] * (n - len(names))
    return tables, np.array(names, dtype=str)


@idl_routine("LOADCT")
def loadct(table=None, *, silent=False, file=None, ncolors=None, bottom=None,
           get_names=False, rgb_table=False):
    """Load a predefined colour table, as IDL's ``LOADCT``.

    IDL call form::

        LOADCT [, Table] [, /SILENT] [, FILE=string] [, NCOLORS=n] [, BOTTOM=b]
               [, GET_NAMES=variable] [, RGB_TABLE=variable]

        ->  idl.loadct(39, file='colors1.tbl')
            names = idl.loadct(get_names=True).get_names

    Parameters
    ----------
    table : int
        The table number (0 when omitted: IDL would prompt for one).
    file : str or path-like
        The table file, in IDL's colors1.tbl format. Default: IDL's own
        ``$IDL_DIR/resource/colors/colors1.tbl`` when IDL is installed; without a file
        only table 0 (B-W LINEAR: r = g = b = 0, 1, ..., 255) is available -- compat
        bundles none of IDL's tables.
    ncolors, bottom : int
        Load the table resampled into ``ncolors`` entries starting at ``bottom``
        (default 256 - bottom and 0), with loadct.pro's index
        ``(lindgen(ncolors) * 255) / (ncolors - 1)`` (LONG division).
    get_names : bool
        GET_NAMES: return the file's table names (then no table is loaded unless one
        is given).
    rgb_table : bool
        RGB_TABLE: return the (resampled) table as IDL's (ncolors, 3) BYTE array
        (numpy ``(3, ncolors)``) instead of loading it.
    silent : bool
        Accepted (compat prints nothing).

    Returns
    -------
    None, or LoadctResult with the requested outputs.

    Examples
    --------
    >>> from compat import idl
    >>> idl.loadct(0, silent=True)
    >>> idl.tvlct(get=True).b[[0, 128, 255]].tolist()
    [0, 128, 255]
    >>> idl.loadct(0, ncolors=3, rgb_table=True).rgb_table.tolist()
    [[0, 127, 255], [0, 127, 255], [0, 127, 255]]
    """
    path = _table_file(file)
    tables, names = (_read_tables(path) if path is not None else
                     (np.repeat(np.arange(256, dtype=np.uint8)[None, None], 3, axis=1),
                      np.array(["B-W LINEAR"])))
    outputs = {}
    if get_names:
        outputs["get_names"] = names.copy()
        if table is None and not rgb_table:
            return LoadctResult(**outputs)
    t = 0 if table is None else int(table)
    if not 0 <= t < tables.shape[0]:
        where = path if path is not None else "compat (no colors1.tbl: FILE= or $IDL_DIR)"
        raise CompatValueError(f"Table number must be from 0 to {tables.shape[0] - 1}: "
                               f"{t} (tables of {where}).")
    b0 = 0 if bottom is None else int(bottom)
    nc = 256 - b0 if ncolors is None else int(ncolors)
    if nc < 1 or b0 < 0 or b0 + nc > 256:
        raise CompatValueError("NCOLORS and BOTTOM must fit the 256-entry table.")
    rgb = tables[t]
    if nc != 256:
        rgb = rgb[:, (np.arange(nc, dtype=np.int64) * 255) // max(nc - 1, 1)]
    if rgb_table:
        outputs["rgb_table"] = np.ascontiguousarray(rgb)
    else:
        core.STATE.table[b0:b0 + nc] = rgb.T
    return LoadctResult(**outputs) if outputs else None


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
    The picture is drawn from the display list by matplotlib (the optional extra
    ``compat[plot]``; :mod:`compat._core.direct_graphics_render` says what is drawn):
    close to IDL's, not pixel-identical. ``idl.write_png('a.png', idl.tvrd(true=1))``
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
    from compat._core.direct_graphics_render import rasterize
    st = core.STATE
    surf = st.surface()
    img = rasterize(surf.items, surf.size, int(st.p.color))
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
