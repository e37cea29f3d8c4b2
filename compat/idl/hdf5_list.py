"""IDL's ``H5_LIST``: the groups and datasets of an HDF5 file, printed or returned.

IDL's h5_list.pro builds its listing from ``H5_PARSE`` (:func:`compat.idl.h5_parse`,
which compat follows): one row per object, ``[kind, path, description]``, walking the
parsed structure in its tag order -- ``'file'`` and the file name first, then each
group (``'group'``, its full path, ``''``) followed by its members, each dataset
(``'dataset'``, its full path, ``_DATATYPE`` and the IDL dimensions as ``'H5T_INTEGER
[3, 2]'``); attributes, named datatypes and links are not listed. The routine's source
is IDL's library code; this module was written from its behaviour as a public modified
copy shows it (wmb_h5_list.pro, "A modified version of the IDL H5_LIST function":
the same rows, filter and print layout, plus a guard for an empty file).

**FILTER** is split at ``*``: a row is kept when its kind equals one of the pieces
(case-insensitive: ``FILTER='dataset'`` keeps the datasets) or when the pieces occur in
its path in that order (case-sensitive: ``'*images*'``, ``'/a*b'``). **Printing** (no
``OUTPUT``): each row on a line, the first two columns left-justified to their longest
entry plus 5 characters (IDL's format ``(A-w1,A-w2,A0)``), trailing blanks included.
"""

from __future__ import annotations

import os
import sys

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.hdf5 import h5py_module
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl.hdf5 import _text
from compat.idl.hdf5_parse import _group_tree

__all__ = ["h5_list"]


class H5ListResult(Result):
    """H5_LIST's OUTPUT keyword: IDL's 3 x n STRING array (numpy shape (n, 3))."""

    output: np.ndarray


def _path(struct) -> str:
    path = str(struct._PATH[0]) + "/" + str(struct._NAME[0])
    return path[1:] if path.startswith("//") else path


def _rows(struct, out: list) -> None:
    kind = str(struct._TYPE[0])
    if kind == "GROUP":
        out.append(["group", _path(struct), ""])
        for tag in struct.dtype.names:
            value = struct[tag][0]
            if isinstance(value, np.ndarray) and value.dtype.names is not None:
                _rows(value, out)
    elif kind == "DATASET":
        n = int(struct._NDIMENSIONS[0])
        dims = np.atleast_1d(struct._DIMENSIONS[0])[:n]
        text = "[" + ", ".join(str(int(d)) for d in dims) + "]"
        out.append(["dataset", _path(struct), f"{struct._DATATYPE[0]} {text}"])


def _kept(rows: list, pattern: str) -> list:
    pieces = [p for p in pattern.split("*") if p] or [""]
    kinds = {p.upper() for p in pieces}
    kept = []
    for row in rows:
        if row[0].upper() in kinds:
            kept.append(row)
            continue
        position = 0
        for piece in pieces:
            position = row[1].find(piece, position)
            if position < 0:
                break
        else:
            kept.append(row)
    return kept


@idl_routine("H5_LIST")
def h5_list(filename, *, filter=None, output=False):
    """List the groups and datasets of an HDF5 file, as IDL's ``H5_LIST, Filename [,
    FILTER=string] [, OUTPUT=variable]`` (module docstring for the rows, the filter and
    the layout).

    Without ``output`` the listing is printed to standard output; ``output=True`` prints
    nothing and returns :class:`H5ListResult` ``(output,)``, IDL's 3 x n STRING array
    (numpy shape ``(n, 3)``, one row per object, the file's row first). A missing file
    is ``H5_LIST: File not found: x.h5``, another file ``H5_LIST: FILE is not an HDF5
    file: x.h5`` (IDL's messages).

    Examples
    --------
    >>> import os, tempfile, h5py, numpy as np
    >>> from compat import idl
    >>> here = os.getcwd(); os.chdir(tempfile.mkdtemp())
    >>> with h5py.File("l.h5", "w") as f:
    ...     f["images/Eskimo"] = np.zeros((600, 649), np.uint8)
    ...     f["arrays/2D int array"] = np.zeros((10, 50), np.int32)
    >>> idl.h5_list("l.h5")                       # doctest: +NORMALIZE_WHITESPACE
    file        l.h5
    group       /arrays
    dataset     /arrays/2D int array     H5T_INTEGER [50, 10]
    group       /images
    dataset     /images/Eskimo           H5T_INTEGER [649, 600]
    >>> idl.h5_list("l.h5", filter="dataset", output=True).output[1:, 1].tolist()
    ['/arrays/2D int array', '/images/Eskimo']
    >>> os.chdir(here)
    """
    h5py = h5py_module()
    name = _text(filename, "FILE")
    if filter is not None and not isinstance(filter, (str, bytes, np.str_)):
        raise CompatValueError("FILTER must be a scalar string")
    if not os.path.exists(name):
        raise CompatValueError(f"File not found: {name}")
    if not (os.path.isfile(name) and h5py.is_hdf5(name)):
        raise CompatValueError(f"FILE is not an HDF5 file: {name}")
    try:
        with h5py.File(name, "r") as handle:
            parsed = _group_tree(handle, name, "/", name, "/", False, set())
    except (OSError, KeyError, ValueError, RuntimeError):
        raise CompatValueError(f"Unable to read file: {name}") from None
    rows: list = []
    _rows(parsed, rows)
    first = ["file", rows[0][1][1:], ""]
    rows = rows[1:]
    if filter is not None:
        rows = _kept(rows, _text(filter, "FILTER"))
    table = np.array([first] + rows, dtype=str)
    if output:
        return H5ListResult(output=table)
    widths = [max(len(v) for v in table[:, k]) + 5 for k in (0, 1)]
    for kind, path, text in table:
        sys.stdout.write(kind.ljust(widths[0]) + path.ljust(widths[1]) + text + "\n")
    return None
