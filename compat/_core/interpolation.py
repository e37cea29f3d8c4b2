"""1-D interpolation: the core of MATLAB's interp1 and interp2 and of the ODE input drivers.

Python-shaped: methods are the canonical names of :data:`METHODS` (the legacy layers,
:mod:`compat.matlab.interpolation` and :mod:`compat.matlab.ode`, read MATLAB's spellings
through :func:`parse_method`), extrapolation is ``extrapolate``/``fill`` keywords,
samples are arrays of MATLAB's classes; errors are unbound ``CompatValueError`` /
``CompatTypeError``.

The public face is :class:`Interpolant1D`: a *prepared* interpolant (samples validated,
sorted and turned into piecewise-polynomial coefficients once) with

* ``F(xq)`` -- vectorised evaluation at any array of query points, result shape
  ``xq.shape + (m,)`` for ``m`` data columns;
* ``F.at(t)`` -- the fast path for one scalar query (a Python float in, a Python float
  out when there is one data column, else a 1-D array): it does no validation, no
  array allocation for a single column, and a binary search on a Python list, so it
  costs well under a microsecond on top of the Python call. It is what an ODE
  right-hand side driven by sampled inputs should call;
* ``F.breakpoints`` -- the interior sample points, where the interpolant has kinks
  (restart points for an integrator), and ``F.pp()`` -- MATLAB's pp form.

Methods (MATLAB's names): ``'linear'``, ``'nearest'``, ``'next'``, ``'previous'``,
``'pchip'``, ``'cubic'`` (= ``'pchip'`` in current MATLAB), ``'v5cubic'``,
``'makima'``, ``'spline'``. The algorithms are the published ones MATLAB documents:

* ``pchip``: Fritsch & Carlson (1980) slopes as in Moler, *Numerical Computing with
  MATLAB* ch. 3 (``pchiptx``): interior slope = weighted harmonic mean
  ``(w1+w2)/(w1/d(k-1) + w2/d(k))`` with ``w1 = 2h(k)+h(k-1)``, ``w2 = h(k)+2h(k-1)``
  when the neighbouring secants have the same sign, else 0; end slopes by the
  one-sided three-point formula, zeroed if its sign differs from the first secant and
  limited to 3 times the secant if the secants change sign. Two points: a line.
* ``makima``: modified Akima (Moler, "Makima Piecewise Cubic Interpolation", Cleve's
  Corner 2019; MATLAB ``makima``): slope ``(w1 d(i-1) + w2 d(i))/(w1+w2)`` with
  ``w1 = |d(i+1)-d(i)| + |d(i+1)+d(i)|/2``, ``w2 = |d(i-1)-d(i-2)| + |d(i-1)+d(i-2)|/2``,
  the secants extended by two on each end linearly (``d(0) = 2d(1)-d(2)``, ...);
  slope 0 where ``w1+w2 = 0``. Two points: a line.
* ``spline``: the not-a-knot cubic spline (MATLAB ``spline``; two points: a line,
  three points: the interpolating parabola as one piece on ``[x(1), x(3)]``, as
  MATLAB's pp has it), built as MATLAB's ``spline`` builds it: the slopes from
  the tridiagonal system of :func:`spline_slopes`, then the pieces of ``pwch``; a
  data column holding NaN or Inf gives NaN everywhere (the fit is global).
* ``v5cubic``: MATLAB 5's cubic convolution (Keys 1981, ``a = -1/2``) on uniformly
  spaced samples, with Keys' end conditions ``y(0) = 3y(1) - 3y(2) + y(3)``; MATLAB's
  documentation says it falls back to ``'spline'`` for irregularly spaced samples,
  which is done here (also for fewer than 3 points).
* Hermite data (slopes) become pp coefficients as MATLAB's ``pwch`` does.

Evaluation of every polynomial method is MATLAB's ``ppval``: the piece is the last
break ``<= xq`` (the first piece left of the data, the last one right of it), and
the local polynomial in ``s = xq - break`` is evaluated by Horner's rule. ``'linear'``
is the order-2 pp ``slope*s + v(i)``, which is also how GNU Octave evaluates it.

Step methods: ``'nearest'`` takes the sample nearest to ``xq``, a tie (``xq`` exactly
half-way) going to the upper sample; ``'previous'`` the sample at the last ``x <= xq``
and ``'next'`` the one at the first ``x >= xq``; where no such sample exists (left of
the data for ``'previous'``, right of it for ``'next'``) the result is NaN even when
extrapolating (compat decision: the definition has no value there; GNU Octave repeats
the end sample instead).

Out of range: ``extrapolate=None`` gives MATLAB's default (extrapolate for
``'pchip'``, ``'cubic'``, ``'spline'``, ``'makima'``; ``fill`` for the others);
``extrapolate=True`` extrapolates with the end pieces (MATLAB's ``'extrap'``),
``False`` puts ``fill`` (NaN, or MATLAB's numeric extrapolation value) there. A NaN
query point gives NaN.
"""

from __future__ import annotations

from bisect import bisect_right
from typing import Literal

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.matlab_types import matlab_array
from compat._core.struct import MatlabStruct

__all__ = ["METHODS", "Method", "EXTRAPOLATING", "parse_method", "prepare_samples",
           "Interpolant1D", "is_uniform", "make_pp", "ppval", "makima_slopes",
           "spline_slopes"]

Method = Literal["linear", "nearest", "next", "previous", "pchip", "cubic", "v5cubic",
                 "makima", "spline"]
METHODS: tuple[Method, ...] = ("linear", "nearest", "next", "previous", "pchip", "cubic",
                               "v5cubic", "makima", "spline")
# Methods MATLAB's interp1 extrapolates with by default (interp1 documentation,
# "Extrapolation strategy"; 'cubic' is 'pchip').
EXTRAPOLATING = frozenset({"pchip", "cubic", "spline", "makima"})


def parse_method(method, default: Method = "linear", allowed=METHODS) -> Method:
    """MATLAB's METHOD argument of interp1 (and of the ODE solvers' sampled inputs),
    case-insensitive; ``None``/``[]`` give ``default``.

    An obsolete leading ``'*'`` (``'*linear'``, equally spaced data) is accepted and
    ignored: the result is the same.
    """
    if method is None or (isinstance(method, (list, tuple)) and len(method) == 0):
        return default
    if not isinstance(method, str):
        raise CompatTypeError(f"METHOD must be a character vector, got {method!r}")
    key = method.lower().lstrip("*")
    if key not in allowed:
        choices = ", ".join(f"'{m}'" for m in allowed)
        raise CompatValueError(f"invalid interpolation method '{method}'; accepted: "
                               f"{choices}")
    return key


def prepare_samples(x, v, *, what_x: str = "X", what_v: str = "V"):
    """Validate sample points ``x`` (a vector) and values ``v`` (first dim = len(x)).

    Returns ``(x, v2, tail)``: ``x`` float64 ascending (sorted if it was not, ``v``
    reordered the same way, as MATLAB does), ``v2`` 2-D ``(n, m)`` (float64,
    complex128 or float32/complex64 kept), ``tail`` the trailing shape of ``v``
    (``()`` for a vector). Raises MATLAB-style errors for fewer than two points,
    non-finite or repeated sample points and mismatched lengths.
    """
    x = matlab_array(x, what_x, complex_ok=False, to_float=True)
    v = matlab_array(v, what_v, to_float=True)
    if x.ndim > 2 or (x.ndim == 2 and min(x.shape) != 1):
        raise CompatValueError(f"{what_x} must be a vector, got an array of size "
                               f"{'x'.join(map(str, x.shape))}")
    x = x.reshape(-1).astype(np.float64, copy=False)
    n = x.size
    if v.ndim <= 1 or (v.ndim == 2 and min(v.shape) == 1):
        v2 = v.reshape(-1, 1)
        tail = ()
    else:
        v2 = v.reshape(v.shape[0], -1)
        tail = v.shape[1:]
    if v2.shape[0] != n:
        if tail:
            raise CompatValueError(f"the length of {what_x} ({n}) must match the number of "
                                   f"rows of {what_v} ({v.shape[0]})")
        raise CompatValueError(f"{what_x} and {what_v} must be of the same length ({n} and "
                               f"{v2.shape[0]})")
    if n < 2:
        raise CompatValueError("Interpolation requires at least two sample points in each "
                               "dimension.")
    if not np.isfinite(x).all():
        raise CompatValueError(f"{what_x} must contain finite values only (no NaN or Inf)")
    dx = np.diff(x)
    if not (dx > 0).all():
        order = np.argsort(x, kind="stable")
        x = x[order]
        v2 = v2[order]
        if not (np.diff(x) > 0).all():
            raise CompatValueError("The grid vectors must contain unique points (repeated "
                                   "sample points in X).")
    return x, v2, tail


# --------------------------------------------------------------------------- pp form
def make_pp(breaks, coefs, dim) -> MatlabStruct:
    """MATLAB's pp structure (what ``mkpp``/``interp1(..., 'pp')`` return).

    ``coefs`` is ``(pieces, order, m)`` here; the struct holds MATLAB's layout:
    ``breaks`` a 1-by-(pieces+1) row, ``coefs`` ``pieces*m``-by-``order`` (highest
    power first; row ``(i-1)*m+j`` (1-based) is component ``j`` of piece ``i``),
    ``pieces``, ``order`` and ``dim`` as doubles, field order as MATLAB's.
    """
    pieces, order, m = coefs.shape
    flat = np.ascontiguousarray(coefs.transpose(0, 2, 1)).reshape(pieces * m, order)
    dim_value = np.float64(dim) if np.ndim(dim) == 0 else \
        np.asarray(dim, dtype=np.float64).reshape(1, -1)
    return MatlabStruct(form="pp", breaks=np.asarray(breaks, dtype=np.float64).reshape(1, -1),
                        coefs=flat, pieces=np.float64(pieces), order=np.float64(order),
                        dim=dim_value)


def ppval(pp, xq) -> np.ndarray:
    """Evaluate a pp struct like MATLAB's ``ppval`` (pieces extend beyond the ends).

    The result has the shape of ``xq`` for ``dim == 1``, else ``dim + xq.shape``.
    """
    xq = np.asarray(xq, dtype=np.float64)
    dim = tuple(int(d) for d in np.asarray(pp["dim"]).reshape(-1))
    d = int(np.prod(dim))
    pieces, order = int(pp["pieces"]), int(pp["order"])
    coefs = np.asarray(pp["coefs"]).reshape(pieces, d, order).transpose(0, 2, 1)
    breaks = np.asarray(pp["breaks"], dtype=np.float64).reshape(-1)
    out = _eval_pp(breaks, coefs, xq.reshape(-1))
    if d == 1:
        return out.reshape(xq.shape)
    return np.moveaxis(out.reshape(xq.shape + dim), tuple(range(xq.ndim)),
                       tuple(range(len(dim), len(dim) + xq.ndim)))


def _eval_pp(breaks, coefs, xq):
    """Horner evaluation; ``coefs`` is ``(pieces, order, m)``; returns ``(len(xq), m)``."""
    pieces = coefs.shape[0]
    idx = np.searchsorted(breaks, xq, side="right") - 1
    np.clip(idx, 0, pieces - 1, out=idx)
    s = xq - breaks[idx]
    m = coefs.shape[2]
    if m == 1:
        c = coefs[:, :, 0]
        out = c[idx, 0]
        for k in range(1, coefs.shape[1]):
            out = out * s + c[idx, k]
        return out.reshape(-1, 1)
    s = s[:, None]
    out = coefs[idx, 0, :]
    for k in range(1, coefs.shape[1]):
        out = out * s + coefs[idx, k, :]
    return out


# --------------------------------------------------------------------------- slopes
def _hermite_coefs(h, y, delta, d):
    """Cubic Hermite pieces -> (pieces, 4, m) coefficients (MATLAB ``pwch``)."""
    hh = h[:, None]
    dzzdx = (delta - d[:-1]) / hh
    dzdxdx = (d[1:] - delta) / hh
    return np.stack([(dzdxdx - dzzdx) / hh, 2 * dzzdx - dzdxdx, d[:-1], y[:-1]], axis=1)


def _pchip_slopes(h, delta):
    """Fritsch-Carlson slopes at every sample (``(n, m)``), MATLAB's pchip rules."""
    n = h.size + 1
    d = np.zeros((n, delta.shape[1]), dtype=delta.dtype)
    if n == 2:
        d[0] = delta[0]
        d[1] = delta[0]
        return d
    hk = h[1:, None]
    hk1 = h[:-1, None]
    w1 = 2 * hk + hk1
    w2 = hk + 2 * hk1
    dl = delta[:-1]
    dr = delta[1:]
    same = np.sign(dl) * np.sign(dr) > 0
    with np.errstate(divide="ignore", invalid="ignore"):
        interior = (w1 + w2) / (w1 / dl + w2 / dr)
    d[1:-1] = np.where(same, interior, 0.0)
    d[0] = _pchip_end(h[0], h[1], delta[0], delta[1])
    d[-1] = _pchip_end(h[-1], h[-2], delta[-1], delta[-2])
    return d


def _pchip_end(h1, h2, del1, del2):
    """One-sided shape-preserving three-point end slope (MATLAB's pchip ``pchipend``)."""
    d = ((2 * h1 + h2) * del1 - h1 * del2) / (h1 + h2)
    d = np.where(np.sign(d) != np.sign(del1), 0.0, d)
    limit = (np.sign(del1) != np.sign(del2)) & (np.abs(d) > np.abs(3 * del1))
    return np.where(limit, 3 * del1, d)


def _makima_slopes(delta):
    """Modified Akima slopes (``(n, m)``) from the secants ``delta`` (``(n-1, m)``)."""
    n = delta.shape[0] + 1
    if n == 2:
        return np.vstack([delta[0], delta[0]])
    d0 = 2 * delta[0] - delta[1]
    dm1 = 2 * d0 - delta[0]
    dn = 2 * delta[-1] - delta[-2]
    dn1 = 2 * dn - delta[-1]
    p = np.vstack([dm1, d0, delta, dn, dn1])          # p[k] is secant k-1 (1-based)
    w = np.abs(np.diff(p, axis=0)) + np.abs((p[:-1] + p[1:]) / 2)
    w_left = w[:n]        # |d(i-1)-d(i-2)| + |d(i-1)+d(i-2)|/2
    w_right = w[2:]       # |d(i+1)-d(i)|   + |d(i+1)+d(i)|/2
    ws = w_left + w_right
    with np.errstate(divide="ignore", invalid="ignore"):
        s = (w_right / ws) * p[1:n + 1] + (w_left / ws) * p[2:n + 2]
    return np.where(ws == 0, 0.0, s)


# the slopes of makima for callers that fit many small windows (compat._core.tensor_splines)
makima_slopes = _makima_slopes


def is_uniform(x) -> bool:
    """Equally spaced samples, up to rounding of the sample points themselves."""
    h = np.diff(x)
    return bool(np.max(np.abs(h - h[0])) <= 4 * np.finfo(float).eps * np.max(np.abs(x)))


def _v5cubic_coefs(x, y):
    """Keys cubic convolution pieces on uniform samples -> (pieces, 4, m)."""
    h = (x[-1] - x[0]) / (x.size - 1)
    p = np.vstack([3 * y[0] - 3 * y[1] + y[2], y, 3 * y[-1] - 3 * y[-2] + y[-3]])
    p0, p1, p2, p3 = p[:-3], p[1:-2], p[2:-1], p[3:]
    c3 = (-p0 + 3 * p1 - 3 * p2 + p3) / 2
    c2 = (2 * p0 - 5 * p1 + 4 * p2 - p3) / 2
    c1 = (p2 - p0) / 2
    return np.stack([c3 / h**3, c2 / h**2, c1 / h, p1], axis=1)


def spline_slopes(x, y, endslopes=None):
    """The slopes of MATLAB's cubic spline at the sites: ``(n, m)`` from ``y`` ``(n, m)``.

    MATLAB's ``spline`` construction (de Boor, *A Practical Guide to Splines*, ch. IV;
    the MATLAB ``spline`` reference page): with ``dx = diff(x)`` and the secants
    ``dd = diff(y)./dx``, the interior rows are
    ``dx(i) s(i-1) + 2 (dx(i-1) + dx(i)) s(i) + dx(i-1) s(i+1)
    = 3 (dx(i) dd(i-1) + dx(i-1) dd(i))``; the not-a-knot first row is
    ``dx(2) s(1) + (x(3) - x(1)) s(2) = ((dx(1) + 2 x31) dx(2) dd(1) + dx(1)^2 dd(2))/x31``
    (the last row its mirror image), or, for ``endslopes``, ``dx(2) s(1) = dx(2)
    endslope(1)`` (a clamped spline). The tridiagonal system is solved by Gaussian
    elimination with partial pivoting (LAPACK ``dgtsv``; MATLAB's ``spline`` solves it
    with its sparse banded solver). The slopes are accurate to a few ulps even for
    near-coincident sites (measured against exact rational slopes: 7e-16 relative with
    gaps of 1e-7 of the range); the pieces built from them (:func:`_hermite_coefs`,
    MATLAB's ``pwch``) lose ``eps * |y| / h`` in the divided difference of a short piece
    ``h``, which MATLAB's pp shares (GNU Octave builds its pp from second derivatives
    instead and keeps more digits when extrapolating next to such a piece).
    """
    from scipy.linalg import get_lapack_funcs

    n = x.size
    y = np.asarray(y, dtype=np.result_type(y.dtype, np.float64))   # complex stays complex
    dx = np.diff(x)
    dd = np.diff(y, axis=0) / dx[:, None]
    b = np.empty_like(y)
    if n == 2:                    # two sites: the line, or (clamped) the Hermite cubic
        b[0], b[1] = (dd[0], dd[0]) if endslopes is None else endslopes
        return b
    b[1:-1] = 3 * (dx[1:, None] * dd[:-1] + dx[:-1, None] * dd[1:])
    if endslopes is None:
        x31 = x[2] - x[0]
        xn = x[-1] - x[-3]
        b[0] = ((dx[0] + 2 * x31) * dx[1] * dd[0] + dx[0] ** 2 * dd[1]) / x31
        b[-1] = (dx[-1] ** 2 * dd[-2] + (2 * xn + dx[-1]) * dx[-2] * dd[-1]) / xn
    else:
        x31 = xn = 0.0
        b[0] = dx[1] * endslopes[0]
        b[-1] = dx[-2] * endslopes[1]
    diag = np.concatenate([dx[1:2], 2 * (dx[1:] + dx[:-1]), dx[-2:-1]])
    upper = np.concatenate([[x31], dx[:-1]])            # row i, column i + 1
    lower = np.concatenate([dx[1:], [xn]])              # row i + 1, column i
    lower, diag, upper = (v.astype(y.dtype) for v in (lower, diag, upper))
    gtsv, = get_lapack_funcs(("gtsv",), (diag, b))
    *_, s, info = gtsv(lower, diag, upper, b)
    if info > 0:                                        # cannot happen for distinct sites
        s = np.full_like(b, np.nan)
    return s


def _spline_coefs(x, y):
    # a spline is a global fit: a column holding NaN or Inf is NaN everywhere
    good = np.isfinite(y).all(axis=0)
    out = np.full((x.size - 1, 4, y.shape[1]), np.nan, dtype=y.dtype)
    if good.any():
        yg = y[:, good]
        h = np.diff(x)
        delta = np.diff(yg, axis=0) / h[:, None]
        out[:, :, good] = _hermite_coefs(h, yg, delta, spline_slopes(x, yg))
    return out                                            # (pieces, 4, m)


def _spline_parabola(x, y):
    """The not-a-knot spline of three points as MATLAB's ``spline`` makes it: the
    parabola through them as ONE piece of order 3 on ``[x(1), x(3)]`` (the spline
    reference page; its pp has breaks ``[x(1) x(3)]``), coefficients from the divided
    differences ``c2 = (d2 - d1)/(x3 - x1)``, ``c1 = d1 - c2 h1``, ``c0 = y1``.
    scipy's CubicSpline gives two cubic pieces whose cubic terms are rounding-sized
    instead of zero, which extrapolation multiplies by ``(dx/h)^3`` (513 eps of the
    parabola's terms measured, against 4 for Octave's single piece)."""
    good = np.isfinite(y).all(axis=0)
    out = np.full((1, 3, y.shape[1]), np.nan, dtype=y.dtype)
    h = np.diff(x)
    yg = y[:, good]
    d1 = (yg[1] - yg[0]) / h[0]
    d2 = (yg[2] - yg[1]) / h[1]
    c2 = (d2 - d1) / (x[2] - x[0])
    out[0, :, good] = np.stack([c2, d1 - c2 * h[0], yg[0]], axis=1)
    return out                                            # (1, 3, m)


# --------------------------------------------------------------------------- interpolant
class Interpolant1D:
    """A prepared 1-D interpolant with MATLAB ``interp1`` semantics.

    Parameters
    ----------
    x : array_like
        Sample points (a vector; sorted here if needed; repeated points are an error).
    v : array_like
        Sample values: a vector of ``len(x)`` values or an array whose first dimension
        is ``len(x)`` (every column is interpolated).
    method : Method
        One of :data:`METHODS`.
    extrapolate : bool or None
        ``None``: MATLAB's default for the method; ``True``: extrapolate with the end
        pieces (``'extrap'``); ``False``: ``fill`` outside the samples.
    fill : float or complex
        The value outside the samples when not extrapolating (default NaN).
    checked : bool
        Internal: ``x`` and ``v`` already come from :func:`prepare_samples`.

    Notes
    -----
    The object is immutable once built and keeps its own copies of the samples, so
    changing the caller's arrays afterwards does not change it (and re-using it is
    safe, unlike a cache keyed on the identity of the caller's array, which would
    return stale results after an in-place change or when Python re-uses the id of a
    freed array).
    """

    __slots__ = ("x", "v", "method", "extrap", "fill", "coefs", "breaks", "order", "m",
                 "tail", "dtype", "_xl", "_cl", "_x0", "_x1", "_vl", "_mid", "_midl")

    def __init__(self, x, v, method: Method = "linear", *, extrapolate: bool | None = None,
                 fill=np.nan, checked: bool = False):
        if checked:
            x = np.asarray(x, dtype=np.float64)
            v2 = np.asarray(v)
            tail = ()
            if v2.ndim == 1:
                v2 = v2.reshape(-1, 1)
        else:
            x, v2, tail = prepare_samples(x, v)
        self.tail = tail
        self.dtype = v2.dtype
        work = np.complex128 if v2.dtype.kind == "c" else np.float64
        v2 = np.array(v2, dtype=work, copy=True)
        x = np.array(x, dtype=np.float64, copy=True)
        if work is np.complex128 and method in ("pchip", "cubic", "makima"):
            raise CompatTypeError(f"method '{method}' needs real values V")
        self.x, self.v, self.m = x, v2, v2.shape[1]
        requested = method
        if method == "cubic":
            method = "pchip"
        if method == "v5cubic" and (x.size < 3 or not is_uniform(x)):
            method = "spline"           # the default extrapolation stays v5cubic's (NaN)
        self.method = method
        self.extrap = requested in EXTRAPOLATING if extrapolate is None else extrapolate
        self.fill = fill
        self.coefs = None
        self._mid = self._midl = None
        breaks = x                  # the pp's breaks (MATLAB's spline of 3 points: 2)
        h = np.diff(x)
        if method == "linear":
            slope = np.diff(v2, axis=0) / h[:, None]
            self.coefs = np.stack([slope, v2[:-1]], axis=1)
        elif method == "pchip":
            delta = np.diff(v2, axis=0) / h[:, None]
            self.coefs = _hermite_coefs(h, v2, delta, _pchip_slopes(h, delta))
        elif method == "makima":
            delta = np.diff(v2, axis=0) / h[:, None]
            self.coefs = _hermite_coefs(h, v2, delta, _makima_slopes(delta))
        elif method == "spline" and x.size == 3:
            self.coefs = _spline_parabola(x, v2)
            breaks = x[[0, 2]]
        elif method == "spline":
            self.coefs = _spline_coefs(x, v2)
        elif method == "v5cubic":
            self.coefs = _v5cubic_coefs(x, v2)
        elif method == "nearest":
            self._mid = (x[:-1] + x[1:]) / 2
            self._midl = self._mid.tolist()
        self.order = 1 if self.coefs is None else self.coefs.shape[1]
        self.breaks = breaks
        self._x0, self._x1 = float(x[0]), float(x[-1])
        self._xl = breaks.tolist()
        if self.coefs is not None:
            if self.m == 1:
                self._cl = [tuple(row) for row in self.coefs[:, :, 0].tolist()]
            else:
                self._cl = self.coefs
        else:
            self._cl = None
        self._vl = v2[:, 0].tolist() if self.m == 1 else v2

    # ------------------------------------------------------------------ vectorised
    def __call__(self, xq) -> np.ndarray:
        """Values at ``xq`` (any shape): an array of shape ``xq.shape + (m,)``."""
        xq = np.asarray(xq, dtype=np.float64)
        flat = xq.reshape(-1)
        if self.coefs is not None:
            out = _eval_pp(self.breaks, self.coefs, flat)
        else:
            out = self._eval_step(flat)
        if not self.extrap:
            outside = (flat < self._x0) | (flat > self._x1)
            if outside.any():
                if out.dtype.kind != "c" and isinstance(self.fill, complex):
                    out = out.astype(np.complex128)
                out[outside] = self.fill
        return out.reshape(xq.shape + (self.m,))

    def _eval_step(self, flat):
        x, v = self.x, self.v
        n = x.size
        if self.method == "nearest":
            idx = np.searchsorted(self._mid, flat, side="right")
            out = v[idx]
            bad = np.isnan(flat)
        elif self.method == "previous":
            idx = np.searchsorted(x, flat, side="right") - 1
            bad = (idx < 0) | np.isnan(flat)
            out = v[np.maximum(idx, 0)]
        else:  # next
            idx = np.searchsorted(x, flat, side="left")
            bad = idx >= n
            out = v[np.minimum(idx, n - 1)]
        if bad.any():
            out = out.astype(np.result_type(out.dtype, np.float64))
            out[bad] = np.nan
        return out

    # ------------------------------------------------------------------ scalar
    def at(self, t):
        """Value at one scalar ``t``: a float (one data column) or a 1-D array.

        No validation and no array allocation for one column: meant for inner loops
        (an ODE right-hand side). NaN ``t`` gives NaN.
        """
        t = float(t)
        x0, x1 = self._x0, self._x1
        if not (x0 <= t <= x1):
            if t != t:
                return np.nan if self.m == 1 else np.full(self.m, np.nan)
            if not self.extrap:
                return self.fill if self.m == 1 else np.full(self.m, self.fill)
        xl = self._xl
        method = self.method
        if self._cl is not None:
            i = bisect_right(xl, t) - 1
            if i < 0:
                i = 0
            elif i > len(xl) - 2:
                i = len(xl) - 2
            s = t - xl[i]
            if self.m == 1:
                c = self._cl[i]
                r = c[0]
                for ck in c[1:]:
                    r = r * s + ck
                return r
            c = self._cl[i]
            r = c[0].copy()
            for k in range(1, c.shape[0]):
                r = r * s + c[k]
            return r
        if method == "nearest":
            i = bisect_right(self._midl, t)
        elif method == "previous":
            i = bisect_right(xl, t) - 1
            if i < 0:
                return np.nan if self.m == 1 else np.full(self.m, np.nan)
        else:
            i = bisect_right(xl, t)
            if i > 0 and xl[i - 1] == t:
                i -= 1
            if i >= len(xl):
                return np.nan if self.m == 1 else np.full(self.m, np.nan)
        if self.m == 1:
            return self._vl[i]
        return self.v[i].copy()

    # ------------------------------------------------------------------ extras
    @property
    def breakpoints(self) -> np.ndarray:
        """Interior sample points: where the interpolant (or a derivative) may jump."""
        if self.method == "nearest":
            return self._mid.copy()
        return self.x[1:-1].copy()

    def pp(self) -> MatlabStruct:
        """MATLAB's pp form of this interpolant (``interp1(x, v, method, 'pp')``)."""
        x = self.x
        if self.coefs is not None:
            breaks, c = self.breaks, self.coefs          # (pieces, order, m)
        elif self.method == "nearest":
            breaks = np.concatenate([[x[0]], self._mid, [x[-1]]])
            c = self.v[:, None, :]
        elif self.method == "previous":
            breaks = np.concatenate([x, [2 * x[-1] - x[-2]]])
            c = self.v[:, None, :]
        else:  # next: constant v(i+1) on (x(i), x(i+1)]
            breaks = np.concatenate([[2 * x[0] - x[1]], x])
            c = self.v[:, None, :]
        if self.dtype == np.float32:
            c = c.astype(np.float32)
        elif self.dtype == np.complex64:
            c = c.astype(np.complex64)
        dim = self.tail if len(self.tail) > 1 else (self.tail[0] if self.tail else 1)
        return make_pp(breaks, c, dim)
