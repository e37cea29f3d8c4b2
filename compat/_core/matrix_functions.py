"""Functions of a square matrix: the principal square root and logarithm (the core).

The legacy layer is :mod:`compat.matlab.matrix_functions` (``sqrtm``, ``logm``,
``expm``). Python-shaped: 2-D float or complex arrays in, plain arrays and findings out;
no legacy names, no warnings.

**Square root.** The Schur method of Björck and Hammarling (1983), the algorithm MATLAB's
``sqrtm`` documents (with Higham's 1987 real variant and the blocking of Deadman, Higham
and Ralha 2013, which change operation order, not the mathematics): ``A = Q T Q^H``
(complex Schur form; for real A the real Schur form made complex, so real
eigenvalues stay exactly real), the upper triangular ``R`` with ``R @ R == T`` from

    R[i, i] = sqrt(T[i, i])
    R[i, j] = (T[i, j] - sum_{k=i+1}^{j-1} R[i, k] R[k, j]) / (R[i, i] + R[j, j])

computed one superdiagonal at a time (every element of a superdiagonal at once), and
``X = Q R Q^H``. A zero on T's diagonal is MATLAB's "exact singularity"; a zero
denominator then gives Inf/NaN as MATLAB's division does (``[0 1; 0 0]`` has no square
root).

**Logarithm.** The inverse scaling and squaring algorithm of Al-Mohy and Higham (2012),
the one MATLAB's ``logm`` cites as its reference [1]; scipy implements the same
algorithm (``scipy.linalg.logm``).
"""

from __future__ import annotations

import numpy as np
import scipy.linalg

__all__ = ["SquareRoot", "square_root", "logarithm", "nonpositive_real_eigenvalue"]


class SquareRoot:
    """The principal square root and what was found on the way."""

    __slots__ = ("root", "singular", "eigenvalues")

    def __init__(self, root: np.ndarray, singular: bool, eigenvalues: np.ndarray):
        self.root = root
        self.singular = singular
        self.eigenvalues = eigenvalues


def _triangular_root(t: np.ndarray) -> np.ndarray:
    """R with R @ R == T for upper triangular T, one superdiagonal at a time (the
    recurrence needs every element of the previous superdiagonals)."""
    n = t.shape[0]
    r = np.zeros_like(t)
    index = np.arange(n)
    with np.errstate(divide="ignore", invalid="ignore"):
        r[index, index] = np.sqrt(t[index, index])
        for d in range(1, n):
            i = index[:n - d]
            j = i + d
            if d > 1:
                # sum over k = i+1 .. j-1 of R[i, k] R[k, j], for every (i, j) at once
                k = i[:, None] + np.arange(1, d)[None, :]
                inner = np.einsum("ab,ab->a", r[i[:, None], k], r[k, j[:, None]])
            else:
                inner = 0
            r[i, j] = (t[i, j] - inner) / (r[i, i] + r[j, j])
    return r


def square_root(a: np.ndarray) -> SquareRoot:
    """Principal square root of the square matrix ``a`` (float or complex).

    The result is real when ``a`` is real and has no negative real eigenvalue (its
    imaginary part is then rounding error), complex otherwise.
    """
    complex_type = np.result_type(a.dtype, np.complex64)
    if not np.any(np.tril(a, -1)):
        # already triangular (its own Schur form, as MATLAB checks): Q is the identity
        t = a.astype(complex_type)
        x = r = _triangular_root(t)
    else:
        if a.dtype.kind == "f":
            # real Schur form made complex (rsf2csf): a real eigenvalue keeps an exactly
            # zero imaginary part, so a negative one has the root +i*sqrt(|x|), as in
            # MATLAB and Octave; zgees on the complexified matrix would give it a
            # rounding-noise imaginary part of either sign and pick either branch
            t, q = scipy.linalg.rsf2csf(*scipy.linalg.schur(a, output="real"))
            t, q = t.astype(complex_type, copy=False), q.astype(complex_type, copy=False)
        else:
            t, q = scipy.linalg.schur(a, output="complex")
        r = _triangular_root(t)
        with np.errstate(invalid="ignore", over="ignore"):
            x = q @ r @ q.conj().T
    diagonal = np.diagonal(t)
    singular = bool(np.any(diagonal == 0))
    if a.dtype.kind == "f" and not _negative_real_eigenvalue(a):
        x = x.real
    return SquareRoot(np.ascontiguousarray(x.astype(
        a.dtype if x.dtype.kind == "f" else complex_type, copy=False)), singular, diagonal)


def _negative_real_eigenvalue(a: np.ndarray) -> bool:
    """Whether the real matrix ``a`` has a negative real eigenvalue. LAPACK's real
    eigensolver returns real eigenvalues with an exactly zero imaginary part (the complex
    Schur form's diagonal carries rounding noise there)."""
    values = scipy.linalg.eigvals(a)
    return bool(np.any((values.real < 0) & (values.imag == 0)))


def nonpositive_real_eigenvalue(a: np.ndarray) -> bool:
    """Whether ``a`` has an eigenvalue on the closed negative real axis (where the
    principal logarithm is undefined)."""
    values = scipy.linalg.eigvals(a)
    return bool(np.any((values.real <= 0) & (values.imag == 0)))


def logarithm(a: np.ndarray) -> np.ndarray:
    """Principal logarithm of ``a`` (a non-principal one when it is undefined); real for
    real ``a`` whose logarithm is real, in ``a``'s precision."""
    import warnings
    with warnings.catch_warnings(), np.errstate(all="ignore"):
        warnings.simplefilter("ignore")
        out = scipy.linalg.logm(a)
    if out.dtype.kind == "c" and a.dtype.kind == "f":
        single = a.dtype == np.float32
        return np.ascontiguousarray(out.astype(np.complex64 if single else np.complex128))
    return np.ascontiguousarray(out.astype(
        np.result_type(a.dtype, out.dtype) if a.dtype.kind == "c" else a.dtype, copy=False))
