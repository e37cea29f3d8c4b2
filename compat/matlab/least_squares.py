"""MATLAB's linear least squares: ``lsqnonneg`` (nonnegative) and ``lscov`` (known
covariance or weights, over :mod:`compat._core.covariance_lstsq`).

The legacy layer over :mod:`compat._core.nnls` (Lawson and Hanson's active-set method, as
MATLAB documents it), whose subproblems are solved by MATLAB's backslash
(:func:`compat._core.linalg.structured_solve`, the core of ``matlab.mldivide``). Options
come from ``optimset`` (:mod:`compat.matlab.optimization`).
"""

from __future__ import annotations


import numpy as np

from compat._core import covariance_lstsq, linalg
from compat._core.errors import issue_warning
from compat._core.errors import (CompatTypeError, CompatValueError, MatlabWarning,
                                 RankDeficientWarning)
from compat._core.matlab_classes import is_sparse
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.nnls import default_tolerance, nonnegative_lstsq
from compat._core.results import Result
from compat._core.struct import MatlabStruct
from compat.matlab._options import as_options, is_empty, option_name

__all__ = ["lsqnonneg", "LsqnonnegResult", "lscov", "LscovResult"]

_DONE = "Optimization terminated."
_EXCEEDED = ("Exiting: Iteration count is exceeded, exiting LSQNONNEG.\n"
             "Try raising the tolerance (OPTIONS.TolX).")


class LsqnonnegResult(Result):
    """``[x, resnorm, residual, exitflag, output, lambda] = lsqnonneg(...)``
    (``lambda_``: ``lambda`` is a Python keyword)."""

    request_style = "nargout"
    x: np.ndarray
    resnorm: np.float64
    residual: np.ndarray
    exitflag: np.float64
    output: MatlabStruct
    lambda_: np.ndarray


def _settings(options, c) -> tuple[float, str]:
    tol = None
    display = "notify"
    for name, value in as_options(options).items():
        if is_empty(value):
            continue
        key = option_name(name)
        if key == "TolX":
            if isinstance(value, str):  # optimset('lsqnonneg') gives the default's text
                continue
            tol = float(np.asarray(value, dtype=np.float64).reshape(-1)[0])
        elif key == "Display":
            if not isinstance(value, str) or value.lower() not in (
                    "off", "none", "notify", "final", "iter"):
                raise CompatValueError(f"Invalid value for OPTIONS parameter Display: "
                                       f"{value!r}")
            display = value.lower()
    return (default_tolerance(c) if tol is None else tol), display


def _least_squares(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    x, _report = linalg.structured_solve(a, b.reshape(-1, 1))
    return x.reshape(-1)


@matlab_function("lsqnonneg", nargout=6)
def lsqnonneg(C, d, options=None, *, nargout=1):
    """Nonnegative linear least squares, as MATLAB's ``lsqnonneg``.

    MATLAB call forms::

        x = lsqnonneg(C, d)                  ->  x = lsqnonneg(C, d)
        x = lsqnonneg(C, d, options)         ->  lsqnonneg(C, d, optimset('TolX', 1e-10))
        [x, resnorm, residual, exitflag, output, lambda] = lsqnonneg(___)
                                             ->  lsqnonneg(C, d, nargout=6)

    Minimises ``norm(C*x - d)`` subject to ``x >= 0`` by Lawson and Hanson's active-set
    method, MATLAB's documented algorithm, with MATLAB's default tolerance
    ``TolX = 10*eps*norm(C,1)*length(C)`` and its limit of ``3*n`` inner iterations;
    the subproblems on the positive set are solved with MATLAB's backslash. Outputs:
    ``resnorm = norm(C*x - d)^2``, ``residual = d - C*x``, ``exitflag`` 1 (converged) or
    0 (iteration limit), ``output`` (``iterations``: the outer iterations,
    ``algorithm``: 'active-set', ``message``) and ``lambda = C'*(d - C*x)``, the
    Lagrange multipliers (<= 0 where ``x`` is 0, about 0 where ``x > 0``). A 1-D ``d``
    gives 1-D outputs; a column ``d`` columns. Options: ``TolX`` and ``Display``
    ('notify' default: print only when the iteration limit is hit; 'final' prints
    "Optimization terminated."; 'off').

    Notes
    -----
    ``scipy.optimize.nnls`` implements the same Lawson-Hanson method but with its own
    tolerance and iteration limit and without MATLAB's outputs; the solutions agree to
    rounding when the problem's solution is unique. The messages of ``output`` and of
    the iteration-limit exit are compat's wording of MATLAB's.

    Sources: MATLAB documentation of ``lsqnonneg`` (algorithm, default TolX, outputs,
    the example comparing ``lsqnonneg`` with ``C\\d``); Lawson & Hanson, *Solving Least
    Squares Problems* (1974), ch. 23.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> C = np.array([[0.0372, 0.2869], [0.6861, 0.7071], [0.6233, 0.6245],
    ...               [0.6344, 0.6170]])
    >>> d = np.array([0.8587, 0.1781, 0.0747, 0.8405])
    >>> matlab.lsqnonneg(C, d).round(4)
    array([0.    , 0.6929])
    >>> x, resnorm = matlab.lsqnonneg(C, d, nargout=2)
    >>> round(float(resnorm), 4)
    0.8315
    """
    c = matlab_array(C, "C")
    target = matlab_array(d, "d")
    for name, value in (("C", c), ("d", target)):
        if value.dtype.kind == "c":
            raise CompatValueError("C and d must be real.")
        if value.dtype != np.float64:
            raise CompatTypeError("lsqnonneg only accepts inputs of data type double.")
    if c.ndim == 1:
        c = c.reshape(-1, 1)
    if c.ndim != 2:
        raise CompatValueError(f"C must be a 2-D matrix, got {c.ndim} dimensions")
    vector = target.ndim <= 1
    column = target.reshape(-1)
    if target.ndim == 2 and 1 not in target.shape or target.ndim > 2:
        raise CompatValueError("d must be a vector.")
    if column.size != c.shape[0]:
        raise CompatValueError(f"The number of rows in C ({c.shape[0]}) must equal the "
                               f"length of d ({column.size}).")
    if not (np.all(np.isfinite(c)) and np.all(np.isfinite(column))):
        raise CompatValueError("C and d must not contain NaN or Inf.")
    tol, display = _settings(options, c)
    found = nonnegative_lstsq(np.ascontiguousarray(c), np.ascontiguousarray(column), tol,
                              _least_squares)
    message = _DONE if found.converged else _EXCEEDED
    if (display == "final" or display == "iter") or (display == "notify"
                                                     and not found.converged):
        print(message)

    def shaped(v):
        return v.copy() if vector else v.reshape(-1, 1)

    if nargout <= 1:
        return shaped(found.x)
    output = MatlabStruct(iterations=float(found.outer_iterations), algorithm="active-set",
                          message=message)
    return LsqnonnegResult.first(nargout, shaped(found.x), np.float64(found.resnorm),
                                 shaped(found.residual),
                                 np.float64(1.0 if found.converged else 0.0), output,
                                 shaped(found.gradient))


class LscovResult(Result):
    """``[x, stdx, mse, S] = lscov(A, B, V, alg)``."""

    request_style = "nargout"
    x: np.ndarray
    stdx: np.ndarray
    mse: np.ndarray
    S: np.ndarray


_LSCOV_IDS = {covariance_lstsq.RANK_DEFICIENT_A: "MATLAB:lscov:RankDefDesignMat",
              covariance_lstsq.RANK_DEFICIENT_V: "MATLAB:lscov:RankDefCovMat",
              covariance_lstsq.T_IN_RANGE: "MATLAB:lscov:TOrthogToNullSpace",
              covariance_lstsq.NULL_SPACE: "MATLAB:lscov:NullSpaceNotSpanned"}


def _float_2d(value, name):
    if is_sparse(value):
        raise CompatTypeError(f"{name}: sparse input is not supported by compat's lscov; "
                              f"pass {name}.toarray() (MATLAB's sparse path returns sparse "
                              f"x and S)")
    a = matlab_array(value, name, integer_ok=False, logical_ok=False)
    if a.ndim == 0:
        return a.reshape(1, 1)
    if a.ndim == 1:
        return a.reshape(-1, 1)
    if a.ndim > 2:
        raise CompatValueError(f"{name} must be a 2-D matrix.")
    return a


def _algorithm(alg) -> str:
    if alg is None or is_empty(alg):
        return ""
    if isinstance(alg, bytes):
        alg = alg.decode()
    if isinstance(alg, str) and alg:
        for name in ("chol", "orth"):
            if name.startswith(alg.lower()):
                return name
    raise CompatValueError("ALG must be 'chol' or 'orth'.")


@matlab_function("lscov", nargout=4)
def lscov(A, B, V=None, alg=None, *, nargout=1):
    r"""Least-squares solution with known covariance or weights, as MATLAB's ``lscov``.

    MATLAB call forms::

        x = lscov(A, B)                      ->  x = lscov(A, B)
        x = lscov(A, B, w)                   ->  x = lscov(A, B, w)       (weights)
        x = lscov(A, B, V)                   ->  x = lscov(A, B, V)       (covariance)
        x = lscov(A, B, V, alg)              ->  lscov(A, B, V, 'orth')
        [x, stdx, mse, S] = lscov(...)       ->  x, stdx, mse, S = lscov(A, B, nargout=4)

    Parameters
    ----------
    A : array_like
        m-by-n design matrix (double or single, real or complex).
    B : array_like
        m-by-k right-hand sides (a 1-D array is one column).
    V : array_like, optional
        A vector of ``m`` nonnegative weights (``x`` minimises
        ``(B - A*x)'*diag(w)*(B - A*x)``), or an m-by-m symmetric positive (semi)definite
        covariance matrix (``x`` minimises ``(B - A*x)'*inv(V)*(B - A*x)``); ``[]`` or
        omitted: ordinary least squares.
    alg : {'chol', 'orth'}, optional
        For a matrix ``V``: invert V's Cholesky factor (default for positive definite V)
        or Paige's orthogonal algorithm (chosen automatically for a semidefinite V).
        Unambiguous abbreviations are accepted, as MATLAB does.
    nargout : int, optional
        1 to 4 outputs.

    Returns
    -------
    x : ndarray
        n-by-k solution; a rank-deficient ``A`` gives the basic solution (zeros where
        columns were dropped) and :class:`compat.RankDeficientWarning`.
    stdx : ndarray
        Estimated standard errors of ``x`` (n-by-k).
    mse : ndarray
        1-by-k mean squared error (0 when the fit is exact, m equal to the rank).
    S : ndarray
        n-by-n estimated covariance of ``x`` (one right-hand side only).
    A 1-D ``B`` gives 1-D ``x`` and ``stdx`` and a scalar ``mse``.

    Raises
    ------
    ValueError
        Mismatched rows, a ``V`` that is neither a weight vector nor an m-by-m matrix,
        negative weights, a non-symmetric or indefinite ``V``, an infeasible ``B`` for a
        singular ``V``, four outputs with several right-hand sides, an unknown ``alg``
        (compat's wording; MATLAB's identifiers ``MATLAB:lscov:InputSizeMismatch``,
        ``:InvalidCovMat``, ``:InvalidCovMatSymV``, ``:InvalidCovMatPosV``,
        ``:InfeasibleRHS``, ``:CantReturnCov``, ``:InvalidAlgArg``).
    TypeError
        Integer or logical data; sparse input (MATLAB's sparse path, with colamd and a
        sparse result, is not implemented).

    Notes
    -----
    The steps of MATLAB's lscov.m: weights scale the rows by ``sqrt(w)``, a positive
    definite ``V = T*T'`` is removed by ``T\A``, ``T\B``; then a column-pivoted QR
    (LAPACK xGEQP3) drops columns whose ``|R(k,k)| <= |R(1,1)|*max(m,n)*eps``, ``x`` is
    ``R\(Q'*B)`` unpermuted, ``mse`` the residual sum of squares over ``m - rank``,
    ``S = inv(R)*inv(R)'*mse``. ``numpy.linalg.lstsq`` gives the minimum-norm solution
    (not MATLAB's basic one) for rank-deficient ``A`` and no standard errors;
    ``statsmodels`` WLS/GLS differ in rank handling and in the scaling of ``S``.

    Sources: MATLAB ``lscov`` reference page and lscov.m (MathWorks 1984-2017; Paige
    1979; Golub and Van Loan 1996, pp. 271-272; Goodall 1993); checked against GNU Octave
    7.3 (reference_outputs/matlab/lscov).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[1.0, 0.2], [1, 0.5], [1, 0.6], [1, 0.8], [1, 1.0]])
    >>> b = np.array([0.1, 0.3, 0.25, 0.5, 0.55])
    >>> x, stdx = matlab.lscov(A, b, nargout=2)
    >>> x.round(4), stdx.round(4)
    (array([-0.0239,  0.587 ]), array([0.0651, 0.0962]))
    """
    a = _float_2d(A, "A")
    b2 = _float_2d(B, "B")
    one_d = np.ndim(B) == 1
    m, n = a.shape
    k = b2.shape[1]
    if b2.shape[0] != m:
        raise CompatValueError("A and B must have the same number of rows.")
    if nargout > 3 and k > 1:
        raise CompatValueError("lscov cannot return the covariance matrix S for multiple "
                               "right-hand sides.")
    method = _algorithm(alg)
    v = None
    if V is not None and not is_empty(V):
        vv = _float_2d(V, "V")
        if (1 in vv.shape) and vv.size == m and np.all(vv.real >= 0) and \
                not (vv.shape == (m, m) and m > 1):
            v = vv.reshape(-1)
            method = "chol"
        elif vv.shape == (m, m):
            v = vv
        else:
            raise CompatValueError(f"V must be a vector of {m} nonnegative weights or a "
                                   f"{m}-by-{m} covariance matrix.")
    parts = [a, b2] + ([v] if v is not None else [])
    single = any(np.finfo(p.dtype).dtype == np.float32 for p in parts)
    complex_ = any(p.dtype.kind == "c" for p in parts)
    dtype = np.dtype((np.complex64 if single else np.complex128) if complex_ else
                     (np.float32 if single else np.float64))
    parts = [p.astype(dtype) for p in parts]
    res = covariance_lstsq.lscov(parts[0], parts[1], parts[2] if v is not None else None,
                                 method, nargout, dtype)
    for text in res.warnings:
        category = RankDeficientWarning if text == covariance_lstsq.RANK_DEFICIENT_A \
            else MatlabWarning
        issue_warning(category(text, _LSCOV_IDS.get(text)))
    x, stdx, mse, S = res.x, res.stdx, res.mse, res.S
    if one_d:
        x = x.reshape(-1)
        stdx = stdx.reshape(-1) if stdx is not None else None
        mse = mse[0, 0] if mse is not None else None
    return LscovResult.first(nargout, x, stdx, mse, S)

