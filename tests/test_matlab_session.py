"""MATLAB's session functions (compat.matlab.session): usejava, more, rehash,
savepath, memory, ls, who, open, winopen, the preferences, gcp/parpool. Golden cases:
reference_outputs/matlab/session (GNU Octave 7.3 for usejava and who -file; the ispref
page)."""

from __future__ import annotations

import os
import sys

import numpy as np
import pytest

from compat import matlab
from compat._core import session as core
from compat.matlab import session as family


@pytest.fixture(autouse=True)
def _clean_state():
    core.PREFERENCES.clear()
    paging = dict(core.PAGING)
    yield
    core.PREFERENCES.clear()
    core.PAGING.update(paging)
    if family._POOL is not None:
        family._POOL.delete()


def test_usejava_every_feature_false_and_bad_feature():
    assert [matlab.usejava(f) for f in ("jvm", "AWT", "desktop", b"swing")] == [False] * 4
    with pytest.raises(ValueError, match="^usejava: Unknown feature 'java'"):
        matlab.usejava("java")
    with pytest.raises(TypeError, match="^usejava: "):
        matlab.usejava(3)


def test_more_states():
    matlab.more("on")
    assert core.PAGING["on"] is True
    matlab.more("OFF")
    assert core.PAGING["on"] is False
    matlab.more(40)
    assert core.PAGING == {"on": True, "lines": 40}
    matlab.more()
    assert core.PAGING["on"] is False
    for bad in ("maybe", 0, 2.5, [1, 2]):
        with pytest.raises(ValueError, match="^more: "):
            matlab.more(bad)


def test_rehash_finds_a_module_written_after_start(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(tmp_path))
    import importlib
    name = "compat_rehash_probe_7301"
    with pytest.raises(ImportError):
        importlib.import_module(name)
    (tmp_path / f"{name}.py").write_text("VALUE = 7\n")
    matlab.rehash("path")
    assert importlib.import_module(name).VALUE == 7
    sys.modules.pop(name, None)
    with pytest.raises(ValueError, match="^rehash: Unknown option 'all'"):
        matlab.rehash("all")


def test_savepath_status_and_no_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert matlab.savepath() == 0.0
    assert matlab.savepath("pathdef.m") == 0.0
    assert list(tmp_path.iterdir()) == []


def test_memory_fields_and_relations():
    user, system = matlab.memory(nargout=2)
    assert list(user) == ["MaxPossibleArrayBytes", "MemAvailableAllArrays",
                          "MemUsedMATLAB"]
    assert all(isinstance(v, float) for v in user.values())
    assert user["MaxPossibleArrayBytes"] == user["MemAvailableAllArrays"]
    phys = system["PhysicalMemory"]
    assert 0 < phys["Available"] <= phys["Total"]
    assert system["SystemMemory"]["Available"] >= phys["Available"]
    assert user["MemAvailableAllArrays"] <= system["SystemMemory"]["Available"]
    assert 0 < user["MemUsedMATLAB"] < phys["Total"]
    big = np.ones(20_000_000)          # 160 MB more held by the process
    after = matlab.memory()
    assert after["MemUsedMATLAB"] > user["MemUsedMATLAB"] + 100e6
    del big


@pytest.mark.skipif(not os.path.exists("/proc/meminfo"), reason="needs Linux /proc")
def test_memory_without_psutil_reads_proc(monkeypatch):
    monkeypatch.setitem(sys.modules, "psutil", None)       # import psutil fails
    user, system = matlab.memory(nargout=2)
    text = open("/proc/meminfo").read()
    total = int(text.split("MemTotal:")[1].split()[0]) * 1024
    assert system["PhysicalMemory"]["Total"] == float(total)
    assert user["MemUsedMATLAB"] > 0


def test_memory_unavailable_gives_matlabs_error(monkeypatch):
    monkeypatch.setattr(core, "host_memory", lambda: None)
    with pytest.raises(Exception, match="^memory: Function MEMORY is not available on "
                                        "this platform.$"):
        matlab.memory()


def test_ls_forms(tmp_path, monkeypatch, capsys):
    monkeypatch.chdir(tmp_path)
    for name in ("b.dat", "a.dat", "C.txt", ".hidden"):
        (tmp_path / name).write_text("")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "x.dat").write_text("")
    if sys.platform.startswith("win"):
        pytest.skip("the UNIX form is checked here")
    assert matlab.ls() == "C.txt\na.dat\nb.dat\nsub\n"
    assert matlab.ls("*.dat") == "a.dat\nb.dat\n"
    assert matlab.ls("sub") == "x.dat\n"
    assert matlab.ls("sub/*.dat") == "sub/x.dat\n"
    assert matlab.ls(".h*") == ".hidden\n"
    assert matlab.ls("?.txt", nargout=0) is None
    assert capsys.readouterr().out == "C.txt\n"
    with pytest.raises(Exception, match=r"^ls: cannot access '\*\.xyz': No such file"):
        matlab.ls("*.xyz")


def test_who_workspace_patterns_file_and_object(tmp_path, monkeypatch):
    def workspace():
        alpha, Beta, x1, x22 = 1.0, "b", [1], np.zeros(2)
        _hidden = 5
        helper = len
        assert (alpha, Beta, x1, x22, _hidden, helper) is not None
        return (matlab.who(), matlab.who("x*"), matlab.who("-regexp", r"^x\d$"),
                matlab.who("alpha", "Beta"))

    every, xs, one_digit, named = workspace()
    assert every == ["Beta", "alpha", "x1", "x22"]
    assert xs == ["x1", "x22"] and one_digit == ["x1"] and named == ["Beta", "alpha"]
    monkeypatch.chdir(tmp_path)
    matlab.save("w.mat", zeta=np.array([[1.0]]), a=2.0, Bq="x")
    assert matlab.who("-file", "w.mat") == ["Bq", "a", "zeta"]
    assert matlab.who("-file", "w.mat", "z*") == ["zeta"]

    class Holder:
        def who(self):
            return ["v", "u"]

    assert matlab.who(Holder()) == ["v", "u"]
    with pytest.raises(ValueError, match="^who: '-file' must be followed"):
        matlab.who("-file")


def test_open_mat_object_and_refusals(tmp_path):
    path = str(tmp_path / "d.mat")
    matlab.save(path, x=np.array([[1.0, 2.0]]))
    assert np.array_equal(matlab.open(path)["x"], [[1.0, 2.0]])

    class Writer:
        opened = False

        def open(self):
            self.opened = True

    w = Writer()
    matlab.open(w)
    assert w.opened
    (tmp_path / "f.m").write_text("x = 1;\n")
    with pytest.raises(ValueError, match="^open: Cannot open '.*f.m': compat opens"):
        matlab.open(str(tmp_path / "f.m"))
    with pytest.raises(ValueError, match="^open: File '.*none.mat' not found."):
        matlab.open(str(tmp_path / "none.mat"))


@pytest.mark.skipif(sys.platform.startswith("win"), reason="the refusal off Windows")
def test_winopen_refuses_off_windows():
    with pytest.raises(Exception, match="^winopen: winopen is available only on "
                                        "Microsoft Windows.$") as info:
        matlab.winopen(".")
    assert info.value.identifier == "MATLAB:winopen:WindowsOnly"


def test_preferences_cycle():
    assert not matlab.ispref("mytoolbox")
    matlab.addpref("mytoolbox", "version", "1.0")
    with pytest.raises(ValueError, match="^addpref: Preference 'version' already exists"):
        matlab.addpref("mytoolbox", "version", "2.0")
    matlab.setpref("mytoolbox", "version", ["1.0", "beta"])
    assert matlab.getpref("mytoolbox", "version") == ["1.0", "beta"]
    matlab.setpref("mytoolbox", ["modifieddate", "docpath"], ["1/9/2019", "C:/doc"])
    assert matlab.getpref("mytoolbox", ["docpath", "version"]) == ["C:/doc",
                                                                   ["1.0", "beta"]]
    assert np.array_equal(matlab.ispref("mytoolbox", ["docpath", "nope"]),
                          [[True, False]])
    assert matlab.getpref("mytoolbox", "level", 3.0) == 3.0        # default stored
    assert matlab.ispref("mytoolbox", "level")
    assert matlab.getpref() == {"mytoolbox": {"version": ["1.0", "beta"],
                                              "modifieddate": "1/9/2019",
                                              "docpath": "C:/doc", "level": 3.0}}
    values = np.array([1.0, 2.0])
    matlab.setpref("g2", "arr", values)
    values[0] = 99.0                                # a stored copy
    got = matlab.getpref("g2", "arr")
    got[1] = -1.0
    assert np.array_equal(matlab.getpref("g2", "arr"), [1.0, 2.0])
    matlab.rmpref("mytoolbox", ["docpath", "level"])
    assert sorted(matlab.getpref("mytoolbox")) == ["modifieddate", "version"]
    matlab.rmpref("mytoolbox")
    assert not matlab.ispref("mytoolbox")
    with pytest.raises(ValueError, match="^getpref: Preference 'x' in group 'g2' does "
                                         "not exist."):
        matlab.getpref("g2", "x")
    with pytest.raises(ValueError, match="^rmpref: Group 'gone' does not exist."):
        matlab.rmpref("gone")
    with pytest.raises(ValueError, match="^setpref: The group name '1g' is not a valid"):
        matlab.setpref("1g", "p", 1)
    with pytest.raises(ValueError, match="^setpref: With a cell of preference names"):
        matlab.setpref("g", ["a", "b"], [1])


def test_pool_lifecycle():
    assert matlab.gcp("nocreate").shape == (0, 0)
    pool = matlab.parpool("local", 3)
    assert pool.NumWorkers == 3.0 and pool.Connected and pool.Cluster == "Processes"
    assert matlab.gcp() is pool and matlab.gcp("nocreate") is pool
    with pytest.raises(Exception, match="^parpool: Found an interactive session."):
        matlab.parpool()
    pool.delete()
    assert not pool.Connected and matlab.gcp("nocreate").size == 0
    fresh = matlab.gcp()
    assert fresh.NumWorkers == float(os.cpu_count() or 1)
    fresh.delete()
    with pytest.raises(ValueError, match="^parpool: The number of workers"):
        matlab.parpool(0)
    with pytest.raises(ValueError, match="^gcp: Unknown option 'create'"):
        matlab.gcp("create")
