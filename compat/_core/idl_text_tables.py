"""Text tables the IDL way: the rules of IDL's ``READ_ASCII``, ``READ_CSV`` and
``WRITE_CSV`` (library routines written in IDL: ``lib/read_ascii.pro``,
``lib/read_csv.pro``, ``lib/write_csv.pro``), the core of :mod:`compat.idl.tables`.

Facts used, from the IDL 8 library sources and the IDL Reference Guide pages of the same
names (the sources are cited because the Reference Guide leaves these rules out):

READ_ASCII (``read_ascii.pro``, IDL 8.x with the CSV keyword):

* a *template* (what ``ASCII_TEMPLATE`` returns): VERSION 1.0 (FLOAT), DATASTART (LONG),
  DELIMITER (BYTE: 32 = runs of blanks and tabs, 0 = fixed columns at FIELDLOCATIONS,
  anything else that one character), MISSINGVALUE (FLOAT NaN by default),
  COMMENTSYMBOL (STRING), FIELDCOUNT (LONG, or one per line of a multi-line record),
  FIELDTYPES (IDL type codes, 0 = skip the field), FIELDNAMES, FIELDLOCATIONS,
  FIELDGROUPS (fields of one group become one 2-D tag). The keywords DATA_START,
  DELIMITER, MISSING_VALUE and COMMENT_SYMBOL override the template's values.
* without a template: blank/tab separated, every field FLOAT in one group, so the
  result has one tag, ``FIELD1`` (``FIELD01`` from 10 fields on: the names are
  ``'field'`` plus the field number zero-padded to the digits of the field count); the
  number of fields is that of the first record; missing value NaN; no comments.
* the first DATASTART lines are the header (HEADER; ``''`` when there is none); then a
  record is a non-blank line; with a comment symbol a line that *starts* with it is
  skipped and the text from the symbol on is dropped elsewhere (a line whose comment
  starts after a blank still makes a record, of missing values); RECORD_START records
  are skipped, NUM_RECORDS are read (0 = all).
* a field is converted as IDL assignment converts text (the leading number of the
  text); an empty field, a field whose text holds no number, and the fields a record
  lacks get the missing value (converted to the field's type; a string field gets
  ``STRING(missing)``: ``'          NaN'``); extra fields are ignored. Delimited fields
  keep empty fields (``STRTOK(/PRESERVE_NULL)``) and are trimmed.
* a group's fields are joined in field order into one [ngroup, nrecords] array (numpy
  ``(nrecords, ngroup)``) of the promoted type; tags follow the first field of each
  group, named by it. No record gives the INT 0 with COUNT 0.

READ_CSV and WRITE_CSV's rules are in :mod:`compat._core.idl_csv`.
"""

from __future__ import annotations

import io
import os
import re
import warnings
from dataclasses import dataclass, field
from itertools import repeat

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_number_text import free_text, number_from_text
from compat._core.idl_numeric import to_idl_type
from compat._core.idl_text_input import _fields_as, _round_single
from compat._core.idl_struct import IDL_RESERVED, valid_name
from compat._core.idl_types import idl_literal, promote

__all__ = ["TYPE_CODES", "AsciiTemplate", "template_from", "default_template",
           "text_lines", "read_records", "read_table", "split_csv", "structure",
           "tag_columns", "IDL_RESERVED"]

#: IDL type code -> numpy dtype (0 = skip the field)
TYPE_CODES = {1: np.dtype(np.uint8), 2: np.dtype(np.int16), 3: np.dtype(np.int32),
              4: np.dtype(np.float32), 5: np.dtype(np.float64),
              6: np.dtype(np.complex64), 7: np.dtype("U"), 9: np.dtype(np.complex128),
              12: np.dtype(np.uint16), 13: np.dtype(np.uint32), 14: np.dtype(np.int64),
              15: np.dtype(np.uint64)}



# --------------------------------------------------------------------------- reading
def text_lines(path, routine_error=None) -> list[str]:
    """The lines of a text file as IDL's READF gives them (Latin-1, a CR before the LF
    dropped, a last line without LF kept), after a UTF-8/UTF-16 byte-order mark (which
    READ_ASCII skips)."""
    with open(os.fspath(path), "rb") as stream:
        data = stream.read()
    if data[:3] == b"\xef\xbb\xbf":
        data = data[3:]
    elif data[:2] in (b"\xfe\xff", b"\xff\xfe"):
        data = data[2:]
    text = data.decode("latin-1")
    if not text:
        return []
    lines = text.split("\n")
    if lines[-1] == "":
        lines.pop()
    if "\r" in text:
        lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    return lines


def _strip(text: str) -> str:
    """STRTRIM(text, 2): blanks and tabs off both ends."""
    return text.strip(" \t")


@dataclass
class AsciiTemplate:
    """A READ_ASCII template (the structure ASCII_TEMPLATE returns), Python-shaped."""

    data_start: int = 0
    delimiter: int = 32                         # the byte: 32 blanks, 0 fixed columns
    missing_value: object = np.float32(np.nan)
    comment_symbol: str = ""
    field_count: list = field(default_factory=list)   # fields on each line of a record
    field_types: list = field(default_factory=list)
    field_names: list = field(default_factory=list)
    field_locations: list = field(default_factory=list)
    field_groups: list = field(default_factory=list)
    version: float = 1.0


_TEMPLATE_TAGS = ("VERSION", "DATASTART", "DELIMITER", "MISSINGVALUE", "COMMENTSYMBOL",
                  "FIELDCOUNT", "FIELDTYPES", "FIELDNAMES", "FIELDLOCATIONS",
                  "FIELDGROUPS")


def _tags_of(value) -> dict:
    """A structure (dict, structured scalar or record array of one element, readsav's
    layout too) as {TAG: value}."""
    if isinstance(value, dict):
        return {str(k).upper(): v for k, v in value.items()}
    if isinstance(value, (np.ndarray, np.void)) and value.dtype.names is not None:
        record = value.reshape(-1) if isinstance(value, np.ndarray) else [value]
        if len(record) != 1:
            raise CompatValueError("Template is not a structure.")
        first = record[0]
        return {name.upper(): first[name] for name in value.dtype.names}
    raise CompatValueError("Template is not a structure.")


def _text(value) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if isinstance(value, np.ndarray):
        value = value.reshape(-1)[0] if value.size else ""
        return _text(value)
    return str(value)


def delimiter_byte(value) -> int:
    """BYTE(delimiter): a one-character string or a byte value; '' is 0 (fixed columns).
    Raises IDL's "DELIMITER must be one character." otherwise."""
    if isinstance(value, (str, bytes, np.str_, np.bytes_)):
        text = value.decode("latin-1") if isinstance(value, (bytes, np.bytes_)) else str(value)
        if len(text) > 1:
            raise CompatValueError("DELIMITER must be one character.")
        return ord(text) if text else 0
    codes = np.ravel(np.asarray(value))
    if codes.size != 1:
        raise CompatValueError("DELIMITER must be one character.")
    if codes.dtype.kind in "US":
        return delimiter_byte(codes[0])
    return int(codes[0]) & 0xFF


def _names(value) -> list[str]:
    return [_text(v) for v in np.ravel(np.asarray(value, dtype=object))]


def template_from(value) -> AsciiTemplate:
    """A template structure as :class:`AsciiTemplate`, checked as READ_ASCII checks it
    (RA_VALID_TEMPLATE): every tag present, VERSION 1.0, valid field names."""
    tags = _tags_of(value)
    if "VERSION" not in tags:
        raise CompatValueError("Version field missing from template.")
    if float(np.ravel(tags["VERSION"])[0]) != 1.0:
        raise CompatValueError("The only recognized template version is 1.0 (float).")
    for tag in _TEMPLATE_TAGS[1:]:
        if tag not in tags:
            raise CompatValueError(f"{tag} field missing from template.")
    missing = tags["MISSINGVALUE"]
    if isinstance(missing, bytes):
        missing = missing.decode("latin-1")
    missing = idl_literal(missing)          # a Python number is an IDL literal
    missing = missing.reshape(-1)[0] if missing.ndim else missing[()]
    template = AsciiTemplate(
        data_start=int(np.ravel(tags["DATASTART"])[0]),
        delimiter=delimiter_byte(tags["DELIMITER"]),
        missing_value=missing,
        comment_symbol=_text(tags["COMMENTSYMBOL"]),
        field_count=[int(v) for v in np.ravel(tags["FIELDCOUNT"])],
        field_types=[int(v) for v in np.ravel(tags["FIELDTYPES"])],
        field_names=_names(tags["FIELDNAMES"]),
        field_locations=[int(v) for v in np.ravel(tags["FIELDLOCATIONS"])],
        field_groups=[int(v) for v in np.ravel(tags["FIELDGROUPS"])])
    for name in template.field_names:
        if valid_tag(name) is None:
            raise CompatValueError(f"Illegal field name: {name}")
    return template


def valid_tag(name: str) -> str | None:
    """IDL_VALIDNAME(name, /CONVERT_SPACES) of the trimmed name in upper case (a tag name
    does not start with ``!``), or None when invalid."""
    text = valid_name(name.strip(), convert_spaces=True)
    return text.upper() if text and text[0] != "!" else None


def field_names(n: int) -> list[str]:
    """'field1' ... or 'field01' ...: the number zero-padded to the digits of ``n``."""
    digits = len(str(n))
    return [f"field{k:0{digits}d}" for k in range(1, n + 1)]


# ------------------------------------------------------------------------- records
def _kept_lines(lines: list[str], start: int, comment: str, first_only: bool = False):
    """RA_GET_NEXT_RECORD's lines from line ``start`` on: blank lines skipped (STRTRIM
    removes blanks and tabs); with a comment symbol, lines starting with it skipped and
    the rest cut at it. ``first_only``: stop at the first."""
    if comment:
        out = []
        for line in lines[start:]:
            at = line.find(comment)
            if at != 0 and line.strip(" \t"):
                out.append(line if at < 0 else line[:at])
                if first_only:
                    break
        return out
    if first_only:
        return next(([line] for line in lines[start:] if line.strip(" \t")), [])
    rest = lines[start:]
    if not _BLANK_LINE.search("\n" + "\n".join(rest) + "\n"):   # none blank: all kept
        return rest
    return [line for line in rest if line.strip(" \t")]


#: a line of nothing but blanks and tabs, in lines joined by newlines
_BLANK_LINE = re.compile(r"\n[ \t]*\n")


def _records(lines: list[str], start: int, comment: str, per_record: int):
    """The records from line ``start`` on: lists of ``per_record`` kept lines."""
    kept = _kept_lines(lines, start, comment)
    if per_record == 1:
        return [[line] for line in kept]
    whole = len(kept) // per_record
    return [kept[k * per_record:(k + 1) * per_record] for k in range(whole)]


_OTHER_SPACE = re.compile(r"[\r\x0b\x0c\x1c-\x1f\x85\xa0]")
_BLANKS = re.compile(r"[ \t]+")


def _whitespace_split(line: str) -> list[str]:
    """STRTOK(line, /EXTRACT): runs of blanks and tabs separate (``''`` for none)."""
    if _OTHER_SPACE.search(line):
        tokens = [t for t in _BLANKS.split(line) if t]
    else:
        tokens = line.split()
    return tokens or [""]


def split_csv(line: str) -> list[str]:
    """IDL's RA_SPLIT_CSV: a CSV line into fields (read_ascii.pro).

    A doubled quote stands for a quote, commas inside quotes do not split, the quotes
    around a field go. Its quirks are kept: an empty quoted field ``""`` reads as one
    quote character, a backslash escapes the next character (and is dropped), quotes
    inside an unquoted field vanish.
    """
    mark = "\xfe"
    line = mark.join(t for t in line.split('""') if t)      # STRTOK(/REGEX) drops nulls
    quotes = _positions(line, '"')
    if len(quotes) > 2 and len(quotes) % 2 == 1:
        commas = _positions(line, ",")
        pieces = [line[s:s + n] for s, n in commas]
        starts = [s for s, _ in commas]
        for i in range(1, len(quotes) - 1, 2):
            inside_from, inside_to = quotes[i][0], quotes[i + 1][0]
            for k, s in enumerate(starts):
                if inside_from < s < inside_to and k > 0:
                    pieces[k - 1] += "\\"
        line = ",".join(pieces)
    line = "".join(t for t in line.split('"') if t)
    line = '"'.join(t for t in line.split(mark) if t)
    return _split_escaped(line)


def _positions(line: str, separator: str):
    """STRTOK(line, separator, /PRESERVE_NULL): (start, length) of every token."""
    out, start = [], 0
    while True:
        at = line.find(separator, start)
        if at < 0:
            out.append((start, len(line) - start))
            return out
        out.append((start, at - start))
        start = at + 1


def _split_escaped(line: str) -> list[str]:
    """STRTOK(line, ',', ESCAPE='\\', /EXTRACT, /PRESERVE_NULL)."""
    if "\\" not in line:
        return line.split(",")
    out, current, k = [], [], 0
    while k < len(line):
        c = line[k]
        if c == "\\" and k + 1 < len(line):
            current.append(line[k + 1])
            k += 2
            continue
        if c == ",":
            out.append("".join(current))
            current = []
        else:
            current.append(c)
        k += 1
    out.append("".join(current))
    return out


def _tokens(line: str, template: AsciiTemplate, csv: bool, locations, count: int):
    if template.delimiter == 0:
        out = []
        for k in range(count):
            start = locations[k]
            if k == count - 1:
                piece = line[start:] if start >= 0 else line
            else:
                length = locations[k + 1] - start
                piece = line[start:start + length] if length > 0 else ""
            out.append(_strip(piece))
        return out
    if csv:
        return split_csv(line)
    if template.delimiter == 32:
        return _whitespace_split(line)
    return [_strip(t) for t in line.split(chr(template.delimiter))]


def _missing_as(missing, dtype: np.dtype):
    """The missing value as IDL assigns it into an array of ``dtype``."""
    value = np.asarray(missing)
    if dtype.kind == "U":
        if value.dtype.kind == "U":
            return str(value)
        return str(free_text(value.reshape(1))[0])
    if value.dtype.kind == "U":
        converted = number_from_text(str(value), dtype)
        return dtype.type(0) if converted is None else converted
    return to_idl_type(value.reshape(1), dtype)[0]


def _convert_column(tokens: list[str], dtype: np.dtype, missing):
    """One field's texts in ``dtype``: empty or unconvertible texts give ``missing``."""
    if dtype.kind == "U":
        return np.array(tokens, dtype=str) if tokens else np.array([], dtype=str)
    if dtype == np.uint8:
        out = np.zeros(len(tokens), dtype=dtype)
        codes = [(t.encode("latin-1")[:1] or b"\0")[0] if t else None for t in tokens]
        for i, code in enumerate(codes):
            out[i] = missing if code is None else code
        return out
    if all(tokens):
        fast = _fields_as(tokens, dtype) if dtype.kind in "iuf" else None
        if fast is not None and len(fast) == len(tokens):
            return np.asarray(fast, dtype=dtype)
    out = np.empty(len(tokens), dtype=dtype)
    for i, t in enumerate(tokens):
        value = number_from_text(t, dtype) if t else None
        out[i] = missing if value is None else value
    return out


def read_records(lines: list[str], template: AsciiTemplate, *, record_start: int = 0,
                 num_records: int = 0, csv: bool = False):
    """RA_READ_FROM_TEMPL: ``(header, records)`` with ``records`` a list, per field, of
    the field's texts (None for a field the record lacks); raises ``EOFError`` when the
    header is longer than the file."""
    start = template.data_start
    if start > len(lines):
        raise EOFError("READF: End of file encountered.")
    header = np.array(lines[:start], dtype=str) if start > 0 else ""
    per_record = len(template.field_count)
    total = sum(template.field_count)
    columns = [[] for _ in range(total)]
    if per_record == 1:
        kept = _kept_lines(lines, start, template.comment_symbol)[record_start:]
        if num_records > 0:
            kept = kept[:num_records]
        if not kept:
            return header, columns
        if template.delimiter == 32 and not csv:
            table = _regular_table(kept, total)
            if table is not None:
                return header, table
        if csv:
            table = _plain_csv_table(kept, total)
            if table is not None:
                return header, table
        records = [[line] for line in kept]
    else:
        records = _records(lines, start, template.comment_symbol, per_record)
        records = records[record_start:]
        if num_records > 0:
            records = records[:num_records]
        if not records:
            return header, columns
    anchor_of = []
    anchor = 0
    for n in template.field_count:
        anchor_of.append(anchor)
        anchor += n
    for record in records:
        for line_no, line in enumerate(record):
            n = template.field_count[line_no]
            first = anchor_of[line_no]
            tokens = _tokens(line, template, csv,
                             template.field_locations[first:first + n], n)
            for k in range(n):
                columns[first + k].append(tokens[k] if k < len(tokens) else None)
    return header, columns


def _regular_table(lines: list[str], total: int):
    """Blank-separated records that all hold ``total`` or more tokens, split at once
    (None when a record has fewer, or characters ``str.split`` treats otherwise)."""
    whole = "\n".join(lines)
    if _OTHER_SPACE.search(whole):
        return None
    counts = np.fromiter(map(len, map(str.split, lines)), dtype=np.int64, count=len(lines))
    if counts.size == 0 or counts.min() < total:
        return None
    if counts.max() == total:
        flat = whole.split()
        return [flat[k::total] for k in range(total)]
    rows = [line.split()[:total] for line in lines]
    return [[row[k] for row in rows] for k in range(total)]


def _plain_csv_table(lines: list[str], total: int):
    """CSV records without quotes, backslashes or RA_SPLIT_CSV's marker byte split at
    once (``split_csv`` is then ``str.split(',')``); None otherwise."""
    text = "\n".join(lines)
    if '"' in text or "\\" in text or "\xfe" in text:
        return None
    commas = total - 1
    if lines and all(count == commas for count in map(str.count, lines, repeat(","))):
        flat = text.replace("\n", ",").split(",")   # every record has ``total`` fields
        return [flat[k::total] for k in range(total)]
    rows = [line.split(",") for line in lines]
    return [[row[k] if k < len(row) else None for row in rows] for k in range(total)]


_FLOAT_TABLE_BYTES = b"0123456789+-.eEdD \n"
#: below this many records the general path is as fast
_FLOAT_TABLE_MIN = 64


def _float_table(lines: list[str], template: AsciiTemplate, record_start: int,
                 num_records: int, csv: bool):
    """The float columns of a blank-separated table of FLOAT/DOUBLE (or skipped) fields,
    one line per record, every line holding the same number of plain decimal fields:
    ``(header, arrays)`` parsed at once by numpy's C reader (``numpy.loadtxt``,
    correctly rounded as the per-column ``numpy.fromstring`` of :func:`_fields_as`;
    FLOAT by the same :func:`_round_single`), or None for the general path (which then
    reads the same values, field by field)."""
    types = template.field_types
    total = sum(template.field_count)
    if (csv or template.delimiter != 32 or len(template.field_count) != 1 or
            not all(t in (0, 4, 5) for t in types) or not any(types) or
            template.data_start > len(lines)):
        return None
    start = template.data_start
    kept = _kept_lines(lines, start, template.comment_symbol)[record_start:]
    if num_records > 0:
        kept = kept[:num_records]
    if len(kept) < _FLOAT_TABLE_MIN:
        return None
    try:
        whole = "\n".join(kept).encode("latin-1")
    except UnicodeEncodeError:
        return None
    if whole.translate(None, _FLOAT_TABLE_BYTES):      # a character of no plain number
        return None
    if b"d" in whole or b"D" in whole:
        whole = whole.replace(b"d", b"e").replace(b"D", b"e")
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            x = np.loadtxt(io.BytesIO(whole), dtype=np.float64, ndmin=2, comments=None,
                           encoding="latin-1")
    except ValueError:                       # uneven lines or a field that is no number
        return None
    if x.shape[0] != len(kept) or x.shape[1] < total:
        return None
    header = np.array(lines[:start], dtype=str) if start > 0 else ""
    arrays = []
    for k, code in enumerate(types):
        if code == 0:
            arrays.append(None)
        elif code == 5:
            arrays.append(np.ascontiguousarray(x[:, k]))
        else:
            arrays.append(_round_single(
                np.ascontiguousarray(x[:, k]),
                lambda i, k=k: kept[i].split()[k].replace("d", "e").replace("D", "e")))
    return header, arrays


def read_table(lines: list[str], template: AsciiTemplate, *, record_start: int = 0,
               num_records: int = 0, csv: bool = False):
    """READ_ASCII's result parts: ``(tags, values, count, header)``; ``tags`` empty when
    no record was read (READ_ASCII then returns 0)."""
    fast = _float_table(lines, template, record_start, num_records, csv)
    if fast is not None:
        header, arrays = fast
        count = next(a.size for a in arrays if a is not None)
        return _tagged(arrays, template, count, header)
    header, columns = read_records(lines, template, record_start=record_start,
                                   num_records=num_records, csv=csv)
    types = template.field_types
    count = len(columns[0]) if columns else 0
    if count == 0:
        return [], [], 0, header
    arrays = []
    for k, texts in enumerate(columns):
        code = types[k]
        if code == 0:
            arrays.append(None)
            continue
        if code not in TYPE_CODES:
            raise CompatValueError(f"Invalid field type {code} for field "
                                   f"{template.field_names[k]}.")
        dtype = TYPE_CODES[code]
        missing = _missing_as(template.missing_value, dtype)
        have = [t if t is not None else "" for t in texts]
        array = _convert_column(have, dtype, missing)
        if dtype.kind == "U" and any(t is None for t in texts):
            array = np.array([missing if t is None else a for t, a in
                              zip(texts, array.tolist())], dtype=str)
        arrays.append(array)
    return _tagged(arrays, template, count, header)


def _tagged(arrays: list, template: AsciiTemplate, count: int, header):
    """The fields' arrays gathered by their groups under their tags."""
    tags, values = [], []
    groups = list(template.field_groups)
    done = set()
    for k, array in enumerate(arrays):
        if array is None or groups[k] in done:
            continue
        done.add(groups[k])
        members = [j for j in range(len(arrays)) if groups[j] == groups[k] and
                   arrays[j] is not None]
        if len(members) == 1:
            value = array
            if count == 1:
                value = array.reshape(1)
        else:
            value = _joined([arrays[j] for j in members])
            if count == 1:
                value = value.reshape(-1)   # IDL's [n, 1] loses its trailing 1
        tag = valid_tag(template.field_names[k])
        if tag is None:
            raise CompatValueError(f"Illegal field name: {template.field_names[k]}")
        tags.append(tag)
        values.append(value)
    return tags, values, count, header


def _joined(arrays: list[np.ndarray]) -> np.ndarray:
    """``TRANSPOSE([[a], [b], ...])``: columns side by side in the promoted type (text
    when one is text: numbers in their free format)."""
    kinds = {a.dtype.kind for a in arrays}
    if "U" in kinds:
        parts = [a if a.dtype.kind == "U" else free_text(a) for a in arrays]
        return np.stack(parts, axis=1)
    dtype = promote(*[a.dtype for a in arrays])
    return np.stack([to_idl_type(a, dtype) for a in arrays], axis=1)


# ----------------------------------------------------------------------- structures
def structure(tags: list[str], values: list) -> np.recarray:
    """A one-element IDL structure in the house layout (``compat._core.idl_struct``):
    upper-case tags, numeric arrays as sub-array fields, text in ``object`` fields."""
    specs, items = [], []
    for tag, value in zip(tags, values):
        if isinstance(value, str) or (isinstance(value, np.ndarray) and
                                      value.dtype.kind in "UO"):
            specs.append((tag, object))
        elif isinstance(value, np.ndarray) and value.ndim:
            specs.append((tag, value.dtype, value.shape))
        else:
            specs.append((tag, np.asarray(value).dtype))
        items.append(value)
    out = np.zeros(1, dtype=specs)
    for (tag, *_), item in zip(specs, items):
        out[tag][0] = item
    return out.view(np.recarray)


def tag_columns(value) -> list[tuple[str, np.ndarray]]:
    """WRITE_CSV's ``Data1.(i)`` of a structure: ``(TAG, values)`` for every tag, the
    values of every element of an array of structures together (readsav layout, the
    house layout and dicts)."""
    if isinstance(value, dict):
        return [(str(k).upper(), _plain(v)) for k, v in value.items()]
    array = np.asarray(value)
    if array.dtype.names is None:
        raise CompatTypeError("not a structure")
    flat = array.reshape(-1)
    out = []
    for name in array.dtype.names:
        column = flat[name]
        if column.dtype.kind == "O":
            parts = [_plain(v) for v in column]
            column = parts[0] if len(parts) == 1 else np.concatenate(
                [np.ravel(p) for p in parts])
        out.append((name.upper(), _plain(column)))
    return out


def _plain(value):
    if isinstance(value, bytes):
        return np.array(value.decode("latin-1"))
    if isinstance(value, np.ndarray) and value.dtype.kind in "OS":
        if value.dtype.kind == "S":
            return np.char.decode(value, "latin-1")
        items = [v.decode("latin-1") if isinstance(v, bytes) else v
                 for v in value.reshape(-1)]
        if all(isinstance(v, str) for v in items):
            return np.array(items, dtype=str).reshape(value.shape)
    return np.asarray(value)


def default_template(lines: list[str], *, data_start: int, delimiter: int,
                     comment: str) -> AsciiTemplate:
    """READ_ASCII's template without TEMPLATE: FLOAT fields, one group, the number of
    fields of the first record (RA_GUESS_COLUMNS); IDL's "No columns found." when the
    file has no record."""
    first = _kept_lines(lines, data_start, comment, first_only=True)
    if not first:
        raise CompatValueError("No columns found.")
    line = first[0]
    n = len(_whitespace_split(line)) if delimiter == 32 else \
        len(_positions(line, chr(delimiter)))
    return AsciiTemplate(data_start=data_start, delimiter=delimiter,
                         missing_value=np.float32(np.nan), comment_symbol=comment,
                         field_count=[n], field_types=[4] * n,
                         field_names=field_names(n), field_locations=[0] * n,
                         field_groups=[0] * n)

