"""MATLAB pdist, pdist2, squareform (compat.matlab.distances): MATLAB's documented
formulas computed by hand, pair order, argument errors; a live Octave run (statistics
package) on random data."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave

X = np.array([[1.0, 2.0, 3.0], [4.0, 6.0, 8.0], [0.0, 1.0, -1.0]])


def test_pair_order_and_formulas():
    d = matlab.pdist(X)
    assert d.shape == (1, 3)
    # pairs (1,2), (1,3), (2,3): MATLAB's order
    expected = [np.sqrt(9 + 16 + 25), np.sqrt(1 + 1 + 16), np.sqrt(16 + 25 + 81)]
    np.testing.assert_allclose(d[0], expected, rtol=1e-15)
    # 'seuclidean' with a given S: each difference divided by S (MATLAB's pdist page)
    s = np.array([1.0, 2.0, 0.5])
    got = matlab.pdist(X, "seuclidean", s)[0, 0]
    assert got == pytest.approx(np.sqrt(9 / 1 + 16 / 4 + 25 / 0.25), rel=1e-15)
    # default S: the columns' standard deviations (N - 1)
    sd = X.std(axis=0, ddof=1)
    assert matlab.pdist(X, "seuclidean")[0, 0] == pytest.approx(
        np.sqrt(np.sum(((X[0] - X[1]) / sd) ** 2)), rel=1e-14)
    assert matlab.pdist(X, "minkowski", 1)[0, 0] == 12.0
    assert matlab.pdist(X, "chebychev")[0, 0] == 5.0
    assert matlab.pdist(X, "squared")[0, 0] == 50.0            # abbreviated name
    cos = 1 - X[0] @ X[1] / np.linalg.norm(X[0]) / np.linalg.norm(X[1])
    assert matlab.pdist(X, "cosine")[0, 0] == pytest.approx(cos, abs=1e-15)
    assert matlab.pdist(X.astype(np.float32)).dtype == np.float32
    custom = matlab.pdist(X, lambda xi, xj: np.abs(xj - xi).sum(axis=1))
    np.testing.assert_array_equal(custom, matlab.pdist(X, "cityblock"))


def test_pdist2_selection_and_squareform():
    Y = np.array([[0.0, 0.0, 0.0], [4.0, 6.0, 7.0]])
    D = matlab.pdist2(X, Y)
    assert D.shape == (3, 2)
    assert D[1, 1] == 1.0
    r = matlab.pdist2(X, Y, "euclidean", "Smallest", 1, nargout=2)
    assert r.I.tolist() == [[3.0, 2.0]] and r.D[0, 1] == 1.0
    r = matlab.pdist2(X, Y, "cityblock", "Largest", 2, nargout=2)
    assert r.I.tolist() == [[2.0, 3.0], [1.0, 1.0]]
    z = matlab.squareform(matlab.pdist(X))
    assert z.shape == (3, 3) and np.all(np.diag(z) == 0) and np.array_equal(z, z.T)
    np.testing.assert_array_equal(matlab.squareform(z), matlab.pdist(X))
    np.testing.assert_array_equal(matlab.squareform(z, "tovector"), matlab.pdist(X))
    with pytest.raises(ValueError, match=r"^squareform: The size of the input"):
        matlab.squareform([1.0, 2.0])
    with pytest.raises(ValueError, match=r"^pdist: Unrecognized distance metric"):
        matlab.pdist(X, "nosuch")
    with pytest.raises(ValueError, match="same number of columns"):
        matlab.pdist2(X, np.ones((2, 2)))


def test_inputs_are_not_modified():
    x = X.copy()
    for metric in ("euclidean", "seuclidean", "mahalanobis", "spearman", "jaccard"):
        matlab.pdist(x, metric)
    assert np.array_equal(x, X)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(34)
    cases, ours = [], []
    for k in range(3):
        x = rng.standard_normal((7, 3 + k))
        for metric in ("euclidean", "squaredeuclidean", "seuclidean", "mahalanobis",
                       "cityblock", "chebychev", "cosine", "correlation", "spearman"):
            cases.append((f"d = pdist(x, '{metric}');", {"x": x}, ["d"]))
            ours.append((metric, matlab.pdist(x, metric)))
    results = run_octave(cases, setup="warning('off', 'Octave:shadowed-function'); "
                                       "pkg load statistics")
    for (metric, mine), got in zip(ours, results):
        assert not isinstance(got, Exception), (metric, got)
        np.testing.assert_allclose(mine, np.asarray(got["d"]).reshape(mine.shape),
                                   rtol=1e-13, atol=1e-15, err_msg=metric)
