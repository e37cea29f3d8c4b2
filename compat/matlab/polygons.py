"""MATLAB's planar computational geometry: ``inpolygon``, ``polyarea``, ``delaunay``,
``convhull``, ``rectint``.

The legacy layer of the family over :mod:`compat._core.polygons`: it reads MATLAB's
argument forms (``dim``, ``'Simplify'``, ``nargout``), returns MATLAB's shapes and
1-based index data (``matlab.idx`` turns them into numpy indices).
"""

from __future__ import annotations

import numpy as np

from compat._core import polygons as core
from compat._core.args import first_nonsingleton, is_omitted, matlab_dim
from compat._core.errors import CompatValueError, MatlabWarning, legacy_warn
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["inpolygon", "polyarea", "delaunay", "convhull", "rectint", "InpolygonResult",
           "ConvhullResult"]


class InpolygonResult(Result):
    """``[in, on] = inpolygon(xq, yq, xv, yv)``."""

    request_style = "nargout"
    in_: np.ndarray
    on: np.ndarray


class ConvhullResult(Result):
    """``[k, av] = convhull(x, y)``: hull indices (1-based, closed) and its area."""

    request_style = "nargout"
    k: np.ndarray
    av: float


def _real(value, name):
    a = matlab_array(value, name, to_float=True)
    if a.dtype.kind == "c":
        raise CompatValueError(f"{name} must be real.")
    return a.astype(float, copy=False)


@matlab_function("inpolygon", nargout=2)
def inpolygon(xq, yq, xv, yv, nargout=1):
    """Points inside or on the edge of a polygonal region, as MATLAB's ``inpolygon``.

    MATLAB call forms::

        in = inpolygon(xq, yq, xv, yv)          ->  inpolygon(xq, yq, xv, yv)
        [in, on] = inpolygon(xq, yq, xv, yv)    ->  inside, on = inpolygon(..., nargout=2)

    Parameters
    ----------
    xq, yq : array_like
        Query points (same size; the outputs have this size).
    xv, yv : array_like
        Polygon vertices; NaN separates loops (a loop inside another is a hole, as in
        MATLAB's "square with a square hole" example); each loop closes itself.

    Returns
    -------
    ndarray of bool or InpolygonResult
        ``in``: inside *or on* the boundary; ``on``: on the boundary.

    Notes
    -----
    matplotlib's ``Path.contains_points`` leaves boundary points to floating-point
    chance (and has no ``on``), and does not read NaN-separated loops; here a point on
    an edge (zero cross product within the edge's extent: exact for exact data) is
    both in and on, and the loops combine by the even-odd rule. GNU Octave 7.3's
    inpolygon refuses NaN separators ("invalid conversion from NaN to logical"):
    recorded as a divergence.

    Sources: MATLAB ``inpolygon`` reference page (forms, holes, the self-intersecting
    pentagram); checked against GNU Octave 7.3 (reference_outputs/matlab/polygons).

    Examples
    --------
    >>> from compat.matlab import inpolygon
    >>> xv, yv = [1, 4, 4, 1, 1, np.nan, 2, 2, 3, 3, 2], [1, 1, 4, 4, 1, np.nan, 2, 3, 3, 2, 2]
    >>> inside, on = inpolygon([1.5, 2.5, 4, 0], [1.5, 2.5, 2, 0], xv, yv, nargout=2)
    >>> inside, on
    (array([ True, False,  True, False]), array([False, False,  True, False]))
    """
    x = _real(xq, "xq")
    y = _real(yq, "yq")
    if x.shape != y.shape:
        raise CompatValueError("XQ and YQ must be the same size.")
    vx = _real(xv, "xv")
    vy = _real(yv, "yv")
    if vx.size != vy.size:
        raise CompatValueError("XV and YV must be the same size.")
    inside, on = core.points_in_polygon(x, y, vx, vy)
    if nargout == 1:
        return inside
    return InpolygonResult.first(nargout, inside, on)


@matlab_function("polyarea")
def polyarea(x, y, dim=None):
    """Area of a polygon, as MATLAB's ``polyarea`` (the shoelace formula).

    MATLAB call forms::

        A = polyarea(X, Y)        ->  polyarea(x, y)
        A = polyarea(X, Y, dim)   ->  polyarea(X, Y, 2)

    Parameters
    ----------
    x, y : array_like
        Vertices in order (either direction; the polygon closes itself); for
        matrices each column (along ``dim``) is one polygon.
    dim : int, optional
        MATLAB's 1-based dimension (default: the first non-singleton).

    Returns
    -------
    numpy float or ndarray
        ``abs(sum((x[k+1] - x[k]) * (y[k+1] + y[k]))) / 2``, in MATLAB's order of
        operations; one area per polygon (size 1 along ``dim``).

    Examples
    --------
    >>> from compat.matlab import polyarea
    >>> float(polyarea([0, 1, 1, 0], [0, 0, 1, 1]))
    1.0
    """
    a = _real(x, "X")
    b = _real(y, "Y")
    if a.shape != b.shape:
        raise CompatValueError("X and Y must be the same size.")
    if a.ndim < 2:                                  # a 1-D vector: one polygon
        return core.shoelace_area(a, b)[()]
    axis = first_nonsingleton(a.shape) - 1 if is_omitted(dim) else \
        matlab_dim("polyarea", dim, a.ndim)
    if axis >= a.ndim:                              # a trailing singleton dimension
        return np.zeros(a.shape)
    area = core.shoelace_area(np.moveaxis(a, axis, 0), np.moveaxis(b, axis, 0))
    area = np.moveaxis(np.expand_dims(area, 0), 0, axis)
    return area[0, 0] if area.size == 1 and a.ndim == 2 and 1 in a.shape else area


@matlab_function("delaunay")
def delaunay(x, y=None, *options):
    """Delaunay triangulation of planar points, as MATLAB's ``delaunay``.

    MATLAB call forms::

        T = delaunay(x, y)   ->  delaunay(x, y)
        T = delaunay(P)      ->  delaunay(P)            (P: m-by-2)

    Parameters
    ----------
    x, y : array_like
        Point coordinates (same number of points); or ``P`` as one m-by-2 array.

    Returns
    -------
    ndarray of float, shape (triangles, 3)
        1-based vertex indices (MATLAB's index data, double), each triangle
        counter-clockwise from its smallest index, rows sorted. Duplicate points are triangulated once (their
        first occurrence) with MATLAB's warning "Duplicate data points have been
        detected and removed"; collinear points give an empty 0-by-3 result.

    Notes
    -----
    The triangulation is unique for points in general position, but its *order* (and
    each triangle's starting vertex) is implementation-defined: MATLAB has used qhull
    and now CGAL, Octave qhull, ``scipy.spatial.Delaunay`` qhull with its own ordering.
    Compare triangulations as sets of sorted triples (``np.sort(T, axis=1)`` then sorted
    rows), as compat's golden cases do; for co-circular points (a square's corners)
    the triangulation itself is not unique. ``scipy.spatial.Delaunay(p).simplices`` is
    0-based and mixes orientations.

    Examples
    --------
    >>> from compat.matlab import delaunay
    >>> delaunay([0, 1, 0, 1.5], [0, 0, 1, 1.2])
    array([[1., 2., 3.],
           [2., 4., 3.]])
    """
    if options:
        raise CompatValueError("Qhull options are no longer supported.")
    if y is None or is_omitted(y):
        p = _real(x, "P")
        if p.ndim != 2 or p.shape[1] != 2:
            raise CompatValueError("P must be an m-by-2 matrix of points.")
        px, py = p[:, 0], p[:, 1]
    else:
        px = _real(x, "x").ravel()
        py = _real(y, "y").ravel()
        if px.size != py.size:
            raise CompatValueError("X and Y must be the same length.")
    tri, duplicates = core.delaunay_triangles(px, py)
    if duplicates:
        legacy_warn("Duplicate data points have been detected and removed.", MatlabWarning,
                    identifier="MATLAB:delaunayTriangulation:DupPtsWarnId", prefix=False)
    tri = tri + 1
    tri = tri[np.lexsort(tri.T[::-1])] if tri.size else tri
    return tri.astype(float)


@matlab_function("convhull", nargout=2)
def convhull(x, y=None, *options, nargout=1):
    """Convex hull of planar points, as MATLAB's ``convhull``.

    MATLAB call forms::

        k = convhull(x, y)                       ->  convhull(x, y)
        k = convhull(P)                          ->  convhull(P, None)   (P: m-by-2)
        [k, av] = convhull(___)                  ->  convhull(x, y, nargout=2)
        k = convhull(___, 'Simplify', false)     ->  convhull(x, y, 'Simplify', False)

    Returns
    -------
    ndarray of float or ConvhullResult
        ``k``: 1-based indices of the hull's vertices as a column, counter-clockwise and
        closed (the first index repeated at the end); ``'Simplify'`` true (the
        default) drops points on the hull's edges. ``av``: the hull's area.

    Notes
    -----
    The hull's vertex cycle is unique, its starting vertex is not: MATLAB's and
    Octave's (qhull's) start where their algorithm does. compat starts at the
    lowest-indexed hull vertex; compare hulls as cycles (golden cases rotate both to
    their smallest index). ``scipy.spatial.ConvexHull(p).vertices`` is 0-based and
    not closed.

    Examples
    --------
    >>> from compat.matlab import convhull
    >>> k, av = convhull([0, 1, 1, 0, 0.5], [0, 0, 1, 1, 0.5], nargout=2)
    >>> k.ravel(), av
    (array([1., 2., 3., 4., 1.]), 1.0)
    """
    simplify = True
    if y is not None and isinstance(y, str):
        options = (y,) + options
        y = None
    if len(options) % 2:
        raise CompatValueError("Name-value arguments must come in pairs.")
    for name, value in zip(options[::2], options[1::2]):
        if not isinstance(name, str) or name.lower() != "simplify":
            raise CompatValueError(f"Unrecognized option {name!r}: expected 'Simplify'.")
        simplify = bool(value)
    if y is None or is_omitted(y):
        p = _real(x, "P")
        if p.ndim != 2 or p.shape[1] != 2:
            raise CompatValueError("P must be an m-by-2 matrix of points.")
        px, py = p[:, 0], p[:, 1]
    else:
        px = _real(x, "x").ravel()
        py = _real(y, "y").ravel()
        if px.size != py.size:
            raise CompatValueError("X and Y must be the same length.")
    try:
        ring, area = core.convex_hull(px, py, simplify)
    except ValueError:
        raise CompatValueError("The convex hull of the points is degenerate (the points "
                               "are collinear or too few).") from None
    k = (ring + 1).astype(float).reshape(-1, 1)
    if nargout == 1:
        return k
    return ConvhullResult.first(nargout, k, area)


def _rectangles(value, name):
    a = matlab_array(value, name, complex_ok=False, to_float=True)
    one = a.ndim <= 1
    rows = a.reshape(1, -1) if one else a
    if rows.ndim != 2 or rows.shape[1] != 4:
        raise CompatValueError(f"{name} must be a position vector [x y width height] or "
                               f"a matrix with 4 columns, not of size "
                               f"{'x'.join(str(d) for d in a.shape) or '1x1'}.")
    return rows, one and a.size == 4


@matlab_function("rectint")
def rectint(A, B):
    """Rectangle intersection areas, as MATLAB's ``rectint``.

    MATLAB call forms::

        area = rectint(A, B)       ->  rectint(A, B)

    Parameters
    ----------
    A, B : array_like
        Position vectors ``[x, y, width, height]`` (one rectangle each), or matrices
        whose rows are position vectors (n-by-4 and m-by-4). double, single, integer
        classes or logical (integer and logical data are read as double).

    Returns
    -------
    numpy.ndarray or numpy float
        The n-by-m matrix whose ``(i, j)`` element is the area of intersection of
        rectangle ``i`` of A with rectangle ``j`` of B (the reference page's
        definition); a scalar when A and B are 1-D position vectors (a 1-by-1 matrix
        when either is given as a 1-by-4 matrix). Rectangles that only touch, or that
        are apart, intersect in 0. single when either input is single, else double.

    Raises
    ------
    ValueError
        ``"rectint: A must be a position vector [x y width height] or a matrix with 4
        columns, ..."`` (compat's own wording: MATLAB fails on the indexing instead).

    Notes
    -----
    Per pair, the overlap along x is ``min(xA + wA, xB + wB) - max(xA, xB)`` clipped
    at 0, likewise along y, and the area their product; a negative width or height
    therefore gives 0. The naive ``shapely`` box intersection normalises negative
    sizes instead, and a per-pair loop over ``numpy`` scalars is O(nm) Python calls.
    GNU Octave 7.3's rectint computes the same products (it also takes 2N-column
    boxes in N dimensions, which MATLAB's page does not describe: compat refuses
    them). NaN coordinates give NaN (not a documented behaviour). Source: MathWorks'
    rectint reference page (facts only).

    Examples
    --------
    >>> from compat import matlab
    >>> float(matlab.rectint([0, 0, 2, 2], [1, 1, 2, 2]))
    1.0
    >>> matlab.rectint([[0, 0, 1, 1], [0.5, 0.5, 1, 1], [-1, -1, 2, 2]], [1, 1, 2, 2])
    array([[0.  ],
           [0.25],
           [0.  ]])
    """
    a, one_a = _rectangles(A, "A")
    b, one_b = _rectangles(B, "B")
    single = a.dtype == np.float32 or b.dtype == np.float32
    dtype = np.float32 if single else np.float64
    area = core.rectangle_intersections(a.astype(dtype, copy=False),
                                        b.astype(dtype, copy=False))
    return area[0, 0] if one_a and one_b else area
