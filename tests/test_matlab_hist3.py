"""MATLAB hist3: hist3.m's binning rules by hand, and random data against Octave's
statistics package hist3."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError, MatlabValueError, MatlabWarning
from oracles import OCTAVE, run_octave


def test_equal_bins_open_at_both_ends():
    x = np.array([[0.0, 0.0], [10.0, 10.0], [4.0, 6.0], [4.0, 5.0]])
    n, c = matlab.hist3(x, [5, 5], nargout=2)
    # edges 0:2:10; 4 sits on an interior edge (upper bin), 10 on the last edge
    expected = np.zeros((5, 5))
    expected[0, 0] = 1
    expected[4, 4] = 1
    expected[2, 3] = 1            # (4, 6)
    expected[2, 2] = 1            # (4, 5): 5 is inside [4, 6)
    np.testing.assert_array_equal(n, expected)
    np.testing.assert_array_equal(c[0], [[1.0, 3, 5, 7, 9]])
    assert n.sum() == len(x)


def test_centres_send_outliers_to_the_outer_bins_and_edges_drop_them():
    x = np.array([[-100.0, 0.5], [100.0, 0.5], [1.0, 0.5]])
    n = matlab.hist3(x, [[0.0, 1.0, 2.0], [0.0, 1.0]])
    # centres [0 1] in y: edges [-Inf 0.5 Inf], 0.5 on the interior edge goes up
    assert n[:, 1].tolist() == [1, 1, 1]
    assert n.sum() == 3
    e = matlab.hist3(x, "Edges", [[0.0, 1.0, 2.0], [0.0, 1.0]])
    assert e.sum() == 1 and e[1, 0] == 1          # 1.0 in [1, 2); the outliers dropped
    last = matlab.hist3(np.array([[2.0, 1.0]]), "Edges", [[0.0, 1.0, 2.0], [0.0, 1.0]])
    assert last[2, 1] == 1                        # equal to the last edges: own bins


def test_constant_column_nan_rows_and_default_grid():
    x = np.column_stack([np.linspace(0, 1, 9), np.full(9, 7.0)])
    x[3, 0] = np.nan
    n, c = matlab.hist3(x, nargout=2)
    assert n.shape == (10, 10) and n.sum() == 8
    np.testing.assert_allclose(c[1], [np.arange(2.0, 12.0)])   # 7 - 5 .. 7 + 4


def test_refusals_and_warning():
    with pytest.raises(MatlabValueError, match="two columns"):
        matlab.hist3(np.zeros((3, 3)))
    with pytest.raises(MatlabValueError, match="infinite"):
        matlab.hist3(np.array([[0.0, 1.0], [np.inf, 2.0]]))
    with pytest.raises(MatlabValueError, match="Ambiguous"):
        matlab.hist3(np.zeros((2, 2)), [3, 3], "Edges", [[0, 1], [0, 1]])
    with pytest.raises(CompatValueError, match="graphics property"):
        matlab.hist3(np.zeros((2, 2)), [3, 3], "FaceAlpha", 0.5)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        matlab.hist3(np.zeros((2, 2)), "Edges", [[0.0, 1.0, 5.0], [0.0, 1.0]], nargout=2)
    assert any(isinstance(w.message, MatlabWarning) for w in caught)


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_data_against_octave():
    rng = np.random.default_rng(17)
    cases, ours = [], []
    for _ in range(6):
        x = rng.normal(size=(int(rng.integers(5, 300)), 2)) * rng.uniform(0.1, 50)
        nb = [int(v) for v in rng.integers(1, 15, size=2)]
        cases.append((f"N = hist3(X, [{nb[0]} {nb[1]}]);", {"X": x}, ["N"]))
        ours.append(matlab.hist3(x, nb))
        k = np.round(x)
        cases.append(("N = hist3(X, {-20:5:20, -10:2:10});", {"X": k}, ["N"]))
        ours.append(matlab.hist3(k, [np.arange(-20.0, 21, 5), np.arange(-10.0, 11, 2)]))
    results = run_octave(cases, setup="warning('off', 'Octave:shadowed-function'); "
                                      "pkg load statistics")
    for got, want in zip(results, ours):
        np.testing.assert_array_equal(np.asarray(got["N"]).reshape(want.shape), want)
