"""MATLAB ``cumprod``: cumulative product."""

from __future__ import annotations

from compat._core.reductions import cumulative
from compat._core.legacy import matlab_function

__all__ = ["cumprod"]


@matlab_function("cumprod", nan_option="with 'omitnan'")
def cumprod(A, *args):
    """Cumulative product, as MATLAB's ``cumprod``.

    MATLAB call forms::

        B = cumprod(A)              ->  cumprod(A)
        B = cumprod(A, dim)         ->  cumprod(A, 2)
        B = cumprod(___, direction) ->  cumprod(A, 'reverse')
        B = cumprod(___, nanflag)   ->  cumprod(A, 'omitnan')  (NaN counts as 1)

    ``B`` has the size of ``A``; default dim: the first whose size is not 1.

    Result class: integer input keeps its class and saturates at every step; logical
    and char give double; single stays single.

    Differences from the naive call: ``numpy.cumprod(A)`` flattens a matrix unless
    given ``axis`` and wraps integer overflow where MATLAB saturates; no 'reverse' or
    'omitnan'.

    Divergence: GNU Octave 7.3 returns double for integer input; compat keeps the
    integer class as MATLAB does for ``cumsum`` (MATLAB has integer methods of both;
    documentation of ``cumprod``: "Data Types: ... int8 ... uint64").

    Sources: MATLAB documentation of ``cumprod``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import cumprod
    >>> cumprod(np.arange(1.0, 6))                     # MATLAB doc: 1 2 6 24 120
    array([  1.,   2.,   6.,  24., 120.])
    >>> cumprod(np.array([[1.0, 4, 7], [2, 5, 8], [3, 6, 9]]), 'reverse')[0]
    array([  6., 120., 504.])
    """
    return cumulative("cumprod", "prod", A, args)
