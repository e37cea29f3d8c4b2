"""Random variates drawn from MATLAB's default stream: the gamma generator behind
MATLAB's ``randg``/``gamrnd`` and the covariance factor of ``cholcov``/``mvnrnd``.

The Python-shaped core of the family :mod:`compat.matlab.random_variates`. The uniform
and normal numbers come from :mod:`compat._core.mt19937`, which reproduces MATLAB's
default (Mersenne Twister) stream, ``rand`` and ``randn`` drawing from the one stream in
generation order.

Gamma: Marsaglia and Tsang's method (ACM TOMS 26(3), 2000) for shape ``a >= 1``:
``d = a - 1/3``, ``c = 1/sqrt(9 d)``; repeat: draw a uniform ``u``, then a normal ``x``;
``v = (1 + c x)^3``; accept ``d v`` when ``v > 0`` and ``u < 1 - 0.0331 x^4`` or
``log(u) < x^2/2 + d (1 - v + log v)``. The order of the two draws (the uniform first)
is what reproduces every value printed on MATLAB's ``gamrnd`` reference page: after
``rng('default')``, ``gamrnd(5, 7)`` is 68.9857 and ``gamrnd(1:5, 2)`` is 7.1297 6.0918
2.1010 8.7253 29.5447 (the uniform 0.8147 and the normal 1.8339 of the stream: the
first normal's slot holds the uniform). For ``0 < a < 1``, Marsaglia and Tsang's
boost ``gamma(a + 1) * w^(1/a)`` in the layout MATLAB's printed chi2rnd and trnd values
fix: the first attempt's uniform, then the boost uniform ``w`` (once per element), then
the normal; a rejected attempt draws a new uniform and normal only. It reproduces
trnd's page in full and chi2rnd's but for one value (the first of
``chi2rnd(ones(1,6))``: 2.5368 printed, 2.5794 here; the cause is not identified).
"""

from __future__ import annotations

import math

import numpy as np
from scipy import linalg

from compat._core import accelerated_random, matlab_normal, mt19937

__all__ = ["unit_gamma", "covariance_factor"]


class _Tape(matlab_normal.PairedWords):
    """The stream's 32-bit outputs read ahead in bulk: ``pair``/``uniform`` at any
    position (drawing more as needed), and ``close(k)`` leaves the stream exactly after
    the first ``k`` outputs (the state is restored and advanced by ``k``)."""

    def __init__(self, bitgen, expect: float):
        self.bitgen, self.saved = bitgen, bitgen.state
        self.words = bitgen.random_raw(max(int(expect), 64))

    def ensure(self, end: int) -> None:
        if end > self.words.size:
            more = self.bitgen.random_raw(max(end - self.words.size, self.words.size))
            self.words = np.concatenate([self.words, more])

    def pair(self, k: int) -> tuple[int, int]:
        self.ensure(k + 2)
        return int(self.words[k]), int(self.words[k + 1])

    def close(self, k: int) -> None:
        self.bitgen.state = self.saved
        if k:
            self.bitgen.random_raw(k)


def _one_gamma(a: float, tape: _Tape, k: int, boost: float = 0.0) -> tuple[float, int]:
    """One unit-scale gamma variate of shape ``a >= 1`` (Marsaglia-Tsang) read from
    ``tape`` at output ``k``: ``(value, k after it)``. With ``boost = 1/A`` (a shape
    ``A = a - 1`` below 1) the value is multiplied by ``u ** boost``, ``u`` the
    accepted attempt's own uniform (what MATLAB's printed chi2rnd values show)."""
    d = a - 1.0 / 3.0
    c = 1.0 / math.sqrt(9.0 * d)
    w = None
    while True:
        u, k = tape.uniform(k)
        if boost and w is None:
            w, k = tape.uniform(k)
        x, k = matlab_normal.normal_at(tape, k)
        v = 1.0 + c * x
        if v <= 0.0:
            continue
        v = v * v * v
        if u < 1.0 - 0.0331 * (x * x) * (x * x) or \
                math.log(u) < 0.5 * x * x + d * (1.0 - v + math.log(v)):
            return (d * v * w ** boost if boost else d * v), k


def _accepts(u, x, d):
    """Marsaglia-Tsang's decision for attempts ``(u, x)`` at ``d = a - 1/3`` (arrays):
    ``(accepted, value)``."""
    c = 1.0 / np.sqrt(9.0 * d)
    v = 1.0 + c * x
    with np.errstate(invalid="ignore", divide="ignore"):
        v3 = v * v * v
        ok = (v > 0) & ((u < 1.0 - 0.0331 * (x * x) * (x * x))
                        | (np.log(u) < 0.5 * x * x + d * (1.0 - v3 + np.log(v3))))
    return ok, d * v3


class _Attempts:
    """Every Marsaglia-Tsang attempt the tape holds at one alignment: attempt ``i``
    reads a uniform from outputs ``off + 4i``, ``+1`` and a normal candidate from the
    next two; ``odd`` lists the attempts that cannot be decided in bulk (a normal off
    the ziggurat's fast path, or a zero uniform, which MATLAB draws again)."""

    def __init__(self, words: np.ndarray, off: int):
        raw = words[off:off + (words.size - off) // 4 * 4].reshape(-1, 4)
        self.u = ((raw[:, 0] >> np.uint64(5)).astype(np.float64) * 67108864.0
                  + (raw[:, 1] >> np.uint64(6)).astype(np.float64)) * 2.0 ** -53
        self.x, fast = matlab_normal.fast_candidates(raw[:, 2], raw[:, 3])
        self.odd = np.flatnonzero(~fast | (self.u == 0.0))
        self.size = len(self.u)
        self.hits = self.value = None

    def next_odd(self, i: int) -> int:
        j = int(np.searchsorted(self.odd, i))
        return int(self.odd[j]) if j < self.odd.size else self.size


def _regular_run(d: np.ndarray, out: np.ndarray, tape: _Tape, k: int) -> int:
    """Fill ``out`` with the gamma variates of ``d = a - 1/3`` (all ``a >= 1``) read
    from ``tape`` at output ``k``, exactly as :func:`_one_gamma` one element after the
    other; returns ``k`` after them. The attempts between two odd ones (see
    :class:`_Attempts`) are decided in bulk -- for one shape at once, for varying
    shapes up to each rejection -- and an odd attempt is read one at a time."""
    n, filled = len(d), 0
    constant = bool(np.all(d == d[0]))
    parses: dict = {}
    while filled < n:
        off = k % 4
        if off not in parses:
            parses[off] = _Attempts(tape.words, off)
        at = parses[off]
        i = (k - off) // 4
        if i >= at.size:
            tape.ensure(k + int(4.4 * (n - filled)) + 64)
            parses.clear()
            continue
        o = at.next_odd(i)
        if constant:
            if at.hits is None:
                ok, at.value = _accepts(at.u, at.x, d[0])
                at.hits = np.flatnonzero(ok)
            lo, hi = np.searchsorted(at.hits, [i, o])
            take = at.hits[lo:min(hi, lo + n - filled)]
            out[filled:filled + take.size] = at.value[take]
            filled += take.size
            if filled == n:
                return off + 4 * (int(take[-1]) + 1)
            j = o
        else:
            j = i            # element `filled` takes attempt j; a rejection keeps it
            while j < o and filled < n:
                m = min(o - j, n - filled)
                ok, value = _accepts(at.u[j:j + m], at.x[j:j + m], d[filled:filled + m])
                bad = np.flatnonzero(~ok)
                f = int(bad[0]) if bad.size else m
                out[filled:filled + f] = value[:f]
                filled, j = filled + f, j + f + (1 if bad.size else 0)
            if filled == n:
                return off + 4 * j
        k = off + 4 * j
        if j < at.size:      # the odd attempt j: read one at a time
            value, k = _one_gamma(float(d[filled]) + 1.0 / 3.0, tape, k)
            out[filled] = value
            filled += 1
            if k > tape.words.size - 4:
                parses.clear()
    return k


def unit_gamma(a: np.ndarray) -> np.ndarray:
    """Unit-scale gamma variates of the shapes ``a`` (a float64 array), drawn element by
    element in column-major (MATLAB storage) order; the result has ``a``'s shape.

    ``a == 0`` gives 0 and a shape that is negative or NaN gives NaN, without drawing
    (whether MATLAB consumes numbers for them is not documented). Each element's
    rejection loop consumes the stream in turn: the stream is read ahead and runs of
    shapes >= 1 are decided in bulk (:func:`_regular_run`), consuming exactly what the
    one-at-a-time loop consumes; the stream is left after the last number used. With
    numba the element loop itself runs compiled on the Twister's state
    (:mod:`compat._core.accelerated_random`: the same values and stream position)."""
    flat = np.asarray(a, dtype=np.float64).reshape(-1, order="F")
    fast = accelerated_random.unit_gamma(mt19937.stream()._bit_generator, flat,
                                         matlab_normal.ziggurat_tables())
    if fast is not None:
        return fast.reshape(np.shape(a), order="F")
    out = np.empty(flat.shape, dtype=np.float64)
    regular = (flat >= 1.0) & np.isfinite(flat)
    tape = _Tape(mt19937.stream()._bit_generator, 4.3 * flat.size + 16)
    i, k, n = 0, 0, len(flat)
    try:
        while i < n:
            if regular[i]:
                stop = n if regular[i:].all() else i + int(np.argmin(regular[i:]))
                k = _regular_run(flat[i:stop] - 1.0 / 3.0, out[i:stop], tape, k)
                i = stop
                continue
            shape = flat[i]
            if not shape > 0.0:
                out[i] = 0.0 if shape == 0.0 else math.nan
            elif shape == math.inf:
                out[i] = math.inf
            else:
                out[i], k = _one_gamma(shape + 1.0, tape, k, boost=1.0 / shape)
            i += 1
    finally:
        tape.close(k)
    return out.reshape(np.shape(a), order="F")


def covariance_factor(sigma: np.ndarray, *, flag: bool = True):
    """MATLAB's ``cholcov``: ``(T, p)`` with ``T' T = Sigma``.

    A square Sigma is accepted as symmetric when every ``|Sigma - Sigma'|`` is below
    ``n * 10 * eps(max(abs(diag(Sigma))))``; its Cholesky factor (upper triangle read)
    is ``T`` when it is positive definite (``p = 0``). Otherwise, with ``flag``, the
    eigen-decomposition of ``(Sigma + Sigma')/2``: each eigenvector's sign set so that
    its largest-magnitude element is positive, eigenvalues with ``|lambda| <=
    eps(max(lambda)) * n`` dropped, ``T = diag(sqrt(lambda)) V'`` (rows: the kept
    eigenvalues, ascending) when none is negative, ``p`` the number of negative ones
    (``T`` empty when ``p > 0``). Without ``flag`` a matrix that is not positive
    definite gives an empty ``T`` and chol's ``p``. A non-square or non-symmetric
    Sigma gives ``(empty, NaN)``. Source: MATLAB's cholcov reference page (the
    definition, outputs and flag); GNU Octave's statistics 1.5.3 cholcov (goldens)."""
    sigma = np.asarray(sigma, dtype=np.float64)
    empty = np.zeros((0, 0))
    rows, cols = sigma.shape
    scale = np.max(np.abs(np.diag(sigma))) if min(rows, cols) else 0.0
    tol = 10 * np.spacing(scale)
    if rows != cols or not np.all(np.abs(sigma - sigma.T) < cols * tol):
        return empty, math.nan
    if rows == 0:
        return empty, 0
    try:
        return linalg.cholesky(sigma, lower=False, check_finite=False), 0
    except linalg.LinAlgError:
        pass
    if not flag:
        # chol's p: the order of the leading minor that is not positive definite
        for k in range(1, rows + 1):
            try:
                linalg.cholesky(sigma[:k, :k], lower=False, check_finite=False)
            except linalg.LinAlgError:
                return empty, k
    values, vectors = linalg.eigh((sigma + sigma.T) / 2, check_finite=False)
    biggest = np.argmax(np.abs(vectors), axis=0)
    negative = vectors[biggest, np.arange(cols)] < 0
    vectors[:, negative] = -vectors[:, negative]
    cut = np.spacing(np.max(values)) * len(values)
    keep = np.abs(values) > cut
    values = values[keep]
    p = int(np.sum(values < 0))
    if p:
        return empty, p
    return np.sqrt(values)[:, None] * vectors[:, keep].T, 0
