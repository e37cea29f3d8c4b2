"""Discrete Fourier transforms with MATLAB's sizing and symmetry rules: the core.

Python-shaped helpers for the MATLAB fft family (``compat.matlab.fourier``): transforms
along numpy axes with zero padding or truncation to a length, in the input's precision
(single stays single), and the conjugate-symmetry test MATLAB's ``ifft`` documents ("If
[the vectors along the active dimension] are conjugate symmetric ... the output is
real"). The transforms are scipy.fft's (pocketfft); MATLAB and Octave use FFTW, so the
last bits differ (the goldens state the tolerance).
"""

from __future__ import annotations

import numpy as np
import scipy.fft

__all__ = ["resize_axis", "transform", "is_conjugate_symmetric"]


def resize_axis(a: np.ndarray, axis: int, n: int) -> np.ndarray:
    """``a`` truncated or zero-padded at the end of ``axis`` to length ``n``."""
    size = a.shape[axis]
    if n == size:
        return a
    if n < size:
        index = [slice(None)] * a.ndim
        index[axis] = slice(0, n)
        return a[tuple(index)]
    pad = [(0, 0)] * a.ndim
    pad[axis] = (0, n - size)
    return np.pad(a, pad)


def transform(a: np.ndarray, axes: tuple, sizes: tuple, *, inverse: bool,
              real_output: bool = False) -> np.ndarray:
    """The (inverse) DFT of ``a`` over ``axes`` after resizing them to ``sizes``.

    Forward: ``Y(k) = sum_j X(j) exp(-2 pi i (j)(k)/n)``; inverse: ``1/n`` times the sum
    with ``+``. ``real_output`` returns the real part of the inverse computed as a
    Hermitian transform (MATLAB's 'symmetric'): only the first half of each vector is
    used.
    """
    for axis, n in zip(axes, sizes):
        a = resize_axis(a, axis, n)
    if a.size == 0:
        out = np.zeros(a.shape, dtype=a.dtype if real_output else
                       np.result_type(a.dtype, np.complex64))
        return out
    if real_output:
        if len(axes) == 1:
            return scipy.fft.irfft(a, n=sizes[0], axis=axes[0])
        # FFTW (MATLAB, Octave) halves the first MATLAB dimension (its fastest varying
        # one); scipy halves the last axis it is given: pass the axes reversed
        return scipy.fft.irfftn(a, s=sizes[::-1], axes=axes[::-1])
    if inverse:
        return scipy.fft.ifftn(a, axes=axes) if len(axes) > 1 else \
            scipy.fft.ifft(a, axis=axes[0])
    return scipy.fft.fftn(a, axes=axes) if len(axes) > 1 else scipy.fft.fft(a, axis=axes[0])


def is_conjugate_symmetric(a: np.ndarray, axes: tuple) -> bool:
    """True when every vector along ``axes`` satisfies ``x(k) = conj(x(-k mod n))``
    exactly (for several axes, the multi-dimensional symmetry)."""
    if a.dtype.kind != "c":
        a = a.astype(np.result_type(a.dtype, np.complex64))
    mirrored = a
    for axis in axes:
        mirrored = np.roll(np.flip(mirrored, axis=axis), 1, axis=axis)
    return bool(np.array_equal(a, np.conj(mirrored)))
