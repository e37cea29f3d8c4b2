"""MATLAB divergence and curl: fields whose derivatives the differences reproduce
exactly (linear in each coordinate, so central and one-sided differences are exact),
the axes of the meshgrid layout, the output forms, classes, errors, inputs as files
deliver them, and random fields on random uneven grids against live Octave."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import OCTAVE, run_octave

EPS = np.finfo(float).eps


def _grid2(rng, m, n):
    x = np.cumsum(rng.uniform(0.1, 1.0, n))
    y = np.cumsum(rng.uniform(0.1, 1.0, m))
    return x, y


def test_divergence_2d_linear_field_exact():
    # F = (3x + 2y, -x + 5y): div = 3 + 5 everywhere, on an uneven grid too
    X, Y = np.meshgrid([0.0, 0.5, 2, 2.25, 4], [-1.0, 0, 2, 3])
    d = matlab.divergence(X, Y, 3 * X + 2 * Y, -X + 5 * Y)
    np.testing.assert_array_equal(d, np.full(X.shape, 8.0))
    # x runs along the columns: F = (x, 0) on the default grid has div 1, F = (y, 0) 0
    Xd, Yd = np.meshgrid(np.arange(1.0, 6), np.arange(1.0, 4))
    np.testing.assert_array_equal(matlab.divergence(Xd, np.zeros_like(Xd)), np.ones((3, 5)))
    np.testing.assert_array_equal(matlab.divergence(Yd, np.zeros_like(Yd)), np.zeros((3, 5)))


def test_divergence_3d_and_curl_3d_exact_fields():
    X, Y, Z = np.meshgrid([0.0, 1, 1.5, 3], [0.0, 0.25, 2], [-1.0, 0, 4, 5])
    # F = (2x, -3y, 7z): div = 6
    np.testing.assert_array_equal(matlab.divergence(X, Y, Z, 2 * X, -3 * Y, 7 * Z),
                                  np.full(X.shape, 6.0))
    # F = (y z, x z, x y) is a gradient field: curl 0
    out = matlab.curl(X, Y, Z, Y * Z, X * Z, X * Y, nargout=4)
    for c in (out.curlx, out.curly, out.curlz):
        np.testing.assert_array_equal(c, np.zeros(X.shape))
    # F = (-y, x, 1): curl = (0, 0, 2), cav = (2 * 1) / (2 |F|)
    cx, cy, cz, cav = matlab.curl(X, Y, Z, -Y, X, np.ones_like(X), nargout=4)
    np.testing.assert_array_equal(cz, np.full(X.shape, 2.0))
    np.testing.assert_allclose(cav, 1 / np.sqrt(X ** 2 + Y ** 2 + 1), rtol=4 * EPS)
    np.testing.assert_array_equal(matlab.curl(X, Y, Z, -Y, X, np.ones_like(X)), cav)


def test_curl_2d_outputs():
    x, y = np.meshgrid(np.arange(-4.0, 5), np.arange(-4.0, 5))
    cz, cav = matlab.curl(x, y, -2 * y, 2 * x, nargout=2)
    np.testing.assert_array_equal(cz, np.full(x.shape, 4.0))
    np.testing.assert_array_equal(cav, np.full(x.shape, 2.0))
    # one output: the angular velocity (MATLAB Answers 153606: Fy = -2x gives -1)
    X, Y = np.meshgrid(np.arange(0, 5.01, 0.1), np.arange(0, 5.01, 0.1))
    rot = matlab.curl(X, Y, 0 * X, -2 * X)
    np.testing.assert_allclose(rot, -1.0, rtol=1e-13)
    with pytest.raises(CompatValueError, match="^curl: too many output arguments"):
        matlab.curl(x, y, -2 * y, 2 * x, nargout=3)


def test_default_grid_is_unit_meshgrid():
    rng = np.random.default_rng(1341)
    U, V, W = (rng.standard_normal((4, 5, 3)) for _ in range(3))
    X, Y, Z = np.meshgrid(np.arange(1.0, 6), np.arange(1.0, 5), np.arange(1.0, 4))
    np.testing.assert_array_equal(matlab.divergence(U, V, W),
                                  matlab.divergence(X, Y, Z, U, V, W))
    a = matlab.curl(U, V, W, nargout=4)
    b = matlab.curl(X, Y, Z, U, V, W, nargout=4)
    for p, q in zip(a, b):
        np.testing.assert_array_equal(p, q)
    # against gradient called the MATLAB way
    ux, uy, uz = matlab.gradient(U, nargout=3)
    vx, vy, vz = matlab.gradient(V, nargout=3)
    wx, wy, wz = matlab.gradient(W, nargout=3)
    np.testing.assert_array_equal(matlab.divergence(U, V, W), ux + vy + wz)
    np.testing.assert_array_equal(a.curlx, wy - vz)
    np.testing.assert_array_equal(a.curly, uz - wx)
    np.testing.assert_array_equal(a.curlz, vx - uy)


def test_classes_and_1d_rows():
    rng = np.random.default_rng(1342)
    U, V = rng.standard_normal((2, 3, 4))
    d = matlab.divergence(np.float32(U), V)
    assert d.dtype == np.float32
    cz, cav = matlab.curl(np.float32(U), np.float32(V), nargout=2)
    assert cz.dtype == cav.dtype == np.float32
    assert matlab.divergence(U, V).dtype == np.float64
    assert matlab.divergence(np.int16([[1, 2, 4]]), np.int16([[0, 0, 0]])).dtype == np.float64
    row = matlab.divergence(np.array([1.0, 2, 4]), np.zeros(3))
    assert row.shape == (3,)
    np.testing.assert_array_equal(row, [1.0, 1.5, 2.0])


def test_inputs_as_files_deliver_them_are_read_and_kept():
    rng = np.random.default_rng(1343)
    U = rng.standard_normal((4, 5, 3))
    V = np.asfortranarray(rng.standard_normal((4, 5, 3)))
    W = rng.standard_normal((4, 5, 6))[:, :, ::2]
    want = matlab.curl(U.copy(), np.ascontiguousarray(V), np.ascontiguousarray(W),
                       nargout=4)
    Ub = U.astype(">f8")
    V.setflags(write=False)
    keep = (Ub.copy(), V.copy(), W.copy())
    got = matlab.curl(Ub, V, W, nargout=4)
    for p, q in zip(got, want):
        np.testing.assert_array_equal(p, q)
    for a, b in zip((Ub, V, W), keep):
        np.testing.assert_array_equal(a, b)


def test_errors():
    A = np.zeros((3, 4))
    with pytest.raises(CompatValueError, match="^divergence: Fx, Fy must be the same size"):
        matlab.divergence(A, np.zeros((3, 5)))
    with pytest.raises(CompatValueError, match="^divergence: expected 2 or 4 arguments"):
        matlab.divergence(A)
    with pytest.raises(CompatValueError, match="^divergence: expected 2 or 4 arguments"):
        matlab.divergence(A, A, A, A, A)
    with pytest.raises(CompatValueError, match="^curl: Fx, Fy, Fz must be 3-D arrays"):
        matlab.curl(A, A, A)
    with pytest.raises(CompatValueError, match="^curl: Fx, Fy must be 2-D arrays"):
        matlab.curl(np.zeros((2, 3, 4)), np.zeros((2, 3, 4)))
    with pytest.raises(CompatValueError, match="^divergence: X, Y must be arrays of the size"):
        matlab.divergence(np.zeros((3, 5)), np.zeros((3, 5)), A, A)
    with pytest.raises(CompatTypeError, match="^divergence"):
        matlab.divergence("ab", "cd")
    with pytest.raises((CompatTypeError, CompatValueError), match="^curl"):
        matlab.curl(A + 1j, A, nargout=2)


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_fields_on_uneven_grids_against_octave():
    rng = np.random.default_rng(4135)
    cases, ours, bounds = [], [], []
    for k in range(8):
        three = k % 2 == 1
        m, n, p = (int(v) for v in rng.integers(2, 7, 3))
        x, y = _grid2(rng, m, n)
        z = np.cumsum(rng.uniform(0.1, 1.0, p))
        if three:
            X, Y, Z = np.meshgrid(x, y, z)
            U, V, W = (rng.uniform(-1, 1, (m, n, p)) for _ in range(3))
            cases.append(("D = divergence(X, Y, Z, U, V, W); [C1, C2, C3, C4] = "
                          "curl(X, Y, Z, U, V, W);",
                          {"X": X, "Y": Y, "Z": Z, "U": U, "V": V, "W": W},
                          ["D", "C1", "C2", "C3", "C4"]))
            ours.append([matlab.divergence(X, Y, Z, U, V, W),
                         *matlab.curl(X, Y, Z, U, V, W, nargout=4)])
            h = min(np.diff(x).min(), np.diff(y).min(), np.diff(z).min())
        else:
            X, Y = np.meshgrid(x, y)
            U, V = (rng.uniform(-1, 1, (m, n)) for _ in range(2))
            cases.append(("D = divergence(X, Y, U, V); [C1, C2] = curl(X, Y, U, V);",
                          {"X": X, "Y": Y, "U": U, "V": V}, ["D", "C1", "C2"]))
            ours.append([matlab.divergence(X, Y, U, V),
                         *matlab.curl(X, Y, U, V, nargout=2)])
            h = min(np.diff(x).min(), np.diff(y).min())
        # Octave's gradient divides by d(i) + d(i+1) (d = diff(x)) where MATLAB and
        # compat divide by x(i+1) - x(i-1), and takes the last edge as
        # F(n)/h - F(n-1)/h: a few roundings of |F| <= 1 over the smallest spacing per
        # derivative, up to three derivatives per output
        bounds.append(3 * 8 * EPS / h)
    got = run_octave(cases)
    for g, want, atol in zip(got, ours, bounds):
        assert not isinstance(g, Exception), g
        names = ["D", "C1", "C2", "C3", "C4"][:len(want)]
        for name, w in zip(names, want):
            np.testing.assert_allclose(np.asarray(g[name]).reshape(w.shape), w,
                                       rtol=0, atol=atol, err_msg=name)
