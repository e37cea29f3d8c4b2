"""IDL SAVE files: the writer (XDR records) and a reader that gives native data.

A SAVE file is the signature ``SR`` and a record format (``00 04``; ``00 06`` when each
record's body is zlib-compressed), then tagged records, each ``LONG rectype, ULONG
nextrec (low, high), LONG 0`` and a body, big-endian (XDR), every item padded to 4
bytes. compat writes the records IDL and GDL write -- TIMESTAMP, VERSION, an optional
DESCRIPTION, one VARIABLE per variable, END_MARKER -- with:

* a VARIABLE body: the name (upper case) as a STRING, a type descriptor (type code,
  flags ``4`` array / ``0x24`` structure, an array descriptor ``8, bytes per element,
  bytes, elements, ndims, 0, 0, 8, dims[8]`` padded with 1s), the marker ``7``, data;
* data: BYTE scalars as ``LONG 1`` then the byte; INT/UINT as 32-bit words; STRING as
  its length twice then the characters (a single ``0`` for ''); BYTE arrays as ``LONG
  nbytes`` then the bytes; INT/UINT arrays one 32-bit word per element; other numeric
  arrays packed; STRING arrays one string after another; structures tag by tag, row by
  row, after a structure descriptor ``9, name, 0, ntags, 0, (offset, type, flags) per
  tag, tag names, array descriptors of array tags, descriptors of structure tags``.

Sources: C. Markwardt, "Unofficial Format Specification of the IDL SAVE File" (record
types, descriptors, alignment; "NBYTES_EL ... string = 12"); the records GDL 1.0.1's
SAVE writes, compared byte for byte; ``scipy.io.readsav`` (what a reader requires).
Files written here are restored by live GDL in the tests.
"""

from __future__ import annotations

import getpass
import os
import platform
import socket
import struct
import time
import zlib
from pathlib import Path

import numpy as np
import scipy.io

from compat._core.atomic_write import write_atomically
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import IDL_TYPES, idl_array, idl_literal
from compat._core.inputs import normalise

__all__ = ["write_savefile", "read_savefile", "read_description", "to_idl_value"]

_TIMESTAMP, _VERSION, _VARIABLE, _END, _DESCRIPTION = 10, 14, 2, 6, 20
_STRING, _STRUCT = 7, 8
# IDL's bytes per element (Markwardt: a STRING descriptor counts 12)
_ELEMENT_BYTES = {1: 1, 2: 2, 3: 4, 4: 4, 5: 8, 6: 8, 7: 12, 9: 16, 12: 2, 13: 4,
                  14: 8, 15: 8}
_CODE = {dtype: code for dtype, (_, code) in IDL_TYPES.items()}
_BIG = {code: np.dtype(dtype).newbyteorder(">") for dtype, code in _CODE.items()}


# ----------------------------------------------------------------- values to IDL types
def _is_text(value) -> bool:
    return isinstance(value, (str, bytes, np.str_, np.bytes_))


def to_idl_value(value, name: str = "value"):
    """``value`` as the writer stores it: a numpy value of an IDL type, a ``U`` array or
    ``str`` for STRING, a structured array for a structure (readsav layout)."""
    value = normalise(value)
    if isinstance(value, dict):
        return _struct_from_dict(value, name)
    if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
        rows = [_struct_from_dict(v, name) for v in value]
        if len({r.dtype for r in rows}) != 1:
            raise CompatValueError(f"{name}: the structures of a structure array must have "
                                   "the same tags and types")
        return np.concatenate([r.reshape(1) for r in rows])
    if isinstance(value, str):
        return value
    if isinstance(value, (list, tuple)) and value and all(_is_text(v) for v in value):
        return np.array([v.decode("latin-1") if isinstance(v, bytes) else str(v)
                         for v in value])
    if value is None:
        raise CompatValueError(f"{name} is undefined (None); IDL cannot save an undefined "
                               "variable")
    a = idl_literal(value) if not isinstance(value, np.ndarray) else value
    if a.dtype.kind == "O":
        raise CompatTypeError(f"{name} holds Python objects of dtype object; IDL SAVE "
                              "files hold numbers, strings and structures")
    if a.dtype.names is None:  # numbers and strings: the IDL coercer's types and checks
        return idl_array(a, name, string_ok=True)
    if a.size == 0:
        raise CompatValueError(f"{name} is empty (IDL has no empty arrays)")
    if a.ndim > 8:
        raise CompatValueError(f"{name} has {a.ndim} dimensions; IDL arrays have at most 8")
    return a


def _struct_from_dict(mapping: dict, name: str) -> np.ndarray:
    fields, values = [], []
    for key, item in mapping.items():
        tag = _check_name(key, f"{name} tag")
        item = to_idl_value(item, f"{name}.{key}")
        values.append(item)
        if isinstance(item, str):
            fields.append((tag, object))
        elif item.dtype.names is not None or item.dtype.kind == "U":
            fields.append((tag, object))
        elif item.ndim == 0:
            fields.append((tag, item.dtype))
        else:
            fields.append((tag, item.dtype, item.shape))
    out = np.zeros((), dtype=fields)
    for (tag, *_), item in zip(fields, values):
        if out.dtype[tag].kind == "O":
            out[tag] = _object_cell(item)
        else:
            out[tag] = item
    return out


def _object_cell(item):
    holder = np.empty((), dtype=object)
    holder[()] = item
    return holder


def _check_name(name, what: str) -> str:
    text = str(name)
    if not text or not (text[0].isalpha() and all(c.isalnum() or c in "_$" for c in text)):
        raise CompatValueError(f"{what} {text!r} is not a valid IDL name (a letter, then "
                               "letters, digits, _ or $)")
    return text.upper()


# -------------------------------------------------------------------------- encoding
class _Out:
    """A growing big-endian byte buffer with IDL's 4-byte alignment."""

    def __init__(self):
        self.parts: list[bytes] = []

    def long(self, *values: int) -> None:
        self.parts.append(struct.pack(f">{len(values)}i", *values))

    def raw(self, data: bytes) -> None:
        self.parts.append(data)
        pad = -len(data) % 4
        if pad:
            self.parts.append(b"\0" * pad)

    def string(self, text: str) -> None:
        """A STRING item of the descriptors (length once)."""
        data = text.encode("latin-1")
        self.long(len(data))
        if data:
            self.raw(data)

    def string_data(self, text: str) -> None:
        """A STRING value (length twice, as IDL stores data strings)."""
        data = str(text).encode("latin-1")
        self.long(len(data))
        if data:
            self.long(len(data))
            self.raw(data)

    def bytes(self) -> bytes:
        return b"".join(self.parts)


def _type_code(value) -> int:
    if isinstance(value, str):
        return _STRING
    if value.dtype.names is not None:
        return _STRUCT
    if value.dtype.kind == "U":
        return _STRING
    return _CODE[value.dtype]


def _array_desc(out: _Out, code: int, value: np.ndarray) -> None:
    n = int(value.size)
    if n >= 2 ** 31:
        raise CompatValueError("arrays of 2**31 elements or more are not supported by the "
                               "SAVE writer")
    dims = list(reversed(value.shape)) or [1]
    if code == _STRING:
        nbytes = int(sum(len(str(s).encode("latin-1")) for s in value.ravel()))
    elif code == _STRUCT:
        nbytes = _struct_bytes(value.dtype, value) * n
    else:
        nbytes = _ELEMENT_BYTES[code] * n
    element = nbytes // n if code == _STRUCT else _ELEMENT_BYTES[code]
    out.long(8, element, nbytes, n, len(dims), 0, 0, 8, *(dims + [1] * (8 - len(dims))))


def _struct_bytes(dtype, value) -> int:
    """A structure's in-memory size as IDL reports it (packed tag sizes; informative)."""
    total = 0
    for name in dtype.names:
        tag = _tag_value(value, name)
        code = _type_code(tag)
        count = 1 if isinstance(tag, str) else max(int(tag.size), 1)
        total += (_struct_bytes(tag.dtype, tag) if code == _STRUCT else
                  _ELEMENT_BYTES[code]) * count
    return total


def _tag_value(value: np.ndarray, name: str):
    """The first row's value of tag ``name`` (what its descriptor describes)."""
    field = value.dtype[name]
    if field.kind == "O":
        return to_idl_value(value[name].reshape(-1)[0], name)
    return np.asarray(value[name].reshape((-1,) + field.shape)[0])


def _struct_desc(out: _Out, value: np.ndarray, name: str = "") -> None:
    tags = [(tag, _tag_value(value, tag)) for tag in value.dtype.names]
    out.long(9)
    out.string(name)
    out.long(0, len(tags), 0)
    offset = 0
    for _, tag in tags:
        code = _type_code(tag)
        flags = 0x24 if code == _STRUCT else (4 if not isinstance(tag, str) and
                                              tag.ndim > 0 else 0)
        out.long(offset, code, flags)
        count = 1 if isinstance(tag, str) else max(int(tag.size), 1)
        offset += (_struct_bytes(tag.dtype, tag) if code == _STRUCT
                   else _ELEMENT_BYTES[code]) * count
    for tag_name, _ in tags:
        out.string(tag_name.upper())
    for _, tag in tags:  # array descriptors: array tags and structure tags
        code = _type_code(tag)
        if code == _STRUCT or (not isinstance(tag, str) and tag.ndim > 0):
            _array_desc(out, code, tag if code != _STRUCT or tag.ndim else tag.reshape(1))
    for _, tag in tags:
        if _type_code(tag) == _STRUCT:
            _struct_desc(out, tag.reshape(-1))


def _scalar(out: _Out, code: int, value) -> None:
    if code == _STRING:
        out.string_data(value)
    elif code == 1:
        out.long(1)
        out.raw(np.asarray(value, np.uint8).tobytes())
    elif code in (2, 12):
        out.long(int(value))  # a 32-bit word, sign- or zero-extended (XDR)
    else:
        out.raw(np.asarray(value).astype(_BIG[code]).tobytes())


def _array(out: _Out, code: int, value: np.ndarray) -> None:
    if code == _STRING:
        for item in value.ravel():
            out.string_data(item)
    elif code == _STRUCT:
        _rows(out, value)
    elif code == 1:
        out.long(int(value.size))
        out.raw(np.ascontiguousarray(value).tobytes())
    elif code in (2, 12):  # one 32-bit word per element
        wide = value.astype(np.int32 if code == 2 else np.uint32).astype(">i4")
        out.raw(np.ascontiguousarray(wide).tobytes())
    else:
        out.raw(np.ascontiguousarray(value, dtype=_BIG[code]).tobytes())


def _rows(out: _Out, value: np.ndarray) -> None:
    names = value.dtype.names
    for row in value.reshape(-1):
        for name in names:
            item = row[name]
            if value.dtype[name].kind == "O":
                item = to_idl_value(item, name)
            else:
                item = np.asarray(item)
            code = _type_code(item)
            if code == _STRUCT:
                _rows(out, item.reshape(-1))
            elif isinstance(item, str) or item.ndim == 0:
                _scalar(out, code, item if isinstance(item, str) else item[()])
            else:
                _array(out, code, item)


def _variable_body(name: str, value) -> bytes:
    out = _Out()
    out.string(_check_name(name, "variable name"))
    code = _type_code(value)
    if code == _STRUCT:
        rows = value if value.ndim else value.reshape(1)
        out.long(_STRUCT, 0x24)
        _array_desc(out, _STRUCT, rows if value.ndim else value.reshape(1))
        _struct_desc(out, rows)
        out.long(7)
        _rows(out, rows)
    elif isinstance(value, str) or value.ndim == 0:
        out.long(code, 0, 7)
        _scalar(out, code, value if isinstance(value, str) else value[()])
    else:
        out.long(code, 4)
        _array_desc(out, code, value)
        out.long(7)
        _array(out, code, value)
    return out.bytes()


def _timestamp_body() -> bytes:
    out = _Out()
    out.raw(b"\0" * 1024)
    out.string(time.strftime("%a %b %d %H:%M:%S %Y"))
    try:
        user = getpass.getuser()
    except Exception:  # noqa: BLE001 - no user name in some containers
        user = ""
    out.string(user)
    out.string(socket.gethostname())
    return out.bytes()


def _version_body() -> bytes:
    out = _Out()
    out.long(9)  # record format of IDL 6 and later (and of GDL's files)
    out.string(platform.machine() or "x86_64")
    out.string({"win32": "Win32", "darwin": "darwin"}.get(os.sys.platform, "linux"))
    out.string("8.2")  # the release GDL 1.0.1 writes; IDL and GDL restore it
    return out.bytes()


def _description_body(text: str) -> bytes:
    out = _Out()
    out.string_data(text)
    return out.bytes()


def write_savefile(path, variables: dict, *, compress: bool = False,
                   description: str | None = None) -> None:
    """Write ``variables`` (name -> value) as an IDL SAVE file at ``path``.

    The file is written to a temporary file beside ``path`` and renamed, so a failure
    never leaves a truncated file in place of an existing one.
    """
    if not variables:
        raise CompatValueError("no variables to save")
    bodies = [(_TIMESTAMP, _timestamp_body()), (_VERSION, _version_body())]
    if description is not None:
        bodies.append((_DESCRIPTION, _description_body(str(description))))
    seen = set()
    for name, value in variables.items():
        upper = _check_name(name, "variable name")
        if upper in seen:
            raise CompatValueError(f"variable {upper} is given twice (IDL names ignore case)")
        seen.add(upper)
        bodies.append((_VARIABLE, _variable_body(name, to_idl_value(value, upper))))
    chunks = [b"SR\x00\x06" if compress else b"SR\x00\x04"]
    position = 4
    for rectype, body in bodies:
        if compress:
            body = zlib.compress(body)
        position += 16 + len(body)
        chunks.append(struct.pack(">iIIi", rectype, position & 0xFFFFFFFF, position >> 32, 0))
        chunks.append(body)
    chunks.append(struct.pack(">iIIi", _END, 0, 0, 0))
    path = Path(path)
    write_atomically(path, lambda stream: stream.writelines(chunks), binary=True,
                     prefix=f".{path.name}.")


# --------------------------------------------------------------------------- reading
def read_savefile(path) -> dict:
    """The variables of an IDL SAVE file: lower-case names, native byte order, ``str``.

    Read with ``scipy.io.readsav`` and passed through compat's normalisation (big-endian
    arrays made native, byte strings decoded as Latin-1, string arrays as ``U`` arrays,
    structures as record arrays whose object fields are normalised too).
    """
    data = scipy.io.readsav(str(path), python_dict=True, verbose=False)
    return {name.lower(): _restored(value) for name, value in data.items()}


def _restored(value):
    value = normalise(value)
    if isinstance(value, np.ndarray) and value.dtype.kind == "O":
        return normalise(value, object_text=True)
    return value


def read_description(path) -> str:
    """The DESCRIPTION record of a SAVE file ('' when it has none)."""
    with open(path, "rb") as stream:
        data = stream.read()
    compressed = data[2:4] == b"\x00\x06"
    position = 4
    while position + 16 <= len(data):
        rectype, low, high, _ = struct.unpack(">iIIi", data[position:position + 16])
        if rectype == _END:
            break
        following = low + (high << 32)
        body = data[position + 16:following]
        if rectype == _DESCRIPTION:
            if compressed:
                body = zlib.decompress(body)
            length = struct.unpack(">i", body[:4])[0]
            return body[8:8 + length].decode("latin-1") if length > 0 else ""
        if following <= position:
            break
        position = following
    return ""
