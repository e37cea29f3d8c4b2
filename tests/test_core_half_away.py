"""compat._core.half_away.round_half_away against the definition, computed exactly in
rational arithmetic: the integer nearest x, a tie going to the one of larger magnitude;
and the call sites that used to round with floor(|x| + 0.5)."""

import math
from fractions import Fraction

import numpy as np
import pytest

from compat._core.half_away import round_half_away

EDGES = [0.0, 0.5, 1.5, 2.5, 0.49999999999999994, 0.5000000000000001, 1.4999999999999998,
         2.0 ** 52 - 0.5, 2.0 ** 52, 2.0 ** 52 + 1, 2.0 ** 53 - 1, 2.0 ** 53, 2.0 ** 51 + 0.5,
         2.0 ** 51 - 0.5, 1e300, 5e-324, 2.225e-308, 4503599627370495.5, 0.3, 0.7]


def definition(x: float) -> float:
    """The exact rule: floor(|x| + 1/2) with the sign of x, in rationals (no rounding)."""
    q = Fraction(x)
    r = math.floor(abs(q) + Fraction(1, 2))
    return math.copysign(float(r), x)


def same_bits(a, b):
    a, b = np.asarray(a), np.asarray(b)
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


@pytest.mark.parametrize("x", EDGES + [-v for v in EDGES])
def test_edge_values_against_the_definition(x):
    got = round_half_away(np.array([x]))[0]
    assert same_bits(got, np.float64(definition(x))), (x, got)


def test_floor_shortcut_fails_where_this_holds():
    # the copies this replaced: floor(x + 0.5) rounds these wrongly
    assert np.floor(0.49999999999999994 + 0.5) == 1.0
    assert np.floor(2.0 ** 52 + 1 + 0.5) == 2.0 ** 52 + 2
    assert round_half_away(0.49999999999999994) == 0.0
    assert round_half_away(2.0 ** 52 + 1) == 2.0 ** 52 + 1


def test_random_doubles_against_the_definition():
    rng = np.random.default_rng(125)
    x = np.concatenate([rng.standard_normal(3000) * 10,
                        np.round(rng.uniform(-1e6, 1e6, 2000)) + 0.5,
                        np.ldexp(rng.uniform(1, 2, 1000), rng.integers(-60, 60, 1000))
                        * rng.choice([-1, 1], 1000)])
    got = round_half_away(x)
    want = np.array([definition(float(v)) for v in x])
    assert same_bits(got, want)


def test_float32_against_the_definition_and_kept():
    rng = np.random.default_rng(126)
    x = np.concatenate([(rng.standard_normal(2000) * 100).astype(np.float32),
                        np.float32([0.49999997, -0.49999997, 2.0 ** 23 + 1, 2.5, -3.5,
                                    2.0 ** 22 + 0.5])])
    got = round_half_away(x)
    assert got.dtype == np.float32
    want = np.array([definition(float(v)) for v in x], dtype=np.float64).astype(np.float32)
    assert same_bits(got, want)
    assert got[-6] == 0 and got[-4] == 2.0 ** 23 + 1 and got[-1] == 2.0 ** 22 + 1


def test_signed_zero_as_c_round():
    out = round_half_away(np.array([-0.0, -0.3, -0.49999999999999994, 0.0, 0.3]))
    assert list(np.signbit(out)) == [True, True, True, False, False]
    assert np.all(out == 0)


def test_nan_and_inf_pass_through():
    out = round_half_away(np.array([np.nan, np.inf, -np.inf, 1.5]))
    assert np.isnan(out[0]) and out[1] == np.inf and out[2] == -np.inf and out[3] == 2


@pytest.mark.parametrize("dtype", [np.int8, np.uint8, np.int32, np.int64, np.uint64, bool])
def test_integer_input_unchanged(dtype):
    a = np.array([0, 1, 1, 0], dtype=dtype)
    if dtype is not bool:
        a = np.array([np.iinfo(dtype).min, 0, 7, np.iinfo(dtype).max], dtype=dtype)
    out = round_half_away(a)
    assert same_bits(out, a) and out is not a


def test_no_mutation_and_shapes():
    a = np.array([[0.5, -1.5], [2.5, 3.2]])
    a.setflags(write=False)
    out = round_half_away(a)
    assert out.shape == (2, 2) and list(out.ravel()) == [1, -2, 3, 3]
    assert isinstance(round_half_away(np.array(2.5)), np.float64)
    assert round_half_away(np.float32(-2.5)) == np.float32(-3)
    assert round_half_away(2.5) == 3.0


def test_complex_part_by_part():
    out = round_half_away(np.array([2.5 - 0.5j, -1.5 + 0.49999999999999994j]))
    assert list(out) == [3 - 1j, -2 + 0j]


def test_text_is_refused():
    with pytest.raises(TypeError, match="round_half_away"):
        round_half_away(np.array(["a"]))


# ----------------------------------------------------------------- the former copies
def test_strel_line_uses_the_exact_round():
    # (len-1)/2 * sin(30 deg) is 0.49999999999999994 in double; MATLAB's round (exact,
    # halves away) gives 0, so strel('line', 3, 30) is horizontal. Octave 7.3's
    # getnhood(strel('line', 3, 30)) prints [1 1 1]; the former floor(|x| + 0.5) gave
    # the anti-diagonal.
    from compat import matlab
    s = matlab.strel("line", 3, 30)
    nh = s.getnhood() if hasattr(s, "getnhood") else s.Neighborhood
    assert np.array_equal(np.asarray(nh).astype(int), [[1, 1, 1]])


def test_matlab_integer_conversion_edges():
    from compat import matlab
    x = np.array([0.49999999999999994, -0.49999999999999994, 2.5, -2.5, 126.5, -127.5])
    assert list(matlab.int8(x)) == [0, 0, 3, -3, 127, -128]


def test_idl_round_edges():
    from compat import idl
    x = np.array([0.49999999999999994, -0.49999999999999994, 2.5, -2.5, -0.3])
    assert list(idl.round(x)) == [0, 0, 3, -3, 0]
