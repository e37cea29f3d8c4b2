"""IDL structures as numpy record arrays: the one representation of every IDL routine.

An IDL structure is held the way ``scipy.io.readsav`` and :func:`compat.idl.restore`
hand it over: a :class:`numpy.recarray` whose field names are the IDL tag names in upper
case, in IDL's tag order. IDL has no scalar structures (``{a: 1}`` is a one-element
array: ``HELP`` prints ``Array[1]``), so a single structure is a record array of shape
``(1,)`` and an array of structures has the reversed IDL dimensions, as every array here.

Tag values:

* numeric scalars are fields of the IDL type's dtype (``A INT`` is ``int16``);
* numeric arrays are sub-array fields (``B FLOAT Array[2]`` is ``('B', float32, (2,))``),
  in readsav layout, so ``r.B`` of an array of structures is one numpy array;
* strings (``str``), string arrays (``U`` arrays) and nested structures (record arrays)
  sit in ``object`` fields, as readsav puts them (an IDL string has no fixed width).

A tag reads as ``s.TAG`` or ``s['TAG']``; a tag whose name is also an ndarray attribute
(``T``, ``SIZE``, ``SHAPE``, ``DTYPE``, ``MEAN`` ...) reads only as ``s['T']``.

Inputs may also use readsav's own layout (array tags in ``object`` fields, lower-case
titles), or be a ``dict`` (an anonymous structure, as :func:`compat.idl.save` reads
one). A *named* structure's name (``{point, x: 0.0, y: 0.0}``) is kept in the dtype's
metadata (``dtype.metadata['idl_name']``); readsav does not report names, so a restored
structure is anonymous here.

Facts used (IDL Reference Guide: "Structures", CREATE_STRUCT, TAG_NAMES, N_TAGS,
STRUCT_ASSIGN, "Structure References", "Relaxed Structure Assignment"; C. Markwardt's
"Unofficial Format Specification of the IDL SAVE File" for the in-memory sizes).
"""

from __future__ import annotations

import copy

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_array, idl_literal

__all__ = ["NAME_KEY", "is_structure", "as_structure", "structure_name", "build_structure",
           "tag_value", "tag_list", "replicate_structure", "zero_structure",
           "check_tag_name", "structure_length", "as_recarray", "IDL_RESERVED",
           "valid_name", "named_structure", "defined_structure", "deep_copy"]

#: the dtype metadata key holding a named structure's name
NAME_KEY = "idl_name"


def is_structure(value) -> bool:
    """True for a structured numpy value (record array, structured scalar) or a dict."""
    if isinstance(value, dict):
        return True
    dtype = getattr(value, "dtype", None)
    return dtype is not None and dtype.names is not None


def structure_name(dtype) -> str:
    """The name of a named structure ('' for an anonymous one), upper case."""
    metadata = getattr(dtype, "metadata", None) or {}
    return str(metadata.get(NAME_KEY, ""))


#: IDL's reserved words, which are no variable or tag names (IDL Reference Guide,
#: "Reserved Words")
IDL_RESERVED = frozenset(
    "AND BEGIN BREAK CASE COMMON COMPILE_OPT CONTINUE DO ELSE END ENDCASE ENDELSE ENDFOR "
    "ENDFOREACH ENDIF ENDREP ENDSWITCH ENDWHILE EQ FOR FOREACH FORWARD_FUNCTION FUNCTION "
    "GE GOTO GT IF INHERITS LE LT MOD NE NOT OF ON_IOERROR OR PRO REPEAT SWITCH THEN "
    "UNTIL WHILE XOR".split())

_ASCII_ALNUM = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789")


def _is_name(text: str) -> bool:
    """A valid IDL variable or tag name: an ASCII letter, ``_`` or ``!`` (a system
    variable's) first, then ASCII letters, digits, ``_`` and ``$``; no reserved word."""
    return bool(text) and (text[0] in _ASCII_ALNUM and not text[0].isdigit() or
                           text[0] in "_!") and \
        all(c in _ASCII_ALNUM or c in "_$" for c in text[1:]) and \
        text.upper() not in IDL_RESERVED


def valid_name(text: str, *, convert_all: bool = False, convert_spaces: bool = False) -> str:
    """IDL_VALIDNAME of one string: ``text`` itself when it is a valid name; else with
    ``convert_all`` the name IDL makes of it (every character other than letters, digits,
    ``_``, ``!`` and ``$`` becomes ``_``; ``_`` put before a leading digit or ``$``, an
    empty string or a reserved word; upper case, as IDL's examples print it), with
    ``convert_spaces`` its spaces made ``_`` when that makes it valid; else ``''``."""
    if _is_name(text):
        return text
    if convert_all:
        out = "".join(c if c in _ASCII_ALNUM or c in "_!$" else "_" for c in text)
        if not out or out[0].isdigit() or out[0] == "$" or out.upper() in IDL_RESERVED:
            out = "_" + out
        return out.upper()
    if convert_spaces:
        out = text.replace(" ", "_")
        return out if _is_name(out) else ""
    return ""


def check_tag_name(name, what: str = "tag") -> str:
    """An IDL identifier in upper case, or IDL's error for it."""
    if isinstance(name, bytes):
        name = name.decode("latin-1")
    if not isinstance(name, (str, np.str_)):
        raise CompatTypeError(f"Tag names must be strings, got {type(name).__name__}")
    text = str(name).strip()
    if not text or not (text[0].isalpha() or text[0] == "_") or \
            not all(c.isalnum() or c in "_$" for c in text):
        raise CompatValueError(f"Illegal tag name: {text!r} (a {what} name is a letter or _, "
                               "then letters, digits, _ or $)")
    return text.upper()


def as_recarray(a: np.ndarray) -> np.recarray:
    """``a`` as a record array of at least one dimension (a view when possible)."""
    if a.ndim == 0:
        a = a.reshape(1)
    return a.view(np.recarray) if not isinstance(a, np.recarray) else a


def _titles_removed(dtype: np.dtype) -> np.dtype:
    """readsav's ``(('a', 'A'), ...)`` fields as plain upper-case names."""
    fields = dtype.fields
    if not any(len(fields[n]) > 2 for n in dtype.names):
        return dtype
    # the same offsets and size (a view of the same bytes); numpy refuses metadata=None
    spec = {"names": list(dtype.names), "formats": [fields[n][0] for n in dtype.names],
            "offsets": [fields[n][1] for n in dtype.names], "itemsize": dtype.itemsize}
    if dtype.metadata is not None:
        return np.dtype(spec, metadata=dict(dtype.metadata))
    return np.dtype(spec)


def as_structure(value, name: str = "Struct") -> np.recarray:
    """``value`` as an IDL structure (module docstring), or IDL's error for a non-structure.

    Accepts record arrays and structured arrays (readsav's layout too), structured numpy
    scalars, a ``dict`` (an anonymous structure; values may nest) and a list of dicts
    (an array of structures).
    """
    if isinstance(value, dict) or (isinstance(value, list) and value and
                                   all(isinstance(v, dict) for v in value)):
        from compat._core.idl_savefile import to_idl_value  # the dict-to-structure rule
        value = to_idl_value(value, name)
        return as_recarray(_from_savefile_layout(value))
    if isinstance(value, np.void) and value.dtype.names is not None:
        value = np.array(value, dtype=value.dtype)
    if not isinstance(value, np.ndarray) or value.dtype.names is None:
        raise CompatTypeError(f"Expression must be a structure in this context: {name}.")
    if value.size == 0:
        raise CompatValueError(f"{name} is empty (IDL has no empty arrays)")
    dtype = _titles_removed(value.dtype)
    if dtype is not value.dtype:
        if dtype.hasobject:        # numpy views no array of references: copy the tags
            plain = np.empty(value.shape, dtype=dtype)
            for tag in dtype.names:
                plain[tag] = value[tag]
            value = plain
        else:
            value = value.view(dtype)
    upper = tuple(n.upper() for n in dtype.names)
    if upper != dtype.names:
        value = value.copy()
        value.dtype.names = upper
    return as_recarray(value)


def _from_savefile_layout(a: np.ndarray) -> np.ndarray:
    """The SAVE writer's dict structure (0-d, nested structures 0-d too) in this module's
    layout: every structure, nested ones included, a record array of at least one
    dimension."""
    a = a.reshape(1) if a.ndim == 0 else a
    for name in a.dtype.names:
        if a.dtype.fields[name][0].kind == "O":
            column = a[name].reshape(-1)
            for i in range(column.size):
                item = column[i]
                if isinstance(item, np.ndarray) and item.dtype.names is not None:
                    column[i] = as_recarray(_from_savefile_layout(item))
    return a


def tag_value(record, tag: str):
    """The value of ``tag`` in one record, as IDL gives it: a numpy scalar, an array,
    ``str``, or a structure (record array)."""
    item = record[tag]
    if isinstance(item, np.ndarray) and item.dtype.names is not None:
        return as_recarray(item)
    return item


def tag_list(s: np.ndarray) -> list[tuple[str, np.ndarray | object, tuple]]:
    """``(TAG, first value, field dtype)`` of every tag of structure ``s``."""
    out = []
    first = s.reshape(-1)[0]
    for tag in s.dtype.names:
        out.append((tag, tag_value(first, tag), s.dtype.fields[tag][0]))
    return out


# ------------------------------------------------------------------------ building
def _field(tag: str, value):
    """``(dtype spec, value)`` of one tag value (module docstring's layout)."""
    if value is None:
        raise CompatValueError(f"Variable is undefined: tag {tag}.")
    if isinstance(value, (str, np.str_, bytes)):
        text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
        return (tag, object), text
    if is_structure(value):
        return (tag, object), as_structure(value, tag).copy()
    a = idl_array(value, tag, string_ok=True)
    if a.dtype.kind == "U":
        return (tag, object), (str(a[()]) if a.ndim == 0 else a.copy())
    if a.ndim == 0:
        return (tag, a.dtype), a
    return (tag, a.dtype, a.shape), a


def build_structure(tags, values, struct_name: str = "") -> np.recarray:
    """A one-element structure with ``tags`` (checked, upper-cased) set to ``values``.

    Raises IDL's ``Duplicate tag definition`` for a repeated tag name.
    """
    specs, items, seen = [], [], set()
    for tag, value in zip(tags, values):
        tag = check_tag_name(tag)
        if tag in seen:
            raise CompatValueError(f"{tag} is already defined with a conflicting definition")
        seen.add(tag)
        spec, item = _field(tag, value)
        specs.append(spec)
        items.append(item)
    if not specs:
        raise CompatValueError("a structure needs at least one tag")
    metadata = {NAME_KEY: struct_name.upper()} if struct_name else None
    dtype = np.dtype(specs, metadata=metadata) if metadata else np.dtype(specs)
    out = np.zeros(1, dtype=dtype)
    for spec, item in zip(specs, items):
        if out.dtype[spec[0]].kind == "O":
            out[spec[0]][0] = item
        else:
            out[spec[0]][0] = item
    return out.view(np.recarray)


#: named structures defined so far in this Python session (IDL keeps them per session:
#: a name's first definition fixes its tags and types)
_NAMED: dict[str, np.dtype] = {}


def _name_of(name) -> str:
    if not isinstance(name, str) or not name.strip() or \
            not all(c.isalnum() or c in "_$" for c in name.strip()):
        raise CompatValueError(f"NAME must be an IDL name, got {name!r}")
    return name.strip().upper()


def _signature(dtype: np.dtype):
    return [(n, dtype.fields[n][0].str) for n in dtype.names]


def defined_structure(name) -> np.dtype | None:
    """The dtype under which ``name`` was defined in this session, or None."""
    return _NAMED.get(_name_of(name))


def named_structure(s: np.ndarray, name) -> np.recarray:
    """``s`` as the named structure ``name``: the first definition of a name in the
    session fixes its tags and types; a later one must agree (IDL's "Conflicting data
    structures")."""
    key = _name_of(name)
    s = np.asarray(s)
    specs = [(n, s.dtype.fields[n][0]) for n in s.dtype.names]
    typed = s.astype(np.dtype(specs, metadata={NAME_KEY: key}))
    known = _NAMED.get(key)
    if known is None:
        _NAMED[key] = typed.dtype
        return typed.view(np.recarray)
    if _signature(known) != _signature(typed.dtype):
        raise CompatValueError(f"Conflicting data structures: {key}, "
                               "the tags or their types differ from its definition.")
    return typed.view(known).view(np.recarray)


def _copy_cell(item):
    """A copy of an object field's value, so rows never share a mutable array."""
    if isinstance(item, np.ndarray):
        return item.copy()
    return copy.deepcopy(item)


def replicate_structure(s: np.ndarray, shape: tuple) -> np.recarray:
    """A record array of ``shape`` whose every element is a copy of ``s``'s first."""
    first = s.reshape(-1)[:1]
    out = np.empty(shape, dtype=s.dtype)
    flat = out.reshape(-1)
    flat[...] = first[0]
    objects = [n for n in s.dtype.names if s.dtype.fields[n][0].kind == "O"]
    for name in objects:
        cell = first[name][0]
        column = flat[name]
        for i in range(flat.size):
            column[i] = _copy_cell(cell)
    return out.view(np.recarray)


def deep_copy(s: np.ndarray) -> np.recarray:
    """A deep copy: object fields (strings, arrays, nested structures) copied too."""
    out = np.array(s, copy=True)
    for name in out.dtype.names:
        if out.dtype.fields[name][0].kind == "O":
            column = out[name].reshape(-1)
            for i in range(column.size):
                item = column[i]
                if isinstance(item, np.ndarray):
                    column[i] = deep_copy(item) if item.dtype.names else item.copy()
    return as_recarray(out)


def _zero_value(item):
    if isinstance(item, str):
        return ""
    if isinstance(item, np.ndarray) and item.dtype.names is not None:
        return zero_structure(item)
    if isinstance(item, np.ndarray):
        return np.zeros_like(item) if item.dtype.kind != "U" else np.full(item.shape, "")
    return item


def zero_structure(s: np.ndarray) -> np.recarray:
    """``s`` with every tag set to zero, '' or a zeroed structure (IDL's ``{name}``)."""
    out = np.zeros(s.shape, dtype=s.dtype)
    for name in s.dtype.names:
        if s.dtype.fields[name][0].kind == "O":
            column = out[name].reshape(-1)
            source = s[name].reshape(-1)
            for i in range(column.size):
                column[i] = _zero_value(source[i])
    return out.view(np.recarray)


# ------------------------------------------------------------------------- sizes
#: bytes of one element of each IDL type in memory (64-bit IDL: an IDL_STRING is an
#: int length, a short type and a pointer, 16 bytes; heap ids are ULONG)
_ELEMENT = {1: 1, 2: 2, 3: 4, 4: 4, 5: 8, 6: 8, 7: 16, 9: 16, 10: 4, 11: 4, 12: 2,
            13: 4, 14: 8, 15: 8}
_ALIGN = {1: 1, 2: 2, 3: 4, 4: 4, 5: 8, 6: 4, 7: 8, 9: 8, 10: 4, 11: 4, 12: 2, 13: 4,
          14: 8, 15: 8}


def _tag_layout(item, dtype) -> tuple[int, int, int]:
    """(padded size, alignment, data length) of one tag."""
    from compat._core.idl_types import idl_type_code
    if isinstance(item, str):
        return 16, 8, 16
    if isinstance(item, np.ndarray) and item.dtype.names is not None:
        size, align, data = _layout(item)
        n = item.size
        return size * n, align, data * n
    a = np.asarray(item)
    if a.dtype.kind == "U":
        return 16 * a.size, 8, 16 * a.size
    code = idl_type_code(a.dtype)
    n = max(a.size, 1)
    return _ELEMENT[code] * n, _ALIGN[code], _ELEMENT[code] * n


def _layout(s: np.ndarray) -> tuple[int, int, int]:
    offset, align, data = 0, 1, 0
    for _, item, dtype in tag_list(s):
        size, a, d = _tag_layout(item, dtype)
        offset = -(-offset // a) * a + size
        align = max(align, a)
        data += d
    return -(-offset // align) * align, align, data


def structure_length(s: np.ndarray, data_only: bool = False) -> int:
    """Bytes of one structure of ``s`` in 64-bit IDL's memory: C alignment of each tag
    (N_TAGS /LENGTH), or the tags' data without padding (/DATA_LENGTH; a string counts
    its 16-byte descriptor whatever its text, as IDL's N_TAGS documents)."""
    size, _, data = _layout(s)
    return data if data_only else size


def literal(value):
    """A Python value as an IDL value (numbers by the literal rule, text as str)."""
    if isinstance(value, (str, bytes, np.str_)):
        return value
    return idl_literal(value)
