"""IDL structures and IDL 8's containers: CREATE_STRUCT, TAG_NAMES, N_TAGS, STRUCT_ASSIGN,
IDL_VALIDNAME, and LIST, HASH, ORDEREDHASH, DICTIONARY as thin mappings onto Python's list
and dict.

A structure is a numpy record array in the layout ``scipy.io.readsav`` and
:func:`compat.idl.restore` give (:mod:`compat._core.idl_struct`): upper-case field
names in IDL's tag order, shape ``(1,)`` for one structure (IDL has no scalar
structures), numeric array tags as sub-array fields, strings and nested structures in
object fields. A ``dict`` is accepted wherever a structure is (an anonymous structure).
"""

from __future__ import annotations

import builtins
import warnings

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_arrays import idl_convert
from compat._core.idl_containers import (IDLDictionary, IDLHash, IDLList, IDLOrderedHash,
                                         is_container, stored)
from compat._core.idl_struct import (as_structure, build_structure,
                                     deep_copy, defined_structure, is_structure,
                                     named_structure,
                                     structure_length, structure_name, tag_list,
                                     valid_name, zero_structure)
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["create_struct", "tag_names", "n_tags", "struct_assign", "list", "hash",
           "orderedhash", "dictionary", "idl_validname"]

def _is_text(value) -> bool:
    if isinstance(value, (builtins.list, tuple)):
        return bool(value) and all(isinstance(v, (str, np.str_)) for v in value)
    return isinstance(value, (str, np.str_)) or (
        isinstance(value, np.ndarray) and value.dtype.kind == "U")


# ------------------------------------------------------------------------ CREATE_STRUCT
@idl_routine("CREATE_STRUCT")
def create_struct(*args, name=None):
    """A structure from tag names and values, as IDL's ``CREATE_STRUCT``.

    IDL call forms::

        Result = CREATE_STRUCT(Tag1, Value1, ..., Tagn, Valuen [, NAME=string])
        Result = CREATE_STRUCT([Tag1, ..., Tagn], Value1, ..., Valuen)
        Result = CREATE_STRUCT(Struct1, Tag, Value, Struct2 ...)   ; structures are merged
        Result = CREATE_STRUCT(NAME=string)        ; an empty copy of a named structure

    Parameters
    ----------
    *args
        Tag names (``str``, any case: IDL upper-cases them) each followed by its value,
        or a string array of names followed by as many values, or structures (record
        arrays of one element, or dicts) whose tags are inserted at that place. Values
        keep their IDL type (Python literals by IDL's literal rule: ``1`` INT, ``2.5``
        DOUBLE); an array value becomes an array tag, a structure a nested structure.
    name : str, optional
        ``NAME=``: a named structure. The first definition of a name in the session
        fixes its tags and types; a later one must agree (IDL's rule). Without tags it
        returns a zeroed copy of the structure already defined under that name.

    Returns
    -------
    numpy.recarray of shape (1,)
        Field names are the tags in upper case; ``r.A`` or ``r['A']`` reads a tag; the
        structure's name is ``idl.tag_names(r, structure_name=True)``.

    Raises
    ------
    ValueError
        A repeated tag (GDL's ``"A is already defined with a conflicting definition"``),
        a tag without a value, an illegal tag name, a named structure redefined with
        other tags or types, an unknown name.

    Notes
    -----
    ``numpy.rec.fromarrays`` or a ``dtype`` list needs the types spelled out and keeps
    the case of the names; IDL's tag names are case-insensitive and upper case. Source:
    IDL Reference Guide, CREATE_STRUCT; checked against GDL 1.0.1
    (reference_outputs/idl/structures).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> s = idl.create_struct('a', 1, 'b', np.float32([1.5, 2.5]))
    >>> idl.tag_names(s)
    array(['A', 'B'], dtype='<U1')
    >>> s.B[0]
    array([1.5, 2.5], dtype=float32)
    """
    tags, values = [], []
    k = 0
    while k < len(args):
        item = args[k]
        if is_structure(item) and not _is_text(item):
            s = as_structure(item, f"argument {k + 1}")
            for tag, value, _ in tag_list(s):
                tags.append(tag)
                values.append(value)
            k += 1
            continue
        if _is_text(item):
            names = [str(item)] if isinstance(item, (str, np.str_)) or np.ndim(item) == 0 \
                else [str(t) for t in np.asarray(item).reshape(-1)]
            given = args[k + 1:k + 1 + len(names)]
            if len(given) < len(names):
                raise CompatValueError(f"Tag {names[len(given)].upper()} has no value "
                                       "(CREATE_STRUCT takes a value after each tag name)")
            tags += names
            values += builtins.list(given)
            k += 1 + len(names)
            continue
        raise CompatTypeError(f"argument {k + 1} must be a tag name (a string) or a "
                              f"structure, got {type(item).__name__}")
    if not tags:
        known = None if name is None else defined_structure(name)
        if known is not None:
            return zero_structure(np.zeros(1, dtype=known))
        if name is not None:
            raise CompatValueError(f"Structure type not defined: {name.strip().upper()}.")
        raise CompatValueError("Incorrect number of arguments.")
    out = build_structure(tags, values)
    return out if name is None else named_structure(out, name)


# ------------------------------------------------------------------------- TAG_NAMES
@idl_routine("TAG_NAMES")
def tag_names(expression, *, structure_name=False):
    """The tag names of a structure, as IDL's ``TAG_NAMES``.

    IDL call forms::

        Result = TAG_NAMES(Expression)
        Result = TAG_NAMES(Expression, /STRUCTURE_NAME)

    Parameters
    ----------
    expression : structure
        A record array (readsav layout, any case of field names), structured scalar,
        or dict.
    structure_name : bool
        /STRUCTURE_NAME: the structure's name instead ('' for an anonymous structure;
        a structure read by readsav is anonymous here, as readsav keeps no names).

    Returns
    -------
    ndarray of str (the tag names in upper case, in order), or str.

    Raises
    ------
    TypeError
        ``"TAG_NAMES: Struct expression required in this context: Expression."``

    Notes
    -----
    ``a.dtype.names`` is a tuple in the case the producer chose (readsav gives
    lower-case titles and upper-case names). Source: IDL Reference Guide, TAG_NAMES.

    Examples
    --------
    >>> from compat import idl
    >>> idl.tag_names({'x': 1.0, 'name': 'a'})
    array(['X', 'NAME'], dtype='<U4')
    >>> idl.tag_names(idl.create_struct('p', 1, name='pt'), structure_name=True)
    'PT'
    """
    if not is_structure(expression) or is_container(expression):
        raise CompatTypeError("Struct expression required in this context: Expression.")
    s = as_structure(expression, "Expression")
    if structure_name:
        return structure_name_of(s)
    return np.array(s.dtype.names)


def structure_name_of(s) -> str:
    """The IDL name of a structure ('' when anonymous)."""
    return structure_name(s.dtype)


# ---------------------------------------------------------------------------- N_TAGS
@idl_routine("N_TAGS")
def n_tags(expression, *, data_length=False, length=False):
    """The number of tags of a structure, as IDL's ``N_TAGS`` (0 for anything else).

    IDL call forms::

        Result = N_TAGS(Expression [, /DATA_LENGTH | , /LENGTH])

    Parameters
    ----------
    expression : any
        A structure (record array, structured scalar, dict); any other value gives 0.
    length : bool
        /LENGTH: the size of one structure in bytes in 64-bit IDL's memory, each tag
        aligned as the platform's C compiler aligns it (an IDL string is a 16-byte
        descriptor). GDL 1.0.1 reports its own C++ layout instead (a string is 32 bytes
        there, and it pads the whole to 8): a recorded GDL divergence.
    data_length : bool
        /DATA_LENGTH: the bytes of the tags' data without padding; a string counts its
        descriptor (16 bytes in 64-bit IDL) whatever its text, as IDL documents (GDL
        1.0.1 counts the characters: recorded).

    Returns
    -------
    numpy.int32 (LONG)

    Notes
    -----
    ``len(a.dtype.names)`` fails for non-structures; ``a.dtype.itemsize`` is numpy's
    layout (an object field is 8 bytes), not IDL's. Sources: IDL Reference Guide,
    N_TAGS ("IDL pads and aligns structures in a manner consistent with the host
    machine's C compiler"; /DATA_LENGTH "returns the length of the string's internal
    descriptor, rather than the length of the string data"); the IDL_STRING descriptor of IDL's ``idl_export.h`` (an
    int length, a short type, a pointer).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> s = idl.create_struct('a', 1, 'b', np.float32([1, 2]))
    >>> idl.n_tags(s), idl.n_tags(s, length=True), idl.n_tags(s, data_length=True)
    (np.int32(2), np.int32(12), np.int32(10))
    >>> idl.n_tags(5)
    np.int32(0)
    """
    if not is_structure(expression) or is_container(expression):
        return np.int32(0)
    s = as_structure(expression, "Expression")
    if length and data_length:
        raise CompatValueError("Conflicting keywords: DATA_LENGTH, LENGTH.")
    if length or data_length:
        return np.int32(structure_length(s, data_only=data_length))
    return np.int32(len(s.dtype.names))


# ---------------------------------------------------------------------- STRUCT_ASSIGN
def _converted(value, target):
    """``value`` converted to the type of ``target`` (a field's first value)."""
    from compat._core.idl_format import convert_text, free_text
    if isinstance(target, str):
        if isinstance(value, str):
            return value
        a = idl_array(value, "Source", string_ok=True)
        return str(free_text(a.reshape(-1)[:1])[0]) if a.dtype.kind != "U" else str(
            a.reshape(-1)[0])
    dtype = np.asarray(target).dtype
    if isinstance(value, str) or (isinstance(value, np.ndarray) and value.dtype.kind == "U"):
        return convert_text(np.asarray(value), dtype)
    return idl_convert(np.asarray(value), dtype)


def _assign_tag(dst_row, tag, value, nozero):
    """Relaxed assignment of one tag (IDL's rules; GDL 1.0.1 agrees on every case here)."""
    field = dst_row[tag]
    if isinstance(field, np.ndarray) and field.dtype.names is not None:
        if is_structure(value):
            _relaxed(as_structure(value, tag), field, nozero)
        return
    if isinstance(field, str) or field is None:
        dst_row[tag] = _converted(value, "")
        return
    target = np.asarray(field)
    if target.dtype.kind == "U":  # a string array in an object field
        flat = np.asarray(value).reshape(-1)
        out = target.copy().reshape(-1)
        n = min(out.size, flat.size)
        out[:n] = [_converted(v, "") for v in flat[:n]]
        dst_row[tag] = out.reshape(target.shape)
        return
    src = np.asarray(_converted(value, target.reshape(-1)[:1])).reshape(-1)
    if target.ndim == 0:
        dst_row[tag] = src[0]
        return
    out = target.copy().reshape(-1)
    n = min(out.size, src.size)
    out[:n] = src[:n]
    dst_row[tag] = out.reshape(target.shape)


def _relaxed(source: np.ndarray, destination: np.ndarray, nozero: bool) -> None:
    """STRUCT_ASSIGN into ``destination`` (a fresh record array), in place."""
    if not nozero:
        zeroed = zero_structure(destination)
        destination[...] = zeroed
    src, dst = source.reshape(-1), destination.reshape(-1)
    names = {n.upper(): n for n in src.dtype.names}
    for k in range(min(src.size, dst.size)):
        for tag in dst.dtype.names:
            if tag.upper() in names:
                _assign_tag(dst[k], tag, src[k][names[tag.upper()]], nozero)


@idl_routine("STRUCT_ASSIGN")
def struct_assign(source, destination, *, nozero=False, verbose=False):
    """Copy a structure's tags into another by name, as IDL's ``STRUCT_ASSIGN`` procedure
    ("relaxed structure assignment"); returns the new destination.

    IDL call form::

        STRUCT_ASSIGN, Source, Destination [, /NOZERO] [, /VERBOSE]
        ->  destination = idl.struct_assign(source, destination)

    Parameters
    ----------
    source, destination : structure
        Structures or arrays of structures (record arrays, dicts). ``destination`` is
        never modified: the procedure's output is the return value.
    nozero : bool
        /NOZERO: tags of the destination that the source lacks keep their values
        (without it they are zeroed: 0, '' or a zeroed structure first).
    verbose : bool
        /VERBOSE: IDL prints which tags it cannot copy; accepted and ignored.

    Returns
    -------
    numpy.recarray
        The destination's tags and types, filled tag by tag from the source tags of the
        same name (case-insensitive), converted to the destination's type (a number
        into a string tag takes the free format, ``'      3.50000'``; text that is not a
        number gives IDL's conversion warning and 0). An array tag takes as many
        elements as both have (the rest zeroed, or kept with /NOZERO); a scalar tag
        takes the source's first element; nested structures are assigned the same way.
        For arrays of structures, the first ``min(n_source, n_destination)`` elements
        are assigned, the others zeroed.

    Notes
    -----
    There is no numpy equivalent (``numpy.lib.recfunctions.assign_fields_by_name``
    needs equal shapes and does no IDL conversion). Source: IDL Reference Guide,
    STRUCT_ASSIGN and "Relaxed Structure Assignment"; checked against GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> src = idl.create_struct('a', 7, 'b', np.float32([1, 2, 3, 4]))
    >>> dst = idl.create_struct('a', np.uint8(0), 'b', np.zeros(2, np.float32), 'e', 5)
    >>> out = idl.struct_assign(src, dst)
    >>> out.A[0], out.B[0], out.E[0]
    (np.uint8(7), array([1., 2.], dtype=float32), np.int16(0))
    """
    src = as_structure(source, "Source")
    dst = deep_copy(as_structure(destination, "Destination"))
    with warnings.catch_warnings():
        if not verbose:
            pass
        _relaxed(src, dst, nozero)
    return dst


# ------------------------------------------------------------------ LIST, HASH, ...
@idl_routine("LIST")
def list(*values, extract=False, length=None):  # noqa: A001 - the IDL name
    """IDL 8's ``LIST``: an :class:`~compat._core.idl_containers.IDLList` (a Python list).

    IDL call forms::

        Result = LIST([Value1, ..., Valuen] [, /EXTRACT] [, LENGTH=value])

    Parameters
    ----------
    *values
        The elements, kept as given (no IDL type conversion: a LIST holds any values).
    extract : bool
        /EXTRACT: the elements of each array or list value become separate elements.
    length : int, optional
        LENGTH=: a list of this many elements, each ``values[0]`` (None, IDL's !NULL,
        when no value is given).

    Returns
    -------
    IDLList
        A ``list`` subclass with IDL's methods ``add``, ``remove_at``, ``count``,
        ``isempty``, ``toarray`` (see :mod:`compat._core.idl_containers`). Indexing is
        Python's (0-based, negative from the end as in IDL 8).

    Notes
    -----
    A plain Python list passed to an IDL routine is an IDL *array literal*
    (``[1, 2]`` INT); an ``idl.list`` is an IDL LIST object (``idl.size`` reports
    OBJREF, ``idl.n_elements`` its length). Source: IDL Reference Guide, LIST.

    Examples
    --------
    >>> from compat import idl
    >>> l = idl.list(1, 'two', [3, 4])
    >>> l.add(5.0)
    [1, 'two', [3, 4], 5.0]
    >>> idl.n_elements(l), l.count()
    (np.int32(4), np.int32(4))
    """
    if length is not None:
        n = int(length)
        if n < 0:
            raise CompatValueError("LENGTH must be at least 0")
        return IDLList([stored(values[0]) if values else None for _ in range(n)])
    out = IDLList()
    for value in values:
        out.add(value, extract=extract)
    return out


def _key_value_pairs(args, fold_case=False):
    if len(args) == 1 and is_structure(args[0]) and not isinstance(args[0], dict):
        s = as_structure(args[0], "Structure")
        return [(tag, value) for tag, value, _ in tag_list(s)]
    if len(args) == 1 and isinstance(args[0], dict):
        return builtins.list(args[0].items())
    if len(args) == 1:  # keys only: values are !NULL
        keys = args[0]
        keys = np.asarray(keys).reshape(-1).tolist() if not isinstance(keys, str) else [keys]
        return [(k, None) for k in keys]
    if len(args) == 2 and not isinstance(args[0], str) and np.ndim(args[0]) > 0:
        keys = np.asarray(args[0]).reshape(-1).tolist()
        values = args[1]
        if isinstance(values, (builtins.list, tuple, np.ndarray)) and \
                np.ndim(values) > 0 and len(values) == len(keys):
            return builtins.list(zip(keys, builtins.list(values)))
        return [(k, values) for k in keys]
    if len(args) % 2:
        raise CompatValueError("Incorrect number of arguments: keys and values come in "
                               "pairs.")
    return [(args[i], args[i + 1]) for i in range(0, len(args), 2)]


def _plain_key(key):
    if isinstance(key, np.generic):
        return key.item()
    return key


def _fill(cls, pairs, fold_case=False):
    out = cls()
    for key, value in pairs:
        key = _plain_key(key)
        if fold_case and isinstance(key, str):
            key = key.upper()
        out[key] = stored(value)
    return out


@idl_routine("HASH")
def hash(*args, fold_case=False, extract=False):  # noqa: A001 - the IDL name
    """IDL 8's ``HASH``: an :class:`~compat._core.idl_containers.IDLHash` (a Python dict).

    IDL call forms::

        Result = HASH(Key1, Value1, Key2, Value2, ... [, /FOLD_CASE])
        Result = HASH(Keys, Values)         ; arrays of keys and values
        Result = HASH(Keys)                 ; every value !NULL (None)
        Result = HASH(Structure)            ; tag names as keys

    Parameters
    ----------
    *args
        As above. numpy scalar keys become Python numbers (``np.int16(3)`` and ``3`` are
        one key, as in IDL where keys compare by value).
    fold_case : bool
        /FOLD_CASE: string keys are stored in upper case (case-insensitive lookup is
        then ``h[key.upper()]``).
    extract : bool
        /EXTRACT (structure form): accepted; nested structures stay record arrays.

    Returns
    -------
    IDLHash
        A ``dict`` subclass with IDL's methods ``count``, ``haskey``, ``keys_list``,
        ``values_list``, ``remove``, ``isempty``; a missing key raises ``KeyError``.

    Notes
    -----
    A plain ``dict`` passed to an IDL routine is an anonymous *structure* (as
    :func:`compat.idl.save` takes it); ``idl.hash`` makes an IDL HASH object. Source:
    IDL Reference Guide, HASH.

    Examples
    --------
    >>> from compat import idl
    >>> h = idl.hash(['a', 'b'], [1, 2])
    >>> h['b'], h.haskey('c'), h.count()
    (2, np.uint8(0), np.int32(2))
    """
    return _fill(IDLHash, _key_value_pairs(args), fold_case)


@idl_routine("ORDEREDHASH")
def orderedhash(*args, fold_case=False, extract=False):
    """IDL 8.3's ``ORDEREDHASH``: a HASH that keeps the insertion order (as every Python
    dict does); same call forms and methods as :func:`hash`.

    IDL call forms::

        Result = ORDEREDHASH(Key1, Value1, ... [, /FOLD_CASE])
        Result = ORDEREDHASH(Keys, Values)

    Parameters
    ----------
    *args, fold_case, extract
        As for :func:`hash`.

    Returns
    -------
    IDLOrderedHash

    Examples
    --------
    >>> from compat import idl
    >>> [key for key in idl.orderedhash('z', 1, 'a', 2)]
    ['z', 'a']
    """
    return _fill(IDLOrderedHash, _key_value_pairs(args), fold_case)


@idl_routine("DICTIONARY")
def dictionary(*args, **keys):
    """IDL 8.3's ``DICTIONARY``: an ordered hash whose keys are IDL names, case
    insensitive and readable as attributes.

    IDL call forms::

        Result = DICTIONARY(Key1, Value1, ...)
        Result = DICTIONARY(Keys, Values)
        Result = DICTIONARY(Structure)

    Parameters
    ----------
    *args
        As for :func:`hash`; keys must be strings.
    **keys
        Python's spelling of key/value pairs (``idl.dictionary(alpha=1)``).

    Returns
    -------
    IDLDictionary
        ``d['ALPHA']``, ``d['alpha']`` and ``d.alpha`` are the same entry (stored in upper
        case, as IDL prints the keys).

    Examples
    --------
    >>> from compat import idl
    >>> d = idl.dictionary('alpha', 1, beta=2)
    >>> d.ALPHA, d['beta'], [key for key in d]
    (1, 2, ['ALPHA', 'BETA'])
    """
    pairs = _key_value_pairs(args) if args else []
    out = IDLDictionary()
    for key, value in builtins.list(pairs) + builtins.list(keys.items()):
        if not isinstance(key, str):
            raise CompatTypeError(f"DICTIONARY keys must be strings, got {key!r}")
        out[key] = value
    return out


@idl_routine("IDL_VALIDNAME")
def idl_validname(string, *, convert_all=False, convert_spaces=False):
    """Check or make valid IDL variable and structure tag names, as IDL's
    ``IDL_VALIDNAME`` does.

    IDL call form::

        Result = IDL_VALIDNAME(String [, /CONVERT_ALL] [, /CONVERT_SPACES])

    Parameters
    ----------
    string : str or array_like of str
        Names to check (``bytes`` are read as Latin-1).
    convert_all : bool
        /CONVERT_ALL: make every invalid name valid: characters other than ASCII letters,
        digits, ``_``, ``!`` and ``$`` become ``_``; a ``_`` is put before a leading digit
        or ``$``, before an empty string and before a reserved word (``AND``, ``IF`` ...);
        the converted name is upper case (IDL's examples: ``'$var'`` -> ``'_$VAR'``,
        ``'and'`` -> ``'_AND'``).
    convert_spaces : bool
        /CONVERT_SPACES: spaces become ``_``; a name that is still invalid gives ``''``.

    Returns
    -------
    str or ndarray of str
        Each name unchanged when it is valid (an ASCII letter, ``_`` or ``!`` first, then
        letters, digits, ``_`` and ``$``, not a reserved word), else its conversion, else
        ``''``; a string array for an array.

    Notes
    -----
    Source: IDL Reference Guide, IDL_VALIDNAME (its examples table and CONVERT_ALL's
    rules) and "Reserved Words"; the examples are golden cases (reference_outputs/idl/
    logical). GDL 1.0.1's IDL_VALIDNAME is a library routine that keeps the case of a
    converted name (``'_$var'``), leaves reserved words such as ``if`` and non-ASCII
    letters as they are, and keeps blank names: recorded as divergences there.

    Python's ``str.isidentifier`` accepts non-ASCII letters and IDL's reserved words and
    refuses ``$``; it converts nothing.

    Examples
    --------
    >>> from compat import idl
    >>> idl.idl_validname(' a b c ', convert_spaces=True)
    '_a_b_c_'
    >>> idl.idl_validname(['and', 'or'], convert_all=True)
    array(['_AND', '_OR'], dtype='<U4')
    >>> idl.idl_validname('2mass')
    ''
    """
    if isinstance(string, bytes):
        string = string.decode("latin-1")
    a = idl_array(string, "String", string_ok=True)
    if a.dtype.kind != "U":
        raise CompatTypeError("String expression required in this context: String.")
    out = [valid_name(str(t), convert_all=bool(convert_all),
                      convert_spaces=bool(convert_spaces)) for t in a.reshape(-1)]
    if a.ndim == 0:
        return out[0]
    return np.array(out, dtype=str).reshape(a.shape)
