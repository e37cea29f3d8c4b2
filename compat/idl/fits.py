"""The IDL Astronomy Library's FITS routines over ``astropy.io.fits``: ``READFITS``,
``HEADFITS``, ``MRDFITS``, ``MWRFITS`` (``WRITEFITS`` and ``MKHDR`` are in
:mod:`compat.idl.fits_write`, the header keywords ``SXPAR`` ... in
:mod:`compat.idl.fits_keywords`).

Headers are the library's string arrays of 80-character cards (:mod:`compat._core.
fits_headers`); data are in astropy's layout, which is the readsav layout (numpy shape =
IDL dimensions reversed: NAXIS1 is the last numpy axis), native byte order. The rules
followed are those the library documents in its routines' headers (readfits.pro,
sxpar.pro, mrdfits.pro), cited per routine.
"""

from __future__ import annotations

import os
import re
import sys
import tempfile

import numpy as np
from astropy.io import fits

from compat._core import fits_headers as cards
from compat._core import fits_tables as table_core
from compat._core import fits_write as write_core
from compat._core.idl_types import file_name
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_array, idl_literal, promote
from compat._core.idl_struct import named_structure
from compat._core.inputs import normalise
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result, requested

__all__ = ["readfits", "headfits", "mrdfits", "mwrfits"]


class ReadfitsResult(Result):
    """READFITS's data and its Header output argument."""

    result: object
    header: np.ndarray


class MrdfitsResult(Result):
    """MRDFITS's data, Header output argument and STATUS output keyword."""

    result: object
    header: np.ndarray
    status: np.int32


class MwrfitsResult(Result):
    """MWRFITS's in/out Header argument as the call left it, and its STATUS output keyword
    (the procedure itself returns nothing: ``result`` is None)."""

    result: object
    header: np.ndarray
    status: np.int32

    def _not_requested(self, name):
        if name == "header":
            raise AttributeError("MwrfitsResult: output 'header' was not requested (pass "
                                 "header_out=True)")
        return super()._not_requested(name)


def _path(filename) -> str:
    return file_name(filename, "the file name must be a string")


def _native(data) -> np.ndarray:
    """The HDU's data as a native-endian array, in one copy (astropy's is big-endian)."""
    data = np.asarray(data)
    return data.astype(data.dtype.newbyteorder("="), order="C")


def _image_data(data) -> np.ndarray:
    """Image data to write: any IDL numeric type (idl_array's rules: bool is BYTE, a
    Python list typed as the IDL literal), not complex (FITS images hold no complex)."""
    array = idl_array(data, "Data", empty_ok=True)
    if array.dtype.kind == "c":
        raise CompatTypeError(f"data of type {array.dtype} cannot be written as a FITS "
                              "image")
    return array


def _open(path):
    return fits.open(path, do_not_scale_image_data=True, uint=False, memmap=True,
                     lazy_load_hdus=False)


# ------------------------------------------------------------------------ image data
_UNSIGNED = {16: (np.uint16, 2 ** 15), 32: (np.uint32, 2 ** 31), 64: (np.uint64, 2 ** 63)}


def _scaled(data, header, noscale, no_unsigned, allow_unsigned=True):
    """READFITS's scaling (readfits.pro NOTES (1) and /NO_UNSIGNED); MRDFITS returns
    unsigned types only with /UNSIGNED (``allow_unsigned``)."""
    if data is None or noscale:
        return data, header
    bscale, n_scale, _, _ = cards.find(header, "BSCALE")
    bzero, n_zero, _, _ = cards.find(header, "BZERO")
    bitpix = int(cards.find(header, "BITPIX")[0])
    if n_scale == 0:
        bscale = 1
    if n_zero == 0:
        bzero = 0
    if allow_unsigned and bitpix in _UNSIGNED and float(bscale) == 1 and \
            float(bzero) == _UNSIGNED[bitpix][1]:
        unsigned = _UNSIGNED[bitpix][0]
        offset = data.astype(np.int64 if bitpix < 64 else np.uint64)
        if bitpix == 64:
            values = data.view(np.uint64) ^ np.uint64(2 ** 63)
        else:
            values = (offset + _UNSIGNED[bitpix][1]).astype(unsigned)
        if no_unsigned:
            values = values.astype(np.int32 if bitpix == 16 else np.int64)
        header = cards.set_card(header, "BZERO", np.int16(0))
        header = cards.set_card(header, "O_BZERO", bzero, " Original BZERO Value")
        return values, header
    if float(bscale) == 1 and float(bzero) == 0:
        return data, header
    types = [data.dtype]
    if float(bscale) != 1:
        types.append(idl_literal(bscale).dtype)
    if float(bzero) != 0:
        types.append(idl_literal(bzero).dtype)
    out = promote(*types)
    if out.kind not in "fc":
        out = np.dtype(np.float32)
    values = data.astype(out)
    if float(bscale) != 1:
        values = values * out.type(bscale)
    if float(bzero) != 0:
        values = values + out.type(bzero)
    # readfits.pro: BSCALE set to FLOAT 1. and O_BSCALE added, then BZERO to 0. and O_BZERO
    if float(bscale) != 1:
        header = cards.set_card(header, "BSCALE", np.float32(1.0))
        header = cards.set_card(header, "O_BSCALE", bscale, " Original BSCALE Value")
    if float(bzero) != 0:
        header = cards.set_card(header, "BZERO", np.float32(0.0))
        header = cards.set_card(header, "O_BZERO", bzero, " Original BZERO Value")
    return values.astype(out, copy=False), header


def _raw_table_bytes(hdul, index):
    info = hdul.fileinfo(index)
    hdu = hdul[index]
    size = int(hdu.header.get("NAXIS1", 0)) * int(hdu.header.get("NAXIS2", 0))
    with open(hdul.filename(), "rb") as stream:
        stream.seek(info["datLoc"])
        data = np.frombuffer(stream.read(size), dtype=np.uint8)
    return data.reshape(int(hdu.header.get("NAXIS2", 0)), int(hdu.header.get("NAXIS1", 0)))


@idl_routine("READFITS", output_arguments=("header",))
def readfits(filename, *, header=False, noscale=False, exten_no=0, nslice=None,
             startrow=None, numrow=None, no_unsigned=False, silent=False, compress=False,
             checksum=False):
    """Read FITS data (and header), as the IDL Astronomy Library's ``READFITS``.

    IDL call forms::

        im = READFITS(file)                    ->  im = readfits('img.fits')
        im = READFITS(file, h)                 ->  im, h = readfits('img.fits', header=True)
        im = READFITS(file, h, /NOSCALE)       ->  readfits(f, header=True, noscale=True)
        tab = READFITS(file, htab, /EXTEN)     ->  readfits(f, header=True, exten_no=1)
        im = READFITS(file, h, NSLICE=2)       ->  readfits(f, nslice=2)

    Parameters
    ----------
    filename : str
        ``.gz`` files are read too (astropy decompresses).
    header : bool
        Request the Header output: the string array of 80-character cards.
    noscale : bool
        ``/NOSCALE``: the stored integers, without BSCALE/BZERO.
    exten_no : int
        ``EXTEN_NO``: the extension (0 = primary). A table extension gives its raw bytes
        (BYTE array NAXIS2 x NAXIS1), as READFITS does; use :func:`mrdfits` for columns.
    nslice, startrow, numrow : int
        ``NSLICE`` (one slice of the last IDL dimension, degenerate dimensions ignored),
        ``STARTROW``/``NUMROW`` (rows = the last IDL dimension, numpy's first axis).
    no_unsigned : bool
        ``/NO_UNSIGNED``: unsigned data (BITPIX 16 with BZERO 32768, ...) as LONG/LONG64
        instead of UINT/ULONG/ULONG64.

    Returns
    -------
    ndarray, or ReadfitsResult(result, header); **-1 (INT) when the file cannot be read**,
    with the library's message printed, as READFITS does (test ``size(im) == 1``).

    Notes
    -----
    Scaling (readfits.pro, NOTES (1)): integer data with BSCALE/BZERO are scaled to
    floating point, FLOAT unless BSCALE or BZERO is DOUBLE by SXPAR's rule (more than 8
    numerals); the header then says BSCALE = 1, BZERO = 0 and keeps the originals in
    O_BSCALE and O_BZERO. Unsigned data come back unsigned (the library's default).
    Differences from ``astropy.io.fits.getdata``: astropy scales to float64 or float32
    by its own rule, returns big-endian arrays and an ``astropy`` Header, and leaves the
    header's BSCALE/BZERO unchanged.
    """
    path = _path(filename)
    try:
        hdul = _open(path)
    except (OSError, ValueError):
        print(f"% READFITS:  ERROR - Unable to locate file {path}", file=sys.stderr)
        return np.int16(-1)
    with hdul:
        if not 0 <= int(exten_no) < len(hdul):
            print(f"% READFITS: ERROR - Extension {exten_no} not found in {path}",
                  file=sys.stderr)
            return np.int16(-1)
        hdu = hdul[int(exten_no)]
        head = cards.header_cards(hdu.header)
        if isinstance(hdu, (fits.BinTableHDU, fits.TableHDU)):
            data = _raw_table_bytes(hdul, int(exten_no))
        else:
            data = None if hdu.data is None else _native(hdu.data)
    if data is not None:
        if nslice is not None:
            squeezed = data.reshape(tuple(n for n in data.shape[:-1] if n != 1) +
                                    data.shape[-1:]) if data.ndim > 1 else data
            data = squeezed[int(nslice)]
        if startrow is not None or numrow is not None:
            start = int(startrow or 0)
            stop = data.shape[0] if numrow is None else start + int(numrow)
            data = data[start:stop]
        if not isinstance(hdu, (fits.BinTableHDU, fits.TableHDU)):
            data, head = _scaled(data, head, noscale, no_unsigned)
    else:
        data = np.int16(0)
    if not silent and data.ndim:
        print(f"% READFITS: Now reading {' by '.join(map(str, data.shape[::-1]))} array")
    if header:
        return ReadfitsResult(result=data, header=head)
    return data


class HeadfitsResult(Result):
    """HEADFITS's header and its ERRMSG output keyword."""

    result: object
    errmsg: str


def _header_of(path: str, exten) -> tuple[np.ndarray | None, str]:
    """The header cards of extension ``exten`` (number or EXTNAME), or None and the
    library's error text (fxposit.pro, fxmove.pro)."""
    if not os.path.exists(path):
        return None, f"Specified FITS file not found: {path}"
    try:
        hdul = _open(path)
    except (OSError, ValueError):
        return None, "ERROR - FITS File must begin with 'SIMPLE'"
    with hdul:
        if isinstance(exten, str):
            name = exten.strip().upper()
            for hdu in list(hdul)[1:]:
                if str(hdu.header.get("EXTNAME", "")).strip().upper() == name:
                    return cards.header_cards(hdu.header), ""
            return None, f"Extension name {name} not found in FITS file"
        number = int(exten or 0)
        if not 0 <= number < len(hdul):
            return None, "EOF encountered while moving to specified extension"
        return cards.header_cards(hdul[number].header), ""


@idl_routine("HEADFITS")
def headfits(filename, *, exten=0, silent=False, errmsg=False, compress=None):
    """The header of a FITS file (or of an extension), as the IDL Astronomy Library's
    ``HEADFITS``.

    IDL call forms::

        h = HEADFITS(filename [, EXTEN=n | EXTEN='name'] [, ERRMSG=msg] [, /SILENT])
        ->  h = idl.headfits(path, exten=1)
            h, msg = idl.headfits(path, errmsg=True)

    Parameters
    ----------
    filename : str
        The FITS file (gzip-compressed too).
    exten : int or str
        EXTEN: the extension number (0, the primary header, by default) or its EXTNAME
        (any case).
    silent : bool
        /SILENT: accepted (it silences the library's warnings on invalid characters).
    errmsg : bool
        Request the ERRMSG output: the error text ('' when none); with it the library
        prints nothing on an error.
    compress : optional
        COMPRESS: accepted; compressed files are recognised by their content.

    Returns
    -------
    numpy.ndarray of str, or LONG -1
        The header as the library's array of 80-character cards; -1 when the file or
        extension cannot be read, after the library's message ``% HEADFITS: ERROR -
        <text>`` unless ERRMSG is requested. Texts: "Specified FITS file not found:
        <file>", "EOF encountered while moving to specified extension", "Extension name
        <NAME> not found in FITS file", "ERROR - FITS File must begin with 'SIMPLE'".

    Notes
    -----
    ``astropy.io.fits.getheader`` returns a Header object and raises on errors.
    Source: headfits.pro, fxposit.pro and fxmove.pro (IDL Astronomy Library); goldens
    run them in GDL 1.0.1 (reference_outputs/idl/astrolib).
    """
    path = _path(filename)
    header, text = _header_of(path, exten)
    if header is None:
        if not errmsg:
            print(f"% HEADFITS: ERROR - {text}", file=sys.stderr)
        return named_result(HeadfitsResult, np.int32(-1), requested(errmsg=(errmsg, text)))
    return named_result(HeadfitsResult, header, requested(errmsg=(errmsg, "")))


_STRUCTURAL = {"SIMPLE", "BITPIX", "NAXIS", "EXTEND", "XTENSION", "PCOUNT", "GCOUNT",
               "END", "TFIELDS"}


def _user_cards(header) -> fits.Header:
    """The non-structural cards of an IDL header (astropy writes the structural ones)."""
    if header is None:
        return fits.Header()
    text_cards = [str(c) for c in cards.as_header(header)]
    keep = [c for c in text_cards if not (c[:8].rstrip() in _STRUCTURAL or
                                          re.fullmatch(r"NAXIS\d+", c[:8].rstrip()))]
    return cards.to_astropy(np.array(keep, dtype="<U80")) if keep else fits.Header()


def _atomic_write(path, hdulist) -> None:
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(dir=folder, suffix=".fits.tmp")
    os.close(handle)
    try:
        hdulist.writeto(temporary, overwrite=True, output_verify="silentfix")
        os.replace(temporary, path)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise


# ------------------------------------------------------------------------------ tables
def _tag(name: str) -> str:
    tag = re.sub(r"[^A-Za-z0-9_$]", "_", name.strip()).upper()
    return tag if tag and (tag[0].isalpha() or tag[0] == "_") else "T_" + tag


@idl_routine("MRDFITS", output_arguments=("header",))
def mrdfits(filename, extension=0, *, header=False, columns=None, rows=None,
            range=None, unsigned=False, fscale=False, dscale=False,  # noqa: A002
            status=False, silent=False, structyp=None):
    """Read a FITS extension, as the library's ``MRDFITS``.

    IDL call forms::

        tab = MRDFITS(file, 1)                  ->  tab = mrdfits('cat.fits', 1)
        tab = MRDFITS(file, 1, hdr, STATUS=s)   ->  tab, hdr, s = mrdfits(f, 1, header=True,
                                                                          status=True)
        tab = MRDFITS(file, 1, COLUMNS=['RA','DEC'], ROWS=[0, 5])

    A binary or ASCII table gives a numpy record array with IDL tag names (upper case,
    other characters as ``_``), one record per row, vector columns as sub-arrays, text
    columns as ``str`` without trailing blanks, a scalar logical column as the STRING
    ``'T'``/``'F'``. MRDFITS does not scale: the stored values are returned (TSCAL/TZERO,
    BSCALE/BZERO applied only with ``/FSCALE`` (FLOAT) or ``/DSCALE`` (DOUBLE)), except
    that a binary-table integer column whose TZERO is the unsigned offset (32768 for 16
    bits ...) is read unsigned, and an image so with ``/UNSIGNED`` (mrdfits.pro, NOTES
    and the UNSIGNED keyword, checked against the library run in GDL); an empty HDU gives
    LONG 0.
    ``COLUMNS`` takes names or 1-based numbers, ``ROWS`` row numbers (0-based, as IDL),
    ``RANGE`` ``[first, last]``. ``STATUS`` is 0, or -1 when the file or extension
    cannot be read (the data are then 0). ``STRUCTYP`` names a table's structure (IDL's
    rule: a name's first definition in the session fixes its tags and types, a table
    with other columns under the same name is the "Conflicting data structures" error).
    """
    path = _path(filename)
    try:
        hdul = _open(path)
    except (OSError, ValueError):
        return _mrd_result(np.int32(0), None, -1, header, status)
    with hdul:
        if not 0 <= int(extension) < len(hdul):
            return _mrd_result(np.int32(0), None, -1, header, status)
        hdu = hdul[int(extension)]
        head = cards.header_cards(hdu.header)
        if isinstance(hdu, (fits.BinTableHDU, fits.TableHDU)):
            with fits.open(path, memmap=False) as opened:
                table = opened[int(extension)].data
                binary = isinstance(opened[int(extension)], fits.BinTableHDU)
                data = _records(table, columns, rows, range, fscale, dscale, binary)
                if structyp:
                    data = named_structure(data, structyp)
        elif hdu.data is None:
            data = np.int32(0)
        else:
            data = _mrd_image(_native(hdu.data), head, unsigned, fscale, dscale)
    return _mrd_result(data, head, 0, header, status)


_UNSIGNED_OF = {np.dtype(np.int16): (np.uint16, 2 ** 15),
                np.dtype(np.int32): (np.uint32, 2 ** 31),
                np.dtype(np.int64): (np.uint64, 2 ** 63)}


def _unsigned_view(raw: np.ndarray, scale, zero):
    """mrd_chkunsigned: an integer column or image whose scale is 1 and whose zero is the
    unsigned offset of its size (32768 for 16 bits ...) read as the unsigned type, else
    None."""
    kind = _UNSIGNED_OF.get(raw.dtype)
    if kind is None or (scale not in (None, 1, 1.0)) or zero is None or \
            float(zero) != float(kind[1]):
        return None
    return (raw.view(kind[0]) ^ kind[0](kind[1])).astype(kind[0])


def _mrd_image(raw: np.ndarray, head, unsigned, fscale, dscale):
    """An image HDU as MRDFITS returns it: the stored values (MRDFITS does not scale by
    default), unsigned with /UNSIGNED and the matching BZERO, scaled to FLOAT/DOUBLE with
    /FSCALE or /DSCALE (mrdfits.pro, NOTES and keywords)."""
    scale, _, _, _ = cards.find(head, "BSCALE", missing=None, silent=True)
    zero, _, _, _ = cards.find(head, "BZERO", missing=None, silent=True)
    if unsigned:
        view = _unsigned_view(raw, scale, zero)
        if view is not None:
            return view
    if fscale or dscale:
        kind = np.float64 if dscale else np.float32
        s = 1.0 if scale in (None, 0) else float(scale)
        z = 0.0 if zero is None else float(zero)
        return raw.astype(kind) * kind(s) + kind(z)
    return raw


def _mrd_result(data, head, code, header, status):
    if not header and not status:
        return data
    fields = {"result": data}
    if header:
        fields["header"] = head if head is not None else np.array([], dtype="<U80")
    if status:
        fields["status"] = np.int32(code)
    return MrdfitsResult(**fields)


def _ascii_kind(tform: str):
    """mrdfits.pro's mrd_atype and mrd_read_ascii: an ASCII-table field's IDL type by its
    TFORM -- I as LONG (LONG64 wider than 12 characters), E/F as FLOAT (DOUBLE from 8
    characters on), D as DOUBLE."""
    form = "".join(tform.split()).upper()
    digits = form[1:].split(".", 1)[0]
    width = int(digits) if digits.isdigit() else 1
    if form[:1] == "I":
        return np.int64 if width > 12 else np.int32
    if form[:1] in ("E", "F") and width < 8:
        return np.float32
    return np.float64


def _ascii_field(raw: np.ndarray, spec) -> np.ndarray:
    """An ASCII-table field as mrd_read_ascii reads it: the TFORM width of characters
    from TBCOL (astropy's span runs to the next column, so a ']' after a COMPLEX pair or
    a row terminator that MWRFITS writes would be read into the last field), without
    trailing blanks (text keeps its leading ones),
    converted as IDL's LONG()/DOUBLE() (a Fortran 'D' exponent allowed, a field that is
    no number read as 0); then the column's TSCAL/TZERO as before."""
    form = "".join(str(spec.format).split()).upper()
    digits = form[1:].split(".", 1)[0]
    width = int(digits) if digits.isdigit() else 1
    text = np.char.rstrip(np.char.decode(raw.astype(f"S{width}"), "latin-1"))
    if form[:1] == "A":                         # STRTRIM's default: trailing blanks
        return text
    text = np.char.lstrip(text)
    kind = np.int64 if form[:1] == "I" else np.float64
    try:
        values = np.char.replace(np.char.replace(text, "D", "E"), "d", "e").astype(kind)
    except ValueError:
        values = np.array([_number_or_zero(t, kind) for t in text.ravel().tolist()],
                          dtype=kind).reshape(text.shape)
    if spec.bscale is not None or spec.bzero is not None:
        values = values * (spec.bscale if spec.bscale is not None else 1) + \
            (spec.bzero if spec.bzero is not None else 0)
    return values


def _number_or_zero(text: str, kind):
    try:
        return kind(text.replace("D", "E").replace("d", "e")) if text else kind(0)
    except ValueError:
        return kind(0)


def _records(table, columns, rows, span, fscale, dscale=False, binary=True):
    """A table HDU as MRDFITS's array of structures, from the stored column values:
    MRDFITS does not scale (TSCAL/TZERO applied only with /FSCALE or /DSCALE), except that
    an integer column with the unsigned offset as TZERO is read unsigned, the default for
    binary tables; a scalar logical (L) column is the STRING 'T'/'F', a vector one its
    bytes; text columns lose their trailing blanks (mrdfits.pro: mrd_table, mrd_chkunsigned).
    """
    names = list(table.columns.names)
    if columns is not None:
        wanted = []
        items = columns if isinstance(columns, (list, tuple)) else np.ravel(columns)
        for item in items:
            if isinstance(item, (str, np.str_)):
                matches = [n for n in names if n.upper() == str(item).upper()]
                if not matches:
                    raise CompatValueError(f"column {item} not found")
                wanted.append(matches[0])
            else:
                wanted.append(names[int(item) - 1])
        names = wanted
    index = np.arange(len(table))
    if span is not None:
        first, last = (int(v) for v in np.ravel(span)[:2])
        index = index[first:last + 1]
    if rows is not None:
        index = index[np.asarray(rows, dtype=int)]
    stored = np.ndarray.view(table, np.ndarray)
    fields, values = [], []
    for name in names:
        spec = table.columns[name]
        column = normalise(np.asarray(stored[name])[index] if binary else
                           _ascii_field(np.asarray(stored[name])[index], spec))
        logical = binary and str(spec.format).rstrip().endswith("L")
        if logical and column.ndim == 1:
            column = np.where(column == ord("T"), "T", np.where(column == ord("F"), "F", ""))
        elif logical:
            column = column.view(np.uint8)
        elif column.dtype.kind in "SU" and binary:
            # mrdfits.pro keeps a binary table string's trailing blanks (its text ends
            # at the first NUL, as STRING of bytes does); ASCII table fields are trimmed
            if column.dtype.kind == "S":
                column = np.char.decode(column, "latin-1")
            column = np.array([v.split("\0", 1)[0] for v in column.ravel().tolist()],
                              dtype=column.dtype).reshape(column.shape)
        elif column.dtype.kind == "S":
            column = np.char.rstrip(np.char.decode(column, "latin-1"))
        elif column.dtype.kind == "U":
            column = np.char.rstrip(column)
        elif binary and column.dtype.kind in "iu":
            view = None if (fscale or dscale) else \
                _unsigned_view(column, spec.bscale, spec.bzero)
            if view is not None:
                column = view
            elif (fscale or dscale) and (spec.bscale is not None or spec.bzero is not None):
                kind = np.float64 if dscale else np.float32
                column = column.astype(kind) * kind(spec.bscale or 1.0) + \
                    kind(spec.bzero or 0.0)
        elif binary and (fscale or dscale) and \
                (spec.bscale is not None or spec.bzero is not None):
            kind = np.float64 if dscale else np.float32
            column = column.astype(kind) * kind(spec.bscale or 1.0) + kind(spec.bzero or 0.0)
        elif not binary and column.dtype.kind in "iuf":
            column = column.astype(_ascii_kind(str(spec.format)), copy=False)
        if column.dtype.kind != "U":  # numbers in IDL types
            column = idl_array(column, name, empty_ok=True)
        fields.append((_tag(name), column.dtype, column.shape[1:]))
        values.append(column)
    out = np.zeros(len(index), dtype=[(f, d, s) for f, d, s in fields])
    for (tag, _, _), column in zip(fields, values):
        out[tag] = column
    return out.view(np.recarray)


@idl_routine("MWRFITS")
def mwrfits(data, filename, header=None, *, create=False, silent=False, ascii=None,
            separator=None, terminator=None, null=None, group=None, pscale=None,
            pzero=None, alias=None, use_colnum=False, lscale=None, iscale=None,
            bscale=None, no_copy=False, no_types=False, no_comment=False,
            logical_cols=None, bit_cols=None, nbit_cols=None, status=False,
            version=False, header_out=False):
    """Append data to a FITS file, as the library's ``MWRFITS``.

    IDL call forms::

        MWRFITS, a, 'f.fits'                       ->  mwrfits(a, 'f.fits')
        MWRFITS, a, 'f.fits', hdr, /CREATE         ->  mwrfits(a, 'f.fits', hdr, create=True)
        MWRFITS, img, f, LSCALE=1 (ISCALE=, BSCALE=, NULL=)
                                                   ->  mwrfits(img, f, lscale=1)
        MWRFITS, a, f, GROUP=g                     ->  mwrfits(a, f, group=g)
        MWRFITS, s, f, /ASCII (ASCII='F:E12.4,...', SEPARATOR=, TERMINATOR=)
                                                   ->  mwrfits(s, f, ascii=True)
        MWRFITS, s, f, LOGICAL_COLS=[2], BIT_COLS=[3], NBIT_COLS=[12], ALIAS=a,
                 /USE_COLNUM, /NO_TYPES, /NO_COMMENT
        MWRFITS, a, f, STATUS=st                   ->  st = mwrfits(a, f, status=True)
        MWRFITS, undefined, f                      ->  mwrfits(None, f)
        MWRFITS, a, f, hdr   (hdr updated)         ->  hdr = mwrfits(a, f, hdr,
                                                                  header_out=True).header

    A structure array (numpy record array, readsav layout) becomes a binary table written
    byte for byte as mwrfits.pro writes it (:mod:`compat._core.fits_tables`): mwr_dummy's
    empty primary HDU when the file is new or with ``/CREATE``, mwr_tablehdr's cards
    (TFORMn, TTYPEn, TDIMn, TSCAL/TZERO of unsigned columns and its COMMENT sections) and
    mwr_tabledat's rows, strings padded with blanks (astropy pads with NULs and writes
    its own header). LOGICAL_COLS (1-based) makes a column of bytes 'T'/'F'/0 or of
    strings 'T'/'F' a logical (L) column (a warning and no change otherwise); BIT_COLS
    with NBIT_COLS a byte column of ``(n + 7) / 8`` bytes a bit column ``nX``; ALIAS
    (IDL ``STRARR(2, n)``: readsav shape (n, 2) of [tag, name] pairs) renames columns,
    ``/USE_COLNUM`` names them 'C1 ', 'C2 ' ...; ``/NO_TYPES`` writes no TTYPEn,
    ``/NO_COMMENT`` no COMMENT sections.

    With ``/ASCII`` (or ``ASCII='type:format,...'`` over the letters A I L B F D C M K)
    a structure array of scalar fields becomes an ASCII table as mwr_ascii writes it:
    the fields through IDL formats (I6, LONG I10, BYTE I4, 64-bit I20, FLOAT G15.9 with
    TFORM E15.9, DOUBLE G23.17 with D23.17, strings A(longest), right-aligned by IDL's A
    code, COMPLEX '[re im]' as two columns NAME_R/NAME_I), joined by SEPARATOR (a
    blank), each row ended by TERMINATOR (a non-string one is a newline), TTYPEn/TBCOLn/
    TFORMn, blank padding. The G code follows compat's IDL format engine (GDL 1.0.1's
    rule; IDL documents it only loosely).

    An array is written byte for byte as mwrfits.pro's mwr_image writes it: the primary
    HDU of a new file (or with ``/CREATE``; SIMPLE 'Primary Header created by MWRFITS
    v1.14', EXTEND 'Extensions may be present'), otherwise an IMAGE extension appended to
    the file (XTENSION 'IMAGE', PCOUNT 0, GCOUNT 1); the required keywords go into the
    given header through the library's chk_and_upd (a keyword already holding the value
    is left alone, a changed one keeps its comment); UINT/ULONG/ULONG64 get BSCALE 1 and
    BZERO; COMPLEX is written as FLOAT pairs with NAXIS1 = 2, strings as bytes padded
    with zeros. LSCALE/ISCALE/BSCALE store the data as LONG/INT/BYTE (types up to LONG,
    INT, BYTE are left as they are): ``=1`` finds BSCALE = (max - min) / 2^bits and BZERO
    putting the minimum at the type's lowest value (0 for bytes), one other value is
    BSCALE (BZERO 0), two values BSCALE and BZERO; ``round((x - BZERO) / BSCALE)``, the
    values out of range set to NULL when it is non-zero, else to the extremum. As in the
    library, with ``/LSCALE`` the maximum rounds to 2^31, which IDL's ROUND turns into
    -2147483648 (the minimum's value). GROUP (IDL [PCOUNT, GCOUNT]; readsav (GCOUNT,
    PCOUNT)) writes random groups, the last axis counting the groups, each group's
    parameters before its data, converted to the data's type (integer data: parameters
    beyond 127/32767/2^31-1 divided by a PSCALn card's ratio, then truncated).

    Differences from the library: its printed errors (a 2-D GROUP of the wrong size,
    array fields in an ASCII table, a type it cannot write) raise CompatValueError
    before the file is touched; a file that cannot be opened raises too, unless STATUS
    is requested (then -1 is returned, the library's STATUS). PSCALE=/PZERO= stop the
    library with an undefined variable (mwr_pscale uses SIZG, which it never sets) and
    raise the same message here. NULL= is used only by the image scaling (mwr_ascii
    takes it but does not use it), the scaling keywords only by images. ``/NO_COPY`` has
    nothing to do (the caller's data are never modified). ``/VERSION`` prints the
    version line.

    Header is an in/out argument: IDL passes the variable by reference and the library
    leaves in it the header of the HDU just written ("If Header is specified then on
    return Header will have the header generated for the specified extension",
    mwrfits.pro): the given cards with the required keywords chk_and_upd put in (or, for
    an undefined Header, only those), cut or padded to 80 columns, up to END, blank
    cards to a multiple of 36 (mwr_header). compat never modifies the caller's array:
    ``header_out=True`` returns ``MwrfitsResult(result=None, header=...)`` (with
    ``status`` too when STATUS is requested; STATUS alone still returns the bare
    status) holding that array, the cards as written; None (IDL's undefined variable)
    for an undefined Header when the file could not be opened. The dummy primary header
    mwr_dummy writes before a table in a new file is not the Header's.

    ``astropy.io.fits`` writes its own headers (comments, card order), NUL-padded table
    strings and no MWRFITS version text. Source: mwrfits.pro v1.14 (IDL Astronomy
    Library, BSD licence), checked against the library run in GDL 1.0.1.

    Examples
    --------
    >>> import os, tempfile
    >>> import numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'img.fits')
    >>> idl.mwrfits(np.array([1.5, -2.25, 3.0, 10.0], np.float32), path, bscale=1,
    ...             silent=True)
    >>> h = idl.headfits(path)
    >>> print(h[5].rstrip())
    BSCALE  =      0.0478515625000 /
    >>> idl.readfits(path, noscale=True, silent=True)
    array([ 78,   0, 110, 255], dtype=uint8)
    """
    if version:
        print("MWRFITS V" + table_core.MWR_VERSION + ":  July 24, 2019")
    path = _path(filename)
    value = None if data is None else normalise(data)
    if isinstance(value, dict):
        value = np.array([tuple(value.values())],
                         dtype=[(k.upper(), np.asarray(v).dtype, np.shape(v))
                                for k, v in value.items()])
    array = None if value is None else np.asarray(value)
    bof = bool(create) or not os.path.exists(path)
    table_bof = False
    if array is not None and array.dtype.names is not None:
        if len(array.dtype.names) > 999:
            raise CompatValueError(f"ERROR - Input structure contains "
                                   f"{len(array.dtype.names)} tags (FITS files are "
                                   "limited to 999 columns)")
        table = _structure(array)
        if table_core.is_set(ascii):
            hdu = table_core.mwr_ascii(table, header, ascii=ascii, separator=separator,
                                       terminator=terminator, no_types=no_types,
                                       no_comment=no_comment, use_colnum=use_colnum,
                                       alias=alias)
        else:
            hdu = table_core.mwr_table(table, header, no_types=no_types,
                                       no_comment=no_comment, use_colnum=use_colnum,
                                       alias=alias, logical_cols=logical_cols,
                                       bit_cols=bit_cols, nbit_cols=nbit_cols)
        hdu = (table_core.mwr_dummy() if bof else b"") + hdu
        table_bof = bof
    else:
        image = array
        if array is not None and array.dtype.kind != "U":
            image = idl_array(array, "Data", empty_ok=True)
        hdu = write_core.mwr_image(
            image, header, bof, silent=bool(silent), lscale=lscale, iscale=iscale,
            bscale=bscale, null=null, group=None if group is None else np.asarray(group),
            pscale=pscale, pzero=pzero)
    written = write_core.mwr_written_header(hdu[2880:] if table_bof else hdu) \
        if header_out else None
    if not silent and not bof:
        print(f"% MWRFITS: Appending FITS extension to file {path}", file=sys.stderr)
    try:
        with open(path, "wb" if bof else "ab") as stream:
            stream.write(hdu)
    except OSError as failure:
        if status:
            print(f"MWRFITS Error: Cannot open output: {path}")
            print(failure.strerror or str(failure))
            return _mwr_result(np.int32(-1), header_out, header)
        raise CompatValueError(f"MWRFITS Error: Cannot open output: {path}\n"
                               f"  {failure.strerror or failure}") from None
    if header_out:
        return _mwr_result(np.int32(0) if status else None, True, written)
    return np.int32(0) if status else None


def _mwr_result(code, header_out, header):
    """MWRFITS's return: the bare STATUS code unless Header was requested, then
    MwrfitsResult(result=None, header[, status])."""
    if not header_out:
        return code
    fields = {"result": None, "header": None if header is None else np.asarray(header)}
    if code is not None:
        fields["status"] = code
    return MwrfitsResult(**fields)


def _structure(array: np.ndarray) -> np.ndarray:
    """A structure array's fields in IDL types (strings as text, bool as BYTE), one
    record per element."""
    fields, columns = [], []
    for name in array.dtype.names:
        column = np.asarray(array[name])
        if column.dtype.kind == "O":
            column = np.array([str(v) for v in column.ravel()]).reshape(column.shape)
        if column.dtype.kind not in "US":  # numbers in IDL types (bool is BYTE)
            column = idl_array(column, name, empty_ok=True)
        fields.append((name.upper(), column.dtype, column.shape[1:] if array.ndim else
                       column.shape))
        columns.append(column)
    table = np.zeros(array.shape[0] if array.ndim else 1, dtype=fields)
    for (name, _, _), column in zip(fields, columns):
        table[name] = column
    return table
