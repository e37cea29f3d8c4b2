"""MATLAB's filter analysis: ``freqz`` (frequency response; no plotting)."""

from __future__ import annotations

import math

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.results import Result
from compat.matlab.signal._signals import coefficients, whole_and_fs

__all__ = ["freqz"]


class FreqzResult(Result):
    """``[h, w] = freqz(...)``: the response and its frequencies (rad/sample, or Hz with
    ``fs``)."""

    request_style = "nargout"
    h: np.ndarray
    w: np.ndarray


def _response(b, a, w):
    """``B(e^{jw})/A(e^{jw})`` with ``B(z) = b(1) + b(2) z^-1 + ...`` (Horner in z^-1)."""
    zinv = np.exp(-1j * w)
    num = np.polyval(b[::-1], zinv)
    den = np.polyval(a[::-1], zinv)
    return num / den


@matlab_function("freqz", nargout=2)
def freqz(b, a=1.0, n=None, *options, nargout=2):
    """Frequency response of a digital filter, as MATLAB's ``freqz`` (values only: no
    plot is drawn).

    MATLAB call forms::

        [h, w] = freqz(b, a, n)                  ->  h, w = freqz(b, a, n)
        [h, w] = freqz(b, a, n, 'whole')         ->  freqz(b, a, n, 'whole')
        [h, f] = freqz(b, a, n, fs)              ->  freqz(b, a, n, 1000)
        [h, f] = freqz(b, a, n, 'whole', fs)     ->  freqz(b, a, n, 'whole', 1000)
        h = freqz(b, a, w)                       ->  freqz(b, a, w, nargout=1)
        h = freqz(b, a, f, fs)                   ->  freqz(b, a, f, 1000, nargout=1)

    Parameters
    ----------
    b, a : array_like
        Numerator and denominator coefficients in ascending powers of ``z^-1``
        (``a`` defaults to 1).
    n : int or vector, optional
        Number of evaluation points (default 512), or a vector of frequencies (two or
        more elements: rad/sample, or Hz when ``fs`` is given).
    'whole' : optional
        ``n`` points around the whole unit circle, ``w = 2*pi*k/n``; the default is the
        upper half, ``w = pi*k/n``, ``k = 0..n-1`` (Nyquist excluded).
    fs : float, optional
        Sample rate: frequencies in Hz (``f = fs*w/(2*pi)``).

    Returns
    -------
    h : ndarray
        Complex response, 1-D (MATLAB's column).
    w : ndarray
        The frequencies (rad/sample or Hz). ``nargout=2`` (the default here, MATLAB's
        ``[h, w] = freqz(...)``) gives a :class:`FreqzResult`; ``nargout=1`` gives
        ``h`` alone (MATLAB's ``h = freqz(...)``).

    Notes
    -----
    With ``n`` at least the number of coefficients, MATLAB computes ``fft(b, 2n) ./
    fft(a, 2n)`` (``n`` points of the whole circle for ``'whole'``); otherwise it
    evaluates the polynomials at the frequencies. compat computes the FFT for the
    same cases and Horner's rule otherwise; the values agree to rounding.

    Differences from ``scipy.signal.freqz(b, a)``: the same default grid (512 points,
    Nyquist excluded), but scipy returns ``(w, h)`` in that order where MATLAB returns
    ``[h, w]``; ``fs`` is positional in MATLAB; a frequency *vector* in MATLAB needs at
    least two elements (a scalar is a number of points).

    Sources: MATLAB documentation of ``freqz`` (call forms, the FFT algorithm).

    Examples
    --------
    >>> from compat import matlab
    >>> h, w = matlab.freqz([1, 1], 1, 4)
    >>> np.abs(h).round(6), w / np.pi
    (array([2.      , 1.847759, 1.414214, 0.765367]), array([0.  , 0.25, 0.5 , 0.75]))
    >>> h, f = matlab.freqz([1, 1], 1, 4, 'whole', 8)
    >>> f
    array([0., 2., 4., 6.])
    """
    bv = coefficients(b, "b")
    av = coefficients(a, "a") if not is_omitted(a) else np.ones(1)
    if bv.size == 0 or av.size == 0 or not np.any(av):
        raise CompatValueError("b and a must be non-empty, and a must not be all zero.")
    whole, fs = whole_and_fs(options)
    if is_omitted(n):
        n = 512
    nv = np.asarray(n, dtype=float) if not isinstance(n, str) else None
    if nv is None:
        raise CompatTypeError("n must be a number of points or a vector of frequencies.")
    if nv.size == 1:
        count = float(nv.ravel()[0])
        if not math.isfinite(count) or count != int(count) or count < 1:
            raise CompatValueError("The number of points n must be a positive integer.")
        count = int(count)
        span = 2 * np.pi if whole else np.pi
        w = span * np.arange(count) / count
        nfft = count if whole else 2 * count
        if count >= max(bv.size, av.size):
            h = (np.fft.fft(bv, nfft) / np.fft.fft(av, nfft))[:count]
        else:
            h = _response(bv, av, w)
        wout = w * fs / (2 * np.pi) if fs is not None else w
    else:
        freqs = nv.ravel()
        if not np.all(np.isfinite(freqs)):
            raise CompatValueError("The frequencies must be finite.")
        w = 2 * np.pi * freqs / fs if fs is not None else freqs
        h = _response(bv, av, w)
        wout = freqs.copy()
    if not np.iscomplexobj(h):
        h = h.astype(complex)
    return FreqzResult.first(nargout, h, wout)
