"""MATLAB's normal distribution functions (Statistics and Machine Learning Toolbox):
``normpdf``, ``normcdf``, ``norminv``.

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

__all__ = ["normpdf", "normcdf", "norminv"]


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


def _tail(args) -> bool:
    if not args:
        return False
    if len(args) == 1 and isinstance(args[0], str) and args[0].lower() == "upper":
        return True
    raise CompatValueError("The only option is 'upper' (confidence bounds with pCov are "
                           "not supported by compat).")


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


@matlab_function("normcdf")
def normcdf(x, mu=0.0, sigma=1.0, *options):
    """Normal cumulative distribution, as MATLAB's ``normcdf``.

    MATLAB call forms::

        p = normcdf(x)                    ->  normcdf(x)
        p = normcdf(x, mu, sigma)         ->  normcdf(x, 1, 2)
        p = normcdf(x, mu, sigma, 'upper')->  normcdf(x, 1, 2, 'upper')

    ``0.5*erfc(-z/sqrt(2))`` with ``z = (x-mu)./sigma`` (``'upper'``: the upper tail
    ``0.5*erfc(z/sqrt(2))``, accurate where ``1 - p`` would round to 0); ``sigma = 0``
    is the constant ``mu`` (a step at ``mu``), a negative ``sigma`` NaN. The
    confidence bounds ``[p, pLo, pUp] = normcdf(x, mu, sigma, pCov)`` are not
    supported.

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.normcdf(1.96))
    0.9750021048517795
    >>> float(matlab.normcdf(10, 0, 1, 'upper'))
    7.619853024160583e-24
    """
    upper = _tail(options)
    xs, m, s, dtype, shape, scalar, flat = _operands(x, mu, sigma, "x")
    return _finish(core.cdf(xs, m, s, dtype, upper=upper), shape, scalar, flat)


@matlab_function("norminv")
def norminv(p, mu=0.0, sigma=1.0):
    """Inverse of the normal cumulative distribution, as MATLAB's ``norminv``.

    MATLAB call forms::

        x = norminv(p)               ->  norminv(p)
        x = norminv(p, mu, sigma)    ->  norminv(0.975, 0, 1)

    ``sigma .* (-sqrt(2) .* erfcinv(2*p)) + mu``; ``p`` outside [0, 1] or a negative
    ``sigma`` give NaN, ``p = 0`` and ``1`` give -Inf and Inf. The confidence bounds
    ``[x, xLo, xUp]`` are not supported.

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.norminv(0.975))
    1.9599639845400545
    >>> matlab.norminv([0, 0.5, 1], 2, 3)
    array([-inf,   2.,  inf])
    """
    ps, m, s, dtype, shape, scalar, flat = _operands(p, mu, sigma, "p")
    return _finish(core.inverse(ps, m, s, dtype), shape, scalar, flat)
