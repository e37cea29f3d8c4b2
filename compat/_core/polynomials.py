"""MATLAB's polynomials: the core of polyfit, polyval, roots, poly, polyder, polyint and
polyvalm.

MATLAB stores a polynomial as a vector of coefficients in descending powers,
``p(1)*x^n + ... + p(n)*x + p(n+1)``. Python-shaped: every function takes 1-D
coefficient vectors (and arrays) already of the computation class and keyword-only
options, and returns 1-D vectors; MATLAB's argument grammar (vectors of any
orientation, ``[]``, the structure ``S``, the orientation of the results, nargout) is
read by :mod:`compat.matlab.polynomials`. Here: the Vandermonde matrix built as MATLAB
builds it (repeated multiplication), Horner evaluation, MATLAB's ``\\`` for the
triangular/trapezoidal systems polyfit solves, and the algorithms of the seven
functions as MATLAB documents them.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.linalg
import scipy.linalg.lapack

from compat._core.convolution import convolve
from compat._core.errors import (BadlyConditionedWarning, PolyNotUniqueWarning,
                                 issue_warning,
                                 ZeroDegreesOfFreedomWarning)

__all__ = ["Fit", "fit", "error_estimate", "roots", "poly", "derivative", "integral",
           "matrix_horner", "vandermonde", "horner", "back_substitution", "solve_r",
           "cond1_triangular"]

NOT_UNIQUE = "Polynomial is not unique; degree >= number of data points."
BADLY_CONDITIONED = ("Polynomial is badly conditioned. Add points with distinct X values, "
                     "reduce the degree of the polynomial, or try centering and scaling as "
                     "described in HELP POLYFIT.")
BADLY_CONDITIONED_MU = ("Polynomial is badly conditioned. Add points with distinct X values "
                        "or reduce the degree of the polynomial.")
ZERO_DOF = "Zero degrees of freedom implies infinite error bounds."
#: MATLAB's polyfit warns when condest(R) exceeds this (double) ...
COND_LIMIT_DOUBLE = 1e10
#: ... or this (single).
COND_LIMIT_SINGLE = 1e5


# --------------------------------------------------------------------------- polyfit
@dataclass
class Fit:
    """What :func:`fit` computed: the coefficients, and (when asked) the triangular
    factor, degrees of freedom, residual norm, R^2 and the centring ``[mean, std]``."""

    p: np.ndarray
    R: np.ndarray | None = None
    df: np.floating | None = None
    normr: np.floating | None = None
    rsquared: np.floating | None = None
    mu: np.ndarray | None = None


def fit(x: np.ndarray, y: np.ndarray, degree: int, *, centre: bool = False,
        statistics: bool = False) -> Fit:
    """Least-squares polynomial of ``degree`` through the 1-D ``x``, ``y`` (MATLAB's
    polyfit): QR of the Vandermonde matrix, MATLAB's warnings.

    ``x`` is real (or complex) of the computation's real class, ``y`` of the
    computation class. ``centre``: fit in ``(x - mean)/std`` and return ``mu``;
    ``statistics``: also ``R``, ``df``, ``normr``, ``rsquared`` (polyfit's ``S``).
    """
    k = degree + 1
    work = y.dtype
    real = np.finfo(work).dtype
    xv, yv = x, y
    m = xv.shape[0]
    mu = None
    if centre:
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = xv.sum() / m if m else np.array(np.nan, xv.dtype)
            if m > 1:
                dev = xv - mean
                std = np.sqrt(np.sum((dev * dev.conj()).real) / (m - 1))
            else:
                std = np.array(0.0 if m == 1 else np.nan, dtype=real)
            xv = (xv - mean) / std
        mu = np.array([mean, std], dtype=np.result_type(mean, real))

    R, qty, V = _qr_augmented(xv, yv, degree, keep_v=statistics)
    p = solve_r(R, qty).astype(work, copy=False)

    if R.shape[1] > R.shape[0]:
        issue_warning(PolyNotUniqueWarning(NOT_UNIQUE, "MATLAB:polyfit:PolyNotUnique"))
    else:
        limit = COND_LIMIT_SINGLE if real == np.float32 else COND_LIMIT_DOUBLE
        if cond1_triangular(R) > limit:
            if centre:
                issue_warning(BadlyConditionedWarning(
                    BADLY_CONDITIONED_MU, "MATLAB:polyfit:RepeatedPoints"))
            else:
                issue_warning(BadlyConditionedWarning(
                    BADLY_CONDITIONED, "MATLAB:polyfit:RepeatedPointsOrRescale"))
    result = Fit(p, mu=mu)
    if statistics:
        with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
            residual = yv - V @ p
            normr = np.linalg.norm(residual)
            spread = np.linalg.norm(yv - (yv.sum() / m if m else np.nan))
            rsquared = 1 - (normr / spread) ** 2
        result.R = R
        result.df = real.type(max(0, m - k))
        result.normr = real.type(normr)
        result.rsquared = real.type(rsquared)
    return result


def _qr_augmented(x: np.ndarray, y: np.ndarray, n: int, keep_v: bool):
    """Householder QR of ``[V y]``: returns (R, Q'*y, V or None).

    One LAPACK ``geqrf`` on the augmented matrix gives the triangular factor ``R`` of
    ``V`` (its first ``n+1`` columns) and ``Q'*y`` (the top of the last column) without
    forming ``Q``: the same Householder reflectors MATLAB's ``qr(V,0)`` computes,
    applied to ``y`` as they are generated.
    """
    A = vandermonde(x, n, y)
    V = A[:, : n + 1].copy(order="F") if keep_v else None
    m, k = x.shape[0], n + 1
    if m == 0:
        return np.zeros((0, k), A.dtype), np.zeros(0, A.dtype), V
    geqrf, = scipy.linalg.lapack.get_lapack_funcs(("geqrf",), (A,))
    qr, _, _, info = geqrf(A, overwrite_a=True)
    if info != 0:  # pragma: no cover - LAPACK argument errors only (not a user error)
        raise RuntimeError(f"QR factorization failed (LAPACK info {info})")
    top = min(m, k)
    R = np.triu(qr[:top, :k])
    qty = qr[:top, k].copy()
    return R, qty, V


# --------------------------------------------------------------------------- polyval
def error_estimate(x: np.ndarray, nc: int, R: np.ndarray, df, normr,
                   dtype) -> np.ndarray:
    """polyval's ``delta`` at the 1-D (scaled) points ``x`` for a polynomial of ``nc``
    coefficients: ``normr/sqrt(df) * sqrt(1 + sum((V/R).^2, 2))`` (Inf everywhere, with
    MATLAB's warning, when ``df`` is 0), in the real or complex class of ``dtype``."""
    V = vandermonde(x, nc - 1) if nc else np.zeros((x.size, 0))
    R = np.asarray(R)
    if nc:
        with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
            if R.shape[0] == nc and np.allclose(R, np.triu(R), rtol=0, atol=0):
                E = scipy.linalg.solve_triangular(R, V.T, trans="T", lower=False,
                                                  check_finite=False).T
            else:  # MATLAB's V/R for a non-triangular or rectangular R: least squares
                E = np.linalg.lstsq(R.T, V.T, rcond=None)[0].T
            e = np.sqrt(1 + np.sum(E * E, axis=1))
    else:
        e = np.ones(x.size)
    if df == 0:
        issue_warning(ZeroDegreesOfFreedomWarning(ZERO_DOF, "MATLAB:polyval:ZeroDOF"))
        delta = np.full(e.shape, np.inf, dtype=e.dtype)
    else:
        delta = normr / np.sqrt(df) * e
    delta = delta.astype(np.result_type(delta.dtype, np.finfo(dtype).dtype), copy=False)
    if np.finfo(dtype).dtype == np.float32:
        delta = delta.astype(np.complex64 if delta.dtype.kind == "c" else np.float32)
    return delta


# --------------------------------------------------------------------------- roots, poly
def roots(c: np.ndarray) -> np.ndarray:
    """Roots of the finite 1-D coefficient vector ``c`` (MATLAB's roots): leading and
    trailing zeros stripped (the trailing ones are zero roots), leading coefficients
    whose ratio overflows dropped, the eigenvalues of the companion matrix (real when
    they all are, for real ``c``)."""
    real = np.finfo(c.dtype).dtype
    nonzero = np.flatnonzero(c)
    if nonzero.size == 0:
        return np.zeros(0, dtype=real)
    n = c.size
    c = c[nonzero[0]: nonzero[-1] + 1]
    zero_roots = np.zeros(n - 1 - nonzero[-1], dtype=real)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        d = c[1:] / c[0]
        while np.any(np.isinf(d)):  # at most n passes, each dropping one coefficient
            c = c[1:]
            d = c[1:] / c[0]
    k = c.size
    if k > 1:
        A = np.diag(np.ones(k - 2, dtype=c.dtype), -1)
        A[0, :] = -d
        eig = np.linalg.eigvals(A)
        if eig.dtype.kind == "c" and np.all(eig.imag == 0) and c.dtype.kind != "c":
            eig = eig.real
        return np.concatenate([zero_roots.astype(eig.dtype), eig])
    return zero_roots


def poly(e: np.ndarray, real) -> np.ndarray:
    """Coefficients of the monic polynomial with the 1-D roots ``e`` (MATLAB's poly
    recursion; infinite roots left out), real when the complex roots come in conjugate
    pairs; ``real`` is the real class of the input."""
    e = e[~np.isinf(e)]
    n = e.size
    c = np.zeros(n + 1, dtype=np.result_type(e.dtype, real))
    c[0] = 1
    for j in range(n):  # MATLAB's recursion: one vectorised update per root
        c[1: j + 2] = c[1: j + 2] - e[j] * c[: j + 1]
    if c.dtype.kind == "c":
        pos = np.sort_complex(e[e.imag > 0])
        neg = np.sort_complex(np.conj(e[e.imag < 0]))
        if pos.shape == neg.shape and np.array_equal(pos, neg):
            c = c.real.copy()
    return c


# --------------------------------------------------------------------------- calculus
def _differentiate(u: np.ndarray) -> np.ndarray:
    if u.size < 2:
        return np.zeros(1, dtype=u.dtype)
    return u[:-1] * np.arange(u.size - 1, 0, -1, dtype=np.finfo(u.dtype).dtype)


def _strip(a: np.ndarray, dtype) -> np.ndarray:
    nonzero = np.flatnonzero(a)
    if nonzero.size:
        return a[nonzero[0]:]
    return np.zeros(1, dtype=dtype)


def derivative(u: np.ndarray, v: np.ndarray, *, quotient: bool = False):
    """MATLAB's polyder on the 1-D ``u``, ``v`` of one class: the derivative of the
    product ``u*v`` (``v = [1]`` for ``u'`` alone), or with ``quotient`` the numerator
    and denominator ``(u'v - uv', v^2)`` of ``(u/v)'``; leading zeros stripped."""
    def conv(a, b):
        return convolve(a.reshape(-1, 1), b.reshape(-1, 1)).reshape(-1)

    work = u.dtype
    a1 = conv(_differentiate(u), v)
    a2 = conv(u, _differentiate(v))
    if a1.size > a2.size:
        a2 = np.concatenate([np.zeros(a1.size - a2.size, a2.dtype), a2])
    elif a2.size > a1.size:
        a1 = np.concatenate([np.zeros(a2.size - a1.size, a1.dtype), a1])
    a = _strip((a1 - a2 if quotient else a1 + a2).astype(work, copy=False), work)
    if not quotient:
        return a
    return a, _strip(conv(v, v).astype(work, copy=False), work)


def integral(p: np.ndarray, k: np.ndarray) -> np.ndarray:
    """MATLAB's polyint: the integral of the 1-D ``p`` with constant ``k`` (1 element),
    both of the result class."""
    divisors = np.arange(p.size, 0, -1, dtype=np.finfo(p.dtype).dtype)
    return np.concatenate([p / divisors, k])


def matrix_horner(p: np.ndarray, X: np.ndarray) -> np.ndarray:
    """MATLAB's polyvalm: ``p(1)*X^n + ... + p(n+1)*I`` for the square ``X`` (Horner,
    one matrix product per coefficient), both of the result class."""
    m = X.shape[0]
    Y = np.zeros((m, m), dtype=X.dtype)
    if p.size == 0:
        return Y
    diag = np.arange(m)
    Y[diag, diag] = p[0]
    for c in p[1:]:
        Y = X @ Y
        Y[diag, diag] += c
    return Y


# --------------------------------------------------------------------------- kernels
def vandermonde(x: np.ndarray, n: int, extra: np.ndarray | None = None) -> np.ndarray:
    """``V = [x.^n ... x.^2 x ones]`` built as MATLAB's polyfit builds it.

    Column ``n+1`` is ones and each column to its left is ``x .* (the next column)``:
    repeated multiplication, not ``x**k`` (whose rounding differs). Returns a
    Fortran-ordered ``(len(x), n+1)`` array ready for LAPACK; with ``extra`` (a vector
    of the same length) that vector is appended as column ``n+2`` (the augmented
    matrix ``[V y]`` whose QR factorisation also gives ``Q'*y``).
    """
    dtype = x.dtype if extra is None else np.result_type(x, extra)
    V = np.empty((x.shape[0], n + 1 + (extra is not None)), dtype=dtype, order="F")
    V[:, n] = 1
    for j in range(n - 1, -1, -1):  # n+1 columns: a loop over the degree, not the data
        np.multiply(x, V[:, j + 1], out=V[:, j])
    if extra is not None:
        V[:, n + 1] = extra
    return V


def horner(p: np.ndarray, x: np.ndarray, dtype) -> np.ndarray:
    """``y = p(1); y = x.*y + p(i)`` for i = 2..n+1 (MATLAB polyval's Horner scheme).

    The loop runs over the ``n+1`` coefficients; every step is vectorised over ``x``.
    """
    y = np.empty(x.shape, dtype=dtype)
    if p.size == 0:
        y[...] = 0
        return y
    y[...] = p[0]
    for c in p[1:]:
        np.multiply(x, y, out=y)
        np.add(y, c, out=y)
    return y


def back_substitution(R: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Solve the upper triangular ``R x = b`` like MATLAB's ``\\`` (no pivoting).

    Uses LAPACK's triangular solve; an exactly singular ``R`` (a zero on the diagonal)
    is solved by plain back substitution so that the divisions by zero give Inf/NaN,
    as MATLAB's triangular solver does (after its singular-matrix warning, which
    polyfit switches off).
    """
    try:
        return scipy.linalg.solve_triangular(R, b, lower=False, check_finite=False)
    except np.linalg.LinAlgError:
        pass
    n = R.shape[0]
    x = np.zeros(np.broadcast_shapes(b.shape), dtype=np.result_type(R, b))
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        for i in range(n - 1, -1, -1):  # only for exactly singular R (rare, small n)
            x[i] = (b[i] - R[i, i + 1:] @ x[i + 1:]) / R[i, i]
    return x


def solve_r(R: np.ndarray, b: np.ndarray) -> np.ndarray:
    """MATLAB's ``R \\ b`` for the ``R`` of an economy QR (``m x k``).

    Square: triangular back substitution. Wide (``m < k``, fewer equations than
    unknowns): MATLAB's documented rectangular ``\\`` -- a QR factorisation with column
    pivoting and the *basic* solution (at most ``rank`` nonzero entries, the others 0),
    rank decided with the tolerance ``max(size(R)) * eps(|R11|)`` of the pivoted factor.
    """
    m, k = R.shape
    if m >= k:
        return back_substitution(R[:k, :k], b[:k])
    if m == 0:
        return np.zeros(k, dtype=np.result_type(R, b))
    Q2, R2, perm = scipy.linalg.qr(R, mode="economic", pivoting=True, check_finite=False)
    diag = np.abs(np.diag(R2))
    eps = np.finfo(R2.real.dtype).eps
    tol = max(m, k) * eps * (diag[0] if diag.size else 0)
    rank = int(np.sum(diag > tol))
    x = np.zeros(k, dtype=np.result_type(R, b))
    if rank:
        z = back_substitution(R2[:rank, :rank], (Q2.conj().T @ b)[:rank])
        x[perm[:rank]] = z
    return x


def cond1_triangular(R: np.ndarray) -> float:
    """The 1-norm condition number ``norm(R,1) * norm(inv(R),1)`` of a square
    triangular ``R`` (Inf when singular, NaN when ``R`` holds NaN).

    MATLAB's polyfit tests ``condest(R)``, Higham's estimate, which is a lower bound of
    this exact value (usually equal for these small matrices); computing it exactly
    costs ``O(k^3)`` for ``k = n+1`` unknowns, nothing next to the fit itself.
    """
    k = R.shape[0]
    if k == 0:
        return 0.0
    if not np.all(np.isfinite(R)):
        return float("nan")
    if np.any(np.diag(R) == 0):
        return float("inf")
    with np.errstate(over="ignore", invalid="ignore"):
        inv = scipy.linalg.solve_triangular(R, np.eye(k, dtype=R.dtype), lower=False,
                                            check_finite=False)
        value = np.abs(R).sum(axis=0).max() * np.abs(inv).sum(axis=0).max()
    return float(value) if np.isfinite(value) else float("inf")
