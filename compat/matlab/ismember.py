"""MATLAB ``ismember``: membership test with the lowest 1-based location in S."""

from __future__ import annotations

import numpy as np

from compat._core.args import check_nargout
from compat._core.errors import matlab_error
from compat._core.matlab_order import as_numeric, flat_f
from compat.matlab.sortrows import row_order
from compat._core.legacy import matlab_function

__all__ = ["ismember"]

_NAME = "ismember"


@matlab_function("ismember")
def ismember(A, S, *options, nargout=1):
    """Array elements that are members of a set, as MATLAB's ``ismember``.

    MATLAB call forms::

        Lia = ismember(A, S)                 ->  ismember(A, S)
        Lia = ismember(A, S, 'rows')         ->  ismember(A, S, 'rows')
        [Lia, Locb] = ismember(___)          ->  Lia, Locb = ismember(A, S, nargout=2)

    Parameters
    ----------
    A, S : array_like
        Numeric or logical arrays (any shapes); with 'rows', matrices with the same
        number of columns.
    options : 'rows' or 'legacy'
        'rows' compares whole rows. 'legacy' makes ``Locb`` the **highest** index
        (MATLAB before R2013a).
    nargout : {1, 2}

    Returns
    -------
    Lia : ndarray of bool
        Same shape as ``A`` (with 'rows': one entry per row of ``A``, a column).
    Locb : ndarray of float64
        Same shape as ``Lia``: the **lowest 1-based linear (column-major) index** in
        ``S`` of each member (row index with 'rows'), 0 for non-members.

    Notes
    -----
    NaN is never a member (NaN ~= NaN); ``-0`` and ``0`` are equal. Values of
    different classes are compared by value. ``np.isin(A, S)`` gives ``Lia`` but no
    locations; locations found with ``np.searchsorted`` on ``np.unique(S)`` are 0-based
    positions in the *sorted* set, not the lowest column-major index into ``S``.

    Sources: MATLAB ``ismember`` reference page ("Locb contains the lowest index in B
    for each value in A that is a member of B", 'rows', 'legacy' giving the highest
    index). GNU Octave 7.3 agrees on ``Lia`` but not on ``Locb`` when ``S`` has
    repeated values: ``ismember([1 NaN 2], [2 2 1 NaN])`` gives ``Locb = [3 0 2]``
    there, MATLAB's documented lowest index is ``[3 0 1]`` (compat).

    Examples
    --------
    >>> from compat.matlab import ismember
    >>> Lia, Locb = ismember([5, 3, 4, 2], [2, 4, 4, 4, 6, 8], nargout=2)
    >>> Lia, Locb
    (array([False, False,  True,  True]), array([0., 0., 2., 1.]))
    """
    nargout = check_nargout(_NAME, nargout, 2)
    a = as_numeric(_NAME, A, "A")
    s = as_numeric(_NAME, S, "S")
    opts = []
    for o in options:
        if not isinstance(o, str) or o.lower() not in ("rows", "legacy"):
            raise matlab_error(_NAME, f"unknown option {o!r}; accepted: 'rows', 'legacy'")
        opts.append(o.lower())
    highest = "legacy" in opts
    if "rows" in opts:
        lia, locb = _rows(a, s, highest)
    else:
        lia, locb = _elements(a, s, highest)
    return (lia, locb) if nargout == 2 else lia


def _common(a, s):
    dt = np.result_type(a.dtype, s.dtype)
    if dt.kind == "b":
        dt = np.dtype(np.uint8)
    # + 0 turns -0.0 into +0.0 (the only values equal but not identical)
    return a.astype(dt) + dt.type(0), s.astype(dt) + dt.type(0)


def _elements(a, s, highest):
    av, sv = _common(a, s)
    sf = flat_f(sv)
    af = av.ravel()  # shape restored below; any order works element by element
    if sf.size == 0 or af.size == 0:
        return np.zeros(a.shape, bool), np.zeros(a.shape, np.float64)
    if highest:
        rev = sf[::-1]
        order = np.argsort(rev, kind="stable")
        ss = rev[order]
        loc_of = sf.size - order  # 1-based index in sf of the last occurrence
    else:
        order = np.argsort(sf, kind="stable")  # ties: lowest index first
        ss = sf[order]
        loc_of = order + 1
    pos = np.searchsorted(ss, af, side="left")
    pos_c = np.minimum(pos, ss.size - 1)
    with np.errstate(invalid="ignore"):
        found = (pos < ss.size) & (ss[pos_c] == af)
    locb = np.where(found, loc_of[pos_c], 0).astype(np.float64)
    return found.reshape(a.shape), locb.reshape(a.shape)


def _rows(a, s, highest):
    a2 = a.reshape(1, -1) if a.ndim <= 1 else a
    s2 = s.reshape(1, -1) if s.ndim <= 1 else s
    if a2.ndim != 2 or s2.ndim != 2:
        raise matlab_error(_NAME, "'rows' requires 2-D matrices")
    if a2.shape[1] != s2.shape[1]:
        raise matlab_error(_NAME, f"A and S must have the same number of columns with "
                           f"'rows' ({a2.shape[1]} and {s2.shape[1]})")
    av, sv = _common(a2, s2)
    m, n = av.shape
    if sv.shape[0] == 0 or m == 0:
        return np.zeros((m, 1), bool), np.zeros((m, 1), np.float64)
    # sort the rows of [S; A] together; a row of A is a member when the sorted block
    # it falls in starts with a row of S equal to it (S rows come first among ties)
    both = np.concatenate([sv, av])
    src = np.concatenate([np.arange(sv.shape[0]), -1 - np.arange(m)])
    if highest:
        both = np.concatenate([sv[::-1], av])
        src = np.concatenate([np.arange(sv.shape[0])[::-1], -1 - np.arange(m)])
    order = row_order(both, list(range(n)), [False] * n) if n else np.arange(both.shape[0])
    sb = both[order]
    with np.errstate(invalid="ignore"):
        new = np.concatenate(([True], np.any(sb[1:] != sb[:-1], axis=1))) if n else \
            np.concatenate(([True], np.zeros(both.shape[0] - 1, bool)))
    gstart = np.maximum.accumulate(np.where(new, np.arange(sb.shape[0]), 0))
    head = src[order][gstart]  # source of the first row of each block
    lia = np.zeros(m, bool)
    locb = np.zeros(m, np.float64)
    isa = src[order] < 0
    arow = -1 - src[order][isa]
    ok = head[isa] >= 0
    lia[arow] = ok
    locb[arow] = np.where(ok, head[isa] + 1, 0)
    return lia.reshape(-1, 1), locb.reshape(-1, 1)
