"""MATLAB's time-domain signal functions: ``detrend``, ``medfilt1``, ``hilbert``,
``envelope``, ``sgolay``, ``sgolayfilt``, ``rms`` and the decibel conversions ``db``,
``mag2db``, ``pow2db``, ``db2mag``, ``db2pow``.

The legacy layer over :mod:`compat._core.signal_time`: MATLAB's argument grammar, a
vector worked along its length and a matrix down its columns.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import issue_warning
from compat._core.args import at_most_inputs, is_omitted
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result
from compat._core.signal_time import detrend_columns, running_median
from compat.matlab.signal._signals import (columns, float_signal, nonnegative_integer,
                                           positive_integer)

__all__ = ["detrend", "medfilt1", "hilbert", "envelope", "sgolay", "sgolayfilt", "rms",
           "db", "mag2db", "pow2db", "db2mag", "db2pow", "EnvelopeResult", "SgolayResult"]


# --------------------------------------------------------------------------- detrend
@matlab_function("detrend", nan_option="with 'omitnan'")
def detrend(x, *args, continuous=None):
    """Remove a polynomial trend, as MATLAB's ``detrend``.

    MATLAB call forms::

        y = detrend(x)                       ->  detrend(x)            (linear)
        y = detrend(x, n)                    ->  detrend(x, 2)         (degree n)
        y = detrend(x, 'constant')           ->  detrend(x, 'constant')  (= degree 0)
        y = detrend(x, 'linear', bp)         ->  detrend(x, 'linear', [50, 120])
        y = detrend(x, n, bp)                ->  detrend(x, 1, bp)
        y = detrend(___, 'omitnan')          ->  detrend(x, 'omitnan')
        y = detrend(___, 'Continuous', false)

    A vector is detrended along its length, a matrix (and an N-D array) down each
    column. The trend is the least-squares polynomial of degree ``n`` in the sample
    index ``t = 1..N``; with breakpoints ``bp`` (sample indices, MATLAB's default sample
    points) it is continuous and piecewise, with a new polynomial piece after each
    breakpoint (the classic piecewise-linear form: ramps ``max(t - bp, 0)``).
    ``'Continuous', false`` lets the pieces jump (a sample ``t > bp`` belongs to the
    piece after ``bp``).

    Parameters
    ----------
    x : array_like
        Real or complex data.
    n : int or {'constant', 'linear'}, optional
        Degree of the trend (default 1, ``'linear'``; ``'constant'`` is 0).
    bp : vector, optional
        Breakpoints; those outside ``1 <= bp < N`` are ignored.
    'omitnan' / 'includenan' : optional
        Fit each column to its non-NaN samples (NaN stays NaN), or (default) let a NaN
        make its column NaN.

    Returns
    -------
    ndarray
        ``x`` minus its trend, same size and class (single stays single).

    Notes
    -----
    ``scipy.signal.detrend(x, type='linear', bp=...)`` fits *discontinuous* pieces
    (each segment its own line) and works along the last axis; MATLAB's pieces are
    continuous and it works down the columns. GNU Octave 7.3's ``detrend(x, p)`` takes
    no breakpoints.

    Sources: MATLAB documentation of ``detrend`` (syntaxes, "continuous, piecewise
    trend", 'Continuous', nanflag; example "Continuous Quadratic Trend").

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.detrend([1.0, 2, 4, 3]).round(4)
    array([-0.3, -0.1,  1.1, -0.7])
    >>> matlab.detrend([1.0, 2, 4, 3], 'constant')
    array([-1.5, -0.5,  1.5,  0.5])
    """
    X = float_signal(x)
    degree, bp, omitnan = 1, (), False
    rest = list(args)
    positional = 0
    i = 0
    while i < len(rest):
        opt = rest[i]
        if isinstance(opt, str):
            key = opt.lower()
            if key in ("omitnan", "includenan"):
                omitnan = key == "omitnan"
            elif key == "continuous" and i + 1 < len(rest):
                continuous = rest[i + 1]
                i += 1
            elif key in ("constant", "linear") and positional == 0:
                degree = 0 if key == "constant" else 1
                positional = 1
            elif key in ("samplepoints", "datavariables", "replacevalues"):
                raise CompatValueError(f"The '{opt}' name-value argument is not "
                                       "supported by compat's detrend.")
            else:
                raise CompatValueError(f"Invalid option '{opt}': expected a degree, "
                                       "'constant', 'linear', 'omitnan', 'includenan' "
                                       "or 'Continuous'.")
        elif positional == 0:
            if not is_omitted(opt):
                degree = nonnegative_integer(opt, "Polynomial degree")
            positional = 1
        elif positional == 1:
            if not is_omitted(opt):
                b = matlab_array(opt, "bp", complex_ok=False, to_float=True)
                bp = np.asarray(b, float).ravel()
                if not np.all(np.isfinite(bp)):
                    raise CompatValueError("Breakpoints must be finite.")
            positional = 2
        else:
            raise CompatValueError("Too many input arguments.")
        i += 1
    cont = True
    if continuous is not None:
        cont = bool(np.asarray(continuous).ravel()[0]) if not isinstance(continuous, str) \
            else continuous.lower() in ("true", "on")
    if X.size == 0:
        return X.copy()
    cols = _along_columns(X)
    Y = detrend_columns(cols.data, degree, bp, continuous=cont, omitnan=omitnan)
    return cols.back(Y.astype(X.dtype, copy=False))


def _along_columns(X):
    """A vector along its length, anything else down dimension 1 (detrend's rule)."""
    if X.ndim == 2 and X.shape[0] == 1:
        return columns(X, 2)
    return columns(X, 1)


# --------------------------------------------------------------------------- medfilt1
@matlab_function("medfilt1", nan_option="with 'omitnan'")
def medfilt1(x, n=3, *rest):
    """1-D median filter, as MATLAB's ``medfilt1``.

    MATLAB call forms::

        y = medfilt1(x)                      ->  medfilt1(x)          (n = 3)
        y = medfilt1(x, n)                   ->  medfilt1(x, 5)
        y = medfilt1(x, n, blksz, dim)       ->  medfilt1(x, 5, [], 2)
        y = medfilt1(___, nanflag, padding)  ->  medfilt1(x, 4, 'omitnan', 'truncate')

    ``y(k)`` is the median of ``x(k-(n-1)/2) .. x(k+(n-1)/2)`` for odd ``n`` and of
    ``x(k-n/2) .. x(k+n/2-1)`` for even ``n`` (the mean of the two middle values when
    the count is even). ``'zeropad'`` (default) takes samples outside the signal as
    zeros; ``'truncate'`` takes the median of the samples inside. ``'includenan'``
    (default) makes a window holding NaN give NaN; ``'omitnan'`` skips the NaN.

    Parameters
    ----------
    x : array_like
        Real data; filtered along ``dim`` (default: the first non-singleton dimension,
        a 1-D array along its length).
    n : int, optional
        Window length (default 3).
    blksz : ignored
        MATLAB's obsolete block size (``[]``).
    dim : int, optional
        MATLAB's 1-based dimension.

    Returns
    -------
    ndarray
        Same size and class as ``x``.

    Notes
    -----
    ``scipy.signal.medfilt(x, n)`` needs an odd ``n``, always zero-pads and works on
    the flattened N-D array (``scipy.ndimage.median_filter`` mirrors at the ends);
    neither has MATLAB's even window or NaN options.

    Sources: MATLAB documentation of ``medfilt1`` (window for odd and even ``n``,
    'zeropad'/'truncate', 'includenan'/'omitnan', dim).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.medfilt1([4.0, 1, 5, 2, 8, 3])
    array([1., 4., 2., 5., 3., 3.])
    >>> matlab.medfilt1([4.0, 1, 5, 2, 8, 3], 3, 'truncate')
    array([2.5, 4. , 2. , 5. , 3. , 5.5])
    """
    if isinstance(n, str):
        rest = (n,) + rest
        n = None
    opts = [o for o in rest if isinstance(o, str)]
    nums = [o for o in rest if not isinstance(o, str)]
    at_most_inputs(nums, 2)
    dim_value = nums[1] if len(nums) == 2 and not is_omitted(nums[1]) else None
    truncate, omitnan = False, False
    for o in opts:
        key = o.lower()
        if key in ("zeropad", "truncate"):
            truncate = key == "truncate"
        elif key in ("omitnan", "includenan"):
            omitnan = key == "omitnan"
        else:
            raise CompatValueError(f"Invalid option '{o}': expected 'zeropad', 'truncate', "
                                   "'omitnan' or 'includenan'.")
    X = matlab_array(x, "x", complex_ok=False, to_float=False)
    out_dtype = X.dtype if X.dtype.kind == "f" else np.float64
    if X.dtype.kind != "f":
        X = X.astype(np.float64)
    order = 3 if is_omitted(n) else positive_integer(n, "Order N")
    if X.size == 0:
        return X.astype(out_dtype)
    cols = columns(X, dim_value, "medfilt1")
    if cols.data.shape[0] == 0:
        return X.astype(out_dtype)
    Y = running_median(cols.data.astype(np.float64), order, truncate=truncate,
                       omitnan=omitnan)
    return cols.back(Y).astype(out_dtype)


# --------------------------------------------------------------------------- hilbert
def _hilbert_columns(X: np.ndarray, n: int) -> np.ndarray:
    F = np.fft.fft(X, n, axis=0)
    h = np.zeros(n)
    if n > 0:
        h[0] = 1
        if n % 2 == 0:
            h[1:n // 2] = 2
            h[n // 2] = 1
        else:
            h[1:(n + 1) // 2] = 2
    return np.fft.ifft(F * h[:, None], axis=0)


@matlab_function("hilbert")
def hilbert(xr, n=None):
    """Discrete-time analytic signal, as MATLAB's ``hilbert``.

    MATLAB call forms::

        x = hilbert(xr)        ->  hilbert(xr)
        x = hilbert(xr, n)     ->  hilbert(xr, 64)    (n-point FFT: pads or truncates)

    ``ifft(fft(xr) .* h)`` with ``h = [1, 2 ... 2, 1, 0 ... 0]`` (the Nyquist bin, for
    even ``n``, kept at 1): the real part is ``xr``, the imaginary part its Hilbert
    transform. A vector along its length, a matrix down each column; the imaginary
    part of a complex ``xr`` is discarded first (MATLAB warns).

    Returns
    -------
    ndarray
        Complex, ``n`` samples per column, ``xr``'s orientation; single for single.

    Notes
    -----
    ``scipy.signal.hilbert`` computes the same thing along the *last* axis (a matrix's
    rows); MATLAB works down the columns.

    Sources: MATLAB documentation of ``hilbert`` ("Algorithms": the four-step FFT
    method, Marple 1999).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.hilbert([1.0, 2, 3, 4])
    array([1.+1.j, 2.-1.j, 3.-1.j, 4.+1.j])
    """
    X = float_signal(xr, "xr")
    single = X.dtype in (np.float32, np.complex64)
    if X.dtype.kind == "c":
        from compat._core.errors import MatlabWarning
        issue_warning(MatlabWarning("HILBERT ignores imaginary part of input.",
                                    "signal:hilbert:Ignore"))
        X = X.real
    cols = _vector_or_columns(X)
    N = cols.data.shape[0]
    size = N if is_omitted(n) else positive_integer(n, "N")
    Y = _hilbert_columns(cols.data.astype(np.float64), size)
    out = cols.back(Y)
    return out.astype(np.complex64) if single else out


def _vector_or_columns(X):
    if X.ndim == 2 and X.shape[0] == 1:
        return columns(X, 2)
    return columns(X, 1)


class EnvelopeResult(Result):
    """``[yupper, ylower] = envelope(...)``."""

    request_style = "nargout"
    yupper: np.ndarray
    ylower: np.ndarray


@matlab_function("envelope", nargout=2)
def envelope(x, *args, nargout=2):
    """Signal envelope (analytic-signal method), as MATLAB's ``envelope``.

    MATLAB call forms::

        [yupper, ylower] = envelope(x)    ->  yupper, ylower = envelope(x)
        yupper = envelope(x)              ->  envelope(x, nargout=1)

    The mean of each column is removed, the magnitude of the analytic signal
    (:func:`hilbert`) of the rest is the amplitude ``A``, and ``yupper = mean + A``,
    ``ylower = mean - A``. The default here is ``nargout=2`` (both envelopes, as a
    Python caller unpacks them; MATLAB's ``envelope(x)`` without outputs plots).
    The filter forms (``envelope(x, fl, 'analytic')``) and the ``'rms'``/``'peak'``
    methods are not implemented: they raise.

    Sources: MATLAB documentation of ``envelope`` ("the envelope is the magnitude of
    the analytic signal"; the mean is removed and added back).

    Examples
    --------
    >>> from compat import matlab
    >>> up, lo = matlab.envelope([1.0, 2, 3, 4])
    >>> up.round(4)
    array([4.3028, 3.618 , 3.618 , 4.3028])
    """
    if args:
        raise CompatValueError("Only the analytic-signal envelope without a filter length "
                               "(envelope(x)) is supported by compat.")
    X = float_signal(x)
    if X.dtype.kind == "c":
        raise CompatTypeError("x must be real.")
    cols = _vector_or_columns(X)
    D = cols.data.astype(np.float64)
    mu = D.mean(axis=0, keepdims=True)
    A = np.abs(_hilbert_columns(D - mu, D.shape[0]))
    up = cols.back(mu + A).astype(X.dtype)
    lo = cols.back(mu - A).astype(X.dtype)
    return EnvelopeResult.first(nargout, up, lo)


# --------------------------------------------------------------------------- sgolay
class SgolayResult(Result):
    """``[b, g] = sgolay(...)``: the projection matrix and the differentiation filters."""

    request_style = "nargout"
    b: np.ndarray
    g: np.ndarray


def _sgolay(order, framelen, weights):
    k = positive_integer(framelen, "Frame length") if not is_omitted(framelen) else None
    order = nonnegative_integer(order, "Polynomial order")
    if k is None:
        raise CompatValueError("Frame length is required.")
    if k % 2 == 0:
        raise CompatValueError("The frame length must be odd.")
    if order > k - 1:
        raise CompatValueError("The polynomial order must be less than the frame length.")
    if is_omitted(weights):
        w = np.ones(k)
    else:
        w = np.asarray(matlab_array(weights, "weights", complex_ok=False, to_float=True),
                       float).ravel()
        if w.size != k:
            raise CompatValueError("The weight vector must be of the same length as the "
                                   "frame length.")
        if np.any(w <= 0) or not np.all(np.isfinite(w)):
            raise CompatValueError("The weights must be positive and finite.")
    t = np.arange(k) - (k - 1) / 2
    S = t[:, None] ** np.arange(order + 1)
    sw = np.sqrt(w)[:, None]
    q, r = np.linalg.qr(sw * S)
    G = np.linalg.solve(r, np.linalg.solve(r.T, S.T)).T  # S (S'WS)^-1
    B = G @ (S.T * w)
    return B, G


@matlab_function("sgolay", nargout=2)
def sgolay(order, framelen, weights=None, *, nargout=1):
    """Savitzky-Golay filter design, as MATLAB's ``sgolay``.

    MATLAB call forms::

        b = sgolay(order, framelen)              ->  sgolay(3, 11)
        b = sgolay(order, framelen, weights)     ->  sgolay(3, 11, w)
        [b, g] = sgolay(___)                     ->  sgolay(3, 11, nargout=2)

    With ``S`` the ``framelen x (order+1)`` Vandermonde matrix of the positions
    ``-(framelen-1)/2 .. (framelen-1)/2`` and ``W = diag(weights)``:
    ``g = S (S' W S)^-1`` (column ``p+1`` times ``p!`` is the ``p``-th derivative
    filter) and ``b = g S' W``, the ``framelen x framelen`` matrix whose row ``i``
    evaluates the least-squares polynomial of a frame at its ``i``-th position (the
    middle row is the steady-state smoother).

    Notes
    -----
    ``scipy.signal.savgol_coeffs(framelen, order)`` gives only the middle row, in
    convolution order (reversed), and has no weights.

    Sources: MATLAB documentation of ``sgolay`` (outputs, weights).

    Examples
    --------
    >>> from compat import matlab
    >>> (matlab.sgolay(1, 3) * 6).round(10)
    array([[ 5.,  2., -1.],
           [ 2.,  2.,  2.],
           [-1.,  2.,  5.]])
    """
    B, G = _sgolay(order, framelen, weights)
    return SgolayResult.first(nargout, B, G)


@matlab_function("sgolayfilt")
def sgolayfilt(x, order, framelen, weights=None, dim=None):
    """Savitzky-Golay smoothing, as MATLAB's ``sgolayfilt``.

    MATLAB call forms::

        y = sgolayfilt(x, order, framelen)               ->  sgolayfilt(x, 3, 11)
        y = sgolayfilt(x, order, framelen, weights)      ->  sgolayfilt(x, 3, 11, w)
        y = sgolayfilt(x, order, framelen, weights, dim) ->  sgolayfilt(x, 3, 11, [], 2)

    With ``B = sgolay(order, framelen, weights)`` and ``m = (framelen-1)/2``: the first
    ``m`` outputs are the first rows of ``B`` applied to the first frame, the last
    ``m`` the last rows applied to the last frame (the polynomial of the end frames
    evaluated there), and the others the middle row run as a FIR filter (MATLAB's
    ``filter(B(m+1,:), 1, x)``: a convolution, so an asymmetric weighting is applied
    mirrored, as MATLAB applies it).

    Notes
    -----
    ``scipy.signal.savgol_filter(x, framelen, order)`` defaults to ``mode='interp'``,
    which fits the end frames the same way, but works along the last axis and has no
    weights.

    Sources: MATLAB documentation of ``sgolayfilt`` (transients from the end frames).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.sgolayfilt([1.0, 4, 2, 8, 5, 7, 3], 1, 3).round(4)
    array([1.8333, 2.3333, 4.6667, 5.    , 6.6667, 5.    , 4.    ])
    """
    B, _ = _sgolay(order, framelen, weights)
    X = float_signal(x)
    if X.dtype.kind == "c":
        raise CompatTypeError("x must be real.")
    k = B.shape[0]
    cols = columns(X, dim, "sgolayfilt")
    D = cols.data.astype(np.float64)
    N = D.shape[0]
    if N < k:
        raise CompatValueError("The length of the input must be >= frame length.")
    m = (k - 1) // 2
    Y = np.empty_like(D)
    Y[:m] = B[:m] @ D[:k]
    Y[N - m:] = B[k - m:] @ D[N - k:]
    centre = B[m]
    # y(i) = sum_j centre(j) x(i + m - j), i = m .. N-m-1 (0-based)
    from numpy.lib.stride_tricks import sliding_window_view
    win = sliding_window_view(D, k, axis=0)  # (N-k+1, C, k): x(s .. s+k-1)
    Y[m:N - m] = win @ centre[::-1]
    return cols.back(Y).astype(X.dtype)


# --------------------------------------------------------------------------- rms
@matlab_function("rms", nan_option="with 'omitnan'")
def rms(x, *args):
    """Root-mean-square value, as MATLAB's ``rms``.

    MATLAB call forms::

        y = rms(x)              ->  rms(x)        (first non-singleton dimension)
        y = rms(x, dim)         ->  rms(x, 2)
        y = rms(x, 'all')       ->  rms(x, 'all')
        y = rms(___, nanflag)   ->  rms(x, 'omitnan')

    ``sqrt(mean(abs(x).^2))``. A 1-D array gives a scalar; a matrix a row (``dim`` 1)
    or column (``dim`` 2), as MATLAB sizes it.

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.rms([3.0, 4.0]))
    3.5355339059327378
    """
    X = float_signal(x)
    dim, omit = None, False
    for a in args:
        if isinstance(a, str):
            key = a.lower()
            if key in ("omitnan", "includenan"):
                omit = key == "omitnan"
            elif key == "all":
                dim = "all"
            else:
                raise CompatValueError(f"Invalid option '{a}'.")
        elif not is_omitted(a):
            dim = positive_integer(a, "Dimension argument")
    sq = np.abs(X) ** 2
    mean = np.nanmean if omit else np.mean
    if dim == "all":
        with np.errstate(all="ignore"):
            return np.sqrt(mean(sq)).astype(X.real.dtype)[()]
    if X.ndim <= 1:
        if dim not in (None, 1) and X.ndim == 1:
            return np.sqrt(sq)  # along a singleton dimension of a row
        with np.errstate(all="ignore"):
            return np.sqrt(mean(sq)).astype(X.real.dtype)[()]
    axis = (dim - 1) if dim is not None else next((i for i, s in enumerate(X.shape)
                                                   if s != 1), 0)
    if axis >= X.ndim:
        return np.sqrt(sq)
    with np.errstate(all="ignore"):
        return np.sqrt(mean(sq, axis=axis, keepdims=True)).astype(X.real.dtype)


# --------------------------------------------------------------------------- decibels
def _real(x, name="x"):
    return matlab_array(x, name, to_float=True)


@matlab_function("db")
def db(x, signal_type="voltage", R=1.0):
    """Convert to decibels, as MATLAB's ``db``.

    MATLAB call forms::

        dbout = db(x)                        ->  db(x)       (20*log10(abs(x)))
        dbout = db(x, 'power')               ->  db(x, 'power')   (10*log10(x))
        dbout = db(x, 'voltage', R)          ->  db(x, 'voltage', 50)

    ``'voltage'``: ``10*log10(abs(x).^2/R)``; ``'power'``: ``10*log10(x)`` (``x``
    must not be negative).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.db([1.0, 10.0, 0.5]).round(4)
    array([ 0.    , 20.    , -6.0206])
    """
    X = _real(x)
    if not isinstance(signal_type, str):
        R, signal_type = signal_type, "voltage"
    kind = signal_type.lower()
    with np.errstate(divide="ignore"):
        if kind.startswith("p"):
            if X.dtype.kind == "c" or np.any(X < 0):
                raise CompatValueError("When SIGNALTYPE is 'power', X must contain "
                                       "non-negative real values.")
            return 10 * np.log10(X)
        if not kind.startswith("v"):
            raise CompatValueError(f"Invalid SIGNALTYPE '{signal_type}': expected "
                                   "'voltage' or 'power'.")
        r = float(np.asarray(R))
        if not r > 0:
            raise CompatValueError("R must be a positive scalar.")
        if r == 1:
            return 20 * np.log10(np.abs(X))
        return 10 * np.log10(np.abs(X) ** 2 / r)


@matlab_function("mag2db")
def mag2db(y):
    """Magnitude to decibels, as MATLAB's ``mag2db``: ``20*log10(y)``; negative
    magnitudes give NaN.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.mag2db([10.0, 0.1, -1.0])
    array([ 20., -20.,  nan])
    """
    Y = _real(y, "y")
    if Y.dtype.kind == "c":
        raise CompatTypeError("y must be real.")
    with np.errstate(divide="ignore", invalid="ignore"):
        out = 20 * np.log10(Y)
    return np.where(Y < 0, np.nan, out)


@matlab_function("pow2db")
def pow2db(y):
    """Power to decibels, as MATLAB's ``pow2db``: ``10*log10(y)``; ``y`` must not be
    negative.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.pow2db([100.0, 0.5]).round(4)
    array([20.    , -3.0103])
    """
    Y = _real(y, "y")
    if Y.dtype.kind == "c" or np.any(Y < 0):
        raise CompatValueError("The power value must be non-negative and real.")
    with np.errstate(divide="ignore"):
        return 10 * np.log10(Y)


@matlab_function("db2mag")
def db2mag(ydb):
    """Decibels to magnitude, as MATLAB's ``db2mag``: ``10.^(ydb/20)``.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.db2mag([20.0, -20.0])
    array([10. ,  0.1])
    """
    return 10 ** (_real(ydb, "ydb") / 20)


@matlab_function("db2pow")
def db2pow(ydb):
    """Decibels to power, as MATLAB's ``db2pow``: ``10.^(ydb/10)``.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.db2pow([20.0, -10.0])
    array([100. ,   0.1])
    """
    return 10 ** (_real(ydb, "ydb") / 10)
