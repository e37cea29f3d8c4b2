"""IDL's image filters written in IDL's library: BANDPASS_FILTER (a transfer function
applied to the centred FFT) and ESTIMATOR_FILTER (neighbourhood medians, midpoints and
truncated means).

Python-shaped: images are 2-D numpy arrays in readsav layout (IDL's ``[x, y]`` is numpy's
``[y, x]``); the legacy layer checks arguments and keywords.

Sources (facts, not code): IDL Reference Guide, BANDPASS_FILTER and ESTIMATOR_FILTER;
IDL 8.0's bandpass_filter.pro and estimator_filter.pro (lib directory of the IDL
distribution) for what the documentation leaves out: the distance array ``DIST(nx, ny)``
shifted by ``nx/2+1, ny/2+1`` (one sample past the centred FFT's zero frequency) and
divided by its maximum, the transfer functions of the lowpass/highpass special cases,
the single-precision forward FFT of non-DOUBLE data, the INT ideal mask and the last
element it zeroes when no frequency lies outside the band (``H[WHERE(...)] = 0`` with
WHERE's -1).
"""

from __future__ import annotations

import numpy as np
import scipy.fft

__all__ = ["dist", "bandpass_transfer", "bandpass_filter", "estimator_median",
           "estimator_midpoint", "estimator_truncated_mean"]


def dist(nx: int, ny: int) -> np.ndarray:
    """IDL's ``DIST(nx, ny)`` in readsav layout ``(ny, nx)``, FLOAT: the distance of
    each element from the nearest corner, ``sqrt(min(i, nx-i)^2 + min(j, ny-j)^2)``."""
    fx = np.arange(nx, dtype=np.float32)
    fx = np.minimum(fx, nx - fx) ** 2
    fy = np.arange(ny, dtype=np.float32)
    fy = np.minimum(fy, ny - fy) ** 2
    return np.sqrt(fy[:, None] + fx[None, :]).astype(np.float32)


def bandpass_transfer(shape: tuple, low, high, kind: str, order=1):
    """The transfer function ``H`` (readsav layout) over the centred spectrum.

    ``kind``: 'ideal' (INT 0/1), 'butterworth' (of dimension ``order``) or 'gaussian';
    ``low``/``high`` are numpy scalars of IDL's types (their difference is taken in that
    type, as IDL does)."""
    ny, nx = shape
    D = np.roll(dist(nx, ny).astype(np.float64), (ny // 2 + 1, nx // 2 + 1), axis=(0, 1))
    D /= D.max()
    lo = np.float64(low)
    hi = np.float64(high)
    W = np.float64(high - low)
    D0 = np.float64(np.float64(high + low) / 2.0)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        if kind == "ideal":
            H = np.ones(shape, dtype=np.int16)
            outside = (lo > D) | (hi < D)
            if outside.any():
                H[outside] = 0
            else:  # IDL: H[WHERE(...)] = 0 with WHERE's -1 zeroes the last element
                H.flat[-1] = 0
            return H
        if kind == "butterworth":
            p = 2 * order
            if lo != 0 and hi != 1:
                return 1.0 - 1.0 / (1 + ((D * W) / (D ** 2 - D0 ** 2)) ** p)
            if lo == 0:
                return 1.0 / (1 + (D / hi) ** p)
            return 1.0 / (1 + (lo / D) ** p)
        if lo != 0 and hi != 1:
            return np.exp(-(((D ** 2 - D0 ** 2) / (D * W)) ** 2))
        if lo == 0:
            return np.exp(-(D ** 2 / (2 * hi ** 2)))
        return 1.0 - np.exp(-(D ** 2 / (2 * lo ** 2)))


def bandpass_filter(image: np.ndarray, H: np.ndarray) -> np.ndarray:
    """``REAL_PART(FFT(H * FFT(image, /CENTER), /INVERSE, /CENTER))`` with IDL's types:
    the forward FFT is single precision unless the image is DOUBLE; the product (and the
    inverse) is double precision when ``H`` is DOUBLE."""
    double = image.dtype == np.float64
    work = image.astype(np.float64 if double else np.float32)
    F = scipy.fft.fftshift(scipy.fft.fft2(work))
    product = H * F
    if product.dtype == np.complex128 and not double and H.dtype != np.float64:
        product = product.astype(np.complex64)
    out = scipy.fft.ifft2(scipy.fft.ifftshift(product))
    return out.real


# --------------------------------------------------------------------------- estimators
def _windows(padded: np.ndarray, height: int, width: int) -> np.ndarray:
    """``(ny, nx, height*width)`` views of the neighbourhoods of a padded image."""
    v = np.lib.stride_tricks.sliding_window_view(padded, (height, width))
    return v.reshape(v.shape[0], v.shape[1], height * width)


def estimator_median(data: np.ndarray, width: int, height: int) -> np.ndarray:
    """IDL's neighbourhood median: FLOAT values, the window clipped at the edges, NaN
    ignored, the two middle values averaged for an even count (MEDIAN /EVEN); NaN
    where a window holds no number."""
    ry, rx = (height - 1) // 2, (width - 1) // 2
    padded = np.pad(data.astype(np.float32), ((ry, ry), (rx, rx)), constant_values=np.nan)
    win = _windows(padded, height, width)
    with np.errstate(invalid="ignore"):
        s = np.sort(win, axis=-1)  # NaN last
        count = np.sum(~np.isnan(win), axis=-1)
        lo = np.take_along_axis(s, np.maximum((count - 1) // 2, 0)[..., None], -1)[..., 0]
        hi = np.take_along_axis(s, np.maximum(count // 2, 0)[..., None], -1)[..., 0]
        out = np.where(count % 2 == 1, hi, (lo + hi) / np.float32(2))
    return np.where(count == 0, np.float32(np.nan), out).astype(np.float32)


def estimator_midpoint(data: np.ndarray, width: int, height: int) -> np.ndarray:
    """IDL's neighbourhood midpoint ``(min + max)/2`` in the data's type, built as IDL
    builds it: starting from the image, ``min = min < shifted`` and ``max = max >
    shifted`` over the offsets (x outer, y inner), positions outside the image taking
    the pixel's own value; IDL's ``a < b`` is ``a if a < b else b`` (so a NaN on either
    side decides by position)."""
    ry, rx = (height - 1) // 2, (width - 1) // 2
    ny, nx = data.shape
    lo = data.copy()
    hi = data.copy()
    rows = np.arange(ny)[:, None]
    cols = np.arange(nx)[None, :]
    with np.errstate(invalid="ignore"):
        for dx in range(-rx, rx + 1):
            for dy in range(-ry, ry + 1):
                src_r, src_c = rows - dy, cols - dx
                inside = (src_r >= 0) & (src_r < ny) & (src_c >= 0) & (src_c < nx)
                shifted = np.where(inside, data[np.clip(src_r, 0, ny - 1),
                                                np.clip(src_c, 0, nx - 1)], data)
                lo = np.where(lo < shifted, lo, shifted)
                hi = np.where(hi > shifted, hi, shifted)
        return ((lo + hi) / data.dtype.type(2)).astype(data.dtype)


def estimator_truncated_mean(data: np.ndarray, percent, width: int,
                             height: int) -> np.ndarray:
    """IDL's truncated (alpha-trimmed) mean: in each window clipped to the image,
    ``n = FIX(((percent/100.)*(count-1) + 1)/2)`` values dropped from each end of the
    sorted window (NaN sorted last), the rest averaged in the data's type."""
    ry, rx = (height - 1) // 2, (width - 1) // 2
    ny, nx = data.shape
    t = data.dtype.type
    frac = np.asarray(percent) / np.float32(100.0)
    out = np.empty_like(data)
    for y in range(ny):
        y0, y1 = max(y - ry, 0), min(y + ry, ny - 1)
        for x in range(nx):
            x0, x1 = max(x - rx, 0), min(x + rx, nx - 1)
            vals = np.sort(data[y0:y1 + 1, x0:x1 + 1], axis=None)
            count = vals.size
            n = int(np.trunc((frac * (count - 1) + 1) / 2))
            kept = vals[n:count - n]
            out[y, x] = t(np.sum(kept, dtype=t) / t(kept.size))
    return out
