"""MATLAB's classic test matrices: ``magic``, ``hilb``, ``invhilb``, ``pascal``,
``rosser``, ``wilkinson``, ``compan``.

The legacy layer of the family: reads MATLAB's arguments (sizes, the ``classname``
argument, ``pascal``'s ``k``) and calls :mod:`compat._core.classic_matrices`, which
builds each matrix in MATLAB's order of operations.
"""

from __future__ import annotations

import numpy as np

from compat._core import classic_matrices as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["magic", "hilb", "invhilb", "pascal", "rosser", "wilkinson", "compan", "hadamard"]

_CLASSES = {"double": np.float64, "single": np.float32}
_SOURCES = ("Sources: MATLAB reference pages of ``{name}``; C. Moler, *Experiments with "
            "MATLAB*, ch. 10 (magic squares). Checked against GNU Octave 7.3 "
            "(reference_outputs/matlab/classic_matrices).")


def _size(n, name="n") -> int:
    """MATLAB's reading of a size argument: the first element, real part, floored."""
    a = matlab_array(n, name)
    if a.size == 0:
        raise CompatValueError(f"{name} must be a scalar.")
    value = float(np.real(a.reshape(-1, order="F")[0]))
    return int(np.floor(value)) if np.isfinite(value) else 0


def _typed(matrix: np.ndarray, classname) -> np.ndarray:
    name = str(classname).lower()
    if name not in _CLASSES:
        raise CompatValueError("CLASSNAME must be 'double' or 'single'.")
    return matrix.astype(_CLASSES[name])


@matlab_function("magic")
def magic(n):
    """Magic square, as MATLAB's ``magic``.

    MATLAB call form::

        M = magic(n)   ->  magic(n)

    Returns
    -------
    ndarray
        ``n``-by-``n`` double (``floor(n)``; 0-by-0 for n < 1) whose rows, columns and
        both diagonals sum to ``n*(n^2+1)/2`` for n >= 3: MATLAB's own squares (odd n:
        the Siamese method; n divisible by 4: complemented diagonals; other even n: four
        ``magic(n/2)`` blocks with MATLAB's column exchanges). ``magic(2)`` is
        ``[4 3; 1 2]``, as MATLAB returns it.

    Notes
    -----
    numpy and scipy have no magic squares; other constructions give other (equally
    magic) squares, which a port comparing numbers cannot use.

    Sources: MATLAB ``magic`` reference page (``magic(4)``); C. Moler, *Experiments
    with MATLAB*, ch. 10 (the three constructions). Checked against GNU Octave 7.3 for
    n = 0..30.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.magic(4)
    array([[16.,  2.,  3., 13.],
           [ 5., 11., 10.,  8.],
           [ 9.,  7.,  6., 12.],
           [ 4., 14., 15.,  1.]])
    """
    return core.magic_square(_size(n))


@matlab_function("hilb")
def hilb(n, classname="double"):
    """Hilbert matrix, as MATLAB's ``hilb``.

    MATLAB call forms::

        H = hilb(n)              ->  hilb(n)
        H = hilb(n, classname)   ->  hilb(n, 'single')

    Returns
    -------
    ndarray
        ``H(i,j) = 1/(i+j-1)``, each entry one rounded division (computed in double and
        rounded once to single for ``'single'``, as ``scipy.linalg.hilbert`` does not).

    Sources: MATLAB ``hilb`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.hilb(3)[2]
    array([0.33333333, 0.25      , 0.2       ])
    """
    return _typed(core.hilbert(_size(n)), classname)


@matlab_function("invhilb")
def invhilb(n, classname="double"):
    """Inverse of the Hilbert matrix, as MATLAB's ``invhilb``.

    MATLAB call forms::

        H = invhilb(n)              ->  invhilb(n)
        H = invhilb(n, classname)   ->  invhilb(n, 'single')

    Returns
    -------
    ndarray
        The exact integer inverse of the exact Hilbert matrix while its entries are
        below 2**53 (n <= 12); past that, the product recurrence's doubles (MATLAB
        documents the result as approximate from about n = 15).

    Notes
    -----
    ``scipy.linalg.invhilbert`` gives the same integers for small n (``exact=True``
    Python ints for large n); the rounding of entries past 2**53 depends on the order
    of the products, which compat takes from the classic recurrence (Higham, *Accuracy
    and Stability of Numerical Algorithms*, ch. 28). GNU Octave 7.3 forms the products
    differently and differs there in the last bits (n >= 13).

    Sources: MATLAB ``invhilb`` reference page. Checked against GNU Octave 7.3 for
    n = 1..12.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.invhilb(3)
    array([[   9.,  -36.,   30.],
           [ -36.,  192., -180.],
           [  30., -180.,  180.]])
    """
    return _typed(core.inverse_hilbert(_size(n)), classname)


@matlab_function("pascal")
def pascal(n, k=0, classname="double"):
    """Pascal matrix, as MATLAB's ``pascal``.

    MATLAB call forms::

        P = pascal(n)               ->  pascal(n)
        P = pascal(n, k)            ->  pascal(n, 1)     (k = 0, 1 or 2)
        P = pascal(n, classname)    ->  pascal(n, 'single')

    Returns
    -------
    ndarray
        k = 0: the symmetric positive definite matrix of binomial coefficients
        ``P(i,j) = nchoosek(i+j-2, j-1)``; k = 1: its lower-triangular Cholesky factor
        with the signs of alternate columns reversed (``P*P`` is the identity);
        k = 2: that factor rotated and, for even n, negated (``P^3`` is the identity).

    Notes
    -----
    ``scipy.linalg.pascal`` gives the k = 0 matrix (and 'lower'/'upper' Cholesky factors
    without MATLAB's signs); it has no k = 2 form.

    Sources: MATLAB ``pascal`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.pascal(3, 1)
    array([[ 1.,  0.,  0.],
           [ 1., -1.,  0.],
           [ 1., -2.,  1.]])
    """
    if isinstance(k, str):
        k, classname = 0, k
    kk = _size(k, "k")
    if kk not in (0, 1, 2):
        raise CompatValueError("K must be 0, 1, or 2.")
    return _typed(core.pascal_matrix(_size(n), kk), classname)


@matlab_function("rosser")
def rosser(classname="double"):
    """Rosser's eigenvalue test matrix, as MATLAB's ``rosser``.

    MATLAB call forms::

        R = rosser              ->  rosser()
        R = rosser(classname)   ->  rosser('single')

    Returns
    -------
    ndarray
        The 8-by-8 symmetric integer matrix with a double eigenvalue, three nearly equal
        eigenvalues, a zero and a small nonzero eigenvalue.

    Sources: MATLAB ``rosser`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.rosser()[0]
    array([ 611.,  196., -192.,  407.,   -8.,  -52.,  -49.,   29.])
    """
    return _typed(core.rosser_matrix(), classname)


@matlab_function("wilkinson")
def wilkinson(n, classname="double"):
    """Wilkinson's eigenvalue test matrix, as MATLAB's ``wilkinson``.

    MATLAB call forms::

        W = wilkinson(n)              ->  wilkinson(n)
        W = wilkinson(n, classname)   ->  wilkinson(n, 'single')

    Returns
    -------
    ndarray
        Symmetric tridiagonal: ``abs(-m:m)`` on the diagonal (m = (n-1)/2), ones on the
        sub- and superdiagonals.

    Sources: MATLAB ``wilkinson`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.wilkinson(3)
    array([[1., 1., 0.],
           [1., 0., 1.],
           [0., 1., 1.]])
    """
    return _typed(core.wilkinson_matrix(_size(n)), classname)


@matlab_function("compan")
def compan(u):
    """Companion matrix of a polynomial, as MATLAB's ``compan``.

    MATLAB call form::

        A = compan(u)   ->  compan(u)

    Returns
    -------
    ndarray
        For ``u`` of length n: (n-1)-by-(n-1), first row ``-u(2:n)/u(1)``, ones on the
        subdiagonal, whose eigenvalues are ``roots(u)``; 0-by-0 for n <= 1. Single for
        a single ``u``.

    Notes
    -----
    ``scipy.linalg.companion`` builds the same matrix but refuses ``u(1) == 0`` and
    vectors shorter than 2 (MATLAB divides and returns Inf/NaN, or an empty matrix).

    Sources: MATLAB ``compan`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.compan(np.array([[1.0, 0.0, -7.0, 6.0]]))
    array([[-0.,  7., -6.],
           [ 1.,  0.,  0.],
           [ 0.,  1.,  0.]])
    """
    a = matlab_array(u, "u", integer_ok=False, logical_ok=False)
    if a.ndim > 2 or (a.ndim == 2 and a.size > 1 and min(a.shape) != 1):
        raise CompatValueError("Input argument must be a vector.")
    with np.errstate(divide="ignore", invalid="ignore"):
        return core.companion(a.reshape(-1, order="F"))


#: the first column and row of MATLAB's order-12 core (a Toeplitz matrix) and the first
#: column and last row of its order-20 core (a Hankel matrix), from hadamard.m
_H12 = ([-1, -1, 1, -1, -1, -1, 1, 1, 1, -1, 1], [-1, 1, -1, 1, 1, 1, -1, -1, -1, 1, -1])
_H20 = ([-1, -1, 1, 1, -1, -1, -1, -1, 1, -1, 1, -1, 1, 1, 1, 1, -1, -1, 1],
        [1, -1, -1, 1, 1, -1, -1, -1, -1, 1, -1, 1, -1, 1, 1, 1, 1, -1, -1])


@matlab_function("hadamard")
def hadamard(n, classname="double"):
    """Hadamard matrix of order ``n``, as MATLAB's ``hadamard``.

    MATLAB call forms::

        H = hadamard(n)              ->  hadamard(8)
        H = hadamard(n, classname)   ->  hadamard(8, 'single')

    Parameters
    ----------
    n : int
        The order: ``n``, ``n/12`` or ``n/20`` must be a power of 2 (1, 2, 4, 8, ...,
        12, 24, 48, ..., 20, 40, 80, ...).
    classname : {'double', 'single'}, optional

    Returns
    -------
    ndarray
        ``n``-by-``n`` of +1 and -1 with ``H.T @ H == n * eye(n)``: the order-1, 12 or
        20 core (``1``; ``[ones(1,12); ones(11,1) toeplitz(...)]``; ``[ones(1,20);
        ones(19,1) hankel(...)]``) doubled by ``[H H; H -H]`` as often as the power of
        2 says.

    Raises
    ------
    ValueError
        ``"hadamard: n must be an integer and n, n/12 or n/20 must be a power of 2."``
        (MATLAB's hadamard.m message) for every other order -- 28 included, which GNU
        Octave 7.3 builds.

    Notes
    -----
    ``scipy.linalg.hadamard`` makes only the powers of 2 (Sylvester's construction, the
    same matrices there). The order test is MATLAB's: ``[f, e] = log2([n n/12 n/20])``,
    the first with ``f == 1/2`` and ``e > 0``.

    Sources: MATLAB ``hadamard`` reference page and hadamard.m (N. J. Higham; Golomb and
    Baumert 1963); checked against GNU Octave 7.3 (reference_outputs/matlab/small_linalg).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.hadamard(4)
    array([[ 1.,  1.,  1.,  1.],
           [ 1., -1.,  1., -1.],
           [ 1.,  1., -1., -1.],
           [ 1., -1., -1.,  1.]])
    """
    a = matlab_array(n, "n")
    if a.ndim >= 2 and min(a.shape) > 1 or a.size != 1 or a.dtype.kind == "c":
        raise CompatValueError("n must be an integer and n, n/12 or n/20 must be a "
                               "power of 2.")
    v = float(a.reshape(-1)[0])
    found = None
    for k, order in enumerate((v, v / 12, v / 20)):
        f, e = np.frexp(order)
        if f == 0.5 and e > 0:
            found = (k, int(e) - 1)
            break
    if found is None:
        raise CompatValueError("n must be an integer and n, n/12 or n/20 must be a "
                               "power of 2.")
    k, e = found
    if k == 0:
        H = np.ones((1, 1))
    else:
        import scipy.linalg
        first, second = _H12 if k == 1 else _H20
        core = scipy.linalg.toeplitz(first, second) if k == 1 else \
            scipy.linalg.hankel(first, second)
        size = core.shape[0] + 1
        H = np.ones((size, size))
        H[1:, 1:] = core
    for _ in range(e):
        H = np.block([[H, H], [H, -H]])
    return _typed(H, classname)

