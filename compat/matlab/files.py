"""MATLAB's file I/O: ``fopen``, ``fclose``, ``fread``, ``fwrite``, ``fseek``, ``ftell``,
``frewind``, ``feof``, ``ferror``, ``fgetl``, ``fgets``, ``fileread``, ``load``, ``save``.

File identifiers are plain ints, as in MATLAB, backed by compat's one table of open files
(:mod:`compat._core.file_units`); fid 0, 1, 2 are stdin, stdout, stderr. Binary reads
and writes follow MATLAB's precision strings and machine formats
(:mod:`compat._core.matlab_binary`).
"""

from __future__ import annotations

import fnmatch
import math
import os
import re
import numpy as np

from compat._core import file_units
from compat._core.args import check_nargout, is_omitted
from compat._core.errors import (CompatTypeError, CompatValueError, MatlabWarning,
                                 issue_warning)
from compat._core.legacy import matlab_function
from compat._core.matfile import read_ascii, read_mat, write_ascii, write_mat
from compat._core.matlab_binary import OUTPUT_CLASSES, byte_order, parse_precision
from compat._core.matlab_integers import to_int
from compat._core.results import Result

__all__ = ["fopen", "fclose", "fread", "fwrite", "fseek", "ftell", "frewind", "feof",
           "ferror", "fgetl", "fgets", "fileread", "load", "save"]

_MODES = {"r": "rb", "w": "wb", "a": "ab", "r+": "r+b", "w+": "w+b", "a+": "a+b"}
_ORDER_NAME = {"=": "ieee-le" if np.little_endian else "ieee-be", "<": "ieee-le",
               ">": "ieee-be"}


class FopenResult(Result):
    """``[fileID, errmsg] = fopen(filename, ...)``."""

    request_style = "nargout"
    fileID: int
    errmsg: str


class FopenQueryResult(Result):
    """``[filename, permission, machinefmt, encodingOut] = fopen(fileID)``."""

    request_style = "nargout"
    filename: str
    permission: str
    machinefmt: str
    encodingOut: str


class FreadResult(Result):
    """``[A, count] = fread(...)``."""

    request_style = "nargout"
    A: np.ndarray
    count: float


class FerrorResult(Result):
    """``[message, errnum] = ferror(fileID)``."""

    request_style = "nargout"
    message: str
    errnum: float


def _unit(fid):
    if isinstance(fid, bool) or np.ndim(fid) != 0:
        raise CompatValueError("Invalid file identifier. Use fopen to generate a valid "
                               "file identifier.")
    value = np.asarray(fid).item()
    if not isinstance(value, (int, float)) or value != int(value):
        raise CompatValueError("Invalid file identifier. Use fopen to generate a valid "
                               "file identifier.")
    return file_units.unit("matlab", int(value))


# ------------------------------------------------------------------------ open, close
@matlab_function("fopen", nargout=4)
def fopen(filename, permission="r", machinefmt="n", encodingIn="UTF-8", *, nargout=1):
    """Open a file, as MATLAB's ``fopen``.

    MATLAB call forms::

        fileID = fopen(filename)                       ->  fid = fopen('data.bin')
        fileID = fopen(filename, permission)           ->  fopen('out.txt', 'w')
        fileID = fopen(filename, permission, machinefmt, encodingIn)
                                                       ->  fopen('x.bin', 'r', 'ieee-be')
        [fileID, errmsg] = fopen(___)                  ->  fid, msg = fopen(f, nargout=2)
        fIDs = fopen('all')                            ->  fopen('all')
        [filename, permission, machinefmt, encodingOut] = fopen(fileID)
                                                       ->  fopen(fid, nargout=4)

    Parameters
    ----------
    filename : str
    permission : {'r', 'w', 'a', 'r+', 'w+', 'a+'} with an optional 't' or 'b'
        'w' creates or empties the file, 'a' appends, '+' also reads. 't' (text mode)
        changes nothing on POSIX systems, as in MATLAB there.
    machinefmt : str
        Byte order of ``fread``/``fwrite``: 'n' (native), 'b'/'ieee-be', 'l'/'ieee-le',
        's'/'ieee-be.l64', 'a'/'ieee-le.l64'.
    encodingIn : str
        Text encoding of ``fgetl``/``fgets``/``fprintf`` (default UTF-8, MATLAB's default
        on Linux and macOS).

    Returns
    -------
    fileID : int
        3 or more; **-1 when the file cannot be opened** (MATLAB does not raise: test
        ``fid < 0`` as the legacy code does; ``errmsg`` says why).

    Notes
    -----
    Differences from Python's ``open``: MATLAB's fopen returns -1 instead of raising, and
    numbers the file, which ``fread``/``fclose``... then take; every file is opened in
    binary, so ``fread`` counts bytes and the text routines decode with ``encodingIn``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "x.bin")
    >>> fid = matlab.fopen(path, "w")
    >>> fid >= 3, matlab.fwrite(fid, [1, 2, 300], "uint8"), matlab.fclose(fid)
    (True, 3.0, 0.0)
    >>> matlab.fopen(path + ".missing", nargout=2)
    FopenResult(fileID=-1, errmsg='No such file or directory')
    """
    if isinstance(filename, str) and filename.lower() == "all" and permission == "r":
        ids = file_units.open_units("matlab")
        return np.array(ids, dtype=float).reshape(1, -1) if ids else np.zeros((0, 0))
    if not isinstance(filename, str):
        entry = _unit(filename)
        order = _ORDER_NAME.get(entry.byteorder, "ieee-le")
        return FopenQueryResult.first(nargout, entry.path, entry.permission or "rb",
                                      order, entry.encoding)
    if not isinstance(permission, str):
        raise CompatTypeError("permission must be a character vector such as 'r' or 'w'")
    check_nargout(nargout, 2, message="fopen(filename, ...) has two outputs: nargout must "
                  "be 1 or 2")
    mode = permission.replace("t", "").replace("b", "").replace("A", "a").replace("W", "w")
    if mode not in _MODES:
        raise CompatValueError(f"Invalid permission: '{permission}'.")
    order = byte_order(machinefmt)
    try:
        entry = file_units.open_unit("matlab", filename, _MODES[mode], byteorder=order,
                                     encoding=str(encodingIn), permission=permission)
    except OSError as error:
        return FopenResult.first(nargout, -1, error.strerror or str(error))
    return FopenResult.first(nargout, entry.number, "")


@matlab_function("fclose")
def fclose(fileID):
    """Close a file, as MATLAB's ``fclose``.

    MATLAB call forms::

        status = fclose(fileID)       ->  fclose(fid)
        status = fclose('all')        ->  fclose('all')

    Returns 0.0 (MATLAB's status). An identifier that is not open raises MATLAB's error
    "Invalid file identifier. Use fopen to generate a valid file identifier.".

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.fclose('all')
    0.0
    """
    if isinstance(fileID, str):
        if fileID.lower() != "all":
            raise CompatValueError(f"Invalid file identifier '{fileID}'.")
        file_units.close_all("matlab")
        return 0.0
    entry = _unit(fileID)
    if entry.number in (0, 1, 2):
        return 0.0
    file_units.close_unit("matlab", entry.number)
    return 0.0


# ----------------------------------------------------------------------- binary I/O
def _size(sizeA):
    """(total count or inf, rows or None) from MATLAB's sizeA."""
    if is_omitted(sizeA):
        return math.inf, None
    size = np.asarray(sizeA, dtype=float).ravel()
    if size.size == 1:
        n = float(size[0])
        if not (n >= 0 and (math.isinf(n) or n == int(n))):
            raise CompatValueError("sizeA must be a nonnegative integer, Inf or [m n].")
        return n, None
    if size.size == 2 and math.isfinite(size[0]) and size[0] >= 0 and \
            size[0] == int(size[0]) and size[1] >= 0:
        return size[0] * size[1], int(size[0])
    raise CompatValueError("sizeA must be a nonnegative integer, Inf or [m n] with a "
                           "finite m.")


def _whole(data: bytes, itemsize: int) -> bytes:
    """A partial last value padded with zero bytes, as MATLAB documents ("fread pads the
    last byte or element with zero bits until the full value is obtained")."""
    partial = len(data) % itemsize
    return data + b"\0" * (itemsize - partial) if partial else data


def _read_values(entry, precision, count, skip):
    itemsize = precision.source.itemsize
    dtype = precision.source.newbyteorder(entry.byteorder)
    stream = entry.stream
    if skip == 0:
        wanted = -1 if math.isinf(count) else int(count) * itemsize
        data = stream.read() if wanted < 0 else stream.read(wanted)
        eof = wanted < 0 or len(data) < wanted
        return np.frombuffer(_whole(data, itemsize), dtype=dtype), eof
    block = precision.block or 1
    values, eof = [], False
    total = 0
    while math.isinf(count) or total < count:
        take = block if math.isinf(count) else int(min(block, count - total))
        data = _whole(stream.read(take * itemsize), itemsize)
        n = len(data) // itemsize
        values.append(np.frombuffer(data, dtype=dtype))
        total += n
        if n < take:
            eof = True
            break
        if stream.read(skip) is None:  # pragma: no cover - blocking streams only
            break
    return (np.concatenate(values) if values else np.zeros(0, dtype)), eof


def _convert(values, output: str):
    if output == "char":
        return np.array([chr(v) for v in values.astype(np.int64)], dtype="<U1")
    if output == "logical":
        return values != 0
    return values.astype(OUTPUT_CLASSES[output])


@matlab_function("fread", nargout=2)
def fread(fileID, sizeA=None, precision="uint8", skip=0, machinefmt=None, *, nargout=1):
    """Read binary data, as MATLAB's ``fread``.

    MATLAB call forms::

        A = fread(fileID)                              ->  fread(fid)
        A = fread(fileID, sizeA)                       ->  fread(fid, [3, np.inf])
        A = fread(fileID, sizeA, precision)            ->  fread(fid, 10, 'int16=>double')
        A = fread(fileID, sizeA, precision, skip)      ->  fread(fid, 4, '2*uint8', 2)
        A = fread(fileID, sizeA, precision, skip, machinefmt)
        [A, count] = fread(___)                        ->  A, n = fread(fid, nargout=2)

    Parameters
    ----------
    fileID : int
    sizeA : Inf (default), n, or [m n] (n may be Inf)
        How many values, and the shape: a column for Inf and n, an m-by-n matrix filled
        in column order for [m n] (the last column padded with zeros when the file
        ends first).
    precision : str
        ``'source'`` (output double), ``'*source'`` (output in the source's class),
        ``'source=>output'``, ``'N*source'`` (N values between skips); see
        :mod:`compat._core.matlab_binary` for the source names. Default ``'uint8'``.
    skip : int
        Bytes skipped after each value (each block of N values with ``'N*source'``).
    machinefmt : str, optional
        Byte order for this read (default: the one ``fopen`` was given).

    Returns
    -------
    A : ndarray
        Column (n, 1) or matrix (m, k) of the output class (double unless asked);
        ``'*char'`` gives a column of one-character strings (``''.join(A.ravel())`` for
        the text).
    count : float
        The number of values read.

    Notes
    -----
    Differences from ``numpy.fromfile``: the default output is double whatever the
    source (``fread(fid)`` of bytes gives doubles), the result is a column in MATLAB's
    column order, ``[m n]`` pads with zeros, precision names differ (``'long'``,
    ``'uchar'``, ``'real*8'``), and the position in the shared file stream advances.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "v.bin")
    >>> np.arange(1, 8, dtype="<i2").tofile(path)
    >>> fid = matlab.fopen(path, "r", "ieee-le")
    >>> matlab.fread(fid, [2, np.inf], "int16")
    array([[1., 3., 5., 7.],
           [2., 4., 6., 0.]])
    >>> matlab.fclose(fid)
    0.0
    """
    entry = _unit(fileID)
    count, rows = _size(sizeA)
    parsed = parse_precision(precision)
    if isinstance(skip, bool) or not float(skip) == int(skip) or int(skip) < 0:
        raise CompatValueError("skip must be a nonnegative integer.")
    saved_order = entry.byteorder
    if machinefmt is not None:
        entry.byteorder = byte_order(machinefmt)
    try:
        values, eof = _read_values(entry, parsed, count, int(skip))
    finally:
        entry.byteorder = saved_order
    if eof:
        entry.options["eof"] = True
    n = values.size
    out = _convert(values, parsed.output)
    if rows is None:
        A = out.reshape(-1, 1)
    elif rows == 0:
        A = np.zeros((0, 0), dtype=out.dtype)
    else:
        columns = -(-n // rows)
        padded = np.zeros(rows * columns, dtype=out.dtype)
        padded[:n] = out
        A = padded.reshape(columns, rows).T.copy()
    return FreadResult.first(nargout, A, float(n))


@matlab_function("fwrite")
def fwrite(fileID, A, precision="uint8", skip=0, machinefmt=None):
    """Write binary data, as MATLAB's ``fwrite``.

    MATLAB call forms::

        count = fwrite(fileID, A)                          ->  fwrite(fid, A)
        count = fwrite(fileID, A, precision)               ->  fwrite(fid, A, 'int16')
        count = fwrite(fileID, A, precision, skip, machinefmt)

    ``A`` is written in column order (MATLAB's ``A(:)``); text as its character codes.
    Values are converted to the precision as MATLAB converts them: integer precisions
    round to nearest (halves away from zero) and saturate, NaN becomes 0. ``skip``
    bytes are skipped before each value (each block of N with ``'N*source'``). Returns
    the number of values written (a double).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "w.bin")
    >>> fid = matlab.fopen(path, "w")
    >>> matlab.fwrite(fid, [1.6, 300, -5], "uint8"), matlab.fclose(fid)
    (3.0, 0.0)
    >>> open(path, "rb").read()
    b'\\x02\\xff\\x00'
    """
    entry = _unit(fileID)
    parsed = parse_precision(precision, for_write=True)
    if isinstance(A, str):
        values = np.array([ord(c) for c in A], dtype=np.float64)
    else:
        array = np.asarray(A)
        if array.dtype.kind not in "biuf":
            raise CompatTypeError("A must be numeric, logical or char")
        values = array.ravel(order="F")
    kind = parsed.source.kind
    if kind in "iu":
        stored = to_int("fwrite", values, str(parsed.source))
    else:
        stored = values.astype(parsed.source)
    order = byte_order(machinefmt) if machinefmt is not None else entry.byteorder
    data = stored.astype(parsed.source.newbyteorder(order))
    skip = int(skip)
    if skip:
        block = parsed.block or 1
        for start in range(0, data.size, block):
            entry.stream.seek(skip, 1)
            entry.stream.write(data[start:start + block].tobytes())
    else:
        entry.stream.write(data.tobytes())
    return float(data.size)


# ------------------------------------------------------------------------ positioning
@matlab_function("fseek")
def fseek(fileID, offset, origin="bof"):
    """Move to a position, as MATLAB's ``fseek``: ``status = fseek(fid, offset, origin)``.

    ``origin``: 'bof' or -1 (start), 'cof' or 0 (current position), 'eof' or 1 (end).
    Returns 0.0, or -1.0 when the position would be before the start (``ferror`` then
    says "Offset is bad - before beginning-of-file."). Clears the end-of-file indicator.
    """
    entry = _unit(fileID)
    whence = {"bof": 0, "cof": 1, "eof": 2, -1: 0, 0: 1, 1: 2}.get(
        origin.lower() if isinstance(origin, str) else int(origin))
    if whence is None:
        raise CompatValueError(f"Invalid origin: {origin!r} (use 'bof', 'cof' or 'eof').")
    here = entry.stream.tell()
    base = 0 if whence == 0 else here if whence == 1 else entry.stream.seek(0, 2)
    target = base + int(offset)
    if target < 0:  # a failed seek leaves the position where it was (Octave 7.3 agrees)
        entry.stream.seek(here)
    if target < 0:
        entry.error = "Offset is bad - before beginning-of-file."
        return -1.0
    entry.stream.seek(target)
    entry.options["eof"] = False
    return 0.0


@matlab_function("ftell")
def ftell(fileID):
    """The current position in bytes, as MATLAB's ``ftell`` (a double)."""
    return float(_unit(fileID).stream.tell())


@matlab_function("frewind")
def frewind(fileID):
    """Go back to the start of the file, as MATLAB's ``frewind``."""
    entry = _unit(fileID)
    entry.stream.seek(0)
    entry.options["eof"] = False


@matlab_function("feof")
def feof(fileID):
    """The end-of-file indicator, as MATLAB's ``feof``: 1.0 once a read has reached the
    end of the file (not merely the position at the end), else 0.0."""
    return 1.0 if _unit(fileID).options.get("eof") else 0.0


@matlab_function("ferror", nargout=2)
def ferror(fileID, clear=None, *, nargout=1):
    """The last error of a file, as MATLAB's ``ferror``: ``[message, errnum] =
    ferror(fileID)``, ``ferror(fileID, 'clear')``. '' and 0 when there was none."""
    entry = _unit(fileID)
    message = entry.error
    if isinstance(clear, str) and clear.lower() == "clear":
        entry.error = ""
    return FerrorResult.first(nargout, message, -1.0 if message else 0.0)


# ------------------------------------------------------------------------------ text
def _read_line(entry, keep_newline: bool, limit=None):
    line = entry.stream.readline() if limit is None else entry.stream.readline(limit)
    if not line:
        entry.options["eof"] = True
        return None
    if not line.endswith(b"\n") and (limit is None or len(line) < limit):
        entry.options["eof"] = True
    text = line.decode(entry.encoding, errors="replace")
    if not keep_newline:
        text = text.rstrip("\n").rstrip("\r") if text.endswith("\n") else text
    return text


@matlab_function("fgetl")
def fgetl(fileID):
    """The next line without its newline, as MATLAB's ``fgetl``; -1.0 at the end of the
    file (MATLAB returns the number -1: test ``ischar``/``== -1`` as the legacy code
    does).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "t.txt")
    >>> _ = open(path, "w").write("first\\nsecond")
    >>> fid = matlab.fopen(path)
    >>> matlab.fgetl(fid), matlab.fgetl(fid), matlab.fgetl(fid), matlab.fclose(fid)
    ('first', 'second', -1.0, 0.0)
    """
    text = _read_line(_unit(fileID), keep_newline=False)
    return -1.0 if text is None else text


@matlab_function("fgets")
def fgets(fileID, nchar=None):
    """The next line with its newline, as MATLAB's ``fgets`` (at most ``nchar``
    characters); -1.0 at the end of the file."""
    limit = None if nchar is None else int(nchar)
    text = _read_line(_unit(fileID), keep_newline=True, limit=limit)
    return -1.0 if text is None else text


@matlab_function("fileread")
def fileread(filename, *args, Encoding=None):
    """A whole file as text, as MATLAB's ``fileread`` (``'Encoding'``, default UTF-8).

    Raises MATLAB's error "Could not open file NAME. No such file or directory." for a
    file that cannot be read.
    """
    if args:
        if len(args) != 2 or not isinstance(args[0], str) or args[0].lower() != "encoding":
            raise CompatValueError("expected fileread(filename, 'Encoding', encoding)")
        Encoding = args[1]
    try:
        with open(filename, "rb") as stream:
            data = stream.read()
    except OSError as error:
        raise CompatValueError(f"Could not open file {filename}. "
                               f"{error.strerror or error}.") from None
    return data.decode(Encoding or "utf-8", errors="replace")


# ---------------------------------------------------------------------- load, save
_SAVE_OPTIONS = ("-v7", "-v6", "-v4", "-v7.3", "-ascii", "-double", "-tabs", "-append",
                 "-mat", "-nocompression")


@matlab_function("load")
def load(filename, *args):
    """Load variables from a MAT-file or numbers from an ASCII file, as MATLAB's ``load``.

    MATLAB call forms::

        S = load(filename)                 ->  S = load('data.mat')   (a dict)
        S = load(filename, 'a', 'b*')      ->  load('data.mat', 'a', 'b*')
        A = load('table.txt')              ->  A = load('table.txt')  (a matrix)
        S = load(filename, '-mat', ...)    ->  load('data.bin', '-mat')
        A = load(filename, '-ascii')

    Parameters
    ----------
    filename : str
        A ``.mat`` name (or any name with ``'-mat'``) is read as a MAT-file (v4, v6,
        v7; v7.3 HDF5 files need h5py and are refused with that message); any other
        name (or ``'-ascii'``) as MATLAB's numeric ASCII format.
    *args
        Variable names, with ``*`` wildcards, and the options '-mat' / '-ascii'.

    Returns
    -------
    dict or ndarray
        For a MAT-file, name -> value in compat's MATLAB representation: char rows as
        ``str``, cells as lists, structs as :class:`compat.MatlabStruct` (struct arrays
        as lists of them), logical as bool, numeric arrays 2-D in their MATLAB class
        (a scalar is 1x1). For an ASCII file, the double matrix.

    Notes
    -----
    Differences from ``scipy.io.loadmat``: loadmat returns ``(1,)`` arrays of strings
    for chars, object arrays for cells, ``mat_struct`` or record arrays for structs and
    uint8 for logical data, plus ``__header__`` entries; here MATLAB's values come back
    as the other compat functions take them.

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), "d.mat")
    >>> matlab.save(path, x=np.eye(2), name="run 7", c=["a", 2.5], s={"k": 3.0})
    >>> S = matlab.load(path)
    >>> S["name"], S["c"], S["s"]["k"], S["x"].shape
    ('run 7', ['a', array([[2.5]])], array([[3.]]), (2, 2))
    """
    if not isinstance(filename, str):
        raise CompatTypeError("filename must be a character vector")
    options = [a.lower() for a in args if isinstance(a, str) and a.startswith("-")]
    names = [a for a in args if isinstance(a, str) and not a.startswith("-")]
    if any(not isinstance(a, str) for a in args):
        raise CompatTypeError("variable names and options must be character vectors")
    unknown = [o for o in options if o not in ("-mat", "-ascii", "-regexp")]
    if unknown:
        raise CompatValueError(f"Unknown option '{unknown[0]}'.")
    if not os.path.exists(filename):
        raise CompatValueError(f"Unable to find file or directory '{filename}'.")
    as_mat = "-mat" in options or ("-ascii" not in options and
                                   os.path.splitext(filename)[1].lower() == ".mat")
    if not as_mat:
        return read_ascii(filename)
    data = read_mat(filename)
    if names:
        if "-regexp" in options:
            chosen = {k: v for k, v in data.items() if any(re.search(p, k) for p in names)}
        else:
            chosen = {k: v for k, v in data.items()
                      if any(fnmatch.fnmatchcase(k, p) for p in names)}
            missing = [p for p in names if "*" not in p and p not in data]
            if missing:
                issue_warning(MatlabWarning(f"Variable '{missing[0]}' not found.",
                                            "MATLAB:load:variableNotFound"))
        data = chosen
    return data


@matlab_function("save")
def save(filename, *args, **variables):
    """Save variables to a MAT-file or an ASCII file, as MATLAB's ``save``.

    MATLAB call forms::

        save(filename, 'a', 'b')           ->  save('data.mat', a=a, b=b)
        save(filename, ..., '-v6')         ->  save('data.mat', '-v6', a=a)
        save(filename, ..., '-append')     ->  save('data.mat', '-append', c=c)
        save(filename, ..., '-ascii')      ->  save('table.txt', '-ascii', A=A)
        save(filename, ..., '-ascii', '-double', '-tabs')

    MATLAB names variables of the caller's workspace; Python passes them as keywords.

    Parameters
    ----------
    filename : str
    *args : options
        '-v7' (default: compressed), '-v6' (uncompressed), '-v4', '-mat', '-append'
        (keep the file's other variables), '-ascii' with '-double' (16 digits instead
        of 8) and '-tabs'; '-v7.3' (HDF5) is refused (scipy cannot write it).
    **variables
        name = value in compat's MATLAB representation: ``str`` -> char, ``list`` ->
        cell (nested lists -> 2-D cell; a list of dicts with the same fields -> struct
        array), ``dict`` -> struct, bool -> logical, Python numbers -> double, numpy
        arrays keep their class (1-D as rows).

    Notes
    -----
    The file is written to a temporary file and renamed: a failed save leaves an
    existing file untouched. ``-ascii`` writes each number as ``%16.7e`` (three blanks
    and eight significant digits, as in MATLAB's output quoted in Stack Overflow
    question 18464572); ``-double`` uses ``%26.16e`` (compat's choice: no print-out
    found). Files written here are read back by Octave's ``load`` in the tests.
    """
    if not isinstance(filename, str):
        raise CompatTypeError("filename must be a character vector")
    options = []
    for a in args:
        if not isinstance(a, str) or not a.startswith("-"):
            raise CompatTypeError("Python cannot name the caller's variables: pass them as "
                                  "keywords, save(filename, a=a)")
        if a.lower() not in _SAVE_OPTIONS:
            raise CompatValueError(f"Unknown option '{a}'.")
        options.append(a.lower())
    if "-v7.3" in options:
        raise CompatValueError("-v7.3 (HDF5) MAT-files cannot be written by compat; use "
                               "-v7")
    if not variables:
        raise CompatValueError("no variables to save: pass them as keywords, "
                               "save(filename, a=a)")
    if "-ascii" in options:
        write_ascii(filename, list(variables.items()), double="-double" in options,
                    tabs="-tabs" in options)
        return
    version = "6" if "-v6" in options or "-nocompression" in options else \
        "4" if "-v4" in options else "7"
    write_mat(filename, variables, version=version, append="-append" in options)
