"""Kernel density and distribution estimates as MATLAB's ``ksdensity`` computes them
(one-dimensional data, no censoring).

The steps, as MathWorks' ksdensity.m / statkscompute.m / statkskernelinfo.m state them:

* Kernels of unit variance, each with a cut-off (in bandwidths) beyond which data are
  skipped: 'normal' ``exp(-z^2/2)/sqrt(2 pi)`` (4), 'epanechnikov' ``0.75 (1 - z^2/5) /
  sqrt(5)`` (sqrt 5), 'box' ``1/(2 sqrt 3)`` on ``|z| <= sqrt 3`` (sqrt 3), 'triangle'
  ``(1 - |z|/sqrt 6)/sqrt 6`` (sqrt 6), with their cdfs (the normal's ``erfc(-z/sqrt 2)/2``);
  a custom kernel has no cut-off.
* Support: 'unbounded', 'positive' (data through ``log``), ``[L, U]`` (through ``log(y -
  L) - log(U - y)``); with the 'log' boundary correction the estimate is made on that
  scale and a density is multiplied back by ``1/x`` or ``(U - L)/((x - L)(U - x))``;
  'reflection' keeps the data and adds each kernel's reflections about L and U.
* Bandwidth: ``sig (4 / (3 n))^(1/5)`` with ``sig = median(|t - median(t)|) / 0.6745`` of
  the (transformed) data -- the range if that is 0, 1 if both are.
* Default points: ``linspace(min(t) - 3u, max(t) + 3u, 100)`` (the cut-off if below 3),
  mapped back to the data scale.
* Sums: below 30000 kernel evaluations a density is one weighted sum over all the data;
  otherwise (and always for the cdf) the data are sorted and each point sums the data
  from the first at or above ``x - cutoff u`` up to the first beyond ``x + cutoff u``
  (that one included, as MATLAB's scan leaves it), the cdf adding the weights of all
  data below the window.
* ``f / u`` for a density, ``min(1, F)`` for a cdf, ``1 - F`` for the survivor
  function, ``-log(1 - F)`` for the cumulative hazard (NaN where ``1 - F`` is 0).

``scipy.stats.gaussian_kde`` uses Scott's rule on the standard deviation (not the MAD)
and no cut-off; ``sklearn``'s KernelDensity returns logs; neither has the default grid.
"""

from __future__ import annotations

import numpy as np

from compat._core import normal_distribution as normal

__all__ = ["KERNEL_NAMES", "default_bandwidth", "estimate"]

_SQRT5, _SQRT3, _SQRT6 = np.sqrt(5.0), np.sqrt(3.0), np.sqrt(6.0)


def _normal(z):
    return np.exp(-0.5 * (z * z)) / np.sqrt(2 * np.pi)


def _epanechnikov(z):
    z = np.maximum(-_SQRT5, np.minimum(z, _SQRT5))
    return np.maximum(0, 0.75 * (1 - 0.2 * (z * z)) / _SQRT5)


def _box(z):
    return (np.abs(z) <= _SQRT3) / (2 * _SQRT3)


def _triangle(z):
    z = np.abs(z)
    return (z <= _SQRT6) * (1 - z / _SQRT6) / _SQRT6


def _cdf_normal(z):
    return normal.standard_cdf(z)       # ksdensity.m: normcdf


def _cdf_epanechnikov(z):
    a = _SQRT5
    z = np.maximum(-a, np.minimum(z, a))
    return ((z + a) - (z ** 3 + a ** 3) / 15) * 3 / (4 * a)


def _cdf_box(z):
    return np.maximum(0, np.minimum(1, (z + _SQRT3) / (2 * _SQRT3)))


def _cdf_triangle(z):
    a = _SQRT6
    z = np.asarray(z, dtype=np.float64)
    f = np.zeros(z.shape)
    t = (z > -a) & (z < 0)
    f[t] = (a + z[t]) ** 2 / 12
    t = (z >= 0) & (z < a)
    f[t] = 0.5 + z[t] * (2 * a - z[t]) / 12
    f[z > a] = 1
    return f


_KERNELS = {
    "normal": (_normal, _cdf_normal, 4.0),
    "epanechnikov": (_epanechnikov, _cdf_epanechnikov, _SQRT5),
    "box": (_box, _cdf_box, _SQRT3),
    "triangle": (_triangle, _cdf_triangle, _SQRT6),
}
KERNEL_NAMES = tuple(_KERNELS)

_BLOCK = 30000      # MATLAB's "small problem" size: one weighted sum over all the data


def default_bandwidth(t: np.ndarray) -> float:
    """MATLAB's default bandwidth of the (transformed) data ``t``."""
    med = np.median(t)
    sig = np.median(np.abs(t - med)) / 0.6745
    if sig <= 0:
        sig = np.max(t) - np.min(t)
    if sig > 0:
        return float(sig * (4 / (3 * t.size)) ** (1 / 5))
    return 1.0


def _transform(y, low, high, log_correction):
    if not log_correction or (low == -np.inf and high == np.inf):
        return y
    if low == 0 and high == np.inf:
        with np.errstate(divide="ignore"):
            return np.log(np.maximum(0, y))
    y = np.maximum(low, np.minimum(y, high))
    with np.errstate(divide="ignore"):
        x = np.log(y - low) - np.log(high - y)
    return np.where(y == np.inf, np.inf, x)


def _untransform(x, low, high):
    if low == -np.inf and high == np.inf:
        return x
    if low == 0 and high == np.inf:
        return np.exp(x)
    x = np.asarray(x, dtype=np.float64)
    y = x.copy()
    t = x < 0
    e = np.exp(x[t])
    y[t] = (high * e + low) / (e + 1)
    e = np.exp(-x[~t])
    y[~t] = (high + low * e) / (1 + e)
    return y


def _untransform_density(f, low, high, x):
    if low == 0 and high == np.inf:
        return f * (1 / x)
    if high < np.inf:
        return f * ((high - low) / ((x - low) * (high - x)))
    return f


def _kernel_sums(iscdf, tx, t, u, w, kernel, cutoff, low, high, x, log_correction):
    """MATLAB's dokernel for one-dimensional data (the weighted kernel sums)."""
    m, n = tx.size, t.size
    untransform = (not (np.isinf(low) and low < 0) or not np.isinf(high)) and \
        not iscdf and log_correction
    reflect_pdf = not log_correction and not iscdf
    reflect_cdf = not log_correction and iscdf
    if n * m <= _BLOCK and not iscdf:
        z = (tx[None, :] - t[:, None]) / u
        if reflect_pdf:
            zl = (tx[None, :] + t[:, None] - 2 * low) / u
            zr = (tx[None, :] + t[:, None] - 2 * high) / u
            k = kernel(z) + kernel(zl) + kernel(zr)
        else:
            k = kernel(z)
        k = np.asarray(k, dtype=np.float64)
        if untransform:
            k = _untransform_density(k, low, high, x[None, :])
        return w @ k
    order = np.argsort(t, kind="stable")
    t, w = t[order], w[order]
    f = np.zeros(m)

    def combine(values, ws, xk, first, last):
        """The kernel part of the estimate at one point (data first..last)."""
        z = (xk - values) / u
        if reflect_pdf or reflect_cdf:
            zl = (xk + values - 2 * low) / u
            zr = (xk + values - 2 * high) / u
        if reflect_pdf:
            return ws @ (kernel(z) + kernel(zl) + kernel(zr))
        if reflect_cdf:
            fk = ws @ kernel(z) + np.sum(w[:first])
            if first == 0:
                fk = fk + ws @ kernel(zl) + np.sum(w[last + 1:])
            else:
                fk = fk + np.sum(w)
            if last == n - 1:
                fk = fk + ws @ kernel(zr)
            return fk
        fk = ws @ np.asarray(kernel(z), dtype=np.float64)
        if iscdf:
            fk = fk + np.sum(w[:first])
        return fk

    reduction = 0.0
    if np.isinf(cutoff):
        if reflect_cdf:
            reduction = _cdf_reduction(low, high, u, np.inf, t, w, kernel)
        for k in range(m):
            z = (tx[k] - t) / u
            if reflect_pdf or reflect_cdf:
                zl = (tx[k] + t - 2 * low) / u
                zr = (tx[k] + t - 2 * high) / u
                f[k] = w @ (kernel(z) + kernel(zl) + kernel(zr)) - reduction
            else:
                f[k] = w @ np.asarray(kernel(z), dtype=np.float64)
    else:
        sorted_at = np.argsort(tx, kind="stable")
        stx = tx[sorted_at]
        half = cutoff * u
        if reflect_cdf:
            reduction = _cdf_reduction(low, high, u, half, t, w, kernel)
        start = end = 0
        for k in range(m):
            lo = stx[k] - half
            while t[start] < lo and start < n - 1:
                start += 1
            hi = stx[k] + half
            end = max(end, start)
            while t[end] <= hi and end < n - 1:
                end += 1
            near = slice(start, end + 1)
            f[k] = combine(t[near], w[near], stx[k], start, end) - reduction
        out = np.empty(m)
        out[sorted_at] = f
        f = out
    if untransform:
        f = _untransform_density(f, low, high, x)
    return f


def _cdf_reduction(low, high, u, half, t, w, kernel):
    n = t.size
    end = 0
    hi = low + half
    while t[end] <= hi and end < n - 1:
        end += 1
    near = slice(0, end + 1)
    z = (low - t[near]) / u
    zl = (t[near] - low) / u
    zr = (low + t[near] - 2 * high) / u
    if end == n - 1:
        return w[near] @ (kernel(z) + kernel(zl) + kernel(zr))
    return w[near] @ (kernel(z) + kernel(zl)) + np.sum(w[end + 1:])


def estimate(y: np.ndarray, points: np.ndarray | None = None, *, kernel="normal",
             bandwidth: float | None = None, support=(-np.inf, np.inf),
             weights: np.ndarray | None = None, function: str = "pdf",
             npoints: int = 100, reflection: bool = False, cutoff: float | None = None,
             linspace=None):
    """``(f, x, u)``: the estimate ``f`` at the points ``x`` (the default grid when
    ``points`` is None) with bandwidth ``u``. ``y`` is 1-D without NaN; ``weights``
    sums to 1; ``support`` is ``(L, U)``; ``kernel`` a name or a callable (pdf or cdf,
    as ``function`` asks); ``linspace(a, b, n)`` is MATLAB's."""
    low, high = float(support[0]), float(support[1])
    log_correction = not reflection
    iscdf = function in ("cdf", "survivor", "cumhazard")
    if callable(kernel):
        kfun, kcut = kernel, np.inf
    else:
        pdf, cdf, kcut = _KERNELS[kernel]
        kfun = cdf if iscdf else pdf
    if cutoff is None:
        cutoff = kcut
    n = y.size
    w = np.full(n, 1.0 / n) if weights is None else weights
    t = _transform(y, low, high, log_correction)
    u = default_bandwidth(t) if bandwidth is None else float(bandwidth)
    fold = min(cutoff, 3)
    if points is None:
        lo = np.min(t) - fold * u
        hi = np.max(t) + fold * u
        if log_correction:
            lo = float(_untransform(np.array([lo]), low, high)[0])
            hi = float(_untransform(np.array([hi]), low, high)[0])
        else:
            lo, hi = max(lo, low), min(hi, high)
        x = linspace(lo, hi, npoints)
    else:
        x = np.array(points, dtype=np.float64)         # a copy: xi is an output
    shape = x.shape
    xv = x.reshape(-1)
    fout = np.zeros(xv.size)
    if iscdf and np.isfinite(high):
        fout[xv >= high] = np.sum(w)
    if low == -np.inf and high == np.inf:
        inside = np.ones(xv.size, dtype=bool)
    elif low == 0 and high == np.inf:
        inside = xv > 0
    else:
        inside = (xv > low) & (xv < high)
    xin = xv[inside]
    if xin.size:
        tx = _transform(xin, low, high, log_correction)
        f = _kernel_sums(iscdf, tx, t, u, w, kfun, cutoff, low, high, xin, log_correction)
        f = np.minimum(1, f) if iscdf else f / u
        fout[inside] = f
    if function == "survivor":
        fout = 1 - fout
    elif function == "cumhazard":
        fout = 1 - fout
        positive = fout > 0
        with np.errstate(divide="ignore"):
            fout = np.where(positive, -np.log(np.where(positive, fout, 1)), np.nan)
    return fout.reshape(shape), x, u
