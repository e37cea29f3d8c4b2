"""IDL's transfers through open logical units: unformatted data (``READU``, ``WRITEU``,
Fortran 77 records on units opened with ``/F77_UNFORMATTED``), records of a file as an
array (``ASSOC``), and the procedures that move data without returning it
(``SKIP_LUN``, ``COPY_LUN``, ``TRUNCATE_LUN``, over :mod:`compat._core.unit_transfer`),
and READ_BINARY (a file or unit as one array or a BINARY_TEMPLATE's fields, planned by
:mod:`compat._core.binary_reading`).
All use the one table of units (:mod:`compat._core.file_units`, shared with
:mod:`compat.idl.files`: units opened by ``idl.openr``/``openw``/``openu``)."""

from __future__ import annotations

import io
import os
import sys

import numpy as np

from compat._core import file_units
from compat._core import unit_transfer as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import DTYPE_OF_CODE, idl_array, idl_literal
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["readu", "writeu", "assoc", "skip_lun", "copy_lun", "truncate_lun",
           "read_binary"]


class TransferResult(Result):
    """A transfer's result (READU's values; None for the procedures) and its
    TRANSFER_COUNT output keyword (a LONG for READU/WRITEU, a LONG64 for SKIP_LUN and
    COPY_LUN)."""

    result: object
    transfer_count: np.integer


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


# ---------------------------------------------------------- READU, WRITEU (unformatted)
def _unformatted_type(template, name):
    if isinstance(template, (str, bytes)):
        return None
    value = idl_literal(template) if not isinstance(template, np.ndarray) else template
    if value.dtype.names is not None:  # a structure: its tags in order
        return value
    return idl_array(value, name, empty_ok=True)


@idl_routine("READU")
def readu(unit, *templates, transfer_count=False):
    """Read unformatted (binary) data, as IDL's ``READU, unit, var1, var2, ...``.

    IDL fills its variables by their type and size; Python returns new values shaped and
    typed like the templates given (one value, or a tuple for several): a numpy array or
    scalar reads that many elements of its dtype, a Python number by IDL's literal rule
    (``0`` an INT, ``0.0`` a DOUBLE), a string as many bytes as it has characters (IDL's
    rule), a structure its tags in order, packed. The byte order is the unit's
    (``/SWAP_ENDIAN``, ``/SWAP_IF_LITTLE_ENDIAN``, ``/XDR``). Reading past the end raises
    IDL's "READU: End of file encountered. Unit: u, File: name". On a unit opened with
    ``/F77_UNFORMATTED`` each call reads one record (see OPENR). ``TRANSFER_COUNT``
    (``transfer_count=True``: a ``TransferResult(result, transfer_count)``) is the number
    of elements of the last variable, a string counting as one (GDL 1.0.1's count; a LONG).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "u.bin")
    >>> lun = idl.openw(path, get_lun=True)
    >>> idl.writeu(lun, np.int16(5), np.float32(2.5), 'ab')
    >>> idl.free_lun(lun)
    >>> lun = idl.openr(path, get_lun=True)
    >>> idl.readu(lun, np.int16(0), np.float32(0), '  ')
    (np.int16(5), np.float32(2.5), 'ab')
    >>> idl.free_lun(lun)
    """
    entry = file_units.unit("idl", unit)
    end_of_file = f"End of file encountered. Unit: {entry.number}, File: {entry.path}"
    source, short = entry.stream, end_of_file
    if entry.options.get("f77_unformatted"):
        source = io.BytesIO(_f77_read_record(entry, end_of_file))
        short = "Attempt to read past end of F77_UNFORMATTED file record."
    results, count = [], 0
    for k, template in enumerate(templates):
        value = _unformatted_type(template, f"Argument {k + 2}")
        if value is None:
            nbytes = len(template)
            data = source.read(nbytes)
            if len(data) < nbytes:
                raise CompatValueError(short)
            results.append(data.decode("latin-1"))
            count = 1
            continue
        dtype = value.dtype.newbyteorder(entry.byteorder) if value.dtype.names is None \
            else _packed(value.dtype, entry.byteorder)
        nbytes = dtype.itemsize * max(value.size, 1)
        data = source.read(nbytes)
        if len(data) < nbytes:
            raise CompatValueError(short)
        array = np.frombuffer(data, dtype=dtype).astype(
            value.dtype.newbyteorder("=") if value.dtype.names is None else
            _packed(value.dtype, "="))
        results.append(array.reshape(value.shape)[()] if value.ndim == 0 else
                       array.reshape(value.shape))
        count = max(value.size, 1)
    values = None if not results else results[0] if len(results) == 1 else tuple(results)
    if transfer_count:
        return TransferResult(result=values, transfer_count=np.int32(count))
    return values


_F77_MARKER = 4  # bytes of a record length, before and after each record


def _f77_read_record(entry, end_of_file: str) -> bytes:
    """The next Fortran 77 unformatted record of a unit (its length, its bytes, its
    length again, in the unit's byte order)."""
    marker = np.dtype(np.int32).newbyteorder(entry.byteorder)
    head = entry.stream.read(_F77_MARKER)
    if len(head) < _F77_MARKER:
        raise CompatValueError(end_of_file)
    length = int(np.frombuffer(head, marker)[0])
    record = entry.stream.read(length)
    tail = entry.stream.read(_F77_MARKER)
    if length < 0 or len(record) < length or len(tail) < _F77_MARKER or \
            int(np.frombuffer(tail, marker)[0]) != length:
        raise CompatValueError(f"Corrupted F77_UNFORMATTED file record. Unit: "
                               f"{entry.number}, File: {entry.path}")
    return record


def _packed(dtype, order):
    return np.dtype([(name, dtype.fields[name][0].newbyteorder(order))
                     for name in dtype.names])


@idl_routine("WRITEU")
def writeu(unit, *values, transfer_count=False):
    """Write unformatted (binary) data, as IDL's ``WRITEU, unit, expr1, ...``: numbers in
    their IDL type (Python numbers by IDL's literal rule) in the unit's byte order, strings
    as their bytes (no length, no terminator), structures tag by tag, packed. On a unit
    opened with ``/F77_UNFORMATTED`` one call writes one record (its length, in the unit's
    byte order, before and after it). ``transfer_count=True`` returns a
    ``TransferResult(transfer_count)`` (a LONG), as SKIP_LUN's."""
    entry = file_units.unit("idl", unit)
    chunks, count = [], 0
    for k, item in enumerate(values):
        if isinstance(item, (str, bytes)):
            chunks.append(item.encode("latin-1") if isinstance(item, str) else item)
            count = 1
            continue
        value = _unformatted_type(item, f"Argument {k + 2}")
        if value.dtype.names is not None:
            data = value.astype(_packed(value.dtype, entry.byteorder)).tobytes()
        else:
            data = np.ascontiguousarray(value, dtype=value.dtype.newbyteorder(
                entry.byteorder)).tobytes()
        chunks.append(data)
        count = max(value.size, 1)
    if entry.options.get("f77_unformatted"):
        record = b"".join(chunks)
        marker = np.array(len(record), np.dtype(np.int32).newbyteorder(
            entry.byteorder)).tobytes()
        chunks = [marker, record, marker]
    for data in chunks:
        entry.stream.write(data)
    if transfer_count:
        return TransferResult(transfer_count=np.int32(count))
    return None


# --------------------------------------------------------------------------------- ASSOC
def _record_dtype(template, packed: bool):
    """The record's dtype (native order) and shape: an array template's type and
    dimensions, or a structure's tags laid out as C does (IDL's default) or packed."""
    if isinstance(template, (str, bytes)) or (isinstance(template, np.ndarray) and
                                             template.dtype.kind in "USO" and
                                             template.dtype.names is None):
        raise CompatValueError("Expression containing string data not allowed in this "
                               "context: Array_Structure")
    value = template if isinstance(template, np.ndarray) else idl_literal(template)
    if value.dtype.names is None:
        value = idl_array(value, "Array_Structure")
        return value.dtype, value.shape
    specs = []
    for name in value.dtype.names:
        field_type = value.dtype.fields[name][0]
        if field_type.kind in "OUS" or (field_type.subdtype and
                                         field_type.subdtype[0].kind in "OUS"):
            raise CompatValueError("Expression containing string data not allowed in this "
                                   "context: Array_Structure")
        specs.append((name.upper(), field_type))
    shape = value.shape if value.size > 1 else ()
    return np.dtype(specs, align=not packed), shape


class AssocVariable:
    """An IDL associated variable: the records of an open unit's file seen as an array
    (what ``ASSOC(unit, template, offset)`` returns). See :func:`assoc`."""

    def __init__(self, unit: int, dtype: np.dtype, shape: tuple, offset: int):
        self.unit, self.dtype, self.shape, self.offset = int(unit), dtype, shape, offset
        self.record_bytes = dtype.itemsize * int(np.prod(shape, dtype=np.int64))

    def _entry(self):
        return file_units.unit("idl", self.unit)

    def _file_dtype(self, order: str) -> np.dtype:
        if self.dtype.names is None:
            return self.dtype.newbyteorder(order)
        fields = self.dtype.fields
        return np.dtype({"names": list(self.dtype.names),
                         "formats": [fields[n][0].newbyteorder(order)
                                     for n in self.dtype.names],
                         "offsets": [fields[n][1] for n in self.dtype.names],
                         "itemsize": self.dtype.itemsize})

    def __len__(self) -> int:
        """The number of complete records the file holds now."""
        size = os.fstat(self._entry().stream.fileno()).st_size
        return max(size - self.offset, 0) // self.record_bytes

    def _record(self, number: int) -> np.ndarray:
        entry = self._entry()
        if number < 0:
            raise CompatValueError("Record number must be a nonnegative integer.", "ASSOC")
        entry.stream.seek(self.offset + number * self.record_bytes)
        data = entry.stream.read(self.record_bytes)
        if len(data) < self.record_bytes:
            raise CompatValueError(f"End of file encountered. Unit: {entry.number}, "
                                   f"File: {entry.path}", "ASSOC")
        array = np.frombuffer(data, dtype=self._file_dtype(entry.byteorder))
        array = array.astype(self._file_dtype("="))
        if self.dtype.names is not None:
            return array.reshape(self.shape or (1,)).view(np.recarray)
        return array.reshape(self.shape)

    def __getitem__(self, index):
        """``a[i]`` reads record i (a new array, native byte order); IDL's ``a[j, i]``
        (last subscript the record) is ``a[j, i]`` here too, the other subscripts in IDL's
        order within the record; a slice reads several records, stacked."""
        if isinstance(index, tuple):
            *inner, record = index
            value = self[record]
            return value[tuple(reversed(inner))]
        if isinstance(index, slice):
            numbers = range(*index.indices(len(self)))
            return np.stack([self._record(k) for k in numbers]) if numbers else \
                np.empty((0,) + (self.shape or ((1,) if self.dtype.names else ())),
                         dtype=self._file_dtype("="))
        return self._record(int(index))

    def __setitem__(self, index, value) -> None:
        """``a[i] = value`` writes record i (converted to the record's type; the file
        grows as needed; the unit must allow writing)."""
        entry = self._entry()
        if not entry.writable:
            raise CompatValueError(f"File unit does not allow writing. Unit: {entry.number}"
                                   f", File: {entry.path}", "ASSOC")
        number = int(index)
        if number < 0:
            raise CompatValueError("Record number must be a nonnegative integer.", "ASSOC")
        if self.dtype.names is None:
            data = np.asarray(idl_array(value, "Expression")).astype(
                self.dtype.newbyteorder(entry.byteorder))
        else:
            source = np.asarray(value).reshape(-1)
            data = np.zeros(source.size, dtype=self._file_dtype(entry.byteorder))
            for name in self.dtype.names:
                data[name] = source[name]
        entry.stream.seek(self.offset + number * self.record_bytes)
        entry.stream.write(np.ascontiguousarray(data).tobytes())
        entry.stream.flush()

    def memmap(self, mode: str | None = None) -> np.memmap:
        """The file's complete records as one ``numpy.memmap`` of shape ``(nrecords,) +
        record shape``, in the file's byte order (a view: writes go to the file)."""
        entry = self._entry()
        entry.stream.flush()
        mode = mode or ("r+" if entry.writable and entry.readable else "r")
        return np.memmap(entry.path, dtype=self._file_dtype(entry.byteorder), mode=mode,
                         offset=self.offset, shape=(len(self),) + tuple(self.shape))

    def __repr__(self) -> str:
        dims = ", ".join(str(n) for n in reversed(self.shape)) or "1"
        return (f"<ASSOC unit {self.unit}: records of {self.dtype} [{dims}] from byte "
                f"{self.offset}>")


@idl_routine("ASSOC")
def assoc(unit, array_structure, offset=0, *, packed=False):
    """Associate an array type with a file, as IDL's ``ASSOC`` function.

    IDL call forms::

        a = ASSOC(lun, FLTARR(512, 512))       ->  a = idl.assoc(lun, np.zeros((512, 512),
                                                                           np.float32))
        image = a[3]                           ->  image = a[3]
        a[3] = image                           ->  a[3] = image
        row = a[*, 10, 3]  (IDL: record last)  ->  row = a[3][10]
        s = ASSOC(lun, {t: 0.0D, flux: FLTARR(4)}, 512, /PACKED)

    Parameters
    ----------
    unit : int
        An open unit (``idl.openr``/``idl.openu``/``idl.openw``); its byte order
        (``/SWAP_ENDIAN`` ...) applies to every record.
    array_structure : array or structure
        The record: an array (its IDL type and dimensions) or a structure (its tags; no
        strings).
    offset : int
        Offset: bytes skipped at the start of the file.
    packed : bool
        /PACKED: a structure's tags without C alignment padding (the default lays them
        out as the machine's C compiler does, IDL's rule).

    Returns
    -------
    AssocVariable
        ``a[i]`` reads record i as a new array (native byte order; a structure as a
        record array of one element), ``a[i] = x`` writes it (converted to the record
        type, the file grows), ``len(a)`` counts the complete records, and
        ``a.memmap()`` is the documented array view: a ``numpy.memmap`` of every
        complete record (shape ``(nrecords,) + record shape``, the file's byte order).

    Raises
    ------
    ValueError
        ``"ASSOC: End of file encountered. Unit: 100, File: x"`` for a record past the
        end, a closed unit, string data in the template.

    Notes
    -----
    IDL Reference Guide, ASSOC: the record size is the template's size in bytes; record
    i starts at ``Offset + i*size``; the associated variable reads and writes through the
    unit, and IDL's ``a[j, i]`` subscripts record i (the last subscript) and then its
    elements. Difference from ``numpy.memmap`` directly: the memmap is fixed in size and
    in the file's byte order; ASSOC reads records in native order, converts values
    written, and grows the file. GDL 1.0.1 strides structure records by their aligned
    size but reads the tags packed, and ignores /PACKED (recorded in the golden suite).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'a.bin')
    >>> lun = idl.openw(path, get_lun=True)
    >>> idl.writeu(lun, np.arange(12, dtype=np.float32))
    >>> idl.free_lun(lun)
    >>> lun = idl.openr(path, get_lun=True)
    >>> a = idl.assoc(lun, np.zeros(3, np.float32))
    >>> a[2], len(a), a.memmap().shape
    (array([6., 7., 8.], dtype=float32), 4, (4, 3))
    >>> idl.free_lun(lun)
    """
    file_units.unit("idl", unit)          # IDL's error for a unit that is not open
    dtype, shape = _record_dtype(array_structure, bool(packed))
    start = int(np.ravel(offset)[0]) if offset is not None else 0
    if start < 0:
        raise CompatValueError("Offset must be a nonnegative number of bytes.")
    return AssocVariable(unit, dtype, shape, start)

# -------------------------------------------------------------------------- READ_BINARY
def _read_field(entry, f, names, values, start_position):
    """Read one planned field from ``entry`` (a unit) as read_binary.pro does."""
    from compat._core import binary_reading as plan
    shape = [max(plan.resolve(d, names, values, "DATA_DIMS"), 1) for d in f.dims]
    offset_text = f.offset.strip()
    mark = offset_text[:1] if offset_text[:1] in "<>" else ""
    offset = plan.resolve(offset_text[1:] if mark else offset_text, names, values, "Offset")
    if not f.absolute or mark:
        here = entry.stream.tell()
        offset = max(here - offset, 0) if mark == "<" else here + offset
    entry.stream.seek(offset)
    dtype = np.dtype(DTYPE_OF_CODE[f.typecode])
    template = np.zeros(tuple(reversed(shape)), dtype) if shape else dtype.type(0)
    value = readu.__wrapped__(entry.number, template)
    swap = (f.endian == "little" and sys.byteorder == "big") or \
        (f.endian == "big" and sys.byteorder == "little")
    if swap:
        value = np.asarray(value).byteswap()[()] if np.ndim(value) == 0 else value.byteswap()
    if f.verify is not None:
        expected = _verify_value(f.verify, names, values, dtype)
        if not np.all(np.asarray(value) == expected):
            raise CompatValueError(f"Value read from file did not pass verification: "
                                   f"{f.name.upper()} does not equal {f.verify.strip()}.")
    for k, flag in enumerate(f.reverse[:min(len(shape), 3)]):
        if flag:
            value = np.flip(value, axis=value.ndim - 1 - k)
    return value


def _verify_value(text, names, values, dtype):
    for k, name in enumerate(names):
        if name.lower() == text.strip().lower():
            if k >= len(values):
                raise CompatValueError(f"Variable has not been read: {name}")
            return np.asarray(values[k]).reshape(-1)[0]
    try:
        return dtype.type(float(text)) if dtype.kind in "fc" else dtype.type(int(text))
    except ValueError:
        raise CompatValueError(f"Could not determine the verification value: "
                               f"{text!r}") from None


@idl_routine("READ_BINARY")
def read_binary(file=None, *, data_dims=None, data_start=None, data_type=None,  # noqa: A002
                endian=None, template=None):
    """Read a binary file into an array (or the fields of a template), as IDL's
    ``READ_BINARY``.

    IDL call form::

        Result = READ_BINARY([Filename] | FileUnit [, TEMPLATE=template]
                             | [[, DATA_START=value] [, DATA_TYPE=typecode]
                             [, DATA_DIMS=array] [, ENDIAN=string]])

    Parameters
    ----------
    file : str or int
        A file name, or an open unit (``idl.openr``/``get_lun``) read from its current
        position; the unit stays open, after the data read. (IDL opens a file dialog
        when there is none; compat raises.)
    data_start : int, optional
        DATA_START: the absolute byte offset where the data begins (default: the unit's
        position, 0 for a file name).
    data_type : int, optional
        DATA_TYPE: the IDL type code (1 BYTE, the default; 2 INT, 3 LONG, 4 FLOAT, 5
        DOUBLE, 6 COMPLEX, 9 DCOMPLEX, 12 UINT, 13 ULONG, 14 LONG64, 15 ULONG64).
    data_dims : int or sequence of int, optional
        DATA_DIMS: IDL's dimensions (up to 8; numpy's shape is their reverse), ``0`` for
        a scalar, ``-1`` (the default) for everything up to the end of the file as a
        vector.
    endian : {'native', 'little', 'big'}, optional
        ENDIAN: the file's byte order (case-insensitive); the result is native.
    template : structure, optional
        TEMPLATE: a BINARY_TEMPLATE structure (a record as readsav gives it, or a
        ``dict`` with its tags VERSION, ENDIAN, FIELDCOUNT, TYPECODES, NAMES, OFFSETS,
        NUMDIMS, DIMENSIONS, REVERSEFLAGS, ABSOLUTEFLAGS, RETURNFLAGS, VERIFYFLAGS,
        VERIFYVALS; per-field arrays as Python lists of rows, or numpy arrays in readsav
        layout). Offsets ``'>n'``/``'<n'`` are relative to the end of the previous field;
        a dimension, offset or verification value is a number or the name of a field
        read before. Not with the DATA_* keywords or ENDIAN.

    Returns
    -------
    ndarray, scalar or numpy.recarray
        The data in IDL's type and layout (readsav layout: ``data_dims=[3, 2]`` gives
        numpy shape ``(2, 3)``), native byte order; with a template an anonymous
        structure of the returned fields (a record array of one element).

    Raises
    ------
    ValueError
        read_binary.pro's texts: ``"READ_BINARY: DATA_TYPE must be less than 16."``,
        ``"... Reading strings via READ_BINARY is not supported. (Specify an array of
        bytes instead.)"``, ``"... DATA_START is at or beyond the end of file."``,
        ``"... ENDIAN must be "native", "little" or "big.""``, ``"... DATA_DIMS must
        have 8 or less values."``, ``"... The file to be read has zero length."``,
        ``"... Could not find file: name"``, ``"... DATA_START and TEMPLATE keywords
        cannot be used simultaneously."``, verification failures; READU's ``"End of file
        encountered. ..."`` when the data runs past the end.
    TypeError
        ``"READ_BINARY: Filename argument is undefined."`` (compat: no file dialog) and
        ``"... First argument must be a file name or a logical unit number."``.

    Notes
    -----
    Sources: IDL Reference Guide, READ_BINARY and BINARY_TEMPLATE, and the steps of IDL
    8.0's read_binary.pro (the default element count, DATA_START's absolute offset and
    its end-of-file check, DATA_DIMS cut at the first non-positive value, a zero
    dimension read as 1, ENDIAN by swapping after READU). Template strings are evaluated
    as read_binary.pro does where IDL cannot EXECUTE (its Virtual Machine path): numbers
    and names of earlier fields; other IDL expressions are refused. IDL 9's /FLOAT16 is
    not supported. ``numpy.fromfile(name, dtype, offset=...)`` reads the same bytes but
    in numpy's type names, C dimension order and without IDL's defaults. Checked against
    GDL 1.0.1 (golden suite ``idl/read_binary``), whose read_binary.pro lacks TEMPLATE
    (unit-tested here from the definitions) and reads LONG with a 2-byte size.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'r.bin')
    >>> np.arange(6, dtype='>i2').tofile(path)
    >>> idl.read_binary(path, data_type=2, data_dims=[3, 2], endian='big')
    array([[0, 1, 2],
           [3, 4, 5]], dtype=int16)
    >>> idl.read_binary(path, data_start=10, data_type=2, data_dims=0, endian='big')
    np.int16(5)
    """
    from compat._core import binary_reading as plan
    from compat._core.idl_struct import build_structure
    if template is not None:
        for key, value in (("DATA_START", data_start), ("DATA_TYPE", data_type),
                           ("DATA_DIMS", data_dims), ("ENDIAN", endian)):
            if value is not None:
                raise CompatValueError(f"{key} and TEMPLATE keywords cannot be used "
                                       "simultaneously.")
        fields = plan.template_plan(template)
    else:
        plan.check_keywords(data_start=data_start, data_type=data_type,
                            data_dims=data_dims, endian=endian)
    if file is None:
        raise CompatTypeError("Filename argument is undefined.")
    if isinstance(file, (bytes, np.bytes_)):
        file = file.decode("latin-1")  # noqa: A001
    if isinstance(file, np.ndarray) and file.size == 1:
        file = file.reshape(-1)[0].item()  # noqa: A001
    opened = None
    if isinstance(file, (str, np.str_)):
        if str(file) == "":
            raise CompatValueError("The given file name is an empty string.")
        if not os.path.isfile(file):
            raise CompatValueError(f"Could not find file: {file}")
        opened = file_units.open_unit("idl", str(file), "rb")
        entry = opened
    elif isinstance(file, (int, np.integer)) and not isinstance(file, bool):
        entry = file_units.unit("idl", int(file))
        if not entry.readable:
            raise CompatValueError("The supplied Logical Unit is not open for read "
                                   "access.")
    else:
        raise CompatTypeError("First argument must be a file name or a logical unit "
                              "number.")
    try:
        here = entry.stream.tell()
        size = os.fstat(entry.stream.fileno()).st_size
        if size <= 0:
            raise CompatValueError("The file to be read has zero length.")
        if template is None:
            fields = plan.keyword_plan(size, here, data_start=data_start,
                                       data_type=data_type, data_dims=data_dims,
                                       endian=endian)
        names = [f.name for f in fields]
        values = []
        for f in fields:
            values.append(_read_field(entry, f, names, values, here))
    finally:
        if opened is not None:
            file_units.close_unit("idl", opened.number)
    if template is None:
        return values[0]
    kept = [(f.name, v) for f, v in zip(fields, values) if f.returned]
    return build_structure([n for n, _ in kept], [v for _, v in kept])
