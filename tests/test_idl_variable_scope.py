"""IDL's SCOPE_TRACEBACK, SCOPE_LEVEL, SCOPE_VARNAME (compat.idl.variable_scope): a
script run as IDL's $MAIN$ with its lines known, nested calls, methods, compat's frames as
system routines, variable names by level, bad input. No goldens: the Python stack under
the golden runner is not a .pro program's, and GDL's string form and 0-based LEVEL are
noted in the docstring."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap

import numpy as np
import pytest

import compat
from compat import idl
from compat._core.errors import CompatValueError

SCRIPT = textwrap.dedent("""\
    from compat import idl
    def sc_inner(x):
        t = idl.scope_traceback()
        s = idl.scope_traceback(structure=True)
        print('|'.join(t))
        print(s.LINE.tolist(), s.LEVEL.tolist(), s.IS_FUNCTION.tolist(), int(idl.scope_level()))
        print(idl.scope_varname(x, level=-1), idl.scope_varname(x), idl.scope_varname(7.5))
    def sc_outer():
        myvar = [3]
        sc_inner(myvar)
    sc_outer()
    zz = [1]
    print(int(idl.scope_level()), idl.scope_varname().tolist())
    """)


def test_a_script_is_main(tmp_path):
    path = tmp_path / "scr.py"
    path.write_text(SCRIPT)
    out = subprocess.run([sys.executable, str(path)], capture_output=True, text=True,
                         check=True, cwd=tmp_path).stdout.splitlines()
    p = os.path.abspath(str(path))
    assert out[0] == f"$MAIN$|SC_OUTER <{p}(10)>|SC_INNER <{p}(3)>"
    assert out[1] == "[11, 10, 4] [1, 2, 3] [0, 1, 1] 3"
    assert out[2] == "MYVAR X "
    assert out[3] == "1 ['ZZ']"


class Holder:
    def where(self):
        return idl.scope_traceback(structure=True)


def test_nested_calls_methods_and_types():
    def inner():
        return idl.scope_traceback(), idl.scope_traceback(structure=True), idl.scope_level()

    def outer():
        return inner()

    text, s, level = outer()
    assert text[0] == "$MAIN$" and len(text) == len(s) == level
    assert [t.split()[0] for t in text[-3:]] == [
        "TEST_NESTED_CALLS_METHODS_AND_TYPES", "OUTER", "INNER"]
    assert text[-1].endswith(f"{os.path.abspath(__file__)}(57)>")
    assert list(s.LEVEL) == list(range(1, level + 1))
    assert s.LINE.dtype == np.int32 and s.LEVEL.dtype == np.int32
    assert s.IS_FUNCTION.dtype == np.uint8 and s.SYSTEM.dtype == np.uint8
    assert int(s[-1].LINE) == 57 and s[-1].FILENAME == os.path.abspath(__file__)
    assert set(s.RESTORED) == {0} and set(s.SYSTEM) == {0}
    m = Holder().where()
    assert m[-1].ROUTINE == "HOLDER::WHERE" and m[-1].METHOD == 1
    assert idl.scope_level() == level - 2


def test_compat_frames_are_system_routines():
    # a function whose code lives in compat's package stands for a compat routine that
    # calls a user function back
    def user():
        return idl.scope_traceback(), idl.scope_traceback(system=True, structure=True)

    source = "def compat_routine(callback):\n    return callback()\n"
    fake = os.path.join(os.path.dirname(compat.__file__), "_core", "not_a_module.py")
    space = {}
    exec(compile(source, fake, "exec"), space)
    plain, full = space["compat_routine"](user)
    names = [t.split()[0] for t in plain]
    assert names[-2:] == ["TEST_COMPAT_FRAMES_ARE_SYSTEM_ROUTINES", "USER"]
    assert list(full.ROUTINE[-3:]) == ["TEST_COMPAT_FRAMES_ARE_SYSTEM_ROUTINES",
                                       "COMPAT_ROUTINE", "USER"]
    assert list(full.SYSTEM[-3:]) == [0, 1, 0]


def test_varname_levels_and_count():
    def show(data, other):
        return (idl.scope_varname(data, other), idl.scope_varname(data, level=-1),
                idl.scope_varname(count=True), idl.scope_varname(data, level=-2))

    def middle():
        image = np.zeros(3)
        return show(image, np.ones(2))

    here, up, all_names, top = middle()
    assert list(here) == ["DATA", "OTHER"]
    assert up == "IMAGE"
    assert list(all_names.result) == ["DATA", "OTHER"] and all_names.count == 2
    assert all_names.count.dtype == np.int32
    assert top == ""                      # not a variable of the test function
    with pytest.raises(CompatValueError,
                       match="SCOPE_VARNAME: Value of LEVEL is out of allowed range"):
        idl.scope_varname(level=10 ** 6)
    with pytest.raises(CompatValueError, match="out of allowed range"):
        idl.scope_varname(level=-(10 ** 6))
