"""MATLAB cummax, cummin, bounds, hypot (compat.matlab.extrema, compat.matlab.powers):
NaN rules against numpy's accumulate forms, 'reverse', complex ordering, classes,
bounds against min/max (with 'all' and vecdim, which Octave 7.3 lacks), hypot's range
and errors. Printed and captured values: golden suite matlab/running_extrema."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError


def test_running_extremes_nan_rules_and_direction():
    rng = np.random.default_rng(9)
    a = rng.normal(size=(7, 4))
    a[rng.random(a.shape) < 0.3] = np.nan
    np.testing.assert_array_equal(matlab.cummax(a), np.fmax.accumulate(a, axis=0))
    np.testing.assert_array_equal(matlab.cummin(a, 'includenan'),
                                  np.minimum.accumulate(a, axis=0))
    np.testing.assert_array_equal(matlab.cummax(a, 2, 'reverse'),
                                  np.fmax.accumulate(a[:, ::-1], axis=1)[:, ::-1])
    u = np.array([[5, 1, 9, 3]], dtype=np.uint8)
    assert matlab.cummin(u).dtype == np.uint8 and matlab.cummin(u).tolist() == [[5, 1, 1, 1]]
    z = np.array([[1 + 1j, -2, 1j, 2j]])
    np.testing.assert_array_equal(matlab.cummax(z), [[1 + 1j, -2, -2, -2]])   # |.|, angle


def test_bounds_is_min_and_max():
    rng = np.random.default_rng(10)
    a = rng.normal(size=(3, 4, 2))
    s, l = matlab.bounds(a, 'all', nargout=2)
    assert s == a.min() and l == a.max()
    s, l = matlab.bounds(a, [1, 2], nargout=2)
    np.testing.assert_array_equal(s, matlab.min(a, [], [1, 2]))
    np.testing.assert_array_equal(l, matlab.max(a, [], [1, 2]))
    b = np.array([[np.nan, 2.0, 5.0]])
    assert matlab.bounds(b, 'includenan') != matlab.bounds(b, 'includenan')  # NaN
    assert matlab.bounds(b, nargout=2) == (2.0, 5.0)


def test_hypot_range_and_classes():
    assert matlab.hypot(1e-200, 1e-200) == pytest.approx(np.sqrt(2) * 1e-200)
    assert matlab.hypot(np.float32(3), 4.0).dtype == np.float32
    assert matlab.hypot(np.inf, np.nan) == np.inf
    with pytest.raises(CompatTypeError, match="Inputs must be floats"):
        matlab.hypot(np.int8(3), 4.0)
