"""MATLAB's least-squares FIR design and Kaiser order estimate: ``firls``, ``kaiserord``.

``firls`` solves the weighted least-squares problem in closed form (the integrals of the
cosine basis over the bands are elementary); ``kaiserord`` applies Kaiser's empirical
formulas.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.results import Result
from compat.matlab.signal._signals import finite_values, positive_integer

__all__ = ["firls", "kaiserord", "KaiserordResult"]


def _cos_integral(m, f1, f2):
    """``int_{f1}^{f2} cos(m pi f) df`` for an array of ``m``."""
    out = np.empty(m.shape)
    zero = m == 0
    mp = np.pi * m[~zero]
    out[~zero] = (np.sin(mp * f2) - np.sin(mp * f1)) / mp
    out[zero] = f2 - f1
    return out


def _fcos_integral(m, f1, f2):
    """``int_{f1}^{f2} f cos(m pi f) df``."""
    out = np.empty(m.shape)
    zero = m == 0
    mp = np.pi * m[~zero]
    F = lambda f: f * np.sin(mp * f) / mp + np.cos(mp * f) / mp ** 2  # noqa: E731
    out[~zero] = F(f2) - F(f1)
    out[zero] = (f2 ** 2 - f1 ** 2) / 2
    return out


@matlab_function("firls")
def firls(n, f, a, w=None, *options):
    """Least-squares linear-phase FIR design, as MATLAB's ``firls``.

    MATLAB call forms::

        b = firls(n, f, a)        ->  firls(30, [0, 0.3, 0.4, 1], [1, 1, 0, 0])
        b = firls(n, f, a, w)     ->  firls(30, [0, 0.3, 0.4, 1], [1, 1, 0, 0], [1, 10])

    The symmetric (type I for even ``n``, type II for odd) filter of order ``n`` whose
    amplitude ``A(f)`` minimises ``sum_bands w_k int (A(f) - D(f))^2 df`` over the
    bands ``[f(2k-1), f(2k)]`` (1 = Nyquist), with ``D`` the straight line from
    ``a(2k-1)`` to ``a(2k)`` across each band and nothing asked in the gaps. The
    Gram matrix of the cosine basis and the right-hand side are integrated in closed
    form and the system solved. ``'hilbert'`` and ``'differentiator'`` designs are not
    implemented (they raise).

    Returns
    -------
    ndarray
        1-D array of the ``n+1`` coefficients (MATLAB's row).

    Notes
    -----
    ``scipy.signal.firls(numtaps, bands, desired, weight)`` solves the same problem
    but takes the number of taps (``n+1``, odd only) and its ``fs`` default is 2.

    Sources: MATLAB documentation of ``firls`` (the error measure, band pairs,
    straight-line desired amplitudes, weights per band).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.firls(2, [0, 1], [1, 1]).round(12) + 0
    array([0., 1., 0.])
    """
    if options:
        raise CompatValueError("The 'hilbert' and 'differentiator' designs are not "
                               "supported by compat's firls.")
    if isinstance(w, str):
        raise CompatValueError("The 'hilbert' and 'differentiator' designs are not "
                               "supported by compat's firls.")
    order = positive_integer(n, "N")
    fv = finite_values(f, "F", nonempty=True)
    av = finite_values(a, "A", nonempty=True)
    if fv.size % 2:
        raise CompatValueError("F must have an even number of elements.")
    if fv.size != av.size:
        raise CompatValueError("F and A must be vectors of the same length.")
    if np.any(fv < 0) or np.any(fv > 1):
        raise CompatValueError("Frequencies in F must be in range [0,1].")
    if np.any(np.diff(fv) < 0):
        raise CompatValueError("Frequencies in F must be nondecreasing.")
    bands = fv.size // 2
    wv = np.ones(bands) if w is None else finite_values(w, "W", nonempty=True)
    if wv.size != bands:
        raise CompatValueError("There should be one weight per band.")
    odd_length = order % 2 == 0
    L = order // 2 + 1 if odd_length else (order + 1) // 2
    m = np.arange(L) + (0.0 if odd_length else 0.5)
    Q = np.zeros((L, L))
    rhs = np.zeros(L)
    diff = m[:, None] - m[None, :]
    summ = m[:, None] + m[None, :]
    for k in range(bands):
        f1, f2 = fv[2 * k], fv[2 * k + 1]
        if f2 == f1:
            continue
        wk = wv[k]
        Q += wk * 0.5 * (_cos_integral(diff, f1, f2) + _cos_integral(summ, f1, f2))
        slope = (av[2 * k + 1] - av[2 * k]) / (f2 - f1)
        c0 = av[2 * k] - slope * f1
        rhs += wk * (c0 * _cos_integral(m, f1, f2) + slope * _fcos_integral(m, f1, f2))
    coef = np.linalg.solve(Q, rhs)
    h = np.zeros(order + 1)
    if odd_length:
        M = order // 2
        h[M] = coef[0]
        h[M + 1:] = coef[1:] / 2
        h[:M] = coef[1:][::-1] / 2
    else:
        half = coef / 2
        h[L:] = half
        h[:L] = half[::-1]
    return h


class KaiserordResult(Result):
    """``[n, Wn, beta, ftype] = kaiserord(...)``."""

    request_style = "nargout"
    n: int
    Wn: np.ndarray
    beta: float
    ftype: str


@matlab_function("kaiserord", nargout=4)
def kaiserord(f, a, dev, fs=None, *, nargout=1):
    """Kaiser window FIR order estimate, as MATLAB's ``kaiserord``.

    MATLAB call forms::

        [n, Wn, beta, ftype] = kaiserord(f, a, dev)      ->  kaiserord(f, a, dev, nargout=4)
        [n, Wn, beta, ftype] = kaiserord(f, a, dev, fs)  ->  kaiserord(f, a, dev, 8000,
                                                                        nargout=4)

    With ``delta = min(dev)``, ``A = -20*log10(delta)``: ``beta = 0.1102*(A-8.7)``
    (A > 50), ``0.5842*(A-21)^0.4 + 0.07886*(A-21)`` (21 <= A <= 50), else 0; the order
    ``n = ceil((A - 7.95) / (2.285 * dw))`` (``dw`` the narrowest transition in rad/
    sample; ``ceil(5.79/dw)`` for A < 21); ``Wn`` the transitions' midpoints normalised
    to Nyquist; ``ftype`` from the band amplitudes (``'low'``, ``'high'``, ``'bandpass'``,
    ``'stop'``, ``'DC-0'``, ``'DC-1'``), ready for ``fir1(n, Wn, ftype,
    kaiser(n+1, beta), 'noscale')``.

    Two points are not settled by MATLAB's documentation and are compat's reading:
    below 21 dB compat uses Kaiser's ``5.79/dw`` (GNU Octave 7.3 keeps the other
    formula: 17 instead of 19 for a 20 dB, 0.1*pi transition), and the order of a
    highpass or bandstop design is not rounded up to even here (Octave rounds it; fir1
    raises an odd order with MATLAB's warning).

    Sources: MATLAB documentation of ``kaiserord`` (the formulas, Kaiser 1974).

    Examples
    --------
    >>> from compat import matlab
    >>> n, Wn, beta, ftype = matlab.kaiserord([1000, 1500], [1, 0], [0.05, 0.01], 8000,
    ...                                        nargout=4)
    >>> n, Wn, round(beta, 4), ftype
    (36.0, array([0.3125]), 3.3953, 'low')
    """
    fv = finite_values(f, "F", nonempty=True)
    av = finite_values(a, "A", nonempty=True)
    dv = finite_values(dev, "DEV", nonempty=True)
    rate = 2.0 if fs is None else float(np.asarray(fs, dtype=float))
    if not rate > 0:
        raise CompatValueError("Fs must be a positive scalar.")
    if fv.size != 2 * (av.size - 1):
        raise CompatValueError("The length of F must be 2*length(A)-2.")
    if dv.size != av.size:
        raise CompatValueError("A and DEV must be vectors of the same length.")
    if np.any(dv <= 0):
        raise CompatValueError("DEV must be positive.")
    if np.any(np.diff(fv) <= 0) or fv[0] <= 0 or fv[-1] >= rate / 2:
        raise CompatValueError("Frequencies in F must be increasing and between 0 and "
                               "Fs/2.")
    delta = float(np.min(dv))
    A = -20 * math.log10(delta)
    if A > 50:
        beta = 0.1102 * (A - 8.7)
    elif A >= 21:
        beta = 0.5842 * (A - 21) ** 0.4 + 0.07886 * (A - 21)
    else:
        beta = 0.0
    widths = fv[1::2] - fv[0::2]
    dw = 2 * math.pi * float(np.min(widths)) / rate
    order = math.ceil((A - 7.95) / (2.285 * dw)) if A >= 21 else math.ceil(5.79 / dw)
    Wn = (fv[0::2] + fv[1::2]) / rate
    if av.size == 2:
        ftype = "low" if av[0] > av[1] else "high"
    elif av.size == 3 and av[0] == 0 and av[2] == 0:
        ftype = "bandpass"
    elif av.size == 3 and av[1] == 0:
        ftype = "stop"
    else:
        ftype = "DC-1" if av[0] else "DC-0"
    return KaiserordResult.first(nargout, float(order), Wn, beta, ftype)
