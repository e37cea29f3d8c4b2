"""MATLAB's integer classes: the conversions ``int8`` ... ``uint64``, and ``typecast``
(the same bytes read as another class) and ``cast`` (a conversion named by its class).

One template, eight functions: each converts as MATLAB does (round to nearest with
halves away from zero, saturate at the class limits, NaN to 0) through the core
:func:`compat._core.matlab_integers.to_int`. MATLAB's integer *arithmetic* is in
:mod:`compat.matlab.intops`.
"""

from __future__ import annotations

import numpy as np

from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_integers import to_int

__all__ = ["int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
           "typecast", "cast", "single"]

_TEMPLATE = """Convert to {{cls}}, as MATLAB's ``{{cls}}``.

    MATLAB call form::

        Y = {{cls}}(X)    ->  {{cls}}(X)

    Floating values are rounded to the nearest integer with halves **away from zero**
    (``{{cls}}(2.5)`` is 3), values outside ``[{{low}}, {{high}}]`` **saturate** to the
    limits (``Inf`` too), and NaN becomes 0. Integer inputs of other classes saturate;
    logical and char (character codes) convert directly.

    Differences from the naive numpy call: ``np.asarray(X).astype(np.{{cls}})`` truncates
    toward zero (2.7 -> 2), wraps out-of-range values modulo 2^{{bits}} and turns NaN/Inf
    into arbitrary values with a RuntimeWarning; ``np.{{cls}}(2.5)`` does the same.

    The result is a plain numpy array of dtype {{cls}}. **numpy operators on it do not
    follow MATLAB's integer arithmetic**: ``a + b`` wraps around, ``a / b`` returns
    float64, ``a * 2.6`` returns float64. Use :mod:`compat.matlab.intops`
    (``intops.plus(a, b)``, ``intops.rdivide(a, b)``, ...) or wrap the array with
    ``intops.MatlabInt(a)`` so that ``+ - * /`` saturate and round as in MATLAB.

    Parameters
    ----------
    X : array_like
        double, single, logical, char or any integer class. A Python number or list is
        a MATLAB double literal.

    Returns
    -------
    ndarray of dtype {{cls}} (numpy scalar for scalar input); a new array.

    Raises
    ------
    TypeError
        ``"{{cls}}: input must be numeric, logical or char ..."``; complex input with a
        non-zero imaginary part (compat does not model complex integers).

    Notes
    -----
    Source: MATLAB documentation "Integers" (conversion rounds to nearest, saturation
    on overflow, NaN to 0) and of ``{{cls}}``. GNU Octave 7.3 agrees (checked by the live
    differential tests and the goldens in reference_outputs/matlab/integers).

    Examples
    --------
    >>> from compat.matlab import {{cls}}
    >>> {{cls}}([2.5, -2.5, 300, -300, float('nan'), float('inf')]).tolist()
    {{example}}
    """


# the documented example, int8(...) of [2.5, -2.5, 300, -300, NaN, Inf], as MATLAB gives it
_EXAMPLES = {
    "int8": [3, -3, 127, -128, 0, 127], "int16": [3, -3, 300, -300, 0, 32767],
    "int32": [3, -3, 300, -300, 0, 2147483647],
    "int64": [3, -3, 300, -300, 0, 9223372036854775807],
    "uint8": [3, 0, 255, 0, 0, 255], "uint16": [3, 0, 300, 0, 0, 65535],
    "uint32": [3, 0, 300, 0, 0, 4294967295],
    "uint64": [3, 0, 300, 0, 0, 18446744073709551615]}


def _conversion(cls: str):
    """The MATLAB conversion function ``cls`` (``'int8'`` ...), documented and decorated."""
    info = np.iinfo(cls)

    def convert(X):
        out = to_int(cls, X, cls)
        if np.ndim(X) == 0 and not isinstance(X, np.ndarray):
            return out[()]
        return out

    convert.__name__ = convert.__qualname__ = cls
    convert.__module__ = __name__
    convert.__doc__ = Fragments(cls=cls, low=str(info.min), high=str(info.max),
                                bits=str(info.bits), example=str(_EXAMPLES[cls])).render(_TEMPLATE)
    return matlab_function(cls)(convert)


int8 = _conversion("int8")
int16 = _conversion("int16")
int32 = _conversion("int32")
int64 = _conversion("int64")
uint8 = _conversion("uint8")
uint16 = _conversion("uint16")
uint32 = _conversion("uint32")
uint64 = _conversion("uint64")


# ---------------------------------------------------------------------------- typecast
_TYPECAST_CLASSES = {name: np.dtype(name) for name in (
    "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64")}
_TYPECAST_CLASSES.update(single=np.dtype(np.float32), double=np.dtype(np.float64))


@matlab_function("typecast")
def typecast(X, type):
    """The bytes of ``X`` read as another numeric class, as MATLAB's ``typecast``.

    MATLAB call form::

        Y = typecast(X, type)   ->  typecast(single(1), 'uint32')   (1065353216)
                                    typecast(uint8([1 0 0 0]), 'uint32')

    Parameters
    ----------
    X : array_like
        A real numeric scalar or vector: double, single or an integer class (a Python
        number or list is double, MATLAB's literal class). Logical, char and complex
        data are refused, as MATLAB refuses them.
    type : str
        ``'single'``, ``'double'``, ``'int8'``, ``'uint8'``, ... ``'int64'``,
        ``'uint64'``.

    Returns
    -------
    ndarray
        The same memory in the new class, in this machine's byte order (little-endian
        on x86 and ARM, as MATLAB on those platforms): ``numel(X)*bytes(X)/bytes(type)``
        elements. A column stays a column, a row (or a 1-D array) a row; a scalar that
        becomes several elements gives a row (1-D for a Python or numpy scalar). A new
        array, never a view of ``X``.

    Raises
    ------
    ValueError
        ``"typecast: Too few input values to make output type."`` when the bytes do not
        divide into whole elements of ``type`` (GNU Octave: "incorrect number of input
        values to make output value"); ``"typecast: The first input argument must be a
        vector."`` for a matrix (Octave casts its column-major elements); an unknown
        ``type``: ``"typecast: Unsupported class."``.
    TypeError
        ``"typecast: The first input argument must be a full, non-complex numeric
        value."`` for logical, char and complex data (Octave 7.3 casts a logical as
        uint8).

    Notes
    -----
    ``X.view(dtype)`` is the numpy call, with two differences that bite a port: a 2-D
    column ``(n, 1)`` cannot change its element size by ``view`` ("the last axis must be
    contiguous"), and a Python float or list becomes float64 (MATLAB's double literal)
    only once it is an array; ``view`` also shares memory with ``X``.

    Sources: MATLAB ``typecast`` reference page ("typecast(X,type) ... X must be a full,
    noncomplex, numeric scalar or vector", little-endian systems); checked against GNU
    Octave 7.3 (reference_outputs/matlab/roots_typecast).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import typecast
    >>> typecast(np.float32(1), 'uint32')
    np.uint32(1065353216)
    >>> typecast(np.array([1, 0, 0, 0, 2, 0, 0, 0], dtype=np.uint8), 'uint32')
    array([1, 2], dtype=uint32)
    >>> typecast(np.array([[1], [2]], dtype=np.int16), 'int8')
    array([[1],
           [0],
           [2],
           [0]], dtype=int8)
    """
    if not isinstance(type, str) or type not in _TYPECAST_CLASSES:
        raise CompatValueError("Unsupported class.")
    scalar_in = np.ndim(X) == 0 and not isinstance(X, np.ndarray)
    if isinstance(X, (bool, np.bool_, str)):
        raise CompatTypeError("The first input argument must be a full, non-complex "
                              "numeric value.")
    a = np.asarray(X)
    if a.dtype.kind in "iu" and not isinstance(X, np.ndarray) and \
            not isinstance(X, np.generic):
        a = a.astype(np.float64)                  # a Python literal is double
    if a.dtype.kind not in "iuf" or a.dtype.itemsize not in (1, 2, 4, 8) or \
            a.dtype == np.float16:
        raise CompatTypeError("The first input argument must be a full, non-complex "
                              "numeric value.")
    if a.ndim > 2 or (a.ndim == 2 and 1 not in a.shape and a.size):
        raise CompatValueError("The first input argument must be a vector.")
    out_dtype = _TYPECAST_CLASSES[type]
    nbytes = a.size * a.dtype.itemsize
    if nbytes % out_dtype.itemsize:
        raise CompatValueError("Too few input values to make output type.")
    flat = np.ascontiguousarray(a.ravel()).astype(a.dtype.newbyteorder("="), copy=False)
    out = flat.view(out_dtype).copy()
    if a.ndim == 2 and a.shape[1] == 1 and a.shape[0] != 1:
        return out.reshape(-1, 1)                 # a column stays a column
    if a.ndim == 2:
        return out.reshape(a.shape) if a.size == 0 else out.reshape(1, -1)
    if a.ndim == 0 and out.size == 1 and (scalar_in or isinstance(X, np.generic)):
        return out[0]
    return out


# -------------------------------------------------------------------------------- cast
_CAST_FLOATS = {"double": np.float64, "single": np.float32}


@matlab_function("cast")
def cast(A, newclass, prototype=None):
    """Convert to another class by name, as MATLAB's ``cast``.

    MATLAB call forms::

        B = cast(A, newclass)      ->  cast(A, 'int16')
        B = cast(A, 'like', p)     ->  cast(A, 'like', p)      (the class of p)

    Parameters
    ----------
    A : array_like
        Numeric, logical or char (character codes) data.
    newclass : str
        ``'double'``, ``'single'``, ``'logical'``, ``'int8'`` ... ``'uint64'``, or
        ``'like'`` followed by a prototype array whose class (and complexity) is taken.

    Returns
    -------
    ndarray or numpy scalar
        ``A`` converted as MATLAB's class functions convert: to an integer class with
        rounding half away from zero, saturation and NaN to 0 (``cast(300, 'uint8')`` is
        255, ``cast(-2.5, 'int8')`` is -3); to logical (non-zero is true; NaN refused);
        to single or double by rounding. A Python number gives a numpy scalar.

    Raises
    ------
    ValueError
        An unknown class: ``"cast: Unsupported data type for conversion: 'name'."``;
        NaN to logical: ``"cast: NaN's cannot be converted to logicals."``.

    Notes
    -----
    ``A.astype(np.int16)`` truncates toward zero and wraps out-of-range values where
    MATLAB rounds and saturates; ``cast`` goes through the same conversions as
    :func:`int16` and the other class functions.

    Sources: MATLAB ``cast`` reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/ranked_routines).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import cast
    >>> cast(np.int8(-5), 'uint8')
    np.uint8(0)
    >>> cast([3.7, 300], 'uint8')
    array([  4, 255], dtype=uint8)
    >>> cast([1, 2], 'like', np.float32(1)).dtype
    dtype('float32')
    """
    if isinstance(newclass, str) and newclass.lower() == "like":
        if prototype is None:
            raise CompatValueError("'like' needs a prototype array.")
        p = np.asarray(prototype)
        from compat._core.matlab_types import matlab_class
        name = "char" if p.dtype.kind == "U" else matlab_class(p)
        out = cast(A, name if name != "char" else "char")
        if p.dtype.kind == "c" and np.asarray(out).dtype.kind == "f":
            out = np.asarray(out).astype(np.result_type(out, np.complex64))
        return out
    if prototype is not None:
        raise CompatValueError("Too many input arguments.")
    if not isinstance(newclass, str):
        raise CompatValueError("Unsupported data type for conversion.")
    name = newclass
    scalar = np.ndim(A) == 0 and not isinstance(A, np.ndarray)
    if isinstance(A, str):
        A = np.array([[ord(c) for c in A]], dtype=np.float64).reshape(-1)
    if name in _CONVERSIONS:
        out = _CONVERSIONS[name](A)
        return out
    a = np.asarray(A)
    if a.dtype.kind not in "biufc":
        raise CompatTypeError("A must be numeric, logical or char.")
    if name in _CAST_FLOATS:
        kind = _CAST_FLOATS[name]
        if a.dtype.kind == "c":
            kind = np.complex128 if name == "double" else np.complex64
        out = a.astype(kind)
    elif name == "logical":
        if a.dtype.kind in "fc" and np.any(np.isnan(a)):
            raise CompatValueError("NaN's cannot be converted to logicals.")
        out = a != 0
    elif name == "char":
        raise CompatValueError("cast to char is not supported: use matlab.char")
    else:
        raise CompatValueError(f"Unsupported data type for conversion: '{name}'.")
    return out[()] if scalar and out.ndim == 0 else out


_CONVERSIONS = {"int8": int8, "int16": int16, "int32": int32, "int64": int64,
                "uint8": uint8, "uint16": uint16, "uint32": uint32, "uint64": uint64}


# ------------------------------------------------------------------------------ single
@matlab_function("single")
def single(X):
    """Convert to single precision, as MATLAB's ``single``.

    MATLAB call form::

        Y = single(X)   ->  single(X)

    Parameters
    ----------
    X : array_like or str
        Numeric, logical or char (character codes) data; a Python number or list is a
        MATLAB double literal.

    Returns
    -------
    ndarray of float32 (complex64 for complex data), or a numpy float32 scalar for a
        Python number: each value rounded to the nearest single (ties to even), values
        beyond single's range to +-Inf, NaN kept. A char row gives a row of codes.

    Raises
    ------
    TypeError
        Cells, structs and other non-numeric values.

    Notes
    -----
    ``np.float32(x)`` is the same rounding for a number; ``single`` also takes text
    (``single('ab')`` is ``[97 98]``) and keeps the MATLAB layout. Arithmetic on the
    result in numpy promotes with float64 operands (``np.float32(1) + 1.5`` stays
    float32, but ``np.float32 array + float64 array`` is float64, where MATLAB's
    single wins): use compat's functions, which follow MATLAB's class rules.

    Sources: MATLAB ``single`` reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/ranked_routines).

    Examples
    --------
    >>> from compat.matlab import single
    >>> single(0.1)
    np.float32(0.1)
    >>> single('ab')
    array([[97., 98.]], dtype=float32)
    """
    if isinstance(X, str):
        return np.array([[ord(c) for c in X]], dtype=np.float32).reshape(1, -1)
    if isinstance(X, np.ndarray) and X.dtype.kind == "U":
        text = X
        return np.array([[ord(c) for c in row] for row in text.ravel()],
                        dtype=np.float32)
    scalar = np.ndim(X) == 0 and not isinstance(X, (np.ndarray, np.generic))
    try:
        a = np.asarray(X)
    except (TypeError, ValueError):
        raise CompatTypeError("Conversion to single from this value is not possible.") \
            from None
    if a.dtype.kind not in "biufc":
        raise CompatTypeError("Conversion to single from this value is not possible.")
    with np.errstate(over="ignore"):
        out = a.astype(np.complex64 if a.dtype.kind == "c" else np.float32)
    return out[()] if scalar or isinstance(X, np.generic) else out
