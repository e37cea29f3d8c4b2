"""Cross-correlation and normalised cross-correlation of images as MATLAB computes them
(``xcorr2`` of the Signal Processing Toolbox, ``normxcorr2`` of the Image Processing
Toolbox).

* ``xcorr2(a, b) = conv2(a, rot90(conj(b), 2))``, the full correlation (MATLAB's
  page), through compat's MATLAB conv2.
* normxcorr2 as MathWorks' normxcorr2.m: template and image shifted to nonnegative
  values when their minimum is negative (unsigned classes are not); the correlation of
  ``rot90(T, 2)`` and ``A`` by ``conv2`` or, when normxcorr2.m's timing model says the
  frequency domain is cheaper (``2.7e-8 prod(size T) prod(size A)`` against three 2-D
  FFTs of the output size at ``3.3e-7 R log R`` per line), by FFTs; local sums of
  ``A`` and ``A.^2`` over the template's window by running sums of the zero-padded
  image; ``C = (xcorr - sumA sum(T)/mn) / (sqrt(mn-1) std(T) sqrt(max(sumA2 -
  sumA^2/mn, 0)))`` where the denominator exceeds ``sqrt(eps(max denom))``, else 0, and
  0 where ``|C| - 1 > sqrt(eps(1))``.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.convolution import convolve

__all__ = ["cross_correlation", "normalized_cross_correlation"]


def cross_correlation(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """xcorr2: the full 2-D correlation of floating ``a`` and ``b``."""
    return convolve(a, np.conj(b[::-1, ::-1]), shape="full")


def _local_sum(a: np.ndarray, m: int, n: int) -> np.ndarray:
    b = np.pad(a, ((m, m), (n, n)))
    s = np.cumsum(b, axis=0)
    c = s[m:-1, :] - s[:-m - 1, :]
    s = np.cumsum(c, axis=1)
    return s[:, n:-1] - s[:, :-n - 1]


def _fft_is_faster(t_shape, a_shape) -> bool:
    out = (a_shape[0] + t_shape[0] - 1, a_shape[1] + t_shape[1] - 1)
    conv_time = 2.7e-8 * (t_shape[0] * t_shape[1]) * (a_shape[0] * a_shape[1])
    r, s = out
    tr = 3.3e-7 * r * math.log(r) if r > 0 else 0.0
    ts = tr if s == r else 3.3e-7 * s * math.log(s)
    return conv_time >= 3 * (s * tr + r * ts)


def normalized_cross_correlation(t: np.ndarray, a: np.ndarray) -> np.ndarray:
    """normxcorr2 of float64 ``t`` and ``a`` (already shifted as normxcorr2.m does)."""
    m, n = t.shape
    mn = m * n
    rt = t[::-1, ::-1]
    if _fft_is_faster(t.shape, a.shape):
        shape = (a.shape[0] + m - 1, a.shape[1] + n - 1)
        xc = np.fft.irfft2(np.fft.rfft2(rt, shape) * np.fft.rfft2(a, shape), shape)
    else:
        xc = convolve(np.ascontiguousarray(rt), a, shape="full")
    local_a = _local_sum(a, m, n)
    local_a2 = _local_sum(a * a, m, n)
    diff = local_a2 - (local_a ** 2) / mn
    denom_a = np.sqrt(np.maximum(diff, 0))
    denom_t = math.sqrt(mn - 1) * float(np.std(t.ravel(order="F"), ddof=1))
    denom = denom_t * denom_a
    numerator = xc - local_a * float(np.sum(t.ravel(order="F"))) / mn
    c = np.zeros(numerator.shape)
    tol = math.sqrt(np.spacing(float(np.max(np.abs(denom))))) if denom.size else 0.0
    ok = denom > tol
    c[ok] = numerator[ok] / denom[ok]
    c[(np.abs(c) - 1) > math.sqrt(np.spacing(1.0))] = 0
    return c
