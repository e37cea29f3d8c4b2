"""IDL CW_FILESEL without a display (compat.idl.filesel_widgets): the file list a
filter shows, the value, the FILESEL_EVENT with DONE 0/1/2 and FILTER, /MULTIPLE,
/SAVE with /WARNING, as IDL's CW_FILESEL reference page documents."""

import os

import numpy as np
import pytest

import compat
from compat import idl
from compat._core import widget_tree
from compat.idl import filesel_widgets, widgets


@pytest.fixture(autouse=True)
def fresh_tree():
    widget_tree.TREE.reset()
    yield
    widget_tree.TREE.reset()


@pytest.fixture
def folder(tmp_path):
    for n in ("a.dat", "b.dat", "c.txt"):
        (tmp_path / n).write_text("x")
    (tmp_path / "sub").mkdir()
    return str(tmp_path)


def _list(fs):
    node = widget_tree.TREE.widgets[int(fs)]
    return widget_tree.TREE.widgets[node.children[0]].value


def test_filter_path_and_done_event(folder):
    base = idl.widget_base(column=1)
    fs = idl.cw_filesel(base, filter=["*.dat", "*.txt"], path=folder)
    assert _list(fs) == ["a.dat", "b.dat"]
    idl.widget_control(base, realize=True)
    ev = filesel_widgets.choose(fs, "b.dat", done=0)
    assert idl.tag_names(ev, structure_name=True) == "FILESEL_EVENT"
    assert ev.dtype.names == ("ID", "TOP", "HANDLER", "VALUE", "DONE", "FILTER")
    assert ev.DONE.dtype == np.int32 and int(ev.DONE[0]) == 0
    assert ev.VALUE[0] == os.path.join(folder, "b.dat") and ev.FILTER[0] == "*.dat"
    assert int(filesel_widgets.choose(fs, "a.dat").DONE[0]) == 1
    assert idl.widget_control(fs, get_value=True).get_value == os.path.join(folder, "a.dat")
    ev = filesel_widgets.choose(fs, None)
    assert int(ev.DONE[0]) == 2 and ev.VALUE[0] == ""


def test_multiple_directories_and_set_value(folder):
    base = idl.widget_base(column=1)
    fs = idl.cw_filesel(base, path=folder, multiple=True)
    idl.widget_control(base, realize=True)
    ev = filesel_widgets.choose(fs, ["a.dat", "c.txt"])
    assert list(ev.VALUE[0]) == [os.path.join(folder, "a.dat"), os.path.join(folder, "c.txt")]
    assert filesel_widgets.choose(fs, "sub") is None          # opens the directory
    assert _list(fs) == []
    idl.widget_control(fs, set_value=os.path.join(folder, "c.txt"))
    assert list(idl.widget_control(fs, get_value=True).get_value) == \
        [os.path.join(folder, "c.txt")]


def test_save_warning_asks_before_overwriting(folder):
    got = []
    base = idl.widget_base(column=1, event_pro=lambda ev: got.append(int(ev.DONE[0])))
    fs = idl.cw_filesel(base, path=folder, save=True, warning=True, filename="new.dat")
    idl.widget_control(base, realize=True)
    with widgets.answers("No"):
        assert filesel_widgets.choose(fs, "a.dat") is None and got == []
    assert filesel_widgets.choose(fs, "a.dat") is None and got == [1]   # 'Yes'
    assert filesel_widgets.choose(fs, "new.dat") is None and got == [1, 1]


def test_image_filter_and_errors(folder):
    base = idl.widget_base(column=1)
    fs = idl.cw_filesel(base, path=folder, image_filter=True)
    assert _list(fs) == []
    with pytest.raises(compat.CompatValueError, match="MULTIPLE and SAVE"):
        idl.cw_filesel(base, multiple=True, save=True)
    with pytest.raises(compat.CompatValueError, match="not a directory"):
        idl.cw_filesel(base, path=os.path.join(folder, "a.dat"))
    idl.widget_control(base, realize=True)
    one = idl.cw_filesel(base, path=folder)
    idl.widget_control(base, realize=True)
    with pytest.raises(compat.CompatValueError, match="without /MULTIPLE"):
        filesel_widgets.choose(one, ["a.dat", "b.dat"])
