"""IDL special functions, distributions, correlations and single moments: types, values
against independent definitions, bad input, and differential runs against live GDL on
random inputs (goldens: reference_outputs/idl/statistics_special)."""

from __future__ import annotations

import math

import numpy as np
import pytest
from scipy import stats

from compat import idl
from oracles import run_gdl


def test_result_types():
    f = np.float32([0.5, 1.5])
    for fn in (idl.gamma, idl.lngamma, idl.erf, idl.gauss_pdf):
        assert fn(f).dtype == np.float32
        assert fn(f.astype(np.float64)).dtype == np.float64
        assert np.asarray(fn(np.int16(2))).dtype == np.float32
    assert idl.gamma(f, double=True).dtype == np.float64
    assert idl.beselj(f, 1).dtype == np.float32
    assert idl.beselj(f, 1.5).dtype == np.float32          # the type of X decides
    assert idl.factorial(5).dtype == np.float64
    assert idl.factorial(20, ul64=True) == math.factorial(20)
    assert idl.factorial(21, ul64=True) == math.factorial(21) % 2 ** 64
    assert idl.t_pdf(np.float32(1), 3).dtype == np.float32
    assert idl.f_pdf(1.0, 3, 4).dtype == np.float64


def test_shorter_array_rule_and_argument_order():
    r = idl.beselj(np.float32([1, 2, 3]), [0, 1])
    assert r.shape == (2,)
    np.testing.assert_allclose(r, [0.7651977, 0.5767248], rtol=1e-6)
    np.testing.assert_allclose(idl.expint([1, 2], 1.0), [0.21938393, 0.14849551],
                               rtol=1e-7)


def test_distributions_are_cdfs_and_isfs():
    v = np.linspace(-3, 3, 7)
    np.testing.assert_allclose(idl.gauss_pdf(v), stats.norm.cdf(v), rtol=1e-14)
    np.testing.assert_allclose(idl.t_pdf(v, 4), stats.t.cdf(v, 4), rtol=1e-12)
    np.testing.assert_allclose(idl.chisqr_pdf(v + 3, 2), stats.chi2.cdf(v + 3, 2),
                               rtol=1e-12)
    np.testing.assert_allclose(idl.f_pdf(v + 3, 2, 7), stats.f.cdf(v + 3, 2, 7),
                               rtol=1e-12)
    assert idl.gauss_cvf(0.025) == pytest.approx(stats.norm.isf(0.025), rel=1e-13)
    assert idl.t_cvf(0.05, 7) == pytest.approx(stats.t.isf(0.05, 7), rel=1e-12)
    assert idl.chisqr_cvf(0.05, 7) == pytest.approx(stats.chi2.isf(0.05, 7), rel=1e-12)
    assert idl.f_cvf(0.05, 3, 9) == pytest.approx(stats.f.isf(0.05, 3, 9), rel=1e-10)
    assert idl.gaussint(0.5, 1.0) == pytest.approx(stats.norm.cdf(0.5) *
                                                   stats.norm.cdf(1.0))


def test_correlations_against_definitions():
    rng = np.random.default_rng(5)
    x, y = rng.normal(size=20), rng.normal(size=20)
    assert idl.correlate(x, y) == pytest.approx(np.corrcoef(x, y)[0, 1], rel=1e-13)
    m = rng.normal(size=(15, 3))
    np.testing.assert_allclose(idl.correlate(m), np.corrcoef(m, rowvar=False), rtol=1e-13)
    np.testing.assert_allclose(idl.correlate(m, covariance=True),
                               np.cov(m, rowvar=False), rtol=1e-13)
    dx, dy = x - x.mean(), y - y.mean()
    want = np.dot(dx[:-3], dy[3:]) / np.sqrt(np.dot(dx, dx) * np.dot(dy, dy))
    assert idl.c_correlate(x, y, 3)[0] == pytest.approx(want, rel=1e-13)
    want = np.dot(dx[2:], dy[:-2]) / 20
    assert idl.c_correlate(x, y, -2, covariance=True)[0] == pytest.approx(want, rel=1e-13)
    assert idl.a_correlate(x, [0])[0] == 1.0
    assert idl.a_correlate(x, [-2])[0] == idl.a_correlate(x, [2])[0]


def test_moments():
    x = np.float32([1, 2, 4, 7, 9, 10])
    assert idl.kurtosis(x) == idl.moment(x)[3]
    assert idl.skewness(x) == idl.moment(x)[2]
    assert idl.meanabsdev(x) == pytest.approx(np.mean(np.abs(x - x.mean())), rel=1e-6)
    # IDL's MEDIAN of an even count is the upper middle value (7 here)
    assert idl.meanabsdev(x, median=True) == pytest.approx(np.mean(np.abs(x - 7)))
    m = np.arange(12, dtype=np.float64).reshape(3, 4) ** 2
    np.testing.assert_allclose(idl.meanabsdev(m, dimension=1),
                               np.mean(np.abs(m - m.mean(axis=1, keepdims=True)), axis=1))
    assert idl.meanabsdev([1.0, np.nan, 3.0], nan=True) == 1.0


@pytest.mark.parametrize("call,message", [
    (lambda: idl.gauss_cvf([0.1, 0.2]), "GAUSS_CVF: Expression must be a scalar"),
    (lambda: idl.gauss_cvf(1.5), "GAUSS_CVF: P must be in the interval"),
    (lambda: idl.t_pdf(1.0, 0), "T_PDF: Df must be positive"),
    (lambda: idl.expint(-1, 1.0), "EXPINT: N must be non-negative"),
    (lambda: idl.factorial(-1), "FACTORIAL: Values must be >= 0."),
    (lambda: idl.gamma(1j), "GAMMA: Complex expression not allowed"),
    (lambda: idl.erf("a"), "ERF: String expression not allowed"),
    (lambda: idl.correlate([1, 2], [1, 2, 3]), "CORRELATE: X and Y arrays must have"),
    (lambda: idl.correlate([1, 2, 3]), "CORRELATE: X must be a two-dimensional"),
    (lambda: idl.c_correlate([1, 2, 3], [1, 2, 3], 5), "C_CORRELATE: Lag must be"),
    (lambda: idl.a_correlate([1], 0), "A_CORRELATE: X array must contain 2"),
    (lambda: idl.kurtosis([1]), "KURTOSIS: X array must contain 2"),
    (lambda: idl.voigt(-1.0, 0.0), "VOIGT: A must be non-negative"),
])
def test_errors(call, message):
    with pytest.raises((ValueError, TypeError)) as info:
        call()
    assert str(info.value).startswith(message)


@pytest.mark.gdl
def test_against_gdl_on_random_inputs(tmp_path):
    rng = np.random.default_rng(1617)
    cases, expected, tolerance = [], {}, {}
    for k in range(6):
        x = rng.uniform(0.2, 8, 9)
        y = rng.normal(size=9)
        n = int(rng.integers(0, 4))
        for name, fn, expr in (("ga", idl.gamma, "gamma(x)"), ("lg", idl.lngamma, "lngamma(x)"),
                               ("er", idl.erf, "erf(y)"), ("gp", idl.gauss_pdf, "gauss_pdf(y)"),
                               ("bj", lambda x: idl.beselj(x, n), f"beselj(x, {n})"),
                               ("bi", lambda x: idl.beseli(x, n), f"beseli(x, {n})"),
                               ("tp", lambda y: idl.t_pdf(y, n + 1), f"t_pdf(y, {n + 1})")):
            arg = y if "y" in expr.split("(")[1] else x
            cases.append((f"{name}{k}", {"x": x, "y": y}, expr))
            expected[f"{name}{k}"] = fn(arg)
            tolerance[f"{name}{k}"] = 1e-9
        z = rng.normal(size=25)
        w = 0.5 * z + rng.normal(size=25)
        lags = np.array([-3, 0, 2], np.int16)
        for name, value, expr in (
                ("co", idl.correlate(z, w), "correlate(z, w)"),
                ("cc", idl.c_correlate(z, w, lags), "c_correlate(z, w, lags)"),
                ("ac", idl.a_correlate(z, np.abs(lags)), "a_correlate(z, abs(lags))"),
                ("ku", idl.kurtosis(z), "kurtosis(z)"), ("sk", idl.skewness(z), "skewness(z)"),
                ("md", idl.meanabsdev(z), "meanabsdev(z)")):
            cases.append((f"{name}{k}", {"z": z, "w": w, "lags": lags}, expr))
            expected[f"{name}{k}"] = value
            tolerance[f"{name}{k}"] = 1e-6     # GDL's correlate.pro: see the goldens
    got = run_gdl(cases, tmp_path)
    for name, want in expected.items():
        value = got[name]
        assert not isinstance(value, Exception), (name, value)
        want = np.asarray(want)
        np.testing.assert_allclose(value.reshape(want.shape), want, rtol=tolerance[name],
                                   atol=1e-12, err_msg=name)


def test_gauss_pdf_lower_tail_to_a_few_ulps():
    # GDL 1.0.1's GAUSS_PDF (GSL) prints gauss_pdf(-10d) = 7.61985302416052692e-24,
    # gauss_pdf(-5d) = 2.86651571879193912e-07 and gauss_pdf(-37.519d) =
    # 2.25699211398560202e-308, and 0 for -37.5190001d (gdl, 2026-12-06); scipy's ndtr,
    # which compat called, was 40 and 11 ulps off the first two (up to 2000 ulps in
    # [-37.5, -0.8]). Against mpmath: exp of the exactly split x^2/2 (an ulp), erfcx
    # of the rounded -x/sqrt(2) (well conditioned: an ulp, and about two for the
    # Faddeeva code) and four roundings of the products: 10 ulps.
    for x, gdl in ((-10.0, 7.61985302416052692e-24), (-5.0, 2.86651571879193912e-07),
                   (-37.519, 2.25699211398560202e-308)):
        assert abs(float(idl.gauss_pdf(x)) - gdl) <= 2 * np.spacing(gdl)
    assert float(idl.gauss_pdf(-37.5190001)) == 0.0
    mpmath = pytest.importorskip("mpmath")
    mpmath.mp.dps = 40
    rng = np.random.default_rng(4301)
    x = np.concatenate([-rng.uniform(0.8, 37.519, 400), rng.uniform(-1.0, 9.0, 100)])
    exact = np.array([float(mpmath.ncdf(v)) for v in x])
    assert np.all(np.abs(idl.gauss_pdf(x) - exact) <= 10 * np.spacing(exact))


def test_erfc_keeps_the_subnormal_tail():
    # ERFC of a DOUBLE past x = 26.64, where the true value is still subnormal until
    # 27.2: GDL 1.0.1 (GSL's erfc) prints erfc(27d) = 5.2370464393526292e-319 and
    # erfc(26.7d) = 5.2531104135963516e-312 (gdl -e, 2026-12-06); scipy's erfc, which
    # compat called, returned 0 there. Expected: 40-digit values (mpmath), which the
    # result must hit to the subnormal spacing (4.94e-324) or 4 ulps.
    x = np.array([8.0, 20.0, 26.7, 27.0, 27.2])
    exact = np.array([1.122429717298292708e-29, 5.3958656116079009289e-176,
                      5.2531104135944541544e-312, 5.237048923789255685e-319,
                      1.0189049142703155395e-323])
    got = idl.erfc(x)
    assert got.dtype == np.float64
    tol = np.maximum(4 * np.spacing(exact), 2 * 4.9406564584124654e-324)
    assert np.all(np.abs(got - exact) <= tol), (got - exact) / tol
    assert idl.erfc(28.0) == 0.0 and idl.erfc(-30.0) == 2.0
