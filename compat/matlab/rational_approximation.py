"""MATLAB's rational approximations: ``rat`` (continued fractions, ``[N, D]`` or the
expansion as text) and ``rats`` (the fixed-width ``N/D`` text of ``format rat``).

The legacy layer over :mod:`compat._core.rational_approximation`. What it keeps from
MATLAB, and what ``fractions.Fraction(x).limit_denominator()`` loses:

* MATLAB's expansion: nearest-integer terms (``pi`` is 3, 7, 16, -294, ...), stopped at
  the first convergent within the tolerance -- default ``1e-6*norm(X(:),1)``, one
  tolerance for the whole array --, so ``[N, D] = rat(pi)`` is 355/113 and
  ``rat(pi, 1e-7)`` 104348/33215 where ``limit_denominator`` searches for the best
  fraction under a denominator bound and gives other answers;
* the text forms: ``rat(pi)`` is ``'3 + 1/(7 + 1/(16))'`` (every term after the first in
  ``1/( )``, as MATLAB's reference page prints it), one row per element of ``X(:)``
  padded with blanks; ``rats`` gives ``strlen + 1`` characters per element, the slash at
  a fixed column, ``'*'`` for elements that do not fit.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.rational_approximation import (continued_fraction, fraction_text,
                                                 rats_layout)
from compat._core.rounding import round_ties

__all__ = ["rat", "rats"]


def _real_float(X, name: str = "X") -> np.ndarray:
    try:
        x = matlab_array(X, name, integer_ok=False, logical_ok=False)
    except TypeError as error:
        raise CompatTypeError(f"{name} must be a single or double array ({error})") \
            from None
    if x.dtype.kind == "c":
        raise CompatTypeError(f"{name} must be a real, not complex, array")
    return x


def _char_matrix(rows: list[str]):
    """Rows padded with blanks to one width: a str for one row, else a numpy array of
    equal-length str rows (conventions, 3b); ``''`` for none."""
    if not rows:
        return ""
    width = max(len(r) for r in rows)
    padded = [r.ljust(width) for r in rows]
    return padded[0] if len(padded) == 1 else np.array(padded)


@matlab_function("rat", nargout=2)
def rat(X, tol=None, *, nargout=1):
    """Rational fraction approximation, as MATLAB's ``rat``.

    MATLAB call forms::

        R = rat(X)            ->  rat(np.pi)                  ('3 + 1/(7 + 1/(16))')
        R = rat(X, tol)       ->  rat(np.pi, 1e-7)
        [N, D] = rat(X)       ->  N, D = rat(np.pi, nargout=2)  (355, 113)
        [N, D] = rat(X, tol)  ->  rat(X, tol, nargout=2)

    Parameters
    ----------
    X : array_like
        Real double or single data.
    tol : float, optional
        Positive tolerance: each element's expansion stops at the first convergent
        ``n/d`` with ``abs(x - n/d) < tol``. Default ``1e-6*norm(X(:), 1)`` (the sum of
        the finite magnitudes). ``[]``/None is the default.
    nargout : {1, 2}
        1: the text; 2: ``(N, D)``.

    Returns
    -------
    str or ndarray of str, or (N, D)
        nargout=1: the continued fraction of each element of ``X(:)`` as text, one row
        per element padded with blanks (a ``str`` for one element, a numpy array of
        equal-length ``str`` rows otherwise, ``''`` for empty ``X``): the integer part
        ``round(x)`` followed by ``' + 1/(term'`` for each further term, the
        parentheses closed at the end; ``'0'`` for 0 and ``'Inf'``, ``'-Inf'``,
        ``'NaN'``. nargout=2: arrays of ``X``'s shape with ``N./D`` approximating
        ``X``, ``D`` positive (double), ``N`` of ``X``'s class; ``+-Inf`` gives
        ``+-1/0``, NaN gives ``NaN/1``.

    Raises
    ------
    TypeError
        Integer, logical, text or complex ``X`` (``"rat: X must be a real, not
        complex, array"``).
    ValueError
        A tolerance that is not a positive scalar (``"rat: TOL must be a numeric
        scalar > 0"``).

    Notes
    -----
    The terms are nearest integers (``round``, ties away from zero), so they can be
    negative; numpy's ``np.round`` (ties to even) would change some expansions. The
    text form of MATLAB closes every term in parentheses (its reference page prints
    ``rat(pi)`` as ``'3 + 1/(7 + 1/(16))'`` and ``rat(pi, 1e-7)`` as
    ``'3 + 1/(7 + 1/(16 + 1/(-294)))'``); Octave 7.3 writes a positive last term
    without them (``'3 + 1/(7 + 1/16)'``). Infinite elements do not count in the
    default tolerance (as Octave; MATLAB's page does not say).

    Sources: MATLAB ``rat`` reference page (its printed examples are goldens in
    reference_outputs/matlab/rational_approximation); checked against GNU Octave 7.3.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import rat
    >>> rat(np.pi)
    '3 + 1/(7 + 1/(16))'
    >>> rat(np.pi, nargout=2)
    (np.float64(355.0), np.float64(113.0))
    >>> N, D = rat(np.array([[0.5, 0.25], [1/3, 0.75]]), nargout=2)
    >>> N, D
    (array([[1., 1.],
           [1., 3.]]), array([[2., 4.],
           [3., 4.]]))
    """
    if nargout not in (1, 2):
        raise CompatValueError(f"nargout must be 1 or 2, got {nargout!r}")
    x = _real_float(X)
    if tol is not None and not (isinstance(tol, (list, np.ndarray)) and np.size(tol) == 0):
        t = np.asarray(tol)
        if t.size != 1 or t.dtype.kind not in "iuf" or not float(t.reshape(())) > 0:
            raise CompatValueError("TOL must be a numeric scalar > 0")
        tol = float(t.reshape(()))
    else:
        tol = None
    if nargout == 2:
        return _fractions(x, tol)
    flat = x.reshape(-1, order="F")
    y, tol = _expanded(flat, tol)
    n, d, terms = continued_fraction(y, tol)
    heads = round_ties(y)
    rows = [fraction_text(flat[i], heads[i], [term[i] for term in terms])
            for i in range(flat.size)]
    return _char_matrix(rows)


def _expanded(flat: np.ndarray, tol):
    """The values expanded (infinite elements as 0) and the tolerance: MATLAB's
    default ``1e-6*norm(X(:),1)`` without the infinite elements (NaN makes it NaN, and
    then no element is expanded beyond its integer part)."""
    y = flat.copy()
    y[np.isinf(y)] = 0
    if tol is None:
        tol = 1e-6 * float(np.sum(np.abs(y), dtype=np.float64))
    return y, tol


def _fractions(x: np.ndarray, tol):
    """``[N, D] = rat(x, tol)`` for a validated float array (tol None: the default)."""
    flat = x.reshape(-1, order="F")
    y, tol = _expanded(flat, tol)
    n, d, _ = continued_fraction(y, tol)
    N = n * np.where(d < 0, -1, 1).astype(n.dtype)
    D = np.abs(d)
    infinite = np.isinf(flat)
    N[infinite] = np.sign(flat[infinite])
    D[infinite] = 0
    N = N.reshape(x.shape, order="F")
    D = D.reshape(x.shape, order="F")
    if x.ndim == 0:
        return N[()], D[()]
    return N, D


@matlab_function("rats")
def rats(X, strlen=13):
    """Rational output, as MATLAB's ``rats``.

    MATLAB call forms::

        S = rats(X)           ->  rats(np.pi)          ('    355/113   ')
        S = rats(X, strlen)   ->  rats(np.pi, 20)      ('    104348/33215     ')

    Parameters
    ----------
    X : array_like
        Real double or single data, a scalar, vector or matrix.
    strlen : int, optional
        The field length (default 13); each element takes ``strlen + 1`` characters.

    Returns
    -------
    str or ndarray of str
        One row per row of ``X`` (a ``str`` for one row, a numpy array of equal-length
        ``str`` rows otherwise). Each element is ``[N, D] = rat(X, tol)`` with
        ``tol = min(10^(-(strlen-1)/2) * norm(X(isfinite(X)), 1), 0.1)`` (MATLAB's
        documented rule), written ``N/D`` (``N`` alone when ``D`` is 1, ``0`` for
        elements negligible against the rest) with the numerator and slash
        right-aligned in the first ``fix((strlen-1)/2) + 2`` columns and the
        denominator left-aligned after them; ``'*'`` where the text does not fit.

    Raises
    ------
    TypeError
        Integer, logical, text or complex ``X`` (complex input is not supported).
    ValueError
        ``strlen`` not a positive whole number, or ``X`` with more than 2 dimensions.

    Notes
    -----
    The layout is inferred from the outputs MATLAB's reference page prints (``rats(pi)``
    is ``'    355/113   '``, ``rats(pi, 20)`` ``'    104348/33215     '``,
    ``rats(hilb(4))`` a 4x56 char array with ``'       1      '`` and
    ``'      1/2     '`` fields): the slash always sits in column
    ``fix((strlen-1)/2) + 2``. Octave 7.3's rats is another function: 9 characters by
    default, right-aligned, its own tolerance. Non-finite elements are written
    ``Inf``, ``-Inf``, ``NaN`` where the slash would be (MATLAB's page shows none).

    Sources: MATLAB ``rats`` reference page (its printed examples are goldens in
    reference_outputs/matlab/rational_approximation).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import rats
    >>> rats(np.pi)
    '    355/113   '
    >>> rats(0.75)
    '      3/4     '
    >>> rats(np.array([[1, 0.5], [0.25, 0.2]])).tolist()
    ['       1            1/2     ', '      1/4           1/5     ']
    """
    x = _real_float(X)
    if x.ndim > 2:
        raise CompatValueError("X must be a scalar, vector or matrix (2-D)")
    s = np.asarray(strlen)
    if s.size != 1 or s.dtype.kind not in "iuf" or not float(s.reshape(())) >= 1 or \
            float(s.reshape(())) != round(float(s.reshape(()))):
        raise CompatValueError("STRLEN must be a positive whole number")
    strlen = int(s.reshape(()))
    m = x.reshape(1, -1) if x.ndim < 2 else x
    finite = m[np.isfinite(m)]
    tol = min(10.0 ** (-(strlen - 1) / 2) *
              float(np.sum(np.abs(finite), dtype=np.float64)), 0.1)
    N, D = _fractions(m, tol)
    rows = ["".join(rats_layout(N[i, j], D[i, j], strlen) for j in range(m.shape[1]))
            for i in range(m.shape[0])]
    return _char_matrix(rows)
