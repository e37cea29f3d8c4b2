"""MATLAB's string editing functions (R2016b and later, for string arrays, char vectors
and cell arrays of text): ``strip``, ``pad``, ``erase``, ``extractBefore``,
``extractAfter``, ``insertBefore``, ``insertAfter``, ``count``, ``strlength``,
``reverse``, ``splitlines``, ``newline``.

Text follows compat's representation (:mod:`compat._core.matlab_text`): a char row
vector is a ``str``, a cell array a ``list``, a string array a numpy ``str`` array;
results keep the input's kind. Positions are MATLAB's 1-based character positions.
Patterns are literal texts (MATLAB's ``pattern`` objects are not supported); a list of
patterns matches any of them, earlier ones first at each position.
"""

from __future__ import annotations

import re

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_text import (UNICODE_WHITESPACE, flag, map_text, rebuild,
                                      text_items, text_list)

__all__ = ["strip", "pad", "erase", "extractbefore", "extractafter", "insertbefore",
           "insertafter", "count", "strlength", "reverse", "splitlines", "newline"]

__legacy_names__ = {"extractBefore": "extractbefore", "extractAfter": "extractafter",
                    "insertBefore": "insertbefore", "insertAfter": "insertafter"}

_SIDES = ("both", "left", "right")


def _side(value) -> str | None:
    key = value.lower() if isinstance(value, str) else None
    return key if key in _SIDES else None


@matlab_function("strip")
def strip(text, *args):
    """Remove leading and trailing whitespace (or a character), as MATLAB's ``strip``.

    MATLAB call forms::

        newStr = strip(str)                      ->  strip('  a b  ')      # 'a b'
        newStr = strip(str, side)                ->  strip(s, 'left')
        newStr = strip(str, stripCharacter)      ->  strip('--a--', '-')
        newStr = strip(str, side, stripCharacter)

    Whitespace is MATLAB's ``isspace`` set (every Unicode whitespace character, the
    no-break space included); Python's ``str.strip()`` also removes the control
    characters U+001C-U+001F, which MATLAB keeps.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.strip(['  Ann ', 'Bo  '])
    ['Ann', 'Bo']
    >>> matlab.strip('--a--', 'right', '-')
    '--a'
    """
    args = list(args)
    side = "both"
    chars = "".join(sorted(UNICODE_WHITESPACE))
    if args and _side(args[0]) is not None and not (len(args) == 1 and
                                                    len(args[0]) == 1):
        side = _side(args.pop(0))
    if args:
        c = args.pop(0)
        if not isinstance(c, str) or len(c) != 1:
            raise CompatValueError("The strip character must be a single character.")
        chars = c
    if args:
        raise CompatValueError("strip: too many input arguments.")
    if side == "both":
        return map_text(text, lambda t: t.strip(chars))
    if side == "left":
        return map_text(text, lambda t: t.lstrip(chars))
    return map_text(text, lambda t: t.rstrip(chars))


@matlab_function("pad")
def pad(text, *args):
    """Add leading or trailing characters, as MATLAB's ``pad``.

    MATLAB call forms::

        newStr = pad(str)                             ->  pad(["Mercury", "ISS"])
        newStr = pad(str, numberOfCharacters)         ->  pad(s, 12)
        newStr = pad(str, side)                       ->  pad(s, 'left')
        newStr = pad(str, numberOfCharacters, side)   ->  pad(s, 12, 'both')
        newStr = pad(___, padCharacter)               ->  pad(s, 8, '0')

    Without a length, every text is padded to the longest one (a single text is
    returned unaltered); longer texts are never cut. 'both' puts half of the padding on
    each side, the odd character on the right (compat's reading: the page does not
    print an odd case).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.pad(['Mary', 'Elizabeth', 'James'], 'left')
    ['     Mary', 'Elizabeth', '    James']
    """
    args = list(args)
    width = None
    side = "right"
    fill = " "
    if args and not isinstance(args[0], str):
        width = int(np.asarray(args.pop(0)).reshape(()))
        if width < 0:
            raise CompatValueError("The number of characters must be nonnegative.")
    if args and _side(args[0]) is not None:
        side = _side(args.pop(0))
    if args:
        c = args.pop(0)
        if not isinstance(c, str) or len(c) != 1:
            raise CompatValueError("The pad character must be a single character.")
        fill = c
    if args:
        raise CompatValueError("pad: too many input arguments.")
    kind, items, shape = text_items(text, "str", allow_missing=True)
    target = width if width is not None else max(
        (len(t) for t in items if t is not None), default=0)

    def one(t):
        if t is None:                          # <missing> stays missing
            return None
        extra = max(0, target - len(t))
        if side == "right":
            return t + fill * extra
        if side == "left":
            return fill * extra + t
        left = extra // 2
        return fill * left + t + fill * (extra - left)
    return rebuild(kind, [one(t) for t in items], shape)


def _alternation(pattern, ignore_case=False):
    pats = [p for p in text_list(pattern, "pat") if p != ""]
    if not pats:
        return None
    return re.compile("|".join(re.escape(p) for p in pats),
                      re.IGNORECASE if ignore_case else 0)


@matlab_function("erase")
def erase(text, match):
    """Delete every occurrence of the match texts, as MATLAB's ``erase``.

    MATLAB call form::

        newStr = erase(str, match)       ->  erase('data_2020_v1', '_')

    Occurrences are removed left to right without overlap (several match texts: the
    earlier ones first at each position), as MATLAB's ``replace`` with ''.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.erase('Hello World', ['l', 'o'])
    'He Wrd'
    """
    rx = _alternation(match)
    return map_text(text, (lambda t: t) if rx is None else (lambda t: rx.sub("", t)))


def _per_item(text, where, name):
    """``where`` (a text, a list of texts, or positions) for each item of ``text``."""
    kind, items, shape = text_items(text, "str", allow_missing=True)
    if isinstance(where, str) or (isinstance(where, np.ndarray) and where.dtype.kind in "UT"
                                  and where.size == 1):
        return kind, items, shape, [str(np.asarray(where).reshape(()))] * len(items)
    if isinstance(where, (list, tuple, np.ndarray)) and len(np.ravel(where)) == len(items) \
            and all(isinstance(w, str) for w in np.ravel(where)):
        return kind, items, shape, [str(w) for w in np.ravel(where)]
    pos = np.asarray(where)
    if pos.dtype.kind not in "iuf":
        raise CompatTypeError(f"{name} must be text or positive integer positions.")
    flat = np.broadcast_to(pos.reshape(-1) if pos.size > 1 else pos.reshape(()),
                           (len(items),)) if pos.size in (1, len(items)) else None
    if flat is None:
        raise CompatValueError(f"{name} must have one element per text.")
    return kind, items, shape, [int(p) for p in flat]


def _extract(text, where, before, name):
    kind, items, shape, whats = _per_item(text, where, name)
    out = []
    for t, w in zip(items, whats):
        if t is None:                          # <missing> stays missing
            out.append(None)
            continue
        if isinstance(w, str):
            k = t.find(w)
            if k < 0:
                # MATLAB: '' for char, a <missing> string for a string array
                out.append(None if kind == "stringdtype" else "")
                continue
            out.append(t[:k] if before else t[k + len(w):])
        else:
            if not 1 <= w <= len(t) + (1 if before else 0):
                raise CompatValueError(f"Position {w} is outside the text (length "
                                       f"{len(t)}).")
            out.append(t[:w - 1] if before else t[w:])
    return rebuild(kind, out, shape)


@matlab_function("extractBefore")
def extractbefore(text, pat_or_pos):
    """The text before the first occurrence of a pattern (or before a position), as
    MATLAB's ``extractBefore``.

    MATLAB call forms::

        newStr = extractBefore(str, pat)     ->  extractbefore('The quick brown fox', ' brown')
        newStr = extractBefore(str, pos)     ->  extractbefore(s, 5)      # s(1:4)

    One pattern for all texts, or one per text; a pattern that is not found gives ''
    for char and cells and a ``<missing>`` element for a string array (numpy
    ``StringDType``; the result's dtype gets ``na_object=np.nan`` if the input's has
    none), as MATLAB's reference page says; a ``<missing>`` element stays missing.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.extractbefore('The quick brown fox', ' brown')
    'The quick'
    """
    return _extract(text, pat_or_pos, True, "pat")


@matlab_function("extractAfter")
def extractafter(text, pat_or_pos):
    """The text after the first occurrence of a pattern (or after a position), as
    MATLAB's ``extractAfter``.

    MATLAB call forms::

        newStr = extractAfter(str, pat)      ->  extractafter('The quick brown fox', 'quick ')
        newStr = extractAfter(str, pos)      ->  extractafter(s, 4)       # s(5:end)

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.extractafter(['The quick brown fox jumps', 'over the lazy dog'],
    ...                     ['quick ', 'the '])
    ['brown fox jumps', 'lazy dog']
    """
    return _extract(text, pat_or_pos, False, "pat")


def _insert(text, where, new, before, name):
    kind, items, shape, whats = _per_item(text, where, name)
    news = text_list(new, "newText")
    if len(news) not in (1, len(items)):
        raise CompatValueError("newText must be one text or one per text.")
    out = []
    for i, (t, w) in enumerate(zip(items, whats)):
        n = news[0] if len(news) == 1 else news[i]
        if t is None:                          # <missing> stays missing
            out.append(None)
            continue
        if isinstance(w, str):
            if w == "":
                out.append(t)
                continue
            rx = re.compile(re.escape(w))
            out.append(rx.sub(lambda m: n + m.group() if before else m.group() + n, t))
        else:
            if not 0 <= w <= len(t) or (before and w < 1):
                raise CompatValueError(f"Position {w} is outside the text (length "
                                       f"{len(t)}).")
            k = w - 1 if before else w
            out.append(t[:k] + n + t[k:])
    return rebuild(kind, out, shape)


@matlab_function("insertBefore")
def insertbefore(text, pat_or_pos, new_text):
    """Insert text before every occurrence of a pattern (or before a position), as
    MATLAB's ``insertBefore``.

    MATLAB call forms::

        newStr = insertBefore(str, pat, newText)   ->  insertbefore('a-b-c', '-', ' ')
        newStr = insertBefore(str, pos, newText)   ->  insertbefore('abc', 2, 'X')  # 'aXbc'

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.insertbefore('a-b-c', '-', ' ')
    'a -b -c'
    """
    return _insert(text, pat_or_pos, new_text, True, "pat")


@matlab_function("insertAfter")
def insertafter(text, pat_or_pos, new_text):
    """Insert text after every occurrence of a pattern (or after a position), as
    MATLAB's ``insertAfter``.

    MATLAB call forms::

        newStr = insertAfter(str, pat, newText)    ->  insertafter('a,b', ',', ' ')
        newStr = insertAfter(str, pos, newText)    ->  insertafter('abc', 1, 'X')  # 'aXbc'

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.insertafter('a,b,c', ',', ' ')
    'a, b, c'
    """
    return _insert(text, pat_or_pos, new_text, False, "pat")


@matlab_function("count")
def count(text, pattern, *options, **name_values):
    """Number of occurrences of patterns, as MATLAB's ``count``.

    MATLAB call forms::

        A = count(str, pat)                        ->  count('paired with red shoes', 'red')
        A = count(str, pat, 'IgnoreCase', true)

    Occurrences counted left to right without overlap; several patterns are matched in
    order at each position and each piece of text counts once. A double for a char
    vector, else an array of the container's shape.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.count('paired with red shoes', 'red')
    2.0
    """
    opts = list(options) + [v for kv in name_values.items() for v in kv]
    ignore = False
    if opts:
        if len(opts) != 2 or not isinstance(opts[0], str) or \
                opts[0].lower() != "ignorecase":
            raise CompatValueError("count: the only option is 'IgnoreCase'.")
        ignore = flag(opts[1], "IgnoreCase")
    rx = _alternation(pattern, ignore)
    kind, items, shape = text_items(text, "str")
    counts = [0 if rx is None else len(rx.findall(t)) for t in items]
    return rebuild(kind, counts, shape, result_kind="double")


@matlab_function("strlength")
def strlength(text):
    """Number of characters of each text, as MATLAB's ``strlength``.

    MATLAB call form::

        L = strlength(str)        ->  strlength(['a', 'abc'])

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.strlength(['a', 'abc', ''])
    array([1., 3., 0.])
    """
    # a <missing> string element has length NaN (MATLAB's strlength of
    # string(missing); rebuild turns None into NaN for a double result)
    kind, items, shape = text_items(text, "str", allow_missing=True)
    return rebuild(kind, [None if t is None else len(t) for t in items], shape,
                   result_kind="double")


@matlab_function("reverse")
def reverse(text):
    """Reverse the characters of each text, as MATLAB's ``reverse``.

    MATLAB call form::

        newStr = reverse(str)     ->  reverse('stressed')      # 'desserts'

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.reverse('stressed')
    'desserts'
    """
    return map_text(text, lambda t: t[::-1])


@matlab_function("splitlines")
def splitlines(text):
    """Split text at newline characters, as MATLAB's ``splitlines``.

    MATLAB call form::

        newStr = splitlines(str)   ->  splitlines(sprintf('a\\nb\\r\\nc'))

    Splits at ``\\r\\n``, ``\\n`` and ``\\r`` (an empty piece where a text ends with a
    newline, unlike Python's ``str.splitlines``). One text gives a column of pieces (a
    list, or a ``str`` array for a string).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.splitlines('a\\nb\\r\\nc\\n')
    ['a', 'b', 'c', '']
    """
    kind, items, shape = text_items(text, "str")
    if len(items) != 1:
        raise CompatValueError("splitlines: give one text (for several, split each).")
    pieces = re.split(r"\r\n|\n|\r", items[0])
    if kind == "stringdtype":                 # a string scalar: an N-by-1 string array
        return np.array(pieces, dtype=shape.dtype).reshape(-1, 1)
    return np.array(pieces, dtype=str).reshape(-1, 1) if kind == "string" else pieces


@matlab_function("newline")
def newline():
    """The newline character, as MATLAB's ``newline`` (``char(10)``).

    MATLAB call form::

        c = newline               ->  newline()

    Examples
    --------
    >>> from compat import matlab
    >>> ord(matlab.newline())
    10
    """
    return "\n"
