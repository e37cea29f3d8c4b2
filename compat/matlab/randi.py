"""MATLAB ``randi``: uniform random integers from MATLAB's default stream."""

from __future__ import annotations

import numpy as np

from compat._core import mt19937
from compat._core.errors import matlab_error
from compat._core.matlab_integers import INT_CLASSES
from compat._core.legacy import matlab_function

__all__ = ["randi"]

_CLASSES = ("double", "single", "int8", "int16", "int32", "uint8", "uint16", "uint32")


@matlab_function("randi")
def randi(imax, *args):
    """Uniformly distributed random integers, as MATLAB's ``randi``.

    MATLAB call forms::

        X = randi(imax)                 ->  randi(10)
        X = randi(imax, n)              ->  randi(10, 3)
        X = randi(imax, sz1, ..., szN)  ->  randi(10, 1, 5)
        X = randi(imax, sz)             ->  randi(10, [1, 5])
        X = randi([imin imax], ...)     ->  randi([-10, 10], 100, 1)
        X = randi(..., classname)       ->  randi(10, 1, 5, 'uint8')
        X = randi(..., 'like', p)

    Each integer uses one uniform value ``u`` of the global stream (MATLAB's
    documentation: "randi uses one uniform value to create each integer value"):
    ``X = imin + floor(u * (imax - imin + 1))``, filled column-major. After
    ``rng('default')``, ``randi(10, 1, 5)`` is MATLAB's printed ``9 10 2 10 7``.

    Differences from the naive numpy calls: ``np.random.randint(1, 11, 5)`` and
    ``Generator.integers`` use other generators/seeding and, for the legacy
    generator, rejection sampling on 32-bit words (not one double per value), so even
    with the right stream the values differ; and numpy's upper bound is exclusive.

    Parameters
    ----------
    imax : int or [imin, imax]
        Positive integer, or two integers ``imin <= imax``; ``imax - imin`` below
        2^53.
    sizes, classname, 'like' p
        As :func:`compat.matlab.rand`; classname 'double' (default), 'single', or an
        integer class other than the 64-bit ones (MATLAB does not support int64/uint64
        here either).

    Returns
    -------
    ndarray of the class (numpy scalar for ``randi(imax)``).

    Raises
    ------
    ValueError
        ``"randi: The first input must be a positive integer scalar IMAX, or two
        integers [IMIN IMAX] with IMIN <= IMAX"``; values not representable in the
        requested integer class; bad sizes.

    Notes
    -----
    The mapping ``floor(u*n)`` is an inference: MATLAB documents one uniform per
    value and its printed example matches it (``ceil(u*n)`` would give the same
    values except for ``u*n`` exactly integral, which has probability ~2^-53).

    Sources: MATLAB documentation of ``randi`` (call forms, 64-bit classes not
    supported, "one uniform value" per integer, ``rng('default'); randi(10,1,5)``
    printing ``9 10 2 10 7``).

    Examples
    --------
    >>> from compat.matlab import rng, randi
    >>> _ = rng('default')
    >>> randi(10, 1, 5)
    array([[ 9., 10.,  2., 10.,  7.]])
    """
    lim = np.asarray(imax)
    msg = ("The first input must be a positive integer scalar IMAX, or two integers "
           "[IMIN IMAX] with IMIN <= IMAX")
    if lim.dtype.kind not in "iuf" or lim.size not in (1, 2) or \
            not np.all(np.isfinite(lim.astype(float))) or \
            np.any(lim.astype(float) != np.floor(lim.astype(float))):
        raise matlab_error("randi", f"{msg}; got {imax!r}")
    vals = [int(v) for v in lim.astype(float).ravel()]
    lo, hi = (1, vals[0]) if lim.size == 1 else (vals[0], vals[1])
    if (lim.size == 1 and hi < 1) or lo > hi:
        raise matlab_error("randi", f"{msg}; got {imax!r}")
    if hi - lo >= 2 ** 53:
        raise matlab_error("randi", "the range imax - imin must be below 2^53")
    shape, cls = mt19937.parse_size("randi", args, _CLASSES)
    if cls in INT_CLASSES:
        info = np.iinfo(INT_CLASSES[cls])
        if lo < info.min or hi > info.max:
            raise matlab_error("randi", f"the range [{lo} {hi}] does not fit class '{cls}'")
    n = hi - lo + 1
    u = mt19937.draw(shape if shape is not None else (1,))
    r = lo + np.floor(u * n)
    dt = np.float32 if cls == "single" else INT_CLASSES.get(cls, np.float64)
    r = r.astype(dt)
    return r[0] if shape is None else r
