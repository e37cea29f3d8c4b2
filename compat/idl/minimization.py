"""IDL's function minimisation: ``AMOEBA`` (the downhill simplex method), ``POWELL``
(Powell's direction-set method) and ``DFPMIN`` (BFGS quasi-Newton with the gradient).

The legacy layer over :mod:`compat._core.amoeba` (Numerical Recipes' ``amoeba``, which
IDL documents as the basis of its amoeba.pro) and :mod:`compat._core.direction_set`
(Numerical Recipes' ``powell`` and ``dfpmin``, the documented basis of IDL's POWELL
and DFPMIN). IDL names the function to minimise by a
string (``FUNCTION_NAME='func'``); in Python it is a callable taking the parameter
vector and returning a scalar.
"""

from __future__ import annotations

import numpy as np

from compat._core import direction_set
from compat._core.amoeba import downhill_simplex
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["amoeba", "powell", "dfpmin"]


class AmoebaResult(Result):
    """``Result = AMOEBA(Ftol, FUNCTION_VALUE=fv, NCALLS=n, SIMPLEX=s, ...)``: the
    requested output keywords after the result."""

    result: np.ndarray
    function_value: np.ndarray
    ncalls: np.int32
    simplex: np.ndarray


def _float_vector(value, name, dtype=None) -> np.ndarray:
    v = idl_array(value, name, complex_ok=False)
    v = np.atleast_1d(v)
    if dtype is not None:
        return v.astype(dtype)
    return v.astype(np.float64 if v.dtype == np.float64 else np.float32)


@idl_routine("AMOEBA")
def amoeba(ftol, *, function_name=None, function_value=False, ncalls=False, nmax=5000,
           p0=None, scale=None, simplex=None):
    """IDL's ``AMOEBA``: minimise a function of a vector by the downhill simplex method.

    IDL call form::

        Result = AMOEBA(Ftol [, FUNCTION_NAME=string] [, FUNCTION_VALUE=variable]
                        [, NCALLS=variable] [, NMAX=value] [, P0=vector, SCALE=vector
                        | , SIMPLEX=array])
            ->  r = idl.amoeba(ftol, function_name=f, p0=p0, scale=scale,
                               function_value=True, ncalls=True, simplex=True)

    Numerical Recipes' ``amoeba`` (section 10.4), as IDL's amoeba.pro: the starting
    simplex is ``p0`` and ``p0 + scale[i]`` along each axis ``i`` (a scalar ``scale``
    serves every axis), or the ``ndim + 1`` vertices given as ``simplex`` (IDL's
    ``(ndim, ndim+1)`` array: numpy shape ``(ndim + 1, ndim)``, one vertex per row); the
    method stops when ``2|f_hi - f_lo| / (|f_hi| + |f_lo| + 1e-10) < ftol``. The result
    is the best vertex, in the precision of ``p0``/``simplex`` (FLOAT unless DOUBLE);
    when more than ``nmax`` (default 5000) evaluations are needed it is the scalar -1,
    as IDL returns.

    Parameters
    ----------
    ftol : float
        Fractional tolerance on the function value.
    function_name : callable
        FUNCTION_NAME: ``f(p) -> scalar``; IDL's default name FUNC has no Python
        equivalent, so it is required.
    function_value, ncalls, simplex : bool
        Request the output keywords: FUNCTION_VALUE (the ``ndim + 1`` values at the
        final vertices, the minimum first), NCALLS (evaluations counted as Numerical
        Recipes counts them: the ``ndim + 1`` starting ones are not), SIMPLEX (the final
        vertices, best first). ``simplex`` may instead be the starting simplex (an
        array); the final one is then not returned.
    nmax : int
        NMAX: the largest number of evaluations.
    p0, scale : array_like
        P0 and SCALE: the starting point and the length scale per dimension.

    Returns
    -------
    ndarray (or -1), or AmoebaResult with the requested outputs.

    Notes
    -----
    ``scipy.optimize.minimize(method='Nelder-Mead')`` and MATLAB's ``fminsearch`` use
    other simplex rules (sorted vertices, other stop tests): the iterates and the point
    returned differ. Values kept in the dtype the function returns, as IDL.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> x = np.arange(17, dtype=np.float32) * 5
    >>> y = np.array([12.0, 24.3, 39.6, 51.0, 66.5, 78.4, 92.7, 107.8, 120.0, 135.5,
    ...               147.5, 161.0, 175.4, 187.4, 202.5, 215.4, 229.9], dtype=np.float32)
    >>> def func(p):   # the largest error of the line p[0] + p[1]*x
    ...     return np.max(np.abs(y - (p[0] + p[1] * x)))
    >>> r = idl.amoeba(1.0e-5, function_name=func, scale=1.0e2, p0=[0, 0],
    ...                function_value=True)
    >>> r.result.round(2), round(float(r.function_value[0]), 2)   # IDL: 11.41 2.728, 1.33
    (array([11.41,  2.73], dtype=float32), 1.33)
    """
    if function_name is None or not callable(function_name):
        raise CompatTypeError("FUNCTION_NAME must be a callable f(p) returning a scalar "
                              "(IDL's default FUNC has no Python equivalent)")
    tol = float(np.asarray(ftol, dtype=np.float64).reshape(-1)[0])
    start_given = simplex is not None and not isinstance(simplex, (bool, np.bool_))
    if p0 is not None:
        start = _float_vector(p0, "P0")
        ndim = start.size
        if scale is None:
            raise CompatValueError("Either (SCALE,P0) or SIMPLEX must be initialized")
        lengths = np.broadcast_to(np.atleast_1d(np.asarray(scale, dtype=start.dtype)),
                                  (ndim,)) if np.size(scale) == 1 else \
            _float_vector(scale, "SCALE", start.dtype)
        if lengths.size != ndim:
            raise CompatValueError(f"SCALE has {lengths.size} elements, P0 has {ndim}")
        vertices = np.repeat(start[None, :], ndim + 1, axis=0)
        vertices[np.arange(1, ndim + 1), np.arange(ndim)] += lengths
    elif start_given:
        vertices = idl_array(simplex, "SIMPLEX", complex_ok=False)
        if vertices.ndim != 2 or vertices.shape[0] != vertices.shape[1] + 1:
            raise CompatValueError("SIMPLEX must be an (ndim, ndim+1) array: numpy shape "
                                   "(ndim + 1, ndim)")
        vertices = vertices.astype(np.float64 if vertices.dtype == np.float64
                                   else np.float32)
    else:
        raise CompatValueError("Either (SCALE,P0) or SIMPLEX must be initialized")
    dtype = vertices.dtype

    def evaluate(point):
        value = np.asarray(function_name(point.copy()))
        if value.size != 1:
            raise CompatValueError("FUNCTION_NAME must return a scalar")
        return value.reshape(-1)[0]

    first = np.asarray(function_name(vertices[0].copy()))
    value_type = first.dtype if first.dtype.kind == "f" else np.dtype(np.float32)
    found = downhill_simplex(evaluate, vertices, tol, int(nmax), value_type)
    result = found.simplex[0].copy() if found.converged else np.int16(-1)
    requested = {"function_value": function_value, "ncalls": ncalls,
                 "simplex": bool(simplex) if not start_given else False}
    if not any(requested.values()):
        return result
    return AmoebaResult(result=result, function_value=found.values,
                        ncalls=np.int32(found.calls), simplex=found.simplex.astype(dtype))


# ----------------------------------------------------------------- POWELL, DFPMIN
def _working_vector(value, name, double):
    """P/X in the working precision: DOUBLE with /DOUBLE or a DOUBLE (DCOMPLEX) argument,
    FLOAT otherwise; of complex values only the real part is used, as IDL documents."""
    v = np.atleast_1d(idl_array(value, name)).reshape(-1)
    if v.size < 1:
        raise CompatValueError(f"{name} must have at least one element")
    dtype = np.dtype(np.float64 if double or v.dtype in (np.float64, np.complex128)
                     else np.float32)
    return v.real.astype(dtype), dtype


def _scalar_function(func, name, dtype):
    if isinstance(func, (str, bytes)) or not callable(func):
        raise CompatTypeError(f"{name} must be a Python function of one vector (IDL's "
                              f"function name {func!r} cannot be called)")

    def f(x):
        value = func(x.copy())
        if isinstance(value, (float, np.floating)):      # the common case, quickly
            return dtype.type(value)
        value = np.asarray(value)
        if value.size != 1:
            raise CompatValueError(f"{name} must return a scalar, got {value.size} values")
        value = value.reshape(-1)[0]
        return dtype.type(value.real if np.iscomplexobj(value) else value)
    return f


def _positive_int(value, name):
    if isinstance(value, (bool, np.bool_)) or int(value) != value or value < 1:
        raise CompatValueError(f"{name} must be a positive integer, got {value!r}")
    return int(value)


class PowellResult(Result):
    """``POWELL, P, Xi, Ftol, Fmin, Func [, ITER=iter]``: the minimum P, the final
    direction set Xi, Fmin, and ITER when requested."""

    p: np.ndarray
    xi: np.ndarray
    fmin: np.floating
    iter: np.int32


@idl_routine("POWELL")
def powell(p, xi, ftol, func, *, double=False, iter=False, itmax=200):
    """IDL's ``POWELL``: minimise a function of several variables by Powell's
    direction-set method (no derivatives).

    IDL call form::

        POWELL, P, Xi, Ftol, Fmin, Func [, /DOUBLE] [, ITER=variable] [, ITMAX=value]
            ->  r = idl.powell(p, xi, ftol, func, iter=True)
                r.p, r.xi, r.fmin, r.iter

    IDL overwrites P with the minimum, Xi with the final directions and sets the output
    argument Fmin (which IDL places between Ftol and Func); compat returns them as
    ``p``, ``xi`` and ``fmin`` (the caller's arrays are unchanged), with ``iter`` when
    requested.

    Numerical Recipes' ``powell`` (section 10.5), on which IDL documents POWELL to be
    based, step for step: each pass minimises along every direction in turn
    (``linmin``: ``mnbrak`` bracketing from steps 0 and 1, then Brent's method to the
    fractional tolerance 2e-4), stops when the pass lowered the function by no more than
    ``2 (f_old - f) <= ftol (|f_old| + |f|) + 1e-25``, and otherwise replaces the
    direction of largest decrease by the pass's net displacement when Powell's test
    allows it.

    Parameters
    ----------
    p : array_like
        The starting point (n elements; complex: the real part).
    xi : array_like
        The n x n starting directions, one per IDL column (numpy column ``xi[:, i]``,
        since numpy's axes are IDL's reversed); usually ``np.eye(n)``.
    ftol : float
        Fractional tolerance on the function value (IDL recommends 1e-4 for FLOAT,
        1e-8 for DOUBLE).
    func : callable
        IDL's Func, the name of a user function of a vector returning a scalar: in
        Python the function itself, ``func(x) -> scalar``.
    double : bool
        /DOUBLE: compute in double precision (otherwise in the precision of P: DOUBLE
        for a DOUBLE P, else FLOAT).
    iter : bool
        Request ITER, the number of passes made.
    itmax : int
        ITMAX, the largest number of passes (default 200).

    Returns
    -------
    PowellResult
        ``p``, ``xi``, ``fmin`` (and ``iter``), in the working precision.

    Raises
    ------
    ValueError
        ``"POWELL: powell exceeding maximum iterations."`` (Numerical Recipes' message)
        after ITMAX passes; for an Xi that is not n x n.
    TypeError
        When Func is not callable (an IDL function name).

    Notes
    -----
    ``scipy.optimize.minimize(method='Powell')`` is a modified Powell method with other
    line searches and stopping rules; it stops elsewhere. GDL 1.0.1's POWELL is Brent's
    PRAXIS instead: it ignores Xi (returned unchanged), always reports ITER = 1, and
    agrees with IDL only to the stopping tolerance.

    Examples
    --------
    The Reference Guide's example (IDL prints ``-0.31622777 -0.63245552`` and
    ``-0.95900918``):

    >>> import numpy as np
    >>> from compat import idl
    >>> f = lambda x: (x[0] + 2.0 * x[1]) * np.exp(-x[0] ** 2 - x[1] ** 2)
    >>> r = idl.powell([0.5, -0.25], np.eye(2), 1.0e-4, f)
    >>> print(np.round(r.p, 8), round(float(r.fmin), 8))
    [-0.31622777 -0.63245552] -0.95900918
    """
    start, dtype = _working_vector(p, "P", double)
    n = start.size
    directions = np.asarray(idl_array(xi, "Xi"))
    if directions.shape != (n, n):
        raise CompatValueError(f"Xi must be an n x n array of directions (n = {n}), got "
                               f"shape {directions.shape}")
    directions = directions.real.astype(dtype)
    f = _scalar_function(func, "Func", dtype)
    try:
        found = direction_set.powell(f, start, directions, float(np.real(ftol)),
                                     itmax=_positive_int(itmax, "ITMAX"), dtype=dtype)
    except direction_set._NRIterationError as error:
        raise CompatValueError(str(error)) from None
    out = {"p": found.x, "xi": found.directions, "fmin": found.fmin}
    if iter:
        out["iter"] = np.int32(found.iterations)
    return PowellResult(**out)


class DfpminResult(Result):
    """``DFPMIN, X, Gtol, Fmin, Func, Dfunc [, ITER=iter]``: the minimum X, Fmin, and
    ITER when requested."""

    x: np.ndarray
    fmin: np.floating
    iter: np.int32


@idl_routine("DFPMIN")
def dfpmin(x, gtol, func, dfunc, *, double=False, eps=None, iter=False, itmax=200,
           stepmax=100.0, tolx=None):
    """IDL's ``DFPMIN``: minimise a function of several variables by the BFGS variant of
    the Davidon-Fletcher-Powell quasi-Newton method, with its gradient.

    IDL call form::

        DFPMIN, X, Gtol, Fmin, Func, Dfunc [, /DOUBLE] [, EPS=value] [, ITER=variable]
                [, ITMAX=value] [, STEPMAX=value] [, TOLX=value]
            ->  r = idl.dfpmin(x, gtol, func, dfunc, iter=True); r.x, r.fmin, r.iter

    IDL overwrites X with the minimum and sets the output argument Fmin (placed between
    Gtol and Func); compat returns them as ``x`` and ``fmin``, with ``iter`` on request.

    Numerical Recipes' ``dfpmin`` (section 10.7), on which IDL documents DFPMIN to be
    based, step for step: the inverse Hessian starts at the identity, each iteration
    backtracks along ``-H g`` (``lnsrch``, steps limited to ``stepmax * max(|x0|, n)``),
    and the method stops when the step is below TOLX relative to ``max(|x_i|, 1)`` or the
    gradient scaled by ``max(|x_i|, 1) / max(f, 1)`` is below Gtol; the BFGS update is
    skipped when the curvature ``dg.dx`` is below ``sqrt(EPS |dg|^2 |dx|^2)``.

    Parameters
    ----------
    x : array_like
        The starting point (complex: the real part).
    gtol : float
        The convergence requirement on the (scaled) gradient.
    func, dfunc : callable
        IDL's Func and Dfunc (names of user functions): ``func(x) -> scalar`` and
        ``dfunc(x) -> gradient vector``.
    double : bool
        /DOUBLE: compute in double precision (otherwise in the precision of X).
    eps : float
        EPS, a number close to the machine precision: default 3e-8 (Numerical
        Recipes' value) for FLOAT, 3e-10 for DOUBLE (GDL's default; see Notes).
    iter : bool
        Request ITER, the number of iterations made.
    itmax : int
        ITMAX (default 200).
    stepmax : float
        STEPMAX, the scaled largest step of the line searches (default 100).
    tolx : float
        TOLX, the convergence criterion on X (default ``4 * eps``).

    Returns
    -------
    DfpminResult
        ``x``, ``fmin`` (and ``iter``), in the working precision.

    Raises
    ------
    ValueError
        ``"DFPMIN: too many iterations in dfpmin"`` after ITMAX iterations; ``"DFPMIN:
        Roundoff problem in lnsrch."`` when the search direction does not descend
        (Numerical Recipes' messages).

    Notes
    -----
    GDL 1.0.1 minimises with GSL's ``vector_bfgs2`` (another line search and a stop on
    the unscaled gradient norm) and agrees with IDL only to the stopping tolerance; it
    does not set ITER. The DOUBLE default of EPS is not printed in the Reference Guide
    pages available; compat takes GDL's. ``scipy.optimize.minimize(method='BFGS')``
    also differs in its line search and stopping rules.

    Examples
    --------
    The Reference Guide's example (FLOAT; IDL prints ``3.00175 2.00000``):

    >>> import numpy as np
    >>> from compat import idl
    >>> f = lambda x: (x[0] - 3.0) ** 4 + (x[1] - 2.0) ** 2
    >>> g = lambda x: np.array([4.0 * (x[0] - 3.0) ** 3, 2.0 * (x[1] - 2.0)])
    >>> r = idl.dfpmin(np.float32([1.0, 1.0]), 1.0e-7, f, g)
    >>> print(r.x.round(5), r.x.dtype)
    [3.00175 2.     ] float32
    """
    start, dtype = _working_vector(x, "X", double)
    f = _scalar_function(func, "Func", dtype)
    if isinstance(dfunc, (str, bytes)) or not callable(dfunc):
        raise CompatTypeError(f"Dfunc must be a Python function of one vector (IDL's "
                              f"function name {dfunc!r} cannot be called)")
    if eps is None:
        eps = 3.0e-10 if dtype == np.float64 else 3.0e-8
    try:
        found = direction_set.dfpmin(f, dfunc, start, float(np.real(gtol)),
                                     itmax=_positive_int(itmax, "ITMAX"), eps=float(eps),
                                     tolx=None if tolx is None else float(tolx),
                                     stepmax=float(stepmax), dtype=dtype)
    except direction_set._NRIterationError as error:
        raise CompatValueError(str(error)) from None
    except ValueError as error:
        raise CompatValueError(str(error)) from None
    out = {"x": found.x, "fmin": found.fmin}
    if iter:
        out["iter"] = np.int32(found.iterations)
    return DfpminResult(**out)
