"""MATLAB's matrix-pencil routines: ``polyeig`` (the polynomial eigenvalue problem by
linearisation and QZ) and ``ordeig`` (the eigenvalues of a Schur or QZ form in diagonal
order).

Part of the linear-algebra families with :mod:`compat.matlab.condensed_forms` and
:mod:`compat.matlab.factorizations`, over :mod:`compat._core.matrix_pencils`. Matrices
are 2-D arrays with MATLAB's ``(row, column)`` indexing; double and single, real or
complex (single if any input is single; integer and logical matrices refused, as MATLAB
refuses them).
"""

from __future__ import annotations

import numpy as np

from compat._core import matrix_pencils as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import result_class
from compat._core.results import Result
from compat.matlab._matrices import matrix
from compat.matlab.factorizations import eig
from compat.matlab.linalg import rcond

__all__ = ["polyeig", "ordeig", "gsvd", "ordqz"]


# --------------------------------------------------------------------------- polyeig
class PolyeigResult(Result):
    """``[X, e, s] = polyeig(A0, A1, ..., Ap)``."""

    request_style = "nargout"
    X: np.ndarray
    e: np.ndarray
    s: np.ndarray


@matlab_function("polyeig", nargout=3)
def polyeig(*A, nargout=1):
    """Polynomial eigenvalue problem, as MATLAB's ``polyeig``.

    MATLAB call forms::

        e = polyeig(A0, A1, ..., Ap)          ->  e = polyeig(A0, A1, ..., Ap)
        [X, e] = polyeig(A0, A1, ..., Ap)     ->  X, e = polyeig(A0, ..., Ap, nargout=2)
        [X, e, s] = polyeig(A0, A1, ..., Ap)  ->  X, e, s = polyeig(..., nargout=3)

    Solves ``(A0 + lambda*A1 + ... + lambda^p*Ap)*x = 0`` for the ``n*p`` eigenvalues
    ``e`` (a column) and the ``n x n*p`` eigenvectors ``X``, by MATLAB's algorithm: the
    linearisation ``A = [A0 0; 0 I]``, ``B = [-A1 ... -Ap; I 0]`` (``n*p`` square)
    solved by ``eig(A, B)`` -- the QZ algorithm (LAPACK xGGEV), so ``e`` is in the order
    QZ leaves on the diagonal, with Inf where ``Ap`` is singular; then, for each
    eigenvalue, the ``n``-block of the big eigenvector with the smallest normalised
    residual ``sum(abs(P(lambda)*v))./sum(abs(v))``, scaled to **unit 2-norm** (the
    sign or phase is LAPACK's). ``s`` (``p >= 2``) holds the condition numbers of the
    eigenvalues of the homogeneous problem (Dedieu and Tisseur), with the left
    eigenvectors recovered from the right ones by MATLAB's rule; large values mean the
    problem is near one with a repeated eigenvalue.

    Special cases, as MATLAB's page: ``p = 0`` (``polyeig(A)``) is ``eig(A, eye(n))``,
    ``p = 1`` (``polyeig(A, B)``) is ``eig(A, -B)`` with eig's eigenvectors as they
    are; scalars ``a0, ..., ap`` give ``roots([ap ... a1 a0])`` (as a set).

    Errors: coefficient matrices that are not square or not all of one size; ``s`` for
    fewer than three matrices ("Must provide at least two matrices.", MATLAB's
    polyeig.m for ``p < 2``); ``s`` when both ``A0`` and ``Ap`` have ``rcond <= eps``
    ("Either the leading or the trailing coefficient matrix must be nonsingular.");
    NaN or Inf ("Input to EIG must not contain NaN or Inf.", from eig).

    Notes
    -----
    Octave 7.3's ``polyeig`` differs: another linearisation (``[0 I; -A0 -A1]`` against
    ``diag(I, A2)``), so its eigenvalue order can differ; its eigenvectors are the first
    block divided by the column's ``max`` (the largest *signed* entry for real vectors),
    not unit 2-norm; no ``s``; ``polyeig(A)`` returns ``[]``. scipy has no polynomial
    eigensolver; ``scipy.linalg.eig`` of a hand-made companion pair leaves the
    eigenvectors unnormalised and of length ``n*p``.

    Sources: MATLAB's ``polyeig`` reference page (call forms, special cases, the
    printed example below); the algorithm of MATLAB's ``polyeig.m`` (Higham and
    Tisseur); Dedieu and Tisseur, Linear Algebra Appl. 358 (2003) 71-94.

    Examples
    --------
    The reference page's mass-spring problem ``(M*lambda^2 + C*lambda + K)*x = 0``:

    >>> import numpy as np
    >>> from compat import matlab
    >>> M = np.diag([3.0, 1, 3, 1])
    >>> C = np.array([[0.4, 0, -0.3, 0], [0, 0, 0, 0], [-0.3, 0, 0.5, -0.2],
    ...               [0, 0, -0.2, 0.2]])
    >>> K = np.array([[-7.0, 2, 4, 0], [2, -4, 2, 0], [4, 2, -9, 3], [0, 0, 3, -3]])
    >>> X, e, s = matlab.polyeig(K, C, M, nargout=3)
    >>> print(e.ravel().round(4))
    [-2.4498 -2.1536 -1.6248  2.2279  2.0364  1.4752  0.3353 -0.3466]
    >>> np.abs(X[:, 0]).round(4)
    array([0.1828, 0.353 , 0.536 , 0.7448])
    >>> bool(np.abs((M * e[0, 0]**2 + C * e[0, 0] + K) @ X[:, 0]).max() < 1e-13)
    True
    """
    if not A:
        raise CompatValueError("polyeig needs at least one coefficient matrix")
    coeffs = [matrix(a, f"A{k}", square=True) for k, a in enumerate(A)]
    n = coeffs[0].shape[0]
    if any(c.shape[0] != n for c in coeffs):
        raise CompatValueError("polyeig: the coefficient matrices must all be the same "
                               "size")
    p = len(coeffs) - 1
    if nargout > 2 and p < 2:
        raise CompatValueError("Must provide at least two matrices.")
    dtype = result_class(*coeffs)
    coeffs = [c.astype(dtype) for c in coeffs]
    big_a, big_b = core.companion_pencil(coeffs, dtype)
    if nargout == 1:
        return eig(big_a, big_b)
    z, d = eig(big_a, big_b, nargout=2)
    values = np.diagonal(d).copy()
    if p <= 1:
        return PolyeigResult.first(2, z, values.reshape(-1, 1))
    x = core.polynomial_eigenvectors(coeffs, z, values)
    if nargout == 2:
        return PolyeigResult.first(2, x, values.reshape(-1, 1))
    rcond_p, rcond_0 = float(rcond(coeffs[-1])), float(rcond(coeffs[0]))
    if max(rcond_p, rcond_0) <= np.finfo(float).eps:
        raise CompatValueError("Either the leading or the trailing coefficient matrix "
                               "must be nonsingular.")
    y = core.left_from_right(coeffs, x, values, rcond_p >= rcond_0)
    s = core.polynomial_condition_numbers(coeffs, x, y, values)
    return PolyeigResult.first(3, x, values.reshape(-1, 1), s.reshape(-1, 1))


# ---------------------------------------------------------------------------- ordeig
def _quasi_triangular(t: np.ndarray, name: str, routine: str = "ordeig") -> None:
    n = t.shape[0]
    if t.dtype.kind == "c":
        ok = not np.any(np.tril(t, -1))
    else:
        sub = np.diagonal(t, -1) != 0 if n > 1 else np.zeros(0, bool)
        ok = not np.any(np.tril(t, -2)) and not np.any(sub[1:] & sub[:-1])
    if not ok:
        raise CompatValueError(f"{routine}: {name} must be quasi-triangular (upper "
                               "triangular with 1x1 or 2x2 diagonal blocks; upper "
                               "triangular when complex)")


@matlab_function("ordeig")
def ordeig(T, BB=None):
    """Eigenvalues of quasitriangular matrices in diagonal order, as MATLAB's ``ordeig``.

    MATLAB call forms::

        E = ordeig(T)                 ->  E = ordeig(T)
        E = ordeig(AA, BB)            ->  E = ordeig(AA, BB)

    ``T`` a (quasi-)triangular Schur matrix, as ``schur`` returns it; ``(AA, BB)`` a
    quasi-triangular pair, as ``qz`` returns it. ``E`` (a column) holds the eigenvalues
    -- ``T(k,k)``, or the generalised ``AA(k,k)/BB(k,k)`` -- in their order of appearance
    down the diagonal; a 2x2 block (nonzero ``T(k+1,k)``/``AA(k+1,k)``) contributes its
    two eigenvalues, the one with positive imaginary part first (LAPACK's order, which
    ``eig`` and ``ordschur``'s select vector follow). Real when the input is real and
    has no complex pair. ``BB(k,k) = 0`` gives an infinite eigenvalue.

    A real matrix must be quasi-triangular (zero below the subdiagonal, no two adjacent
    nonzero subdiagonal entries), a complex one upper triangular (compat's error text;
    MATLAB's is not published).

    Notes
    -----
    ``numpy.linalg.eigvals(T)`` returns the eigenvalues in LAPACK's own order after a new
    reduction, not T's diagonal order, and ``numpy.diag(T)`` is wrong for 2x2 blocks.
    Octave 7.3's ``ordeig(AA, BB)`` solves a 2x2 block's quadratic with the constant term
    ``AA(i,i)*AA(i+1,i+1) - (AA(i,i+1) - BB(i,i+1))*AA(i+1,i)`` and without
    ``BB(i,i+1)*AA(i+1,i)`` in the linear term: right for ``BB`` with a zero
    ``BB(i,i+1)`` (as LAPACK's standardised blocks have) but not for a general pair;
    compat solves ``det(AA_k - lambda*BB_k) = 0``. Octave also puts a block's pair in
    the order its quadratic formula gives, which is negative imaginary part first when
    ``BB(i,i)*BB(i+1,i+1) < 0`` (as LAPACK's xTGSEN can leave a reordered pair).

    Sources: MATLAB's ``ordeig`` reference page (definition, its two examples).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.ordeig(np.diag([1.0, -1, 3, -5, 2])).ravel()
    array([ 1., -1.,  3., -5.,  2.])
    >>> matlab.ordeig(np.array([[1.0, 2, 3], [-2, 1, 4], [0, 0, 5]])).ravel()
    array([1.+2.j, 1.-2.j, 5.+0.j])
    """
    t = matrix(T, "T" if BB is None else "AA", square=True)
    if BB is None:
        _quasi_triangular(t, "T")
        e = core.pencil_eigenvalues(t, None)
        return e.reshape(-1, 1)
    bb = matrix(BB, "BB", square=True)
    if bb.shape != t.shape:
        raise CompatValueError("ordeig: AA and BB must be the same size")
    dtype = result_class(t, bb)
    t, bb = t.astype(dtype), bb.astype(dtype)
    _quasi_triangular(t, "AA")
    if dtype.kind == "c":
        _quasi_triangular(bb, "BB")
    elif np.any(np.tril(bb, -1) * (np.tril(t, -1) == 0)):
        raise CompatValueError("ordeig: BB must be upper triangular outside AA's 2x2 "
                               "blocks")
    e = core.pencil_eigenvalues(t, bb)
    return e.reshape(-1, 1)


# ------------------------------------------------------------------------------ gsvd
class GsvdResult(Result):
    """``[U, V, X, C, S] = gsvd(A, B)``."""

    request_style = "nargout"
    U: np.ndarray
    V: np.ndarray
    X: np.ndarray
    C: np.ndarray
    S: np.ndarray


def _economy_flag(flag) -> bool:
    if flag is None:
        return False
    if isinstance(flag, str):
        if 0 < len(flag) <= 4 and "econ".startswith(flag.lower()):
            return True
    else:
        value = np.asarray(flag)
        if value.size == 1 and value.dtype.kind in "iuf" and float(value.ravel()[0]) == 0:
            return True
    raise CompatValueError(f"gsvd: the third argument must be 0 or \"econ\", got {flag!r}")


@matlab_function("gsvd", nargout=5)
def gsvd(A, B, flag=None, *, nargout=1):
    """Generalized singular value decomposition, as MATLAB's ``gsvd``.

    MATLAB call forms::

        sigma = gsvd(A, B)                 ->  sigma = gsvd(A, B)
        [U, V, X, C, S] = gsvd(A, B)       ->  U, V, X, C, S = gsvd(A, B, nargout=5)
        [U, V, X, C, S] = gsvd(A, B, "econ")  ->  gsvd(A, B, 'econ', nargout=5)
        [U, V, X, C, S] = gsvd(A, B, 0)    ->  gsvd(A, B, 0, nargout=5)

    ``A = U*C*X'``, ``B = V*S*X'``, ``C'*C + S'*S = I`` for A ``m x p`` and B ``n x p``:
    U (``m x m``) and V (``n x n``) unitary, X ``p x q`` (``q`` the numerical rank of
    ``[A; B]``), C ``m x q`` and S ``n x q`` real, nonnegative, S's nonzeros on its main
    diagonal and C's on ``diag(C, max(0, q-m))``; the generalized singular values
    ``c./s`` in **ascending** order (0 for A's null directions, Inf for B's), so that
    ``gsvd(A, B)`` is ``svd(A/B)`` reversed for a square nonsingular B. ``sigma`` (a
    column of ``q`` values) is ``sqrt(diag(C'*C)./diag(S'*S))``. ``"econ"`` (any
    case-insensitive leading part of it) or 0: an economy QR of A and of B where they
    have more rows than columns first, so U and V have at most p columns and C and S at
    most p rows. Single if A or B is single; complex supported.

    MATLAB's algorithm (its ``gsvd.m``): a column-pivoted economy QR of ``[A; B]`` cut at
    the rank ``|R(k,k)| > max(m+n, p)*eps(|R(1,1)|)``, the cosine-sine decomposition of
    the two row blocks of Q (the SVD of the larger block in ascending order, QR and SVD
    of the other), the nonzero diagonals made real and nonnegative through U and V, the
    pairs renormalised by ``hypot(c, s)`` and sorted by ``c./s``; ``X = R'*Z``. The
    factors are unique up to a simultaneous sign (phase) of matching columns of U, V and
    X for distinct values, which follow LAPACK's SVD and QR, as in MATLAB.

    Errors (compat's wording; MATLAB's identifiers MATLAB:gsvd:MatrixColMismatch and
    MATLAB:gsvd:InvalidFlag): A and B with different numbers of columns; a third
    argument other than 0 or "econ"; NaN or Inf ("Input to SVD must not contain NaN or
    Inf.", from the SVD inside).

    Notes
    -----
    Octave 7.3's ``gsvd`` (LAPACK xGGSVD3) orders the pairs the other way (C's diagonal
    descending: ``0.9807 0.3155 0.0000`` for the page's example, MATLAB ``0.0000 0.3155
    0.9807``), has its own X, and returns the full decomposition with a warning for
    ``gsvd(A, B, 0)``; its ``sigma`` is ascending, as MATLAB's. scipy has no GSVD.

    Sources: MATLAB's ``gsvd`` reference page (definitions, ordering, the printed
    example below); the algorithm of MATLAB's ``gsvd.m`` (its published text, read for
    what it computes).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.arange(1.0, 16).reshape(3, 5).T; B = matlab.magic(3)
    >>> U, V, X, C, S = matlab.gsvd(A, B, nargout=5)
    >>> print(np.diag(C).round(4), np.diag(S).round(4))
    [0.     0.3155 0.9807] [1.     0.9489 0.1957]
    >>> print(np.abs(X).round(4))
    [[ 2.8284  9.3761  6.9346]
     [ 5.6569  8.3071 18.3301]
     [ 2.8284  7.2381 29.7256]]
    >>> print(matlab.gsvd(A, B).ravel().round(4))
    [0.     0.3325 5.0123]
    """
    a = matrix(A, "A")
    b = matrix(B, "B")
    if a.shape[1] != b.shape[1]:
        raise CompatValueError(f"gsvd: A and B must have the same number of columns "
                               f"(A is {a.shape[0]}x{a.shape[1]}, B is "
                               f"{b.shape[0]}x{b.shape[1]})")
    economy = _economy_flag(flag)
    for x in (a, b):
        if x.size and not np.all(np.isfinite(x)):
            raise CompatValueError("Input to SVD must not contain NaN or Inf.")
    dtype = result_class(a, b)
    u, v, x, c, s, sigma = core.generalized_svd(a.astype(dtype), b.astype(dtype),
                                                economy=economy)
    if nargout == 1:
        return sigma.reshape(-1, 1)
    return GsvdResult.first(nargout, u, v, x, c, s)


# ----------------------------------------------------------------------------- ordqz
class OrdqzResult(Result):
    """``[AAS, BBS, QS, ZS] = ordqz(AA, BB, Q, Z, ...)``."""

    request_style = "nargout"
    AAS: np.ndarray
    BBS: np.ndarray
    QS: np.ndarray
    ZS: np.ndarray


_REGIONS = {"lhp": lambda e: e.real < 0, "rhp": lambda e: e.real >= 0,
            "udi": lambda e: np.abs(e) < 1, "udo": lambda e: np.abs(e) >= 1}


@matlab_function("ordqz", nargout=4)
def ordqz(AA, BB, Q, Z, select, *, nargout=4):
    """Reorder the eigenvalues of a QZ factorization, as MATLAB's ``ordqz``.

    MATLAB call forms::

        [AAS, BBS, QS, ZS] = ordqz(AA, BB, Q, Z, select)    ->  ordqz(AA, BB, Q, Z, select)
        [AAS, BBS, QS, ZS] = ordqz(AA, BB, Q, Z, keyword)   ->  ordqz(AA, BB, Q, Z, 'rhp')
        [AAS, BBS, QS, ZS] = ordqz(AA, BB, Q, Z, clusters)  ->  ordqz(..., [2, 1, 1, 3, 2])

    For ``[AA, BB, Q, Z] = qz(A, B)``: ``QS*A*ZS = AAS``, ``QS*B*ZS = BBS`` with the
    selected eigenvalues (``select``: a logical vector over ``ordeig(AA, BB)``, the
    diagonal order) in the leading blocks of ``(AAS, BBS)``, both groups keeping their
    relative order; the leading columns of ZS span the corresponding deflating subspace.
    LAPACK xTGSEN, as MATLAB. A 2x2 block of a real pair moves whole: selecting either of
    its eigenvalues selects both, and in ``clusters`` it takes the larger index (the
    page's Tips). Keywords select by region of ``E = ordeig(AA, BB)``: ``'lhp'``
    ``real(E) < 0``, ``'rhp'`` ``real(E) >= 0``, ``'udi'`` ``abs(E) < 1``, ``'udo'``
    ``abs(E) >= 1`` (as ordschur's). ``clusters``: the clusters in descending order of
    their index, the highest in the upper left. ``Q = []`` or ``Z = []`` stands for the
    identity (the incremental transformation). The default ``nargout`` is 4.

    Notes
    -----
    ``scipy.linalg.ordqz(A, B, sort=...)`` factors and sorts in one call, selects by a
    callable or keyword only, and returns LAPACK's Q (MATLAB's ``Q'``); it cannot reorder
    a given factorization or order several clusters.

    Sources: MATLAB's ``ordqz`` reference page (definition, keywords, Tips on conjugate
    pairs, the printed example below); LAPACK xTGSEN.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> AA, BB, Q, Z = matlab.qz(matlab.magic(5), matlab.hilb(5))
    >>> AAS, BBS, QS, ZS = matlab.ordqz(AA, BB, Q, Z, 'rhp')
    >>> print(np.diag(AAS).round(4))
    [ 14.5272  21.7128  60.3083 -18.2081 -14.6375]
    >>> print((matlab.ordeig(AAS, BBS).ravel() > 0))
    [ True  True  True False False]
    """
    aa = matrix(AA, "AA", square=True)
    bb = matrix(BB, "BB", square=True)
    n = aa.shape[0]
    q = np.eye(n) if Q is None or np.size(Q) == 0 else matrix(Q, "Q", square=True)
    z = np.eye(n) if Z is None or np.size(Z) == 0 else matrix(Z, "Z", square=True)
    if any(x.shape != aa.shape for x in (bb, q, z)):
        raise CompatValueError("ordqz: AA, BB, Q and Z must be square matrices of the "
                               "same size")
    for x, name in ((aa, "AA"), (bb, "BB"), (q, "Q"), (z, "Z")):
        if x.size and not np.all(np.isfinite(x)):
            raise CompatValueError(f"ordqz: {name} must not contain NaN or Inf")
    dtype = result_class(aa, bb, q, z)
    aa, bb, q, z = (x.astype(dtype) for x in (aa, bb, q, z))
    _quasi_triangular(aa, "AA", "ordqz")
    if np.any(np.tril(bb, -1)):
        raise CompatValueError("ordqz: BB must be upper triangular (the output of qz)")
    if isinstance(select, str):
        region = _REGIONS.get(select.lower())
        if region is None:
            raise CompatValueError(f"ordqz: unknown keyword '{select}': expected 'lhp', "
                                   "'rhp', 'udi' or 'udo'")
        with np.errstate(invalid="ignore"):
            chosen = region(core.pencil_eigenvalues(aa, bb).astype(complex))
        out = core.reorder_qz(aa, bb, q, z, chosen)
        return OrdqzResult.first(nargout, *out)
    chosen = np.asarray(select)
    if chosen.size != n or chosen.ndim > 2 or (chosen.ndim == 2 and 1 not in chosen.shape):
        raise CompatValueError(f"ordqz: select must be a vector with one element per "
                               f"eigenvalue ({n}), got {chosen.size}")
    chosen = chosen.ravel()
    if chosen.dtype.kind == "b":
        out = core.reorder_qz(aa, bb, q, z, core_select(aa, chosen))
    elif chosen.dtype.kind in "iuf":
        if not np.all(np.isfinite(chosen)):
            raise CompatValueError("ordqz: clusters must be finite")
        out = core.reorder_qz_clusters(aa, bb, q, z, chosen.astype(float))
    else:
        raise CompatValueError("ordqz: the fifth argument must be a logical select vector, "
                               "a keyword or a numeric clusters vector")
    return OrdqzResult.first(nargout, *out)


def core_select(aa: np.ndarray, chosen: np.ndarray) -> np.ndarray:
    """A real 2x2 block is selected when either of its eigenvalues is (the page's Tips)."""
    return core._pair_consistent(aa, chosen.astype(float)) > 0
