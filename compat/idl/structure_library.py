"""The IDL Astronomy Library's structure utilities: MRD_STRUCT, COPY_STRUCT,
COPY_STRUCT_INX.

Structures are record arrays (:mod:`compat._core.idl_struct`, the layout
:func:`compat.idl.create_struct` and ``scipy.io.readsav`` give). The Library's routines
are IDL code (github.com/wlandsman/IDLAstro, BSD licence); their documented behaviour is
the specification, and the goldens run the Library's own .pro files in GDL 1.0.1
(reference_outputs/idl/structure_library).
"""

from __future__ import annotations

import builtins

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError, legacy_warn
from compat._core.idl_constants import evaluate
from compat._core.idl_struct import (as_structure, build_structure, deep_copy,
                                     is_structure, named_structure,
                                     replicate_structure)
from compat._core.idl_struct_copy import CopyRules, copy_tags
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result, requested

__all__ = ["mrd_struct", "copy_struct", "copy_struct_inx"]


def _texts(value, what: str) -> list[str]:
    if isinstance(value, (str, np.str_, bytes)):
        value = [value]
    items = np.asarray(value, dtype=object).reshape(-1).tolist()
    out = []
    for item in items:
        if isinstance(item, bytes):
            item = item.decode("latin-1")
        if not isinstance(item, (str, np.str_)):
            raise CompatTypeError(f"{what} must be strings, got {type(item).__name__}")
        out.append(str(item))
    return out


# ----------------------------------------------------------------------- MRD_STRUCT
#: the values MRD_STRUCT's /NO_EXECUTE path knows by name (mrd_struct.pro's table)
_NO_EXECUTE_VALUES = {
    "0b": "0B", "0": "0S", "0u": "0US", "0us": "0US", "0l": "0L", "0ll": "0LL",
    "0ul": "0UL", "0ull": "0ULL", "0.": "0.0", "0.0": "0.0", "0.0d": "0.0d0",
    "0.0d0": "0.0d0", "0.d0": "0.0d0", '" "': '" "', "complex(0.,0.)": "complex(0.,0.)",
    "dcomplex(0.d0,0.d0)": "dcomplex(0.d0,0.d0)"}
_NO_EXECUTE_ARRAYS = ("bytarr", "intarr", "fltarr", "lonarr", "lon64arr", "dblarr",
                      "complexarr", "dcomplexarr")


def _no_execute_value(text: str):
    """One value by mrd_struct.pro's /NO_EXECUTE rules: the table above; else the
    quotes removed, a single character is that STRING, ``type(d1,...)`` an array of
    the types it lists, ``string(replicate(32b,n[,d...]))`` blanks; anything else is
    the Library's error."""
    known = _NO_EXECUTE_VALUES.get(text.lower())
    if known is not None:
        return evaluate(known)
    bare = text.replace("'", "").replace('"', "")
    if len(bare) == 1:
        return bare
    kind, _, rest = bare.partition("(")
    kind = kind.strip()
    if kind == "string":
        rest = rest.partition(",")[2]
    dims = rest.partition(")")[0]
    try:
        shape = [int(d) for d in dims.split(",") if d.strip()]
    except ValueError:
        shape = []
    if kind in _NO_EXECUTE_ARRAYS and shape:
        return evaluate(f"{kind}({','.join(map(str, shape))})")
    if kind == "string" and shape:
        blanks = " " * shape[0]
        return blanks if len(shape) == 1 else np.full(shape[1:][::-1], blanks)
    raise CompatValueError(f"ERROR - Invalid field value: {text}")


@idl_routine("MRD_STRUCT")
def mrd_struct(names, values, nrow, *, structyp=None, no_execute=False, silent=False,
               tempdir=None, old_struct=False):
    """A structure (array) from tag names and IDL value text, as the IDL Astronomy
    Library's ``MRD_STRUCT``.

    IDL call forms::

        str = MRD_STRUCT(NAMES, VALUES, NROW [, STRUCTYP='name'] [, /NO_EXECUTE])
        ->  s = idl.mrd_struct(names, values, nrow, structyp='name')

    Parameters
    ----------
    names : str or sequence of str
        The tag names.
    values : str or sequence of str
        One IDL expression per tag, as text: ``'0B'``, ``'0L'``, ``'1.'``, ``'1.d0'``,
        ``"'text'"``, ``'dblarr(10,10)'``, ``'string(replicate(32b,8))'`` ... They are
        evaluated by :func:`compat._core.idl_constants.evaluate` (IDL's constants with
        their type suffixes, array constants, the ``...ARR``/``...INDGEN`` constructors,
        REPLICATE, STRING and the type conversions) with mrd_struct.pro's
        ``COMPILE_OPT IDL2``: an integer without suffix is LONG, except the value
        ``'0'``, which mrd_struct makes INT (``0S``).
    nrow : int
        The number of structures: a single structure (shape ``(1,)``) for ``nrow <= 1``,
        else an array of ``nrow`` copies.
    structyp : str, optional
        STRUCTYP: the structure's name. As in IDL, the first definition of a name fixes
        its tags and types for the session; a different one is IDL's "Conflicting data
        structures" error.
    no_execute : bool
        /NO_EXECUTE: the Library's alternative path without EXECUTE (used in IDL's
        Virtual Machine): it knows only the zero constants of each type, ``'" "'``,
        ``complex(0.,0.)``, the ``BYTARR INTARR LONARR LON64ARR FLTARR DBLARR COMPLEXARR
        DCOMPLEXARR`` constructors and ``string(replicate(32b,n))``; a one-character
        value becomes that STRING (so ``'1'`` is ``'1'``, not 1) and anything else is
        its ``ERROR - Invalid field value`` error.
    silent, tempdir, old_struct
        Accepted for old calls; the current Library ignores them.

    Returns
    -------
    numpy.recarray
        Shape ``(1,)`` or ``(nrow,)``, tags upper case in the given order.

    Raises
    ------
    ValueError
        A value compat cannot evaluate (pointers ``ptr_new()``, objects, variables,
        arithmetic): IDL's EXECUTE would run it, or print its error and make
        MRD_STRUCT return 0; here the error names the text. Duplicate or illegal tag
        names; a STRUCTYP redefined with other tags.

    Notes
    -----
    ``numpy.zeros(n, dtype=[...])`` needs the dtypes spelled out; MRD_STRUCT's strings
    are IDL source. Source: mrd_struct.pro (IDL Astronomy Library, W. Landsman's
    github.com/wlandsman/IDLAstro); checked against it in GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> s = idl.mrd_struct(['fld1', 'fld2'], ['0', 'dblarr(10,10)'], 3)
    >>> s.shape, s.FLD1.dtype, s.FLD2.shape
    ((3,), dtype('int16'), (3, 10, 10))
    >>> s = idl.mrd_struct(['a', 'b', 'c', 'd'], ['1', '1.', '1.d0', "'1'"], 1)
    >>> [s[t].dtype.str if t != 'D' else type(s[t][0]).__name__ for t in 'ABCD']
    ['<i4', '<f4', '<f8', 'str']
    """
    tags = _texts(names, "NAMES")
    texts = _texts(values, "VALUES")
    if len(texts) < len(tags):
        raise CompatValueError(f"VALUES has {len(texts)} elements for {len(tags)} NAMES")
    if no_execute:
        items = [_no_execute_value(text) for text in texts[:len(tags)]]
    else:
        items = [evaluate("0s" if text == "0" else text, defint32=True)
                 for text in texts[:len(tags)]]
    out = build_structure(tags, items)
    if structyp:
        out = named_structure(out, structyp)
    count = int(np.asarray(nrow).reshape(-1)[0])
    return out if count <= 1 else replicate_structure(out, (count,))


# ------------------------------------------------------------ COPY_STRUCT(_INX)
class CopyStructResult(Result):
    """COPY_STRUCT's new destination and the count of tags copied."""

    result: np.recarray
    nt_copied: np.int32


def _tag_list(tags) -> tuple[str, ...]:
    return () if tags is None else tuple(t.upper() for t in _texts(tags, "tags"))


def _resized(to: np.ndarray, n: int) -> np.recarray:
    """``to`` lengthened with copies of its first element, or cut, to ``n`` elements."""
    to = to.reshape(-1)
    if n > to.size:
        extra = replicate_structure(to[:1], (n - to.size,))
        return np.concatenate([to, extra]).view(np.recarray)
    return to[:n].view(np.recarray)


def _copy(struct_from, struct_to, except_tags, select_tags, recur_from, recur_to,
          recur_tandem, nt_copied, resize, indices=None):
    if not (is_structure(struct_from) and is_structure(struct_to)):
        legacy_warn("two arguments must be structures")
        return named_result(CopyStructResult, struct_to,
                            requested(nt_copied=(nt_copied, np.int32(0))))
    source = as_structure(struct_from, "struct_From").reshape(-1)
    to = deep_copy(as_structure(struct_to, "struct_To").reshape(-1))
    to, rows_from, rows_to = resize(source, to)
    rules = CopyRules(select=_tag_list(select_tags), exclude=_tag_list(except_tags),
                      recur_from=bool(recur_from), recur_to=bool(recur_to),
                      recur_tandem=bool(recur_tandem))
    if rules.select and not set(rules.select) & {n.upper() for n in to.dtype.names}:
        legacy_warn(" selected tags not found")
    else:
        copy_tags(source, to, rules, rows_from, rows_to)
    return named_result(CopyStructResult, to,
                        requested(nt_copied=(nt_copied, np.int32(rules.copied))))


@idl_routine("COPY_STRUCT")
def copy_struct(struct_from, struct_to, *, except_tags=None, select_tags=None,
                recur_from=False, recur_to=False, recur_tandem=False, nt_copied=False):
    """Copy the tags of one structure array into the same-named tags of another, as the
    IDL Astronomy Library's ``COPY_STRUCT`` procedure; returns the new destination.

    IDL call forms::

        COPY_STRUCT, struct_From, struct_To [, NT_copied]
        COPY_STRUCT, struct_From, struct_To, EXCEPT_TAGS=['image', 'misc']
        COPY_STRUCT, struct_From, struct_To, SELECT_TAGS=[...], /RECUR_TANDEM
        ->  to = idl.copy_struct(src, to)
            to, n = idl.copy_struct(src, to, nt_copied=True)

    Parameters
    ----------
    struct_from, struct_to : structure
        Record arrays (or dicts). ``struct_to`` is not modified: the procedure's output
        is the return value.
    except_tags : str or sequence of str, optional
        EXCEPT_TAGS: tags not copied (any case), at every level of recursion.
    select_tags : str or sequence of str, optional
        SELECT_TAGS: only these tags are copied (takes priority over EXCEPT_TAGS; not
        used in the recursions). When none of them is a tag of ``struct_to``, nothing
        is copied and the Library's " selected tags not found" message is a warning.
    recur_from : bool
        /RECUR_FROM: also copy the tags of the structures nested in ``struct_from``
        into ``struct_to``.
    recur_to : bool
        /RECUR_TO: also copy ``struct_from``'s tags into the structures nested in
        ``struct_to``.
    recur_tandem : bool
        /RECUR_TANDEM: a nested structure is copied tag by tag into the nested
        structure of the same name (for nested types that differ).
    nt_copied : bool
        Request the NT_copied output: the number of tags copied (every level).

    Returns
    -------
    numpy.recarray or CopyStructResult
        The destination with ``struct_from``'s number of elements (lengthened with
        copies of its first element, or cut, as the Library does) and the copied tags
        in its own types (IDL's conversions: FLOAT 2.7 into a LONG tag is 2, INT 1 into
        a STRING tag ``'       1'``, ``'12'`` into a FLOAT tag 12.0); with
        ``nt_copied=True`` a named tuple ``(result, nt_copied)``.

    Raises
    ------
    ValueError
        IDL's "Conflicting data structures (dim)" when a source tag has more elements
        than the destination tag, and "Conflicting data structures" when a nested
        structure of another type is assigned without /RECUR_TANDEM.

    Notes
    -----
    A source tag with one element fills the whole destination tag; a shorter one fills
    its first elements and leaves the rest (GDL 1.0.1's assignment; IDL's was not
    checked). Arguments that are not both structures give the Library's message as a
    warning and return ``struct_to`` unchanged. ``numpy.lib.recfunctions`` can copy
    fields by name but neither converts IDL's types nor recurses. Source: copy_struct.pro
    (IDL Astronomy Library); goldens run it in GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> src = idl.create_struct('a', 1, 'b', np.float32(2.7), 'c', '12')
    >>> dst = idl.create_struct('b', np.int32(0), 'c', np.float32(0), 'd', 5)
    >>> out, n = idl.copy_struct(src, dst, nt_copied=True)
    >>> out.B[0], out.C[0], out.D[0], n
    (np.int32(2), np.float32(12.0), np.int16(5), np.int32(2))
    """
    def resize(source, to):
        return _resized(to, source.size), None, None

    return _copy(struct_from, struct_to, except_tags, select_tags, recur_from, recur_to,
                 recur_tandem, nt_copied, resize)


def _indices(value, n: int) -> np.ndarray:
    return np.arange(n) if value is None else \
        np.asarray(value).reshape(-1).astype(np.int64)


@idl_routine("COPY_STRUCT_INX")
def copy_struct_inx(struct_from, struct_to, *, except_tags=None, select_tags=None,
                    index_from=None, index_to=None, recur_from=False, recur_to=False,
                    recur_tandem=False, nt_copied=False):
    """Copy tags by name between chosen elements of two structure arrays, as the IDL
    Astronomy Library's ``COPY_STRUCT_INX`` procedure; returns the new destination.

    IDL call forms::

        COPY_STRUCT_INX, struct_From, struct_To, NT_copied, INDEX_FROM=subf
        COPY_STRUCT_INX, struct_From, struct_To, INDEX_FROM=subf, INDEX_TO=subto
        ->  to = idl.copy_struct_inx(src, to, index_from=subf, index_to=subto)

    Parameters
    ----------
    struct_from, struct_to, except_tags, select_tags, recur_from, recur_to, recur_tandem,
    nt_copied
        As :func:`copy_struct`.
    index_from : array_like of int, optional
        INDEX_FROM: the (0-based) elements of ``struct_from`` copied; all by default.
    index_to : array_like of int, optional
        INDEX_TO: the elements of ``struct_to`` they go to; by default ``0, 1, ...``.

    Returns
    -------
    numpy.recarray or CopyStructResult
        The destination, keeping its number of elements except that an INDEX_TO beyond
        its end lengthens it to ``max(INDEX_TO)`` elements (copies of the first), as
        the Library does; subscripts past the end then address the last element (IDL's
        clipping of subscript arrays). The longer of the two index lists is cut to the
        shorter's length; FROM indices past the end of ``struct_from`` are dropped.

    Notes
    -----
    Source: copy_struct_inx.pro (IDL Astronomy Library); goldens run it in GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> src = idl.replicate(idl.create_struct('x', 0.0), 3)
    >>> src.X[:] = [1.5, 2.5, 3.5]
    >>> dst = idl.replicate(idl.create_struct('x', 0, 'y', 9), 4)
    >>> idl.copy_struct_inx(src, dst, index_from=[2, 0], index_to=[1, 3]).X
    array([0, 3, 0, 1], dtype=int16)
    """
    def resize(source, to):
        rows_from = _indices(index_from, source.size)
        rows_to = _indices(index_to, rows_from.size)
        n = builtins.min(rows_from.size, rows_to.size)
        rows_from, rows_to = rows_from[:n], rows_to[:n]
        if rows_to.size and rows_to.max() >= to.size:
            to = _resized(to, int(rows_to.max()))
        if rows_from.size and rows_from.max() >= source.size:
            rows_from = rows_from[rows_from < source.size]
            if rows_from.size == 0:
                legacy_warn("all FROM indices are out of bounds")
                return to, rows_from, rows_from
        return (to, np.clip(rows_from, 0, builtins.max(source.size - 1, 0)),
                np.clip(rows_to, 0, to.size - 1))

    return _copy(struct_from, struct_to, except_tags, select_tags, recur_from, recur_to,
                 recur_tandem, nt_copied, resize)
