"""Multirate cores: ``upfirdn``, MATLAB's ``resample`` (its Kaiser-windowed least-squares
lowpass and delay compensation), and ``decimate`` (Chebyshev I with zero-phase
filtering, or a one-way FIR with mirrored ends).

Python-shaped: signals are 2-D ``(n, channels)`` arrays filtered down the columns.

Sources (facts, not code): MATLAB documentation of ``resample`` ("Algorithms": the
filter is ``firls`` of order ``2*n*max(p,q)`` with cutoff ``1/max(p,q)`` (of Nyquist),
times ``kaiser(L, beta)``, scaled to a passband gain of ``p``; output length
``ceil(Lx*p/q)`` with the filter delay removed); of ``upfirdn``; of ``decimate``
("Algorithms": Chebyshev I order 8, 0.05 dB ripple, cutoff ``0.8/r``, applied with
``filtfilt``; the order reduced while the design's gain at the cutoff is off by more
than sqrt(2) dB; the last sample kept for IIR, the first for FIR).
"""

from __future__ import annotations

import math

import numpy as np
import scipy.signal

from compat._core import signal_windows
from compat._core.errors import CompatValueError
from compat._core.filter_design import design
from compat._core.filtering import forward_backward, lfilter, normalize, steady_state_zi
from compat._core.half_away import round_half_away

__all__ = ["upfirdn", "resample_filter", "resample", "decimate_iir", "decimate_fir",
           "fir1_lowpass", "interp_filter", "interp"]


def upfirdn(X: np.ndarray, h: np.ndarray, p: int, q: int) -> np.ndarray:
    """Upsample the columns of ``X`` by ``p`` (zeros between samples), filter with
    ``h`` and keep every ``q``-th sample: ``ceil(((Lx-1)*p + Lh)/q)`` rows."""
    if X.shape[0] == 0:
        return np.zeros((0, X.shape[1]), np.result_type(X, h))
    return scipy.signal.upfirdn(h, X, up=p, down=q, axis=0)


def resample_filter(p: int, q: int, n: int = 10, beta: float = 5.0) -> np.ndarray:
    """MATLAB's resample anti-aliasing filter for reduced ``p/q``.

    ``L = 2*n*max(p,q) + 1`` taps of the least-squares lowpass with its edge at
    ``1/max(p,q)`` of Nyquist and no transition band -- whose solution is the truncated
    ideal response ``2 fc sinc(2 fc k)``, ``fc = 1/(2 max(p,q))``, ``k = -(L-1)/2 ..
    (L-1)/2`` -- times ``kaiser(L, beta)``, scaled to sum ``p``.
    """
    pqmax = max(p, q)
    fc = 1 / 2 / pqmax
    L = 2 * n * pqmax + 1
    k = np.arange(L) - (L - 1) / 2
    h = 2 * fc * np.sinc(2 * fc * k) * signal_windows.kaiser_window(L, beta)
    return p * h / np.sum(h)


def resample(X: np.ndarray, p: int, q: int, h: np.ndarray) -> np.ndarray:
    """Resample the columns of ``X`` by ``p/q`` with the filter ``h`` and MATLAB's delay
    compensation: ``h`` is zero-padded in front so that the downsampling hits the
    filter's centre tap, the first ``floor(ceil(Lhalf)/q)`` outputs are dropped and
    ``ceil(Lx*p/q)`` are kept."""
    Lx = X.shape[0]
    Lhalf = (h.size - 1) / 2
    nz = int(math.floor(q - (Lhalf % q)))
    hp = np.concatenate([np.zeros(nz), h])
    Lhalf += nz
    delay = int(math.floor(math.ceil(Lhalf) / q))
    Ly = int(math.ceil(Lx * p / q))
    nz1 = 0
    while math.ceil(((Lx - 1) * p + hp.size + nz1) / q) - delay < Ly:
        nz1 += 1
    hp = np.concatenate([hp, np.zeros(nz1)])
    y = upfirdn(X, hp, p, q)
    return y[delay:delay + Ly]


def _gain_db(b, a, f):
    w = np.pi * f
    num = np.sum(b * np.exp(-1j * w * np.arange(b.size)))
    den = np.sum(a * np.exp(-1j * w * np.arange(a.size)))
    return 20 * np.log10(abs(num / den))


def cheby_decimation_filter(r: int, order: int):
    """``cheby1(order, 0.05, 0.8/r)``, its order lowered while the gain at ``0.8/r`` is
    off by more than sqrt(2) dB (MATLAB's check against a bad design)."""
    nfilt = order
    while nfilt > 0:
        b, a = design("cheby1", nfilt, [0.8 / r], "low", rp=0.05).tf()
        b = np.asarray(b, float)
        a = np.asarray(a, float)
        if not np.all(b == 0) and abs(_gain_db(b, a, 0.8 / r)) <= math.sqrt(2):
            return b, a
        nfilt -= 1
    raise CompatValueError("Bad Chebyshev design, likely R is too big; try mult. "
                           "decimation (R=R1*R2).")


def decimate_iir(X: np.ndarray, r: int, order: int = 8) -> np.ndarray:
    """Zero-phase Chebyshev lowpass, then every ``r``-th sample ending on the last
    (``nbeg = r - (r*nout - nd)``, 1-based, ``nout = ceil(nd/r)``)."""
    b, a = cheby_decimation_filter(r, order)
    nd = X.shape[0]
    n = max(b.size, a.size)
    nfact = max(1, 3 * (n - 1))
    if nd <= nfact:
        raise CompatValueError(f"Data length must be larger than {nfact} samples.")
    bn, an = normalize(b, a)
    zi = steady_state_zi(bn, an)
    Y = forward_backward(bn, an, X, zi=zi, pad=nfact)
    nout = -(-nd // r)
    nbeg = r - (r * nout - nd)
    return Y[nbeg - 1::r]


def fir1_lowpass(order: int, wn: float) -> np.ndarray:
    """``fir1(order, wn)``: Hamming-windowed ideal lowpass scaled to unit DC gain."""
    taps = order + 1
    m = np.arange(taps) - order / 2
    h = wn * np.sinc(wn * m) * signal_windows.cosine_window("hamming", taps)
    return h / np.sum(h)


def decimate_fir(X: np.ndarray, r: int, order: int = 30) -> np.ndarray:
    """One-way FIR decimation keeping the first sample: ``fir1(order, 1/r)`` run over
    the signal with its states primed by the odd mirror image of the first ``order+1``
    samples, continued past the end by the odd mirror image of the last ``2*(order+1)``,
    and every ``r``-th output taken from the filter's delay ``order/2`` on (the
    extension supplies the last outputs)."""
    b = fir1_lowpass(order, 1 / r)
    nd = X.shape[0]
    nfilt = order + 1
    if nd < 3 * nfilt:
        raise CompatValueError(f"Data length must be at least 3 times the filter length "
                               f"({3 * nfilt} samples) for the FIR decimation.")
    one = np.ones(1)
    head = 2 * X[:1] - X[nfilt:0:-1]
    _, zi = lfilter(b, one, head, axis=0)
    y, zf = lfilter(b, one, X, axis=0, zi=zi)
    tail = 2 * X[-1:] - X[-2:-2 * nfilt - 2:-1]
    ytail, _ = lfilter(b, one, tail, axis=0, zi=zf)
    gd = order / 2
    start = int(round_half_away(gd + 1.25))  # MATLAB's round(gd + 1.25), 1-based
    picks = np.arange(start, nd + 1, r)
    out = y[picks - 1]
    nout = -(-nd // r)
    nlen = nout - picks.size
    if nlen > 0:
        nbeg = r - (nd - picks[-1])
        out = np.concatenate([out, ytail[nbeg - 1:nbeg - 1 + nlen * r:r]])
    return out


def interp_filter(r: int, n: int, alpha: float) -> np.ndarray:
    """MATLAB's ``interp``/``intfilt`` lowpass interpolator: ``2*n*r+1`` symmetric taps.

    For each fractional offset ``k/r`` (``k = 1..r-1``) the ``2*n`` weights of the
    nearest samples (at ``-n+1 .. n``) that minimise the mean-square interpolation
    error of a signal whose spectrum is flat on ``|w| < alpha*pi`` (autocorrelation
    ``sinc(alpha*m)``) solve the normal equations ``R a = p`` with
    ``R[i, j] = sinc(alpha*(i-j))`` and ``p[i] = sinc(alpha*(i - k/r))``; the weight of
    sample ``j`` for offset ``k`` is the tap at lag ``k - j*r``. Offset 0 passes the
    samples unchanged (centre tap 1, zero at the other multiples of ``r``). The taps
    at negative lags are kept and mirrored, so the filter is exactly symmetric."""
    pos = np.arange(-n + 1, n + 1, dtype=float)
    R = np.sinc(alpha * (pos[:, None] - pos[None, :]))
    b = np.zeros(2 * n * r + 1)
    centre = n * r
    b[centre] = 1.0
    if r > 1:
        offsets = np.arange(1, r) / r
        P = np.sinc(alpha * (pos[:, None] - offsets[None, :]))
        A = np.linalg.solve(R, P)  # (2n, r-1): column k-1 holds offset k/r
        lags = np.arange(1, r)[None, :] - (pos[:, None] * r).astype(int)
        b[centre + lags] = A
        b[centre + 1:] = b[centre - 1::-1]  # exactly symmetric, as MATLAB mirrors it
    return b


def interp(x: np.ndarray, r: int, n: int, b: np.ndarray) -> np.ndarray:
    """Upsample the 1-D ``x`` by ``r`` through the interpolator ``b`` (length
    ``2*n*r+1``), its ends continued by ``2*n`` samples of their odd (180-degree)
    reflections ``2*x[0] - x[2n:0:-1]`` and ``2*x[-1] - x[-2:-2n-2:-1]``, as MATLAB's
    interp.m primes and flushes its filter; ``r*len(x)`` samples."""
    nx = x.shape[0]
    head = 2 * x[0] - x[2 * n:0:-1]
    tail = 2 * x[-1] - x[-2:-2 * n - 2:-1]
    ext = np.concatenate([head, x, tail])
    u = np.zeros(ext.shape[0] * r, dtype=np.result_type(x, b))
    u[::r] = ext
    full = scipy.signal.convolve(u, b.astype(u.dtype), method="direct")
    start = 2 * n * r + n * r
    return full[start:start + nx * r]
