"""Benchmark: compat.matlab.lsqcurvefit/lsqnonlin/fminunc/fmincon/nlinfit vs Octave (optim
package) vs scipy.

* lsqcurvefit of a three-parameter decaying exponential to 200 noisy samples (default
  options) vs ``scipy.optimize.least_squares`` (its defaults) vs Octave's lsqcurvefit;
* the same with 'levenberg-marquardt' vs ``scipy.optimize.least_squares(method='lm')``;
* fminunc of a 10-parameter smooth bowl vs ``scipy.optimize.minimize(method='BFGS')``;
* fmincon of the same bowl with a linear inequality and bounds vs
  ``scipy.optimize.minimize(method='SLSQP')``;
* nlinfit of the exponential vs ``scipy.optimize.curve_fit``.

The solvers stop at different points after different numbers of evaluations, so the
ratios measure the cost of one faithful run, not equal work. Octave times its own calls
with tic/toc inside one run. Not part of the test run::

    python bench/bench_matlab_nonlinear_optimization.py [--repeat N] [--only TEXT]
                                                        [--no-legacy]
"""

from __future__ import annotations

import numpy as np
import scipy.optimize

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
]

if __name__ == "__main__":
    run("compat.matlab nonlinear optimisation vs Octave (optim) vs scipy", "octave", CASES)
