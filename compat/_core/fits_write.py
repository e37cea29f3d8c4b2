"""The IDL Astronomy Library's image writers as the library writes them: mkhdr.pro's
header, check_fits.pro's /UPDATE repairs, writefits.pro's bytes and fits_add_checksum.pro's
CHECKSUM/DATASUM cards.

Headers are the library's string arrays (:mod:`compat._core.fits_headers`, whose
``set_card``/``delete_cards``/``find`` are sxaddpar.pro, sxdelpar.pro and sxpar.pro);
data are in the readsav layout (numpy shape = IDL dimensions reversed), so their C-order
bytes are IDL's WRITEU order. Facts and rules are read from the library's code
(github.com/wlandsman/IDLAstro, BSD licence), cited per function; the code here is
written anew.
"""

from __future__ import annotations

import gzip
import os
import sys
import time

import numpy as np

from compat._core import fits_headers as cards
from compat._core.errors import CompatValueError
from compat._core.half_away import round_half_away
from compat._core.fits_fx import fxaddpar_cards
from compat._core.idl_types import idl_type_code

__all__ = ["mkhdr_cards", "check_fits_update", "write_image", "add_checksum",
           "systime_text", "fits_date", "mwr_image", "mwr_scale", "mwr_header_bytes",
           "mwr_written_header"]

_BLANK = " " * 80
_END = "END".ljust(80)
#: mkhdr.pro's BITPIX of each IDL type code (7, STRING, is written as bytes)
_MKHDR_BITPIX = {1: 8, 2: 16, 3: 32, 4: -32, 5: -64, 7: 8, 12: 16, 13: 32, 14: 64, 15: 64}
#: check_fits.pro's BITPIX of the types it accepts, with its /UPDATE comment
_CHECK_BITPIX = {1: (8, " Character or unsigned binary integer"),
                 2: (16, " 16-bit twos complement binary integer"),
                 3: (32, " 32-bit twos complement binary integer"),
                 4: (-32, " IEEE single precision floating point"),
                 5: (-64, " IEEE double precision floating point"),
                 12: (16, " 16-bit unsigned binary integer"),
                 13: (32, " 32-bit unsigned binary integer")}
#: writefits.pro's BZERO card of the unsigned types, and the signed type written
_UNSIGNED = {12: (np.int32(32768), " Data is Unsigned Integer", np.int16),
             13: (np.int64(2147483648), " Data is Unsigned Long", np.int32),
             15: (np.uint64(2 ** 63), " Data is 64 bit Unsigned Long", np.int64)}
_O_BZERO = {12: (np.int32(32768), " Original Data is Unsigned Integer"),
            13: (np.int64(2147483648), " Original Data is Unsigned Long"),
            15: (np.uint64(2 ** 63), " Original Data is Unsigned 64 bit Long")}


def _say(routine: str, text: str, silent: bool = False) -> None:
    if not silent:
        print(f"% {routine}: {text}", file=sys.stderr)


def systime_text(now: float | None = None) -> str:
    """IDL's SYSTIME() text, the C library's asctime of the local time."""
    return time.asctime(time.localtime(now))


def fits_date(now: float | None = None, timetag: bool = False) -> str:
    """get_date.pro's FITS date of now (UTC): ``CCYY-MM-DD[Thh:mm:ss]``."""
    return time.strftime("%Y-%m-%dT%H:%M:%S" if timetag else "%Y-%m-%d",
                         time.gmtime(now))


def mkhdr_cards(code: int, dims, *, image: bool = False, extend: bool = False,
                now: float | None = None) -> np.ndarray:
    """mkhdr.pro: the header of an array of IDL type ``code`` and IDL dimensions ``dims``.

    An 80-blank array of NAXIS + 7 cards with END first, then SXADDPAR of SIMPLE
    (comment ' Written by IDL:  ' + SYSTIME()) or XTENSION 'IMAGE   ', BITPIX, NAXIS,
    NAXISn (no comment), PCOUNT/GCOUNT (/IMAGE) or EXTEND (/EXTEND or no axes) and DATE,
    O_BZERO for unsigned types, cut to NAXIS + 8 cards (blank cards after END stay), then
    the two COMMENT cards on the FITS definition (not with /IMAGE).
    """
    code = int(code)
    if code == 0:
        raise CompatValueError("ERROR: Input data array is undefined")
    if code == 6:
        raise CompatValueError("Complex types not allowed as FITS primary arrays")
    if code not in _MKHDR_BITPIX:
        raise CompatValueError("ERROR: Illegal Image Datatype")
    dims = [int(d) for d in dims]
    n = len(dims)
    h = np.array([_END] + [_BLANK] * (n + 6))
    add = cards.set_card
    if image:
        h = add(h, "XTENSION", "IMAGE   ", " IMAGE extension")
    else:
        h = add(h, "SIMPLE", "T", " Written by IDL:  " + systime_text(now))
    h = add(h, "BITPIX", np.int16(_MKHDR_BITPIX[code]), " Number of bits per data pixel")
    h = add(h, "NAXIS", np.int32(n), " Number of data axes")
    for i, d in enumerate(dims):
        h = add(h, f"NAXIS{i + 1}", np.int32(d))
    if image:
        h = add(h, "PCOUNT", np.int16(0), " No Group Parameters")
        h = add(h, "GCOUNT", np.int16(1), " One Data Group")
    else:
        if extend or n == 0:
            h = add(h, "EXTEND", "T", " FITS data may contain extensions")
        h = add(h, "DATE", fits_date(now), " Creation UTC (CCCC-MM-DD) date of FITS header")
    if code in _O_BZERO:
        h = add(h, "O_BZERO", *_O_BZERO[code])
    h = h[:n + 8]
    if not image:
        h = add(h, "COMMENT ", "FITS (Flexible Image Transport System) format is defined "
                "in 'Astronomy")
        h = add(h, "COMMENT ", "and Astrophysics', volume 376, page 359; bibcode "
                "2001A&A...376..359H")
    return h


def check_fits_update(code: int, dims, hdr, silent: bool = False) -> np.ndarray:
    """check_fits.pro with /UPDATE: the header made consistent with the data.

    NAXIS lowered to the number of NAXISn cards; trailing NAXISn of 1 ignored; NAXIS and
    NAXISn rewritten with FXADDPAR (comment 'Number of positions along axis n') when
    the dimensions differ, extra NAXISn deleted; BITPIX rewritten with its comment when
    it does not match the type. A header without NAXIS, or data of a type FITS images
    do not hold (LONG64, ULONG64, STRING), is reported and left as it is.
    """
    hdr = cards.as_header(hdr)
    dims = [int(d) for d in dims]
    ndimen = len(dims)
    nax, n_naxis, _, _ = cards.find(hdr, "NAXIS")
    if n_naxis == 0:
        _say("CHECK_FITS", "ERROR - FITS header missing NAXIS keyword")
        return hdr
    if ndimen == 0:
        if nax != 0:
            _say("CHECK_FITS", "ERROR - FITS array is not defined")
        return hdr
    naxis, count, _, _ = cards.find(hdr, "NAXIS*")
    naxis = np.atleast_1d(naxis)
    naxi = naxis.size
    if nax > naxi:
        hdr = fxaddpar_cards(hdr, "NAXIS", np.int32(naxi))
        _say("CHECK_FITS", f"NAXIS changed from {int(nax)} to {naxi}", silent)
    last = naxi - 1
    while last >= 1 and naxis[last] == 1:
        last -= 1
    naxis = naxis[:last + 1]
    if ndimen != last + 1 or any(int(a) != d for a, d in zip(naxis, dims)):
        hdr = fxaddpar_cards(hdr, "NAXIS", np.int32(ndimen), before="NAXIS1")
        for i in range(1, ndimen + 1):
            hdr = fxaddpar_cards(hdr, f"NAXIS{i}", np.int32(dims[i - 1]),
                                 f"Number of positions along axis {i}",
                                 after=f"NAXIS{i - 1}")
        if naxi > ndimen:
            hdr = cards.delete_cards(hdr, [f"NAXIS{i}" for i in range(ndimen + 1, naxi + 1)])
        _say("CHECK_FITS", "NAXIS keywords in FITS header have been updated", silent)
    if code not in _CHECK_BITPIX:
        _say("CHECK_FITS", "ERROR - Data array is not a valid FITS datatype")
        return hdr
    bitpix, comment = _CHECK_BITPIX[code]
    if cards.find(hdr, "BITPIX")[0] != bitpix:
        _say("CHECK_FITS", f"BITPIX value of {bitpix} added to FITS header", silent)
        hdr = fxaddpar_cards(hdr, "BITPIX", np.int16(bitpix), comment)
    return hdr


def _checksum32(data: bytes, start: int = 0) -> int:
    """checksum32.pro: the 32-bit ones' complement sum of big-endian words (zero-padded)."""
    if len(data) % 4:
        data = data + b"\0" * (4 - len(data) % 4)
    words = np.frombuffer(data, dtype=">u4").astype(np.uint64)
    total = int(words.sum()) + start
    while total >> 32:
        total = (total & 0xFFFFFFFF) + (total >> 32)
    return total


def _ascii_encode(value: int) -> str:
    """fits_ascii_encode.pro: the 16-character ASCII encoding of a 32-bit checksum
    (the FITS checksum convention: 4 bytes spread over 4 characters each, offset by '0',
    punctuation avoided, rotated right by one)."""
    exclude = set(range(0x3A, 0x41)) | set(range(0x5B, 0x61))
    chars = []
    for byte_index in range(4):
        byte = (value >> (24 - 8 * byte_index)) & 0xFF
        quotient, remainder = divmod(byte, 4)
        ch = [quotient + remainder + 0x30] + [quotient + 0x30] * 3
        while True:
            changed = False
            for j in range(0, 4, 2):
                if ch[j] in exclude or ch[j + 1] in exclude:
                    ch[j] += 1
                    ch[j + 1] -= 1
                    changed = True
            if not changed:
                break
        chars.append(ch)
    text = "".join(chr(chars[b][k]) for k in range(4) for b in range(4))
    return text[-1] + text[:-1]


def add_checksum(hdr, data_bytes: bytes | None, n_elements: int,
                 now: float | None = None) -> np.ndarray:
    """fits_add_checksum.pro: DATASUM (when the data have more than one element, or the
    header has one) and CHECKSUM cards, the comments timestamped with get_date /TIMETAG."""
    hdr = cards.as_header(hdr)
    datasum, n_datasum, _, _ = cards.find(hdr, "DATASUM")
    dsum = None
    update = True
    if n_elements > 1:
        dsum = _checksum32(data_bytes)
        # the library pads by elements, not bytes, and concatenates the ULONG sum with
        # BYTE blanks: a ULONG array [dsum, 32, 32, ...] is summed
        remain = n_elements % 2880
        exten, n_exten, _, _ = cards.find(hdr, "XTENSION")
        if remain and n_exten and exten == "TABLE   ":
            dsum = _checksum32(b"", dsum + 32 * (2880 - remain))
        sdsum = str(dsum)
    elif n_datasum == 0:
        update = False
    else:
        dsum = 0 if str(datasum).strip() == "" else int(str(datasum).strip()) & 0xFFFFFFFF
        sdsum = str(dsum)
    tm = fits_date(now, timetag=True)
    if update:
        verb = "updated " if n_datasum else "created "
        hdr = cards.set_card(hdr, "DATASUM", sdsum, " data unit checksum " + verb + tm)
    verb = "updated " if cards.find(hdr, "CHECKSUM")[1] else "created "
    hdr = cards.set_card(hdr, "CHECKSUM", "0000000000000000",
                         " HDU checksum " + verb + tm, after="DATASUM")
    block = _overlay(hdr.tolist(), len(hdr))
    if len(block) % 2880:
        block += b" " * (2880 - len(block) % 2880)
    hsum = _checksum32(block)
    hdusum = hsum if dsum is None else _checksum32(b"", dsum + hsum)
    return cards.set_card(hdr, "CHECKSUM", _ascii_encode(~hdusum & 0xFFFFFFFF),
                          after="DATASUM")


def _card_bytes(card: str) -> bytes:
    return str(card).encode("latin-1", errors="replace")


def _overlay(hdr, n: int) -> bytearray:
    """The first ``n`` cards laid at 80-byte steps over blanks, each as long as it is (a
    longer card runs into the next, which overwrites as much as it holds), as
    ``bhdr[80*n] = byte(hdr[n])`` does in writefits.pro and fits_add_checksum.pro."""
    buf = bytearray(b" " * (80 * n))
    for k in range(n):
        b = _card_bytes(hdr[k])[:len(buf) - 80 * k]
        buf[80 * k:80 * k + len(b)] = b
    return buf


def _header_block(hdr: list[str], endline: int) -> bytes:
    """writefits.pro's header bytes: cards 0..END overlaid (:func:`_overlay`),
    blank-padded to 2880."""
    buf = _overlay(hdr, endline + 1)
    if len(buf) % 2880:
        buf += b" " * (2880 - len(buf) % 2880)
    return bytes(buf)


def write_image(path: str, data: np.ndarray, header=None, heap=None, *, append=False,
                compress=False, checksum=False, nanvalue=None, silent=False,
                now: float | None = None) -> np.ndarray:
    """writefits.pro: write ``data`` (readsav layout) with ``header`` to ``path``.

    Returns the header writefits.pro leaves in its (in/out) Header variable: MKHDR's for
    fewer than two cards, the given one after check_fits /UPDATE for an array, the given
    one unchanged for a scalar (the written copy's SIMPLE line, BZERO, CHECKSUM and END
    are not put back: writefits.pro works on ``hdr = header``)."""
    code = idl_type_code(data.dtype)
    dims = list(data.shape[::-1])
    if header is None or np.size(header) < 2:
        header = mkhdr_cards(code, dims, image=bool(append), extend=not append, now=now)
    elif data.ndim > 0:
        header = check_fits_update(code, dims, header, silent)
    _write_image(path, data, header, heap, code, append=append, compress=compress,
                 checksum=checksum, nanvalue=nanvalue, silent=silent, now=now)
    return header


def _write_image(path, data, header, heap, code, *, append, compress, checksum, nanvalue,
                 silent, now) -> None:
    naxis = data.ndim
    header = cards.as_header(header)
    hdr = [str(c) for c in header.tolist()]
    if not append and hdr[0][:8] == "XTENSION":
        if str(cards.find(header, "XTENSION")[0]).strip() in ("TABLE", "BINTABLE",
                                                              "A3DTABLE"):
            append = True
            _say("WRITEFITS", "Writing FITS table extension", silent)
    if not append:
        simple = "SIMPLE  =                    T / Written by IDL:  " + systime_text(now)
        hdr[0] = simple.ljust(80)
        hdr = [str(c) for c in cards.delete_cards(np.array(hdr),
                                                  ["GCOUNT", "GROUPS", "PCOUNT", "PSIZE"])]
    out = data
    unsigned = naxis != 0 and code in _UNSIGNED
    if unsigned:
        bzero, comment, signed = _UNSIGNED[code]
        hdr = [str(c) for c in cards.set_card(np.array(hdr), "BZERO", bzero, comment,
                                              before="DATE")]
        flip = np.array(1 << (8 * data.dtype.itemsize - 1), dtype=data.dtype)
        out = (data ^ flip).view(signed)
    if naxis and nanvalue is not None and nanvalue != 0 and code == 4:
        # writefits.pro tests 'type EQ 8' for DOUBLE (a STRUCT code): only FLOAT changes
        out = np.where(data == nanvalue, np.float32(np.nan), data)
    target = path
    if append:
        if hdr[0][:8] != "XTENSION":
            _say("WRITEFITS", 'ERROR - "XTENSION" must be first keyword in header extension')
            return
        if not os.path.exists(path):
            write_image(path, np.uint8(0), mkhdr_cards(1, [], extend=True, now=now),
                        checksum=checksum, silent=silent, now=now)
        else:
            with open(path, "rb") as f:
                primary = f.read(2880 * 36)
            keys = {primary[k:k + 8] for k in range(0, len(primary) - 7, 80)}
            if b"EXTEND  " not in keys:
                _say("WRITEFITS", "WARNING - EXTEND keyword not found in primary FITS "
                     "header", silent)
        handle = open(path, "r+b")
        handle.seek(0, os.SEEK_END)
        size = handle.tell()
        if size % 2880:
            handle.write(b" " * (2880 - size % 2880))
    else:
        if compress and path[-3:].lower() != ".gz":
            target = path + ".gz"
        handle = gzip.open(target, "wb") if compress else open(target, "wb")
    with handle:
        ends = [k for k, c in enumerate(hdr) if c[:8] == "END     "]
        if not ends:
            _say("WRITEFITS", "WARNING - An END statement has been appended to the FITS "
                 "header", silent)
            hdr.append(_END)
            ends = [len(hdr) - 1]
        payload = out.astype(out.dtype.newbyteorder(">"), copy=False).tobytes() \
            if naxis else b""
        heap_bytes = None if heap is None else np.asarray(heap).tobytes()
        if checksum or cards.find(np.array(hdr), "CHECKSUM")[1]:
            summed = payload + (heap_bytes or b"")
            hdr = [str(c) for c in add_checksum(
                np.array(hdr), summed, data.size + (0 if heap is None else np.size(heap)),
                now)]
            ends = [k for k, c in enumerate(hdr) if c[:8] == "END     "]
        handle.write(_header_block(hdr, ends[0]))
        if naxis == 0:
            return
        bitpix = cards.find(np.array(hdr), "BITPIX")[0]
        bitpix = int(bitpix) if isinstance(bitpix, (int, np.integer)) else 0
        nbytes = data.size * (abs(bitpix) // 8)
        npad = nbytes % 2880
        handle.write(payload)
        if heap_bytes is not None:
            theap, n_theap, _, _ = cards.find(np.array(hdr), "THEAP")
            if n_theap:
                offset = int(theap) - nbytes
                if offset > 0:
                    handle.write(b"\0" * offset)
                    npad = (npad + offset) % 2880
                handle.write(heap_bytes)
                npad = (npad + len(heap_bytes)) % 2880
        pad = b"\0"
        if append and cards.find(header, "XTENSION")[0] == "TABLE   ":
            pad = b" "
        if npad:
            handle.write(pad * (2880 - npad))


# ------------------------------------------------------------------------------ MWRFITS
_MWR_VERSION = "1.14"
#: mwrfits.pro's bitpixes[type] (COMPLEX/DCOMPLEX are written as FLOAT/DOUBLE pairs)
_MWR_BITPIX = {1: 8, 2: 16, 3: 32, 4: -32, 5: -64, 12: 16, 13: 32, 14: 64, 15: 64}
#: mwr_unsigned_offset: the BZERO of the unsigned types, in their own type
_MWR_OFFSET = {12: np.uint16(32768), 13: np.uint32(2147483648), 15: np.uint64(2 ** 63)}


def _same_value(old, value) -> bool:
    """chk_and_upd's 'same type and value' test, on the value read back from the card."""
    if isinstance(value, str) or isinstance(old, str):
        return isinstance(value, str) and isinstance(old, str) and \
            old.rstrip() == value.rstrip()
    old, value = np.asarray(old), np.asarray(value)
    if (old.dtype.kind == "f") != (value.dtype.kind == "f"):
        return False
    return bool(old == value)


def _chk_and_upd(hdr, key: str, value, comment: str = "", nological: bool = False):
    """mwrfits.pro's chk_and_upd: FXADDPAR unless the header already holds the keyword
    with this value (then it is left alone); a changed value keeps the card's comment.
    (The library passes NOLOGICAL only on a header that exists.)"""
    if hdr is None:
        return fxaddpar_cards(None, key, value, comment)
    old, count, comments, _ = cards.find(hdr, key, silent=True)
    if count == 1:
        if not _same_value(old, value):
            return fxaddpar_cards(hdr, key, value, (comments[0] if comments else "").strip(),
                                  nological=nological)
        return hdr
    return fxaddpar_cards(hdr, key, value, comment, nological=nological)


def mwr_written_header(hdu: bytes) -> np.ndarray:
    """The header array mwrfits.pro's mwr_header leaves in its Header variable (IDL passes
    it by reference) from the bytes of the HDU it wrote (``hdu`` starting at the header):
    the 80-column cards up to END, blank cards to a multiple of 36 -- the cards written,
    as a ``<U80`` array."""
    text = hdu.decode("latin-1")
    count = len(text) // 80
    end = next(k for k in range(count) if text[80 * k:80 * k + 8] == "END     ")
    size = -(-(end + 1) // 36) * 36
    return np.array([text[80 * k:80 * k + 80] for k in range(size)], dtype="<U80")


def mwr_header_bytes(hdr) -> bytes:
    """mwrfits.pro's mwr_header: cards cut or padded to 80, up to the last END (earlier
    ENDs become 'COMMENT INVALID END REPLACED'; END added when missing), blank cards to a
    multiple of 36."""
    lines = [(str(c) + " " * 80)[:80] for c in np.asarray(hdr).reshape(-1).tolist()]
    ends = [k for k, c in enumerate(lines) if c[:8] == "END     "]
    if not ends:
        lines.append(_END)
    else:
        if len(ends) > 1:
            print("MWRFITS Warning: multiple END keywords found.")
            for k in ends[:-1]:
                lines[k] = "COMMENT INVALID END REPLACED".ljust(80)
        lines = lines[:ends[-1] + 1]
    if len(lines) % 36:
        lines += [_BLANK] * (36 - len(lines) % 36)
    return "".join(lines).encode("latin-1", errors="replace")


def _idl_round_long(x: np.ndarray) -> np.ndarray:
    """IDL's ROUND of DOUBLE values to LONG: halves away from zero; a value outside the
    LONG range (or NaN) gives -2147483648, the x86 conversion's 'integer indefinite'
    (GDL 1.0.1 prints -2147483648 for ROUND(2147483648d) and ROUND(3d10))."""
    with np.errstate(invalid="ignore"):
        r = round_half_away(x)
    bad = ~((r >= -2.0 ** 31) & (r < 2.0 ** 31))
    return np.where(bad, -2.0 ** 31, r).astype(np.int64)


def _findscale(flag, array: np.ndarray, nbits: int):
    """mwr_findscale: ``(scale, offset)`` of a scaling flag, or None ('Invalid scaling
    parameters'). Two values are BSCALE and BZERO; one value other than 1 is BSCALE with
    BZERO 0; 1 asks for (max - min) / 2**nbits (the difference in the data's own type,
    as IDL computes it) with the minimum at -2**(nbits-1) (at 0 for bytes)."""
    flag = np.atleast_1d(np.asarray(flag))
    if flag.size == 2:
        return float(flag[0]), float(flag[1])
    if flag.size != 1:
        print("MWRFITS Error: Invalid scaling parameters.")
        return None
    if flag[0] != 1:
        return float(flag[0]), 0.0
    low, high = array.min(), array.max()
    with np.errstate(over="ignore"):
        span = np.asarray(high) - np.asarray(low)      # FLOAT - FLOAT, LONG - LONG ...
    scale = float(span) / 2.0 ** nbits
    amin = -(2.0 ** (nbits - 1))
    if amin > -130:
        amin = 0.0
    return scale, float(low) - scale * amin


#: mwr_scale's target: (bits, smallest IDL type code scaled, min, max, numpy type)
_SCALINGS = {"lscale": (32, 4, -2.0 ** 31, 2.0 ** 31 - 1, np.int32),
             "iscale": (16, 3, -2.0 ** 15, 2.0 ** 15 - 1, np.int16),
             "bscale": (8, 2, 0.0, 255.0, np.uint8)}


def mwr_scale(data: np.ndarray, lscale=None, iscale=None, bscale=None, null=None):
    """mwrfits.pro's mwr_scale: floating (or wider integer) data scaled to LONG (LSCALE),
    INT (ISCALE) or BYTE (BSCALE). Returns ``(data, scale, offset)``, scale and offset
    None when nothing is scaled (no flag, data already as narrow, bad parameters).

    The first flag set wins (LSCALE, ISCALE, BSCALE); IDL type codes below 4 / 3 / 2 are
    left alone (so UINT, ULONG and the 64-bit integers are scaled even by LSCALE).
    ``round((data - BZERO) / BSCALE)`` as LONG, values above/below the target's range set
    to NULL when NULL is set (non-zero), else to the extremum; a BSCALE <= 0 prints
    'MWRFITS Error: BSCALE/TSCAL=0' and leaves the data as they are, but the cards are
    still written with that BSCALE (the library's order of operations).
    """
    for name, flag in (("lscale", lscale), ("iscale", iscale), ("bscale", bscale)):
        if _keyword_set(flag):
            break
    else:
        return data, None, None
    nbits, lowest, amin, amax, kind = _SCALINGS[name]
    if idl_type_code(data.dtype) < lowest:
        return data, None, None
    found = _findscale(flag, data, nbits)
    if found is None:
        return data, None, None
    scale, offset = found
    if scale <= 0:
        print("MWRFITS Error: BSCALE/TSCAL=0")
        return data, scale, offset
    values = _idl_round_long((data.astype(np.float64) - offset) / scale)
    fill_high = fill_low = None
    if _keyword_set(null):
        fill_high = fill_low = int(np.trunc(np.asarray(null, dtype=np.float64)))
    values = np.where(values > amax, amax if fill_high is None else fill_high, values)
    values = np.where(values < amin, amin if fill_low is None else fill_low, values)
    return values.astype(np.int64).astype(kind), scale, offset


def _keyword_set(value) -> bool:
    """IDL's KEYWORD_SET: defined and non-zero; an array (of more than one element) is
    set."""
    if value is None:
        return False
    a = np.asarray(value)
    if a.size == 0:
        return False
    if a.size > 1:
        return True
    item = a.reshape(-1)[0]
    return bool(item) if a.dtype.kind not in "US" else str(item) != ""


#: mwr_groupinfix: the largest group parameter kept for integer data, and the type
_GROUP_LIMITS = {1: (127.0, np.uint8), 2: (32767.0, np.int16), 3: (2147483647.0, np.int32)}


def _wrapped(values: np.ndarray, kind) -> np.ndarray:
    """IDL's BYTE()/FIX()/LONG() of floating values: truncated, then the low bits."""
    return np.trunc(np.nan_to_num(values)).astype(np.int64).astype(kind)


def _group_params(group: np.ndarray, data_code: int, hdr):
    """mwr_groupinfix's conversion of the group parameters to the data's type (with
    mwr_groupscale's PSCALn cards for integer data): ``(group, hdr)``."""
    code = idl_type_code(group.dtype)
    if code == data_code:
        return group, hdr
    if data_code in _GROUP_LIMITS:
        maxval, kind = _GROUP_LIMITS[data_code]
        group = group.copy()
        for i in range(group.shape[1]):
            pmax = float(np.abs(group[:, i]).max())
            if pmax > maxval:
                ratio = pmax / maxval
                key = f"PSCAL{i + 1}"
                currat = cards.find(hdr, key, silent=True)[0]
                if currat != 0:
                    hdr = fxaddpar_cards(hdr, key, float(currat) * ratio,
                                         "Scaling overriden by MWRFITS")
                else:
                    hdr = fxaddpar_cards(hdr, key, ratio, " Scaling added by MWRFITS")
                scaled = group[:, i] / ratio
                group[:, i] = scaled if group.dtype.kind in "fc" else np.trunc(scaled)
        return _wrapped(group, kind), hdr
    if data_code in (4, 5):
        return group.astype(np.float32 if data_code == 4 else np.float64), hdr
    raise CompatValueError("MWRFITS Internal error: Conversion of group data")


def mwr_image(data, header, bof: bool, silent: bool = False, *, lscale=None,
              iscale=None, bscale=None, null=None, group=None, pscale=None,
              pzero=None) -> bytes:
    """mwrfits.pro's mwr_image: the HDU's bytes of an array (None: IDL's undefined input,
    a header without data).

    A new file (``bof``) gets a primary HDU (SIMPLE 'Primary Header created by MWRFITS
    v1.14', BITPIX, NAXIS, EXTEND 'Extensions may be present', NAXISn), an existing one
    an IMAGE extension (XTENSION 'IMAGE', PCOUNT 0, GCOUNT 1), each keyword through
    chk_and_upd into the given header; COMPLEX is written as [2, ...] FLOAT pairs,
    strings as bytes zero-padded to the longest; then :func:`mwr_scale` (BSCALE/BZERO
    cards) or, unscaled, the unsigned types' BSCALE 1 and BZERO (the data shifted).
    With ``group`` (IDL [PCOUNT, GCOUNT], readsav (GCOUNT, PCOUNT)) random groups: NAXIS1
    0, the other axes one place on, the last axis counting the groups, GROUPS T, PCOUNT,
    GCOUNT; each group's parameters (converted to the data's type) precede its data.
    """
    if pscale is not None or pzero is not None:
        # mwr_pscale reads PZERO before it is defined and SIZG, which it never defines
        what = "PZERO" if pzero is None else "SIZG"
        raise CompatValueError(f"MWR_PSCALE: Variable is undefined: {what}")
    if data is None:
        code, data = 0, None
        dims = ()
    else:
        code = idl_type_code(data.dtype)
    if code in (6, 9):
        if not silent:
            print("MWRFITS Note: Complex numbers treated as arrays")
        part = np.float32 if code == 6 else np.float64
        data = np.ascontiguousarray(data).view(part).reshape(data.shape + (2,))
    elif code == 7:
        encoded = [s.encode("latin-1", errors="replace") for s in data.reshape(-1).tolist()]
        width = max((len(s) for s in encoded), default=0)
        if width == 0:
            print("MWRFITS Error: strings all have zero length")
            return b""
        data = np.frombuffer(b"".join(s.ljust(width, b"\0") for s in encoded),
                             np.uint8).reshape(data.shape + (width,))
    scale = offset = None
    if data is not None:
        data, scale, offset = mwr_scale(data, lscale, iscale, bscale, null)
        code = idl_type_code(data.dtype)
        dims = data.shape[::-1]
    grouped = _keyword_set(group)
    hdr = None if header is None or np.size(header) == 0 else cards.as_header(header)
    upd = _chk_and_upd
    if bof:
        hdr = upd(hdr, "SIMPLE", "T", "Primary Header created by MWRFITS v" + _MWR_VERSION)
        hdr = upd(hdr, "BITPIX", np.int16(_MWR_BITPIX.get(code, 8)))
        hdr = upd(hdr, "NAXIS", np.int32(len(dims)))
        hdr = upd(hdr, "EXTEND", "T", "Extensions may be present")
    else:
        hdr = upd(hdr, "XTENSION", "IMAGE", "Image Extension created by MWRFITS v" +
                  _MWR_VERSION)
        hdr = upd(hdr, "BITPIX", np.int16(_MWR_BITPIX.get(code, 8)))
        hdr = upd(hdr, "NAXIS", np.int32(len(dims)))
        hdr = upd(hdr, "PCOUNT", np.int16(0))
        hdr = upd(hdr, "GCOUNT", np.int16(1))
    if grouped:
        hdr = upd(hdr, "NAXIS1", np.int32(0))
        for i, d in enumerate(dims[:-1]):
            hdr = upd(hdr, f"NAXIS{i + 2}", np.int32(d))
        hdr = upd(hdr, "GROUPS", "T")
        group = np.asarray(group)
        if group.ndim != 2:
            raise CompatValueError("MWRFITS Error: Group data is not 2-d array")
        if data is None or group.shape[0] != dims[-1]:
            raise CompatValueError("MWRFITS Error: Group data has wrong number of rows")
        hdr = upd(hdr, "PCOUNT", np.int32(group.shape[1]))
        hdr = upd(hdr, "GCOUNT", np.int32(dims[-1]))
    else:
        for i, d in enumerate(dims):
            hdr = upd(hdr, f"NAXIS{i + 1}", np.int32(d))
    if scale is not None:
        hdr = upd(hdr, "BSCALE", np.float64(scale))
        hdr = upd(hdr, "BZERO", np.float64(offset))
    elif code in _MWR_OFFSET:
        hdr = upd(hdr, "BSCALE", np.int16(1))
        hdr = upd(hdr, "BZERO", _MWR_OFFSET[code])
        flip = np.array(1 << (8 * data.dtype.itemsize - 1), dtype=data.dtype)
        data = data ^ flip
    if grouped:
        params, hdr = _group_params(group, code, hdr)
        data = np.concatenate([params.astype(data.dtype, copy=False),
                               data.reshape(dims[-1], -1)], axis=1)
    out = mwr_header_bytes(hdr)
    if data is None or len(dims) == 0:
        return out
    payload = data.astype(data.dtype.newbyteorder(">"), copy=False).tobytes()
    filler = (2880 - len(payload) % 2880) % 2880
    return out + payload + b"\0" * filler
