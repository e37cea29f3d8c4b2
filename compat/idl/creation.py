"""IDL's array constructors: the ``*INDGEN`` and ``*ARR`` families (one template each)
and ``MAKE_ARRAY``.

Each constructor is a routine of the family built from one documented template over
the core :func:`compat._core.idl_arrays.index_array` / ``zero_array``; the examples
are the values GDL 1.0.1 prints (reference_outputs/idl/indgen).
"""

from __future__ import annotations

import numpy as np

from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_arrays import idl_convert, idl_dims, index_array, type_name, zero_array
from compat._core.idl_number_text import convert_text, free_text
from compat._core.idl_types import DTYPE_OF_CODE, idl_array, idl_type_code
from compat._core.legacy import idl_routine

__all__ = ["bindgen", "indgen", "uindgen", "lindgen", "ulindgen", "l64indgen", "ul64indgen",
           "findgen", "dindgen", "cindgen", "dcindgen", "bytarr", "intarr", "uintarr",
           "lonarr", "ulonarr", "lon64arr", "ulon64arr", "fltarr", "dblarr", "complexarr",
           "dcomplexarr", "make_array", "sindgen"]

# the blocks both templates share (filled with the routine's own fragments)
_FAMILY = Fragments(
    dims="""
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array; numpy's shape is IDL's
        dimensions reversed (``{{name}}(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.""",
    raises="""
    Raises
    ------
    ValueError
        ``"{{upper}}: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"{{upper}}: ..."`` for string or non-numeric dimensions.""",
    example="""
    Examples
    --------
    >>> from compat.idl import {{name}}
    >>> {{name}}(3, 2)
    {{printed}}""")

_INDGEN = """{{article}} {{idltype}} ({{np}}) array of IDL dimensions ``dims`` holding each
    element's index.

    IDL call forms::

        Result = {{upper}}(D1 [, ..., D8] [, START=value] [, INCREMENT=value])
        Result = {{upper}}([D1, ..., D8])

    Python::

        compat.idl.{{name}}(*dims, start=None, increment=None)

    Parameters
    ----------
    {{dims}}
    start, increment : scalar, optional
        IDL 8.x keywords: element ``i`` (in IDL's memory order, numpy's C order) is
        ``start + increment*i``, computed in double precision and converted to {{idltype}}.

    Returns
    -------
    ndarray of {{np}}
        Element ``i`` of the flattened (C-order) array is ``i`` converted to {{idltype}}.

    {{raises}}

    Notes
    -----
    The naive call ``{{naive}}`` needs the shape in numpy order and, for the
    integer types, does not wrap the values the way IDL's type conversion does; a float
    size raises in numpy where IDL truncates it. Sources: IDL Reference Guide, {{upper}}
    (START and INCREMENT keywords: IDL 8.x); dimension rules: IDL Reference Guide,
    "Array dimensions". Checked against GDL 1.0.1.

    {{example}}
    """

_ARR = """{{article}} {{idltype}} ({{np}}) array of the IDL dimensions ``dims``, set to zero.

    IDL call forms::

        Result = {{upper}}(D1 [, ..., D8] [, /NOZERO])
        Result = {{upper}}([D1, ..., D8])

    Python::

        compat.idl.{{name}}(*dims, nozero=False)

    Parameters
    ----------
    {{dims}}
    nozero : bool
        IDL's ``/NOZERO``: the contents are left uninitialised (``numpy.empty``).

    Returns
    -------
    ndarray of {{np}}

    {{raises}}

    Notes
    -----
    The naive ``{{naive}}`` takes numpy's order: IDL's
    ``{{upper}}(d1, d2)`` is ``np.zeros((d2, d1))``. Source: IDL Reference Guide, {{upper}}.

    {{example}}
    """


def _constructor(name: str, dtype, template: str, naive: str | None = None,
                 bind: bool = True):
    """The IDL routine ``name`` returning ``dtype`` arrays, documented from ``template``
    (its example prints ``name(3, 2)``: the values of :data:`_PRINTED` for the family
    and the kind of ``dtype``, the way numpy prints them)."""
    dtype = np.dtype(dtype)
    idltype = _TYPE_NAMES[dtype]
    if template is _INDGEN:
        def construct(*dims, start=None, increment=None):
            return index_array(dims, dtype, start=start, increment=increment)
        naive = naive or f"np.arange(n, dtype=np.{dtype.name}).reshape(...)"
    else:
        def construct(*dims, nozero=False):
            return zero_array(dims, dtype, nozero=nozero)
        naive = naive or f"np.zeros((d1, d2), np.{dtype.name})"
    construct.__name__ = construct.__qualname__ = name
    construct.__module__ = __name__
    article = "An" if idltype[0] in "AEIOU" else "A"
    # numpy's repr names the dtype unless it is the default of its kind
    shown = "" if dtype in (np.dtype(np.int64), np.dtype(np.float64),
                            np.dtype(np.complex128)) else f", dtype={dtype.name}"
    printed = f"array({_PRINTED[template is _INDGEN, dtype.kind]}{shown})"
    docs = _FAMILY(name=name, upper=name.upper(), idltype=idltype, np=dtype.name,
                   naive=naive, printed=printed, article=article)
    construct.__doc__ = docs.render(template)
    return idl_routine(name.upper())(construct) if bind else construct


_TYPE_NAMES = {np.dtype(t): n for t, n in (
    (np.uint8, "BYTE"), (np.int16, "INT"), (np.uint16, "UINT"), (np.int32, "LONG"),
    (np.uint32, "ULONG"), (np.int64, "LONG64"), (np.uint64, "ULONG64"),
    (np.float32, "FLOAT"), (np.float64, "DOUBLE"), (np.complex64, "COMPLEX"),
    (np.complex128, "DCOMPLEX"))}

# (index array?, dtype kind) -> the values numpy prints for NAME(3, 2), as GDL 1.0.1
# prints them (reference_outputs/idl/indgen)
_PRINTED = {
    (True, "u"): "[[0, 1, 2],\n       [3, 4, 5]]",
    (True, "i"): "[[0, 1, 2],\n       [3, 4, 5]]",
    (True, "f"): "[[0., 1., 2.],\n       [3., 4., 5.]]",
    (True, "c"): "[[0.+0.j, 1.+0.j, 2.+0.j],\n       [3.+0.j, 4.+0.j, 5.+0.j]]",
    (False, "u"): "[[0, 0, 0],\n       [0, 0, 0]]",
    (False, "i"): "[[0, 0, 0],\n       [0, 0, 0]]",
    (False, "f"): "[[0., 0., 0.],\n       [0., 0., 0.]]",
    (False, "c"): "[[0.+0.j, 0.+0.j, 0.+0.j],\n       [0.+0.j, 0.+0.j, 0.+0.j]]",
}

bindgen = _constructor("bindgen", np.uint8, _INDGEN)
def _indgen_of_type(*dims, start=None, increment=None, type=None,  # noqa: A002
                    byte=False, long=False, float=False, double=False,  # noqa: A002
                    complex=False, dcomplex=False, uint=False, ulong=False,  # noqa: A002
                    l64=False, ul64=False, string=False):
    flags = {k: v for k, v in dict(byte=byte, long=long, float=float, double=double,
                                   complex=complex, dcomplex=dcomplex, uint=uint,
                                   ulong=ulong, l64=l64, ul64=ul64, string=string).items()
             if v}
    if not flags and type is None:
        return index_array(dims, np.int16, start=start, increment=increment)
    if type is not None and not isinstance(type, bool) and \
            isinstance(type, (int, np.integer)) and int(type) not in _MAKE_CODES:
        raise CompatValueError("Invalid type code specified.")
    # INDGEN with a type keyword is MAKE_ARRAY's /INDEX array of that type
    return make_array.__wrapped__(*dims, index=True, type=type, start=start,
                                  increment=increment, **flags)


_INDGEN_TYPES = """\
    type : int, optional
        IDL's TYPE=: the result's type code (1 BYTE, 2 INT, 3 LONG, 4 FLOAT, 5 DOUBLE,
        6 COMPLEX, 7 STRING, 9 DCOMPLEX, 12 UINT, 13 ULONG, 14 LONG64, 15 ULONG64);
        other codes raise "Invalid type code specified." (GDL 1.0.1's text).
    byte, long, float, double, complex, dcomplex, uint, ulong, l64, ul64, string : bool
        IDL's type keywords (``INDGEN(5, /LONG)`` is LINDGEN(5), ``/STRING`` SINDGEN's
        text); at most one, and not with a different TYPE= (compat raises "Conflicting
        keywords" where GDL 1.0.1 picks one silently).
"""


def _indgen_doc(doc: str) -> str:
    doc = doc.replace("Result = INDGEN(D1 [, ..., D8] [, START=value] [, INCREMENT=value])",
                      "Result = INDGEN(D1 [, ..., D8] [, START=value] [, INCREMENT=value]\n"
                      "                        [, TYPE=code | /BYTE | /LONG | /FLOAT | "
                      "/DOUBLE | /COMPLEX |\n"
                      "                         /DCOMPLEX | /UINT | /ULONG | /L64 | /UL64 | "
                      "/STRING])")
    doc = doc.replace("compat.idl.indgen(*dims, start=None, increment=None)",
                      "compat.idl.indgen(*dims, start=None, increment=None, type=None,\n"
                      "                          long=False, float=False, ...)")
    doc = doc.replace("    Returns\n    -------\n    ndarray of int16\n",
                      _INDGEN_TYPES + "\n    Returns\n    -------\n    ndarray of int16 "
                      "(of the type a keyword asks for)\n")
    return doc.replace("    >>> indgen(3, 2)\n", "    >>> indgen(4, long=True)\n"
                       "    array([0, 1, 2, 3], dtype=int32)\n    >>> indgen(3, 2)\n")


def _make_indgen():
    plain = _constructor("indgen", np.int16, _INDGEN, "np.arange(n) (int64).reshape(...)",
                         bind=False)
    _indgen_of_type.__name__ = _indgen_of_type.__qualname__ = "indgen"
    _indgen_of_type.__doc__ = _indgen_doc(plain.__doc__)
    return idl_routine("INDGEN")(_indgen_of_type)


indgen = _make_indgen()
uindgen = _constructor("uindgen", np.uint16, _INDGEN)
lindgen = _constructor("lindgen", np.int32, _INDGEN)
ulindgen = _constructor("ulindgen", np.uint32, _INDGEN)
l64indgen = _constructor("l64indgen", np.int64, _INDGEN)
ul64indgen = _constructor("ul64indgen", np.uint64, _INDGEN)
findgen = _constructor("findgen", np.float32, _INDGEN)
dindgen = _constructor("dindgen", np.float64, _INDGEN)
cindgen = _constructor("cindgen", np.complex64, _INDGEN)
dcindgen = _constructor("dcindgen", np.complex128, _INDGEN)
bytarr = _constructor("bytarr", np.uint8, _ARR)
intarr = _constructor("intarr", np.int16, _ARR)
uintarr = _constructor("uintarr", np.uint16, _ARR)
lonarr = _constructor("lonarr", np.int32, _ARR)
ulonarr = _constructor("ulonarr", np.uint32, _ARR)
lon64arr = _constructor("lon64arr", np.int64, _ARR)
ulon64arr = _constructor("ulon64arr", np.uint64, _ARR)
fltarr = _constructor("fltarr", np.float32, _ARR)
dblarr = _constructor("dblarr", np.float64, _ARR)
complexarr = _constructor("complexarr", np.complex64, _ARR)
dcomplexarr = _constructor("dcomplexarr", np.complex128, _ARR)


# ------------------------------------------------------------------------ MAKE_ARRAY
_TYPE_KEYWORDS = {"byte": 1, "integer": 2, "long": 3, "float": 4, "double": 5,
                  "complex": 6, "string": 7, "dcomplex": 9, "uint": 12, "ulong": 13,
                  "l64": 14, "ul64": 15}
#: the type codes MAKE_ARRAY creates (the numbers and STRING)
_MAKE_CODES = (*DTYPE_OF_CODE, 7)


@idl_routine("MAKE_ARRAY")
def make_array(*dims, dimension=None, type=None, value=None, index=False, nozero=False,
               size=None, start=None, increment=None, byte=False, integer=False,
               long=False, float=False, double=False, complex=False, dcomplex=False,
               uint=False, ulong=False, l64=False, ul64=False, string=False):
    """Create an array of a given IDL type and dimensions, as IDL's ``MAKE_ARRAY``.

    IDL call forms::

        Result = MAKE_ARRAY([D1 [, ..., D8]] [, DIMENSION=vector] [, SIZE=vector]
                            [, TYPE=code] [, VALUE=value] [, /INDEX] [, /NOZERO]
                            [, START=value] [, INCREMENT=value]
                            [, /BYTE | /INTEGER | /LONG | /FLOAT | /DOUBLE | /COMPLEX |
                               /DCOMPLEX | /UINT | /ULONG | /L64 | /UL64 | /STRING])

    Python::

        compat.idl.make_array(*dims, dimension=None, type=None, value=None, index=False,
                              nozero=False, size=None, start=None, increment=None,
                              byte=False, integer=False, long=False, float=False,
                              double=False, complex=False, dcomplex=False, uint=False,
                              ulong=False, l64=False, ul64=False, string=False)

    Parameters
    ----------
    *dims : int or sequence of int
        IDL dimensions (up to eight scalars, or one array). numpy's shape is IDL's
        dimensions reversed. Float sizes are truncated; sizes must be at least 1.
    dimension : sequence of int, optional
        IDL's ``DIMENSION=``: the dimensions as one vector (instead of ``dims``).
    size : sequence of int, optional
        IDL's ``SIZE=``: a vector in the format ``SIZE()`` returns
        (``[ndim, d1, ..., dn, type, n]``); gives the dimensions and the type (a type
        keyword or ``type=`` overrides the type).
    type : int, optional
        IDL type code: 1 BYTE, 2 INT, 3 LONG, 4 FLOAT, 5 DOUBLE, 6 COMPLEX, 7 STRING,
        9 DCOMPLEX, 12 UINT, 13 ULONG, 14 LONG64, 15 ULONG64 (pointers, objects and
        structures are not supported).
    byte, integer, long, float, double, complex, dcomplex, uint, ulong, l64, ul64, \
string : bool
        The type keywords; at most one, and not together with a different ``type=``.
        A STRING array (``/STRING``, ``type=7``, a ``str`` VALUE) holds empty strings,
        VALUE as text (a number in IDL's free format, ``'       5'`` for the INT 5, as
        IDL converts a number to STRING) or, with ``/INDEX``, each LONG index as text
        (SINDGEN's ``'           0'``; START and INCREMENT computed in double precision
        and truncated to LONG, as GDL 1.0.1 does).
    value : scalar, optional
        Every element is set to ``value`` converted to the array's type (float to
        integer truncates, as IDL converts; text to a number as IDL reads it, with IDL's
        warning and 0 for text that is not a number). Without a type keyword the array
        takes VALUE's type (a ``str`` gives a STRING array). A Python number is typed by the rule for Python literals: ``5`` is
        INT (LONG or LONG64 when it does not fit), ``2.5`` is DOUBLE (a Python float
        carries double precision), ``1j`` is DCOMPLEX, ``True`` BYTE; numpy scalars keep
        their dtype (``np.float32(2.5)`` is FLOAT).
    index : bool
        IDL's ``/INDEX``: element ``i`` (C order) is ``i`` in the array's type.
    start, increment : scalar, optional
        IDL 8.x: with ``/INDEX`` element ``i`` is ``start + increment*i`` (computed in
        double precision, then converted). Giving either implies ``index=True``.
    nozero : bool
        IDL's ``/NOZERO``: contents uninitialised (``numpy.empty``).

    Returns
    -------
    ndarray
        FLOAT (float32) unless a type keyword, ``type=``, ``size=`` or ``value`` says
        otherwise; a numpy ``str`` array for STRING.

    Raises
    ------
    ValueError
        ``"MAKE_ARRAY: ..."`` for no or bad dimensions, both ``dims`` and
        ``dimension=``, conflicting type keywords, an unknown type code, ``value``
        together with ``/INDEX``.
    TypeError
        ``"MAKE_ARRAY: ..."`` for a VALUE or dimension that is not numeric.

    Notes
    -----
    ``np.full((d1, d2), value)`` takes numpy's order and numpy's type for the value (a
    Python int becomes int64 where IDL's literal ``5`` is INT; a Python float is float64,
    DOUBLE, for both), and ``np.full(3, 2.5, dtype=np.int16)`` is 2 because numpy
    truncates too, but ``np.full`` rejects an out-of-range integer where IDL wraps. Source: IDL Reference Guide, MAKE_ARRAY
    (START and INCREMENT: IDL 8.x). Checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat.idl import make_array
    >>> make_array(3, 2)
    array([[0., 0., 0.],
           [0., 0., 0.]], dtype=float32)
    >>> make_array(dimension=[3], value=2.5, integer=True)
    array([2, 2, 2], dtype=int16)
    >>> make_array(4, index=True, long=True)
    array([0, 1, 2, 3], dtype=int32)
    >>> make_array(2, string=True, value=5)
    array(['       5', '       5'], dtype='<U8')
    """
    # --- dimensions
    given = [d for d in (dims if dims else None, dimension, size) if d is not None]
    if len(given) != 1:
        raise CompatValueError("give the dimensions once: as D1, ..., D8, as DIMENSION= "
                        "or as SIZE=" if given else "the array dimensions are missing")
    size_type = None
    if size is not None:
        s = np.asarray(size).reshape(-1)
        if s.dtype.kind not in "iu" or s.size < 3 or s[0] < 1 or s.size != s[0] + 3:
            raise CompatValueError("SIZE must be a vector as SIZE() returns it: "
                            "[ndim, d1, ..., dn, type, n_elements]")
        shape = idl_dims((s[1:1 + s[0]],))
        size_type = int(s[1 + s[0]])
    elif dimension is not None:
        shape = idl_dims((dimension,))
    else:
        shape = idl_dims(dims)

    # --- type
    flags = {k: v for k, v in dict(byte=byte, integer=integer, long=long, float=float,
                                   double=double, complex=complex, dcomplex=dcomplex,
                                   uint=uint, ulong=ulong, l64=l64, ul64=ul64,
                                   string=string).items() if v}
    if len(flags) > 1:
        raise CompatValueError("Conflicting keywords: " +
                        ", ".join("/" + k.upper() for k in flags))
    code = None
    if flags:
        code = _TYPE_KEYWORDS[next(iter(flags))]
    if type is not None:
        if isinstance(type, bool) or not isinstance(type, (int, np.integer)):
            raise CompatTypeError(f"TYPE must be an integer type code, got {type!r}")
        if int(type) not in _MAKE_CODES:
            raise CompatValueError(f"TYPE={int(type)} ({type_name(int(type))}) is not "
                            "supported: use 1, 2, 3, 4, 5, 6, 7, 9, 12, 13, 14 or 15")
        if code is not None and code != int(type):
            raise CompatValueError("Conflicting keywords: TYPE and /" +
                            next(iter(flags)).upper())
        code = int(type)
    if code is None and size_type is not None:
        if size_type not in _MAKE_CODES:
            raise CompatValueError(f"type code {size_type} in SIZE is not supported")
        code = size_type
    if value is not None:
        # VALUE's type by the rule for Python literals (5 INT, 2.5 DOUBLE, True BYTE;
        # numpy values keep their type; text is STRING)
        if isinstance(value, bytes):
            value = value.decode("latin-1")
        value = idl_array(value, "VALUE", scalar=True, string_ok=True)
        if code is None:
            code = idl_type_code(value.dtype)
    if code is None:
        code = 4
    if start is not None or increment is not None:
        index = True
    if code == 7:
        return _string_array(shape, value, index, start, increment)
    dtype = DTYPE_OF_CODE[code]
    if value is not None and value.dtype.kind == "U":
        value = convert_text(value, dtype)

    if index:
        if value is not None:
            raise CompatValueError("Conflicting keywords: VALUE and /INDEX")
        return index_array(tuple(reversed(shape)), dtype, start=start,
                           increment=increment)
    if value is not None:
        return np.full(shape, idl_convert(value, dtype), dtype)
    return np.empty(shape, dtype) if nozero else np.zeros(shape, dtype)


def _string_array(shape: tuple, value, index: bool, start, increment) -> np.ndarray:
    """MAKE_ARRAY's STRING array: empty, VALUE as text, or the LONG indices as text."""
    if index:
        if value is not None:
            raise CompatValueError("Conflicting keywords: VALUE and /INDEX")
        n = int(np.prod(shape))
        first = 0.0 if start is None else float(start)
        step = 1.0 if increment is None else float(increment)
        longs = (first + step * np.arange(n, dtype=np.float64)).astype(np.int64)
        return free_text(longs.astype(np.int32)).reshape(shape)
    if value is None:
        return np.full(shape, "", dtype="<U1")
    text = str(free_text(value.reshape(-1))[0])
    return np.full(shape, text, dtype=f"<U{max(len(text), 1)}")


@idl_routine("SINDGEN")
def sindgen(*dims):
    """A STRING array of IDL dimensions ``dims`` holding each element's index as text,
    as IDL's ``SINDGEN``.

    IDL call forms::

        Result = SINDGEN(D1 [, ..., D8])
        Result = SINDGEN([D1, ..., D8])

    Returns
    -------
    ndarray of str
        Element ``i`` (C order) is ``STRING(i)`` of the LONG index: IDL's free format
        for LONG, 12 characters right-justified (``'           0'``).

    Notes
    -----
    ``numpy.arange(n).astype(str)`` gives ``'0'`` without IDL's leading blanks, which a
    port that compares or concatenates the strings depends on. Source: IDL Reference
    Guide, SINDGEN; checked against GDL 1.0.1 (reference_outputs/idl/array_ops).

    Examples
    --------
    >>> from compat import idl
    >>> idl.sindgen(2)
    array(['           0', '           1'], dtype='<U12')
    """
    shape = idl_dims(dims)
    n = int(np.prod(shape))
    width = 12 if n <= 2 ** 31 else 22  # LONG's free format, LONG64's past 2**31
    return np.char.mod(f"%{width}d", np.arange(n, dtype=np.int64)).astype(
        f"<U{width}").reshape(shape)
