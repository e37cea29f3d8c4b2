"""MATLAB ``polyvalm``: matrix polynomial evaluation."""

from __future__ import annotations

import numpy as np

from compat._core.errors import matlab_error
from compat._core.polynomial import as_numeric, as_vector, result_dtype
from compat._core.legacy import matlab_function

__all__ = ["polyvalm"]


@matlab_function("polyvalm")
def polyvalm(p, X):
    """Matrix polynomial evaluation, as MATLAB's ``polyvalm``.

    MATLAB call form::

        Y = polyvalm(p, X)   ->  Y = polyvalm(p, X)

    ``Y = p(1)*X^n + ... + p(n)*X + p(n+1)*I`` in the sense of matrix products (not
    element by element as ``polyval``), evaluated by Horner's scheme with matrix
    products: ``Y = p(1)*I``, then ``Y = X*Y + p(i)*I``.

    Parameters
    ----------
    p : array_like
        Coefficients (descending powers), a vector; ``[]`` gives the zero matrix.
    X : array_like
        A square matrix (2-D; a scalar is a 1x1 matrix).

    Returns
    -------
    Y : ndarray
        The shape of ``X``. Single if ``p`` or ``X`` is single; complex if either is.

    Raises
    ------
    ValueError
        ``"polyvalm: Matrix must be square."`` (MATLAB's message); ``p`` not a vector.
    TypeError
        Text or object data.

    Notes
    -----
    ``numpy.polyval(p, X)`` evaluates element by element -- a different function
    (MATLAB's ``polyval``). There is no NumPy matrix-polynomial evaluator.

    Sources: MATLAB documentation of ``polyvalm`` (definition, Cayley-Hamilton example
    ``polyvalm(poly(X), X)`` close to zero) and its help text (Horner with matrix
    products, ``MATLAB:polyvalm:NonSquareMatrix``). GNU Octave 7.3 agrees to rounding
    (it multiplies ``Y*X`` rather than ``X*Y``; the two commute in exact arithmetic).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import polyvalm
    >>> polyvalm([1, 0, -1], [[1, 2], [3, 4]])        # X^2 - I
    array([[ 6., 10.],
           [15., 21.]])
    """
    pv = as_vector("polyvalm", p, "P")
    Xa = as_numeric("polyvalm", X, "X")
    if Xa.ndim == 0:
        Xa = Xa.reshape(1, 1)
    if Xa.ndim != 2 or Xa.shape[0] != Xa.shape[1]:
        raise matlab_error("polyvalm", f"Matrix must be square (X has shape {Xa.shape}).")
    dtype = result_dtype(pv, Xa)
    m = Xa.shape[0]
    Xd = Xa.astype(dtype, copy=False)
    Y = np.zeros((m, m), dtype=dtype)
    if pv.size == 0:
        return Y
    diag = np.arange(m)
    Y[diag, diag] = pv[0]
    for c in pv[1:]:  # Horner: one matrix product per coefficient
        Y = Xd @ Y
        Y[diag, diag] += c
    return Y
