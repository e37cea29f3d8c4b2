"""IDL's root finders: FX_ROOT (Muller's method) over :mod:`compat._core.muller`."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import float_type, idl_array
from compat._core.legacy import idl_routine
from compat._core.muller import muller

__all__ = ["fx_root"]


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
    xa = idl_array("fx_root", x, "X").reshape(-1)
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
