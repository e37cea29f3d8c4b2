"""MATLAB's ``grpstats`` for numeric data (Statistics and Machine Learning Toolbox).

The legacy layer of the family: MATLAB's argument forms (``grpstats(X)``,
``grpstats(X, group)``, ``grpstats(X, group, whichstats)``, the older
``grpstats(X, group, whichstats, alpha)`` and the ``'Alpha'`` name-value pair, the
old default outputs ``[means, sem, counts, gname]``), grouping variables as
:func:`compat.matlab.grp2idx` reads them (several in a list combine as MATLAB's
mgrp2idx), output shapes (a column's statistic per group and column; the intervals
along a third dimension), over :mod:`compat._core.group_statistics`. The table and
dataset forms and the plotting form ``grpstats(X, group, alpha)`` are not supported.
"""

from __future__ import annotations

import numpy as np

from compat._core import group_statistics as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.group_levels import group_index
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["grpstats"]

_DEFAULT = ("mean", "sem", "numel", "gname")


def _is_text(value) -> bool:
    return isinstance(value, str) or (isinstance(value, np.ndarray)
                                      and value.dtype.kind == "U")


def _grouping_variables(group) -> list:
    """One grouping variable, or several (a list/tuple whose items are vectors)."""
    if isinstance(group, (list, tuple)) and group and all(
            not isinstance(v, str) and np.ndim(v) > 0 or isinstance(v, (list, tuple))
            for v in group):
        return list(group)
    return [group]


def _statistic_list(whichstats) -> list:
    items = list(whichstats) if isinstance(whichstats, (list, tuple)) else [whichstats]
    out = []
    for item in items:
        if isinstance(item, np.ndarray) and item.dtype.kind == "U" and item.size == 1:
            item = str(item.reshape(-1)[0])
        if isinstance(item, str):
            if item in core.KEYWORDS or item == "gname":
                out.append(item)
                continue
            from compat import matlab
            fn = getattr(matlab, item, None)
            if fn is None:
                raise CompatValueError(f"Error evaluating the function '{item}'.")
            out.append(fn)
        elif callable(item):
            out.append(item)
        else:
            raise CompatTypeError("WHICHSTATS must be a statistic name, a function handle "
                                  "or a cell array of them.")
    return out


def _alpha(value) -> float:
    a = np.asarray(value)
    if a.size != 1 or a.dtype.kind not in "biuf" or not 0 < float(a.reshape(-1)[0]) < 1:
        raise CompatValueError("ALPHA must be a number larger than 0 and smaller than 1.")
    return float(a.reshape(-1)[0])


@matlab_function("grpstats")
def grpstats(X, group=None, whichstats=None, *options, nargout=1):
    """Summary statistics by group, as MATLAB's ``grpstats`` for a numeric matrix.

    MATLAB call forms::

        means = grpstats(X)                          one group: the column means
        means = grpstats(X, group)
        [means, sem, counts, gname] = grpstats(X, group)
                                   ->  grpstats(X, group, nargout=4)
        [s1, ..., sN] = grpstats(X, group, whichstats)
        [...] = grpstats(X, group, whichstats, 'Alpha', alpha)   (or alpha alone)

    ``whichstats``: a name or a list of names and functions -- 'mean', 'sem' (std/sqrt(n)),
    'std', 'var', 'min', 'max', 'range', 'numel' (the count of non-NaN values),
    'meanci' and 'predci' (100(1-alpha)% confidence interval of the mean and prediction
    interval of a new value, Student t with n-1 degrees of freedom), 'gname' (the group
    names), any compat.matlab function name, or a callable.

    Parameters
    ----------
    X : array_like
        Numeric or logical vector (taken as a column) or matrix; NaNs are missing values,
        removed column by column.
    group : array_like, list or None
        A grouping variable as grp2idx reads it (numbers: ascending order; text: order of
        first appearance; NaN or '' rows belong to no group), a list of several grouping
        variables (the observed combinations in ascending order of the first, then the
        second, ...), or ``None``/``[]`` (one group).

    Returns
    -------
    ndarray or list or tuple
        Each statistic as an (ngroups, cols) array ((ngroups, cols, 2) for the intervals,
        (ngroups, 2) for one column); 'gname' as a list of str (an object array
        (ngroups, nvars) for several grouping variables). One result, or a tuple of
        ``nargout``.

    Notes
    -----
    Differences from pandas ``groupby``: numeric groups in ascending order but text groups
    in order of appearance; NaN removed per column (counts differ by column); std and sem
    normalised by n - 1; a group without values gives NaN (0 for 'numel'). Source:
    MathWorks' grpstats.m (its rules only: the default statistics, per-column NaN
    removal, the interval half-width ``-tinv(alpha/2, n-1)`` times ``std/sqrt(n)`` or
    ``std*sqrt(1+1/n)``), and grpstats' reference page. GNU Octave 7.3's statistics
    1.5.3 grpstats agrees for the plain statistics (golden suite
    ``matlab/group_statistics``); its 'meanci'/'predci' lay the intervals out side by
    side and compute 'predci' otherwise, and it refuses the old four-output form.

    Examples
    --------
    >>> from compat import matlab
    >>> m, s, c = matlab.grpstats(range(1, 10), [1, 1, 1, 1, 2, 2, 2, 2, 2], nargout=3)
    >>> m.ravel().tolist(), s.ravel().round(4).tolist(), c.ravel().tolist()
    ([2.5, 7.0], [0.6455, 0.7071], [4.0, 5.0])
    >>> matlab.grpstats([4, 1, 7, 2], ['b', 'a', 'b', 'a'], ['max', 'gname'], nargout=2)
    (array([[7.],
           [2.]]), ['b', 'a'])
    """
    x = matlab_array(X, "X", char="error")
    if x.ndim > 2 or x.dtype.kind not in "biuf":
        raise CompatValueError("X must be a numeric or logical vector or matrix, or a "
                               "dataset array.")
    if x.ndim < 2 or 1 in x.shape:
        x = x.reshape(-1, 1)
    rows, cols = x.shape
    alpha = 0.05
    if options:
        if len(options) == 1:
            alpha = _alpha(options[0])
        elif len(options) == 2 and isinstance(options[0], str) and \
                options[0].lower() == "alpha":
            alpha = _alpha(options[1])
        else:
            raise CompatValueError("Invalid parameter name: only 'Alpha' is accepted.")
    if whichstats is None or (not isinstance(whichstats, str) and np.size(whichstats) == 0
                              and not callable(whichstats)):
        stats = list(_DEFAULT[:max(1, nargout)])
    else:
        if not isinstance(whichstats, (str, list, tuple, np.ndarray)) and \
                not callable(whichstats):
            raise CompatValueError("grpstats(X, group, alpha) draws a plot: compat "
                                   "does not draw; ask for statistics instead.")
        stats = _statistic_list(whichstats)
    if nargout > len(stats):
        raise CompatValueError("Too many output arguments.")
    if group is None or (not isinstance(group, str) and np.size(group) == 0):
        g, names = np.ones(rows), ["1"]
        name_out: object = names
        ngroups = 1 if rows else 0
        if not rows:
            name_out = []
    else:
        variables = _grouping_variables(group)
        parts = [group_index(v) for v in variables]
        if any(p[0].size != rows for p in parts):
            raise CompatValueError("Must have one GROUP for each row of X.")
        if len(parts) == 1:
            g, names = parts[0][0], parts[0][1]
            ngroups, name_out = len(names), list(names)
        else:
            g, combos = core.combine_groups([p[0] for p in parts])
            ngroups = combos.shape[0]
            name_out = np.empty((ngroups, len(parts)), dtype=object)
            for j, p in enumerate(parts):
                for k in range(ngroups):
                    name_out[k, j] = p[1][combos[k, j] - 1]
    data = x.astype(np.float32 if x.dtype == np.float32 else np.float64)
    results = []
    for stat in stats[:max(1, nargout)]:
        if isinstance(stat, str) and stat == "gname":
            results.append(name_out)
            continue
        with np.errstate(invalid="ignore", divide="ignore"):
            z = core.group_statistic(data.astype(np.float64), g, ngroups, stat, alpha=alpha)
        if x.dtype == np.float32:
            z = z.astype(np.float32)
        z = z[:, :, 0] if z.shape[2] == 1 else (z[:, 0, :] if cols == 1 else z)
        results.append(z)
    return results[0] if nargout == 1 else tuple(results)
