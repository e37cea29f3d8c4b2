"""MATLAB's window-method FIR design: ``fir1``."""

from __future__ import annotations

import numpy as np

from compat._core import signal_windows
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat.matlab.signal._signals import filter_order, odd_order_increased

__all__ = ["fir1"]

_TYPES = ("low", "high", "bandpass", "stop", "dc-0", "dc-1")


@matlab_function("fir1")
def fir1(n, Wn, *options):
    """Window-based FIR filter design, as MATLAB's ``fir1``.

    MATLAB call forms::

        b = fir1(n, Wn)                          ->  fir1(n, Wn)
        b = fir1(n, Wn, ftype)                   ->  fir1(n, Wn, 'high')
        b = fir1(___, window)                    ->  fir1(n, Wn, kaiser(n+1, 5))
        b = fir1(___, scaleopt)                  ->  fir1(n, Wn, 'noscale')

    Designs an order-``n`` (``n+1`` taps) linear-phase filter: the ideal response of
    the bands (differences of ``sinc``), times the window, then scaled (``'scale'``,
    the default) so that the magnitude is exactly 1 at the centre of the first
    passband: at 0 when it starts at DC, at the Nyquist frequency when it ends there.

    Parameters
    ----------
    n : int
        Filter order. A highpass or bandstop design (any design whose response is 1 at
        the Nyquist frequency) needs an even order: an odd ``n`` is increased by one
        with MATLAB's warning.
    Wn : scalar or vector
        Cutoff frequencies, ``0 < Wn < 1`` (1 = Nyquist), increasing. Two elements:
        bandpass (or ``'stop'``); more: a multiband filter.
    ftype : {'low', 'high', 'bandpass', 'stop', 'DC-0', 'DC-1'}, optional
        Band type; ``'DC-0'`` makes the first band of a multiband filter a stopband
        (the default for ``numel(Wn) > 2``), ``'DC-1'`` a passband.
    window : vector, optional
        ``n+1`` window samples (default ``hamming(n+1)``, MATLAB's symmetric Hamming).
    scaleopt : {'scale', 'noscale'}, optional

    Returns
    -------
    ndarray
        1-D array of the ``n+1`` coefficients (MATLAB's row vector).

    Notes
    -----
    ``scipy.signal.firwin(n+1, Wn, window='hamming', pass_zero=...)`` follows the same
    method and scaling rule; the differences are the arguments: scipy takes the number
    of taps (``n+1``), a band flag instead of MATLAB's strings, raises for an even
    number of taps with a highpass where MATLAB raises the order, and its Hamming
    window is computed without MATLAB's mirroring (differences in the last bit).

    Sources: MATLAB documentation of ``fir1`` (description, "Algorithms": window method
    and scaling, the order increase for highpass/bandstop).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.fir1(4, 0.5).round(6) + 0
    array([0.      , 0.203712, 0.592575, 0.203712, 0.      ])
    >>> matlab.fir1(2, 0.3, 'high').round(6)
    array([-0.027795,  0.944411, -0.027795])
    """
    order = filter_order(n)
    w = matlab_array(Wn, "Wn", complex_ok=False, to_float=True).astype(float).ravel()
    if w.size == 0 or not np.all(np.isfinite(w)):
        raise CompatValueError("Wn must be a non-empty vector of finite frequencies.")
    if np.any(w <= 0) or np.any(w >= 1):
        raise CompatValueError("The cutoff frequencies must be within the interval of "
                               "(0,1).")
    if np.any(np.diff(w) <= 0):
        raise CompatValueError("The cutoff frequencies must be increasing.")
    ftype, window, scale = None, None, True
    for opt in options:
        if isinstance(opt, str):
            key = opt.lower()
            if key in ("scale", "noscale"):
                scale = key == "scale"
            elif key in _TYPES:
                ftype = key
            else:
                raise CompatValueError(f"Invalid option '{opt}': expected a filter type "
                                       "('low', 'high', 'bandpass', 'stop', 'DC-0', 'DC-1') "
                                       "or 'scale'/'noscale'.")
        elif opt is None or (isinstance(opt, (list, tuple)) and len(opt) == 0):
            continue
        else:
            window = matlab_array(opt, "window", complex_ok=False,
                                  to_float=True).astype(float).ravel()
    if ftype is None:
        ftype = "low" if w.size == 1 else ("bandpass" if w.size == 2 else "dc-0")
    if ftype in ("low", "high") and w.size > 1:
        raise CompatValueError(f"A '{ftype}' filter needs a scalar Wn (use 'DC-0' or "
                               "'DC-1' for a multiband filter).")
    if ftype in ("bandpass", "stop") and w.size != 2:
        raise CompatValueError(f"A '{ftype}' filter needs a two-element Wn.")
    first_pass = ftype in ("low", "stop", "dc-1")
    edges = np.concatenate([[0.0], w, [1.0]])
    bands = len(edges) - 1
    passing = [(k % 2 == 0) == first_pass for k in range(bands)]
    if passing[-1] and order % 2:
        order = odd_order_increased(order, "signal:fir1:OddOrder")
    taps = order + 1
    if window is None:
        window = signal_windows.cosine_window("hamming", taps)
    elif window.size != taps:
        raise CompatValueError(f"The window length must be the same as the filter length "
                               f"n+1 = {taps}.")
    m = np.arange(taps) - order / 2
    h = np.zeros(taps)
    for k in range(bands):
        if passing[k]:
            h += edges[k + 1] * np.sinc(edges[k + 1] * m) - edges[k] * np.sinc(edges[k] * m)
    b = h * window
    if scale:
        k0 = passing.index(True)
        lo, hi = edges[k0], edges[k0 + 1]
        f0 = 0.0 if lo == 0 else (1.0 if hi == 1 else (lo + hi) / 2)
        gain = np.abs(np.sum(b * np.exp(-1j * np.pi * f0 * np.arange(taps))))
        b = b / gain
    return b
