"""IDL's orthogonal polynomials and spherical harmonics: ``LEGENDRE``, ``LAGUERRE`` and
``SPHER_HARM``, over :mod:`compat._core.special_functions` and
:mod:`compat._core.special_polynomials`.

What the port gets that ``scipy.special`` alone does not give: IDL's argument order
(``LEGENDRE(X, L, M)`` is ``scipy.special.lpmv(M, L, X)``), IDL's result types (FLOAT
unless an argument is DOUBLE or ``double=True``; scipy returns float64), IDL's rule for
array arguments (matched element by element up to the shortest array), and LAGUERRE and
SPHER_HARM evaluated in IDL's working precision in the order IDL's library code uses.
"""

from __future__ import annotations

import numpy as np

from compat._core import special_functions as core
from compat._core import special_polynomials as poly
from compat._core.errors import CompatValueError
from compat._core.idl_numeric import to_idl_type
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result

__all__ = ["legendre", "laguerre", "spher_harm"]


def _scalar_int(value, name: str) -> int:
    a = idl_array(value, name, complex_ok=False)
    if a.size != 1:
        raise CompatValueError("L and M must be scalars.")
    return int(to_idl_type(a.reshape(-1), np.int32)[0])


@idl_routine("LEGENDRE")
def legendre(x, l, m=0, *, double=False):  # noqa: E741 - IDL's argument name
    """The associated Legendre function P_l^m(x), as IDL's ``LEGENDRE``.

    IDL call form::

        Result = LEGENDRE(X, L [, M] [, /DOUBLE])

    Parameters
    ----------
    x : scalar or array_like
        Values in [-1, 1].
    l : int or array_like of int
        Degrees, ``l >= 0`` (floats are truncated).
    m : int or array_like of int
        Orders, ``-l <= m <= l`` (default 0: the Legendre polynomial P_l).

    Returns
    -------
    numpy scalar or ndarray
        FLOAT (float32), or DOUBLE when an argument is DOUBLE or ``double=True``. Array
        arguments are matched element by element, the result as long as the shortest
        array; scalars spread.

    Raises
    ------
    ValueError
        ``"LEGENDRE: Argument X must be in the range [-1.0, 1.0]"``, ``"LEGENDRE:
        Argument M must be in the range [-L, L]."``, ``"LEGENDRE: Argument L must be
        greater than or equal to zero."`` (GDL's texts; IDL's are not documented).

    Notes
    -----
    With the Condon-Shortley phase, ``P_l^m(x) = (-1)^m (1-x^2)^(m/2) d^m P_l/dx^m``, and
    ``P_l^-m = (-1)^m (l-m)!/(l+m)! P_l^m``, as IDL documents (its example prints
    ``LEGENDRE(-0.75, 2, 1)`` as 1.48824). Evaluated in double precision by
    ``scipy.special.lpmv`` (IDL uses Numerical Recipes' plgndr recurrence) and rounded to
    the result type. GDL 1.0.1 returns a scalar when X is a scalar and L or M an array;
    IDL documents matching the arrays (recorded divergence, reference_outputs/idl/
    special_functions). Source: IDL Reference Guide, LEGENDRE.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> x = np.array([-0.75, -0.5, -0.25, 0.25, 0.5, 0.75], np.float32)
    >>> idl.legendre(x, 2)
    array([ 0.34375, -0.125  , -0.40625, -0.40625, -0.125  ,  0.34375],
          dtype=float32)
    >>> idl.legendre(x, 2, 1)
    array([ 1.4882351 ,  1.299038  ,  0.72618437, -0.72618437, -1.299038  ,
           -1.4882351 ], dtype=float32)
    """
    xa = idl_array(x, "X", complex_ok=False)
    given_l = idl_array(l, "L", complex_ok=False)
    given_m = idl_array(m, "M", complex_ok=False)
    la = to_idl_type(given_l, np.int64)        # IDL truncates floats: L = 2.7 is 2
    ma = to_idl_type(given_m, np.int64)
    if np.any(np.abs(xa.astype(np.float64)) > 1):
        raise CompatValueError("Argument X must be in the range [-1.0, 1.0]")
    if np.any(la < 0):
        raise CompatValueError("Argument L must be greater than or equal to zero.")
    lx, mx = core.combine(la, ma)
    if np.any(np.abs(mx) > lx):
        raise CompatValueError("Argument M must be in the range [-L, L].")
    dtype = core.result_type(xa, given_l, given_m, double=double)
    out = core.evaluate(core.FUNCTIONS["legendre"], xa, la, ma, dtype=dtype)
    return out[()] if out.ndim == 0 else out


class LaguerreResult(Result):
    """LAGUERRE's result and its COEFFICIENTS."""

    result: object
    coefficients: object


@idl_routine("LAGUERRE")
def laguerre(x, n, k=0, *, coefficients=False, double=None):
    """The associated Laguerre polynomial L_n^k(x), as IDL's ``LAGUERRE``.

    IDL call form::

        Result = LAGUERRE(X, N [, K] [, COEFFICIENTS=variable] [, /DOUBLE])

    Python::

        r = idl.laguerre(x, n, k, coefficients=True)   # r.result, r.coefficients

    Parameters
    ----------
    x : scalar or array_like
        Real or complex values.
    n : int
        The degree, a scalar ``>= 0`` (IDL takes FLOOR of a float).
    k : scalar
        The order, ``>= 0`` (default 0: the Laguerre polynomial L_n).
    coefficients : bool
        COEFFICIENTS=variable: also return the polynomial's coefficients in ascending
        powers (DOUBLE with ``double``, else FLOAT).
    double : bool, optional
        /DOUBLE: compute in double precision (default: when X is DOUBLE or DCOMPLEX);
        ``double=False`` computes a DOUBLE X in FLOAT.

    Returns
    -------
    numpy scalar or ndarray, or LaguerreResult
        The values, X's shape. A FLOAT computation gives FLOAT (COMPLEX for complex X);
        a DOUBLE K makes the recurrence DOUBLE, as IDL's arithmetic does.

    Raises
    ------
    ValueError
        ``"LAGUERRE: N and K must be scalars."``, ``"LAGUERRE: Arguments N and K must be
        greater than or equal to zero."`` (laguerre.pro's messages).

    Notes
    -----
    Computed as IDL's laguerre.pro does (IDL 8.0), by the three-term recurrence in the
    working precision, each step in IDL's operation order and types, so FLOAT results
    keep IDL's single-precision rounding; ``scipy.special.eval_genlaguerre`` returns
    float64 values by another method. IDL's documentation says the result is complex;
    its example prints real numbers, and laguerre.pro returns X's kind. Sources: IDL
    Reference Guide, LAGUERRE (its example is a golden case, reference_outputs/idl/
    special_functions); laguerre.pro.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.laguerre(np.array([0.0, 0.2, 0.4, 0.6, 0.8, 1.0], np.float32), 2, 1)
    array([3.        , 2.42      , 1.8799999 , 1.3800001 , 0.91999996,
           0.5       ], dtype=float32)
    >>> idl.laguerre(np.float32(0.5), 2, 1, coefficients=True).coefficients
    array([ 3. , -3. ,  0.5], dtype=float32)
    """
    xa = idl_array(x, "X")
    na = idl_array(n, "N", complex_ok=False)
    ka = idl_array(k, "K", complex_ok=False)
    if na.size != 1 or ka.size != 1:
        raise CompatValueError("N and K must be scalars.")
    degree = int(np.floor(na.reshape(-1)[0]))
    order = ka.reshape(-1)[0]
    if degree < 0 or order < 0:
        raise CompatValueError("Arguments N and K must be greater than or equal to zero.")
    is_double = xa.dtype in (np.float64, np.complex128)
    double = is_double if double is None else bool(double)
    if xa.dtype == np.float64 and not double:
        xa = xa.astype(np.float32)
    elif xa.dtype == np.complex128 and not double:
        xa = xa.astype(np.complex64)
    one = np.float64(1) if double else np.float32(1)
    values = poly.laguerre_values(xa, degree, order, one)
    values = values[()] if np.ndim(values) == 0 else values
    coeff = poly.laguerre_coefficients(degree, float(order))
    if not double:
        coeff = coeff.astype(np.float32)
    return named_result(LaguerreResult, values,
                        {"coefficients": coeff} if coefficients else {})


@idl_routine("SPHER_HARM")
def spher_harm(theta, phi, l, m, *, double=None):  # noqa: E741 - IDL's argument name
    """The spherical harmonic Y_l^m(theta, phi), as IDL's ``SPHER_HARM``.

    IDL call form::

        Result = SPHER_HARM(Theta, Phi, L, M [, /DOUBLE])

    Parameters
    ----------
    theta, phi : scalar or array_like
        Colatitude and azimuth in radians; two arrays must have as many elements.
    l, m : int
        Degree ``l >= 0`` and order ``-l <= m <= l``, scalars (truncated to LONG).
    double : bool, optional
        /DOUBLE (default: when Theta or Phi is DOUBLE).

    Returns
    -------
    numpy complex scalar or ndarray
        COMPLEX, or DCOMPLEX in double precision.

    Raises
    ------
    ValueError
        spher_harm.pro's messages: ``"L and M must be scalars."``, ``"Argument L must be
        greater than or equal to zero."``, ``"Argument M must be in the range [-L,
        L]."``, ``"Theta or Phi must be scalar, or have the same number of values."``

    Notes
    -----
    ``Y = sqrt((2l+1)/(4 pi) (l-m)!/(l+m)!) P_l^m(cos theta) exp(i m phi)`` with the
    Condon-Shortley phase and ``Y_l^-m = (-1)^m conj(Y_l^m)``, evaluated in the working
    precision as IDL's spher_harm.pro (IDL 8.0) does: the FLOAT path rounds the
    normalisation, LEGENDRE and ``cos(m phi)``/``sin(m phi)`` to FLOAT before multiplying
    (so FLOAT results differ from a correctly rounded value in the last bits).
    ``scipy.special.sph_harm`` takes its arguments in another order (m, l, azimuth,
    colatitude) and returns complex128. Sources: IDL Reference Guide, SPHER_HARM;
    spher_harm.pro.

    Examples
    --------
    >>> from compat import idl
    >>> y = idl.spher_harm(0.5, 0.3, 3, 2)
    >>> float(round(y.real, 8)), float(round(y.imag, 8))
    (0.17013969, 0.11639882)
    """
    lv = _scalar_int(l, "L")
    mv = _scalar_int(m, "M")
    if lv < 0:
        raise CompatValueError("Argument L must be greater than or equal to zero.")
    if abs(mv) > lv:
        raise CompatValueError("Argument M must be in the range [-L, L].")
    t = idl_array(theta, "Theta", complex_ok=False)
    p = idl_array(phi, "Phi", complex_ok=False)
    if t.ndim and p.ndim:
        if t.size != p.size:
            raise CompatValueError("Theta or Phi must be scalar, or have the same number "
                                   "of values.")
        p = p.reshape(t.shape)
    if double is None:
        double = t.dtype == np.float64 or p.dtype == np.float64
    out = poly.spherical_harmonic(t, p, lv, mv, bool(double))
    return out[()] if out.ndim == 0 else out
