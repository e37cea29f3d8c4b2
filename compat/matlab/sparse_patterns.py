"""MATLAB's functions on the nonzero pattern of a matrix: ``spones``, ``spfun``,
``colperm``, ``etree``, ``colamd``, ``symamd``.

The legacy layer of the family: MATLAB's argument forms (function handles, the tree
type string, nargout), 1-based results in MATLAB's row orientation, over
:mod:`compat._core.sparse_patterns` (the orderings over
:mod:`compat._core.column_ordering`). Sparse results are ``scipy.sparse.csc_matrix``
(double, complex or logical), as in :mod:`compat.matlab.sparse_matrices`.
"""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from compat._core import column_ordering as _ordering
from compat._core import sparse_patterns as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["spones", "spfun", "colperm", "etree", "colamd", "symamd", "EtreeResult",
           "OrderingResult"]


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


class OrderingResult(Result):
    """``[p, stats] = colamd(...)`` / ``symamd(...)``."""

    request_style = "nargout"
    p: np.ndarray
    stats: np.ndarray


def _knobs(knobs, count: int) -> list:
    """MATLAB's knobs vector: up to ``count`` leading values used, [] the defaults."""
    if knobs is None:
        return []
    if isinstance(knobs, str) or (isinstance(knobs, np.ndarray)
                                  and knobs.dtype.kind in "USO"):
        raise CompatTypeError("knobs must be a numeric vector.")
    values = matlab_array(knobs, "knobs")
    if values.dtype.kind not in "biuf":
        raise CompatTypeError("knobs must be a real numeric vector.")
    return [float(v) for v in values.reshape(-1)[:count]]


def _ordering_result(perm0, stats, nargout):
    p = _row(perm0)
    if nargout == 2:
        out = np.asarray(stats, dtype=np.float64).reshape(1, -1)
        out[0, 4] += 1          # colamdmex.c: stats(5), stats(6) made 1-based,
        out[0, 5] += 1          # so 0 when the matrix is not jumbled
        return OrderingResult(p=p, stats=out)
    return p


@matlab_function("colamd", nargout=2)
def colamd(S, knobs=None, *, nargout=1):
    """Column approximate minimum degree permutation, as MATLAB's ``colamd``.

    MATLAB call forms::

        p = colamd(S)                  ->  colamd(S)
        p = colamd(S, knobs)           ->  colamd(S, [10, 10])
        [p, stats] = colamd(___)       ->  colamd(S, nargout=2)

    Parameters
    ----------
    S : array_like or scipy.sparse matrix
        ``m``-by-``n``, any shape; only its nonzero pattern is used (NaN is nonzero,
        a scipy matrix's stored zeros are not, duplicate entries are summed first).
    knobs : array_like, optional
        ``knobs(1)``: rows with more than ``max(16, knobs(1)*sqrt(n))`` entries are
        ignored; ``knobs(2)``: columns with more than
        ``max(16, knobs(2)*sqrt(min(m, n)))`` entries are ordered last; a negative
        value removes only completely dense rows/columns. Default ``[10 10]``.
        ``knobs(3)`` (print the statistics) is accepted and prints nothing.

    Returns
    -------
    p : numpy.ndarray
        ``1``-by-``n`` double row of **1-based** column indices (index data;
        ``matlab.idx(p)`` gives 0-based ones) such that ``S(:, p)`` tends to have
        sparser LU factors than ``S``: COLAMD's ordering followed by the post-ordering
        of the column elimination tree of ``S(:, p)``. Empty columns come last.
    stats : numpy.ndarray
        ``nargout=2``: ``1``-by-``20`` double: (1) dense or empty rows ignored,
        (2) dense or empty columns ordered last, (3) garbage collections of COLAMD's
        work array (of MATLAB's size), (4) 0 (the pattern is valid), (5)-(7) 0 (no
        unsorted or duplicate entries: compat's pattern never has them), (8)-(20) 0.

    Notes
    -----
    scipy has no COLAMD of its own: ``scipy.sparse.linalg.splu(S,
    permc_spec='COLAMD').perm_c`` is SuperLU's copy of COLAMD and agrees on
    nonsingular square matrices, but it is not post-ordered the same way in
    general, needs values (not a pattern) and gives nothing for a singular or
    rectangular ``S``. The ordering is computed step for step as COLAMD 2.9 does
    (see :mod:`compat._core.column_ordering`), because its tie-breaking decides
    the permutation.

    Sources: MATLAB ``colamd`` reference page; SuiteSparse COLAMD (colamd.c,
    colamdmex.c, colamd2.m, BSD-3-Clause) and Davis, Gilbert, Larimore, Ng, ACM TOMS
    30(3), 2004 (algorithm 836); checked against GNU Octave 7.3
    (reference_outputs/matlab/colamd), where ``stats(5)`` and ``stats(6)`` are -1
    (Octave's colamd.cc makes them 1-based after returning them; MATLAB's page and
    colamdmex.c: 0), and whose full complex input is ordered by its real part only.
    The error texts are compat's own.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import colamd
    >>> S = np.array([[1, 0, 1, 0], [0, 1, 0, 1], [1, 1, 0, 0], [0, 0, 1, 1],
    ...               [1, 0, 0, 1.0]])
    >>> colamd(S)
    array([[2., 1., 3., 4.]])
    >>> colamd(np.array([[1, 0, 1], [1, 0, 0.0]]))      # the empty column last
    array([[1., 3., 2.]])
    >>> p, stats = colamd(S, nargout=2)
    >>> stats[0, :4]
    array([0., 0., 0., 0.])
    """
    values = _knobs(knobs, 3)
    matrix = _matrix(S)
    dense_row = values[0] if len(values) > 0 else 10.0
    dense_col = values[1] if len(values) > 1 else 10.0
    perm, stats = _ordering.column_amd(matrix, dense_row, dense_col)
    return _ordering_result(perm, stats, nargout)


@matlab_function("symamd", nargout=2)
def symamd(S, knobs=None, *, nargout=1):
    """Symmetric approximate minimum degree permutation, as MATLAB's ``symamd``.

    MATLAB call forms::

        p = symamd(S)                  ->  symamd(S)
        p = symamd(S, knobs)           ->  symamd(S, 10)
        [p, stats] = symamd(___)       ->  symamd(S, nargout=2)

    Parameters
    ----------
    S : array_like or scipy.sparse matrix
        Square; only the pattern of its strictly lower triangle is read (``S`` is
        taken to be symmetric).
    knobs : array_like, optional
        ``knobs(1)``: rows and columns with more than ``max(16, knobs(1)*sqrt(n))``
        entries are ordered last (negative: none); default 10. ``knobs(2)`` (print
        the statistics) is accepted and prints nothing.

    Returns
    -------
    p : numpy.ndarray
        ``1``-by-``n`` double row of **1-based** indices such that ``S(p, p)`` tends to
        have a sparser Cholesky factor than ``S``: SYMAMD's ordering followed by the
        post-ordering of the elimination tree of ``S(p, p)``.
    stats : numpy.ndarray
        ``nargout=2``: ``1``-by-``20`` double as :func:`colamd`'s, with
        ``stats(1) == stats(2)`` the number of dense or empty rows/columns.

    Notes
    -----
    SYMAMD is COLAMD on the matrix with one row per off-diagonal entry of the lower
    triangle (see :mod:`compat._core.column_ordering`); the result is not
    ``colamd(S)``, nor scipy's ``permc_spec='MMD_AT_PLUS_A'`` (a different
    algorithm).

    Sources: MATLAB ``symamd`` reference page; SuiteSparse COLAMD (colamd.c's
    symamd, symamdmex.c, symamd2.m, BSD-3-Clause); checked against GNU Octave 7.3
    (reference_outputs/matlab/colamd), whose ``stats(5)``/``stats(6)`` are -1 as
    for colamd. The error texts are compat's own.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import symamd
    >>> S = np.array([[4, 1, 1, 1], [1, 4, 0, 0], [1, 0, 4, 0], [1, 0, 0, 4.0]])
    >>> symamd(S)
    array([[2., 3., 1., 4.]])
    """
    values = _knobs(knobs, 2)
    matrix = _matrix(S)
    if matrix.shape[0] != matrix.shape[1]:
        raise CompatValueError(f"S must be a square matrix (it is "
                               f"{matrix.shape[0]}x{matrix.shape[1]}).")
    dense = values[0] if len(values) > 0 else 10.0
    perm, stats = _ordering.symmetric_amd(matrix, dense)
    return _ordering_result(perm, stats, nargout)
