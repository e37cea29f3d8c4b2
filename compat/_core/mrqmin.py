"""Levenberg-Marquardt iteration of Numerical Recipes' ``mrqmin``/``mrqcof`` (Press et
al., *Numerical Recipes in C*, 2nd ed., section 15.5), driven as IDL's LMFIT drives it.

* :func:`mrqmin_fit` -- the whole fit: curvature matrix ``alpha`` and gradient ``beta``
  summed point by point from the model's values and partial derivatives (fixed
  parameters left out), the diagonal of ``alpha`` multiplied by ``1 + lambda``, the
  step solved by Gauss-Jordan elimination (``gaussj``), lambda divided by 10 after a
  step that lowers chi-square and multiplied by 10 (the step discarded) otherwise;
  lambda starts at 0.001. At the end a last call with lambda = 0 gives the covariance
  (the inverse of ``alpha``), with zero rows and columns for fixed parameters
  (``covsrt``).

The driver is IDL's, as IDL's documentation and lmfit.pro state it: iterate until three
consecutive iterations fail to change chi-square by more than TOL relative to its
previous value, but at least ITMIN and at most ITMAX iterations; ITER is the number of
iterations done and reaching ITMAX means no convergence. (IDL's driver is compiled
code; its relative-change test is compat's reading of that description.)

Arithmetic is done in the working precision (float32 or float64 arrays), as IDL's
MRQMIN does for FLOAT and DOUBLE data.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["MrqminResult", "mrqmin_fit", "evaluate_points"]


@dataclass
class MrqminResult:
    """Everything LMFIT returns from the iteration."""

    a: np.ndarray
    chisq: object
    alpha: np.ndarray
    covar: np.ndarray
    iterations: int
    singular: bool


def evaluate_points(model, x: np.ndarray, a: np.ndarray, nterms: int, dtype):
    """Call ``model(x_i, a)`` for every point (IDL's LMFIT passes one X at a time) and
    return the values ``f`` (n,) and partials ``dyda`` (n, nterms) in ``dtype``."""
    n = x.size
    out = np.empty((n, nterms + 1), dtype=dtype)
    for i in range(n):
        row = np.asarray(model(x[i], a)).reshape(-1)
        if row.size != nterms + 1:
            raise CompatValueError(f"the function must return 1 + N_ELEMENTS(A) = "
                                   f"{nterms + 1} values [F, dF/dA0, ...] for each X, "
                                   f"got {row.size}")
        out[i] = row
    return out[:, 0], out[:, 1:]


def _mrqcof(model, x, y, sig2i, a, free, dtype):
    """NR's mrqcof: alpha, beta and chi-square at ``a`` (fitted parameters only)."""
    f, dyda = evaluate_points(model, x, a, a.size, dtype)
    dy = y - f
    d = dyda[:, free]
    wt = d * sig2i[:, None]
    alpha = wt.T @ d
    beta = wt.T @ dy
    chisq = np.sum(dy * dy * sig2i)
    return alpha, beta, chisq


def _gaussj(matrix: np.ndarray, rhs: np.ndarray):
    """The inverse and the solution, or None for a singular matrix (NR's gaussj stops
    with 'Singular Matrix')."""
    try:
        inv = np.linalg.inv(matrix.astype(np.float64))
    except np.linalg.LinAlgError:
        return None
    if not np.all(np.isfinite(inv)):
        return None
    return inv.astype(matrix.dtype), (inv @ rhs.astype(np.float64)).astype(matrix.dtype)


def _expand(matrix: np.ndarray, free: np.ndarray, nterms: int) -> np.ndarray:
    """NR's covsrt: the fitted-parameter matrix spread into nterms x nterms, zeros for
    the fixed parameters."""
    full = np.zeros((nterms, nterms), dtype=matrix.dtype)
    full[np.ix_(free, free)] = matrix
    return full


def mrqmin_fit(model, x: np.ndarray, y: np.ndarray, sig: np.ndarray, a: np.ndarray,
               fita: np.ndarray, *, itmin: int, itmax: int, tol) -> MrqminResult:
    """Fit ``a`` (a copy is iterated; dtype = working precision). See the module
    docstring. ``sig`` are the measurement errors (ones without MEASURE_ERRORS)."""
    dtype = a.dtype.type
    a = a.copy()
    free = np.flatnonzero(fita != 0)
    nterms = a.size
    sig2i = (dtype(1) / (sig * sig)).astype(dtype)
    alamda = dtype(0.001)
    alpha, beta, chisq = _mrqcof(model, x, y, sig2i, a, free, dtype)
    ochisq = chisq
    quiet = 0  # consecutive iterations without a relative change above TOL
    iterations = 0
    singular = False
    for iterations in range(1, itmax + 1):
        covar = alpha.copy()
        covar[np.diag_indices_from(covar)] *= dtype(1) + alamda
        solved = _gaussj(covar, beta)
        if solved is None:
            singular = True
            break
        atry = a.copy()
        atry[free] = a[free] + solved[1]
        with np.errstate(all="ignore"):
            new_alpha, new_beta, new_chisq = _mrqcof(model, x, y, sig2i, atry, free,
                                                     dtype)
        previous = ochisq
        if new_chisq < ochisq:
            alamda *= dtype(0.1)
            ochisq = new_chisq
            alpha, beta, chisq = new_alpha, new_beta, new_chisq
            a = atry
        else:
            alamda *= dtype(10)
            chisq = ochisq
        change = abs(previous - chisq)
        if change <= tol * previous:
            quiet += 1
        else:
            quiet = 0
        if quiet >= 3 and iterations >= itmin:
            break
    solved = None if singular else _gaussj(alpha, beta)
    if solved is None:
        singular = True
        cov = np.full((free.size, free.size), np.nan, dtype=dtype)
    else:
        cov = solved[0]
    return MrqminResult(a, chisq, _expand(alpha, free, nterms),
                        _expand(cov, free, nterms), iterations, singular)
