"""MATLAB's planar geometry and sample surfaces (compat.matlab.polygons,
compat.matlab.surfaces): holes through NaN-separated loops, boundary points, duplicate
points, hull cycles, the surfaces' exact poles and seams; random inputs against live
GNU Octave in one batch (triangulations compared as sets of sorted triples)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import MatlabWarning
from oracles import as2d, run_octave_calls


def test_inpolygon_hole_and_boundary():
    xv = [1, 4, 4, 1, 1, np.nan, 2, 2, 3, 3, 2]
    yv = [1, 1, 4, 4, 1, np.nan, 2, 3, 3, 2, 2]
    inside, on = matlab.inpolygon([1.5, 2.5, 2, 4, 0, 3], [1.5, 2.5, 2.5, 4, 0, 2],
                                  xv, yv, nargout=2)
    # in the ring; in the hole; on the hole's edge; a vertex; outside; a hole vertex
    assert inside.tolist() == [True, False, True, True, False, True]
    assert on.tolist() == [False, False, True, True, False, True]
    assert matlab.inpolygon(np.zeros((2, 3)), np.zeros((2, 3)), [-1, 1, 0], [-1, -1, 1]).shape == (2, 3)
    with pytest.raises(ValueError, match="inpolygon"):
        matlab.inpolygon([1, 2], [1], [0, 1, 0], [0, 0, 1])


def test_polyarea_forms():
    assert matlab.polyarea([0, 1, 1, 0], [0, 0, 1, 1]) == 1
    a = matlab.polyarea(np.array([[0, 0], [1, 2], [1, 2], [0, 0]]), np.array([[0, 0], [0, 0], [1, 1], [1, 1]]))
    assert a.shape == (1, 2) and a.tolist() == [[1, 2]]


def test_delaunay_duplicates_and_collinear():
    with pytest.warns(MatlabWarning, match="Duplicate data points"):
        t = matlab.delaunay([0, 1, 0, 0], [0, 0, 1, 0])
    assert t.tolist() == [[1, 2, 3]]
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        assert matlab.delaunay([0, 1, 2], [0, 1, 2]).shape == (0, 3)
    p = np.random.default_rng(3).random((30, 2))
    t = matlab.delaunay(p).astype(int) - 1
    e1, e2 = p[t[:, 1]] - p[t[:, 0]], p[t[:, 2]] - p[t[:, 0]]
    assert np.all(e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0] > 0)      # counter-clockwise


def test_convhull_cycle_and_errors():
    k, av = matlab.convhull([0, 1, 1, 0, 0.5, 1], [0, 0, 1, 1, 0.5, 0.5], nargout=2)
    assert k.ravel().tolist() == [1, 2, 3, 4, 1] and av == 1
    k = matlab.convhull([0, 1, 1, 0, 0.5, 1], [0, 0, 1, 1, 0.5, 0.5], "Simplify", False)
    assert k.ravel().tolist() == [1, 2, 6, 3, 4, 1]
    with pytest.raises(ValueError, match="convhull"):
        matlab.convhull([0, 1, 2], [0, 1, 2])


def test_surfaces_exact_poles_and_forms():
    X, Y, Z = matlab.sphere(6)
    assert np.all(X[0] == 0) and np.all(X[-1] == 0) and np.all(Y[:, 0] == 0)
    assert Z[0, 0] == -1 and Z[-1, 0] == 1 and X.shape == (7, 7)
    X, Y, Z = matlab.cylinder(3, 4)          # a scalar radius (Octave 7.3 refuses it)
    assert X.shape == (2, 5) and np.all(Y[:, -1] == 0) and X[0, 0] == 3
    assert matlab.peaks().shape == (49, 49)
    x, y, z = matlab.peaks(4, nargout=3)
    assert np.array_equal(x[0], matlab.linspace(-3, 3, 4).ravel())
    assert np.array_equal(matlab.peaks(x, y), z)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(1630)
    cases, ours, rtols = [], [], []
    for _ in range(5):
        px, py = rng.random((20, 1)) * 4, rng.random((20, 1)) * 4
        qx, qy = rng.random((30, 1)) * 4, rng.random((30, 1)) * 4
        cases.append(("sortrows(sort(delaunay(x, y), 2))", {"x": px, "y": py}, 1))
        ours.append(matlab.sortrows(np.sort(matlab.delaunay(px, py), axis=1)))
        cases.append(("inpolygon(qx, qy, x(1:7), y(1:7))", {"qx": qx, "qy": qy, "x": px, "y": py}, 1))
        ours.append(matlab.inpolygon(qx, qy, px[:7], py[:7]))
        cases.append(("polyarea(x, y)", {"x": px, "y": py}, 1))
        ours.append(matlab.polyarea(px, py))
        rtols += [0, 0, _polyarea_rtol(px.ravel(), py.ravel())]
    results = run_octave_calls(cases)
    for (call, _, _), got, mine, rtol in zip(cases, results, ours, rtols):
        assert not isinstance(got, Exception), (call, got)
        g, m = np.asarray(got[0]), as2d(mine)
        assert g.shape == m.shape, call
        np.testing.assert_allclose(m.astype(float), g.astype(float), rtol=rtol, err_msg=call)


def _polyarea_rtol(x, y):
    """How far MATLAB's and Octave's shoelace sums may lie apart: compat evaluates
    MATLAB's polyarea.m, sum((x[k+1] - x[k]) (y[k+1] + y[k]))/2 (terms t_k, each rounded
    three times, then n - 1 additions: error <= (n + 2) u sum|t_k| / 2, u = eps/2);
    Octave 7.3's polyarea.m sums x[k] (y[k+1] - y[k-1]) (terms s_k: (n + 1) u sum|s_k|
    / 2). A random 20-vertex polygon crosses itself, its signed parts cancel, and the
    area can be far smaller than the terms (COMPAT_RESEED_SHIFT=2026, seed 3656: area
    0.018114, sum|t_k| / (2 area) = 2857; compat 9.1e-14 and Octave 1.1e-14 relative
    from the exact rational area, 1.0e-13 apart): the bound relative to the area."""
    n, u = len(x), np.finfo(float).eps / 2
    xn, yn, yp = np.roll(x, -1), np.roll(y, -1), np.roll(y, 1)
    area = abs(np.sum((xn - x) * (yn + y))) / 2
    return u * ((n + 2) * np.abs((xn - x) * (yn + y)).sum()
                + (n + 1) * np.abs(x * (yn - yp)).sum()) / 2 / area
