"""Tests of the MATLAB ODE family: compat.matlab.ode45, ode23, odeset, odeget, deval and
the sampled-input solver.

References, in order of strength:

* real MATLAB print-outs: MATLAB Answers 480688 (R2019a: ``ode45(@(t,x) -2*x+t,
  [0 10], 0)`` takes 14 successful steps, 2 failed attempts, 97 function evaluations,
  returns 57 points, sol.x has 15) -- the step sequence, not only the accuracy; the
  deval documentation example (ode23 on y' = t^2);
* exact solutions (closed forms, including user story 3 solved per interval), against
  which every problem must converge at tight tolerances;
* live GNU Octave 7.3, whose ode45/ode23 use their own step control: agreement only to
  the global error of both solutions (tolerances below say why).

Tolerances against exact solutions: ode45 and ode23 control the local error per step
to RelTol (relative) / AbsTol (absolute), so on the non-expanding problems used here the
global error stays within a small multiple of the tolerance (we allow 10x, or the
growth factor of the problem where it expands).
"""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.linalg
from hypothesis import given, settings, strategies as st

from compat import IntegrationTolNotMetWarning, RelTolIncreaseWarning, matlab
from compat.matlab import deval, ode23, ode45, odeget, odeset
from oracles import run_octave

# --------------------------------------------------------------------------- story 3
C1, C2, C3 = -0.3, 1.4, -0.5
TS = np.array([0.0, 1, 2, 3])
MT = np.array([3.0, 7, 4, 2])
NT = np.array([5.0, 1, 9, 3])


def story3_exact(tq):
    """y' = a y + b(t), a = -c1, b = c1 c2 m(t) - c3 n(t) piecewise linear: per interval
    y(tk + s) = e^{a s} y(tk) + p (e^{a s} - 1)/a + q (e^{a s} - 1 - a s)/a^2."""
    a = -C1
    b = C1 * C2 * MT - C3 * NT
    out = []
    for T in np.atleast_1d(tq):
        y = 2.0
        for k in range(TS.size - 1):
            if T <= TS[k]:
                break
            s = min(T, TS[k + 1]) - TS[k]
            p, q = b[k], (b[k + 1] - b[k]) / (TS[k + 1] - TS[k])
            e = math.expm1(a * s)
            y = math.exp(a * s) * y + p * e / a + q * (e - a * s) / a ** 2
        out.append(y)
    return np.array(out)


def story3_matlab_form(t, y):
    return C1 * (C2 * matlab.interp1(TS, MT, t) - y) - C3 * matlab.interp1(TS, NT, t)


def story3_inputs_form(t, y, u):
    return C1 * (C2 * u[0] - y) - C3 * u[1]


U_STORY = np.column_stack([MT, NT])


def test_story3_exact_solution_is_right():
    # independent check of the closed form: a very fine RK4 with steps on the samples
    h = 1e-3
    y, t = 2.0, 0.0
    f = lambda t, y: C1 * (C2 * np.interp(t, TS, MT) - y) - C3 * np.interp(t, TS, NT)
    for _ in range(3000):
        k1 = f(t, y); k2 = f(t + h / 2, y + h / 2 * k1)
        k3 = f(t + h / 2, y + h / 2 * k2); k4 = f(t + h, y + h * k3)
        y += h / 6 * (k1 + 2 * k2 + 2 * k3 + k4); t += h
    # RK4 on smooth pieces (steps land on the kinks): error ~ h^4 = 1e-12
    assert abs(y - story3_exact(3.0)[0]) < 1e-9


def test_story3_matlab_form_works_as_written():
    t, y = ode45(story3_matlab_form, [0, 1, 2, 3], 2)
    np.testing.assert_array_equal(t, [0, 1, 2, 3])
    assert y.shape == (4, 1)
    # MATLAB's algorithm at RelTol 1e-3: within a few RelTol of the exact solution
    # (steps straddle the input kinks, so the error is 1.3 x RelTol relative at t = 3)
    np.testing.assert_allclose(y.ravel(), story3_exact([0, 1, 2, 3]), rtol=3e-3)
    # Octave 7.3 printed 2.0000 2.1091 2.9318 6.0512: 4.5 x RelTol from the exact
    # 6.0239 at t = 3 (its own step control; recorded as a divergence in the golden
    # suite). compat's value is closer to the exact one.
    octave = np.array([2.0, 2.1091, 2.9318, 6.0512])
    exact = story3_exact([0, 1, 2, 3])
    assert np.abs(y.ravel() - exact).max() < np.abs(octave - exact).max()


@pytest.mark.parametrize("rtol,atol", [(1e-3, 1e-6), (1e-5, 1e-8), (1e-7, 1e-10)])
def test_story3_inputs_form_closer_to_exact_than_matlab_form(rtol, atol):
    tspan = np.linspace(0, 3, 31)
    exact = story3_exact(tspan)
    opts = odeset("RelTol", rtol, "AbsTol", atol)
    _, y_plain = ode45(story3_matlab_form, tspan, 2, opts)
    _, y_inputs = ode45(story3_inputs_form, tspan, 2, opts, inputs=(TS, U_STORY))
    err_plain = np.abs(y_plain.ravel() - exact).max()
    err_inputs = np.abs(y_inputs.ravel() - exact).max()
    assert err_inputs < err_plain / 10, (err_inputs, err_plain)
    # with restarts every step sees a smooth right-hand side: global error ~ tolerance
    assert err_inputs < 10 * rtol * np.abs(exact).max()


def test_story3_tight_tolerance_matches_exact():
    t = [0, 1, 2, 3]
    opts = odeset("RelTol", 1e-12, "AbsTol", 1e-14)
    _, y1 = ode45(story3_matlab_form, t, 2, opts)
    _, y2 = ode45(story3_inputs_form, t, 2, opts, inputs=(TS, U_STORY))
    exact = story3_exact(t)
    # RelTol 1e-12: a few hundred steps, each within 1e-12 relative; rounding of the
    # sums adds ~1e-15 per step
    np.testing.assert_allclose(y1.ravel(), exact, rtol=1e-9)
    np.testing.assert_allclose(y2.ravel(), exact, rtol=1e-11)


def test_inputs_form_agrees_with_interp1_form_without_restart():
    # same steps (no restart) and interp1's exact arithmetic: identical to rounding
    opts = odeset("RelTol", 1e-6)
    t1, y1 = ode45(story3_matlab_form, [0, 3], 2, opts)
    t2, y2 = ode45(story3_inputs_form, [0, 3], 2, opts, inputs=(TS, U_STORY),
                   input_restart=False)
    np.testing.assert_array_equal(t1, t2)
    np.testing.assert_allclose(y1, y2, rtol=1e-13)


# --------------------------------------------------------------------------- MATLAB print-outs
def test_matlab_answers_480688_step_sequence():
    # MATLAB R2019a: 14 successful steps, 2 failed attempts, 97 function evaluations;
    # [t,x] has 57 rows (4*14+1, Refine 4); sol.x is 1x15
    f = lambda t, x: -2 * x + t
    sol = ode45(f, [0, 10], 0, nargout=1)
    assert (sol.stats.nsteps, sol.stats.nfailed, sol.stats.nfevals) == (14, 2, 97)
    assert sol.x.shape == (1, 15)
    t, x = ode45(f, [0, 10], 0)
    assert t.shape == (57,) and x.shape == (57, 1)
    np.testing.assert_array_equal(t[::4], sol.x.ravel())


def test_stats_printed_like_matlab(capsys):
    ode45(lambda t, x: -2 * x + t, [0, 10], 0, odeset("Stats", "on"))
    assert capsys.readouterr().out.splitlines() == [
        "14 successful steps", "2 failed attempts", "97 function evaluations"]


def test_deval_documentation_example():
    # MATLAB's deval page: y = 0 0.0417 0.3333 1.1250 2.6667 5.2083 9.0000,
    # yp = 0 0.2500 1.0000 2.2500 4.0000 6.2500 9.0000 (4 decimals printed)
    sol = ode23(lambda t, y: t ** 2, [0, 3], 0, nargout=1)
    x = np.linspace(0, 3, 7)
    y, yp = deval(sol, x, nargout=2)
    assert y.shape == (1, 7) and yp.shape == (1, 7)
    # ode23 integrates the cubic t^3/3 exactly (3rd-order formula, cubic extension)
    np.testing.assert_allclose(y[0], x ** 3 / 3, atol=1e-12)
    np.testing.assert_allclose(yp[0], x ** 2, atol=1e-12)
    np.testing.assert_allclose(y[0], [0, 0.0417, 0.3333, 1.1250, 2.6667, 5.2083, 9.0],
                               atol=0.5e-4)
    np.testing.assert_array_equal(deval(x, sol), y)          # deval(xint, sol) form


# --------------------------------------------------------------------------- convergence
PROBLEMS = [
    # (name, f, tspan, y0, exact(t) -> (len(t), n))
    ("oscillator", lambda t, y: [y[1], -y[0]], (0, 10), [1.0, 0.0],
     lambda t: np.column_stack([np.cos(t), -np.sin(t)])),
    ("decay", lambda t, y: -2 * y + t, (0, 5), [1.0],
     lambda t: (0.5 * t - 0.25 + 1.25 * np.exp(-2 * t))[:, None]),
    ("backwards", lambda t, y: -y + np.sin(t), (2, 0), [1.0],
     lambda t: (np.sin(t) / 2 - np.cos(t) / 2 +
                (1 - (np.sin(2) - np.cos(2)) / 2) * np.exp(2 - t))[:, None]),
    ("logistic", lambda t, y: y * (1 - y), (0, 8), [0.1],
     lambda t: (1 / (1 + 9 * np.exp(-t)))[:, None]),
]


@pytest.mark.parametrize("solver,rtol,atol,allowed", [
    (ode45, 1e-10, 1e-12, 1e-8), (ode45, 1e-6, 1e-9, 1e-4), (ode23, 1e-8, 1e-10, 1e-6)])
@pytest.mark.parametrize("name,f,span,y0,exact", PROBLEMS, ids=[p[0] for p in PROBLEMS])
def test_convergence_to_exact(solver, rtol, atol, allowed, name, f, span, y0, exact):
    # allowed: 100 x RelTol, covering the e^2 growth of the backwards problem and the
    # error of the interpolated Refine points (4th/3rd order extension)
    t, y = solver(f, span, y0, odeset("RelTol", rtol, "AbsTol", atol))
    assert t[0] == span[0] and t[-1] == span[-1]
    assert np.all(np.diff(t) * np.sign(span[1] - span[0]) > 0)
    np.testing.assert_allclose(y, exact(t), atol=allowed * max(1, np.abs(y).max()))


def test_errors_shrink_with_tolerance():
    f, span, y0, exact = PROBLEMS[0][1:]
    errs = []
    for rtol in (1e-4, 1e-6, 1e-8, 1e-10):
        t, y = ode45(f, span, y0, odeset("RelTol", rtol, "AbsTol", rtol * 1e-3))
        errs.append(np.abs(y - exact(t)).max())
    assert all(b < a for a, b in zip(errs, errs[1:])), errs


# --------------------------------------------------------------------------- output forms
def test_requested_points_use_the_same_steps_and_the_interpolant():
    f = PROBLEMS[0][1]
    tq = np.linspace(0, 10, 23)
    sol = ode45(f, [0, 10], [1, 0], nargout=1)
    t, y = ode45(f, tq, [1, 0])
    np.testing.assert_array_equal(t, tq)
    # same steps => the tspan output is the continuous extension of those steps
    np.testing.assert_allclose(y, deval(sol, tq).T, rtol=1e-14, atol=1e-15)
    # the end point is the step end itself
    np.testing.assert_array_equal(y[-1], sol.y[:, -1])


def test_refine_points_are_equal_fractions_of_each_step():
    f = PROBLEMS[0][1]
    sol = ode45(f, [0, 10], [1, 0], nargout=1)
    x = sol.x.ravel()
    for refine, solver in ((4, ode45), (1, ode45), (7, ode45)):
        t, y = solver(f, [0, 10], [1, 0], odeset("Refine", refine))
        assert t.size == refine * (x.size - 1) + 1
        np.testing.assert_array_equal(t[::refine], x)
        inner = (x[:-1, None] + (x[1:] - x[:-1])[:, None] * np.arange(1, refine) / refine)
        np.testing.assert_allclose(np.delete(t, np.s_[::refine]), inner.ravel(), rtol=1e-15)
    t, _ = ode23(f, [0, 10], [1, 0])          # ode23: Refine 1 by default
    sol23 = ode23(f, [0, 10], [1, 0], nargout=1)
    np.testing.assert_array_equal(t, sol23.x.ravel())


def test_orientation_of_outputs():
    f = lambda t, y: -y
    t, y = ode45(f, [0, 1], 1.0)              # 1-D tspan -> 1-D t
    assert t.ndim == 1 and y.shape == (t.size, 1)
    t, y = ode45(f, np.array([[0, 1]]), [[1.0], [2.0]])   # MATLAB row: t a column
    assert t.shape[1] == 1 and y.shape == (t.shape[0], 2)
    t, y, te, ye, ie = ode45(f, [0, 1], 1.0, nargout=5)  # no events: empty
    assert te.shape == (0,) and ye.shape == (0, 1) and ie.shape == (0,)


def test_backwards_tspan_points():
    f, span, y0, exact = PROBLEMS[2][1:]
    tq = [2, 1.5, 1, 0.25, 0]
    t, y = ode45(f, tq, y0, odeset("RelTol", 1e-9, "AbsTol", 1e-12))
    np.testing.assert_array_equal(t, tq)
    np.testing.assert_allclose(y, exact(np.array(tq, float)), rtol=1e-7)


# --------------------------------------------------------------------------- options
def test_maxstep_and_initialstep():
    f = lambda t, y: -y
    # MATLAB stretches the last step to hit tfinal when 1.1*absh >= tfinal - t, so
    # that one step may exceed MaxStep by up to 10%; the others may not
    sol = ode45(f, [0, 10], 1.0, odeset("MaxStep", 0.05), nargout=1)
    assert np.diff(sol.x)[0, :-1].max() <= 0.05 * (1 + 1e-12)
    assert np.diff(sol.x).max() <= 0.055 * (1 + 1e-12)
    sol = ode45(f, [0, 10], 1.0, nargout=1)     # default MaxStep 0.1*span = 1
    assert np.diff(sol.x)[0, :-1].max() <= 1.0 * (1 + 1e-12)
    assert np.diff(sol.x).max() <= 1.1 * (1 + 1e-12)
    sol = ode45(f, [0, 10], 1.0, odeset("InitialStep", 1e-3), nargout=1)
    assert sol.x[0, 1] == pytest.approx(1e-3, rel=1e-15)


def test_initial_step_formula():
    # MATLAB: absh = min(hmax, span); rh = ||f0 / max(|y0|, AbsTol/RelTol)||_inf /
    # (0.8 RelTol^(1/5)); absh = 1/rh if absh*rh > 1. y' = -y, y0 = 1: rh = 1/(0.8*1e-3^0.2)
    sol = ode45(lambda t, y: -y, [0, 10], 1.0, nargout=1)
    first = 0.8 * 1e-3 ** 0.2
    h1 = sol.x[0, 1]
    assert h1 == pytest.approx(first, rel=1e-14) or sol.stats.nfailed > 0


def test_normcontrol_and_vector_abstol():
    f, span, y0, exact = PROBLEMS[0][1:]
    for opts in (odeset("NormControl", "on", "RelTol", 1e-8, "AbsTol", 1e-10),
                 odeset("RelTol", 1e-8, "AbsTol", [1e-10, 1e-12])):
        t, y = ode45(f, span, y0, opts)
        np.testing.assert_allclose(y, exact(t), atol=1e-6)
    with pytest.raises(ValueError, match="ode45: AbsTol must be a scalar when NormControl"):
        ode45(f, span, y0, odeset("NormControl", "on", "AbsTol", [1e-6, 1e-6]))


def test_nonnegative():
    # MATLAB's documentation example "Nonnegative ODE Solution": y' = -|y|, exact e^-t
    # for y >= 0; without the constraint the numerical solution drifts below zero
    # (then y' = y below zero and it runs away). MATLAB accepts a step whose
    # constrained components are negative by less than the tolerance (its errNN test
    # against AbsTol/RelTol) and then sets them to 0 (ode45.m's NNreset_f7);
    # interpolated points are clipped at 0.
    f = lambda t, y: -np.abs(y)
    t, y = ode45(f, [0, 40], 1.0, odeset("NonNegative", 1))
    assert y.min() >= 0
    np.testing.assert_allclose(y[:, 0], np.exp(-t), atol=1e-3)
    t_free, y_free = ode45(f, [0, 40], 1.0)
    assert y_free.min() < -1e-3


def test_outputfcn_called_and_can_stop():
    calls = []

    def out(t, y, flag):
        calls.append((flag, np.array(t).copy(), np.array(y).copy()))
        return flag == "" and np.max(t) >= 2
    t, y = ode45(lambda t, y: -y, [0, 10], 1.0, odeset("OutputFcn", out))
    assert calls[0][0] == "init" and calls[-1][0] == "done"
    np.testing.assert_array_equal(calls[0][1], [0, 10])
    assert 2 <= t[-1] < 10
    assert all(c[2].shape[0] == 1 for c in calls[1:-1])   # MATLAB layout: neq x m


def test_extra_arguments_passed_to_odefun():
    t, y = ode45(lambda t, y, k: -k * y, [0, 1], 1.0, None, 3.0)
    np.testing.assert_allclose(y[-1], np.exp(-3), rtol=1e-3)


def test_keyword_options():
    t1, y1 = ode45(lambda t, y: -y, [0, 1], 1.0, odeset("RelTol", 1e-8))
    t2, y2 = ode45(lambda t, y: -y, [0, 1], 1.0, reltol=1e-8)
    np.testing.assert_array_equal(y1, y2)


@pytest.mark.parametrize("solver", ["ode45", "ode23", "ode23s", "ode15s"])
def test_reltol_floor_warns(solver):
    # MATLAB's solvers raise RelTol below 100*eps to it with this text (ode45.m, ode15s.m:
    # "RelTol has been increased to %g."); every solver through one floor, at the user's line
    with pytest.warns(RelTolIncreaseWarning) as caught:
        getattr(matlab, solver)(lambda t, y: -y, [0, 0.1], 1.0, odeset("RelTol", 1e-20))
    assert [str(w.message) for w in caught] == [
        f"{solver}: RelTol has been increased to 2.22045e-14."]
    assert caught[0].filename == __file__


def test_tolerance_not_met_warns_and_returns_partial():
    with pytest.warns(IntegrationTolNotMetWarning, match="ode45: Failure at t="):
        t, y = ode45(lambda t, y: y ** 2, [0, 2], 1.0)     # blows up at t = 1
    assert 0.9 < t[-1] < 1.0


# --------------------------------------------------------------------------- events
def test_terminal_event_with_direction():
    def ground(t, y):
        return y[0], 1, -1
    t, y, te, ye, ie = ode45(lambda t, y: [y[1], -9.81], [0, 10], [0, 20],
                             odeset("Events", ground), nargout=5)
    # the solution is a quadratic: ode45 and its extension reproduce it to rounding,
    # and the event is located to 128*eps(t)
    assert te.shape == (1,) and te[0] == pytest.approx(40 / 9.81, abs=1e-12)
    np.testing.assert_allclose(ye, [[0, -20]], atol=1e-10)
    np.testing.assert_array_equal(ie, [1.0])
    assert t[-1] == te[0] and np.array_equal(y[-1], ye[0])


def test_nonterminal_events_several_functions():
    def ev(t, y):
        return [y[0], y[1]], [0, 0], [1, 0]     # y1 increasing zeros; y2 any zero
    opts = odeset("Events", ev, "RelTol", 1e-9, "AbsTol", 1e-12)
    t, y, te, ye, ie = ode45(lambda t, y: [y[1], -y[0]], [0, 10], [1, 0], opts, nargout=5)
    # y1 = cos t rises through 0 at 3pi/2; y2 = -sin t is 0 at pi, 2pi, 3pi. y2 is
    # exactly 0 at t0 and then negative: MATLAB's odezero counts sign(0) ~= sign(v) as
    # a crossing and reports it within 128*eps of t0 (a non-terminal event; a terminal
    # one would not stop there, as the bracket starts at t0)
    expect = sorted([(0.0, 2), (3 * np.pi / 2, 1), (np.pi, 2), (2 * np.pi, 2),
                     (3 * np.pi, 2)])
    np.testing.assert_allclose(te, [e[0] for e in expect], atol=1e-7)
    np.testing.assert_array_equal(ie, [e[1] for e in expect])
    assert t[-1] == 10


def test_event_with_requested_points_appends_event_point():
    t, y, te, ye, ie = ode45(lambda t, y: [y[1], -9.81], np.linspace(0, 10, 11), [0, 20],
                             odeset("Events", lambda t, y: (y[0], 1, -1)), nargout=5)
    np.testing.assert_array_equal(t[:-1], np.arange(5.0))
    assert t[-1] == te[0]


def test_sol_struct_with_events_and_deval():
    sol = ode45(lambda t, y: [y[1], -9.81], [0, 10], [0, 20],
                odeset("Events", lambda t, y: (y[0], 1, -1)), nargout=1)
    assert sol.solver == "ode45"
    assert sol.xe.shape == (1, 1) and sol.ie[0, 0] == 1
    assert sol.x[0, -1] == sol.xe[0, 0]
    y, yp = deval(sol, [0.0, 1.0, 2.0], nargout=2)
    np.testing.assert_allclose(y[0], 20 * np.array([0, 1, 2.]) - 9.81 / 2 * np.array([0, 1, 4.]),
                               atol=1e-10)
    np.testing.assert_allclose(yp[1], -9.81, atol=1e-10)
    np.testing.assert_array_equal(deval(sol, [1.0], [2]), y[1:2, 1:2])
    with pytest.raises(ValueError, match="deval: Attempting to evaluate the solution "
                                         "outside the interval"):
        deval(sol, [11.0])


# --------------------------------------------------------------------------- sampled inputs
def test_zero_order_hold_exact():
    # y' = u(t) with u held ('previous'): y is the running sum of the held samples
    ts = np.arange(6.0)
    u = np.array([1.0, -2, 3, 0.5, 4, 4])
    t, y = ode45(lambda t, y, u: u, ts, 0.0, inputs=(ts, u, "previous"))
    np.testing.assert_allclose(y[:, 0], np.concatenate([[0], np.cumsum(u[:-1])]),
                               atol=1e-12)


def test_sampled_input_methods_match_interp1_form():
    rng = np.random.default_rng(3)
    ts = np.sort(rng.uniform(0, 10, 12)); ts[0], ts[-1] = 0, 10
    u = rng.standard_normal(12)
    opts = odeset("RelTol", 1e-5, "AbsTol", 1e-8)
    for method in ("linear", "previous", "next", "nearest", "pchip", "spline", "makima"):
        t1, y1 = ode45(lambda t, y: -y + matlab.interp1(ts, u, t, method), [0, 10], 1.0,
                       opts)
        t2, y2 = ode45(lambda t, y, v: -y + v, [0, 10], 1.0, opts,
                       inputs=(ts, u), input_method=method, input_restart=False)
        np.testing.assert_array_equal(t1, t2)
        np.testing.assert_allclose(y1, y2, rtol=1e-12, atol=1e-14)


def test_vector_inputs_backwards_and_restart_points():
    ts = np.linspace(0, 4, 9)
    U = np.column_stack([np.sin(ts), np.cos(ts)])
    seen = []

    def f(t, y, u):
        seen.append(t)
        assert isinstance(u, np.ndarray) and u.shape == (2,)
        return u[0] - u[1] * y
    sol = ode45(f, [4, 0], 1.0, inputs=(ts, U), nargout=1)
    x = sol.x.ravel()
    assert np.all(np.diff(x) < 0)
    for s in ts[1:-1]:
        assert s in x              # restarted at every interior sample time
    tight = ode45(f, [4, 0], 1.0, odeset("RelTol", 1e-12, "AbsTol", 1e-14),
                  inputs=(ts, U))[1][-1]
    assert abs(sol.y[0, -1] - tight[0]) < 1e-2


def test_sampled_inputs_bad():
    with pytest.raises(ValueError, match="ode45: tspan .* extends beyond the input samples"):
        ode45(lambda t, y, u: u, [0, 5], 0.0, inputs=([0, 1, 2], [1, 2, 3]))
    with pytest.raises(ValueError, match="ode45: invalid interpolation method"):
        ode45(lambda t, y, u: u, [0, 2], 0.0, inputs=([0, 1, 2], [1, 2, 3], "cubicx"))
    with pytest.raises(TypeError, match="ode45: inputs must be"):
        ode45(lambda t, y, u: u, [0, 2], 0.0, inputs=[0, 1, 2])


# --------------------------------------------------------------------------- odeset / odeget
def test_odeset_names_prefixes_and_merging():
    o = odeset("reltol", 1e-6, "ABS", 1e-9, "Mass", 1)
    assert odeget(o, "RelTol") == 1e-6 and odeget(o, "abstol") == 1e-9
    assert odeget(o, "Mass") == 1             # exact name beats MassSingular
    assert odeget(o, "MaxStep") is None and odeget(o, "MaxStep", 0.5) == 0.5
    o2 = odeset(o, "RelTol", 1e-4)
    assert odeget(o2, "RelTol") == 1e-4 and odeget(o2, "AbsTol") == 1e-9
    o3 = odeset(o, odeset("MaxStep", 2))
    assert odeget(o3, "MaxStep") == 2 and odeget(o3, "RelTol") == 1e-6
    assert odeget(odeset(NormControl="on"), "normcontrol") == "on"
    assert len(odeset()) == 22
    assert odeget(o, "RelTol") == 1e-6        # o unchanged by later odeset calls


def test_odeset_errors():
    with pytest.raises(ValueError, match=r"odeset: Unrecognized property name 'Foo'\."):
        odeset("Foo", 1)
    with pytest.raises(ValueError, match="odeset: Ambiguous property name 'M' "):
        odeset("M", 1)
    with pytest.raises(ValueError, match="odeset: Arguments must occur in name-value pairs"):
        odeset("RelTol")
    with pytest.raises(ValueError, match="odeget: Unrecognized property name 'bogus'"):
        odeget(odeset(), "bogus")
    with pytest.raises(ValueError, match="ode45: Unrecognized property name 'Bogus'"):
        ode45(lambda t, y: -y, [0, 1], 1.0, {"Bogus": 1})


# --------------------------------------------------------------------------- dtypes, mutation
def test_single_in_single_out_and_complex():
    t, y = ode45(lambda t, y: -y, [0, 1], np.float32(1))
    assert y.dtype == np.float32
    t, y = ode45(lambda t, y: 1j * y, [0, np.pi], np.complex128(1), reltol=1e-9, abstol=1e-12)
    assert y.dtype == np.complex128
    np.testing.assert_allclose(y[-1, 0], -1, atol=1e-7)


def test_inputs_not_modified():
    y0 = np.array([1.0, 0.0])
    tspan = np.array([0.0, 1.0, 2.0])
    ab = np.array([1e-8, 1e-8])
    opts = odeset("AbsTol", ab)
    ts = np.array([0.0, 1, 2]); U = np.array([1.0, 2, 3])
    copies = [a.copy() for a in (y0, tspan, ab, ts, U)]
    ode45(lambda t, y, u: [y[1], -y[0] + u], tspan, y0, opts, inputs=(ts, U))
    for a, c in zip((y0, tspan, ab, ts, U), copies):
        np.testing.assert_array_equal(a, c)


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize("kwargs,exc,msg", [
    (dict(tspan=[0]), ValueError, "ode45: tspan must have at least two elements"),
    (dict(tspan=[1, 1]), ValueError, "ode45: The last entry in tspan must be different"),
    (dict(tspan=[0, 2, 1, 3]), ValueError, "ode45: The entries in tspan must strictly"),
    (dict(tspan=[0, np.nan]), ValueError, "ode45: tspan must be finite"),
    (dict(y0=[np.inf]), ValueError, "ode45: y0 must be finite"),
    (dict(y0=[]), ValueError, "ode45: y0 must not be empty"),
    (dict(y0=np.ones((2, 2))), ValueError, "ode45: y0 must be a vector"),
    (dict(y0=[1.0, 2.0], odefun=lambda t, y: 1.0), ValueError,
     "ode45: odefun returns a vector of length 1"),
    (dict(y0="ab"), TypeError, "ode45: y0 must be numeric"),
    (dict(odefun=3), TypeError, "ode45: odefun must be a function"),
    (dict(odefun=lambda t, y: [1.0, 2.0]), ValueError, "ode45: odefun returns a vector of "
                                                     "length 2"),
    (dict(odefun=lambda t, y: "x"), TypeError, "ode45: odefun must return a numeric"),
    (dict(odefun=lambda t, y: np.nan * y), ValueError, "ode45: odefun returned a non-finite"),
    (dict(options=odeset("RelTol", -1)), ValueError, "ode45: RelTol must be a positive"),
    (dict(options=odeset("AbsTol", [1, 2, 3])), ValueError, "ode45: AbsTol must be"),
    (dict(options=odeset("MaxStep", 0)), ValueError, "ode45: MaxStep must be a positive"),
    (dict(options=odeset("Refine", 1.5)), ValueError, "ode45: Refine must be a positive"),
    (dict(options=odeset("Events", 3)), TypeError, "ode45: Events must be a function"),
    (dict(options=odeset("NormControl", "maybe")), ValueError, "ode45: NormControl must be"),
    (dict(options=odeset("Mass", np.eye(1))), ValueError, "ode45: the Mass option"),
    (dict(options=odeset("NonNegative", 3)), ValueError, "ode45: NonNegative must hold"),
    (dict(options="fast"), TypeError, "ode45: options must be a structure"),
    (dict(nargout=6), ValueError, "ode45: nargout must be an integer from 1 to 5"),
])
def test_bad_input(kwargs, exc, msg):
    args = dict(odefun=lambda t, y: -y, tspan=[0, 1], y0=[1.0], options=None, nargout=2)
    args.update(kwargs)
    nargout = args.pop("nargout")
    with pytest.raises(exc, match=msg):
        ode45(args["odefun"], args["tspan"], args["y0"], args["options"], nargout=nargout)


def test_wrong_shape_later_in_the_integration():
    def f(t, y):
        return -y if t < 0.5 else np.array([1.0, 2.0])
    with pytest.raises(ValueError, match="ode23: odefun returns a vector of length 2"):
        ode23(f, [0, 1], [1.0])


def test_deval_bad_input():
    with pytest.raises(TypeError, match="deval: sol must be a solution structure"):
        deval({"a": 1}, [0.0])
    sol = ode45(lambda t, y: -y, [0, 1], 1.0, nargout=1)
    with pytest.raises(ValueError, match="deval: idx must hold 1-based indices"):
        deval(sol, [0.5], [2])


# --------------------------------------------------------------------------- properties
@settings(max_examples=25, deadline=None)
@given(a=st.floats(-3, 1), y0=st.floats(-5, 5).filter(lambda v: abs(v) > 1e-3),
       tf=st.floats(0.2, 5), rtol_exp=st.integers(3, 9))
def test_property_exponential(a, y0, tf, rtol_exp):
    rtol = 10.0 ** -rtol_exp
    sol = ode45(lambda t, y: a * y, [0, tf], y0, odeset("RelTol", rtol, "AbsTol", 1e-12),
                nargout=1)
    x = sol.x.ravel()
    exact = y0 * np.exp(a * x)
    # per-step local error <= RelTol*|y| (plus AbsTol), accumulated over the steps
    # of a problem whose growth factor is at most e^{|a| tf}
    bound = 10 * rtol * np.abs(exact).max() * max(1.0, math.exp(abs(a) * tf)) + 1e-10
    assert np.abs(sol.y[0] - exact).max() <= bound
    tq = np.linspace(0, tf, 7)
    _, yq = ode45(lambda t, y: a * y, tq, y0, odeset("RelTol", rtol, "AbsTol", 1e-12))
    np.testing.assert_allclose(yq[:, 0], deval(sol, tq)[0], rtol=1e-13, atol=1e-15)


# --------------------------------------------------------------------------- live Octave
def _octave_batch(problems):
    """``y`` of ``[~, y] = solver(@(t,y) A*y, tq, y0, odeset(...))`` for each problem."""
    results = run_octave(
        [(f"[~, r] = {solver}(@(t,y) A*y, t, y, odeset('RelTol', {rtol}, 'AbsTol', "
          f"{rtol * 1e-3}));", {"A": A, "y": y0.reshape(-1, 1), "t": tq.reshape(1, -1)},
          ["r"]) for A, y0, tq, solver, rtol in problems])
    assert not any(isinstance(r, Exception) for r in results), results
    return [r["r"] for r in results]


@pytest.mark.octave
def test_against_octave_random_linear_systems():
    rng = np.random.default_rng(11)
    problems = []
    for i in range(12):
        n = int(rng.integers(1, 6))
        M = rng.standard_normal((n, n))
        A = (M - M.T) - np.diag(rng.uniform(0, 1, n))    # stable, oscillating
        y0 = rng.standard_normal(n)
        tf = float(rng.uniform(1, 5)) * (1 if i % 3 else -1)
        tq = np.linspace(0, tf, int(rng.integers(3, 12)))
        solver = "ode45" if i % 2 else "ode23"
        problems.append((A, y0, tq, solver, 1e-7))
    out = _octave_batch(problems)
    for i, (A, y0, tq, solver, rtol) in enumerate(problems):
        fn = ode45 if solver == "ode45" else ode23
        _, y = fn(lambda t, y: A @ y, tq, y0, odeset("RelTol", rtol, "AbsTol", rtol * 1e-3))
        exact = np.array([scipy.linalg.expm(A * t) @ y0 for t in tq])
        growth = max(1.0, math.exp(np.abs(np.linalg.eigvals(A).real).max() * abs(tq[-1])))
        # both codes keep the local error within RelTol 1e-7 relative to |y|; over
        # these spans the global error grows to at most ~100 x that (times the growth
        # of backwards integration); so they agree with exp(At) y0 and each other
        scale = 100 * rtol * max(1.0, np.abs(exact).max()) * growth
        np.testing.assert_allclose(y, exact, atol=scale, err_msg=f"compat {i}")
        np.testing.assert_allclose(out[i], exact, atol=scale, err_msg=f"octave {i}")
        np.testing.assert_allclose(y, out[i], atol=2 * scale, err_msg=f"diff {i}")



@pytest.mark.parametrize("numba", ["1", "0"])
@pytest.mark.parametrize("solver", ["ode45", "ode23", "ode23s", "ode15s"])
def test_odefun_changing_its_argument_leaves_the_solution_alone(monkeypatch, solver,
                                                                 numba):
    # MATLAB passes y by value: `y(1) = max(y(1), 0)` inside odefun changes the
    # function's copy only. A function that clips its argument in place must give the
    # bits of one that clips a copy (before the fix the solver's own y, ynew and the
    # Events function's y were the user's to overwrite).
    monkeypatch.setenv("COMPAT_NUMBA", numba)
    A = np.array([[-1.0, 2.0, 0.0], [-2.0, -1.0, 0.5], [0.0, -0.5, -3.0]])

    def clip_copy(t, y):
        y = y.copy()
        y[0] = max(y[0], 0.0)
        return A @ y

    def clip_in_place(t, y):
        y[0] = max(y[0], 0.0)
        return A @ y

    def events_copy(t, y):
        return y[2] - 1.0, 0, 0

    def events_in_place(t, y):
        value = y[2] - 1.0
        y[:] = np.nan
        return value, 0, 0

    y0 = np.array([1.0, -0.5, 2.0])
    run = getattr(matlab, solver)
    kw = dict(RelTol=1e-6, AbsTol=1e-9, nargout=5)
    want = run(clip_copy, [0, 4], y0, Events=events_copy, **kw)
    got = run(clip_in_place, [0, 4], y0, Events=events_in_place, **kw)
    for w, g in zip(want, got):
        assert np.asarray(g).tobytes() == np.asarray(w).tobytes()
    assert np.asarray(want[2]).size > 0          # the event was found
    assert y0.tolist() == [1.0, -0.5, 2.0]
