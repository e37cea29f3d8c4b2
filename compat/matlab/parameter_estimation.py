"""MATLAB's closed-form parameter estimates (Statistics and Machine Learning Toolbox):
``normfit``, ``lognfit``, ``expfit``.

The legacy layer of the family: the positional ``alpha, censoring, freq`` arguments
(``[]`` for a default), vectors as one sample and matrices column by column, the
outputs by ``nargout`` in MATLAB's shapes (intervals as 2-row arrays: lower, upper),
over :mod:`compat._core.parameter_estimation`, whose docstring gives the formulas.
Censored samples need MATLAB's iterative maximum-likelihood fits and are refused.
"""

from __future__ import annotations

import numpy as np

from compat._core import parameter_estimation as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["normfit", "lognfit", "expfit"]


def _sample(x, name="x"):
    """``(columns, was a vector)``: a vector is one column."""
    a = np.asarray(matlab_array(x, name, complex_ok=False, char="error"), dtype=np.float64)
    if a.ndim <= 1 or (a.ndim == 2 and 1 in a.shape):
        return a.reshape(-1, 1), True
    if a.ndim != 2:
        raise CompatValueError(f"{name} must be a vector or a matrix.")
    return a, False


def _rest(function, x, args):
    """``(alpha, freq)`` from the positional ``alpha, censoring, freq[, options]``."""
    args = list(args) + [None] * (4 - len(args))
    if len(args) > 4:
        raise CompatValueError(f"{function}: too many input arguments.")
    alpha, censoring, freq = args[0], args[1], args[2]
    if alpha is None or np.size(alpha) == 0:
        alpha = 0.05
    a = np.asarray(alpha, dtype=float)
    if a.size != 1 or not 0 < float(a.reshape(())) < 1:
        raise CompatValueError("ALPHA must be a scalar between 0 and 1.")
    if censoring is not None and np.size(censoring) and np.any(np.asarray(censoring)):
        raise CompatValueError(f"{function}: censored data need MATLAB's iterative "
                               "maximum-likelihood fit, which compat does not provide.")
    f = np.ones_like(x)
    if freq is not None and np.size(freq):
        f = np.asarray(freq, dtype=float).reshape(x.shape if np.size(freq) == x.size
                                                  else (-1,))
        if f.shape != x.shape:
            raise CompatValueError("FREQ must be the same size as X.")
    return float(a.reshape(())), f


@matlab_function("normfit", nargout=4)
def normfit(x, *args, nargout=1):
    """Normal parameter estimates and intervals, as MATLAB's ``normfit``.

    MATLAB call forms::

        [muHat, sigmaHat] = normfit(x)                     ->  normfit(x, nargout=2)
        [muHat, sigmaHat, muCI, sigmaCI] = normfit(x, alpha)
            ->  normfit(x, 0.01, nargout=4)
        [...] = normfit(x, alpha, [], freq)                ->  normfit(x, [], [], f, nargout=4)

    ``muHat`` the mean, ``sigmaHat`` the square root of the UNBIASED variance (scipy's
    ``norm.fit`` returns the biased MLE), exact t and chi-square intervals (MATLAB's
    page), a vector as one sample, a matrix column by column (intervals as 2-row arrays).
    After ``rng('default')``, MATLAB's ``fitdist(normrnd(10, 1, 100, 1), 'Normal')``
    prints mu = 10.1231 [9.89244, 10.3537], sigma = 1.1624 [1.02059, 1.35033] -- these
    values.

    Examples
    --------
    >>> from compat import matlab
    >>> mu, sigma, muci, sigmaci = matlab.normfit([10.6, 11.1, 10.2, 10.4, 10.1],
    ...                                           nargout=4)
    >>> round(float(mu), 4), round(float(sigma), 4), muci.ravel().round(4)
    (10.48, 0.3962, array([ 9.988, 10.972]))
    """
    a, vector = _sample(x)
    alpha, f = _rest("normfit", a, args)
    mu, sigma, muci, sigmaci = core.normal_fit(a, f, alpha)
    if vector:
        outs = [mu[0], sigma[0], muci.reshape(2, 1), sigmaci.reshape(2, 1)]
    else:
        outs = [mu.reshape(1, -1), sigma.reshape(1, -1), muci, sigmaci]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


@matlab_function("lognfit", nargout=2)
def lognfit(x, *args, nargout=1):
    """Lognormal parameter estimates, as MATLAB's ``lognfit``.

    MATLAB call forms::

        parmhat = lognfit(x)                    ->  lognfit(x)
        [parmhat, parmci] = lognfit(x, alpha)   ->  lognfit(x, 0.01, nargout=2)

    :func:`normfit` of ``log(x)``: ``parmhat = [mu, sigma]`` (sigma unbiased), ``parmci``
    a 2-by-2 array, the intervals of mu and sigma as columns. ``x`` a vector of positive
    values.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.lognfit(np.exp([1.0, 2.0, 3.0])).round(4)
    array([[2., 1.]])
    """
    a, vector = _sample(x)
    if not vector:
        raise CompatValueError("X must be a vector.")
    if np.any(a <= 0):
        raise CompatValueError("The data in X must be positive.")
    alpha, f = _rest("lognfit", a, args)
    mu, sigma, muci, sigmaci = core.normal_fit(np.log(a), f, alpha)
    parmhat = np.array([[mu[0], sigma[0]]])
    outs = [parmhat, np.column_stack([muci[:, 0], sigmaci[:, 0]])]
    return outs[0] if nargout == 1 else tuple(outs)


@matlab_function("expfit", nargout=2)
def expfit(x, *args, nargout=1):
    """Exponential parameter estimate and interval, as MATLAB's ``expfit``.

    MATLAB call forms::

        muhat = expfit(x)                      ->  expfit(x)
        [muhat, muci] = expfit(x, alpha)       ->  expfit(x, 0.1, nargout=2)
        [...] = expfit(x, alpha, [], freq)     ->  expfit(x, [], [], f, nargout=2)

    ``muhat`` the mean (MATLAB's ``mu`` is the mean, not the rate), ``muci`` the exact
    chi-square interval ``2 n muhat ./ chi2inv([1-alpha/2; alpha/2], 2n)``; a vector as
    one sample, a matrix column by column. ``x`` nonnegative.

    Examples
    --------
    >>> from compat import matlab
    >>> mu, ci = matlab.expfit([1.8, 1.57, 1.01, 0.51, 1.52], nargout=2)
    >>> round(float(mu), 4), ci.ravel().round(4)
    (1.282, array([0.6259, 3.9483]))
    """
    a, vector = _sample(x)
    if np.any(a < 0):
        raise CompatValueError("The data in X must be nonnegative.")
    alpha, f = _rest("expfit", a, args)
    mu, muci = core.exponential_fit(a, f, alpha)
    outs = [mu[0], muci.reshape(2, 1)] if vector else [mu.reshape(1, -1), muci]
    return outs[0] if nargout == 1 else tuple(outs)
