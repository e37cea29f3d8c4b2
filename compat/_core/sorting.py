"""MATLAB's sort order and the searches built on it: the core of ``sort``, ``sortrows``,
``unique``, ``ismember`` and ``find``.

MATLAB's sort order: real values ascending with NaN after everything (descending: NaN
first), ties kept in their original order (a stable sort in both directions); complex
values by ``abs`` then by ``angle`` in (-pi, pi]. MATLAB stores arrays column-major: the
linear index ``k`` of ``A(i, j)`` is ``i + (j-1)*size(A,1)``, so every search here walks
``A(:)``, i.e. ``a.ravel(order='F')``.

Python-shaped: options arrive parsed (``descend``, ``missing``, ``comparison``; MATLAB's
argument grammar is read by :mod:`compat.matlab.sorting`), axes are numpy axes and
every index returned is a **0-based** numpy index (permutations, positions in ``A(:)``);
the legacy layer turns them into MATLAB's 1-based doubles and orientations.
"""

from __future__ import annotations

from typing import Literal, Sequence

import numpy as np

from compat._core.libm import cabs

__all__ = ["MissingPlacement", "ComparisonMethod", "sort_keys", "order_along", "sort",
           "row_order", "is_sorted", "nonzero", "unique", "ismember"]

MissingPlacement = Literal["auto", "first", "last"]
ComparisonMethod = Literal["auto", "real", "abs"]


def _nan_mask(a):
    if a.dtype.kind in "fc":
        return np.isnan(a)
    return np.zeros(a.shape, bool)


def sort_keys(a: np.ndarray, comparison: ComparisonMethod = "auto") -> list:
    """Keys for np.lexsort (least significant first) giving MATLAB's order.

    Real input, ``'auto'``/``'real'``: the values. Complex ``'auto'`` or any ``'abs'``:
    ``abs`` then ``angle``. Complex ``'real'``: real part then imaginary part.
    """
    if a.dtype.kind == "b":
        a = a.astype(np.uint8)
    if comparison == "abs" or (comparison == "auto" and a.dtype.kind == "c"):
        if a.dtype.kind == "c":
            ang = np.angle(a)
            # angle of -0 imaginary parts: MATLAB's angle is atan2(imag, real) too
            return [ang, cabs(a)]   # C's hypot, as MATLAB (libm.cabs)
        if a.dtype.kind == "f":
            # real values: angle is 0 for x >= 0 (and +0), pi for x < 0
            return [np.where(a < 0, 1.0, 0.0), np.abs(a)]
        signed = a.dtype.kind == "i"
        mag = np.abs(a.astype(np.float64)) if a.dtype.itemsize < 8 else \
            (np.abs(a) if not signed else np.where(a < 0, -(a + 1), a).astype(np.uint64)
             + (a < 0))
        return [(a < 0).astype(np.uint8), mag]
    if a.dtype.kind == "c":
        return [a.imag, a.real]
    return [a]


def _stable_order(keys, axis: int, descend: bool, nan_first: bool | None, nanm):
    """Indices (0-based) that sort along ``axis`` stably by ``keys`` (lexsort keys).

    ``nan_first`` None: MATLAB's default (NaN last ascending, first descending).
    ``nanm``: the NaN mask of the data (same shape).
    """
    keys = [np.asarray(k) for k in keys]
    n = keys[0].shape[axis]
    if not descend:
        idx = np.lexsort(keys, axis=axis) if len(keys) > 1 else \
            np.argsort(keys[0], axis=axis, kind="stable")
    else:
        # stable descending: sort the reversed data ascending and reverse the result,
        # so equal elements keep their original order (not a reversed ascending sort)
        rev = [np.flip(k, axis=axis) for k in keys]
        r = np.lexsort(rev, axis=axis) if len(rev) > 1 else \
            np.argsort(rev[0], axis=axis, kind="stable")
        idx = (n - 1) - np.flip(r, axis=axis)
    if nanm.any():
        want_first = descend if nan_first is None else nan_first
        flags = np.take_along_axis(nanm, idx, axis=axis)
        # numpy puts NaN last ascending; the reversal trick puts them first descending.
        # Move the NaN block (stably) to where it is wanted.
        # The NaN block itself is in index order: NaN/missing elements are not ordered
        # among themselves, whatever their other part ('real' would otherwise put
        # 1+NaNi before NaN+0i ascending and after it descending).
        key = ~flags if want_first else flags
        shape = [1] * idx.ndim
        shape[axis] = n
        position = np.broadcast_to(np.arange(n).reshape(shape), idx.shape)
        perm = np.lexsort((np.where(flags, idx, position), key), axis=axis)
        idx = np.take_along_axis(idx, perm, axis=axis)
    return idx


def order_along(a: np.ndarray, axis: int, *, descend: bool = False,
                missing: MissingPlacement = "auto",
                comparison: ComparisonMethod = "auto") -> np.ndarray:
    """MATLAB's sort permutation of ``a`` along ``axis`` (0-based indices)."""
    nan_first = None if missing == "auto" else missing == "first"
    return _stable_order(sort_keys(a, comparison), axis, descend, nan_first, _nan_mask(a))


def sort(a: np.ndarray, *, axis: int, descend: bool = False,
         missing: MissingPlacement = "auto",
         comparison: ComparisonMethod = "auto") -> tuple[np.ndarray, np.ndarray | None]:
    """``(B, perm)``: ``a`` sorted along ``axis`` and the 0-based permutation (None when
    nothing moves: ``axis`` beyond the array's dimensions, or no elements)."""
    if axis >= a.ndim or a.size == 0:
        return np.array(a, copy=True).reshape(a.shape), None
    idx = order_along(a, axis, descend=descend, missing=missing, comparison=comparison)
    return np.take_along_axis(a, idx, axis=axis).copy(), idx


def _identity(perm: np.ndarray, axis: int) -> bool:
    shape = [1] * perm.ndim
    shape[axis] = perm.shape[axis]
    return bool(np.all(perm == np.arange(perm.shape[axis]).reshape(shape)))


def _strict(a: np.ndarray, axis: int, comparison: ComparisonMethod) -> bool:
    """No two neighbours along ``axis`` with equal sort keys (NaNs count as equal)."""
    if a.shape[axis] < 2:
        return True
    same = None
    for key in sort_keys(a, comparison):
        key = np.asarray(key)
        first = np.take(key, range(key.shape[axis] - 1), axis=axis)
        second = np.take(key, range(1, key.shape[axis]), axis=axis)
        equal = (first == second) | (_nan_mask(first) & _nan_mask(second))
        same = equal if same is None else same & equal
    return not bool(np.any(same))


def is_sorted(a: np.ndarray, axis: int, *, direction: str = "ascend",
              missing: MissingPlacement = "auto",
              comparison: ComparisonMethod = "auto") -> bool:
    """MATLAB's ``issorted`` along ``axis``: ``direction`` is 'ascend', 'descend',
    'monotonic' or one of them prefixed 'strict'. Sorted means MATLAB's stable sort in
    that direction (with the missing placement and comparison method) leaves every
    element in place; strict also refuses neighbours with equal keys."""
    if axis >= a.ndim or a.size == 0 or a.shape[axis] < 2:
        return True
    strict = direction.startswith("strict")
    base = direction[6:] if strict else direction
    ways = (False, True) if base == "monotonic" else (base == "descend",)
    nan_first = None if missing == "auto" else missing == "first"
    if a.dtype.kind in "biuf" and comparison != "abs":
        ordered = any(_in_order(a, axis, d, d if nan_first is None else nan_first)
                      for d in ways)
    else:
        keys, nanm = sort_keys(a, comparison), _nan_mask(a)
        ordered = any(_identity(_stable_order(keys, axis, d, nan_first, nanm), axis)
                      for d in ways)
    return ordered and (not strict or _strict(a, axis, comparison))


def _in_order(a: np.ndarray, axis: int, descend: bool, nan_first: bool) -> bool:
    """Real values (the sort key is the value): neighbours in order and the NaNs in one
    block at the wanted end -- the same answer as "the stable sort moves nothing", in
    one pass instead of a sort."""
    if a.dtype.kind == "b":
        a = a.astype(np.uint8)
    a = np.moveaxis(a, axis, -1)
    first, second = a[..., :-1], a[..., 1:]
    with np.errstate(invalid="ignore", over="ignore"):
        steps = (first >= second) if descend else (first <= second)
        # a NaN-free float array needs no NaN bookkeeping (its sum is a cheap test: NaN
        # only with a NaN inside, or +Inf and -Inf together, which takes the long way)
        plain = a.dtype.kind != "f" or not np.isnan(np.add.reduce(a, axis=None))
    if not plain:
        nan1, nan2 = np.isnan(first), np.isnan(second)
        misplaced = (nan2 & ~nan1) if nan_first else (nan1 & ~nan2)
        if np.any(misplaced):                        # a NaN out of its block
            return False
        steps |= nan1 | nan2
    return bool(np.all(steps))


def row_order(a: np.ndarray, columns: Sequence[int], descending: Sequence[bool], *,
              missing: MissingPlacement = "auto",
              comparison: ComparisonMethod = "auto") -> np.ndarray:
    """0-based row permutation sorting the 2-D ``a`` by ``columns`` (0-based, most
    significant first), each ascending or descending, stably.

    Sorts by the least significant column first; each pass is a stable sort, so the
    composition is the lexicographic order (ties in every column keep input order).
    """
    order = np.arange(a.shape[0])
    if not len(columns):
        return order
    for c, d in zip(reversed(columns), reversed(descending)):
        col = a[order, c]
        perm = order_along(col, 0, descend=d, missing=missing, comparison=comparison)
        order = order[perm]
    return order


def nonzero(x: np.ndarray, *, limit: int | None = None, last: bool = False) -> np.ndarray:
    """0-based positions in ``A(:)`` (column-major) of the nonzero elements (NaN is
    nonzero): all, or the first/last ``limit`` of them, in increasing order."""
    k = np.flatnonzero(x.ravel(order="F") != 0)
    if limit is not None:
        k = k[-limit:] if last else k[:limit]
    return k


def unique(a: np.ndarray, *, rows: bool = False, stable: bool = False,
           last: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """``(rep, ic)`` for MATLAB's unique values of ``A(:)`` (or unique rows of the 2-D
    ``a``): ``rep`` the 0-based position of each unique value's representative (first
    or ``last`` occurrence), in sorted or ``stable`` (first-appearance) order; ``ic``
    the 0-based unique value of each element. NaNs are all distinct."""
    if rows:
        m, n = a.shape
        order = row_order(a, list(range(n)), [False] * n)
        s = a[order]
        if m:
            with np.errstate(invalid="ignore"):
                differs = np.any(s[1:] != s[:-1], axis=1) if n else np.zeros(m - 1, bool)
            new = np.concatenate(([True], differs))
        else:
            new = np.zeros(0, bool)
    else:
        v = a.ravel(order="F")
        order = order_along(v, 0)
        s = v[order]
        with np.errstate(invalid="ignore"):
            new = np.concatenate(([True], s[1:] != s[:-1])) if v.size else np.zeros(0, bool)
    count = order.size
    group = np.cumsum(new) - 1  # group of each sorted position
    starts = np.flatnonzero(new)
    ends = np.append(starts[1:], count) - 1
    first = order[starts] if count else np.zeros(0, np.intp)
    rep = order[ends] if last and count else first     # no elements: no ends
    if stable:
        g_order = np.argsort(first, kind="stable")  # groups by first appearance
        rank = np.empty_like(g_order)
        rank[g_order] = np.arange(g_order.size)
        rep = rep[g_order]
        group = rank[group] if count else group
    ic = np.empty(count, np.intp)
    ic[order] = group
    return rep, ic


def _common(a, s):
    dt = np.result_type(a.dtype, s.dtype)
    if dt.kind == "b":
        dt = np.dtype(np.uint8)
    # + 0 turns -0.0 into +0.0 (the only values equal but not identical)
    return a.astype(dt) + dt.type(0), s.astype(dt) + dt.type(0)


def ismember(a: np.ndarray, s: np.ndarray, *, rows: bool = False,
             highest: bool = False) -> tuple[np.ndarray, np.ndarray]:
    """``(lia, loc)``: whether each element (row, with ``rows``) of ``a`` is in ``s``,
    and its lowest (``highest``) 0-based position in ``S(:)`` (row of ``s``), -1 for
    non-members. NaN is never a member; -0 equals 0. With ``rows`` both are 2-D with
    the same number of columns and the outputs have one entry per row."""
    if rows:
        return _member_rows(a, s, highest)
    av, sv = _common(a, s)
    sf = sv.ravel(order="F")
    af = av.ravel()  # shape restored below; any order works element by element
    if sf.size == 0 or af.size == 0:
        return np.zeros(a.shape, bool), np.full(a.shape, -1, np.intp)
    if highest:
        rev = sf[::-1]
        order = np.argsort(rev, kind="stable")
        ss = rev[order]
        loc_of = sf.size - 1 - order  # index in sf of the last occurrence
    else:
        order = np.argsort(sf, kind="stable")  # ties: lowest index first
        ss = sf[order]
        loc_of = order
    pos = np.searchsorted(ss, af, side="left")
    pos_c = np.minimum(pos, ss.size - 1)
    with np.errstate(invalid="ignore"):
        found = (pos < ss.size) & (ss[pos_c] == af)
    loc = np.where(found, loc_of[pos_c], -1)
    return found.reshape(a.shape), loc.reshape(a.shape)


def _member_rows(a, s, highest):
    av, sv = _common(a, s)
    m, n = av.shape
    if sv.shape[0] == 0 or m == 0:
        return np.zeros(m, bool), np.full(m, -1, np.intp)
    # sort the rows of [S; A] together; a row of A is a member when the sorted block
    # it falls in starts with a row of S equal to it (S rows come first among ties)
    both = np.concatenate([sv, av])
    src = np.concatenate([np.arange(sv.shape[0]), -1 - np.arange(m)])
    if highest:
        both = np.concatenate([sv[::-1], av])
        src = np.concatenate([np.arange(sv.shape[0])[::-1], -1 - np.arange(m)])
    order = row_order(both, list(range(n)), [False] * n)
    sb = both[order]
    with np.errstate(invalid="ignore"):
        new = np.concatenate(([True], np.any(sb[1:] != sb[:-1], axis=1))) if n else \
            np.concatenate(([True], np.zeros(both.shape[0] - 1, bool)))
    gstart = np.maximum.accumulate(np.where(new, np.arange(sb.shape[0]), 0))
    head = src[order][gstart]  # source of the first row of each block
    lia = np.zeros(m, bool)
    loc = np.full(m, -1, np.intp)
    isa = src[order] < 0
    arow = -1 - src[order][isa]
    ok = head[isa] >= 0
    lia[arow] = ok
    loc[arow] = np.where(ok, head[isa], -1)
    return lia, loc
