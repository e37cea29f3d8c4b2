"""IDL's graphics cursor without a display: CURSOR and TVCRS, over
:mod:`compat._core.pointer`.

Nobody moves a mouse in a headless run: a test queues what the user would do with
:func:`queue_clicks` (clicks at points of the current window, in device, normal or data
coordinates) or :func:`queue_pointer` (presses, releases and moves one by one), and each
CURSOR call takes what its wait mode waits for. Where CURSOR would wait and nothing is
queued it raises (never hangs). These driver functions are not IDL routines (not in
``__all__``); they are reached as ``compat.idl.graphics_cursor.queue_clicks`` and so on. The
dialogs' answers are queued the same way (``compat.idl.widgets.answers``).
"""

from __future__ import annotations

import numpy as np

from compat._core import direct_graphics as dg
from compat._core import pointer as core
from compat._core.errors import CompatValueError
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["cursor", "tvcrs"]

#: the mouse system variable !MOUSE (X, Y, BUTTON, TIME: LONG)
MOUSE = core.MOUSE


def queue_clicks(*points, button=1, data=False, normal=False, device=False):
    """Queue clicks (a press then a release of ``button``: 1 left, 2 middle, 4 right) at
    ``points`` ``(x, y)``, in DATA coordinates of the current window (default), /NORMAL
    or /DEVICE, for the next CURSOR calls; a point ``(x, y, button)`` names its own
    button. A point is converted to the nearest device pixel. A test
    driver, not an IDL routine.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import graphics_cursor as gc
    >>> idl.set_plot('X')
    >>> idl.window(0, xsize=400, ysize=300)
    >>> gc.queue_clicks((100, 30), (200, 150, 4), device=True)
    >>> idl.cursor(device=True, down=True)
    CursorResult(x=np.int32(100), y=np.int32(30))
    >>> tuple(int(v) for v in idl.cursor(3, device=True)), int(gc.MOUSE.button)
    ((200, 150), 4)
    >>> idl.wdelete(0); gc.clear_pointer()
    """
    source = _source(data, normal, device)
    events = []
    for p in points:
        p = tuple(p)
        if len(p) not in (2, 3):
            raise CompatValueError("A click is (x, y) or (x, y, button).")
        b = int(p[2]) if len(p) == 3 else int(button)
        _window()
        xs, ys = core.to_device(p[0], p[1], source)
        for x, y in zip(xs, ys):
            events += [("down", x, y, b), ("up", x, y, b)]
    core.queue_events(events)


def queue_pointer(*events):
    """Queue pointer events one by one: ``(kind, x, y, button)`` with ``kind`` 'down'
    (a press), 'up' (a release) or 'move' (``button`` ignored: the buttons held stay
    held), at device pixels; a fifth element gives the event's time (!MOUSE.TIME, ms).
    A test driver, not an IDL routine.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import graphics_cursor as gc
    >>> idl.set_plot('X')
    >>> idl.window(0, xsize=200, ysize=200)
    >>> gc.queue_pointer(('move', 5, 6, 0), ('down', 7, 8, 2), ('up', 9, 9, 2))
    >>> [int(v) for v in idl.cursor(device=True, change=True)]     # the move
    [5, 6]
    >>> [int(v) for v in idl.cursor(device=True, up=True)], int(gc.MOUSE.button)
    ([9, 9], 2)
    >>> idl.wdelete(0); gc.clear_pointer()
    """
    core.queue_events(events)


def clear_pointer():
    """Forget the queued pointer events, the pointer's state and !MOUSE (a test's
    fresh start). A test driver, not an IDL routine."""
    core.reset()


def _source(data, normal, device):
    if sum(bool(v) for v in (data, normal, device)) > 1:
        raise CompatValueError("Only one of DATA, NORMAL, DEVICE may be set.")
    return "normal" if normal else "device" if device else "data"


def _window():
    st = dg.STATE
    if not st.device.windows:
        raise CompatValueError("Routine is not defined for current graphics device.")
    st.surface()                      # opens window 0 when none is open, as IDL does


class CursorResult(Result):
    """CURSOR's X and Y (LONG with /DEVICE, else FLOAT)."""

    x: object
    y: object


@idl_routine("CURSOR")
def cursor(wait_code=None, *, wait=False, nowait=False, change=False, down=False,
           up=False, data=False, device=False, normal=False):
    """Read the pointer's position in the current window, as IDL's ``CURSOR``.

    IDL call forms::

        CURSOR, X, Y                        ->  x, y = idl.cursor()
        CURSOR, X, Y, /DOWN, /DEVICE        ->  x, y = idl.cursor(down=True, device=True)
        CURSOR, X, Y, 3, /NORMAL            ->  x, y = idl.cursor(3, normal=True)

    Parameters
    ----------
    wait_code : int, optional
        IDL's Wait argument: 0 no wait, 1 wait for a button down (the default), 2 any
        change, 3 a press, 4 a release. The keywords below say the same; a keyword set
        wins over the argument.
    nowait, wait, change, down, up : bool
        /NOWAIT (0), /WAIT (1), /CHANGE (2), /DOWN (3), /UP (4).
    data, device, normal : bool
        The coordinates returned: DATA (the default), DEVICE or NORMAL.

    Returns
    -------
    CursorResult
        ``(x, y)``: LONG device pixels with /DEVICE, else FLOAT normal or data
        coordinates, converted from the device pixel as CONVERT_COORD converts it
        (normal ``x / !D.X_VSIZE``, data through !X.S and !Y.S, ``10^`` on a log axis)
        -- the numbers CONVERT_COORD(x, y, /DEVICE, /TO_DATA) gives after the same
        PLOT. !MOUSE takes the device position, the button (1 left, 2 middle, 4 right;
        0 none, the button released with /UP) and the time.

    Notes
    -----
    No display: the pointer is played from the queue of :func:`queue_clicks` and
    :func:`queue_pointer`. Where IDL would wait and nothing is queued, a
    CompatValueError says so (the program would otherwise wait for ever); /NOWAIT with
    nothing queued reads the pointer where it is (device (-1, -1), outside the window,
    until an event or TVCRS puts it somewhere), and after 100,000 such reads in a row
    raises too (a polling loop for a click that cannot come). Only the window devices
    (X, WIN) have a cursor: elsewhere IDL's "Routine is not defined for current graphics
    device."; without an open window, window 0 is opened, as IDL does.

    Sources: IDL Reference Guide, CURSOR and !MOUSE; PV-WAVE Reference, CURSOR (the
    same routine's older page, the wait codes 0-4 and the (-1, -1) outside the window).

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import graphics_cursor as gc
    >>> idl.set_plot('X')
    >>> idl.window(0, xsize=640, ysize=480)
    >>> idl.plot([0, 10], [0, 100], position=[0.1, 0.1, 0.9, 0.9], xstyle=1, ystyle=1)
    >>> gc.queue_clicks((320, 240), device=True)
    >>> idl.cursor()                          # data coordinates, FLOAT
    CursorResult(x=np.float32(5.0), y=np.float32(50.0))
    >>> int(gc.MOUSE.x), int(gc.MOUSE.button)
    (320, 1)
    >>> gc.queue_clicks((2.5, 25.0))      # a click at a data point
    >>> idl.cursor(normal=True, down=True)
    CursorResult(x=np.float32(0.3), y=np.float32(0.3))
    >>> idl.cursor(up=True)                   # its release
    CursorResult(x=np.float32(2.5), y=np.float32(25.0))
    >>> idl.cursor(wait=True)
    Traceback (most recent call last):
    ...
    compat.CompatValueError: CURSOR: no pointer event is queued for /WAIT: without a display the clicks come from compat.idl.graphics_cursor.queue_clicks (or queue_pointer), and none is left.
    >>> idl.wdelete(0); gc.clear_pointer()
    """
    target = _source(data, normal, device)
    code = None
    for flag, value in (("nowait", nowait), ("wait", wait), ("change", change),
                        ("down", down), ("up", up)):
        if flag and value:
            if code is not None:
                raise CompatValueError("Only one of NOWAIT, WAIT, CHANGE, DOWN, UP may "
                                       "be set.")
            code = core.WAIT_CODES[flag]
    if code is None:
        if wait_code is None:
            code = 1
        else:
            a = np.asarray(wait_code)
            if a.size != 1 or a.dtype.kind not in "iuf":
                raise CompatValueError("Wait must be a scalar number (0 to 4).")
            code = int(a.reshape(-1)[0])
            if not 0 <= code <= 4:
                raise CompatValueError(f"Wait must be 0 to 4, not {code}.")
    _window()
    x, y = core.read(code)
    if target == "device":
        return CursorResult(x=np.int32(x), y=np.int32(y))
    fx, fy = core.from_device(x, y, target)
    return CursorResult(x=fx, y=fy)


@idl_routine("TVCRS")
def tvcrs(on_off=None, y=None, *, data=False, device=False, normal=False,
          centimeters=False, inches=False, hide_cursor=False, t3d=False, z=None):
    """Show, hide or place the graphics cursor, as IDL's ``TVCRS``.

    IDL call forms::

        TVCRS, 1 | 0                  ->  idl.tvcrs(1)            (show | hide)
        TVCRS, X, Y [, /DATA | /NORMAL | /CENTIMETERS | /INCHES] [, /HIDE_CURSOR]
                                      ->  idl.tvcrs(100, 200)     (device pixels)

    Parameters
    ----------
    on_off : int, or the X position when ``y`` is given
        Without Y: nonzero shows the cursor, 0 hides it.
    y : number, optional
        With X, the position: device pixels by default (TVCRS's default, unlike
        CURSOR's), or DATA, NORMAL, CENTIMETERS, INCHES coordinates; the pointer moves
        there (a following ``CURSOR, /NOWAIT`` reads it) and the cursor is shown unless
        /HIDE_CURSOR.

    Notes
    -----
    No display: the position and visibility are kept (``compat._core.pointer.POINTER``)
    and nothing is drawn. Only the window devices, as CURSOR; /T3D is not supported.
    Source: IDL Reference Guide, TVCRS.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import graphics_cursor as gc
    >>> idl.set_plot('X')
    >>> idl.window(0, xsize=300, ysize=200)
    >>> idl.tvcrs(0.5, 0.25, normal=True)
    >>> [int(v) for v in idl.cursor(device=True, nowait=True)]
    [150, 50]
    >>> idl.wdelete(0); gc.clear_pointer()
    """
    if t3d:
        raise CompatValueError("/T3D is not supported.")
    if sum(bool(v) for v in (data, device, normal, centimeters, inches)) > 1:
        raise CompatValueError("Only one of DATA, DEVICE, NORMAL, CENTIMETERS, INCHES "
                               "may be set.")
    _window()
    if y is None:
        if on_off is not None:
            a = np.asarray(on_off)
            if a.size != 1 or a.dtype.kind not in "iufb":
                raise CompatValueError("ON_OFF must be a scalar number.")
            core.POINTER.visible = bool(a.reshape(-1)[0])
        else:
            core.POINTER.visible = True
        return None
    if on_off is None:
        raise CompatValueError("X is required with Y.")
    if centimeters or inches:
        scale = float(dg.STATE.d.x_px_cm) * (2.54 if inches else 1.0)
        yscale = float(dg.STATE.d.y_px_cm) * (2.54 if inches else 1.0)
        xs, ys = core.to_device(np.asarray(on_off, np.float64) * scale,
                                np.asarray(y, np.float64) * yscale, "device")
    else:
        source = "data" if data else "normal" if normal else "device"
        xs, ys = core.to_device(on_off, y, source)
    core.move(int(xs[0]), int(ys[0]))
    core.POINTER.visible = not hide_cursor
    return None
