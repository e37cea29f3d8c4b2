"""How IDL's text routines read their arguments (shared by :mod:`compat.idl.strings` and
:mod:`compat.idl.patterns`): text as ``STRING(x)`` gives it, one-string arguments,
integer arguments, and the shapes of text and number results.

Text in, text out, element-wise as IDL is: a Python ``str`` is an IDL string scalar, a
numpy ``str`` array (readsav layout) a string array; ``bytes`` and the object arrays of
``bytes`` that ``scipy.io.readsav`` returns are accepted wherever text is (decoded as
Latin-1 by the routine decorator). Numbers given where IDL expects text are converted
as ``STRING(x)`` converts one argument: free format (``STRTRIM(5, 2)`` is ``'5'``,
``STRLEN(5)`` is 8) and a BYTE array as character codes (``STRTRIM(89B, 2)`` is
``'Y'``).
"""

from __future__ import annotations

import numpy as np

from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_format import free_text, string_of_bytes
from compat._core.idl_types import idl_array

__all__ = ["TEXT_DOCS", "scalar_text", "out_text", "out_number", "map_text",
           "int_arg", "UPPER", "LOWER", "text_of", "idl_values", "format_arg"]

TEXT_DOCS = Fragments(
    text_input="""Text: ``str``, ``bytes``, numpy ``str``/``bytes`` arrays or readsav's object
arrays, any shape (readsav layout). Numbers are first converted as ``STRING(x)``
converts one argument (free format; a BYTE array becomes characters).""",
    sources_strings="""IDL Reference Guide (STRING, STRTRIM, STRCOMPRESS, STRMID, STRPOS,
STRSPLIT, STRJOIN, STRUPCASE, STRLOWCASE, STRLEN, STRMATCH, STREGEX, STRCMP, STRPUT,
STRARR, READS); edge cases as GDL 1.0.1 returns them (reference_outputs/idl/strings).""",
)


def text_of(value, name: str = "String") -> np.ndarray:
    """``value`` as IDL's STRING(value) gives it (0-d for a scalar)."""
    if isinstance(value, str):
        return np.asarray(value)
    a = idl_array(value, name, string_ok=True)
    kind = a.dtype.kind
    if kind == "U":
        return a
    if a.dtype == np.uint8:
        return np.asarray(string_of_bytes(a))
    return free_text(a)


def idl_values(values, stem: str, *, structures: bool = False) -> list[np.ndarray]:
    """IDL expressions or variables as arrays: a ``str`` as a 0-d ``str`` array, a
    structure (structured array) as it is when ``structures`` (PRINT and PRINTF take
    them), anything else through :func:`~compat._core.idl_types.idl_array` (named
    ``stem1``, ``stem2`` ... in its errors: ``Expression2``, ``Var1``)."""
    return [np.asarray(v) if isinstance(v, str)
            else v if structures and isinstance(v, np.ndarray) and v.dtype.names is not None
            else idl_array(v, f"{stem}{k + 1}", string_ok=True)
            for k, v in enumerate(values)]


def format_arg(format):  # noqa: A002 - IDL's FORMAT
    """``FORMAT=`` as given (``None`` for none), or a ``TypeError`` for a non-string."""
    if format is not None and not isinstance(format, str):
        raise CompatTypeError(f"FORMAT must be a string, not {type(format).__name__}")
    return format


def scalar_text(value, name: str, what: str) -> str:
    """One string (a scalar or one-element array), or IDL's error."""
    t = text_of(value, name)
    if t.size != 1:
        raise CompatValueError(f"{what} must be a scalar or one element array: {name}.")
    return str(t.reshape(-1)[0])


def out_text(values, shape):
    """Text results: ``str`` for a scalar, a numpy ``str`` array otherwise."""
    if shape == ():
        return str(values[0]) if isinstance(values, list) else str(values.reshape(-1)[0])
    arr = np.array(values, dtype=str) if isinstance(values, list) else values
    return arr.reshape(shape)


def out_number(values, shape, dtype):
    arr = np.asarray(values, dtype=dtype).reshape(shape)
    return arr[()] if shape == () else arr


def map_text(t: np.ndarray, fn):
    out = [fn(s) for s in t.reshape(-1).tolist()]
    return out_text(out, t.shape)


def int_arg(value, name: str, *, scalar: bool = True) -> np.ndarray:
    """An integer argument (floats truncated toward zero, as IDL converts to LONG)."""
    if isinstance(value, (str, bytes)):
        raise CompatTypeError(f"{name} must be a number, not a string")
    a = idl_array(value, name, scalar=scalar, complex_ok=False)
    if a.dtype.kind == "f":
        if not np.isfinite(a).all():
            raise CompatValueError(f"{name} must be finite")
        a = np.trunc(a)
    return a.astype(np.int64)


UPPER = str.maketrans("abcdefghijklmnopqrstuvwxyz", "ABCDEFGHIJKLMNOPQRSTUVWXYZ")
LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
