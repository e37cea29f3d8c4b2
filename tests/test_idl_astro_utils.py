"""The IDL Astronomy Library's small utilities (MINMAX, NINT, CIRRANGE, REPSTR, TAG_EXIST,
GETTOK, ASINH, GCIRC): known values from the Library's headers, bad input, and random
input against the Library's own .pro files run in live GDL (golden cases:
reference_outputs/idl/astro_utils)."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from compat import CompatWarning, idl
from tests.oracles import GDL, run_gdl

PRO = Path(__file__).resolve().parent.parent / "reference_outputs" / "idl" / "astro_utils" / "pro"


def ulps(a, b):
    a, b = np.asarray(a), np.asarray(b)
    both = np.isnan(a) & np.isnan(b)
    spacing = np.spacing(np.maximum(np.abs(a), np.abs(b)).astype(a.dtype))
    with np.errstate(invalid="ignore"):
        return np.where(both, 0, np.abs(a - b) / spacing)


# ------------------------------------------------------------------------ documented
def test_header_examples():
    assert idl.repstr("I am what I am", "am", "was") == "I was what I was"
    r = idl.nint(np.array([-0.9, -0.1, 0.1, 0.9], np.float32))
    assert r.dtype == np.int16 and r.tolist() == [-1, 0, 0, 1]
    assert idl.nint(np.array(["3.4", "-0.9"])).tolist() == [3, -1]
    tok, rest = idl.gettok(np.array(["abc=999", "x=3.4234"]), "=", new_st=True)
    assert tok.tolist() == ["abc", "x"] and rest.tolist() == ["999", "3.4234"]


def test_minmax_layouts():
    a = np.arange(6, dtype=np.float32).reshape(2, 3)
    r = idl.minmax(a, subs=True)
    assert r.result.tolist() == [0, 5] and r.subs.tolist() == [0, 5]
    assert r.subs.dtype == np.int32 and r.result.dtype == np.float32
    r = idl.minmax(a, dimen=2, subs=True)
    assert r.result.shape == (3, 2) and r.result.tolist() == [[0, 3], [1, 4], [2, 5]]
    assert r.subs.tolist() == [[0, 3], [1, 4], [2, 5]]
    assert idl.minmax(np.arange(4.0), dimen=1).shape == (2,)
    assert idl.minmax(np.arange(24.0).reshape(2, 3, 4), dimen=2).shape == (4, 4)


def test_minmax_nan():
    a = np.array([np.nan, 3.0, -2.0])
    assert np.isnan(idl.minmax(a)).all()
    assert idl.minmax(a, nan=True).tolist() == [-2.0, 3.0]
    assert idl.minmax(np.array([3.0, np.nan, -2.0])).tolist() == [-2.0, 3.0]


def test_nint_types():
    assert idl.nint([-2.5, 2.5, 40000.0]).dtype == np.int32
    assert idl.nint(np.int16(5), long=True).dtype == np.int16
    assert idl.nint(2.5, long=True) == 3
    assert idl.nint(np.float32(-32767.5)) == -32768
    assert idl.nint(np.array(["1", "40000", "9"])).tolist() == [1, -25536, 9]
    assert idl.nint(np.array([np.nan, 40000.0], np.float32)).tolist() == [0, -25536]


def test_cirrange_edges():
    r = idl.cirrange([-720.0, -1e-20, 1e-20, 370.0])
    assert r.dtype == np.float64
    assert np.signbit(r[0]) and r[0] == 0 and r[1] == 360.0 and r[2] == 1e-20 and r[3] == 10
    assert isinstance(idl.cirrange(5), np.float64)
    assert idl.cirrange(-1.0, radians=True) == pytest.approx(2 * np.pi - 1)
    assert np.isnan(idl.cirrange([np.inf, np.nan])).all()


def test_tag_exist_nested_and_records():
    s = {"a": 1, "b": {"c": 2, "d": {"e": 3}}, "f": 4}
    assert idl.tag_exist(s, "e", index=True) == (1, 0)
    assert idl.tag_exist(s, "D", index=True) == (1, 1)
    assert idl.tag_exist(s, "zz", index=True) == (0, -1)
    assert idl.tag_exist(s, "e", top_level=True) == 0
    rec = np.zeros(2, dtype=[("x", "f4"), ("inner", [("y", "i2"), ("z", "f8")])])
    assert idl.tag_exist(rec, "z", index=True) == (1, 1)
    assert idl.tag_exist(rec, "inner", index=True) == (1, 1)
    assert isinstance(idl.tag_exist(rec, "x"), np.uint8)


def test_tag_exist_invalid_arguments_warn():
    with pytest.warns(CompatWarning, match="Use: status = tag_exist"):
        assert idl.tag_exist(5, "a") == 0
    with pytest.warns(CompatWarning, match="tag = string variable"):
        r = idl.tag_exist({"a": 1}, 5, index=True)
    assert r.result == 0 and r.index is None
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert idl.tag_exist(5, "a", quiet=True) == 0


def test_gettok_forms():
    assert idl.gettok("  a  b c", " ", new_st=True) == ("a", " b c")
    assert idl.gettok("\ta\tb", " ", new_st=True) == ("a", "b")
    assert idl.gettok("  x=1", "=", exact=True, new_st=True) == ("  x", "1")
    assert idl.gettok("x=1", "=", notrim=True, new_st=True) == ("x", "x=1")
    assert idl.gettok("noeq", "=", new_st=True) == ("noeq", "")
    assert idl.gettok("key::value", "::", new_st=True) == ("key", ":value")
    assert idl.gettok("a,b", ",") == "a"


def test_asinh_types():
    assert idl.asinh(np.float32(2)).dtype == np.float32
    assert idl.asinh(2.0).dtype == np.float64
    assert idl.asinh(np.int16(3)).dtype == np.float32
    r = idl.asinh(np.array([181, 200, -200], np.int16))
    assert np.isfinite(r[0]) and np.isnan(r[1:]).all()  # INT's 200^2 wraps, as in IDL
    b = idl.asinh(np.array([20, 181, 182], np.uint8))    # BYTE^INT is INT
    assert np.allclose(b[:2], np.arcsinh([20.0, 181.0]), rtol=1e-6) and np.isnan(b[2])
    x = np.linspace(-50, 50, 101)
    assert np.allclose(idl.asinh(x), np.arcsinh(x), rtol=1e-14, atol=1e-15)


def test_gcirc_units_and_shapes():
    one = idl.gcirc(2, 10.0, 20.0, 11.0, 21.0)
    assert isinstance(one, np.float64)
    assert idl.gcirc(1, 10 / 15, 20.0, 11 / 15, 21.0) == pytest.approx(one, rel=1e-14)
    assert idl.gcirc(0, 0, 0, np.pi, 0) == pytest.approx(np.pi)
    assert idl.gcirc(2, [1.0, 2.0, 3.0], [1.0, 2.0, 3.0], [5.0, 6.0], [5.0, 6.0]).shape == (2,)
    assert idl.gcirc(2, np.zeros((2, 3)), 0, 0, 1).shape == (2, 3)
    assert idl.gcirc(2, 0, 0, 0, 1) == pytest.approx(3600.0)


# ------------------------------------------------------------------------- bad input
@pytest.mark.parametrize("call, error, text", [
    (lambda: idl.repstr("abc", ""), ValueError,
     "REPSTR: ERROR - empty input string not allowed"),
    (lambda: idl.repstr(5, "a"), TypeError, "REPSTR: obj must be a string"),
    (lambda: idl.gcirc(3, 0, 0, 0, 0), ValueError, "GCIRC: U must be 0 (radians)"),
    (lambda: idl.gcirc(1, "a", 0, 0, 0), TypeError, "GCIRC: String expression"),
    (lambda: idl.minmax(None), ValueError, "MINMAX: Variable is undefined"),
    (lambda: idl.minmax(np.zeros((2, 2)), dimen=3), ValueError, "MINMAX:"),
    (lambda: idl.nint(1 + 2j), TypeError, "NINT: Complex expression"),
    (lambda: idl.asinh(np.array([1j])), TypeError, "ASINH: Complex expression"),
    (lambda: idl.cirrange("x"), TypeError, "CIRRANGE: String expression"),
    (lambda: idl.gettok(5, "="), TypeError, "GETTOK: st must be a string"),
    (lambda: idl.gettok("a", ["=", ","]), ValueError, "GETTOK: char must be a scalar"),
])
def test_bad_input(call, error, text):
    with pytest.raises(error) as info:
        call()
    assert str(info.value).startswith(text)


def test_inputs_not_modified_and_big_endian():
    a = np.array([-10.0, 370.0]).astype(">f8")
    before = a.copy()
    assert idl.cirrange(a).tolist() == [350.0, 10.0]
    assert np.array_equal(a, before)
    s = np.array(["a=1", "b=2"])
    idl.gettok(s, "=", new_st=True)
    assert s.tolist() == ["a=1", "b=2"]


# ------------------------------------------------------------------- live GDL, random
@pytest.mark.gdl
@pytest.mark.skipif(GDL is None, reason="gdl not installed")
def test_random_inputs_against_the_library_in_gdl(tmp_path):
    for pro in PRO.glob("*.pro"):
        shutil.copy(pro, tmp_path)
    rng = np.random.default_rng(2026)
    cases, expected = [], {}
    for k in range(6):
        f = rng.normal(0, 10.0 ** rng.integers(0, 6), 40).astype(np.float32)
        f[rng.integers(0, 40, 3)] = np.nan
        d = rng.uniform(-5000, 5000, 40)
        i = rng.integers(-400, 400, 30).astype(np.int16)
        m = rng.normal(size=(5, 7))
        cases += [
            (f"mm{k}", {"x": f}, "minmax(x)"),
            (f"mmn{k}", {"x": f}, "minmax(x, /nan)"),
            (f"mmd{k}", {"x": m}, f"minmax(x, dimen={k % 2 + 1})"),
            (f"ni{k}", {"x": f}, "nint(x)"),
            (f"nd{k}", {"x": d}, "nint(x)"),
            (f"nl{k}", {"x": d}, "nint(x, /long)"),
            (f"cr{k}", {"x": d}, "cirrange_f(x)"),
            (f"crr{k}", {"x": d / 50}, "cirrange_f(x, /radians)"),
            (f"as{k}", {"x": f}, "asinh(x)"),
            (f"asd{k}", {"x": d}, "asinh(x)"),
            (f"asi{k}", {"x": i}, "asinh(x)"),
            (f"gc{k}", {"a": d / 20, "b": d[::-1] / 60, "c": f, "e": d / 90}, f"gcirc_f({k % 3}, a, b, c, e)"),
        ]
        expected.update({
            f"mm{k}": idl.minmax(f), f"mmn{k}": idl.minmax(f, nan=True),
            f"mmd{k}": idl.minmax(m, dimen=k % 2 + 1),
            f"ni{k}": idl.nint(f), f"nd{k}": idl.nint(d), f"nl{k}": idl.nint(d, long=True),
            f"cr{k}": idl.cirrange(d), f"crr{k}": idl.cirrange(d / 50, radians=True),
            f"as{k}": idl.asinh(f), f"asd{k}": idl.asinh(d), f"asi{k}": idl.asinh(i),
            f"gc{k}": idl.gcirc(k % 3, d / 20, d[::-1] / 60, f, d / 90),
        })
    (tmp_path / "cirrange_f.pro").write_text(
        "function cirrange_f, a, radians=radians\n  b = a\n"
        "  cirrange, b, radians=radians\n  return, b\nend\n")
    (tmp_path / "gcirc_f.pro").write_text(
        "function gcirc_f, u, a, b, c, e\n  gcirc, u, a, b, c, e, d\n  return, d\nend\n")
    got = run_gdl(cases, tmp_path)
    for name, want in expected.items():
        g = got[name]
        assert not isinstance(g, Exception), (name, g)
        assert g.dtype == np.asarray(want).dtype, name
        assert g.shape == np.shape(want), name
        if name.startswith("as"):
            # numpy's log against the C library's (see the golden tolerances)
            assert ulps(want, g).max() <= 1, name
        else:
            # gcirc: the C library's asin, as gcirc.pro calls it, so equal bit for bit
            np.testing.assert_array_equal(want, g, err_msg=name)
