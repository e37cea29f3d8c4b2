"""FITS headers and files the way the IDL Astronomy Library's FX routines handle them:
FXADDPAR's card layout and keyword placement, FITS_INFO's summary lines.

Rules learnt from the library's documentation and sources (W. Thompson's FXADDPAR
Version 10 of 21-Jun-2018 and FXPARPOS, W. Landsman's FITS_INFO), written anew here:

* a header is a string array of 80-character cards (``''`` elements stand for the
  unused slots of ``STRARR(36)``); a missing header becomes ``STRARR(36)`` with END
  first; the array grows by 36 blank cards when a card would pass its end.
* a new keyword goes where FITS requires it (SIMPLE/XTENSION first, BITPIX, NAXIS,
  NAXISn, EXTEND after the NAXISn, PCOUNT/GCOUNT/TFIELDS in TABLE/BINTABLE extensions),
  else after AFTER (and its CONTINUE cards) or before BEFORE, else after the last card
  that is not blank, COMMENT or HISTORY (FXPARPOS's /LAST), else before END.
* an existing keyword is replaced in place; without a new comment the old one is kept.
* HISTORY goes before END; COMMENT after the last COMMENT (or before the first
  HISTORY); blank-keyword cards after the last blank card (or before COMMENT/HISTORY).
* values: a string in quotes, quotes doubled, padded to 8 characters, a longer one than
  68 characters continued on CONTINUE cards with ``&`` (the OGIP convention, announced
  once by LONGSTRN and four COMMENT cards) or cut at 68 with /NOCONTINUE; ``'T'``/``'F'``
  (any case) and booleans as logicals in column 30; DOUBLE as ``G19.12``, other numbers
  in their free format trimmed, BYTE as an integer, all right-aligned to column 30;
  COMPLEX as two numbers ending in columns 30 and 50; a FORMAT formats the number (both
  parts of a complex); /NULL or MISSING store a card without value; a non-finite value
  without them is stored as a string, with the library's message. The comment starts
  with ``' / '`` in column 31 (written even when the comment is empty, except on a null
  card without comment).
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_format import format_records
from compat._core.idl_number_text import free_text
from compat._core.idl_types import idl_literal

__all__ = ["fxaddpar_cards", "BLANK", "END_CARD"]

BLANK = " " * 80
END_CARD = "END" + " " * 77


def _strput(line: str, text: str, at: int) -> str:
    """IDL's STRPUT: ``text`` over ``line`` from column ``at``, never past its end."""
    at = max(at, 0)
    if at >= len(line):
        return line
    text = text[:len(line) - at]
    return line[:at] + text + line[at + len(text):]


def _key8(name: str) -> str:
    return _strput(" " * 8, name.upper(), 0)


def _keys(header: list[str]) -> list[str]:
    return [h[:8] for h in header]


def _parpos(keys, iend, before=None, after=None, last=False) -> int:
    """FXPARPOS: where a card goes."""
    if after is not None and str(after).strip() != "":
        key = _key8(str(after).strip())
        found = [k for k, v in enumerate(keys) if v == key]
        if found:
            i = max(found) + 1
            while i < iend and keys[i] == "CONTINUE":
                i += 1
            return i
    if before is not None:
        key = _key8(str(before).strip())
        found = [k for k, v in enumerate(keys) if v == key]
        if found:
            return found[0]
    if last:
        found = [k for k, v in enumerate(keys) if v not in ("        ", "COMMENT ", "HISTORY ",
                                                             "END     ", "")]
        if found and max(found) > 0:
            return max(found) + 1
    return iend


def _grow(header: list[str]) -> None:
    header.extend([BLANK] * 36)


def _insert(header: list[str], i: int, line: str) -> None:
    """``HEADER[I+1] = HEADER[I:N-2] & HEADER[I] = line`` (the last slot drops off)."""
    header[i + 1:] = header[i:len(header) - 1]
    header[i] = line


def _value_text(value, fmt) -> str:
    """A number's text: FORMAT, else DOUBLE as G19.12, else the trimmed free format;
    FLOAT and DOUBLE text upper-cased (fxaddpar.pro's STRUPCASE: ``1.00000E-20``)."""
    if fmt is not None:
        text = str(fmt).upper()
        text = format_records(text if text.startswith("(") else "(" + text + ")",
                              [value])[0]
    elif value.dtype == np.float64:
        text = format_records("(G19.12)", [value])[0]
    else:
        if value.dtype == np.uint8:
            value = value.astype(np.int16)
        text = str(free_text(value.reshape(1))[0]).strip()
    return text.upper() if value.dtype.kind == "f" else text


def _typed(value):
    """(kind, array): kind 'bool', 'string', 'complex', 'number', 'undefined'."""
    if value is None:
        return "undefined", None
    if isinstance(value, (bool, np.bool_)):
        return "bool", np.asarray(bool(value))
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, (dict, np.void)) or getattr(getattr(value, "dtype", None),
                                                     "names", None):
        raise CompatValueError("Keyword Value (third parameter) cannot be structure")
    a = idl_literal(value)
    if a.ndim:
        raise CompatValueError("Keyword Value (third parameter) must be scalar")
    if a.dtype.kind == "U":
        return "string", a
    if a.dtype.kind == "c":
        return "complex", a
    if a.dtype.kind == "b":
        return "bool", a
    if a.dtype.kind not in "iuf":
        raise CompatTypeError(f"Keyword Value (third parameter) has no FITS type: {a.dtype}")
    return "number", a


def _contpar(value: str, comment: str) -> list[str]:
    """FXADDPAR_CONTPAR: the value split for CONTINUE cards (the first piece without its
    keyword, the others as whole cards)."""
    if len(value) <= 68:
        return [value]
    out = [value[:67] + "&"]
    value = value[67:]
    while value or comment:
        h = _strput(BLANK, "CONTINUE  '", 0)
        if len(value) > 68:
            h = _strput(h, value[:67] + "&'", 11)
            value = value[67:]
        elif len(value) + len(comment) > 66:
            temp = value + "&' /"
            value = ""
            if len(temp) < 68:
                room = 68 - len(temp)
                words = comment.split()
                if words and len(words[0]) > room:
                    temp += " " + comment[:room]
                    comment = comment[room:]
                else:
                    while words and len(words[0]) < room:
                        temp += " " + words[0]
                        room = 69 - len(temp)
                        words = words[1:]
                    comment = " ".join(words)
            h = _strput(h, temp, 11)
        else:
            temp = value + "'" + " / " + comment
            h = _strput(h, temp, 11)
            value = comment = ""
        out.append(h)
    return out


def fxaddpar_cards(header, name: str, value, comment=None, *, before=None, after=None,
                   fmt=None, nocontinue=False, nological=False, missing=None,
                   null=False, messages=None) -> np.ndarray:
    """FXADDPAR on a header array: the new array (``header`` is not modified)."""
    if header is None or np.size(header) == 0:
        cards = [END_CARD] + [""] * 35
    else:
        a = np.asarray(header)
        if a.ndim != 1 or a.dtype.kind != "U":
            raise CompatValueError("FITS Header (first parameter) must be a string array")
        cards = [str(c) for c in a.tolist()]
    comment = "" if comment is None else str(comment)
    key = _key8(str(name))
    kind, val = _typed(value)
    as_null = False
    as_string = False
    if kind == "undefined":
        if missing is not None or null:
            as_null = True
        else:
            raise CompatValueError("Keyword Value (third parameter) is not defined")
    if kind in ("number", "bool"):
        if missing is not None and val == np.asarray(missing):
            as_null = True
        if not as_null and kind == "number" and not np.isfinite(val):
            if missing is not None or null:
                as_null = True
            else:
                if messages is not None:
                    messages.append("Keyword Value (third parameter) is not finite, "
                                    "saving as string.")
                kind, as_string = "string", True
                val = np.asarray(str(free_text(val.reshape(1))[0]).strip())
    keys = _keys(cards)
    ends = [k for k, v in enumerate(keys) if v == "END     "]
    if not ends:
        filled = [k for k, c in enumerate(cards) if c.rstrip() != ""]
        i = max(filled) + 1 if filled else 0
        if not filled or i == len(cards):
            cards.append(END_CARD)
        else:
            cards[i] = END_CARD
        keys = _keys(cards)
        ends = [k for k, v in enumerate(keys) if v == "END     "]
    iend = max(ends[0], 0)
    n = len(cards)
    if key in ("COMMENT ", "HISTORY ", "        "):
        if iend >= n - 1:
            _grow(cards)
            n = len(cards)
        if kind == "string":
            text = str(val)
        elif kind == "undefined":
            text = ""
        else:
            shown = val.astype(np.int16) if val.dtype in (np.uint8, np.bool_) else val
            text = str(free_text(shown.reshape(1))[0])
        line = _strput(BLANK, key + text, 0)
        if key == "HISTORY ":
            cards[iend] = line
            cards[iend + 1] = END_CARD
        elif key == "COMMENT ":
            i = _parpos(keys, iend, before, after)
            if i == iend:
                i = _parpos(keys, iend, before="HISTORY", after="COMMENT")
            _insert(cards, i, line)
        else:
            i = _parpos(keys, iend, before, after)
            if i == iend:
                i = min(_parpos(keys, iend, before="COMMENT", after=""),
                        _parpos(keys, iend, before="HISTORY", after=""))
            _insert(cards, i, line)
        return np.array(cards, dtype=str)
    found = [k for k, v in enumerate(keys) if v == key]
    if found:
        i = found[0]
        if comment == "":
            old = cards[i]
            slash, quote = old.find("/"), old.find("'")
            if 0 < quote < slash:
                quote = old.find("'", quote + 1)
                slash = -1 if quote < 0 else old.find("/", quote + 1)
            if slash != -1:
                start = slash + 2 if old[slash + 1:slash + 2] == " " else slash + 1
                comment = old[start:start + 80]
            else:
                comment = BLANK
    else:
        i = _required_position(key, keys, cards, n)
        if i is None:
            i = _parpos(keys, iend, before, after)
            if i == iend:
                i = _parpos(keys, iend, after=after, last=True)
        if iend == n - 1:
            _grow(cards)
            n = len(cards)
        _insert(cards, i, BLANK)
        iend += 1
    h = _strput(BLANK, key + "= ", 0)
    if kind == "string":
        text = str(val)
        if not nological and text.upper() in ("T", "F"):
            h = _strput(h, text.upper(), 29)
        else:
            text = text.strip() if as_string else text.expandtabs(8)
            text = _double_quotes(text)
            pieces = _contpar(text, comment.strip()) if not nocontinue else [text[:68]]
            k = i + 1
            while k < iend and cards[k][:8] == "CONTINUE":
                k += 1
            old_cont, new_cont = k - i - 1, len(pieces) - 1
            if new_cont > old_cont:
                while iend + new_cont - old_cont >= len(cards):
                    _grow(cards)
            if new_cont != old_cont:
                tail = cards[i + old_cont + 1:iend + 1]
                cards[i + new_cont + 1:i + new_cont + 1 + len(tail)] = tail
            iend += new_cont - old_cont
            if new_cont < old_cont:
                gone = old_cont - new_cont
                cards[iend + 1:iend + 1 + gone] = [""] * gone
            if len(pieces[0]) > 18:
                cards[i] = _strput(h, "'" + pieces[0][:68] + "'" + " / " + comment, 10)
                if len(pieces) > 1:
                    cards[i + 1:i + len(pieces)] = pieces[1:]
                    cards = list(_long_string_warning(cards, str(name)))
                return np.array(cards, dtype=str)
            h = _strput(h, "'" + pieces[0], 10)
            h = _strput(h, "'", 11 + max(len(pieces[0]), 8))
    elif kind == "complex":
        single = val.dtype == np.complex64
        parts = [np.asarray(val.real, dtype=np.float32 if single else np.float64),
                 np.asarray(val.imag, dtype=np.float32 if single else np.float64)]
        if fmt is not None:
            texts = [_value_text(p, fmt) for p in parts]
        else:
            texts = [str(free_text(p.reshape(1))[0]).strip() for p in parts]
        h = _strput(h, texts[0], max(30 - len(texts[0]), 10))
        h = _strput(h, texts[1], max(50 - len(texts[1]), 30))
        h = _strput(h, " / " + comment, 50)
        cards[i] = h
        return np.array(cards, dtype=str)
    elif not as_null:
        text = ("T" if bool(val) else "F") if kind == "bool" else _value_text(val, fmt)
        h = _strput(h, text, max(30 - len(text), 10))
    if not as_null or comment.strip() != "":
        h = _strput(h, " / ", 30)
        h = _strput(h, comment, 33)
    cards[i] = h
    return np.array(cards, dtype=str)


def _double_quotes(text: str) -> str:
    """Every quote doubled (the library stops at one past column 66 and cuts there)."""
    out, start = text, 0
    while True:
        at = out.find("'", start)
        if at < 0:
            return out
        if at >= 66:
            return out[:66]
        out = out[:at + 1] + "'" + out[at + 1:]
        start = at + 2


def _long_string_warning(cards: list[str], name: str) -> np.ndarray:
    """FXADDPAR_CONTWARN: LONGSTRN and its four COMMENT cards before the keyword, once."""
    if any(c[:8] == "LONGSTRN" for c in cards):
        return np.array(cards, dtype=str)
    out = fxaddpar_cards(np.array(cards, dtype=str), "LONGSTRN", "OGIP 1.0",
                         "The OGIP long string convention may be used.", before=name)
    for text in ("This FITS file may contain long string keyword values that are",
                 "continued over multiple keywords.  This convention uses the  '&'",
                 "character at the end of a string which is then continued",
                 "on subsequent keywords whose name = 'CONTINUE'."):
        out = fxaddpar_cards(out, "COMMENT", text, before=name)
    return out


def _required_position(key: str, keys, cards, n: int):
    """Where FITS puts a required keyword (None for other keywords); IDL's errors when
    the keywords before it are missing."""
    if key in ("SIMPLE  ", "XTENSION"):
        return 0
    if key == "BITPIX  ":
        if keys[0] not in ("SIMPLE  ", "XTENSION"):
            raise CompatValueError("Header must start with either SIMPLE or XTENSION")
        return 1
    if key == "NAXIS   ":
        if len(keys) < 2 or keys[1] != "BITPIX  ":
            raise CompatValueError("Required BITPIX keyword not found")
        return 2
    if key == "NAXIS1  ":
        if len(keys) < 3 or keys[2] != "NAXIS   ":
            raise CompatValueError("Required NAXIS keyword not found")
        return 3
    if key.startswith("NAXIS") and key[5:].strip().isdigit():
        axis = int(key[5:])
        prev = _strput(_strput(" " * 8, "NAXIS", 0), str(axis - 1), 5)
        if len(keys) <= axis + 1 or keys[axis + 1] != prev:
            raise CompatValueError(f"Required {prev} keyword not found")
        return axis + 2
    if key == "EXTEND  ":
        if len(keys) < 3 or keys[2] != "NAXIS   ":
            raise CompatValueError("Required NAXIS keyword not found")
        for i in range(3, n - 1):
            if not keys[i].startswith("NAXIS"):
                return i
    if keys and keys[0] == "XTENSION":
        xten = cards[0][10:].split("'")[1].strip() if "'" in cards[0] else ""
        if xten in ("TABLE", "BINTABLE"):
            for k, (this, prev) in enumerate((("PCOUNT  ", "NAXIS2  "),
                                             ("GCOUNT  ", "PCOUNT  "),
                                             ("TFIELDS ", "GCOUNT  "))):
                if key == this:
                    if len(keys) <= 4 + k or keys[4 + k] != prev:
                        raise CompatValueError(f"Required {prev.strip()} keyword not "
                                               "found")
                    return 5 + k
    return None


# ----------------------------------------------------------------------- reading files
#: BITPIX -> big-endian numpy type of the data (FXREAD's CASE BITPIX)
BITPIX_TYPES = {8: np.dtype(">u1"), 16: np.dtype(">i2"), 32: np.dtype(">i4"),
                64: np.dtype(">i8"), -32: np.dtype(">f4"), -64: np.dtype(">f8")}


def _opener(path: str):
    import gzip
    lower = path.lower()
    return gzip.open(path, "rb") if lower.endswith(".gz") or lower.endswith("ftz") \
        else open(path, "rb")


def _int_value(cards: list[str], key: str, default=0):
    from compat._core.fits_headers import parse_value
    for card in cards:
        if card[:8].rstrip() == key:
            value, _ = parse_value(card)
            try:
                return int(value)
            except (TypeError, ValueError):
                return default
    return default


def read_hdus(path: str, *, stop=None):
    """The HDUs of a FITS file as the library walks them (FXHREAD, FITS_INFO): a list of
    ``(cards, data_offset, data_bytes)``; ``cards`` are the header's 80-character cards
    through END. The walk ends at the end of the file, at a header that does not start
    with XTENSION, or after HDU number ``stop``. Raises ValueError when the file does
    not start with SIMPLE."""
    out = []
    with _opener(path) as stream:
        offset = 0
        while True:
            first = stream.read(2880)
            if len(first) < 2880:
                break
            head = first[:8].decode("latin-1")
            if (not out and head != "SIMPLE  ") or (out and head != "XTENSION"):
                if not out:
                    raise ValueError("not a FITS file")
                break
            cards, block, blocks = [], first, 1
            while True:
                text = block.decode("latin-1")
                lines = [text[k:k + 80] for k in range(0, 2880, 80)]
                ends = [k for k, c in enumerate(lines) if c[:8].strip() == "END"]
                if ends:
                    cards.extend(lines[:ends[0] + 1])
                    break
                cards.extend(lines)
                block = stream.read(2880)
                blocks += 1
                if len(block) < 2880:
                    raise ValueError("the header has no END")
            naxis = _int_value(cards, "NAXIS")
            ndata = 0
            if naxis > 0:
                ndata = 1
                for k in range(1, naxis + 1):
                    ndata *= _int_value(cards, f"NAXIS{k}")
            bitpix = _int_value(cards, "BITPIX")
            gcount = max(_int_value(cards, "GCOUNT"), 1)
            pcount = _int_value(cards, "PCOUNT")
            nbytes = abs(bitpix) // 8 * gcount * (pcount + ndata)
            start = offset + blocks * 2880
            out.append((cards, start, nbytes, blocks))
            if stop is not None and len(out) > stop:
                break
            skip = (nbytes + 2879) // 2880 * 2880
            offset = start + skip
            if hasattr(stream, "seek") and not path.lower().endswith((".gz", "ftz")):
                stream.seek(offset)
            else:
                stream.read(skip)
    return out


def read_data(path: str, offset: int, dtype: np.dtype, count: int) -> np.ndarray:
    """``count`` big-endian values of ``dtype`` at byte ``offset``, in native order."""
    with _opener(path) as stream:
        if path.lower().endswith((".gz", "ftz")):
            stream.read(offset)
        else:
            stream.seek(offset)
        raw = stream.read(count * dtype.itemsize)
    if len(raw) < count * dtype.itemsize:
        raise ValueError("the file ends before its data")
    return np.frombuffer(raw, dtype=dtype).astype(dtype.newbyteorder("="))
