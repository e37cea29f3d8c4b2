"""IDL widgets without a display (compat.idl.widgets, compat.idl.compound_widgets over
compat._core.widget_tree): the tree, values and UVALUEs, IDL's event structures and
dispatch, XMANAGER, CW_BGROUP/CW_FIELD, DIALOG_MESSAGE. Golden suite:
reference_outputs/idl/widgets (values of IDL's reference pages; GDL's widgets need a
display, so there is no clone capture).

Expected values are IDL's documented ones (structure tags and types, type codes, names,
default buttons) or worked out by hand for the small program below."""

import numpy as np
import pytest

from compat import idl
from compat._core import direct_graphics as dg
from compat._core import widget_tree as core
from compat.idl import widgets


@pytest.fixture(autouse=True)
def fresh_tree():
    core.reset()
    dg.reset()
    yield
    core.reset()
    dg.reset()


def _name(ev):
    return idl.tag_names(ev, structure_name=True)


# ------------------------------------------------------------ a realistic small program
def stats_event(ev):
    """The program's one event handler (XMANAGER's default 'stats_event', by name)."""
    state = idl.widget_control(ev.TOP, get_uvalue=True, no_copy=True).get_uvalue
    kind = _name(ev)
    if kind == "WIDGET_DROPLIST":
        state["op"] = int(ev.INDEX[0])
    elif kind == "WIDGET_TEXT_CH":
        state["edits"] += 1
    elif kind == "WIDGET_BUTTON":
        what = idl.widget_control(ev.ID, get_uvalue=True).get_uvalue
        if what == "GO":
            text = idl.widget_control(state["text"], get_value=True).get_value
            values = np.array(text[0].split(), dtype=float)
            r = (values.sum(), values.mean(), values.max())[state["op"]]
            state["history"].append(float(r))
            idl.widget_control(state["label"], set_value=f"Result: {r:g}")
        elif what == "QUIT":
            if idl.dialog_message("Quit?", question=True) == "Yes":
                idl.widget_control(ev.TOP, destroy=True)
                return
    idl.widget_control(ev.TOP, set_uvalue=state, no_copy=True)


def stats_cleanup(top):
    CLEANED.append(int(top))


CLEANED = []


def make_stats():
    base = idl.widget_base(column=1, title="Stats", uname="top")
    text = idl.widget_text(base, value="1 2 3 4", editable=True, uname="data")
    drop = idl.widget_droplist(base, value=["TOTAL", "MEAN", "MAX"], uname="op")
    go = idl.widget_button(base, value="Compute", uvalue="GO")
    quit_ = idl.widget_button(base, value="Quit", uvalue="QUIT")
    label = idl.widget_label(base, value="Result:", uname="out")
    state = {"text": text, "drop": drop, "label": label, "op": 0, "history": [],
             "edits": 0}
    idl.widget_control(base, set_uvalue=state, no_copy=True)
    idl.widget_control(base, realize=True)
    idl.xmanager("stats", base, cleanup="stats_cleanup", no_block=True)
    return base, text, drop, go, quit_, label


def test_program_driven_by_events():
    CLEANED.clear()
    base, text, drop, go, quit_, label = make_stats()
    assert int(idl.xregistered("stats")) == 1
    assert widgets.press(go) is None                       # the handler took it
    assert idl.widget_control(label, get_value=True).get_value == "Result: 10"
    widgets.select(drop, 1)                                # MEAN
    widgets.press(go)
    assert idl.widget_control(label, get_value=True).get_value == "Result: 2.5"
    widgets.type_text(text, "5 7")                         # Return key: one CH event
    widgets.press(go)                                      # mean of 5, 7
    widgets.select(drop, 2)
    widgets.press(go)                                      # max of 5, 7
    state = idl.widget_control(base, get_uvalue=True).get_uvalue
    assert state["history"] == [10.0, 2.5, 6.0, 7.0]
    assert state["op"] == 2 and state["edits"] == 1
    with widgets.answers("No"):
        widgets.press(quit_)
    assert int(idl.widget_info(base, valid_id=True)) == 1
    with widgets.answers("Yes"):
        widgets.press(quit_)
    assert int(idl.widget_info(base, valid_id=True)) == 0
    assert CLEANED == [int(base)]                          # CLEANUP ran with the TLB
    assert int(idl.xregistered("stats")) == 0


def test_program_state_is_a_copy_without_no_copy():
    base, *_ = make_stats()
    s = idl.widget_control(base, get_uvalue=True).get_uvalue
    s["op"] = 2                                            # changes the copy only
    assert idl.widget_control(base, get_uvalue=True).get_uvalue["op"] == 0
    taken = idl.widget_control(base, get_uvalue=True, no_copy=True).get_uvalue
    assert taken["op"] == 0
    assert idl.widget_control(base, get_uvalue=True).get_uvalue is None   # undefined


def test_find_by_uname_and_tree_links():
    base, text, drop, go, quit_, label = make_stats()
    assert int(idl.widget_info(base, find_by_uname="op")) == int(drop)
    assert int(idl.widget_info(base, find_by_uname="nothing")) == 0
    assert int(idl.widget_info(base, child=True)) == int(text)
    assert int(idl.widget_info(text, sibling=True)) == int(drop)
    assert int(idl.widget_info(label, sibling=True)) == 0
    assert int(idl.widget_info(base, parent=True)) == 0
    assert int(idl.widget_info(go, parent=True)) == int(base)
    assert idl.widget_info(base, all_children=True).tolist() == \
        [int(text), int(drop), int(go), int(quit_), int(label)]
    assert idl.widget_info(base, uname=True) == "top"
    assert int(idl.widget_info(text, realized=True)) == 1


# ------------------------------------------------------------- documented structures
# IDL Reference Guide, each widget's "Widget Events Returned by ..." section
DOC_EVENTS = {
    "WIDGET_BUTTON": [("SELECT", np.int16)],
    "WIDGET_DROPLIST": [("INDEX", np.int32)],
    "WIDGET_LIST": [("INDEX", np.int32), ("CLICKS", np.int32)],
    "WIDGET_SLIDER": [("VALUE", np.int32), ("DRAG", np.int16)],
    "WIDGET_TEXT_CH": [("TYPE", np.int16), ("OFFSET", np.int32), ("CH", np.uint8)],
    "WIDGET_TEXT_STR": [("TYPE", np.int16), ("OFFSET", np.int32), ("STR", object)],
    "WIDGET_COMBOBOX": [("INDEX", np.int32), ("STR", object)],
    "WIDGET_DRAW": [("TYPE", np.int16), ("X", np.int32), ("Y", np.int32),
                    ("PRESS", np.uint8), ("RELEASE", np.uint8), ("CLICKS", np.int16),
                    ("MODIFIERS", np.int32), ("CH", np.int16), ("KEY", np.int32)],
}


def _events_of_every_kind():
    base = idl.widget_base(column=1)
    b = idl.widget_button(base, value="b")
    d = idl.widget_droplist(base, value=["x", "y"])
    li = idl.widget_list(base, value=["p", "q", "r"])
    s = idl.widget_slider(base, minimum=-5, maximum=5)
    t = idl.widget_text(base, editable=True, all_events=True)
    c = idl.widget_combobox(base, value=["u", "v"])
    dr = idl.widget_draw(base, button_events=True)
    idl.widget_control(base, realize=True)
    seen = {}
    idl.widget_control(base, event_pro=lambda ev: seen.setdefault(_name(ev), ev))
    widgets.press(b)
    widgets.select(d, 1)
    widgets.select(li, 2, clicks=2)
    widgets.slide(s, -3)
    widgets.type_text(t, "abc")
    widgets.select(c, 1)
    widgets.draw_event(dr, 5, 6)
    return base, seen, dict(b=b, d=d, li=li, s=s, t=t, c=c, dr=dr)


def test_event_structures_have_idls_tags_and_types():
    base, seen, ids = _events_of_every_kind()
    assert set(seen) == set(DOC_EVENTS)
    for name, tags in DOC_EVENTS.items():
        ev = seen[name]
        assert ev.shape == (1,)
        assert list(ev.dtype.names) == ["ID", "TOP", "HANDLER"] + [t for t, _ in tags]
        for tag in ("ID", "TOP", "HANDLER"):
            assert ev.dtype[tag] == np.int32
        for tag, kind in tags:
            assert ev.dtype[tag] == np.dtype(kind), (name, tag)
        assert int(ev.TOP[0]) == int(base) and int(ev.HANDLER[0]) == int(base)
    assert int(seen["WIDGET_LIST"].CLICKS[0]) == 2
    assert int(seen["WIDGET_SLIDER"].VALUE[0]) == -3
    assert seen["WIDGET_TEXT_STR"].STR[0] == "abc"
    assert int(seen["WIDGET_TEXT_STR"].TYPE[0]) == 1
    assert int(seen["WIDGET_TEXT_CH"].CH[0]) == 10
    assert seen["WIDGET_COMBOBOX"].STR[0] == "v"
    assert int(seen["WIDGET_DRAW"].X[0]) == 5 and int(seen["WIDGET_DRAW"].ID[0]) == int(ids["dr"])


def test_type_codes_and_names():
    # WIDGET_INFO /TYPE and /NAME (IDL Reference Guide, WIDGET_INFO)
    base = idl.widget_base(column=1)
    made = {"BUTTON": idl.widget_button(base), "SLIDER": idl.widget_slider(base),
            "TEXT": idl.widget_text(base), "DRAW": idl.widget_draw(base),
            "LABEL": idl.widget_label(base, value="l"), "LIST": idl.widget_list(base),
            "DROPLIST": idl.widget_droplist(base), "COMBOBOX": idl.widget_combobox(base),
            "BASE": base}
    codes = {"BASE": 0, "BUTTON": 1, "SLIDER": 2, "TEXT": 3, "DRAW": 4, "LABEL": 5,
             "LIST": 6, "DROPLIST": 8, "COMBOBOX": 12}
    for name, wid in made.items():
        assert idl.widget_info(wid, name=True) == name
        assert int(idl.widget_info(wid, type=True)) == codes[name]
        assert isinstance(wid, np.int32)                   # widget IDs are LONGs


# ------------------------------------------------------------------------ dispatch
def test_dispatch_bubbles_to_first_handler_and_functions_pass_structures_on():
    log = []
    base = idl.widget_base(column=1, event_pro=lambda ev: log.append(
        ("top", int(ev.ID[0]), int(ev.HANDLER[0]), _name(ev))))
    mid = idl.widget_base(base, row=1, event_func=lambda ev: (
        log.append(("mid", int(ev.HANDLER[0]))),
        idl.create_struct("ID", np.int32(ev.ID[0]), "TOP", np.int32(ev.TOP[0]),
                          "HANDLER", np.int32(0), "NOTE", "relayed"))[1])
    swallow = idl.widget_base(base, row=1, event_func=lambda ev: 0)
    b1 = idl.widget_button(mid, value="1")
    b2 = idl.widget_button(swallow, value="2")
    b3 = idl.widget_button(base, value="3")
    idl.widget_control(base, realize=True)
    assert widgets.press(b1) is None
    assert log == [("mid", int(mid)), ("top", int(b1), int(base), "")]
    log.clear()
    widgets.press(b2)                                      # a non-structure result
    assert log == []
    widgets.press(b3)
    assert log == [("top", int(b3), int(base), "WIDGET_BUTTON")]


def test_no_handler_event_returned_and_widget_event_queue():
    base = idl.widget_base(column=1)
    b = idl.widget_button(base, value="b")
    idl.widget_control(base, realize=True)
    ev = widgets.press(b)
    assert _name(ev) == "WIDGET_BUTTON" and int(ev.ID[0]) == int(b)
    idl.widget_control(b, send_event={"ID": 0, "TOP": 0, "HANDLER": 0, "X": 7})
    out = idl.widget_event(base, nowait=True)
    assert int(out.ID[0]) == int(b) and int(out.X[0]) == 7
    null = idl.widget_event(base, nowait=True)            # nothing left: the null event
    assert null.dtype.names == ("ID", "TOP", "HANDLER")
    assert [int(null[t][0]) for t in null.dtype.names] == [0, 0, 0]


def test_xmanager_runs_queued_events_and_timer():
    got = []
    base = idl.widget_base(column=1)
    b = idl.widget_button(base, value="b")
    idl.widget_control(base, realize=True)
    ev = idl.create_struct("ID", np.int32(0), "TOP", np.int32(0), "HANDLER", np.int32(0),
                           "SELECT", np.int16(1), name="WIDGET_BUTTON")
    idl.widget_control(b, send_event=ev)
    idl.widget_control(base, timer=0.5)
    idl.xmanager("q", base, event_handler=lambda e: got.append((_name(e), int(e.ID[0]))))
    assert got == [("WIDGET_BUTTON", int(b)), ("WIDGET_TIMER", int(base))]


def test_handler_by_name_resolves_in_callers_module_and_registry():
    base = idl.widget_base(column=1, event_pro="named_handler")
    b = idl.widget_button(base, value="b")
    idl.widget_control(base, realize=True)
    NAMED.clear()
    widgets.press(b)
    assert NAMED == [int(b)]
    widgets.register("elsewhere_handler", lambda ev: NAMED.append(-1))
    idl.widget_control(base, event_pro="elsewhere_handler")
    widgets.press(b)
    assert NAMED == [int(b), -1]
    idl.widget_control(base, event_pro="no_such_handler")
    with pytest.raises(ValueError, match="undefined procedure/function: 'NO_SUCH_HANDLER'"):
        widgets.press(b)


NAMED = []


def named_handler(ev):
    NAMED.append(int(ev.ID[0]))


# ----------------------------------------------------------------- per-kind behaviour
def test_exclusive_buttons_release_then_select():
    base = idl.widget_base(column=1)
    ex = idl.widget_base(base, exclusive=True)
    a = idl.widget_button(ex, value="a")
    b = idl.widget_button(ex, value="b")
    idl.widget_control(a, set_button=1)
    idl.widget_control(base, realize=True)
    log = []
    idl.widget_control(base, event_pro=lambda ev: log.append((int(ev.ID[0]),
                                                              int(ev.SELECT[0]))))
    widgets.press(b)
    assert log == [(int(a), 0), (int(b), 1)]
    assert int(idl.widget_info(a, button_set=True)) == 0
    assert int(idl.widget_info(b, button_set=True)) == 1
    widgets.press(b)                                       # already set: no event
    assert len(log) == 2


def test_list_droplist_slider_text_values():
    base = idl.widget_base(column=1)
    li = idl.widget_list(base, value=["a", "b", "c"])
    assert int(idl.widget_info(li, list_select=True)) == -1
    idl.widget_control(li, set_list_select=1)
    assert int(idl.widget_info(li, list_select=True)) == 1
    d = idl.widget_droplist(base, value=["x", "y"])
    assert int(idl.widget_info(d, droplist_select=True)) == 0
    with pytest.raises(ValueError, match="^WIDGET_CONTROL: Index out of range: 5"):
        idl.widget_control(d, set_droplist_select=5)
    s = idl.widget_slider(base, minimum=10, maximum=20)
    assert int(idl.widget_control(s, get_value=True).get_value) == 10   # VALUE = MINIMUM
    idl.widget_control(s, set_value=15)
    assert idl.widget_control(s, get_value=True).get_value == np.int32(15)
    t = idl.widget_text(base, value=["one", "two"])
    idl.widget_control(t, set_value="three", append=True)
    assert idl.widget_control(t, get_value=True).get_value.tolist() == ["one", "two", "three"]


def test_draw_widget_window_in_direct_graphics():
    idl.set_plot("X")
    idl.window(0, xsize=300, ysize=200)
    base = idl.widget_base()
    d1 = idl.widget_draw(base, xsize=64, ysize=48)
    d2 = idl.widget_draw(base, xsize=32, ysize=16)
    idl.widget_control(base, realize=True)
    w1 = int(idl.widget_control(d1, get_value=True).get_value)
    w2 = int(idl.widget_control(d2, get_value=True).get_value)
    assert (w1, w2) == (32, 33)
    idl.wset(w1)
    assert (int(idl.sysvar("!d").x_size), int(idl.sysvar("!d").y_size)) == (64, 48)
    idl.widget_control(base, destroy=True)
    assert ("X", 32) not in dg.STATE.windows and ("X", 0) in dg.STATE.windows


def test_kill_notify_children_first_and_sensitivity():
    order = []
    base = idl.widget_base(column=1, kill_notify=lambda i: order.append(("base", int(i))))
    b = idl.widget_button(base, value="b", kill_notify=lambda i: order.append(("b", int(i))))
    idl.widget_control(base, realize=True)
    idl.widget_control(base, sensitive=0)
    assert int(idl.widget_info(b, sensitive=True)) == 1    # its own flag
    with pytest.raises(ValueError, match="insensitive"):
        widgets.press(b)
    idl.widget_control(base, destroy=True)
    assert order == [("b", int(b)), ("base", int(base))]


def test_unrealized_widgets_cannot_be_used():
    base = idl.widget_base()
    b = idl.widget_button(base, value="b")
    with pytest.raises(ValueError, match="not realized"):
        widgets.press(b)


# -------------------------------------------------------------------- compound widgets
def test_cw_bgroup_values_and_events():
    base = idl.widget_base(column=1)
    g = idl.cw_bgroup(base, ["r", "g", "b"], exclusive=True, set_value=2,
                      button_uvalue=["RED", "GREEN", "BLUE"])
    assert int(idl.widget_control(g, get_value=True).get_value) == 2
    r = idl.cw_bgroup(base, ["x", "y", "z"], nonexclusive=True, set_value=[1, 0, 1],
                      ids=True)
    assert idl.widget_control(r.result, get_value=True).get_value.tolist() == [1, 0, 1]
    idl.widget_control(base, realize=True)
    log = []
    idl.widget_control(base, event_pro=lambda ev: log.append(
        (int(ev.ID[0]), int(ev.SELECT[0]), ev.VALUE[0])))
    kids = idl.widget_info(idl.widget_info(g, child=True), all_children=True)
    widgets.press(kids[0])
    assert log == [(int(g), 0, "BLUE"), (int(g), 1, "RED")]
    assert int(idl.widget_control(g, get_value=True).get_value) == 0
    log.clear()
    widgets.press(r.ids[1])
    assert log == [(int(r.result), 1, 1)]                  # index by default
    q = idl.cw_bgroup(base, ["p"], nonexclusive=True, no_release=True, ids=True)
    log.clear()
    widgets.press(q.ids[0])
    widgets.press(q.ids[0])                                # released: no event
    assert log == [(int(q.result), 1, 0)]


def test_cw_field_types_and_events():
    base = idl.widget_base(column=1)
    f = idl.cw_field(base, title="N:", value=3, integer=True, all_events=True)
    s = idl.cw_field(base, value="abc")
    assert idl.widget_control(f, get_value=True).get_value == np.int16(3)
    assert idl.widget_control(s, get_value=True).get_value.tolist() == ["abc"]
    idl.widget_control(base, realize=True)
    log = []
    idl.widget_control(base, event_pro=lambda ev: log.append(
        (int(ev.ID[0]), ev.VALUE[0], int(ev.TYPE[0]), int(ev.UPDATE[0]))))
    widgets.type_text(f, "12")
    assert log == [(int(f), 12, 2, 0), (int(f), 12, 2, 1)]
    log.clear()
    widgets.type_text(s, "xyz")                            # no event keywords: no events
    assert log == []
    assert idl.widget_control(s, get_value=True).get_value.tolist() == ["xyz"]
    idl.widget_control(f, set_value=40)
    assert idl.widget_control(f, get_value=True).get_value == np.int16(40)


# ---------------------------------------------------------------------- dialog
def test_dialog_message_default_buttons(capsys):
    # IDL Reference Guide, DIALOG_MESSAGE: Warning/Error/Information show OK,
    # Question Yes and No (Yes the default, No with /DEFAULT_NO), Cancel with /CANCEL
    assert idl.dialog_message("w") == "OK"
    assert idl.dialog_message("e", error=True) == "OK"
    assert idl.dialog_message("q", question=True) == "Yes"
    assert idl.dialog_message("q", question=True, default_no=True) == "No"
    assert idl.dialog_message("c", cancel=True, default_cancel=True) == "Cancel"
    assert idl.dialog_message("c", default_cancel=True) == "Cancel"   # implies /CANCEL
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "% DIALOG_MESSAGE: w"
    with widgets.answers("Yes"):
        with pytest.raises(ValueError, match="not a button of this dialog"):
            idl.dialog_message("plain")
    assert core.TREE.messages[-1][2] == "Cancel"


# ------------------------------------------------------------------------ bad input
def test_bad_input_messages():
    with pytest.raises(ValueError, match="^WIDGET_CONTROL: Invalid widget identifier: 99"):
        idl.widget_control(99, get_value=True)
    with pytest.raises(ValueError, match="^WIDGET_BUTTON: Parent is not a base widget: 0"):
        idl.widget_button(None)
    base = idl.widget_base()
    lab = idl.widget_label(base, value="x")
    with pytest.raises(ValueError, match="^WIDGET_BUTTON: Parent is not a base widget"):
        idl.widget_button(lab)
    with pytest.raises(ValueError, match="^WIDGET_BASE: Keyword COLOUR not allowed"):
        idl.widget_base(colour=1)
    with pytest.raises(ValueError, match="^WIDGET_INFO: DROPLIST_SELECT applies to "
                                         "droplist widgets"):
        idl.widget_info(lab, droplist_select=True)
    with pytest.raises(ValueError, match="^WIDGET_CONTROL: Widget ID must be a scalar"):
        idl.widget_control([1, 2], get_value=True)
    with pytest.raises(ValueError, match="^WIDGET_CONTROL: GET_VALUE is not defined for "
                                         "base"):
        idl.widget_control(base, get_value=True)
    assert idl.widget_info([int(base), 12345], valid_id=True).tolist() == [1, 0]
    assert idl.widget_control(12345, bad_id=True, get_value=True) is None


# ------------------------------------------------------------------ menus, kill requests
def test_menu_bar_and_menu_items():
    r = idl.widget_base(mbar=True, column=1)
    base, bar = r
    assert int(idl.widget_info(bar, parent=True)) == int(base)
    assert int(idl.widget_info(base, n_children=True)) == 0    # the bar is no child
    file_menu = idl.widget_button(bar, value="File", menu=1)
    quit_item = idl.widget_button(file_menu, value="Quit", uvalue="QUIT")
    idl.widget_control(base, realize=True)
    got = []
    idl.xmanager("menus", base, event_handler=lambda ev: got.append(
        idl.widget_control(ev.ID, get_uvalue=True).get_uvalue))
    widgets.press(quit_item)
    assert got == ["QUIT"]


def test_kill_request_event_or_destroy():
    keep = idl.widget_base(tlb_kill_request_events=1)
    idl.widget_control(keep, realize=True)
    ev = widgets.kill_request(keep)
    assert _name(ev) == "WIDGET_KILL_REQUEST" and ev.dtype.names == ("ID", "TOP", "HANDLER")
    assert int(idl.widget_info(keep, valid_id=True)) == 1
    gone = idl.widget_base()
    idl.widget_control(gone, realize=True)
    assert widgets.kill_request(gone) is None
    assert int(idl.widget_info(gone, valid_id=True)) == 0


def test_combobox_items_and_editable_text():
    base = idl.widget_base(column=1)
    c = idl.widget_combobox(base, value=["a", "b"], editable=True)
    idl.widget_control(c, combobox_additem="c")
    idl.widget_control(c, combobox_additem="z", combobox_index=0)
    assert idl.widget_control(c, get_value=True).get_value.tolist() == ["z", "a", "b", "c"]
    idl.widget_control(c, combobox_deleteitem=1)
    assert int(idl.widget_info(c, combobox_number=True)) == 3
    idl.widget_control(c, set_combobox_select=2)
    assert idl.widget_info(c, combobox_gettext=True) == "c"
    idl.widget_control(base, realize=True)
    ev = widgets.select(c, 0, text="typed")
    assert int(ev.INDEX[0]) == -1 and ev.STR[0] == "typed"
    assert idl.widget_info(c, combobox_gettext=True) == "typed"


def test_modal_base_and_group_leader_are_kept():
    lead = idl.widget_base()
    dlg = idl.widget_base(title="Ask", modal=True, group_leader=lead)
    assert int(idl.widget_info(dlg, modal=True)) == 1
    assert int(idl.widget_info(lead, modal=True)) == 0


def test_rearmed_timer_is_one_tick_per_call():
    ticks = []

    def animate(ev):
        ticks.append(int(ev.ID[0]))
        idl.widget_control(ev.ID, timer=0.05)             # re-arm, as animations do

    base = idl.widget_base(event_pro=animate)
    idl.widget_control(base, realize=True)
    idl.widget_control(base, timer=0.05)
    idl.xmanager("anim", base, event_handler=animate)
    assert ticks == [int(base)]
    idl.xmanager()
    idl.xmanager()
    assert ticks == [int(base)] * 3
    idl.widget_control(base, destroy=True)
    idl.xmanager()                                         # the pending timer died with it
    assert len(ticks) == 3


# ------------------------------------------------------------------------------ table
def test_table_cells_selection_and_events():
    base = idl.widget_base(column=1)
    data = np.array([[1.5, 2.0, 3.0], [4.0, 5.0, 6.0]], dtype=np.float32)
    t = idl.widget_table(base, value=data, editable=True, all_events=True)
    data[0, 0] = 99                                        # the caller's array is copied
    assert int(idl.widget_info(t, type=True)) == 9 and idl.widget_info(t, name=True) == "TABLE"
    assert idl.widget_info(t, table_select=True).tolist() == [-1, -1, -1, -1]
    idl.widget_control(base, realize=True)
    log = []
    idl.widget_control(base, event_pro=lambda ev: log.append(_name(ev)))
    widgets.edit_cell(t, 1, 0, "7.25")
    widgets.edit_cell(t, 2, 1, "abc")                      # not a number: 0
    assert log == ["WIDGET_TABLE_STR", "WIDGET_TABLE_CH"] * 2
    v = idl.widget_control(t, get_value=True).get_value
    assert v.dtype == np.float32
    assert v.tolist() == [[1.5, 7.25, 3.0], [4.0, 5.0, 0.0]]
    widgets.select_cells(t, 1, 0, 2, 1)
    block = idl.widget_control(t, get_value=True, use_table_select=True).get_value
    assert block.tolist() == [[7.25, 3.0], [5.0, 0.0]]
    idl.widget_control(t, set_value=[[-1, -2]], use_table_select=[0, 1, 1, 1])
    assert idl.widget_control(t, get_value=True).get_value[1].tolist() == [-1.0, -2.0, 0.0]
    with pytest.raises(ValueError, match="^WIDGET_CONTROL: SET_TABLE_SELECT must be"):
        idl.widget_control(t, set_table_select=[0, 0, 5, 0])
    s = idl.widget_table(base, value=np.array([["a", "b"]]), editable=True)
    widgets.edit_cell(s, 1, 0, "longer text")
    assert idl.widget_control(s, get_value=True).get_value.tolist() == [["a", "longer text"]]
    plain = idl.widget_table(base, xsize=2, ysize=3)
    assert idl.widget_control(plain, get_value=True).get_value.shape == (3, 2)


def test_uvalue_copies_data_and_shares_objects():
    class Model:                                           # an object: shared, like an
        def __init__(self):                                # IDL object reference
            self.n = 0

    m = Model()
    arr = np.arange(3)
    base = idl.widget_base(uvalue={"model": m, "data": arr, "rows": [arr]})
    arr[0] = 7                                             # SET_UVALUE stored a copy
    got = idl.widget_control(base, get_uvalue=True).get_uvalue
    assert got["data"].tolist() == [0, 1, 2] and got["rows"][0].tolist() == [0, 1, 2]
    assert got["model"] is m
    got["data"][1] = 9                                     # GET_UVALUE gave a copy
    assert idl.widget_control(base, get_uvalue=True).get_uvalue["data"][1] == 1


def test_cw_bgroup_library_rules():
    # IDL 7.0's cw_bgroup.pro: UNAMEs, VALUE precedence, the exclusive value before any
    # button is set, plain groups have no value
    base = idl.widget_base(column=1)
    g = idl.cw_bgroup(base, ["a", "b"], exclusive=True, return_id=True, return_name=True)
    assert idl.widget_info(g, uname=True) == "CW_BGROUP_UNAME"
    b1 = idl.widget_info(g, find_by_uname="CW_BGROUP_UNAME_BUTTON1")
    assert int(idl.widget_control(g, get_value=True).get_value) == 0
    assert idl.widget_control(g, get_uvalue=True).get_uvalue == 0
    idl.widget_control(base, realize=True)
    seen = []
    idl.widget_control(base, event_pro=lambda ev: seen.append(ev.VALUE[0]))
    widgets.press(b1)
    assert seen == ["b"]                                   # RETURN_NAME wins over RETURN_ID
    assert int(idl.widget_control(g, get_value=True).get_value) == 1
    plain = idl.cw_bgroup(base, ["x"])
    with pytest.raises(ValueError, match="unable to get plain button group value"):
        idl.widget_control(plain, get_value=True)


def test_cw_field_reads_the_leading_number_and_writes_idl_text():
    base = idl.widget_base(column=1)
    f = idl.cw_field(base, value=1.5, floating=True)
    text = idl.widget_info(f, child=True)                  # label, then the text widget
    text = idl.widget_info(text, sibling=True)
    assert idl.widget_control(text, get_value=True).get_value.tolist() == ["1.50000"]
    i = idl.cw_field(base, value="7.9", integer=True)
    assert idl.widget_control(i, get_value=True).get_value == np.int16(7)   # FIX
    idl.widget_control(base, realize=True)
    widgets.type_text(f, "12.5abc")
    assert idl.widget_control(f, get_value=True).get_value == np.float32(12.5)
    widgets.type_text(f, "abc")
    assert idl.widget_control(f, get_value=True).get_value == np.float32(0)


def test_xregistered_counts_instances_by_exact_name():
    bases = [idl.widget_base() for _ in range(2)]
    for b in bases:
        idl.xmanager("Viewer", b, event_handler=lambda ev: None)
    assert int(idl.xregistered("Viewer", noshow=True)) == 2
    assert int(idl.xregistered("viewer", noshow=True)) == 0   # IDL compares with EQ
    idl.widget_control(bases[0], destroy=True)
    assert int(idl.xregistered("Viewer")) == 1


def test_xmanager_replaces_event_pro_and_catch_switch(capsys):
    base = idl.widget_base(event_pro=lambda ev: None)
    b = idl.widget_button(base, value="b")
    idl.widget_control(base, realize=True)
    idl.xmanager("nothere", base)                           # EVENT_PRO becomes 'nothere_event'
    with pytest.raises(ValueError, match="'NOTHERE_EVENT'"):
        widgets.press(b)
    idl.xmanager(catch=1)
    assert widgets.press(b) is None                         # caught and printed, as IDL
    err = capsys.readouterr().err
    assert "Caught unexpected error from client application" in err
    idl.xmanager(catch=0)
    assert "Error handling is now off" in capsys.readouterr().out
    with pytest.raises(ValueError, match="^XMANAGER: Invalid widget ID"):
        idl.xmanager("x", 12345)


def test_xmanager_without_programs_says_so(capsys):
    idl.xmanager()
    assert capsys.readouterr().out == "% XMANAGER: No widgets are currently being managed.\n"


def test_tab_widget():
    base = idl.widget_base()
    tab = idl.widget_tab(base)
    pages = [idl.widget_base(tab, title=t, column=1) for t in ("A", "B", "C")]
    with pytest.raises(ValueError, match="children of a tab widget are bases"):
        idl.widget_button(tab, value="x")
    assert int(idl.widget_info(tab, type=True)) == 10 and idl.widget_info(tab, name=True) == "TAB"
    assert int(idl.widget_info(tab, tab_number=True)) == 3
    assert int(idl.widget_info(tab, tab_current=True)) == 0
    idl.widget_control(tab, set_tab_current=2)
    assert int(idl.widget_info(tab, tab_current=True)) == 2
    idl.widget_control(base, realize=True)
    ev = widgets.select(tab, 1)
    assert _name(ev) == "WIDGET_TAB" and ev.dtype["TAB"] == np.int32 and int(ev.TAB[0]) == 1
    assert int(idl.widget_info(pages[1], parent=True)) == int(tab)
    with pytest.raises(ValueError, match="select\\(\\) plays"):
        widgets.select(pages[0], 0)


def test_screen_only_control_keywords_and_draw_resize():
    idl.set_plot("X")
    base = idl.widget_base(column=1)
    log = idl.widget_text(base, value="start", ysize=5)
    d = idl.widget_draw(base, xsize=50, ysize=40)
    idl.widget_control(base, realize=True)
    idl.widget_control(log, set_value="more", append=True, set_text_top_line=3)
    assert idl.widget_control(log, get_value=True).get_value.tolist() == ["start", "more"]
    idl.widget_control(d, draw_xsize=120, draw_ysize=90)
    win = int(idl.widget_control(d, get_value=True).get_value)
    idl.wset(win)
    assert (int(idl.sysvar("!d").x_size), int(idl.sysvar("!d").y_size)) == (120, 90)
    with pytest.raises(ValueError, match="^WIDGET_CONTROL: Keyword SET_NOTHING not allowed"):
        idl.widget_control(base, set_nothing=1)
