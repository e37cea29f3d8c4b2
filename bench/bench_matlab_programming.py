"""Benchmark: compat.matlab.quadprog/lsqlin/linprog, smooth3 and issorted vs Octave vs scipy.

* quadprog of a 60-variable convex program with 40 inequalities and box bounds --
  compat's interior point then exact face solve vs Octave 7.3 optim's active-set
  quadprog vs ``scipy.optimize.minimize(method='SLSQP')`` (the nearest scipy call; it
  solves the same program to its own tolerance);
* lsqlin of a 200x40 least-squares problem with box bounds vs Octave's lsqlin vs
  ``scipy.optimize.lsq_linear``;
* linprog of a 200-variable, 150-row program vs Octave's glpk vs
  ``scipy.optimize.linprog(method='highs-ds')`` (compat's own engine: the ratio is the
  cost of MATLAB's argument handling and outputs);
* smooth3 of a 128^3 volume (box 3, gaussian 5) vs Octave vs
  ``scipy.ndimage.uniform_filter``/``gaussian_filter`` (not bit-equal);
* issorted of 1e7 sorted doubles vs Octave vs ``numpy.all(numpy.diff(a) >= 0)``.
Octave times its own calls with tic/toc inside one run. Not part of the test run::

    python bench/bench_matlab_programming.py [--repeat N] [--only TEXT] [--no-legacy]
"""

from __future__ import annotations

import numpy as np
import scipy.ndimage
import scipy.optimize

from _harness import Case, run

from compat import matlab

rng = np.random.default_rng(12)
N = 60
M = rng.normal(size=(N, N))
H = M @ M.T + N * np.eye(N)
F = rng.normal(size=(N, 1))
A = rng.normal(size=(40, N))
B = rng.uniform(0.5, 1.5, size=(40, 1))
LB, UB = -np.ones((N, 1)), np.ones((N, 1))
C = rng.normal(size=(200, 40))
D = rng.normal(size=(200, 1))
LP_A = rng.uniform(0, 1, size=(150, 200))
LP_B = rng.uniform(1, 2, size=(150, 1))
LP_F = -rng.uniform(0.1, 1, size=(200, 1))
V = rng.normal(size=(128, 128, 128))
S = np.sort(rng.normal(size=10_000_000))
OFF = matlab.optimset("Display", "off")


def _slsqp(h, f, a, b, lb, ub):
    return scipy.optimize.minimize(
        lambda x: 0.5 * x @ h @ x + f[:, 0] @ x, np.zeros(h.shape[0]),
        jac=lambda x: h @ x + f[:, 0], method="SLSQP",
        bounds=list(zip(lb[:, 0], ub[:, 0])),
        constraints=[{"type": "ineq", "fun": lambda x: b[:, 0] - a @ x,
                      "jac": lambda x: -a}])


CASES = [
    Case("quadprog 60 vars, 40 rows, bounds", {"H": H, "f": F, "A": A, "b": B, "lb": LB,
                                                "ub": UB},
         lambda h, f, a, b, lb, ub: matlab.quadprog(h, f, a, b, [], [], lb, ub, [], OFF),
         legacy="x = quadprog(H, f, A, b, [], [], lb, ub, [], optimset('Display', 'off'));",
         setup="pkg load optim", baseline=_slsqp),
    Case("lsqlin 200x40, bounds", {"C": C, "d": D, "lb": -0.1 * np.ones((40, 1)),
                                   "ub": 0.1 * np.ones((40, 1))},
         lambda c, d, lb, ub: matlab.lsqlin(c, d, [], [], [], [], lb, ub, [], OFF),
         legacy="x = lsqlin(C, d, [], [], [], [], lb, ub, [], optimset('Display', 'off'));",
         setup="pkg load optim",
         baseline=lambda c, d, lb, ub: scipy.optimize.lsq_linear(c, d[:, 0],
                                                                 (lb[:, 0], ub[:, 0]))),
    Case("linprog 200 vars, 150 rows", {"f": LP_F, "A": LP_A, "b": LP_B},
         lambda f, a, b: matlab.linprog(f, a, b, [], [], np.zeros(200), [], OFF),
         legacy="x = glpk(f, A, b, zeros(200, 1), Inf(200, 1), repmat('U', 1, 150), "
                "repmat('C', 1, 200), 1);",
         baseline=lambda f, a, b: scipy.optimize.linprog(f[:, 0], a, b[:, 0],
                                                         method="highs-ds")),
    Case("smooth3 128^3 box 3", {"V": V}, lambda v: matlab.smooth3(v),
         legacy="W = smooth3(V);",
         baseline=lambda v: scipy.ndimage.uniform_filter(v, 3, mode="nearest")),
    Case("smooth3 128^3 gaussian 5", {"V": V}, lambda v: matlab.smooth3(v, "gaussian", 5),
         legacy="W = smooth3(V, 'gaussian', 5);",
         baseline=lambda v: scipy.ndimage.gaussian_filter(v, 0.65, mode="nearest",
                                                          truncate=2 / 0.65)),
    Case("issorted 1e7 sorted", {"s": S}, lambda s: matlab.issorted(s),
         legacy="tf = issorted(s);", baseline=lambda s: np.all(np.diff(s) >= 0)),
]

if __name__ == "__main__":
    run("matlab.quadprog/lsqlin/linprog, smooth3, issorted vs Octave and scipy", "octave",
        CASES)
