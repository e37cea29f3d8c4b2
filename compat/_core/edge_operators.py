"""The classic 2x2 and 3x3 edge-enhancement operators as IDL defines them: SOBEL,
PREWITT (two 3x3 gradients) and ROBERTS (two 2x2 diagonal differences).

Python-shaped: images are 2-D numpy arrays in readsav layout, so IDL's ``F[j, k]`` (j
the column, k the row) is ``f[k, j]``; the legacy layer checks the argument. The result
has the type IDL documents (below) and the input is never written to.

Definitions (IDL Reference Guide, SOBEL, PREWITT and ROBERTS), with ``F[j, k]``:

- SOBEL: ``|A| + |B|`` with ``A = (F[j+1,k-1] + 2 F[j+1,k] + F[j+1,k+1]) - (F[j-1,k-1]
  + 2 F[j-1,k] + F[j-1,k+1])`` and ``B = (F[j-1,k-1] + 2 F[j,k-1] + F[j+1,k-1]) -
  (F[j-1,k+1] + 2 F[j,k+1] + F[j+1,k+1])``; every edge point is zero.
- PREWITT: ``sqrt(A^2 + B^2)`` with the same A and B without the weights 2, the square
  root taken in double precision; every edge point is zero.
- ROBERTS: ``|F[j,k] - F[j+1,k+1]| + |F[j,k+1] - F[j+1,k]|``; the last column and the
  last row are zero.

Types: BYTE and INT images give INT, every other type its own. Integer images are
computed in the next larger signed type and the result clipped to the result type's
maximum ("values larger than the maximum for that integer type are truncated ... for
integers ... values larger than 32767 are set equal to 32767"); PREWITT's square root is
converted back as IDL converts a double to an integer type (toward zero). 64-bit
integers have no larger type: they are computed exactly (Python integers) and clipped.
"""

from __future__ import annotations

import numpy as np

__all__ = ["sobel", "prewitt", "roberts", "result_type"]

_WORK = {np.dtype(np.uint8): np.int32, np.dtype(np.int16): np.int32,
         np.dtype(np.uint16): np.int32, np.dtype(np.int32): np.int64,
         np.dtype(np.uint32): np.int64}


def result_type(dtype: np.dtype) -> np.dtype:
    """The result type: INT for BYTE and INT images, the image's type otherwise."""
    dtype = np.dtype(dtype)
    return np.dtype(np.int16) if dtype in (np.dtype(np.uint8), np.dtype(np.int16)) \
        else dtype


def _work(image: np.ndarray) -> np.ndarray:
    """The image in its computation type (a new array)."""
    if image.dtype.kind in "fc":
        return image.copy()
    work = _WORK.get(image.dtype)
    return image.astype(work) if work is not None else image.astype(object)


def _to_result(values: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """Integer results clipped to the result type's maximum (they are never negative)."""
    out_type = result_type(dtype)
    if out_type.kind in "fc":
        return values.astype(out_type)
    top = np.iinfo(out_type).max
    return np.where(values > top, top, values).astype(out_type)


def _gradients(f: np.ndarray, weight):
    """IDL's A and B of the interior points (rows and columns 1..n-2)."""
    right = f[:-2, 2:] + weight * f[1:-1, 2:] + f[2:, 2:]      # F[j+1, k-1..k+1]
    left = f[:-2, :-2] + weight * f[1:-1, :-2] + f[2:, :-2]    # F[j-1, k-1..k+1]
    up = f[:-2, :-2] + weight * f[:-2, 1:-1] + f[:-2, 2:]      # F[j-1..j+1, k-1]
    down = f[2:, :-2] + weight * f[2:, 1:-1] + f[2:, 2:]       # F[j-1..j+1, k+1]
    return right - left, up - down


def sobel(image: np.ndarray) -> np.ndarray:
    """IDL's SOBEL of a 2-D image (readsav layout)."""
    f = _work(image)
    out = np.zeros(f.shape, dtype=f.dtype)
    if min(f.shape) >= 3:
        a, b = _gradients(f, 2)
        out[1:-1, 1:-1] = abs(a) + abs(b)
    return _to_result(out, image.dtype)


def prewitt(image: np.ndarray) -> np.ndarray:
    """IDL's PREWITT of a 2-D image: the square root in double precision."""
    f = _work(image)
    out = np.zeros(f.shape, dtype=np.complex128 if f.dtype.kind == "c" else np.float64)
    if min(f.shape) >= 3:
        a, b = _gradients(f, 1)
        if f.dtype.kind == "c":
            out[1:-1, 1:-1] = np.sqrt(a.astype(np.complex128) ** 2
                                      + b.astype(np.complex128) ** 2)
        else:
            a = a.astype(np.float64)
            b = b.astype(np.float64)
            out[1:-1, 1:-1] = np.sqrt(a * a + b * b)
    out_type = result_type(image.dtype)
    if out_type.kind in "fc":
        return out.astype(out_type)
    top = float(np.iinfo(out_type).max)
    return np.trunc(np.minimum(out, top)).astype(out_type)


def roberts(image: np.ndarray) -> np.ndarray:
    """IDL's ROBERTS of a 2-D image (readsav layout)."""
    f = _work(image)
    out = np.zeros(f.shape, dtype=f.dtype)
    if min(f.shape) >= 2:
        out[:-1, :-1] = abs(f[:-1, :-1] - f[1:, 1:]) + abs(f[1:, :-1] - f[:-1, 1:])
    return _to_result(out, image.dtype)
