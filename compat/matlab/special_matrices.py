"""MATLAB's structured matrices: ``toeplitz``, ``hankel``, ``vander``.

The legacy layer of the family: reads MATLAB's argument forms (one or two vectors of any
orientation), applies MATLAB's class rules (the class of ``[c r]``) and its conflict
warnings, and calls the core :mod:`compat._core.special_matrices`.
"""

from __future__ import annotations

import warnings

import numpy as np

from compat._core import special_matrices as core
from compat._core.arrays import concatenate
from compat._core.docs import Fragments
from compat._core.errors import MatlabWarning
from compat._core.legacy import matlab_function
from compat._core.matlab_integers import INT_CLASSES, times
from compat._core.matlab_types import matlab_array, matlab_class

__all__ = ["toeplitz", "hankel", "vander"]

_DOCS = Fragments(
    sources="""
        Sources: MATLAB ``{{name}}`` reference page (definition, conflict warning).
        Checked against GNU Octave 7.3 (reference_outputs/matlab/special_matrices).""",
    vectors="""
        Parameters
        ----------
        c, r : array_like
            Vectors of any orientation, numeric or logical.""",
)


def _vectors(*values):
    """The inputs as 1-D vectors (``x(:)``) in the MATLAB class of ``[c r]``."""
    arrays = [matlab_array(v, name) for v, name in zip(values, ("c", "r"))]
    both, cls = concatenate([a.reshape(-1, 1, order="F") for a in arrays], axis=0)
    flat = both.ravel()
    sizes = np.cumsum([0] + [a.size for a in arrays])
    return [flat[sizes[k]:sizes[k + 1]] for k in range(len(arrays))]


def _equal(x, y) -> bool:
    with np.errstate(invalid="ignore"):
        return bool(x == y)


@matlab_function("toeplitz")
@_DOCS.named()
def toeplitz(c, r=None):
    """Toeplitz matrix, as MATLAB's ``toeplitz``.

    MATLAB call forms::

        T = toeplitz(c, r)   ->  toeplitz(c, r)     (first column c, first row r)
        T = toeplitz(r)      ->  toeplitz(r)        (symmetric; Hermitian for complex r)

    {{vectors}}

    Returns
    -------
    ndarray
        ``numel(c)``-by-``numel(r)`` with constant diagonals, in the class of
        ``[c r]``. When ``c(1) ~= r(1)`` the column wins the diagonal and a
        :class:`compat.MatlabWarning` repeats MATLAB's warning. With one complex
        argument the first column is ``conj(r)`` except its first element.

    Notes
    -----
    ``scipy.linalg.toeplitz`` agrees on the two-argument form (also giving the column
    the diagonal) but raises no warning, and its one-argument form is Hermitian
    (``conj(r)`` down the first column, including ``r(1)``) where MATLAB keeps
    ``r(1)`` on the diagonal.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import toeplitz
    >>> toeplitz([1, 2, 3], [1, 5, 6, 7])
    array([[1., 5., 6., 7.],
           [2., 1., 5., 6.],
           [3., 2., 1., 5.]])
    >>> toeplitz([1, 2, 3])
    array([[1., 2., 3.],
           [2., 1., 2.],
           [3., 2., 1.]])
    """
    if r is None:
        (v,) = _vectors(c)
        col = np.conj(v) if v.dtype.kind == "c" else v
        col = col.copy()
        if v.size:
            col[0] = v[0]
        return core.toeplitz(col, v)
    cv, rv = _vectors(c, r)
    if cv.size and rv.size and not _equal(cv[0], rv[0]):
        warnings.warn(MatlabWarning("First element of input column does not match "
                                    "first element of input row. Column wins diagonal "
                                    "conflict.", "MATLAB:toeplitz:DiagonalConflict"),
                      stacklevel=3)
    return core.toeplitz(cv, rv)


@matlab_function("hankel")
@_DOCS.named()
def hankel(c, r=None):
    """Hankel matrix, as MATLAB's ``hankel``.

    MATLAB call forms::

        H = hankel(c)      ->  hankel(c)      (square; zeros below the anti-diagonal)
        H = hankel(c, r)   ->  hankel(c, r)   (first column c, last row r)

    {{vectors}}

    Returns
    -------
    ndarray
        ``numel(c)``-by-``numel(c)`` (one argument) or ``numel(c)``-by-``numel(r)``
        with constant anti-diagonals, in the class of ``[c r]``. When ``c(end) ~=
        r(1)`` the column wins the anti-diagonal and a :class:`compat.MatlabWarning`
        repeats MATLAB's warning.

    Notes
    -----
    ``scipy.linalg.hankel`` agrees on values but warns about nothing.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import hankel
    >>> hankel([1, 2, 3])
    array([[1., 2., 3.],
           [2., 3., 0.],
           [3., 0., 0.]])
    >>> hankel([1, 2, 3], [3, 4, 5])
    array([[1., 2., 3.],
           [2., 3., 4.],
           [3., 4., 5.]])
    """
    if r is None:
        (cv,) = _vectors(c)
        return core.hankel(cv, np.zeros(cv.size, cv.dtype))
    cv, rv = _vectors(c, r)
    if cv.size and rv.size and not _equal(cv[-1], rv[0]):
        warnings.warn(MatlabWarning("Last element of input column does not match "
                                    "first element of input row. Column wins "
                                    "anti-diagonal conflict.",
                                    "MATLAB:hankel:AntiDiagonalConflict"), stacklevel=3)
    return core.hankel(cv, rv)


@matlab_function("vander")
@_DOCS.named()
def vander(v):
    """Vandermonde matrix, as MATLAB's ``vander``: ``A(i, j) = v(i)^(n - j)``.

    MATLAB call form::

        A = vander(v)   ->  vander(v)

    Parameters
    ----------
    v : array_like
        A vector of any orientation; integer classes keep their class with MATLAB's
        saturating products.

    Returns
    -------
    ndarray
        ``n``-by-``n`` with ``n = numel(v)``: the columns are decreasing powers of
        ``v``, the last all ones (the column order of ``polyfit``'s coefficients).

    Notes
    -----
    Built by repeated multiplication from the right as MATLAB's ``vander.m`` (each
    column the next one times ``v``), so the values are the same roundings;
    ``np.vander`` agrees on the column order but raises to powers.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import vander
    >>> vander([1, 2, 3, 5])
    array([[  1.,   1.,   1.,   1.],
           [  8.,   4.,   2.,   1.],
           [ 27.,   9.,   3.,   1.],
           [125.,  25.,   5.,   1.]])
    """
    a = matlab_array(v, "v")
    flat = a.ravel(order="F")
    cls = matlab_class(a)
    if cls in INT_CLASSES:
        n = flat.size
        out = np.ones((n, n), dtype=a.dtype)
        for j in range(n - 2, -1, -1):
            out[:, j] = times(flat, out[:, j + 1], "vander")
        return out
    if a.dtype.kind == "b":
        flat = flat.astype(np.float64)
    return core.vander(flat)
