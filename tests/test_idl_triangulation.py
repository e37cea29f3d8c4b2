"""IDL TRIANGULATE and TRIGRID (compat.idl.triangulation): the Delaunay property, the
documented orders and layouts, the grid rules, types, errors, and live GDL 1.0.1."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from compat import idl
from compat._core import triangulation as core
from oracles import GDL, run_gdl


def _ccw(x, y, t):
    t = np.asarray(t)
    a, b, c = t[:, 0], t[:, 1], t[:, 2]
    return (x[b] - x[a]) * (y[c] - y[a]) - (y[b] - y[a]) * (x[c] - x[a])


def _incircle_violations(x, y, t):
    """Points strictly inside a triangle's circumcircle (by the exact-enough determinant
    in float64 on small random sets): the Delaunay property, checked independently."""
    bad = 0
    for tri in t:
        ax, ay = x[tri[0]], y[tri[0]]
        bx, by = x[tri[1]], y[tri[1]]
        cx, cy = x[tri[2]], y[tri[2]]
        for p in range(x.size):
            if p in tri:
                continue
            m = np.array([[ax - x[p], ay - y[p], (ax - x[p]) ** 2 + (ay - y[p]) ** 2],
                          [bx - x[p], by - y[p], (bx - x[p]) ** 2 + (by - y[p]) ** 2],
                          [cx - x[p], cy - y[p], (cx - x[p]) ** 2 + (cy - y[p]) ** 2]])
            if np.linalg.det(m) > 1e-12:
                bad += 1
    return bad


# ------------------------------------------------------------------- TRIANGULATE
def test_square_with_centre_by_hand():
    """Four corners and an inner point off the centre: the four triangles fanning from
    the inner point (the only triangulation: no four points are cocircular)."""
    x = np.array([0, 1, 0, 1, 0.5], np.float32)
    y = np.array([0, 0, 1, 1, 0.3], np.float32)
    r = idl.triangulate(x, y, b=True, connectivity=True, repeats=True)
    assert r.triangles.dtype == np.int32 and r.triangles.shape == (4, 3)
    assert sorted(map(tuple, r.triangles.tolist())) == [(0, 1, 4), (0, 4, 2), (1, 3, 4),
                                                        (2, 4, 3)]
    assert r.b.tolist() == [0, 1, 3, 2]                  # counter-clockwise
    c = r.connectivity
    assert c.dtype == np.int32 and c[0] == 6 and c[5] == c.size
    # boundary node 0: itself, then from the next boundary node (1) to the previous (2)
    assert c[c[0]:c[1]].tolist() == [0, 1, 4, 2]
    assert c[c[4]:c[5]].tolist() == [0, 1, 3, 2]         # interior: the ring, ccw
    assert r.repeats.tolist() == [-1, -1]


def test_delaunay_orientation_hull_and_connectivity_random():
    rng = np.random.default_rng(7)
    for n in (3, 4, 10, 40):
        x, y = rng.uniform(-3, 3, n), rng.normal(size=n)
        r = idl.triangulate(x, y, b=True, connectivity=True)
        t = r.triangles
        assert (_ccw(x, y, t) > 0).all()
        assert _incircle_violations(x, y, t) == 0
        # Euler: 2n - 2 - h triangles for n points with h on the hull
        assert t.shape[0] == 2 * n - 2 - r.b.size
        from scipy.spatial import ConvexHull
        hull = ConvexHull(np.stack([x, y], 1)).vertices     # counter-clockwise
        assert core.canonical_boundary(hull).tolist() == r.b.tolist()
        edges = {frozenset(e) for tri in t.tolist()
                 for e in ((tri[0], tri[1]), (tri[1], tri[2]), (tri[2], tri[0]))}
        c = r.connectivity
        for i in range(n):
            lst = c[c[i]:c[i + 1]].tolist()
            ring = lst[1:] if i in r.b else lst
            assert {frozenset((i, j)) for j in ring} <= edges
            assert len(ring) == sum(1 for e in edges if i in e)
            ang = np.unwrap(np.arctan2(y[ring] - y[i], x[ring] - x[i]))
            assert (np.diff(ang) > 0).all()                  # counter-clockwise


def test_repeated_points_and_tolerance():
    x = np.array([0, 1, 0, 1, 0.5, 0.5, 0.2, 0.8, 0.2, 1])
    y = np.array([0, 0, 1, 1, 0.3, 0.3, 0.7, 0.6, 0.7, 0])
    r = idl.triangulate(x, y, b=True, connectivity=True, repeats=True)
    assert r.repeats.tolist() == [[1, 9], [4, 5], [6, 8]]
    assert not np.isin(r.triangles, [5, 8, 9]).any()
    c = r.connectivity
    assert c[c[5]:c[6]].tolist() == c[c[4]:c[5]].tolist()
    assert c[c[9]:c[10]].tolist() == c[c[1]:c[2]].tolist()
    # TOLERANCE merges points closer than it in both coordinates
    x2 = np.array([0, 1, 0, 1, 0.5, 0.5 + 1e-7])
    y2 = np.array([0, 0, 1, 1, 0.3, 0.3 - 1e-7])
    assert idl.triangulate(x2, y2, repeats=True, tolerance=1e-6).repeats.tolist() == [[4, 5]]
    assert idl.triangulate(x2, y2, repeats=True, tolerance=0).repeats.tolist() == [-1, -1]


def test_triangulate_errors():
    with pytest.raises(ValueError, match=r"^TRIANGULATE: Points are co-linear, no solution"):
        idl.triangulate([0, 1, 2, 3], [0, 1, 2, 3])
    with pytest.raises(ValueError, match="Not enough valid and unique points specified"):
        idl.triangulate([0, 1, 0], [0, 1, 0])
    with pytest.raises(ValueError, match="X & Y arrays must have same number of points"):
        idl.triangulate([0, 1, 2], [0, 1])
    with pytest.raises(ValueError, match="SPHERE.*not supported"):
        idl.triangulate([0, 1, 2], [0, 1, 0], sphere=True)
    with pytest.raises(ValueError, match="finite"):
        idl.triangulate([0, 1, np.nan], [0, 1, 0])
    with pytest.raises(ValueError, match="TOLERANCE"):
        idl.triangulate([0, 1, 0], [0, 0, 1], tolerance=-1)
    with pytest.raises(TypeError):
        idl.triangulate([0, 1j, 2], [0, 1, 0])


def test_inputs_untouched_any_layout():
    rng = np.random.default_rng(3)
    x = rng.uniform(size=12).astype(">f8")
    y = rng.uniform(size=12).astype(">f4")
    x.setflags(write=False)
    xc, yc = x.copy(), y.copy()
    t = idl.triangulate(x, y)
    assert np.array_equal(x, xc) and np.array_equal(y, yc)
    assert np.array_equal(t, idl.triangulate(x.astype("<f8"), y.astype("<f4")))
    z = rng.normal(size=(3, 4))[:, ::-1]                 # a strided view, any shape
    g = idl.trigrid(x, y, z, t, nx=4, ny=3, input=np.zeros((3, 4)))
    assert g.dtype == np.float64 and g.shape == (3, 4)


def test_canonical_forms_remove_only_the_free_order():
    t = np.array([[4, 2, 0], [3, 4, 1], [4, 0, 1], [2, 4, 3]], np.int32)
    assert core.canonical_triangles(t).tolist() == [[0, 1, 4], [0, 4, 2], [1, 3, 4],
                                                    [2, 4, 3]]
    # a clockwise listing stays different
    assert core.canonical_triangles(t[:, ::-1]).tolist() != core.canonical_triangles(t).tolist()
    assert core.canonical_boundary([3, 2, 0, 1]).tolist() == [0, 1, 3, 2]
    assert core.canonical_repeats([[5, 4], [2, 1]]).tolist() == [[1, 2], [4, 5]]


# ----------------------------------------------------------------------- TRIGRID
def _square():
    x = np.array([0, 1, 0, 1, 0.5], np.float32)
    y = np.array([0, 0, 1, 1, 0.3], np.float32)
    return x, y, idl.triangulate(x, y)


def test_plane_is_reproduced_and_outside_is_missing():
    x, y, t = _square()
    z = 3 * x - 2 * y + 1
    g = idl.trigrid(x, y, z, t, np.float32([0.25, 0.25]), np.float32([-0.5, -0.5, 1.5, 1.5]),
                    missing=-9)
    assert g.dtype == np.float32 and g.shape == (9, 9)
    xs = np.arange(9) * np.float32(0.25) - np.float32(0.5)
    gx, gy = np.meshgrid(xs, xs)
    inside = (gx >= 0) & (gx <= 1) & (gy >= 0) & (gy <= 1)
    np.testing.assert_allclose(g[inside], (3 * gx - 2 * gy + 1)[inside], atol=1e-6)
    assert (g[~inside] == -9).all()


def test_grid_rules():
    x, y, t = _square()
    z = x + y
    r = idl.trigrid(x, y, z, t, xgrid=True, ygrid=True)
    assert r.result.shape == (51, 51) and r.xgrid.dtype == np.float64
    np.testing.assert_allclose(r.xgrid, np.linspace(0, 1, 51), atol=1e-15)
    # GS: ceil(range / gs) + 1 points, reaching past the range
    r = idl.trigrid(x, y, z, t, [0.3, 0.4], xgrid=True, ygrid=True)
    assert r.result.shape == (4, 5)
    np.testing.assert_allclose(r.xgrid, [0, 0.3, 0.6, 0.9, 1.2])
    # NX/NY span the data's extent on their axis, even with Limits (GDL's rule)
    r = idl.trigrid(x, y, z, t, [0.5, 0.5], [-1, 0, 1, 1], nx=5, xgrid=True, ygrid=True)
    assert r.xgrid.tolist() == [0, 0.25, 0.5, 0.75, 1] and r.ygrid.tolist() == [0, 0.5, 1]
    # XOUT/YOUT, unsorted allowed
    g = idl.trigrid(x, y, z, t, xout=[0.9, 0.1], yout=[0.5, 2.0, 0.0])
    np.testing.assert_allclose(g, [[1.4, 0.6], [0, 0], [0.9, 0.1]], atol=1e-6)
    # NX=0 is the keyword not set
    assert idl.trigrid(x, y, z, t, nx=0).shape == (51, 51)


def test_min_max_input_missing():
    x, y, t = _square()
    z = x + y
    g = idl.trigrid(x, y, z, t, nx=3, ny=3, max_value=1.2, min_value=0.2, missing=-1)
    assert g.tolist() == [[-1, 0.5, 1], [0.5, 1, -1], [1, -1, -1]]
    start = np.full((3, 3), 7.0, np.float32)
    keep = start.copy()
    g = idl.trigrid(x, y, z, t, nx=3, ny=3, max_value=1.2, input=start)
    assert g.tolist() == [[0, 0.5, 1], [0.5, 1, 7], [1, 7, 7]]
    assert np.array_equal(start, keep)                     # the caller's INPUT kept


def test_types():
    x, y, t = _square()
    assert idl.trigrid(x, y, np.arange(5, dtype=np.int16), t, nx=2, ny=2).dtype == np.float32
    assert idl.trigrid(x.astype(np.float64), y, x, t, nx=2, ny=2).dtype == np.float64
    c = idl.trigrid(x, y, (x + 1j * y).astype(np.complex64), t, nx=3, ny=3)
    assert c.dtype == np.complex64
    np.testing.assert_allclose(c, np.add.outer(1j * np.array([0, .5, 1]), [0, .5, 1]),
                               atol=1e-6)


def test_trigrid_errors():
    x, y, t = _square()
    with pytest.raises(ValueError, match=r"^TRIGRID: X, Y, or Z array dimensions are "
                                         "incompatible"):
        idl.trigrid(x, y, [1, 2], t)
    with pytest.raises(ValueError, match="Array of triangles incorrectly dimensioned"):
        idl.trigrid(x, y, x, [0, 1, 2, 3])
    with pytest.raises(ValueError, match="out of range"):
        idl.trigrid(x, y, x, [0, 1, 5])
    with pytest.raises(ValueError, match="Array must have 2 elements: GS"):
        idl.trigrid(x, y, x, t, [0.1])
    with pytest.raises(ValueError, match="Array must have 4 elements: Limits"):
        idl.trigrid(x, y, x, t, [0.1, 0.1], [0, 0, 1])
    with pytest.raises(ValueError, match="Array dimensions must be greater than 0"):
        idl.trigrid(x, y, x, t, nx=-2)
    with pytest.raises(ValueError, match="GS must be positive"):
        idl.trigrid(x, y, x, t, [0, 0.1])
    with pytest.raises(ValueError, match="XOUT and YOUT"):
        idl.trigrid(x, y, x, t, xout=[0.5])
    with pytest.raises(ValueError, match="INPUT must be"):
        idl.trigrid(x, y, x, t, nx=3, ny=3, input=np.zeros((2, 3)))
    for kw in (dict(quintic=True), dict(extrapolate=[0, 1, 3, 2]), dict(sphere={})):
        with pytest.raises(ValueError, match="not supported"):
            idl.trigrid(x, y, x, t, **kw)


# ------------------------------------------------------------------------ live GDL
needs_gdl = pytest.mark.skipif(GDL is None, reason="needs gdl")

_HELPERS = {
    "h111_tri": "function h111_tri, x, y\n  triangulate, x, y, t\n  return, t\nend\n",
    "h111_bnd": "function h111_bnd, x, y\n  triangulate, x, y, t, b\n  return, b\nend\n",
    "h111_conn": ("function h111_conn, x, y\n  triangulate, x, y, t, connectivity=c\n"
                  "  return, c\nend\n"),
}


@needs_gdl
def test_random_against_gdl(tmp_path):
    """Random FLOAT and DOUBLE point sets (general position): GDL 1.0.1's triangles, B
    and CONNECTIVITY equal compat's after the canonical order; TRIGRID on the same
    triangles equal bit for bit (FLOAT and DOUBLE)."""
    for name, text in _HELPERS.items():
        Path(tmp_path, name + ".pro").write_text(text)
    rng = np.random.default_rng(111)
    cases, ours = [], {}
    for k in range(12):
        n = int(rng.integers(4, 60))
        if k % 2:
            x, y = rng.normal(size=n), rng.uniform(-2, 5, n)
            z = rng.normal(size=n)
        else:
            x = rng.uniform(0, 10, n).astype(np.float32)
            y = rng.uniform(0, 3, n).astype(np.float32)
            z = rng.normal(size=n).astype(np.float32)
        r = idl.triangulate(x, y, b=True, connectivity=True)
        ours[k] = (x, y, r)
        inputs = {"x": x, "y": y}
        cases += [(f"t{k}", inputs, "h111_tri(x, y)"), (f"b{k}", inputs, "h111_bnd(x, y)"),
                  (f"c{k}", inputs, "h111_conn(x, y)")]
        gs = np.float32([0.2, 0.1]) if k % 2 == 0 else np.array([0.15, 0.3])
        cases.append((f"g{k}", {"x": x, "y": y, "z": z, "tr": r.triangles, "gs": gs},
                      "trigrid(x, y, z, tr, gs, missing=-3)"))
        ours[f"g{k}"] = idl.trigrid(x, y, z, r.triangles, gs, missing=-3)
    results = run_gdl(cases, tmp_path)
    for k in range(12):
        x, y, r = ours[k]
        got = {p: results[f"{p}{k}"] for p in "tbcg"}
        for p, value in got.items():
            assert not isinstance(value, Exception), (p, k, value)
        assert np.array_equal(core.canonical_triangles(got["t"].reshape(-1, 3), x, y),
                              r.triangles), k
        assert np.array_equal(core.canonical_boundary(got["b"], x, y), r.b), k
        assert np.array_equal(core.canonical_connectivity(got["c"], x, y),
                              core.canonical_connectivity(r.connectivity, x, y)), k
        g = ours[f"g{k}"]
        assert g.dtype == got["g"].dtype
        np.testing.assert_array_equal(g, got["g"], err_msg=str(k))


def test_scan_flags_the_refused_keywords(tmp_path):
    """compat scan reports /QUINTIC (also abbreviated), EXTRAPOLATE= and SPHERE= calls
    as pitfalls, so a scanned file using them is not taken as portable as it stands."""
    from compat.scan import scanner
    src = tmp_path / "grid_it.pro"
    src.write_text("function grid_it, x, y, z\n"
                   "  triangulate, x, y, tr, b\n"
                   "  a = trigrid(x, y, z, tr, /QUINT)\n"
                   "  return, trigrid(x, y, z, tr, EXTRAPOLATE=b) + a\n"
                   "end\n")
    tree, problems = scanner.scan([str(src)], jobs=1)
    assert problems == []
    (entry,) = tree.files.values()
    found = [p for p in entry["pitfalls"] if p["id"] == "idl.trigrid.not_supported"]
    assert len(found) == 2


def test_points_closer_than_qhull_can_separate_become_repeats():
    x = np.array([0, 1, 0, 1, 0.5, np.nextafter(0.5, 1)])
    y = np.array([0, 0, 1, 1, 0.3, 0.3])
    r = idl.triangulate(x, y, connectivity=True, repeats=True)
    assert r.repeats.tolist() == [[4, 5]]
    assert r.triangles.shape == (4, 3) and not (r.triangles == 5).any()
    c = r.connectivity
    assert c[c[5]:c[6]].tolist() == c[c[4]:c[5]].tolist()


# ---------------------------------------------------------------------- GRIDDATA
def test_griddata_inverse_distance_by_hand():
    rng = np.random.default_rng(21)
    x, y, f = rng.uniform(size=9), rng.uniform(size=9), rng.normal(size=9)
    g = idl.griddata(x, y, f, dimension=[4, 3], power=3, smoothing=0.1)
    assert g.dtype == np.float64 and g.shape == (3, 4)
    xs = x.min() + np.arange(4) * (x.max() - x.min()) / 3        # the page's defaults
    ys = y.min() + np.arange(3) * (y.max() - y.min()) / 2
    for j, gy in enumerate(ys):
        for i, gx in enumerate(xs):
            w = ((x - gx) ** 2 + (y - gy) ** 2 + 0.01) ** -1.5
            assert g[j, i] == pytest.approx(np.sum(w * f) / np.sum(w), rel=1e-13)
    # on a data point without smoothing: the point's value
    assert idl.griddata(x, y, f, xout=x[2:4], yout=y[2:4]).tolist() == f[2:4].tolist()
    # default 25 x 25, FLOAT for FLOAT data
    assert idl.griddata(x.astype(np.float32), y.astype(np.float32),
                        f.astype(np.float32)).shape == (25, 25)


def test_griddata_nearest_and_linear():
    rng = np.random.default_rng(22)
    x = rng.uniform(size=15).astype(np.float32)
    y = rng.uniform(size=15).astype(np.float32)
    f = rng.normal(size=15).astype(np.float32)
    tr = idl.triangulate(x, y)
    xo = np.float32([0.1, 0.5, 0.77])
    yo = np.float32([0.2, 0.9])
    g = idl.griddata(x, y, f, method="nearestneighbor", triangles=tr, grid=True, xout=xo,
                     yout=yo)
    for j in range(2):
        for i in range(3):
            d = (x.astype(float) - xo[i]) ** 2 + (y.astype(float) - yo[j]) ** 2
            assert g[j, i] == f[np.argmin(d)]
    # Linear is TRIGRID's interpolation on the same grid
    lin = idl.griddata(x, y, f, linear=True, triangles=tr, start=[0, 0],
                       delta=np.float32(0.1), dimension=11, missing=-2)
    ref = idl.trigrid(x, y, f, tr, np.float32([0.1, 0.1]), [0, 0, 1, 1], missing=-2)
    np.testing.assert_array_equal(lin, ref)
    # interleaved form
    assert np.array_equal(idl.griddata(np.stack([x, y], 1), f, dimension=4),
                          idl.griddata(x, y, f, dimension=4))


def test_griddata_errors():
    x, y, f = [0, 1, 0, 1], [0, 0, 1, 1], [1, 2, 3, 4]
    with pytest.raises(ValueError, match=r"^GRIDDATA: KRIGING is not supported"):
        idl.griddata(x, y, f, kriging=True)
    with pytest.raises(ValueError, match="METHOD='Kriging' is not supported"):
        idl.griddata(x, y, f, method="Kriging")
    with pytest.raises(ValueError, match="Unknown METHOD"):
        idl.griddata(x, y, f, method="bilinear")
    with pytest.raises(ValueError, match="requires the TRIANGLES keyword"):
        idl.griddata(x, y, f, method="Linear")
    with pytest.raises(ValueError, match="MIN_POINTS is not supported"):
        idl.griddata(x, y, f, min_points=3)
    with pytest.raises(ValueError, match="XOUT and YOUT must be given together"):
        idl.griddata(x, y, f, xout=[0.5])
    with pytest.raises(ValueError, match="same number of elements"):
        idl.griddata(x, y, f, xout=[0.5], yout=[0.5, 0.2])
    with pytest.raises(ValueError, match="Conflicting methods"):
        idl.griddata(x, y, f, linear=True, method="NearestNeighbor")


@needs_gdl
def test_griddata_random_against_reference_in_gdl(tmp_path):
    """Random data through compat and through ref_griddata.pro (the reference page's
    definitions written in IDL; Linear through GDL's own TRIGRID) run by live GDL."""
    import shutil
    ref = Path(__file__).resolve().parents[1] / "reference_outputs/idl/griddata"
    shutil.copy(ref / "ref_griddata.pro", tmp_path)
    for name, text in _HELPERS.items():
        Path(tmp_path, name + ".pro").write_text(text)
    rng = np.random.default_rng(112)
    cases, ours = [], {}
    for k in range(9):
        n = int(rng.integers(5, 40))
        x = rng.uniform(-3, 3, n).astype(np.float32)
        y = rng.uniform(0, 2, n).astype(np.float32)
        f = rng.normal(size=n).astype(np.float32)
        inputs = {"x": x, "y": y, "f": f}
        dim = [int(rng.integers(2, 9)), int(rng.integers(2, 9))]
        if k % 3 == 0:
            expr = f"ref_griddata(x, y, f, dimension={dim})"
            ours[k] = idl.griddata(x, y, f, dimension=dim)
        elif k % 3 == 1:
            expr = (f"ref_griddata(x, y, f, method='NearestNeighbor', triangles=h111_tri(x, y),"
                    f" dimension={dim})")
            ours[k] = idl.griddata(x, y, f, method="NearestNeighbor",
                                   triangles=idl.triangulate(x, y), dimension=dim)
        else:
            expr = (f"ref_griddata(x, y, f, method='Linear', triangles=h111_tri(x, y),"
                    f" dimension={dim}, start=[-3.5, -0.5], delta=[1, 0.5], missing=-9)")
            ours[k] = idl.griddata(x, y, f, method="Linear", triangles=idl.triangulate(x, y),
                                   dimension=dim, start=[-3.5, -0.5], delta=[1, 0.5],
                                   missing=-9)
        cases.append((f"g{k}", inputs, expr))
    results = run_gdl(cases, tmp_path)
    for k, value in ours.items():
        got = results[f"g{k}"]
        assert not isinstance(got, Exception), (k, got)
        assert value.dtype == got.dtype and value.shape == got.shape, k
        np.testing.assert_array_equal(value, got, err_msg=str(k))
