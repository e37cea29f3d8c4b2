"""MATLAB's structured matrices: ``toeplitz``, ``hankel``, ``vander``, ``blkdiag``, and
the triangular parts ``triu``, ``tril``.

The legacy layer of the family: reads MATLAB's argument forms (one or two vectors of any
orientation), applies MATLAB's class rules (the class of ``[c r]``) and its conflict
warnings, and calls the core :mod:`compat._core.special_matrices`.
"""

from __future__ import annotations


import numpy as np

from compat._core import special_matrices as core
from compat._core.errors import issue_warning
from compat._core.arrays import concat_class, concatenate
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.docs import Fragments
from compat._core.errors import MatlabWarning
from compat._core.legacy import matlab_function
from compat._core.matlab_integers import INT_CLASSES, convert, times
from compat._core.matlab_types import matlab_array, matlab_class

__all__ = ["toeplitz", "hankel", "vander", "blkdiag", "triu", "tril"]

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
        issue_warning(MatlabWarning("First element of input column does not match "
                                    "first element of input row. Column wins diagonal "
                                    "conflict.", "MATLAB:toeplitz:DiagonalConflict"))
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
        issue_warning(MatlabWarning("Last element of input column does not match "
                                    "first element of input row. Column wins "
                                    "anti-diagonal conflict.",
                                    "MATLAB:hankel:AntiDiagonalConflict"))
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


_BLKDIAG_DTYPES = {"double": np.float64, "single": np.float32, "logical": np.bool_}


@matlab_function("blkdiag")
def blkdiag(*matrices):
    """Block diagonal matrix of the inputs, as MATLAB's ``blkdiag``.

    MATLAB call form::

        B = blkdiag(A1, ..., AN)   ->  blkdiag(A, B, C)

    Parameters
    ----------
    matrices : array_like or scipy.sparse matrix
        Matrices (numeric or logical; a 1-D array is a row, a scalar 1-by-1), placed
        along the diagonal in order: ``A1`` at the top left, each next block starting
        below and to the right of the one before. Empty matrices take their rows or
        columns (``blkdiag(zeros(0, 2), 1)`` is ``[0 0 1]``).

    Returns
    -------
    ndarray or scipy.sparse.csc_matrix
        The ``sum(rows)``-by-``sum(columns)`` matrix, zero off the blocks. Its class is
        that of MATLAB's concatenation of the blocks with double zeros (MATLAB's
        blkdiag.m builds ``[y zeros(p1,m2); zeros(p2,m1) x]`` for any input that is not
        double): an integer class wins (the leftmost), then single, otherwise double --
        logical blocks give double. With any sparse input the result is sparse
        (``scipy.sparse.csc_matrix``, double), as MATLAB's. No input: a 0-by-0 double.

    Raises
    ------
    ValueError
        ``"blkdiag: Dimensions of arrays being concatenated are not consistent."`` for
        an N-D input (MATLAB's message from the concatenation).
    TypeError
        Text and non-numeric inputs.

    Notes
    -----
    ``scipy.linalg.block_diag`` gives the same layout but chooses the class by numpy's
    promotion (int8 with double is double, bool with bool is bool) and treats a 1-D
    input as a row only because it turns it 2-D first; ``scipy.sparse.block_diag``
    is the sparse form. GNU Octave 7.3's blkdiag returns double for every full input
    (``blkdiag(int8(1), 2.5)`` is double there, int8 with value 3 in MATLAB): recorded
    as a divergence in reference_outputs/matlab/blkdiag_flip.

    Sources: MATLAB ``blkdiag`` reference page and the class rule of its blkdiag.m
    (concatenation with double zeros); checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import blkdiag
    >>> blkdiag([[1, 2], [3, 4]], 5)
    array([[1., 2., 0.],
           [3., 4., 0.],
           [0., 0., 5.]])
    >>> blkdiag([1, 2], [[3], [4]])
    array([[1., 2., 0.],
           [0., 0., 3.],
           [0., 0., 4.]])
    """
    import scipy.sparse as sp

    if not matrices:
        return np.zeros((0, 0))
    if any(sp.issparse(m) for m in matrices):
        blocks = [sp.csc_matrix(m, dtype=np.float64) if sp.issparse(m) else
                  sp.csc_matrix(np.atleast_2d(matlab_array(m, "A").astype(np.float64)))
                  for m in matrices]
        out = sp.block_diag(blocks, format="csc")
        out.eliminate_zeros()
        out.sort_indices()
        return out
    arrays = []
    for m in matrices:
        if isinstance(m, str) or (isinstance(m, np.ndarray) and m.dtype.kind == "U"):
            raise CompatTypeError("inputs must be numeric or logical matrices, not text")
        a = matlab_array(m, "A")
        if a.ndim == 0:
            a = a.reshape(1, 1)
        elif a.ndim == 1:
            a = a.reshape(1, -1)
        elif a.ndim > 2:
            shape = list(a.shape)
            while len(shape) > 2 and shape[-1] == 1:
                shape.pop()
            if len(shape) > 2:
                raise CompatValueError("Dimensions of arrays being concatenated are not "
                                       "consistent.")
            a = a.reshape(shape)
        arrays.append(a)
    cls = concat_class(arrays + [np.zeros(0)])
    complex_result = any(a.dtype.kind == "c" for a in arrays)
    if cls in INT_CLASSES:
        if complex_result:
            raise CompatTypeError("Complex values cannot be combined with an integer "
                                  "class.")
        dtype = np.dtype(cls)
        blocks = [a if a.dtype == dtype else convert(a, cls) for a in arrays]
    else:
        dtype = np.dtype(_BLKDIAG_DTYPES[cls])
        if complex_result:
            dtype = np.dtype(np.complex64 if cls == "single" else np.complex128)
        blocks = [a.astype(dtype) for a in arrays]
    return core.block_diagonal(blocks, dtype)


_TRIANGLE = """{{part}} triangular part of a matrix, as MATLAB's ``{{name}}``.

    MATLAB call forms::

        U = {{name}}(A)      ->  {{name}}(A)
        U = {{name}}(A, k)   ->  {{name}}(A, 1)    ({{side}})

    Parameters
    ----------
    A : array_like
        A matrix of any class (numeric, logical); a 1-D array is a row ``1 x n``.
    k : int, optional
        The diagonal: 0 the main diagonal, ``k > 0`` above it, ``k < 0`` below.

    Returns
    -------
    ndarray
        ``A`` with the elements {{kept}} set to zero, same shape and class (a new
        array; a 1-D input gives 1-D).

    Raises
    ------
    ValueError
        An N-D array (``"{{name}}: First input must be 2-D."``; GNU Octave: "need a
        2-D matrix"), a ``k`` that is not an integer scalar.

    Notes
    -----
    ``np.{{name}}`` agrees for a matrix; for a 1-D input numpy treats the vector as
    the row of an ``n x n`` matrix and returns a 2-D ``n x n`` result, where MATLAB's
    row stays ``1 x n``.

    Sources: MATLAB ``{{name}}`` reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/ranked_routines).

    Examples
    --------
    >>> from compat.matlab import {{name}}
    {{examples}}
    """


def _triangle(name: str, upper: bool, **words):
    def triangle(A, k=0):
        a = np.asarray(A) if not isinstance(A, (list, tuple)) else matlab_array(A, "A")
        if a.dtype.kind in "US" or a.dtype == object:
            raise CompatTypeError("A must be a numeric or logical matrix")
        kk = np.asarray(k)
        if kk.size != 1 or kk.dtype.kind not in "iuf" or not np.isfinite(kk) or \
                float(kk) != round(float(kk)):
            raise CompatValueError("K must be an integer scalar.")
        kk = int(round(float(kk)))
        if a.ndim > 2:
            raise CompatValueError("First input must be 2-D.")
        m = a.reshape(1, -1) if a.ndim == 1 else a.reshape(1, 1) if a.ndim == 0 else a
        out = core.triangle(m, kk, upper)
        return out.reshape(a.shape)

    triangle.__name__ = triangle.__qualname__ = name
    triangle.__module__ = __name__
    triangle.__doc__ = _TRIANGLE
    return matlab_function(name)(Fragments(name=name, **words).fill(triangle))


triu = _triangle("triu", True, part="Upper", side="above the main diagonal",
                 kept="below the k-th diagonal",
                 examples="""
        >>> triu([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        array([[1., 2., 3.],
               [0., 5., 6.],
               [0., 0., 9.]])
        >>> triu([[1, 2, 3], [4, 5, 6]], 1)
        array([[0., 2., 3.],
               [0., 0., 6.]])""")
tril = _triangle("tril", False, part="Lower", side="from the diagonal below the main one",
                 kept="above the k-th diagonal",
                 examples="""
        >>> tril([[1, 2, 3], [4, 5, 6], [7, 8, 9]])
        array([[1., 0., 0.],
               [4., 5., 0.],
               [7., 8., 9.]])
        >>> tril([1, 2, 3], -1)
        array([0., 0., 0.])""")
