"""Benchmark compat.idl polyfitw/svdfit/comfit/lmfit/gauss2dfit vs GDL vs numpy/scipy.

Run: python bench/bench_idl_fitting_more.py [--repeat R]. GDL 1.0.1 has POLYFITW only
(its SVDFIT stand-in here is SVDC + SVSOL of the same design matrix, Numerical Recipes'
svdfit); COMFIT, LMFIT and GAUSS2DFIT have no GDL timing (GDL lacks the first two, and
its GAUSS2DFIT stops for want of mpfit2dfun.pro). LMFIT calls the user function once per
point, as IDL does: its time is that of n Python calls per iteration. Not part of the
test run.
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import scipy.optimize

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import idl  # noqa: E402


def _lm_model(x, a):
    e = np.exp(a[1] * x)
    return [a[0] * e + a[2], e, a[0] * x * e, 1.0]


def main():
    rng = np.random.default_rng(0)
    xp = rng.uniform(-1, 1, 1_000_000)
    yp = 1 - 2 * xp + 0.5 * xp ** 3 + 0.1 * rng.standard_normal(xp.size)
    wp = np.ones(xp.size)
    xs = rng.uniform(-1, 1, 100_000)
    ys = np.cos(3 * xs) + 0.05 * rng.standard_normal(xs.size)
    xc = np.linspace(1, 100, 10_000)
    lg = np.log10(xc)
    yc = 2 + 3 * lg + 0.5 * lg ** 2 + 0.01 * rng.standard_normal(xc.size)
    xl = np.linspace(0, 3, 500)
    yl = 3 * np.exp(-1.3 * xl) + 0.5 + 0.01 * rng.standard_normal(xl.size)
    yy, xx = np.mgrid[0:100, 0:128].astype(np.float32)
    z = (5 + 10 * np.exp(-(((xx - 64) / 21) ** 2 + ((yy - 60) / 10) ** 2) / 2)
         + rng.standard_normal(xx.shape)).astype(np.float32)

    def g2(coords, *p):
        x, y = coords
        u = ((x - p[4]) / p[2]) ** 2 + ((y - p[5]) / p[3]) ** 2
        return p[0] + p[1] * np.exp(-u / 2)

    run("IDL fitting (issue 17) vs GDL and numpy/scipy", "gdl", [
        Case("polyfitw 1e6 points, degree 3, unit weights", {"x": xp, "y": yp, "w": wp},
             lambda x, y, w: idl.polyfitw(x, y, w, 3), "r = polyfitw(x, y, w, 3)",
             lambda x, y, w: np.polynomial.polynomial.polyfit(x, y, 3, w=np.sqrt(w))),
        Case("svdfit 1e5 points, 6 Legendre terms", {"x": xs, "y": ys},
             lambda x, y: idl.svdfit(x, y, 6, legendre=True),
             "des = dblarr(6, n_elements(x)) & for j = 0, 5 do des[j, *] = legendre(x, j)"
             " & svdc, des, w, u, v, /double & r = svsol(u, w, v, y, /double)",
             lambda x, y: np.polynomial.legendre.legfit(x, y, 5)),
        Case("comfit logsquare 1e4 points", {"x": xc, "y": yc},
             lambda x, y: idl.comfit(x, y, [1.5, 1.5, 1.5], logsquare=True), None,
             lambda x, y: scipy.optimize.curve_fit(
                 lambda v, a, b, c: a + b * np.log10(v) + c * np.log10(v) ** 2, x, y,
                 p0=[1.5, 1.5, 1.5])),
        Case("lmfit 500 points, 3 parameters", {"x": xl, "y": yl},
             lambda x, y: idl.lmfit(x, y, [2.0, -1.0, 0.0], function_name=_lm_model),
             None,
             lambda x, y: scipy.optimize.least_squares(
                 lambda p: p[0] * np.exp(p[1] * x) + p[2] - y, [2.0, -1.0, 0.0],
                 method="lm")),
        Case("gauss2dfit 128x100 float32", {"z": z}, lambda z: idl.gauss2dfit(z), None,
             lambda z: scipy.optimize.curve_fit(
                 g2, (xx.ravel(), yy.ravel()), z.ravel(),
                 p0=[5, 10, 20, 10, 64, 60])),
    ], sys.argv[1:])


if __name__ == "__main__":
    main()
