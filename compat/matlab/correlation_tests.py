"""MATLAB's ``corr`` (Statistics and Machine Learning Toolbox): Pearson, Kendall and
Spearman correlation matrices of columns, with p-values.

The legacy layer of the family: reads MATLAB's grammar (``corr(X)``, ``corr(X, Y)``,
name-value pairs ``'Type'``, ``'Rows'``, ``'Tail'`` with MATLAB's abbreviations, ``[RHO,
PVAL]`` by ``nargout=2``), checks the data and the result class (single if X or Y is
single) over :mod:`compat._core.correlation_tests`, whose docstring states MATLAB's
rules (exact permutation distributions for small samples, AS 89 and the normal and t
approximations otherwise, the doubled smaller tail for 'both').
"""

from __future__ import annotations

import numpy as np

from compat._core import correlation_tests as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["corr"]

_NAMES = ("type", "rows", "tail")
_CHOICES = {
    "type": ("pearson", "kendall", "spearman"),
    "rows": ("all", "complete", "pairwise"),
    "tail": ("left", "both", "right"),
}
_MESSAGES = {
    "type": "The value of 'Type' must be 'Pearson', 'Kendall', or 'Spearman'.",
    "rows": "The value of 'Rows' must be 'all', 'complete', or 'pairwise'.",
    "tail": "The value of 'Tail' must be 'both', 'right', or 'left'.",
}


def _choice(name: str, value) -> str:
    """The first letter of the (abbreviated, case-insensitive) choice."""
    if not isinstance(value, str) or not value:
        raise CompatValueError(_MESSAGES[name])
    v = value.lower()
    hits = [c for c in _CHOICES[name] if c.startswith(v)]
    if name == "tail" and not hits:
        hits = [c for c, alias in zip(_CHOICES["tail"], ("lt", "ne", "gt"))
                if alias.startswith(v)]
    if len(hits) != 1:
        raise CompatValueError(_MESSAGES[name])
    return hits[0][0]


def _options(args, name_value) -> dict:
    if len(args) % 2:
        raise CompatValueError("Wrong number of arguments: name-value pairs must come in "
                               "pairs.")
    given = {}
    pairs = list(zip(args[::2], args[1::2])) + list(name_value.items())
    for name, value in pairs:
        if not isinstance(name, str):
            raise CompatValueError(f"Invalid parameter name {name!r}: 'Type', 'Rows' or "
                                   "'Tail'.")
        hits = [n for n in _NAMES if n.startswith(name.lower())] if name else []
        if len(hits) != 1:
            raise CompatValueError(f"Invalid parameter name: {name}.")
        given[hits[0]] = _choice(hits[0], value)
    return {"type": given.get("type", "p"), "rows": given.get("rows", "a"),
            "tail": given.get("tail", "b")}


def _data(value, label: str) -> np.ndarray:
    a = matlab_array(value, label, complex_ok=True, char="error", logical_ok=False)
    if np.iscomplexobj(a):
        raise CompatTypeError("Complex data are not supported by compat's corr (MATLAB "
                              "computes no p-values and no rank correlation for them).")
    if a.dtype.kind in "iub":
        raise CompatTypeError("Inputs must be floats, namely single or double.")
    if a.ndim > 2:
        raise CompatValueError(f"{label} must be a matrix (observations in rows).")
    return a.reshape(1, -1) if a.ndim <= 1 else a


@matlab_function("corr", nargout=2)
def corr(X, *args, nargout=1, **name_value):
    """Linear or rank correlation of columns, as MATLAB's ``corr``.

    MATLAB call forms::

        rho = corr(X)                       ->  corr(X)          (p x p, columns of X)
        rho = corr(X, Y)                    ->  corr(X, Y)       (p1 x p2)
        [rho, pval] = corr(X, Y)            ->  rho, pval = corr(X, Y, nargout=2)
        ... = corr(..., 'Type', 'Kendall')  ->  corr(X, Y, 'Type', 'Kendall')
        ... = corr(..., 'Rows', 'pairwise') ->  corr(X, 'Rows', 'pairwise')  (or rows=...)
        ... = corr(..., 'Tail', 'right')    ->  corr(X, Y, 'Tail', 'right', nargout=2)

    Rows are observations and columns variables (a 1-D array is MATLAB's row vector:
    one observation, so pass columns as n x 1). 'Type' 'Pearson' (default), 'Kendall'
    (tau-b) or 'Spearman'; 'Rows' 'all' (default: a column with NaN gives NaN),
    'complete' (rows with any NaN dropped) or 'pairwise'; 'Tail' 'both' (default),
    'right' (positive correlation) or 'left' (also 'ne', 'gt', 'lt'); names and values
    abbreviate as in MATLAB. p-values as MATLAB's page describes them: Student's t for
    Pearson; for Kendall and Spearman the exact permutation distributions for small
    samples (Kendall: n < 50 without ties, n < 10 with ties; Spearman: n < 10), the
    Edgeworth series AS 89 (Spearman without ties), the t approximation (Spearman with
    ties) or the normal approximation with continuity correction (Kendall) otherwise;
    the two-tailed p-value doubles the smaller one-tailed one. ``corr(X)`` has exact
    ones on its diagonal, with p-value 1. Single if X or Y is single.

    Differences from scipy: ``scipy.stats.pearsonr``/``kendalltau``/``spearmanr``
    work on two vectors (spearmanr on a matrix gives one square matrix of all columns),
    ``spearmanr``'s p-value is always the t approximation, ``kendalltau``'s exact
    p-value is used only without ties and for n <= 50, and none offers MATLAB's
    'Rows' handling; ``numpy.corrcoef`` correlates rows, not columns.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> x = np.array([[1.0], [2.0], [3.0], [4.0], [5.0]])
    >>> y = np.array([[2.0], [1.0], [4.0], [3.0], [5.0]])
    >>> round(float(matlab.corr(x, y)[0, 0]), 15)
    0.8
    >>> rho, pval = matlab.corr(x, y, 'Type', 'Kendall', nargout=2)
    >>> float(rho[0, 0]), round(float(pval[0, 0]), 15)   # exact: 2 * 13/120
    (0.6, 0.233333333333333)
    """
    x = _data(X, "X")
    args = list(args)
    y = None
    if args and not isinstance(args[0], str):
        y = _data(args.pop(0), "Y")
        if y.shape[0] != x.shape[0]:
            raise CompatValueError("X and Y must have the same number of rows.")
    opts = _options(args, name_value)
    if x.size == 0 and x.shape[0] == 0 and x.shape[1] == 0:
        raise CompatValueError("Requires a non-empty X.")
    dtype = np.dtype(np.float32 if x.dtype == np.float32 or
                     (y is not None and y.dtype == np.float32) else np.float64)
    rho, pval = core.correlation_matrix(x, y, kind=opts["type"], rows=opts["rows"],
                                        tail=opts["tail"], p_values=nargout > 1)
    rho = rho.astype(dtype)
    if nargout == 1:
        return rho
    return rho, pval.astype(dtype)
