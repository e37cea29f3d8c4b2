"""MATLAB's binary file formats: ``fread``/``fwrite`` precision strings and machine formats.

A precision is ``source``, ``*source`` (output in the source's class), ``source=>output``
or ``N*source...`` (read N values, then skip ``skip`` bytes). Sources and their numpy
types (MATLAB documentation of ``fread``, "precision"):

==============================  =========  ==============================  =========
MATLAB                          numpy      MATLAB                          numpy
==============================  =========  ==============================  =========
uint8 uchar 'unsigned char'     uint8      int8 schar 'signed char'        int8
integer*1                       int8       char char*1                     uint8 (codes)
uint16 ushort                   uint16     int16 short integer*2           int16
uint32 uint ulong               uint32     int32 int long integer*4        int32
uint64                          uint64     int64 integer*8                 int64
single float32 float real*4     float32    double float64 real*8           float64
==============================  =========  ==============================  =========

``long``/``ulong`` are 32-bit here, as MATLAB reads them on Windows and documents them
("32 bits"); bit formats ``bitN``/``ubitN`` are not supported. The default output class
is double; ``*char`` and ``char=>char`` give text. Machine formats: ``'n'``/``'native'``,
``'b'``/``'ieee-be'``, ``'l'``/``'ieee-le'``, ``'s'``/``'ieee-be.l64'``,
``'a'``/``'ieee-le.l64'``.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["Precision", "parse_precision", "byte_order", "OUTPUT_CLASSES"]

_SOURCES = {
    "uint8": "u1", "uchar": "u1", "unsigned char": "u1", "char": "u1", "char*1": "u1",
    "int8": "i1", "schar": "i1", "signed char": "i1", "integer*1": "i1",
    "uint16": "u2", "ushort": "u2", "int16": "i2", "short": "i2", "integer*2": "i2",
    "uint32": "u4", "uint": "u4", "ulong": "u4", "int32": "i4", "int": "i4", "long": "i4",
    "integer*4": "i4", "uint64": "u8", "int64": "i8", "integer*8": "i8",
    "single": "f4", "float32": "f4", "float": "f4", "real*4": "f4",
    "double": "f8", "float64": "f8", "real*8": "f8",
}
#: output class names -> numpy dtype ('char' is text)
OUTPUT_CLASSES = {"double": "f8", "single": "f4", "int8": "i1", "uint8": "u1",
                  "int16": "i2", "uint16": "u2", "int32": "i4", "uint32": "u4",
                  "int64": "i8", "uint64": "u8", "logical": "?", "char": "U1"}
_CLASS_OF = {"u1": "uint8", "i1": "int8", "u2": "uint16", "i2": "int16", "u4": "uint32",
             "i4": "int32", "u8": "uint64", "i8": "int64", "f4": "single", "f8": "double"}
_ORDERS = {"n": "=", "native": "=", "b": ">", "ieee-be": ">", "l": "<", "ieee-le": "<",
           "s": ">", "ieee-be.l64": ">", "a": "<", "ieee-le.l64": "<"}


@dataclass(frozen=True)
class Precision:
    """A parsed precision: the file's type, the output's, and the block length."""

    source: np.dtype          # as stored in the file (byte order applied separately)
    output: str               # MATLAB class of the result ('double', 'char', ...)
    block: int | None         # N of 'N*source' (values between skips), or None
    text: bool                # the source is MATLAB 'char'


def parse_precision(text, *, for_write: bool = False) -> Precision:
    """Parse a MATLAB precision string (case-insensitive, blanks ignored around parts)."""
    if not isinstance(text, str):
        raise CompatValueError("precision must be a character vector such as 'uint8', "
                               "'*int16' or 'int16=>double'")
    spec = text.strip().lower()
    block = None
    match = re.fullmatch(r"(\d+)\s*\*\s*(.+)", spec)
    if match:
        block = int(match.group(1))
        if block < 1:
            raise CompatValueError(f"Invalid precision '{text}'.")
        spec = match.group(2).strip()
    same = spec.startswith("*")
    if same:
        spec = spec[1:].strip()
    output = None
    if "=>" in spec:
        spec, output = (part.strip() for part in spec.split("=>", 1))
    source = _SOURCES.get(spec)
    if source is None:
        raise CompatValueError(f"Invalid precision '{text}'." +
                               (" Bit formats (bitN/ubitN) are not supported by compat."
                                if spec.startswith(("bit", "ubit")) else ""))
    is_char = spec in ("char", "char*1")
    if same:
        output = "char" if is_char else _CLASS_OF[source]
    elif output is None:
        output = "double"
    if output not in OUTPUT_CLASSES:
        raise CompatValueError(f"Invalid precision '{text}': unknown output class "
                               f"'{output}'.")
    return Precision(np.dtype(source), output, block, is_char)


def byte_order(machinefmt) -> str:
    """``'<'``, ``'>'`` or ``'='`` for a MATLAB machine format."""
    if machinefmt is None:
        return "="
    key = str(machinefmt).strip().lower()
    if key not in _ORDERS:
        raise CompatValueError(f"Invalid machine format '{machinefmt}'.")
    return _ORDERS[key]
