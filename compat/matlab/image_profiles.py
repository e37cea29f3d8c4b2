"""MATLAB's ``improfile`` (Image Processing Toolbox): pixel values along a polyline.

The legacy layer over :mod:`compat._core.image_profiles` (the sampling path) and
:func:`compat.matlab.interp2` (the values); checked by hand-computed profiles in
tests/test_matlab_image_profiles.py (Octave's image package has no improfile).
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from compat._core import image_profiles as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["ImprofileResult", "improfile"]

_METHODS = {"nearest": "nearest", "bilinear": "linear", "bicubic": "cubic"}


class ImprofileResult(NamedTuple):
    """``[cx, cy, c, xi, yi] = improfile(...)``: sample coordinates, values, vertices."""
    cx: np.ndarray
    cy: np.ndarray
    c: np.ndarray
    xi: np.ndarray
    yi: np.ndarray


def _vector(value, name):
    a = np.asarray(matlab_array(value, name, complex_ok=False, char="error"))
    if a.dtype.kind not in "biuf":
        raise CompatTypeError("All inputs other than I must be of class double.")
    return a.astype(np.float64).ravel()


@matlab_function("improfile")
def improfile(*args):
    """Pixel values along line segments, as MATLAB's ``improfile`` (non-interactive forms).

    MATLAB call forms::

        c = improfile(I, xi, yi)                  ->  improfile(I, xi, yi).c
        c = improfile(I, xi, yi, n)
        c = improfile(..., method)                ('nearest' (default), 'bilinear',
                                                   'bicubic')
        [cx, cy, c] = improfile(...)              ->  cx, cy, c, *_ = improfile(...)
        [cx, cy, c, xi, yi] = improfile(...)
        ... = improfile(x, y, I, xi, yi[, n][, method])   (XData, YData of I)

    Returns an :class:`ImprofileResult` ``(cx, cy, c, xi, yi)`` in every form: ``c`` is
    an n-by-1 double column (n-by-1-by-3 for an RGB image), NaN where a point falls
    outside the image; ``cx``, ``cy`` the n sample points (columns); ``xi``, ``yi`` the
    path's vertices without repeats.

    Sampling (see :mod:`compat._core.image_profiles`): ``n`` equally spaced points along
    the path; without ``n``, roughly the number of pixels crossed. Values come from
    ``interp2`` on the image grid (x = column, y = row, 1-based).

    How it differs from ``skimage.measure.profile_line``: that takes (row, col) end
    points, includes a linewidth and samples with spacing 1 and its own end rule; here
    the coordinates are MATLAB's (x first, 1-based), the path may have many segments and
    the count is MATLAB's.

    Sources: MATLAB's improfile reference page and help text (default n, methods,
    NaN outside the image). Not the interactive forms (no mouse).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> I = np.arange(1, 21, dtype=float).reshape(4, 5)
    >>> r = matlab.improfile(I, [1, 5], [2, 2])       # n = ceil(4) = 4 points
    >>> r.cx.ravel().round(4), r.c.ravel()
    (array([1.    , 2.3333, 3.6667, 5.    ]), array([ 6.,  7.,  9., 10.]))
    >>> matlab.improfile(I, [1, 2], [1, 3], 3, 'bilinear').c.ravel()
    array([ 1. ,  6.5, 12. ])
    """
    from compat.matlab import colon, interp2

    args = list(args)
    method = "nearest"
    if args and isinstance(args[-1], str):
        m = args.pop().lower()
        if m not in _METHODS:
            raise CompatValueError(f"METHOD must be 'nearest', 'bilinear' or 'bicubic'; "
                                   f"it was '{m}'.")
        method = m
    if len(args) in (3, 4):
        xa = ya = None
        image, xi, yi = args[:3]
        n = args[3] if len(args) == 4 else None
    elif len(args) in (5, 6):
        xa, ya, image, xi, yi = args[:5]
        n = args[5] if len(args) == 6 else None
    else:
        raise CompatValueError("The arrangement or number of input arguments is invalid "
                               "(the interactive forms are not supported).")
    a = np.asarray(matlab_array(image, "I", complex_ok=False, char="error"))
    if a.dtype.name not in ("float64", "uint8", "uint16", "bool", "float32"):
        raise CompatTypeError("I must be double, uint8, uint16, or logical.")
    if a.ndim not in (2, 3) or (a.ndim == 3 and a.shape[2] != 3):
        raise CompatValueError("I must be a 2-D image or an M-by-N-by-3 RGB image.")
    xi, yi = _vector(xi, "xi"), _vector(yi, "yi")
    if xi.size != yi.size:
        raise CompatValueError("Xi and Yi must have the same number of points.")
    rows, cols = a.shape[:2]
    xa = np.array([1.0, cols]) if xa is None else _vector(xa, "x")
    ya = np.array([1.0, rows]) if ya is None else _vector(ya, "y")
    xmin, xmax, ymin, ymax = xa.min(), xa.max(), ya.min(), ya.max()
    px = max((xmax - xmin) / (cols - 1), np.finfo(float).eps) if cols > 1 else 1.0
    py = max((ymax - ymin) / (rows - 1), np.finfo(float).eps) if rows > 1 else 1.0
    if n is None:
        count = core.default_count(xi, yi, px, py)
    else:
        nv = _vector(n, "N")
        if nv.size != 1 or not nv[0] >= 2:
            raise CompatValueError("N must be a number greater than 1.")
        count = float(nv[0])
    prof_x, prof_y = xi, yi
    distinct = np.concatenate([[True], np.hypot(np.diff(xi), np.diff(yi)) != 0]) \
        if xi.size else np.zeros(0, dtype=bool)
    if int(distinct.sum()) < 2:
        raise CompatValueError("the path needs at least two distinct points.")
    cx, cy = core.profile_points(xi, yi, count, colon)
    gx = np.arange(cols) * px + xmin if cols > 1 else np.array([xmin])
    gy = np.arange(rows) * py + ymin if rows > 1 else np.array([ymin])
    planes = [a] if a.ndim == 2 else [a[:, :, k] for k in range(3)]
    vals = [np.asarray(interp2(gx, gy, p.astype(np.float64), cx, cy, _METHODS[method]),
                       dtype=np.float64).ravel() for p in planes]
    c = vals[0].reshape(-1, 1) if a.ndim == 2 else np.stack(vals, -1).reshape(-1, 1, 3)
    return ImprofileResult(cx.reshape(-1, 1), cy.reshape(-1, 1), c,
                           prof_x[distinct].reshape(-1, 1), prof_y[distinct].reshape(-1, 1))
