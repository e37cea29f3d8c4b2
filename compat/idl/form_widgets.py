"""IDL's compound widget CW_FORM (a small form from a descriptor array), built from the
widgets of :mod:`compat.idl.widgets` without a display.

A test plays the user with the widget driver: ``compat.idl.widgets.type_text`` on a
field's text widget, ``press`` on a button, ``select`` on a droplist or list (their IDs
from CW_FORM's IDS=); each makes CW_FORM's event ``{ID, TOP, HANDLER, TAG, VALUE,
QUIT}``. A modal form (no Parent) has no user to wait for: it takes the next answer
queued with ``compat.idl.widgets.answers`` as the label (or TAG) of the QUIT button the
user presses, and with nothing queued presses the first QUIT button (what Return does
in a dialog).

Facts used: IDL Reference Guide, CW_FORM (the descriptor ``'Depth, Item, Initial value,
Settings'``, commas escaped with a backslash, depth 0 continue the level, 1 begin a
level, 2 last of the level; the items BASE, BUTTON, DROPLIST, FLOAT, INTEGER, LABEL,
LIST, TEXT, item names of BUTTON/DROPLIST/LIST separated by ``|``; the value types:
single button 0 clear / 1 set, exclusive group the index of the set button,
non-exclusive group one 0/1 per button, DROPLIST and LIST the 0-based index, FLOAT,
INTEGER and TEXT their own types, BASE and LABEL no value; the settings COLUMN, ROW,
EXCLUSIVE, FRAME, FONT, LABEL_LEFT, LABEL_TOP, LEFT, CENTER, RIGHT, NO_RELEASE, QUIT,
SET_VALUE, TAG, WIDTH, EVENT; the value a structure with one tag per field, SET_VALUE a
structure of some of the tags; the event ``{ID:0L, TOP:0L, HANDLER:0L, TAG:'', VALUE:0,
QUIT:0}``; a modal form returning the value structure when the user finishes); IDL
5.1's online help for the same page; the header of IDL 5.5's cw_form.pro (depth 3:
both begins a level and is the last entry of the current one; default tags) read for
its facts only: every line here is written anew.
"""

from __future__ import annotations

import re

import numpy as np

from compat._core import widget_tree as core
from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure, is_structure
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat._core.widget_events import set_button
from compat.idl import widgets as _w

__all__ = ["cw_form"]

T = core.TREE

_ITEMS = ("BASE", "BUTTON", "DROPLIST", "FLOAT", "INTEGER", "LABEL", "LIST", "TEXT")
_FLAGS = frozenset("COLUMN ROW EXCLUSIVE FRAME LEFT CENTER RIGHT NO_RELEASE QUIT".split())
_VALUED = frozenset("FONT LABEL_LEFT LABEL_TOP SET_VALUE TAG WIDTH EVENT".split())


class CwFormResult(Result):
    """CW_FORM's result and its IDS output keyword (one widget ID per Desc element)."""

    result: object
    ids: np.ndarray


def _split(text: str) -> list:
    """The comma-separated fields of a descriptor string, ``\\,`` a comma and ``\\\\``
    a backslash inside a field, each field trimmed."""
    fields, cur, k = [], [], 0
    while k < len(text):
        c = text[k]
        if c == "\\" and k + 1 < len(text):
            cur.append(text[k + 1])
            k += 2
            continue
        if c == ",":
            fields.append("".join(cur).strip())
            cur = []
        else:
            cur.append(c)
        k += 1
    fields.append("".join(cur).strip())
    return fields


def _parse(desc) -> list:
    """``[(depth, item, initial value, {SETTING: value or True})]`` of a descriptor."""
    out = []
    for k, text in enumerate(_w._strings(desc, "Desc")):
        f = _split(text)
        if len(f) < 2:
            raise CompatValueError(f"Desc element {k} ({text!r}) is not 'Depth, Item, "
                                   "Initial value, Settings'.")
        if f[0] not in ("0", "1", "2", "3"):
            raise CompatValueError(f"Desc element {k}: the depth must be 0, 1, 2 or 3, "
                                   f"not {f[0]!r}.")
        item = f[1].upper()
        if item not in _ITEMS:
            raise CompatValueError(f"Desc element {k}: unknown item {f[1]!r} (BASE, "
                                   "BUTTON, DROPLIST, FLOAT, INTEGER, LABEL, LIST, TEXT).")
        settings = {}
        for s in f[3:]:
            if not s:
                continue
            key, eq, val = s.partition("=")
            key = key.strip().upper()
            if eq and key in _VALUED:
                settings[key] = val.strip()
            elif not eq and key in _FLAGS:
                settings[key] = True
            else:
                raise CompatValueError(f"Desc element {k}: unknown setting {s!r}.")
        out.append((int(f[0]), item, f[2] if len(f) > 2 else "", settings))
    return out


_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eEdD][+-]?\d+)?")


def _number(text: str, kind):
    """The leading number of a field's text in the field's type (0 when none)."""
    m = _NUMBER.match(str(text).strip())
    if not m:
        return kind(0)
    v = float(m.group(0).replace("d", "e").replace("D", "e"))
    return kind(v) if kind is np.float32 else kind(int(v))


def _show(v, kind) -> str:
    """A number as the field shows it (FLOAT with IDL's G format, INT plain)."""
    if kind is np.float32:
        from compat.idl.strings import string, strtrim
        return str(strtrim(string(np.float32(v)), 2))
    return str(int(v))


class _Field:
    """One value-bearing element: its tag, item, widgets and how to read and set it."""

    def __init__(self, tag, item, names, widget, buttons=(), exclusive=False):
        self.tag, self.item, self.names = tag, item, names
        self.widget, self.buttons, self.exclusive = widget, list(buttons), exclusive
        self.state = None

    def get(self):
        if self.item == "FLOAT":
            return _number(T.widgets[self.widget].value[0], np.float32)
        if self.item == "INTEGER":
            return _number(T.widgets[self.widget].value[0], np.int16)
        if self.item == "TEXT":
            return "\n".join(T.widgets[self.widget].value)
        if self.item in ("DROPLIST", "LIST"):
            sel = T.widgets[self.widget].selection
            sel = (sel[0] if sel else 0) if isinstance(sel, list) else sel
            return np.int32(sel or 0)
        if len(self.buttons) == 1:
            return np.int16(self.state or 0)
        if self.exclusive:
            return np.int16(self.state or 0)
        return np.array([T.widgets[b].selection or 0 for b in self.buttons], dtype=np.int16)

    def set(self, value):
        a = np.asarray(value).reshape(-1)
        if self.item in ("FLOAT", "INTEGER"):
            kind = np.float32 if self.item == "FLOAT" else np.int16
            v = a[0] if a.size else 0
            if isinstance(v, (str, np.str_, bytes, np.bytes_)):
                v = _number(v.decode("latin-1") if isinstance(v, bytes) else v, kind)
            T.widgets[self.widget].value = [_show(kind(v) if kind is np.float32
                                                  else kind(int(v)), kind)]
        elif self.item == "TEXT":
            T.widgets[self.widget].value = [str(x) for x in a] or [""]
        elif self.item in ("DROPLIST", "LIST"):
            k = int(a[0])
            if not 0 <= k < len(self.names):
                raise CompatValueError(f"CW_FORM: {k} is not an item of {self.tag} "
                                       f"({len(self.names)} items).")
            w = T.widgets[self.widget]
            w.selection = [k] if self.item == "LIST" else k
        elif len(self.buttons) == 1:
            self.state = 1 if int(a[0]) else 0
        elif self.exclusive:
            k = int(a[0])
            if not 0 <= k < len(self.buttons):
                raise CompatValueError(f"CW_FORM: {k} is not a button of {self.tag}.")
            set_button(T.widgets[self.buttons[k]], 1)
            self.state = k
        else:
            for b, s in zip(self.buttons, a):
                T.widgets[b].selection = 1 if s else 0


@idl_routine("CW_FORM")
def cw_form(*args, column=False, ids=False, tab_mode=None, title=None, uname=None,
            uvalue=None):
    """A small form from a descriptor array, as IDL's ``CW_FORM``.

    IDL call forms::

        form = CW_FORM(base, desc, /COLUMN)    ->  idl.cw_form(base, desc, column=True)
        WIDGET_CONTROL, form, GET_VALUE=v      ->  v = idl.widget_control(form, get_value=True).get_value
        WIDGET_CONTROL, form, SET_VALUE={fval: 2.0}
        a = CW_FORM(desc, /COLUMN, TITLE='Options')   (modal: the value structure)
            ->  a = idl.cw_form(desc, column=True, title='Options')
        form = CW_FORM(base, desc, IDS=ids)    ->  form, ids = idl.cw_form(base, desc, ids=True)

    Parameters
    ----------
    parent : int, optional
        The parent widget. Without it the form is modal: it is built as a top-level
        base, "shown", and the structure of its values is returned when a QUIT button is
        pressed (the next label or TAG queued with ``compat.idl.widgets.answers``, else
        the first QUIT button; a form without QUIT buttons returns its initial values).
    desc : str array
        ``'Depth, Item, Initial value, Settings'`` per element; ``\\,`` is a comma and
        ``\\\\`` a backslash inside a field. Depth 0 continues the level, 1 makes this
        element (a BASE) the level of the next ones, 2 ends the level after this
        element, 3 both. Item BASE, BUTTON, DROPLIST, FLOAT, INTEGER, LABEL, LIST or
        TEXT (any case); BUTTON, DROPLIST and LIST name their items separated by ``|``.
        Settings: TAG= (the field's tag, default ``'TAG'`` + its index in Desc),
        SET_VALUE= (the initial index of a droplist, list or exclusive group; 1 sets a
        single button), EXCLUSIVE, QUIT (pressing the button ends a modal form and sets
        the event's QUIT), COLUMN, ROW, FRAME, LABEL_LEFT=, LABEL_TOP=, WIDTH=, FONT=,
        LEFT, CENTER, RIGHT, NO_RELEASE, EVENT= (kept; the look has no effect here).
    column : bool
        A column of elements (else a row).
    ids : bool
        IDS=variable: the result is ``CwFormResult(result, ids)``, one widget ID (LONG)
        per Desc element.
    tab_mode, title, uname, uvalue
        As IDL (TITLE is the modal form's title).

    Returns
    -------
    numpy.int32 or structure
        The form's ID; a modal form gives its value. The value is an anonymous structure
        with one tag per BUTTON, DROPLIST, FLOAT, INTEGER, LIST and TEXT element in Desc
        order: a single button INT 0/1 (1 once pressed), an exclusive group the INT
        index of the set button, a non-exclusive group an INT 0/1 array, DROPLIST and
        LIST the LONG 0-based index, FLOAT a FLOAT, INTEGER an INT (the field's text
        read as a number: '12abc' is 12, text without a number 0), TEXT a string. Each
        change makes the event ``{ID:0L, TOP:0L, HANDLER:0L, TAG:'', VALUE, QUIT:0}``
        (a text field's on Return, an exclusive group's when a button is set, ID the
        form's, QUIT 1 from a QUIT button).

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> desc = ['0, LABEL, Fit options, CENTER',
    ...         '1, BASE,, ROW, FRAME',
    ...         '0, BUTTON, Linear|Quadratic|Cubic, EXCLUSIVE, SET_VALUE=1, TAG=order',
    ...         '2, FLOAT, 1.5, LABEL_LEFT=Gain:, WIDTH=8, TAG=gain',
    ...         '1, BASE,, ROW',
    ...         '0, BUTTON, OK, QUIT, TAG=ok',
    ...         '2, BUTTON, Cancel, QUIT, TAG=cancel']
    >>> base = idl.widget_base(column=1)
    >>> form, ids = idl.cw_form(base, desc, column=True, ids=True)
    >>> idl.widget_control(base, realize=True)
    >>> ev = widgets.type_text(ids[3], '2.5')
    >>> str(ev.TAG[0]), float(ev.VALUE[0]), int(ev.QUIT[0])
    ('GAIN', 2.5, 0)
    >>> v = idl.widget_control(form, get_value=True).get_value
    >>> v.dtype.names, int(v.ORDER[0]), float(v.GAIN[0])
    (('ORDER', 'GAIN', 'OK', 'CANCEL'), 1, 2.5)
    >>> idl.widget_control(base, destroy=True)
    >>> with widgets.answers('Cancel'):
    ...     a = idl.cw_form(desc, column=True, title='Fit')
    >>> int(a.OK[0]), int(a.CANCEL[0]), float(a.GAIN[0])
    (0, 1, 1.5)
    """
    if len(args) == 1:
        parent, desc = None, args[0]
    elif len(args) == 2:
        parent, desc = args
    else:
        raise CompatValueError("CW_FORM takes ([Parent,] Desc).")
    elements = _parse(desc)
    if not elements:
        raise CompatValueError("Desc must hold at least one element.")
    modal = parent is None
    layout = dict(column=1) if column else dict(row=1)
    top = T.get(_w.widget_base(title=title, **layout) if modal
                else _w.widget_base(parent, uname=uname, **layout))
    if uvalue is not None:
        T.set_uvalue(top, uvalue, False)
    form_id = np.int32(top.id)
    stack = [(top.id, False)]
    fields, made, quits = [], [], []
    by_widget = {}
    for k, (depth, item, init, st) in enumerate(elements):
        level = stack[-1][0]
        tag = st.get("TAG", f"TAG{k}").upper()
        lay = dict(column=1) if st.get("COLUMN") else dict(row=1) if st.get("ROW") else {}
        if item == "BASE":
            w = T.get(_w.widget_base(level, frame=1 if st.get("FRAME") else None, **lay))
        elif depth in (1, 3):
            raise CompatValueError(f"Desc element {k}: only a BASE can begin a level "
                                   f"(depth {depth} on a {item}).")
        elif item == "LABEL":
            w = T.get(_w.widget_label(level, value=init))
        else:
            holder = level
            label = st.get("LABEL_LEFT", st.get("LABEL_TOP"))
            if label is not None:
                holder = _w.widget_base(level, **(dict(column=1) if "LABEL_TOP" in st
                                                  else dict(row=1)))
                _w.widget_label(holder, value=label)
            names = init.split("|")
            if item in ("FLOAT", "INTEGER", "TEXT"):
                w = T.get(_w.widget_text(holder, value=init, editable=True))
                f = _Field(tag, item, names, w.id)
                if item != "TEXT":
                    f.set(init)
                by_widget[w.id] = f
            elif item in ("DROPLIST", "LIST"):
                make = _w.widget_droplist if item == "DROPLIST" else _w.widget_list
                w = T.get(make(holder, value=names))
                f = _Field(tag, item, names, w.id)
                f.set(st.get("SET_VALUE", 0) or 0)
                by_widget[w.id] = f
            else:                                      # BUTTON: one, or a group
                exclusive = bool(st.get("EXCLUSIVE")) and len(names) > 1
                if len(names) == 1:
                    w = T.get(_w.widget_button(holder, value=names[0]))
                    buttons = [w.id]
                else:
                    w = T.get(_w.widget_base(holder, exclusive=exclusive,
                                             nonexclusive=not exclusive, **lay))
                    buttons = [int(_w.widget_button(w.id, value=n)) for n in names]
                f = _Field(tag, item, names, w.id, buttons, exclusive)
                f.state = 0
                if "SET_VALUE" in st:
                    sv = st["SET_VALUE"]
                    f.set([int(x) for x in sv.split("|")] if not exclusive and
                          len(buttons) > 1 else int(sv))
                for b in buttons:
                    by_widget[b] = f
                if st.get("QUIT") and len(buttons) == 1:
                    quits.append((names[0], tag, f))
                f.quit = bool(st.get("QUIT"))
                f.no_release = bool(st.get("NO_RELEASE"))
            if any(x.tag == tag for x in fields):
                raise CompatValueError(f"Desc element {k}: the tag {tag} is already used.")
            fields.append(f)
        made.append(w.id)
        if depth in (1, 3):
            stack.append((w.id, depth == 3))
        elif depth == 2:
            _close(stack)

    def value():
        if not fields:
            raise CompatValueError("CW_FORM: the form has no fields, so no value.")
        return build_structure([f.tag for f in fields], [f.get() for f in fields])

    def set_value(_id, v):
        if not is_structure(v):
            raise CompatValueError("CW_FORM: SET_VALUE needs a structure {Tag: value, "
                                   "...}.")
        items = v.items() if isinstance(v, dict) else \
            [(n, np.asarray(v)[n].reshape(-1)[0]) for n in v.dtype.names]
        known = {f.tag: f for f in fields}
        for name, x in items:
            f = known.get(str(name).upper())
            if f is None:
                raise CompatValueError(f"CW_FORM: the form has no field {str(name).upper()}.")
            f.set(x)

    def event(ev):
        w = T.get(ev.ID)
        f = by_widget.get(w.id)
        if f is None:
            return 0
        name = str(ev.dtype.metadata.get("idl_name", "")) if ev.dtype.metadata else ""
        quit = 0
        if name.startswith("WIDGET_TEXT"):
            if name != "WIDGET_TEXT_CH":
                return 0
        elif f.item == "BUTTON":
            select = int(ev.SELECT[0])
            if len(f.buttons) == 1:
                f.state = 1
                quit = 1 if f.quit else 0
            elif f.exclusive:
                if select == 0:
                    return 0
                f.state = f.buttons.index(w.id)
        out = build_structure(["ID", "TOP", "HANDLER", "TAG", "VALUE", "QUIT"],
                              [form_id, ev.TOP[0], np.int32(0), f.tag, f.get(),
                               np.int16(quit)])
        if quit and modal:
            top.options["cw_form_done"] = True
            return 0
        return out

    for wid in set(by_widget):
        T.widgets[wid].event_func = event
    top.func_get_value = lambda _id: value()
    top.pro_set_value = set_value
    top.options["cw_form"] = [f.tag for f in fields]
    if modal:
        result = _run_modal(top, quits, value)
    else:
        result = form_id
    if ids:
        return CwFormResult(result=result, ids=np.array(made, dtype=np.int32))
    return result


def _close(stack):
    """End the innermost open level (and the one above it for a depth-3 base)."""
    while len(stack) > 1:
        _, also = stack.pop()
        if not also:
            return


def _run_modal(top, quits, value):
    """Show a modal form: press the QUIT button the user chooses, return the value."""
    T.realize(top)
    try:
        if quits:
            answer = T.answers.popleft() if T.answers else None
            chosen = quits[0]
            if answer is not None:
                match = [q for q in quits if answer in (q[0], q[1]) or
                         answer.upper() == q[1]]
                if not match:
                    raise CompatValueError(f"CW_FORM: the form has no QUIT button "
                                           f"{answer!r} ({', '.join(q[0] for q in quits)}).")
                chosen = match[0]
            chosen[2].state = 1
        return value()
    finally:
        T.destroy(top)

