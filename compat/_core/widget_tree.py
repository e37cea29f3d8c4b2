"""IDL's widget tree without a display: the widgets, their values and UVALUEs, IDL's
event structures and IDL's event dispatch (``EVENT_PRO``/``EVENT_FUNC`` bubbling up to the
first widget with a handler).

Nothing is shown. A ported widget program builds its tree, stores its state in UVALUEs
and reads it back in its event handlers exactly as in IDL; a test plays the user by
calling the driver (:func:`press`, :func:`select`, :func:`set_text` ... in
:mod:`compat.idl.widgets`), which changes the widget as the user's action would and
delivers IDL's event structure through IDL's dispatch rules.

Facts used (IDL Reference Guide: WIDGET_BASE, WIDGET_BUTTON, WIDGET_CONTROL, WIDGET_DRAW,
WIDGET_DROPLIST, WIDGET_EVENT, WIDGET_INFO, WIDGET_LIST, WIDGET_SLIDER, WIDGET_TEXT,
WIDGET_COMBOBOX, XMANAGER, DIALOG_MESSAGE; "Widget Event Processing" of the IDL
Application Programming guide; IDL 5.1 online help, WIDGET_INFO: "If the widget has no
children, 0 is returned"):

* an event starts at the widget that made it; the first widget on the way up (the widget
  itself, its parent, ...) with an EVENT_FUNC or EVENT_PRO gets it, with HANDLER set to
  that widget's ID. A procedure swallows the event. A function's return value goes on up
  from the handler's parent when it is a structure (a new event), and is swallowed
  otherwise. An event that reaches the top without a handler is WIDGET_EVENT's result;
* XMANAGER gives the top-level base its EVENT_HANDLER (default ``name + '_event'``) as
  EVENT_PRO and its CLEANUP as KILL_NOTIFY;
* destroying a widget destroys its children; KILL_NOTIFY routines run (children first)
  with the dying widget's ID.
"""

from __future__ import annotations

import copy
import sys
from collections import deque
from dataclasses import dataclass, field

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure, is_structure
from compat._core.idl_types import idl_array

__all__ = ["TYPE_CODES", "Widget", "WidgetTree", "TREE", "reset", "event_structure",
           "UNSET", "table_value"]

#: WIDGET_INFO(/TYPE) codes and WIDGET_INFO(/NAME) names (IDL Reference Guide)
TYPE_CODES = {"BASE": 0, "BUTTON": 1, "SLIDER": 2, "TEXT": 3, "DRAW": 4, "LABEL": 5,
              "LIST": 6, "DROPLIST": 8, "TABLE": 9, "TAB": 10, "TREE": 11, "COMBOBOX": 12}


class _Unset:
    """An undefined IDL variable (a UVALUE never set, or taken with /NO_COPY)."""

    def __repr__(self):
        return "<undefined>"


UNSET = _Unset()

_L, _I, _B = np.int32, np.int16, np.uint8

#: IDL's event structures: name -> [(tag, type)] after ID, TOP, HANDLER (all LONG)
EVENT_TAGS = {
    "WIDGET_BUTTON": [("SELECT", _I)],
    "WIDGET_DROPLIST": [("INDEX", _L)],
    "WIDGET_LIST": [("INDEX", _L), ("CLICKS", _L)],
    "WIDGET_SLIDER": [("VALUE", _L), ("DRAG", _I)],
    "WIDGET_TEXT_CH": [("TYPE", _I), ("OFFSET", _L), ("CH", _B)],
    "WIDGET_TEXT_STR": [("TYPE", _I), ("OFFSET", _L), ("STR", str)],
    "WIDGET_TEXT_DEL": [("TYPE", _I), ("OFFSET", _L), ("LENGTH", _L)],
    "WIDGET_TEXT_SEL": [("TYPE", _I), ("OFFSET", _L), ("LENGTH", _L)],
    "WIDGET_COMBOBOX": [("INDEX", _L), ("STR", str)],
    "WIDGET_DRAW": [("TYPE", _I), ("X", _L), ("Y", _L), ("PRESS", _B), ("RELEASE", _B),
                    ("CLICKS", _I), ("MODIFIERS", _L), ("CH", _I), ("KEY", _L)],
    "WIDGET_BASE": [("X", _L), ("Y", _L)],
    "WIDGET_KILL_REQUEST": [],
    "WIDGET_TIMER": [],
    "WIDGET_TRACKING": [("ENTER", _I)],
    "WIDGET_TAB": [("TAB", _L)],
    "WIDGET_TABLE_CH": [("TYPE", _I), ("OFFSET", _L), ("CH", _B), ("X", _L), ("Y", _L)],
    "WIDGET_TABLE_STR": [("TYPE", _I), ("OFFSET", _L), ("STR", str), ("X", _L), ("Y", _L)],
    "WIDGET_TABLE_CELL_SEL": [("TYPE", _I), ("SEL_LEFT", _L), ("SEL_TOP", _L),
                              ("SEL_RIGHT", _L), ("SEL_BOTTOM", _L)],
}


def event_structure(name: str, wid: int, top: int, handler: int = 0, **fields):
    """IDL's named event structure ``name`` (``{WIDGET_BUTTON, ID:0L, TOP:0L, HANDLER:0L,
    SELECT:0}`` ...) with the given tag values (zero by default), as a one-element
    record array."""
    spec = EVENT_TAGS[name]
    tags = ["ID", "TOP", "HANDLER"] + [t for t, _ in spec]
    values = [_L(wid), _L(top), _L(handler)]
    for tag, kind in spec:
        v = fields.pop(tag.lower(), None)
        values.append(str("" if v is None else v) if kind is str else kind(0 if v is None else v))
    if fields:
        raise CompatValueError(f"{name} has no tag {sorted(fields)[0].upper()}.")
    return build_structure(tags, values, name)


@dataclass
class Widget:
    """One widget: its kind (``'BASE'``, ``'BUTTON'`` ...), place in the tree and state."""

    id: int
    kind: str
    parent: int                      # 0 for a top-level base
    children: list = field(default_factory=list)
    value: object = None             # the kind's value (see WidgetTree.get_value)
    uvalue: object = UNSET
    uname: str = ""
    event_pro: object = None         # a callable, or (name, globals) resolved when called
    event_func: object = None
    kill_notify: object = None
    notify_realize: object = None
    func_get_value: object = None
    pro_set_value: object = None
    sensitive: bool = True
    mapped: bool = True
    realized: bool = False
    selection: object = None         # droplist/combobox index, list indices, slider value,
                                     # button set state
    options: dict = field(default_factory=dict)


def data_copy(value):
    """A copy of a UVALUE as IDL copies a variable: the data (numpy arrays, record
    arrays, dicts, lists, tuples, sets) is copied all the way down; any other object is
    shared, as IDL shares the heap variable an object reference or pointer names."""
    if isinstance(value, np.ndarray):
        if value.dtype.kind == "O":
            out = value.copy()
            flat = out.reshape(-1)
            for k in range(flat.size):
                flat[k] = data_copy(flat[k])
            return out
        return value.copy()
    if isinstance(value, dict):
        return type(value)((k, data_copy(v)) for k, v in value.items()) \
            if type(value) is dict else copy.deepcopy(value)
    if isinstance(value, (list, tuple, set)) and type(value) in (list, tuple, set):
        return type(value)(data_copy(v) for v in value)
    return value


def caller_globals() -> dict:
    """The globals of the nearest caller outside the compat package (where IDL would
    look up a routine named by a string)."""
    frame = sys._getframe(1)
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if not (name == "compat" or name.startswith("compat.")):
            return frame.f_globals
        frame = frame.f_back
    return {}


class WidgetTree:
    """The session's widgets (IDL's widget IDs are LONGs, never reused here), the event
    queue, the XMANAGER registry and the answers DIALOG_MESSAGE gives."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.widgets: dict[int, Widget] = {}
        self.next_id = 1
        self.queue: deque = deque()
        self.later: deque = deque()                # timers set while events run
        self.running = 0
        self.catch = False                         # XMANAGER, CATCH=1 in effect
        self.managed: dict[int, str] = {}          # top-level base -> XMANAGER name
        self.answers: deque = deque()
        self.messages: list = []                   # (title, lines, answer) of each dialog
        self.routines: dict[str, object] = {}      # names registered for string handlers

    # -- the tree -----------------------------------------------------------------------
    def new(self, kind: str, parent, **attributes) -> Widget:
        parent_id = 0 if parent is None else self.id_of(parent)
        if parent_id:
            p = self.get(parent_id)
            if p.kind != "BASE" and not (p.kind == "TAB" and kind == "BASE"):
                raise CompatValueError(f"Parent is not a base widget: {parent_id}."
                                       if p.kind != "TAB" else
                                       f"The children of a tab widget are bases: "
                                       f"{parent_id}.")
        elif kind != "BASE":
            raise CompatValueError("Parent is not a base widget: 0.")
        w = Widget(self.next_id, kind, parent_id, **attributes)
        self.next_id += 1
        self.widgets[w.id] = w
        if parent_id:
            self.widgets[parent_id].children.append(w.id)
            if self.widgets[parent_id].realized:
                self._realize(w)
        return w

    @staticmethod
    def id_of(value) -> int:
        a = np.asarray(value)
        if a.size != 1 or a.dtype.kind not in "iuf":
            raise CompatValueError("Widget ID must be a scalar integer (a LONG).")
        return int(a.reshape(-1)[0])

    def valid(self, value) -> bool:
        return self.id_of(value) in self.widgets

    def get(self, value) -> Widget:
        wid = self.id_of(value)
        w = self.widgets.get(wid)
        if w is None:
            raise CompatValueError(f"Invalid widget identifier: {wid}.")
        return w

    def top(self, w: Widget) -> Widget:
        while w.parent:
            w = self.widgets[w.parent]
        return w

    def ancestors(self, w: Widget):
        while True:
            yield w
            if not w.parent:
                return
            w = self.widgets[w.parent]

    def subtree(self, w: Widget):
        """``w`` and its descendants (and a base's menu bar), depth first, parents
        before children."""
        yield w
        bar = w.options.get("mbar")               # a menu bar belongs to its base
        kids = list(w.children) + ([bar] if bar in self.widgets else [])
        for c in kids:
            yield from self.subtree(self.widgets[c])

    def find_by_uname(self, w: Widget, uname: str) -> int:
        for x in self.subtree(w):
            if x.uname == uname:
                return x.id
        return 0

    def sibling(self, w: Widget) -> int:
        if not w.parent:
            return 0
        kids = self.widgets[w.parent].children
        k = kids.index(w.id)
        return kids[k + 1] if k + 1 < len(kids) else 0

    def effective_sensitive(self, w: Widget) -> bool:
        return all(x.sensitive for x in self.ancestors(w))

    # -- realize / destroy ---------------------------------------------------------------
    def realize(self, w: Widget):
        self._realize(self.top(w) if w.parent and not self.top(w).realized else w)

    def _realize(self, w: Widget):
        for x in self.subtree(w):
            if x.realized:
                continue
            x.realized = True
            if x.kind == "DRAW":
                from compat._core import direct_graphics as dg
                x.value = _open_draw_window(dg.STATE, x.options["size"])
            if x.notify_realize is not None:
                self.call(x.notify_realize, x.id)

    def destroy(self, w: Widget):
        dying = list(self.subtree(w))
        for x in reversed(dying):               # children first
            if x.kill_notify is not None and x.id in self.widgets:
                routine, x.kill_notify = x.kill_notify, None
                self.call(routine, x.id)
        for x in dying:
            self.widgets.pop(x.id, None)
            self.managed.pop(x.id, None)
            if x.kind == "DRAW" and x.realized:
                from compat._core import direct_graphics as dg
                _close_draw_window(dg.STATE, int(x.value))
        if w.parent in self.widgets:
            self.widgets[w.parent].children.remove(w.id)
        self.queue = deque(e for e in self.queue if int(e.ID[0]) in self.widgets)
        self.later = deque(e for e in self.later if int(e.ID[0]) in self.widgets)

    def add_timer(self, event):
        """Queue a timer event. One set while events run (a handler re-arming its timer,
        as an animation does) waits for the next XMANAGER/WIDGET_EVENT call: each call
        is one tick, and a self-re-arming timer cannot loop forever."""
        (self.later if self.running else self.queue).append(event)

    # -- values ------------------------------------------------------------------------
    def get_uvalue(self, w: Widget, no_copy: bool):
        value = w.uvalue
        if no_copy:
            w.uvalue = UNSET
            return None if value is UNSET else value
        return None if value is UNSET else data_copy(value)

    def set_uvalue(self, w: Widget, value, no_copy: bool):
        w.uvalue = value if no_copy else data_copy(value)

    # -- routines named by strings --------------------------------------------------------
    def routine(self, spec):
        if spec is None or callable(spec):
            return spec
        name, namespace = spec
        key = name.strip().lower()
        found = self.routines.get(key)
        if found is None:
            found = namespace.get(name.strip(), namespace.get(key))
        if found is None:
            raise CompatValueError(f"Attempt to call undefined procedure/function: "
                                   f"'{name.strip().upper()}'.")
        return found

    def call(self, spec, *args):
        return self.routine(spec)(*args)

    # -- events --------------------------------------------------------------------------
    def dispatch(self, event, start: Widget | None = None):
        """Deliver ``event`` the way WIDGET_EVENT/XMANAGER do; the event when no handler
        takes it, else None."""
        w = self.get(event.ID) if start is None else start
        while True:
            handler = next((x for x in self.ancestors(w)
                            if x.event_func is not None or x.event_pro is not None), None)
            if handler is None:
                return event
            event = event.copy()
            event["HANDLER"][0] = handler.id
            if handler.event_func is not None:
                out = self.call(handler.event_func, event)
                if not is_structure(out) or not handler.parent or \
                        handler.parent not in self.widgets:
                    return None
                event = out
                w = self.widgets[handler.parent]
            else:
                self.call(handler.event_pro, event)
                return None

    def guarded(self, event):
        """:meth:`dispatch`, with a handler's error caught and printed as XMANAGER does
        when its error handling is on (``XMANAGER, CATCH=1``)."""
        if not self.catch:
            return self.dispatch(event)
        try:
            return self.dispatch(event)
        except Exception as error:                  # noqa: BLE001 - IDL catches all
            print("% XMANAGER: Caught unexpected error from client application. "
                  f"Message follows...\n% {error}", file=sys.stderr)
            return None

    def process(self, ids=None, nowait=True):
        """Run the queued events (of the trees of ``ids``, or all); the first event no
        handler takes (WIDGET_EVENT's result), or None. Timers set meanwhile wait for
        the next call (:meth:`add_timer`)."""
        tops = None if ids is None else {self.top(self.get(i)).id for i in ids}
        kept = deque()
        self.running += 1
        try:
            while self.queue:
                event = self.queue.popleft()
                wid = int(event.ID[0])
                if wid not in self.widgets:
                    continue
                if tops is not None and self.top(self.widgets[wid]).id not in tops:
                    kept.append(event)
                    continue
                left = self.guarded(event)
                if left is not None:
                    return left
        finally:
            self.running -= 1
            self.queue.extendleft(reversed(kept))
            if not self.running:
                self.queue.extend(self.later)
                self.later.clear()
        return None


def _open_draw_window(state, size) -> int:
    """A draw widget's window in direct graphics' window table (the lowest free index
    from 32 up, as WINDOW, /FREE); it becomes the current window when the windowing
    device is current, as realizing a draw widget does in IDL."""
    from compat._core.direct_graphics import DEVICES, Surface
    device = state.device_name if DEVICES[state.device_name].windows else "X"
    index = 32
    while (device, index) in state.windows:
        index += 1
    if device == state.device_name:
        state.open_window(index, tuple(size))
    else:
        state.windows[(device, index)] = Surface(tuple(size))
        state._current_window[device] = index
    return index


def _close_draw_window(state, index: int):
    for device in ("X", "WIN"):
        if (device, index) in state.windows:
            del state.windows[(device, index)]
            if device == state.device_name and int(state.d.window) == index:
                state._show_window(-1)
            elif state._current_window.get(device) == index:
                state._current_window[device] = -1


TREE = WidgetTree()


def reset():
    """Forget every widget, queued event, XMANAGER registration and dialog answer."""
    TREE.reset()


def table_value(value) -> np.ndarray:
    """A table widget's cells: a 2-D array (rows, columns) of an IDL type, strings as
    str (a copy: the caller's array is not the widget's)."""
    a = idl_array(value, "VALUE", string_ok=True)
    if a.ndim == 0:
        a = a.reshape(1, 1)
    elif a.ndim == 1:
        a = a.reshape(1, -1)
    if a.ndim != 2:
        raise CompatValueError("VALUE must be a scalar, vector or 2-D array (structure "
                               "tables are not supported here).")
    return np.array(a, copy=True)
