"""IDL STR_SEP (obsolete library routine str_sep.pro): fields by hand, ESC, /TRIM,
/REMOVE_ALL, errors, and a live comparison with GDL 1.0.1's str_sep.pro on random text.
Goldens: reference_outputs/idl/str_sep."""

import numpy as np
import pytest

from compat import idl
from gdl_text_oracle import GDL, run_text_cases


def _fields(s, sep):
    """The fields between separators, found left to right by hand (no str.split)."""
    out, start, i = [], 0, 0
    while sep and i <= len(s) - len(sep):
        if s[i:i + len(sep)] == sep:
            out.append(s[start:i])
            i += len(sep)
            start = i
        else:
            i += 1
    out.append(s[start:])
    return out


@pytest.mark.parametrize("s, sep, expected", [
    ("ulib.usca.test", ".", ["ulib", "usca", "test"]),
    ("a,,b,", ",", ["a", "", "b", ""]),
    ("", ",", [""]),
    ("abc", ",", ["abc"]),
    ("a:::b", "::", ["a", ":b"]),
    ("::a::", "::", ["", "a", ""]),
    ("abc", "", ["abc"]),
])
def test_fields_by_hand(s, sep, expected):
    got = idl.str_sep(s, sep)
    assert isinstance(got, np.ndarray) and got.ndim == 1 and got.dtype.kind == "U"
    assert got.tolist() == expected


def test_trim_and_remove_all_use_blanks_and_tabs():
    assert idl.str_sep(" a\t, b c ,", ",", trim=True).tolist() == ["a", "b c", ""]
    assert idl.str_sep(" a\t, b c ,", ",", remove_all=True).tolist() == ["a", "bc", ""]
    assert idl.str_sep(" a b,c", ",", remove=True).tolist() == ["ab", "c"]
    # /TRIM wins when both are set (str_sep.pro: TRIM, else REMOVE)
    assert idl.str_sep(" a b ,c", ",", trim=True, remove_all=True).tolist() == ["a b", "c"]


def test_escape_character():
    assert idl.str_sep("a\\,b,c", ",", esc="\\").tolist() == ["a,b", "c"]
    assert idl.str_sep("a\\\\,b", ",", esc="\\").tolist() == ["a\\", "b"]
    assert idl.str_sep("a,b", ",", esc="\\").tolist() == ["a", "b"]
    assert idl.str_sep("a,b\\", ",", esc="\\").tolist() == ["a", "b"]   # ends the string
    # ESC uses the separator's first character only
    assert idl.str_sep("a:b\\:c", ":-", esc="\\").tolist() == ["a", "b:c"]


def test_text_forms_and_no_mutation():
    t = np.array([b"x;y"], dtype=object)
    assert idl.str_sep(t, b";").tolist() == ["x", "y"]
    assert t[0] == b"x;y"
    assert idl.str_sep(np.array(["p q"]), " ").tolist() == ["p", "q"]


def test_errors():
    with pytest.raises(ValueError, match="^STR_SEP: No array allowed for Input String$"):
        idl.str_sep(np.array(["a,b", "c"]), ",")
    with pytest.raises(ValueError, match="^STR_SEP: No array allowed for Sep String$"):
        idl.str_sep("a,b", np.array([",", ";"]))
    with pytest.raises(TypeError, match="^STR_SEP: Input String must be a string"):
        idl.str_sep(5, ",")
    with pytest.raises(TypeError, match="^STR_SEP: Sep String must be a string"):
        idl.str_sep("a", 1)


def test_random_text_against_definition():
    rng = np.random.default_rng(1291)
    for _ in range(300):
        s = "".join(rng.choice(list("ab,: "), int(rng.integers(0, 12))))
        sep = "".join(rng.choice(list(",:"), int(rng.integers(1, 3))))
        assert idl.str_sep(s, sep).tolist() == _fields(s, sep)


# ------------------------------------------------------------------------ live GDL
@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_random_text_against_gdl():
    """GDL runs its own str_sep.pro (no ESC: GDL ignores it, a recorded divergence)."""
    rng = np.random.default_rng(4129)
    cases, ours = [], {}
    for k in range(60):
        s = "".join(rng.choice(list("ab,: x"), int(rng.integers(1, 14))))
        sep = "".join(rng.choice(list(",: "), int(rng.integers(1, 3))))
        option = ["", ", /trim", ", /remove_all"][k % 3]
        cases.append((f"s{k}", f"s = str_sep(t, p{option})",
                      {"t": np.array(s), "p": np.array(sep)}))
        ours[f"s{k}"] = idl.str_sep(s, sep, trim=option == ", /trim",
                                    remove_all=option == ", /remove_all").tolist()
    got = run_text_cases(cases)
    for name, expected in ours.items():
        assert got[name] == expected, (name, got[name], expected)
