"""IDL's array information and reshaping: REPLICATE (structures too), REFORM, SIZE (every
keyword), N_ELEMENTS, ARRAY_INDICES, ARRAY_EQUAL, ISA and TYPENAME, in readsav layout
(numpy's shape is IDL's dimensions reversed).

Python values are read as IDL values by the one literal rule (:mod:`compat._core.idl_types`:
``5`` INT, ``2.5`` DOUBLE, ``[1, 2]`` an INT array); ``str`` is STRING; structures are
record arrays (:mod:`compat._core.idl_struct`; a ``dict`` is an anonymous structure);
``None`` is an undefined variable; ``idl.list``/``idl.hash``/... are IDL objects.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_arrays import idl_dims
from compat._core import idl_objects
from compat._core.idl_containers import is_container
from compat._core.idl_struct import (as_structure, is_structure, replicate_structure,
                                     structure_name)
from compat._core.idl_types import (idl_array, idl_shape, idl_type_code, idl_type_name,
                                    promote)
from compat._core.legacy import idl_routine

__all__ = ["replicate", "reform", "size", "n_elements", "array_indices", "array_equal",
           "isa", "typename"]


def _object_array(value) -> bool:
    """An object array holding IDL object references (OBJARR's kind)."""
    return (isinstance(value, np.ndarray) and value.dtype == object and value.size > 0
            and all(idl_objects.is_object(v) for v in value.reshape(-1)))


def _text(value) -> bool:
    return isinstance(value, (str, np.str_)) or (isinstance(value, np.ndarray) and
                                                 value.dtype.kind == "U")


# --------------------------------------------------------------------------- REPLICATE
@idl_routine("REPLICATE")
def replicate(value, *dims):
    """An array of the IDL dimensions ``dims`` filled with ``value``, as IDL's ``REPLICATE``.

    IDL call forms::

        Result = REPLICATE(Value, D1 [, ..., D8])
        Result = REPLICATE(Value, [D1, ..., D8])

    Parameters
    ----------
    value : scalar, str or structure
        The value: a number (typed by IDL's literal rule: ``5`` INT, ``2.5`` DOUBLE,
        ``np.float32(2.5)`` FLOAT), a ``str`` (STRING) or a structure (a record array
        of one element, or a ``dict``). A one-element array counts as a scalar; a
        longer array is IDL's error.
    *dims : int or sequence of int
        Up to eight IDL dimensions (numpy's shape is their reverse: ``replicate(0, 3,
        2)`` has shape ``(2, 3)``). Float sizes are truncated, as IDL converts to LONG.

    Returns
    -------
    ndarray of value's type, a ``U`` array for text, or a record array (an array of
    structures, each a copy: a tag that holds an array is never shared between rows).

    Raises
    ------
    ValueError
        ``"REPLICATE: Expression must be a scalar in this context: Value."``, ``"REPLICATE:
        Array dimensions must be greater than 0 ..."``.

    Notes
    -----
    ``numpy.full((d2, d1), value)`` needs the dimensions reversed and types a Python
    ``5`` as int64 (IDL: INT) and a Python ``2.5`` as float64 (DOUBLE, as here, since the
    Python value carries double precision). Source: IDL Reference Guide, REPLICATE;
    checked against GDL 1.0.1 (reference_outputs/idl/shapes).

    Examples
    --------
    >>> from compat import idl
    >>> idl.replicate(5, 3, 2)
    array([[5, 5, 5],
           [5, 5, 5]], dtype=int16)
    >>> r = idl.replicate({'a': 1, 'b': [1.5, 2.5]}, 2)
    >>> r.B
    array([[1.5, 2.5],
           [1.5, 2.5]])
    """
    shape = idl_dims(dims)
    if is_structure(value):
        s = as_structure(value, "Value")
        if s.size != 1:
            raise CompatValueError("Expression must be a scalar in this context: Value.")
        return replicate_structure(s, shape)
    if is_container(value):
        raise CompatTypeError("Object reference not allowed in this context: Value.")
    a = idl_array(value, "Value", string_ok=True)
    if a.size != 1:
        raise CompatValueError("Expression must be a scalar in this context: Value.")
    a = a.reshape(())
    if a.dtype.kind == "U":
        return np.full(shape, str(a[()]), dtype=a.dtype)
    return np.full(shape, a[()], dtype=a.dtype)


# ------------------------------------------------------------------------------ REFORM
@idl_routine("REFORM")
def reform(array, *dims, overwrite=False):
    """Change an array's dimensions without changing its elements, as IDL's ``REFORM``.

    IDL call forms::

        Result = REFORM(Array, D1 [, ..., D8] [, /OVERWRITE])
        Result = REFORM(Array, [D1, ..., D8])
        Result = REFORM(Array)          ; removes every dimension of size 1

    Parameters
    ----------
    array : array_like, str array or structure array
        The array (readsav layout). A scalar is a one-element array (GDL 1.0.1:
        ``REFORM(5)`` is ``Array[1]``).
    *dims : int or sequence of int
        The new IDL dimensions; their product must be the number of elements. Without
        them every dimension of size 1 is removed (all of them size 1: a one-element
        vector). REFORM is IDL's way to *make* trailing dimensions of size 1:
        ``REFORM(a, 3, 1)`` is IDL ``Array[3, 1]``, numpy shape ``(1, 3)``.
    overwrite : bool
        IDL's /OVERWRITE changes the variable's own dimensions instead of copying.
        compat never changes the caller's array: the result is always a new array,
        and a port writes ``a = idl.reform(a, ...)``.

    Returns
    -------
    ndarray of the same type (a copy, never a view of ``array``).

    Raises
    ------
    ValueError
        ``"REFORM: New subscripts must not change the number of elements in Array."``,
        a dimension below 1.

    Notes
    -----
    ``numpy.reshape(a, (d1, d2))`` takes the dimensions in numpy order, returns a view
    (a write into it changes ``a``), and ``numpy.squeeze`` of an array of one element
    gives a 0-d array where IDL keeps ``Array[1]``. Source: IDL Reference Guide,
    REFORM; checked against GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.reform(np.arange(6, dtype=np.float32), 3, 2)
    array([[0., 1., 2.],
           [3., 4., 5.]], dtype=float32)
    >>> idl.reform(np.zeros((2, 1, 3))).shape          # IDL fltarr(3, 1, 2)
    (2, 3)
    """
    if is_structure(array):
        a = as_structure(array, "Array")
    else:
        a = idl_array(array, "Array", string_ok=True)
    if a.ndim == 0:
        a = a.reshape(1)
    if dims:
        shape = idl_dims(dims)
        if int(np.prod(shape)) != a.size:
            raise CompatValueError("New subscripts must not change the number of elements "
                                   "in Array.")
    else:
        shape = tuple(n for n in a.shape if n != 1) or (1,)
    out = a.reshape(shape).copy()
    return out


# -------------------------------------------------------------------------------- SIZE
def _describe(value):
    """``(type code, type name, IDL dims (IDL order), n elements, structure name)``."""
    if value is None:
        return 0, "UNDEFINED", (), 0, ""
    if idl_objects.is_object(value) and not is_container(value):
        return 11, "OBJREF", (), 1, ""
    if _object_array(value):
        return 11, "OBJREF", tuple(reversed(value.shape)), int(value.size), ""
    if is_container(value):
        n = len(value)
        return 11, "OBJREF", (n,), n, ""
    if is_structure(value):
        s = as_structure(value, "Expression")
        return 8, "STRUCT", tuple(reversed(s.shape)), int(s.size), structure_name(s.dtype)
    if isinstance(value, (str, np.str_)):
        return 7, "STRING", (), 1, ""
    a = idl_array(value, "Expression", string_ok=True, empty_ok=True)
    dims = tuple(reversed(a.shape))
    return idl_type_code(a.dtype), idl_type_name(a.dtype), dims, int(a.size), ""


@idl_routine("SIZE")
def size(expression=None, *, dimensions=False, file_lun=False, file_offset=False,
         l64=False, n_dimensions=False, n_elements=False, sname=False, structure=False,
         tname=False, type=False):  # noqa: A002 - IDL keyword names
    """Size and type information of a value, as IDL's ``SIZE``.

    IDL call forms::

        Result = SIZE(Expression [, /L64] [, /DIMENSIONS | , /FILE_LUN | , /FILE_OFFSET |
                      , /N_DIMENSIONS | , /N_ELEMENTS | , /SNAME | , /STRUCTURE |
                      , /TNAME | , /TYPE])

    Parameters
    ----------
    expression : any
        An array, scalar, ``str``, structure, IDL object (``idl.list``, ``idl.hash`` ...)
        or ``None`` (an undefined variable: type 0, ``'UNDEFINED'``). Arrays are in
        readsav layout: the dimensions reported are numpy's shape reversed, all of
        them (numpy shape ``(1, 3)`` is IDL's ``[3, 1]``, which only REFORM makes in
        IDL: arrays as IDL creates them have no trailing dimension of 1).
    dimensions, n_dimensions, n_elements, type, tname, sname, file_lun, file_offset : bool
        Return only that item: the IDL dimensions (a LONG array; 0 for a scalar), their
        number, the number of elements, the type code, the type name (``'FLOAT'``,
        ``'STRING'``, ``'STRUCT'``, ``'OBJREF'``, ``'UNDEFINED'``), the structure's
        name ('' when anonymous or not a structure), the file unit and offset of an
        ASSOC variable (always 0: compat has no ASSOC variables).
    structure : bool
        Everything as a dict with IDL's ``IDL_SIZE`` tags: ``TYPE_NAME``,
        ``STRUCTURE_NAME``, ``TYPE``, ``FILE_LUN``, ``FILE_OFFSET``, ``N_ELEMENTS``,
        ``N_DIMENSIONS``, ``DIMENSIONS`` (8 elements, zero-filled).
    l64 : bool
        /L64: LONG64 integers instead of LONG.

    Returns
    -------
    The default form is a LONG (int32) array ``[n_dims, d1, ..., dn, type, n_elements]``
    (``[0, type, 1]`` for a scalar, ``[0, 0, 0]`` for an undefined value).

    Notes
    -----
    IDL's objects report the count of their elements (LIST, HASH: a vector of
    ``len(obj)`` OBJREFs), as IDL 8's overloaded SIZE does. ``numpy.shape`` gives the
    dimensions in the reverse order and nothing of IDL's types. Source: IDL Reference
    Guide, SIZE; checked against GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.size(np.zeros((4, 3), dtype=np.float32))      # IDL fltarr(3, 4)
    array([ 2,  3,  4,  4, 12], dtype=int32)
    >>> idl.size(5), idl.size('abc', tname=True)
    (array([0, 2, 1], dtype=int32), 'STRING')
    """
    code, name, dims, count, sname_ = _describe(expression)
    itype = np.int64 if l64 else np.int32
    chosen = [k for k, v in (("dimensions", dimensions), ("file_lun", file_lun),
                             ("file_offset", file_offset), ("n_dimensions", n_dimensions),
                             ("n_elements", n_elements), ("sname", sname),
                             ("structure", structure), ("tname", tname), ("type", type))
              if v]
    if len(chosen) > 1:
        raise CompatValueError(f"Conflicting keywords: {', '.join(k.upper() for k in chosen)}.")
    what = chosen[0] if chosen else None
    if what == "dimensions":
        return np.array(dims, dtype=itype) if dims else itype(0)
    if what in ("file_lun", "file_offset"):
        return itype(0) if what == "file_offset" else np.int32(0)
    if what == "n_dimensions":
        return np.int32(len(dims))
    if what == "n_elements":
        return itype(count)
    if what == "sname":
        return sname_
    if what == "tname":
        return name
    if what == "type":
        return np.int32(code)
    if what == "structure":
        full = np.zeros(8, dtype=itype)
        full[:len(dims)] = dims
        return {"TYPE_NAME": name, "STRUCTURE_NAME": sname_, "TYPE": np.int16(code),
                "FILE_LUN": np.int16(0), "FILE_OFFSET": itype(0),
                "N_ELEMENTS": itype(count), "N_DIMENSIONS": itype(len(dims)),
                "DIMENSIONS": full}
    return np.array([len(dims), *dims, code, count], dtype=itype)


# -------------------------------------------------------------------------- N_ELEMENTS
@idl_routine("N_ELEMENTS")
def n_elements(expression=None):
    """Number of elements of a value, as IDL's ``N_ELEMENTS``.

    IDL call form::

        Result = N_ELEMENTS(Expression)

    Parameters
    ----------
    expression : any
        ``None`` (an undefined variable) gives 0; a scalar, ``str`` or one structure 1;
        an array its number of elements; a Python list or tuple the number of elements
        of the IDL array literal it stands for (nested lists count every number); an IDL
        object (``idl.list``, ``idl.hash`` ...) its number of items.

    Returns
    -------
    numpy.int32 (LONG), LONG64 when the count exceeds 2**31 - 1.

    Notes
    -----
    ``len(x)`` counts only the first dimension and fails on scalars and ``None``;
    ``numpy.size(None)`` is 1. The idiom ``IF N_ELEMENTS(x) EQ 0 THEN x = default``
    (IDL's test for an omitted argument) is ``if idl.n_elements(x) == 0``, i.e. ``x is
    None``. Source: IDL Reference Guide, N_ELEMENTS.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.n_elements(None), idl.n_elements(3.5), idl.n_elements(np.zeros((2, 3)))
    (np.int32(0), np.int32(1), np.int32(6))
    """
    if expression is None:
        return np.int32(0)
    if is_container(expression):
        count = len(expression)
    elif idl_objects.is_object(expression):
        count = 1
    elif _object_array(expression):
        count = expression.size
    elif is_structure(expression):
        count = as_structure(expression, "Expression").size
    elif isinstance(expression, (str, np.str_)):
        count = 1
    else:
        count = idl_array(expression, "Expression", string_ok=True,
                          empty_ok=True).size
    return np.int32(count) if count < 2 ** 31 else np.int64(count)


# ----------------------------------------------------------------------- ARRAY_INDICES
@idl_routine("ARRAY_INDICES")
def array_indices(array, index, *, dimensions=False):
    """Convert one-dimensional subscripts into IDL's multi-dimensional subscripts, as
    IDL's ``ARRAY_INDICES``.

    IDL call forms::

        Result = ARRAY_INDICES(Array, Index)
        Result = ARRAY_INDICES(Dims, Index, /DIMENSIONS)

    Parameters
    ----------
    array : array_like
        The array the subscripts refer to (readsav layout), or with ``dimensions`` its IDL
        dimensions ``[D1, ..., Dn]``.
    index : int or array of int
        Subscripts into the array as a vector, in IDL (= numpy C) order, 0 to
        n_elements - 1 (what ``WHERE`` returns). Floats are truncated.
    dimensions : bool
        /DIMENSIONS: ``array`` is the vector of dimensions.

    Returns
    -------
    ndarray of int32 (LONG, whatever the type of ``index``; LONG64 for arrays of 2**31
    elements or more)
        For one subscript the ``n`` IDL subscripts ``[i1, ..., in]`` (IDL's *first*
        dimension first, numpy's last axis first); for ``m`` subscripts IDL's
        ``Array[n, m]``, numpy shape ``(m, n)``: row ``k`` holds subscript ``k``'s
        IDL indices. For a vector the result is ``[i]`` (``Array[1, m]`` for ``m``),
        as GDL 1.0.1 returns it. To index the numpy array, reverse a row:
        ``a[tuple(r[::-1])]``.

    Raises
    ------
    ValueError
        ``"ARRAY_INDICES: Index out of range."`` for a subscript outside the array.

    Notes
    -----
    ``numpy.unravel_index(i, a.shape)`` returns the subscripts in numpy order (the
    reverse of IDL's) as a tuple of arrays. Source: IDL Reference Guide,
    ARRAY_INDICES; checked against GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.zeros((2, 3), dtype=np.float32)      # IDL fltarr(3, 2)
    >>> idl.array_indices(a, 4)
    array([1, 1], dtype=int32)
    >>> idl.array_indices([3, 2], [4, 1], dimensions=True)
    array([[1, 1],
           [1, 0]], dtype=int32)
    """
    if dimensions:
        d = idl_array(array, "Dims")
        if d.dtype.kind not in "iuf":
            raise CompatTypeError("Dims must be numbers")
        idl_dimensions = [int(v) for v in np.trunc(d.reshape(-1))]
        if any(n < 1 for n in idl_dimensions):
            raise CompatValueError("Array dimensions must be greater than 0.")
    else:
        if is_structure(array):
            a = as_structure(array, "Array")
        else:
            a = idl_array(array, "Array", string_ok=True)
        idl_dimensions = list(reversed(a.shape)) or [1]
    i = idl_array(index, "Index", complex_ok=False)
    if i.dtype.kind not in "iuf":
        raise CompatTypeError("Index must be numbers")
    if i.dtype.kind == "f":
        if not np.all(np.isfinite(i)):
            raise CompatValueError("Index out of range.")
        i = np.trunc(i)
    flat = i.reshape(-1).astype(np.int64)
    total = int(np.prod(idl_dimensions))
    out_type = np.int64 if total >= 2 ** 31 else np.int32
    if np.any(flat < 0) or np.any(flat >= total):
        raise CompatValueError("Index out of range.")
    strides = np.cumprod([1] + idl_dimensions[:-1])
    result = (flat[:, None] // strides[None, :]) % np.array(idl_dimensions)[None, :]
    result = result.astype(out_type)
    if i.ndim == 0:
        return result[0]
    # IDL's Array[n, 1] (one subscript given as an array) has no trailing 1: Array[n]
    return result.reshape(idl_shape(result.shape))


# ------------------------------------------------------------------------- ARRAY_EQUAL
def _as_operand(value, name):
    if isinstance(value, (str, np.str_)):
        return np.array(str(value))
    return idl_array(value, name, string_ok=True)


@idl_routine("ARRAY_EQUAL")
def array_equal(op1, op2, *, no_typeconv=False, not_equal=False, quiet=False):
    """Whether two arrays hold the same values, as IDL's ``ARRAY_EQUAL`` (1B or 0B).

    IDL call form::

        Result = ARRAY_EQUAL(Op1, Op2 [, /NO_TYPECONV] [, /NOT_EQUAL] [, /QUIET])

    Parameters
    ----------
    op1, op2 : array_like or str
        Arrays, scalars or strings. Their *number of elements* must agree (IDL ignores
        the dimensions: ``fltarr(2, 3)`` equals ``fltarr(3, 2)``), or one is a scalar
        (or one-element array) compared with every element of the other. Otherwise
        the result is 0.
    no_typeconv : bool
        /NO_TYPECONV: operands of different types are never equal.
    not_equal : bool
        /NOT_EQUAL: 1 when *every* element differs.
    quiet : bool
        /QUIET: no warning when a string does not convert to the other operand's number
        type (the comparison then uses 0, as IDL's conversion does).

    Returns
    -------
    numpy.uint8 (BYTE) 1 or 0.

    Notes
    -----
    Operands of different types are converted to IDL's common type first (an INT -1
    equals a UINT 65535, as in IDL and GDL 1.0.1), a string compared with a number is
    converted to the number's type; ``numpy.array_equal`` compares mathematical values
    and demands equal shapes. Structures are IDL's error. Source: IDL Reference Guide,
    ARRAY_EQUAL; checked against GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.array_equal(np.zeros((2, 3)), np.zeros((3, 2)))
    np.uint8(1)
    >>> idl.array_equal([1, 2, 3], [1.0, 2.0, 3.0], no_typeconv=True)
    np.uint8(0)
    """
    if is_structure(op1) or is_structure(op2):
        raise CompatTypeError("Struct expression not allowed in this context.")
    a = _as_operand(op1, "Op1")
    b = _as_operand(op2, "Op2")
    if no_typeconv and a.dtype != b.dtype and not (a.dtype.kind == b.dtype.kind == "U"):
        return np.uint8(0)
    if a.size != b.size and a.size != 1 and b.size != 1:
        return np.uint8(0)
    a, b = a.reshape(-1), b.reshape(-1)
    text_a, text_b = a.dtype.kind == "U", b.dtype.kind == "U"
    if text_a != text_b:
        from compat._core.idl_format import convert_text
        import warnings
        number = b if text_a else a
        with warnings.catch_warnings():
            if quiet:
                warnings.simplefilter("ignore")
            converted = convert_text(a if text_a else b, number.dtype)
        a, b = (converted, b) if text_a else (a, converted)
    elif not text_a and a.dtype != b.dtype:
        common = promote(a.dtype, b.dtype)
        a, b = a.astype(common), b.astype(common)
    with np.errstate(invalid="ignore"):
        if not_equal:
            return np.uint8(bool(np.all(a != b)))
        return np.uint8(bool(np.all(a == b)))


# --------------------------------------------------------------------------------- ISA
#: the Typename values that match each IDL type besides its own name (IDL Reference
#: Guide, ISA, the table of allowed type names)
_ISA_GROUPS = {
    "BYTE": ("IDL_BYTE", "IDL_INTEGER", "IDL_NUMBER", "IDL_VARIABLE"),
    "INT": ("IDL_INT", "IDL_INTEGER", "IDL_NUMBER", "IDL_VARIABLE"),
    "LONG": ("IDL_LONG", "IDL_INTEGER", "IDL_NUMBER", "IDL_VARIABLE"),
    "FLOAT": ("IDL_FLOAT", "IDL_NUMBER", "IDL_VARIABLE"),
    "DOUBLE": ("IDL_DOUBLE", "IDL_NUMBER", "IDL_VARIABLE"),
    "COMPLEX": ("IDL_COMPLEX", "IDL_NUMBER", "IDL_VARIABLE"),
    "STRING": ("IDL_STRING", "IDL_VARIABLE"),
    "DCOMPLEX": ("IDL_DCOMPLEX", "IDL_NUMBER", "IDL_VARIABLE"),
    "UINT": ("IDL_UINT", "IDL_INTEGER", "IDL_NUMBER", "IDL_VARIABLE"),
    "ULONG": ("IDL_ULONG", "IDL_INTEGER", "IDL_NUMBER", "IDL_VARIABLE"),
    "LONG64": ("IDL_LONG64", "IDL_INTEGER", "IDL_NUMBER", "IDL_VARIABLE"),
    "ULONG64": ("IDL_ULONG64", "IDL_INTEGER", "IDL_NUMBER", "IDL_VARIABLE"),
}
#: the keywords that test a kind of type, in IDL's order (at most one may be set)
_ISA_KINDS = ("boolean", "integer", "float", "complex", "string")


def _isa_subject(value):
    """``(type name, names it matches, is an array, kind, is a file variable)`` of a
    defined value for ISA."""
    from compat.idl.unit_io import AssocVariable
    if isinstance(value, AssocVariable):
        name = "STRUCT" if value.dtype.names else idl_type_name(value.dtype)
        return name, _ISA_GROUPS.get(name, ()), True, _kind(value.dtype, False), True
    if idl_objects.is_object(value) and not is_container(value):
        return ("OBJREF", tuple(idl_objects.ancestry(idl_objects.class_of(value))), False,
                None, False)
    if is_container(value):
        classes = [c.idl_class for c in type(value).__mro__ if hasattr(c, "idl_class")]
        return "OBJREF", tuple(classes), len(value) > 0, None, False
    if is_structure(value):
        s = as_structure(value, "Variable")
        sname = structure_name(s.dtype) or "ANONYMOUS"
        # an IDL structure variable is always an array (SIZE reports one dimension)
        return "STRUCT", (sname,), True, None, False
    if isinstance(value, (str, np.str_)):
        return "STRING", _ISA_GROUPS["STRING"], False, "string", False
    boolean = isinstance(value, (bool, np.bool_)) or (
        isinstance(value, np.ndarray) and value.dtype == np.bool_)
    a = idl_array(value, "Variable", string_ok=True, empty_ok=True)
    name = idl_type_name(a.dtype)
    return name, _ISA_GROUPS[name], a.ndim > 0, _kind(a.dtype, boolean), False


def _kind(dtype, boolean: bool):
    dtype = np.dtype(dtype)
    if boolean:
        return "boolean"
    return {"u": "integer", "i": "integer", "f": "float", "c": "complex",
            "U": "string"}.get(dtype.kind)


@idl_routine("ISA")
def isa(variable=None, typename=None, *, array=False, boolean=False, complex=False,  # noqa: A002
        file=False, float=False, integer=False, null=False, number=False,  # noqa: A002
        scalar=False, string=False):
    """Whether a value is defined and of a type, class or structure name, as IDL's ``ISA``.

    IDL call form::

        Result = ISA(Variable [, Typename] [, /ARRAY | , /SCALAR] [, /BOOLEAN | , /INTEGER |
                     , /FLOAT | , /COMPLEX | , /STRING] [, /FILE] [, /NULL] [, /NUMBER])

    Parameters
    ----------
    variable : any
        The value: a number or array (Python literals typed by IDL's rule, ``5`` INT,
        ``2.5`` DOUBLE, ``[1, 2]`` an INT array), a ``str``, a structure (record array or
        ``dict``), an IDL object (``idl.list``, ``idl.hash``, ``idl.orderedhash``,
        ``idl.dictionary``), an ASSOC variable, or ``None`` (undefined / ``!NULL``).
    typename : str, optional
        A type name (``'FLOAT'``, ``'IDL_INTEGER'``, ``'IDL_NUMBER'``,
        ``'IDL_VARIABLE'``, ``'STRUCT'``, ``'OBJREF'``, ``'UNDEFINED'``), a structure
        name (``'ANONYMOUS'`` for an anonymous one) or an object class (``'LIST'``,
        ``'HASH'``; ORDEREDHASH and DICTIONARY are also ``'HASH'``), case-insensitive.
    array, scalar : bool
        /ARRAY: true only for an array (a one-element array too), a structure (IDL's
        structures are always arrays), a non-empty LIST or HASH, an ASSOC variable.
        /SCALAR: true only for a scalar (an empty LIST or HASH counts as one).
    boolean, integer, float, complex, string : bool
        /BOOLEAN: a boolean (numpy ``bool`` data or a Python ``bool``: IDL 8.4's
        booleans are BYTE values with a flag, which a plain BYTE array lacks);
        /INTEGER: BYTE ... ULONG64 (the ``IDL_Integer`` types); /FLOAT: FLOAT or DOUBLE;
        /COMPLEX: COMPLEX or DCOMPLEX; /STRING: STRING.
    file : bool
        /FILE: true for an ASSOC variable (:func:`compat.idl.assoc`).
    null : bool
        /NULL: true for ``None`` (IDL's ``!NULL``; compat cannot tell an undefined
        variable from ``!NULL``, for which IDL's /NULL gives false).
    number : bool
        /NUMBER: true for the numeric types (BYTE ... DCOMPLEX, booleans included).

    Returns
    -------
    numpy.uint8
        1 (true) when the value is defined and passes every test asked for, else 0.

    Raises
    ------
    ValueError
        ``"ISA: Keywords ARRAY and SCALAR are mutually exclusive."`` and likewise for
        /NULL with /ARRAY, /SCALAR, /NUMBER or a type-kind keyword, and for two
        type-kind keywords (GDL 1.0.1's texts).
    TypeError
        ``"ISA: String expression required in this context: Typename"`` when Typename
        is not text; ``"ISA: Expression must be a scalar or 1 element array in this
        context: Typename"`` for several names.

    Notes
    -----
    A scalar IDL object is "defined" only when valid: compat has no null object
    references (``None`` plays their part). The type names come from the table in the
    IDL Reference Guide (ISA: Byte is ``IDL_Integer`` and ``IDL_Number``); the keyword
    tests follow GDL 1.0.1 where it agrees with IDL (golden suite ``idl/isa``).
    Divergences recorded there: GDL counts any BYTE as /BOOLEAN (IDL's BOOLEAN page:
    "A boolean variable is actually a variable of type byte with a special boolean
    flag. You can use the ISA function with the BOOLEAN keyword to determine if a
    variable is a boolean") and leaves BYTE out of /INTEGER, which IDL's table puts
    among the ``IDL_Integer`` types. ``isinstance``/``numpy.issubdtype`` give the
    Python answers without IDL's literal typing (a Python ``5`` is INT here) or IDL's
    array/scalar rules.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.isa(2.5, 'double'), idl.isa(5, 'IDL_INTEGER'), idl.isa(None)
    (np.uint8(1), np.uint8(1), np.uint8(0))
    >>> idl.isa([3], scalar=True), idl.isa(np.float32(3), number=True, scalar=True)
    (np.uint8(0), np.uint8(1))
    >>> idl.isa({'a': 1}, 'anonymous', array=True)
    np.uint8(1)
    """
    if array and scalar:
        raise CompatValueError("Keywords ARRAY and SCALAR are mutually exclusive.")
    flags = {"boolean": boolean, "integer": integer, "float": float, "complex": complex,
             "string": string}
    kinds = [k for k in _ISA_KINDS if flags[k]]
    if null:
        for key, on in (("ARRAY", array), ("FILE", file), ("SCALAR", scalar),
                        ("NUMBER", number), *((k.upper(), True) for k in kinds)):
            if on:
                raise CompatValueError(f"Keywords NULL and {key} are mutually exclusive.")
    if len(kinds) > 1:
        raise CompatValueError(f"Keywords {kinds[0].upper()} and {kinds[1].upper()} are "
                               "mutually exclusive.")
    wanted = None
    if typename is not None:
        if isinstance(typename, (bytes, np.bytes_)):
            typename = typename.decode("latin-1")
        if isinstance(typename, np.ndarray) and typename.dtype.kind == "U":
            if typename.size != 1:
                raise CompatTypeError("Expression must be a scalar or 1 element array in "
                                      "this context: Typename")
            typename = str(typename.reshape(-1)[0])
        if not isinstance(typename, (str, np.str_)):
            raise CompatTypeError("String expression required in this context: Typename")
        wanted = str(typename).strip().upper()
    if variable is None:
        if array or scalar or number or kinds or file:
            return np.uint8(0)
        return np.uint8(bool(null) or wanted == "UNDEFINED")
    if null:
        return np.uint8(0)
    if idl_objects.is_object(variable) and not idl_objects.is_valid(variable):
        # the null object (or a destroyed one) is an OBJREF but no defined value
        return np.uint8(wanted == "OBJREF" and not (array or scalar or number or kinds
                                                   or file))
    name, aliases, is_array, kind, is_file = _isa_subject(variable)
    ok = wanted is None or wanted == name or wanted in aliases
    if kinds:
        ok = ok and kind == kinds[0]
    if scalar:
        ok = ok and not is_array
    if array:
        ok = ok and is_array
    if number:
        ok = ok and name in _ISA_GROUPS and name != "STRING"
    if file:
        ok = ok and is_file
    return np.uint8(bool(ok))

# ---------------------------------------------------------------------------- TYPENAME
def _typename_of(value) -> str:
    """IDL's type name of a value for TYPENAME (one rule with ISA's subjects)."""
    if value is None:
        return "UNDEFINED"
    if is_container(value):
        return type(value).idl_class
    if idl_objects.is_object(value):
        return idl_objects.class_of(value) or "OBJREF"
    if isinstance(value, (bool, np.bool_)) or (
            isinstance(value, np.ndarray) and value.dtype == np.bool_):
        return "BOOLEAN"
    name, aliases, _, _, _ = _isa_subject(value)
    if name == "STRUCT":
        return aliases[0] if aliases else "ANONYMOUS"
    return name


@idl_routine("TYPENAME")
def typename(variable):
    """The name of a value's type, structure or object class, as IDL 8's ``TYPENAME``.

    IDL call form::

        Result = TYPENAME(Variable)

    Parameters
    ----------
    variable : any
        A number or array (Python literals typed by IDL's rule: ``5`` INT, ``70000``
        LONG, ``2.5`` DOUBLE, ``[1, 2]`` an INT array; numpy values keep their type), a
        ``str``/``bytes`` or text array (STRING), a boolean (Python ``bool`` or numpy
        ``bool`` data), a structure (record array, ``numpy.void`` or ``dict``), an IDL
        object (``idl.list``, ``idl.hash``, ``idl.orderedhash``, ``idl.dictionary``), an
        ASSOC variable (the type of its records), or ``None`` (undefined / ``!NULL``).

    Returns
    -------
    str
        ``'UNDEFINED'``, ``'BYTE'``, ``'INT'``, ``'LONG'``, ``'FLOAT'``, ``'DOUBLE'``,
        ``'COMPLEX'``, ``'STRING'``, ``'DCOMPLEX'``, ``'UINT'``, ``'ULONG'``,
        ``'LONG64'``, ``'ULONG64'``, ``'BOOLEAN'``; a structure's name (upper case) or
        ``'ANONYMOUS'``, for one structure and for an array of them alike; an object's
        class (``'LIST'``, ``'HASH'``, ``'ORDEREDHASH'``, ``'DICTIONARY'``).

    Notes
    -----
    IDL's names: the type table of IDL's SIZE/TYPENAME (type codes 0-15; POINTER and
    object references other than the containers have no compat value), and IDL's
    "Variable Attributes" page: "TYPENAME: A string giving the IDL type name. For
    structures and objects this returns the actual structure or class name." A numpy
    ``bool`` value is named ``'BOOLEAN'``, as ISA's /BOOLEAN counts it (IDL 8.4's
    booleans are BYTE values with a flag, named BOOLEAN by HELP and TYPENAME; a plain
    ``uint8`` is ``'BYTE'``). ``type(x).__name__`` or ``x.dtype.name`` give Python's
    names (``'int'``, ``'float32'``), without IDL's literal typing or structure names.
    Checked against GDL 1.0.1 (golden suite ``idl/typename``), where three GDL
    divergences are recorded: GDL names an array of structures ``'STRUCT'``, an
    ORDEREDHASH ``'HASH'`` and ``!TRUE`` ``'BYTE'``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.typename(5), idl.typename(70000), idl.typename(2.5), idl.typename('a')
    ('INT', 'LONG', 'DOUBLE', 'STRING')
    >>> idl.typename(np.zeros((2, 3), np.float32)), idl.typename(None)
    ('FLOAT', 'UNDEFINED')
    >>> idl.typename({'a': 1}), idl.typename(idl.create_struct('a', 1, name='point'))
    ('ANONYMOUS', 'POINT')
    >>> idl.typename(idl.list()), idl.typename(idl.orderedhash()), idl.typename(True)
    ('LIST', 'ORDEREDHASH', 'BOOLEAN')
    """
    return _typename_of(variable)
