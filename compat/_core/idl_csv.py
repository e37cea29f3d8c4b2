"""CSV files the IDL way: the rules of IDL's ``READ_CSV`` and ``WRITE_CSV`` (library
routines written in IDL: ``lib/read_csv.pro``, ``lib/write_csv.pro``), the core of the
CSV half of :mod:`compat.idl.tables`; READ_ASCII's rules, which READ_CSV builds on, are
in :mod:`compat._core.idl_text_tables`.

READ_CSV (``read_csv.pro``, IDL 8.5): READ_ASCII's /CSV reading of every field as text
(quoted fields with commas and doubled quotes, ``RA_SPLIT_CSV``), then columns that are
empty everywhere and empty rows at the start and end dropped, then each column typed from
its first and last 100 values *after the first row*: LONG when every one is an integer
that fits, LONG64 when one does not fit LONG, DOUBLE when one has ``.``/``E``/``D``, else
STRING (empty values and NaN are not looked at). The first row is a header (HEADER) when
one of its values does not convert to its column's type. MISSING_VALUE (when nonzero)
replaces empty values of numeric columns; a column whose conversion fails stays STRING.

WRITE_CSV (``write_csv.pro``, IDL 8.4): strings always quoted (a quote doubled),
BYTE as integers, DOUBLE with ``FORMAT='(g)' (a lower-case exponent)``, COMPLEX quoted with the blanks removed,
other numbers in their free format, all trimmed; one line per row through PRINTF with
``FORMAT='(n-1(A,","),A)'``.
"""

from __future__ import annotations

import re
from itertools import repeat

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_format import format_records
from compat._core.idl_number_text import free_text, number_from_text, text_codes
from compat._core.idl_numeric import to_idl_type
from compat._core.idl_text_input import _fields_as
from compat._core.idl_text_tables import (TYPE_CODES, AsciiTemplate, _positions, _strip,
                                         field_names, read_records)

__all__ = ["CSV_TYPES", "csv_field_count", "csv_table", "csv_cells", "double_g_texts",
           "csv_line_format"]


# ----------------------------------------------------------------------------- CSV
_CSV_NUMBER = re.compile(r"^[+-]?[0-9]*[.]?[0-9]*[DE]?[+-]?[0-9]*$")
_DECIMAL = re.compile(r"[.DdEe]")
CSV_TYPES = {"BYTE": 1, "INT": 2, "LONG": 3, "FLOAT": 4, "DOUBLE": 5, "UINT": 12,
             "ULONG": 13, "LONG64": 14, "ULONG64": 15, "STRING": 7, "DATE": 7,
             "TIME": 7, "DATETIME": 7, "": 0}


def csv_field_count(line: str) -> int:
    """READ_CSV's count of the fields of its first line: the commas outside quotes."""
    line = "".join(t for t in line.split('""') if t)
    line = re.sub(r'"[^"]*"', "", line)
    return len(_positions(line, ","))


def _converts(text: str, code: int) -> bool:
    """FIX(text, TYPE=code) succeeds (an empty text converts to 0)."""
    if code in (1, 7) or text == "":
        return True
    return number_from_text(text, TYPE_CODES[code]) is not None


def _column_type(values: list[str]) -> int:
    """READ_CSV_CONVERTDATA's type of a column from its first and last 100 values after
    the first: 3 LONG, 14 LONG64, 5 DOUBLE or 0 (stays STRING)."""
    count = len(values)
    first = values[1:min(100, count - 1) + 1]
    last = values[max(count - 100, 1):]
    sample = [v.upper() for v in first + last if v != ""]
    sample = [v for v in sample if v not in ("NAN", "-NAN")]
    if not sample or not all(_CSV_NUMBER.match(v) for v in sample):
        return 0
    doubles = [number_from_text(v, np.dtype(np.float64)) for v in sample]
    if any(d is None for d in doubles):
        return 0
    if any(_DECIMAL.search(v) for v in sample):
        return 5
    long64 = [number_from_text(v, np.dtype(np.int64)) for v in sample]
    if any(v is None for v in long64) or \
            any(float(a) != float(b) for a, b in zip(long64, doubles)):
        return 5
    long32 = [number_from_text(v, np.dtype(np.int32)) for v in sample]
    return 3 if all(int(a) == int(b) for a, b in zip(long32, long64)) else 14


def _typed_column(texts: list[str], code: int, missing):
    """``FIX(texts, TYPE=code)``, or None when a text does not convert (IDL's conversion
    error: READ_CSV then keeps the column as text); MISSING replaces empty texts."""
    if code == 7:
        return np.array(texts, dtype=str)
    dtype = TYPE_CODES[code]
    if code == 1:
        return text_codes(np.array(texts, dtype=str))
    nonempty = [t for t in texts if t != ""]
    fast = _fields_as(texts, dtype) if nonempty and len(nonempty) == len(texts) else None
    if fast is not None and len(fast) == len(texts):
        return np.asarray(fast, dtype=dtype)
    out = np.zeros(len(texts), dtype=dtype)
    for i, t in enumerate(texts):
        if t == "":
            continue
        value = number_from_text(t, dtype)
        if value is None:
            return None
        out[i] = value
    if missing is not None:
        empty = np.array([t == "" for t in texts])
        if empty.any():
            out[empty] = to_idl_type(np.asarray(missing).reshape(1), dtype)[0]
    return out


def csv_table(lines: list[str], *, n_table_header: int = 0, record_start: int = 0,
              num_records=None, types=None, missing=None):
    """READ_CSV's parts ``(tags, values, count, header, table_header)``; ``tags`` is
    None when the file holds no record (READ_CSV returns 0) and raises for a file with
    no CSV data."""
    start = int(n_table_header or 0)
    table_header = np.array([_unquote_ends(t) for t in lines[:start]], dtype=str) \
        if start > 0 else ""
    first = next((line for line in lines[start:] if _strip(line) != ""), None)
    if first is None:
        return None, [], 0, "", table_header
    count_fields = csv_field_count(first)
    template = AsciiTemplate(data_start=start, delimiter=44, missing_value=np.int32(0),
                             field_count=[count_fields],
                             field_types=[7] * count_fields,
                             field_names=field_names(count_fields),
                             field_locations=[0] * count_fields,
                             field_groups=list(range(count_fields)))
    wanted = 0 if num_records is None else int(num_records) + 1
    _, columns = read_records(lines, template, record_start=int(record_start or 0),
                              num_records=wanted, csv=True)
    count = len(columns[0]) if columns else 0
    if count == 0:
        raise CompatValueError("is not a valid CSV file.")
    zero = str(free_text(np.zeros(1, np.int32))[0])
    columns = [list(map(str.strip, c, repeat(" \t"))) if None not in c else
               [_strip(t) if t is not None else _strip(zero) for t in c] for c in columns]
    types_in = [] if types is None else [str(t).upper() for t in np.ravel(types)]
    keep_all = bool(types_in) and len(types_in) == count_fields
    first_row, last_row, used = count - 1, 0, []
    for column in columns:
        filled = [i for i, t in enumerate(column) if t != ""] if "" in column else \
            [0, len(column) - 1] if column else []
        if filled:
            first_row, last_row = min(first_row, filled[0]), max(last_row, filled[-1])
        used.append(bool(filled))
    kept = [c for c, u in zip(columns, used) if u or keep_all]
    if not kept:
        return None, [], 0, "", table_header
    count = last_row - first_row + 1
    if count <= 0:
        return None, [], 0, "", table_header
    kept = [c[first_row:last_row + 1] for c in kept]
    header = ""
    if count > 1:
        kept, count, header = _convert_csv(kept, count, types_in, num_records, missing)
    else:   # one row: READ_CSV converts nothing, every column stays STRING
        kept = [np.array(c, dtype=str) for c in kept]
    tags = [t.upper() for t in field_names(len(kept))]
    return tags, kept, count, header, table_header


def _convert_csv(columns, count, types_in, num_records, missing):
    codes = [0] * len(columns)
    for k, name in enumerate(types_in[:len(columns)]):
        if name not in CSV_TYPES:
            raise CompatValueError(f'Unknown type string: "{name}"')
        codes[k] = CSV_TYPES[name]
    for k, column in enumerate(columns):
        if codes[k] == 0:
            codes[k] = _column_type(column)
    header_row = any(code and not _converts(column[0], code)
                     for code, column in zip(codes, columns))
    header = ""
    if header_row:
        count -= 1
        header = np.array([c[0] for c in columns], dtype=str)
        columns = [c[1:1 + count] for c in columns]
    elif num_records is not None:
        count -= 1
        columns = [c[:count] for c in columns]
    use_missing = missing if missing is not None and np.size(missing) == 1 and \
        np.ravel(np.asarray(missing))[0] != 0 else None
    out = []
    for code, column in zip(codes, columns):
        typed = _typed_column(column, code, use_missing) if code else None
        out.append(typed if typed is not None else np.array(column, dtype=str))
    return out, count, header


def _unquote_ends(text: str) -> str:
    """READ_CSV's table header line without one quote at each end."""
    begin = 1 if text.startswith('"') else 0
    end = len(text) - 1 if text.endswith('"') and len(text) > begin else len(text)
    return text[begin:end]


# ------------------------------------------------------------------------- writing
def csv_cells(values: np.ndarray) -> np.ndarray:
    """WRITE_CSV_CONVERT (IDL 8.4): the text of each element of one column."""
    a = np.asarray(values)
    kind = a.dtype.kind
    if kind == "U":
        flat = a.reshape(-1).tolist()
        return np.array(['"' + s.replace('"', '""') + '"' for s in flat],
                        dtype=str).reshape(a.shape) if flat else a.astype(str)
    if kind == "c":
        texts = free_text(a)
        return np.char.add(np.char.add('"', np.char.replace(
            np.char.replace(texts, " ", ""), "\t", "")), '"')
    if a.dtype == np.uint8:
        a = a.astype(np.int16)                       # FIX of BYTE
    if a.dtype == np.float64:
        return double_g_texts(a)
    return np.char.strip(free_text(a))


def double_g_texts(a: np.ndarray) -> np.ndarray:
    """``STRTRIM(STRING(a, FORMAT='(g)'), 1)`` of DOUBLE values: finite values through C's
    ``%#.16g`` at once (the engine's G without width for DOUBLE: 16 significant digits,
    trailing zeros kept, a lower-case exponent; tested equal on random data), NaN and
    Infinity through the formatting engine."""
    flat = np.asarray(a, dtype=np.float64).reshape(-1)
    finite = np.isfinite(flat)
    texts = np.char.mod("%#.16g", np.where(finite, flat, 0.0))
    if not finite.all():
        texts = texts.astype(object)
        texts[~finite] = np.char.lstrip(np.asarray(
            format_records("(g)", [flat[~finite]]), dtype=str))
        texts = texts.astype(str)
    return texts.reshape(np.shape(a))


def csv_line_format(nfields: int) -> str:
    """WRITE_CSV's record format."""
    return f"({nfields - 1}(A,\",\"),A)" if nfields >= 2 else "(A)"
