"""IDL's small matrix helpers: ``CROSSP``, ``IDENTITY``, ``DIAG_MATRIX``, ``TRACE``.

Arrays are in readsav layout (numpy shape = IDL dimensions reversed), so a matrix reads
as IDL prints it: IDL's diagonal ``A[i, i]`` is ``a[i, i]``, and IDL's "super-diagonal"
(``DIAG_MATRIX(v, 1)``, above the main diagonal as printed) is numpy's ``k=1``.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_types import float_type, idl_array, promote
from compat._core.legacy import idl_routine

__all__ = ["crossp", "identity", "diag_matrix", "trace"]


@idl_routine("CROSSP")
def crossp(v1, v2):
    """The cross product of two 3-element vectors, as IDL's ``CROSSP``.

    IDL call form::

        Result = CROSSP(V1, V2)

    Parameters
    ----------
    v1, v2 : array_like of 3 numbers

    Returns
    -------
    ndarray of 3 elements, of the operands' promoted IDL type, computed in that type
    (BYTE and INT products wrap: ``CROSSP([1b,2b,3b], [4b,5b,6b])`` is ``[253, 6,
    253]`` in IDL and GDL).

    Notes
    -----
    ``numpy.cross`` promotes by numpy's rules (bytes give int64 ``[-3, 6, -3]``).
    Source: IDL Reference Guide, CROSSP; checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.crossp([1, 0, 0], [0, 1, 0])
    array([0, 0, 1], dtype=int16)
    """
    a = idl_array(v1, "V1").reshape(-1)
    b = idl_array(v2, "V2").reshape(-1)
    if a.size != 3 or b.size != 3:
        raise CompatValueError("Both arguments must have 3 elements.")
    dtype = promote(a.dtype, b.dtype)
    a, b = a.astype(dtype), b.astype(dtype)
    with np.errstate(over="ignore"):
        return np.array([a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2],
                         a[0] * b[1] - a[1] * b[0]], dtype=dtype)


@idl_routine("IDENTITY")
def identity(n, *, double=False):
    """The n by n identity matrix, as IDL's ``IDENTITY``.

    IDL call form::

        Result = IDENTITY(N [, /DOUBLE])

    Returns
    -------
    ndarray (n, n) of FLOAT, DOUBLE with ``double=True``.

    Notes
    -----
    ``numpy.eye(n)`` is float64; IDL's default is FLOAT. Source: IDL Reference Guide,
    IDENTITY; checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.identity(2)
    array([[1., 0.],
           [0., 1.]], dtype=float32)
    """
    k = idl_array(n, "N", complex_ok=False, scalar=True)
    size = int(k)
    if size < 1:
        raise CompatValueError(f"N must be at least 1, got {size}")
    return np.eye(size, dtype=np.float64 if double else np.float32)


@idl_routine("DIAG_MATRIX")
def diag_matrix(a, diag=0):
    """Build a matrix from a diagonal vector, or extract a diagonal from a matrix, as
    IDL's ``DIAG_MATRIX``.

    IDL call form::

        Result = DIAG_MATRIX(A [, Diag])

    Parameters
    ----------
    a : array_like
        A vector (the result is a square matrix with it on diagonal ``diag``) or a 2-D
        array (the result is the vector of its diagonal ``diag``; the array need not be
        square).
    diag : int
        The diagonal: 0 the main one, positive above it (as printed), negative below.

    Returns
    -------
    ndarray of ``a``'s type.

    Notes
    -----
    ``numpy.diag`` does the same in readsav layout but also accepts scalars and
    0-d arrays. Source: IDL Reference Guide, DIAG_MATRIX; checked against GDL 1.0.1
    (``DIAG_MATRIX([1, 2], 1)`` prints ``0 1 0 / 0 0 2 / 0 0 0``).

    Examples
    --------
    >>> from compat import idl
    >>> idl.diag_matrix([1, 2], 1)
    array([[0, 1, 0],
           [0, 0, 2],
           [0, 0, 0]], dtype=int16)
    >>> idl.diag_matrix(idl.diag_matrix([1, 2], 1), 1)
    array([1, 2], dtype=int16)
    """
    v = idl_array(a, "A")
    k = int(idl_array(diag, "Diag", complex_ok=False, scalar=True))
    if v.ndim <= 1:
        v = v.reshape(-1)
        return np.diag(v, k)
    if v.ndim != 2:
        raise CompatValueError("A must be a vector or a 2-D array.")
    rows, cols = v.shape
    if not -rows < k < cols:
        raise CompatValueError(f"Diag {k} is outside the array.")
    return np.diagonal(v, k).copy()


@idl_routine("TRACE")
def trace(a, *, double=False):
    """The sum of the main diagonal of a square matrix, as IDL's ``TRACE``.

    IDL call form::

        Result = TRACE(A [, /DOUBLE])

    Returns
    -------
    numpy scalar: FLOAT for integer and FLOAT input, DOUBLE for DOUBLE input or
    ``double=True``, COMPLEX/DCOMPLEX for complex input (TOTAL's result rule; IDL's
    documentation speaks of real or complex arrays).

    Notes
    -----
    ``numpy.trace`` keeps integer types and sums float32 in float32 pairwise. The
    diagonal is summed left to right in the result type. GDL 1.0.1's trace.pro handles
    FLOAT, DOUBLE, COMPLEX and DCOMPLEX only and stops with "TRACE: Variable is
    undefined: TR" on an integer matrix. Source: IDL Reference Guide, TRACE
    (documentation example: 3.00000).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[2, 1, 1, 1.5], [4, -6, 0, 0], [-2, 7, 2, 2.5], [1, 0.5, 0, 5]],
    ...              np.float32)
    >>> idl.trace(a)
    np.float32(3.0)
    """
    m = idl_array(a, "A", scalar_ok=False)
    if m.ndim != 2 or m.shape[0] != m.shape[1]:
        raise CompatValueError("A must be a square (n by n) array.")
    dtype = float_type(m.dtype, double)
    d = np.diagonal(m).astype(dtype)
    return np.cumsum(d, dtype=dtype)[-1]
