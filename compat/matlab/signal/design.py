"""MATLAB's IIR filter design: ``butter``, ``cheby1``, ``cheby2``, ``ellip`` and the
order estimates ``buttord``, ``cheb1ord``, ``cheb2ord``, ``ellipord``.

The legacy layer: it reads MATLAB's argument grammar (order, ripple, edges, the band
string, ``'s'``, ``nargout`` choosing the output form) and calls the core,
:mod:`compat._core.filter_design`, which designs as MATLAB does (prototype ->
``zp2ss`` -> state-space band transformation -> bilinear).
"""

from __future__ import annotations

import inspect

import numpy as np

from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.filter_design import design, order_estimate
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array, real_scalar
from compat._core.results import Result
from compat.matlab.signal._signals import filter_order

__all__ = ["butter", "cheby1", "cheby2", "ellip", "buttord", "cheb1ord", "cheb2ord",
           "ellipord"]


class TransferFunction(Result):
    """``[b, a] = butter(...)``: numerator and denominator, descending powers."""

    request_style = "nargout"
    b: np.ndarray
    a: np.ndarray


class ZeroPoleGain(Result):
    """``[z, p, k] = butter(...)``: zeros, poles and gain."""

    request_style = "nargout"
    z: np.ndarray
    p: np.ndarray
    k: float


class StateSpace(Result):
    """``[A, B, C, D] = butter(...)``: the state-space matrices."""

    request_style = "nargout"
    A: np.ndarray
    B: np.ndarray
    C: np.ndarray
    D: np.ndarray


class OrderResult(Result):
    """``[n, Wn] = buttord(...)``: the minimum order and the frequency to design with."""

    request_style = "nargout"
    n: float
    Wn: np.ndarray


_DOCS = Fragments(
    outputs="""
    Returns
    -------
    The form is chosen by ``nargout``, as MATLAB chooses it by the number of outputs:

    * ``nargout=2`` (the default here; MATLAB's ``[b, a] = ...``): a
      :class:`TransferFunction` ``(b, a)``, 1-D arrays of ``n+1`` coefficients
      (``2n+1`` for bandpass/bandstop) in descending powers of ``z`` (or ``s``);
      ``nargout=1`` gives ``b`` alone, as MATLAB's ``b = ...``.
    * ``nargout=3``: a :class:`ZeroPoleGain` ``(z, p, k)``: zeros and poles (1-D
      complex arrays, MATLAB's columns) and the gain.
    * ``nargout=4``: a :class:`StateSpace` ``(A, B, C, D)``: MATLAB's state-space
      realisation (2-D arrays).""",
    order="""
    n : int
        Filter order (the prototype's order: bandpass and bandstop designs have order
        ``2n``).""",
    grammar="""
    ftype : {'low', 'high', 'bandpass', 'stop'}, optional
        Band type. Default ``'low'`` for a scalar ``Wn`` and ``'bandpass'`` for a
        two-element ``Wn``; ``'high'`` needs a scalar, ``'stop'`` (and
        ``'bandpass'``) a two-element ``Wn``, giving a filter of order ``2n``.
    's' : optional
        Analog design: ``Wn`` in rad/s (any positive value), outputs in ``s``.""",
    algorithm="""
    MATLAB's five steps (its "Algorithms" section): the analog lowpass prototype;
    ``zp2ss``; the state-space band transformation (``lp2lp``/``lp2hp``/``lp2bp``/
    ``lp2bs``) of the prewarped edges ``4*tan(pi*Wn/2)``; ``bilinear`` with ``fs = 2``
    for a digital design; then the requested form: poles ``eig(A)`` (LAPACK's order
    for MATLAB's matrix), denominator ``poly(A)``, and a numerator from the zeros
    (known in closed form) scaled to the prototype's gain at the band's reference
    frequency, as MATLAB's ``butter`` scales it.""",
    scipy="""
    Differences from the naive ``scipy.signal`` call: the coefficients agree to
    rounding, but scipy's ``output='ss'`` is another realisation (``zpk2ss``, a
    companion form) than MATLAB's ``[A, B, C, D]`` (a cascade of balanced
    second-order blocks), scipy's band string is ``'bandstop'`` where MATLAB says
    ``'stop'``, and an analog ``b`` has ``n+1`` coefficients (leading zeros kept) in
    MATLAB where scipy trims them. The order of ``p`` (and of the zeros of
    ``cheby2``/``ellip``, which MATLAB computes as transmission zeros) can differ
    from scipy's and from GNU Octave's; the values are the same.""",
)

_ARROW = 40  # the column of "->" in the call forms


def _designed(function):
    """Decorator: a design's docstring, its call forms (``{{forms}}``) made from its
    name and positional arguments (``n, Wn``; ``n, Rp, Wp``; ...)."""
    name = function.__name__
    args = ", ".join(p.name for p in inspect.signature(function).parameters.values()
                     if p.kind is p.POSITIONAL_OR_KEYWORD)
    forms = [(f"[b, a] = {name}({args})", f"b, a = {name}({args})"),
             (f"[b, a] = {name}({args}, ftype)", f"{name}({args}, 'high')"),
             (f"[z, p, k] = {name}(___)", f"{name}({args}, nargout=3)"),
             (f"[A, B, C, D] = {name}(___)", f"{name}({args}, nargout=4)"),
             (f"[___] = {name}(___, 's')", f"{name}({args}, 's')")]
    docs = _DOCS(forms="MATLAB call forms::\n\n" + "\n".join(
        f"    {matlab:<{_ARROW}}->  {python}" for matlab, python in forms))
    function.__doc__ = docs.render(function.__doc__)
    return function


# ------------------------------------------------------------------ the grammar
def _positive(value, name: str) -> float:
    v = float(real_scalar(value, f"{name} must be a real, positive scalar (in dB).",
                          CompatTypeError))
    if not (np.isfinite(v) and v > 0):
        raise CompatValueError(f"{name} must be a real, positive scalar (in dB), got {v:g}.")
    return v


def _band_and_domain(wn, options, name="Wn"):
    w = matlab_array(wn, name, complex_ok=False, to_float=True).astype(np.float64).ravel()
    band, analog = None, False
    for option in options:
        if not isinstance(option, str):
            raise CompatTypeError("options must be 'low', 'high', 'bandpass', 'stop' or "
                                  "'s'.")
        key = option.lower()
        if key == "s":
            analog = True
        elif key == "z":
            analog = False
        elif key in ("low", "high", "bandpass", "stop", "pass"):
            if band is not None:
                raise CompatValueError("the filter type is given twice.")
            band = "bandpass" if key == "pass" else key
        else:
            raise CompatValueError(f"Invalid filter type '{option}': expected 'low', "
                                   "'high', 'bandpass', 'stop' or 's'.")
    if w.size not in (1, 2):
        raise CompatValueError(f"{name} must be a scalar or a two-element vector.")
    if not np.all(np.isfinite(w)):
        raise CompatValueError(f"{name} must be finite.")
    if analog:
        if np.any(w <= 0):
            raise CompatValueError("The cutoff frequencies must be greater than zero for "
                                   "analog filters.")
    elif np.any(w <= 0) or np.any(w >= 1):
        raise CompatValueError("The cutoff frequencies must be within the interval of "
                               "(0,1).")
    if w.size == 2 and not w[0] < w[1]:
        raise CompatValueError("The cutoff frequencies must be increasing: "
                               f"{name}(1) < {name}(2).")
    if band is None:
        band = "low" if w.size == 1 else "bandpass"
    if band in ("low", "high") and w.size != 1:
        raise CompatValueError(f"A '{band}' filter needs a scalar {name}.")
    if band in ("bandpass", "stop") and w.size != 2:
        raise CompatValueError(f"A '{band}' filter needs a two-element {name}.")
    return w, band, analog


def _outputs(d, nargout: int):
    if nargout <= 2:
        b, a = d.tf()
        return TransferFunction.first(nargout, b, a)
    if nargout == 3:
        z, p, k = d.zpk()
        return ZeroPoleGain(z=z, p=p, k=k)
    A, B, C, D = d.ss
    return StateSpace(A=A.copy(), B=B.copy(), C=C.copy(), D=D.copy())


# --------------------------------------------------------------------- designs
@matlab_function("butter", nargout=4)
@_designed
def butter(n, Wn, *options, nargout=2):
    """Butterworth filter design, as MATLAB's ``butter``.

    {{forms}}

    Parameters
    ----------
    {{order}}
    Wn : scalar or two-element vector
        Cutoff (-3 dB) frequency, normalised so that 1 is the Nyquist frequency
        (``0 < Wn < 1``); ``[w1 w2]`` for bandpass/bandstop.
    {{grammar}}

    {{outputs}}

    Notes
    -----
    {{algorithm}}

    {{scipy}}

    Sources: MATLAB documentation of ``butter``, ``buttap``, ``zp2ss``, ``lp2lp``,
    ``lp2hp``, ``lp2bp``, ``lp2bs``, ``bilinear``.

    Examples
    --------
    >>> from compat import matlab
    >>> b, a = matlab.butter(2, 0.5)
    >>> b.round(6) + 0, a.round(6) + 0
    (array([0.292893, 0.585786, 0.292893]), array([1.      , 0.      , 0.171573]))
    >>> z, p, k = matlab.butter(3, 0.4, 'high', nargout=3)
    >>> z.real, round(k, 6)
    (array([1., 1., 1.]), 0.256916)
    """
    return _design("butter", n, Wn, options, nargout)


@matlab_function("cheby1", nargout=4)
@_designed
def cheby1(n, Rp, Wp, *options, nargout=2):
    """Chebyshev Type I filter design (passband ripple), as MATLAB's ``cheby1``.

    {{forms}}

    Parameters
    ----------
    {{order}}
    Rp : float
        Peak-to-peak passband ripple in dB (positive).
    Wp : scalar or two-element vector
        Passband edge frequency, where the response falls to ``-Rp`` dB (1 = Nyquist).
    {{grammar}}

    {{outputs}}

    Notes
    -----
    {{algorithm}} For even ``n`` the gain at the reference frequency is ``-Rp`` dB
    (the ripple's trough), as MATLAB's.

    {{scipy}}

    Sources: MATLAB documentation of ``cheby1`` and ``cheb1ap``.

    Examples
    --------
    >>> from compat import matlab
    >>> b, a = matlab.cheby1(2, 1, 0.5)
    >>> b.round(6) + 0, a.round(6) + 0
    (array([0.307043, 0.614086, 0.307043]), array([1.      , 0.064064, 0.313968]))
    """
    rp = _positive(Rp, "Rp")
    return _design("cheby1", n, Wp, options, nargout, rp=rp)


@matlab_function("cheby2", nargout=4)
@_designed
def cheby2(n, Rs, Ws, *options, nargout=2):
    """Chebyshev Type II filter design (stopband ripple), as MATLAB's ``cheby2``.

    {{forms}}

    Parameters
    ----------
    {{order}}
    Rs : float
        Stopband attenuation in dB down from the passband (positive).
    Ws : scalar or two-element vector
        Stopband edge frequency, where the response first reaches ``-Rs`` dB
        (1 = Nyquist).
    {{grammar}}

    {{outputs}}

    Notes
    -----
    {{algorithm}}

    {{scipy}}

    Sources: MATLAB documentation of ``cheby2`` and ``cheb2ap``.

    Examples
    --------
    >>> from compat import matlab
    >>> b, a = matlab.cheby2(2, 20, 0.5)
    >>> b.round(6) + 0, a.round(6) + 0
    (array([0.166667, 0.111111, 0.166667]), array([ 1.      , -0.888889,  0.333333]))
    """
    rs = _positive(Rs, "Rs")
    return _design("cheby2", n, Ws, options, nargout, rs=rs)


@matlab_function("ellip", nargout=4)
@_designed
def ellip(n, Rp, Rs, Wp, *options, nargout=2):
    """Elliptic (Cauer) filter design, as MATLAB's ``ellip``.

    {{forms}}

    Parameters
    ----------
    {{order}}
    Rp, Rs : float
        Passband ripple and stopband attenuation in dB (positive, ``Rs > Rp``).
    Wp : scalar or two-element vector
        Passband edge frequency (1 = Nyquist).
    {{grammar}}

    {{outputs}}

    Notes
    -----
    {{algorithm}} The prototype's zeros and poles are those of MATLAB's ``ellipap``
    (computed here by scipy's ``ellipap``, which solves the same degree equation; the
    values agree to rounding).

    {{scipy}}

    Sources: MATLAB documentation of ``ellip`` and ``ellipap``.

    Examples
    --------
    >>> from compat import matlab
    >>> b, a = matlab.ellip(2, 1, 40, 0.5)
    >>> b.round(6) + 0, a.round(6) + 0
    (array([0.31178 , 0.611059, 0.31178 ]), array([1.      , 0.06755 , 0.317716]))
    """
    rp = _positive(Rp, "Rp")
    rs = _positive(Rs, "Rs")
    if rs <= rp:
        raise CompatValueError("The stopband attenuation Rs must be larger than the "
                               "passband ripple Rp.")
    return _design("ellip", n, Wp, options, nargout, rp=rp, rs=rs)


def _design(kind, n, wn, options, nargout, rp=0.0, rs=0.0):
    order = filter_order(n)
    w, band, analog = _band_and_domain(wn, options, "Wn")
    d = design(kind, order, w, band, analog=analog, rp=rp, rs=rs)
    return _outputs(d, nargout)


# ------------------------------------------------------------- order estimates
_ORD = Fragments(
    common="""
    Parameters
    ----------
    Wp, Ws : scalar or two-element vector
        Passband and stopband edge frequencies (1 = Nyquist; rad/s with ``'s'``).
        ``Wp < Ws`` is lowpass, ``Wp > Ws`` highpass; two-element vectors give
        bandpass (``Ws`` outside ``Wp``) or bandstop (``Ws`` inside ``Wp``).
    Rp : float
        Maximum passband loss in dB.
    Rs : float
        Minimum stopband attenuation in dB.
    's' : optional
        Analog specification (rad/s).

    Returns
    -------
    n : float
        The lowest order meeting the specification (``nargout=1`` gives it alone).
    Wn : ndarray
        The frequency (or pair) to design with.
        ``nargout=2`` (the default here, MATLAB's ``[n, Wn] = ...``) gives an
        :class:`OrderResult` ``(n, Wn)``.

    Notes
    -----
    For bandstop specifications MATLAB first narrows the passband edges to the
    lowest order with ``fminbnd`` (tolerance ``1e-4``); compat runs the same Brent
    minimisation (scipy's ``fminbound``, a translation of ``fminbnd``, with
    ``xtol=1e-4``).""",
)


def _ord_documented(edge: str, *, example: str):
    """Decorator: an order estimator's docstring, its call forms and its example (the
    same specification for all four) made from its name and the name MATLAB gives its
    second output (``edge``); ``example`` is what the example prints."""
    def document(function):
        name = function.__name__
        call = f"{name}(Wp, Ws, Rp, Rs"
        docs = _ORD(
            forms=f"""
                MATLAB call forms::

                    {f'[n, {edge}] = {call})':<41}->  n, {edge} = {call})
                    {f"[n, {edge}] = {call}, 's')":<41}->  {call}, 's')""",
            examples=f"""
                Examples
                --------
                >>> from compat import matlab
                >>> n, {edge} = matlab.{name}(40/500, 150/500, 3, 60)
                >>> n, {edge}.round(6)
                {example}""")
        function.__doc__ = docs.render(function.__doc__)
        return function
    return document


def _ord(kind, Wp, Ws, Rp, Rs, options, nargout):
    wp = matlab_array(Wp, "Wp", complex_ok=False, to_float=True).astype(float).ravel()
    ws = matlab_array(Ws, "Ws", complex_ok=False, to_float=True).astype(float).ravel()
    rp = _positive(Rp, "Rp")
    rs = _positive(Rs, "Rs")
    analog = False
    for option in options:
        if not isinstance(option, str) or option.lower() not in ("s", "z"):
            raise CompatValueError("the last argument must be 's' (analog) or 'z'.")
        analog = option.lower() == "s"
    if wp.size != ws.size or wp.size not in (1, 2):
        raise CompatValueError("Wp and Ws must both be scalars or both two-element "
                               "vectors.")
    if not (np.all(np.isfinite(wp)) and np.all(np.isfinite(ws))):
        raise CompatValueError("Wp and Ws must be finite.")
    if not analog and (np.any(wp <= 0) or np.any(wp >= 1) or np.any(ws <= 0)
                       or np.any(ws >= 1)):
        raise CompatValueError("The passband and stopband edge frequencies must be within "
                               "the interval of (0,1).")
    if analog and (np.any(wp <= 0) or np.any(ws <= 0)):
        raise CompatValueError("The passband and stopband edge frequencies must be "
                               "greater than zero.")
    if wp.size == 2:
        if not (wp[0] < wp[1] and ws[0] < ws[1]):
            raise CompatValueError("The frequencies of Wp and Ws must be increasing.")
        inside = ws[0] > wp[0] and ws[1] < wp[1]
        outside = ws[0] < wp[0] and ws[1] > wp[1]
        if not (inside or outside):
            raise CompatValueError("The stopband must be inside the passband (bandstop) or "
                                   "the passband inside the stopband (bandpass).")
    elif wp[0] == ws[0]:
        raise CompatValueError("Wp and Ws must differ.")
    n, wn = order_estimate(kind, wp, ws, rp, rs, analog)
    return OrderResult.first(nargout, float(n), np.asarray(wn, float).copy())


@matlab_function("buttord", nargout=2)
@_ord_documented("Wn", example="(5.0, array([0.081038]))")
def buttord(Wp, Ws, Rp, Rs, *options, nargout=2):
    """Butterworth filter order and cutoff frequency, as MATLAB's ``buttord``.

    {{forms}}

    {{common}}

    ``Wn`` is MATLAB's: the natural (-3 dB) frequency that gives *exactly* ``Rs`` dB
    at the stopband edge (so the passband is exceeded). ``scipy.signal.buttord``
    instead meets the passband exactly: its ``Wn`` differs from MATLAB's whenever the
    order is rounded up.

    Sources: MATLAB documentation of ``buttord`` ("Algorithms": Rabiner and Gold's
    order formula, the natural frequency from the stopband edge).

    {{examples}}
    """
    return _ord("butter", Wp, Ws, Rp, Rs, options, nargout)


@matlab_function("cheb1ord", nargout=2)
@_ord_documented("Wp", example="(4.0, array([0.08]))")
def cheb1ord(Wp, Ws, Rp, Rs, *options, nargout=2):
    """Chebyshev Type I filter order, as MATLAB's ``cheb1ord``.

    {{forms}}

    {{common}}

    ``Wn`` is the passband edge (after the bandstop narrowing), as MATLAB returns it.

    {{examples}}
    """
    return _ord("cheby1", Wp, Ws, Rp, Rs, options, nargout)


@matlab_function("cheb2ord", nargout=2)
@_ord_documented("Ws", example="(4.0, array([0.259657]))")
def cheb2ord(Wp, Ws, Rp, Rs, *options, nargout=2):
    """Chebyshev Type II filter order, as MATLAB's ``cheb2ord``.

    {{forms}}

    {{common}}

    ``Wn`` is the stopband edge for ``cheby2`` that meets the passband exactly.

    {{examples}}
    """
    return _ord("cheby2", Wp, Ws, Rp, Rs, options, nargout)


@matlab_function("ellipord", nargout=2)
@_ord_documented("Wp", example="(4.0, array([0.08]))")
def ellipord(Wp, Ws, Rp, Rs, *options, nargout=2):
    """Elliptic filter order, as MATLAB's ``ellipord``.

    {{forms}}

    {{common}}

    ``Wn`` is the passband edge, as MATLAB returns it. The order comes from the
    complete elliptic integrals of the selectivity and discrimination factors.

    {{examples}}
    """
    return _ord("ellip", Wp, Ws, Rp, Rs, options, nargout)
