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


def _nice(raw):
    p = 10.0 ** np.floor(np.log10(raw))
    rel = raw / p
    return p * (1 if rel < 1.5 else 2 if rel < 2.5 else 3 if rel < 4 else 5 if rel < 7.5 else 10)


def _covering(v, w):
    left = w * np.floor(v.min() / w)
    n = int(np.ceil((v.max() - left) / w))
    return left + np.arange(n + 1) * w


def test_histcounts2_automatic_edges():
    rng = np.random.default_rng(216)
    x, y = rng.normal(size=1000), 3 * rng.normal(size=1000)
    N, xe, ye = matlab.histcounts2(x, y, nargout=3)
    # Scott's bivariate width 3.5*std*n^(-1/4), not histcounts' n^(-1/3)
    for v, e in ((x, xe), (y, ye)):
        w = _nice(3.5 * np.std(v, ddof=1) * 1000 ** -0.25)
        np.testing.assert_allclose(e, _covering(v, w), rtol=1e-14)
        assert not np.isclose(w, _nice(3.5 * np.std(v, ddof=1) * 1000 ** (-1 / 3)))
    assert N.sum() == 1000 and N.shape == (xe.size - 1, ye.size - 1)
    # Freedman-Diaconis with the same power
    xe = matlab.histcounts2(x, y, "BinMethod", "fd", nargout=2)[1]
    q75, q25 = np.percentile(np.sort(x), [75, 25], method="hazen")
    w = _nice(2 * max(q75 - q25, np.ptp(x) / 10) * 1000 ** -0.25)
    np.testing.assert_allclose(xe, _covering(x, w), rtol=1e-14)
    # a pair with a NaN does not choose the edges of either dimension
    _, xe, ye = matlab.histcounts2([1.0, 2, 3, 40], [1.0, 2, 3, np.nan], nargout=3)
    assert xe.tolist() == [0.5, 1.5, 2.5, 3.5] and ye.tolist() == [0.5, 1.5, 2.5, 3.5]
    # integers: unit bins up to a range of 1024, then powers of ten
    xi = np.array([0.0, 2000.0, 5.0])
    _, xe, _ = matlab.histcounts2(xi, xi, "BinMethod", "integers", nargout=3)
    assert np.allclose(np.diff(xe), 10) and xe[0] == -5 and xe[-1] == 2005
    _, xe, _ = matlab.histcounts2(np.arange(60.0), np.arange(60.0), nargout=3)
    assert not np.allclose(np.diff(xe), 1)         # range > 50: Scott, not integers
    # BinWidth: at most 1024 bins per dimension; between limits MATLAB's colon
    _, xe, ye = matlab.histcounts2(x, y, "BinWidth", [1e-4, 1], nargout=3)
    assert xe.size == 1025 and np.allclose(np.diff(ye), 1)
    _, xe, _ = matlab.histcounts2(x, y, "XBinLimits", [-1, 1], "BinWidth", 0.3, nargout=3)
    np.testing.assert_allclose(xe, [-1, -0.7, -0.4, -0.1, 0.2, 0.5, 0.8, 1], atol=1e-15)
    N, xe, _ = matlab.histcounts2(x, y, "XBinLimits", [-1, 1], "NumBins", 4, nargout=3)
    assert xe.tolist() == [-1, -0.5, 0, 0.5, 1]
    assert N.sum() == np.sum((x >= -1) & (x <= 1))
    P = matlab.histcounts2(x, y, "Normalization", "percentage")
    np.testing.assert_allclose(P.sum(), 100)
    # the documentation's example: nice edges for 3 and 4 bins
    xd, yd = [1, 1, 2, 3, 2, 2, 1, 1, 2, 3], [5, 6, 3, 8, 9, 1, 2, 7, 5, 1]
    N, xe, ye = matlab.histcounts2(xd, yd, [3, 4], nargout=3)
    np.testing.assert_allclose(xe, [0.6, 1.4, 2.2, 3.0], atol=1e-15)
    np.testing.assert_allclose(ye, [0, 2.3, 4.6, 6.9, 9.2], atol=2e-15)
    assert N.tolist() == [[1, 0, 2, 1], [1, 1, 1, 1], [1, 0, 0, 1]]
    # one dimension by edges, the other automatic
    _, xe, ye = matlab.histcounts2(xd, yd, "XBinEdges", [0, 2, 4], nargout=3)
    assert xe.tolist() == [0, 2, 4] and ye.tolist() == list(np.arange(0.5, 10))


def test_bad_input():
    with pytest.raises(ValueError, match=r"^histcounts2: Expected BinMethod to match one"):
        matlab.histcounts2([1, 2], [1, 2], "BinMethod", "sturges")
    with pytest.raises(ValueError, match=r"^histcounts2: Give only one of nbins"):
        matlab.histcounts2([1, 2], [1, 2], 3, "BinWidth", 1)
    with pytest.raises(ValueError, match=r"^histcounts2: Input data must be within"):
        matlab.histcounts2([1, 2.0**53], [1, 2], "BinMethod", "integers")
    with pytest.raises(ValueError, match=r"^histcounts2: nbins must be a positive"):
        matlab.histcounts2([1, 2], [1, 2], 0)
    with pytest.raises(ValueError, match=r"^histcounts2: XBinLimits must be a 2-element"):
        matlab.histcounts2([1, 2], [1, 2], "XBinLimits", [2, 1])
    with pytest.raises(ValueError, match=r"^histcounts2: X and Y must have the same"):
        matlab.histcounts2([1, 2], [1], 3)
    with pytest.raises(ValueError, match=r"^histcounts2: Xedges must be a nondecreasing"):
        matlab.histcounts2([1, 2], [1, 2], [3, 1], [0, 1])
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
