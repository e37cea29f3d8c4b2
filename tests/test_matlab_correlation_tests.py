"""MATLAB corr (compat.matlab.correlation_tests): coefficients and p-values against
independent computations (closed forms, permutation enumeration written here), the
'Rows'/'Tail' options, classes and errors; a live Octave run on random data."""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave


def _ranks(v):
    order = np.argsort(v)
    r = np.empty(len(v))
    r[order] = np.arange(1, len(v) + 1)
    return r


def test_pearson_values_and_tails():
    x = np.array([[1.0], [2.0], [3.0], [4.0], [6.0]])
    y = np.array([[2.0], [1.0], [5.0], [3.0], [7.0]])
    xc, yc = x[:, 0] - x.mean(), y[:, 0] - y.mean()
    r0 = xc @ yc / math.sqrt((xc @ xc) * (yc @ yc))
    rho, p = matlab.corr(x, y, nargout=2)
    assert rho.shape == (1, 1) and rho[0, 0] == pytest.approx(r0, rel=1e-14)
    # t with 3 dof: closed form cdf  F(t) = 1/2 + (atan(u) + u/(1+u^2))/pi ... via u
    t = r0 * math.sqrt(3 / (1 - r0 ** 2))
    u = t / math.sqrt(3)
    upper = 0.5 - (math.atan(u) + u / (1 + u * u)) / math.pi
    assert p[0, 0] == pytest.approx(2 * upper, rel=1e-12)
    assert matlab.corr(x, y, "Tail", "right", nargout=2)[1][0, 0] == pytest.approx(upper, rel=1e-12)
    assert matlab.corr(x, y, "tail", "lt", nargout=2)[1][0, 0] == pytest.approx(1 - upper, rel=1e-12)
    R, P = matlab.corr(np.column_stack([x[:, 0], y[:, 0], x[:, 0] ** 2]), nargout=2)
    assert np.diag(R).tolist() == [1.0, 1.0, 1.0] and np.diag(P).tolist() == [1.0, 1.0, 1.0]
    assert R[0, 1] == R[1, 0] and P[0, 1] == P[1, 0]


def _exact_kendall_p(x, y):
    n = len(x)
    rx, ry = _ranks(x), _ranks(y)

    def k_of(b):
        return sum(np.sign(rx[i] - rx[j]) * np.sign(b[i] - b[j])
                   for i in range(n) for j in range(i + 1, n))
    k = k_of(ry)
    dist = [k_of(np.array(q)) for q in itertools.permutations(ry)]
    lo = np.mean([d <= k for d in dist])
    hi = np.mean([d >= k for d in dist])
    return k / (n * (n - 1) / 2), min(2 * min(lo, hi), 1.0), hi, lo


def _exact_spearman_p(x, y):
    n = len(x)
    rx, ry = _ranks(x), _ranks(y)
    d = np.sum((rx - ry) ** 2)
    dist = [np.sum((rx - np.array(q)) ** 2) for q in itertools.permutations(ry)]
    lo = np.mean([e <= d for e in dist])
    hi = np.mean([e >= d for e in dist])
    return 1 - 6 * d / (n ** 3 - n), min(2 * min(lo, hi), 1.0), lo, hi


def test_rank_exact_p_values():
    rng = np.random.default_rng(41)
    x, y = rng.standard_normal(6), rng.standard_normal(6)
    X, Y = x[:, None], y[:, None]
    tau, pb, pr, pl = _exact_kendall_p(x, y)
    r, p = matlab.corr(X, Y, "Type", "Kendall", nargout=2)
    assert r[0, 0] == pytest.approx(tau, rel=1e-14) and p[0, 0] == pytest.approx(pb, rel=1e-14)
    assert matlab.corr(X, Y, "type", "k", "tail", "right", nargout=2)[1][0, 0] == \
        pytest.approx(pr, rel=1e-14)
    assert matlab.corr(X, Y, "type", "k", "tail", "left", nargout=2)[1][0, 0] == \
        pytest.approx(pl, rel=1e-14)
    rho, pb, pr, pl = _exact_spearman_p(x, y)
    r, p = matlab.corr(X, Y, "Type", "Spearman", nargout=2)
    assert r[0, 0] == pytest.approx(rho, rel=1e-14) and p[0, 0] == pytest.approx(pb, rel=1e-14)
    assert matlab.corr(X, Y, type="s", tail="r", nargout=2)[1][0, 0] == pytest.approx(pr, rel=1e-14)
    assert matlab.corr(X, Y, type="s", tail="l", nargout=2)[1][0, 0] == pytest.approx(pl, rel=1e-14)


def test_rank_large_sample_rules():
    rng = np.random.default_rng(42)
    z = rng.standard_normal((60, 2))
    # Kendall n >= 50 without ties: normal approximation with continuity correction
    r = matlab.corr(z[:, :1], z[:, 1:], "Type", "Kendall")[0, 0]
    n2 = 60 * 59 / 2
    k = round(r * n2)
    s = math.sqrt(n2 * 125 / 9)
    want = math.erfc((abs(k) - 1) / s / math.sqrt(2))
    p = matlab.corr(z[:, :1], z[:, 1:], "Type", "Kendall", nargout=2)[1][0, 0]
    assert p == pytest.approx(min(want, 1.0), rel=1e-13)
    # Spearman with ties and n >= 10: t approximation of the coefficient
    t = np.round(rng.standard_normal((20, 2)))
    rho = matlab.corr(t[:, :1], t[:, 1:], "Type", "Spearman")[0, 0]
    tt = rho * math.sqrt(18 / (1 - rho ** 2))
    p = matlab.corr(t[:, :1], t[:, 1:], "Type", "Spearman", nargout=2)[1][0, 0]
    from scipy import stats
    assert p == pytest.approx(2 * stats.t.sf(abs(tt), 18), rel=1e-12)


def test_rows_nan_and_classes():
    x = np.array([[1.0, 2.0], [2.0, 1.0], [3.0, np.nan], [4.0, 3.0], [5.0, 5.0]])
    assert np.isnan(matlab.corr(x)[0, 1]) and matlab.corr(x)[0, 0] == 1.0
    assert np.isnan(matlab.corr(x)[1, 1])            # a column with NaN: NaN diagonal
    keep = [0, 1, 3, 4]
    want = np.corrcoef(x[keep, 0], x[keep, 1])[0, 1]
    assert matlab.corr(x, "Rows", "pairwise")[0, 1] == pytest.approx(want, rel=1e-14)
    assert matlab.corr(x, "rows", "c")[0, 1] == pytest.approx(want, rel=1e-14)
    assert matlab.corr(x, "Rows", "pairwise")[1, 1] == 1.0
    assert np.isnan(matlab.corr(x[:1])).all()        # fewer than 2 rows
    assert matlab.corr(x.astype(np.float32), "Rows", "pairwise").dtype == np.float32
    r, p = matlab.corr(x[:, :1], x[:, :1] * 2, "Type", "Kendall", nargout=2)
    assert r.dtype == np.float64 and r[0, 0] == 1.0
    before = x.copy()
    matlab.corr(x, "Rows", "complete", "Type", "Spearman", nargout=2)
    assert np.array_equal(before, x, equal_nan=True)


def test_errors():
    x = np.ones((4, 2))
    with pytest.raises(ValueError, match=r"^corr: X and Y must have the same number of rows"):
        matlab.corr(x, np.ones((3, 2)))
    with pytest.raises(ValueError, match=r"^corr: The value of 'Type' must be"):
        matlab.corr(x, "Type", "Pe2")
    with pytest.raises(ValueError, match=r"^corr: The value of 'Tail' must be"):
        matlab.corr(x, "Tail", "up")
    with pytest.raises(ValueError, match=r"^corr: Invalid parameter name: Foo"):
        matlab.corr(x, "Foo", 1)
    with pytest.raises(ValueError, match=r"^corr: Wrong number of arguments"):
        matlab.corr(x, "Type")
    with pytest.raises(TypeError, match=r"^corr: Inputs must be floats"):
        matlab.corr(np.ones((4, 2), dtype=np.int32))
    with pytest.raises(TypeError, match="^corr: Complex data"):
        matlab.corr(np.ones((4, 2)) * 1j)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(43)
    X = rng.standard_normal((25, 4))
    Y = rng.standard_normal((25, 3))
    T = np.round(rng.standard_normal((25, 3)) * 1.5)
    statements = ("a = corr(X, Y); b = corr(X); c = kendall(X, Y); d = spearman(T, Y); "
                  "e = kendall(T); n = 25; t = a.*sqrt((n-2)./(1-a.^2)); "
                  "p = 2*tcdf(-abs(t), n-2);")
    got = run_octave([(statements, dict(X=X, Y=Y, T=T), list("abcdep"))],
                     setup="warning('off', 'Octave:shadowed-function'); "
                           "pkg load statistics")[0]
    assert not isinstance(got, Exception), got
    mine = dict(a=matlab.corr(X, Y), b=matlab.corr(X), c=matlab.corr(X, Y, "Type", "Kendall"),
                d=matlab.corr(T, Y, "Type", "Spearman"), e=matlab.corr(T, "Type", "Kendall"),
                p=matlab.corr(X, Y, nargout=2)[1])
    for name, value in mine.items():
        # sums of 25 products in two summation orders; p through the t tail
        np.testing.assert_allclose(value, got[name], rtol=1e-12, atol=1e-14, err_msg=name)
