"""MATLAB's surfl, surfnorm, diffuse and specular (compat.matlab.lit_surfaces).

Known values are worked by hand from the formulas of MATLAB's reference pages (Lambert,
Phong, central differences); the live Octave tests compare the cases where Octave 7.3
follows the same formulas (see the golden suite matlab/lit_surfaces for where it does
not).
"""

from __future__ import annotations

import numpy as np
import pytest
from oracles import run_octave

from compat import matlab


@pytest.fixture
def fig():
    f = matlab.figure("Visible", "off")
    yield f
    matlab.close("all")


def test_surfnorm_quadratic_is_exact():
    # central differences and the cubic edge extrapolation are exact for a quadratic:
    # z = x^2/10 - x y / 20 + y^2/8 on x = 1:5, y = 1:4 has normal (-zx, -zy, 1)
    x, y = np.meshgrid(np.arange(1.0, 6), np.arange(1.0, 5))
    z = x ** 2 / 10 - x * y / 20 + y ** 2 / 8
    zx, zy = x / 5 - y / 20, -x / 20 + y / 4
    n = np.sqrt(zx ** 2 + zy ** 2 + 1)
    nx, ny, nz = matlab.surfnorm(z)
    np.testing.assert_allclose(nx, -zx / n, rtol=1e-13, atol=1e-15)
    np.testing.assert_allclose(ny, -zy / n, rtol=1e-13, atol=1e-15)
    np.testing.assert_allclose(nz, 1 / n, rtol=1e-13)
    # transposed data turn the normals round (the surfnorm page)
    tx, ty, tz = matlab.surfnorm(x.T, y.T, z.T)
    np.testing.assert_allclose(tz, -(1 / n).T, rtol=1e-13)


def test_surfnorm_uneven_edge_flips():
    # MATLAB's edge point 3a(n) - 3a(n-1) + a(n-2) lies before a(n-1) when the last step
    # is under a third of the one before: the edge tangent, so the normal, turns round
    # (the plane z = y here; steps 3 then 0.5 along x)
    x, y = np.meshgrid([0.0, 3.0, 3.5], [0.0, 1.0, 2.0])
    nx, ny, nz = matlab.surfnorm(x, y, y)
    s = np.sqrt(0.5)
    np.testing.assert_allclose(ny[:, :2], np.full((3, 2), -s), rtol=1e-15)
    np.testing.assert_allclose(ny[:, 2], np.full(3, s), rtol=1e-15)
    np.testing.assert_allclose(nz[:, 2], np.full(3, -s), rtol=1e-15)


def test_surfnorm_checks_and_leaves_inputs():
    z = np.arange(12.0).reshape(3, 4)
    z.flags.writeable = False
    matlab.surfnorm(z)
    with pytest.raises(ValueError, match="surfnorm: Z must be at least 3-by-3"):
        matlab.surfnorm(np.ones((2, 5)))
    with pytest.raises(ValueError, match="surfnorm"):
        matlab.surfnorm(np.ones((3, 3)), np.ones((3, 3)))


def test_diffuse_and_specular_known_values():
    # normal (0, 0, 1), light 60 degrees from it: cos 60 = 0.5
    s = [np.sin(np.pi / 3), 0, np.cos(np.pi / 3)]
    assert matlab.diffuse([[0.0]], [[0.0]], [[2.0]], s)[0, 0] == pytest.approx(0.5, abs=1e-15)
    # [theta phi] = [90 0] is the y axis in diffuse (sph2cart)
    assert matlab.diffuse([[0.0]], [[1.0]], [[0.0]], [90, 0])[0, 0] == pytest.approx(1.0)
    # ...but the negative y axis... no: [az el] = [0 0] is -y in specular (View's rule)
    r = matlab.specular([[0.0]], [[-1.0]], [[0.0]], [0, 0], [0, 0], 1)
    assert r[0, 0] == pytest.approx(1.0)
    # light and viewer both behind the normal: MATLAB's full highlight
    assert matlab.specular([[0.0]], [[0.0]], [[1.0]], [0, 0, -1], [0, 0, -1], 3)[0, 0] == 1
    # mirror direction: s = (1,0,1), n = z, v = (-1,0,1): 2 (s.n)(v.n) - v.s = 1
    assert matlab.specular([[0.0]], [[0.0]], [[1.0]], [1, 0, 1], [-1, 0, 1])[0, 0] == \
        pytest.approx(1.0)
    with pytest.raises(ValueError, match="diffuse: S must be a 2- or 3-element vector"):
        matlab.diffuse([[1.0]], [[0.0]], [[0.0]], [1, 2, 3, 4])
    with pytest.raises(ValueError, match="specular: Nx, Ny and Nz"):
        matlab.specular([[1.0, 2]], [[0.0]], [[0.0]], [1, 2, 3], [0, 0, 1])


def test_surfl_plane_default_light_by_hand(fig):
    # z = x on x = 1:4 (XLim [1 4]), y = 1:5 (YLim [1 5]), ZLim [1 4]: spans 3, 4, 3
    # over 4 scale x and z alike, so the scaled plane is still z' = x', normal (-1,0,1)
    x, y = np.meshgrid(np.arange(1.0, 5), np.arange(1.0, 6))
    h = matlab.surfl(x, y, x)
    assert matlab.gca().XLim.tolist() == [[1, 4]] and matlab.gca().ZLim.tolist() == [[1, 4]]
    az, el, phi = np.radians(-37.5), np.radians(30), np.pi / 4
    s = np.array([np.cos(az) * np.sin(phi) + np.sin(az) * np.cos(el) * np.cos(phi),
                  np.sin(phi) * np.sin(az) - np.cos(az) * np.cos(el) * np.cos(phi),
                  np.sin(phi) * np.sin(el)])
    s /= np.linalg.norm(s)
    v = np.array([np.sin(az) * np.cos(el), -np.cos(az) * np.cos(el), np.sin(el)])
    n = np.array([-1.0, 0, 1]) / np.sqrt(2)
    d = max(0.0, s @ n)
    sp = max(0.0, 2 * (s @ n) * (v @ n) - v @ s) ** 10
    want = (0.55 + 0.6 * d + 0.4 * sp) / 1.55
    np.testing.assert_allclose(h.CData, np.full((5, 4), want), rtol=1e-13)
    assert h.XData.shape == (5, 4)  # MATLAB's surfl hands surf the meshgrid
    assert matlab.gca().CLim.tolist() == [[0, 1]] and matlab.gca().ZGrid == "on"


def test_surfl_light_form_and_hold(fig):
    z = np.add.outer(np.arange(4.0), np.arange(5.0))
    h = matlab.surfl(z, [0, 90], "light", "EdgeColor", "none")
    assert len(h) == 2 and h[0].Type == "surface" and h[1].Type == "light"
    np.testing.assert_allclose(h[1].Position, [[0, 0, 1]], atol=1e-16)
    assert h[0].AmbientStrength == 0.55 and h[0].SpecularExponent == 10
    assert h[0].EdgeColor == "none" and h[1].Style == "infinite"
    np.testing.assert_array_equal(h[0].CData, z)
    matlab.hold("on")
    matlab.view(10, 20)
    g = matlab.surfl(z)
    assert matlab.gca().View.tolist() == [[10, 20]] and len(matlab.gca().Children) == 3
    assert g.CData.shape == (4, 5)


def test_surfl_errors(fig):
    with pytest.raises(ValueError, match="surfl: Z must be at least 3-by-3"):
        matlab.surfl(np.ones((2, 5)))
    with pytest.raises(ValueError, match="surfl: K must have 4"):
        matlab.surfl(np.ones(3), np.ones(3), np.ones((3, 3)), [1, 2, 3], [1, 2, 3])
    with pytest.raises(ValueError, match="surfl: S must be a 2- or 3-element vector"):
        matlab.surfl(np.ones((3, 3)), [1, 2, 3, 4])
    with pytest.raises(ValueError, match="surfl: Not enough input arguments"):
        matlab.surfl()


@pytest.mark.octave
def test_reflectance_against_octave():
    rng = np.random.default_rng(204)
    cases, ours = [], []
    for _ in range(6):
        nx, ny = rng.uniform(-1, 1, (2, 4, 5))
        nz = rng.uniform(0.5, 2, (4, 5))
        # light and viewer in the upper half space within 45 degrees of z: s.n > 0, so
        # Octave's cut-off for a light behind the surface never applies
        s = np.append(rng.uniform(-0.4, 0.4, 2), 1.0)
        v = np.append(rng.uniform(-0.4, 0.4, 2), 1.0)
        spread = float(rng.integers(1, 12))
        d3 = rng.uniform(-1, 1, 3)
        ae = rng.uniform(-180, 180, 2)
        inputs = {"nx": nx, "ny": ny, "nz": nz, "s": s, "v": v, "k": spread, "d3": d3,
                  "ae": ae}
        cases.append(("a = diffuse(nx, ny, nz, d3); b = diffuse(nx, ny, nz, ae); "
                      "c = specular(nx, ny, nz, s, v, k);", inputs, ["a", "b", "c"]))
        ours.append((matlab.diffuse(nx, ny, nz, d3), matlab.diffuse(nx, ny, nz, ae),
                     matlab.specular(nx, ny, nz, s, v, spread)))
    for got, (a, b, c) in zip(run_octave(cases), ours):
        # a dot product of three terms, a division, at most 12 multiplications: a few ulp
        np.testing.assert_allclose(a, got["a"], rtol=1e-13, atol=1e-15)
        np.testing.assert_allclose(b, got["b"], rtol=1e-13, atol=1e-15)
        np.testing.assert_allclose(c, got["c"], rtol=1e-12, atol=1e-15)


@pytest.mark.octave
def test_surfl_planes_against_octave(fig):
    # on a plane MATLAB's normals (surfnorm of the span-scaled data) and Octave's
    # (vertex normals times DataAspectRatio) agree, so does the light given as a vector
    rng = np.random.default_rng(2040)
    cases, ours = [], []
    for _ in range(5):
        m, n = (int(t) for t in rng.integers(3, 7, 2))
        # steps within a factor 2.5 of each other: the cubic edge extrapolation
        # 3a(n) - 3a(n-1) + a(n-2) then stays beyond the edge (a step ratio over 3 turns
        # the edge tangent round in MATLAB's rule, not in Octave's: see
        # test_surfnorm_uneven_edge_flips)
        x, y = np.meshgrid(np.cumsum(rng.uniform(0.8, 2, n)), np.cumsum(rng.uniform(0.8, 2, m)))
        a, b, c = rng.uniform(-2, 2, 3)
        z = a * x + b * y + c
        s = np.append(rng.uniform(-1, 1, 2), rng.uniform(0.3, 1))
        k = np.append(rng.uniform(0.1, 1, 3), float(rng.integers(1, 15)))
        cases.append(("close all; figure('visible', 'off'); h = surfl(x, y, z, s, k); "
                      "r = get(h, 'cdata'); lim = [xlim ylim zlim];",
                      {"x": x, "y": y, "z": z, "s": s, "k": k}, ["r", "lim"]))
        matlab.close("all")
        matlab.figure("Visible", "off")
        h = matlab.surfl(x, y, z, s, k)
        ax = matlab.gca()
        ours.append((h.CData, np.hstack([ax.XLim, ax.YLim, ax.ZLim])))
    for got, (r, lim) in zip(run_octave(cases, setup="warning('off', 'all');"), ours):
        if not np.array_equal(lim, got["lim"]):
            pytest.fail(f"axis limits differ: {lim} vs {got['lim']}")
        # normals of a plane from differences of the coordinates: cancellation in
        # x(j+1) - x(j-1) of values up to ~20 costs ~1e-14 relative
        np.testing.assert_allclose(r, got["r"], rtol=1e-11, atol=1e-13)
