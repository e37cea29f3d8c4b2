"""FITS headers in the IDL Astronomy Library's form: a string array of 80-character cards.

``SXPAR``'s reading rules (IDL Astronomy Library, sxpar.pro documentation):

* the first 8 characters of each card are the keyword; the value is in columns 10-80;
* a quoted value is a STRING (doubled apostrophes stand for one, trailing blanks are
  kept inside the quotes, a CONTINUE card continues a string ending in ``&``);
* ``T``/``F`` is a logical: BYTE 1/0;
* a number without a decimal point or exponent is LONG (LONG64 beyond LONG's range,
  ULONG64 beyond that); with one, DOUBLE when it has more than 8 numerals or a ``D``
  exponent, else FLOAT; two numbers separated by blanks are a complex value;
* ``HISTORY``, ``COMMENT`` and blank keywords return every such card's text;
* ``'NAME*'`` returns the vector of NAMEn values, NAMEn in element n-1;
* a missing keyword gives ``MISSING`` (default 0) and a count of 0; a keyword present
  more than once gives the last one (or the ``DUP``-th) with a warning.

Cards are written through ``astropy.io.fits.Card`` (FITS fixed format), so every header
compat writes is valid FITS; values are the same, the spacing of a card may differ from
the IDL library's ``SXADDPAR``.
"""

from __future__ import annotations

import re
import warnings

import numpy as np
from astropy.io import fits

from compat._core.errors import CompatValueError, CompatWarning

__all__ = ["as_header", "header_cards", "parse_value", "find", "set_card", "delete_cards"]

_SPECIAL = ("HISTORY", "COMMENT", "")


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


_INTEGER = re.compile(r"^[+-]?\d+$")
_FLOAT = re.compile(r"^[+-]?(\d+\.?\d*|\.\d+)([EeDd][+-]?\d+)?$")


def _number(token: str):
    if _INTEGER.match(token):
        value = int(token)
        for dtype in (np.int32, np.int64, np.uint64):
            info = np.iinfo(dtype)
            if info.min <= value <= info.max:
                return dtype(value)
        return np.float64(value)
    if _FLOAT.match(token):
        numerals = sum(c.isdigit() for c in re.split(r"[EeDd]", token)[0])
        double = numerals > 8 or "D" in token.upper().replace("E", "")
        value = float(token.upper().replace("D", "E"))
        return np.float64(value) if double else np.float32(value)
    return None


def parse_value(card: str):
    """(value, comment) of one card, by SXPAR's rules (module docstring)."""
    body = card[10:] if card[8:10] == "= " else card[8:]
    text = body.strip()
    if text.startswith("'"):
        value, k = [], 1
        while k < len(text):
            if text[k] == "'":
                if text[k + 1:k + 2] == "'":
                    value.append("'")
                    k += 2
                    continue
                break
            value.append(text[k])
            k += 1
        rest = text[k + 1:]
        comment = rest.split("/", 1)[1].strip() if "/" in rest else ""
        return "".join(value).rstrip(), comment
    value_text, _, comment = text.partition("/")
    value_text = value_text.strip()
    if value_text in ("T", "F"):
        return np.uint8(value_text == "T"), comment.strip()
    number = _number(value_text)
    if number is not None:
        return number, comment.strip()
    parts = value_text.split()
    if len(parts) == 2 and all(_number(p) is not None for p in parts):
        real, imaginary = (_number(p) for p in parts)
        both = np.result_type(real, imaginary)
        return (np.complex128 if both == np.float64 else np.complex64)(
            complex(float(real), float(imaginary))), comment.strip()
    return value_text, comment.strip()


def _continued(cards, index: int, value: str) -> str:
    """A string value continued on CONTINUE cards (the long-string convention)."""
    while value.endswith("&") and index + 1 < len(cards) and \
            str(cards[index + 1])[:8] == "CONTINUE":
        index += 1
        more, _ = parse_value("        " + "= " + str(cards[index])[8:].strip())
        value = value[:-1] + more
    return value


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
    matches = np.flatnonzero(keys == key)
    if key in _SPECIAL:
        texts = [str(cards[k])[8:].strip() for k in matches]
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
    if isinstance(value, str) and not nocontinue:
        value = _continued(cards, int(matches[0]), value)
    return value, 1, [comment], []


def set_card(cards, name: str, value, comment=None, *, before=None, after=None,
             fmt=None) -> np.ndarray:
    """SXADDPAR: ``name`` set to ``value`` (replaced in place if present, else added
    before END, or BEFORE/AFTER a keyword); a new header array is returned."""
    header = to_astropy(cards)
    key = name.strip().upper()
    if isinstance(value, (np.bool_, bool)):
        value = bool(value)
    elif isinstance(value, str) and value in ("T", "F"):
        value = value == "T"
    elif isinstance(value, np.generic):
        value = value.item()
    if fmt is not None and isinstance(value, (int, float)) and not isinstance(value, bool):
        text = _fortran_or_c(fmt, value)
        if comment is None and key in header:
            comment = header.comments[key]
        card = fits.Card.fromstring(f"{key:<8}= {text:>20}" +
                                    (f" / {comment}" if comment else ""))
        if key in header:
            index = header.index(key)
            del header[index]
            header.insert(index, card)
        elif before is not None or after is not None:
            anchor = header.index(str(before or after).upper())
            header.insert(anchor if before is not None else anchor + 1, card)
        else:
            header.append(card, end=True)
        return header_cards(header)
    if key in ("HISTORY", "COMMENT"):
        header.add_history(str(value)) if key == "HISTORY" else \
            header.add_comment(str(value))
        return header_cards(header)
    if key in header:
        old_comment = header.comments[key]
        header[key] = (value, comment if comment is not None else old_comment)
        if before is not None or after is not None:
            header.set(key, value, comment, before=before, after=after)
    else:
        header.set(key, value, comment or "", before=before, after=after)
    return header_cards(header)


def _fortran_or_c(fmt: str, value) -> str:
    """Format ``value`` with an IDL FORMAT (``'(F8.3)'`` or C ``'%8.3f'``) for a card."""
    spec = fmt.strip()
    if spec.startswith("%"):
        return spec % value
    match = re.fullmatch(r"\(?\s*([FEGIDfegid])(\d+)(?:\.(\d+))?\s*\)?", spec)
    if not match:
        raise CompatValueError(f"unsupported FORMAT {fmt!r} (use '(F8.3)', '(E12.5)', "
                               "'(I5)' or a C format)")
    code, width, digits = match.group(1).upper(), match.group(2), match.group(3) or "0"
    c = {"F": "f", "E": "E", "D": "E", "G": "G", "I": "d"}[code]
    if c == "d":
        return f"%{width}d" % int(value)
    return f"%{width}.{digits}{c}" % value


def delete_cards(cards, names) -> np.ndarray:
    """SXDELPAR: every card of the given keywords removed (a new header array)."""
    cards = as_header(cards)
    wanted = {str(n).strip().upper() for n in np.ravel(names)}
    keep = [c for c in cards if str(c)[:8].rstrip().upper() not in wanted or
            str(c)[:8].rstrip() in ("SIMPLE", "END")]
    return np.array(keep, dtype="<U80")
