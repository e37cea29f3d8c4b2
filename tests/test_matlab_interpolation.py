"""Tests of the MATLAB interpolation family: compat.matlab.interp1, interp2 and the
kernels in compat._core.interpolation.

References, independent of the code under test:

* 'linear': a loop over the intervals written from the definition, in the pp form
  MATLAB's mkpp/ppval (and Octave) use, ``slope*(xq - x(i)) + v(i)``: bit-identical.
* 'pchip': interior slopes against SciPy's PchipInterpolator (the same Fritsch-Butland
  harmonic mean; SciPy's *end* slopes differ, so the ends are checked against the
  three-point formula of MATLAB's pchip written out by hand); monotone data stay
  monotone.
* 'makima': SciPy's ``Akima1DInterpolator(method='makima')`` inside the data range.
* 'spline': exactness for cubic polynomials (not-a-knot reproduces cubics), the line
  for 2 points and the parabola for 3.
* 'v5cubic': Keys' cubic convolution with the v5 end conditions reproduces quadratics
  exactly on uniform samples.
* interp2: bilinear by a loop; 'spline' reproduces bicubic polynomials, 'cubic'
  biquadratics on uniform grids, 'makima' bilinear functions.
* live GNU Octave 7.3 (one batched run) for linear/nearest/previous/next/pchip/spline
  in 1-D and linear/nearest/spline in 2-D.

Tolerances: the pp arithmetic of 'linear' is the same as the reference and Octave's,
so exact; cubic methods computed in another order differ by a few ulps of the values
times the conditioning of a Hermite/spline evaluation, bounded here by
``1e-13 * max(1, |value|)`` (a factor of about 100 above the observed 1e-15 relative).
"""

from __future__ import annotations


import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from scipy.interpolate import Akima1DInterpolator, CubicSpline, PchipInterpolator

from compat import CompatWarning
from compat._core.interpolation import Interpolant1D, ppval
from compat.matlab import interp1, interp2
from oracles import run_octave

RNG = np.random.default_rng(20240901)
METHODS = ["linear", "nearest", "next", "previous", "pchip", "cubic", "v5cubic",
           "makima", "spline"]
CUBIC_TOL = 1e-13


def _data(n=12, m=None, uniform=False):
    x = np.arange(n) * 0.7 + 0.3 if uniform else np.sort(RNG.uniform(0, 10, n))
    v = RNG.standard_normal(n if m is None else (n, m))
    return x, v


# --------------------------------------------------------------------------- printed values
def test_matlab_answers_previous_example():
    # MATLAB Answers 320154: vq = 17 100 100 17 NaN
    vq = interp1([1, 2, 4], [17, 100, 17], np.arange(1, 6), "previous")
    np.testing.assert_array_equal(vq, [17, 100, 100, 17, np.nan])
    # with 'extrap' the last sample is repeated
    vq = interp1([1, 2, 4], [17, 100, 17], np.arange(1, 6), "previous", "extrap")
    np.testing.assert_array_equal(vq, [17, 100, 100, 17, 17])


def test_story3_scalar_queries():
    ts, mt = np.array([[0.0, 1, 2, 3]]), np.array([[3.0, 7, 4, 2]])
    assert interp1(ts, mt, 1.5) == 5.5
    assert isinstance(interp1(ts, mt, 1.5), np.float64)
    assert np.isnan(interp1(ts, mt, 3.5))
    assert interp1([0, 1, 2, 3], [3, 7, 4, 2], 3) == 2.0


# --------------------------------------------------------------------------- linear
def ref_linear(x, v, xq):
    out = np.full(len(xq), np.nan)
    for k, t in enumerate(xq):
        for i in range(len(x) - 1):
            last = i == len(x) - 2
            if x[i] <= t < x[i + 1] or (last and t == x[i + 1]):
                slope = (v[i + 1] - v[i]) / (x[i + 1] - x[i])
                out[k] = slope * (t - x[i]) + v[i]
                break
    return out


def test_linear_matches_loop_reference_exactly():
    x, v = _data(15)
    xq = np.concatenate([RNG.uniform(-1, 11, 200), x])
    np.testing.assert_array_equal(interp1(x, v, xq), ref_linear(x, v, xq))


@settings(max_examples=200, deadline=None)
@given(n=st.integers(2, 20), t=st.floats(-2, 12, allow_nan=False), seed=st.integers(0, 99))
def test_scalar_short_path_equals_general_path(n, t, seed):
    rng = np.random.default_rng(seed)
    x = np.sort(rng.uniform(0, 10, n))
    if np.any(np.diff(x) == 0):
        return
    v = rng.standard_normal(n)
    fast = interp1(x, v, t)
    slow = interp1(x, v, np.array([t]))[0]
    assert (np.isnan(fast) and np.isnan(slow)) or fast == slow
    F = Interpolant1D(x, v)
    at = F.at(t)
    assert (np.isnan(at) and np.isnan(slow)) or at == slow


def test_at_equals_vectorised_for_every_method():
    x, v = _data(9)
    vm = RNG.standard_normal((9, 3))
    ts = np.concatenate([RNG.uniform(-1, 11, 60), x, (x[:-1] + x[1:]) / 2, [np.nan]])
    for method in METHODS:
        for extrap in ({}, {"extrapolate": True}, {"extrapolate": False, "fill": -3.0}):
            F = Interpolant1D(x, v, method, **extrap)
            vec = F(ts)[:, 0]
            sc = np.array([F.at(t) for t in ts])
            np.testing.assert_array_equal(sc, vec, err_msg=f"{method} {extrap}")
            G = Interpolant1D(x, vm, method, **extrap)
            np.testing.assert_array_equal(np.array([G.at(t) for t in ts]), G(ts),
                                          err_msg=f"{method} {extrap} matrix")


# --------------------------------------------------------------------------- step methods
def test_step_methods_definitions():
    x = np.array([1.0, 2.0, 4.0])
    v = np.array([10.0, 20.0, 40.0])
    xq = np.array([0.5, 1.0, 1.5, 1.75, 2.0, 3.0, 3.5, 4.0, 4.5])
    np.testing.assert_array_equal(interp1(x, v, xq, "nearest"),
                                  [np.nan, 10, 20, 20, 20, 40, 40, 40, np.nan])
    np.testing.assert_array_equal(interp1(x, v, xq, "previous"),
                                  [np.nan, 10, 10, 10, 20, 20, 20, 40, np.nan])
    np.testing.assert_array_equal(interp1(x, v, xq, "next"),
                                  [np.nan, 10, 20, 20, 20, 40, 40, 40, np.nan])
    # extrapolation: nearest repeats the ends; previous/next only on their side
    np.testing.assert_array_equal(interp1(x, v, [0, 5], "nearest", "extrap"), [10, 40])
    np.testing.assert_array_equal(interp1(x, v, [0, 5], "previous", "extrap"), [np.nan, 40])
    np.testing.assert_array_equal(interp1(x, v, [0, 5], "next", "extrap"), [10, np.nan])
    # ties go up (scipy's interp1d 'nearest' goes down)
    assert interp1([0, 1], [5, 7], 0.5, "nearest") == 7


# --------------------------------------------------------------------------- cubic methods
def _pchip_end(h1, h2, d1, d2):
    d = ((2 * h1 + h2) * d1 - h1 * d2) / (h1 + h2)
    if np.sign(d) != np.sign(d1):
        return 0.0
    if np.sign(d1) != np.sign(d2) and abs(d) > abs(3 * d1):
        return 3 * d1
    return d


def test_pchip_slopes_and_shape():
    x, v = _data(12)
    F = Interpolant1D(x, v, "pchip")
    slopes = F.coefs[:, 2, 0]                         # d(i) of each piece
    scipy_d = PchipInterpolator(x, v).derivative()(x)
    np.testing.assert_allclose(slopes[1:], scipy_d[1:-1], rtol=1e-13, atol=1e-13)
    h, d = np.diff(x), np.diff(v) / np.diff(x)
    assert slopes[0] == pytest.approx(_pchip_end(h[0], h[1], d[0], d[1]), abs=1e-14)
    last = F.coefs[-1]                                # derivative at x(end) from the piece
    s = x[-1] - x[-2]
    d_end = 3 * last[0, 0] * s**2 + 2 * last[1, 0] * s + last[2, 0]
    assert d_end == pytest.approx(_pchip_end(h[-1], h[-2], d[-1], d[-2]), abs=1e-12)
    # monotone data give a monotone interpolant
    vm = np.cumsum(RNG.uniform(0, 1, 12))
    fine = np.linspace(x[0], x[-1], 2000)
    assert np.all(np.diff(interp1(x, vm, fine, "pchip")) >= -1e-12)
    np.testing.assert_array_equal(interp1(x, v, fine, "cubic"), interp1(x, v, fine, "pchip"))


def test_makima_against_scipy():
    x, v = _data(14)
    xq = np.linspace(x[0], x[-1], 500)
    want = Akima1DInterpolator(x, v, method="makima")(xq)
    np.testing.assert_allclose(interp1(x, v, xq, "makima"), want,
                               rtol=CUBIC_TOL, atol=CUBIC_TOL)


def test_spline_reproduces_cubics_and_small_cases():
    # knots at least 1% of the range apart: cubics come back to 1e-11 (near-coincident
    # knots: test_spline_near_coincident_knots_within_the_solve_bound)
    x = np.sort(RNG.uniform(-2, 3, 9))
    while np.diff(x).min() < 0.05:
        x = np.sort(RNG.uniform(-2, 3, 9))
    p = np.poly1d([0.5, -1.0, 2.0, 3.0])
    xq = RNG.uniform(-3, 4, 100)
    np.testing.assert_allclose(interp1(x, p(x), xq, "spline"), p(xq), rtol=1e-11, atol=1e-11)
    # two points: the line; three: the parabola through them
    np.testing.assert_allclose(interp1([0, 2], [1, 5], [3.0], "spline"), [7.0])
    q = np.poly1d([2.0, -1.0, 0.5])
    np.testing.assert_allclose(interp1([0, 1, 3], q([0, 1, 3]), xq, "spline"), q(xq),
                               rtol=1e-12, atol=1e-11)


def _exact_not_a_knot(x, y):
    """The slopes of the not-a-knot spline through the float data, in rational
    arithmetic (de Boor's equations: interior rows dx(i) s(i-1) + 2(dx(i-1)+dx(i)) s(i)
    + dx(i-1) s(i+1) = 3(dx(i) dd(i-1) + dx(i-1) dd(i)), end rows from the third
    derivative's continuity at x(2) and x(n-1)), and the exact pieces' evaluator."""
    from fractions import Fraction as F
    X, Y = [F(float(t)) for t in x], [F(float(t)) for t in y]
    n = len(X)
    dx = [X[i + 1] - X[i] for i in range(n - 1)]
    dd = [(Y[i + 1] - Y[i]) / dx[i] for i in range(n - 1)]
    rows = [[F(0)] * (n + 1) for _ in range(n)]
    for i in range(1, n - 1):
        rows[i][i - 1:i + 2] = [dx[i], 2 * (dx[i] + dx[i - 1]), dx[i - 1]]
        rows[i][n] = 3 * (dx[i] * dd[i - 1] + dx[i - 1] * dd[i])
    x31, xn = X[2] - X[0], X[-1] - X[-3]
    rows[0][:2] = [dx[1], x31]
    rows[0][n] = ((dx[0] + 2 * x31) * dx[1] * dd[0] + dx[0] ** 2 * dd[1]) / x31
    rows[-1][n - 2:n] = [xn, dx[-2]]
    rows[-1][n] = (dx[-1] ** 2 * dd[-2] + (2 * xn + dx[-1]) * dx[-2] * dd[-1]) / xn
    for k in range(n):                       # exact elimination (no rounding to avoid)
        piv = next(i for i in range(k, n) if rows[i][k] != 0)
        rows[k], rows[piv] = rows[piv], rows[k]
        for i in range(k + 1, n):
            if rows[i][k] != 0:
                f = rows[i][k] / rows[k][k]
                rows[i] = [a - f * b for a, b in zip(rows[i], rows[k])]
    s = [F(0)] * n
    for k in range(n - 1, -1, -1):
        s[k] = (rows[k][n] - sum(rows[k][j] * s[j] for j in range(k + 1, n))) / rows[k][k]

    def value(t):
        t = F(float(t))
        i = min(max(sum(1 for b in X if b <= t) - 1, 0), n - 2)
        u = t - X[i]
        c3 = (s[i] + s[i + 1] - 2 * dd[i]) / dx[i] ** 2
        c2 = (3 * dd[i] - 2 * s[i] - s[i + 1]) / dx[i]
        return float(((c3 * u + c2) * u + s[i]) * u + Y[i])
    return np.array([float(v) for v in s]), value


def test_spline_near_coincident_knots_within_the_solve_bound():
    # Knots with gaps down to 1e-9 of the range, compared with the exact spline of the
    # same float data. The tolerance is the forward-error bound of what MATLAB's spline
    # does: Gaussian elimination with partial pivoting on its tridiagonal slope system
    # (Higham, Accuracy and Stability, thm 9.4: |ds| <= eps |A^-1| (|L||U| |s| + |b|),
    # the pivoted factors from scipy.linalg.lu of the same matrix, |b| from the secants'
    # absolute values), carried through pwch's pieces (c3 ~ (s(i)+s(i+1)-2dd)/h^2,
    # c2 ~ (3dd-2s(i)-s(i+1))/h, each formed with a few roundings) and Horner's rule.
    # 300 draws measured at most 0.68 of the bound (slopes 0.56); allowed: 8 times. The
    # condition grows as the range over the smallest gap (1e-4 of the range: slopes off
    # by 1e-12 relative; the fixed 1e-11 of the cubic test cannot hold there for MATLAB's
    # construction, nor for GNU Octave's, whose pp comes from second derivatives).
    import scipy.linalg as sl
    from compat._core.interpolation import spline_slopes
    eps = np.finfo(float).eps
    rng = np.random.default_rng(245)
    p = np.poly1d([0.5, -1.0, 2.0, 3.0])
    for _ in range(12):
        x = np.sort(rng.uniform(-2, 3, 9))
        for _ in range(rng.integers(1, 3)):
            k = rng.integers(0, 8)
            x[k + 1] = x[k] + 5 * 10.0 ** rng.uniform(-9, -2)
            x = np.sort(x)
        if np.any(np.diff(x) <= 0):
            continue
        y, xq = p(x), rng.uniform(-3, 4, 60)
        s_exact, value = _exact_not_a_knot(x, y)
        s = spline_slopes(x, y.reshape(-1, 1))[:, 0]
        h, n = np.diff(x), x.size
        ad = np.abs(np.diff(y) / h)
        M = np.zeros((n, n))
        M[0, :2] = [h[1], x[2] - x[0]]
        M[-1, -2:] = [x[-1] - x[-3], h[-2]]
        for i in range(1, n - 1):
            M[i, i - 1:i + 2] = [h[i], 2 * (h[i - 1] + h[i]), h[i - 1]]
        babs = np.empty(n)
        babs[1:-1] = 3 * (h[1:] * ad[:-1] + h[:-1] * ad[1:])
        x31, xn = x[2] - x[0], x[-1] - x[-3]
        babs[0] = ((h[0] + 2 * x31) * h[1] * ad[0] + h[0] ** 2 * ad[1]) / x31
        babs[-1] = (h[-1] ** 2 * ad[-2] + (2 * xn + h[-1]) * h[-2] * ad[-1]) / xn
        P, L, U = sl.lu(M)
        ds = eps * (np.abs(np.linalg.inv(M)) @ (np.abs(P @ L) @ np.abs(U) @ np.abs(s_exact)
                                                + babs))
        assert np.all(np.abs(s - s_exact) <= 8 * ds), (x, s - s_exact, ds)
        i = np.clip(np.searchsorted(x, xq, side="right") - 1, 0, n - 2)
        u, hi = np.abs(xq - x[i]), h[i]
        a = np.abs(s_exact[i]) + np.abs(s_exact[i + 1]) + 2 * ad[i]
        bound = (eps * (a * u**3 / hi**2 + 2 * a * u**2 / hi + np.abs(s_exact[i]) * u
                        + np.abs(y[i]))
                 + ds[i] * (u**3 / hi**2 + 2 * u**2 / hi + u) + ds[i + 1] * (u**3 / hi**2
                                                                           + u**2 / hi))
        got = interp1(x, y, xq, "spline")
        want = np.array([value(t) for t in xq])
        assert np.all(np.abs(got - want) <= 8 * bound), (x, np.max(np.abs(got - want) / bound))


def test_spline_of_three_points_is_one_parabola():
    # MATLAB's spline of three points is the parabola as ONE piece on [x1, x3] (its pp
    # has breaks [x1 x3], order 3); scipy's two cubic pieces carried rounding-sized cubic
    # terms that extrapolation multiplies by (dx/h)^3: up to 1,906 eps of the parabola's
    # terms off (shift 47167 failed test_against_octave). Exact values by rational
    # arithmetic; the bound is 8 eps times the Lagrange terms' sizes (worst measured 2.1
    # over 300 draws; Horner evaluation of the one piece).
    from fractions import Fraction
    rng = np.random.default_rng(4711)
    eps = np.finfo(float).eps
    for _ in range(200):
        x = np.sort(rng.uniform(0, 1, 3))
        v = rng.standard_normal(3)
        xq = np.array([x[0] - 2, (x[0] + x[1]) / 2, x[2] + 2.0])
        got = interp1(x, v, xq, "spline")
        X, V = [Fraction(t) for t in x], [Fraction(t) for t in v]
        for k, t in enumerate(xq):
            t = Fraction(t)
            terms = [V[i] * np.prod([(t - X[j]) / (X[i] - X[j]) for j in range(3) if j != i])
                     for i in range(3)]
            exact = sum(terms)
            size = float(sum(abs(term) for term in terms))
            assert abs(Fraction(float(got[k])) - exact) <= Fraction(8 * eps * size), (x, v, t)
    pp = interp1([0.0, 1.0, 3.0], [1.0, 4.0, 2.0], "spline", "pp")
    np.testing.assert_array_equal(pp["breaks"], [[0.0, 3.0]])
    assert pp["order"] == 3 and pp["pieces"] == 1


def test_v5cubic_reproduces_quadratics_and_falls_back():
    x = np.arange(10) * 0.5 - 1
    q = np.poly1d([1.5, -2.0, 0.25])
    xq = np.linspace(x[0], x[-1], 300)
    np.testing.assert_allclose(interp1(x, q(x), xq, "v5cubic"), q(xq), rtol=0, atol=1e-12)
    assert np.isnan(interp1(x, q(x), [x[0] - 1], "v5cubic"))       # no default extrapolation
    # irregular spacing: 'spline'
    xi = np.sort(RNG.uniform(0, 5, 8))
    vi = RNG.standard_normal(8)
    np.testing.assert_array_equal(interp1(xi, vi, xq, "v5cubic", "extrap"),
                                  interp1(xi, vi, xq, "spline"))


def test_extrapolation_defaults():
    x, v = _data(6)
    out = np.array([x[0] - 1, x[-1] + 1])
    for method in ("linear", "nearest", "next", "previous", "v5cubic"):
        assert np.isnan(interp1(x, v, out, method)).all(), method
    for method in ("pchip", "cubic", "spline", "makima"):
        assert np.isfinite(interp1(x, v, out, method)).all(), method
        np.testing.assert_array_equal(interp1(x, v, out, method, 99), [99, 99])
    np.testing.assert_array_equal(interp1(x, v, out, "linear", -1), [-1, -1])
    np.testing.assert_array_equal(interp1(x, v, out, [], "extrap"),
                                  interp1(x, v, out, "linear", "extrap"))
    assert np.isnan(interp1(x, v, [np.nan], "linear", 5.0)).all()   # NaN query stays NaN


# --------------------------------------------------------------------------- shapes and forms
def test_output_shapes():
    x, v = _data(8)
    vm = RNG.standard_normal((8, 3))
    v3 = RNG.standard_normal((8, 2, 4))
    assert interp1(x, v, np.ones(5)).shape == (5,)
    assert interp1(x, v, np.ones((1, 5))).shape == (1, 5)
    assert interp1(x, v, np.ones((5, 1))).shape == (5, 1)
    assert interp1(x, v.reshape(1, -1), np.ones((5, 1))).shape == (5, 1)
    assert interp1(x, v, np.ones((2, 3))).shape == (2, 3)
    assert np.ndim(interp1(x, v, 4.0, "pchip")) == 0
    assert interp1(x, vm, np.ones((1, 5))).shape == (5, 3)
    assert interp1(x, vm, np.ones(5)).shape == (5, 3)
    assert interp1(x, vm, 4.0).shape == (1, 3)
    assert interp1(x, vm, np.ones((2, 5))).shape == (2, 5, 3)
    assert interp1(x, v3, np.ones((1, 5))).shape == (5, 2, 4)
    assert interp1(x, v3, np.ones((2, 5))).shape == (2, 5, 2, 4)
    assert interp1(x, v, np.ones((0,))).shape == (0,)
    assert interp1(x, v, []).shape == (0,)
    # columns are independent interpolations
    xq = RNG.uniform(x[0], x[-1], 7)
    for method in METHODS:
        got = interp1(x, vm, xq, method)
        for j in range(3):
            np.testing.assert_array_equal(got[:, j], interp1(x, vm[:, j], xq, method))


def test_v_xq_form_and_unsorted():
    v = np.array([3.0, 1.0, 4.0, 1.0, 5.0])
    np.testing.assert_array_equal(interp1(v, [1.5, 4.5]), [2.0, 3.0])
    np.testing.assert_array_equal(interp1(v, [1.5], "nearest"), [1.0])
    vm = np.arange(12.0).reshape(4, 3)
    np.testing.assert_array_equal(interp1(vm, [2.5]), [[4.5, 5.5, 6.5]])
    np.testing.assert_array_equal(interp1([3, 1, 2, 5, 4], [9, 1, 4, 25, 16], [1.5, 4.5]),
                                  [2.5, 20.5])
    np.testing.assert_array_equal(interp1([4, 3, 2, 1], [16, 9, 4, 1], [1.5]), [2.5])


def test_pp_form():
    x, v = _data(7)
    xq = RNG.uniform(x[0] - 1, x[-1] + 1, 40)
    for method in ("linear", "pchip", "spline", "makima"):
        pp = interp1(x, v, method, "pp")
        assert pp["form"] == "pp" and pp.order in (2, 4) and pp.pieces == 6 and pp.dim == 1
        assert pp.breaks.shape == (1, 7) and pp.coefs.shape == (6, pp.order)
        np.testing.assert_array_equal(ppval(pp, xq), interp1(x, v, xq, method, "extrap"))
    vm = RNG.standard_normal((7, 2))
    pp = interp1(x, vm, "linear", "pp")
    assert pp.coefs.shape == (12, 2) and pp.dim == 2
    np.testing.assert_array_equal(pp.coefs[1], [(vm[1, 1] - vm[0, 1]) / (x[1] - x[0]),
                                                vm[0, 1]])      # row 2 = piece 1, dim 2
    np.testing.assert_array_equal(ppval(pp, xq).T, interp1(x, vm, xq, "linear", "extrap"))
    inside = xq[(xq > x[0]) & (xq < x[-1])]
    for method in ("nearest", "previous", "next"):
        pp = interp1(x, v, method, "pp")
        assert pp.order == 1
        np.testing.assert_array_equal(ppval(pp, inside), interp1(x, v, inside, method))


def test_dtypes_and_complex():
    x = np.arange(5.0)
    v = np.float32([1, 2, 0, 5, 3])
    assert interp1(x, v, [1.5]).dtype == np.float32
    assert interp1(x, v.astype(float), np.float32([1.5])).dtype == np.float32
    assert interp1(x, v.astype(float), [1.5]).dtype == np.float64
    assert interp1(x, np.arange(5), [1.5]).dtype == np.float64      # ints read as double
    z = np.array([1 + 1j, 2, 3 - 1j, 4j, 0])
    np.testing.assert_allclose(interp1(x, z, [0.5, 2.5]), [1.5 + 0.5j, 1.5 + 1.5j])
    np.testing.assert_allclose(interp1(x, z, [0.5], "spline").imag,
                               interp1(x, z.imag, [0.5], "spline"))
    with pytest.raises(TypeError, match="^interp1: method 'pchip' needs real"):
        interp1(x, z, [0.5], "pchip")


def test_nan_in_values():
    x = np.arange(6.0)
    v = np.array([0.0, 1, np.nan, 3, 4, 5])
    got = interp1(x, v, [0.5, 1.5, 2.5, 3.5, 4.5])
    np.testing.assert_array_equal(got, [0.5, np.nan, np.nan, 3.5, 4.5])   # local only
    assert np.isnan(interp1(x, v, [4.5], "spline")).all()                 # global fit


def test_no_mutation_and_independent_copies():
    x = np.array([3.0, 1.0, 2.0])
    v = np.array([9.0, 1.0, 4.0])
    xq = np.array([1.5, 2.5])
    x0, v0, q0 = x.copy(), v.copy(), xq.copy()
    for method in METHODS:
        interp1(x, v, xq, method)
    np.testing.assert_array_equal(x, x0)
    np.testing.assert_array_equal(v, v0)
    np.testing.assert_array_equal(xq, q0)
    xs, vs = np.array([0.0, 1.0, 2.0]), np.array([0.0, 10.0, 20.0])
    F = Interpolant1D(xs, vs)
    vs[1] = 1000.0                       # the caller changes its data afterwards
    assert F.at(1.0) == 10.0             # the prepared interpolant is unaffected
    assert interp1(xs, vs, 1.0) == 1000.0


@pytest.mark.parametrize("args,cls,msg", [
    (([1, 1, 2], [1, 2, 3], [1.5]), ValueError, "^interp1: The grid vectors must contain unique"),
    (([1, np.nan, 2], [1, 2, 3], [1.5]), ValueError, "^interp1: X must contain finite"),
    (([1], [2], [1.0]), ValueError, "^interp1: Interpolation requires at least two"),
    (([1, 2, 3], [1, 2], [1.5]), ValueError, "^interp1: X and V must be of the same length"),
    (([1, 2], np.ones((3, 2)), [1.5]), ValueError, "^interp1: the length of X"),
    (([1, 2], [1, 2], [1.5], "cubicle"), ValueError, "^interp1: invalid interpolation method"),
    (([1, 2], [1, 2], [1.5], "linear", "extrapolate"), ValueError,
     "^interp1: invalid extrapolation option"),
    (([1, 2], [1, 2], [1.5], "linear", [1, 2]), TypeError, "^interp1: the extrapolation value"),
    (([1, 2], ["a", "b"], [1.5]), TypeError, "^interp1: V must be numeric"),
    (([1, 2], [1, 2], [1j]), TypeError, "^interp1: Xq must be real"),
    ((np.ones((2, 2)), [1, 2, 3, 4], [1.5]), ValueError, "^interp1: X must be a vector"),
    (([1, 2],), TypeError, "^interp1: expected interp1"),
    (([1, 2], [1, 2], [1.5], "linear", "extrap", 3), ValueError, "^interp1: too many"),
])
def test_bad_input(args, cls, msg):
    with pytest.raises(cls, match=msg):
        interp1(*args)


# --------------------------------------------------------------------------- interp2
def ref_bilinear(x, y, V, xq, yq):
    out = np.full(len(xq), np.nan)
    for k in range(len(xq)):
        for i in range(len(x) - 1):
            if x[i] <= xq[k] <= x[i + 1]:
                break
        else:
            continue
        for j in range(len(y) - 1):
            if y[j] <= yq[k] <= y[j + 1]:
                break
        else:
            continue
        tx = (xq[k] - x[i]) / (x[i + 1] - x[i])
        ty = (yq[k] - y[j]) / (y[j + 1] - y[j])
        out[k] = ((1 - tx) * (1 - ty) * V[j, i] + tx * (1 - ty) * V[j, i + 1]
                  + (1 - tx) * ty * V[j + 1, i] + tx * ty * V[j + 1, i + 1])
    return out


def test_interp2_linear_against_loop():
    x = np.sort(RNG.uniform(0, 5, 7))
    y = np.sort(RNG.uniform(-1, 4, 6))
    V = RNG.standard_normal((6, 7))
    xq = RNG.uniform(-0.5, 5.5, 300)
    yq = RNG.uniform(-1.5, 4.5, 300)
    # two association orders of the same bilinear form: a few ulps of max|V|
    np.testing.assert_allclose(interp2(x, y, V, xq, yq), ref_bilinear(x, y, V, xq, yq),
                               rtol=0, atol=8 * np.finfo(float).eps * np.abs(V).max())
    X, Y = np.meshgrid(x, y)
    np.testing.assert_array_equal(interp2(X, Y, V, xq, yq), interp2(x, y, V, xq, yq))


def test_interp2_methods_reproduce_polynomials():
    x = np.arange(8) * 0.5
    y = np.arange(7) * 0.75 - 1
    X, Y = np.meshgrid(x, y)
    xq = RNG.uniform(x[0], x[-1], 200)
    yq = RNG.uniform(y[0], y[-1], 200)
    bicubic = lambda a, b: 0.3 * a**3 * b - a * b**2 + 2 * b**3 + 1
    biquad = lambda a, b: a**2 * b - 0.5 * b**2 + a * b + 2
    bilin = lambda a, b: 3 * a * b - a + 2 * b + 1
    np.testing.assert_allclose(interp2(X, Y, bicubic(X, Y), xq, yq, "spline"),
                               bicubic(xq, yq), atol=1e-10)
    np.testing.assert_allclose(interp2(X, Y, biquad(X, Y), xq, yq, "cubic"),
                               biquad(xq, yq), atol=1e-11)
    np.testing.assert_allclose(interp2(X, Y, bilin(X, Y), xq, yq, "makima"),
                               bilin(xq, yq), atol=1e-11)
    # constant along Y: makima in 2-D is the 1-D makima along X
    row = RNG.standard_normal(8)
    V = np.tile(row, (7, 1))
    np.testing.assert_allclose(interp2(x, y, V, xq, yq, "makima"),
                               interp1(x, row, xq, "makima"), atol=1e-13)
    # grid-vector queries equal pointwise queries on the expanded grid
    gx, gy = RNG.uniform(0, 3.5, (1, 5)), RNG.uniform(-1, 3.5, (4, 1))
    GX, GY = np.meshgrid(gx, gy)
    for method in ("linear", "nearest", "cubic", "spline", "makima"):
        g = interp2(x, y, bicubic(X, Y), gx, gy, method)
        assert g.shape == (4, 5)
        np.testing.assert_allclose(g, interp2(x, y, bicubic(X, Y), GX, GY, method),
                                   rtol=1e-13, atol=1e-13)


def test_interp2_forms_extrapolation_and_warnings():
    V = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert interp2(V, 1.5, 1.5) == 2.5
    np.testing.assert_array_equal(interp2(V, 1), [[1, 1.5, 2], [2, 2.5, 3], [3, 3.5, 4]])
    U = RNG.standard_normal((5, 6))
    assert interp2(U, 2).shape == (17, 21)
    assert interp2(U).shape == (9, 11)
    np.testing.assert_array_equal(interp2(U, 0), U)
    np.testing.assert_array_equal(interp2(V, [0.5, 1.5], [1, 1]), [np.nan, 1.5])
    np.testing.assert_array_equal(interp2(V, [0.5, 1.5], [1, 1], "linear", 0), [0, 1.5])
    assert np.isfinite(interp2(V, [0.5], [1], "spline")).all()       # spline extrapolates
    assert np.isnan(interp2(V, [0.5], [1], "cubic")).all()
    x = np.array([0, 1, 3, 4.0])
    W = RNG.standard_normal((4, 4))
    with pytest.warns(CompatWarning, match="Switching method from 'cubic' to 'spline'"):
        c = interp2(x, x, W, [2.0], [2.5], "cubic")
    np.testing.assert_array_equal(c, interp2(x, x, W, [2.0], [2.5], "spline"))
    # descending grid vectors are accepted (flipped with V)
    np.testing.assert_array_equal(interp2(x[::-1], x, W[:, ::-1], [2.0], [2.5]),
                                  interp2(x, x, W, [2.0], [2.5]))
    assert interp2(np.float32(W), [2.0], [2.5]).dtype == np.float32


@pytest.mark.parametrize("args,cls,msg", [
    ((np.ones((3, 3)), [1, 2], [1, 2, 3]), ValueError, "^interp2: Xq and Yq must be the same"),
    ((np.ones(3), 1, 1), ValueError, "^interp2: V must be a 2-D matrix"),
    ((np.ones((1, 3)), 1, 1), ValueError, "^interp2: Interpolation requires at least two"),
    (([1, 2], [1, 2, 3], np.ones((3, 3)), 1, 1), ValueError, "^interp2: the lengths of X"),
    (([1, 1, 2], [1, 2, 3], np.ones((3, 3)), 1, 1), ValueError, "^interp2: X must be strictly"),
    ((np.ones((3, 3)), 1, 1, "bicubic"), ValueError, "^interp2: invalid interpolation method"),
    ((np.ones((3, 3)), 1, 1, "linear", "extrap"), TypeError, "^interp2: extrapval"),
    ((np.ones((3, 3)), -1), ValueError, "^interp2: the refinement factor"),
    ((np.ones((3, 3)), 1, 1, 1, 1, 1, 1), TypeError, "^interp2: expected"),
    ((np.array([[1, 2], [2, 1]]), np.ones((2, 2)), np.ones((2, 2)), 1, 1), ValueError,
     "^interp2: Input grid is not a valid MESHGRID"),
])
def test_interp2_bad_input(args, cls, msg):
    with pytest.raises(cls, match=msg):
        interp2(*args)


def test_interp2_no_mutation():
    V = RNG.standard_normal((5, 6))
    xq = RNG.uniform(1, 6, 10)
    yq = RNG.uniform(1, 5, 10)
    copies = [a.copy() for a in (V, xq, yq)]
    for method in ("linear", "nearest", "cubic", "spline", "makima"):
        interp2(V, xq, yq, method)
    for a, b in zip((V, xq, yq), copies):
        np.testing.assert_array_equal(a, b)


# --------------------------------------------------------------------------- live Octave
def _spline_rounding_size(x, v, q):
    """Per point, the size that eps multiplies in the rounding error of MATLAB's spline
    route (spline.m: the not-a-knot slope system A s = b, then pwch's Hermite pieces,
    then ppval), for n >= 4 points: the evaluation terms of the piece, |y| + |s_i| dx +
    (3|d| + 2|s_i| + |s_i+1|) dx^2/h + (|s_i| + |s_i+1| + 2|d|) dx^3/h^2, plus the slope
    errors |A^-1| (|A||s| + |b terms|) (Skeel's componentwise bound for the solve)
    carried by h|H10(t)| and h|H11(t)|. Near-coincident knots make it large: the
    not-a-knot rows and 1/h^2 amplify rounding, and extrapolation multiplies it by
    (dx/h)^3."""
    n = x.size
    h = np.diff(x)
    d = (v[1:] - v[:-1]) / h[:, None]
    A = np.zeros((n, n))
    b = np.zeros((n, v.shape[1]))
    x31, xn = x[2] - x[0], x[n - 1] - x[n - 3]
    A[0, :2] = h[1], x31
    b[0] = ((h[0] + 2 * x31) * h[1] * np.abs(d[0]) + h[0] ** 2 * np.abs(d[1])) / x31
    for r in range(1, n - 1):
        A[r, r - 1:r + 2] = h[r], 2 * (h[r - 1] + h[r]), h[r - 1]
        b[r] = 3 * (h[r] * np.abs(d[r - 1]) + h[r - 1] * np.abs(d[r]))
    A[n - 1, n - 2:] = xn, h[n - 3]
    b[n - 1] = (h[n - 2] ** 2 * np.abs(d[n - 3])
                + (2 * xn + h[n - 2]) * h[n - 3] * np.abs(d[n - 2])) / xn
    slopes = np.abs(CubicSpline(x, v, bc_type="not-a-knot")(x, 1))
    ds = np.abs(np.linalg.inv(A)) @ (np.abs(A) @ slopes + b)
    return _hermite_rounding_size(x, v, q, slopes, ds)


def _pchip_rounding_size(x, v, q):
    """Per point, the size that eps multiplies in the rounding error of a pchip route
    (Fritsch-Carlson slopes from the neighbouring secants, then the Hermite piece): the
    evaluation terms as for the spline, with slope errors of the slopes' own size (each
    slope is a weighted harmonic mean of two secants, or the three-point end formula,
    computed to a few ulps). Extrapolating far past a short end piece multiplies them by
    (dx/h)^2 and (dx/h)^3, where Octave's mkpp/ppval form and compat's differ."""
    slopes = np.abs(PchipInterpolator(x, v)(x, 1))
    return _hermite_rounding_size(x, v, q, slopes, slopes)


def _hermite_rounding_size(x, v, q, slopes, ds):
    """The evaluation terms of the Hermite piece through (x_i, v_i, s_i), (x_i+1, v_i+1,
    s_i+1) at each query point (extrapolated on the end pieces), |y| + |s_i| dx +
    (3|d| + 2|s_i| + |s_i+1|) dx^2/h + (|s_i| + |s_i+1| + 2|d|) dx^3/h^2, plus slope
    errors ``ds`` carried by h|H10(t)| and h|H11(t)|."""
    n = x.size
    h = np.diff(x)
    d = (v[1:] - v[:-1]) / h[:, None]
    i = np.clip(np.searchsorted(x, q, side="right") - 1, 0, n - 2)
    hi, dx = h[i][:, None], np.abs(q - x[i])[:, None]
    t = (q - x[i])[:, None] / hi
    di, s0, s1 = np.abs(d[i]), slopes[i], slopes[i + 1]
    return (np.abs(v[i]) + s0 * dx + (3 * di + 2 * s0 + s1) / hi * dx ** 2
            + (s0 + s1 + 2 * di) / hi ** 2 * dx ** 3
            + hi * np.abs(t ** 3 - 2 * t ** 2 + t) * ds[i] + hi * np.abs(t ** 3 - t ** 2) * ds[i + 1])


@pytest.mark.octave
def test_against_octave():
    rng = np.random.default_rng(77)
    cases1 = []
    for k in range(12):
        n = int(rng.integers(2, 25))
        x = np.sort(rng.uniform(-5, 5, n))
        if np.any(np.diff(x) == 0):
            continue
        m = 1 if k % 3 else int(rng.integers(2, 4))
        v = rng.standard_normal((n, m)) * 10 ** rng.uniform(-3, 3)
        xq = rng.uniform(-6, 6, (1, 40))
        for method in ("linear", "nearest", "previous", "next", "pchip", "spline"):
            cases1.append((method, x, v, xq))
    cases2 = []
    for k in range(6):
        x = np.sort(rng.uniform(0, 5, int(rng.integers(4, 9))))
        y = np.sort(rng.uniform(0, 5, int(rng.integers(4, 9))))
        V = rng.standard_normal((y.size, x.size))
        xq = rng.uniform(-0.5, 5.5, (1, 50))
        yq = rng.uniform(-0.5, 5.5, (1, 50))
        gx = np.sort(rng.uniform(x[0], x[-1], (1, 6)))
        gy = np.sort(rng.uniform(y[0], y[-1], (5, 1)))
        cases2.append((x, y, V, xq, yq, gx, gy))
    results = run_octave(
        [(f"a = interp1(x, v, q, '{method}'); e = interp1(x, v, q, '{method}', 'extrap');",
          {"x": x, "v": v, "q": xq}, ["a", "e"]) for method, x, v, xq in cases1] +
        [("l = interp2(X, Y, V, P, Q); n = interp2(X, Y, V, P, Q, 'nearest'); "
          "s = interp2(X, Y, V, G, H, 'spline');",
          {"X": x, "Y": y, "V": V, "P": xq, "Q": yq, "G": gx, "H": gy}, ["l", "n", "s"])
         for x, y, V, xq, yq, gx, gy in cases2])
    assert not any(isinstance(r, Exception) for r in results), results
    for (method, x, v, xq), out in zip(cases1, results):
        scale = np.abs(v).max()
        for key, extrap in (("a", None), ("e", "extrap")):
            want = out[key]
            got = interp1(x, v, xq, method) if extrap is None else \
                interp1(x, v, xq, method, extrap)
            if got.ndim == 1 or v.shape[1] == 1:
                got = got.reshape(want.shape)
            outside = (xq[0] < x[0]) | (xq[0] > x[-1])
            if extrap is None and method in ("pchip", "spline"):
                # Octave: NA (reads as NaN) outside; MATLAB and compat extrapolate
                assert np.isnan(want.reshape(outside.size, -1)[outside]).all()
                keep = ~outside
            elif extrap and method in ("previous", "next"):
                # Octave repeats the end sample on the side with no previous/next one
                keep = ~((xq[0] < x[0]) if method == "previous" else (xq[0] > x[-1]))
            else:
                keep = np.ones(outside.size, bool)
            g = got.reshape(outside.size, -1)[keep]
            w = want.reshape(outside.size, -1)[keep]
            if method in ("pchip", "spline"):
                tol = CUBIC_TOL * np.maximum(np.abs(w), scale)
                if method == "spline" and x.size >= 4:
                    # compat and Octave 7.3 (whose spline.m solves for second
                    # derivatives instead) differ by up to 13 eps of this size over 715
                    # random cases, and by 1e3-1e4 |v| eps where a 0.006-wide end piece
                    # is extrapolated 2 units (COMPAT_RESEED_SHIFT=1, 42, 99991; the
                    # cubic of a 50-digit solve is matched to 1e-12 relative by compat
                    # and scipy, to 2e-14 by Octave): MATLAB's route's own rounding.
                    size = _spline_rounding_size(x, v, xq[0][keep])
                    tol = np.maximum(tol, 64 * np.finfo(float).eps * size)
                elif method == "pchip":
                    # the same evaluation terms with pchip's slopes: extrapolating
                    # 1.94 units past a 0.19-wide end piece, compat and Octave 7.3
                    # differ by 1.26e-13 relative, 1.26 CUBIC_TOL |w|
                    # (COMPAT_RESEED_SHIFT=90130): the Hermite form's own rounding,
                    # (dx/h)^3 times eps. Each route rounds each term a few times (8
                    # each side): 16 eps of the size; over 23 shifts the largest
                    # difference was 0.5 eps of it
                    size = _pchip_rounding_size(x, v, xq[0][keep])
                    tol = np.maximum(tol, 16 * np.finfo(float).eps * size)
                assert np.all((np.abs(g - w) <= tol) | (np.isnan(g) & np.isnan(w))), \
                    (method, extrap, np.nanmax(np.abs(g - w) / tol))
            else:
                np.testing.assert_array_equal(g, w, err_msg=f"{method} {extrap}")
    eps = np.finfo(float).eps
    for (x, y, V, xq, yq, gx, gy), out in zip(cases2, results[len(cases1):]):
        np.testing.assert_allclose(interp2(x, y, V, xq, yq).reshape(1, -1), out["l"],
                                   rtol=0, atol=8 * eps * np.abs(V).max())
        np.testing.assert_array_equal(interp2(x, y, V, xq, yq, "nearest").reshape(1, -1),
                                      out["n"])
        # The tensor spline is the linear map Wy V Wx' (not-a-knot weights, here from
        # scipy's CubicSpline of unit vectors); two programs' roundings differ by a few
        # eps times sum |Wy||V||Wx'|, which for knots 0.03-0.1 apart is ~1e3 |V|
        # (COMPAT_RESEED_SHIFT=4242, seed 4319: values 1407 from |V| <= 2.27, compat
        # and Octave 8.2e-12 apart, 9 eps of that sum), so the scale is that sum, not |V|.
        Wx = CubicSpline(x, np.eye(x.size), bc_type="not-a-knot")(gx[0])
        Wy = CubicSpline(y, np.eye(y.size), bc_type="not-a-knot")(gy[:, 0])
        size = np.abs(Wy) @ np.abs(V) @ np.abs(Wx).T
        tol = CUBIC_TOL * np.maximum(size, max(1, np.abs(V).max())) * 10
        s = interp2(x, y, V, gx, gy, "spline")
        assert s.shape == out["s"].shape and np.all(np.abs(s - out["s"]) <= tol), \
            np.max(np.abs(s - out["s"]) / tol)


def test_interp1q_linear_with_nan_outside():
    from compat.matlab import interp1q
    rng = np.random.default_rng(6)
    x = np.sort(rng.uniform(0, 10, 12))
    y = rng.normal(size=12)
    xi = rng.uniform(-1, 11, 40)
    got = interp1q(x, y, xi)
    assert got.shape == (40, 1)
    inside = (xi >= x[0]) & (xi <= x[-1])
    np.testing.assert_allclose(got[inside, 0], np.interp(xi[inside], x, y), atol=1e-14)
    assert np.isnan(got[~inside, 0]).all()
    assert interp1q(x.astype(np.float32), y, xi).dtype == np.float32
    with pytest.raises(ValueError, match="length\\(x\\) rows"):
        interp1q([1.0, 2.0], np.ones((3, 2)), [1.5])
