"""MATLAB's multirate functions: ``resample``, ``decimate``, ``interp``, ``downsample``,
``upsample``, ``upfirdn``.

The legacy layer over :mod:`compat._core.multirate`: a vector keeps its orientation, a
matrix is worked down its columns.
"""

from __future__ import annotations

from fractions import Fraction

import numpy as np

from compat._core import multirate
from compat._core.errors import issue_warning
from compat._core.args import at_most_inputs, is_omitted
from compat._core.errors import CompatValueError, MatlabWarning
from compat._core.legacy import matlab_function
from compat._core.matlab_types import is_vector
from compat._core.results import Result
from compat.matlab.signal._signals import (float_signal, nonnegative_integer,
                                           positive_integer, real_scalar)

__all__ = ["resample", "decimate", "interp", "downsample", "upsample", "upfirdn",
           "ResampleResult", "InterpResult"]


def _column_view(X):
    """(2-D columns, restore(Y)) with a vector along its length."""
    if X.ndim <= 1:
        return X.reshape(-1, 1), lambda Y: Y.reshape(-1)
    if X.ndim == 2 and X.shape[0] == 1:
        return X.reshape(-1, 1), lambda Y: Y.reshape(1, -1)
    rest = X.shape[1:]
    return X.reshape(X.shape[0], -1), lambda Y: Y.reshape((Y.shape[0],) + rest)


class ResampleResult(Result):
    """``[y, b] = resample(...)``: the resampled signal and the filter used."""

    request_style = "nargout"
    y: np.ndarray
    b: np.ndarray


@matlab_function("resample", nargout=2)
def resample(x, p, q, *args, nargout=1):
    """Resample at ``p/q`` times the rate with an anti-aliasing FIR, as MATLAB's
    ``resample``.

    MATLAB call forms::

        y = resample(x, p, q)              ->  resample(x, 3, 2)
        y = resample(x, p, q, n)           ->  resample(x, 3, 2, 5)     (filter length)
        y = resample(x, p, q, n, beta)     ->  resample(x, 3, 2, 10, 8) (Kaiser beta)
        y = resample(x, p, q, b)           ->  resample(x, 3, 2, b)     (your filter)
        [y, b] = resample(___)             ->  resample(x, 3, 2, nargout=2)

    ``p/q`` is reduced to lowest terms. MATLAB's filter: ``L = 2*n*max(p,q)+1`` taps
    (``n = 10``) of the least-squares lowpass with its edge at ``1/max(p,q)`` of
    Nyquist, times ``kaiser(L, beta)`` (``beta = 5``), scaled to a passband gain of
    ``p``. ``x`` is upsampled by ``p``, filtered and downsampled by ``q``
    (:func:`upfirdn`), with the filter's delay removed so the output has
    ``ceil(length(x)*p/q)`` samples aligned with the input. A vector along its length,
    a matrix down each column. When ``p/q`` reduces to 1, ``x`` is returned unfiltered
    (and ``b = 1``), as MATLAB does; GNU Octave 7.3 filters it. For a given filter of
    even length the delay ``(length(b)-1)/2`` is a half sample: compat removes
    ``floor(ceil(Lhalf)/q)`` outputs (MATLAB's resample.m rounds the delay up), Octave
    ``floor(Lhalf/q)``, one output fewer in some cases.

    Returns
    -------
    y : ndarray
        The resampled signal (``x``'s orientation, double).
    b : ndarray (``nargout=2``)
        The filter coefficients (1-D).

    Notes
    -----
    ``scipy.signal.resample_poly(x, p, q)`` uses the same method with a different
    filter (``firwin`` length ``2*10*max(p,q)+1`` with a Kaiser beta of 5 but a cutoff
    of ``1/max(p,q)`` scaled differently and its own delay handling), so values differ
    by up to a few percent near the ends; ``scipy.signal.resample`` is FFT-based and
    unrelated. GNU Octave 7.3's ``resample`` designs its own filter (a sinc of
    rejection 60 dB with a roll-off of a tenth of the cutoff), so its default results
    differ from MATLAB's; given MATLAB's filter (``resample(x, p, q, b)``) it applies
    the same delay compensation, which the golden cases use.

    Sources: MATLAB documentation of ``resample`` (syntaxes, "Algorithms": firls and
    kaiser design, delay compensation, output length).

    Examples
    --------
    >>> from compat import matlab
    >>> y = matlab.resample(np.arange(1.0, 11), 3, 2)
    >>> y.size, y[4:8].round(4)
    (15, array([3.7463, 4.2351, 5.003 , 5.8461]))
    """
    X = float_signal(x)
    P = positive_integer(p, "P")
    Q = positive_integer(q, "Q")
    frac = Fraction(P, Q)
    P, Q = frac.numerator, frac.denominator
    n, beta, h = 10, 5.0, None
    at_most_inputs(args, 2)
    if args and not is_omitted(args[0]):
        a0 = np.asarray(args[0])
        if a0.size > 1:
            h = np.asarray(float_signal(args[0], "b"), dtype=float).ravel()
        else:
            n = nonnegative_integer(args[0], "N")
    if len(args) == 2 and not is_omitted(args[1]):
        if h is not None:
            raise CompatValueError("BETA cannot be given with a filter.")
        beta = real_scalar(args[1], "BETA")
    if h is None:
        h = multirate.resample_filter(P, Q, n, beta)
    if X.ndim > 2:
        raise CompatValueError("X must be a vector or a 2-D matrix.")
    cols, restore = _column_view(X)
    if cols.shape[0] == 0:
        return ResampleResult.first(nargout, X.astype(float), h)
    if P == 1 and Q == 1:  # MATLAB returns x unfiltered (and b = 1)
        y = cols.astype(np.result_type(cols, np.float64))
        h = np.ones(1)
    else:
        y = multirate.resample(cols.astype(np.result_type(cols, np.float64)), P, Q, h)
    return ResampleResult.first(nargout, restore(y), h)


@matlab_function("decimate")
def decimate(x, r, *args):
    """Lowpass filter and downsample by an integer factor, as MATLAB's ``decimate``.

    MATLAB call forms::

        y = decimate(x, r)               ->  decimate(x, 4)       (Chebyshev I, order 8)
        y = decimate(x, r, n)            ->  decimate(x, 4, 6)
        y = decimate(x, r, 'fir')        ->  decimate(x, 4, 'fir')   (order 30)
        y = decimate(x, r, n, 'fir')     ->  decimate(x, 4, 20, 'fir')

    IIR (default): ``cheby1(n, 0.05, 0.8/r)`` (its order lowered while the gain at the
    cutoff is off by more than sqrt(2) dB), applied with ``filtfilt`` (zero phase),
    then every ``r``-th sample taken so that the *last* sample of ``x`` is kept
    (``y = yf(nbeg:r:end)``, ``nbeg = r - (r*ceil(N/r) - N)``). FIR: ``fir1(n, 1/r)``
    run one way with the ends extended by odd mirror images, every ``r``-th sample
    taken from the *first* on, compensating the filter's delay.
    ``length(y) = ceil(length(x)/r)``; ``r == 1`` returns ``x``.

    Raises
    ------
    ValueError
        ``x`` not a vector, ``r`` not a positive integer, data too short for the
        filter, or MATLAB's "Bad Chebyshev design" when no order gives a usable filter.

    Notes
    -----
    ``scipy.signal.decimate(x, r)`` uses the same Chebyshev filter but with
    ``filtfilt``'s scipy padding and keeps every ``r``-th sample from the *first*, so
    it is shifted against MATLAB's; its default 'fir' filter is a 20*r+1 tap Hamming
    design. GNU Octave 7.3's ``decimate`` also keeps ``y(1:r:end)`` (recorded in the
    golden cases).

    Sources: MATLAB documentation of ``decimate`` (syntaxes; "Algorithms": Chebyshev
    I order 8 with 0.05 dB ripple at 0.8*(Fs/2)/r, filtfilt for IIR, one-way FIR,
    first point matched for FIR and last point for IIR).

    Examples
    --------
    >>> from compat import matlab
    >>> t = np.arange(0, 40)
    >>> y = matlab.decimate(np.sin(2 * np.pi * t / 20), 4)
    >>> y.size
    10
    """
    X = float_signal(x)
    if not is_vector(X) or X.size == 0:
        raise CompatValueError("X must be a non-empty vector.")
    R = positive_integer(r, "R")
    fir = False
    nums = []
    for a in args:
        if isinstance(a, str):
            key = a.lower()
            if key == "fir":
                fir = True
            elif key == "iir":
                fir = False
            else:
                raise CompatValueError(f"Invalid filter type '{a}': expected 'fir' or "
                                       "'iir'.")
        else:
            nums.append(a)
    at_most_inputs(nums, 1)
    order = None if not nums or is_omitted(nums[0]) else positive_integer(nums[0], "N")
    if R == 1:
        return X.copy()
    cols, restore = _column_view(X)
    data = cols.astype(np.result_type(cols, np.float64))
    if fir:
        y = multirate.decimate_fir(data, R, 30 if order is None else order)
    else:
        order = 8 if order is None else order
        if order > 13:
            issue_warning(MatlabWarning("Chebyshev filter order N > 13 may produce "
                                        "unreliable results.",
                                        "signal:decimate:highorderIIRs"))
        y = multirate.decimate_iir(data, R, order)
    return restore(y)


class InterpResult(Result):
    """``[y, b] = interp(...)``: the interpolated signal and the interpolation filter."""

    request_style = "nargout"
    y: np.ndarray
    b: np.ndarray


@matlab_function("interp", nargout=2)
def interp(x, r, n=None, cutoff=None, *, nargout=1):
    """Increase the sample rate by an integer factor with MATLAB's lowpass
    interpolator, as MATLAB's ``interp``.

    MATLAB call forms::

        y = interp(x, r)                  ->  interp(x, 4)
        y = interp(x, r, n, cutoff)       ->  interp(x, 4, 2, 0.8)
        [y, b] = interp(x, r, n, cutoff)  ->  interp(x, 4, nargout=2)

    ``n`` (default 4) is half the number of original samples each new sample is
    interpolated from; ``cutoff`` (default 0.5, at most 1) the signal's band edge as a
    fraction of Nyquist. The filter ``b`` (``2*n*r+1`` taps, symmetric, the one
    ``intfilt(r, n, cutoff)`` gives) is the least-squares interpolator of the IEEE
    Programs for Digital Signal Processing, Algorithm 8.1 (Oetken, Parks, Schuessler):
    each of the ``r-1`` new samples between two originals is the combination of the
    ``2*n`` nearest originals that minimises the mean-square error for a signal of flat
    spectrum below ``cutoff``; the original samples pass unchanged (``y(1:r:end) ==
    x``). The zero-stuffed signal is filtered with the delay removed, and the ends are
    continued by ``2*n`` samples of their 180-degree rotations (``2*x(1) - x(2n+1:-1:2)``
    before the start, ``2*x(end) - x(end-1:-1:end-2n)`` after the end) as MATLAB's
    interp.m does, so the first and last outputs are interpolated too. ``length(y) =
    r*length(x)``; a vector keeps its orientation.

    Raises
    ------
    ValueError
        ``n < 1``, ``r < 1``, ``cutoff`` outside ``(0, 1]``, ``r`` not an integer, or
        ``x`` shorter than ``2*n+1`` samples (MATLAB's messages).

    Notes
    -----
    GNU Octave 7.3's ``interp`` (signal 1.4.3) is a different filter: ``q*fir1(2*q*n+1,
    cutoff/q)`` (an even number of taps, so a half-sample delay it rounds away) with no
    end treatment; it neither keeps the original samples nor returns ``b``. scipy has
    no equivalent: ``scipy.signal.resample_poly(x, r, 1)`` uses a Kaiser-windowed
    sinc and zero padding at the ends.

    Sources: MATLAB documentation of ``interp`` (syntaxes, defaults, filter length
    ``2*n*r+1``, "Algorithms": Algorithm 8.1 of Programs for Digital Signal Processing,
    IEEE Press 1979, the filter of ``intfilt``); MATLAB's interp.m for the end
    treatment and its error conditions.

    Examples
    --------
    >>> from compat import matlab
    >>> x = np.sin(np.arange(12) / 2)
    >>> y = matlab.interp(x, 2, 2)
    >>> bool(np.all(y[::2] == x)), y[1:6:2].round(4)
    (True, array([0.2475, 0.6818, 0.9492]))
    >>> y, b = matlab.interp(np.sin(np.arange(20) / 3), 4, nargout=2)
    >>> y.size, b.size
    (80, 33)
    """
    X = float_signal(x)
    if not is_vector(X) or X.ndim > 2:
        raise CompatValueError("X must be a vector.")
    rv = real_scalar(r, "R")
    L = 4 if is_omitted(n) else real_scalar(n, "N")
    alpha = 0.5 if is_omitted(cutoff) else real_scalar(cutoff, "CUTOFF")
    if L < 1 or rv < 1 or alpha <= 0 or alpha > 1:
        raise CompatValueError("Input parameters are out of range.")
    if rv != int(rv):
        raise CompatValueError("Resampling rate R must be an integer.")
    if L != int(L):
        raise CompatValueError("N must be a positive integer.")
    R, L = int(rv), int(L)
    if X.size < 2 * L + 1:
        raise CompatValueError(f"Length of data sequence must be at least {2 * L + 1}. You "
                               "either need more data or a shorter filter (N).")
    b = multirate.interp_filter(R, L, alpha)
    flat = X.ravel().astype(np.result_type(X, np.float64))
    y = multirate.interp(flat, R, L, b)
    if X.dtype == np.float32:
        y, b = y.astype(np.float32), b.astype(np.float32)
    if X.ndim == 2:
        y = y.reshape((-1, 1) if X.shape[1] == 1 else (1, -1))
    return InterpResult.first(nargout, y, b)


def _phase_args(n, phase):
    N = positive_integer(n, "N")
    ph = 0 if is_omitted(phase) else nonnegative_integer(phase, "PHASE")
    if ph > N - 1:
        raise CompatValueError("PHASE must be an integer in the range [0, N-1].")
    return N, ph


@matlab_function("downsample")
def downsample(x, n, phase=None):
    """Keep every ``n``-th sample, as MATLAB's ``downsample``: ``x(phase+1:n:end)``
    along a vector's length or down a matrix's columns (``phase`` default 0).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.downsample([1, 2, 3, 4, 5, 6, 7], 3)
    array([1., 4., 7.])
    >>> matlab.downsample([1, 2, 3, 4, 5, 6, 7], 3, 2)
    array([3., 6.])
    """
    X = float_signal(x) if not isinstance(x, np.ndarray) else np.asarray(x)
    N, ph = _phase_args(n, phase)
    cols, restore = _column_view(X)
    return restore(cols[ph::N].copy())


@matlab_function("upsample")
def upsample(x, n, phase=None):
    """Insert ``n-1`` zeros after each sample, as MATLAB's ``upsample``:
    ``length(x)*n`` samples with ``y(phase+1:n:end) = x``.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.upsample([1, 2, 3], 3)
    array([1., 0., 0., 2., 0., 0., 3., 0., 0.])
    """
    X = float_signal(x) if not isinstance(x, np.ndarray) else np.asarray(x)
    N, ph = _phase_args(n, phase)
    cols, restore = _column_view(X)
    Y = np.zeros((cols.shape[0] * N, cols.shape[1]), dtype=cols.dtype)
    Y[ph::N] = cols
    return restore(Y)


@matlab_function("upfirdn")
def upfirdn(x, h, p=1, q=1):
    """Upsample, FIR filter, downsample, as MATLAB's ``upfirdn``.

    MATLAB call forms::

        y = upfirdn(x, h)          ->  upfirdn(x, h)
        y = upfirdn(x, h, p)       ->  upfirdn(x, h, 3)
        y = upfirdn(x, h, p, q)    ->  upfirdn(x, h, 3, 2)

    ``x`` with ``p-1`` zeros after each sample, convolved with ``h``, every ``q``-th
    sample kept from the first: ``ceil(((length(x)-1)*p + length(h))/q)`` samples. A
    matrix ``x`` is filtered column by column; a matrix ``h`` gives one filter per
    column (with a vector ``x``, the vector through every filter).

    Notes
    -----
    ``scipy.signal.upfirdn(h, x, p, q)`` computes the same values but takes the filter
    first and works along the last axis.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.upfirdn([1.0, 2, 3], [1.0, 1], 2)
    array([1., 1., 2., 2., 3., 3.])
    """
    X = float_signal(x)
    H = float_signal(h, "h")
    P = positive_integer(p, "P") if not is_omitted(p) else 1
    Q = positive_integer(q, "Q") if not is_omitted(q) else 1
    if H.size == 0:
        raise CompatValueError("H must be non-empty.")
    if X.ndim > 2 or H.ndim > 2:
        raise CompatValueError("X and H must be vectors or 2-D matrices.")
    cols, restore = _column_view(X)
    data = cols.astype(np.result_type(cols, H, np.float64))
    if is_vector(H):
        return restore(multirate.upfirdn(data, H.ravel().astype(data.dtype), P, Q))
    if cols.shape[1] == 1:
        out = [multirate.upfirdn(data, H[:, j], P, Q)[:, 0] for j in range(H.shape[1])]
        return np.column_stack(out)
    if H.shape[1] != cols.shape[1]:
        raise CompatValueError("H must have as many columns as X.")
    out = [multirate.upfirdn(data[:, [j]], H[:, j], P, Q)[:, 0] for j in range(H.shape[1])]
    return np.column_stack(out)
