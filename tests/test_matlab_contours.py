"""MATLAB contourc: the contour matrix from the definition (linear interpolation along
cell edges, header columns, closed lines repeated), the level rules, saddle and NaN
cells, errors, input handling, and random surfaces against contourc in live Octave."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.contours import automatic_levels, restart_line, split_matrix
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import OCTAVE, run_octave


def test_a_peak_gives_one_closed_diamond():
    z = np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]], dtype=float)
    C = matlab.contourc(z, [0.5, 0.5])
    (level, v), = split_matrix(C)
    assert level == 0.5 and C[1, 0] == v.shape[0] == 5
    np.testing.assert_array_equal(v[0], v[-1])             # closed: first vertex repeated
    # the crossings at the middle of the four edges around the centre (2, 2)
    assert {tuple(p) for p in v[:-1]} == {(1.5, 2.0), (2.0, 1.5), (2.5, 2.0), (2.0, 2.5)}


def test_linear_interpolation_along_edges():
    x = np.array([10.0, 14.0])
    y = np.array([1.0, 3.0])
    z = np.array([[0.0, 4.0], [0.0, 4.0]])                  # z grows with x: one open line
    C = matlab.contourc(x, y, z, [1, 1])
    (level, v), = split_matrix(C)
    # z = 1 a quarter of the way from x = 10 to x = 14, on both rows
    assert sorted(map(tuple, v)) == [(11.0, 1.0), (11.0, 3.0)]


def test_levels_in_increasing_order_and_counts():
    z = np.add.outer(np.arange(4.0), np.arange(5.0))       # z = i + j: straight lines
    C = matlab.contourc(z, [4.5, 1.5, 3.5, 1.5])
    levels = [lev for lev, _ in split_matrix(C)]
    assert levels == [1.5, 3.5, 4.5]                        # sorted, repeated once
    for lev, v in split_matrix(C):
        # 0-based i + j = lev on z(i+1, j+1): in MATLAB coordinates x + y = lev + 2
        np.testing.assert_allclose(v.sum(axis=1), lev + 2, rtol=0, atol=1e-14)


def test_count_form_is_linspace_without_end_points():
    z = np.array([[0.0, 1.0], [2.0, 3.0]])
    C = matlab.contourc(z, 2)
    assert [lev for lev, _ in split_matrix(C)] == pytest.approx([1.0, 2.0], abs=1e-15)


def test_grid_point_on_the_level_is_one_vertex():
    z = np.outer([0, 1, 2], [0, 1, 2]).astype(float)
    C = matlab.contourc([0, 1, 2], [0, 1, 2], z, [2, 2])
    (level, v), = split_matrix(C)
    # z = x y = 2 passes through the grid points (1, 2) and (2, 1) only
    assert sorted(map(tuple, v)) == [(1.0, 2.0), (2.0, 1.0)]


def test_saddle_cells_pair_first_row_with_last_column():
    # corners (row, column): (1,1)=1 (1,2)=0 (2,1)=0 (2,2)=1
    C = matlab.contourc(np.array([[1.0, 0.0], [0.0, 1.0]]), [0.5, 0.5])
    lines = [sorted(map(tuple, v)) for _, v in split_matrix(C)]
    # the crossing on row 1 (x = 1.5) joins the one on column 2 (y = 1.5); the crossing
    # on column 1 joins the one on row 2
    assert sorted(lines) == [[(1.0, 1.5), (1.5, 2.0)], [(1.5, 1.0), (2.0, 1.5)]]


def test_nan_edges_are_not_crossed():
    z = np.array([[0.0, 1.0, 0.0], [0.0, np.nan, 0.0], [0.0, 1.0, 0.0]])
    C = matlab.contourc(z, [0.5, 0.5])
    for _, v in split_matrix(C):
        # only the edges between finite values: the top and bottom rows
        assert set(v[:, 1]) <= {1.0, 3.0}
        assert len({tuple(p) for p in v}) == len(v)         # no vertex written twice


def test_automatic_levels_of_the_documented_paraboloid():
    x = np.arange(-5, 5.0001, 0.5)
    X, Y = np.meshgrid(x, x)
    Z = X ** 2 + Y ** 2
    assert automatic_levels(0.0, 50.0).tolist() == [0, 5, 10, 15, 20, 25, 30, 35, 40, 45, 50]
    M = matlab.contourc(Z)
    assert M[:, 0].tolist() == [5.0, 29.0]                  # the page's first column
    first = restart_line(M[:, 1:30].T, (7, 13), (7.7143, 14))[:4]
    np.testing.assert_allclose(first, [[7, 13], [7.7143, 14], [8, 14.2857], [9, 15]],
                               atol=5e-5)
    M2 = matlab.contourc(x, x, Z, 10)
    assert M2[1, 0] == 37 and M2[0, 0] == pytest.approx(50 / 11, rel=1e-15)


@pytest.mark.parametrize("lo, hi, want", [
    (-1.0, 1.0, [-1, -0.8, -0.6, -0.4, -0.2, 0, 0.2, 0.4, 0.6, 0.8, 1]),
    (0.0, 100.0, [0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100]),
    (3.0, 3.0, []),
])
def test_automatic_level_steps(lo, hi, want):
    np.testing.assert_allclose(automatic_levels(lo, hi), want, rtol=0, atol=1e-15)
    assert len(automatic_levels(lo, hi)) <= 20


def test_meshgrid_matrices_equal_vectors():
    rng = np.random.default_rng(5)
    z = rng.standard_normal((6, 7))
    x = np.cumsum(rng.uniform(0.1, 1, 7))
    y = np.cumsum(rng.uniform(0.1, 1, 6))
    X, Y = np.meshgrid(x, y)
    np.testing.assert_array_equal(matlab.contourc(X, Y, z, [0, 0.5]),
                                  matlab.contourc(x, y, z, [0, 0.5]))


def test_no_line_gives_2x0():
    C = matlab.contourc(np.ones((3, 3)), [2, 2])
    assert C.shape == (2, 0) and C.dtype == np.float64


def test_inputs_untouched_and_any_layout():
    rng = np.random.default_rng(8)
    z = rng.standard_normal((5, 6))
    want = matlab.contourc(z, [0.1, 0.3])
    big = z.astype(">f8")
    big.flags.writeable = False
    np.testing.assert_array_equal(matlab.contourc(big, [0.1, 0.3]), want)
    wide = np.zeros((5, 12))
    wide[:, ::2] = z
    np.testing.assert_array_equal(matlab.contourc(wide[:, ::2], [0.1, 0.3]), want)
    assert matlab.contourc(z.astype(np.float32), [0.1, 0.3]).dtype == np.float64
    np.testing.assert_array_equal(big, z)


@pytest.mark.parametrize("args, kind, text", [
    (([1.0, 2.0, 3.0], [0.5, 0.5]), CompatValueError, "at least 2 rows and 2 columns"),
    ((np.ones((2, 2)) * 1j, [0.5, 0.5]), CompatTypeError, "real numeric"),
    (([1, 2], [1, 2, 3], np.ones((2, 2))), CompatValueError, "length of Y"),
    (([1, 2, 3], [1, 2], np.ones((2, 2))), CompatValueError, "length of X"),
    ((np.ones((2, 2)), [0.5, np.nan]), CompatValueError, "NaN"),
    ((np.ones((2, 2)), -1), CompatValueError, "number of levels"),
    ((1, 2, np.ones((2, 2)), 1, 5), CompatValueError, "number of input"),
])
def test_errors(args, kind, text):
    with pytest.raises(kind, match=f"^contourc: .*{text}"):
        matlab.contourc(*args)


def _merged(C, close: bool):
    """Octave's contour matrix with its repeated consecutive vertices written once (its
    documented doubling at grid values equal to a level); ``close``: also vertices an
    ulp apart (Octave's copy of a grid point reached along the edge towards it is
    ``p_a + (p_b - p_a)``, which may miss ``p_b`` by an ulp)."""
    blocks = []
    for level, v in split_matrix(C):
        keep = []
        for p in v:
            if keep and (np.array_equal(p, keep[-1]) or
                         (close and np.allclose(p, keep[-1], rtol=4e-16, atol=0))):
                continue
            keep.append(p)
        if len(keep) >= 2:
            blocks.append(np.hstack([[[level], [len(keep)]], np.array(keep).T]))
    return np.hstack(blocks) if blocks else np.zeros((2, 0))


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_surfaces_against_octave():
    """Random rough surfaces (saddles everywhere) on random non-uniform grids, bit for
    bit; every third with grid values on the levels (Octave's doubled vertices merged,
    the grid points compared to an ulp). NaN cells are left to the goldens and the unit
    tests: after its turn back at a NaN cell Octave can carry on through a saddle with
    its marks off by one crossing (recorded in suite matlab/contours)."""
    rng = np.random.default_rng(113)
    cases, ours, nodes = [], [], []
    for k in range(12):
        rows, cols = (int(v) for v in rng.integers(2, 16, size=2))
        z = rng.standard_normal((rows, cols))
        count = int(rng.integers(1, 5))
        if k % 3 == 0:
            z = np.round(z * 2) / 2                          # grid values on the levels
            levels = np.unique(np.round(rng.uniform(-1.5, 1.5, count) * 2) / 2)
        else:
            levels = np.unique(rng.uniform(-1.5, 1.5, count))
        x = np.cumsum(rng.uniform(0.1, 1.0, cols))
        y = np.cumsum(rng.uniform(0.1, 1.0, rows))
        levels = np.repeat(levels, 2) if levels.size == 1 else levels
        cases.append(("C = contourc(x, y, Z, v);",
                      {"x": x.reshape(1, -1), "y": y.reshape(1, -1), "Z": z,
                       "v": levels.reshape(1, -1)}, ["C"]))
        ours.append(matlab.contourc(x, y, z, levels))
        nodes.append(k % 3 == 0)
    for got, mine, node in zip(run_octave(cases), ours, nodes):
        want = _merged(np.asarray(got["C"], dtype=float).reshape(2, -1), close=node)
        if node:
            assert mine.shape == want.shape
            np.testing.assert_allclose(mine, want, rtol=4e-16, atol=0)
        else:
            np.testing.assert_array_equal(mine, want)
