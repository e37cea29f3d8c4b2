"""MATLAB's linear systems and inverses: ``mldivide`` (``\\``), ``mrdivide`` (``/``), ``inv``,
``det``, ``rcond``, ``trace``, ``linsolve`` (``expm`` is in
:mod:`compat.matlab.matrix_functions`).

The legacy layer of the family: each function reads MATLAB's argument grammar and class
rules, calls the core (:mod:`compat._core.linalg`) and turns the core's findings into
MATLAB's warnings (:class:`compat.SingularMatrixWarning`,
:class:`compat.NearlySingularMatrixWarning`, :class:`compat.RankDeficientWarning`, with
MATLAB's message text). Its siblings: :mod:`compat.matlab.matrix_analysis` (``pinv``,
``rank``, ``null``, ``orth``, ``rref``, ``norm``, ``cond``) and
:mod:`compat.matlab.factorizations` (``eig``, ``svd``, ``chol``, ``lu``, ``qr``).

Matrices are 2-D arrays with MATLAB's ``(row, column)`` indexing. Linear algebra takes
double and single data (complex too); integer and logical matrices are refused, as
MATLAB refuses them; a single operand makes the result single.
"""

from __future__ import annotations

import numpy as np

from compat._core import linalg as core
from compat._core.docs import Fragments
from compat._core.errors import (CompatTypeError, CompatValueError,
                                 NearlySingularMatrixWarning, issue_warning,
                                 RankDeficientWarning, SingularMatrixWarning)
from compat._core.legacy import matlab_function
from compat._core.results import Result
from compat._core.matlab_types import logical_scalar, matlab_array, result_class
from compat.matlab._matrices import float_matrix, matrix

__all__ = ["mldivide", "mrdivide", "inv", "det", "rcond", "trace", "linsolve",
           "LinsolveResult"]

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


# ------------------------------------------------------------------------ warnings
def _warn_square(report, dtype) -> None:
    # through issue_warning: lastwarn records them, warning('off', id) silences them
    if report.singular:
        issue_warning(SingularMatrixWarning(SINGULAR, "MATLAB:singularMatrix"))
    elif report.rcond < core.eps_of(dtype):
        issue_warning(NearlySingularMatrixWarning(
            NEARLY_SINGULAR.format(rcond=report.rcond), "MATLAB:nearlySingularMatrix",
            rcond=report.rcond))


def _warn(report, dtype) -> None:
    if report.solver == "qr":
        if report.rank_deficient:
            issue_warning(RankDeficientWarning(
                RANK_DEFICIENT.format(rank=report.rank, tol=report.tol),
                "MATLAB:rankDeficientMatrix", rank=report.rank, tol=report.tol))
    elif report.solver not in ("empty", "scalar"):
        _warn_square(report, dtype)


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
    a = float_matrix(A, name_a)
    b = float_matrix(B, name_b)
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
    a = matrix(A, "A", square=True)
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
    a = matrix(A, "A", square=True)
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
    a = matrix(A, "A", square=True)
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


# ------------------------------------------------------------------------- linsolve
class LinsolveResult(Result):
    """``[X, r] = linsolve(...)``: the solution and the reciprocal condition estimate
    (square A) or the rank (rectangular A)."""

    request_style = "nargout"
    X: np.ndarray
    r: np.floating


_LINSOLVE_FIELDS = ("LT", "UT", "UHESS", "SYM", "POSDEF", "RECT", "TRANSA")
#: the combinations of true fields MATLAB's documentation lists (TRANSA may join any)
_LINSOLVE_COMBINATIONS = ({"LT"}, {"UT"}, {"UHESS"}, {"SYM"}, {"SYM", "POSDEF"}, {"RECT"},
                          {"LT", "RECT"}, {"UT", "RECT"}, set())


def _linsolve_options(opts) -> set:
    if opts is None:
        return set()
    if not isinstance(opts, dict):
        raise CompatTypeError(f"opts must be a struct (a dict of logical fields), got "
                              f"{type(opts).__name__}")
    true = set()
    for key, value in opts.items():
        name = str(key).upper()
        if name not in _LINSOLVE_FIELDS:
            raise CompatValueError(f"Unknown field '{key}' in opts; the fields are "
                                   f"{', '.join(_LINSOLVE_FIELDS)}.")
        if logical_scalar(value, f"opts.{key} must be a logical scalar."):
            true.add(name)
    if true - {"TRANSA"} not in _LINSOLVE_COMBINATIONS:
        raise CompatValueError("Invalid combination of fields in opts: "
                               f"{', '.join(sorted(true))}.")
    return true


@matlab_function("linsolve", nargout=2)
@_DOCS.fill
def linsolve(A, B, opts=None, *, nargout=1):
    """Solve ``A*X = B`` with a solver chosen by the caller, as MATLAB's ``linsolve``.

    MATLAB call forms::

        X = linsolve(A, B)            ->  X = linsolve(A, B)
        X = linsolve(A, B, opts)      ->  X = linsolve(A, B, {"UT": True})
        [X, r] = linsolve(___)        ->  X, r = linsolve(A, B, nargout=2)

    Without ``opts``: LU with partial pivoting for square A, column-pivoted QR (the
    *basic* least-squares solution, as ``mldivide``'s) otherwise -- unlike ``mldivide``,
    no structure is detected. ``opts`` is MATLAB's struct of logical fields (a dict; case
    of the names ignored) declaring A's properties, which are not checked: ``LT``/``UT``
    (triangular: substitution reading only that triangle), ``UHESS`` (upper Hessenberg:
    LU), ``SYM`` (LDL' of the upper triangle), ``SYM`` and ``POSDEF`` (Cholesky of the
    upper triangle), ``RECT`` (QR even for square A), and ``TRANSA`` (solve ``A'*X = B``,
    the conjugate transpose). The combinations MATLAB's documentation lists are accepted
    (``LT``/``UT`` with ``RECT`` solve the triangle of A by QR); others raise.

    With one output, an ill-conditioned square A warns as ``mldivide`` does ("Matrix is
    close to singular or badly scaled. Results may be inaccurate. RCOND = ...") and a
    rank-deficient rectangular A warns "Rank deficient, rank = ..., tol = ..."; with
    ``nargout=2`` there is no warning and ``r`` is the reciprocal condition estimate
    (square A: xGECON, xTRCON, xPOCON or xSYCON of the chosen factorisation) or the rank
    (rectangular A).

    {{warnings}}

    Notes
    -----
    ``numpy.linalg.solve`` refuses singular and rectangular matrices and never warns;
    ``scipy.linalg.solve(assume_a=...)`` is the nearest Python relative. {{order}}
    {{classes}} The messages for unknown fields and invalid combinations are compat's
    (MATLAB's exact texts are not published).

    Sources: MATLAB documentation of ``linsolve`` (methods, opts fields and their
    combinations, the second output, the ``hilb(20)`` warning example).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[2.0, 1, 1], [0, 4, 2], [0, 0, 8]])
    >>> matlab.linsolve(A, np.array([[5.0], [8], [8]]), {"UT": True})
    array([[1.25],
           [1.5 ],
           [1.  ]])
    >>> x, r = matlab.linsolve(np.array([[1.0, 2], [3, 4]]), np.array([1.0, 1]), nargout=2)
    >>> x, round(float(r), 4)
    (array([-1.,  1.]), 0.0476)
    """
    a = matrix(A, "A")
    b = float_matrix(B, "B")
    if b.ndim > 2:
        raise CompatValueError(f"B must be a 2-D matrix, got {b.ndim} dimensions")
    flags = _linsolve_options(opts)
    dtype = result_class(a, b)
    vector_b = b.ndim == 1
    b2 = b.reshape(1, 1) if b.ndim == 0 else (b.reshape(-1, 1) if b.ndim == 1 else b)
    if "TRANSA" in flags:
        a = a.conj().T
        # a declared triangle of A is the other triangle of A'
        flags = {{"LT": "UT", "UT": "LT"}.get(f, f) for f in flags}
    if a.shape[0] != b2.shape[0]:
        raise CompatValueError(f"Matrix dimensions must agree (A is "
                               f"{'x'.join(map(str, a.shape))}, B is "
                               f"{'x'.join(map(str, b2.shape))}).")
    x, report = core.declared_solve(
        np.ascontiguousarray(a, dtype=dtype), np.ascontiguousarray(b2, dtype=dtype),
        lower="LT" in flags, upper="UT" in flags, symmetric="SYM" in flags,
        positive_definite="POSDEF" in flags, rectangular="RECT" in flags)
    x = np.ascontiguousarray(x, dtype=dtype)
    if vector_b:
        x = x.reshape(-1)
    real = np.finfo(np.dtype(dtype)).dtype.type
    if nargout < 2:
        _warn(report, dtype)
        return x
    r = real(report.rank) if report.solver == "qr" else real(report.rcond)
    return LinsolveResult.first(nargout, x, r)
