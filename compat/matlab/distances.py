"""MATLAB's pairwise distances (Statistics and Machine Learning Toolbox): ``pdist``,
``pdist2``, ``squareform``, and the Mahalanobis distance from a sample, ``mahal``.

The legacy layer of the family: reads MATLAB's arguments (the metric name or a function
handle, its parameter, ``'Smallest'``/``'Largest'`` K, squareform's ``'tovector'``/
``'tomatrix'``), MATLAB's classes (single in, single out) and messages, and calls the core
:mod:`compat._core.distances`.

Differences from ``scipy.spatial.distance``: MATLAB's metric names differ
(``'squaredeuclidean'``, ``'chebychev'``, ``'seuclidean'`` with the standard deviations of
X by default, ``'mahalanobis'`` with X's covariance), ``pdist`` returns a 1-by-N row (scipy
a 1-D array), ``'hamming'`` and ``'jaccard'`` compare numbers (scipy compares booleans for
jaccard), ``pdist2(..., 'Smallest', K)`` also returns 1-based indices, and a single X
gives single distances (scipy computes in double).
"""

from __future__ import annotations

import numpy as np

from compat._core import distances as core
from compat._core.args import by_value
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["pdist", "pdist2", "squareform", "mahal", "Pdist2Result"]


class Pdist2Result(Result):
    """``[D, I] = pdist2(X, Y, ..., 'Smallest', K)``."""

    request_style = "nargout"
    D: np.ndarray
    I: np.ndarray  # noqa: E741 - MATLAB's name


def _observations(value, name: str) -> np.ndarray:
    a = matlab_array(value, name, complex_ok=False, char="error")
    if a.ndim == 1:
        a = a.reshape(1, -1)
    if a.ndim != 2:
        raise CompatValueError(f"{name} must be a matrix (observations in rows).")
    return a


def _metric(arguments, x: np.ndarray):
    """(metric, parameter, the arguments left) from MATLAB's Distance [, DistParameter]."""
    if not arguments:
        return "euclidean", None, []
    distance, rest = arguments[0], list(arguments[1:])
    if callable(distance):
        return by_value(distance), None, rest         # XI, XJ by value, as MATLAB
    if not isinstance(distance, str):
        raise CompatTypeError("Distance must be a metric name or a function handle.")
    word = distance.lower()
    matches = [m for m in core.METRICS if m == word] or \
        [m for m in core.METRICS if m.startswith(word)]
    if len(matches) != 1:
        raise CompatValueError(f"Unrecognized distance metric: '{distance}'.")
    metric = matches[0]
    parameter = None
    takes = metric in ("minkowski", "seuclidean", "fastseuclidean", "mahalanobis")
    if takes and rest and not isinstance(rest[0], str):
        parameter, rest = rest[0], rest[1:]
    if metric == "minkowski" and parameter is not None:
        p = np.asarray(parameter, dtype=np.float64).reshape(-1)
        if p.size != 1 or not p[0] > 0:
            raise CompatValueError("The exponent for the Minkowski metric must be a "
                                   "positive scalar.")
        parameter = float(p[0])
    elif metric in ("seuclidean", "fastseuclidean"):
        if parameter is None:
            with np.errstate(invalid="ignore"):
                parameter = np.nanstd(x.astype(np.float64), axis=0, ddof=1)
        parameter = np.asarray(parameter, dtype=np.float64).reshape(-1)
        if parameter.size != x.shape[1] or np.any(parameter < 0):
            raise CompatValueError("The scale for the standardized Euclidean metric must "
                                   "be a vector of nonnegative values, one per column.")
    elif metric == "mahalanobis":
        if parameter is None:
            kept = x[~np.isnan(x).any(axis=1)].astype(np.float64)
            parameter = np.atleast_2d(np.cov(kept, rowvar=False))
        parameter = np.asarray(parameter, dtype=np.float64)
        if parameter.shape != (x.shape[1], x.shape[1]):
            raise CompatValueError("The covariance matrix for the Mahalanobis metric must "
                                   "be a square matrix with the same number of columns as X.")
    return metric, parameter, rest


def _dtype(*arrays) -> np.dtype:
    return np.dtype(np.float32 if any(a.dtype == np.float32 for a in arrays) else
                    np.float64)


@matlab_function("pdist")
def pdist(X, *args):
    """Pairwise distances between the rows of X, as MATLAB's ``pdist``.

    MATLAB call forms::

        D = pdist(X)                       ->  pdist(X)
        D = pdist(X, Distance)             ->  pdist(X, 'cityblock')
        D = pdist(X, Distance, DistParameter)
                                           ->  pdist(X, 'minkowski', 3)
        D = pdist(X, @distfun)             ->  pdist(X, lambda xi, XJ: ...)

    Parameters
    ----------
    X : array_like
        m-by-n: m observations of n variables (double or single).
    Distance : str or callable
        'euclidean' (default), 'squaredeuclidean', 'seuclidean' (scaled by the standard
        deviations of X's columns, or by the given vector), 'fasteuclidean',
        'fastsquaredeuclidean', 'fastseuclidean' (MATLAB's faster, less accurate
        |x|^2 + |y|^2 - 2 x.y formula), 'mahalanobis' (with ``cov`` of X's rows without
        NaN, or the given matrix), 'cityblock', 'minkowski' (exponent, default 2),
        'chebychev', 'cosine' (1 - cosine of the angle), 'correlation' (1 - sample
        correlation), 'spearman' (1 - rank correlation), 'hamming' (the fraction of
        coordinates that differ), 'jaccard' (the fraction of the non-zero coordinates
        that differ); names case-insensitive and abbreviable. A callable
        ``distfun(XI, XJ)`` takes one row (1-by-n) and k rows and returns k distances.

    Returns
    -------
    ndarray
        1-by-m(m-1)/2 row: the distances of the pairs (1,2), (1,3), ..., (1,m), (2,3),
        ... in that order (``squareform`` makes the matrix). Single for single X.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> X = np.array([[1.0, 2.0], [4.0, 6.0], [0.0, 0.0]])
    >>> matlab.pdist(X)
    array([[5.        , 2.23606798, 7.21110255]])
    >>> matlab.pdist(X, 'cityblock')
    array([[ 7.,  3., 10.]])
    """
    x = _observations(X, "X")
    metric, parameter, rest = _metric(list(args), x)
    if rest:
        raise CompatValueError("Too many input arguments.")
    dtype = _dtype(x)
    d = core.pairwise(x.astype(dtype), x.astype(dtype), metric, parameter=parameter,
                      dtype=dtype)
    i, j = core.pair_indices(x.shape[0])
    return d[i, j].reshape(1, -1)


@matlab_function("pdist2", nargout=2)
def pdist2(X, Y, *args, nargout=1):
    """Distances between the rows of X and the rows of Y, as MATLAB's ``pdist2``.

    MATLAB call forms::

        D = pdist2(X, Y)                        ->  pdist2(X, Y)
        D = pdist2(X, Y, Distance[, DistParameter])
        [D, I] = pdist2(X, Y, Distance, 'Smallest', K)
                                                ->  pdist2(X, Y, 'euclidean', 'Smallest',
                                                           K, nargout=2)

    ``D(i, j)`` is the distance between ``X(i,:)`` and ``Y(j,:)`` (metrics as
    :func:`pdist`; 'seuclidean' and 'mahalanobis' default to X's scales and
    covariance). With ``'Smallest', K`` (or ``'Largest', K``) D is K-by-my: for each
    column of Y, the K smallest (largest) distances sorted, and I their 1-based rows of
    X (ties in X's order).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> X = np.array([[0.0, 0.0], [3.0, 4.0]])
    >>> matlab.pdist2(X, np.array([[0.0, 1.0]]))
    array([[1.        ],
           [4.24264069]])
    """
    x, y = _observations(X, "X"), _observations(Y, "Y")
    if x.shape[1] != y.shape[1]:
        raise CompatValueError("X and Y must have the same number of columns.")
    metric, parameter, rest = _metric(list(args), x)
    select = None
    if rest:
        if len(rest) != 2 or not isinstance(rest[0], str) or \
                rest[0].lower() not in ("smallest", "largest"):
            raise CompatValueError("Expected 'Smallest', K or 'Largest', K after the "
                                   "distance.")
        k = np.asarray(rest[1]).reshape(-1)
        if k.size != 1 or not k[0] >= 1 or k[0] != np.trunc(k[0]):
            raise CompatValueError("K must be a positive integer.")
        select = (rest[0].lower(), int(k[0]))
    if nargout == 2 and select is None:
        raise CompatValueError("The second output I needs 'Smallest' or 'Largest'.")
    dtype = _dtype(x, y)
    d = core.pairwise(x.astype(dtype), y.astype(dtype), metric, parameter=parameter,
                      dtype=dtype)
    if select is None:
        return d
    which, k = select
    key = np.where(np.isnan(d), np.inf, d) if which == "smallest" else \
        np.where(np.isnan(d), np.inf, -d)
    order = np.argsort(key, axis=0, kind="stable")[:min(k, d.shape[0])]
    chosen = np.take_along_axis(d, order, axis=0)
    if nargout == 2:
        return Pdist2Result(D=chosen, I=(order + 1).astype(np.float64))
    return chosen


@matlab_function("squareform")
def squareform(Z, direction=None):
    """Convert between a ``pdist`` vector and the square distance matrix, as MATLAB's
    ``squareform``.

    MATLAB call forms::

        Z = squareform(D)               ->  squareform(D)       (vector -> matrix)
        D = squareform(Z)               ->  squareform(Z)       (matrix -> row vector)
        squareform(X, 'tomatrix') / squareform(X, 'tovector')

    A vector of N = m(m-1)/2 distances gives the symmetric m-by-m matrix with zeros on
    the diagonal; a square matrix (zero diagonal) gives its lower triangle as a row in
    pdist's order. Without a direction, a 1-by-1 zero and a vector are read as vectors.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.squareform([5.0, 2.0, 7.0])
    array([[0., 5., 2.],
           [5., 0., 7.],
           [2., 7., 0.]])
    >>> matlab.squareform(matlab.squareform([5.0, 2.0, 7.0]))
    array([[5., 2., 7.]])
    """
    z = matlab_array(Z, "Z", complex_ok=False, char="error")
    if direction is not None:
        if not isinstance(direction, str) or direction.lower() not in ("tovector",
                                                                        "tomatrix"):
            raise CompatValueError("The direction must be 'tovector' or 'tomatrix'.")
        to_vector = direction.lower() == "tovector"
    else:
        to_vector = z.ndim == 2 and z.shape[0] == z.shape[1] and z.size > 1
    if to_vector:
        if z.ndim != 2 or z.shape[0] != z.shape[1]:
            raise CompatValueError("Z must be a square matrix.")
        if direction is None and np.any(np.diagonal(z) != 0):
            raise CompatValueError("Z must be a square matrix with zeros on the diagonal.")
        return core.square_to_vector(z).reshape(1, -1)
    if z.ndim > 1 and min(z.shape) > 1:
        raise CompatValueError("The input to squareform must be a vector of distances.")
    d = z.reshape(-1)
    m = int(round((1 + np.sqrt(1 + 8 * d.size)) / 2))
    if m * (m - 1) // 2 != d.size:
        raise CompatValueError("The size of the input to squareform is not a valid size "
                               "for a pdist vector (m*(m-1)/2 elements).")
    return core.vector_to_square(d, m)


@matlab_function("mahal")
def mahal(Y, X):
    """Squared Mahalanobis distance of each row of Y from the sample X, as MATLAB's
    ``mahal``.

    MATLAB call form::

        d2 = mahal(Y, X)

    ``d2(i) = (Y(i,:) - mu) * inv(S) * (Y(i,:) - mu)'`` with ``mu`` and ``S`` the mean
    and covariance (n - 1) of the rows of X; computed as mahal.m does, from the economy
    QR factor R of the centred X: ``d2 = sum((R' \\ (Y - mu)').^2, 1)' * (n - 1)``.

    Parameters
    ----------
    Y : array_like
        m-by-p points (a vector is one row when p > 1).
    X : array_like
        n-by-p sample, n > p.

    Returns
    -------
    ndarray
        m-by-1 squared distances (single if an input is single).

    Notes
    -----
    Differences from ``scipy.spatial.distance.mahalanobis``: squared; the covariance
    comes from X (not a given inverse), through a QR factorisation rather than an
    explicit inverse, so a rank-deficient X gives MATLAB's singular warning and Inf/NaN
    rather than scipy's result from a pseudo-inverse. Errors are mahal.m's: "Requires
    the inputs to have the same number of columns.", "The number of rows of X must
    exceed the number of columns.", "MAHAL does not accept complex inputs.". Source:
    MathWorks' mahal.m (the QR route, facts only) and its reference page; GNU Octave
    7.3's statistics 1.5.3 mahal agrees (golden suite ``matlab/distances``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> X = np.array([[1.0, 2], [2, 1], [3, 4], [4, 3], [5, 5]])
    >>> matlab.mahal(np.array([[3.0, 3], [1, 5]]), X).round(4)
    array([[ 0.],
           [16.]])
    """
    from compat.matlab.linalg import mldivide

    y = matlab_array(Y, "Y", char="error")
    x = matlab_array(X, "X", char="error")
    if y.dtype.kind == "c" or x.dtype.kind == "c":
        if np.any(np.imag(x)) or np.any(np.imag(y)):
            raise CompatValueError("MAHAL does not accept complex inputs.")
        x, y = x.real, y.real
    y = y.reshape(1, -1) if y.ndim < 2 else y
    x = x.reshape(1, -1) if x.ndim < 2 else x
    if x.shape[1] != y.shape[1]:
        raise CompatValueError("Requires the inputs to have the same number of columns.")
    rows = x.shape[0]
    if rows < x.shape[1]:
        raise CompatValueError("The number of rows of X must exceed the number of columns.")
    dtype = _dtype(x, y)
    x, y = x.astype(dtype), y.astype(dtype)
    mu = x.mean(axis=0)
    r = core.economy_r(x - mu)
    ri = np.asarray(mldivide(r.T, (y - mu).T))
    return (np.sum(ri * ri, axis=0) * (rows - 1)).reshape(-1, 1).astype(dtype)
