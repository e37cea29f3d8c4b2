"""IDL CW_PDMENU and CW_FSLIDER without a display (compat.idl.menu_widgets): the menu
tree a descriptor builds, the event VALUEs, and the float slider's values and events,
against the values IDL's reference pages document."""

import numpy as np
import pytest

import compat
from compat import idl
from compat._core import widget_tree
from compat.idl import menu_widgets, widgets


@pytest.fixture(autouse=True)
def fresh_tree():
    widget_tree.TREE.reset()
    yield
    widget_tree.TREE.reset()


# the example of IDL's CW_PDMENU page: Operations > Predefined, Interpolate > (Linear,
# Spline); Quit
DESC = ["1\\Operations", "0\\Predefined", "1\\Interpolate", "0\\Linear", "2\\Spline",
        "2\\Quit"]


def _tree(w):
    node = widget_tree.TREE.widgets[int(w)]
    return [node.value if not node.children else
            (node.value, [_tree(c) for c in node.children]) for _ in [0]][0]


def test_descriptor_builds_the_documented_tree():
    base = idl.widget_base()
    menu, ids = idl.cw_pdmenu(base, DESC, ids=True)
    top = widget_tree.TREE.widgets[int(menu)]
    assert [_tree(c) for c in top.children] == [
        ("Operations", ["Predefined", ("Interpolate", ["Linear", "Spline"]), "Quit"])]
    assert ids.dtype == np.int32 and ids.size == 6


def test_structure_descriptor_is_the_same_menu():
    rec = np.zeros(6, dtype=[("FLAGS", np.int16), ("NAME", "U20")])
    rec["FLAGS"] = [1, 0, 1, 0, 2, 2]
    rec["NAME"] = ["Operations", "Predefined", "Interpolate", "Linear", "Spline", "Quit"]
    base = idl.widget_base()
    menu = idl.cw_pdmenu(base, rec)
    top = widget_tree.TREE.widgets[int(menu)]
    assert [_tree(c) for c in top.children] == [
        ("Operations", ["Predefined", ("Interpolate", ["Linear", "Spline"]), "Quit"])]


@pytest.mark.parametrize("kw, want", [
    ({}, 4), ({"return_index": True}, 4), ({"return_name": True}, "Spline"),
    ({"return_full_name": True}, "Operations.Interpolate.Spline"),
    ({"return_full_name": True, "delimiter": "/"}, "Operations/Interpolate/Spline")])
def test_event_values(kw, want):
    base = idl.widget_base()
    menu, ids = idl.cw_pdmenu(base, DESC, ids=True, **kw)
    idl.widget_control(base, realize=True)
    ev = widgets.press(ids[4])                 # Spline
    assert ev.dtype.names == ("ID", "TOP", "HANDLER", "VALUE")
    assert int(ev.ID[0]) == int(menu) and int(ev.TOP[0]) == int(base)
    assert ev.VALUE[0] == want
    if isinstance(want, int):
        assert ev.VALUE.dtype == np.int32


def test_return_id_and_sub_menu_roots_make_no_event():
    base = idl.widget_base()
    menu, ids = idl.cw_pdmenu(base, DESC, ids=True, return_id=True)
    idl.widget_control(base, realize=True)
    assert int(widgets.press(ids[5]).VALUE[0]) == int(ids[5])
    assert widgets.press(ids[2]) is None       # Interpolate opens a menu


def test_flag_three_and_nameless_two_close_levels():
    desc = ["1\\A", "0\\a1", "3\\B", "0\\b1", "2\\b2", "0\\C", "1\\D", "0\\d1", "2\\",
            "0\\E"]
    base = idl.widget_base()
    menu = idl.cw_pdmenu(base, desc, return_full_name=True)
    top = widget_tree.TREE.widgets[int(menu)]
    assert [_tree(c) for c in top.children] == [
        ("A", ["a1", ("B", ["b1", "b2"])]), "C", ("D", ["d1"]), "E"]


def test_mbar_menus_and_event_procedures():
    got = []
    widgets.register("save_event", lambda ev: got.append(int(ev.ID[0])))
    base, bar = idl.widget_base(mbar=True)
    desc = ["1\\File", "0\\Save\\save_event", "2\\Exit", "1\\Help", "2\\About"]
    menu, ids = idl.cw_pdmenu(bar, desc, mbar=True, return_name=True, ids=True)
    assert int(menu) == int(bar)
    idl.widget_control(base, realize=True)
    assert widgets.press(ids[1]) is None and got == [int(ids[1])]   # its own EVENT_PRO
    assert widgets.press(ids[4]).VALUE[0] == "About"


def test_pdmenu_errors():
    base = idl.widget_base()
    with pytest.raises(compat.CompatValueError, match="flags\\\\name"):
        idl.cw_pdmenu(base, ["File"])
    with pytest.raises(compat.CompatValueError, match="flag field must be an integer"):
        idl.cw_pdmenu(base, ["x\\File"])
    with pytest.raises(compat.CompatValueError, match="Only one of RETURN_ID"):
        idl.cw_pdmenu(base, DESC, return_id=True, return_name=True)
    with pytest.raises(compat.CompatValueError, match="menu bar"):
        idl.cw_pdmenu(base, DESC, mbar=True)
    with pytest.raises(compat.CompatValueError, match="FLAGS and NAME"):
        idl.cw_pdmenu(base, np.zeros(2, dtype=[("A", np.int16)]))


def test_fslider_defaults_types_and_events():
    base = idl.widget_base(column=1)
    s = idl.cw_fslider(base)
    v = idl.widget_control(s, get_value=True).get_value
    assert v.dtype == np.float32 and float(v) == 0.0          # VALUE defaults to MINIMUM
    idl.widget_control(s, set_value=250.0)                     # kept within 0..100
    assert float(idl.widget_control(s, get_value=True).get_value) == 100.0
    idl.widget_control(s, set_value=[5.0, -10.0, 10.0])        # value and a new range
    assert float(idl.widget_control(s, get_value=True).get_value) == 5.0
    idl.widget_control(base, realize=True)
    ev = menu_widgets.slide(s, -20.0)
    assert ev.dtype.names == ("ID", "TOP", "HANDLER", "VALUE", "DRAG")
    assert float(ev.VALUE[0]) == -10.0 and ev.VALUE.dtype == np.float32
    assert menu_widgets.slide(s, 1.0, drag=1) is None          # no /DRAG: no drag events
    d = idl.cw_fslider(base, double=True, drag=True, minimum=0, maximum=1, value=0.1)
    ev = menu_widgets.slide(d, 0.3, drag=1)
    assert ev.VALUE.dtype == np.float64 and float(ev.VALUE[0]) == 0.3
    assert int(ev.DRAG[0]) == 1


def test_fslider_event_reaches_handler():
    got = []
    base = idl.widget_base(column=1, event_pro=lambda ev: got.append(float(ev.VALUE[0])))
    s = idl.cw_fslider(base, minimum=1.0, maximum=2.0)
    idl.widget_control(base, realize=True)
    assert menu_widgets.slide(s, 1.5) is None and got == [1.5]
    with pytest.raises(compat.CompatValueError, match="scalar number"):
        idl.cw_fslider(base, minimum=[1, 2])
