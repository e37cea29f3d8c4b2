"""Benchmark: compat.matlab.ode45 vs Octave's ode45 vs scipy.integrate.solve_ivp(RK45).

(and, in stiff_cases, compat.matlab.ode23s vs Octave's ode23s vs solve_ivp's Radau
and BDF on van der Pol mu = 1000 and Robertson's kinetics)

Two problems at RelTol 1e-8 / AbsTol 1e-10, output at 101 equally spaced times:

* user story 3, the hormone model driven by two inputs sampled once a second on [0, 3]:
  compat in the MATLAB form (``matlab.interp1`` inside the right-hand side) and with
  ``inputs=`` (cursor lookup, restarts at the samples); SciPy with ``np.interp`` inside
  the right-hand side; Octave in the MATLAB form with its ``interp1``;
* a 20-state linear system ``y' = A y`` (seeded random stable ``A``) on [0, 10], and
  the same with tspan ``[0 10]`` (every step plus MATLAB's Refine 4 points; SciPy at
  its own steps).

Per step (802 steps on [0, 10]) compat's ode45 costs about 6.6 us in the right-hand
side ``A @ y`` (six calls of ~1.1 us, 60% of the whole) and about 4.5 us around it:
with numba (``compat[fast]``) everything between two calls of the user's function is
one compiled call (compat._core.accelerated_ode: it stores the user's value, forms the
next stage argument ``y + hB(:,i)'*K`` with numpy's OpenBLAS gemv, whose bits the
results keep, and runs the step control), called through its compiled entry point
with the workspace's address, so what is left per stage is that call (~0.3 us), the
type check of f's value, the next stage-argument row and the loop; Refine 4 adds the
interpolation of 3 points a step after the integration (~0.3-0.6 ms). Octave's ode45
takes about 230-260 us a step. On a quiet machine (2026-12-06, CPU time, best of 15)
compat takes 0.040-0.044x Octave with 101 points and 0.043-0.049x with Refine 4
(0.37-0.47x SciPy's RK45; the previous driver, in the same conditions, 0.044x and
0.046x); under a load average of 4-7 both drivers take 0.05-0.06x. Without numba
(``COMPAT_NUMBA=0``) the numpy driver costs about 17 us a step around the user's
function (numpy dispatch of the stage sums, the error norm and the bookkeeping):
0.09-0.15x Octave.

The three codes take different steps (compat MATLAB's, Octave and SciPy their own), so
the ratios compare whole integrations to the same tolerances. Timings by
bench/_harness.py (Octave times itself, single-threaded, start-up excluded; best of
--repeat). Not part of the test run:

    python bench/bench_matlab_ode.py [--repeat N] [--only TEXT]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import scipy.integrate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import matlab  # noqa: E402

RTOL, ATOL = 1e-8, 1e-10
C1, C2, C3 = -0.3, 1.4, -0.5
TS = np.array([0.0, 1, 2, 3])
MT = np.array([3.0, 7, 4, 2])
NT = np.array([5.0, 1, 9, 3])
ODESET = f"o = odeset('RelTol', {RTOL}, 'AbsTol', {ATOL});"


def linear_problem():
    rng = np.random.default_rng(6)
    M = rng.standard_normal((20, 20))
    A = (M - M.T) / 2 - np.diag(rng.uniform(0.1, 1.0, 20))   # stable: skew + negative
    y0 = rng.standard_normal(20)
    return A, y0


def main():
    A, y0 = linear_problem()
    opts = matlab.odeset("RelTol", RTOL, "AbsTol", ATOL)
    U = np.column_stack([MT, NT])
    story = {"t3": np.linspace(0, 3, 101)}
    linear = {"A": A, "y0": y0.reshape(-1, 1), "tl": np.linspace(0, 10, 101)}
    story_legacy = (f"{ODESET} c1 = {C1}; c2 = {C2}; c3 = {C3}; ts = 0:3; "
                    "mt = [3 7 4 2]; nt = [5 1 9 3]; "
                    "[~, y] = ode45(@(t,y) c1*(c2*interp1(ts,mt,t) - y) - "
                    "c3*interp1(ts,nt,t), t3, 2, o)")

    def story_matlab_form(t3):
        return matlab.ode45(lambda t, y: C1 * (C2 * matlab.interp1(TS, MT, t) - y)
                            - C3 * matlab.interp1(TS, NT, t), t3, 2.0, opts)

    def story_inputs(t3):
        return matlab.ode45(lambda t, y, u: C1 * (C2 * u[0] - y) - C3 * u[1], t3, 2.0,
                            opts, inputs=(TS, U))

    def story_scipy(t3):
        return scipy.integrate.solve_ivp(
            lambda t, y: C1 * (C2 * np.interp(t, TS, MT) - y) - C3 * np.interp(t, TS, NT),
            (0, 3), [2.0], method="RK45", t_eval=t3, rtol=RTOL, atol=ATOL)

    run(f"ode45 at RelTol {RTOL:g} / AbsTol {ATOL:g}, 101 output times or Refine 4, vs "
        "Octave and scipy solve_ivp(RK45)", "octave", [
            Case("story 3, MATLAB form", story, story_matlab_form, legacy=story_legacy,
                 baseline=story_scipy),
            Case("story 3, inputs=", story, story_inputs, legacy=story_legacy,
                 baseline=story_scipy),
            Case("20-state linear", linear,
                 lambda A, y0, tl: matlab.ode45(lambda t, y: A @ y, tl, y0, opts),
                 legacy=f"{ODESET} [~, y] = ode45(@(t,y) A*y, tl, y0, o)",
                 baseline=lambda A, y0, tl: scipy.integrate.solve_ivp(
                     lambda t, y: A @ y, (0, 10), y0[:, 0], method="RK45", t_eval=tl,
                     rtol=RTOL, atol=ATOL)),
            Case("20-state linear, [0 10] Refine 4", linear,
                 lambda A, y0, tl: matlab.ode45(lambda t, y: A @ y, [0, 10], y0, opts),
                 legacy=f"{ODESET} [~, y] = ode45(@(t,y) A*y, [0 10], y0, o)",
                 baseline=lambda A, y0, tl: scipy.integrate.solve_ivp(
                     lambda t, y: A @ y, (0, 10), y0[:, 0], method="RK45", rtol=RTOL,
                     atol=ATOL, dense_output=False)),
        ])


VDP = "@(t,y) [y(2); 1000*(1-y(1)^2)*y(2)-y(1)]"
ROBERTSON = ("@(t,y) [-0.04*y(1) + 1e4*y(2)*y(3); 0.04*y(1) - 1e4*y(2)*y(3) - "
             "3e7*y(2)^2; 3e7*y(2)^2]")


def vdp1000(t, y):
    return [y[1], 1000 * (1 - y[0] ** 2) * y[1] - y[0]]


def robertson(t, y):
    return [-0.04 * y[0] + 1e4 * y[1] * y[2],
            0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] ** 2, 3e7 * y[1] ** 2]


def stiff_cases():
    """ode23s vs Octave's ode23s vs scipy's Radau and BDF on two stiff problems:
    van der Pol mu = 1000 on [0, 3000] at the default tolerances (MATLAB's vdp1000
    example; Jacobians by finite differences in all codes) and Robertson's kinetics on
    [0, 4e4] at RelTol 1e-4, AbsTol [1e-6 1e-10 1e-6]. The codes are different methods
    (Radau: implicit RK of order 5; BDF: orders 1-5), so the ratios compare whole
    integrations to the same tolerances, not equal work."""
    vdp = {"yv": np.array([[2.0], [0.0]])}
    rob = {"yr": np.array([[1.0], [0.0], [0.0]])}
    atol_r = [1e-6, 1e-10, 1e-6]
    rob_legacy = (f"o = odeset('RelTol', 1e-4, 'AbsTol', [1e-6 1e-10 1e-6]); "
                  f"[t, y] = ode23s({ROBERTSON}, [0 4e4], yr, o)")
    run("ode23s on stiff problems vs Octave's ode23s and scipy solve_ivp(Radau / BDF)",
        "octave", [
            Case("vdp1000, Radau baseline", vdp,
                 lambda yv: matlab.ode23s(vdp1000, [0, 3000], yv),
                 legacy=f"[t, y] = ode23s({VDP}, [0 3000], yv)",
                 baseline=lambda yv: scipy.integrate.solve_ivp(
                     vdp1000, (0, 3000), yv[:, 0], method="Radau", rtol=1e-3,
                     atol=1e-6)),
            Case("vdp1000, BDF baseline", vdp,
                 lambda yv: matlab.ode23s(vdp1000, [0, 3000], yv),
                 legacy=f"[t, y] = ode23s({VDP}, [0 3000], yv)",
                 baseline=lambda yv: scipy.integrate.solve_ivp(
                     vdp1000, (0, 3000), yv[:, 0], method="BDF", rtol=1e-3, atol=1e-6)),
            Case("Robertson, BDF baseline", rob,
                 lambda yr: matlab.ode23s(robertson, [0, 4e4], yr, RelTol=1e-4,
                                          AbsTol=atol_r),
                 legacy=rob_legacy,
                 baseline=lambda yr: scipy.integrate.solve_ivp(
                     robertson, (0, 4e4), yr[:, 0], method="BDF", rtol=1e-4,
                     atol=atol_r)),
        ])


if __name__ == "__main__":
    main()
    stiff_cases()
