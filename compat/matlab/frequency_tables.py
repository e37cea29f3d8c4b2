"""MATLAB's frequency tables and empirical distribution function (Statistics and
Machine Learning Toolbox): ``tabulate``, ``crosstab``, ``ecdf``, and the
confusion matrix of a classification, ``confusionmat``.

The legacy layer of the family: MATLAB's argument forms (a numeric vector, text or
logical data for tabulate; any number of grouping variables for crosstab, each
through grp2idx; ecdf's data vector and its name-value options), the outputs by
``nargout``, over :mod:`compat._core.frequency_tables`, whose docstring states the
computations. Levels are numbered as MATLAB's grp2idx numbers them (numbers and
logicals ascending, text in order of first appearance; NaN, '' and missing strings
are no level), by compat's :func:`compat.matlab.grp2idx`. compat has no categorical
class: pass a categorical's labels as text (its unused categories, which MATLAB lists
with zero counts, are then absent). Nothing is displayed or plotted: the forms without
outputs (a printed table, a stairs plot) return the values instead.

Checked against GNU Octave 7.3's statistics package 1.5.3 (crosstab, ecdf) and
against MATLAB's steps evaluated in Octave where Octave's function differs (Octave's
tabulate is another function), with values printed on MathWorks' reference pages
(golden suite ``matlab/frequency_tables``).
"""

from __future__ import annotations

import numpy as np

from compat._core import frequency_tables as core
from compat._core.args import prefix_matches
from compat._core.errors import (CompatTypeError, CompatValueError, MatlabWarning,
                                 legacy_warn)
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.group_levels import group_index as _group_index

__all__ = ["tabulate", "crosstab", "ecdf", "confusionmat"]

_EMPTY = np.zeros((0, 0))


def _is_text(value) -> bool:
    if isinstance(value, (str, bytes)):
        return True
    if isinstance(value, np.ndarray):
        return value.dtype.kind in "USO"
    if isinstance(value, (list, tuple)):
        return any(isinstance(v, (str, bytes)) for v in np.asarray(value, dtype=object)
                   .reshape(-1))
    return False


def _text(value):
    """Text data as grp2idx takes it (bytes decoded, a char row as one label)."""
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, (list, tuple)) or (isinstance(value, np.ndarray) and
                                            value.dtype.kind in "SO"):
        return [v.decode("latin-1") if isinstance(v, bytes) else v
                for v in np.asarray(value, dtype=object).reshape(-1)]
    return value


def _groups(value, name: str):
    """grp2idx of one grouping variable: (numbers with NaN, names, levels)."""
    if _is_text(value):
        return _group_index(_text(value))
    a = np.asarray(matlab_array(value, name, complex_ok=False))
    return _group_index(a)


@matlab_function("tabulate")
def tabulate(x):
    """Frequency table, as MATLAB's ``tabulate``.

    MATLAB call forms::

        tbl = tabulate(x)        ->  tabulate(x)

    A numeric vector of positive integers gives the numeric matrix ``[value count
    percent]`` with one row for every integer ``1..max(x)``, the absent ones with count
    0 (MATLAB's page: "tabulate returns 0 counts for the integers between 1 and max(x)
    that do not appear in x"); other numeric vectors (zero, negative or fractional
    values) one row per distinct value, ascending. Text (a str, a list of str, a string
    or char array) and logical data give a cell array, a list of ``[name, count,
    percent]`` rows, in grp2idx's order (text by first appearance; logicals '0', '1').
    NaN values, '' and missing strings are not counted. ``percent`` is ``100 * count /
    total``. The matrix is double, except that a single vector of non-integer values
    gives a single table (its first column keeps the class, as MATLAB's concatenation
    does). Differences from ``numpy.unique(x, return_counts=True)``: the zero rows of
    integer data, the percentages, NaN excluded, text in order of appearance. GNU Octave's
    statistics package has a different ``tabulate`` (bins between edges, four
    columns). Source: MATLAB's tabulate reference page and tabulate.m (hist over
    ``1:max``, grp2idx otherwise).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.tabulate([1, 2, 4, 4, 3, 4])
    array([[ 1.        ,  1.        , 16.66666667],
           [ 2.        ,  1.        , 16.66666667],
           [ 3.        ,  1.        , 16.66666667],
           [ 4.        ,  3.        , 50.        ]])
    >>> matlab.tabulate([3, 3, 1])[:, 1]
    array([1., 0., 2.])
    >>> matlab.tabulate(['Male', 'Female', 'Male', 'Male'])
    [['Male', 3.0, 75.0], ['Female', 1.0, 25.0]]
    """
    if _is_text(x):
        g, names, _ = _group_index(_text(x))
        counts, percents = _counts(g, len(names))
        return [[name, float(c), float(p)] for name, c, p in zip(names, counts, percents)]
    a = np.asarray(matlab_array(x, "x", complex_ok=False))
    if a.ndim >= 2 and min(a.shape) > 1:
        raise CompatValueError("Requires a vector input (x is "
                               f"{'x'.join(str(s) for s in a.shape)}).")
    if a.dtype.kind == "b":
        g, names, _ = _group_index(a)
        counts, percents = _counts(g, len(names))
        return [[name, float(c), float(p)] for name, c, p in zip(names, counts, percents)]
    if a.dtype.kind in "iu":
        a = a.astype(np.float64)
    y = a.reshape(-1)
    y = y[~np.isnan(y)]
    if y.size and np.all(y == np.round(y)) and np.all(y >= 1):
        k = int(y.max())
        counts, percents = _counts(y.astype(np.float64), k)
        return np.column_stack([np.arange(1.0, k + 1), counts, percents])
    g, _, levels = _group_index(y)
    counts, percents = _counts(g, levels.size)
    return np.column_stack([levels.reshape(-1).astype(a.dtype), counts.astype(a.dtype),
                            percents.astype(a.dtype)])


def _counts(g, k):
    if k == 0:
        raise CompatValueError("x has no values to count (empty, or all NaN or "
                               "missing).")
    return core.level_counts(np.asarray(g, dtype=np.float64).reshape(-1), k)


@matlab_function("crosstab", nargout=4)
def crosstab(x1, *xs, nargout=1):
    """Cross-tabulation, as MATLAB's ``crosstab``.

    MATLAB call forms::

        tbl = crosstab(x1, x2)                        ->  crosstab(x1, x2)
        tbl = crosstab(x1, x2, ..., xn)               ->  crosstab(x1, x2, x3)
        [tbl, chi2, p, labels] = crosstab(x1, x2)     ->  crosstab(x1, x2, nargout=4)

    Each input is a grouping variable (numbers, logicals, text; all of one length),
    numbered by grp2idx (numbers ascending, text by first appearance); rows where any
    input is NaN, '' or missing are dropped. ``tbl(i, j, ...)`` counts the rows in
    level i of x1, level j of x2, ...: an n-D double array with one dimension per input
    (a column for one input). ``chi2`` and ``p``: Pearson's test of independence of
    the dimensions with more than one level, expected counts from the margins (as
    crosstab.m builds them, see :mod:`compat._core.frequency_tables`), ``df = prod(sz)
    - 1 - sum(sz - 1)``; NaN, NaN with fewer than two such dimensions. ``labels``: a
    cell array with one column per input holding its level names (grp2idx's names:
    numbers as ``sprintf('%g')``), ``[]`` below the shorter columns -- a list of rows
    (a flat list for one input). Differences from ``pandas.crosstab`` /
    ``scipy.stats.contingency``: MATLAB's level orders, n-D tables, no Yates
    correction. GNU Octave 7.3's statistics 1.5.3 crosstab numbers numeric levels in
    order of appearance and returns numeric labels. Source: MATLAB's crosstab reference
    page and crosstab.m.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.crosstab([1, 1, 2, 3, 1], [1, 2, 5, 3, 1])
    array([[2., 1., 0., 0.],
           [0., 0., 0., 1.],
           [0., 0., 1., 0.]])
    >>> tbl, chi2, p, labels = matlab.crosstab(['a', 'b', 'a'], [1, 2, 2], nargout=4)
    >>> float(chi2), labels
    (0.75, [['a', '1'], ['b', '2']])
    """
    inputs = (x1,) + xs
    numbers, names = [], []
    for j, value in enumerate(inputs):
        g, gn, _ = _groups(value, f"x{j + 1}")
        g = g.reshape(-1)
        if numbers and g.size != numbers[0].size:
            raise CompatValueError("All arguments must have the same length.")
        numbers.append(g)
        names.append(list(gn))
    m = np.column_stack(numbers) if numbers[0].size else np.zeros((0, len(inputs)))
    m = m[~np.isnan(m).any(axis=1)]
    sizes = tuple(len(gn) for gn in names)
    table = core.cross_counts((m - 1).astype(np.int64), sizes if len(sizes) > 1
                              else sizes + (1,))
    while table.ndim > 2 and table.shape[-1] == 1:     # MATLAB drops trailing singletons
        table = table.reshape(table.shape[:-1])
    if nargout == 1:
        return table
    chi2, p, _ = core.independence_test(table.reshape(sizes) if len(sizes) > 1 else
                                        table, m.shape[0], len(inputs))
    outs = [table, chi2, p]
    if nargout == 4:
        rows = max(sizes) if sizes else 0
        labels = [[gn[i] if i < len(gn) else _EMPTY for gn in names] for i in range(rows)]
        if len(inputs) == 1:
            labels = [row[0] for row in labels]
        outs.append(labels)
    return tuple(outs)


_ECDF_OPTIONS = ("censoring", "frequency", "alpha", "function", "bounds")
_ECDF_FUNCTIONS = ("cdf", "survivor", "chf", "cumulative hazard", "cumhazard", "c", "cu",
                   "cum")


def _vector(value, name: str, size: int, like: np.ndarray) -> np.ndarray:
    a = np.asarray(matlab_array(value, name, complex_ok=False))
    if a.size != size:
        raise CompatValueError(f"Data and {name} vectors must have the same length.")
    return a.reshape(-1).astype(like.dtype if like.dtype == np.float32 else np.float64)


@matlab_function("ecdf", nargout=4)
def ecdf(y, *args, nargout=1, **options):
    """Empirical (Kaplan-Meier) cumulative distribution function, as MATLAB's ``ecdf``.

    MATLAB call forms::

        [f, x] = ecdf(y)                      ->  f, x = ecdf(y, nargout=2)
        [f, x, flo, fup] = ecdf(y)            ->  ecdf(y, nargout=4)
        [...] = ecdf(y, 'Censoring', cens, 'Frequency', freq, 'Alpha', 0.01,
                     'Function', 'survivor', 'Bounds', 'on')
                                              ->  ecdf(y, 'Censoring', cens, ...)
                                                  or ecdf(y, censoring=cens, ...)

    ``f`` evaluated at ``x``: the distinct values of y at which an uncensored
    observation falls, ascending, preceded by ``min(y)`` with the function's starting
    value (0 for 'cdf' and 'cumulative hazard', 1 for 'survivor') -- MATLAB's leading
    point, "required for accurate staircase plot" (ecdf.m) -- so ``x(1) == x(2)`` for
    uncensored data. Columns, single for single data. 'Function': 'cdf' (default,
    ``1 - S`` with S the Kaplan-Meier product-limit survivor), 'survivor' (S),
    'cumulative hazard' (Nelson-Aalen; also 'cumhazard' and 'chf', and the prefixes
    ecdf.m accepts: 'c', 'cu' and 'cum' mean the cumulative hazard). ``flo``, ``fup``:
    pointwise 100(1 - alpha)% bounds by Greenwood's formula (not simultaneous bands),
    NaN at the leading point and where the standard error is undefined (the cdf's and
    survivor's last point when every item still at risk fails there), clipped to [0, 1]
    (the hazard's upper bound unclipped). 'Censoring': 1 for right-censored
    observations (logical or 0/1; MATLAB's left/interval codes -1 and 2 and two-column
    interval data are refused); 'Frequency': counts per observation (items with
    frequency 0 or NaN dropped); NaN observations are missing. 'Bounds' ('on'/'off')
    only controls MATLAB's plot and is accepted. With every observation censored
    ``f`` and ``x`` are empty and a warning is given, as MATLAB does.

    Differences from ``scipy.stats.ecdf``: the leading point, the Nelson-Aalen hazard,
    MATLAB's bound clipping and NaN. Source: MATLAB's ecdf reference page and ecdf.m
    (Cox & Oakes 1984; Lawless 2003).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> f, x = matlab.ecdf([3.0, 1.0, 2.0, 2.0], nargout=2)
    >>> np.hstack([f, x])
    array([[0.  , 1.  ],
           [0.25, 1.  ],
           [0.75, 2.  ],
           [1.  , 3.  ]])
    >>> s = matlab.ecdf([1.0, 2.0, 3.0, 4.0], 'Censoring', [0, 1, 0, 0],
    ...                 'Function', 'survivor')
    >>> s.ravel()
    array([1.   , 0.75 , 0.375, 0.   ])
    """
    if len(args) % 2:
        raise CompatValueError("Wrong number of arguments: name-value pairs expected.")
    pairs = list(zip(args[::2], args[1::2])) + list(options.items())
    opts = {}
    for name, value in pairs:
        if not isinstance(name, str):
            raise CompatValueError("Parameter name must be text.")
        found = prefix_matches(name, _ECDF_OPTIONS)
        if len(found) != 1:
            raise CompatValueError(f"{'Ambiguous' if found else 'Invalid'} parameter "
                                   f"name: {name}.")
        opts[found[0]] = value
    a = np.asarray(matlab_array(y, "Y", complex_ok=False))
    if a.ndim >= 2 and sum(s != 1 for s in a.shape) > 1 or a.size == 0:
        if a.ndim >= 2 and a.ndim == 2 and a.shape[1] == 2 and a.shape[0] > 1:
            raise CompatValueError("Input Y must be a vector (two-column interval-censored "
                                   "data are not supported by compat).")
        raise CompatValueError("Input Y must be a vector.")
    if a.dtype != np.float32:
        a = a.astype(np.float64)
    x = a.reshape(-1)
    bounds = opts.get("bounds", "off")
    if not (isinstance(bounds, str) and bounds in ("on", "off")):
        raise CompatValueError("The BOUNDS argument must be 'on' or 'off'.")
    cens = opts.get("censoring")
    cens = (np.zeros(x.shape, x.dtype) if cens is None or np.size(cens) == 0 else
            _vector(cens, "censoring", x.size, x))
    if np.any(~np.isnan(cens) & (cens != 0) & (cens != 1)):
        raise CompatValueError("Censoring must be 0 (observed) or 1 (right-censored): "
                               "MATLAB's left- and interval-censoring codes are not "
                               "supported by compat.")
    freq = opts.get("frequency")
    freq = (np.ones(x.shape, x.dtype) if freq is None or np.size(freq) == 0 else
            _vector(freq, "frequency", x.size, x))
    alpha = opts.get("alpha", 0.05)
    alpha_a = np.asarray(alpha)
    if (isinstance(alpha, (str, bool)) or alpha_a.size != 1 or alpha_a.dtype.kind not in
            "iuf" or not 0 < float(alpha_a.reshape(-1)[0]) < 1):
        raise CompatValueError("Value of 'alpha' parameter must be a scalar between 0 "
                               "and 1.")
    function = opts.get("function", "cdf")
    if not isinstance(function, str):
        raise CompatValueError("Invalid value of 'Function' parameter.")
    found = [_ECDF_FUNCTIONS.index(w) for w in prefix_matches(function, _ECDF_FUNCTIONS)]
    if not found or len({min(j, 2) for j in found}) > 1:
        raise CompatValueError(f"{'Ambiguous' if found else 'Invalid'} value of "
                               "'Function' parameter: 'cdf', 'survivor' or 'cumulative "
                               "hazard' expected.")
    function = ("cdf", "survivor", "chf")[min(found[0], 2)]
    keep = ~np.isnan(x) & ~np.isnan(freq) & ~np.isnan(cens) & (freq > 0)
    if not keep.any():
        raise CompatValueError("Input sample has no valid data (all missing values).")
    res = core.product_limit(x[keep], cens[keep], freq[keep].astype(x.dtype),
                             function=function, alpha=float(alpha_a.reshape(-1)[0]),
                             bounds=nargout > 2)
    start = x.dtype.type(1 if function == "survivor" else 0)
    if res["x"].size:
        xs = np.concatenate(([np.nanmin(x)], res["x"])).astype(x.dtype)
        f = np.concatenate(([start], res["f"])).astype(x.dtype)
    else:
        legacy_warn("All observations are censored: there are no deaths, so F and X "
                    "are empty.", MatlabWarning, identifier="stats:ecdf:NoDeath")
        xs, f = res["x"], res["f"]
    outs = [f.reshape(-1, 1), xs.reshape(-1, 1)]
    if nargout > 2:
        if res["x"].size:
            nan = np.array([np.nan], x.dtype)
            lo, up = np.concatenate((nan, res["lo"])), np.concatenate((nan, res["up"]))
        else:
            lo = up = np.zeros((0, 0), x.dtype)
        outs += [lo.reshape(-1, 1) if lo.size else lo, up.reshape(-1, 1) if up.size else up]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


# ---------------------------------------------------------------- confusionmat
def _label_kind(value) -> str:
    """'char' (a str, a char matrix: numpy str/bytes array), 'cell' (a list, tuple or
    object array of texts), or 'numeric' (numbers and logicals)."""
    if isinstance(value, (str, bytes)):
        return "char"
    if isinstance(value, np.ndarray) and value.dtype.kind in "US":
        return "char"
    if isinstance(value, np.ndarray) and value.dtype.kind == "O":
        return "cell"
    if isinstance(value, (list, tuple)) and any(
            v is None or isinstance(v, (str, bytes, np.str_))
            for v in np.asarray(value, dtype=object).reshape(-1)):
        return "cell"
    return "numeric"


def _labels(value, kind: str) -> list:
    """The labels of text data, one per observation (a char matrix: one per row)."""
    if kind == "char" and isinstance(value, (str, bytes)):
        return [_text(value)]
    items = np.asarray(value, dtype=object)
    if items.ndim > 1 and min(items.shape) > 1:
        raise CompatValueError("G and GHAT must be vectors or character matrices "
                               "(one label per row).")
    out = []
    for v in items.reshape(-1):
        if v is not None and not isinstance(v, (str, bytes, np.str_, np.bytes_)):
            raise CompatTypeError("G and GHAT must be numeric or logical vectors, "
                                  "character matrices or cell arrays of character "
                                  f"vectors, not a cell holding {type(v).__name__}.")
        out.append(_text(v) if isinstance(v, (bytes, np.bytes_)) else v)
    return out


def _numeric_labels(value, name: str) -> np.ndarray:
    a = np.asarray(matlab_array(value, name, complex_ok=False))
    if a.ndim > 1 and sum(s != 1 for s in a.shape) > 1:
        raise CompatValueError("G and GHAT must be vectors or character matrices "
                               "(one label per row).")
    return a.reshape(-1)


def _order_values(order, kind: str, g: np.ndarray | None):
    """The 'Order' labels as confusionmat.m checks them: a list of texts for text
    groups, an array for numbers (logical(order) for logical groups)."""
    if kind != "numeric":
        okind = _label_kind(order)
        if okind == "numeric":
            raise CompatTypeError("ORDER must be text (a cell array of character "
                                  "vectors or a character matrix) when G and GHAT are "
                                  "text.")
        labels = [None if v is None else str(v).strip() for v in _labels(order, okind)]
        if any(not v for v in labels):
            raise CompatValueError("ORDER must not contain empty labels.")
        if len(set(labels)) < len(labels):
            raise CompatValueError("ORDER must not contain duplicated labels.")
        return labels
    if _label_kind(order) != "numeric":
        raise CompatTypeError("ORDER must be of the same type as G and GHAT.")
    o = np.asarray(matlab_array(order, "ORDER", complex_ok=False))
    if o.ndim > 1 and sum(s != 1 for s in o.shape) > 1:
        raise CompatValueError("ORDER must be a vector.")
    o = o.reshape(-1)
    if g.dtype.kind == "b":
        if o.dtype.kind != "b":
            if o.dtype.kind == "f" and np.any(np.isnan(o)):
                raise CompatValueError("ORDER must not contain NaN values.")
            o = o != 0
    elif o.dtype.kind == "b":
        raise CompatTypeError("ORDER must be numeric when G and GHAT are numeric.")
    elif o.dtype.kind == "f" and np.any(np.isnan(o)):
        raise CompatValueError("ORDER must not contain NaN values.")
    if np.unique(o).size < o.size:
        raise CompatValueError("ORDER must not contain duplicated labels.")
    return o


def _char_matrix(labels: list) -> np.ndarray:
    """char(labels): the labels as equal-length rows padded with blanks."""
    width = max((len(t) for t in labels), default=0)
    return np.array([t.ljust(width) for t in labels], dtype=f"<U{max(width, 1)}")


@matlab_function("confusionmat", nargout=2)
def confusionmat(group, grouphat, *args, nargout=1, **options):
    """Confusion matrix, as MATLAB's ``confusionmat``.

    MATLAB call forms::

        C = confusionmat(group, grouphat)                ->  confusionmat(g, ghat)
        C = confusionmat(group, grouphat, 'Order', grouporder)
                                 ->  confusionmat(g, ghat, 'Order', o)  or  order=o
        [C, order] = confusionmat(___)                   ->  confusionmat(..., nargout=2)

    Parameters
    ----------
    group, grouphat : array_like
        The known and the predicted labels, one per observation, of one type: numeric
        vectors of one class, logical vectors, text -- a list of str (MATLAB's cell array
        of character vectors; None is a missing label), a char matrix (a numpy str array,
        one label per element/row) or a str (one label). A list and a char matrix may be
        mixed: grouphat is converted to group's type, as confusionmat.m does.
    grouporder : array_like, optional
        The labels in the order wanted for the rows and columns: of group's type
        (numbers for numeric groups, numbers or logicals for logical groups, text for
        text); it must hold every label that occurs and may hold others (zero rows and
        columns); no NaN, '' or duplicates. 'Order' is matched case-insensitively and by
        prefix, as MATLAB's validatestring does.

    Returns
    -------
    C : numpy.ndarray
        k-by-k double: ``C(i, j)`` counts the observations whose known label is level i
        and whose predicted label is level j.
    order : numpy.ndarray or list
        The labels of the rows and columns: a column (k-by-1 array) of group's class
        for numbers and logicals (of grouporder's class when given; logical for logical
        groups), a list of str for a list, a char matrix (a numpy str array of rows
        padded with blanks, MATLAB's ``char(order)``) for char input.

    Notes
    -----
    The levels: numbers and logicals in ascending order of the distinct values of
    ``[group; grouphat]`` (the reference page: "arranged by default in the sorted order
    of [g1;g2]"); text trimmed of leading and trailing blanks (strtrim) and taken in
    order of first appearance in ``[group; grouphat]`` (confusionmat.m reorders
    findgroups' alphabetical levels to first appearance). NaN, '' (or only blanks)
    and None are missing: an observation with a missing known or predicted label is
    not counted and adds no level. Differences from
    ``sklearn.metrics.confusion_matrix``: MATLAB's level order for text (appearance, not
    sorted), missing labels dropped, the trimming of text, double counts, the order
    returned. Errors as confusionmat.m's checks (its message identifiers
    stats:confusionmat:GTypeMismatch, BadGroup, GRowNumMismatch, TypeMismatchOrder,
    OrderHasNaN, OrderHasEmptyString, DuplicatedOrder, OrderInsufficientLabels;
    compat's wording). compat has no categorical or string class: pass their labels as
    text. GNU Octave 7.3's statistics 1.5.3 confusionmat agrees on numbers, logicals and
    cell arrays; it refuses char matrices, does not trim text, and accepts groups of
    different classes, duplicated or incomplete orders (golden suite
    ``matlab/confusion_matrices``). Source: MATLAB's confusionmat reference page and
    confusionmat.m (facts only).

    Examples
    --------
    >>> from compat import matlab
    >>> g1 = [3, 2, 2, 3, 1, 1]
    >>> g2 = [4, 2, 3, np.nan, 1, 1]
    >>> matlab.confusionmat(g1, g2)
    array([[2., 0., 0., 0.],
           [0., 1., 1., 0.],
           [0., 0., 0., 1.],
           [0., 0., 0., 0.]])
    >>> matlab.confusionmat(g1, g2, 'Order', [4, 3, 2, 1])[1:]
    array([[1., 0., 0., 0.],
           [0., 1., 1., 0.],
           [0., 0., 0., 2.]])
    >>> C, order = matlab.confusionmat(['cat', 'dog', 'cat'], ['dog', 'dog', ''],
    ...                                nargout=2)
    >>> C, order
    (array([[0., 1.],
           [0., 1.]]), ['cat', 'dog'])
    """
    from compat._core import confusion

    if len(args) % 2:
        raise CompatValueError("Wrong number of arguments: expected 'Order' and its "
                               "value.")
    pairs = list(zip(args[::2], args[1::2])) + list(options.items())
    order = None
    for name, value in pairs:
        if not isinstance(name, str) or not prefix_matches(name, ["Order"]) or not name:
            raise CompatValueError(f"Expected input to match 'Order', got {name!r}.")
        order = value
    kind, hat_kind = _label_kind(group), _label_kind(grouphat)
    if (kind == "numeric") != (hat_kind == "numeric"):
        raise CompatTypeError("G and GHAT must be of the same type (both numbers, both "
                              "logicals or both text).")
    if kind == "numeric":
        g = _numeric_labels(group, "group")
        ghat = _numeric_labels(grouphat, "grouphat")
        if g.dtype != ghat.dtype:
            raise CompatTypeError(f"G and GHAT must be of the same type: group is "
                                  f"{g.dtype}, grouphat is {ghat.dtype} (MATLAB classes "
                                  "must match: convert one, e.g. with matlab.double).")
    else:
        g, ghat = _labels(group, kind), _labels(grouphat, hat_kind)
    if len(g) != len(ghat):
        raise CompatValueError(f"G and GHAT must have the same number of observations "
                               f"({len(g)} and {len(ghat)}).")
    if kind == "numeric":
        known, predicted, levels = confusion.numeric_levels(g, ghat)
        k = levels.size
    else:
        known, predicted, levels = confusion.text_levels(g, ghat)
        k = len(levels)
    table = confusion.confusion_counts(known, predicted, k)
    if order is not None and np.size(np.asarray(order, dtype=object)) > 0 and \
            not (isinstance(order, str) and order == ""):
        wanted = _order_values(order, kind, g if kind == "numeric" else None)
        if kind == "numeric":
            hit = np.isin(levels, wanted)
            where = {v: i for i, v in enumerate(wanted.tolist())}
            position = [where.get(v) for v in levels.tolist()]
        else:
            where = {v: i for i, v in enumerate(wanted)}
            position = [where.get(v) for v in levels]
            hit = np.array([p is not None for p in position], dtype=bool)
        if not np.all(hit):
            raise CompatValueError("ORDER must contain all the labels of G and GHAT.")
        table = confusion.reorder_levels(table, np.array(position, dtype=np.int64),
                                         len(wanted))
        levels = wanted
    if nargout == 1:
        return table
    if kind == "numeric":
        labels = np.asarray(levels).reshape(-1, 1)
    elif kind == "char":
        labels = _char_matrix(list(levels))
    else:
        labels = list(levels)
    return table, labels
