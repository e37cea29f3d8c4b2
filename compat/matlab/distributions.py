"""MATLAB's normal distribution functions (Statistics and Machine Learning Toolbox):
``normpdf``, ``normcdf``, ``norminv`` and the multivariate density ``mvnpdf``.

The legacy layer of the family: MATLAB's defaults (``mu = 0``, ``sigma = 1``), scalar
parameters expanded to the arrays' common size, the ``'upper'`` tail, classes (single when any input is
single) and messages, over :mod:`compat._core.normal_distribution`.

Differences from ``scipy.stats.norm``: scipy refuses a negative scale with an error
where MATLAB returns NaN, its ``cdf`` of a zero scale is NaN where MATLAB steps at mu,
and it computes in double whatever the input class; MATLAB's argument order is
``(x, mu, sigma)`` (scipy's ``loc``/``scale`` keywords).
"""

from __future__ import annotations

import numpy as np

from compat._core import normal_distribution as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import drop_trailing_ones, matlab_array

__all__ = ["normpdf", "normcdf", "norminv", "mvnpdf"]


def _expand(*arguments):
    """The ``(value, label)`` arguments in the computation class (single if any is
    single), expanded to their common size by MATLAB's rule (1-D arrays are rows,
    missing trailing dimensions are 1), and how to shape the result:
    ``(arrays, dtype, shape, scalar, flat)``. Shared by every distribution function of
    compat.matlab (this family and compat.matlab.distribution_functions)."""
    values = []
    for value, label in arguments:
        a = matlab_array(value, label, complex_ok=False, char="error")
        if a.dtype.kind in "iu":
            raise CompatTypeError(f"{label} must be double or single (integer classes are "
                                  "not supported).")
        values.append(a)
    dtype = np.dtype(np.float32 if any(a.dtype == np.float32 for a in values) else
                     np.float64)
    scalar = all(a.ndim == 0 for a in values)
    flat = not scalar and all(a.ndim <= 1 for a in values)
    rows = [a.reshape(1, -1) if a.ndim == 1 else a.reshape(1, 1) if a.ndim == 0 else a
            for a in values]
    # MATLAB's rule for these functions (its distchck): every non-scalar argument has
    # the same size, scalars are expanded to it -- no implicit expansion
    sizes = {drop_trailing_ones(a.shape) for a in rows if a.size != 1}
    if len(sizes) > 1:
        raise CompatValueError("Requires non-scalar arguments to match in size.")
    shape = sizes.pop() if sizes else (1, 1)
    rows = [np.broadcast_to(a.reshape(()) if a.size == 1 else a.reshape(shape), shape)
            .astype(dtype) for a in rows]
    return rows, dtype, shape, scalar, flat


def _operands(first, mu, sigma, name: str):
    """:func:`_expand` of the normal functions' three arguments, flattened."""
    rows, dtype, shape, scalar, flat = _expand((first, name), (mu, "mu"), (sigma, "sigma"))
    return (*rows, dtype, shape, scalar, flat)


def _finish(out: np.ndarray, shape, scalar: bool, flat: bool):
    out = np.broadcast_to(out, shape)
    if scalar:
        return out.reshape(())[()]
    if flat:
        return np.array(out.reshape(-1))
    return np.array(out)


def _bounds_options(args, name: str):
    """MATLAB's trailing ``pCov, alpha`` and (normcdf) ``'upper'``: ``(pcov, alpha,
    upper)``, pcov None when not given."""
    args = list(args)
    upper = False
    if args and isinstance(args[-1], str):
        if args[-1].lower() != "upper" or name != "normcdf":
            raise CompatValueError("The only option is 'upper'." if name == "normcdf" else
                                   f"Invalid argument {args[-1]!r}.")
        upper = True
        args.pop()
    if len(args) > 2:
        raise CompatValueError("Too many input arguments.")
    pcov = None
    alpha = 0.05
    if args and args[0] is not None:
        pcov = np.asarray(matlab_array(args[0], "pCov", complex_ok=False, char="error"),
                          dtype=np.float64)
        if pcov.shape != (2, 2):
            raise CompatValueError("PCOV must be a 2-by-2 matrix.")
    if len(args) > 1 and args[1] is not None:
        a = np.asarray(args[1], dtype=np.float64).reshape(-1)
        if a.size != 1 or not 0 < a[0] < 1:
            raise CompatValueError("ALPHA must be a scalar between 0 and 1.")
        alpha = float(a[0])
    return pcov, alpha, upper


def _with_bounds(function, first, mu, sigma, options, nargout, name, label):
    """The normcdf/norminv driver: value alone, or with the delta-method bounds."""
    # 'upper' may follow any argument: normcdf(x, 'upper'), normcdf(x, mu, 'upper')
    params = [mu, sigma]
    if isinstance(mu, str):
        options, params = (mu,), [0.0, 1.0]
    elif isinstance(sigma, str):
        options, params = (sigma, *options), [mu, 1.0]
    pcov, alpha, upper = _bounds_options(options, name)
    xs, m, s, dtype, shape, scalar, flat = _operands(first, *params, label)
    if nargout == 1:
        if name == "normcdf":
            return _finish(core.cdf(xs, m, s, dtype, upper=upper), shape, scalar, flat)
        return _finish(core.inverse(xs, m, s, dtype), shape, scalar, flat)
    if pcov is None:
        raise CompatValueError("Must provide covariance matrix to compute confidence "
                               "bounds.")
    if np.size(params[0]) != 1 or np.size(params[1]) != 1:
        raise CompatValueError("Non-scalar arguments MU and SIGMA not allowed with "
                               "confidence bounds.")
    try:
        if name == "normcdf":
            out = core.cdf_bounds(xs, m, s, pcov, alpha, dtype, upper=upper)
        else:
            out = core.inverse_bounds(xs, m, s, pcov, alpha, dtype)
    except ValueError:
        raise CompatValueError("PCOV must be a positive semi-definite matrix.") from None
    return tuple(_finish(o, shape, scalar, flat) for o in out)[:nargout]


@matlab_function("normpdf")
def normpdf(x, mu=0.0, sigma=1.0):
    """Normal probability density, as MATLAB's ``normpdf``.

    MATLAB call forms::

        y = normpdf(x)              ->  normpdf(x)
        y = normpdf(x, mu)          ->  normpdf(x, 2)
        y = normpdf(x, mu, sigma)   ->  normpdf(x, 2, 0.5)

    ``x``, ``mu``, ``sigma``: arrays of one size, or scalars expanded to it (MATLAB
    applies no implicit expansion here: other sizes raise "Requires non-scalar
    arguments to match in size."); ``sigma`` must be positive (otherwise NaN, as MATLAB). MATLAB's formula,
    ``exp(-0.5*((x-mu)./sigma).^2) ./ (sqrt(2*pi).*sigma)``, in the inputs' class.

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.normpdf(0))
    0.3989422804014327
    >>> matlab.normpdf([-1, 0, 1], 0, [1, 2, -1])
    array([0.24197072, 0.19947114,        nan])
    """
    xs, m, s, dtype, shape, scalar, flat = _operands(x, mu, sigma, "x")
    return _finish(core.pdf(xs, m, s, dtype), shape, scalar, flat)


@matlab_function("normcdf", nargout=3)
def normcdf(x, mu=0.0, sigma=1.0, *options, nargout=1):
    """Normal cumulative distribution, as MATLAB's ``normcdf``.

    MATLAB call forms::

        p = normcdf(x)                         ->  normcdf(x)
        p = normcdf(x, mu, sigma)              ->  normcdf(x, 1, 2)
        p = normcdf(x, mu, sigma, 'upper')     ->  normcdf(x, 1, 2, 'upper')
        [p, pLo, pUp] = normcdf(x, mu, sigma, pCov)
                                  ->  p, lo, up = normcdf(x, mu, sigma, pCov, nargout=3)
        [p, pLo, pUp] = normcdf(x, mu, sigma, pCov, alpha)   (and 'upper' after any)

    ``0.5*erfc(-z/sqrt(2))`` with ``z = (x-mu)./sigma`` (``'upper'``: the upper tail
    ``0.5*erfc(z/sqrt(2))``, accurate where ``1 - p`` would round to 0); ``sigma = 0``
    is the constant ``mu`` (a step at ``mu``), a negative ``sigma`` NaN. The
    confidence bounds (scalar estimates ``mu``, ``sigma`` with their 2 x 2 covariance
    ``pCov``, level ``100(1-alpha)%``, default 95%) by the delta method of MATLAB's
    page: ``z`` has the variance ``(pCov(1,1) + 2 pCov(1,2) z + pCov(2,2) z^2) /
    sigma^2`` and the bounds are the cdf of ``z -+ norminv(1-alpha/2) sqrt(var)``.

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.normcdf(1.96))
    0.9750021048517795
    >>> float(matlab.normcdf(10, 0, 1, 'upper'))
    7.619853024160595e-24
    >>> p, lo, up = matlab.normcdf(0.0, 1.0, 2.0, [[0.04, 0.0], [0.0, 0.02]], nargout=3)
    >>> round(float(lo), 6), round(float(p), 6), round(float(up), 6)
    (0.239508, 0.308538, 0.3851)
    """
    return _with_bounds(core, x, mu, sigma, options, nargout, "normcdf", "x")


@matlab_function("norminv", nargout=3)
def norminv(p, mu=0.0, sigma=1.0, *options, nargout=1):
    """Inverse of the normal cumulative distribution, as MATLAB's ``norminv``.

    MATLAB call forms::

        x = norminv(p)                        ->  norminv(p)
        x = norminv(p, mu, sigma)             ->  norminv(0.975, 0, 1)
        [x, xLo, xUp] = norminv(p, mu, sigma, pCov, alpha)
                                 ->  x, lo, up = norminv(p, mu, sigma, pCov, 0.01, nargout=3)

    ``sigma .* (-sqrt(2) .* erfcinv(2*p)) + mu``; ``p`` outside [0, 1] or a negative
    ``sigma`` give NaN, ``p = 0`` and ``1`` give -Inf and Inf. The bounds by the delta
    method (MATLAB's page): ``x`` has the variance ``pCov(1,1) + 2 pCov(1,2) z0 +
    pCov(2,2) z0^2`` with ``z0 = norminv(p)``, the bounds ``x -+ norminv(1-alpha/2)
    sqrt(var)``.

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.norminv(0.975))
    1.9599639845400545
    >>> matlab.norminv([0, 0.5, 1], 2, 3)
    array([-inf,   2.,  inf])
    """
    return _with_bounds(core, p, mu, sigma, options, nargout, "norminv", "p")


_SIGMA_MESSAGE = "SIGMA must be a square, symmetric, positive definite matrix."


@matlab_function("mvnpdf")
def mvnpdf(X, mu=None, Sigma=None):
    """Multivariate normal probability density, as MATLAB's ``mvnpdf``.

    MATLAB call forms::

        y = mvnpdf(X)               ->  mvnpdf(X)             (mu = 0, Sigma = I)
        y = mvnpdf(X, mu)           ->  mvnpdf(X, [1, 2])
        y = mvnpdf(X, mu, Sigma)    ->  mvnpdf(X, mu, [[2, 0.5], [0.5, 1]])
        y = mvnpdf(X, mu, sigmaDiag)->  mvnpdf(X, mu, [2, 1])  (1 x d: the diagonal)

    ``X`` is n x d (rows are observations; a 1-D ``X`` is one observation, MATLAB's
    row vector); ``mu`` a scalar, a 1 x d row (expanded to the n rows) or n x d (one
    mean per row; a single observation is expanded to mu's rows); ``[]``/None for the
    defaults. MATLAB's rule for column vectors: an n x 1 ``X`` with n > 1 is one
    observation of n dimensions when Sigma (or, without Sigma, mu) says so. The
    result is the column of the n densities (1-D for a 1-D ``X``), computed as
    MATLAB does: the centred rows standardised by Sigma's Cholesky factor, then
    ``exp(-quadform/2 - log(sqrt(det Sigma)) - d log(2 pi)/2)``. Sigma must be
    symmetric positive definite (MATLAB's message otherwise); d x d x n covariance
    stacks are not supported. Single if any argument is single.

    Differences from ``scipy.stats.multivariate_normal.pdf``: scipy takes one mean and
    accepts a positive semi-definite Sigma (``allow_singular``), squeezes its result,
    and knows nothing of MATLAB's column-vector and diagonal-row conventions.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.mvnpdf([[0.0, 0.0], [1.0, 1.0]])
    array([[0.15915494],
           [0.05854983]])
    >>> round(float(matlab.mvnpdf([1.0, 2.0], [1.0, 2.0], [4.0, 1.0])[0]), 15)  # 1/(2 pi 2)
    0.079577471545948
    """
    x = matlab_array(X, "X", complex_ok=False, char="error")
    one_d = x.ndim <= 1
    arrays = [x]
    m = None if mu is None else matlab_array(mu, "mu", complex_ok=False, char="error")
    s = None if Sigma is None else matlab_array(Sigma, "Sigma", complex_ok=False,
                                                char="error")
    if m is not None and m.size == 0:
        m = None
    if s is not None and s.size == 0:
        s = None
    arrays += [a for a in (m, s) if a is not None]
    if any(a.dtype.kind in "iu" for a in arrays):
        raise CompatTypeError("Integer inputs are not supported (double or single).")
    dtype = np.dtype(np.float32 if any(a.dtype == np.float32 for a in arrays) else
                     np.float64)
    x = x.reshape(1, -1) if one_d else x
    if x.ndim != 2:
        raise CompatValueError("X must be a matrix.")
    x = x.astype(np.float64)
    n, d = x.shape
    if m is None:
        x0 = x
    elif m.size == 1:
        x0 = x - m.reshape(()).astype(np.float64)
    else:
        mm = (m.reshape(1, -1) if m.ndim <= 1 else m).astype(np.float64)
        if mm.ndim != 2:
            raise CompatValueError("MU must be a row vector or a matrix.")
        if mm.shape[1] != d:
            raise CompatValueError("X and MU must have the same number of columns.")
        if mm.shape[0] not in (n, 1) and n != 1:
            raise CompatValueError("X and MU must have the same number of rows, or one "
                                   "of them must have one row.")
        x0 = x - mm
        n = x0.shape[0]
    diagonal = False
    sigma = None
    if s is None:
        # without Sigma: column vectors X and mu of one length are one observation
        if d == 1 and x.size > 1 and m is not None and m.size == x.size:
            x0 = x0.T
    else:
        if s.ndim > 2:
            raise CompatValueError("d x d x n covariance stacks are not supported by "
                                   "compat.")
        sigma = (s.reshape(1, -1) if s.ndim <= 1 else s).astype(np.float64)
        rows, cols = sigma.shape
        diagonal = rows == 1 and cols > 1
        size = cols if diagonal else rows
        if d == 1 and x.size > 1 and size == x0.shape[0]:
            x0 = x0.T
        if rows != cols and not diagonal:
            raise CompatValueError(_SIGMA_MESSAGE)
        if size != x0.shape[1]:
            raise CompatValueError("SIGMA must be a square matrix with size equal to the "
                                   "number of columns in X.")
    try:
        y = core.multivariate_pdf(x0, sigma, diagonal=diagonal, dtype=dtype)
    except ValueError:
        raise CompatValueError(_SIGMA_MESSAGE) from None
    return y if one_d else y.reshape(-1, 1)
