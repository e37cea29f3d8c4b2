"""MATLAB's trigonometry in degrees (compat.matlab.degrees): exact values at the
multiples of 45 and 90 degrees, the signs of tand's poles (MATLAB's, where Octave 7.3
diverges), MATLAB's complex branch of the inverses, classes, and random angles against
live GNU Octave in one batch."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import as2d, run_octave_calls


def test_exact_quarter_and_half_turns():
    q = np.arange(-8, 9) * 45.0
    t = matlab.tand(q)
    r = np.mod(q, 360)
    assert np.all(t[r % 180 == 0] == 0)
    assert np.all(t[(r == 45) | (r == 225)] == 1) and np.all(t[(r == 135) | (r == 315)] == -1)
    # MATLAB's poles: +Inf at 90 + 360k, -Inf at 270 + 360k (Octave: +Inf at both)
    assert np.all(t[r == 90] == np.inf) and np.all(t[r == 270] == -np.inf)
    assert matlab.cotd(45.0) == 1 and matlab.cotd(90.0) == 0 and matlab.cotd(0.0) == np.inf
    assert np.signbit(matlab.cotd(270.0)) == False          # noqa: E712 (+0, not -0)
    assert matlab.secd(90.0) == np.inf and matlab.cscd(180.0) == np.inf
    assert np.allclose(matlab.secd([0, 60, 180]), [1, 2, -1])


def _listing_sind_cosd(x: float):
    """sind/cosd by the steps of MATLAB's sind.m/cosd.m listing (revision 1.1.6.2, 2003):
    n = round(x/90) with MATLAB's round (ties away from zero, done here in rationals),
    r = x - n*90, the quadrant mod(n, 4) picking sin/cos of pi/180*r."""
    import math
    from fractions import Fraction
    q = Fraction(x) / 90
    n = math.floor(abs(q) + Fraction(1, 2)) * (1 if q >= 0 else -1)
    r = math.pi / 180 * (x - n * 90)
    s, c = math.sin(r), math.cos(r)
    m = n % 4
    return [s, c, -s, -c][m], [c, -s, -c, s][m]


@pytest.mark.parametrize("x", [45.0, 135.0, 225.0, 315.0, -45.0, -135.0, -225.0, -315.0,
                               405.0, 3645.0, -4005.0, 22.5, 67.5, 30.0, 60.0])
def test_odd_multiples_of_45_round_halves_away(x):
    # MATLAB's listing rounds x/90 = 0.5 to 1: sind(45) is cos(-pi/4) = 0.7071067811865476
    # (numpy's half-to-even round gives 0 and sin(pi/4) = 0.7071067811865475)
    s, c = _listing_sind_cosd(x)
    assert matlab.sind(x) == s and matlab.cosd(x) == c


def test_sind_45_values():
    assert matlab.sind(45.0) == 0.7071067811865476 and matlab.cosd(45.0) == 0.7071067811865475
    assert matlab.sind(-45.0) == -0.7071067811865476 and matlab.sind(225.0) == -0.7071067811865476
    assert matlab.sind(135.0) == 0.7071067811865475 and matlab.cosd(135.0) == -0.7071067811865476
    y = matlab.sind(np.float32([45, -45]))
    assert y.dtype == np.float32 and y[0] == -y[1]


def test_naive_numpy_differs():
    assert np.tan(np.deg2rad(90)) != np.inf and matlab.tand(90.0) == np.inf
    assert np.sin(np.deg2rad(180)) != 0 and matlab.sind(180.0) == 0


def test_inverse_branches():
    assert matlab.asind(2.0) == pytest.approx(90 - 75.45612929021688j)
    assert matlab.asind(-2.0) == pytest.approx(-90 + 75.45612929021688j)
    assert matlab.acosd(2.0) == pytest.approx(75.45612929021688j)
    assert matlab.acosd(-2.0) == pytest.approx(180 - 75.45612929021688j)
    y = matlab.asind(np.array([0.5, 2.0]))
    assert y.dtype == np.complex128 and y[0] == pytest.approx(30)
    assert matlab.acotd(0.0) == 90 and matlab.acscd(np.inf) == 0
    assert matlab.atan2d(0.0, -1.0) == 180 and matlab.atan2d(-0.0, -1.0) == -180


def test_classes_and_errors():
    assert matlab.tand(np.float32([45, 10])).dtype == np.float32
    assert matlab.asind(np.float32([2])).dtype == np.complex64
    assert matlab.deg2rad(np.float32(180)).dtype == np.float32
    assert matlab.rad2deg(np.pi) == 180.0
    for f in (matlab.tand, matlab.asind, matlab.deg2rad, matlab.rad2deg):
        with pytest.raises(TypeError, match=f.__legacy_name__):
            f(np.int8([90]))
    with pytest.raises(ValueError, match="tand: X must be real"):
        matlab.tand(1j)
    assert np.ndim(matlab.tand(45.0)) == 0 and matlab.tand([[45.0]]).shape == (1, 1)


def _forward_rtol(name, x):
    """Relative tolerance of tand/secd/cscd against Octave, per element: Octave converts
    the whole angle (tan((x/180)*pi)), compat reduces it first, so the two arguments in
    radians differ by up to an ulp of x*pi/180; the result moves by that times the
    function's relative condition number -- |theta|*(|tan| + |cot|) for tan,
    |theta*tan| for sec, |theta*cot| for csc -- large near the poles (at 89.98 degrees
    tan is 2925 and the two differ by 1.7e-12). Four ulps of margin, 3e-13 at least."""
    theta = np.abs(np.asarray(x, dtype=float)) * np.pi / 180
    t = np.abs(np.tan(theta))
    with np.errstate(divide="ignore"):
        cond = {"tand": theta * (t + 1 / t), "secd": theta * t, "cscd": theta / t}[name]
    return np.maximum(4 * np.finfo(float).eps * cond, 3e-13)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(16)
    cases, ours, tols = [], [], []
    for _ in range(4):
        a = rng.uniform(-400, 400, size=(2, 6))
        v = rng.uniform(-1, 1, size=(2, 6))
        b = rng.standard_normal((2, 6))
        for name, arg, tol in (("tand", a, None), ("secd", a, None), ("cscd", a, None),
                               ("asind", v, 1e-15), ("acosd", v, 1e-15), ("atand", b, 1e-15),
                               ("acotd", b, 1e-15), ("deg2rad", a, 0), ("rad2deg", b, 0)):
            cases.append((f"{name}(x)", {"x": arg}, 1))
            ours.append(getattr(matlab, name)(arg))
            tols.append(tol if tol is not None else _forward_rtol(name, arg))
        cases.append(("atan2d(y, x)", {"y": b, "x": v}, 1))
        ours.append(matlab.atan2d(b, v))
        tols.append(1e-15)
    results = run_octave_calls(cases)
    for (call, _, _), got, mine, tol in zip(cases, results, ours, tols):
        assert not isinstance(got, Exception), (call, got)
        g, m = np.asarray(got[0]), as2d(mine)
        assert g.shape == m.shape, call
        rtol = np.asarray(tol, dtype=float)
        if rtol.ndim:                      # per element: |m - g| <= rtol * |g|
            assert np.all(np.abs(m - g) <= rtol.reshape(g.shape) * np.abs(g) + 1e-300), call
        else:
            np.testing.assert_allclose(m, g, rtol=tol, atol=tol * 10, err_msg=call)


def test_inverse_reciprocals_at_zero_and_infinity():
    """asecd(0) = 0 + Inf i, acscd(0) = 90 - Inf i (acosd/asind of Inf on MATLAB's
    branch; GNU Octave 7.3 prints the same) -- not NaN + NaN i from a complex product --
    and the signed zeros of atand: acotd(-Inf) = -0, acotd(-0) = -90."""
    a = matlab.asecd(0.0)
    assert a.real == 0 and a.imag == np.inf
    c = matlab.acscd(np.float32(0))
    assert c.dtype == np.complex64 and c.real == 90 and c.imag == -np.inf
    z = matlab.acotd(-np.inf)
    assert z == 0 and np.signbit(z)
    assert matlab.acotd(-0.0) == -90.0 and matlab.acotd(0.0) == 90.0
    assert np.signbit(matlab.asind(-0.0)) and np.signbit(matlab.atand(-0.0))
    m = matlab.acscd([0.5, -0.5, 0.0])
    np.testing.assert_allclose(m[:2], [90 - 75.456129290216893j, -90 + 75.456129290216893j])
    assert m[2].real == 90 and m[2].imag == -np.inf


# ------------------------------------------------------------------ sinpi / cospi
def test_sinpi_cospi_exact_at_integers_and_halves():
    n = np.arange(-20, 21, dtype=float)
    assert np.all(matlab.sinpi(n) == 0) and not np.any(np.signbit(matlab.sinpi(n)))
    assert np.array_equal(matlab.cospi(n), np.where(n % 2 == 0, 1.0, -1.0))
    h = n + 0.5
    assert np.array_equal(matlab.sinpi(h), np.where(np.floor(h) % 2 == 0, 1.0, -1.0))
    assert np.all(matlab.cospi(h) == 0)
    big = np.array([1e17, -1e17, 2.0 ** 53 + 2, 2.0 ** 52 + 1, 1e300])
    assert np.all(matlab.sinpi(big) == 0)
    assert list(matlab.cospi(big)) == [1, 1, 1, -1, 1]
    assert np.isnan(matlab.sinpi(np.array([np.inf, -np.inf, np.nan]))).all()


def test_sinpi_cospi_against_the_reduced_angle():
    # sin(pi x) = (-1)^k sin(pi (x - k)) for the integer k nearest x: the remainder is
    # exact in floating point for |x| < 2^52, and sin of pi*r (|r| <= 1/2) is accurate
    # to an ulp or two of the result; compat reduces further to |r| <= 1/4.
    import math
    rng = np.random.default_rng(1255)
    x = np.concatenate([rng.uniform(-10, 10, 2000), rng.uniform(-1e6, 1e6, 200),
                        10.0 ** rng.uniform(-30, -1, 200)])
    for v, s, c in zip(x, matlab.sinpi(x), matlab.cospi(x)):
        k = round(v)
        r = v - k
        sign = -1.0 if k % 2 else 1.0
        assert abs(s - sign * math.sin(math.pi * r)) <= 4e-16 * max(abs(s), 1e-300) + 1e-300 \
            or abs(s - sign * math.sin(math.pi * r)) <= 2.3e-16
        assert abs(c - sign * math.cos(math.pi * r)) <= 2.3e-16
    tiny = 1e-20
    assert matlab.sinpi(tiny) == math.pi * tiny           # Octave 7.3 gives 0
    assert matlab.sinpi(np.float32(0.5)) == 1 and matlab.sinpi(np.float32([0.5])).dtype == np.float32


def test_sinpi_cospi_complex_and_errors():
    z = np.array([0.3 + 0.7j, -1.25 - 0.2j])
    np.testing.assert_allclose(matlab.sinpi(z), np.sin(np.pi * z), rtol=1e-14)
    np.testing.assert_allclose(matlab.cospi(z), np.cos(np.pi * z), rtol=1e-14)
    assert matlab.sinpi(1 + 1j).real == 0
    with pytest.raises(TypeError, match="^sinpi: X must be double or single"):
        matlab.sinpi(np.int8([1]))


@pytest.mark.octave
def test_sinpi_cospi_against_octave():
    rng = np.random.default_rng(1256)
    x = np.concatenate([rng.uniform(-8, 8, (1, 40)), rng.integers(-9, 10, (1, 10)) / 2.0], axis=1)
    got = run_octave_calls([("sinpi(x)", {"x": x}, 1), ("cospi(x)", {"x": x}, 1)])
    for (res,), mine in zip(got, (matlab.sinpi(x), matlab.cospi(x))):
        # Octave rounds mod(x - 1, 2) (or x - 0.5): an absolute error up to eps(16)/2 * pi
        np.testing.assert_allclose(mine, np.asarray(res), rtol=0, atol=6e-15)
