"""What MATLAB's linear-algebra families share: reading a matrix argument by MATLAB's class
rules (double and single, real or complex; integer and logical matrices refused, as
MATLAB refuses them) and ``eps(x)`` of a class. Used by :mod:`compat.matlab.linalg`,
:mod:`compat.matlab.matrix_analysis` and :mod:`compat.matlab.factorizations`.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.matlab_types import matlab_array

__all__ = ["float_matrix", "matrix", "spacing", "svd_input"]


def float_matrix(value, name: str) -> np.ndarray:
    a = matlab_array(value, name)
    if a.dtype.kind in "biu":
        raise CompatTypeError(f"{name} must be double or single, not "
                              f"{'logical' if a.dtype.kind == 'b' else a.dtype.name}")
    return a


def matrix(value, name: str, *, square: bool = False) -> np.ndarray:
    """A 2-D float matrix (0-d -> 1x1, 1-D -> a column), refusing N-D input."""
    a = float_matrix(value, name)
    if a.ndim == 0:
        a = a.reshape(1, 1)
    elif a.ndim == 1:
        a = a.reshape(-1, 1)
    elif a.ndim > 2:
        raise CompatValueError(f"{name} must be a 2-D matrix, got {a.ndim} dimensions")
    if square and a.shape[0] != a.shape[1]:
        raise CompatValueError(f"Matrix must be square ({name} is "
                               f"{a.shape[0]}x{a.shape[1]}).")
    return np.ascontiguousarray(a)


def spacing(x, dtype) -> float:
    """MATLAB's ``eps(x)`` for x >= 0 in the class of ``dtype``."""
    real = np.finfo(np.dtype(dtype)).dtype
    return float(np.spacing(real.type(abs(x))))


def svd_input(A, name="A"):
    """A matrix for an SVD: MATLAB refuses NaN and Inf there."""
    a = matrix(A, name)
    if a.size and not np.all(np.isfinite(a)):
        raise CompatValueError("Input to SVD must not contain NaN or Inf.")
    return a
