"""IDL's plane-geometry library routines ``POLY_AREA``, ``CIR_3PNT`` and ``POLYFILLV``,
over :mod:`compat._core.plane_geometry`.

Coordinates are vectors of any IDL numeric type; Python floats are IDL DOUBLE (pass
``np.float32`` values for FLOAT). POLYFILLV's subscripts index an ``Sx`` by ``Sy`` IDL
array, i.e. the flattened numpy array of shape ``(Sy, Sx)`` (readsav layout): subscript
``s`` is row ``s // Sx``, column ``s % Sx``.
"""

from __future__ import annotations

import numpy as np

from compat._core import plane_geometry as core
from compat._core.errors import CompatValueError, legacy_warn
from compat._core.idl_types import idl_array, index_type
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["poly_area", "cir_3pnt", "polyfillv"]


def _vector(value, name):
    a = idl_array(value, name, complex_ok=False)
    return a.reshape(-1)


@idl_routine("POLY_AREA")
def poly_area(x, y, *, double=None, signed=False):
    """The area of a polygon from its vertices, as IDL's ``POLY_AREA``.

    IDL call form: ``Result = POLY_AREA(X, Y [, /DOUBLE] [, /SIGNED])``.

    The polygon joins ``(x[0], y[0])``, ``(x[1], y[1])``, ... and the last vertex back to
    the first. The shoelace formula, after shifting the coordinates by the first vertex
    (which leaves the area unchanged and loses fewer digits far from the origin).

    Parameters
    ----------
    x, y : array_like
        The n >= 3 vertex coordinates (same number of elements).
    double : bool, optional
        /DOUBLE: compute in and return DOUBLE. Not given: DOUBLE when ``x`` or ``y`` is
        DOUBLE, else FLOAT; ``double=False`` (IDL's explicit ``DOUBLE=0``) forces FLOAT.
    signed : bool
        /SIGNED: counter-clockwise polygons positive, clockwise negative (else the
        absolute area).

    Returns
    -------
    numpy.float32 or numpy.float64
        Integer coordinates are converted to FLOAT before the products, so they never
        wrap around.

    Raises
    ------
    ValueError
        ``"POLY_AREA: Not enough vertices"`` (fewer than 3), ``"POLY_AREA: X and Y
        arrays must have same size"``.

    Notes
    -----
    GDL 1.0.1's poly_area.pro multiplies integer coordinates in their own type (INT
    wraps at 32767: a 400 x 300 rectangle of INT vertices gives 11072), ignores
    ``DOUBLE=0`` and does not shift by the first vertex; compat follows IDL's reference
    page (https://www.nv5geospatialsoftware.com/docs/poly_area.html).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.poly_area([0, 4, 4, 0], [0, 0, 3, 3])
    np.float32(12.0)
    >>> idl.poly_area([0, 0, 4, 4], [0, 3, 3, 0], signed=True)     # clockwise
    np.float32(-12.0)
    >>> idl.poly_area(np.array([0.0, 2, 0]), [0, 0, 1])              # DOUBLE input
    np.float64(1.0)
    """
    xv = _vector(x, "X")
    yv = _vector(y, "Y")
    if xv.size <= 2:
        raise CompatValueError("Not enough vertices")
    if xv.size != yv.size:
        raise CompatValueError("X and Y arrays must have same size")
    if double is None:
        use_double = np.float64 in (xv.dtype, yv.dtype)
    else:
        use_double = bool(double)
    dtype = np.dtype(np.float64 if use_double else np.float32)
    return core.shoelace_area(xv, yv, dtype, signed=bool(signed))


class Cir3pntResult(Result):
    """CIR_3PNT's output arguments."""

    r: np.float64
    x0: np.float64
    y0: np.float64


@idl_routine("CIR_3PNT", output_arguments=("r", "x0", "y0"))
def cir_3pnt(x, y, *, r=True, x0=True, y0=True):
    """The radius and centre of the circle through three points, as IDL's ``CIR_3PNT``.

    IDL call form::

        CIR_3PNT, X, Y, R, X0, Y0          ->  r, x0, y0 = idl.cir_3pnt(x, y)

    Parameters
    ----------
    x, y : array_like
        The three points' coordinates (3 elements each).
    r, x0, y0 : bool
        Which output arguments to return (all three by default).

    Returns
    -------
    Cir3pntResult(r, x0, y0)
        DOUBLE scalars whatever the input type (IDL computes in double precision); all
        three are 0.0 when the points are collinear.

    Raises
    ------
    ValueError
        ``"CIR_3PNT: X and Y must be 3-element vectors"``.

    Notes
    -----
    The circumcircle of *Graphics Gems* I, p. 22, which IDL's page names as the source;
    "collinear" is ``|c| < 1e-14`` for the formula's ``c = d1 d2 + d2 d3 + d3 d1`` (the
    test of IDL 8's cir_3pnt.pro). GDL 1.0.1's own cir_3pnt.pro uses another formula
    (the same values to rounding) and returns ``R = Infinity``, ``X0 = Y0 = NaN`` for
    collinear points where IDL's page documents 0.0
    (https://www.nv5geospatialsoftware.com/docs/cir_3pnt.html).

    Examples
    --------
    IDL's documentation example:

    >>> from compat import idl
    >>> idl.cir_3pnt([1.0, 2.0, 3.0], [1.0, 2.0, 1.0])
    Cir3pntResult(r=np.float64(1.0), x0=np.float64(2.0), y0=np.float64(1.0))
    >>> idl.cir_3pnt([0, 1, 2], [0, 1, 2]).r                        # collinear
    np.float64(0.0)
    """
    xv = _vector(x, "X")
    yv = _vector(y, "Y")
    if xv.size != 3 or yv.size != 3:
        raise CompatValueError(f"X and Y must be 3-element vectors (got {xv.size} and "
                               f"{yv.size} elements)")
    values = dict(zip(("r", "x0", "y0"), core.circumcircle(xv, yv)))
    wanted = dict(r=r, x0=x0, y0=y0)
    return Cir3pntResult(**{k: v for k, v in values.items() if wanted[k]})


def _size(value, name):
    a = idl_array(value, name, complex_ok=False, scalar=True)
    if a.dtype.kind == "f" and not np.isfinite(a):
        raise CompatValueError(f"{name} must be finite")
    return int(a)


@idl_routine("POLYFILLV")
def polyfillv(x, y, sx, sy, run_length=0):
    """Subscripts of the array elements inside a polygon, as IDL's ``POLYFILLV``.

    IDL call form: ``Result = POLYFILLV(X, Y, Sx, Sy [, Run_Length])``.

    A pixel of row ``k`` (IDL's second subscript) is inside when its centre ``(m + 0.5,
    k + 0.5)`` lies in a span between a pair of the sorted crossings of the scan line
    ``y = k + 0.5`` with the polygon's edges, left end included, right end excluded
    (even-odd rule); an edge is crossed when ``min(y) <= k + 0.5 < max(y)``. So a
    square with corners at subscripts 2 and 4 covers pixels 2:3, as IDL's page shows.

    Parameters
    ----------
    x, y : array_like
        The vertices' subscripts (n >= 3 each, the polygon closed implicitly);
        non-integer values are truncated toward zero, as integer subscripts.
    sx, sy : int
        Columns and rows of the array (IDL ``Sx`` by ``Sy``; numpy shape ``(sy, sx)``).
    run_length : int, optional
        Nonzero: return the runs instead, ``[length0, start0, length1, start1, ...]``.

    Returns
    -------
    numpy.ndarray or numpy.int32
        LONG subscripts into the flattened array, ascending (LONG64 when ``sx * sy``
        needs it); ``np.int32(-1)`` with the informational warning "No points in
        polygon" when no pixel is inside. Spans outside the array are clipped.

    Raises
    ------
    ValueError
        ``"POLYFILLV: Not enough valid and unique points specified."``, ``"POLYFILLV: X
        and Y vectors not same size"``, ``"POLYFILLV: Array dimensions must be greater
        than 0."``, and for non-finite vertices.

    Notes
    -----
    The crossing is evaluated in single precision, ``ceil((x_i - 0.5) + ((k + 0.5 -
    y_i) / (y_j - y_i)) * (x_j - x_i))``, and vertices are truncated to integers, as
    GDL 1.0.1 does; IDL's page states the centre rule but not its rounding. Unlike
    ``skimage.draw.polygon`` (which tests the pixel centres at integer coordinates) and
    ``matplotlib.path.Path.contains_points`` (boundary points undefined), the edges and
    the half-open spans follow IDL's scan-line convention exactly.

    Examples
    --------
    IDL's documentation example (the square from pixels 2 to 4 in a 6 x 6 array):

    >>> import numpy as np
    >>> from compat import idl
    >>> s = idl.polyfillv([2, 4, 4, 2, 2], [4, 4, 2, 2, 4], 6, 6)
    >>> s
    array([14, 15, 20, 21], dtype=int32)
    >>> filled = np.zeros((6, 6), np.uint8)
    >>> filled.flat[s] = 1
    >>> filled[2:4]
    array([[0, 0, 1, 1, 0, 0],
           [0, 0, 1, 1, 0, 0]], dtype=uint8)
    >>> idl.polyfillv([2, 4, 4, 2], [4, 4, 2, 2], 6, 6, 1)         # run lengths
    array([ 2, 14,  2, 20], dtype=int32)
    """
    xv = _vector(x, "X")
    yv = _vector(y, "Y")
    if xv.size < 3:
        raise CompatValueError("Not enough valid and unique points specified.")
    if xv.size != yv.size:
        raise CompatValueError("X and Y vectors not same size")
    nx, ny = _size(sx, "Sx"), _size(sy, "Sy")
    if nx <= 0 or ny <= 0:
        raise CompatValueError("Array dimensions must be greater than 0.")
    vertices = []
    for v, name in ((xv, "X"), (yv, "Y")):
        if v.dtype.kind == "f":
            if not np.isfinite(v).all():
                raise CompatValueError(f"{name} must be finite (vertex subscripts)")
            v = np.trunc(v)
        vertices.append(v.astype(np.int64))
    runs = bool(idl_array(run_length, "Run_Length", scalar=True) != 0)
    starts, lengths = core.polygon_runs(vertices[0], vertices[1], nx, ny)
    out_type = index_type(nx * ny)
    if starts.size == 0:
        legacy_warn("No points in polygon")
        return out_type.type(-1)
    if runs:
        return np.column_stack([lengths, starts]).reshape(-1).astype(out_type)
    return core.expand_runs(starts, lengths).astype(out_type)
