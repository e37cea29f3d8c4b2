"""MATLAB interpn/interp3 (issue 16): 'linear', 'nearest' and 'spline' against scipy's
RegularGridInterpolator, 'cubic' against Keys' kernel, 'makima' against a loop of 1-D
makima fits (dimension 1 first), MATLAB's meshgrid layout, refinement, errors, and a
differential test against live Octave (goldens in reference_outputs/matlab/gridded)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.interpolate import CubicSpline, RegularGridInterpolator

from compat import CompatWarning, matlab
from oracles import as2d, run_octave_calls


def test_interpn_against_scipy():
    rng = np.random.default_rng(8)
    g = [np.array([0, 1, 2.5, 4]), np.array([-1, 0, 0.5, 2, 3]), np.array([0, 1, 3.0])]
    V = rng.normal(size=(4, 5, 3))
    q = [rng.uniform(0, 4, 20), rng.uniform(-1, 3, 20), rng.uniform(0, 3, 20)]
    ref = RegularGridInterpolator(g, V)(np.column_stack(q))
    np.testing.assert_allclose(matlab.interpn(*g, V, *q), ref, rtol=1e-13)
    out = matlab.interpn(*g, V, np.array([5.0]), np.array([0.0]), np.array([1.0]))
    assert np.isnan(out[0])
    assert matlab.interpn(*g, V, [5.0], [0.0], [1.0], "linear", 0)[0] == 0
    # nearest: a tie takes the upper sample (MATLAB)
    W = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert matlab.interpn([0, 1], [0, 1], W, [0.5], [0.0], "nearest")[0] == 3


def test_interp3_meshgrid_layout():
    V = np.zeros((2, 3, 2))
    V[1, 2, 1] = 8.0                     # at x = 3, y = 2, z = 2
    assert matlab.interp3(V, 3.0, 2.0, 2.0) == 8
    assert matlab.interp3(V, 3.0, 2.0, 1.5) == 4
    X, Y, Z = matlab.meshgrid([0, 1, 2], [0, 1], [0, 1], nargout=3)
    assert matlab.interp3(X, Y, Z, V, 2.0, 1.0, 1.0) == 8


def test_bad_input():
    V = np.ones((3, 3))
    with pytest.raises(ValueError, match=r"^interpn: invalid interpolation method 'v5cubic'"):
        matlab.interpn(V, [1.5], [1.5], "v5cubic")
    with pytest.raises(ValueError, match=r"^interpn: The 'pchip' method is for 1-D"):
        matlab.interpn(V, [1.5], [1.5], "pchip")
    with pytest.raises(ValueError, match=r"^interp3: invalid interpolation method 'pchip'"):
        matlab.interp3(np.ones((2, 2, 2)), 1.0, 1.0, 1.0, "pchip")
    with pytest.raises(ValueError, match=r"^interpn: The refinement factor k must be"):
        matlab.interpn(V, 1.5)
    with pytest.raises(ValueError, match=r"^interpn: EXTRAPVAL must be a numeric scalar"):
        matlab.interpn(V, [1.5], [1.5], "linear", "x")
    with pytest.raises(TypeError, match=r"^interpn: method 'makima' needs real values"):
        matlab.interpn(V + 1j, [1.5], [1.5], "makima")
    with pytest.raises(ValueError, match=r"^interpn: The grid vectors must be strictly"):
        matlab.interpn([0, 2, 1], [0, 1, 2], V, [1.0], [1.0])
    with pytest.raises(ValueError, match=r"^interpn: X1 must have 3 points"):
        matlab.interpn([0, 1], [0, 1, 2], V, [1.0], [1.0])
    with pytest.raises(ValueError, match=r"^interp3: V must be a 3-D array"):
        matlab.interp3(V, 1.0, 1.0, 1.0)


def _keys(x, t):
    """Keys' cubic convolution weights (a = -1/2, Keys' end conditions): (len(t), n)."""
    h = x[1] - x[0]
    n = x.size
    xe = np.concatenate([[x[0] - h], x, [x[-1] + h]])
    s = np.abs((np.asarray(t)[:, None] - xe[None, :]) / h)
    K = np.where(s <= 1, 1.5 * s**3 - 2.5 * s**2 + 1,
                 np.where(s < 2, -0.5 * s**3 + 2.5 * s**2 - 4 * s + 2, 0.0))
    E = np.vstack([np.r_[3, -3, 1, np.zeros(n - 3)], np.eye(n), np.r_[np.zeros(n - 3), 1, -3, 3]])
    return K @ E


def test_spline_and_cubic_against_references():
    rng = np.random.default_rng(16)
    g = [np.array([0, 1, 2.5, 4, 4.5]), np.array([-1, 0, 0.5, 2, 3]), np.array([0, 1, 3.0, 4])]
    V = rng.normal(size=(5, 5, 4))
    q = [rng.uniform(0, 4.5, 30), rng.uniform(-1, 3, 30), rng.uniform(0, 4, 30)]
    # not-a-knot in each dimension, dimension 3 first (the spline is linear in V, so
    # the order only changes rounding; scipy's RegularGridInterpolator 'cubic' solves
    # its system iteratively, to about 1e-6 only)
    ref = [CubicSpline(g[0], CubicSpline(g[1], CubicSpline(g[2], V, axis=2)(c), axis=1)(b))(a)
           for a, b, c in zip(*q)]
    np.testing.assert_allclose(matlab.interpn(*g, V, *q, "spline"), ref, rtol=1e-12,
                               atol=1e-13)
    u = [np.arange(5.0), np.linspace(-1, 1, 5), np.arange(4.0) * 0.5]
    qu = [rng.uniform(0, 4, 30), rng.uniform(-1, 1, 30), rng.uniform(0, 1.5, 30)]
    A, B, C = (_keys(x, t) for x, t in zip(u, qu))
    ref = np.einsum("qi,qj,qk,ijk->q", A, B, C, V)
    np.testing.assert_allclose(matlab.interpn(*u, V, *qu, "cubic"), ref, rtol=1e-12,
                               atol=1e-13)
    # a grid that is not uniform: MATLAB's warning, then 'spline'
    with pytest.warns(CompatWarning, match="Switching method from 'cubic' to 'spline'"):
        out = matlab.interpn(*g, V, *q, "cubic")
    np.testing.assert_array_equal(np.isnan(out), False)
    np.testing.assert_allclose(out, matlab.interpn(*g, V, *q, "spline"), rtol=0, atol=0)
    # NaN outside for 'cubic', extrapolation for 'spline'/'makima', extrapval wins
    assert np.isnan(matlab.interpn(*u, V, [5.0], [0.0], [1.0], "cubic")[0])
    assert np.isfinite(matlab.interpn(*u, V, [5.0], [0.0], [1.0], "makima")[0])
    assert matlab.interpn(*u, V, [5.0], [0.0], [1.0], "spline", 3)[0] == 3


def test_makima_is_separable_dimension_one_first():
    rng = np.random.default_rng(17)
    x, y = np.array([0, 1, 2.5, 4, 4.5, 6]), np.array([-1, 0, 0.5, 2, 3])
    V = rng.normal(size=(6, 5))
    xq, yq = rng.uniform(-0.5, 6.5, 25), rng.uniform(-1.5, 3.5, 25)
    ref = np.array([matlab.interp1(y, matlab.interp1(x, V, a, "makima").ravel(), b, "makima")
                    for a, b in zip(xq, yq)])
    np.testing.assert_allclose(matlab.interpn(x, y, V, xq, yq, "makima"), ref, rtol=1e-13,
                               atol=1e-14)
    # the other order is a different interpolant (makima is nonlinear in V)
    other = np.array([matlab.interp1(x, matlab.interp1(y, V.T, b, "makima").ravel(), a,
                                     "makima") for a, b in zip(xq, yq)])
    assert np.max(np.abs(other - ref)) > 1e-6
    # interp3 runs along X (columns), then Y, then Z; on a grid query the same values
    G = matlab.interpn(x, y, V, [0.5, 2, 5], [0.1, 2.2], "makima")
    X1, X2 = np.meshgrid([0.5, 2, 5], [0.1, 2.2], indexing="ij")
    np.testing.assert_allclose(G, matlab.interpn(x, y, V, X1, X2, "makima"), rtol=1e-14)
    W = rng.normal(size=(4, 5, 3))
    a, b, c = rng.uniform(1, 5, 8), rng.uniform(1, 4, 8), rng.uniform(1, 3, 8)
    np.testing.assert_allclose(matlab.interp3(W, a, b, c, "makima"),
                               matlab.interpn(np.swapaxes(W, 0, 1), a, b, c, "makima"),
                               rtol=1e-14)


def test_one_d_refinement_and_classes():
    v = np.array([3.0, 1, 4, 1, 5, 9])
    xq = np.array([0.5, 1.5, 2.25, 5.5, 6.5])
    got = matlab.interpn(v, xq, "pchip")
    ref = matlab.interp1(np.arange(1.0, 7), v, xq, "pchip")
    np.testing.assert_allclose(got[1:4], ref[1:4], rtol=1e-15)
    assert np.isnan(got[0]) and np.isnan(got[4])          # pchip: NaN outside (interpn)
    assert matlab.interpn(v, 1, "linear").shape == (11,)
    assert matlab.interpn(np.ones((3, 4)), 2).shape == (9, 13)
    assert matlab.interp3(np.ones((2, 3, 4)), 1).shape == (3, 5, 7)
    out = matlab.interpn(np.ones((3, 4), np.float32), [1.5], [2.5], "spline")
    assert out.dtype == np.float32
    Vc = np.arange(12.0).reshape(3, 4) * (1 + 2j)
    np.testing.assert_allclose(matlab.interpn(Vc, [1.5], [2.5], "spline"), [3.5 * (1 + 2j)])


@pytest.mark.octave
def test_spline_against_octave():
    rng = np.random.default_rng(1616)
    cases, expected = [], []
    for k in range(12):
        shape = tuple(int(s) for s in rng.integers(4, 8, size=2 + k % 2))
        grids = [np.cumsum(rng.uniform(0.3, 1.5, size=s)) for s in shape]
        V = rng.normal(size=shape)
        q = [rng.uniform(g[0] - 0.3, g[-1] + 0.3, size=(1, 9)) for g in grids]
        names = {f"g{i}": g.reshape(1, -1) for i, g in enumerate(grids)}
        names.update({f"q{i}": x for i, x in enumerate(q)})
        names["V"] = V
        n = len(shape)
        gl = ", ".join(f"g{i}" for i in range(n))
        ql = ", ".join(f"q{i}" for i in range(n))
        cases.append((f"interpn({gl}, V, {ql}, 'spline')", names, 1))
        expected.append(matlab.interpn(*grids, V, *q, "spline"))
    for (call, _, _), ours, got in zip(cases, expected, run_octave_calls(cases)):
        assert not isinstance(got, Exception), (call, got)
        np.testing.assert_allclose(as2d(ours), got[0], rtol=1e-11, atol=1e-12, err_msg=call)


def test_makima_window_is_the_full_fit(monkeypatch):
    """The 6-sample makima window gives the full 1-D fit's values bit for bit."""
    import compat._core.tensor_splines as ts

    def full(grid, W, t):
        b, n, width = W.shape
        cols = W.transpose(1, 0, 2).reshape(n, b * width)
        return ts._diagonal(ts._along(grid, cols, "makima"), t, width)

    rng = np.random.default_rng(1619)
    for shape in [(9, 8, 7), (3, 5, 7), (7, 2, 9), (6, 6, 6)]:
        g = [np.cumsum(rng.uniform(0.2, 1.5, n)) for n in shape]
        V = rng.standard_normal(shape)
        q = [rng.uniform(x[0] - 1, x[-1] + 1, 500) for x in g]
        q[1][:3] = np.nan
        fast = ts.point_values(g, V, q, "makima")
        with monkeypatch.context() as m:
            m.setattr(ts, "_makima_window", full)
            slow = ts.point_values(g, V, q, "makima")
        np.testing.assert_array_equal(fast, slow)
