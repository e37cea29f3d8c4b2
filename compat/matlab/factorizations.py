"""MATLAB's matrix factorisations: ``eig``, ``svd``, ``chol``, ``lu``, ``qr``, with every
output form MATLAB gives by ``nargout`` and option, and the Givens rotation ``planerot``
(the step of QR updating).

Part of the linear-algebra families with :mod:`compat.matlab.linalg` and
:mod:`compat.matlab.matrix_analysis`, over :mod:`compat._core.linalg`. Matrices are 2-D
arrays with MATLAB's ``(row, column)`` indexing; double and single, real or complex.
"""

from __future__ import annotations


import numpy as np
import scipy.linalg

from compat._core import linalg as core
from compat._core.condensed_forms import pair_conjugate_columns
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import result_class
from compat._core.results import Result
from compat.matlab._matrices import matrix, svd_input

__all__ = ["eig", "svd", "chol", "lu", "qr", "planerot", "PlanerotResult"]


def _economy_options(args) -> tuple[bool, bool, str | None]:
    """The trailing arguments svd and qr share: ``'econ'``, ``0`` and the outputForm
    (``'vector'``/``'matrix'``), as (``'econ'`` given, ``0`` given, outputForm or None)."""
    econ = zero = False
    form = None
    for arg in args:
        if isinstance(arg, str):
            option = arg.lower()
            if option == "econ":
                econ = True
            elif option in ("vector", "matrix"):
                form = option
            else:
                raise CompatValueError(f"unknown option '{arg}': expected 'econ', 0, "
                                       "'vector' or 'matrix'")
        else:
            value = np.asarray(arg)
            if value.size != 1 or float(value.reshape(-1)[0]) != 0:
                raise CompatValueError("the second argument must be 0 or 'econ'")
            zero = True
    return econ, zero, form


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
        vr = pair_conjugate_columns(vr, alphai)
        vl = pair_conjugate_columns(vl, alphai)
    if info:
        raise CompatValueError("the QZ algorithm did not converge")
    complex_dtype = np.complex64 if dtype in (np.float32, np.complex64) else np.complex128
    with np.errstate(all="ignore"):
        divisor = np.where(beta == 0, 1, beta)
        if dtype.kind == "c":
            quotient = alpha / divisor
        else:
            # a real beta divides each part, as MATLAB's complex ./ real and Octave do;
            # numpy's complex division multiplies by 1/beta and differs in the last bit
            # for about a quarter of the values
            quotient = alphar / divisor + 1j * (alphai / divisor)
        values = np.where(beta != 0, quotient, np.where(alpha == 0, np.nan, np.inf))
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
    a = matrix(A, "A", square=True)
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
        b = matrix(rest[0], "B", square=True)
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
    a = svd_input(A)
    m, n = a.shape
    econ, zero, form = _economy_options(args)
    economy = econ or (zero and m > n)  # svd(A, 0) is economy only for tall A
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
    a = matrix(A, "A", square=True)
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
    a = matrix(A, "A")
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
    a = matrix(A, "A")
    if a.size and not np.all(np.isfinite(a)):
        pass  # LAPACK propagates NaN/Inf, as MATLAB's qr does
    econ, zero, form = _economy_options(args)
    economy = econ or zero
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


class PlanerotResult(Result):
    """``[G, y] = planerot(x)``."""

    request_style = "nargout"
    G: np.ndarray
    y: np.ndarray


@matlab_function("planerot", nargout=2)
def planerot(x, *, nargout=1):
    """Givens plane rotation, as MATLAB's ``planerot``.

    MATLAB call forms::

        [G, y] = planerot(x)   ->  G, y = planerot(x, nargout=2)
        G = planerot(x)        ->  G = planerot(x)

    Parameters
    ----------
    x : array_like
        A 2-component column vector (2x1, or 1-D of length 2), double or single, real
        or complex.

    Returns
    -------
    G : ndarray
        2x2 unitary: ``G @ x`` is ``[norm(x); 0]``. For ``x(2) != 0``,
        ``G = [x'; -x(2) x(1)] / norm(x)`` (``x'`` the conjugate transpose); for
        ``x(2) == 0``, ``eye(2)`` of the class of ``x`` (real).
    y : ndarray
        ``[norm(x); 0]`` (``x`` itself when ``x(2) == 0``), in ``x``'s shape.

    Raises
    ------
    ValueError
        ``"planerot: x must be a 2-component column vector."`` (compat's wording; MATLAB
        fails concatenating a row).

    Notes
    -----
    LAPACK's ``dlartg`` (``scipy.linalg.lapack.dlartg``) and GNU Octave's ``givens``
    choose other signs or scalings in some cases; this is MATLAB's planerot.m: the
    rotation is built from ``x`` and its norm directly, and ``y(1) = norm(x) >= 0``.

    Sources: MATLAB ``planerot`` reference page and planerot.m (MathWorks,
    1984-2004); checked against GNU Octave 7.3 (reference_outputs/matlab/small_linalg).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> G, y = matlab.planerot(np.array([[3.0], [4.0]]), nargout=2)
    >>> G
    array([[ 0.6,  0.8],
           [-0.8,  0.6]])
    >>> y.ravel()
    array([5., 0.])
    """
    v = matrix(x, "x")
    if v.shape != (2, 1):
        raise CompatValueError("x must be a 2-component column vector.")
    x1, x2 = v[0, 0], v[1, 0]
    real = np.finfo(v.dtype).dtype
    if x2 != 0:
        r = real.type(scipy.linalg.norm(v[:, 0], 2, check_finite=False))
        G = np.array([[np.conj(x1), np.conj(x2)], [-x2, x1]], dtype=v.dtype) / r
        if G.dtype.kind == "c" and v.dtype.kind != "c":
            G = G.real
        y = np.array([[r], [0]], dtype=real)
    else:
        G = np.eye(2, dtype=real)
        y = v.copy()
    if np.ndim(x) == 1:
        y = y.reshape(-1)
    return PlanerotResult.first(nargout, G, y)

