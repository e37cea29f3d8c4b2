"""Vectors printed side by side: the IDL Astronomy Library's ``FORPRINT`` (to the terminal,
a file, or a TEXTOUT unit). Reading columns (READCOL, READFMT, RDFLOAT) is
:mod:`compat.idl.ascii`."""

from __future__ import annotations

import os
import sys
import time

import numpy as np

from compat._core import file_units
from compat._core.errors import CompatValueError
from compat._core.idl_format import format_records, free_records
from compat._core.idl_number_text import free_text
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["forprint"]


#: TEXTOPEN's files for the numeric TEXTOUT values (3 and 7: '<program>.prt')
_TEXTOUT_FILES = {3: "{program}.prt", 4: "laser.tmp", 7: "{program}.prt"}


def _forprint_format(fmt) -> str:
    """FORPRINT's FORMAT: a leading '$' removed, outer parentheses added if missing."""
    text = fmt.decode("latin-1") if isinstance(fmt, bytes) else str(fmt)
    if text.startswith("$"):
        text = text[1:]
    if not text.startswith("("):
        text = "(" + text
    if not text.endswith(")"):
        text += ")"
    return text


def _free_rows(columns: list[np.ndarray], width: int) -> list[str]:
    """``PRINTF, unit, v1[i], v2[i], ...`` in the free format for every i: each value's
    free text side by side (vectorised), or PRINTF's own layout per row when a row would
    reach the line width (where PRINT breaks lines)."""
    texts = [free_text(c) for c in columns]
    joined = texts[0]
    for t in texts[1:]:
        joined = np.char.add(joined, t)
    if joined.size and int(np.char.str_len(joined).max()) < width - 1:
        return joined.tolist()
    out = []
    for k in range(columns[0].size):
        out.extend(free_records([c[k] for c in columns], width))
    return out


@idl_routine("FORPRINT")
def forprint(*vectors, textout=None, format=None, silent=False, startline=None,  # noqa: A002
             numline=None, comment=None, subset=None, nocomment=False, stdout=False,
             width=None, textunit=None, lines=False):
    """Print vectors side by side, one line per index, as the IDL Astronomy Library's
    ``FORPRINT``.

    IDL call forms::

        FORPRINT, w, f                        ->  idl.forprint(w, f)
        FORPRINT, w, f, e, FORMAT='(F10.3,1PE12.2,I7)', TEXTOUT='output.dat'
                                              ->  idl.forprint(w, f, e, format=...,
                                                               textout='output.dat')
        FORPRINT, x, y, SUBSET=s, STARTLINE=2, NUMLINE=10, /NOCOMMENT, TEXTOUT=3

    ``FORPRINT, w, f`` is ``for i = 0L, N_elements(w)-1 do print, w[i], f[i]``: each line
    is PRINTF's free format of the i-th elements (or the FORMAT's record). compat's
    addition: ``lines=True`` returns those lines (a numpy ``str`` array, without the
    comment line) and writes nothing.

    Parameters
    ----------
    *vectors : array_like
        V1..V18 (any number here): vectors of any IDL type; the number of lines is the
        length of the shortest (with a message unless /SILENT).
    textout : int or str, optional
        TEXTOUT (TEXTOPEN's codes; IDL's default !TEXTOUT is 1): 1 or 2 the terminal
        (``sys.stdout``), 3 the file ``forprint.prt``, 4 ``laser.tmp``, 5 the unit
        given as ``textunit`` (IDL's !TEXTUNIT, opened by the caller), 7 appended to
        ``forprint.prt`` after four blank lines, a string a file name (``.prt`` added
        when the name has no '.'); 0 writes nowhere.
    format : str, optional
        FORMAT, as PRINT's (a leading ``$`` is removed, outer parentheses optional).
    silent, nocomment : bool
        /SILENT suppresses the messages, /NOCOMMENT the first line of a file.
    comment : str or list of str, optional
        COMMENT: the first line(s) of a file (default ``'FORPRINT: '`` and SYSTIME()).
    startline, numline : int, optional
        STARTLINE (1-based first line, at least 1), NUMLINE (lines to print).
    subset : array_like of int, optional
        SUBSET: the indices to print (STARTLINE counts in SUBSET).
    stdout, width
        /STDOUT (the terminal is always standard output here), WIDTH (a file's line
        width for the free format; 80 by default).

    Returns
    -------
    None, or the lines (numpy ``str`` array) with ``lines=True``.

    Raises
    ------
    ValueError
        ``"FORPRINT: ERROR - Parameter 1 is not defined"`` (no or empty vector), a bad
        FORMAT, a SUBSET index out of range.

    Notes
    -----
    Rules from the library's forprint.pro and textopen.pro (W. Landsman et al., IDL
    Astronomy Library). Differences from ``numpy.savetxt(f, np.column_stack(...))``:
    savetxt needs one dtype and prints repr-style digits; FORPRINT keeps each vector's
    IDL type and its free format (FLOAT ``'%13.6g'``, INT ``'%8d'``, strings unpadded),
    stops at the shortest vector, and writes a time-stamp comment line first.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.forprint(np.float32([1.5, 2.25]), np.int16([3, 40]), ['a', 'b'])
          1.50000       3a
          2.25000      40b
    >>> idl.forprint([1.5, 2.25], [3, 40], format='F6.2,I4', lines=True)
    array(['  1.50   3', '  2.25  40'], dtype='<U10')
    """
    if not vectors:
        raise CompatValueError("Syntax - FORPRINT, v1, [ v2, v3,...v18, FORMAT =, "
                               "/SILENT, SUBSET=, /NoCOMMENT, COMMENT =, STARTLINE = , "
                               "NUMLINE =, TEXTOUT =, WIDTH =]")
    arrays = []
    for k, v in enumerate(vectors):
        if v is None or np.size(v) == 0:
            raise CompatValueError(f"ERROR - Parameter {k + 1} is not defined")
        arrays.append(np.ravel(idl_array(v, f"V{k + 1}", string_ok=True)))
    first = 1 if startline is None else max(int(np.ravel(startline)[0]), 1)
    npts = min(a.size for a in arrays)
    if any(a.size != arrays[0].size for a in arrays) and not silent:
        print("% FORPRINT: Warning, vectors have different lengths.")
    if numline:
        npts = min(first + int(np.ravel(numline)[0]) - 1, npts)
    index = np.arange(first - 1, max(npts, first - 1))
    if subset is not None and np.size(subset) > 0:
        chosen = np.ravel(np.asarray(subset)).astype(np.int64)
        npts = min(chosen.size, npts)
        index = np.arange(first - 1, max(npts, first - 1))
        index = chosen[index]
    columns = []
    for k, a in enumerate(arrays):
        if index.size and (index.max() >= a.size or index.min() < -a.size):
            raise CompatValueError(f"Attempt to subscript V{k + 1} with SUBSET is out of "
                                   "range.")
        columns.append(a[index])
    line_width = 80 if width is None else int(width)
    if not index.size:
        rows = []
    elif format is not None:
        fmt = _forprint_format(format)
        rows = []
        for k in range(index.size):
            rows.extend(format_records(fmt, [c[k] for c in columns]))
    else:
        rows = _free_rows(columns, line_width)
    if lines:
        return np.array(rows, dtype=str)
    _forprint_out(rows, textout, silent, nocomment, comment, textunit)
    return None


def _forprint_out(rows, textout, silent, nocomment, comment, textunit,
                  program="forprint") -> None:
    """TEXTOPEN, the comment line, the rows, TEXTCLOSE (also FITS_INFO's output)."""
    code = 1 if textout is None else textout
    if isinstance(code, bytes):
        code = code.decode("latin-1")
    path = None
    if isinstance(code, (str, os.PathLike)):
        path = os.fspath(code)
        if "." not in path:
            path += ".prt"
        code = 6
    else:
        code = int(np.ravel(code)[0])
    if code not in (0, 1, 2, 3, 4, 5, 6, 7):
        print(f" Invalid value for TEXTOUT = {code}")
        return
    head = []
    if code > 2 and not nocomment:
        if comment is not None and np.size(comment) > 0:
            head = [c.decode("latin-1") if isinstance(c, bytes) else str(c)
                    for c in np.ravel(np.asarray(comment, dtype=object))]
        else:
            head = ["FORPRINT: " + time.asctime()]
    text = "".join(line + "\n" for line in head + list(rows))
    if code in (1, 2):
        sys.stdout.write(text)
        return
    if code == 0:
        return
    if code == 5:
        if not textunit:
            print(" You must set !TEXTUNIT to the desired unit number...")
            return
        entry = file_units.unit("idl", textunit)
        entry.stream.write(text.encode("latin-1"))
        return
    target = path or _TEXTOUT_FILES[code].format(program=program)
    if code == 7:
        text = " \n" * 4 + text
        if not silent:
            print(f"% TEXTOPEN: Output is being appended to file {target}")
    elif code in (3, 6) and not silent:
        print(f"% TEXTOPEN: Output is being directed to a file {target}")
    try:
        with open(target, "ab" if code == 7 else "wb") as stream:
            stream.write(text.encode("latin-1"))
    except UnicodeEncodeError:
        raise CompatValueError("the text holds characters outside Latin-1: IDL strings "
                               "are bytes") from None
    except OSError as error:
        raise CompatValueError(f"Error opening file. File: {target}\n  "
                               f"{error.strerror or error}") from None
