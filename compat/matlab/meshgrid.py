"""MATLAB ``meshgrid``: 2-D and 3-D grids in Cartesian (x across columns) layout."""

from __future__ import annotations

import numpy as np

from compat._core.errors import matlab_error
from compat._core.legacy import matlab_function

__all__ = ["meshgrid"]


def _vec(name, what, v):
    a = np.asarray(v)
    if a.dtype.kind not in "biufc":
        raise matlab_error(name, f"{what} must be numeric, got {a.dtype}", TypeError)
    return a.reshape(-1, order="F")      # x(:), column-major as MATLAB


@matlab_function("meshgrid")
def meshgrid(x, y=None, z=None, *, nargout=2):
    """Rectangular grid in 2-D or 3-D space, as MATLAB's ``meshgrid``.

    MATLAB call forms::

        [X, Y] = meshgrid(x, y)        ->  X, Y = meshgrid(x, y)
        [X, Y] = meshgrid(x)           ->  X, Y = meshgrid(x)        (y = x)
        [X, Y, Z] = meshgrid(x, y, z)  ->  X, Y, Z = meshgrid(x, y, z, nargout=3)
        [X, Y, Z] = meshgrid(x)        ->  meshgrid(x, nargout=3)

    ``X`` and ``Y`` are ``length(y)``-by-``length(x)``: ``x`` runs along the columns,
    ``y`` down the rows (3-D: ``length(y)`` x ``length(x)`` x ``length(z)``). Inputs
    are read as vectors (``x(:)``); each output keeps its input's class.

    ``nargout`` defaults to 2 (a Python user always unpacks at least X and Y); with
    three inputs it is 3. ``nargout=1`` returns ``X`` alone.

    Notes
    -----
    ``numpy.meshgrid(x, y)`` (``indexing='xy'``, its default) gives the same 2-D
    arrays; for 3-D it also gives MATLAB's layout. :func:`compat.matlab.ndgrid` is the
    other layout (first input down the rows).

    Source: MATLAB ``meshgrid`` reference page.

    Examples
    --------
    >>> from compat.matlab import meshgrid
    >>> X, Y = meshgrid([1, 2, 3], [10, 20])
    >>> X
    array([[1, 2, 3],
           [1, 2, 3]])
    >>> Y
    array([[10, 10, 10],
           [20, 20, 20]])
    """
    three = z is not None or nargout == 3
    if isinstance(nargout, bool) or nargout not in (1, 2, 3):
        raise matlab_error("meshgrid", f"nargout must be 1, 2 or 3, got {nargout!r}")
    if z is not None and nargout == 2:
        nargout = 3
    xv = _vec("meshgrid", "x", x)
    yv = xv if y is None else _vec("meshgrid", "y", y)
    if three:
        zv = xv if z is None else _vec("meshgrid", "z", z)
        shape = (yv.size, xv.size, zv.size)
        X = np.broadcast_to(xv[None, :, None], shape).copy()
        Y = np.broadcast_to(yv[:, None, None], shape).copy()
        Z = np.broadcast_to(zv[None, None, :], shape).copy()
        return (X, Y, Z)[:nargout] if nargout > 1 else X
    shape = (yv.size, xv.size)
    X = np.broadcast_to(xv[None, :], shape).copy()
    if nargout == 1:
        return X
    Y = np.broadcast_to(yv[:, None], shape).copy()
    return X, Y
