"""IDL's ``CV_COORD``, over :mod:`compat._core.coordinate_conversion`."""

from __future__ import annotations

import numpy as np

from compat._core import coordinate_conversion as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["cv_coord"]


@idl_routine("CV_COORD")
def cv_coord(*, from_rect=None, from_polar=None, from_cylin=None, from_sphere=None,
             to_rect=False, to_polar=False, to_cylin=False, to_sphere=False,
             degrees=False, double=None):
    """Convert coordinates between rectangular, polar, cylindrical and spherical systems,
    as IDL's ``CV_COORD``.

    IDL call form::

        Result = CV_COORD([/DEGREES] [, /DOUBLE] [, FROM_CYLIN=c | FROM_POLAR=p |
                          FROM_RECT=r | FROM_SPHERE=s] [, /TO_CYLIN | /TO_POLAR |
                          /TO_RECT | /TO_SPHERE])

    Points are IDL's ``(k, n)`` arrays -- numpy ``(n, k)``, one point per row -- or one
    point as a vector: rectangular ``[x, y]`` or ``[x, y, z]``, polar ``[angle,
    radius]``, cylindrical ``[angle, radius, z]``, spherical ``[longitude, latitude,
    radius]``. The result is FLOAT, or DOUBLE for DOUBLE input or /DOUBLE; without a
    TO_ keyword the input is returned converted; without a FROM_ keyword (or with a
    single value) 0. Angles are radians, or degrees with /DEGREES; a zero radius gives
    the angle 0. The steps and their types are IDL's library cv_coord.pro's
    (integers squared in their own type, SQRT/ATAN in FLOAT, /DOUBLE constants).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.cv_coord(from_rect=np.array([10.0, 10.0], np.float32), to_polar=True)
    array([ 0.7853982, 14.142136 ], dtype=float32)
    >>> idl.cv_coord(from_sphere=np.array([[45.0, -60, 10], [0, 0, 0]]), to_cylin=True,
    ...              degrees=True).round(4)
    array([[45.    ,  5.    , -8.6603],
           [ 0.    ,  0.    ,  0.    ]])
    """
    given = [(name, value) for name, value in (("rect", from_rect), ("polar", from_polar),
                                               ("cylin", from_cylin),
                                               ("sphere", from_sphere)) if value is not None]
    target = next((name for name, flag in (("rect", to_rect), ("polar", to_polar),
                                           ("cylin", to_cylin), ("sphere", to_sphere))
                   if flag), None)
    do_double = None if double is None else bool(double)
    points = None
    for name, value in given:
        a = idl_array(value, f"FROM_{name.upper()}", complex_ok=False)
        if a.size > 1:
            points, source = a, name
            break
    if points is None:
        return np.float64(0) if do_double else np.float32(0)
    vector = points.ndim == 1
    rows = points.reshape(1, -1) if vector else points.reshape(-1, points.shape[-1])
    need = {"rect": 2, "polar": 2, "cylin": 3, "sphere": 3}[source]
    if rows.shape[1] < need:
        raise CompatValueError(f"FROM_{source.upper()} needs {need} coordinates per point.")
    out = core.convert(rows, source, target, degrees=bool(degrees), double=do_double)
    return out[0] if vector else out.reshape(points.shape[:-1] + out.shape[-1:])
