"""MATLAB's formatted output: ``sprintf``, ``fprintf``, ``formattedDisplayText``,
``disp``.

``sprintf`` and ``fprintf`` are thin layers over the one formatting engine,
:mod:`compat._core.matlab_format` (MATLAB's ``sprintf`` rules: recycling, ``%e`` for
values a conversion cannot hold, exact integer classes, ``NaN``/``Inf``); ``disp`` prints
what ``formattedDisplayText`` returns (MATLAB's ``format short`` display).
"""

from __future__ import annotations

import math
import sys

import numpy as np

from compat._core import file_units
from compat._core.args import check_nargout
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_format import format_text
from compat._core.results import Result
from compat.matlab.number_text import _as_matrix, _numeric

__all__ = ["sprintf", "fprintf", "formatteddisplaytext", "disp"]

__legacy_names__ = {"formattedDisplayText": "formatteddisplaytext"}


class SprintfResult(Result):
    """``[str, errmsg] = sprintf(...)``."""

    request_style = "nargout"
    str: str
    errmsg: str


def _format_spec(fmt) -> tuple[str, object]:
    """(format text, shape of a string-array format or None).

    A char row (``str``, or a one-row numpy ``str`` array: char, as ``class`` reads it)
    gives a char result; a string scalar (a one-element numpy ``StringDType`` array)
    gives a string result of its shape (MathWorks' ``sprintf`` reference page: "If
    formatSpec is a string, then so is the output str. Otherwise, str is a character
    vector")."""
    if isinstance(fmt, str):
        return fmt, None
    if isinstance(fmt, np.ndarray) and fmt.size == 1:
        if fmt.dtype.kind == "U":
            return str(fmt.ravel()[0]), None
        if fmt.dtype.kind == "T":
            return str(fmt.ravel()[0]), fmt.shape
    raise CompatTypeError("formatSpec must be a character vector or string scalar")


# ------------------------------------------------------------------------ sprintf
@matlab_function("sprintf", nargout=2)
def sprintf(formatSpec, *args, nargout=1):
    r"""Format data into text, as MATLAB's ``sprintf``.

    MATLAB call forms::

        str = sprintf(formatSpec, A1, ..., An)   ->  sprintf('%d,', [1 2; 3 4])
        [str, errmsg] = sprintf(___)             ->  sprintf(f, A, nargout=2)
        str = sprintf(literalText)               ->  sprintf('a\tb')

    Parameters
    ----------
    formatSpec : str
        MATLAB format: literal text, escape sequences (``\n``, ``\t``, ``\\``,
        ``\xN``, ``\N``), ``%%`` and operators
        ``%[n$][flags][width][.precision][subtype]conversion`` with conversions
        ``d i u o x X f e E g G c s``, flags ``- + space 0 #``, ``*`` widths and
        precisions, subtypes ``l h`` (accepted) and ``b t`` (``%bx``: the bits of the
        double). A one-element numpy ``StringDType`` array (a MATLAB string scalar)
        gives a string result (a ``StringDType`` array of its shape); a ``str`` or a
        one-row numpy ``str`` array (char) gives a ``str``.
    *args : arrays or text
        The data, used element by element in MATLAB's column-major order: a 2-D array
        ``A`` is read as ``A.ravel(order='F')``. Char arguments are their character
        codes, except that ``%s`` takes the rest of a char array at once. A char
        matrix (a numpy ``str`` array of equal-length rows, what ``char`` returns) is
        one char argument read column by column, as MATLAB reads it:
        ``sprintf('%s', np.array(['ab', 'cd']))`` is ``'acbd'``. A string array (a
        numpy ``StringDType`` array) gives one text per element. A Python list of
        numbers is a MATLAB numeric literal (double); a list holding text is a cell
        array, which MATLAB refuses.

    Returns
    -------
    str : str
        The formatted text.
    errmsg : str
        With ``nargout=2``: ``''`` (compat raises instead of failing silently).

    Notes
    -----
    Differences from Python's ``%``/``format`` and C's ``printf`` (MATLAB's rules, see
    :mod:`compat._core.matlab_format` for the sources):

    * the format is **recycled** over all the data, and output stops at the first
      conversion without data: ``sprintf('%d %d\n', [1 2 3])`` is ``'1 2\n3 '``;
    * ``%d``/``%i``/``%u``/``%x``/``%o``/``%c``/``%s`` of a value they cannot hold
      (a non-integer, a negative number for ``%u``/``%x``/``%o``, beyond int64/uint64)
      **switch to %e** with the same flags, width and precision:
      ``sprintf('%d', 1/3)`` is ``'3.333333e-01'`` (Python's ``'%d' % (1/3)`` is
      ``'0'``, GNU Octave's ``'0.333333'``);
    * ``NaN``/``Inf``/``-Inf`` are spelled so in every conversion;
    * int64/uint64 print exactly in the integer conversions;
    * an invalid operator or escape ends the text (``sprintf('100%')`` is ``'100'``);
    * a field width or precision beyond C's ``int`` (2^31 - 1), written or taken from
      the data by ``*``, is refused before any text is built (Python would try to
      build it); a negative ``*`` width left-justifies, as in C (GNU Octave 7.3 refuses
      it).

    Examples
    --------
    >>> from compat.matlab import sprintf
    >>> sprintf('%0.5g', 1 / 2.220446049250313e-16)           # MATLAB doc example
    '4.5036e+15'
    >>> sprintf('The array is %dx%d.', 2, 3)
    'The array is 2x3.'
    >>> sprintf('%d', 1 / 3)                                  # MATLAB, not C
    '3.333333e-01'
    >>> import numpy as np
    >>> sprintf('%d,', np.array([[1, 2], [3, 4]]))            # column-major
    '1,3,2,4,'
    >>> sprintf('%s=%d\n', 'x', 5)
    'x=5\n'
    >>> sprintf('%u', np.uint64(18446744073709551615))
    '18446744073709551615'
    >>> sprintf('%5.1f|', [1.25, np.nan, -np.inf])
    '  1.2|  NaN| -Inf|'
    >>> sprintf('%s', np.array(['ab', 'cd']))                 # a char matrix
    'acbd'
    >>> sprintf('%s|', np.array(['ab', 'c'], dtype=np.dtypes.StringDType()))
    'ab|c|'
    """
    text, shape = _format_spec(formatSpec)
    result = format_text(text, args)
    if shape is not None:
        result = np.array([result], dtype=np.dtypes.StringDType()).reshape(shape)
    return SprintfResult.first(nargout, result, "")


@matlab_function("fprintf")
def fprintf(*args, nargout=0):
    r"""Write formatted text to the screen or an open file, as MATLAB's ``fprintf``.

    MATLAB call forms::

        fprintf(formatSpec, A1, ..., An)          ->  fprintf('%d\n', 5)       # stdout
        fprintf(fileID, formatSpec, A1, ..., An)  ->  fprintf(fid, 'x=%g\n', x)
        nbytes = fprintf(___)                     ->  fprintf(..., nargout=1)

    The text is :func:`sprintf`'s (the same engine). ``fileID`` 1 is standard output,
    2 standard error, others are files opened by :func:`compat.matlab.fopen` for
    writing (the text is encoded with the file's encoding).

    Returns
    -------
    None, or with ``nargout=1`` the number of bytes written (``nbytes``), as MATLAB
    returns nothing unless an output is asked for.

    Examples
    --------
    >>> from compat.matlab import fprintf
    >>> fprintf('%s has %d rows\n', 'A', 3)
    A has 3 rows
    >>> fprintf(1, '%4.1f\n', [1.25, 2.5], nargout=1)
     1.2
     2.5
    10.0
    """
    if not args:
        raise CompatTypeError("Not enough input arguments.")
    first = args[0]
    if isinstance(first, str) or (isinstance(first, np.ndarray) and
                                  first.dtype.kind in "UT"):
        fid, fmt, data = 1, first, args[1:]
    else:
        value = np.asarray(first)
        if value.size != 1 or value.dtype.kind not in "biuf" or len(args) < 2:
            raise CompatValueError("Invalid file identifier. Use fopen to generate a "
                                   "valid file identifier.")
        fid = int(value.ravel()[0])
        fmt, data = args[1], args[2:]
    text, _ = _format_spec(fmt)
    out = format_text(text, data)
    if fid in (1, 2):
        stream = sys.stdout if fid == 1 else sys.stderr
        stream.write(out)
        stream.flush()
        count = len(out.encode("utf-8"))
    else:
        unit = file_units.unit("matlab", fid)
        if not unit.writable:
            raise CompatValueError("Invalid file identifier. Use fopen to generate a "
                                   "valid file identifier.")
        data_bytes = out.encode(unit.encoding or "utf-8", errors="replace")
        unit.stream.write(data_bytes)
        count = len(data_bytes)
    if check_nargout(nargout, 1, minimum=0, message="the function has one output: nargout "
                     "must be 0 or 1, got {nargout!r}") == 0:
        return None
    return float(count)


# ---------------------------------------------------------------------- display
def _display_rows(m: np.ndarray) -> list[str]:
    """MATLAB's ``format short`` rows of a real matrix (see formatteddisplaytext)."""
    kind = m.dtype.kind
    if kind == "b":
        return ["".join("%4d" % int(v) for v in row) for row in m]
    if kind in "iu":
        width = max(len(str(int(v))) for v in m.ravel()) + 2
        return ["".join(str(int(v)).rjust(width) for v in row) for row in m]
    values = m.astype(np.float64)
    finite = values[np.isfinite(values)]
    integers = bool(np.all(finite == np.trunc(finite)))
    biggest = float(np.max(np.abs(finite))) if finite.size else 0.0
    if integers and biggest < 1e9:
        digits = max([len(str(int(v))) for v in finite] or [1])
        width = max(digits + 3, 6)
        return ["".join((str(int(v)) if np.isfinite(v) else
                         ("NaN" if v != v else "Inf" if v > 0 else "-Inf")).rjust(width)
                        for v in row) for row in values]
    nonzero = np.abs(finite[finite != 0])
    smallest = float(np.min(nonzero)) if nonzero.size else 1.0
    if m.size == 1 and (biggest >= 1000 or smallest < 0.001):
        return [format_text("%13.4e", [values.ravel()])]
    scale = 0
    if biggest >= 1000 or (biggest < 0.001 and biggest > 0):
        scale = int(math.floor(math.log10(biggest)))
    scaled = values / (10.0 ** scale)
    rows = [format_text("%10.4f" * values.shape[1], [row]) for row in scaled]
    if scale:
        return [f"   1.0e{'+' if scale > 0 else '-'}{abs(scale):02d} *", ""] + rows
    return rows


@matlab_function("formattedDisplayText")
def formatteddisplaytext(X, *options, **name_values):
    r"""The text MATLAB's ``disp(X)`` prints, as MATLAB's ``formattedDisplayText``.

    MATLAB call forms::

        str = formattedDisplayText(X)    ->  formatteddisplaytext(eye(3))
        str = formattedDisplayText(X, 'UseTrueFalseForLogical', true)

    For ports that compare printed output with the legacy program's. ``format short``
    (the default display) of real numeric, logical and char values:

    * integer-valued doubles: right-aligned columns ``max(digits + 3, 6)`` wide
      (``disp([15 150])`` is ``'    15   150'``);
    * other doubles: ``%10.4f`` per element; a scalar of magnitude 1000 or more (or
      below 0.001) in ``%13.4e`` (``'   1.2346e+04'``); a matrix with such values gets
      MATLAB's common scale factor line ``'   1.0e+03 *'`` and a blank line;
    * ``NaN``/``Inf`` in the column width; logical values in ``%4d`` (or ``true``/
      ``false`` with ``UseTrueFalseForLogical``); integer classes right-aligned,
      columns two wider than the longest value;
    * char: the text itself, each row on its line.

    Every row ends with a newline; an empty array gives ``''``. Returns a ``str``
    (MATLAB returns a string scalar).

    Notes
    -----
    Sources: MATLAB documentation of ``formattedDisplayText`` (``diag([1 1 1])``
    displays as ``'     1     0     0'`` ...), ``disp`` (``[15 150]``, ``rand(5,3)`` as
    ``'    0.8147    0.0975    0.1576'``) and ``format``. GNU Octave 7.3 has no
    ``formattedDisplayText`` and its ``disp`` lays matrices out differently, so the
    goldens are MATLAB's printed examples only. Complex values, N-D arrays, cells and
    structs are not supported (a ``ValueError`` says so).

    Examples
    --------
    >>> from compat.matlab import formatteddisplaytext
    >>> import numpy as np
    >>> print(formatteddisplaytext(np.eye(3)), end='')
         1     0     0
         0     1     0
         0     0     1
    >>> formatteddisplaytext(3.14159265)
    '    3.1416\n'
    >>> formatteddisplaytext([15, 150])
    '    15   150\n'
    """
    from compat._core.args import name_value
    opts = name_value(None, options, name_values,
                      {"UseTrueFalseForLogical": False, "NumericFormat": "short",
                       "LineSpacing": "loose", "SuppressMarkup": False})
    if str(opts["NumericFormat"]).lower() != "short":
        raise CompatValueError("only NumericFormat 'short' is supported by compat")
    if isinstance(X, str):
        return X + "\n" if X else ""
    if isinstance(X, np.ndarray) and X.dtype.kind == "U":
        return "".join(str(r) + "\n" for r in X.ravel())
    if isinstance(X, (list, tuple, dict)) and not _is_number_list(X):
        raise CompatValueError("cells and structs are not supported by compat's "
                               "formattedDisplayText")
    a = _numeric(X)
    if np.asarray(X).ndim > 2:
        raise CompatValueError("N-D arrays are not supported by compat's "
                               "formattedDisplayText")
    if a.size == 0:
        return ""
    if a.dtype.kind == "c":
        raise CompatValueError("complex values are not supported by compat's "
                               "formattedDisplayText")
    m = _as_matrix(a)
    if m.dtype.kind == "b" and bool(np.asarray(opts["UseTrueFalseForLogical"])):
        width = 7 if not m.all() else 6
        rows = ["".join(("true" if v else "false").rjust(width) for v in row) for row in m]
    else:
        rows = _display_rows(m)
    return "".join(row + "\n" for row in rows)


def _is_number_list(x) -> bool:
    if isinstance(x, dict):
        return False
    return all(_is_number_list(v) if isinstance(v, (list, tuple)) else
               isinstance(v, (int, float, bool, np.number, np.bool_)) for v in x)


@matlab_function("disp")
def disp(X):
    """Print a value without its name, as MATLAB's ``disp``.

    MATLAB call forms::

        disp(X)                          ->  disp([15 150])

    Prints :func:`formatteddisplaytext` of ``X`` to standard output; returns None.

    Examples
    --------
    >>> from compat.matlab import disp
    >>> disp('Hello World.')
    Hello World.
    >>> disp([15, 150])
        15   150
    """
    sys.stdout.write(formatteddisplaytext(X))
