"""The one table of open files behind IDL's logical units and MATLAB's file ids.

Legacy programs name open files by small integers: IDL's logical unit numbers (LUNs;
``OPENR, 5, file`` or ``OPENR, lun, file, /GET_LUN`` which hands out 100..128; -2, -1
and 0 are stderr, stdout and stdin) and MATLAB's file identifiers (``fid = fopen(...)``,
3 and up; 0, 1, 2 are stdin, stdout, stderr). compat keeps them plain ints, as the
legacy code does, backed by this one table, which holds for each open unit the Python
binary stream, its path, mode and the byte order its binary reads and writes use.

The two languages number separately (IDL's unit 5 and MATLAB's fid 5 are different
files), so the table is keyed by ``(language, number)``. Every routine that opens a file
goes through :func:`open_unit`, which never leaves a stream open when it fails.
"""

from __future__ import annotations

import io
import os
import sys
from dataclasses import dataclass, field
from typing import BinaryIO, Literal

from compat._core.errors import CompatValueError

__all__ = ["FileUnit", "open_unit", "adopt_unit", "reserve_unit", "release_unit",
           "is_reserved", "unit", "close_unit", "close_all", "open_units",
           "IDL_GET_LUN_RANGE", "standard_unit"]

Language = Literal["idl", "matlab"]

#: IDL's GET_LUN hands out 100..128 (IDL Reference, GET_LUN)
IDL_GET_LUN_RANGE = range(100, 129)
_MATLAB_FIRST_FID = 3


@dataclass
class FileUnit:
    """One open file: the stream and what the legacy routines need to know of it."""

    number: int
    path: str
    mode: str                      # Python's mode ('rb', 'r+b', 'wb', 'ab', ...)
    stream: BinaryIO
    byteorder: str = "="           # '<', '>' or '=' for binary reads/writes
    encoding: str = "latin-1"      # text encoding (MATLAB fopen's encodingIn)
    permission: str = ""           # the legacy mode as given ('r', 'w+', '/APPEND' ...)
    options: dict = field(default_factory=dict)
    error: str = ""                # MATLAB ferror's last message

    @property
    def readable(self) -> bool:
        return "r" in self.mode or "+" in self.mode

    @property
    def writable(self) -> bool:
        return any(c in self.mode for c in "wa+")


_TABLE: dict[tuple[str, int], FileUnit] = {}


class _Standard(io.RawIOBase):
    """stdin/stdout/stderr as binary streams (text written through ``sys.stdout``)."""

    def __init__(self, name: str):
        self.name = name

    def writable(self) -> bool:
        return self.name != "stdin"

    def readable(self) -> bool:
        return self.name == "stdin"

    def write(self, data) -> int:
        target = sys.stdout if self.name == "stdout" else sys.stderr
        target.write(bytes(data).decode("latin-1"))
        target.flush()
        return len(data)

    def readinto(self, buffer) -> int:
        data = sys.stdin.buffer.read(len(buffer)) if hasattr(sys.stdin, "buffer") else \
            sys.stdin.read(len(buffer)).encode("latin-1")
        buffer[:len(data)] = data
        return len(data)


def standard_unit(language: Language, number: int) -> FileUnit | None:
    """The standard stream a legacy number names (IDL -2/-1/0, MATLAB 0/1/2), or None."""
    names = {"idl": {0: "stdin", -1: "stdout", -2: "stderr"},
             "matlab": {0: "stdin", 1: "stdout", 2: "stderr"}}[language]
    name = names.get(number)
    if name is None:
        return None
    return FileUnit(number, f"<{name}>", "rb" if name == "stdin" else "wb",
                    _Standard(name))


_RESERVED: set[tuple[str, int]] = set()


def reserve_unit(language: Language) -> int:
    """Reserve a free number without opening a file (IDL's ``GET_LUN``)."""
    number = _free_number(language)
    _RESERVED.add((language, number))
    return number


def is_reserved(language: Language, number: int) -> bool:
    return (language, int(number)) in _RESERVED


def release_unit(language: Language, number: int) -> None:
    """Forget a reservation (IDL's ``FREE_LUN`` of a unit that was never opened)."""
    _RESERVED.discard((language, int(number)))


def adopt_unit(language: Language, path, mode: str, stream, *, number: int | None = None,
               byteorder: str = "=") -> FileUnit:
    """Enter an already open ``stream`` (a gzip file, say) in the table."""
    if number is None:
        number = _free_number(language)
    _RESERVED.discard((language, number))
    entry = FileUnit(number, os.fspath(path), mode, stream, byteorder)
    _TABLE[(language, number)] = entry
    return entry


def open_unit(language: Language, path, mode: str, *, number: int | None = None,
              byteorder: str = "=", encoding: str = "latin-1", permission: str = "",
              options: dict | None = None, replace_reserved: bool = False) -> FileUnit:
    """Open ``path`` with Python ``mode`` and enter it in the table.

    ``number``: the unit the caller chose (IDL ``OPENR, 5, ...``); ``None`` hands out the
    first free one (IDL's GET_LUN range, MATLAB's 3 and up). Raises ``OSError`` from the
    operating system (the caller words it as the legacy routine does), or
    ``CompatValueError`` for a unit already open or none free.
    """
    if number is None:
        number = _free_number(language)
    elif (language, number) in _TABLE:
        raise CompatValueError(f"File unit is already open: {number}.")
    stream = open(os.fspath(path), mode)  # noqa: SIM115 - owned by the table
    _RESERVED.discard((language, number))
    entry = FileUnit(number, os.fspath(path), mode, stream, byteorder, encoding,
                     permission, dict(options or {}))
    _TABLE[(language, number)] = entry
    return entry


def _free_number(language: Language) -> int:
    candidates = IDL_GET_LUN_RANGE if language == "idl" else \
        range(_MATLAB_FIRST_FID, _MATLAB_FIRST_FID + (1 << 20))
    for number in candidates:
        if (language, number) not in _TABLE and (language, number) not in _RESERVED:
            return number
    raise CompatValueError("All available logical units are currently in use.")


def unit(language: Language, number) -> FileUnit:
    """The open unit ``number`` (standard streams included), or a ``CompatValueError``."""
    try:
        key = int(number)
    except (TypeError, ValueError):
        raise CompatValueError(f"file unit must be an integer, not {number!r}") from None
    entry = _TABLE.get((language, key)) or standard_unit(language, key)
    if entry is None:
        if language == "idl":
            raise CompatValueError(f"File unit is not open: {key}.")
        raise CompatValueError(f"Invalid file identifier. Use fopen to generate a valid "
                               f"file identifier ({key}).")
    return entry


def close_unit(language: Language, number) -> bool:
    """Close and forget unit ``number``; False if it was not open."""
    _RESERVED.discard((language, int(number)))
    entry = _TABLE.pop((language, int(number)), None)
    if entry is None:
        return False
    entry.stream.close()
    if entry.options.get("delete"):
        # OPENR/OPENW/OPENU's /DELETE: the file goes when its unit is closed
        try:
            os.remove(entry.path)
        except FileNotFoundError:
            pass
    return True


def close_all(language: Language) -> None:
    """Close every unit of ``language`` (IDL ``CLOSE, /ALL``, MATLAB ``fclose('all')``)."""
    for key in [k for k in _TABLE if k[0] == language]:
        close_unit(language, key[1])


def open_units(language: Language) -> list[int]:
    """The numbers of the open units of ``language``, sorted (MATLAB ``fopen('all')``)."""
    return sorted(number for lang, number in _TABLE if lang == language)
