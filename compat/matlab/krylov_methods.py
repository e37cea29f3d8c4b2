"""MATLAB's Krylov solvers beyond pcg/bicgstab/gmres: ``bicg``, ``cgs``.

The legacy layer over :mod:`compat._core.krylov_nonsymmetric`, reading MATLAB's
argument grammar as :mod:`compat.matlab.iterative_solvers` does (``A`` and the
preconditioners as matrices, ``scipy.sparse`` matrices or function handles, ``[]`` for
an omitted argument, ``tol = 1e-6``, ``maxit = min(n, 20)``), with the outputs
``[x, flag, relres, iter, resvec]`` by ``nargout`` and MATLAB's message when ``flag``
is not requested. ``bicg`` (and ``qmr``, ``lsqr``) also need ``A'*x``: a matrix is
transposed (conjugate transpose), a function handle is called as MATLAB calls it,
``afun(x, 'notransp')`` for ``A*x`` and ``afun(x, 'transp')`` for ``A'*x`` (its
preconditioner handles likewise).
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from compat._core.args import by_value, is_omitted
from compat._core.errors import CompatValueError, legacy_warn
from compat._core.krylov_nonsymmetric import (biconjugate_gradients,
                                              conjugate_gradients_squared)
from compat._core.legacy import matlab_function
from compat._core.matlab_classes import is_sparse
from compat._core.matlab_types import matlab_array
from compat.matlab.iterative_solvers import (IterativeSolveResult, _operator, _solver,
                                             message)

__all__ = ["bicg", "cgs"]

_EPS = np.finfo(np.float64).eps


def _is_handle(value) -> bool:
    return callable(value) and not is_sparse(value) and not isinstance(value, np.ndarray)


def _flagged_caller(function, shape, flag):
    """A function handle called as ``f(x, flag)`` ('notransp'/'transp'), its vector in
    the caller's layout and by value, its result flattened."""
    function = by_value(function)

    def apply(v):
        out = np.asarray(function(v.reshape(shape), flag))
        if out.size != v.size:
            raise CompatValueError(f"The function handle must return a vector of length "
                                   f"{v.size}, got {out.size} values.")
        return out.reshape(-1)
    return apply


def _adjoint(M):
    """The conjugate transpose of a matrix argument (dense or sparse)."""
    if is_sparse(M):
        return sp.csr_matrix(M).conj().T
    return np.conj(matlab_array(M, "M", to_float=True)).T


class _Problem:
    """The arguments read once: ``b`` as a column, ``n``, the operators, ``tol``,
    ``maxit``, ``x0``."""

    def __init__(self, A, b, tol, maxit, M1, M2, x0, transposes=False,
                 default_maxit=None):
        rhs = b.toarray() if is_sparse(b) else b
        rhs = matlab_array(rhs, "b", to_float=True)
        if rhs.ndim > 2 or (rhs.ndim == 2 and rhs.shape[1] != 1):
            raise CompatValueError("Right hand side must be a column vector.")
        self.ndim = rhs.ndim
        self.shape = rhs.shape if rhs.ndim else (1,)
        column = rhs.reshape(-1).astype(np.result_type(rhs, np.float64))
        handle = _is_handle(A)
        if handle and transposes:
            self.apply_a = _flagged_caller(A, self.shape, "notransp")
            self.apply_at = _flagged_caller(A, self.shape, "transp")
            n = None
        else:
            self.apply_a, n = _operator(A, column.size, self.shape, "A")
            self.apply_at = None
            if transposes:
                adjoint = _adjoint(A)
                self.apply_at = lambda v: adjoint @ v
        n = column.size if n is None else n
        if column.size != n:
            raise CompatValueError(f"Right hand side must be a column vector of length "
                                   f"{n} to match the coefficient matrix.")
        self.n = n
        if is_omitted(tol):
            tol = 1e-6
        else:
            tol = float(np.asarray(tol, dtype=np.float64).reshape(-1)[0])
        if tol <= _EPS:
            legacy_warn("Input tol is smaller than eps and may prevent convergence.")
            tol = _EPS
        elif tol >= 1:
            legacy_warn("Input tol is bigger than 1 and may prevent convergence.")
            tol = 1 - _EPS
        self.tol = tol
        if is_omitted(maxit):
            maxit = min(n, 20) if default_maxit is None else default_maxit(n)
        else:
            value = float(np.asarray(maxit, dtype=np.float64).reshape(-1)[0])
            if not np.isfinite(value):
                raise CompatValueError("maxit must be a finite nonnegative integer.")
            maxit = max(int(np.floor(value)), 0)
        self.maxit = maxit
        self.solve_m1, self.solve_m1t = self._preconditioner(M1, "M1", transposes)
        self.solve_m2, self.solve_m2t = self._preconditioner(M2, "M2", transposes)
        self.x0 = None
        if not is_omitted(x0):
            self.x0 = matlab_array(x0, "x0", to_float=True).reshape(-1)
            if self.x0.size != n:
                raise CompatValueError(f"Initial guess must be a column vector of length "
                                       f"{n} to match the problem size.")
        if not np.all(np.isfinite(column)):
            raise CompatValueError("Right hand side must not contain NaN or Inf.")
        self.b = column

    def _preconditioner(self, M, name, transposes):
        if is_omitted(M):
            return None, None
        if _is_handle(M) and transposes:
            return (_flagged_caller(M, self.shape, "notransp"),
                    _flagged_caller(M, self.shape, "transp"))
        solve = _solver(M, self.n, self.shape, name)
        if not transposes:
            return solve, None
        if _is_handle(M):
            return solve, solve
        return solve, _solver(_adjoint(M), self.n, self.shape, name)

    def result(self, name, outcome, nargout, iteration=np.float64):
        if nargout < 2:
            print(message(name, outcome, self.tol))
        x = outcome.x.reshape(self.shape) if self.ndim == 2 else outcome.x
        if nargout <= 1:
            return x
        return IterativeSolveResult.first(
            nargout, x, np.float64(outcome.flag), np.float64(outcome.relres),
            iteration(outcome.iter), outcome.resvec.reshape(-1, 1))


@matlab_function("bicg", nargout=5)
def bicg(A, b, tol=None, maxit=None, M1=None, M2=None, x0=None, *, nargout=1):
    """Solve ``A*x = b`` by biconjugate gradients, as MATLAB's ``bicg``.

    MATLAB call forms::

        x = bicg(A, b)                               ->  bicg(A, b)
        x = bicg(A, b, tol, maxit, M1, M2, x0)       ->  bicg(A, b, 1e-8, 50, M)
        x = bicg(afun, b, ...)                       ->  bicg(afun, b)   # afun(x, tflag)
        [x, flag, relres, iter, resvec] = bicg(___)  ->  bicg(A, b, nargout=5)

    ``A`` is a square matrix (dense or ``scipy.sparse``) or a function ``afun(x,
    tflag)`` returning ``A*x`` for ``tflag = 'notransp'`` and ``A'*x`` for
    ``'transp'`` (MATLAB's rule; preconditioner functions likewise return ``M\\x`` and
    ``M'\\x``). Preconditioner ``M = M1*M2`` (``z = M2\\(M1\\r)``), defaults and
    outputs as :func:`compat.matlab.pcg`: ``flag`` 0 converged (confirmed on the true
    residual), 1 ``maxit`` reached, 2 preconditioner solve not finite, 3 stagnation, 4
    breakdown (``rho`` or ``pt'*q`` zero); when not converged, ``x`` is the first
    iterate of minimal residual unless the last one's true residual is not larger.
    ``resvec`` is a column of ``iter + 1`` residual norms.

    Notes
    -----
    scipy.sparse.linalg has no BiCG with MATLAB's outputs (its ``bicg`` stops on the
    recursive residual, returns the last iterate and multiplies by ``M``). GNU Octave
    7.3's ``bicg`` runs the same recurrence (the goldens compare its iterates, flags and
    counts); it stops on the recursive residual and reports it.

    Sources: MATLAB documentation of ``bicg`` (arguments, ``tflag``, flags, outputs);
    Barrett et al., *Templates for the Solution of Linear Systems* (SIAM 1994), section
    2.3.5.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[4.0, 1.0, 0.0], [2.0, 5.0, 1.0], [0.0, 1.0, 3.0]])
    >>> x, flag, relres, it = matlab.bicg(A, A.sum(axis=1), 1e-12, 10, nargout=4)
    >>> x.round(8), int(flag), int(it)
    (array([1., 1., 1.]), 0, 3)
    """
    problem = _Problem(A, b, tol, maxit, M1, M2, x0, transposes=True)
    outcome = biconjugate_gradients(
        problem.apply_a, problem.apply_at, problem.b, tol=problem.tol,
        maxit=problem.maxit, solve_m1=problem.solve_m1, solve_m2=problem.solve_m2,
        solve_m1t=problem.solve_m1t, solve_m2t=problem.solve_m2t, x0=problem.x0)
    return problem.result("bicg", outcome, nargout)


@matlab_function("cgs", nargout=5)
def cgs(A, b, tol=None, maxit=None, M1=None, M2=None, x0=None, *, nargout=1):
    """Solve ``A*x = b`` by conjugate gradients squared, as MATLAB's ``cgs``.

    MATLAB call forms::

        x = cgs(A, b)                               ->  cgs(A, b)
        x = cgs(A, b, tol, maxit, M1, M2, x0)       ->  cgs(A, b, 1e-8, 50, M)
        x = cgs(afun, b, ...)                       ->  cgs(lambda x: A @ x, b)
        [x, flag, relres, iter, resvec] = cgs(___)  ->  cgs(A, b, nargout=5)

    ``A`` a square matrix (dense or ``scipy.sparse``) or a function returning ``A*x``;
    preconditioners, defaults, flags and outputs as :func:`compat.matlab.pcg` (flag 4
    when ``rho`` or ``rt'*A*p`` breaks down). Not converged, ``x`` is the first iterate
    of minimal residual unless the last recursive residual is not larger.

    Notes
    -----
    ``scipy.sparse.linalg.cgs`` runs the same recurrence but stops on the recursive
    residual, returns the last iterate and applies ``M`` as a multiplication. GNU
    Octave 7.3's ``cgs`` uses a differently arranged recurrence (the goldens record
    where it differs).

    Sources: MATLAB documentation of ``cgs``; Sonneveld, SIAM J. Sci. Stat. Comput. 10
    (1989); Barrett et al., *Templates* (1994), section 2.3.7.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[4.0, 1.0, 0.0], [2.0, 5.0, 1.0], [0.0, 1.0, 3.0]])
    >>> x, flag, relres, it = matlab.cgs(A, A.sum(axis=1), 1e-12, 10, nargout=4)
    >>> x.round(8), int(flag), int(it)
    (array([1., 1., 1.]), 0, 3)
    """
    problem = _Problem(A, b, tol, maxit, M1, M2, x0)
    outcome = conjugate_gradients_squared(
        problem.apply_a, problem.b, tol=problem.tol, maxit=problem.maxit,
        solve_m1=problem.solve_m1, solve_m2=problem.solve_m2, x0=problem.x0)
    return problem.result("cgs", outcome, nargout)
