"""IDL CW_FORM without a display (compat.idl.form_widgets): the form a descriptor
builds, its value structure and types, SET_VALUE, the events with TAG/VALUE/QUIT, the
modal form, against the facts IDL's CW_FORM reference page documents."""

import numpy as np
import pytest

import compat
from compat import idl
from compat._core import widget_tree
from compat.idl import widgets


@pytest.fixture(autouse=True)
def fresh_tree():
    widget_tree.TREE.reset()
    yield
    widget_tree.TREE.reset()


DESC = ['0, LABEL, Centered Label, CENTER',
        '1, BASE,, ROW, FRAME',
        '0, BUTTON, One|Two|Three, EXCLUSIVE, LABEL_TOP=Exclusive, TAG=bg1',
        '2, BUTTON, Red|Green|Blue, LABEL_TOP=Nonexclusive, TAG=bg2',
        '0, DROPLIST, sum|mean|max, SET_VALUE=2, TAG=op',
        '1, BASE,, COLUMN, FRAME',
        '0, FLOAT, 1.0, LABEL_LEFT=Float:, WIDTH=12, TAG=fval',
        '0, INTEGER, 14, LABEL_LEFT=Integer:, WIDTH=12, TAG=ival',
        '2, TEXT, Some text\\, with a comma, LABEL_LEFT=Text:, WIDTH=12',
        '1, BASE,, ROW',
        '0, BUTTON, OK, QUIT, TAG=OK',
        '2, BUTTON, Cancel, QUIT']


def _form():
    base = idl.widget_base(column=1)
    form, ids = idl.cw_form(base, DESC, column=True, ids=True)
    idl.widget_control(base, realize=True)
    return base, form, ids


def test_value_structure_tags_and_types():
    _, form, ids = _form()
    assert ids.dtype == np.int32 and ids.size == len(DESC)
    v = idl.widget_control(form, get_value=True).get_value
    # BASEs and LABELs have no value; untagged elements are TAG<index in Desc>
    assert v.dtype.names == ("BG1", "BG2", "OP", "FVAL", "IVAL", "TAG8", "OK", "TAG11")
    assert v.BG1.dtype == np.int16 and int(v.BG1[0]) == 0
    assert v.BG2[0].tolist() == [0, 0, 0]
    assert v.OP.dtype == np.int32 and int(v.OP[0]) == 2
    assert v.FVAL.dtype == np.float32 and float(v.FVAL[0]) == 1.0
    assert v.IVAL.dtype == np.int16 and int(v.IVAL[0]) == 14
    assert str(v.TAG8[0]) == "Some text, with a comma"
    assert int(v.OK[0]) == 0 and int(v.TAG11[0]) == 0


def test_events_carry_tag_value_and_quit():
    _, form, ids = _form()
    bg1 = widget_tree.TREE.widgets[int(ids[2])]
    ev = widgets.press(bg1.children[2])
    assert ev.dtype.names == ("ID", "TOP", "HANDLER", "TAG", "VALUE", "QUIT")
    assert int(ev.ID[0]) == int(form) and str(ev.TAG[0]) == "BG1"
    assert int(ev.VALUE[0]) == 2 and int(ev.QUIT[0]) == 0
    bg2 = widget_tree.TREE.widgets[int(ids[3])]
    ev = widgets.press(bg2.children[1])
    assert ev.VALUE[0].tolist() == [0, 1, 0]
    ev = widgets.select(ids[4], 0)
    assert str(ev.TAG[0]) == "OP" and int(ev.VALUE[0]) == 0
    ev = widgets.type_text(ids[7], '12abc')
    assert str(ev.TAG[0]) == "IVAL" and int(ev.VALUE[0]) == 12
    assert ev.VALUE.dtype == np.int16
    ev = widgets.press(ids[10])
    assert str(ev.TAG[0]) == "OK" and int(ev.VALUE[0]) == 1 and int(ev.QUIT[0]) == 1
    v = idl.widget_control(form, get_value=True).get_value
    assert (int(v.BG1[0]), int(v.OP[0]), int(v.IVAL[0]), int(v.OK[0])) == (2, 0, 12, 1)


def test_event_reaches_handler_and_set_value():
    got = []
    base = idl.widget_base(column=1,
                           event_pro=lambda ev: got.append((str(ev.TAG[0]),
                                                            float(ev.VALUE[0]))))
    form, ids = idl.cw_form(base, DESC, ids=True)
    idl.widget_control(base, realize=True)
    assert widgets.type_text(ids[6], '2.5') is None and got == [("FVAL", 2.5)]
    idl.widget_control(form, set_value={"fval": 7.25, "bg1": 1, "TAG8": "new"})
    v = idl.widget_control(form, get_value=True).get_value
    assert float(v.FVAL[0]) == 7.25 and int(v.BG1[0]) == 1 and str(v.TAG8[0]) == "new"
    with pytest.raises(compat.CompatValueError, match="no field NOPE"):
        idl.widget_control(form, set_value={"nope": 1})


def test_modal_form_returns_its_value():
    desc = ['0, TEXT, run1, TAG=name', '1, BASE,, ROW',
            '0, BUTTON, OK, QUIT, TAG=OK', '2, BUTTON, Cancel, QUIT, TAG=CANCEL']
    a = idl.cw_form(desc, column=True, title='Enter data')      # Return: OK
    assert (int(a.OK[0]), int(a.CANCEL[0]), str(a.NAME[0])) == (1, 0, "run1")
    with widgets.answers('Cancel'):
        a = idl.cw_form(desc, column=True)
    assert (int(a.OK[0]), int(a.CANCEL[0])) == (0, 1)
    assert not widget_tree.TREE.widgets            # the modal form is gone
    with widgets.answers('Maybe'), pytest.raises(compat.CompatValueError,
                                                 match="no QUIT button 'Maybe'"):
        idl.cw_form(desc)


def test_depth_three_and_errors():
    desc = ['1, BASE,, COLUMN', '0, FLOAT, 1, TAG=a', '3, BASE,, ROW',
            '0, INTEGER, 2, TAG=b', '2, INTEGER, 3, TAG=c', '0, TEXT, x, TAG=d']
    base = idl.widget_base()
    form, ids = idl.cw_form(base, desc, ids=True)
    top = widget_tree.TREE.widgets[int(form)]
    assert top.children == [int(ids[0]), int(ids[5])]      # the first base and D
    inner = widget_tree.TREE.widgets[int(ids[0])]
    assert inner.children == [int(ids[1]), int(ids[2])]    # A and the row base
    assert widget_tree.TREE.widgets[int(ids[2])].children == [int(ids[3]), int(ids[4])]
    for bad, msg in [(['0, SLIDER, 1'], "unknown item"), (['5, TEXT, a'], "depth"),
                     (['0, TEXT, a, BOGUS'], "unknown setting"),
                     (['1, TEXT, a'], "only a BASE"), (['0'], "Depth, Item"),
                     (['0, TEXT, a, TAG=x', '0, TEXT, b, TAG=X'], "already used")]:
        with pytest.raises(compat.CompatValueError, match=msg):
            idl.cw_form(base, bad)
