"""MATLAB's piecewise polynomials: ``mkpp``, ``unmkpp``, ``ppval``, ``spline``,
``pchip``.

The legacy layer of the family, over the pp machinery of
:mod:`compat._core.interpolation` (which ``interp1(..., 'pp')`` shares): MATLAB's pp
structure (a :class:`compat.MatlabStruct` dict with ``form``, ``breaks``, ``coefs``,
``pieces``, ``order``, ``dim``), the not-a-knot cubic spline (clamped when two extra
values give the end slopes) and the shape-preserving Fritsch-Carlson cubic of ``pchip``.
As in MATLAB, the **last** dimension of ``y`` runs along ``x`` here (``interp1`` uses the
first): a 2-by-n ``y`` is a curve with values in 2-D.
"""

from __future__ import annotations

import numpy as np

from compat._core import interpolation as core
from compat._core.args import is_omitted
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import float_class, is_single, matlab_array
from compat._core.results import Result

__all__ = ["mkpp", "unmkpp", "ppval", "spline", "pchip", "UnmkppResult"]


class UnmkppResult(Result):
    """``[breaks, coefs, l, k, d] = unmkpp(pp)``."""

    request_style = "nargout"
    breaks: np.ndarray
    coefs: np.ndarray
    l: np.float64  # noqa: E741 - MATLAB's name
    k: np.float64
    d: np.ndarray


_SOURCES = """Sources: MATLAB ``{name}`` reference page. Checked against GNU Octave 7.3
    (reference_outputs/matlab/piecewise)."""


def _check_pp(pp):
    if not isinstance(pp, dict) or str(pp.get("form", "")) != "pp":
        raise CompatValueError("PP must be a piecewise polynomial structure (a dict with "
                               "form 'pp', as mkpp, spline and pchip return).")
    return pp


@matlab_function("mkpp")
def mkpp(breaks, coefs, d=1):
    """Make a piecewise polynomial, as MATLAB's ``mkpp``.

    MATLAB call forms::

        pp = mkpp(breaks, coefs)      ->  mkpp([0, 1, 3], [[1, 2], [3, 4]])
        pp = mkpp(breaks, coefs, d)   ->  mkpp(breaks, coefs, 2)   (values in d-D)

    Parameters
    ----------
    breaks : array_like
        ``l + 1`` increasing break points of the ``l`` pieces.
    coefs : array_like
        The coefficients, highest power first, read as MATLAB reads them:
        ``reshape(coefs, d*l, k)`` (column-major), row ``(i-1)*d + j`` the
        component ``j`` of piece ``i``. Each piece is a polynomial in ``x -
        breaks(i)``.
    d : int or sequence of int, optional
        The size of the values (default 1).

    Returns
    -------
    dict
        MATLAB's pp struct (a :class:`compat.MatlabStruct`).

    Notes
    -----
    ``scipy.interpolate.PPoly`` holds the same polynomials with coefficients as
    ``(k, l)`` and is not MATLAB's struct.

    {sources}

    Examples
    --------
    >>> from compat.matlab import mkpp, ppval
    >>> pp = mkpp([0, 1, 3], [1, 2, 3, 4, 5, 6])
    >>> pp["coefs"]
    array([[1., 3., 5.],
           [2., 4., 6.]])
    >>> ppval(pp, [-1, 0.5, 2, 4])
    array([ 3.  ,  6.75, 12.  , 36.  ])
    """
    b = np.asarray(matlab_array(breaks, "breaks", to_float=True), dtype=np.float64).ravel()
    c = np.asarray(matlab_array(coefs, "coefs", to_float=True))
    dims = [int(v) for v in np.asarray(d).ravel()]
    if not dims or any(v < 1 for v in dims):
        raise CompatValueError("D must be a positive integer (or a vector of them).")
    pieces = b.size - 1
    if pieces < 1:
        raise CompatValueError("The break sequence must have at least two points.")
    if np.any(np.diff(b) < 0):
        raise CompatValueError("The break sequence must be nondecreasing.")
    dl = int(np.prod(dims)) * pieces
    k = c.size // dl if dl else 0
    if k <= 0 or dl * k != c.size:
        raise CompatValueError(f"The number of coefficients ({c.size}) is not a multiple "
                               f"of {dl} (pieces times the size of the values).")
    m = int(np.prod(dims))
    flat = c.reshape(dl, k, order="F") if c.ndim != 2 or c.shape != (dl, k) else c
    coefs3 = flat.reshape(pieces, m, k).transpose(0, 2, 1)
    # copies: the struct must not share memory with the caller's arrays
    return core.make_pp(b.copy(), coefs3.copy(), dims[0] if len(dims) == 1 else dims)


mkpp.__doc__ = mkpp.__doc__.replace("{sources}", _SOURCES.format(name="mkpp"))


@matlab_function("unmkpp", nargout=5)
def unmkpp(pp, *, nargout=5):
    """Extract the parts of a piecewise polynomial, as MATLAB's ``unmkpp``.

    MATLAB call form::

        [breaks, coefs, l, k, d] = unmkpp(pp)   ->  breaks, coefs, l, k, d = unmkpp(pp)

    Parameters
    ----------
    pp : dict
        A pp struct.
    nargout : {1, ..., 5}
        Default 5 (not MATLAB's 1: the parts are wanted together).

    Returns
    -------
    breaks, coefs, l, k, d
        The break row, the ``d*l``-by-``k`` coefficient matrix, the number of pieces,
        the order and the size of the values. An :class:`UnmkppResult`.

    {sources}

    Examples
    --------
    >>> from compat.matlab import mkpp, unmkpp
    >>> breaks, coefs, l, k, d = unmkpp(mkpp([0, 1, 3], [1, 2, 3, 4, 5, 6]))
    >>> float(l), float(k), float(d)
    (2.0, 3.0, 1.0)
    """
    p = _check_pp(pp)
    outs = [np.array(p["breaks"], dtype=np.float64).reshape(1, -1),
            np.array(p["coefs"], dtype=np.float64 if np.asarray(p["coefs"]).dtype.kind != "c"
                     else np.complex128),
            np.float64(p["pieces"]), np.float64(p["order"]), np.array(p["dim"]).copy()]
    return UnmkppResult.first(nargout, *outs) if nargout > 1 else outs[0]


unmkpp.__doc__ = unmkpp.__doc__.replace("{sources}", _SOURCES.format(name="unmkpp"))


@matlab_function("ppval")
def ppval(pp, xq):
    """Evaluate a piecewise polynomial, as MATLAB's ``ppval``.

    MATLAB call form::

        v = ppval(pp, xq)   ->  ppval(pp, xq)

    Parameters
    ----------
    pp : dict
        A pp struct (:func:`mkpp`, :func:`spline`, :func:`pchip`,
        ``interp1(..., 'pp')``).
    xq : array_like
        Query points; beyond the breaks the first and last pieces extend.

    Returns
    -------
    ndarray
        The size of ``xq`` for scalar values, else ``[d, size(xq)]``; NaN at NaN.

    Notes
    -----
    ``np.polyval`` evaluates one polynomial in ``x``, not pieces in ``x - breaks(i)``.

    {sources}

    Examples
    --------
    >>> from compat.matlab import spline, ppval
    >>> float(ppval(spline([0, 1, 2, 3], [0, 1, 8, 27]), 1.5).round(12))  # x^3: its own spline
    3.375
    """
    p = _check_pp(pp)
    x = matlab_array(xq, "xq", to_float=True)
    out = core.ppval(p, x)
    if is_single(np.asarray(p["coefs"])) or is_single(np.asarray(p["breaks"])) or \
            is_single(x):
        out = out.astype(np.float32)  # a single pp or single points: single values
    return out[()] if out.ndim == 0 else out


ppval.__doc__ = ppval.__doc__.replace("{sources}", _SOURCES.format(name="ppval"))


def _samples(x, y):
    xv = np.asarray(matlab_array(x, "x", to_float=True), dtype=np.float64).ravel()
    yv = np.asarray(matlab_array(y, "y", to_float=True))
    if yv.ndim <= 1 or (yv.ndim == 2 and yv.shape[0] == 1):
        dims = (1,)
        yy = yv.reshape(1, -1)
    else:
        dims = yv.shape[:-1]
        yy = yv.reshape(-1, yv.shape[-1], order="F")
    if not np.all(np.isfinite(xv)):
        raise CompatValueError("The data sites should not contain NaN or Inf.")
    if xv.size < 2:
        raise CompatValueError("There should be at least two data points.")
    order = np.argsort(xv, kind="stable")
    if np.any(np.diff(xv[order]) == 0):
        raise CompatValueError("The data sites should be distinct.")
    return xv, yy, dims, order


def _single(pp):
    """A pp struct of class single (MATLAB's spline and pchip of single data)."""
    pp["breaks"] = np.asarray(pp["breaks"]).astype(np.float32)
    pp["coefs"] = np.asarray(pp["coefs"]).astype(np.float32)
    return pp


def _result(pp, xq, dims, inputs):
    """spline's and pchip's output: the pp struct, or its values at ``xq``; single when
    any of x, y, xq is single (MATLAB's class rule; computed in double and rounded
    once, where MATLAB computes in single: the values agree to single's rounding)."""
    omitted = xq is None or is_omitted(xq)
    single = float_class(*inputs, *(() if omitted else (xq,))) == np.float32
    if omitted:
        return _single(pp) if single else pp
    x = matlab_array(xq, "xq", to_float=True)
    out = core.ppval(pp, x)
    if single:
        out = out.astype(np.float32)
    return out[()] if out.ndim == 0 else out


@matlab_function("spline")
def spline(x, y, xq=None):
    """Cubic spline data interpolation, as MATLAB's ``spline``.

    MATLAB call forms::

        pp = spline(x, y)       ->  spline(x, y)          (the pp struct)
        s = spline(x, y, xq)    ->  spline(x, y, xq)      (values at xq)

    Parameters
    ----------
    x : array_like
        Distinct data sites (any order).
    y : array_like
        Values: a vector of ``numel(x)`` values, or ``numel(x) + 2`` (then the first
        and last are the end **slopes**: a clamped spline); an array whose **last**
        dimension runs along ``x`` for vector-valued data.
    xq : array_like, optional

    Returns
    -------
    dict or ndarray
        The pp struct, or its values at ``xq`` (``[d, size(xq)]`` for vector-valued
        data).

    Notes
    -----
    The not-a-knot end conditions; with three sites the result is the parabola through
    them (one piece of order 3), with two the line (order 2), as MATLAB.
    ``scipy.interpolate.CubicSpline(x, y)`` is the same not-a-knot spline but always
    cubic with ``n - 1`` pieces, interpolates along **axis 0**, has no pp struct and
    forms its pieces in another order (other rounding); here the slopes come from
    MATLAB's tridiagonal system and the pieces from its ``pwch`` formulas
    (:func:`compat._core.interpolation.spline_slopes`);
    ``interp1(x, y, xq, 'spline')`` runs along the first dimension.

    Sources: MATLAB ``spline`` reference page. Checked against GNU Octave 7.3
    (reference_outputs/matlab/piecewise).

    Examples
    --------
    >>> from compat.matlab import spline
    >>> spline([0, 1, 2, 3], [0, 1, 8, 27], [0.5, 2.5])
    array([ 0.125, 15.625])
    >>> pp = spline([1, 2, 3], [1, 4, 2])          # three points: one parabola
    >>> pp["breaks"], pp["coefs"]
    (array([[1., 3.]]), array([[-2.5,  5.5,  1. ]]))
    """
    xv, yy, dims, order = _samples(x, y)
    n = xv.size
    m = yy.shape[0]
    if yy.shape[1] == n + 2:
        slopes = (yy[:, 0], yy[:, -1])
        yy = yy[:, 1:-1]
    elif yy.shape[1] == n:
        slopes = None
    else:
        raise CompatValueError("The number of sites, %d, is incompatible with the number "
                               "of values, %d." % (n, yy.shape[1]))
    xs, ys = xv[order], yy[:, order].T                        # (n, m)
    if slopes is None and n == 2:
        coefs = np.stack([(ys[1] - ys[0]) / (xs[1] - xs[0]), ys[0]], axis=0)[None]
        pp = core.make_pp(xs, coefs, dims[0] if len(dims) == 1 else list(dims))
    elif slopes is None and n == 3:
        h = np.diff(xs)
        d1 = (ys[1] - ys[0]) / h[0]
        d2 = (ys[2] - ys[1]) / h[1]
        c2 = (d2 - d1) / (xs[2] - xs[0])
        c1 = d1 - c2 * h[0]
        coefs = np.stack([c2, c1, ys[0]], axis=0)[None]
        pp = core.make_pp(xs[[0, 2]], coefs, dims[0] if len(dims) == 1 else list(dims))
    else:
        # MATLAB's construction: the slopes' tridiagonal system, then pwch's pieces
        ends = None if slopes is None else (np.asarray(slopes[0]), np.asarray(slopes[1]))
        h = np.diff(xs)
        delta = np.diff(ys, axis=0) / h[:, None]
        coefs = core._hermite_coefs(h, ys, delta, core.spline_slopes(xs, ys, ends))
        pp = core.make_pp(xs, coefs, dims[0] if len(dims) == 1 else list(dims))
    del m
    return _result(pp, xq, dims, (x, y))


@matlab_function("pchip")
def pchip(x, y, xq=None):
    """Piecewise cubic Hermite interpolating polynomial, as MATLAB's ``pchip``.

    MATLAB call forms::

        pp = pchip(x, y)       ->  pchip(x, y)
        p = pchip(x, y, xq)    ->  pchip(x, y, xq)

    Parameters
    ----------
    x : array_like
        Distinct data sites (any order).
    y : array_like
        Values; the **last** dimension runs along ``x``.
    xq : array_like, optional

    Returns
    -------
    dict or ndarray
        The pp struct (order 4), or its values at ``xq``.

    Notes
    -----
    The shape-preserving slopes of Fritsch and Carlson as MATLAB computes them
    (weighted harmonic means inside, a three-point formula limited to keep the shape at
    the ends); ``scipy.interpolate.PchipInterpolator`` uses other end slopes, so the
    first and last pieces differ.

    Sources: MATLAB ``pchip`` reference page. Checked against GNU Octave 7.3
    (reference_outputs/matlab/piecewise).

    Examples
    --------
    >>> from compat.matlab import pchip
    >>> pchip([1, 2, 3, 4, 5], [1, 3, 2, 5, 4], [1.5, 4.5])
    array([2.4375, 4.875 ])
    """
    xv, yy, dims, order = _samples(x, y)
    if yy.shape[1] != xv.size:
        raise CompatValueError("There should be as many values as data sites.")
    xs, ys = xv[order], yy[:, order].T
    h = np.diff(xs)
    delta = np.diff(ys, axis=0) / h[:, None]
    slopes = core._pchip_slopes(h, delta)
    coefs = core._hermite_coefs(h, ys, delta, slopes)
    pp = core.make_pp(xs, coefs, dims[0] if len(dims) == 1 else list(dims))
    return _result(pp, xq, dims, (x, y))
