"""IDL's colour-table files (colors1.tbl, the format MODIFYCT documents), read for LOADCT
(:mod:`compat.idl.color_tables`) and for the RGB_TABLE of IDL's function graphics."""

from __future__ import annotations

import os

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["table_file", "read_tables", "load_tables", "table_rgb"]


def table_file(file):
    """The colour-table file LOADCT reads: FILE=, else IDL's own colors1.tbl under
    $IDL_DIR (resource/colors), or None."""
    if file is not None:
        return os.fspath(file)
    idl_dir = os.environ.get("IDL_DIR")
    if idl_dir:
        path = os.path.join(idl_dir, "resource", "colors", "colors1.tbl")
        if os.path.isfile(path):
            return path
    return None


def read_tables(path):
    """The tables and names of a colour-table file (IDL's format, documented with
    MODIFYCT: one byte, the number of tables n; n blocks of 768 bytes, 256 red, 256 green,
    256 blue; n names of 32 bytes)."""
    try:
        with open(path, "rb") as f:
            data = f.read()
    except OSError as err:
        raise CompatValueError(f"Error opening file. File: {path}. ({err.strerror})") from None
    n = data[0] if data else 0
    if n == 0 or len(data) < 1 + n * 768:
        raise CompatValueError(f"{path} is not a colour-table file (IDL's colors1.tbl "
                               "format).")
    tables = np.frombuffer(data, np.uint8, n * 768, 1).reshape(n, 3, 256)
    raw = data[1 + n * 768:1 + n * 800]
    names = [raw[32 * k:32 * k + 32].decode("latin-1").strip(" \x00")
             for k in range(len(raw) // 32)]
    names += [""] * (n - len(names))
    return tables, np.array(names, dtype=str)


def load_tables(file=None):
    """``(path, tables, names)``: the tables of FILE= or of IDL's own colors1.tbl under
    $IDL_DIR; without either, the one table compat ships (0, B-W LINEAR), path None."""
    path = table_file(file)
    if path is None:
        return (None, np.repeat(np.arange(256, dtype=np.uint8)[None, None], 3, axis=1),
                np.array(["B-W LINEAR"]))
    tables, names = read_tables(path)
    return path, tables, names


def table_rgb(index: int, file=None) -> np.ndarray:
    """Table ``index`` as a 3 x 256 BYTE array (LOADCT's RGB_TABLE), LOADCT's error for
    a table number the file does not have."""
    path, tables, _ = load_tables(file)
    if not 0 <= int(index) < tables.shape[0]:
        where = path if path is not None else "compat (no colors1.tbl: FILE= or $IDL_DIR)"
        raise CompatValueError(f"Table number must be from 0 to {tables.shape[0] - 1}: "
                               f"{int(index)} (tables of {where}).")
    return np.ascontiguousarray(tables[int(index)])
