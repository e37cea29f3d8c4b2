"""MATLAB ``sortrows``: stable lexicographic sort of matrix rows."""

from __future__ import annotations

import numpy as np

from compat._core.args import check_nargout, is_omitted, name_value
from compat._core.errors import matlab_error
from compat._core.matlab_order import as_numeric, order_along
from compat._core.legacy import matlab_function

__all__ = ["sortrows"]

_NAME = "sortrows"


def row_order(a, cols, directions, nan_first=None, comparison="auto"):
    """0-based row permutation sorting the 2-D ``a`` by ``cols`` (0-based) stably.

    Sorts by the least significant column first; each pass is a stable sort, so the
    composition is the lexicographic order (ties in every column keep input order).
    """
    order = np.arange(a.shape[0])
    for c, d in zip(reversed(cols), reversed(directions)):
        col = a[order, c]
        perm = order_along(col, 0, d, nan_first, comparison)
        order = order[perm]
    return order


@matlab_function("sortrows")
def sortrows(A, *args, nargout=1, **kwargs):
    """Sort the rows of a matrix, as MATLAB's ``sortrows``.

    MATLAB call forms::

        B = sortrows(A)                  ->  sortrows(A)
        B = sortrows(A, column)          ->  sortrows(A, [2, -3])
        B = sortrows(___, direction)     ->  sortrows(A, 'descend'),
                                             sortrows(A, [1, 2], ['ascend', 'descend'])
        B = sortrows(___, 'MissingPlacement', mp, 'ComparisonMethod', c)
        [B, index] = sortrows(___)       ->  B, index = sortrows(A, nargout=2)

    Parameters
    ----------
    A : array_like
        Numeric or logical matrix (a 1-D array is one row).
    column : sequence of int, optional
        1-based columns to sort by, in order of significance; a negative entry sorts
        that column in descending order. Default: all columns, left to right.
    direction : {'ascend', 'descend'} or a list of them
        One direction for all columns or one per entry of ``column``.
    MissingPlacement, ComparisonMethod
        As in :func:`compat.matlab.sort` (NaN last ascending and first descending by
        default; complex by ``abs`` then ``angle``).
    nargout : {1, 2}
        ``2`` also returns ``index``.

    Returns
    -------
    B : ndarray
        The rows of ``A`` in sorted order (same class).
    index : ndarray of float64, shape (m, 1)
        **1-based** row indices, ``B = A(index, :)``.

    Notes
    -----
    The naive ``A[np.lexsort(A.T[::-1])]`` sorts ties stably but has no descending
    columns, no NaN placement rule for descending columns and orders complex values by
    real part; ``np.unique(A, axis=0)`` drops repeated rows. MATLAB's order is stable:
    rows equal in every sort column keep their input order (also for 'descend').

    Sources: MATLAB ``sortrows`` reference page (column with negative entries,
    direction per column, stability, NaN placement). Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import sortrows
    >>> A = [[3, 1], [1, 2], [3, 0], [1, 1]]
    >>> sortrows(A)
    array([[1, 1],
           [1, 2],
           [3, 0],
           [3, 1]])
    >>> B, i = sortrows(A, [-1, 2], nargout=2)
    >>> B
    array([[3, 0],
           [3, 1],
           [1, 1],
           [1, 2]])
    >>> i.ravel()
    array([3., 1., 4., 2.])
    """
    nargout = check_nargout(_NAME, nargout, 2)
    a = as_numeric(_NAME, A)
    one_d = a.ndim == 1
    if a.ndim == 0:
        a = a.reshape(1, 1)
    elif one_d:
        a = a.reshape(1, -1)
    elif a.ndim > 2:
        raise matlab_error(_NAME, f"A must be a 2-D matrix, got {a.ndim} dimensions")
    m, n = a.shape
    args = list(args)
    column = None
    if args and not isinstance(args[0], str) and not _is_dirlist(args[0]):
        column = args.pop(0)
    direction = None
    if args and (_is_dirlist(args[0]) or (isinstance(args[0], str) and
                                           args[0].lower() in ("ascend", "descend"))):
        direction = args.pop(0)
    opts = name_value(_NAME, args, kwargs,
                      {"MissingPlacement": "auto", "ComparisonMethod": "auto"})
    mp = str(opts["MissingPlacement"]).lower()
    if mp not in ("auto", "first", "last"):
        raise matlab_error(_NAME, f"'MissingPlacement' must be 'auto', 'first' or "
                           f"'last', got {opts['MissingPlacement']!r}")
    cm = str(opts["ComparisonMethod"]).lower()
    if cm not in ("auto", "real", "abs"):
        raise matlab_error(_NAME, f"'ComparisonMethod' must be 'auto', 'real' or 'abs', "
                           f"got {opts['ComparisonMethod']!r}")
    if column is None or is_omitted(column):
        cols = list(range(n))
        desc = [False] * n
    else:
        spec = np.asarray(column).ravel()
        if spec.dtype.kind not in "iuf" or np.any(spec != np.round(spec)) or \
                np.any(spec == 0) or np.any(np.abs(spec) > n):
            raise matlab_error(_NAME, f"column must be a vector of nonzero integers with "
                               f"absolute values from 1 to {n}, got {column!r}")
        cols = [int(abs(c)) - 1 for c in spec]
        desc = [bool(c < 0) for c in spec]
    if direction is not None:
        dirs = [direction] if isinstance(direction, str) else list(direction)
        dirs = [str(d).lower() for d in dirs]
        if any(d not in ("ascend", "descend") for d in dirs):
            raise matlab_error(_NAME, f"direction must be 'ascend' or 'descend', got "
                               f"{direction!r}")
        if len(dirs) == 1:
            dirs = dirs * len(cols)
        if len(dirs) != len(cols):
            raise matlab_error(_NAME, f"the number of directions ({len(dirs)}) must match "
                               f"the number of sort columns ({len(cols)})")
        if column is not None and not is_omitted(column) and any(desc):
            raise matlab_error(_NAME, "negative column numbers cannot be combined with a "
                               "direction argument")
        desc = [d == "descend" for d in dirs]
    nan_first = None if mp == "auto" else (mp == "first")
    order = row_order(a, cols, desc, nan_first, cm) if m and cols else np.arange(m)
    B = a[order].copy()
    if one_d:
        B = B.reshape(-1)
    if nargout == 2:
        return B, (order + 1).astype(np.float64).reshape(-1, 1)
    return B


def _is_dirlist(x):
    return isinstance(x, (list, tuple)) and len(x) > 0 and all(isinstance(s, str) for s in x)
