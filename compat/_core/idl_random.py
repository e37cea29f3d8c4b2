"""The core of IDL's RANDOMU/RANDOMN: the Mersenne Twister stream IDL uses since 8.2, its
state array, and the deviates built from it.

What is reproduced, and from which evidence:

* **The generator.** IDL 8.2 and later draw from MT19937 (Matsumoto & Nishimura 1998;
  IDL Reference Guide, RANDOMU: "uses the Mersenne Twister algorithm"), seeded from a
  scalar seed by the reference ``init_genrand`` (GSL's ``gsl_rng_mt19937``, which also
  maps seed 0 to 4357). The 32-bit outputs are numpy's ``MT19937.random_raw``.
* **The state array.** A named Seed variable receives a 628-element ULONG array:
  ``[seed, position, mt[0..623], 0, 0]`` (the layout GDL's IDL-compatible generator
  writes; IDL documents a 628-element state and takes such an array back to continue).
* **FLOAT uniforms** are ``k / 2^32`` rounded to FLOAT, one 32-bit draw ``k`` each;
  **DOUBLE uniforms** ``((a >> 5) 2^26 + (b >> 6)) / 2^53`` from two draws (the
  ``genrand_res53`` construction); **/ULONG** the draws themselves; **/LONG**
  ``floor(k / 2^32 (2^31 - 2)) + 1`` (IDL's documented range 1 ... 2^31 - 2).
* **Normal deviates** by the polar Box-Muller method keeping both values of a pair (first
  ``y * f``, then ``x * f``, with ``x, y`` uniform in (-1, 1) from draws skipping 0), the
  spare value dropped at the end of each call -- the method GDL's maintainers give as
  IDL's ("uses also the angle of the draw ... This trick is used by IDL").

These are checked against IDL 8.4's values for seed 10 as recorded in GDL's test suite
(testsuite/interactive_tests/test_random.pro) and against GDL 1.0.1 run with its
GSL Mersenne Twister (``/RAN1`` in GDL, certified by its authors to give IDL 8's numbers;
GDL's default generator, dSFMT, does not).

Not reproducible bit for bit, because IDL does not document the algorithms (GDL's own
notes say its GSL-based values differ from IDL for binomial deviates and for gamma
orders above 6): **/BINOMIAL**, **POISSON=** above 10 and **GAMMA=** of order 12 and
more are drawn by inversion of the distribution function, one uniform draw per deviate,
so the distribution and the seed semantics are IDL's but the values are compat's. GAMMA=
orders below 12 (``-log`` of a product of uniforms, Knuth's method) and POISSON= up to
10 (Knuth's multiplication method) follow GSL's algorithms, as GDL does.
"""

from __future__ import annotations

import time

import numpy as np
from scipy import special as sp

from compat._core.errors import CompatValueError

__all__ = ["STATE_SIZE", "Stream", "state_from_seed", "generic_stream"]

STATE_SIZE = 628
_N = 624


def _init_genrand(seed: int) -> np.ndarray:
    """The reference MT19937 ``init_genrand`` key for a 32-bit seed (GSL: 0 is 4357)."""
    s = int(seed) & 0xFFFFFFFF
    if s == 0:
        s = 4357
    mt = [0] * _N
    mt[0] = s
    for i in range(1, _N):
        mt[i] = (1812433253 * (mt[i - 1] ^ (mt[i - 1] >> 30)) + i) & 0xFFFFFFFF
    return np.array(mt, dtype=np.uint32)


class Stream:
    """An MT19937 stream with IDL's 628-element state array."""

    def __init__(self, seed: int, key: np.ndarray, pos: int):
        self.seed = int(seed) & 0xFFFFFFFF
        self._bits = np.random.MT19937()
        self._bits.state = {"bit_generator": "MT19937",
                            "state": {"key": np.asarray(key, dtype=np.uint32),
                                      "pos": int(pos)}}

    @classmethod
    def from_seed(cls, seed: int) -> "Stream":
        return cls(seed, _init_genrand(seed), _N)

    @classmethod
    def from_state(cls, state: np.ndarray) -> "Stream":
        state = np.asarray(state, dtype=np.uint32).reshape(-1)
        pos = int(state[1])
        if not 0 <= pos <= _N:
            raise CompatValueError(f"Seed state position {pos} is outside 0..{_N}")
        return cls(int(state[0]), state[2:2 + _N], pos)

    def state(self) -> np.ndarray:
        st = self._bits.state["state"]
        out = np.zeros(STATE_SIZE, dtype=np.uint32)
        out[0] = self.seed
        out[1] = st["pos"]
        out[2:2 + _N] = st["key"]
        return out

    def copy(self) -> "Stream":
        return Stream.from_state(self.state())

    # ---------------------------------------------------------------- raw draws
    def raw(self, n: int) -> np.ndarray:
        """The next ``n`` 32-bit outputs (uint64 holding uint32 values)."""
        return self._bits.random_raw(int(n)) if n else np.zeros(0, np.uint64)

    def skip(self, n: int) -> None:
        if n:
            self._bits.random_raw(int(n))

    # ---------------------------------------------------------------- uniforms
    def uniform_float(self, n: int) -> np.ndarray:
        return (self.raw(n).astype(np.float64) / 2.0 ** 32).astype(np.float32)

    def uniform_double(self, n: int) -> np.ndarray:
        r = self.raw(2 * n).reshape(-1, 2)
        return ((r[:, 0] >> 5).astype(np.float64) * 67108864.0 +
                (r[:, 1] >> 6).astype(np.float64)) / 9007199254740992.0

    def ulong(self, n: int) -> np.ndarray:
        return self.raw(n).astype(np.uint32)

    def long(self, n: int) -> np.ndarray:
        u = self.raw(n).astype(np.float64) / 2.0 ** 32
        return (np.floor(u * 2147483646.0) + 1).astype(np.int32)

    # ---------------------------------------------------------------- normals
    def _nonzero(self, needed: int):
        """At least ``needed`` non-zero draws, with the raw index of each (the stream is
        advanced later by exactly the draws used)."""
        probe = self.copy()
        raw = probe.raw(needed + 16)
        keep = np.flatnonzero(raw)
        while keep.size < needed:       # 0 has probability 2^-32 a draw
            more = probe.raw(needed)
            raw = np.concatenate([raw, more])
            keep = np.flatnonzero(raw)
        return raw[keep], keep

    def normal(self, n: int, double: bool) -> np.ndarray:
        """``n`` standard normal deviates by the polar method, pairs in IDL's order."""
        pairs = (n + 1) // 2
        out = np.empty(2 * pairs, dtype=np.float64)
        got = 0
        per = 4 if double else 2             # non-zero draws per (x, y) candidate
        while got < pairs:
            want = int((pairs - got) * 1.35) + 8
            draws, index = self._nonzero(want * per)
            ncand = draws.size // per
            d = draws[:ncand * per].astype(np.float64)
            if double:
                d = d.reshape(-1, 2)
                u = ((np.floor(d[:, 0]) // 32) * 67108864.0 + np.floor(d[:, 1]) // 64) \
                    / 9007199254740992.0
                u = u.reshape(-1, 2)
                x = -1.0 + 2.0 * u[:, 0]
                y = -1.0 + 2.0 * u[:, 1]
                r2 = x * x + y * y
            else:
                u = (d / 2.0 ** 32).reshape(-1, 2)
                x = (-1.0 + 2.0 * u[:, 0]).astype(np.float32)
                y = (-1.0 + 2.0 * u[:, 1]).astype(np.float32)
                r2 = (x * x + y * y).astype(np.float32)
            ok = np.flatnonzero((r2 <= 1.0) & (r2 != 0))
            take = ok[:pairs - got]
            r2d = r2[take].astype(np.float64)
            with np.errstate(divide="ignore", invalid="ignore"):
                f = np.sqrt(-2.0 * np.log(r2d) / r2d)
            yy = y[take].astype(np.float64) * f
            xx = x[take].astype(np.float64) * f
            if not double:
                yy = yy.astype(np.float32)
                xx = xx.astype(np.float32)
            out[2 * got:2 * (got + take.size):2] = yy
            out[2 * got + 1:2 * (got + take.size):2] = xx
            if take.size:
                last = (take[-1] + 1) * per       # non-zero draws used
                self.skip(int(index[last - 1]) + 1)
            else:
                self.skip(int(index[ncand * per - 1]) + 1)
            got += take.size
        return out[:n]

    # ---------------------------------------------------------------- others
    def _positive_uniforms(self, n: int) -> np.ndarray:
        draws, index = self._nonzero(n)
        self.skip(int(index[n - 1]) + 1) if n else None
        return draws[:n].astype(np.float64) / 2.0 ** 32

    def gamma(self, n: int, order: int) -> np.ndarray:
        """GAMMA= deviates of integer order: Knuth's ``-log(prod u)`` below order 12
        (GSL's and GDL's method), inversion of the gamma distribution from 12 on."""
        if order < 12:
            u = self._positive_uniforms(n * order).reshape(n, order)
            return -np.log(np.prod(u, axis=1))
        u = self._positive_uniforms(n)
        return sp.gammaincinv(float(order), u)

    def poisson(self, n: int, mu: float) -> np.ndarray:
        """POISSON= deviates: Knuth's multiplication method up to a mean of 10 (GSL's
        and GDL's), inversion of the Poisson distribution above it."""
        if mu > 10:
            u = self._positive_uniforms(n)
            from scipy import stats
            return stats.poisson.ppf(u, mu)
        out = np.empty(n)
        emu = np.exp(-mu)
        for i in range(n):            # sequential: each deviate uses a variable count
            prod, k = 1.0, 0
            while True:
                prod *= float(self.raw(1)[0]) / 2.0 ** 32
                k += 1
                if prod <= emu:
                    break
            out[i] = k - 1
        return out

    def binomial(self, n: int, trials: int, p: float) -> np.ndarray:
        """BINOMIAL= deviates by inversion of the binomial distribution."""
        from scipy import stats
        u = self._positive_uniforms(n)
        return stats.binom.ppf(u, trials, p)


_GENERIC: list[Stream] = []


def generic_stream() -> Stream:
    """IDL's generic state: seeded from the time of day on first use, then carried from
    call to call."""
    if not _GENERIC:
        _GENERIC.append(Stream.from_seed(time.time_ns() // 1000))
    return _GENERIC[0]


def set_generic(stream: Stream) -> None:
    if _GENERIC:
        _GENERIC[0] = stream
    else:
        _GENERIC.append(stream)


def state_from_seed(seed) -> Stream:
    """The stream a Seed value starts: None the generic state; a 628-element array a
    saved state; any other integer value (its first element) a new stream."""
    if seed is None:
        return generic_stream()
    a = np.asarray(seed)
    if a.size == STATE_SIZE and a.dtype.kind in "iu":
        return Stream.from_state(a.astype(np.int64).astype(np.uint32))
    first = a.reshape(-1)[0]
    value = int(np.trunc(float(first))) if a.dtype.kind == "f" else int(first)
    return Stream.from_seed(value & 0xFFFFFFFF)
