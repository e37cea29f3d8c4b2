"""Benchmark: compat.matlab.lsqcurvefit/lsqnonlin/fminunc/fmincon/nlinfit vs Octave (optim
package) vs scipy.

* lsqcurvefit of a three-parameter decaying exponential to 200 noisy samples (default
  options) vs ``scipy.optimize.least_squares`` (its defaults) vs Octave's lsqcurvefit;
* the same with 'levenberg-marquardt' vs ``scipy.optimize.least_squares(method='lm')``;
* fminunc of a 10-parameter smooth bowl vs ``scipy.optimize.minimize(method='BFGS')``;
* fmincon of the same bowl with a linear inequality and bounds vs
  ``scipy.optimize.minimize(method='SLSQP')``;
* nlinfit of the exponential vs ``scipy.optimize.curve_fit``;
* fminunc 'trust-region' with the gradient and the sparse tridiagonal Hessian on MATLAB's
  n = 1000 brownfgh example vs ``scipy.optimize.minimize(method='trust-krylov')`` with the
  same derivatives (Hessian-vector products); no Octave column (its fminunc has no
  trust-region algorithm of this kind and takes 211 BFGS-dogleg iterations there).

The solvers stop at different points after different numbers of evaluations, so the
ratios measure the cost of one faithful run, not equal work. Octave times its own calls
with tic/toc inside one run. Not part of the test run::

    python bench/bench_matlab_nonlinear_optimization.py [--repeat N] [--only TEXT]
                                                        [--no-legacy]
"""

from __future__ import annotations

import numpy as np
import scipy.optimize
import scipy.sparse

from _harness import Case, run
from compat import matlab

rng = np.random.default_rng(17)
T = np.sort(rng.uniform(0, 5, 200))
Y = 2.5 * np.exp(-1.3 * T) + 0.4 + 0.02 * rng.standard_normal(T.size)
W = rng.uniform(1, 5, 10)
C = rng.uniform(-1, 1, 10)
A = rng.uniform(0, 1, (1, 10))


def model(p, t):
    return p[0] * np.exp(-p[1] * t) + p[2]


def bowl(x):
    return float(np.sum(W * (x - C) ** 2) + 0.25 * np.sum((x - C) ** 4))


def brownfgh(x):
    """MATLAB's documentation example objective (n = 1000), gradient, exact Hessian."""
    x = np.asarray(x, dtype=float).reshape(-1)
    u, v = x[:-1], x[1:]
    a, b = u ** 2, v ** 2
    la, lb = np.log(a), np.log(b)
    g = np.zeros_like(x)
    g[:-1] = 2 * (b + 1) * u * a ** b + 2 * u * b ** (a + 1) * lb
    g[1:] += 2 * v * a ** (b + 1) * la + 2 * (a + 1) * v * b ** a
    d = np.zeros_like(x)
    d[:-1] = (b + 1) * (4 * b + 2) * a ** b + b ** (a + 1) * (4 * a * lb ** 2 + 2 * lb)
    d[1:] += a ** (b + 1) * (4 * b * la ** 2 + 2 * la) + (a + 1) * (4 * a + 2) * b ** a
    e = 4 * u * v * (a ** b * ((b + 1) * la + 1) + b ** a * ((a + 1) * lb + 1))
    hessian = scipy.sparse.diags([e, d, e], [-1, 0, 1], format="csr")
    return float(np.sum(a ** (b + 1) + b ** (a + 1))), g, hessian


XSTART = np.where(np.arange(1000) % 2, 1.0, -1.0)
TRUST = matlab.optimoptions('fminunc', 'Algorithm', 'trust-region', 'Display', 'off',
                            'SpecifyObjectiveGradient', True, 'HessianFcn', 'objective')
OFF = matlab.optimoptions('lsqcurvefit', 'Display', 'off')
LM = matlab.optimoptions('lsqcurvefit', 'Display', 'off', 'Algorithm', 'levenberg-marquardt')
UNC = matlab.optimoptions('fminunc', 'Display', 'off')
CON = matlab.optimoptions('fmincon', 'Display', 'off')
SETUP = "pkg load optim"
BOWL = "@(x) sum(w(:) .* (x(:) - c(:)).^2) + 0.25 * sum((x(:) - c(:)).^4)"

CASES = [
    Case("lsqcurvefit exponential, 200 samples", {"t": T, "y": Y},
         lambda t, y: matlab.lsqcurvefit(model, [1, 1, 0], t, y, [], [], OFF),
         legacy="p = lsqcurvefit(@(p, t) p(1)*exp(-p(2)*t) + p(3), [1 1 0], t, y, [], [], "
                "optimset('Display', 'off'))", setup=SETUP,
         baseline=lambda t, y: scipy.optimize.least_squares(
             lambda p: model(p, t) - y, [1, 1, 0])),
    Case("lsqcurvefit levenberg-marquardt", {"t": T, "y": Y},
         lambda t, y: matlab.lsqcurvefit(model, [1, 1, 0], t, y, [], [], LM),
         baseline=lambda t, y: scipy.optimize.least_squares(
             lambda p: model(p, t) - y, [1, 1, 0], method="lm")),
    Case("fminunc 10 parameters", {"w": W, "c": C},
         lambda w, c: matlab.fminunc(bowl, np.zeros(10), UNC),
         legacy=f"x = fminunc({BOWL}, zeros(10, 1), optimset('Display', 'off'))",
         setup=SETUP,
         baseline=lambda w, c: scipy.optimize.minimize(bowl, np.zeros(10), method="BFGS")),
    Case("fmincon 10 parameters, A*x <= 0.5, bounds", {"w": W, "c": C, "a": A},
         lambda w, c, a: matlab.fmincon(bowl, np.zeros(10), a, 0.5, [], [],
                                        -np.ones(10), np.ones(10), None, CON),
         legacy=f"x = fmincon({BOWL}, zeros(10, 1), a, 0.5, [], [], -ones(10, 1), "
                "ones(10, 1), [], optimset('Display', 'off'))", setup=SETUP,
         baseline=lambda w, c, a: scipy.optimize.minimize(
             bowl, np.zeros(10), method="SLSQP", bounds=[(-1, 1)] * 10,
             constraints=[{"type": "ineq", "fun": lambda x: 0.5 - a @ x}])),
    Case("nlinfit exponential, 200 samples", {"t": T, "y": Y},
         lambda t, y: matlab.nlinfit(t, y, model, [1, 1, 0]),
         legacy="b = nlinfit(t(:), y(:), @(p, t) p(1)*exp(-p(2)*t) + p(3), [1; 1; 0])",
         setup=SETUP,
         baseline=lambda t, y: scipy.optimize.curve_fit(
             lambda t, a, b, c: a * np.exp(-b * t) + c, t, y, p0=[1, 1, 0])),
    Case("fminunc trust-region brownfgh n=1000", {"x0": XSTART},
         lambda x0: matlab.fminunc(brownfgh, x0, TRUST),
         baseline=lambda x0: scipy.optimize.minimize(
             lambda x: brownfgh(x)[0], x0, jac=lambda x: brownfgh(x)[1],
             hessp=lambda x, p: brownfgh(x)[2] @ p, method="trust-krylov")),
]

if __name__ == "__main__":
    run("compat.matlab nonlinear optimisation vs Octave (optim) vs scipy", "octave", CASES)
