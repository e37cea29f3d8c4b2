"""IDL GETENV, SETENV, SPAWN and CD in controlled environments: fixed variables, real
child processes, temporary directories (goldens of the deterministic cases:
reference_outputs/idl/system)."""

from __future__ import annotations

import os

import numpy as np
import pytest

from compat import idl


def test_getenv(monkeypatch):
    monkeypatch.setenv("COMPAT_T16", "value with spaces")
    monkeypatch.delenv("COMPAT_T16_UNSET", raising=False)
    assert idl.getenv("COMPAT_T16") == "value with spaces"
    assert idl.getenv(b"COMPAT_T16") == "value with spaces"
    assert idl.getenv(np.array([["COMPAT_T16", "COMPAT_T16_UNSET"]])).tolist() == \
        [["value with spaces", ""]]
    everything = idl.getenv(environment=True)
    assert "COMPAT_T16=value with spaces" in everything.tolist()
    assert len(everything) == len(os.environ)
    with pytest.raises(ValueError, match="GETENV: Incorrect number of arguments."):
        idl.getenv()
    with pytest.raises(TypeError, match="GETENV: Name must be a string"):
        idl.getenv(5)


def test_setenv_reaches_children(monkeypatch):
    monkeypatch.delenv("COMPAT_T16_CHILD", raising=False)
    idl.setenv(["COMPAT_T16_CHILD=from parent", "COMPAT_T16_OTHER=="])
    try:
        assert idl.spawn("echo $COMPAT_T16_CHILD").result.tolist() == ["from parent"]
        assert os.environ["COMPAT_T16_OTHER"] == "="
    finally:
        del os.environ["COMPAT_T16_CHILD"], os.environ["COMPAT_T16_OTHER"]
    for bad in ("NOEQUALS", "=value"):
        with pytest.raises(ValueError, match="SETENV: Environment expression must"):
            idl.setenv(bad)


def test_spawn_outputs(capfd):
    r = idl.spawn("echo out; echo err 1>&2; exit 3", err_result=True, count=True,
                  exit_status=True, pid=True)
    assert r._fields == ("result", "err_result", "count", "exit_status", "pid")
    assert r.result.tolist() == ["out"] and r.err_result.tolist() == ["err"]
    assert r.count == 1 and r.exit_status == 3 and r.pid > 0
    r = idl.spawn("echo only-err 1>&2")
    assert r.result == "" and "only-err" in capfd.readouterr().err
    assert idl.spawn("echo to-terminal", result=False) is None
    assert "to-terminal" in capfd.readouterr().out
    r = idl.spawn("echo one; echo two 1>&2; echo three", stderr=True)
    assert r.result.tolist() == ["one", "two", "three"]


def test_spawn_shell_choice(monkeypatch, tmp_path):
    fake = tmp_path / "fakeshell"
    fake.write_text("#!/bin/sh\necho fake shell ran: \"$2\"\n")
    fake.chmod(0o755)
    monkeypatch.setenv("SHELL", str(fake))
    assert idl.spawn("echo hi").result.tolist() == ["fake shell ran: echo hi"]
    assert idl.spawn("echo hi", sh=True).result.tolist() == ["hi"]
    monkeypatch.delenv("SHELL")
    assert idl.spawn("echo $((1+2))").result.tolist() == ["3"]
    # a string array is joined with blanks into one shell command (IDL)
    assert idl.spawn(["echo", "a", "b"]).result.tolist() == ["a b"]


def test_spawn_no_shell_means_no_expansion(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "x.txt").write_text("")
    assert idl.spawn(["ls", "*.txt"], noshell=True, err_result=True,
                     exit_status=True).exit_status != 0
    assert idl.spawn("ls *.txt").result.tolist() == ["x.txt"]
    assert idl.spawn(["printf", "%s|", "a;b", "$(echo no)"], noshell=True).result.tolist() \
        == ["a;b|$(echo no)|"]


def test_spawn_latin1_and_empty_lines():
    r = idl.spawn(["printf", "caf\\351\\n\\nend"], noshell=True, count=True)
    assert r.result.tolist() == ["caf\xe9", "", "end"] and r.count == 3


@pytest.mark.parametrize("kwargs,message", [
    ({"command": None}, "SPAWN: an interactive shell"),
    ({"command": "ls", "unit": True}, "SPAWN: UNIT="),
    ({"command": ["compat_no_such_program_16"], "noshell": True}, "SPAWN: Unable to run"),
    ({"command": [""], "noshell": True}, "SPAWN: Command is empty"),
])
def test_spawn_errors(kwargs, message):
    command = kwargs.pop("command")
    with pytest.raises(ValueError) as info:
        idl.spawn(command, **kwargs)
    assert str(info.value).startswith(message)


def test_cd(tmp_path, monkeypatch):
    start = os.getcwd()
    try:
        (tmp_path / "sub").mkdir()
        r = idl.cd(str(tmp_path), current=True)
        assert r.current == start and os.getcwd() == str(tmp_path)
        assert idl.cd("sub") is None and os.getcwd() == str(tmp_path / "sub")
        assert idl.cd(current=True).current == str(tmp_path / "sub")
        monkeypatch.setenv("HOME", str(tmp_path))
        idl.cd("")
        assert os.getcwd() == str(tmp_path)
        monkeypatch.setenv("COMPAT_T16_DIR", str(tmp_path / "sub"))
        idl.cd("$COMPAT_T16_DIR")
        assert os.getcwd() == str(tmp_path / "sub")
        with pytest.raises(ValueError, match="CD: Unable to change to directory"):
            idl.cd(str(tmp_path / "missing"))
        with pytest.raises(TypeError, match="CD: Directory must be a string"):
            idl.cd(3)
    finally:
        os.chdir(start)
