"""IDL file routines: ``SAVE``, ``RESTORE``, logical units (``OPENR``, ``OPENW``, ``OPENU``,
``GET_LUN``, ``FREE_LUN``, ``CLOSE``, ``POINT_LUN``, ``EOF``, ``FSTAT``), ``FILE_LINES``,
``READU``, ``WRITEU`` and ``ASSOC`` (records of a file as an array).

The legacy layer over :mod:`compat._core.idl_savefile` and the one table of open files
(:mod:`compat._core.file_units`); formatted ``PRINTF``/``READF`` land with IDL's
formatting engine.
"""

from __future__ import annotations

import io
import os

import numpy as np

from compat._core import file_units
from compat._core.idl_types import file_name
from compat._core.errors import CompatValueError, routine_name
from compat._core.idl_types import idl_array, idl_literal
from compat._core.idl_savefile import read_description, read_savefile, write_savefile
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["save", "restore", "openr", "openw", "openu", "get_lun", "free_lun", "close",
           "point_lun", "eof", "fstat", "file_lines", "readu", "writeu", "assoc"]


class RestoreResult(Result):
    """RESTORE's variables and its DESCRIPTION output keyword."""

    result: dict
    description: str


def _filename(filename) -> str:
    return file_name(filename, f"FILENAME must be a string, not {type(filename).__name__}",
                     CompatValueError)


@idl_routine("SAVE")
def save(filename, mapping=None, /, *, compress=False, description=None, verbose=False,
         **variables):
    """Write variables to an IDL SAVE file, as IDL's ``SAVE`` does.

    IDL call forms::

        SAVE, a, b, FILENAME='data.sav'          ->  save('data.sav', a=a, b=b)
        SAVE, a, FILENAME='f.sav', /COMPRESS     ->  save('f.sav', a=a, compress=True)
        SAVE, a, FILENAME='f.sav', DESCRIPTION='text'
                                                  ->  save('f.sav', a=a, description='text')

    The file is a real IDL SAVE file (XDR records, as IDL and GDL write them): IDL's and
    GDL's ``RESTORE``, ``scipy.io.readsav`` and :func:`restore` read back the same names
    (upper case in the file, as IDL stores them), types, dimensions and values.

    Parameters
    ----------
    filename : str or path
        IDL's ``FILENAME``. Written to a temporary file and renamed, so a failed SAVE
        never truncates an existing file.
    mapping : dict, optional
        Variables as a dict (positional), for names that clash with the keywords below.
    compress : bool
        ``/COMPRESS``: zlib-compressed records (IDL's compressed format).
    description : str, optional
        ``DESCRIPTION``: stored in the file; :func:`restore` returns it on request.
    verbose : bool
        ``/VERBOSE``: print one line per variable saved, as IDL does.
    **variables
        name = value. Values keep their IDL type: numpy arrays and scalars by dtype
        (uint8 BYTE, int16 INT, int32 LONG, int64 LONG64, uint16 UINT, uint32 ULONG,
        uint64 ULONG64, float32 FLOAT, float64 DOUBLE, complex64 COMPLEX, complex128
        DCOMPLEX; bool as BYTE), Python numbers by the rule for IDL literals (``5`` INT,
        ``2.5`` DOUBLE), ``str`` and string arrays as STRING, structures as numpy
        structured arrays in readsav layout (what :func:`restore` gives back), or a
        ``dict`` (an anonymous structure, keys as tag names; values may nest) and a list
        of dicts (an array of structures). Arrays are in readsav layout: numpy's shape is
        IDL's dimensions reversed.

    Raises
    ------
    ValueError
        ``"SAVE: ..."`` for an empty array (IDL has none), an undefined value (None), a
        name that is not an IDL identifier, a name given twice (IDL names ignore case).
    TypeError
        ``"SAVE: ..."`` for values with no IDL type (objects, float128).

    Notes
    -----
    Differences from the naive Python route: ``scipy.io`` can read SAVE files but not
    write them, and ``numpy.save``/``pickle`` files cannot be restored by IDL. The
    records written are those GDL 1.0.1 writes (checked byte for byte), following C.
    Markwardt's "Unofficial Format Specification of the IDL SAVE File"; the VERSION
    record names release 8.2, as GDL's files do. Not supported: IDL's ``/ALL``,
    ``/COMM``, ``/ROUTINES``, ``/SYSTEM_VARIABLES`` (a Python port has no IDL session to
    save), pointers and objects, arrays of 2^31 elements or more.

    Examples
    --------
    >>> import numpy as np, tempfile, os
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "demo.sav")
    >>> idl.save(path, flux=np.array([1.5, 2.5], dtype=np.float32), name="m31", n=3)
    >>> data = idl.restore(path)
    >>> sorted(data), data["flux"].dtype, data["name"], data["n"].dtype
    (['flux', 'n', 'name'], dtype('float32'), 'm31', dtype('int16'))
    """
    variables = {**(mapping or {}), **variables}
    write_savefile(_filename(filename), variables, compress=bool(compress),
                   description=description)
    if verbose:
        for name in variables:
            print(f"% SAVE: Saved variable: {name.upper()}.")


@idl_routine("RESTORE")
def restore(filename, *, description=False, verbose=False,
            relaxed_structure_assignment=False, restored_objects=False):
    """Read the variables of an IDL SAVE file, as IDL's ``RESTORE`` does.

    IDL call forms::

        RESTORE, 'data.sav'                      ->  v = restore('data.sav')
        RESTORE, 'data.sav', DESCRIPTION=d       ->  v, d = restore('data.sav',
                                                                    description=True)

    IDL creates the saved variables in the caller's scope; Python returns them as a
    dict: ``a = restore('f.sav')['a']``.

    Parameters
    ----------
    filename : str or path
    description : bool
        Request the ``DESCRIPTION`` output keyword ('' when the file has none).
    verbose : bool
        ``/VERBOSE``: print one line per variable restored.
    relaxed_structure_assignment, restored_objects
        Accepted for IDL's call form; not supported (structures are returned as saved;
        files with objects cannot be restored), documented as such.

    Returns
    -------
    dict, or RestoreResult(result, description)
        Variable name (lower case) -> value in readsav layout, native byte order:
        numbers as numpy scalars and arrays of their IDL type, strings as ``str`` and
        numpy ``U`` arrays, structures as numpy record arrays.

    Raises
    ------
    ValueError
        ``"RESTORE: Error opening file. File: ..."`` when the file cannot be read,
        ``"RESTORE: Not a valid save file: ..."`` for anything else.

    Notes
    -----
    Differences from the naive call: ``scipy.io.readsav`` (which compat uses to read)
    returns big-endian arrays, ``bytes`` for strings and object arrays of ``bytes`` for
    string arrays, which numpy code and the other compat routines then have to convert;
    here every value is native and text is ``str``.

    Examples
    --------
    >>> import tempfile, os
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "d.sav")
    >>> idl.save(path, x=2.5, description="run 7")
    >>> idl.restore(path, description=True)
    RestoreResult(result={'x': np.float64(2.5)}, description='run 7')
    """
    if relaxed_structure_assignment or restored_objects:
        raise CompatValueError("RELAXED_STRUCTURE_ASSIGNMENT and RESTORED_OBJECTS are not "
                               "supported by compat")
    path = _filename(filename)
    try:
        with open(path, "rb") as stream:
            signature = stream.read(2)
    except OSError as error:
        raise CompatValueError(f"Error opening file. File: {path} "
                               f"{error.strerror or error}") from None
    if signature != b"SR":
        raise CompatValueError(f"Not a valid save file: {path}")
    try:
        data = read_savefile(path)
    except Exception as error:  # noqa: BLE001 - any parse failure is a bad file
        raise CompatValueError(f"Not a valid save file: {path} ({error})") from None
    if verbose:
        for name in data:
            print(f"% RESTORE: Restored variable: {name.upper()}.")
    if description:
        return RestoreResult(result=data, description=read_description(path))
    return data



# ------------------------------------------------------------------- logical units
class OpenResult(Result):
    """OPENR/OPENW/OPENU's unit and its ERROR output keyword."""

    result: int
    error: int


def _byteorder(swap_endian, swap_if_little_endian, swap_if_big_endian, xdr) -> str:
    if xdr or swap_if_little_endian:
        return ">" if np.little_endian or not swap_if_little_endian else "="
    if swap_if_big_endian:
        return "<" if not np.little_endian else "="
    if swap_endian:
        return ">" if np.little_endian else "<"
    return "="


def _open(mode: str, args, get_lun, append, compress, swap_endian,
          swap_if_little_endian, swap_if_big_endian, xdr, error, delete=False,
          f77_unformatted=False):
    call = routine_name().lower()  # openr, openw, openu: the Python call in messages
    if get_lun:
        if len(args) != 1:
            raise CompatValueError(f"with /GET_LUN give the file name only: "
                                   f"lun = {call}(filename, get_lun=True)")
        number, filename = None, args[0]
    else:
        if len(args) != 2:
            raise CompatValueError(f"expected {call}(unit, filename) or "
                                   f"{call}(filename, get_lun=True)")
        number, filename = args
        number = int(number)
        if not 1 <= number <= 128:
            raise CompatValueError(f"Unit number {number} is out of range (1 to 128).")
    path = _filename(filename)
    python_mode = {"r": "rb", "w": "ab" if append else "wb",
                   "u": "r+b" if not append else "a+b"}[mode]
    if mode == "w" and not append:
        python_mode = "w+b"
    reserved = number is not None and file_units.is_reserved("idl", number)
    try:
        if compress:
            import gzip
            stream = gzip.open(path, {"rb": "rb"}.get(python_mode, "ab" if append else "wb"))
            entry = file_units.adopt_unit("idl", path, python_mode, stream, number=number,
                                          byteorder=_byteorder(swap_endian,
                                                               swap_if_little_endian,
                                                               swap_if_big_endian, xdr))
        else:
            entry = file_units.open_unit(
                "idl", path, python_mode, number=number, replace_reserved=reserved,
                byteorder=_byteorder(swap_endian, swap_if_little_endian,
                                     swap_if_big_endian, xdr))
    except OSError as failure:
        if error:
            return OpenResult(result=number if number is not None else -1,
                              error=int(failure.errno or -1))
        raise CompatValueError(f"Error opening file. Unit: {number or 0}, File: {path}\n"
                               f"  {failure.strerror or failure}") from None
    entry.options.update(get_lun=bool(get_lun) or reserved, compress=bool(compress),
                         xdr=bool(xdr), delete=bool(delete),
                         f77_unformatted=bool(f77_unformatted))
    if error:
        return OpenResult(result=np.int32(entry.number), error=0)
    return np.int32(entry.number)  # a LONG, as IDL's unit variables


_OPEN_DOC = """Open a file on a logical unit, as IDL's ``{name}`` ({what}).

    IDL call forms::

        {name}, unit, file                    ->  idl.{lower}(5, 'data.bin')
        {name}, lun, file, /GET_LUN           ->  lun = idl.{lower}('data.bin', get_lun=True)
        {name}, lun, file, /GET_LUN, ERROR=err
                                              ->  lun, err = idl.{lower}(f, get_lun=True,
                                                                       error=True)

    Keywords: ``/GET_LUN`` (a free unit from 100 to 128, returned), ``/APPEND``
    (position at the end{append_note}), ``/COMPRESS`` (gzip), ``/SWAP_ENDIAN``,
    ``/SWAP_IF_LITTLE_ENDIAN``, ``/SWAP_IF_BIG_ENDIAN``, ``/XDR`` (big-endian binary),
    which set the byte order of READU/WRITEU on this unit; ``/F77_UNFORMATTED`` (READU
    and WRITEU transfer Fortran 77 unformatted records: each WRITEU writes one record
    between two 4-byte lengths in the unit's byte order, each READU reads one record and
    skips what its variables do not take; reading more than the record holds raises
    "READU: Attempt to read past end of F77_UNFORMATTED file record.", GDL 1.0.1's
    text); ``/DELETE`` (the file is deleted when the unit is closed, even a file opened
    for reading, as the OPEN reference says); ``/STREAM`` and ``/BLOCK`` (VMS file
    organisations, ignored elsewhere by IDL too) and ``/MORE`` (terminal paging) are
    accepted and do nothing; ``ERROR`` (requested with ``error=True``: no exception; 0
    on success, the operating system's error number otherwise).

    Returns the unit number (an int), as the IDL variable would hold it. Raises
    ``"{name}: Error opening file. Unit: ..., File: ..."`` when the file cannot be opened.
    """


@idl_routine("OPENR")
def openr(*args, get_lun=False, append=False, compress=False, swap_endian=False,
          swap_if_little_endian=False, swap_if_big_endian=False, xdr=False, error=False,
          delete=False, f77_unformatted=False, stream=False, block=False, more=False):
    # /STREAM and /BLOCK choose VMS file organisations (ignored elsewhere, IDL says);
    # /MORE pages terminal output: nothing to do for a file
    return _open("r", args, get_lun, append, compress, swap_endian,
                 swap_if_little_endian, swap_if_big_endian, xdr, error, delete,
                 f77_unformatted)


@idl_routine("OPENW")
def openw(*args, get_lun=False, append=False, compress=False, swap_endian=False,
          swap_if_little_endian=False, swap_if_big_endian=False, xdr=False, error=False,
          delete=False, f77_unformatted=False, stream=False, block=False, more=False):
    # /STREAM and /BLOCK choose VMS file organisations (ignored elsewhere, IDL says);
    # /MORE pages terminal output: nothing to do for a file
    return _open("w", args, get_lun, append, compress, swap_endian,
                 swap_if_little_endian, swap_if_big_endian, xdr, error, delete,
                 f77_unformatted)


@idl_routine("OPENU")
def openu(*args, get_lun=False, append=False, compress=False, swap_endian=False,
          swap_if_little_endian=False, swap_if_big_endian=False, xdr=False, error=False,
          delete=False, f77_unformatted=False, stream=False, block=False, more=False):
    # /STREAM and /BLOCK choose VMS file organisations (ignored elsewhere, IDL says);
    # /MORE pages terminal output: nothing to do for a file
    return _open("u", args, get_lun, append, compress, swap_endian,
                 swap_if_little_endian, swap_if_big_endian, xdr, error, delete,
                 f77_unformatted)


for _routine, _what, _note in ((openr, "reading", ", which reading ignores"),
                               (openw, "writing: created or emptied unless /APPEND", ""),
                               (openu, "reading and writing an existing file", "")):
    _routine.__doc__ = _OPEN_DOC.format(name=_routine.__legacy_name__,
                                        lower=_routine.__name__, what=_what,
                                        append_note=_note)


@idl_routine("GET_LUN")
def get_lun():
    """Reserve a free logical unit (100 to 128), as IDL's ``GET_LUN``: ``lun = get_lun()``,
    then ``openr(lun, file)``; ``free_lun(lun)`` closes and releases it. The unit is a
    LONG (``numpy.int32``), as IDL's."""
    return np.int32(file_units.reserve_unit("idl"))


@idl_routine("FREE_LUN")
def free_lun(*units, force=False):
    """Close and release units, as IDL's ``FREE_LUN, lun1, lun2, ...``."""
    for number in units:
        if not file_units.close_unit("idl", int(number)):
            file_units.release_unit("idl", int(number))


@idl_routine("CLOSE")
def close(*units, all=False, file=False, force=False):  # noqa: A002 - IDL's /ALL
    """Close units, as IDL's ``CLOSE, unit1, ...`` (``/ALL``: every unit; ``/FILE``:
    every unit not from GET_LUN). Closing a unit that is not open does nothing, as in
    IDL."""
    if all or file:
        for number in file_units.open_units("idl"):
            entry = file_units.unit("idl", number)
            if all or not entry.options.get("get_lun"):
                file_units.close_unit("idl", number)
    for number in units:
        file_units.close_unit("idl", int(number))


def _entry(number):
    return file_units.unit("idl", number)


@idl_routine("POINT_LUN")
def point_lun(unit, position=None):
    """Set or read a unit's position in bytes, as IDL's ``POINT_LUN``.

    ``POINT_LUN, unit, pos`` -> ``point_lun(unit, pos)``; ``POINT_LUN, -unit, pos`` (read
    the position into pos) -> ``pos = point_lun(-unit)`` (a LONG64).
    """
    number = int(unit)
    entry = _entry(abs(number))
    if number < 0:
        return np.int64(entry.stream.tell())
    if position is None or int(position) < 0:
        raise CompatValueError("Position must be a nonnegative number of bytes.")
    entry.stream.seek(int(position))
    return None


@idl_routine("EOF")
def eof(unit):
    """1 when the unit's position is at the end of its file, as IDL's ``EOF``; IDL says so
    before any read fails, unlike MATLAB's feof. An INT (``numpy.int16``), as GDL 1.0.1
    returns (reference_outputs/idl/formatted_io; IDL's reference gives no type), so
    ``NOT EOF(lun)`` loops end as in IDL (``~`` of int16 1 is -2, even: false)."""
    entry = _entry(unit)
    stream = entry.stream
    here = stream.tell()
    at_end = stream.read(1) == b""
    stream.seek(here)
    return np.int16(at_end)


@idl_routine("FSTAT")
def fstat(unit):
    """Status of a unit, as IDL's ``FSTAT``: a structure (numpy record) with IDL's tags
    UNIT, NAME, OPEN, ISATTY, ISAGUI, INTERACTIVE, XDR, COMPRESS, READ, WRITE, ATIME,
    CTIME, MTIME, TRANSFER_COUNT, CUR_PTR, SIZE, REC_LEN (types as IDL's: TRANSFER_COUNT,
    CUR_PTR and SIZE are LONG, and LONG64 for a file past 2^31-1 bytes, IDL's FSTAT64
    structure; IDL Reference Guide, FSTAT, "Return Value"). ``os.fstat`` gives the
    size only, and Python ints."""
    entry = _entry(unit)
    try:
        info = os.stat(entry.path)
        times = (int(info.st_atime), int(info.st_ctime), int(info.st_mtime))
        size = info.st_size
    except OSError:
        times, size = (0, 0, 0), 0
    standard = entry.number <= 0
    pointer = 0 if standard else entry.stream.tell()
    # IDL's FSTAT structure has LONG counts; files past 2^31-1 bytes get FSTAT64's LONG64
    counts = np.int64 if max(size, pointer) > np.iinfo(np.int32).max else np.int32
    fields = [("UNIT", np.int32, entry.number), ("NAME", object, entry.path),
              ("OPEN", np.uint8, 1), ("ISATTY", np.uint8, int(standard)),
              ("ISAGUI", np.uint8, 0), ("INTERACTIVE", np.uint8, int(standard)),
              ("XDR", np.uint8, int(entry.options.get("xdr", False))),
              ("COMPRESS", np.uint8, int(entry.options.get("compress", False))),
              ("READ", np.uint8, int(entry.readable)),
              ("WRITE", np.uint8, int(entry.writable)),
              ("ATIME", np.int64, times[0]), ("CTIME", np.int64, times[1]),
              ("MTIME", np.int64, times[2]), ("TRANSFER_COUNT", counts, 0),
              ("CUR_PTR", counts, pointer), ("SIZE", counts, size), ("REC_LEN", np.int32, 0)]
    record = np.rec.array([tuple(value for _, _, value in fields)],
                          dtype=[(name, dtype) for name, dtype, _ in fields])
    return record


@idl_routine("FILE_LINES")
def file_lines(path, *, compress=False, noexpand_path=False):
    """Number of lines of text files, as IDL's ``FILE_LINES``.

    IDL call form::

        Result = FILE_LINES(Path [, /COMPRESS] [, /NOEXPAND_PATH])

    Parameters
    ----------
    path : str or array of str
        One file name, or an array of names (then the result is an array of the same
        shape, even of one element).
    compress : bool
        /COMPRESS: the files are gzip-compressed; their uncompressed lines are counted.
    noexpand_path : bool
        /NOEXPAND_PATH: accepted (compat does not expand ``~`` or environment variables
        in any case).

    Returns
    -------
    numpy.int32 or ndarray of int32
        LONG counts; a last line without a newline counts.

    Notes
    -----
    ``sum(1 for _ in open(path))`` counts the same lines but has no array form and no
    /COMPRESS. GDL 1.0.1 gives LONG = Array[1] for a one-element array and a LONG scalar
    for a scalar name (goldens in reference_outputs/idl/formatted_io). A missing file
    raises IDL's ``Unable to open file`` error.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> name = os.path.join(tempfile.mkdtemp(), 'three.txt')
    >>> with open(name, 'w') as f:
    ...     _ = f.write('a\\nb\\nc')
    >>> idl.file_lines(name), idl.file_lines([name, name])
    (np.int32(3), array([3, 3], dtype=int32))
    """
    scalar = isinstance(path, (str, bytes)) or (isinstance(path, np.ndarray)
                                                and path.ndim == 0)
    names = np.asarray(path, dtype=object)
    if names.size == 0:
        raise CompatValueError("Incorrect number of arguments.")
    counts = np.empty(names.shape, dtype=np.int32)
    for index, name in np.ndenumerate(names):
        filename = _filename(name)
        try:
            opener = __import__("gzip").open if compress else open
            with opener(filename, "rb") as stream:
                data = stream.read()
        except OSError as failure:
            raise CompatValueError(f"Unable to open file: {filename} "
                                   f"({failure.strerror or failure})") from None
        counts[index] = data.count(b"\n") + (1 if data and not data.endswith(b"\n") else 0)
    return np.int32(counts.reshape(())[()]) if scalar else counts


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
    entry = _entry(unit)
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


class TransferResult(Result):
    """READU's values (or WRITEU's None) and its TRANSFER_COUNT output keyword."""

    result: object
    transfer_count: np.int32


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
    ``TransferResult(None, transfer_count)``, as READU's."""
    entry = _entry(unit)
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
        return TransferResult(result=None, transfer_count=np.int32(count))
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
