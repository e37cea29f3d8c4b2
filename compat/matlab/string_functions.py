"""MATLAB's string functions (R2016b and later, for string arrays, char vectors and
cell arrays of text): ``contains``, ``startsWith``, ``endsWith``, ``replace``,
``split``, ``join``.

Text follows compat's representation (:mod:`compat._core.matlab_text`), as in
:mod:`compat.matlab.text` (strcmp, strrep, strsplit, strjoin ...): a char row vector is
a ``str``, a cell array a ``list``, a string array a numpy ``str`` array; results follow
the input kind.
"""

from __future__ import annotations

import re

import numpy as np

from compat._core.args import name_value
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_text import (casefold as _casefold, flag as _flag, map_text,
                                     rebuild, text_items, text_list as _patterns,
                                     text_scalar as _text_scalar)
from compat.matlab._text_docs import TEXT_DOCS as _DOCS
from compat.matlab.text import strsplit

__all__ = ["contains", "startswith", "endswith", "replace", "split", "join"]

__legacy_names__ = {"startsWith": "startswith", "endsWith": "endswith"}


# ------------------------------------------------------ string-array style tests
def _ignore_case(options, kwargs):
    opts = name_value(None, options, kwargs, {"IgnoreCase": False})
    return _flag(opts["IgnoreCase"], "IgnoreCase")


def _any_pattern(text, pattern, options, kwargs, test):
    patterns = _patterns(pattern)
    fold = _ignore_case(options, kwargs)
    if fold:
        patterns = [_casefold(p) for p in patterns]

    def check(t):
        if t is None:          # <missing> matches no pattern (false), as MATLAB's
            return False       # comparisons of a missing string are false
        t = _casefold(t) if fold else t
        return any(test(t, p) for p in patterns)
    kind, items, shape = text_items(text, "str", allow_missing=True)
    return rebuild(kind, [check(t) for t in items], shape, result_kind="logical")


@matlab_function("contains")
def contains(text, pattern, *options, **name_values):
    """True where a text contains any of the patterns, as MATLAB's ``contains``.

    MATLAB call forms::

        TF = contains(str, pattern)                  ->  contains('abc', 'b')
        TF = contains(str, pattern, 'IgnoreCase', true)

    ``pattern`` may be a list of patterns (any one counts); an empty pattern is found
    in every text. Returns a ``bool`` for a char vector, else a bool array of the
    cell's shape.

    Examples
    --------
    >>> from compat.matlab import contains
    >>> contains(['Anne', 'Elizabeth', 'Marianne'], 'anne')
    array([False, False,  True])
    >>> contains(['Anne', 'Elizabeth', 'Marianne'], 'anne', 'IgnoreCase', True)
    array([ True, False,  True])
    """
    return _any_pattern(text, pattern, options, name_values, lambda t, p: p in t)


@matlab_function("startsWith")
def startswith(text, pattern, *options, **name_values):
    """True where a text starts with any of the patterns, as MATLAB's ``startsWith``.

    MATLAB call forms::

        TF = startsWith(str, pattern)                ->  matlab.startswith(...)
        TF = startsWith(str, pattern, 'IgnoreCase', true)

    Examples
    --------
    >>> from compat.matlab import startswith
    >>> startswith(['data_1.txt', 'info.txt'], 'data')
    array([ True, False])
    """
    return _any_pattern(text, pattern, options, name_values,
                        lambda t, p: t.startswith(p))


@matlab_function("endsWith")
def endswith(text, pattern, *options, **name_values):
    """True where a text ends with any of the patterns, as MATLAB's ``endsWith``.

    MATLAB call forms::

        TF = endsWith(str, pattern)                  ->  matlab.endswith(...)
        TF = endsWith(str, pattern, 'IgnoreCase', true)

    Examples
    --------
    >>> from compat.matlab import endswith
    >>> endswith(['a.txt', 'b.csv'], ['.csv', '.dat'])
    array([False,  True])
    """
    return _any_pattern(text, pattern, options, name_values,
                        lambda t, p: t.endswith(p))


@matlab_function("replace")
@_DOCS.named()
def replace(text, old, new):
    """Replace every (non-overlapping) occurrence, as MATLAB's ``replace``.

    MATLAB call forms::

        newStr = replace(str, old, new)  ->  replace('aaa', 'aa', 'b')     # 'ba'
                                         ->  replace(s, {'a', 'b'}, {'1', '2'})

    Occurrences are found left to right without overlap (unlike :func:`strrep`).
    ``old`` may be a list of texts; ``new`` then one replacement for all or one per
    ``old``.

    {{text_in_text_out}}

    Examples
    --------
    >>> from compat.matlab import replace
    >>> replace('aaa', 'aa', 'b')
    'ba'
    >>> replace('The quick fox', ['quick', 'fox'], ['slow', 'dog'])
    'The slow dog'
    """
    olds = _patterns(old, "old")
    news = _patterns(new, "new")
    if len(news) != 1 and len(news) != len(olds):
        raise CompatValueError("new must be a single text or have one text per old text")
    table = {}
    for k, o in enumerate(olds):
        table.setdefault(o, news[0] if len(news) == 1 else news[k])
    keys = [o for o in olds if o]
    if not keys:
        return map_text(text, lambda t: t)
    pattern = re.compile("|".join(re.escape(o) for o in keys))
    return map_text(text, lambda t: pattern.sub(lambda m: table[m.group()], t))


@matlab_function("split")
def split(text, delimiter=None, *options, **name_values):
    """Split text into a column of pieces, as MATLAB's ``split``.

    MATLAB call forms::

        newStr = split(str)                  ->  split('a b  c')          # whitespace
        newStr = split(str, delimiter)       ->  split('a,b', ',')
        newStr = split(..., 'CollapseDelimiters', false)

    The pieces of a char vector (or a 1-element cell) form a column cell: a flat list.
    For a list of N texts that all split into M pieces, the result is N x M (a list of
    lists); a numpy ``str`` array gives a ``str`` array. A string array (numpy
    ``StringDType``) gives a string array with the pieces along its first trailing
    dimension of size 1 (MathWorks' split page): a string scalar N x 1, an M x 1 array
    M x N, a 1 x M array 1 x M x N, a 1-D array of M elements M x N. Delimiters
    collapse by default, as in :func:`strsplit`.

    Examples
    --------
    >>> from compat.matlab import split
    >>> split('a b  c')
    ['a', 'b', 'c']
    >>> split(['a-b', 'c-d'], '-')
    [['a', 'b'], ['c', 'd']]
    """
    kind, items, shape = text_items(text, "str")
    parts = [strsplit(t, delimiter if delimiter is not None else None, *options,
                      **name_values) if delimiter is not None else
             strsplit(t, *options, **name_values) for t in items]
    if kind == "stringdtype":
        return _split_strings(parts, shape)
    if kind == "char" or len(items) == 1:
        result = parts[0]
        return np.array(result, dtype=str) if kind == "string" else result
    if len({len(p) for p in parts}) != 1:
        raise CompatValueError("every text must split into the same number of pieces "
                               "(MATLAB cannot build the array otherwise)")
    if kind == "string":
        return np.array(parts, dtype=str)
    return [list(p) for p in parts]


def _split_strings(parts, shape):
    """split of a string array: the pieces along its first trailing dimension of size
    1 (MathWorks' split page: "If str is a string scalar [...] newStr is an N-by-1
    string array"; an M-by-1 array gives M-by-N; otherwise the pieces go along the first
    trailing singleton dimension), a string array of the input's dtype."""
    if len({len(p) for p in parts}) > 1:
        raise CompatValueError("every text must split into the same number of pieces "
                               "(MATLAB cannot build the array otherwise)")
    n = len(parts[0]) if parts else 0
    dims = tuple(shape) if int(np.prod(shape)) != 1 else (1, 1)
    k = len(dims)
    while k > 0 and dims[k - 1] == 1:
        k -= 1
    out_shape = dims[:k] + (n,) + dims[k + 1:]
    return np.array([p for piece in parts for p in piece] if parts else [],
                    dtype=shape.dtype).reshape(out_shape)


@matlab_function("join")
def join(text, delimiter=" "):
    """Join texts with a delimiter, as MATLAB's ``join`` (along the last dimension).

    MATLAB call forms::

        newStr = join(str)               ->  join({'a', 'b'})          # 'a b'
        newStr = join(str, delimiter)    ->  join({'a', 'b'}, '-')

    A flat list (a 1xN cell) or 1-D ``str`` array joins into one text (``str`` for a
    list, a 1-element ``str`` array for a ``str`` array); a list of lists (or a 2-D
    ``str`` array) joins each row. A string array (numpy ``StringDType``) joins along
    its last dimension whose size is not 1 into a string array with that dimension 1
    (MathWorks' join page: 3 x 2 gives 3 x 1; 1-D gives one element). The delimiter is
    used as given (no escape sequences, unlike :func:`strjoin`).

    Examples
    --------
    >>> from compat.matlab import join
    >>> join(['x', 'y', 'z'], ', ')
    'x, y, z'
    >>> join([['a', 'b'], ['c', 'd']])
    ['a b', 'c d']
    """
    d = _text_scalar(delimiter, "delimiter")
    if isinstance(text, np.ndarray) and text.dtype.kind == "T":
        # MathWorks' join page: a string array is joined "along the last dimension of
        # str with a size that does not equal 1"; the result is a string array with
        # that dimension 1 (a 1-D array gives one element)
        text_items(text, "str")                  # refuses <missing> elements
        a = text if text.ndim else text.reshape(1)
        axis = max([k for k, n in enumerate(a.shape) if n != 1] or [a.ndim - 1])
        moved = np.moveaxis(a, axis, -1)
        joined = [d.join(str(v) for v in row) for row in
                  moved.reshape(-1, moved.shape[-1]).tolist()]
        out = np.array(joined, dtype=text.dtype).reshape(moved.shape[:-1] + (1,))
        return np.moveaxis(out, -1, axis)
    if isinstance(text, np.ndarray) and text.dtype.kind == "U":
        if text.ndim <= 1:
            return np.array([d.join(str(t) for t in text.ravel())])
        return np.array([d.join(str(t) for t in row) for row in
                         text.reshape(-1, text.shape[-1])]).reshape(text.shape[:-1] + (1,))
    if isinstance(text, (list, tuple)) and text and all(isinstance(r, (list, tuple))
                                                        for r in text):
        return [d.join(text_items(row, "str")[1]) for row in text]
    kind, items, _ = text_items(text, "str")
    return d.join(items)
