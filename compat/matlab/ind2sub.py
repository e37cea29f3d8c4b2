"""MATLAB ``ind2sub``: 1-based column-major linear indices to 1-based subscripts."""

from __future__ import annotations

import numpy as np

from compat._core.args import check_nargout
from compat._core.errors import matlab_error
from compat._core.legacy import matlab_function

__all__ = ["ind2sub"]

_NAME = "ind2sub"


@matlab_function("ind2sub")
def ind2sub(sz, ind, *, nargout=None):
    """Convert linear indices to subscripts, as MATLAB's ``ind2sub``.

    MATLAB call forms::

        [row, col] = ind2sub(sz, ind)          ->  row, col = ind2sub(sz, ind)
        [I1, ..., In] = ind2sub(sz, ind)       ->  ind2sub(sz, ind, nargout=n)

    Parameters
    ----------
    sz : sequence of int
        Array size (at least 2 entries).
    ind : array_like
        **1-based column-major** linear indices (``1 <= ind <= prod(sz)``).
    nargout : int, optional
        Number of outputs. Default: ``len(sz)`` (one subscript per dimension) -- a
        compat choice, documented here: MATLAB's one-output form returns the linear
        index unchanged, which nobody calls on purpose. With ``nargout`` smaller than
        ``len(sz)`` the last subscript runs over the trailing dimensions folded
        together; with more, the extra subscripts are 1.

    Returns
    -------
    tuple of ndarray of float64 (or one ndarray for ``nargout=1``)
        **1-based** subscripts, each the shape of ``ind``.

    Notes
    -----
    ``np.unravel_index(ind, sz)`` is the wrong call: it is **0-based** and row-major
    (``order='C'``); the equivalent is
    ``[s + 1 for s in np.unravel_index(ind - 1, sz, order='F')]``.

    Sources: MATLAB ``ind2sub`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import ind2sub
    >>> r, c = ind2sub([3, 4], [3, 4, 5, 6])
    >>> r, c
    (array([3., 1., 2., 3.]), array([1., 2., 2., 2.]))
    >>> ind2sub([2, 3, 4], 17, nargout=2)       # trailing dimensions folded
    (np.float64(1.0), np.float64(9.0))
    """
    dims = [int(d) for d in np.asarray(sz).ravel()]
    if len(dims) < 2 or any(d < 0 for d in dims):
        raise matlab_error(_NAME, "Size vector must have at least 2 nonnegative elements.")
    if nargout is None:
        nargout = len(dims)
    nargout = check_nargout(_NAME, nargout, 64)
    i = np.asarray(ind)
    if i.dtype.kind not in "biuf":
        raise matlab_error(_NAME, f"indices must be numeric, got {i.dtype}", TypeError)
    v = i.astype(np.float64)
    total = float(np.prod(dims))
    if np.any(v < 1) or np.any(v > total) or np.any(v != np.floor(v)):
        raise matlab_error(_NAME, "Index out of range.")
    if nargout == 1:
        return v.copy()
    if nargout < len(dims):
        dims = dims[:nargout - 1] + [int(np.prod(dims[nargout - 1:]))]
    else:
        dims = dims + [1] * (nargout - len(dims))
    rest = v - 1
    out = []
    for d in dims[:-1]:
        out.append(np.mod(rest, d) + 1 if d else rest * 0 + 1)
        rest = np.floor_divide(rest, d) if d else rest
    out.append(rest + 1)
    return tuple(out)
