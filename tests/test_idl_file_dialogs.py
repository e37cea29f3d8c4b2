"""IDL DIALOG_PICKFILE, PICKFILE, DIALOG_PRINTERSETUP and XDISPLAYFILE without a
display (compat.idl.file_dialogs): answers from the dialog queue, IDL's documented
results."""

import os

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


def test_pickfile_answers_paths_and_cancel(tmp_path):
    d = str(tmp_path)
    with widgets.answers("a.dat", "", "sub/b", "/abs/c.txt"):
        assert idl.dialog_pickfile(path=d) == os.path.join(d, "a.dat")
        assert idl.dialog_pickfile(path=d) == ""                        # Cancel
        r = idl.dialog_pickfile(path=d, get_path=True, default_extension="fits")
        assert r.result == os.path.join(d, "sub", "b.fits")
        assert r.get_path == os.path.join(d, "sub") + os.sep
        assert idl.pickfile(path=d) == "/abs/c.txt"                     # old name
    # nothing queued: Enter takes FILE in PATH, else Cancel
    assert idl.dialog_pickfile(path=d, file="start.txt") == os.path.join(d, "start.txt")
    assert idl.dialog_pickfile(path=d) == ""
    r = idl.dialog_pickfile(path=d, get_path=True)
    assert r.result == "" and r.get_path == d + os.sep


def test_pickfile_multiple_directory_and_must_exist(tmp_path):
    d = str(tmp_path)
    (tmp_path / "x.dat").write_text("1")
    with widgets.answers("x.dat\ny.dat", "run", "missing.dat", "x.dat\ny.dat"):
        got = idl.dialog_pickfile(path=d, multiple_files=True)
        assert got.dtype.kind == "U" and got.tolist() == [os.path.join(d, "x.dat"),
                                                          os.path.join(d, "y.dat")]
        assert idl.dialog_pickfile(path=d, directory=True) == os.path.join(d, "run") + os.sep
        with pytest.raises(compat.CompatValueError, match="MUST_EXIST"):
            idl.dialog_pickfile(path=d, must_exist=True)
        with pytest.raises(compat.CompatValueError, match="MULTIPLE_FILES"):
            idl.dialog_pickfile(path=d)
    assert idl.dialog_pickfile(multiple_files=True).tolist() == [""]
    with pytest.raises(compat.CompatValueError, match="PATH must be a string"):
        idl.dialog_pickfile(path=3)


def test_printersetup_is_cancel_without_a_printer():
    r = idl.dialog_printersetup()
    assert r == 0 and r.dtype == np.int16


def test_xdisplayfile_file_text_and_done(tmp_path):
    f = tmp_path / "notes.txt"
    f.write_text("first\nsecond\n")
    r = idl.xdisplayfile(str(f), return_id=True, wtext=True)
    top = widget_tree.TREE.widgets[int(r.return_id)]
    assert top.options["title"] == str(f) and top.realized
    assert idl.widget_control(r.wtext, get_value=True).get_value.tolist() == ["first",
                                                                               "second"]
    done = [c for c in top.children if widget_tree.TREE.widgets[c].kind == "BUTTON"][0]
    assert idl.widget_control(done, get_value=True).get_value == "Done"
    widgets.press(done)
    assert int(idl.widget_info(r.return_id, valid_id=True)) == 0
    # TEXT replaces the file; EDITABLE
    r = idl.xdisplayfile("ignored.txt", text="one line", editable=True, wtext=True,
                         title="T", done_button="Close")
    widgets.type_text(r.wtext, "changed")
    assert idl.widget_control(r.wtext, get_value=True).get_value.tolist() == ["changed"]
    with pytest.raises(compat.CompatValueError, match="XDISPLAYFILE: Unable to open file"):
        idl.xdisplayfile(str(tmp_path / "none.txt"))
    with pytest.raises(compat.CompatValueError, match="Filename or TEXT is required"):
        idl.xdisplayfile()
