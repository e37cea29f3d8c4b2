"""The field plan of IDL's READ_BINARY: the keywords or a BINARY_TEMPLATE structure
turned into the fields to read (type, dimensions, offset, byte order, checks).

IDL 8.0's library routine read_binary.pro defines the rules (learned from its documented
behaviour and its published source; the code here is written from those facts):

* without a template one field is read: BYTE (DATA_TYPE's type code otherwise) from the
  current position to the end of the file; with DATA_START from that absolute offset
  (an error at or beyond the end); with DATA_TYPE the element count is the file size
  (less DATA_START) divided by the type's size, at least 1; DATA_DIMS (up to eight, -1
  the default) replaces the dimensions, cut at the first one not positive (``0``: a
  scalar), a dimension of 0 counting as 1;
* a template field's offset string is absolute, or relative when it starts with ``>``
  (forward from the current position) or ``<`` (backward, not before 0) -- or always
  relative when the template's ABSOLUTEFLAGS is 0 for it; a dimension, offset or
  verification string is a number or the name of a field read before it (its first
  value), as read_binary.pro evaluates them where IDL cannot run EXECUTE (its Virtual
  Machine path); REVERSEFLAGS reverse the first three dimensions; VERIFYFLAGS compare a
  scalar field with its VERIFYVALS value; RETURNFLAGS pick the fields returned.

API: :func:`check_keywords`, :func:`keyword_plan`, :func:`template_plan`, :data:`TYPE_SIZES`, :class:`Field`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import DTYPE_OF_CODE

__all__ = ["TYPE_SIZES", "Field", "check_keywords", "keyword_plan", "template_plan",
           "resolve"]

#: bytes per element of each readable IDL type code
TYPE_SIZES = {code: np.dtype(dtype).itemsize for code, dtype in DTYPE_OF_CODE.items()}

_TYPE_ERRORS = {
    0: "DATA_TYPE is undefined type.",
    7: "Reading strings via READ_BINARY is not supported. (Specify an array of bytes "
       "instead.)",
    8: "Reading strucures via READ_BINARY is not supported.",
    10: "Reading pointers via READ_BINARY is not supported.",
    11: "Reading object references via READ_BINARY is not supported.",
}


@dataclass
class Field:
    """One field to read: names and strings as the template gives them."""

    name: str
    typecode: int
    dims: list = field(default_factory=list)      # strings or ints; [] for a scalar
    offset: str = ">0"
    absolute: bool = False
    reverse: tuple = ()
    verify: str | None = None
    returned: bool = True
    endian: str = "native"


def _integral(value, message: str):
    a = np.asarray(value)
    if a.dtype.kind not in "iub" and not (a.dtype.kind == "f" and np.all(a == np.trunc(a))):
        raise CompatValueError(message)
    return a.astype(np.int64)


def check_type(code) -> int:
    code = _integral(code, "DATA_TYPE should be an integer value.")
    if code.size > 1:
        raise CompatValueError("DATA_TYPE must be a scalar.")
    code = int(code.reshape(-1)[0])
    if code in _TYPE_ERRORS:
        raise CompatValueError(_TYPE_ERRORS[code])
    if code not in TYPE_SIZES:
        raise CompatValueError("DATA_TYPE must be less than 16.")
    return code


def check_endian(endian) -> str:
    if isinstance(endian, (bytes, np.bytes_)):
        endian = endian.decode("latin-1")
    if isinstance(endian, np.ndarray):
        if endian.size != 1:
            raise CompatValueError("ENDIAN cannot be an array.")
        endian = endian.reshape(-1)[0]
    if not isinstance(endian, (str, np.str_)):
        raise CompatTypeError("Endian must be a string.")
    if str(endian).upper() not in ("NATIVE", "LITTLE", "BIG"):
        raise CompatValueError('ENDIAN must be "native", "little" or "big."')
    return str(endian).lower()


def check_keywords(*, data_start=None, data_type=None, data_dims=None, endian=None):
    """The keywords checked as read_binary.pro checks them, before any file is opened:
    ``(type code, start or None, dims or None, endian)``."""
    code = 1 if data_type is None else check_type(data_type)
    start = None
    if data_start is not None:
        start = _integral(data_start, "DATA_START is not an integer.")
        if start.size > 1:
            raise CompatValueError("DATA_START must be a scalar.")
        start = int(start.reshape(-1)[0])
    dims = None
    if data_dims is not None:
        d = _integral(data_dims, "DATA_DIMS must be integer(s).").reshape(-1)
        if d.size > 8:
            raise CompatValueError("DATA_DIMS must have 8 or less values.")
        if d.size and d[0] != -1 and d.min() < 0:
            raise CompatValueError("Invalid DATA_DIMS.")
        dims = d.tolist()
    return code, start, dims, check_endian(endian) if endian is not None else "native"


def keyword_plan(size: int, position: int, *, data_start=None, data_type=None,
                 data_dims=None, endian=None) -> list[Field]:
    """The one field READ_BINARY reads without a template, for a file of ``size`` bytes
    whose unit stands at ``position``."""
    code, start, dims, endian = check_keywords(data_start=data_start, data_type=data_type,
                                               data_dims=data_dims, endian=endian)
    one = Field("rb_result", code, [size - position], ">0", False, endian=endian)
    if data_start is not None:
        if size - start <= 0:
            raise CompatValueError("DATA_START is at or beyond the end of file.")
        one.dims = [size - start]
        one.offset, one.absolute = str(start), True
    if data_type is not None:
        total = size - start if data_start is not None else size
        one.dims = [max(total // TYPE_SIZES[code], 1)]
    if dims is not None and dims and dims[0] != -1:
        keep = len(dims)
        for k in range(len(dims) - 1, -1, -1):
            if dims[k] <= 0:
                keep = k
        one.dims = dims[:keep]
    return [one]


_TAGS = ("version", "endian", "fieldcount", "typecodes", "names", "offsets", "numdims",
         "dimensions", "reverseflags", "absoluteflags", "returnflags", "verifyflags")


def _tag(template, name, default=None):
    if isinstance(template, dict):
        for key, value in template.items():
            if str(key).lower() == name:
                return value
        return default
    names = {n.lower(): n for n in (template.dtype.names or ())}
    if name not in names:
        return default
    value = template[names[name]]
    if isinstance(value, np.ndarray) and value.dtype == object and value.size == 1:
        value = value.reshape(-1)[0]
    return value


def _text(value) -> str:
    if isinstance(value, (bytes, np.bytes_)):
        return value.decode("latin-1")
    return str(value)


def _per_field(value, count: int, width: int):
    """A template array with one row per field: a Python list of rows as it is, a numpy
    array in readsav layout (IDL's [field, k] is numpy's [k, field])."""
    if isinstance(value, np.ndarray):
        a = value
        if a.ndim == 0 or (a.ndim == 1 and count == 1):
            rows = [a.reshape(-1).tolist()]
        elif a.ndim == 1:
            rows = [[v] for v in a.tolist()]
        else:
            rows = a.reshape(a.shape[0], -1).T.tolist()
        return [list(r) + [0] * (width - len(r)) for r in rows]
    rows = [list(r) if isinstance(r, (list, tuple, np.ndarray)) else [r] for r in value]
    if count == 1 and rows and not isinstance(value[0], (list, tuple, np.ndarray)):
        rows = [list(value)]
    return [r + [0] * (width - len(r)) for r in rows]


def _vector(value, count: int) -> list:
    return np.asarray(value, dtype=object).reshape(-1).tolist() if count > 1 or \
        np.ndim(value) else [value if not isinstance(value, np.ndarray) else
                             value.reshape(-1)[0]]


def template_plan(template) -> list[Field]:
    """The fields of a BINARY_TEMPLATE structure (a record array of one element as
    readsav gives it, or a ``dict`` with the same tags, case-insensitive)."""
    if isinstance(template, np.ndarray) and template.dtype.names is not None:
        template = template.reshape(-1)[0] if template.ndim else template[()]
    if not isinstance(template, (dict, np.void, np.record)) and \
            getattr(template, "dtype", None) is None:
        raise CompatTypeError("TEMPLATE must be a structure (a BINARY_TEMPLATE).")
    missing = [t for t in _TAGS if _tag(template, t) is None and
               t not in ("version", "verifyflags")]
    if missing:
        raise CompatValueError(f"Invalid template: no tag {missing[0].upper()}.")
    count = int(np.asarray(_tag(template, "fieldcount")).reshape(-1)[0])
    endian = check_endian(_tag(template, "endian"))
    codes = [int(v) for v in _vector(_tag(template, "typecodes"), count)]
    names = [_text(v).strip() for v in _vector(_tag(template, "names"), count)]
    offsets = [_text(v).strip() for v in _vector(_tag(template, "offsets"), count)]
    numdims = [int(v) for v in _vector(_tag(template, "numdims"), count)]
    dims = _per_field(_tag(template, "dimensions"), count, 8)
    reverse = _per_field(_tag(template, "reverseflags"), count, 3)
    absolute = [bool(int(v)) for v in _vector(_tag(template, "absoluteflags"), count)]
    returned = [bool(int(v)) for v in _vector(_tag(template, "returnflags"), count)]
    vflags = _tag(template, "verifyflags")
    verify = [bool(int(v)) for v in _vector(vflags, count)] if vflags is not None \
        else [False] * count
    vvals = _tag(template, "verifyvals")
    vvals = [_text(v) for v in _vector(vvals, count)] if vvals is not None else [""] * count
    lengths = {len(x) for x in (codes, names, offsets, numdims, dims, absolute, returned)}
    if lengths != {count}:
        raise CompatValueError("Invalid template: its arrays do not have FIELDCOUNT "
                               "elements.")
    fields = []
    for k in range(count):
        for code in (codes[k],):
            if code in _TYPE_ERRORS or code not in TYPE_SIZES:
                raise CompatValueError(f"Invalid template: type code {code} of field "
                                       f"{names[k].upper()} cannot be read.")
        fields.append(Field(names[k], codes[k],
                            [_text(d).strip() for d in dims[k][:numdims[k]]],
                            offsets[k], absolute[k],
                            tuple(bool(int(r)) for r in reverse[k][:3]),
                            vvals[k] if verify[k] else None, returned[k], endian))
    if not any(f.returned for f in fields):
        raise CompatValueError("No fields are being returned.")
    return fields


_NUMBER = re.compile(r"\s*[+-]?\d+\s*")


def resolve(text, names: list, values: list, what: str) -> int:
    """A template string's value: an integer, or the first value of a field read
    before (``names``: every field's name; ``values``: the values read so far)."""
    if isinstance(text, (int, np.integer)):
        return int(text)
    text = _text(text).strip()
    for k, name in enumerate(names):
        if name.lower() == text.lower():
            if k >= len(values):
                raise CompatValueError(f"Variable has not been read: {name}")
            return int(np.asarray(values[k]).reshape(-1)[0])
    if _NUMBER.fullmatch(text):
        return int(text)
    raise CompatValueError(f"{what} {text!r} is not a number or the name of a field read "
                           "before it (IDL's EXECUTE of other expressions is not "
                           "available in compat)")
