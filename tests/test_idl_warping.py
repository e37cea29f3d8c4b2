"""IDL DIST, POLY_2D, POLYWARP, ROT: unit tests on known values, bad input, and
differential runs against live GDL on random inputs (goldens:
reference_outputs/idl/warping)."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from compat import idl
from compat._core.errors import CompatWarning
from oracles import run_gdl


# ------------------------------------------------------------------------------- DIST
def test_dist_formula_layout_and_type():
    d = idl.dist(6, 4)
    assert d.shape == (4, 6) and d.dtype == np.float32
    i = np.arange(6)
    j = np.arange(4)
    f = np.minimum(i, 6 - i)
    g = np.minimum(j, 4 - j)
    expected = np.sqrt(f[None, :] ** 2 + g[:, None] ** 2).astype(np.float32)
    assert np.array_equal(d, expected)
    assert np.array_equal(idl.dist(5), idl.dist(5, 5))
    assert idl.dist([3, 9], 2).shape == (2, 3)
    assert np.array_equal(idl.dist(1), np.zeros((1, 1), np.float32))


def test_dist_single_precision_sum():
    # beyond 2^24 the FLOAT sum of squares rounds before the square root (dist.pro)
    d = idl.dist(9000, 3)
    x = np.float32(4500) ** 2
    assert d[1, 4500] == np.sqrt(np.float32(x + np.float32(1)))


@pytest.mark.parametrize("n", [0, -3])
def test_dist_bad_size(n):
    with pytest.raises(ValueError, match="^DIST: Array dimensions must be greater than 0"):
        idl.dist(n)


# ---------------------------------------------------------------------------- POLY_2D
A = np.arange(20, dtype=np.float32).reshape(4, 5)


def test_poly_2d_identity_shift_and_transpose():
    assert np.array_equal(idl.poly_2d(A, [0, 0, 1, 0], [0, 1, 0, 0]), A)
    shifted = idl.poly_2d(A, [1.0, 0, 1, 0], [0, 1, 0, 0])
    assert np.array_equal(shifted[:, :4], A[:, 1:])
    assert np.array_equal(shifted[:, 4], A[:, 4])          # the nearest edge pixel
    t = idl.poly_2d(A, [0, 1, 0, 0], [0, 0, 1, 0], 0, 4, 4)
    assert np.array_equal(t[:4, :4], A[:4, :4].T)
    # a 2x2 coefficient array (numpy [j, i] weighs x^j y^i) is the same as the vector
    assert np.array_equal(idl.poly_2d(A, np.array([[1.0, 0], [1, 0]]), [0, 1, 0, 0]),
                          shifted)


def test_poly_2d_nearest_truncates_and_missing():
    r = idl.poly_2d(A, [-0.4, 0, 1, 0], [0, 1, 0, 0], missing=-1)
    assert np.array_equal(r[:, 0], A[:, 0])                 # FIX(-0.4) = 0: inside
    assert np.array_equal(r[:, 1:], A[:, :4])
    r = idl.poly_2d(A, [-1.4, 0, 1, 0], [0, 1, 0, 0], missing=-1)
    assert np.all(r[:, 0] == -1)
    assert np.array_equal(r[:, 1:], idl.poly_2d(A, [-0.4, 0, 1, 0], [0, 1, 0, 0])[:, :4])
    # integer magnification: every pixel repeated the same number of times
    m = idl.poly_2d(A, [0, 0, 0.25, 0], [0, 0.5, 0, 0], 0, 20, 8)
    assert np.array_equal(m, np.repeat(np.repeat(A, 2, axis=0), 4, axis=1))


def test_poly_2d_bilinear_and_cubic_values():
    r = idl.poly_2d(A, [0.5, 0, 1, 0], [0.25, 1, 0, 0], 1)
    expected = A[0, 0] * 0 + (5 * 0.25 + 0.5)
    assert r[0, 0] == np.float32(expected)
    assert r.dtype == np.float32
    # cubic convolution reproduces a linear ramp at fraction 0.5 away from the edges
    ramp = np.tile(np.arange(10, dtype=np.float64), (6, 1))
    c = idl.poly_2d(ramp, [0.5, 0, 1, 0], [0, 1, 0, 0], 2)
    assert np.allclose(c[:, 1:8], np.arange(1, 8) + 0.5, rtol=0, atol=1e-12)
    # CUBIC=-0.5 selects cubic convolution whatever Interp says; CUBIC=0 does not
    assert np.array_equal(idl.poly_2d(ramp, [0.3, 0, 1, 0], [0, 1, 0, 0], 0, cubic=-0.5),
                          idl.poly_2d(ramp, [0.3, 0, 1, 0], [0, 1, 0, 0], 2, cubic=-0.5))
    assert np.array_equal(idl.poly_2d(ramp, [0.3, 0, 1, 0], [0, 1, 0, 0], 0, cubic=0),
                          idl.poly_2d(ramp, [0.3, 0, 1, 0], [0, 1, 0, 0], 0))


def test_poly_2d_integer_types_truncate():
    b = (np.arange(20, dtype=np.uint8) * 10).reshape(4, 5)
    r = idl.poly_2d(b, [0.5, 0, 1, 0], [0, 1, 0, 0], 1)
    assert r.dtype == np.uint8
    assert r[0, 0] == 5 and r[1, 1] == 65


def test_poly_2d_bad_input():
    with pytest.raises(ValueError, match="^POLY_2D: Value of Polynomial degree is out"):
        idl.poly_2d(A, [1.0, 0, 1], [0, 1, 0, 0])
    with pytest.raises(ValueError, match="^POLY_2D: Array must have 2 dimensions"):
        idl.poly_2d(np.arange(5.0), [0, 0, 1, 0], [0, 1, 0, 0])
    with pytest.raises(ValueError, match="^POLY_2D: Dimx and Dimy"):
        idl.poly_2d(A, [0, 0, 1, 0], [0, 1, 0, 0], 0, 3)


def test_poly_2d_does_not_touch_big_endian_input():
    big = A.astype(">f4")
    r = idl.poly_2d(big, [0.5, 0, 1, 0], [0, 1, 0, 0], 1)
    assert r.dtype.isnative
    assert np.array_equal(r, idl.poly_2d(A, [0.5, 0, 1, 0], [0, 1, 0, 0], 1))


# --------------------------------------------------------------------------- POLYWARP
def test_polywarp_recovers_an_exact_polynomial_map():
    rng = np.random.default_rng(5)
    xo, yo = rng.uniform(0, 50, 20), rng.uniform(0, 50, 20)
    xi = 3 + 0.9 * xo + 0.1 * yo + 0.002 * xo * yo
    yi = -2 + 0.05 * xo + 1.1 * yo
    kx, ky = idl.polywarp(xi, yi, xo, yo, 1)
    assert kx.dtype == np.float64 and kx.shape == (2, 2)
    # numpy kx[j, i] weighs xo^j yo^i
    assert np.allclose(kx, [[3, 0.1], [0.9, 0.002]], rtol=1e-9, atol=1e-11)
    assert np.allclose(ky, [[-2, 1.1], [0.05, 0]], rtol=1e-9, atol=1e-11)
    fx, fy = idl.polywarp(xi, yi, xo, yo, 1, double=False)
    assert fx.dtype == np.float32
    r = idl.polywarp(xi.astype(np.float32), yi, xo, yo, 1, status=True)
    assert int(r.status) == 0


def test_polywarp_warps_an_image_with_poly_2d():
    image = idl.dist(40)
    xo = np.array([5.0, 30, 30, 5, 17])
    yo = np.array([5.0, 5, 30, 30, 17])
    kx, ky = idl.polywarp(xo + 2, yo + 3, xo, yo, 1)
    warped = idl.poly_2d(image, kx, ky)
    assert np.array_equal(warped[:30, :30], image[3:33, 2:32])


def test_polywarp_bad_input_and_singular_status():
    with pytest.raises(ValueError, match=r"^POLYWARP: # of points must be ge"):
        idl.polywarp([1, 2, 3], [1, 2, 3], [1, 2, 3], [1, 2, 3], 1)
    with pytest.raises(ValueError, match="^POLYWARP: Inconsistent number of elements"):
        idl.polywarp([1, 2, 3, 4], [1, 2, 3, 4], [1, 2, 3], [1, 2, 3, 4], 1)
    collinear = [0.0, 1, 2, 3, 4]
    with pytest.warns(CompatWarning, match="POLYWARP"):
        idl.polywarp(collinear, collinear, collinear, collinear, 1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        r = idl.polywarp(collinear, collinear, collinear, collinear, 1, status=True)
    assert int(r.status) in (1, 2)


# -------------------------------------------------------------------------------- ROT
def test_rot_quarter_turns_and_defaults():
    b = np.arange(9, dtype=np.float32).reshape(3, 3)
    assert np.array_equal(idl.rot(b, 0), b)
    assert np.array_equal(idl.rot(b, 90), idl.rotate(b, 3))  # clockwise on display
    # Mag without X0, Y0 rotates about the centre; X0 alone is ignored (rot.pro)
    assert np.array_equal(idl.rot(b, 30, 1.0, 0.0), idl.rot(b, 30))


def test_rot_pivot_and_missing():
    img = np.arange(35, dtype=np.float64).reshape(5, 7)
    pivoted = idl.rot(img, 45, 1.0, 1, 1, pivot=True, interp=True)
    assert pivoted[1, 1] == img[1, 1]
    moved = idl.rot(img, 0, 1.0, 1, 1)        # (1, 1) to the centre (3, 2)
    assert moved[2, 3] == img[1, 1]
    m = idl.rot(img, 33, missing=-7)
    assert m.dtype == img.dtype and (m == -7).any()


def test_rot_bad_input():
    with pytest.raises(ValueError, match="^ROT: Image must be 2 dimensional"):
        idl.rot(np.arange(5.0), 10)


# ----------------------------------------------------------------- live GDL (random)
@pytest.mark.gdl
def test_nearest_neighbour_and_exact_fraction_warps_match_gdl():
    rng = np.random.default_rng(2026)
    cases, expected = [], {}
    for k in range(6):
        ny, nx = rng.integers(4, 16, size=2)
        a = rng.normal(size=(ny, nx)).astype(np.float32)
        p = rng.uniform(-0.5, 0.5, 4).astype(np.float32)
        q = rng.uniform(-0.5, 0.5, 4).astype(np.float32)
        p[2] += 1
        q[1] += 1
        p[3] *= 0.05
        q[3] *= 0.05
        cases.append((f"n{k}", {"a": a, "p": p, "q": q}, "poly_2d(a, p, q, 0, 13, 11, "
                      "missing=-9)"))
        expected[f"n{k}"] = idl.poly_2d(a, p, q, 0, 13, 11, missing=-9)
        angle = float(rng.uniform(-180, 180))
        cases.append((f"r{k}", {"a": a}, f"rot(a, {angle!r}d)"))
        expected[f"r{k}"] = idl.rot(a, angle)
        # bilinear with fractions in eighths (exact in GDL's thousandths), off the border
        cases.append((f"b{k}", {"a": a}, "poly_2d(a, [1.125, 0.25, 0.5, 0], "
                      "[1.25, 0.375, 0.125, 0], 1, 3, 3)"))
        expected[f"b{k}"] = idl.poly_2d(a, [1.125, 0.25, 0.5, 0], [1.25, 0.375, 0.125, 0],
                                        1, 3, 3)
        cases.append((f"d{k}", {}, f"dist({int(nx)}, {int(ny)})"))
        expected[f"d{k}"] = idl.dist(int(nx), int(ny))
    got = run_gdl(cases)
    for name, value in expected.items():
        assert not isinstance(got[name], Exception), got[name]
        if name.startswith("b"):
            np.testing.assert_allclose(value, got[name], rtol=3e-7, atol=1e-7)
        else:
            assert np.array_equal(value, got[name]), name
