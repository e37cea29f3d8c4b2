"""Work on the nonzero pattern of a matrix: MATLAB's ``spones``, ``spfun``, ``colperm``
and ``etree``.

Python-shaped and 0-based: every function takes a 2-D numpy array or any
``scipy.sparse`` matrix (MATLAB's sparse storage is a ``scipy.sparse.csc_matrix`` in
compat, see :mod:`compat.matlab.sparse_matrices`) and reads its **pattern** as MATLAB
does: an element is "nonzero" when it is not equal to zero (NaN is nonzero); a stored
zero of a scipy matrix (MATLAB never stores one) is not. The MATLAB argument grammar
(1-based results, type strings, nargout) is in :mod:`compat.matlab.sparse_patterns`.

Sources (facts only):

* ``spones``/``spfun``: the MATLAB reference pages and MathWorks' spones.m/spfun.m
  (``[i, j, x] = find(S); f = sparse(i, j, fun(x), m, n)``): the result is sparse
  whatever the input, ``fun`` sees the nonzeros in column-major order, and zeros that
  ``fun`` produces are not stored.
* ``colperm``: the reference page ("nondecreasing order of nonzero count"), ties in
  column order as MATLAB's stable ``sort`` of the counts leaves them.
* ``etree``: the reference page (upper triangle by default, ``'lo'`` the lower one,
  ``'col'`` the tree of ``A'*A``); Liu's algorithm (J. W. H. Liu, "A compact row
  storage scheme for Cholesky factors using elimination trees", ACM TOMS 12, 1986, and
  "The role of elimination trees in sparse factorization", SIMAX 11, 1990) with path
  compression over virtual ancestors; for ``A'*A`` the same algorithm run on the
  column of each row's previous nonzero, so ``A'*A`` is never formed (no numerical
  cancellation can drop an edge). The postorder is the one of
  :func:`compat._core.tree_layout.etree_postorder` (roots and children in increasing
  order, children first), which treelayout shares.
"""

from __future__ import annotations

from typing import Callable

import numpy as np
import scipy.sparse as sp

from compat._core.tree_layout import elimination_tree as _tree_from_neighbours
from compat._core.tree_layout import etree_postorder

__all__ = ["pattern", "ones_on_pattern", "apply_to_nonzeros", "column_count_order",
           "elimination_tree", "etree_postorder", "TREE_KINDS"]

TREE_KINDS = ("sym", "col", "lo")


def _native(data: np.ndarray) -> np.ndarray:
    return data if data.dtype.isnative else data.astype(data.dtype.newbyteorder("="))


def pattern(a) -> sp.csc_matrix:
    """``a`` (2-D array or scipy.sparse) as a new CSC matrix holding only its nonzeros,
    rows sorted within each column (MATLAB's column-major order of ``find``)."""
    if sp.issparse(a):
        out = sp.csc_matrix(a, copy=True)
        out.data = _native(out.data)
    else:
        out = sp.csc_matrix(np.asarray(a))
    out.sum_duplicates()
    out.eliminate_zeros()
    out.sort_indices()
    return out


def ones_on_pattern(a) -> sp.csc_matrix:
    """A double CSC matrix with 1 wherever ``a`` is nonzero."""
    p = pattern(a)
    return sp.csc_matrix((np.ones(p.nnz), p.indices.copy(), p.indptr.copy()),
                         shape=p.shape)


def _sparse_values(values: np.ndarray) -> np.ndarray:
    """Values in a class sparse storage holds: logical, double or complex double."""
    if values.dtype.kind == "b":
        return values
    if values.dtype.kind == "c":
        return values.astype(np.complex128)
    return values.astype(np.float64)


def apply_to_nonzeros(func: Callable, a, *, row_shaped: bool = False) -> sp.csc_matrix:
    """``func`` applied to the nonzeros of ``a`` (in column-major order), the results
    placed on the same pattern; zeros among them are not stored.

    ``func`` receives the nonzeros as an ``(k, 1)`` column (a ``(1, k)`` row when
    ``row_shaped``, as MATLAB's ``find`` gives them for a row vector) and must return
    ``k`` values. Raises ``ValueError`` when it does not.
    """
    p = pattern(a)
    x = p.data.copy()
    out = np.asarray(func(x.reshape(1, -1) if row_shaped else x.reshape(-1, 1)))
    if out.size != x.size:
        raise ValueError(f"func returned {out.size} values for {x.size} nonzeros")
    values = _sparse_values(out.reshape(-1))
    result = sp.csc_matrix((values, p.indices.copy(), p.indptr.copy()), shape=p.shape)
    result.eliminate_zeros()
    return result


def column_count_order(a) -> np.ndarray:
    """0-based column order by nondecreasing number of nonzeros, ties in column order."""
    counts = np.diff(pattern(a).indptr)
    return np.argsort(counts, kind="stable").astype(np.int64)


def elimination_tree(a, kind: str = "sym") -> np.ndarray:
    """The elimination tree of ``a`` as 0-based parents (-1 for a root).

    ``kind``: ``'sym'`` the symmetric matrix with ``a``'s upper triangle, ``'lo'``
    the one with its lower triangle (both need a square ``a``), ``'col'`` the tree of
    ``a.T @ a`` (any shape; one node per column).
    """
    p = pattern(a)
    m, n = p.shape
    if kind in ("sym", "lo"):
        if m != n:
            raise ValueError("the symmetric elimination tree needs a square matrix")
        if kind == "lo":
            p = pattern(p.T)
        neighbours = [p.indices[p.indptr[j]:p.indptr[j + 1]].tolist() for j in range(n)]
        return _tree_from_neighbours(neighbours)
    if kind != "col":
        raise ValueError(f"unknown elimination tree kind {kind!r}")
    parent = np.full(n, -1, dtype=np.int64)
    ancestor = np.full(n, -1, dtype=np.int64)
    last = np.full(m, -1, dtype=np.int64)      # the latest column with a nonzero in row r
    for j in range(n):
        for r in p.indices[p.indptr[j]:p.indptr[j + 1]]:
            i = int(last[r])
            # climb from the previous column of this row to its current root
            while i != -1 and i < j:
                following = int(ancestor[i])
                ancestor[i] = j
                if following == -1:
                    parent[i] = j
                i = following
            last[r] = j
    return parent
