"""The lines IDL's ``HELP`` prints about values (Python-shaped core).

One line per value: the name in a 15-column field (a longer name on a line of its own,
the rest indented 16 columns), the IDL type name in 10 columns, ``=`` and the value:
a scalar in PRINT's free format (the one IDL formatting engine,
:func:`compat._core.idl_number_text.free_text`), a string quoted as given (the text past
its first 39 characters shown as ``'...``), ``Array[d1, d2]`` with IDL's dimensions, a
structure as ``-> NAME Array[n]``, ``<Undefined>`` for an undefined value. For a
structure, ``/STRUCTURES`` lists its tags under a ``** Structure`` header with
N_TAGS' ``/LENGTH`` and ``/DATA_LENGTH`` byte counts.

Sources: IDL Reference Guide, ``HELP`` (format of the variable lines and of
``/STRUCTURES``), print-outs of real IDL sessions (``S1              STRING    =
'abcdef'``, ``** Structure <27720578>, 4 tags, length=64, data length=64, refs=2:`` and
its tag lines ``   ID              STRING    'kcor'``); checked against GDL 1.0.1, whose
lines are the same except the ``** Structure`` header.
"""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import type_name
from compat._core.idl_number_text import free_text
from compat._core.idl_struct import is_structure, structure_length, structure_name, tag_list
from compat._core.idl_types import idl_type_code

__all__ = ["value_lines", "structure_lines", "EXPRESSION"]

#: what HELP prints in place of a name for a value that is no variable
EXPRESSION = "<Expression>"
_NAME_WIDTH = 15
_TYPE_WIDTH = 10
_SHOWN_CHARACTERS = 39


def _dims(shape) -> str:
    return "Array[" + ", ".join(str(n) for n in reversed(shape)) + "]"


def _structure_of(value) -> np.ndarray | None:
    if isinstance(value, dict):
        return None
    if is_structure(value):
        return np.asarray(value)
    return None


def _describe(value) -> tuple[str, str]:
    """``(type name, value text)`` of one value."""
    if value is None:
        return "UNDEFINED", "<Undefined>"
    if isinstance(value, (str, np.str_, bytes)):
        text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
        if len(text) > _SHOWN_CHARACTERS:
            return "STRING", f"'{text[:_SHOWN_CHARACTERS]}'..."
        return "STRING", f"'{text}'"
    if isinstance(value, dict):
        return "STRUCT", "-> <Anonymous> Array[1]"
    if isinstance(value, list):
        from compat._core.idl_objects import heap_id
        return "LIST", f"<ID={heap_id(value)}  NELEMENTS={len(value)}>"
    structure = _structure_of(value)
    if structure is not None:
        name = structure_name(structure.dtype) or "<Anonymous>"
        return "STRUCT", f"-> {name} Array[{max(structure.size, 1)}]"
    if isinstance(value, (bool, int, float, complex, np.generic, np.ndarray)):
        a = np.asarray(value)
        if a.dtype.kind == "b":
            a = a.astype(np.uint8)
        if a.dtype.kind == "U":
            if a.ndim == 0:
                return _describe(str(a))
            return "STRING", _dims(a.shape)
        if a.dtype == object:
            return "OBJREF", _dims(a.shape) if a.ndim else "<ObjHeapVar>"
        kind = type_name(idl_type_code(a.dtype))
        if a.ndim:
            return kind, _dims(a.shape)
        return kind, str(free_text(a))
    from compat._core.idl_objects import is_object, object_text
    if is_object(value):
        return "OBJREF", object_text(value)
    return "OBJREF", f"<ObjHeapVar({type(value).__name__.upper()})>"


def value_lines(name: str | None, value) -> list[str]:
    """HELP's line(s) for one value; ``name`` None for an expression."""
    label = EXPRESSION if name is None else name.upper()
    kind, text = _describe(value)
    rest = f"{kind:<{_TYPE_WIDTH}}= {text}"
    if len(label) > _NAME_WIDTH:
        return [label, " " * (_NAME_WIDTH + 1) + rest]
    return [f"{label:<{_NAME_WIDTH}} {rest}"]


def structure_lines(value) -> list[str]:
    """HELP, /STRUCTURES' listing of a structure: the header and one line per tag.

    IDL names an anonymous structure by an internal heap address (``<27720578>``, with
    a ``refs=`` count); a port has no such address and prints ``<Anonymous>`` with
    ``refs=1``."""
    s = np.asarray(value)
    if s.ndim == 0:
        s = s.reshape(1)
    tags = tag_list(s)
    name = structure_name(s.dtype)
    header = (f"** Structure {name or '<Anonymous>'}, {len(tags)} tags, "
              f"length={structure_length(s)}, "
              f"data length={structure_length(s, data_only=True)}"
              + ("" if name else ", refs=1") + ":")
    lines = [header]
    for tag, item, _ in tags:
        kind, text = _describe(item)
        lines.append(f"   {tag.upper():<{_NAME_WIDTH}} {kind:<{_TYPE_WIDTH}}{text}")
    return lines
