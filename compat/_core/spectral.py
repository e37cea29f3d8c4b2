"""Spectral estimation cores: segment averaging (Welch), the periodogram scaling, one-sided
folding and centring, and the short-time Fourier transform.

Python-shaped: signals are 2-D ``(n, channels)`` arrays; windows, overlaps, FFT lengths
and sample rates are plain numbers; nothing here parses MATLAB's arguments.

The conventions are MATLAB's (documentation of ``pwelch``, ``periodogram``, ``cpsd``,
``spectrogram``: "Algorithms" and the output descriptions):

* a segment of length ``L`` is multiplied by the window, transformed with an ``nfft``-point
  FFT (a segment longer than ``nfft`` is first wrapped: its samples summed modulo
  ``nfft``), and ``X conj(X)`` (``conj(X) Y`` for cross spectra) averaged over the
  ``fix((N - noverlap)/(L - noverlap))`` segments that start every ``L - noverlap``
  samples;
* a power spectral density is divided by ``U = sum(w.^2)`` and by the sample rate (``2*pi``
  for normalised frequency, giving units per rad/sample); a power spectrum by
  ``sum(w)^2``;
* one-sided: bins ``0..nfft/2`` (even ``nfft``) or ``0..(nfft-1)/2`` (odd), every bin but DC
  and Nyquist doubled; centred: the two-sided spectrum on ``(-Fs/2, Fs/2]`` for even
  ``nfft`` and ``(-Fs/2, Fs/2)`` for odd.
"""

from __future__ import annotations

import numpy as np
import scipy.fft

__all__ = ["segment_starts", "segment_ffts", "welch", "fold", "frequencies"]


def segment_starts(n: int, L: int, noverlap: int) -> np.ndarray:
    """0-based starts of MATLAB's Welch segments."""
    k = (n - noverlap) // (L - noverlap)
    return np.arange(max(k, 0)) * (L - noverlap)


def _wrap(seg: np.ndarray, nfft: int) -> np.ndarray:
    """``seg`` (..., L) summed modulo ``nfft`` along the last axis (MATLAB's datawrap)."""
    L = seg.shape[-1]
    if L <= nfft:
        return seg
    pad = (-L) % nfft
    seg = np.concatenate([seg, np.zeros(seg.shape[:-1] + (pad,), seg.dtype)], axis=-1)
    return seg.reshape(seg.shape[:-1] + (-1, nfft)).sum(axis=-2)


def segment_ffts(x: np.ndarray, window: np.ndarray, starts: np.ndarray,
                 nfft: int, *, real: bool = False) -> np.ndarray:
    """FFTs of the windowed segments of the 1-D signal ``x``: ``(nfft, len(starts))``
    (``real``: the ``nfft//2 + 1`` bins of a real signal's FFT). Computed row-wise
    (segments contiguous) and returned transposed."""
    L = window.size
    idx = starts[:, None] + np.arange(L)[None, :]
    seg = _wrap(x[idx] * window, nfft)
    if real:
        return scipy.fft.rfft(seg, nfft, axis=1).T
    return scipy.fft.fft(seg, nfft, axis=1).T


def welch(x: np.ndarray, y: np.ndarray | None, window: np.ndarray, noverlap: int,
          nfft: int, *, chunk: int = 2048) -> np.ndarray:
    """Average over segments of ``X conj(X)`` (``y`` None) or ``conj(X) Y``, unscaled,
    two-sided ``(nfft,)``: 1-D signals."""
    L = window.size
    starts = segment_starts(x.size, L, noverlap)
    real = y is None and not np.iscomplexobj(x)
    acc = np.zeros(nfft // 2 + 1 if real else nfft,
                   dtype=float if y is None else complex)
    for s in range(0, starts.size, chunk):
        part = starts[s:s + chunk]
        X = segment_ffts(x, window, part, nfft, real=real)
        if y is None:
            acc = acc + (X.real ** 2 + X.imag ** 2).sum(axis=1)
        else:
            Y = segment_ffts(y, window, part, nfft)
            acc = acc + np.sum(X.conj() * Y, axis=1)
    if real:  # |X(k)| = |X(nfft-k)| for real data
        acc = np.concatenate([acc, acc[1:(nfft + 1) // 2][::-1]])
    return acc / max(starts.size, 1)


def fold(P: np.ndarray, nfft: int, freqrange: str) -> np.ndarray:
    """Two-sided ``P`` (nfft, ...) to MATLAB's one-sided, two-sided or centred layout."""
    if freqrange == "onesided":
        if nfft % 2 == 0:
            out = P[:nfft // 2 + 1].copy()
            out[1:-1] *= 2
        else:
            out = P[:(nfft + 1) // 2].copy()
            out[1:] *= 2
        return out
    if freqrange == "centered":
        shift = nfft // 2 - 1 if nfft % 2 == 0 else (nfft - 1) // 2
        return np.roll(P, shift, axis=0)
    return P


def frequencies(nfft: int, fs: float | None, freqrange: str) -> np.ndarray:
    """The frequency grid of :func:`fold`'s layout: Hz with ``fs``, else rad/sample."""
    span = 2 * np.pi if fs is None else fs
    k = np.arange(nfft, dtype=float)
    if freqrange == "onesided":
        k = k[:nfft // 2 + 1] if nfft % 2 == 0 else k[:(nfft + 1) // 2]
    elif freqrange == "centered":
        k = np.arange(-(nfft // 2) + 1, nfft // 2 + 1, dtype=float) if nfft % 2 == 0 \
            else np.arange(-(nfft - 1) // 2, (nfft - 1) // 2 + 1, dtype=float)
    f = k * span / nfft
    if freqrange == "onesided" and nfft % 2 == 0:
        f[-1] = span / 2  # exactly Nyquist
    return f
