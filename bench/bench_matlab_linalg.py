"""Benchmark: compat.matlab linear algebra vs Octave vs scipy, one thread each.

* ``mldivide`` of a 2000x2000 general system (LU path: compat uses LAPACK above 256
  rows), of a 200x200 one (LU in LAPACK's reference operation order, bit-identical to
  Octave), of a 2000x2000 symmetric positive definite one (Cholesky path), and a
  4000x400 least-squares problem (compat: pivoted QR basic solution; Octave: xGELSD;
  scipy: ``lstsq``);
* ``inv``, ``det``, symmetric ``eig`` and ``svd`` of 500x500 matrices.

Octave times its own calls with tic/toc inside one run; numpy's OpenBLAS is pinned to one
thread here (as the clones are), so the ratios compare algorithms. Not part of the test
run::

    python bench/bench_matlab_linalg.py [--repeat N] [--only TEXT] [--no-legacy]
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")   # before numpy loads OpenBLAS
os.environ.setdefault("OMP_NUM_THREADS", "1")

import warnings  # noqa: E402

import numpy as np  # noqa: E402
import scipy.linalg  # noqa: E402

from _harness import Case, run  # noqa: E402
from compat import matlab  # noqa: E402

warnings.simplefilter("ignore")
rng = np.random.default_rng(2000)
A2000 = rng.normal(size=(2000, 2000))
b2000 = rng.normal(size=(2000, 1))
S2000 = A2000 @ A2000.T + 2000 * np.eye(2000)
S2000 = (S2000 + S2000.T) / 2
A200 = rng.normal(size=(200, 200))
b200 = rng.normal(size=(200, 1))
T = rng.normal(size=(4000, 400))
bT = rng.normal(size=(4000, 1))
A500 = rng.normal(size=(500, 500))
S500 = (A500 + A500.T) / 2

CASES = [
    Case("mldivide 2000x2000 general (LU)", {"A": A2000, "b": b2000},
         lambda A, b: matlab.mldivide(A, b), legacy="x = A \\ b",
         baseline=lambda A, b: scipy.linalg.solve(A, b, check_finite=False)),
    Case("mldivide 200x200 general (reference order)", {"A": A200, "b": b200},
         lambda A, b: matlab.mldivide(A, b), legacy="x = A \\ b",
         baseline=lambda A, b: scipy.linalg.solve(A, b, check_finite=False)),
    Case("mldivide 2000x2000 SPD (Cholesky)", {"S": S2000, "b": b2000},
         lambda S, b: matlab.mldivide(S, b), legacy="x = S \\ b",
         baseline=lambda S, b: scipy.linalg.solve(S, b, assume_a="pos", check_finite=False)),
    Case("mldivide 4000x400 least squares", {"T": T, "b": bT},
         lambda T, b: matlab.mldivide(T, b), legacy="x = T \\ b",
         baseline=lambda T, b: scipy.linalg.lstsq(T, b, check_finite=False)[0]),
    Case("inv 500x500", {"A": A500}, lambda A: matlab.inv(A), legacy="Y = inv(A)",
         baseline=lambda A: scipy.linalg.inv(A, check_finite=False)),
    Case("det 500x500", {"A": A500}, lambda A: matlab.det(A), legacy="d = det(A)",
         baseline=lambda A: scipy.linalg.det(A, check_finite=False)),
    Case("eig 500x500 symmetric, vectors", {"S": S500},
         lambda S: matlab.eig(S, nargout=2), legacy="[V, D] = eig(S)",
         baseline=lambda S: scipy.linalg.eigh(S, check_finite=False)),
    Case("svd 500x500, vectors", {"A": A500}, lambda A: matlab.svd(A, nargout=3),
         legacy="[U, S, V] = svd(A)",
         baseline=lambda A: scipy.linalg.svd(A, check_finite=False)),
]

if __name__ == "__main__":
    run("compat.matlab linear algebra vs Octave vs scipy (one thread each)", "octave",
        CASES)
