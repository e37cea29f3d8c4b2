"""MATLAB zscore, range, iqr, mad (compat.matlab.dispersion) and mvnpdf
(compat.matlab.distributions): hand-computed values, MATLAB's rules (zero sigma,
NaN as missing in mad, integer saturation in range, prctile's definition in iqr,
column-vector rule of mvnpdf), errors; a live Octave run on random data."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave


def test_zscore():
    z = matlab.zscore([2.0, 4.0, 6.0])
    assert z.tolist() == [-1.0, 0.0, 1.0]
    z1 = matlab.zscore([2.0, 4.0, 6.0], 1)                 # std normalised by n
    assert z1[2] == pytest.approx(2 / math.sqrt(8 / 3), rel=1e-15)
    Z, mu, sigma = matlab.zscore([[1.0, 7.0], [3.0, 7.0]], nargout=3)
    assert Z.tolist() == [[-1 / math.sqrt(2), 0.0], [1 / math.sqrt(2), 0.0]]
    assert mu.tolist() == [[2.0, 7.0]] and sigma.tolist() == [[math.sqrt(2), 0.0]]
    assert matlab.zscore([[1.0, 3.0], [5.0, 9.0]], 0, 2).tolist() == \
        [[-1 / math.sqrt(2), 1 / math.sqrt(2)], [-1 / math.sqrt(2), 1 / math.sqrt(2)]]
    assert matlab.zscore(np.float32([1, 2, 3])).dtype == np.float32
    x = np.array([1.0, 2.0, 4.0])
    matlab.zscore(x)
    assert x.tolist() == [1.0, 2.0, 4.0]
    with pytest.raises(ValueError, match=r"^zscore: FLAG must be 0 or 1"):
        matlab.zscore([1.0, 2.0], 2)


def test_range_iqr_mad():
    assert matlab.range([4.0, np.nan, -1.0, 7.0]) == 8.0
    assert matlab.range(np.array([-100, 100], dtype=np.int8)) == np.int8(127)
    assert matlab.range([[1.0, 5.0], [4.0, 2.0]], 2).tolist() == [[4.0], [2.0]]
    assert matlab.range([[1.0, 5.0], [4.0, 2.0]], "all") == 4.0
    # prctile's definition 5: with n = 4 the quartiles sit halfway between values
    assert matlab.iqr([1.0, 2.0, 3.0, 4.0]) == 2.0
    assert matlab.iqr([1.0, 2.0, 3.0, 4.0, 5.0]) == 2.5      # 4.25 - 1.75
    assert matlab.iqr([[1.0, 10.0], [2.0, 20.0], [3.0, 30.0], [4.0, 40.0]]).tolist() \
        == [[2.0, 20.0]]
    assert matlab.mad([1.0, 2.0, 3.0, 10.0]) == 3.0          # mean |x - 4|
    assert matlab.mad([1.0, 2.0, 3.0, 10.0], 1) == 1.0       # median |x - 2.5|
    assert matlab.mad([1.0, 2.0, np.nan, 3.0, 10.0]) == 3.0  # NaN is missing data
    assert matlab.mad([[1.0, 2.0], [5.0, 2.0]], 0, 2).tolist() == [[0.5], [1.5]]
    with pytest.raises(ValueError, match=r"^mad: FLAG must be 0 or 1"):
        matlab.mad([1.0, 2.0], 3)
    with pytest.raises(ValueError, match="^iqr:"):
        matlab.iqr([1.0, 2.0], "bogus")


def test_mvnpdf():
    c = 1 / (2 * math.pi)
    y = matlab.mvnpdf([[0.0, 0.0], [1.0, 2.0]])
    assert y.shape == (2, 1)
    assert y[0, 0] == pytest.approx(c, rel=1e-15)
    assert y[1, 0] == pytest.approx(c * math.exp(-2.5), rel=1e-15)
    # diagonal row Sigma = the diagonal matrix
    s = [4.0, 0.25]
    d = matlab.mvnpdf([[1.0, 1.0]], [0.0, 0.0], s)
    f = matlab.mvnpdf([[1.0, 1.0]], [0.0, 0.0], np.diag(s))
    assert d[0, 0] == pytest.approx(c * math.exp(-0.5 * (0.25 + 4)), rel=1e-14)
    assert f[0, 0] == pytest.approx(d[0, 0], rel=1e-14)
    # correlated 2-D: the closed form with rho
    rho = 0.6
    sig = [[1.0, rho], [rho, 1.0]]
    q = (1 - 2 * rho * 1 * -1 + 1) / (1 - rho ** 2)
    want = math.exp(-q / 2) / (2 * math.pi * math.sqrt(1 - rho ** 2))
    assert matlab.mvnpdf([1.0, -1.0], [0.0, 0.0], sig)[0] == pytest.approx(want, rel=1e-14)
    # a d x 1 column with a d x d Sigma is one observation; without, n scalars
    col = np.array([[0.5], [1.0]])
    assert matlab.mvnpdf(col, None, np.eye(2)).shape == (1, 1)
    assert matlab.mvnpdf(col).shape == (2, 1)
    assert matlab.mvnpdf(np.float32([[0, 0]])).dtype == np.float32
    with pytest.raises(ValueError, match=r"^mvnpdf: SIGMA must be a square, symmetric, "
                                         r"positive definite matrix"):
        matlab.mvnpdf([[0.0, 0.0]], None, [[1.0, 2.0], [2.0, 1.0]])
    with pytest.raises(ValueError, match="^mvnpdf: SIGMA must be a square matrix with size"):
        matlab.mvnpdf([[0.0, 0.0]], None, np.eye(3))
    with pytest.raises(ValueError, match="^mvnpdf: X and MU must have the same number of col"):
        matlab.mvnpdf([[0.0, 0.0]], [1.0, 2.0, 3.0])


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(38)
    X = rng.standard_normal((9, 3))
    M = rng.standard_normal((1, 3))
    G = rng.standard_normal((3, 3))
    S = G @ G.T + 0.5 * np.eye(3)
    D = rng.uniform(0.5, 2, (1, 3))
    Y = rng.standard_normal((7, 4))
    inputs = dict(X=X, M=M, S=S, D=D, Y=Y)
    statements = ("a = mvnpdf(X, M, S); b = mvnpdf(X, M, D); [z, mu, sg] = zscore(Y); "
                  "z2 = zscore(Y, 1, 2); r = range(Y); r2 = range(Y, 2); m0 = mad(Y); "
                  "m1 = mad(Y, 1, 2);")
    names = ["a", "b", "z", "mu", "sg", "z2", "r", "r2", "m0", "m1"]
    got = run_octave([(statements, inputs, names)],
                     setup="warning('off', 'Octave:shadowed-function'); "
                           "pkg load statistics")[0]
    assert not isinstance(got, Exception), got
    z, mu, sg = matlab.zscore(Y, nargout=3)
    mine = dict(a=matlab.mvnpdf(X, M, S), b=matlab.mvnpdf(X, M, D), z=z, mu=mu, sg=sg,
                z2=matlab.zscore(Y, 1, 2), r=matlab.range(Y), r2=matlab.range(Y, 2),
                m0=matlab.mad(Y), m1=matlab.mad(Y, 1, 2))
    for name in names:
        # mvnpdf: LAPACK Cholesky/solve in two builds; the rest are sums of a few terms
        np.testing.assert_allclose(mine[name], got[name], rtol=1e-13, atol=0,
                                   err_msg=name)
