"""All-pole (autoregressive) modelling: the core of MATLAB's ``levinson``, ``aryule`` and
``arburg``.

* :func:`levinson` -- the Levinson-Durbin recursion on an autocorrelation sequence
  ``r(0..n)`` (Hermitian Toeplitz normal equations): for order ``m`` the reflection
  coefficient ``k_m = -(r(m) + sum_{i<m} a_i r(m-i)) / e_{m-1}``, the update
  ``a_i <- a_i + k_m conj(a_{m-i})``, ``a_m = k_m``, and the prediction error
  ``e_m = e_{m-1} (1 - |k_m|^2)``, ``e_0 = r(0)`` (Levinson 1947, Durbin 1960; MATLAB's
  levinson reference page).
* :func:`yule_walker` -- the biased autocorrelation estimate
  ``r(k) = (1/N) sum_n x(n+k) conj(x(n))`` (MATLAB's ``xcorr(x, 'biased')``) through
  :func:`levinson` (MATLAB's aryule).
* :func:`burg` -- Burg's method: forward and backward prediction errors ``f``, ``b``
  (initially ``x(2:N)`` and ``x(1:N-1)``), ``k = -2 b^H f / (f^H f + b^H b)``, the same
  coefficient update, ``e`` from ``x^H x / N`` multiplied by ``1 - |k|^2`` per order, the
  errors updated ``f <- f(2:) + k b(2:)``, ``b <- b(:-1) + conj(k) f(:-1)`` (Burg 1967;
  Kay, Modern Spectral Estimation, 1988, sec. 7.3; MATLAB's arburg).

Every function works on one column (1-D array) and returns ``(a, e, k)``: the monic
polynomial ``[1, a_1 .. a_n]``, the final prediction error (real) and the reflection
coefficients ``k_1 .. k_n``.
"""

from __future__ import annotations

import numpy as np

__all__ = ["levinson", "yule_walker", "burg", "biased_autocorrelation"]


def levinson(r: np.ndarray, n: int):
    """Levinson-Durbin recursion of order ``n`` on ``r(0..n)``."""
    r = np.asarray(r)
    work = np.complex128 if r.dtype.kind == "c" else np.float64
    r = r.astype(work)
    a = np.zeros(n + 1, work)
    a[0] = 1.0
    k = np.zeros(n, work)
    e = r[0].real
    for m in range(1, n + 1):
        acc = r[m] + np.dot(a[1:m], r[m - 1:0:-1])
        km = -acc / e
        prev = a[1:m].copy()
        a[1:m] = prev + km * np.conj(prev[::-1])
        a[m] = km
        k[m - 1] = km
        e = e * (1.0 - (km * np.conj(km)).real)
    return a, float(np.real(e)), k


def biased_autocorrelation(x: np.ndarray, lags: int) -> np.ndarray:
    """``r(k) = (1/N) sum_n x(n+k) conj(x(n))`` for ``k = 0..lags``."""
    N = x.size
    r = np.empty(lags + 1, np.result_type(x.dtype, np.float64))
    for lag in range(lags + 1):
        r[lag] = np.dot(x[lag:], np.conj(x[:N - lag])) / N
    r[0] = r[0].real
    return r


def yule_walker(x: np.ndarray, p: int):
    """Yule-Walker AR(p) fit of one signal."""
    return levinson(biased_autocorrelation(x, p), p)


def burg(x: np.ndarray, p: int):
    """Burg AR(p) fit of one signal."""
    work = np.complex128 if x.dtype.kind == "c" else np.float64
    x = x.astype(work)
    N = x.size
    f = x[1:].copy()
    b = x[:-1].copy()
    e = float(np.real(np.vdot(x, x))) / N
    a = np.zeros(p + 1, work)
    a[0] = 1.0
    k = np.zeros(p, work)
    for m in range(1, p + 1):
        km = -2.0 * np.vdot(b, f) / (np.vdot(f, f).real + np.vdot(b, b).real)
        prev = a[1:m].copy()
        a[1:m] = prev + km * np.conj(prev[::-1])
        a[m] = km
        k[m - 1] = km
        e = e * (1.0 - (km * np.conj(km)).real)
        if m < p:
            f, b = f[1:] + km * b[1:], b[:-1] + np.conj(km) * f[:-1]
    return a, float(e), k
