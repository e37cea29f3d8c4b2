"""MATLAB's window functions: ``hamming``, ``hann``, ``hanning``, ``blackman``,
``blackmanharris``, ``bartlett``, ``triang``, ``kaiser``, ``tukeywin``, ``gausswin``,
``chebwin``, ``flattopwin``, ``rectwin``.

The legacy layer reads MATLAB's arguments (``L``, ``'symmetric'``/``'periodic'``, the
shape parameter); the core is :mod:`compat._core.signal_windows`.
"""

from __future__ import annotations

import inspect
import math
import textwrap

import numpy as np

from compat._core import signal_windows as core
from compat._core.errors import issue_warning
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError, MatlabWarning
from compat._core.half_away import round_half_away
from compat._core.legacy import matlab_function
from compat._core.matlab_types import real_scalar

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
_ARROW = 32  # the column of "->" in the call forms


def _form(matlab: str, python: str, note: str = "") -> str:
    return f"{matlab:<{_ARROW}}->  {python:<19}{note}".rstrip()


def _documented(parameter: str | None = None, *, default: str = "", example: str = "",
                description: str = ""):
    """Decorator: fill a window's docstring. ``{{forms}}`` (the MATLAB call forms) and
    ``{{parameters}}`` (Parameters and Returns) are made from its signature:
    ``(L, sflag)``, ``(L)`` or ``(L, parameter)`` (its ``default``, an ``example``
    value and its ``description``)."""
    def document(function):
        name = function.__name__
        sflag = "sflag" in inspect.signature(function).parameters
        forms = [_form(f"w = {name}(L)", f"{name}(L)",
                       f"({parameter} = {default})" if parameter else "")]
        rows = ["{{L}}"]
        if sflag:
            forms.append(_form(f"w = {name}(L, sflag)", f"{name}(L, 'periodic')"))
            rows.append("{{sflag}}")
        elif parameter:
            forms.append(_form(f"w = {name}(L, {parameter})", f"{name}(L, {example})"))
            rows.append(f"{parameter} : float, optional\n"
                        + textwrap.indent(textwrap.dedent(description).strip("\n"), "    "))
        docs = _DOCS(
            forms=f"MATLAB call form{'s' if len(forms) > 1 else ''}::\n\n"
            + textwrap.indent("\n".join(forms), "    "),
            parameters="Parameters\n----------\n" + "\n".join(rows) + "\n\n{{returns}}")
        if not sflag:
            docs = docs(sources="Sources: MATLAB documentation of the window (its defining "
                                "equation).")
        function.__doc__ = docs.render(function.__doc__)
        return function
    return document


def _length(L, name="L") -> int:
    v = float(real_scalar(L, f"{name} must be a real, non-negative integer scalar.",
                          CompatTypeError))
    if not math.isfinite(v) or v < 0:
        raise CompatValueError(f"{name} must be a real, non-negative integer scalar.")
    if v != round(v):
        issue_warning(MatlabWarning("Order was rounded to the nearest integer.",
                                    "signal:check_order:InvalidOrderRounded"))
        # check_order's round(n): MATLAB's round takes halves away from zero (2.5 -> 3),
        # numpy's np.round to even (2.5 -> 2)
        v = float(round_half_away(np.float64(v)))
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
    v = float(real_scalar(value, f"{name} must be a real scalar.", CompatTypeError))
    if not math.isfinite(v):
        raise CompatValueError(f"{name} must be finite.")
    return v


def _cosine(kind, L, sflag):
    return core.cosine_window(kind, _length(L), periodic=_sflag(sflag))


@matlab_function("hamming")
@_documented()
def hamming(L, sflag=None):
    """Hamming window, as MATLAB's ``hamming``.

    {{forms}}

    ``w(n) = 0.54 - 0.46*cos(2*pi*n/(L-1))``, ``n = 0..L-1`` (symmetric).

    {{parameters}}

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
@_documented()
def hann(L, sflag=None):
    """Hann (raised cosine) window, as MATLAB's ``hann``.

    {{forms}}

    ``w(n) = 0.5*(1 - cos(2*pi*n/(L-1)))``, ``n = 0..L-1``: zero at both ends
    (symmetric). See :func:`hanning` for MATLAB's variant without the zeros.

    {{parameters}}

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
@_documented()
def hanning(L, sflag=None):
    """Hanning window, as MATLAB's ``hanning`` (*not* the same as ``hann``).

    {{forms}}

    MATLAB's ``hanning`` leaves out the zero end points of the Hann window:
    ``w(k) = 0.5*(1 - cos(2*pi*k/(L+1)))``, ``k = 1..L`` (symmetric), so
    ``hanning(L)`` is ``hann(L+2)`` without its first and last samples. The periodic
    form is ``[0; hanning(L-1)]``.

    {{parameters}}

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
@_documented()
def blackman(L, sflag=None):
    """Blackman window, as MATLAB's ``blackman``.

    {{forms}}

    ``w(n) = 0.42 - 0.5*cos(2*pi*n/(L-1)) + 0.08*cos(4*pi*n/(L-1))``. The end points
    are ``0.42 - 0.5 + 0.08`` in floating point: ``-1.3878e-17``, as MATLAB prints.

    {{parameters}}

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.blackman(3)
    array([-1.38777878e-17,  1.00000000e+00, -1.38777878e-17])
    """
    return _cosine("blackman", L, sflag)


@matlab_function("flattopwin")
@_documented()
def flattopwin(L, sflag=None):
    """Flat top window, as MATLAB's ``flattopwin``.

    {{forms}}

    A 5-term cosine window with MATLAB's coefficients ``a0 = 0.21557895,
    a1 = 0.41663158, a2 = 0.277263158, a3 = 0.083578947, a4 = 0.006947368``.

    {{parameters}}

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
@_documented()
def blackmanharris(L, sflag=None):
    """Minimum 4-term Blackman-Harris window, as MATLAB's ``blackmanharris``.

    {{forms}}

    ``a0 - a1*cos(2*pi*n/N) + a2*cos(4*pi*n/N) - a3*cos(6*pi*n/N)`` with
    ``a = [0.35875 0.48829 0.14128 0.01168]``, ``N = L-1`` (symmetric) or ``L``
    (periodic).

    {{parameters}}

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.blackmanharris(3)
    array([6.e-05, 1.e+00, 6.e-05])
    """
    return core.blackmanharris_window(_length(L), periodic=_sflag(sflag))


@matlab_function("bartlett")
@_documented()
def bartlett(L):
    """Bartlett (triangular, zero end points) window, as MATLAB's ``bartlett``.

    {{forms}}

    ``w(n) = 2n/(L-1)`` up to the middle, then ``2 - 2n/(L-1)``, ``n = 0..L-1``.

    {{parameters}}

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.bartlett(5)
    array([0. , 0.5, 1. , 0.5, 0. ])
    """
    return core.bartlett_window(_length(L))


@matlab_function("triang")
@_documented()
def triang(L):
    """Triangular window (non-zero end points), as MATLAB's ``triang``.

    {{forms}}

    Odd ``L``: ``2n/(L+1)`` for ``n = 1..(L+1)/2``, mirrored; even ``L``:
    ``(2n-1)/L`` for ``n = 1..L/2``, mirrored.

    {{parameters}}

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.triang(4)
    array([0.25, 0.75, 0.75, 0.25])
    """
    return core.triang_window(_length(L))


@matlab_function("rectwin")
@_documented()
def rectwin(L):
    """Rectangular window, as MATLAB's ``rectwin``: ``ones(L, 1)``.

    {{forms}}

    {{parameters}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.rectwin(3)
    array([1., 1., 1.])
    """
    return np.ones(_length(L))


@matlab_function("kaiser")
@_documented("beta", default="0.5", example="5", description="""
    Shape parameter (default 0.5, MATLAB's; ``numpy.kaiser`` and scipy require it).""")
def kaiser(L, beta=None):
    """Kaiser window, as MATLAB's ``kaiser``.

    {{forms}}

    ``w(n) = I0(beta*sqrt(1 - (2n/(L-1) - 1)^2)) / I0(beta)``, ``n = 0..L-1``.

    {{parameters}}

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
@_documented("r", default="0.5", example="0.25", description="""
    Cosine fraction (default 0.5).""")
def tukeywin(L, r=None):
    """Tukey (tapered cosine) window, as MATLAB's ``tukeywin``.

    {{forms}}

    A flat top with cosine tapers over the fraction ``r`` of the window; ``r <= 0``
    gives ``rectwin``, ``r >= 1`` gives ``hann``.

    {{parameters}}

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
@_documented("alpha", default="2.5", example="3", description="""
    Width factor, inversely proportional to the standard deviation (default 2.5).
    ``scipy.signal.windows.gaussian`` takes the standard deviation instead:
    ``std = (L-1)/(2*alpha)``.""")
def gausswin(L, alpha=None):
    """Gaussian window, as MATLAB's ``gausswin``.

    {{forms}}

    ``w(n) = exp(-(1/2)*(alpha*n/((L-1)/2))^2)``, ``n = -(L-1)/2..(L-1)/2``.

    {{parameters}}

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
@_documented("r", default="100 dB", example="60", description="""
    Sidelobe attenuation in dB (default 100; scipy's ``chebwin`` has no default).""")
def chebwin(L, r=None):
    """Dolph-Chebyshev window, as MATLAB's ``chebwin``.

    {{forms}}

    The window whose Fourier transform has equiripple sidelobes ``r`` dB below the
    main lobe, normalised to a peak of 1.

    {{parameters}}

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
