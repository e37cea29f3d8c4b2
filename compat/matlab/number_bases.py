"""Whole numbers in other bases, as MATLAB: ``dec2bin``, ``dec2hex``, ``dec2base``,
``bin2dec``, ``hex2dec``, ``base2dec``.

The legacy layer of the family: reads MATLAB's argument forms (numeric, logical or
char values; char rows, char matrices, cell arrays of char, string arrays; the minimum
number of digits; a base or a string of digit symbols) and MATLAB's messages, and calls
the core :mod:`compat._core.number_bases`, which writes and reads exact integers.

**Release followed**: MATLAB R2020a and later, where ``dec2bin`` and ``dec2hex`` write
negative numbers as their two's complement (``dec2bin(-5)`` is ``'11111011'``: "Starting
in R2020a, the dec2bin function converts negative numbers using their two's complement
binary values", dec2bin reference page; MATLAB Answers "Dec2bin is adding inappropriate
0s to negative numbers", R2020a print-outs ``dec2bin(-23)`` ``'11101001'``,
``dec2bin(-23,9)`` ``'011101001'``). Before R2020a both raised an error for negative
input; code written for those releases never passes one, so following the newer
release changes no result such code relies on.

**Text forms**: a ``str`` is a char row; a 1-D numpy ``str`` array is a char matrix (its
rows, as ``scipy.io.loadmat`` gives one and as ``dec2bin`` returns one); a list is a
cell array of char (read in MATLAB's column-major order); a numpy ``str`` array of 2 or
more dimensions is a string array. The readers return a double column, one element per
row or text (a string array: its own shape; one text: a scalar).
"""

from __future__ import annotations

import numpy as np

from compat._core import number_bases as core
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.half_away import round_half_away
from compat._core.legacy import matlab_function
from compat._core.matlab_text import text_items
from compat._core.matlab_types import matlab_array

__all__ = ["dec2bin", "dec2hex", "dec2base", "bin2dec", "hex2dec", "base2dec"]

_FLINTMAX = 2.0 ** 53

_DOCS = Fragments(
    sources="""
        Sources: MATLAB ``{{name}}`` reference page and MATLAB's ``{{name}}.m`` (its
        checks and messages); checked against GNU Octave 7.3
        (reference_outputs/matlab/number_bases), whose differences are listed.""",
    writer_returns="""
        Returns
        -------
        str or ndarray of str
            One value: a ``str`` (MATLAB's char row). Several: a char matrix, a 1-D
            numpy ``str`` array with one row per element of ``D`` in column-major order
            (``D(:)``), every row left-padded with zeros to the width of the longest.
            Empty ``D``: ``''``.""",
    reader_returns="""
        Returns
        -------
        float or ndarray of float64
            One text: a double scalar. A char matrix or cell array: an ``m``-by-1
            double column, one value per row or cell (column-major); a string array:
            its shape. Values above ``flintmax`` (``2^53``) are the double nearest the
            exact value (MATLAB warns that they "might not be exact"). Empty text:
            a 0-by-0 double.""",
)


# ------------------------------------------------------------------------ writers
def _values(D, name: str) -> np.ndarray:
    """``D(:)`` as a flat numeric array (char as codes, logical as 0/1)."""
    if isinstance(D, str) or (isinstance(D, np.ndarray) and D.dtype.kind == "U"):
        text = D if isinstance(D, str) else "".join(np.ravel(D, order="F"))
        return np.array([ord(c) for c in text], dtype=np.float64)
    if isinstance(D, (list, tuple)) and any(isinstance(v, str) for v in D):
        raise CompatTypeError("D must be numeric.")
    try:
        a = matlab_array(D, "D")
    except CompatTypeError:
        raise CompatTypeError("D must be numeric.") from None
    if a.dtype.kind == "c":
        if np.any(a.imag != 0):
            raise CompatValueError("D must be real.")
        a = a.real
    return np.ravel(a, order="F")


def _min_digits(n, message: str) -> int:
    if n is None:
        return 0
    a = np.asarray(n)
    if a.dtype.kind == "U" and a.size == 1:          # MATLAB accepts a char count
        a = np.asarray(float(ord(str(a.reshape(-1)[0])[:1] or "\0")))
    if a.size != 1 or a.dtype.kind not in "biuf":
        raise CompatValueError(message)
    v = float(a.reshape(-1)[0])
    if not np.isfinite(v) or v < 0:
        raise CompatValueError(message)
    return int(round_half_away(v))                  # MATLAB rounds the digit count


def _exact_integers(flat: np.ndarray, *, truncate: bool, message: str) -> list[int]:
    """The elements as exact Python ints (integer classes exactly, doubles by their
    exact value); ``truncate``: nonnegative fractions are floored (dec2bin's
    ``floor(D*2.^(1-n:0))``), otherwise a fraction raises ``message``."""
    if flat.dtype.kind in "iub":
        return [int(v) for v in flat.tolist()]
    if not np.all(np.isfinite(flat)):
        raise CompatValueError(message)
    whole = np.floor(flat)
    fraction = whole != flat
    if np.any(fraction):
        if not truncate or np.any(fraction & (flat < 0)):
            raise CompatValueError(message)
        flat = whole
    return [int(v) for v in flat.tolist()]


def _as_char(rows: list[str]):
    if not rows:
        return ""
    if len(rows) == 1:
        return rows[0]
    return np.array(rows, dtype=f"<U{max(len(rows[0]), 1)}")


def _write_signed(D, n, base: int, *, truncate: bool, value_message: str,
                  digits_message: str):
    flat = _values(D, "D")
    if flat.size == 0:
        return ""
    values = _exact_integers(flat, truncate=truncate, message=value_message)
    width = _min_digits(n, digits_message)
    if min(values) < 0:
        try:
            values = core.twos_complement(values)
        except ValueError:
            raise CompatValueError("Negative values must be at least intmin('int64').") \
                from None
    return _as_char(core.write(values, core.DIGITS[:base], width))


@matlab_function("dec2bin")
@_DOCS.named()
def dec2bin(D, minDigits=None):
    """Binary representation of integers as text, as MATLAB's ``dec2bin``.

    MATLAB call forms::

        binStr = dec2bin(D)              ->  dec2bin(23)          ('10111')
        binStr = dec2bin(D, minDigits)   ->  dec2bin(23, 8)       ('00010111')

    Parameters
    ----------
    D : array_like
        Numeric, logical or char (character codes) of any shape. Negative integers
        (down to ``intmin('int64')``) are written as their two's complement in the
        narrowest of int8, int16, int32, int64 that holds every element (R2020a and
        later). Nonnegative fractions are truncated, as MATLAB's
        ``rem(floor(D*pow2(1-n:0)), 2)`` computes them (``dec2bin(2.7)`` is ``'10'``);
        a negative fraction is refused. Integer classes (``uint64``, ``int64``) are
        written exactly, and so are doubles above ``flintmax`` (each is a whole
        number: ``dec2bin(2^60)`` is ``'1'`` followed by 60 zeros).
    minDigits : int, optional
        The fewest digits (rounded, as MATLAB rounds it); more are written when a value
        needs them. Negative values are padded with zeros too, as R2020a does
        (``dec2bin(-23, 9)`` is ``'011101001'``).

    {{writer_returns}}

    Raises
    ------
    ValueError
        ``"dec2bin: D must be real."``; NaN or Inf, a negative fraction:
        ``"dec2bin: input must be integers"`` (GNU Octave's text: MATLAB's current text
        for these is not published); a bad ``minDigits``: ``"dec2bin: N must be a
        nonnegative integer."``.
    TypeError
        ``"dec2bin: D must be numeric."`` (cells, structs).

    Notes
    -----
    ``np.binary_repr(d)`` writes one Python int with a minus sign for negatives (or a
    two's complement of a ``width`` you choose) and does not pad a column of values to
    one width; ``format(d, 'b')`` fails for floats. GNU Octave 7.3 refuses fractions
    (``dec2bin(2.7)``: "input must be integers") and empty input, where MATLAB truncates
    and returns ``''``: recorded as Octave divergences in the golden suite.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import dec2bin
    >>> dec2bin(23)
    '10111'
    >>> dec2bin([1023, 122, 14])
    array(['1111111111', '0001111010', '0000001110'], dtype='<U10')
    >>> dec2bin(-5)
    '11111011'
    """
    return _write_signed(D, minDigits, 2, truncate=True,
                         value_message="input must be integers",
                         digits_message="N must be a nonnegative integer.")


@matlab_function("dec2hex")
@_DOCS.named()
def dec2hex(D, minDigits=None):
    """Hexadecimal representation of integers as text, as MATLAB's ``dec2hex``.

    MATLAB call forms::

        hexStr = dec2hex(D)              ->  dec2hex(2748)        ('ABC')
        hexStr = dec2hex(D, minDigits)   ->  dec2hex(2748, 6)     ('000ABC')

    Parameters
    ----------
    D : array_like
        Integers (numeric, logical or char codes) of any shape; negative ones are
        written as their two's complement in the narrowest of int8..int64 that holds
        every element (R2020a and later: ``dec2hex(-1)`` is ``'FF'``). Fractions are
        refused. Integer classes and doubles above ``flintmax`` are written exactly.
    minDigits : int, optional
        The fewest digits.

    {{writer_returns}}
        Digits ``A``-``F`` are upper case.

    Raises
    ------
    ValueError
        A fraction, NaN or Inf: ``"dec2hex: First argument must contain non-negative
        integers."`` (the text MATLAB printed, MATLAB Answers 103004, for
        ``dec2hex(12.0001)``); ``"dec2hex: D must be real."``.
    TypeError
        ``"dec2hex: D must be numeric."``.

    Notes
    -----
    ``hex(d)`` gives ``'0xabc'``: lower case, a prefix, a minus sign for negatives, one
    value at a time, and no common width for a column of values.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import dec2hex
    >>> dec2hex(2748)
    'ABC'
    >>> dec2hex([255, 16], 4)
    array(['00FF', '0010'], dtype='<U4')
    >>> dec2hex(-1)
    'FF'
    """
    return _write_signed(D, minDigits, 16, truncate=False,
                         value_message="First argument must contain non-negative "
                                       "integers.",
                         digits_message="N must be a nonnegative integer.")


def _symbols(base, message: str) -> str:
    """The digit symbols of a numeric base 2..36 or of a symbol string."""
    if isinstance(base, str):
        if len(base) < 2 or len(set(base)) != len(base) or any(c.isspace() for c in base):
            raise CompatValueError("symbols representing digits must be unique and not "
                                   "whitespace")
        return base
    b = np.asarray(base)
    if b.size != 1 or b.dtype.kind not in "iuf":
        raise CompatValueError(message)
    v = float(b.reshape(-1)[0])
    if not np.isfinite(v) or v != np.floor(v) or v < 2 or v > 36:
        raise CompatValueError(message)
    return core.DIGITS[:int(v)]


@matlab_function("dec2base")
@_DOCS.named()
def dec2base(D, base, minDigits=None):
    """Integers written in a base as text, as MATLAB's ``dec2base``.

    MATLAB call forms::

        baseStr = dec2base(D, base)              ->  dec2base(23, 3)       ('212')
        baseStr = dec2base(D, base, minDigits)   ->  dec2base(23, 3, 5)    ('00212')
        baseStr = dec2base(D, symbols)           ->  dec2base(5, 'xyz')    ('yz')

    Parameters
    ----------
    D : array_like
        Nonnegative integers up to ``flintmax`` (``2^53``), numeric or char codes.
    base : int or str
        An integer from 2 to 36 (digits ``0-9``, then ``A-Z``), or a string of unique,
        non-blank digit symbols, the first standing for zero (GNU Octave's form;
        MATLAB documents only numeric bases).
    minDigits : int, optional
        The fewest digits (a nonnegative integer).

    {{writer_returns}}

    Raises
    ------
    ValueError
        ``"dec2base: First argument must be an array of integers, 0 <= D <= flintmax."``
        (MATLAB R2008 printed ``2^52`` where the check is now ``flintmax``);
        ``"dec2base: Second argument must be an integer, 2 <= B <= 36."``;
        ``"dec2base: Third argument must be a nonnegative integer."``.

    Notes
    -----
    ``np.base_repr(d, base)`` writes one value, with a minus sign for negatives and no
    common width for a column of values.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import dec2base
    >>> dec2base(23, 3)
    '212'
    >>> dec2base([23, 4], 3, 5)
    array(['00212', '00011'], dtype='<U5')
    """
    symbols = _symbols(base, "Second argument must be an integer, 2 <= B <= 36.")
    flat = _values(D, "D")
    message = "First argument must be an array of integers, 0 <= D <= flintmax."
    if flat.size == 0:
        return ""
    values = _exact_integers(flat, truncate=False, message=message)
    if min(values) < 0 or max(values) > _FLINTMAX:
        raise CompatValueError(message)
    width = 0
    if minDigits is not None:
        m = np.asarray(minDigits)
        if m.size != 1 or m.dtype.kind not in "iuf" or not np.isfinite(m) or \
                float(m) < 0 or float(m) != np.floor(float(m)):
            raise CompatValueError("Third argument must be a nonnegative integer.")
        width = int(float(m))
    return _as_char(core.write(values, symbols, width))


# ------------------------------------------------------------------------ readers
def _texts(s, message: str):
    """(flat texts, shape of the result)."""
    if isinstance(s, str):
        return [s], ()
    if isinstance(s, np.ndarray) and s.dtype.kind == "T":
        # a string array: one number per element, in its shape (a <missing> element
        # is refused); read in MATLAB's column-major order like the other arrays
        text_items(s, "binStr/hexStr")
        return [str(v) for v in s.ravel(order="F").tolist()], s.shape
    if isinstance(s, np.ndarray) and s.dtype.kind == "U":
        if s.ndim <= 1:                                # a char matrix: its rows
            rows = [str(v) for v in np.ravel(s)]
            return rows, (len(rows), 1)
        return [str(v) for v in s.ravel(order="F")], s.shape
    if isinstance(s, (list, tuple)):
        flat = []
        rows = [list(r) if isinstance(r, (list, tuple)) else [r] for r in s] \
            if any(isinstance(r, (list, tuple)) for r in s) else None
        if rows is not None:                           # 2-D cell: column-major
            width = max(len(r) for r in rows)
            if any(len(r) != width for r in rows):
                raise CompatTypeError(message)
            flat = [rows[i][j] for j in range(width) for i in range(len(rows))]
        else:
            flat = list(s)
        if not all(isinstance(v, str) for v in flat):
            raise CompatTypeError(message)
        return flat, (len(flat), 1)
    raise CompatTypeError(message)


def _read(s, symbols: str, *, case_fold: bool, inner_spaces: bool, bad: str,
          not_text: str):
    texts, shape = _texts(s, not_text)
    if shape == () and texts[0] == "" or len(texts) == 0:
        return np.zeros((0, 0))
    values = core.read(texts, symbols, case_fold=case_fold, inner_spaces=inner_spaces)
    for text, v in zip(texts, values):
        if v is None:
            raise CompatValueError(bad.format(text=text))
    out = np.array([core.nearest_double(v) for v in values], dtype=np.float64)
    if shape == ():
        return out[0]
    return out.reshape(shape, order="F")


@matlab_function("bin2dec")
@_DOCS.named()
def bin2dec(binStr):
    """Text of binary digits to numbers, as MATLAB's ``bin2dec``.

    MATLAB call forms::

        D = bin2dec(binStr)   ->  bin2dec('10111')       (23)
                                  bin2dec('010 111')     (23: spaces are ignored)
                                  bin2dec(['101'; '011'])  or  bin2dec({'101', '11'})

    Parameters
    ----------
    binStr : str, char matrix, list of str or string array
        Digits ``0`` and ``1``; space (and NUL) characters anywhere are ignored, as
        MATLAB documents ("bin2dec ignores any space characters in the input").

    {{reader_returns}}

    Raises
    ------
    ValueError
        Another character: ``"bin2dec: Binary string may consist only of characters 0
        and 1"`` (MATLAB's ``MATLAB:bin2dec:IllegalBinaryString``; GNU Octave returns
        NaN instead).
    TypeError
        ``"bin2dec: Input must be a string."`` (numbers, mixed cells).

    Notes
    -----
    ``int(s, 2)`` reads one text and refuses blanks; MATLAB reads a column of texts.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import bin2dec
    >>> bin2dec('010 111')
    np.float64(23.0)
    >>> bin2dec(['10', '111'])
    array([[2.],
           [7.]])
    """
    return _read(binStr, "01", case_fold=False, inner_spaces=True,
                 bad="Binary string may consist only of characters 0 and 1",
                 not_text="Input must be a string.")


@matlab_function("hex2dec")
@_DOCS.named()
def hex2dec(hexStr):
    """Text of hexadecimal digits to numbers, as MATLAB's ``hex2dec``.

    MATLAB call forms::

        D = hex2dec(hexStr)   ->  hex2dec('3FF')          (1023)
                                  hex2dec({'3FF', 'a'})   ([1023; 10])

    Parameters
    ----------
    hexStr : str, char matrix, list of str or string array
        Digits ``0-9``, ``A-F`` or ``a-f``; leading and trailing blanks are read as
        leading zeros (MATLAB right-justifies the rows of the char matrix), a blank
        between digits is an error.

    {{reader_returns}}

    Raises
    ------
    ValueError
        ``"hex2dec: Input string found with characters other than 0-9, a-f, or A-F."``,
        the text MATLAB printed for ``hex2dec('0C F 9')`` (MATLAB Answers 68418,
        R2009). GNU Octave 7.3 ignores such blanks (``hex2dec('0C F 9')`` is 3321) and
        returns NaN for other characters: recorded as Octave divergences.
    TypeError
        ``"hex2dec: Input must be a string."``.

    Notes
    -----
    ``int(s, 16)`` reads one text and accepts a ``0x`` prefix and underscores that
    MATLAB (before R2020a) refuses; it returns an exact int where MATLAB returns the
    nearest double.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import hex2dec
    >>> hex2dec('3FF')
    np.float64(1023.0)
    >>> hex2dec(['1F', 'abc'])
    array([[  31.],
           [2748.]])
    """
    return _read(hexStr, core.DIGITS[:16], case_fold=True, inner_spaces=False,
                 bad="Input string found with characters other than 0-9, a-f, or A-F.",
                 not_text="Input must be a string.")


@matlab_function("base2dec")
@_DOCS.named()
def base2dec(baseStr, base):
    """Text of digits in a base to numbers, as MATLAB's ``base2dec``.

    MATLAB call forms::

        D = base2dec(baseStr, base)      ->  base2dec('212', 3)     (23)
        D = base2dec(baseStr, symbols)   ->  base2dec('yz', 'xyz')  (5)

    Parameters
    ----------
    baseStr : str, char matrix, list of str or string array
        Digits of the base (``0-9``, then letters, either case); leading and trailing
        blanks read as zeros.
    base : int or str
        An integer from 2 to 36, or a string of unique digit symbols (GNU Octave's
        form, case-sensitive; MATLAB documents only numeric bases).

    {{reader_returns}}

    Raises
    ------
    ValueError
        ``"base2dec: The base must be an integer value between 2 and 36."``; a
        character that is not a digit of the base: ``"base2dec: String <text>
        contains characters which can not be converted to base <base>"`` (MATLAB's
        ``base2dec.m`` message; GNU Octave returns NaN).
    TypeError
        ``"base2dec: Input must be a string."``.

    Notes
    -----
    ``int(s, base)`` reads one text, refuses blanks and accepts prefixes and
    underscores that MATLAB does not.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import base2dec
    >>> base2dec('212', 3)
    np.float64(23.0)
    >>> base2dec('yz', 'xyz')
    np.float64(5.0)
    """
    symbols = _symbols(base, "The base must be an integer value between 2 and 36.")
    numeric = not isinstance(base, str)
    label = str(len(symbols)) if numeric else symbols
    return _read(baseStr, symbols, case_fold=numeric, inner_spaces=False,
                 bad="String {text} contains characters which can not be converted to "
                     "base " + label,
                 not_text="Input must be a string.")
