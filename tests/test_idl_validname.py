"""IDL_VALIDNAME: IDL's documented rules (IDL Reference Guide, IDL_VALIDNAME and
"Reserved Words"); goldens in reference_outputs/idl/validname."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from compat._core.idl_text_tables import valid_tag


@pytest.mark.parametrize("text,kw,want", [
    ("abc", {}, "abc"),
    ("Mixed_Case$", {"convert_all": True}, "Mixed_Case$"),      # valid: unchanged
    ("!path", {}, "!path"),                                     # a system variable name
    ("2mass", {}, ""),
    ("2mass", {"convert_all": True}, "_2MASS"),
    ("x-y z", {"convert_all": True}, "X_Y_Z"),
    ("x-y z", {"convert_spaces": True}, ""),                    # '-' stays invalid
    ("", {"convert_all": True}, "_"),
    ("endfor", {"convert_all": True}, "_ENDFOR"),
    ("Endfor", {}, ""),                                         # reserved, any case
    ("caf\u00e9", {"convert_all": True}, "CAF_"),               # ASCII letters only
    ("a b", {"convert_all": True, "convert_spaces": True}, "A_B"),
])
def test_rules(text, kw, want):
    assert idl.idl_validname(text, **kw) == want


def test_arrays_and_types():
    out = idl.idl_validname(np.array([["a b", "c"], ["1", "d"]]), convert_spaces=True)
    assert out.shape == (2, 2) and list(out.ravel()) == ["a_b", "c", "", "d"]
    assert idl.idl_validname(b"x y", convert_spaces=True) == "x_y"
    with pytest.raises(TypeError, match="IDL_VALIDNAME: String expression required"):
        idl.idl_validname(5)


def test_read_ascii_field_names_share_the_rule():
    # READ_ASCII's tag names: IDL_VALIDNAME(/CONVERT_SPACES) of the trimmed name, upper
    assert valid_tag(" my field ") == "MY_FIELD"
    assert valid_tag("and") is None and valid_tag("x-y") is None
    assert valid_tag("!x") is None                              # no tag starts with '!'
