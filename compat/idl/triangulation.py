"""IDL's gridding of scattered planar data: ``TRIANGULATE`` (Delaunay triangulation),
``TRIGRID`` (linear interpolation on the triangles onto a regular grid) and ``GRIDDATA``
(its Inverse Distance, Nearest Neighbor and Linear methods), over
:mod:`compat._core.triangulation`.

IDL's ``Triangles`` array, dimensioned ``(3, Ntriangles)``, is a numpy ``(ntri, 3)``
array (readsav layout): row ``i`` holds the three vertex indices of triangle ``i``.
TRIGRID's ``NX`` by ``NY`` grid is a numpy ``(ny, nx)`` array: ``result[j, i]`` is the
value at ``(xgrid[i], ygrid[j])``.

Not supported (refused with a message): spherical triangulation and gridding
(``SPHERE=``, ``FVALUE=``, ``/DEGREES``), TRIGRID's ``/QUINTIC`` interpolation and
``EXTRAPOLATE=`` (Akima's quintic method of TOMS 526 and its gradient estimates are not
ported yet).
"""

from __future__ import annotations

import numpy as np

from compat._core import triangulation as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["triangulate", "trigrid", "griddata"]

#: scan entries (compat.scan.pitfalls): the keywords these routines refuse
__legacy_pitfalls__ = {
    "idl.trigrid": [{
        "id": "idl.trigrid.not_supported",
        "when": {"keywords_any": ["quintic", "extrapolate", "sphere", "degrees"]},
        "message": "{detail}: TRIGRID's smooth quintic interpolation, EXTRAPOLATE= and "
                   "spherical gridding are not ported (idl.trigrid raises ValueError)",
        "compat": "only TRIGRID's linear interpolation inside the triangles is available; "
                  "scipy.interpolate.CloughTocher2DInterpolator is smooth but does not "
                  "give IDL's values"}],
    "idl.triangulate": [{
        "id": "idl.triangulate.not_supported",
        "when": {"keywords_any": ["sphere", "fvalue", "degrees"]},
        "message": "{detail}: spherical triangulation (SPHERE=, FVALUE=) is not ported "
                   "(idl.triangulate raises ValueError)",
        "compat": "only planar triangulation is available"}],
    "idl.griddata": [{
        "id": "idl.griddata.not_supported",
        "when": {"keywords_any": ["kriging", "natural_neighbor", "min_curvature",
                                  "shepards", "polynomial_regression", "quintic",
                                  "radial_basis_function", "sphere", "degrees",
                                  "anisotropy", "empty_sectors", "max_per_sector",
                                  "min_points", "search_ellipse", "sectors",
                                  "fault_polygons", "fault_xy", "function_type",
                                  "variogram", "neighborhood"]},
        "message": "{detail}: only GRIDDATA's InverseDistance (without search rules), "
                   "NearestNeighbor and Linear methods on the plane are ported "
                   "(idl.griddata raises ValueError for the others)",
        "compat": "use METHOD='InverseDistance', 'NearestNeighbor' or 'Linear' without "
                  "search rules, or TRIGRID"}],
}

_UNSUPPORTED = ("is not supported by compat (IDL's {what}); only planar {kind} is "
                "implemented")


def _unsupported(keyword, what, kind):
    return CompatValueError(f"{keyword} " + _UNSUPPORTED.format(what=what, kind=kind))


def _coordinates(value, name):
    a = idl_array(value, name, complex_ok=False, scalar_ok=False)
    if a.ndim == 0:
        raise CompatValueError(f"Expression must be an array in this context: {name}.")
    a = a.reshape(-1)
    if a.dtype.kind == "f" and not np.isfinite(a).all():
        raise CompatValueError(f"{name} must be finite (NaN or Infinity among the "
                               f"coordinates)")
    return a


class TriangulateResult(Result):
    """TRIANGULATE's output argument ``Triangles``, optional ``B`` and output keywords."""

    triangles: np.ndarray
    b: np.ndarray
    connectivity: np.ndarray
    repeats: np.ndarray


@idl_routine("TRIANGULATE", output_arguments=("triangles", "b"))
def triangulate(x, y, *, triangles=True, b=False, connectivity=False, repeats=False,
                tolerance=None, sphere=None, degrees=False, fvalue=None):
    """The Delaunay triangulation of scattered points, as IDL's ``TRIANGULATE``.

    IDL call forms::

        TRIANGULATE, X, Y, Tr                 ->  tr = idl.triangulate(x, y)
        TRIANGULATE, X, Y, Tr, B, CONNECTIVITY=c, REPEATS=r
            ->  tr, b, c, r = idl.triangulate(x, y, b=True, connectivity=True,
                                              repeats=True)

    Parameters
    ----------
    x, y : array_like
        The points' coordinates (same number of elements, any real IDL type; computed
        in double precision).
    triangles, b : bool
        The output arguments: ``Triangles`` (always) and the boundary ``B``.
    connectivity, repeats : bool
        CONNECTIVITY= and REPEATS=: return IDL's adjacency list and the repeated points.
    tolerance : float, optional
        TOLERANCE=: points closer than this in both coordinates are one point (default
        0: equal points only). ``TOLERANCE=0``, as legacy code often passes, is accepted.
    sphere, degrees, fvalue
        SPHERE=, /DEGREES, FVALUE=: spherical triangulation, not supported (a
        ``ValueError`` says so).

    Returns
    -------
    numpy.ndarray or TriangulateResult
        Without ``b``/``connectivity``/``repeats``: the LONG (int32) triangles, numpy
        ``(ntri, 3)``. Otherwise ``TriangulateResult`` with the requested fields:
        ``triangles``; ``b``, the LONG indices of the convex hull's vertices
        counter-clockwise (IDL's documented order); ``connectivity``, the LONG adjacency
        list: ``c[i]:c[i+1]`` are node ``i``'s entries in ``c`` (a boundary node lists
        itself first), neighbours counter-clockwise; ``repeats``, LONG numpy ``(n, 2)``
        pairs ``(i, j)`` of equal points, ``j`` dropped from the triangulation (IDL's
        ``(2, n)`` array), or ``[-1, -1]`` when there are none.

    Raises
    ------
    ValueError
        ``"TRIANGULATE: Not enough valid and unique points specified."``,
        ``"TRIANGULATE: Points are co-linear, no solution."`` (the wording of GDL's
        TRIPACK-era triangulation; IDL's own text unpublished), ``"TRIANGULATE: X & Y
        arrays must have same number of points."`` (GDL 1.0.1's), non-finite
        coordinates (compat's own), and the unsupported spherical keywords.

    Notes
    -----
    A Delaunay triangulation (Qhull through ``scipy.spatial.Delaunay``) of the distinct
    points. Unlike ``scipy.spatial.Delaunay(points).simplices`` the triangles are
    counter-clockwise, in a reproducible order and indexed into the caller's points
    with duplicates removed (scipy keeps repeated points out of ``simplices`` silently).
    IDL's page fixes the content but not the order of the triangles, where a triangle's
    listing starts, where B starts or where an interior node's neighbour ring starts;
    compat's choices are in :mod:`compat._core.triangulation` (each triangle from its
    smallest index, triangles sorted; B and interior rings from their smallest index).
    With four or more points on a common circle the Delaunay triangulation is not
    unique (a regular grid's squares): compat's diagonals are Qhull's and IDL's may be
    the others; TRIGRID's linear surface then differs inside those squares. A repeated
    point is represented by its smallest index, and its CONNECTIVITY entry is that
    point's list (as GDL 1.0.1 does).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> x = np.array([0, 1, 0, 1, 0.5], np.float32)
    >>> y = np.array([0, 0, 1, 1, 0.3], np.float32)
    >>> idl.triangulate(x, y)
    array([[0, 1, 4],
           [0, 4, 2],
           [1, 3, 4],
           [2, 4, 3]], dtype=int32)
    >>> r = idl.triangulate(x, y, b=True, connectivity=True)
    >>> r.b
    array([0, 1, 3, 2], dtype=int32)
    >>> c = r.connectivity
    >>> c[c[4]:c[5]]                                 # neighbours of the centre point
    array([0, 1, 3, 2], dtype=int32)
    """
    if sphere is not None or fvalue is not None or degrees:
        raise _unsupported("SPHERE=/FVALUE=/DEGREES",
                           "spherical triangulation, Renka's STRIPACK", "triangulation")
    xv = _coordinates(x, "X")
    yv = _coordinates(y, "Y")
    if xv.size != yv.size:
        raise CompatValueError("X & Y arrays must have same number of points.")
    tol = 0.0
    if tolerance is not None:
        tol = float(idl_array(tolerance, "TOLERANCE", complex_ok=False, scalar=True))
        if not np.isfinite(tol) or tol < 0:
            raise CompatValueError("TOLERANCE must be a finite value >= 0")
    try:
        result = core.delaunay(xv.astype(np.float64), yv.astype(np.float64),
                               tolerance=tol)
    except core.TooFewPointsError:
        raise CompatValueError("Not enough valid and unique points specified.") from None
    except core.CollinearError:
        raise CompatValueError("Points are co-linear, no solution.") from None
    long = np.int32
    values = dict(triangles=result.triangles.astype(long), b=result.boundary.astype(long),
                  connectivity=result.connectivity.astype(long),
                  repeats=result.repeats.astype(long))
    wanted = dict(triangles=True, b=b, connectivity=connectivity, repeats=repeats)
    if not (b or connectivity or repeats):
        return values["triangles"]
    return TriangulateResult(**{k: v for k, v in values.items() if wanted[k]})


class TrigridResult(Result):
    """TRIGRID's result and its XGRID=/YGRID= output keywords."""

    result: np.ndarray
    xgrid: np.ndarray
    ygrid: np.ndarray


def _vector_of(value, name, count):
    a = idl_array(value, name, complex_ok=False)
    a = a.reshape(-1)
    if a.size != count:
        raise CompatValueError(f"Array must have {count} elements: {name}.")
    a = a.astype(np.float64)
    if not np.isfinite(a).all():
        raise CompatValueError(f"{name} must be finite")
    return a


def _count(value, name):
    if value is None:
        return None
    n = int(idl_array(value, name, complex_ok=False, scalar=True))
    if n == 0:              # IDL: NX=0 is the keyword not set
        return None
    if n < 1:
        raise CompatValueError("Array dimensions must be greater than 0.")
    return n


@idl_routine("TRIGRID")
def trigrid(x, y=None, z=None, triangles=None, gs=None, limits=None, *, nx=None, ny=None,
            missing=None, max_value=None, min_value=None, input=None, xout=None,
            yout=None, xgrid=False, ygrid=False, quintic=False, extrapolate=None,
            sphere=None, degrees=False):
    """Linear interpolation of scattered data onto a regular grid through its Delaunay
    triangles, as IDL's ``TRIGRID``.

    IDL call forms::

        R = TRIGRID(X, Y, Z, Tr)                 ->  idl.trigrid(x, y, z, tr)
        R = TRIGRID(X, Y, Z, Tr, GS, Limits, MISSING=m, XGRID=xg, YGRID=yg)
            ->  r, xg, yg = idl.trigrid(x, y, z, tr, gs, limits, missing=m,
                                        xgrid=True, ygrid=True)
        R = TRIGRID(X, Y, Z, Tr, NX=12, NY=24)   ->  idl.trigrid(x, y, z, tr, nx=12, ny=24)
        R = TRIGRID(X, Y, Z, Tr, XOUT=xo, YOUT=yo)
        R = TRIGRID(X, Y, Z, Tr, INPUT=R0)       ->  idl.trigrid(..., input=r0)

    Parameters
    ----------
    x, y, z : array_like
        The data points and their values (same number of elements); ``z`` may be
        complex (real and imaginary parts interpolated separately).
    triangles : array_like
        TRIANGULATE's triangles (numpy ``(ntri, 3)``; any shape of ``3 * ntri``
        indices is read as IDL reads its ``(3, ntri)`` array).
    gs : array_like, optional
        ``[xs, ys]``: the grid spacing; then ``ceil(range / xs) + 1`` points per axis
        (the grid reaches or passes the upper limit). Default: 51 points per axis, the
        range divided into 50 intervals.
    limits : array_like, optional
        ``[x0, y0, x1, y1]``: the gridded range (default: the data's extent). Only with
        ``gs``, as in IDL's positional form.
    nx, ny : int, optional
        NX=, NY=: the number of grid points along that axis, spanning the data's
        extent on it (GS and Limits then do not apply to that axis; GDL 1.0.1's rule,
        IDL's page only says GS may then change).
    missing : scalar, optional
        MISSING=: the value of grid points outside the triangles (default 0).
    max_value, min_value : scalar, optional
        MAX_VALUE=, MIN_VALUE=: interpolated values above/below are not stored (the
        point keeps MISSING, or INPUT's value).
    input : array_like, optional
        INPUT=: a ``(ny, nx)`` array whose values the grid starts from (points outside
        the triangles keep them). IDL overwrites its INPUT variable; here the result is
        a new array (``r = idl.trigrid(..., input=r)``) and the caller's array is never
        written.
    xout, yout : array_like, optional
        XOUT=, YOUT=: the grid's x and y coordinates (both; GS, Limits, NX, NY ignored).
    xgrid, ygrid : bool
        XGRID=, YGRID=: also return the grid's DOUBLE x and y coordinates.
    quintic, extrapolate, sphere, degrees
        /QUINTIC, EXTRAPOLATE=, SPHERE=, /DEGREES: not supported (``ValueError``).

    Returns
    -------
    numpy.ndarray or TrigridResult
        The ``(ny, nx)`` grid: FLOAT, DOUBLE when X, Y or Z is DOUBLE, COMPLEX or
        DCOMPLEX for complex Z (GDL 1.0.1's rule; the values are computed in double
        precision as IDL's page states). With ``xgrid``/``ygrid``: ``TrigridResult``.

    Raises
    ------
    ValueError
        ``"TRIGRID: X, Y, or Z array dimensions are incompatible."``, ``"TRIGRID:
        Array of triangles incorrectly dimensioned."``, ``"TRIGRID: Array must have 2
        elements: GS."`` / ``4 elements: Limits.``, ``"TRIGRID: Array dimensions must
        be greater than 0."`` (GDL 1.0.1's texts); compat's own for an out-of-range
        triangle index, a non-positive spacing, an INPUT of another shape, XOUT without
        YOUT, and the unsupported keywords.

    Notes
    -----
    The plane through each triangle evaluated in barycentric form, in double precision,
    triangle after triangle (see :mod:`compat._core.triangulation`). A grid point on an
    edge shared by two triangles takes the later triangle's value; the two agree up to
    rounding. Unlike ``scipy.interpolate.griddata(method='linear')`` (which computes its
    own triangulation and gives NaN outside), the triangles are the caller's, the grid
    follows IDL's GS/Limits/NX/NY rules and outside points take MISSING. An axis given
    NX or NY spans the data's extent even when Limits are given, as GDL 1.0.1 does
    (deliberately, in its source); IDL's reference page says only that with NX/NY set
    "either or both of the values" of GS may change, which does not settle it.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> x = np.array([0, 1, 0, 1, 0.5], np.float32)
    >>> y = np.array([0, 0, 1, 1, 0.3], np.float32)
    >>> z = x + 2 * y                                # a plane: reproduced exactly
    >>> tr = idl.triangulate(x, y)
    >>> idl.trigrid(x, y, z, tr, [0.5, 0.5], [-0.5, -0.5, 1.5, 1.5], missing=-7)
    array([[-7. , -7. , -7. , -7. , -7. ],
           [-7. ,  0. ,  0.5,  1. , -7. ],
           [-7. ,  1. ,  1.5,  2. , -7. ],
           [-7. ,  2. ,  2.5,  3. , -7. ],
           [-7. , -7. , -7. , -7. , -7. ]], dtype=float32)
    >>> r = idl.trigrid(x, y, z, tr, nx=3, ny=2, xgrid=True, ygrid=True)
    >>> r.result
    array([[0. , 0.5, 1. ],
           [2. , 2.5, 3. ]], dtype=float32)
    >>> r.xgrid, r.ygrid
    (array([0. , 0.5, 1. ]), array([0., 1.]))
    """
    if sphere is not None or degrees:
        raise _unsupported("SPHERE=/DEGREES", "spherical gridding, Renka's SSRFPACK",
                           "gridding")
    if quintic:
        raise _unsupported("QUINTIC", "smooth quintic interpolation, Akima's TOMS 526",
                           "linear interpolation")
    if extrapolate is not None:
        raise _unsupported("EXTRAPOLATE", "extrapolation with Akima's estimated "
                           "gradients", "linear interpolation inside the triangles")
    if y is None or z is None or triangles is None:
        raise CompatValueError("Incorrect number of arguments.")
    xv = _coordinates(x, "X")
    yv = _coordinates(y, "Y")
    za = idl_array(z, "Z", scalar_ok=False)
    zv = za.reshape(-1)
    if not (xv.size == yv.size == zv.size):
        raise CompatValueError("X, Y, or Z array dimensions are incompatible.")
    if xv.size < 3:
        raise CompatValueError("X, Y and Z need at least 3 points (compat's message)")
    tri = idl_array(triangles, "Triangles", complex_ok=False, scalar_ok=False)
    if tri.size % 3 != 0:
        raise CompatValueError("Array of triangles incorrectly dimensioned.")
    if tri.dtype.kind == "f" and not np.isfinite(tri).all():
        raise CompatValueError("Triangles must be finite indices")
    tri = tri.reshape(-1, 3).astype(np.int64)
    if tri.size and (tri.min() < 0 or tri.max() >= xv.size):
        raise CompatValueError(f"Triangles index out of range: the points are 0 to "
                               f"{xv.size - 1}")
    # result type: GDL 1.0.1's rule (DOUBLE when any of X, Y, Z is)
    double = any(a.dtype in (np.float64, np.complex128) for a in (xv, yv, zv))
    is_complex = zv.dtype.kind == "c"
    out_type = np.dtype((np.complex128 if double else np.complex64) if is_complex
                        else (np.float64 if double else np.float32))
    xd = xv.astype(np.float64)
    yd = yv.astype(np.float64)
    zd = zv.astype(np.complex128 if is_complex else np.float64)

    if (xout is None) != (yout is None):
        raise CompatValueError("XOUT and YOUT must be given together")
    if xout is not None:
        xs = _coordinates(xout, "XOUT").astype(np.float64)
        ys = _coordinates(yout, "YOUT").astype(np.float64)
    else:
        nxv, nyv = _count(nx, "NX"), _count(ny, "NY")
        spacing = None
        if gs is not None:
            spacing = _vector_of(gs, "GS", 2)
        if limits is not None:
            if gs is None:
                raise CompatValueError("Limits needs GS before it (IDL's positional "
                                       "form TRIGRID(X, Y, Z, Tr, GS, Limits))")
            lim = _vector_of(limits, "Limits", 4)
        axes = []
        for count, k, data in ((nxv, 0, xd), (nyv, 1, yd)):
            if limits is not None and count is None:
                lo, extent = lim[k], lim[k + 2] - lim[k]
            else:           # the data's extent (also with Limits when NX/NY is set)
                lo = data.min()
                extent = data.max() - lo
            step = None
            if count is None:
                if spacing is None:
                    count = 51
                else:
                    step = spacing[k]
                    if not step > 0:
                        raise CompatValueError("GS must be positive grid spacings")
                    if extent < 0:
                        raise CompatValueError("Limits must have x1 >= x0 and y1 >= y0 "
                                               "with GS")
            axes.append(core.grid_axis(lo, extent, count, step))
        xs, ys = axes

    shape = (ys.size, xs.size)
    work_type = np.complex128 if is_complex else np.float64
    if input is not None:
        init = idl_array(input, "INPUT")
        if init.shape != shape:
            raise CompatValueError(f"INPUT must be an array of the grid's dimensions "
                                   f"({xs.size} x {ys.size} in IDL, numpy shape "
                                   f"{shape}), got numpy shape {init.shape}")
        out = init.astype(work_type)          # a copy: the caller's array is kept
    else:
        fill = 0
        if missing is not None:
            fill = idl_array(missing, "MISSING", scalar=True)[()]
            if not is_complex:
                fill = np.real(fill)
        out = np.full(shape, fill, dtype=work_type)

    def bound(value, name):
        if value is None:
            return None
        v = idl_array(value, name, scalar=True)[()]
        return complex(v) if is_complex else float(np.real(v))

    core.linear_grid(xd, yd, zd, tri, xs, ys, out, min_value=bound(min_value, "MIN_VALUE"),
                     max_value=bound(max_value, "MAX_VALUE"))
    result = out.astype(out_type)
    if not (xgrid or ygrid):
        return result
    values = dict(result=result, xgrid=xs.copy(), ygrid=ys.copy())
    wanted = dict(result=True, xgrid=xgrid, ygrid=ygrid)
    return TrigridResult(**{k: v for k, v in values.items() if wanted[k]})


_GRIDDATA_METHODS = {"inversedistance": "idw", "linear": "linear",
                     "nearestneighbor": "nearest"}
_GRIDDATA_OTHER = ("kriging", "naturalneighbor", "minimumcurvature", "modifiedshepards",
                   "polynomialregression", "quintic", "radialbasisfunction")


def _pair(value, name, cast):
    a = idl_array(value, name, complex_ok=False).reshape(-1).astype(np.float64)
    if a.size not in (1, 2) or not np.isfinite(a).all():
        raise CompatValueError(f"{name} must be a finite scalar or 2-element array")
    return (cast(a[0]), cast(a[-1]))


@idl_routine("GRIDDATA")
def griddata(x, y=None, f=None, *, method=None, inverse_distance=False, linear=False,
             nearest_neighbor=False, triangles=None, dimension=None, start=None,
             delta=None, grid=False, xout=None, yout=None, missing=None, power=None,
             smoothing=None, kriging=False, natural_neighbor=False, min_curvature=False,
             shepards=False, polynomial_regression=False, quintic=False,
             radial_basis_function=False, sphere=False, degrees=False, anisotropy=None,
             empty_sectors=None, max_per_sector=None, min_points=None,
             search_ellipse=None, sectors=None, fault_polygons=None, fault_xy=None,
             function_type=None, variogram=None, neighborhood=None):
    """Scattered planar data interpolated to a grid or to points, as IDL's ``GRIDDATA``
    with its Inverse Distance (default), Nearest Neighbor and Linear methods.

    IDL call forms::

        R = GRIDDATA(X, Y, F)                      ->  idl.griddata(x, y, f)
        R = GRIDDATA(X, Y, F, DIMENSION=[n, n])    ->  idl.griddata(x, y, f, dimension=[n, n])
        R = GRIDDATA(X, Y, F, START=0, DELTA=0.02, DIMENSION=51, POWER=3, SMOOTHING=0.05)
        R = GRIDDATA(X, Y, F, METHOD='Linear', TRIANGLES=tr, MISSING=m)
        R = GRIDDATA(X, Y, F, /NEAREST_NEIGHBOR, TRIANGLES=tr, /GRID, XOUT=xo, YOUT=yo)
        R = GRIDDATA(X, Y, F, XOUT=xo, YOUT=yo)    ->  values at the points (xo[i], yo[i])
        R = GRIDDATA(XY, F)                        ->  idl.griddata(xy, f), XY numpy (n, 2)

    Parameters
    ----------
    x, y, f : array_like
        The data points and values (the smallest of their element counts is used, as
        IDL does); complex values contribute their real part (IDL's page). With two
        arguments, ``x`` is IDL's interleaved 2-by-n array (numpy ``(n, 2)``) and the
        second argument is F.
    method : str, optional
        METHOD=: ``'InverseDistance'`` (default), ``'NearestNeighbor'``, ``'Linear'``
        (case-insensitive); also /INVERSE_DISTANCE, /NEAREST_NEIGHBOR, /LINEAR.
    triangles : array_like, optional
        TRIANGLES=: TRIANGULATE's triangles, required by Linear and NearestNeighbor.
    dimension, start, delta : scalar or 2-element, optional
        DIMENSION= (default 25 each), START= (default ``[min(x), min(y)]``) and DELTA=
        (default, or an element 0: ``(max(x) - START[0]) / (DIMENSION[0] - 1)``, and
        likewise in y -- the page's rules).
    grid : bool
        /GRID: XOUT and YOUT are the grid's x and y coordinates. Without it, XOUT and
        YOUT are the points themselves (same number of elements; the result has
        XOUT's shape).
    xout, yout : array_like, optional
        XOUT=, YOUT= (DIMENSION, START, DELTA then ignored).
    missing : scalar, optional
        MISSING=: the value where no value is computed (Linear outside the triangles;
        default 0).
    power, smoothing : float, optional
        POWER= (default 2) and SMOOTHING= (default 0): the Inverse Distance weights
        ``1 / (d^2 + SMOOTHING^2)^(POWER/2)``.
    kriging, natural_neighbor, ..., neighborhood
        The other methods, the search rules, faults and spherical gridding: not
        supported (``ValueError``).

    Returns
    -------
    numpy.ndarray
        FLOAT, DOUBLE when X, Y or F is DOUBLE (the page's rule; computed in double
        precision): numpy ``(ny, nx)`` for a grid (IDL's nx-by-ny), XOUT's shape for
        points.

    Raises
    ------
    ValueError
        compat's own messages (IDL's error texts for GRIDDATA are not published): an
        unknown or unsupported method or keyword, TRIANGLES missing for Linear or
        NearestNeighbor, XOUT without YOUT, points of unequal counts without /GRID,
        fewer than 3 points (Linear) or no point.

    Notes
    -----
    From IDL's GRIDDATA reference page: Inverse Distance is global (every data point
    weighs on every output point: "data points closer to the grid points have more
    effect"); Nearest Neighbor gives the value of the nearest data point (the first on a
    tie); Linear interpolates on the triangles as TRIGRID does (the same arithmetic,
    :mod:`compat._core.triangulation`). The page states neither where SMOOTHING enters
    the weights nor the value at a data point; compat adds the smoothing radius to the
    distance in quadrature and returns a data point's own value there (the limit of the
    weights). ``scipy.interpolate.griddata`` has no inverse-distance method, computes
    its own triangulation and gives NaN outside.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> x = np.array([0, 1, 0, 1], np.float32)
    >>> y = np.array([0, 0, 1, 1], np.float32)
    >>> f = np.array([0, 1, 2, 3], np.float32)
    >>> idl.griddata(x, y, f, dimension=3)          # inverse distance, power 2
    array([[0.       , 0.8333333, 1.       ],
           [1.1666666, 1.5      , 1.8333334],
           [2.       , 2.1666667, 3.       ]], dtype=float32)
    >>> tr = idl.triangulate(x, y)
    >>> idl.griddata(x, y, f, method='Linear', triangles=tr, xout=[0.5, 2], yout=[0.5, 0])
    array([1.5, 0. ], dtype=float32)
    """
    others = dict(kriging=kriging, natural_neighbor=natural_neighbor,
                  min_curvature=min_curvature, shepards=shepards,
                  polynomial_regression=polynomial_regression, quintic=quintic,
                  radial_basis_function=radial_basis_function, sphere=sphere,
                  degrees=degrees)
    for name, value in others.items():
        if value:
            raise CompatValueError(f"{name.upper()} is not supported by compat: only the "
                                   "InverseDistance, NearestNeighbor and Linear methods "
                                   "on the plane are implemented")
    rules = dict(anisotropy=anisotropy, empty_sectors=empty_sectors,
                 max_per_sector=max_per_sector, min_points=min_points,
                 search_ellipse=search_ellipse, sectors=sectors,
                 fault_polygons=fault_polygons, fault_xy=fault_xy,
                 function_type=function_type, variogram=variogram,
                 neighborhood=neighborhood)
    for name, value in rules.items():
        if value is not None:
            raise CompatValueError(f"{name.upper()} is not supported by compat (search "
                                   "rules, faults and method parameters other than "
                                   "POWER and SMOOTHING are not implemented)")
    chosen = [k for k, v in (("idw", inverse_distance), ("linear", linear),
                             ("nearest", nearest_neighbor)) if v]
    if method is not None:
        if isinstance(method, bytes):
            method = method.decode()
        if not isinstance(method, str):
            raise CompatValueError("METHOD must be a string")
        key = method.strip().lower()
        if key in _GRIDDATA_OTHER:
            raise CompatValueError(f"METHOD='{method}' is not supported by compat: only "
                                   "InverseDistance, NearestNeighbor and Linear")
        if key not in _GRIDDATA_METHODS:
            raise CompatValueError(f"Unknown METHOD '{method}'")
        chosen.append(_GRIDDATA_METHODS[key])
    if len(set(chosen)) > 1:
        raise CompatValueError("Conflicting methods: give one of METHOD=, "
                               "/INVERSE_DISTANCE, /LINEAR, /NEAREST_NEIGHBOR")
    kind = chosen[0] if chosen else "idw"

    if f is None:                               # interleaved GRIDDATA(X, F)
        if y is None:
            raise CompatValueError("Incorrect number of arguments.")
        xy = idl_array(x, "X", complex_ok=False, scalar_ok=False)
        if xy.ndim != 2 or xy.shape[-1] != 2:
            raise CompatValueError("X must be a 2-by-n array (numpy (n, 2)) when "
                                   "GRIDDATA is called with two arguments")
        xa, ya, fa = xy[:, 0], xy[:, 1], idl_array(y, "F", scalar_ok=False)
        args = (xy, fa)
    else:
        xa, ya = idl_array(x, "X", complex_ok=False), idl_array(y, "Y", complex_ok=False)
        fa = idl_array(f, "F", scalar_ok=False)
        args = (xa, ya, fa)
    double = any(a.dtype in (np.float64, np.complex128) for a in args)
    out_type = np.dtype(np.float64 if double else np.float32)
    xv, yv, fv = (a.reshape(-1) for a in (xa, ya, fa))
    n = min(xv.size, yv.size, fv.size)
    if n < 1:
        raise CompatValueError("no data points")
    xd, yd = xv[:n].astype(np.float64), yv[:n].astype(np.float64)
    fd = np.real(fv[:n]).astype(np.float64)
    if not (np.isfinite(xd).all() and np.isfinite(yd).all()):
        raise CompatValueError("X and Y must be finite")

    # where to interpolate
    if (xout is None) != (yout is None):
        raise CompatValueError("XOUT and YOUT must be given together")
    shape = None
    if xout is not None:
        xo = idl_array(xout, "XOUT", complex_ok=False).astype(np.float64)
        yo = idl_array(yout, "YOUT", complex_ok=False).astype(np.float64)
        if grid:
            xs, ys = xo.reshape(-1), yo.reshape(-1)
        else:
            if xo.size != yo.size:
                raise CompatValueError("XOUT and YOUT must have the same number of "
                                       "elements without /GRID")
            px, py, shape = xo.reshape(-1), yo.reshape(-1), xo.shape
    elif grid:
        raise CompatValueError("GRID needs XOUT and YOUT")
    else:
        nx, ny = _pair(25 if dimension is None else dimension, "DIMENSION", int)
        if nx < 1 or ny < 1:
            raise CompatValueError("DIMENSION must be at least 1")
        x0, y0 = ((xd.min(), yd.min()) if start is None
                  else _pair(start, "START", float))
        dx, dy = (0.0, 0.0) if delta is None else _pair(delta, "DELTA", float)
        if dx == 0:
            dx = (xd.max() - x0) / (nx - 1) if nx > 1 else 0.0
        if dy == 0:
            dy = (yd.max() - y0) / (ny - 1) if ny > 1 else 0.0
        xs = np.arange(nx, dtype=np.float64) * dx + x0
        ys = np.arange(ny, dtype=np.float64) * dy + y0
    if shape is None:
        gx, gy = np.meshgrid(xs, ys)
        px, py, shape = gx.reshape(-1), gy.reshape(-1), (ys.size, xs.size)

    if kind in ("linear", "nearest"):
        if triangles is None:
            label = "Linear" if kind == "linear" else "NearestNeighbor"
            raise CompatValueError(f"the {label} method requires the TRIANGLES keyword")
        tri = idl_array(triangles, "TRIANGLES", complex_ok=False, scalar_ok=False)
        if tri.size % 3 != 0:
            raise CompatValueError("TRIANGLES must be a 3-by-nt array")
        tri = tri.reshape(-1, 3).astype(np.int64)
        if tri.size and (tri.min() < 0 or tri.max() >= n):
            raise CompatValueError(f"TRIANGLES index out of range: the points are 0 to "
                                   f"{n - 1}")
    if kind == "idw":
        p = 2.0 if power is None else float(idl_array(power, "POWER", complex_ok=False,
                                                       scalar=True))
        s = 0.0 if smoothing is None else float(idl_array(smoothing, "SMOOTHING",
                                                           complex_ok=False, scalar=True))
        values = core.inverse_distance(xd, yd, fd, px, py, power=p, smoothing=s)
    elif kind == "nearest":
        used = np.unique(tri)          # a repeated point left out of TRIANGLES is unused
        values = core.nearest_neighbour(xd[used], yd[used], fd[used], px, py)
    else:
        fill = 0.0 if missing is None else float(np.real(idl_array(missing, "MISSING",
                                                                   scalar=True)))
        values = core.linear_points(xd, yd, fd, tri, px, py,
                                    np.full(px.size, fill, dtype=np.float64))
    return values.reshape(shape).astype(out_type)
