"""MATLAB's constrained linear least squares: ``lsqnonneg``.

The legacy layer over :mod:`compat._core.nnls` (Lawson and Hanson's active-set method, as
MATLAB documents it), whose subproblems are solved by MATLAB's backslash
(:func:`compat._core.linalg.structured_solve`, the core of ``matlab.mldivide``). Options
come from ``optimset`` (:mod:`compat.matlab.optimization`).
"""

from __future__ import annotations

import numpy as np

from compat._core import linalg
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.nnls import default_tolerance, nonnegative_lstsq
from compat._core.results import Result
from compat._core.struct import MatlabStruct
from compat.matlab._options import as_options, is_empty, option_name

__all__ = ["lsqnonneg", "LsqnonnegResult"]

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
