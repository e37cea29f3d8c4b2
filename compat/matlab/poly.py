"""MATLAB ``poly``: polynomial with given roots, or characteristic polynomial."""

from __future__ import annotations

import numpy as np

from compat._core.errors import matlab_error
from compat._core.polynomial import as_numeric
from compat._core.legacy import matlab_function

__all__ = ["poly"]


@matlab_function("poly")
def poly(r):
    """Polynomial with specified roots or characteristic polynomial, as MATLAB's ``poly``.

    MATLAB call forms::

        p = poly(r)   ->  p = poly(r)    # r a vector of roots
        p = poly(A)   ->  p = poly(A)    # A a square matrix: det(lambda*I - A)

    For a square matrix the roots are its eigenvalues (``eig(A)``, LAPACK ``geev``).
    Infinite roots are dropped, then the coefficients are built by MATLAB's recursion
    ``c = [1 0 ... 0]; c(2:j+1) = c(2:j+1) - e(j).*c(1:j)`` for each root in turn. If
    the complex roots come in exact conjugate pairs the result is made real.

    Parameters
    ----------
    r : array_like
        A vector of roots (any orientation, 1-D, or a scalar -- a 1x1 matrix, whose
        eigenvalue is itself), or a square matrix (2-D, ``n x n``). ``[]`` gives ``1``.

    Returns
    -------
    p : ndarray
        A row of ``n+1`` coefficients, ``p(1) = 1``: 1-D for a 1-D or scalar input,
        else ``(1, n+1)``. Single for single input, complex unless real by the
        conjugate-pair rule (or real roots).

    Raises
    ------
    ValueError
        ``"poly: Argument must be a vector or a square matrix."``; ``"poly: Input to
        EIG must not contain NaN or Inf."`` for a square matrix with NaN/Inf (MATLAB's
        ``eig`` error). A vector with NaN gives NaN coefficients (as in MATLAB).
    TypeError
        Text or object data.

    Notes
    -----
    ``numpy.poly`` uses the same recursion (via ``convolve``) and the same
    conjugate-pair rule, but keeps infinite roots (NaN coefficients), treats a 1x1
    matrix and a vector alike only by accident of shape, and returns 1-D always.

    Sources: MATLAB documentation of ``poly`` (vector and matrix forms, characteristic
    polynomial via eigenvalues) and its help text (the recursion, Inf roots removed,
    real result for conjugate pairs, ``MATLAB:poly:InputSize``). GNU Octave 7.3 agrees.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import poly
    >>> poly([2, 3])
    array([ 1., -5.,  6.])
    >>> np.round(poly([[1, 8, -10], [-4, 2, 4], [-5, 2, 8]]), 8)
    array([[  1., -11.,   0., -84.]])
    >>> poly([1j, -1j])                    # conjugate pair: real
    array([1., 0., 1.])
    """
    array = as_numeric("poly", r, "R")
    if array.ndim == 2 and array.shape[0] == array.shape[1]:
        if not np.all(np.isfinite(array)):
            raise matlab_error("poly", "Input to EIG must not contain NaN or Inf.")
        e = np.linalg.eigvals(array) if array.size else np.zeros(0, array.dtype)
        if e.dtype.kind == "c" and np.all(e.imag == 0) and array.dtype.kind != "c":
            e = e.real
        e = e.astype(np.result_type(e.dtype, array.dtype), copy=False)
    elif array.ndim <= 1 or (array.ndim == 2 and 1 in array.shape):
        e = array.reshape(-1)
    else:
        raise matlab_error("poly", f"Argument must be a vector or a square matrix, got an "
                           f"array of shape {array.shape}.")
    e = e[~np.isinf(e)]
    n = e.size
    c = np.zeros(n + 1, dtype=np.result_type(e.dtype, np.finfo(array.dtype).dtype))
    c[0] = 1
    for j in range(n):  # MATLAB's recursion: one vectorised update per root
        c[1: j + 2] = c[1: j + 2] - e[j] * c[: j + 1]
    if c.dtype.kind == "c":
        pos = np.sort_complex(e[e.imag > 0])
        neg = np.sort_complex(np.conj(e[e.imag < 0]))
        if pos.shape == neg.shape and np.array_equal(pos, neg):
            c = c.real.copy()
    if array.ndim <= 1 or array.ndim == 0:
        return c
    return c.reshape(1, -1)
