"""MATLAB ``logspace``: logarithmically spaced row vector, with MATLAB's pi rule."""

from __future__ import annotations

import numpy as np

from compat.matlab.linspace import _scalar, linspace
from compat._core.legacy import matlab_function

__all__ = ["logspace"]

_NAME = "logspace"


@matlab_function("logspace")
def logspace(a, b, n=50):
    """Logarithmically spaced row vector, as MATLAB's ``logspace``.

    MATLAB call forms::

        y = logspace(a, b)      ->  logspace(a, b)       (50 points)
        y = logspace(a, b, n)   ->  logspace(a, b, n)

    Returns ``10 .^ linspace(a, b', n)`` as a 1xn row, where ``b' = log10(b)`` when
    ``b`` equals ``pi`` (double ``pi`` or ``single(pi)``) -- MATLAB's rule for digital
    signal processing: ``logspace(a, pi)`` spans ``10^a`` to ``pi``, not ``10^pi`` --
    and ``b' = b`` otherwise. ``n`` follows :func:`compat.matlab.linspace` (floored;
    1 gives ``10^b'``; 0 or less gives 1x0).

    Notes
    -----
    ``numpy.logspace(a, b, n)`` has no pi rule, computes ``base**linspace`` with numpy's
    linspace (which rounds differently from MATLAB's, see
    :func:`compat.matlab.linspace`) and returns a 1-D array. GNU Octave 7.3 applies
    the same pi rule; its linspace differs from MATLAB's by an ulp at interior points,
    which ``10.^`` magnifies to a few ulps.

    Source: MATLAB ``logspace`` reference page (pi rule, default 50, class support).

    Examples
    --------
    >>> from compat.matlab import logspace
    >>> logspace(0, 3, 4)
    array([[   1.,   10.,  100., 1000.]])
    >>> import numpy as np
    >>> logspace(0, np.pi, 3)            # ends at pi, not 10**pi
    array([[1.        , 1.77245385, 3.14159265]])
    """
    aa = _scalar(_NAME, "A", a)
    bb = _scalar(_NAME, "B", b)
    _scalar(_NAME, "N", n)
    if bb.dtype.kind != "c":
        if bb.dtype == np.float32:
            if bb == np.float32(np.pi):
                bb = np.log10(bb)
        elif bb == np.pi:
            bb = np.log10(np.float64(bb))
    y = linspace(aa, bb, n)
    ten = np.float32(10) if y.dtype in (np.float32, np.complex64) else np.float64(10)
    return np.power(ten, y)
