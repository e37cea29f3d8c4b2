"""What IDL's linear-algebra families share (:mod:`compat.idl.linalg`,
:mod:`compat.idl.decompositions`): reading a matrix or vector argument by IDL's type rules
and the documentation fragments of their common keywords (/DOUBLE, /COLUMN, the
Numerical Recipes note) and of SVDC's documentation array (SVDC, LA_SVD).
"""

from __future__ import annotations

import numpy as np

from compat._core.docs import Fragments
from compat._core.errors import CompatValueError
from compat._core.idl_types import float_type, idl_array

__all__ = ["MATRIX_DOCS", "float_matrix", "vector"]

MATRIX_DOCS = Fragments(
    double="""double : bool
    /DOUBLE: compute and return double precision (complex: DCOMPLEX). Without it the
    result is FLOAT for integer and FLOAT input (computed in single precision, as IDL
    does) and DOUBLE for DOUBLE input.""",
    row_major="""column : bool
    /COLUMN: the arrays are column-major (IDL's columns are the matrix rows), i.e. the
    transpose of the default layout; outputs are given in the same layout.""",
    numerical_recipes="""Numerical Recipes (Press et al., *Numerical Recipes in C*, 2nd ed.),
which IDL's documentation names as the basis of this routine, followed step for step;
inner products are summed by numpy, so the last bits may differ from IDL's C loops.""",
    svdc_array="""
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[1.0, 2.0, -1.0, 2.5], [1.5, 3.3, -0.5, 2.0],
    ...               [3.1, 0.7, 2.2, 0.0], [0.0, 0.3, -2.0, 5.3],
    ...               [2.1, 1.0, 4.3, 2.2], [0.0, 5.5, 3.8, 0.2]], dtype=np.float32)""",
)


def matrix_shape(a: np.ndarray, name: str, *, square: bool = True) -> np.ndarray:
    """``a`` when it is a 2-D array (and square when ``square``), else the house's error
    for the matrix routines of both families (numerics and LA_*)."""
    if a.ndim != 2:
        raise CompatValueError(f"{name} must be a 2-D array, got {a.ndim} dimension"
                               f"{'s' if a.ndim != 1 else ''}.")
    if square and a.shape[0] != a.shape[1]:
        raise CompatValueError(f"Input must be a square matrix ({name} is "
                               f"{a.shape[1]} x {a.shape[0]}).")
    return a


def float_matrix(value, name, *, double, square=True, complex_ok=False):
    a = matrix_shape(idl_array(value, name, complex_ok=complex_ok, scalar_ok=False), name,
                     square=square)
    return np.array(a, dtype=float_type(a.dtype, double), order="C")


def vector(value, name, n, dtype):
    b = idl_array(value, name, complex_ok=False)
    b = np.asarray(b, dtype=dtype).reshape(-1)
    if b.size != n:
        raise CompatValueError(f"{name} must have {n} elements, got {b.size}")
    return b
