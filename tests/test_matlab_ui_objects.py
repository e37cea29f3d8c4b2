"""MATLAB UI objects, GUI data and dialogs, headless (compat.matlab.ui_controls,
compat.matlab.dialogs, compat._core.ui_objects).

Goldens: reference_outputs/matlab/ui_objects (GNU Octave 7.3 headless; MATLAB's
documented defaults where Octave differs). Here: a small GUIDE-style program driven by
the callback driver (values derived by hand), the callback forms, the user's actions and
MATLAB's Value rules, dialogs answered from the queue, ``input`` from a stdin stand-in,
bad input, and random property round trips against live Octave.
"""

from __future__ import annotations

import io
import sys

import numpy as np
import pytest

from compat import matlab
from compat._core import graphics_objects as go
from compat._core.errors import CompatError
from compat.matlab import dialogs, ui_controls
from oracles import OCTAVE, run_octave


@pytest.fixture(autouse=True)
def _fresh():
    matlab.close("all")
    ui_controls.clear_actions()
    dialogs.clear_answers()
    yield
    matlab.close("all")
    ui_controls.clear_actions()
    dialogs.clear_answers()


# --------------------------------------------------------------------------------------
# a GUIDE-style program: edit box, popup menu, push button; the callback reads them and
# stores the result with guidata
# --------------------------------------------------------------------------------------
_FACTORS = {1: 1.0, 2: 10.0, 3: 1000.0}     # mm, cm, m -> millimetres


def _build_converter():
    f = matlab.figure("Visible", "off", "Name", "Converter", "Tag", "converter")
    matlab.uicontrol(f, "Style", "edit", "Tag", "edit_amount", "String", "0")
    matlab.uicontrol(f, "Style", "popupmenu", "Tag", "popup_unit",
                     "String", ["mm", "cm", "m"])
    matlab.uicontrol(f, "Style", "text", "Tag", "text_result", "String", "")
    seen = []

    def convert_callback(hObject, eventdata, scale):  # noqa: N803 - GUIDE's names
        handles = matlab.guidata(hObject)
        seen.append((go.callback_object(), hObject, eventdata))
        amount = matlab.str2double(matlab.get(handles["edit_amount"], "String"))
        unit = int(matlab.get(handles["popup_unit"], "Value"))
        handles["result"] = amount * _FACTORS[unit] * scale
        matlab.set(handles["text_result"], "String", f"{handles['result']:g} mm")
        matlab.guidata(hObject, handles)

    matlab.uicontrol(f, "Style", "pushbutton", "Tag", "btn_convert", "String", "Convert",
                     "Callback", [convert_callback, 1.0])
    matlab.guidata(f, matlab.guihandles(f))
    return f, seen


def test_guide_style_program_driven_by_the_user_actions():
    f, seen = _build_converter()
    handles = matlab.guidata(f)
    assert sorted(handles) == ["btn_convert", "converter", "edit_amount", "popup_unit",
                               "text_result"]
    assert handles["popup_unit"].Value == 1.0           # the first entry chosen
    ui_controls.interact(handles["edit_amount"], "2.5")
    ui_controls.interact(handles["popup_unit"], 3)       # 'm'
    ui_controls.interact(handles["btn_convert"])
    # 2.5 m = 2500 mm (by hand)
    assert matlab.guidata(f)["result"] == 2500.0
    assert handles["text_result"].String == "2500 mm"
    (running, figure), obj, event = seen[0]
    assert running is handles["btn_convert"] and figure is f and obj is running
    assert event is None
    assert go.callback_object() == (None, None)          # gcbo is empty afterwards
    # a second run from the stored handles: 40 cm = 400 mm
    ui_controls.interact(handles["edit_amount"], "40")
    ui_controls.interact(handles["popup_unit"], 2)
    ui_controls.interact(handles["btn_convert"])
    assert matlab.guidata(f)["result"] == 400.0
    # reading guidata gives a copy: changing it does not change the stored data
    copy = matlab.guidata(f)
    copy["result"] = -1.0
    assert matlab.guidata(f)["result"] == 400.0


def test_uiwait_plays_the_queued_actions_of_a_modal_dialog():
    f = matlab.figure("Visible", "off")
    matlab.uicontrol(f, "Style", "edit", "Tag", "answer")
    matlab.uicontrol(f, "Tag", "ok", "Callback", lambda h, e: matlab.uiresume(f))
    ui_controls.queue_actions(("answer", "17"), ("ok",), ("answer", "later"))
    matlab.uiwait(f)
    assert matlab.guihandles(f)["answer"].String == "17"
    assert len(ui_controls._ACTIONS) == 1                 # left for the next uiwait
    assert matlab.uiwait(f, 0.5) is None                  # MATLAB's reference page sets
    with pytest.raises(CompatError, match="nonnegative"):  # no lower bound but 0
        matlab.uiwait(f, -1)
    with pytest.raises(CompatError, match="no object of the waited-for figure"):
        ui_controls.queue_actions(("nothing_here", 1))
        ui_controls.clear_actions()
        ui_controls.queue_actions(("nothing_here", 1))
        matlab.uiwait(f)


# --------------------------------------------------------------------------------------
# callbacks
# --------------------------------------------------------------------------------------
def test_callback_forms():
    f = matlab.figure("Visible", "off")
    calls = []
    b = matlab.uicontrol(f, "Callback", lambda h, e: calls.append((h, e)))
    ui_controls.run_callback(b, eventdata="evt")
    assert calls == [(b, "evt")]
    c = matlab.uicontrol(f, "Callback", [lambda h, e, a, k: calls.append((a, k)), 7, "x"])
    ui_controls.interact(c)
    assert calls[-1] == (7, "x")
    t = matlab.uicontrol(f, "Callback", "disp('hello')")
    assert t.Callback == "disp('hello')"                  # stored and read back
    with pytest.raises(CompatError, match="MATLAB code .* cannot run"):
        ui_controls.interact(t)
    empty = matlab.uicontrol(f)
    assert empty.Callback == "" and ui_controls.interact(empty) is None
    with pytest.raises(CompatError, match="Callback value must be"):
        matlab.uicontrol(f, "Callback", 3.0)


def test_value_rules_under_the_users_actions():
    f = matlab.figure("Visible", "off")
    check = matlab.uicontrol(f, "Style", "checkbox", "Min", 2, "Max", 5)
    assert check.Value == 0.0
    ui_controls.interact(check)
    assert check.Value == 5.0                             # checked: Max
    ui_controls.interact(check)
    assert check.Value == 2.0                             # unchecked: Min
    single = matlab.uicontrol(f, "Style", "listbox", "String", ["a", "b", "c"])
    with pytest.raises(CompatError, match="Max - Min > 1"):
        ui_controls.interact(single, [1, 3])
    multi = matlab.uicontrol(f, "Style", "listbox", "String", ["a", "b", "c"], "Max", 3)
    ui_controls.interact(multi, [3, 1])
    np.testing.assert_array_equal(multi.Value, [[1.0, 3.0]])
    popup = matlab.uicontrol(f, "Style", "popupmenu", "String", "one|two")
    with pytest.raises(CompatError, match=r"indices in 1\.\.2"):
        ui_controls.interact(popup, 3)
    slider = matlab.uicontrol(f, "Style", "slider", "Min", -1, "Max", 1)
    with pytest.raises(CompatError, match="within"):
        ui_controls.interact(slider, 2)
    ui_controls.interact(slider, -0.25)
    assert slider.Value == -0.25
    off = matlab.uicontrol(f, "Style", "checkbox", "Enable", "off",
                           "Callback", lambda h, e: 1 / 0)
    assert ui_controls.interact(off) is None and off.Value == 0.0


def test_button_group_selection_event():
    f = matlab.figure("Visible", "off")
    events = []
    bg = matlab.uibuttongroup(f, "SelectionChangeFcn", lambda h, e: events.append(e))
    r1 = matlab.uicontrol(bg, "Style", "radiobutton", "Callback", lambda h, e: 1 / 0)
    r2 = matlab.uicontrol(bg, "Style", "togglebutton")
    assert bg.SelectedObject is r1 and (r1.Value, r2.Value) == (1.0, 0.0)
    ui_controls.interact(r2)
    assert bg.SelectedObject is r2 and (r1.Value, r2.Value) == (0.0, 1.0)
    assert events[0].OldValue is r1 and events[0].NewValue is r2
    assert events[0].EventName == "SelectionChanged"
    ui_controls.interact(r2)                              # already selected: nothing
    assert len(events) == 1
    matlab.set(r1, "Value", 1)                            # Max: selects r1
    assert bg.SelectedObject is r1 and r2.Value == 0.0
    with pytest.raises(CompatError, match="SelectedObject must be"):
        matlab.set(bg, "SelectedObject", matlab.uicontrol(f, "Style", "radiobutton"))


def test_menus_tables_and_context_menus():
    f = matlab.figure("Visible", "off")
    m = matlab.uimenu(f, "Text", "File")
    hits = []
    a = matlab.uimenu(m, "Label", "Open", "MenuSelectedFcn", lambda h, e: hits.append(h))
    b = matlab.uimenu(m, "Label", "Save")
    assert (a.Position, b.Position) == (1.0, 2.0)
    b.Position = 1
    assert (a.Position, b.Position) == (2.0, 1.0)
    ui_controls.interact(a)
    assert hits == [a] and a.Callback is not None
    edits = []
    t = matlab.uitable(f, "Data", np.array([[1.0, 2.0], [3.0, 4.0]]),
                       "CellEditCallback", lambda h, e: edits.append(e))
    data = np.array([[1.0, 2.0], [3.0, 4.0]])
    t.Data = data
    data[0, 0] = -7.0                                     # the caller's array changes
    ui_controls.interact(t, ((1, 2), 9.5))
    np.testing.assert_array_equal(t.Data, [[1.0, 9.5], [3.0, 4.0]])
    np.testing.assert_array_equal(edits[0].Indices, [[1, 2]])
    assert (edits[0].PreviousData, edits[0].NewData) == (2.0, 9.5)
    cell_table = matlab.uitable(f, "Data", [["a", 1.0], ["b", 2.0]])
    ui_controls.interact(cell_table, ((2, 1), "z"))
    assert cell_table.Data == [["a", 1.0], ["z", 2.0]]
    cm = matlab.uicontextmenu(f)
    with pytest.raises(CompatError, match="parent must be a figure"):
        matlab.uicontextmenu(m)
    assert matlab.uimenu(cm, "Text", "Copy").Parent is cm


def test_appdata_value_semantics_and_errors():
    f = matlab.figure("Visible", "off")
    a = np.array([1.0, 2.0])
    matlab.setappdata(f, "a", a)
    a[0] = 99.0                                           # the caller's array changes
    np.testing.assert_array_equal(matlab.getappdata(f, "a"), [1.0, 2.0])
    got = matlab.getappdata(f, "a")
    got[1] = -5.0
    np.testing.assert_array_equal(matlab.getappdata(f, "a"), [1.0, 2.0])
    matlab.setappdata(f, "b", 3)
    assert matlab.getappdata(f, ["a", "zz"]).keys() == {"a"}
    np.testing.assert_array_equal(matlab.isappdata(f, ["b", "c"]), [[True, False]])
    with pytest.raises(CompatError, match="^rmappdata: appdata 'c' is not present"):
        matlab.rmappdata(f, "b", "c")
    assert matlab.isappdata(f, "b")                       # nothing removed on error
    with pytest.raises(CompatError, match="name-value pairs"):
        matlab.setappdata(f, "x")
    with pytest.raises(CompatError, match="^guidata: H must be the handle to a figure"):
        matlab.guidata(0)
    with pytest.raises(CompatError, match="^uicontrol: Error setting property 'Style'.*Invalid Style 'knob'"):
        matlab.uicontrol(f, "Style", "knob")
    with pytest.raises(CompatError, match="cannot be a child of the root"):
        matlab.uipanel(0)
    n = len(f.Children)
    with pytest.raises(CompatError):
        matlab.uicontrol(f, "Style", "edit", "Value", "abc")
    assert len(f.Children) == n                           # the failed control is gone


# --------------------------------------------------------------------------------------
# dialogs and input
# --------------------------------------------------------------------------------------
def test_message_boxes(capsys):
    f = matlab.msgbox("Saved 3 files", "Export")
    assert capsys.readouterr().out == "Export: Saved 3 files\n"
    assert f.Name == "Export" and matlab.guihandles(f)["MessageBox"].String == \
        "Saved 3 files"
    ui_controls.queue_actions(("OKButton",))
    matlab.uiwait(f)
    assert not matlab.ishandle(f)                         # OK closed it
    e = matlab.errordlg()
    assert e.Name == "Error Dialog"
    assert capsys.readouterr().out == "Error Dialog: This is the default error string.\n"
    matlab.warndlg(["two", "lines"])
    assert capsys.readouterr().out == "Warning Dialog: two\nlines\n"


def test_question_input_and_list_dialogs():
    assert matlab.questdlg("Go?") == "Yes"
    assert matlab.questdlg("Go?", "T", "No") == "No"
    assert matlab.questdlg("Go?", "T", "A", "B", "C", {"Default": "C",
                                                       "Interpreter": "none"}) == "C"
    dialogs.queue_answers("B", None, "Maybe")
    assert matlab.questdlg("Go?", "T", "A", "B", "A") == "B"
    assert matlab.questdlg("Go?", "T", "A", "B", "A") == ""
    with pytest.raises(CompatError, match="not a button"):
        matlab.questdlg("Go?", "T", "A", "B", "A")
    with pytest.raises(CompatError, match="does not match any button"):
        matlab.questdlg("Go?", "T", "A", "B", "Z")
    assert matlab.inputdlg("Name:") == [""]
    dialogs.queue_answers("Ada", None)
    assert matlab.inputdlg("Name:") == ["Ada"]
    assert matlab.inputdlg(["Name:", "Age:"]) == []
    dialogs.queue_answers(["only one"])
    with pytest.raises(CompatError, match="1 texts for 2 prompts"):
        matlab.inputdlg(["Name:", "Age:"])
    np.testing.assert_array_equal(matlab.listdlg("ListString", ["a", "b", "c"]), [[1.0]])
    dialogs.queue_answers([2, 3])
    r = matlab.listdlg("ListString", ["a", "b", "c"], nargout=2)
    np.testing.assert_array_equal(r.indx, [[2.0, 3.0]])
    assert r.tf is True
    dialogs.queue_answers([2, 3])
    with pytest.raises(CompatError, match="'single' takes one index"):
        matlab.listdlg("ListString", ["a", "b", "c"], "SelectionMode", "single")
    with pytest.raises(CompatError, match="ListString parameter is required"):
        matlab.listdlg("Name", "x")


def test_input_reads_standard_input(monkeypatch, capsys):
    monkeypatch.setattr(sys, "stdin", io.StringIO("1:3\nhello there\n\nnope\n2*pi\n"))
    np.testing.assert_array_equal(matlab.input("n? "), [[1.0, 2.0, 3.0]])
    assert matlab.input("name? ", "s") == "hello there"
    assert matlab.input("x? ").shape == (0, 0)             # an empty line: []
    value = matlab.input("y? ")                            # 'nope' then '2*pi'
    assert value[0, 0] == 2 * np.pi
    out = capsys.readouterr().out
    assert out.startswith("n? name? x? y? Error: 'nope'") and out.endswith("y? ")
    with pytest.raises(CompatError, match="end of standard input"):
        matlab.input("z? ")
    with pytest.raises(CompatError, match="must be 's'"):
        matlab.input("z? ", "x")


# --------------------------------------------------------------------------------------
# against live Octave: random property values set and read back
# --------------------------------------------------------------------------------------
@pytest.mark.skipif(OCTAVE is None, reason="octave-cli is not on PATH")
def test_random_controls_against_octave():
    rng = np.random.default_rng(18901)
    styles = ["checkbox", "slider", "popupmenu", "listbox", "edit", "togglebutton"]
    cases, ours = [], []
    for k in range(12):
        style = styles[k % len(styles)]
        lo = float(np.round(rng.uniform(-5, 0), 3))
        hi = float(np.round(lo + rng.uniform(0.5, 5), 3))
        n = int(rng.integers(2, 6))
        items = [f"item{j}" for j in range(n)]
        value = float(rng.integers(1, n + 1)) if style in ("popupmenu", "listbox") \
            else float(np.round(rng.uniform(lo, hi), 3))
        cell = "{" + ", ".join(f"'{s}'" for s in items) + "}"
        statements = (f"close all; f = figure('visible', 'off'); h = uicontrol(f, 'Style', "
                      f"'{style}', 'String', {cell}, 'Min', {lo!r}, 'Max', {hi!r}, "
                      f"'Value', {value!r}); v = get(h, 'Value'); mn = get(h, 'Min'); "
                      f"mx = get(h, 'Max'); st = get(h, 'Style'); s = get(h, 'String'); "
                      "close all;")
        cases.append((statements, {}, ["v", "mn", "mx", "st", "s"]))
        f = matlab.figure("Visible", "off")
        h = matlab.uicontrol(f, "Style", style, "String", items, "Min", lo, "Max", hi,
                             "Value", value)
        ours.append((h.Value, h.Min, h.Max, h.Style, h.String))
        matlab.close(f)
    results = run_octave(cases, setup="warning('off', 'all');")
    for got, theirs in zip(ours, results):
        assert not isinstance(theirs, Exception), theirs
        assert got[0] == float(np.asarray(theirs["v"]).reshape(()))
        assert got[1] == float(np.asarray(theirs["mn"]).reshape(()))
        assert got[2] == float(np.asarray(theirs["mx"]).reshape(()))
        assert got[3] == theirs["st"]
        assert got[4] == [str(s) for s in np.ravel(theirs["s"])]


def test_reparenting_with_set():
    f = matlab.figure("Visible", "off")
    panel, group = matlab.uipanel(f), matlab.uibuttongroup(f)
    radio = matlab.uicontrol(f, "Style", "radiobutton")
    matlab.set(radio, "Parent", panel)
    assert radio.Parent is panel and radio in list(panel.Children)
    assert radio not in list(f.Children)
    matlab.set(radio, "Parent", group)                    # the group's first button
    assert group.SelectedObject is radio and radio.Value == 1.0
    with pytest.raises(CompatError, match="its own descendant"):
        matlab.set(panel, "Parent", panel)
    with pytest.raises(CompatError, match="Parent must be a figure"):
        matlab.set(matlab.uimenu(f), "Parent", panel)


def test_gcbo_gcbf_and_findobj_see_the_ui_objects():
    f = matlab.figure("Visible", "off")
    panel = matlab.uipanel(f)
    check = matlab.uicontrol(panel, "Style", "checkbox", "Tag", "c1")
    seen = []
    check.Callback = lambda h, e: seen.append((matlab.gcbo(), matlab.gcbf()))
    ui_controls.interact(check)
    assert seen == [(check, f)]
    assert matlab.isempty(matlab.gcbo())                  # outside a callback: []
    assert list(matlab.findobj(f, "Style", "checkbox")) == [check]
    assert matlab.ancestor(check, "figure") is f
