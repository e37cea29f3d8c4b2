"""What MATLAB's table readers and writers share (:mod:`compat.matlab.tables` reads,
:mod:`compat.matlab.table_writing` writes): name-value pairs, the file type from
'FileType' or the extension, the delimiter names, pandas on demand."""

from __future__ import annotations

import os

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.extras import optional_module

__all__ = ["DELIMITER_NAMES", "pairs", "file_type", "require_pandas", "as_matrix"]

_TEXT_EXTENSIONS = (".txt", ".dat", ".csv", ".text")
_SPREADSHEETS = (".xls", ".xlsx", ".xlsm", ".xlsb", ".xltm", ".xltx", ".ods")
#: the 'Delimiter' names MATLAB accepts
DELIMITER_NAMES = {"comma": ",", "space": " ", "tab": "\t", "semi": ";", "bar": "|"}


# ----------------------------------------------------------------------- arguments
def pairs(function: str, args, kwargs, accepted: dict) -> dict:
    """Name-value pairs (positional and keywords, names case-insensitive)."""
    if len(args) % 2:
        raise CompatValueError("Name-value arguments must come in pairs.")
    spelling = {name.lower(): name for name in accepted}
    values = dict(accepted)
    for name, value in list(zip(args[::2], args[1::2])) + list(kwargs.items()):
        if not isinstance(name, str):
            raise CompatTypeError(f"expected a parameter name, got {name!r}")
        key = spelling.get(name.lower())
        if key is None:
            raise CompatValueError(f"'{name}' is not a recognized parameter. For a list of "
                                   f"valid name-value pair arguments, see the "
                                   f"documentation for {function}.")
        values[key] = value
    return values


def file_type(filename, file_type) -> bool:
    """True for a spreadsheet (by FileType or extension), False for a text file."""
    from compat._core.spreadsheets import is_spreadsheet
    if not isinstance(filename, (str, os.PathLike)):
        raise CompatTypeError("filename must be a character vector or string scalar")
    extension = os.path.splitext(str(filename))[1].lower()
    if file_type is not None:
        kind = str(file_type).lower()
        if kind in ("text", "delimitedtext"):
            return False
        if kind == "spreadsheet":
            is_spreadsheet(filename)
            return True
        raise CompatValueError(f"Invalid FileType '{file_type}'. Use 'text' or "
                               "'spreadsheet'.")
    if extension in _SPREADSHEETS and is_spreadsheet(filename):
        return True
    if extension not in _TEXT_EXTENSIONS:
        raise CompatValueError(f"Unable to detect file type from the extension "
                               f"'{extension}'. Specify 'FileType' as 'text'.")
    return False


# ------------------------------------------------------------------------- pandas
def require_pandas():
    """pandas, or the error naming the extra (compat._core.extras)."""
    return optional_module("pandas", "readtable/writetable")


def as_matrix(array):
    """The 2-D array MATLAB's writers write: a scalar as 1 x 1, a vector as a row, more
    dimensions folded into columns (column-major, as ``A(:,:)``)."""
    if array.ndim == 0:
        return array.reshape(1, 1)
    if array.ndim == 1:
        return array.reshape(1, -1)
    if array.ndim > 2:
        return array.reshape(array.shape[0], -1, order="F")
    return array
