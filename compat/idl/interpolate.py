"""IDL ``INTERPOLATE``: linear, bilinear, trilinear or cubic-convolution interpolates of an
array at fractional subscripts."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_interpolation import check_numeric, interpolate_core, to_type
from compat._core.legacy import idl_routine

__all__ = ["interpolate"]

_DOUBLE_COORDS = (np.int32, np.uint32, np.int64, np.uint64, np.complex128)


@idl_routine("INTERPOLATE")
def interpolate(p, x, y=None, z=None, *, cubic=None, grid=False, missing=None,
                double=False):
    """Interpolate ``p`` at fractional (0-based) subscripts, as IDL's ``INTERPOLATE``.

    IDL call forms::

        Result = INTERPOLATE(P, X [, Y [, Z]] [, CUBIC=value{-1 to 0}] [, /DOUBLE]
                             [, /GRID] [, MISSING=value])

    Python::

        compat.idl.interpolate(p, x, y=None, z=None, *, cubic=None, grid=False,
                               missing=None, double=False)

    Parameters
    ----------
    p : array_like
        Data in ``scipy.io.readsav`` layout. With M location arguments the interpolation
        runs over p's M *rightmost IDL* dimensions, i.e. numpy's first M axes: X indexes
        numpy axis M-1 (IDL's column subscript for a 2-D array), Y axis M-2, Z axis M-3.
        Further numpy axes (IDL's leading dimensions) are carried along ("P can be an
        array of any dimension"). Any numeric type; strings are rejected.
    x, y, z : array_like
        Fractional subscripts. Without ``grid`` they must have the same number of
        elements and the result takes X's shape; with ``grid`` they are flattened and
        the result has numpy shape ``(len(z), len(y), len(x))`` (IDL ``[nx, ny, nz]``).
    cubic : float or bool, optional
        Cubic convolution (1-D and 2-D only) with parameter ``a`` = ``cubic`` when it is
        in [-1, 0); ``True`` or a positive value gives IDL's default a = -1. IDL
        recommends -0.5. Neighbours beyond an edge take the edge value.
    grid : bool
        IDL's ``/GRID``: interpolate on the grid X x Y (x Z).
    missing : scalar, optional
        Value for locations outside the array. Without it locations are clamped to the
        nearest edge ("set from the value of the last column", IDL reference). For 1-D
        arrays IDL counts 0 <= x < n as inside (locations in [n-1, n) return the last
        element); for 2-D and 3-D arrays the inside is 0 <= x <= n-1 (the IDL
        reference example prints -1 for x = 3.1 on a 4x4 array).
    double : bool
        IDL's ``/DOUBLE``: use the locations in double precision. Otherwise they are
        converted to single precision first (as GDL does for BYTE, INT, UINT, FLOAT and
        DOUBLE data; LONG, ULONG, LONG64, ULONG64 and DCOMPLEX data keep double
        locations). The interpolation itself is always done in double precision (IDL
        reference, DOUBLE keyword).

    Returns
    -------
    ndarray (or a numpy scalar for a scalar X)
        The same type as ``p`` (IDL reference: "The returned array has the same type as
        P"); integer results are truncated toward zero, as IDL converts floats to
        integers.

    Raises
    ------
    ValueError
        ``"INTERPOLATE: ..."`` if p has fewer dimensions than location arguments, the
        locations differ in length without ``grid``, ``cubic`` is below -1, cubic is
        asked for 3-D interpolation, or Y is skipped while Z is given.
    TypeError
        ``"INTERPOLATE: ..."`` for strings, booleans and non-numeric input.

    Notes
    -----
    The naive ``scipy.ndimage.map_coordinates(p, [y, x], order=1)`` takes the
    coordinates in numpy order, returns float for integer data, and by default pads
    with 0 (``mode='constant'``) where IDL clamps to the edge; its ``order=3`` is a
    B-spline, not IDL's cubic convolution; and it has no notion of IDL's half-open
    valid range for 1-D MISSING. Sources: IDL Reference Guide, INTERPOLATE (examples
    with printed output are in tests/test_idl_interp.py and the golden suite); cubic
    kernel: S. K. Park and R. A. Schowengerdt, "Image reconstruction by parametric cubic
    convolution", CVGIP 23 (1983). GDL 1.0.1 agrees on every case tested.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import interpolate, findgen
    >>> p = findgen(4, 4)
    >>> interpolate(p, [.5, 1.5, 2.5], [.5, 1.5, 2.5], grid=True)
    array([[ 2.5,  3.5,  4.5],
           [ 6.5,  7.5,  8.5],
           [10.5, 11.5, 12.5]], dtype=float32)
    >>> interpolate(p, [.5, 1.5, 2.5, 3.1], [.5, 1.5, 2.5, 2])
    array([ 2.5,  7.5, 12.5, 11. ], dtype=float32)
    >>> interpolate(p, [.5, 1.5, 2.5, 3.1], [.5, 1.5, 2.5, 2], missing=-1)
    array([ 2.5,  7.5, 12.5, -1. ], dtype=float32)
    """
    name = "interpolate"
    a = check_numeric(name, p, "P")
    if y is None and z is not None:
        raise CompatValueError("Z given without Y: give X, Y and Z")
    locs = [v for v in (x, y, z) if v is not None]
    m = len(locs)
    if a.ndim < m:
        raise CompatValueError("Number of parameters must agree with dimensions of "
                        f"argument (P has {a.ndim} dimension{'s' if a.ndim != 1 else ''}, "
                        f"{m} location arguments)")
    if a.size == 0:
        raise CompatValueError("P is empty")
    coord_type = np.float64 if (double or a.dtype.type in _DOUBLE_COORDS) else np.float32
    coords = []
    for label, v in zip("XYZ", locs):
        c = check_numeric(name, v, label, allow_complex=False)
        coords.append(c.astype(coord_type).astype(np.float64))
    if not grid and m > 1:
        sizes = {c.size for c in coords}
        if len(sizes) != 1:
            raise CompatValueError("Coordinate arrays must have same length if Grid not set")
        coords = [c.reshape(coords[0].shape) for c in coords]
    if grid and m > 1:
        coords = [c.reshape(-1) for c in coords]
    gamma = None
    if cubic is not None and cubic is not False:
        if isinstance(cubic, (str, bytes)):
            raise CompatTypeError("CUBIC must be a number from -1 to 0")
        g = float(np.real(cubic))
        if g != 0:
            if m == 3:
                raise CompatValueError("CUBIC interpolation is available for 1-D and 2-D "
                                "arrays only")
            if g > 0:
                g = -1.0  # /CUBIC: IDL's default parameter
            if g < -1:
                raise CompatValueError(f"CUBIC must be in the range -1 to 0, got {g}")
            gamma = g
    if missing is not None:
        mv = np.asarray(missing)
        if mv.ndim != 0 or mv.dtype.kind not in "biufc":
            raise CompatTypeError("MISSING must be a numeric scalar")
        missing = complex(mv) if a.dtype.kind == "c" else float(np.real(mv))
    values = interpolate_core(a, coords, grid=grid and m > 1, cubic=gamma,
                              missing=missing)
    out = to_type(values, a.dtype)
    return out[()] if out.ndim == 0 else out
