"""MATLAB's window functions: ``hamming``, ``hann``, ``hanning``, ``blackman``,
``blackmanharris``, ``bartlett``, ``triang``, ``kaiser``, ``tukeywin``, ``gausswin``,
``chebwin``, ``flattopwin``, ``rectwin``.

The legacy layer reads MATLAB's arguments (``L``, ``'symmetric'``/``'periodic'``, the
shape parameter); the core is :mod:`compat._core.signal_windows`.
"""

from __future__ import annotations

import math
import warnings

import numpy as np

from compat._core import signal_windows as core
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError, MatlabWarning
from compat._core.legacy import matlab_function

__all__ = ["hamming", "hann", "hanning", "blackman", "blackmanharris", "bartlett",
           "triang", "kaiser", "tukeywin", "gausswin", "chebwin", "flattopwin", "rectwin",
           "window"]

_DOCS = Fragments(
    L="""
    L : int
        Window length (a non-negative integer; a non-integer is rounded, with MATLAB's
        warning; ``L = 0`` gives an empty window, ``L = 1`` gives ``[1]``).""",
    sflag="""
    sflag : {'symmetric', 'periodic'}, optional
        ``'symmetric'`` (default, for filter design): computed on the first half and
        mirrored, so it is exactly symmetric. ``'periodic'`` (for spectral analysis):
        the symmetric window of length ``L+1`` without its last sample.""",
    returns="""
    Returns
    -------
    ndarray
        1-D float64 array of length ``L`` (MATLAB's ``L``-by-1 column).""",
    sources="""
    Sources: MATLAB documentation of the window (its defining equation, the
    ``sflag`` options).""",
)


def _length(L, name="L") -> int:
    a = np.asarray(L)
    if isinstance(L, str) or a.size != 1 or a.dtype.kind not in "biuf":
        raise CompatTypeError(f"{name} must be a real, non-negative integer scalar.")
    v = float(a.ravel()[0])
    if not math.isfinite(v) or v < 0:
        raise CompatValueError(f"{name} must be a real, non-negative integer scalar.")
    if v != round(v):
        warnings.warn(MatlabWarning(f"Order was rounded to the nearest integer.",
                                    "signal:check_order:InvalidOrderRounded"), stacklevel=4)
        v = float(np.round(v))
    return int(v)


def _sflag(sflag) -> bool:
    if sflag is None:
        return False
    if not isinstance(sflag, str) or sflag.lower() not in ("symmetric", "periodic"):
        raise CompatValueError(f"sflag must be 'symmetric' or 'periodic', got {sflag!r}.")
    return sflag.lower() == "periodic"


def _scalar(value, name, default):
    if value is None or (isinstance(value, (list, tuple)) and len(value) == 0):
        return default
    a = np.asarray(value)
    if isinstance(value, str) or a.size != 1 or a.dtype.kind not in "biuf":
        raise CompatTypeError(f"{name} must be a real scalar.")
    v = float(a.ravel()[0])
    if not math.isfinite(v):
        raise CompatValueError(f"{name} must be finite.")
    return v


def _cosine(kind, L, sflag):
    return core.cosine_window(kind, _length(L), periodic=_sflag(sflag))


@matlab_function("hamming")
@_DOCS.fill
def hamming(L, sflag=None):
    """Hamming window, as MATLAB's ``hamming``.

    MATLAB call forms::

        w = hamming(L)                  ->  hamming(L)
        w = hamming(L, sflag)           ->  hamming(L, 'periodic')

    ``w(n) = 0.54 - 0.46*cos(2*pi*n/(L-1))``, ``n = 0..L-1`` (symmetric).

    Parameters
    ----------
    {{L}}
    {{sflag}}

    {{returns}}

    Notes
    -----
    ``scipy.signal.windows.hamming(L)`` is the same symmetric window (computed without
    the mirroring, so it may differ in the last bit); ``scipy.signal.get_window
    ('hamming', L)`` is *periodic* by default where MATLAB's default is symmetric.

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.hamming(5)
    array([0.08, 0.54, 1.  , 0.54, 0.08])
    >>> matlab.hamming(4, 'periodic')
    array([0.08, 0.54, 1.  , 0.54])
    """
    return _cosine("hamming", L, sflag)


@matlab_function("hann")
@_DOCS.fill
def hann(L, sflag=None):
    """Hann (raised cosine) window, as MATLAB's ``hann``.

    MATLAB call forms::

        w = hann(L)                     ->  hann(L)
        w = hann(L, sflag)              ->  hann(L, 'periodic')

    ``w(n) = 0.5*(1 - cos(2*pi*n/(L-1)))``, ``n = 0..L-1``: zero at both ends
    (symmetric). See :func:`hanning` for MATLAB's variant without the zeros.

    Parameters
    ----------
    {{L}}
    {{sflag}}

    {{returns}}

    Notes
    -----
    ``scipy.signal.get_window('hann', L)`` is periodic by default; MATLAB's default is
    symmetric.

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.hann(5)
    array([0. , 0.5, 1. , 0.5, 0. ])
    """
    return _cosine("hann", L, sflag)


@matlab_function("hanning")
@_DOCS.fill
def hanning(L, sflag=None):
    """Hanning window, as MATLAB's ``hanning`` (*not* the same as ``hann``).

    MATLAB call forms::

        w = hanning(L)                  ->  hanning(L)
        w = hanning(L, sflag)           ->  hanning(L, 'periodic')

    MATLAB's ``hanning`` leaves out the zero end points of the Hann window:
    ``w(k) = 0.5*(1 - cos(2*pi*k/(L+1)))``, ``k = 1..L`` (symmetric), so
    ``hanning(L)`` is ``hann(L+2)`` without its first and last samples. The periodic
    form is ``[0; hanning(L-1)]``.

    Parameters
    ----------
    {{L}}
    {{sflag}}

    {{returns}}

    Notes
    -----
    GNU Octave's ``hanning`` (core Octave) is the Hann window *with* zero end points
    (``0.5 - 0.5*cos(2*pi*(0:L-1)'/(L-1))``), i.e. MATLAB's ``hann``; compat follows
    MATLAB. ``numpy.hanning(L)`` is also MATLAB's ``hann``, not its ``hanning``.

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.hanning(3)
    array([0.5, 1. , 0.5])
    >>> matlab.hanning(4, 'periodic')
    array([0. , 0.5, 1. , 0.5])
    """
    n = _length(L)
    return core.hanning_window(n, periodic=_sflag(sflag))


@matlab_function("blackman")
@_DOCS.fill
def blackman(L, sflag=None):
    """Blackman window, as MATLAB's ``blackman``.

    MATLAB call forms::

        w = blackman(L)                 ->  blackman(L)
        w = blackman(L, sflag)          ->  blackman(L, 'periodic')

    ``w(n) = 0.42 - 0.5*cos(2*pi*n/(L-1)) + 0.08*cos(4*pi*n/(L-1))``. The end points
    are ``0.42 - 0.5 + 0.08`` in floating point: ``-1.3878e-17``, as MATLAB prints.

    Parameters
    ----------
    {{L}}
    {{sflag}}

    {{returns}}

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.blackman(3)
    array([-1.38777878e-17,  1.00000000e+00, -1.38777878e-17])
    """
    return _cosine("blackman", L, sflag)


@matlab_function("flattopwin")
@_DOCS.fill
def flattopwin(L, sflag=None):
    """Flat top window, as MATLAB's ``flattopwin``.

    MATLAB call forms::

        w = flattopwin(L)               ->  flattopwin(L)
        w = flattopwin(L, sflag)        ->  flattopwin(L, 'periodic')

    A 5-term cosine window with MATLAB's coefficients ``a0 = 0.21557895,
    a1 = 0.41663158, a2 = 0.277263158, a3 = 0.083578947, a4 = 0.006947368``.

    Parameters
    ----------
    {{L}}
    {{sflag}}

    {{returns}}

    Notes
    -----
    ``scipy.signal.windows.flattop`` uses other coefficients (normalised to a peak of
    exactly 1), so its values differ from MATLAB's in the fourth digit.

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.flattopwin(3)
    array([-4.21051e-04,  1.00000e+00, -4.21051e-04])
    """
    return _cosine("flattopwin", L, sflag)


@matlab_function("blackmanharris")
@_DOCS.fill
def blackmanharris(L, sflag=None):
    """Minimum 4-term Blackman-Harris window, as MATLAB's ``blackmanharris``.

    MATLAB call forms::

        w = blackmanharris(L)           ->  blackmanharris(L)
        w = blackmanharris(L, sflag)    ->  blackmanharris(L, 'periodic')

    ``a0 - a1*cos(2*pi*n/N) + a2*cos(4*pi*n/N) - a3*cos(6*pi*n/N)`` with
    ``a = [0.35875 0.48829 0.14128 0.01168]``, ``N = L-1`` (symmetric) or ``L``
    (periodic).

    Parameters
    ----------
    {{L}}
    {{sflag}}

    {{returns}}

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.blackmanharris(3)
    array([6.e-05, 1.e+00, 6.e-05])
    """
    return core.blackmanharris_window(_length(L), periodic=_sflag(sflag))


@matlab_function("bartlett")
@_DOCS.fill
def bartlett(L):
    """Bartlett (triangular, zero end points) window, as MATLAB's ``bartlett``.

    MATLAB call form::

        w = bartlett(L)                 ->  bartlett(L)

    ``w(n) = 2n/(L-1)`` up to the middle, then ``2 - 2n/(L-1)``, ``n = 0..L-1``.

    Parameters
    ----------
    {{L}}

    {{returns}}

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.bartlett(5)
    array([0. , 0.5, 1. , 0.5, 0. ])
    """
    return core.bartlett_window(_length(L))


@matlab_function("triang")
@_DOCS.fill
def triang(L):
    """Triangular window (non-zero end points), as MATLAB's ``triang``.

    MATLAB call form::

        w = triang(L)                   ->  triang(L)

    Odd ``L``: ``2n/(L+1)`` for ``n = 1..(L+1)/2``, mirrored; even ``L``:
    ``(2n-1)/L`` for ``n = 1..L/2``, mirrored.

    Parameters
    ----------
    {{L}}

    {{returns}}

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.triang(4)
    array([0.25, 0.75, 0.75, 0.25])
    """
    return core.triang_window(_length(L))


@matlab_function("rectwin")
@_DOCS.fill
def rectwin(L):
    """Rectangular window, as MATLAB's ``rectwin``: ``ones(L, 1)``.

    MATLAB call form::

        w = rectwin(L)                  ->  rectwin(L)

    Parameters
    ----------
    {{L}}

    {{returns}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.rectwin(3)
    array([1., 1., 1.])
    """
    return np.ones(_length(L))


@matlab_function("kaiser")
@_DOCS.fill
def kaiser(L, beta=None):
    """Kaiser window, as MATLAB's ``kaiser``.

    MATLAB call forms::

        w = kaiser(L)                   ->  kaiser(L)          (beta = 0.5)
        w = kaiser(L, beta)             ->  kaiser(L, 5)

    ``w(n) = I0(beta*sqrt(1 - (2n/(L-1) - 1)^2)) / I0(beta)``, ``n = 0..L-1``.

    Parameters
    ----------
    {{L}}
    beta : float, optional
        Shape parameter (default 0.5, MATLAB's; ``numpy.kaiser`` and scipy require it).

    {{returns}}

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.kaiser(5, 4).round(6)
    array([0.088481, 0.633432, 1.      , 0.633432, 0.088481])
    """
    b = _scalar(beta, "beta", 0.5)
    return core.kaiser_window(_length(L), b)


@matlab_function("tukeywin")
@_DOCS.fill
def tukeywin(L, r=None):
    """Tukey (tapered cosine) window, as MATLAB's ``tukeywin``.

    MATLAB call forms::

        w = tukeywin(L)                 ->  tukeywin(L)        (r = 0.5)
        w = tukeywin(L, r)              ->  tukeywin(L, 0.25)

    A flat top with cosine tapers over the fraction ``r`` of the window; ``r <= 0``
    gives ``rectwin``, ``r >= 1`` gives ``hann``.

    Parameters
    ----------
    {{L}}
    r : float, optional
        Cosine fraction (default 0.5).

    {{returns}}

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.tukeywin(5, 0.5)
    array([0., 1., 1., 1., 0.])
    """
    ratio = _scalar(r, "r", 0.5)
    return core.tukey_window(_length(L), ratio)


@matlab_function("gausswin")
@_DOCS.fill
def gausswin(L, alpha=None):
    """Gaussian window, as MATLAB's ``gausswin``.

    MATLAB call forms::

        w = gausswin(L)                 ->  gausswin(L)        (alpha = 2.5)
        w = gausswin(L, alpha)          ->  gausswin(L, 3)

    ``w(n) = exp(-(1/2)*(alpha*n/((L-1)/2))^2)``, ``n = -(L-1)/2..(L-1)/2``.

    Parameters
    ----------
    {{L}}
    alpha : float, optional
        Width factor, inversely proportional to the standard deviation (default 2.5).
        ``scipy.signal.windows.gaussian`` takes the standard deviation instead:
        ``std = (L-1)/(2*alpha)``.

    {{returns}}

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.gausswin(5, 2).round(6)
    array([0.135335, 0.606531, 1.      , 0.606531, 0.135335])
    """
    a = _scalar(alpha, "alpha", 2.5)
    return core.gauss_window(_length(L), a)


@matlab_function("chebwin")
@_DOCS.fill
def chebwin(L, r=None):
    """Dolph-Chebyshev window, as MATLAB's ``chebwin``.

    MATLAB call forms::

        w = chebwin(L)                  ->  chebwin(L)         (r = 100 dB)
        w = chebwin(L, r)               ->  chebwin(L, 60)

    The window whose Fourier transform has equiripple sidelobes ``r`` dB below the
    main lobe, normalised to a peak of 1.

    Parameters
    ----------
    {{L}}
    r : float, optional
        Sidelobe attenuation in dB (default 100; scipy's ``chebwin`` has no default).

    {{returns}}

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.chebwin(5, 40).round(6)
    array([0.241081, 0.726406, 1.      , 0.726406, 0.241081])
    """
    at = _scalar(r, "r", 100.0)
    return core.cheb_window(_length(L), at)


@matlab_function("window")
def window(fhandle, L, *params):
    """A window by its function, as MATLAB's ``window``.

    MATLAB call forms::

        w = window(@hamming, L)             ->  window(matlab.hamming, L)
        w = window(@kaiser, L, beta)        ->  window(matlab.kaiser, L, 5)
        w = window(@tukeywin, L, r)         ->  window('tukeywin', L, 0.5)

    ``fhandle`` is a window function (any of compat's, or a callable of your own) or
    its name (``'hamming'`` or ``'@hamming'``); ``L`` and the extra parameters are
    passed on, so ``window(@f, L, p...)`` is ``f(L, p...)``.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.window(matlab.hann, 5)
    array([0. , 0.5, 1. , 0.5, 0. ])
    >>> matlab.window('@rectwin', 3)
    array([1., 1., 1.])
    """
    if isinstance(fhandle, str):
        name = fhandle.lstrip("@").lower()
        if name not in __all__ or name == "window":
            raise CompatValueError(f"Unknown window function '{fhandle}': expected one of "
                                   f"{', '.join(n for n in __all__ if n != 'window')}.")
        fhandle = globals()[name]
    if not callable(fhandle):
        raise CompatTypeError("The first argument must be a window function or its name.")
    return fhandle(L, *params)
