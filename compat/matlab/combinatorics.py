"""MATLAB's counting functions: ``nchoosek``, ``perms``, ``factorial``.

The legacy layer of the family: reads MATLAB's argument forms, gives the results
MATLAB's classes (the class of the input: double, single, an integer class saturating
as MATLAB's integers do) and its large-result warning, over
:mod:`compat._core.combinatorics`.
"""

from __future__ import annotations

import numpy as np

from compat._core import combinatorics as core
from compat._core.errors import CompatValueError, MatlabWarning, legacy_warn
from compat._core.legacy import matlab_function
from compat._core.matlab_integers import INT_CLASSES, convert
from compat._core.matlab_types import matlab_array, matlab_class

__all__ = ["nchoosek", "perms", "factorial"]

_FLINTMAX = 2.0 ** 53


def _in_class(values: np.ndarray, cls: str) -> np.ndarray:
    """Float64 results in MATLAB class ``cls`` (integer classes round and saturate)."""
    if cls in INT_CLASSES:
        return convert(values, cls)
    with np.errstate(over="ignore"):                 # past realmax('single'): Inf
        return values.astype(np.float32 if cls == "single" else np.float64)


def _elements(v, name: str):
    """``(array, text)``: the argument's elements, and whether it is text (a character
    vector or a one-element string array, whose results are char matrices: an array of
    row strings, as compat holds char matrices)."""
    if isinstance(v, str) or (isinstance(v, np.ndarray) and v.dtype.kind == "U"
                              and v.size == 1):
        text = v if isinstance(v, str) else str(v.reshape(-1)[0])
        return np.array(list(text), dtype="<U1").reshape(1, -1), True
    return matlab_array(v, name, complex_ok=True), False


def _rows(chosen: np.ndarray, text: bool):
    return np.array(["".join(row) for row in chosen]) if text else chosen


def _whole(value, message: str) -> int:
    a = np.asarray(value)
    x = float(a.reshape(-1)[0]) if a.size == 1 and a.dtype.kind in "biuf" else np.nan
    if not (np.isfinite(x) and x >= 0 and x == int(x)):
        raise CompatValueError(message)
    return int(x)


@matlab_function("nchoosek")
def nchoosek(v, k):
    """Binomial coefficient or all combinations, as MATLAB's ``nchoosek``.

    MATLAB call forms::

        b = nchoosek(n, k)   ->  nchoosek(n, k)    (n a scalar: n!/(k!(n-k)!))
        C = nchoosek(v, k)   ->  nchoosek(v, k)    (v a vector: every k-combination)

    Parameters
    ----------
    v : scalar or vector
        A non-negative integer ``n``, or the values to choose from (numeric, logical,
        or a character vector, whose combinations come back as a char matrix: an array
        of row strings).
    k : non-negative integer
        How many to choose (at most ``n`` for the scalar form).

    Returns
    -------
    float or ndarray
        The coefficient in the class of ``n`` (a double past ``flintmax`` is the
        correctly rounded coefficient, with MATLAB's "Result may not be exact" warning;
        an integer class saturates); or a ``nchoosek(numel(v), k)``-by-``k`` matrix of
        ``v``'s elements, one combination per row, rows in lexicographic order of the
        positions, in ``v``'s class (1-by-0 for k = 0, 0-by-k when k > numel(v)).

    Notes
    -----
    ``scipy.special.comb(n, k)`` returns a float computed through gamma functions
    (``exact=True`` a Python int) and ``itertools.combinations`` tuples; neither keeps
    MATLAB's class or warns. MATLAB documents the double result past ``flintmax`` as
    accurate to 15 digits only; compat gives the correctly rounded value.

    Sources: MATLAB ``nchoosek`` reference page (forms, order, warning). Checked against
    GNU Octave 7.3 (reference_outputs/matlab/combinatorics).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.nchoosek(5.0, 2)
    np.float64(10.0)
    >>> matlab.nchoosek(np.array([[2.0, 4.0, 6.0]]), 2)
    array([[2., 4.],
           [2., 6.],
           [4., 6.]])
    """
    a, text = _elements(v, "v")
    kk = _whole(k, "K must be an integer between 0 and N.")
    if a.size == 1 and not text:
        n = _whole(a, "N must be a non-negative integer.")
        if kk > n:
            raise CompatValueError("K must be an integer between 0 and N.")
        exact = core.binomial(n, kk)
        if matlab_class(a) in ("double", "single") and exact > _FLINTMAX:
            legacy_warn(f"Result may not be exact. Coefficient is greater than "
                        f"{_FLINTMAX:e} and is only accurate to 15 digits",
                        MatlabWarning, identifier="MATLAB:nchoosek:LargeCoefficient",
                        prefix=False)
        try:
            value = float(exact)                  # correctly rounded
        except OverflowError:
            value = np.inf
        return _in_class(np.asarray(value), matlab_class(a))[()]
    if a.ndim > 2 or (a.ndim == 2 and min(a.shape) > 1):
        raise CompatValueError("The first input must be a scalar or a vector.")
    rows = core.combination_indices(a.size, kk)
    return _rows(a.reshape(-1, order="F")[rows], text)


@matlab_function("perms")
def perms(v):
    """All orderings of a vector's elements, as MATLAB's ``perms``.

    MATLAB call form::

        P = perms(v)   ->  perms(v)

    Returns
    -------
    ndarray
        ``factorial(n)``-by-``n`` (n = ``numel(v)``), one permutation per row in reverse
        lexicographic order of the positions (MATLAB's documented order: for
        ``[1 2 3]`` the first row is ``[3 2 1]``), repeated elements giving repeated
        rows; ``v``'s class; 1-by-0 for an empty ``v``.

    Notes
    -----
    ``itertools.permutations`` lists the same rows in the opposite order.

    Sources: MATLAB ``perms`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.perms(np.array([[1.0, 2.0, 3.0]]))
    array([[3., 2., 1.],
           [3., 1., 2.],
           [2., 3., 1.],
           [2., 1., 3.],
           [1., 3., 2.],
           [1., 2., 3.]])
    """
    a, text = _elements(v, "v")
    if a.ndim > 2 or (a.ndim == 2 and min(a.shape) > 1):
        raise CompatValueError("Input must be a vector.")
    return _rows(a.reshape(-1, order="F")[core.permutation_indices(a.size)], text)


@matlab_function("factorial")
def factorial(n):
    """Factorial of each element, as MATLAB's ``factorial``.

    MATLAB call form::

        f = factorial(n)   ->  factorial(n)

    Returns
    -------
    ndarray
        ``prod(1:n)`` element by element, in ``n``'s class: a double is exact up to
        ``factorial(22)`` (the running product ``cumprod([1 1:n])``, as MATLAB forms it)
        and Inf from 171 on; single Inf from 35 on; integer classes saturate.

    Notes
    -----
    ``scipy.special.factorial`` returns float64 for every input class (and uses the
    gamma function unless ``exact=True``); ``math.factorial`` takes one Python int.

    Sources: MATLAB ``factorial`` reference page (its error and limits). Checked against
    GNU Octave 7.3.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.factorial(np.array([[0.0, 5.0, 10.0]]))
    array([[1.0000e+00, 1.2000e+02, 3.6288e+06]])
    """
    a = matlab_array(n, "n", complex_ok=False)
    values = a.astype(np.float64)
    if a.size and not (np.all(values >= 0) and np.all(values == np.floor(values))):
        raise CompatValueError("N must be a matrix of non-negative integers.")
    if a.size == 0:
        return _in_class(values, matlab_class(a))
    largest = int(min(values.max(), 171))
    table = core.factorials(largest)
    out = table[np.minimum(values, largest).astype(np.intp)]
    return _in_class(out, matlab_class(a) if matlab_class(a) != "logical" else "double")
