"""MATLAB's split-apply-combine pair: ``findgroups`` and ``splitapply``.

``findgroups`` numbers the sorted unique values (or value combinations) of grouping
variables 1..N, with NaN for missing values (NaN, empty text); ``splitapply`` applies a
function to the data of each group in group order and stacks the results. Sources:
MATLAB documentation of findgroups and splitapply (their printed examples are the
goldens in reference_outputs/matlab/grouping; Octave 7.3 has neither function).
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["findgroups", "splitapply", "FindgroupsResult"]


class FindgroupsResult(Result):
    """``[G, ID] = findgroups(A)`` (one ID per grouping variable: a tuple in ``ids``)."""

    request_style = "nargout"
    G: np.ndarray
    ids: tuple


def _variable(value, k: int):
    """(values as a 1-D array, missing mask, is_text, row orientation) of one grouping
    variable."""
    if isinstance(value, str):
        value = [value]
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        items = np.array(list(value), dtype=object)
        return items, np.array([v == "" for v in value], dtype=bool), True, True
    a = matlab_array(value, f"A{k}")
    row = a.ndim == 2 and a.shape[0] == 1 or a.ndim == 1
    if a.ndim == 2 and 1 not in a.shape:
        raise CompatValueError("Grouping variables must be vectors.")
    flat = a.reshape(-1)
    missing = np.isnan(flat) if flat.dtype.kind in "fc" else np.zeros(flat.size, bool)
    return flat, missing, False, row


@matlab_function("findgroups")
def findgroups(*variables, nargout=1):
    """Group numbers of the unique values of grouping variables, as MATLAB's
    ``findgroups``.

    MATLAB call forms::

        G = findgroups(A)
        G = findgroups(A1, ..., AN)
        [G, ID1, ..., IDN] = findgroups(A1, ..., AN)  ->  findgroups(A1, A2, nargout=3)

    Parameters
    ----------
    *variables : array_like or list of str
        Vectors of the same length: numbers, logicals, or text (a list of str, MATLAB's
        cell array of character vectors or string array).

    Returns
    -------
    G : numpy.ndarray
        Doubles 1..N numbering the sorted unique values (combinations across the
        variables, sorted by the first, then the second ...), NaN where any variable
        is missing (NaN, or empty text); the orientation of the first variable.
    ID1, ..., IDN
        With ``nargout`` > 1: the unique values (combinations) in group order, one per
        variable, of its type and orientation.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.findgroups(['b', 'a', 'a', 'b'])          # the page's example
    array([[2., 1., 1., 2.]])
    >>> G, ID1, ID2 = matlab.findgroups(['a', 'a', 'b', 'b'], [0, 1, 0, 0], nargout=3)
    >>> G, ID1, ID2
    (array([[1., 2., 3., 3.]]), ['a', 'a', 'b'], array([[0., 1., 0.]]))
    """
    if not variables:
        raise CompatValueError("Not enough input arguments.")
    parsed = [_variable(v, k + 1) for k, v in enumerate(variables)]
    n = parsed[0][0].size
    if any(p[0].size != n for p in parsed):
        raise CompatValueError("Grouping variables must have the same number of rows.")
    missing = np.zeros(n, bool)
    for _, miss, _, _ in parsed:
        missing |= miss
    keep = np.flatnonzero(~missing)
    codes = []
    uniques = []
    for values, _, text, _ in parsed:
        present = values[keep]
        if text:
            levels = sorted(set(present.tolist()))
            lookup = {v: i for i, v in enumerate(levels)}
            codes.append(np.array([lookup[v] for v in present], dtype=np.int64))
            uniques.append(levels)
        else:
            levels, inverse = np.unique(present, return_inverse=True)
            codes.append(inverse.reshape(-1))
            uniques.append(levels)
    combos, group = np.unique(np.column_stack(codes) if codes else np.zeros((0, 0)),
                              axis=0, return_inverse=True)
    g = np.full(n, np.nan)
    g[keep] = group.reshape(-1) + 1.0
    first_row = parsed[0][3]
    shaped = g.reshape(1, -1) if first_row else g.reshape(-1, 1)
    if nargout <= 1:
        return shaped
    ids = []
    for k, (values, _, text, row) in enumerate(parsed):
        picked = [uniques[k][int(c)] for c in combos[:, k]]
        if text:
            ids.append(picked)
        else:
            arr = np.array(picked, dtype=values.dtype)
            ids.append(arr.reshape(1, -1) if row else arr.reshape(-1, 1))
    return (shaped, *ids[:nargout - 1])


@matlab_function("splitapply")
def splitapply(func, *args):
    """Apply a function to each group of data, as MATLAB's ``splitapply``.

    MATLAB call forms::

        Y = splitapply(func, X, G)
        Y = splitapply(func, X1, ..., XN, G)

    ``G`` holds group numbers 1..N (from :func:`findgroups`; NaN rows are left out, and
    every number 1..N must occur). ``func`` is called once per group, in group order,
    with each ``X``'s elements (vectors) or rows (matrices) of that group, and must
    return one value (or one row) per call; the results are stacked along the data's
    first dimension (a row vector of data gives a row of results).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.splitapply(np.mean, np.array([4.0, 5, 0, 0, 2, 1]), [2, 3, 1, 2, 1, 3])
    array([1., 2., 3.])
    """
    if len(args) < 2:
        raise CompatValueError("Not enough input arguments.")
    *data, groups = args
    g = matlab_array(groups, "G").reshape(-1).astype(np.float64)
    finite = g[~np.isnan(g)]
    if finite.size and (np.any(finite < 1) or np.any(finite != np.floor(finite))):
        raise CompatValueError("Group numbers must be a vector of positive integers, and "
                               "cannot be a sparse vector.")
    count = int(finite.max()) if finite.size else 0
    if set(np.unique(finite).astype(int).tolist()) != set(range(1, count + 1)):
        raise CompatValueError("For N groups, every integer between 1 and N must occur "
                               "at least once in the vector of group numbers.")
    arrays = []
    for x in data:
        a = list(x) if isinstance(x, (list, tuple)) and x and isinstance(x[0], str) else \
            np.asarray(x)
        rows = len(a) if isinstance(a, list) else (
            a.size if a.ndim == 1 or (a.ndim == 2 and a.shape[0] == 1) else a.shape[0])
        if rows != g.size:
            raise CompatValueError("The number of group numbers must equal the number of "
                                   "rows of the data.")
        arrays.append(a)
    results = []
    for number in range(1, count + 1):
        rows = np.flatnonzero(g == number)
        parts = []
        for a in arrays:
            if isinstance(a, list):
                parts.append([a[i] for i in rows])
            elif a.ndim == 2 and a.shape[0] == 1:
                parts.append(a[:, rows])             # a row vector's elements, as a row
            else:
                parts.append(a[rows])
        results.append(np.asarray(func(*parts)))
    if not results:
        return np.zeros((0, 1))
    if all(r.size == 1 for r in results):
        flat = np.array([r.reshape(-1)[0] for r in results])
        first = arrays[0]
        if isinstance(first, np.ndarray) and first.ndim == 1:
            return flat                              # a numpy vector stays a vector
        if isinstance(first, list) or (first.ndim == 2 and first.shape[0] == 1):
            return flat.reshape(1, -1)               # row data: a row of results
        return flat.reshape(-1, 1)
    return np.vstack([np.atleast_2d(r) for r in results])
