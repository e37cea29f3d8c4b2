"""MATLAB's smoothing family: ``smooth`` (Curve Fitting Toolbox).

The legacy layer: it reads ``smooth``'s argument grammar (``y`` or ``x, y``, then
``span``, ``method``, ``degree`` positionally or as keywords) and returns MATLAB's column
of the input's class; the smoothing is :func:`compat._core.smoothing.smooth`.
"""

from __future__ import annotations

import numpy as np
import scipy.ndimage

from compat._core import smoothing as core
from compat._core.args import is_omitted
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import is_single, matlab_array

__all__ = ["smooth", "smooth3"]


@matlab_function("smooth")
def smooth(*args, span=None, method=None, degree=None):
    """Smooth a data vector, as the Curve Fitting Toolbox's ``smooth``.

    MATLAB call forms::

        yy = smooth(y)                         ->  smooth(y)
        yy = smooth(y, span)                   ->  smooth(y, 7)
        yy = smooth(y, method)                 ->  smooth(y, 'lowess')
        yy = smooth(y, span, method)           ->  smooth(y, 0.1, 'rloess')
        yy = smooth(y, 'sgolay', degree)       ->  smooth(y, 'sgolay', 3)
        yy = smooth(y, span, 'sgolay', degree) ->  smooth(y, 11, 'sgolay', 4)
        yy = smooth(x, y, ...)                 ->  smooth(x, y, 9, 'loess')

    ``span``, ``method`` and ``degree`` may also be given as Python keywords
    (``smooth(y, span=7, method='sgolay', degree=3)``).

    Methods (MATLAB documentation of ``smooth`` and "Filtering and Smoothing Data"):

    * ``'moving'`` (default): the mean of ``span`` points centred on each point; the
      span shrinks symmetrically at the ends so the point stays centred:
      ``yy(1) = y(1)``, ``yy(2) = (y(1)+y(2)+y(3))/3``,
      ``yy(3) = (y(1)+...+y(5))/5``, ``yy(4) = (y(2)+...+y(6))/5`` ... An even span
      is reduced by 1. NaNs in ``y`` are left out of each mean. Points with equal
      ``x`` get one value, over a window widened to hold whole groups of ties.
    * ``'lowess'`` / ``'loess'``: at each point a weighted least-squares line /
      quadratic through the ``span`` nearest neighbours (all points as close as the
      span-th nearest), with tricube weights ``(1 - (|x - x_i|/d)^3)^3``, ``d`` the
      distance to the farthest neighbour (which therefore has weight 0). At the ends
      the span does not shrink: it is the ``span`` points nearest the end. For
      uniform ``x`` an even span is raised by one (the tie makes it odd).
    * ``'rlowess'`` / ``'rloess'``: the same, then five times: residuals
      ``r = y - yy``, robust bisquare weights ``(1 - (r/(6 MAD))^2)^2`` (0 beyond
      ``6 MAD``, ``MAD = median(|r|)``), and a new fit with tricube times robust
      weights over the same neighbourhoods (the nearest points with a nonzero robust
      weight when a neighbour's robust weight is 0).
    * ``'sgolay'``: Savitzky-Golay: an unweighted least-squares polynomial of
      ``degree`` (default 2, must be smaller than ``span``) through ``span`` points
      (odd; an even span is reduced by 1) centred on each point, evaluated there; at
      the ends the frame is the first/last ``span`` points (as ``sgolayfilt``).
      Non-uniform ``x`` is handled by a local fit in ``x``.

    ``span`` below 1 is a fraction of the number of points (``ceil(span*n)``); a
    span longer than the data is reduced to its length. With ``x`` given and not
    uniformly spaced (or when ``y`` holds NaN), the default method is ``'lowess'``.
    ``x`` need not be sorted (it is sorted, stably, and the result returned in the
    original order); points whose ``x`` is NaN give NaN.

    Parameters
    ----------
    x : array_like, optional
        Predictor values, same number of elements as ``y``.
    y : array_like
        Data; any shape, read in MATLAB's column-major order (``y(:)``).
    span : positive scalar, default 5
    method : {'moving', 'lowess', 'loess', 'sgolay', 'rlowess', 'rloess'}
    degree : int, 'sgolay' only, default 2
    nargout : 1
        MATLAB Engine convention (MATLAB's second output, used by cftool, is not
        provided).

    Returns
    -------
    ndarray of shape (n, 1)
        A column vector, as MATLAB returns; single for single ``y``, else double.

    Raises
    ------
    ValueError
        ``"smooth: ..."`` for a non-positive span, an unknown method, a degree that
        is negative, not an integer or not smaller than the span, ``x`` and ``y`` of
        different lengths.
    TypeError
        ``"smooth: ..."`` for non-numeric data or a misplaced argument.

    Notes
    -----
    Differences from the naive calls:

    * ``scipy.ndimage.uniform_filter1d(y, span)`` pads the ends (by reflection) where
      ``smooth`` shrinks the window symmetrically, and it propagates NaN.
    * ``scipy.signal.savgol_filter(y, span, degree)`` fits the end frames like
      ``smooth`` only with ``mode='interp'``; its default ``mode='interp'`` does, but it
      requires uniform spacing and fails on NaN.
    * ``statsmodels.nonparametric.lowess`` takes ``frac`` (not a point count), uses
      ``ceil(frac*n)`` neighbours with a different tie rule, robustifies 3 times by
      default and returns sorted pairs.

    Decision where the documentation is silent: rank-deficient local fits (fewer
    distinct ``x`` than polynomial terms) are solved in the minimum-norm
    least-squares sense; MATLAB's backslash returns a basic solution there, which
    can give a different intercept.

    Algorithm: every local fit is a small least-squares problem on a sqrt-weighted,
    centred Vandermonde matrix; all points are solved together (stacked
    pseudo-inverses, chunked), no per-point Python loop.

    Sources: MATLAB Curve Fitting Toolbox documentation of ``smooth`` and of
    "Filtering and Smoothing Data" (moving-average end rule, tricube and bisquare
    weights, 6 MAD, five robust iterations, span rules); W. S. Cleveland, "Robust
    Locally Weighted Regression and Smoothing Scatterplots", JASA 74 (1979) 829-836;
    A. Savitzky and M. J. E. Golay, Anal. Chem. 36 (1964) 1627. Octave has no
    ``smooth``.

    Examples
    --------
    >>> from compat.matlab import smooth
    >>> smooth([1, 2, 4, 8, 16, 32])[:, 0]       # spans 1, 3, 5, 5, 3, 1
    array([ 1.        ,  2.33333333,  6.2       , 12.4       , 18.66666667,
           32.        ])
    >>> smooth([3, 1, 4, 1, 5, 9, 2, 6], 3, 'sgolay', 1)[:, 0]   # linear fits
    array([2.16666667, 2.66666667, 2.        , 3.33333333, 5.        ,
           5.33333333, 5.66666667, 4.16666667])
    """
    x, y, span, method, degree = _parse(args, span, method, degree)
    result = core.smooth(y.astype(np.float64), x, span=span, method=method, degree=degree)
    return result.reshape(-1, 1).astype(np.float32 if is_single(y) else np.float64)


# --------------------------------------------------------------------------- parsing
def _is_text(v):
    return isinstance(v, str)


def _parse(args, span, method, degree):
    """(x, y, span, method, degree) from ``smooth``'s arguments."""
    args = list(args)
    if not args:
        raise CompatTypeError("not enough input arguments: give at least y")
    if len(args) > 5:
        raise CompatTypeError("too many input arguments")
    second = args[1] if len(args) > 1 else None
    y_form = len(args) == 1 or _is_text(second) or is_omitted(second) or \
        np.size(second) == 1
    if y_form:
        x, y, rest = None, args[0], args[1:]
    else:
        x, y, rest = args[0], args[1], args[2:]
    y = _vector(y, "y")
    if x is not None:
        x = _vector(x, "x").astype(np.float64)
    pos_span = pos_method = pos_degree = None
    if rest and not _is_text(rest[0]):
        pos_span = rest.pop(0)
    if rest:
        if not _is_text(rest[0]):
            raise CompatTypeError(f"method must be a string, got {rest[0]!r}")
        pos_method = rest.pop(0)
    if rest:
        pos_degree = rest.pop(0)
    if rest:
        raise CompatTypeError("too many input arguments")
    for name, a, b in (("span", pos_span, span), ("method", pos_method, method),
                       ("degree", pos_degree, degree)):
        if a is not None and not is_omitted(a) and b is not None:
            raise CompatTypeError(f"{name} given twice (positionally and as {name}=)")
    span = span if span is not None else pos_span
    method = method if method is not None else pos_method
    degree = degree if degree is not None else pos_degree
    if is_omitted(span):
        span = None
    else:
        s = np.asarray(span)
        if s.ndim != 0 or s.dtype.kind not in "biuf" or not np.isfinite(s):
            cls = CompatTypeError if s.dtype.kind not in "biuf" else CompatValueError
            raise cls(f"span must be a positive scalar, got {span!r}")
        span = float(s)
        if span <= 0:
            raise CompatValueError(f"span must be positive, got {span:g}")
    if method is not None:
        if not _is_text(method):
            raise CompatTypeError(f"method must be a string, got {method!r}")
        if method.lower() not in core.METHODS:
            raise CompatValueError(f"unrecognized method '{method}'; expected one of "
                                   + ", ".join(f"'{m}'" for m in core.METHODS))
        method = method.lower()
    if is_omitted(degree):
        degree = None
    return x, y, span, method, degree


def _vector(v, name: str) -> np.ndarray:
    """Real data through the MATLAB coercer, as MATLAB's ``v(:)`` (single kept)."""
    a = matlab_array(v, name, complex_ok=False)
    if a.dtype != np.float32:
        a = a.astype(np.float64)
    return a.ravel(order="F")  # MATLAB's y(:)


# ---------------------------------------------------------------------------- smooth3
@matlab_function("smooth3")
def smooth3(V, filter="box", size=3, sd=0.65):  # noqa: A002 - MATLAB's argument names
    """Smooth 3-D data, as MATLAB's ``smooth3``.

    MATLAB call forms::

        W = smooth3(V)                         ->  smooth3(V)
        W = smooth3(V, 'box', size)            ->  smooth3(V, 'box', 5)
        W = smooth3(V, 'gaussian', size, sd)   ->  smooth3(V, 'gaussian', [3, 5, 3], 1)

    Parameters
    ----------
    V : array_like
        A 3-D array (MATLAB's rows x columns x pages).
    filter : {'box', 'gaussian'}
        The kernel: the mean of the ``size`` box (default), or the normalised Gaussian
        ``exp(-(x^2 + y^2 + z^2) / (2 sd^2))`` on the ``size`` grid centred on 0. Both are
        products of 1-D kernels and are applied one dimension after the other (the sums
        round in another order than one 3-D sum: a few ulps).
    size : int or sequence of 3 ints
        Odd kernel sizes (default 3: ``[3 3 3]``).
    sd : float
        The Gaussian's standard deviation (default 0.65).

    Returns
    -------
    numpy.ndarray
        ``V``'s size: the convolution with the kernel of ``V`` extended by copies of its
        edge values (``padarray(..., 'replicate')``), 'valid' part; double (single for
        single ``V``).

    Notes
    -----
    ``scipy.ndimage.uniform_filter(V, 3, mode='nearest')`` is the same box average with
    another summation order (last bits differ), and ``gaussian_filter`` truncates its
    kernel at 4 sd instead of at ``size``. Sources: MATLAB documentation of
    ``smooth3``; goldens from Octave 7.3 (reference_outputs/matlab/smooth3).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> V = np.arange(27.0).reshape(3, 3, 3)
    >>> float(matlab.smooth3(V)[1, 1, 1]), matlab.smooth3(V).shape
    (13.0, (3, 3, 3))
    """
    a = matlab_array(V, "V", to_float=True)
    if a.ndim != 3:
        raise CompatValueError("V must be a 3D array.")
    if not isinstance(filter, str) or filter.lower() not in ("box", "gaussian"):
        raise CompatValueError("Unknown filter: FILTER must be 'box' or 'gaussian'.")
    sizes = np.asarray(size, dtype=np.float64).reshape(-1)
    if sizes.size == 1:
        sizes = np.repeat(sizes, 3)
    if sizes.size != 3 or np.any(sizes < 1) or np.any(sizes % 2 != 1):
        raise CompatValueError("SIZE must be a scalar or a 3 element vector of odd "
                               "integers.")
    sizes = sizes.astype(int)
    sd = float(np.asarray(sd, dtype=np.float64).reshape(-1)[0])
    radius = [(int(n) - 1) // 2 for n in sizes]
    work = np.pad(a, [(r, r) for r in radius], mode="edge")
    if work.dtype != np.float32:
        work = work.astype(np.float64)
    # both kernels are products of 1-D kernels (the box's 1/n, the Gaussian's normalised
    # exp(-x^2/(2 sd^2))): three 1-D passes instead of one 3-D convolution
    for axis, (n, r) in enumerate(zip(sizes, radius)):
        if n == 1:
            continue
        if filter.lower() == "box":
            weights = np.full(n, 1.0 / n)
        else:
            x = np.arange(-r, r + 1, dtype=np.float64)
            weights = np.exp(-(x * x) / (2 * sd * sd))
            weights = weights / weights.sum()
        work = scipy.ndimage.correlate1d(work, weights.astype(work.dtype), axis=axis,
                                         mode="constant")
        work = np.take(work, range(r, work.shape[axis] - r), axis=axis)
    return np.ascontiguousarray(work)
