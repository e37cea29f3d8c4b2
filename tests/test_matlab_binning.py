"""MATLAB legacy hist counts and histcounts2 (issue 16): MATLAB's bins, shapes, the
(left, right] rule of hist, histcounts2 against histcounts and numpy; goldens in
reference_outputs/matlab/binning."""

from __future__ import annotations

import numpy as np
import pytest
from oracles import as2d, run_octave_calls

from compat import matlab
from compat.matlab.binning import Histcounts2Result, HistResult


def test_hist_shapes_and_rules():
    n, c = matlab.hist([1, 2, 2, 3, 3, 3, 4], 3, nargout=2)
    assert n.tolist() == [3, 3, 1] and c.tolist() == [1.5, 2.5, 3.5]
    assert matlab.hist([0, 1, 2, 3, 4], 2).tolist() == [3, 2]    # (left, right]
    n, c = matlab.hist(np.array([[1.0, 2, 3]]), 2, nargout=2)
    assert n.shape == (1, 2) and c.shape == (1, 2)
    n, c = matlab.hist(np.arange(12.0).reshape(4, 3), 2, nargout=2)
    assert n.shape == (2, 3) and c.shape == (2, 1)
    assert matlab.hist(np.random.default_rng(1).normal(size=100)).sum() == 100
    n, c = matlab.hist([2, 2], 4, nargout=2)
    assert c.tolist() == [0, 1, 2, 3] and n.tolist() == [0, 0, 2, 0]
    assert matlab.hist([np.nan, 1, 2], 2).sum() == 2
    n = matlab.hist([-10, 0.2, 0.7, 10], [0, 1])
    assert n.tolist() == [2, 2]                                   # outer bins open
    assert isinstance(matlab.hist([1, 2], nargout=2), HistResult)
    n, c = matlab.hist(np.zeros((0, 0)), 3, nargout=2)
    assert c.ravel().tolist() == [1, 2, 3] and n.sum() == 0


def test_histcounts2():
    rng = np.random.default_rng(2)
    x, y = rng.normal(size=500), rng.normal(size=500)
    xe, ye = np.linspace(-3, 3, 7), np.linspace(-2, 2, 5)
    N, X, Y, bx, by = matlab.histcounts2(x, y, xe, ye, nargout=5)
    ref, _, _ = np.histogram2d(x, y, [xe, ye])
    np.testing.assert_array_equal(N, ref)
    assert isinstance(matlab.histcounts2(x, y, xe, ye, nargout=2), Histcounts2Result)
    ok = (bx > 0) & (by > 0)
    assert ok.sum() == N.sum()
    N, X, Y = matlab.histcounts2(x, y, [8, 4], nargout=3)
    np.testing.assert_array_equal(X, matlab.histcounts(x, 8, nargout=2)[1])
    np.testing.assert_array_equal(Y, matlab.histcounts(y, 4, nargout=2)[1])
    assert N.shape == (X.size - 1, Y.size - 1) and N.sum() == 500
    P = matlab.histcounts2(x, y, xe, ye, "Normalization", "probability")
    np.testing.assert_allclose(P, ref / 500)
    C = matlab.histcounts2(x, y, xe, ye, "Normalization", "cdf")
    assert np.isclose(C[-1, -1], ref.sum() / 500)
    N = matlab.histcounts2(x, y, "BinWidth", [1, 2])
    assert N.sum() == 500


def test_bad_input():
    with pytest.raises(ValueError, match=r"^histcounts2: MATLAB's automatic bivariate"):
        matlab.histcounts2([1, 2], [1, 2])
    with pytest.raises(ValueError, match=r"^histcounts2: X and Y must have the same"):
        matlab.histcounts2([1, 2], [1], 3)
    with pytest.raises(ValueError, match=r"^histcounts2: Xedges must be a nondecreasing"):
        matlab.histcounts2([1, 2], [1, 2], [3, 1], [0, 1])
    with pytest.raises(ValueError, match=r"^histcounts2: 'BinMethod' rules"):
        matlab.histcounts2([1, 2], [1, 2], "BinMethod", "scott")
    with pytest.raises(ValueError, match=r"^hist: Number of bins must be a positive"):
        matlab.hist([1, 2], 0)
    with pytest.raises(ValueError, match=r"^hist: Bin centers must be monotonically"):
        matlab.hist([1, 2], [3, 1, 2])
    with pytest.raises(TypeError, match=r"^hist: y must be real"):
        matlab.hist([1j])


@pytest.mark.octave
def test_hist_against_octave():
    rng = np.random.default_rng(1621)
    cases, expected = [], []
    for k in range(20):
        y = rng.normal(size=(int(rng.integers(5, 60)), int(rng.integers(1, 4))))
        n = int(rng.integers(1, 12))
        cases.append((f"hist(y, {n})", {"y": y}, 2))
        expected.append(matlab.hist(y, n, nargout=2))
    for (call, _, _), ours, got in zip(cases, expected, run_octave_calls(cases)):
        assert not isinstance(got, Exception), (call, got)
        np.testing.assert_array_equal(as2d(ours[0]), got[0], err_msg=call)
        np.testing.assert_allclose(as2d(ours[1]), got[1], rtol=1e-14, atol=1e-15)
