"""Shared by MATLAB's low-level netCDF families (:mod:`compat.matlab.netcdf_library`,
:mod:`compat.matlab.netcdf_attributes`): the library's errors in MATLAB's words, constants
by name, ids, and MATLAB's layout of C-ordered data."""

from __future__ import annotations

import contextlib

import numpy as np

from compat._core.errors import CompatError, CompatTypeError, MatlabValueError
from compat._core.netcdf_constants import CONSTANTS, ERRORS, error_number

__all__ = ["CLASSES", "failure", "library", "constant", "id_of", "owner_id", "text_arg",
           "char_matrix", "found_id",
           "ids_row"]

_IDENTIFIER = "MATLAB:imagesci:netcdf:libraryFailure"
CLASSES = {"double": np.float64, "single": np.float32, "int8": np.int8,
            "uint8": np.uint8, "int16": np.int16, "uint16": np.uint16,
            "int32": np.int32, "uint32": np.uint32, "int64": np.int64,
            "uint64": np.uint64}


# ------------------------------------------------------------------ shared pieces
def failure(call: str, number: int) -> MatlabValueError:
    text, name = ERRORS[number]
    return MatlabValueError(f"The NetCDF library encountered an error during execution of "
                            f"'{call}' function - '{text} ({name})'.", _IDENTIFIER)


@contextlib.contextmanager
def library(call: str):
    """Re-word the core's and netCDF4-python's errors as MATLAB words the library's."""
    try:
        yield
    except MatlabValueError:
        raise
    except (CompatError, RuntimeError, OSError, AttributeError, IndexError) as err:
        number = error_number(str(err))
        if number is None or number not in ERRORS:
            raise
        raise failure(call, number) from None


def constant(value, what: str) -> int:
    """A constant given by name (``'NC_NOWRITE'``, ``'nowrite'``) or by number."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, str):
        key = value.strip().upper()
        key = key if key.startswith("NC_") else "NC_" + key
        if key not in CONSTANTS or not isinstance(CONSTANTS[key], int):
            raise MatlabValueError(f"'{value}' is not a valid {what}.",
                                   "MATLAB:imagesci:netcdf:unrecognizedConstant")
        return CONSTANTS[key]
    array = np.asarray(value)
    if array.size != 1 or array.dtype.kind not in "biuf":
        raise CompatTypeError(f"{what} must be a numeric scalar or a constant's name")
    return int(array.item())


def id_of(value, what: str = "ncid") -> int:
    array = np.asarray(value)
    if array.size != 1 or array.dtype.kind not in "biuf":
        raise CompatTypeError(f"{what} must be a numeric scalar")
    return int(array.item())


def owner_id(value):
    """A variable id; NC_GLOBAL (-1) is None, the core's global owner."""
    number = id_of(value, "varid")
    return None if number == -1 else number


def text_arg(value, what: str) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    if not isinstance(value, str):
        raise CompatTypeError(f"{what} must be a character vector or string scalar")
    return value


def ids_row(values) -> np.ndarray:
    """Ids in MATLAB's order as a double row (1x0 when there are none)."""
    return np.array(list(values), dtype=np.float64).reshape(1, -1)


def char_matrix(data: np.ndarray):
    """An NC_CHAR array (C order, 'S1') as MATLAB's char array, dimensions reversed: a
    numpy array of ``str`` rows (conventions: a char matrix), ``str`` for one row."""
    if data.ndim == 0:
        return data.item().decode("latin-1")
    reversed_ = np.asarray(data).transpose()
    if reversed_.ndim == 1:
        reversed_ = reversed_.reshape(-1, 1)
    rows = reversed_.reshape(reversed_.shape[0], -1)
    text = np.array([b"".join(row).decode("latin-1") for row in rows])
    return str(text[0]) if text.size == 1 else text


def found_id(call: str, found: int, code: int) -> np.float64:
    """An id the core looked up by name, or the library's failure ``code`` when the
    core found none (-1)."""
    if found < 0:
        raise failure(call, code)
    return np.float64(found)



