"""IDL's formatted input/output family: PRINT, PRINTF, READ, READF and READS, over the
formatting engine :mod:`compat._core.idl_format` (the one STRING uses) and the one table
of logical units :mod:`compat._core.file_units` (the one OPENR/OPENW/READU use).

Output: ``PRINT, x`` writes to standard output what ``PRINTF, -1, x`` writes, the lines
``STRING(x, /PRINT)`` returns (free format, rows of at most 80 columns) or, with
``FORMAT=``, one line per record of ``STRING(x, FORMAT=...)``; each line ends with a
newline. Input: ``READF, unit, var1, ...`` reads records (lines) of the unit's file into
new values shaped and typed like the variables given, and leaves the unit at the record
after the last one it used, so a loop of READF calls walks through the file as IDL's
does. Python cannot fill the caller's variables, so the variables are templates and the
routine returns the values (as :func:`compat.idl.reads` does).
"""

from __future__ import annotations

import builtins
import math
import re
import sys
import warnings

import numpy as np

from compat._core import file_units
from compat._core.docs import Fragments
from compat._core.errors import CompatValueError
from compat._core.idl_format import format_records, free_records
from compat._core.idl_print_layout import structure_items
from compat._core.idl_text_input import (EndOfInputError, free_floats_in_bytes,
                                         free_numbers_in_text, read_values)
from compat._core.legacy import idl_routine
from compat.idl._text_args import format_arg, idl_values, text_of

__all__ = ["print", "printf", "read", "readf", "reads"]

#: the line width of free-format output when the unit has none of its own (IDL: "a
#: default of 80 columns" for files and non-terminals; OPEN's WIDTH keyword)
DEFAULT_WIDTH = 80

_DOCS = Fragments(
    expressions="""\
    *expressions : array_like or str
        Values of any IDL type (readsav layout: numpy arrays, numpy scalars, ``str``,
        ``bytes``; Python numbers are typed as IDL literals: ``5`` is INT, ``2.5``
        DOUBLE).""",
    format_out="""\
    format : str, optional
        An IDL format, FORTRAN style ``'(I5, 2F8.3)'`` or C style ``'(%"x=%d")'``: one
        line per output record, with format reversion (see
        :func:`compat.idl.string`). Without it, free format: IDL's default layout
        (each scalar continues the line, each row of an array ends it, lines break
        before column 80).""",
    templates="""\
    *variables : scalars or arrays
        One template per IDL variable, giving the type and shape to read:
        ``np.int32(0)`` for a LONG, ``np.zeros(3, np.float32)`` for ``FLTARR(3)``,
        ``''`` for a string (one line), ``np.full(n, '')`` for ``STRARR(n)`` (n
        lines). Python numbers are typed as IDL literals (``0`` is INT, ``0.0``
        DOUBLE).""",
    format_in="""\
    format : str, optional
        An IDL input format (``'(I4, A)'``, ``'(3F8.2)'``...). Without it, free
        format: numbers separated by blanks, tabs or a comma, continuing on the next
        lines as needed; a string variable takes the rest of the current line.""",
    templates_intro="""\
    IDL fills its variables in place, keeping their types and sizes; Python cannot, so
    the variables are *templates* (their type and shape, as IDL uses them) and the
    values read are returned: one value for one variable, a tuple for several.""",
    records_in="""\
    Each READF statement starts at the unit's next line and ends the last
    line it used: numbers left on that line are skipped (``a = FLTARR(2)`` read from
    ``'1 2 3'`` is ``[1, 2]`` and the next READF reads the next line). Lines end at
    LF; a CR before it is dropped (GDL 1.0.1, and IDL's "formatted I/O reads the CR/LF
    line termination").""",
    sources="""\
    IDL Reference Guide (PRINT/PRINTF, READ/READF, "Free Format
    Input/Output", "Explicitly Formatted Input/Output"); layouts and end-of-file
    behaviour as GDL 1.0.1 gives them (reference_outputs/idl/formatted_io).""",
)


def _lines(expressions, format, width: int) -> list[str]:  # noqa: A002 - IDL's FORMAT
    format_arg(format)
    if not expressions:
        return [""]
    from compat._core.idl_objects import printable
    expressions = tuple(printable(e) for e in expressions)
    arrays = idl_values(expressions, "Expression", structures=True)
    if format is not None:
        return format_records(format, structure_items(arrays))
    return free_records(arrays, width)


def _write(entry, lines: list[str]) -> None:
    if not entry.writable:
        raise CompatValueError(f"File unit does not allow writing. Unit: {entry.number}, "
                               f"File: {entry.path}")
    text = "".join(line + "\n" for line in lines)
    try:
        data = text.encode("latin-1")
    except UnicodeEncodeError:
        raise CompatValueError("the text holds characters outside Latin-1: IDL strings "
                               "are bytes") from None
    entry.stream.write(data)


@idl_routine("PRINT")
@_DOCS.fill
def print(*expressions, format=None):  # noqa: A001 - IDL's PRINT  # noqa: A002
    """Write values to standard output, as IDL's ``PRINT`` procedure does.

    IDL call forms::

        PRINT [, Expr1, ..., Exprn] [, FORMAT=value]

    Python::

        compat.idl.print(*expressions, format=None)

    Parameters
    ----------
    {{expressions}}
    {{format_out}}

    Returns
    -------
    None
        The lines go to ``sys.stdout`` (what ``PRINTF, -1`` writes).

    Notes
    -----
    Differences from Python's ``print(x)``: Python prints numpy's repr (``[0. 1. 2.]``,
    shortest round-trip digits), IDL prints each value in its type's free format
    (FLOAT ``'%13.6g'`` with trailing zeros, INT ``'%8d'``) with rows of an array on
    lines of their own and lines broken before column 80. ``PRINT`` with no argument
    prints an empty line. Sources: {{sources}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.print(np.float32(1.5), 2, 'abc')
          1.50000       2abc
    >>> idl.print(np.arange(6, dtype=np.int16).reshape(2, 3))
           0       1       2
           3       4       5
    >>> idl.print(3.14159, format='("pi = ", F6.3)')
    pi =  3.142
    """
    _write(file_units.unit("idl", -1), _lines(expressions, format, DEFAULT_WIDTH))


@idl_routine("PRINTF")
@_DOCS.fill
def printf(unit, *expressions, format=None):  # noqa: A002 - IDL's FORMAT
    """Write values as text to a logical unit, as IDL's ``PRINTF`` procedure does.

    IDL call forms::

        PRINTF, Unit [, Expr1, ..., Exprn] [, FORMAT=value]

    Python::

        compat.idl.printf(unit, *expressions, format=None)

    Parameters
    ----------
    unit : int
        A unit opened for writing (``idl.openw``/``idl.openu``), or -1 (standard
        output) or -2 (standard error).
    {{expressions}}
    {{format_out}}

    Returns
    -------
    None

    Raises
    ------
    ValueError
        ``"PRINTF: File unit is not open: 5."``, ``"PRINTF: File unit does not allow
        writing. ..."`` (a unit opened with OPENR), a bad FORMAT.

    Notes
    -----
    The lines are ``STRING(..., /PRINT)``'s (free format) or ``STRING(...,
    FORMAT=)``'s records, each ending with a newline (LF). Free-format lines break
    before column 80 (the unit's ``width`` when it was opened with one). Differences from
    ``numpy.savetxt``/``f.write(f'{x}')``: IDL's free format pads every value to its
    type's width (FLOAT 13, DOUBLE 16, INT 8, LONG 12 columns) and a FORMAT reverts over
    the data, one line per record. Sources: {{sources}}

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'table.txt')
    >>> lun = idl.openw(path, get_lun=True)
    >>> idl.printf(lun, np.arange(3, dtype=np.float32))
    >>> idl.printf(lun, np.array([1.5, 2.25]), format='(F6.2)')
    >>> idl.free_lun(lun)
    >>> open(path).read().splitlines()
    ['      0.00000      1.00000      2.00000', '  1.50', '  2.25']
    """
    entry = file_units.unit("idl", unit)
    width = int(entry.options.get("width") or DEFAULT_WIDTH)
    _write(entry, _lines(expressions, format, width))


# ------------------------------------------------------------------------------ input
_FIELD = re.compile(r"[^ \t,]+")


def _templates(variables) -> list[np.ndarray]:
    if not variables:
        raise CompatValueError("Incorrect number of arguments: give the variables to read")
    return idl_values(variables, "Var")


def _decode_lines(raw: list) -> list[str]:
    """The text of whole lines read as bytes (``readlines``), without LF or CR-LF."""
    text = b"".join(raw).decode("latin-1")
    lines = text.split("\n")
    if text.endswith("\n"):
        lines.pop()
    if "\r" in text:
        lines = [line[:-1] if line.endswith("\r") else line for line in lines]
    return lines


def _lines_wanted(templates, records: list[str]) -> int:
    """How many more lines to fetch when ``records`` did not suffice: enough for the
    elements still wanted at the density of fields seen so far (at least as many
    again)."""
    fields = sum(len(_FIELD.findall(r)) for r in records)
    needed = sum(max(t.size, 1) for t in templates)
    have = len(records)
    if fields:
        estimate = math.ceil(needed * have / fields * 1.05) + 1
        return builtins.max(estimate - have, have, 1)
    return builtins.max(have, 1)


#: READF reads the rest of the file in one piece for at least this many numbers ...
_TABLE_MIN_VALUES = 4096
#: ... when the rest is at most this many bytes per number wanted (a table, not a huge
#: file of which the statement wants a little)
_TABLE_BYTES_PER_VALUE = 64


def _whole_table(stream, start: int, templates):
    """READF of real numeric variables in free format from a seekable file, in one
    piece: the rest of the file is read at once and parsed vectorised, the unit left
    after the record of the last number (as the line-by-line path leaves it). None (and
    the unit where it was) when the statement is small, the rest of the file is much
    larger than it needs, or the text is not plain numbers: the general path reads it.
    Same values and position as that path, about three times as fast for a large table
    (FLOAT/DOUBLE tables six times: parsed from the bytes as one row).
    """
    arrays = [np.asarray(t) for t in templates]
    if not arrays or any(a.dtype.kind not in "iuf" for a in arrays):
        return None
    needed = sum(a.size for a in arrays)
    if needed < _TABLE_MIN_VALUES:
        return None
    size = stream.seek(0, 2) - start
    stream.seek(start)
    if size > needed * _TABLE_BYTES_PER_VALUE:
        return None
    data = stream.read()
    try:
        floats = free_floats_in_bytes(data, arrays)     # FLOAT/DOUBLE, from the bytes
    except EndOfInputError:                 # the general path says it in IDL's words
        floats = None
    if floats is not None:
        values, end = floats
        stream.seek(start + builtins.min(end + 1, len(data)))
        return values
    text = data.decode("latin-1")
    fast = None
    if "\r" not in text:
        try:
            fast = free_numbers_in_text(text, arrays)
        except EndOfInputError:             # the general path says it in IDL's words
            fast = None
    if fast is None:
        stream.seek(start)
        return None
    values, end, _ = fast
    stream.seek(start + builtins.min(end + 1, len(data)))
    return values


def _read_statement(entry, templates, format):  # noqa: A002 - IDL's FORMAT
    """Run one READF statement on the unit: fetch lines until the statement is
    satisfied, then put the unit after the lines it used."""
    format_arg(format)
    if not entry.readable:
        raise CompatValueError(f"File unit does not allow reading. Unit: {entry.number}, "
                               f"File: {entry.path}")
    stream = entry.stream
    seekable = entry.number != 0 and stream.seekable()
    start = stream.tell() if seekable else None
    if seekable and format is None:
        values = _whole_table(stream, start, templates)
        if values is not None:
            return values
    raw: list[bytes] = []                 # the lines as read, for the position after
    records: list[str] = []
    ended = False
    more = 1                              # lines to fetch next
    while True:
        if not ended:
            if seekable and more > 1:
                # whole lines of about the bytes the estimate needs, in one C call
                average = sum(map(len, raw)) / len(raw) if raw else 80
                batch = stream.readlines(builtins.max(1, int(more * average)))
            else:
                batch = [line for line in (stream.readline(),) if line]
            if batch:
                raw += batch
                records += _decode_lines(batch)
            else:
                ended = True
        if records:
            try:
                values, used = read_values(records, templates, format, records_used=True)
                break
            except EndOfInputError:
                if not ended:
                    more = _lines_wanted(templates, records) if seekable else 1
                    continue
        elif not ended:
            continue
        raise EndOfInputError(f"End of file encountered. Unit: {entry.number}, "
                              f"File: {entry.path}")
    if seekable and used < len(raw):
        stream.seek(start + sum(map(len, raw[:used])))
    return values


@idl_routine("READF")
@_DOCS.fill
def readf(unit, *variables, format=None):  # noqa: A002 - IDL's FORMAT
    """Read text from a logical unit, as IDL's ``READF`` procedure does -- returning the
    values.

    IDL call forms::

        READF, Unit, Var1, ..., Varn [, FORMAT=value]

    Python::

        var1 = compat.idl.readf(unit, var1, format=None)
        var1, var2 = compat.idl.readf(unit, var1, var2, format=None)

    {{templates_intro}}

    Parameters
    ----------
    unit : int
        A unit opened for reading (``idl.openr``/``idl.openu``), or 0 (standard input).
    {{templates}}
    {{format_in}}

    Returns
    -------
    value or tuple of values
        Numpy scalars/arrays of the templates' types and shapes (``str`` or ``str``
        arrays for strings).

    Raises
    ------
    compat.EndOfInputError
        ``"READF: End of file encountered. Unit: 100, File: data.txt"`` when the file
        ends before every variable is read (IDL's message; a ``ValueError``);
    ValueError ``"READF: Input
        conversion error ..."`` for a field that is not a number; ``"READF: File unit
        is not open: 5."``.

    Notes
    -----
    {{records_in}}

    The numbers are read into the template's type as IDL reads them (an INT wraps, a
    ``d`` exponent is accepted, ``2.7`` read into an integer is 2). Differences from
    ``numpy.loadtxt``: READF reads exactly the elements its variables hold, across
    lines, in IDL's element order (the first dimension varies fastest: a ``FLTARR(3,
    n)`` -- numpy shape ``(n, 3)`` -- reads a 3-column table), and each call goes on
    where the previous one stopped. Sources: {{sources}}

    Examples
    --------
    >>> import os, tempfile, numpy as np
    >>> from compat import idl
    >>> path = os.path.join(tempfile.mkdtemp(), 'in.txt')
    >>> _ = open(path, 'w').write('title line\\n1 2 3\\n4 5 6\\n')
    >>> lun = idl.openr(path, get_lun=True)
    >>> idl.readf(lun, '')
    'title line'
    >>> idl.readf(lun, np.zeros((2, 3), np.float32))
    array([[1., 2., 3.],
           [4., 5., 6.]], dtype=float32)
    >>> bool(idl.eof(lun))
    True
    >>> idl.free_lun(lun)
    """
    entry = file_units.unit("idl", unit)
    values = _read_statement(entry, _templates(variables), format)
    return values[0] if len(values) == 1 else tuple(values)


# ------------------------------------------------------------------------------ READS
@idl_routine("READS")
@_DOCS.fill
def reads(input, *variables, format=None):  # noqa: A002 - IDL's argument name
    """Read values from text, as IDL's ``READS`` procedure does -- returning them.

    IDL call form::

        READS, Input, Var1, ..., Varn [, FORMAT=value]

    Python::

        var1 = compat.idl.reads(input, var1, format=None)
        var1, var2 = compat.idl.reads(input, var1, var2, format=None)

    {{templates_intro}}

    Parameters
    ----------
    input : str or array_like of str
        The text; each element of an array is one record (line).
    {{templates}}
    format : str, optional
        An IDL format (see :mod:`compat._core.idl_format`). Without it (free format)
        numbers are separated by blanks, tabs or commas and may continue on the next
        record; a string variable takes the rest of the current record.

    Returns
    -------
    value or tuple of values
        Values of the templates' types and shapes (numpy scalars/arrays; ``str`` or
        ``str`` arrays for strings).

    Raises
    ------
    ValueError
        ``"READS: ..."`` when the text runs out ("Input line is too short for input
        specified.") or a field is not a number of the variable's type ("Input
        conversion error ...").

    Notes
    -----
    In free format an integer variable reads the leading integer of its field (``2.7``
    is 2, ``1e3`` 1). With a format each code reads its own kind of number, then
    converted to the variable's type: B, O, I, Z the leading digits of their base (as
    C's strtol: ``'1_0'`` with Z is 1, ``'0x1f'`` 31), F, D, E, G a real (``'1e3'`` with
    F into a LONG is 1000, ``'-2.7'`` -2); a field without a number is an input
    conversion error, a blank field 0. Values outside the type keep their low bits, as
    IDL's conversions do; after the last variable the format still runs to its end (or a
    colon), so a trailing ``/`` ends the record. Differences from ``str.split`` plus
    ``int``/``float``: IDL reads into the variable's type (INT wraps), accepts ``d``
    exponents (``1d3``) and takes strings up to the end of the line. Source: IDL
    Reference Guide, READS and "Using Free Format Input/Output"; GDL 1.0.1 for the
    cases in reference_outputs/idl/reads.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a, b = idl.reads('12 3.5 4.5', np.int32(0), np.zeros(2, np.float32))
    >>> int(a), b
    (12, array([3.5, 4.5], dtype=float32))
    >>> n, rest = idl.reads('  42 apples', np.int16(0), '', format='(I4, A)')
    >>> int(n), rest
    (42, ' apples')
    """
    templates = _templates(variables)
    text = text_of(input, "Input")
    format_arg(format)
    records = [str(text[()])] if text.ndim == 0 else text.reshape(-1).tolist()
    with warnings.catch_warnings():
        values = read_values(records, templates, format)
    return values[0] if len(values) == 1 else tuple(values)


@idl_routine("READ")
@_DOCS.fill
def read(*variables, format=None, prompt=None):  # noqa: A002 - IDL's FORMAT
    """Read text from standard input, as IDL's ``READ`` procedure does (``READF, 0``) --
    returning the values.

    IDL call forms::

        READ, Var1, ..., Varn [, FORMAT=value] [, PROMPT=string]

    Python::

        values = compat.idl.read(*variables, format=None, prompt=None)

    Parameters
    ----------
    {{templates}}
    {{format_in}}
    prompt : str, optional
        Written to standard output (without a newline) before reading.

    Returns
    -------
    value or tuple of values
        As :func:`readf`.

    Notes
    -----
    {{records_in}} Sources: {{sources}}

    Examples
    --------
    >>> import io, sys, numpy as np
    >>> from compat import idl
    >>> sys.stdin, saved = io.StringIO('3 4.5\\n'), sys.stdin
    >>> n, x = idl.read(np.int16(0), np.float32(0))
    >>> sys.stdin = saved
    >>> int(n), float(x)
    (3, 4.5)
    """
    if prompt is not None:
        sys.stdout.write(str(prompt))
        sys.stdout.flush()
    entry = file_units.unit("idl", 0)
    values = _read_statement(entry, _templates(variables), format)
    return values[0] if len(values) == 1 else tuple(values)
