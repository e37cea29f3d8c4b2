"""Set operations on MATLAB's sort order: the core of ``intersect``, ``union``,
``setdiff`` and ``setxor`` (``unique`` and ``ismember`` live in
:mod:`compat._core.sorting`, whose ``unique`` this module shares).

Both inputs arrive as one array each of a common type, already flattened to
``A(:)`` (column-major) or, with ``rows``, as 2-D matrices with the same number of
columns. Every element (row) of ``[A(:); B(:)]`` gets the number of its distinct value
in MATLAB's sorted order (:func:`compat._core.sorting.unique`: NaNs are all distinct and
sort last, ``-0`` equals ``0``, complex values by ``abs`` then ``angle``); the four
operations are then integer bookkeeping on those numbers.

Python-shaped: options arrive parsed (``stable``), every index is 0-based; the legacy
layer (:mod:`compat.matlab.sets`) reads MATLAB's grammar, builds ``C`` and turns the
indices into MATLAB's 1-based doubles and orientations.
"""

from __future__ import annotations

from typing import NamedTuple

import numpy as np

from compat._core import sorting

__all__ = ["SetSelection", "intersect", "setdiff", "union", "setxor"]


class SetSelection(NamedTuple):
    """Which elements make ``C``: ``take`` indexes ``[A(:); B(:)]`` (rows of
    ``[A; B]``) in the order of ``C``; ``ia``/``ib`` are the 0-based indices into ``A``
    and ``B`` of the elements of ``C`` taken from each, in the order of ``C``."""

    take: np.ndarray
    ia: np.ndarray
    ib: np.ndarray


def _groups(a: np.ndarray, b: np.ndarray, rows: bool):
    """Group numbers (sorted order) of the elements of ``a`` and ``b``, the number of
    groups, and the 0-based first occurrence of every group in ``a`` and in ``b``
    (-1 where absent)."""
    both = np.concatenate([a, b], axis=0)
    na = a.shape[0]
    if both.shape[0] == 0:
        empty = np.zeros(0, np.intp)
        return empty, empty, 0, empty, empty
    _, ic = sorting.unique(both, rows=rows)
    ga, gb = ic[:na], ic[na:]
    count = int(ic.max()) + 1
    return ga, gb, count, _first(ga, count), _first(gb, count)


def _first(groups: np.ndarray, count: int) -> np.ndarray:
    first = np.full(count, -1, np.intp)
    positions = np.arange(groups.size)
    first[groups[::-1]] = positions[::-1]  # later writes win: the first occurrence
    return first


def _select(groups: np.ndarray, fa: np.ndarray, fb: np.ndarray, na: int,
            from_a: np.ndarray) -> SetSelection:
    ia = fa[groups[from_a]]
    ib = fb[groups[~from_a]]
    take = np.where(from_a, fa[groups], na + fb[groups])
    return SetSelection(take.astype(np.intp), ia.astype(np.intp), ib.astype(np.intp))


def intersect(a: np.ndarray, b: np.ndarray, *, rows: bool = False,
              stable: bool = False) -> SetSelection:
    """The values (rows) in both ``a`` and ``b``, once each, sorted or in the order
    they appear in ``a``; ``ia``/``ib`` their first occurrences. NaN is in no
    intersection."""
    ga, gb, count, fa, fb = _groups(a, b, rows)
    common = np.flatnonzero((fa >= 0) & (fb >= 0))
    if stable:
        common = common[np.argsort(fa[common], kind="stable")]
    sel = _select(common, fa, fb, a.shape[0], np.ones(common.size, bool))
    return SetSelection(sel.take, sel.ia, fb[common].astype(np.intp))


def setdiff(a: np.ndarray, b: np.ndarray, *, rows: bool = False,
            stable: bool = False) -> SetSelection:
    """The values (rows) of ``a`` not in ``b``, once each (every NaN of ``a``),
    sorted or in the order they appear in ``a``; ``ia`` their first occurrences."""
    ga, gb, count, fa, fb = _groups(a, b, rows)
    only = np.flatnonzero((fa >= 0) & (fb < 0))
    if stable:
        only = only[np.argsort(fa[only], kind="stable")]
    return _select(only, fa, fb, a.shape[0], np.ones(only.size, bool))


def union(a: np.ndarray, b: np.ndarray, *, rows: bool = False,
          stable: bool = False) -> SetSelection:
    """Every value (row) of ``a`` or ``b`` once (every NaN of both), sorted, or with
    'stable' those of ``a`` in their order of appearance followed by those only in
    ``b`` in theirs. A value in both is taken from ``a`` (``ia``); ``ib`` indexes the
    values only in ``b``."""
    ga, gb, count, fa, fb = _groups(a, b, rows)
    groups = np.arange(count)
    in_a = fa >= 0
    if stable:
        ga_order = groups[in_a][np.argsort(fa[in_a], kind="stable")]
        gb_order = groups[~in_a][np.argsort(fb[~in_a], kind="stable")]
        groups = np.concatenate([ga_order, gb_order])
    return _select(groups, fa, fb, a.shape[0], fa[groups] >= 0)


def setxor(a: np.ndarray, b: np.ndarray, *, rows: bool = False,
           stable: bool = False) -> SetSelection:
    """The values (rows) in exactly one of ``a`` and ``b``, once each (every NaN of
    both), sorted, or those of ``a`` in their order followed by those of ``b`` in
    theirs."""
    ga, gb, count, fa, fb = _groups(a, b, rows)
    a_only = np.flatnonzero((fa >= 0) & (fb < 0))
    b_only = np.flatnonzero((fa < 0) & (fb >= 0))
    if stable:
        groups = np.concatenate([a_only[np.argsort(fa[a_only], kind="stable")],
                                 b_only[np.argsort(fb[b_only], kind="stable")]])
    else:
        groups = np.sort(np.concatenate([a_only, b_only]))
    return _select(groups, fa, fb, a.shape[0], fa[groups] >= 0)
