"""The legacy spectrogram (MATLAB's ``specgram``): the DFT of windowed segments of a
signal sliding by ``len(window) - noverlap`` samples, unscaled.

Source: MATLAB documentation of ``specgram`` (R13 and later; the function is now
legacy): ``k = fix((n - noverlap)/(length(window) - noverlap))`` columns, the first
segment starting at sample 1; for a real signal ``nfft/2 + 1`` rows (``(nfft + 1)/2``
for odd ``nfft``), for a complex one ``nfft``; ``f = (0:rows-1)*fs/nfft``; ``t(j)`` the
earliest time of the j-th segment, ``(j-1)*(length(window) - noverlap)/fs``.
"""

from __future__ import annotations

import numpy as np

__all__ = ["segments", "sliding_dft", "sliding_dft_at"]


def segments(x: np.ndarray, window: np.ndarray, noverlap: int) -> np.ndarray:
    """``(len(window), k)``: the windowed segments as columns."""
    nwind = window.size
    step = nwind - noverlap
    k = (x.size - noverlap) // step
    starts = np.arange(k) * step
    idx = starts[None, :] + np.arange(nwind)[:, None]
    return x[idx] * window[:, None]


def sliding_dft(x: np.ndarray, nfft: int, window: np.ndarray, noverlap: int):
    """``B`` for the FFT grid of ``nfft`` points (the half grid for real ``x``)."""
    seg = segments(x, window, noverlap)
    B = np.fft.fft(seg, nfft, axis=0)
    if not np.iscomplexobj(x):
        B = B[: nfft // 2 + 1] if nfft % 2 == 0 else B[: (nfft + 1) // 2]
    return B


def sliding_dft_at(x: np.ndarray, freqs: np.ndarray, fs: float, window: np.ndarray,
                   noverlap: int):
    """``B`` at the given frequencies (Hz for sample rate ``fs``)."""
    seg = segments(x, window, noverlap)
    kernel = np.exp(-2j * np.pi * np.outer(freqs, np.arange(window.size)) / fs)
    return kernel @ seg
