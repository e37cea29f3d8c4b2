"""Tag-by-name copying between IDL structures of different types (COPY_STRUCT's engine).

The IDL Astronomy Library's COPY_STRUCT and COPY_STRUCT_INX copy every tag of one
structure array into the tag of the same name of another, tag by tag, with IDL's
assignment ``struct_To.(t) = struct_From.(f)``: the value takes the destination tag's
type (numbers converted as IDL converts, text through IDL's number reading, numbers into
string tags in IDL's free format) and the destination keeps its shape. Facts checked
against the Library's copy_struct.pro run in GDL 1.0.1: a one-element source fills a
whole array tag; a shorter source fills the first elements and leaves the rest; a longer
one is IDL's ``Conflicting data structures (dim)``; a nested structure is assigned only
from a structure of the same type (``Conflicting data structures``).

Structures are record arrays (:mod:`compat._core.idl_struct`); the destination is
modified in place, so callers pass a fresh copy.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_arrays import idl_convert
from compat._core.idl_number_text import free_text, text_to_type

__all__ = ["CopyRules", "copy_tags"]


@dataclass
class CopyRules:
    """What to copy: ``select`` (upper-case names; top level only), ``exclude`` (every
    level), the three recursions, and the running count of tags copied."""

    select: tuple[str, ...] = ()
    exclude: tuple[str, ...] = ()
    recur_from: bool = False
    recur_to: bool = False
    recur_tandem: bool = False
    copied: int = 0
    top: bool = field(default=True, repr=False)


def _is_nested(s: np.ndarray, tag: str) -> bool:
    if s.dtype.fields[tag][0].kind != "O" or s.size == 0:
        return False
    cell = s.reshape(-1)[0][tag]
    return isinstance(cell, np.ndarray) and cell.dtype.names is not None


def gather(s: np.ndarray, tag: str, rows=None) -> np.recarray:
    """The nested structures of ``tag`` (of ``rows``) as one record array."""
    flat = s.reshape(-1)
    rows = np.arange(flat.size) if rows is None else rows
    return np.concatenate([flat[int(i)][tag].reshape(-1) for i in rows]).view(np.recarray)


def scatter(s: np.ndarray, tag: str, values: np.ndarray, rows=None) -> None:
    """Put ``values`` (from :func:`gather`) back into the cells of ``tag``."""
    flat = s.reshape(-1)
    rows = np.arange(flat.size) if rows is None else rows
    start = 0
    for i in rows:
        cell = flat[int(i)][tag]
        k = cell.size
        flat[int(i)][tag] = values[start:start + k].reshape(cell.shape).copy().view(
            np.recarray)
        start += k


def _text_values(values) -> np.ndarray:
    """A source tag's text (object cells of str or str arrays) as one flat str array."""
    return np.concatenate([np.asarray(v, dtype=str).reshape(-1) for v in values]) \
        if len(values) else np.zeros(0, dtype=str)


def _source(s: np.ndarray, tag: str, rows) -> tuple[str, np.ndarray | list]:
    """('number', flat array) / ('text', flat str array) / ('struct', [cells])."""
    column = s[tag][rows]
    if s.dtype.fields[tag][0].kind != "O":
        return "number", column.reshape(-1)
    cells = list(column.reshape(-1))
    if cells and isinstance(cells[0], np.ndarray) and cells[0].dtype.names is not None:
        return "struct", cells
    return "text", _text_values(cells)


def _converted(kind: str, values: np.ndarray, dtype: np.dtype) -> np.ndarray:
    if dtype.kind == "U":
        return values if kind == "text" else free_text(values).reshape(-1)
    if kind == "text":
        return text_to_type(values, dtype).reshape(-1)
    return idl_convert(values, dtype).reshape(-1)


def _filled(target: np.ndarray, values: np.ndarray) -> np.ndarray:
    """IDL's assignment to a tag of fixed size (module docstring's rule)."""
    out = target.reshape(-1).copy()
    if values.size == 1:
        out[:] = values[0]
    elif values.size <= out.size:
        out[:values.size] = values
    else:
        raise CompatValueError("Conflicting data structures (dim).")
    return out.reshape(target.shape)


def assign(to: np.ndarray, tag: str, rows, source: tuple) -> None:
    """``to[rows].tag = value`` with IDL's conversions and sizes."""
    kind, values = source
    column = to[tag]
    if to.dtype.fields[tag][0].kind != "O":
        if kind == "struct":
            raise CompatValueError("Conflicting data structures.")
        column[rows] = _filled(column[rows], _converted(kind, values, column.dtype))
        return
    flat = to.reshape(-1)
    cells = [flat[int(i)][tag] for i in rows]
    if cells and isinstance(cells[0], np.ndarray) and cells[0].dtype.names is not None:
        if kind != "struct" or any(v.dtype != cells[0].dtype for v in values):
            raise CompatValueError("Conflicting data structures.")
        stacked = np.concatenate([v.reshape(-1) for v in values])
        scatter(to, tag, _filled(np.concatenate([c.reshape(-1) for c in cells]), stacked),
                rows)
        return
    if kind == "struct":
        raise CompatValueError("Conflicting data structures.")
    text = _converted(kind, values, np.dtype(str))
    current = _text_values(cells)
    filled = _filled(current.astype(object), text.astype(object))
    start = 0
    for i, cell in zip(rows, cells):
        if isinstance(cell, np.ndarray):
            k = cell.size
            flat[int(i)][tag] = np.array(filled[start:start + k].tolist(),
                                         dtype=str).reshape(cell.shape)
        else:
            k = 1
            flat[int(i)][tag] = str(filled[start])
        start += k


def _chosen(names: tuple[str, ...], rules: CopyRules) -> list[str]:
    if rules.top and rules.select:
        return [n for n in names if n in rules.select]
    return [n for n in names if n not in rules.exclude]


def copy_tags(source: np.ndarray, to: np.ndarray, rules: CopyRules, rows_from=None,
              rows_to=None) -> None:
    """Copy ``source``'s tags into ``to`` (in place) by name, as COPY_STRUCT's body:
    the matching tags, then the /RECUR_FROM and /RECUR_TO recursions. ``rows_from`` /
    ``rows_to`` are the element subscripts (COPY_STRUCT_INX), all elements by default.
    """
    source, to = source.reshape(-1), to.reshape(-1)
    rows_from = np.arange(source.size) if rows_from is None else rows_from
    rows_to = np.arange(to.size) if rows_to is None else rows_to
    names_from = tuple(n.upper() for n in source.dtype.names)
    names_to = tuple(n.upper() for n in to.dtype.names)
    chosen = _chosen(names_to, rules)
    inner = CopyRules(exclude=rules.exclude, recur_from=rules.recur_from,
                      recur_to=rules.recur_to, recur_tandem=rules.recur_tandem, top=False)
    for name in chosen:
        if name not in names_from:
            continue
        tag_to = to.dtype.names[names_to.index(name)]
        tag_from = source.dtype.names[names_from.index(name)]
        if rules.recur_tandem and _is_nested(to, tag_to) and _is_nested(source, tag_from):
            part = gather(to, tag_to, rows_to)
            copy_tags(gather(source, tag_from, rows_from), part, inner)
            scatter(to, tag_to, part, rows_to)
        else:
            assign(to, tag_to, rows_to, _source(source, tag_from, rows_from))
            rules.copied += 1
    if rules.recur_from:
        for name in names_from:
            tag = source.dtype.names[names_from.index(name)]
            if name not in rules.exclude and _is_nested(source, tag):
                copy_tags(gather(source, tag), to, inner, rows_from, rows_to)
                rules.copied += inner.copied
                inner.copied = 0
    if rules.recur_to:
        for name in chosen:
            tag = to.dtype.names[names_to.index(name)]
            if _is_nested(to, tag):
                part = gather(to, tag, rows_to)
                copy_tags(source, part, inner, rows_from)
                scatter(to, tag, part, rows_to)
    rules.copied += inner.copied
    inner.copied = 0
