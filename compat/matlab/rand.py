"""MATLAB ``rand``: uniform random numbers from MATLAB's default Mersenne Twister stream."""

from __future__ import annotations

import numpy as np

from compat._core import mt19937
from compat._core.legacy import matlab_function

__all__ = ["rand"]


@matlab_function("rand")
def rand(*args):
    """Uniformly distributed random numbers, as MATLAB's ``rand``.

    MATLAB call forms::

        X = rand                  ->  rand()
        X = rand(n)               ->  rand(3)               (n-by-n)
        X = rand(sz1, ..., szN)   ->  rand(2, 5)
        X = rand(sz)              ->  rand([2, 5])
        X = rand(..., typename)   ->  rand(3, 'single')
        X = rand(..., 'like', p)  ->  rand(3, 'like', p)

    Draws from compat's global stream (see :func:`compat.matlab.rng`), which
    reproduces MATLAB's default generator: after ``rng('default')`` or ``rng(0)``,
    ``rand(3)`` is MATLAB's ``[0.8147 0.9134 0.2785; 0.9058 0.6324 0.5469; 0.1270
    0.0975 0.9575]`` bit for bit. Values fill the array in **column-major** order
    (MATLAB's storage order), so ``rand(2, 3)`` holds the first six values down the
    columns.

    Differences from the naive numpy calls: ``np.random.rand(3, 3)`` /
    ``np.random.default_rng(0).random((3, 3))`` use another seeding or generator and
    fill rows first; ``np.random.RandomState(5489).random_sample((3, 3))`` has the
    right numbers in the wrong places (row-major).

    Parameters
    ----------
    n, sz1, ..., szN : int
        Sizes (negative counts as 0; trailing singleton dimensions beyond the second
        are dropped, as MATLAB).
    sz : sequence of int
        Size vector.
    typename : {'double', 'single'}
        'single' returns float32: compat draws the double and rounds it to single.
        MATLAB's construction of single values is not documented and has not been
        checked against printed MATLAB values (no such print-out was found).
    'like', p
        The class of ``p`` (double or single).

    Returns
    -------
    ndarray, or a numpy scalar for ``rand()``
        Values in the open interval (0, 1). ``rand(n)`` is 2-D n-by-n; a 1-D result
        never occurs (MATLAB has none): ``rand(1, 5)`` is shape (1, 5).

    Raises
    ------
    ValueError
        ``"rand: Size inputs must be integers ..."``, unsupported class names.

    Notes
    -----
    Not reproduced: ``randn`` (MATLAB's ziggurat variant), ``rand(s, ...)`` with a
    ``RandStream`` and the discouraged ``rand('seed'|'state'|'twister', ...)`` forms.
    GNU Octave's ``rand`` seeds its Mersenne Twister differently, so its numbers never
    match MATLAB's; the goldens are MATLAB's printed values.

    Sources: MATLAB documentation of ``rand`` (call forms, column-major fill,
    interval (0,1)) and of ``rng``/"Why Do Random Numbers Repeat After Startup?"
    (printed ``rng('default'); rand(2,2)``); M. Matsumoto and T. Nishimura,
    "Mersenne Twister", ACM TOMACS 8(1), 1998.

    Examples
    --------
    >>> from compat.matlab import rng, rand
    >>> _ = rng('default')
    >>> rand(3).round(4)
    array([[0.8147, 0.9134, 0.2785],
           [0.9058, 0.6324, 0.5469],
           [0.127 , 0.0975, 0.9575]])
    """
    shape, cls = mt19937.parse_size("rand", args)
    if shape is None:
        v = mt19937.uniform(1)[0]
        return np.float32(v) if cls == "single" else np.float64(v)
    out = mt19937.draw(shape)
    return out.astype(np.float32) if cls == "single" else out
