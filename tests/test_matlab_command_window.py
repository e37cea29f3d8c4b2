"""MATLAB diary (compat.matlab.command_window over compat._core.diary): the command
window's output (sys.stdout) copied to a file; toggling, on/off, the default file,
appending, switching files, UTF-8, sys.stdout restored, errors, and random command
sequences against live GNU Octave. Golden cases: reference_outputs/matlab/workspace_tools."""

from __future__ import annotations

import sys

import numpy as np
import pytest

from compat import matlab
from compat._core import diary as core
from oracles import OCTAVE, run_octave


@pytest.fixture
def fresh(tmp_path, monkeypatch):
    """A new session's diary state (off, file 'diary') in an empty current folder."""
    monkeypatch.chdir(tmp_path)
    core.switch_off()
    monkeypatch.setitem(core._state, "file", core.DEFAULT_FILE)
    yield tmp_path
    core.switch_off()


def test_default_file_toggle_and_state(fresh, capsys):
    before = sys.stdout
    assert not core.is_on() and core.current_file() == "diary"
    matlab.diary()
    assert core.is_on() and sys.stdout is not before
    matlab.disp('first')
    print("python print is command-window output too")
    matlab.diary()
    assert not core.is_on() and sys.stdout is before
    matlab.disp('after')
    assert (fresh / "diary").read_text(encoding="utf-8") == \
        "first\npython print is command-window output too\n"
    assert capsys.readouterr().out == \
        "first\npython print is command-window output too\nafter\n"


def test_named_file_appends_utf8_and_switches(fresh):
    (fresh / "log.txt").write_text("old line\n", encoding="utf-8")
    matlab.diary(np.array("log.txt"))                 # a string scalar
    matlab.fprintf('%s = %g\n', 'µ°', 2.5)
    matlab.diary(b"other.txt")                        # bytes are text
    matlab.fprintf(1, 'in other\n')
    matlab.fprintf(2, 'standard error is not logged\n')
    matlab.diary('off')
    matlab.diary('on')                                # the current file: other.txt
    matlab.disp('again')
    matlab.diary('off')
    assert (fresh / "log.txt").read_text(encoding="utf-8") == "old line\nµ° = 2.5\n"
    assert (fresh / "other.txt").read_text(encoding="utf-8") == "in other\nagain\n"
    assert core.current_file() == "other.txt"


def test_off_when_off_and_on_when_on_are_no_ops(fresh):
    matlab.diary('off')
    matlab.diary('x.txt')
    matlab.diary('on')
    matlab.diary('x.txt')
    matlab.disp('once')
    matlab.diary('off')
    matlab.diary('off')
    assert (fresh / "x.txt").read_text() == "once\n"


@pytest.mark.parametrize("args, error, text", [
    ((5,), TypeError, "diary: Argument must be a character vector or string scalar."),
    ((np.array(["a", "b"]),), TypeError,
     "diary: Argument must be a character vector or string scalar."),
    (("a", "b"), TypeError, "diary: Too many input arguments."),
])
def test_errors(fresh, args, error, text):
    with pytest.raises(error) as info:
        matlab.diary(*args)
    assert str(info.value) == text
    assert not core.is_on()


_OPS = ("disp", "fprintf", "toggle", "on", "off", "f1", "f2")


def _program(rng):
    steps = [("f1", None), ("off", None)]
    for _ in range(int(rng.integers(3, 15))):
        op = _OPS[int(rng.integers(len(_OPS)))]
        word = "w" + "".join(rng.choice(list("abcxyz019"), size=int(rng.integers(1, 6))))
        steps.append((op, word))
    return steps + [("off", None)]


def _matlab_text(steps):
    lines = []
    for op, word in steps:
        lines.append({"disp": f"disp('{word}');", "fprintf": f"fprintf('%s|\\n', '{word}');",
                      "toggle": "diary;", "on": "diary on;", "off": "diary off;",
                      "f1": "diary('f1.txt');", "f2": "diary('f2.txt');"}[op])
    lines.append("a = ''; b = ''; if exist('f1.txt', 'file'), a = fileread('f1.txt'); "
                 "delete('f1.txt'); end; if exist('f2.txt', 'file'), "
                 "b = fileread('f2.txt'); delete('f2.txt'); end")
    return " ".join(lines)


def _python_run(steps, folder):
    for op, word in steps:
        if op == "disp":
            matlab.disp(word)
        elif op == "fprintf":
            matlab.fprintf('%s|\n', word)
        elif op == "toggle":
            matlab.diary()
        elif op in ("on", "off"):
            matlab.diary(op)
        else:
            matlab.diary(f"{op}.txt")
    return tuple((folder / f"{name}.txt").read_text() if (folder / f"{name}.txt").exists()
                 else "" for name in ("f1", "f2"))


@pytest.mark.skipif(OCTAVE is None, reason="octave-cli not installed")
def test_random_command_sequences_against_octave(fresh, capsys):
    rng = np.random.default_rng(17901)
    programs = [_program(rng) for _ in range(25)]
    got = run_octave([(_matlab_text(p), {}, ["a", "b"]) for p in programs])
    for k, (program, theirs) in enumerate(zip(programs, got)):
        assert not isinstance(theirs, Exception), theirs
        folder = fresh / f"p{k}"
        folder.mkdir()
        with pytest.MonkeyPatch.context() as mp:
            mp.chdir(folder)
            ours = _python_run(program, folder)
        expected = tuple("" if np.size(theirs[n]) == 0 else str(np.asarray(theirs[n]).reshape(-1)[0])
                         for n in ("a", "b"))
        assert ours == expected, (program, ours, expected)


def test_matlab_warnings_are_logged_as_displayed(fresh):
    import warnings
    before = warnings.showwarning
    matlab.diary('w.txt')
    with warnings.catch_warnings():
        warnings.simplefilter("always")
        matlab.inv(np.zeros((2, 2)))
        warnings.warn(UserWarning("not a MATLAB warning"))
    matlab.disp('after')
    matlab.diary('off')
    assert warnings.showwarning is before
    assert (fresh / "w.txt").read_text() == \
        "Warning: Matrix is singular to working precision.\nafter\n"
