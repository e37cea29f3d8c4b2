"""MATLAB's legacy ``hist`` counts and the bivariate ``histcounts2``.

The legacy layer of the family: reads MATLAB's argument grammar (a number of bins or bin
centres; two edge vectors, ``nbins``, name-value pairs; ``nargout``) and calls the core
:mod:`compat._core.hist_bins` (``hist``'s bins; ``histcounts2``'s edges per dimension,
built from the bin picker and rules of :mod:`compat._core.histograms`).
"""

from __future__ import annotations

import numpy as np

from compat._core import hist_bins as core
from compat._core import histograms
from compat._core.args import at_most_inputs, is_omitted, name_value
from compat._core.docs import Fragments
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["hist", "histcounts2", "HistResult", "Histcounts2Result"]


class HistResult(Result):
    """``[counts, centers] = hist(...)``."""

    request_style = "nargout"
    counts: np.ndarray
    centers: np.ndarray


class Histcounts2Result(Result):
    """``[N, Xedges, Yedges, binX, binY] = histcounts2(...)``."""

    request_style = "nargout"
    N: np.ndarray
    Xedges: np.ndarray
    Yedges: np.ndarray
    binX: np.ndarray
    binY: np.ndarray


_DOCS = Fragments(
    sources="""
        Sources: MATLAB ``{{name}}`` reference page{{more}}.""",
)


# ----------------------------------------------------------------------------- hist
@matlab_function("hist", nan_option="(NaN is in no bin)", nargout=2)
@_DOCS.named(more=" (bin edges at the midpoints between centres, values outside the "
                  "range in the outer bins); checked against GNU Octave 7.3 "
                  "(reference_outputs/matlab/binning)")
def hist(y, x=None, *, nargout=1):
    """Bin counts of MATLAB's legacy ``hist`` (no plot).

    MATLAB call forms::

        counts = hist(y)                  ->  hist(y)            (10 bins)
        counts = hist(y, nbins)           ->  hist(y, 20)
        counts = hist(y, centers)         ->  hist(y, [0, 0.5, 1])
        [counts, centers] = hist(___)     ->  counts, c = hist(y, nargout=2)

    Parameters
    ----------
    y : array_like
        Data; a vector (any orientation) is one data set, a matrix one per column.
        Integer and logical data count as double; NaN is not counted.
    x : int or array_like, optional
        The number of bins (default 10), equal parts of ``[min(y), max(y)]`` (a
        constant ``y`` gets ``nbins`` unit bins around its value), or the bin centres
        (edges at the midpoints; the outer bins reach to -Inf and Inf).
    nargout : {1, 2}

    Returns
    -------
    counts : ndarray of float64
        A row for vector ``y`` (1-D for 1-D ``y``), otherwise ``nbins``-by-``ncols``.
    centers : ndarray of float64
        The bin centres: a row for vector ``y``, a column for a matrix.
        ``nargout=2`` returns a :class:`HistResult`.

    Notes
    -----
    A bin holds ``(left, right]``: MATLAB moves every edge up by ``eps(edge)``, so a
    value on an edge is counted in the bin below it (``np.histogram`` and
    ``histcounts`` use ``[left, right)``). ``np.histogram(y, 10)`` also returns edges
    instead of centres and counts all of a matrix at once. GNU Octave 7.3 counts a
    value on an inner edge in the bin above it, and computes centres with ``linspace``
    (the same to the last bit or two).

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import hist
    >>> counts, centers = hist([1, 2, 2, 3, 3, 3, 4], 3, nargout=2)
    >>> counts, centers
    (array([3., 3., 1.]), array([1.5, 2.5, 3.5]))
    >>> hist([0, 1, 2, 3, 4], 2)          # 2 is on the edge: the lower bin
    array([3., 2.])
    """
    a = matlab_array(y, "y", to_float=True, complex_ok=False)
    if a.ndim > 2:
        raise CompatValueError("Input arguments must be 2-D.")
    vector = a.ndim <= 1 or 1 in a.shape
    one_d = a.ndim <= 1
    data = a.reshape(-1, 1) if vector else a
    data = data.astype(np.float64, copy=False)
    nbins, centers = 10, None
    if x is not None and not is_omitted(x):
        xv = np.asarray(matlab_array(x, "x", to_float=True), dtype=np.float64)
        if xv.size == 1:
            n = float(xv.reshape(()))
            if not np.isfinite(n) or n < 1 or n != int(n):
                raise CompatValueError("Number of bins must be a positive integer.")
            nbins = int(n)
        elif xv.size == 0:
            raise CompatValueError("Bin centers must not be empty.")
        else:
            centers = xv.ravel()
            if np.any(np.diff(centers) < 0):
                raise CompatValueError("Bin centers must be monotonically "
                                       "nondecreasing.")
    if data.size == 0:
        c = np.arange(1.0, nbins + 1) if centers is None else centers
        counts = np.zeros((c.size, data.shape[1]))
    else:
        c, xx = core.hist_bins(data, nbins, centers)
        counts = core.hist_counts(data, xx)
    if vector:
        counts = counts[:, 0]
        out = (counts, c) if one_d else (counts.reshape(1, -1), c.reshape(1, -1))
    else:
        out = (counts, c.reshape(-1, 1))
    return HistResult.first(nargout, *out)


# ---------------------------------------------------------------------- histcounts2
def _pair_values(v, what, positive_integer=False):
    arr = np.asarray(matlab_array(v, what, to_float=True), dtype=np.float64).ravel()
    if arr.size == 1:
        arr = np.repeat(arr, 2)
    if arr.size != 2:
        raise CompatValueError(f"{what} must be a scalar or a 2-element vector.")
    if positive_integer and not np.all((arr >= 1) & (arr == np.round(arr))):
        raise CompatValueError(f"{what} must be a positive integer or two.")
    return float(arr[0]), float(arr[1])


def _limits(v, what):
    lo, hi = _pair_values(v, what)
    if not (np.isfinite(lo) and np.isfinite(hi)) or lo > hi:
        raise CompatValueError(f"{what} must be a 2-element vector [lo, hi] of finite "
                               f"values with lo <= hi.")
    return lo, hi


def _edges_vector(v, what):
    e = np.array(matlab_array(v, what, to_float=True), dtype=np.float64).ravel()
    if e.size < 2 or np.any(np.diff(e) < 0) or np.any(np.isnan(e)):
        raise CompatValueError(f"{what} must be a nondecreasing vector of at least two "
                               "edges.")
    return e


_NORMALIZATIONS2 = histograms.NORMALIZATIONS + ("percentage",)


@matlab_function("histcounts2", nan_option="(NaN is in no bin)", nargout=5)
@_DOCS.named(more=" (bins [left, right) with the last closed; the automatic rules, "
                  "NumBins, BinWidth and limits as MathWorks' histcounts2.m chooses "
                  "edges, with the documentation's 'Specify Number of Bins' example "
                  "as a golden; histogram2 page for the 1024-bin limit)")
def histcounts2(X, Y, *args, nargout=1, **kwargs):
    """Bivariate histogram bin counts, as MATLAB's ``histcounts2``.

    MATLAB call forms::

        N = histcounts2(X, Y)                   ->  histcounts2(X, Y)      (automatic bins)
        N = histcounts2(X, Y, nbins)            ->  histcounts2(X, Y, 10)
                                                    histcounts2(X, Y, [10, 5])
        N = histcounts2(X, Y, Xedges, Yedges)   ->  histcounts2(X, Y, xe, ye)
        N = histcounts2(___, Name, Value)       ->  histcounts2(X, Y, 'BinWidth', 0.5,
                                                        'Normalization', 'pdf')
        [N, Xedges, Yedges, binX, binY] = histcounts2(___)   (nargout=5)

    Parameters
    ----------
    X, Y : array_like
        Data of the same number of elements (pairs ``(X(k), Y(k))``).
    nbins : int or [nx, ny]
        Number of bins in each dimension (MATLAB's bin picker: "nice" edges covering
        the data).
    Xedges, Yedges : array_like
        Bin edges; each bin is ``[left, right)``, the last one closed.
    BinMethod : {'auto', 'scott', 'fd', 'integers'}
        The automatic rule (default 'auto'); see Notes. (``histcounts2`` has no
        'sturges' or 'sqrt': they raise, as in MATLAB.)
    BinWidth : float or [wx, wy]
        Bin widths (at most 1024 bins per dimension: wider bins beyond that).
    NumBins : int or [nx, ny]
        The same as ``nbins``.
    XBinEdges, YBinEdges : array_like
        The edges of one dimension (the other one chosen by the other options).
    XBinLimits, YBinLimits : [lo, hi]
        Only data within the limits are binned; the limits are the outer edges.
    Normalization : {'count', 'probability', 'percentage', 'countdensity', 'pdf', 'cumcount', 'cdf'}
        As :func:`histcounts`, by bin area for the densities (``numel(X)`` counts
        every pair, those outside the bins too).
    nargout : {1, ..., 5}

    Returns
    -------
    N : ndarray
        ``nx``-by-``ny``: ``N(i, j)`` counts pairs with X in the i-th X bin and Y in
        the j-th Y bin (X runs down the rows).
    Xedges, Yedges : ndarray
        Row vectors of edges.
    binX, binY : ndarray of float64
        The 1-based bin of each pair, the size of ``X``; 0 for a pair outside either
        range or with a NaN (then in no bin). ``nargout`` 2 to 5 returns a
        :class:`Histcounts2Result`.

    Notes
    -----
    Automatic edges, per dimension (:func:`compat._core.hist_bins.pair_edges`): only
    pairs finite in both coordinates choose them; 'auto' is the integer rule (unit
    bins centred on the integers) for integer-valued data spanning at most 50, else
    Scott's rule with the *bivariate* width ``3.5*std(X)*numel(X)^(-1/4)`` ('fd':
    ``2*max(iqr, range/10)*numel(X)^(-1/4)``), rounded to 1, 2, 3, 5 or 10 times a
    power of ten with edges at its multiples -- the same picker as
    :func:`histcounts`, whose 1-D rules use the power ``-1/3``.

    ``np.histogram2d`` closes the last bin too but has no MATLAB edge picking, returns
    no bin indices and its ``bins='auto'``-less default is 10 equal bins from min to
    max. GNU Octave 7.3 has no ``histcounts2``: the goldens with explicit edges compare
    with Octave counting the pairs (``histc`` in each dimension and ``accumarray``);
    the automatic edges are checked against the documentation's printed example and
    by unit tests of the rules.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import histcounts2
    >>> N, xe, ye, bx, by = histcounts2([1, 2, 2, 3], [1, 1, 3, 3], [0, 2, 4], [0, 2, 4],
    ...                                 nargout=5)
    >>> N
    array([[1., 0.],
           [1., 2.]])
    >>> bx, by
    (array([1., 2., 2., 2.]), array([1., 1., 2., 2.]))

    The documentation's example (nice edges for 3 and 4 bins):

    >>> x = [1, 1, 2, 3, 2, 2, 1, 1, 2, 3]
    >>> y = [5, 6, 3, 8, 9, 1, 2, 7, 5, 1]
    >>> N, xe, ye = histcounts2(x, y, [3, 4], nargout=3)
    >>> xe, ye
    (array([0.6, 1.4, 2.2, 3. ]), array([0. , 2.3, 4.6, 6.9, 9.2]))
    >>> histcounts2(x, y, nargout=3)[1]                  # integers: unit bins
    array([0.5, 1.5, 2.5, 3.5])
    """
    xa = matlab_array(X, "X", complex_ok=False)
    ya = matlab_array(Y, "Y", complex_ok=False)
    x = np.asarray(xa, dtype=np.float64)
    y = np.asarray(ya, dtype=np.float64)
    if x.size != y.size:
        raise CompatValueError("X and Y must have the same number of elements.")
    args = list(args)
    positional = []
    while args and not isinstance(args[0], str):
        positional.append(args.pop(0))
    at_most_inputs(positional, 2)
    opts = name_value(None, args, kwargs,
                      {"Normalization": "count", "BinWidth": None, "XBinLimits": None,
                       "YBinLimits": None, "BinMethod": None, "NumBins": None,
                       "XBinEdges": None, "YBinEdges": None})
    norm = str(opts["Normalization"]).lower()
    if norm not in _NORMALIZATIONS2:
        raise CompatValueError(f"'Normalization' must be one of "
                               f"{', '.join(_NORMALIZATIONS2)}; got {norm!r}")
    given = {k: v for k, v in opts.items() if v is not None and not is_omitted(v)}
    xe = ye = None
    nbins = width = None
    method = "auto"
    if len(positional) == 2:
        xe = _edges_vector(positional[0], "Xedges")
        ye = _edges_vector(positional[1], "Yedges")
    elif len(positional) == 1:
        nbins = _pair_values(positional[0], "nbins", positive_integer=True)
    if "XBinEdges" in given:
        xe = _edges_vector(given["XBinEdges"], "XBinEdges")
    if "YBinEdges" in given:
        ye = _edges_vector(given["YBinEdges"], "YBinEdges")
    choices = [k for k in ("NumBins", "BinWidth", "BinMethod") if k in given]
    if len(choices) > 1 or (choices and nbins is not None):
        raise CompatValueError("Give only one of nbins/'NumBins', 'BinWidth' and "
                               "'BinMethod'.")
    if choices and xe is not None and ye is not None:
        raise CompatValueError(f"'{choices[0]}' cannot be combined with both bin edge "
                               "vectors.")
    if "NumBins" in given:
        nbins = _pair_values(given["NumBins"], "NumBins", positive_integer=True)
    if "BinWidth" in given:
        width = _pair_values(given["BinWidth"], "BinWidth")
        if not all(np.isfinite(w) and w > 0 for w in width):
            raise CompatValueError("'BinWidth' must be positive and finite.")
    if "BinMethod" in given:
        method = str(given["BinMethod"]).lower()
        if method not in core.PAIR_METHODS:
            raise CompatValueError("Expected BinMethod to match one of these values: "
                                   + ", ".join(f"'{m}'" for m in core.PAIR_METHODS)
                                   + f". The input, '{given['BinMethod']}', did not "
                                   "match any of the valid values.")
    xlim = _limits(given["XBinLimits"], "XBinLimits") if "XBinLimits" in given else None
    ylim = _limits(given["YBinLimits"], "YBinLimits") if "YBinLimits" in given else None
    xf, yf = x.ravel(order="F"), y.ravel(order="F")
    for k, (edges, v, w, lim, olim, arr) in enumerate(
            ((xe, xf, yf, xlim, ylim, xa), (ye, yf, xf, ylim, xlim, ya))):
        if edges is None:
            edges = core.pair_edges(
                v, w, limits=lim, other_limits=olim,
                nbins=None if nbins is None else int(nbins[k]),
                width=None if width is None else width[k], method=method,
                integer_class=arr.dtype.kind in "biu")
        if k == 0:
            xe = edges
        else:
            ye = edges
    N, bx, by = core.histcounts2(xf, yf, xe, ye,
                                 "probability" if norm == "percentage" else norm)
    if norm == "percentage":
        N = 100 * N
    shape = x.shape
    binx = bx.astype(np.float64).reshape(shape, order="F")
    biny = by.astype(np.float64).reshape(shape, order="F")
    return Histcounts2Result.first(nargout, N, xe.reshape(1, -1) if x.ndim > 1 else xe,
                                   ye.reshape(1, -1) if x.ndim > 1 else ye, binx, biny)
