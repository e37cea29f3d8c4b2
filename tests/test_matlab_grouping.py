"""MATLAB findgroups and splitapply (goldens: reference_outputs/matlab/grouping)."""

import numpy as np
import pytest

from compat import matlab


def test_findgroups_missing_values_and_combinations():
    G, ids = matlab.findgroups(np.array([[2.0], [np.nan], [1], [2]]), nargout=2)
    np.testing.assert_array_equal(G, [[2], [np.nan], [1], [2]])
    np.testing.assert_array_equal(ids, [[1], [2]])
    G = matlab.findgroups(["x", "", "y", "x"])
    np.testing.assert_array_equal(G, [[1, np.nan, 2, 1]])
    G, a, b = matlab.findgroups(np.array([[1], [1], [2]]), ["q", "p", "p"], nargout=3)
    np.testing.assert_array_equal(G, [[2], [1], [3]])
    assert b == ["p", "q", "p"]
    with pytest.raises(ValueError, match="same number"):
        matlab.findgroups([1, 2], [1, 2, 3])


def test_splitapply_rows_text_and_errors():
    X = np.array([[1.0, 2], [3, 4], [5, 6]])
    got = matlab.splitapply(lambda m: m.sum(axis=0), X, np.array([2, 1, 2]))
    np.testing.assert_array_equal(got, [[3, 4], [6, 8]])
    names = matlab.splitapply(lambda s: len(s), ["a", "b", "c"], [1, 1, 2])
    np.testing.assert_array_equal(names, [[2, 1]])
    with pytest.raises(ValueError, match="every integer between 1 and N"):
        matlab.splitapply(np.mean, np.ones(3), [1, 3, 3])
    with pytest.raises(ValueError, match="positive integers"):
        matlab.splitapply(np.mean, np.ones(3), [1, 0, 1])
    # NaN groups are left out
    np.testing.assert_array_equal(matlab.splitapply(np.sum, np.array([1.0, 2, 4]),
                                                    [1, np.nan, 1]), [5])
