"""MATLAB's structures, built and converted: ``struct``, ``struct2cell``,
``cell2struct``, ``isstruct``, ``structfun``.

The legacy layer of the family (:mod:`compat.matlab.struct_fields` reads and changes the
fields: ``fieldnames``, ``isfield``, ``rmfield``, ``getfield``, ``setfield``,
``orderfields``). A scalar struct is a ``dict`` (compat returns
:class:`~compat._core.struct.MatlabStruct`, a dict whose fields also read as attributes:
``s.name``); a struct array is a list of dicts with the same fields (a 2-D struct array
a list of rows); a numpy record array (``scipy.io.loadmat``'s default form) is accepted
wherever a struct array is. Every function returns new structs: the caller's dicts are
never changed (field values are shared, as MATLAB shares them until written).
"""

from __future__ import annotations

import numpy as np

from compat._core.cells import from_object, is_cell, is_struct, to_object
from compat._core.matlab_classes import as_cell
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.struct import MatlabStruct
from compat.matlab._structs import (DOCS, check_field, field_list, names_of, new_struct,
                                    rebuild, struct_items)
from compat.matlab.cells import _apply, _split_options

__all__ = ["struct", "struct2cell", "cell2struct", "isstruct", "structfun"]


# ---------------------------------------------------------------------------- struct
@matlab_function("struct")
@DOCS.named()
def struct(*args):
    """Create a structure, as MATLAB's ``struct``.

    MATLAB call forms::

        s = struct                                 ->  struct()
        s = struct(field, value)                   ->  struct('a', [1, 2, 3])
        s = struct(field1, value1, ..., fieldN, valueN)
        s = struct(field, {v1, v2})                ->  struct('x', ['a', 'b'])  (1x2 array)
        s = struct(field, {})                      ->  struct('x', np.empty((0, 0), object))
        s = struct(obj)                            ->  struct(d)               (a copy)

    Parameters
    ----------
    field : str
        Field names (a letter, then letters, digits, underscores; at most 63).
    value
        Any value. A **cell** value (a list holding text, dicts, arrays of different
        sizes...; or an object array) spreads over a struct array: a 1x1 cell puts its
        content in every element, an NxM cell makes an NxM struct array, an empty cell
        an empty struct array. Other values (numbers, arrays, a list of numbers) are
        stored as given in every element. To store a cell, wrap it: ``[['a', 'b']]``
        (MATLAB's ``{{'a', 'b'}}``).

    Returns
    -------
    MatlabStruct or list
        A scalar struct (:class:`~compat._core.struct.MatlabStruct`, a dict whose
        fields also read as attributes), or a struct array: a list of them (1xN or
        Nx1), a list of rows (2-D), ``[]`` when empty.

    Raises
    ------
    ValueError
        ``"struct: Field and value input arguments must come in pairs."``, invalid or
        repeated field names, cell values of different sizes.

    Notes
    -----
    ``dict(a=...)`` is the plain Python relative; it has no struct-array expansion
    (MATLAB's ``struct('x', {'a', 'b'})`` is **two** structs, a surprise in ported
    code that the dict constructor cannot reproduce) and no field-name rules.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import struct
    >>> s = struct('a', [1, 2, 3], 'b', 'text')
    >>> s.a, s['b']
    ([1, 2, 3], 'text')
    >>> [e.x for e in struct('x', ['a', 'b'], 'y', [[1.5]])]
    ['a', 'b']
    """
    if not args:
        return MatlabStruct()
    if len(args) == 1:
        obj = args[0]
        if isinstance(obj, dict):
            return new_struct(obj)
        if isinstance(obj, (list, tuple)) and len(obj) == 0 or obj is None:
            return []
        if is_struct(obj):
            return rebuild(obj, [new_struct(s) for s in struct_items(obj)])
        raise CompatValueError("Field and value input arguments must come in pairs.")
    if len(args) % 2:
        raise CompatValueError("Field and value input arguments must come in pairs.")
    names = [check_field(n) for n in args[0::2]]
    seen = set()
    for n in names:
        if n in seen:
            raise CompatValueError(f"Duplicate field name \"{n}\"")
        seen.add(n)
    values = list(args[1::2])
    shape = None
    cells = {}
    for i, v in enumerate(values):
        if is_cell(v) or (isinstance(v, np.ndarray) and v.dtype == object):
            o = to_object(v)
            cells[i] = o
            if o.size != 1:
                if shape is not None and o.shape != shape:
                    raise CompatValueError(f"Array dimensions of input {2 * i + 2} must "
                                           f"match those of the other cell values or be "
                                           f"1x1.")
                shape = o.shape
    if shape is None:
        return new_struct({n: (cells[i].flat[0] if i in cells else values[i])
                     for i, n in enumerate(names)})
    if 0 in shape:
        return []
    out = np.empty(shape, dtype=object)
    for index in np.ndindex(shape):
        out[index] = new_struct({n: (cells[i][index] if i in cells and cells[i].size != 1 else
                               cells[i].flat[0] if i in cells else values[i])
                           for i, n in enumerate(names)})
    return from_object(out)


# ---------------------------------------------------------- struct2cell / cell2struct
@matlab_function("struct2cell")
@DOCS.named()
def struct2cell(S):
    """Convert a structure to a cell array, as MATLAB's ``struct2cell``.

    MATLAB call form::

        C = struct2cell(S)   ->  struct2cell(S)

    Parameters
    ----------
    {{struct_in}}

    Returns
    -------
    list or ndarray of object
        A scalar struct: its values in field order (MATLAB's ``nfields x 1`` cell, a
        flat list). A 1xN struct array: MATLAB's ``nfields x 1 x N`` cell, as an
        object array of that shape.

    Notes
    -----
    ``list(S.values())`` is the scalar case; MATLAB's 3-D layout for struct arrays
    has no plain Python spelling.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import struct, struct2cell
    >>> struct2cell(struct('name', 'x', 'n', 2.0))
    ['x', 2.0]
    """
    items = struct_items(S)
    names = names_of(S)
    if isinstance(S, dict):
        return [S[n] for n in names]
    out = np.empty((len(names), 1, len(items)), dtype=object)
    for k, s in enumerate(items):
        for i, n in enumerate(names):
            out[i, 0, k] = s[n]
    if len(items) == 1:
        return list(out[:, 0, 0])
    return out


@matlab_function("cell2struct")
@DOCS.named()
def cell2struct(C, fields, dim=1):
    """Convert a cell array to a structure array, as MATLAB's ``cell2struct``.

    MATLAB call form::

        s = cell2struct(C, fields, dim)   ->  cell2struct(C, ['name', 'age'], 2)

    Parameters
    ----------
    C : list or object ndarray
        The cell (any list counts as a cell here).
    fields : str, list of str or char matrix
        The field names, one per element of ``C`` along ``dim``.
    dim : int, default 1
        The dimension of ``C`` that runs over the fields.

    Returns
    -------
    MatlabStruct or list
        One struct per position along the other dimensions (a 2-D ``C`` gives an
        ``n x 1`` struct array, a flat list; a single struct is returned alone).

    Raises
    ------
    ValueError
        ``"cell2struct: Number of field names must match number of fields in new
        structure."``

    Notes
    -----
    ``dict(zip(fields, values))`` is the scalar case; with a 2-D cell the MATLAB
    call builds one struct per row or column, depending on ``dim``.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import cell2struct
    >>> C = [['Ann', 30.0], ['Bob', 41.0]]
    >>> [dict(s) for s in cell2struct(C, ['name', 'age'], 2)]
    [{'name': 'Ann', 'age': 30.0}, {'name': 'Bob', 'age': 41.0}]
    """
    o = as_cell(C, "C")
    names = [check_field(n) for n in field_list(
        [str(r).rstrip() for r in fields] if isinstance(fields, np.ndarray) and
        fields.dtype.kind == "U" and fields.ndim == 1 else fields)]
    d = np.asarray(dim)
    if d.size != 1 or float(d) != int(float(d)) or int(float(d)) < 1:
        raise CompatValueError("DIM must be a positive integer scalar.")
    axis = int(float(d)) - 1
    full = o.reshape(o.shape + (1,) * (axis + 1 - o.ndim)) if axis >= o.ndim else o
    if full.shape[axis] != len(names):
        raise CompatValueError("Number of field names must match number of fields in new "
                               "structure.")
    moved = np.moveaxis(full, axis, 0)
    rest = moved.shape[1:]
    out = np.empty(int(np.prod(rest)) if rest else 1, dtype=object)
    for k, index in enumerate(np.ndindex(*rest[::-1]) if rest else [()]):
        idx = tuple(reversed(index))
        out[k] = new_struct({n: moved[(i,) + idx] for i, n in enumerate(names)})
    if out.size == 1:
        return out[0]
    return list(out)


# --------------------------------------------------------------- isstruct / structfun
@matlab_function("isstruct")
@DOCS.named()
def isstruct(A):
    """Determine if input is a structure array, as MATLAB's ``isstruct``.

    MATLAB call form::

        tf = isstruct(A)   ->  isstruct(A)

    Returns
    -------
    numpy.bool_
        True for a dict, a non-empty list of dicts and a numpy record array.

    Notes
    -----
    ``isinstance(A, dict)`` misses struct arrays (lists of dicts, record arrays).

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import isstruct, struct
    >>> isstruct(struct('a', 1)), isstruct([struct('a', 1)]), isstruct([1, 2])
    (np.True_, np.True_, np.False_)
    """
    return np.bool_(is_struct(A))


@matlab_function("structfun", nargout=32)
@DOCS.named()
def structfun(func, S, *args, nargout=1, **options):
    """Apply a function to each field of a scalar structure, as MATLAB's ``structfun``.

    MATLAB call forms::

        A = structfun(func, S)                         ->  structfun(f, S)
        A = structfun(..., 'UniformOutput', false)     ->  structfun(f, S, UniformOutput=False)
        A = structfun(..., 'ErrorHandler', h)
        [A1, ..., Am] = structfun(...)                 ->  structfun(f, S, nargout=2)

    Parameters
    ----------
    func : callable or str
        As :func:`compat.matlab.cellfun`.
    S : dict
        A scalar struct; its field values are passed in field order.
    UniformOutput, ErrorHandler, nargout
        As :func:`compat.matlab.cellfun` (the ErrorHandler's ``index`` is the field
        number).

    Returns
    -------
    ndarray or MatlabStruct
        Uniform output: a **column** array (``nfields x 1``) of the outputs' class.
        ``UniformOutput=False``: a struct with the same fields holding the outputs.

    Raises
    ------
    TypeError
        ``"structfun: Inputs to STRUCTFUN must be scalar structures."``

    Notes
    -----
    ``{k: f(v) for k, v in S.items()}`` is the non-uniform form; the uniform form
    checks, as MATLAB does, that every output is a scalar of one class.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import struct, structfun
    >>> s = struct('f1', 'mercury', 'f2', 'venus', 'f3', 'earth')
    >>> structfun(len, s).ravel()
    array([7., 5., 5.])
    >>> dict(structfun(str.upper, s, 'UniformOutput', False))
    {'f1': 'MERCURY', 'f2': 'VENUS', 'f3': 'EARTH'}
    """
    from compat.matlab.cells import _function

    if not isinstance(S, dict):
        if is_struct(S) and len(struct_items(S)) == 1:
            S = struct_items(S)[0]
        else:
            raise CompatTypeError("Inputs to STRUCTFUN must be scalar structures.")
    data, uniform, handler = _split_options(args, options)
    if data:
        raise CompatTypeError("structfun takes one structure")
    f = _function(func)
    names = list(S)
    values = [S[n] for n in names]
    result = _apply("structfun", f, [values], (len(names), 1), False, uniform, handler,
                    int(nargout))
    if uniform:
        return result
    outs = (result,) if nargout == 1 else result
    structs = tuple(new_struct(dict(zip(names, list(o) if isinstance(o, list) else
                                  list(to_object(o).ravel(order="F"))))) for o in outs)
    return structs[0] if nargout == 1 else structs
