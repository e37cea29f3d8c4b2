"""Whole numbers written in a base and read back: the core of MATLAB's ``dec2bin``,
``dec2hex``, ``dec2base``, ``bin2dec``, ``hex2dec`` and ``base2dec``.

Python-shaped: values arrive as flat sequences of exact integers (numpy ``uint64``
when they fit, Python ``int`` otherwise: a double above ``2**64`` is still a whole
number, and MATLAB writes its exact binary value), texts as flat lists of ``str``; the
legacy layer (:mod:`compat.matlab.number_bases`) reads MATLAB's argument forms and
messages.

* :func:`write` -- the digits of every value, padded with the zero symbol on the left to
  one common width (``max(min_digits, digits of the largest value, 1)``), as MATLAB
  pads the rows of the char matrix it returns. Vectorised over the values: one
  ``divmod`` of the whole column per digit.
* :func:`twos_complement` -- negative values as the unsigned pattern of the narrowest
  signed integer class that holds *every* value (int8, int16, int32, int64), the rule
  of MATLAB R2020a and later (``dec2bin(-5)`` is ``'11111011'``) as GNU Octave 7.3
  implements it.
* :func:`read` -- each text's digits as an exact integer (``None`` where a character is
  not a digit of the base), spaces and NULs dropped first.
"""

from __future__ import annotations

import numpy as np

__all__ = ["DIGITS", "write", "twos_complement", "read", "nearest_double"]

#: MATLAB's digit symbols for bases 2..36 (upper case, as dec2hex and dec2base write)
DIGITS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"

_UINT64_MAX = 2 ** 64 - 1
# the signed classes in widening order: (bits, lowest value, highest value)
_SIGNED = [(bits, -(2 ** (bits - 1)), 2 ** (bits - 1) - 1) for bits in (8, 16, 32, 64)]


def twos_complement(values: list[int]) -> list[int]:
    """``values`` with each negative one replaced by its two's-complement pattern in the
    narrowest signed class (8, 16, 32 or 64 bits) that holds every value; nonnegative
    values are unchanged. Values below ``-2**63`` raise ``ValueError``."""
    low, high = min(values), max(values)
    for bits, lowest, highest in _SIGNED:
        if lowest <= low and high <= highest:
            break
    else:
        bits = 64
        if low < _SIGNED[-1][1]:
            raise ValueError("below intmin('int64')")
    modulus = 2 ** bits
    return [v + modulus if v < 0 else v for v in values]


def _digit_count(value: int, base: int) -> int:
    count = 1
    while value >= base:
        value //= base
        count += 1
    return count


def write(values, symbols: str, min_digits: int = 0) -> list[str]:
    """The base-``len(symbols)`` digits of each nonnegative integer in ``values``, the
    most significant first, left-padded with ``symbols[0]`` to one common width."""
    base = len(symbols)
    values = list(values)
    if not values:
        return []
    top = max(values)
    width = max(min_digits, _digit_count(int(top), base), 1)
    table = np.array(list(symbols))
    if top <= _UINT64_MAX:
        rest = np.array([int(v) for v in values], dtype=np.uint64)
        codes = np.empty((rest.size, width), dtype=np.intp)
        b = np.uint64(base)
        for column in range(width - 1, -1, -1):   # least significant digit last
            rest, digit = np.divmod(rest, b)
            codes[:, column] = digit
        chars = table[codes]
        return ["".join(row) for row in chars]
    out = []
    for v in values:                              # beyond uint64: exact Python ints
        v = int(v)
        digits = []
        while v:
            v, d = divmod(v, base)
            digits.append(symbols[d])
        out.append("".join(reversed(digits)).rjust(width, symbols[0]))
    return out


def read(texts: list[str], symbols: str, *, case_fold: bool = True,
         inner_spaces: bool = False) -> list[int | None]:
    """Each text's value in base ``len(symbols)``: leading and trailing spaces and NUL
    characters are left out (MATLAB right-justifies the rows of the char matrix and
    reads leading blanks as zeros), and so are spaces between the digits when
    ``inner_spaces`` (bin2dec); an empty text is 0; any other character outside
    ``symbols`` gives ``None``. With ``case_fold`` (numeric bases) lower-case letters
    read as their upper-case digits."""
    base = len(symbols)
    value_of = {c: k for k, c in enumerate(symbols)}
    if case_fold:
        value_of.update({c.lower(): k for c, k in list(value_of.items())})
    out: list[int | None] = []
    for text in texts:
        total = 0
        if not inner_spaces:
            text = text.strip(" \0")
        for c in text:
            if inner_spaces and c in " \0":
                continue
            digit = value_of.get(c)
            if digit is None:
                total = None
                break
            total = total * base + digit
        out.append(total)
    return out


def nearest_double(value: int) -> float:
    """The double nearest the exact integer ``value`` (ties to even): what MATLAB returns
    for a text whose value exceeds ``flintmax``; ``inf`` beyond the double range."""
    try:
        return float(value)
    except OverflowError:
        return float("inf")
