"""MATLAB's ``compose``: format data into multiple texts, one per row of the data (and
one more column per repetition of the format), as a string array or a cell array.

The rules live in :mod:`compat._core.text_compose`; the formatting is compat's one
``sprintf`` engine (:mod:`compat._core.matlab_format`).
"""

from __future__ import annotations

import numpy as np

from compat._core import text_compose as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_text import string_array, text_items
from compat._core.matlab_types import matlab_array

__all__ = ["compose"]


def _data(value):
    """A data argument as a 2-D object array of Python values, and whether it was
    given as a vector or scalar (the result then stays 1-D/0-d)."""
    if isinstance(value, str):                        # a char vector: one text
        return np.array([[value]], dtype=object), 0
    if isinstance(value, np.ndarray) and value.dtype.kind == "T":
        _, items, shape = text_items(value, "A", allow_missing=True)
        grid = np.empty(len(items), dtype=object)
        grid[:] = items
        return _as_2d(grid.reshape(shape)), value.ndim
    if isinstance(value, (list, tuple)) and value and all(
            isinstance(v, str) or (isinstance(v, (list, tuple)) and
                                   all(isinstance(w, str) for w in v)) for v in value):
        _, items, shape = text_items(value, "A")
        grid = np.empty(len(items), dtype=object)
        grid[:] = items
        return _as_2d(grid.reshape(shape if len(shape) == 2 else (1, -1))), len(shape)
    array = matlab_array(value, "A")
    if array.dtype.kind not in "biufc":
        raise CompatTypeError("compose: A must be numeric, logical or text.")
    grid = np.empty(array.shape, dtype=object)
    for index in np.ndindex(array.shape):
        grid[index] = np.array([array[index]])        # keeps the MATLAB class
    return _as_2d(grid), array.ndim


def _as_2d(grid: np.ndarray) -> np.ndarray:
    if grid.ndim == 0:
        return grid.reshape(1, 1)
    if grid.ndim == 1:
        return grid.reshape(1, -1)
    if grid.ndim > 2:
        raise CompatValueError("compose: data arrays must be 2-D.")
    return grid


def _formats(formatSpec):
    """``(kind, formats, shape)``: the format texts and the result's container."""
    if isinstance(formatSpec, str):
        return "cell", [formatSpec], ()
    try:
        kind, items, shape = text_items(formatSpec, "formatSpec", allow_missing=True)
    except CompatTypeError:
        raise CompatTypeError("compose: formatSpec must be a character vector, a cell "
                              "array of character vectors or a string array.") from None
    return ("string" if kind in ("stringdtype", "string") else "cell"), items, shape


@matlab_function("compose")
def compose(formatSpec, *A):
    """Format data into multiple texts, as MATLAB's ``compose``.

    MATLAB call forms::

        str = compose(formatSpec, A)             ->  matlab.compose(formatSpec, A)
        str = compose(formatSpec, A1, ..., AN)   ->  matlab.compose(formatSpec, A1, A2)
        str = compose(txt)                       ->  matlab.compose(txt)

    Each row of the data gives a row of the result, ``formatSpec`` applied to that
    row's values; the operators are used in order by the data arrays' columns (the first
    array's columns take the first operators). Columns beyond the operators start new
    result columns repeating the format (``compose('%d', [1 2 3])`` is 1x3); when a
    row's values run out first, the unused operators stay in the text unchanged and the
    rest of the format has its escapes translated except ``\\\\`` and ``%%``.
    ``compose(txt)`` translates every escape of a text without operators, and every
    escape but ``\\\\`` and ``%%`` of one with operators (MathWorks' compose page).

    Parameters
    ----------
    formatSpec : str, list of str or string array
        A char vector or cell array gives a cell array (a list), a string array (numpy
        ``StringDType``, or a numpy ``str`` array) a string array. A format array of
        several elements formats each result element with its own format: its size
        must be the result's (or every result is one text, and the result takes the
        format array's size).
    A1, ..., AN : array_like
        Numbers or logicals (any MATLAB class: ``%d`` of int8 prints as sprintf does),
        string arrays or cell arrays of char vectors (each element one value for
        ``%s``), or a char vector (one value); 2-D, the same number of rows.

    Returns
    -------
    numpy StringDType array or list
        ``m``-by-``p`` for ``m`` data rows and ``p`` repetitions of the format; a
        string scalar (0-d) for scalar data and a scalar format; 1-D for a 1-D data
        vector. A result element that uses a ``<missing>`` text value is
        ``<missing>`` (string results only).

    Notes
    -----
    ``sprintf`` would join every value into one text; ``compose`` gives one text per
    row. Python's ``[fmt % v for v in A]`` has neither MATLAB's conversions (``%d`` of
    2.5 prints ``2.500000e+00``), nor its escapes, nor the row/column rules. GNU Octave
    7.3 has no ``compose``: the golden cases are MathWorks' printed examples
    (reference_outputs/matlab/text_compose).

    Sources: MathWorks' compose reference page (the rules above and the
    ``compose("%.8f", pi)`` example, ``"3.14159265"``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> S = np.dtypes.StringDType()
    >>> matlab.compose(np.array('%.8f', dtype=S), np.pi)
    array('3.14159265', dtype=StringDType())
    >>> matlab.compose('%d-%d', np.array([[1, 2, 3, 4], [5, 6, 7, 8]]))
    [['1-2', '3-4'], ['5-6', '7-8']]
    >>> matlab.compose(np.array('%s: %d %d', dtype=S), np.array([['x'], ['y']], dtype=S),
    ...                np.array([[7], [8]]))
    array([['x: 7 %d'],
           ['y: 8 %d']], dtype=StringDType())
    """
    kind, formats, fshape = _formats(formatSpec)
    if not formats:
        raise CompatValueError("compose: formatSpec must not be empty.")
    data, dims = [], 0
    for value in A:
        grid, ndim = _data(value)
        data.append(grid)
        dims = max(dims, ndim)
    if any(f is None for f in formats):
        raise CompatValueError("compose: formatSpec must not contain <missing> strings.")
    if len({g.shape[0] for g in data}) > 1:
        raise CompatValueError("compose: All data arrays must have the same number of rows.")
    filled = [_filled(g) for g in data]
    gone = np.concatenate([np.vectorize(lambda v: v is None, otypes=[bool])(g)
                           for g in data], axis=1) if data and all(g.size for g in data) \
        else None
    results = []
    for fmt in formats:
        texts = core.compose_rows(fmt, filled)
        if gone is not None and gone.any():           # <missing> in: <missing> out
            step = max(1, len(core.operators(fmt)))
            for r, row in enumerate(texts):
                for k in range(len(row)):
                    if gone[r, k * step:(k + 1) * step].any():
                        row[k] = None
        results.append(texts)
    m, p = len(results[0]), len(results[0][0])
    if len(formats) == 1:
        grid = results[0]
        shape = (m, p)
        if not A or (dims == 0 and m == p == 1):
            shape = () if kind == "string" and fshape == () else (1, 1)
        elif dims < 2 and m == 1:
            shape = (p,)
    elif all(len(t) == 1 and len(t[0]) == 1 for t in results):
        grid = [[t[0][0] for t in results]]
        shape = tuple(fshape)
    elif tuple(fshape) in ((m, p),) or (len(fshape) == 1 and m == 1 and fshape[0] == p):
        flat = [results[k][k // p][k % p] for k in range(m * p)]
        grid = [flat]
        shape = tuple(fshape)
    else:
        raise CompatValueError("compose: a formatSpec array must have the size of the "
                               "result.")
    items = [t for row in grid for t in row]
    if kind == "string":
        return string_array(items, shape)
    if any(t is None for t in items):
        raise CompatTypeError("compose: <missing> text needs a string formatSpec.")
    if len(shape) == 2 and shape[0] > 1:
        return [items[r * shape[1]:(r + 1) * shape[1]] for r in range(shape[0])]
    return items


def _filled(grid: np.ndarray) -> np.ndarray:
    """``grid`` with ``<missing>`` texts as '' (their rows are replaced afterwards)."""
    out = grid.copy()
    for index in np.ndindex(out.shape):
        if out[index] is None:
            out[index] = ""
    return out
