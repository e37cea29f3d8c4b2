"""Histograms and accumulation: the core of MATLAB's ``histc``, ``histcounts`` and
``accumarray``.

Python-shaped: edges, bin counts, widths, limits, methods and axes arrive parsed
(MATLAB's argument grammar is read by :mod:`compat.matlab.histograms`); data arrive as
float64 arrays (MATLAB compares every class by value), subscripts as 0-based
column-major linear positions. Bins and counts are MATLAB's: bin ``k`` holds
``edges(k) <= x < edges(k+1)``, bin numbers are 1-based with 0 for values counted
nowhere, counts are doubles.

Bin edges (:func:`auto_edges`) follow MATLAB's published bin picker (``binpicker.m``,
shipped with MATLAB R2014b and later) and its documented examples; see
:func:`compat.matlab.histcounts` for the rules in words.
"""

from __future__ import annotations

import math
from typing import Callable, Literal

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.grids import linspace

__all__ = ["BinMethod", "Normalization", "BIN_METHODS", "NORMALIZATIONS", "MAXBINS",
           "edge_bins", "histc", "auto_edges", "histcounts", "accumulate", "binpicker",
           "binpicker_limits", "integer_edges", "matlab_prctile", "normalized"]

BinMethod = Literal["auto", "scott", "fd", "integers", "sturges", "sqrt"]
Normalization = Literal["count", "probability", "countdensity", "pdf", "cumcount", "cdf"]
BIN_METHODS: tuple[BinMethod, ...] = ("auto", "scott", "fd", "integers", "sturges", "sqrt")
NORMALIZATIONS: tuple[Normalization, ...] = ("count", "probability", "countdensity", "pdf",
                                             "cumcount", "cdf")
MAXBINS = 65536  # MATLAB's cap for the 'integers' rule and 'BinWidth' (2^16)


# ----------------------------------------------------------------------- bin numbers
def edge_bins(x, edges):
    """1-based bin of each x: ``edges(k) <= x < edges(k+1)``, ``x == edges(end)`` in the
    last bin (index ``numel(edges)``), 0 outside or NaN. ``edges`` nondecreasing."""
    e = np.asarray(edges, dtype=np.float64)
    x = np.asarray(x, dtype=np.float64)
    k = _count_le(x, e)  # number of edges <= x: edges[k-1] <= x < edges[k]
    with np.errstate(invalid="ignore"):
        inside = (k >= 1) & (k < e.size)
        exact_last = (k == e.size) & (x == e[-1]) if e.size else np.zeros(x.shape, bool)
    return np.where(inside | exact_last, k, 0)


def _count_le(x, e):
    """``np.searchsorted(e, x, 'right')``, faster for uniformly spaced edges.

    For (nearly) uniform finite edges the bin is guessed arithmetically and then
    corrected by exact comparisons with the actual edges, so the result is the same
    as the binary search (which, on unsorted data, is cache-bound and ~8x slower).
    """
    n = e.size
    if n < 3 or x.size < 1000 or not np.all(np.isfinite(e)):
        return np.searchsorted(e, x, side="right")
    d = np.diff(e)
    if not np.all(d > 0) or np.ptp(d) > 1e-6 * d[0]:
        return np.searchsorted(e, x, side="right")
    w = (e[-1] - e[0]) / (n - 1)
    with np.errstate(invalid="ignore", over="ignore"):
        g = np.floor((x - e[0]) / w) + 1
        g = np.clip(np.nan_to_num(g, nan=n), 0, n).astype(np.intp)
    ext = np.concatenate(([-np.inf], e, [np.inf]))
    for _ in range(4):  # the guess is off by at most one; loop for safety
        with np.errstate(invalid="ignore"):
            down = (x < ext[g]) & (g > 0)
            up = (x >= ext[g + 1]) & (g < n)
        if not (down.any() or up.any()):
            break
        g = g - down + up
    else:
        return np.searchsorted(e, x, side="right")
    g[np.isnan(x)] = n  # where searchsorted puts NaN
    return g

def histc(x: np.ndarray, edges: np.ndarray, *, axis: int) -> tuple[np.ndarray, np.ndarray]:
    """``(n, bin)``: MATLAB's histc counts of the float64 ``x`` along ``axis`` (beyond
    the array's dimensions: a trailing singleton) for nondecreasing ``edges``, and the
    1-based bin of every element (0: not counted)."""
    bins = edge_bins(x, edges)
    if axis >= x.ndim:
        bins = bins.reshape(x.shape + (1,) * (axis + 1 - x.ndim))
    nb = edges.size
    moved = np.moveaxis(bins, axis, -1)
    lead = moved.shape[:-1]
    flat = moved.reshape(int(np.prod(lead)), moved.shape[-1])
    cols = np.arange(flat.shape[0])[:, None] * (nb + 1)
    counts = np.bincount((flat + cols).ravel(), minlength=flat.shape[0] * (nb + 1))
    counts = counts.reshape(flat.shape[0], nb + 1)[:, 1:].astype(np.float64)
    return np.moveaxis(counts.reshape(lead + (nb,)), -1, axis), bins


# ------------------------------------------------------------------- bin edges
def _eps(x):
    """MATLAB's ``eps(x)``: the spacing above ``|x|``; ``eps(realmax)`` is ``2^971``
    (numpy's ``spacing`` steps past realmax to inf there)."""
    ax = abs(float(x))
    if ax == 0:
        return 5e-324
    if not math.isfinite(ax):
        return math.nan
    return float(np.spacing(min(ax, _BELOW_REALMAX)))  # realmax: its binade's spacing


_BELOW_REALMAX = float(np.nextafter(np.finfo(np.float64).max, 0.0))


def _flintmax_half(single: bool) -> float:
    """``flintmax(class)/2``: the 'integers' rule's limit for the data's class."""
    return 2.0 ** 23 if single else 2.0 ** 52


_INTEGER_RANGE = ("Input data must be within the range of consecutive integers "
                  "(-flintmax/2 to flintmax/2) for the 'integers' BinMethod.")


def _nice(raw):
    """MATLAB's 'nice' width: 1, 2, 3, 5 or 10 times a power of ten."""
    pow10 = 10.0 ** math.floor(math.log10(raw))
    rel = raw / pow10
    for limit, mult in ((1.5, 1), (2.5, 2), (4.0, 3), (7.5, 5)):
        if rel < limit:
            return mult * pow10
    return 10 * pow10


def _binpicker(xmin, xmax, nbins, raw, single: bool = False):
    """Edges covering [xmin, xmax]: the published MATLAB bin picker.

    nbins None: a nice width close to ``raw``, edges at multiples of it.
    nbins given: ``nbins`` bins of a width rounded up to the data's decimal scale.
    ``single``: the data are single, whose edges MATLAB clamps to ``realmax('single')``
    (``-realmax(class(xmax))``), so data spanning +-3.4e38 get one finite bin.

    Computed in IEEE double with MATLAB's rules for what overflows: a range beyond
    ``realmax`` (data spanning +-1e308) gives an infinite raw width, a NaN relative
    size and an infinite or NaN width, which the ``min``/``max`` clamps (NaN-ignoring,
    as MATLAB's) turn into edges from ``xmin`` to at most ``realmax``; a width that is
    not finite then spreads the edges with MATLAB's ``linspace`` (overflow-safe), as
    ``binpicker.m`` does: one bin up to realmax by rule, ``nbins`` equal bins
    otherwise; no Python ``OverflowError``.
    """
    if xmin is None:
        return np.arange(nbins + 1, dtype=float) if nbins is not None else np.array([0., 1.])
    f = np.float64
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        xmin, xmax = f(xmin), f(xmax)
        xscale = max(abs(xmin), abs(xmax))
        xrange = xmax - xmin
        raw = np.fmax(f(raw), f(_eps(xscale)))
        big = f(np.finfo(np.float32 if single else np.float64).max)
        if xrange > max(np.sqrt(f(_eps(xscale))), f(np.finfo(float).tiny)):
            pow10 = f(10.0) ** np.floor(np.log10(raw))
            rel = raw / pow10
            if nbins is None:
                width = _nice_width(rel, pow10)
                left = np.fmax(np.fmin(width * np.floor(xmin / width), xmin), -big)
                n = _count(np.ceil((xmax - left) / width))
                right = np.fmin(np.fmax(left + n * width, xmax), big)
            else:
                width = pow10 * np.floor(rel)
                left = np.fmax(np.fmin(width * np.floor(xmin / width), xmin), -big)
                if nbins > 1:
                    lo = (xmax - left) / nbins
                    hi = (xmax - left) / (nbins - 1)
                    p10 = f(10.0) ** np.floor(np.log10(hi - lo))
                    width = p10 * np.ceil(lo / p10)
                n = nbins
                right = np.fmin(np.fmax(left + n * width, xmax), big)
        else:  # (nearly) constant data: unit-width cover, data in the middle
            n = 1 if nbins is None else nbins
            span = max(1, math.ceil(n * _eps(xscale)))
            left = np.floor(2 * (xmin - span / 4)) / 2
            right = np.ceil(2 * (xmax + span / 4)) / 2
            width = (right - left) / n
        if not np.isfinite(width):  # an overflowed width: MATLAB's linspace edges
            return linspace(f(left), f(right), float(n + 1), np.float64)
        # MATLAB: [leftEdge, leftEdge + (1:nbins-1)*binWidth, rightEdge]
        return np.concatenate(([left], left + np.arange(1, n) * width, [right]))


def _nice_width(rel, pow10):
    """MATLAB's nice width for ``rel`` in [1, 10) (NaN/Inf give 10*pow10, as MATLAB)."""
    for limit, mult in ((1.5, 1), (2.5, 2), (4.0, 3), (7.5, 5)):
        if rel < limit:
            return mult * pow10
    return 10 * pow10


def _count(bins) -> int:
    """MATLAB's ``max(1, ceil(...))`` bin count: NaN gives 1 (max ignores NaN)."""
    return 1 if not bins >= 1 else int(min(bins, MAXBINS * 16))


def _binpicker_limits(xmin, xmax, lo, hi, raw):
    """Edges for a rule with hard 'BinLimits' [lo, hi]: a nice width, rounded so the
    bins divide [lo, hi] evenly (compat's reconstruction, see histcounts Notes)."""
    xscale = max(abs(lo), abs(hi))
    raw = max(raw, _eps(xscale))
    span = hi - lo
    if xmin is not None and (xmax - xmin) > max(math.sqrt(_eps(xscale)),
                                                np.finfo(float).tiny) and span > 0:
        n = max(1, math.ceil(span / _nice(raw)))
    else:
        n = 1
    return _even(lo, hi, n)


def _even(lo, hi, n):
    w = (hi - lo) / n
    return np.concatenate(([lo], lo + np.arange(1, n) * w, [hi]))


def _matlab_prctile(xs, p):
    """MATLAB prctile of sorted data: value at position n*p/100 + 0.5, interpolated."""
    n = xs.size
    pos = n * p / 100 + 0.5
    if pos <= 1:
        return float(xs[0])
    if pos >= n:
        return float(xs[-1])
    k = int(math.floor(pos))
    return float(xs[k - 1] + (pos - k) * (xs[k] - xs[k - 1]))


def _integer_edges(xmin, xmax, is_float, limits, maxbins=MAXBINS):
    xscale = max(abs(xmin), abs(xmax))
    xrange = xmax - xmin
    if xrange > maxbins:
        width = 10.0 ** math.ceil(math.log10(xrange / maxbins))
    elif is_float and _eps(xscale) > 1:
        width = 2.0 ** math.ceil(math.log2(_eps(xscale)))
    else:
        width = 1.0
    if limits is None:
        lo = width * round(xmin / width)
        hi = width * round(xmax / width)
        start, stop = math.floor(lo) - 0.5 * width, math.ceil(hi) + 0.5 * width
        n = int(round((stop - start) / width))
        return start + np.arange(n + 1) * width
    lo, hi = limits
    first = width * math.ceil(lo / width) + 0.5
    last = width * math.floor(hi / width) - 0.5
    inner = first + np.arange(max(0, int(math.floor((last - first) / width)) + 1)) * width
    inner = inner[(inner > lo) & (inner < hi)]
    return np.concatenate(([lo], inner, [hi]))


def _rule_edges(method, data, xmin, xmax, limits, is_integer_class, single=False):
    """Edges for a 'BinMethod' (data: the finite values used to choose the bins)."""
    n = data.size
    xrange = (xmax - xmin) if xmin is not None else 0.0
    flint = _flintmax_half(single)
    if method == "auto":
        if n and (is_integer_class or np.all(data == np.round(data))) and xrange <= 50 \
                and xmax <= flint and xmin >= -flint:
            method = "integers"
        else:
            method = "scott"
    if method == "integers":
        if xmin is None:
            return np.array([-0.5, 0.5])
        if xmax > flint or xmin < -flint:  # MATLAB's integerrule: InputOutOfIntRange
            raise CompatValueError(_INTEGER_RANGE)
        return _integer_edges(xmin, xmax, not is_integer_class, limits)
    if method == "scott":
        with np.errstate(over="ignore", invalid="ignore"):  # +-realmax: std is Inf
            raw = 3.5 * float(np.std(data, ddof=1)) / n ** (1 / 3) if n > 1 else 0.0
    elif method == "fd":
        if n > 1:
            xs = np.sort(data)
            iq = _matlab_prctile(xs, 75) - _matlab_prctile(xs, 25)
            raw = 2 * max(iq, xrange / 10) * n ** (-1 / 3)
        else:
            raw = 1.0
    else:  # sturges, sqrt
        nb = max(math.ceil(math.log2(n) + 1), 1) if method == "sturges" and n else \
            max(math.ceil(math.sqrt(n)), 1)
        raw = xrange / nb
    if limits is not None:
        return _binpicker_limits(xmin, xmax, limits[0], limits[1], raw)
    return _binpicker(xmin, xmax, None, raw, single)

def auto_edges(x: np.ndarray, *, nbins: int | None = None, width: float | None = None,
               limits: tuple[float, float] | None = None, method: BinMethod = "auto",
               integer_class: bool = False, single: bool = False) -> np.ndarray:
    """MATLAB's automatic bin edges for the float64 data ``x`` (all of ``X(:)``; only
    the finite values, or with ``limits`` those within them, choose the edges): from
    ``nbins``, from a bin ``width``, or by the rule ``method`` (``integer_class``: the
    data are of an integer or logical class; ``single``: of class single)."""
    with np.errstate(invalid="ignore"):
        if limits is None:
            data = x[np.isfinite(x)]
        else:
            data = x[(x >= limits[0]) & (x <= limits[1])]
    xmin = float(data.min()) if data.size else None
    xmax = float(data.max()) if data.size else None
    if nbins is not None:
        if limits is not None:
            return _even(limits[0], limits[1], nbins)
        raw = (xmax - xmin) / nbins if xmin is not None else 1.0
        return _binpicker(xmin, xmax, nbins, raw, single)
    if width is not None:
        if limits is not None:
            lo, hi = limits
            n = max(1, int(math.floor((hi - lo) / width + 1e-12 * (hi - lo) / width)))
            edges = lo + np.arange(n + 1) * width
            if edges[-1] < hi:
                edges = np.append(edges, hi)
            elif edges[-1] > hi:
                edges[-1] = hi
            return edges
        if xmin is None:
            return np.array([0.0, width])
        left = width * math.floor(xmin / width)
        n = max(1, math.ceil((xmax - left) / width))
        if n > MAXBINS:
            raise CompatValueError(f"'BinWidth' {width} gives {n} bins; at most {MAXBINS} "
                                   f"are allowed")
        return left + np.arange(n + 1) * width
    if data.size == 0 and limits is not None:
        return np.array(limits)
    return _rule_edges(method, data, xmin, xmax, limits, integer_class, single)


# The building blocks of the rules, shared with the bivariate rules of histcounts2
# (compat._core.hist_bins): MATLAB's bin picker for a raw width (``nbins`` None) or a
# bin count, its variant for hard limits, the integer rule (``maxbins``: 2^16 for
# histcounts, 2^10 per dimension for histcounts2) and MATLAB's prctile of sorted data.
binpicker = _binpicker
binpicker_limits = _binpicker_limits
integer_edges = _integer_edges
matlab_prctile = _matlab_prctile


def histcounts(x: np.ndarray, edges: np.ndarray, *,
               normalization: Normalization = "count") -> tuple[np.ndarray, np.ndarray]:
    """``(N, bin)``: the counts of the float64 ``x`` in the bins of ``edges`` (the last
    bin closed), normalised as ``normalization`` says (``numel(X)`` counts every
    element, NaN and outside values too), and the 1-based bin of every element."""
    bins = edge_bins(x, edges)
    nb = edges.size - 1
    # edge_bins numbers numel(edges) for exact hits on the last edge: last bin closed
    bins = np.where(bins == edges.size, nb, bins)
    counts = np.bincount(bins.ravel(), minlength=nb + 1)[1:].astype(np.float64)
    with np.errstate(divide="ignore", invalid="ignore", over="ignore"):
        widths = np.diff(edges)           # Inf for a bin [-realmax, realmax], as MATLAB
        counts = normalized(counts, normalization, x.size, widths)
    return counts, bins


def normalized(counts: np.ndarray, normalization: Normalization, total: int, sizes,
               cumulate: Callable = np.cumsum) -> np.ndarray:
    """float64 bin ``counts`` under MATLAB's ``Normalization`` (histcounts, histcounts2):
    'count' as they are, 'probability' ``counts / total`` (``numel(X)``),
    'countdensity' ``counts / sizes`` (the bin widths, or areas in two dimensions),
    'pdf' ``counts / total / sizes``, 'cumcount' ``cumulate(counts)`` and 'cdf'
    ``cumulate(counts / total)`` (``cumulate`` sums along every dimension). The caller
    sets numpy's error state (empty bins and zero widths give Inf/NaN, as MATLAB)."""
    if normalization == "probability":
        return counts / total
    if normalization == "countdensity":
        return counts / sizes
    if normalization == "pdf":
        return counts / total / sizes
    if normalization == "cumcount":
        return cumulate(counts)
    if normalization == "cdf":
        return cumulate(counts / total)
    return counts


# ------------------------------------------------------------------------ accumarray
def accumulate(lin: np.ndarray, v: np.ndarray, total: int, *,
               fun: Callable | None = None, fill=0) -> np.ndarray:
    """MATLAB's accumarray over ``total`` column-major positions: the values ``v`` at
    0-based positions ``lin`` summed (``fun`` None: MATLAB's classes, integer sums
    saturating) or passed, in order of appearance, to ``fun`` once per occupied
    position; unoccupied positions hold ``fill``. A flat array of ``total`` values."""
    if fun is None:
        out = _sum(lin, v, total)
        if fill != 0:
            occupied = np.bincount(lin, minlength=total) > 0
            out = np.where(occupied, out, np.asarray(fill).astype(out.dtype))
        return out
    m = lin.size
    order = np.argsort(lin, kind="stable")  # groups, values in order of appearance
    ls = lin[order]
    starts = np.flatnonzero(np.concatenate(([True], ls[1:] != ls[:-1]))) if m else \
        np.zeros(0, np.intp)
    ends = np.append(starts[1:], m)
    results = []
    for a, b in zip(starts, ends):  # one call per group (MATLAB calls fun per group)
        r = np.asarray(fun(v[order[a:b]]))
        if r.size != 1:
            raise CompatValueError("The function FUN must return a scalar.")
        results.append(r.reshape(()))
    res = np.array(results) if results else np.zeros(0)
    dt = np.result_type(res.dtype, np.asarray(fill).dtype) if results else \
        np.result_type(np.float64, np.asarray(fill).dtype)
    out = np.full(total, fill, dtype=dt)
    if m:
        out[ls[starts]] = res
    return out


def _sum(lin, v, total):
    kind = v.dtype.kind
    if kind == "c":
        return (np.bincount(lin, v.real, minlength=total)
                + 1j * np.bincount(lin, v.imag, minlength=total)).astype(
                    np.complex64 if v.dtype == np.complex64 else np.complex128)
    if kind == "f":     # (numpy's bincount of no subscripts is int64 even with weights)
        out = np.bincount(lin, v.astype(np.float64), minlength=total)
        return out.astype(np.float32 if v.dtype == np.float32 else np.float64)
    if kind == "b":
        return np.bincount(lin, v.astype(np.float64), minlength=total).astype(np.float64)
    # integer classes: exact sum in a wide type (Python integers for int64/uint64,
    # which double would round beyond 2^53), then saturate to the class
    info = np.iinfo(v.dtype)
    if v.dtype.itemsize == 8:
        wide = np.zeros(total, dtype=object)
        np.add.at(wide, lin, v.astype(object))
        return np.array([min(max(int(t), info.min), info.max) for t in wide],
                        dtype=object).astype(v.dtype).reshape(wide.shape)
    wide = np.zeros(total, np.int64)
    np.add.at(wide, lin, v.astype(wide.dtype))
    return np.clip(wide, info.min, info.max).astype(v.dtype)
