"""MATLAB's spectral estimators: ``periodogram``, ``pwelch``, ``cpsd``, ``mscohere``,
``tfestimate``, ``spectrogram``.

The legacy layer over :mod:`compat._core.spectral`: MATLAB's positional grammar
(``window, noverlap, nfft, fs`` with ``[]`` for defaults, and the option strings
``'onesided'``/``'twosided'``/``'centered'`` and ``'psd'``/``'power'``), vectors and the
columns of matrices, and MATLAB's output layouts (spectra and frequencies as columns).
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import signal_windows, spectral
from compat._core.args import at_most_inputs, is_omitted
from compat._core.docs import Fragments
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import is_single, is_vector
from compat._core.results import Result
from compat.matlab.signal._signals import (float_signal, nonnegative_integer,
                                           positive_integer)

__all__ = ["periodogram", "pwelch", "cpsd", "mscohere", "tfestimate", "spectrogram",
           "SpectrumResult", "SpectrogramResult"]

_RANGES = ("onesided", "twosided", "centered")

# Docstring fragments of the spectral estimators (multitaper's pmtm uses them too).
_DOCS = Fragments(
    returns="""
        Returns
        -------
        pxx : ndarray
            A column per channel (1-D for a 1-D ``x``).
        f : ndarray (``nargout=2``)
            rad/sample, or Hz with ``fs``.""",
    welch_ratio="""
        from Welch averages with :func:`pwelch`'s segments, window and defaults (same
        call forms as :func:`cpsd`, without 'psd'/'power').""",
)


class SpectrumResult(Result):
    """``[pxx, f] = pwelch(...)`` (and periodogram, cpsd, mscohere, tfestimate): the
    estimate and its frequencies (rad/sample, or Hz with ``fs``)."""

    request_style = "nargout"
    pxx: np.ndarray
    f: np.ndarray


class SpectrogramResult(Result):
    """``[s, f, t, ps] = spectrogram(...)``."""

    request_style = "nargout"
    s: np.ndarray
    f: np.ndarray
    t: np.ndarray
    ps: np.ndarray


# --------------------------------------------------------------------------- arguments
class _Args:
    def __init__(self, function, signals, args, *, strings=("range", "type")):
        self.function = function
        self.freqrange = None
        self.kind = "psd"
        nums = []
        for a in args:
            if isinstance(a, str):
                key = a.lower()
                if key in _RANGES and "range" in strings:
                    self.freqrange = key
                elif key in ("psd", "power") and "type" in strings:
                    self.kind = key
                elif key in ("mean", "maxhold", "minhold", "reassigned", "mimo",
                             "yaxis", "xaxis", "confidencelevel", "estimator"):
                    raise CompatValueError(f"The '{a}' option is not supported by compat's "
                                           f"{function}.")
                else:
                    raise CompatValueError(f"Invalid option '{a}'.")
            else:
                nums.append(a)
        self.nums = nums

    def take(self, k):
        return self.nums[k] if k < len(self.nums) and not is_omitted(self.nums[k]) else None


def _channels(x, name):
    """(columns (n, C), one_d, vector)"""
    X = float_signal(x, name)
    if X.ndim > 2:
        raise CompatValueError(f"{name} must be a vector or a 2-D matrix.")
    if is_vector(X):
        return X.reshape(-1, 1), X.ndim <= 1, True, X
    return X, False, False, X


def _window(value, n_samples, default_kind):
    """(window vector, L). ``default_kind``: 'welch' (Hamming of fix(N/4.5)) or
    'periodogram' (rectangular of N)."""
    if value is None:
        if default_kind == "periodogram":
            return np.ones(n_samples), n_samples
        L = int(n_samples / 4.5)
        if L < 1:
            raise CompatValueError("The signal is too short for the default segments.")
        return signal_windows.cosine_window("hamming", L), L
    w = np.asarray(float_signal(value, "window", complex_ok=False), dtype=float).ravel()
    if w.size == 1 and default_kind == "welch":
        L = positive_integer(value, "WINDOW")
        return signal_windows.cosine_window("hamming", L), L
    if w.size == 0:
        raise CompatValueError("The window must be a non-empty vector.")
    return w, w.size


def _nfft(value, L):
    if value is None:
        return max(256, 2 ** math.ceil(math.log2(L))) if L > 0 else 256
    a = np.asarray(value)
    if a.size != 1:
        raise CompatValueError("A vector of frequencies (NFFT as a vector) is not "
                               "supported by compat: give the number of FFT points.")
    return positive_integer(value, "NFFT")


def _fs(value):
    if value is None:
        return None
    a = np.asarray(value, dtype=float)
    if a.size != 1 or not np.isfinite(a) or not float(a) > 0:
        raise CompatValueError("The sampling frequency FS must be a positive scalar.")
    return float(a)


def _welch_setup(n_samples, args, *, first=0):
    w, L = _window(args.take(first), n_samples, "welch")
    nov = args.take(first + 1)
    noverlap = int(L / 2) if nov is None else nonnegative_integer(nov, "NOVERLAP")
    if noverlap >= L:
        raise CompatValueError("The value of NOVERLAP must be less than the length of the "
                               "window.")
    if L > n_samples:
        raise CompatValueError("The length of the segments cannot be greater than the "
                               "length of the input signal.")
    nfft = _nfft(args.take(first + 2), L)
    fs = _fs(args.take(first + 3))
    return w, L, noverlap, nfft, fs


def _scale(P, w, fs, kind):
    if kind == "power":
        return P / np.sum(w) ** 2
    return P / (np.sum(w * w) * (2 * np.pi if fs is None else fs))


def _shape_out(P, f, one_d):
    if one_d and P.shape[1] == 1:
        return P[:, 0], f
    return P, f.reshape(-1, 1)


def _finish(cols, one_d, f, single, nargout, cls=SpectrumResult):
    P = np.column_stack(cols)
    if single:
        P = P.astype(np.complex64 if np.iscomplexobj(P) else np.float32)
        f = f.astype(np.float32)
    P, f = _shape_out(P, f, one_d)
    return cls.first(nargout, P, f)


# --------------------------------------------------------------------------- periodogram
@matlab_function("periodogram", nargout=2)
@_DOCS.fill
def periodogram(x, *args, nargout=1):
    """Periodogram power spectral density estimate, as MATLAB's ``periodogram``.

    MATLAB call forms::

        pxx = periodogram(x)                           ->  periodogram(x)
        pxx = periodogram(x, window)                   ->  periodogram(x, hann(N))
        pxx = periodogram(x, window, nfft)             ->  periodogram(x, [], 512)
        [pxx, f] = periodogram(x, window, nfft, fs)    ->  periodogram(x, [], [], 1000,
                                                                       nargout=2)
        [pxx, w] = periodogram(___, freqrange, spectrumtype)  ('twosided', 'power' ...)

    ``|fft(x.*window, nfft)|.^2 / (sum(window.^2) * fs)`` (``fs = 2*pi`` without a
    sample rate: units per rad/sample), one-sided by default for real ``x`` (DC and
    Nyquist single, the other bins doubled). Default window: rectangular of
    ``length(x)``; default ``nfft``: ``max(256, 2^nextpow2(length(x)))`` (a longer
    signal is wrapped modulo ``nfft``). ``'power'``: divided by ``sum(window)^2``
    instead (a sinusoid's power at its bin). Matrix columns are separate channels.

    {{returns}}

    Notes
    -----
    ``scipy.signal.periodogram`` uses a frequency in cycles per sample (``fs = 1``) and
    works along the last axis; with ``fs=2*np.pi`` and ``nfft`` set to MATLAB's default
    it agrees for one-sided real data.

    Sources: MATLAB documentation of ``periodogram`` (definition, defaults, one-sided
    doubling, 'power').

    Examples
    --------
    >>> from compat import matlab
    >>> pxx, f = matlab.periodogram([1.0, -1, 1, -1], [], 4, 4, nargout=2)
    >>> pxx, f
    (array([0., 0., 1.]), array([0., 1., 2.]))
    """
    X, one_d, _, raw = _channels(x, "x")
    a = _Args("periodogram", None, args)
    N = X.shape[0]
    if N == 0:
        raise CompatValueError("The input signal must not be empty.")
    w, L = _window(a.take(0), N, "periodogram")
    if L != N:
        raise CompatValueError("The length of the window must be the same as the length "
                               "of the input signal.")
    nfft = _nfft(a.take(1), N)
    fs = _fs(a.take(2))
    rng = a.freqrange or ("twosided" if np.iscomplexobj(X) else "onesided")
    if rng == "onesided" and np.iscomplexobj(X):
        raise CompatValueError("'onesided' is not valid for complex input.")
    cols = []
    starts = np.zeros(1, dtype=int)
    for j in range(X.shape[1]):
        F = spectral.segment_ffts(X[:, j].astype(np.result_type(X, np.float64)), w,
                                  starts, nfft)[:, 0]
        P = _scale(F.real ** 2 + F.imag ** 2, w, fs, a.kind)
        cols.append(spectral.fold(P, nfft, rng))
    f = spectral.frequencies(nfft, fs, rng)
    return _finish(cols, one_d, f, is_single(raw), nargout)


# --------------------------------------------------------------------------- pwelch
@matlab_function("pwelch", nargout=2)
def pwelch(x, *args, nargout=1):
    """Welch's power spectral density estimate, as MATLAB's ``pwelch``.

    MATLAB call forms::

        pxx = pwelch(x)                                 ->  pwelch(x)
        pxx = pwelch(x, window)                         ->  pwelch(x, 500)   (hamming(500))
        pxx = pwelch(x, window, noverlap)               ->  pwelch(x, hann(512), 256)
        pxx = pwelch(x, window, noverlap, nfft)         ->  pwelch(x, [], [], 1024)
        [pxx, f] = pwelch(x, window, noverlap, nfft, fs)
                                       ->  pwelch(x, 1024, 512, 1024, 1e3, nargout=2)
        [pxx, w] = pwelch(___, freqrange, spectrumtype) ('twosided', 'centered', 'power')

    ``x`` is cut into the ``fix((N-noverlap)/(L-noverlap))`` segments of length ``L``
    starting every ``L - noverlap`` samples; each is windowed and transformed
    (``nfft`` points), and the periodograms averaged and scaled as
    :func:`periodogram` scales them. Defaults (MATLAB's): as close to 8 segments with
    50% overlap as possible, ``L = fix(N/4.5)``, a Hamming window, ``noverlap =
    fix(L/2)``, ``nfft = max(256, 2^nextpow2(L))``; an integer ``window`` is a Hamming
    window of that length. Matrix columns are separate channels.

    Returns
    -------
    pxx : ndarray
        A column per channel (1-D for a 1-D ``x``): ``nfft/2+1`` one-sided values
        (``(nfft+1)/2`` for odd ``nfft``), or ``nfft`` two-sided/centred.
    f : ndarray (``nargout=2``)
        rad/sample, or Hz with ``fs``; centred: ``(-pi, pi]`` for even ``nfft``.

    Notes
    -----
    ``scipy.signal.welch`` defaults to 256-sample Hann segments, cycles per sample,
    subtracts each segment's mean ('constant' detrend) and works along the last axis;
    MATLAB does not detrend. GNU Octave 7.3's ``pwelch`` takes the overlap as a fraction
    and has other defaults (its default call returns 9 points for 100 samples); the
    golden cases pass it MATLAB's window and overlap.

    Sources: MATLAB documentation of ``pwelch`` (defaults, "Algorithms", output sizes,
    frequency ranges).

    Examples
    --------
    >>> from compat import matlab
    >>> x = np.cos(np.pi / 2 * np.arange(64))
    >>> pxx, f = matlab.pwelch(x, 16, 8, 16, 1, 'power', nargout=2)
    >>> float(f[4]), round(float(pxx[4]), 6)
    (0.25, 0.5)
    """
    X, one_d, _, raw = _channels(x, "x")
    a = _Args("pwelch", None, args)
    at_most_inputs(a.nums, 4)
    w, L, noverlap, nfft, fs = _welch_setup(X.shape[0], a)
    rng = a.freqrange or ("twosided" if np.iscomplexobj(X) else "onesided")
    if rng == "onesided" and np.iscomplexobj(X):
        raise CompatValueError("'onesided' is not valid for complex input.")
    cols = []
    for j in range(X.shape[1]):
        P = spectral.welch(X[:, j].astype(np.result_type(X, np.float64)), None, w,
                           noverlap, nfft)
        cols.append(spectral.fold(_scale(P, w, fs, a.kind), nfft, rng))
    f = spectral.frequencies(nfft, fs, rng)
    return _finish(cols, one_d, f, is_single(raw), nargout)


# --------------------------------------------------------------------------- cross spectra
def _pairs(x, y):
    X, one_x, _, rx = _channels(x, "x")
    Y, one_y, _, ry = _channels(y, "y")
    if X.shape[0] != Y.shape[0]:
        raise CompatValueError("The lengths of X and Y must be the same.")
    if X.shape[1] != Y.shape[1] and 1 not in (X.shape[1], Y.shape[1]):
        raise CompatValueError("X and Y must have the same number of columns, or one of "
                               "them one column.")
    C = max(X.shape[1], Y.shape[1])
    Xb = np.broadcast_to(X, (X.shape[0], C))
    Yb = np.broadcast_to(Y, (Y.shape[0], C))
    return Xb, Yb, one_x and one_y, is_single(rx) or is_single(ry)


def _cross(function, x, y, args, nargout):
    """cpsd, mscohere and tfestimate: Welch averages of the cross spectrum (and of the
    auto spectra the ratios need), in MATLAB's output layout."""
    X, Y, one_d, single = _pairs(x, y)
    a = _Args(function, None, args, strings=("range",) if function != "cpsd" else
              ("range", "type"))
    at_most_inputs(a.nums, 4)
    w, L, noverlap, nfft, fs = _welch_setup(X.shape[0], a)
    cplx = np.iscomplexobj(X) or np.iscomplexobj(Y)
    rng = a.freqrange or ("twosided" if cplx else "onesided")
    if rng == "onesided" and cplx:
        raise CompatValueError("'onesided' is not valid for complex input.")
    dtype = np.result_type(X, Y, np.float64)
    out = []
    for j in range(X.shape[1]):
        xj, yj = X[:, j].astype(dtype), Y[:, j].astype(dtype)
        Pyx = spectral.welch(xj, yj, w, noverlap, nfft)  # average of conj(X) .* Y
        if function == "cpsd":  # MATLAB's Pxy: X .* conj(Y)
            out.append(spectral.fold(_scale(Pyx.conj(), w, fs, a.kind), nfft, rng))
            continue
        Pxx = spectral.welch(xj, None, w, noverlap, nfft)
        if function == "tfestimate":  # Pyx ./ Pxx
            out.append(_ratio_layout(Pyx / Pxx, nfft, rng))
        else:  # mscohere
            Pyy = spectral.welch(yj, None, w, noverlap, nfft)
            C = (Pyx.real ** 2 + Pyx.imag ** 2) / (Pxx * Pyy)
            out.append(_ratio_layout(C, nfft, rng))
    f = spectral.frequencies(nfft, fs, rng)
    return _finish(out, one_d, f, single, nargout)


def _count(nfft, rng):
    return nfft // 2 + 1 if nfft % 2 == 0 else (nfft + 1) // 2


def _ratio_layout(R, nfft, rng):
    """A ratio of spectra in the range's layout (one-sided: the first bins, undoubled)."""
    return R[:_count(nfft, rng)] if rng == "onesided" else spectral.fold(R, nfft, rng)


@matlab_function("cpsd", nargout=2)
def cpsd(x, y, *args, nargout=1):
    """Cross power spectral density (Welch), as MATLAB's ``cpsd``.

    MATLAB call forms::

        pxy = cpsd(x, y)                                ->  cpsd(x, y)
        pxy = cpsd(x, y, window, noverlap, nfft)        ->  cpsd(x, y, 500, 250, 512)
        [pxy, f] = cpsd(x, y, window, noverlap, nfft, fs)   ->  cpsd(..., 1e3, nargout=2)
        [pxy, w] = cpsd(___, freqrange, spectrumtype)

    The segments, window and defaults of :func:`pwelch`, averaging
    ``X .* conj(Y)`` (``X``, ``Y`` the segments' FFTs; MATLAB's definition
    ``Pxy(w) = sum_m Rxy(m) e^(-jwm)`` with ``Rxy(m) = E{x(n+m) conj(y(n))}``), scaled
    and folded as :func:`pwelch` does: ``cpsd(x, x)`` equals ``pwelch(x)``, and
    :func:`tfestimate` divides the *conjugate*, ``Pyx``, by ``Pxx``.

    Notes
    -----
    ``scipy.signal.csd`` and GNU Octave 7.3's ``cpsd`` average ``conj(X) .* Y``, the
    complex conjugate of MATLAB's ``Pxy`` (and scipy uses its own defaults: 256-sample
    Hann segments, mean removal, cycles per sample).

    Sources: MATLAB documentation of ``cpsd`` (definition, Welch's method, defaults as
    pwelch); MATLAB Answers 417050 (MathWorks staff, R2016b: "in tfestimate, the
    transfer function is defined as Pyx/Pxx, and Pyx is conjugate of Pxy").

    Examples
    --------
    >>> from compat import matlab
    >>> x = np.cos(np.pi / 2 * np.arange(64))
    >>> p = matlab.cpsd(x, x, 16, 8, 16, 1)
    >>> bool(np.allclose(p, matlab.pwelch(x, 16, 8, 16, 1)))
    True
    """
    return _cross("cpsd", x, y, args, nargout)


@matlab_function("mscohere", nargout=2)
@_DOCS.fill
def mscohere(x, y, *args, nargout=1):
    """Magnitude-squared coherence, as MATLAB's ``mscohere``:
    ``|Pxy|.^2 ./ (Pxx .* Pyy)``
    {{welch_ratio}}

    Examples
    --------
    >>> from compat import matlab
    >>> x = np.random.default_rng(0).normal(size=256)
    >>> c = matlab.mscohere(x, 2 * x)
    >>> bool(np.allclose(c, 1))
    True
    """
    return _cross("mscohere", x, y, args, nargout)


@matlab_function("tfestimate", nargout=2)
@_DOCS.fill
def tfestimate(x, y, *args, nargout=1):
    """Transfer function estimate (H1), as MATLAB's ``tfestimate``: ``Txy = Pxy ./ Pxx``
    {{welch_ratio}}

    Examples
    --------
    >>> from compat import matlab
    >>> x = np.random.default_rng(0).normal(size=256)
    >>> t = matlab.tfestimate(x, 3 * x)
    >>> bool(np.allclose(t, 3))
    True
    """
    return _cross("tfestimate", x, y, args, nargout)


# --------------------------------------------------------------------------- spectrogram
@matlab_function("spectrogram", nargout=4)
def spectrogram(x, *args, nargout=1):
    """Short-time Fourier transform, as MATLAB's ``spectrogram`` (values only: no plot).

    MATLAB call forms::

        s = spectrogram(x)                                ->  spectrogram(x)
        s = spectrogram(x, window, noverlap, nfft)        ->  spectrogram(x, 128, 120, 128)
        [s, f, t] = spectrogram(x, window, noverlap, nfft, fs)
                                    ->  spectrogram(x, 128, 120, 128, 1e3, nargout=3)
        [s, w, t, ps] = spectrogram(___, freqrange, spectrumtype)     (nargout=4)

    Column ``k`` of ``s`` is the ``nfft``-point FFT of the ``k``-th windowed segment
    (the segments, window and defaults of :func:`pwelch`: 8 segments of
    ``fix(N/4.5)`` samples with 50% overlap and a Hamming window), one-sided for real
    ``x`` (``nfft/2+1`` rows). ``t`` holds the segments' centres,
    ``(start + L/2)/fs`` with 0-based starts (in samples without ``fs``); ``ps`` each
    segment's power spectral density (or power spectrum), scaled and one-sided-doubled
    as :func:`pwelch` scales.

    Returns
    -------
    s : ndarray
        Complex ``nfreq x nsegments``.
    f : ndarray
        Column of frequencies (rad/sample or Hz).
    t : ndarray
        Row of times (1 x nsegments).
    ps : ndarray
        ``nfreq x nsegments`` real.

    Notes
    -----
    ``scipy.signal.spectrogram`` returns only the power, in cycles per sample, with
    Tukey windows and mean removal by default; ``scipy.signal.stft`` scales the
    transform by the window sum and pads the ends.

    Sources: MATLAB documentation of ``spectrogram`` (defaults, outputs, the centre
    times, 'psd'/'power').

    Examples
    --------
    >>> from compat import matlab
    >>> s, f, t = matlab.spectrogram(np.arange(16.0), 8, 4, 8, 1, nargout=3)
    >>> s.shape, t
    ((5, 3), array([[ 4.,  8., 12.]]))
    """
    X, one_d, vector, raw = _channels(x, "x")
    if not vector:
        raise CompatValueError("X must be a vector.")
    a = _Args("spectrogram", None, args)
    at_most_inputs(a.nums, 4)
    w, L, noverlap, nfft, fs = _welch_setup(X.shape[0], a)
    xv = X[:, 0].astype(np.result_type(X, np.float64))
    rng = a.freqrange or ("twosided" if np.iscomplexobj(xv) else "onesided")
    if rng == "onesided" and np.iscomplexobj(xv):
        raise CompatValueError("'onesided' is not valid for complex input.")
    starts = spectral.segment_starts(xv.size, L, noverlap)
    F = spectral.segment_ffts(xv, w, starts, nfft)
    P = _scale(F.real ** 2 + F.imag ** 2, w, fs, a.kind)
    if rng == "onesided":
        s = F[:_count(nfft, rng)]
    else:
        s = spectral.fold(F, nfft, rng)
    ps = spectral.fold(P, nfft, rng)
    f = spectral.frequencies(nfft, fs, rng).reshape(-1, 1)
    t = ((starts + L / 2) / (1.0 if fs is None else fs)).reshape(1, -1)
    if is_single(raw):
        s, ps = s.astype(np.complex64), ps.astype(np.float32)
        f, t = f.astype(np.float32), t.astype(np.float32)
    return SpectrogramResult.first(nargout, s, f, t, ps)
