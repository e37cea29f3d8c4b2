"""Trigonometric (FFT) interpolation of equally spaced periodic samples (MATLAB's
``interpft``).

:func:`fourier_interpolate` resamples every line of an array along one axis: the
discrete Fourier transform of the ``m`` samples is padded with zeros between its
positive and negative frequencies to ``p`` terms (for even ``m`` the Nyquist term is
split in halves between the two ends, so a real input stays real), transformed back and
scaled by ``p/m``. For ``n > m`` samples ``p = n``; for ``n <= m`` MATLAB's interpft
interpolates to ``p = (floor(m/n) + 1) * n`` points and keeps every
``floor(m/n) + 1``-th, which samples the same trigonometric interpolant at the ``n``
points ``k*m/n``.
"""

from __future__ import annotations

import numpy as np

__all__ = ["fourier_interpolate"]


def fourier_interpolate(x: np.ndarray, n: int, axis: int) -> np.ndarray:
    """``x`` (float32/float64/complex) resampled to ``n >= 1`` points along ``axis``.

    The result has ``x``'s class (single stays single) and is real for real ``x``.

    Examples
    --------
    >>> import numpy as np
    >>> y = fourier_interpolate(np.array([0.0, 1.0, 0.0, -1.0]), 8, 0)
    >>> bool(np.allclose(y, np.sin(np.pi * np.arange(8) / 4)))
    True
    """
    m = x.shape[axis]
    if n > m:
        step, points = 1, n
    else:
        step = m // n + 1
        points = step * n
    work = np.moveaxis(x, axis, 0)
    spectrum = np.fft.fft(work, axis=0)
    half = (m + 1 + 1) // 2          # ceil((m+1)/2): the terms kept in front
    padded = np.zeros((points,) + work.shape[1:], dtype=spectrum.dtype)
    padded[:half] = spectrum[:half]
    tail = m - half
    if tail:
        padded[points - tail:] = spectrum[half:]
    if m % 2 == 0 and points > m:
        nyquist = padded[half - 1] / 2   # the Nyquist term, shared by both ends
        padded[half - 1] = nyquist
        padded[half - 1 + points - m] = nyquist
    y = np.fft.ifft(padded, axis=0) * (points / m)
    if x.dtype.kind != "c":
        y = y.real
    y = y[::step]
    return np.ascontiguousarray(np.moveaxis(y, 0, axis)).astype(x.dtype, copy=False)
