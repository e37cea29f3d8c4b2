"""MATLAB convhulln (compat.matlab.hulls_nd): hull properties on random points (every
point inside or on every facet's half-space, the volume against scipy's Delaunay
volume), live GNU Octave 7.3 facet sets, bad input. Golden cases:
reference_outputs/matlab/hulls_nd."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import matlab
from tests.oracles import OCTAVE, run_octave


@pytest.mark.parametrize("n", [2, 3, 4])
def test_every_point_on_the_inner_side_of_every_facet(n):
    rng = np.random.default_rng(20731 + n)
    X = rng.uniform(size=(20 + 5 * n, n))
    k, av = matlab.convhulln(X, nargout=2)
    assert k.dtype == np.float64 and k.shape[1] == n
    centre = X.mean(axis=0)
    for row in (k.astype(int) - 1):
        p = X[row]
        # the facet's normal: the null space of its edge vectors
        normal = np.linalg.svd(p[1:] - p[0])[2][-1]
        side = (X - p[0]) @ normal
        inner = (centre - p[0]) @ normal
        side = side * np.sign(inner)
        # all points on the centre's side, up to rounding of O(1) coordinates
        assert side.min() >= -1e-12
    # the volume: the sum of the Delaunay simplices' volumes of the same points
    T = matlab.delaunayn(X).astype(int) - 1
    vol = sum(abs(np.linalg.det(X[t[1:]] - X[t[0]])) for t in T) / math.factorial(n)
    assert av == pytest.approx(vol, rel=1e-12)


@pytest.mark.octave
@pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")
def test_facet_sets_against_live_octave():
    rng = np.random.default_rng(20735)
    cases = []
    for n in (2, 3, 3, 4):
        X = rng.uniform(size=(int(rng.integers(n + 5, 40)), n))
        cases.append(("[k, av] = convhulln(X); k = sortrows(sort(k, 2));", {"X": X},
                      ["k", "av"]))
    for (_, inputs, _), got in zip(cases, run_octave(cases)):
        assert not isinstance(got, Exception), got
        k, av = matlab.convhulln(inputs["X"], nargout=2)
        assert np.array_equal(k, got["k"])
        assert av == pytest.approx(float(np.ravel(got["av"])[0]), rel=1e-13)   # sums of facet terms


@pytest.mark.parametrize("bad, error, text", [
    (np.zeros((3, 1)), ValueError, "convhulln: X must be an m-by-n matrix"),
    (np.zeros((2, 2)), ValueError, "convhulln: Not enough points: a hull in 2-D"),
    (np.array([[0, 0], [1, 0], [np.nan, 1]]), ValueError, "convhulln: X must not contain"),
    (np.array([[0.0, 0], [1, 1], [2, 2]]), ValueError, "convhulln: Qhull could not build"),
    (np.array([[1j, 0], [1, 0], [0, 1]]), TypeError, "convhulln: "),
])
def test_bad_input(bad, error, text):
    with pytest.raises(error, match="^" + text):
        matlab.convhulln(bad)


def test_options_forms():
    X = [[0, 0], [1, 0], [1, 1], [0, 1], [0.5, 0.5]]
    expected = np.array([[1, 2], [1, 4], [2, 3], [3, 4]], dtype=float)
    assert np.array_equal(matlab.convhulln(X, ["Qt"]), expected)
    assert np.array_equal(matlab.convhulln(X, []), expected)
    with pytest.raises(TypeError, match="^convhulln: OPTIONS must be a cell"):
        matlab.convhulln(X, [1])
