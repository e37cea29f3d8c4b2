"""mwrfits.pro's binary-table writer: mwr_dummy, mwr_tablehdr and mwr_tabledat.

A structure array (numpy record array, one row per element) is written as the IDL
Astronomy Library's MWRFITS writes it, byte for byte: the empty primary HDU of mwr_dummy
when the file is new, the BINTABLE header of mwr_tablehdr (required keywords through
chk_and_upd, TSCAL/TZERO of unsigned columns, TFORMn, TDIMn, TTYPEn and the COMMENT
sections of SXADDHIST/FXADDPAR) and the rows of mwr_tabledat (string columns padded with
blanks to the column's longest string, unsigned columns shifted by their TZERO, zero
padding to 2880), with the options of mwr_tablehdr (LOGICAL_COLS=, BIT_COLS=/NBIT_COLS=,
ALIAS=, /USE_COLNUM, /NO_TYPES, /NO_COMMENT); and mwr_ascii's ASCII table (/ASCII,
ASCII='type:format,...', SEPARATOR=, TERMINATOR=). Source: mwrfits.pro v1.14
(github.com/wlandsman/IDLAstro, BSD licence), read for its rules; the code here is
written anew. Pointer (variable-length) columns are not taken.
"""

from __future__ import annotations

import warnings

import numpy as np

from compat._core import fits_headers as cards
from compat._core.errors import CompatValueError, CompatWarning
from compat._core.idl_format import format_text
from compat._core.fits_fx import fxaddpar_cards
from compat._core.fits_write import _MWR_VERSION, _chk_and_upd, mwr_header_bytes
from compat._core.idl_types import idl_type_code

__all__ = ["mwr_dummy", "mwr_table", "mwr_ascii", "is_set", "column_name", "MWR_VERSION"]

MWR_VERSION = _MWR_VERSION

#: mwr_tablehdr's TFORM letter and bytes per element of each IDL type code
_LETTER = {1: ("B", 1), 2: ("I", 2), 3: ("J", 4), 4: ("E", 4), 5: ("D", 8), 6: ("C", 8),
           9: ("M", 16), 12: ("I", 2), 13: ("J", 4), 14: ("K", 8), 15: ("K", 8)}
#: mwr_unsigned_offset
_OFFSET = {12: np.uint64(32768), 13: np.uint64(2147483648), 15: np.uint64(2 ** 63)}


def mwr_dummy() -> bytes:
    """mwr_dummy: the empty primary HDU MWRFITS writes before a table in a new file."""
    h = fxaddpar_cards(None, "SIMPLE", "T", "Dummy Created by MWRFITS v" + _MWR_VERSION)
    h = fxaddpar_cards(h, "BITPIX", np.int32(8), "Dummy primary header created by MWRFITS")
    h = fxaddpar_cards(h, "NAXIS", np.int32(0), "No data is associated with this header")
    h = fxaddpar_cards(h, "EXTEND", "T", "Extensions may (will!) be present")
    return mwr_header_bytes(h)


def _sxaddhist_comments(hdr, lines, location: str):
    """SXADDHIST, lines, hdr, /COMMENT, LOCATION=location: 'COMMENT ' + line cards
    inserted before the first ``location`` card (before END without one); the header is
    cut after END."""
    h = [str(c) for c in np.asarray(hdr).tolist()]
    keys = [c[:8].strip() for c in h]
    end = keys.index("END")
    n1 = keys.index(location) if location in keys else end
    new = [("COMMENT " + t).ljust(80)[:80] if len("COMMENT " + t) <= 80
           else "COMMENT " + t for t in lines]
    return np.array(h[:n1] + new + h[n1:end + 1])


def _strings(column: np.ndarray) -> np.ndarray:
    """The column's strings as latin-1 bytes (numpy 'S')."""
    if column.dtype.kind == "U":
        return np.char.encode(column, "latin-1")
    return column.astype("S")


def _warn(text: str) -> None:
    warnings.warn(CompatWarning(text), stacklevel=4)


def column_name(tag: str, alias=None) -> str:
    """mwr_checktype: the FITS name of a structure tag, the second element of the ALIAS
    pair whose (trimmed) first element is the tag (IDL STRARR(2, n), readsav (n, 2));
    the tag itself otherwise."""
    if alias is None or np.size(alias) == 0:
        return tag
    a = np.asarray(alias)
    if a.dtype.kind not in "US" or a.ndim > 2 or a.shape[-1] != 2:
        print("MWRFITS: Warning: Alias values not strarr(2) or strarr(2,*)")
        return tag
    pairs = a.reshape(-1, 2)
    hits = np.flatnonzero(np.char.strip(pairs[:, 0].astype(str)) == tag)
    return tag if hits.size == 0 else str(pairs[hits[0], 1])


def _logical_ok(column: np.ndarray) -> bool:
    """mwr_tablehdr's check of a LOGICAL_COLS column: bytes 'T', 'F' or 0, or the strings
    'T' and 'F' (with a warning and no logical column otherwise)."""
    if column.dtype == np.uint8:
        if not np.isin(column, (84, 70, 0)).all():
            _warn("MWR_TABLEHDR: Warning - Allowed Logical Column byte values are "
                  "byte('T'), byte('F'), or 0b")
            return False
        return True
    if column.dtype.kind in "US":
        text = column.astype(str)
        if not np.isin(text, ("T", "F")).all():
            _warn('MWR_TABLEHDR: Warning - Allowed Logical column string values are "T" '
                  'and "F"')
            return False
        return True
    _warn("MWR_TABLEHDR: Warning - Logical Columns must be of type string or byte")
    return False


def mwr_table(table: np.ndarray, header=None, *, no_types=False, no_comment=False,
              use_colnum=False, alias=None, logical_cols=None, bit_cols=None,
              nbit_cols=None) -> bytes:
    """mwr_tablehdr + mwr_tabledat: the BINTABLE HDU's bytes of a structure array.

    ``table`` is a record array whose fields are the structure's tags in order (a field
    of shape (n,) per row is a vector column; strings as 'U' or 'S'); ``header`` a
    given header (string array) that the required keywords go into through chk_and_upd.
    ``logical_cols``/``bit_cols`` are 1-based column numbers: a logical column (bytes
    'T'/'F'/0 or strings 'T'/'F') gets TFORM 'L', a byte column of ``(nbits + 7) / 8``
    bytes per row a bit column ``nbitsX`` (TDIM dropped); ``use_colnum`` names the
    columns 'C1 ', 'C2 ' ... (the library's ``'C' + strmid(key, 5, 2) + ' '``),
    ``alias`` renames them (:func:`column_name`).
    """
    table = np.atleast_1d(table)
    names = table.dtype.names
    if not names:
        raise CompatValueError("MWRFITS Error: Input contains no structure fields.")
    nfld = len(names)
    nrow = table.size
    dims, tdims, types, offsets, columns = [], [], [], {}, []
    nbyte = 0
    islogical = np.zeros(nfld, bool)
    if logical_cols is not None and np.size(logical_cols) and np.any(logical_cols):
        islogical[np.asarray(logical_cols, dtype=np.int64).reshape(-1) - 1] = True
    for i, name in enumerate(names):
        if islogical[i]:
            islogical[i] = _logical_ok(np.asarray(table[name]))
        column = np.asarray(table[name]).reshape((nrow,) + table.dtype[name].shape)
        shape = column.shape[1:]        # readsav layout: IDL dimensions reversed
        idims = list(shape[::-1])
        nelem = int(np.prod(shape, dtype=np.int64)) if shape else 1
        if column.dtype.kind in "US":
            data = _strings(column)
            maxstr = max(int(np.char.str_len(data).max()) if data.size else 0, 1)
            padded = np.char.ljust(data, maxstr)    # strmid(s + blanks, 0, siz)
            types.append("A")
            nbyte += maxstr * nelem
            dims.append(maxstr * nelem)
            tdims.append("" if not idims else
                         "(" + str(maxstr) + "," + ",".join(f" {d}" for d in idims) + ")")
            columns.append(np.frombuffer(padded.astype(f"S{maxstr}").tobytes(), np.uint8)
                           .reshape(nrow, maxstr * nelem))
            continue
        if column.dtype.kind == "b":
            column = column.astype(np.uint8)
        code = idl_type_code(column.dtype)
        if code not in _LETTER:
            raise CompatValueError("MWRFITS Error: Cannot parse structure")
        letter, size = _LETTER[code]
        types.append(letter)
        nbyte += size * nelem
        dims.append(nelem)
        tdims.append("" if len(idims) <= 1 else
                     "(" + ",".join(f" {d}" for d in idims) + ")")
        if code in _OFFSET:
            offsets[i] = _OFFSET[code]
            flip = np.array(1 << (8 * column.dtype.itemsize - 1), dtype=column.dtype)
            column = column ^ flip
        big = column.astype(column.dtype.newbyteorder(">"), copy=False)
        columns.append(np.frombuffer(np.ascontiguousarray(big).tobytes(), np.uint8)
                       .reshape(nrow, size * nelem))
    hdr = None if header is None or np.size(header) == 0 else cards.as_header(header)
    upd = _chk_and_upd
    hdr = upd(hdr, "XTENSION", "BINTABLE", "Binary table written by MWRFITS v" +
              _MWR_VERSION)
    hdr = upd(hdr, "BITPIX", np.int32(8), "Required value")
    hdr = upd(hdr, "NAXIS", np.int32(2), "Required value")
    hdr = upd(hdr, "NAXIS1", np.uint64(nbyte), "Number of bytes per row")
    hdr = upd(hdr, "NAXIS2", np.int32(nrow), "Number of rows")
    hdr = upd(hdr, "PCOUNT", np.int32(0), "Normally 0 (no varying arrays)")
    hdr = upd(hdr, "GCOUNT", np.int32(1), "Required value")
    hdr = upd(hdr, "TFIELDS", np.int32(nfld), "Number of columns in table")
    types = ["L" if flag else t for flag, t in zip(islogical, types)]
    if bit_cols is not None and np.size(bit_cols) and np.any(bit_cols):
        bits = np.asarray(bit_cols, dtype=np.int64).reshape(-1)
        nbits = np.asarray([] if nbit_cols is None else nbit_cols, np.int64).reshape(-1)
        if bits.size != nbits.size:
            print("WARNING: Bit_cols and Nbit_cols not same size")
            print("         No bit columns generated.")
        else:
            for icol, n in zip(bits.tolist(), nbits.tolist()):
                if types[icol - 1] != "B" or dims[icol - 1] != (n + 7) // 8:
                    print(f"WARNING: Invalid attempt to create bit column:{icol:12d}")
                    continue
                types[icol - 1] = "X"
                tdims[icol - 1] = ""
                dims[icol - 1] = n
    if offsets:
        for i in offsets:
            hdr = upd(hdr, f"TSCAL{i + 1}", np.int32(1))
        for i, off in offsets.items():
            hdr = upd(hdr, f"TZERO{i + 1}", off)
        if not no_comment:
            hdr = _sxaddhist_comments(hdr, [" ", " *** Unsigned integer column scalings *",
                                            " "], f"TSCAL{min(offsets) + 1}")
    for i in range(nfld):
        form = types[i] if dims[i] == 1 else f"{dims[i]}{types[i]}"
        old, count, _, _ = cards.find(hdr, f"TFORM{i + 1}", silent=True)
        old = "0" if count == 0 else "".join(str(old).split())
        if old == "0" or old[:len(form)] != form:
            hdr = upd(hdr, f"TFORM{i + 1}", form)
    if not no_comment:
        hdr = _sxaddhist_comments(hdr, [" ", " *** Column formats ***", " "], "TFORM1")
    tfld = f"TFORM{nfld}"
    for i in range(nfld - 1, -1, -1):
        if tdims[i]:
            hdr = fxaddpar_cards(hdr, f"TDIM{i + 1}", tdims[i], after=tfld)
    if any(tdims) and not no_comment:
        for text in (" ", " *** Column dimensions (2 D or greater) ***", " "):
            hdr = fxaddpar_cards(hdr, "COMMENT", text, after=tfld)
    for i in range(nfld):
        if tdims[i]:
            hdr = upd(hdr, f"TDIM{i + 1}", tdims[i])
    if not no_types:
        for i, name in enumerate(names):
            key = f"TTYPE{i + 1}"
            value = "C" + key[5:7] + " " if use_colnum else column_name(name.upper(), alias)
            hdr = _chk_and_upd(hdr, key, value, nological=True)
        if not no_comment:
            hdr = _sxaddhist_comments(hdr, [" ", " *** Column names *** ", " "], "TTYPE1")
    if not no_comment:
        for text in (" ", " *** End of mandatory fields ***", " "):
            hdr = fxaddpar_cards(hdr, "COMMENT", text, after="TFIELDS")
    rows = np.concatenate(columns, axis=1).tobytes() if columns else b""
    filler = (2880 - len(rows) % 2880) % 2880
    return mwr_header_bytes(hdr) + rows + b"\0" * filler


# ------------------------------------------------------------------------ ASCII tables
#: mwr_ascii's type letters with their default formats and field widths
_ASCII_TYPES = "AILBFDCMK"
_ASCII_FORMATS = ["A1", "I6", "I10", "I4", "G15.9", "G23.17", "G15.9", "G23.17", "I20"]
_ASCII_LENGTHS = [1, 6, 10, 4, 15, 23, 15, 23, 20]
#: the type letter of each IDL type code (the unsigned types share the signed formats)
_ASCII_LETTER = {1: "B", 2: "I", 12: "I", 3: "L", 13: "L", 4: "F", 5: "D", 14: "K",
                 15: "K"}


def ascii_formats(ascii=None) -> tuple[dict, dict]:
    """mwr_ascii's formats and field widths by type letter: the defaults, overridden by
    an ``ASCII='F:E12.4,I:I8'`` string (upper-cased, blanks removed; the text after
    'X:' up to the next comma; the width read by ``READS, fmt, len, FORMAT='(1X,I)'``,
    the digits after the letter)."""
    formats = dict(zip(_ASCII_TYPES, _ASCII_FORMATS))
    lengths = dict(zip(_ASCII_TYPES, _ASCII_LENGTHS))
    if isinstance(ascii, (str, np.str_)):
        text = "".join(str(ascii).upper().split())
        for letter in _ASCII_TYPES:
            p = text.find(letter + ":")
            if p < 0:
                continue
            q = text.find(",", p + 1)
            if q < p:
                q = len(text) + 1
            formats[letter] = text[p + 2:q]
            digits = ""
            for ch in formats[letter][1:].lstrip():
                if not ch.isdigit():
                    break
                digits += ch
            lengths[letter] = int(digits) if digits else 0
    return formats, lengths


def _tform(fmt: str, double: bool) -> str:
    """A G format's TFORM: E (FLOAT, COMPLEX) or D (the others) in its place."""
    if fmt[:1] in ("G", "g"):
        return ("D" if double else "E") + fmt[1:]
    return fmt


def _column_text(fmt: str, values: np.ndarray) -> np.ndarray:
    """One column's values through the IDL format ``(fmt)``, one text per row (STRING of
    the structure array with the table's format gives the same text field by field)."""
    if values.size == 0:
        return np.zeros(0, dtype=str)
    return format_text(f"({fmt})", [values])


def mwr_ascii(table: np.ndarray, header=None, *, ascii=None, separator=None,
              terminator=None, no_types=False, no_comment=False, use_colnum=False,
              alias=None) -> bytes:
    """mwr_ascii: the ASCII TABLE HDU's bytes of a structure array of scalar fields.

    Each row is ``STRING(row, FORMAT=...)`` of the fields' formats joined by the
    separator (one blank by default): integers I6 (BYTE I4, LONG I10, 64-bit I20),
    FLOAT G15.9, DOUBLE G23.17 (TFORM E15.9 / D23.17: a G format's TFORM takes E for
    FLOAT and COMPLEX, D for the others), strings A(longest) (IDL's A code puts a
    shorter string at the right), COMPLEX as '[' re ' ' im ']' in two columns NAME_R and
    NAME_I; then the terminator (a non-string TERMINATOR is a newline). TTYPEn (the
    name and a blank, 'Cn' with /USE_COLNUM), TBCOLn and TFORMn with their COMMENT
    sections; the data padded with blanks to 2880 bytes. An array field, a byte array
    (which the library documents it cannot write) or a field of another type is refused
    with the library's message; NULL= and the scaling keywords are not used by
    mwr_ascii.
    """
    table = np.atleast_1d(table)
    names = table.dtype.names
    formats, lengths = ascii_formats(ascii)
    sep = separator if is_set(separator) else " "
    sep = str(sep)
    ttypes, tforms, offsets, pieces = [], [], [], []
    offset = 0
    for i, name in enumerate(names):
        column = np.asarray(table[name]).reshape(table.size, *table.dtype[name].shape)
        if column.ndim > 1:
            if column.dtype == np.uint8:
                raise CompatValueError("MWRFITS Error: byte arrays cannot be written to "
                                       "an ASCII table (convert them to strings)")
            raise CompatValueError("MWRFITS Error: ASCII table cannot contain arrays")
        xtype = column_name(name.upper(), alias)
        if i:
            pieces.append(np.array([sep]))
        if column.dtype.kind in "US":
            text = column.astype(str)
            strmax = int(np.char.str_len(text).max()) if text.size else 0
            ttypes.append(xtype + " ")
            tforms.append(f"A{strmax}")
            offsets.append(offset)
            pieces.append(_column_text(f"A{strmax}", text))
            offset += strmax
        elif column.dtype.kind == "c":
            double = column.dtype == np.complex128
            letter = "M" if double else "C"
            fmt, width = formats[letter], lengths[letter]
            offset += 1
            ttypes += [xtype + "_R", xtype + "_I"]
            tforms += [_tform(fmt, double)] * 2
            offsets += [offset, offset + width + 1]
            pieces += [np.array(["["]), _column_text(fmt, column.real), np.array([" "]),
                       _column_text(fmt, column.imag), np.array(["]"])]
            offset += 2 * width + 2
        else:
            if column.dtype.kind == "b":
                column = column.astype(np.uint8)
            code = idl_type_code(column.dtype)
            if code not in _ASCII_LETTER:
                raise CompatValueError("MWRFITS Error: Invalid type in ASCII table")
            letter = _ASCII_LETTER[code]
            fmt = formats[letter]
            ttypes.append(xtype + " ")
            tforms.append(_tform(fmt, code != 4))
            offsets.append(offset)
            pieces.append(_column_text(fmt, column))
            offset += lengths[letter]
        if i != len(names) - 1:
            offset += len(sep)
    end = ""
    if is_set(terminator):
        end = str(terminator) if isinstance(terminator, (str, np.str_)) else "\n"
        offset += len(end)
    upd = _chk_and_upd
    hdr = None if header is None or np.size(header) == 0 else cards.as_header(header)
    hdr = upd(hdr, "XTENSION", "TABLE", "ASCII table extension written by MWRFITS " +
              _MWR_VERSION)
    hdr = upd(hdr, "BITPIX", np.int32(8), "Required Value: ASCII characters")
    hdr = upd(hdr, "NAXIS", np.int32(2), "Required Value")
    hdr = upd(hdr, "NAXIS1", np.int32(offset), "Number of characters in a row")
    hdr = upd(hdr, "NAXIS2", np.int32(table.size), "Number of rows")
    hdr = upd(hdr, "PCOUNT", np.int32(0), "Required value")
    hdr = upd(hdr, "GCOUNT", np.int32(1), "Required value")
    hdr = upd(hdr, "TFIELDS", np.int32(len(ttypes)), "Number of fields")
    if not no_types:
        for i, ttype in enumerate(ttypes):
            hdr = upd(hdr, f"TTYPE{i + 1}", f"C{i + 1}" if use_colnum else ttype + " ")
        if not no_comment:
            hdr = _sxaddhist_comments(hdr, [" ", " *** Column names ***", " "], "TTYPE1")
    for i, start in enumerate(offsets):
        hdr = upd(hdr, f"TBCOL{i + 1}", np.int32(start + 1))
    if not no_comment:
        hdr = _sxaddhist_comments(hdr, [" ", " *** Column offsets ***", " "], "TBCOL1")
    for i, tform in enumerate(tforms):
        hdr = upd(hdr, f"TFORM{i + 1}", tform)
    if not no_comment:
        hdr = _sxaddhist_comments(hdr, [" ", " *** Column formats ***", " "], "TFORM1")
    rows = pieces[0] if pieces else np.zeros(table.size, dtype=str)
    for piece in pieces[1:]:
        rows = np.char.add(rows, piece)
    if end:
        rows = np.char.add(rows, end)
    data = "".join(np.broadcast_to(rows, (table.size,)).tolist()).encode("latin-1",
                                                                         "replace")
    filler = (2880 - len(data) % 2880) % 2880
    return mwr_header_bytes(hdr) + data + b" " * filler


def is_set(value) -> bool:
    """KEYWORD_SET of a SEPARATOR/TERMINATOR value."""
    if value is None or value is False:
        return False
    if isinstance(value, (str, np.str_)):
        return value != ""
    a = np.asarray(value)
    return a.size > 1 or (a.size == 1 and bool(a.reshape(-1)[0]))
