"""Frequency-sampling FIR design (MATLAB's ``fir2``): the desired magnitude, linearly
interpolated onto an even grid of ``npt + 1`` frequencies from 0 to Nyquist (steps at
repeated frequencies softened over ``lap`` grid points), made linear-phase, inverse
transformed, truncated to ``n + 1`` taps and windowed.

Sources: MATLAB documentation of ``fir2`` (the algorithm in words, the defaults: 512
grid points, a Hamming window, an odd order raised by one when the Nyquist gain is not
zero); the grid rounding to a power of two, the ``npt/25`` ramp and the placement of
the ramp before each step are the facts of GNU Octave's ``fir2`` (signal 1.4.3), whose
values compat reproduces to rounding. Written here from those facts.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["grid_size", "desired_grid", "frequency_sampling"]


def grid_size(n: int, npt: int | None) -> int:
    """The grid: ``npt`` (default 512, or ``n + 1`` from 1024 taps) rounded up to a
    power of two; it must exceed half the order."""
    if npt is None:
        npt = 512 if n + 1 < 1024 else n + 1
    size = 1 << max(0, math.ceil(math.log2(npt))) if npt > 0 else 1
    if 2 * size < n + 1:
        raise CompatValueError("The number of grid points npt must be greater than half "
                               "the filter order.")
    return size


def desired_grid(f: np.ndarray, m: np.ndarray, size: int, lap: int) -> np.ndarray:
    """The magnitude at ``k/size``, ``k = 0..size``: linear between the breakpoints;
    at a repeated frequency the step becomes a ramp over the ``lap/(2*size)`` before
    it (the value right of the step holds from the step on)."""
    f = np.asarray(f, float)
    m = np.asarray(m, float)
    steps = np.flatnonzero(np.diff(f) == 0)

    def value(x):
        # right-continuous piecewise-linear interpolation through (f, m)
        k = np.searchsorted(f, x, side="right") - 1
        k = np.clip(k, 0, f.size - 2)
        k_next = k + 1
        span = f[k_next] - f[k]
        with np.errstate(invalid="ignore", divide="ignore"):
            t = np.where(span > 0, (x - f[k]) / np.where(span > 0, span, 1), 1.0)
        out = m[k] + t * (m[k_next] - m[k])
        return np.where(x >= f[-1], m[-1], out)

    x = np.linspace(0.0, 1.0, size + 1)
    if lap <= 0 or not steps.size:
        return value(x)
    half = lap / size / 2
    moved = f.copy()
    moved[steps] -= half
    moved[steps + 1] += half
    knots = np.unique(np.clip(np.r_[moved, f[steps]], 0.0, 1.0))
    return np.interp(x, knots, value(knots))


def frequency_sampling(n: int, grid: np.ndarray, window: np.ndarray) -> np.ndarray:
    """``n + 1`` linear-phase taps from the zero-phase magnitude ``grid`` (``size + 1``
    values, 0 to Nyquist), times ``window``."""
    size = grid.size - 1
    mirror = grid[size - 1:0:-1]
    if n % 2 == 0:
        h = np.fft.ifft(np.r_[grid, mirror]).real
        half = n // 2
        taps = np.r_[h[h.size - half:], h[:half + 1]]
    else:  # a half-sample delay: the response on a grid twice as fine, odd samples
        h = np.fft.ifft(np.r_[grid, np.zeros(2 * size), mirror]).real
        taps = 2 * np.r_[h[h.size - n::2], h[1:n + 1:2]]
    return taps * window
