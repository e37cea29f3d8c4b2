"""Least-squares machinery shared by IDL's fitting routines (POLY_FIT, CURVEFIT, GAUSSFIT).

* :func:`idl_invert` -- IDL's ``INVERT(A, status)``: the inverse of a square matrix by
  Gaussian elimination (LU with partial pivoting) and IDL's status codes.
* :func:`marquardt` -- IDL's CURVEFIT iteration: Bevington's CURFIT (Bevington,
  *Data Reduction and Error Analysis for the Physical Sciences*, 1969, pp. 237-239;
  Marquardt, J. SIAM 11, 431-441, 1963) as IDL's ``curvefit.pro`` runs it: the curvature
  matrix normalised to a unit diagonal, the diagonal multiplied by ``1 + lambda``,
  lambda x10 after a worse step and /100 after a better one, stop when the *relative*
  decrease of the reduced chi-square is at most ``tol``; forward-difference partials
  with step ``sqrt(eps) * |a_j|`` when the model gives none.
* :func:`fit_type` and :func:`fit_cast` give the library fits' result type,
  :func:`error_vector` reads their MEASURE_ERRORS.

Arithmetic follows IDL's type rules by following numpy's promotion of the same operands
(float32 op float32 stays float32, anything with float64 becomes float64), so a CURVEFIT
run in single precision rounds where IDL rounds.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass

import numpy as np
import scipy.linalg

from compat._core.errors import CompatTypeError, CompatValueError, legacy_warn
from compat._core.idl_types import float_type, idl_array

__all__ = ["error_vector", "fit_cast", "fit_type", "idl_invert", "marquardt", "MarquardtResult"]


# --------------------------------------------------------------------------------------
# outputs
# --------------------------------------------------------------------------------------

def fit_type(double, *arrays) -> type:
    """The result type of IDL's library fits (POLY_FIT, LINFIT, POLYFITW, SVDFIT,
    REGRESS, LADFIT): DOUBLE with /DOUBLE, FLOAT with DOUBLE=0, else DOUBLE when one of
    ``arrays`` (None: absent) is DOUBLE and FLOAT otherwise."""
    if double is None:
        return np.float64 if any(a is not None and a.dtype == np.float64
                                 for a in arrays) else np.float32
    return np.float64 if double else np.float32


def fit_cast(out_type):
    """The conversion of a fit's float64 outputs to ``out_type`` (0-d: a numpy scalar)."""
    return lambda v: np.asarray(v, dtype=np.float64).astype(out_type)[()]


def error_vector(values, n: int, message: str):
    """A fit's MEASURE_ERRORS read as a real vector of ``n`` elements (None when absent);
    a wrong length raises the routine's ``message`` followed by the two counts."""
    if values is None:
        return None
    errors = idl_array(values, "MEASURE_ERRORS", complex_ok=False).reshape(-1)
    if errors.size != n:
        raise CompatValueError(f"{message} ({errors.size} instead of {n}).")
    return errors


# --------------------------------------------------------------------------------------
# INVERT
# --------------------------------------------------------------------------------------

#: A pivot of the unit-diagonal (equilibrated) matrix below this fraction means that
#: about half of the significant digits are lost: INVERT's status 2. IDL documents the
#: status ("a small pivot element was used and significant accuracy was probably
#: lost") but not its threshold; this one is compat's choice.
SMALL_PIVOT = np.sqrt(np.finfo(np.float64).eps)


def idl_invert(matrix: np.ndarray) -> tuple[np.ndarray, int]:
    """IDL ``INVERT(A, status)`` for a real square float64 matrix.

    Gaussian elimination with partial pivoting (LAPACK getrf/getri via scipy) on the
    matrix scaled to a unit diagonal (when the diagonal is nonzero), which removes the
    huge scale differences of normal-equation matrices without changing the result
    beyond rounding. Status, as IDL documents it: 0 success; 1 singular (an exactly
    zero pivot, or non-finite entries: the inverse is then all NaN); 2 a small pivot
    (below :data:`SMALL_PIVOT` of the equilibrated matrix) was used.
    """
    a = np.asarray(matrix, dtype=np.float64)
    m = a.shape[0]
    if not np.all(np.isfinite(a)):
        return np.full((m, m), np.nan), 1
    d = np.abs(np.diag(a))
    scale = 1.0 / np.sqrt(d) if np.all(d > 0) else np.ones(m)
    s = a * scale[:, None] * scale[None, :]
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")  # scipy's LinAlgWarning for a zero pivot
        lu, piv = scipy.linalg.lu_factor(s, check_finite=False)
    pivots = np.abs(np.diag(lu))
    if np.any(pivots == 0) or not np.all(np.isfinite(lu)):
        return np.full((m, m), np.nan), 1
    inv = scipy.linalg.lu_solve((lu, piv), np.eye(m), check_finite=False)
    inv = inv * scale[:, None] * scale[None, :]
    status = 2 if pivots.min() < SMALL_PIVOT * max(pivots.max(), 1.0) else 0
    return inv, status


# --------------------------------------------------------------------------------------
# CURVEFIT's Marquardt iteration
# --------------------------------------------------------------------------------------

@dataclass
class MarquardtResult:
    """Everything IDL's CURVEFIT returns."""

    yfit: np.ndarray
    a: np.ndarray
    sigma: np.ndarray
    chisq: object
    iter: int
    status: int
    yerror: object


def _evaluate(model, x, params, n_y, want_pder):
    out = model(x, params)
    pder = None
    if isinstance(out, tuple):
        if len(out) != 2:
            raise CompatTypeError("the model must return yfit or a tuple (yfit, pder), "
                            f"got a tuple of {len(out)} items")
        out, pder = out
    yfit = idl_array(out, "Result F from the model", empty_ok=True)
    if yfit.size != n_y:
        raise CompatValueError(f"Result F from the model must have same number of "
                        f"elements as Y ({yfit.size} instead of {n_y}).")
    yfit = yfit.reshape(-1)
    if yfit.dtype.kind not in "fc":  # integer results are used as FLOAT
        yfit = yfit.astype(float_type(yfit.dtype))
    if pder is not None and want_pder:
        pder = idl_array(pder, "PDER from the model", empty_ok=True)
        nterms = params.size
        if pder.shape == (nterms, n_y):
            pass
        elif pder.shape == (n_y, nterms):  # numpy column layout: one column per term
            pder = pder.T
        elif nterms == 1 and pder.size == n_y:
            pder = pder.reshape(1, n_y)
        else:
            raise CompatValueError("PDER from the model must be of size N_ELEMENTS(Y) by "
                            f"N_ELEMENTS(A): numpy shape ({nterms}, {n_y}) (IDL layout) "
                            f"or ({n_y}, {nterms}), got {pder.shape}.")
        if pder.dtype.kind not in "fc":
            pder = pder.astype(float_type(pder.dtype))
    return yfit, pder


def marquardt(x, y: np.ndarray, weights, a: np.ndarray, model, *,
              itmax: int = 20, tol=None, noderivative: bool = False,
              want_status: bool = False, fita=None) -> MarquardtResult:
    """IDL CURVEFIT's iteration (see the module docstring).

    Its convergence warnings carry the name of the public routine running (CURVEFIT,
    GAUSSFIT: :func:`compat._core.errors.legacy_warn`).

    Parameters
    ----------
    x : anything
        Passed to ``model`` untouched (IDL: "this routine does not use X").
    y : ndarray, 1-D
    weights : ndarray or None
        ``None``: no weighting (IDL's undefined Weights): unit float weights, and SIGMA
        is multiplied by ``sqrt(chisq)`` at the end (Numerical Recipes 15.2).
    a : ndarray, 1-D, float32 or float64
        Starting parameters; their dtype is the precision of the iteration. The array
        is used (and updated) in place: pass a copy.
    model : callable
        ``model(x, a) -> yfit`` or ``(yfit, pder)`` with ``pder`` of numpy shape
        ``(len(a), len(y))`` (IDL's PDER[nY, nterms]) or ``(len(y), len(a))``. It may
        modify ``a`` in place, as an IDL procedure may (GAUSSFIT's model keeps the width
        positive that way).
    itmax, tol, noderivative
        IDL's ITMAX, TOL (default 1e-3 in the parameters' precision), /NODERIVATIVE.
    want_status : bool
        IDL's ARG_PRESENT(status): without it the non-convergence messages become
        :class:`CompatWarning`.
    fita : array_like, optional
        IDL's FITA: nonzero for the parameters to fit (default all). As IDL's
        curvefit.pro (IDL 8.0) computes it, the curvature matrix of the ``nparam``
        free parameters is ``alpha = pder[free] @ (w * pder[:nparam]).T``: its
        ``Weights # (FLTARR(nparam)+1) * pder`` multiplies the weights with the
        *first* ``nparam`` partials (IDL's ``*`` of two arrays keeps the shorter
        operand's size), not those of the free parameters; the degrees of freedom
        are ``nY - nparam``.
    """
    ftype = a.dtype.type
    n_y = y.size
    nterms = a.size
    if fita is None or np.size(fita) != nterms:      # IDL: REPLICATE(1, nterms)
        free = np.arange(nterms)
    else:
        free = np.flatnonzero(np.asarray(fita).reshape(-1))
    nparam = free.size
    if nparam == 0:
        raise CompatValueError("FITA must contain at least one parameter to fit.")
    nfree = n_y - nparam
    if nfree <= 0:
        raise CompatValueError("Number of parameters in A must be less than number of "
                        f"dependent values in Y ({nterms} parameters, {n_y} values).")
    tol = ftype(1e-3) if tol is None else tol
    flambda = ftype(0.001)
    eps = np.sqrt(np.finfo(ftype).eps) if noderivative else None
    no_weighting = weights is None
    w = np.ones(n_y, dtype=np.float32) if no_weighting else weights
    sigma = np.zeros(nterms, dtype=ftype)
    diag = np.arange(nparam)
    status = 0
    chisq = None
    yfit = None
    done_early = False
    iteration = 0
    converged = False
    for iteration in range(1, itmax + 1):
        # partial derivatives: the model's own, else forward differences (IDL: the step
        # is eps*|a_j| (eps if a_j = 0) and the quotient divides by that step as
        # computed, not by the rounded difference of the parameters)
        if noderivative:
            yfit, _ = _evaluate(model, x, a, n_y, False)
            pder = np.zeros((nterms, n_y), dtype=ftype)
        else:
            yfit, pder = _evaluate(model, x, a, n_y, True)
            if pder is None:
                noderivative = True
                eps = np.sqrt(np.finfo(ftype).eps)
                pder = np.zeros((nterms, n_y), dtype=ftype)
        if noderivative:
            for term in range(nterms):  # one model call per parameter: inherent
                p = a.copy()
                inc = eps * abs(p[term])
                if inc == 0:
                    inc = eps
                p[term] = p[term] + inc
                yfit1, _ = _evaluate(model, x, p, n_y, False)
                pder[term] = (yfit1 - yfit) / inc
        resid = y - yfit
        beta = pder[free] @ (resid * w)
        alpha = pder[free] @ (w * pder[:nparam]).T
        with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
            sigma1 = np.sqrt(1.0 / alpha[diag, diag])
        sigma[free] = sigma1
        chisq1 = np.sum(w * resid ** 2) / nfree
        chisq = chisq1
        yfit1 = yfit
        # IDL: stop at once when chi-square is already tiny compared with the data
        done_early = chisq1 < np.sum(np.abs(y)) / 1e7 / nfree
        if done_early:
            converged = True
            break
        c = np.sqrt(alpha[diag, diag])
        c = np.outer(c, c)
        lambda_count = 0
        failed = False
        while True:
            lambda_count += 1
            with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
                array = alpha / c
                array[diag, diag] = array[diag, diag] * (1.0 + flambda)
                if array.size == 1:
                    array = 1.0 / array
                else:
                    try:
                        array = np.linalg.inv(array)
                    except np.linalg.LinAlgError:
                        array = np.full_like(array, np.nan)
                b = a.copy()
                b[free] = a[free] + (array / c) @ beta
                yfit, _ = _evaluate(model, x, b, n_y, False)
                chisq = np.sum(w * (y - yfit) ** 2) / nfree
                sigma[free] = np.sqrt(array[diag, diag] / alpha[diag, diag])
            if not np.isfinite(chisq) or (lambda_count > 30 and chisq >= chisq1):
                yfit = yfit1
                sigma[free] = sigma1
                chisq = chisq1
                status = 1
                failed = True
                break
            flambda = flambda * ftype(10)
            if chisq <= chisq1:
                break
        if failed:
            if not want_status:
                legacy_warn("Failed to converge- CHISQ increasing without bound.")
            converged = True
            break
        flambda = flambda / ftype(100)
        a[:] = b
        if (chisq1 - chisq) / chisq1 <= tol:
            converged = True
            break
    if not converged:
        iteration = itmax + 1  # IDL's FOR variable after the loop ran out
        status = 2
        if not want_status:
            s = "" if itmax == 1 else "s"
            legacy_warn(f"Failed to converge after {itmax} iteration{s}.")
    if no_weighting:
        sigma = sigma * np.sqrt(chisq).astype(ftype)
    var = np.sum((yfit - y) ** 2) / nfree
    yerror = np.sqrt(var)
    if done_early:
        iteration -= 1
    return MarquardtResult(yfit, a, sigma, chisq, iteration, status, yerror)


# --------------------------------------------------------------------------------------
# IDL's Gaussian-plus-quadratic model (GAUSS_FUNCT in gaussfit.pro, FUNCT in funct.pro)
# --------------------------------------------------------------------------------------

def gauss_model(positive_width: bool):
    """IDL's ``GAUSS_FUNCT`` (``positive_width=True``) or ``FUNCT`` as a model callable.

    ``F = A0*exp(-z^2/2) [+ A3 [+ A4*x [+ A5*x^2]]]`` with ``z = (x - A1)/A2`` for 3 to 6
    parameters, and its partial derivatives stored, as IDL stores them, in a float32
    array (``PDER = FLTARR(nx, n)``), so CURVEFIT's curvature matrix is single
    precision exactly as in IDL. When ``A2 == 0`` the Gaussian part and its partials
    are zero. GAUSS_FUNCT (IDL 8.3 and later) replaces ``A2`` by ``|A2|`` in the
    caller's parameter vector on every call, so the fitted width comes back positive.
    """

    def model(x, a):
        n = a.size
        if n < 3 or n > 6:
            raise CompatValueError(f"the Gaussian model has 3 to 6 parameters, A has "
                            f"{n}")
        xv = np.asarray(x)
        if a[2] != 0:
            if positive_width:
                a[2] = abs(a[2])
            z = (xv - a[1]) / a[2]
            ez = np.exp(-z ** 2 / np.float32(2.0))
        else:
            z = np.full(xv.shape, 100, dtype=xv.dtype)
            ez = z * 0
        f = a[0] * ez
        if n > 3:
            f = f + a[3]
        if n > 4:
            f = f + a[4] * xv
        if n > 5:
            f = f + a[5] * xv ** 2
        pder = np.zeros((n, xv.size), dtype=np.float32)
        pder[0] = ez
        if a[2] != 0:
            pder[1] = a[0] * ez * z / a[2]
        pder[2] = pder[1] * z
        if n > 3:
            pder[3] = 1.0
        if n > 4:
            pder[4] = xv
        if n > 5:
            pder[5] = xv ** 2
        return f, pder

    return model
