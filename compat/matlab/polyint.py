"""MATLAB ``polyint``: integral of a polynomial."""

from __future__ import annotations

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import matlab_error
from compat._core.polynomial import as_numeric, as_vector, result_dtype, shape_row
from compat._core.legacy import matlab_function

__all__ = ["polyint"]


@matlab_function("polyint")
def polyint(p, k=None):
    """Polynomial integration, as MATLAB's ``polyint``.

    MATLAB call forms::

        q = polyint(p)      ->  q = polyint(p)        # constant of integration 0
        q = polyint(p, k)   ->  q = polyint(p, k)

    ``q = [p ./ (n:-1:1), k]`` for ``p`` of length ``n``: the antiderivative whose
    value at 0 is ``k``.

    Parameters
    ----------
    p : array_like
        Coefficients (descending powers), a vector of any orientation; ``[]`` gives
        ``k``.
    k : scalar, optional
        Constant of integration (default 0; ``None``/``[]`` mean 0).

    Returns
    -------
    q : ndarray
        A row of ``n+1`` coefficients: 1-D for a 1-D or scalar ``p``, else
        ``(1, n+1)``. Single if ``p`` or ``k`` is single; complex if either is.

    Raises
    ------
    ValueError
        ``"polyint: ... must be a vector ..."``; ``"polyint: K must be a scalar ..."``.
    TypeError
        Text or object data.

    Notes
    -----
    ``numpy.polyint(p, k=k)`` gives the same values for 1-D input (it also offers
    repeated integration, which MATLAB does not), returning 1-D always.

    Sources: MATLAB documentation of ``polyint`` (call forms, examples). GNU Octave
    7.3 agrees.

    Examples
    --------
    >>> from compat.matlab import polyint
    >>> polyint([3, 0, -4, 10, -25])
    array([  0.6       ,   0.        ,  -1.33333333,   5.        ,
           -25.        ,   0.        ])
    >>> polyint([2, 1], 5)
    array([1., 1., 5.])
    """
    pv = as_vector("polyint", p, "P")
    if is_omitted(k):
        ka = np.zeros(1)
    else:
        ka = as_numeric("polyint", k, "K")
        if ka.size != 1:
            raise matlab_error("polyint", f"K must be a scalar (the constant of "
                               f"integration), got an array of shape {ka.shape}")
        ka = ka.reshape(1)
    dtype = result_dtype(pv, ka)
    n = pv.size
    divisors = np.arange(n, 0, -1, dtype=np.finfo(dtype).dtype)
    q = np.concatenate([pv.astype(dtype) / divisors, ka.astype(dtype)])
    return shape_row(q, p)
