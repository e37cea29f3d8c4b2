"""FITS headers in the IDL Astronomy Library's form: a string array of 80-character cards.

Read and written as the library's own code does, card for card (sxpar.pro, sxaddpar.pro,
sxdelpar.pro of github.com/wlandsman/IDLAstro; checked against the library run in GDL,
reference_outputs/idl/astrolib):

* the first 8 characters of each card are the keyword; the value is in columns 10-80;
* a quoted value is a STRING (doubled apostrophes stand for one, blanks inside the quotes
  are kept, a CONTINUE card continues a string ending in ``&``);
* ``T``/``F`` is a logical: BYTE 1/0;
* a number without '.', 'D' or 'E' is LONG (LONG64, ULONG64 beyond); with one, DOUBLE
  when it has a 'D' exponent or is 8 characters or longer, else FLOAT; two numbers
  separated by blanks are a COMPLEX value;
* ``HISTORY``, ``COMMENT`` and blank keywords return every such card's text;
* ``'NAME*'`` returns the vector of NAMEn values, NAMEn in element n-1;
* a missing keyword gives ``MISSING`` (default 0) and a count of 0; a keyword present
  more than once gives the last one (or the ``DUP``-th) with a warning.

Writing (:func:`set_card`) follows sxaddpar.pro's layout, which is not always what
``astropy.io.fits.Card`` writes (IDL's free number formats, ``' /'`` before every
comment, a quote inside a string not doubled): compat writes what the library writes.
"""

from __future__ import annotations

import warnings

import numpy as np
from astropy.io import fits

from compat._core.errors import CompatValueError, CompatWarning
from compat._core.idl_format import format_text
from compat._core.idl_number_text import free_text
from compat._core.idl_types import IDL_TYPES, idl_literal

__all__ = ["as_header", "header_cards", "parse_value", "find", "set_card", "delete_cards"]

def as_header(value) -> np.ndarray:
    """A header as the IDL library holds it: a 1-D ``U80`` array of cards, ending ``END``."""
    if isinstance(value, fits.Header):
        return header_cards(value)
    a = np.asarray(value)
    if a.ndim != 1 or a.dtype.kind != "U":
        raise CompatValueError("FITS Header (first parameter) must be a string array")
    return a


def header_cards(header: fits.Header) -> np.ndarray:
    """An astropy header as the IDL string array (80-character cards, then END).

    Legacy headers are often not quite standard; astropy's verification warnings are
    silenced here (the cards are kept as they are)."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", fits.verify.VerifyWarning)
        text = header.tostring(sep="\n", endcard=True, padding=False)
    cards = [line.ljust(80) for line in text.split("\n") if line]
    return np.array(cards, dtype="<U80")


def to_astropy(cards) -> fits.Header:
    cards = as_header(cards)
    text = "".join(str(c).ljust(80)[:80] for c in cards if not str(c).startswith("END "))
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", fits.verify.VerifyWarning)
        return fits.Header.fromstring(text)


def _integer(token: str):
    """sxpar.pro's integer: ULONG64 read, LONG64 below 2^63-1, LONG within LONG's range
    (a minus sign reads LONG64 directly)."""
    value = int(token)
    if not token.startswith("-") and value >= 2 ** 63 - 1:
        return np.uint64(value % 2 ** 64)
    return np.int32(value) if -2 ** 31 <= value <= 2 ** 31 - 1 else np.int64(value)


def _number(token: str):
    """A non-string value token as sxpar.pro types it, or None when it does not convert:
    floating when it has a '.', a 'D' or an 'E' after the first character; DOUBLE when
    it has a 'D' after the first character or is 8 characters or longer, else FLOAT;
    otherwise an integer (see :func:`_integer`)."""
    upper = token.upper()
    try:
        if "." in upper or upper.find("E") > 0 or "D" in upper:
            value = float(upper.replace("D", "E"))
            return np.float64(value) if upper.find("D") > 0 or len(token) >= 8 \
                else np.float32(value)
        return _integer(token)
    except (ValueError, OverflowError):
        return None


def parse_value(card: str):
    """(value, comment) of one card, as sxpar.pro reads it.

    The value field is columns 10-80, trimmed. A quoted value is a STRING up to the
    closing apostrophe (two apostrophes stand for one; blanks inside the quotes are
    kept) and the comment is what follows the next '/' (not trimmed at its start).
    Otherwise the comment follows the first '/', the first word ``T``/``F`` is a BYTE
    logical, a first word followed by a second that reads as a number is a COMPLEX, and
    a number is typed by :func:`_number`; a word that is no number stays a string.
    """
    text = card[9:80].strip()
    if text.startswith("'"):
        test = text[1:]
        value, k = [], 0
        while True:
            close = test.find("'", k)
            if close < 0:
                raise CompatValueError("Value of keyword invalid in FITS header")
            value.append(test[k:close])
            if test[close + 1:close + 2] == "'":
                value.append("'")
                k = close + 2
                continue
            break
        slash = test.find("/", close)
        comment = "" if slash < 0 else test[slash + 1:]
        return "".join(value), comment
    if text == "":
        return np.int16(0), ""
    slash = text.find("/")
    comment = ""
    if slash >= 0:
        comment = text[slash + 1:]
        if slash == 0:
            return np.int16(0), comment
        text = text[:slash]
    words = text.split()
    first = words[0] if words else ""
    if first == "T":
        return np.uint8(1), comment
    if first == "F":
        return np.uint8(0), comment
    if len(words) > 1:
        real, imaginary = _number(first), _number(words[1])
        if real is not None and imaginary is not None:
            return np.complex64(complex(float(real), float(imaginary))), comment
    number = _number(first)
    return (first if number is None else number), comment


def _continued(cards, index: int, value: str) -> str:
    """A string value continued on CONTINUE cards (the OGIP long-string convention, which
    the library follows only when the header has a LONGSTRN keyword): the value, trimmed,
    ends in '&' and the next card is CONTINUE."""
    while True:
        trimmed = value.strip()
        if not (trimmed.endswith("&") and index + 1 < len(cards) and
                str(cards[index + 1])[:8] == "CONTINUE"):
            return value
        index += 1
        more, _ = parse_value("        " + "= " + str(cards[index])[8:].strip())
        value = trimmed[:-1] + more


def find(cards, name: str, *, dup=None, missing=0, silent=False, nocontinue=False):
    """SXPAR's lookup: (value, count, comments, found numbers) for ``name``."""
    cards = as_header(cards)
    keys = np.char.rstrip(np.char.upper(np.array([str(c)[:8] for c in cards])))
    key = name.strip().upper()
    if key.endswith("*") and len(key) > 1:
        stem = key[:-1]
        if len(stem) > 8:
            raise CompatValueError("Keyword length must be 8 characters or less")
        numbered = {}
        for k, card_key in enumerate(keys):
            suffix = card_key[len(stem):]
            if card_key.startswith(stem) and suffix.isdigit() and int(suffix) > 0:
                numbered[int(suffix)] = k
        if not numbered:
            return missing, 0, [], []
        order = sorted(numbered)
        values = [parse_value(str(cards[numbered[n]])) for n in order]
        types = [np.asarray(v).dtype for v, _ in values]
        out_type = types[0] if all(t == types[0] for t in types) else \
            np.result_type(*[t for t in types if t.kind != "U"] or types)
        result = np.zeros(max(order), dtype=out_type if out_type.kind != "U" else object)
        for n, (v, _) in zip(order, values):
            result[n - 1] = v
        if result.dtype == object:
            result = result.astype(str)
        return result, len(order), [c for _, c in values], order
    # a plain name is compared with the cards' first 8 characters as they are, after
    # padding to 8 (sxpar.pro: a blank name is the 8-blank keyword, not a HISTORY-like one)
    padded = key.ljust(8)
    matches = np.flatnonzero(np.array([str(c)[:8] for c in cards]) == padded)
    if key in ("HISTORY", "COMMENT"):
        texts = [str(cards[k])[8:80].strip() for k in matches]
        if not texts:
            return missing, 0, [], []
        return np.array(texts), len(texts), ["" for _ in texts], []
    if matches.size == 0:
        return missing, 0, [], []
    if matches.size > 1:
        if dup is not None and int(dup) <= matches.size:
            matches = matches[int(dup) - 1:int(dup)]
        else:
            if not silent:
                warnings.warn(CompatWarning(f"Warning - keyword {key} located more than "
                                            f"once in FITS Header"), stacklevel=4)
            matches = matches[-1:]
    value, comment = parse_value(str(cards[matches[0]]))
    if isinstance(value, str) and not nocontinue and \
            any(str(c)[:8] == "LONGSTRN" for c in cards):
        value = _continued(cards, int(matches[0]), value)
    return value, 1, [comment], []


_BLANK = " " * 80
_END = "END".ljust(80)


def _put(line: str, text: str, column: int) -> str:
    """IDL's STRPUT: ``text`` written over ``line`` from ``column``, cut at its end."""
    text = text[:max(0, len(line) - column)]
    return line[:column] + text + line[column + len(text):]


def _idl_value(value):
    """(IDL type code, numpy scalar or str) of an SXADDPAR value; code 0 for None and
    -1 for a boolean (IDL 8.4's BOOLEAN, a BYTE that SXADDPAR writes as T/F)."""
    if value is None:
        return 0, None
    if isinstance(value, (bool, np.bool_)):
        return -1, np.uint8(bool(value))
    if isinstance(value, (str, np.str_)):
        return 7, str(value)
    if isinstance(value, bytes):
        return 7, value.decode("latin-1")
    array = idl_literal(value)
    if array.size != 1:
        raise CompatValueError("Keyword Value (third parameter) must be a scalar")
    array = array.reshape(())
    if array.dtype.kind == "U":
        return 7, str(array[()])
    if array.dtype not in IDL_TYPES:
        raise CompatValueError(f"a keyword value of type {array.dtype} has no IDL type")
    return IDL_TYPES[array.dtype][1], array[()]


def _free(value) -> str:
    """IDL's ``STRING(value)`` of one number (free format)."""
    return str(free_text(np.asarray(value))[()])


def _formatted(value, fmt: str) -> str:
    return str(format_text("(" + fmt.upper() + ")", [np.asarray(value)])[0])


def set_card(cards, name: str, value, comment=None, location=None, *, before=None,
             after=None, fmt=None, savecomment=False, pdu=False, missing=None,
             null=False) -> np.ndarray:
    """SXADDPAR, card for card as the IDL Astronomy Library's sxaddpar.pro writes them.

    The rules (sxaddpar.pro, its documentation and code): the name is upper-cased into
    columns 1-8 and followed by ``'= '``; a string is written quoted from column 11 and
    its closing quote put at least 8 characters on (no doubling of a quote inside; one
    longer than 18 characters runs on, cut at 68, followed by ``' /'`` and the comment);
    ``'T'``/``'F'`` (any case) and booleans are logicals in column 30; a DOUBLE is
    formatted ``G19.12`` and other numbers with IDL's free format, upper-cased and
    trimmed (a BYTE as an integer), or with ``FORMAT``, right-justified to end in column
    30; ``' /'`` follows in columns 31-32 and the comment from column 33, also without
    a comment. An existing keyword (its last occurrence) is replaced in place, keeping
    its comment when none (or /SAVECOMMENT) is given; a new one goes before the
    ``location``/``BEFORE`` keyword (after ``AFTER``'s when AFTER is given), before END
    by default. HISTORY cards go just before END, COMMENT cards after the last COMMENT
    (else before the first HISTORY), blank-keyword cards before the first COMMENT or
    HISTORY. A header without END gets one; an empty header starts as END and 9 blank
    cards; HISTORY/COMMENT/blank cards grow a full header by 5 blank cards. A value that
    is not finite is written as a string (with a warning) unless ``null``/``missing``
    ask for a card without a value.
    """
    if cards is None:  # IDL's undefined header variable
        header = []
    else:
        array = np.asarray(cards)
        if array.ndim != 1 or array.dtype.kind != "U":
            raise CompatValueError("FITS Header (first parameter) must be a string array")
        header = [str(c) for c in array]
    if location is not None:
        loc = str(location).upper()
    elif before is not None:
        loc = str(before).upper()
    elif after is not None:
        loc = str(after).upper()
    elif pdu:
        loc = "BEGIN EX"
    else:
        loc = "END"
    loc = loc.ljust(8)
    comment = "" if comment is None else str(comment)
    if not header:
        header = [_END] + [""] * 9
    key = _put(" " * 8, str(name).upper(), 0)
    stype, value = _idl_value(value)
    null_card = save_as_string = False
    if stype == 0:
        if missing is None and not null:
            raise CompatValueError("Keyword value (third parameter) is not defined")
        null_card = True
    elif stype not in (-1, 6, 7, 9):
        if missing is not None and value == missing:
            null_card = True
        if not null_card and not np.isfinite(value):
            if missing is not None or null:
                null_card = True
            else:
                warnings.warn(CompatWarning("Keyword value (third parameter) is not "
                                            "finite, saving as string."), stacklevel=3)
                value, stype, save_as_string = _free(value), 7, True
    keys = [line[:8] for line in header]
    if "END     " not in keys:
        filled = [k for k, line in enumerate(header) if line.strip() != ""]
        at = (max(filled) if filled else -1) + 1
        if at == len(header):
            header.append(_END)
        else:
            header[at] = _END
        keys = [line[:8] for line in header]
    end = keys.index("END     ")
    if key in ("HISTORY ", "COMMENT ", "        "):
        return _special_card(header, keys, end, key, value, loc, after is not None)
    new_comment = comment
    where = [k for k, kk in enumerate(keys) if kk == key]
    if where:
        i = where[-1]
        old = header[i]
        if comment == "" or savecomment:
            if old[10:11] != "'":
                new_comment = old[32:80]
            else:
                quote = old.find("'", 11)
                slash = -1 if quote == -1 else old.find("/", quote)
                new_comment = old[slash + 1:] if slash != -1 else _BLANK
    else:
        anchors = [k for k, kk in enumerate(keys) if kk == loc]
        if anchors:
            i = anchors[0]
            if after is not None and loc != "HISTORY ":
                i = min(i + 1, end)
            header.insert(i, _BLANK)
        elif end < len(header) - 1:
            header[end + 1] = _END
            i = end
        else:
            n = len(header)
            header += [_BLANK] * 5
            header[n] = _END
            i = n - 1
    card = _put(_BLANK, key + "= ", 0)
    if stype == 7:
        upper = value.upper()
        if upper in ("T", "F"):
            card = _put(card, upper, 29)
        else:
            text = value.strip() if save_as_string else value
            if len(text) > 18:
                header[i] = _put(card, "'" + text[:68] + "'" + " /" + new_comment, 10)
                return np.array(header, dtype=str)
            card = _put(card, "'" + text, 10)
            card = _put(card, "'", 11 + max(len(text), 8))
    elif stype == 5:
        text = _formatted(value, fmt) if fmt is not None else _formatted(value, "G19.12")
        card = _put(card, text, max(30 - len(text), 10))
    elif stype == -1:
        card = _put(card, "T" if value else "F", 29)
    elif not null_card:
        if stype == 1:
            text = str(int(value))
        elif fmt is not None:
            text = _formatted(value, fmt)
        else:
            text = _free(value).upper().strip()
        card = _put(card, text, max(30 - len(text), 10))
    if not null_card or comment.strip():
        card = _put(card, " /", 30)
        card = _put(card, new_comment, 32)
    header[i] = card
    return np.array(header, dtype=str)


def _special_card(header: list, keys: list, end: int, key: str, value, loc: str,
                  after: bool) -> np.ndarray:
    """SXADDPAR of a HISTORY, COMMENT or blank-keyword card (see :func:`set_card`)."""
    n = len(header)
    if end >= n - 1:
        header += [_BLANK] * 5
        n = len(header)
    text = value if isinstance(value, str) else _free(value)
    line = _put(_BLANK, key + text, 0)
    if key == "HISTORY ":
        header[end] = line
        header[end + 1] = _END
    elif key == "COMMENT ":
        if loc == "END     ":
            loc = "COMMENT "
        anchors = [k for k, kk in enumerate(keys) if kk == loc]
        if not anchors:
            anchors = [k for k, kk in enumerate(keys) if kk == "HISTORY "]
        if anchors:
            i = anchors[-1]
            if after or loc == "COMMENT ":
                i = min(i + 1, end)
            header.insert(i, line)
        else:
            header[end] = line
            header[end + 1] = _END
    else:
        # sxaddpar.pro sets the default location to 7 blanks, which no 8-character
        # keyword equals: a blank card goes before the first COMMENT or HISTORY
        loc = "       " if loc == "END     " else loc
        anchors = [k for k, kk in enumerate(keys[:end + 1]) if kk == loc]
        if anchors:
            i = anchors[0]
            if after and loc != "HISTORY ":
                i = min(i + 1, end)
            header.insert(i, line)
        else:
            anchors = [k for k, kk in enumerate(keys) if kk == "COMMENT "] or \
                [k for k, kk in enumerate(keys) if kk == "HISTORY "]
            if anchors:
                header.insert(anchors[0], line)
            else:
                header[end] = line
                header[end + 1] = _END
    return np.array(header, dtype=str)


def delete_cards(cards, names) -> np.ndarray:
    """SXDELPAR, as sxdelpar.pro: every card whose keyword (trimmed) is one of ``names``
    (upper-cased, trimmed) is removed, SIMPLE and END too when named; the cards after
    END are dropped. Nothing left gives the scalar 0, as IDL's ``h = 0``."""
    if isinstance(names, (str, np.str_)):
        wanted = {str(names).strip().upper()}
    else:
        array = np.asarray(names)
        if array.dtype.kind != "U":
            raise CompatValueError("Keyword name(s) must be a string or string array")
        wanted = {str(n).strip().upper() for n in array.ravel()}
    cards = as_header(cards)
    kept = []
    for card in cards:
        card = str(card)
        keyword = card[:8].strip()
        if keyword not in wanted:
            kept.append(card)
            if keyword == "END":
                break
    return np.array(kept, dtype=str) if kept else np.int16(0)
