"""MATLAB griddata (issue 16): 'linear' against scipy on samples in general position
(2-D and 3-D), 'natural' against Sibson's areas computed another way (Voronoi cells
clipped half-plane by half-plane), 'v4' reproducing the samples, duplicates merged,
errors, a differential test against live Octave (goldens in
reference_outputs/matlab/scattered)."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.interpolate

from compat import matlab
from compat._core.natural_neighbour import natural_neighbour
from oracles import run_octave_calls


def test_linear_and_v4():
    rng = np.random.default_rng(9)
    x, y = rng.uniform(-1, 1, 30), rng.uniform(-1, 1, 30)
    v = np.sin(x) + y
    xq, yq = rng.uniform(-1.2, 1.2, (4, 5)), rng.uniform(-1.2, 1.2, (4, 5))
    ref = scipy.interpolate.griddata((x, y), v, (xq, yq), method="linear")
    np.testing.assert_allclose(matlab.griddata(x, y, v, xq, yq), ref, rtol=1e-12)
    np.testing.assert_allclose(matlab.griddata(x, y, v, x, y, "v4"), v, rtol=1e-8,
                               atol=1e-9)                       # v4 interpolates
    lin = np.array([0.0, 1, 0, 1, 0.5])
    assert matlab.griddata([0, 1, 0, 1, 0.5, 0.5], [0, 0, 1, 1, 0.5, 0.5],
                           np.r_[lin, 2.5], [0.5], [0.5])[0] == 1.5   # duplicates: mean
    g = matlab.griddata(x, y, v, np.array([[0.1, 0.2, 0.3]]), np.array([[0.1], [0.2]]))
    assert g.shape == (2, 3)
    # before 'v4' MATLAB also merges points within eps(range/2)^(1/3) (~4e-6 here): at
    # their mean position, with their mean value
    xd, yd, vd = np.r_[x, x[0] + 2e-6], np.r_[y, y[0] - 2e-6], np.r_[v, v[0] + 0.2]
    xm, ym, vm = x.copy(), y.copy(), v.copy()
    xm[0], ym[0], vm[0] = x[0] + 1e-6, y[0] - 1e-6, v[0] + 0.1
    np.testing.assert_allclose(matlab.griddata(xd, yd, vd, xq, yq, "v4"),
                               matlab.griddata(xm, ym, vm, xq, yq, "v4"), rtol=1e-9)


def test_bad_input():
    with pytest.raises(ValueError, match=r"^griddata: method 'cubic' is not reproduced"):
        matlab.griddata([0, 1, 0], [0, 0, 1], [1, 2, 3], [0.2], [0.2], "cubic")
    with pytest.raises(ValueError, match=r"^griddata: method 'natural' is for 2-D data"):
        matlab.griddata([0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [1, 2, 3, 4], [0.2],
                        [0.2], [0.2], "natural")
    with pytest.raises(ValueError, match=r"^griddata: unknown method 'spline'"):
        matlab.griddata([0, 1, 0], [0, 0, 1], [1, 2, 3], [0.2], [0.2], "spline")
    with pytest.raises(ValueError, match=r"^griddata: griddata takes \(x, y, v, xq, yq\)"):
        matlab.griddata([0, 1, 0], [0, 0, 1], [1, 2, 3], [0.2])
    with pytest.raises(ValueError, match=r"^griddata: \[Xq, Yq, vq\] = griddata"):
        matlab.griddata([0, 1, 0, 0], [0, 0, 1, 0], [0, 0, 0, 1], [1, 2, 3, 4], [0.2],
                        [0.2], [0.2], nargout=3)
    with pytest.raises(ValueError, match=r"^griddata: The lengths of X, Y and V must"):
        matlab.griddata([0, 1], [0, 0, 1], [1, 2, 3], [0.2], [0.2])
    with pytest.raises(ValueError, match=r"^griddata: The data points are collinear"):
        matlab.griddata([0, 1, 2], [0, 1, 2], [1, 2, 3], [0.2], [0.2])


# ------------------------------------------------- natural neighbours, another way
def _clip(poly, normal, c):
    """The part of the convex polygon ``poly`` where ``normal . x <= c``."""
    out = []
    for i in range(len(poly)):
        p, q = poly[i], poly[(i + 1) % len(poly)]
        fp, fq = normal @ p - c, normal @ q - c
        if fp <= 0:
            out.append(p)
        if fp * fq < 0:
            out.append(p + fp / (fp - fq) * (q - p))
    return out


def _area(poly):
    if len(poly) < 3:
        return 0.0
    P = np.array(poly)
    return 0.5 * abs(P[:, 0] @ np.roll(P[:, 1], -1) - P[:, 1] @ np.roll(P[:, 0], -1))


def _voronoi_cell(p, others, poly):
    for o in others:
        poly = _clip(poly, o - p, (o @ o - p @ p) / 2)
        if not poly:
            break
    return poly


def _sibson_by_clipping(pts, v, q):
    """Sibson's value at q: the cell of q (among pts) cut by each sample's own cell."""
    box = [np.array(c, float) for c in ([-1e3, -1e3], [1e3, -1e3], [1e3, 1e3], [-1e3, 1e3])]
    new = _voronoi_cell(q, pts, box)
    w = np.array([_area(_voronoi_cell(p, np.delete(pts, i, 0), new))
                  for i, p in enumerate(pts)])
    return w @ v / w.sum()


def test_natural_against_voronoi_areas():
    rng = np.random.default_rng(1617)
    # the unit square's corners among the samples: every query is inside the hull (with
    # 14 random samples alone, COMPAT_RESEED_SHIFT=8328 left 6 of 25 queries outside)
    corners = np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 1.0]])
    pts = np.vstack([corners, rng.uniform(0, 1, (14, 2))])
    v = rng.normal(size=18)
    q = rng.uniform(0.25, 0.75, (25, 2))
    got = matlab.griddata(pts[:, 0], pts[:, 1], v, q[:, 0], q[:, 1], "natural")
    ref = np.array([_sibson_by_clipping(pts, v, p) for p in q])
    assert not np.isnan(got).any()
    np.testing.assert_allclose(got, ref, rtol=1e-10, atol=1e-11)
    # linear precision, also for queries on Delaunay edges and samples of a grid
    gx, gy = np.meshgrid(np.arange(4.0), np.arange(3.0))
    f = 2 * gx - 3 * gy + 1
    qx, qy = np.array([0.5, 1.0, 1.5, 0.0, 3.0, 2.5, 1.2]), np.array([0.5, 0.5, 1, 0, 1.2, 2, 1.7])
    np.testing.assert_allclose(matlab.griddata(gx, gy, f, qx, qy, "natural"),
                               2 * qx - 3 * qy + 1, rtol=0, atol=1e-14)
    assert np.isnan(matlab.griddata(gx, gy, f, [3.5], [1.0], "natural")[0])
    # a query on a sample: its value; complex values
    np.testing.assert_allclose(natural_neighbour(pts, v + 2j * v, pts[:3]), 3 * [0] +
                               v[:3] + 2j * v[:3])


def test_three_d_linear_and_nearest():
    rng = np.random.default_rng(10)
    x, y, z = rng.uniform(0, 1, (3, 40))
    v = np.cos(x) + y * z
    q = rng.uniform(0.2, 0.8, (3, 6, 2))
    ref = scipy.interpolate.griddata((x, y, z), v, tuple(q), method="linear")
    np.testing.assert_allclose(matlab.griddata(x, y, z, v, *q), ref, rtol=1e-12)
    near = matlab.griddata(x, y, z, v, *q, "nearest")
    ok = ~np.isnan(ref)
    np.testing.assert_array_equal(near[ok], scipy.interpolate.griddata(
        (x, y, z), v, tuple(q), method="nearest")[ok])
    assert np.isnan(matlab.griddata(x, y, z, v, [2.0], [0.5], [0.5], "nearest")[0])


@pytest.mark.octave
def test_linear_3d_against_octave():
    rng = np.random.default_rng(1618)
    cases, expected = [], []
    for k in range(10):
        n = int(rng.integers(12, 40))
        x, y, z = rng.uniform(0, 1, (3, n, 1))
        v = rng.normal(size=(n, 1))
        q = [rng.uniform(0.2, 0.8, (1, 7)) for _ in range(3)]
        cases.append(("griddata(x, y, z, v, a, b, c)",
                      {"x": x, "y": y, "z": z, "v": v, "a": q[0], "b": q[1], "c": q[2]}, 1))
        expected.append(matlab.griddata(x, y, z, v, *q))
    for (call, _, _), ours, got in zip(cases, expected, run_octave_calls(cases)):
        assert not isinstance(got, Exception), (call, got)
        # Octave 7.3 returns a column for row-vector queries in 3-D (its griddatan
        # result is not reshaped); MATLAB and compat keep the query shape
        np.testing.assert_allclose(ours.ravel(), got[0].ravel(), rtol=1e-11, atol=1e-12)
