"""MATLAB ``deconv``: deconvolution and polynomial division (long division)."""

from __future__ import annotations

import numpy as np

from compat._core.args import check_nargout
from compat._core.errors import matlab_error
from compat._core.filtering import lfilter, normalize
from compat._core.matlab_types import is_vector, matlab_array, result_class
from compat._core.legacy import matlab_function

__all__ = ["deconv"]


@matlab_function("deconv")
def deconv(y, a, *, nargout=1):
    """Deconvolution and polynomial division, as MATLAB's ``deconv``.

    MATLAB call forms::

        q = deconv(y, a)          ->  deconv(y, a)
        [q, r] = deconv(y, a)     ->  q, r = deconv(y, a, nargout=2)

    Returns the quotient ``q`` and remainder ``r`` of the polynomial division of ``y``
    by ``a`` (coefficients in descending powers), so that ``y = conv(a, q) + r``.
    Computed as MATLAB does: ``q`` is the impulse response of ``Y(z)/A(z)``,
    ``[q, zf] = filter(y, a, [1 zeros(1, length(y)-length(a))])``, and the remainder
    is ``r = [zeros(1, length(q)), a(1)*zf]`` (the filter's final states hold the
    remainder polynomial), so its leading ``length(q)`` entries are exact zeros.

    Parameters
    ----------
    y, a : array_like
        Vectors (1-D, rows or columns; any orientations, different lengths and
        classes). ``a(1)`` must be non-zero.
    nargout : {1, 2}, keyword-only
        2 also returns the remainder ``r``.

    Returns
    -------
    q : ndarray
        ``length(y) - length(a) + 1`` elements, oriented like ``y`` (1-D for a 1-D
        ``y``). When ``length(a) > length(y)``: the scalar 0 (``1x1``, or shape
        ``(1,)`` for a 1-D ``y``).
    r : ndarray (with ``nargout=2``)
        Same size as ``y`` (``r = y`` when ``length(a) > length(y)``).
        Both are single if ``y`` or ``a`` is single, else double; complex if either is.

    Raises
    ------
    ValueError
        ``"deconv: First coefficient of A must be non-zero."`` (MATLAB's message);
        ``"deconv: Y and A must be vectors ..."`` for matrices; an empty ``a``.
    TypeError
        Text, objects, extended precision.

    Notes
    -----
    ``scipy.signal.deconvolve(y, a)`` computes the same quotient for 1-D input, but
    it refuses ``len(a) > len(y)`` less gracefully (it returns an empty quotient where
    MATLAB returns 0), works only on 1-D arrays (no orientation), computes the
    remainder as ``y - convolve(a, q)`` (rounding noise in the leading entries where
    MATLAB has exact zeros) and keeps float64 for float32 input.
    ``numpy.polydiv`` returns a trimmed remainder instead of one the length of ``y``.

    Sources: MATLAB documentation of ``deconv`` (definition, orientations, the
    ``length(v) > length(u)`` rule, single/double classes; example below) and MATLAB's
    error message "First coefficient of A must be non-zero."; GNU Octave 7.3 computes
    it the same way (``filter`` and its final states) and agrees on values, but has no
    check of its own for ``a(1) == 0`` (its ``filter`` error is raised instead).

    Examples
    --------
    MATLAB documentation example ((2x^3 + 7x^2 + 4x + 9) / (x^2 + 1)):

    >>> from compat.matlab import deconv
    >>> q, r = deconv([2, 7, 4, 9], [1, 0, 1], nargout=2)
    >>> q
    array([2., 7.])
    >>> r
    array([0., 0., 2., 2.])
    """
    fn = "deconv"
    nargout = check_nargout(fn, nargout, 2)
    Y = matlab_array(y, "y", to_float=True)
    A = matlab_array(a, "a", to_float=True)
    if not (is_vector(Y) and is_vector(A)):
        raise matlab_error(fn, f"Y and A must be vectors (got sizes "
                           f"{'x'.join(map(str, Y.shape))} and {'x'.join(map(str, A.shape))}).")
    if A.size == 0:
        raise matlab_error(fn, "A must be a non-empty vector (its first coefficient divides).")
    dtype = result_class(Y, A)
    yv = Y.reshape(-1).astype(dtype)
    av = A.reshape(-1).astype(dtype)
    if av[0] == 0:
        raise matlab_error(fn, "First coefficient of A must be non-zero.")
    ny, na = yv.size, av.size
    column = Y.ndim == 2 and Y.shape[0] != 1
    if na > ny:
        q = np.zeros((1,) if Y.ndim <= 1 else (1, 1), dtype)
        r = Y.astype(dtype, copy=True)
        return q if nargout == 1 else (q, r)
    lq = ny - na + 1
    impulse = np.zeros(lq, dtype)
    impulse[0] = 1
    b_norm, a_norm = normalize(yv, av)
    qv, zf = lfilter(b_norm, a_norm, impulse, axis=0)
    if Y.ndim <= 1:
        q = qv
    else:
        q = qv.reshape(-1, 1) if column else qv.reshape(1, -1)
    if nargout == 1:
        return q
    rv = np.zeros(ny, dtype)
    rv[lq:] = av[0] * zf[:na - 1]
    return q, rv.reshape(Y.shape)
