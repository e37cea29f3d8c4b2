"""MATLAB's dense linear algebra: ``mldivide`` (``\\``), ``mrdivide`` (``/``), ``inv``,
``pinv``, ``det``, ``rank``, ``null``, ``orth``, ``rref``, ``norm``, ``cond``, ``rcond``,
``trace``, ``eig``, ``svd``, ``chol``, ``lu``, ``qr``, ``expm``.

The legacy layer of the family: each function reads MATLAB's argument grammar (option
strings, ``nargout``, ``[]``) and its class rules, calls the core
(:mod:`compat._core.linalg`) and turns the core's findings into MATLAB's warnings
(:class:`compat.SingularMatrixWarning`, :class:`compat.NearlySingularMatrixWarning`,
:class:`compat.RankDeficientWarning`, with MATLAB's message text).

Matrices are 2-D arrays with MATLAB's ``(row, column)`` indexing. Linear algebra takes
double and single data (complex too); integer and logical matrices are refused, as
MATLAB refuses them; a single operand makes the result single.
"""

from __future__ import annotations

import warnings

import numpy as np
import scipy.linalg

from compat._core import linalg as core
from compat._core.args import is_omitted
from compat._core.docs import Fragments
from compat._core.errors import (CompatTypeError, CompatValueError,
                                 NearlySingularMatrixWarning, RankDeficientWarning,
                                 SingularMatrixWarning)
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array, result_class
from compat._core.results import Result

__all__ = ["mldivide", "mrdivide", "inv", "pinv", "det", "rank", "null", "orth", "rref",
           "norm", "cond", "rcond", "trace", "eig", "svd", "chol", "lu", "qr", "expm"]

#: legacy spelling -> Python name (the operators)
__legacy_names__ = {"\\": "mldivide", "/": "mrdivide"}

SINGULAR = "Matrix is singular to working precision."
NEARLY_SINGULAR = ("Matrix is close to singular or badly scaled. Results may be "
                   "inaccurate. RCOND = {rcond:13.6e}.")
RANK_DEFICIENT = "Rank deficient, rank = {rank}, tol = {tol:13.6e}."

_DOCS = Fragments(
    classes="""Classes: double and single, real or complex (MATLAB refuses integer and
logical matrices here, and so does compat); the result is single when an operand is
single (computed in single precision, with single's eps in the tests), complex when an
operand is complex.""",
    warnings="""Warns
-----
SingularMatrixWarning
    "Matrix is singular to working precision." -- an exactly zero pivot (or a
    condition estimate of 0 or NaN); the result holds Inf/NaN where MATLAB's does.
NearlySingularMatrixWarning
    "Matrix is close to singular or badly scaled. Results may be inaccurate. RCOND =
    1.306145e-17." -- the reciprocal condition estimate is below eps of the class.""",
    order="""Up to 256 rows the LU factorisation and the substitutions run in LAPACK's
reference operation order without fused multiply-adds (:mod:`compat._core.linalg`):
the results then equal Octave's bit for bit and reproduce MATLAB's printed answers on
singular systems; larger systems use LAPACK through scipy (equal to rounding).""",
)


# ----------------------------------------------------------------- coercion, warnings
def _float_matrix(value, name: str) -> np.ndarray:
    a = matlab_array(value, name)
    if a.dtype.kind in "biu":
        raise CompatTypeError(f"{name} must be double or single, not "
                              f"{'logical' if a.dtype.kind == 'b' else a.dtype.name}")
    return a


def _matrix(value, name: str, *, square: bool = False) -> np.ndarray:
    """A 2-D float matrix (0-d -> 1x1, 1-D -> a column), refusing N-D input."""
    a = _float_matrix(value, name)
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


def _warn_square(report, dtype) -> None:
    if report.singular:
        warnings.warn(SingularMatrixWarning(SINGULAR, "MATLAB:singularMatrix"),
                      stacklevel=4)
    elif report.rcond < core.eps_of(dtype):
        warnings.warn(NearlySingularMatrixWarning(
            NEARLY_SINGULAR.format(rcond=report.rcond), "MATLAB:nearlySingularMatrix",
            rcond=report.rcond), stacklevel=4)


def _warn(report, dtype) -> None:
    if report.solver == "qr":
        if report.rank_deficient:
            warnings.warn(RankDeficientWarning(
                RANK_DEFICIENT.format(rank=report.rank, tol=report.tol),
                "MATLAB:rankDeficientMatrix", rank=report.rank, tol=report.tol),
                stacklevel=4)
    elif report.solver not in ("empty", "scalar"):
        _warn_square(report, dtype)


def _spacing(x, dtype) -> float:
    """MATLAB's ``eps(x)`` for x >= 0 in the class of ``dtype``."""
    real = np.finfo(np.dtype(dtype)).dtype
    return float(np.spacing(real.type(abs(x))))


# ------------------------------------------------------------------------ \ and /
def _elementwise_divide(numerator, denominator):
    """MATLAB's ``B ./ a`` for a scalar divisor (integer classes by MATLAB's rules)."""
    n = matlab_array(numerator, "B")
    d = matlab_array(denominator, "A")
    if n.dtype.kind in "iu" or d.dtype.kind in "iu":
        from compat.matlab import intops
        return intops.rdivide(n, d)
    dtype = result_class(n, d)
    if n.dtype.kind == "b":
        n = n.astype(np.float64)
    if d.dtype.kind == "b":
        d = d.astype(np.float64)
    with np.errstate(all="ignore"):
        out = np.divide(n, d, dtype=dtype)
    return out


def _solve(A, B, name_a: str, name_b: str, transposed: bool):
    a = _float_matrix(A, name_a)
    b = _float_matrix(B, name_b)
    if a.ndim > 2 or b.ndim > 2:
        raise CompatValueError("Arguments must be 2-D, or at least one argument must be "
                               "scalar. Use " + ("RDIVIDE (./)" if transposed else
                                                 "LDIVIDE (.\\)") +
                               " for elementwise division.")
    dtype = result_class(a, b)
    vector_b = b.ndim == 1
    # 1-D operands: b is a column for \ and a row for /; A a column for \, a row for /
    a2 = a.reshape(1, 1) if a.ndim == 0 else (a.reshape(-1, 1) if a.ndim == 1 else a)
    b2 = b.reshape(1, 1) if b.ndim == 0 else (b.reshape(-1, 1) if b.ndim == 1 else b)
    if transposed:
        if a.ndim == 1:
            a2 = a.reshape(1, -1)
        if b.ndim == 1:
            b2 = b.reshape(1, -1)
        a2, b2 = a2.T, b2.T
    if a2.shape[0] != b2.shape[0]:
        shape_a = "x".join(map(str, (a2.T if transposed else a2).shape))
        shape_b = "x".join(map(str, (b2.T if transposed else b2).shape))
        raise CompatValueError(f"Matrix dimensions must agree ({name_a} is {shape_a}, "
                               f"{name_b} is {shape_b}).")
    x, report = core.structured_solve(np.ascontiguousarray(a2, dtype=dtype),
                                      np.ascontiguousarray(b2, dtype=dtype))
    _warn(report, dtype)
    if transposed:
        x = x.T
    x = np.ascontiguousarray(x, dtype=dtype)
    if vector_b:
        return x.reshape(-1)
    return x


@matlab_function("mldivide")
@_DOCS.fill
def mldivide(A, B):
    """Solve ``A*x = B``, as MATLAB's backslash ``x = A\\B`` (``mldivide(A, B)``).

    MATLAB call forms::

        x = A\\B                   ->  x = mldivide(A, B)
        x = mldivide(A, B)        ->  x = mldivide(A, B)

    The solver depends on A, as MATLAB's flowchart for full matrices:

    * scalar A: elementwise ``B ./ A`` (no warning for 0; integer classes by MATLAB's
      integer division rules);
    * square A: diagonal -> elementwise division; upper or lower triangular -> back or
      forward substitution; a row permutation of a triangular matrix -> substitution on
      the permuted rows; Hermitian with a real positive diagonal -> Cholesky (LDL' when
      Cholesky fails); other Hermitian -> LDL'; anything else -> LU with partial
      pivoting. An exactly singular matrix is *not* switched to least squares: the
      result holds Inf/NaN, with MATLAB's warning;
    * rectangular A (``m ~= n``): least squares by QR with column pivoting, returning the
      **basic** solution (at most ``rank(A)`` nonzeros per column) and warning "Rank
      deficient, rank = r, tol = ..." when ``rank < min(m, n)``; the rank is the number
      of ``|R(i,i)| > max(m, n)*eps*|R(1,1)|``.

    Warnings of square systems come from LAPACK's reciprocal condition estimate (LU,
    Cholesky, LDL'), and for triangular matrices from MATLAB's cheaper heuristic
    ``min|t_ii|/max|t_ii|`` (MathWorks: "rcond is not computed in x = A\\b if A is
    triangular ... a heuristic based on the diagonal values of A is used").

    Parameters
    ----------
    A : array_like
        ``m x n`` coefficient matrix (a scalar; a 1-D array is a column).
    B : array_like
        ``m x k`` right-hand side; a 1-D array is a column and gives a 1-D ``x``.

    Returns
    -------
    x : ndarray
        ``n x k`` (1-D for a 1-D ``B``).

    Raises
    ------
    ValueError
        "Matrix dimensions must agree" (rows of A and B differ), N-D operands.
    TypeError
        Integer or logical matrices (scalars follow MATLAB's elementwise rules).

    {{warnings}}
    RankDeficientWarning
        "Rank deficient, rank = 2, tol =  1.459426e-14." (rectangular A).

    Notes
    -----
    Differences from the naive calls: ``numpy.linalg.solve`` refuses rectangular and
    singular matrices and never warns about ill conditioning; ``numpy.linalg.lstsq``
    (and Octave's backslash) return the *minimum-norm* solution of a rank-deficient or
    underdetermined system, where MATLAB returns the basic one
    (``[1 2 0; 0 4 3]\\[8; 18]`` is ``[0; 4; 0.6667]`` in MATLAB, ``[0.918; 3.541;
    1.279]`` from lstsq); on an exactly singular square system Octave switches to
    least squares too, where MATLAB returns Inf/NaN (``[1 0; 0 0]\\[1; 1]`` is
    ``[1; Inf]``).

    {{classes}} {{order}}

    Sources: MATLAB documentation of ``mldivide`` (flowchart for full matrices, the
    examples below, "x may not be the minimum-norm solution"); MATLAB's printed warnings
    (RCOND and tol formats); LAPACK xGETRF2/xGETRS/xGEQP3/xGECON/xPOTRF/xSYTRF.

    Examples
    --------
    >>> import numpy as np, warnings
    >>> from compat import matlab
    >>> A = np.array([[8.0, 1, 6], [3, 5, 7], [4, 9, 2]])        # magic(3)
    >>> matlab.mldivide(A, np.array([[15.0], [15], [15]]))
    array([[1.],
           [1.],
           [1.]])
    >>> A = np.array([[1.0, 2, 0], [0, 4, 3]])                   # basic solution
    >>> matlab.mldivide(A, np.array([8.0, 18.0])).round(4)
    array([0.    , 4.    , 0.6667])
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     x = matlab.mldivide(np.array([[1.0, 0], [0, 0]]), np.array([1.0, 1.0]))
    >>> x, str(caught[0].message)
    (array([ 1., inf]), 'Matrix is singular to working precision.')
    """
    if np.size(A) == 1 and np.ndim(A) <= 2:
        return _elementwise_divide(B, np.asarray(A).reshape(()) if np.ndim(A) else A)
    return _solve(A, B, "A", "B", transposed=False)


@matlab_function("mrdivide")
@_DOCS.fill
def mrdivide(B, A):
    """Solve ``x*A = B``, as MATLAB's slash ``x = B/A`` (``mrdivide(B, A)``).

    MATLAB call forms::

        x = B/A                   ->  x = mrdivide(B, A)
        x = mrdivide(B, A)        ->  x = mrdivide(B, A)

    ``B/A`` is ``(A.'\\B.').'``: the same structure-dependent solvers and warnings as
    :func:`mldivide` on the transposed system (scalar ``A``: elementwise ``B ./ A``).
    A rectangular ``A`` gives the basic least-squares solution, with MATLAB's
    "Rank deficient" warning when ``rank(A) < min(size(A))``.

    Parameters
    ----------
    B : array_like
        ``k x n``; a 1-D array is a row and gives a 1-D ``x``.
    A : array_like
        ``m x n`` (a 1-D array is a row).

    Returns
    -------
    x : ndarray
        ``k x m`` (1-D for a 1-D ``B``).

    {{warnings}}
    RankDeficientWarning
        "Rank deficient, rank = 1, tol =  1.332268e-15." (rectangular A).

    Notes
    -----
    The naive ``B @ numpy.linalg.inv(A)`` is less accurate, refuses rectangular A and
    never warns; ``numpy.linalg.lstsq(A.T, B.T)`` gives the minimum-norm solution where
    MATLAB gives the basic one (``[1 2]/[1 0; 2 0; 1 0]`` is ``[0 0.5 0]`` in MATLAB,
    ``[0.1667 0.3333 0.1667]`` from lstsq and Octave). {{classes}}

    Sources: MATLAB documentation of ``mrdivide`` (both examples below, with MATLAB's
    printed warning ``Rank deficient, rank = 1, tol =  1.332268e-15.``).

    Examples
    --------
    >>> import numpy as np, warnings
    >>> from compat import matlab
    >>> A = np.array([[1.0, 1, 3], [2, 0, 4], [-1, 6, -1]])
    >>> matlab.mrdivide(np.array([[2.0, 19, 8]]), A).round(4)
    array([[1., 2., 3.]])
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     x = matlab.mrdivide(np.array([[1.0, 2]]), np.array([[1.0, 0], [2, 0], [1, 0]]))
    >>> x, str(caught[0].message)
    (array([[0. , 0.5, 0. ]]), 'Rank deficient, rank = 1, tol =  1.332268e-15.')
    """
    if np.size(A) == 1 and np.ndim(A) <= 2:
        return _elementwise_divide(B, np.asarray(A).reshape(()) if np.ndim(A) else A)
    return _solve(A, B, "A", "B", transposed=True)


# ------------------------------------------------------------- inv, det, rcond, trace
@matlab_function("inv")
@_DOCS.fill
def inv(A):
    """Matrix inverse, as MATLAB's ``inv``.

    MATLAB call form::

        X = inv(A)                ->  X = inv(A)

    LU factorisation with partial pivoting (the reference operation order up to 256
    rows), then LAPACK's xGETRI. An exactly singular matrix gives a matrix of ``Inf``
    with "Matrix is singular to working precision." (MATLAB's behaviour; numpy raises
    ``LinAlgError``); a condition estimate below eps warns "Matrix is close to singular
    or badly scaled ..." with MATLAB's RCOND. ``inv([])`` is ``zeros(0, 0)``.

    {{warnings}}

    Notes
    -----
    MATLAB's documentation says Hermitian matrices are inverted through an LDL'
    factorisation; compat uses LU for every matrix (equal to rounding; the warnings
    use LU's condition estimate). {{classes}}

    Sources: MATLAB documentation of ``inv`` (warnings, "inv performs an LU
    decomposition"); LAPACK xGETRF/xGETRI/xGECON.

    Examples
    --------
    >>> import numpy as np, warnings
    >>> from compat import matlab
    >>> matlab.inv(np.array([[1.0, 0, 2], [-1, 5, 0], [0, 3, -9]])).round(4)
    array([[ 0.8824, -0.1176,  0.1961],
           [ 0.1765,  0.1765,  0.0392],
           [ 0.0588,  0.0588, -0.098 ]])
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter("ignore")
    ...     matlab.inv(np.array([[1.0, 2], [2, 4]]))
    array([[inf, inf],
           [inf, inf]])
    """
    a = _matrix(A, "A", square=True)
    x, report = core.inverse(a)
    _warn_square(report, a.dtype)
    return x


@matlab_function("det")
def det(A):
    """Determinant, as MATLAB's ``det``.

    MATLAB call form::

        d = det(A)                ->  d = det(A)

    From the LU factors (the same factorisation as ``lu``): the product of U's diagonal
    taken in order, negated at every row interchange. Like MATLAB's, the result of a
    singular matrix is a rounding-error-sized number rather than 0 when LU finds no exact
    zero pivot (``det(magic(4))`` is ``-1.4495e-12``). ``det([])`` is 1.

    Returns
    -------
    d : numpy scalar (double or single, complex for complex A).

    Notes
    -----
    ``numpy.linalg.det`` multiplies the same diagonal with OpenBLAS's LU: the last bits
    can differ. Sources: MATLAB documentation of ``det`` (algorithm; ``det(magic(4))``
    example; ``A = [1 -2 4; -5 2 0; 1 0 3]`` gives -32).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.det(np.array([[1.0, -2, 4], [-5, 2, 0], [1, 0, 3]]))
    np.float64(-32.0)
    """
    a = _matrix(A, "A", square=True)
    return core.determinant(a)


@matlab_function("rcond")
def rcond(A):
    """Reciprocal condition number estimate (1-norm), as MATLAB's ``rcond``.

    MATLAB call form::

        C = rcond(A)              ->  C = rcond(A)

    LAPACK's xGECON on the LU factors with the 1-norm of A: near 1 for a well
    conditioned matrix, near eps (or 0) for a badly conditioned one; 0 for an exactly
    singular matrix; NaN when A holds NaN; ``rcond([])`` is Inf.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> float(matlab.rcond(np.eye(3)))
    1.0
    >>> float(matlab.rcond(np.array([[1.0, 2], [2, 4]])))
    0.0
    """
    a = _matrix(A, "A", square=True)
    if a.size == 0:
        return np.finfo(a.dtype).dtype.type(np.inf)
    factors = core.lu_factor(a)
    value = core.lu_rcond(factors, core.one_norm(a))
    return np.finfo(a.dtype).dtype.type(value)


@matlab_function("trace")
def trace(A):
    """Sum of the diagonal elements, as MATLAB's ``trace`` (``sum(diag(A))``).

    MATLAB call form::

        b = trace(A)              ->  b = trace(A)

    A must be square ("Matrix must be square."); the sum follows MATLAB's ``sum``
    (double for logical and integer data, single for single).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.trace(np.array([[-1.0, 2, 3], [4, 5, 6], [7, 8, 9]]))
    np.float64(13.0)
    """
    from compat.matlab import sum as matlab_sum
    a = matlab_array(A, "A")
    if a.ndim > 2:
        raise CompatValueError(f"A must be a 2-D matrix, got {a.ndim} dimensions")
    a2 = a.reshape(1, 1) if a.ndim == 0 else (a.reshape(-1, 1) if a.ndim == 1 else a)
    if a2.shape[0] != a2.shape[1]:
        raise CompatValueError(f"Matrix must be square (A is {a2.shape[0]}x{a2.shape[1]}).")
    diagonal = np.ascontiguousarray(np.diagonal(a2))
    if diagonal.size == 0:
        return np.float32(0) if a.dtype in (np.float32, np.complex64) else np.float64(0)
    return matlab_sum(diagonal)


# ------------------------------------------------------ SVD-based: pinv, rank, null, orth
def _svd_input(A, name="A"):
    a = _matrix(A, name)
    if a.size and not np.all(np.isfinite(a)):
        raise CompatValueError("Input to SVD must not contain NaN or Inf.")
    return a


def _tolerance(tol, default):
    if tol is None or is_omitted(tol):
        return default
    value = np.asarray(tol)
    if value.size != 1 or value.dtype.kind not in "biuf":
        raise CompatValueError("tol must be a real numeric scalar")
    return float(value.reshape(-1)[0])


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
    a = _svd_input(A)
    m, n = a.shape
    if a.size == 0:
        return np.zeros((n, m), a.dtype)
    u, s, vh = core.svd_full(a, economy=True)
    t = _tolerance(tol, max(m, n) * _spacing(s[0], a.dtype))
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
    a = _svd_input(A)
    if a.size == 0:
        return np.float64(0)
    s = core.svd_values(a)
    t = _tolerance(tol, max(a.shape) * _spacing(s[0], a.dtype))
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
        a = _matrix(A, "A")
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
    a = _svd_input(A)
    m, n = a.shape
    if a.size == 0:
        return np.eye(n, dtype=a.dtype)
    u, s, vh = core.svd_full(a, economy=m > n)
    t = _tolerance(tol, max(m, n) * _spacing(s[0], a.dtype))
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
    a = _svd_input(A)
    m, n = a.shape
    if a.size == 0:
        return np.zeros((m, 0), a.dtype)
    u, s, vh = core.svd_full(a, economy=True)
    t = _tolerance(tol, max(m, n) * _spacing(s[0], a.dtype))
    r = int(np.count_nonzero(s > t))
    return np.ascontiguousarray(u[:, :r])


def _rref(a: np.ndarray, tol):
    """MATLAB's rref: Gauss-Jordan with partial pivoting; columns whose pivot is
    ``<= tol`` (default ``max(size(A))*eps(class)*norm(A, inf)``) are set to zero."""
    a = np.array(a, dtype=a.dtype, copy=True)
    m, n = a.shape
    if tol is None:
        rows = np.abs(a).sum(axis=1) if a.size else np.zeros(0)
        norm_inf = float(rows.max()) if rows.size else 0.0
        tol = max(m, n) * core.eps_of(a.dtype) * norm_inf
    pivots = []
    i = 0
    for j in range(n):
        if i >= m:
            break
        column = np.abs(a[i:, j])
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
    a = _matrix(A, "A")
    t = None if tol is None or is_omitted(tol) else _tolerance(tol, None)
    r, pivots = _rref(a, t)
    jb = np.array([p + 1 for p in pivots], dtype=np.float64).reshape(1, -1)
    return RrefResult.first(nargout, r, jb)


# ------------------------------------------------------------------------- norm, cond
def _vector_norm(v: np.ndarray, p):
    real = np.finfo(v.dtype).dtype
    mag = np.abs(v).astype(real, copy=False)
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
    value = np.asarray(p)
    if value.size != 1 or value.dtype.kind not in "biuf":
        raise CompatValueError("norm type must be a positive real scalar, Inf, -Inf or "
                               "'fro'")
    p = float(value.reshape(-1)[0])
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
    a = _float_matrix(X, "X")
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
    a = _matrix(A, "A")
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


# ------------------------------------------------------------------------------ eig
class EigResult(Result):
    """``[V, D, W] = eig(...)``."""

    request_style = "nargout"
    V: np.ndarray
    D: np.ndarray
    W: np.ndarray


def _real_if_possible(values: np.ndarray, *others):
    """MATLAB returns real eigen-data when every eigenvalue is real (real input)."""
    if values.dtype.kind == "c" and np.all(values.imag == 0):
        real = np.finfo(values.dtype).dtype
        return (values.real.astype(real),) + tuple(
            o.real.astype(real) if o is not None and o.dtype.kind == "c" else o
            for o in others)
    return (values,) + others


def _unit_columns(v: np.ndarray) -> np.ndarray:
    norms = np.sqrt(np.sum(np.abs(v) ** 2, axis=0))
    with np.errstate(all="ignore"):
        return v / np.where(norms == 0, 1, norms)


def _eig_standard(a, want_vectors, want_left, balance):
    n = a.shape[0]
    if core.is_hermitian(a) and np.all(np.isfinite(a)):
        name = "heev" if a.dtype.kind == "c" else "syev"
        ev = core._lapack(name, a)
        w, v, info = ev(np.asfortranarray(a), compute_v=int(want_vectors or want_left),
                        lower=False)
        if info > 0:
            raise CompatValueError("the eigenvalue algorithm did not converge")
        v = np.ascontiguousarray(v) if (want_vectors or want_left) else None
        return w.astype(np.finfo(a.dtype).dtype), v, v
    if not balance:
        raise CompatValueError("'nobalance' is not supported by compat (LAPACK's "
                               "xGEEVX is not reachable through scipy)")
    if not np.all(np.isfinite(a)):
        raise CompatValueError("Input to EIG must not contain NaN or Inf.")
    w, vl, vr = scipy.linalg.eig(a, left=True, right=True, check_finite=False)
    if a.dtype.kind == "f":
        w = w.astype(np.complex64 if a.dtype == np.float32 else np.complex128)
    values, vr, vl = _real_if_possible(w, vr, vl)
    return values, np.ascontiguousarray(vr), np.ascontiguousarray(vl)


def _eig_general(a, b, want_vectors, algorithm):
    dtype = result_class(a, b)
    a = a.astype(dtype)
    b = b.astype(dtype)
    if algorithm is None:
        use_chol = core.is_hermitian(a) and core.is_hermitian(b) and \
            np.all(np.isfinite(a)) and np.all(np.isfinite(b))
        if use_chol:
            try:
                np.linalg.cholesky(b)
            except np.linalg.LinAlgError:
                use_chol = False
    else:
        use_chol = algorithm == "chol"
    if use_chol:
        name = "hegv" if dtype.kind == "c" else "sygv"
        gv = core._lapack(name, a, b)
        w, v, info = gv(np.asfortranarray(a), np.asfortranarray(b), itype=1,
                        jobz="V" if want_vectors else "N", uplo="U")
        if 0 < info <= a.shape[0]:
            raise CompatValueError("the eigenvalue algorithm did not converge")
        if info > a.shape[0]:
            raise CompatValueError("The second input matrix must be symmetric positive "
                                   "definite for the 'chol' algorithm.")
        real = np.finfo(dtype).dtype
        return w.astype(real), np.ascontiguousarray(v), None
    if not (np.all(np.isfinite(a)) and np.all(np.isfinite(b))):
        raise CompatValueError("Input to EIG must not contain NaN or Inf.")
    ggev = core._lapack("ggev", a, b)
    if dtype.kind == "c":
        alpha, beta, vl, vr, work, info = ggev(np.asfortranarray(a), np.asfortranarray(b),
                                              compute_vl=1, compute_vr=1)
    else:
        alphar, alphai, beta, vl, vr, work, info = ggev(
            np.asfortranarray(a), np.asfortranarray(b), compute_vl=1, compute_vr=1)
        alpha = alphar + 1j * alphai
        vr = _pair_vectors(vr, alphai)
        vl = _pair_vectors(vl, alphai)
    if info:
        raise CompatValueError("the QZ algorithm did not converge")
    complex_dtype = np.complex64 if dtype in (np.float32, np.complex64) else np.complex128
    with np.errstate(all="ignore"):
        values = np.where(beta != 0, alpha / np.where(beta == 0, 1, beta),
                          np.where(alpha == 0, np.nan, np.inf))
    values = values.astype(complex_dtype)
    vr = _unit_columns(vr.astype(complex_dtype))
    vl = _unit_columns(vl.astype(complex_dtype))
    if dtype.kind == "f":
        finite_real = np.where(np.isnan(values.real) | np.isinf(values.real),
                               0, values.imag)
        if np.all(finite_real == 0):
            values = values.real.astype(dtype)
            vr = vr.real.astype(dtype)
            vl = vl.real.astype(dtype)
    return values, np.ascontiguousarray(vr), np.ascontiguousarray(vl)


def _pair_vectors(v, imaginary):
    """LAPACK's real storage of complex-conjugate eigenvector pairs -> complex columns."""
    out = v.astype(np.complex128 if v.dtype == np.float64 else np.complex64)
    j = 0
    n = v.shape[1]
    while j < n:
        if imaginary[j] != 0 and j + 1 < n:
            out[:, j] = v[:, j] + 1j * v[:, j + 1]
            out[:, j + 1] = v[:, j] - 1j * v[:, j + 1]
            j += 2
        else:
            j += 1
    return out


@matlab_function("eig", nargout=3)
def eig(A, *args, nargout=1):
    """Eigenvalues and eigenvectors, as MATLAB's ``eig``.

    MATLAB call forms::

        e = eig(A)                    ->  e = eig(A)
        [V, D] = eig(A)               ->  V, D = eig(A, nargout=2)
        [V, D, W] = eig(A)            ->  V, D, W = eig(A, nargout=3)
        e = eig(A, B)                 ->  e = eig(A, B)        generalised A*v = lambda*B*v
        [V, D] = eig(A, B)            ->  V, D = eig(A, B, nargout=2)
        [___] = eig(A, B, algorithm)  ->  eig(A, B, 'chol') / eig(A, B, 'qz')
        [___] = eig(___, outputForm)  ->  eig(A, 'vector', nargout=2), eig(A, 'matrix')

    Which algorithm, as MATLAB: an exactly Hermitian (real symmetric) A uses the
    symmetric solver (LAPACK xSYEV/xHEEV): real eigenvalues in **ascending order**,
    orthonormal eigenvectors. Other matrices use xGEEV with balancing: eigenvalues in
    LAPACK's order (complex-conjugate pairs together, positive imaginary part first),
    each eigenvector scaled to unit 2-norm with its largest component real; the
    eigenvalues are real when all are, complex otherwise (MATLAB's rule). ``W`` holds the
    left eigenvectors (``W'*A = D*W'``), also of unit norm.

    Generalised problem: symmetric A with symmetric positive definite B uses the
    Cholesky-based xSYGV ('chol': ascending eigenvalues, ``V'*B*V = I``, the B-norm
    normalisation MATLAB documents); otherwise the QZ algorithm (xGGEV; ``beta = 0``
    gives Inf, or NaN when ``alpha`` is 0 too), each eigenvector scaled to unit 2-norm.

    outputForm: ``'vector'`` returns the eigenvalues as a column even with several
    outputs, ``'matrix'`` as a diagonal matrix even with one.

    Returns
    -------
    e : ndarray
        Column ``n x 1`` of eigenvalues (``nargout=1``).
    V, D, W : ndarray (``nargout >= 2``)
        Right eigenvectors, diagonal eigenvalue matrix, left eigenvectors.

    Notes
    -----
    Differences from the naive calls: ``numpy.linalg.eig`` never picks the symmetric
    solver, so a symmetric matrix's eigenvalues are not sorted and its eigenvectors not
    exactly orthogonal; ``numpy.linalg.eigh`` sorts ascending but reads
    only one triangle (MATLAB checks symmetry exactly and falls back to the general
    solver); ``scipy.linalg.eig(A, B)`` does not normalise generalised eigenvectors.
    Eigenvector signs (and phases) are LAPACK's, which MATLAB and Octave also use; they
    are not otherwise defined mathematically. Balancing cannot be switched off
    ('nobalance' raises): scipy does not expose LAPACK's xGEEVX.

    Sources: MATLAB documentation of ``eig`` (algorithms, normalisation, outputForm,
    the examples below); LAPACK xSYEV, xGEEV, xSYGV, xGGEV.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[1, 1/2, 1/3, 1/4], [1/2, 1, 2/3, 1/2],
    ...               [1/3, 2/3, 1, 3/4], [1/4, 1/2, 3/4, 1]])   # gallery('lehmer',4)
    >>> matlab.eig(A).round(4)
    array([[0.2078],
           [0.4078],
           [0.8482],
           [2.5362]])
    >>> V, D = matlab.eig(np.array([[1.0, 2, 3], [3, 1, 2], [2, 3, 1]]), nargout=2)
    >>> np.diag(D).round(4)
    array([ 6. +0.j   , -1.5+0.866j, -1.5-0.866j])
    """
    a = _matrix(A, "A", square=True)
    rest = list(args)
    form = None
    balance = True
    algorithm = None
    b = None
    while rest and isinstance(rest[-1], str):
        option = rest.pop().lower()
        if option in ("vector", "matrix"):
            if form is not None:
                raise CompatValueError("outputForm given twice")
            form = option
        elif option in ("balance", "nobalance"):
            balance = option == "balance"
        elif option in ("chol", "qz"):
            algorithm = option
        else:
            raise CompatValueError(f"unknown option '{option}': expected 'vector', "
                                   "'matrix', 'balance', 'nobalance', 'chol' or 'qz'")
    if rest:
        if len(rest) > 1:
            raise CompatValueError("too many input arguments")
        b = _matrix(rest[0], "B", square=True)
        if b.shape != a.shape:
            raise CompatValueError("A and B must be square matrices of the same size")
    if b is None and algorithm is not None:
        raise CompatValueError(f"the '{algorithm}' algorithm needs two matrices A and B")
    if b is not None and not balance:
        raise CompatValueError("'nobalance' applies to eig(A) only")
    vectors = nargout >= 2
    if b is None:
        values, v, w = _eig_standard(a, vectors, nargout == 3, balance)
    else:
        if algorithm == "chol" and nargout == 3:
            raise CompatValueError("left eigenvectors W are not available with the "
                                   "'chol' algorithm")
        values, v, w = _eig_general(a, b, vectors, algorithm)
        if v is not None and algorithm != "chol" and w is None:
            w = None
    as_matrix = form == "matrix" or (form is None and vectors)
    d = np.diag(values) if as_matrix else values.reshape(-1, 1)
    if nargout == 1:
        return np.ascontiguousarray(d)
    if v is not None and v.dtype != values.dtype and values.dtype.kind == "c":
        v = v.astype(values.dtype)
        if w is not None:
            w = w.astype(values.dtype)
    return EigResult.first(nargout, v, np.ascontiguousarray(d), w)


# ------------------------------------------------------------------------------ svd
class SvdResult(Result):
    """``[U, S, V] = svd(...)``."""

    request_style = "nargout"
    U: np.ndarray
    S: np.ndarray
    V: np.ndarray


@matlab_function("svd", nargout=3)
def svd(A, *args, nargout=1):
    """Singular value decomposition, as MATLAB's ``svd``.

    MATLAB call forms::

        s = svd(A)                     ->  s = svd(A)            column, descending
        [U, S, V] = svd(A)             ->  U, S, V = svd(A, nargout=3)   A = U*S*V'
        [U, S, V] = svd(A, 'econ')     ->  svd(A, 'econ', nargout=3)
        [U, S, V] = svd(A, 0)          ->  svd(A, 0, nargout=3)   economy only if m > n
        [___] = svd(___, outputForm)   ->  svd(A, 'vector', nargout=3), svd(A, 'matrix')

    LAPACK's xGESVD (the driver Octave uses; the singular vectors' signs are LAPACK's).
    ``'econ'`` keeps ``min(m, n)`` columns of U and V; ``0`` economises only a tall A
    (MATLAB's rule). ``V`` is returned, not numpy's ``Vh = V'``. NaN or Inf in A raises
    MATLAB's "Input to SVD must not contain NaN or Inf."

    Notes
    -----
    ``numpy.linalg.svd`` returns ``s`` 1-D, ``Vh`` instead of ``V``, and uses xGESDD,
    whose singular vectors may differ in sign from xGESVD's.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[1.0, 2], [3, 4], [5, 6], [7, 8]])
    >>> U, S, V = matlab.svd(A, nargout=3)
    >>> S.round(4)
    array([[14.2691,  0.    ],
           [ 0.    ,  0.6268],
           [ 0.    ,  0.    ],
           [ 0.    ,  0.    ]])
    >>> V.round(4)
    array([[-0.6414,  0.7672],
           [-0.7672, -0.6414]])
    """
    a = _svd_input(A)
    m, n = a.shape
    economy = False
    form = None
    for arg in args:
        if isinstance(arg, str):
            option = arg.lower()
            if option == "econ":
                economy = True
            elif option in ("vector", "matrix"):
                form = option
            else:
                raise CompatValueError(f"unknown option '{arg}': expected 'econ', 0, "
                                       "'vector' or 'matrix'")
        else:
            value = np.asarray(arg)
            if value.size != 1 or float(value.reshape(-1)[0]) != 0:
                raise CompatValueError("the second argument must be 0 or 'econ'")
            economy = economy or m > n
    if len(args) > 2:
        raise CompatValueError("too many input arguments")
    real = np.finfo(a.dtype).dtype
    if nargout == 1:
        s = core.svd_values(a).astype(real)
        if form == "matrix":
            out = np.zeros((m, n) if not economy else (min(m, n), min(m, n)), real)
            out[np.arange(s.size), np.arange(s.size)] = s
            return out
        return s.reshape(-1, 1)
    if nargout == 2:
        raise CompatValueError("svd returns one or three outputs (nargout=2 is not a "
                               "MATLAB form)")
    u, s, vh = core.svd_full(a, economy=economy)
    s = s.astype(real)
    if form == "vector":
        smat = s.reshape(-1, 1)
    else:
        smat = np.zeros((u.shape[1], vh.shape[0]), real)
        smat[np.arange(s.size), np.arange(s.size)] = s
    v = np.ascontiguousarray(vh.conj().T)
    return SvdResult.first(nargout, u, smat, v)


# ----------------------------------------------------------------------------- chol
class CholResult(Result):
    """``[R, p] = chol(A)``."""

    request_style = "nargout"
    R: np.ndarray
    p: float


@matlab_function("chol", nargout=2)
def chol(A, triangle="upper", *, nargout=1):
    """Cholesky factorisation, as MATLAB's ``chol``.

    MATLAB call forms::

        R = chol(A)                   ->  R = chol(A)           A = R'*R
        L = chol(A, 'lower')          ->  L = chol(A, 'lower')  A = L*L'
        [R, p] = chol(A)              ->  R, p = chol(A, nargout=2)

    Only the upper triangle of A is read (the lower one for ``'lower'``): A is assumed
    Hermitian, as MATLAB does. A matrix that is not positive definite raises "Matrix
    must be positive definite." with one output; with two, ``p`` is the (1-based) column
    where the factorisation failed and ``R`` the ``(p-1) x (p-1)`` factor of the leading
    block (``p = 0`` on success). LAPACK xPOTRF.

    Notes
    -----
    ``numpy.linalg.cholesky`` returns the *lower* factor (MATLAB's default is upper),
    raises instead of reporting ``p``, and reads the lower triangle.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.chol(np.array([[1.0, 0, 1], [0, 2, 0], [1, 0, 3]])).round(4)
    array([[1.    , 0.    , 1.    ],
           [0.    , 1.4142, 0.    ],
           [0.    , 0.    , 1.4142]])
    >>> R, p = matlab.chol(np.array([[1.0, 2], [2, 1]]), nargout=2)
    >>> R, p
    (array([[1.]]), 2.0)
    """
    a = _matrix(A, "A", square=True)
    if not isinstance(triangle, str) or triangle.lower() not in ("upper", "lower"):
        raise CompatValueError(f"triangle must be 'upper' or 'lower', got {triangle!r}")
    lower = triangle.lower() == "lower"
    n = a.shape[0]
    if n == 0:
        return CholResult.first(nargout, np.zeros((0, 0), a.dtype), 0.0)
    potrf = core._lapack("potrf", a)
    factor, info = potrf(np.asfortranarray(a), lower=lower, clean=True)
    factor = np.ascontiguousarray(factor)
    if info > 0:
        if nargout < 2:
            raise CompatValueError("Matrix must be positive definite.")
        k = info - 1
        block = factor[:k, :k]
        block = np.tril(block) if lower else np.triu(block)
        return CholResult.first(nargout, np.ascontiguousarray(block), float(info))
    return CholResult.first(nargout, factor, 0.0)


# ------------------------------------------------------------------------------- lu
class LuResult(Result):
    """``[L, U, P] = lu(A)``."""

    request_style = "nargout"
    L: np.ndarray
    U: np.ndarray
    P: np.ndarray


@matlab_function("lu", nargout=3)
def lu(A, outputForm="matrix", *, nargout=1):
    """LU factorisation with partial pivoting, as MATLAB's ``lu`` (full matrices).

    MATLAB call forms::

        Y = lu(A)                     ->  Y = lu(A)             L+U-eye packed
        [L, U] = lu(A)                ->  L, U = lu(A, nargout=2)     A = L*U, L permuted
        [L, U, P] = lu(A)             ->  L, U, P = lu(A, nargout=3)  P*A = L*U
        [L, U, p] = lu(A, 'vector')   ->  lu(A, 'vector', nargout=3)  A(p,:) = L*U

    Rectangular ``m x n`` A gives ``L`` ``m x min(m,n)`` and ``U`` ``min(m,n) x n``. The
    factorisation is LAPACK's xGETRF (partial pivoting, first largest magnitude), in the
    reference operation order up to 256 rows (bit-identical to Octave); no warning for
    singular matrices (MATLAB gives none). ``p`` is 1-based (a row of doubles, MATLAB's
    data), ``P`` a double permutation matrix.

    Notes
    -----
    ``scipy.linalg.lu`` returns ``P`` with ``A = P*L*U`` (the transpose of MATLAB's
    ``P``), and its two-output ``permute_l`` form matches MATLAB's ``[L, U]``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[1.0, 2, 3], [4, 5, 6], [7, 8, 0]])
    >>> L, U, P = matlab.lu(A, nargout=3)
    >>> U.round(4)
    array([[7.    , 8.    , 0.    ],
           [0.    , 0.8571, 3.    ],
           [0.    , 0.    , 4.5   ]])
    >>> matlab.lu(A, 'vector', nargout=3)[2]
    array([[3., 1., 2.]])
    """
    a = _matrix(A, "A")
    if not isinstance(outputForm, str) or outputForm.lower() not in ("matrix", "vector"):
        raise CompatValueError(f"outputForm must be 'matrix' or 'vector', got "
                               f"{outputForm!r}")
    m, n = a.shape
    k = min(m, n)
    factors = core.lu_factor(a)
    packed = factors.lu
    upper = np.triu(packed[:k, :])
    lower = np.tril(packed[:, :k], -1)
    lower[np.arange(k), np.arange(k)] = 1
    if nargout == 1:
        return np.ascontiguousarray(packed)
    if nargout == 2:
        inverse = np.empty(m, dtype=np.intp)
        inverse[factors.perm] = np.arange(m)
        return LuResult.first(2, np.ascontiguousarray(lower[inverse]), upper)
    if outputForm.lower() == "vector":
        p = (factors.perm + 1).astype(np.float64).reshape(1, -1)
    else:
        p = np.zeros((m, m))
        p[np.arange(m), factors.perm] = 1
    return LuResult.first(3, lower, upper, p)


# ------------------------------------------------------------------------------- qr
class QrResult(Result):
    """``[Q, R, P] = qr(...)``."""

    request_style = "nargout"
    Q: np.ndarray
    R: np.ndarray
    P: np.ndarray


@matlab_function("qr", nargout=3)
def qr(A, *args, nargout=1):
    """Orthogonal-triangular decomposition, as MATLAB's ``qr`` (full matrices).

    MATLAB call forms::

        R = qr(A)                      ->  R = qr(A)
        [Q, R] = qr(A)                 ->  Q, R = qr(A, nargout=2)        A = Q*R
        [Q, R, P] = qr(A)              ->  Q, R, P = qr(A, nargout=3)     A*P = Q*R
        [___] = qr(A, 'econ')          ->  qr(A, 'econ', nargout=2)
        [___] = qr(A, 0)               ->  qr(A, 0, nargout=3)            economy, P vector
        [Q, R, P] = qr(A, outputForm)  ->  qr(A, 'vector', nargout=3)     A(:,P) = Q*R

    Householder QR (LAPACK xGEQRF/xORGQR; with a permutation, column pivoting xGEQP3);
    the signs are LAPACK's (R's diagonal may be negative, as in MATLAB). Economy size
    keeps ``min(m, n)`` columns of Q and rows of R. The permutation is a matrix unless
    ``'vector'`` or ``0`` is given (1-based row of doubles).

    ``R = qr(A)`` returns the triangular R (current MATLAB); MATLAB before R2022a and
    Octave return LAPACK's packed matrix with the Householder vectors below the diagonal.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> Q, R = matlab.qr(np.array([[1.0, 2], [3, 4], [5, 6]]), nargout=2)
    >>> R.round(4)
    array([[-5.9161, -7.4374],
           [ 0.    ,  0.8281],
           [ 0.    ,  0.    ]])
    """
    a = _matrix(A, "A")
    if a.size and not np.all(np.isfinite(a)):
        pass  # LAPACK propagates NaN/Inf, as MATLAB's qr does
    economy = False
    form = None
    zero = False
    for arg in args:
        if isinstance(arg, str):
            option = arg.lower()
            if option == "econ":
                economy = True
            elif option in ("vector", "matrix"):
                form = option
            else:
                raise CompatValueError(f"unknown option '{arg}': expected 'econ', 0, "
                                       "'vector' or 'matrix'")
        else:
            value = np.asarray(arg)
            if value.size != 1 or float(value.reshape(-1)[0]) != 0:
                raise CompatValueError("the second argument must be 0 or 'econ'")
            economy = zero = True
    m, n = a.shape
    k = min(m, n)
    pivot = nargout == 3
    if form is not None and not pivot and form == "vector":
        raise CompatValueError("outputForm 'vector' needs three outputs [Q, R, P]")
    if pivot:
        if a.size:
            packed, tau, jpvt = core.pivoted_qr(a)
        else:
            packed, tau, jpvt = np.zeros((m, n), a.dtype), np.zeros(0, a.dtype), \
                np.arange(n)
    else:
        if a.size:
            geqrf = core._lapack("geqrf", a)
            packed, tau, work, info = geqrf(np.asfortranarray(a))
        else:
            packed, tau = np.zeros((m, n), a.dtype), np.zeros(0, a.dtype)
    packed = np.ascontiguousarray(packed)
    rows = k if economy else m
    r = np.triu(packed[:rows, :])
    if nargout == 1:
        return np.ascontiguousarray(r)
    q = _form_q(packed, tau, m, k, rows)
    if not pivot:
        return QrResult.first(2, q, np.ascontiguousarray(r))
    if form == "vector" or (zero and form is None):
        p = (jpvt + 1).astype(np.float64).reshape(1, -1)
    else:
        p = np.zeros((n, n))
        p[jpvt, np.arange(n)] = 1
    return QrResult.first(3, q, np.ascontiguousarray(r), p)


def _form_q(packed, tau, m, k, columns):
    """The first ``columns`` columns of Q from the packed reflectors (xORGQR/xUNGQR)."""
    if m == 0:
        return np.zeros((0, columns), packed.dtype)
    if k == 0:
        return np.eye(m, columns, dtype=packed.dtype)
    work = np.zeros((m, columns), packed.dtype)
    width = min(packed.shape[1], columns)
    work[:, :width] = packed[:, :width]
    name = "ungqr" if packed.dtype.kind == "c" else "orgqr"
    orgqr = core._lapack(name, work)
    full_tau = np.zeros(columns, packed.dtype)
    full_tau[:k] = tau[:k]
    q, _, info = orgqr(np.asfortranarray(work), full_tau[:min(columns, m)],
                       lwork=max(1, 64 * columns))
    return np.ascontiguousarray(q)


# ----------------------------------------------------------------------------- expm
@matlab_function("expm")
def expm(A):
    """Matrix exponential, as MATLAB's ``expm``.

    MATLAB call form::

        Y = expm(X)                   ->  Y = expm(X)

    Scaling and squaring with Pade approximants (Al-Mohy and Higham 2009, the algorithm
    MATLAB's documentation cites; scipy implements the same one); a diagonal matrix
    gives ``diag(exp(diag(X)))`` exactly, as MATLAB special-cases it.

    Notes
    -----
    ``numpy.exp(X)`` is the elementwise exponential, not the matrix exponential.
    Results equal MATLAB's to rounding (the same algorithm; matrix products in another
    BLAS order).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.expm(np.zeros((2, 2)))
    array([[1., 0.],
           [0., 1.]])
    >>> matlab.expm(np.array([[1.0, 1, 0], [0, 0, 2], [0, 0, -1]])).round(4)
    array([[2.7183, 1.7183, 1.0862],
           [0.    , 1.    , 1.2642],
           [0.    , 0.    , 0.3679]])
    """
    a = _matrix(A, "X", square=True)
    if a.size == 0:
        return np.zeros((0, 0), a.dtype)
    if not np.any(a - np.diag(np.diagonal(a))):
        out = np.zeros_like(a)
        with np.errstate(all="ignore"):
            out[np.diag_indices(a.shape[0])] = np.exp(np.diagonal(a))
        return out
    with np.errstate(all="ignore"):
        return np.ascontiguousarray(scipy.linalg.expm(a).astype(a.dtype, copy=False))
