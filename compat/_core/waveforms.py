"""Periodic and aperiodic test waveforms: the core of MATLAB's ``square``, ``sawtooth``,
``rectpuls``, ``tripuls``, ``gauspuls``, ``chirp``, ``pulstran`` and ``diric``.

Every function takes float64 (or float32) arrays and computes the reference pages'
definitions:

* square wave of period 2 pi: +1 while ``mod(t, 2 pi) < 2 pi duty/100``, else -1;
* sawtooth of period 2 pi: the phase ``p = rem(t, 2 pi)/(2 pi)`` (taken in [0, 1)) rises
  from -1 to 1 for ``p <= width`` and falls back to -1 after it;
* rectangular pulse ``-w/2 <= t < w/2``; triangular pulse of width ``w``, peak 1 at
  ``t = skew w/2`` (also when the peak is an end of the support), rising on
  ``(-w/2, peak)`` and falling on ``(peak, w/2)``; these four return double (MATLAB
  builds them from logical masks and zeros), whatever the class of ``t``;
* Gaussian-modulated sinusoid ``exp(-a t^2) cos(2 pi fc t)`` with
  ``a = -(pi fc bw)^2 / (4 ln(10^(bwr/20)))`` (so the spectrum falls ``bwr`` dB below its
  peak at ``fc (1 +- bw/2)``), its quadrature part (sin) and envelope, and the cutoff
  time ``sqrt(-ln(10^(tpe/20))/a)`` where the envelope falls ``tpe`` dB below its peak;
* chirp: ``cos(2 pi integral_0^t f_i + phi)`` (or ``exp(1j ...)``), the instantaneous
  frequency ``f0 + beta t`` (linear), ``f0 + beta t^2`` (quadratic, the parabola's
  vertex at ``t = 0``; the other shape puts it at ``t1``: ``f1 - beta (t1 - t)^2``) or
  ``f0 beta^t`` (logarithmic), phase ``phi`` at ``t = 0`` ("initial phase");
* pulse trains: sums of delayed, scaled copies of a function or of a sampled prototype
  (interpolated, zero outside its span);
* Dirichlet (periodic sinc) ``sin(n x/2)/(n sin(x/2))``, ``(-1)^(k(n-1))`` at
  ``x = 2 pi k``.
"""

from __future__ import annotations

import numpy as np

from compat._core.interpolation import Interpolant1D

__all__ = ["square", "sawtooth", "rectpuls", "tripuls", "gauspuls", "gauspuls_cutoff",
           "chirp", "pulse_train", "prototype_train", "diric"]

_TWO_PI = 2 * np.pi


def square(t: np.ndarray, duty: float = 50.0) -> np.ndarray:
    """+1/-1 square wave of period 2 pi, positive for ``duty`` percent of the period."""
    with np.errstate(invalid="ignore"):
        phase = np.mod(t, _TWO_PI)
        out = np.where(phase < _TWO_PI * duty / 100.0, 1.0, -1.0)
    out[np.isnan(t)] = np.nan
    return out


def sawtooth(t: np.ndarray, width: float = 1.0) -> np.ndarray:
    """Sawtooth/triangle wave of period 2 pi between -1 and 1, peak at ``width``."""
    with np.errstate(invalid="ignore", divide="ignore"):
        p = np.fmod(t, _TWO_PI) * (1.0 / _TWO_PI)
        p = np.where(p < 0, p + 1.0, p)
        p = np.where(p >= 1.0, p - 1.0, p)
        rising = p <= width
        up = -1.0 + 2.0 * p / width if width > 0 else np.zeros_like(p)
        down = 1.0 - 2.0 * (p - width) / (1.0 - width) if width < 1 else np.zeros_like(p)
        out = np.where(rising & (width > 0), up, down)
    return out.astype(np.float64)


def rectpuls(t: np.ndarray, w: float = 1.0) -> np.ndarray:
    """Unit-height rectangle on ``-w/2 <= t < w/2``."""
    return ((t >= -w / 2.0) & (t < w / 2.0)).astype(np.float64)


def tripuls(t: np.ndarray, w: float = 1.0, skew: float = 0.0) -> np.ndarray:
    """Unit-height triangle of width ``w``, peak at ``skew w/2``."""
    peak = skew * w / 2.0
    out = np.zeros(t.shape, np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        rise = (t > -w / 2.0) & (t < peak)
        fall = (t > peak) & (t < w / 2.0)
        out[rise] = (t[rise] + w / 2.0) / (peak + w / 2.0)
        out[fall] = (t[fall] - w / 2.0) / (peak - w / 2.0)
        if w > 0:
            out[t == peak] = 1.0  # the unit peak, also at an end (skew -1 or 1)
    out[np.isnan(t)] = np.nan
    return out


def _gauss_rate(fc: float, bw: float, bwr: float) -> float:
    ref = 10.0 ** (bwr / 20.0)
    return -(np.pi * fc * bw) ** 2 / (4.0 * np.log(ref))


def gauspuls(t: np.ndarray, fc: float = 1000.0, bw: float = 0.5, bwr: float = -6.0):
    """(yi, yq, ye): in-phase pulse, quadrature pulse, envelope."""
    a = _gauss_rate(fc, bw, bwr)
    ye = np.exp(-a * t * t)
    yi = ye * np.cos(_TWO_PI * fc * t)
    yq = ye * np.sin(_TWO_PI * fc * t)
    return yi, yq, ye


def gauspuls_cutoff(fc: float = 1000.0, bw: float = 0.5, bwr: float = -6.0,
                    tpe: float = -60.0) -> float:
    """The time at which the envelope falls ``tpe`` dB below its peak."""
    a = _gauss_rate(fc, bw, bwr)
    return float(np.sqrt(-np.log(10.0 ** (tpe / 20.0)) / a))


def chirp(t: np.ndarray, f0: float = 0.0, t1: float = 1.0, f1: float = 100.0,
          method: str = "linear", phi: float = 0.0, shape: str | None = None,
          complex_output: bool = False) -> np.ndarray:
    """Swept-frequency cosine (see the module docstring); ``phi`` in degrees."""
    phase0 = phi / 360.0 * _TWO_PI
    if method == "linear":
        beta = (f1 - f0) / t1
        cycles = 0.5 * beta * (t * t) + f0 * t
    elif method == "quadratic":
        beta = (f1 - f0) / (t1 * t1)
        vertex_at_zero = True
        if shape is not None:
            upsweep = f1 > f0
            # f0 + beta t^2 opens upward (convex) for an upsweep, downward for a downsweep
            vertex_at_zero = (shape == "convex") == upsweep
        if vertex_at_zero:
            cycles = beta / 3.0 * (t * t * t) + f0 * t
        else:
            # f_i = f1 - beta (t1 - t)^2, integrated from 0
            cycles = f1 * t + beta / 3.0 * ((t1 - t) ** 3 - t1 ** 3)
    elif method == "logarithmic":
        beta = (f1 / f0) ** (1.0 / t1)
        cycles = f0 * (beta ** t - 1.0) / np.log(beta)
    else:  # pragma: no cover - the legacy layer checks the method
        raise ValueError(method)
    arg = _TWO_PI * cycles + phase0
    if complex_output:
        return np.exp(1j * arg)
    return np.cos(arg)


def pulse_train(t: np.ndarray, delays: np.ndarray, gains: np.ndarray, function,
                params=()) -> np.ndarray:
    """``sum_i gains[i] * function(t - delays[i], *params)``."""
    out = np.zeros(t.shape, np.float64)
    for d, g in zip(delays, gains):
        out = out + g * np.asarray(function(t - d, *params), dtype=np.float64)
    return out


def prototype_train(t: np.ndarray, delays: np.ndarray, gains: np.ndarray, pulse: np.ndarray,
                    fs: float = 1.0, method: str = "linear") -> np.ndarray:
    """Delayed, scaled copies of a sampled pulse (sample k at time k/fs), interpolated
    by ``method`` on its span and zero outside it."""
    out = np.zeros(t.shape, np.float64)
    n = pulse.size
    tp = np.arange(n) / fs
    span = (n - 1) / fs
    if n == 1:
        for d, g in zip(delays, gains):
            out = out + np.where(t - d == 0, g * pulse[0], 0.0)
        return out
    f = Interpolant1D(tp, pulse.astype(np.float64), method, extrapolate=False, fill=0.0)
    for d, g in zip(delays, gains):
        dt = t - d
        inside = (dt >= 0) & (dt <= span)
        vals = np.zeros(t.shape, np.float64)
        if inside.any():
            vals[inside] = f(dt[inside])[:, 0]
        out = out + g * vals
    return out


def diric(x: np.ndarray, n: int) -> np.ndarray:
    """Dirichlet (periodic sinc) function of degree ``n``."""
    with np.errstate(invalid="ignore", divide="ignore"):
        out = np.sin(n * x / 2.0) / (n * np.sin(x / 2.0))
        k = x / _TWO_PI
        at = np.mod(x, _TWO_PI) == 0
        out = np.where(at, np.where(np.mod(k * (n - 1), 2) == 0, 1.0, -1.0), out)
    return out.astype(x.dtype)
