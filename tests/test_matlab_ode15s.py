"""Tests of MATLAB's ode15s (compat.matlab.ode15s over compat._core.ode_ndf).

References, in order of strength:

* the published method (Shampine & Reichelt, "The MATLAB ODE Suite", 1997, and the
  algorithm MATLAB's ode15s.m/ntrp15s.m describe): the first step of a linear scalar
  problem computed by hand from MATLAB's initial-step rule and BDF1's first step; the
  NDF constants; the interpolant through the backward differences; the difference
  rescaling (the identity for an unchanged step); the statistics' bookkeeping counted
  against the calls actually made;
* exact solutions (expm of linear systems, with and without a mass matrix) and
  tight-tolerance Radau solutions (SciPy) of van der Pol mu = 1000 and Robertson;
* live GNU Octave 7.3 through the golden suite reference_outputs/matlab/ode15s (its
  ode15s is SUNDIALS IDA: values at tspan points only).

ode15s does not extrapolate locally and controls the local error per step to RelTol, so
on these contracting problems the global error stays within a small multiple of RelTol;
each bound below says which.
"""

from __future__ import annotations

import math
import warnings

import numpy as np
import pytest
import scipy.linalg

from compat import CompatValueError, IntegrationTolNotMetWarning
from compat._core.errors import MatlabWarning
from compat._core.ode_ndf import G, KAPPA, _DIFU, interpolate_ndf
from compat.matlab import deval, ode15s, odeset


def vdp1000(t, y):
    return [y[1], 1000 * (1 - y[0] ** 2) * y[1] - y[0]]


def robertson(t, y):
    return [-0.04 * y[0] + 1e4 * y[1] * y[2],
            0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] ** 2,
            3e7 * y[1] ** 2]


A = np.array([[-1.0, 1.0], [0.0, -1000.0]])


# --------------------------------------------------------------------------- constants
def test_ndf_constants_are_the_papers():
    """G_k = sum_{j<=k} 1/j; kappa as Shampine & Reichelt's table (kappa_5 = 0: NDF5 is
    BDF5)."""
    np.testing.assert_allclose(G, np.cumsum(1 / np.arange(1, 6)), rtol=0, atol=1e-15)
    assert KAPPA.tolist() == [-37 / 200, -1 / 9, -0.0823, -0.0415, 0]
    # difU is its own inverse
    np.testing.assert_array_equal(_DIFU @ _DIFU, np.eye(5))


def test_difference_rescaling_with_unchanged_step_is_identity():
    """Shampine & Reichelt's difRU = cumprod((i - 1 - j r)/i) difU is I for r = 1."""
    kI = np.arange(1, 6)[:, None].astype(float)
    kJ = np.arange(1, 6)[None, :].astype(float)
    difRU = np.cumprod((kI - 1 - kJ * 1.0) / kI, axis=0) @ _DIFU
    np.testing.assert_allclose(difRU, np.eye(5), atol=1e-14)


def test_interpolant_passes_through_the_past_points():
    """ntrp15s of order k interpolates y at tnew - j h, j = 0..k, from the backward
    differences of those values."""
    rng = np.random.default_rng(3)
    k, h, tnew = 4, 0.1, 2.0
    pts = rng.standard_normal((k + 1, 3))          # y(tnew), y(tnew - h), ...
    dif = np.zeros((3, 7))
    cur = pts.copy()
    for j in range(k):                              # backward differences at tnew
        cur = cur[:-1] - cur[1:]
        dif[:, j] = cur[0]
    ts = tnew - h * np.arange(k + 1)
    yq = interpolate_ndf(ts, tnew, pts[0], h, dif, k)
    np.testing.assert_allclose(yq, pts, atol=1e-13)
    # the derivative is that of the same polynomial (central difference check)
    tq = np.array([tnew - 0.37 * h])
    _, yp = interpolate_ndf(tq, tnew, pts[0], h, dif, k, derivative=True)
    d = 1e-6
    fd = (interpolate_ndf(tq + d, tnew, pts[0], h, dif, k)
          - interpolate_ndf(tq - d, tnew, pts[0], h, dif, k)) / (2 * d)
    np.testing.assert_allclose(yp, fd, rtol=1e-6, atol=1e-8)


# --------------------------------------------------------------------------- the steps
def test_first_step_is_the_published_rule():
    """y' = lam y: MATLAB's ode15s initial step (BDF1's error 0.5 h^2 y'', sqrt(RelTol)),
    and the first step is BDF1 (backward Euler) solved to convergence."""
    lam, y0, rtol = -1.0, 1.0, 1e-3
    sol = ode15s(lambda t, y: lam * y, [0, 10], y0, nargout=1)
    wt = max(abs(y0), 1e-6 / rtol)
    hmax = 1.0
    rh = 1.25 * math.sqrt(0.5 * abs(lam * lam * y0) / wt / rtol)
    absh = min(hmax, 10.0)
    if absh * rh > 1:
        absh = 1 / rh
    # (the first attempt is accepted: a failure would have shrunk it)
    assert sol.x[0, 1] == pytest.approx(absh, rel=1e-14)
    assert sol.x[0, 2] - sol.x[0, 1] == pytest.approx(absh, rel=1e-12)   # k + 2 rule
    # NDF1: (y1 - y0) - h lam y1 = kappa_1 (y1 - pred), pred = y0 + h lam y0 (the
    # Newton iteration on a linear problem converges to it)
    kap = -37 / 200
    ndf1 = y0 * (1 - kap * (1 + absh * lam)) / (1 - kap - absh * lam)
    assert sol.y[0, 1] == pytest.approx(ndf1, rel=1e-12)
    assert sol.idata.kvec[0, 1] == 1
    # BDF 'on': backward Euler, y1 = y0 / (1 - h lam)
    sol = ode15s(lambda t, y: lam * y, [0, 10], y0, nargout=1, BDF="on")
    assert sol.y[0, 1] == pytest.approx(y0 / (1 - absh * lam), rel=1e-12)


def test_order_rises_and_respects_maxorder():
    """The order is raised once k + 2 steps were taken at one (h, k); MaxOrder caps it."""
    sol = ode15s(lambda t, y: -y, [0, 10], 1.0, odeset("RelTol", 1e-8, "AbsTol", 1e-12),
                 nargout=1)
    assert sol.idata.kvec.max() == 5
    for maxk in (1, 2, 3):
        s = ode15s(lambda t, y: -y, [0, 10], 1.0,
                   odeset("RelTol", 1e-6, "AbsTol", 1e-10, "MaxOrder", maxk), nargout=1)
        assert s.idata.kvec.max() == maxk
        assert s.idata.dif3d.shape == (1, maxk + 2, s.x.size)


def test_bdf_option_changes_the_formulas():
    """BDF 'on' (kappa = 0) is another method: other steps, both accurate."""
    opts = dict(RelTol=1e-6, AbsTol=1e-10)
    s1 = ode15s(lambda t, y: -y, [0, 5], 1.0, nargout=1, **opts)
    s2 = ode15s(lambda t, y: -y, [0, 5], 1.0, nargout=1, BDF="on", **opts)
    assert s1.x.size != s2.x.size or not np.array_equal(s1.x, s2.x)
    for s in (s1, s2):
        assert abs(s.y[0, -1] - math.exp(-5)) < 20 * 1e-6 * math.exp(-5) + 1e-9


# --------------------------------------------------------------------------- accuracy
@pytest.mark.parametrize("rtol", [1e-3, 1e-5, 1e-7])
def test_linear_system_against_expm(rtol):
    """y' = A y with eigenvalues -1 and -1000: global error a small multiple of RelTol
    (measured: <= 2.5 RelTol at t in [0, 1])."""
    tl = np.linspace(0, 1, 5)
    t, y = ode15s(lambda t, y: A @ y, tl, [1, 1], odeset("RelTol", rtol, "AbsTol",
                                                          rtol * 1e-3))
    ex = np.array([scipy.linalg.expm(A * tt) @ [1, 1] for tt in tl])
    assert np.abs(y - ex).max() < 10 * rtol


def test_mass_matrix_equals_explicit_form():
    M = np.array([[2.0, 0.5], [0.0, 1.0]])
    tl = np.linspace(0, 1, 5)
    opts = odeset("RelTol", 1e-7, "AbsTol", 1e-10)
    _, y1 = ode15s(lambda t, y: A @ y, tl, [1, 1], odeset(opts, "Mass", M))
    ex = np.array([scipy.linalg.expm(np.linalg.solve(M, A) * tt) @ [1, 1] for tt in tl])
    assert np.abs(y1 - ex).max() < 10 * 1e-7


# y1 of van der Pol mu = 1000 at t = 0:100:3000 by SciPy's Radau at RelTol 1e-11,
# AbsTol 1e-13 (frozen here: that reference takes seconds)
VDP_RADAU = np.array([
    2.0, 1.9313613205, 1.8582059522, 1.779397769, 1.6932094268, 1.5967689511,
    1.4845756933, 1.3428917313, 1.0839233646, -1.9364435448, -1.8636462548,
    -1.7852936486, -1.6997140035, -1.6041493126, -1.4933850217, -1.3547459195,
    -1.1208132536, 1.9415028331, 1.8690579839, 1.7911524866, 1.7061677322,
    1.6114533462, 1.5020599639, 1.366258022, 1.1491721451, -1.9465395178,
    -1.874441621, -1.7969750287, -1.7125718825, -1.6186835568, -1.5106069367])

# Robertson at t = 0, 0.4, ..., 4e4 by Radau at RelTol 1e-11, AbsTol 1e-16
ROBERTSON_RADAU = np.array([
    [1.0000000000e+00, 0.0000000000e+00, 0.0000000000e+00],
    [9.8517211386e-01, 3.3863953790e-05, 1.4794022185e-02],
    [9.0551867858e-01, 2.2404756876e-05, 9.4458916659e-02],
    [7.1582706872e-01, 9.1855347646e-06, 2.8416374575e-01],
    [4.5051866847e-01, 3.2229014417e-06, 5.4947810863e-01],
    [1.8320225778e-01, 8.9423712528e-07, 8.1679684799e-01],
    [3.8983377086e-02, 1.6217683159e-07, 9.6101646074e-01]])


def test_vdp1000_and_robertson_against_radau():
    sol = ode15s(vdp1000, [0, 3000], [2, 0], odeset("RelTol", 1e-7, "AbsTol", 1e-10),
                 nargout=1)
    tt = np.linspace(0, 3000, 31)
    # the solution jumps by ~4 within ~1e-3 of time twice: 1e-7 relative in the jump
    # times gives ~1e-5 in y1 after them; measured 2.6e-6
    assert np.abs(deval(sol, tt)[0] - VDP_RADAU).max() < 1e-4
    ts = [0, 0.4, 4, 40, 400, 4000, 40000]
    ref = ROBERTSON_RADAU
    _, y = ode15s(robertson, ts, [1, 0, 0], odeset("RelTol", 1e-4,
                                                    "AbsTol", [1e-6, 1e-10, 1e-6]))
    w = np.abs(ref) + np.array([1e-6, 1e-10, 1e-6])
    assert np.max(np.abs(y - ref) / w) < 10 * 1e-4     # measured 4.1e-4


# --------------------------------------------------------------------------- statistics
def test_statistics_count_the_calls_made():
    calls = {"f": 0, "J": 0}

    def f(t, y):
        calls["f"] += 1
        return vdp1000(t, y)

    def jac(t, y):
        calls["J"] += 1
        return [[0, 1], [-2000 * y[0] * y[1] - 1, 1000 * (1 - y[0] ** 2)]]

    sol = ode15s(f, [0, 300], [2, 0], nargout=1)
    assert sol.stats.nfevals == calls["f"]
    assert sol.stats.npds >= 1
    calls["f"] = 0
    sol = ode15s(f, [0, 300], [2, 0], odeset("Jacobian", jac), nargout=1)
    assert sol.stats.nfevals == calls["f"]
    assert sol.stats.npds == calls["J"]
    # every Newton iteration is one evaluation and one solve; plus f0, the initial
    # step's f(t0 + tdel), and nothing else with an analytic Jacobian
    assert sol.stats.nsolves == sol.stats.nfevals - 2


def test_vdp1000_documentation_example_frozen_statistics(capsys):
    """compat's own numbers for MATLAB's documented example (a regression fixture, not
    MATLAB's print-out): [t,y] = ode15s(@vdp1000,[0 3000],[2 0]) with Stats 'on'."""
    t, y = ode15s(vdp1000, [0, 3000], [2, 0], odeset("Stats", "on"))
    out = capsys.readouterr().out.splitlines()
    assert out == ["591 successful steps", "225 failed attempts",
                   "1883 function evaluations", "45 partial derivatives",
                   "289 LU decompositions", "1747 solutions of linear systems"]
    assert t.shape == (592,)
    np.testing.assert_allclose(y[-1], [-1.5022985502, 0.0011950585], rtol=1e-8)


# --------------------------------------------------------------------------- outputs
def test_refine_and_tspan_outputs():
    s = ode15s(lambda t, y: -y, [0, 5], 1.0, nargout=1)
    t1, y1 = ode15s(lambda t, y: -y, [0, 5], 1.0)
    t4, y4 = ode15s(lambda t, y: -y, [0, 5], 1.0, Refine=4)
    assert t1.size == s.x.size and t4.size == 4 * (t1.size - 1) + 1
    np.testing.assert_array_equal(t4[::4], t1)
    np.testing.assert_array_equal(y4[::4], y1)
    # refined points are the interpolant, i.e. deval
    np.testing.assert_allclose(y4[:, 0], deval(s, t4.ravel())[0], rtol=1e-13)
    tq = [0, 0.3, 1.7, 5]
    tq_out, yq = ode15s(lambda t, y: -y, tq, 1.0)
    np.testing.assert_array_equal(tq_out.ravel(), tq)
    np.testing.assert_allclose(yq[:, 0], deval(s, tq)[0], rtol=1e-13)


def test_deval_values_and_derivatives():
    sol = ode15s(lambda t, y: A @ y, [0, 1], [1, 1], odeset("RelTol", 1e-6,
                                                            "AbsTol", 1e-9), nargout=1)
    y, yp = deval(sol, sol.x.ravel(), nargout=2)
    np.testing.assert_array_equal(y, sol.y)
    tq = np.linspace(0.01, 1, 13)
    y, yp = deval(sol, tq, nargout=2)
    ex = np.array([scipy.linalg.expm(A * tt) @ [1, 1] for tt in tq]).T
    assert np.abs(y - ex).max() < 1e-5
    assert np.abs(yp[0] - (A @ ex)[0]).max() < 1e-3
    assert deval(sol, tq, 2).shape == (1, 13)


def test_terminal_event():
    t, y, te, ye, ie = ode15s(lambda t, y: -100 * (y - np.cos(t)), [0, 3], 0,
                              odeset("RelTol", 1e-6, "AbsTol", 1e-9, "Events",
                                     lambda t, y: (y[0] - 0.5, 1, -1)), nargout=5)
    assert te.shape == (1,) and ie.tolist() == [1]
    assert te[0] == pytest.approx(1.0571684, abs=2e-6)
    assert ye[0, 0] == pytest.approx(0.5, abs=1e-8)
    assert t[-1] == te[0] and y[-1, 0] == ye[0, 0]
    sol = ode15s(lambda t, y: -100 * (y - np.cos(t)), [0, 3], 0,
                 odeset("RelTol", 1e-6, "AbsTol", 1e-9, "Events",
                        lambda t, y: (y[0] - 0.5, 1, -1)), nargout=1)
    assert sol.x[0, -1] == sol.xe[0, 0]
    # the interpolation data were moved to [t, te]: deval just before te is continuous
    assert deval(sol, sol.x[0, -1] - 1e-9)[0, 0] == pytest.approx(0.5, abs=1e-6)


def test_output_function_backward_integration_and_repeated_events():
    log = []

    def out(t, y, flag):
        log.append((flag, np.shape(t), np.shape(y)))
        return False

    t, _ = ode15s(lambda t, y: -y, [0, 1], 1.0, odeset("OutputFcn", out))
    assert log[0] == ("init", (2,), (1,)) and log[-1][0] == "done"
    assert len(log) == t.size + 1            # init, one call per step, done
    t, y = ode15s(lambda t, y: -y, [1, 0], math.exp(-1), RelTol=1e-6, AbsTol=1e-9)
    assert t[0] == 1 and t[-1] == 0 and y[-1, 0] == pytest.approx(1, abs=1e-5)
    # y = cos t: zeros of y1 and y2 every pi/2, both directions, non-terminal
    _, _, te, _, ie = ode15s(lambda t, y: [y[1], -y[0]], [0, 10], [1, 0],
                             odeset("RelTol", 1e-6, "AbsTol", 1e-9, "Events",
                                    lambda t, y: ([y[0], y[1]], [0, 0], [0, 0])),
                             nargout=5)
    np.testing.assert_allclose(te[1:], np.pi / 2 * np.arange(1, 7), atol=1e-4)
    assert ie[1:].tolist() == [1, 2, 1, 2, 1, 2]


def test_nonnegative():
    calls = [0]

    def f(t, y):
        calls[0] += 1
        return -abs(y)

    sol = ode15s(f, [0, 40], 1, odeset("NonNegative", 1), nargout=1)
    assert sol.stats.nfevals == calls[0]
    assert np.all(sol.y >= 0) and sol.idata.idxNonNegative.tolist() == [[1.0]]
    assert np.all(deval(sol, np.linspace(0, 40, 81)) >= 0)
    t, y = ode15s(lambda t, y: -abs(y), [0, 10, 20, 40], 1, odeset("NonNegative", 1))
    assert np.all(y >= 0)
    assert y[1, 0] == pytest.approx(math.exp(-10), abs=1e-6)
    # without the constraint the same problem goes below zero
    t, y = ode15s(lambda t, y: -abs(y), [0, 40], 1, Refine=4)
    assert y.min() < 0


@pytest.mark.parametrize("seed", range(6))
def test_random_stiff_linear_systems_against_expm(seed):
    """Random stable systems with eigenvalues spread over 1 to 1e4 (stiffness ratio up
    to 1e4), random tolerances and options: the global error stays a small multiple of
    RelTol (bound 30 RelTol relative to max |y0|; measured at most 3 over 40 seeds).
    (Orders <= 2 at RelTol ~1e-7 take hundreds of steps and accumulate ~20-30 RelTol:
    the local error, not the global one, is what the solver controls.)"""
    rng = np.random.default_rng(seed)
    n = int(rng.integers(2, 6))
    Q, _ = np.linalg.qr(rng.standard_normal((n, n)))
    lam = -np.logspace(0, rng.uniform(1, 4), n)
    Amat = Q @ np.diag(lam) @ Q.T
    y0 = rng.standard_normal(n)
    rtol = 10.0 ** -rng.uniform(3, 6)
    opts = odeset("RelTol", rtol, "AbsTol", rtol * 1e-3,
                  "BDF", ["off", "on"][seed % 2], "MaxOrder", int(rng.integers(3, 6)))
    if seed % 3 == 0:
        opts = odeset(opts, "Jacobian", Amat)
    tl = np.linspace(0, 2, 6)
    _, y = ode15s(lambda t, y: Amat @ y, tl, y0, opts)
    ex = np.array([scipy.linalg.expm(Amat * tt) @ y0 for tt in tl])
    assert np.abs(y - ex).max() <= 30 * rtol * np.abs(y0).max()


def test_events_with_nonnegative_and_normcontrol_run():
    t, y = ode15s(lambda t, y: A @ y, [0, 1], [1, 1], NormControl="on", RelTol=1e-5,
                  AbsTol=1e-8)
    ex = scipy.linalg.expm(A) @ [1, 1]
    assert np.abs(y[-1] - ex).max() < 1e-4


def test_mass_matrix_functions():
    """M(t) (MStateDependence 'none') and M(t, y) ('weak', MATLAB's default) against
    Radau on y' = M\\f: within a few RelTol (measured 1.2e-6 and 1.1e-6 at 1e-6); M(t)
    with extra arguments."""
    f = lambda t, y: [-y[0], -50 * y[1]]  # noqa: E731
    tl = np.linspace(0, 2, 5)
    opts = dict(RelTol=1e-6, AbsTol=1e-9)
    # M(t) = diag(1 + t, 2): y1 = 1/(1 + t), y2 = exp(-25 t)
    _, y = ode15s(f, tl, [1, 1], Mass=lambda t: np.diag([1 + t, 2.0]),
                  MStateDependence="none", **opts)
    ex = np.column_stack([1 / (1 + tl), np.exp(-25 * tl)])
    assert np.abs(y - ex).max() < 10 * 1e-6
    _, y2 = ode15s(lambda t, y, c: [-y[0], -c * y[1]], tl, [1, 1],
                   odeset("Mass", lambda t, c: np.diag([1 + t, 2.0]),
                          "MStateDependence", "none", "RelTol", 1e-6, "AbsTol", 1e-9), 50)
    np.testing.assert_array_equal(y2, y)
    # M(t, y) = diag(1 + y1^2, 2): y1 solves (1 + y1^2) y1' = -y1
    Mty = lambda t, y: np.array([[1 + y[0] ** 2, 0], [0, 2.0]])  # noqa: E731
    _, y = ode15s(f, tl, [1, 1], Mass=Mty, **opts)
    # implicit solution: ln y1 + y1^2/2 = -t + 1/2
    assert np.abs(np.log(y[:, 0]) + y[:, 0] ** 2 / 2 - (0.5 - tl)).max() < 10 * 1e-6
    # 'strong': tests/test_matlab_ode_sparsity.py


# --------------------------------------------------------------------------- DAEs
def hb1dae(t, y):
    """MATLAB's hb1dae: Robertson with the conservation law as the third equation."""
    return [-0.04 * y[0] + 1e4 * y[1] * y[2],
            0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] ** 2,
            y[0] + y[1] + y[2] - 1]


DAE_OPTS = dict(RelTol=1e-4, AbsTol=[1e-6, 1e-10, 1e-6])
TS_DAE = np.r_[0, 4 * np.logspace(-6, 6, 13)]


def test_dae_consistent_initial_conditions_from_a_guess():
    """hb1dae's guess y3(0) = 1e-3: only the algebraic component moves (daeic12), to
    satisfy the constraint far below RelTol; then the solution follows Robertson's."""
    calls = [0]

    def f(t, y):
        calls[0] += 1
        return hb1dae(t, y)

    sol = ode15s(f, [0, 4e6], [1, 0, 1e-3], nargout=1, Mass=np.diag([1.0, 1, 0]),
                 **DAE_OPTS)
    y0 = sol.y[:, 0]
    assert y0[0] == 1 and y0[1] == 0
    assert abs(y0.sum() - 1) <= 1e-3 * 1e-4
    assert sol.stats.nfevals == calls[0]
    _, y = ode15s(hb1dae, TS_DAE[:12], [1, 0, 1e-3], Mass=np.diag([1.0, 1, 0]),
                  **DAE_OPTS)
    _, yo = ode15s(robertson, TS_DAE[:12], [1, 0, 0], **DAE_OPTS)
    w = np.abs(yo) + np.array([1e-6, 1e-10, 1e-6])
    # (row 0 holds the consistent y3(0) = 2e-9 against the ODE's exact 0)
    assert np.max(np.abs(y - yo)[1:] / w[1:]) < 10 * 1e-4
    np.testing.assert_allclose(y.sum(axis=1), 1, atol=1e-7)


def test_dae_full_mass_matrix_and_initial_slope():
    """A full singular mass matrix (daeic12's ICtype 2, algebraic directions from the
    SVD) and a consistent InitialSlope give the diagonal form's solution."""
    Mfull = np.array([[1.0, 1, 0], [0, 1, 0], [0, 0, 0]])

    def g(t, y):
        f = hb1dae(t, y)
        return [f[0] + f[1], f[1], f[2]]

    _, y1 = ode15s(g, TS_DAE[:10], [1, 0, 1e-3], Mass=Mfull, **DAE_OPTS)
    _, y2 = ode15s(hb1dae, TS_DAE[:10], [1, 0, 1e-3], Mass=np.diag([1.0, 1, 0]),
                   **DAE_OPTS)
    w = np.abs(y2) + np.array([1e-6, 1e-10, 1e-6])
    assert np.max(np.abs(y1 - y2) / w) < 10 * 1e-4
    yp0 = np.array(robertson(0, [1, 0, 0]))
    _, y3 = ode15s(hb1dae, TS_DAE[:10], [1, 0, 0], Mass=np.diag([1.0, 1, 0]),
                   InitialSlope=yp0, **DAE_OPTS)
    # (row 0: y2's y3(0) is the guess made consistent, 2e-9, y3's is exactly 0)
    assert np.max(np.abs(y3 - y2)[1:] / w[1:]) < 10 * 1e-4


def test_dae_errors():
    # the constraint does not involve the algebraic variable: index > 1
    with pytest.raises(CompatValueError, match="index greater than 1"):
        ode15s(lambda t, y: [y[1], y[0] - 1], [0, 1], [0.5, 0], Mass=np.diag([1.0, 0]))
    # no real root: y2^2 + 1 = 0 (the Newton iteration meets singular Jacobians)
    with pytest.raises(CompatValueError, match="better guess"), \
            warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ode15s(lambda t, y: [-y[0], y[1] ** 2 + 1], [0, 1], [1, 1],
               Mass=np.diag([1.0, 0]))
    with pytest.raises(CompatValueError, match="different lengths"):
        ode15s(hb1dae, [0, 1], [1, 0, 0], Mass=np.diag([1.0, 1, 0]), InitialSlope=[0, 0])


# --------------------------------------------------------------------------- refusals
def test_errors_and_warnings():
    f = lambda t, y: -y  # noqa: E731
    with pytest.raises(CompatValueError, match="MaxOrder"):
        ode15s(f, [0, 1], 1.0, MaxOrder=6)
    with pytest.raises(CompatValueError, match="MassSingular"):
        ode15s(lambda t, y: A @ y, [0, 1], [1, 1], Mass=np.eye(2), MassSingular="perhaps")
    with pytest.raises(CompatValueError, match="non-zero"):
        ode15s(lambda t, y: A @ y, [0, 1], [1, 1], Mass=np.zeros((2, 2)))
    with pytest.raises(CompatValueError, match="negative"):
        ode15s(f, [0, 1], -1.0, NonNegative=1)
    with pytest.raises(CompatValueError, match="daeic3"):
        ode15s(lambda t, y: A @ y, [0, 1], [1, 1], Mass=lambda t, y: np.diag([1.0, 0]))
    with pytest.warns(MatlabWarning, match="NonNegative"):
        ode15s(lambda t, y: A @ y, [0, 1], [1, 1], Mass=np.eye(2), NonNegative=1)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(IntegrationTolNotMetWarning):
            ode15s(lambda t, y: 1 / (1 - t) ** 2, [0, 2], 1.0)
