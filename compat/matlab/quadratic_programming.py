"""MATLAB's linear and quadratic programming: ``quadprog``, ``lsqlin``, ``linprog``.

``quadprog`` and ``lsqlin`` solve convex quadratic programs with
:mod:`compat._core.quadratic_programming` (MATLAB's default 'interior-point-convex' /
'interior-point' method, then solved exactly on the active face); ``linprog`` solves
linear programs with the HiGHS dual simplex (``scipy.optimize.linprog``), the library
MATLAB's 'dual-simplex' algorithm has been built on since R2024a. Options come from
``optimset``/``optimoptions`` (:mod:`compat.matlab.optimization`).
"""

from __future__ import annotations


import numpy as np

from compat._core.errors import issue_warning
from compat._core.errors import CompatValueError, MatlabWarning
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.quadratic_programming import is_convex, solve_qp
from compat._core.results import Result
from compat._core.struct import MatlabStruct
from compat.matlab._options import (SOLVER_DEFAULTS, as_options, current_options,
                                    is_empty, positive_option)

__all__ = ["quadprog", "lsqlin", "linprog", "QuadprogResult", "LsqlinResult",
           "LinprogResult"]

_MINIMUM = ("Minimum found that satisfies the constraints.\n\nOptimization completed "
            "because the objective function is non-decreasing in \nfeasible directions, "
            "to within the value of the optimality tolerance,\nand constraints are "
            "satisfied to within the value of the constraint tolerance.\n")
_EXITS = {
    "optimal": (1.0, _MINIMUM),
    "maxiter": (0.0, "Solver stopped prematurely.\n\n{name} stopped because it exceeded "
                     "the iteration limit,\noptions.MaxIterations = {iters:e}.\n"),
    "infeasible": (-2.0, "No feasible solution found.\n\n{name} stopped because it cannot "
                         "find a point that satisfies the constraints.\n"),
    "unbounded": (-3.0, "Problem is unbounded.\n\n{name} stopped because the objective "
                        "function is unbounded below.\n"),
    "nonconvex": (-6.0, "Problem is not convex.\n\n{name} stopped because the Hessian is "
                        "not positive semidefinite (the 'interior-point-convex' algorithm "
                        "solves convex problems only).\n"),
}


class QuadprogResult(Result):
    """``[x, fval, exitflag, output, lambda] = quadprog(...)`` (``lambda_``: ``lambda``
    is a Python keyword)."""

    request_style = "nargout"
    x: np.ndarray
    fval: np.float64
    exitflag: np.float64
    output: MatlabStruct
    lambda_: MatlabStruct


class LsqlinResult(Result):
    """``[x, resnorm, residual, exitflag, output, lambda] = lsqlin(...)``."""

    request_style = "nargout"
    x: np.ndarray
    resnorm: np.float64
    residual: np.ndarray
    exitflag: np.float64
    output: MatlabStruct
    lambda_: MatlabStruct


class LinprogResult(Result):
    """``[x, fval, exitflag, output, lambda] = linprog(...)``."""

    request_style = "nargout"
    x: np.ndarray
    fval: np.float64
    exitflag: np.float64
    output: MatlabStruct
    lambda_: MatlabStruct


# ------------------------------------------------------------------ arguments
def _matrix(value, name: str, n: int | None) -> np.ndarray:
    if is_empty(value) or np.asarray(value).size == 0:
        return np.zeros((0, n if n is not None else 0))
    a = matlab_array(value, name, complex_ok=False, to_float=True).astype(np.float64)
    if a.ndim <= 1:
        a = a.reshape(1, -1)
    if a.ndim != 2 or (n is not None and a.shape[1] != n):
        raise CompatValueError(f"The number of columns in {name} must be the number of "
                               f"elements of f ({n}).")
    return a


def _vector(value, name: str, size: int | None = None) -> np.ndarray:
    if is_empty(value) or np.asarray(value).size == 0:
        return np.zeros(0)
    v = matlab_array(value, name, complex_ok=False, to_float=True).astype(np.float64)
    v = v.reshape(-1)
    if size is not None and v.size != size:
        raise CompatValueError(f"The number of rows in {name[0].upper()}{name[1:]} "
                               f"must equal the number of elements of {name}: "
                               f"{v.size} elements for {size} rows.")
    return v


def _bound(value, name: str, n: int) -> np.ndarray:
    default = -np.inf if name == "lb" else np.inf
    if is_empty(value) or np.asarray(value).size == 0:
        return np.full(n, default)
    v = _vector(value, name)
    if v.size > n:
        raise CompatValueError(f"{name} must have at most {n} elements, one per variable.")
    out = np.full(n, default)
    out[:v.size] = v        # MATLAB: a shorter bound leaves the rest unbounded
    return out


def _options(solver: str, options, n: int, counts: int = 0) -> dict:
    values = dict(SOLVER_DEFAULTS[solver])
    values.update(current_options(options))
    display = values["Display"]
    if not isinstance(display, str):
        raise CompatValueError(f"Invalid value for OPTIONS parameter Display: {display!r}")
    values["Display"] = display.lower().replace("-detailed", "")
    iterations = values["MaxIterations"]
    if isinstance(iterations, str):
        iterations = 10 * (counts + n)
    values["MaxIterations"] = int(positive_option(iterations, "MaxIterations"))
    for key in ("ConstraintTolerance", "OptimalityTolerance"):
        values[key] = positive_option(values[key], key)
    return values


def _report(display: str, flag: float, message: str) -> None:
    if display in ("final", "iter") or (display == "notify" and flag <= 0):
        print(message)


def _shaped(x: np.ndarray, like) -> np.ndarray:
    """A column, as MATLAB returns x (a 1-D f gives a 1-D x, numpy's vector)."""
    return x.copy() if np.ndim(like) <= 1 else x.reshape(-1, 1)


def _problem(args, fields, name):
    """The ``solver(problem)`` form: the fields of a problem structure, in order."""
    problem = as_options(args[0])
    if str(problem.get("solver", name)).lower() != name:
        raise CompatValueError(f"The problem structure's solver field must be '{name}'.")
    return [problem.get(field, []) for field in fields]


# ------------------------------------------------------------------ the QP core call
def _convex_qp(name, h, f, a, b, aeq, beq, lb, ub, x0, options, n):
    settings = _options(name, options, n)
    if np.any(lb > ub):
        raise CompatValueError("Exiting due to infeasibility: at least one lower bound "
                               "exceeds the corresponding upper bound.")
    lower, upper = np.isfinite(lb), np.isfinite(ub)
    g = np.vstack([a, -np.eye(n)[lower], np.eye(n)[upper]])
    hv = np.concatenate([b, -lb[lower], ub[upper]])
    if not is_convex(h):
        found = None
        status = "nonconvex"
    else:
        found = solve_qp(h, f, g, hv, aeq, beq, tol=settings["OptimalityTolerance"],
                         max_iter=settings["MaxIterations"], x0=x0)
        status = found.status
    flag, text = _EXITS[status]
    message = text.format(name=name, iters=float(settings["MaxIterations"]))
    _report(settings["Display"], flag, message)
    if found is None:
        return np.zeros(0), flag, MatlabStruct(
            message=message, algorithm=settings["Algorithm"], firstorderopt=[],
            constrviolation=[], iterations=0.0, linearsolver="dense", cgiterations=[]), \
            MatlabStruct(ineqlin=[], eqlin=[], lower=[], upper=[])
    m = a.shape[0]
    z = found.z
    lam_lower = np.zeros(n)
    lam_upper = np.zeros(n)
    lam_lower[lower] = z[m:m + lower.sum()]
    lam_upper[upper] = z[m + lower.sum():]
    output = MatlabStruct(message=message, algorithm=settings["Algorithm"],
                          firstorderopt=np.float64(found.firstorderopt),
                          constrviolation=np.float64(found.constrviolation),
                          iterations=np.float64(found.iterations), linearsolver="dense",
                          cgiterations=[])
    lam = MatlabStruct(ineqlin=z[:m].reshape(-1, 1), eqlin=found.y.reshape(-1, 1),
                       lower=lam_lower.reshape(-1, 1), upper=lam_upper.reshape(-1, 1))
    return found.x, flag, output, lam


def _symmetric(h: np.ndarray) -> np.ndarray:
    if not np.allclose(h, h.T, rtol=0, atol=0):
        issue_warning(MatlabWarning("Your Hessian is not symmetric. Resetting "
                                    "H=(H+H')/2.", identifier="optim:quadprog:HessianNotSym"))
        h = (h + h.T) / 2
    return h


@matlab_function("quadprog", nargout=5)
def quadprog(H, f=None, A=None, b=None, Aeq=None, beq=None, lb=None, ub=None, x0=None,
             options=None, *, nargout=1):
    """Minimise a convex quadratic subject to linear constraints, as MATLAB's
    ``quadprog``.

    MATLAB call forms::

        x = quadprog(H, f)
        x = quadprog(H, f, A, b)
        x = quadprog(H, f, A, b, Aeq, beq)
        x = quadprog(H, f, A, b, Aeq, beq, lb, ub)
        x = quadprog(H, f, A, b, Aeq, beq, lb, ub, x0, options)
        x = quadprog(problem)
        [x, fval, exitflag, output, lambda] = quadprog(___)   ->  nargout=5

    Minimises ``1/2*x'*H*x + f'*x`` subject to ``A*x <= b``, ``Aeq*x = beq`` and ``lb <=
    x <= ub`` (``[]`` or None for an absent argument; a bound shorter than x leaves
    the remaining variables unbounded). A non-symmetric H is replaced by ``(H+H')/2``
    with MATLAB's warning. Outputs: ``fval = 1/2*x'*H*x + f'*x``; ``exitflag`` 1
    (minimum found), 0 (MaxIterations), -2 (infeasible), -3 (unbounded), -6
    (non-convex: the 'interior-point-convex' algorithm refuses it, as MATLAB's); the
    ``output`` structure (message, algorithm, firstorderopt, constrviolation,
    iterations, linearsolver, cgiterations); ``lambda`` with fields ineqlin, eqlin,
    lower, upper (columns; MATLAB's signs: ``H*x + f + A'*ineqlin + Aeq'*eqlin - lower
    + upper = 0``). Options: Display ('final' prints the exit message), MaxIterations,
    OptimalityTolerance, ConstraintTolerance (``optimset``/``optimoptions``).

    Notes
    -----
    MATLAB's interior-point answer is accurate to its tolerances (1e-8); compat's is
    solved exactly on the active constraints the interior point finds, so it agrees with
    MATLAB's printed values and with active-set solvers (Octave's ``quadprog``) to
    rounding. Iteration counts are compat's. scipy has no QP solver;
    ``scipy.optimize.minimize`` with constraints gives a local solution to its own
    tolerance, without MATLAB's outputs. Sources: MATLAB documentation of ``quadprog``
    (syntax, outputs, exit flags, the quadratic-programming algorithms page); goldens
    from Octave 7.3's optim ``quadprog`` and MATLAB's printed examples
    (reference_outputs/matlab/quadratic_programming).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> H = np.array([[1., -1.], [-1., 2.]]); f = np.array([-2., -6.])
    >>> A = np.array([[1., 1.], [-1., 2.], [2., 1.]]); b = np.array([2., 2., 3.])
    >>> x, fval, exitflag = matlab.quadprog(H, f, A, b, [], [], [], [], [],
    ...                                     matlab.optimset('Display', 'off'), nargout=3)
    >>> x.round(4), round(float(fval), 4), exitflag
    (array([0.6667, 1.3333]), -8.2222, np.float64(1.0))
    """
    if f is None and isinstance(H, dict):
        H, f, A, b, Aeq, beq, lb, ub, x0, options = _problem(
            (H,), ("H", "f", "Aineq", "bineq", "Aeq", "beq", "lb", "ub", "x0", "options"),
            "quadprog")
    h = matlab_array(H, "H", complex_ok=False, to_float=True).astype(np.float64)
    fv = _vector(f, "f")
    n = h.shape[0] if h.size else fv.size
    if h.size == 0:
        h = np.zeros((n, n))
    if h.ndim != 2 or h.shape != (n, n):
        raise CompatValueError("The Hessian H must be a square matrix of the size of f.")
    if fv.size == 0:
        fv = np.zeros(n)
    h = _symmetric(h)
    a = _matrix(A, "A", n)
    bv = _vector(b, "b", a.shape[0])
    aeq = _matrix(Aeq, "Aeq", n)
    beqv = _vector(beq, "beq", aeq.shape[0])
    x0v = None if is_empty(x0) or np.asarray(x0).size == 0 else _vector(x0, "x0", n)
    x, flag, output, lam = _convex_qp("quadprog", h, fv, a, bv, aeq, beqv,
                                      _bound(lb, "lb", n), _bound(ub, "ub", n), x0v,
                                      options, n)
    like = f if f is not None and np.asarray(f).size else np.zeros(n)
    if nargout <= 1:
        return _shaped(x, like)
    fval = np.float64(0.5 * x @ h @ x + fv @ x) if x.size else np.float64(np.nan)
    return QuadprogResult.first(nargout, _shaped(x, like), fval, np.float64(flag), output,
                                lam)


@matlab_function("lsqlin", nargout=6)
def lsqlin(C, d, A=None, b=None, Aeq=None, beq=None, lb=None, ub=None, x0=None,
           options=None, *, nargout=1):
    """Linear least squares with linear constraints, as MATLAB's ``lsqlin``.

    MATLAB call forms::

        x = lsqlin(C, d, A, b)
        x = lsqlin(C, d, A, b, Aeq, beq, lb, ub)
        x = lsqlin(C, d, A, b, Aeq, beq, lb, ub, x0, options)
        x = lsqlin(problem)
        [x, resnorm, residual, exitflag, output, lambda] = lsqlin(___) ->  nargout=6

    Minimises ``1/2*norm(C*x - d)^2`` subject to ``A*x <= b``, ``Aeq*x = beq``, ``lb
    <= x <= ub``: the convex quadratic program ``H = C'*C``, ``f = -C'*d`` solved as
    :func:`quadprog` solves it (MATLAB's default 'interior-point' algorithm, then exact
    on the active face). Outputs: ``resnorm = norm(C*x - d)^2``, ``residual = C*x -
    d``, ``exitflag`` (1, 0, -2 as quadprog's), ``output``, ``lambda`` (ineqlin, eqlin,
    lower, upper).

    Notes
    -----
    Without constraints the solution of a full-rank ``C`` is ``C\\d``; for a rank-
    deficient ``C`` the minimiser is not unique and compat returns the one of least
    norm on the active face (MATLAB's interior point returns one of them). Sources:
    MATLAB documentation of ``lsqlin``; goldens from Octave 7.3's optim ``lsqlin`` and
    MATLAB's printed examples.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> C = np.array([[0.9501, 0.7620, 0.6153, 0.4057], [0.2311, 0.4564, 0.7919, 0.9354],
    ...               [0.6068, 0.0185, 0.9218, 0.9169], [0.4859, 0.8214, 0.7382, 0.4102],
    ...               [0.8912, 0.4447, 0.1762, 0.8936]])
    >>> d = np.array([0.0578, 0.3528, 0.8131, 0.0098, 0.1388])
    >>> A = np.array([[0.2027, 0.2721, 0.7467, 0.4659], [0.1987, 0.1988, 0.4450, 0.4186],
    ...               [0.6037, 0.0152, 0.9318, 0.8462]])
    >>> b = np.array([0.5251, 0.2026, 0.6721])
    >>> matlab.lsqlin(C, d, A, b, [], [], [], [], [],
    ...               matlab.optimset('Display', 'off')).round(4)    # MATLAB's example
    array([ 0.1299, -0.5757,  0.4251,  0.2438])
    """
    if isinstance(C, dict) and d is None:
        C, d, A, b, Aeq, beq, lb, ub, x0, options = _problem(
            (C,), ("C", "d", "Aineq", "bineq", "Aeq", "beq", "lb", "ub", "x0", "options"),
            "lsqlin")
    c = matlab_array(C, "C", complex_ok=False, to_float=True).astype(np.float64)
    if c.ndim <= 1:
        c = c.reshape(-1, 1)
    dv = _vector(d, "d", c.shape[0])
    n = c.shape[1]
    a = _matrix(A, "A", n)
    bv = _vector(b, "b", a.shape[0])
    aeq = _matrix(Aeq, "Aeq", n)
    beqv = _vector(beq, "beq", aeq.shape[0])
    x0v = None if is_empty(x0) or np.asarray(x0).size == 0 else _vector(x0, "x0", n)
    x, flag, output, lam = _convex_qp("lsqlin", c.T @ c, -(c.T @ dv), a, bv, aeq, beqv,
                                      _bound(lb, "lb", n), _bound(ub, "ub", n), x0v,
                                      options, n)
    like = np.zeros(n) if np.ndim(d) <= 1 else np.zeros((n, 1))
    if nargout <= 1:
        return _shaped(x, like)
    residual = c @ x - dv
    return LsqlinResult.first(nargout, _shaped(x, like), np.float64(residual @ residual),
                              _shaped(residual, like), np.float64(flag), output, lam)


# ------------------------------------------------------------------ linprog
_LP_EXITS = {0: (1.0, "Optimal solution found."),
             1: (0.0, "Solver stopped prematurely.\n\nlinprog stopped because it exceeded "
                      "the iteration limit."),
             2: (-2.0, "No feasible solution found.\n\nLinprog stopped because no point "
                       "satisfies the constraints."),
             3: (-3.0, "Problem is unbounded."),
             4: (-4.0, "NaN value encountered during execution of the algorithm.")}


@matlab_function("linprog", nargout=5)
def linprog(f, A=None, b=None, Aeq=None, beq=None, lb=None, ub=None, options=None, *,
            nargout=1):
    """Solve a linear program, as MATLAB's ``linprog``.

    MATLAB call forms::

        x = linprog(f, A, b)
        x = linprog(f, A, b, Aeq, beq)
        x = linprog(f, A, b, Aeq, beq, lb, ub)
        x = linprog(f, A, b, Aeq, beq, lb, ub, options)
        x = linprog(problem)
        [x, fval, exitflag, output, lambda] = linprog(___)   ->  nargout=5

    Minimises ``f'*x`` subject to ``A*x <= b``, ``Aeq*x = beq``, ``lb <= x <= ub`` by
    the dual simplex method (HiGHS, through ``scipy.optimize.linprog(method=
    'highs-ds')``: MATLAB's 'dual-simplex' is built on HiGHS since R2024a). Outputs:
    ``fval = f'*x``; ``exitflag`` 1 (optimal), 0 (iteration limit), -2 (infeasible),
    -3 (unbounded), -4 (NaN); ``output`` (iterations, constrviolation, message,
    algorithm, firstorderopt); ``lambda`` (ineqlin, eqlin, lower, upper: MATLAB's signs,
    ``f + A'*ineqlin + Aeq'*eqlin - lower + upper = 0``). Options: Display,
    MaxIterations (default ``10*(equalities + inequalities + variables)``),
    ConstraintTolerance, OptimalityTolerance.

    Notes
    -----
    ``scipy.optimize.linprog`` returns its own result object, sensitivities (marginals)
    with the opposite sign for the ``<=`` and ``=`` rows, and defaults to ``x >= 0``;
    MATLAB's variables are free unless ``lb`` says otherwise. Where the optimum is not
    unique, MATLAB's and compat's vertices may differ. Sources: MATLAB documentation of
    ``linprog`` (syntax, exit flags, lambda's sign convention, its examples, printed as
    goldens in reference_outputs/matlab/quadratic_programming); Octave's ``glpk`` for
    random problems.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[1, 1], [1, 1/4], [1, -1], [-1/4, -1], [-1, -1], [-1, 1]])
    >>> b = np.array([2, 1, 2, 1, -1, 2]); f = np.array([-1, -1/3])
    >>> matlab.linprog(f, A, b, [], [], [], [], matlab.optimset('Display', 'off')).round(4)
    array([0.6667, 1.3333])
    """
    from scipy.optimize import linprog as highs

    if isinstance(f, dict) and A is None:
        f, A, b, Aeq, beq, lb, ub, options = _problem(
            (f,), ("f", "Aineq", "bineq", "Aeq", "beq", "lb", "ub", "options"), "linprog")
    fv = _vector(f, "f")
    n = fv.size
    a = _matrix(A, "A", n)
    bv = _vector(b, "b", a.shape[0])
    aeq = _matrix(Aeq, "Aeq", n)
    beqv = _vector(beq, "beq", aeq.shape[0])
    lbv, ubv = _bound(lb, "lb", n), _bound(ub, "ub", n)
    settings = _options("linprog", options, n, a.shape[0] + aeq.shape[0])
    if np.any(lbv > ubv):
        raise CompatValueError("Exiting due to infeasibility: at least one lower bound "
                               "exceeds the corresponding upper bound.")
    found = highs(fv, A_ub=a if a.size else None, b_ub=bv if a.size else None,
                  A_eq=aeq if aeq.size else None, b_eq=beqv if aeq.size else None,
                  bounds=np.column_stack([np.where(np.isfinite(lbv), lbv, None),
                                          np.where(np.isfinite(ubv), ubv, None)]),
                  method="highs-ds",
                  options={"maxiter": settings["MaxIterations"],
                           "primal_feasibility_tolerance": settings["ConstraintTolerance"],
                           "dual_feasibility_tolerance": settings["OptimalityTolerance"]})
    flag, message = _LP_EXITS.get(found.status, (-4.0, str(found.message)))
    _report(settings["Display"], flag, message)
    like = f if np.ndim(f) else np.zeros(n)
    if found.x is None:
        x = np.zeros(0)
    else:
        x = np.asarray(found.x, dtype=np.float64)
    if nargout <= 1:
        return _shaped(x, like) if x.size else np.zeros((0, 0))
    fval = np.float64(fv @ x) if x.size else np.zeros((0, 0))

    def marginals(part, sign, size):
        values = getattr(getattr(found, part, None), "marginals", None)
        return (sign * np.asarray(values, dtype=np.float64)).reshape(-1, 1) + 0.0 \
            if values is not None and size else np.zeros((size, 1))

    violation = 0.0
    if x.size:
        violation = max(np.max(a @ x - bv, initial=0.0),
                        np.max(np.abs(aeq @ x - beqv), initial=0.0),
                        np.max(lbv - x, initial=0.0), np.max(x - ubv, initial=0.0))
    output = MatlabStruct(iterations=np.float64(found.nit),
                          constrviolation=np.float64(violation), message=message,
                          algorithm="dual-simplex",
                          firstorderopt=np.float64(0.0 if found.status == 0 else np.nan))
    lam = MatlabStruct(ineqlin=marginals("ineqlin", -1.0, a.shape[0]),
                       eqlin=marginals("eqlin", -1.0, aeq.shape[0]),
                       lower=marginals("lower", 1.0, n), upper=marginals("upper", -1.0, n))
    return LinprogResult.first(nargout, _shaped(x, like) if x.size else np.zeros((0, 0)),
                               fval, np.float64(flag), output, lam)
