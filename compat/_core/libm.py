"""The C math library (libm) as IDL, GDL and MATLAB call it, element by element.

numpy's own loops for ``sin``, ``atan2``, ``asin``, ``pow`` ... are not the C library's
functions on every machine (SIMD approximations differ from glibc's in the last bit for
0.1% to 10% of arguments, measured), and numpy has no float32 loop that is the C
library's ``atanf``/``sinf``/``cosf``. Routines whose bits must equal the original's
take these functions from here, the one place that loads the library:

* :func:`c_function` -- a routine of the C library itself through ctypes (the float
  ``atanf``, ``atan2f``, ``sinf``, ``cosf``; the double ``atan2``), looked up on first
  use (finding the library runs ldconfig: milliseconds), None without a C library;
* :func:`float_call` -- a FLOAT routine applied to float32 arrays;
* :func:`c_atan2`, :func:`c_asin`, :func:`c_pow` -- the DOUBLE ``atan2``, ``asin`` and
  ``pow`` on arrays, fast where extended precision decides their rounding;
* :func:`double_function` and the bindings :data:`tan`, :data:`asin`, ... -- Python's
  ``math`` module (CPython calls the C library's double functions) applied element by
  element, with the domain errors Python raises turned into the C results;
* :func:`cabs` -- the magnitude of complex numbers as C's ``cabs`` (``hypot``) gives it.

Arrays of at least :data:`LOOP_MIN` elements go through a loop compiled by numba
(``compat[fast]``) that calls the same C routine through its ctypes pointer, element by
element: the same function on the same arguments, so the same bits, at C speed instead
of a Python call per element (``COMPAT_NUMBA=0`` or a missing numba: the Python loop).

A leaf: imports nothing from compat.
"""

from __future__ import annotations

import functools
import math
import os

import numpy as np

__all__ = ["c_function", "float_call", "c_atan2", "c_asin", "c_pow", "double_function", "tan", "asin",
           "acos", "atan", "atan2", "exp", "log", "pow", "cabs"]


@functools.lru_cache(maxsize=None)
def _library():
    import ctypes
    import ctypes.util
    try:
        return ctypes.CDLL(ctypes.util.find_library("m") or "libm.so.6")
    except OSError:  # pragma: no cover - no C math library
        return None


@functools.lru_cache(maxsize=None)
def c_function(name: str, nargs: int, double: bool = False):
    """The C library's routine ``name`` of ``nargs`` FLOAT (``double`` False) or DOUBLE
    arguments and result, as a ctypes function taking and returning Python floats; None
    without a C math library."""
    import ctypes
    lib = _library()
    if lib is None:  # pragma: no cover - no C math library
        return None
    try:
        f = getattr(lib, name)
    except AttributeError:  # pragma: no cover
        return None
    f.restype = ctypes.c_double if double else ctypes.c_float
    f.argtypes = [f.restype] * nargs
    return f


#: arrays of at least this many elements are looped over by the compiled loop (numba);
#: below it the Python loop costs less than compiling (about 0.1 s per routine)
LOOP_MIN = 1024


@functools.lru_cache(maxsize=None)
def _compiled_loop(name: str, nargs: int, double: bool):
    """A numba-compiled ``loop(*columns, out)`` setting ``out[i] = name(columns[0][i],
    ...)`` by the C library's routine itself (numba calls the ctypes function's
    pointer with its C prototype), or None without numba, without a C library or with
    ``COMPAT_NUMBA=0``. Not cached on disk (the pointer differs from process to
    process)."""
    if os.environ.get("COMPAT_NUMBA", "1").strip() == "0":
        return None
    f = c_function(name, nargs, double)
    if f is None:  # pragma: no cover - no C math library
        return None
    try:
        import numba
    except ImportError:  # pragma: no cover - compat[fast] not installed
        return None
    if nargs == 1:
        def loop(a, out):
            for i in range(out.size):
                out[i] = f(a[i])
    else:
        def loop(a, b, out):
            for i in range(out.size):
                out[i] = f(a[i], b[i])
    return numba.njit(nogil=True)(loop)


def _loop_call(name: str, double: bool, *columns: np.ndarray):
    """``name`` of the 1-D columns (one length, float32 or float64 as ``double``) by
    :func:`_compiled_loop`, a new array; None when the columns are shorter than
    :data:`LOOP_MIN` or the compiled loop is unavailable."""
    if columns[0].size < LOOP_MIN:
        return None
    loop = _compiled_loop(name, len(columns), double)
    if loop is None:
        return None
    dtype = np.float64 if double else np.float32
    columns = [np.ascontiguousarray(c, dtype=dtype) for c in columns]
    out = np.empty(columns[0].size, dtype)
    loop(*columns, out)
    return out


def float_call(name: str, *args: np.ndarray) -> np.ndarray:
    """The C library's FLOAT routine ``name`` (``"atanf"``, ``"atan2f"``, ``"sinf"``,
    ``"cosf"``) of float32 arrays (broadcast), a float32 array of their shape.

    One call per element: no vectorised form of the C library's float routines is
    reachable from numpy. Without a C math library: the double function of ``math``
    rounded to FLOAT."""
    shape = np.broadcast(*args).shape
    f = c_function(name, len(args))
    if f is None:  # pragma: no cover - no C math library
        f = getattr(math, name[:-1])
    size = int(np.prod(shape))
    if f is not None and size >= LOOP_MIN:
        out = _loop_call(name, False, *(np.broadcast_to(np.asarray(a, dtype=np.float32),
                                                        shape).ravel() for a in args))
        if out is not None:
            return out.reshape(shape)
    columns = [np.broadcast_to(np.asarray(a, dtype=np.float32), shape).ravel().tolist()
               for a in args]
    return np.fromiter(map(f, *columns), np.float32, count=size).reshape(shape)


_EXTENDED = np.finfo(np.longdouble).nmant >= 63     # x87 80-bit long double


def c_atan2(y: np.ndarray, x: np.ndarray) -> np.ndarray:
    """The C library's DOUBLE atan2, as GDL (and IDL) call it, element for element.

    numpy's float64 arctan2 is not that function on every machine: with AVX-512 it is a
    vectorised approximation that differs from glibc's atan2 in the last bit for ~7% of
    random points (measured). Computed here in extended precision (``atan2l``, through
    numpy's long double loop) and rounded to DOUBLE -- glibc's atan2 is that rounding
    except within a few thousandths of an ulp of a midpoint (2e6 random points: every
    difference had the extended value at >= 0.4966 ulp from the rounded one) -- and the
    C library's own atan2 called for the elements within 0.45 ulp of a midpoint (about
    a tenth) and for non-finite ones. Without an 80-bit long double every element is a
    C call."""
    y, x = np.broadcast_arrays(y.astype(np.float64), x.astype(np.float64))
    return _extended_then_c(lambda: np.arctan2(y.astype(np.longdouble),
                                               x.astype(np.longdouble)),
                            c_function("atan2", 2, double=True), np.arctan2, y, x)


def c_asin(x: np.ndarray) -> np.ndarray:
    """The C library's DOUBLE asin, as IDL and GDL call it, element for element.

    numpy's float64 arcsin is not that function: it differs from glibc's asin in the last
    bit for about one argument in twelve (measured: 8.2% of 1e5 uniform arguments in
    [0, 1]). As :func:`c_atan2`: the extended-precision ``asinl`` (numpy's long double
    loop) rounded to DOUBLE, and the C library's asin called for the elements within
    0.45 ulp of a midpoint (about a tenth) and for non-finite or out-of-domain ones
    (2e6 arguments in [-1, 1], crowded near 0 and 1: the rounded extended value equals
    glibc's asin wherever it is 0.45 ulp or more from a midpoint; every difference was
    at >= 0.486 ulp). Without an 80-bit long double every element is a C call."""
    x = np.asarray(x, dtype=np.float64)
    return _extended_then_c(lambda: np.arcsin(x.astype(np.longdouble)),
                            c_function("asin", 1, double=True), np.arcsin, x)


def c_pow(x, y) -> np.ndarray:
    """The C library's DOUBLE ``pow(x, y)`` element by element (broadcast), as GDL
    computes IDL's ``^`` of DOUBLE operands (every exponent, integer or real).

    Neither numpy spelling is that function: ``np.power`` of float64 arrays is a SIMD
    loop that differs from glibc's ``pow`` in the last bit for about 5% of arguments
    (measured with AVX-512, every exponent tried), and ``x ** 2`` is the exactly
    rounded ``x * x`` while glibc's ``pow`` is only within 0.52 ulp (``pow(x, 2.0)``
    differs from ``x * x`` for about 0.08% of random x). GDL 1.0.1's ``x^e`` equals
    the C ``pow`` on 1e5 random DOUBLE x for e = 2, 2d, 3, 3d, 0.5d, 1.5d, -1, -2, 4,
    5L, 1d/3 and random real exponents (tests/test_libm_pow.py).

    Computed as :func:`c_atan2`: ``powl`` in extended precision (numpy's long double
    loop) rounded to DOUBLE, and the C library's ``pow`` called for the elements within
    0.45 ulp of a midpoint (glibc's 0.52-ulp bound means it can only round the other way
    there) and for non-finite results (overflow, NaN, infinities, zero bases with
    negative exponents). Returns a float64 array, or a float64 scalar for scalar
    arguments.

    >>> float(c_pow(2.0, 0.5)) == 2.0 ** 0.5
    True
    >>> c_pow([0.0, -0.0, -8.0], [-1.0, -3.0, 1.0 / 3.0])
    array([ inf, -inf,  nan])
    """
    xa, ya = np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64)
    shape = np.broadcast_shapes(xa.shape, ya.shape)
    xb, yb = (np.broadcast_to(v, shape).ravel() for v in (xa, ya))
    with np.errstate(all="ignore"):   # C's pow raises no Python warnings either
        out = _extended_then_c(lambda: np.power(xb.astype(np.longdouble),
                                                yb.astype(np.longdouble)),
                               c_function("pow", 2, double=True), np.power, xb, yb)
    return out.reshape(shape) if shape else np.float64(out[0])


def _extended_then_c(extended, f, fallback, *args: np.ndarray) -> np.ndarray:
    """The C library's DOUBLE function ``f`` of the float64 arrays ``args`` (one shape):
    ``extended()`` (its long double value) rounded to DOUBLE, and ``f`` called for the
    elements within 0.45 ulp of a midpoint and the non-finite ones; every element is a
    C call without an 80-bit long double, ``fallback`` (numpy's) without a C library."""
    if f is None:  # pragma: no cover - no C math library
        return fallback(*args)
    shape = args[0].shape
    whole = _loop_call(f.__name__, True, *(a.ravel() for a in args))
    if whole is not None:
        # every element by the C routine itself (the compiled loop)
        return whole.reshape(shape) if shape else whole[0]
    if _EXTENDED:
        with np.errstate(invalid="ignore"):
            wide = extended()
        out = np.array(wide, dtype=np.float64)   # an array also for one value (0-d)
        spacing = np.spacing(np.abs(out)).astype(np.longdouble)
        below = (np.abs(wide) < np.abs(out)) & (np.frexp(out)[0] == 0.5)
        local = np.where(below, spacing / 2, spacing)
        with np.errstate(invalid="ignore", divide="ignore"):
            near = ~np.isfinite(out) | (np.abs(wide - out) > 0.45 * local)
    else:  # pragma: no cover - long double is DOUBLE (Windows, Apple silicon)
        out = np.empty(shape, dtype=np.float64)
        near = np.ones(shape, dtype=bool)
    if near.any():
        g = _domain_safe(f)
        out[near] = [g(*v) for v in zip(*(a[near].tolist() for a in args))]
    return out if out.ndim else out[()]


def _domain_safe(f, below=math.nan):
    """``f`` with Python's errors turned into values: a domain error is ``below`` where
    the first argument is 0 (log(0)), NaN elsewhere; an overflow is +Inf."""
    def g(*v):
        try:
            return f(*v)
        except ValueError:
            return below if v and v[0] == 0.0 else math.nan
        except OverflowError:
            return math.inf
    return g


def double_function(f, nin: int = 1, zero: float = math.nan):
    """The ``math`` module's double function ``f`` of ``nin`` arguments applied element
    by element to float64 arrays (broadcast): an array of float64, or a float64 scalar
    for scalar arguments. ``zero`` is the value of a domain error at a first argument 0
    (``-inf`` for log)."""
    u = np.frompyfunc(_domain_safe(f, zero), nin, 1)

    def call(*args):
        args = [np.asarray(a, dtype=np.float64) for a in args]
        out = u(*args)
        return np.asarray(out, dtype=np.float64) if isinstance(out, np.ndarray) \
            else np.float64(out)
    call.__name__ = f.__name__
    call.__doc__ = f"The C library's double ``{f.__name__}`` element by element."
    return call


tan = double_function(math.tan)
asin = double_function(math.asin)
acos = double_function(math.acos)
atan = double_function(math.atan)
atan2 = double_function(math.atan2, 2)
exp = double_function(math.exp)
log = double_function(math.log, zero=-math.inf)
pow = c_pow   # noqa: A001 - the C library's name (math.pow raised where C returns
#               +-inf: pow(0, -1), pow(-1e200, 3.0); those were NaN/+inf here)


def cabs(z) -> np.ndarray:
    """``|z|`` element by element as the C library computes it: ``hypot(re, im)`` for
    complex input (float64 for complex128, float32 for complex64, in the input's shape);
    ``np.abs`` otherwise.

    MATLAB's ``abs``, ``max``/``min``/``sort`` of complex input, IDL's ``ABS`` and its
    comparisons of complex values take ``|z|`` as C's ``cabs``, which glibc computes as
    ``hypot(re, im)``, correctly rounded in practice. numpy 2's ``np.abs`` of a complex
    array is a SIMD loop that is not that function: it differs from ``hypot`` in the
    last bit for about a third of random values (measured on numpy 2.4: 34.8% of 20000
    complex128 and 35.1% of complex64 normal draws), e.g. ``np.abs`` of
    ``exp(5j*pi/4)`` is 1.0000000000000002 while ``hypot`` gives 1.0. ``np.hypot`` of
    the parts is the C library's ``hypot`` (``hypotf`` for float32) on every value
    tried (1e5 of each; tests/test_complex_magnitude.py calls both through ctypes).
    Where the last bit decides a result -- a comparison of magnitudes, a tie broken by
    the angle, a printed difference -- compat takes the magnitude from here.

    Evidence that the originals use ``hypot``: MATLAB's peak2peak reference page prints
    ``peak2peak(exp(1i*pi/4*(0:7)))`` as 1.1034e-15i, which only the ``hypot``
    magnitudes give (compat.matlab.signal.levels); GNU Octave 7.3 (``std::abs``, i.e.
    ``cabs``) takes ``max([exp(5i*pi/4), 1])`` as 1 (equal magnitudes, larger angle),
    where ``np.abs`` magnitudes would give ``exp(5i*pi/4)``.

    Cost: ``np.hypot`` of the parts is about ten times slower than ``np.abs`` (1e6
    complex128 values: 28 ms against 2.8 ms on the development machine).

    >>> import numpy as np
    >>> float(cabs(np.exp(np.array([5j * np.pi / 4])))[0])
    1.0
    >>> cabs(np.array([3 + 4j, -5 - 12j], dtype=np.complex64))
    array([ 5., 13.], dtype=float32)
    """
    z = np.asarray(z)
    if z.dtype.kind != "c":
        return np.abs(z)
    return np.hypot(z.real, z.imag)
