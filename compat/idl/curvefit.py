"""IDL ``CURVEFIT``: non-linear least squares by IDL's Marquardt (gradient-expansion) method."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.least_squares import (as_idl_float, gauss_model, idl_vector, marquardt,
                                        named_result)
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["curvefit"]

_BUILTIN = {"funct": False, "gauss_funct": True}  # name -> GAUSS_FUNCT's positive width

class CurvefitResult(Result):
    """CURVEFIT's result and the output arguments and keywords requested."""

    result: object
    a: object
    sigma: object
    chisq: object
    iter: object
    status: object
    yerror: object


@idl_routine("CURVEFIT", output_arguments=('sigma',))
def curvefit(x, y, weights, a, *, sigma=False, function_name=None, itmax=20, tol=None,
             chisq=False, iter=False, status=False, noderivative=False, double=None,
             yerror=False):
    """Non-linear least-squares fit of a model, as IDL's ``CURVEFIT`` iterates it.

    IDL call form::

        Result = CURVEFIT(X, Y, Weights, A [, Sigma] [, CHISQ=variable] [, /DOUBLE]
                          [, FUNCTION_NAME=string] [, ITER=variable] [, ITMAX=value]
                          [, /NODERIVATIVE] [, STATUS=variable] [, TOL=value]
                          [, YERROR=variable])

    Python::

        yfit, a = compat.idl.curvefit(x, y, weights, a, *, function_name=f, ...)
        r = compat.idl.curvefit(x, y, weights, a, sigma=True, function_name=f, chisq=True)
        r.result, r.a, r.sigma, r.chisq

    **A is returned, always.** In IDL, A is an input *and* output argument: CURVEFIT
    overwrites the caller's A with the fitted parameters. Python cannot rebind the
    caller's variable and compat never modifies the caller's arrays, so ``curvefit``
    always returns a named tuple whose first two fields are ``result`` (IDL's return
    value, the fitted Y) and ``a`` (the fitted parameters), followed by the requested
    outputs (``sigma``, ``chisq``, ``iter``, ``status``, ``yerror``, in that order). The
    port of ``yfit = curvefit(x, y, w, a, sig, function_name='f')`` is
    ``yfit, a, sig = curvefit(x, y, w, a, sigma=True, function_name=f)``.

    Parameters
    ----------
    x : anything
        Passed to the model unchanged (IDL: CURVEFIT does not use X itself).
    y : array_like
        Data to fit (integer, float32 or float64).
    weights : array_like or None
        One weight per point (``1/sigma_i**2`` for Gaussian errors, ``1/y_i`` for
        Poisson). ``None`` is IDL's undefined variable: no weighting, and SIGMA is
        multiplied by ``sqrt(chisq)`` (Numerical Recipes 15.2).
    a : array_like
        Starting parameters. float64 (IDL DOUBLE) runs the fit in double precision,
        anything else in single precision (converted to float32), unless ``double``.
    sigma : bool
        Request the Sigma output argument (1-sigma errors of the parameters).
    function_name : callable or str, optional
        The model: ``f(x, a)`` returning the model values, or a tuple ``(yfit, pder)``
        with the partial derivatives ``pder`` of numpy shape ``(len(a), len(y))`` (IDL's
        ``PDER[nY, nterms]`` in readsav layout) or ``(len(y), len(a))``. Without
        partials (or with ``noderivative=True``) CURVEFIT uses forward differences.
        ``a`` is a float array the model may read (and, like an IDL procedure, modify).
        A string names one of IDL's library models: ``'funct'`` (IDL's default FUNCT,
        Gaussian plus quadratic) or ``'gauss_funct'`` (GAUSSFIT's). Default: FUNCT.
    itmax : int
        Maximum number of iterations (20).
    tol : float, optional
        Stop when the relative decrease of chi-square in an iteration is at most
        ``tol`` (default 1e-3).
    chisq, iter, status, yerror : bool
        Request CHISQ (the *reduced* chi-square, ``sum(w*(y-yfit)**2)/(n - nterms)``),
        ITER (iterations performed; ``itmax + 1`` when the fit did not converge, IDL's
        FOR-loop count), STATUS (0 success, 1 chi-square increasing without bound,
        2 no convergence in ITMAX iterations), YERROR (``sqrt(sum((yfit-y)**2)/(n -
        nterms))``).
    noderivative : bool
        IDL's /NODERIVATIVE: never ask the model for partials.
    double : bool, optional
        IDL's /DOUBLE: True runs in float64, False (``DOUBLE=0``) in float32; not given,
        the type of ``a`` decides.

    Returns
    -------
    named tuple ``(result, a, ...)``
        ``result`` as the model computed it; ``a`` float32 or float64 (see ``a``).

    Raises
    ------
    ValueError
        ``"CURVEFIT: ..."`` when ``len(a) >= len(y)`` (IDL: "Number of parameters in A
        must be less than number of dependent values in Y."), for weights of the wrong
        length, empty inputs, a model returning the wrong number of values or a PDER of
        the wrong shape, itmax < 1, tol <= 0.
    TypeError
        ``"CURVEFIT: ..."`` for a function_name that is neither callable nor a known
        library model, and non-numeric data.

    Warns
    -----
    CompatWarning
        IDL's informational messages ``"CURVEFIT: Failed to converge- CHISQ increasing
        without bound."`` and ``"CURVEFIT: Failed to converge after 20 iterations."``
        when STATUS is not requested.

    Notes
    -----
    The iteration is IDL's ``curvefit.pro`` (RSI, 1982-2003; Bevington's CURFIT,
    Marquardt 1963), step by step: curvature ``alpha = J^T W J`` and gradient
    ``beta = J^T W (y - f)``; stop at once if the reduced chi-square is below
    ``sum|y|/1e7/nfree``; normalise alpha to a unit diagonal, multiply the diagonal by
    ``1 + lambda`` (lambda starts at 0.001), invert, step; a worse step multiplies lambda
    by 10 and retries (after 30 tries without improvement, or a non-finite chi-square,
    the iteration stops with status 1 and the last good values); an accepted step
    divides lambda by 10 in total; convergence when ``(chisq_old - chisq)/chisq_old <=
    tol``. SIGMA is ``sqrt(diag(inverse of the augmented, normalised alpha)/diag(alpha))``
    of the last accepted step. Forward differences use the step ``sqrt(eps)*|a_j|``
    (``sqrt(eps)`` when ``a_j = 0``) with eps of the working precision. Arithmetic
    keeps IDL's types: with float32 partials (as IDL's FUNCT/GAUSS_FUNCT return them)
    the curvature matrix is single precision.

    Because CURVEFIT stops on a *relative chi-square* test (1e-3 by default), its answer
    is near, not at, the exact least-squares optimum: compat reproduces IDL's stopping
    point, not scipy's. GDL 1.0.1 replaces CURVEFIT by MPCURVEFIT (MINPACK), which
    iterates to a much tighter optimum, returns the *un-reduced* chi-square in CHISQ
    and MPFIT's status codes: its parameters agree with IDL's only to within the
    stopping tolerance.

    IDL's FITA keyword (fixed parameters) is not provided: IDL's own implementation
    combines the weights with the wrong partials when a parameter other than the last
    is fixed.

    Differences from ``scipy.optimize.curve_fit(f, x, y, p0)``: scipy's model is
    ``f(x, *params)`` (not ``f(x, a)`` with a vector), its ``sigma`` argument is the
    standard deviations (IDL's weights are ``1/sigma**2``), it iterates MINPACK to tight
    tolerances (different digits from IDL's CURVEFIT), returns the covariance matrix
    rather than IDL's SIGMA, and, with no ``p0``, starts from all ones.

    Examples
    --------
    The example of IDL's documentation (``f(x) = a0*exp(a1*x) + a2``):

    >>> import numpy as np
    >>> from compat.idl import curvefit
    >>> def gfunct(x, a):
    ...     bx = np.exp(a[1] * x)
    ...     return a[0] * bx + a[2], [bx, a[0] * x * bx, np.ones_like(x)]
    >>> x = np.arange(10, dtype=np.float32)
    >>> y = np.array([12.0, 11.0, 10.2, 9.4, 8.7, 8.1, 7.5, 6.9, 6.5, 6.1], np.float32)
    >>> yfit, a, sigma = curvefit(x, y, 1.0 / y, [10.0, -0.1, 2.0], sigma=True,
    ...                           function_name=gfunct)
    >>> print(np.round(a, 3))
    [ 9.911 -0.101  2.078]
    """
    return _curvefit("curvefit", x, y, weights, a, sigma, function_name=function_name,
                     itmax=itmax, tol=tol, chisq=chisq, iter=iter, status=status,
                     noderivative=noderivative, double=double, yerror=yerror)


def _curvefit(routine, x, y, weights, a, sigma=False, *, function_name=None, itmax=20,
              tol=None, chisq=False, iter=False, status=False, noderivative=False,
              double=None, yerror=False):
    ya = idl_vector(routine, "Y", y)
    if ya.dtype.kind == "b":
        raise CompatTypeError("boolean arrays have no IDL type; pass numbers")
    if ya.dtype.kind in "iu":
        ya = ya.astype(np.float32)
    av = idl_vector(routine, "A", a)
    if av.dtype.kind == "b":
        raise CompatTypeError("A must be numeric, not boolean")
    is_double = (av.dtype == np.float64) if double is None else bool(double)
    av = av.astype(np.float64 if is_double else np.float32)  # a copy: A is updated
    if weights is not None:
        w = idl_vector(routine, "Weights", weights)
        if w.dtype.kind in "biu":
            w = as_idl_float(w)
        if w.size != ya.size:
            raise CompatValueError(f"Weights must have the same number of elements as Y "
                            f"({w.size} instead of {ya.size}).")
    else:
        w = None
    if function_name is None:
        model = gauss_model(False)
    elif isinstance(function_name, str):
        key = function_name.lower()
        if key not in _BUILTIN:
            raise CompatTypeError(f"FUNCTION_NAME {function_name!r}: pass a Python "
                            "callable f(x, a) -> yfit or (yfit, pder); the only names "
                            "known are 'funct' and 'gauss_funct'")
        model = gauss_model(_BUILTIN[key])
    elif callable(function_name):
        model = function_name
    else:
        raise CompatTypeError("FUNCTION_NAME must be a callable f(x, a) -> yfit or "
                        f"(yfit, pder), got {type(function_name).__name__}")
    if isinstance(itmax, bool) or not isinstance(itmax, (int, np.integer)) or itmax < 1:
        raise CompatValueError(f"ITMAX must be a positive integer, got {itmax!r}")
    if tol is not None:
        if not np.isscalar(tol) or not tol > 0:
            raise CompatValueError(f"TOL must be a positive number, got {tol!r}")
        tol = av.dtype.type(tol)
    fit = marquardt(routine, x, ya, w, av, model, itmax=int(itmax), tol=tol,
                    noderivative=bool(noderivative), want_status=bool(status))
    outputs = {"a": fit.a}
    if sigma:
        outputs["sigma"] = fit.sigma
    if chisq:
        outputs["chisq"] = fit.chisq
    if iter:
        outputs["iter"] = fit.iter
    if status:
        outputs["status"] = fit.status
    if yerror:
        outputs["yerror"] = fit.yerror
    result = fit.yfit
    shape = np.shape(y)
    if result.size == int(np.prod(shape)) and len(shape) > 1:
        result = result.reshape(shape)
    return named_result(CurvefitResult, result, outputs)
