"""MATLAB's legacy ``hist`` counts and the bivariate ``histcounts2``.

The legacy layer of the family: reads MATLAB's argument grammar (a number of bins or bin
centres; two edge vectors, ``nbins``, name-value pairs; ``nargout``) and calls the core
:mod:`compat._core.hist_bins` (``hist``'s bins, shared ``histcounts`` edges for
``histcounts2``'s ``nbins`` and ``BinWidth``).
"""

from __future__ import annotations

import numpy as np

from compat._core import hist_bins as core
from compat._core import histograms
from compat._core.args import is_omitted, name_value
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
@matlab_function("hist", nargout=2)
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
def _pair_values(v, what):
    arr = np.asarray(matlab_array(v, what, to_float=True), dtype=np.float64).ravel()
    if arr.size == 1:
        return float(arr[0]), float(arr[0])
    if arr.size == 2:
        return float(arr[0]), float(arr[1])
    raise CompatValueError(f"{what} must be a scalar or a 2-element vector.")


def _edges_vector(v, what):
    e = np.array(matlab_array(v, what, to_float=True), dtype=np.float64).ravel()
    if e.size < 2 or np.any(np.diff(e) < 0) or np.any(np.isnan(e)):
        raise CompatValueError(f"{what} must be a nondecreasing vector of at least two "
                               "edges.")
    return e


@matlab_function("histcounts2", nargout=5)
@_DOCS.named(more=" (bins [left, right) with the last closed, as histcounts; nbins "
                  "and BinWidth edges as histcounts picks them)")
def histcounts2(X, Y, *args, nargout=1, **kwargs):
    """Bivariate histogram bin counts, as MATLAB's ``histcounts2``.

    MATLAB call forms::

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
        Number of bins in each dimension; the edges are those :func:`histcounts`
        picks for that many bins of ``X`` and of ``Y``.
    Xedges, Yedges : array_like
        Bin edges; each bin is ``[left, right)``, the last one closed.
    BinWidth : float or [wx, wy]
        Bin widths (edges as :func:`histcounts` places them).
    XBinLimits, YBinLimits : [lo, hi]
        Only data within the limits are binned (with ``nbins``: equal bins between
        them).
    Normalization : {'count', 'probability', 'countdensity', 'pdf', 'cumcount', 'cdf'}
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
    MATLAB's automatic binning for two variables (``histcounts2(X, Y)`` with no bins,
    and the ``BinMethod`` rules) is not published in enough detail to reproduce: those
    forms raise ValueError; give ``nbins``, edges or ``BinWidth``.
    ``np.histogram2d`` closes the last bin too but returns edges instead of bin
    indices and has no MATLAB edge picking. GNU Octave 7.3 has no ``histcounts2``:
    the goldens compare with Octave counting the pairs explicitly (``histc`` in each
    dimension and ``accumarray``).

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
    """
    x = np.asarray(matlab_array(X, "X", to_float=True, complex_ok=False), dtype=np.float64)
    y = np.asarray(matlab_array(Y, "Y", to_float=True, complex_ok=False), dtype=np.float64)
    if x.size != y.size:
        raise CompatValueError("X and Y must have the same number of elements.")
    args = list(args)
    positional = []
    while args and not isinstance(args[0], str):
        positional.append(args.pop(0))
    opts = name_value(None, args, kwargs,
                      {"Normalization": "count", "BinWidth": None, "XBinLimits": None,
                       "YBinLimits": None, "BinMethod": None, "NumBins": None})
    norm = str(opts["Normalization"]).lower()
    if norm not in histograms.NORMALIZATIONS:
        raise CompatValueError(f"'Normalization' must be one of "
                               f"{', '.join(histograms.NORMALIZATIONS)}; got {norm!r}")
    if opts["BinMethod"] is not None:
        raise CompatValueError("'BinMethod' rules of histcounts2 are not reproduced by "
                               "compat; give nbins, edges or 'BinWidth'")
    xlim = None if opts["XBinLimits"] is None else _pair_values(opts["XBinLimits"],
                                                                 "XBinLimits")
    ylim = None if opts["YBinLimits"] is None else _pair_values(opts["YBinLimits"],
                                                                 "YBinLimits")
    xf, yf = x.ravel(order="F"), y.ravel(order="F")
    if len(positional) == 2:
        xe, ye = _edges_vector(positional[0], "Xedges"), _edges_vector(positional[1],
                                                                       "Yedges")
    elif len(positional) == 1 or opts["NumBins"] is not None:
        nb = positional[0] if positional else opts["NumBins"]
        nx, ny = _pair_values(nb, "nbins")
        for n in (nx, ny):
            if n < 1 or n != int(n):
                raise CompatValueError("nbins must be a positive integer (or two).")
        xe = histograms.auto_edges(xf, nbins=int(nx), limits=xlim)
        ye = histograms.auto_edges(yf, nbins=int(ny), limits=ylim)
    elif opts["BinWidth"] is not None:
        wx, wy = _pair_values(opts["BinWidth"], "BinWidth")
        if not (wx > 0 and wy > 0):
            raise CompatValueError("'BinWidth' must be positive.")
        xe = histograms.auto_edges(xf, width=wx, limits=xlim)
        ye = histograms.auto_edges(yf, width=wy, limits=ylim)
    elif not positional:
        raise CompatValueError("MATLAB's automatic bivariate binning is not reproduced "
                               "by compat: give nbins, Xedges and Yedges, or 'BinWidth'")
    else:
        raise CompatValueError("Too many input arguments.")
    N, bx, by = core.histcounts2(xf, yf, xe, ye, norm)
    shape = x.shape
    binx = bx.astype(np.float64).reshape(shape, order="F")
    biny = by.astype(np.float64).reshape(shape, order="F")
    return Histcounts2Result.first(nargout, N, xe.reshape(1, -1) if x.ndim > 1 else xe,
                                   ye.reshape(1, -1) if x.ndim > 1 else ye, binx, biny)
