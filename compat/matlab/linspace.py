"""MATLAB ``linspace``: n points from a to b with MATLAB's formula and exact end points."""

from __future__ import annotations

import numpy as np

from compat._core.errors import matlab_error
from compat._core.legacy import matlab_function

__all__ = ["linspace"]

_NAME = "linspace"


def _scalar(name, what, value):
    arr = np.asarray(value)
    if arr.size != 1:
        raise matlab_error(name, f"Inputs must be scalars ({what} has {arr.size} "
                           f"elements).")
    if arr.dtype.kind not in "biufc":
        raise matlab_error(name, f"{what} must be numeric, got {arr.dtype}", TypeError)
    return arr.reshape(())


@matlab_function("linspace")
def linspace(x1, x2, n=100):
    """Linearly spaced row vector, as MATLAB's ``linspace``.

    MATLAB call forms::

        y = linspace(x1, x2)      ->  linspace(x1, x2)        (100 points)
        y = linspace(x1, x2, n)   ->  linspace(x1, x2, n)

    Parameters
    ----------
    x1, x2 : scalar
        End points (real or complex; double or single).
    n : scalar, default 100
        Number of points; non-integer ``n`` is floored (``floor(double(n))``). ``n = 1``
        gives ``x2``; ``n <= 0`` gives an empty 1x0; ``n = NaN`` gives ``NaN``.

    Returns
    -------
    ndarray, shape (1, n)
        A row, single if ``x1`` or ``x2`` is single, complex if either is.

    Notes
    -----
    Current MATLAB computes ``y = x1 + (0:n-1).*(x2 - x1)./(n-1)`` (the product first,
    then the division), and then sets ``y(1) = x1`` and ``y(end) = x2`` (all elements to
    ``x1`` when ``x1 == x2``). When ``(x2 - x1)*(n-2)`` overflows it uses
    ``x1 + (0:n-1).*((x2 - x1)./(n-1))``, and when ``x2 - x1`` itself overflows
    ``x1 + (x2./(n-1)).*(0:n-1) - (x1./(n-1)).*(0:n-1)``.

    ``numpy.linspace`` computes ``x1 + k*step`` with ``step = (x2-x1)/(n-1)`` (a
    division first), so interior points can differ from MATLAB's in the last bit, and
    it returns a 1-D array; ``numpy.linspace(a, b, 0)`` agrees (empty), but a
    non-integer ``n`` raises there. GNU Octave 7.3 also divides first (``x1 +
    k*delta``), so it differs from MATLAB by an ulp or so at interior points; the end
    points agree.

    Sources: MATLAB ``linspace`` reference page (n = 1 gives x2, floor of n, class
    support, n = NaN gives NaN) and the algorithm of MATLAB's ``linspace.m`` (R2015a and later, as shown
    by ``type linspace``).

    Examples
    --------
    >>> from compat.matlab import linspace
    >>> linspace(0, 1, 5)
    array([[0.  , 0.25, 0.5 , 0.75, 1.  ]])
    >>> linspace(3, 7, 1)
    array([[7.]])
    >>> linspace(0, 1, 0).shape
    (1, 0)
    >>> linspace(0, 1, 2.9)              # n is floored
    array([[0., 1.]])

    MATLAB documentation example (printed ``-5.0000 -3.3333 -1.6667 0 1.6667 3.3333
    5.0000``):

    >>> linspace(-5, 5, 7)
    array([[-5.        , -3.33333333, -1.66666667,  0.        ,  1.66666667,
             3.33333333,  5.        ]])
    """
    a = _scalar(_NAME, "X1", x1)
    b = _scalar(_NAME, "X2", x2)
    nn = _scalar(_NAME, "N", n)
    if nn.dtype.kind == "c":
        nn = nn.real
    nf = np.floor(np.float64(nn))
    single = a.dtype in (np.float32, np.complex64) or b.dtype in (np.float32, np.complex64)
    cplx = a.dtype.kind == "c" or b.dtype.kind == "c"
    if single:
        dtype = np.complex64 if cplx else np.float32
    else:
        dtype = np.complex128 if cplx else np.float64
    a = dtype(a)
    b = dtype(b)
    if np.isnan(nf):
        return np.full((1, 1), np.nan, dtype=dtype)
    if nf < 1:
        return np.zeros((1, 0), dtype=dtype)
    else:
        if nf > 2**31 - 1:
            raise matlab_error(_NAME, "Maximum variable size allowed by the program is "
                               "exceeded.")
        count = int(nf)
    n1 = dtype(nf - 1) if not single else np.float32(nf - 1)
    k = np.arange(count, dtype=np.float32 if single else np.float64)
    with np.errstate(all="ignore"):
        diff = b - a
        c = diff * (n1 - 1)
        if np.isinf(c):
            if np.isinf(diff):
                y = a + (b / n1) * k - (a / n1) * k
            else:
                y = a + k * (diff / n1)
        else:
            y = a + (k * diff) / n1
    y = np.asarray(y, dtype=dtype).reshape(1, count)
    if a == b:
        y[...] = a
    else:
        y[0, 0] = a
        y[0, -1] = b
    return y
