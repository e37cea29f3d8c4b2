"""Contrast limits and intensity adjustment as MATLAB's Image Processing Toolbox
computes them (``stretchlim``, ``imadjust``).

* ``stretchlim``: per channel, the histogram of ``nbins`` bins (65536 for uint16, 256
  otherwise), ``cdf = cumsum(counts) / sum(counts)``; ``low`` the first bin with ``cdf >
  tol_low``, ``high`` the first with ``cdf >= tol_high`` (both bins when they coincide:
  ``[1, nbins]``), as ``(bin - 1) / (nbins - 1)``; ``[0, 1]`` when ``tol_low >=
  tol_high``.
* ``imadjust``: values clipped to ``[low_in, high_in]``, ``((v - low_in) / (high_in -
  low_in)) ^ gamma * (high_out - low_out) + low_out``. Floating images are mapped
  directly; integer classes through a look-up table over the class's whole range (the
  table ``linspace(0, 1, n)`` -- MATLAB's linspace, whose entries are ``k/(n-1)`` exactly,
  not numpy's -- adjusted and converted with im2uint8/im2uint16/im2int16,
  then indexed by the pixel values), so every pixel gets the rounding MATLAB's table
  gives.

scikit-image's ``exposure.rescale_intensity`` takes limits in the image's units, has no
gamma, and rounds its own way.
"""

from __future__ import annotations

import numpy as np

from compat._core import grids
from compat._core import image_classes
from compat._core import image_statistics
from compat._core.matlab_integers import convert

__all__ = ["stretch_limits", "adjust", "equalize"]


def stretch_limits(channels: list[np.ndarray], low_tol: float, high_tol: float,
                   dtype: np.dtype) -> np.ndarray:
    """``(2, channels)`` limits in [0, 1] of each 2-D channel."""
    nbins = 65536 if dtype == np.uint16 else 256
    out = np.empty((2, len(channels)))
    for i, channel in enumerate(channels):
        if low_tol >= high_tol:
            out[:, i] = [0.0, 1.0]
            continue
        counts, _ = image_statistics.histogram(channel, nbins)
        cdf = np.cumsum(counts) / counts.sum()
        low = int(np.argmax(cdf > low_tol)) + 1
        high = int(np.argmax(cdf >= high_tol)) + 1
        if low == high:
            low, high = 1, nbins
        out[:, i] = [(low - 1) / (nbins - 1), (high - 1) / (nbins - 1)]
    return out


def _map(v: np.ndarray, low_in, high_in, low_out, high_out, gamma) -> np.ndarray:
    clipped = np.maximum(low_in, np.minimum(high_in, v))
    return ((clipped - low_in) / (high_in - low_in)) ** gamma * (high_out - low_out) + \
        low_out


def adjust(channel: np.ndarray, low_in: float, high_in: float, low_out: float,
           high_out: float, gamma: float) -> np.ndarray:
    """One channel adjusted in its own class."""
    if channel.dtype.kind == "f":
        return _map(channel, low_in, high_in, low_out, high_out, gamma).astype(
            channel.dtype)
    n = 256 if channel.dtype == np.uint8 else 65536
    # MATLAB's linspace (product first: k/(n-1) exactly here), not numpy's (k*(1/(n-1))):
    # at exact halves of a level the table's last ulp decides the rounding
    table = _map(grids.linspace(0.0, 1.0, float(n), np.float64), low_in, high_in, low_out,
                 high_out, gamma)
    if channel.dtype == np.int16:
        lut = convert(np.clip(table, 0, 1) * 65535 - 32768, np.int16)
        return lut[channel.astype(np.int64) + 32768]
    lut = image_classes.to_integer(table, channel.dtype)
    return lut[channel.astype(np.int64)]


def equalize(a: np.ndarray, hgram: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """histeq.m's transformation of an intensity image towards the target histogram
    ``hgram`` (any positive length ``m``), and the image mapped through it.

    The input's 256-bin histogram ``nn`` (int16 images through uint16) and its cumulative
    sum ``cum``; the target scaled to ``numel(a)`` and summed, ``cumd``; the error of
    mapping input bin ``k`` to target level ``i`` is ``cumd(i) - cum(k) + tol(k)`` with
    ``tol = nn/2`` (0 at the two end bins), errors below ``-numel(a) sqrt(eps)`` count as
    ``numel(a)``; ``T(k)`` is the first level of least error, ``(i - 1)/(m - 1)``. The
    image is then mapped as MATLAB's grayxformmex does: ``uint8(255 T(a + 1))``, uint16
    through ``ceil(255/65535 a + 0.5)``, floating images through bin
    ``floor(255 a + 0.5) + 1`` (clipped to the ends).
    """
    work = a
    if a.dtype == np.int16:
        work = image_classes.to_integer(a, np.uint16)
    nn, _ = image_statistics.histogram(work, 256)
    cum = np.cumsum(nn)
    target = hgram * (a.size / np.sum(hgram))
    cumd = np.cumsum(target)
    m = target.size
    tol = nn / 2
    tol[0] = tol[-1] = 0.0
    err = (cumd[:, None] - cum[None, :]) + tol[None, :]
    err[err < -a.size * np.sqrt(np.finfo(np.float64).eps)] = a.size
    t = (np.argmin(err, axis=0) / (m - 1)) if m > 1 else np.zeros(256)
    if work.dtype == np.uint8:
        out = convert(255.0 * t[work.astype(np.int64)], np.uint8)
    elif work.dtype == np.uint16:
        index = np.ceil((255 / 65535) * work.astype(np.float64) + 0.5).astype(np.int64)
        out = convert(65535.0 * t[index - 1], np.uint16)
    else:
        v = work.astype(np.float64)
        index = np.floor(np.clip(v, 0, 1) * 255 + 0.5).astype(np.int64)
        index = np.where(v > 1, 255, np.where(v < 0, 0, index))
        out = t[index].astype(work.dtype)
    if a.dtype == np.int16:
        out = image_classes.to_integer(out, np.int16)
    return out, t
