"""Benchmark: compat.matlab.fminsearch/fzero/fminbnd vs Octave vs scipy.

* fminsearch on a 10-parameter problem (a weighted quadratic with coupling, default
  options: 2000 evaluations at most) -- MATLAB's Nelder-Mead (compat) vs Octave's nmsmax
  vs ``scipy.optimize.minimize(method='Nelder-Mead')``; the three stop at different
  points after different numbers of evaluations, so the ratio measures the cost of one
  faithful run, not equal work;
* fzero of a cubic from a scalar start vs ``scipy.optimize.brentq`` on the bracket;
* fminbnd of ``cos(x) + x^2/10`` vs ``scipy.optimize.minimize_scalar(method='bounded')``.

Octave times its own calls with tic/toc inside one run. Not part of the test run::

    python bench/bench_matlab_optimization.py [--repeat N] [--only TEXT] [--no-legacy]
"""

from __future__ import annotations

import numpy as np
import scipy.optimize

from _harness import Case, run
from compat import matlab

rng = np.random.default_rng(10)
W = rng.uniform(1, 5, 10)
C = rng.uniform(-2, 2, 10)
X0 = np.zeros(10)


def objective(x):
    return float(np.sum(W * (x - C) ** 2) + 0.1 * np.sum(x[:-1] * x[1:]))


CASES = [
    Case("fminsearch 10 parameters (default options)", {"w": W, "c": C, "x0": X0},
         lambda w, c, x0: matlab.fminsearch(objective, x0, matlab.optimset('Display', 'off')),
         legacy="x = fminsearch(@(x) sum(w(:) .* (x(:) - c(:)).^2) + "
                "0.1 * sum(x(1:end-1) .* x(2:end)), x0, optimset('Display', 'off'))",
         baseline=lambda w, c, x0: scipy.optimize.minimize(objective, x0,
                                                           method="Nelder-Mead")),
    Case("fzero cubic from a point", {"x0": np.array(2.0)},
         lambda x0: matlab.fzero(lambda x: x ** 3 - 2 * x - 5, x0),
         legacy="z = fzero(@(x) x^3 - 2*x - 5, x0)",
         baseline=lambda x0: scipy.optimize.brentq(lambda x: x ** 3 - 2 * x - 5, 2.0, 3.0)),
    Case("fminbnd cos(x) + x^2/10", {"a": np.array(0.0), "b": np.array(6.0)},
         lambda a, b: matlab.fminbnd(lambda x: np.cos(x) + x ** 2 / 10, a, b),
         legacy="m = fminbnd(@(x) cos(x) + x^2/10, a, b)",
         baseline=lambda a, b: scipy.optimize.minimize_scalar(
             lambda x: np.cos(x) + x ** 2 / 10, bounds=(0, 6), method="bounded")),
]

if __name__ == "__main__":
    run("compat.matlab optimisation vs Octave vs scipy", "octave", CASES)
