"""Optional compiled MATLAB random stream (``compat[fast]``: numba): ``randn``'s ziggurat
and ``randg``'s gamma generator run on the Mersenne Twister itself.

MATLAB's ``randn`` and ``randg`` consume the stream element by element: a ziggurat
candidate may take a wedge uniform or a base-strip tail, a gamma attempt may be
rejected, and for a shape below 1 the boost uniform follows the first attempt. What a
number is depends on how much the numbers before it consumed, so the draw is a loop
that cannot be vectorised without reading ahead and walking the exceptions in Python
(:func:`compat._core.matlab_normal.normals`, :func:`compat._core.random_variates.
unit_gamma`: exact, the fallback). This module compiles the loop itself: MT19937's
``genrand_int32`` (Matsumoto and Nishimura 1998: the twist of 624 words and the
tempering) run *in place on the state of numpy's bit generator* -- the 624 key words
and the position that ``MT19937.ctypes.state_address`` points to; each block of 624
outputs is tempered at once into a local buffer, so a word costs a load -- then MATLAB's
``rand`` from two outputs (a zero drawn again), the ziggurat of
:mod:`compat._core.matlab_normal` (its tables, the same operations in the same order)
and Marsaglia-Tsang's gamma as :func:`compat._core.random_variates._one_gamma` writes
it. The stream is left exactly where the fallback leaves it, so later ``rand``/
``randn`` continue as in MATLAB; the bits equal the fallback's (the tests compare both
paths on many seeds, sizes and shapes).

The layout of numpy's state (``uint32 key[624]`` then the C ``int`` position) is
checked once per process against ``random_raw`` of a twin generator, across a twist;
a mismatch (another numpy) disables the compiled path. numba is imported on first use
(never on ``import compat``); the kernels are cached on disk (``cache=True``).
``COMPAT_NUMBA=0`` or a missing numba selects the fallback.
"""

from __future__ import annotations

import ctypes
import math
import os

import numpy as np

__all__ = ["MIN_DRAWS", "normals", "unit_gamma", "available"]

#: below this many values the fallback is used until the kernels are loaded (loading
#: them costs numba's import, about 0.5 s, once per process)
MIN_DRAWS = 256

_KERNELS = None        # None: not tried yet; False: unavailable; else the compiled kernels
_VIEW: tuple = (None, None)   # (bit generator, uint32 view of its 625 state words)

_N, _M = 624, 397
_UNIFORM = 2.0 ** -53
_FRACTION = 2.0 ** -52


def _twist(st, tb):
    """MT19937's refill of the key words ``st[0:624]`` in place (reference
    ``genrand_int32``), and the tempered outputs of the new words into ``tb``."""
    upper, lower = np.uint32(0x80000000), np.uint32(0x7FFFFFFF)
    one, matrix = np.uint32(1), np.uint32(0x9908B0DF)
    for kk in range(_N - _M):
        y = (st[kk] & upper) | (st[kk + 1] & lower)
        st[kk] = st[kk + _M] ^ (y >> one) ^ (matrix * (y & one))
    for kk in range(_N - _M, _N - 1):
        y = (st[kk] & upper) | (st[kk + 1] & lower)
        st[kk] = st[kk + _M - _N] ^ (y >> one) ^ (matrix * (y & one))
    y = (st[_N - 1] & upper) | (st[0] & lower)
    st[_N - 1] = st[_M - 1] ^ (y >> one) ^ (matrix * (y & one))
    _temper(st, tb, 0)


def _temper(st, tb, start):
    """``tb[k]``: the output of key word ``st[k]`` (MT19937's tempering), ``k >= start``."""
    for k in range(start, _N):
        y = np.uint64(st[k])
        y ^= y >> np.uint64(11)
        y ^= (y << np.uint64(7)) & np.uint64(0x9D2C5680)
        y ^= (y << np.uint64(15)) & np.uint64(0xEFC60000)
        y ^= y >> np.uint64(18)
        tb[k] = np.uint32(y)


def _uniform(st, tb, pos):
    """MATLAB's ``rand`` from the next two outputs (a zero drawn again) and the new
    position; the kernels call it off their hot paths only (a compiled call that
    passes arrays measured about 30 ns here: the hot paths read ``tb`` inline)."""
    while True:
        if pos >= _N:
            _twist(st, tb)
            pos = 0
        a = np.uint64(tb[pos]) >> np.uint64(5)
        pos += 1
        if pos >= _N:
            _twist(st, tb)
            pos = 0
        b = np.uint64(tb[pos]) >> np.uint64(6)
        pos += 1
        if a != 0 or b != 0:
            return (float(a) * 67108864.0 + float(b)) * _UNIFORM, pos


def _tail(st, tb, pos, x, r, inv_r):
    """The base strip's tail (Marsaglia 1964) for the candidate ``x``: the value and
    the new position."""
    while True:
        v, pos = _uniform(st, tb, pos)
        t = math.log(v) * inv_r
        v, pos = _uniform(st, tb, pos)
        if -2.0 * math.log(v) > t * t:
            return (t - r if x < 0.0 else r - t), pos


def _raw_kernel(st, out):
    """The next ``out.size`` 32-bit outputs (``random_raw``; the layout check)."""
    pos = int(st[_N])
    tb = np.empty(_N, np.uint32)
    _temper(st, tb, min(pos, _N))
    for i in range(out.size):
        if pos >= _N:
            _twist(st, tb)
            pos = 0
        out[i] = tb[pos]
        pos += 1
    st[_N] = np.uint32(pos)


# Each 32-bit output is read inline (``if pos >= _N: twist``; ``tb[pos]``) where it is
# drawn for every value: the ziggurat's candidate, the gamma attempt's uniform and the
# boost uniform; the wedge and the tail (under 2 % of the candidates) call helpers.

def _normals_kernel(st, out, levels, density, r, inv_r):
    """MATLAB's ``randn`` into ``out``: :func:`compat._core.matlab_normal.normal_at`
    step for step."""
    pos = int(st[_N])
    tb = np.empty(_N, np.uint32)
    _temper(st, tb, min(pos, _N))
    for i in range(out.size):
        while True:
            if pos >= _N:
                _twist(st, tb)
                pos = 0
            a = np.uint64(tb[pos])
            pos += 1
            if pos >= _N:
                _twist(st, tb)
                pos = 0
            b = np.uint64(tb[pos])
            pos += 1
            layer = int(b >> np.uint64(24)) + 1
            x = ((float(a >> np.uint64(3)) * 16777216.0 + float(b & np.uint64(0xFFFFFF)))
                 * _FRACTION - 1.0) * levels[layer]
            if abs(x) <= levels[layer - 1]:
                break                                   # the fast path
            if layer < 256:                             # a wedge
                v, pos = _uniform(st, tb, pos)
                if density[layer] + v * (density[layer - 1] - density[layer]) < \
                        math.exp(-0.5 * x * x):
                    break
                continue
            x, pos = _tail(st, tb, pos, x, r, inv_r)   # the base strip
            break
        out[i] = x
    st[_N] = np.uint32(pos)


def _gammas_kernel(st, shapes, out, levels, density, r, inv_r):
    """:func:`compat._core.random_variates.unit_gamma`'s element loop: a finite shape
    >= 1 by Marsaglia-Tsang (:func:`compat._core.random_variates._one_gamma` step for
    step: a uniform, then a normal, per attempt), 0 < shape < 1 boosted (shape + 1,
    the boost uniform after the first attempt's uniform), 0 gives 0, +Inf Inf, a
    negative or NaN shape NaN -- these last three without drawing."""
    pos = int(st[_N])
    tb = np.empty(_N, np.uint32)
    _temper(st, tb, min(pos, _N))
    # d, c of the last shape and 1/s of the last shape below 1: computed once per run
    last, d, c, lastb, inv = np.nan, 0.0, 0.0, np.nan, 0.0
    for i in range(out.size):
        s = shapes[i]
        if s >= 1.0 and s < np.inf:
            shape, boost = s, 0.0
        elif not s > 0.0:
            out[i] = 0.0 if s == 0.0 else np.nan
            continue
        elif s == np.inf:
            out[i] = np.inf
            continue
        else:
            shape = s + 1.0
            if s != lastb:
                lastb, inv = s, 1.0 / s
            boost = inv
        if shape != last:                               # d and c of this shape
            last = shape
            d = shape - 1.0 / 3.0
            c = 1.0 / math.sqrt(9.0 * d)
        w = -1.0                                        # the boost uniform, once drawn
        while True:
            # inline: an inline="always" _uniform made gamrnd 2.3-2.8x slower (array refcounting)
            while True:                                 # rand: u
                if pos >= _N:
                    _twist(st, tb)
                    pos = 0
                a = np.uint64(tb[pos]) >> np.uint64(5)
                pos += 1
                if pos >= _N:
                    _twist(st, tb)
                    pos = 0
                b = np.uint64(tb[pos]) >> np.uint64(6)
                pos += 1
                if a != 0 or b != 0:
                    break
            u = (float(a) * 67108864.0 + float(b)) * _UNIFORM
            if boost != 0.0 and w < 0.0:                # the boost's w, once
                while True:
                    if pos >= _N:
                        _twist(st, tb)
                        pos = 0
                    a = np.uint64(tb[pos]) >> np.uint64(5)
                    pos += 1
                    if pos >= _N:
                        _twist(st, tb)
                        pos = 0
                    b = np.uint64(tb[pos]) >> np.uint64(6)
                    pos += 1
                    if a != 0 or b != 0:
                        break
                w = (float(a) * 67108864.0 + float(b)) * _UNIFORM
            while True:                                 # randn, as _normals_kernel
                if pos >= _N:
                    _twist(st, tb)
                    pos = 0
                a = np.uint64(tb[pos])
                pos += 1
                if pos >= _N:
                    _twist(st, tb)
                    pos = 0
                b = np.uint64(tb[pos])
                pos += 1
                layer = int(b >> np.uint64(24)) + 1
                x = ((float(a >> np.uint64(3)) * 16777216.0
                      + float(b & np.uint64(0xFFFFFF))) * _FRACTION - 1.0) * levels[layer]
                if abs(x) <= levels[layer - 1]:
                    break
                if layer < 256:
                    v, pos = _uniform(st, tb, pos)
                    if density[layer] + v * (density[layer - 1] - density[layer]) < \
                            math.exp(-0.5 * x * x):
                        break
                    continue
                x, pos = _tail(st, tb, pos, x, r, inv_r)
                break
            v = 1.0 + c * x
            if v <= 0.0:
                continue
            v = v * v * v
            if u < 1.0 - 0.0331 * (x * x) * (x * x) or \
                    math.log(u) < 0.5 * x * x + d * (1.0 - v + math.log(v)):
                break
        out[i] = d * v * w ** boost if boost != 0.0 else d * v
    st[_N] = np.uint32(pos)


def _state_view(bitgen) -> np.ndarray:
    """The 625 words of ``bitgen``'s state (key, then position) as a uint32 array that
    shares its memory."""
    global _VIEW
    if _VIEW[0] is not bitgen:
        address = bitgen.ctypes.state_address
        _VIEW = (bitgen, np.ctypeslib.as_array((ctypes.c_uint32 * (_N + 1)).from_address(address)))
    return _VIEW[1]


def _layout_ok(raw) -> bool:
    """Whether the kernels read numpy's MT19937 state as numpy does: 1500 outputs (two
    twists) and the state after them equal a twin's ``random_raw``."""
    for start in (0, 1, 623):
        mine = np.random.MT19937(20260)
        mine.random_raw(start)
        twin = np.random.MT19937(20260)
        twin.random_raw(start)
        out = np.empty(1500, np.uint32)
        raw(_state_view(mine), out)
        ok = (np.array_equal(out, twin.random_raw(1500).astype(np.uint32))
              and np.array_equal(mine.state["state"]["key"], twin.state["state"]["key"])
              and mine.state["state"]["pos"] == twin.state["state"]["pos"])
        if not ok:
            return False
    global _VIEW
    _VIEW = (None, None)
    return True


def _kernels():
    """The compiled kernels, or ``None`` when numba is missing, ``COMPAT_NUMBA=0`` or
    numpy's state layout is not the one expected."""
    global _KERNELS
    if _KERNELS is None:
        if os.environ.get("COMPAT_NUMBA", "1").strip() == "0":
            _KERNELS = False
            return None
        try:
            import numba
        except ImportError:  # pragma: no cover - compat[fast] not installed
            _KERNELS = False
            return None
        jit = numba.njit(nogil=True, cache=True)
        names = dict(globals())
        # each kernel sees the compiled versions of the helpers it calls
        for fn in (_twist, _temper, _uniform, _tail, _raw_kernel, _normals_kernel, _gammas_kernel):
            names[fn.__name__] = jit(type(fn)(fn.__code__, names, fn.__name__))
        kernels = {"raw": names["_raw_kernel"], "normals": names["_normals_kernel"],
                   "gammas": names["_gammas_kernel"]}
        _KERNELS = kernels if _layout_ok(kernels["raw"]) else False
    return _KERNELS or None


def available() -> bool:
    """Whether the compiled kernels are in use (numba present and enabled)."""
    return _kernels() is not None


def _ready(n: int, force: bool):
    if not (force or n >= MIN_DRAWS or _KERNELS):
        return None
    return _kernels()


def normals(bitgen, n: int, tables: tuple, *, force: bool = False):
    """The next ``n`` values of MATLAB's ``randn`` from numpy's MT19937 ``bitgen``
    (advanced in place) with the ziggurat ``tables`` (levels, densities, r, 1/r:
    :func:`compat._core.matlab_normal.ziggurat_tables`), or ``None`` when the compiled path is not used (numba missing
    or disabled, or fewer than :data:`MIN_DRAWS` values before the kernels are loaded,
    unless ``force``)."""
    kernels = _ready(n, force)
    if kernels is None:
        return None
    out = np.empty(n, dtype=np.float64)
    with bitgen.lock:
        kernels["normals"](_state_view(bitgen), out, *tables)
    return out


def unit_gamma(bitgen, shapes: np.ndarray, tables: tuple, *, force: bool = False):
    """Unit-scale gamma variates of the 1-D float64 ``shapes`` in order, drawn from
    ``bitgen`` (advanced in place) with the ziggurat ``tables`` (as :func:`normals`) as :func:`compat._core.random_variates.unit_gamma`
    draws them, or ``None`` when the compiled path is not used (as :func:`normals`)."""
    kernels = _ready(shapes.size, force)
    if kernels is None:
        return None
    shapes = np.ascontiguousarray(shapes, dtype=np.float64)
    out = np.empty(shapes.size, dtype=np.float64)
    with bitgen.lock:
        kernels["gammas"](_state_view(bitgen), shapes, out, *tables)
    return out
