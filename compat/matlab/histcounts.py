"""MATLAB ``histcounts``: histogram counts with MATLAB's automatic bin edges."""

from __future__ import annotations

import math

import numpy as np

from compat._core.args import check_nargout, is_omitted, name_value
from compat._core.errors import matlab_error
from compat._core.matlab_order import as_numeric, flat_f
from compat.matlab.histc import edge_bins
from compat._core.legacy import matlab_function

__all__ = ["histcounts"]

_NAME = "histcounts"
_METHODS = ("auto", "scott", "fd", "integers", "sturges", "sqrt")
_NORMS = ("count", "probability", "countdensity", "pdf", "cumcount", "cdf")
_MAXBINS = 65536  # MATLAB's cap for the 'integers' rule and 'BinWidth' (2^16)


# ----------------------------------------------------------------- bin-edge algorithms
def _eps(x):
    return float(np.spacing(abs(float(x)))) if x != 0 else 5e-324


def _nice(raw):
    """MATLAB's 'nice' width: 1, 2, 3, 5 or 10 times a power of ten."""
    pow10 = 10.0 ** math.floor(math.log10(raw))
    rel = raw / pow10
    for limit, mult in ((1.5, 1), (2.5, 2), (4.0, 3), (7.5, 5)):
        if rel < limit:
            return mult * pow10
    return 10 * pow10


def _binpicker(xmin, xmax, nbins, raw):
    """Edges covering [xmin, xmax]: the published MATLAB bin picker.

    nbins None: a nice width close to ``raw``, edges at multiples of it.
    nbins given: ``nbins`` bins of a width rounded up to the data's decimal scale.

    Computed in IEEE double with MATLAB's rules for what overflows: a range beyond
    ``realmax`` (data spanning +-1e308) gives an infinite raw width, a NaN relative
    size and an infinite nice width, which the ``min``/``max`` clamps (NaN-ignoring,
    as MATLAB's) turn into one bin from ``xmin`` to ``realmax``; no Python
    ``OverflowError``.
    """
    if xmin is None:
        return np.arange(nbins + 1, dtype=float) if nbins is not None else np.array([0., 1.])
    f = np.float64
    with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
        xmin, xmax = f(xmin), f(xmax)
        xscale = max(abs(xmin), abs(xmax))
        xrange = xmax - xmin
        raw = np.fmax(f(raw), f(_eps(xscale)))
        big = f(np.finfo(float).max)
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
                right = np.fmax(left + n * width, xmax)
        else:  # (nearly) constant data: unit-width cover, data in the middle
            n = 1 if nbins is None else nbins
            span = max(1, math.ceil(n * _eps(xscale)))
            left = np.floor(2 * (xmin - span / 4)) / 2
            right = np.ceil(2 * (xmax + span / 4)) / 2
            width = (right - left) / n
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
    return 1 if not bins >= 1 else int(min(bins, _MAXBINS * 16))


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


def _integer_edges(xmin, xmax, is_float, limits):
    xscale = max(abs(xmin), abs(xmax))
    xrange = xmax - xmin
    if xrange > _MAXBINS:
        width = 10.0 ** math.ceil(math.log10(xrange / _MAXBINS))
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


def _rule_edges(method, data, xmin, xmax, limits, is_integer_class):
    """Edges for a 'BinMethod' (data: the finite values used to choose the bins)."""
    n = data.size
    xrange = (xmax - xmin) if xmin is not None else 0.0
    if method == "auto":
        if n and (is_integer_class or np.all(data == np.round(data))) and xrange <= 50 \
                and xmax <= 2.0 ** 52 and xmin >= -2.0 ** 52:
            method = "integers"
        else:
            method = "scott"
    if method == "integers":
        if xmin is None:
            return np.array([-0.5, 0.5])
        return _integer_edges(xmin, xmax, not is_integer_class, limits)
    if method == "scott":
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
    return _binpicker(xmin, xmax, None, raw)


# ----------------------------------------------------------------------------- public
@matlab_function("histcounts")
def histcounts(X, *args, nargout=1, **kwargs):
    """Histogram bin counts, as MATLAB's ``histcounts`` (numeric data).

    MATLAB call forms::

        [N, edges] = histcounts(X)              ->  N, edges = histcounts(X, nargout=2)
        [N, edges] = histcounts(X, nbins)       ->  histcounts(X, 6, nargout=2)
        [N, edges] = histcounts(X, edges)       ->  histcounts(X, [0, 1, 2.5])
        [N, edges, bin] = histcounts(___)       ->  histcounts(X, nargout=3)
        N = histcounts(___, Name, Value)        ->  histcounts(X, 'BinWidth', 0.5,
                                                               'Normalization', 'pdf')

    Parameters
    ----------
    X : array_like
        Numeric or logical data, any shape (treated as ``X(:)``).
    nbins : positive int, or edges : vector, optional
        Number of bins (edges chosen as MATLAB chooses them) or the bin edges
        (nondecreasing).
    BinWidth : positive scalar
        Bin width; edges at multiples of it covering the data (at most 65536 bins).
    BinLimits : [lo, hi]
        Only ``lo <= X <= hi`` is counted; the first and last edges are ``lo`` and
        ``hi``.
    BinMethod : {'auto', 'scott', 'fd', 'integers', 'sturges', 'sqrt'}
        Rule for the automatic bins (default 'auto', see Notes).
    NumBins, BinEdges
        The same as the positional ``nbins`` / ``edges``.
    Normalization : {'count', 'probability', 'countdensity', 'pdf', 'cumcount', 'cdf'}
        ``c_i``, ``c_i/N``, ``c_i/w_i``, ``c_i/(N w_i)``, ``cumsum(c)``,
        ``cumsum(c)/N``; ``N = numel(X)`` (all elements, also NaNs and values outside
        the bins, as MATLAB).
    nargout : {1, 2, 3}

    Returns
    -------
    N : ndarray of float64, shape (1, nbins)
        Counts (or the normalised values). A row; 1-D input gives 1-D.
    edges : ndarray, shape (1, nbins+1)
        Bin edges (single for single ``X``, else double).
    bin : ndarray of float64 (``nargout=3``)
        Same shape as ``X``: the 1-based bin of each element, 0 for elements not
        counted (NaN, outside the edges).

    Notes
    -----
    Bin ``k`` counts ``edges(k) <= X < edges(k+1)``; the **last bin is closed**
    (``edges(end-1) <= X <= edges(end)``), like ``np.histogram``. What
    ``np.histogram(X)`` gets wrong is the edges: its default is 10 equal bins from
    ``min`` to ``max`` (its ``bins='auto'`` is max(Sturges, Freedman-Diaconis) with
    raw widths), whereas MATLAB chooses "nice" edges:

    * 'auto': if the data are integer-valued with range <= 50 (and within
      ``flintmax/2``), the 'integers' rule (unit-width bins centred on the integers,
      edges ``min-0.5 : 1 : max+0.5``); otherwise Scott's rule.
    * Scott's rule: raw width ``3.5*std(X)/numel(X)^(1/3)``; 'fd':
      ``2*max(iqr(X), range/10)*numel(X)^(-1/3)`` (iqr by MATLAB's prctile);
      'sturges' and 'sqrt': ``range/nbins`` with ``nbins = ceil(log2(n)+1)`` /
      ``ceil(sqrt(n))``. The raw width is rounded to 1, 2, 3, 5 or 10 times a power
      of ten (thresholds 1.5, 2.5, 4, 7.5), the left edge is ``width*floor(min/width)``
      and just enough bins cover ``max``.
    * ``nbins`` given: the left edge is a multiple of ``pow10*floor(rel)`` at or
      below ``min``, the width the smallest multiple of ``10^floor(log10(ul-ll))``
      above ``ll = (max-left)/nbins`` (``ul = (max-left)/(nbins-1)``); so
      ``histcounts([2 3 5 7 11 13 17 19 23 29], 6)`` has edges ``0:4.9:29.4``.
    * constant data: bins of total width 1 (at least ``nbins*eps``) centred on the
      value, edges at half-integers.
    * Only the finite values of ``X`` choose the edges; ``Inf`` is counted only by
      edges that include it.

    These rules are MATLAB's published bin picker (``binpicker.m``, shipped with
    MATLAB R2014b and later, and its documented examples); the example above is the
    documentation's. Two cases are compat's reconstruction where MATLAB's text is not
    public: a 'BinMethod' rule with hard 'BinLimits' (the nice width is rounded so an
    integer number of equal bins fills the limits), and 'BinWidth' with 'BinLimits'
    (edges ``lo:w:hi`` plus ``hi`` when the width does not divide the range).

    GNU Octave 7.3 has no ``histcounts``.

    Examples
    --------
    >>> from compat.matlab import histcounts
    >>> N, edges = histcounts([2, 3, 5, 7, 11, 13, 17, 19, 23, 29], 6, nargout=2)
    >>> N
    array([2., 2., 2., 2., 1., 1.])
    >>> edges
    array([ 0. ,  4.9,  9.8, 14.7, 19.6, 24.5, 29.4])
    >>> histcounts([1, 2, 2, 3, 3, 3], nargout=2)[1]    # integer rule
    array([0.5, 1.5, 2.5, 3.5])
    """
    nargout = check_nargout(_NAME, nargout, 3)
    x = as_numeric(_NAME, X, "X")
    if x.dtype.kind == "c":
        raise matlab_error(_NAME, "X must be real", TypeError)
    args = list(args)
    pos = None
    if args and not isinstance(args[0], str):
        pos = args.pop(0)
    opts = name_value(_NAME, args, kwargs,
                      {"BinWidth": None, "BinLimits": None, "BinMethod": "auto",
                       "Normalization": "count", "NumBins": None, "BinEdges": None})
    nbins = opts["NumBins"]
    edges_in = opts["BinEdges"]
    if pos is not None and not is_omitted(pos):
        p = np.asarray(pos)
        if p.size == 1:
            nbins = pos
        else:
            edges_in = pos
    norm = str(opts["Normalization"]).lower()
    if norm not in _NORMS:
        raise matlab_error(_NAME, f"'Normalization' must be one of "
                           + ", ".join(f"'{n}'" for n in _NORMS)
                           + f", got {opts['Normalization']!r}")
    method = str(opts["BinMethod"]).lower()
    if method not in _METHODS:
        raise matlab_error(_NAME, f"'BinMethod' must be one of "
                           + ", ".join(f"'{m}'" for m in _METHODS)
                           + f", got {opts['BinMethod']!r}")
    one_d = x.ndim == 1
    xf = flat_f(x).astype(np.float64)
    limits = opts["BinLimits"]
    if limits is not None and not is_omitted(limits):
        lim = np.asarray(limits, dtype=float).ravel()
        if lim.size != 2 or not np.all(np.isfinite(lim)) or lim[0] > lim[1]:
            raise matlab_error(_NAME, f"'BinLimits' must be a 2-element vector [lo, hi] "
                               f"of finite values with lo <= hi, got {limits!r}")
        limits = (float(lim[0]), float(lim[1]))
    else:
        limits = None

    if edges_in is not None and not is_omitted(edges_in):
        e = np.asarray(edges_in)
        if e.dtype.kind not in "biuf" or e.size < 2:
            raise matlab_error(_NAME, "bin edges must be a numeric vector with at least "
                               "2 elements")
        e = e.astype(np.float64).ravel()
        if np.any(np.isnan(e)) or np.any(e[1:] < e[:-1]):
            raise matlab_error(_NAME, "bin edges must be nondecreasing and not NaN")
        edges = e
    else:
        with np.errstate(invalid="ignore"):
            if limits is None:
                data = xf[np.isfinite(xf)]
            else:
                data = xf[(xf >= limits[0]) & (xf <= limits[1])]
        xmin = float(data.min()) if data.size else None
        xmax = float(data.max()) if data.size else None
        if nbins is not None and not is_omitted(nbins):
            nb = np.asarray(nbins)
            if nb.size != 1 or nb.dtype.kind not in "iuf" or not np.isfinite(nb) or \
                    float(nb) != round(float(nb)) or float(nb) < 1:
                raise matlab_error(_NAME, f"number of bins must be a positive integer, "
                                   f"got {nbins!r}")
            nb = int(float(nb))
            if limits is not None:
                edges = _even(limits[0], limits[1], nb)
            else:
                raw = (xmax - xmin) / nb if xmin is not None else 1.0
                edges = _binpicker(xmin, xmax, nb, raw)
        elif opts["BinWidth"] is not None and not is_omitted(opts["BinWidth"]):
            w = np.asarray(opts["BinWidth"], dtype=float)
            if w.size != 1 or not np.isfinite(w) or float(w) <= 0:
                raise matlab_error(_NAME, f"'BinWidth' must be a positive finite scalar, "
                                   f"got {opts['BinWidth']!r}")
            w = float(w)
            if limits is not None:
                lo, hi = limits
                n = max(1, int(math.floor((hi - lo) / w + 1e-12 * (hi - lo) / w)))
                edges = lo + np.arange(n + 1) * w
                if edges[-1] < hi:
                    edges = np.append(edges, hi)
                elif edges[-1] > hi:
                    edges[-1] = hi
            elif xmin is None:
                edges = np.array([0.0, w])
            else:
                left = w * math.floor(xmin / w)
                n = max(1, math.ceil((xmax - left) / w))
                if n > _MAXBINS:
                    raise matlab_error(_NAME, f"'BinWidth' {w} gives {n} bins; at most "
                                       f"{_MAXBINS} are allowed")
                edges = left + np.arange(n + 1) * w
        else:
            is_int_class = x.dtype.kind in "biu"
            if data.size == 0 and limits is not None:
                edges = np.array(limits)
            else:
                edges = _rule_edges(method, data, xmin, xmax, limits, is_int_class)

    bins = edge_bins(xf, edges)
    nb = edges.size - 1
    # edge_bins numbers numel(edges) for exact hits on the last edge: last bin closed
    bins = np.where(bins == edges.size, nb, bins)
    counts = np.bincount(bins, minlength=nb + 1)[1:].astype(np.float64)
    total = xf.size
    widths = np.diff(edges)
    with np.errstate(divide="ignore", invalid="ignore"):
        if norm == "probability":
            counts = counts / total
        elif norm == "countdensity":
            counts = counts / widths
        elif norm == "pdf":
            counts = counts / total / widths
        elif norm == "cumcount":
            counts = np.cumsum(counts)
        elif norm == "cdf":
            counts = np.cumsum(counts / total)
    edges_out = edges.astype(np.float32) if x.dtype == np.float32 else edges
    if not one_d:
        counts = counts.reshape(1, -1)
        edges_out = edges_out.reshape(1, -1)
    outs = (counts, edges_out, bins.reshape(x.shape, order="F").astype(np.float64))
    return outs[:nargout] if nargout > 1 else counts
