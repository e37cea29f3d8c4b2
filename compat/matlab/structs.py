"""MATLAB's structures: ``struct``, ``fieldnames``, ``isfield``, ``rmfield``, ``getfield``,
``setfield``, ``orderfields``, ``struct2cell``, ``cell2struct``, ``isstruct``,
``structfun``.

The legacy layer of the family. A scalar struct is a ``dict`` (compat returns
:class:`~compat._core.struct.MatlabStruct`, a dict whose fields also read as attributes:
``s.name``); a struct array is a list of dicts with the same fields (a 2-D struct array
a list of rows); a numpy record array (``scipy.io.loadmat``'s default form) is accepted
wherever a struct array is. Every function returns new structs: the caller's dicts are
never changed (field values are shared, as MATLAB shares them until written).
"""

from __future__ import annotations

import re

import numpy as np

from compat._core.cells import (as_cell, from_object, is_cell, is_struct, struct_list,
                                to_object)
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result
from compat._core.struct import MatlabStruct
from compat.matlab.cells import _apply, _split_options

__all__ = ["struct", "fieldnames", "isfield", "rmfield", "getfield", "setfield",
           "orderfields", "struct2cell", "cell2struct", "isstruct", "structfun",
           "OrderfieldsResult"]

_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_NAMELENGTHMAX = 63


class OrderfieldsResult(Result):
    """``[S, Perm] = orderfields(...)``: the reordered struct and the permutation."""

    request_style = "nargout"
    S: object
    Perm: np.ndarray


_DOCS = Fragments(
    sources="""
        Sources: MATLAB ``{{name}}`` reference page. Checked against GNU Octave 7.3
        (reference_outputs/matlab/structs).""",
    struct_in="""
        S : dict, list of dicts or record array
            A scalar struct (a dict), a struct array (a list of dicts with the same
            fields) or a numpy record array (``loadmat``'s struct array).""",
)


def _check_field(name, function: str) -> str:
    if not isinstance(name, str):
        raise CompatTypeError(f"Field names must be text, not {type(name).__name__}.")
    if not _NAME.match(name) or len(name) > _NAMELENGTHMAX:
        raise CompatValueError(f"Invalid field name \"{name}\": a field name starts with a "
                               f"letter, holds only letters, digits and underscores, and "
                               f"has at most {_NAMELENGTHMAX} characters.")
    return name


def _new(fields: dict) -> MatlabStruct:
    out = MatlabStruct()
    for k, v in fields.items():
        dict.__setitem__(out, k, v)
    return out


def _rebuild(value, items: list):
    """``items`` (a list of dicts) in the form of the struct ``value`` was given in."""
    if isinstance(value, dict):
        return items[0]
    if isinstance(value, np.ndarray) and value.dtype.names is not None:
        o = np.empty(len(items), dtype=object)
        for k, item in enumerate(items):
            o[k] = item
        return from_object(o.reshape(value.shape, order="F") if value.ndim else o)
    if value and isinstance(value[0], list):
        width = len(value[0])
        return [items[r * width:(r + 1) * width] for r in range(len(value))]
    return items


def _items(S, function: str) -> list[dict]:
    if isinstance(S, (list, tuple)) and S and all(isinstance(r, list) for r in S) and \
            all(isinstance(x, dict) for r in S for x in r):
        return [x for r in S for x in r]
    if not is_struct(S):
        raise CompatTypeError(f"Invalid input argument of type '{_class(S)}'. Input must "
                              f"be a structure.")
    return struct_list(S)


def _class(value) -> str:
    from compat._core.cells import class_of
    return class_of(value)


def _names_of(S) -> list[str]:
    if isinstance(S, np.ndarray) and S.dtype.names is not None:
        return list(S.dtype.names)
    items = struct_list(S) if not (isinstance(S, list) and S and isinstance(S[0], list)) \
        else [x for r in S for x in r]
    return list(items[0]) if items else []


# ---------------------------------------------------------------------------- struct
@matlab_function("struct")
@_DOCS.named()
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
            return _new(obj)
        if isinstance(obj, (list, tuple)) and len(obj) == 0 or obj is None:
            return []
        if is_struct(obj):
            return _rebuild(obj, [_new(s) for s in _items(obj, "struct")])
        raise CompatValueError("Field and value input arguments must come in pairs.")
    if len(args) % 2:
        raise CompatValueError("Field and value input arguments must come in pairs.")
    names = [_check_field(n, "struct") for n in args[0::2]]
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
        return _new({n: (cells[i].flat[0] if i in cells else values[i])
                     for i, n in enumerate(names)})
    if 0 in shape:
        return []
    out = np.empty(shape, dtype=object)
    for index in np.ndindex(shape):
        out[index] = _new({n: (cells[i][index] if i in cells and cells[i].size != 1 else
                               cells[i].flat[0] if i in cells else values[i])
                           for i, n in enumerate(names)})
    return from_object(out)


# ------------------------------------------------------------ fieldnames / isfield
@matlab_function("fieldnames")
@_DOCS.named()
def fieldnames(S):
    """Field names of a structure, as MATLAB's ``fieldnames``.

    MATLAB call form::

        names = fieldnames(S)   ->  fieldnames(S)

    Parameters
    ----------
    {{struct_in}}

    Returns
    -------
    list of str
        The names in field order (MATLAB's column cell).

    Raises
    ------
    TypeError
        ``"fieldnames: Invalid input argument of type 'double'. Input must be a
        structure."``

    Notes
    -----
    ``list(S)`` gives the same names for a dict, but the characters of a ``str`` or
    the elements of a list without complaint; MATLAB's error catches the mix-up.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import fieldnames, struct
    >>> fieldnames(struct('b', 1, 'a', 2))
    ['b', 'a']
    """
    _items(S, "fieldnames")
    return _names_of(S)


@matlab_function("isfield")
@_DOCS.named()
def isfield(S, field):
    """Determine if input is a structure field, as MATLAB's ``isfield``.

    MATLAB call forms::

        TF = isfield(S, field)    ->  isfield(S, 'a')
        TF = isfield(S, fields)   ->  isfield(S, ['a', 'b', 'c'])

    Parameters
    ----------
    S : any
        A struct (dict, list of dicts, record array); anything else gives false.
    field : str or list of str
        One name, or a cell of names (non-text entries give false).

    Returns
    -------
    numpy.bool_ or ndarray of bool
        One value for a name; for a cell, an array of its shape (1-D for a flat list).

    Notes
    -----
    ``name in S`` is the plain Python test for a dict; it raises for a list of
    names (unhashable) and tests membership in a list of dicts differently.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import isfield, struct
    >>> S = struct('x', [[1.0]], 'y', 'a')
    >>> isfield(S, ['x', 'y', 'z'])
    array([ True,  True, False])
    """
    names = set(_names_of(S)) if is_struct(S) or isinstance(S, np.ndarray) and \
        S.dtype.names is not None else set()
    if isinstance(field, str):
        return np.bool_(field in names)
    if is_cell(field) or isinstance(field, (list, tuple)):
        o = as_cell(field)
        r = np.array([isinstance(f, str) and f in names for f in o.ravel(order="F")],
                     dtype=bool)
        if isinstance(field, (list, tuple)) and o.shape[0] <= 1:
            return r
        return r.reshape(o.shape, order="F")
    if isinstance(field, np.ndarray) and field.dtype.kind == "U":
        return np.vectorize(lambda f: f in names, otypes=[bool])(field)
    return np.False_


# -------------------------------------------------------------------------- rmfield
def _field_list(field, function: str) -> list[str]:
    if isinstance(field, str):
        return [field]
    if isinstance(field, np.ndarray) and field.dtype.kind == "U":
        return [str(f) for f in field.ravel()]
    if isinstance(field, (list, tuple)) or is_cell(field):
        names = list(as_cell(field).ravel(order="F"))
        if all(isinstance(n, str) for n in names):
            return names
    raise CompatTypeError("Field names must be a character vector, a string array or a "
                          "cell array of character vectors.")


@matlab_function("rmfield")
@_DOCS.named()
def rmfield(S, field):
    """Remove fields from a structure, as MATLAB's ``rmfield``.

    MATLAB call forms::

        s = rmfield(s, field)    ->  rmfield(s, 'a')
        s = rmfield(s, fields)   ->  rmfield(s, ['a', 'b'])

    Parameters
    ----------
    {{struct_in}}
    field : str or list of str
        Names to remove; each must exist.

    Returns
    -------
    MatlabStruct or list
        A **new** struct (struct array) without the fields, the others in order;
        ``S`` itself is unchanged.

    Raises
    ------
    ValueError
        ``"rmfield: Reference to non-existent field 'z'."``

    Notes
    -----
    ``del s['a']`` or ``s.pop('a')`` change the caller's dict in place, which MATLAB's
    ``s2 = rmfield(s, 'a')`` never does (``s`` keeps its field).

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import rmfield, struct
    >>> s = struct('a', 1.0, 'b', 2.0, 'c', 3.0)
    >>> list(rmfield(s, ['a', 'c'])), list(s)
    (['b'], ['a', 'b', 'c'])
    """
    items = _items(S, "rmfield")
    remove = _field_list(field, "rmfield")
    present = set(_names_of(S))
    for name in remove:
        if name not in present:
            raise CompatValueError(f"Reference to non-existent field '{name}'.")
    drop = set(remove)
    return _rebuild(S, [_new({k: v for k, v in s.items() if k not in drop})
                        for s in items])


# ---------------------------------------------------------------- getfield / setfield
def _subscript(container, subs, function: str):
    """``container(subs{:})`` with 1-based subscripts."""
    subs = list(subs)
    if is_cell(container) or is_struct(container):
        items = _items(container, function) if is_struct(container) else list(container)
        if len(subs) == 1:
            k = int(np.asarray(subs[0]).item())
        elif len(subs) == 2 and int(np.asarray(subs[0]).item()) == 1:
            k = int(np.asarray(subs[1]).item())
        else:
            raise CompatValueError("compat indexes struct arrays and cells by one linear "
                                   "index (or (1, k))")
        if not 1 <= k <= len(items):
            raise CompatValueError(f"Index exceeds the number of array elements. Index "
                                   f"must not exceed {len(items)}.")
        item = items[k - 1]
        return item if is_struct(container) else [item]
    a = np.asarray(container) if isinstance(container, np.ndarray) and \
        container.dtype.kind in "UO" else matlab_array(container, "value")
    if a.ndim <= 1:
        a = a.reshape(1, -1)
    index = []
    for s in subs:
        v = np.asarray(s)
        if v.dtype.kind not in "iuf" or np.any(v < 1) or np.any(v != np.floor(v)):
            raise CompatValueError("Array indices must be positive integers or logical "
                                   "values.")
        index.append(v.astype(np.intp) - 1)
    if len(index) == 1:
        return a.ravel(order="F")[index[0]]
    return a[np.ix_(*[np.atleast_1d(i) for i in index])]


@matlab_function("getfield")
@_DOCS.named()
def getfield(S, *path):
    """Field of a structure array, as MATLAB's ``getfield``.

    MATLAB call forms::

        value = getfield(S, field)                 ->  getfield(S, 'a')
        value = getfield(S, field1, ..., fieldN)   ->  getfield(S, 'a', 'b')
        value = getfield(S, idx, field1, idx1...)  ->  getfield(S, [2], 'data', [3])

    Parameters
    ----------
    {{struct_in}}
    path : str or list of int
        Field names; a list (MATLAB's ``{i}`` or ``{i, j}``) indexes, 1-based, the
        struct array or the array reached so far.

    Returns
    -------
    The value. For a struct array without an index, the field of the first element.

    Raises
    ------
    ValueError
        ``"getfield: Reference to non-existent field 'z'."``

    Notes
    -----
    ``S['a']['b']`` is the Python spelling for dicts; the index steps of MATLAB's
    form are 1-based here, as in MATLAB.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import getfield, struct
    >>> S = struct('a', struct('b', [10, 20, 30]))
    >>> getfield(S, 'a', 'b', [2])
    np.float64(20.0)
    """
    if not path:
        raise CompatTypeError("Not enough input arguments: give a field name.")
    current = S
    for step in path:
        if isinstance(step, str):
            if not is_struct(current) and not (isinstance(current, np.ndarray) and
                                               current.dtype.names is not None):
                raise CompatTypeError(f"Dot indexing is not supported for variables of "
                                      f"type '{_class(current)}' (field '{step}').")
            first = _items(current, "getfield")
            if not first:
                raise CompatValueError("Dot indexing of an empty struct array.")
            if step not in first[0]:
                raise CompatValueError(f"Reference to non-existent field '{step}'.")
            current = first[0][step]
        else:
            subs = step if isinstance(step, (list, tuple)) else [step]
            current = _subscript(current, subs, "getfield")
    return current


def _set(container, path, value, function: str):
    step, rest = path[0], path[1:]
    if isinstance(step, str):
        _check_field(step, function)
        if container is None or (isinstance(container, (list, tuple)) and not container):
            container = MatlabStruct()
        if not isinstance(container, dict):
            if is_struct(container) and len(_items(container, function)) == 1:
                container = _items(container, function)[0]
            else:
                raise CompatTypeError(f"cannot set field '{step}' of a "
                                      f"{_class(container)} (give an index for a struct "
                                      f"array)")
        out = _new(container)
        dict.__setitem__(out, step, _set(container.get(step), rest, value, function)
                         if rest else value)
        return out
    subs = list(step) if isinstance(step, (list, tuple)) else [step]
    if is_struct(container):
        items = [_new(s) for s in _items(container, function)]
        k = int(np.asarray(subs[-1]).item())
        if not 1 <= k <= len(items):
            raise CompatValueError("compat grows struct arrays only through struct(): the "
                                   "index must address an existing element")
        items[k - 1] = _set(items[k - 1], rest, value, function) if rest else value
        return _rebuild(container, items)
    a = np.array(container, copy=True)
    a2 = a.reshape(1, -1) if a.ndim <= 1 else a
    index = tuple(np.asarray(s).astype(np.intp) - 1 for s in subs)
    if rest:
        raise CompatValueError("a field below an array element is not a struct")
    if len(index) == 1:
        flat = a2.reshape(-1, order="F")
        flat[index[0]] = value
        a2 = flat.reshape(a2.shape, order="F")
    else:
        a2[index] = value
    return a2.reshape(a.shape) if a.ndim <= 1 else a2


@matlab_function("setfield")
@_DOCS.named()
def setfield(S, *path):
    """Assign a value to a structure field, as MATLAB's ``setfield``.

    MATLAB call forms::

        S = setfield(S, field, value)                ->  setfield(S, 'a', 5)
        S = setfield(S, field1, ..., fieldN, value)  ->  setfield(S, 'a', 'b', 5)
        S = setfield(S, idx, field, idx2, value)     ->  setfield(S, [2], 'x', [3], 0)

    Parameters
    ----------
    {{struct_in}}
    path : str or list of int, then the value
        As :func:`getfield`; missing fields are created (nested structs too).

    Returns
    -------
    MatlabStruct or list
        A **new** struct with the value assigned; ``S`` and its nested structs and
        arrays are unchanged (the path is copied).

    Notes
    -----
    ``S['a']['b'] = 5`` writes into the caller's nested dicts; MATLAB's ``setfield``
    returns a modified copy and leaves ``S`` alone.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import setfield, struct
    >>> S = struct('a', 1.0)
    >>> T = setfield(S, 'b', 'c', 2.0)
    >>> T.b.c, 'b' in S
    (2.0, False)
    """
    if len(path) < 2:
        raise CompatTypeError("Not enough input arguments: give a field name and a value.")
    *steps, value = path
    if not is_struct(S) and S is not None and not (isinstance(S, (list, tuple)) and
                                                    not S):
        raise CompatTypeError(f"Invalid input argument of type '{_class(S)}'. Input must "
                              f"be a structure.")
    return _set(S, steps, value, "setfield")


# ----------------------------------------------------------------------- orderfields
@matlab_function("orderfields", nargout=2)
@_DOCS.named()
def orderfields(S, order=None, *, nargout=1):
    """Order the fields of a structure, as MATLAB's ``orderfields``.

    MATLAB call forms::

        S = orderfields(S1)            ->  orderfields(S1)         (ASCII order)
        S = orderfields(S1, S2)        ->  orderfields(S1, S2)     (S2's order)
        S = orderfields(S1, C)         ->  orderfields(S1, ['b', 'a'])
        S = orderfields(S1, P)         ->  orderfields(S1, [2, 1])  (1-based)
        [S, P] = orderfields(...)      ->  orderfields(S1, nargout=2)

    Parameters
    ----------
    {{struct_in}}
    order : struct, list of str or permutation vector, optional
        Default: the names sorted in ASCII order (upper case before lower case).

    Returns
    -------
    S : MatlabStruct or list
        A new struct with the fields reordered.
    Perm : ndarray of float64
        With ``nargout=2``: the **1-based** permutation, a column: field ``k`` of the
        result was field ``Perm[k]`` of ``S1``.

    Raises
    ------
    ValueError
        When the names or the permutation do not match the fields one to one.

    Notes
    -----
    ``dict(sorted(S.items()))`` sorts the same way for ASCII names, but returns no
    permutation and cannot follow another struct's order.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import orderfields, struct
    >>> T, P = orderfields(struct('b', 1, 'B', 2, 'a', 3), nargout=2)
    >>> list(T), P.ravel()
    (['B', 'a', 'b'], array([2., 3., 1.]))
    """
    items = _items(S, "orderfields")
    names = _names_of(S)
    if order is None:
        new = sorted(names)
    elif is_struct(order):
        new = _names_of(order)
    elif isinstance(order, str) or is_cell(order) or (
            isinstance(order, np.ndarray) and order.dtype.kind == "U"):
        new = _field_list(order, "orderfields")
    else:
        p = np.asarray(order, dtype=float).ravel()
        if sorted(p.tolist()) != list(range(1, len(names) + 1)):
            raise CompatValueError("Invalid permutation vector.")
        new = [names[int(i) - 1] for i in p]
    if sorted(new) != sorted(names) or len(new) != len(names):
        raise CompatValueError("Cell array or structure of field names must match the "
                               "fields of the structure one to one.")
    perm = np.array([[names.index(n) + 1.0] for n in new], dtype=np.float64).reshape(-1, 1)
    out = _rebuild(S, [_new({n: s[n] for n in new}) for s in items])
    return OrderfieldsResult.first(nargout, out, perm)


# ---------------------------------------------------------- struct2cell / cell2struct
@matlab_function("struct2cell")
@_DOCS.named()
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
    items = _items(S, "struct2cell")
    names = _names_of(S)
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
@_DOCS.named()
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
    names = [_check_field(n, "cell2struct") for n in _field_list(
        [str(r).rstrip() for r in fields] if isinstance(fields, np.ndarray) and
        fields.dtype.kind == "U" and fields.ndim == 1 else fields, "cell2struct")]
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
        out[k] = _new({n: moved[(i,) + idx] for i, n in enumerate(names)})
    if out.size == 1:
        return out[0]
    return list(out)


# --------------------------------------------------------------- isstruct / structfun
@matlab_function("isstruct")
@_DOCS.named()
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
@_DOCS.named()
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
        if is_struct(S) and len(_items(S, "structfun")) == 1:
            S = _items(S, "structfun")[0]
        else:
            raise CompatTypeError("Inputs to STRUCTFUN must be scalar structures.")
    data, uniform, handler = _split_options(args, options, "structfun")
    if data:
        raise CompatTypeError("structfun takes one structure")
    f = _function(func, "structfun")
    names = list(S)
    values = [S[n] for n in names]
    result = _apply("structfun", f, [values], (len(names), 1), False, uniform, handler,
                    int(nargout))
    if uniform:
        return result
    outs = (result,) if nargout == 1 else result
    structs = tuple(_new(dict(zip(names, list(o) if isinstance(o, list) else
                                  list(to_object(o).ravel(order="F"))))) for o in outs)
    return structs[0] if nargout == 1 else structs
