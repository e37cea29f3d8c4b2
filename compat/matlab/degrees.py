"""MATLAB's trigonometry in degrees: ``sind``, ``cosd``, ``tand``, ``secd``, ``cscd``,
``cotd``, their inverses ``asind``, ``acosd``, ``atand``, ``atan2d``, ``asecd``, ``acscd``,
``acotd``, the conversions ``deg2rad`` and ``rad2deg``, the Mapping Toolbox's angle
wrapping ``wrapToPi``, ``wrapTo2Pi``, ``wrapTo180``, ``wrapTo360``, and the same exact
reduction for angles in multiples of pi, ``sinpi`` and ``cospi``.

The legacy layer of the family (the arithmetic is a few numpy calls, so there is no
separate core). What the family keeps from MATLAB, and what a port written with
``np.sin(np.deg2rad(x))`` loses:

* the forward functions reduce the angle by whole quarter (``sind``/``cosd``) or half
  (``tand``) turns *before* converting to radians, so multiples of 90 degrees give exact
  0, +-1 and +-Inf (``np.sin(np.deg2rad(180))`` is ``1.2e-16``, ``np.tan(np.pi/2)``
  ``1.6e16``);
* the inverse functions give MATLAB's complex results outside their real domain
  (``asind(2)`` is ``90 - 75.456i``: MATLAB's branch, where ``np.emath.arcsin`` gives the
  conjugate);
* classes: single stays single; integer classes and logicals are refused, as MATLAB
  refuses them.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.half_away import round_half_away
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.reciprocal_trig import reciprocal_inverse

__all__ = ["sind", "cosd", "tand", "secd", "cscd", "cotd", "sinpi", "cospi", "asind", "acosd", "atand",
           "atan2d", "asecd", "acscd", "acotd", "deg2rad", "rad2deg", "wrapToPi", "wrapTo2Pi", "wrapTo180", "wrapTo360"]


def _angles(X, name: str = "X") -> np.ndarray:
    """Real angles in double or single (MATLAB's trigonometric functions refuse
    integer classes and logicals)."""
    x = matlab_array(X, name, integer_ok=False, logical_ok=False)
    if x.dtype.kind == "c":
        raise CompatValueError(f"{name} must be real.")
    return x


def _shaped(values, X):
    """``values`` with -0 of an exact zero made +0; a scalar input gives a numpy scalar."""
    out = values + 0
    return out[()] if out.ndim == 0 and np.ndim(X) == 0 else out


def _quarter_turns(x: np.ndarray):
    """``x`` reduced to ``r`` in [-45, 45] and the quadrant ``m = mod(round(x/90), 4)``:
    MATLAB's sind/cosd reduce by exact multiples of 90 degrees before converting to
    radians, so multiples of 90 give exact 0 and +-1. ``round`` is MATLAB's (halves away
    from zero, as MATLAB's published sind.m/cosd.m call it), which decides the odd
    multiples of 45: 45/90 = 0.5 gives n = 1, r = -45, so sind(45) is cos(-pi/4) and
    cosd(45) is -sin(-pi/4) (numpy's half-to-even round gave n = 0 and the other one)."""
    with np.errstate(invalid="ignore"):
        n = round_half_away(x / 90)
        r = x - n * 90                      # exact: n*90 and x share their binade
        m = np.mod(n, 4)
    rad = r * x.dtype.type(np.pi / 180)
    return np.sin(rad), np.cos(rad), m


def _sind(x):
    s, c, m = _quarter_turns(x)
    return np.where(m == 0, s, np.where(m == 1, c, np.where(m == 2, -s, -c))) + 0


def _cosd(x):
    s, c, m = _quarter_turns(x)
    return np.where(m == 0, c, np.where(m == 1, -s, np.where(m == 2, -c, s))) + 0


def _tand(x):
    """tan in degrees: reduced by whole half turns; 0 at multiples of 180, +-1 at odd
    multiples of 45, +Inf at 90 + 360k and -Inf at -90 + 360k (270 + 360k)."""
    with np.errstate(invalid="ignore", divide="ignore"):
        n = np.floor(x / 180 + 0.5)          # half turns, ties (the poles) upwards
        r = x - n * 180                      # in [-90, 90)
        y = np.tan(r * x.dtype.type(np.pi / 180))
        y = np.where(r == 0, 0.0, y)
        y = np.where(r == 45, 1.0, np.where(r == -45, -1.0, y))
        turns = np.mod(x, 360)
        y = np.where(turns == 90, np.inf, np.where(turns == 270, -np.inf, y))
    return y.astype(x.dtype, copy=False) + 0


_DEGREES_PER_RADIAN = 180 / np.pi


def _to_degrees(radians, dtype):
    """``radians * 180/pi``, a complex value part by part (a complex product would
    make ``0 + Inf i`` a NaN); single stays single."""
    factor = np.float32(_DEGREES_PER_RADIAN) if dtype in (np.float32, np.complex64) \
        else np.float64(_DEGREES_PER_RADIAN)
    if radians.dtype.kind != "c":
        return radians * factor
    out = np.empty(radians.shape, dtype=radians.dtype)
    out.real = radians.real * factor
    out.imag = radians.imag * factor
    return out


def _asin(x):
    """MATLAB's asin: complex outside [-1, 1], odd (``asin(2) = pi/2 - 1.317i``,
    ``asin(-2) = -pi/2 + 1.317i``)."""
    if x.dtype.kind == "c":
        return np.arcsin(x)
    outside = np.abs(x) > 1
    if not outside.any():
        return np.arcsin(x)
    with np.errstate(invalid="ignore"):
        inner = np.arcsin(np.where(outside, 0, x))
        a = np.abs(x)
        outer = np.sign(x) * (np.pi / 2 - 1j * np.arccosh(np.where(outside, a, 1)))
    return np.where(outside, outer, inner)


def _acos(x):
    """MATLAB's acos: complex outside [-1, 1] (``acos(2) = 1.317i``,
    ``acos(-2) = pi - 1.317i``)."""
    if x.dtype.kind == "c":
        return np.arccos(x)
    outside = np.abs(x) > 1
    if not outside.any():
        return np.arccos(x)
    with np.errstate(invalid="ignore"):
        inner = np.arccos(np.where(outside, 0, x))
        h = np.arccosh(np.where(outside, np.abs(x), 1))
        outer = np.where(x > 0, 1j * h, np.pi - 1j * h)
    return np.where(outside, outer, inner)


def _complex_class(values, x):
    """Single input gives single (complex64) results."""
    if x.dtype == np.float32:
        return values.astype(np.complex64 if values.dtype.kind == "c" else np.float32)
    return values


# ------------------------------------------------------------------ forward
@matlab_function("sind")
def sind(X):
    """Sine of an angle in degrees, as MATLAB's ``sind``.

    MATLAB call form::

        Y = sind(X)   ->  sind([0, 30, 90, 180])

    Parameters
    ----------
    X : array_like
        Real double or single angles in degrees.

    Returns
    -------
    ndarray or numpy float
        ``sin(X)`` with ``X`` in degrees, single for single input. Multiples of 180
        give exactly 0 and odd multiples of 90 exactly +-1: the angle is reduced by
        whole quarter turns before it is converted to radians (MATLAB's reference
        page: "sind(x) ... returns exact values for integer multiples of 90"); Inf and
        NaN give NaN.

    Notes
    -----
    ``np.sin(np.deg2rad(180))`` is ``1.2246467991473532e-16``, not 0: ported tests
    such as ``if sind(a) == 0`` need the reduction.

    The reduction is that of MATLAB's sind.m (the MathWorks listing of revision
    1.1.6.2, 2003, before sind became a built-in): ``n = round(x/90)`` with MATLAB's
    round (halves away from zero), ``x - n*90``, the quadrant ``mod(n, 4)`` choosing
    ``sin``, ``cos``, ``-sin`` or ``-cos`` of ``pi/180*x``. At odd multiples of 45 the
    rounding decides which of the two roundings of sqrt(1/2) comes out:
    ``sind(45)`` is ``cos(-pi/4)`` = 0.7071067811865476 and ``sind(-45)`` is
    ``-0.7071067811865476``, while ``np.sin(np.pi/4)`` is 0.7071067811865475. GNU
    Octave 7.3 computes ``sin(x/180*pi)`` after wrapping to [-180, 180) and gives
    0.7071067811865475 for sind(45).

    Sources: MATLAB ``sind`` reference page; MATLAB's sind.m listing (R14 era);
    checked against GNU Octave 7.3 (reference_outputs/matlab/ranked_routines).

    Examples
    --------
    >>> from compat.matlab import sind
    >>> sind([0, 90, 180, 270, 360])
    array([ 0.,  1.,  0., -1.,  0.])
    """
    return _shaped(_sind(_angles(X)), X)


@matlab_function("cosd")
def cosd(X):
    """Cosine of an angle in degrees, as MATLAB's ``cosd``.

    MATLAB call form::

        Y = cosd(X)   ->  cosd([0, 60, 90, 180])

    Parameters
    ----------
    X : array_like
        Real angles in degrees.

    Returns
    -------
    ndarray or numpy float
        ``cos(X)`` with ``X`` in degrees, single for single input; odd multiples of 90
        give exactly 0, multiples of 180 exactly +-1 (the angle reduced by whole
        quarter turns first, as MATLAB does); Inf and NaN give NaN.

    Notes
    -----
    ``np.cos(np.deg2rad(90))`` is ``6.123233995736766e-17``, not 0.

    The reduction is that of MATLAB's cosd.m (the MathWorks listing of revision
    1.1.6.2, 2003): ``n = round(x/90)`` (halves away from zero), the quadrant
    ``mod(n, 4)`` choosing ``cos``, ``-sin``, ``-cos`` or ``sin`` of the remainder;
    so ``cosd(45)`` is ``-sin(-pi/4)`` = 0.7071067811865475 (``sind(45)`` is the other
    rounding of sqrt(1/2), 0.7071067811865476).

    Sources: MATLAB ``cosd`` reference page; MATLAB's cosd.m listing (R14 era); checked
    against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import cosd
    >>> cosd([0, 90, 180, 270])
    array([ 1.,  0., -1.,  0.])
    """
    return _shaped(_cosd(_angles(X)), X)


@matlab_function("tand")
def tand(X):
    """Tangent of an angle in degrees, as MATLAB's ``tand``.

    MATLAB call form::

        Y = tand(X)   ->  tand([0, 45, 90])

    Parameters
    ----------
    X : array_like
        Real angles in degrees.

    Returns
    -------
    ndarray or numpy float
        ``tan(X)`` with ``X`` in degrees: exactly 0 at multiples of 180, +-1 at odd
        multiples of 45, ``Inf`` at 90 (and 90 + 360k), ``-Inf`` at -90 (and 270 +
        360k); the angle is reduced by whole half turns before it is converted to
        radians. Inf and NaN give NaN.

    Notes
    -----
    ``np.tan(np.deg2rad(90))`` is ``1.633123935319537e16``, finite. MATLAB's reference
    page prints ``tand(90)`` as ``Inf`` (and ``tan(pi/2)`` as ``1.6331e+16``); its
    code-generation notes say generated code may return ``-Inf`` where MATLAB returns
    ``Inf`` and the reverse, i.e. the sign of the pole is part of MATLAB's answer. GNU
    Octave 7.3's tand returns ``+Inf`` at every odd multiple of 90; compat gives
    ``-Inf`` at -90 and 270, the sign of the tangent approached from inside the
    half turn (as RunMat's MATLAB-compatible tand documents ``tand([90 -90])`` =
    ``[Inf -Inf]``); recorded as a divergence in reference_outputs/matlab/degrees.

    Examples
    --------
    >>> from compat.matlab import tand
    >>> tand([0, 45, 90, 135, 180, -90])
    array([  0.,   1.,  inf,  -1.,   0., -inf])
    """
    return _shaped(_tand(_angles(X)), X)


def _reciprocal(values):
    with np.errstate(divide="ignore"):
        return 1 / values


@matlab_function("secd")
def secd(X):
    """Secant of an angle in degrees, as MATLAB's ``secd`` (``1 ./ cosd(X)``).

    MATLAB call form::

        Y = secd(X)   ->  secd([0, 60, 90])

    Returns ``Inf`` at odd multiples of 90 (where ``cosd`` is exactly 0), where
    ``1 / np.cos(np.deg2rad(90))`` is ``1.6e16``.

    Examples
    --------
    >>> from compat.matlab import secd
    >>> secd([0, 60, 90, 180])
    array([ 1.,  2., inf, -1.])
    """
    return _shaped(_reciprocal(_cosd(_angles(X))), X)


@matlab_function("cscd")
def cscd(X):
    """Cosecant of an angle in degrees, as MATLAB's ``cscd`` (``1 ./ sind(X)``).

    MATLAB call form::

        Y = cscd(X)   ->  cscd([30, 90, 180])

    ``Inf`` at multiples of 180 (``sind`` is exactly +0 there).

    Examples
    --------
    >>> from compat.matlab import cscd
    >>> cscd([0, 30, 90, 270])
    array([inf,  2.,  1., -1.])
    """
    return _shaped(_reciprocal(_sind(_angles(X))), X)


@matlab_function("cotd")
def cotd(X):
    """Cotangent of an angle in degrees, as MATLAB's ``cotd`` (``1 ./ tand(X)``).

    MATLAB call form::

        Y = cotd(X)   ->  cotd([45, 90, 180])

    ``Inf`` at multiples of 180 and exactly 0 at odd multiples of 90.

    Examples
    --------
    >>> from compat.matlab import cotd
    >>> cotd([0, 45, 90, 135])
    array([inf,  1.,  0., -1.])
    """
    return _shaped(_reciprocal(_tand(_angles(X))), X)


# ------------------------------------------------------------------ inverse
def _inverse(X, function=None, *, reciprocal=None):
    """``function(X)`` -- or, for ``reciprocal`` ("asec", "acsc", "acot"), compat's
    MATLAB-branch ``asec``/``acsc``/``acot`` -- in degrees. Signed zeros are kept
    (``acotd(-Inf)`` is -0, as ``atand(-0)``)."""
    x = matlab_array(X, "X", integer_ok=False, logical_ok=False)
    y = reciprocal_inverse(reciprocal, x) if reciprocal else function(x)
    y = _complex_class(np.asarray(_to_degrees(np.asarray(y), x.dtype)), x)
    return y[()] if y.ndim == 0 and np.ndim(X) == 0 else y


@matlab_function("asind")
def asind(X):
    """Inverse sine in degrees, as MATLAB's ``asind``.

    MATLAB call form::

        Y = asind(X)   ->  asind([0, 0.5, 1])

    Parameters
    ----------
    X : array_like
        Real or complex values.

    Returns
    -------
    ndarray or numpy scalar
        ``asin(X)`` in degrees. Real input outside [-1, 1] gives a complex result on
        MATLAB's branch: ``asind(2)`` is ``90 - 75.456i``, ``asind(-2)`` is
        ``-90 + 75.456i`` (``np.degrees(np.emath.arcsin(2))`` gives ``90 + 75.456i``).

    Notes
    -----
    MATLAB's asind is ``asin(x)`` times 180/pi; checked against GNU Octave 7.3
    (reference_outputs/matlab/degrees).

    Examples
    --------
    >>> from compat.matlab import asind
    >>> asind([0.0, 0.5, 1.0])
    array([ 0., 30., 90.])
    """
    return _inverse(X, _asin)


@matlab_function("acosd")
def acosd(X):
    """Inverse cosine in degrees, as MATLAB's ``acosd``.

    MATLAB call form::

        Y = acosd(X)   ->  acosd([1, 0.5, 0, -1])

    Real input outside [-1, 1] gives MATLAB's complex result (``acosd(2)`` is
    ``75.456i``, ``acosd(-2)`` is ``180 - 75.456i``).

    Examples
    --------
    >>> from compat.matlab import acosd
    >>> acosd([1.0, 0.0, -1.0])
    array([  0.,  90., 180.])
    """
    return _inverse(X, _acos)


@matlab_function("atand")
def atand(X):
    """Inverse tangent in degrees, as MATLAB's ``atand`` (range [-90, 90]).

    MATLAB call form::

        Y = atand(X)   ->  atand([0, 1, Inf])

    Examples
    --------
    >>> from compat.matlab import atand
    >>> atand([0.0, 1.0, np.inf, -np.inf])
    array([  0.,  45.,  90., -90.])
    """
    return _inverse(X, np.arctan)


@matlab_function("asecd")
def asecd(X):
    """Inverse secant in degrees, as MATLAB's ``asecd`` (``acosd(1 ./ X)``).

    MATLAB call form::

        Y = asecd(X)   ->  asecd([1, 2, -1])

    Values inside (-1, 1) give MATLAB's complex results.

    Examples
    --------
    >>> from compat.matlab import asecd
    >>> asecd([1.0, 2.0, -1.0])
    array([  0.,  60., 180.])
    """
    return _inverse(X, reciprocal="asec")


@matlab_function("acscd")
def acscd(X):
    """Inverse cosecant in degrees, as MATLAB's ``acscd`` (``asind(1 ./ X)``).

    MATLAB call form::

        Y = acscd(X)   ->  acscd([1, 2, Inf])

    Examples
    --------
    >>> from compat.matlab import acscd
    >>> acscd([1.0, 2.0, np.inf])
    array([90., 30.,  0.])
    """
    return _inverse(X, reciprocal="acsc")


@matlab_function("acotd")
def acotd(X):
    """Inverse cotangent in degrees, as MATLAB's ``acotd`` (``atand(1 ./ X)``;
    ``acotd(0)`` is 90).

    MATLAB call form::

        Y = acotd(X)   ->  acotd([0, 1, Inf])

    Examples
    --------
    >>> from compat.matlab import acotd
    >>> acotd([0.0, 1.0, np.inf])
    array([90., 45.,  0.])
    """
    return _inverse(X, reciprocal="acot")


@matlab_function("atan2d")
def atan2d(Y, X):
    """Four-quadrant inverse tangent in degrees, as MATLAB's ``atan2d`` (range
    [-180, 180]).

    MATLAB call form::

        D = atan2d(Y, X)   ->  atan2d([1, -1], [-1, -1])

    Parameters
    ----------
    Y, X : array_like
        Real arrays of compatible sizes (implicit expansion).

    Returns
    -------
    ndarray or numpy float
        ``atan2(Y, X)`` times 180/pi, single if either input is single. The signed
        zeros of ``Y`` pick +-180 on the negative x axis, as ``atan2`` does.

    Examples
    --------
    >>> from compat.matlab import atan2d
    >>> atan2d(np.array([1.0, 1.0, -1.0]), np.array([1.0, -1.0, -1.0]))
    array([  45.,  135., -135.])
    """
    y = _angles(Y, "Y")
    x = _angles(X, "X")
    dtype = np.result_type(y.dtype, x.dtype)
    try:
        d = np.arctan2(y, x).astype(dtype, copy=False) * dtype.type(_DEGREES_PER_RADIAN)
    except ValueError:
        raise CompatValueError("Arrays have incompatible sizes for this operation.") \
            from None
    return d[()] if d.ndim == 0 and np.ndim(Y) == 0 and np.ndim(X) == 0 else d


# ------------------------------------------------------------------ conversions
def _floating(value, name: str) -> np.ndarray:
    a = matlab_array(value, name)
    if a.dtype.kind not in "fc":
        raise CompatTypeError(f"{name} must be floating point (double or single), "
                              f"not {'logical' if a.dtype.kind == 'b' else a.dtype.name}")
    return a


def _half_turns(x: np.ndarray):
    """``x`` (real float) reduced exactly: ``x = n/2 + r`` with ``|r| <= 1/4`` and the
    quadrant ``q = mod(n, 4)``; returns ``(sin(pi*r), cos(pi*r), q)``. sinpi has period
    2, so ``x`` is first replaced by ``rem(x, 2)`` (C's fmod, exact); ``n`` is
    ``round(2x)`` and ``r = x - n/2`` is exact (Sterbenz: n/2 is within a factor 2 of x
    once |x| >= 1/4, and n = 0 below)."""
    with np.errstate(invalid="ignore"):
        x2 = np.fmod(x, x.dtype.type(2))
        n = round_half_away(x2 * 2)
        r = x2 - n / 2
        q = np.mod(n, 4)
    t = r * x.dtype.type(np.pi)
    return np.sin(t), np.cos(t), q


def _sinpi(x):
    s, c, q = _half_turns(x)
    return np.where(q == 0, s, np.where(q == 1, c, np.where(q == 2, -s, -c))) + 0


def _cospi(x):
    s, c, q = _half_turns(x)
    return np.where(q == 0, c, np.where(q == 1, -s, np.where(q == 2, -c, s))) + 0


def _pi_function(X, real_part, other):
    """sinpi/cospi of real or complex input: the real part reduced exactly; for complex
    ``x = a + ib``, ``sin(pi x) = sin(pi a) cosh(pi b) + i cos(pi a) sinh(pi b)`` and
    ``cos(pi x) = cos(pi a) cosh(pi b) - i sin(pi a) sinh(pi b)``."""
    x = matlab_array(X, "X", integer_ok=False, logical_ok=False)
    if x.dtype.kind != "c":
        return _shaped(real_part(x), X)
    a, b = x.real, x.imag
    pb = b * a.dtype.type(np.pi)
    with np.errstate(over="ignore", invalid="ignore"):
        out = np.empty(x.shape, dtype=x.dtype)
        out.real = real_part(a) * np.cosh(pb)
        out.imag = other(a) * np.sinh(pb)
    return out[()] if out.ndim == 0 and np.ndim(X) == 0 else out


@matlab_function("sinpi")
def sinpi(X):
    """``sin(X*pi)`` computed without forming ``X*pi``, as MATLAB's ``sinpi``.

    MATLAB call form::

        Y = sinpi(X)   ->  sinpi([0, 0.5, 1, 1.5, 2])

    Parameters
    ----------
    X : array_like
        Double or single angles in multiples of pi (real or complex).

    Returns
    -------
    ndarray or numpy float
        ``sin(pi*X)``, single for single input: exactly 0 at every integer (+0) and
        exactly +-1 at the half-integers (``sinpi(n/2)``, n odd), as the reference page
        states; Inf and NaN give NaN. Complex ``X = a + ib`` gives
        ``sinpi(a) cosh(pi b) + i cospi(a) sinh(pi b)``.

    Notes
    -----
    ``np.sin(np.pi * 1)`` is ``1.2246467991473532e-16``, and for large ``x`` the product
    ``x*pi`` has lost the angle altogether (``np.sin(np.pi * 1e17)`` is -0.38, not 0).
    compat reduces ``x`` exactly first: ``rem(x, 2)`` (exact), then the nearest
    half-integer (MATLAB's round, halves away from zero) and a remainder of at most 1/4
    whose sine or cosine is taken. GNU Octave 7.3 computes ``sin(pi*(mod(x-1, 2)-1))``,
    which rounds ``x - 1`` and so loses tiny arguments: its ``sinpi(1e-20)`` is 0, not
    ``pi*1e-20``.

    Sources: MATLAB ``sinpi`` reference page ("sinpi(n) is exactly zero for integers n;
    sinpi(n/2) is +1 or -1 for odd integers n"); checked against GNU Octave 7.3
    (reference_outputs/matlab/degrees).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.sinpi(np.array([0, 0.5, 1, 1.5, 2, 1e17]))
    array([ 0.,  1.,  0., -1.,  0.,  0.])
    """
    return _pi_function(X, _sinpi, _cospi)


@matlab_function("cospi")
def cospi(X):
    """``cos(X*pi)`` computed without forming ``X*pi``, as MATLAB's ``cospi``.

    MATLAB call form::

        Y = cospi(X)   ->  cospi([0, 0.5, 1, 1.5, 2])

    Parameters
    ----------
    X : array_like
        Double or single angles in multiples of pi (real or complex).

    Returns
    -------
    ndarray or numpy float
        ``cos(pi*X)``, single for single input: exactly +-1 at the integers and exactly
        0 (+0) at the half-integers (``cospi(n/2)``, n odd), as the reference page
        states; Inf and NaN give NaN. Complex ``X = a + ib`` gives
        ``cospi(a) cosh(pi b) - i sinpi(a) sinh(pi b)``.

    Notes
    -----
    ``np.cos(np.pi / 2)`` is ``6.123233995736766e-17``. The reduction is that of
    :func:`sinpi`. GNU Octave 7.3 computes ``sin(pi*(mod(x-0.5, 2)-1))``, which rounds
    ``x - 0.5`` (an absolute error up to 1e-16 of the angle).

    Sources: MATLAB ``cospi`` reference page ("cospi(n/2) is exactly zero for odd
    integers n; cospi(n) is +1 or -1 for integers n"); checked against GNU Octave 7.3
    (reference_outputs/matlab/degrees).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.cospi(np.array([0, 0.5, 1, 1.5, 2]))
    array([ 1.,  0., -1.,  0.,  1.])
    """
    return _pi_function(X, _cospi, lambda a: -_sinpi(a))


@matlab_function("deg2rad")
def deg2rad(angleInDegrees):
    """Degrees to radians, as MATLAB's ``deg2rad``: ``(pi/180) * angleInDegrees``.

    MATLAB call form::

        R = deg2rad(D)   ->  deg2rad([0, 90, 180])

    Parameters
    ----------
    angleInDegrees : array_like
        Double or single (real or complex); integers and logicals are refused, as by
        MATLAB ("must be floating point").

    Returns
    -------
    ndarray or numpy float
        The product with the double constant ``pi/180`` (the same rounding as
        ``np.deg2rad``, which also multiplies by the rounded ratio; ``x * pi / 180``
        rounds twice and can differ in the last bit). Single stays single.

    Examples
    --------
    >>> from compat.matlab import deg2rad
    >>> deg2rad(180.0)
    np.float64(3.141592653589793)
    """
    a = _floating(angleInDegrees, "angleInDegrees")
    out = a * a.real.dtype.type(np.pi / 180)
    return out[()] if out.ndim == 0 and np.ndim(angleInDegrees) == 0 else out


@matlab_function("rad2deg")
def rad2deg(angleInRadians):
    """Radians to degrees, as MATLAB's ``rad2deg``: ``(180/pi) * angleInRadians``.

    MATLAB call form::

        D = rad2deg(R)   ->  rad2deg(pi)

    Integers and logicals are refused, as by MATLAB; single stays single. The constant
    ``180/pi`` is rounded once (as ``np.degrees``), so ``rad2deg(pi)`` is exactly 180.

    Examples
    --------
    >>> from compat.matlab import rad2deg
    >>> rad2deg(np.pi)
    np.float64(180.0)
    """
    a = _floating(angleInRadians, "angleInRadians")
    out = a * a.real.dtype.type(_DEGREES_PER_RADIAN)
    return out[()] if out.ndim == 0 and np.ndim(angleInRadians) == 0 else out


# --------------------------------------------------------------------- wrapping angles
def _wrap_positive(lam, period: float):
    from compat.matlab.rounding import mod

    a = matlab_array(lam, "LAMBDA", char="error")
    if a.dtype.kind not in "f":
        a = a.astype(np.float64)
    positive = a > 0
    out = np.array(mod(a, period), dtype=a.dtype, copy=True)
    out[(out == 0) & positive] = period
    return out


def _wrap_centred(lam, half: float):
    a = matlab_array(lam, "LAMBDA", char="error")
    if a.dtype.kind not in "f":
        a = a.astype(np.float64)
    out = np.array(a, copy=True)
    q = (a < -half) | (half < a)
    if np.any(q):
        out[q] = _wrap_positive(a[q] + half, 2 * half) - half
    return out


def _wrap_doc(name: str, interval: str, unit: str, rule: str, example: str) -> str:
    return f"""Wrap angles in {unit} to {interval}, as MATLAB's ``{name}`` (Mapping Toolbox).

    MATLAB call form::

        wrapped = {name}(lambda)

    {rule} The result has the shape and floating class of the input (other classes as
    double). Computed as MathWorks' {name}.m (facts only) with MATLAB's ``mod``
    (:func:`compat.matlab.mod`, whose round-off compensation makes exact multiples wrap
    exactly). Differences from ``np.mod(x, period)``: the closed end of the interval
    (a positive multiple maps to the top end, not 0) and MATLAB's mod compensation.
    GNU Octave 7.3 without the mapping package has no {name}: the golden cases evaluate
    {name}.m's rule in Octave (suite ``matlab/degrees``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    {example}
    """


@matlab_function("wrapTo2Pi")
def wrapTo2Pi(lambda_):  # noqa: N802 - MATLAB's name
    a = _wrap_positive(lambda_, 2 * np.pi)
    return a[()] if a.ndim == 0 else a


@matlab_function("wrapToPi")
def wrapToPi(lambda_):  # noqa: N802 - MATLAB's name
    a = _wrap_centred(lambda_, np.pi)
    return a[()] if a.ndim == 0 else a


@matlab_function("wrapTo360")
def wrapTo360(lon):  # noqa: N802 - MATLAB's name
    a = _wrap_positive(lon, 360.0)
    return a[()] if a.ndim == 0 else a


@matlab_function("wrapTo180")
def wrapTo180(lon):  # noqa: N802 - MATLAB's name
    a = _wrap_centred(lon, 180.0)
    return a[()] if a.ndim == 0 else a


wrapTo2Pi.__doc__ = _wrap_doc(
    "wrapTo2Pi", "[0, 2*pi]", "radians",
    "``mod(lambda, 2*pi)``, except that positive multiples of 2*pi map to 2*pi (zero and "
    "negative multiples to 0).",
    ">>> matlab.wrapTo2Pi(np.array([-np.pi, 0, 2 * np.pi, 7.0])).round(6)\n"
    "    array([3.141593, 0.      , 6.283185, 0.716815])")
wrapToPi.__doc__ = _wrap_doc(
    "wrapToPi", "[-pi, pi]", "radians",
    "Angles already in [-pi, pi] are kept; the others become ``wrapTo2Pi(lambda + pi) - "
    "pi``, so odd positive multiples of pi map to pi and odd negative ones to -pi.",
    ">>> matlab.wrapToPi(np.array([3 * np.pi, -3 * np.pi, 4.0])).round(6)\n"
    "    array([ 3.141593, -3.141593, -2.283185])")
wrapTo360.__doc__ = _wrap_doc(
    "wrapTo360", "[0, 360]", "degrees",
    "``mod(lon, 360)``, except that positive multiples of 360 map to 360.",
    ">>> matlab.wrapTo360(np.array([-90.0, 0, 360, 725]))\n"
    "    array([270.,   0., 360.,   5.])")
wrapTo180.__doc__ = _wrap_doc(
    "wrapTo180", "[-180, 180]", "degrees",
    "Angles already in [-180, 180] are kept; the others become ``wrapTo360(lon + 180) - "
    "180``, so odd positive multiples of 180 map to 180.",
    ">>> matlab.wrapTo180(np.array([190.0, -190, 540, -540]))\n"
    "    array([-170.,  170.,  180., -180.])")
