"""IDL's special functions: ``GAMMA``, ``LNGAMMA``, ``ERF``, ``ERRORF``, ``ERFC``,
``EXPINT``, ``BESELJ``, ``BESELY``, ``BESELI``, ``BESELK``, ``FACTORIAL``, ``GAUSSINT``,
``VOIGT``, ``IGAMMA``, ``BETA``, ``IBETA`` and ``PRIMES``, over
:mod:`compat._core.special_functions`.

What the port gets that ``scipy.special`` alone does not give: IDL's result types (FLOAT
for integer and FLOAT arguments, DOUBLE for DOUBLE or /DOUBLE -- scipy returns float64
for everything), IDL's argument order (``BESELJ(X, N)`` is ``scipy.special.jv(N, X)``),
and IDL's rule for two array arguments (the shorter array's length, not broadcasting).
Values are computed in double precision and rounded once to the result type, so a FLOAT
result is the correctly rounded value; IDL's own single-precision evaluation may differ in
the last bit (the golden cases allow 2 FLOAT ULPs for that reason).
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import special_functions as core
from compat._core.docs import Fragments
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["gamma", "lngamma", "erf", "errorf", "expint", "beselj", "besely", "beseli",
           "beselk", "factorial", "gaussint", "voigt", "erfc", "igamma", "beta", "ibeta",
           "primes"]

_DOCS = Fragments(types="""Returns
-------
numpy scalar or ndarray
    FLOAT (float32) for integer and FLOAT arguments, DOUBLE (float64) when an
    argument is DOUBLE or ``double=True``. Two array arguments give the shorter
    one's length; a scalar argument spreads over the other.""")


def _real(value, name: str) -> np.ndarray:
    a = idl_array(value, name, complex_ok=False)
    return a


def _apply(function: str, *named, double: bool = False):
    arrays, dtype = _real_typed(named, double)
    out = core.evaluate(core.FUNCTIONS[function], *arrays, dtype=dtype)
    return out[()] if out.ndim == 0 else out


def _real_typed(named, double):
    """The real arguments ``(value, name)`` as IDL arrays, and the result type."""
    arrays = [_real(v, n) for v, n in named]
    return arrays, core.result_type(*arrays, double=double)


@idl_routine("GAMMA")
@_DOCS.fill
def gamma(x, *, double=False):
    """The gamma function, as IDL's ``GAMMA``.

    IDL call form::

        Result = GAMMA(X [, /DOUBLE])

    {{types}}

    Notes
    -----
    ``scipy.special.gamma(x)`` returns float64 for float32 input. Non-positive integers
    give NaN or Inf as scipy returns them. Source: IDL Reference Guide, GAMMA; checked
    against GDL 1.0.1 (reference_outputs/idl/special).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.gamma(np.array([0.5, 2.5], np.float32))
    array([1.7724539, 1.3293403], dtype=float32)
    >>> idl.gamma(3)
    np.float32(2.0)
    """
    return _apply("gamma", (x, "X"), double=double)



@idl_routine("LNGAMMA")
@_DOCS.fill
def lngamma(x, *, double=False):
    """The natural logarithm of the gamma function, as IDL's ``LNGAMMA``.

    IDL call form::

        Result = LNGAMMA(X [, /DOUBLE])

    {{types}}

    Notes
    -----
    The log of the absolute value, in IDL's types, to a few ulps of the result also next
    to its zeros at 1 and 2 (:func:`compat._core.special_functions.log_gamma`; GDL's
    LNGAMMA, GSL's lngamma, is relative there too, where ``scipy.special.gammaln`` is a
    few eps absolute). Source: IDL Reference Guide, LNGAMMA; checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.lngamma(100.0)
    np.float64(359.1342053695754)
    """
    return _apply("lngamma", (x, "X"), double=double)



@idl_routine("ERF")
@_DOCS.fill
def erf(z, *, double=False):
    """The error function, as IDL's ``ERF`` (real arguments).

    IDL call form::

        Result = ERF(Z [, /DOUBLE])

    {{types}}

    Notes
    -----
    ``scipy.special.erf`` in IDL's types; complex arguments are refused. Source: IDL
    Reference Guide, ERF; checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.erf(1)
    np.float32(0.8427008)
    """
    return _apply("erf", (z, "Z"), double=double)



@idl_routine("ERRORF")
def errorf(z):
    """The error function under its old name, as IDL's obsolete ``ERRORF`` (the same
    values and types as :func:`erf`).

    IDL call form::

        Result = ERRORF(Z)

    Examples
    --------
    >>> from compat import idl
    >>> idl.errorf(0.5)
    np.float64(0.5204998778130465)
    """
    return _apply("erf", (z, "Z"))


@idl_routine("EXPINT")
@_DOCS.fill
def expint(n, x, *, double=False, eps=None, itmax=None):
    """The exponential integral E_n(x), as IDL's ``EXPINT``.

    IDL call form::

        Result = EXPINT(N, X [, /DOUBLE] [, EPS=value] [, ITMAX=value])

    Parameters
    ----------
    n : int or array_like of int
        The order, a non-negative integer.
    x : scalar or array_like
        The argument, ``x >= 0`` (``x > 0`` for ``n`` 0 or 1).
    eps, itmax : optional
        IDL's convergence controls of its series; accepted and ignored (scipy's
        ``expn`` is accurate to double precision).

    {{types}}

    Notes
    -----
    ``scipy.special.expn(n, x)`` in IDL's types. Source: IDL Reference Guide, EXPINT;
    checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.expint(1, 1.0)
    np.float64(0.2193839343955205)
    """
    order = _real(n, "N")
    if order.dtype.kind == "f" and not np.all(order == np.trunc(order)):
        raise CompatValueError("N must be an integer order")
    if np.any(order < 0):
        raise CompatValueError("N must be non-negative")
    arg = _real(x, "X")
    dtype = core.result_type(arg, double=double)
    out = core.evaluate(core.FUNCTIONS["expint"], order, arg, dtype=dtype)
    return out[()] if out.ndim == 0 else out


_BESSEL = """The Bessel function {what} of order N, as IDL's ``{upper}``.

    IDL call form::

        Result = {upper}(X, N [, /DOUBLE] [, ITER=variable])

    Parameters
    ----------
    x : scalar or array_like
        The argument{xrange}.
    n : scalar or array_like
        The order (integer or, as IDL 6.1 and later allow, real).

    {{{{types}}}}

    Notes
    -----
    IDL takes the argument first: ``{upper}(X, N)`` is ``scipy.special.{scipy}(N, X)``,
    which returns float64 whatever the input. IDL's ITER output (its iteration count)
    is not available. Source: IDL Reference Guide, {upper}; checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.{name}(2.5, 1)
    {example}
    """


def _bessel(name: str, upper: str, x, n, double: bool):
    arg = _real(x, "X")
    order = _real(n, "N")
    dtype = core.result_type(arg, double=double)
    out = core.evaluate(core.FUNCTIONS[name], arg, order, dtype=dtype)
    return out[()] if out.ndim == 0 else out


@idl_routine("BESELJ")
def beselj(x, n, *, double=False):
    return _bessel("beselj", "BESELJ", x, n, double)


@idl_routine("BESELY")
def besely(x, n, *, double=False):
    return _bessel("besely", "BESELY", x, n, double)


@idl_routine("BESELI")
def beseli(x, n, *, double=False):
    return _bessel("beseli", "BESELI", x, n, double)


@idl_routine("BESELK")
def beselk(x, n, *, double=False):
    return _bessel("beselk", "BESELK", x, n, double)


for _f, _what, _scipy, _range, _example in (
        (beselj, "J (first kind)", "jv", "", "np.float64(0.4970941024642741)"),
        (besely, "Y (second kind)", "yv", ", ``x > 0``", "np.float64(0.1459181379667858)"),
        (beseli, "I (modified, first kind)", "iv", "", "np.float64(2.5167162452887006)"),
        (beselk, "K (modified, second kind)", "kv", ", ``x > 0``",
         "np.float64(0.07389081634774708)")):
    _f.__doc__ = _DOCS.render(_BESSEL.format(
        what=_what, upper=_f.__legacy_name__, scipy=_scipy, xrange=_range,
        name=_f.__name__, example=_example))


@idl_routine("FACTORIAL")
def factorial(n, *, stirling=False, ul64=False):
    """The factorial n!, as IDL's ``FACTORIAL``.

    IDL call form::

        Result = FACTORIAL(N [, /STIRLING] [, /UL64])

    Parameters
    ----------
    n : int or array_like
        Non-negative values (IDL converts them to integers; ``n`` up to 170 has a
        DOUBLE value).
    stirling : bool
        /STIRLING: Stirling's approximation ``sqrt(2 pi n) (n/e)^n`` instead of the
        exact value.
    ul64 : bool
        /UL64: the exact value as ULONG64 (exact up to 20!; larger ones wrap modulo
        2^64).

    Returns
    -------
    numpy scalar or ndarray of DOUBLE (ULONG64 with ``ul64=True``).

    Notes
    -----
    ``math.factorial`` gives Python ints and ``scipy.special.factorial`` float64 without
    Stirling's form. Source: IDL Reference Guide, FACTORIAL; checked against GDL 1.0.1
    (``FACTORIAL(5, /STIRLING)`` prints 118.01917).

    Examples
    --------
    >>> from compat import idl
    >>> idl.factorial([0, 5, 20])
    array([1.00000000e+00, 1.20000000e+02, 2.43290201e+18])
    >>> idl.factorial(5, stirling=True)
    np.float64(118.0191679575901)
    """
    a = _real(n, "N")
    if np.any(a < 0):
        raise CompatValueError("Values must be >= 0.")
    if stirling and ul64:
        raise CompatValueError("Conflicting keywords: STIRLING and UL64.")
    k = np.trunc(a).astype(np.float64)
    if ul64:
        flat = [math.factorial(int(v)) % 2 ** 64 for v in k.reshape(-1)]
        out = np.array(flat, dtype=np.uint64).reshape(k.shape)
    elif stirling:
        with np.errstate(over="ignore"):
            out = np.sqrt(2 * np.pi * k) * (k / np.e) ** k
    else:
        with np.errstate(over="ignore"):
            out = core.FUNCTIONS["gamma"](k + 1)
    out = np.asarray(out)
    return out[()] if out.ndim == 0 else out


@idl_routine("GAUSSINT")
@_DOCS.fill
def gaussint(x, y=None):
    """The integral of the standard Gaussian from -infinity to X (times the one to Y
    when given), as IDL's ``GAUSSINT``.

    IDL call form::

        Result = GAUSSINT(X [, Y])

    {{types}}

    Notes
    -----
    The same function as GAUSS_PDF (the standard normal cdf Phi, to a few ulps); with Y
    the two-dimensional integral of the uncorrelated standard Gaussian,
    ``Phi(X) * Phi(Y)``. GDL 1.0.1's
    GAUSSINT fails ("Variable is undefined"), so the goldens are IDL's documented values
    and the relation to GAUSS_PDF. Source: IDL Reference Guide, GAUSSINT.

    Examples
    --------
    >>> from compat import idl
    >>> idl.gaussint(1.96)
    np.float64(0.9750021048517795)
    """
    if y is None:
        return _apply("gauss_pdf", (x, "X"))
    a, b = _real(x, "X"), _real(y, "Y")
    dtype = core.result_type(a, b)
    out = core.evaluate(lambda u, v: core.FUNCTIONS["gauss_pdf"](u) *
                        core.FUNCTIONS["gauss_pdf"](v), a, b, dtype=dtype)
    return out[()] if out.ndim == 0 else out



@idl_routine("VOIGT")
@_DOCS.fill
def voigt(a, u):
    """The Voigt line profile H(a, u), as IDL's ``VOIGT``.

    IDL call form::

        Result = VOIGT(A, U)

    Parameters
    ----------
    a : scalar or array_like
        The damping parameter (ratio of the Lorentzian to the Doppler width), ``a >= 0``.
    u : scalar or array_like
        The frequency offset in Doppler widths.

    {{types}}

    Notes
    -----
    ``H(a, u) = Re w(u + i a)``, the real part of the Faddeeva function
    (``scipy.special.wofz``), which is what IDL documents VOIGT to return (an
    unnormalised profile: ``H(0, 0) = 1``). Source: IDL Reference Guide, VOIGT;
    checked against GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.voigt(np.float32(0.5), np.float32(0.1))
    np.float32(0.61210924)
    """
    aa, uu = _real(a, "A"), _real(u, "U")
    if np.any(aa < 0):
        raise CompatValueError("A must be non-negative")
    dtype = core.result_type(aa, uu)
    out = core.evaluate(core.FUNCTIONS["voigt"], aa, uu, dtype=dtype)
    return out[()] if out.ndim == 0 else out


del _f, _what, _scipy, _range, _example


@idl_routine("ERFC")
@_DOCS.fill
def erfc(z, *, double=False):
    """The complementary error function ``1 - ERF(Z)``, as IDL's ``ERFC`` (real
    arguments).

    IDL call form::

        Result = ERFC(Z [, /DOUBLE])

    {{types}}

    Notes
    -----
    Computed directly in IDL's types (no cancellation for large Z, unlike
    ``1 - erf(z)``), down to the last subnormal DOUBLE (erfc(27d) = 5.237e-319, as GDL's
    GSL-based ERFC gives; ``scipy.special.erfc`` is 0 past 26.64 and evaluates
    exp(-z^2) of the rounded z^2: :func:`compat._core.special_functions.erfc_full_range`);
    complex arguments are refused. Source: IDL Reference Guide, ERFC;
    checked against GDL 1.0.1 (reference_outputs/idl/special_functions).

    Examples
    --------
    >>> from compat import idl
    >>> idl.erfc(0.5)
    np.float64(0.4795001221869535)
    """
    return _apply("erfc", (z, "Z"), double=double)


@idl_routine("IGAMMA")
@_DOCS.fill
def igamma(a, z, *, double=False, eps=None, itmax=None):
    """The regularised lower incomplete gamma function P(a, z), as IDL's ``IGAMMA``.

    IDL call form::

        Result = IGAMMA(A, Z [, /DOUBLE] [, EPS=value] [, ITMAX=value])

    {{types}}

    Notes
    -----
    ``P(a, z) = 1/GAMMA(a) * integral_0^z t^(a-1) e^-t dt`` (``scipy.special.gammainc``),
    evaluated to double precision and rounded to the result type. IDL evaluates Numerical
    Recipes' series (z <= a+1) or continued fraction to its EPS (default 3e-7 for FLOAT,
    3e-12 for DOUBLE): a DOUBLE result of IDL can differ from compat's in the twelfth
    significant digit. ``eps`` and ``itmax`` are accepted and have no effect; the output
    keywords ITER and METHOD and complex arguments are not supported. Sources: IDL
    Reference Guide, IGAMMA (its example is a golden case, reference_outputs/idl/
    special_functions); IDL 8.0's igamma.pro (a wrapper of the compiled IDL_IGAMMA).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([0.10, 0.50, 1.00, 1.10, 6.00, 26.00], np.float32)
    >>> z = np.array([0.0316228, 0.0707107, 5.0, 1.04881, 2.44949, 25.4951], np.float32)
    >>> idl.igamma(a, z)
    array([0.7420264 , 0.29312798, 0.99326205, 0.6076461 , 0.03873184,
           0.48638678], dtype=float32)
    """
    del eps, itmax  # accepted: compat evaluates to double precision
    return _apply("igamma", (a, "A"), (z, "Z"), double=double)


@idl_routine("BETA")
@_DOCS.fill
def beta(z, w, *, double=False):
    """The beta function B(z, w) = GAMMA(z) GAMMA(w) / GAMMA(z + w), as IDL's ``BETA``.

    IDL call form::

        Result = BETA(Z, W [, /DOUBLE])

    {{types}}

    Notes
    -----
    Computed as IDL's beta.pro does, ``EXP(LNGAMMA(z) + LNGAMMA(w) - LNGAMMA(z + w))`` in
    double precision (the sign of the gamma functions for negative arguments), rounded
    to the result type; complex arguments are not supported. ``scipy.special.beta``
    returns float64 and evaluates differently. Sources: IDL Reference Guide, BETA; IDL
    8.0's beta.pro; checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.beta(2, 3)
    np.float32(0.083333336)
    """
    (za, wa), dtype = _real_typed(((z, "Z"), (w, "W")), double)
    out = core.beta_by_log_gamma(za, wa).astype(dtype)
    return out[()] if out.ndim == 0 else out


@idl_routine("IBETA")
@_DOCS.fill
def ibeta(a, b, z, *, double=False, eps=3e-12, itmax=None):
    """The regularised incomplete beta function I_z(a, b), as IDL's ``IBETA``.

    IDL call form::

        Result = IBETA(A, B, Z [, /DOUBLE] [, EPS=value] [, ITMAX=value])

    {{types}}

    Raises
    ------
    ValueError
        ``"IBETA: Argument Z must be in the range [0,1] or must be complex."``

    Notes
    -----
    Computed as IDL's ibeta.pro (IDL 8.0) computes it, in double precision: the
    prefactor ``z^a (1-z)^b / B(a, b)`` through LNGAMMA, then Numerical Recipes'
    continued fraction by Lentz's method for ``z < (a+1)/(a+b+2)`` and the symmetry
    relation otherwise, all elements of a group stepped together until every one has
    converged to ``EPS`` (default 3e-12) -- so IDL's value is accurate to about EPS,
    not to double precision (``scipy.special.betainc`` is). ibeta.pro ignores ITMAX
    (it always allows 100 steps): so does compat. The output keyword ITER and complex
    arguments are not supported. GDL 1.0.1's IBETA evaluates to full precision and
    returns FLOAT for a DOUBLE Z (recorded divergences). Sources: IDL Reference Guide,
    IBETA; ibeta.pro.

    Examples
    --------
    >>> from compat import idl
    >>> idl.ibeta(2.0, 3.0, 0.4)
    np.float64(0.5247999999999999)
    """
    del itmax  # ibeta.pro's IBETACF never reads it
    (aa, ba, za), dtype = _real_typed(((a, "A"), (b, "B"), (z, "Z")), double)
    zf = za.astype(np.float64)
    if zf.size and (np.nanmin(zf) < 0 or np.nanmax(zf) > 1):
        raise CompatValueError("Argument Z must be in the range [0,1] or must be complex.")
    out = core.incomplete_beta(aa, ba, za, eps=float(eps)).astype(dtype)
    return out[()] if out.ndim == 0 else out


@idl_routine("PRIMES")
def primes(n):
    """The first N prime numbers, as IDL's ``PRIMES``.

    IDL call form::

        Result = PRIMES(N)

    Parameters
    ----------
    n : int
        How many primes, ``n >= 1``.

    Returns
    -------
    ndarray of int32
        IDL's LONG array ``[2, 3, 5, ...]``.

    Notes
    -----
    IDL's primes.pro tests odd numbers by trial division; compat sieves (the same
    numbers). ``sympy`` is not needed. Source: IDL Reference Guide, PRIMES; IDL 8.0's
    primes.pro; checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.primes(5)
    array([ 2,  3,  5,  7, 11], dtype=int32)
    """
    k = idl_array(n, "N", complex_ok=False, scalar=True)
    count = int(k)
    if count < 1:
        raise CompatValueError("N must be a positive integer.")
    return core.first_primes(count).astype(np.int32)
