"""MATLAB's Parks-McClellan FIR design: ``firpm``.

The legacy layer over :mod:`compat._core.remez`: MATLAB's argument grammar (weights, the
``'hilbert'``/``'differentiator'`` type, the grid density as a one-element cell),
MATLAB's checks and the order increase of odd-order designs that need a gain at
Nyquist, and the outputs ``b``, ``err`` and the ``res`` structure.
"""

from __future__ import annotations


import numpy as np

from compat._core import remez
from compat._core.errors import issue_warning
from compat._core.errors import CompatValueError, MatlabWarning
from compat._core.legacy import matlab_function
from compat._core.results import Result
from compat.matlab.signal._signals import filter_order, finite_values, odd_order_increased

__all__ = ["firpm", "FirpmResult"]


class FirpmResult(Result):
    """``[b, err, res] = firpm(...)``: the taps, the maximum weighted ripple and the
    design's structure (a dict with MATLAB's fields ``fgrid``, ``H``, ``error``,
    ``des``, ``wt``, ``iextr`` (1-based), ``fextr``)."""

    request_style = "nargout"
    b: np.ndarray
    err: float
    res: dict


@matlab_function("firpm", nargout=3)
def firpm(n, f, a, *args, nargout=1):
    """Parks-McClellan optimal (equiripple) FIR filter design, as MATLAB's ``firpm``.

    MATLAB call forms::

        b = firpm(n, f, a)                    ->  firpm(20, [0, 0.4, 0.5, 1], [1, 1, 0, 0])
        b = firpm(n, f, a, w)                 ->  firpm(20, f, a, [1, 10])
        b = firpm(n, f, a, ftype)             ->  firpm(30, [0.1, 0.9], [1, 1], 'hilbert')
        b = firpm(n, f, a, w, ftype)          ->  firpm(21, [0, 0.9], [0, 0.9*np.pi], 'd')
        b = firpm(___, {lgrid})               ->  firpm(20, f, a, [64])
                                                  (a one-element list is MATLAB's cell;
                                                   weights as an array or a longer list)
        [b, err] = firpm(___)                 ->  firpm(20, f, a, nargout=2)
        [b, err, res] = firpm(___)            ->  firpm(20, f, a, nargout=3)

    The order-``n`` (``n+1`` taps) linear-phase filter whose amplitude is the best
    weighted Chebyshev approximation of the straight lines from ``a(k)`` to ``a(k+1)``
    over the bands ``f(k)..f(k+1)`` (``k`` odd; frequencies in ``[0, 1]``, 1 =
    Nyquist; the gaps between bands are "don't care"), with weight ``w`` per band.
    ``'hilbert'`` designs an antisymmetric filter (types III/IV) of response
    ``-1j*A``; ``'differentiator'`` an antisymmetric filter of response ``1j*A`` whose
    nonzero bands are weighted by ``1/f``. Computed by the Remez exchange on MATLAB's
    grid (``lgrid`` points, default 16, per extremal function in each band, at least
    11 per band). A symmetric design of odd order with a nonzero gain at Nyquist is
    raised by one with MATLAB's warning. ``err`` is the maximum weighted ripple.

    Returns
    -------
    b : ndarray
        1-D, the ``n+1`` coefficients (MATLAB's row).
    err : float (``nargout >= 2``)
    res : dict (``nargout = 3``)
        MATLAB's result structure: ``fgrid`` (the grid), ``H`` (the frequency response
        there), ``error`` (desired minus actual amplitude), ``des``, ``wt``, ``iextr``
        (1-based indices of the extremal frequencies) and ``fextr``.

    Raises
    ------
    ValueError
        Order below 3, an odd number of band edges, edges outside ``[0, 1]`` or
        decreasing, ``a`` not one per edge, weights not one per band or not positive,
        adjacent bands touching, a design that does not converge.

    Notes
    -----
    ``scipy.signal.remez(n+1, f/2, a[::2], weight=w)`` implements the same exchange
    (McClellan, Parks and Rabiner's program) but takes the number of taps and band
    edges in cycles per sample, one constant amplitude per band (no sloped bands) and
    builds the Fortran program's grid (spacing added up band by band), so its taps
    differ from MATLAB's in about the fifth digit; GNU Octave's ``remez`` is that
    program too (it accepts sloped bands). MATLAB builds its grid with its colon
    operator, which compat reproduces.

    Sources: MATLAB documentation of ``firpm`` (syntaxes, band and amplitude
    conventions, weights, 'hilbert' and 'differentiator', the grid density cell, the
    outputs); MATLAB's firpm.m and firpmfrf.m (grid, desired lines, 1/f weights, the
    signs of the antisymmetric types); McClellan, Parks & Rabiner (1973).

    Examples
    --------
    >>> from compat import matlab
    >>> b, err = matlab.firpm(20, [0, 0.4, 0.5, 1], [1, 1, 0, 0], nargout=2)
    >>> b.size, round(float(err), 4)
    (21, 0.0549)
    >>> b[:3].round(5)
    array([ 0.03878,  0.00248, -0.03033])
    """
    order = filter_order(n, least=3, too_low="Filter order must be 3 or more.")
    ff = finite_values(f, "F")
    aa = finite_values(a, "A")
    lgrid = 16
    rest = []
    for arg in args:
        if isinstance(arg, (list, tuple)) and len(arg) == 1:  # MATLAB's cell {lgrid}
            lgrid = float(np.asarray(arg[0], dtype=float).ravel()[0])
            if lgrid < 1:
                raise CompatValueError("Grid density should be positive.")
            if lgrid < 16:
                issue_warning(MatlabWarning("Grid density should be at least 16.",
                                            "signal:firpminit:InvalidParamGridDensity"))
        else:
            rest.append(arg)
    ftype = ""
    w = np.ones((ff.size + 1) // 2)
    if len(rest) == 1:
        if isinstance(rest[0], str):
            ftype = rest[0]
        else:
            w = finite_values(rest[0], "W")
    elif len(rest) == 2:
        w = finite_values(rest[0], "W")
        if not isinstance(rest[1], str):
            raise CompatValueError("The filter type must be 'hilbert' or 'differentiator'.")
        ftype = rest[1]
    elif len(rest) > 2:
        raise CompatValueError("Too many input arguments.")
    key = ftype.lower()
    if key and not ("hilbert".startswith(key) or "differentiator".startswith(key)):
        raise CompatValueError(f"Invalid filter type '{ftype}': expected 'hilbert' or "
                               "'differentiator'.")
    if ff.size % 2:
        raise CompatValueError("The number of frequency points must be even.")
    if np.any((ff < 0) | (ff > 1)):
        raise CompatValueError("Frequencies must lie between 0 and 1.")
    if np.any(np.diff(ff) < 0):
        raise CompatValueError("Frequencies must be non-decreasing.")
    if np.all(ff[1::2] - ff[0::2] == 0):
        raise CompatValueError("The frequency bands must have nonzero width.")
    if w.size != (ff.size + 1) // 2:
        raise CompatValueError("There should be one weight per band.")
    if np.any(w <= 0):
        raise CompatValueError("All weights must be greater than zero.")
    if aa.size != ff.size:
        raise CompatValueError("The vectors F and A must have the same length.")
    if np.any(ff[1:-1:2] == ff[2::2]):
        raise CompatValueError("Adjacent bands must not touch: leave a transition band "
                               "between them.")
    hilbert = key != "" and key[0] == "h"
    differentiator = key != "" and key[0] == "d"
    neg = hilbert or differentiator
    if not neg and order % 2 == 1 and ff[-1] == 1 and aa[-1] != 0:
        order = odd_order_increased(order, "signal:firpminit:OrderIncreased")
    nfilt = order + 1
    nodd = nfilt % 2 == 1
    ftype_n = (3 if nodd else 4) if neg else (1 if nodd else 2)
    lg = lgrid
    g = remez.grid(nfilt, lg, ff, neg, nodd)
    while g.size <= nfilt:
        lg *= 4
        g = remez.grid(nfilt, lg, ff, neg, nodd)
    des, wt = remez.desired(ff, aa, w, g, differentiator)
    try:
        h, err, iext = remez.design(nfilt, ftype_n, g, des, wt)
    except remez._RemezError:
        raise CompatValueError("Design did not converge: 1) Check specs. 2) Try a higher "
                               "filter order. 3) For multiband filters, could try making "
                               "the transition regions more similar in width.") from None
    if differentiator:
        h = -h
    if nargout < 3:
        return FirpmResult.first(nargout, h, err, None)
    w_grid = np.pi * g
    H = np.exp(-1j * np.outer(w_grid, np.arange(nfilt))) @ h
    if neg:
        linphase = np.exp(1j * (w_grid * order / 2 - np.pi / 2))
    else:
        linphase = np.exp(1j * w_grid * order / 2)
    amp = H * linphase
    error = np.real(des + amp) if hilbert else np.real(des - amp)
    res = {"fgrid": g.reshape(-1, 1), "H": H.reshape(-1, 1), "error": error.reshape(-1, 1),
           "des": des.reshape(-1, 1), "wt": wt.reshape(-1, 1),
           "iextr": (iext + 1).astype(float).reshape(-1, 1),
           "fextr": g[iext].reshape(-1, 1)}
    return FirpmResult.first(nargout, h, err, res)
