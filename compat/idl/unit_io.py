"""IDL's procedures that move data through open logical units without returning it:
``SKIP_LUN``, ``COPY_LUN`` and ``TRUNCATE_LUN``, over :mod:`compat._core.unit_transfer`
and the one table of units (:mod:`compat._core.file_units`, shared with
:mod:`compat.idl.files`: units opened by ``idl.openr``/``openw``/``openu``)."""

from __future__ import annotations

import numpy as np

from compat._core import file_units
from compat._core import unit_transfer as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["skip_lun", "copy_lun", "truncate_lun"]


class TransferResult(Result):
    """The TRANSFER_COUNT output keyword of SKIP_LUN and COPY_LUN."""

    transfer_count: np.int64


def _count(num, eof: bool):
    if eof:
        return None                          # /EOF: Num is ignored
    if num is None:
        raise CompatValueError("Num must be given unless /EOF is set.")
    n = int(np.trunc(idl_array(num, "Num", complex_ok=False, scalar=True)))
    if n < 0:
        raise CompatValueError(f"Num must be nonnegative: {n}.")
    return n


def _entry(unit, name: str, *, write: bool = False):
    entry = file_units.unit("idl", idl_array(unit, name, complex_ok=False, scalar=True))
    if write and not entry.writable:
        raise CompatValueError(f"File unit is not open for output. Unit: {entry.number}, "
                               f"File: {entry.path}")
    if not write and not entry.readable:
        raise CompatValueError(f"File unit is not open for input. Unit: {entry.number}, "
                               f"File: {entry.path}")
    return entry


@idl_routine("SKIP_LUN")
def skip_lun(from_unit, num=None, *, eof=False, lines=False, transfer_count=False):
    """Read past data in an open file, as IDL's ``SKIP_LUN`` procedure.

    IDL call forms::

        SKIP_LUN, Unit, Num                  ->  idl.skip_lun(unit, num)
        SKIP_LUN, Unit, Num, /LINES          ->  idl.skip_lun(unit, num, lines=True)
        SKIP_LUN, Unit, /EOF, TRANSFER_COUNT=n
                 ->  n = idl.skip_lun(unit, eof=True, transfer_count=True).transfer_count

    Parameters
    ----------
    from_unit : int
        An open unit (``idl.openr(..., get_lun=True)``).
    num : int, optional
        Bytes to skip, or lines with ``lines=True``; ignored with ``eof=True``.
    eof : bool
        /EOF: skip to the end of the file.
    lines : bool
        /LINES: count text lines (each with its ``\\n``; a last line without one counts).
    transfer_count : bool
        Request TRANSFER_COUNT: the bytes (lines) skipped, a LONG64.

    Returns
    -------
    None, or TransferResult(transfer_count) when requested.

    Raises
    ------
    ValueError
        ``"SKIP_LUN: End of file encountered. Unit: u, File: f"`` when fewer than Num
        items remain (the pointer is then at the end); a unit that is not open.

    Notes
    -----
    ``stream.seek(n, 1)`` moves past the end of a file silently and cannot count lines;
    SKIP_LUN reads (IDL Reference Guide, SKIP_LUN: it "actually performs an input
    operation"). GDL 1.0.1 returns TRANSFER_COUNT = -10 and a file pointer of -1 after
    ``/EOF`` on a 30-byte file (checked in tests/test_idl_unit_io.py); IDL documents the
    number of bytes skipped. Without Num or /EOF compat refuses the call (GDL moves the
    pointer to -1).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'skip.txt')
    >>> with open(path, 'w') as f:
    ...     _ = f.write('header 1\\nheader 2\\n1 2 3\\n')
    >>> u = idl.openr(path, get_lun=True)
    >>> idl.skip_lun(u, 2, lines=True)
    >>> int(idl.point_lun(-u))
    18
    >>> int(idl.skip_lun(u, eof=True, transfer_count=True).transfer_count)
    6
    >>> idl.free_lun(u)
    """
    entry = _entry(from_unit, "FromUnit")
    done = core.transfer(entry, _count(num, eof), lines=bool(lines))
    return TransferResult(transfer_count=np.int64(done)) if transfer_count else None


@idl_routine("COPY_LUN")
def copy_lun(from_unit, to_unit, num=None, *, eof=False, lines=False,
             transfer_count=False):
    """Copy data from one open file to another, as IDL's ``COPY_LUN`` procedure.

    IDL call forms::

        COPY_LUN, FromUnit, ToUnit, Num [, /LINES]
                 ->  idl.copy_lun(from_unit, to_unit, num, lines=False)
        COPY_LUN, FromUnit, ToUnit, /EOF, TRANSFER_COUNT=n
                 ->  n = idl.copy_lun(from_unit, to_unit, eof=True,
                                      transfer_count=True).transfer_count

    Parameters
    ----------
    from_unit, to_unit : int
        Open units: FromUnit readable, ToUnit writable; both pointers advance.
    num : int, optional
        Bytes (or lines with ``lines=True``) to copy; ignored with ``eof=True``.
    eof, lines, transfer_count : bool
        As :func:`skip_lun`: /EOF copies the rest, /LINES counts lines (copied with
        their terminators, bytes unchanged), TRANSFER_COUNT the items copied (LONG64).

    Returns
    -------
    None, or TransferResult(transfer_count) when requested.

    Notes
    -----
    ``shutil.copyfileobj(src, dst)`` copies to the end of the file only; COPY_LUN also
    copies a count of bytes or lines from the current positions (IDL Reference Guide,
    COPY_LUN). The data moves in 1 MB blocks. Fewer than Num items left raises IDL's
    end-of-file error after copying what there was.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> folder = tempfile.mkdtemp()
    >>> src, dst = os.path.join(folder, 'a.txt'), os.path.join(folder, 'b.txt')
    >>> with open(src, 'w') as f:
    ...     _ = f.write('one\\ntwo\\nthree\\n')
    >>> u, v = idl.openr(src, get_lun=True), idl.openw(dst, get_lun=True)
    >>> idl.copy_lun(u, v, 2, lines=True)
    >>> idl.free_lun(u); idl.free_lun(v)
    >>> open(dst).read()
    'one\\ntwo\\n'
    """
    source = _entry(from_unit, "FromUnit")
    target = _entry(to_unit, "ToUnit", write=True)
    done = core.transfer(source, _count(num, eof), lines=bool(lines), target=target)
    return TransferResult(transfer_count=np.int64(done)) if transfer_count else None


@idl_routine("TRUNCATE_LUN")
def truncate_lun(*units):
    """Cut open files at their current positions, as IDL's ``TRUNCATE_LUN``.

    IDL call form::

        TRUNCATE_LUN, Unit1, ..., Unitn      ->  idl.truncate_lun(unit1, ..., unitn)

    Every unit must be open for output (``idl.openw`` or ``idl.openu``); the data from
    the file pointer to the end of the file is removed and the pointer stays. This is
    ``stream.truncate(stream.tell())`` on each unit's stream, flushed first.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 't.bin')
    >>> with open(path, 'wb') as f:
    ...     _ = f.write(bytes(10))
    >>> u = idl.openu(path, get_lun=True)
    >>> idl.point_lun(u, 4)
    >>> idl.truncate_lun(u)
    >>> idl.free_lun(u)
    >>> os.path.getsize(path)
    4
    """
    if not units:
        raise CompatValueError("Incorrect number of arguments.")
    entries = [_entry(u, "Unit", write=True) for u in units]
    for entry in entries:
        core.truncate(entry)
