"""MATLAB ``find``: 1-based column-major indices of nonzero elements."""

from __future__ import annotations

import numpy as np

from compat._core.args import check_nargout, is_omitted
from compat._core.errors import matlab_error
from compat._core.matlab_order import as_numeric, flat_f
from compat._core.legacy import matlab_function

__all__ = ["find"]

_NAME = "find"


@matlab_function("find")
def find(X, n=None, direction="first", *, nargout=1):
    """Indices and values of nonzero elements, as MATLAB's ``find``.

    MATLAB call forms::

        k = find(X)                  ->  find(X)
        k = find(X, n)               ->  find(X, 3)
        k = find(X, n, direction)    ->  find(X, 3, 'last')
        [row, col] = find(___)       ->  row, col = find(X, nargout=2)
        [row, col, v] = find(___)    ->  row, col, v = find(X, nargout=3)

    Parameters
    ----------
    X : array_like
        Numeric or logical array (nonzero = true; NaN is nonzero).
    n : int, optional
        Return at most the first (or last) ``n`` indices; a positive integer.
    direction : {'first', 'last'}
        With 'last', the **last** ``n`` nonzeros, still listed in increasing order.
    nargout : {1, 2, 3}

    Returns
    -------
    k : ndarray of float64 (``nargout=1``)
        **1-based linear indices in column-major order** (``X(k)`` in MATLAB is
        ``X.ravel(order='F')[k-1]``).
    row, col : ndarray of float64 (``nargout >= 2``)
        1-based row and column subscripts; for N-D ``X`` the column subscript runs
        over all trailing dimensions (MATLAB folds them, as ``X(:,:)``).
    v : ndarray (``nargout=3``)
        The nonzero values, same class as ``X``.

    Every output is a row when ``X`` is a row vector (1-D input gives 1-D output) and
    a column otherwise; with no nonzeros: ``1x0`` for a row vector, ``0x1`` for any
    other non-empty array, ``0x0`` for a ``0x0`` input and for a zero scalar.

    Notes
    -----
    ``np.nonzero``/``np.flatnonzero``/``np.argwhere`` walk the array in **row-major**
    order and give 0-based indices: for a matrix, ``np.flatnonzero(X)`` lists the
    elements of row 1 first where MATLAB lists column 1 first, and the numbers are
    positions in a different linearisation. ``np.nonzero(X)`` returns (rows, cols)
    sorted by row; MATLAB's ``[r, c]`` is sorted by column.

    Sources: MATLAB ``find`` reference page (call forms, 'first'/'last', outputs,
    orientation). Checked against GNU Octave 7.3.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import find
    >>> X = np.array([[1, 0, 3], [0, 5, 6]])
    >>> find(X).ravel()                   # column-major: X(1,1), X(2,2), X(1,3), X(2,3)
    array([1., 4., 5., 6.])
    >>> np.flatnonzero(X) + 1             # the naive call: row-major positions
    array([1, 3, 5, 6])
    >>> r, c = find(X, nargout=2)
    >>> r.ravel(), c.ravel()
    (array([1., 2., 1., 2.]), array([1., 2., 3., 3.]))
    >>> find([0, 7, 0, 8, 9], 2, 'last')
    array([4., 5.])
    """
    nargout = check_nargout(_NAME, nargout, 3)
    x = as_numeric(_NAME, X, "X")
    if isinstance(n, str):
        direction, n = n, None
    if not isinstance(direction, str) or direction.lower() not in ("first", "last"):
        raise matlab_error(_NAME, f"direction must be 'first' or 'last', got {direction!r}")
    last = direction.lower() == "last"
    limit = None
    if n is not None and not is_omitted(n):
        nn = np.asarray(n)
        ok = nn.size == 1 and nn.dtype.kind in "iuf"
        if ok:
            val = float(nn.reshape(()))
            ok = val == np.inf or (np.isfinite(val) and val == round(val) and val >= 1)
        if not ok:
            raise matlab_error(_NAME, f"Second argument must be a positive scalar "
                               f"integer, got {n!r}")
        limit = None if val == np.inf else int(val)
    flat = flat_f(x)
    k = np.flatnonzero(flat != 0)
    if limit is not None:
        k = k[-limit:] if last else k[:limit]
    if x.ndim == 0 or (x.ndim == 2 and x.shape == (1, 1)):
        shape_kind = "0x0"  # a scalar with no nonzero gives 0x0 (MATLAB, Octave)
    elif x.ndim == 1:
        shape_kind = "1d"
    elif x.ndim == 2 and x.shape == (0, 0):
        shape_kind = "0x0"
    elif x.ndim == 2 and x.shape[0] == 1:
        shape_kind = "row"
    else:
        shape_kind = "col"

    def shape(v):
        v = np.asarray(v)
        if shape_kind == "1d":
            return v
        if shape_kind == "row":
            return v.reshape(1, -1)
        if shape_kind == "0x0":
            return v.reshape(0, 0) if v.size == 0 else v.reshape(1, 1)
        return v.reshape(-1, 1)

    if nargout == 1:
        return shape((k + 1).astype(np.float64))
    rows = x.shape[0] if x.ndim >= 1 else 1
    if x.ndim == 1:
        rows = 1  # a 1-D array is a MATLAB row vector
    r = (k % rows + 1).astype(np.float64) if rows else k.astype(np.float64)
    c = (k // rows + 1).astype(np.float64) if rows else k.astype(np.float64)
    if nargout == 2:
        return shape(r), shape(c)
    return shape(r), shape(c), shape(flat[k].copy())
