"""MATLAB's structures, their fields read and changed: ``fieldnames``, ``isfield``,
``rmfield``, ``getfield``, ``setfield``, ``orderfields``.

The legacy layer of the family (:mod:`compat.matlab.structs` builds and converts
structs). A scalar struct is a ``dict`` (compat returns
:class:`~compat._core.struct.MatlabStruct`, a dict whose fields also read as attributes:
``s.name``); a struct array is a list of dicts with the same fields (a 2-D struct array
a list of rows); a numpy record array (``scipy.io.loadmat``'s default form) is accepted
wherever a struct array is. Every function returns new structs: the caller's dicts are
never changed (field values are shared, as MATLAB shares them until written).
"""

from __future__ import annotations

import numpy as np

from compat._core.cells import is_cell, is_struct
from compat._core.matlab_classes import as_cell
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result
from compat._core.struct import MatlabStruct
from compat.matlab._structs import (DOCS, check_field, class_name, field_list, names_of,
                                    new_struct, rebuild, struct_items)

__all__ = ["fieldnames", "isfield", "rmfield", "getfield", "setfield", "orderfields",
           "OrderfieldsResult"]


class OrderfieldsResult(Result):
    """``[S, Perm] = orderfields(...)``: the reordered struct and the permutation."""

    request_style = "nargout"
    S: object
    Perm: np.ndarray


# ------------------------------------------------------------ fieldnames / isfield
@matlab_function("fieldnames")
@DOCS.named()
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
    struct_items(S)
    return names_of(S)


@matlab_function("isfield")
@DOCS.named()
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
    names = set(names_of(S)) if is_struct(S) or isinstance(S, np.ndarray) and \
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

@matlab_function("rmfield")
@DOCS.named()
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
    items = struct_items(S)
    remove = field_list(field)
    present = set(names_of(S))
    for name in remove:
        if name not in present:
            raise CompatValueError(f"Reference to non-existent field '{name}'.")
    drop = set(remove)
    return rebuild(S, [new_struct({k: v for k, v in s.items() if k not in drop})
                        for s in items])


# ---------------------------------------------------------------- getfield / setfield
def _subscript(container, subs):
    """``container(subs{:})`` with 1-based subscripts."""
    subs = list(subs)
    if is_cell(container) or is_struct(container):
        items = struct_items(container) if is_struct(container) else list(container)
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
@DOCS.named()
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
                                      f"type '{class_name(current)}' (field '{step}').")
            first = struct_items(current)
            if not first:
                raise CompatValueError("Dot indexing of an empty struct array.")
            if step not in first[0]:
                raise CompatValueError(f"Reference to non-existent field '{step}'.")
            current = first[0][step]
        else:
            subs = step if isinstance(step, (list, tuple)) else [step]
            current = _subscript(current, subs)
    return current


def _set(container, path, value, function: str):
    step, rest = path[0], path[1:]
    if isinstance(step, str):
        check_field(step)
        if container is None or (isinstance(container, (list, tuple)) and not container):
            container = MatlabStruct()
        if not isinstance(container, dict):
            if is_struct(container) and len(struct_items(container)) == 1:
                container = struct_items(container)[0]
            else:
                raise CompatTypeError(f"cannot set field '{step}' of a "
                                      f"{class_name(container)} (give an index for a struct "
                                      f"array)")
        out = new_struct(container)
        dict.__setitem__(out, step, _set(container.get(step), rest, value, function)
                         if rest else value)
        return out
    subs = list(step) if isinstance(step, (list, tuple)) else [step]
    if is_struct(container):
        items = [new_struct(s) for s in struct_items(container)]
        k = int(np.asarray(subs[-1]).item())
        if not 1 <= k <= len(items):
            raise CompatValueError("compat grows struct arrays only through struct(): the "
                                   "index must address an existing element")
        items[k - 1] = _set(items[k - 1], rest, value, function) if rest else value
        return rebuild(container, items)
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
@DOCS.named()
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
        raise CompatTypeError(f"Invalid input argument of type '{class_name(S)}'. Input must "
                              f"be a structure.")
    return _set(S, steps, value, "setfield")


# ----------------------------------------------------------------------- orderfields
@matlab_function("orderfields", nargout=2)
@DOCS.named()
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
    items = struct_items(S)
    names = names_of(S)
    if order is None:
        new = sorted(names)
    elif is_struct(order):
        new = names_of(order)
    elif isinstance(order, str) or is_cell(order) or (
            isinstance(order, np.ndarray) and order.dtype.kind == "U"):
        new = field_list(order)
    else:
        p = np.asarray(order, dtype=float).ravel()
        if sorted(p.tolist()) != list(range(1, len(names) + 1)):
            raise CompatValueError("Invalid permutation vector.")
        new = [names[int(i) - 1] for i in p]
    if sorted(new) != sorted(names) or len(new) != len(names):
        raise CompatValueError("Cell array or structure of field names must match the "
                               "fields of the structure one to one.")
    perm = np.array([[names.index(n) + 1.0] for n in new], dtype=np.float64).reshape(-1, 1)
    out = rebuild(S, [new_struct({n: s[n] for n in new}) for s in items])
    return OrderfieldsResult.first(nargout, out, perm)


