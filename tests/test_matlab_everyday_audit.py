"""Regression tests of the everyday-routine audit against Octave (helper-144): each test
pins one difference found by random differential runs. Expected values are written out
here from MATLAB's documented rules (or computed with Python integers), never by the code
under test."""

import numpy as np

from compat import matlab


# ---------------------------------------------------------------------------- median
def test_median_int64_beyond_2_53_is_exact():
    # the middle element itself; compat went through double and gave 9007199254740992
    a = np.array([9007199254740993, 1, 9007199254740995], dtype=np.int64)
    m = matlab.median(a)
    assert m.dtype == np.int64 and int(m) == 9007199254740993
    u = np.array([18446744073709551613, 1, 18446744073709551615], dtype=np.uint64)
    assert int(matlab.median(u)) == 18446744073709551613
    # even count: (p + q) / 2 in exact integers, half away from zero
    b = np.array([9007199254740993, 9007199254740996], dtype=np.int64)
    assert int(matlab.median(b)) == 9007199254740995
    assert int(matlab.median(np.array([-3, -2], dtype=np.int64))) == -3


def test_median_odd_count_keeps_negative_zero():
    # MATLAB and Octave return the middle element: -0 stays -0 (numpy's mean made it +0)
    m = matlab.median(np.array([[1.0, -0.0, -2.0]]))
    assert m == 0 and np.signbit(m).all()
    m = matlab.median(np.array([[np.nan, -0.0, np.nan]], dtype=np.float32), 'omitnan')
    assert m.dtype == np.float32 and np.signbit(m).all()
    # even count averages: (-0 + 1)/2
    assert matlab.median(np.array([-0.0, 1.0])) == 0.5


# ------------------------------------------------------------------------- max / min
def test_max_min_of_two_shaped_empty_arrays_is_elementwise():
    # MATLAB's placeholder [] is 0x0; a 3x0 second array is data: max(A, B) of two 3x0
    # arrays is 3x0 in their common class (int8 with double -> int8), as Octave gives
    a = np.zeros((3, 0))
    b = np.zeros((3, 0), dtype=np.int8)
    for f in (matlab.max, matlab.min):
        r = f(a, b)
        assert r.shape == (3, 0) and r.dtype == np.int8
    r = matlab.max(np.zeros((0, 3), dtype=bool), np.zeros((0, 3), dtype=np.uint8))
    assert r.shape == (0, 3) and r.dtype == np.uint8
    # the 0x0 placeholder keeps the reduction form
    assert matlab.max(np.array([[1.0, 5.0, 2.0]]), np.zeros((0, 0))) == 5.0


# ---------------------------------------------------------------------------- unique
def test_unique_last_of_empty_input():
    # 'last' looked for the end of a group in an empty array (IndexError)
    for shape, c_shape in [((0, 0), (0, 0)), ((1, 0), (1, 0)), ((0, 3), (0, 1))]:
        C, ia, ic = matlab.unique(np.zeros(shape, dtype=np.uint16), 'last', nargout=3)
        assert C.shape == c_shape and C.dtype == np.uint16
        assert ia.size == 0 and ic.size == 0
    C = matlab.unique(np.zeros((0, 3)), 'rows', 'last')
    assert C.shape == (0, 3)


# ------------------------------------------------------------------- trapz / cumtrapz
def test_trapz_empty_y_with_dim():
    # a scalar second argument is dim (MATLAB's trapz(Y, dim)); an empty Y was taken for
    # X and refused ("X must be a scalar, a vector, or an array of the size of Y")
    q = matlab.trapz(np.zeros((0, 3)), 2)
    assert q.shape == (0, 1)
    assert matlab.trapz(np.zeros((0, 3)), 1).tolist() == [[0.0, 0.0, 0.0]]
    assert matlab.trapz(np.zeros((3, 0)), 2).tolist() == [[0.0], [0.0], [0.0]]
    assert matlab.cumtrapz(np.zeros((3, 0)), 1).shape == (3, 0)
    # X given as a scalar spacing with a scalar Y stays trapz(X, Y)
    assert matlab.trapz(2.0, 5.0) == 0


# ------------------------------------------------------------------------ accumarray
def test_accumarray_without_subscripts_keeps_the_value_class():
    # numpy's bincount of no subscripts is int64 even with float weights
    a = matlab.accumarray(np.zeros((0, 1)), np.zeros((0, 1)))
    assert a.shape == (0, 1) and a.dtype == np.float64
    a = matlab.accumarray(np.zeros((0, 1)), 5.0, [3, 1])
    assert a.dtype == np.float64 and a.tolist() == [[0.0], [0.0], [0.0]]
    a = matlab.accumarray(np.zeros((0, 1)), np.zeros((0, 1), dtype=np.float32), [2, 1])
    assert a.dtype == np.float32
    assert matlab.accumarray(np.zeros((0, 1)), np.zeros((0, 1), dtype=bool)).dtype == np.float64


# --------------------------------------------------------------------------- str2num
def test_str2num_true_false_are_logical():
    # MATLAB evaluates the text: true/false are logical, arithmetic on them is double
    x = matlab.str2num('[true false]')
    assert x.dtype == bool and x.tolist() == [[True, False]]
    assert matlab.str2num("[true; false]'").tolist() == [[True, False]]
    for text, expected in [('true + 1', 2.0), ('-true', -1.0), ('true*3', 3.0),
                           ('2^true', 2.0)]:
        v = matlab.str2num(text)
        assert v.dtype == np.float64 and v.tolist() == [[expected]]
    v = matlab.str2num('[true 2]')          # concatenation with a double is double
    assert v.dtype == np.float64 and v.tolist() == [[1.0, 2.0]]


# --------------------------------------------------------------------------- interp1
def test_interp1_next_previous_with_decreasing_x():
    # MATLAB: the next/previous grid point among the values of x, whatever their listed
    # order (Octave 7.3 swaps the two methods for a decreasing x: divergent golden)
    x, v, xq = [3.0, 2.0, 1.0], [30.0, 20.0, 10.0], [1.5, 2.5, 2.0]
    assert np.asarray(matlab.interp1(x, v, xq, 'next')).tolist() == [20.0, 30.0, 20.0]
    assert np.asarray(matlab.interp1(x, v, xq, 'previous')).tolist() == [10.0, 20.0, 20.0]
    # the same answers as for the increasing listing
    assert np.asarray(matlab.interp1(x[::-1], v[::-1], xq, 'next')).tolist() == \
        [20.0, 30.0, 20.0]


# ------------------------------------------------------- int64 with fractional doubles
def test_int64_arithmetic_with_fractional_double_is_exact():
    # the exact rational result rounded half away from zero, computed here with Python
    # integers; the double route lost the low bits above 2^53
    big = 2 ** 53 + 1
    assert int(matlab.plus(np.int64(big), 0.5)) == big + 1            # big + 0.5 -> away
    assert int(matlab.times(np.int64(big), 0.5)) == (big + 1) // 2    # 2^52 + 0.5 -> away
    assert int(matlab.minus(np.int64(big), 0.25)) == big              # big - 0.25
    assert int(matlab.times(np.int64(-big), 1.5)) == -(3 * big + 1) // 2
    # 2^62 / 0.75 = 2^64 / 3 = 6148914691236517205.33...
    assert int(matlab.rdivide(np.int64(2 ** 62), 0.75)) == 2 ** 64 // 3
    # uint64 saturates; NaN gives 0, Inf the limit (as before)
    assert int(matlab.minus(np.uint64(2 ** 64 - 1), 0.5)) == 2 ** 64 - 1
    assert int(matlab.plus(np.uint64(3), -3.5)) == 0
    r = matlab.plus(np.array([[1, 2 ** 62]], dtype=np.int64), np.array([[np.nan, np.inf]]))
    assert r.dtype == np.int64 and r.tolist() == [[0, 2 ** 63 - 1]]


# ------------------------------------------------------------ mod/rem of int64 by double
def test_mod_rem_int64_by_whole_double_is_exact():
    big = 2 ** 53 + 1                     # not representable in double
    assert int(matlab.mod(np.int64(big), 2)) == big % 2 == 1
    assert int(matlab.rem(np.int64(-big), 10.0)) == -(big % 10) == -3
    assert int(matlab.mod(np.int64(-big), 10.0)) == (-big) % 10
    # the infinite divisor: mod(x, Inf) is x for x >= 0, rem(x, Inf) is x
    assert int(matlab.mod(np.int64(2 ** 63 - 2), np.inf)) == 2 ** 63 - 2
    assert int(matlab.rem(np.int64(-big), -np.inf)) == -big
    # mod(x, 0) is x, rem(x, 0) NaN -> 0; a fractional divisor keeps the double route
    assert int(matlab.mod(np.int64(big), 0.0)) == big
    assert int(matlab.rem(np.int64(big), 0.0)) == 0
    r = matlab.mod(np.array([[1, 2, 3]], dtype=np.int64), np.nan)
    assert r.dtype == np.int64 and r.tolist() == [[0, 0, 0]]


def test_accumarray_int64_sums_are_exact():
    # int64/uint64 values summed in Python integers, then saturated (double rounded
    # 2^53 + 1 + 1 to 2^53); the class of VAL is kept
    b = 2 ** 53
    a = matlab.accumarray(np.array([[1], [1]]), np.array([b + 1, 1], dtype=np.int64))
    assert a.dtype == np.int64 and a.tolist() == [[b + 2]]
    a = matlab.accumarray(np.array([[1], [2], [1]]),
                          np.array([2 ** 63 - 1, 5, 1], dtype=np.int64))
    assert a.ravel().tolist() == [2 ** 63 - 1, 5]
    a = matlab.accumarray(np.array([[1], [1]]), np.array([2 ** 64 - 1, 1], dtype=np.uint64))
    assert a.dtype == np.uint64 and a.ravel().tolist() == [2 ** 64 - 1]
