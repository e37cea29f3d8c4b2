"""IDL's text encodings of data: MIME Base64 as IDL_BASE64 computes it.

Base64 (RFC 2045, Table 1 alphabet ``A-Z a-z 0-9 + /``; RFC 4648 section 4): every 3
bytes become 4 characters, a final group of 1 or 2 bytes is padded with ``==`` or ``=``,
and the text is one line (no MIME line breaks). Decoding follows IDL 8's library
routine idl_base64.pro step by step, as its documented behaviour and source show:

* the text's length must be a multiple of 4 (an empty text decodes to the BYTE 0);
* the padding is read from the end only: ``==`` drops 2 bytes of the last group, ``=``
  one;
* a character outside the alphabet (``=`` aside) is an error, which ``=`` inside the
  text is not: it counts as the value 254, and the bytes are shifted and OR-ed in BYTE
  arithmetic (so such text decodes to the bytes IDL gives, not an error).

API: :func:`encode` (uint8 array -> str), :func:`decode` (str -> uint8 vector).
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["encode", "decode", "ALPHABET"]

ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"

# character code -> 6-bit value; 255 marks a character outside the alphabet and '=' is
# 254 (idl_base64.pro's table holds -2 there, stored as a BYTE)
_VALUE = np.full(256, 255, dtype=np.uint8)
_VALUE[np.frombuffer(ALPHABET.encode("ascii"), np.uint8)] = np.arange(64, dtype=np.uint8)
_VALUE[ord("=")] = 254
_CHARS = np.frombuffer(ALPHABET.encode("ascii"), dtype=np.uint8)


def encode(data: np.ndarray) -> str:
    """The Base64 text of the bytes of ``data`` (uint8, taken in C order)."""
    b = np.ascontiguousarray(data, dtype=np.uint8).reshape(-1)
    n = b.size
    full = n // 3
    out = np.empty(4 * ((n + 2) // 3), dtype=np.uint8)
    g = b[:3 * full].reshape(-1, 3)
    if full:
        out[0:4 * full:4] = _CHARS[g[:, 0] >> 2]
        out[1:4 * full:4] = _CHARS[((g[:, 0] & 3) << 4) | (g[:, 1] >> 4)]
        out[2:4 * full:4] = _CHARS[((g[:, 1] & 15) << 2) | (g[:, 2] >> 6)]
        out[3:4 * full:4] = _CHARS[g[:, 2] & 63]
    rest = b[3 * full:]
    if rest.size:
        k = 4 * full
        out[k] = _CHARS[rest[0] >> 2]
        if rest.size == 1:
            out[k + 1] = _CHARS[(rest[0] & 3) << 4]
            out[k + 2:k + 4] = ord("=")
        else:
            out[k + 1] = _CHARS[((rest[0] & 3) << 4) | (rest[1] >> 4)]
            out[k + 2] = _CHARS[(rest[1] & 15) << 2]
            out[k + 3] = ord("=")
    return out.tobytes().decode("ascii")


def decode(text: str):
    """The bytes of Base64 ``text``: a 1-D uint8 array (``np.uint8(0)`` for ``''``).

    Raises ``CompatValueError`` with idl_base64.pro's messages: ``String length must be
    a multiple of 4.``, ``Out-of-range character in encoding string.``"""
    codes = np.frombuffer(text.encode("latin-1", errors="replace"), dtype=np.uint8) \
        if all(ord(c) < 256 for c in text) else None
    n = len(text)
    if n == 0:
        return np.uint8(0)
    if n % 4:
        raise CompatValueError("String length must be a multiple of 4.")
    if codes is None:
        raise CompatValueError("Out-of-range character in encoding string.")
    groups = n // 4
    if text.endswith("=="):
        full, missing = groups - 1, 2
    elif text.endswith("="):
        full, missing = groups - 1, 1
    else:
        full, missing = groups, 0
    v = _VALUE[codes]
    if v.max() == 255:
        raise CompatValueError("Out-of-range character in encoding string.")
    out = np.empty(3 * groups - missing, dtype=np.uint8)
    if full:
        c = v[:4 * full].reshape(-1, 4)
        out[0:3 * full:3] = (c[:, 0] << 2) | (c[:, 1] >> 4)
        out[1:3 * full:3] = (c[:, 1] << 4) | (c[:, 2] >> 2)
        out[2:3 * full:3] = (c[:, 2] << 6) | c[:, 3]
    if missing:
        e = v[-4:]
        out[3 * full] = (e[0] << 2) | (e[1] >> 4)
        if missing == 1:
            out[3 * full + 1] = (e[1] << 4) | (e[2] >> 2)
    return out
