"""mwrfits.pro's binary-table writer: mwr_dummy, mwr_tablehdr and mwr_tabledat.

A structure array (numpy record array, one row per element) is written as the IDL
Astronomy Library's MWRFITS writes it, byte for byte: the empty primary HDU of mwr_dummy
when the file is new, the BINTABLE header of mwr_tablehdr (required keywords through
chk_and_upd, TSCAL/TZERO of unsigned columns, TFORMn, TDIMn, TTYPEn and the COMMENT
sections of SXADDHIST/FXADDPAR) and the rows of mwr_tabledat (string columns padded with
blanks to the column's longest string, unsigned columns shifted by their TZERO, zero
padding to 2880). Source: mwrfits.pro v1.14 (github.com/wlandsman/IDLAstro, BSD licence),
read for its rules; the code here is written anew. Pointer (variable-length) columns,
LOGICAL_COLS=, BIT_COLS=, ALIAS= and /USE_COLNUM are not taken.
"""

from __future__ import annotations

import numpy as np

from compat._core import fits_headers as cards
from compat._core.errors import CompatValueError
from compat._core.fits_fx import fxaddpar_cards
from compat._core.fits_write import _MWR_VERSION, _chk_and_upd, mwr_header_bytes
from compat._core.idl_types import idl_type_code

__all__ = ["mwr_dummy", "mwr_table"]

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


def mwr_table(table: np.ndarray, header=None, *, no_types=False,
              no_comment=False) -> bytes:
    """mwr_tablehdr + mwr_tabledat: the BINTABLE HDU's bytes of a structure array.

    ``table`` is a record array whose fields are the structure's tags in order (a field
    of shape (n,) per row is a vector column; strings as 'U' or 'S'); ``header`` a
    given header (string array) that the required keywords go into through chk_and_upd.
    """
    table = np.atleast_1d(table)
    names = table.dtype.names
    if not names:
        raise CompatValueError("MWRFITS Error: Input contains no structure fields.")
    nfld = len(names)
    nrow = table.size
    dims, tdims, types, offsets, columns = [], [], [], {}, []
    nbyte = 0
    for i, name in enumerate(names):
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
            hdr = _chk_and_upd(hdr, f"TTYPE{i + 1}", name.upper())
        if not no_comment:
            hdr = _sxaddhist_comments(hdr, [" ", " *** Column names *** ", " "], "TTYPE1")
    if not no_comment:
        for text in (" ", " *** End of mandatory fields ***", " "):
            hdr = fxaddpar_cards(hdr, "COMMENT", text, after="TFIELDS")
    rows = np.concatenate(columns, axis=1).tobytes() if columns else b""
    filler = (2880 - len(rows) % 2880) % 2880
    return mwr_header_bytes(hdr) + rows + b"\0" * filler
