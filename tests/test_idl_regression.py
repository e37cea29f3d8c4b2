"""IDL REGRESS and LADFIT (compat.idl.regression): independent checks against plain
least squares (numpy) and linear-programming L1 fits (scipy), types, shapes, errors.
GDL 1.0.1 has neither routine; the documentation examples are golden cases in
reference_outputs/idl/regression."""

import warnings

import numpy as np
import pytest
from scipy.optimize import linprog

from compat import CompatWarning, idl


def _ols(x, y, err=None):
    """Weighted least squares with a constant, by numpy: coefficients [const, a...],
    covariance, chi-square."""
    design = np.column_stack([np.ones(len(y)), x])
    w = np.ones(len(y)) if err is None else 1.0 / err ** 2
    sw = np.sqrt(w)
    coef, *_ = np.linalg.lstsq(design * sw[:, None], y * sw, rcond=None)
    cov = np.linalg.inv(design.T @ (design * w[:, None]))
    chisq = np.sum(w * (y - design @ coef) ** 2)
    return coef, cov, chisq


@pytest.mark.parametrize("weighted", [False, True])
def test_regress_matches_least_squares(weighted):
    rng = np.random.default_rng(7)
    n, m = 40, 3
    x = rng.uniform(-3, 5, size=(n, m))
    y = 1.5 + x @ np.array([2.0, -0.7, 0.3]) + rng.normal(0, 0.4, n)
    err = rng.uniform(0.2, 0.8, n) if weighted else None
    r = idl.regress(x, y, measure_errors=err, const=True, sigma=True, chisq=True,
                    yfit=True, correlation=True, mcorrelation=True, ftest=True,
                    status=True)
    coef, cov, chisq = _ols(x, y, err)
    assert r.result.shape == (m, 1) and r.result.dtype == np.float64
    np.testing.assert_allclose(r.result.ravel(), coef[1:], rtol=1e-10)
    np.testing.assert_allclose(r.const, coef[0], rtol=1e-10)
    np.testing.assert_allclose(r.chisq, chisq, rtol=1e-10)
    sig = np.sqrt(np.diag(cov))[1:]
    if not weighted:
        sig = sig * np.sqrt(chisq / (n - m - 1))
    np.testing.assert_allclose(r.sigma, sig, rtol=1e-10)
    np.testing.assert_allclose(r.yfit, coef[0] + x @ coef[1:], rtol=1e-10)
    assert r.status == 0
    if not weighted:
        np.testing.assert_allclose(r.correlation,
                                   [np.corrcoef(x[:, k], y)[0, 1] for k in range(m)],
                                   rtol=1e-10)
        r2 = 1 - chisq / np.sum((y - y.mean()) ** 2)
        np.testing.assert_allclose(r.mcorrelation, np.sqrt(r2), rtol=1e-10)
        np.testing.assert_allclose(r.ftest, (r2 / m) / ((1 - r2) / (n - m - 1)),
                                   rtol=1e-9)


def test_regress_types_and_vector_x():
    x = np.arange(10, dtype=np.float32)
    y = (3 - 2 * x).astype(np.float32)
    r = idl.regress(x, y, const=True)
    assert r.result.dtype == np.float32 and r.result.shape == (1, 1)
    np.testing.assert_allclose([r.result[0, 0], r.const], [-2, 3], rtol=1e-6)
    assert idl.regress(x, y, double=True).dtype == np.float64
    assert idl.regress(x.astype(np.int16), y).dtype == np.float32
    assert idl.regress(x, y.astype(np.float64)).dtype == np.float64
    # a plain call returns the coefficients alone
    assert isinstance(idl.regress(x, y), np.ndarray)


def test_regress_singular_status_and_errors():
    x = np.column_stack([np.arange(6.0), np.ones(6)])  # a constant variable
    y = np.arange(6.0) ** 2
    with pytest.raises(ValueError, match="^REGRESS: Inversion failed"):
        idl.regress(x, y)
    r = idl.regress(x, y, status=True)
    assert r.status == 1 and np.all(np.isnan(r.result))
    with pytest.raises(ValueError, match="^REGRESS: X and Y"):
        idl.regress(np.ones((5, 2)), np.ones(4))
    with pytest.raises(ValueError, match="^REGRESS: Not enough points"):
        idl.regress(np.ones((2, 2)), np.ones(2))
    with pytest.raises(ValueError, match="^REGRESS: X must be"):
        idl.regress(np.ones((2, 3, 4)), np.ones(4))
    with pytest.raises(ValueError, match="^REGRESS: MEASURE_ERRORS"):
        idl.regress(np.arange(5.0), np.arange(5.0), measure_errors=[1.0, 2.0])
    with pytest.raises(TypeError, match="^REGRESS"):
        idl.regress(["a", "b", "c"], [1.0, 2.0, 3.0])


def test_regress_small_pivot_warns():
    rng = np.random.default_rng(3)
    x1 = rng.normal(size=30)
    # Nearly collinear columns: the second pivot of the unit-diagonal correlation matrix
    # is about 1 - r^2 ~ 1e-12 for a 1e-6 perturbation, far below INVERT's small-pivot
    # fraction (sqrt(eps) ~ 1.5e-8) and far above rounding. (A 1e-9 perturbation puts
    # 1 - r below float64's resolution: r rounds to 1 and the pivot is exactly zero --
    # status 1, singular -- for 81 of 429 seeds, e.g. COMPAT_RESEED_SHIFT=99991.)
    x = np.column_stack([x1, x1 + 1e-6 * rng.normal(size=30)])
    y = x1 + rng.normal(size=30)
    with pytest.warns(CompatWarning, match="^REGRESS: Inversion used a small pivot"):
        idl.regress(x, y)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert idl.regress(x, y, status=True).status == 2


def _lad_objective(x, y):
    n = len(x)
    c = np.r_[0.0, 0.0, np.ones(2 * n)]
    a_eq = np.column_stack([np.ones(n), x, np.eye(n), -np.eye(n)])
    bounds = [(None, None)] * 2 + [(0, None)] * (2 * n)
    return linprog(c, A_eq=a_eq, b_eq=y, bounds=bounds, method="highs").fun


@pytest.mark.parametrize("seed", [0, 1, 2, 3])
def test_ladfit_minimises_absolute_deviation(seed):
    rng = np.random.default_rng(seed)
    n = 25 + seed  # odd and even counts
    x = np.sort(rng.uniform(-5, 5, n))
    y = 0.5 - 1.2 * x + rng.standard_cauchy(n) * 0.3
    r = idl.ladfit(x, y, absdev=True)
    a, b = r.result
    dev = np.mean(np.abs(y - a - b * x))
    np.testing.assert_allclose(r.absdev, dev, rtol=1e-12)
    # IDL's contract (medfit in ladfit.pro): the bisection stops when its bracket, which
    # holds a slope of the L1 optimum, is narrower than 1% of the least-squares slope
    # error sigb, and returns one end of it; the intercept is the median of y - B x.
    # So an L1-optimal slope lies within 0.01 sigb of B. f(B) = min_A sum|y - A - B x|
    # is convex and piecewise linear with its kinks at the pairwise slopes, so its
    # minimum over that window is at an end or a kink inside. (A fixed relative bound
    # on the objective is not this contract: a Cauchy outlier inflates sigb --
    # COMPAT_RESEED_SHIFT=1313, seed 2: 0.15% above the optimum, B within the window.)
    det = n * np.dot(x, x) - np.sum(x) ** 2
    line = np.polyfit(x, y, 1)
    sigb = np.sqrt(np.sum((y - np.polyval(line, x)) ** 2) / det)

    def f(slope):
        return np.sum(np.abs(y - slope * x - np.median(y - slope * x)))

    i, j = np.triu_indices(n, 1)
    kinks = (y[j] - y[i]) / (x[j] - x[i])
    lo, hi = b - 0.01 * sigb, b + 0.01 * sigb
    window = [lo, hi, *kinks[(kinks > lo) & (kinks < hi)]]
    best = _lad_objective(x, y)   # HiGHS's vertex: equal to min f over all kinks to
    # 1.2e-13 relative in 436 draws, hence the 1e-9 (a slope 0.03 sigb off fails)
    assert f(b) == pytest.approx(dev * n, rel=1e-12)   # A is the median of y - B x
    assert min(f(v) for v in window) <= best * (1 + 1e-9)
    assert dev * n >= best * (1 - 1e-9)


def test_ladfit_doc_example_types_and_errors():
    x = np.array([-3.20, 4.49, -1.66, 0.64, -2.43, -0.89, -0.12, 1.41, 2.95, 2.18,
                  3.72, 5.26], dtype=np.float32)
    y = np.array([-7.14, -1.30, -4.26, -1.90, -6.19, -3.98, -2.87, -1.66, -0.78,
                  -2.61, 0.31, 1.74], dtype=np.float32)
    o = np.argsort(x)
    r = idl.ladfit(x[o], y[o])
    assert r.dtype == np.float32
    np.testing.assert_allclose(r, [-3.15301, 0.930440], rtol=2e-6)
    assert idl.ladfit(x[o], y[o], double=True).dtype == np.float64
    # an exact line: the least-squares start is already the answer
    np.testing.assert_allclose(idl.ladfit(np.arange(5.0), 2 + 3 * np.arange(5.0)),
                               [2, 3], rtol=1e-12)
    with pytest.raises(ValueError, match="^LADFIT: X and Y"):
        idl.ladfit([1.0, 2.0], [1.0])
    with pytest.raises(ValueError, match="^LADFIT: X and Y need"):
        idl.ladfit([1.0], [1.0])
    with pytest.raises(TypeError, match="^LADFIT"):
        idl.ladfit(["a", "b"], [1.0, 2.0])
