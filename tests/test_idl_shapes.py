"""IDL REPLICATE, REFORM, SIZE, N_ELEMENTS, ARRAY_INDICES, ARRAY_EQUAL: unit tests, bad
input, and differential runs against live GDL on random inputs (goldens:
reference_outputs/idl/shapes)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from oracles import run_gdl


# ------------------------------------------------------------------------- REPLICATE
def test_replicate_types_follow_the_literal_rule():
    assert idl.replicate(5, 2).dtype == np.int16
    assert idl.replicate(40000, 2).dtype == np.int32
    assert idl.replicate(2.5, 2).dtype == np.float64
    assert idl.replicate(np.float32(2.5), 2).dtype == np.float32
    assert idl.replicate(True, 2).dtype == np.uint8
    assert idl.replicate(b"ab", 3).tolist() == ["ab"] * 3
    assert idl.replicate(1 + 2j, 1).dtype == np.complex128


def test_replicate_structures_are_independent_copies():
    s = idl.replicate({"a": 1, "b": "text", "n": {"x": np.float32(1)}}, 3)
    assert s.shape == (3,) and s.dtype.names == ("A", "B", "N")
    # nested structures are separate objects per row: changing one leaves the others
    s[0]["N"][0]["X"] = 5
    assert s[1]["N"][0]["X"] == 1
    arr = idl.replicate({"v": np.arange(3, dtype=np.int32)}, 2, 2)
    assert arr.shape == (2, 2) and arr.V.shape == (2, 2, 3) and arr.V.dtype == np.int32


def test_replicate_of_restored_structure(tmp_path):
    idl.save(tmp_path / "s.sav", s={"a": np.int32(3), "b": [1.0, 2.0], "c": "x"})
    s = idl.restore(tmp_path / "s.sav")["s"]
    r = idl.replicate(s, 2)
    assert r.shape == (2,) and r[1]["A"] == 3 and r[1]["C"] == "x"
    r[0]["B"][0] = 99.0  # readsav keeps array tags in object fields: no sharing
    assert r[1]["B"][0] == 1.0 and s[0]["B"][0] == 1.0


@pytest.mark.parametrize("args,message", [
    (([1, 2], 3), "REPLICATE: Expression must be a scalar in this context: Value."),
    ((1, 0), "REPLICATE: Array dimensions must be greater than 0"),
    ((None, 2), "REPLICATE: Variable is undefined: Value."),
    ((1,), "REPLICATE: Incorrect number of arguments"),
    ((1, "3"), "REPLICATE: String expression not allowed"),
    ((1, 1, 1, 1, 1, 1, 1, 1, 1, 1), "REPLICATE: 9 dimensions given"),
])
def test_replicate_errors(args, message):
    with pytest.raises((ValueError, TypeError)) as info:
        idl.replicate(*args)
    assert str(info.value).startswith(message)


def test_replicate_of_objects_is_refused():
    with pytest.raises(TypeError, match="REPLICATE: Object reference"):
        idl.replicate(idl.list(1, 2), 3)


# ---------------------------------------------------------------------------- REFORM
def test_reform_never_returns_a_view():
    a = np.arange(6.0)
    r = idl.reform(a, 3, 2, overwrite=True)
    r[0, 0] = 99
    assert a[0] == 0


def test_reform_of_structures_and_strings():
    s = idl.replicate({"a": 1}, 6)
    assert idl.reform(s, 3, 2).shape == (2, 3)
    assert idl.reform(np.array([["a", "b"]])).tolist() == ["a", "b"]


@pytest.mark.parametrize("args,message", [
    ((np.arange(6), 4), "REFORM: New subscripts must not change the number of elements"),
    ((np.arange(6), 0, 6), "REFORM: Array dimensions must be greater than 0"),
    ((None,), "REFORM: Variable is undefined: Array."),
    ((np.zeros(0),), "REFORM: Array is empty"),
])
def test_reform_errors(args, message):
    with pytest.raises(ValueError) as info:
        idl.reform(*args)
    assert str(info.value).startswith(message)


# ------------------------------------------------------------------------------ SIZE
def test_size_of_every_kind_of_value():
    assert idl.size(None).tolist() == [0, 0, 0]
    assert idl.size([1, 2, 3]).tolist() == [1, 3, 2, 3]
    assert idl.size(np.zeros((2, 3, 4), np.uint64)).tolist() == [3, 4, 3, 2, 15, 24]
    assert idl.size("x").tolist() == [0, 7, 1]
    assert idl.size(idl.replicate({"a": 1}, 2)).tolist() == [1, 2, 8, 2]
    assert idl.size(idl.list(1, "a", 2.0)).tolist() == [1, 3, 11, 3]
    assert idl.size(idl.hash(["a", "b"], [1, 2]), tname=True) == "OBJREF"
    assert idl.size(np.zeros(3, bool), tname=True) == "BYTE"
    assert idl.size(np.zeros(3, np.int8), type=True) == 2


def test_size_keywords():
    a = np.zeros((2, 3), np.float32)
    assert idl.size(a, l64=True).dtype == np.int64
    assert idl.size(a, dimensions=True).tolist() == [3, 2]
    assert idl.size(a, n_elements=True, l64=True).dtype == np.int64
    assert idl.size(a, file_lun=True) == 0 and idl.size(a, file_offset=True) == 0
    named = idl.create_struct("x", 1, name="POINT")
    assert idl.size(named, sname=True) == "POINT"
    assert idl.size(a, sname=True) == ""
    info = idl.size(a, structure=True)
    assert list(info) == ["TYPE_NAME", "STRUCTURE_NAME", "TYPE", "FILE_LUN", "FILE_OFFSET",
                          "N_ELEMENTS", "N_DIMENSIONS", "DIMENSIONS"]
    assert info["DIMENSIONS"].tolist() == [3, 2, 0, 0, 0, 0, 0, 0]
    with pytest.raises(ValueError, match="SIZE: Conflicting keywords"):
        idl.size(a, type=True, tname=True)


def test_n_elements():
    assert idl.n_elements(None) == 0 and idl.n_elements(None).dtype == np.int32
    assert idl.n_elements([[1, 2], [3, 4]]) == 4
    assert idl.n_elements("") == 1
    assert idl.n_elements({"a": 1}) == 1
    assert idl.n_elements(idl.list(1, 2, 3)) == 3
    assert idl.n_elements(idl.dictionary(a=1)) == 1


# --------------------------------------------------------------------- ARRAY_INDICES
def test_array_indices_index_back_into_numpy():
    rng = np.random.default_rng(1)
    a = rng.random((3, 4, 5))
    flat = np.array([0, 7, 59, 33])
    r = idl.array_indices(a, flat)
    assert r.shape == (4, 3)
    for k, i in enumerate(flat):
        assert a[tuple(r[k][::-1])] == a.reshape(-1)[i]


@pytest.mark.parametrize("index", [6, -1, [0, 7], np.nan])
def test_array_indices_out_of_range(index):
    with pytest.raises(ValueError, match="ARRAY_INDICES: Index out of range."):
        idl.array_indices(np.zeros((2, 3)), index)


def test_array_indices_bad_input():
    with pytest.raises(TypeError, match="ARRAY_INDICES: String expression"):
        idl.array_indices(np.zeros(3), "1")
    with pytest.raises(ValueError, match="ARRAY_INDICES: Array dimensions must be greater"):
        idl.array_indices([3, 0], 1, dimensions=True)


# ----------------------------------------------------------------------- ARRAY_EQUAL
def test_array_equal_rules():
    assert idl.array_equal(np.array([1, 2], np.int16), np.array([1, 2], np.int32)) == 1
    assert idl.array_equal(np.array([1, 2], np.int16), np.array([1, 2], np.int32),
                           no_typeconv=True) == 0
    assert idl.array_equal([np.nan], [np.nan]) == 0
    assert idl.array_equal("abc", "abc") == 1
    with pytest.warns(UserWarning, match="Type conversion error"):
        assert idl.array_equal("x", 0) == 1   # 'x' converts to 0, as IDL's conversion
    import warnings
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert idl.array_equal("x", 1, quiet=True) == 0
    with pytest.raises(TypeError, match="ARRAY_EQUAL: Struct expression"):
        idl.array_equal({"a": 1}, {"a": 1})


# ---------------------------------------------------------------- live GDL, random
@pytest.mark.gdl
def test_against_gdl_on_random_inputs(tmp_path):
    rng = np.random.default_rng(16)
    cases, expected = [], {}
    for k in range(12):
        ndim = int(rng.integers(1, 5))
        shape = tuple(int(n) for n in rng.integers(1, 5, ndim))
        shape = (2,) + shape[1:]  # no leading numpy 1: IDL drops trailing dimensions of 1
        a = rng.random(shape).astype(np.float32)
        idx = rng.integers(0, a.size, int(rng.integers(1, 6))).astype(np.int32)
        cases.append((f"ai{k}", {"a": a, "i": idx}, "array_indices(a, i)"))
        expected[f"ai{k}"] = idl.array_indices(a, idx)
        new = tuple(int(n) for n in rng.permutation(list(reversed(shape))))
        dims = np.array(new, dtype=np.int32)
        cases.append((f"rf{k}", {"a": a, "d": dims}, "reform(a, d)"))
        expected[f"rf{k}"] = idl.reform(a, dims)
        cases.append((f"sz{k}", {"a": a}, "size(a)"))
        expected[f"sz{k}"] = idl.size(a)
        b = a.copy()
        if k % 2:
            b.reshape(-1)[int(rng.integers(0, b.size))] += 1
        cases.append((f"eq{k}", {"a": a, "b": b.astype(np.float64)}, "array_equal(a, b)"))
        expected[f"eq{k}"] = idl.array_equal(a, b.astype(np.float64))
    got = run_gdl(cases, tmp_path)
    for name, want in expected.items():
        value = got[name]
        assert not isinstance(value, Exception), (name, value)
        want = np.asarray(want)
        if want.ndim == 0 or want.size == 1:
            assert value.reshape(-1).tolist() == want.reshape(-1).tolist(), name
        else:
            assert value.shape == want.shape and value.dtype == want.dtype, name
            assert np.array_equal(value, want), name
