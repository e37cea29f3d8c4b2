"""MATLAB's partial spectral functions of (sparse) matrices: ``eigs``, ``svds``,
``normest``, ``condest``, and ``spalloc``.

The legacy layer over :mod:`compat._core.sparse_eigen`: it reads MATLAB's argument
grammar (``eigs(A, k, sigma, opts)``, ``eigs(A, B, ...)``, ``eigs(Afun, n, ...)``,
name-value options and the legacy ``opts`` structure) and returns MATLAB's outputs by
``nargout``. A matrix is dense or ``scipy.sparse``; a function handle is a Python callable.
"""

from __future__ import annotations

import warnings

import numpy as np
import scipy.linalg as la
import scipy.sparse as sp
import scipy.sparse.linalg as spla

from compat._core.args import is_omitted
from compat._core.errors import CompatValueError, legacy_warn
from compat._core.legacy import matlab_function
from compat._core.matlab_classes import is_sparse
from compat._core.matlab_types import matlab_array
from compat._core.results import Result
from compat._core.sparse_eigen import (CRITERIA, norm_estimate, one_norm_inverse_estimate,
                                       partial_eigen, partial_svd)

__all__ = ["eigs", "svds", "normest", "condest", "spalloc"]


class EigsResult(Result):
    """``[V, D, flag] = eigs(...)``."""

    request_style = "nargout"
    V: np.ndarray
    D: np.ndarray
    flag: np.float64


class SvdsResult(Result):
    """``[U, S, V, flag] = svds(...)``."""

    request_style = "nargout"
    U: np.ndarray
    S: np.ndarray
    V: np.ndarray
    flag: np.float64


class NormestResult(Result):
    """``[nrm, cnt] = normest(S, tol)``."""

    request_style = "nargout"
    nrm: np.float64
    cnt: np.float64


class CondestResult(Result):
    """``[c, v] = condest(A, t)``."""

    request_style = "nargout"
    c: np.float64
    v: np.ndarray


def _is_handle(value) -> bool:
    return callable(value) and not is_sparse(value) and not isinstance(value, np.ndarray)


def _matrix(value, name):
    if is_sparse(value):
        m = sp.csc_matrix(value)
        if m.dtype.kind not in "fc":
            m = m.astype(np.float64)
        return m
    a = matlab_array(value, name, to_float=True)
    if a.ndim != 2:
        raise CompatValueError(f"{name} must be a 2-D matrix.")
    return a


def _scalar(value, what) -> float:
    a = np.asarray(value)
    if a.size != 1 or a.dtype.kind not in "biuf":
        raise CompatValueError(f"{what} must be a numeric scalar.")
    return float(a.reshape(-1)[0])


def _count(value, what, limit):
    k = _scalar(value, what)
    if not np.isfinite(k) or k < 0 or k != np.floor(k) or k > limit:
        raise CompatValueError(f"{what} must be a nonnegative integer <= {limit}.")
    return int(k)


_EIGS_OPTIONS = {
    "tolerance": "tol", "tol": "tol", "maxiterations": "maxit", "maxit": "maxit",
    "subspacedimension": "p", "p": "p", "startvector": "v0", "v0": "v0",
    "display": "disp", "disp": "disp", "isfunctionsymmetric": "issym", "issym": "issym",
    "issymmetricdefinite": "spd", "spdb": "spd", "choleskypermutation": "permb",
    "permb": "permb", "cholb": "cholb", "isreal": "isreal",
    "failuretreatment": "fail", "fail": "fail", "isfunctionreal": "isreal",
}


def _options(items, table, routine):
    found = {}
    for name, value in items:
        if not isinstance(name, str) or name.lower() not in table:
            raise CompatValueError(f"Invalid option name {name!r} for {routine}.")
        found[table[name.lower()]] = value
    return found


def _option_items(rest, kwargs):
    items = []
    if rest and isinstance(rest[0], dict):
        items.extend(rest[0].items())
        rest = rest[1:]
    if len(rest) % 2:
        raise CompatValueError("Name-value arguments must come in pairs.")
    items.extend(zip(rest[0::2], rest[1::2]))
    items.extend(kwargs.items())
    return items


def _sigma(value, names):
    if isinstance(value, str):
        key = value.lower()
        if key not in names:
            raise CompatValueError(f"Invalid value for sigma: {value!r}; expected one of "
                                   f"{', '.join(sorted(set(names.values())))} or a number.")
        return names[key], None
    number = np.asarray(value)
    if number.size != 1 or number.dtype.kind not in "biufc":
        raise CompatValueError("sigma must be a character vector or a numeric scalar.")
    s = complex(number.reshape(-1)[0])
    return "nearest", (s.real if s.imag == 0 else s)


@matlab_function("eigs", nargout=3)
def eigs(A, *args, nargout=1, **options):
    """A subset of eigenvalues (and eigenvectors), as MATLAB's ``eigs``.

    MATLAB call forms::

        d = eigs(A)                           ->  eigs(A)            (6 largest |lambda|)
        d = eigs(A, k)                        ->  eigs(A, 3)
        d = eigs(A, k, sigma)                 ->  eigs(A, 3, 'smallestabs'), eigs(A, 3, 4.2)
        d = eigs(A, k, sigma, Name, Value)    ->  eigs(A, 3, 'largestreal', 'Tolerance', 1e-10)
        d = eigs(A, k, sigma, opts)           ->  eigs(A, 3, 'sm', {'tol': 1e-10})
        d = eigs(A, B, k, ...)                ->  eigs(A, B, 3)     (A*V = B*V*D)
        d = eigs(Afun, n, k, sigma, ...)      ->  eigs(lambda x: A @ x, 100, 3)
        [V, D] = eigs(___)                    ->  eigs(A, 3, nargout=2)
        [V, D, flag] = eigs(___)              ->  eigs(A, 3, nargout=3)

    Parameters
    ----------
    A : array_like, scipy.sparse matrix or callable
        Square matrix, or a function: ``Afun(x)`` returns ``A*x`` for the 'largest*',
        'smallestreal' and 'bothends*' criteria, and ``A\\x`` ('smallestabs') or
        ``(A - sigma*I)\\x`` (numeric ``sigma``), MATLAB's contract; ``n`` follows it.
    k : int
        Number of eigenvalues, default ``min(n, 6)``.
    sigma : str or number
        'largestabs' (default), 'smallestabs', 'largestreal', 'smallestreal',
        'bothendsreal', 'largestimag', 'smallestimag', 'bothendsimag', the legacy
        'lm', 'sm', 'la'/'lr', 'sa'/'sr', 'be', 'li', 'si', or a number (the eigenvalues
        closest to it).
    Tolerance, MaxIterations, SubspaceDimension, StartVector, IsFunctionSymmetric, Display, FailureTreatment :
        Name-value options (or the legacy ``opts`` fields ``tol``, ``maxit``, ``p``,
        ``v0``, ``issym``, ``disp``, ``fail``), used by the Krylov iteration.

    Returns
    -------
    d : column of ``k`` eigenvalues, **sorted by the sigma criterion** (MATLAB since
    R2017b): largest first for 'largest*' (descending ``abs``, real or imaginary part),
    smallest first for 'smallest*', nearest first for a number, ascending for
    'bothends*'. ``[V, D]``: unit 2-norm eigenvectors and ``D = diag(d)`` in the same
    order; ``flag`` 0 when every eigenvalue converged (1: those that did not are NaN).

    Notes
    -----
    Problems with ``n <= 500`` (or ``k >= n - 1``) are solved completely by LAPACK and
    the ``k`` eigenvalues selected: that is the answer MATLAB's Krylov-Schur iteration
    converges to (to its tolerance, 1e-14 by default), and it never fails; larger ones
    go to ARPACK through ``scipy.sparse.linalg.eigsh``/``eigs`` (shift-invert for
    'smallestabs' and numeric sigma). Eigenvectors are determined up to sign (a complex
    phase), and for a repeated eigenvalue up to the span: compare them accordingly.
    ``scipy.sparse.linalg.eigsh(A, k)`` returns the eigenvalues in ascending order
    whatever ``which`` is, names the criteria 'LM'/'SM'/'LA'/'SA'/'BE', needs ``k < n``
    and finds 'SM' slowly without a shift; GNU Octave 7.3's ``eigs`` orders
    'smallestabs' and numeric-sigma results the other way round and returns ``D`` in
    reverse order of ``d`` for symmetric problems (recorded in the goldens).
    A symmetric (Hermitian) matrix is detected exactly, as MATLAB's ``ishermitian``.

    Sources: MATLAB documentation of ``eigs`` (call forms, sigma values, options, flag,
    ordering); GNU Octave 7.3 ``eigs`` (goldens); Lehoucq, Sorensen & Yang, *ARPACK
    Users' Guide* (SIAM 1998).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.diag([1.0, 2.0, 3.0, 4.0, 5.0, 6.0, 7.0])
    >>> matlab.eigs(A, 3).ravel()
    array([7., 6., 5.])
    >>> matlab.eigs(A, 2, 'smallestabs').ravel()
    array([1., 2.])
    >>> matlab.eigs(A, 2, 4.2).ravel()
    array([4., 5.])
    """
    rest = list(args)
    if _is_handle(A):
        if not rest:
            raise CompatValueError("eigs(Afun, n, ...) needs the size n after Afun.")
        n = _count(rest.pop(0), "n", np.iinfo(np.int64).max)
        matrix, function = None, A
    else:
        matrix, function = _matrix(A, "A"), None
        if matrix.shape[0] != matrix.shape[1]:
            raise CompatValueError("A must be a square matrix.")
        n = matrix.shape[0]
        if not is_sparse(matrix) and not np.all(np.isfinite(matrix)):
            raise CompatValueError("Input matrix A must not contain NaN or Inf.")
    b = None
    if rest and not isinstance(rest[0], (str, dict)) and not is_omitted(rest[0]) and \
            np.size(rest[0]) > 1:
        b = _matrix(rest.pop(0), "B")
        if b.shape != (n, n):
            raise CompatValueError(f"B must be a square matrix of the same size as A "
                                   f"({n}-by-{n}).")
    elif rest and is_omitted(rest[0]) and len(rest) > 1 and not isinstance(rest[1], str):
        rest.pop(0)  # eigs(A, [], k, ...)
    k = min(n, 6)
    if rest and not isinstance(rest[0], (str, dict)):
        value = rest.pop(0)
        if not is_omitted(value):
            k = _count(value, "Number of eigenvalues requested, k,", n)
    criterion, sigma = "largestabs", None
    if rest and not isinstance(rest[0], dict):
        value = rest.pop(0)
        if not is_omitted(value):
            if isinstance(value, str) and value.lower() in _EIGS_OPTIONS and \
                    value.lower() not in CRITERIA:
                rest.insert(0, value)
            else:
                criterion, sigma = _sigma(value, CRITERIA)
    opts = _options(_option_items(rest, options), _EIGS_OPTIONS, "eigs")
    tol = 1e-14 if is_omitted(opts.get("tol")) else _scalar(opts["tol"], "Tolerance")
    maxit = 300 if is_omitted(opts.get("maxit")) else int(_scalar(opts["maxit"],
                                                                  "MaxIterations"))
    subspace = None if is_omitted(opts.get("p")) else int(_scalar(opts["p"],
                                                                  "SubspaceDimension"))
    start = None if is_omitted(opts.get("v0")) else matlab_array(opts["v0"], "StartVector")
    symmetric = None
    if function is not None:
        symmetric = bool(np.asarray(opts.get("issym", False)).reshape(-1)[0]) \
            if not is_omitted(opts.get("issym", False)) else False
    fail = str(opts.get("fail", "replacenan")).lower()
    if fail not in ("replacenan", "keep", "drop"):
        raise CompatValueError("FailureTreatment must be 'replacenan', 'keep' or 'drop'.")
    inverse = function is not None and criterion in ("smallestabs", "nearest")
    if k == 0:
        empty = np.zeros((0, 1))
        return empty if nargout <= 1 else EigsResult.first(
            nargout, np.zeros((n, 0)), np.zeros((0, 0)), np.float64(0))
    found = partial_eigen(matrix, n, k, criterion, sigma=sigma, b=b, symmetric=symmetric,
                          function=function, inverse_function=inverse, tol=tol,
                          maxit=maxit, subspace=subspace, start=start,
                          want_vectors=nargout >= 2)
    values, vectors = found.values, found.vectors
    if found.flag:
        legacy_warn(f"Only {found.converged} of the {k} requested eigenvalues converged. "
                    "Eigenvalues that did not converge are NaN.")
        if fail == "drop":
            keep = ~np.isnan(values)
            values = values[keep]
            vectors = None if vectors is None else vectors[:, keep]
    if nargout <= 1:
        return values.reshape(-1, 1)
    return EigsResult.first(nargout, vectors, np.diag(values), np.float64(found.flag))


_SVDS_SIGMA = {"largest": "largest", "l": "largest", "smallest": "smallest",
               "smallestnz": "smallestnz"}
_SVDS_OPTIONS = {"tolerance": "tol", "tol": "tol", "maxiterations": "maxit",
                 "maxit": "maxit", "subspacedimension": "p", "p": "p",
                 "startvector": "u0", "leftstartvector": "u0", "u0": "u0",
                 "rightstartvector": "v0", "v0": "v0", "display": "disp", "disp": "disp",
                 "failuretreatment": "fail", "fail": "fail"}


@matlab_function("svds", nargout=4)
def svds(A, k=None, sigma=None, *args, nargout=1, **options):
    """A subset of singular values (and vectors), as MATLAB's ``svds``.

    MATLAB call forms::

        s = svds(A)                        ->  svds(A)               (6 largest)
        s = svds(A, k)                     ->  svds(A, 3)
        s = svds(A, k, sigma)              ->  svds(A, 3, 'smallest'), svds(A, 3, 2.5)
        s = svds(A, k, sigma, Name, Value) ->  svds(A, 3, 'largest', 'Tolerance', 1e-12)
        [U, S, V] = svds(___)              ->  svds(A, 3, nargout=3)
        [U, S, V, flag] = svds(___)        ->  svds(A, 3, nargout=4)

    ``sigma`` is 'largest' (default), 'smallest', 'smallestnz' (the smallest nonzero
    ones) or a number (the singular values closest to it). ``s`` is a column of the
    ``k`` singular values in **descending order**; ``U`` (m-by-k) and ``V`` (n-by-k)
    have orthonormal columns with ``A*V = U*S``; ``flag`` 0 when all converged. ``k``
    larger than ``min(m, n)`` gives ``min(m, n)`` values.

    Notes
    -----
    ``scipy.sparse.linalg.svds`` returns the singular values in ascending order and
    needs ``k < min(m, n)``; compat solves problems with ``min(m, n) <= 500`` by a full
    LAPACK SVD (the values MATLAB's iteration converges to) and larger ones with
    ``scipy.sparse.linalg.svds``. Singular vectors are determined up to a common sign
    of each ``u``/``v`` pair (span for repeated singular values).

    Sources: MATLAB documentation of ``svds``; GNU Octave 7.3 ``svds`` (goldens).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.diag([1.0, 5.0, 2.0, 4.0, 3.0])
    >>> matlab.svds(A, 2).ravel()
    array([5., 4.])
    >>> matlab.svds(A, 2, 'smallest').ravel()
    array([2., 1.])
    """
    if _is_handle(A):
        raise CompatValueError("svds(Afun, [m n], ...) with a function handle is not "
                               "supported by compat; pass the matrix.")
    matrix = _matrix(A, "A")
    m, n = matrix.shape
    if not is_sparse(matrix) and not np.all(np.isfinite(matrix)):
        raise CompatValueError("Input matrix A must not contain NaN or Inf.")
    size = min(m, n)
    count = min(size, 6) if is_omitted(k) else _count(k, "Number of singular values "
                                                     "requested, k,", np.iinfo(int).max)
    count = min(count, size)
    criterion, number = "largest", None
    if not is_omitted(sigma):
        if isinstance(sigma, str) and sigma.lower() in _SVDS_OPTIONS:
            args = (sigma,) + args
        else:
            criterion, number = _sigma(sigma, _SVDS_SIGMA)
    opts = _options(_option_items(list(args), options), _SVDS_OPTIONS, "svds")
    tol = 1e-10 if is_omitted(opts.get("tol")) else _scalar(opts["tol"], "Tolerance")
    maxit = 100 if is_omitted(opts.get("maxit")) else int(_scalar(opts["maxit"],
                                                                  "MaxIterations"))
    u, s, v, flag = partial_svd(matrix, count, criterion, number, tol=tol, maxit=maxit)
    if nargout <= 1:
        return s.reshape(-1, 1)
    return SvdsResult.first(nargout, u, np.diag(s), v, np.float64(flag))


@matlab_function("normest", nargout=2)
def normest(S, tol=None, *, nargout=1):
    """Estimate of the matrix 2-norm, as MATLAB's ``normest``.

    MATLAB call forms::

        nrm = normest(S)              ->  normest(S)
        nrm = normest(S, tol)         ->  normest(S, 1e-10)
        [nrm, cnt] = normest(___)     ->  normest(S, nargout=2)

    The power iteration MATLAB documents: start from ``x = sum(abs(S))'``, repeat
    ``x = S'*(S*x)`` normalised, the estimate ``norm(S'*S*x)/norm(S*x)``, until two
    successive estimates differ by at most ``tol*nrm`` (default ``tol = 1e-6``); ``cnt``
    is the number of iterations. After 100 iterations it stops with a warning. An
    all-zero ``S`` gives 0 with ``cnt = 0``.

    Notes
    -----
    ``numpy.linalg.norm(S, 2)`` computes the exact 2-norm by a full SVD (dense only);
    ``normest`` is an estimate from below, deterministic, within ``tol`` relative of the
    2-norm when the largest singular value is well separated.

    Sources: MATLAB documentation of ``normest`` (algorithm, tolerance, ``cnt``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> nrm, cnt = matlab.normest(np.array([[1.0, 2.0], [3.0, 4.0]]), nargout=2)
    >>> round(float(nrm), 6), int(cnt)
    (5.464986, 3)
    """
    matrix = _matrix(S, "S")
    if not is_sparse(matrix) and not np.all(np.isfinite(matrix)):
        raise CompatValueError("S must not contain NaN or Inf.")
    tolerance = 1e-6 if is_omitted(tol) else _scalar(tol, "tol")
    e, count, converged = norm_estimate(matrix, tolerance)
    if not converged:
        legacy_warn(f"Did not converge after 100 iterations; the estimate changed by "
                    f"more than the tolerance {tolerance:g} in the last one.")
    if nargout <= 1:
        return np.float64(e)
    return NormestResult.first(nargout, np.float64(e), np.float64(count))


@matlab_function("condest", nargout=2)
def condest(A, t=None, *, nargout=1):
    """1-norm condition number estimate, as MATLAB's ``condest``.

    MATLAB call forms::

        c = condest(A)            ->  condest(A)
        c = condest(A, t)         ->  condest(A, 3)
        [c, v] = condest(___)     ->  condest(A, nargout=2)

    ``c = norm(A, 1) * est`` where ``est`` is Higham and Tisseur's block estimate of
    ``norm(inv(A), 1)`` (``t`` columns, default 2) computed with an LU factorization of
    ``A`` (dense or sparse); ``c`` is a lower bound of ``cond(A, 1)``, and equal to it in
    most cases. ``v`` satisfies ``norm(A*v, 1) == norm(A, 1)*norm(v, 1)/c`` (an
    approximate null vector when ``c`` is large), scaled to ``norm(v, inf) == 1``. A
    singular ``A`` (an exactly zero pivot) gives ``Inf``.

    Notes
    -----
    MATLAB's ``normest1`` starts its second and later columns from random +-1 vectors,
    so MATLAB's own estimate can vary from run to run when it is not exact; compat
    starts them from a fixed seed (reproducible). For ``n <= 4`` the 1-norm of the
    inverse is computed exactly. ``numpy.linalg.cond(A, 1)`` forms the inverse (dense,
    O(n^3)).

    Sources: MATLAB documentation of ``condest`` and ``normest1``; N. J. Higham and F.
    Tisseur, "A block algorithm for matrix 1-norm estimation", SIAM J. Matrix Anal.
    Appl. 21 (2000), Algorithm 2.4.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[4.0, 1.0], [2.0, 3.0]])
    >>> float(matlab.condest(A))
    3.0
    """
    matrix = _matrix(A, "A")
    n = matrix.shape[0]
    if matrix.shape[1] != n:
        raise CompatValueError("Matrix must be square.")
    blocks = 2 if is_omitted(t) else _count(t, "t", np.iinfo(int).max)
    if blocks < 1:
        raise CompatValueError("t must be a positive integer.")
    if n == 0:
        return np.float64(0) if nargout <= 1 else CondestResult.first(
            nargout, np.float64(0), np.zeros((0, 1)))
    if is_sparse(matrix):
        a_norm = float(abs(matrix).sum(axis=0).max())
        try:
            factor = spla.splu(sp.csc_matrix(matrix))
        except RuntimeError:
            factor = None
        if factor is not None:
            def solve(x):
                return factor.solve(np.asarray(x, dtype=float))

            def solve_t(x):
                return factor.solve(np.asarray(x, dtype=float), trans="T")
    else:
        a_norm = float(np.abs(matrix).sum(axis=0).max())
        if not np.all(np.isfinite(matrix)):
            raise CompatValueError("A must not contain NaN or Inf.")
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", la.LinAlgWarning)  # a zero pivot: Inf below
            lu = la.lu_factor(matrix, check_finite=False)
        factor = lu if np.all(np.diag(lu[0]) != 0) else None
        if factor is not None:
            def solve(x):
                return la.lu_solve(lu, x, check_finite=False)

            def solve_t(x):
                return la.lu_solve(lu, x, trans=1, check_finite=False)
    if factor is None:
        c, v = np.inf, np.zeros(n)
    else:
        est, y = one_norm_inverse_estimate(solve, solve_t, n, min(blocks, n))
        c = a_norm * est
        v = y / np.abs(y).max()
    if nargout <= 1:
        return np.float64(c)
    return CondestResult.first(nargout, np.float64(c), v.reshape(-1, 1))


@matlab_function("spalloc")
def spalloc(m, n, nz=0):
    """An all-zero sparse matrix with room for ``nz`` nonzeros, as MATLAB's ``spalloc``.

    MATLAB call form::

        S = spalloc(m, n, nz)     ->  spalloc(100, 100, 500)

    Returns an ``m``-by-``n`` ``scipy.sparse.csc_matrix`` of zeros (double). ``nz``, the
    storage MATLAB preallocates, is checked and otherwise ignored: ``scipy.sparse`` grows
    its storage as entries are assigned (assigning into a CSC matrix is slow; build
    triplets and call :func:`compat.matlab.sparse` for many entries).

    Examples
    --------
    >>> from compat import matlab
    >>> S = matlab.spalloc(3, 4, 5)
    >>> S.shape, S.nnz
    ((3, 4), 0)
    """
    rows = _count(m, "m", np.iinfo(np.int64).max)
    cols = _count(n, "n", np.iinfo(np.int64).max)
    _count(nz, "nz", np.iinfo(np.int64).max)
    return sp.csc_matrix((rows, cols), dtype=np.float64)
