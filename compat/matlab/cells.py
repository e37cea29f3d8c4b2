"""MATLAB's cell arrays: ``cell``, ``cellfun``, ``arrayfun``, ``cell2mat``, ``mat2cell``,
``cellstr``, ``iscellstr``.

The legacy layer of the family. A MATLAB cell array is a Python ``list`` (a 1xN or Nx1
cell a flat list, a 2-D cell a list of rows), and a numpy object array (what
``scipy.io.loadmat`` gives) is accepted anywhere; :mod:`compat._core.cells` decides what
is a cell and gives MATLAB's size and class of any Python value. ``num2cell`` is in
:mod:`compat.matlab.chars`.
"""

from __future__ import annotations

import numpy as np

from compat.matlab._datetime_types import is_time_array
from compat._core import cells as core
from compat._core.args import by_value, interleaved_options
from compat._core.cells import from_object, is_cell, is_struct, struct_list, to_object
from compat._core.docs import Fragments
from compat._core.errors import CompatError, CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_classes import as_cell, class_of
from compat._core.matlab_types import matlab_array
from compat.matlab.arrays import _codes_text, _concatenate

__all__ = ["cell", "cellfun", "arrayfun", "cell2mat", "mat2cell", "cellstr", "iscellstr"]

_DOCS = Fragments(
    sources="""
        Sources: MATLAB ``{{name}}`` reference page. Checked against GNU Octave 7.3
        (reference_outputs/matlab/cells).""",
    cells="""
        A cell array is a Python ``list`` (1xN or Nx1: a flat list; m x n: a list of m
        rows) or a numpy object array of any shape (``scipy.io.loadmat``'s form). A
        list of numbers is a numeric array, not a cell.""",
)


def _sizes(args) -> tuple:
    """MATLAB size arguments ``(n)``, ``(m, n, ...)``, ``([m n ...])``: negative sizes
    count as 0, trailing singletons beyond the second are dropped."""
    if not args:
        return (1, 1)
    if len(args) == 1:
        v = np.asarray(args[0])
        dims = [v.item()] * 2 if v.ndim == 0 or v.size == 1 else v.ravel().tolist()
    else:
        dims = []
        for a in args:
            v = np.asarray(a)
            if v.size != 1:
                raise CompatValueError("Size inputs must be scalar.")
            dims.append(v.item())
    out = []
    for d in dims:
        if isinstance(d, (bool, np.bool_)) or not isinstance(d, (int, float, np.number)) \
                or not np.isfinite(d) or d != int(d):
            raise CompatValueError(f"Size inputs must be integers, got {d!r}.")
        out.append(max(int(d), 0))
    while len(out) > 2 and out[-1] == 1:
        out.pop()
    return tuple(out)


# ------------------------------------------------------------------------------ cell
@matlab_function("cell")
@_DOCS.named()
def cell(*sz):
    """Create a cell array of empty arrays, as MATLAB's ``cell``.

    MATLAB call forms::

        C = cell(n)               ->  cell(3)          (3-by-3)
        C = cell(sz1, ..., szN)   ->  cell(1, 4)
        C = cell(sz)              ->  cell([2, 3])

    Parameters
    ----------
    sz : int
        Sizes as in ``zeros`` (negative counts as 0).

    Returns
    -------
    list or ndarray of object
        Every cell holds a new empty ``0x0`` double array (MATLAB's ``[]``). A 1xN or
        Nx1 cell is a flat list, an m x n cell a list of m rows (lists), an N-D cell a
        numpy object array of that shape.

    Notes
    -----
    ``[[]] * n`` or ``[None] * n`` are the usual Python stand-ins; ``[[]] * n`` makes
    every cell the **same** list object (appending to one appends to all), and neither
    has MATLAB's size or the ``isempty``/``numel`` MATLAB code tests.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import cell
    >>> cell(1, 3)
    [array([], shape=(0, 0), dtype=float64), array([], shape=(0, 0), dtype=float64), array([], shape=(0, 0), dtype=float64)]
    >>> len(cell(2)), len(cell(2)[0])
    (2, 2)
    """
    shape = _sizes(sz)
    out = np.empty(shape, dtype=object)
    for index in np.ndindex(shape):
        out[index] = np.zeros((0, 0))
    return from_object(out)


# ------------------------------------------------------------- cellfun and arrayfun
def _is_class(value, name) -> bool:
    if not isinstance(name, str):
        raise CompatTypeError("cellfun('isclass', C, classname): classname must be text")
    return class_of(value) == name


def _size_k(value, k) -> float:
    kk = int(np.asarray(k).item())
    if kk < 1:
        raise CompatValueError("cellfun('size', C, k): k must be a positive integer")
    shape = core.size_of(value)
    return float(shape[kk - 1]) if kk <= len(shape) else 1.0


def _is_real(value) -> bool:
    if is_cell(value) or is_struct(value):
        return False
    if isinstance(value, str) or value is None:
        return True
    try:
        return np.asarray(value).dtype.kind != "c"
    except (ValueError, TypeError):
        return False


#: MATLAB's legacy cellfun names: function of (value, extra args) and its class
_LEGACY = {
    "isempty": (lambda v: core.is_empty(v), "logical"),
    "islogical": (lambda v: class_of(v) == "logical", "logical"),
    "isreal": (_is_real, "logical"),
    "length": (lambda v: float(0 if core.is_empty(v) else max(core.size_of(v))), "double"),
    "ndims": (lambda v: float(len(core.size_of(v))), "double"),
    "prodofsize": (lambda v: float(np.prod(core.size_of(v))), "double"),
    "size": (_size_k, "double"),
    "isclass": (_is_class, "logical"),
}
#: other MATLAB functions a name may give that compat has no public function for
_BUILTIN = {
    "numel": lambda v: float(np.prod(core.size_of(v))),
    "class": class_of,
    "ischar": lambda v: class_of(v) == "char",
    "iscell": lambda v: class_of(v) == "cell",
    "isstruct": lambda v: class_of(v) == "struct",
    "isnumeric": lambda v: class_of(v) in ("double", "single") or
    class_of(v).startswith(("int", "uint")),
    "isfloat": lambda v: class_of(v) in ("double", "single"),
    "isinteger": lambda v: class_of(v).startswith(("int", "uint")),
    "isempty": core.is_empty,
    "length": _LEGACY["length"][0],
    "ndims": _LEGACY["ndims"][0],
    "size": lambda v: np.array([core.size_of(v)], dtype=np.float64),
}


def _function(func):
    """A callable for ``func``: a Python callable, or a MATLAB function name (``'@'``
    allowed): the legacy names, compat's MATLAB functions, a few introspection
    built-ins. A Python callable gets its arguments by value (copies), as MATLAB passes
    them: an element changed in place inside ``func`` leaves the caller's cell alone."""
    if callable(func):
        return by_value(func)
    if not isinstance(func, str):
        raise CompatTypeError(f"the first input must be a function (a callable or a "
                              f"function name), got {type(func).__name__}")
    name = func.strip().lstrip("@").strip()
    if name in _BUILTIN:
        return _BUILTIN[name]
    import compat.matlab as namespace

    target = getattr(namespace, name.lower(), None)
    if callable(target) and name.lower() in namespace.__all__:
        return target
    raise CompatValueError(f"Undefined function '{name}': pass a Python callable, one "
                           f"of cellfun's legacy names ({', '.join(sorted(_LEGACY))}) or "
                           f"a compat.matlab function name")


def _split_options(args, kwargs):
    """Positional data arguments and the UniformOutput/ErrorHandler options."""
    # MATLAB code abbreviates the names ('uni', 0 in real files): any prefix of two or
    # more characters, the shortest Octave 7.3 takes ('u' it refuses); MATLAB's
    # pages do not document abbreviations
    data, given = interleaved_options(args, kwargs, {"uniformoutput": "UniformOutput",
                                                     "errorhandler": "ErrorHandler"},
                                      shortest_prefix=2)
    options = {"UniformOutput": True, "ErrorHandler": None, **given}
    uniform = options["UniformOutput"]
    if isinstance(uniform, (list, tuple, np.ndarray)):
        uniform = np.asarray(uniform).ravel()
        if uniform.size != 1:
            raise CompatValueError("'UniformOutput' must be a logical scalar")
        uniform = uniform[0]
    if not isinstance(uniform, (bool, np.bool_, int, float, np.number)):
        raise CompatValueError("'UniformOutput' must be true or false")
    handler = options["ErrorHandler"]
    if handler is not None and not callable(handler):
        raise CompatTypeError("'ErrorHandler' must be a function (a callable)")
    return data, bool(uniform), by_value(handler)


def _apply(function_name, func, columns, shape, one_d, uniform, handler, nargout,
           legacy_class=None):
    """Call ``func`` on each tuple of ``columns`` (column-major element lists) and
    collect ``nargout`` outputs as MATLAB's cellfun/arrayfun do."""
    n = len(columns[0]) if columns else 0
    outs = [[None] * n for _ in range(nargout)]
    classes = [None] * nargout
    for k in range(n):
        args = [c[k] for c in columns]
        try:
            value = func(*args)
        except Exception as error:  # noqa: BLE001 - MATLAB's ErrorHandler gets any error
            if handler is None:
                raise
            message = error.message if isinstance(error, CompatError) else str(error)
            info = {"message": message, "identifier": getattr(error, "identifier", "") or "",
                    "index": float(k + 1)}
            value = handler(info, *args)
        values = value if nargout > 1 else (value,)
        if nargout > 1 and (not isinstance(value, tuple) or len(value) < nargout):
            raise CompatValueError(f"the function must return {nargout} outputs (a tuple) "
                                   f"for nargout={nargout}")
        for j in range(nargout):
            v = values[j]
            if uniform:
                if core.size_of(v) != (1, 1) or is_cell(v) or is_struct(v):
                    raise CompatValueError(f"Non-scalar in Uniform output, at index {k + 1}, "
                                           f"output {j + 1}. Set 'UniformOutput' to false.")
                cls = class_of(v)
                if classes[j] is None:
                    classes[j] = cls
                elif cls != classes[j]:
                    raise CompatValueError(f"Mismatch in type of outputs, at index {k + 1}, "
                                           f"output {j + 1} ({classes[j]} versus {cls}). Set "
                                           f"'UniformOutput' to false.")
            outs[j][k] = v
    results = []
    for j in range(nargout):
        if uniform:
            results.append(_uniform_array(outs[j], classes[j] or legacy_class or "double",
                                          shape, one_d))
        else:
            o = np.empty(n, dtype=object)
            for k, v in enumerate(outs[j]):
                o[k] = v
            o = o.reshape(shape, order="F")
            results.append(from_object(o) if not one_d else list(o.ravel(order="F")))
    return results[0] if nargout == 1 else tuple(results)


def _uniform_array(values, cls: str, shape, one_d: bool):
    if cls == "char":
        codes = np.array([ord(str(v)) for v in values], dtype=np.float64)
        codes = codes.reshape(shape, order="F")
        if codes.ndim == 2 and codes.shape[0] <= 1:
            return _codes_text(codes.reshape(1, -1)) if codes.size else ""
        return _codes_text(codes)
    dtype = {"logical": np.bool_, "double": np.float64, "single": np.float32}
    if values:
        arr = np.array([matlab_array(v, "output").reshape(()) for v in values])
        if cls in dtype and arr.dtype.kind != "c":
            arr = arr.astype(dtype[cls])
    else:
        arr = np.zeros(0, dtype=dtype.get(cls, np.float64))
    if one_d:
        return arr
    return arr.reshape(shape, order="F")


def _cell_columns(cells):
    objs = [as_cell(c, f"Input #{i + 2}") for i, c in enumerate(cells)]
    shape = objs[0].shape
    for i, o in enumerate(objs[1:], start=3):
        if o.shape != shape:
            raise CompatValueError(f"All of the input arguments must be of the same size "
                                   f"and shape. Input #{i} has size "
                                   f"{'x'.join(map(str, o.shape))}, input #2 "
                                   f"{'x'.join(map(str, shape))}.")
    first = cells[0]
    one_d = (isinstance(first, (list, tuple)) and objs[0].shape[0] <= 1) or \
        (isinstance(first, np.ndarray) and first.ndim <= 1)
    columns = [list(o.ravel(order="F")) for o in objs]
    return columns, shape, one_d


@matlab_function("cellfun", nargout=32)
@_DOCS.named()
def cellfun(func, *args, nargout=1, **options):
    """Apply a function to each cell of a cell array, as MATLAB's ``cellfun``.

    MATLAB call forms::

        A = cellfun(func, C)                         ->  cellfun(len, C)
        A = cellfun(func, C1, ..., Cn)               ->  cellfun(f, C1, C2)
        A = cellfun('isempty', C)                    ->  cellfun('isempty', C)
        A = cellfun('size', C, k)                    ->  cellfun('size', C, 2)
        A = cellfun('isclass', C, classname)         ->  cellfun('isclass', C, 'char')
        A = cellfun(..., 'UniformOutput', false)     ->  cellfun(f, C, 'UniformOutput', False)
        A = cellfun(..., 'ErrorHandler', h)          ->  cellfun(f, C, ErrorHandler=h)
        [A1, ..., Am] = cellfun(...)                 ->  cellfun(f, C, nargout=2)

    Parameters
    ----------
    func : callable or str
        A Python callable taking one argument per cell array; or a MATLAB function
        name: the legacy names 'isempty', 'islogical', 'isreal', 'length', 'ndims',
        'prodofsize', 'size' (with ``k``), 'isclass' (with a class name), MATLAB's
        ``numel``, ``class``, ``ischar``, ``iscell``, ``isstruct``, ``isnumeric``,
        ``isfloat``, ``isinteger``, or any ``compat.matlab`` function (``'upper'``).
        A leading ``@`` is allowed (``'@isempty'``).
    C1, ..., Cn : list or object ndarray
        {{cells}} All of the same size; elements are passed in column-major order.
    UniformOutput : bool, default True
        True: every output must be a scalar (a number, a logical, one character) of
        the same class each time; they are joined into an array the size of ``C``.
        False: the outputs are returned in a cell of the size of ``C``.
    ErrorHandler : callable, optional
        Called as ``h(S, *args)`` when ``func`` raises; ``S`` is a dict with
        ``'message'``, ``'identifier'`` and ``'index'`` (1-based); its return value
        replaces the output.
        Both names may be abbreviated to two or more characters, as real MATLAB code
        writes them: ``'un'``, ``'uni'``, ``'Uniform'``, ``'ErrorH'`` (Octave 7.3's
        rule; MATLAB's pages show only the full names).
    nargout : int
        The number of outputs of ``func`` (it then returns a tuple).

    Returns
    -------
    ndarray, str, list or tuple of them
        Uniform output: an array of the outputs' class (Python numbers are double,
        ``bool`` logical; one-character text gives a char row ``str``) in the shape of
        ``C`` -- **1-D for a flat-list cell**, the 2-D/N-D shape otherwise. Non-uniform:
        a list (the cell's form). Several outputs: a tuple.

    Raises
    ------
    ValueError
        MATLAB's messages: ``"cellfun: Non-scalar in Uniform output, at index 2, output
        1. Set 'UniformOutput' to false."``, ``"cellfun: Mismatch in type of outputs,
        at index 2, output 1 (single versus double). ..."``; cells of different sizes.
    TypeError
        ``"cellfun: Input #2 expected to be a cell array, was double instead."``

    Notes
    -----
    The naive Python ``[f(c) for c in C]`` gives a list of whatever ``f`` returns: no
    MATLAB class (``cellfun(@numel, C)`` is double, ``cellfun('isempty', C)`` logical),
    no shape, no check that outputs are scalars of one class, and it walks a 2-D cell
    row by row where MATLAB goes down the columns.

    GNU Octave 7.3 joins outputs of different classes (``cellfun(@(v) v, {1, 'a'})``
    gives ``[1 97]``) where MATLAB raises "Mismatch in type of outputs" (documented:
    "The output from func must always be the same data type"; printed in MATLAB
    Answers 1876727); compat follows MATLAB.

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import cellfun
    >>> C = [np.arange(1.0, 11.0), np.array([[2.0], [4.0], [6.0]]), np.zeros((0, 0))]
    >>> cellfun('mean', C)                # compat.matlab.mean: mean([]) is NaN
    array([5.5, 4. , nan])
    >>> cellfun('isempty', ['', 'abc', []])
    array([ True, False,  True])
    >>> cellfun(lambda s: s.upper(), ['ab', 'c'], 'UniformOutput', False)
    ['AB', 'C']
    >>> cellfun('size', [np.zeros((2, 3)), 'abcd'], 2)
    array([3., 4.])
    """
    fname = func.strip().lstrip("@").strip() if isinstance(func, str) else None
    data, uniform, handler = _split_options(args, options)
    if not data:
        raise CompatTypeError("Not enough input arguments: give the cell array.")
    if fname in _LEGACY:
        f, cls = _LEGACY[fname]
        extra = data[1:]
        if fname in ("size", "isclass"):
            if len(extra) != 1:
                raise CompatValueError(f"cellfun('{fname}', C, ...) needs exactly one more "
                                       f"argument")
            columns, shape, one_d = _cell_columns(data[:1])
            value = extra[0]
            func_call = (lambda v: f(v, value))
        else:
            if extra:
                raise CompatValueError(f"cellfun('{fname}', C) takes one cell array")
            columns, shape, one_d = _cell_columns(data)
            func_call = f
        wrapped = ((lambda *a: np.bool_(func_call(*a))) if cls == "logical"
                   else (lambda *a: np.float64(func_call(*a))))
        return _apply("cellfun", wrapped, columns, shape, one_d, True, None, 1, cls)
    f = _function(func)
    columns, shape, one_d = _cell_columns(data)
    return _apply("cellfun", f, columns, shape, one_d, uniform, handler, int(nargout))


def _array_columns(arrays):
    cols, shapes, one_d = [], [], False
    for i, a in enumerate(arrays):
        if is_struct(a):
            items = struct_list(a)
            cols.append(items)
            shapes.append((1, len(items)) if not isinstance(a, dict) else (1, 1))
            one_d = one_d or (i == 0 and (isinstance(a, (list, tuple)) or (
                isinstance(a, np.ndarray) and a.ndim <= 1)))
            continue
        if isinstance(a, str):
            cols.append(list(a))
            shapes.append((1, len(a)) if a else (0, 0))
            one_d = one_d or i == 0
            continue
        if is_cell(a):
            o = to_object(a)
            items = []
            for x in o.ravel(order="F"):
                items.append([x])                 # A(i) of a cell is a 1x1 cell
            cols.append(items)
            shapes.append(o.shape)
            continue
        arr = matlab_array(a, f"A{i + 1}")
        if i == 0:
            one_d = arr.ndim <= 1
        shape = (1, 1) if arr.ndim == 0 else (1, arr.size) if arr.ndim == 1 else arr.shape
        cols.append(list(arr.ravel(order="F")))
        shapes.append(shape)
    for i, s in enumerate(shapes[1:], start=3):
        if s != shapes[0]:
            raise CompatValueError(f"All of the input arguments must be of the same size "
                                   f"and shape. Input #{i} has size {'x'.join(map(str, s))}, "
                                   f"input #2 {'x'.join(map(str, shapes[0]))}.")
    return cols, shapes[0], one_d


@matlab_function("arrayfun", nargout=32)
@_DOCS.named()
def arrayfun(func, *args, nargout=1, **options):
    """Apply a function to each element of an array, as MATLAB's ``arrayfun``.

    MATLAB call forms::

        B = arrayfun(func, A)                        ->  arrayfun(f, A)
        B = arrayfun(func, A1, ..., An)              ->  arrayfun(f, A1, A2)
        B = arrayfun(..., 'UniformOutput', false)    ->  arrayfun(f, A, UniformOutput=False)
        B = arrayfun(..., 'ErrorHandler', h)
        [B1, ..., Bm] = arrayfun(...)                ->  arrayfun(f, A, nargout=2)

    Parameters
    ----------
    func : callable or str
        As :func:`cellfun` (without the legacy cellfun names).
    A1, ..., An : array_like, str or struct array
        Arrays of one size: numeric and logical arrays give numpy scalars of their
        class (a Python list of numbers is double), text gives one-character ``str``,
        a struct array (list of dicts) gives each struct, a cell gives 1x1 cells.
    UniformOutput, ErrorHandler, nargout
        As :func:`cellfun`.

    Returns
    -------
    ndarray, str, list or tuple of them
        As :func:`cellfun`, in the shape of ``A1`` (1-D for a 1-D input or a list of
        structs).

    Notes
    -----
    ``np.vectorize(f)(A)`` is the numpy relative: it guesses the output type from the
    first call (later values are cast to it, silently truncating), broadcasts
    arguments of different sizes where MATLAB requires one size, and has no
    ErrorHandler or non-uniform form.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import arrayfun
    >>> arrayfun(lambda x: x ** 2, [1, 2, 3])
    array([1., 4., 9.])
    >>> S = [{'f1': [1.0, 2.0]}, {'f1': [3.0, 4.0, 5.0]}]
    >>> arrayfun(lambda s: len(s['f1']), S)
    array([2., 3.])
    """
    data, uniform, handler = _split_options(args, options)
    if not data:
        raise CompatTypeError("Not enough input arguments: give the array.")
    f = _function(func)
    columns, shape, one_d = _array_columns(data)
    return _apply("arrayfun", f, columns, shape, one_d, uniform, handler, int(nargout))


# --------------------------------------------------------------- cell2mat / mat2cell
@matlab_function("cell2mat")
@_DOCS.named()
def cell2mat(C):
    """Convert a cell array of arrays to one array, as MATLAB's ``cell2mat``.

    MATLAB call form::

        A = cell2mat(C)   ->  cell2mat(C)

    Parameters
    ----------
    C : list or object ndarray
        {{cells}} The contents must all be numeric/logical, all text or all structs,
        and fit together: in each row of ``C`` the same number of rows, in each
        column the same number of columns.

    Returns
    -------
    ndarray, str or list
        The contents joined as MATLAB does it: along the last dimension of ``C`` first
        (each row of a 2-D cell with ``horzcat``), then down dimension 1, with
        :func:`compat.matlab.cat`'s class rules. An empty cell gives ``[]`` (0x0).

    Raises
    ------
    TypeError
        ``"cell2mat: CELL2MAT does not support cell arrays containing cell arrays or
        objects."`` and mixed contents.

    Notes
    -----
    ``np.block(C)`` is the closest numpy call; it treats 1-D pieces as rows of length
    n where MATLAB's ``[1 2]`` is a 1x2 row too, but it promotes classes (int8 with
    float64 gives float64, MATLAB gives int8) and a flat list of arrays of different
    heights is an error in MATLAB too. A flat Python list is a **1xN** cell here, so
    its contents are joined side by side; give ``[[a], [b]]`` for the column ``{a; b}``.

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import cell2mat
    >>> C = [[np.array([[1.0]]), np.array([[2.0, 3.0, 4.0]])],
    ...      [np.array([[5.0], [9.0]]), np.array([[6.0, 7.0, 8.0], [10.0, 11.0, 12.0]])]]
    >>> cell2mat(C)
    array([[ 1.,  2.,  3.,  4.],
           [ 5.,  6.,  7.,  8.],
           [ 9., 10., 11., 12.]])
    """
    if not isinstance(C, (list, tuple)) and not is_cell(C):
        raise CompatTypeError("Input must be a cell array.")
    o = as_cell(C, "C")
    if o.size == 0:
        return np.zeros((0, 0))
    items = list(o.ravel())
    if any(is_cell(v) for v in items):
        raise CompatTypeError("CELL2MAT does not support cell arrays containing cell "
                              "arrays or objects.")
    kinds = {"struct" if is_struct(v) else "char" if isinstance(v, str) or (
        isinstance(v, np.ndarray) and v.dtype.kind == "U") else "numeric" for v in items}
    if len(kinds) > 1:
        raise CompatTypeError("All contents of the input cell array must be of the same "
                              "data type.")
    current = o
    for axis in range(o.ndim - 1, 0, -1):
        shape = current.shape[:axis]
        merged = np.empty(shape, dtype=object)
        for index in np.ndindex(shape):
            merged[index] = _concatenate(axis, list(current[index]))
        current = merged
    return _concatenate(0, list(current.ravel(order="F")))


@matlab_function("mat2cell")
@_DOCS.named()
def mat2cell(A, *dist):
    """Split an array into a cell array of blocks, as MATLAB's ``mat2cell``.

    MATLAB call forms::

        C = mat2cell(A, dim1Dist, ..., dimNDist)   ->  mat2cell(A, [1, 2], [3, 1])
        C = mat2cell(A, rowDist)                   ->  mat2cell(A, [2, 2])

    Parameters
    ----------
    A : array_like, str or cell
        The array (a 1-D array is a ``1 x n`` row).
    dim1Dist, ..., dimNDist : sequence of int
        Block sizes along each dimension; each must sum to that dimension's size.
        Dimensions without a vector are not split.

    Returns
    -------
    list or ndarray of object
        A cell of ``len(dim1Dist) x len(dim2Dist) x ...`` blocks (copies of ``A``'s
        parts, its class): a flat list for one row of blocks, a list of rows otherwise
        -- also for one column of blocks (``[[b1], [b2]]``, not the flat list compat
        uses for other Nx1 cells), so that ``cell2mat`` puts the blocks back in place.

    Raises
    ------
    ValueError
        ``"mat2cell: Input arguments, D1 through D2, must sum to each dimension of the
        input matrix size, [3 4]."``

    Notes
    -----
    ``np.split``/``np.array_split`` take split **positions** (cumulative indices),
    split one axis at a time and return views; MATLAB takes block **sizes** for every
    dimension at once.

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import mat2cell
    >>> A = np.arange(1.0, 13.0).reshape(3, 4, order='F')
    >>> C = mat2cell(A, [1, 2], [3, 1])
    >>> C[1][0]
    array([[2., 5., 8.],
           [3., 6., 9.]])
    """
    if not dist:
        raise CompatTypeError("Not enough input arguments: give the block sizes.")
    if isinstance(A, str):
        text = True
        a = np.array([ord(c) for c in A], dtype=np.float64).reshape(1, -1) if A \
            else np.zeros((0, 0))
    elif isinstance(A, (list, tuple)) and is_cell(A):
        text = False
        a = to_object(A)
    else:
        text = False
        a = matlab_array(A, "A")
        a = a.reshape(1, -1) if a.ndim == 1 else (a.reshape(1, 1) if a.ndim == 0 else a)
    nd = max(a.ndim, len(dist))
    a = a.reshape(a.shape + (1,) * (nd - a.ndim))
    sizes = []
    for i in range(nd):
        if i < len(dist):
            d = np.asarray(dist[i], dtype=float).ravel()
            if np.any(d < 0) or np.any(d != np.floor(d)):
                raise CompatValueError("Block sizes must be nonnegative integers.")
            sizes.append([int(x) for x in d])
        else:
            sizes.append([a.shape[i]])
    if any(sum(s) != a.shape[i] for i, s in enumerate(sizes)):
        shown = " ".join(str(n) for n in a.shape)
        raise CompatValueError(f"Input arguments, D1 through D{len(dist)}, must sum to each "
                               f"dimension of the input matrix size, [{shown}].")
    starts = [np.concatenate([[0], np.cumsum(s)]).astype(int) for s in sizes]
    out = np.empty(tuple(len(s) for s in sizes), dtype=object)
    for index in np.ndindex(out.shape):
        block = a[tuple(slice(starts[d][k], starts[d][k + 1]) for d, k in enumerate(index))]
        block = np.array(block, copy=True)
        while block.ndim > 2 and block.shape[-1] == 1:
            block = block.reshape(block.shape[:-1])
        if text:
            block = _codes_text(block) if block.shape[0] == 1 else _codes_text(block)
        elif block.dtype == object:
            block = from_object(block)
        out[index] = block
    while out.ndim > 2 and out.shape[-1] == 1:
        out = out.reshape(out.shape[:-1])
    if out.ndim == 2 and out.shape[0] > 1:
        return [list(row) for row in out]   # rows kept, so cell2mat undoes it
    return from_object(out)


# ----------------------------------------------------------------- cellstr / iscellstr
def _deblank(text: str) -> str:
    return text.rstrip(" \t\n\v\f\r\0")


@matlab_function("cellstr")
@_DOCS.named()
def cellstr(A):
    """Convert to a cell array of character vectors, as MATLAB's ``cellstr``.

    MATLAB call forms::

        C = cellstr(A)   ->  cellstr(['abc ', 'defg', 'hi  '])

    Parameters
    ----------
    A : str, array of str, or list of str
        A char row (``str``); a char matrix (a 1-D array of ``str`` rows of **equal
        length**); a string array (any other ``str`` array); or a cell of text, which is
        returned as a copy.

    Returns
    -------
    list of str
        One element per row of a char array, with trailing whitespace and null
        characters removed (MATLAB deblanks the rows of a char array); the elements
        of a string array unchanged, in its shape (a flat list for a vector).
        ``cellstr('')`` is ``['']``.

    Raises
    ------
    TypeError
        ``"cellstr: Input must be a string array, character array, or cell array of
        character vectors."`` for numbers and for cells holding other values.

    Notes
    -----
    ``list(A)`` or ``A.tolist()`` keep the padding blanks of a char matrix, which
    then break comparisons (``strcmp``) with the unpadded names. GNU Octave 7.3
    removes only trailing spaces (a trailing tab stays); compat removes the whitespace
    MATLAB's ``deblank`` removes. A 1-D array of equal-length ``str`` is read as a
    char matrix (deblanked), as ``loadmat`` gives one; pass a 2-D array (``(1, n)``)
    for a string array.

    {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import cellstr
    >>> cellstr(np.array(['abc ', 'defg', 'hi  ']))
    ['abc', 'defg', 'hi']
    >>> cellstr(np.array([['Past', 'Present', 'Future']]))
    ['Past', 'Present', 'Future']
    """
    if is_time_array(A):                         # cellstr(t): the display texts
        return A.cellstr()
    message = ("Input must be a string array, character array, or cell array of "
               "character vectors.")
    if isinstance(A, str):
        return [_deblank(A)]
    if isinstance(A, np.ndarray) and A.dtype.kind == "T":
        # a string array (numpy StringDType): its elements in its shape; a <missing>
        # element becomes '' (MathWorks' cellstr page)
        items = [v if isinstance(v, str) else "" for v in A.ravel().tolist()]
        return from_object(np.array(items, dtype=object).reshape(A.shape)) if items \
            else from_object(np.empty(A.shape, dtype=object))
    if isinstance(A, np.ndarray) and A.dtype.kind == "U":
        rows = [str(r) for r in A.ravel()]
        if A.ndim <= 1 and len({len(r) for r in rows}) <= 1:
            return [_deblank(r) for r in rows] if rows else [""]
        return from_object(np.array(A, dtype=object))
    if is_cell(A) or (isinstance(A, (list, tuple)) and len(A) == 0):
        if isinstance(A, (list, tuple)) and len(A) == 0:
            return []
        o = to_object(A)
        if not all(isinstance(v, str) for v in o.ravel()):
            raise CompatTypeError(message)
        return from_object(o.copy()) if isinstance(A, np.ndarray) else \
            [list(r) if isinstance(r, list) else r for r in A]
    raise CompatTypeError(message)


@matlab_function("iscellstr")
@_DOCS.named()
def iscellstr(A):
    """Determine if the input is a cell array of character vectors, as MATLAB's
    ``iscellstr``.

    MATLAB call form::

        tf = iscellstr(A)   ->  iscellstr(['a', 'bc'])

    Parameters
    ----------
    A : any
        {{cells}}

    Returns
    -------
    numpy.bool_
        True for a cell whose every element is text (``str``; a char matrix element,
        an array of ``str`` rows, counts too); True for an empty cell (``[]`` is not a
        cell: a Python empty list is MATLAB's ``[]``, pass an empty object array);
        False for anything else.

    Notes
    -----
    ``all(isinstance(x, str) for x in A)`` is True for a ``str`` itself (it iterates
    over characters), which ``iscellstr('abc')`` is not.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import iscellstr
    >>> iscellstr(['Smith', 'Chung', 'Morales']), iscellstr(['a', 1.0]), iscellstr('abc')
    (np.True_, np.False_, np.False_)
    """
    if not is_cell(A):
        return np.False_
    o = to_object(A)
    return np.bool_(all(isinstance(v, str) or (isinstance(v, np.ndarray) and
                                                v.dtype.kind == "U") for v in o.ravel()))
