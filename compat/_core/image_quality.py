"""Full-reference image quality as MATLAB's ``immse`` and ``psnr`` define them.

* ``immse(X, Y) = sum((X - Y).^2) / numel(X)``, integer classes converted to double
  first; the result is double, single for single data (immse reference page).
* ``psnr(A, ref, peakval) = 10 log10(peakval^2 / immse(A, ref))``; ``peakval`` defaults to
  the width of A's class range, ``diff(getrangefromclass(A))``: 1 for floating data, 255
  for uint8, 65535 for uint16 and int16 (psnr.m); the second output ``snr = 10
  log10(mean(ref.^2) / immse(A, ref))`` uses the *reference* image (psnr reference
  page: the simple signal-to-noise ratio of A with respect to ref).
"""

from __future__ import annotations

import numpy as np

__all__ = ["mean_squared_error", "class_range_width", "peak_snr"]


def mean_squared_error(x: np.ndarray, y: np.ndarray) -> np.floating:
    """immse: the mean of the squared differences, in double (single for single)."""
    work = np.float32 if x.dtype == np.float32 else np.float64
    d = x.astype(work) - y.astype(work)
    return work(np.sum(d * d, dtype=work) / work(d.size))


def class_range_width(dtype) -> float:
    """``diff(getrangefromclass(A))``: 1 for floating or logical, intmax - intmin else."""
    dtype = np.dtype(dtype)
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        return float(info.max) - float(info.min)
    return 1.0


def peak_snr(a: np.ndarray, ref: np.ndarray, peak: float):
    """``(peaksnr, snr)`` in dB (single for single data)."""
    work = np.float32 if a.dtype == np.float32 else np.float64
    err = mean_squared_error(a, ref)
    with np.errstate(divide="ignore"):
        peaksnr = work(10 * np.log10(work(peak) ** 2 / err))
        r = ref.astype(work)
        snr = work(10 * np.log10(np.mean(r * r, dtype=work) / err))
    return peaksnr, snr
