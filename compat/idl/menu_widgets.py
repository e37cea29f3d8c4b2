"""IDL's compound widgets CW_PDMENU (pulldown menus from a descriptor array) and
CW_FSLIDER (a floating-point slider), built from the widgets of
:mod:`compat.idl.widgets` without a display.

A test plays the user with the widget driver: ``compat.idl.widgets.press`` on a menu
item's button (its ID from CW_PDMENU's IDS= or WIDGET_INFO /FIND_BY_UNAME) delivers
CW_PDMENU's event; :func:`slide` moves a CW_FSLIDER.

Facts used: IDL Reference Guide, CW_PDMENU (the descriptor's ``'flags\\name[\\event_proc]'``
strings and ``{CW_PDMENU_S, flags:0, name:''}`` structures, the flag bits 1 sub-menu
root, 2 last of its level, 4 separator before, a flag-2 entry without a name ending a
level, the event's VALUE: index, ID, name or fully qualified name joined by DELIMITER
'.', /MBAR) and CW_FSLIDER (MINIMUM 0.0, MAXIMUM 100.0, VALUE MINIMUM, FORMAT
'(G13.6)', /DOUBLE, /DRAG, /EDIT; its event ``{ID:0L, TOP:0L, HANDLER:0L, VALUE:0.0,
DRAG:0}``); IDL 5.1's online help for the same pages.
"""

from __future__ import annotations

import numpy as np

from compat._core import widget_tree as core
from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure, is_structure
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl import widgets as _w

__all__ = ["cw_pdmenu", "cw_fslider"]

T = core.TREE


class CwPdmenuResult(Result):
    """CW_PDMENU's result and its IDS output keyword (the buttons' IDs, one per
    descriptor entry that makes a button)."""

    result: np.int32
    ids: np.ndarray


def _entries(desc):
    """``[(flags, name, event_proc or None)]`` of a descriptor (strings or structures)."""
    if is_structure(desc) or (isinstance(desc, np.ndarray) and desc.dtype.names):
        rec = np.asarray(desc).reshape(-1)
        names = [n.upper() for n in rec.dtype.names]
        if "FLAGS" not in names or "NAME" not in names:
            raise CompatValueError("A structure descriptor needs the tags FLAGS and NAME "
                                   "({CW_PDMENU_S, flags:0, name:''}).")
        fi, ni = names.index("FLAGS"), names.index("NAME")
        out = []
        for r in rec:
            text = r[ni]
            text = text.decode("latin-1") if isinstance(text, bytes) else str(text)
            name, _, proc = text.partition("\\")
            out.append((int(r[fi]), name, proc.strip() or None))
        return out
    out = []
    for text in _w._strings(desc, "Desc"):
        flags, sep, rest = text.partition("\\")
        if not sep:
            raise CompatValueError(f"Descriptor entry {text!r} is not 'flags\\name' or "
                                   "'flags\\name\\event_proc'.")
        try:
            f = int(flags.strip())
        except ValueError:
            raise CompatValueError(f"Descriptor entry {text!r}: the flag field must be an "
                                   "integer.") from None
        name, _, proc = rest.partition("\\")
        out.append((f, name, proc.strip() or None))
    return out


@idl_routine("CW_PDMENU")
def cw_pdmenu(parent, desc, *, column=False, context_menu=False, delimiter=".",
              font=None, mbar=False, help=False, ids=False, return_id=False,
              return_index=False, return_name=False, return_full_name=False,
              tab_mode=None, uname=None, uvalue=None, xoffset=None, yoffset=None):
    """A pulldown menu from a descriptor array, as IDL's ``CW_PDMENU``.

    IDL call forms::

        desc = ['1\\File', '0\\Open', '2\\Quit', '0\\Help']
        menu = CW_PDMENU(base, desc, /RETURN_FULL_NAME)
            ->  idl.cw_pdmenu(base, desc, return_full_name=True)
        menu = CW_PDMENU(bar, desc, /MBAR, IDS=ids)
            ->  menu, ids = idl.cw_pdmenu(bar, desc, mbar=True, ids=True)

    Parameters
    ----------
    desc : str array or structure array
        ``'flags\\name'`` or ``'flags\\name\\event_proc'`` strings, or structures with
        FLAGS and NAME (NAME ``'name'`` or ``'name\\event_proc'``). Flag bits: 1 the
        entry opens a sub-menu (the next entries are its items), 2 the entry is the last
        of its level (3: both), 4 a separator before it. A flag-2 entry with an empty
        name makes no button and ends the level. ``event_proc`` names the EVENT_PRO of
        the entry's button (its events go there, not to CW_PDMENU's).
    return_id, return_index, return_name, return_full_name : bool
        The event's VALUE: the button's ID (LONG), its index in ``desc`` (LONG; the
        default), its name, or its fully qualified name (the names from the top level
        down joined by ``delimiter``, default '.': 'File.Open').
    mbar : bool
        ``parent`` is a menu bar (WIDGET_BASE's MBAR): the top-level entries are its
        menus, and the result is the menu bar's ID.
    ids : bool
        IDS=variable: the result is ``CwPdmenuResult(result, ids)``, the buttons' IDs
        (LONG) in descriptor order.
    column, context_menu, font, help, tab_mode, uname, uvalue, xoffset, yoffset
        As IDL (the layout keywords are kept without effect).

    Returns
    -------
    numpy.int32
        The menu's ID: a base holding the top-level buttons (the menu bar itself with
        /MBAR). A chosen item (``compat.idl.widgets.press``) gives the event
        ``{ID:0L, TOP:0L, HANDLER:0L, VALUE}``, ID the menu's; a button that opens a
        sub-menu gives none.

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import widgets
    >>> base = idl.widget_base(column=1)
    >>> desc = ['1\\\\File', '0\\\\Open', '1\\\\Recent', '0\\\\a.dat', '2\\\\b.dat', '2\\\\Quit',
    ...         '0\\\\Help']
    >>> menu, ids = idl.cw_pdmenu(base, desc, return_full_name=True, ids=True)
    >>> idl.widget_control(base, realize=True)
    >>> widgets.press(ids[4]).VALUE[0]
    'File.Recent.b.dat'
    >>> widgets.press(ids[6]).VALUE[0]
    'Help'
    >>> idl.widget_control(base, destroy=True)
    """
    modes = [m for m, v in (("id", return_id), ("index", return_index),
                            ("name", return_name), ("full", return_full_name)) if v]
    if len(modes) > 1:
        raise CompatValueError("Only one of RETURN_ID, RETURN_INDEX, RETURN_NAME, "
                               "RETURN_FULL_NAME may be set.")
    mode = modes[0] if modes else "index"
    entries = _entries(desc)
    if not entries:
        raise CompatValueError("Desc must hold at least one entry.")
    delim = str(delimiter)
    if mbar:
        top = T.get(parent)
        if not top.options.get("menu_bar"):
            raise CompatValueError("With /MBAR the parent must be a menu bar "
                                   "(WIDGET_BASE's MBAR).")
    else:
        top = T.get(_w.widget_base(parent, column=1 if column else None,
                                   row=None if column else 1, uname=uname))
    if uvalue is not None:
        T.set_uvalue(top, uvalue, False)
    menu_id = np.int32(top.id)
    # the open levels: (widget id, names from the top down, close the level above too)
    stack = [(top.id, [], False)]
    made, top_buttons = [], []
    for k, (flags, name, proc) in enumerate(entries):
        if flags < 0:
            raise CompatValueError(f"Descriptor entry {k}: flags must be >= 0.")
        opens, last = bool(flags & 1), bool(flags & 2)
        if not name and last and not opens:
            _close(stack)
            continue
        level, path, _ = stack[-1]
        b = T.get(_w.widget_button(level, value=name, menu=1 if opens else None,
                                   separator=bool(flags & 4),
                                   event_pro=proc))
        if level == top.id:
            top_buttons.append(b)
        full = path + [name]
        b.options["pd_value"] = {"id": np.int32(b.id), "index": np.int32(k),
                                 "name": name, "full": delim.join(full)}[mode]
        b.options["pd_opens"] = opens
        made.append(b.id)
        if opens:
            stack.append((b.id, full, last))
        elif last:
            _close(stack)

    def event(ev):
        b = T.get(ev.ID)
        if b.options.get("pd_opens") or "pd_value" not in b.options:
            return 0
        return build_structure(["ID", "TOP", "HANDLER", "VALUE"],
                               [menu_id, ev.TOP[0], np.int32(0), b.options["pd_value"]])

    if mbar:
        for b in top_buttons:          # the bar is the program's: hook the menus
            if b.event_pro is None:
                b.event_func = event
    else:
        top.event_func = event
    top.options["cw_pdmenu"] = made
    if ids:
        return CwPdmenuResult(result=menu_id, ids=np.array(made, dtype=np.int32))
    return menu_id


def _close(stack):
    """End the innermost open level (and the one above it for a flag-3 root)."""
    while len(stack) > 1:
        _, _, also = stack.pop()
        if not also:
            return


# --------------------------------------------------------------------------- CW_FSLIDER
@idl_routine("CW_FSLIDER")
def cw_fslider(parent, *, double=False, drag=False, edit=False, format="(G13.6)",
               frame=None, maximum=100.0, minimum=0.0, scroll=None, suppress_value=False,
               title=None, uname=None, uvalue=None, value=None, xsize=None, vertical=False,
               ysize=None):
    """A slider with a floating-point value, as IDL's ``CW_FSLIDER``.

    IDL call forms::

        s = CW_FSLIDER(base, MINIMUM=-1.0, MAXIMUM=1.0, VALUE=0.25, /DRAG, /EDIT)
            ->  idl.cw_fslider(base, minimum=-1.0, maximum=1.0, value=0.25, drag=True, edit=True)
        WIDGET_CONTROL, s, GET_VALUE=v                ->  v is FLOAT (DOUBLE with /DOUBLE)
        WIDGET_CONTROL, s, SET_VALUE=[v, lo, hi]      ->  a new value and range

    Parameters
    ----------
    minimum, maximum : float
        The range (IDL's defaults 0.0 and 100.0); VALUE defaults to MINIMUM.
    double : bool
        DOUBLE values; FLOAT otherwise.
    drag : bool
        Events while dragging (DRAG 1), else only when the slider is let go.
    edit, format, suppress_value, title, frame, scroll, xsize, ysize, vertical
        Kept: /EDIT makes the value typeable (:func:`slide` plays both), FORMAT is
        the text the value is shown with.

    Returns
    -------
    numpy.int32
        The slider's ID. Its value is kept within [MINIMUM, MAXIMUM]; its event is
        ``{ID:0L, TOP:0L, HANDLER:0L, VALUE:0.0, DRAG:0}`` (VALUE DOUBLE with /DOUBLE).

    Examples
    --------
    >>> from compat import idl
    >>> from compat.idl import menu_widgets
    >>> base = idl.widget_base(column=1)
    >>> s = idl.cw_fslider(base, minimum=-1.0, maximum=1.0, value=0.25)
    >>> idl.widget_control(s, get_value=True).get_value
    np.float32(0.25)
    >>> idl.widget_control(base, realize=True)
    >>> ev = menu_widgets.slide(s, 3.0)          # kept within the range
    >>> float(ev.VALUE[0]), int(ev.DRAG[0])
    (1.0, 0)
    >>> idl.widget_control(base, destroy=True)
    """
    kind = np.float64 if double else np.float32
    lo, hi = kind(_scalar(minimum, "MINIMUM")), kind(_scalar(maximum, "MAXIMUM"))
    base = T.get(_w.widget_base(parent, column=1, uvalue=uvalue, uname=uname, frame=frame))
    if title is not None:
        _w.widget_label(base.id, value=title)
    state = {"lo": lo, "hi": hi, "value": lo, "kind": kind, "drag": bool(drag),
             "format": str(format), "edit": bool(edit)}

    def clamp(v):
        a, b = sorted((state["lo"], state["hi"]))
        return kind(min(max(kind(v), a), b))

    def get_value(_id):
        return kind(state["value"])

    def set_value(_id, v):
        a = np.asarray(v, dtype=np.float64).reshape(-1)
        if a.size >= 3:
            state["lo"], state["hi"] = kind(a[1]), kind(a[2])
        if a.size < 1:
            raise CompatValueError("CW_FSLIDER: SET_VALUE needs a value or [value, "
                                   "minimum, maximum].")
        state["value"] = clamp(a[0])

    def play(v, drag_flag):
        state["value"] = clamp(_scalar(v, "value"))
        if drag_flag and not state["drag"]:
            return None
        ev = build_structure(["ID", "TOP", "HANDLER", "VALUE", "DRAG"],
                             [np.int32(base.id), np.int32(T.top(base).id), np.int32(0),
                              kind(state["value"]), np.int16(1 if drag_flag else 0)])
        return T.guarded(ev) if _handled(base) else ev

    base.func_get_value = get_value
    base.pro_set_value = set_value
    base.options["cw_fslider"] = play
    state["value"] = clamp(lo if value is None else _scalar(value, "VALUE"))
    return np.int32(base.id)


def _handled(w) -> bool:
    return any(x.event_func is not None or x.event_pro is not None
               for x in T.ancestors(w))


def _scalar(v, what) -> float:
    a = np.asarray(v)
    if a.size != 1 or a.dtype.kind not in "iufb":
        raise CompatValueError(f"{what} must be a scalar number.")
    return float(a.reshape(-1)[0])


def slide(widget_id, value, *, drag=0):
    """Play moving a CW_FSLIDER (or typing into its /EDIT field) to ``value``, kept
    within its range; ``drag=1`` is an event sent while dragging (only for /DRAG
    sliders). The event no handler took, or None. A test driver, not an IDL routine
    (:func:`compat.idl.widgets.slide` plays WIDGET_SLIDER)."""
    w = T.get(widget_id)
    play = w.options.get("cw_fslider")
    if play is None:
        return _w.slide(widget_id, value, drag=drag)
    if not w.realized:
        raise CompatValueError(f"Widget {w.id} is not realized: the user cannot reach it "
                               "(WIDGET_CONTROL, top, /REALIZE first).")
    if not T.effective_sensitive(w):
        raise CompatValueError(f"Widget {w.id} is insensitive: the user cannot use it.")
    return play(value, bool(drag))
