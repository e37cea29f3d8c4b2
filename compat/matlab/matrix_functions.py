"""MATLAB's functions of a matrix: ``expm``, ``sqrtm``, ``logm``.

The legacy layer of the family over :mod:`compat._core.matrix_functions` (and scipy's
``expm``, the algorithm MATLAB documents): MATLAB's argument rules (square double or
single matrices, real or complex; integer and logical refused), its result classes (real
where MATLAB's result is real, single for single), its warnings and extra outputs.
Siblings: :mod:`compat.matlab.linalg` (systems and inverses),
:mod:`compat.matlab.matrix_analysis`, :mod:`compat.matlab.factorizations`.

The matrix functions are not the element-wise ones: ``numpy.sqrt(A)``/``numpy.log(A)``/
``numpy.exp(A)`` are MATLAB's ``sqrt``/``log``/``exp``, not ``sqrtm``/``logm``/``expm``.
"""

from __future__ import annotations


import numpy as np
import scipy.linalg

from compat._core import matrix_functions as core
from compat._core.errors import issue_warning
from compat._core.linalg import one_norm
from compat._core.errors import MatlabWarning, SingularMatrixWarning
from compat._core.legacy import matlab_function
from compat._core.results import Result
from compat.matlab._matrices import matrix

__all__ = ["expm", "sqrtm", "logm", "SqrtmResult", "LogmResult"]

SQRTM_SINGULAR = "Matrix is singular and may not have a square root."
LOGM_NONPRINCIPAL = ("Principal matrix logarithm is not defined for A with nonpositive real "
                     "eigenvalues. A non-principal matrix logarithm is returned.")


class SqrtmResult(Result):
    """``[X, residual] = sqrtm(A)``."""

    request_style = "nargout"
    X: np.ndarray
    residual: np.floating


class LogmResult(Result):
    """``[L, exitflag] = logm(A)``."""

    request_style = "nargout"
    L: np.ndarray
    exitflag: np.float64


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
    a = matrix(A, "X", square=True)
    if a.size == 0:
        return np.zeros((0, 0), a.dtype)
    if not np.any(a - np.diag(np.diagonal(a))):
        out = np.zeros_like(a)
        with np.errstate(all="ignore"):
            out[np.diag_indices(a.shape[0])] = np.exp(np.diagonal(a))
        return out
    with np.errstate(all="ignore"):
        return np.ascontiguousarray(scipy.linalg.expm(a).astype(a.dtype, copy=False))


# ---------------------------------------------------------------------------- sqrtm
@matlab_function("sqrtm", nargout=2)
def sqrtm(A, *, nargout=1):
    """Principal matrix square root, as MATLAB's ``sqrtm``.

    MATLAB call forms::

        X = sqrtm(A)                 ->  X = sqrtm(A)
        [X, residual] = sqrtm(A)     ->  X, residual = sqrtm(A, nargout=2)

    ``X @ X`` is ``A`` and every eigenvalue of X has a nonnegative real part. The Schur
    method of Björck and Hammarling (the algorithm MATLAB documents; Higham's real
    variant and the blocking MATLAB adds change the operation order only): the result is
    real for a real A without negative real eigenvalues, complex otherwise. An exactly
    singular A (a zero eigenvalue in the Schur form) warns "Matrix is singular and may
    not have a square root." -- except with ``nargout=2``, where, as in MATLAB, the
    residual ``norm(A - X^2, 1)/norm(A, 1)`` is returned instead. A matrix without any
    square root (``[0 1; 0 0]``) gives Inf/NaN, as MATLAB's division by zero does.
    ``sqrtm([])`` is ``zeros(0, 0)``. A real matrix with a negative real eigenvalue
    ``-x`` has no principal root; its eigenvalue's root is taken on the principal branch,
    ``+i*sqrt(x)``, as MATLAB's ``sqrt(-x)`` (Octave's complex Schur form leaves rounding
    noise there and may take either sign: the real parts agree).

    MATLAB's third form ``[X, alpha, condx]`` (stability factor and condition estimate)
    is not provided.

    Warns
    -----
    SingularMatrixWarning
        "Matrix is singular and may not have a square root." (``MATLAB:sqrtm:SingularMatrix``)

    Notes
    -----
    ``numpy.sqrt(A)`` is the element-wise root; ``scipy.linalg.sqrtm`` computes the same
    principal root but warns with other text and returns no residual. Results equal
    MATLAB's to rounding (the same algorithm, another operation order).

    Sources: MATLAB documentation of ``sqrtm`` (forms, warning, residual definition,
    examples: the fourth-difference matrix, ``[7 10; 15 22]``); Björck & Hammarling,
    Linear Algebra Appl. 52/53 (1983) 127-140.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.sqrtm(np.array([[7.0, 10], [15, 22]])).round(4)
    array([[1.5667, 1.7408],
           [2.6112, 4.1779]])
    >>> X, residual = matlab.sqrtm(np.array([[4.0, 1], [0, 9]]), nargout=2)
    >>> X
    array([[2. , 0.2],
           [0. , 3. ]])
    >>> float(residual)
    0.0
    """
    a = matrix(A, "A", square=True)
    if a.size == 0:
        x = np.zeros((0, 0), a.dtype)
        return SqrtmResult.first(nargout, x, np.finfo(a.dtype).dtype.type(0))
    found = core.square_root(a)
    x = found.root
    if nargout < 2:
        if found.singular:
            issue_warning(SingularMatrixWarning(SQRTM_SINGULAR, "MATLAB:sqrtm:SingularMatrix"))
        return x
    real = np.finfo(a.dtype).dtype.type
    with np.errstate(all="ignore"):
        residual = real(one_norm(a - x @ x) / one_norm(a))
    return SqrtmResult.first(nargout, x, residual)


# ----------------------------------------------------------------------------- logm
@matlab_function("logm", nargout=2)
def logm(A, *, nargout=1):
    """Principal matrix logarithm, the inverse of ``expm``, as MATLAB's ``logm``.

    MATLAB call forms::

        L = logm(A)                  ->  L = logm(A)
        [L, exitflag] = logm(A)      ->  L, exitflag = logm(A, nargout=2)

    The inverse scaling and squaring algorithm of Al-Mohy and Higham (2012), MATLAB's
    documented reference (scipy's ``logm`` implements it). Every eigenvalue of L has an
    imaginary part strictly between -pi and pi. When A has an eigenvalue on the closed
    negative real axis (or is singular) the principal logarithm is undefined: a
    non-principal logarithm is returned with MATLAB's warning. The result is real for a
    real A whose logarithm is real, single for single. ``exitflag`` is 0 (MATLAB's 1,
    "too many matrix square roots", cannot occur: the algorithm's square-root count is
    not limited here). ``logm([])`` is ``zeros(0, 0)``.

    Warns
    -----
    MatlabWarning
        "Principal matrix logarithm is not defined for A with nonpositive real
        eigenvalues. A non-principal matrix logarithm is returned."
        (``MATLAB:logm:nonPosRealEig``)

    Notes
    -----
    ``numpy.log(A)`` is the element-wise logarithm (MATLAB's ``log``), which the MATLAB
    documentation shows giving ``-Inf`` where ``logm`` recovers the matrix. Results equal
    MATLAB's to rounding.

    Sources: MATLAB documentation of ``logm`` (forms, warning, example
    ``logm(expm([1 1 0; 0 0 2; 0 0 -1]))``); Al-Mohy & Higham, SIAM J. Sci. Comput.
    34(4) (2012) C153-C169.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[1.0, 1, 0], [0, 0, 2], [0, 0, -1]])
    >>> matlab.logm(matlab.expm(A)).round(4) + 0.0
    array([[ 1.,  1.,  0.],
           [ 0.,  0.,  2.],
           [ 0.,  0., -1.]])
    """
    a = matrix(A, "A", square=True)
    if a.size == 0:
        return LogmResult.first(nargout, np.zeros((0, 0), a.dtype), np.float64(0))
    if core.nonpositive_real_eigenvalue(a):
        issue_warning(MatlabWarning(LOGM_NONPRINCIPAL, "MATLAB:logm:nonPosRealEig"))
    return LogmResult.first(nargout, core.logarithm(a), np.float64(0))
