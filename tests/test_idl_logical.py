"""IDL's LOGICAL_TRUE, LOGICAL_AND, LOGICAL_OR, BOOLEAN and REPLICATE_INPLACE: the rules
stated by IDL's documentation, bad input, no mutation, and a differential run against
GDL on random inputs (goldens: reference_outputs/idl/logical)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from oracles import run_gdl


def test_truth_rules():
    # IDL Reference Guide: non-zero numbers and non-empty strings are true; not the
    # odd/even rule of IDL's default predicates
    assert idl.logical_true(2) == 1 and idl.logical_true(2).dtype == np.uint8
    np.testing.assert_array_equal(
        idl.logical_true(np.array([np.nan, 0.0, -0.0, np.inf], np.float32)), [1, 0, 0, 1])
    np.testing.assert_array_equal(idl.logical_true(np.complex64([1j, 0, 1, -0.0])),
                                  [1, 0, 1, 0])
    np.testing.assert_array_equal(idl.logical_true(np.array(["", " ", "0"])), [0, 1, 1])
    np.testing.assert_array_equal(idl.boolean(np.arange(5, dtype=np.int16)), [0, 1, 1, 1, 1])
    assert idl.logical_true(np.zeros((2, 3))).shape == (2, 3)


def test_pair_shapes():
    a = np.array([1, 0, 3, 0], np.uint8)
    assert idl.logical_and(a, [1, 1, 1]).shape == (3,)           # the shorter array
    assert idl.logical_or(a, np.array([0], np.int16)).shape == (4,)  # one element: scalar
    assert idl.logical_or(np.array([1], np.int16), np.array([0], np.int16)).shape == (1,)
    assert idl.logical_or(0, np.ones((2, 3))).shape == (2, 3)
    assert np.ndim(idl.logical_and(2, 4)) == 0


@pytest.mark.parametrize("call,message", [
    (lambda: idl.logical_true({"a": 1}),
     "LOGICAL_TRUE: Struct expression not allowed in this context: Arg."),
    (lambda: idl.logical_and(1, None), "LOGICAL_AND: Variable is undefined: Arg2."),
    (lambda: idl.boolean([1, 2], 0), "BOOLEAN: the extraction form"),
    (lambda: idl.replicate_inplace(np.zeros(3), [1, 2]),
     "REPLICATE_INPLACE: Expression must be a scalar or 1 element array"),
    (lambda: idl.replicate_inplace(np.zeros((3, 4)), 1, 3, [0, 0]),
     "REPLICATE_INPLACE: Illegal keyword value for DIMENSION: 3"),
    (lambda: idl.replicate_inplace(np.zeros((3, 4)), 1, 1, [0, 5]),
     "REPLICATE_INPLACE: Loc1 subscript 5 is out of range for dimension 2"),
    (lambda: idl.replicate_inplace(np.zeros((3, 4)), 1, 1, [0]),
     "REPLICATE_INPLACE: Loc1 must hold one subscript for each of the 2 dimensions"),
    (lambda: idl.replicate_inplace(np.zeros((3, 4)), 1, 1, [0, 0], 2, [3]),
     "REPLICATE_INPLACE: Range subscripts must lie in 0..2"),
])
def test_errors(call, message):
    with pytest.raises((ValueError, TypeError)) as err:
        call()
    assert str(err.value).startswith(message)


def test_replicate_inplace_copies_and_converts():
    x = np.arange(12, dtype=np.float32).reshape(3, 4)
    before = x.copy()
    out = idl.replicate_inplace(x, 9, 1, [0, 1])
    np.testing.assert_array_equal(x, before)                  # the caller's array kept
    np.testing.assert_array_equal(out[1], [9, 9, 9, 9])
    np.testing.assert_array_equal(out[[0, 2]], before[[0, 2]])
    assert out.dtype == np.float32
    wrapped = idl.replicate_inplace(np.int16([1, 2]), np.int32(70000))
    np.testing.assert_array_equal(wrapped, [4464, 4464])      # IDL keeps the low bits
    text = idl.replicate_inplace(np.array(["a", "b"]), np.float32(3.5))
    assert list(text) == ["      3.50000"] * 2                # STRING's free format
    ro = np.zeros((2, 2))
    ro.setflags(write=False)
    assert idl.replicate_inplace(ro, 1.0).sum() == 4


@pytest.mark.gdl
def test_against_gdl_on_random_inputs(tmp_path):
    rng = np.random.default_rng(6060)
    cases, expected = [], {}
    for k in range(10):
        a = rng.integers(-2, 3, int(rng.integers(1, 12))).astype(np.int16)
        b = rng.choice([0.0, 1.5, np.nan, -0.0], int(rng.integers(1, 12))).astype(np.float32)
        cases.append((f"t{k}", {"a": a}, "logical_true(a)"))
        expected[f"t{k}"] = idl.logical_true(a)
        cases.append((f"a{k}", {"a": a, "b": b}, "logical_and(a, b)"))
        expected[f"a{k}"] = idl.logical_and(a, b)
        cases.append((f"o{k}", {"a": a, "b": b}, "logical_or(b, a)"))
        expected[f"o{k}"] = idl.logical_or(b, a)
        shape = tuple(int(n) for n in rng.integers(2, 5, 3))  # IDL drops trailing 1s
        x = rng.normal(size=shape).astype(np.float32)
        d1, d2 = (int(d) for d in rng.permutation(3)[:2] + 1)
        loc = [int(rng.integers(0, n)) for n in shape[::-1]]       # IDL order
        rows = sorted({int(rng.integers(0, shape[3 - d2])) for _ in range(2)})
        value = float(np.float32(rng.normal()))
        # run_gdl assigns "r = <expression>": the procedure rides on the same line
        cases.append((f"r{k}", {"x": x}, f"x & replicate_inplace, x, {value!r}, {d1}, "
                      f"{loc}, {d2}, {rows} & r = x"))
        expected[f"r{k}"] = idl.replicate_inplace(x, np.float32(value), d1, loc, d2, rows)
    got = run_gdl(cases, tmp_path)
    for name, want in expected.items():
        value = got[name]
        assert not isinstance(value, Exception), (name, value)
        want = np.asarray(want)
        assert value.dtype == want.dtype, name
        np.testing.assert_array_equal(value.reshape(want.shape), want, err_msg=name)
