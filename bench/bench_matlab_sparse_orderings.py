"""Benchmark: compat.matlab colamd / symamd vs Octave's (SuiteSparse COLAMD in C) vs
scipy's reverse Cuthill-McKee.

Work: colamd of random n-by-n patterns with about 5 entries per column plus the
diagonal (n = 1000 and 10000), and symamd of their symmetric parts. COLAMD is
sequential (each pivot changes the degrees that choose the next one): compat runs it
as one loop compiled by numba when installed (else the same statements in Python);
scipy has no COLAMD of its own (SuperLU's is reachable only through a factorisation),
so the baseline is ``csgraph.reverse_cuthill_mckee``, a different (bandwidth)
ordering. Measured (best of 3, 2 shared cores, 2026-12-06, numba; two runs): colamd
10000: 0.10-0.12 s, 1.1-1.4x Octave's C; symamd 10000: 0.13 s, 0.7-1.1x; the 1000
cases about 0.009 s, 3-4x. With COMPAT_NUMBA=0 (the Python loop): colamd 10000 5.3 s,
symamd 4.1 s. Timings by bench/_harness.py (Octave times itself, single-threaded,
start-up excluded; best of
--repeat). Not part of the test run:

    python bench/bench_matlab_sparse_orderings.py [--repeat N]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import reverse_cuthill_mckee

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import matlab  # noqa: E402


def _pattern(rng, n):
    A = sp.random(n, n, density=5.0 / n, random_state=rng, format="csc") + sp.eye(n)
    A = sp.csc_matrix((A != 0).astype(float))
    coo = A.tocoo()
    return A, (coo.row + 1.0), (coo.col + 1.0), np.float64(n)


def main():
    rng = np.random.default_rng(7)
    cases = []
    for n in (1000, 10000):
        A, I, J, N = _pattern(rng, n)
        Y = sp.csc_matrix(((A + A.T) != 0).astype(float))
        inputs = {"I": I, "J": J, "N": N}
        cases += [
            Case(f"colamd {n}^2, 6 per column", inputs,
                 lambda I, J, N, A=A: matlab.colamd(A),
                 legacy="p = colamd(S);", setup="S = sparse(I, J, 1, N, N);",
                 baseline=lambda I, J, N, A=A: reverse_cuthill_mckee(A.tocsr())),
            Case(f"symamd {n}^2 (A + A')", inputs,
                 lambda I, J, N, Y=Y: matlab.symamd(Y),
                 legacy="p = symamd(Y);",
                 setup="S = sparse(I, J, 1, N, N); Y = spones(S + S');",
                 baseline=lambda I, J, N, Y=Y: reverse_cuthill_mckee(Y.tocsr(),
                                                                     symmetric_mode=True)),
        ]
    run("MATLAB colamd/symamd vs Octave and scipy's reverse Cuthill-McKee", "octave", cases)


if __name__ == "__main__":
    main()
