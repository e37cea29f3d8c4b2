"""MATLAB's condensed forms of matrices: ``schur``, ``rsf2csf``, ``cdf2rdf``, ``hess``,
``balance``, ``qz``, ``ordschur``, with every output form MATLAB gives by ``nargout`` and option.

Part of the linear-algebra families with :mod:`compat.matlab.factorizations`, over
:mod:`compat._core.condensed_forms`. Matrices are 2-D arrays with MATLAB's
``(row, column)`` indexing; double and single, real or complex (single in, single out;
integer and logical matrices refused, as MATLAB refuses them).

Where the factors are not unique (signs of Schur vectors, the order of the eigenvalues on
the diagonal) they are LAPACK's: MATLAB and Octave call the same LAPACK drivers (xGEES,
xGEHRD, xGEBAL, xGGES), so the factors agree with theirs to rounding on well-separated
eigenvalues -- MATLAB's printed examples are reproduced digit for digit below.
"""

from __future__ import annotations

import numpy as np

from compat._core import condensed_forms as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import result_class
from compat._core.results import Result
from compat.matlab._matrices import matrix

__all__ = ["schur", "rsf2csf", "cdf2rdf", "hess", "balance", "qz", "ordschur"]


def _finite(a: np.ndarray, routine: str) -> None:
    if a.size and not np.all(np.isfinite(a)):
        raise CompatValueError(f"Input to {routine} must not contain NaN or Inf.")


def _mode(value, default: str, routine: str) -> str:
    if value is None:
        return default
    if not isinstance(value, str) or value.lower() not in ("real", "complex"):
        raise CompatValueError(f"{routine} mode must be 'real' or 'complex', got "
                               f"{value!r}")
    return value.lower()


# ----------------------------------------------------------------------------- schur
class SchurResult(Result):
    """``[U, T] = schur(A)``."""

    request_style = "nargout"
    U: np.ndarray
    T: np.ndarray


@matlab_function("schur", nargout=2)
def schur(A, mode=None, *, nargout=1):
    """Schur decomposition, as MATLAB's ``schur``.

    MATLAB call forms::

        T = schur(A)                  ->  T = schur(A)
        T = schur(A, 'real')          ->  T = schur(A, 'real')     (real A: the default)
        T = schur(A, 'complex')       ->  T = schur(A, 'complex')
        [U, T] = schur(A, ...)        ->  U, T = schur(A, nargout=2)      A = U*T*U'

    Real A: the real Schur form (LAPACK xGEES): T quasi-upper-triangular, real
    eigenvalues on the diagonal, each complex pair a standardised 2x2 block
    ``[a b; c a]`` with ``b*c < 0``; U orthogonal. ``'complex'`` on real A converts that
    form by MATLAB's ``rsf2csf`` rule (T stays real when every eigenvalue is real, as
    MATLAB documents). Complex A: the complex Schur form (complex xGEES) whatever the
    mode. The eigenvalue order and the signs of U's columns are LAPACK's, as in MATLAB.

    NaN or Inf raises MATLAB's "Input to SCHUR must not contain NaN or Inf."; a
    non-square A "Matrix must be square."; an empty A gives empty factors.

    Notes
    -----
    Differences from the naive calls: ``scipy.linalg.schur(A)`` returns ``(T, Z)`` in the
    other order, and its ``output='complex'`` on a real A runs the complex xGEES on
    ``complex(A)`` -- what Octave's ``schur(A, 'complex')`` does -- whose T differs from
    MATLAB's (MATLAB converts the real form: its page prints ``T2(1,2) = 2.2361`` for
    ``[3 1 1; 0 2 0; -2 1 1]``, xGEES on ``complex(A)`` gives ``-2.2247 - 0.2247i``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[-149.0, -50, -154], [537, 180, 546], [-27, -9, -25]])
    >>> matlab.schur(A).round(4)
    array([[  1.    ,  -7.1119, 815.8706],
           [  0.    ,   2.    ,  55.0236],
           [  0.    ,   0.    ,   3.    ]])
    >>> T2 = matlab.schur(np.array([[3.0, 1, 1], [0, 2, 0], [-2, 1, 1]]), 'complex')
    >>> np.round(T2[0], 4)
    array([ 2.    +1.j    ,  2.2361+0.j    , -0.3035-0.4911j])
    """
    a = matrix(A, "A", square=True)
    output = _mode(mode, "real", "schur")
    _finite(a, "SCHUR")
    u, t = core.schur(a, output=output)
    if nargout == 1:
        return t
    return SchurResult.first(2, u, t)


# --------------------------------------------------------------------------- rsf2csf
class Rsf2csfResult(Result):
    """``[Unew, Tnew] = rsf2csf(U, T)``."""

    request_style = "nargout"
    Unew: np.ndarray
    Tnew: np.ndarray


@matlab_function("rsf2csf", nargout=2)
def rsf2csf(U, T, *, nargout=2):
    """Convert a real Schur form to the complex Schur form, as MATLAB's ``rsf2csf``.

    MATLAB call forms::

        [Unew, Tnew] = rsf2csf(U, T)  ->  Unew, Tnew = rsf2csf(U, T)   (nargout=2 default)
        Unew = rsf2csf(U, T)          ->  Unew = rsf2csf(U, T, nargout=1)

    ``X = Unew*Tnew*Unew'`` with Tnew upper triangular, the eigenvalues of each 2x2 block
    of T on its diagonal (positive imaginary part first). MATLAB's rotation rule, from the
    bottom block up: ``mu = eig(T(k,k)) - T(m,m)`` (first eigenvalue), ``r = hypot(mu(1),
    T(m,m-1))``, ``c = mu(1)/r``, ``s = T(m,m-1)/r``, ``G = [c' s; -s c]`` applied to
    rows ``m-1:m`` of T and, as ``G'``, to its columns and to U's.
    The default ``nargout`` is 2: a Python caller always wants both.

    Notes
    -----
    This is the rule of MATLAB's documented example (its ``Unew`` is reproduced digit for
    digit); Octave's compiled ``rsf2csf`` rotates differently (the opposite phase of the
    new columns, the conjugate eigenvalue first), so its factors differ while
    ``Unew*Tnew*Unew'`` agrees. ``scipy.linalg.rsf2csf(T, U)`` applies the same rule but
    takes and returns ``(T, Z)`` in the other order.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> X = np.array([[1.0, 1, 1, 3], [1, 2, 1, 1], [1, 1, 3, 1], [-2, 1, 1, 4]])
    >>> U, T = matlab.schur(X, nargout=2)
    >>> Unew, Tnew = matlab.rsf2csf(U, T)
    >>> np.round(Unew[:, 1], 4)
    array([-0.2756-0.4411j, -0.1012+0.2163j,  0.1842+0.386j ,  0.2635-0.6481j])
    >>> np.round(np.diag(Tnew), 4)
    array([4.8121+0.j    , 1.9202+1.4742j, 1.9202-1.4742j, 1.3474+0.j    ])
    """
    u = matrix(U, "U", square=True)
    t = matrix(T, "T", square=True)
    if u.shape != t.shape:
        raise CompatValueError("U and T must be square matrices of the same size")
    if u.dtype.kind == "c" or t.dtype.kind == "c":
        raise CompatValueError("U and T must be real (the outputs of schur of a real "
                               "matrix)")
    dtype = result_class(u, t)
    _finite(u, "RSF2CSF")
    _finite(t, "RSF2CSF")
    unew, tnew = core.real_to_complex_schur(u.astype(dtype), t.astype(dtype))
    return Rsf2csfResult.first(nargout, unew, tnew)


# --------------------------------------------------------------------------- cdf2rdf
class Cdf2rdfResult(Result):
    """``[Vnew, Dnew] = cdf2rdf(V, D)``."""

    request_style = "nargout"
    Vnew: np.ndarray
    Dnew: np.ndarray


@matlab_function("cdf2rdf", nargout=2)
def cdf2rdf(V, D, *, nargout=2):
    """Convert a complex diagonal form to the real block diagonal form, as MATLAB's
    ``cdf2rdf``.

    MATLAB call forms::

        [Vnew, Dnew] = cdf2rdf(V, D)  ->  Vnew, Dnew = cdf2rdf(V, D)  (nargout=2 default)

    For ``[V, D] = eig(X)`` of a real X: each complex-conjugate pair of eigenvalues on D's
    diagonal (adjacent, ``a + b*i`` first) becomes the real block ``[a b; -b a]``, and the
    pair's columns of V become ``sqrt(2)*[real(v) imag(v)]`` (v the first column), so
    ``X*Vnew = Vnew*Dnew`` still holds; real eigenvalues keep their columns. Both outputs
    are real, single when V or D is single. The default ``nargout`` is 2.

    Notes
    -----
    The ``sqrt(2)`` is MATLAB's (its documented example prints ``Vnew(1,2) = 0.0253``
    from ``V(1,2) = 0.0179 + 0.1351i``). ``scipy.linalg.cdf2rdf(w, v)`` takes the
    eigenvalues as a vector, keeps the unscaled real and imaginary parts and puts them in
    another order. Octave 7.3 has no ``cdf2rdf``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> X = np.array([[1.0, 2, 3], [0, 4, 5], [0, -5, 4]])
    >>> V, D = matlab.eig(X, nargout=2)
    >>> Vnew, Dnew = matlab.cdf2rdf(V, D)
    >>> Dnew
    array([[ 1.,  0.,  0.],
           [ 0.,  4.,  5.],
           [ 0., -5.,  4.]])
    >>> bool(np.allclose(X @ Vnew, Vnew @ Dnew))
    True
    """
    v = matrix(V, "V", square=True)
    d = matrix(D, "D", square=True)
    if v.shape != d.shape:
        raise CompatValueError("V and D must be square matrices of the same size")
    if np.count_nonzero(d - np.diag(np.diagonal(d))):
        raise CompatValueError("D must be a diagonal matrix (the eigenvalue output of "
                               "eig)")
    lam = np.diagonal(d)
    pairs = np.flatnonzero(lam.imag != 0)
    if pairs.size % 2 or np.any(lam[pairs[1::2]] != np.conj(lam[pairs[::2]])) or \
            np.any(pairs[1::2] != pairs[::2] + 1):
        raise CompatValueError("the complex eigenvalues of D must come in adjacent "
                               "complex-conjugate pairs")
    dtype = result_class(v, d)
    cdtype = np.complex64 if dtype in (np.float32, np.complex64) else np.complex128
    vnew, dnew = core.complex_to_real_diagonal(v.astype(cdtype), d.astype(cdtype))
    return Cdf2rdfResult.first(nargout, vnew, dnew)


# ------------------------------------------------------------------------------ hess
class HessResult(Result):
    """``[P, H] = hess(A)`` / ``[AA, BB, Q, Z] = hess(A, B)``."""

    request_style = "nargout"
    P: np.ndarray
    H: np.ndarray


class HessPairResult(Result):
    """``[AA, BB, Q, Z] = hess(A, B)``."""

    request_style = "nargout"
    AA: np.ndarray
    BB: np.ndarray
    Q: np.ndarray
    Z: np.ndarray


@matlab_function("hess", nargout=4)
def hess(A, B=None, *, nargout=1):
    """Hessenberg form of a matrix, as MATLAB's ``hess``.

    MATLAB call forms::

        H = hess(A)                   ->  H = hess(A)
        [P, H] = hess(A)              ->  P, H = hess(A, nargout=2)      A = P*H*P'
        [AA, BB, Q, Z] = hess(A, B)   ->  AA, BB, Q, Z = hess(A, B, nargout=4)

    One matrix: LAPACK xGEHRD and xORGHR (Householder reflections, no balancing), H zero
    below the first subdiagonal, P unitary; a symmetric A gives a tridiagonal H (to
    rounding). Two matrices: ``Q*A*Z = AA`` upper Hessenberg and ``Q*B*Z = BB`` upper
    triangular: B's QR factorisation, then LAPACK xGGHRD's Givens rotations (Z's first
    column is ``e1``). NaN or Inf raises "Input to HESS must not contain NaN or Inf."

    Notes
    -----
    ``scipy.linalg.hessenberg(A, calc_q=True)`` returns ``(H, Q)`` in the other order and
    leaves rounding-level values below the subdiagonal to be cleaned by ``np.triu``;
    scipy has no pencil reduction (Octave 7.3 neither: ``hess(A, B)`` is not in it).
    Signs: MATLAB's one-matrix factors are LAPACK's (its printed example is reproduced);
    the pencil form's signs follow LAPACK 3.10's rotation convention, not checked against
    MATLAB output (none is published).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> H = np.array([[-149.0, -50, -154], [537, 180, 546], [-27, -9, -25]])
    >>> with np.printoptions(suppress=True):
    ...     print(matlab.hess(H).round(4))
    [[-149.       42.2037 -156.3165]
     [-537.6783  152.5511 -554.9272]
     [   0.        0.0728    2.4489]]
    """
    a = matrix(A, "A", square=True)
    if B is None:
        if nargout > 2:
            raise CompatValueError("hess(A) returns one or two outputs [P, H]")
        _finite(a, "HESS")
        p, h = core.hessenberg(a)
        return h if nargout == 1 else HessResult.first(2, p, h)
    b = matrix(B, "B", square=True)
    if b.shape != a.shape:
        raise CompatValueError("A and B must be square matrices of the same size")
    _finite(a, "HESS")
    _finite(b, "HESS")
    dtype = result_class(a, b)
    aa, bb, q, z = core.hessenberg_triangular(a.astype(dtype), b.astype(dtype))
    return HessPairResult.first(nargout, aa, bb, q, z)


# --------------------------------------------------------------------------- balance
class BalanceResult(Result):
    """``[T, B] = balance(A)``."""

    request_style = "nargout"
    T: np.ndarray
    B: np.ndarray


class BalanceVectorsResult(Result):
    """``[S, P, B] = balance(A)``."""

    request_style = "nargout"
    S: np.ndarray
    P: np.ndarray
    B: np.ndarray


@matlab_function("balance", nargout=3)
def balance(A, option=None, *, nargout=1):
    """Diagonal scaling to improve eigenvalue accuracy, as MATLAB's ``balance``.

    MATLAB call forms::

        B = balance(A)                ->  B = balance(A)
        [T, B] = balance(A)           ->  T, B = balance(A, nargout=2)     B = T\\A*T
        [S, P, B] = balance(A)        ->  S, P, B = balance(A, nargout=3)
        [___] = balance(A, 'noperm')  ->  balance(A, 'noperm', nargout=2)

    LAPACK xGEBAL: first a permutation isolating eigenvalues (rows/columns that make A
    block upper triangular), then a diagonal scaling by powers of 2 of the remaining block
    to make row and column norms about equal (no rounding is introduced). ``T`` is the
    permuted diagonal ``T(:,P) = diag(S)``, ``B(P,P) = diag(1./S)*A*diag(S)``; ``S`` and
    ``P`` are columns, P 1-based (doubles, MATLAB's index data). ``'noperm'`` scales
    without permuting. The class of A is kept for T, S and B.

    Notes
    -----
    ``scipy.linalg.matrix_balance(A)`` returns ``(B, T)`` in the other order and, with
    ``separate=True``, LAPACK's own scale/permutation encoding rather than MATLAB's S and
    P. The scaling factors depend on the LAPACK version: LAPACK 3.5 changed xGEBAL's norms,
    and MATLAB's printed example (an older release) shows ``T = diag([2048 32 0.25])``
    where current LAPACK -- Octave 7.3's and compat's -- gives ``diag([512 8 0.0625])``:
    the same B (a common factor 4), another T.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[1, 100, 10000], [.01, 1, 100], [.0001, .01, 1]])
    >>> T, B = matlab.balance(A, nargout=2)
    >>> np.diag(T)
    array([5.12e+02, 8.00e+00, 6.25e-02])
    >>> B.round(4)
    array([[1.    , 1.5625, 1.2207],
           [0.64  , 1.    , 0.7812],
           [0.8192, 1.28  , 1.    ]])
    """
    a = matrix(A, "A", square=True)
    if option is None:
        permute = True
    elif isinstance(option, str) and option.lower() == "noperm":
        permute = False
    else:
        raise CompatValueError(f"the option must be 'noperm', got {option!r}")
    _finite(a, "BALANCE")
    bal = core.balance(a, permute=permute)
    real = np.finfo(a.dtype).dtype
    t = bal.T.astype(real)
    if nargout == 1:
        return bal.B
    if nargout == 2:
        return BalanceResult.first(2, t, bal.B)
    s = bal.scale.astype(real).reshape(-1, 1)
    p = (bal.perm + 1).astype(np.float64).reshape(-1, 1)
    return BalanceVectorsResult.first(3, s, p, bal.B)


# -------------------------------------------------------------------------------- qz
class QzResult(Result):
    """``[AA, BB, Q, Z, V, W] = qz(A, B)``."""

    request_style = "nargout"
    AA: np.ndarray
    BB: np.ndarray
    Q: np.ndarray
    Z: np.ndarray
    V: np.ndarray
    W: np.ndarray


@matlab_function("qz", nargout=6)
def qz(A, B, mode=None, *, nargout=4):
    """Generalized Schur (QZ) factorization, as MATLAB's ``qz``.

    MATLAB call forms::

        [AA, BB, Q, Z] = qz(A, B)           ->  AA, BB, Q, Z = qz(A, B)  (nargout=4 default)
        [AA, BB, Q, Z, V, W] = qz(A, B)     ->  qz(A, B, nargout=6)
        [___] = qz(A, B, mode)              ->  qz(A, B, 'real'), qz(A, B, 'complex')

    ``Q*A*Z = AA``, ``Q*B*Z = BB`` with Q, Z unitary (MATLAB's Q is the conjugate transpose
    of LAPACK's left Schur vectors). LAPACK xGGES (permutation balancing only). Real A, B
    with ``'real'``: AA quasi-upper-triangular (2x2 blocks for complex pairs), BB upper
    triangular. ``'complex'`` -- MATLAB's default -- on real A, B: the same real form when
    every eigenvalue is real (MATLAB's printed examples are real), otherwise its 2x2
    blocks made triangular by unitary 2x2 pairs (eigenvalue with positive imaginary part
    first, BB's diagonal real >= 0). Complex A or B: the complex form (complex xGGES).

    ``V``, ``W``: right and left generalized eigenvectors (LAPACK xGGEV/xTGEVC, each column
    scaled so that its largest component has ``|re| + |im| = 1``, as MATLAB prints):
    ``A*V*diag(BB) = B*V*diag(AA)`` and ``diag(BB)*W'*A = diag(AA)*W'*B`` when AA is
    triangular. Single if A or B is single. The default ``nargout`` is 4 (MATLAB's first
    documented form): a Python caller never wants AA alone. NaN or Inf raises "Input to
    QZ must not contain NaN or Inf."

    Notes
    -----
    ``scipy.linalg.qz(A, B)`` defaults to ``output='real'`` and returns LAPACK's
    ``(AA, BB, Q, Z)`` with ``A = Q*AA*Z'``, so its Q is MATLAB's ``Q'``. How MATLAB makes
    the 2x2 blocks of a real pencil triangular in ``'complex'`` mode is not documented
    and no printed example has one: the triangular form here is a valid generalized
    Schur form with the same eigenvalue order, but its phases are not checked against
    MATLAB. Octave 7.3's ``qz`` has no mode (real pencils always get the real form).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[10.0, -7], [-3, 2]]); B = np.array([[7.0, 3], [12, 9]])
    >>> AA, BB, Q, Z, V, W = matlab.qz(A, B, nargout=6)
    >>> AA.round(4)
    array([[11.96  , -4.3532],
           [ 0.    , -0.0836]])
    >>> Q.round(4)
    array([[-0.9597,  0.2811],
           [ 0.2811,  0.9597]])
    >>> V.round(4)
    array([[-0.7031,  0.696 ],
           [ 1.    ,  1.    ]])
    """
    a = matrix(A, "A", square=True)
    b = matrix(B, "B", square=True)
    if b.shape != a.shape:
        raise CompatValueError("A and B must be square matrices of the same size")
    output = _mode(mode, "complex", "qz")
    _finite(a, "QZ")
    _finite(b, "QZ")
    dtype = result_class(a, b)
    a, b = a.astype(dtype), b.astype(dtype)
    form = core.qz(a, b, output=output)
    outputs = [form.AA, form.BB, form.Q, form.Z]
    if nargout > 4:
        v, w = core.generalized_eigenvectors(a, b)
        outputs += [v, w]
    return QzResult.first(nargout, *outputs)


# -------------------------------------------------------------------------- ordschur
class OrdschurResult(Result):
    """``[US, TS] = ordschur(U, T, ...)``."""

    request_style = "nargout"
    US: np.ndarray
    TS: np.ndarray


_REGIONS = {"lhp": lambda e: e.real < 0, "rhp": lambda e: e.real >= 0,
            "udi": lambda e: np.abs(e) < 1, "udo": lambda e: np.abs(e) >= 1}


@matlab_function("ordschur", nargout=2)
def ordschur(U, T, select, *, nargout=2):
    """Reorder the eigenvalues of a Schur factorization, as MATLAB's ``ordschur``.

    MATLAB call forms::

        [US, TS] = ordschur(U, T, select)    ->  US, TS = ordschur(U, T, select)
        [US, TS] = ordschur(U, T, keyword)   ->  ordschur(U, T, 'lhp')   (nargout=2 default)
        [US, TS] = ordschur(U, T, clusters)  ->  ordschur(U, T, [2, 1, 1, 3, 2])

    ``X = US*TS*US'`` for the ``[U, T] = schur(X)`` given, with the selected eigenvalues
    (``select``: a logical vector over ``ordeig(T)``, the diagonal order) in the leading
    block of TS, both groups keeping their relative order; the leading columns of US span
    their invariant subspace. LAPACK xTRSEN, as MATLAB and Octave. A 2x2 block of a real T
    is moved whole: selecting either of its eigenvalues selects both. Keywords select by
    region: ``'lhp'`` ``real(E) < 0``, ``'rhp'`` ``real(E) >= 0``, ``'udi'`` ``abs(E) < 1``,
    ``'udo'`` ``abs(E) >= 1``. ``clusters`` (numeric labels): the clusters in descending
    order of their labels along the diagonal, the highest first (xTRSEN on ``labels >= c``
    for each label c from the highest down; a 2x2 block takes the larger of its two
    labels). The default ``nargout`` is 2: a Python caller wants both factors.

    Notes
    -----
    scipy has no ordschur (``scipy.linalg.schur(A, sort=...)`` sorts while factoring and
    selects by a callable only). Octave 7.3's ``ordschur`` takes the logical ``select``
    only. The signs of the reordered Schur vectors are LAPACK's; they are not
    mathematically determined and differ between LAPACK versions for swapped blocks.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> U, T = matlab.schur(np.array([[1.0, 2], [3, 4]]), nargout=2)
    >>> np.diag(T).round(4)
    array([-0.3723,  5.3723])
    >>> US, TS = matlab.ordschur(U, T, np.array([False, True]))
    >>> np.diag(TS).round(4)
    array([ 5.3723, -0.3723])
    >>> np.diag(matlab.ordschur(U, T, 'lhp')[1]).round(4)
    array([-0.3723,  5.3723])
    """
    u = matrix(U, "U", square=True)
    t = matrix(T, "T", square=True)
    if u.shape != t.shape:
        raise CompatValueError("U and T must be square matrices of the same size")
    _finite(u, "ORDSCHUR")
    _finite(t, "ORDSCHUR")
    dtype = result_class(u, t)
    u, t = u.astype(dtype), t.astype(dtype)
    n = t.shape[0]
    below = np.tril(t, -2 if dtype.kind == "f" else -1)
    adjacent = dtype.kind == "f" and n > 2 and bool(np.any(
        (np.diagonal(t, -1)[1:] != 0) & (np.diagonal(t, -1)[:-1] != 0)))
    if np.any(below != 0) or adjacent:
        raise CompatValueError("T must be in Schur form (upper quasi-triangular, the "
                               "output of schur)")
    if isinstance(select, str):
        region = _REGIONS.get(select.lower())
        if region is None:
            raise CompatValueError(f"unknown keyword '{select}': expected 'lhp', 'rhp', "
                                   "'udi' or 'udo'")
        us, ts = core.reorder_schur(u, t, region(core.schur_eigenvalues(t)))
        return OrdschurResult.first(nargout, us, ts)
    chosen = np.asarray(select)
    if chosen.size != n or (chosen.ndim == 2 and 1 not in chosen.shape) or chosen.ndim > 2:
        raise CompatValueError(f"select must be a vector with one element per eigenvalue "
                               f"({n}), got {chosen.size}")
    chosen = chosen.ravel()
    if chosen.dtype.kind == "b":
        us, ts = core.reorder_schur(u, t, chosen)
    elif chosen.dtype.kind in "iuf":
        if not np.all(np.isfinite(chosen)):
            raise CompatValueError("clusters must be finite")
        us, ts = core.reorder_schur_clusters(u, t, chosen.astype(float))
    else:
        raise CompatValueError("the third argument must be a logical select vector, a "
                               "keyword or a numeric clusters vector")
    return OrdschurResult.first(nargout, us, ts)
