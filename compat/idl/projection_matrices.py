"""IDL's 3-D transformation matrices without graphics: T3D and SCALE3, which in IDL set
the system variable !P.T; compat keeps no system variables, so the Python forms return
the matrix (readsav layout, over :mod:`compat._core.projection_matrices`)."""

from __future__ import annotations

import numpy as np

from compat._core import projection_matrices as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["t3d", "scale3"]


class T3dResult(Result):
    """T3D's output keyword MATRIX."""

    matrix: np.ndarray


def _vector(value, name: str, n: int) -> np.ndarray:
    a = idl_array(value, name, complex_ok=False).reshape(-1)
    if a.size < n:
        raise CompatValueError(f"{name} must have {n} elements, not {a.size}.")
    if not np.all(np.isfinite(a.astype(np.float64))):
        raise CompatValueError(f"{name} must be finite.")
    return a[:n]


@idl_routine("T3D")
def t3d(array=None, *, matrix=False, oblique=None, perspective=None, reset=False,
        rotate=None, scale=None, translate=None, xyexch=False, xzexch=False,
        yzexch=False):
    """Build or modify a 4x4 homogeneous transformation matrix, as IDL's ``T3D``.

    IDL call form::

        T3D [, Array | , /RESET] [, MATRIX=variable] [, OBLIQUE=vector]
            [, PERSPECTIVE=p] [, ROTATE=[x, y, z]] [, SCALE=[x, y, z]]
            [, TRANSLATE=[x, y, z]] [, /XYEXCH | , /XZEXCH | , /YZEXCH]

        ->  m = idl.t3d(reset=True, rotate=[30, 0, 45])      # IDL would set !P.T
            r = idl.t3d(m, translate=[1, 2, 3], matrix=True)  # r.matrix (MATRIX=)

    Parameters
    ----------
    array : (4, 4) array_like, optional
        The matrix to start from (readsav layout: ``m[j, i]`` is IDL's ``M[i, j]``). IDL
        starts from !P.T when Array is not given: compat keeps no system variables, so
        pass the matrix a previous call returned; without one (or with /RESET) the start
        is the identity. An array of other than 16 elements is ignored, as IDL ignores
        it.
    matrix : bool
        MATRIX: return a ``T3dResult`` with the field ``matrix`` (IDL then leaves !P.T
        alone); without it the matrix itself is returned (what IDL stores in !P.T).
    reset : bool
        /RESET: start from the identity.
    translate, scale, rotate : sequence of 3 numbers, optional
        The translation, the scale factors, the rotation angles in degrees about X, Y
        and Z (applied in that order, an angle of 0 skipped).
    perspective : float, optional
        PERSPECTIVE: the eye at (0, 0, p).
    oblique : sequence of 2 numbers, optional
        OBLIQUE: [distance, angle in degrees] of the oblique projection.
    xyexch, xzexch, yzexch : bool
        Exchange two axes (the last set wins, as in t3d.pro).

    Returns
    -------
    ndarray (4, 4) float64, or T3dResult
        DOUBLE (t3d.pro builds its matrices in DOUBLE); the given matrix unchanged (its
        type kept) when no step is asked for.

    Raises
    ------
    ValueError
        ``"T3D: TRANSLATE must have 3 elements, not 2."`` and the like, non-finite
        values (compat's texts: IDL fails on the subscript).

    Notes
    -----
    The steps run in t3d.pro's fixed order whatever the keywords' order: translate,
    scale, rotate, perspective, oblique, exchange, each as ``array = array # R`` (IDL's
    ``#``: numpy's ``R @ array`` in readsav layout). Sources: IDL Reference Guide, T3D;
    IDL's library file t3d.pro. Composing ``scipy.spatial.transform`` rotations or
    numpy products gives the same transforms only with IDL's conventions (row vectors,
    ``#`` order, degrees, the rotation order X then Y then Z) reproduced by hand.
    Checked against GDL 1.0.1 (golden suite ``idl/projection_matrices``).

    Examples
    --------
    >>> from compat import idl
    >>> idl.t3d(reset=True, translate=[1, 2, 3])
    array([[1., 0., 0., 1.],
           [0., 1., 0., 2.],
           [0., 0., 1., 3.],
           [0., 0., 0., 1.]])
    >>> r = idl.t3d(reset=True, scale=[2, 1, 1], yzexch=True, matrix=True)
    >>> r.matrix[0].tolist()
    [2.0, 0.0, 0.0, 0.0]
    """
    start = core.identity()
    if not reset and array is not None:
        a = idl_array(array, "Array", complex_ok=False)
        if a.size == 16:
            start = a.reshape(4, 4).copy()
    steps = {}
    if translate is not None:
        steps["translate"] = _vector(translate, "TRANSLATE", 3)
    if scale is not None:
        steps["scale"] = _vector(scale, "SCALE", 3)
    if rotate is not None:
        steps["rotate"] = _vector(rotate, "ROTATE", 3)
    if perspective is not None:
        steps["perspective"] = _vector(perspective, "PERSPECTIVE", 1)[0]
        if steps["perspective"] == 0:
            raise CompatValueError("PERSPECTIVE must not be 0 (the eye at z = p).")
    if oblique is not None:
        steps["oblique"] = _vector(oblique, "OBLIQUE", 2)
    exchange = (1, 2) if yzexch else (0, 2) if xzexch else (0, 1) if xyexch else None
    result = core.t3d(start, exchange=exchange, **steps)
    if matrix:
        return T3dResult(matrix=result)
    return result


@idl_routine("SCALE3")
def scale3(*, ax=None, az=None, xrange=None, yrange=None, zrange=None):
    """The standard 3-D view transformation, as IDL's ``SCALE3`` sets it in !P.T.

    IDL call form::

        SCALE3 [, XRANGE=vector] [, YRANGE=vector] [, ZRANGE=vector] [, AX=degrees]
               [, AZ=degrees]

        ->  t = idl.scale3(ax=30, az=-60)     # IDL's !P.T after the call

    Parameters
    ----------
    ax, az : float, optional
        The rotations in degrees about X and about Z (the viewing angles; default 30
        each).
    xrange, yrange, zrange : sequence of 2 numbers, optional
        The data ranges; they set only IDL's axis scalings !X.S, !Y.S, !Z.S (``[-r0, 1] /
        (r1 - r0)``), not !P.T: compat keeps no system variables, so they are checked and
        otherwise unused (compute ``np.array([-r0, 1]) / (r1 - r0)`` where a port reads
        !X.S).

    Returns
    -------
    ndarray (4, 4) float64
        The matrix IDL stores in !P.T (readsav layout): the unit cube moved to the
        origin, scaled by the FLOAT 1/sqrt(3), rotated by [-90, AZ, 0] and then [AX, 0, 0]
        and moved back, by T3D's steps (:func:`t3d`).

    Notes
    -----
    Source: IDL Reference Guide, SCALE3; IDL's library file scale3.pro (its scale factor
    is IDL's FLOAT ``1./SQRT(3)``, 0.57735026, not the double 1/sqrt(3): the matrix
    carries FLOAT digits). Checked against GDL 1.0.1 (golden suite
    ``idl/projection_matrices``).

    Examples
    --------
    >>> from compat import idl
    >>> t = idl.scale3()
    >>> t.shape, t.dtype, float(t[3, 3])
    ((4, 4), dtype('float64'), 1.0)
    """
    for name, value in (("XRANGE", xrange), ("YRANGE", yrange), ("ZRANGE", zrange)):
        if value is not None:
            _vector(value, name, 2)
    ax = 30 if ax is None else _vector(ax, "AX", 1)[0]
    az = 30 if az is None else _vector(az, "AZ", 1)[0]
    return core.scale3(ax, az)
