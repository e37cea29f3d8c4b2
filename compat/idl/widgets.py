"""IDL widgets without a display: WIDGET_BASE, WIDGET_BUTTON, WIDGET_LABEL, WIDGET_TEXT,
WIDGET_DRAW, WIDGET_DROPLIST, WIDGET_LIST, WIDGET_SLIDER and WIDGET_COMBOBOX, over the
widget tree of :mod:`compat._core.widget_tree`; WIDGET_CONTROL, WIDGET_INFO, WIDGET_EVENT,
XMANAGER, XREGISTERED and DIALOG_MESSAGE are :mod:`compat.idl.widget_management`; the
driver below lives in :mod:`compat._core.widget_events` and is reached from here.

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

import numpy as np

from compat._core import widget_tree as core
from compat._core.errors import CompatValueError
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat._core.widget_events import (answers, clamp as _clamp, draw_event, edit_cell,
                                        kill_request, press, register, select,
                                        select_cells, slide, type_text)

__all__ = ["widget_base", "widget_button", "widget_label", "widget_text", "widget_draw",
           "widget_droplist", "widget_list", "widget_slider", "widget_combobox",
           "widget_tab"]

T = core.TREE

#: the test driver (:mod:`compat._core.widget_events`), reached as ``widgets.press`` ...
DRIVER = (answers, register, press, select, slide, type_text, draw_event, kill_request,
          edit_cell, select_cells)

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
    >>> win >= 32, win == int(idl.sysvar('!d').window), int(idl.sysvar('!d').x_size)
    (True, True, 200)
    >>> idl.widget_control(base, destroy=True)
    >>> win in idl.device(window_state=True).window_state.nonzero()[0]
    False
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


@idl_routine("WIDGET_TAB")
def widget_tab(parent, *, location=None, multiline=None, uvalue=None, uname=None,
               event_pro=None, event_func=None, kill_notify=None, notify_realize=None,
               func_get_value=None, pro_set_value=None, sensitive=None, map=None,
               no_copy=False, **look):
    """Create a tab widget, as IDL's ``WIDGET_TAB``: its children are bases, one per
    tab, titled by their TITLE; the first is current. WIDGET_INFO /TAB_NUMBER,
    /TAB_CURRENT and WIDGET_CONTROL SET_TAB_CURRENT= read and set it; choosing a tab
    (:func:`select`) makes ``{WIDGET_TAB, ID:0L, TOP:0L, HANDLER:0L, TAB:0L}``.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> base = idl.widget_base()
    >>> tab = idl.widget_tab(base)
    >>> pages = [idl.widget_base(tab, title=t, column=1) for t in ('Data', 'Plot')]
    >>> idl.widget_control(base, realize=True)
    >>> int(widgets.select(tab, 1).TAB[0]), int(idl.widget_info(tab, tab_current=True))
    (1, 1)
    >>> idl.widget_control(base, destroy=True)
    """
    opts = _look("WIDGET_TAB", look)
    opts.update(location=location, multiline=multiline)
    w = _simple("TAB", "WIDGET_TAB", parent, None, opts,
                _handlers(uvalue=uvalue, uname=uname, event_pro=event_pro,
                          event_func=event_func, kill_notify=kill_notify,
                          notify_realize=notify_realize, func_get_value=func_get_value,
                          pro_set_value=pro_set_value, sensitive=sensitive, map=map))
    w.selection = 0
    return _lid(w)


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
    if w.kind == "TABLE":
        return w.value.copy()
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
    elif w.kind == "TABLE":
        w.value = core.table_value(value)
    elif w.kind == "DRAW":
        raise CompatValueError("SET_VALUE is not defined for draw widgets.")
    else:
        raise CompatValueError("SET_VALUE is not defined for base widgets (give the base "
                               "a PRO_SET_VALUE).")
