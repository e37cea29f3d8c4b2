"""IDL VALUE_LOCATE, PRODUCT, ISHFT, the > and < operators, subscript clipping,
SWAP_ENDIAN, SWAP_ENDIAN_INPLACE, BYTEORDER, CROSSP, IDENTITY, DIAG_MATRIX, TRACE,
SINDGEN: unit tests, bad input, and differential runs against live GDL on random inputs
(goldens: reference_outputs/idl/array_ops)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from compat.idl import operators
from oracles import run_gdl


def test_legacy_names_are_listed():
    assert operators.__legacy_names__ == {">": "greater_of", "<": "lesser_of",
                                          "[]": "subscript", "^": "power"}
    assert idl.greater_of.__legacy_name__ == ">"
    assert idl.power.__legacy_name__ == "^"


# ----------------------------------------------------------------------- VALUE_LOCATE
def test_value_locate_rules():
    v = np.array([1.0, 2.0, 2.0, 3.0])
    # increasing: Vector[j] <= Value < Vector[j+1]; ties go to the last equal element
    assert idl.value_locate(v, [0.5, 1.0, 2.0, 2.5, 3.0, 9.0]).tolist() == \
        [-1, 0, 2, 2, 3, 3]
    d = v[::-1].copy()
    # decreasing: Vector[j+1] <= Value < Vector[j]
    assert idl.value_locate(d, [9.0, 3.0, 2.5, 2.0, 1.0, 0.5]).tolist() == \
        [-1, -1, 0, 0, 2, 3]
    assert idl.value_locate(v, 2.5).dtype == np.int32
    assert idl.value_locate(v, [2.5], l64=True).dtype == np.int64
    assert idl.value_locate(["apple", "cherry", "melon"], ["banana", "zebra"]).tolist() \
        == [0, 2]
    assert idl.value_locate(v, np.ones((2, 3))).shape == (2, 3)


def _locate_by_the_table(vector, value):
    """IDL's VALUE_LOCATE page, case by case (a linear scan, no bisection)."""
    n = len(vector)
    if vector[-1] >= vector[0]:                       # increasing
        if value < vector[0]:
            return -1
        if vector[-1] <= value:
            return n - 1
        return next(j for j in range(n - 1) if vector[j] <= value < vector[j + 1])
    if vector[0] <= value:                            # decreasing
        return -1
    if value < vector[-1]:
        return n - 1
    return next(j for j in range(n - 1) if vector[j + 1] <= value < vector[j])


def test_value_locate_matches_the_documented_table_with_ties():
    """Monotone vectors with repeated elements, both directions, values on the elements,
    between them, outside them and infinite (GDL 1.0.1 puts +Inf in interval 0 of
    [1, 2, 3]; suite idl/array_ops, value_locate_infinite_values)."""
    rng = np.random.default_rng(611)
    for _ in range(120):
        v = np.sort(rng.integers(0, 6, int(rng.integers(1, 9)))).astype(np.float32)
        if rng.integers(2):
            v = v[::-1].copy()
        q = np.concatenate([v, v + np.float32(0.5), [-1, 7, -np.inf, np.inf]]).astype(np.float32)
        want = [_locate_by_the_table(v.tolist(), x) for x in q.tolist()]
        assert idl.value_locate(v, q).tolist() == want, (v, q)
    words = np.array(["pear", "fig", "fig", "apple"])   # strings: decreasing, with a tie
    q = ["zoo", "pear", "kiwi", "fig", "banana", "apple", "a", ""]
    assert idl.value_locate(words, q).tolist() == \
        [_locate_by_the_table(words.tolist(), x) for x in q]


@pytest.mark.parametrize("args,message", [
    (([1.0, np.nan], 1.0), "VALUE_LOCATE: Vector may not contain NaN."),
    ((["a", "b"], 1.0), "VALUE_LOCATE: Vector and Value must both be numbers"),
    (([1, 2], [1j]), "VALUE_LOCATE: Complex expression not allowed"),
    ((None, 1), "VALUE_LOCATE: Variable is undefined: Vector."),
])
def test_value_locate_errors(args, message):
    with pytest.raises((ValueError, TypeError)) as info:
        idl.value_locate(*args)
    assert str(info.value).startswith(message)


# ---------------------------------------------------------------------------- PRODUCT
def test_product_types_and_keywords():
    assert idl.product(np.array([1, 2, 3], np.int16)).dtype == np.float64
    assert idl.product(np.array([1.5, 2.5], np.float32), preserve_type=True) == \
        np.float32(3.75)
    assert idl.product(np.array([200, 2], np.uint8), preserve_type=True) == 144
    assert idl.product(np.array([2.0, np.nan]), nan=True) == 2.0
    assert np.isnan(idl.product(np.array([2.0, np.nan])))
    assert idl.product([1.7, 2.6, 3.2], integer=True) == 6
    assert idl.product([1.7, 2.6, 3.2], integer=True).dtype == np.int64
    c = idl.product(np.array([1 + 1j, 2], np.complex64))
    assert c.dtype == np.complex128 and c == 2 + 2j
    m = np.arange(1, 7, dtype=np.int32).reshape(2, 3)
    assert idl.product(m, 1).tolist() == [6.0, 120.0]
    assert idl.product(m, 2).tolist() == [4.0, 10.0, 18.0]
    assert idl.product(m, cumulative=True).tolist() == [[1, 2, 6], [24, 120, 720]]


@pytest.mark.parametrize("args,kw,message", [
    (([1, 2], 3), {}, "PRODUCT: Illegal value for Dimension: 3"),
    (([1j],), {"integer": True}, "PRODUCT: /INTEGER is not allowed for complex"),
    ((["a"],), {}, "PRODUCT: String expression not allowed"),
])
def test_product_errors(args, kw, message):
    with pytest.raises((ValueError, TypeError)) as info:
        idl.product(*args, **kw)
    assert str(info.value).startswith(message)


# ------------------------------------------------------------------------------ ISHFT
def test_ishft_logical_and_lengths():
    assert idl.ishft(np.int16(-16), -2) == 16380
    assert idl.ishft(np.int32(-1), -28) == 15
    assert idl.ishft(np.uint8(1), 9) == 0 and idl.ishft(np.uint8(1), 9).dtype == np.uint8
    assert idl.ishft(np.array([2], np.int32), [1, 2, 3, 4]).tolist() == [4]
    assert idl.ishft(np.array([65504], np.uint16), [-8, 5, -2]).tolist() == [255]
    assert idl.ishft(5, [1, 2]).tolist() == [10, 20]
    with pytest.raises(TypeError, match="ISHFT: Operation illegal with FLOAT"):
        idl.ishft(1.5, 1)


# ------------------------------------------------------------------ > < and subscripts
def test_operators_types_and_shapes():
    r = idl.greater_of(np.uint8(5), 300)
    assert r == 300 and r.dtype == np.int16
    assert idl.lesser_of(5, np.uint16(65535)) == -1
    assert idl.lesser_of(np.uint16(65535), 5) == 5
    assert idl.greater_of([1, 2, 3], [2.5, 0.5]).tolist() == [2.5, 2.0]
    assert idl.greater_of(np.complex64(1 - 2j), np.complex64(-2 + 1j)) == 1 - 2j
    nan = np.float32(np.nan)
    assert np.isnan(idl.greater_of(np.float32(2), nan))
    assert np.isnan(idl.lesser_of(nan, np.float32(2)))
    a = np.arange(5.0)
    idl.greater_of(a, 2)
    assert a.tolist() == [0, 1, 2, 3, 4]       # never written


def test_subscript_clipping():
    a = np.arange(10, dtype=np.int16) * 10
    assert idl.subscript(a, [-1, 5, 99]).tolist() == [0, 50, 90]
    assert idl.subscript(a, np.array([[1.7, -3]])).tolist() == [[10, 0]]
    assert idl.subscript(np.arange(12).reshape(3, 4), [13, 2]).tolist() == [11, 2]
    assert idl.subscript(a, 3) == 30
    with pytest.raises(ValueError, match=r"\[\]: Attempt to subscript ARRAY"):
        idl.subscript(a, 10)
    with pytest.raises(ValueError, match=r"\[\]: Attempt to subscript ARRAY"):
        idl.subscript(a, -1)


# ------------------------------------------------------------------------- byte order
def test_swap_endian_and_byteorder():
    x = np.array([1, 256], np.int32)
    assert idl.swap_endian(x).tolist() == [16777216, 65536]
    assert x.tolist() == [1, 256]
    be = x.astype(">i4")                                  # a big-endian input (FITS)
    assert idl.swap_endian(be).tolist() == [16777216, 65536]
    assert idl.swap_endian_inplace(x).tolist() == [16777216, 65536]
    assert idl.swap_endian(x, swap_if_big_endian=True).tolist() == [1, 256]
    s = idl.replicate({"a": np.int16(1), "b": "x"}, 2)
    assert idl.swap_endian(s)["A"].tolist() == [256, 256]
    assert idl.swap_endian("abc") == "abc"
    a, b = idl.byteorder(np.int16(1), np.array([1, 2], np.int32), sswap=True)
    assert a == 256 and b.tolist() == [256, 512]
    assert idl.byteorder(np.float64(1.0), dtoxdr=True) == \
        np.frombuffer(np.float64(1.0).tobytes()[::-1], np.float64)[0]
    with pytest.raises(ValueError, match="BYTEORDER: Operand's size must be a multiple"):
        idl.byteorder(np.int16(1), lswap=True)
    with pytest.raises(TypeError, match="BYTEORDER: Variable must be FLOAT"):
        idl.byteorder(np.int32(1), ftoxdr=True)
    with pytest.raises(ValueError, match="BYTEORDER: Conflicting keywords"):
        idl.byteorder(np.int32(1), lswap=True, sswap=True)


# -------------------------------------------------------------------------- matrices
def test_matrices():
    assert idl.crossp(np.uint8([1, 2, 3]), np.uint8([4, 5, 6])).tolist() == [253, 6, 253]
    assert idl.identity(2, double=True).dtype == np.float64
    assert idl.diag_matrix([1, 2], -1).tolist() == [[0, 0, 0], [1, 0, 0], [0, 2, 0]]
    assert idl.diag_matrix(np.arange(6.0).reshape(2, 3)).tolist() == [0.0, 4.0]
    t = idl.trace(np.array([[1, 2], [3, 4]], np.int16))
    assert t == 5.0 and t.dtype == np.float32
    assert idl.trace(np.eye(2, dtype=np.complex64)).dtype == np.complex64
    with pytest.raises(ValueError, match="CROSSP: Both arguments must have 3 elements"):
        idl.crossp([1, 2], [3, 4])
    with pytest.raises(ValueError, match="TRACE: A must be a square"):
        idl.trace(np.zeros((2, 3)))
    with pytest.raises(ValueError, match="DIAG_MATRIX: Diag 5 is outside"):
        idl.diag_matrix(np.zeros((2, 2)), 5)
    assert idl.sindgen(2, 1).shape == (1, 2)


# ---------------------------------------------------------------- differential: GDL
@pytest.mark.gdl
def test_against_gdl_on_random_inputs(tmp_path):
    rng = np.random.default_rng(1616)
    cases, expected = [], {}
    for k in range(8):
        v = np.sort(rng.normal(size=int(rng.integers(2, 30)))).astype(np.float32)
        if k % 2:
            v = v[::-1].copy()
        q = rng.normal(scale=1.5, size=int(rng.integers(1, 20))).astype(np.float32)
        cases.append((f"vl{k}", {"v": v, "q": q}, "value_locate(v, q)"))
        expected[f"vl{k}"] = idl.value_locate(v, q)
        m = rng.uniform(0.5, 1.5, size=(3, int(rng.integers(1, 6))))
        cases.append((f"pr{k}", {"m": m}, f"product(m, {k % 2 + 1})"))
        expected[f"pr{k}"] = idl.product(m, k % 2 + 1)
        cases.append((f"pc{k}", {"m": m}, "product(m, /cumulative)"))
        expected[f"pc{k}"] = idl.product(m, cumulative=True)
        a = rng.integers(0, 65535, 9).astype(np.uint16)
        n = rng.integers(0, 17, 9).astype(np.int16)
        cases.append((f"sh{k}", {"a": a, "n": n}, "ishft(a, n)"))
        expected[f"sh{k}"] = idl.ishft(a, n)
        # GDL 1.0.1 gives 0 for every negative count of an INT count array with UINT
        # data (it converts the counts to UINT); scalar right shifts agree
        cases.append((f"sr{k}", {"a": a}, f"ishft(a, {-k - 1})"))
        expected[f"sr{k}"] = idl.ishft(a, -k - 1)
        x = rng.normal(size=7).astype(np.float32)
        y = rng.normal(size=int(rng.integers(3, 10)))
        cases.append((f"mx{k}", {"x": x, "y": y}, "x > y"))
        expected[f"mx{k}"] = idl.greater_of(x, y)
        cases.append((f"mn{k}", {"x": x, "y": y}, "x < y"))
        expected[f"mn{k}"] = idl.lesser_of(x, y)
        i = rng.integers(-5, 15, 6).astype(np.int32)
        cases.append((f"sb{k}", {"x": x, "i": i}, "x[i]"))
        expected[f"sb{k}"] = idl.subscript(x, i)
        w = rng.integers(-2 ** 31, 2 ** 31 - 1, 5).astype(np.int32)
        cases.append((f"sw{k}", {"w": w}, "swap_endian(w)"))
        expected[f"sw{k}"] = idl.swap_endian(w)
        d = rng.normal(size=(4, 4))
        cases.append((f"dm{k}", {"d": d}, f"diag_matrix(d, {k % 3 - 1})"))
        expected[f"dm{k}"] = idl.diag_matrix(d, k % 3 - 1)
    got = run_gdl(cases, tmp_path)
    for name, want in expected.items():
        value = got[name]
        assert not isinstance(value, Exception), (name, value)
        want = np.asarray(want)
        assert value.dtype == want.dtype, name
        np.testing.assert_array_equal(value.reshape(want.shape), want, err_msg=name)
