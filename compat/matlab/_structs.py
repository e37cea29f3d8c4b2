"""What the modules of MATLAB's structures share (compat.matlab.structs builds and
converts structs, compat.matlab.struct_fields reads and changes their fields): the
docstring fragments, the field-name check, a new struct from a dict, a struct's elements
as a list of dicts and back in the form it was given in, its field names.

A scalar struct is a ``dict``, a struct array a list of dicts with the same fields (a
2-D struct array a list of rows) or a numpy record array (``scipy.io.loadmat``'s form).
"""

from __future__ import annotations

import re

import numpy as np

from compat._core.cells import from_object, is_cell, is_struct, struct_list
from compat._core.matlab_classes import as_cell
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.struct import MatlabStruct

__all__ = ["DOCS", "check_field", "new_struct", "rebuild", "struct_items", "class_name",
           "names_of", "field_list"]

_NAME = re.compile(r"^[A-Za-z][A-Za-z0-9_]*$")
_NAMELENGTHMAX = 63

DOCS = Fragments(
    sources="""
        Sources: MATLAB ``{{name}}`` reference page. Checked against GNU Octave 7.3
        (reference_outputs/matlab/structs).""",
    struct_in="""
        S : dict, list of dicts or record array
            A scalar struct (a dict), a struct array (a list of dicts with the same
            fields) or a numpy record array (``loadmat``'s struct array).""",
)


def check_field(name) -> str:
    """``name`` if it is a valid MATLAB field name; the legacy error otherwise."""
    if not isinstance(name, str):
        raise CompatTypeError(f"Field names must be text, not {type(name).__name__}.")
    if not _NAME.match(name) or len(name) > _NAMELENGTHMAX:
        raise CompatValueError(f"Invalid field name \"{name}\": a field name starts with a "
                               f"letter, holds only letters, digits and underscores, and "
                               f"has at most {_NAMELENGTHMAX} characters.")
    return name


def new_struct(fields: dict) -> MatlabStruct:
    """A new struct holding ``fields`` (the values shared, not copied)."""
    out = MatlabStruct()
    for k, v in fields.items():
        dict.__setitem__(out, k, v)
    return out


def rebuild(value, items: list):
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


def struct_items(S) -> list[dict]:
    """The elements of the struct (array) ``S`` as a flat list of dicts."""
    if isinstance(S, (list, tuple)) and S and all(isinstance(r, list) for r in S) and \
            all(isinstance(x, dict) for r in S for x in r):
        return [x for r in S for x in r]
    if not is_struct(S):
        raise CompatTypeError(f"Invalid input argument of type '{class_name(S)}'. Input must "
                              f"be a structure.")
    return struct_list(S)


def class_name(value) -> str:
    """MATLAB's class name of ``value``, for error messages."""
    from compat._core.matlab_classes import class_of
    return class_of(value)


def names_of(S) -> list[str]:
    """The field names of the struct (array) ``S``, in order."""
    if isinstance(S, np.ndarray) and S.dtype.names is not None:
        return list(S.dtype.names)
    items = struct_list(S) if not (isinstance(S, list) and S and isinstance(S[0], list)) \
        else [x for r in S for x in r]
    return list(items[0]) if items else []


def field_list(field) -> list[str]:
    """Field names given as text, a string array or a cell array of text, as a list."""
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


