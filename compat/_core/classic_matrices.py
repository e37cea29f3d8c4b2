"""Classic test matrices, built as MATLAB builds them (Python-shaped core).

Each function returns a float64 ndarray computed in MATLAB's operation order, so the
large entries of ``inverse_hilbert`` (past 2**53) round as MATLAB's do.

Sources: C. Moler, *Experiments with MATLAB* (2011), ch. 10 "Magic Squares" (the three
magic-square constructions MATLAB's ``magic`` uses); MATLAB's reference pages for
``hilb``, ``invhilb``, ``pascal``, ``rosser``, ``wilkinson``, ``compan``; N. J. Higham,
*Accuracy and Stability of Numerical Algorithms* (2002), ch. 28 (the inverse Hilbert
recurrence and the Pascal Cholesky factor). Checked against GNU Octave 7.3.
"""

from __future__ import annotations

import numpy as np

__all__ = ["magic_square", "hilbert", "inverse_hilbert", "pascal_matrix", "rosser_matrix",
           "wilkinson_matrix", "companion"]


def magic_square(n: int) -> np.ndarray:
    """MATLAB's ``magic(n)``: ``n``-by-``n`` (empty for ``n < 1``).

    Odd ``n``: the de la Loubère (Siamese) square; ``n`` divisible by 4: the
    complemented-diagonals square; other even ``n``: LUX-style assembly of four
    ``magic(n/2)`` blocks with MATLAB's column exchanges (so ``magic(2)`` is
    ``[[4, 3], [1, 2]]``, not a magic square, as in MATLAB).

    >>> magic_square(3)
    array([[8., 1., 6.],
           [3., 5., 7.],
           [4., 9., 2.]])
    """
    if n < 1:
        return np.zeros((0, 0))
    if n % 2 == 1:
        j, i = np.meshgrid(np.arange(1, n + 1), np.arange(1, n + 1))
        a = np.mod(i + j - (n + 3) // 2, n)
        b = np.mod(i + 2 * j - 2, n)
        return (n * a + b + 1).astype(np.float64)
    if n % 4 == 0:
        marks = (np.mod(np.arange(1, n + 1), 4) // 2).astype(bool)
        keep = marks[:, None] == marks[None, :]
        square = np.arange(1, n * n + 1, dtype=np.float64).reshape(n, n)
        square[keep] = n * n + 1 - square[keep]
        return square
    p = n // 2
    quarter = magic_square(p)
    square = np.block([[quarter, quarter + 2 * p * p],
                       [quarter + 3 * p * p, quarter + p * p]])
    rows = np.arange(p)
    k = (n - 2) // 4
    columns = np.r_[np.arange(k), np.arange(n - k + 1, n)]
    top, bottom = square[np.ix_(rows, columns)].copy(), square[np.ix_(rows + p, columns)]
    square[np.ix_(rows, columns)], square[np.ix_(rows + p, columns)] = bottom, top
    row = k                                   # the middle row's own exchange
    for column in sorted({0, row}):
        square[row, column], square[row + p, column] = square[row + p, column], \
            square[row, column]
    return square


def hilbert(n: int) -> np.ndarray:
    """``hilb(n)``: ``1 / (i + j - 1)``, each entry one rounded division."""
    j = np.arange(1, max(n, 0) + 1, dtype=np.float64)
    return 1.0 / (j[:, None] + j[None, :] - 1.0)


def inverse_hilbert(n: int) -> np.ndarray:
    """``invhilb(n)``: the exact integer inverse of ``hilb(n)`` by the product
    recurrence, in double precision and MATLAB's order of operations (entries past
    2**53 are rounded as MATLAB rounds them). The loop is O(n**2) scalar steps; n is
    small (the entries overflow past n = 200)."""
    h = np.zeros((max(n, 0), max(n, 0)))
    p = float(n)
    for i in range(1, n + 1):
        if i > 1:
            p = ((n - i + 1) * p * (n + i - 1)) / (i - 1) ** 2
        r = p * p
        h[i - 1, i - 1] = r / (2 * i - 1)
        for j in range(i + 1, n + 1):
            r = -((n - j + 1) * r * (n + j - 1)) / (j - 1) ** 2
            h[i - 1, j - 1] = h[j - 1, i - 1] = r / (i + j - 1)
    return h


def pascal_matrix(n: int, k: int = 0) -> np.ndarray:
    """``pascal(n, k)``: k = 0 the symmetric Pascal matrix, 1 its lower-triangular
    Cholesky factor with alternating column signs (involutory), 2 that factor turned
    three quarter-turns (negated for even n; a cube root of the identity)."""
    n = max(n, 0)
    factor = np.diag((-1.0) ** np.arange(n))
    if n:
        factor[:, 0] = 1.0
    for j in range(1, n - 1):               # each column from the previous one
        for i in range(j + 1, n):
            factor[i, j] = factor[i - 1, j] - factor[i - 1, j - 1]
    if k == 0:
        return factor @ factor.T
    if k == 2:
        turned = np.rot90(factor, 3)
        return -turned if n % 2 == 0 else turned
    return factor


def rosser_matrix() -> np.ndarray:
    """``rosser``: Rosser's 8-by-8 symmetric eigenvalue test matrix."""
    return np.array([
        [611, 196, -192, 407, -8, -52, -49, 29],
        [196, 899, 113, -192, -71, -43, -8, -44],
        [-192, 113, 899, 196, 61, 49, 8, 52],
        [407, -192, 196, 611, 8, 44, 59, -23],
        [-8, -71, 61, 8, 411, -599, 208, 208],
        [-52, -43, 49, 44, -599, 411, 208, 208],
        [-49, -8, 8, 59, 208, 208, 99, -911],
        [29, -44, 52, -23, 208, 208, -911, 99]], dtype=np.float64)


def wilkinson_matrix(n: int) -> np.ndarray:
    """``wilkinson(n)``: tridiagonal, ``|(1 - n)/2 ... (n - 1)/2|`` on the diagonal and
    ones beside it."""
    n = max(n, 0)
    m = (n - 1) / 2
    w = np.diag(np.abs(np.arange(n) - m))
    if n > 1:
        w += np.diag(np.ones(n - 1), 1) + np.diag(np.ones(n - 1), -1)
    return w


def companion(u: np.ndarray) -> np.ndarray:
    """``compan(u)``: first row ``-u[1:] / u[0]``, ones on the subdiagonal; 0-by-0 for
    fewer than two coefficients."""
    n = u.size
    if n <= 1:
        return np.zeros((0, 0), dtype=np.result_type(u, np.float64))
    c = np.diag(np.ones(n - 2, dtype=np.result_type(u, np.float64)), -1)
    c[0, :] = -u[1:] / u[0]
    return c
