"""MATLAB's numerical integration of functions: ``integral``, ``quadgk``, ``quad``,
``quadl``, ``quadv``, ``integral2``, ``integral3``.

The legacy layer of the family: it reads MATLAB's argument grammar (the integrand a
Python callable standing for a function handle, limits, name-value options, ``tol`` and
``trace`` positionals, extra arguments passed on to the integrand, ``nargout``) and calls
the cores: :mod:`compat._core.quadrature` (Shampine's vectorised Gauss-Kronrod method of
``integral`` and ``quadgk``), :mod:`compat._core.recursive_quadrature` (Gander and
Gautschi's adaptive Simpson and Lobatto rules of ``quad``, ``quadv`` and ``quadl``) and
:mod:`compat._core.quadrature_2d` (``integral2``/``integral3``).

**Vectorised integrands.** MATLAB calls the integrand of ``integral``, ``quadgk``,
``quad``, ``quadl`` (and ``integral2``/``integral3``) with a vector of points and
expects a result of the same size; so does compat (a 1-D numpy array; 2-D arrays for
``integral2``). A Python function written for one float (``math.exp``, an ``if`` on
``x``) fails there as it fails in MATLAB: with ``integral``'s ``'ArrayValued', true``
(``ArrayValued=True``) the integrand is called with one float at a time and may return
an array of any fixed shape; ``quadv`` always works that way. An integrand that returns
a size other than its input's raises MATLAB's error (``Output of the function must be
the same size as the input. If FUN is an array-valued integrand, set the 'ArrayValued'
option to true.``).
"""

from __future__ import annotations

import math
import numbers

import numpy as np

from compat._core import quadrature_2d as twod
from compat._core.errors import issue_warning
from compat._core.args import by_value, is_omitted, name_value
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError, MatlabWarning
from compat._core.legacy import matlab_function
from compat._core.matlab_types import float_class, logical_scalar
from compat._core.quadrature import NonFiniteValueWarning, check_output, gauss_kronrod
from compat._core.recursive_quadrature import adaptive_lobatto, adaptive_simpson
from compat._core.results import Result

__all__ = ["integral", "quadgk", "quad", "quadl", "quadv", "integral2", "integral3",
           "dblquad", "triplequad", "QuadgkResult", "QuadResult"]

_EPS = float(np.finfo(float).eps)


class QuadgkResult(Result):
    """``[q, errbnd] = quadgk(...)``: the integral and its approximate error bound."""

    request_style = "nargout"
    q: object
    errbnd: np.float64


class QuadResult(Result):
    """``[q, fcnt] = quad(...)`` (quadl, quadv): the integral and the number of
    integrand evaluations."""

    request_style = "nargout"
    q: object
    fcnt: np.float64


_DOCS = Fragments(
    fun="""fun : callable
    The integrand (MATLAB's function handle), vectorised: called with a 1-D float
    array of points, it returns an array of as many values.""",
    recursive_args="""a, b : float
    Finite limits.
tol : float, optional
    Absolute error tolerance (1e-6; ``[]``/None for the default).
trace : bool, optional
    Nonzero: print ``fcnt a b-a Q`` for every subinterval on the standard output, in
    MATLAB's layout (``'%8.0f %16.10f %18.8e %16.10f'``).
*p
    Extra arguments passed to the integrand, ``fun(x, *p)`` (MATLAB's old
    ``quad(fun, a, b, tol, trace, p1, p2, ...)``).
nargout : int
    2 returns ``(q, fcnt)``, the number of integrand evaluations (points).""",
)


# ---------------------------------------------------------------- argument reading
def _callable(fun):
    if not callable(fun):
        raise CompatTypeError(f"First input argument must be a function handle (a Python "
                              f"callable), got {type(fun).__name__}.")
    return by_value(fun)                 # MATLAB passes x by value: our x is reused


def _limit(value, *, allow_complex=True, text="Limits of integration must be double or "
           "single scalars."):
    """A limit of integration: a real or complex scalar (NaN allowed: MATLAB returns
    NaN); whether it is single."""
    if isinstance(value, bool):
        raise CompatValueError(text)
    if isinstance(value, numbers.Number) and not isinstance(value, np.generic):
        value = complex(value) if isinstance(value, complex) else float(value)
        single = False
    else:
        arr = np.asarray(value)
        if arr.size != 1 or arr.dtype.kind not in "fciu":
            raise CompatValueError(text)
        single = arr.dtype in (np.float32, np.complex64)
        item = arr.reshape(-1)[0]
        value = complex(item) if arr.dtype.kind == "c" else float(item)
    if isinstance(value, complex) and not allow_complex:
        if value.imag != 0:
            raise CompatValueError("Limits of integration must be real.")
        value = value.real
    return value, single


def _tolerance(value, name, text=None):
    arr = np.asarray(value)
    if arr.size != 1 or arr.dtype.kind not in "fiu" or not float(arr) >= 0 or \
            not math.isfinite(float(arr)):
        raise CompatValueError(text or f"The value of '{name}' is invalid. It must be a "
                               "finite, real, nonnegative scalar.")
    return float(arr)


def _flag(value, name):
    return logical_scalar(value, f"The value of '{name}' is invalid. It must be a logical "
                          "scalar (true or false).")


def _waypoint_values(value):
    if is_omitted(value):
        return np.zeros(0)
    arr = np.asarray(value)
    if arr.ndim > 1 and sorted(arr.shape)[-2] > 1:
        raise CompatValueError("Waypoints must be a vector.")
    arr = arr.reshape(-1)
    if arr.dtype.kind not in "biufc":
        raise CompatValueError("Waypoints must be a vector of real or complex numbers.")
    return arr


def _is_contour(a, b, waypoints):
    return isinstance(a, complex) or isinstance(b, complex) or waypoints.dtype.kind == "c"


def _gk(function, fun, a, b, abstol, reltol, waypoints, max_intervals, array_valued,
        single):
    """``integral``/``quadgk`` after the options are read: the direction on the real
    line (left to right, the sign changed at the end), the waypoints between the
    limits, the call and the output class."""
    sign = 1.0
    if _is_contour(a, b, waypoints):
        if not np.all(np.isfinite(waypoints)) or not all(
                math.isfinite(abs(v)) for v in (a, b)):
            raise CompatValueError("Contour endpoints and waypoints must be finite.")
        a, b = complex(a), complex(b)
        points = [complex(w) for w in waypoints]
    else:
        if b < a:
            a, b, sign = b, a, -1.0
        real = waypoints.astype(float)
        if function == "quadgk" and real.size:
            if real[0] >= real[-1]:
                real = real[::-1]
            if np.any(np.diff(real) <= 0) or not np.all(np.isfinite(real)):
                raise CompatValueError("Waypoints must be finite and strictly increase or "
                                       "strictly decrease.")
        points = [float(w) for w in np.sort(real[(real > a) & (real < b)])]

    if array_valued:
        def integrand(x):
            values = []
            for xi in x:
                v = np.asarray(fun(complex(xi) if np.iscomplexobj(x) else float(xi)))
                if v.dtype.kind not in "fc":
                    check_output(v, v.shape, function, False)
                values.append(v)
            shapes = {v.shape for v in values}
            if len(shapes) > 1:
                raise CompatValueError("The array-valued integrand returned arrays of "
                                       f"different sizes: {sorted(shapes)}.")
            return np.stack(values)
    else:
        def integrand(x):
            return check_output(fun(x), x.shape, function, function == "integral")

    if not _is_contour(a, b, waypoints) and (a == b or math.isnan(a) or math.isnan(b)):
        # MATLAB's midpoint area (b - a)*f((a + b)/2): 0, or NaN
        mid = np.array([(a + b) / 2 if math.isfinite((a + b) / 2) else a / 2 + b / 2])
        fx = integrand(mid)[0]
        if not np.all(np.isfinite(fx)):
            issue_warning(NonFiniteValueWarning(
                "Infinite or Not-a-Number value encountered.",
                f"MATLAB:{function}:NonFiniteValue"))
        with np.errstate(invalid="ignore"):
            q = (b - a) * fx
        q = np.asarray(q)
        errbnd = q
    else:
        r = gauss_kronrod(integrand, a, b, abstol=abstol, reltol=reltol, waypoints=points,
                          max_intervals=max_intervals, array_valued=array_valued,
                          single=single, messages=function)
        q = np.asarray(r.q) * sign if sign < 0 else np.asarray(r.q)
        errbnd = np.asarray(r.errbnd)
    ftype = np.float32 if single else np.float64
    ctype = np.complex64 if single else np.complex128
    q = q.astype(ctype if np.iscomplexobj(q) else ftype)
    errbnd = np.abs(errbnd).astype(ftype) if np.iscomplexobj(errbnd) else errbnd.astype(ftype)
    if q.ndim == 0:
        q = q[()]
    if errbnd.ndim == 0:
        errbnd = errbnd[()]
    return q, errbnd


# ---------------------------------------------------------------- integral, quadgk
@matlab_function("integral")
@_DOCS.fill
def integral(fun, xmin, xmax, *options, **kwargs):
    """Numerically integrate, as MATLAB's ``integral`` (global adaptive quadrature).

    MATLAB call forms::

        q = integral(fun,xmin,xmax)                    ->  integral(fun, xmin, xmax)
        q = integral(fun,xmin,xmax,Name,Value)         ->  integral(fun, a, b, 'RelTol', 1e-8)
                                                           integral(fun, a, b, reltol=1e-8)

    Options (names case-insensitive): AbsTol (1e-10), RelTol (1e-6) -- the error test
    is ``errbnd <= max(AbsTol, RelTol*|q|)``; ArrayValued (false: ``fun`` is
    vectorised; true: ``fun`` takes one float and returns an array of any fixed shape,
    and ``q`` has that shape, every element passing the test); Waypoints (points of
    the initial mesh, for discontinuities: real ones outside the interval are ignored,
    the others sorted; complex waypoints, or complex limits, make a contour integral
    along the straight segments ``xmin -> waypoints -> xmax``). Either limit may be
    infinite; a NaN limit gives NaN, equal limits 0.

    The algorithm is MATLAB's (Shampine's vectorised adaptive Gauss-Kronrod quadrature,
    :mod:`compat._core.quadrature`, with ``integral``'s limit of 16384 subintervals): it
    reproduces the digits MATLAB's documentation prints (``-1.000000010959678`` for
    ``integral(@log, 0, 1)``), where ``scipy.integrate.quad`` (QUADPACK's QAGS,
    tolerances 1.49e-8) and Octave's ``integral`` (Clenshaw-Curtis ``quadcc``) stop
    elsewhere. MATLAB's warnings are Python warnings with MATLAB's text:
    :class:`compat.MinStepSizeWarning` ("Minimum step size reached near x = ... There
    may be a singularity, or the tolerances may be too tight for this problem."),
    :class:`compat.MaxIntervalCountWarning`, :class:`compat.NonFiniteValueWarning`.

    Parameters
    ----------
    {{fun}}
        With ArrayValued, called with one float (complex on a contour).
    xmin, xmax : float or complex
        The limits.

    Returns
    -------
    numpy.float64, numpy.complex128 or numpy.ndarray
        Single when a limit is single.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> float(matlab.integral(lambda x: np.exp(-x**2) * np.log(x)**2, 0, np.inf))
    1.9475222202955595
    >>> print("%.15f" % matlab.integral(np.log, 0, 1))   # MATLAB: -1.000000010959678
    -1.000000010959678
    >>> matlab.integral(lambda x: np.sin(np.arange(1, 4) * x), 0, 1,
    ...                 'ArrayValued', True).round(4)
    array([0.4597, 0.7081, 0.6633])
    """
    fun = _callable(fun)
    opts = name_value(None, options, kwargs,
                      {"AbsTol": 1e-10, "RelTol": 1e-6, "ArrayValued": False,
                       "Waypoints": None})
    a, single_a = _limit(xmin)
    b, single_b = _limit(xmax)
    q, _ = _gk("integral", fun, a, b, _tolerance(opts["AbsTol"], "AbsTol"),
               _tolerance(opts["RelTol"], "RelTol"), _waypoint_values(opts["Waypoints"]),
               16384, _flag(opts["ArrayValued"], "ArrayValued"), single_a or single_b)
    return q


@matlab_function("quadgk", nargout=2)
@_DOCS.fill
def quadgk(fun, a, b, *options, nargout=1, **kwargs):
    """Numerically integrate by adaptive Gauss-Kronrod quadrature, as MATLAB's
    ``quadgk``.

    MATLAB call forms::

        q = quadgk(fun,a,b)                         ->  quadgk(fun, a, b)
        [q,errbnd] = quadgk(fun,a,b)                ->  q, errbnd = quadgk(fun, a, b, nargout=2)
        [...] = quadgk(fun,a,b,Name,Value)          ->  quadgk(fun, a, b, 'MaxIntervalCount', 1e5)

    Options: AbsTol (1e-10; 1e-5 for single), RelTol (1e-6; 1e-4 for single; raised
    to ``100*eps`` with MATLAB's warning when smaller, except for pure absolute
    control, ``AbsTol > 0`` and ``RelTol`` 0), MaxIntervalCount (650: when the next
    mesh would need more subintervals, MATLAB's warning "Reached the limit on the
    maximum number of intervals in use. ... Increase MaxIntervalCount to N to enable
    QUADGK to continue for another iteration."), Waypoints (real ones strictly
    increasing or decreasing, those between the limits used; complex ones make a
    contour, as in :func:`integral`). ``errbnd`` approximates an upper bound on
    ``|q - I|``. "Minimum step size reached near x = ...; singularity possible." when
    two nodes meet to rounding.

    The algorithm is :func:`integral`'s (Shampine, 2008); MATLAB's documented values
    are reproduced (``[Q,errbnd] = quadgk(@(x) sin(2e4*pi*x), 0, pi)``: -0.0082 and
    0.5723 with the warning's count 1272; with ``MaxIntervalCount`` 1e5: 1.6656e-06 and
    2.6323e-12). GNU Octave's ``quadgk`` follows the same paper with another error test
    and subdivision: both agree to rounding when the first mesh meets the tolerance.

    Parameters
    ----------
    {{fun}}
    a, b : float or complex
        The limits; either may be infinite.
    nargout : int
        2 returns ``(q, errbnd)`` (a :class:`QuadgkResult`).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> q, errbnd = matlab.quadgk(lambda x: np.exp(x) * np.log(x), 0, 1, nargout=2)
    >>> round(float(q), 4), bool(errbnd < 1e-6)
    (-1.3179, True)
    >>> z = matlab.quadgk(lambda z: 1 / (2 * z - 1), 1, 1,
    ...                   'Waypoints', [1 + 1j, 1j, -1j, 1 - 1j])
    >>> round(float(z.imag), 4)              # MATLAB: -0.0000 + 3.1416i
    3.1416
    """
    fun = _callable(fun)
    opts = name_value(None, options, kwargs,
                      {"AbsTol": None, "RelTol": None, "MaxIntervalCount": 650,
                       "Waypoints": None})
    text = "A and B must be scalar floats."
    a, single_a = _limit(a, text=text)
    b, single_b = _limit(b, text=text)
    single = single_a or single_b
    abstol = (1e-5 if single else 1e-10) if opts["AbsTol"] is None else \
        _tolerance(opts["AbsTol"], "AbsTol", "Invalid AbsTol")
    reltol = (1e-4 if single else 1e-6) if opts["RelTol"] is None else \
        _tolerance(opts["RelTol"], "RelTol", "Invalid RelTol")
    eps = float(np.finfo(np.float32).eps) if single else _EPS
    if not (abstol > 0 and reltol == 0) and reltol < 100 * eps:
        reltol = 100 * eps
        issue_warning(MatlabWarning(
            f"RelTol was increased to 100*eps('{'single' if single else 'double'}') = "
            f"{reltol:g}.", "MATLAB:quadgk:increasedRelTol"))
    count = np.asarray(opts["MaxIntervalCount"])
    if count.size != 1 or count.dtype.kind not in "iuf" or not float(count) > 0 or \
            float(count) != math.floor(float(count)):
        raise CompatValueError("MaxIntervalCount must be a positive integer scalar.")
    q, errbnd = _gk("quadgk", fun, a, b, abstol, reltol,
                    _waypoint_values(opts["Waypoints"]), float(count), False, single)
    return QuadgkResult.first(nargout, q, errbnd)


# ---------------------------------------------------------------- quad, quadl, quadv
def _recursive_args(function, fun, a, b, tol, trace):
    fun = _callable(fun)
    a, single_a = _limit(a, allow_complex=False)
    b, single_b = _limit(b, allow_complex=False)
    if not (math.isfinite(a) and math.isfinite(b)):
        raise CompatValueError(f"The limits of integration must be finite ({function} "
                               "integrates finite intervals; use integral or quadgk for "
                               "infinite ones).")
    tol = 1e-6 if tol is None or is_omitted(tol) else _tolerance(tol, "tol")
    trace = False if trace is None or is_omitted(trace) else _flag(trace, "trace")
    return fun, a, b, tol, trace, single_a or single_b


def _bind(fun, p):
    return fun if not p else (lambda x: fun(x, *p))


def _quad_result(nargout, q, fcnt, single):
    if np.ndim(q) == 0:
        q = (np.float32 if single else np.float64)(q) if not np.iscomplexobj(q) else \
            (np.complex64 if single else np.complex128)(q)
    elif single:
        q = np.asarray(q).astype(np.complex64 if np.iscomplexobj(q) else np.float32)
    return QuadResult.first(nargout, q, np.float64(fcnt))


@matlab_function("quad", nargout=2)
@_DOCS.fill
def quad(fun, a, b, tol=None, trace=None, *p, nargout=1):
    """Numerically integrate by recursive adaptive Simpson quadrature, as MATLAB's
    ``quad`` (not recommended by MathWorks in favour of :func:`integral`).

    MATLAB call forms::

        q = quad(fun,a,b)                       ->  quad(fun, a, b)
        q = quad(fun,a,b,tol)                   ->  quad(fun, a, b, 1e-8)
        q = quad(fun,a,b,tol,trace)             ->  quad(fun, a, b, [], 1)
        [q,fcnt] = quad(...)                    ->  q, fcnt = quad(..., nargout=2)

    Gander and Gautschi's adaptive Simpson rule as MATLAB's ``quad`` applies it
    (:mod:`compat._core.recursive_quadrature`): three initial panels, Simpson's rule and
    its two-panel refinement on each, Richardson's correction, ``tol`` an absolute
    tolerance for every subinterval. MATLAB's printed results are reproduced, counts
    included (``[q,fcnt] = quad(@(x) exp(x)+1, -1, 2)``: 10.0212 and 37). GNU Octave's
    ``quad`` is QUADPACK's QAGS (another algorithm, agreeing to the tolerance); Octave's
    ``quadv`` uses this scheme and agrees to rounding, counts included.

    Parameters
    ----------
    {{fun}}
    {{recursive_args}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> q, fcnt = matlab.quad(lambda x: 1 / (x**3 - 2*x - 5), 0, 2, nargout=2)
    >>> round(float(q), 4), int(fcnt)
    (-0.4605, 41)
    >>> print("%.15f" % matlab.quad(lambda x: 4 / (1 + x**2), 0, 1, 1e-8))
    3.141592653733437
    """
    fun, a, b, tol, trace, single = _recursive_args("quad", fun, a, b, tol, trace)
    q, fcnt = adaptive_simpson(_bind(fun, p), a, b, tol, trace=trace, function="quad")
    return _quad_result(nargout, q, fcnt, single)


@matlab_function("quadv", nargout=2)
@_DOCS.fill
def quadv(fun, a, b, tol=None, trace=None, *p, nargout=1):
    """Numerically integrate an array-valued function by adaptive Simpson quadrature,
    as MATLAB's ``quadv`` (not recommended by MathWorks in favour of ``integral`` with
    ``'ArrayValued', true``).

    MATLAB call forms::

        Q = quadv(fun,a,b)                      ->  quadv(fun, a, b)
        Q = quadv(fun,a,b,tol,trace,p1,...)     ->  quadv(fun, a, b, 1e-8, 0, p1)
        [Q,fcnt] = quadv(...)                   ->  Q, fcnt = quadv(..., nargout=2)

    :func:`quad`'s algorithm over arrays: ``fun`` takes one float and returns an array
    of any fixed shape; a subinterval is accepted when the infinity norm of its
    correction is within ``tol``; ``fcnt`` counts points.

    Parameters
    ----------
    fun : callable
        ``fun(x)`` for one float ``x``, returning an array (or scalar).
    {{recursive_args}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.quadv(lambda x: np.array([[x, x**2], [x**3, 1.0]]), 0, 1).round(6)
    array([[0.5     , 0.333333],
           [0.25    , 1.      ]])
    """
    fun, a, b, tol, trace, single = _recursive_args("quadv", fun, a, b, tol, trace)
    q, fcnt = adaptive_simpson(_bind(fun, p), a, b, tol, array_valued=True, trace=trace,
                               function="quadv")
    return _quad_result(nargout, q, fcnt, single)


@matlab_function("quadl", nargout=2)
@_DOCS.fill
def quadl(fun, a, b, tol=None, trace=None, *p, nargout=1):
    """Numerically integrate by recursive adaptive Lobatto quadrature, as MATLAB's
    ``quadl`` (not recommended by MathWorks in favour of :func:`integral`).

    MATLAB call forms::

        q = quadl(fun,a,b)                      ->  quadl(fun, a, b)
        q = quadl(fun,a,b,tol,trace)            ->  quadl(fun, a, b, 1e-8, 0)
        [q,fcnt] = quadl(...)                   ->  q, fcnt = quadl(..., nargout=2)

    Gander and Gautschi's adaptive Gauss-Lobatto rule with its Kronrod extensions, as
    MATLAB's ``quadl`` applies it (:mod:`compat._core.recursive_quadrature`): the
    tolerance is relaxed when the 13-point rule shows refinement is effective, then
    each interval is accepted or split into six. MATLAB's printed counts are reproduced
    (18 evaluations for ``quadl(@(x) sin(0.5*x), 0, 2)``). GNU Octave's ``quadl``
    starts differently (no 13-point estimate, one forced split) and agrees to the
    tolerance only.

    Parameters
    ----------
    {{fun}}
    {{recursive_args}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> q, fcnt = matlab.quadl(lambda x: np.exp(x) + 1, -1, 2, nargout=2)
    >>> round(float(q), 4), int(fcnt)
    (10.0212, 18)
    """
    fun, a, b, tol, trace, single = _recursive_args("quadl", fun, a, b, tol, trace)
    q, fcnt = adaptive_lobatto(_bind(fun, p), a, b, tol, trace=trace)
    return _quad_result(nargout, q, fcnt, single)


# ---------------------------------------------------------------- integral2, integral3
def _multi_options(function, options, kwargs):
    opts = name_value(function, options, kwargs,
                      {"AbsTol": 1e-10, "RelTol": 1e-6, "Method": "auto"})
    method = opts["Method"]
    if not isinstance(method, str) or method.lower() not in ("auto", "tiled", "iterated"):
        raise CompatValueError(f"The value of 'Method' is invalid. Expected 'auto', "
                               f"'tiled' or 'iterated', got {method!r}.")
    return (_tolerance(opts["AbsTol"], "AbsTol"), _tolerance(opts["RelTol"], "RelTol"),
            method.lower())


def _real_limit(value, name):
    v, single = _limit(value, allow_complex=False)
    return v, single


def _inner_limit(value, name, arity):
    if callable(value):
        return by_value(value), False
    v, single = _real_limit(value, name)
    return twod.limit_function(v, name, arity), single


def _is_infinite(value):
    return not callable(value) and not math.isfinite(float(np.asarray(value).reshape(-1)[0]))


@matlab_function("integral2")
def integral2(fun, xmin, xmax, ymin, ymax, *options, **kwargs):
    """Numerically integrate over a planar region, as MATLAB's ``integral2``.

    MATLAB call forms::

        q = integral2(fun,xmin,xmax,ymin,ymax)             ->  integral2(fun, 0, 1, 0, ymax)
        q = integral2(...,Name,Value)                      ->  integral2(..., 'Method', 'iterated')

    The region is ``xmin <= x <= xmax``, ``ymin(x) <= y <= ymax(x)``: ``ymin``/``ymax``
    are numbers or vectorised callables of x. ``fun(x, y)`` takes two arrays of one
    shape (2-D for 'tiled', 1-D for 'iterated') and returns an array of that shape.
    Options: AbsTol (1e-10), RelTol (1e-6), Method: 'tiled' (Shampine's 2-D adaptive
    product rule on the region mapped to a rectangle, :mod:`compat._core.quadrature_2d`;
    ``fun`` is called with 14 x 14 arrays, at most 10000 times: MATLAB's warning
    "Reached the maximum number of function evaluations (10000). The result fails the
    global error test."), 'iterated' (``integral`` of ``integral``: infinite limits
    allowed; ``fun`` is called with 1-D arrays), 'auto' (MATLAB's rule: 'iterated' when
    a limit is infinite, else 'tiled'). Both meet MATLAB's tolerance; the iterated
    method's inner tolerances are compat's choice (the outer ones), so digits beyond
    the tolerance may differ from MATLAB's.

    Parameters
    ----------
    fun : callable
        ``fun(x, y)``, element by element over arrays.
    xmin, xmax : float
    ymin, ymax : float or callable

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> fun = lambda x, y: 1 / (np.sqrt(x + y) * (1 + x + y)**2)
    >>> round(float(matlab.integral2(fun, 0, 1, 0, lambda x: 1 - x)), 4)
    0.2854
    >>> q = matlab.integral2(lambda x, y: 3*x**2 + 5*y**2, 0, 5, -5, 0,
    ...                      'Method', 'iterated', 'AbsTol', 0, 'RelTol', 1e-10)
    >>> round(float(q), 9)                   # MATLAB prints 1.666666666666667e+03
    1666.666666667
    """
    fun = _callable(fun)
    abstol, reltol, method = _multi_options("integral2", options, kwargs)
    a, sa = _real_limit(xmin, "xmin")
    b, sb = _real_limit(xmax, "xmax")
    c, sc = _inner_limit(ymin, "ymin", 1)
    d, sd = _inner_limit(ymax, "ymax", 1)
    infinite = not (math.isfinite(a) and math.isfinite(b)) or _is_infinite(ymin) or \
        _is_infinite(ymax)
    if method == "auto":
        method = "iterated" if infinite else "tiled"
    if method == "tiled":
        if infinite:
            raise CompatValueError("The 'tiled' method needs finite limits; use "
                                   "'Method', 'iterated' (the 'auto' choice for infinite "
                                   "limits).")
        q = twod.tiled(fun, a, b, c, d, abstol=abstol, reltol=reltol)[0]
    else:
        q = twod.iterated2(fun, a, b, c, d, abstol=abstol, reltol=reltol)
    single = sa or sb or sc or sd
    return (np.float32 if single else np.float64)(q) if not np.iscomplexobj(q) else \
        np.complex128(q)


@matlab_function("integral3")
def integral3(fun, xmin, xmax, ymin, ymax, zmin, zmax, *options, **kwargs):
    """Numerically integrate over a region of space, as MATLAB's ``integral3``.

    MATLAB call forms::

        q = integral3(fun,xmin,xmax,ymin,ymax,zmin,zmax)   ->  integral3(fun, 0, pi, 0, 1, -1, 1)
        q = integral3(...,Name,Value)                      ->  integral3(..., 'Method', 'tiled')

    The region is ``xmin <= x <= xmax``, ``ymin(x) <= y <= ymax(x)``,
    ``zmin(x,y) <= z <= zmax(x,y)``; limits are numbers or vectorised callables.
    ``fun(x, y, z)`` works element by element over arrays of one shape. Options:
    AbsTol (1e-10), RelTol (1e-6), Method: 'tiled' (MATLAB's documented construction:
    ``integral`` over x of :func:`integral2`'s tiled method over (y, z)), 'iterated'
    (three nested ``integral``\\ s; infinite limits allowed), 'auto' ('iterated' when a
    limit is infinite, else 'tiled'). Every inner integral is computed to the same
    tolerances; each costs a Python call per outer node, so a triple 'iterated'
    integral of a smooth function takes about a second.

    Parameters
    ----------
    fun : callable
        ``fun(x, y, z)``.
    xmin, xmax : float
    ymin, ymax : float or callable of x
    zmin, zmax : float or callable of (x, y)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> q = matlab.integral3(lambda x, y, z: y*np.sin(x) + z*np.cos(x), 0, np.pi, 0, 1, -1, 1)
    >>> round(float(q), 4)
    2.0
    """
    fun = _callable(fun)
    abstol, reltol, method = _multi_options("integral3", options, kwargs)
    a, _ = _real_limit(xmin, "xmin")
    b, _ = _real_limit(xmax, "xmax")
    c, _ = _inner_limit(ymin, "ymin", 1)
    d, _ = _inner_limit(ymax, "ymax", 1)
    e, _ = _inner_limit(zmin, "zmin", 2)
    g, _ = _inner_limit(zmax, "zmax", 2)
    infinite = not (math.isfinite(a) and math.isfinite(b)) or any(
        _is_infinite(v) for v in (ymin, ymax, zmin, zmax))
    if method == "auto":
        method = "iterated" if infinite else "tiled"
    if method == "tiled":
        if infinite:
            raise CompatValueError("The 'tiled' method needs finite limits; use "
                                   "'Method', 'iterated' (the 'auto' choice for infinite "
                                   "limits).")
        q = twod.tiled3(fun, a, b, c, d, e, g, abstol=abstol, reltol=reltol)
    else:
        q = twod.iterated3(fun, a, b, c, d, e, g, abstol=abstol, reltol=reltol)
    return float_class(xmin, xmax).type(q)


# ---------------------------------------------------- iterated one-dimensional rules
def _iterated_args(name, tol, method):
    """``tol`` (``[]``: 1e-6) and ``method`` (``[]``: :func:`quad`) of dblquad and
    triplequad; ``method`` is a function with quad's signature ``(f, a, b, tol, trace,
    p1, ...)`` -- :func:`quad`, :func:`quadl` or the caller's own."""
    tol = 1e-6 if tol is None or is_omitted(tol) else tol
    method = quad if method is None or is_omitted(method) else method
    if not callable(method):
        raise CompatTypeError(f"{name}: the method must be a function such as "
                              "matlab.quad or matlab.quadl")
    return tol, method


def _scalar_result(value) -> np.float64:
    return np.float64(np.asarray(value, dtype=np.float64).reshape(-1)[0])


def _per_point(method, fun, xmin, xmax, tol, points, *args) -> np.ndarray:
    """``method(fun, xmin, xmax, tol, [], point, *args)`` for each outer point: one inner
    rule per point, each adapting on its own (there is no vectorised form of the
    scheme), as dblquad.m's and triplequad.m's inner functions loop."""
    points = np.asarray(points, dtype=np.float64)
    out = np.zeros(points.shape)
    for k, value in enumerate(points.flat):
        out.flat[k] = _scalar_result(method(fun, xmin, xmax, tol, None, value, *args))
    return out


@matlab_function("dblquad")
def dblquad(fun, xmin, xmax, ymin, ymax, tol=None, method=None, *p):
    """Double integral over a rectangle by iterated one-dimensional quadrature, as
    MATLAB's ``dblquad`` (not recommended by MathWorks in favour of ``integral2``).

    MATLAB call forms::

        q = dblquad(fun,xmin,xmax,ymin,ymax)              ->  dblquad(fun, 0, 1, 0, 2)
        q = dblquad(fun,xmin,xmax,ymin,ymax,tol)          ->  tol 1e-6 by default
        q = dblquad(fun,xmin,xmax,ymin,ymax,tol,@quadl)   ->  ..., 1e-6, matlab.quadl)
        q = dblquad(fun,...,tol,method,p1,p2,...)         ->  fun(x, y, p1, p2, ...)

    dblquad.m's scheme: the outer ``method(@inner, ymin, ymax, tol)`` integrates over y
    a function that, for each y it is given, runs ``method(fun, xmin, xmax, tol, [],
    y, p1, ...)`` over x -- so ``fun(x, y)`` receives a vector ``x`` and a scalar ``y``
    and must return a vector like ``x``. The default method is :func:`quad`, MATLAB's
    adaptive Simpson rule, whose sample points and counts are MATLAB's, so the result
    is MATLAB's to rounding.

    Differences from ``scipy.integrate.dblquad(f, ...)``: scipy integrates with QUADPACK
    (other points, other error), takes ``f(y, x)`` with y first and scalar arguments,
    and its x limits may depend on y; MATLAB's (and this) tolerance is absolute for each
    panel of each one-dimensional rule. GNU Octave's ``dblquad`` defaults to ``quadcc``;
    ``dblquad(..., tol, @quadv)`` in Octave runs MATLAB's scheme.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> q = matlab.dblquad(lambda x, y: y * np.sin(x) + x * np.cos(y), np.pi, 2 * np.pi, 0, np.pi)
    >>> round(float(q), 4)
    -9.8696
    """
    tol, method = _iterated_args("dblquad", tol, method)

    def inner(y, *args):
        return _per_point(method, fun, xmin, xmax, tol, y, *args)

    return _scalar_result(method(inner, ymin, ymax, tol, None, *p))


@matlab_function("triplequad")
def triplequad(fun, xmin, xmax, ymin, ymax, zmin, zmax, tol=None, method=None, *p):
    """Triple integral over a box by iterated one-dimensional quadrature, as MATLAB's
    ``triplequad`` (not recommended by MathWorks in favour of ``integral3``).

    MATLAB call forms::

        q = triplequad(fun,xmin,xmax,ymin,ymax,zmin,zmax)
        q = triplequad(fun,xmin,xmax,ymin,ymax,zmin,zmax,tol)          ->  1e-6 default
        q = triplequad(fun,xmin,xmax,ymin,ymax,zmin,zmax,tol,@quadl)   ->  matlab.quadl
        q = triplequad(fun,...,tol,method,p1,p2,...)                   ->  fun(x, y, z, p1)

    triplequad.m's scheme: :func:`dblquad` over (y, z) of the x integral
    ``method(fun, xmin, xmax, tol, [], y, z, p1, ...)``, one per (y, z) point; ``fun(x,
    y, z)`` receives a vector ``x`` and scalars ``y`` and ``z``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> q = matlab.triplequad(lambda x, y, z: y * np.sin(x) + z * np.cos(x), 0, np.pi, 0, 1, -1, 1)
    >>> round(float(q), 4)
    2.0
    """
    tol, method = _iterated_args("triplequad", tol, method)

    def inner(y, z, *args):
        return _per_point(method, fun, xmin, xmax, tol, y, z, *args)

    return dblquad(inner, ymin, ymax, zmin, zmax, tol, method, *p)
