"""MATLAB delaunayn (compat/matlab/delaunay_nd.py over compat/_core/simplices.py): the
Delaunay property, canonical order, options, bad input; random point sets against live
Octave."""

import math

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatError
from oracles import run_octave


def _circumsphere(p):
    # centre c with |c - p_i| equal for all vertices: 2 (p_i - p_0) . c = |p_i|^2 - |p_0|^2
    a = 2 * (p[1:] - p[0])
    b = np.sum(p[1:] ** 2 - p[0] ** 2, axis=1)
    c = np.linalg.solve(a, b)
    return c, np.linalg.norm(p[0] - c)


@pytest.mark.parametrize("n", [2, 3, 4])
def test_empty_circumspheres_and_full_volume(n):
    rng = np.random.default_rng(17409)
    x = rng.random((12 + 4 * n, n))
    t = matlab.delaunayn(x)
    assert t.dtype == np.float64 and t.shape[1] == n + 1 and t.min() == 1
    idx = t.astype(int) - 1
    for s in idx:
        c, r = _circumsphere(x[s])
        others = np.delete(np.arange(len(x)), s)
        # general position: every other point strictly outside (margin far above rounding)
        assert np.all(np.linalg.norm(x[others] - c, axis=1) > r * (1 - 1e-9))
    # the simplices tile the convex hull: their volumes add up to the hull's
    from scipy.spatial import ConvexHull
    vol = sum(abs(np.linalg.det(x[s[1:]] - x[s[0]])) / math.factorial(n) for s in idx)
    assert vol == pytest.approx(ConvexHull(x).volume, rel=1e-9)
    # canonical order: ascending within rows, rows sorted
    assert np.all(np.diff(t, axis=1) > 0)
    assert [tuple(r) for r in t] == sorted(tuple(r) for r in t)


def test_grid_has_no_zero_volume_simplices():
    g = np.stack([a.ravel() for a in np.meshgrid(*[np.arange(3.0)] * 3, indexing="ij")], 1)
    t = matlab.delaunayn(g).astype(int) - 1
    vols = [abs(np.linalg.det(g[s[1:]] - g[s[0]])) / 6 for s in t]
    assert min(vols) > 0.1 and sum(vols) == pytest.approx(8.0)


def test_options_and_inputs_untouched():
    x = np.array([[0.0, 0], [1, 0], [0, 1], [1.5, 1.2]], dtype=">f8")
    x.setflags(write=False)
    assert matlab.delaunayn(x).tolist() == [[1, 2, 3], [2, 3, 4]]
    assert matlab.delaunayn(x, []).tolist() == [[1, 2, 3], [2, 3, 4]]
    assert matlab.delaunayn(x, ["Qt", "Qbb", "Qc"]).tolist() == [[1, 2, 3], [2, 3, 4]]


def test_bad_input():
    with pytest.raises(CompatError, match="^delaunayn: Not enough points"):
        matlab.delaunayn([[0.0, 0.0], [1.0, 0.0]])
    with pytest.raises(CompatError, match="^delaunayn: Qhull could not triangulate"):
        matlab.delaunayn([[0.0, 0], [1, 0], [2, 0], [3, 0]])
    with pytest.raises(CompatError, match="n >= 2"):
        matlab.delaunayn([1.0, 2.0, 3.0])
    with pytest.raises(CompatError, match="NaN or Inf"):
        matlab.delaunayn([[0.0, 0], [1, 0], [0, np.nan]])
    with pytest.raises(CompatError, match="OPTIONS"):
        matlab.delaunayn([[0.0, 0], [1, 0], [0, 1]], [1, 2])
    with pytest.raises(CompatError):
        matlab.delaunayn([[0j, 0], [1, 0], [0, 1]])


@pytest.mark.octave
def test_against_octave_on_random_points():
    rng = np.random.default_rng(17410)
    cases, want = [], []
    for k in range(24):
        n = int(rng.integers(2, 5))
        m = int(rng.integers(n + 2, 30))
        x = rng.normal(size=(m, n)) * 10.0 ** rng.integers(-3, 4)
        cases.append(("T = sortrows(sort(delaunayn(X), 2));", {"X": x}, ["T"]))
        want.append(matlab.delaunayn(x))
    got = run_octave(cases)
    for (call, inputs, _), g, w in zip(cases, got, want):
        assert not isinstance(g, Exception), g
        assert np.array_equal(np.asarray(g["T"], dtype=float).reshape(w.shape), w), inputs
