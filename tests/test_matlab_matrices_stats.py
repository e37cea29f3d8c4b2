"""MATLAB structured matrices and correlation (issue 16): toeplitz, hankel, vander, cov,
corrcoef.

Definitions, warnings, classes, bad input, and a differential test against live Octave
(the goldens are in reference_outputs/matlab/special_matrices and .../correlation).
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import scipy.linalg
import scipy.stats
from oracles import as2d, run_octave_calls

from compat import MatlabWarning, matlab
from compat.matlab.correlation import CorrcoefResult


def test_toeplitz_hankel_vander():
    c, r = [1.0, 2, 3], [1.0, 5, 6, 7]
    np.testing.assert_array_equal(matlab.toeplitz(c, r), scipy.linalg.toeplitz(c, r))
    np.testing.assert_array_equal(matlab.hankel(c, [3.0, 4, 5]),
                                  scipy.linalg.hankel(c, [3.0, 4, 5]))
    np.testing.assert_array_equal(matlab.hankel(c), scipy.linalg.hankel(c))
    z = np.array([1 + 1j, 2 - 1j, 3j])
    T = matlab.toeplitz(z)
    assert T[0, 0] == z[0] and T[1, 0] == np.conj(z[1]) and T[0, 1] == z[1]
    np.testing.assert_array_equal(matlab.vander([2, 3, 5]), np.vander([2.0, 3, 5]))
    V = matlab.vander(np.int8([1, 2, 3, 5, 7]))
    assert V.dtype == np.int8 and V[4, 0] == 127 and V[3, 0] == 127   # saturated
    assert matlab.toeplitz(np.float32([1, 2])).dtype == np.float32
    assert matlab.toeplitz(np.int8([1, 2]), [1.0, 9.0]).dtype == np.int8


def test_conflict_warnings():
    with pytest.warns(MatlabWarning, match="Column wins diagonal conflict"):
        T = matlab.toeplitz([1, 2], [9, 3])
    assert T[0, 0] == 1
    with pytest.warns(MatlabWarning, match="Column wins anti-diagonal conflict"):
        H = matlab.hankel([1, 2], [9, 3])
    assert H[1, 0] == 2 and H[0, 1] == 2
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        matlab.toeplitz([1, 2], [1, 3])
        matlab.hankel([1, 2], [2, 3])


def test_cov():
    np.testing.assert_allclose(matlab.cov([3, 6, 4], [7, 12, -9]),
                               [[7 / 3, 41 / 6], [41 / 6, 361 / 3]])
    X = np.random.default_rng(5).normal(size=(20, 3))
    np.testing.assert_allclose(matlab.cov(X), np.cov(X, rowvar=False), rtol=1e-13)
    np.testing.assert_allclose(matlab.cov(X, 1), np.cov(X, rowvar=False, ddof=0),
                               rtol=1e-13)
    np.testing.assert_allclose(matlab.cov([1.0, 2, 4]), np.var([1.0, 2, 4], ddof=1), rtol=1e-15)
    assert matlab.cov(5) == 0
    assert np.isnan(matlab.cov(np.zeros((0, 0))))
    Xn = X.copy()
    Xn[3, 1] = np.nan
    assert np.isnan(matlab.cov(Xn)[1, 1])
    np.testing.assert_allclose(matlab.cov(Xn, "omitrows"),
                               np.cov(np.delete(X, 3, 0), rowvar=False), rtol=1e-13)
    part = matlab.cov(Xn, "partialrows")
    np.testing.assert_allclose(part[0, 0], np.var(X[:, 0], ddof=1), rtol=1e-13)
    np.testing.assert_allclose(part[0, 1],
                               np.cov(np.delete(X[:, :2], 3, 0), rowvar=False)[0, 1],
                               rtol=1e-13)
    assert matlab.cov(np.float32([[1, 2], [3, 5], [4, 4]])).dtype == np.float32


def test_corrcoef():
    X = np.random.default_rng(6).normal(size=(25, 3))
    R, P, RL, RU = matlab.corrcoef(X, nargout=4)
    np.testing.assert_allclose(R, np.corrcoef(X, rowvar=False), rtol=1e-13)
    for i in range(3):
        for j in range(3):
            if i != j:
                res = scipy.stats.pearsonr(X[:, i], X[:, j])
                np.testing.assert_allclose(P[i, j], res.pvalue, rtol=1e-9)
                ci = res.confidence_interval(0.95)
                np.testing.assert_allclose([RL[i, j], RU[i, j]], [ci.low, ci.high],
                                           rtol=1e-9)
    assert (np.diag(R) == 1).all() and (np.diag(P) == 1).all()
    assert isinstance(matlab.corrcoef(X, nargout=2), CorrcoefResult)
    r = matlab.corrcoef([1, 2, 3.5], [2, 4, 7])
    np.testing.assert_allclose(r, [[1, 1], [1, 1]])
    assert (np.abs(r) <= 1).all()                   # rounding clamped back to +-1
    assert matlab.corrcoef([1.0, 2, 3]) == 1


def test_bad_input():
    with pytest.raises(ValueError, match=r"^cov: A and B must have the same number of "
                                         r"elements\."):
        matlab.cov([1, 2, 3], [1, 2])
    with pytest.raises(ValueError, match=r"^cov: Invalid nanflag 'skip'"):
        matlab.cov([1, 2, 3], "skip")
    with pytest.raises(ValueError, match=r"^cov: W must be 0, 1"):
        matlab.cov(np.ones((3, 2)), np.ones((3, 2)), 0.5)
    with pytest.raises(ValueError, match=r"^corrcoef: 'Alpha' must be a scalar between"):
        matlab.corrcoef(np.ones((3, 2)), "Alpha", 2)
    with pytest.raises(ValueError, match=r"^corrcoef: 'Rows' must be 'all', 'complete'"):
        matlab.corrcoef(np.ones((3, 2)), "Rows", "some")
    with pytest.raises(ValueError, match=r"^cov: Inputs must be 2-D\."):
        matlab.cov(np.ones((2, 2, 2)))
    with pytest.raises(TypeError, match=r"^vander: v must be numeric or logical"):
        matlab.vander(np.array(["a"], dtype=object))


@pytest.mark.octave
def test_against_octave():
    rng = np.random.default_rng(1620)
    cases, expected = [], []
    for k in range(8):
        X = rng.normal(size=(int(rng.integers(5, 30)), int(rng.integers(1, 5))))
        c = rng.integers(-9, 9, size=(1, int(rng.integers(1, 7)))).astype(float)
        cases += [("cov(X)", {"X": X}, 1), ("corrcoef(X)", {"X": X}, 1),
                  ("toeplitz(c)", {"c": c}, 1), ("hankel(c)", {"c": c}, 1),
                  ("vander(c)", {"c": c}, 1)]
        expected += [matlab.cov(X), matlab.corrcoef(X), matlab.toeplitz(c),
                     matlab.hankel(c), matlab.vander(c)]
    results = run_octave_calls(cases)
    for (call, _, _), ours, got in zip(cases, expected, results):
        assert not isinstance(got, Exception), (call, got)
        np.testing.assert_allclose(as2d(ours), got[0], rtol=1e-12, atol=1e-14,
                                   err_msg=call)
