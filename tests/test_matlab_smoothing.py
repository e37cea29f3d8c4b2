"""Tests of the MATLAB smoothing family: compat.matlab.smooth (Curve Fitting Toolbox).

Octave has no ``smooth`` and MATLAB's documentation prints no numbers for it, so the
checks are: the documentation's own formulas (``yy(1) = y(1)``,
``yy(2) = (y(1)+y(2)+y(3))/3`` ...), an independent brute-force reference written
below as plain per-point loops from the documented definitions (span nearest
neighbours, tricube weights ``(1-(d/dmax)^3)^3``, bisquare robust weights with
``6 MAD`` and five iterations, Savitzky-Golay frames), and SciPy's ``savgol_filter``
(``mode='interp'`` fits the end frames the same way) for uniform Savitzky-Golay.

Tolerance: every value is the intercept of a small weighted least-squares problem
(at most ``span`` rows, 3 columns, centred abscissae); compat solves it with a
pseudo-inverse, the reference with ``numpy.polyfit`` (QR/SVD on the raw abscissae).
Both are backward stable; the results differ by about ``cond(V) eps |y|`` with
``cond(V)`` below ``1e4`` for the spans used here, so ``1e-9`` relative to ``max|y|``
is a safe bound that still catches any wrong window or weight (those change results
at the ``1e-2`` level).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.signal

from compat.matlab import smooth

RNG = np.random.default_rng(77)
TOL = 1e-9


# --------------------------------------------------------------------------- reference
def _polyfit_at(xs, ys, ws, x0, deg):
    """Weighted LS polynomial (weights ws on squared residuals) evaluated at x0."""
    keep = ws > 0
    xs, ys, ws = xs[keep], ys[keep], ws[keep]
    deg = min(deg, len(np.unique(xs)) - 1)
    p = np.polyfit(xs - x0, ys, deg, w=np.sqrt(ws))
    return p[-1]


def _knn(x, i, k, usable):
    d = np.abs(x - x[i])
    cand = np.flatnonzero(usable)
    if cand.size <= k:
        return cand
    dk = np.sort(d[cand])[k - 1]
    return cand[d[cand] <= dk]


def _tricube(d):
    dmax = d.max()
    u = d / dmax if dmax > 0 else d
    return np.clip(1 - u ** 3, 0, None) ** 3


def ref_lowess(x, y, span, deg, robust):
    n = len(y)
    span = min(int(span), n)
    d2 = np.diff(x, 2)
    if np.all(np.abs(d2) <= np.finfo(float).eps * max(abs(x[0]), abs(x[-1]))):
        span = 2 * (span // 2) + 1  # uniform: an even span covers an odd number
    sets = [_knn(x, i, span, np.ones(n, bool)) for i in range(n)]
    c = np.array([_polyfit_at(x[s], y[s], _tricube(np.abs(x[s] - x[i])), x[i], deg)
                  for i, s in enumerate(sets)])
    if not robust:
        return c
    for _ in range(5):
        r = y - c
        # MATLAB bounds the MAD away from 0 by 1e8 eps max|y| (loess with span 5
        # interpolates 3 weighted points, so most residuals are rounding noise)
        mad = max(np.median(np.abs(r)), 1e8 * np.finfo(float).eps * np.abs(y).max())
        u = r / (6 * mad)
        rw = np.where(np.abs(u) < 1, (1 - u ** 2) ** 2, 0.0)
        new = np.empty(n)
        for i, s in enumerate(sets):
            if np.any(rw[s] <= 0):
                s = _knn(x, i, span, rw > 0)
            w = _tricube(np.abs(x[s] - x[i])) * rw[s]
            new[i] = _polyfit_at(x[s], y[s], w, x[i], deg)
        c = new
    return c


def ref_sgolay(x, y, span, deg):
    n = len(y)
    f = min(int(span), n)
    f -= 1 - f % 2
    hf = (f - 1) // 2
    out = np.empty(n)
    for i in range(n):
        lo = min(max(i - hf, 0), n - f)
        s = np.arange(lo, lo + f)
        out[i] = _polyfit_at(x[s], y[s], np.ones(f), x[i], deg)
    return out


def ref_moving(y, span):
    n = len(y)
    width = min(int(span), n)
    width -= 1 - width % 2
    out = np.empty(n)
    for i in range(n):
        h = min(i, n - 1 - i, (width - 1) // 2)
        w = y[i - h:i + h + 1]
        w = w[~np.isnan(w)]
        out[i] = w.mean() if w.size else np.nan
    return out


# --------------------------------------------------------------------------- documentation
def test_moving_doc_formula():
    y = RNG.standard_normal(12)
    yy = smooth(y)
    assert yy.shape == (12, 1)
    yy = yy[:, 0]
    assert yy[0] == y[0]
    np.testing.assert_allclose(yy[1], (y[0] + y[1] + y[2]) / 3, rtol=1e-15)
    np.testing.assert_allclose(yy[2], y[:5].sum() / 5, rtol=1e-14)
    np.testing.assert_allclose(yy[3], y[1:6].sum() / 5, rtol=1e-14)
    np.testing.assert_allclose(yy[-2], y[-3:].sum() / 3, rtol=1e-14)
    assert yy[-1] == y[-1]
    # "Because of the way endpoints are handled, the result differs from filter"
    f = scipy.signal.lfilter(np.ones(5) / 5, 1, y)
    np.testing.assert_allclose(yy[2:-2], f[4:], rtol=1e-13)


def test_span_rules():
    y = RNG.standard_normal(15)
    # an even span is reduced by one for moving and sgolay
    np.testing.assert_array_equal(smooth(y, 6), smooth(y, 5))
    np.testing.assert_array_equal(smooth(y, 8, "sgolay"), smooth(y, 7, "sgolay"))
    # a span longer than the data is reduced to its length
    np.testing.assert_array_equal(smooth(y, 99), smooth(y, 15))
    # span < 1 is a fraction: ceil(0.3*15) = 5
    np.testing.assert_array_equal(smooth(y, 0.3, "loess"), smooth(y, 5, "loess"))
    np.testing.assert_array_equal(smooth(y, 0.3), smooth(y, 5))
    # span 1: no smoothing
    np.testing.assert_array_equal(smooth(y, 1)[:, 0], y)
    np.testing.assert_array_equal(smooth(y, 1, "lowess")[:, 0], y)
    # keyword forms
    np.testing.assert_array_equal(smooth(y, span=7, method="sgolay", degree=3),
                                  smooth(y, 7, "sgolay", 3))
    np.testing.assert_array_equal(smooth(y, "sgolay", 3), smooth(y, 5, "sgolay", 3))
    np.testing.assert_array_equal(smooth(y, [], "lowess"), smooth(y, 5, "lowess"))


# --------------------------------------------------------------------------- reference
@pytest.mark.parametrize("span", [3, 5, 6, 9, 14])
def test_moving_against_reference(span):
    y = RNG.standard_normal(31)
    np.testing.assert_allclose(smooth(y, span)[:, 0], ref_moving(y, span), rtol=0, atol=1e-14)
    y[[3, 4, 17]] = np.nan
    # NaN in y: x = 1:n with NaN is not "uniform", so the default is lowess; ask moving
    np.testing.assert_allclose(smooth(y, span, "moving")[:, 0], ref_moving(y, span), atol=1e-14)


@pytest.mark.parametrize("method, deg, robust", [("lowess", 1, False), ("loess", 2, False),
                                                 ("rlowess", 1, True), ("rloess", 2, True)])
@pytest.mark.parametrize("span", [5, 6, 9])
@pytest.mark.parametrize("uniform", [True, False])
def test_local_regression_against_reference(method, deg, robust, span, uniform):
    n = 40
    x = np.arange(1.0, n + 1) if uniform else np.sort(RNG.uniform(0, 20, n))
    y = np.sin(x / 3) + 0.2 * RNG.standard_normal(n)
    y[7] += 3  # an outlier for the robust versions
    got = smooth(x, y, span, method)[:, 0]
    want = ref_lowess(x, y, span, deg, robust)
    np.testing.assert_allclose(got, want, rtol=0, atol=TOL * np.abs(y).max())


@pytest.mark.parametrize("span, deg", [(5, 2), (7, 3), (9, 1), (11, 4), (6, 2), (5, 0)])
def test_sgolay_against_reference_and_scipy(span, deg):
    y = RNG.standard_normal(30)
    got = smooth(y, span, "sgolay", deg)[:, 0]
    np.testing.assert_allclose(got, ref_sgolay(np.arange(30.0), y, span, deg),
                               atol=TOL * np.abs(y).max())
    f = span - (1 - span % 2)
    np.testing.assert_allclose(got, scipy.signal.savgol_filter(y, f, deg, mode="interp"),
                               atol=TOL * np.abs(y).max())


def test_sgolay_nonuniform_against_reference():
    x = np.sort(RNG.uniform(0, 10, 25))
    y = np.cos(x) + 0.1 * RNG.standard_normal(25)
    got = smooth(x, y, 7, "sgolay", 2)[:, 0]
    np.testing.assert_allclose(got, ref_sgolay(x, y, 7, 2), atol=TOL)
    # a quadratic is reproduced exactly by a degree-2 fit
    q = 1 + 2 * x - 0.5 * x ** 2
    np.testing.assert_allclose(smooth(x, q, 7, "sgolay", 2)[:, 0], q, atol=1e-9)


def test_polynomials_reproduced():
    x = np.sort(RNG.uniform(0, 10, 30))
    line = 3 - 2 * x
    quad = 1 + x - 0.3 * x ** 2
    for m in ("lowess", "rlowess"):
        np.testing.assert_allclose(smooth(x, line, 7, m)[:, 0], line, atol=1e-9)
    for m in ("loess", "rloess"):
        np.testing.assert_allclose(smooth(x, quad, 7, m)[:, 0], quad, atol=1e-9)


def test_unsorted_x_and_nan_x():
    x = RNG.uniform(0, 10, 20)
    y = RNG.standard_normal(20)
    order = np.argsort(x)
    got = smooth(x, y, 5, "loess")[:, 0]
    srt = smooth(x[order], y[order], 5, "loess")[:, 0]
    np.testing.assert_allclose(got[order], srt, atol=1e-12)
    xn = x.copy()
    xn[4] = np.nan
    got = smooth(xn, y, 5, "lowess")[:, 0]
    assert np.isnan(got[4]) and np.isfinite(np.delete(got, 4)).all()


def test_default_method_follows_x():
    x = np.sort(RNG.uniform(0, 10, 20))
    y = RNG.standard_normal(20)
    np.testing.assert_array_equal(smooth(x, y), smooth(x, y, "lowess"))
    xu = np.linspace(0, 1, 20)
    np.testing.assert_array_equal(smooth(xu, y), smooth(xu, y, "moving"))
    yn = y.copy()
    yn[3] = np.nan
    np.testing.assert_array_equal(smooth(yn), smooth(yn, "lowess"))


def test_ties_in_x_share_one_value():
    x = np.array([1.0, 2, 2, 3, 4, 4, 4, 5, 6, 7])
    y = RNG.standard_normal(10)
    for m in ("moving", "lowess", "loess", "sgolay", "rlowess"):
        got = smooth(x, y, 5, m)[:, 0]
        assert got[1] == got[2] and got[4] == got[5] == got[6], m
    # moving with ties: ceil((span - group size)/2) more points on each side (at most
    # what the data has), widened to whole groups of equal x. x = 2 (indices 1, 2):
    # 2 more each side, limited to 1 on the left -> indices 0..3; x = 4 (indices 4..6):
    # 1 more each side -> indices 3..7
    got = smooth(x, y, 5, "moving")[:, 0]
    np.testing.assert_allclose(got[1], y[0:4].mean(), rtol=1e-14)
    np.testing.assert_allclose(got[5], y[3:8].mean(), rtol=1e-14)


# --------------------------------------------------------------------------- types, errors
def test_dtypes_and_shapes():
    y = RNG.standard_normal(10)
    assert smooth(y.astype(np.float32)).dtype == np.float32
    assert smooth(np.arange(10)).dtype == np.float64
    assert smooth(y.reshape(2, 5)).shape == (10, 1)
    # MATLAB's y(:) is column-major
    M = y.reshape(2, 5)
    np.testing.assert_array_equal(smooth(M), smooth(M.ravel(order="F")))
    assert smooth(np.zeros(0)).shape == (0, 1)


def test_inputs_not_modified():
    x = RNG.uniform(0, 10, 15)
    y = RNG.standard_normal(15)
    x0, y0 = x.copy(), y.copy()
    for m in ("moving", "lowess", "loess", "sgolay", "rlowess", "rloess"):
        smooth(x, y, 5, m)
    np.testing.assert_array_equal(x, x0)
    np.testing.assert_array_equal(y, y0)


@pytest.mark.parametrize("call, exc, message", [
    (lambda: smooth(), TypeError, "smooth: not enough input arguments"),
    (lambda: smooth([1.0, 2, 3], 0), ValueError, "smooth: span must be positive"),
    (lambda: smooth([1.0, 2, 3], -1), ValueError, "smooth: span must be positive"),
    (lambda: smooth([1.0, 2, 3], 3, "spline"), ValueError, "smooth: unrecognized method 'spline'"),
    (lambda: smooth([1.0, 2, 3, 4, 5], 5, "sgolay", 5), ValueError, "smooth: degree must be"),
    (lambda: smooth([1.0, 2, 3, 4, 5], 5, "sgolay", 1.5), ValueError, "smooth: degree must be"),
    (lambda: smooth([1.0, 2, 3, 4, 5], 5, "sgolay", -1), ValueError, "smooth: degree must be"),
    (lambda: smooth([1.0, 2, 3], 3, "lowess", 2), TypeError, "smooth: degree is only used"),
    (lambda: smooth([1.0, 2], [1.0, 2, 3]), ValueError, "smooth: x and y must have the same"),
    (lambda: smooth("abc"), TypeError, "smooth: y must be numeric"),
    (lambda: smooth([1.0, 2, 3], 3, method="moving", span=3), TypeError, "smooth: span given twice"),
    (lambda: smooth([1.0, 2, 3], 3, 5), TypeError, "smooth: method must be a string"),
])
def test_bad_input_messages(call, exc, message):
    with pytest.raises(exc) as info:
        call()
    assert str(info.value).startswith(message), str(info.value)


def test_robust_resists_outlier():
    x = np.arange(50.0)
    y = np.sin(x / 5)
    y[25] = 50.0
    plain = smooth(x, y, 9, "loess")[:, 0]
    robust = smooth(x, y, 9, "rloess")[:, 0]
    assert abs(plain[24] - np.sin(24 / 5)) > 1
    assert abs(robust[24] - np.sin(24 / 5)) < 0.05
    assert math.isfinite(robust.sum())


# ------------------------------------------------------------------ smooth3
def test_smooth3_box_is_replicated_mean():
    """The box filter is the mean over the window of V extended by its edge values."""
    from compat.matlab import smooth3
    rng = np.random.default_rng(2)
    V = rng.normal(size=(4, 5, 3))
    W = smooth3(V, "box", [3, 3, 1])
    P = np.pad(V, [(1, 1), (1, 1), (0, 0)], mode="edge")
    expected = sum(P[i:i + 4, j:j + 5, :] for i in range(3) for j in range(3)) / 9
    np.testing.assert_allclose(W, expected, rtol=0, atol=1e-15)
    assert smooth3(V.astype(np.float32)).dtype == np.float32
    np.testing.assert_array_equal(smooth3(V, "box", 1), V)


def test_smooth3_errors_and_inputs():
    from compat.matlab import smooth3
    with pytest.raises(ValueError, match="3D array"):
        smooth3(np.ones((3, 3)))
    with pytest.raises(ValueError, match="odd"):
        smooth3(np.ones((3, 3, 3)), "box", 2)
    with pytest.raises(ValueError, match="filter"):
        smooth3(np.ones((3, 3, 3)), "median")
    V = np.arange(27.0).reshape(3, 3, 3).astype(">f8")
    V.flags.writeable = False
    assert smooth3(V)[1, 1, 1] == 13.0


@pytest.mark.octave
def test_smooth3_against_octave():
    from compat.matlab import smooth3
    from oracles import run_octave_calls
    rng = np.random.default_rng(12)
    shapes = [(3, 4, 5), (6, 2, 3), (4, 4, 4)]
    forms = [("'box', 3", ("box", 3)), ("'gaussian', [3 5 1], 0.9", ("gaussian", [3, 5, 1], 0.9))]
    volumes = [rng.normal(size=s) for s in shapes]
    cases = [(f"smooth3(V, {text})", {"V": V}, 1) for V in volumes for text, _ in forms]
    results = run_octave_calls(cases)
    k = 0
    for V in volumes:
        for _, args in forms:
            np.testing.assert_allclose(smooth3(V, *args), results[k][0], rtol=0, atol=2e-15)
            k += 1
