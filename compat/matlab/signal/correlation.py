"""MATLAB's correlation and convolution helpers of the Signal Processing Toolbox:
``xcorr``, ``xcov``, ``fftfilt``, ``convmtx``, ``cconv``.

The legacy layer over :func:`compat._core.signal_time.correlate_columns` and numpy.
"""

from __future__ import annotations

import numpy as np
import scipy.signal

from compat._core.args import at_most_inputs, is_omitted
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import is_vector
from compat._core.results import Result
from compat._core.signal_time import correlate_columns
from compat.matlab.signal._signals import float_signal, nonnegative_integer, positive_integer

__all__ = ["xcorr", "xcov", "fftfilt", "convmtx", "cconv", "XcorrResult"]

_SCALES = ("none", "biased", "unbiased", "normalized", "coeff")


class XcorrResult(Result):
    """``[r, lags] = xcorr(...)``: the correlation and its lags."""

    request_style = "nargout"
    r: np.ndarray
    lags: np.ndarray


def _parse(x, args):
    y, maxlag, scale = None, None, "none"
    nums = []
    for a in args:
        if isinstance(a, str):
            key = a.lower()
            if key not in _SCALES:
                raise CompatValueError(f"Invalid scale option '{a}': expected 'none', "
                                       "'biased', 'unbiased', 'normalized' or 'coeff'.")
            scale = "normalized" if key == "coeff" else key
        else:
            nums.append(a)
    at_most_inputs(nums, 2)
    X = float_signal(x)
    if len(nums) == 2:
        y, maxlag = nums
    elif len(nums) == 1:
        a = nums[0]
        arr = np.asarray(a) if not is_omitted(a) else None
        # a scalar is maxlag (MATLAB's rule: xcorr(x, 5) is a maximum lag)
        if arr is not None and arr.size == 1 and X.size > 1:
            maxlag = a
        else:
            y = a
    if is_omitted(y):
        y = None
    return X, y, maxlag, scale


def _scale(r, scale, M, maxlag, rxx0, ryy0):
    if scale == "biased":
        return r / M
    if scale == "unbiased":
        lags = np.abs(np.arange(-maxlag, maxlag + 1))
        d = (M - lags).astype(float)
        d[d <= 0] = np.inf  # lags past the data: zero correlation, stays 0
        return r / d[:, None] if r.ndim == 2 else r / d
    if scale == "normalized":
        return r / np.sqrt(rxx0 * ryy0)
    return r


def _correlate(x, args, nargout, remove_mean):
    X, y, maxlag, scale = _parse(x, args)
    if y is None:
        if X.ndim > 2:
            raise CompatValueError("X must be a vector or a 2-D matrix.")
        if is_vector(X):
            cols = X.reshape(-1, 1)
            row = X.ndim == 1 or X.shape[0] == 1
            pairs = [(0, 0)]
        else:
            cols = X
            row = False
            P = X.shape[1]
            pairs = [(i, j) for i in range(P) for j in range(P)]
        Ycols = cols
    else:
        Y = float_signal(y, "y")
        if not (is_vector(X) and is_vector(Y)):
            raise CompatValueError("X and Y must be vectors when two signals are given.")
        row = X.ndim == 1 or (X.ndim == 2 and X.shape[0] == 1 and X.size > 1)
        xs, ys = X.ravel(), Y.ravel()
        if xs.size != ys.size and scale != "none":
            raise CompatValueError("SCALEOPT must be 'none' for different length vectors.")
        if remove_mean and xs.size and ys.size:
            xs, ys = xs - xs.mean(), ys - ys.mean()
            remove_mean = False  # the shorter vector is padded after its mean is removed
        M = max(xs.size, ys.size)
        xs = np.concatenate([xs, np.zeros(M - xs.size, xs.dtype)])
        ys = np.concatenate([ys, np.zeros(M - ys.size, ys.dtype)])
        cols = xs.reshape(-1, 1)
        Ycols = ys.reshape(-1, 1)
        pairs = [(0, 0)]
    M = cols.shape[0]
    if is_omitted(maxlag):
        L = M - 1
    else:
        L = nonnegative_integer(maxlag, "Maximum lag")
    if M == 0:
        L = 0 if is_omitted(maxlag) else L
    if remove_mean and M:
        cols = cols - cols.mean(axis=0)
        Ycols = Ycols - Ycols.mean(axis=0)
    dtype = np.result_type(cols, Ycols, np.float64)
    single = np.result_type(cols, Ycols) in (np.float32, np.complex64)
    out = np.zeros((2 * L + 1, len(pairs)), dtype=dtype)
    if M:
        for c, (i, j) in enumerate(pairs):
            xi = cols[:, i].astype(dtype)
            yj = Ycols[:, j].astype(dtype)
            r = correlate_columns(xi, yj, L)
            if scale == "normalized":
                r = r / np.sqrt(np.vdot(xi, xi).real * np.vdot(yj, yj).real)
            elif scale != "none":
                r = _scale(r, scale, M, L, None, None)
            out[:, c] = r
    if single:
        out = out.astype(np.complex64 if dtype.kind == "c" else np.float32)
    if len(pairs) == 1:
        r = out[:, 0]
        if X.ndim == 2 and not row:
            r = r.reshape(-1, 1)
        elif X.ndim == 2:
            r = r.reshape(1, -1)
    else:
        r = out
    lags = np.arange(-L, L + 1, dtype=float)
    if X.ndim == 2:
        lags = lags.reshape(1, -1)
    return XcorrResult.first(nargout, r, lags)


@matlab_function("xcorr", nargout=2)
def xcorr(x, *args, nargout=1):
    """Cross-correlation, as MATLAB's ``xcorr``.

    MATLAB call forms::

        r = xcorr(x, y)                  ->  xcorr(x, y)
        r = xcorr(x)                     ->  xcorr(x)           (autocorrelation)
        r = xcorr(___, maxlag)           ->  xcorr(x, y, 10)    xcorr(x, 10)
        r = xcorr(___, scaleopt)         ->  xcorr(x, y, 'normalized')
        [r, lags] = xcorr(___)           ->  xcorr(x, nargout=2)

    ``R(m) = sum_n x(n+m) conj(y(n))`` for the lags ``m = -maxlag..maxlag`` (default
    ``maxlag = M-1``, ``M`` the longer length; the shorter vector is padded with
    zeros; lags past the data are 0). A matrix ``x`` alone gives every pair of
    columns: column ``(i-1)*P + j`` of ``r`` is ``xcorr(x(:,i), x(:,j))``.

    Parameters
    ----------
    scaleopt : {'none', 'biased', 'unbiased', 'normalized', 'coeff'}
        ``R/M``; ``R(m)/(M-|m|)``; ``R/sqrt(Rxx(0) Ryy(0))`` (``'coeff'`` is
        ``'normalized'``). Scaling needs ``x`` and ``y`` of one length.

    Returns
    -------
    r : ndarray
        ``2*maxlag+1`` values, oriented as ``x`` (a 1-D ``x`` gives 1-D); for a matrix
        ``(2*maxlag+1) x P^2``. Real for real data.
    lags : ndarray
        The lags, a double row (1-D for a 1-D ``x``).

    Notes
    -----
    ``numpy.correlate(x, y, 'full')`` and ``scipy.signal.correlate`` return the same
    values (lag ``-(M-1)`` first) but only for equal-length handling of their own: they
    do not pad the shorter vector to a symmetric lag range, have no maxlag, scaling or
    lags output, and on a matrix correlate in 2-D instead of column pairs.

    Sources: MATLAB documentation of ``xcorr`` (definition, maxlag, scaleopt, matrix
    input column order).

    Examples
    --------
    >>> from compat import matlab
    >>> r, lags = matlab.xcorr([1.0, 2, 3], nargout=2)
    >>> r, lags
    (array([ 3.,  8., 14.,  8.,  3.]), array([-2., -1.,  0.,  1.,  2.]))
    >>> matlab.xcorr([1.0, 2, 3], [1.0, 1], 1)   # [1 1] padded to [1 1 0]
    array([1., 3., 5.])
    """
    return _correlate(x, args, nargout, remove_mean=False)


@matlab_function("xcov", nargout=2)
def xcov(x, *args, nargout=1):
    """Cross-covariance, as MATLAB's ``xcov``: :func:`xcorr` of the signals with their
    means removed (every call form and option of ``xcorr``).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.xcov([1.0, 2, 3])
    array([-1.,  0.,  2.,  0., -1.])
    """
    return _correlate(x, args, nargout, remove_mean=True)


@matlab_function("fftfilt")
def fftfilt(b, x, n=None):
    """FIR filtering by FFT overlap-add, as MATLAB's ``fftfilt``: the values of
    ``filter(b, 1, x)``.

    MATLAB call forms::

        y = fftfilt(b, x)        ->  fftfilt(b, x)
        y = fftfilt(b, x, n)     ->  fftfilt(b, x, 1024)   (FFT length: a hint only)

    A vector ``x`` is filtered along its length, a matrix down each column; a matrix
    ``b`` with a vector ``x`` filters ``x`` with each column of ``b``, and a matrix
    ``b`` with a matrix ``x`` of as many columns filters column by column.

    Returns
    -------
    ndarray
        Same size as ``x`` (or as ``b``'s columns with a vector ``x``); real for real
        data.

    Notes
    -----
    The result is computed with scipy's overlap-add convolution; its rounding differs
    from ``filter``'s direct sums by FFT rounding, as MATLAB's does.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.fftfilt([1.0, 1], [1.0, 2, 3, 4]).round(12)
    array([1., 3., 5., 7.])
    """
    B = float_signal(b, "b")
    X = float_signal(x)
    if not is_omitted(n):
        positive_integer(n, "N")
    xvec = is_vector(X)
    if B.size == 0:
        raise CompatValueError("b must be non-empty.")
    if is_vector(B):
        Bc = B.reshape(-1, 1)
    else:
        Bc = B
    if xvec:
        row = X.ndim == 1 or X.shape[0] == 1
        Xc = X.reshape(-1, 1)
    else:
        row = False
        Xc = X.reshape(X.shape[0], -1)
    if Bc.shape[1] > 1 and Xc.shape[1] > 1 and Bc.shape[1] != Xc.shape[1]:
        raise CompatValueError("The filter matrix B must have as many columns as X.")
    N = Xc.shape[0]
    C = max(Bc.shape[1], Xc.shape[1])
    Xb = np.broadcast_to(Xc, (N, C))
    Bb = np.broadcast_to(Bc, (Bc.shape[0], C))
    if N == 0:
        return X.copy()
    y = scipy.signal.oaconvolve(Xb, Bb, mode="full", axes=0)[:N]
    if not (np.iscomplexobj(B) or np.iscomplexobj(X)):
        y = y.real
    if C == 1 and xvec:
        return y[:, 0].reshape(X.shape)
    if xvec and row and Bc.shape[1] > 1:
        return y
    return y.reshape((N,) + X.shape[1:]) if not xvec else y


@matlab_function("convmtx")
def convmtx(h, n):
    """Convolution matrix, as MATLAB's ``convmtx``.

    MATLAB call forms::

        A = convmtx(c, n)    (c a column)  ->  (m+n-1) x n: A*x == conv(c, x)
        A = convmtx(r, n)    (r a row)     ->  n x (m+n-1): x*A == conv(r, x)

    A 1-D ``h`` is a MATLAB row.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.convmtx([1.0, 2], 3)
    array([[1., 2., 0., 0.],
           [0., 1., 2., 0.],
           [0., 0., 1., 2.]])
    """
    H = float_signal(h, "h")
    if not is_vector(H) or H.size == 0:
        raise CompatValueError("The input must be a non-empty vector.")
    cols = nonnegative_integer(n, "n")
    v = H.ravel()
    m = v.size
    A = np.zeros((m + cols - 1, cols), dtype=v.dtype)
    for k in range(cols):
        A[k:k + m, k] = v
    column = H.ndim == 2 and H.shape[1] == 1 and H.shape[0] > 1
    if H.ndim == 2 and H.shape == (1, 1):
        column = False
    return A if column else A.T.copy()


@matlab_function("cconv")
def cconv(a, b, n=None):
    """Modulo-``n`` circular convolution, as MATLAB's ``cconv``.

    MATLAB call forms::

        c = cconv(a, b)      ->  cconv(a, b)      (n = length(a)+length(b)-1: conv)
        c = cconv(a, b, n)   ->  cconv(a, b, 4)

    The linear convolution wrapped around modulo ``n`` (terms past ``n`` added back
    from the start), padded with zeros when ``n`` is longer.

    Returns
    -------
    ndarray
        ``n`` values: a row (1-D), or a column when both inputs are columns.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.cconv([2.0, 1, 2, 1], [1.0, 2, 3, 4], 4)   # MATLAB's documentation example
    array([14., 16., 14., 16.])
    """
    A = float_signal(a, "a")
    B = float_signal(b, "b")
    if not (is_vector(A) and is_vector(B)):
        raise CompatValueError("A and B must be vectors.")
    av, bv = A.ravel(), B.ravel()
    full = np.convolve(av, bv) if av.size and bv.size else np.zeros(0)
    size = av.size + bv.size - 1 if is_omitted(n) else positive_integer(n, "N")
    out = np.zeros(size, dtype=full.dtype if full.size else np.float64)
    for start in range(0, full.size, size):
        chunk = full[start:start + size]
        out[:chunk.size] += chunk
    both_columns = all(v.ndim == 2 and v.shape[1] == 1 and v.shape[0] > 1 for v in (A, B))
    if both_columns:
        return out.reshape(-1, 1)
    if A.ndim == 2 or B.ndim == 2:
        return out.reshape(1, -1)
    return out
