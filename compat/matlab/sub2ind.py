"""MATLAB ``sub2ind``: 1-based subscripts to 1-based column-major linear indices."""

from __future__ import annotations

import numpy as np

from compat._core.errors import matlab_error
from compat._core.legacy import matlab_function

__all__ = ["sub2ind"]

_NAME = "sub2ind"


@matlab_function("sub2ind")
def sub2ind(sz, *subs):
    """Convert subscripts to linear indices, as MATLAB's ``sub2ind``.

    MATLAB call form::

        ind = sub2ind(sz, row, col)          ->  sub2ind([3, 4], row, col)
        ind = sub2ind(sz, I1, I2, ..., In)   ->  sub2ind(sz, I1, I2, I3)

    Parameters
    ----------
    sz : sequence of int
        Array size (at least 2 entries).
    subs : array_like
        **1-based** subscripts, all of the same shape (or scalars). With fewer
        subscripts than dimensions the last one runs over the trailing dimensions
        folded together; extra subscripts must be 1.

    Returns
    -------
    ndarray of float64
        **1-based column-major** linear indices, shape of the subscripts.

    Raises
    ------
    ValueError
        ``"sub2ind: Out of range subscript."`` for a subscript below 1, above its size
        or not an integer; ``"sub2ind: The subscript vectors must all be of the same
        size."``.

    Notes
    -----
    ``np.ravel_multi_index((i, j), sz)`` is the wrong call: it is **0-based** and
    **row-major** by default (``order='C'``), so ``A(i, j)`` with MATLAB's ``i, j``
    lands elsewhere; the equivalent is
    ``np.ravel_multi_index((i-1, j-1), sz, order='F') + 1``.

    Sources: MATLAB ``sub2ind`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import sub2ind
    >>> sub2ind([3, 4, 2], [3, 2, 1], [4, 1, 1], [2, 1, 2])
    array([24.,  2., 13.])
    """
    dims = [int(d) for d in np.asarray(sz).ravel()]
    if len(dims) < 2 or any(d < 0 for d in dims):
        raise matlab_error(_NAME, "Size vector must have at least 2 nonnegative elements.")
    if not subs:
        raise matlab_error(_NAME, "Not enough input arguments: give the subscripts.",
                           TypeError)
    arrs = [np.asarray(s) for s in subs]
    for s in arrs:
        if s.dtype.kind not in "biuf":
            raise matlab_error(_NAME, f"subscripts must be numeric, got {s.dtype}",
                               TypeError)
    shape = next((s.shape for s in arrs if s.size != 1), arrs[0].shape)
    if any(s.size != 1 and s.shape != shape for s in arrs):
        raise matlab_error(_NAME, "The subscript vectors must all be of the same size.")
    nsub = len(arrs)
    if nsub < len(dims):
        dims = dims[:nsub - 1] + [int(np.prod(dims[nsub - 1:]))]
    else:
        dims = dims + [1] * (nsub - len(dims))
    ind = np.zeros(shape, np.float64)
    stride = 1.0
    for s, d in zip(arrs, dims):
        v = s.astype(np.float64)
        if np.any(v < 1) or np.any(v > d) or np.any(v != np.floor(v)):
            raise matlab_error(_NAME, "Out of range subscript.")
        ind = ind + (v - 1) * stride
        stride *= d
    return ind + 1
