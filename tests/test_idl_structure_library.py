"""The IDL Astronomy Library's MRD_STRUCT, COPY_STRUCT, COPY_STRUCT_INX and the IDL
value-text evaluator behind MRD_STRUCT (compat._core.idl_constants).

Goldens: reference_outputs/idl/structure_library (the Library's .pro run in GDL 1.0.1).
Here: the evaluator's vocabulary and errors, the errors the suite cannot capture (GDL
halts on a MESSAGE inside a library routine), inputs left untouched, and a live GDL
differential test of the evaluator on random constants.
"""

from pathlib import Path

import numpy as np
import pytest

from compat import idl
from compat._core.idl_constants import evaluate
from oracles import run_gdl


# ------------------------------------------------------------------ the evaluator
@pytest.mark.parametrize("text, dtype, value", [
    ("0", np.int16, 0), ("40000", np.int32, 40000), ("3000000000", np.int64, 3000000000),
    ("7b", np.uint8, 7), ("7S", np.int16, 7), ("7u", np.uint16, 7), ("7us", np.uint16, 7),
    ("7l", np.int32, 7), ("7ul", np.uint32, 7), ("7ll", np.int64, 7),
    ("7ull", np.uint64, 7), ("1.", np.float32, 1.0), ("2.5e3", np.float32, 2500.0),
    ("1.d0", np.float64, 1.0), ("0.0D", np.float64, 0.0), ("1d", np.float64, 1.0),
    (".5", np.float32, 0.5), ("'FF'x", np.int16, 255), ("'FFFF'x", np.int16, -1),
    ("'17'o", np.int16, 15), ("'FF'xb", np.uint8, 255), ("-1b", np.uint8, 255),
    ("-3", np.int16, -3)])
def test_constants_types(text, dtype, value):
    """IDL Reference Guide, "Constants": suffixes, default INT/LONG/LONG64 by size,
    FLOAT for a point or E exponent, DOUBLE for D; 'FFFF'x fills INT's 16 bits (-1)."""
    got = evaluate(text)
    assert got.dtype == dtype, (text, got.dtype)
    assert got == value


def test_defint32_makes_plain_integers_long():
    assert evaluate("1", defint32=True).dtype == np.int32
    assert evaluate("3000000000", defint32=True).dtype == np.int64
    assert evaluate("1s", defint32=True).dtype == np.int16


def test_strings_and_arrays():
    assert evaluate("'it''s'") == "it's"
    assert evaluate('"a""b"') == 'a"b'
    assert evaluate("string(replicate(32b, 3))") == "   "
    np.testing.assert_array_equal(evaluate("string(replicate(32b, 2, 3))"), ["  "] * 3)
    a = evaluate("[[1, 2, 3], [4, 5, 6]]")
    assert a.shape == (2, 3) and a.dtype == np.int16
    assert evaluate("[1, 2.5d]").dtype == np.float64
    assert evaluate("intarr(3, 2)").shape == (2, 3)
    assert evaluate("complex(1, 2)") == np.complex64(1 + 2j)
    np.testing.assert_array_equal(evaluate("findgen(3)"), np.float32([0, 1, 2]))
    assert evaluate("fix('12')") == 12 and evaluate("fix('12')").dtype == np.int16


@pytest.mark.parametrize("text", ["ptr_new()", "obj_new('x')", "x", "1 + 2", "dblarr(",
                                  "1q", "[]", "sin(1)", "32768s"])
def test_outside_the_vocabulary_raises(text):
    with pytest.raises(ValueError):
        evaluate(text)


# ------------------------------------------------------------------ MRD_STRUCT
def test_mrd_struct_errors_as_the_library():
    """The Library's /NO_EXECUTE message (GDL 1.0.1 prints "% MRD_STRUCT: ERROR - Invalid
    field value: 2.5e3"), IDL's duplicate-tag error, a value compat cannot evaluate."""
    with pytest.raises(ValueError, match="MRD_STRUCT: ERROR - Invalid field value: 2.5e3"):
        idl.mrd_struct(["a"], ["2.5e3"], 1, no_execute=True)
    with pytest.raises(ValueError, match="conflicting definition"):
        idl.mrd_struct(["a", "A"], ["0", "0"], 1)
    with pytest.raises(ValueError, match="PTR_NEW"):
        idl.mrd_struct(["p"], ["ptr_new()"], 1)
    with pytest.raises(ValueError, match="2 NAMES"):
        idl.mrd_struct(["a", "b"], ["0"], 1)


def test_mrd_struct_structyp_is_fixed_for_the_session():
    s = idl.mrd_struct(["x"], ["0.0"], 2, structyp="test_sl_fixed")
    assert idl.tag_names(s, structure_name=True) == "TEST_SL_FIXED"
    again = idl.mrd_struct(["x"], ["1.0"], 1, structyp="test_sl_fixed")
    assert again.dtype == s.dtype
    with pytest.raises(ValueError, match="Conflicting data structures"):
        idl.mrd_struct(["x"], ["0L"], 1, structyp="test_sl_fixed")


def test_mrd_struct_rows_do_not_share_arrays():
    s = idl.mrd_struct(["t"], ["strarr(2)"], 3)
    s["T"][0][0] = "changed"
    assert s["T"][1][0] == ""


def test_mrd_struct_accepts_bytes_and_arrays_of_text():
    s = idl.mrd_struct(np.array([b"a", b"b"]), np.array(["0B", "dblarr(2)"]), 1)
    assert s.A.dtype == np.uint8 and s.B.shape == (1, 2)


# ------------------------------------------------------------------ COPY_STRUCT
def _source():
    return idl.create_struct("a", 1, "b", np.float32(2.7), "c", "12",
                             "e", np.int16([1, 2, 3]))


def test_copy_struct_errors_gdl_prints():
    """GDL 1.0.1 running copy_struct.pro halts with "Conflicting data structures (dim)."
    for a longer source and "Conflicting data structures." for another nested type."""
    with pytest.raises(ValueError, match=r"Conflicting data structures \(dim\)"):
        idl.copy_struct(_source(), idl.create_struct("e", np.zeros(2, np.float32)))
    src = idl.create_struct("s", idl.create_struct("x", np.float32(1.5), "y", 2))
    dst = idl.create_struct("s", idl.create_struct("x", np.int32(0), "z", 9))
    with pytest.raises(ValueError, match=r"Conflicting data structures\.$"):
        idl.copy_struct(src, dst)


def test_copy_struct_leaves_its_arguments_alone():
    src = _source()
    dst = idl.create_struct("e", np.zeros(3, np.float32), "c", "x")
    before_src, before_dst = src.copy(), dst.copy()
    out = idl.copy_struct(src, dst)
    assert out.C[0] == "12" and dst.C[0] == "x"
    np.testing.assert_array_equal(dst.E, before_dst.E)
    for tag in src.dtype.names:
        np.testing.assert_array_equal(src[tag], before_src[tag])


def test_copy_struct_not_structures_warns():
    dst = idl.create_struct("a", 0)
    with pytest.warns(UserWarning, match="two arguments must be structures"):
        out = idl.copy_struct(5, dst)
    assert out is dst


def test_copy_struct_big_endian_and_dict_inputs():
    src = np.rec.fromarrays([np.array([1.5, 2.5], dtype=">f8")], names=["X"])
    out = idl.copy_struct(src, {"x": np.int32(0)})
    np.testing.assert_array_equal(out.X, np.int32([1, 2]))


def test_copy_struct_inx_counts_and_indices():
    src = idl.replicate(idl.create_struct("x", np.float32(0), "y", 1), 3)
    src.X[:] = [1.5, 2.5, 3.5]
    dst = idl.replicate(idl.create_struct("x", 0, "y", 9), 4)
    out, n = idl.copy_struct_inx(src, dst, index_from=[2, 0], index_to=[1, 3],
                                 nt_copied=True)
    np.testing.assert_array_equal(out.X, np.int16([0, 3, 0, 1]))
    np.testing.assert_array_equal(out.Y, np.int16([9, 1, 9, 1]))
    assert n == 2


# ------------------------------------------------------------------ live GDL
def _random_constants(rng, count):
    suffixes = ["b", "s", "u", "l", "ul", "ll", "ull", ""]
    limits = {"b": 255, "s": 32767, "u": 65535, "l": 2**31 - 1, "ul": 2**32 - 1,
              "ll": 2**63 - 1, "ull": 2**64 - 1, "": 2**31 - 1}
    out = []
    for k in range(count):
        kind = rng.integers(5)
        if kind == 0:
            sfx = suffixes[rng.integers(len(suffixes))]
            out.append(f"{int(rng.integers(0, limits[sfx], dtype=np.uint64))}{sfx}")
        elif kind == 1:
            mant = f"{rng.uniform(0, 1000):.{rng.integers(1, 9)}f}"
            exp = rng.choice(["", f"e{rng.integers(-30, 30)}", f"d{rng.integers(-200, 200)}"])
            out.append(mant + exp)
        elif kind == 2:
            name = rng.choice(["bytarr", "intarr", "lonarr", "fltarr", "dblarr",
                               "lon64arr", "uintarr", "ulonarr", "dcomplexarr"])
            dims = ",".join(str(d) for d in rng.integers(1, 4, size=rng.integers(1, 4)))
            out.append(f"{name}({dims})")
        elif kind == 3:
            items = [f"{rng.integers(-50, 50)}{rng.choice(['', 'l', 's'])}"
                     for _ in range(rng.integers(1, 5))]
            out.append("[" + ",".join(items) + (",1.5" if rng.random() < 0.3 else "") + "]")
        else:
            conv = rng.choice(["long", "fix", "byte", "float", "double", "ulong"])
            out.append(f"{conv}({rng.uniform(-300, 300):.3f})")
    return out


@pytest.mark.gdl
def test_constants_against_gdl(tmp_path: Path):
    """Random IDL constants, constructors, arrays and conversions: compat's evaluation
    has GDL's type, shape and value (IDL's main level: no DEFINT32)."""
    texts = _random_constants(np.random.default_rng(20261205), 60)
    results = run_gdl([(f"c{k}", {}, t) for k, t in enumerate(texts)], tmp_path)
    for k, text in enumerate(texts):
        expected = results[f"c{k}"]
        assert not isinstance(expected, Exception), (text, expected)
        got = np.asarray(evaluate(text))
        assert got.dtype == expected.dtype, (text, got.dtype, expected.dtype)
        # trailing IDL dimensions of 1 (leading numpy 1s) are not kept by the reader
        assert np.squeeze(got).shape == np.squeeze(expected).shape, text
        np.testing.assert_array_equal(got.reshape(expected.shape), expected, err_msg=text)
