"""The real cepstrum and the minimum-phase reconstruction it gives (Oppenheim and
Schafer, *Discrete-Time Signal Processing*, 3rd ed., section 13.8: the real cepstrum
``c = ifft(log|fft(x)|)`` folded onto its causal half is the complex cepstrum of the
minimum-phase sequence with the same magnitude spectrum).

Columns of a 2-D array are separate signals.
"""

from __future__ import annotations

import numpy as np

__all__ = ["real_cepstrum", "minimum_phase"]


def real_cepstrum(x: np.ndarray) -> np.ndarray:
    """``real(ifft(log(abs(fft(x)))))`` along axis 0 (a zero of the spectrum gives
    ``-Inf`` in the logarithm, and NaN/Inf in the result, as the formula does)."""
    with np.errstate(divide="ignore", invalid="ignore"):
        return np.real(np.fft.ifft(np.log(np.abs(np.fft.fft(x, axis=0))), axis=0))


def minimum_phase(cepstrum: np.ndarray) -> np.ndarray:
    """The minimum-phase sequence of a real cepstrum (axis 0): the cepstrum times the
    folding window ``[1, 2, ..., 2, (1), 0, ..., 0]`` (``c(0)`` once, ``c(k)`` twice for
    ``0 < k < n/2``, ``c(n/2)`` once for even ``n``), then ``real(ifft(exp(fft(.))))``."""
    n = cepstrum.shape[0]
    window = np.zeros(n)
    window[0] = 1.0
    window[1:(n + 1) // 2] = 2.0
    if n % 2 == 0 and n > 0:
        window[n // 2] = 1.0
    folded = cepstrum * window.reshape((n,) + (1,) * (cepstrum.ndim - 1))
    with np.errstate(invalid="ignore", over="ignore"):
        return np.real(np.fft.ifft(np.exp(np.fft.fft(folded, axis=0)), axis=0))
