"""Pieces of the robust statistics of the IDL Astronomy Library and SDSS idlutils
(RESISTANT_MEAN, MEANCLIP, AVG, DJS_MEDIAN, DJS_ITERSTAT) that do not depend on IDL's
grammar: arithmetic in a declared IDL type, Horner's rule as the library's POLY runs it,
and DJS_MEDIAN's padding of the array before its median filter.

The legacy layer (:mod:`compat.idl.robust_statistics`) reads the arguments and chains
these with IDL's MEDIAN, MEAN, MOMENT and TOTAL."""

from __future__ import annotations

import numpy as np

from compat._core.idl_types import promote

__all__ = ["idl_op", "horner", "djs_pad", "mirror_pad"]


def idl_op(op, a, b):
    """``op(a, b)`` computed in IDL's type of the operation (:func:`promote`): both
    operands converted to that type first, so ``float32 - float64`` is DOUBLE and
    ``int32 * float32`` FLOAT (numpy would give float64); integer division truncates
    toward zero and integer products wrap, as in IDL."""
    a = np.asarray(a)
    b = np.asarray(b)
    t = promote(a.dtype, b.dtype)
    a, b = a.astype(t, copy=False), b.astype(t, copy=False)
    with np.errstate(all="ignore"):
        if op is np.divide and t.kind in "iu":
            # IDL's integer division truncates toward zero (numpy's // floors)
            q = np.floor_divide(a, b)
            fix = (a - q * b != 0) & ((a < 0) != (b < 0))
            return (q + fix).astype(t)
        return op(a, b)


def horner(x, coefficients):
    """POLY(x, c) as the library's poly.pro evaluates it: ``y = c[n]`` then
    ``y = y*x + c[i]`` for ``i = n-1 .. 0``, each operation in IDL's type."""
    c = np.asarray(coefficients)
    y = c[-1]
    for k in range(c.size - 2, -1, -1):
        y = idl_op(np.add, idl_op(np.multiply, y, x), c[k])
    return y


def djs_pad(array: np.ndarray, pad: int, boundary: str) -> np.ndarray:
    """The padded copy DJS_MEDIAN filters when BOUNDARY is not 'none' (IDL dimensions
    1 or 2 only; ``array`` is in numpy order and IDL type).

    1-D (any boundary name): ``pad`` points before the data are the first ``pad`` points
    reversed, the ``pad`` points after it the last ``pad`` points **in their own order**
    (djs_median.pro copies them without REVERSE). 2-D 'reflect': every side and corner
    mirrored with the edge point repeated (numpy's 'symmetric' mode).
    """
    if array.ndim == 1:
        n = array.shape[0]
        return np.concatenate([array[:pad][::-1], array, array[n - pad:]])
    return np.pad(array, pad, mode="symmetric")


def mirror_pad(image: np.ndarray, radius: int) -> np.ndarray:
    """FILTER_IMAGE's /ALL_PIXELS copy: the image (numpy layout, its own type) framed by
    ``radius`` pixels mirrored about the edge pixels, which are not repeated
    (filter_image.pro's ROTATE(..., 5) and ROTATE(..., 7) of the neighbouring columns
    and rows, corners included: numpy's 'reflect' mode)."""
    return np.pad(image, radius, mode="reflect")
