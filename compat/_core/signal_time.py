"""Time-domain signal cores: polynomial detrending, the running median of ``medfilt1``,
and the lagged products of ``xcorr``/``xcov``.

Python-shaped: every function works on the columns of a 2-D ``(n, channels)`` array (the
MATLAB layer moves the working dimension first and restores the caller's layout), with
keyword-only options and no MATLAB argument grammar.

* :func:`trend_basis` / :func:`detrend_columns` -- least-squares removal of a polynomial
  of degree ``n`` in the sample index ``t = 1..N``, optionally continuous and piecewise
  with breakpoints: the basis is ``t^0 .. t^n`` plus, for every breakpoint ``b`` inside
  the data, the truncated powers ``max(t - b, 0)^k``, ``k = 1..n`` (value continuity at
  ``b``; for ``n = 1`` this is MATLAB's classic piecewise-linear regressor, columns
  ``(t - b)_+`` that start at sample ``b + 1``). The fit is an orthogonal projection
  computed with a QR factorisation of the basis on a centred and scaled abscissa, which
  spans the same space as MATLAB's ``t`` (results agree to rounding) and keeps high
  degrees well conditioned.
* :func:`running_median` -- the median of the ``n`` samples
  ``x(k - floor(n/2)) .. x(k + ceil(n/2) - 1)`` (MATLAB's medfilt1 window: odd ``n``
  centred, even ``n`` one more sample before than after), with zero padding or a
  truncated window at the ends and NaN either propagated or skipped.
* :func:`correlate_columns` -- ``R(m) = sum_k x(k+m) conj(y(k))`` for ``m = -L..L``.
"""

from __future__ import annotations

import numpy as np
import scipy.ndimage
import scipy.signal
from numpy.lib.stride_tricks import sliding_window_view

__all__ = ["trend_basis", "detrend_columns", "running_median", "correlate_columns"]


def trend_basis(n_samples: int, degree: int, breakpoints=(), *,
                continuous: bool = True) -> np.ndarray:
    """The ``(n_samples, p)`` regressor of a (piecewise) polynomial trend in
    ``t = 1..n_samples`` (see the module docstring)."""
    t = np.arange(1, n_samples + 1, dtype=float)
    centre = (n_samples + 1) / 2
    scale = max((n_samples - 1) / 2, 1.0)
    u = (t - centre) / scale
    cols = [u ** k for k in range(degree + 1)]
    bps = [b for b in np.unique(np.asarray(breakpoints, dtype=float))
           if 1 <= b < n_samples]
    for b in bps:
        v = np.maximum(t - b, 0) / scale
        if continuous:
            cols.extend(v ** k for k in range(1, degree + 1))
        else:
            right = (t > b).astype(float)
            cols.extend(right * u ** k for k in range(degree + 1))
    return np.column_stack(cols) if cols else np.zeros((n_samples, 0))


def _project_out(A: np.ndarray, X: np.ndarray) -> np.ndarray:
    q, r = np.linalg.qr(A)
    keep = np.abs(np.diag(r)) > 1e-12 * max(1.0, np.abs(r).max())
    q = q[:, keep]
    return X - q @ (q.conj().T @ X)


def detrend_columns(X: np.ndarray, degree: int, breakpoints=(), *, continuous: bool = True,
                    omitnan: bool = False) -> np.ndarray:
    """Each column of ``X`` minus its least-squares trend of ``degree``.

    With ``omitnan`` the trend of a column is fitted to its non-NaN samples only and
    NaN samples stay NaN; otherwise a column holding NaN becomes all NaN (the
    least-squares solution of data with a NaN is NaN).
    """
    n = X.shape[0]
    A = trend_basis(n, degree, breakpoints, continuous=continuous)
    A = A.astype(np.result_type(A, X))
    nan_rows = np.isnan(X)
    if not nan_rows.any():
        return _project_out(A, X)
    out = np.empty_like(X)
    clean = ~nan_rows.any(axis=0)
    if clean.any():
        out[:, clean] = _project_out(A, X[:, clean])
    for j in np.flatnonzero(~clean):
        col = X[:, j]
        if not omitnan:
            out[:, j] = np.nan
            continue
        ok = ~np.isnan(col)
        res = np.full(n, np.nan, dtype=X.dtype)
        if ok.any():
            res[ok] = _project_out(A[ok], col[ok, None])[:, 0]
        out[:, j] = res
    return out


def running_median(X: np.ndarray, n: int, *, truncate: bool, omitnan: bool) -> np.ndarray:
    """medfilt1's running median of order ``n`` down the columns of ``X`` (real).

    ``truncate=False`` pads with zeros (the zeros count as samples); ``True`` takes
    the median of the samples inside the data. A window holding NaN gives NaN unless
    ``omitnan``, which skips the NaN (an all-NaN window gives NaN).
    """
    N, C = X.shape
    before, after = n // 2, n - 1 - n // 2
    if n % 2 == 0:  # even: x(k-n/2) .. x(k+n/2-1)
        before, after = n // 2, n // 2 - 1
    if N > 2 * n and not np.isnan(X).any():
        return _fast_median(X, n, before, after, truncate)
    return _window_median(X, n, before, after, truncate, omitnan)


def _fast_median(X, n, before, after, truncate):
    """NaN-free data: scipy.ndimage's rank filters (their footprint of ``n`` covers
    ``k - n//2 .. k + n - 1 - n//2``, medfilt1's window), zeros outside; the mean of the
    two middle ranks for even ``n``; the truncated end windows recomputed."""
    out = np.empty_like(X)
    for j in range(X.shape[1]):  # 1-D filters: several times faster than a (n, 1) box
        col = np.ascontiguousarray(X[:, j])
        if n % 2:
            out[:, j] = scipy.ndimage.median_filter(col, size=n, mode="constant", cval=0.0)
        else:
            lo = scipy.ndimage.rank_filter(col, n // 2 - 1, size=n, mode="constant",
                                           cval=0.0)
            hi = scipy.ndimage.rank_filter(col, n // 2, size=n, mode="constant", cval=0.0)
            out[:, j] = (lo + hi) / 2
    if truncate:
        N = X.shape[0]
        head = _window_median(X[:before + n], n, before, after, True, False)[:before]
        tail = _window_median(X[N - after - n:], n, before, after, True, False)
        out[:before] = head
        if after:
            out[N - after:] = tail[tail.shape[0] - after:]
    return out


def _window_median(X, n, before, after, truncate, omitnan):
    N, C = X.shape
    pad_value = np.nan if truncate else 0.0
    P = np.concatenate([np.full((before, C), pad_value, X.dtype), X,
                        np.full((after, C), pad_value, X.dtype)])
    out = np.empty_like(X)
    # chunks of rows keep the (rows, n) windows small
    step = max(1, 4_000_000 // max(1, n * C))
    nan_data = np.isnan(X).any()
    for s in range(0, N, step):
        e = min(N, s + step)
        win = sliding_window_view(P[s:e + n - 1], n, axis=0)  # (rows, C, n)
        if truncate or (omitnan and nan_data):
            with np.errstate(all="ignore"), _quiet():
                med = np.nanmedian(win, axis=-1)
            if not omitnan and nan_data:
                # a real NaN in the window propagates (padding NaN does not)
                counts = _window_nan_counts(X, before, after)[s:e]
                med[counts > 0] = np.nan
        else:
            med = np.median(win, axis=-1)
        out[s:e] = med
    return out


def _window_nan_counts(X, before, after):
    isn = np.isnan(X).astype(np.int64)
    c = np.concatenate([np.zeros((1, X.shape[1]), np.int64), np.cumsum(isn, axis=0)])
    N = X.shape[0]
    k = np.arange(N)
    lo = np.clip(k - before, 0, N)
    hi = np.clip(k + after + 1, 0, N)
    return c[hi] - c[lo]


class _quiet:
    def __enter__(self):
        import warnings
        self._w = warnings.catch_warnings()
        self._w.__enter__()
        warnings.simplefilter("ignore", RuntimeWarning)

    def __exit__(self, *exc):
        return self._w.__exit__(*exc)


def correlate_columns(x: np.ndarray, y: np.ndarray, maxlag: int) -> np.ndarray:
    """``R(m) = sum_k x(k+m) conj(y(k))``, ``m = -maxlag..maxlag``, for 1-D ``x`` and
    ``y`` of one length ``M`` (lags beyond ``M-1`` are zero)."""
    M = x.size
    full = scipy.signal.correlate(x, y, mode="full")  # lags -(M-1)..(M-1)
    out = np.zeros(2 * maxlag + 1, dtype=full.dtype)
    keep = min(maxlag, M - 1)
    out[maxlag - keep:maxlag + keep + 1] = full[M - 1 - keep:M + keep]
    return out
