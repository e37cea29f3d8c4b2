"""IDL's root finders: FX_ROOT (Muller's method) over :mod:`compat._core.muller`;
NEWTON and BROYDEN (systems of nonlinear equations) over
:mod:`compat._core.newton_systems`; FZ_ROOTS (the roots of a polynomial, Laguerre's
method) over :mod:`compat._core.laguerre`."""

from __future__ import annotations

import numpy as np

from compat._core import newton_systems
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import float_type, idl_array
from compat._core.laguerre import polynomial_roots
from compat._core.legacy import idl_routine
from compat._core.muller import muller
from compat._core.results import Result

__all__ = ["fx_root", "newton", "broyden", "fz_roots"]


@idl_routine("FX_ROOT")
def fx_root(x, func, *, double=False, itmax=100, stop=0, tol=1.0e-4):
    """A root of a real or complex function by Muller's method, as IDL's ``FX_ROOT``.

    IDL call form::

        Result = FX_ROOT(X, Func [, /DOUBLE] [, ITMAX=value] [, STOP=value]
                         [, TOL=value])

    Python::

        compat.idl.fx_root(x, func, *, double=False, itmax=100, stop=0, tol=1e-4)

    Parameters
    ----------
    x : array_like
        Three starting points, real or complex (real starting points can reach complex
        roots).
    func : callable
        IDL's Func, the name of a user function of one scalar: in Python the function
        itself, ``func(x)`` returning a scalar (or one-element array); it receives
        complex values (COMPLEX or DCOMPLEX) as IDL's routine passes them.
    double : bool
        /DOUBLE: compute in double precision. Without it the computation is in the
        precision of X (DOUBLE and DCOMPLEX give double precision; integers FLOAT).
    itmax : int
        ITMAX, the maximum number of iterations (default 100); the last iterate is
        returned when it is reached.
    stop : {0, 1}
        STOP=0 (default): stop when two successive iterates differ by less than TOL in
        absolute value; STOP=1: stop when ``|func(root)| < TOL``.
    tol : float
        TOL, the stopping tolerance (default 1e-4).

    Returns
    -------
    numpy scalar
        The root: FLOAT/DOUBLE when its imaginary part is zero, COMPLEX/DCOMPLEX
        otherwise.

    Raises
    ------
    ValueError
        ``"FX_ROOT: ..."`` when X does not have three elements, or for ITMAX < 1, a STOP
        other than 0 or 1, a negative TOL.
    TypeError
        ``"FX_ROOT: ..."`` when Func is not callable (IDL's function name as a string).

    Notes
    -----
    IDL Reference Guide, FX_ROOT ("computes real and complex roots (zeros) of a
    univariate nonlinear function", Muller's method). compat iterates Muller's parabola
    as Numerical Recipes (section 9.5) writes it, in complex arithmetic of the working
    precision, and reproduces GDL 1.0.1's iterates (golden suite ``idl/roots``). The
    stopping test bounds the last *step*, not the error: with the default TOL = 1e-4
    the DOUBLE root of ``x^3 - 2x - 5`` from ``[1, 2, 3]`` is 2.0945514444780455 where
    the root is 2.0945514815423265. Which of two complex-conjugate roots is reached
    from real starting points depends on the sign of a zero imaginary part in the
    square root (implementation-defined); GDL returns its root as a one-element array,
    compat (like IDL's ``fx_root.pro``, which returns an element) as a scalar.

    Differences from ``scipy.optimize.newton(func, x0)`` (secant) or ``brentq``: they
    take one start or a bracket and stop on scipy's tolerances, and stay real.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import fx_root
    >>> r = fx_root([1.0, 2.0, 3.0], lambda x: x**3 - 2 * x - 5)
    >>> r.dtype, float(r)
    (dtype('float64'), 2.0945514444780455)
    >>> r = fx_root([1.0, 2.0, 3.0], lambda x: x**3 - 2 * x - 5, stop=1, tol=1e-12)
    >>> abs(r - 2.0945514815423265) < 1e-14
    np.True_
    """
    if isinstance(func, (str, bytes)) or not callable(func):
        raise CompatTypeError("Func must be a Python function of one variable (IDL's "
                              f"function name {func!r} cannot be called).")
    xa = idl_array(x, "X").reshape(-1)
    if xa.size != 3:
        raise CompatValueError(f"X must have 3 elements (starting points), got {xa.size}.")
    if isinstance(itmax, bool) or int(itmax) != itmax or itmax < 1:
        raise CompatValueError(f"ITMAX must be a positive integer, got {itmax!r}.")
    if stop not in (0, 1) or isinstance(stop, bool):
        raise CompatValueError(f"STOP must be 0 or 1, got {stop!r}.")
    if not tol >= 0:
        raise CompatValueError(f"TOL must be non-negative, got {tol!r}.")
    real = float_type(xa.dtype, double)
    if real.kind == "c":
        real = np.dtype(np.float64 if real == np.complex128 else np.float32)
    cdtype = np.dtype(np.complex128 if real == np.float64 else np.complex64)
    with np.errstate(all="ignore"):
        root = muller(func, xa.astype(cdtype), tol=float(tol), itmax=int(itmax),
                      stop_on_value=stop == 1, dtype=cdtype)
    if root.imag == 0:
        return real.type(root.real)
    return root


# ---------------------------------------------------------------- NEWTON, BROYDEN
class SystemRootResult(Result):
    """``Result = NEWTON(X, Vecfunc, CHECK=check)`` (or BROYDEN): the solution and the
    CHECK output keyword."""

    result: np.ndarray
    check: np.int32


def _solve_system(method, x, vecfunc, double, check, **options):
    if isinstance(vecfunc, (str, bytes)) or not callable(vecfunc):
        raise CompatTypeError("Vecfunc must be a Python function of one vector returning a "
                              f"vector (IDL's function name {vecfunc!r} cannot be called).")
    xa = np.atleast_1d(idl_array(x, "X")).reshape(-1)
    if xa.size < 1:
        raise CompatValueError("X must have at least one element (the initial guess).")
    dtype = np.dtype(np.float64 if double or xa.dtype in (np.float64, np.complex128)
                     else np.float32)
    itmax = options.pop("itmax")
    if isinstance(itmax, (bool, np.bool_)) or int(itmax) != itmax or itmax < 1:
        raise CompatValueError(f"ITMAX must be a positive integer, got {itmax!r}.")
    for name, value in options.items():
        if not float(value) > 0:
            raise CompatValueError(f"{name.upper()} must be positive, got {value!r}.")
    with np.errstate(all="ignore"):
        try:
            found = method(vecfunc, xa.real.astype(dtype), itmax=int(itmax), dtype=dtype,
                           **{k: float(v) for k, v in options.items()})
        except newton_systems._NRIterationError as error:
            raise CompatValueError(str(error)) from None
        except ValueError as error:     # Vecfunc returned the wrong number of values
            raise CompatValueError(str(error)) from None
    if check:
        return SystemRootResult(result=found.x, check=np.int32(found.check))
    return found.x


_SYSTEM_NOTES = """
    Numerical Recipes' ``{nr}`` (section 9.7), which the Reference Guide names as the
    basis of {name}, step for step in the working precision: {what} The line search
    backtracks along the step on ``f = F.F / 2`` (NR's ``lnsrch``: quadratic, then
    cubic models, at least 1e-4 of the initial rate of decrease, steps limited to
    STEPMAX times ``max(|x0|, n)``). The method stops when ``max|F| < TOLF``; when the
    line search cannot decrease f (CHECK = 1 when the gradient of f, scaled by
    ``max(|x_i|, 1) / max(f, n/2)``, is below TOLMIN: a local minimum of f, not a root,
    and X is then the last point); or when the step is below TOLX relative to
    ``max(|x_i|, 1)``.
"""


@idl_routine("NEWTON")
def newton(x, vecfunc, *, check=False, double=False, itmax=200, stepmax=100.0, tolf=1.0e-4,
           tolmin=1.0e-6, tolx=1.0e-7):
    """IDL's ``NEWTON``: solve n nonlinear equations in n unknowns by a globally
    convergent Newton's method.

    IDL call form::

        Result = NEWTON(X, Vecfunc [, CHECK=variable] [, /DOUBLE] [, ITMAX=value]
                        [, STEPMAX=value] [, TOLF=value] [, TOLMIN=value] [, TOLX=value])
            ->  idl.newton(x, vecfunc)       (check=True: a result with .check)
    {notes}
    Parameters
    ----------
    x : array_like
        The initial guess (n elements; complex: the real part).
    vecfunc : callable
        IDL's Vecfunc (a user function's name): in Python ``vecfunc(x)`` returning the
        n values of the system.
    check : bool
        Request CHECK (LONG): 1 when the method stopped at a local minimum of ``F.F/2``
        that is not a root (try another start), else 0.
    double : bool
        /DOUBLE: compute in double precision (otherwise in the precision of X).
    itmax, stepmax, tolf, tolmin, tolx
        ITMAX (200), STEPMAX (100), TOLF (1e-4), TOLMIN (1e-6), TOLX (1e-7): the
        Reference Guide's defaults, Numerical Recipes' constants.

    Returns
    -------
    ndarray, or SystemRootResult with ``result`` and ``check``
        FLOAT unless /DOUBLE or X is DOUBLE.

    Raises
    ------
    ValueError
        ``"NEWTON: MAXITS exceeded in newt"`` after ITMAX iterations, ``"NEWTON:
        Singular matrix in routine ludcmp"``, ``"NEWTON: Roundoff problem in lnsrch."``
        (Numerical Recipes' messages: the last can happen in FLOAT, where the
        forward-difference Jacobian near a root has few correct digits; use /DOUBLE).
    TypeError
        When Vecfunc is not callable.

    Notes
    -----
    GDL 1.0.1 solves with GSL's ``dnewton`` (no line search; its own TOLX test) and
    ignores CHECK, STEPMAX and TOLMIN: it agrees with IDL only to TOLF.
    ``scipy.optimize.fsolve`` (MINPACK's hybrid method) and ``root`` stop elsewhere.

    Examples
    --------
    The Reference Guide's example (IDL prints ``-2.4871776e-006 3.0000025`` and
    ``3.0000000 -2.9985351e-008``):

    >>> import numpy as np
    >>> from compat import idl
    >>> f = lambda x: np.array([x[0] + x[1] - 3, x[0] ** 2 + x[1] ** 2 - 9])
    >>> print(*("%.8g" % v for v in idl.newton([1.0, 5.0], f)))
    -2.4871776e-06 3.0000025
    >>> print(*("%.8g" % v for v in idl.newton([1.0, -1.0], f)))
    3 -2.9985351e-08
    """
    return _solve_system(newton_systems.newton, x, vecfunc, double, check,
                         itmax=itmax, stepmax=stepmax, tolf=tolf, tolmin=tolmin, tolx=tolx)


@idl_routine("BROYDEN")
def broyden(x, vecfunc, *, check=False, double=False, eps=1.0e-7, itmax=200, stepmax=100.0,
            tolf=1.0e-4, tolmin=1.0e-6, tolx=1.0e-7):
    """IDL's ``BROYDEN``: solve n nonlinear equations in n unknowns by a globally
    convergent Broyden's method (a secant update of the Jacobian).

    IDL call form::

        Result = BROYDEN(X, Vecfunc [, CHECK=variable] [, /DOUBLE] [, EPS=value]
                         [, ITMAX=value] [, STEPMAX=value] [, TOLF=value]
                         [, TOLMIN=value] [, TOLX=value])
            ->  idl.broyden(x, vecfunc)      (check=True: a result with .check)
    {notes}
    Parameters
    ----------
    x : array_like
        The initial guess (complex: the real part).
    vecfunc : callable
        IDL's Vecfunc: ``vecfunc(x)`` returning the n values of the system.
    check : bool
        Request CHECK (LONG): 1 when the method stopped at a local minimum of ``F.F/2``
        (or its line search failed just after a fresh Jacobian), else 0.
    double : bool
        /DOUBLE: compute in double precision (otherwise in the precision of X).
    eps : float
        EPS (1e-7): Broyden's update ignores a component whose change is below EPS
        relative to the function values.
    itmax, stepmax, tolf, tolmin, tolx
        As for :func:`newton` (200, 100, 1e-4, 1e-6, 1e-7).

    Returns
    -------
    ndarray, or SystemRootResult with ``result`` and ``check``

    Raises
    ------
    ValueError
        ``"BROYDEN: MAXITS exceeded in broydn"``, ``"BROYDEN: singular Jacobian in
        broydn"``, ``"BROYDEN: Roundoff problem in lnsrch."`` (Numerical Recipes').

    Notes
    -----
    GDL 1.0.1 uses GSL's ``broyden`` solver (no line search, no restarts) and agrees
    with IDL only to TOLF.

    Examples
    --------
    The Reference Guide's example (FLOAT; IDL prints ``0.500000 -1.10731e-07
    -0.523599``: the middle unknown, whose true value is 0, is known only to the
    stopping tolerance):

    >>> import numpy as np
    >>> from compat import idl
    >>> def f(x):
    ...     return np.array([3.0 * x[0] - np.cos(x[1] * x[2]) - 0.5,
    ...                      x[0] ** 2 - 81.0 * (x[1] + 0.1) ** 2 + np.sin(x[2]) + 1.06,
    ...                      np.exp(-x[0] * x[1]) + 20.0 * x[2] + (10.0 * np.pi - 3.0) / 3.0])
    >>> r = idl.broyden(np.float32([-1.0, 1.0, 2.0]), f)
    >>> r.dtype, bool(abs(r[1]) < 1e-5), r[[0, 2]].round(6)
    (dtype('float32'), True, array([ 0.5     , -0.523599], dtype=float32))
    """
    return _solve_system(newton_systems.broyden, x, vecfunc, double, check,
                         itmax=itmax, stepmax=stepmax, tolf=tolf, tolmin=tolmin, tolx=tolx,
                         eps=eps)


newton.__doc__ = newton.__doc__.replace("    {notes}", _SYSTEM_NOTES.format(
    nr="newt", name="NEWTON", what="the Newton step solves ``J p = -F`` with the "
    "forward-difference Jacobian (``h = 1e-4 |x_j|``, 1e-4 at zero) by LU decomposition "
    "(``ludcmp``)."))
broyden.__doc__ = broyden.__doc__.replace("    {notes}", _SYSTEM_NOTES.format(
    nr="broydn", name="BROYDEN", what="the Jacobian approximation starts (and restarts "
    "after a failed line search) from forward differences and is kept as a QR "
    "factorisation updated by Broyden's rank-one formula (``qrupdt``)."))


@idl_routine("FZ_ROOTS")
def fz_roots(c, *, double=False, eps=2.0e-6, no_polish=False):
    """The roots of a polynomial with real or complex coefficients, as IDL's ``FZ_ROOTS``
    (Laguerre's method with deflation and polishing).

    IDL call form::

        Result = FZ_ROOTS(C [, /DOUBLE] [, EPS=value] [, /NO_POLISH])

    Parameters
    ----------
    c : array_like
        The ``m + 1`` coefficients of the degree-``m`` polynomial in *ascending* order
        (``c[0] + c[1] x + ... + c[m] x**m``), real or complex; ``c[m]`` must not be 0.
    double : bool
        /DOUBLE: return DCOMPLEX roots. Without it the roots are COMPLEX unless C is
        DOUBLE or DCOMPLEX.
    eps : float
        EPS, the fractional accuracy (default 2e-6): a root whose imaginary part is at
        most ``2 * EPS * |real part|`` when found is made real (before polishing).
    no_polish : bool
        /NO_POLISH: skip the polishing of each root on the full polynomial.

    Returns
    -------
    ndarray, complex64 (COMPLEX) or complex128 (DCOMPLEX)
        The ``m`` roots, ordered by real part; roots with equal real parts stay in the
        order Laguerre's method found them (Numerical Recipes' ``zroots``).

    Raises
    ------
    ValueError
        ``"FZ_ROOTS: ..."`` for fewer than two coefficients, a zero coefficient of the
        highest power, NaN or infinite coefficients, a negative EPS, or when an
        iteration does not converge in 80 steps.

    Notes
    -----
    IDL Reference Guide, FZ_ROOTS: "uses Laguerre's method", "based on the routine
    zroots described in section 9.5 of Numerical Recipes in C". compat runs that
    algorithm (:mod:`compat._core.laguerre`): each root from the start value 0 on the
    deflated polynomial, polished on the full one, then sorted by real part with a
    straight insertion. It computes in double precision whatever the input type and
    rounds the roots to COMPLEX at the end: that is what reproduces the order of the
    three examples IDL's documentation prints, the third of which (roots 3 and 3 + 4i
    of a COMPLEX polynomial, IDL prints 3 first) comes out in the other order when the
    iterations run in single precision (both real parts are then exactly 3.0, and the
    insertion keeps the root found later first). GDL 1.0.1 computes the roots as the
    eigenvalues of the companion matrix (GSL's ``gsl_poly_complex_solve``) and returns
    them in the eigensolver's order, ignores EPS and /NO_POLISH and refuses complex
    coefficients; the golden suite ``idl/fz_roots`` compares GDL's roots as sets and
    IDL's printed examples in order. ``numpy.roots`` takes the coefficients in
    *descending* order and returns the companion-matrix eigenvalues in no documented
    order.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.fz_roots(np.float32([-2, -9, -7, 6]))   # 6x^3 - 7x^2 - 9x - 2, IDL's example
    array([-0.5       +0.j, -0.33333334+0.j,  2.        +0.j], dtype=complex64)
    >>> idl.fz_roots([2.0, 0.0, 3.0, 0.0, 1.0], double=True).imag
    array([-1.41421356,  1.41421356, -1.        ,  1.        ])
    """
    a = idl_array(c, "C", scalar_ok=False)
    if a.ndim != 1:
        if a.size != max(a.shape):
            raise CompatValueError("C must be a vector.")
        a = a.reshape(-1)
    if a.size < 2:
        raise CompatValueError("The polynomial must be of degree 1 or more: C needs "
                               "at least 2 coefficients.")
    if not np.all(np.isfinite(a)):
        raise CompatValueError("C must not hold NaN or Infinity.")
    if a[-1] == 0:
        raise CompatValueError("The coefficient of the highest power (the last element "
                               "of C) must not be 0.")
    eps = float(eps)
    if not eps >= 0:
        raise CompatValueError(f"EPS must be >= 0: {eps}")
    result = float_type(a.dtype, double)
    result = np.dtype(np.complex128 if result in (np.float64, np.complex128)
                      else np.complex64)
    roots = polynomial_roots(a.astype(np.complex128), eps=eps, polish=not no_polish)
    return roots.astype(result)
