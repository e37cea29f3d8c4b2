"""MATLAB's global random stream: the Mersenne Twister ('twister') generator.

MATLAB's default generator (``rng('default')``, ``rng(seed)``, ``rng(seed,
'twister')``) is MT19937 (Matsumoto & Nishimura 1998) seeded with the reference
``init_genrand``; a uniform double is built from two 32-bit outputs ``a``, ``b`` as
``((a >> 5) * 2^26 + (b >> 6)) / 2^53``. numpy's legacy ``RandomState`` is exactly
that generator: ``RandomState(s).random_sample()`` uses ``init_genrand(s)`` for an
integer ``s`` and the same 53-bit construction. MATLAB's seed 0 (its default) is the
reference implementation's default seed 5489: ``RandomState(5489)`` gives 0.8147,
0.9058, 0.1270, 0.9134, 0.6324, ... the values MATLAB prints after ``rng('default')``
(documentation "Why Do Random Numbers Repeat After Startup?"); a non-zero seed is used
as is (``rng(123456789)`` then ``rand`` prints 0.532833, 0.534137, 0.509553, ... in a
MATLAB session transcript by J. Burkardt, 2012; ``RandomState(123456789)`` agrees).

``numpy.random.default_rng`` (PCG64) and ``np.random.seed(0)`` (seed 0 is *not* 5489)
do not reproduce MATLAB.

This module keeps the one global stream compat's ``rand``/``randi``/``randn``/``rng`` share,
as MATLAB's ``rand``, ``randi`` and ``randn`` share theirs (``randn``'s ziggurat on this
stream is :mod:`compat._core.matlab_normal`): the core of the random family,
whose MATLAB argument grammar is read by :mod:`compat.matlab.random`. Shapes are numpy
shapes; arrays are filled column-major (MATLAB's storage order).
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import matlab_normal

__all__ = ["stream", "seed_stream", "MATLAB_DEFAULT_SEED", "uniform", "settings",
           "restore", "draw", "integers", "normal"]

MATLAB_DEFAULT_SEED = 0
_MT_DEFAULT = 5489           # init_genrand's default seed (Matsumoto & Nishimura's mt19937ar.c)


class _Global:
    state: np.random.RandomState
    seed: int


_G = _Global()


def seed_stream(seed: int) -> None:
    """Reset the global stream as MATLAB's ``rng(seed, 'twister')``."""
    _G.state = np.random.RandomState(_MT_DEFAULT if seed == 0 else int(seed))
    _G.seed = int(seed)


def stream() -> np.random.RandomState:
    return _G.state


def uniform(n: int) -> np.ndarray:
    """The next ``n`` doubles of the stream, in (0, 1), in generation order."""
    return _G.state.random_sample(n)


def settings() -> dict:
    """MATLAB's ``rng`` settings structure: Type, Seed, State (625 uint32: key + pos)."""
    name, key, pos, _, _ = _G.state.get_state(legacy=True)
    state = np.concatenate([np.asarray(key, dtype=np.uint32), np.uint32([pos])])
    return {"Type": "twister", "Seed": np.uint32(_G.seed), "State": state}


def restore(s: dict) -> None:
    st = np.asarray(s["State"], dtype=np.uint32).ravel()
    if st.size != 625:
        raise ValueError("State must have 625 elements (624 key words and the position)")
    rs = np.random.RandomState()
    rs.set_state(("MT19937", st[:624], int(st[624]), 0, 0.0))
    _G.state = rs
    _G.seed = int(s.get("Seed", 0))


seed_stream(MATLAB_DEFAULT_SEED)   # MATLAB starts every session with rng('default')


def draw(shape) -> np.ndarray:
    """Uniforms filled column-major (MATLAB's storage order) into ``shape``."""
    n = int(np.prod(shape)) if shape else 1
    return uniform(n).reshape(shape, order="F")


def integers(lo: int, hi: int, shape) -> np.ndarray:
    """Uniform integers ``lo..hi`` (doubles) filled column-major into ``shape``, one
    uniform ``u`` of the stream each: ``lo + floor(u * (hi - lo + 1))``."""
    return lo + np.floor(draw(shape) * (hi - lo + 1))


def normal(shape) -> np.ndarray:
    """MATLAB's ``randn`` values from the stream filled column-major into ``shape``.

    ``RandomState._bit_generator`` is the MT19937 bit generator whose state the
    ``RandomState`` uses, so the 32-bit outputs the ziggurat reads and the doubles
    ``uniform`` builds come from one stream in MATLAB's order."""
    n = int(math.prod(shape)) if shape else 1     # math.prod: microseconds less than np.prod
    return matlab_normal.normals(_G.state._bit_generator, n).reshape(shape, order="F")
