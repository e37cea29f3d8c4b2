"""MAT-files and MATLAB's ASCII data files, in compat's MATLAB representation.

Reading (``scipy.io.loadmat``) gives scipy's objects; compat turns them into the
representation of the conventions: a char row is a ``str`` (a char matrix a ``U`` array
of rows), a cell array a ``list`` (1xN and Nx1 flat, 2-D nested by rows), a scalar
struct a :class:`~compat._core.struct.MatlabStruct`, a struct array a list of them,
logical data ``bool``; numeric arrays keep MATLAB's class and 2-D shape (a scalar is
1x1, as MATLAB stores it). Writing (``scipy.io.savemat``) takes the same
representation back: ``str`` -> char, ``list`` -> cell (a list of dicts with the same
fields -> struct array), ``dict`` -> struct, ``bool`` -> logical, Python numbers ->
double, 1-D arrays -> rows.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

import numpy as np
import scipy.io
import scipy.sparse

from compat._core.atomic_write import write_atomically
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.inputs import normalise
from compat._core.struct import MatlabStruct

__all__ = ["read_mat", "write_mat", "read_ascii", "write_ascii", "is_mat_file"]

_HDF5_SIGNATURE = b"\x89HDF\r\n\x1a\n"


# ---------------------------------------------------------------------------- reading
def is_mat_file(path) -> bool:
    """True when the file starts like a MAT-file (v4 files have no text header: the
    caller decides those by extension or '-mat')."""
    with open(path, "rb") as stream:
        head = stream.read(128)
    return head.startswith(b"MATLAB") or head[:4] == b"\0\0\0\0"


def _from_scipy(value, logical=False):
    if isinstance(value, scipy.io.matlab.mat_struct):
        return MatlabStruct({name: _from_scipy(getattr(value, name))
                             for name in value._fieldnames})
    if scipy.sparse.issparse(value):
        return value
    if isinstance(value, np.ndarray):
        if value.dtype.kind == "U":
            if value.size == 0:
                return ""
            rows = [str(r) for r in value.ravel()]
            return rows[0] if len(rows) == 1 else np.array(rows)
        if value.dtype == object:
            if value.size == 1 and isinstance(value.flat[0], scipy.io.matlab.mat_struct):
                return _from_scipy(value.flat[0])  # a scalar struct
            # a cell array, or a struct array (elements are structs): lists either way
            return _cell_layout([_from_scipy(v) for v in value.ravel(order="F")],
                                value.shape)
        if value.dtype.names is not None:  # a record array (struct_as_record=True files)
            return normalise(value)
        value = normalise(value)
        return value.astype(bool) if logical else value
    return value


def _cell_layout(items: list, shape) -> list:
    """Column-major ``items`` of a cell of ``shape`` as compat's lists."""
    if len(shape) != 2 or 1 in shape or 0 in shape:
        return items
    rows, columns = shape
    return [[items[j * rows + i] for j in range(columns)] for i in range(rows)]


def read_mat(path, names=None) -> dict:
    """The variables of a MAT-file (v4, v6, v7), in compat's representation."""
    with open(path, "rb") as stream:
        head = stream.read(520)
    if head[512:520] == _HDF5_SIGNATURE or b"MATLAB 7.3" in head[:128]:
        raise CompatValueError(f"{path} is a v7.3 MAT-file (HDF5), which scipy cannot "
                               "read; save it with -v7 or read it with h5py")
    classes = {name: cls for name, _, cls in scipy.io.whosmat(str(path))}
    raw = scipy.io.loadmat(str(path), squeeze_me=False, struct_as_record=False,
                           chars_as_strings=True, mat_dtype=False,
                           variable_names=names)
    return {name: _from_scipy(value, logical=classes.get(name) == "logical")
            for name, value in raw.items() if not name.startswith("__")}


# ---------------------------------------------------------------------------- writing
def _to_scipy(value, name: str):
    value = normalise(value)
    if isinstance(value, str):
        return value
    if isinstance(value, dict):
        return {key: _to_scipy(item, f"{name}.{key}") for key, item in value.items()}
    if isinstance(value, (list, tuple)):
        if value and all(isinstance(v, dict) for v in value) and \
                len({tuple(v) for v in value}) == 1:
            fields = list(value[0])  # a list of dicts with the same fields: a struct array
            records = np.empty((1, len(value)), dtype=[(f, object) for f in fields])
            for k, item in enumerate(value):
                for field in fields:
                    records[0, k][field] = _to_scipy(item[field], f"{name}({k + 1})")
            return records
        nested = value and all(isinstance(v, (list, tuple)) for v in value) and \
            len({len(v) for v in value}) == 1
        if nested:
            rows, columns = len(value), len(value[0])
            out = np.empty((rows, columns), dtype=object)
            for i, row in enumerate(value):
                for j, item in enumerate(row):
                    out[i, j] = _to_scipy(item, f"{name}{{{i + 1},{j + 1}}}")
            return out
        out = np.empty((1, len(value)), dtype=object)
        for k, item in enumerate(value):
            out[0, k] = _to_scipy(item, f"{name}{{{k + 1}}}")
        return out
    if isinstance(value, bool):
        return np.array([[value]])
    if isinstance(value, (int, float, complex)):
        return np.array([[value]], dtype=complex if isinstance(value, complex) else float)
    if scipy.sparse.issparse(value):
        return value
    if value is None:
        return np.zeros((0, 0))
    a = np.asarray(value)
    if a.dtype.kind == "O" and not a.size:
        return np.empty((0, 0), dtype=object)
    if a.dtype.kind not in "biufcUO" and a.dtype.names is None:
        raise CompatTypeError(f"{name} has dtype {a.dtype}, which has no MATLAB class")
    if a.dtype.kind == "f" and a.dtype.itemsize > 8:
        raise CompatTypeError(f"{name} has extended precision {a.dtype}: MATLAB has only "
                              "double and single")
    if a.dtype == np.float16:
        a = a.astype(np.float32)
    return a


def _check_name(name: str) -> str:
    if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]{0,62}", name):
        raise CompatValueError(f"'{name}' is not a valid variable name (a letter, then "
                               "letters, digits or underscores, at most 63 characters)")
    return name


def write_mat(path, variables: dict, *, version: str = "7", append: bool = False) -> None:
    """Write ``variables`` as a MAT-file (``version`` '7' compressed, '6' uncompressed,
    '4'), merged into the existing file's variables when ``append``. Atomic: a failed
    write leaves an existing file as it was."""
    data = {}
    if append and os.path.exists(path):
        # chars as strings: a char row kept as one text (chars_as_strings=False gave
        # 1 x n arrays of one-character texts, which savemat wrote back as n texts:
        # load then read 'text' as ['t' 'e' 'x' 't'] and a char matrix flattened)
        data.update(scipy.io.loadmat(str(path), squeeze_me=False, struct_as_record=True,
                                     chars_as_strings=True))
        data = {k: v for k, v in data.items() if not k.startswith("__")}
    for name, value in variables.items():
        data[_check_name(name)] = _to_scipy(value, name)
    options = {"4": dict(format="4"), "6": dict(format="5", do_compression=False),
               "7": dict(format="5", do_compression=True)}[version]

    def write(stream):
        # v4 files have no structures, so no field names (scipy refuses the flag there)
        scipy.io.savemat(stream, data, long_field_names=version != "4", oned_as="row",
                         **options)

    write_atomically(path, write, binary=True, prefix=f".{Path(path).name}.")


# ------------------------------------------------------------------------------ ASCII
def read_ascii(path) -> np.ndarray:
    """A numeric ASCII file as MATLAB's ``load`` reads it: numbers separated by blanks,
    tabs or commas, ``%`` starting a comment, every row the same length; double."""
    rows = []
    with open(path, "r", encoding="latin-1") as stream:
        for number, line in enumerate(stream, 1):
            line = line.split("%", 1)[0].strip()
            if not line:
                continue
            try:
                rows.append([float(tok) for tok in re.split(r"[\s,]+", line) if tok])
            except ValueError:
                raise CompatValueError(f"Unable to read file '{path}'. Input must be a "
                                       f"MAT-file or an ASCII file containing numeric data "
                                       f"with same number of columns in each row "
                                       f"(line {number}).") from None
    if not rows:
        return np.zeros((0, 0))
    if len({len(r) for r in rows}) != 1:
        raise CompatValueError(f"Unable to read file '{path}'. Input must be a MAT-file or "
                               "an ASCII file containing numeric data with same number of "
                               "columns in each row.")
    return np.array(rows, dtype=float)


def write_ascii(path, arrays, *, double: bool = False, tabs: bool = False) -> None:
    """Write numeric arrays as MATLAB's ``save -ascii``: each 2-D array row by row, each
    number ``%16.7e`` (``%26.16e`` with -double), tab-separated with -tabs."""
    lines = []
    for name, value in arrays:
        if isinstance(value, str):
            value = np.array([[float(ord(c)) for c in value]])
        a = np.asarray(value)
        if a.dtype.kind not in "biuf":
            raise CompatTypeError(f"{name}: -ascii saves real numeric and char data only")
        a = np.atleast_2d(a.astype(float))
        if a.ndim > 2:
            a = a.reshape(a.shape[0], -1, order="F")
        fmt = "%26.16e" if double else "%16.7e"
        for row in a:
            cells = [fmt % v for v in row]
            lines.append(("\t".join(c.strip() for c in cells) if tabs else "".join(cells))
                         + "\n")

    # one "\n" per line on every platform, as the other text writers (no newline
    # translation: MATLAB's save -ascii writes LF on Linux, where the goldens come from)
    write_atomically(path, lambda stream: stream.writelines(lines), encoding="latin-1",
                     prefix=f".{Path(path).name}.")
