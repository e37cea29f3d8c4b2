"""IDL widgets without a display: WIDGET_BASE, WIDGET_BUTTON, WIDGET_LABEL, WIDGET_TEXT,
WIDGET_DRAW, WIDGET_DROPLIST, WIDGET_LIST, WIDGET_SLIDER, WIDGET_COMBOBOX, WIDGET_CONTROL,
WIDGET_INFO, WIDGET_EVENT, XMANAGER, XREGISTERED and DIALOG_MESSAGE, over the widget
tree of :mod:`compat._core.widget_tree`.

A ported widget program runs unchanged in its logic: it builds its tree, keeps its state
in UVALUEs, and its event handlers (Python callables, or names of functions of the
calling module) read IDL's event structures. Nothing is shown; a test plays the user
with the driver functions of this module (not IDL routines, so not in ``__all__``):
:func:`press`, :func:`select`, :func:`slide`, :func:`type_text`, :func:`draw_event`,
:func:`kill_request` and :func:`answers` (DIALOG_MESSAGE's buttons). Each changes the
widget as the user's action would, makes IDL's event structure and delivers it at once
by IDL's rules (the handler found from the widget up; an EVENT_FUNC's structure result
goes on up). XMANAGER registers and then runs the events queued with
``WIDGET_CONTROL, SEND_EVENT=`` or ``TIMER=``, and returns when the queue is empty: there
is no user to wait for.

Geometry and look (XSIZE, FRAME, FONT, /ALIGN_CENTER ...) are accepted and kept, and
change nothing.
"""

from __future__ import annotations

import contextlib

import numpy as np

from compat._core import widget_tree as core
from compat._core.errors import CompatValueError
from compat._core.idl_struct import (as_structure, build_structure, is_structure,
                                     structure_name)
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["widget_base", "widget_button", "widget_label", "widget_text", "widget_draw",
           "widget_droplist", "widget_list", "widget_slider", "widget_combobox",
           "widget_control", "widget_info", "widget_event", "xmanager", "xregistered",
           "dialog_message"]

T = core.TREE

#: layout and look keywords: accepted, kept in the widget's options, no effect here
_LOOK = frozenset("""xsize ysize scr_xsize scr_ysize xoffset yoffset xpad ypad space frame
font units align_bottom align_center align_left align_right align_top base_align_bottom
base_align_center base_align_left base_align_right base_align_top grid_layout scroll
x_scroll_size y_scroll_size resource_name tab_mode tracking_events context_events
kbrd_focus_events floating tlb_frame_attr tlb_iconify_events tlb_move_events
tlb_size_events tlb_kill_request_events tlb_resize_nodraw toolbar bitmap tooltip
dynamic_resize flat wrap no_newline ignore_accelerators retain renderer graphics_level
classname color_model colors expose_events viewport_events wheel_events drop_events
drag_notify accelerator checked_menu help no_release pushbutton_events x_bitmap_extra
display_name sensitive_events suppress_value vertical tlb_title xsize_units
""".split())


def _look(routine: str, extra: dict) -> dict:
    unknown = set(extra) - _LOOK
    if unknown:
        raise CompatValueError(f"Keyword {sorted(unknown)[0].upper()} not allowed in call "
                               f"to: {routine}")
    return dict(extra)


def _handler(value):
    """A handler keyword: a callable, or a routine name looked up when it is called (in
    the routines registered with :func:`register` or the caller's module)."""
    if value is None or callable(value):
        return value
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if not isinstance(value, str):
        raise CompatValueError("An event or notify routine must be a name (string) or a "
                               "callable.")
    if not value.strip():
        return None
    return (value, core.caller_globals())


def _strings(value, what="VALUE") -> list:
    if value is None:
        return []
    a = np.asarray(value)
    if a.dtype.kind == "O":
        a = np.asarray([v.decode("latin-1") if isinstance(v, bytes) else v
                        for v in a.reshape(-1)])
    if a.dtype.kind not in "US" and a.size:
        a = np.char.mod("%s", a)
    return [str(s) for s in a.reshape(-1)]


def _lid(w) -> np.int32:
    return np.int32(w.id)


def _common(w, *, uvalue, uname, event_pro, event_func, kill_notify, notify_realize,
            func_get_value, pro_set_value, sensitive, map=True):
    if uvalue is not None:
        T.set_uvalue(w, uvalue, False)
    w.uname = "" if uname is None else str(uname)
    w.event_pro, w.event_func = _handler(event_pro), _handler(event_func)
    w.kill_notify, w.notify_realize = _handler(kill_notify), _handler(notify_realize)
    w.func_get_value = _handler(func_get_value)
    w.pro_set_value = _handler(pro_set_value)
    w.sensitive = True if sensitive is None else bool(sensitive)
    w.mapped = True if map is None else bool(map)


class WidgetBaseResult(Result):
    """WIDGET_BASE's result and its MBAR output keyword (the menu bar's base ID)."""

    result: np.int32
    mbar: np.int32


@idl_routine("WIDGET_BASE")
def widget_base(parent=None, *, column=None, row=None, title=None, uvalue=None, uname=None,
                mbar=False, group_leader=None, modal=False, exclusive=False,
                nonexclusive=False, event_pro=None, event_func=None, kill_notify=None,
                notify_realize=None, func_get_value=None, pro_set_value=None,
                sensitive=None, map=None, no_copy=False, **look):
    """Create a base widget, as IDL's ``WIDGET_BASE``.

    IDL call forms::

        base = WIDGET_BASE(/COLUMN, TITLE='App', UVALUE=state)  ->  idl.widget_base(column=1, title='App', uvalue=state)
        sub = WIDGET_BASE(base, /ROW, /EXCLUSIVE)              ->  idl.widget_base(base, row=1, exclusive=True)
        base = WIDGET_BASE(MBAR=bar)                            ->  r = idl.widget_base(mbar=True); base, bar = r

    Parameters
    ----------
    parent : int, optional
        The parent base's ID; none for a top-level base.
    column, row, title, group_leader, modal
        Kept (WIDGET_INFO /MODAL reads MODAL); no layout is computed.
    exclusive, nonexclusive : bool
        The buttons of the base are toggles: one set at a time (/EXCLUSIVE) or each on
        its own (/NONEXCLUSIVE); :func:`press` follows that.
    uvalue, uname, event_pro, event_func, kill_notify, notify_realize, func_get_value,
    pro_set_value, sensitive, map
        As in IDL. A routine is a Python callable or the name of a function of the
        calling module (looked up when called, as IDL compiles on first call).
    mbar : bool
        MBAR=variable: the result is ``WidgetBaseResult(result, mbar)``, ``mbar`` the menu
        bar's base ID (a base whose children are menu buttons).

    Returns
    -------
    numpy.int32
        The widget ID (a LONG, as in IDL).

    Examples
    --------
    >>> from compat import idl
    >>> base = idl.widget_base(column=1, title='Demo', uvalue={'count': 0})
    >>> int(idl.widget_info(base, type=True)), idl.widget_info(base, name=True)
    (0, 'BASE')
    >>> idl.widget_control(base, get_uvalue=True).get_uvalue
    {'count': 0}
    >>> idl.widget_control(base, destroy=True)
    """
    opts = _look("WIDGET_BASE", look)
    if parent is not None and group_leader is None:
        pass
    opts.update(column=column, row=row, title="" if title is None else str(title),
                modal=bool(modal), group_leader=group_leader,
                exclusive=bool(exclusive), nonexclusive=bool(nonexclusive))
    w = T.new("BASE", parent, options=opts)
    _common(w, uvalue=uvalue, uname=uname, event_pro=event_pro, event_func=event_func,
            kill_notify=kill_notify, notify_realize=notify_realize,
            func_get_value=func_get_value, pro_set_value=pro_set_value,
            sensitive=sensitive, map=map)
    if mbar:
        bar = T.new("BASE", w.id, options={"menu_bar": True, "row": 1})
        w.children.remove(bar.id)              # the menu bar is no child of the base
        w.options["mbar"] = bar.id
        return WidgetBaseResult(result=_lid(w), mbar=_lid(bar))
    return _lid(w)


def _toggle_parent(parent) -> str:
    p = T.get(parent)
    if p.options.get("exclusive"):
        return "exclusive"
    if p.options.get("nonexclusive"):
        return "nonexclusive"
    return ""


@idl_routine("WIDGET_BUTTON")
def widget_button(parent, *, value=None, uvalue=None, uname=None, menu=None,
                  separator=False, event_pro=None, event_func=None, kill_notify=None,
                  notify_realize=None, func_get_value=None, pro_set_value=None,
                  sensitive=None, map=None, no_copy=False, **look):
    """Create a button, as IDL's ``WIDGET_BUTTON``.

    IDL call forms::

        b = WIDGET_BUTTON(base, VALUE='Go', UVALUE='GO')   ->  idl.widget_button(base, value='Go', uvalue='GO')
        m = WIDGET_BUTTON(bar, VALUE='File', /MENU)        ->  idl.widget_button(bar, value='File', menu=1)

    A button of an /EXCLUSIVE or /NONEXCLUSIVE base is a toggle (WIDGET_INFO
    /BUTTON_SET, WIDGET_CONTROL /SET_BUTTON). GET_VALUE gives the label. Its event is
    ``{WIDGET_BUTTON, ID:0L, TOP:0L, HANDLER:0L, SELECT:0}`` (SELECT 1 when pressed or
    set, 0 when a toggle is released).

    Examples
    --------
    >>> from compat import idl
    >>> base = idl.widget_base(column=1)
    >>> b = idl.widget_button(base, value='Go', uvalue='GO')
    >>> idl.widget_control(b, get_value=True).get_value, int(idl.widget_info(b, type=True))
    ('Go', 1)
    >>> idl.widget_control(base, destroy=True)
    """
    opts = _look("WIDGET_BUTTON", look)
    if parent is None:
        raise CompatValueError("Parent is not a base widget: 0.")
    opts.update(menu=menu, separator=bool(separator), toggle=_toggle_parent(parent))
    p = T.get(parent)
    if p.kind == "BUTTON" and p.options.get("menu"):      # a menu's items
        w = core.Widget(T.next_id, "BUTTON", p.id, options=opts)
        T.next_id += 1
        T.widgets[w.id] = w
        p.children.append(w.id)
    else:
        w = T.new("BUTTON", parent, options=opts)
    w.value = "" if value is None else (value if not isinstance(value, (str, bytes))
                                        else _strings(value)[0])
    w.selection = 0
    _common(w, uvalue=uvalue, uname=uname, event_pro=event_pro, event_func=event_func,
            kill_notify=kill_notify, notify_realize=notify_realize,
            func_get_value=func_get_value, pro_set_value=pro_set_value,
            sensitive=sensitive, map=map)
    return _lid(w)


def _simple(kind, routine, parent, value, opts, handlers):
    w = T.new(kind, parent, options=opts)
    w.value = value
    _common(w, **handlers)
    return w


def _handlers(**kw):
    kw.pop("no_copy", None)
    return kw


@idl_routine("WIDGET_LABEL")
def widget_label(parent, *, value=None, uvalue=None, uname=None, event_pro=None,
                 event_func=None, kill_notify=None, notify_realize=None,
                 func_get_value=None, pro_set_value=None, sensitive=None, map=None,
                 no_copy=False, **look):
    """Create a label, as IDL's ``WIDGET_LABEL``; GET_VALUE gives its text (a string).

    Examples
    --------
    >>> from compat import idl
    >>> base = idl.widget_base(column=1)
    >>> lab = idl.widget_label(base, value='Counts:')
    >>> idl.widget_control(lab, set_value='Counts: 3')
    >>> idl.widget_control(lab, get_value=True).get_value
    'Counts: 3'
    >>> idl.widget_control(base, destroy=True)
    """
    w = _simple("LABEL", "WIDGET_LABEL", parent, "" if value is None else _strings(value)[0],
                _look("WIDGET_LABEL", look),
                _handlers(uvalue=uvalue, uname=uname, event_pro=event_pro,
                          event_func=event_func, kill_notify=kill_notify,
                          notify_realize=notify_realize, func_get_value=func_get_value,
                          pro_set_value=pro_set_value, sensitive=sensitive, map=map))
    return _lid(w)


@idl_routine("WIDGET_TEXT")
def widget_text(parent, *, value=None, editable=False, all_events=False, uvalue=None,
                uname=None, event_pro=None, event_func=None, kill_notify=None,
                notify_realize=None, func_get_value=None, pro_set_value=None,
                sensitive=None, map=None, no_copy=False, **look):
    """Create a text widget, as IDL's ``WIDGET_TEXT``.

    IDL call forms::

        t = WIDGET_TEXT(base, VALUE='10', /EDITABLE)  ->  idl.widget_text(base, value='10', editable=True)

    GET_VALUE gives the text as a string array, one element per line (IDL's form, even
    for one line); SET_VALUE replaces it (/APPEND adds lines). Typing (:func:`type_text`)
    makes ``{WIDGET_TEXT_CH, ID, TOP, HANDLER, TYPE:0, OFFSET:0L, CH:0B}`` with CH 10 for
    the Return key; with /ALL_EVENTS each insertion also makes
    ``{WIDGET_TEXT_STR, ..., TYPE:1, OFFSET:0L, STR:''}``.

    Examples
    --------
    >>> from compat import idl
    >>> base = idl.widget_base(column=1)
    >>> t = idl.widget_text(base, value='10', editable=True)
    >>> idl.widget_control(t, get_value=True).get_value
    array(['10'], dtype='<U2')
    >>> idl.widget_control(base, destroy=True)
    """
    opts = _look("WIDGET_TEXT", look)
    opts.update(editable=bool(editable), all_events=bool(all_events))
    w = _simple("TEXT", "WIDGET_TEXT", parent, _strings(value) or [""], opts,
                _handlers(uvalue=uvalue, uname=uname, event_pro=event_pro,
                          event_func=event_func, kill_notify=kill_notify,
                          notify_realize=notify_realize, func_get_value=func_get_value,
                          pro_set_value=pro_set_value, sensitive=sensitive, map=map))
    return _lid(w)


@idl_routine("WIDGET_DRAW")
def widget_draw(parent, *, xsize=None, ysize=None, button_events=False,
                motion_events=False, keyboard_events=0, uvalue=None, uname=None,
                event_pro=None, event_func=None, kill_notify=None, notify_realize=None,
                func_get_value=None, pro_set_value=None, sensitive=None, map=None,
                no_copy=False, **look):
    """Create a draw widget, as IDL's ``WIDGET_DRAW``.

    IDL call forms::

        d = WIDGET_DRAW(base, XSIZE=400, YSIZE=300)   ->  idl.widget_draw(base, xsize=400, ysize=300)
        WIDGET_CONTROL, d, GET_VALUE=win & WSET, win  ->  idl.wset(idl.widget_control(d, get_value=True).get_value)

    When the widget is realized it gets a window of direct graphics' window table
    (:mod:`compat._core.direct_graphics`: the lowest free index from 32 up, as
    ``WINDOW, /FREE``), of XSIZE x YSIZE (default 100 x 100 here), which becomes the
    current window when a windowing device (X, WIN) is current; GET_VALUE gives that index
    (-1 before realization); destroying the widget deletes the window.

    Examples
    --------
    >>> from compat import idl
    >>> idl.set_plot('X')
    >>> base = idl.widget_base()
    >>> d = idl.widget_draw(base, xsize=200, ysize=150)
    >>> int(idl.widget_control(d, get_value=True).get_value)
    -1
    >>> idl.widget_control(base, realize=True)
    >>> win = int(idl.widget_control(d, get_value=True).get_value)
    >>> win, int(idl.sysvar('!d').window), int(idl.sysvar('!d').x_size)
    (32, 32, 200)
    >>> idl.widget_control(base, destroy=True)
    >>> int(idl.sysvar('!d').window)
    -1
    >>> idl.set_plot('Z')
    """
    opts = _look("WIDGET_DRAW", look)
    opts.update(size=(100 if xsize is None else int(xsize), 100 if ysize is None
                      else int(ysize)), button_events=bool(button_events),
                motion_events=bool(motion_events), keyboard_events=int(keyboard_events))
    w = _simple("DRAW", "WIDGET_DRAW", parent, -1, opts,
                _handlers(uvalue=uvalue, uname=uname, event_pro=event_pro,
                          event_func=event_func, kill_notify=kill_notify,
                          notify_realize=notify_realize, func_get_value=func_get_value,
                          pro_set_value=pro_set_value, sensitive=sensitive, map=map))
    return _lid(w)


def _choice(kind, routine, parent, value, title, look, handlers, **extra):
    opts = _look(routine, look)
    opts.update(title="" if title is None else str(title), **extra)
    w = _simple(kind, routine, parent, _strings(value), opts, handlers)
    return w


@idl_routine("WIDGET_DROPLIST")
def widget_droplist(parent, *, value=None, title=None, uvalue=None, uname=None,
                    event_pro=None, event_func=None, kill_notify=None, notify_realize=None,
                    func_get_value=None, pro_set_value=None, sensitive=None, map=None,
                    no_copy=False, **look):
    """Create a droplist, as IDL's ``WIDGET_DROPLIST``: item 0 is selected;
    WIDGET_INFO /DROPLIST_SELECT, WIDGET_CONTROL SET_DROPLIST_SELECT=; its event is
    ``{WIDGET_DROPLIST, ID:0L, TOP:0L, HANDLER:0L, INDEX:0L}``.

    Examples
    --------
    >>> from compat import idl
    >>> base = idl.widget_base(column=1)
    >>> d = idl.widget_droplist(base, value=['sum', 'mean', 'max'])
    >>> idl.widget_control(d, set_droplist_select=2)
    >>> int(idl.widget_info(d, droplist_select=True)), int(idl.widget_info(d, droplist_number=True))
    (2, 3)
    >>> idl.widget_control(base, destroy=True)
    """
    w = _choice("DROPLIST", "WIDGET_DROPLIST", parent, value, title, look,
                _handlers(uvalue=uvalue, uname=uname, event_pro=event_pro,
                          event_func=event_func, kill_notify=kill_notify,
                          notify_realize=notify_realize, func_get_value=func_get_value,
                          pro_set_value=pro_set_value, sensitive=sensitive, map=map))
    w.selection = 0
    return _lid(w)


@idl_routine("WIDGET_LIST")
def widget_list(parent, *, value=None, multiple=False, uvalue=None, uname=None,
                event_pro=None, event_func=None, kill_notify=None, notify_realize=None,
                func_get_value=None, pro_set_value=None, sensitive=None, map=None,
                no_copy=False, **look):
    """Create a list, as IDL's ``WIDGET_LIST``: nothing is selected at first
    (WIDGET_INFO /LIST_SELECT gives -1); its event is ``{WIDGET_LIST, ID:0L, TOP:0L,
    HANDLER:0L, INDEX:0L, CLICKS:0L}`` (CLICKS 2 for a double click).

    Examples
    --------
    >>> from compat import idl
    >>> base = idl.widget_base(column=1)
    >>> li = idl.widget_list(base, value=['a', 'b', 'c'], multiple=True)
    >>> int(idl.widget_info(li, list_select=True))
    -1
    >>> idl.widget_control(li, set_list_select=[0, 2])
    >>> idl.widget_info(li, list_select=True).tolist()
    [0, 2]
    >>> idl.widget_control(base, destroy=True)
    """
    w = _choice("LIST", "WIDGET_LIST", parent, value, None, look,
                _handlers(uvalue=uvalue, uname=uname, event_pro=event_pro,
                          event_func=event_func, kill_notify=kill_notify,
                          notify_realize=notify_realize, func_get_value=func_get_value,
                          pro_set_value=pro_set_value, sensitive=sensitive, map=map),
                multiple=bool(multiple))
    w.selection = []
    return _lid(w)


@idl_routine("WIDGET_COMBOBOX")
def widget_combobox(parent, *, value=None, editable=False, title=None, uvalue=None,
                    uname=None, event_pro=None, event_func=None, kill_notify=None,
                    notify_realize=None, func_get_value=None, pro_set_value=None,
                    sensitive=None, map=None, no_copy=False, **look):
    """Create a combobox, as IDL's ``WIDGET_COMBOBOX``: item 0 is selected;
    WIDGET_INFO /COMBOBOX_GETTEXT gives the shown text; its event is
    ``{WIDGET_COMBOBOX, ID:0L, TOP:0L, HANDLER:0L, INDEX:0L, STR:''}`` (INDEX -1 for
    text typed into an /EDITABLE combobox).

    Examples
    --------
    >>> from compat import idl
    >>> base = idl.widget_base(column=1)
    >>> c = idl.widget_combobox(base, value=['linear', 'log'])
    >>> idl.widget_info(c, combobox_gettext=True)
    'linear'
    >>> idl.widget_control(base, destroy=True)
    """
    w = _choice("COMBOBOX", "WIDGET_COMBOBOX", parent, value, title, look,
                _handlers(uvalue=uvalue, uname=uname, event_pro=event_pro,
                          event_func=event_func, kill_notify=kill_notify,
                          notify_realize=notify_realize, func_get_value=func_get_value,
                          pro_set_value=pro_set_value, sensitive=sensitive, map=map),
                editable=bool(editable))
    w.selection = 0
    w.options["text"] = w.value[0] if w.value else ""
    return _lid(w)


@idl_routine("WIDGET_SLIDER")
def widget_slider(parent, *, minimum=0, maximum=100, value=None, title=None, drag=False,
                  uvalue=None, uname=None, event_pro=None, event_func=None,
                  kill_notify=None, notify_realize=None, func_get_value=None,
                  pro_set_value=None, sensitive=None, map=None, no_copy=False, **look):
    """Create an integer slider, as IDL's ``WIDGET_SLIDER`` (MINIMUM 0, MAXIMUM 100 and
    VALUE MINIMUM by default; values LONG); its event is ``{WIDGET_SLIDER, ID:0L,
    TOP:0L, HANDLER:0L, VALUE:0L, DRAG:0}``.

    Examples
    --------
    >>> from compat import idl
    >>> base = idl.widget_base(column=1)
    >>> s = idl.widget_slider(base, minimum=1, maximum=9, value=4)
    >>> int(idl.widget_control(s, get_value=True).get_value)
    4
    >>> idl.widget_info(s, slider_min_max=True).tolist()
    [1, 9]
    >>> idl.widget_control(base, destroy=True)
    """
    lo, hi = int(minimum), int(maximum)
    opts = _look("WIDGET_SLIDER", look)
    opts.update(title="" if title is None else str(title), drag=bool(drag), min=lo, max=hi)
    w = _simple("SLIDER", "WIDGET_SLIDER", parent, None, opts,
                _handlers(uvalue=uvalue, uname=uname, event_pro=event_pro,
                          event_func=event_func, kill_notify=kill_notify,
                          notify_realize=notify_realize, func_get_value=func_get_value,
                          pro_set_value=pro_set_value, sensitive=sensitive, map=map))
    w.selection = _clamp(w, lo if value is None else int(np.asarray(value).reshape(-1)[0]))
    return _lid(w)


def _clamp(w, v) -> int:
    lo, hi = sorted((w.options["min"], w.options["max"]))
    return int(min(max(int(v), lo), hi))


# ------------------------------------------------------------------ values of each kind
def _get_value(w):
    if w.func_get_value is not None:
        return T.call(w.func_get_value, _lid(w))
    if w.kind == "TEXT":
        return np.array(w.value, dtype=str)
    if w.kind in ("DROPLIST", "LIST", "COMBOBOX"):
        return np.array(w.value, dtype=str)
    if w.kind == "SLIDER":
        return np.int32(w.selection)
    if w.kind == "DRAW":
        return np.int32(w.value)
    if w.kind in ("BUTTON", "LABEL"):
        return w.value
    raise CompatValueError(f"GET_VALUE is not defined for {w.kind.lower()} widgets "
                           "(give the base a FUNC_GET_VALUE).")


def _set_value(w, value, append=False):
    if w.pro_set_value is not None:
        T.call(w.pro_set_value, _lid(w), value)
        return
    if w.kind == "TEXT":
        lines = _strings(value)
        w.value = (w.value + lines) if append and w.value != [""] else (lines or [""])
    elif w.kind in ("DROPLIST", "LIST", "COMBOBOX"):
        w.value = _strings(value)
        if w.kind == "LIST":
            w.selection = []
        else:
            w.selection = 0
            w.options["text"] = w.value[0] if w.value else ""
    elif w.kind == "SLIDER":
        w.selection = _clamp(w, np.asarray(value).reshape(-1)[0])
    elif w.kind in ("BUTTON", "LABEL"):
        w.value = _strings(value)[0] if isinstance(value, (str, bytes, np.str_)) else value
    elif w.kind == "DRAW":
        raise CompatValueError("SET_VALUE is not defined for draw widgets.")
    else:
        raise CompatValueError("SET_VALUE is not defined for base widgets (give the base "
                               "a PRO_SET_VALUE).")


def _set_button(w, state):
    if w.kind != "BUTTON":
        raise CompatValueError("SET_BUTTON applies to buttons.")
    state = 1 if state else 0
    if state and w.options.get("toggle") == "exclusive":
        for sib in T.widgets[w.parent].children:
            T.widgets[sib].selection = 0
    w.selection = state


class WidgetControlResult(Result):
    """WIDGET_CONTROL's output keywords (only those asked for)."""

    get_value: object
    get_uvalue: object
    get_uname: str


@idl_routine("WIDGET_CONTROL")
def widget_control(widget_id=None, *, set_value=None, get_value=False, set_uvalue=None,
                   get_uvalue=False, no_copy=False, realize=False, destroy=False,
                   map=None, sensitive=None, set_droplist_select=None,
                   set_list_select=None, set_combobox_select=None, set_slider_min=None,
                   set_slider_max=None, set_button=None, set_uname=None, get_uname=False,
                   event_pro=None, event_func=None, kill_notify=None, notify_realize=None,
                   func_get_value=None, pro_set_value=None, send_event=None,
                   clear_events=False, timer=None, append=False, combobox_additem=None,
                   combobox_deleteitem=None, combobox_index=None, reset=False,
                   hourglass=False, update=None, show=None, iconify=None,
                   tlb_set_title=None, input_focus=False, bad_id=False,
                   delay_destroy=False, **look):
    """Set and read a widget, as IDL's ``WIDGET_CONTROL``.

    IDL call forms::

        WIDGET_CONTROL, base, /REALIZE                  ->  idl.widget_control(base, realize=True)
        WIDGET_CONTROL, id, SET_VALUE='x'               ->  idl.widget_control(id, set_value='x')
        WIDGET_CONTROL, id, GET_VALUE=v                 ->  v = idl.widget_control(id, get_value=True).get_value
        WIDGET_CONTROL, ev.top, GET_UVALUE=s, /NO_COPY  ->  s = idl.widget_control(ev.TOP, get_uvalue=True, no_copy=True).get_uvalue
        WIDGET_CONTROL, ev.top, SET_UVALUE=s, /NO_COPY  ->  idl.widget_control(ev.TOP, set_uvalue=s, no_copy=True)
        WIDGET_CONTROL, base, /DESTROY                  ->  idl.widget_control(base, destroy=True)
        WIDGET_CONTROL, id, SEND_EVENT=ev               ->  queued; XMANAGER/WIDGET_EVENT run it

    Parameters
    ----------
    widget_id : int
        The widget (a LONG, or an event's one-element ID/TOP/HANDLER tag).
    get_value, get_uvalue, get_uname : bool
        Output keywords: the result is ``WidgetControlResult`` holding those asked for.
        GET_UVALUE gives a copy (IDL copies); with /NO_COPY the stored value itself, and
        the UVALUE becomes undefined, as in IDL; SET_UVALUE with /NO_COPY stores the
        object itself. An undefined UVALUE reads as None.
    set_value, append
        The kind's value: text lines (/APPEND adds), label or button text, the items of
        a droplist/list/combobox, a slider's value; a base's PRO_SET_VALUE when it has one.
    set_droplist_select, set_list_select, set_combobox_select, set_button,
    set_slider_min, set_slider_max, combobox_additem, combobox_deleteitem, combobox_index
        Selections and items, as IDL.
    realize, destroy, map, sensitive, set_uname, event_pro, event_func, kill_notify,
    notify_realize, func_get_value, pro_set_value
        As IDL: /DESTROY runs the KILL_NOTIFY routines (children first) and frees the
        widgets (a draw widget's window is deleted).
    send_event : structure
        Queued for the widget (its ID and TOP tags become the widget's and its top-level
        base's), run by XMANAGER or WIDGET_EVENT.
    timer : float
        Queues ``{WIDGET_TIMER, ID, TOP, HANDLER}`` for the widget (no clock: it runs with
        the next queued events).
    clear_events : bool
        Drops the queued events of the widget's tree.
    reset : bool
        /RESET (no widget): destroys every widget.
    hourglass, update, show, iconify, tlb_set_title, input_focus, delay_destroy
        Accepted (TLB_SET_TITLE is kept as the base's title).

    Examples
    --------
    >>> from compat import idl
    >>> base = idl.widget_base(column=1, uvalue=[1, 2])
    >>> s = idl.widget_control(base, get_uvalue=True, no_copy=True).get_uvalue
    >>> s, idl.widget_control(base, get_uvalue=True).get_uvalue
    ([1, 2], None)
    >>> idl.widget_control(base, set_uvalue=s + [3], no_copy=True)
    >>> idl.widget_control(base, get_uvalue=True).get_uvalue
    [1, 2, 3]
    >>> idl.widget_control(base, destroy=True)
    """
    _look("WIDGET_CONTROL", look)
    if widget_id is None:
        if reset:
            for w in [w for w in T.widgets.values() if not w.parent]:
                if w.id in T.widgets:
                    T.destroy(w)
            return None
        if hourglass or clear_events:
            if clear_events:
                T.queue.clear()
            return None
        raise CompatValueError("Variable is undefined: Widget_ID.")
    if bad_id and not T.valid(widget_id):
        return None
    w = T.get(widget_id)
    if set_uvalue is not None:
        T.set_uvalue(w, set_uvalue, no_copy)
    if set_uname is not None:
        w.uname = str(set_uname)
    for name, value in (("event_pro", event_pro), ("event_func", event_func),
                        ("kill_notify", kill_notify), ("notify_realize", notify_realize),
                        ("func_get_value", func_get_value),
                        ("pro_set_value", pro_set_value)):
        if value is not None:
            setattr(w, name, _handler(value))
    if set_value is not None:
        _set_value(w, set_value, append=append)
    if combobox_additem is not None:
        items = _strings(combobox_additem)
        at = len(w.value) if combobox_index is None else int(combobox_index)
        w.value[at:at] = items
    if combobox_deleteitem is not None:
        k = int(combobox_deleteitem if combobox_index is None else combobox_index)
        del w.value[k]
    if set_droplist_select is not None:
        w.selection = _index(w, set_droplist_select, "DROPLIST")
    if set_combobox_select is not None:
        w.selection = _index(w, set_combobox_select, "COMBOBOX")
        w.options["text"] = w.value[w.selection] if w.value else ""
    if set_list_select is not None:
        if w.kind != "LIST":
            raise CompatValueError("SET_LIST_SELECT applies to list widgets.")
        sel = [int(i) for i in np.asarray(set_list_select).reshape(-1)]
        w.selection = [i for i in sel if 0 <= i < len(w.value)]
    if set_slider_min is not None:
        w.options["min"] = int(set_slider_min)
        w.selection = _clamp(w, w.selection)
    if set_slider_max is not None:
        w.options["max"] = int(set_slider_max)
        w.selection = _clamp(w, w.selection)
    if set_button is not None:
        _set_button(w, set_button)
    if sensitive is not None:
        w.sensitive = bool(sensitive)
    if map is not None:
        w.mapped = bool(map)
    if tlb_set_title is not None:
        w.options["title"] = str(tlb_set_title)
    if realize:
        T.realize(w)
    if send_event is not None:
        _queue(w, send_event)
    if timer is not None:
        T.queue.append(core.event_structure("WIDGET_TIMER", w.id, T.top(w).id))
    if clear_events:
        top = T.top(w).id
        T.queue = type(T.queue)(e for e in T.queue
                                if T.top(T.get(e.ID)).id != top)
    out = {}
    if get_value:
        out["get_value"] = _get_value(w)
    if get_uvalue:
        out["get_uvalue"] = T.get_uvalue(w, no_copy)
    if get_uname:
        out["get_uname"] = w.uname
    if destroy and w.id in T.widgets:
        T.destroy(w)
    return WidgetControlResult(**out) if out else None


def _index(w, value, kind):
    if w.kind != kind:
        raise CompatValueError(f"SET_{kind}_SELECT applies to {kind.lower()} widgets.")
    k = int(np.asarray(value).reshape(-1)[0])
    if not 0 <= k < max(len(w.value), 1):
        raise CompatValueError(f"Index out of range: {k} (the {kind.lower()} has "
                               f"{len(w.value)} items).")
    return k


def _queue(w, event):
    if not is_structure(event):
        raise CompatValueError("SEND_EVENT must be a structure with ID, TOP and HANDLER.")
    s = as_structure(event)
    tags = list(s.dtype.names)
    if [t.upper() for t in tags[:3]] != ["ID", "TOP", "HANDLER"]:
        raise CompatValueError("SEND_EVENT: the structure's first tags must be ID, TOP, "
                               "HANDLER.")
    values = [np.int32(w.id), np.int32(T.top(w).id), np.int32(0)] + \
        [s[t][0] for t in tags[3:]]
    T.queue.append(build_structure(tags, values, structure_name(s.dtype)))


# ------------------------------------------------------------------------------ info
_INFO_FLAGS = ("valid_id", "parent", "child", "sibling", "realized", "droplist_select",
               "droplist_number", "list_select", "list_number", "list_multiple",
               "combobox_gettext", "combobox_number", "name", "type", "uname",
               "sensitive", "map", "managed", "button_set", "slider_min_max", "event_pro",
               "event_func", "all_children", "n_children", "modal", "active", "version",
               "visible", "geometry", "update", "draw_button_events",
               "draw_motion_events", "text_editable")


@idl_routine("WIDGET_INFO")
def widget_info(widget_id=None, *, find_by_uname=None, **flags):
    """Ask about a widget or the widget system, as IDL's ``WIDGET_INFO``.

    IDL call forms::

        WIDGET_INFO(id, /VALID_ID)              ->  idl.widget_info(id, valid_id=True)
        WIDGET_INFO(id, /PARENT | /CHILD | /SIBLING)
        WIDGET_INFO(base, FIND_BY_UNAME='ok')   ->  idl.widget_info(base, find_by_uname='ok')
        WIDGET_INFO(id, /TYPE), (id, /NAME), (id, /UNAME), (id, /REALIZED), (id, /SENSITIVE)
        WIDGET_INFO(d, /DROPLIST_SELECT), (li, /LIST_SELECT), (s, /SLIDER_MIN_MAX)

    One keyword per call. Results: IDs LONG (0 for none: no child, no sibling, a
    top-level base's parent, an unmatched UNAME); flags LONG 0/1; /TYPE the code
    0 base, 1 button, 2 slider, 3 text, 4 draw, 5 label, 6 list, 8 droplist,
    9 table, 10 tab, 11 tree, 12 combobox; /NAME the upper-case kind ('BASE',
    'BUTTON' ...); /LIST_SELECT -1 when nothing is selected, the index, or the indices
    when several are; /DROPLIST_SELECT and /COMBOBOX_... LONG; /ACTIVE (no ID) 1 when a
    realized top-level base exists. /VALID_ID takes an array of IDs.

    Examples
    --------
    >>> from compat import idl
    >>> base = idl.widget_base(column=1, uname='top')
    >>> b = idl.widget_button(base, value='OK', uname='ok')
    >>> int(idl.widget_info(base, find_by_uname='ok')) == int(b)
    True
    >>> int(idl.widget_info(b, parent=True)) == int(base), int(idl.widget_info(b, child=True))
    (True, 0)
    >>> idl.widget_control(base, destroy=True)
    >>> int(idl.widget_info(b, valid_id=True))
    0
    """
    asked = [k for k, v in flags.items() if v]
    unknown = set(flags) - set(_INFO_FLAGS)
    if unknown:
        raise CompatValueError(f"Keyword {sorted(unknown)[0].upper()} not allowed in call "
                               "to: WIDGET_INFO")
    if find_by_uname is not None:
        return np.int32(T.find_by_uname(T.get(widget_id), str(find_by_uname)))
    if len(asked) != 1:
        raise CompatValueError("Give one keyword (e.g. /VALID_ID, /TYPE, /PARENT).")
    key = asked[0]
    if key == "active":
        return np.int32(any(w.realized and not w.parent for w in T.widgets.values()))
    if key == "version":
        return build_structure(["STYLE", "TOOLKIT", "RELEASE"],
                               ["headless", "compat", "none"])
    if widget_id is None:
        raise CompatValueError("Variable is undefined: Widget_ID.")
    if key == "valid_id":
        ids = np.asarray(widget_id)
        out = np.array([i in T.widgets for i in ids.reshape(-1).astype(np.int64)],
                       dtype=np.int32).reshape(ids.shape)
        return out[()] if out.ndim == 0 else out
    w = T.get(widget_id)
    return _info(w, key)


def _info(w, key):
    L = np.int32
    if key == "parent":
        return L(w.parent)
    if key == "child":
        return L(w.children[0] if w.children else 0)
    if key == "sibling":
        return L(T.sibling(w))
    if key == "all_children":
        return np.array(w.children, dtype=np.int32) if w.children else L(0)
    if key == "n_children":
        return L(len(w.children))
    if key == "realized":
        return L(w.realized)
    if key == "managed":
        return L(T.top(w).id in T.managed)
    if key == "sensitive":
        return L(w.sensitive)
    if key in ("map", "visible"):
        return L(w.mapped)
    if key == "type":
        return L(core.TYPE_CODES[w.kind])
    if key == "name":
        return w.kind
    if key == "uname":
        return w.uname
    if key == "modal":
        return L(w.options.get("modal", False))
    if key in ("event_pro", "event_func"):
        spec = getattr(w, key)
        return "" if spec is None else (spec[0].upper() if isinstance(spec, tuple)
                                         else getattr(spec, "__name__", "").upper())
    if key == "droplist_select":
        _need(w, "DROPLIST", key)
        return L(w.selection)
    if key == "droplist_number":
        _need(w, "DROPLIST", key)
        return L(len(w.value))
    if key == "combobox_gettext":
        _need(w, "COMBOBOX", key)
        return w.options.get("text", "")
    if key == "combobox_number":
        _need(w, "COMBOBOX", key)
        return L(len(w.value))
    if key == "list_select":
        _need(w, "LIST", key)
        sel = sorted(w.selection)
        if not sel:
            return L(-1)
        return L(sel[0]) if len(sel) == 1 else np.array(sel, dtype=np.int32)
    if key == "list_number":
        _need(w, "LIST", key)
        return L(len(w.value))
    if key == "list_multiple":
        _need(w, "LIST", key)
        return L(w.options.get("multiple", False))
    if key == "button_set":
        _need(w, "BUTTON", key)
        return L(w.selection)
    if key == "slider_min_max":
        _need(w, "SLIDER", key)
        return np.array([w.options["min"], w.options["max"]], dtype=np.int32)
    if key == "text_editable":
        _need(w, "TEXT", key)
        return L(w.options.get("editable", False))
    if key in ("draw_button_events", "draw_motion_events"):
        _need(w, "DRAW", key)
        return L(w.options.get(key.replace("draw_", ""), False))
    if key == "update":
        return L(1)
    if key == "geometry":
        size = w.options.get("size", (0, 0))
        return build_structure(["XOFFSET", "YOFFSET", "XSIZE", "YSIZE", "SCR_XSIZE",
                                "SCR_YSIZE"],
                               [np.float32(0), np.float32(0), np.float32(size[0]),
                                np.float32(size[1]), np.float32(size[0]),
                                np.float32(size[1])])
    raise CompatValueError(f"WIDGET_INFO: {key.upper()} is not supported.")


def _need(w, kind, key):
    if w.kind != kind:
        raise CompatValueError(f"{key.upper()} applies to {kind.lower()} widgets, not to "
                               f"a {w.kind.lower()} widget.")


# ------------------------------------------------------------------ events and XMANAGER
def _null_event():
    return build_structure(["ID", "TOP", "HANDLER"], [np.int32(0)] * 3)


@idl_routine("WIDGET_EVENT")
def widget_event(widget_id=None, *, nowait=False, bad_id=False, save_hourglass=False,
                 yield_to_ttys=False):
    """Run the queued events, as IDL's ``WIDGET_EVENT``.

    IDL call form::

        ev = WIDGET_EVENT([id], /NOWAIT)   ->  ev = idl.widget_event(id, nowait=True)

    Events queued for the trees of ``widget_id`` (all when not given) are dispatched by
    IDL's rules; the first one no handler takes is returned. With nothing left the
    result is the null event ``{ID:0L, TOP:0L, HANDLER:0L}`` (what IDL returns with
    /NOWAIT; without it IDL would wait for the user, and there is none here).

    Examples
    --------
    >>> from compat import idl
    >>> base = idl.widget_base(column=1)
    >>> b = idl.widget_button(base, value='Go')
    >>> idl.widget_control(b, send_event={'ID': 0, 'TOP': 0, 'HANDLER': 0})
    >>> ev = idl.widget_event(base)
    >>> int(ev.ID[0]) == int(b), int(ev.HANDLER[0]) == int(base)
    (True, True)
    >>> idl.widget_control(base, destroy=True)
    """
    ids = None if widget_id is None else list(np.asarray(widget_id).reshape(-1))
    if ids is not None and bad_id:
        ids = [i for i in ids if T.valid(i)]
    left = T.process(ids)
    if left is None:
        return _null_event()
    left = left.copy()
    left["HANDLER"][0] = T.top(T.get(left.ID)).id if int(left.ID[0]) in T.widgets else 0
    return left


@idl_routine("XMANAGER")
def xmanager(name=None, widget_id=None, *, event_handler=None, cleanup=None,
             group_leader=None, no_block=False, just_reg=False, catch=None, modal=False,
             background=None):
    """Register a widget program and run its queued events, as IDL's ``XMANAGER``.

    IDL call forms::

        XMANAGER, 'myapp', base, /NO_BLOCK           ->  idl.xmanager('myapp', base, no_block=True)
        XMANAGER, 'myapp', base, EVENT_HANDLER='h', CLEANUP='c'
        XMANAGER                                      ->  idl.xmanager()

    The top-level base gets EVENT_HANDLER (default the routine ``name + '_event'``) as
    its EVENT_PRO and CLEANUP as its KILL_NOTIFY, as XMANAGER does; XREGISTERED(name)
    counts it. Then (unless /JUST_REG) the queued events are run; XMANAGER returns when
    none is left (headless: no user to wait for, blocking or not). Events of the running
    program are delivered by the driver functions of this module as they happen.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> seen = []
    >>> base = idl.widget_base(column=1)
    >>> b = idl.widget_button(base, value='Go', uvalue='GO')
    >>> idl.widget_control(base, realize=True)
    >>> idl.xmanager('demo', base, event_handler=lambda ev: seen.append(int(ev.SELECT[0])))
    >>> int(idl.xregistered('demo', noshow=True))
    1
    >>> widgets.press(b)
    >>> seen
    [1]
    >>> idl.widget_control(base, destroy=True)
    """
    if name is None and widget_id is None:
        T.process()
        return None
    if widget_id is None:
        raise CompatValueError("Variable is undefined: ID.")
    w = T.get(widget_id)
    if w.parent:
        raise CompatValueError("ID must be a top-level base.")
    text = str(name)
    if event_handler is None:
        if w.event_pro is None and w.event_func is None:
            w.event_pro = (text + "_event", core.caller_globals())
    else:
        w.event_pro = _handler(event_handler)
        w.event_func = None
    if cleanup is not None:
        w.kill_notify = _handler(cleanup)
    T.managed[w.id] = text
    if not just_reg:
        T.process()
    return None


@idl_routine("XREGISTERED")
def xregistered(name, *, noshow=False):
    """The number of top-level bases XMANAGER registered under ``name`` that are still
    alive, as IDL's ``XREGISTERED`` (a program tests it to run only once).

    Examples
    --------
    >>> from compat import idl
    >>> int(idl.xregistered('never_registered'))
    0
    """
    key = str(name).lower()
    return np.int32(sum(1 for n in T.managed.values() if n.lower() == key))


# --------------------------------------------------------------------------- dialog
@idl_routine("DIALOG_MESSAGE")
def dialog_message(message_text, *, cancel=False, center=False, default_cancel=False,
                   default_no=False, dialog_parent=None, display_name=None, error=False,
                   information=False, question=False, resource_name=None, title=None):
    """Show a message and return the button chosen, as IDL's ``DIALOG_MESSAGE``.

    IDL call forms::

        r = DIALOG_MESSAGE('Saved.', /INFORMATION)      ->  idl.dialog_message('Saved.', information=True)
        r = DIALOG_MESSAGE('Overwrite?', /QUESTION)     ->  'Yes' or 'No'

    The dialog's buttons are IDL's: OK (warning, the default type; /ERROR;
    /INFORMATION), Yes and No (/QUESTION), and Cancel with /CANCEL or /DEFAULT_CANCEL.
    The result is the chosen button's text ('OK', 'Yes', 'No', 'Cancel').

    Without a display there is no one to click, and IDL documents no behaviour for that
    case; here the message lines are printed (``% DIALOG_MESSAGE (title): line``) and the
    answer is the next one queued with :func:`answers` (a test's way of choosing), else
    the dialog's default button: 'Yes' for /QUESTION ('No' with /DEFAULT_NO), 'Cancel'
    with /DEFAULT_CANCEL, else 'OK'. An answer that is not one of the dialog's buttons
    is an error. Every dialog is recorded in ``compat._core.widget_tree.TREE.messages``.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> idl.dialog_message('Saved.', information=True)
    % DIALOG_MESSAGE: Saved.
    'OK'
    >>> with widgets.answers('No'):
    ...     idl.dialog_message(['Overwrite', 'the file?'], question=True, title='Save')
    % DIALOG_MESSAGE (Save): Overwrite
    % DIALOG_MESSAGE (Save): the file?
    'No'
    """
    lines = _strings(message_text)
    if not lines:
        raise CompatValueError("Message_Text must be a string or string array.")
    buttons = ["Yes", "No"] if question else ["OK"]
    if cancel or default_cancel:
        buttons.append("Cancel")
    if default_cancel:
        default = "Cancel"
    elif question:
        default = "No" if default_no else "Yes"
    else:
        default = "OK"
    head = "% DIALOG_MESSAGE" + (f" ({title})" if title else "") + ": "
    for line in lines:
        print(head + line)
    answer = T.answers.popleft() if T.answers else default
    if answer not in buttons:
        raise CompatValueError(f"The queued answer {answer!r} is not a button of this "
                               f"dialog ({', '.join(buttons)}).")
    T.messages.append(("" if title is None else str(title), lines, answer))
    return answer


# ------------------------------------------------------------------ the test driver
@contextlib.contextmanager
def answers(*texts):
    """Queue the buttons the next DIALOG_MESSAGE calls choose ('Yes', 'No', 'OK',
    'Cancel'), for the ``with`` block (answers left unused are dropped at its end).

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> with widgets.answers('Cancel'):
    ...     idl.dialog_message('Quit?', question=True, cancel=True)
    % DIALOG_MESSAGE: Quit?
    'Cancel'
    """
    T.answers.extend(str(t) for t in texts)
    try:
        yield
    finally:
        T.answers.clear()


def register(name: str, routine) -> None:
    """Make ``routine`` the routine ``name`` for handlers given by name (EVENT_PRO='x',
    XMANAGER's default ``name + '_event'``, KILL_NOTIFY ...), wherever it is defined.

    Examples
    --------
    >>> from compat.idl import widgets
    >>> widgets.register('app_event', lambda ev: None)
    """
    T.routines[str(name).strip().lower()] = routine


def _user(w):
    if not w.realized:
        raise CompatValueError(f"Widget {w.id} is not realized: the user cannot reach it "
                               "(WIDGET_CONTROL, top, /REALIZE first).")
    if not T.effective_sensitive(w):
        raise CompatValueError(f"Widget {w.id} is insensitive: the user cannot use it.")
    if not all(x.mapped for x in T.ancestors(w)):
        raise CompatValueError(f"Widget {w.id} is not mapped: the user cannot see it.")


def _deliver(w, name, **fields):
    ev = core.event_structure(name, w.id, T.top(w).id, **fields)
    return T.dispatch(ev)


def press(widget_id, *, select=None):
    """Play a click on a button; returns the event no handler took (or None).

    A plain button makes ``{WIDGET_BUTTON, ..., SELECT:1}``. A button of an /EXCLUSIVE
    base is set and the one set before is released: its SELECT=0 event comes first; a
    button already set makes no event. A /NONEXCLUSIVE button toggles (SELECT is its new
    state). ``select`` forces the SELECT value for a plain button.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> base = idl.widget_base(column=1)
    >>> b = idl.widget_button(base, value='Go')
    >>> idl.widget_control(base, realize=True)
    >>> ev = widgets.press(b)          # no handler: the event is returned
    >>> idl.tag_names(ev, structure_name=True), int(ev.SELECT[0])
    ('WIDGET_BUTTON', 1)
    >>> idl.widget_control(base, destroy=True)
    """
    w = T.get(widget_id)
    if w.kind != "BUTTON":
        raise CompatValueError(f"Widget {w.id} is a {w.kind.lower()}, not a button.")
    _user(w)
    mode = w.options.get("toggle")
    if mode == "exclusive":
        if w.selection:
            return None
        before = [T.widgets[s] for s in T.widgets[w.parent].children
                  if T.widgets[s].selection]
        _set_button(w, 1)
        left = None
        for b in before:
            left = _deliver(b, "WIDGET_BUTTON", select=0) or left
        return _deliver(w, "WIDGET_BUTTON", select=1) or left
    if mode == "nonexclusive":
        _set_button(w, 0 if w.selection else 1)
        return _deliver(w, "WIDGET_BUTTON", select=w.selection)
    return _deliver(w, "WIDGET_BUTTON", select=1 if select is None else select)


def select(widget_id, index, *, clicks=1, text=None):
    """Play choosing item ``index`` of a droplist, list (``clicks`` 2: a double
    click) or combobox (``text``: typed into an /EDITABLE combobox, INDEX -1); the event
    no handler took, or None.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> base = idl.widget_base(column=1)
    >>> d = idl.widget_droplist(base, value=['a', 'b', 'c'])
    >>> idl.widget_control(base, realize=True)
    >>> int(widgets.select(d, 2).INDEX[0]), int(idl.widget_info(d, droplist_select=True))
    (2, 2)
    >>> idl.widget_control(base, destroy=True)
    """
    w = T.get(widget_id)
    _user(w)
    k = int(index)
    if w.kind == "COMBOBOX" and text is not None:
        if not w.options.get("editable"):
            raise CompatValueError("The combobox is not editable.")
        w.options["text"] = str(text)
        return _deliver(w, "WIDGET_COMBOBOX", index=-1, str=str(text))
    if not 0 <= k < len(w.value):
        raise CompatValueError(f"Index {k} is not an item of the {w.kind.lower()} "
                               f"({len(w.value)} items).")
    if w.kind == "DROPLIST":
        w.selection = k
        return _deliver(w, "WIDGET_DROPLIST", index=k)
    if w.kind == "LIST":
        w.selection = [k]
        return _deliver(w, "WIDGET_LIST", index=k, clicks=clicks)
    if w.kind == "COMBOBOX":
        w.selection = k
        w.options["text"] = w.value[k]
        return _deliver(w, "WIDGET_COMBOBOX", index=k, str=w.value[k])
    raise CompatValueError(f"Widget {w.id} is a {w.kind.lower()}: select() plays "
                           "droplists, lists and comboboxes.")


def slide(widget_id, value, *, drag=0):
    """Play moving a slider to ``value`` (kept within its range); ``drag=1`` is an
    event sent while dragging (sliders made with /DRAG). The event no handler took, or
    None.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> base = idl.widget_base(column=1)
    >>> s = idl.widget_slider(base, maximum=10)
    >>> idl.widget_control(base, realize=True)
    >>> int(widgets.slide(s, 12).VALUE[0])
    10
    >>> idl.widget_control(base, destroy=True)
    """
    w = T.get(widget_id)
    if w.kind != "SLIDER":
        raise CompatValueError(f"Widget {w.id} is a {w.kind.lower()}, not a slider.")
    _user(w)
    w.selection = _clamp(w, value)
    return _deliver(w, "WIDGET_SLIDER", value=w.selection, drag=drag)


def type_text(widget_id, text, *, enter=True):
    """Play typing ``text`` into a text widget (replacing its text), then Return.

    With /ALL_EVENTS the insertion makes ``{WIDGET_TEXT_STR, ..., TYPE:1, OFFSET, STR}``
    (OFFSET the insertion point after the text); the Return key (``enter``) makes
    ``{WIDGET_TEXT_CH, ..., TYPE:0, OFFSET, CH:10B}``, the event an editable single-line
    text widget makes without /ALL_EVENTS. CW_FIELD's fields take the same call. The
    last event no handler took, or None.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> base = idl.widget_base(column=1)
    >>> t = idl.widget_text(base, editable=True)
    >>> idl.widget_control(base, realize=True)
    >>> ev = widgets.type_text(t, '42')
    >>> idl.tag_names(ev, structure_name=True), int(ev.CH[0]), int(ev.OFFSET[0])
    ('WIDGET_TEXT_CH', 10, 2)
    >>> idl.widget_control(t, get_value=True).get_value
    array(['42'], dtype='<U2')
    >>> idl.widget_control(base, destroy=True)
    """
    w = T.get(widget_id)
    if w.kind == "BASE" and w.options.get("cw_field"):
        w = T.get(w.options["cw_field"])
    if w.kind != "TEXT":
        raise CompatValueError(f"Widget {w.id} is a {w.kind.lower()}, not a text widget.")
    _user(w)
    if not w.options.get("editable"):
        raise CompatValueError(f"Text widget {w.id} is not editable.")
    text = str(text)
    w.value = text.split("\n")
    left = None
    if w.options.get("all_events") and text:
        left = _deliver(w, "WIDGET_TEXT_STR", type=1, offset=len(text), str=text)
    if enter:
        left = _deliver(w, "WIDGET_TEXT_CH", type=0, offset=len(text), ch=10) or left
    return left


def draw_event(widget_id, x, y, *, type=0, press=1, release=0, clicks=1, modifiers=0,
               ch=0, key=0):
    """Play a mouse event in a draw widget: ``{WIDGET_DRAW, ID, TOP, HANDLER, TYPE,
    X, Y, PRESS, RELEASE, CLICKS, MODIFIERS, CH, KEY}`` (TYPE 0 press, 1 release,
    2 motion; PRESS/RELEASE the button mask 1 left, 2 middle, 4 right; X, Y device
    pixels from the lower left). The event no handler took, or None.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> base = idl.widget_base()
    >>> d = idl.widget_draw(base, button_events=True)
    >>> idl.widget_control(base, realize=True)
    >>> ev = widgets.draw_event(d, 10, 20)
    >>> int(ev.X[0]), int(ev.Y[0]), int(ev.PRESS[0])
    (10, 20, 1)
    >>> idl.widget_control(base, destroy=True)
    """
    w = T.get(widget_id)
    if w.kind != "DRAW":
        raise CompatValueError(f"Widget {w.id} is a {w.kind.lower()}, not a draw widget.")
    _user(w)
    return _deliver(w, "WIDGET_DRAW", type=type, x=x, y=y,
                    press=press if type == 0 else 0,
                    release=release if type != 1 else (release or press), clicks=clicks,
                    modifiers=modifiers, ch=ch, key=key)


def kill_request(widget_id):
    """Play closing a top-level base with the window manager: a base made with
    /TLB_KILL_REQUEST_EVENTS gets ``{WIDGET_KILL_REQUEST, ID, TOP, HANDLER}``; any other
    is destroyed, as IDL does. The event no handler took, or None.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> base = idl.widget_base()
    >>> idl.widget_control(base, realize=True)
    >>> widgets.kill_request(base)
    >>> int(idl.widget_info(base, valid_id=True))
    0
    """
    w = T.get(widget_id)
    if w.parent:
        raise CompatValueError("Only a top-level base can be closed.")
    if w.options.get("tlb_kill_request_events"):
        return _deliver(w, "WIDGET_KILL_REQUEST")
    T.destroy(w)
    return None
