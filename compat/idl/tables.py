"""IDL's text-table routines: ``READ_ASCII``, ``READ_CSV`` and ``WRITE_CSV``.

The legacy layer over :mod:`compat._core.idl_text_tables` (the rules of IDL's library
routines, cited there) and the one IDL formatting engine (numbers are written by
:mod:`compat._core.idl_format`). Results are IDL structures in the house layout: a
record array of one element with upper-case tags, numeric arrays as sub-array fields and
text in ``object`` fields (``s.FIELD1[0]`` is IDL's ``s.field1``); arrays are in readsav
layout, so IDL's ``[nfields, nrecords]`` group is numpy ``(nrecords, nfields)``.
"""

from __future__ import annotations

import os
import tempfile

import numpy as np

from compat._core import idl_csv
from compat._core import idl_text_tables as core
from compat._core.idl_types import file_name
from compat._core.docs import Fragments
from compat._core.errors import CompatValueError
from compat._core.idl_format import format_records
from compat._core.idl_types import idl_array
from compat._core.results import named_result, requested
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["read_ascii", "read_csv", "write_csv"]

_DOCS = Fragments(
    structure="""The IDL structure as a numpy record array of one element (the house layout,
    ``compat._core.idl_struct``): ``s.FIELD1[0]`` (or ``s['FIELD1'][0]``) is IDL's
    ``s.field1``; numeric tags are sub-array fields, text tags ``object`` fields holding
    a numpy ``str`` array.""",
)


class ReadAsciiResult(Result):
    """READ_ASCII's structure and its COUNT and HEADER output keywords."""

    result: object
    count: np.int32
    header: object


class ReadCsvResult(Result):
    """READ_CSV's structure and its COUNT, HEADER and TABLE_HEADER output keywords."""

    result: object
    count: np.int32
    header: object
    table_header: object


def _filename(filename) -> str:
    return file_name(filename, "File name must be a string.", CompatValueError,
                     array="first")


def _looks_ascii(path: str) -> bool:
    """QUERY_ASCII's test: a byte-order mark, or 80 % of the first 32768 bytes codes
    7..13 or 32..127 (an empty file is not ASCII)."""
    with open(path, "rb") as stream:
        data = stream.read(32768)
    if not data:
        return False
    if len(data) > 3 and (data[:3] == b"\xef\xbb\xbf" or data[:2] in (b"\xfe\xff",
                                                                        b"\xff\xfe")):
        return True
    codes = np.frombuffer(data, dtype=np.uint8)
    good = ((codes >= 7) & (codes <= 13)) | ((codes >= 32) & (codes <= 127))
    return good.mean() >= 0.8


def _checked_lines(path: str) -> list[str]:
    if not os.path.exists(path) or os.path.isdir(path):
        raise CompatValueError(f'File "{path}" not found.')
    if not os.access(path, os.R_OK):
        raise CompatValueError(f'Error Reading from file "{path}"')
    if not _looks_ascii(path):
        raise CompatValueError(f'File "{path}" is not a valid ASCII file.')
    return core.text_lines(path)


def _one_int(value, name: str) -> int:
    array = np.ravel(np.asarray(value))
    if array.size != 1:
        raise CompatValueError(f"{name} must be a scalar.")
    return int(array[0])


def _missing(value):
    array = idl_array(value, "MISSING_VALUE", string_ok=True)
    return array.reshape(-1)[0] if array.ndim else array[()]


@idl_routine("READ_ASCII")
@_DOCS.fill
def read_ascii(filename, *, template=None, data_start=None, delimiter=None,
               missing_value=None, comment_symbol=None, num_records=None,
               record_start=None, count=False, header=False, verbose=False):
    """Read a text table into a structure, as IDL's ``READ_ASCII`` function.

    IDL call forms::

        data = READ_ASCII(file)                  ->  data = idl.read_ascii(file)
        data = READ_ASCII(file, DATA_START=10, COUNT=n, HEADER=h)
                                                 ->  data, n, h = idl.read_ascii(
                                                         file, data_start=10, count=True,
                                                         header=True)
        data = READ_ASCII(file, TEMPLATE=t)      ->  idl.read_ascii(file, template=t)
        data.field1[2, *]                        ->  data.FIELD1[0][:, 2]

    Parameters
    ----------
    filename : str or path
    template : structure, optional
        The structure ``ASCII_TEMPLATE`` makes (its GUI is not needed: a template saved
        with SAVE and read back with :func:`compat.idl.restore`, a numpy record, or a
        ``dict``): VERSION (1.0), DATASTART, DELIMITER (a BYTE: 32 blank/tab runs, 0
        fixed columns at FIELDLOCATIONS, else that character; a one-character string
        is accepted too), MISSINGVALUE, COMMENTSYMBOL, FIELDCOUNT, FIELDTYPES (IDL type
        codes, 0 skips the field), FIELDNAMES, FIELDLOCATIONS, FIELDGROUPS (fields
        with one group number become one 2-D tag).
    data_start, delimiter, missing_value, comment_symbol
        DATA_START (header lines), DELIMITER (one character), MISSING_VALUE,
        COMMENT_SYMBOL: override the template's values (or the defaults: 0, blanks,
        NaN, none).
    num_records, record_start : int
        NUM_RECORDS (0 = all), RECORD_START (records skipped after the header; a
        record is a non-blank, non-comment line).
    count, header : bool
        Request the COUNT (records read, LONG) and HEADER (the first DATA_START lines,
        a string array; ``''`` without header) output keywords.

    Returns
    -------
    numpy.recarray, or ReadAsciiResult(result, count, header)
        {{structure}}
        Without a template every field is FLOAT and the fields form one group: one tag,
        ``FIELD1`` (``FIELD01`` from 10 fields on), ``(nrecords, nfields)``. No record
        gives ``0`` (an INT) and COUNT 0, as IDL.

    Raises
    ------
    ValueError
        IDL's messages: ``'READ_ASCII: File "x" not found.'``, ``'... is not a valid
        ASCII file.'`` (QUERY_ASCII's test), ``"... field missing from template."``,
        ``"DELIMITER must be one character."``, ``"No columns found."``, ``"Illegal
        field name: ..."``.

    Notes
    -----
    Rules (IDL's ``read_ascii.pro``, see :mod:`compat._core.idl_text_tables`): a
    field's text is converted as IDL assignment converts text (its leading number); an
    empty field, a field without a number and the fields a short record lacks get the
    missing value in the field's type (a STRING field gets ``STRING(missing)``); with a
    comment symbol, lines starting with it are skipped and the text from it on is
    dropped (a line whose comment follows blanks still makes a record of missing
    values, as IDL's reader does). Differences from ``numpy.loadtxt``/``genfromtxt``:
    those stop at (or mask) bad values and return one 2-D float64 array; IDL keeps
    going with the missing value, keeps each field's type, returns the structure IDL
    code indexes (``data.field1``) with IDL's ``[field, record]`` order.
    GDL 1.0.1's READ_ASCII (a rewrite) differs from IDL's in its defaults (comment
    ``';'``, no ``FIELD01`` names, empty delimited fields dropped, text after a number
    rejected); the golden suite records those cases.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "t.txt")
    >>> _ = open(path, "w").write("x  y\\n1 2.5\\n3 4.5\\n")
    >>> data, n = idl.read_ascii(path, data_start=1, count=True)
    >>> data.FIELD1[0], n
    (array([[1. , 2.5],
           [3. , 4.5]], dtype=float32), np.int32(2))
    """
    path = _filename(filename)
    lines = _checked_lines(path)
    base = core.template_from(template) if template is not None else None
    start = base.data_start if base else 0
    if data_start is not None:
        start = _one_int(data_start, "DATA_START")
    sep = base.delimiter if base else 32
    if delimiter is not None:
        sep = core.delimiter_byte(delimiter)
    missing = base.missing_value if base else np.float32(np.nan)
    if missing_value is not None:
        missing = _missing(missing_value)
    comment = base.comment_symbol if base else ""
    if comment_symbol is not None:
        symbols = np.ravel(np.asarray(comment_symbol, dtype=object))
        if symbols.size > 1:  # IDL 5.2.1 compatibility: returns 0
            return _ascii_result(np.int16(0), 0, "", count, header)
        comment = core._text(symbols[0]) if symbols.size else ""
    if base is None:
        use = core.default_template(lines, data_start=start, delimiter=sep,
                                    comment=comment)
        use.missing_value = missing
    else:
        use = base
        use.data_start, use.delimiter = start, sep
        use.missing_value, use.comment_symbol = missing, comment
        sizes = {len(use.field_types), len(use.field_names), len(use.field_locations),
                 len(use.field_groups)}
        if len(sizes) != 1:
            raise CompatValueError("Field data (types/names/locs/groups) not the same "
                                   "length.")
    if verbose:
        print("Using the following file attributes ...")
        print(f"        Data Start:  {use.data_start}")
        print(f"         Delimiter:  {use.delimiter}B")
        print(f"    Comment Symbol:  {use.comment_symbol}")
    try:
        tags, values, n, head = core.read_table(
            lines, use, record_start=int(record_start or 0),
            num_records=int(num_records or 0))
    except EOFError as error:
        print(f"% READ_ASCII: Unexpected Error: {error}")
        return _ascii_result(np.int16(0), 0, "", count, header)
    if not tags:
        return _ascii_result(np.int16(0), 0, head, count, header)
    return _ascii_result(core.structure(tags, values), n, head, count, header)


def _ascii_result(value, n, head, count, header):
    return named_result(ReadAsciiResult, value, requested(
        count=(count, np.int32(n)), header=(header, head)))


@idl_routine("READ_CSV")
@_DOCS.fill
def read_csv(filename, *, count=False, header=False, missing_value=None,
             n_table_header=None, num_records=None, record_start=None,
             table_header=False, types=None):
    """Read a comma-separated file into a structure, as IDL's ``READ_CSV`` function.

    IDL call forms::

        data = READ_CSV(file)                    ->  data = idl.read_csv(file)
        data = READ_CSV(file, HEADER=h, COUNT=n) ->  data, n, h = idl.read_csv(
                                                         file, count=True, header=True)
        data = READ_CSV(file, N_TABLE_HEADER=2, TABLE_HEADER=th, TYPES=['LONG', 'STRING'])
        data.field1                              ->  data.FIELD1[0]

    Parameters
    ----------
    filename : str or path
    count, header, table_header : bool
        Request COUNT (records, LONG), HEADER (the column names when the first row is
        a header, else ``''``) and TABLE_HEADER (the N_TABLE_HEADER lines before the
        table, a quote at each end removed; ``''`` when none).
    missing_value : number, optional
        MISSING_VALUE: replaces empty values of numeric columns (when nonzero; they are
        0 otherwise).
    n_table_header, num_records, record_start : int
        N_TABLE_HEADER lines skipped before the table; NUM_RECORDS; RECORD_START (the
        first record read, after the table header; counted before the header row).
    types : list of str, optional
        TYPES: 'BYTE', 'INT', 'LONG', 'FLOAT', 'DOUBLE', 'UINT', 'ULONG', 'LONG64',
        'ULONG64', 'STRING' ('DATE', 'TIME', 'DATETIME' are STRING; '' infers), per
        column.

    Returns
    -------
    numpy.recarray, or ReadCsvResult(result, count, header, table_header)
        {{structure}}
        Tags ``FIELD1``..``FIELDn`` (zero-padded to the digits of n: ``FIELD01`` from 10
        columns on), one 1-D array per column; ``0`` (a LONG) for an empty file.

    Notes
    -----
    IDL's rules (``read_csv.pro`` of IDL 8.5, see
    :mod:`compat._core.idl_text_tables`): quoted fields keep commas and doubled quotes;
    columns empty everywhere are dropped (not with TYPES for every column); a column is
    LONG when its first and last 100 values after the first row are integers that fit,
    LONG64 when one does not fit LONG, DOUBLE when one has a decimal point or exponent,
    else STRING; the first row is a header when one of its values does not convert.
    Short rows give ``0`` in the missing fields (READ_ASCII's missing value for CSV),
    and a file of one row stays text. Differences from ``numpy.genfromtxt(...,
    names=True)``/``csv``: those take a header row by request and type columns on all
    values; IDL decides both from the data and returns IDL types (LONG, not int64).
    GDL 1.0.1's READ_CSV is a rewrite that takes the first row as a header whenever a
    column is numeric and types columns on all values (recorded in the golden suite).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "t.csv")
    >>> _ = open(path, "w").write('name,n,x\\n"Smith, J",3,1.5\\nLee,40,2\\n')
    >>> data, h = idl.read_csv(path, header=True)
    >>> data.FIELD1[0], data.FIELD2[0], data.FIELD3[0], h
    (array(['Smith, J', 'Lee'], dtype='<U8'), array([ 3, 40], dtype=int32), array([1.5, 2. ]), array(['name', 'n', 'x'], dtype='<U4'))
    """
    path = _filename(filename)
    try:
        lines = core.text_lines(path)
    except OSError as error:
        raise CompatValueError(f"Error opening file. File: {path}\n  "
                               f"{error.strerror or error}") from None
    if os.path.getsize(path) == 0:
        return _csv_result(np.int32(0), 0, "", "", count, header, table_header)
    missing = None
    if missing_value is not None:
        missing = idl_array(missing_value, "MISSING_VALUE")
    try:
        tags, values, n, head, table = idl_csv.csv_table(
            lines, n_table_header=_count_kw(n_table_header, "N_TABLE_HEADER"),
            record_start=_count_kw(record_start, "RECORD_START"),
            num_records=None if num_records is None else _count_kw(num_records,
                                                                   "NUM_RECORDS"),
            types=types, missing=missing)
    except CompatValueError as error:
        if error.message == "is not a valid CSV file.":
            raise CompatValueError(f'File "{path}" is not a valid CSV file.') from None
        raise
    if tags is None:
        return _csv_result(np.int32(0), n, head, table, count, header, table_header)
    return _csv_result(core.structure(tags, values), n, head, table, count, header,
                       table_header)


def _count_kw(value, name: str) -> int:
    if value is None:
        return 0
    n = _one_int(value, name)
    if n < 0:
        raise CompatValueError(f"{name} must not be negative.")
    return n


def _csv_result(value, n, head, table, count, header, table_header):
    return named_result(ReadCsvResult, value, requested(
        count=(count, np.int32(n)), header=(header, head), table_header=(table_header, table)))


def _column(value, name: str) -> np.ndarray:
    if isinstance(value, (str, bytes)):
        value = value.decode("latin-1") if isinstance(value, bytes) else value
        return np.array([value])
    array = idl_array(value, name, string_ok=True, empty_ok=True)
    return array.reshape(-1)


@idl_routine("WRITE_CSV")
def write_csv(filename, *data, header=None, table_header=None):
    """Write columns to a comma-separated file, as IDL's ``WRITE_CSV`` procedure.

    IDL call forms::

        WRITE_CSV, file, x, y, names             ->  idl.write_csv(file, x, y, names)
        WRITE_CSV, file, struct, HEADER=h        ->  idl.write_csv(file, struct, header=h)
        WRITE_CSV, file, table2d                 ->  idl.write_csv(file, table2d)

    Parameters
    ----------
    filename : str or path
        Written to a temporary file and renamed, so a failed write leaves an existing
        file unchanged.
    *data
        Data1..Data8: 1-D columns (any IDL type, one per output column; the first
        column's length is the number of rows), or one structure (a record of array
        tags, an array of structures, a ``dict``: one column per tag), or one 2-D array
        (readsav layout: numpy rows are the file's rows, IDL's ``[ncol, nrow]``).
    header : list of str, optional
        HEADER: column names, one per column (all ``''`` is ignored).
    table_header : str or list of str, optional
        TABLE_HEADER: lines written before the header (quoted when they hold a comma or
        a quote).

    Notes
    -----
    IDL 8.4's rules (``write_csv.pro``): strings always quoted with inner quotes
    doubled; BYTE written as integers; DOUBLE with ``FORMAT='(g)'`` (17 significant
    digits: ``1.000000000000000``); COMPLEX quoted without blanks (``"(1.00000,
    2.00000)"``); other numbers in their free format, trimmed (FLOAT ``1.50000``).
    Each line is a PRINTF record with ``FORMAT='(n-1(A,","),A)'``, so a table header
    line, one item, gets the format's trailing text after it as the formatting engine
    writes it. Differences from ``numpy.savetxt(delimiter=',')``/``csv.writer``:
    those print repr-style digits and quote only when needed; IDL's text is what IDL
    and READ_CSV expect. GDL 1.0.1's WRITE_CSV ignores HEADER and TABLE_HEADER, writes
    a structure's tag names as a header, removes every blank and writes BYTE as
    characters (recorded in the golden suite).

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), "w.csv")
    >>> idl.write_csv(path, np.float32([1.5, 2]), [3, 4], ['a', 'b'], header=['x', 'n', 's'])
    >>> print(open(path).read(), end="")
    x,n,s
    1.50000,3,"a"
    2.00000,4,"b"
    """
    if not data:
        raise CompatValueError("Incorrect number of arguments.")
    path = file_name(filename, "Filename must be a string.", CompatValueError)
    first = data[0]
    is_struct = isinstance(first, dict) or (isinstance(first, (np.ndarray, np.void)) and
                                            first.dtype.names is not None)
    rows_text = None
    if is_struct:
        columns = [np.ravel(v) for _, v in core.tag_columns(first)]
        if not columns or columns[0].size == 0:
            raise CompatValueError("Data1 must contain data.")
        nrows = columns[0].size
        if any(c.size != nrows for c in columns):
            raise CompatValueError("Data fields must all have the same number of "
                                   "elements.")
        cells = [idl_csv.csv_cells(c) for c in columns]
    else:
        array = _column(first, "Data1") if np.ndim(first) != 2 or \
            isinstance(first, str) else idl_array(first, "Data1",
                                                  string_ok=True, empty_ok=True)
        if array.size == 0:
            raise CompatValueError("Data1 must contain data.")
        if array.ndim == 2:
            nrows = array.shape[0]
            rows_text = idl_csv.csv_cells(array)
            cells = None
            columns = [None] * array.shape[1]
        else:
            columns = [array] + [_column(d, f"Data{k + 2}") for k, d in enumerate(data[1:])]
            nrows = array.size
            if any(c.size != nrows for c in columns):
                raise CompatValueError("Data fields must all have the same number of "
                                       "elements.")
            cells = [idl_csv.csv_cells(c) for c in columns]
    nfields = len(columns)
    names = None
    if header is not None:
        names = np.ravel(np.asarray(header, dtype=object))
        if all(str(n) == "" for n in names):
            names = None
        elif names.size != nfields or not all(isinstance(n, (str, bytes, np.str_))
                                              for n in names):
            raise CompatValueError("HEADER must be a string array of length equal to the "
                                   "number of columns.")
        else:
            names = np.array([n.decode("latin-1") if isinstance(n, bytes) else str(n)
                              for n in names], dtype=str)
    fmt = idl_csv.csv_line_format(nfields)
    out = []
    if table_header is not None:
        for line in np.ravel(np.asarray(table_header, dtype=object)):
            text = line.decode("latin-1") if isinstance(line, bytes) else str(line)
            if "," in text or '"' in text:
                text = '"' + text + '"'
            out.extend(format_records(fmt, [np.array([text])]))
    if names is not None:
        out.extend(format_records(fmt, [names]))
    if rows_text is not None:
        out.extend(",".join(row) for row in rows_text.tolist())
    else:
        table = np.stack(cells, axis=1) if cells else np.empty((0, 0), dtype=str)
        out.extend(",".join(row) for row in table.tolist())
    _write_lines(path, out)


def _umask() -> int:
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def _write_lines(path: str, lines: list[str]) -> None:
    """The lines, each ending in a newline, written to a temporary file and renamed."""
    try:
        data = "".join(line + "\n" for line in lines).encode("latin-1")
    except UnicodeEncodeError:
        raise CompatValueError("the text holds characters outside Latin-1: IDL strings "
                               "are bytes") from None
    folder = os.path.dirname(os.path.abspath(path))
    try:
        handle, temporary = tempfile.mkstemp(dir=folder, suffix=".csv.tmp")
    except OSError as error:
        raise CompatValueError(f"Error opening file. File: {path}\n  "
                               f"{error.strerror or error}") from None
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.chmod(temporary, 0o666 & ~_umask())
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise

