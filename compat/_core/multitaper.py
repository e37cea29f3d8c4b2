"""Multitaper cores: the discrete prolate spheroidal (Slepian) sequences and Thomson's
multitaper spectrum, as MATLAB's ``dpss`` and ``pmtm`` compute them.

Python-shaped: tapers are the columns of an ``(N, K)`` array, signals 2-D
``(n, channels)`` arrays worked down the columns; spectra are two-sided ``(nfft,
channels)`` before the legacy layer folds them.

Sources (facts, not code): Slepian, "Prolate spheroidal wave functions, Fourier analysis,
and uncertainty V: the discrete case", Bell System Technical Journal 57 (1978), the
tridiagonal matrix commuting with the concentration problem; Percival & Walden,
"Spectral Analysis for Physical Applications" (1993), section 8.3, exercise 8.1 (the
concentrations from the tapers' autocorrelation) and pp. 368-370 (the adaptive
weights); MATLAB's documentation of ``dpss`` and ``pmtm``; MATLAB's dpss.m and pmtm.m
(Signal Processing Toolbox) for the polarity of the tapers, the clipping of the
concentrations to [0, 1], the adaptive iteration's start, tolerance and stopping rule,
and the weights of 'unity' and 'eigen'.
"""

from __future__ import annotations

import numpy as np
import scipy.fft
import scipy.linalg

__all__ = ["dpss", "concentrations", "tapered_spectra", "combine"]


def dpss(N: int, NW: float, first: int, last: int) -> tuple[np.ndarray, np.ndarray]:
    """Slepian sequences ``first..last`` (1-based, by decreasing concentration) of length
    ``N`` and half-bandwidth ``W = NW/N``: ``(E (N, K), lambda (K,))``.

    The eigenvectors of Slepian's tridiagonal matrix (diagonal ``((N-1-2t)/2)^2
    cos(2 pi W)``, off-diagonal ``t(N-t)/2``, ``t = 0..N-1``), of unit energy, with
    MATLAB's polarity: the symmetric sequences (odd 1-based index) have a positive
    mean, the antisymmetric ones a positive second sample (``E(2,k) > 0``); for
    ``N = 3`` the antisymmetric sequence has a zero second sample and MATLAB returns it
    rising (``[-1 0 1]/sqrt(2)``)."""
    W = NW / N
    t = np.arange(N, dtype=float)
    diag = ((N - 1 - 2 * t) / 2) ** 2 * np.cos(2 * np.pi * W)
    off = t[1:] * (N - t[1:]) / 2
    if N == 1:
        E = np.ones((1, 1))
    else:
        _, vecs = scipy.linalg.eigh_tridiagonal(diag, off, select="i",
                                                select_range=(N - last, N - first))
        E = vecs[:, ::-1].copy()
    E /= np.sqrt(np.sum(E * E, axis=0))
    for j, order in enumerate(range(first, last + 1)):
        col = E[:, j]
        if order % 2:  # symmetric
            flip = np.sum(col) < 0
        elif N == 3:
            flip = col[0] > 0
        else:
            flip = col[1] < 0
        if flip:
            E[:, j] = -col
    return E, concentrations(E, W)


def concentrations(E: np.ndarray, W: float) -> np.ndarray:
    """The fraction of each column's energy in ``|f| <= W`` (cycles/sample):
    ``2W r(0) + sum_t 4W sinc(2Wt) r(t)`` over the column's autocorrelation ``r``,
    clipped to ``[0, 1]`` as MATLAB clips the rounding."""
    N = E.shape[0]
    nfft = scipy.fft.next_fast_len(2 * N - 1)
    F = scipy.fft.rfft(E, nfft, axis=0)
    r = scipy.fft.irfft(F.real ** 2 + F.imag ** 2, nfft, axis=0)[:N]
    lags = np.arange(N, dtype=float)
    s = 4 * W * np.sinc(2 * W * lags)
    s[0] = 2 * W
    return np.clip(s @ r, 0.0, 1.0)


def tapered_spectra(x: np.ndarray, E: np.ndarray, nfft: int) -> np.ndarray:
    """``|DFT(E(:,k) .* x)|^2`` at ``nfft`` frequencies, ``(nfft, K)``, for the 1-D
    ``x``; a signal longer than ``nfft`` is wrapped modulo ``nfft`` (the DTFT sampled at
    ``nfft`` points, as MATLAB's czt branch gives)."""
    seg = E * x[:, None]
    N = seg.shape[0]
    if N > nfft:
        pad = (-N) % nfft
        seg = np.concatenate([seg, np.zeros((pad, seg.shape[1]), seg.dtype)])
        seg = seg.reshape(-1, nfft, seg.shape[1]).sum(axis=0)
    X = scipy.fft.fft(seg, nfft, axis=0)
    return X.real ** 2 + X.imag ** 2


def combine(Sk: np.ndarray, V: np.ndarray, method: str, power: float) -> np.ndarray:
    """One two-sided spectrum from the ``(nfft, K)`` eigenspectra.

    ``'unity'``: ``mean(Sk)``; ``'eigen'``: ``Sk @ V / K``; ``'adapt'``: Thomson's
    adaptive weights (Percival & Walden eqs. 368a and 370a): starting from the mean of
    the first two eigenspectra, ``b_k = S/(lambda_k S + sigma^2 (1-lambda_k))``,
    ``S = sum(b_k^2 lambda_k Sk)/sum(b_k^2 lambda_k)``, repeated while the mean
    absolute change exceeds ``0.0005 sigma^2/nfft`` (``sigma^2 = x'x/N``, ``power``)."""
    K = Sk.shape[1]
    if method == "unity":
        return Sk @ np.ones(K) / K
    if method == "eigen":
        return Sk @ V / K
    nfft = Sk.shape[0]
    if K == 1:
        return Sk[:, 0].copy()
    S = (Sk[:, 0] + Sk[:, 1]) / 2
    S1 = np.zeros(nfft)
    tol = 0.0005 * power / nfft
    a = power * (1 - V)
    for _ in range(10000):
        if not np.sum(np.abs(S - S1) / nfft) > tol:
            break
        b = S[:, None] / (S[:, None] * V[None, :] + a[None, :])
        wk = b ** 2 * V[None, :]
        S1, S = S, np.sum(wk * Sk, axis=1) / np.sum(wk, axis=1)
    return S
