"""IDL's HELP of values (compat.idl.help): what the golden suite idl/variable_info does
not show."""

import numpy as np
import pytest

from compat import idl


def test_prints_to_stdout_in_argument_order(capsys):
    assert idl.help(np.int32(7), x=np.zeros(5, np.uint8)) is None
    assert capsys.readouterr().out == ("<Expression>    LONG      =            7\n"
                                       "X               BYTE      = Array[5]\n")


def test_variables_mapping_for_reserved_names():
    lines = idl.help(variables={"output": np.int16(3), "structures": None}, output=True)
    assert lines.tolist() == ["OUTPUT          INT       =        3",
                              "STRUCTURES      UNDEFINED = <Undefined>"]


def test_session_keywords_name_the_python_tool():
    with pytest.raises(ValueError, match=r"^HELP: /ROUTINES describes an IDL session"):
        idl.help(routines=True)


def test_structure_lengths_follow_n_tags():
    s = idl.create_struct("a", np.int16(1), "b", 2.0, "c", "text")
    header = idl.help(s, structures=True, output=True)[0]
    assert header == "** Structure <Anonymous>, 3 tags, length=32, data length=26, refs=1:"
    assert header.endswith(f"length={idl.n_tags(s, length=True)}, data length="
                           f"{idl.n_tags(s, data_length=True)}, refs=1:")


def test_the_callers_arrays_are_not_touched():
    a = np.arange(6.0).reshape(2, 3)
    a.flags.writeable = False
    assert idl.help(a=a, output=True)[0] == "A               DOUBLE    = Array[3, 2]"
