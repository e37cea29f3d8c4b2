"""MATLAB's sorting and searching functions: ``sort``, ``sortrows``, ``unique``,
``ismember``, ``find``.

The legacy layer of the family: each function reads MATLAB's argument grammar (``dim``,
direction strings, column specs, option strings, name-value pairs, ``nargout``), calls
the core :mod:`compat._core.sorting` (MATLAB's stable sort order over ``A(:)``) and
gives the results MATLAB's form: 1-based indices as doubles, row or column
orientation, declared result types for several outputs.
"""

from __future__ import annotations

import numpy as np

from compat.matlab._datetime_types import is_time_array
from compat._core import sorting as core
from compat._core.args import (first_nonsingleton, is_omitted, matlab_dim, name_value,
                              option_choice)
from compat._core.docs import Fragments
from compat._core.errors import CompatValueError, legacy_warn
from compat._core.legacy import matlab_function
from compat._core.matlab_text import (char_codes_grid as _char_codes_grid,
                                     chars_from_codes as _chars_from_codes)
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["sort", "sortrows", "issorted", "unique", "ismember", "find", "SortResult",
           "SortrowsResult", "UniqueResult", "IsmemberResult", "FindResult"]


class SortResult(Result):
    """``[B, I] = sort(...)``."""

    request_style = "nargout"
    B: np.ndarray
    I: np.ndarray  # noqa: E741 - MATLAB's name


class SortrowsResult(Result):
    """``[B, index] = sortrows(...)``."""

    request_style = "nargout"
    B: np.ndarray
    index: np.ndarray


class UniqueResult(Result):
    """``[C, ia, ic] = unique(...)``."""

    request_style = "nargout"
    C: np.ndarray
    ia: np.ndarray
    ic: np.ndarray


class IsmemberResult(Result):
    """``[Lia, Locb] = ismember(...)``."""

    request_style = "nargout"
    Lia: np.ndarray
    Locb: np.ndarray


class FindResult(Result):
    """``[row, col, v] = find(...)``."""

    request_style = "nargout"
    row: np.ndarray
    col: np.ndarray
    v: np.ndarray


_DOCS = Fragments(
    options="""
        MissingPlacement : {'auto', 'first', 'last'}
            Where NaNs go: 'auto' (default) puts them last for 'ascend' and first for
            'descend'.
        ComparisonMethod : {'auto', 'real', 'abs'}
            'auto' sorts real input by value and complex input by ``abs`` then ``angle``;
            'real' sorts complex input by real part then imaginary part; 'abs' sorts by
            magnitude then angle (so ``-1`` comes after ``1`` when ascending).""",
    sources="""
        Sources: MATLAB ``{{name}}`` reference page
        ({{topics}}).""",
)


def _order_options(args, kwargs) -> dict:
    """``MissingPlacement`` and ``ComparisonMethod`` name-value pairs, lower-cased and
    checked, as the core's ``missing`` and ``comparison``."""
    opts = name_value(None, args, kwargs,
                      {"MissingPlacement": "auto", "ComparisonMethod": "auto"})
    return {"missing": option_choice("MissingPlacement", opts["MissingPlacement"],
                                     ("auto", "first", "last")),
            "comparison": option_choice("ComparisonMethod", opts["ComparisonMethod"],
                                        ("auto", "real", "abs"))}


def _one_based(index) -> np.ndarray:
    """0-based numpy indices as MATLAB's 1-based doubles."""
    return np.asarray(np.asarray(index) + 1, dtype=np.float64)


def _cellstr(value):
    """A cell array of character vectors (a non-empty list/tuple of ``str``) as a list,
    else None."""
    if isinstance(value, (list, tuple)) and value and all(isinstance(w, str) for w in value):
        return list(value)
    return None


def _text_ranks(*texts):
    """MATLAB's text order (character codes; Python's ``str`` order for text in the
    Basic Multilingual Plane): the sorted distinct texts, and each list as float ranks,
    so the numeric rules (stable order, first/last occurrence, lowest index) apply."""
    vocab = sorted(set().union(*texts))
    rank = {w: float(i) for i, w in enumerate(vocab)}
    return vocab, [np.array([rank[w] for w in t], dtype=np.float64) for t in texts]


def _is_strings(value) -> bool:
    """A MATLAB string array: a numpy ``StringDType`` array (compat._core.matlab_text)."""
    return isinstance(value, np.ndarray) and value.dtype.kind == "T"


def _string_ranks(*values):
    """String arrays (and char rows / cells beside them) as float ranks in MATLAB's text
    order, a ``<missing>`` element as NaN: MATLAB orders, unifies and matches missing
    strings as it does NaN (sort places them last ascending and first descending,
    unique keeps each one, ismember finds none). Returns the sorted distinct texts and
    one rank array per value, in its shape (a char row: a 0-d array)."""
    lists = []
    for v in values:
        if _is_strings(v):
            lists.append([w if isinstance(w, str) else None for w in v.ravel().tolist()])
        elif isinstance(v, str):
            lists.append([v])
        else:
            lists.append(list(v))
    vocab = sorted({w for t in lists for w in t if w is not None})
    rank = {w: float(i) for i, w in enumerate(vocab)}
    out = []
    for v, t in zip(values, lists):
        r = np.array([np.nan if w is None else rank[w] for w in t], dtype=np.float64)
        out.append(r.reshape(v.shape) if _is_strings(v) else
                   (r.reshape(()) if isinstance(v, str) else r))
    return vocab, out


def _strings_back(ranks, vocab, dtype):
    """Float ranks (NaN: <missing>) back as a string array of ``dtype``."""
    from compat._core.matlab_text import string_array
    ranks = np.asarray(ranks)
    return string_array([None if np.isnan(r) else vocab[int(r)] for r in ranks.ravel()],
                        ranks.shape, dtype)


def _drop_rows_for_cells(options):
    if any(isinstance(o, str) and o.lower() == "rows" for o in options):
        legacy_warn("The 'rows' input is not supported for cell array inputs.")
        return tuple(o for o in options if not (isinstance(o, str) and o.lower() == "rows"))
    return options


# ------------------------------------------------------------------------------- sort
@matlab_function("sort", nargout=2)
@_DOCS.named(topics="direction, dim, 'MissingPlacement', 'ComparisonMethod',\n"
                    "stability, complex ordering by ``abs`` then ``angle``")
def sort(A, *args, nargout=1, **kwargs):
    """Sort array elements, as MATLAB's ``sort``.

    MATLAB call forms::

        B = sort(A)                           ->  sort(A)
        B = sort(A, dim)                      ->  sort(A, 2)
        B = sort(A, 'descend')                ->  sort(A, 'descend')
        B = sort(A, dim, 'descend')           ->  sort(A, 1, 'descend')
        B = sort(___, 'MissingPlacement', mp) ->  sort(A, 'MissingPlacement', 'first')
        B = sort(___, 'ComparisonMethod', c)  ->  sort(A, 'ComparisonMethod', 'abs')
        [B, I] = sort(___)                    ->  B, I = sort(A, nargout=2)

    Parameters
    ----------
    A : array_like or list of str
        Numeric or logical array (MATLAB's (row, column) layout; 1-D is a vector). A
        Python number or list is a MATLAB double literal. A cell array of character
        vectors (a flat list of ``str``) is sorted by character codes (``'B' < 'a'``,
        a prefix first), stably, 'ascend' or 'descend'; ``B`` is a list and ``I`` 1-D.
        A string array (numpy ``StringDType``) is sorted by the same text order along
        ``dim``, ``<missing>`` elements placed as NaN is; ``B`` is a string array of
        its dtype.
    dim : int, optional
        MATLAB dimension (1-based); default the first non-singleton dimension. A
        ``dim`` beyond ``ndim`` leaves ``A`` unchanged (``I`` all ones).
    direction : {'ascend', 'descend'}
        Default 'ascend'.
    {{options}}
    nargout : {1, 2}
        ``2`` also returns ``I``.

    Returns
    -------
    B : ndarray
        Same shape and class as ``A``.
    I : ndarray of float64 (``nargout=2``)
        **1-based** positions along ``dim`` such that ``B = A(I)`` along that
        dimension (MATLAB returns indices as double). ``nargout=2`` returns a
        :class:`SortResult` ``(B, I)``.

    Notes
    -----
    The sort is stable in **both** directions: equal elements keep their original order
    for 'descend' too. The naive ``np.sort(A)[::-1]`` / ``np.argsort(-A)`` are wrong
    here: reversing an ascending sort reverses the order of ties (different ``I``),
    ``np.argsort`` without ``kind='stable'`` is not stable at all, ``-A`` overflows for
    ``intmin`` and unsigned classes, and ``np.sort`` sorts along the **last** axis
    (MATLAB: the first non-singleton dimension, i.e. down the columns of a matrix) and
    returns 0-based indices. numpy also orders complex numbers by real part then
    imaginary part; MATLAB by magnitude then angle.

    Complex data ('auto' and 'abs'): by ``abs``, then ``angle`` in (-pi, pi], so
    ``abs``-ties go 0-Infi, Inf+1i, -Inf (angles -pi/2, ~0, pi) and all infinite values
    come after the finite ones; 'real': by real part, then imaginary part. An element
    with NaN in either part is missing (``isnan``): the missing elements form one block,
    last ascending and first descending ('MissingPlacement' moves it), **in index
    order** in both directions and for every ComparisonMethod (MATLAB's sort help:
    missing elements are placed as a block; Octave 7.3 keeps them in index order; golden
    suite ``matlab/sort``, cases ``complex_nan_inf_both_directions`` and
    ``real_nan_inf_descend``).

    {{sources}}
    GNU Octave 7.3 agrees on every case the tests run (it has no name-value options).

    Examples
    --------
    >>> from compat.matlab import sort
    >>> B, I = sort([3, 1, 2, 1], nargout=2)
    >>> B, I
    (array([1., 1., 2., 3.]), array([2., 4., 3., 1.]))
    >>> sort([[3, 7], [1, 5]], 'descend')          # down each column
    array([[3., 7.],
           [1., 5.]])
    >>> sort([2.0, float('nan'), 1.0], 'descend')  # NaN first when descending
    array([nan,  2.,  1.])
    >>> sort([1, -2, 3j], 'ComparisonMethod', 'abs')
    array([ 1.+0.j, -2.+0.j,  0.+3.j])
    >>> sort(['b', 'A', 'a', 'B'], nargout=2)
    SortResult(B=['A', 'B', 'a', 'b'], I=array([2., 4., 3., 1.]))
    """
    if _is_strings(A):
        # a string array: sorted by text (character codes), <missing> as NaN, back as
        # a string array of its dtype (MathWorks' sort page: "If A is a string array,
        # then sort sorts the elements ... missing strings ... as NaN")
        vocab, (ranks,) = _string_ranks(A)
        out = sort(ranks, *args, nargout=nargout, **kwargs)
        if nargout == 1:
            return _strings_back(out, vocab, A.dtype)
        return SortResult(B=_strings_back(out.B, vocab, A.dtype), I=out.I)
    texts = _cellstr(A)
    if texts is not None:
        vocab, (ranks,) = _text_ranks(texts)
        out = sort(ranks, *args, nargout=nargout, **kwargs)
        if nargout == 1:
            return [vocab[int(v)] for v in out]
        return SortResult(B=[vocab[int(v)] for v in out.B], I=out.I)
    if isinstance(A, np.ndarray) and A.dtype.kind == "U" and A.ndim:
        # a char matrix (compat._core.matlab_text): its character codes sorted as
        # numbers (the same order), back as a char matrix of equal-length rows
        out = sort(_char_codes_grid(A, "sort"), *args, nargout=nargout, **kwargs)
        if nargout == 1:
            return _chars_from_codes(out)
        return SortResult(B=_chars_from_codes(out.B), I=out.I)
    if is_time_array(A) and not kwargs and len(args) <= 1 and \
            all(isinstance(a, str) and a.lower() in ("ascend", "descend") for a in args):
        B, order = A.sorted(bool(args) and args[0].lower() == "descend")
        return B if nargout == 1 else (B, (order + 1.0).reshape(B.shape))
    a = matlab_array(A, "input")
    args = list(args)
    dim = None
    if args and not isinstance(args[0], str):
        dim = args.pop(0)
        if is_omitted(dim):
            dim = None
    descend = False
    if args and isinstance(args[0], str) and args[0].lower() in ("ascend", "descend"):
        descend = args.pop(0).lower() == "descend"
    options = _order_options(args, kwargs)
    axis = first_nonsingleton(a.shape) - 1 if dim is None else matlab_dim(None, dim, a.ndim)
    B, perm = core.sort(a, axis=axis, descend=descend, **options)
    if nargout == 1:
        return B
    return SortResult(B=B, I=np.ones(a.shape, np.float64) if perm is None else
                      _one_based(perm))


# --------------------------------------------------------------------------- sortrows
def _is_dirlist(x):
    return isinstance(x, (list, tuple)) and len(x) > 0 and all(isinstance(s, str) for s in x)


def _column_spec(column, n):
    """``column`` (1-based, negative: descending) as 0-based columns and directions."""
    spec = np.asarray(column).ravel()
    if spec.dtype.kind not in "iuf" or np.any(spec != np.round(spec)) or \
            np.any(spec == 0) or np.any(np.abs(spec) > n):
        raise CompatValueError(f"column must be a vector of nonzero integers with absolute "
                               f"values from 1 to {n}, got {column!r}")
    return [int(abs(c)) - 1 for c in spec], [bool(c < 0) for c in spec]


@matlab_function("sortrows", nargout=2)
@_DOCS.named(topics="column with negative entries, direction per column,\n"
                    "stability, NaN placement")
def sortrows(A, *args, nargout=1, **kwargs):
    """Sort the rows of a matrix, as MATLAB's ``sortrows``.

    MATLAB call forms::

        B = sortrows(A)                  ->  sortrows(A)
        B = sortrows(A, column)          ->  sortrows(A, [2, -3])
        B = sortrows(___, direction)     ->  sortrows(A, 'descend'),
                                             sortrows(A, [1, 2], ['ascend', 'descend'])
        B = sortrows(___, 'MissingPlacement', mp, 'ComparisonMethod', c)
        [B, index] = sortrows(___)       ->  B, index = sortrows(A, nargout=2)

    Parameters
    ----------
    A : array_like
        Numeric or logical matrix (a 1-D array is one row).
    column : sequence of int, optional
        1-based columns to sort by, in order of significance; a negative entry sorts
        that column in descending order. Default: all columns, left to right.
    direction : {'ascend', 'descend'} or a list of them
        One direction for all columns or one per entry of ``column``.
    MissingPlacement, ComparisonMethod
        As in :func:`compat.matlab.sort` (NaN last ascending and first descending by
        default; complex by ``abs`` then ``angle``).
    nargout : {1, 2}
        ``2`` also returns ``index``.

    Returns
    -------
    B : ndarray
        The rows of ``A`` in sorted order (same class).
    index : ndarray of float64, shape (m, 1)
        **1-based** row indices, ``B = A(index, :)``. ``nargout=2`` returns a
        :class:`SortrowsResult` ``(B, index)``.

    Notes
    -----
    The naive ``A[np.lexsort(A.T[::-1])]`` sorts ties stably but has no descending
    columns, no NaN placement rule for descending columns and orders complex values by
    real part; ``np.unique(A, axis=0)`` drops repeated rows. MATLAB's order is stable:
    rows equal in every sort column keep their input order (also for 'descend').

    {{sources}}
    Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import sortrows
    >>> A = [[3, 1], [1, 2], [3, 0], [1, 1]]
    >>> sortrows(A)
    array([[1., 1.],
           [1., 2.],
           [3., 0.],
           [3., 1.]])
    >>> B, i = sortrows(A, [-1, 2], nargout=2)
    >>> B
    array([[3., 0.],
           [3., 1.],
           [1., 1.],
           [1., 2.]])
    >>> i.ravel()
    array([3., 1., 4., 2.])
    """
    a = matlab_array(A, "input")
    one_d = a.ndim == 1
    if a.ndim == 0:
        a = a.reshape(1, 1)
    elif one_d:
        a = a.reshape(1, -1)
    elif a.ndim > 2:
        raise CompatValueError(f"A must be a 2-D matrix, got {a.ndim} dimensions")
    m, n = a.shape
    args = list(args)
    column = None
    if args and not isinstance(args[0], str) and not _is_dirlist(args[0]):
        column = args.pop(0)
    direction = None
    if args and (_is_dirlist(args[0]) or (isinstance(args[0], str) and
                                           args[0].lower() in ("ascend", "descend"))):
        direction = args.pop(0)
    options = _order_options(args, kwargs)
    given = column is not None and not is_omitted(column)
    cols, desc = _column_spec(column, n) if given else (list(range(n)), [False] * n)
    if direction is not None:
        dirs = [direction] if isinstance(direction, str) else list(direction)
        dirs = [str(d).lower() for d in dirs]
        if any(d not in ("ascend", "descend") for d in dirs):
            raise CompatValueError(f"direction must be 'ascend' or 'descend', got "
                                   f"{direction!r}")
        if len(dirs) == 1:
            dirs = dirs * len(cols)
        if len(dirs) != len(cols):
            raise CompatValueError(f"the number of directions ({len(dirs)}) must match "
                                   f"the number of sort columns ({len(cols)})")
        if given and any(desc):
            raise CompatValueError("negative column numbers cannot be combined with a "
                                   "direction argument")
        desc = [d == "descend" for d in dirs]
    order = core.row_order(a, cols, desc, **options)
    B = a[order].copy()
    if one_d:
        B = B.reshape(-1)
    if nargout == 1:
        return B
    return SortrowsResult(B=B, index=_one_based(order).reshape(-1, 1))


# ----------------------------------------------------------------------------- unique
_UNIQUE_OPTIONS = ("sorted", "stable", "first", "last", "rows", "legacy")


# --------------------------------------------------------------------------- issorted
_DIRECTIONS = ("ascend", "descend", "monotonic", "strictascend", "strictdescend",
               "strictmonotonic")


def _cellstr_sorted(items: list[str], direction: str) -> bool:
    """A cell array of character vectors: MATLAB compares text by character codes."""
    strict = direction.startswith("strict")
    base = direction[6:] if strict else direction
    pairs = list(zip(items, items[1:]))
    up = all(a < b if strict else a <= b for a, b in pairs)
    down = all(a > b if strict else a >= b for a, b in pairs)
    return {"ascend": up, "descend": down, "monotonic": up or down}[base]


@matlab_function("issorted")
def issorted(A, *args, **kwargs):
    """True when an array is sorted, as MATLAB's ``issorted``.

    MATLAB call forms::

        TF = issorted(A)                      ->  issorted(A)
        TF = issorted(A, dim)                 ->  issorted(A, 2)
        TF = issorted(___, direction)         ->  issorted(A, 'strictdescend')
        TF = issorted(___, Name, Value)       ->  issorted(A, 'ComparisonMethod', 'abs')
        TF = issorted(A, 'rows')              ->  issorted(A, 'rows')

    Parameters
    ----------
    A : array_like or list of str
        Numeric, logical or char array, or a cell array (list) of character vectors.
    dim : int, optional
        The dimension checked (default the first whose size is not 1); a matrix is
        sorted when every column (row, for dim 2) is.
    direction : str
        'ascend' (default), 'descend', 'monotonic' (either), or 'strictascend',
        'strictdescend', 'strictmonotonic' (no two equal neighbours).
    MissingPlacement, ComparisonMethod
        As :func:`sort`: NaN last when ascending and first when descending by default;
        complex values by ``abs`` then ``angle``.

    Returns
    -------
    numpy.bool_
        MATLAB's logical scalar.

    Notes
    -----
    ``A`` is sorted exactly when MATLAB's stable ``sort`` with the same options leaves
    every element in place (compat's :func:`sort`, so the two always agree).
    ``numpy.all(numpy.diff(a) >= 0)`` says False for any NaN and knows neither
    MATLAB's NaN placement nor its complex order. ``'rows'`` (MATLAB: not recommended,
    use issortedrows) checks that :func:`sortrows` would not move a row. Sources:
    MATLAB documentation of ``issorted``; goldens from Octave 7.3 (vectors, 'rows',
    'either' for 'monotonic') and the page's printed examples.

    Examples
    --------
    >>> from compat import matlab
    >>> bool(matlab.issorted([5, 12, 33, 39, 78, 90, 95, 107]))
    True
    >>> bool(matlab.issorted(matlab.magic(5), 2, 'descend'))
    False
    >>> bool(matlab.issorted([1, 2, float('nan')])), bool(matlab.issorted([1, 1, 2], 'strictascend'))
    (True, False)
    """
    args = list(args)
    rows = False
    dim = None
    direction = "ascend"
    if args and not isinstance(args[0], str):
        dim = args.pop(0)
    while args and isinstance(args[0], str) and (
            args[0].lower() in _DIRECTIONS or args[0].lower() == "rows"):
        word = args.pop(0).lower()
        if word == "rows":
            rows = True
        else:
            direction = word
    options = _order_options(args, kwargs)
    if isinstance(A, (list, tuple)) and A and all(isinstance(x, str) for x in A):
        return np.bool_(_cellstr_sorted(list(A), direction))
    if isinstance(A, str):          # a char row vector: its character codes
        a = np.array([ord(c) for c in A], dtype=np.uint16)
    else:
        a = matlab_array(A, "A")
    if rows:
        table = a.reshape(1, -1) if a.ndim == 1 else a
        if table.ndim != 2:
            raise CompatValueError("A must be a matrix for issorted(A, 'rows').")
        base = direction[6:] if direction.startswith("strict") else direction
        ways = (False, True) if base == "monotonic" else (base == "descend",)
        columns = list(range(table.shape[1]))
        ordered = any(np.array_equal(core.row_order(table, columns, [d] * len(columns),
                                                    **options),
                                     np.arange(table.shape[0])) for d in ways)
        return np.bool_(ordered)
    axis = first_nonsingleton(a.shape) - 1 if dim is None or is_omitted(dim) else \
        matlab_dim("issorted", dim, a.ndim)
    return np.bool_(core.is_sorted(a, axis, direction=direction, **options))


@matlab_function("unique", nargout=3)
@_DOCS.named(topics="setOrder, occurrence, 'rows', 'legacy', NaN handling,\n"
                    "orientation of C, ia, ic")
def unique(A, *options, nargout=1):
    """Unique values in an array, as MATLAB's ``unique``.

    MATLAB call forms::

        C = unique(A)                       ->  unique(A)
        C = unique(A, setOrder)             ->  unique(A, 'stable')   ('sorted' default)
        C = unique(A, occurrence)           ->  unique(A, 'last')     ('first' default)
        C = unique(A, 'rows', ...)          ->  unique(A, 'rows')
        [C, ia, ic] = unique(___)           ->  C, ia, ic = unique(A, nargout=3)
        C = unique({'b', 'a', 'b'})         ->  unique(['b', 'a', 'b'])   (a list)
        [C, ia, ic] = unique(A, 'legacy')   ->  unique(A, 'legacy', nargout=3)

    Parameters
    ----------
    A : array_like or list of str
        Numeric or logical array; treated as ``A(:)`` (column-major order) unless
        'rows' is given. Or a cell array of character vectors (a flat list of
        ``str``, as ``textscan``'s ``%s`` column): ``C`` is then a list of ``str``
        in MATLAB's text order (character codes: ``'ABK' < 'KRN' < 'abk'``), and
        ``ia``/``ic`` are 1-D, as for any 1-D input. A char row (``str``) gives its
        distinct characters as a ``str`` (``unique('hello')`` is ``'ehlo'``). A string
        array (numpy ``StringDType``) follows the numeric shape rules in text order,
        each ``<missing>`` element kept as each NaN is; ``C`` is a string array.
    options : str
        'sorted' (default) or 'stable' (order of first appearance); 'first' (default)
        or 'last' (which occurrence ``ia`` points to); 'rows' (unique rows of a
        matrix); 'legacy' (the behaviour of R2012b and before, see Notes).
    nargout : {1, 2, 3}

    Returns
    -------
    C : ndarray
        The unique values, same class as ``A``. Without 'rows': a row if ``A`` is a
        row vector (1-D input gives 1-D), otherwise a column. With 'rows': a matrix.
    ia : ndarray of float64
        **1-based** indices with ``C = A(ia)`` (or ``A(ia, :)``): a column vector.
    ic : ndarray of float64
        **1-based** indices with ``A(:) = C(ic)`` (or ``A = C(ic, :)``): a column.

    ``nargout`` 2 or 3 returns a :class:`UniqueResult`.

    Notes
    -----
    * NaNs are never equal, so each NaN is a separate unique value (placed at the end
      when sorted, in place with 'stable'); rows containing NaN are all distinct.
    * Ordering is :func:`compat.matlab.sort`'s: complex values by ``abs`` then
      ``angle`` (numpy: by real then imaginary part).
    * 'legacy': ``ia`` defaults to the **last** occurrence, and ``ia``/``ic`` are rows
      when ``A`` is a row vector; 'stable' cannot be combined with it.
    * A cell array of character vectors is ranked by text (MATLAB compares character
      codes, UTF-16 code units; Python's ``str`` order is the same for text in the
      Basic Multilingual Plane) and the ranks go through the numeric rules, so
      'stable', 'last' and 'legacy' mean the same; 'rows' is ignored with MATLAB's
      warning "The 'rows' input is not supported for cell array inputs." (a
      :class:`compat.CompatWarning`). ``numpy.unique`` of a list of str sorts the same
      way but returns 0-based first indices only and no ``ic``.

    ``np.unique`` is wrong for ports in several ways: it flattens in **row-major**
    order (so ``ia``/``ic`` of a matrix point at other elements), returns 0-based
    indices, always returns 1-D, merges all NaNs into one (numpy >= 1.21), has no
    'stable'/'last', and sorts complex values lexicographically.

    GNU Octave 7.3 agrees with current MATLAB on the default ('first', column
    ``ia``/``ic``), on 'last', 'rows' and 'legacy' in every case the tests run, but
    does not implement the third output with 'stable' (it warns and returns ``[]``);
    compat returns MATLAB's documented ``ic`` there (documentation example: ``[C, ia,
    ic] = unique([9 2 9 5], 'stable')`` gives ``ic = [1; 2; 1; 3]``).

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import unique
    >>> C, ia, ic = unique([9, 2, 9, 5], nargout=3)
    >>> C, ia.ravel(), ic.ravel()
    (array([2., 5., 9.]), array([2., 4., 1.]), array([3., 1., 3., 2.]))
    >>> unique([9, 2, 9, 5], 'stable')
    array([9., 2., 5.])
    >>> unique([1.0, float('nan'), float('nan')])
    array([ 1., nan, nan])
    >>> C, ia, ic = unique(['KRN', 'ABK', 'KRN', 'abk'], nargout=3)
    >>> C, ia, ic
    (['ABK', 'KRN', 'abk'], array([2., 1., 4.]), array([2., 1., 2., 3.]))
    """
    if _is_strings(A):
        # a string array: its texts ranked (<missing> as NaN, each one kept as
        # unique keeps each NaN), the numeric rules for shape and indices, back as a
        # string array of its dtype
        vocab, (ranks,) = _string_ranks(A)
        out = unique(ranks, *options, nargout=max(nargout, 1))
        C = _strings_back(out[0] if nargout > 1 else out, vocab, A.dtype)
        return UniqueResult.first(nargout, C, *(out[1:] if nargout > 1 else
                                                (None, None)))
    words = None
    char_row = isinstance(A, str) and len(A) > 0
    texts = list(A) if char_row else _cellstr(A)
    if texts is not None:
        # a cell array of character vectors (or a char row's characters): rank the
        # texts, then the numeric rules
        words, (A,) = _text_ranks(texts)
        if not char_row:
            options = _drop_rows_for_cells(options)
    char_matrix = isinstance(A, np.ndarray) and A.dtype.kind == "U" and A.ndim > 0
    if char_matrix:
        # a char matrix: its characters by code (a column of them, or a row for a
        # one-row matrix; with 'rows', its distinct rows), back as char below
        A = _char_codes_grid(A, "unique")
    a = matlab_array(A, "input")
    opts = []
    for o in options:
        if not isinstance(o, str) or o.lower() not in _UNIQUE_OPTIONS:
            raise CompatValueError(f"unknown option {o!r}; accepted: "
                                   + ", ".join(f"'{x}'" for x in _UNIQUE_OPTIONS))
        opts.append(o.lower())
    if "sorted" in opts and "stable" in opts:
        raise CompatValueError("'sorted' and 'stable' cannot be combined")
    if "first" in opts and "last" in opts:
        raise CompatValueError("'first' and 'last' cannot be combined")
    legacy = "legacy" in opts
    if legacy and ("stable" in opts or "sorted" in opts):
        raise CompatValueError("'legacy' cannot be combined with 'sorted' or 'stable'")
    last = "last" in opts or (legacy and "first" not in opts)
    one_d = a.ndim <= 1
    if "rows" in opts:
        m2 = a.reshape(1, -1) if one_d else a
        if m2.ndim > 2:
            raise CompatValueError(f"'rows' requires a 2-D matrix, got {a.ndim} dimensions")
        rep, ic = core.unique(m2, rows=True, stable="stable" in opts, last=last)
        C = m2[rep].copy()
        if one_d and C.shape[0] == 1:
            C = C.reshape(-1)
        shape = (-1,) if one_d else (-1, 1)
        ia, ic = _one_based(rep).reshape(shape), _one_based(ic).reshape(shape)
    else:
        rep, ic = core.unique(a, stable="stable" in opts, last=last)
        C = a.ravel(order="F")[rep].copy()
        row = one_d or (a.ndim == 2 and a.shape[0] == 1)
        if one_d:
            C = C.reshape(-1)
        elif a.ndim == 2 and a.shape == (0, 0):
            C = C.reshape(0, 0)  # unique([]) is 0x0 (as Octave 7.3; MATLAB prints [])
        elif row:
            C = C.reshape(1, -1)
        else:
            C = C.reshape(-1, 1)
        ia, ic = _one_based(rep), _one_based(ic)
        if not one_d:
            shape = (1, -1) if legacy and row else (-1, 1)
            ia, ic = ia.reshape(shape), ic.reshape(shape)
    if words is not None:
        C = [words[int(r)] for r in np.ravel(C)]
        if char_row:
            C = "".join(C)
    if char_matrix:
        C = _chars_from_codes(np.asarray(C).reshape(
            (1, -1) if np.ndim(C) == 1 else np.shape(C)))
    return UniqueResult.first(nargout, C, ia, ic)


# --------------------------------------------------------------------------- ismember
@matlab_function("ismember", nargout=2)
@_DOCS.named(topics="\"Locb contains the lowest index in B for each value in A\n"
                    "that is a member of B\", 'rows', 'legacy' giving the highest index")
def ismember(A, S, *options, nargout=1):
    """Array elements that are members of a set, as MATLAB's ``ismember``.

    MATLAB call forms::

        Lia = ismember(A, S)                 ->  ismember(A, S)
        Lia = ismember(A, S, 'rows')         ->  ismember(A, S, 'rows')
        [Lia, Locb] = ismember(___)          ->  Lia, Locb = ismember(A, S, nargout=2)

    Parameters
    ----------
    A, S : array_like, or text
        Numeric or logical arrays (any shapes); with 'rows', matrices with the same
        number of columns. Or a cell array of character vectors (a flat list of
        ``str``) against another, or one character vector (``str``) against a cell
        array (``ismember('KRN', {'ABK', 'KRN'})``): texts are members when equal
        (case-sensitive, as ``strcmp``); a ``str`` ``A`` gives scalar results, a list
        1-D ones. A string array (numpy ``StringDType``) on either side gives results
        of ``A``'s shape; a ``<missing>`` element is never a member.
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
        ``nargout=2`` returns an :class:`IsmemberResult` ``(Lia, Locb)``.

    Notes
    -----
    NaN is never a member (NaN ~= NaN); ``-0`` and ``0`` are equal. Values of
    different classes are compared by value. ``np.isin(A, S)`` gives ``Lia`` but no
    locations; locations found with ``np.searchsorted`` on ``np.unique(S)`` are 0-based
    positions in the *sorted* set, not the lowest column-major index into ``S``.

    {{sources}}
    GNU Octave 7.3 agrees on ``Lia`` but not on ``Locb`` when ``S`` has repeated
    values: ``ismember([1 NaN 2], [2 2 1 NaN])`` gives ``Locb = [3 0 2]``
    there, MATLAB's documented lowest index is ``[3 0 1]`` (compat).

    Examples
    --------
    >>> from compat.matlab import ismember
    >>> Lia, Locb = ismember([5, 3, 4, 2], [2, 4, 4, 4, 6, 8], nargout=2)
    >>> Lia, Locb
    (array([False, False,  True,  True]), array([0., 0., 2., 1.]))
    >>> ismember(['KRN', 'XYZ', 'abk'], ['ABK', 'KRN', 'abk', 'KRN'], nargout=2)
    IsmemberResult(Lia=array([ True, False,  True]), Locb=array([2., 0., 3.]))
    """
    if (_is_strings(A) or _is_strings(S)) and all(
            _is_strings(v) or isinstance(v, str) or _cellstr(v) is not None for v in (A, S)):
        # string arrays (with char rows or cells): texts equal as strcmp finds them;
        # a <missing> element (NaN rank) is no member and matches nothing
        _, (A, S) = _string_ranks(A, S)
    ta, ts = _cellstr(A), _cellstr(S)
    if (ta is not None or ts is not None) and \
            (ta is not None or isinstance(A, str)) and (ts is not None or isinstance(S, str)):
        vocab, (A, S) = _text_ranks([A] if ta is None else ta, [S] if ts is None else ts)
        if ta is None:
            A = A[0]                       # one character vector: scalar results
        options = _drop_rows_for_cells(options)
    a = matlab_array(A, "A")
    s = matlab_array(S, "S")
    opts = []
    for o in options:
        if not isinstance(o, str) or o.lower() not in ("rows", "legacy"):
            raise CompatValueError(f"unknown option {o!r}; accepted: 'rows', 'legacy'")
        opts.append(o.lower())
    rows = "rows" in opts
    if rows:
        a = a.reshape(1, -1) if a.ndim <= 1 else a
        s = s.reshape(1, -1) if s.ndim <= 1 else s
        if a.ndim != 2 or s.ndim != 2:
            raise CompatValueError("'rows' requires 2-D matrices")
        if a.shape[1] != s.shape[1]:
            raise CompatValueError(f"A and S must have the same number of columns with "
                                   f"'rows' ({a.shape[1]} and {s.shape[1]})")
    lia, loc = core.ismember(a, s, rows=rows, highest="legacy" in opts)
    if rows:
        lia, loc = lia.reshape(-1, 1), loc.reshape(-1, 1)
    return IsmemberResult.first(nargout, lia, _one_based(loc))


# ------------------------------------------------------------------------------- find
@matlab_function("find", nargout=3)
@_DOCS.named(topics="call forms, 'first'/'last', outputs, orientation")
def find(X, n=None, direction="first", *, nargout=1):
    """Indices and values of nonzero elements, as MATLAB's ``find``.

    MATLAB call forms::

        k = find(X)                  ->  find(X)
        k = find(X, n)               ->  find(X, 3)
        k = find(X, n, direction)    ->  find(X, 3, 'last')
        [row, col] = find(___)       ->  row, col = find(X, nargout=2)
        [row, col, v] = find(___)    ->  row, col, v = find(X, nargout=3)

    Parameters
    ----------
    X : array_like
        Numeric or logical array (nonzero = true; NaN is nonzero).
    n : int, optional
        Return at most the first (or last) ``n`` indices; a positive integer.
    direction : {'first', 'last'}
        With 'last', the **last** ``n`` nonzeros, still listed in increasing order.
    nargout : {1, 2, 3}

    Returns
    -------
    k : ndarray of float64 (``nargout=1``)
        **1-based linear indices in column-major order** (``X(k)`` in MATLAB is
        ``X.ravel(order='F')[k-1]``).
    row, col : ndarray of float64 (``nargout >= 2``)
        1-based row and column subscripts; for N-D ``X`` the column subscript runs
        over all trailing dimensions (MATLAB folds them, as ``X(:,:)``).
    v : ndarray (``nargout=3``)
        The nonzero values, same class as ``X``.

    Every output is a row when ``X`` is a row vector (1-D input gives 1-D output) and
    a column otherwise; with no nonzeros: ``1x0`` for a row vector, ``0x1`` for any
    other non-empty array, ``0x0`` for a ``0x0`` input and for a zero scalar.
    ``nargout`` 2 or 3 returns a :class:`FindResult`.

    Notes
    -----
    ``np.nonzero``/``np.flatnonzero``/``np.argwhere`` walk the array in **row-major**
    order and give 0-based indices: for a matrix, ``np.flatnonzero(X)`` lists the
    elements of row 1 first where MATLAB lists column 1 first, and the numbers are
    positions in a different linearisation. ``np.nonzero(X)`` returns (rows, cols)
    sorted by row; MATLAB's ``[r, c]`` is sorted by column.

    {{sources}}
    Checked against GNU Octave 7.3.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import find
    >>> X = np.array([[1, 0, 3], [0, 5, 6]])
    >>> find(X).ravel()                   # column-major: X(1,1), X(2,2), X(1,3), X(2,3)
    array([1., 4., 5., 6.])
    >>> np.flatnonzero(X) + 1             # the naive call: row-major positions
    array([1, 3, 5, 6])
    >>> r, c = find(X, nargout=2)
    >>> r.ravel(), c.ravel()
    (array([1., 2., 1., 2.]), array([1., 2., 3., 3.]))
    >>> find([0, 7, 0, 8, 9], 2, 'last')
    array([4., 5.])
    """
    x = matlab_array(X, "X")
    if isinstance(n, str):
        direction, n = n, None
    if not isinstance(direction, str) or direction.lower() not in ("first", "last"):
        raise CompatValueError(f"direction must be 'first' or 'last', got {direction!r}")
    limit = None
    if n is not None and not is_omitted(n):
        nn = np.asarray(n)
        ok = nn.size == 1 and nn.dtype.kind in "iuf"
        if ok:
            val = float(nn.reshape(()))
            ok = val == np.inf or (np.isfinite(val) and val == round(val) and val >= 1)
        if not ok:
            raise CompatValueError(f"Second argument must be a positive scalar integer, "
                                   f"got {n!r}")
        limit = None if val == np.inf else int(val)
    k = core.nonzero(x, limit=limit, last=direction.lower() == "last")
    if x.ndim == 0 or (x.ndim == 2 and x.shape in ((1, 1), (0, 0))):
        shape = None  # a scalar with no nonzero gives 0x0 (MATLAB, Octave)
    elif x.ndim == 1:
        shape = (-1,)
    else:
        shape = (1, -1) if x.ndim == 2 and x.shape[0] == 1 else (-1, 1)

    def oriented(v):
        if shape is None:
            return v.reshape(0, 0) if v.size == 0 else v.reshape(1, 1)
        return v.reshape(shape)

    if nargout == 1:
        return oriented(_one_based(k))
    rows = 1 if x.ndim <= 1 else x.shape[0]  # a 1-D array is a MATLAB row vector
    r = (k % rows + 1).astype(np.float64) if rows else k.astype(np.float64)
    c = (k // rows + 1).astype(np.float64) if rows else k.astype(np.float64)
    if nargout == 2:
        return FindResult(row=oriented(r), col=oriented(c))
    return FindResult(row=oriented(r), col=oriented(c),
                      v=oriented(x.ravel(order="F")[k].copy()))
