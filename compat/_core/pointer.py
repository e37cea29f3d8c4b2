"""The graphics pointer without a display: IDL's CURSOR/TVCRS reading and moving the
mouse of the current window, with the mouse played from a queue a test fills.

compat opens no window, so nobody moves a mouse. A test (or a driver script) queues
what the user would do -- clicks, presses, releases and moves at device pixels of the
current window -- and each CURSOR call takes from the queue what IDL's wait mode would
wait for. An empty queue where CURSOR would wait is an error that says so: a headless run
never hangs waiting for a click that cannot come.

The rules (IDL Reference Guide, CURSOR and !MOUSE; PV-WAVE's CURSOR page, the same
routine's older documentation, lists the five wait codes):

* wait codes: 0 /NOWAIT (read the state now), 1 /WAIT (return while a button is down: the
  default), 2 /CHANGE (any pointer motion or button change), 3 /DOWN (a button press),
  4 /UP (a button release);
* the position is read in device pixels from the window's lower-left corner and
  converted as CONVERT_COORD converts (normal ``x / !D.X_VSIZE``; data through !X.S and
  !Y.S, 10^ on a log axis);
* !MOUSE ``{X:0L, Y:0L, BUTTON:0L, TIME:0L}`` holds the device position, the button (1
  left, 2 middle, 4 right; 0 none) and the event's time in milliseconds;
* /NOWAIT with the pointer outside the window gives device (-1, -1).

Queue model (compat's, not IDL's): the queue holds pointer events ``(kind, x, y,
button)``, ``kind`` one of ``'down'``, ``'up'``, ``'move'``; a click is a down then an
up. /WAIT and /DOWN take events up to the next down (the events before it, an up or a
move, change the state on the way), /UP up to the next up, /CHANGE one event, /NOWAIT one
event if any is queued, else the state as it is. /WAIT returns at once, without taking an
event, while a button is still held down and the queue is empty (IDL's /WAIT does not
wait for a new press when a button is held).
"""

from __future__ import annotations

import time as _time
from collections import deque

import numpy as np

from compat._core import direct_graphics as dg
from compat._core.errors import CompatValueError

__all__ = ["MOUSE", "PointerState", "POINTER", "WAIT_CODES", "queue_events",
           "clear_events", "read", "move", "reset"]

#: the wait codes of CURSOR's third argument and their keywords
WAIT_CODES = {"nowait": 0, "wait": 1, "change": 2, "down": 3, "up": 4}

_KINDS = ("down", "up", "move")
_BUTTONS = (1, 2, 4)

#: after this many /NOWAIT reads in a row of an empty queue, a polling loop is assumed
#: to wait for a click that cannot come (a headless run must not hang)
POLL_LIMIT = 100_000

#: !MOUSE, as IDL defines it
MOUSE = dg.SysVar("!MOUSE", [("X", np.dtype(np.int32), (), 0),
                            ("Y", np.dtype(np.int32), (), 0),
                            ("BUTTON", np.dtype(np.int32), (), 0),
                            ("TIME", np.dtype(np.int32), (), 0)])


def _now_ms() -> int:
    return int(_time.monotonic() * 1000) & 0x7FFFFFFF


class PointerState:
    """The pointer of the session: its position (device pixels, (-1, -1) outside the
    window), the buttons held down, the queue of events still to come, the cursor's
    visibility (TVCRS)."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.queue: deque = deque()
        self.x, self.y = -1, -1
        self.held = 0                # mask of the buttons down
        self.visible = False
        self.polls = 0

    def take(self):
        kind, x, y, button, stamp = self.queue.popleft()
        self.x, self.y = x, y
        if kind == "down":
            self.held |= button
            pressed = button
        elif kind == "up":
            self.held &= ~button
            pressed = button
        else:
            pressed = self.held
        self.polls = 0
        return kind, pressed, stamp


POINTER = PointerState()


def reset():
    """Forget the queued events and the pointer's state, and zero !MOUSE."""
    POINTER.reset()
    for tag in MOUSE.tags:
        MOUSE[tag] = 0


def _pixel(v, what) -> int:
    a = np.asarray(v)
    if a.size != 1 or a.dtype.kind not in "iuf" or not np.isfinite(a.reshape(-1)[0]):
        raise CompatValueError(f"{what} must be a finite number (device pixels).")
    return int(np.floor(float(a.reshape(-1)[0])))


def queue_events(events):
    """Queue pointer events ``(kind, x, y, button[, time_ms])`` (device pixels)."""
    staged = []
    for ev in events:
        ev = tuple(ev)
        if len(ev) not in (4, 5) or ev[0] not in _KINDS:
            raise CompatValueError("A pointer event is (kind, x, y, button[, time]) with "
                                   "kind 'down', 'up' or 'move'.")
        kind, x, y, button = ev[:4]
        button = int(button)
        if kind != "move" and button not in _BUTTONS:
            raise CompatValueError(f"Button {button} is not a mouse button (1 left, 2 "
                                   "middle, 4 right).")
        stamp = _now_ms() if len(ev) == 4 else int(ev[4])
        staged.append((kind, _pixel(x, "X"), _pixel(y, "Y"), button, stamp))
    POINTER.queue.extend(staged)


def clear_events():
    """Forget the events still queued."""
    POINTER.queue.clear()


def _need(what):
    raise CompatValueError(f"no pointer event is queued for {what}: without a display "
                           "the clicks come from compat.idl.graphics_cursor.queue_clicks (or "
                           "queue_pointer), and none is left.")


def read(wait: int):
    """Wait as CURSOR's wait code ``wait`` does; the device position and set !MOUSE.
    Returns ``(x, y)`` device pixels (ints)."""
    p = POINTER
    if wait == 0:
        if p.queue:
            _, button, stamp = p.take()
        else:
            p.polls += 1
            if p.polls > POLL_LIMIT:
                p.polls = 0
                raise CompatValueError(f"{POLL_LIMIT} reads with /NOWAIT and no pointer "
                                       "event queued: a loop waiting for a click that "
                                       "cannot come without a display.")
            button, stamp = p.held, _now_ms()
    elif wait == 2:
        if not p.queue:
            _need("/CHANGE")
        _, button, stamp = p.take()
    elif wait in (1, 3):
        if wait == 1 and p.held and not p.queue:
            button, stamp = p.held, _now_ms()
        else:
            while True:
                if not p.queue:
                    _need("/WAIT" if wait == 1 else "/DOWN")
                kind, button, stamp = p.take()
                if kind == "down":
                    break
    elif wait == 4:
        while True:
            if not p.queue:
                _need("/UP")
            kind, button, stamp = p.take()
            if kind == "up":
                break
    else:
        raise CompatValueError(f"Wait must be 0 to 4, not {wait}.")
    MOUSE.x, MOUSE.y, MOUSE.button, MOUSE.time = p.x, p.y, button, stamp
    return p.x, p.y


def move(x: int, y: int):
    """Put the pointer at device ``(x, y)`` (TVCRS): a following /NOWAIT read finds it
    there."""
    POINTER.x, POINTER.y = int(x), int(y)


def to_device(x, y, source: str):
    """The nearest device pixels of points given in ``source`` coordinates (nearest, not
    the pixel holding the point: a data point on a pixel boundary computes a hair
    either side of it)."""
    xs = np.atleast_1d(np.asarray(x, dtype=np.float64)).reshape(-1)
    ys = np.atleast_1d(np.asarray(y, dtype=np.float64)).reshape(-1)
    if xs.size != ys.size:
        raise CompatValueError("X and Y must have the same number of elements.")
    pts = np.zeros((xs.size, 3))
    pts[:, 0], pts[:, 1] = xs, ys
    if source != "device":
        pts = dg.convert(pts, source, "device")
    if not np.all(np.isfinite(pts[:, :2])):
        raise CompatValueError("The points are not finite in device coordinates.")
    return (np.floor(pts[:, 0] + 0.5).astype(int), np.floor(pts[:, 1] + 0.5).astype(int))


def from_device(x: int, y: int, target: str):
    """A device pixel in ``target`` coordinates: FLOAT, converted as CONVERT_COORD
    converts (in DOUBLE, then stored as FLOAT)."""
    pts = dg.convert(np.array([[float(x), float(y), 0.0]]), "device", target)
    return np.float32(pts[0, 0]), np.float32(pts[0, 1])
