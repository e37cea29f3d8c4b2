"""MATLAB's Krylov solvers beyond pcg/bicgstab/gmres: ``bicg``, ``cgs``, ``qmr``,
``tfqmr``, ``minres``, ``lsqr``.

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
from compat._core.errors import CompatValueError
from compat._core.krylov_nonsymmetric import (biconjugate_gradients,
                                              conjugate_gradients_squared,
                                              quasi_minimal_residual,
                                              transpose_free_qmr)
from compat._core.krylov import KrylovOutcome
from compat._core.krylov_symmetric import least_squares_qr, minimum_residual
from compat._core.legacy import matlab_function
from compat._core.matlab_classes import is_sparse
from compat._core.matlab_types import matlab_array
from compat._core.results import Result
from compat.matlab.iterative_solvers import (IterativeSolveResult, _check_rhs_length,
                                             _max_iterations, _operator, _rhs_column,
                                             _solver, _start_vector, _tolerance, message)

__all__ = ["bicg", "cgs", "qmr", "tfqmr", "minres", "lsqr"]


_REASON_5 = ("because the preconditioner matrix M is not symmetric positive definite.")


class LsqrResult(Result):
    """``[x, flag, relres, iter, resvec, lsvec] = lsqr(...)``."""

    request_style = "nargout"
    x: np.ndarray
    flag: np.float64
    relres: np.float64
    iter: np.float64
    resvec: np.ndarray
    lsvec: np.ndarray


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
        rhs, self.shape, column = _rhs_column(b)
        self.ndim = rhs.ndim
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
        _check_rhs_length(column, n)
        self.n = n
        self.tol = _tolerance(tol)
        self.maxit = _max_iterations(maxit,
                                    min(n, 20) if default_maxit is None else default_maxit(n))
        self.solve_m1, self.solve_m1t = self._preconditioner(M1, "M1", transposes)
        self.solve_m2, self.solve_m2t = self._preconditioner(M2, "M2", transposes)
        self.x0 = _start_vector(x0, n)
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

    def result(self, name, outcome, nargout, iteration=np.float64, printed=False):
        if nargout < 2 and not printed:
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


@matlab_function("qmr", nargout=5)
def qmr(A, b, tol=None, maxit=None, M1=None, M2=None, x0=None, *, nargout=1):
    """Solve ``A*x = b`` by the quasi-minimal residual method, as MATLAB's ``qmr``.

    MATLAB call forms::

        x = qmr(A, b)                               ->  qmr(A, b)
        x = qmr(A, b, tol, maxit, M1, M2, x0)       ->  qmr(A, b, 1e-8, 50, M1, M2)
        x = qmr(afun, b, ...)                       ->  qmr(afun, b)   # afun(x, tflag)
        [x, flag, relres, iter, resvec] = qmr(___)  ->  qmr(A, b, nargout=5)

    Arguments as :func:`bicg` (``afun(x, 'notransp')``/``afun(x, 'transp')``); ``M1``
    is the left and ``M2`` the right preconditioner (``M = M1*M2``). Flags, defaults,
    the returned minimal-residual iterate and ``resvec`` (a column of ``iter + 1``
    residual norms) as :func:`compat.matlab.pcg`; flag 4 when one of the recurrence's
    scalars (``rho``, ``psi``, ``delta``, ``epsilon``, ``beta``, ``gamma``) becomes zero
    or infinite.

    Notes
    -----
    ``scipy.sparse.linalg.qmr`` runs the same recurrence (its ``M1``/``M2`` are
    multiplications by the inverses) but stops on the recursive residual and returns
    the last iterate. GNU Octave 7.3's ``qmr`` runs the same recurrence; the golden
    suite matlab/krylov_methods records where its flags differ.

    Sources: MATLAB documentation of ``qmr``; Freund and Nachtigal, Numer. Math. 60
    (1991); Barrett et al., *Templates* (1994), section 2.3.6.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[4.0, 1.0, 0.0], [2.0, 5.0, 1.0], [0.0, 1.0, 3.0]])
    >>> x, flag, relres, it = matlab.qmr(A, A.sum(axis=1), 1e-12, 10, nargout=4)
    >>> x.round(8), int(flag), int(it)
    (array([1., 1., 1.]), 0, 3)
    """
    problem = _Problem(A, b, tol, maxit, M1, M2, x0, transposes=True)
    outcome = quasi_minimal_residual(
        problem.apply_a, problem.apply_at, problem.b, tol=problem.tol,
        maxit=problem.maxit, solve_m1=problem.solve_m1, solve_m2=problem.solve_m2,
        solve_m1t=problem.solve_m1t, solve_m2t=problem.solve_m2t, x0=problem.x0)
    return problem.result("qmr", outcome, nargout)


@matlab_function("tfqmr", nargout=5)
def tfqmr(A, b, tol=None, maxit=None, M1=None, M2=None, x0=None, *, nargout=1):
    """Solve ``A*x = b`` by transpose-free QMR, as MATLAB's ``tfqmr``.

    MATLAB call forms::

        x = tfqmr(A, b)                               ->  tfqmr(A, b)
        x = tfqmr(A, b, tol, maxit, M1, M2, x0)       ->  tfqmr(A, b, 1e-8, 50, M)
        x = tfqmr(afun, b, ...)                       ->  tfqmr(lambda x: A @ x, b)
        [x, flag, relres, iter, resvec] = tfqmr(___)  ->  tfqmr(A, b, nargout=5)

    Arguments, defaults and flags as :func:`cgs` (``M = M1*M2`` applied on the right).
    Each iteration has two half steps: ``resvec`` holds the residual norm after every
    half step (``2*k + 1`` entries after ``k`` iterations, the last one the true
    residual when it confirmed convergence), and ``iter`` is the half step at which
    ``x`` was formed divided by two and rounded down. Not converged, ``x`` is the
    half-step iterate of minimal residual unless the last one's true residual is not
    larger.

    Notes
    -----
    scipy.sparse.linalg.tfqmr runs the same recurrence but counts and stops differently
    (``rtol``/``atol`` on its residual bound) and returns the last iterate. GNU Octave
    7.3's ``tfqmr`` gives the same flags, iteration counts and residual history in the
    golden suite matlab/krylov_methods.

    Sources: MATLAB documentation of ``tfqmr``; Freund, SIAM J. Sci. Comput. 14 (1993).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[4.0, 1.0, 0.0], [2.0, 5.0, 1.0], [0.0, 1.0, 3.0]])
    >>> x, flag, relres, it, resvec = matlab.tfqmr(A, A.sum(axis=1), 1e-12, 10, nargout=5)
    >>> x.round(8), int(flag), int(it), resvec.shape
    (array([1., 1., 1.]), 0, 2, (6, 1))
    """
    problem = _Problem(A, b, tol, maxit, M1, M2, x0)
    outcome = transpose_free_qmr(problem.apply_a, problem.b, tol=problem.tol,
                                 maxit=problem.maxit, solve_m1=problem.solve_m1,
                                 solve_m2=problem.solve_m2, x0=problem.x0)
    return problem.result("tfqmr", outcome, nargout)


@matlab_function("minres", nargout=5)
def minres(A, b, tol=None, maxit=None, M1=None, M2=None, x0=None, *, nargout=1):
    """Solve a symmetric system ``A*x = b`` by MINRES, as MATLAB's ``minres``.

    MATLAB call forms::

        x = minres(A, b)                               ->  minres(A, b)
        x = minres(A, b, tol, maxit, M1, M2, x0)       ->  minres(A, b, 1e-8, 50, M)
        x = minres(afun, b, ...)                       ->  minres(lambda x: A @ x, b)
        [x, flag, relres, iter, resvec] = minres(___)  ->  minres(A, b, nargout=5)

    ``A`` symmetric, possibly indefinite (dense, ``scipy.sparse`` or a function
    returning ``A*x``); ``M = M1*M2`` symmetric positive definite (matrices or functions
    returning ``M\\x``). Defaults ``tol = 1e-6``, ``maxit = min(n, 20)``, ``x0`` zeros.
    ``flag``: 0 ``norm(b - A*x) <= tol*norm(b)`` (confirmed on the true residual), 1
    ``maxit`` reached, 2 a preconditioner solve not finite, 3 stagnation (three steps
    below ``eps*norm(x)``), 4 the Lanczos process ended (``beta = 0``) without reaching
    ``tol``, 5 ``M`` not positive definite; not converged, ``x`` is the iterate of
    minimal residual. ``iter`` counts the Lanczos steps (products with ``A``) after
    which ``x`` was formed; ``resvec`` (a column of ``iter + 1``) holds the residual
    norms, MINRES' own estimate ``|phibar|`` without preconditioner and the true
    ``norm(b - A*x)`` with one (MATLAB's rule: the estimate is in the ``M``-norm there).

    Notes
    -----
    Differences from ``scipy.sparse.linalg.minres`` (the same recurrence): scipy stops
    on its estimates with ``rtol`` relative to ``norm(A)*norm(x)`` terms as well,
    applies ``M`` as a multiplication by the preconditioner's inverse and returns
    neither ``flag`` nor ``resvec``. MATLAB's sixth output ``resveccg`` (the CG
    residual estimates) is not returned. GNU Octave 7.3 has no ``minres``: checked
    against scipy's converged solutions and hand-worked small cases
    (tests/test_matlab_krylov_methods.py).

    Sources: MATLAB documentation of ``minres`` (arguments, flags 0-5, outputs); Paige
    and Saunders, SIAM J. Numer. Anal. 12 (1975); Barrett et al., *Templates* (1994),
    section 2.3.2.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.diag([3.0, -2.0, 1.0]) + np.diag([1.0, 1.0], 1) + np.diag([1.0, 1.0], -1)
    >>> x, flag, relres, it = matlab.minres(A, A.sum(axis=1), 1e-12, 10, nargout=4)
    >>> x.round(8), int(flag), int(it)
    (array([1., 1., 1.]), 0, 3)
    """
    problem = _Problem(A, b, tol, maxit, M1, M2, x0)
    outcome = minimum_residual(problem.apply_a, problem.b, tol=problem.tol,
                               maxit=problem.maxit, solve_m1=problem.solve_m1,
                               solve_m2=problem.solve_m2, x0=problem.x0)
    if outcome.flag == 5 and nargout < 2:
        print(f"minres stopped at iteration {outcome.stopped_at} without converging to the "
              f"desired tolerance {problem.tol:g}\n{_REASON_5}\nThe iterate returned "
              f"(number {outcome.iter}) has relative residual {outcome.relres:.2g}.")
        return problem.result("minres", outcome, nargout, printed=True)
    return problem.result("minres", outcome, nargout)


def _lsqr_operators(A, m):
    """``(apply_a, apply_at, n)`` of lsqr's ``A`` (m-by-n matrix or ``afun(x, tflag)``)."""
    if _is_handle(A):
        function = by_value(A)

        def call(v, flag):
            return np.asarray(function(v.reshape(-1, 1), flag)).reshape(-1)
        n = call(np.zeros(m), "transp").size
        return (lambda v: call(v, "notransp")), (lambda v: call(v, "transp")), n
    if is_sparse(A):
        matrix = sp.csr_matrix(A)
        if matrix.dtype.kind not in "fc":
            matrix = matrix.astype(np.float64)
        adjoint = matrix.conj().T.tocsr()
    else:
        matrix = matlab_array(A, "A", to_float=True)
        if matrix.ndim != 2:
            raise CompatValueError("A must be a 2-D matrix or a function handle.")
        adjoint = np.conj(matrix).T
    if matrix.shape[0] != m:
        raise CompatValueError(f"Right hand side must be a column vector of length "
                               f"{matrix.shape[0]} to match the coefficient matrix.")
    return (lambda v: matrix @ v), (lambda v: adjoint @ v), matrix.shape[1]


@matlab_function("lsqr", nargout=6)
def lsqr(A, b, tol=None, maxit=None, M1=None, M2=None, x0=None, *, nargout=1):
    """Solve ``A*x = b`` or ``min norm(b - A*x)`` by LSQR, as MATLAB's ``lsqr``.

    MATLAB call forms::

        x = lsqr(A, b)                                      ->  lsqr(A, b)
        x = lsqr(A, b, tol, maxit, M1, M2, x0)              ->  lsqr(A, b, 1e-8, 50)
        x = lsqr(afun, b, ...)                              ->  lsqr(afun, b)  # afun(x, tflag)
        [x, flag, relres, iter, resvec, lsvec] = lsqr(___)  ->  lsqr(A, b, nargout=6)

    ``A`` is m-by-n (any shape; dense or ``scipy.sparse``) or a function ``afun(x,
    tflag)`` returning ``A*x`` (``'notransp'``) or ``A'*x`` (``'transp'``); ``b`` has
    length m. The preconditioner ``M = M1*M2`` (n-by-n) acts on the right: LSQR
    minimises ``norm(b - A*(M1\\(M2\\y)))`` and ``x`` is that point (MATLAB's order of
    the two solves). Defaults ``tol = 1e-6``, ``maxit = min(n, 20)``.

    ``flag`` 0: converged, either ``norm(b - A*x) <= tol*norm(b)`` (a consistent
    system) or the least-squares test ``norm((A/M)'*r)/(norm(A/M,'fro')*norm(r)) <=
    tol``, both on LSQR's estimates; 1 ``maxit`` reached; 2 a preconditioner solve not
    finite; 3 stagnation. ``relres`` is the estimate of ``norm(b - A*x)/norm(b)`` (for
    an inconsistent system it stays at the least-squares residual, so ``flag`` 0 with
    ``relres > tol`` is normal); ``iter`` the iterations done; ``resvec`` the residual
    norm estimates (a column of ``iter + 1``); ``lsvec`` the estimates of the scaled
    normal-equation residual ``norm((A/M)'*r)/norm(A/M,'fro')`` per iteration.

    Notes
    -----
    ``scipy.sparse.linalg.lsqr`` runs the same bidiagonalization with more stopping
    tests (``atol``, ``btol``, ``conlim``), counts iterations differently and takes no
    preconditioner. GNU Octave 7.3 has no ``lsqr``: checked against scipy's converged
    least-squares solutions and hand-worked small cases.

    Sources: MATLAB documentation of ``lsqr`` (arguments, ``tflag``, flags, outputs);
    Paige and Saunders, ACM TOMS 8 (1982), the algorithm and its estimates.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[1.0, 0.0], [1.0, 1.0], [1.0, 2.0]])
    >>> x, flag = matlab.lsqr(A, np.array([1.0, 2.0, 2.0]), 1e-10, 10, nargout=2)
    >>> x.round(8), int(flag)
    (array([1.16666667, 0.5       ]), 0)
    """
    rhs = b.toarray() if is_sparse(b) else b
    rhs = matlab_array(rhs, "b", to_float=True)
    if rhs.ndim > 2 or (rhs.ndim == 2 and rhs.shape[1] != 1):
        raise CompatValueError("Right hand side must be a column vector.")
    column = rhs.reshape(-1).astype(np.result_type(rhs, np.float64))
    if not np.all(np.isfinite(column)):
        raise CompatValueError("Right hand side must not contain NaN or Inf.")
    apply_a, apply_at, n = _lsqr_operators(A, column.size)
    problem = _Problem(np.eye(1), np.zeros(1), tol, maxit if not is_omitted(maxit)
                       else min(n, 20), None, None, None)
    shape = (n, 1) if rhs.ndim == 2 else (n,)
    problem.n, problem.shape, problem.ndim = n, shape, rhs.ndim
    solve_m1, solve_m1t = problem._preconditioner(M1, "M1", True)
    solve_m2, solve_m2t = problem._preconditioner(M2, "M2", True)
    start = None
    if not is_omitted(x0):
        start = matlab_array(x0, "x0", to_float=True).reshape(-1)
        if start.size != n:
            raise CompatValueError(f"Initial guess must be a column vector of length {n} "
                                   "to match the problem size.")
    if not np.any(column):
        outcome = KrylovOutcome(np.zeros(n), 0, 0.0, 0, np.zeros(1), 0)
        ls = np.zeros(0)
    else:
        outcome, ls = least_squares_qr(
            apply_a, apply_at, column, n, tol=problem.tol, maxit=problem.maxit,
            solve_m1=solve_m1, solve_m2=solve_m2, solve_m1t=solve_m1t,
            solve_m2t=solve_m2t, x0=start)
    if nargout < 2:
        print(message("lsqr", outcome, problem.tol))
    x = outcome.x.reshape(shape) if rhs.ndim == 2 else outcome.x
    if nargout <= 1:
        return x
    return LsqrResult.first(nargout, x, np.float64(outcome.flag),
                            np.float64(outcome.relres), np.float64(outcome.iter),
                            outcome.resvec.reshape(-1, 1), ls.reshape(-1, 1))
