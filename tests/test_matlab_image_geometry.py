"""MATLAB imcrop (compat.matlab.image_geometry): imcrop.m's rectangle-to-index rule
worked by hand (integer rectangles keep h + 1 rows), rounding, clipping, spatial
coordinates, the output forms, errors, inputs left alone. Captured values: golden
suite matlab/image_geometry."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError

A = np.arange(1, 31).reshape(5, 6)


def test_rule_by_hand():
    # [x y w h] = [2 3 1 1]: rows round(3)..round(4), columns round(2)..round(3)
    np.testing.assert_array_equal(matlab.imcrop(A, [2, 3, 1, 1]), A[2:4, 1:3])
    # halves round away from zero: r1 = 2.5 -> 3, r1 + h = 4.5 -> 5
    np.testing.assert_array_equal(matlab.imcrop(A, [1.5, 2.5, 2, 2]), A[2:5, 1:4])
    # clipped at the image's edges
    np.testing.assert_array_equal(matlab.imcrop(A, [-4, -4, 6, 6]), A[:2, :2])  # -4..2
    assert matlab.imcrop(A, [10, 1, 2, 2]).shape == (0, 0)
    # spatial coordinates: xdata [0 1] over 6 columns -> 5 pixels per unit
    np.testing.assert_array_equal(matlab.imcrop([0, 1], [0, 4], A, [0.2, 1, 0.2, 1]),
                                  A[1:3, 1:3])


def test_forms_and_inputs():
    rgb = np.random.default_rng(2).random((5, 6, 3))
    assert matlab.imcrop(rgb, [2, 2, 2, 1]).shape == (2, 3, 3)
    j, rect = matlab.imcrop(A, [2, 3, 1, 1], nargout=2)
    assert rect.tolist() == [[2, 3, 1, 1]]
    x, y, j, rect = matlab.imcrop(A, [2, 3, 1, 1], nargout=4)
    assert x.tolist() == [[1, 6]] and y.tolist() == [[1, 5]]
    cmap = np.linspace(0, 1, 30)[:, None].repeat(3, axis=1)
    np.testing.assert_array_equal(matlab.imcrop(A, cmap, [2, 3, 1, 1]), A[2:4, 1:3])
    with pytest.raises(CompatValueError, match="interactive"):
        matlab.imcrop(A)
    with pytest.raises(CompatValueError, match="4-element"):
        matlab.imcrop(A, [1, 2, 3])
    b = np.asarray(A, dtype='>f8')
    b.setflags(write=False)
    out = matlab.imcrop(b, [1, 1, 2, 2])
    assert out.dtype.isnative and np.array_equal(out, A[:3, :3])
