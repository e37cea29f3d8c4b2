"""IDL's compound widgets CW_BGROUP (a group of buttons) and CW_FIELD (a labelled
entry field), built from the widgets of :mod:`compat.idl.widgets` as IDL's library
builds them: the result is the ID of a base whose value (GET_VALUE/SET_VALUE) is the
compound widget's, and whose events are the compound's anonymous event structures.

Facts used: IDL Reference Guide, CW_BGROUP and CW_FIELD; the behaviour of IDL 7.0's
library files cw_bgroup.pro and cw_field.pro (value types and precedence, UNAMEs, the
exclusive group's value before any button is set, the event tags, number validation),
read for their facts only: every line here is written anew.
"""

from __future__ import annotations

import re

import numpy as np

from compat._core import widget_tree as core
from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat._core.widget_events import set_button
from compat.idl import widgets as _w
from compat.idl.strings import string, strtrim

__all__ = ["cw_bgroup", "cw_field"]

T = core.TREE


class CwBgroupResult(Result):
    """CW_BGROUP's result and its IDS output keyword (the buttons' IDs)."""

    result: np.int32
    ids: np.ndarray


@idl_routine("CW_BGROUP")
def cw_bgroup(parent, names, *, exclusive=False, nonexclusive=False, column=None,
              row=None, label_top=None, label_left=None, set_value=None,
              button_uvalue=None, return_id=False, return_index=False, return_name=False,
              no_release=False, uvalue=None, uname=None, event_func=None, frame=None,
              map=None, font=None, scroll=None, xsize=None, ysize=None, x_scroll_size=None,
              y_scroll_size=None, space=None, xpad=None, ypad=None, xoffset=None,
              yoffset=None, tab_mode=None, ids=False):
    """A group of buttons, as IDL's ``CW_BGROUP``.

    IDL call forms::

        g = CW_BGROUP(base, ['a', 'b', 'c'], /EXCLUSIVE, SET_VALUE=0)  ->  idl.cw_bgroup(base, ['a', 'b', 'c'], exclusive=True, set_value=0)
        WIDGET_CONTROL, g, GET_VALUE=v                                 ->  idl.widget_control(g, get_value=True).get_value

    Parameters
    ----------
    names : str array
        The button labels.
    exclusive, nonexclusive : bool
        Radio buttons (one set) or check boxes; else plain buttons.
    set_value
        The initial value: the set button's index (/EXCLUSIVE) or one 0/1 per button
        (/NONEXCLUSIVE).
    button_uvalue, return_id, return_index, return_name
        What the event's VALUE holds: the button's BUTTON_UVALUE, its ID, its index
        (the default), or its label.
    no_release : bool
        No events for buttons being released (SELECT=0).
    event_func, uvalue, uname, label_top, label_left, map, column, row ...
        As IDL (layout keywords are kept, without effect).
    ids : bool
        IDS=variable: the result is ``CwBgroupResult(result, ids)``, ``ids`` the
        buttons' IDs (LONG).

    Returns
    -------
    numpy.int32
        The group's ID. GET_VALUE gives, as IDL's cw_bgroup.pro keeps it, the index
        (INT) of the button last set for /EXCLUSIVE (0 before any), an INT array of 0/1
        for /NONEXCLUSIVE; a plain group has no value (an error, as in IDL). Its event is
        ``{ID:0L, TOP:0L, HANDLER:0L, SELECT:0, VALUE:...}`` with ID the group's ID and
        VALUE the button's BUTTON_UVALUE, else its label (/RETURN_NAME), else its ID
        (/RETURN_ID), else its index (INT), in IDL's order of precedence. The buttons'
        UNAMEs are UNAME (default 'CW_BGROUP_UNAME') + '_BUTTON' + index; the group's
        UVALUE defaults to 0.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> base = idl.widget_base(column=1)
    >>> g = idl.cw_bgroup(base, ['red', 'green', 'blue'], exclusive=True, set_value=1)
    >>> int(idl.widget_control(g, get_value=True).get_value)
    1
    >>> idl.widget_control(base, realize=True)
    >>> _, kids = idl.cw_bgroup(base, ['x', 'y'], nonexclusive=True, ids=True)
    >>> ev = widgets.press(kids[1])
    >>> int(ev.SELECT[0]), int(ev.VALUE[0])
    (1, 1)
    >>> idl.widget_control(base, destroy=True)
    """
    labels = _w._strings(names)
    if not labels:
        raise CompatValueError("NAMES must hold at least one label.")
    outer = T.get(_w.widget_base(parent, column=column, row=row, uvalue=uvalue,
                                 uname=uname, map=map, frame=frame))
    if event_func is not None:
        outer.event_func = _w._handler(event_func)
    if label_top is not None or label_left is not None:
        _w.widget_label(outer.id, value=label_top if label_top is not None else label_left)
    inner = T.get(_w.widget_base(outer.id, column=column, row=row, exclusive=exclusive,
                                 nonexclusive=nonexclusive))
    kind = 2 if exclusive else (1 if nonexclusive else 0)
    base_uname = "CW_BGROUP_UNAME" if uname is None else str(uname)
    outer.uname = base_uname
    if uvalue is None:
        T.set_uvalue(outer, np.int16(0), False)
    buttons = []
    for k, label in enumerate(labels):
        b = T.get(_w.widget_button(inner.id, value=label,
                                   uname=f"{base_uname}_BUTTON{k}"))
        if button_uvalue is not None:              # IDL's precedence: BUTTON_UVALUE,
            bu = np.asarray(button_uvalue).reshape(-1)[k]      # RETURN_NAME, RETURN_ID,
            b.options["cw_value"] = str(bu) if bu.dtype.kind in "US" else bu.item()
        elif return_name:                          # the index (INT)
            b.options["cw_value"] = label
        elif return_id:
            b.options["cw_value"] = np.int32(b.id)
        else:
            b.options["cw_value"] = np.int16(k)
        b.options["cw_index"] = k
        buttons.append(b.id)
    outer.options.update(cw_bgroup=kind, buttons=buttons, no_release=bool(no_release),
                         excl_pos=0)

    def event(ev):
        b = T.get(ev.ID)
        if kind == 2 and int(ev.SELECT[0]) == 1:
            outer.options["excl_pos"] = b.options["cw_index"]
        if outer.options["no_release"] and int(ev.SELECT[0]) == 0:
            return 0
        value = b.options["cw_value"]
        return build_structure(["ID", "TOP", "HANDLER", "SELECT", "VALUE"],
                               [np.int32(outer.id), ev.TOP[0], np.int32(0),
                                np.int16(ev.SELECT[0]), value])

    def get_value(_id):
        if kind == 2:                              # the last button set (0 at first)
            return np.int16(outer.options["excl_pos"])
        if kind == 1:
            return np.array([T.widgets[b].selection for b in outer.options["buttons"]],
                            dtype=np.int16)
        raise CompatValueError("CW_BGROUP: unable to get plain button group value.")

    def set_value_(_id, value):
        if kind == 2:
            k = int(np.asarray(value).reshape(-1)[0])
            set_button(T.widgets[outer.options["buttons"][k]], 1)
            outer.options["excl_pos"] = k
        elif kind == 1:
            v = np.asarray(value).reshape(-1)
            for b, s_ in zip(outer.options["buttons"], v):
                T.widgets[b].selection = 1 if s_ else 0
        else:
            raise CompatValueError("CW_BGROUP: unable to set plain button group value.")

    inner.event_func = event
    outer.func_get_value = get_value
    outer.pro_set_value = set_value_
    if set_value is not None and kind:
        set_value_(outer.id, set_value)
    gid = np.int32(outer.id)
    return CwBgroupResult(result=gid, ids=np.array(buttons, dtype=np.int32)) if ids else gid


_FIELD_TYPES = {"string": (0, None), "floating": (1, np.float32), "integer": (2, np.int16),
                "long": (3, np.int32)}


@idl_routine("CW_FIELD")
def cw_field(parent, *, title="Input Field:", value=None, floating=False, integer=False,
             long=False, string=False, all_events=False, return_events=False,
             noedit=False, column=None, row=None, uvalue=None, uname=None, xsize=None,
             ysize=None, frame=None, font=None, fieldfont=None, text_frame=None):
    """A labelled entry field, as IDL's ``CW_FIELD``.

    IDL call forms::

        f = CW_FIELD(base, TITLE='Gain:', VALUE=1.5, /FLOATING, /RETURN_EVENTS)
        WIDGET_CONTROL, f, GET_VALUE=v        ->  idl.widget_control(f, get_value=True).get_value

    The value has the field's type: FLOAT (/FLOATING), INT (/INTEGER, by FIX), LONG
    (/LONG), else a string array of the field's lines (the text widget's value). A
    numeric field reads the leading number of its text ('12.5abc' reads 12.5, 'abc' 0)
    and shows a value set with SET_VALUE as IDL's STRTRIM(STRING(value), 2) ('1.50000'). Events: with /ALL_EVENTS every change,
    with /RETURN_EVENTS the Return key (play both with
    :func:`compat.idl.widgets.type_text`), as ``{ID:0L, TOP:0L, HANDLER:0L, VALUE,
    TYPE:0, UPDATE:0}``: ID the field's, TYPE 0 string, 1 float, 2 integer, 3 long,
    UPDATE 1 for the Return key and 0 for typing. Without either keyword the field makes
    no events.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> base = idl.widget_base(column=1)
    >>> f = idl.cw_field(base, title='Gain:', value=1.5, floating=True, return_events=True)
    >>> idl.widget_control(f, get_value=True).get_value
    np.float32(1.5)
    >>> idl.widget_control(base, realize=True)
    >>> ev = widgets.type_text(f, '2.25')
    >>> float(ev.VALUE[0]), int(ev.TYPE[0]), int(ev.UPDATE[0])
    (2.25, 1, 1)
    >>> idl.widget_control(base, destroy=True)
    """
    kind = "floating" if floating else "integer" if integer else "long" if long else "string"
    code, dtype = _FIELD_TYPES[kind]
    base = T.get(_w.widget_base(parent, row=1 if column is None else None, column=column,
                                uvalue=uvalue, uname=uname, frame=frame))
    label = _w.widget_label(base.id, value=title)
    text = T.get(_w.widget_text(base.id, value="" if value is None else
                                _text_of(value, dtype), editable=not noedit,
                                all_events=bool(all_events)))
    base.options.update(cw_field=text.id, field_label=int(label), field_type=kind)

    def read(_id=None):
        lines = list(text.value)
        if dtype is None:
            return np.array(lines, dtype=str)
        number = _valid_number(lines[0] if lines else "")
        if dtype is np.float32:
            return np.float32(float(number) if number else 0.0)
        return dtype(int(float(number))) if number else dtype(0)

    def write(_id, v):
        text.value = [_text_of(v, dtype)]

    def event(ev):
        name = str(ev.dtype.metadata.get("idl_name", "")) if ev.dtype.metadata else ""
        update = 1 if name == "WIDGET_TEXT_CH" else 0
        if update and not (return_events or all_events):
            return 0
        if not update and not all_events:
            return 0
        return build_structure(["ID", "TOP", "HANDLER", "VALUE", "TYPE", "UPDATE"],
                               [np.int32(base.id), ev.TOP[0], np.int32(0), read(),
                                np.int16(code), np.int16(update)])

    base.func_get_value = read
    base.pro_set_value = write
    text.event_func = event
    return np.int32(base.id)


_NUMBER = re.compile(r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eEdD][+-]?\d+)?")


def _valid_number(text: str) -> str:
    """The leading part of ``text`` that is a number, as cw_field.pro's validation keeps
    it ('12.5abc' -> '12.5', 'abc' -> ''), with a D exponent written E."""
    m = _NUMBER.match(text.strip())
    return m.group(0).replace("d", "e").replace("D", "e") if m else ""


def _text_of(value, dtype) -> str:
    """The field's text for a value: IDL's STRTRIM(STRING(value), 2) in the field's type
    (FLOAT 1.5 shows '1.50000'), as cw_field.pro's SET_VALUE writes it."""
    a = np.asarray(value).reshape(-1)
    if not a.size:
        return ""
    v = a[0]
    if isinstance(v, (bytes, np.bytes_)):
        v = v.decode("latin-1")
    if dtype is None:
        return str(v)
    if isinstance(v, (str, np.str_)):
        number = _valid_number(v)
        v = float(number) if number else 0
    typed = dtype(v) if dtype is np.float32 else dtype(int(float(v)))
    return str(strtrim(string(typed), 2))
