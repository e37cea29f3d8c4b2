"""Golden cases of routines that write or read text files (PRINTF, fprintf, READF...),
and of routines that make, test, copy, move and delete files (FILE_TEST, FILE_COPY...).

A case's legacy call writes a file and reads its lines back into a variable (or writes
given lines and reads them with the routine under test); the case's ``python``
expression does the same with these two helpers, in a scratch folder of the process (the same path on every call), closing
every file unit the routine opened (IDL logical units and MATLAB file ids alike), so
repeated runs never run out of units::

    "call":   "openw, lun, 'o.txt', /get_lun & printf, lun, x & free_lun, lun & ..."
    "python": "compat.golden.text_written(lambda f: idl.printf(idl.openw(f, get_lun=True), x))"
"""

from __future__ import annotations

import os
import shutil
import tempfile

import numpy as np

from compat._core import data_handles, file_units

__all__ = ["text_written", "text_read", "bytes_written", "bytes_read", "in_scratch_folder",
           "printed_text", "printed_lines", "typed_in"]


def _folder() -> str:
    """This process's scratch folder, emptied per call: the same path every time, so an
    error message naming the file is the same in every run of a case."""
    folder = os.path.join(tempfile.gettempdir(), f"compat-golden-text-{os.getpid()}")
    shutil.rmtree(folder, ignore_errors=True)
    os.makedirs(folder)
    return folder


def _closing_new_units(action, path):
    before = {lang: set(file_units.open_units(lang)) for lang in ("idl", "matlab")}
    handles = set(data_handles.open_handles())
    try:
        return action(path)
    finally:
        for lang, numbers in before.items():
            for number in set(file_units.open_units(lang)) - numbers:
                file_units.close_unit(lang, number)
        for number in set(data_handles.open_handles()) - handles:
            data_handles.close_handle(number)  # netCDF and HDF5 ids left open


def text_written(write) -> np.ndarray:
    """Call ``write(path)`` with a fresh file name and return the lines written there.

    Returns a 1-D numpy ``str`` array, one element per line without its newline (what
    IDL's ``READF`` of a ``STRARR(FILE_LINES(f))`` or MATLAB's ``strsplit(fileread(f),
    newline)`` gives; a missing newline after the last line is allowed). File units
    ``write`` leaves open are closed first, so the file is complete.
    """
    folder = _folder()
    path = os.path.join(folder, "written.txt")
    try:
        _closing_new_units(write, path)
        with open(path, "rb") as stream:
            text = stream.read().decode("latin-1")
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return _lines_of(text)


def _lines_of(text: str) -> np.ndarray:
    """``text``'s lines without their newlines (a missing newline after the last line
    allowed), as a 1-D numpy ``str`` array."""
    lines = text.split("\n")
    if lines and lines[-1] == "":
        lines.pop()
    return np.array(lines, dtype=str)


def text_read(lines, read):
    """Write ``lines`` (each followed by a newline; a ``str`` is written as it is) to a
    fresh file, call ``read(path)`` and return what it returns; file units it left open
    are closed."""
    folder = _folder()
    path = os.path.join(folder, "read.txt")
    text = lines if isinstance(lines, str) else "".join(f"{line}\n" for line in lines)
    try:
        with open(path, "wb") as stream:
            stream.write(text.encode("latin-1"))
        return _closing_new_units(read, path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def bytes_written(write) -> np.ndarray:
    """Call ``write(path)`` with a fresh file name and return the file's bytes as a 1-D
    ``uint8`` array (what IDL's ``READU`` of a ``BYTARR(size)`` gives): for routines that
    write binary files (WRITEFITS, MWRFITS, WRITEU ...). Units ``write`` left open are
    closed first."""
    folder = _folder()
    path = os.path.join(folder, "written.bin")
    try:
        _closing_new_units(write, path)
        with open(path, "rb") as stream:
            data = stream.read()
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    return np.frombuffer(data, dtype=np.uint8).copy()


def bytes_read(data, read, name: str = "read.bin"):
    """Write ``data`` (a ``uint8`` array, e.g. a suite input holding a whole file) to a
    fresh file called ``name``, call ``read(path)`` and return what it returns; units it
    left open are closed. The legacy call writes the same input with ``WRITEU``/``fwrite``
    and reads it with the routine under test."""
    folder = _folder()
    path = os.path.join(folder, name)
    try:
        with open(path, "wb") as stream:
            stream.write(np.asarray(data, dtype=np.uint8).tobytes())
        return _closing_new_units(read, path)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def in_scratch_folder(action, files=None):
    """Call ``action()`` with the working directory a fresh scratch folder (the same path
    on every call) holding ``files``, and return what it returns; the working directory
    is restored, file units ``action`` left open are closed and the folder is removed.

    ``files`` maps relative names to their text (written Latin-1, as given: add the
    newline) or to None for a directory (parents are made). For golden cases of the
    file-system routines: the legacy call makes the same files under relative names in
    the folder it runs in, works on them and removes them, e.g.::

        "call":   "file_mkdir, 'fs/a' & r = file_test(['fs/a', 'fs/b'], /directory) & ..."
        "python": "compat.golden.in_scratch_folder(lambda: (idl.file_mkdir('fs/a'),
                   idl.file_test(['fs/a', 'fs/b'], directory=True))[-1])"
    """
    folder = _folder()
    here = os.getcwd()
    try:
        for name, text in (files or {}).items():
            path = os.path.join(folder, name)
            if text is None:
                os.makedirs(path, exist_ok=True)
                continue
            os.makedirs(os.path.dirname(path), exist_ok=True)
            with open(path, "wb") as stream:
                stream.write(text.encode("latin-1"))
        os.chdir(folder)
        return _closing_new_units(lambda _: action(), None)
    finally:
        os.chdir(here)
        shutil.rmtree(folder, ignore_errors=True)


def printed_text(action) -> str:
    """Call ``action()`` and return what it printed to standard output, for golden cases
    of routines that print (MATLAB's ``ncdisp``/``h5disp``; the legacy call captures the
    same text with ``evalc``); file units and netCDF/HDF5 ids it left open are closed."""
    import contextlib
    import io

    stream = io.StringIO()
    with contextlib.redirect_stdout(stream):
        _closing_new_units(lambda _: action(), None)
    return stream.getvalue()


def printed_lines(action) -> np.ndarray:
    """Call ``action()`` and return the lines it printed to standard output as a 1-D
    numpy ``str`` array (without newlines), for golden cases of IDL's ``PRINT``: the
    legacy call runs PRINT in a child IDL/GDL process (neither can capture its own
    standard output) and SPAWN returns that process's lines, e.g.::

        "call":   "defsysv, '!gdl', exists=g & spawn, [g ? 'gdl' : 'idl', '-quiet',
                   '-e', 'print, 1.5, 2'], printed, /noshell"
        "python": "compat.golden.printed_lines(lambda: idl.print(1.5, 2))"
    """
    return _lines_of(printed_text(action))


def typed_in(text: str, action):
    """Call ``action()`` with ``text`` as standard input (what a user types, each line
    ending in a newline) and return what it returns; for golden cases of IDL's ``READ``
    and MATLAB's ``input``-like reads. What the action prints (a PROMPT) is discarded.
    The legacy call writes the same text to a file and redirects it into a child
    process that reads it and saves the values (GDL 1.0.1's free-format READ fails on a
    pipe), e.g.::

        "call":   "spawn, 'printf ''3 4.5\\n'' > r.txt; gdl -quiet -e \"n = 0 & x = 0.0 &
                   read, n, x & save, n, x, filename=''r.sav''\" < r.txt' &
                   restore, 'r.sav'"
        "python": "compat.golden.typed_in('3 4.5\\n', lambda: idl.read(np.int16(0),
                   np.float32(0)))"
    """
    import contextlib
    import io
    import sys

    saved = sys.stdin
    sys.stdin = io.StringIO(text)
    try:
        with contextlib.redirect_stdout(io.StringIO()):
            return _closing_new_units(lambda _: action(), None)
    finally:
        sys.stdin = saved
