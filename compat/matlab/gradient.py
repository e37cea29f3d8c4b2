"""MATLAB ``gradient``: numerical gradient."""

from __future__ import annotations

from compat._core.reductions import gradient_impl
from compat._core.legacy import matlab_function

__all__ = ["gradient"]


@matlab_function("gradient")
def gradient(F, *h, nargout=1):
    """Numerical gradient, as MATLAB's ``gradient``.

    MATLAB call forms::

        FX = gradient(F)                    ->  gradient(F)
        [FX, FY] = gradient(F)              ->  FX, FY = gradient(F, nargout=2)
        [FX, FY, FZ, ...] = gradient(F)     ->  gradient(F, nargout=3)
        [___] = gradient(F, h)              ->  gradient(F, 0.1, nargout=2)
        [___] = gradient(F, hx, hy, ...)    ->  gradient(F, x, y, nargout=2)

    Output order is MATLAB's: ``FX`` is the derivative along the columns (dim 2, the
    x direction of a ``meshgrid``), ``FY`` along the rows (dim 1), then dims 3, 4, ...
    The spacing arguments follow the same order: ``hx`` for dim 2, ``hy`` for dim 1.
    Each is a scalar step or a coordinate vector (one value per element of that
    dimension); a single scalar ``h`` applies to every dimension. A vector ``F`` (1-D,
    row or column) has one output, along the vector, and ``h`` may be its coordinate
    vector. ``nargout`` defaults to 1, as a MATLAB expression; ask for more to get
    ``FY``, ``FZ``, ...

    Formula: interior points use central differences ``(F(i+1) - F(i-1)) /
    (x(i+1) - x(i-1))`` (also for uneven spacing); the edges use one-sided differences
    ``(F(2) - F(1)) / (x(2) - x(1))`` and ``(F(n) - F(n-1)) / (x(n) - x(n-1))``; a
    dimension of size 1 has gradient 0.

    Result class: single for single, otherwise double (integer and logical input is
    differentiated in double, a decision of compat).

    Differences from the naive call: ``numpy.gradient(F)`` returns the derivatives in
    axis order (rows first: ``dF/dy`` then ``dF/dx``, the reverse of MATLAB's
    ``[FX, FY]``) and, for uneven coordinates, uses a second-order formula weighted by
    both spacings, not MATLAB's ``(F(i+1) - F(i-1)) / (x(i+1) - x(i-1))``.

    Sources: MATLAB documentation of ``gradient`` (call forms, output order, spacing,
    "central differences ... single-sided differences along the edges", uneven
    spacing); agrees with GNU Octave 7.3 on the cases tested.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import gradient
    >>> gradient(np.array([1.0, 2, 4, 8]), np.array([0.0, 1, 3, 4]))
    array([1., 1., 2., 4.])
    >>> FX, FY = gradient(np.array([[1.0, 2, 4], [3, 6, 9]]), nargout=2)
    >>> FX
    array([[1. , 1.5, 2. ],
           [3. , 3. , 3. ]])
    >>> FY
    array([[2., 4., 5.],
           [2., 4., 5.]])
    """
    return gradient_impl(F, h, nargout)
