"""The smoothing of MATLAB's ``smooth`` (Curve Fitting Toolbox): moving average,
(robust) lowess/loess and Savitzky-Golay fits of a data vector.

Python-shaped: :func:`smooth` takes the data as a 1-D float64 vector, optional
predictor values and keyword-only options (``span``, ``method``, ``degree``); MATLAB's
argument grammar (``smooth(y, span, method, degree)``, ``smooth(x, y, ...)``, the column
result and its class) is parsed by :mod:`compat.matlab.smoothing`.
"""

from __future__ import annotations

import math
from typing import Literal

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.moving import dyadic_reduce

__all__ = ["smooth", "METHODS", "Method"]

Method = Literal["moving", "lowess", "loess", "sgolay", "rlowess", "rloess"]
METHODS: tuple[Method, ...] = ("moving", "lowess", "loess", "sgolay", "rlowess", "rloess")
_ROBUST_ITERATIONS = 5   # "Repeat the previous two steps for a total of five iterations"
_SQRT_EPS = math.sqrt(np.finfo(float).eps)
_CHUNK = 1 << 20


def smooth(y: np.ndarray, x: np.ndarray | None = None, *, span: float | None = None,
           method: Method | None = None, degree=None) -> np.ndarray:
    """Smoothed ``y`` (1-D float64), as MATLAB's ``smooth`` computes it (float64).

    ``x`` (1-D float64, default ``1:n``) need not be sorted; ``span`` (default 5) below
    1 is a fraction of the points; ``method`` defaults to 'moving' for uniform ``x``
    and data without NaN, else 'lowess'; ``degree`` ('sgolay' only, default 2) must be
    a nonnegative integer smaller than the span.
    """
    n = y.size
    if n == 0:
        return np.zeros(0)
    xv = np.arange(1.0, n + 1) if x is None else x
    if xv.size != n:
        raise CompatValueError(f"x and y must have the same number of elements "
                               f"({xv.size} and {n})")
    if method is None:
        method = "moving" if _uniform(xv, y) else "lowess"
    if span is None:
        span = 5.0
    if span < 1:
        span = float(math.ceil(span * n))
    if method == "sgolay":
        if degree is None:
            degree = 2
        d = np.asarray(degree, dtype=float) if not isinstance(degree, str) else None
        if d is None or d.ndim != 0 or not np.isfinite(d) or d < 0 or d != np.floor(d) \
                or d >= span:
            raise CompatValueError(f"degree must be a nonnegative integer smaller than the "
                                   f"span ({span:g}), got {degree!r}")
        degree = int(d)
    elif degree is not None:
        raise CompatTypeError("degree is only used by the 'sgolay' method")

    order = np.argsort(xv, kind="stable")  # NaN x sort to the end, as MATLAB's sort
    xs, ys = xv[order], y[order]
    ok = ~np.isnan(xs)
    out = np.full(n, np.nan)
    xo, yo = xs[ok], ys[ok]
    if xo.size:
        if method == "moving":
            res = _moving(xo, yo, span)
        elif method == "sgolay":
            res = _sgolay(xo, yo, span, degree)
        else:
            res = _lowess(xo, yo, span, quadratic=method.endswith("loess"),
                          robust=method.startswith("r"))
        out[np.flatnonzero(ok)] = res
    result = np.empty(n)
    result[order] = out
    return result


def _uniform(x, y):
    """MATLAB's test: no NaN and |diff(diff(x))| <= eps * max(|x(1)|, |x(end)|)."""
    if np.isnan(x).any() or np.isnan(y).any():
        return False
    if x.size < 3:
        return True
    d2 = np.abs(np.diff(x, 2))
    return bool(np.all(d2 <= np.finfo(float).eps * max(abs(x[0]), abs(x[-1]))))


# --------------------------------------------------------------------------- moving
def _window_sums(v, lo, hi):
    return dyadic_reduce(v[None, :], lo, hi - lo, np.add)[0]


def _moving(x, y, span):
    n = y.size
    span = min(int(math.floor(span)), n)
    nan = np.isnan(y)
    yy = np.where(nan, 0.0, y)
    cnt = (~nan).astype(np.float64)
    i = np.arange(n)
    if not np.any(np.diff(x) == 0):
        width = span - 1 + span % 2          # odd
        half = np.minimum(np.minimum(i, n - 1 - i), (width - 1) // 2)
        lo, hi = i - half, i + half + 1
    else:
        # ties: one value per group of equal x, over whole groups (MATLAB's rule,
        # with the unreduced span)
        start = np.r_[0, np.flatnonzero(np.diff(x) != 0) + 1]
        gid = np.cumsum(np.r_[0, np.diff(x) != 0])
        gstart = start[gid]
        gend = np.r_[start[1:], n][gid] - 1
        hf = np.ceil(np.maximum(0, (span - (gend - gstart + 1)) / 2)).astype(int)
        hf = np.minimum(np.minimum(hf, gstart), n - 1 - gend)
        lo = gstart[gstart - hf]
        hi = gend[gend + hf] + 1
    with np.errstate(invalid="ignore", divide="ignore"):
        return _window_sums(yy, lo, hi) / _window_sums(cnt, lo, hi)


# --------------------------------------------------------------------------- local fits
def _fit(x, y, lo, hi, centre_idx, ncols, weights_fn=None, dmax=None, member=None):
    """Intercepts of local least-squares polynomials, all points at once.

    Point ``p`` fits the samples ``lo[p] <= j < hi[p]`` (where ``member[p, j-lo[p]]``
    if given, and ``y`` not NaN) with ``ncols[p]`` polynomial terms in ``x - x[c]``,
    ``c = centre_idx[p]``; ``weights_fn(d, dmax)`` gives sqrt-weights from distances.
    """
    m = lo.size
    out = np.full(m, np.nan)
    W = int((hi - lo).max()) if m else 0
    ar = np.arange(W)
    step = max(1, _CHUNK // max(W * 3, 1))
    for c0 in range(0, m, step):
        sl = slice(c0, c0 + step)
        idx = lo[sl, None] + ar[None, :]
        valid = idx < hi[sl, None]
        idx = np.minimum(idx, x.size - 1)
        if member is not None:
            valid &= member[sl, :W]
        yv = y[idx]
        valid &= ~np.isnan(yv)
        q = x[idx] - x[centre_idx[sl]][:, None]
        sw = np.where(valid, 1.0, 0.0)
        if weights_fn is not None:
            d = np.abs(q)
            dm = np.where(valid, d, 0.0).max(axis=1) if dmax is None else dmax[sl]
            w = weights_fn(d, dm)
            w = np.where(valid, w, 0.0)
            small = ~np.any(valid & (w >= _SQRT_EPS), axis=1)  # all ~0: unweighted
            w[small] = np.where(valid[small], 1.0, 0.0)
            sw = w
        nc = ncols[sl]
        p = int(nc.max())
        V = np.stack([q ** j for j in range(p)], axis=-1) * sw[..., None]
        V *= (np.arange(p)[None, :] < nc[:, None])[:, None, :]   # fewer terms here
        rhs = np.where(valid, yv, 0.0) * sw
        coef = np.einsum("mpw,mw->mp", np.linalg.pinv(V), rhs)
        res = coef[:, 0]
        res[~valid.any(axis=1)] = np.nan
        out[sl] = res
    return out


def _tricube(d, dmax):
    dm = np.asarray(dmax, dtype=float)[..., None] if np.ndim(dmax) else dmax
    with np.errstate(invalid="ignore", divide="ignore"):
        u = np.where(dm > 0, d / np.where(dm > 0, dm, 1.0), d)
    return np.clip(1.0 - u ** 3, 0.0, None) ** 1.5   # sqrt of the tricube weight


def _knn(x, k, usable):
    """[lo, hi) index ranges (in x) of the k nearest usable points of every x[i]:
    every usable point as close as or closer than the k-th closest one; plus a
    membership mask relative to lo (False for unusable points inside the range)."""
    n = x.size
    pos = np.flatnonzero(usable)
    xs = x[pos]
    m = xs.size
    if m == 0:
        return np.zeros(n, int), np.zeros(n, int), np.zeros((n, 1), bool)
    if m <= k:
        lo = np.full(n, pos[0])
        hi = np.full(n, pos[-1] + 1)
    else:
        p = np.searchsorted(xs, x)
        cand = p[:, None] + np.arange(-k, 1)[None, :]
        cand = np.clip(cand, 0, m - k)
        far = np.maximum(np.abs(x[:, None] - xs[cand]), np.abs(xs[cand + k - 1] - x[:, None]))
        dk = far.min(axis=1)
        a = np.searchsorted(xs, x - dk, side="left")
        b = np.searchsorted(xs, x + dk, side="right")
        a = np.clip(a - 1, 0, m - 1)
        b = np.clip(b + 1, 0, m)
        # exact membership test on |x_j - x_i| <= dk
        W = int((b - a).max())
        idx = np.minimum(a[:, None] + np.arange(W)[None, :], m - 1)
        inside = (np.arange(W)[None, :] < (b - a)[:, None]) & \
            (np.abs(xs[idx] - x[:, None]) <= dk[:, None])
        first = np.argmax(inside, axis=1)
        last = W - 1 - np.argmax(inside[:, ::-1], axis=1)
        lo = pos[a + first]
        hi = pos[a + last] + 1
    W = int((hi - lo).max())
    idx = np.minimum(lo[:, None] + np.arange(W)[None, :], n - 1)
    member_w = usable[idx] & (np.arange(W)[None, :] < (hi - lo)[:, None])
    return lo, hi, member_w


def _lowess(x, y, span, quadratic, robust):
    n = y.size
    span = min(int(math.floor(span)), n)
    if span == 1:
        return y.copy()
    ncols_value = 3 if quadratic else 2
    ncols = np.full(n, ncols_value)
    i = np.arange(n)
    ynan = np.isnan(y)
    if _uniform(x, y):
        span = 2 * (span // 2) + 1                 # an even span covers an odd one
        halfw = (span - 1) // 2
        lo = np.maximum(0, np.minimum(n - span, i - halfw))
        hi = np.minimum(n, np.maximum(span, i + halfw + 1))
        # distances are measured to the span-th point even where it does not exist
        dmax = np.full(n, float(halfw))
        left = i < halfw
        right = (i > n - 1 - halfw) & ~left
        dmax[left] = span - 1 - i[left]
        dmax[right] = span - 1 - (n - 1 - i[right])
        xu = np.arange(n, dtype=float)           # uniform: index units (invariant)
        c = _fit(xu, y, lo, hi, i, ncols, _tricube, dmax=dmax)
        if not robust or span <= 2:
            return c
        member = None
        xfit = xu
    else:
        lo, hi, member = _knn(x, span, ~ynan)
        c = _fit(x, y, lo, hi, i, ncols, _tricube, member=member)
        # tied x: the value of the first of the group (MATLAB reuses c(i-1))
        tie = np.r_[False, np.diff(x) == 0]
        if tie.any():
            first = np.maximum.accumulate(np.where(~tie, i, 0))
            c = c[first]
            lo, hi = lo[first], hi[first]
            member = member[first]
        xfit = x
        if not robust:
            return c
    # robust iterations (bisquare weights on the residuals, 6 MAD)
    tie = np.r_[False, np.diff(x) == 0]
    first = np.maximum.accumulate(np.where(~tie, i, 0))
    eps_scale = 1e8 * np.finfo(float).eps * np.nanmax(np.abs(y))
    W = int((hi - lo).max())
    base_idx = np.minimum(lo[:, None] + np.arange(W)[None, :], n - 1)
    base_member = (np.arange(W)[None, :] < (hi - lo)[:, None]) & ~ynan[base_idx]
    if member is not None:
        base_member &= member[:, :W] if member.shape[1] >= W else \
            np.pad(member, ((0, 0), (0, W - member.shape[1])))
    for _ in range(_ROBUST_ITERATIONS):
        r = y - c
        okr = ~np.isnan(r)
        s = max(eps_scale, float(np.median(np.abs(r[okr])))) if okr.any() else eps_scale
        u = r / (6.0 * s)
        rw = np.where(okr & (np.abs(u) < 1), np.abs(1.0 - u * u), 0.0)  # sqrt weights
        # neighbourhoods holding a zero robust weight: nearest points with rw > 0
        zero_in = np.any(base_member & (rw[base_idx] <= 0), axis=1)
        lo2, hi2, mem2 = lo.copy(), hi.copy(), base_member.copy()
        if zero_in.any():
            klo, khi, kmem = _knn(xfit, span, rw > 0)
            sel = np.flatnonzero(zero_in)
            lo2[sel], hi2[sel] = klo[sel], khi[sel]
            Wk = max(W, kmem.shape[1], int((hi2 - lo2).max()))
            mem2 = np.pad(mem2, ((0, 0), (0, Wk - mem2.shape[1])))
            mem2[sel] = False
            mem2[sel, :kmem.shape[1]] = kmem[sel]
        Wr = int((hi2 - lo2).max())
        new = _fit_rw(xfit, y, lo2, hi2, i, ncols, mem2[:, :Wr], rw)
        new[np.isnan(c)] = np.nan
        c = new[first]
    return c


def _fit_rw(x, y, lo, hi, centre, ncols, member, rw):
    """Robust step: tricube (normalised over the window) times robust sqrt-weights;
    if all tricube weights are ~0 they are replaced by 1 before the robust factor."""
    m = lo.size
    out = np.full(m, np.nan)
    W = member.shape[1]
    ar = np.arange(W)
    step = max(1, _CHUNK // max(W * 3, 1))
    for c0 in range(0, m, step):
        sl = slice(c0, c0 + step)
        idx = np.minimum(lo[sl, None] + ar[None, :], x.size - 1)
        valid = member[sl] & (ar[None, :] < (hi[sl] - lo[sl])[:, None])
        q = x[idx] - x[centre[sl]][:, None]
        d = np.abs(q)
        dm = np.where(valid, d, 0.0).max(axis=1)
        w = np.where(valid, _tricube(d, dm), 0.0)
        small = ~np.any(valid & (w >= _SQRT_EPS), axis=1)
        w[small] = np.where(valid[small], 1.0, 0.0)
        w = w * np.where(valid, rw[idx], 0.0)
        p = int(ncols[sl].max())
        V = np.stack([q ** j for j in range(p)], axis=-1) * w[..., None]
        rhs = np.where(valid, y[idx], 0.0) * w
        coef = np.einsum("mpw,mw->mp", np.linalg.pinv(V), rhs)
        out[sl] = coef[:, 0]
    return out


# --------------------------------------------------------------------------- sgolay
def _sgolay(x, y, span, degree):
    n = y.size
    f = min(int(math.floor(span)), n)
    f -= (f - 1) % 2                                   # odd frame
    nan = np.isnan(y)
    if f <= degree and np.all(np.diff(x) > 0) and not nan.any():
        return y.copy()
    # groups of equal x share one fit over a frame of f points widened to whole groups
    gid = np.cumsum(np.r_[0, np.diff(x) != 0])
    starts = np.r_[0, np.flatnonzero(np.diff(x) != 0) + 1]
    gstart = starts[gid]
    gend = np.r_[starts[1:], n][gid] - 1
    hf = np.ceil(np.maximum(0, (f - (gend - gstart + 1)) / 2)).astype(int)
    L = np.minimum(n - f, np.maximum(0, gstart - hf))
    L = gstart[L]
    R = np.minimum(n - 1, np.maximum(gend + hf, L + f - 1))
    R = gend[R]
    lo, hi = L, R + 1
    W = int((hi - lo).max())
    idx = np.minimum(lo[:, None] + np.arange(W)[None, :], n - 1)
    member = (np.arange(W)[None, :] < (hi - lo)[:, None]) & ~nan[idx]
    # polynomial terms: at most the number of distinct x in the frame
    xv = np.where(member, x[idx], np.nan)
    distinct = np.sum(np.diff(xv, axis=1) > 0, axis=1) + 1
    ncols = np.minimum(degree + 1, distinct)
    c = _fit(x, y, lo, hi, gstart, ncols, member=member)
    return c
