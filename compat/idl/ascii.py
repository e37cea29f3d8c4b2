"""Columns of ASCII data read: the IDL Astronomy Library's ``READCOL``, ``READFMT`` and
``RDFLOAT`` (printing vectors side by side, ``FORPRINT``, is
:mod:`compat.idl.column_printing`)."""

from __future__ import annotations

import gzip
import io
import math
import re
import warnings

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_number_text import (float32_midpoint_suspects, number_from_text,
                                          parse_number)
from compat._core.idl_text_input import read_values
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["readcol", "readfmt", "rdfloat"]

# READCOL's format letters -> numpy types (readcol.pro: A string, B byte, D double,
# F float, I short integer, L longword, LL 64-bit, U unsigned short, UL unsigned long,
# ULL unsigned 64-bit, Z hexadecimal longword, X skip)
_TYPES = {"A": np.dtype("U"), "B": np.dtype(np.uint8), "D": np.dtype(np.float64),
          "F": np.dtype(np.float32), "I": np.dtype(np.int16), "L": np.dtype(np.int32),
          "LL": np.dtype(np.int64), "U": np.dtype(np.uint16), "UL": np.dtype(np.uint32),
          "ULL": np.dtype(np.uint64), "Z": np.dtype(np.int32)}
_F64, _F32 = np.dtype(np.float64), np.dtype(np.float32)


def _file_text(path: str, compressed: bool = False) -> list[str]:
    """The lines of a text file (latin-1), or IDL's "Unable to open file" error."""
    return _file_bytes(path, compressed).decode("latin-1").splitlines()


def _file_bytes(path: str, compressed: bool = False) -> bytes:
    """The bytes of a file, or IDL's "Unable to open file" error."""
    try:
        with (gzip.open if compressed else open)(path, "rb") as stream:
            return stream.read()
    except OSError as error:
        raise CompatValueError(f"Unable to open file: {path} "
                               f"({error.strerror or error})") from None


class ReadcolResult(Result):
    """READCOL's columns (``result``, a tuple) and its COUNT and NLINES output keywords."""

    result: tuple
    count: np.int32
    nlines: np.int32


def _codes(fmt, ncol):
    """The format's codes (with X) and how many columns they read."""
    if fmt is None:
        if ncol is None:
            raise CompatValueError("give FORMAT or the number of columns (ncol=)")
        return ["F"] * int(ncol)
    text = re.sub(r"[\s()]", "", str(fmt).upper())
    codes = []
    for token in text.split(","):
        code = re.match(r"^(ULL|UL|LL|[ABDFILUZX])", token)  # Fortran widths (F5.1) allowed
        if token == "":
            codes.append("F")
        elif code is None:
            raise CompatValueError(f"Illegal format {token} in field {len(codes)}")
        else:
            codes.append(code.group(1))
    wanted = sum(c != "X" for c in codes) if ncol is None else int(ncol)
    while sum(c != "X" for c in codes) < wanted:
        codes.append("F")  # columns without a format are floating point
    kept, out = 0, []
    for code in codes:
        if kept == wanted:
            break
        out.append(code)
        kept += code != "X"
    return out


def _number(text: str, hexadecimal: bool, nan: bool):
    """STRNUMBER's test and value: (valid, value). strnumber.pro converts the field with
    DOUBLE() under ON_IOERROR, so a field is a number when it starts with one (IDL's
    prefix rule, compat._core.idl_number_text: '23.45uyrg' is 23.45, as strnumber.pro's
    NOTES say; signed Infinity, NaN, '1e', '0x10' too), and a blank field is one (0, or
    NaN with /NAN). GDL 1.0.1 running strnumber.pro agrees (suite astrolib)."""
    field = text.strip(" \t")
    if field == "":
        return True, (math.nan if nan else 0)
    if hexadecimal:
        # strnumber.pro /HEX: READS, field, val, FORMAT='(Z)' under ON_IOERROR (compat's
        # READS); readcol.pro then stores the field's text, not this value (_store)
        try:
            return True, int(read_values(field, [np.int32(0)], "(Z)")[0])
        except CompatValueError:
            return False, 0
    value = number_from_text(field, _F64)
    return (False, 0) if value is None else (True, float(value))


def _store(value, dtype: np.dtype):
    """A field's text as IDL converts a string on assignment to an array of ``dtype``
    (readcol.pro stores the field's text, not STRNUMBER's value): integer columns read
    the integer prefix ('0.13' and '1e5' read with I are 0 and 1, '12abc' is 12), text
    with none is 0 with IDL's conversion warning (/QUICK, or '-Infinity' read with L);
    float columns the number rounded once to the column's type."""
    if not isinstance(value, str):
        return value
    return parse_number(value, dtype if dtype.kind in "iu" else dtype)


@idl_routine("READCOL")
def readcol(name, format=None, *, ncol=None, comment=None, delimiter=None,  # noqa: A002
            nan=False, preserve_null=False, skipline=0, numline=None, stringskip=None,
            quick=False, silent=False, debug=False, compress=None, count=False,
            nlines=False):
    """Read columns of a free-format ASCII file, as the IDL Astronomy Library's ``READCOL``.

    IDL call forms::

        READCOL, 'stars.dat', name, ra, dec, FORMAT='A,D,D'
                                     ->  name, ra, dec = readcol('stars.dat', 'A,D,D')
        READCOL, file, a, b, c       ->  a, b, c = readcol(file, ncol=3)   (all FLOAT)
        READCOL, file, F='X,I,I,F', hr, mn, sec, COUNT=n, SKIPLINE=2, COMMENT='#'

    IDL's number of output variables is the number of columns read: Python takes it
    from the FORMAT codes that are not X, or from ``ncol`` (which wins, as the number
    of variables does in IDL: missing codes are F, extra ones ignored).

    Rules (readcol.pro): lines are split on any of the DELIMITER characters (default
    blank or comma; runs of blanks count as one, except with a tab delimiter; empty
    fields are dropped unless /PRESERVE_NULL); a line is skipped -- with a message
    unless /SILENT -- when it has fewer characters than columns, starts with COMMENT or
    STRINGSKIP, has too few fields, or a numeric field that does not start with a
    number (strnumber.pro's test is DOUBLE() of the field: '12abc' is 12, '1e' 1,
    '-Infinity' and '-NaN' are read; an empty field, only with /PRESERVE_NULL, is 0, or
    NaN with /NAN). Codes: A string, B byte, I INT, L LONG, LL LONG64, U UINT, UL ULONG,
    ULL ULONG64, F FLOAT, D DOUBLE, Z LONG (see below), X skip; Fortran widths are
    ignored (``F5.1`` is F). readcol.pro's header calls Z "longword hexadecimal" and its
    test is hexadecimal (strnumber.pro /HEX: READS with FORMAT='(Z)', which reads the
    leading hexadecimal digits: '0.5' is 0 and kept, 'G1' has none and skips the line
    with IDL's "Input conversion error"; GDL 1.0.1's READS only warns on 'G1' and keeps
    that line too, recorded in suite idl/reads), but its code stores the field's text in
    the LONG column, which IDL
    converts as a decimal number: '10' is 10, '1A' 1, '7fffffff' 7, 'FF' and '0x10' 0
    (with IDL's conversion warning), '-5' -5. compat returns what the library returns;
    for hexadecimal values read the text with ``reads(text, np.int32(0),
    format='(Z)')``. An integer column reads the field's integer prefix, as
    LONG() of the text does ('0.13' and '1e5' read with I are 0 and 1); 1e39 read with
    F is Inf, without a message. Every path (compat reads clean F/D tables in one pass)
    follows these rules: GDL 1.0.1 running readcol.pro (suite astrolib).

    Returns
    -------
    tuple of 1-D arrays (one array for one column), or ReadcolResult(result, count,
    nlines) when COUNT/NLINES are requested. With no valid line the columns are empty
    and the library's message is printed (IDL leaves the variables undefined).

    Differences from ``numpy.loadtxt``/``genfromtxt``: loadtxt stops at the first line
    it cannot read; READCOL skips it and goes on, reads each column in its own IDL type,
    truncates numbers read into integer columns, and treats blanks and commas alike.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'table.dat')
    >>> _ = open(path, 'w').write('1 -Infinity\\n2 12abc\\n3 x\\n')
    >>> n, v = idl.readcol(path, 'I,D', comment='#')
    % READCOL: Skipping Line (check_numeric) 3
    % READCOL: 2 valid lines read
    >>> n.tolist(), v.tolist()
    ([1, 2], [-inf, 12.0])
    """
    codes = _codes(format, ncol)
    if format is None and not silent:
        print("% READCOL: Format keyword not supplied - All columns assumed floating point")
    path = str(name)
    data = _file_bytes(path, compress if compress is not None else path.endswith(".gz"))
    if not int(skipline) and numline is None and not (
            delimiter or comment is not None or stringskip is not None or preserve_null):
        fast = _float_bytes(data, codes, None if compress or path.endswith(".gz") else path)
        if fast is not None:
            arrays, good = fast
            if not silent:
                print(f"% READCOL: {good} valid lines read")
            return _readcol_result(arrays, good, good, count, nlines)
    lines = data.decode("latin-1").splitlines()
    total = len(lines)
    lines = lines[int(skipline):]
    if not lines:
        raise CompatValueError(f"ERROR - File {path} contains no data")
    if numline is not None:
        lines = lines[:int(numline)]
    kept = [i for i, c in enumerate(codes) if c != "X"]
    width = len(kept)
    types = [_TYPES[codes[i]] for i in kept]
    fast = _float_table(lines, codes, kept, types, delimiter, comment, stringskip,
                        preserve_null, silent)
    if fast is not None:
        arrays, good = fast
        if not silent:
            print(f"% READCOL: {good} valid lines read")
        return _readcol_result(arrays, good, total, count, nlines)
    columns = [[] for _ in kept]
    separators = delimiter if delimiter else " ,"
    split = re.compile("[" + re.escape(separators) + "]")
    good = 0
    for number, raw in enumerate(lines, int(skipline) + 1):
        if stringskip is not None and raw.startswith(stringskip):
            continue
        if len(raw) < width:
            if not silent:
                print(f"% READCOL: Skipping Line (strlen) {number}")
            continue
        text = raw.lstrip(" ")
        if comment is not None and text[:1] == comment:
            continue
        if separators != "\t":
            text = re.sub(r"\s+", " ", text.strip())
        fields = split.split(text)
        if not preserve_null:
            fields = [f for f in fields if f != ""]
        if len(fields) < len(codes):
            if not silent:
                print(f"% READCOL: Skipping Line (n_elements) {number}")
            continue
        row = []
        for k, index in enumerate(kept):
            field = fields[index]
            if codes[index] == "A":
                row.append(field)
                continue
            valid, value = _number(field, codes[index] == "Z", nan)
            if not valid and not quick:
                if not silent:
                    print(f"% READCOL: Skipping Line (check_numeric) {number}")
                break
            # every numeric column, Z too, stores the field's text (readcol.pro)
            row.append(value if field.strip(" \t") == "" else field)
        else:
            for k, value in enumerate(row):
                columns[k].append(value if types[k].kind == "U" else
                                  _store(value, types[k]))
            good += 1
    if good == 0:
        print("% READCOL: ERROR - No valid lines found for specified format")
    elif not silent:
        print(f"% READCOL: {good} valid lines read")
    arrays = []
    for values, dtype in zip(columns, types):
        if dtype.kind == "U":
            arrays.append(np.array(values, dtype=str) if values else np.array([], dtype=str))
        else:
            with np.errstate(over="ignore", invalid="ignore"):
                arrays.append(_typed(values, dtype))
    return _readcol_result(arrays, good, total, count, nlines)


def _readcol_result(arrays, good, total, count, nlines):
    result = tuple(arrays) if len(arrays) > 1 else arrays[0]
    if count or nlines:
        fields = {"result": result}
        if count:
            fields["count"] = np.int32(good)
        if nlines:
            fields["nlines"] = np.int32(total)
        return ReadcolResult(**fields)
    return result


_BLANK_LINE = re.compile(r"\n\s*\n")
_NOT_NUMERIC = re.compile(r"[^0-9eEdD.+\-\sNnAaIiFfTtYy]")
#: the Latin-1 characters _NOT_NUMERIC lets through (its \s is str.isspace)
_NUMERIC_BYTES = bytes(sorted(set(b"0123456789eEdD.+-NnAaIiFfTtYy") |
                              {c for c in range(256) if chr(c).isspace()}))


#: the bytes _float_bytes accepts: _NUMERIC_BYTES and the comma, less the white space
#: that str.splitlines takes for a line end (\r, \v, \f, \x1c-\x1e, \x85)
_TABLE_BYTES = bytes(sorted((set(_NUMERIC_BYTES) | {ord(",")}) -
                            set(b"\r\x0b\x0c\x1c\x1d\x1e\x85")))


def _float_bytes(data, codes, path=None):
    """:func:`_float_table` on all the lines of the file ``data`` (no SKIPLINE, NUMLINE
    or option that needs the line reader), without making the list of lines: the arrays
    and the number of lines, or None (then the line reader decides).

    With no character but _TABLE_BYTES, the file's str.splitlines lines are its pieces
    between b"\\n" (less a final empty one), the "\\n"-joined lines are ``data`` less one
    final b"\\n", and numpy.loadtxt reads one row per line unless a line is blank or white
    space only (no row, or an error) or has fewer than len(codes) fields (an error), the
    cases _float_table's own checks send to the line reader; the row count check catches
    the first. numpy reads the file by its ``path`` (the bytes ``data``, uncompressed)
    when no comma or d exponent needs replacing: then its C reader takes the file in
    chunks instead of line by line. Tested against the line reader in
    tests/test_idl_readcol_bytes.py."""
    if any(c not in "FDX" for c in codes) or not data or \
            data.translate(None, _TABLE_BYTES):
        return None
    final = data.endswith(b"\n")
    body = lambda: data[:-1] if final else data  # noqa: E731 - no copy unless needed
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error")
            source = path if path is not None and not (
                b"," in data or b"d" in data or b"D" in data) else io.BytesIO(
                    body().replace(b",", b" ").replace(b"d", b"e").replace(b"D", b"e"))
            table = np.loadtxt(source, dtype=np.float64, comments=None, ndmin=2,
                               usecols=range(len(codes)), encoding="latin-1")
    except (ValueError, IndexError, Warning):
        return None
    # the line ends counted by numpy: a third of bytes.count's time on 19 MB
    count = int(np.count_nonzero(np.frombuffer(data, dtype=np.uint8) == 10)) + (not final)
    if table.shape[0] != count:
        return None
    kept = [i for i, c in enumerate(codes) if c != "X"]
    # the lines only for a FLOAT midpoint's text (rare): not split up front
    lines = lambda: body().decode("latin-1").split("\n")  # noqa: E731
    return [_column(table, index, _TYPES[codes[index]], lines) for index in kept], count


def _float_table(lines, codes, kept, types, delimiter, comment, stringskip,
                 preserve_null, silent):
    """F and D columns of a clean table parsed by numpy in one pass, or None when a line
    would be skipped (with its message), a code is not F/D/X, or an option needs the
    line-by-line reader. The values are those of the line reader, bit for bit (tested)."""
    if any(c not in "FDX" for c in codes) or delimiter or comment is not None or \
            stringskip is not None or preserve_null or not lines:
        return None
    if min(map(len, lines)) < len(kept):
        return None
    text = "\n".join(lines)
    if _BLANK_LINE.search("\n" + text + "\n"):      # a line of white space only
        return None
    text = text.replace(",", " ")
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        if _NOT_NUMERIC.search(text):
            return None
        source = text.replace("d", "e").replace("D", "e").splitlines()
    else:
        if data.translate(None, _NUMERIC_BYTES):       # _NOT_NUMERIC, at C speed
            return None
        source = io.BytesIO(data.replace(b"d", b"e").replace(b"D", b"e"))
    try:
        table = np.loadtxt(source, dtype=np.float64, comments=None, ndmin=2,
                           usecols=range(len(codes)), encoding="latin-1")
    except (ValueError, IndexError):
        return None
    if table.shape[0] != len(lines):
        return None
    arrays = [_column(table, index, dtype, lines) for index, dtype in zip(kept, types)]
    return arrays, len(lines)


def _column(table, index, dtype, lines):
    """Column ``index`` of the DOUBLE ``table`` in ``dtype``. FLOAT is the decimal text
    rounded once to FLOAT, as IDL converts a string (GDL: '1.00000005960464478' is
    1.0000001): rounding it to DOUBLE first differs only where that DOUBLE is a FLOAT
    midpoint (any other DOUBLE lies on the text's side of every midpoint), so those few
    are read again from their text (field ``index`` of line ``lines[row]``). 1e39 read as
    F is Inf, silently (GDL running the library prints nothing). ``lines`` may be a
    function returning them, called only when a midpoint needs its text. The midpoint
    test runs on the few suspects of
    :func:`compat._core.idl_number_text.float32_midpoint_suspects` only."""
    with np.errstate(over="ignore"):
        single = table[:, index].astype(dtype)
    if dtype != np.float32:
        return single
    rows = float32_midpoint_suspects(table[:, index], single)
    if not rows.size:
        return single
    column, near = table[rows, index], single[rows]
    finite = np.isfinite(column)
    back = np.where(np.isinf(near) & finite, np.copysign(2.0 ** 128, column),
                    near.astype(np.float64))
    toward = np.nextafter(near, np.where(column > back, np.inf, -np.inf).astype(np.float32))
    with np.errstate(over="ignore", invalid="ignore"):
        middle = finite & (column != back) & (column * 2 == back + toward.astype(np.float64))
    rows = rows[middle]
    if rows.size and callable(lines):
        lines = lines()
    column = table[:, index]
    for row in rows:
        token = lines[row].replace(",", " ").split()[index]
        value = number_from_text(token.replace("d", "e").replace("D", "e"), _F32)
        if value is not None and float(number_from_text(token, _F64)) == column[row]:
            single[row] = value
    return single


def _typed(values, dtype):
    if dtype.kind == "f":
        return np.array(values, dtype=np.float64).astype(dtype)
    out = np.empty(len(values), dtype=dtype)
    for k, value in enumerate(values):
        if isinstance(value, float) and math.isnan(value):
            out[k] = 0
        else:
            out[k] = np.array(int(value)).astype(dtype)  # IDL's wrap on conversion
    return out


# ----------------------------------------------------------------------------- READFMT
#: READFMT's format letters -> IDL types (readfmt.pro); I is BYTE, INT or LONG by width
_FMT_TYPES = {"A": np.dtype("U"), "D": np.dtype(np.float64), "E": np.dtype(np.float32),
              "F": np.dtype(np.float32), "G": np.dtype(np.float32),
              "O": np.dtype(np.int32), "Z": np.dtype(np.int32)}


def _readfmt_types(fmt: str, ncol: int | None) -> tuple[str, list[np.dtype]]:
    """readfmt.pro's reading of FMT: the READF format and the type of each variable."""
    text = str(fmt).upper().strip().replace("$", "")
    if text.startswith("("):
        text = text[1:]
    if text.endswith(")"):
        text = text[:-1]
    read_format = "(" + text + ")"
    types: list[np.dtype] = []
    rest = text
    while rest != "" and (ncol is None or len(types) < ncol):
        token, _, rest = rest.lstrip(" ").partition(",")
        code, count = token[:1], 1
        if code.isdigit():
            count, code = int(code), token[1:2]
            if code.isdigit():
                count, code = 10 * count + int(code), token[2:3]
            if code == "(":
                raise CompatValueError("Parenthesis within format string not allowed")
        if code in ("H", "X"):
            continue
        if code == "A":
            # readfmt.pro tests the text after the token's first character, so a
            # repeated string code (2A5) is refused as the Library refuses it
            if not re.fullmatch(r"\s*[+-]?\d+\s*", token[1:]):
                raise CompatValueError("String format must include a field length")
            dtype = _FMT_TYPES["A"]
        elif code == "I":
            width = re.match(r"\s*(\d*)", token[token.index("I") + 1:]).group(1)
            width = int(width) if width else 0
            dtype = np.dtype(np.uint8 if width == 1 else np.int16 if width < 5
                             else np.int32)
        elif code in _FMT_TYPES:
            dtype = _FMT_TYPES[code]
        else:
            raise CompatValueError(f"ERROR - Illegal format {token} in field {len(types)}")
        types += [dtype] * count
    if ncol is not None:
        if len(types) < ncol:
            raise CompatValueError(f"ERROR - {ncol} output vectors supplied but only "
                                   f"{len(types)} FORMAT fields specified")
        types = types[:ncol]
    return read_format, types


def _line_count(total: int, skipline, numline) -> int:
    skip = int(skipline or 0)
    return min(int(numline), total) if numline else total - skip


@idl_routine("READFMT")
def readfmt(name, fmt, *, ncol=None, silent=False, debug=False, skipline=0, numline=None):
    """Read the columns of a fixed-format ASCII file, as the IDL Astronomy Library's
    ``READFMT``.

    IDL call form::

        READFMT, name, fmt, v1, v2, ... [, /SILENT, /DEBUG, SKIPLINE=, NUMLINE=]
        ->  v1, v2, ... = idl.readfmt(name, fmt)

    Parameters
    ----------
    name : str
        The file.
    fmt : str
        A FORTRAN-style read format without internal parentheses, every field with its
        width: ``'A5,2I3,F5.1,2X,3I3'``. Repeat counts below 100.
    ncol : int, optional
        How many variables IDL's call passes (its output arguments); by default one for
        each data field of ``fmt``.
    silent : bool
        /SILENT: no "Error reading line" and "valid lines read" messages.
    debug : bool
        /DEBUG: accepted (the Library prints nothing more with it today).
    skipline : int
        SKIPLINE: lines skipped at the top.
    numline : int, optional
        NUMLINE: at most this many lines are read. As in readfmt.pro the count is not
        reduced by SKIPLINE, so lines past the end are reported as errors.

    Returns
    -------
    numpy.ndarray or tuple of numpy.ndarray
        One vector per variable, of the format's types: ``A`` STRING, ``I1`` BYTE, ``I2``
        to ``I4`` INT, wider ``I`` and ``O``/``Z`` LONG, ``E``/``F``/``G`` FLOAT, ``D``
        DOUBLE; one element per line that the format reads without an error (comments
        and other lines that do not fit are skipped with the Library's "Error reading
        line N" message).

    Raises
    ------
    ValueError
        The Library's errors: "String format must include a field length" (also for a
        repeated ``2A5``, which readfmt.pro refuses), "ERROR - Illegal format",
        "Parenthesis within format string not allowed", "ERROR - n output vectors
        supplied but only k FORMAT fields specified", "ERROR - File ... contains no valid
        data", "ERROR - No valid lines found with specified format".

    Notes
    -----
    Each line is one READF with the format (compat's formatted-input engine, the one
    behind :func:`compat.idl.readf`). ``numpy.genfromtxt(delimiter=widths)`` splits fixed
    columns but neither types them as READFMT does nor skips lines that do not convert.
    Source: readfmt.pro (IDL Astronomy Library); goldens run it in GDL 1.0.1
    (reference_outputs/idl/astro_readers).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'position.dat')
    >>> _ = open(path, 'w').write('star1 12 30  4.5\\n# note\\nstar2  1  2 10.0\\n')
    >>> name, hr, mn, sec = idl.readfmt(path, 'A5,2I3,F5.1', silent=True)
    >>> name.tolist(), hr.dtype, sec.tolist()
    (['star1', 'star2'], dtype('int16'), [4.5, 10.0])
    """
    read_format, types = _readfmt_types(fmt, None if ncol is None else int(ncol))
    path = str(name)
    lines = _file_text(path)
    count = _line_count(len(lines), skipline, numline)
    if count <= 0:
        raise CompatValueError(f"ERROR - File {path} contains no valid data")
    records = lines[int(skipline or 0):]
    templates = [np.zeros((), t) if t.kind != "U" else "" for t in types]
    span = read_format.count("/") + 1       # the records one READF of the format can use
    rows, position = [], 0
    for j in range(count):
        try:
            values, used = read_values(records[position:position + span], templates,
                                       read_format, records_used=True)
        except CompatValueError:
            position += 1
            if not silent:
                print(f"% READFMT: Error reading line {int(skipline or 0) + j + 1}")
            continue
        rows.append(values)
        position += used
    if not rows:
        raise CompatValueError("ERROR - No valid lines found with specified format")
    if not silent:
        print(f"% READFMT: {len(rows)} valid lines read")
    columns = tuple(np.array([row[i] for row in rows], dtype=str if t.kind == "U" else t)
                    for i, t in enumerate(types))
    return columns[0] if len(columns) == 1 else columns


# ----------------------------------------------------------------------------- RDFLOAT
@idl_routine("RDFLOAT")
def rdfloat(name, ncol=None, *, columns=None, skipline=0, numline=None, double=False,
            silent=False):
    """Read a numeric ASCII table into FLOAT (or DOUBLE) vectors, as the IDL Astronomy
    Library's ``RDFLOAT``.

    IDL call form::

        RDFLOAT, name, v1, v2, ... [, COLUMNS=, /DOUBLE, SKIPLINE=, NUMLINE=, /SILENT]
        ->  v1, v2, ... = idl.rdfloat(name, 3)

    Parameters
    ----------
    name : str
        The file.
    ncol : int, optional
        How many vectors IDL's call asks for (its output arguments); by default every
        column of the file. At most the file's number of columns are returned.
    columns : int or sequence of int, optional
        COLUMNS: 1-based columns read into the vectors in turn; when it lists fewer than
        the vectors, the following columns are implied (``COLUMNS=3`` with three
        vectors reads 3, 4, 5).
    skipline, numline : int, optional
        SKIPLINE lines skipped at the top; NUMLINE lines at most read.
    double : bool
        /DOUBLE: DOUBLE vectors instead of FLOAT.
    silent : bool
        /SILENT: no "lines of data read" message.

    Returns
    -------
    numpy.ndarray or tuple of numpy.ndarray
        One vector per column, one element per line.

    Raises
    ------
    ValueError
        When the file has fewer numbers than its first line's columns times its lines,
        or a field is not a number: IDL's READF error (RDFLOAT catches it, prints it and
        returns with its outputs undefined); "ERROR - File ... contains no data".

    Notes
    -----
    As the Library does, the first line read gives the number of columns, and the
    numbers are then read in free format across lines (a line with an extra number
    shifts the rest); a trailing blank line counts as a line, so it raises too.
    ``numpy.loadtxt`` reads the same table into float64, line by line. Source:
    rdfloat.pro (IDL Astronomy Library); goldens run it in GDL 1.0.1.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'table.dat')
    >>> _ = open(path, 'w').write('1 2.5 3\\n4 5.5 6\\n')
    >>> a, b = idl.rdfloat(path, 2, columns=2, silent=True)
    >>> a.tolist(), b.tolist(), a.dtype
    ([2.5, 5.5], [3.0, 6.0], dtype('float32'))
    """
    path = str(name)
    lines = _file_text(path)
    if not lines:
        raise CompatValueError(f"ERROR - File {path} contains no data")
    skip = int(skipline or 0)
    count = len(lines) - skip
    if numline:
        count = min(int(numline), count)
    first = lines[skip] if skip < len(lines) else ""
    width = len(first.replace("\t", " ").split())
    if width == 0 or count <= 0:
        raise CompatValueError(f"Array dimensions must be greater than 0: the first line "
                               f"read from {path} has no columns")
    table = read_values(lines[skip:], [np.zeros((count, width),
                                                np.float64 if double else np.float32)])[0]
    if not silent:
        print(f"% RDFLOAT: {count} lines of data read")
    wanted = width if ncol is None else min(int(ncol), width)
    chosen = list(range(wanted)) if columns is None else \
        [int(c) - 1 for c in np.asarray(columns).reshape(-1)]
    while len(chosen) < wanted:
        chosen.append(chosen[-1] + 1)
    vectors = tuple(table[:, c].copy() for c in chosen[:wanted])
    return vectors[0] if len(vectors) == 1 else vectors
