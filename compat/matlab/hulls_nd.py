"""MATLAB's ``convhulln``: the convex hull of points in N dimensions, over
:mod:`compat._core.hulls_nd` (Qhull, as MATLAB and GNU Octave)."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.hulls_nd import DEFAULT_HULL_OPTIONS, hull_facets
from compat._core.legacy import matlab_function
from compat.matlab.delaunay_nd import point_matrix, qhull_options
from compat._core.results import Result

__all__ = ["convhulln", "ConvhullnResult"]


class ConvhullnResult(Result):
    """``[k, av] = convhulln(...)``."""

    request_style = "nargout"
    k: np.ndarray
    av: float


@matlab_function("convhulln", nargout=2)
def convhulln(X, options=None, *, nargout=1):
    """N-D convex hull, as MATLAB's ``convhulln``.

    MATLAB call forms::

        k = convhulln(X)              ->  convhulln(X)                 X: m-by-n points
        k = convhulln(X, options)     ->  convhulln(X, ['Qt', 'Qx'])
        [k, av] = convhulln(___)      ->  k, av = convhulln(X, nargout=2)

    Each row of ``k`` holds the 1-based indices (MATLAB's index data, double) of the
    ``n`` points of one facet of the hull (segments in 2-D, triangles in 3-D ...);
    ``av`` is the hull's volume (area in 2-D). ``options`` are Qhull's (MATLAB's
    default ``{'Qt'}``, and ``{'Qt', 'Qx'}`` from 4-D on; ``[]`` takes the default):
    with ``'Qt'`` a facet through more than ``n`` points (a square face of a cube) is
    split into simplices.

    Differences: the facets are returned in a canonical order (each row's indices
    ascending, the rows sorted), where MATLAB returns Qhull's order with each facet
    oriented: compare ``sortrows(sort(k, 2))`` on the MATLAB side; the set of facets
    is the same. The naive ``scipy.spatial.ConvexHull(X).simplices`` is 0-based and
    runs Qhull without 'Qt'.

    Sources: MathWorks' ``convhulln`` reference page (the outputs, the default
    options); Qhull's documentation (qh-optq: Qt, Qx). Checked against GNU Octave 7.3
    (golden suite matlab/hulls_nd).

    Parameters
    ----------
    X : array_like, m-by-n
        Points (real, finite), one per row, ``n >= 2``, at least ``n + 1`` of them, not
        all in one hyperplane.
    options : list of str, optional

    Returns
    -------
    k : ndarray of float, shape (facets, n)
    av : float
        ``nargout=2``.

    Raises
    ------
    ValueError
        X not a real m-by-n matrix with n >= 2, fewer than n + 1 points, NaN or Inf,
        or points Qhull cannot enclose (all in one hyperplane).

    Examples
    --------
    >>> from compat import matlab
    >>> k, av = matlab.convhulln([[0, 0], [1, 0], [1, 1], [0, 1], [0.5, 0.5]],
    ...                          nargout=2)
    >>> k
    array([[1., 2.],
           [1., 4.],
           [2., 3.],
           [3., 4.]])
    >>> av
    1.0
    """
    x = point_matrix(X, "a hull")
    n = x.shape[1]
    try:
        facets, volume = hull_facets(x, qhull_options(options, DEFAULT_HULL_OPTIONS(n),
                                                      "{'Qt', 'Qx'}"))
    except (ValueError, RuntimeError) as error:     # scipy's QhullError: a RuntimeError
        first = str(error).strip().splitlines()[0] if str(error).strip() else ""
        raise CompatValueError(f"Qhull could not build the hull ({first}); are the "
                               "points all in one hyperplane?") from None
    return ConvhullnResult.first(nargout, (facets + 1).astype(np.float64), volume)
