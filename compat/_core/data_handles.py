"""The one table of open scientific-data handles behind IDL's netCDF and HDF5 ids.

IDL names an open netCDF file by a *cdfid* (``id = NCDF_OPEN(file)``) and an open HDF5
file, dataset or attribute by an *identifier* (``fid = H5F_OPEN(file)``, ``did =
H5D_OPEN(fid, name)``); legacy code keeps them in plain integer variables, as it keeps
logical units (:mod:`compat._core.file_units`). compat hands out plain ints too, backed
by this table, which holds for each id the Python object behind it (a
``netCDF4.Dataset``, an ``h5py`` file, dataset or attribute) and what the legacy
routines need to know of it (the netCDF define mode).

Numbers: netCDF ids are those the netCDF-C library gives, ``k * 65536`` for the k-th
open file (GDL 1.0.1, which calls the library, prints 65536 for the first
``NCDF_OPEN``); HDF5 identifiers are large positive numbers, as the HDF5 library's
``hid_t`` values that IDL returns (LONG64). Ids are never reused while open; a closed
id is refused with the caller's error text.
"""

from __future__ import annotations

import itertools
from dataclasses import dataclass, field

from compat._core.errors import CompatValueError
from compat._core.extras import optional_module

__all__ = ["Handle", "register", "lookup", "release", "close_handle", "open_handles",
           "NETCDF_ID_STEP", "netcdf4_module"]

#: netCDF-C's external ncid step (the file's index in the high 16 bits)
NETCDF_ID_STEP = 65536
_HDF5_FIRST = 72057594037927936     # 2**56: HDF5 1.10's first file hid_t


@dataclass
class Handle:
    """One open object: ``kind`` is 'netcdf', 'h5file', 'h5dataset', 'h5attribute',
    'h5group'."""

    number: int
    kind: str
    obj: object
    path: str = ""
    define: bool = False           # netCDF define mode
    fill: bool = True              # netCDF fill mode (NCDF_CONTROL /FILL, /NOFILL)
    parent: int | None = None      # the file's id, for HDF5 objects
    options: dict = field(default_factory=dict)


_TABLE: dict[int, Handle] = {}
_HDF5_COUNTER = itertools.count(_HDF5_FIRST)


def register(kind: str, obj, *, path: str = "", define: bool = False,
             parent: int | None = None, number: int | None = None) -> int:
    """Enter ``obj`` in the table and return its new id (``number``: that id, for a
    netCDF-4 group, whose id is its file's plus the library's group number)."""
    if number is not None:
        if int(number) in _TABLE:
            raise CompatValueError(f"id {int(number)} is in use")
        number = int(number)
    elif kind == "netcdf":
        number = next(k * NETCDF_ID_STEP for k in itertools.count(1)
                      if k * NETCDF_ID_STEP not in _TABLE)
    else:
        number = next(_HDF5_COUNTER)
    _TABLE[number] = Handle(number, kind, obj, path=path, define=define, parent=parent)
    return number


def lookup(number, kinds, message: str) -> Handle:
    """The handle of ``number`` if it is open and of one of ``kinds``, else
    ``CompatValueError(message)`` (the caller's legacy text; ``{id}`` is replaced)."""
    try:
        key = int(number)
    except (TypeError, ValueError):
        raise CompatValueError(message.format(id=number)) from None
    handle = _TABLE.get(key)
    if handle is None or (kinds and handle.kind not in kinds):
        raise CompatValueError(message.format(id=key))
    return handle


def release(number: int) -> Handle | None:
    """Remove ``number`` from the table (its object is not closed here)."""
    return _TABLE.pop(int(number), None)


def close_handle(number: int) -> None:
    """Remove ``number`` from the table and close its file (a netCDF dataset or an HDF5
    file; datasets and attributes need no closing). Unknown ids are ignored."""
    handle = release(number)
    if handle is not None and handle.kind in ("netcdf", "h5file"):
        try:
            handle.obj.close()
        except (RuntimeError, OSError, ValueError):  # pragma: no cover - already closed
            pass


def open_handles(kind: str | None = None) -> list[int]:
    """The open ids (of one kind), in the order they were handed out."""
    return [n for n, h in _TABLE.items() if kind is None or h.kind == kind]


def netcdf4_module():
    """netCDF4-python, or the advice to install the extra."""
    return optional_module("netCDF4", "writing netCDF files")
