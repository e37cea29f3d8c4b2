"""Benchmark: compat.matlab.pca vs Octave's statistics package vs numpy's SVD.

Work: ``[coeff, score, latent, tsquared] = pca(X)`` of a 5000-by-50 matrix (SVD) and
with ``'Algorithm', 'eig'``. compat: centring, LAPACK's SVD (or eigh), the sign
convention, T-squared; Octave 7.3's statistics 1.5.3 pca; the baseline is
``numpy.linalg.svd`` of the centred data (no signs, no T-squared). Timings by
bench/_harness.py (Octave times itself, single-threaded, start-up excluded; best of
--repeat). Not part of the test run:

    python bench/bench_matlab_principal_components.py [--repeat N]
"""

from __future__ import annotations

import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))
from _harness import Case, run  # noqa: E402

from compat import matlab  # noqa: E402

SETUP = "warning('off', 'all'); pkg('load', 'statistics');"


def main():
    X = np.random.default_rng(8).standard_normal((5000, 50))
    run("MATLAB pca vs Octave statistics and numpy", "octave", [
        Case("pca 5000x50 svd", {"X": X}, lambda X: matlab.pca(X, nargout=4),
             legacy="[c, s, l, t] = pca(X);", setup=SETUP,
             baseline=lambda X: np.linalg.svd(X - X.mean(axis=0), full_matrices=False)),
        Case("pca 5000x50 eig", {"X": X},
             lambda X: matlab.pca(X, 'Algorithm', 'eig', nargout=4),
             legacy="[c, s, l, t] = pca(X, 'Algorithm', 'eig');", setup=SETUP,
             baseline=lambda X: np.linalg.eigh(np.cov(X.T))),
    ])


if __name__ == "__main__":
    main()
