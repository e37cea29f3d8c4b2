"""IDL ``ROTATE``: rotate/transpose a 1-D or 2-D array by multiples of 90 degrees."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["rotate"]

# IDL's table (Reference Guide, ROTATE) in the readsav layout, for a (rows, cols)
# array a whose IDL subscripts are (x = column, y = row):
#   0 none        1  90 ccw (x1 = -y0, y1 = x0)    2 180        3 270 ccw
#   4 transpose   5 transpose + 90                 6 transpose + 180   7 transpose + 270
_OPS = {
    0: lambda a: a,
    1: lambda a: np.rot90(a, -1),
    2: lambda a: a[::-1, ::-1],
    3: lambda a: np.rot90(a, 1),
    4: lambda a: a.T,
    5: lambda a: a[:, ::-1],
    6: lambda a: a.T[::-1, ::-1],
    7: lambda a: a[::-1, :],
}


@idl_routine("ROTATE")
def rotate(array, direction):
    """Rotate and/or transpose an array by multiples of 90 degrees, as IDL's ``ROTATE``.

    IDL call form::

        Result = ROTATE(Array, Direction)

    ========= ========== =============== ======= =======
    Direction Transpose? Rotation (ccw)  X1      Y1
    ========= ========== =============== ======= =======
    0         No         None            X0      Y0
    1         No         90              -Y0     X0
    2         No         180             -X0     -Y0
    3         No         270             Y0      -X0
    4         Yes        None            Y0      X0
    5         Yes        90              -X0     Y0
    6         Yes        180             -Y0     -X0
    7         Yes        270             X0      -Y0
    ========= ========== =============== ======= =======

    Parameters
    ----------
    array : array_like
        1-D or 2-D array of any type (readsav layout: IDL X is the numpy column, Y the
        numpy row). A 1-D array is IDL's ``[n]`` = ``[n, 1]``: directions 1, 3, 4 and 6
        make it a *column*, numpy shape ``(n, 1)`` (IDL ``[1, n]``); 0, 2, 5 and 7 keep
        it 1-D.
    direction : int
        0 to 7 as in the table; other integers are taken modulo 8 (IDL and GDL 1.0.1:
        ``ROTATE(a, 9)`` is ``ROTATE(a, 1)``, ``-1`` is 7).

    Returns
    -------
    ndarray (a new array).

    Notes
    -----
    The angles are counter-clockwise for an image displayed IDL's way (row 0 at the
    bottom); on the printed array (row 0 on top), and in numpy, direction 1 turns the
    array clockwise: ``numpy.rot90(a, -1)``, not ``numpy.rot90(a)``. That sign, and
    the transposed directions 4-7, are what a naive ``numpy.rot90`` port gets wrong.

    Source: IDL Reference Guide, ROTATE (the table above); every direction checked
    against GDL 1.0.1 on 2-D and 1-D arrays.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import rotate
    >>> a = np.arange(6).reshape(2, 3)    # IDL INDGEN(3, 2)
    >>> rotate(a, 1)
    array([[3, 0],
           [4, 1],
           [5, 2]])
    >>> rotate(np.arange(3), 1).shape     # a vector becomes a column
    (3, 1)
    """
    a = idl_array("rotate", array, string_ok=True, scalar_ok=False, max_rank=2)
    if isinstance(direction, bool) or not isinstance(direction, (int, np.integer)):
        raise CompatTypeError(f"Direction must be an integer 0-7, got {direction!r}")
    d = int(direction) % 8
    two = a.reshape(1, -1) if a.ndim == 1 else a
    out = _OPS[d](two)
    if a.ndim == 1 and out.shape[0] == 1:
        out = out.reshape(-1)
    return np.array(out)
