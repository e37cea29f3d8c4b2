"""MATLAB's analysis of variance (Statistics and Machine Learning Toolbox): the one-way
``anova1`` and ``kruskalwallis``, their helpers ``grp2idx`` and ``tiedrank``, and the
balanced two-way ``anova2`` and ``friedman``.

The legacy layer of the family: MATLAB's argument forms (a matrix with one group per
column, or a vector with a grouping variable: numbers, logicals or text; the display
option, accepted and ignored -- compat draws no table or box plot), NaN removal (a
matrix with NaN becomes the grouped form, as anova1.m does), the outputs ``[p, tbl,
stats]`` by ``nargout`` (the table as a cell array with MATLAB's headings and ``[]``
for its empty cells), over :mod:`compat._core.analysis_of_variance`. Checked against
GNU Octave 7.3's statistics package 1.5.3 (golden suites
``matlab/analysis_of_variance`` and ``matlab/two_way_anova``).
"""

from __future__ import annotations

import numpy as np

from compat._core import analysis_of_variance as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.group_levels import group_index as _group_index
from compat._core.struct import MatlabStruct

__all__ = ["anova1", "kruskalwallis", "grp2idx", "tiedrank", "anova2", "friedman"]

_EMPTY = np.zeros((0, 0))


@matlab_function("grp2idx", nargout=3)
def grp2idx(s, *, nargout=1):
    """Grouping variable to group numbers, as MATLAB's ``grp2idx``.

    MATLAB call form::

        [g, gn, gl] = grp2idx(s)     ->  g, gn, gl = grp2idx(s, nargout=3)

    Numbers and logicals: groups in ascending order (NaN: no group), named by
    ``sprintf('%g')``; text (a list of str, a string array): groups in order of first
    appearance ('' or missing: no group) -- MathWorks' grp2idx.m. ``g`` is a column of group numbers, ``gn`` the names (a list of str), ``gl``
    the levels.

    Examples
    --------
    >>> from compat import matlab
    >>> g, gn = matlab.grp2idx(['b', 'a', 'b', 'c'], nargout=2)
    >>> g.ravel().tolist(), gn
    ([1.0, 2.0, 1.0, 3.0], ['b', 'a', 'c'])
    """
    g, names, levels = _group_index(s)
    outs = [g.reshape(-1, 1), names, levels]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


@matlab_function("tiedrank", nargout=2)
def tiedrank(X, *args, nargout=1):
    """Ranks with ties averaged, as MATLAB's ``tiedrank`` (vectors, or matrices column
    by column), and the tie adjustment ``sum(t^3 - t)/2`` (per column).

    MATLAB call forms::

        R = tiedrank(X)              ->  tiedrank(X)
        [R, tieadj] = tiedrank(X)    ->  R, tieadj = tiedrank(X, nargout=2)

    Examples
    --------
    >>> from compat import matlab
    >>> r, adj = matlab.tiedrank([3, 1, 3, 2, 3], nargout=2)
    >>> r, float(adj)
    (array([[4., 1., 4., 2., 4.]]), 12.0)
    """
    if args:
        raise CompatValueError("tiedrank's TIEFLAG and BIDIR forms are not supported by "
                               "compat.")
    a = np.asarray(matlab_array(X, "X", complex_ok=False, char="error"), dtype=np.float64)
    if a.ndim == 1:
        a = a.reshape(1, -1)
    if a.ndim == 2 and 1 in a.shape:
        r, adj = core.tied_rank(a.reshape(-1))
        outs = [r.reshape(a.shape), adj]
    else:
        cols = [core.tied_rank(a[:, j]) for j in range(a.shape[1])]
        outs = [np.column_stack([c[0] for c in cols]),
                np.array([[c[1] for c in cols]])]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


def _one_way(which, x, group, displayopt, nargout):
    if displayopt is not None and (not isinstance(displayopt, str) or
                                   displayopt.lower() not in ("on", "off", "nodisplay",
                                                              "n")):
        raise CompatValueError("DISPLAYOPT must be 'on' or 'off'.")
    a = np.asarray(matlab_array(x, "X", complex_ok=False, char="error"), dtype=np.float64)
    if a.ndim == 1:
        a = a.reshape(1, -1)
    is_matrix = a.ndim == 2 and min(a.shape) > 1
    no_group = group is None or (isinstance(group, (list, np.ndarray)) and len(group) == 0)
    ranks = which == "kruskalwallis"
    names = None
    if is_matrix and no_group and not np.isnan(a).any():
        r, c = a.shape
        res = core.one_way(a.ravel(order="F"), None, c, ranks=ranks, shape=(r, c))
        grouped = False
        width = len(str(c))
        gnames = np.array([str(j).ljust(width) for j in range(1, c + 1)])
    else:
        if is_matrix:
            r, c = a.shape
            values = a.ravel(order="F")
            if no_group:
                group = np.repeat(np.arange(1.0, c + 1), r)
            elif len(group) == c:
                group = [group[j] for j in np.repeat(np.arange(c), r)]
            else:
                raise CompatValueError("X and GROUP must have the same length.")
        else:
            values = a.reshape(-1)
            if no_group:
                group = np.ones(values.size)
        g, names, _ = _group_index(group)
        if g.size != values.size:
            raise CompatValueError("X and GROUP must have the same length.")
        keep = ~np.isnan(values) & ~np.isnan(g)
        res = core.one_way(values[keep], (g[keep] - 1).astype(np.int64), len(names),
                           ranks=ranks)
        grouped = True
        gnames = names
    table = [["Source", "SS", "df", "MS", "Chi-sq" if ranks else "F",
              "Prob>Chi-sq" if ranks else "Prob>F"],
             ["Groups" if grouped else "Columns", res["rss"], float(res["df1"]),
              res["rss"] / res["df1"], res["f"], res["p"]],
             ["Error", res["sse"], float(res["df2"]), res["mse"], _EMPTY, _EMPTY],
             ["Total", res["tss"], float(res["df1"] + res["df2"]), _EMPTY, _EMPTY, _EMPTY]]
    if ranks:
        stats = MatlabStruct(gnames=gnames, n=res["counts"].reshape(1, -1),
                             source="kruskalwallis", meanranks=res["means"].reshape(1, -1),
                             sumt=2 * res["tieadj"])
    else:
        stats = MatlabStruct(gnames=gnames, n=res["counts"].reshape(1, -1), source="anova1",
                             means=(res["means"] + res["mu"]).reshape(1, -1),
                             df=float(res["df2"]), s=float(np.sqrt(res["mse"])))
    outs = [res["p"], table, stats]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


@matlab_function("anova1", nargout=3)
def anova1(y, group=None, displayopt=None, *, nargout=1):
    """One-way analysis of variance, as MATLAB's ``anova1``.

    MATLAB call forms::

        p = anova1(y)                         ->  anova1(Y)         (a group per column)
        [p, tbl, stats] = anova1(y, group, 'off')
            ->  anova1(y, group, 'off', nargout=3)

    ``p`` from ``F = (RSS/df1)/(SSE/df2)`` (anova1.m's centred sums); ``tbl`` MATLAB's
    ANOVA table as a cell array (rows Source/Columns or Groups/Error/Total, ``[]`` in
    the empty cells); ``stats`` the struct multcompare reads (gnames, n, source, means,
    df, s). The display option is accepted; compat shows no figure.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> y = np.array([[1.0, 2.0, 4.0], [2.0, 3.0, 5.0], [3.0, 4.0, 6.0]])
    >>> round(matlab.anova1(y, [], 'off'), 10)
    0.027
    """
    return _one_way("anova1", y, group, displayopt, nargout)


@matlab_function("kruskalwallis", nargout=3)
def kruskalwallis(x, group=None, displayopt=None, *, nargout=1):
    """Kruskal-Wallis test, as MATLAB's ``kruskalwallis``: anova1's computation on the
    tied ranks, ``H = 12 RSS/(N(N+1))`` corrected for ties, ``p`` from the chi-square
    distribution with ``k - 1`` degrees of freedom.

    MATLAB call forms::

        p = kruskalwallis(x)                  ->  kruskalwallis(X)
        [p, tbl, stats] = kruskalwallis(x, group, 'off')
            ->  kruskalwallis(x, group, 'off', nargout=3)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> x = np.array([[1.0, 2.0, 4.0], [2.0, 3.0, 5.0], [3.0, 4.0, 6.0]])
    >>> round(matlab.kruskalwallis(x, [], 'off'), 10)
    0.0599158132
    """
    return _one_way("kruskalwallis", x, group, displayopt, nargout)


def _two_way_args(name, x, reps, displayopt):
    """The matrix, ``reps`` and the checked display option of anova2/friedman."""
    if displayopt is not None and (not isinstance(displayopt, str) or
                                   displayopt.lower() not in ("on", "off")):
        raise CompatValueError("DISPLAYOPT must be 'on' or 'off'.")
    a = np.asarray(matlab_array(x, "X", complex_ok=False, char="error"), dtype=np.float64)
    if a.ndim == 1:
        a = a.reshape(1, -1)
    if a.ndim != 2:
        raise CompatValueError(f"{name}: X must be a matrix.")
    if reps is None or np.size(reps) == 0:
        r = 1
    else:
        rv = np.asarray(reps, dtype=np.float64).reshape(-1)
        if rv.size != 1 or not (rv[0] >= 1 and float(rv[0]).is_integer()):
            raise CompatValueError(f"{name}: REPS must be a positive integer.")
        r = int(rv[0])
    if a.shape[0] % r:
        raise CompatValueError(f"{name}: the number of rows of X must be a multiple of "
                               f"REPS.")
    if np.isnan(a).any():
        raise CompatValueError(f"{name}: NaN values in X are not allowed.")
    return a, r


@matlab_function("anova2", nargout=3)
def anova2(y, reps=None, displayopt=None, *, nargout=1):
    """Balanced two-way analysis of variance, as MATLAB's ``anova2``.

    MATLAB call forms::

        p = anova2(y, reps)                   ->  anova2(y, reps)
        [p, tbl, stats] = anova2(y, reps, 'off')
            ->  anova2(y, reps, 'off', nargout=3)

    The columns of ``y`` are the levels of factor A, blocks of ``reps`` rows (default
    1) the levels of factor B. ``p`` is the row vector of the column, row and (``reps >
    1``) interaction p-values, each the F upper tail of its mean square over the error
    mean square; ``tbl`` MATLAB's ANOVA table as a cell array (rows Columns, Rows,
    Interaction with replicates, Error, Total; ``[]`` in the empty cells); ``stats`` the
    struct multcompare reads (source, sigmasq, colmeans, coln, rowmeans, rown, inter,
    pval -- the interaction p-value with replicates, else the column p-value as GNU
    Octave's statistics package sets it, MATLAB's page is silent -- and df). The
    display option is accepted; compat shows no figure. ``statsmodels``' anova_lm on a
    fitted OLS model gives the same sums of squares but needs a design; Octave's
    fourth ``model`` argument is not MATLAB's and is not taken.

    Errors (compat's wording): a NaN in ``y`` (MATLAB sends unbalanced or missing data
    to anovan), rows not a multiple of ``reps``, ``reps`` not a positive integer.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> popcorn = np.array([[5.5, 4.5, 3.5], [5.5, 4.5, 4], [6, 4, 3],
    ...                     [6.5, 5, 4], [7, 5.5, 5], [7, 5, 4.5]])
    >>> p = matlab.anova2(popcorn, 3, 'off')
    >>> [round(float(v), 4) for v in p[0]]
    [0.0, 0.0001, 0.7462]
    """
    a, r = _two_way_args("anova2", y, reps, displayopt)
    res = core.two_way(a, r)
    inter = r > 1
    p = np.array([[res["pc"], res["pr"]] + ([res["pi"]] if inter else [])])
    table = [["Source", "SS", "df", "MS", "F", "Prob>F"],
             ["Columns", res["ssc"], float(res["dfc"]), res["msc"], res["fc"], res["pc"]],
             ["Rows", res["ssr"], float(res["dfr"]), res["msr"], res["fr"], res["pr"]]]
    if inter:
        table.append(["Interaction", res["ssi"], float(res["dfi"]), res["msi"], res["fi"],
                      res["pi"]])
    table += [["Error", res["sse"], float(res["dfe"]), res["mse"], _EMPTY, _EMPTY],
              ["Total", res["sst"], float(res["dft"]), _EMPTY, _EMPTY, _EMPTY]]
    stats = MatlabStruct(source="anova2", sigmasq=res["mse"],
                         colmeans=res["colmeans"].reshape(1, -1), coln=float(res["coln"]),
                         rowmeans=res["rowmeans"].reshape(1, -1), rown=float(res["rown"]),
                         inter=float(inter), pval=res["pi"] if inter else res["pc"],
                         df=float(res["dfe"]))
    outs = [p, table, stats]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


@matlab_function("friedman", nargout=3)
def friedman(x, reps=None, displayopt=None, *, nargout=1):
    """Friedman's test for column effects in a two-way layout, as MATLAB's
    ``friedman``.

    MATLAB call forms::

        p = friedman(x, reps)                 ->  friedman(x, reps)
        [p, tbl, stats] = friedman(x, reps, 'off')
            ->  friedman(x, reps, 'off', nargout=3)

    Each block of ``reps`` rows (default 1) is ranked across all its values, ties
    averaged (tiedrank); anova2's sums of squares of the ranks give ``chi = SSC /
    sigma^2`` with ``sigma^2 = c reps (reps c + 1)/12``, less ``sum(t^3 - t)/(12 m (reps
    c - 1))`` for ties (m blocks, c columns), and ``p`` the chi-square upper tail on
    ``c - 1`` degrees of freedom (MathWorks' friedman.m as GNU Octave's statistics
    package reproduces it). ``tbl`` is MATLAB's table as a cell array (Columns with
    Chi-sq and Prob>Chi-sq; Interaction with replicates; Error; Total), ``stats`` the
    struct multcompare reads (source, n = the number of blocks, meanranks, sigma).
    ``scipy.stats.friedmanchisquare`` takes one sample per column, no replicates, and
    the same tie correction only through its own formula.

    Errors (compat's wording): a NaN in ``x``, fewer than two rows or columns, rows not
    a multiple of ``reps``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> popcorn = np.array([[5.5, 4.5, 3.5], [5.5, 4.5, 4], [6, 4, 3],
    ...                     [6.5, 5, 4], [7, 5.5, 5], [7, 5, 4.5]])
    >>> p, tbl = matlab.friedman(popcorn, 3, 'off', nargout=2)
    >>> round(p, 6), round(tbl[1][4], 6)
    (0.001029, 13.758621)
    """
    a, r = _two_way_args("friedman", x, reps, displayopt)
    if a.shape[0] < 2 or a.shape[1] < 2:
        raise CompatValueError("friedman: X must have at least two rows and two columns.")
    res = core.friedman_test(a, r)
    table = [["Source", "SS", "df", "MS", "Chi-sq", "Prob>Chi-sq"],
             ["Columns", res["ssc"], float(res["dfc"]), res["msc"], res["chi"], res["p"]]]
    if r > 1:
        table.append(["Interaction", res["ssi"], float(res["dfi"]), res["msi"], _EMPTY,
                      _EMPTY])
    table += [["Error", res["sse"], float(res["dfe"]), res["mse"], _EMPTY, _EMPTY],
              ["Total", res["sst"], float(res["dft"]), _EMPTY, _EMPTY, _EMPTY]]
    stats = MatlabStruct(source="friedman", n=float(res["blocks"]),
                         meanranks=res["meanranks"].reshape(1, -1),
                         sigma=float(np.sqrt(res["sigmasq"])))
    outs = [res["p"], table, stats]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])
