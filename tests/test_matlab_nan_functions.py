"""MATLAB Statistics Toolbox nan-functions (issue 16): each is the base function with
NaN omitted (the goldens, against Octave computing the same explicitly, are in
reference_outputs/matlab/nan_functions)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab

nan = np.nan


def _data():
    rng = np.random.default_rng(7)
    X = rng.normal(size=(6, 4))
    X[rng.random(X.shape) < 0.3] = nan
    X[:, 2] = nan
    return X


def test_same_as_base_with_omitnan():
    X = _data()
    for nanf, base in ((matlab.nanmean, matlab.mean), (matlab.nansum, matlab.sum),
                       (matlab.nanmedian, matlab.median)):
        for dims in ((), (1,), (2,), ("all",), ([1, 2],)):
            np.testing.assert_array_equal(nanf(X, *dims), base(X, *dims, "omitnan"))
    np.testing.assert_array_equal(matlab.nanvar(X, 1, 2), matlab.var(X, 1, 2, "omitnan"))
    np.testing.assert_array_equal(matlab.nanstd(X, [], 2), matlab.std(X, 0, 2, "omitnan"))
    M, I = matlab.nanmax(X, [], 2, nargout=2)
    M2, I2 = matlab.max(X, [], 2, nargout=2)
    np.testing.assert_array_equal(M, M2)
    np.testing.assert_array_equal(I, I2)
    np.testing.assert_array_equal(matlab.nanmin(X, 0), matlab.min(X, 0))


def test_documented_behaviour():
    A = np.array([[nan, 1, nan], [3, 5, nan], [4, nan, nan]])
    np.testing.assert_array_equal(matlab.nanmean(A), [[3.5, 3, nan]])
    np.testing.assert_array_equal(matlab.nansum(A), [[7, 6, 0]])
    np.testing.assert_array_equal(matlab.nanmax(A), [[4, 5, nan]])
    assert matlab.nanvar([nan, 2.0]) == 0
    assert matlab.nanmean(np.float32([1, nan])).dtype == np.float32


def test_errors_name_the_nan_function():
    with pytest.raises(ValueError, match=r"^nanmean: Invalid option 'omitnan'"):
        matlab.nanmean([1.0], "omitnan")
    with pytest.raises(ValueError, match=r"^nansum: Too many input arguments"):
        matlab.nansum([1.0], 1, 2)
    with pytest.raises(ValueError, match=r"^nanvar: Too many input arguments"):
        matlab.nanvar([1.0], 0, 1, 2)
    with pytest.raises(ValueError, match=r"^nanmax: nanmax\(A, B\) has one output"):
        matlab.nanmax([1.0], [2.0], nargout=2)
    with pytest.raises((ValueError, TypeError), match=r"^nanmedian: "):
        matlab.nanmedian([1.0], 0)
