"""MATLAB's matrix analysis: ``pinv``, ``rank``, ``null``, ``orth``, ``rref``, ``norm``,
``cond``, ``condeig``, ``vecnorm``, ``subspace`` (the SVD-based subspaces and the angle
between them, reduced row echelon form, norms and condition numbers).

Part of the linear-algebra families with :mod:`compat.matlab.linalg` and
:mod:`compat.matlab.factorizations`, over :mod:`compat._core.linalg`. Matrices are 2-D
arrays with MATLAB's ``(row, column)`` indexing; double and single, real or complex.
"""

from __future__ import annotations


import numpy as np
import scipy.linalg

from compat._core import linalg as core
from compat._core.args import first_nonsingleton, is_omitted, matlab_dim
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.libm import cabs
from compat._core.matlab_types import matlab_array, real_scalar
from compat._core.results import Result
from compat.matlab._matrices import float_matrix, matrix, spacing, svd_input

__all__ = ["pinv", "rank", "null", "orth", "rref", "norm", "cond", "vecnorm", "subspace",
           "condeig", "CondeigResult"]


# ------------------------------------------------------ SVD-based: pinv, rank, null, orth

def _tolerance(tol, default):
    if tol is None or is_omitted(tol):
        return default
    return float(real_scalar(tol, "tol must be a real numeric scalar"))


@matlab_function("pinv")
def pinv(A, tol=None):
    """Moore-Penrose pseudoinverse, as MATLAB's ``pinv``.

    MATLAB call forms::

        B = pinv(A)               ->  B = pinv(A)
        B = pinv(A, tol)          ->  B = pinv(A, 1e-10)

    MATLAB's algorithm: ``[U,S,V] = svd(A,'econ')``; singular values ``<= tol`` are
    treated as zero, with the default ``tol = max(size(A)) * eps(norm(A))``
    (``eps(x)`` is the spacing of doubles at x); then ``B = (V(:,1:r)./s(1:r).')*U(:,1:r)'``.

    Notes
    -----
    ``numpy.linalg.pinv`` uses the relative cutoff ``rcond=1e-15 * max(s)``, not
    MATLAB's ``max(size(A))*eps(max(s))``, so the two treat small singular values
    differently. Sources: MATLAB documentation of ``pinv`` (algorithm and tolerance).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.pinv(np.array([[1.0, 2], [2, 4]])).round(4)
    array([[0.04, 0.08],
           [0.08, 0.16]])
    """
    a = svd_input(A)
    m, n = a.shape
    if a.size == 0:
        return np.zeros((n, m), a.dtype)
    u, s, vh = core.svd_full(a, economy=True)
    t = _tolerance(tol, max(m, n) * spacing(s[0], a.dtype))
    r = int(np.count_nonzero(s > t))
    v = vh[:r].conj().T
    scaled = v * (1 / s[:r]).astype(v.dtype)[None, :]
    return np.ascontiguousarray(scaled @ u[:, :r].conj().T)


@matlab_function("rank")
def rank(A, tol=None):
    """Rank of a matrix, as MATLAB's ``rank``: the number of singular values greater
    than ``tol`` (default ``max(size(A)) * eps(norm(A))``).

    MATLAB call forms::

        k = rank(A)               ->  k = rank(A)
        k = rank(A, tol)          ->  k = rank(A, 1e-8)

    Returns a double (MATLAB's class). ``numpy.linalg.matrix_rank`` uses
    ``max(s) * max(M, N) * eps`` -- nearly MATLAB's, but ``eps(max(s))`` is the spacing
    at ``max(s)``, up to a factor 2 smaller than ``max(s)*eps``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.rank(np.array([[3.0, 2, 4], [-1, 1, 2], [9, 5, 10]]))
    np.float64(2.0)
    """
    a = svd_input(A)
    if a.size == 0:
        return np.float64(0)
    s = core.svd_values(a)
    t = _tolerance(tol, max(a.shape) * spacing(s[0], a.dtype))
    return np.float64(np.count_nonzero(s > t))


@matlab_function("null")
def null(A, *args):
    """Orthonormal (or rational) basis of the null space, as MATLAB's ``null``.

    MATLAB call forms::

        Z = null(A)               ->  Z = null(A)
        Z = null(A, tol)          ->  Z = null(A, 1e-8)
        Z = null(A, 'r')          ->  Z = null(A, 'r')       (rational basis from rref)

    Orthonormal basis: the last ``n - r`` columns of V of ``svd(A)``, with ``r`` the
    number of singular values greater than ``tol`` (default ``max(size(A)) *
    eps(norm(A))``). The signs of the columns are LAPACK xGESVD's (MATLAB's and
    Octave's LAPACK). ``'r'``: from ``[R, pivcol] = rref(A)``, one column per free
    variable, ``Z(pivcol,:) = -R(1:r, free)`` and the identity in the free rows.

    The sign of a null-space vector is not defined mathematically: it comes from the
    rounding inside the SVD, and for an exactly rank-deficient matrix it can differ
    between two LAPACK builds (Octave's reference BLAS and numpy's OpenBLAS flip the
    vector of ``null([1 1; 1 1])``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> Z = matlab.null(np.array([[1.0, 1], [1, 1]]))   # the sign is LAPACK's
    >>> np.abs(Z).round(4), Z.shape
    (array([[0.7071],
           [0.7071]]), (2, 1))
    >>> matlab.null(np.array([[1.0, 2, 3], [1, 1, 1]]), 'r')
    array([[ 1.],
           [-2.],
           [ 1.]])
    """
    rational = False
    tol = None
    for arg in args:
        if isinstance(arg, str):
            if arg.lower() != "r":
                raise CompatValueError(f"option must be 'r', got '{arg}'")
            rational = True
        else:
            tol = arg
    if len(args) > 2:
        raise CompatValueError("too many input arguments")
    if rational:
        a = matrix(A, "A")
        m, n = a.shape
        r_matrix, pivots = _rref(a, None)
        r = len(pivots)
        free = [j for j in range(n) if j not in pivots]
        z = np.zeros((n, n - r), a.dtype)
        if n > r:
            z[free, :] = np.eye(n - r, dtype=a.dtype)
            if r:
                z[pivots, :] = -r_matrix[:r][:, free]
        return z
    a = svd_input(A)
    m, n = a.shape
    if a.size == 0:
        return np.eye(n, dtype=a.dtype)
    u, s, vh = core.svd_full(a, economy=m > n)
    t = _tolerance(tol, max(m, n) * spacing(s[0], a.dtype))
    r = int(np.count_nonzero(s > t))
    return np.ascontiguousarray(vh[r:].conj().T)


@matlab_function("orth")
def orth(A, tol=None):
    """Orthonormal basis of the range, as MATLAB's ``orth``: the first ``r`` columns of
    U of ``svd(A,'econ')``, ``r`` the number of singular values greater than ``tol``
    (default ``max(size(A)) * eps(norm(A))``).

    MATLAB call forms::

        Q = orth(A)               ->  Q = orth(A)
        Q = orth(A, tol)          ->  Q = orth(A, 1e-8)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> np.abs(matlab.orth(np.array([[1.0, 1], [1, 1]]))).round(4)
    array([[0.7071],
           [0.7071]])
    """
    a = svd_input(A)
    m, n = a.shape
    if a.size == 0:
        return np.zeros((m, 0), a.dtype)
    u, s, vh = core.svd_full(a, economy=True)
    t = _tolerance(tol, max(m, n) * spacing(s[0], a.dtype))
    r = int(np.count_nonzero(s > t))
    return np.ascontiguousarray(u[:, :r])


def _rref(a: np.ndarray, tol):
    """MATLAB's rref: Gauss-Jordan with partial pivoting; columns whose pivot is
    ``<= tol`` (default ``max(size(A))*eps(class)*norm(A, inf)``) are set to zero."""
    a = np.array(a, dtype=a.dtype, copy=True)
    m, n = a.shape
    if tol is None:
        rows = cabs(a).sum(axis=1) if a.size else np.zeros(0)
        norm_inf = float(rows.max()) if rows.size else 0.0
        tol = max(m, n) * core.eps_of(a.dtype) * norm_inf
    pivots = []
    i = 0
    for j in range(n):
        if i >= m:
            break
        column = cabs(a[i:, j])   # MATLAB's max(abs(...)): C's hypot
        k = int(np.argmax(column))
        p = float(column[k])
        k += i
        if p <= tol:
            a[i:, j] = 0
            continue
        pivots.append(j)
        a[[i, k], j:] = a[[k, i], j:]
        a[i, j:] = a[i, j:] / a[i, j]
        others = [r for r in range(m) if r != i]
        a[others, j:] = a[others, j:] - np.multiply.outer(a[others, j], a[i, j:])
        i += 1
    return a, pivots


class RrefResult(Result):
    """``[R, jb] = rref(A)``."""

    request_style = "nargout"
    R: np.ndarray
    jb: np.ndarray


@matlab_function("rref", nargout=2)
def rref(A, tol=None, *, nargout=1):
    """Reduced row echelon form, as MATLAB's ``rref``.

    MATLAB call forms::

        R = rref(A)               ->  R = rref(A)
        R = rref(A, tol)          ->  R = rref(A, 1e-10)
        [R, jb] = rref(A)         ->  R, jb = rref(A, nargout=2)

    Gauss-Jordan elimination with partial pivoting in MATLAB's order: for each column
    the largest remaining magnitude is the pivot; a column whose pivot is ``<= tol``
    (default ``max(size(A))*eps*norm(A, inf)``) is set to zero below the current row;
    the pivot row is divided by the pivot and subtracted from every other row. ``jb``
    are the pivot columns (1-based, a row vector of doubles).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.rref(np.array([[8.0, 1, 6], [3, 5, 7], [4, 9, 2]]))
    array([[1., 0., 0.],
           [0., 1., 0.],
           [0., 0., 1.]])
    >>> R, jb = matlab.rref(np.array([[1.0, 2, 3], [2, 4, 7]]), nargout=2)
    >>> jb
    array([[1., 3.]])
    """
    a = matrix(A, "A")
    t = None if tol is None or is_omitted(tol) else _tolerance(tol, None)
    r, pivots = _rref(a, t)
    jb = np.array([p + 1 for p in pivots], dtype=np.float64).reshape(1, -1)
    return RrefResult.first(nargout, r, jb)


# ------------------------------------------------------------------------- norm, cond
def _vector_norm(v: np.ndarray, p):
    real = np.finfo(v.dtype).dtype
    mag = cabs(v).astype(real, copy=False)   # C's hypot
    if mag.size == 0:
        return real.type(0)
    if np.isnan(mag).any():
        return real.type(np.nan)
    if p == 2:
        return real.type(scipy.linalg.norm(v.astype(np.result_type(v, real)), 2,
                                           check_finite=False)) \
            if np.all(np.isfinite(mag)) else real.type(np.inf)
    if p == np.inf:
        return real.type(mag.max())
    if p == -np.inf:
        return real.type(mag.min())
    if p == 1:
        return real.type(mag.sum())
    with np.errstate(all="ignore"):
        scale = mag.max()
        if scale == 0 or not np.isfinite(scale):
            return real.type(scale)
        return real.type(scale * np.sum((mag / scale) ** p) ** (1.0 / p))


def _norm_kind(p):
    if isinstance(p, str):
        key = p.lower()
        if key == "fro":
            return "fro"
        if key == "inf":
            return np.inf
        raise CompatValueError(f"norm type must be a positive number, Inf, -Inf or "
                               f"'fro', got '{p}'")
    p = float(real_scalar(p, "norm type must be a positive real scalar, Inf, -Inf or "
                              "'fro'"))
    if np.isnan(p) or (p <= 0 and p != -np.inf):
        raise CompatValueError(f"norm type must be positive, Inf or -Inf, got {p:g}")
    return p


@matlab_function("norm")
def norm(X, p=2):
    """Vector and matrix norms, as MATLAB's ``norm``.

    MATLAB call forms::

        n = norm(v)               ->  n = norm(v)              2-norm
        n = norm(v, p)            ->  norm(v, 1), norm(v, np.inf), norm(v, -np.inf),
                                      norm(v, 3), norm(v, 'fro')
        n = norm(X)               ->  norm(X)                  largest singular value
        n = norm(X, p)            ->  norm(X, 1), norm(X, np.inf), norm(X, 'fro')

    A vector is a 1-D array or a matrix with one row or one column; for vectors ``p`` is
    any positive real, ``Inf``, ``-Inf`` (smallest magnitude) or ``'fro'`` (the 2-norm);
    general ``p`` is ``sum(abs(v).^p)^(1/p)`` (computed scaled by the largest magnitude,
    so it does not overflow). Matrices take ``1`` (largest column sum), ``2``, ``Inf``
    (largest row sum) and ``'fro'``; other ``p`` raise MATLAB's "The only matrix norms
    available are 1, 2, Inf, and 'fro'." ``norm([])`` is 0; NaN anywhere gives NaN.

    Notes
    -----
    ``numpy.linalg.norm`` reads a 2-D row or column as a *matrix* (``ord=1`` then means
    the column sum, not the sum of magnitudes of the vector), has no ``'fro'`` for
    vectors and computes ``ord=-inf`` for matrices; the result here is always real and
    single for single input.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> float(matlab.norm(np.array([[1.0, 2, 3]]), 1))      # a row vector: sum(abs(v))
    6.0
    >>> float(matlab.norm(np.array([[2.0, 0, 1], [-1, 1, 0], [-3, 3, 0]]), 'fro'))
    5.0
    """
    a = float_matrix(X, "X")
    kind = _norm_kind(p)
    if a.ndim > 2:
        raise CompatValueError("Input must be 2-D.")
    real = np.finfo(a.dtype).dtype
    if a.ndim < 2 or 1 in a.shape or a.size == 0:
        if a.size == 0:
            return real.type(0)
        return _vector_norm(a.reshape(-1), 2 if kind == "fro" else kind)
    if kind == "fro":
        return real.type(scipy.linalg.norm(a, "fro", check_finite=False)) \
            if np.all(np.isfinite(a)) else real.type(np.nan if np.isnan(a).any()
                                                     else np.inf)
    if kind == 1:
        return real.type(core.one_norm(a))
    if kind == np.inf:
        return real.type(core.one_norm(a.T))
    if kind == 2:
        if not np.all(np.isfinite(a)):
            return real.type(np.nan if np.isnan(a).any() else np.inf)
        return real.type(core.svd_values(a)[0])
    raise CompatValueError("The only matrix norms available are 1, 2, Inf, and 'fro'.")


@matlab_function("subspace")
def subspace(A, B):
    """Largest principal angle between the column spaces of ``A`` and ``B``, as MATLAB's
    ``subspace``.

    MATLAB call form::

        theta = subspace(A, B)   ->  subspace(A, B)

    Parameters
    ----------
    A, B : array_like
        Double or single matrices (real or complex) with the same number of rows; their
        columns span the two subspaces (a 1-D array is one column).

    Returns
    -------
    numpy float
        The angle in radians, in ``[0, pi/2]``; single if either input is single. 0 for
        identical (or nested) subspaces, ``pi/2`` for orthogonal ones.

    Raises
    ------
    ValueError
        ``"subspace: A and B must have the same number of rows."`` (compat's wording);
        NaN or Inf input (``orth``'s "Input to SVD must not contain NaN or Inf.").

    Notes
    -----
    MATLAB's subspace.m (Bjorck and Golub 1973, Wedin 1983): orthonormal bases by
    ``orth`` (the SVD), the larger one called ``A``, then ``B - A*(A'*B)`` -- the part of
    ``B`` outside span(A) -- and ``asin(min(1, norm(...)))``: the sine form keeps small
    angles accurate, where ``acos`` of the smallest singular value of ``A'*B`` (GNU
    Octave 7.3's subspace.m for angles above 45 degrees, ``scipy.linalg.subspace_angles``'s
    cosine branch) loses them. Subspaces of different dimension compare the smaller
    with the larger.

    Sources: MATLAB ``subspace`` reference page and subspace.m (MathWorks, 1984-2020);
    checked against GNU Octave 7.3 (reference_outputs/matlab/small_linalg).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> H = matlab.hadamard(8)
    >>> round(float(matlab.subspace(H[:, 1:4], H[:, 4:8])), 4)   # orthogonal: pi/2
    1.5708
    """
    a = matrix(A, "A")
    b = matrix(B, "B")
    if a.shape[0] != b.shape[0]:
        raise CompatValueError("A and B must have the same number of rows.")
    single = np.float32 in (np.finfo(a.dtype).dtype, np.finfo(b.dtype).dtype)
    real = np.float32 if single else np.float64   # MATLAB's superiorfloat
    qa = orth(a)
    qb = orth(b)
    if single:
        qa, qb = (q.astype(np.complex64 if q.dtype.kind == "c" else np.float32)
                  for q in (qa, qb))
    if qa.shape[1] < qb.shape[1]:
        qa, qb = qb, qa
    rest = qb - qa @ (qa.conj().T @ qb)
    size = norm(rest) if rest.size else real(0)
    return real(np.arcsin(min(real(1), real(size))))


def _vecnorm_type(p) -> float:
    if p is None or is_omitted(p):
        return 2.0
    message = "P must be a positive real scalar or Inf."
    if isinstance(p, (str, bytes)):
        raise CompatValueError(message)
    try:
        v = np.asarray(p)
    except (TypeError, ValueError):
        raise CompatValueError(message) from None
    if v.size != 1 or v.dtype.kind not in "iuf" or not (float(v.ravel()[0]) > 0):
        raise CompatValueError(message)
    return float(v.ravel()[0])


@matlab_function("vecnorm")
def vecnorm(A, p=2, dim=None):
    """Vector-wise norms along one dimension, as MATLAB's ``vecnorm``.

    MATLAB call forms::

        N = vecnorm(A)            ->  vecnorm(A)          2-norm of each column
        N = vecnorm(A, p)         ->  vecnorm(A, 1), vecnorm(A, np.inf), vecnorm(A, 3)
        N = vecnorm(A, p, dim)    ->  vecnorm(A, 2, 2)    norm of each row

    Parameters
    ----------
    A : array_like
        Double or single array (real or complex) of any number of dimensions; a 1-D
        array is a row.
    p : float, optional
        Norm type: a positive real scalar or ``Inf`` (default 2). ``-Inf``, 0 and
        negative values are refused (MATLAB's ``vecnorm`` takes no ``-Inf``, unlike
        ``norm``).
    dim : int, optional
        MATLAB dimension (1-based) to operate along; default the first dimension whose
        size is not 1.

    Returns
    -------
    ndarray or numpy float
        ``sum(abs(v).^p)^(1/p)`` of every vector ``v`` along ``dim`` (``p = Inf``:
        ``max(abs(v))``), real, single for single input; the size of ``dim`` becomes 1.
        A 1-D input reduced along its only dimension gives a numpy scalar. Where
        ``dim`` exceeds the number of dimensions or ``size(A, dim)`` is 1 the result is
        ``abs(A)``. A vector holding NaN gives NaN for every ``p`` (the reference page's
        convention; ``max`` alone would skip it); a vector of length 0 gives 0.

    Raises
    ------
    TypeError
        Integer or logical ``A`` (MATLAB's ``vecnorm`` takes single and double).
    ValueError
        ``"vecnorm: P must be a positive real scalar or Inf."``; a ``dim`` that is not a
        positive integer (compat's wording).

    Notes
    -----
    ``numpy.linalg.norm(A, ord=p, axis=0)`` gives the same numbers for real ``p >= 1``
    but its ``axis`` is numpy's, it returns NaN-skipping ``max`` for ``ord=inf`` only
    when no NaN is present (numpy propagates it too), and it accepts ``ord=-inf`` and
    ``0``; its default is the flattened 2-norm for vectors and the Frobenius norm for
    ``axis=None`` matrices, not the column norms. The 2-norm and the p-norm are
    computed as written and, only where that sum overflows or underflows, with the
    vector scaled by its largest magnitude, as compat's ``norm`` does
    (``vecnorm(1e200*[1 1])`` is ``1.4142e+200`` here; GNU Octave 7.3's
    ``sqrt(sumsq(A))`` gives Inf; the reference page does not say what MATLAB gives).

    Sources: MATLAB ``vecnorm`` reference page (definition, default dimension, the NaN
    convention, ``dim > ndims(A)`` gives ``abs(A)``, data types single and double);
    checked against GNU Octave 7.3 (reference_outputs/matlab/vector_norms).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[2.0, 0, 1], [-1, 1, 0], [-3, 3, 0]])
    >>> matlab.vecnorm(A).round(4)
    array([[3.7417, 3.1623, 1.    ]])
    >>> float(matlab.vecnorm(np.array([2.0, 2, 2]), 1))
    6.0
    """
    a = matlab_array(A, "A", integer_ok=False, logical_ok=False)
    kind = _vecnorm_type(p)
    real = np.finfo(a.dtype).dtype
    one_d = a.ndim == 1
    shape = (1,) + a.shape if one_d else (a.shape if a.ndim else (1, 1))
    if dim is None or is_omitted(dim):
        axis = first_nonsingleton(shape) - 1
    else:
        axis = matlab_dim(None, dim, len(shape))
    if axis >= len(shape) or shape[axis] == 1:
        return cabs(a).astype(real, copy=False)
    out = core.vector_norms(a.reshape(shape), kind, axis)
    if one_d:
        return out.reshape(-1)[0]
    return out


@matlab_function("cond")
def cond(A, p=2):
    """Condition number, as MATLAB's ``cond``.

    MATLAB call forms::

        c = cond(A)               ->  c = cond(A)          2-norm: max(s)/min(s)
        c = cond(A, p)            ->  cond(A, 1), cond(A, np.inf), cond(A, 'fro')

    2-norm: the ratio of the largest to the smallest singular value, ``Inf`` when the
    smallest is 0 (any shape). Other norms (square A only): ``norm(A,p) *
    norm(inv(A),p)`` with ``inv``'s warnings silenced, as MATLAB's ``cond`` does.
    ``cond([])`` is 0.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> float(matlab.cond(np.array([[1.0, 0], [0, 1e-3]])))
    1000.0
    """
    kind = _norm_kind(p)
    a = matrix(A, "A")
    real = np.finfo(a.dtype).dtype
    if a.size == 0:
        return real.type(0)
    if kind == 2:
        if not np.all(np.isfinite(a)):
            raise CompatValueError("Input to SVD must not contain NaN or Inf.")
        s = core.svd_values(a)
        if s[-1] == 0:
            return real.type(np.inf)
        return real.type(s[0] / s[-1])
    if a.shape[0] != a.shape[1]:
        raise CompatValueError("A is rectangular. Use RCOND or condest or the 2 norm.")
    inverse, _ = core.inverse(a)
    with np.errstate(all="ignore"):
        return real.type(norm.__wrapped__(a, p) * norm.__wrapped__(inverse, p))


class CondeigResult(Result):
    """``[V, D, s] = condeig(A)``."""

    request_style = "nargout"
    V: np.ndarray
    D: np.ndarray
    s: np.ndarray


@matlab_function("condeig", nargout=3)
def condeig(A, *, nargout=1):
    """Condition numbers of the eigenvalues, as MATLAB's ``condeig``.

    MATLAB call forms::

        c = condeig(A)            ->  c = condeig(A)
        [V, D, s] = condeig(A)    ->  V, D, s = condeig(A, nargout=3)

    Parameters
    ----------
    A : array_like
        Square double or single matrix (real or complex).

    Returns
    -------
    c : ndarray
        n-by-1 condition numbers: the reciprocals of the cosines of the angles between
        the left and right eigenvectors of each eigenvalue (Wilkinson's 1/s(lambda)),
        >= 1; large where ``A`` is near a matrix with a multiple eigenvalue; Inf (with
        MATLAB's singular-matrix warning) for a defective ``A``. With ``nargout=3``:
        ``V`` and ``D`` of ``[V, D] = eig(A)`` (:func:`compat.matlab.eig`) and ``s``.

    Raises
    ------
    ValueError
        A non-square matrix (``eig``'s "Matrix must be square."), NaN or Inf.

    Notes
    -----
    MATLAB's condeig.m: ``[X, D] = eig(A)``, ``Y = inv(X)`` (rows of Y are left
    eigenvectors), ``s(i) = norm(Y(i,:)) * norm(X(:,i)) / abs(Y(i,:)*X(:,i))``.
    ``scipy.linalg.eig(A, left=True)`` gives left eigenvectors from LAPACK directly, not
    through ``inv(X)``, and the numbers then differ in the last digits (and for
    defective matrices, where ``inv`` is singular).

    Sources: MATLAB ``condeig`` reference page and condeig.m (MathWorks 1984-2004;
    Golub and Van Loan, *Matrix Computations*, 2nd ed., sec. 7.2.2); checked against GNU
    Octave 7.3 (reference_outputs/matlab/small_linalg).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.condeig(np.array([[1.0, 2], [3, 4]])).round(4)
    array([[1.015],
           [1.015]])
    """
    from compat.matlab.factorizations import eig
    from compat.matlab.linalg import inv
    a = matrix(A, "A", square=True)
    n = a.shape[0]
    real = np.finfo(a.dtype).dtype
    V, D = eig(a, nargout=2)
    if n == 0:
        s = np.zeros((0, 1), dtype=real)
        return s if nargout <= 1 else CondeigResult.first(nargout, V, D, s)
    Y = inv(V)
    s = np.zeros((n, 1), dtype=real)
    with np.errstate(divide="ignore", invalid="ignore"):
        for i in range(n):
            row, col = Y[i, :], V[:, i]
            nrow = scipy.linalg.norm(row, 2, check_finite=False) if np.all(np.isfinite(row)) \
                else np.inf
            ncol = scipy.linalg.norm(col, 2, check_finite=False)
            s[i, 0] = real.type(nrow * ncol / abs(row @ col))
    if nargout <= 1:            # condeig.m: "if nargout <= 1, X = s; end"
        return s
    return CondeigResult.first(nargout, V, D, s)

