"""MATLAB's functions on the nonzero pattern of a matrix: ``spones``, ``spfun``,
``colperm``, ``etree``.

The legacy layer of the family: MATLAB's argument forms (function handles, the tree
type string, nargout), 1-based results in MATLAB's row orientation, over
:mod:`compat._core.sparse_patterns`. Sparse results are ``scipy.sparse.csc_matrix``
(double, complex or logical), as in :mod:`compat.matlab.sparse_matrices`.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from compat._core import sparse_patterns as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["spones", "spfun", "colperm", "etree", "EtreeResult"]


class EtreeResult(Result):
    """``[p, q] = etree(...)``."""

    request_style = "nargout"
    p: np.ndarray
    q: np.ndarray


def _matrix(value, name: str = "S"):
    """A sparse matrix as given, or a dense one through the MATLAB coercer (2-D)."""
    if sp.issparse(value):
        return value
    a = matlab_array(value, name, char="codes")
    if a.ndim > 2:
        raise CompatValueError(f"{name} must be a 2-D matrix.")
    return a.reshape(1, -1) if a.ndim < 2 else a


def _row(index0: np.ndarray) -> np.ndarray:
    """0-based indices as MATLAB's 1-based double row vector."""
    return (np.asarray(index0, dtype=np.float64) + 1).reshape(1, -1)


@matlab_function("spones")
def spones(S):
    """Replace the nonzero elements by ones, as MATLAB's ``spones``.

    MATLAB call form::

        R = spones(S)   ->  spones(S)

    Parameters
    ----------
    S : array_like or scipy.sparse matrix
        Numeric, logical or char, full or sparse (NaN is nonzero).

    Returns
    -------
    scipy.sparse.csc_matrix
        Double, of ``S``'s size, 1 wherever ``S`` is nonzero -- sparse also for a full
        ``S`` and double also for a logical one (spones.m builds it with
        ``sparse(i, j, 1, m, n)``).

    Notes
    -----
    ``(S != 0).astype(float)`` keeps a dense input dense; ``S.sign()`` or
    ``abs(S).sign()`` of a scipy matrix keeps NaN as NaN and (``sign``) negative values
    as -1.

    Sources: MATLAB ``spones`` reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/sparse_patterns).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import spones
    >>> R = spones(np.array([[0, -2.5], [7, 0]]))
    >>> R.format, R.toarray()
    ('csc', array([[0., 1.],
           [1., 0.]]))
    """
    return core.ones_on_pattern(_matrix(S))


@matlab_function("spfun")
def spfun(fun, S):
    """Apply a function to the nonzero elements only, as MATLAB's ``spfun``.

    MATLAB call form::

        f = spfun(fun, S)   ->  spfun(np.exp, S)      (fun: @exp)

    Parameters
    ----------
    fun : callable
        MATLAB's function handle: called once with all the nonzeros of ``S`` in
        column-major order, as a column ``(k, 1)`` (a row ``(1, k)`` when ``S`` is a
        row vector, as MATLAB's ``find`` gives them), returning ``k`` values.
    S : array_like or scipy.sparse matrix

    Returns
    -------
    scipy.sparse.csc_matrix
        ``fun``'s values on ``S``'s nonzero pattern, sparse also for a full ``S``;
        where ``fun`` returns 0 nothing is stored. Logical values stay logical,
        complex become complex double, every other class double (compat's ``sparse``
        rule: sparse storage is double, complex or logical).

    Notes
    -----
    ``numpy.exp(S.toarray())`` would give ``exp(0) = 1`` at every zero; ``spfun``
    leaves them zero. For a scipy matrix ``S.copy()`` with ``data`` replaced is close,
    but keeps any explicit zeros and those ``fun`` produces.

    Sources: MATLAB ``spfun`` reference page and spfun.m's definition
    ``f = sparse(i, j, fun(x), m, n)`` with ``[i, j, x] = find(S)``; checked against
    GNU Octave 7.3 (reference_outputs/matlab/sparse_patterns). The error texts are
    compat's own (MATLAB's come from ``feval``/``sparse``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import spfun
    >>> f = spfun(np.exp, np.array([[0, 1.0], [2, 0]]))
    >>> f.toarray().round(4)
    array([[0.    , 2.7183],
           [7.3891, 0.    ]])
    """
    if not callable(fun):
        raise CompatTypeError("FUN must be a function handle (a Python callable).")
    matrix = _matrix(S)
    try:
        return core.apply_to_nonzeros(fun, matrix, row_shaped=matrix.shape[0] == 1)
    except ValueError as error:
        if "func returned" in str(error):
            raise CompatValueError(f"FUN must return one value per nonzero element of "
                                   f"S ({error}).") from None
        raise


@matlab_function("colperm")
def colperm(S):
    """Column permutation by nonzero count, as MATLAB's ``colperm``.

    MATLAB call form::

        p = colperm(S)   ->  colperm(S)

    Parameters
    ----------
    S : array_like or scipy.sparse matrix

    Returns
    -------
    numpy.ndarray
        A ``1``-by-``n`` double row of **1-based** column indices (index data, as
        MATLAB returns it; ``matlab.idx(p)`` gives 0-based ones): the columns in
        nondecreasing order of their nonzero counts, equal counts in column order
        (MATLAB's stable sort).

    Notes
    -----
    ``numpy.argsort(counts)`` without ``kind='stable'`` may reorder columns of equal
    count, and is 0-based.

    Sources: MATLAB ``colperm`` reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/sparse_patterns).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import colperm
    >>> colperm(np.array([[1, 1, 0], [1, 0, 0], [1, 1, 1]]))
    array([[3., 2., 1.]])
    """
    return _row(core.column_count_order(_matrix(S)))


@matlab_function("etree", nargout=2)
def etree(A, type=None, *, nargout=1):
    """Elimination tree of a matrix, as MATLAB's ``etree``.

    MATLAB call forms::

        p = etree(A)             ->  etree(A)           (upper triangle, 'sym')
        p = etree(A, type)       ->  etree(A, 'col')    ('sym', 'lo' or 'col')
        [p, q] = etree(___)      ->  etree(A, nargout=2)

    Parameters
    ----------
    A : array_like or scipy.sparse matrix
        Its nonzero pattern is used (values are not).
    type : {'sym', 'lo', 'col'}, optional
        ``'sym'`` (default, also ``[]``): the tree of the symmetric matrix whose upper
        triangle is that of ``A``; ``'lo'``: of the one whose lower triangle is
        ``A``'s; ``'col'``: the column elimination tree, of ``A'*A`` (``A`` of any
        shape; ``A'*A`` is not formed, so no cancellation changes it). Case-insensitive.

    Returns
    -------
    p : numpy.ndarray
        ``1``-by-``n`` double row: ``p(j)`` the parent of column ``j`` (1-based), 0 for
        a root.
    q : numpy.ndarray
        ``nargout=2``: a postorder of the tree (``1``-by-``n``, 1-based): children
        before their parent, roots and each node's children in increasing order.

    Notes
    -----
    scipy has no elimination tree. ``scipy.sparse.csgraph`` spanning trees or
    traversals of the matrix's graph are other trees: the elimination tree links
    column ``j`` to the first later column its Cholesky factor row reaches (Liu).

    Sources: MATLAB ``etree`` reference page (its printed tridiagonal and block
    examples are golden cases); Liu's algorithm (see
    :mod:`compat._core.sparse_patterns`); checked against GNU Octave 7.3
    (reference_outputs/matlab/sparse_patterns), which has no ``'lo'`` and is not a
    source for it. A full ``A`` is accepted, as in Octave. The error texts are
    compat's own.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import etree
    >>> A = np.eye(7) + np.eye(7, k=1) + np.eye(7, k=-1)
    >>> etree(A)
    array([[2., 3., 4., 5., 6., 7., 0.]])
    >>> p, q = etree(np.kron(np.eye(2), np.ones((3, 3))), nargout=2)
    >>> p, q
    (array([[2., 3., 0., 5., 6., 0.]]), array([[1., 2., 3., 4., 5., 6.]]))
    """
    kind = "sym"
    if type is not None and not (isinstance(type, np.ndarray) and type.size == 0) \
            and not (isinstance(type, (list, tuple)) and len(type) == 0):
        if not isinstance(type, str):
            raise CompatTypeError("type must be 'sym', 'lo' or 'col'.")
        kind = type.lower()
        if kind not in core.TREE_KINDS:
            raise CompatValueError(f"type must be 'sym', 'lo' or 'col', not '{type}'.")
    matrix = _matrix(A, "A")
    if kind != "col" and matrix.shape[0] != matrix.shape[1]:
        raise CompatValueError(f"A must be square for the '{kind}' elimination tree "
                               f"(it is {matrix.shape[0]}x{matrix.shape[1]}); use "
                               f"'col' for the tree of A'*A.")
    parent = core.elimination_tree(matrix, kind)
    p = np.where(parent < 0, 0.0, parent + 1.0).reshape(1, -1)
    if nargout == 2:
        return EtreeResult(p=p, q=_row(core.etree_postorder(parent)))
    return p
