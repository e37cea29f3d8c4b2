"""IDL's function minimisation: ``AMOEBA`` (the downhill simplex method).

The legacy layer over :mod:`compat._core.amoeba` (Numerical Recipes' ``amoeba``, which
IDL documents as the basis of its amoeba.pro). IDL names the function to minimise by a
string (``FUNCTION_NAME='func'``); in Python it is a callable taking the parameter
vector and returning a scalar.
"""

from __future__ import annotations

import numpy as np

from compat._core.amoeba import downhill_simplex
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["amoeba"]


class AmoebaResult(Result):
    """``Result = AMOEBA(Ftol, FUNCTION_VALUE=fv, NCALLS=n, SIMPLEX=s, ...)``: the
    requested output keywords after the result."""

    result: np.ndarray
    function_value: np.ndarray
    ncalls: np.int32
    simplex: np.ndarray


def _float_vector(value, name, dtype=None) -> np.ndarray:
    v = idl_array("AMOEBA", value, name, complex_ok=False)
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
        vertices = idl_array("AMOEBA", simplex, "SIMPLEX", complex_ok=False)
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
