"""MATLAB's Bessel and Airy functions: ``besselj``, ``bessely``, ``besseli``,
``besselk``, ``besselh`` and ``airy``, with MATLAB's argument grammar, sizes, scaling
and ``[W, ierr]`` error codes.

The legacy layer over :func:`compat._core.special_functions.bessel` and
:func:`~compat._core.special_functions.airy`, which evaluate through scipy's build of
Amos's library (TOMS 644), the library MATLAB's Bessel functions call (MATLAB's pages
cite it) and GNU Octave's too. What a port with ``scipy.special.jv(nu, z)`` loses:

* **negative real arguments**: scipy's real ``jv(0.5, -1)`` is NaN; MATLAB evaluates
  at the complex point and returns ``besselj(0.5, -1) = 0 + 0.6714i`` (principal
  branch); compat always evaluates at complex ``z`` and returns a real array only where
  every imaginary part is exactly zero, as Octave 7.3 does;
* **scaling**: ``besselj(nu, z, 1)`` is ``J * exp(-|Im z|)``, ``besseli(nu, z, 1)``
  ``I * exp(-|Re z|)``, ``besselk(nu, z, 1)`` ``K * exp(z)``, ``besselh(nu, 1, z, 1)``
  ``H1 * exp(-i z)`` (scipy's ``jve``, ``ive``, ``kve``, ``hankel1e`` ...);
* **sizes**: ``nu`` and ``Z`` the same size or one a scalar, and a row ``nu`` with a
  column ``Z`` gives the table ``W(i, j) = f(nu(j), Z(i))`` (MATLAB's pages);
* **[W, ierr]**: Amos's error codes (see :func:`besselj`);
* **edges**: ``K_nu(0) = Inf``, ``Y_nu(0) = -Inf``, a negative non-integer order at 0
  gives ``+-Inf`` (the reflection formula's ``Y``/``K`` term; scipy's wrapper gives
  NaN), ``Ai(Inf) = Ai'(Inf) = 0``, NaN gives a real NaN (Octave 7.3 returns 0 for
  ``besselj(0, NaN)``; compat propagates NaN);
* **classes**: single in single out; integer, logical and char refused.
"""

from __future__ import annotations

import numpy as np

from compat._core import special_functions as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import float_class, matlab_array

__all__ = ["besselj", "bessely", "besseli", "besselk", "besselh", "airy"]


def _numeric(value, function: str, name: str, *, complex_ok: bool) -> np.ndarray:
    if isinstance(value, (str, bytes)):
        raise CompatTypeError(f"{name} must be double or single, not char.")
    x = matlab_array(value, name, integer_ok=False, logical_ok=False)
    if x.dtype.kind == "c" and not complex_ok:
        raise CompatValueError(f"{name} must be real.")
    return x


def _scale(scale, function: str) -> bool:
    if scale is None:
        return False
    s = np.asarray(scale)
    if s.size != 1 or s.dtype.kind not in "biuf" or s.reshape(-1)[0] not in (0, 1):
        raise CompatValueError("SCALE must be 0 or 1.")
    return bool(s.reshape(-1)[0])


def _grid(nu: np.ndarray, z: np.ndarray):
    """``nu`` and ``z`` spread to the result's size: equal sizes, a scalar, or a row
    ``nu`` with a column ``z`` (the table ``(len z, len nu)``)."""
    if nu.size == 1 or z.size == 1 or nu.shape == z.shape:
        shape = z.shape if nu.size == 1 else nu.shape if z.size == 1 else z.shape
        if nu.size == 1 and z.size == 1:
            shape = max((nu.shape, z.shape), key=len)
        return (np.broadcast_to(nu.reshape(()) if nu.size == 1 else nu, shape),
                np.broadcast_to(z.reshape(()) if z.size == 1 else z, shape))
    if nu.ndim == 2 and nu.shape[0] == 1 and z.ndim == 2 and z.shape[1] == 1:
        return np.broadcast_arrays(nu, z)
    raise CompatValueError("NU and Z must be the same size, or one of them a scalar, or "
                           "NU a row vector and Z a column vector.")


def _result(values: np.ndarray, dtype, real_input: bool):
    """Complex AMOS values as MATLAB returns them: real when every imaginary part is
    exactly zero and the input was real; single for single input."""
    if real_input and not np.any(values.imag):
        values = values.real
    if dtype == np.float32:
        values = values.astype(np.complex64 if values.dtype.kind == "c" else np.float32)
    return values[()] if values.ndim == 0 else values


def _bessel(kind: str, name: str, nu, Z, scale, nargout: int):
    n = _numeric(nu, name, "NU", complex_ok=False)
    z = _numeric(Z, name, "Z", complex_ok=True)
    scaled = _scale(scale, name)
    nn, zz = _grid(n.astype(np.float64), z.astype(np.complex128 if z.dtype.kind == "c"
                                                    else np.float64))
    values = core.bessel(kind, np.asarray(nn), np.asarray(zz), scaled=scaled)
    out = _result(values, float_class(n, z), z.dtype.kind != "c")
    if nargout == 1:
        return out
    ierr = core.bessel_error_codes(np.asarray(nn), np.abs(np.asarray(zz)), values)
    return out, (ierr[()] if ierr.ndim == 0 else ierr)


@matlab_function("besselj", nargout=2)
def besselj(nu, Z, scale=None, *, nargout=1):
    """Bessel function of the first kind ``J_nu(Z)``, as MATLAB's ``besselj``.

    MATLAB call forms::

        J = besselj(nu, Z)
        J = besselj(nu, Z, scale)       % scale 1: J .* exp(-abs(imag(Z)))
        [J, ierr] = besselj(..., nargout=2)

    Parameters
    ----------
    nu : array_like
        Real orders (negative orders by the reflection formulas, as MATLAB).
    Z : array_like
        Real or complex arguments; the same size as ``nu``, or either a scalar, or
        ``nu`` a row vector and ``Z`` a column vector (then ``J(i, j)`` is
        ``besselj(nu(j), Z(i))``).
    scale : {0, 1}, optional
        1: the exponentially scaled function.

    Returns
    -------
    J : ndarray or numpy scalar
        Real where every value is real (a real ``Z``, negative ``Z`` with whole ``nu``
        may still carry Amos's rounding-level imaginary part, as in MATLAB and Octave);
        complex otherwise; single for single input.
    ierr : ndarray (with ``nargout=2``)
        Amos's codes, in double: 0 success; 2 overflow (Inf); 3 ``|Z|`` or ``nu``
        above 32768, half the digits lost; 4 above 1073741823.5 (``0.5 * (2^31 -
        1)``), all digits lost (the value is meaningless, Octave's too), or NaN from a
        finite argument. Amos's 1
        (illegal arguments) and 5 (no convergence) are not produced: scipy does not
        return Amos's flag, so the codes are derived from Amos's thresholds and the
        values.

    Notes
    -----
    scipy's ``jv(nu, x)`` of a real negative ``x`` and non-integer ``nu`` returns NaN;
    MATLAB's value is complex (``besselj(0.5, -1)`` is ``0 + 0.6714i`` up to rounding).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.besselj(0, [0.0, 1.0, 2.4048255576957727]).round(12)
    array([1.        , 0.76519769, 0.        ])
    >>> complex(matlab.besselj(0.5, -1.0)).imag.__round__(10)
    0.6713967071
    >>> matlab.besselj(np.array([[0.0, 1.0]]), np.array([[1.0], [2.0]])).shape
    (2, 2)
    """
    return _bessel("j", "besselj", nu, Z, scale, nargout)


@matlab_function("bessely", nargout=2)
def bessely(nu, Z, scale=None, *, nargout=1):
    """Bessel function of the second kind ``Y_nu(Z)``, as MATLAB's ``bessely``.

    MATLAB call forms::

        Y = bessely(nu, Z)
        Y = bessely(nu, Z, scale)       % scale 1: Y .* exp(-abs(imag(Z)))
        [Y, ierr] = bessely(..., nargout=2)

    Sizes, classes, ``ierr`` and branches as :func:`besselj`; ``Y_nu(0) = -Inf``; a
    negative real ``Z`` gives MATLAB's complex value (scipy's real ``yv``: NaN).

    Examples
    --------
    >>> from compat import matlab
    >>> round(float(matlab.bessely(0, 1.0)), 12)
    0.088256964216
    """
    return _bessel("y", "bessely", nu, Z, scale, nargout)


@matlab_function("besseli", nargout=2)
def besseli(nu, Z, scale=None, *, nargout=1):
    """Modified Bessel function of the first kind ``I_nu(Z)``, as MATLAB's
    ``besseli``.

    MATLAB call forms::

        I = besseli(nu, Z)
        I = besseli(nu, Z, scale)       % scale 1: I .* exp(-abs(real(Z)))
        [I, ierr] = besseli(..., nargout=2)

    Sizes, classes and ``ierr`` as :func:`besselj`.

    Examples
    --------
    >>> from compat import matlab
    >>> round(float(matlab.besseli(1, 800.0, 1)), 12)
    0.014098125407
    """
    return _bessel("i", "besseli", nu, Z, scale, nargout)


@matlab_function("besselk", nargout=2)
def besselk(nu, Z, scale=None, *, nargout=1):
    """Modified Bessel function of the second kind ``K_nu(Z)``, as MATLAB's
    ``besselk``.

    MATLAB call forms::

        K = besselk(nu, Z)
        K = besselk(nu, Z, scale)       % scale 1: K .* exp(Z)
        [K, ierr] = besselk(..., nargout=2)

    Sizes, classes and ``ierr`` as :func:`besselj`.

    Examples
    --------
    >>> from compat import matlab
    >>> round(float(matlab.besselk(0, 1.0)), 12)
    0.421024438241
    """
    return _bessel("k", "besselk", nu, Z, scale, nargout)


@matlab_function("besselh", nargout=2)
def besselh(nu, *args, nargout=1):
    """Bessel function of the third kind (Hankel function), as MATLAB's ``besselh``.

    MATLAB call forms::

        H = besselh(nu, Z)              % H1 = J + iY
        H = besselh(nu, K, Z)           % K = 1: H1, K = 2: H2 = J - iY
        H = besselh(nu, K, Z, scale)    % scale 1: H1 .* exp(-i Z), H2 .* exp(i Z)
        [H, ierr] = besselh(..., nargout=2)

    Sizes, classes and ``ierr`` as :func:`besselj`; the result is complex.

    Examples
    --------
    >>> from compat import matlab
    >>> complex(matlab.besselh(0, 2, 1.0)).conjugate() == complex(matlab.besselh(0, 1.0))
    True
    """
    if len(args) == 1:
        kind, Z, scale = 1, args[0], None
    elif len(args) in (2, 3):
        k = np.asarray(args[0])
        if isinstance(args[0], str) or k.size != 1 or k.reshape(-1)[0] not in (1, 2):
            raise CompatValueError("K must be 1 or 2.")
        kind, Z = int(k.reshape(-1)[0]), args[1]
        scale = args[2] if len(args) == 3 else None
    else:
        raise CompatValueError("Expected 2 to 4 input arguments.")
    result = _bessel("h1" if kind == 1 else "h2", "besselh", nu, Z, scale, nargout)
    return result


@matlab_function("airy", nargout=2)
def airy(*args, nargout=1):
    """Airy functions, as MATLAB's ``airy``.

    MATLAB call forms::

        W = airy(Z)              % Ai(Z)
        W = airy(k, Z)           % k = 0: Ai, 1: Ai', 2: Bi, 3: Bi'
        W = airy(k, Z, scale)    % scale 1: Ai, Ai' .* exp(2/3 Z^(3/2)),
                                 %          Bi, Bi' .* exp(-abs(real(2/3 Z^(3/2))))
        [W, ierr] = airy(..., nargout=2)

    Through Amos's zairy/zbiry (scipy's ``airy``/``airye`` at complex ``Z``); real
    where every value is real; single for single input. ``ierr`` as :func:`besselj`
    (Amos's Airy limits are those of its Bessel functions of order 1/3 at
    ``(2/3) |Z|^(3/2)``: approximated by the same thresholds on ``|Z|``).

    Examples
    --------
    >>> from compat import matlab
    >>> round(float(matlab.airy(0, 1.0)), 12)
    0.135292416313
    >>> round(float(matlab.airy(2, 0.0)), 12)
    0.614926627446
    """
    if len(args) == 1:
        k, Z, scale = 0, args[0], None
    elif len(args) in (2, 3):
        kk = np.asarray(args[0])
        if isinstance(args[0], str) or kk.size != 1 or kk.reshape(-1)[0] not in (0, 1, 2, 3):
            raise CompatValueError("K must be an integer value from 0 to 3.")
        k, Z = int(kk.reshape(-1)[0]), args[1]
        scale = args[2] if len(args) == 3 else None
    else:
        raise CompatValueError("Expected 1 to 3 input arguments.")
    z = _numeric(Z, "airy", "Z", complex_ok=True)
    scaled = _scale(scale, "airy")
    values = core.airy(k, np.asarray(z, dtype=np.float64 if z.dtype.kind != "c"
                                      else np.complex128), scaled=scaled)
    out = _result(values, float_class(z), z.dtype.kind != "c")
    if nargout == 1:
        return out
    size = (2.0 / 3.0) * np.abs(z.astype(np.complex128)) ** 1.5
    ierr = core.bessel_error_codes(np.zeros(size.shape), size, values)
    return out, (ierr[()] if ierr.ndim == 0 else ierr)
