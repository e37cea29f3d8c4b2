"""MATLAB ``ndgrid``: N-D grids, first input varying down the first dimension."""

from __future__ import annotations

import numpy as np

from compat._core.errors import matlab_error
from compat._core.legacy import matlab_function

__all__ = ["ndgrid"]


@matlab_function("ndgrid")
def ndgrid(*vectors, nargout=None):
    """Rectangular grid in N-D space, as MATLAB's ``ndgrid``.

    MATLAB call forms::

        [X1, X2, ..., Xn] = ndgrid(x1, x2, ..., xn)  ->  ndgrid(x1, x2, ..., xn)
        [X1, X2, ..., Xn] = ndgrid(x)                ->  ndgrid(x, nargout=n)

    Output ``k`` has size ``[length(x1), ..., length(xn)]`` and varies along dimension
    ``k`` only. With one input and ``nargout = n`` the same vector is used for all
    ``n`` dimensions; ``ndgrid(x)`` alone (nargout 1) returns ``x`` as a column
    (MATLAB's 1-D grid). ``nargout`` defaults to the number of inputs; a tuple is
    returned when it is more than 1. Inputs are read as vectors; each output keeps
    its input's class.

    Notes
    -----
    ``numpy.meshgrid(x1, x2, indexing='ij')`` gives the same arrays; the default
    ``numpy.meshgrid`` (``'xy'``) swaps the first two dimensions, which is MATLAB's
    :func:`compat.matlab.meshgrid`, not ``ndgrid``.

    Source: MATLAB ``ndgrid`` reference page.

    Examples
    --------
    >>> from compat.matlab import ndgrid
    >>> X1, X2 = ndgrid([1, 2, 3], [10, 20])
    >>> X1
    array([[1, 1],
           [2, 2],
           [3, 3]])
    >>> X2
    array([[10, 20],
           [10, 20],
           [10, 20]])
    """
    if not vectors:
        raise matlab_error("ndgrid", "Not enough input arguments.", TypeError)
    if nargout is None:
        nargout = len(vectors)
    if not isinstance(nargout, int) or nargout < 1 or \
            (len(vectors) > 1 and nargout > len(vectors)):
        raise matlab_error("ndgrid", f"nargout must be from 1 to the number of inputs "
                           f"({len(vectors)}), got {nargout!r}")
    vecs = []
    for k, v in enumerate(vectors):
        a = np.asarray(v)
        if a.dtype.kind not in "biufc":
            raise matlab_error("ndgrid", f"input {k + 1} must be numeric, got {a.dtype}",
                               TypeError)
        vecs.append(a.reshape(-1, order="F"))      # x(:), column-major
    if len(vecs) == 1:
        if nargout == 1:
            return vecs[0].reshape(-1, 1).copy()
        vecs = vecs * nargout
    shape = tuple(v.size for v in vecs)
    out = []
    for k, v in enumerate(vecs[:nargout]):
        index = [None] * len(shape)
        index[k] = slice(None)
        out.append(np.broadcast_to(v[tuple(index)], shape).copy())
    return tuple(out) if nargout > 1 else out[0]
