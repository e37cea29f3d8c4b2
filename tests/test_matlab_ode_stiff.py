"""Tests of MATLAB's stiff solver ode23s (compat.matlab.ode23s) and MATLAB's numjac
(compat._core.ode_jacobian).

References, in order of strength:

* the published formulas (Shampine & Reichelt, "The MATLAB ODE Suite", 1997): the
  first step of a linear scalar problem computed by hand from the pair and MATLAB's
  initial-step rule -- the step sequence, not only the accuracy; the statistics'
  bookkeeping (evaluations, Jacobians, LU decompositions, solves per attempt);
* exact solutions (expm of linear systems, with and without a mass matrix) and
  tight-tolerance Radau solutions (SciPy) of van der Pol mu = 1000 and Robertson;
* live GNU Octave 7.3 through the golden suite reference_outputs/matlab/ode_stiff.

ode23s propagates a 2nd-order result and controls the local error per step to RelTol,
so on these contracting problems the global error stays within a small multiple of
RelTol; each bound below says which.
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.integrate
import scipy.linalg

from compat import IntegrationTolNotMetWarning, matlab
from compat._core.ode_jacobian import numerical_jacobian
from compat.matlab import deval, ode23s, odeset

D = 1 / (2 + math.sqrt(2))


def vdp1000(t, y):
    return [y[1], 1000 * (1 - y[0] ** 2) * y[1] - y[0]]


def vdp_jac(t, y):
    return [[0, 1], [-2000 * y[0] * y[1] - 1, 1000 * (1 - y[0] ** 2)]]


def robertson(t, y):
    return [-0.04 * y[0] + 1e4 * y[1] * y[2],
            0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] ** 2,
            3e7 * y[1] ** 2]


A = np.array([[-1.0, 1.0], [0.0, -1000.0]])


# --------------------------------------------------------------------------- the steps
def test_first_step_is_the_published_formula():
    """y' = lam*y: MATLAB's two-stage initial step and one Rosenbrock step by hand."""
    lam, y0, rtol = -50.0, 1.0, 1e-3
    sol = ode23s(lambda t, y: lam * y, [0, 1], y0, nargout=1)
    wt = max(abs(y0), 1e-6 / rtol)
    hmax = 0.1
    rh = 1.25 * abs(lam * y0) / wt / rtol ** (1 / 3)
    absh = min(hmax, 1.0)
    absh = 1 / rh if absh * rh > 1 else absh
    # second estimate from y'' = T + J*yp (T = 0: autonomous)
    rh = 1.25 * math.sqrt(0.5 * abs(lam * lam * y0) / wt) / rtol ** (1 / 3)
    absh = min(hmax, 1.0)
    absh = 1 / rh if absh * rh > 1 else absh
    h = absh
    W = 1 - h * D * lam
    k1 = lam * y0 / W
    f1 = lam * (y0 + 0.5 * h * k1)
    k2 = (f1 - k1) / W + k1
    ynew = y0 + h * k2
    assert sol.x[0, 1] == pytest.approx(h, rel=1e-14)
    # the Jacobian is numjac's (a forward difference, exact for a linear f to ~1e-8)
    assert sol.y[0, 1] == pytest.approx(ynew, rel=1e-9)


def test_statistics_bookkeeping_with_an_analytic_jacobian():
    t, y = ode23s(vdp1000, [0, 3000], [2, 0], Jacobian=vdp_jac)
    sol = ode23s(vdp1000, [0, 3000], [2, 0], Jacobian=vdp_jac, nargout=1)
    s = sol.stats
    n, f = s.nsteps, s.nfailed
    assert f > 0                     # the problem makes it fail some attempts
    assert s.npds == n               # one Jacobian per step
    assert s.ndecomps == n + f       # one LU per attempt
    assert s.nsolves == 3 * (n + f)
    # f(t0), the initial-step time derivative, one time derivative per step, two per try
    assert s.nfevals == 2 + n + 2 * (n + f)
    assert len(t) == n + 1 and sol.x.shape == (1, n + 1)


def test_constant_jacobian_is_formed_once(capsys):
    ode23s(lambda t, y: A @ y, [0, 1], [1, 1], Jacobian=A, Stats="on")
    out = capsys.readouterr().out.splitlines()
    assert len(out) == 6
    assert out[3] == "1 partial derivatives"
    assert out[0].endswith("successful steps") and out[5].endswith(
        "solutions of linear systems")


def test_initial_step_uses_the_first_tspan_interval():
    t, _ = ode23s(lambda t, y: -y, [0, 1e-4, 1], 1.0)
    sol = ode23s(lambda t, y: -y, [0, 1e-4, 1], 1.0, nargout=1)
    assert sol.x[0, 1] <= 1e-4
    sol2 = ode23s(lambda t, y: -y, [0, 1], 1.0, nargout=1)
    assert sol2.x[0, 1] > 1e-3
    np.testing.assert_array_equal(t.ravel(), [0, 1e-4, 1])


# --------------------------------------------------------------------------- accuracy
@pytest.mark.parametrize("mass", [None, np.diag([2.0, 1.0])])
def test_linear_system_against_expm(mass):
    tl = np.linspace(0, 1, 5)
    opts = odeset("RelTol", 1e-6, "AbsTol", 1e-9, "Mass", mass)
    t, y = ode23s(lambda t, y: A @ y, tl, [1, 1], opts)
    G = A if mass is None else np.linalg.solve(mass, A)
    exact = np.array([scipy.linalg.expm(G * s) @ [1, 1] for s in tl])
    # 2nd order over ~500 steps: within 20 x RelTol
    np.testing.assert_allclose(y, exact, atol=2e-5)


def test_vdp1000_against_radau():
    # y1(3000) from scipy's Radau at rtol 1e-10, atol 1e-12 (3 s, so stored here)
    ref = -1.51060694
    t, y = ode23s(vdp1000, [0, 3000], [2, 0], RelTol=1e-5, AbsTol=1e-8)
    # the end lies on a slow branch: the phase error of RelTol 1e-5 over the relaxation
    # jumps moves y1 by ~2e-4 there (1.6e-4 measured)
    assert y[-1, 0] == pytest.approx(ref, abs=1e-3)
    t1, y1 = ode23s(vdp1000, [0, 3000], [2, 0], Jacobian=vdp_jac, RelTol=1e-5,
                    AbsTol=1e-8)
    assert y1[-1, 0] == pytest.approx(ref, abs=1e-3)


def test_robertson_conserves_mass_and_matches_radau():
    ts = [0, 0.4, 4, 40, 400, 4000]
    atol = [1e-6, 1e-10, 1e-6]
    t, y = ode23s(robertson, ts, [1, 0, 0], RelTol=1e-4, AbsTol=atol)
    ref = scipy.integrate.solve_ivp(robertson, [0, 4000], [1, 0, 0], method="Radau",
                                    t_eval=ts, rtol=1e-10, atol=1e-14)
    # linear invariant: every Rosenbrock stage preserves it (to rounding)
    np.testing.assert_allclose(y.sum(axis=1), 1, atol=1e-12)
    np.testing.assert_allclose(y, ref.y.T, rtol=2e-3, atol=1e-9)


# --------------------------------------------------------------------------- outputs
def test_refine_and_deval_use_the_interpolant():
    f = lambda t, y: -100 * (y - np.cos(t))          # noqa: E731
    sol = ode23s(f, [0, 1], 0, nargout=1)
    t, y = ode23s(f, [0, 1], 0, Refine=4)
    x = sol.x.ravel()
    assert len(t) == 4 * (x.size - 1) + 1
    v, dv = deval(sol, t.ravel(), nargout=2)
    np.testing.assert_allclose(v.ravel(), y.ravel(), rtol=1e-13, atol=1e-15)
    # at the step ends deval returns the stored values, and the derivative of the
    # interpolant at s = d is k1 (ntrp23s's construction)
    np.testing.assert_array_equal(deval(sol, x), sol.y)
    k1 = sol.idata.f3d[:, 0, 1]
    _, dk = deval(sol, x[0] + D * (x[1] - x[0]), nargout=2)
    np.testing.assert_allclose(dk[:, 0], k1, rtol=1e-12)


def test_terminal_event():
    ev = lambda t, y: (y[0] - 0.5, 1, -1)            # noqa: E731
    t, y, te, ye, ie = ode23s(lambda t, y: -100 * (y - np.cos(t)), [0, 3], 0,
                              RelTol=1e-6, AbsTol=1e-9, Events=ev, nargout=5)
    # Radau at RelTol 1e-12: te = 1.0571684
    assert te[0] == pytest.approx(1.0571684, abs=1e-5)
    assert ye[0, 0] == pytest.approx(0.5, abs=1e-9)
    assert ie[0] == 1 and t[-1] == te[0]


def test_output_fcn_flags_and_single():
    flags = []
    ode23s(lambda t, y: -y, [0, 1], 1.0, OutputFcn=lambda t, y, flag: flags.append(flag))
    assert flags[0] == "init" and flags[-1] == "done" and set(flags[1:-1]) == {""}
    t, y = ode23s(lambda t, y: -y, [0, 1], np.float32(1))
    assert y.dtype == np.float32


def test_tolerance_failure_warns():
    with pytest.warns(IntegrationTolNotMetWarning):
        ode23s(lambda t, y: 1 / (1 - t), [0, 2], 0.0)


@pytest.mark.parametrize("kwargs, text", [
    ({"Mass": lambda t: np.eye(2)}, "constant mass"),
    ({"Mass": np.eye(3)}, "Mass must be a 2x2"),
    ({"Jacobian": np.eye(3)}, "Jacobian must be a 2x2"),
    ({"Mass": np.eye(2), "MassSingular": "yes"}, "singular mass"),
    ({"NonNegative": 1}, "NonNegative"),
])
def test_bad_options(kwargs, text):
    with pytest.raises(ValueError, match=text):
        ode23s(lambda t, y: -y, [0, 1], [1, 1], **kwargs)


def test_complex_refused():
    with pytest.raises(ValueError, match="complex"):
        ode23s(lambda t, y: -y, [0, 1], 1 + 1j)


def test_extra_arguments_reach_odefun_and_jacobian():
    seen = []

    def jac(t, y, k):
        seen.append(k)
        return [[-k]]
    t, y = ode23s(lambda t, y, k: -k * y, [0, 1], 1.0, odeset("Jacobian", jac), 3.0)
    assert seen and set(seen) == {3.0}
    assert y[-1, 0] == pytest.approx(math.exp(-3), rel=1e-2)


# --------------------------------------------------------------------------- numjac
def test_numjac_matches_the_analytic_jacobian():
    f = lambda t, y: np.asarray(vdp1000(t, y), dtype=float)   # noqa: E731
    y = np.array([1.5, -0.3])
    J, fac, n = numerical_jacobian(f, 0.0, y, f(0.0, y), np.full(2, 1e-6))
    np.testing.assert_allclose(J, vdp_jac(0, y), rtol=1e-5)
    assert n >= 2 and fac.shape == (2,)
    # a zero column: fac is kept within [eps^0.78, 0.1]
    g = lambda t, y: np.array([y[0], 0.0 * y[1]])              # noqa: E731
    J, fac, n = numerical_jacobian(g, 0.0, y, g(0.0, y), np.full(2, 1e-6))
    np.testing.assert_allclose(J, [[1, 0], [0, 0]], atol=1e-7)
    assert np.all((fac >= np.finfo(float).eps ** 0.78) & (fac <= 0.1))


def test_exported():
    assert matlab.ode23s is ode23s


@pytest.mark.parametrize("solver", [matlab.ode45, matlab.ode23])
def test_explicit_solvers_start_from_the_first_tspan_interval(solver):
    """MATLAB's odearguments: htspan = |tspan(2) - tspan(1)| bounds the first step of
    every solver (ode45.m: ``absh = min(hmax, htspan)``), not |tfinal - t0|."""
    sol = solver(lambda t, y: -y, [0, 1e-3, 10], 1.0, nargout=1)
    assert sol.x[0, 1] <= 1e-3
    assert solver(lambda t, y: -y, [0, 10], 1.0, nargout=1).x[0, 1] > 1e-2
