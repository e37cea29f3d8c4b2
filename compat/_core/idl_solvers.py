"""IDL library routines written in IDL over the Numerical Recipes cores: Cramer's rule
(``cramer.pro``) and eigenvectors by inverse subspace iteration (``eigenvec.pro``).

Python-shaped cores of :mod:`compat.idl.eigensystems`. Matrices are row-major (the
readsav layout of an IDL array: ``a[i, j]`` is row i), as IDL's LUDC/LUSOL read them by
default; every step runs in the dtype given, as the IDL code runs in FLOAT or DOUBLE.
Facts of the algorithms (step order, start vector, normalisation, the /CHECK'ed first
determinant, which precision each step uses) are from the routines' documented
PROCEDURE sections and their published source, re-written here.
"""

from __future__ import annotations

import numpy as np

from compat._core import numerical_recipes as nr
from compat._core.running_sums import sequential_sum

__all__ = ["cramer_solve", "inverse_subspace_iteration"]


class _SingularSystem(ValueError):
    """Private (the legacy layer turns it into CRAMER's error). The first determinant of Cramer's rule is zero (IDL: "Input array is
    singular."), or a column-replaced array has a row of zeros (LUDC's "Singular
    matrix.", the message given)."""


def cramer_solve(a: np.ndarray, b: np.ndarray, zero: float, dtype) -> np.ndarray:
    """Solve ``a x = b`` by Cramer's rule as ``cramer.pro`` does: ``x[k] = det(a with
    column k replaced by b) / det(a)``, each determinant from NR's LU
    (:func:`~compat._core.numerical_recipes.crout_determinant`) in ``dtype``, with
    diagonal elements below ``zero`` counting as 0. ``a`` keeps its own type (FLOAT or
    DOUBLE): the IDL code writes ``b`` into a column of A itself, so a FLOAT A rounds a
    DOUBLE ``b`` to FLOAT before the DOUBLE determinant is taken."""
    dtype = np.dtype(dtype)
    try:
        det = nr.crout_determinant(a.astype(dtype), zero)
    except nr._NRError:            # DETERM(/CHECK): a singular array has determinant 0
        det = dtype.type(0)
    if det == 0:
        raise _SingularSystem("Input array is singular.")
    n = a.shape[0]
    x = np.zeros(n, dtype)
    ak = np.array(a, copy=True)
    with np.errstate(all="ignore"):
        for k in range(n):
            column = ak[:, k].copy()
            ak[:, k] = b
            try:
                x[k] = nr.crout_determinant(ak.astype(dtype), zero) / det
            except nr._NRError as error:
                raise _SingularSystem(str(error)) from None
            ak[:, k] = column
    return x


def _iterate(m: np.ndarray, size: int, itmax: int, dtype) -> np.ndarray:
    """LUDC once, then ``itmax`` times: solve with LUSOL and scale to unit length."""
    t = np.dtype(dtype).type
    with np.errstate(all="ignore"):
        b = np.full(size, t(1) / np.sqrt(t(size)), dtype=dtype)
        lu, index, _ = nr.crout_lu(m)
        for _ in range(itmax):
            x = nr.crout_solve(lu, index, b).astype(dtype, copy=False)
            b = x / np.sqrt(sequential_sum(x * x, 0, dtype))
    return b


def inverse_subspace_iteration(a: np.ndarray, eigenvalues: np.ndarray, itmax: int,
                               dtype) -> np.ndarray:
    """The eigenvectors of ``eigenvalues`` by inverse iteration, as ``eigenvec.pro``.

    ``a`` is the n x n array in its own type (FLOAT or DOUBLE), ``eigenvalues`` complex,
    ``dtype`` the working precision (float32 or float64). For each eigenvalue: a real
    one is subtracted from the diagonal *of a's own type* (the IDL code assigns into a
    copy of A, so a FLOAT array keeps a FLOAT diagonal when the work is in DOUBLE); a
    complex one makes the real 2n x 2n system ``[[Re, -Im], [Im, Re]]`` of
    ``a - lambda I`` (in the working precision). The start vector is all ones of unit
    length; each of ``itmax`` steps solves with NR's LU (LUDC's row-scaled pivoting)
    and rescales to unit length (TOTAL's running sum). Returns ``(len(eigenvalues),
    n)`` complex rows: row k is the eigenvector of eigenvalue k (imaginary part 0 for a
    real eigenvalue). A singular shifted array (a row of zeros) raises
    :class:`~compat._core.numerical_recipes._NRError`.
    """
    n = a.shape[0]
    dtype = np.dtype(dtype)
    ctype = np.result_type(dtype, np.complex64)
    vectors = np.zeros((eigenvalues.size, n), ctype)
    diag = np.arange(n)
    for k, value in enumerate(eigenvalues):
        if value.imag != 0:
            shifted = a.astype(ctype)
            shifted[diag, diag] -= value.astype(ctype)
            comp = np.block([[shifted.real, -shifted.imag],
                             [shifted.imag, shifted.real]]).astype(dtype)
            b = _iterate(comp, 2 * n, itmax, dtype)
            vectors[k] = b[:n] + 1j * b[n:]
        else:
            shifted = np.array(a, copy=True)
            with np.errstate(all="ignore"):
                shifted[diag, diag] = (shifted[diag, diag].astype(dtype)
                                       - dtype.type(value.real)).astype(a.dtype)
            b = _iterate(shifted.astype(dtype), n, itmax, dtype)
            vectors[k] = b
    return vectors
