"""IDL's type conversion functions BYTE, UINT, LONG, ULONG, LONG64, ULONG64, FLOAT and
DOUBLE, for numbers and for text (FIX, the INT conversion, lives with the rounding
routines in :mod:`compat.idl.numeric` and converts text the same way).

Numbers convert as IDL converts them (:func:`compat._core.idl_numeric.to_idl_type`:
floats truncated toward zero through the x86-64 conversion, integers keeping their low
bits); text is read by IDL's rule (:func:`compat._core.idl_format.text_to_type`:
leading blanks skipped, the longest leading number of the target kind converted, a
warning and 0 when there is none). ``float`` is also the name of a Python builtin:
call ``idl.float`` (``from compat.idl import *`` would shadow it).
"""

from __future__ import annotations

import numpy as np

from compat._core.docs import Fragments
from compat._core.errors import CompatValueError, routine_name
from compat._core.idl_format import convert_text
from compat._core.idl_numeric import to_idl_type
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["byte", "uint", "long", "ulong", "long64", "ulong64", "float", "double"]

_TEMPLATE = """Convert to IDL {{idltype}} ({{np}}), as IDL's ``{{upper}}`` does -- numbers and text.

    IDL call form::

        Result = {{upper}}(Expression{{print_form}})

    Python::

        compat.idl.{{name}}(expression{{print_py}})

    Parameters
    ----------
    expression : array_like or str
        Numbers of any IDL type (readsav layout; Python numbers typed as IDL literals),
        or text (``str``, ``bytes``, string arrays). {{text_rule}}
{{print_param}}
    Returns
    -------
    ndarray of {{np}}
        The converted values, the shape of ``expression`` (0-d for a scalar){{byte_shape}}.

    Raises
    ------
    ValueError
        ``"{{upper}}: ..."`` for the extraction form ``{{upper}}(Expression, Offset, D1,
        ...)`` (not supported: use ``numpy.frombuffer``).
    TypeError
        ``"{{upper}}: ..."`` for values with no IDL type.

    Warns
    -----
    compat.CompatWarning
        IDL's "Type conversion error: Unable to convert given STRING ..." when a string
        holds no number (the element is 0; IDL prints the message and goes on).

    Notes
    -----
    Numbers: {{number_rule}} Text: leading blanks and tabs are skipped, then the longest
    leading {{text_kind}} is converted (``{{upper}}('  12abc')`` reads 12); ``''`` is 0
    without a warning. Sources: IDL Reference Guide, {{upper}}, "Type Conversion
    Functions" ("the default action ... is to print a warning message and return
    zero"); GDL 1.0.1 for the parse of partial numbers (reference_outputs/idl/
    conversion).

    Differences from ``numpy.{{np}}(x)`` / ``x.astype(...)``: numpy's float-to-integer
    casts outside the range are platform-dependent and warn, and numpy's parse of text
    raises on ``'12abc'`` or ``' 1e3 '`` where IDL reads a leading number.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
{{examples}}
"""

_INT_RULE = ("floats are truncated toward zero (through the x86-64 conversion for "
             "out-of-range values), integers outside the range keep their low bits "
             "(IDL's silent truncation); complex values convert their real part.")
_FLOAT_RULE = "integers and floats are rounded to the nearest {{idltype}}; complex " \
              "values convert their real part."


def _convert(expression, extraction, dtype, print_=False):
    if extraction:
        raise CompatValueError(f"the extraction form {routine_name()}(Expression, Offset, D1, "
                               "...) "
                               "is not supported: use numpy.frombuffer on the raw bytes")
    dtype = np.dtype(dtype)
    if isinstance(expression, str):
        a = np.asarray(expression)
    else:
        a = idl_array(expression, "Expression", string_ok=True)
    if a.dtype.kind == "U":
        return convert_text(a, dtype, print_)
    return to_idl_type(a, dtype)


def _make(name: str, dtype, idltype: str, examples: str, *, byte: bool = False):
    upper = name.upper()
    integer = np.dtype(dtype).kind in "iu"

    if byte:
        def routine(expression, *extraction, print=False):  # noqa: A002 - IDL keyword
            return _convert(expression, extraction, dtype, print)
    else:
        def routine(expression, *extraction):
            return _convert(expression, extraction, dtype)

    routine.__name__ = routine.__qualname__ = name
    routine.__module__ = __name__
    fragments = Fragments(
        name=name, upper=upper, idltype=idltype, np=np.dtype(dtype).name,
        print_form=" [, /PRINT]" if byte else "",
        print_py=", *, print=False" if byte else "",
        print_param=("    print : bool\n        /PRINT: read text as numbers "
                     "(``BYTE('12', /PRINT)`` is 12) instead of\n        taking its "
                     "character codes.\n") if byte else "",
        byte_shape=("; text gives its character codes with one more dimension "
                    "(IDL's first, numpy's last axis), zero-padded to the longest "
                    "string") if byte else "",
        text_rule=("Text gives its character codes (unless /PRINT)." if byte else
                   "Text is read as a number."),
        number_rule=_INT_RULE if integer else _FLOAT_RULE.replace("{{idltype}}", idltype),
        text_kind="integer (an optional sign and digits)" if integer else
        "number (C's ``strtod`` syntax, ``d`` exponents too)",
        examples=examples)
    routine.__doc__ = fragments.render(_TEMPLATE)
    return idl_routine(upper)(routine)


byte = _make("byte", np.uint8, "BYTE", """    >>> idl.byte('AB'), idl.byte([72.9, 300, -1])
    (array([65, 66], dtype=uint8), array([ 72,  44, 255], dtype=uint8))
    >>> idl.byte('12', print=True)
    array(12, dtype=uint8)""", byte=True)
uint = _make("uint", np.uint16, "UINT", """    >>> idl.uint(['65535', '-1', '70000'])
    array([65535, 65535,  4464], dtype=uint16)""")
long = _make("long", np.int32, "LONG", """    >>> idl.long(' 123456789 '), idl.long('1.5e3'), idl.long(2.9)
    (array(123456789, dtype=int32), array(1, dtype=int32), array(2, dtype=int32))""")
ulong = _make("ulong", np.uint32, "ULONG", """    >>> idl.ulong('-1')
    array(4294967295, dtype=uint32)""")
long64 = _make("long64", np.int64, "LONG64", """    >>> idl.long64('9223372036854775807')
    array(9223372036854775807)""")
ulong64 = _make("ulong64", np.uint64, "ULONG64", """    >>> idl.ulong64('18446744073709551615')
    array(18446744073709551615, dtype=uint64)""")
float = _make("float", np.float32, "FLOAT", """    >>> idl.float(' 2.5e3x'), idl.float('1d2'), idl.float('-Infinity')
    (array(2500., dtype=float32), array(100., dtype=float32), array(-inf, dtype=float32))""")  # noqa: A001
double = _make("double", np.float64, "DOUBLE", """    >>> idl.double('1D300'), idl.double(np.float32(0.1)).item()
    (array(1.e+300), 0.10000000149011612)""")
