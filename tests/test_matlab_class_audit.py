"""MATLAB class rules settled by the audit (helper items 1-5): min/max with integer
classes and NaN, int64 arithmetic beyond 2^53, mat2str of 64-bit integers, median of
logical/integer input, sort of complex arrays with NaN/Inf. Expected values are MATLAB's
documented or printed results (sources in each test); the golden suites hold the Octave
captures and the recorded divergences."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab


# ----------------------------------------------------------------- 1. min/max classes
def test_minmax_two_integer_classes_raise_matlabs_message():
    msg = (r"^{}: Integers can only be combined with integers of the same class, or "
           r"scalar doubles\.$")
    with pytest.raises(TypeError, match=msg.format("max")):
        matlab.max(np.int8([5, 1]), np.int16(7))
    with pytest.raises(TypeError, match=msg.format("min")):
        matlab.min(np.uint8(1), np.int8([5, 1]))


def test_minmax_integer_with_double_converts_the_double():
    # MATLAB Answers 31424: max(double(1000), uint8(1)) prints 255 (uint8)
    r = matlab.max(1000.0, np.uint8(1))
    assert r.dtype == np.uint8 and r == 255
    a = np.int8([5, -100, 3])
    d = np.array([7.6, -200.5, 2.5])            # round half away, saturate: 8 -128 3
    assert matlab.max(a, d).tolist() == [8, -100, 3]
    assert matlab.min(a, d).tolist() == [5, -128, 3]
    assert matlab.min(a, d).dtype == np.int8
    # compared in int64, not in double: 2^53 + 1 > 2^53
    big = np.int64(9007199254740993)
    assert matlab.max(big, 2.0 ** 53) == 9007199254740993
    assert matlab.min(big, 2.0 ** 53) == 9007199254740992
    assert matlab.max(np.uint64(18446744073709551615), 1e20) == 18446744073709551615


def test_minmax_nan_facing_integers():
    a = np.int8([5, -100, 3])
    n = np.array([1.0, np.nan, np.nan])
    assert matlab.max(a, n).tolist() == [5, -100, 3]          # 'omitnan' default
    assert matlab.min(a, n).tolist() == [1, -100, 3]
    assert matlab.max(a, n, "includenan").tolist() == [5, 0, 0]   # NaN -> int8 0
    assert matlab.max(a, n, "includenan").dtype == np.int8


# ------------------------------------------------------- 2. int64 arithmetic and NaN
def test_integer_with_nan_is_zero_in_every_class():
    # MATLAB Answers 238372 (R2014a): nan + int8(1) + int8(-5) + int8(-3) = -8
    r = matlab.plus(matlab.plus(matlab.plus(np.nan, np.int8(1)), np.int8(-5)), np.int8(-3))
    assert r.dtype == np.int8 and r == -8
    for cls in (np.int32, np.int64, np.uint64):
        assert matlab.plus(cls(5), np.nan) == 0 and matlab.plus(cls(5), np.nan).dtype == cls
        assert matlab.minus(np.nan, cls(7)) == 0
    assert matlab.plus(np.int64(9007199254740993), np.nan) == 0


def test_int64_with_doubles_beyond_2p53_is_exact_and_rounds_half_away():
    assert matlab.plus(np.int64(9007199254740993), 2.0 ** 60) == 1161928703861587969
    assert matlab.minus(np.uint64(18446744073709551615), 1e19) == 8446744073709551615
    assert matlab.minus(np.int64(9223372036854775807), 0.5) == 9223372036854775807
    assert matlab.minus(np.int64(9007199254740993), 0.5) == 9007199254740993
    assert matlab.plus(np.int64(-9007199254740993), -0.5) == -9007199254740994
    assert matlab.rdivide(np.uint64(18446744073709551615), 2.0) == 9223372036854775808
    assert matlab.plus(np.int64(4611686018427387904), 2.0 ** 62) == 9223372036854775807
    assert matlab.times(np.int64(-5), np.inf) == -9223372036854775808
    assert matlab.rdivide(np.int64(0), 0.0) == 0


# ------------------------------------------------------------ 3. mat2str of integers
def test_mat2str_integer_classes_follow_matlabs_rules():
    # rules of MathWorks' mat2str.m (R2023): %.Ng for int8..uint32 with a precision,
    # %d/%u for 64-bit integers unless the precision is below their digit count
    assert matlab.mat2str(np.array([[100, -5]], np.int8), 1) == "[1e+02 -5]"
    assert matlab.mat2str(np.uint64(123), 2) == "1.2e+02"
    assert matlab.mat2str(np.array([[-32768, 7]], np.int16), 3, "class") == \
        "int16([-3.28e+04 7])"
    assert matlab.mat2str(np.int64(100), 2) == "100"          # 100 counts 2 digits
    assert matlab.mat2str(np.int64(101), 2) == "1e+02"
    assert matlab.mat2str(np.int64(9007199254740993), 3) == "9.01e+15"
    assert matlab.mat2str(np.int64(9007199254740993), 16) == "9007199254740993"
    assert matlab.mat2str(np.array([[9007199254740993, -9223372036854775807]],
                                   np.int64)) == "[9007199254740993 -9223372036854775807]"


def test_mat2str_class_wraps_64bit_elements_beyond_flintmax():
    assert matlab.mat2str(np.array([[9007199254740993], [1]], np.int64), "class") == \
        "int64([int64(9007199254740993);1])"
    assert matlab.mat2str(np.array([[-9007199254740992, 5]], np.int64), "class") == \
        "int64([int64(-9007199254740992) 5])"
    assert matlab.mat2str(np.array([[9007199254740991, 5]], np.int64), "class") == \
        "int64([9007199254740991 5])"
    assert matlab.mat2str(np.uint64(18446744073709551615), "class") == \
        "uint64(18446744073709551615)"
    assert matlab.mat2str(np.array([[-128, 127]], np.int8), "class") == "int8([-128 127])"


# ------------------------------------------------------------- 4. median of classes
def test_median_of_logical_is_logical():
    # MathWorks' median.m: logical data average the two middle values as a | b
    r = matlab.median(np.array([True, False, True, False]))
    assert r.dtype == np.bool_ and bool(r) is True
    r = matlab.median(np.array([[True, False], [True, True], [False, False]]))
    assert r.dtype == np.bool_ and r.tolist() == [[True, False]]
    r = matlab.median(np.array([False, False, True, False]))
    assert r.dtype == np.bool_ and bool(r) is False
    e = matlab.median(np.zeros((0, 0), bool))           # zeros("like", x)
    assert e.dtype == np.bool_ and e.shape == (1, 1) and not e[0, 0]
    assert matlab.median(np.array([True, False]), "double") == 0.5


def test_median_integer_classes_and_omitnan():
    m = matlab.median(np.array([[1, -3, -128, -6, 0], [2, -2, 127, -5, -1]], np.int8))
    assert m.dtype == np.int8 and m.tolist() == [[2, -3, -1, -6, -1]]
    assert matlab.median(np.uint8([254, 255])) == 255            # no saturation
    assert matlab.median(np.int64([9007199254740993, 9007199254740996])) == \
        9007199254740995                                          # exact, half away
    assert matlab.median(np.zeros((0, 0), np.int16)).dtype == np.int16
    assert matlab.median(np.array([1.0, np.nan, 3.0, 8.0]), "omitnan") == 3.0
    assert np.isnan(matlab.median(np.array([np.nan, np.nan]), "omitnan"))
    assert np.isnan(matlab.median(np.array([1.0, np.nan, 3.0])))


# ------------------------------------------------------- 5. sort of complex NaN/Inf
def _cplx(re, im):
    z = np.asarray(re, dtype=float).astype(complex)
    z.imag = im
    return z


def test_sort_complex_nan_inf_order():
    nan, inf = np.nan, np.inf
    z = _cplx([[3, nan, -5, inf, 1, 0, -inf, 1, -1, 0, 4]],
              [[4, 0, 0, 1, nan, 5, 0, 0, 0, -inf, -3]])
    _, i = matlab.sort(z, nargout=2)                 # Octave 7.3's indices
    assert i.tolist() == [[8, 9, 11, 1, 6, 3, 10, 4, 7, 2, 5]]
    _, i = matlab.sort(z, "descend", nargout=2)
    assert i.tolist() == [[2, 5, 7, 4, 10, 3, 6, 1, 11, 9, 8]]


def test_sort_missing_block_in_index_order_for_every_comparison():
    nan = np.nan
    z = _cplx([[nan, 1, nan, 2, nan]], [[0, nan, nan, 0, -1]])
    for method in ("auto", "abs", "real"):
        _, i = matlab.sort(z, "ComparisonMethod", method, nargout=2)
        assert i.tolist() == [[4, 1, 2, 3, 5]], method
        _, i = matlab.sort(z, "descend", "ComparisonMethod", method, nargout=2)
        assert i.tolist() == [[1, 2, 3, 5, 4]], method
    _, i = matlab.sort(np.array([[2, nan, -np.inf, 1, np.inf, -2, nan]]), "descend",
                       nargout=2)
    assert i.tolist() == [[2, 7, 5, 1, 4, 6, 3]]


def test_mat2str_shaped_empty_and_zero_imaginary_parts():
    # MathWorks' mat2str.m: '[]' only for 0x0; imagStr(imagVal == 0) = ""
    assert matlab.mat2str(np.zeros((3, 0))) == "zeros(3,0)"
    assert matlab.mat2str(np.zeros((0, 3), np.int8), "class") == "int8(zeros(0,3))"
    assert matlab.mat2str(np.zeros((0, 0))) == "[]"
    assert matlab.mat2str(np.array([[1 + 2j, 3]])) == "[1+2i 3]"
    assert matlab.mat2str(np.array([[1 + 2j, complex(3, -0.0)]]), "class") == \
        "double([1+2i 3])"
    assert matlab.mat2str(np.array([[1 + 2j, 3 - 1j]])) == "[1+2i 3-1i]"


def test_mat2str_nonfinite_imaginary_parts_evaluate():
    z = np.array([[1, 1, np.nan, np.inf]], dtype=complex)
    z.imag = [[np.inf, -np.inf, np.nan, 2]]
    assert matlab.mat2str(z) == "[1+1i*Inf 1-1i*Inf NaN+1i*NaN Inf+2i]"


def test_mat2str_char_is_quoted():
    assert matlab.mat2str("abc") == "'abc'"
    assert matlab.mat2str("it's") == "'it''s'"
    assert matlab.mat2str("a\nb") == "['a' char(10) 'b']"
    assert matlab.mat2str("x\ty") == "'x\ty'"           # TAB is not rewritten
    assert matlab.mat2str("") == "''"
    assert matlab.mat2str("ab", 3, "class") == "'ab'"   # n and 'class' ignored
