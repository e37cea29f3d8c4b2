"""MATLAB's missing-data functions: ``ismissing``, ``standardizeMissing``, ``rmmissing``,
``fillmissing``.

The legacy layer of the family: MATLAB's argument forms (indicators, ``dim``, the fill
methods and their value or window, name-value pairs ``EndValues``, ``SamplePoints``,
``MaxGap``, ``MissingLocations``, ``MinNumMissing``; the second outputs by ``nargout``)
and MATLAB's data types as compat represents them, over
:mod:`compat._core.missing_data`, whose docstring states the rules:

* numbers (double, single, complex; NaN is missing; integer and logical arrays have no
  standard missing value);
* a char row vector, a Python ``str`` (``' '`` is missing);
* a cell array of character vectors, a list of ``str`` (nested for 2-D; ``''`` is
  missing);
* a string array: a numpy ``StringDType`` array, whose ``<missing>`` elements are its
  ``na_object`` (results are ``StringDType`` arrays of the input's dtype, or of
  ``StringDType(na_object=np.nan)`` when a missing element appears in one without), or
  an object array whose missing strings are ``None`` or
  :data:`compat.matlab.tables.missing` (returned as :data:`compat.matlab.tables.missing`).

Tables, timetables, datetime, duration and categorical data are not supported (compat
has no such classes here); nor are fillmissing's 'knn' and function-handle methods.

Checked against GNU Octave 7.3's statistics package 1.5.3 (``pkg load statistics``:
ismissing, standardizeMissing, rmmissing, fillmissing), with the examples printed on
MathWorks' reference pages as MATLAB goldens (golden suite ``matlab/missing_data``).
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import missing_data as core
from compat._core.args import first_nonsingleton, is_omitted, matlab_dim
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_text import char_grid, char_rows, string_array
from compat._core.matlab_types import matlab_array
from compat.matlab.tables import missing as _MISSING

__all__ = ["ismissing", "standardizeMissing", "rmmissing", "fillmissing"]

_METHOD_ERROR = ("Fill method must be 'constant', 'previous', 'next', 'nearest', "
                 "'linear', 'spline', 'pchip', 'makima', 'movmean', or 'movmedian'.")


# ------------------------------------------------------------------ data and kinds
class _Data:
    """The caller's data as the core takes it, and the way back to the caller's form."""

    def __init__(self, value, name="A"):
        self.source = value
        if isinstance(value, bytes):
            value = value.decode("latin-1")
        if isinstance(value, str):
            self.kind = "char"
            self.array = np.array(list(value), dtype=object)
            return
        if isinstance(value, (list, tuple)) and _is_text_list(value):
            self.kind = "cellstr"
            arr = np.empty(_nested_shape(value), dtype=object)
            _fill_nested(arr, value)
            for v in arr.reshape(-1):
                if not isinstance(v, str):
                    raise CompatTypeError(f"{name} must be a cell array of character "
                                          "vectors (every element text), got an element "
                                          f"{v!r}")
            self.array = arr
            return
        if isinstance(value, np.ndarray) and value.dtype.kind == "U":
            # a numpy str array is MATLAB char (compat._core.matlab_text): a char matrix
            # is rows x columns of characters, each one an element
            self.kind = "char"
            if value.ndim == 0:
                self.array = np.array(list(str(value[()])), dtype=object)
            else:
                self.array = char_grid(value, "ismissing").astype(object)
            return
        if isinstance(value, np.ndarray) and value.dtype.kind in "ST":
            # a StringDType element that is not text is the dtype's na_object: MATLAB's
            # <missing> (compat._core.matlab_text); it was read as the text 'nan'
            self.kind = "string"
            self.string_dtype = value.dtype if value.dtype.kind == "T" else None
            self.array = np.array([v.decode("latin-1") if isinstance(v, bytes) else
                                   (v if isinstance(v, str) else None)
                                   for v in value.reshape(-1).tolist()],
                                  dtype=object).reshape(value.shape)
            return
        if isinstance(value, np.ndarray) and value.dtype.kind == "O":
            flat = value.reshape(-1)
            if all(v is None or v is _MISSING or isinstance(v, (str, bytes)) for v in flat):
                self.kind = "string"
                self.array = np.array(
                    [None if (v is None or v is _MISSING) else
                     (v.decode("latin-1") if isinstance(v, bytes) else v) for v in flat],
                    dtype=object).reshape(value.shape)
                return
            raise CompatTypeError(f"{name} must be numeric, logical, text or a string "
                                  "array; an object array may hold only text and missing")
        self.kind = "numeric"
        self.array = np.asarray(matlab_array(value, name))

    def back(self, arr):
        """A result of the data's kind in the caller's form."""
        if self.kind == "numeric":
            return arr
        if self.kind == "char":
            if arr.ndim == 2:                        # a char matrix: its rows
                return char_rows(np.asarray(arr, dtype="<U1"))
            return "".join(arr.reshape(-1))
        if self.kind == "cellstr":
            return arr.tolist()
        if getattr(self, "string_dtype", None) is not None:
            # a string array in, a string array out (its dtype; <missing> as its
            # na_object, StringDType(na_object=nan) if it had none)
            return string_array(arr.reshape(-1).tolist(), arr.shape, self.string_dtype)
        if any(v is None for v in arr.reshape(-1)):
            out = np.empty(arr.shape, dtype=object)
            for i, v in enumerate(arr.reshape(-1)):
                out.reshape(-1)[i] = _MISSING if v is None else v
            return out
        return np.array(arr.tolist(), dtype=str).reshape(arr.shape) if arr.size else \
            np.zeros(arr.shape, dtype="<U1")


def _is_text_list(value) -> bool:
    """A non-empty (nested) list whose elements are all text: a cell array of char."""
    items = list(value)
    while items and all(isinstance(v, (list, tuple)) for v in items):
        items = [v for row in items for v in row]
    return bool(items) and all(isinstance(v, (str, bytes)) for v in items)


def _nested_shape(value):
    if value and isinstance(value[0], (list, tuple)):
        widths = {len(row) for row in value}
        if len(widths) != 1:
            raise CompatTypeError("a 2-D cell array needs rows of equal length")
        return (len(value), widths.pop())
    return (len(value),)


def _fill_nested(arr, value):
    if arr.ndim == 2:
        for i, row in enumerate(value):
            for j, v in enumerate(row):
                arr[i, j] = v.decode("latin-1") if isinstance(v, bytes) else v
    else:
        for i, v in enumerate(value):
            arr[i] = v.decode("latin-1") if isinstance(v, bytes) else v


def _indicators(data: _Data, indicator, function: str):
    """The indicators that apply to the data's kind (MATLAB: numeric indicators match
    numeric and logical data, text indicators text data)."""
    if isinstance(indicator, bytes):
        indicator = indicator.decode("latin-1")
    if isinstance(indicator, str):
        items = [indicator]
    elif isinstance(indicator, np.ndarray) and indicator.dtype.kind in "USO":
        items = list(indicator.reshape(-1))
    elif isinstance(indicator, (list, tuple)):
        items = []
        for v in indicator:
            if isinstance(v, (list, tuple, np.ndarray)) and not isinstance(v, str):
                items.extend(np.asarray(v, dtype=object).reshape(-1).tolist())
            else:
                items.append(v)
    else:
        items = [indicator]
    numbers, texts = [], []
    for v in items:
        if isinstance(v, bytes):
            v = v.decode("latin-1")
        if isinstance(v, str):
            texts.append(v)
        elif v is None or v is _MISSING:
            texts.append(None)
        else:
            a = np.asarray(v)
            if a.dtype.kind not in "biufc":
                raise CompatTypeError(f"missing value indicators must be numbers or text, "
                                      f"got {v!r}")
            numbers.extend(a.reshape(-1).tolist())
    if data.kind == "numeric":
        if not numbers:
            raise CompatTypeError(f"{function}: indicator and A must have compatible data "
                                  "types: numeric data take numeric indicators")
        return numbers
    if not texts:
        raise CompatTypeError(f"{function}: indicator and A must have compatible data "
                              "types: text data take text indicators")
    if data.kind == "char":  # every character of a char indicator is one indicator
        return [c for t in texts if t is not None for c in t]
    return texts


def _mask(data: _Data, indicator=None, function="ismissing"):
    if indicator is None:
        return core.missing_mask(data.array, data.kind)
    return core.matches(data.array, data.kind, _indicators(data, indicator, function))


# ------------------------------------------------------------------ ismissing
@matlab_function("ismissing")
def ismissing(A, indicator=None):
    """Find missing values, as MATLAB's ``ismissing``.

    MATLAB call forms::

        TF = ismissing(A)                   ->  ismissing(A)
        TF = ismissing(A, indicator)        ->  ismissing(A, [0, -99])

    Parameters
    ----------
    A : array_like, str, list of str
        Numbers (double, single, integer, logical), a char row vector (``str``), a char
        matrix (a numpy ``str`` array, compat's char: rows x columns of characters,
        each one an element: a rows x columns result), a cell array of character
        vectors (a list of ``str``, nested for 2-D) or a string array (a numpy
        ``StringDType`` array, or an object array holding ``None`` /
        :data:`compat.matlab.tables.missing` for missing strings).
    indicator : optional
        Values to treat as missing *instead of* the standard ones: numbers for numeric
        and logical data (a NaN indicator matches NaN), text for text data (a char
        indicator's every character for char data; whole strings for cell and string
        arrays, compared exactly, white space included). A list may mix numbers and
        text; the entries of A's kind are used.

    Returns
    -------
    numpy.ndarray of bool
        A's shape (a ``str`` gives a 1-D array, a flat list a 1-D array).

    Raises
    ------
    TypeError
        ``"ismissing: indicator and A must have compatible data types ..."`` when no
        indicator applies to A's type (compat's wording; Octave: "'indicator' and 'A'
        must have the same data type").

    Notes
    -----
    Standard missing values (MATLAB's reference page): NaN for double and single,
    ``<missing>`` for strings, ``''`` for cell arrays of character vectors, ``' '``
    (the space character) for char -- the pages up to R2021a list ``' '`` for char;
    later pages drop char from the list. Integer and logical arrays have no standard
    missing value: all false. Differences from ``numpy.isnan``: text, indicators,
    integer data without error. GNU Octave 7.3's statistics 1.5.3 ismissing takes
    every white-space character of a char array (tab, newline) as missing, MATLAB only
    the space. Source: MathWorks' ismissing reference page.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> matlab.ismissing([3, np.nan, 5, 6, 7, np.nan, np.nan, 9]).astype(int)
    array([0, 1, 0, 0, 0, 1, 1, 0])
    >>> matlab.ismissing([0, 1, -99, 4], [0, -99]).astype(int)
    array([1, 0, 1, 0])
    >>> matlab.ismissing(['one', '', 'three']).astype(int)
    array([0, 1, 0])
    """
    data = _Data(A)
    return _mask(data, None if indicator is None else indicator)


# ------------------------------------------------------------------ standardizeMissing
@matlab_function("standardizeMissing")
def standardizeMissing(A, indicator):
    """Insert standard missing values, as MATLAB's ``standardizeMissing``.

    MATLAB call forms::

        B = standardizeMissing(A, indicator)   ->  standardizeMissing(A, -99)

    Parameters
    ----------
    A : array_like, str, list of str
        As for :func:`ismissing`.
    indicator
        The values to replace (as for :func:`ismissing`).

    Returns
    -------
    B
        A copy of A, of A's type, whose indicator values are the standard missing value:
        NaN (double, single), ``' '`` (char), ``''`` (cell array of character vectors),
        :data:`compat.matlab.tables.missing` (string arrays). Integer and logical arrays have no
        standard missing value and come back unchanged.

    Notes
    -----
    Differences from ``numpy.where(numpy.isin(A, indicator), numpy.nan, A)``: the type
    of A kept (single stays single, integers unchanged rather than converted), text
    data, a NaN indicator. Source: MathWorks' standardizeMissing reference page; GNU
    Octave 7.3's statistics package agrees on numbers, char and cell arrays.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.standardizeMissing([0, 1, 5, -99, 8, 3, 4, -99, 16], -99)
    array([ 0.,  1.,  5., nan,  8.,  3.,  4., nan, 16.])
    >>> matlab.standardizeMissing(['one', 'N/A', 'nine'], 'N/A')
    ['one', '', 'nine']
    """
    data = _Data(A)
    values = _indicators(data, indicator, "standardizeMissing")
    return data.back(core.standardize(data.array, data.kind, values))


# ------------------------------------------------------------------ rmmissing
def _count(value, what: str) -> int:
    a = np.asarray(value)
    if isinstance(value, (str, bool)) or a.size != 1 or a.dtype.kind not in "iuf" or \
            not np.isfinite(a.reshape(-1)[0]) or a.reshape(-1)[0] != int(a.reshape(-1)[0]) \
            or a.reshape(-1)[0] < 1:
        raise CompatValueError(f"{what} must be a positive integer scalar, got {value!r}")
    return int(a.reshape(-1)[0])


@matlab_function("rmmissing", nargout=2)
def rmmissing(A, *args, nargout=1, **name_value):
    """Remove missing entries, as MATLAB's ``rmmissing``.

    MATLAB call forms::

        R = rmmissing(A)                        ->  rmmissing(A)
        R = rmmissing(A, dim)                   ->  rmmissing(A, 2)
        R = rmmissing(___, 'MinNumMissing', n)  ->  rmmissing(A, 'MinNumMissing', 2)
        [R, TF] = rmmissing(___)                ->  rmmissing(A, nargout=2)

    A vector loses its missing entries; a matrix the rows (``dim`` 1, the default) or
    columns (``dim`` 2) holding at least ``MinNumMissing`` (default 1) missing entries.

    Parameters
    ----------
    A : array_like, str, list of str
        A vector or matrix of any type :func:`ismissing` takes.
    dim : {1, 2}
        The dimension to operate along (default: the first whose size is not 1).
    MinNumMissing : int
        Positive integer: the number of missing entries that removes a row (column).

    Returns
    -------
    R
        A without the removed rows/columns/entries, of A's type.
    TF : numpy.ndarray of bool
        With ``nargout=2``: which rows (a column, ``dim`` 1), columns (a row, ``dim`` 2)
        or vector entries (A's orientation) were removed.

    Notes
    -----
    For a vector the default dimension is the one along it, so every missing entry is
    removed; an explicit ``dim`` across a vector removes the whole vector when it holds
    a missing entry (MATLAB's definition: rows for ``dim`` 1, columns for ``dim`` 2;
    GNU Octave 7.3's statistics 1.5.3 rmmissing ignores ``dim`` and MinNumMissing for
    vectors). Differences from ``A[~numpy.isnan(A).any(axis=1)]``: vectors, text,
    MinNumMissing, the TF output. Source: MathWorks' rmmissing reference page.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> matlab.rmmissing([1, 3, np.nan, 6, np.nan])
    array([1., 3., 6.])
    >>> R, TF = matlab.rmmissing(np.array([[1, np.nan], [3, 4], [np.nan, np.nan]]),
    ...                          'MinNumMissing', 2, nargout=2)
    >>> R
    array([[ 1., nan],
           [ 3.,  4.]])
    >>> TF.ravel()
    array([False, False,  True])
    """
    rest = list(args)
    dim = None
    if rest and not isinstance(rest[0], str):
        dim = rest.pop(0)
    opts = _pairs("rmmissing", rest, name_value, {"MinNumMissing": 1})
    n_min = _count(opts["MinNumMissing"], "MinNumMissing")
    data = _Data(A)
    arr = data.array
    if arr.ndim > 2:
        raise CompatValueError("A must be a vector or a matrix (2-D), got "
                               f"{arr.ndim} dimensions")
    mask = core.missing_mask(arr, data.kind)
    if arr.ndim <= 1:
        work = arr.reshape(1, -1)
        wmask = mask.reshape(1, -1)
    else:
        work, wmask = arr, mask
    if is_omitted(dim):
        axis = first_nonsingleton(work.shape) - 1
    else:
        axis = matlab_dim(None, dim, 2)
        if axis > 1:
            raise CompatValueError(f"dim must be 1 or 2, got {dim!r}")
    # dim 1 removes rows: the slices indexed along axis 0
    removed = core.removed_slices(wmask, axis, n_min)
    keep = ~removed
    R = work[keep, :] if axis == 0 else work[:, keep]
    if arr.ndim <= 1:
        if axis == 1:
            R = R.reshape(-1)
            TF = removed
        else:
            R = R.reshape(-1) if R.shape[0] else np.zeros(0, R.dtype)
            TF = removed
    else:
        TF = removed.reshape(-1, 1) if axis == 0 else removed.reshape(1, -1)
    R = data.back(np.ascontiguousarray(R))
    if data.kind == "numeric" and isinstance(R, np.ndarray) and R.dtype != arr.dtype:
        R = R.astype(arr.dtype)
    return (R, TF) if nargout >= 2 else R


def _pairs(function, rest, kwargs, defaults):
    from compat._core.args import name_value
    return name_value(function, rest, kwargs, defaults)


# ------------------------------------------------------------------ fillmissing
def _window(value):
    if value is None or isinstance(value, str):
        raise CompatValueError("the moving methods need a window length: a positive "
                               "scalar or a two-element vector [kb kf]")
    a = np.asarray(value)
    if a.dtype.kind not in "iuf":
        raise CompatTypeError("the window must be numeric")
    flat = a.astype(np.float64).reshape(-1)
    if flat.size == 1:
        if not (math.isfinite(flat[0]) and flat[0] > 0):
            raise CompatValueError("the window length must be a finite positive scalar, "
                                   f"got {flat[0]!r}")
        return float(flat[0])
    if flat.size == 2:
        if not (np.all(np.isfinite(flat)) and np.all(flat >= 0)):
            raise CompatValueError("the window [kb kf] must hold two finite nonnegative "
                                   f"values, got {flat.tolist()!r}")
        return float(flat[0]), float(flat[1])
    raise CompatValueError("the window must be a scalar or a two-element vector [kb kf]")


def _per_line(value, data: _Data, lines: int, what: str):
    """A fill value per line: a scalar, or one per line (MATLAB's column order)."""
    if data.kind == "numeric":
        if isinstance(value, (str, bytes)):
            raise CompatTypeError(f"{what} must be numeric for numeric data")
        v = np.asarray(matlab_array(value, what))
        flat = v.reshape(-1, order="F")
        if flat.size not in (1, lines):
            raise CompatValueError(f"{what} must be a scalar or have one element per "
                                   f"vector along the operating dimension ({lines}), got "
                                   f"{flat.size}")
        return flat
    if data.kind == "char":
        if isinstance(value, bytes):
            value = value.decode("latin-1")
        if not isinstance(value, str) or len(value) not in (1, lines):
            raise CompatTypeError(f"{what} for char data must be one character (or one "
                                  "per vector)")
        return np.array(list(value), dtype=object)
    if isinstance(value, (str, bytes)):
        items = [value.decode("latin-1") if isinstance(value, bytes) else value]
    elif value is None or value is _MISSING:
        items = [None]
    else:
        items = [None if (v is None or v is _MISSING) else str(v)
                 for v in np.asarray(value, dtype=object).reshape(-1, order="F")]
    if len(items) not in (1, lines):
        raise CompatValueError(f"{what} must be one text value or one per vector along "
                               f"the operating dimension ({lines})")
    if data.kind == "cellstr" and any(v is None for v in items):
        raise CompatTypeError(f"{what} for a cell array must be a character vector")
    return np.array(items, dtype=object)


def _sample_points(value, n):
    if is_omitted(value):
        return None
    sp = np.asarray(value)
    if sp.dtype.kind not in "iuf" or (sp.ndim > 1 and sum(s != 1 for s in sp.shape) > 1):
        raise CompatTypeError("SamplePoints must be a real numeric vector")
    sp = sp.astype(np.float64).reshape(-1)
    if sp.size != n:
        raise CompatValueError(f"SamplePoints must have one point per element along the "
                               f"operating dimension ({n}), got {sp.size}")
    if not np.all(np.isfinite(sp)):
        raise CompatValueError("SamplePoints must be finite")
    if np.any(np.diff(sp) <= 0):
        raise CompatValueError("SamplePoints must be sorted (increasing) and contain "
                               "unique points")
    return sp


@matlab_function("fillmissing", nargout=2)
def fillmissing(A, method, *args, nargout=1, **name_value):
    """Fill missing entries, as MATLAB's ``fillmissing``.

    MATLAB call forms::

        F = fillmissing(A, 'constant', v)        ->  fillmissing(A, 'constant', 0)
        F = fillmissing(A, method)               ->  fillmissing(A, 'linear')
        F = fillmissing(A, movmethod, window)    ->  fillmissing(A, 'movmean', 5)
        F = fillmissing(___, dim)                ->  fillmissing(A, 'previous', 2)
        F = fillmissing(___, Name, Value)        ->  fillmissing(A, 'linear', 'EndValues', 'none')
        [F, TF] = fillmissing(___)               ->  fillmissing(A, 'next', nargout=2)

    Parameters
    ----------
    A : array_like, str, list of str
        Numbers (any number of dimensions), a char row vector, a cell array of character
        vectors or a string array (as :func:`ismissing` takes them). Integer and logical
        arrays have no missing values unless ``MissingLocations`` says where.
    method : str
        ``'constant'`` (then ``v``: a scalar, or one value per vector along ``dim``, in
        MATLAB's column order), ``'previous'``, ``'next'``, ``'nearest'`` (a tie takes
        the next value), ``'linear'``, ``'spline'``, ``'pchip'``, ``'makima'`` (interp1's
        interpolants through all the known points of each vector), ``'movmean'``,
        ``'movmedian'`` (then ``window``: movmean's window -- ``k``, centred, or
        ``[kb kf]`` -- in sample-point units; the statistic of the known values in the
        window around each missing entry, which stays missing when there are none).
        Text data take ``'constant'``, ``'previous'``, ``'next'``, ``'nearest'``.
    dim : int
        The dimension to operate along (default: the first whose size is not 1).
    EndValues
        The missing entries before the first and after the last known value of each
        vector: ``'extrap'`` (default: the method, extrapolating; previous leaves the
        leading ones, next the trailing ones), ``'none'`` (left), ``'previous'``,
        ``'next'``, ``'nearest'``, ``'linear'``, ``'spline'``, ``'pchip'``,
        ``'makima'``, or a constant (scalar or one per vector).
    SamplePoints
        Increasing, unique, finite positions along ``dim`` (default ``1:n``).
    MaxGap
        A positive number: gaps wider than it, measured in sample points between the
        known values around the gap (end gaps: from the end point to the nearest known
        value), stay unfilled; a vector with no known value is not filled at all.
    MissingLocations
        A logical array of A's shape saying which entries are missing (instead of the
        standard missing values); it cannot be combined with MaxGap.

    Returns
    -------
    F
        A with the entries filled, of A's type (integers rounded and saturated).
    TF : numpy.ndarray of bool
        With ``nargout=2``: the entries that were missing and are filled.

    Raises
    ------
    ValueError
        ``"fillmissing: Fill method must be 'constant', 'previous', ..."`` (MATLAB's
        message, as MATLAB Answers 688924 prints it) for an unknown method; compat's own
        messages for bad windows, sample points, MaxGap and values.

    Notes
    -----
    Differences from the naive calls: ``pandas.Series.interpolate()`` fills only
    interior gaps by default and its 'spline'/'pchip' go through scipy's fits, not
    MATLAB's not-a-knot spline with its two- and three-point rules and extrapolation;
    ``ffill``/``bfill`` are 'previous'/'next' without the EndValues rules; numpy has no
    gap-size (MaxGap) logic. Interpolation runs in double (single data come back
    single). Sources: MathWorks' fillmissing reference page (methods, EndValues, MaxGap,
    the printed examples); GNU Octave 7.3's statistics 1.5.3 fillmissing, written against
    MATLAB R2022a, for the gap-size and window details MATLAB's page leaves implicit.
    Octave's interp1 has no 'makima': compat's makima is interp1's
    (:mod:`compat._core.interpolation`).

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> matlab.fillmissing([1, 3, np.nan, 4, np.nan, np.nan, 5], 'previous')
    array([1., 3., 3., 4., 4., 4., 5.])
    >>> matlab.fillmissing(np.array([[1, np.nan], [np.nan, 2]]), 'constant', [100, 1000])
    array([[   1., 1000.],
           [ 100.,    2.]])
    >>> matlab.fillmissing([np.nan, 1, np.nan, 3, np.nan], 'linear')
    array([0., 1., 2., 3., 4.])
    >>> matlab.fillmissing([np.nan, 1, np.nan, 3, np.nan], 'linear', 'EndValues', 'none')
    array([nan,  1.,  2.,  3., nan])
    """
    if isinstance(method, bytes):
        method = method.decode("latin-1")
    if not isinstance(method, str) or method.lower() not in core.METHODS:
        raise CompatValueError(_METHOD_ERROR)
    method = method.lower()
    data = _Data(A)
    rest = list(args)
    extra = None
    if method == "constant" or method in core.MOVING:
        if not rest:
            raise CompatValueError(f"method '{method}' needs "
                                   f"{'a fill value v' if method == 'constant' else 'a window'}")
        extra = rest.pop(0)
    dim = None
    if rest and not isinstance(rest[0], str):
        dim = rest.pop(0)
    opts = _pairs("fillmissing", rest, name_value,
                  {"EndValues": "extrap", "SamplePoints": None, "MaxGap": None,
                   "MissingLocations": None})
    if data.kind != "numeric" and method not in ("constant",) + core.NEIGHBOURS:
        raise CompatValueError(f"method '{method}' needs numeric data; text takes "
                               "'constant', 'previous', 'next' or 'nearest'")
    arr = data.array
    work = arr.reshape(1) if arr.ndim == 0 else arr
    if is_omitted(dim):
        axis = first_nonsingleton(work.shape) - 1
    else:
        axis = matlab_dim(None, dim, work.ndim)
    shape = work.shape
    if axis >= work.ndim:
        work = work.reshape(work.shape + (1,) * (axis + 1 - work.ndim))
    n = work.shape[axis]
    lines = work.size // n if n else 0
    # the missing entries
    locations = opts["MissingLocations"]
    if locations is not None:
        if opts["MaxGap"] is not None:
            raise CompatValueError("MissingLocations and MaxGap cannot be combined")
        loc = np.asarray(locations)
        if loc.dtype.kind != "b" or loc.size != arr.size or \
                (loc.ndim and arr.ndim and loc.shape != arr.shape):
            raise CompatValueError("MissingLocations must be a logical array of A's size")
        mask = loc.reshape(work.shape)
        if data.kind == "numeric" and arr.dtype.kind in "iub" and \
                method not in ("constant",) + core.NEIGHBOURS:
            raise CompatValueError(f"method '{method}' needs double or single data; "
                                   f"integer and logical data take 'constant', "
                                   "'previous', 'next' or 'nearest'")
    else:
        mask = core.missing_mask(work, data.kind)
    # options
    value = window = None
    if method == "constant":
        value = _per_line(extra, data, lines, "v")
    elif method in core.MOVING:
        window = _window(extra)
    end = opts["EndValues"]
    if isinstance(end, bytes):
        end = end.decode("latin-1")
    if isinstance(end, str) and data.kind == "numeric":
        key = end.lower()
        if key not in ("extrap", "none") + core.NEIGHBOURS + core.INTERPOLANTS:
            raise CompatValueError("EndValues must be 'extrap', 'previous', 'next', "
                                   "'nearest', 'none', 'linear', 'spline', 'pchip', "
                                   "'makima' or a scalar")
        end = key
    elif isinstance(end, str) and end.lower() in ("extrap", "none") + core.NEIGHBOURS:
        end = end.lower()
    else:
        end = _per_line(end, data, lines, "EndValues")
    sp = _sample_points(opts["SamplePoints"], n)
    gap = opts["MaxGap"]
    if gap is not None:
        g = np.asarray(gap)
        if isinstance(gap, bool) or g.size != 1 or g.dtype.kind not in "iuf" or \
                not g.reshape(-1)[0] > 0:
            raise CompatValueError("MaxGap must be a positive numeric scalar")
        gap = float(g.reshape(-1)[0])
    if data.kind == "numeric" and arr.dtype.kind == "c" and \
            (method in ("pchip", "makima") or end in ("pchip", "makima")):
        raise CompatTypeError(f"method '{method}' needs real data")
    if n == 0 or work.size == 0:
        F, TF = work.copy(), np.zeros(work.shape, bool)
    else:
        F, TF = core.fill_missing(work, mask, axis=axis, kind=data.kind, method=method,
                                  value=value, window=window, end_values=end,
                                  sample_points=sp, max_gap=gap,
                                  locations=locations is not None)
    F = F.reshape(arr.shape)
    TF = TF.reshape(arr.shape)
    del shape
    F = data.back(F)
    return (F, TF) if nargout >= 2 else F
