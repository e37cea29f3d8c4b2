"""MATLAB ``del2``: discrete Laplacian."""

from __future__ import annotations

from compat._core.reductions import del2_impl
from compat._core.legacy import matlab_function

__all__ = ["del2"]


@matlab_function("del2")
def del2(U, *h):
    """Discrete Laplacian, as MATLAB's ``del2``.

    MATLAB call forms::

        L = del2(U)                ->  del2(U)
        L = del2(U, h)             ->  del2(U, 0.25)
        L = del2(U, hx, hy, ...)   ->  del2(U, x, y)

    For a matrix ``L = (d2U/dx2 + d2U/dy2) / 4`` (MATLAB's factor 1/4: ``4*del2(U)`` is
    the Laplacian); for an N-D array ``L = (sum of the second derivatives) / (2N)``. A
    vector counts as a matrix (1/4 factor: ``4*del2(p)`` is the second derivative).
    Spacing arguments as in ``gradient``: ``hx`` for dim 2 (columns), ``hy`` for dim 1,
    then dims 3, ...; each a scalar step or a coordinate vector; one scalar ``h`` for
    every dimension; for a vector ``U`` one spacing (scalar or coordinates) along it.

    Each second derivative is the central second difference in the interior
    (``((U(i+1)-U(i))/h(i) - (U(i)-U(i-1))/h(i-1)) * 2/(h(i-1)+h(i))`` for uneven
    spacing); at the two edges it is linearly extrapolated from the two nearest
    interior values (along the coordinates for uneven spacing); with exactly 3 points
    the single interior value is used at the edges; a dimension with fewer than 3
    points contributes 0.

    Result class: single for single, otherwise double.

    Differences from the naive call: ``scipy.ndimage.laplace(U)`` is the plain 5-point
    stencil sum (4 times larger) with reflected edges instead of extrapolated ones;
    ``numpy.gradient`` twice gives a wider stencil and other edge values.

    Sources: MATLAB documentation of ``del2`` (the 1/4 and 1/(2N) factors, spacing
    arguments, "linear extrapolation" at the edges, the example
    ``4*del2([1 3 6 10 16 18 29])`` = 1 1 1 2 -4 9 22); agrees with GNU Octave 7.3.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import del2
    >>> 4 * del2(np.array([1.0, 3, 6, 10, 16, 18, 29]))           # MATLAB doc example
    array([ 1.,  1.,  1.,  2., -4.,  9., 22.])
    >>> x, y = np.meshgrid(np.arange(-4.0, 5), np.arange(-3.0, 4))
    >>> bool(np.all(4 * del2(x**2 + y**2) == 4))
    True
    """
    return del2_impl(U, h)
