"""MATLAB ``polyder``: derivative of a polynomial, a product or a quotient."""

from __future__ import annotations

import numpy as np

from compat._core.args import check_nargout, is_omitted
from compat._core.polynomial import as_vector, result_dtype, shape_row
from compat.matlab.conv import conv
from compat._core.legacy import matlab_function

__all__ = ["polyder"]


def _derivative(u: np.ndarray) -> np.ndarray:
    if u.size < 2:
        return np.zeros(1, dtype=u.dtype)
    return u[:-1] * np.arange(u.size - 1, 0, -1, dtype=np.finfo(u.dtype).dtype)


def _strip(a: np.ndarray, dtype) -> np.ndarray:
    nonzero = np.flatnonzero(a)
    if nonzero.size:
        return a[nonzero[0]:]
    return np.zeros(1, dtype=dtype)


@matlab_function("polyder")
def polyder(u, v=None, nargout=1):
    """Polynomial differentiation, as MATLAB's ``polyder``.

    MATLAB call forms::

        k = polyder(p)           ->  k = polyder(p)          # d/dx p
        k = polyder(a, b)        ->  k = polyder(a, b)       # d/dx (a*b)
        [q, d] = polyder(a, b)   ->  q, d = polyder(a, b, nargout=2)   # d/dx (a/b) = q/d

    As MATLAB computes it: ``a' = a(1:n-1).*(n-1:-1:1)``; the product rule
    ``conv(a',b) + conv(a,b')`` and the quotient rule numerator ``conv(a',b) -
    conv(a,b')`` (the shorter sum padded with leading zeros), denominator
    ``conv(b,b)``; leading zeros are then removed (an all-zero result is ``0``).

    Parameters
    ----------
    u, v : array_like
        Coefficient vectors (descending powers), any orientation; ``v`` omitted
        (``None``/``[]``) means 1.
    nargout : {1, 2}
        2 returns the quotient derivative ``(q, d)``.

    Returns
    -------
    k or (q, d) : ndarray
        Rows: 1-D when the inputs are 1-D or scalars, else ``(1, n)``. Single if an
        input is single; complex if one is complex.

    Raises
    ------
    ValueError
        ``"polyder: ... must be a vector ..."`` for matrices; bad ``nargout``.
    TypeError
        Text or object data.

    Notes
    -----
    ``numpy.polyder(p)`` differentiates one polynomial only (no product or quotient
    form) and keeps leading zeros of its input; ``numpy.polyder([5])`` is ``[]`` where
    MATLAB gives ``0``.

    Sources: MATLAB documentation of ``polyder`` (the three call forms, examples) and
    its help text (the formulas, leading-zero removal). GNU Octave 7.3 agrees.

    Examples
    --------
    >>> from compat.matlab import polyder
    >>> polyder([1, 0, -2, -5])
    array([ 3.,  0., -2.])
    >>> polyder([3, 6, 9], [1, 2, 0])                 # derivative of the product
    array([12., 36., 42., 18.])
    >>> q, d = polyder([1, 0, -3, 0, -1], [1, 4], nargout=2)
    >>> q, d
    (array([  3.,  16.,  -3., -24.,   1.]), array([ 1.,  8., 16.]))
    """
    nargout = check_nargout("polyder", nargout, 2)
    ua = as_vector("polyder", u, "A")
    inputs = [u]
    if is_omitted(v):
        va = np.ones(1)
    else:
        va = as_vector("polyder", v, "B")
        inputs.append(v)
    work = result_dtype(ua, va)
    ua = ua.astype(work, copy=False)
    va = va.astype(work, copy=False)
    a1 = np.asarray(conv(_derivative(ua), va)).reshape(-1)
    a2 = np.asarray(conv(ua, _derivative(va))).reshape(-1)
    if a1.size > a2.size:
        a2 = np.concatenate([np.zeros(a1.size - a2.size, a2.dtype), a2])
    elif a2.size > a1.size:
        a1 = np.concatenate([np.zeros(a2.size - a1.size, a1.dtype), a1])
    a = a1 + a2 if nargout < 2 else a1 - a2
    a = _strip(a.astype(work, copy=False), work)
    if nargout < 2:
        return shape_row(a, *inputs)
    b = _strip(np.asarray(conv(va, va)).reshape(-1).astype(work, copy=False), work)
    return shape_row(a, *inputs), shape_row(b, *inputs)

