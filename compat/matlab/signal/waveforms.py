"""MATLAB's waveform generators (Signal Processing Toolbox): ``square``, ``sawtooth``,
``rectpuls``, ``tripuls``, ``gauspuls``, ``chirp``, ``pulstran``, ``diric``.

The legacy layer of the family: MATLAB's argument forms, defaults and checks over
:mod:`compat._core.waveforms`, whose docstring states the definitions. Time arrays keep
their shape; chirp, gauspuls and diric compute in the class of the time (single gives
single), square, sawtooth, rectpuls, tripuls and pulstran return double, as MATLAB's
(built from logical masks and zeros). Checked against
GNU Octave 7.3's signal package 1.4.3 and the reference pages (golden suite
``matlab/waveforms``); where Octave's function is narrower (gauspuls without bwr, the
quadrature and envelope outputs and 'cutoff'; chirp without shape or 'complex') the
definitions are evaluated in Octave.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import waveforms as core
from compat._core.args import is_omitted
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.interpolation import parse_method
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["square", "sawtooth", "rectpuls", "tripuls", "gauspuls", "chirp", "pulstran",
           "diric"]


def _time(t, name="t"):
    a = np.asarray(matlab_array(t, name, complex_ok=False))
    if a.dtype != np.float32:
        a = a.astype(np.float64)
    return a


def _scalar(value, name, default):
    if is_omitted(value):
        return default
    a = np.asarray(value)
    if isinstance(value, str) or a.size != 1 or a.dtype.kind not in "biuf":
        raise CompatValueError(f"{name} must be a real scalar, got {value!r}")
    v = float(a.reshape(-1)[0])
    if not math.isfinite(v):
        raise CompatValueError(f"{name} must be finite, got {v!r}")
    return v


def _shape_back(out, t):
    return out.reshape(t.shape) if out.shape != t.shape else out


@matlab_function("square")
def square(t, duty=None):
    """Square wave, as MATLAB's ``square``.

    MATLAB call forms::

        x = square(t)           ->  square(t)
        x = square(t, duty)     ->  square(t, 25)

    Period 2 pi, values +1 and -1: ``x = 1`` where ``mod(t, 2*pi) < 2*pi*duty/100``,
    else -1. ``duty`` is the percent of the period in which the signal is positive
    (0..100, default 50).

    Notes
    -----
    Differences from ``scipy.signal.square``: scipy's duty is a fraction (0..1), MATLAB's a
    percentage. NaN times give NaN. Source: MathWorks' square reference page; Octave
    7.3's signal 1.4.3 square compares the fractional part of ``t/(2 pi)`` instead (the
    same wave, roundings at the switching instants aside).

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> matlab.square(np.array([0, 1, 2, 3, 4, 5, 6.0]))
    array([ 1.,  1.,  1.,  1., -1., -1., -1.])
    >>> matlab.square(np.array([0, 1, 2, 3.0]), 25)
    array([ 1.,  1., -1., -1.])
    """
    a = _time(t)
    d = _scalar(duty, "DUTY", 50.0)
    if not 0 <= d <= 100:
        raise CompatValueError("DUTY must be between 0 and 100.")
    return core.square(a, d)


@matlab_function("sawtooth")
def sawtooth(t, xmax=None):
    """Sawtooth or triangle wave, as MATLAB's ``sawtooth``.

    MATLAB call forms::

        x = sawtooth(t)           ->  sawtooth(t)
        x = sawtooth(t, xmax)     ->  sawtooth(t, 0.5)

    Period 2 pi between -1 and 1: it rises linearly from -1 at multiples of 2 pi to 1
    at ``2*pi*xmax`` (``xmax`` in [0, 1], default 1) and falls back to -1 at the next
    multiple of 2 pi; ``xmax = 0.5`` gives a triangle wave.

    Notes
    -----
    Differences from ``scipy.signal.sawtooth``: the same shape and default; compat takes
    the phase as MATLAB's ``rem(t, 2*pi)/(2*pi)`` (the peak itself on the rising part).
    Source: MathWorks' sawtooth reference page; Octave 7.3's signal 1.4.3 agrees.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> matlab.sawtooth(np.pi * np.array([0, 0.5, 1, 1.5]))
    array([-1. , -0.5,  0. ,  0.5])
    >>> matlab.sawtooth(np.pi * np.array([0, 0.5, 1, 1.5]), 0.5)
    array([-1.,  0.,  1.,  0.])
    """
    a = _time(t)
    w = _scalar(xmax, "XMAX", 1.0)
    if not 0 <= w <= 1:
        raise CompatValueError("XMAX must be between 0 and 1.")
    return core.sawtooth(a, w)


@matlab_function("rectpuls")
def rectpuls(t, w=None):
    """Sampled aperiodic rectangle, as MATLAB's ``rectpuls``.

    MATLAB call forms::

        y = rectpuls(t)        ->  rectpuls(t)
        y = rectpuls(t, w)     ->  rectpuls(t, 2)

    1 on ``-w/2 <= t < w/2`` (width ``w``, default 1), 0 elsewhere.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> matlab.rectpuls(np.array([-0.5, -0.25, 0, 0.25, 0.5]))
    array([1., 1., 1., 1., 0.])

    Notes
    -----
    Source: MathWorks' rectpuls reference page ("rectpuls(t) ... sampled at the times
    indicated in array t ... centered about t = 0 ... half-open interval"); Octave 7.3's
    signal 1.4.3 agrees.
    """
    a = _time(t)
    width = _scalar(w, "W", 1.0)
    return core.rectpuls(a, width)


@matlab_function("tripuls")
def tripuls(t, w=None, s=None):
    """Sampled aperiodic triangle, as MATLAB's ``tripuls``.

    MATLAB call forms::

        y = tripuls(t)          ->  tripuls(t)
        y = tripuls(t, w)       ->  tripuls(t, 2)
        y = tripuls(t, w, s)    ->  tripuls(t, 2, -0.5)

    Unit height, width ``w`` (default 1) centred on 0, peak at ``t = s*w/2`` (skew
    ``s`` in [-1, 1], default 0): rising on ``(-w/2, peak)``, 1 at the peak, falling on
    ``(peak, w/2)``, 0 elsewhere.

    Notes
    -----
    ``s = -1`` puts the peak at ``-w/2``: the value there is 1 (the pulse's height);
    GNU Octave 7.3's signal 1.4.3 divides 0 by 0 there and returns NaN (recorded in the
    golden suite). Source: MathWorks' tripuls reference page.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> matlab.tripuls(np.array([-0.5, -0.25, 0, 0.25, 0.5]))
    array([0. , 0.5, 1. , 0.5, 0. ])
    """
    a = _time(t)
    width = _scalar(w, "W", 1.0)
    skew = _scalar(s, "S", 0.0)
    if not -1 <= skew <= 1:
        raise CompatValueError("S must be between -1 and 1.")
    return core.tripuls(a, width, skew)


@matlab_function("gauspuls", nargout=3)
def gauspuls(t, fc=None, bw=None, bwr=None, tpe=None, *, nargout=1):
    """Gaussian-modulated sinusoidal RF pulse, as MATLAB's ``gauspuls``.

    MATLAB call forms::

        yi = gauspuls(t, fc, bw, bwr)              ->  gauspuls(t, 50e3, 0.6, -6)
        [yi, yq] = gauspuls(___)                   ->  gauspuls(t, nargout=2)
        [yi, yq, ye] = gauspuls(___)               ->  gauspuls(t, nargout=3)
        tc = gauspuls('cutoff', fc, bw, bwr, tpe)  ->  gauspuls('cutoff', 50e3, 0.6, [], -40)

    ``yi = ye cos(2 pi fc t)``, ``yq = ye sin(2 pi fc t)``, envelope ``ye = exp(-a t^2)``,
    ``a = -(pi fc bw)^2 / (4 log(10^(bwr/20)))``: centre frequency ``fc`` (Hz, >= 0,
    default 1000), fractional bandwidth ``bw`` (> 0, default 0.5) measured at the level
    ``bwr`` dB (< 0, default -6) below the spectrum's peak. The 'cutoff' form returns the
    time ``tc`` at which the envelope has fallen ``tpe`` dB (< 0, default -60) below its
    peak: ``sqrt(-log(10^(tpe/20))/a)``.

    Notes
    -----
    Differences from ``scipy.signal.gausspulse``: the same formulas (scipy also takes
    'cutoff' and returns yI, yQ, yenv), MATLAB's argument order and ``[]`` defaults,
    single time kept. GNU Octave 7.3's signal 1.4.3 gauspuls takes only ``fc`` and
    ``bw`` (bwr fixed at -6 dB, one output, no 'cutoff'): those forms are checked
    against the formula evaluated in Octave. Source: MathWorks' gauspuls reference page.

    Examples
    --------
    >>> from compat import matlab
    >>> round(matlab.gauspuls('cutoff', 50e3, 0.6, [], -40) * 1e6, 4)   # microseconds
    37.8486
    >>> float(matlab.gauspuls(0.0))
    1.0
    """
    if isinstance(t, str):
        if t.lower() != "cutoff":
            raise CompatValueError("The first argument must be a time array or 'cutoff'.")
        f, b, r, e = _gauss_args(fc, bw, bwr)
        level = _scalar(tpe, "TPE", -60.0)
        if level >= 0:
            raise CompatValueError("TPE must be a negative number (dB).")
        if nargout != 1:
            raise CompatValueError("The 'cutoff' form has one output.")
        return core.gauspuls_cutoff(f, b, r, level)
    if not is_omitted(tpe):
        raise CompatValueError("TPE is only used with the 'cutoff' form.")
    a = _time(t)
    f, b, r, _ = _gauss_args(fc, bw, bwr)
    yi, yq, ye = (v.astype(a.dtype) for v in core.gauspuls(a, f, b, r))
    return (yi, yq, ye)[:nargout] if nargout > 1 else yi


def _gauss_args(fc, bw, bwr):
    f = _scalar(fc, "FC", 1000.0)
    b = _scalar(bw, "BW", 0.5)
    r = _scalar(bwr, "BWR", -6.0)
    if f < 0:
        raise CompatValueError("FC must be nonnegative.")
    if b <= 0:
        raise CompatValueError("BW must be positive.")
    if r >= 0:
        raise CompatValueError("BWR must be a negative number (dB).")
    return f, b, r, None


_METHODS = ("linear", "quadratic", "logarithmic")


def _word(value, choices, what):
    if not isinstance(value, str):
        raise CompatValueError(f"{what} must be one of {', '.join(choices)}")
    key = value.lower()
    hits = [c for c in choices if c.startswith(key)] if key else []
    if len(hits) != 1:
        raise CompatValueError(f"{what} must be one of {', '.join(repr(c) for c in choices)}"
                               f", got {value!r}")
    return hits[0]


@matlab_function("chirp")
def chirp(t, f0=None, t1=None, f1=None, method=None, phi=None, shape=None, cplx=None):
    """Swept-frequency cosine, as MATLAB's ``chirp``.

    MATLAB call forms::

        y = chirp(t, f0, t1, f1)                              ->  chirp(t, 0, 1, 250)
        y = chirp(t, f0, t1, f1, method)                      ->  chirp(t, 100, 1, 200, 'quadratic')
        y = chirp(t, f0, t1, f1, method, phi)                 ->  chirp(t, 0, 1, 250, 'linear', 90)
        y = chirp(t, f0, t1, f1, 'quadratic', phi, shape)     ->  chirp(t, 400, 1, 300, 'quadratic', [], 'convex')
        y = chirp(___, cplx)                                  ->  chirp(t, 0, 1, 250, 'complex')

    ``y = cos(2 pi integral_0^t f_i(tau) dtau + phi)`` with the instantaneous frequency
    ``f0`` at ``t = 0`` and ``f1`` at ``t1``: 'linear' ``f0 + beta t``
    (``beta = (f1 - f0)/t1``), 'quadratic' ``f0 + beta t^2`` (``beta = (f1 - f0)/t1^2``),
    'logarithmic' ``f0 beta^t`` (``beta = (f1/f0)^(1/t1)``). ``phi`` is the initial phase
    in degrees (default 0). For 'quadratic', ``shape`` 'convex' or 'concave' chooses the
    parabola whose spectrogram has that shape (``f0 + beta t^2`` when that is the
    requested shape, else ``f1 - beta (t1 - t)^2``); without it ``f0 + beta t^2``. A last
    argument 'complex' returns ``exp(1j (...))``, 'real' the cosine. Defaults: f0 0
    (1e-6 for 'logarithmic', as GNU Octave), t1 1, f1 100, 'linear'.

    Notes
    -----
    GNU Octave 7.3's signal 1.4.3 chirp has no shape or cplx argument, and its
    'logarithmic' form drops the constant of integration: its phase at ``t = 0`` is
    ``2 pi f0 t1/log(f1/f0) + phi`` instead of MATLAB's documented initial phase ``phi``
    (recorded as divergent in the golden suite). The 'convex'/'concave' rule is compat's
    reading of the reference page (which documents the shapes by their spectrograms);
    it has unit tests only. Differences from ``scipy.signal.chirp``: scipy's
    ``vertex_zero`` names the quadratic's vertex directly, and its logarithmic phase is
    MATLAB's. Source: MathWorks' chirp reference page.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> np.round(matlab.chirp(np.array([0, 0.25, 0.5]), 0, 1, 4), 8)
    array([ 1.        ,  0.70710678, -1.        ])
    """
    a = _time(t)
    rest = [method, phi, shape, cplx]
    complex_output = False
    # a trailing 'real'/'complex' may stand in any of the optional text positions
    for i in range(len(rest) - 1, -1, -1):
        v = rest[i]
        if isinstance(v, str) and v.lower() in ("real", "complex"):
            complex_output = v.lower() == "complex"
            rest[i] = None
            break
    method, phi, shape, _ = rest
    m = "linear" if is_omitted(method) else _word(method, _METHODS, "METHOD")
    default_f0 = 1e-6 if m == "logarithmic" else 0.0
    f0v = _scalar(f0, "F0", default_f0)
    t1v = _scalar(t1, "T1", 1.0)
    f1v = _scalar(f1, "F1", 100.0)
    p = _scalar(phi, "PHI", 0.0)
    shp = None
    if not is_omitted(shape):
        if m != "quadratic":
            raise CompatValueError("SHAPE ('convex' or 'concave') applies to 'quadratic' "
                                   "chirps only.")
        shp = _word(shape, ("convex", "concave"), "SHAPE")
    if t1v <= 0:
        raise CompatValueError("T1 must be positive.")
    if m == "logarithmic" and not (f0v > 0 and f1v > 0):
        raise CompatValueError("F0 and F1 must be positive for a logarithmic chirp.")
    out = core.chirp(a, f0v, t1v, f1v, m, p, shp, complex_output)
    if a.dtype == np.float32:
        out = out.astype(np.complex64 if complex_output else np.float32)
    return out


@matlab_function("pulstran")
def pulstran(t, d, func, *args):
    """Pulse train, as MATLAB's ``pulstran``.

    MATLAB call forms::

        y = pulstran(t, d, func)                 ->  pulstran(t, d, matlab.rectpuls)
        y = pulstran(t, d, func, p1, p2, ...)    ->  pulstran(t, d, 'gauspuls', 10e3, 0.5)
        y = pulstran(t, d, p)                    ->  pulstran(t, d, p)    (p a sampled pulse)
        y = pulstran(t, d, p, fs)                ->  pulstran(t, d, p, 1e3)
        y = pulstran(t, d, p, fs, method)        ->  pulstran(t, d, p, 1e3, 'pchip')

    ``y = sum_i a_i pulse(t - d_i)``: ``d`` a vector of delays (gains 1) or a two-column
    matrix ``[delay gain]``. ``func`` a callable or the name of a waveform function
    (``'rectpuls'``, ``'tripuls'``, ``'gauspuls'`` ... looked up in compat.matlab),
    called with ``t - d_i`` and the extra parameters; or a sampled prototype ``p``
    (sample ``k`` at time ``k/fs``, ``fs`` default 1) interpolated by ``method``
    (interp1's methods, default 'linear') on its span and 0 outside it.

    Notes
    -----
    Source: MathWorks' pulstran reference page; GNU Octave 7.3's signal 1.4.3 pulstran
    takes the same forms. Differences from a naive ``sum(f(t - d))``: the gains column,
    the prototype form's zero outside the pulse span.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> matlab.pulstran(np.arange(6.0), [1, 4], 'rectpuls')
    array([0., 1., 0., 0., 1., 0.])
    >>> matlab.pulstran(np.arange(6.0), np.array([[1, 2.0], [3, -1.0]]), np.array([1.0, 0.5]))
    array([ 0. ,  2. ,  1. , -1. , -0.5,  0. ])
    """
    a = _time(t)
    delays = np.asarray(matlab_array(d, "D", complex_ok=False), dtype=np.float64)
    if delays.ndim == 2 and delays.shape[1] == 2 and delays.shape[0] != 1:
        dl, gains = delays[:, 0], delays[:, 1]
    elif delays.ndim == 2 and delays.shape == (1, 2) and False:  # pragma: no cover
        dl, gains = delays[:, 0], delays[:, 1]
    else:
        if delays.ndim == 2 and min(delays.shape) > 1:
            raise CompatValueError("D must be a vector of delays or a two-column matrix "
                                   "[delay gain].")
        dl = delays.reshape(-1)
        gains = np.ones(dl.size)
    if callable(func) or isinstance(func, str):
        if isinstance(func, str):
            import compat.matlab as _m
            target = getattr(_m, func.lower(), None) if func.isidentifier() else None
            if target is None or not callable(target):
                raise CompatValueError(f"unknown pulse function '{func}'")
            func = target
        out = core.pulse_train(a.astype(np.float64), dl, gains, func, args)
    else:
        pulse = np.asarray(matlab_array(func, "P", complex_ok=False), dtype=np.float64)
        pulse = pulse.reshape(-1)
        if pulse.size == 0:
            raise CompatValueError("The prototype pulse P must not be empty.")
        if len(args) > 2:
            raise CompatValueError("Too many input arguments.")
        fs = _scalar(args[0] if args else None, "FS", 1.0)
        if fs <= 0:
            raise CompatValueError("FS must be positive.")
        method = "linear"
        if len(args) > 1:
            method = parse_method(args[1])
        out = core.prototype_train(a.astype(np.float64), dl, gains, pulse, fs, method)
    return out.reshape(a.shape)


@matlab_function("diric")
def diric(x, n):
    """Dirichlet or periodic sinc function, as MATLAB's ``diric``.

    MATLAB call forms::

        y = diric(x, n)        ->  diric(x, 7)

    ``sin(n x/2) / (n sin(x/2))``, and ``(-1)^(k(n-1))`` at ``x = 2 pi k`` (where
    ``mod(x, 2*pi) == 0``); ``n`` a positive integer. Period 2 pi for odd ``n``, 4 pi
    for even ``n``.

    Notes
    -----
    Differences from ``numpy.sin(n*x/2)/(n*numpy.sin(x/2))``: the limit at the
    multiples of 2 pi (0/0 there). Source: MathWorks' diric reference page; GNU Octave
    7.3's signal 1.4.3 agrees.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> np.round(matlab.diric(np.array([0, np.pi / 3, 2 * np.pi]), 3), 12)
    array([1.        , 0.66666667, 1.        ])
    """
    a = _time(x, "x")
    nn = np.asarray(n)
    if isinstance(n, str) or nn.size != 1 or nn.dtype.kind not in "iuf" or \
            not float(nn.reshape(-1)[0]) >= 1 or \
            float(nn.reshape(-1)[0]) != int(nn.reshape(-1)[0]):
        raise CompatValueError("N must be a positive integer.")
    if not isinstance(x, (np.ndarray, list, tuple, int, float, np.generic)):
        raise CompatTypeError("x must be numeric")
    return core.diric(a, int(nn.reshape(-1)[0]))
