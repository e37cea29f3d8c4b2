"""MATLAB ``rng``: control the global random stream shared by ``rand`` and ``randi``."""

from __future__ import annotations

import time

import numpy as np

from compat._core import mt19937
from compat._core.errors import matlab_error
from compat._core.legacy import matlab_function

__all__ = ["rng"]


@matlab_function("rng")
def rng(*args):
    """Seed, reset, save or restore the global random stream, as MATLAB's ``rng``.

    MATLAB call forms::

        rng(seed)               ->  rng(0)
        rng(seed, 'twister')    ->  rng(42, 'twister')
        rng('default')          ->  rng('default')        (Mersenne Twister, seed 0)
        rng('shuffle')          ->  rng('shuffle')        (seed from the clock)
        s = rng                 ->  s = rng()
        rng(s)                  ->  rng(s)                (restore saved settings)
        t = rng(...)            ->  t = rng(...)          (previous settings)

    After ``rng(seed)`` compat's :func:`rand` and :func:`randi` return exactly the
    numbers MATLAB returns after the same call: MATLAB's 'twister' generator is MT19937
    with the reference ``init_genrand`` seeding (seed 0 meaning the reference default
    5489) and 53-bit doubles from two 32-bit outputs, which is numpy's legacy
    ``np.random.RandomState``. The naive numpy calls do not reproduce it:
    ``np.random.default_rng(0)`` is a different generator (PCG64), and
    ``np.random.seed(0)``/``RandomState(0)`` seeds MT19937 with 0 rather than 5489
    (first value 0.5488, MATLAB's is 0.8147). And MATLAB fills arrays column-major.

    Parameters
    ----------
    seed : int or 'default' or 'shuffle' or dict
        A non-negative integer below 2^32; 'default' (seed 0, MATLAB's start-up
        state); 'shuffle' (a seed from the current time); or a settings dict returned
        by an earlier ``rng()``.
    generator : str, optional
        'twister' (MATLAB's default, also 'mt19937ar') only; the other MATLAB
        generators ('simdTwister', 'combRecursive', 'philox', 'threefry',
        'multFibonacci', 'v5uniform', 'v5normal', 'v4') are not reproduced and raise
        ValueError.

    Returns
    -------
    dict
        The settings *before* the call: ``{'Type': 'twister', 'Seed': seed, 'State':
        625 uint32}`` (MATLAB's structure; ``State`` is MT19937's 624-word key and the
        position). Pass it back to ``rng`` to restore the stream.

    Raises
    ------
    ValueError
        ``"rng: ..."`` for a negative, non-integer or too large seed and for
        unsupported generators.

    Notes
    -----
    Not reproduced: ``randn`` (MATLAB uses its own variant of the ziggurat algorithm
    on this stream; the tables and the way uniforms are consumed are not published),
    ``randperm``, and the generators listed above. GNU Octave's ``rand('twister',
    s)``/``rand('seed', s)`` seed its Mersenne Twister differently (Octave's
    ``rand('twister', 0); rand(1,3)`` is 0.8444 0.7580 0.4206), so Octave is no oracle
    for MATLAB's random numbers; the goldens in reference_outputs/matlab/rand are
    values printed by MATLAB.

    Sources: MATLAB documentation of ``rng`` and "Why Do Random Numbers Repeat After
    Startup?" (``rng('default'); A = rand(2,2)`` prints 0.8147 0.1270; 0.9058 0.9134);
    M. Matsumoto and T. Nishimura, "Mersenne Twister", ACM TOMACS 8(1), 1998
    (init_genrand, genrand_res53).

    Examples
    --------
    >>> from compat.matlab import rng, rand
    >>> _ = rng('default')
    >>> rand(2, 2)
    array([[0.81472369, 0.12698682],
           [0.90579194, 0.91337586]])
    >>> s = rng(); a = rand(1, 3); _ = rng(s); bool((rand(1, 3) == a).all())
    True
    """
    previous = mt19937.settings()
    if not args:
        return previous
    if len(args) > 2:
        raise matlab_error("rng", "too many input arguments (rng(seed, generator))",
                           TypeError)
    seed = args[0]
    if len(args) == 2:
        gen = args[1]
        if not isinstance(gen, str):
            raise matlab_error("rng", f"generator must be a string; got {gen!r}", TypeError)
        if gen.lower() not in ("twister", "mt19937ar"):
            raise matlab_error("rng", f"generator '{gen}' is not reproduced by compat; "
                               "only 'twister' (MATLAB's default, the Mersenne Twister) is")
    if isinstance(seed, dict):
        if str(seed.get("Type", "twister")).lower() not in ("twister", "mt19937ar"):
            raise matlab_error("rng", f"settings of type {seed.get('Type')!r} are not "
                               "supported; only 'twister'")
        try:
            mt19937.restore(seed)
        except (KeyError, ValueError) as exc:
            raise matlab_error("rng", f"invalid settings structure: {exc}") from None
        return previous
    if isinstance(seed, str):
        key = seed.lower()
        if key == "default":
            mt19937.seed_stream(mt19937.MATLAB_DEFAULT_SEED)
        elif key == "shuffle":
            mt19937.seed_stream(int(time.time_ns() // 1000) % (2 ** 32))
        elif key in ("twister", "mt19937ar"):
            mt19937.seed_stream(0)
        else:
            raise matlab_error("rng", f"unknown option '{seed}'; use a seed, 'default' or "
                               "'shuffle'")
        return previous
    s = np.asarray(seed)
    if s.size != 1 or s.dtype.kind not in "iuf" or not np.isfinite(s.astype(float)) or \
            float(s) != np.floor(float(s)) or float(s) < 0 or float(s) >= 2.0 ** 32:
        raise matlab_error("rng", f"The seed must be a nonnegative integer less than 2^32; "
                           f"got {seed!r}")
    mt19937.seed_stream(int(float(s)))
    return previous
