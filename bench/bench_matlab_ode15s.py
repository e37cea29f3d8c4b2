"""Benchmark: compat.matlab.ode15s vs Octave's ode15s vs scipy.integrate.solve_ivp(BDF).

Two stiff problems, Jacobians by finite differences in all three codes:

* van der Pol mu = 1000 on [0, 3000] (MATLAB's vdp1000 example) at the default
  tolerances, output at 301 equally spaced times (GNU Octave 7.3's ode15s cannot start
  the two-point tspan [0 3000]: its initial step fails IDA's error test, see the golden
  suite matlab/ode15s; with 301 points it runs);
* Robertson's kinetics on [0, 4e4] at RelTol 1e-4, AbsTol [1e-6 1e-10 1e-6];
* a 200-point reaction-diffusion system ``y' = D y - y.^3`` with its tridiagonal
  JPattern (and Vectorized 'on' where accepted: not by Octave 7.3's ode15s).

The codes are different implementations (compat takes MATLAB's steps; Octave's ode15s is
SUNDIALS IDA's BDF code on the implicit form; SciPy's BDF is Shampine's NDF family with
its own norm and step rules), so the ratios compare whole integrations to the same
tolerances, not equal work. Timings by bench/_harness.py (Octave times itself,
single-threaded, start-up excluded; best of --repeat). Not part of the test run:

    python bench/bench_matlab_ode15s.py [--repeat N] [--only TEXT]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import scipy.integrate

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import matlab  # noqa: E402

VDP = "@(t,y) [y(2); 1000*(1-y(1)^2)*y(2)-y(1)]"
ROBERTSON = ("@(t,y) [-0.04*y(1) + 1e4*y(2)*y(3); 0.04*y(1) - 1e4*y(2)*y(3) - "
             "3e7*y(2)^2; 3e7*y(2)^2]")
ATOL_R = [1e-6, 1e-10, 1e-6]


def vdp1000(t, y):
    return [y[1], 1000 * (1 - y[0] ** 2) * y[1] - y[0]]


def robertson(t, y):
    return [-0.04 * y[0] + 1e4 * y[1] * y[2],
            0.04 * y[0] - 1e4 * y[1] * y[2] - 3e7 * y[1] ** 2, 3e7 * y[1] ** 2]


def tridiagonal(n=200):
    """y' = D y - y.^3, D the second-difference matrix on n points (times (n+1)^2), its
    tridiagonal pattern S (3 column groups) and a smooth start."""
    x = np.arange(1, n + 1) / (n + 1)
    D = (n + 1) ** 2 * (np.diag(-2.0 * np.ones(n)) + np.diag(np.ones(n - 1), 1)
                        + np.diag(np.ones(n - 1), -1))
    return {"D": D, "S": (D != 0).astype(float),
            "y0": (np.sin(np.pi * x) + 0.5 * np.sin(3 * np.pi * x))[:, None]}


def main():
    vdp = {"yv": np.array([[2.0], [0.0]]), "tv": np.linspace(0, 3000, 301)}
    tri = tridiagonal()
    rob = {"yr": np.array([[1.0], [0.0], [0.0]])}
    run("ode15s on stiff problems vs Octave's ode15s and scipy solve_ivp(BDF)", "octave", [
        Case("vdp1000, 301 output times", vdp,
             lambda yv, tv: matlab.ode15s(vdp1000, tv, yv),
             legacy=f"[t, y] = ode15s({VDP}, tv, yv)",
             baseline=lambda yv, tv: scipy.integrate.solve_ivp(
                 vdp1000, (0, 3000), yv[:, 0], method="BDF", t_eval=tv, rtol=1e-3,
                 atol=1e-6)),
        Case("Robertson [0 4e4] RelTol 1e-4", rob,
             lambda yr: matlab.ode15s(robertson, [0, 4e4], yr, RelTol=1e-4,
                                      AbsTol=ATOL_R),
             legacy=(f"o = odeset('RelTol', 1e-4, 'AbsTol', [1e-6 1e-10 1e-6]); "
                     f"[t, y] = ode15s({ROBERTSON}, [0 4e4], yr, o)"),
             baseline=lambda yr: scipy.integrate.solve_ivp(
                 robertson, (0, 4e4), yr[:, 0], method="BDF", rtol=1e-4, atol=ATOL_R)),
        # issue 17: JPattern groups numjac's columns (3 evaluations per Jacobian instead
        # of 200), Vectorized makes them one call; Octave's ode15s refuses Vectorized
        # 'on', so its run has JPattern only; SciPy gets jac_sparsity and vectorized
        Case("D y - y.^3, 200 points, JPattern + Vectorized", tri,
             lambda D, S, y0: matlab.ode15s(lambda t, y: D @ y - y ** 3, [0, 0.5], y0,
                                            RelTol=1e-4, AbsTol=1e-7, JPattern=S,
                                            Vectorized="on"),
             legacy=("o = odeset('RelTol', 1e-4, 'AbsTol', 1e-7, 'JPattern', S); "
                     "[t, y] = ode15s(@(t,y) D*y - y.^3, [0 0.5], y0, o)"),
             baseline=lambda D, S, y0: scipy.integrate.solve_ivp(
                 lambda t, y: D @ y - y ** 3, (0, 0.5), y0[:, 0], method="BDF",
                 rtol=1e-4, atol=1e-7, jac_sparsity=S, vectorized=True)),
    ])


if __name__ == "__main__":
    main()
