"""IDL file routines: ``SAVE``, ``RESTORE``, logical units (``OPENR``, ``OPENW``, ``OPENU``,
``GET_LUN``, ``FREE_LUN``, ``CLOSE``, ``POINT_LUN``, ``EOF``, ``FSTAT``) and
``FILE_LINES``; the transfers through open units (``READU``, ``WRITEU``, ``ASSOC``,
``SKIP_LUN`` ...) are :mod:`compat.idl.unit_io`'s.

The legacy layer over :mod:`compat._core.idl_savefile` and the one table of open files
(:mod:`compat._core.file_units`); formatted ``PRINTF``/``READF`` land with IDL's
formatting engine.
"""

from __future__ import annotations

import os

import numpy as np

from compat._core import file_units
from compat._core.idl_types import file_name
from compat._core.errors import CompatValueError, routine_name
from compat._core.idl_savefile import read_description, read_savefile, write_savefile
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["save", "restore", "openr", "openw", "openu", "get_lun", "free_lun", "close",
           "point_lun", "eof", "fstat", "file_lines"]


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
          f77_unformatted=False, width=None):
    call = routine_name().lower()  # openr, openw, openu: the Python call in messages
    if width is not None:
        width = int(width)
        if width < 1:
            raise CompatValueError(f"WIDTH must be a positive number of columns: {width}")
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
                         f77_unformatted=bool(f77_unformatted), width=width)
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
    for reading, as the OPEN reference says); ``WIDTH`` (the column at which PRINTF's
    free-format output on this unit breaks its lines, 80 without it: IDL's OPEN
    reference; a value wider than one item still puts one item on a line, as GDL
    1.0.1); IDL's VMS-only keywords (``/BLOCK``, ``DEFAULT``, ``EXTENDSIZE``,
    ``/FIXED``, ``/FORTRAN``, ``INITIALSIZE``, ``KEYED``, ``/LIST``, ``/NONE``,
    ``/PRINT``, ``/SEGMENTED``, ``/SHARED``, ``/STREAM``, ``/SUBMIT``, ``/SUPERSEDE``,
    ``/UDF_BLOCK``: file organisations of VMS), its Windows-only ones (``/BINARY``,
    ``/NOAUTOMODE``: the text/binary translation of Windows) and ``/MORE`` (terminal
    paging) are accepted and do nothing, as IDL and GDL 1.0.1 ignore them on Unix; ``ERROR`` (requested with ``error=True``: no exception; 0
    on success, the operating system's error number otherwise).

    Returns the unit number (an int), as the IDL variable would hold it. Raises
    ``"{name}: Error opening file. Unit: ..., File: ..."`` when the file cannot be opened.
    """


@idl_routine("OPENR")
def openr(*args, get_lun=False, append=False, compress=False, swap_endian=False,
          swap_if_little_endian=False, swap_if_big_endian=False, xdr=False, error=False,
          delete=False, f77_unformatted=False, stream=False, block=False, more=False,
          width=None, segmented=False, fixed=False, shared=False, none=False,
          submit=False, fortran=False, list=False, print=False, supersede=False,
          default=None, extendsize=None, initialsize=None, keyed=None,
          udf_block=False, binary=False, noautomode=False):
    # VMS-only keywords (/STREAM, /BLOCK, /SEGMENTED, /FIXED, ...) and Windows-only
    # ones (/BINARY, /NOAUTOMODE) do nothing elsewhere; /MORE pages terminal output
    return _open("r", args, get_lun, append, compress, swap_endian,
                 swap_if_little_endian, swap_if_big_endian, xdr, error, delete,
                 f77_unformatted, width)


@idl_routine("OPENW")
def openw(*args, get_lun=False, append=False, compress=False, swap_endian=False,
          swap_if_little_endian=False, swap_if_big_endian=False, xdr=False, error=False,
          delete=False, f77_unformatted=False, stream=False, block=False, more=False,
          width=None, segmented=False, fixed=False, shared=False, none=False,
          submit=False, fortran=False, list=False, print=False, supersede=False,
          default=None, extendsize=None, initialsize=None, keyed=None,
          udf_block=False, binary=False, noautomode=False):
    # VMS-only keywords (/STREAM, /BLOCK, /SEGMENTED, /FIXED, ...) and Windows-only
    # ones (/BINARY, /NOAUTOMODE) do nothing elsewhere; /MORE pages terminal output
    return _open("w", args, get_lun, append, compress, swap_endian,
                 swap_if_little_endian, swap_if_big_endian, xdr, error, delete,
                 f77_unformatted, width)


@idl_routine("OPENU")
def openu(*args, get_lun=False, append=False, compress=False, swap_endian=False,
          swap_if_little_endian=False, swap_if_big_endian=False, xdr=False, error=False,
          delete=False, f77_unformatted=False, stream=False, block=False, more=False,
          width=None, segmented=False, fixed=False, shared=False, none=False,
          submit=False, fortran=False, list=False, print=False, supersede=False,
          default=None, extendsize=None, initialsize=None, keyed=None,
          udf_block=False, binary=False, noautomode=False):
    # VMS-only keywords (/STREAM, /BLOCK, /SEGMENTED, /FIXED, ...) and Windows-only
    # ones (/BINARY, /NOAUTOMODE) do nothing elsewhere; /MORE pages terminal output
    return _open("u", args, get_lun, append, compress, swap_endian,
                 swap_if_little_endian, swap_if_big_endian, xdr, error, delete,
                 f77_unformatted, width)


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
