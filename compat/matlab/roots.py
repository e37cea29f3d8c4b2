"""MATLAB ``roots``: polynomial roots as eigenvalues of the companion matrix."""

from __future__ import annotations

import numpy as np

from compat._core.errors import matlab_error
from compat._core.polynomial import as_numeric, shape_column
from compat._core.legacy import matlab_function

__all__ = ["roots"]


@matlab_function("roots")
def roots(p):
    """Polynomial roots, as MATLAB's ``roots``.

    MATLAB call form::

        r = roots(p)   ->  r = roots(p)

    The roots of ``p(1)*x^n + ... + p(n)*x + p(n+1)``, computed as MATLAB does: leading
    zeros are dropped; trailing zeros are removed and give roots at 0; leading
    coefficients so small that ``p(2:end)./p(1)`` overflows to Inf are dropped (the
    degree falls); the remaining ``r`` roots are the eigenvalues of the companion
    matrix ``A = diag(ones(1,n-2),-1); A(1,:) = -p(2:n)./p(1)`` (LAPACK ``geev``,
    with balancing, as MATLAB's ``eig``).

    Parameters
    ----------
    p : array_like
        Coefficients in descending powers: a vector of any orientation (a 1-D array,
        a row, a column or a scalar); ``[]`` gives no roots. double, single or complex;
        logical and integers are computed in double.

    Returns
    -------
    r : ndarray
        A column vector: 1-D for a 1-D (or scalar) ``p``, else ``(k, 1)``. **The roots
        at zero from trailing zeros come first**, then the eigenvalues in LAPACK's
        order (MATLAB's order). Real when every root is real (as MATLAB's ``eig``),
        else complex; single for single input. Empty (``0`` or ``(0, 1)``) when ``p``
        has fewer than two nonzero-spanned coefficients.

    Raises
    ------
    ValueError
        ``"roots: Input must be a vector."`` for a matrix; ``"roots: Input to ROOTS
        must not contain NaN or Inf."`` (MATLAB's messages).
    TypeError
        Text or object data.

    Notes
    -----
    ``numpy.roots`` uses the same companion-matrix method, but returns the roots at
    zero *last* (MATLAB puts them first), does not drop leading coefficients whose
    ratios overflow, returns 1-D only, accepts NaN/Inf (then LAPACK fails with
    ``LinAlgError``) and always computes in double.

    Sources: MATLAB documentation of ``roots`` (companion-matrix method, column
    output, NaN/Inf error) and its help text (stripping of leading/trailing zeros,
    zero roots first, the Inf guard, messages ``MATLAB:roots:NonVectorInput`` and
    ``MATLAB:roots:NonFiniteInput``). GNU Octave 7.3 appends the zero roots at the
    *end* instead (recorded as an Octave divergence in
    reference_outputs/matlab/polyfit/suite.json).

    Examples
    --------
    >>> from compat.matlab import roots
    >>> roots([3, -2, -4])                 # 3x^2 - 2x - 4
    array([ 1.53518376, -0.86851709])
    >>> roots([1, -3, 2, 0])               # x(x-1)(x-2): the zero root first
    array([0., 2., 1.])
    >>> roots([[1], [0], [-1]])            # a column in, a column out
    array([[-1.],
           [ 1.]])
    """
    array = as_numeric("roots", p, "P")
    if array.ndim > 2 or (array.ndim == 2 and array.shape[0] > 1 and array.shape[1] > 1):
        raise matlab_error("roots", "Input must be a vector.")
    c = array.reshape(-1)
    if not np.all(np.isfinite(c)):
        raise matlab_error("roots", "Input to ROOTS must not contain NaN or Inf.")
    real = np.finfo(c.dtype).dtype
    nonzero = np.flatnonzero(c)
    if nonzero.size == 0:
        return shape_column(np.zeros(0, dtype=real), p)
    n = c.size
    c = c[nonzero[0]: nonzero[-1] + 1]
    zero_roots = np.zeros(n - 1 - nonzero[-1], dtype=real)
    with np.errstate(divide="ignore", over="ignore", invalid="ignore"):
        d = c[1:] / c[0]
        while np.any(np.isinf(d)):  # at most n passes, each dropping one coefficient
            c = c[1:]
            d = c[1:] / c[0]
    k = c.size
    if k > 1:
        A = np.diag(np.ones(k - 2, dtype=c.dtype), -1)
        A[0, :] = -d
        eig = np.linalg.eigvals(A)
        if eig.dtype.kind == "c" and np.all(eig.imag == 0) and c.dtype.kind != "c":
            eig = eig.real
        r = np.concatenate([zero_roots.astype(eig.dtype), eig])
    else:
        r = zero_roots
    return shape_column(r, p)
