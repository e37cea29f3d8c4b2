"""MATLAB's matrix structure tests: ``isdiag``, ``istril``, ``istriu``, ``isbanded``,
``issymmetric``, ``ishermitian``.

Part of the linear-algebra families (:mod:`compat.matlab.linalg`,
:mod:`compat.matlab.matrix_analysis`, :mod:`compat.matlab.factorizations`), over the
structure section of :mod:`compat._core.linalg` (``nonzero_positions``, ``bandwidths``,
``is_symmetric``). Each returns a logical scalar (``numpy.bool_``). Inputs are numeric or
logical arrays (text is taken as its character codes) or ``scipy.sparse`` matrices,
which are tested on their stored entries without being made dense. A 1-D array is a row
(1xN), as everywhere in compat; an array of more than two dimensions is no matrix, and
the tests answer false for it.
"""

from __future__ import annotations

import numpy as np

from compat._core import linalg as core
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_classes import is_sparse
from compat._core.matlab_types import matlab_array

__all__ = ["isdiag", "istril", "istriu", "isbanded", "issymmetric", "ishermitian"]

_DOCS = Fragments(
    input="""
        Parameters
        ----------
        A : array_like or scipy.sparse matrix
            Numeric or logical array (real or complex; text as its character codes),
            dense or sparse. A 1-D array is a 1xN row.""",
    sources="""
        Sources: MATLAB ``{{name}}`` reference page; checked against GNU Octave 7.3
        (reference_outputs/matlab/matrix_structure).""",
)


def _matrix(A, name: str = "A"):
    """A 2-D array or sparse matrix, or None for an array of more than two dimensions."""
    if is_sparse(A):
        return A
    if isinstance(A, np.ndarray) and A.dtype.kind == "U" and A.ndim == 1 and A.size > 1:
        # a char matrix (equal-length rows): its codes, row by row
        rows = [str(r) for r in A]
        if len({len(r) for r in rows}) != 1:
            raise CompatValueError("Dimensions of arrays being concatenated are not "
                                   "consistent.")
        return np.array([[ord(c) for c in r] for r in rows], dtype=np.float64)
    a = matlab_array(A, name, char="codes")
    if a.ndim == 0:
        return a.reshape(1, 1)
    if a.ndim == 1:
        return a.reshape(1, -1)
    if a.ndim > 2:
        squeezed = a.reshape(a.shape[:2] + (-1,))
        if squeezed.shape[2] != 1:
            return None
        return squeezed[:, :, 0]
    return a


def _as_float(a):
    """Integer and logical data in double for the tolerance tests (A - A.' must not
    saturate)."""
    if is_sparse(a):
        return a.astype(np.float64) if a.dtype.kind in "biu" else a
    return a.astype(np.float64) if a.dtype.kind in "biu" else a


@matlab_function("isdiag")
@_DOCS.named()
def isdiag(A):
    """True when every nonzero element of ``A`` is on its main diagonal, as MATLAB's
    ``isdiag``.

    MATLAB call form::

        tf = isdiag(A)   ->  isdiag(A)

    {{input}}

    Returns
    -------
    numpy.bool_
        True for a diagonal matrix; ``A`` may be rectangular (``[1 0 0; 0 2 0]`` is
        diagonal); a zero or empty matrix is diagonal. NaN is a nonzero value.

    Notes
    -----
    The test looks at the nonzero entries (``[i, j] = find(A)``, ``all(i == j)``), so a
    sparse matrix is never made dense. ``numpy.array_equal(A, np.diag(np.diag(A)))``
    needs a square matrix and is false where a NaN sits on the diagonal.

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.isdiag([[1, 0, 0], [0, 2, 0]]), matlab.isdiag([[1, 0], [3, 2]])
    (np.True_, np.False_)
    """
    a = _matrix(A)
    if a is None:
        return np.False_
    i, j = core.nonzero_positions(a)
    return np.bool_(np.all(i == j))


@matlab_function("istril")
@_DOCS.named()
def istril(A):
    """True when ``A`` is lower triangular (no nonzero element above the main
    diagonal), as MATLAB's ``istril``.

    MATLAB call form::

        tf = istril(A)   ->  istril(A)

    {{input}}

    Returns
    -------
    numpy.bool_
        True for a lower triangular matrix, rectangular ones included; a diagonal,
        zero or empty matrix is lower triangular.

    Notes
    -----
    Same test as ``numpy.array_equal(A, numpy.tril(A))`` except that NaN above the
    diagonal makes compat false where that comparison is false too, and NaN on or below
    it keeps compat true where ``array_equal`` is false.

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.istril([[1, 0, 0], [2, 3, 0]]), matlab.istril([[1, 5], [0, 1]])
    (np.True_, np.False_)
    """
    a = _matrix(A)
    if a is None:
        return np.False_
    i, j = core.nonzero_positions(a)
    return np.bool_(np.all(i >= j))


@matlab_function("istriu")
@_DOCS.named()
def istriu(A):
    """True when ``A`` is upper triangular (no nonzero element below the main
    diagonal), as MATLAB's ``istriu``.

    MATLAB call form::

        tf = istriu(A)   ->  istriu(A)

    {{input}}

    Returns
    -------
    numpy.bool_
        True for an upper triangular matrix, rectangular ones included; a diagonal,
        zero or empty matrix is upper triangular.

    Notes
    -----
    NaN on or above the diagonal keeps the matrix upper triangular, where
    ``numpy.array_equal(A, numpy.triu(A))`` is false.

    {{sources}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.istriu([[1, 2], [0, 3]]), matlab.istriu([[1, 2], [4, 3]])
    (np.True_, np.False_)
    """
    a = _matrix(A)
    if a is None:
        return np.False_
    i, j = core.nonzero_positions(a)
    return np.bool_(np.all(i <= j))


def _bandwidth_limit(value, name: str) -> float:
    try:
        v = np.asarray(value, dtype=np.float64)
    except (TypeError, ValueError):
        v = np.asarray(np.nan)
    if v.size != 1 or not (v.ravel()[0] >= 0) or (np.isfinite(v.ravel()[0]) and
                                                   v.ravel()[0] != np.floor(v.ravel()[0])):
        raise CompatValueError(f"{name} must be a nonnegative integer scalar.")
    return float(v.ravel()[0])


@matlab_function("isbanded")
@_DOCS.named()
def isbanded(A, lower, upper):
    """True when every nonzero element of ``A`` lies within ``lower`` diagonals below
    and ``upper`` diagonals above the main diagonal, as MATLAB's ``isbanded``.

    MATLAB call form::

        tf = isbanded(A, lower, upper)   ->  isbanded(A, 1, 2)

    {{input}}
    lower, upper : int
        The bandwidths allowed below and above the diagonal: nonnegative integer
        scalars (``Inf`` allows any).

    Returns
    -------
    numpy.bool_
        True when ``A``'s lower bandwidth is at most ``lower`` and its upper bandwidth
        at most ``upper``; ``isbanded(A, 0, 0)`` is ``isdiag(A)``, ``isbanded(A, 0,
        Inf)`` is ``istriu(A)``. An empty matrix is banded.

    Raises
    ------
    ValueError
        ``"isbanded: lower must be a nonnegative integer scalar."`` (likewise upper;
        compat's wording).

    Notes
    -----
    GNU Octave 7.3 returns ``[]`` (not a logical) for an empty ``A``; MATLAB defines the
    test through the bandwidths, which are 0 for an empty matrix, so compat answers
    true.

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> T = np.array([[1, 2, 0, 0], [3, 4, 5, 0], [0, 6, 7, 8], [0, 0, 9, 1]])
    >>> matlab.isbanded(T, 1, 1), matlab.isbanded(T, 0, 1)
    (np.True_, np.False_)
    """
    lo = _bandwidth_limit(lower, "lower")
    up = _bandwidth_limit(upper, "upper")
    a = _matrix(A)
    if a is None:
        return np.False_
    below, above = core.bandwidths(a)
    return np.bool_(below <= lo and above <= up)


def _symmetry_options(name: str, args):
    """``(skew, tol)`` from MATLAB's ``(A)``, ``(A, tol)``, ``(A, skewOption)``,
    ``(A, skewOption, tol)``."""
    skew, tol = False, 0.0
    if len(args) > 2:
        raise CompatTypeError("Too many input arguments.")
    rest = list(args)
    if rest and isinstance(rest[0], (str, bytes, np.str_)):
        option = rest.pop(0)
        option = option.decode() if isinstance(option, bytes) else str(option)
        if option.lower() not in ("skew", "nonskew"):
            raise CompatValueError(f"skewOption must be 'skew' or 'nonskew', not "
                                   f"{option!r}.")
        skew = option.lower() == "skew"
    if rest:
        value = rest.pop(0)
        if isinstance(value, (str, bytes)):
            raise CompatValueError("The tolerance must be a nonnegative real scalar.")
        try:
            t = np.asarray(value, dtype=np.float64)
        except (TypeError, ValueError):
            raise CompatValueError("The tolerance must be a nonnegative real scalar.") from None
        if t.size != 1 or not (t.ravel()[0] >= 0):
            raise CompatValueError("The tolerance must be a nonnegative real scalar.")
        tol = float(t.ravel()[0])
    return skew, tol


@matlab_function("issymmetric")
@_DOCS.named()
def issymmetric(A, *args):
    """True when ``A`` is symmetric (``A == A.'``) or, with ``'skew'``,
    skew-symmetric (``A == -A.'``), exactly or within a tolerance, as MATLAB's
    ``issymmetric``.

    MATLAB call forms::

        tf = issymmetric(A)                    ->  issymmetric(A)
        tf = issymmetric(A, skewOption)        ->  issymmetric(A, 'skew')
        tf = issymmetric(A, tol)               ->  issymmetric(A, 1e-12)
        tf = issymmetric(A, skewOption, tol)   ->  issymmetric(A, 'skew', 1e-12)

    {{input}}
    skewOption : {'nonskew', 'skew'}, optional
        ``'skew'`` tests ``A == -A.'`` instead (case-insensitive).
    tol : float, optional
        Relative tolerance (nonnegative; default 0, an exact test): ``A`` passes when
        ``norm(A - A.', Inf) <= tol * norm(A, Inf)`` (``A + A.'`` for ``'skew'``); a
        zero matrix passes. Integer and logical data are compared in double.

    Returns
    -------
    numpy.bool_
        False for a non-square matrix or an array of more than two dimensions; true for
        an empty 0x0 matrix. A NaN element makes the matrix non-symmetric; ``Inf``
        equals ``Inf`` in the exact test. Complex matrices compare with the
        non-conjugate transpose (a Hermitian matrix with non-real off-diagonal entries
        is not symmetric).

    Raises
    ------
    ValueError
        ``"issymmetric: skewOption must be 'skew' or 'nonskew', ..."``, ``"issymmetric:
        The tolerance must be a nonnegative real scalar."`` (compat's wording).

    Notes
    -----
    ``scipy.linalg.issymmetric(A, rtol=...)`` compares element by element
    (``numpy.allclose``), not MATLAB's infinity-norm ratio, and has no skew test.

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[0, 1, -2, 5], [-1, 0, 3, -4], [2, -3, 0, 6], [-5, 4, -6, 0]])
    >>> matlab.issymmetric(A), matlab.issymmetric(A, 'skew')
    (np.False_, np.True_)
    >>> matlab.issymmetric([[1, 2 + 1e-13], [2, 1]], 1e-12)
    np.True_
    """
    skew, tol = _symmetry_options("issymmetric", args)
    a = _matrix(A)
    if a is None:
        return np.False_
    return np.bool_(core.is_symmetric(_as_float(a) if tol else a, skew=skew, tol=tol))


@matlab_function("ishermitian")
@_DOCS.named()
def ishermitian(A, *args):
    """True when ``A`` is Hermitian (``A == A'``, the conjugate transpose) or, with
    ``'skew'``, skew-Hermitian (``A == -A'``), exactly or within a tolerance, as
    MATLAB's ``ishermitian``.

    MATLAB call forms::

        tf = ishermitian(A)                    ->  ishermitian(A)
        tf = ishermitian(A, skewOption)        ->  ishermitian(A, 'skew')
        tf = ishermitian(A, tol)               ->  ishermitian(A, 1e-12)
        tf = ishermitian(A, skewOption, tol)   ->  ishermitian(A, 'skew', 1e-12)

    {{input}}
    skewOption : {'nonskew', 'skew'}, optional
        ``'skew'`` tests ``A == -A'`` instead (case-insensitive).
    tol : float, optional
        Relative tolerance (nonnegative; default 0, an exact test): ``A`` passes when
        ``norm(A - A', Inf) <= tol * norm(A, Inf)`` (``A + A'`` for ``'skew'``); a
        zero matrix passes. Integer and logical data are compared in double.

    Returns
    -------
    numpy.bool_
        False for a non-square matrix or an array of more than two dimensions; for real
        data the same answer as :func:`issymmetric`. A Hermitian matrix has a real
        diagonal, a skew-Hermitian one an imaginary diagonal.

    Raises
    ------
    ValueError
        ``"ishermitian: skewOption must be 'skew' or 'nonskew', ..."``, ``"ishermitian:
        The tolerance must be a nonnegative real scalar."`` (compat's wording).

    Notes
    -----
    ``scipy.linalg.ishermitian`` compares element by element with ``numpy.allclose``
    tolerances, not MATLAB's infinity-norm ratio.

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> A = np.array([[1, 1j], [-1j, 2]])
    >>> matlab.ishermitian(A), matlab.issymmetric(A)
    (np.True_, np.False_)
    >>> matlab.ishermitian(np.array([[1j, 2], [-2, 3j]]), 'skew')
    np.True_
    """
    skew, tol = _symmetry_options("ishermitian", args)
    a = _matrix(A)
    if a is None:
        return np.False_
    return np.bool_(core.is_symmetric(_as_float(a) if tol else a, conjugate=True,
                                      skew=skew, tol=tol))
