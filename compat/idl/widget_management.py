"""IDL's widget management: WIDGET_CONTROL, WIDGET_INFO, WIDGET_EVENT, XMANAGER,
XREGISTERED and DIALOG_MESSAGE, on the widget tree of :mod:`compat._core.widget_tree`
(the widgets themselves: :mod:`compat.idl.widgets`).
"""

from __future__ import annotations

import numpy as np

from compat._core import widget_tree as core
from compat._core.errors import CompatValueError
from compat._core.idl_struct import (as_structure, build_structure, is_structure,
                                     structure_name)
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat._core.widget_events import clamp as _clamp, set_button as _set_button
from compat.idl.widgets import _get_value, _handler, _look, _set_value, _strings

__all__ = ["widget_control", "widget_info", "widget_event", "xmanager", "xregistered",
           "dialog_message"]

T = core.TREE

#: WIDGET_CONTROL keywords about the screen alone: accepted, no effect here (DRAW_XSIZE,
#: DRAW_YSIZE and XSIZE/YSIZE of a draw widget resize its window; BASE_SET_TITLE titles)
_CONTROL_LOOK = frozenset("""set_text_top_line set_text_select no_newline draw_xsize
draw_ysize set_draw_view tlb_set_xoffset tlb_set_yoffset base_set_title set_list_top
managed set_tab_mode context_events draw_button_events draw_motion_events
draw_keyboard_events draw_expose_events draw_viewport_events draw_wheel_events
""".split())

#: traps a line-by-line port of a widget program meets (read by ``python -m compat scan``)
__legacy_pitfalls__ = {
    "idl.xmanager": [{
        "id": "idl.xmanager.headless",
        "when": {"call": True},
        "message": "{name} waits in IDL until the program's widgets are destroyed; nothing "
                   "is shown in compat and there is no user",
        "compat": "{compat} registers the program, runs the queued events and returns; a "
                  "test plays the user with compat.idl.widgets.press, select, slide, "
                  "type_text, draw_event (handler errors propagate unless "
                  "idl.xmanager(catch=1))"}],
    "idl.dialog_message": [{
        "id": "idl.dialog_message.headless",
        "when": {"call": True},
        "message": "{name} waits for the user to click a button",
        "compat": "{compat} prints the message and returns the default button ('OK', "
                  "'Yes' for /QUESTION); a test chooses with "
                  "'with compat.idl.widgets.answers(\"No\"): ...'"}],
    "idl.widget_control": [{
        "id": "idl.widget_control.output_keywords",
        "when": {"keywords_any": ["get_value", "get_uvalue", "get_uname"]},
        "message": "{detail}: WIDGET_CONTROL's GET_ keywords write into the variables named",
        "compat": "take them from the result: s = {compat}(id, get_uvalue=True).get_uvalue; "
                  "with /NO_COPY store the state back with set_uvalue=s, no_copy=True"}],
}


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
                   delay_destroy=False, set_table_select=None, use_table_select=None,
                   set_tab_current=None, **look):
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
        GET_UVALUE gives a copy (IDL copies the variable: arrays, dicts, lists and
        tuples are copied all the way down, other Python objects shared as IDL shares
        the heap variable of an object reference); with /NO_COPY the stored value itself, and
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
        the queued events; one set while events run -- a handler re-arming its timer --
        waits for the next XMANAGER or WIDGET_EVENT call, so each call is one tick).
    clear_events : bool
        Drops the queued events of the widget's tree.
    reset : bool
        /RESET (no widget): destroys every widget.
    set_tab_current
        The current tab of a tab widget (from 0).
    set_table_select, use_table_select
        A table's selected cells ``[left, top, right, bottom]`` (columns and rows from 0);
        GET_VALUE/SET_VALUE with USE_TABLE_SELECT (the selection, /USE_TABLE_SELECT, or
        ``[left, top, right, bottom]``) read or write those cells only.
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
    _look("WIDGET_CONTROL", {k: v for k, v in look.items() if k not in _CONTROL_LOOK})
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
    if set_table_select is not None:
        w.selection = _table_region(w, set_table_select, "SET_TABLE_SELECT")
    if set_tab_current is not None:
        if w.kind != "TAB":
            raise CompatValueError("SET_TAB_CURRENT applies to tab widgets.")
        k = int(np.asarray(set_tab_current).reshape(-1)[0])
        if not 0 <= k < len(w.children):
            raise CompatValueError(f"Index out of range: {k} (the tab has "
                                   f"{len(w.children)} tabs).")
        w.selection = k
    if set_value is not None:
        if w.kind == "TABLE" and use_table_select is not None:
            l, t, r, b = _table_region(w, use_table_select, "USE_TABLE_SELECT")
            block = np.asarray(set_value, dtype=w.value.dtype)
            w.value[t:b + 1, l:r + 1] = block.reshape(b - t + 1, r - l + 1)
        else:
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
    if tlb_set_title is not None or look.get("base_set_title") is not None:
        w.options["title"] = str(tlb_set_title if tlb_set_title is not None
                                 else look["base_set_title"])
    if w.kind == "DRAW":
        _resize_draw(w, look.get("draw_xsize", look.get("xsize")),
                     look.get("draw_ysize", look.get("ysize")))
    if realize:
        T.realize(w)
    if send_event is not None:
        _queue(w, send_event)
    if timer is not None:
        T.add_timer(core.event_structure("WIDGET_TIMER", w.id, T.top(w).id))
    if clear_events:
        top = T.top(w).id
        T.queue = type(T.queue)(e for e in T.queue
                                if T.top(T.get(e.ID)).id != top)
    out = {}
    if get_value:
        if w.kind == "TABLE" and use_table_select is not None:
            l, t, r, b = _table_region(w, use_table_select, "USE_TABLE_SELECT")
            out["get_value"] = w.value[t:b + 1, l:r + 1].copy()
        else:
            out["get_value"] = _get_value(w)
    if get_uvalue:
        out["get_uvalue"] = T.get_uvalue(w, no_copy)
    if get_uname:
        out["get_uname"] = w.uname
    if destroy and w.id in T.widgets:
        T.destroy(w)
    return WidgetControlResult(**out) if out else None


def _resize_draw(w, xsize, ysize):
    """A draw widget's new size; its window (when realized) takes it, as IDL's."""
    if xsize is None and ysize is None:
        return
    size = list(w.options["size"])
    if xsize is not None:
        size[0] = int(xsize)
    if ysize is not None:
        size[1] = int(ysize)
    w.options["size"] = tuple(size)
    if w.realized:
        from compat._core import direct_graphics as dg
        state = dg.STATE
        for device in ("X", "WIN"):
            surface = state.windows.get((device, int(w.value)))
            if surface is not None:
                surface.size = tuple(size)
                if device == state.device_name and int(state.d.window) == int(w.value):
                    state._show_window(int(w.value))


def _table_region(w, value, keyword):
    if w.kind != "TABLE":
        raise CompatValueError(f"{keyword} applies to table widgets.")
    if value is True or (np.ndim(value) == 0 and int(value) == 1 and keyword.startswith("USE")):
        if w.selection is None or w.selection[0] < 0:
            raise CompatValueError("USE_TABLE_SELECT: the table has no selection.")
        return list(w.selection)
    box = [int(v) for v in np.asarray(value).reshape(-1)]
    rows, cols = w.value.shape
    if len(box) != 4 or not (0 <= box[0] <= box[2] < cols and 0 <= box[1] <= box[3] < rows):
        raise CompatValueError(f"{keyword} must be [left, top, right, bottom] within the "
                               f"table's {cols} columns and {rows} rows.")
    return box


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
               "draw_motion_events", "text_editable", "table_select", "tab_number",
               "tab_current")


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
    if key in ("tab_number", "tab_current"):
        _need(w, "TAB", key)
        return L(len(w.children) if key == "tab_number" else w.selection)
    if key == "table_select":
        _need(w, "TABLE", key)
        return np.array(w.selection if w.selection is not None else [-1] * 4,
                        dtype=np.int32)
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
    the steps of IDL's WIDGET_EVENT page: from the widget that made the event up to the
    first widget with an EVENT_PRO (called with HANDLER set to that widget; the event is
    swallowed) or EVENT_FUNC (a structure result replaces the event and the search goes
    on up, anything else is swallowed). The first event no handler takes is returned
    (its HANDLER set here to the top-level base: the page does not say). With nothing
    left the result is ``{ID:0L, TOP:0L, HANDLER:0L}``: with /NOWAIT IDL returns a
    structure whose ID is zero; without it IDL would wait for the user, and there is
    none here.

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

    As IDL 7.0's xmanager.pro: the widget gets EVENT_HANDLER (default the routine
    ``name + '_event'``, replacing an EVENT_PRO it had) as its EVENT_PRO and CLEANUP as
    its KILL_NOTIFY; XREGISTERED(name) counts it; with no arguments and nothing
    registered it says "No widgets are currently being managed.". Then (unless
    /JUST_REG) the queued events are run; XMANAGER returns when none is left (headless:
    no user to wait for, blocking or not). Events the user makes are delivered by the
    driver (``compat.idl.widgets.press`` ...) as they happen.

    Errors: IDL's XMANAGER catches an error of a handler by default and prints
    "XMANAGER: Caught unexpected error from client application. Message follows...";
    here errors propagate (IDL's ``XMANAGER, CATCH=0``), since a test must see them.
    ``idl.xmanager(catch=1)`` turns IDL's default on (for XMANAGER's and the driver's
    events), ``catch=0`` off again; each prints "Error handling is now on/off".

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
    if catch is not None:
        T.catch = bool(catch)
        print(f"% XMANAGER: Error handling is now {'on' if T.catch else 'off'}")
        return None
    if name is None and widget_id is None:
        if not T.managed:
            print("% XMANAGER: No widgets are currently being managed.")
            return None
        T.process()
        return None
    if widget_id is None or name is None:
        raise CompatValueError("Wrong number of arguments, usage: XMANAGER [, name, id]")
    if not T.valid(widget_id):
        raise CompatValueError("Invalid widget ID.")
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    if not isinstance(name, str):
        raise CompatValueError("Invalid widget name.")
    w = T.get(widget_id)
    if cleanup is not None:
        w.kill_notify = _handler(cleanup)
    w.event_pro = (name + "_event", core.caller_globals()) if event_handler is None \
        else _handler(event_handler)
    w.event_func = None
    if group_leader is not None:
        w.options["group_leader"] = group_leader
    T.managed[w.id] = name
    if not just_reg:
        T.process()
    return None


@idl_routine("XREGISTERED")
def xregistered(name, *, noshow=False):
    """The number of top-level bases XMANAGER registered under ``name`` that are still
    alive, as IDL's ``XREGISTERED`` (a program tests it to run only once). The name is
    compared exactly (case-sensitive), as IDL 7.0's xregistered.pro does.

    Examples
    --------
    >>> from compat import idl
    >>> int(idl.xregistered('never_registered'))
    0
    """
    key = str(name)
    return np.int32(sum(1 for n in T.managed.values() if n == key))


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
