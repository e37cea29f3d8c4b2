"""The user of a headless widget program: functions a test calls to play clicks,
choices, typing and mouse events on the widgets of :mod:`compat._core.widget_tree`, each
changing the widget as the user's action would and delivering IDL's event structure at
once by IDL's dispatch rules; and the answers DIALOG_MESSAGE gives.

They are reached as ``compat.idl.widgets.press`` and so on (not IDL routines).
"""

from __future__ import annotations

import contextlib

from compat._core import widget_tree as core
from compat._core.errors import CompatValueError

__all__ = ["answers", "register", "press", "select", "slide", "type_text", "draw_event",
           "kill_request", "edit_cell", "select_cells", "set_button", "clamp"]

T = core.TREE


def clamp(w, v) -> int:
    """``v`` kept within a slider's range."""
    lo, hi = sorted((w.options["min"], w.options["max"]))
    return int(min(max(int(v), lo), hi))


def set_button(w, state):
    """Set or clear a button; setting a button of an /EXCLUSIVE base clears the others."""
    if w.kind != "BUTTON":
        raise CompatValueError("SET_BUTTON applies to buttons.")
    state = 1 if state else 0
    if state and w.options.get("toggle") == "exclusive":
        for sib in T.widgets[w.parent].children:
            T.widgets[sib].selection = 0
    w.selection = state

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
    return T.guarded(ev)


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
        set_button(w, 1)
        left = None
        for b in before:
            left = _deliver(b, "WIDGET_BUTTON", select=0) or left
        return _deliver(w, "WIDGET_BUTTON", select=1) or left
    if mode == "nonexclusive":
        set_button(w, 0 if w.selection else 1)
        return _deliver(w, "WIDGET_BUTTON", select=w.selection)
    return _deliver(w, "WIDGET_BUTTON", select=1 if select is None else select)


def select(widget_id, index, *, clicks=1, text=None):
    """Play choosing item ``index`` of a droplist, list (``clicks`` 2: a double
    click), combobox (``text``: typed into an /EDITABLE combobox, INDEX -1) or the tab
    ``index`` of a tab widget; the event no handler took, or None.

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
    if w.kind not in ("DROPLIST", "LIST", "COMBOBOX", "TAB"):
        raise CompatValueError(f"Widget {w.id} is a {w.kind.lower()}: select() plays "
                               "droplists, lists, comboboxes and tabs.")
    _user(w)
    k = int(index)
    if w.kind == "COMBOBOX" and text is not None:
        if not w.options.get("editable"):
            raise CompatValueError("The combobox is not editable.")
        w.options["text"] = str(text)
        return _deliver(w, "WIDGET_COMBOBOX", index=-1, str=str(text))
    n = len(w.children) if w.kind == "TAB" else len(w.value or [])
    if not 0 <= k < n:
        raise CompatValueError(f"Index {k} is not an item of the {w.kind.lower()} "
                               f"({n} items).")
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
    if w.kind == "TAB":
        w.selection = k
        return _deliver(w, "WIDGET_TAB", tab=k)
    raise CompatValueError(f"Widget {w.id} is a {w.kind.lower()}: select() plays "
                           "droplists, lists, comboboxes and tabs.")


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
    w.selection = clamp(w, value)
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


def edit_cell(widget_id, x, y, text, *, enter=True):
    """Play typing ``text`` into cell (column ``x``, row ``y``) of an /EDITABLE table and
    pressing Return: the cell takes the text in the table's type (IDL's conversion:
    unreadable numbers give 0) and ``{WIDGET_TABLE_CH, ..., CH:10B, X, Y}`` is delivered
    (with /ALL_EVENTS first ``{WIDGET_TABLE_STR, ..., STR, X, Y}``). The last event no
    handler took, or None. Example: :func:`compat.idl.table_widgets.widget_table`.
    """
    w = T.get(widget_id)
    if w.kind != "TABLE":
        raise CompatValueError(f"Widget {w.id} is a {w.kind.lower()}, not a table.")
    _user(w)
    if not w.options.get("editable"):
        raise CompatValueError(f"Table {w.id} is not editable.")
    rows, cols = w.value.shape
    x, y, text = int(x), int(y), str(text)
    if not (0 <= x < cols and 0 <= y < rows):
        raise CompatValueError(f"Cell ({x}, {y}) is outside the table's {cols} columns "
                               f"and {rows} rows.")
    kind = w.value.dtype.kind
    if kind in "US":
        if len(text) > w.value.dtype.itemsize // (4 if kind == "U" else 1):
            w.value = w.value.astype(f"<U{len(text)}")
        w.value[y, x] = text
    else:
        try:
            number = float(text.strip())
            w.value[y, x] = number if kind in "fc" else int(number)
        except ValueError:
            w.value[y, x] = 0
    left = None
    if w.options.get("all_events") and text:
        left = _deliver(w, "WIDGET_TABLE_STR", type=1, offset=len(text), str=text, x=x,
                        y=y)
    if enter:
        left = _deliver(w, "WIDGET_TABLE_CH", type=0, offset=len(text), ch=10, x=x,
                        y=y) or left
    return left


def select_cells(widget_id, left, top, right=None, bottom=None):
    """Play selecting the cells from column ``left``, row ``top`` to column ``right``,
    row ``bottom`` (one cell by default) of a table: WIDGET_INFO(/TABLE_SELECT) gives
    them and ``{WIDGET_TABLE_CELL_SEL, ..., TYPE:4, SEL_LEFT, SEL_TOP, SEL_RIGHT,
    SEL_BOTTOM}`` is delivered. The event no handler took, or None.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> base = idl.widget_base()
    >>> t = idl.widget_table(base, xsize=3, ysize=2)
    >>> idl.widget_control(base, realize=True)
    >>> ev = widgets.select_cells(t, 0, 1, 2, 1)
    >>> idl.widget_info(t, table_select=True).tolist(), int(ev.TYPE[0])
    ([0, 1, 2, 1], 4)
    >>> idl.widget_control(base, destroy=True)
    """
    w = T.get(widget_id)
    if w.kind != "TABLE":
        raise CompatValueError(f"Widget {w.id} is a {w.kind.lower()}, not a table.")
    _user(w)
    box = [int(left), int(top), int(left if right is None else right),
           int(top if bottom is None else bottom)]
    rows, cols = w.value.shape
    if not (0 <= box[0] <= box[2] < cols and 0 <= box[1] <= box[3] < rows):
        raise CompatValueError(f"Cells {box} are outside the table's {cols} columns and "
                               f"{rows} rows.")
    w.selection = box
    return _deliver(w, "WIDGET_TABLE_CELL_SEL", type=4, sel_left=box[0], sel_top=box[1],
                    sel_right=box[2], sel_bottom=box[3])
