"""MATLAB's filter responses and initial conditions: ``grpdelay``, ``phasez``, ``impz``,
``stepz``, ``freqs`` (analog) and ``filtic``.

The legacy layer: MATLAB's argument grammar (``n``, ``'whole'``, ``fs``, frequency
vectors, ``nargout``) over numpy and :mod:`compat._core.filtering`.
"""

from __future__ import annotations


import numpy as np

from compat._core import analog_grid
from compat._core.errors import issue_warning
from compat._core.args import is_omitted
from compat._core.errors import CompatTypeError, CompatValueError, MatlabWarning
from compat._core.filtering import lfilter, normalize
from compat._core.impulse_length import impulse_length
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result
from compat.matlab.signal._signals import coefficients, positive_integer, whole_and_fs

__all__ = ["grpdelay", "phasez", "impz", "stepz", "freqs", "filtic", "GrpdelayResult",
           "PhasezResult", "ImpzResult", "FreqsResult"]


class GrpdelayResult(Result):
    """``[gd, w] = grpdelay(...)``: group delay in samples and the frequencies."""

    request_style = "nargout"
    gd: np.ndarray
    w: np.ndarray


class PhasezResult(Result):
    """``[phi, w] = phasez(...)``: unwrapped phase (radians) and the frequencies."""

    request_style = "nargout"
    phi: np.ndarray
    w: np.ndarray


class ImpzResult(Result):
    """``[h, t] = impz(...)`` / ``[s, t] = stepz(...)``: the response and the times."""

    request_style = "nargout"
    h: np.ndarray
    t: np.ndarray


class FreqsResult(Result):
    """``[h, w] = freqs(...)``: analog frequency response and the frequencies (rad/s)."""

    request_style = "nargout"
    h: np.ndarray
    w: np.ndarray


def _ba(b, a):
    bv = coefficients(b, "b", nonempty=True)
    av = np.ones(1) if is_omitted(a) else coefficients(a, "a", nonempty=True)
    if av[0] == 0:
        raise CompatValueError("The first denominator coefficient must be non-zero.")
    return bv, av


def _grid(n, options):
    """(w in rad/sample, the frequencies to return, evaluated-by-FFT info) for the
    freqz-style grammar ``n, 'whole', fs`` or a frequency vector."""
    whole, fs = whole_and_fs(options)
    if is_omitted(n):
        n = 512
    if isinstance(n, str):
        raise CompatTypeError("n must be a number of points or a vector of frequencies.")
    nv = np.asarray(n, dtype=float)
    if nv.size == 1:
        count = positive_integer(n, "N")
        span = 2 * np.pi if whole else np.pi
        w = span * np.arange(count) / count
        out = w * fs / (2 * np.pi) if fs is not None else w
        return w, out, (count if whole else 2 * count, count)
    freqs = nv.ravel()
    w = 2 * np.pi * freqs / fs if fs is not None else freqs
    return w, freqs.copy(), None


def _poly_z(c, w):
    """``sum c(k) e^{-jw(k-1)}``."""
    return np.polyval(c[::-1], np.exp(-1j * w))


# --------------------------------------------------------------------------- grpdelay
@matlab_function("grpdelay", nargout=2)
def grpdelay(b, a=None, n=None, *options, nargout=1):
    """Group delay of a digital filter, as MATLAB's ``grpdelay`` (values only: no plot).

    MATLAB call forms::

        [gd, w] = grpdelay(b, a, n)              ->  grpdelay(b, a, 512, nargout=2)
        [gd, w] = grpdelay(b, a, n, 'whole')     ->  grpdelay(b, a, 512, 'whole', nargout=2)
        [gd, f] = grpdelay(b, a, n, fs)          ->  grpdelay(b, a, 512, 1000, nargout=2)
        gd = grpdelay(b, a, w)                   ->  grpdelay(b, a, [0.1, 0.5, 1.0])
        gd = grpdelay(b, a, f, fs)

    MATLAB's algorithm ("Algorithms"): with ``c = conv(b, conj(fliplr(a)))``, the
    group delay is ``real(C_r ./ C) - (length(a) - 1)``, ``C`` the transform of ``c``
    and ``C_r`` that of ``c`` times the ramp ``0, 1, 2 ...``; evaluated by FFT on the
    default grid (``n`` points of the upper half circle, ``w = pi*k/n``, or the whole
    circle with ``'whole'``) and polynomially at given frequencies. Where ``C`` is
    (numerically) zero the delay is set to 0 with MATLAB's warning.

    Returns
    -------
    gd : ndarray
        Group delay in samples (1-D; MATLAB's column).
    w : ndarray (``nargout=2``)
        rad/sample, or Hz with ``fs``.

    Notes
    -----
    ``scipy.signal.group_delay((b, a), w)`` uses the same method but returns
    ``(w, gd)`` and defaults to 512 points.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.grpdelay([1.0, 2, 1], 1, 4)
    array([1., 1., 1., 1.])
    """
    bv, av = _ba(b, a)
    w, out, fft = _grid(n, options)
    c = np.convolve(bv, np.conj(av[::-1]))
    cr = c * np.arange(c.size)
    if fft is not None and fft[0] >= c.size:
        num = np.fft.fft(cr, fft[0])[:fft[1]]
        den = np.fft.fft(c, fft[0])[:fft[1]]
    else:
        num, den = _poly_z(cr, w), _poly_z(c, w)
    singular = np.abs(den) < 10 * np.finfo(float).eps
    if singular.any():
        issue_warning(MatlabWarning("The group delay is singular at certain frequencies.",
                                    "signal:grpdelay:SingularGD"))
    with np.errstate(all="ignore"):
        gd = np.where(singular, 0.0, (num / np.where(singular, 1, den)).real - (av.size - 1))
    return GrpdelayResult.first(nargout, gd, out)


@matlab_function("phasez", nargout=2)
def phasez(b, a=None, n=None, *options, nargout=1):
    """Unwrapped phase response, as MATLAB's ``phasez`` (values only: no plot).

    MATLAB call forms (those of :func:`grpdelay`)::

        [phi, w] = phasez(b, a, n)       ->  phasez(b, a, 512, nargout=2)
        [phi, f] = phasez(b, a, n, fs)   ->  phasez(b, a, 512, 1000, nargout=2)
        phi = phasez(b, a, w)

    ``unwrap(angle(freqz(b, a, ...)))``: the phase of the frequency response with its
    jumps of more than pi between neighbouring frequencies removed.

    Examples
    --------
    >>> from compat import matlab
    >>> (matlab.phasez([1.0, 1], 1, 4) / np.pi).round(4)
    array([ 0.   , -0.125, -0.25 , -0.375])
    """
    bv, av = _ba(b, a)
    w, out, fft = _grid(n, options)
    if fft is not None and fft[0] >= max(bv.size, av.size):
        h = (np.fft.fft(bv, fft[0]) / np.fft.fft(av, fft[0]))[:fft[1]]
    else:
        h = _poly_z(bv, w) / _poly_z(av, w)
    return PhasezResult.first(nargout, np.unwrap(np.angle(h)), out)


# --------------------------------------------------------------------------- impz / stepz
def _time_response(b, a, n, fs, step):
    bv, av = _ba(b, a)
    if is_omitted(n) or np.asarray(n).size == 0:
        count, picks = impulse_length(bv, av), None
    else:
        nv = np.asarray(n, dtype=float).ravel()
        if nv.size == 1:
            count, picks = positive_integer(n, "N"), None
        else:
            if np.any(nv < 0) or np.any(nv != np.round(nv)):
                raise CompatValueError("A vector n must hold nonnegative integers.")
            picks = nv.astype(int)
            count = int(picks.max()) + 1
    rate = 1.0
    if not is_omitted(fs):
        rate = float(np.asarray(fs, dtype=float))
        if not rate > 0:
            raise CompatValueError("fs must be a positive scalar.")
    bn, an = normalize(bv, av)
    x = np.ones(count) if step else np.r_[1.0, np.zeros(count - 1)]
    dtype = np.result_type(bn, an, np.float64)
    y, _ = lfilter(bn.astype(dtype), an.astype(dtype), x.astype(dtype), axis=0)
    t = np.arange(count, dtype=float)
    if picks is not None:
        y, t = y[picks], picks.astype(float)
    return y, t / rate


@matlab_function("impz", nargout=2)
def impz(b, a=None, n=None, fs=None, *, nargout=1):
    """Impulse response of a digital filter, as MATLAB's ``impz`` (values only).

    MATLAB call forms::

        [h, t] = impz(b, a)          ->  impz(b, a, nargout=2)     (impzlength samples)
        [h, t] = impz(b, a, [], fs)  ->  impz(b, a, [], 1000, nargout=2)
        [h, t] = impz(b, a, n)       ->  impz(b, a, 50, nargout=2)
        [h, t] = impz(b, a, n, fs)   ->  impz(b, a, 50, 1000, nargout=2)
        h = impz(b, a, nvec)         ->  impz(b, a, [0, 5, 10])   (at those samples)

    ``filter(b, a, [1 zeros(1, n-1)])``, with ``t = (0:n-1)/fs`` (``fs = 1``). Without
    ``n`` (or with ``[]``) the length is MATLAB's ``impzlength(b, a)``: ``length(b)``
    for a FIR filter; for an IIR filter, with ``p`` the largest pole magnitude,
    ``floor(log(5e-5)/log(p))`` samples when stable (the largest pole's term has
    decayed to 5e-5), ``floor(6/log10(p))`` when unstable (grown 10^6 times), and at
    least five periods of the slowest oscillation for poles on the unit circle (that
    last case, and the rounding of the unstable one, follow the documentation's words;
    MATLAB prints no example of them). A pole at z = 1 never decays: compat asks for
    ``n``.

    Notes
    -----
    Octave's ``impz`` chooses another length (down to -120 dB, then adds
    ``length(b)``): 132 samples for ``impz(1, [1 -0.9])`` where MATLAB's documentation
    prints ``impzlength(1, [1 -0.9])`` = 93 (golden suite ``matlab/signal_more``).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.impz([1.0], [1, -0.5], 4)
    array([1.   , 0.5  , 0.25 , 0.125])
    >>> matlab.impz(1, [1, -0.9]).size      # MATLAB's documented impzlength
    93
    """
    h, t = _time_response(b, a, n, fs, step=False)
    return ImpzResult.first(nargout, h, t)


@matlab_function("stepz", nargout=2)
def stepz(b, a=None, n=None, fs=None, *, nargout=1):
    """Step response of a digital filter, as MATLAB's ``stepz``: ``filter(b, a,
    ones(1, n))`` (call forms and defaults of :func:`impz`, ``impzlength`` samples
    without ``n``).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.stepz([1.0], [1, -0.5], 4)
    array([1.   , 1.5  , 1.75 , 1.875])
    """
    s, t = _time_response(b, a, n, fs, step=True)
    return ImpzResult.first(nargout, s, t)


# --------------------------------------------------------------------------- freqs
@matlab_function("freqs", nargout=2)
def freqs(b, a, w=None, *, nargout=1):
    """Frequency response of an analog filter, as MATLAB's ``freqs`` (values only).

    MATLAB call forms::

        h = freqs(b, a, w)            ->  freqs(b, a, w)     (w in rad/s, a vector)
        [h, w] = freqs(b, a, w)       ->  freqs(b, a, w, nargout=2)
        [h, w] = freqs(b, a)          ->  freqs(b, a, nargout=2)   (200 frequencies)
        [h, w] = freqs(b, a, n)       ->  freqs(b, a, 50, nargout=2)

    ``polyval(b, 1j*w) ./ polyval(a, 1j*w)`` with ``b``, ``a`` in descending powers of
    ``s``. Without ``w`` (or with a scalar ``n``, default 200) the frequencies are
    MATLAB's automatic grid: decades from ``0.1*min(|Re p| + 2 Im p)`` to
    ``max(3|Re p| + 1.5 Im p)`` over the poles and zeros ``p`` (zeros beyond 1e5
    ignored, pure integrators counted as 1), ``n + (poles - zeros)`` logarithmic points
    (10 more when a zero is more damped than oscillatory), denser around each lightly
    damped pole or zero (``Im p > |Re p|``: from ``0.8 Im p - 3|Re p|`` to ``1.2 Im p
    + 4|Re p|``), then resampled to ``n`` points linearly in ``log10(w)`` along the
    grid's index. Sources: MATLAB documentation of ``freqs``; MATLAB's freqs.m and
    freqint for the rules (:mod:`compat._core.analog_grid`). GNU Octave 7.3's ``freqs``
    needs ``w``.

    Examples
    --------
    >>> from compat import matlab
    >>> np.abs(matlab.freqs([1.0], [1, 1], [0.0, 1.0])).round(6)
    array([1.      , 0.707107])
    """
    bv = coefficients(b, "b", nonempty=True)
    av = coefficients(a, "a", nonempty=True)
    if w is None or (np.asarray(w).size == 1 and not isinstance(w, str)):
        n = 200 if w is None else positive_integer(w, "N")
        if bv.size == 0 or av.size == 0 or not np.any(av):
            raise CompatValueError("The numerator and denominator must be non-empty, "
                                   "the denominator nonzero.")
        wv = analog_grid.auto_frequencies(np.trim_zeros(bv, "f") if np.any(bv) else bv,
                                          np.trim_zeros(av, "f"), n)
    else:
        wv = np.asarray(matlab_array(w, "w", complex_ok=False, to_float=True),
                        float).ravel()
    s = 1j * wv
    h = np.polyval(bv, s) / np.polyval(av, s)
    return FreqsResult.first(nargout, h, wv.copy())


# --------------------------------------------------------------------------- filtic
@matlab_function("filtic")
def filtic(b, a, y, x=None):
    """Initial conditions for ``filter`` from past outputs and inputs, as MATLAB's
    ``filtic``.

    MATLAB call forms::

        z = filtic(b, a, y)        ->  filtic(b, a, y)
        z = filtic(b, a, y, x)     ->  filtic(b, a, y, x)

    ``y`` and ``x`` hold the most recent samples first (``y(1) = y(-1)``, ``y(2) =
    y(-2)`` ...; missing ones are zero, extra ones ignored). The result is the
    ``max(length(a), length(b)) - 1`` delay states of the transposed direct form II
    structure of :func:`compat.matlab.filter`, so that ``filter(b, a, xnew, z)``
    continues the past: ``z(i) = sum_{j>=i} b(j+1) x(-(j-i+1)) - a(j+1) y(-(j-i+1))``
    for the normalised ``b`` and ``a`` (divided by ``a(1)``).

    Returns
    -------
    ndarray
        1-D (MATLAB's column).

    Notes
    -----
    ``scipy.signal.lfiltic(b, a, y, x)`` computes the same states.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.filtic([1.0, 0.5], [1, -0.8], [2.0], [1.0])
    array([2.1])
    """
    bv, av = _ba(b, a)
    bv, av = normalize(bv, av)
    m = max(av.size, bv.size) - 1
    yv = np.asarray(matlab_array(y, "y", to_float=True)).ravel()
    xv = np.zeros(0) if is_omitted(x) else np.asarray(matlab_array(x, "x",
                                                                   to_float=True)).ravel()
    dtype = np.result_type(bv, av, yv, xv, np.float64)
    if m < 1:
        return np.zeros(0, dtype)
    bp = np.zeros(m + 1, dtype)
    ap = np.zeros(m + 1, dtype)
    bp[:bv.size] = bv
    ap[:av.size] = av
    yp = np.zeros(m, dtype)
    xp = np.zeros(m, dtype)
    yp[:min(m, yv.size)] = yv[:m]
    xp[:min(m, xv.size)] = xv[:m]
    z = np.zeros(m, dtype)
    for i in range(m):  # state i (0-based) collects lags i+1 .. m
        for j in range(i, m):
            z[i] += bp[j + 1] * xp[j - i] - ap[j + 1] * yp[j - i]
    return z
