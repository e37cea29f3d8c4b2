"""FITS files through a File Control Block (FCB): the rules of the IDL Astronomy
Library's FITS_OPEN, FITS_READ, FITS_WRITE and FITS_CLOSE (D. Lindler's family, 1997;
the library's fits_open.pro, fits_read.pro, fits_write.pro, fits_close.pro at
github.com/wlandsman/IDLAstro commit 729b572, BSD licence; facts taken from them, every
line here written anew).

The FCB is the structure FITS_OPEN returns: the file's name and logical unit, and per
HDU (0 the primary) XTENSION, EXTNAME, EXTVER, EXTLEVEL, GCOUNT, PCOUNT, BITPIX, NAXIS,
the NAXISn (AXIS, 20 per HDU), the byte offsets of the header and of the data, the
primary header without its required keywords (HMAIN), and the file's length. The unit is
an entry of compat's one IDL file-unit table (:mod:`compat._core.file_units`), so
``FREE_LUN, fcb.unit`` and ``CLOSE`` act on it as in IDL.

Header cards are read as the library reads them (bytes below 32 become blanks, the cards
through END); keyword values come from :mod:`compat._core.fits_headers` (SXPAR's
parser), cards are added and deleted with its SXADDPAR/SXDELPAR rules.
"""

from __future__ import annotations

import gzip
import os

import numpy as np

from compat._core import file_units
from compat._core.errors import CompatValueError
from compat._core.fits_headers import delete_cards, find, set_card
from compat._core.idl_number_text import free_text
from compat._core.idl_struct import build_structure
from compat._core.idl_types import promote

__all__ = ["par", "open_fcb", "read_hdu", "write_hdu", "close_fcb", "modify", "check_fits_message",
           "MAIN_REQUIRED"]

#: keywords FITS_OPEN removes from the primary header to make HMAIN
MAIN_REQUIRED = ["SIMPLE", "BITPIX", "NAXIS", "NAXIS1", "NAXIS2", "NAXIS3", "NAXIS4",
                 "NAXIS5", "NAXIS6", "NAXIS7", "NAXIS8", "EXTEND", "PCOUNT", "GCOUNT",
                 "GROUPS", "BSCALE", "BZERO", "NPIX1", "NPIX2", "PIXVALUE"]
_READ_REMOVED = ["SIMPLE", "BITPIX", "NAXIS", "NAXIS1", "NAXIS2", "NAXIS3", "NAXIS4",
                 "NAXIS5", "NAXIS6", "NAXIS7", "NAXIS8", "EXTEND", "PCOUNT", "GCOUNT",
                 "GROUPS", "XTENSION"]
_WRITE_REMOVED = ["SIMPLE", "BITPIX", "NAXIS", "NAXIS1", "NAXIS2", "NAXIS3", "NAXIS4",
                  "NAXIS5", "NAXIS6", "NAXIS7", "NAXIS8", "EXTEND", "PCOUNT", "GCOUNT",
                  "GROUPS", "TFIELDS"]
#: the IDL type FITS_READ gives each BITPIX (fits_read.pro's CASE; 64 is refused)
READ_TYPES = {8: np.dtype(np.uint8), 16: np.dtype(np.int16), 32: np.dtype(np.int32),
              -32: np.dtype(np.float32), -64: np.dtype(np.float64)}
MAIN_BANNER = "BEGIN MAIN HEADER ---------------------------------"
EXTENSION_BANNER = "BEGIN EXTENSION HEADER ----------------------------"


class _FcbFailure(Exception):
    """A failure the library reports through MESSAGE= (its text, without routine name)."""

    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


# ---------------------------------------------------------------- header helpers
def par(cards, key: str):
    """SXPAR(cards, key, COUNT=n): ``(value, n)``; a missing keyword is LONG 0."""
    if cards is None or (isinstance(cards, np.ndarray) and cards.ndim == 0):
        return np.int32(0), 0
    value, count, _, _ = find(np.asarray(cards, dtype=str), key, silent=True)
    if count == 0:
        return np.int32(0), 0
    return value, count


def _text(value) -> str:
    """STRING(value) without FORMAT: a string as it is, a number in free format."""
    if isinstance(value, str):
        return value
    return str(free_text(np.asarray(value).reshape(1))[0])


def _long(value) -> int:
    if isinstance(value, str):
        try:
            return int(float(value))
        except ValueError:
            return 0
    return int(np.asarray(value).real)


def _cards_of(block: bytes) -> list[str]:
    """One 2880-byte block as 36 cards, bytes below 32 as blanks (``STRING(h > 32b)``)."""
    raw = np.frombuffer(block, dtype=np.uint8)
    raw = np.maximum(raw, 32).tobytes().decode("latin-1")
    return [raw[k:k + 80] for k in range(0, 2880, 80)]


def _through_end(cards: list[str]):
    for k, card in enumerate(cards):
        if card[:8] == "END     ":
            return cards[:k + 1], True
    return cards, False


def add(cards, key, value, comment=None):
    return set_card(np.asarray(cards, dtype=str), key, value, comment)


def delete(cards, names):
    return delete_cards(np.asarray(cards, dtype=str), names)


# ---------------------------------------------------------------- FITS_OPEN
def _file_size(path: str, compressed: bool) -> int:
    if not compressed:
        return os.path.getsize(path)
    with gzip.open(path, "rb") as stream:
        return stream.seek(0, os.SEEK_END)


def _scan(stream, nbytes_in_file: int, said: list[str], hprint=None):
    """fits_open.pro's walk over the headers: the per-HDU lists and HMAIN."""
    table = {k: [] for k in ("xtension", "extname", "extver", "extlevel", "gcount",
                             "pcount", "bitpix", "naxis", "axis", "start_header",
                             "start_data")}
    position = 0
    skip = 0
    extend_number = 0
    hmain = None
    random_groups = np.int32(0)
    while True:
        if skip > 0:
            stream.seek(position)
        start = position
        first_block = True
        header: list[str] = []
        done = False
        while True:
            if position + 2879 >= nbytes_in_file:
                if extend_number == 0:
                    raise _FcbFailure("EOF encountered while reading header")
                said += ["EOF encountered reading extension header",
                         f"Only {extend_number - 1} extensions processed"]
                done = True
                break
            block = stream.read(2880)
            if len(block) < 2880:
                raise _FcbFailure("READU: End of file encountered.")
            position += 2880
            hdr, ended = _through_end(_cards_of(block))
            if first_block:
                header = hdr
                keyword = header[0][:8]
                if extend_number == 0 and keyword != "SIMPLE  ":
                    raise _FcbFailure("Invalid header, no SIMPLE keyword")
                if extend_number > 0 and keyword != "XTENSION":
                    said += ["Invalid extension header encountered",
                             "XTENSION keyword missing",
                             f"Only {extend_number - 1} extensions processed"]
                    done = True
                    break
            else:
                header = header + hdr
            first_block = False
            if ended:
                break
        if done:
            break
        if hprint is not None:
            hprint(header)
        cards = np.array(header, dtype=str)
        table["xtension"].append(_text(par(cards, "XTENSION")[0]).rstrip(" "))
        name, count = par(cards, "EXTNAME")
        table["extname"].append(_text(name).strip(" ") if count else "")
        for key in ("extver", "extlevel", "gcount", "pcount", "bitpix"):
            table[key].append(_long(par(cards, key.upper())[0]))
        nax = _long(par(cards, "NAXIS")[0])
        table["naxis"].append(nax)
        axis = np.zeros(20, dtype=np.int64)
        ndata = 0
        if nax > 0:
            values, n_found = par(cards, "NAXIS*")
            values = np.atleast_1d(np.asarray(values)).astype(np.int64)
            axis[:values.size] = values
            ndata = int(np.prod(values)) if n_found else 0
        table["axis"].append(axis)
        table["start_data"].append(position)
        table["start_header"].append(start)
        if extend_number == 0:
            random_groups = par(cards, "GROUPS")[0]
            hmain = delete(cards, MAIN_REQUIRED)
            if table["pcount"][0] > 0:
                for i in range(1, table["pcount"][0] + 1):
                    hmain = delete(hmain, [f"PTYPE{i}", f"PSCAL{i}", f"PZERO{i}"])
        bitpix, gcount, pcount = (table[k][-1] for k in ("bitpix", "gcount", "pcount"))
        nbytes = abs(bitpix) // 8 * max(gcount, 1) * (pcount + ndata)
        skip = (nbytes + 2879) // 2880 * 2880
        position += skip
        extend_number += 1
        if position >= nbytes_in_file - 2879:
            break
    return table, extend_number, hmain, random_groups


def _long_or_64(n: int):
    return np.int64(n) if n > np.iinfo(np.int32).max else np.int32(n)


def open_fcb(path: str, *, write=False, append=False, update=False, fpack=False,
             hprint=None, said: list[str] | None = None):
    """FITS_OPEN: the FCB (a one-element record array) of ``path``, its unit open in the
    IDL unit table. Raises :class:`_FcbFailure` with the library's message (the unit is
    released first)."""
    said = [] if said is None else said
    lower = path.lower()
    docompress = lower[-3:] in (".gz", "ftz")
    if fpack or lower.endswith(".fz") or path.endswith(".Z"):
        raise _FcbFailure("fpack (.fz) and Unix-compressed (.Z) files are read through the "
                       "funpack and gzip programs in IDL: uncompress the file first")
    open_for_read, open_for_update, open_for_write, open_for_overwrite = True, False, \
        False, False
    if write:
        open_for_read, open_for_update, open_for_write, open_for_overwrite = \
            False, False, True, False
    if append:
        open_for_read, open_for_write, open_for_update, open_for_overwrite = \
            False, False, True, False
    if update:
        open_for_read, open_for_write, open_for_update, open_for_overwrite = \
            True, False, False, True
    if docompress and open_for_overwrite:
        raise _FcbFailure("Compressed FITS files cannot be open for update")
    number = file_units.reserve_unit("idl")
    if docompress:
        verb, mode = "OPENR", "rb"
    elif append or update:
        verb, mode = "OPENU", "r+b"
    elif write:
        verb, mode = "OPENW", "w+b"
    else:
        verb, mode = "OPENR", "rb"
    try:
        if docompress:
            stream = gzip.open(path, "rb")
            entry = file_units.adopt_unit("idl", path, mode, stream, number=number,
                                          byteorder=">")
            entry.options["compress"] = True
        else:
            entry = file_units.open_unit("idl", path, mode, number=number, byteorder=">",
                                         options={"get_lun": True})
    except OSError as error:
        file_units.release_unit("idl", number)
        raise _FcbFailure(f"{verb}: Error opening file. Unit: {number}, File: {path}\n  "
                       f"{error.strerror or error}") from None
    try:
        nbytes_in_file = _file_size(path, docompress)
        nextend = -1
        table = hmain = None
        random_groups = np.int32(0)
        if open_for_read or open_for_update:
            table, count, hmain, random_groups = _scan(entry.stream, nbytes_in_file, said,
                                                       hprint)
            nextend = count - 1
        if open_for_update:
            entry.stream.seek(nbytes_in_file)
        if open_for_write or open_for_update:
            return build_structure(
                ["FILENAME", "UNIT", "NEXTEND", "OPEN_FOR_WRITE"],
                [path, np.int32(number), np.int32(nextend),
                 np.int32(int(open_for_write) + 2 * int(open_for_update))])
        n = nextend + 1
        axis = np.array(table["axis"][:n], dtype=np.int64)
        values = [path, np.int32(number), np.uint8(0), np.int32(nextend),
                  np.array(table["xtension"][:n], dtype=str),
                  np.array(table["extname"][:n], dtype=str)]
        values += [np.array(table[k][:n], dtype=np.int32)
                   for k in ("extver", "extlevel", "gcount", "pcount", "bitpix", "naxis")]
        values += [axis[0] if n == 1 else axis,
                   np.array(table["start_header"][:n], dtype=np.int64),
                   np.array(table["start_data"][:n], dtype=np.int64),
                   np.asarray(hmain, dtype=str).reshape(-1),
                   np.int32(3 * int(open_for_overwrite)), np.int32(-1), random_groups,
                   np.int64(nbytes_in_file) if docompress else _long_or_64(nbytes_in_file)]
        return build_structure(
            ["FILENAME", "UNIT", "FCOMPRESS", "NEXTEND", "XTENSION", "EXTNAME", "EXTVER",
             "EXTLEVEL", "GCOUNT", "PCOUNT", "BITPIX", "NAXIS", "AXIS", "START_HEADER",
             "START_DATA", "HMAIN", "OPEN_FOR_WRITE", "LAST_EXTENSION", "RANDOM_GROUPS",
             "NBYTES"], values)
    except BaseException:
        file_units.close_unit("idl", number)
        raise


def close_fcb(fcb) -> None:
    """FITS_CLOSE: FREE_LUN of the FCB's unit."""
    number = int(np.asarray(fcb["UNIT"]).reshape(-1)[0])
    if not file_units.close_unit("idl", number):
        file_units.release_unit("idl", number)


# ---------------------------------------------------------------- FITS_READ
def tag(fcb, name: str):
    """A tag of the FCB (a one-element record array) as IDL's ``fcb.name``."""
    return fcb[name][0]


def _stream(fcb):
    try:
        return file_units.unit("idl", int(tag(fcb, "UNIT"))).stream
    except CompatValueError as error:
        raise _FcbFailure(str(error.message if hasattr(error, "message") else error)) from None


def _read_header(stream, position: int, nbytes_in_file: int) -> np.ndarray:
    stream.seek(position)
    header: list[str] = []
    while True:
        if position >= nbytes_in_file:
            raise _FcbFailure("EOF encountered while reading header")
        block = stream.read(2880)
        if len(block) < 2880:
            raise _FcbFailure("READU: End of file encountered.")
        position += 2880
        hdr, ended = _through_end(_cards_of(block))
        header += hdr
        if ended:
            return np.array(header, dtype=str)


def _required_header(fcb, enum: int, xtension: str, bitpix: int, naxis: int, axis,
                     groups, pcount: int, gcount: int, header):
    """fits_read.pro's merge of the primary header into an extension's (INHERIT = T or
    /PDU): the required keywords, the PDU's other cards between two banner lines, then
    the extension's own cards."""
    header = delete(header, _READ_REMOVED)
    hreq = np.array(["END     "] + [""] * 19, dtype=str)
    if enum == 0:
        hreq = add(hreq, "SIMPLE", "T", "image conforms to FITS standard")
    else:
        hreq = add(hreq, "XTENSION", xtension, "extension type")
    hreq = add(hreq, "BITPIX", np.int32(bitpix), "bits per data value")
    hreq = add(hreq, "NAXIS", np.int32(naxis), "number of axes")
    for i in range(1, naxis + 1):
        hreq = add(hreq, f"NAXIS{i}", np.int64(axis[i - 1]))
    if enum == 0 and int(tag(fcb, "NEXTEND")) >= 1:
        hreq = add(hreq, "EXTEND", "T", "file may contain extensions")
    if _long(groups):
        hreq = add(hreq, "GROUPS", "T", "Group format")
    if enum > 0 or pcount > 0:
        hreq = add(hreq, "PCOUNT", np.int32(pcount), "Number of group parameters")
    if enum > 0 or gcount > 0:
        hreq = add(hreq, "GCOUNT", np.int32(gcount), "Number of groups")
    hreq = [str(c) for c in hreq]
    n0 = next(k for k, c in enumerate(hreq) if c[:8] == "END     ")
    hpdu = [str(c) for c in np.atleast_1d(tag(fcb, "HMAIN"))]
    if len(hpdu) > 1:
        hreq = hreq[:n0] + [MAIN_BANNER] + hpdu[:-1] + [EXTENSION_BANNER, "END     "]
        n0 += len(hpdu) + 1
    if isinstance(header, np.ndarray) and header.ndim == 0:
        rest = [str(header[()])]           # SXDELPAR left IDL's 0
    else:
        rest = [str(c) for c in header]
    return np.array(hreq[:n0] + rest, dtype=str)


def read_hdu(fcb, *, enum, noscale=False, first=0, last=0, group=0, header_only=False,
             data_only=False, no_pdu=False, pdu=False, no_unsigned=False,
             want_group_par=False, state=None):
    """FITS_READ on an open FCB: ``(data, header, group_par)``. ``state`` (a dict)
    receives the header as soon as it is read, for the library's error exits."""
    state = {} if state is None else state
    bitpix = int(tag(fcb, "BITPIX").reshape(-1)[enum])
    naxis = int(tag(fcb, "NAXIS").reshape(-1)[enum])
    axis_all = np.asarray(tag(fcb, "AXIS")).reshape(-1, 20)
    axis = [int(a) for a in axis_all[enum, :naxis]]
    gcount = int(tag(fcb, "GCOUNT").reshape(-1)[enum])
    pcount = int(tag(fcb, "PCOUNT").reshape(-1)[enum])
    xtension = str(np.atleast_1d(tag(fcb, "XTENSION"))[enum])
    names = fcb.dtype.names
    fcompress = int(tag(fcb, "FCOMPRESS")) if "FCOMPRESS" in names else 0
    if fcompress:
        raise _FcbFailure("fpack-compressed files are not supported")
    stream = _stream(fcb)
    header = None
    position = int(tag(fcb, "START_HEADER").reshape(-1)[enum])
    if not data_only:
        header = _read_header(stream, position, int(tag(fcb, "NBYTES")))
        position += (header.size + 35) // 36 * 2880
        state["header"] = header
        bscale, n_bscale = par(header, "BSCALE")
        bzero, n_bzero = par(header, "BZERO")
    else:
        bscale, n_bscale, bzero, n_bzero = np.int32(0), 0, np.int32(0), 0
    if not isinstance(bscale, str) and bscale == 0.0:
        bscale = np.float32(1.0)
    unsgn_int = bitpix == 16 and bzero == 32768 and bscale == 1
    unsgn_lng = bitpix == 32 and bzero == 2147483648 and bscale == 1
    if (unsgn_int or unsgn_lng) and not no_unsigned:
        noscale = True
    if not data_only:
        if n_bscale > 0 and not noscale and not last and not header_only:
            header = add(header, "BSCALE", np.float32(1.0))
        if n_bzero > 0 and not noscale and not last and not header_only:
            header = add(header, "BZERO", np.float32(0.0))
        groups = par(header, "GROUPS")[0]
        if not no_pdu:
            no_pdu = 1 - max(_long(par(header, "INHERIT")[0]), 0)
        if pdu:
            no_pdu = 0
        if not no_pdu and enum > 0:
            header = _required_header(fcb, enum, xtension, bitpix, naxis, axis, groups,
                                      pcount, gcount, header)
        state["header"] = header
        if header_only:
            return np.int32(0), header, None
    if naxis == 0:
        data = np.int32(0)
        if not data_only:
            npix1 = par(header, "NPIX1")[0]
            npix2 = par(header, "NPIX2")[0]
            pixvalue = par(header, "PIXVALUE")[0]
            if _long(npix1) * _long(npix2) > 0:
                value = np.asarray(pixvalue)
                data = np.full((_long(npix2), _long(npix1)), value, dtype=value.dtype)
        return data, header, None
    dtype = READ_TYPES.get(bitpix)
    if dtype is None:
        raise _FcbFailure(f"ERROR - Illegal value of BITPIX (= {bitpix}) in FITS header")
    ndata = int(np.prod(axis, dtype=np.int64))
    bytes_per_word = abs(bitpix) // 8
    nbytes_per_group = bytes_per_word * (pcount + ndata)
    nwords = max(gcount, 1) * nbytes_per_group // bytes_per_word
    position = int(tag(fcb, "START_DATA").reshape(-1)[enum])
    if not last:
        if group >= max(gcount, 1):
            raise _FcbFailure("INVALID group number specified")
        position += int(group) * nbytes_per_group
    big = dtype.newbyteorder(">")
    group_par = None
    if enum == 0 and _long(tag(fcb, "RANDOM_GROUPS")) == 1 and pcount > 0 and not last:
        if want_group_par:
            stream.seek(position)
            group_par = _words(stream, big, pcount)
        position += pcount * bytes_per_word
    if last:
        if first < 0 or last <= 1 or first > last or last > nwords - 1:
            raise _FcbFailure("INVALID value for parameters FIRST & LAST")
        count = int(last) - int(first) + 1
        position += int(first) * bytes_per_word
        shape = (count,)
    else:
        if ndata == 0:
            return np.int32(0), header, group_par
        if naxis > 8:
            raise _FcbFailure("Maximum value of NAXIS allowed is 8")
        count = ndata
        shape = tuple(axis[::-1])
    stream.seek(position)
    data = _words(stream, big, count).reshape(shape)
    if not no_unsigned and not data_only:
        if unsgn_int:
            data = (data.astype(np.uint16) - np.uint16(32768)).astype(np.uint16)
        elif unsgn_lng:
            data = (data.astype(np.uint32) - np.uint32(2147483648)).astype(np.uint32)
    if not data_only and not last and not noscale:
        if bitpix < 32:
            bscale, bzero = np.float32(bscale), np.float32(bzero)
        data = _scaled(data, bscale, bzero)
    return data, header, group_par


def _words(stream, big: np.dtype, count: int) -> np.ndarray:
    raw = stream.read(count * big.itemsize)
    if len(raw) < count * big.itemsize:
        raise _FcbFailure("READU: End of file encountered.")
    return np.frombuffer(raw, dtype=big).astype(big.newbyteorder("="))


def _idl_scalar(value):
    a = np.asarray(value)
    return a if a.dtype.kind != "U" else np.asarray(0, np.int32)


def _scaled(data: np.ndarray, bscale, bzero) -> np.ndarray:
    """``IF bscale NE 1.0 THEN data *= bscale`` and ``IF bzero NE 0.0 THEN data +=
    bzero`` with IDL's result types (LONG * FLOAT is FLOAT, not numpy's float64)."""
    bscale, bzero = _idl_scalar(bscale), _idl_scalar(bzero)
    if bscale != 1.0:
        kind = promote(data.dtype, bscale.dtype)
        data = data.astype(kind) * bscale.astype(kind)
    if bzero != 0.0:
        kind = promote(data.dtype, bzero.dtype)
        data = data.astype(kind) + bzero.astype(kind)
    return data


# ---------------------------------------------------------------- FITS_WRITE
#: FITS_WRITE's BITPIX of each IDL type code (its bitpixs vector; 0 = refused)
_WRITE_BITPIX = {1: 8, 2: 16, 3: 32, 4: -32, 5: -64, 12: 16, 13: 32}


def _header_bytes(header) -> bytes:
    cards = [str(c) for c in np.atleast_1d(header)]
    ends = [k for k, c in enumerate(cards) if c[:8] == "END     "]
    if not ends:
        # fits_write.pro sizes its byte buffer by the END card's index + 1
        raise CompatValueError("Array dimensions must be greater than 0: the header "
                               "has no 'END     ' card")
    n = ends[0] + 1
    out = bytearray()
    for card in cards[:n]:
        text = card.encode("latin-1", errors="replace")
        if len(text) > 80:
            raise _FcbFailure("Out of range subscript encountered: a header line longer "
                           "than 80 characters")
        out += text.ljust(80, b" ")
    pad = (2880 - len(out) % 2880) % 2880
    return bytes(out) + b" " * pad


def write_hdu(fcb, data, header_in, *, code: int, extname=None, extver=None,
              xtension=None, extlevel=None, no_data=False, said=None):
    """FITS_WRITE on an FCB open for writing: writes one HDU at the unit's end (after
    padding the previous one to 2880 bytes), returns the header written. ``code`` is
    the data's IDL type code (0 for a scalar INT written as the empty primary)."""
    said = [] if said is None else said
    entry = file_units.unit("idl", int(tag(fcb, "UNIT")))
    stream = entry.stream
    current = stream.tell()
    npad = (2880 - current % 2880) % 2880
    if npad:
        stream.write(b"\0" * npad)
    if no_data:
        stream.write(_header_bytes(header_in))
        return np.asarray(header_in, dtype=str)
    if header_in is None or np.asarray(header_in).size <= 1:
        header = np.array(["END     "], dtype=str)
    else:
        header = np.asarray(header_in, dtype=str).reshape(-1)
    if int(tag(fcb, "OPEN_FOR_WRITE")) == 0:
        raise _FcbFailure("File is not open for writing")
    data = np.asarray(data)
    axis = list(data.shape[::-1])
    while len(axis) > 1 and axis[-1] == 1:
        axis.pop()                 # SIZE: IDL has no trailing dimensions of length 1
    naxis = len(axis)
    if code not in _WRITE_BITPIX:
        raise _FcbFailure("Data array is an invalid type")
    bitpix = _WRITE_BITPIX[code]
    if xtension is not None:
        a_xtension = xtension
    else:
        value, count = par(header, "XTENSION")
        a_xtension = value if count else ""
    if isinstance(a_xtension, str) and a_xtension in ("BINTABLE", "TABLE") and code > 1:
        raise _FcbFailure("A Byte array must be supplied with a BINTABLE or TABLE extension")
    if extname is not None:
        a_extname = extname
    else:
        value, count = par(header, "EXTNAME")
        a_extname = value if count else ""
    a_extver = extver if extver is not None else par(header, "EXTVER")[0]
    a_extlevel = extlevel if extlevel is not None else par(header, "EXTLEVEL")[0]
    header = delete(header, ["XTENSION", "EXTNAME", "EXTVER", "EXTLEVEL"])
    header = [str(c) for c in np.atleast_1d(header)]
    keywords = [c[:8] for c in header]
    hpos1 = keywords.index("BEGIN MA") if "BEGIN MA" in keywords else -1
    hpos2 = keywords.index("BEGIN EX") if "BEGIN EX" in keywords else -1
    hpos3 = keywords.index("END     ") if "END     " in keywords else -1
    if hpos1 > 0 and hpos2 < hpos1:
        raise _FcbFailure("Invalid header BEGIN EXTENSION HEADER ... out of place")
    if hpos3 < 0:
        said.append("FITS_WRITE: END missing from input header and was added")
        header = header + ["END     "]
        hpos2 = len(header) - 1
        if hpos2 > 0:
            # fits_write.pro then takes header[hpos2+1:hpos3] with hpos3 still -1
            raise CompatValueError("Subscript range values of the form low:high must be "
                                   ">= 0, < size, with low <= high (fits_write.pro cuts "
                                   "a header without END at its new END)")
    if int(tag(fcb, "NEXTEND")) == -1:
        if hpos2 > 0 or a_xtension != "" or a_extname != "" or _long(a_extver) != 0 or \
                _long(a_extlevel) != 0:
            hmain = None
            if hpos1 > 0 and hpos2 > hpos1 + 1:
                hmain = np.array(header[hpos1 + 1:hpos2] + ["END     "], dtype=str)
            write_hdu(fcb, np.int16(0), hmain, code=2, said=said)
    if hpos2 > 0:
        header = header[hpos2 + 1:hpos3 + 1]
    h = np.array(["END     "] + [""] * 19, dtype=str)
    first = int(tag(fcb, "NEXTEND")) == -1
    if first:
        h = add(h, "SIMPLE", "T", "image conforms to FITS standard")
    else:
        if a_xtension == "":
            a_xtension = "IMAGE   "
        h = add(h, "XTENSION", a_xtension, "extension type")
    h = add(h, "BITPIX", np.int16(bitpix), "bits per data value")
    h = add(h, "NAXIS", np.int32(naxis), "number of axes")
    for i in range(1, naxis + 1):
        h = add(h, f"NAXIS{i}", np.int32(axis[i - 1]))
    if first:
        h = add(h, "EXTEND", "T", "file may contain extensions")
    else:
        h = add(h, "PCOUNT", np.int16(0))
        h = add(h, "GCOUNT", np.int16(1))
        if a_xtension in ("BINTABLE", "TABLE   "):
            h = add(h, "TFIELDS", np.int32(max(_long(par(header, "TFIELDS")[0]), 0)))
        if a_extname != "":
            h = add(h, "EXTNAME", a_extname)
        if _long(a_extver) > 0:
            h = add(h, "EXTVER", a_extver)
        if _long(a_extlevel) > 0:
            h = add(h, "EXTLEVEL", a_extlevel)
    header = np.array(header, dtype=str)
    if code == 12:
        header = add(header, "BZERO", np.int32(32768), "Data is unsigned integer")
    if code == 13:
        header = add(header, "BZERO", np.int64(2147483648), "Data is unsigned long")
    if code >= 12:
        header = delete(header, "BSCALE")
    if code in (4, 5):
        header = delete(header, ["BSCALE", "BZERO"])
    pcount = par(header, "PCOUNT")[0]
    groups = par(header, "GROUPS")[0]
    header = delete(header, _WRITE_REMOVED)
    if _long(groups) and _long(pcount) > 0:
        for i in range(1, _long(pcount) + 1):
            header = delete(header, [f"PTYPE{i}", f"PSCAL{i}", f"PZERO{i}"])
    h = [str(c) for c in h]
    last = next(k for k, c in enumerate(h) if c[:8] == "END     ")
    rest = [str(header[()])] if isinstance(header, np.ndarray) and header.ndim == 0 \
        else [str(c) for c in header]
    header = np.array(h[:last] + rest, dtype=str)
    stream.write(_header_bytes(header))
    if naxis > 0:
        if code == 12:
            out = (data.astype(np.int32) - 32768).astype(np.int16)
        elif code == 13:
            out = (data.astype(np.int64) - 2147483648).astype(np.int32)
        else:
            out = data
        raw = np.ascontiguousarray(out).astype(out.dtype.newbyteorder(">")).tobytes()
        stream.write(raw)
        npad = (2880 - len(raw) % 2880) % 2880
        if npad:
            stream.write((b" " if a_xtension == "TABLE   " else b"\0") * npad)
    fcb["NEXTEND"][0] = int(tag(fcb, "NEXTEND")) + 1
    return header


# ---------------------------------------------------------------- MODFITS
#: CHECK_FITS's BITPIX of each IDL type code
_CHECK_BITPIX = {1: 8, 2: 16, 3: 32, 4: -32, 5: -64, 12: 16, 13: 32}


def check_fits_message(code: int, dims, hdr) -> str:
    """check_fits.pro without /UPDATE: '' when the header describes the data, else the
    library's ERRMSG text."""
    nax, n_naxis = par(hdr, "NAXIS")
    if n_naxis == 0:
        return "FITS header missing NAXIS keyword"
    dims = [int(d) for d in dims]
    if not dims:
        return "" if _long(nax) == 0 else "FITS array is not defined"
    naxis, count = par(hdr, "NAXIS*")
    naxis = [int(v) for v in np.atleast_1d(naxis)] if count else [0]
    naxi = len(naxis)
    if _long(nax) > naxi:
        return f"FITS header has NAXIS = {_long(nax)}, but only {naxi} axes defined"
    last = naxi - 1
    while last >= 1 and naxis[last] == 1:
        last -= 1
    if len(dims) != last + 1:
        return "# of NAXISi keywords does not match # of array dimensions"
    for i in range(last + 1):
        if naxis[i] != dims[i]:
            return f"Invalid NAXIS{i + 1} keyword value in header"
    if code not in _CHECK_BITPIX:
        return "Data array is not a valid FITS datatype"
    bitpix = _long(par(hdr, "BITPIX")[0])
    if bitpix != _CHECK_BITPIX[code]:
        return f"BITPIX value of {bitpix} in FITS header does not match array"
    return ""


def _blkshift(stream, pos: int, delta: int) -> None:
    """blkshift.pro with /NOZERO: the bytes from ``pos`` to the end move by ``delta``
    (the file grows, or shrinks and is truncated)."""
    stream.seek(0, os.SEEK_END)
    size = stream.tell()
    if pos >= size:
        return
    delta = max(pos + delta, 0) - pos
    if delta == 0:
        return
    stream.seek(pos)
    rest = stream.read(size - pos)
    stream.seek(pos + delta)
    stream.write(rest)
    if delta < 0:
        stream.truncate(size + delta)


def _idl_div(a: int, b: int) -> int:
    """IDL's integer division (truncation toward zero)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b > 0) else -q


def modify(fcb, exten: int, data, code: int, header, *, checksum_now=None):
    """MODFITS on an FCB opened /UPDATE: header (when given: a string array through END)
    and data (when given: ``data`` not None) of HDU ``exten`` rewritten in place, the
    following HDUs shifted by whole blocks when the sizes change. Returns whether the
    file was modified."""
    from compat._core.fits_write import add_checksum
    stream = _stream(fcb)
    start_d = int(fcb["START_DATA"][0].reshape(-1)[exten])
    nextend = int(tag(fcb, "NEXTEND"))
    have_data = data is not None
    raw = None
    if have_data:
        if code == 12:
            out = (data.astype(np.int32) - 32768).astype(np.int16)
        elif code == 13:
            out = (data.astype(np.int64) - 2147483648).astype(np.int32)
        else:
            out = data
        raw = np.ascontiguousarray(out).astype(out.dtype.newbyteorder(">")).tobytes()
    start_h = None
    if exten != nextend:
        start_h = int(fcb["START_HEADER"][0].reshape(-1)[exten + 1])
        nbytes = start_h - start_d
    else:
        nbytes = len(raw) if have_data else 0
    oldheader = _read_header(stream, int(fcb["START_HEADER"][0].reshape(-1)[exten]),
                             int(tag(fcb, "NBYTES")))
    checksum = par(oldheader, "CHECKSUM")[1] > 0
    updated = False
    if header is not None:
        noldheader = start_d - int(fcb["START_HEADER"][0].reshape(-1)[exten])
        if code == 12:
            header = add(header, "BZERO", np.int32(32768), "Data is unsigned integer")
        if code == 13:
            header = add(header, "BZERO", np.int64(2147483648), "Data is unsigned long")
        if checksum:
            header = add_checksum(header, raw if have_data else None,
                                  data.size if have_data else 0, now=checksum_now)
        cards = [str(c) for c in np.atleast_1d(header)]
        end = next(k for k, c in enumerate(cards) if c[:8] == "END     ")
        newbytes = len(cards) * 80
        block = _idl_div(newbytes - 1, 2880) - _idl_div(noldheader - 1, 2880)
        if block != 0:
            _blkshift(stream, start_d, block * 2880)
            start_d += block * 2880
            fcb["START_DATA"][0][exten:] += block * 2880
            fcb["NBYTES"][0] += block * 2880
            if exten != nextend:
                start_h += block * 2880
                fcb["START_HEADER"][0][exten + 1:] += block * 2880
        stream.seek(int(fcb["START_HEADER"][0].reshape(-1)[exten]))
        out_bytes = bytearray(b" " * newbytes)
        for n in range(end + 1):
            text = cards[n].encode("latin-1", errors="replace")[:80]
            out_bytes[80 * n:80 * n + len(text)] = text
        stream.write(bytes(out_bytes))
        remain = newbytes % 2880
        if remain:
            stream.write(b" " * (2880 - remain))
        updated = True
    if have_data:
        newbytes = len(raw)
        block = _idl_div(newbytes - 1, 2880) - _idl_div(nbytes - 1, 2880)
        if block != 0 and exten != nextend:
            _blkshift(stream, start_h, block * 2880)
            fcb["NBYTES"][0] += block * 2880
            fcb["START_HEADER"][0][exten + 1:] += block * 2880
            fcb["START_DATA"][0][exten + 1:] += block * 2880
        # modfits.pro checks data given without a header against the old one only when
        # N_elements(Header) is 0, which never holds: SETDEFAULTVALUE made Header 0
        stream.seek(start_d)
        stream.write(raw)
        remain = newbytes % 2880
        if remain:
            pad = b"\0"
            if exten > 0 and par(oldheader, "XTENSION")[0] == "TABLE   ":
                pad = b" "
            stream.write(pad * (2880 - remain))
        updated = True
    return updated
