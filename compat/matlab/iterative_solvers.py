"""MATLAB's iterative solvers of sparse linear systems: ``pcg``, ``bicgstab``, ``gmres``.

The legacy layer over :mod:`compat._core.krylov`, which runs MATLAB's documented
recurrences with MATLAB's bookkeeping (the true residual confirming convergence, the
stagnation test, the returned iterate of minimal residual). This module reads MATLAB's
argument grammar: ``A`` and the preconditioners as matrices (dense or ``scipy.sparse``)
or function handles (Python callables), ``[]`` for an omitted argument, MATLAB's
defaults (``tol = 1e-6``, ``maxit = min(n, 20)``), the outputs ``[x, flag, relres,
iter, resvec]`` by ``nargout`` and the message MATLAB prints when ``flag`` is not
requested.
"""

from __future__ import annotations

import warnings

import numpy as np
import scipy.linalg as la
import scipy.sparse as sp
import scipy.sparse.linalg as spla

from compat._core.args import by_value, is_omitted
from compat._core.errors import CompatValueError, legacy_warn
from compat._core.krylov import (biconjugate_gradients_stabilized,
                                 conjugate_gradients, restarted_gmres)
from compat._core.legacy import matlab_function
from compat._core.matlab_classes import is_sparse
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["pcg", "bicgstab", "gmres"]

_EPS = np.finfo(np.float64).eps

_REASONS = {
    1: "because the maximum number of iterations was reached.",
    2: "because the system involving the preconditioner was ill conditioned.",
    3: "because the method stagnated.",
    4: "because a scalar quantity became too small or too large to continue computing.",
}


class IterativeSolveResult(Result):
    """``[x, flag, relres, iter, resvec] = pcg(...)`` (and ``bicgstab``)."""

    request_style = "nargout"
    x: np.ndarray
    flag: np.float64
    relres: np.float64
    iter: np.float64
    resvec: np.ndarray


def _iteration_text(value) -> str:
    if isinstance(value, tuple):
        return f"{value[0]}({value[1]})"
    return f"{value:g}"


def message(name: str, outcome, tol: float) -> str:
    """The text MATLAB prints when ``flag`` is not requested (its ``itermsg``)."""
    relres = outcome.relres
    if outcome.flag == 0:
        if outcome.iter == 0:
            if relres == 0:
                return (f"The right hand side vector is all zero so {name}\n"
                        "returned an all zero solution without iterating.")
            return (f"The initial guess has relative residual {relres:.2g} which is "
                    f"within\nthe desired tolerance {tol:g} so {name} returned it without "
                    "iterating.")
        if isinstance(outcome.iter, tuple):
            return (f"{name} converged at outer iteration {outcome.iter[0]} (inner "
                    f"iteration {outcome.iter[1]}) to a solution with relative residual "
                    f"{relres:.2g}.")
        return (f"{name} converged at iteration {_iteration_text(outcome.iter)} to a "
                f"solution with relative residual {relres:.2g}.")
    stop = outcome.stopped_at
    where = (f"outer iteration {stop[0]} (inner iteration {stop[1]})"
             if isinstance(stop, tuple) else f"iteration {_iteration_text(stop)}")
    return (f"{name} stopped at {where} without "
            f"converging to the desired tolerance {tol:g}\n{_REASONS[outcome.flag]}\n"
            f"The iterate returned (number {_iteration_text(outcome.iter)}) has relative "
            f"residual {relres:.2g}.")


def _vector_caller(function, shape):
    """A MATLAB function handle as an operator on 1-D vectors: it receives the vector in
    the caller's layout (a column when ``b`` is a column) and its result is flattened.
    The vector is passed by value (a copy), as MATLAB passes it: the solvers reuse theirs."""
    function = by_value(function)

    def apply(v):
        out = np.asarray(function(v.reshape(shape)))
        if out.size != v.size:
            raise CompatValueError(f"The function handle must return a vector of length "
                                   f"{v.size}, got {out.size} values.")
        return out.reshape(-1)
    return apply


def _operator(A, n_hint, shape, name):
    if callable(A) and not is_sparse(A) and not isinstance(A, np.ndarray):
        return _vector_caller(A, shape), None
    if is_sparse(A):
        matrix = sp.csr_matrix(A)
        if matrix.dtype.kind not in "fc":
            matrix = matrix.astype(np.float64)
    else:
        matrix = matlab_array(A, name, to_float=True)
        if matrix.ndim != 2:
            raise CompatValueError(f"{name} must be a 2-D matrix or a function handle.")
    if matrix.shape[0] != matrix.shape[1]:
        raise CompatValueError("Matrix must be square.")
    return (lambda v: matrix @ v), matrix.shape[0]


def _triangular_kind(m: np.ndarray) -> str | None:
    if not np.any(np.tril(m, -1)):
        return "upper"
    if not np.any(np.triu(m, 1)):
        return "lower"
    return None


def _solver(M, n, shape, name):
    """``M \\ v`` as an operator: MATLAB's backslash on a matrix (a triangular one is
    solved by substitution, others through one LU factorization), or the function
    handle ``M(v)`` that returns ``M \\ v``. A singular ``M`` gives non-finite values,
    as MATLAB's backslash does (and so flag 2)."""
    if is_omitted(M):
        return None
    if callable(M) and not is_sparse(M) and not isinstance(M, np.ndarray):
        return _vector_caller(M, shape)
    if is_sparse(M):
        matrix = sp.csc_matrix(M, dtype=np.result_type(M.dtype, np.float64))
    else:
        matrix = matlab_array(M, name, to_float=True)
    if matrix.ndim != 2 or matrix.shape != (n, n):
        raise CompatValueError(f"Preconditioner must be a square matrix of size {n} to "
                               "match the problem size.")
    if is_sparse(matrix):
        lower = sp.tril(matrix, -1).nnz == 0
        upper = sp.triu(matrix, 1).nnz == 0
        if lower or upper:
            diagonal = matrix.diagonal()
            if lower and upper:
                return lambda v: _divide(v, diagonal)
            tri = sp.csr_matrix(matrix)

            def substitute(v, _tri=tri, _lower=not lower):
                if np.any(diagonal == 0):
                    return np.full(v.shape, np.inf)
                return spla.spsolve_triangular(_tri, v, lower=_lower)
            return substitute
        try:
            factor = spla.splu(matrix)
        except RuntimeError:  # exactly singular
            return lambda v: np.full(v.shape, np.inf)
        return factor.solve
    kind = _triangular_kind(matrix)
    if kind is not None:
        if np.any(np.diag(matrix) == 0):
            return lambda v: np.full(v.shape, np.inf)
        return lambda v: la.solve_triangular(matrix, v, lower=kind == "lower")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        lu = la.lu_factor(matrix, check_finite=False)
    if np.any(np.diag(lu[0]) == 0):
        return lambda v: np.full(v.shape, np.inf)
    return lambda v: la.lu_solve(lu, v, check_finite=False)


def _divide(v, diagonal):
    with np.errstate(divide="ignore", invalid="ignore"):
        return v / diagonal


def _rhs_column(b):
    """``(rhs, shape, column)``: the right-hand side as MATLAB's iterative solvers take
    it (a column vector, dense or sparse), its shape, and its values as a float vector."""
    rhs = b if not is_sparse(b) else b.toarray()
    rhs = matlab_array(rhs, "b", to_float=True)
    if rhs.ndim > 2 or (rhs.ndim == 2 and rhs.shape[1] != 1):
        raise CompatValueError("Right hand side must be a column vector.")
    shape = rhs.shape if rhs.ndim else (1,)
    return rhs, shape, rhs.reshape(-1).astype(np.result_type(rhs, np.float64))


def _check_rhs_length(column, n) -> None:
    if column.size != n:
        raise CompatValueError(f"Right hand side must be a column vector of length {n} "
                               "to match the coefficient matrix.")


def _tolerance(tol) -> float:
    """tol as the iterative solvers use it: 1e-6 by default, clamped to [eps, 1-eps]
    with MATLAB's warnings."""
    if is_omitted(tol):
        return 1e-6
    tol = float(np.asarray(tol, dtype=np.float64).reshape(-1)[0])
    if tol <= _EPS:
        legacy_warn("Input tol is smaller than eps and may prevent convergence.")
        return _EPS
    if tol >= 1:
        legacy_warn("Input tol is bigger than 1 and may prevent convergence.")
        return 1 - _EPS
    return tol


def _max_iterations(maxit, default: int) -> int:
    """maxit as the iterative solvers use it: ``default`` when omitted, else the floor
    of a finite nonnegative number."""
    if is_omitted(maxit):
        return default
    value = float(np.asarray(maxit, dtype=np.float64).reshape(-1)[0])
    if not np.isfinite(value):
        raise CompatValueError("maxit must be a finite nonnegative integer.")
    return max(int(np.floor(value)), 0)


def _start_vector(x0, n):
    """The initial guess as a float vector of length ``n`` (None when omitted)."""
    if is_omitted(x0):
        return None
    start = matlab_array(x0, "x0", to_float=True).reshape(-1)
    if start.size != n:
        raise CompatValueError(f"Initial guess must be a column vector of length {n} "
                               "to match the problem size.")
    return start


def _solve(name, solver, A, b, tol, maxit, M1, M2, x0, nargout):
    rhs, shape, column = _rhs_column(b)
    apply_a, n = _operator(A, column.size, shape, "A")
    if n is None:
        n = column.size
    _check_rhs_length(column, n)
    tol = _tolerance(tol)
    maxit = _max_iterations(maxit, min(n, 20))
    solve_m1 = _solver(M1, n, shape, "M1")
    solve_m2 = _solver(M2, n, shape, "M2")
    start = _start_vector(x0, n)
    if not np.all(np.isfinite(column)):
        raise CompatValueError("Right hand side must not contain NaN or Inf.")
    outcome = solver(apply_a, column, tol=tol, maxit=maxit, solve_m1=solve_m1,
                     solve_m2=solve_m2, x0=start)
    if nargout < 2:
        print(message(name, outcome, tol))
    x = outcome.x.reshape(shape) if rhs.ndim == 2 else outcome.x
    if nargout <= 1:
        return x
    return IterativeSolveResult.first(
        nargout, x, np.float64(outcome.flag), np.float64(outcome.relres),
        np.float64(outcome.iter), outcome.resvec.reshape(-1, 1))


@matlab_function("pcg", nargout=5)
def pcg(A, b, tol=None, maxit=None, M1=None, M2=None, x0=None, *, nargout=1):
    """Solve ``A*x = b`` by preconditioned conjugate gradients, as MATLAB's ``pcg``.

    MATLAB call forms::

        x = pcg(A, b)                               ->  pcg(A, b)
        x = pcg(A, b, tol, maxit)                   ->  pcg(A, b, 1e-8, 100)
        x = pcg(A, b, tol, maxit, M)                ->  pcg(A, b, 1e-8, 100, M)
        x = pcg(A, b, tol, maxit, M1, M2, x0)       ->  pcg(A, b, [], [], L, L.T, x0)
        x = pcg(afun, b, ...)                       ->  pcg(lambda x: A @ x, b)
        [x, flag, relres, iter, resvec] = pcg(___)  ->  pcg(A, b, nargout=5)

    ``A`` is a symmetric positive definite matrix (dense or ``scipy.sparse``) or a
    function returning ``A*x``; ``M1``/``M2`` are the preconditioner ``M = M1*M2`` as
    matrices (applied as ``M1 \\ r`` then ``M2 \\ y``: an ``ichol`` factor ``L`` is
    passed as ``L, L.T``) or functions returning ``M \\ x``. Defaults as MATLAB's:
    ``tol = 1e-6``, ``maxit = min(n, 20)``, ``x0`` zeros; ``[]``/None for any of them.

    Outputs: ``flag`` 0 converged (``norm(b - A*x) <= tol*norm(b)``, checked on the
    true residual), 1 ``maxit`` iterations without converging, 2 a preconditioner solve
    gave Inf/NaN, 3 stagnation, 4 breakdown (``r'*z`` zero or infinite, ``p'*A*p <= 0``);
    ``relres = norm(b - A*x)/norm(b)``; ``iter`` the iteration at which ``x`` was
    computed; ``resvec`` the residual norms from ``norm(b - A*x0)`` on (a column of
    ``iter + 1`` values when ``flag`` is 0 or 1). When ``flag`` is not 0, ``x`` is the
    iterate of minimal residual over all iterations (MATLAB's documented rule). With
    ``nargout < 2`` MATLAB's message is printed ("pcg converged at iteration 12 to a
    solution with relative residual 6.3e-07.", or why it stopped). A 1-D ``b`` gives a
    1-D ``x``; ``resvec`` is a column.

    Notes
    -----
    ``scipy.sparse.linalg.cg`` runs the same recurrence but stops on
    ``norm(r) <= max(rtol*norm(b), atol)`` of the recursive residual without confirming
    it on the true residual, always returns the last iterate (MATLAB returns the
    minimal-residual one when it fails), counts no iterations, and applies ``M`` as a
    multiplication (MATLAB's ``M`` is solved with). GNU Octave 7.3's ``pcg`` runs the
    same iterates as MATLAB (the same iteration counts and ``resvec``) but stops on the
    recursive residual alone and reports it (``resvec``'s last entry and ``relres``
    differ from MATLAB's by the residual gap), and flags stagnation after a single
    stalled step (MATLAB after three).

    Sources: MATLAB documentation of ``pcg`` (arguments, defaults, flags, the
    minimal-residual rule, the messages); Barrett et al., *Templates for the Solution
    of Linear Systems* (SIAM 1994), section 2.3.1, the recurrence MATLAB cites; GNU
    Octave 7.3's ``pcg`` (iteration counts and resvec compared in the goldens).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.diag([2.0, 3.0, 4.0]) + 0.5
    >>> b = A.sum(axis=1)
    >>> x, flag, relres, it = matlab.pcg(A, b, 1e-10, 10, nargout=4)
    >>> x.round(6), int(flag), int(it)
    (array([1., 1., 1.]), 0, 3)
    >>> x = matlab.pcg(A, b, 1e-10, 2)
    pcg stopped at iteration 2 without converging to the desired tolerance 1e-10
    because the maximum number of iterations was reached.
    The iterate returned (number 2) has relative residual 0.021.
    """
    return _solve("pcg", conjugate_gradients, A, b, tol, maxit, M1, M2, x0, nargout)


@matlab_function("bicgstab", nargout=5)
def bicgstab(A, b, tol=None, maxit=None, M1=None, M2=None, x0=None, *, nargout=1):
    """Solve ``A*x = b`` by BiCGSTAB, as MATLAB's ``bicgstab``.

    MATLAB call forms::

        x = bicgstab(A, b)                               ->  bicgstab(A, b)
        x = bicgstab(A, b, tol, maxit, M1, M2, x0)       ->  bicgstab(A, b, 1e-8, 50, M)
        x = bicgstab(afun, b, ...)                       ->  bicgstab(lambda x: A @ x, b)
        [x, flag, relres, iter, resvec] = bicgstab(___)  ->  bicgstab(A, b, nargout=5)

    ``A`` is a square (not necessarily symmetric) matrix, dense or ``scipy.sparse``, or a
    function returning ``A*x``; preconditioners and defaults as :func:`pcg` (``tol =
    1e-6``, ``maxit = min(n, 20)``). Each iteration has two half steps, and MATLAB
    counts both: ``iter`` may be a half integer (2.5: converged after the BiCG half of
    the third iteration) and ``resvec`` holds the residual norm after every half step
    (``2*iter + 1`` values). Flags and the returned minimal-residual iterate as
    :func:`pcg` (flag 4 when ``rho``, ``rt'*v``, ``t'*t`` or ``omega`` breaks down).

    Notes
    -----
    ``scipy.sparse.linalg.bicgstab`` runs the same recurrence but checks only full
    iterations, returns the last iterate and applies ``M`` as a multiplication.

    Sources: MATLAB documentation of ``bicgstab`` (half iterations, flags, outputs);
    Barrett et al., *Templates* (1994), section 2.3.8.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[4.0, 1.0, 0.0], [2.0, 5.0, 1.0], [0.0, 1.0, 3.0]])
    >>> x, flag, relres, it = matlab.bicgstab(A, A.sum(axis=1), 1e-12, 10, nargout=4)
    >>> x.round(8), int(flag), float(it)
    (array([1., 1., 1.]), 0, 2.5)
    """
    return _solve("bicgstab", biconjugate_gradients_stabilized, A, b, tol, maxit, M1, M2,
                  x0, nargout)


@matlab_function("gmres", nargout=5)
def gmres(A, b, restart=None, tol=None, maxit=None, M1=None, M2=None, x0=None, *,
          nargout=1):
    """Solve ``A*x = b`` by restarted GMRES, as MATLAB's ``gmres``.

    MATLAB call forms::

        x = gmres(A, b)                                  ->  gmres(A, b)
        x = gmres(A, b, restart, tol, maxit)             ->  gmres(A, b, 10, 1e-8, 5)
        x = gmres(A, b, restart, tol, maxit, M1, M2, x0) ->  gmres(A, b, [], 1e-8, [], M)
        x = gmres(afun, b, ...)                          ->  gmres(lambda x: A @ x, b)
        [x, flag, relres, iter, resvec] = gmres(___)     ->  gmres(A, b, nargout=5)

    ``restart`` is the number of inner iterations per cycle; ``[]`` (or ``n``) means
    no restarts, and then ``maxit`` (default ``min(n, 10)``) counts the inner
    iterations of the single cycle; with restarts ``maxit`` counts the cycles (default
    ``min(ceil(n/restart), 10)``). ``tol`` defaults to 1e-6. The preconditioner
    ``M = M1*M2`` is applied on the left: ``relres = norm(M\\(b - A*x))/norm(M\\b)``
    and ``resvec`` (a column) holds the preconditioned residual norm after every inner
    iteration, from ``norm(M\\(b - A*x0))`` on. ``iter`` is ``[outer, inner]`` (a
    1-by-2 row), the cycle and the inner iteration at which ``x`` was computed. Flags:
    0 converged, 1 ``maxit`` reached (the iterate of smallest residual returned), 2 a
    preconditioner solve gave Inf/NaN. Real systems only.

    Notes
    -----
    ``scipy.sparse.linalg.gmres`` counts ``maxiter`` as restart cycles always, applies
    ``M`` as a multiplication (an approximate inverse), tests ``norm(b - A*x)`` against
    ``max(rtol*norm(b), atol)`` and returns neither the iteration pair nor the residual
    history. GMRES minimises the residual over the Krylov space, so the residual norms
    per inner iteration are determined by the mathematics: compat's modified
    Gram-Schmidt Arnoldi and MATLAB's Householder one agree to rounding (GNU Octave
    7.3's gmres: resvec, iter and flag match in the goldens).

    Sources: MATLAB documentation of ``gmres`` (arguments, defaults, ``iter`` as
    ``[outer inner]``, flags); Saad & Schultz, SIAM J. Sci. Stat. Comput. 7 (1986);
    Barrett et al., *Templates* (1994), section 2.3.4.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.diag([4.0, 5.0, 6.0, 7.0]) + np.diag([1.0, 1.0, 1.0], 1)
    >>> x, flag, relres, it = matlab.gmres(A, A.sum(axis=1), [], 1e-12, nargout=4)
    >>> x.round(8), int(flag), it
    (array([1., 1., 1., 1.]), 0, array([[1., 3.]]))
    """
    rhs = matlab_array(b.toarray() if is_sparse(b) else b, "b", to_float=True)
    if rhs.dtype.kind == "c" or (not callable(A) and np.iscomplexobj(
            A.toarray() if is_sparse(A) else np.asarray(A))):
        raise CompatValueError("compat's gmres solves real systems only.")
    if rhs.ndim > 2 or (rhs.ndim == 2 and rhs.shape[1] != 1):
        raise CompatValueError("Right hand side must be a column vector.")
    shape = rhs.shape if rhs.ndim else (1,)
    column = rhs.reshape(-1).astype(np.float64)
    apply_a, n = _operator(A, column.size, shape, "A")
    n = column.size if n is None else n
    if column.size != n:
        raise CompatValueError(f"Right hand side must be a column vector of length {n} "
                               "to match the coefficient matrix.")
    if not np.all(np.isfinite(column)):
        raise CompatValueError("Right hand side must not contain NaN or Inf.")
    tol = 1e-6 if is_omitted(tol) else float(np.asarray(tol, dtype=float).reshape(-1)[0])
    if tol <= _EPS:
        legacy_warn("Input tol is smaller than eps and may prevent convergence.")
        tol = _EPS
    elif tol >= 1:
        legacy_warn("Input tol is bigger than 1 and may prevent convergence.")
        tol = 1 - _EPS
    restarted = not is_omitted(restart) and int(np.asarray(restart).reshape(-1)[0]) != n
    if restarted:
        inner = int(np.asarray(restart).reshape(-1)[0])
        if inner <= 0:
            raise CompatValueError("restart must be a positive integer.")
        if inner > n:
            legacy_warn(f"restart is larger than the size of the matrix ({n}): using "
                        f"restart = {n}.")
            inner = n
        outer = (min(int(np.ceil(n / inner)), 10) if is_omitted(maxit)
                 else int(np.asarray(maxit).reshape(-1)[0]))
    else:
        inner = min(n, 10) if is_omitted(maxit) else int(np.asarray(maxit).reshape(-1)[0])
        if inner > n:
            legacy_warn(f"maxit is larger than the size of the matrix ({n}): using "
                        f"maxit = {n}.")
            inner = n
        outer = 1
    if inner < 1 or outer < 1:
        raise CompatValueError("maxit must be a positive integer.")
    solve_m1 = _solver(M1, n, shape, "M1")
    solve_m2 = _solver(M2, n, shape, "M2")
    if solve_m1 is None and solve_m2 is None:
        solve_m = None
    else:
        def solve_m(v):
            if solve_m1 is not None:
                v = solve_m1(v)
            return v if solve_m2 is None else solve_m2(v)
    start = None
    if not is_omitted(x0):
        start = matlab_array(x0, "x0", to_float=True).reshape(-1)
        if start.size != n:
            raise CompatValueError(f"Initial guess must be a column vector of length {n} "
                                   "to match the problem size.")
    outcome = restarted_gmres(apply_a, column, restart=inner, tol=tol, maxit=outer,
                              solve_m=solve_m, x0=start)
    if nargout < 2:
        print(message("gmres", outcome, tol))
    x = outcome.x.reshape(shape) if rhs.ndim == 2 else outcome.x
    if nargout <= 1:
        return x
    return IterativeSolveResult.first(
        nargout, x, np.float64(outcome.flag), np.float64(outcome.relres),
        np.array([outcome.iter], dtype=np.float64), outcome.resvec.reshape(-1, 1))
