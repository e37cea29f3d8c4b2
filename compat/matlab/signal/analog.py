"""MATLAB's analog-domain design helpers: ``besself`` (analog Bessel filters) and
``bilinear`` (bilinear transformation with optional prewarping).

The legacy layer over :mod:`compat._core.filter_design` (the Bessel prototype, the
state-space band transformations, ``bilinear_ss``, ``tf2ss``/``ss2tf``).
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import CompatValueError
from compat._core.filter_design import bilinear_ss, design, ss2tf, tf2ss
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat.matlab.signal._signals import filter_order
from compat.matlab.signal.design import (StateSpace, TransferFunction, ZeroPoleGain,
                                         _outputs)

__all__ = ["besself", "bilinear"]


@matlab_function("besself", nargout=4)
def besself(n, Wo, *options, nargout=2):
    """Analog Bessel filter design, as MATLAB's ``besself``.

    MATLAB call forms::

        [b, a] = besself(n, Wo)               ->  besself(5, 10000)
        [b, a] = besself(n, Wo, ftype)        ->  besself(5, [1e3, 2e3], 'stop')
        [z, p, k] = besself(___)              ->  besself(5, 10000, nargout=3)
        [A, B, C, D] = besself(___)           ->  besself(5, 10000, nargout=4)

    The Bessel prototype (MATLAB's ``besselap``: poles normalised so that the response
    is asymptotically that of the Butterworth prototype, unit DC gain) taken through
    ``zp2ss`` and the state-space band transformation to ``Wo`` (rad/s): the group
    delay is nearly flat up to about ``Wo``. Analog only (MATLAB has no digital
    Bessel design). Outputs as :func:`compat.matlab.butter`'s (``nargout`` 1 to 4).

    Notes
    -----
    ``scipy.signal.bessel(n, Wo, analog=True)`` (``norm='phase'``) gives the same
    filter; its numerator is trimmed where MATLAB's keeps ``n+1`` coefficients.

    Sources: MATLAB documentation of ``besself`` and ``besselap``.

    Examples
    --------
    >>> from compat import matlab
    >>> b, a = matlab.besself(3, 2)
    >>> b.round(4) + 0, a.round(4)
    (array([0., 0., 0., 8.]), array([1.    , 4.8658, 9.8648, 8.    ]))
    """
    order = filter_order(n)
    w = matlab_array(Wo, "Wo", complex_ok=False, to_float=True).astype(float).ravel()
    band = None
    for option in options:
        if not isinstance(option, str) or option.lower() not in ("low", "high", "bandpass",
                                                                  "stop"):
            raise CompatValueError(f"Invalid filter type {option!r}: expected 'low', "
                                   "'high', 'bandpass' or 'stop' (besself is analog only).")
        band = option.lower()
    if w.size not in (1, 2) or not np.all(np.isfinite(w)) or np.any(w <= 0):
        raise CompatValueError("Wo must be one or two positive frequencies (rad/s).")
    if w.size == 2 and not w[0] < w[1]:
        raise CompatValueError("The frequencies must be increasing: Wo(1) < Wo(2).")
    band = band or ("low" if w.size == 1 else "bandpass")
    if (band in ("low", "high")) != (w.size == 1):
        raise CompatValueError(f"A '{band}' filter needs "
                               f"{'a scalar' if band in ('low', 'high') else 'two-element'} "
                               "Wo.")
    return _outputs(design("bessel", order, w, band, analog=True), nargout)


def _vector(value, name):
    return np.asarray(matlab_array(value, name, to_float=True)).ravel()


@matlab_function("bilinear", nargout=4)
def bilinear(*args, nargout=2):
    """Bilinear transformation (analog to digital), as MATLAB's ``bilinear``.

    MATLAB call forms::

        [zd, pd, kd] = bilinear(z, p, k, fs)         ->  bilinear(z, p, k, fs, nargout=3)
        [zd, pd, kd] = bilinear(z, p, k, fs, fp)     (prewarped to match at fp Hz)
        [numd, dend] = bilinear(num, den, fs)        ->  bilinear(num, den, fs)
        [numd, dend] = bilinear(num, den, fs, fp)
        [Ad, Bd, Cd, Dd] = bilinear(A, B, C, D, fs)  ->  bilinear(A, B, C, D, fs, nargout=4)

    ``s = 2 fs (z - 1)/(z + 1)``. Zero-pole-gain: ``zd = (1 + z/(2fs))./(1 - z/(2fs))``
    (poles alike), the missing zeros at ``-1``, ``kd = k*real(prod(2fs - z)/prod(2fs -
    p))``. Transfer function: through ``tf2ss``, the state-space transformation and
    ``ss2tf``, as MATLAB computes it. With ``fp`` the rate is first replaced by
    ``pi*fp/tan(pi*fp/fs)`` so that the responses match at ``fp``.

    Python cannot see MATLAB's column-versus-row distinction of 1-D arrays, so the
    form is chosen by ``nargout``: 3 is zero-pole-gain (four or five inputs), 1-2
    transfer function (three or four inputs), 4 state space (five or six inputs).

    Notes
    -----
    ``scipy.signal.bilinear(b, a, fs)`` and ``bilinear_zpk(z, p, k, fs)`` compute the
    same maps (without prewarping); GNU Octave 7.3's ``bilinear`` takes the sampling
    *period* ``T`` instead of ``fs``.

    Sources: MATLAB documentation of ``bilinear`` (the three forms, prewarping).

    Examples
    --------
    >>> from compat import matlab
    >>> numd, dend = matlab.bilinear([1.0], [1, 2, 1], 4)
    >>> numd.round(6), dend.round(6)
    (array([0.012346, 0.024691, 0.012346]), array([ 1.      , -1.555556,  0.604938]))
    """
    if nargout == 3:
        if len(args) not in (4, 5):
            raise CompatValueError("The zero-pole-gain form takes z, p, k, fs (and fp).")
        z, p, k = _vector(args[0], "z"), _vector(args[1], "p"), float(np.real(args[2]))
        fs = _rate(args[3], args[4] if len(args) == 5 else None)
        fs2 = 2 * fs
        zd = (1 + z / fs2) / (1 - z / fs2)
        pd = (1 + p / fs2) / (1 - p / fs2)
        kd = k * float(np.real(np.prod(fs2 - z) / np.prod(fs2 - p)))
        zd = np.concatenate([zd, -np.ones(max(pd.size - zd.size, 0))])
        return ZeroPoleGain(z=zd, p=pd, k=kd)
    if nargout == 4 or len(args) >= 5:
        if len(args) not in (5, 6):
            raise CompatValueError("The state-space form takes A, B, C, D, fs (and fp).")
        A, B, C, D = (np.atleast_2d(np.asarray(matlab_array(v, n, to_float=True), float))
                      for v, n in zip(args[:4], "ABCD"))
        fs = _rate(args[4], args[5] if len(args) == 6 else None)
        ad, bd, cd, dd = bilinear_ss(A, B, C, D, fs)
        out = StateSpace(A=ad, B=bd, C=cd, D=dd)
        return out if nargout == 4 else out[:nargout]
    if len(args) not in (3, 4):
        raise CompatValueError("The transfer-function form takes num, den, fs (and fp).")
    num, den = _vector(args[0], "num"), _vector(args[1], "den")
    fs = _rate(args[2], args[3] if len(args) == 4 else None)
    if num.size > den.size:
        raise CompatValueError("The numerator cannot be of higher order than the "
                               "denominator.")
    a, b, c, d = tf2ss(num, den)
    ad, bd, cd, dd = bilinear_ss(a, b, c, d, fs)
    numd, dend = ss2tf(ad, bd, cd, dd)
    return TransferFunction.first(nargout, np.asarray(numd, float).ravel(),
                                  np.asarray(dend, float).ravel())


def _rate(fs, fp):
    f = float(np.asarray(fs, dtype=float))
    if not f > 0 or not math.isfinite(f):
        raise CompatValueError("fs must be a positive scalar.")
    if fp is None or is_omitted(fp):
        return f
    w = 2 * math.pi * float(np.asarray(fp, dtype=float))
    if not 0 < w / f < math.pi:
        raise CompatValueError("The match frequency fp must be between 0 and fs/2.")
    return w / math.tan(w / f / 2) / 2
