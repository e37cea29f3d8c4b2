"""The limits and the storage of MATLAB's numeric classes: ``intmax``, ``intmin``,
``flintmax`` and ``swapbytes``.

The legacy layer of the family (each function is a few numpy calls, so there is no
separate core). What the family keeps from MATLAB, and what a port written with
``np.iinfo(np.int32).max`` or ``a.byteswap()`` loses:

* the results have MATLAB's classes: ``intmax`` is an ``int32`` numpy scalar (not a
  Python ``int``, which would make ``x + intmax`` a double computation in a port),
  ``flintmax('single')`` a ``float32`` scalar;
* the class names are MATLAB's (``'int8'`` ... ``'uint64'``, ``'double'``, ``'single'``),
  exactly spelled, with ``'like', p`` taking the class of an array; other names are
  refused with MATLAB's message rather than passed on to numpy (``np.iinfo('float64')``
  raises deep inside numpy);
* ``swapbytes`` reverses the bytes of each element's *value* and keeps class and shape:
  a big-endian array from a file is first read as its values (the one input
  normalisation point makes it native), so ``swapbytes`` of it is what MATLAB gives for
  the same values, never the untouched input.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import INTEGER_CLASSES, matlab_class

__all__ = ["intmax", "intmin", "flintmax", "swapbytes"]

#: MATLAB's integer class names -> numpy types
_INTEGER_TYPES = {name: dtype.type for dtype, name in INTEGER_CLASSES.items()}
_FLOAT_TYPES = {"double": np.float64, "single": np.float32}


def _class_argument(function: str, args: tuple, like, default: str, accepted: dict,
                    message: str) -> type:
    """The numpy type named by ``function``'s arguments: nothing (``default``), a class
    name, ``'like', p`` or ``like=p``."""
    if like is not None:
        if args:
            raise CompatValueError("Too many input arguments.")
        args = ("like", like)
    if not args:
        return accepted[default]
    first = args[0]
    if isinstance(first, str) and first.lower() == "like":
        if len(args) != 2:
            raise CompatValueError("'like' must be followed by a prototype array." if
                                   len(args) < 2 else "Too many input arguments.")
        p = args[1]
        if isinstance(p, str) or (isinstance(p, np.ndarray) and p.dtype.kind == "U"):
            raise CompatTypeError(message)
        p = np.asarray(p)
        if p.dtype.kind == "c" and function == "flintmax":
            cls = matlab_class(p)  # complexity kept below
            return np.complex64 if cls == "single" else np.complex128
        name = matlab_class(p)
        if name not in accepted:
            raise CompatTypeError(message)
        return accepted[name]
    if len(args) > 1:
        raise CompatValueError("Too many input arguments.")
    if not isinstance(first, str):
        raise CompatTypeError(message)
    if first not in accepted:
        raise CompatValueError(message)
    return accepted[first]


_INTMAX_MESSAGE = ('Class name must be a class that supports INTMAX, such as "int64" or '
                   '"uint64".')
_INTMIN_MESSAGE = ('Class name must be a class that supports INTMIN, such as "int64" or '
                   '"uint64".')
_FLINTMAX_MESSAGE = "Class name must be 'double' or 'single'."


@matlab_function("intmax")
def intmax(*args, like=None):
    """Largest value of an integer class, as MATLAB's ``intmax``.

    MATLAB call forms::

        v = intmax              ->  intmax()                 (int32: 2147483647)
        v = intmax(type)        ->  intmax('uint8')
        v = intmax('like', p)   ->  intmax('like', p)  or  intmax(like=p)

    Parameters
    ----------
    type : str, optional
        ``'int8'``, ``'int16'``, ``'int32'`` (the default), ``'int64'``, ``'uint8'``,
        ``'uint16'``, ``'uint32'`` or ``'uint64'``, spelled exactly so (MATLAB's class
        names are case-sensitive).
    like : array_like, optional
        A prototype of an integer class: its class is used (``'like', p`` positionally
        or ``like=p``).

    Returns
    -------
    numpy integer scalar
        The class's largest value *in that class* (``np.int32(2147483647)``), so that
        MATLAB's saturating comparisons and conversions of ported code see an integer
        of the class, not a Python int.

    Raises
    ------
    ValueError
        Another class name: ``'intmax: Class name must be a class that supports
        INTMAX, such as "int64" or "uint64".'`` (MATLAB's message, e.g. for
        ``intmax('double')``); TypeError for a prototype of another class or a
        non-text argument.

    Notes
    -----
    ``np.iinfo(np.int32).max`` is a Python ``int``; ``intmax`` with no argument is
    int32 whatever the platform (MATLAB: "intmax('int32') is the same as intmax with
    no arguments"). numpy has no complex integers, so a complex integer prototype does
    not arise.

    Sources: MATLAB ``intmax`` reference page (its printed examples are goldens in
    reference_outputs/matlab/integer_limits); checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import intmax
    >>> intmax()
    np.int32(2147483647)
    >>> intmax('uint64')
    np.uint64(18446744073709551615)
    >>> intmax('like', np.array([1, 2], dtype=np.int8))
    np.int8(127)
    """
    t = _class_argument("intmax", args, like, "int32", _INTEGER_TYPES, _INTMAX_MESSAGE)
    return t(np.iinfo(t).max)


@matlab_function("intmin")
def intmin(*args, like=None):
    """Smallest value of an integer class, as MATLAB's ``intmin``.

    MATLAB call forms::

        v = intmin              ->  intmin()                 (int32: -2147483648)
        v = intmin(type)        ->  intmin('int8')
        v = intmin('like', p)   ->  intmin('like', p)  or  intmin(like=p)

    Parameters
    ----------
    type : str, optional
        An integer class name (default ``'int32'``), spelled exactly.
    like : array_like, optional
        A prototype of an integer class.

    Returns
    -------
    numpy integer scalar
        The class's smallest value in that class (0 for the unsigned classes).

    Raises
    ------
    ValueError
        Another class name: ``'intmin: Class name must be a class that supports
        INTMIN, such as "int64" or "uint64".'`` (worded as MATLAB's intmax message);
        TypeError for a prototype of another class.

    Notes
    -----
    Sources: MATLAB ``intmin`` reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/integer_limits).

    Examples
    --------
    >>> from compat.matlab import intmin
    >>> intmin()
    np.int32(-2147483648)
    >>> intmin('int8'), intmin('uint16')
    (np.int8(-128), np.uint16(0))
    """
    t = _class_argument("intmin", args, like, "int32", _INTEGER_TYPES, _INTMIN_MESSAGE)
    return t(np.iinfo(t).min)


@matlab_function("flintmax")
def flintmax(*args, like=None):
    """Largest consecutive integer in floating point, as MATLAB's ``flintmax``.

    MATLAB call forms::

        f = flintmax              ->  flintmax()          (2^53 in double)
        f = flintmax(precision)   ->  flintmax('single')  (2^24 in single)
        f = flintmax('like', p)   ->  flintmax('like', p)  or  flintmax(like=p)

    Parameters
    ----------
    precision : {'double', 'single'}, optional
        The floating-point class (default ``'double'``).
    like : array_like, optional
        A double or single prototype; its class and complexity are kept (a complex
        prototype gives ``2^53 + 0i``).

    Returns
    -------
    numpy float scalar
        ``np.float64(2**53)`` = 9007199254740992 or ``np.float32(2**24)`` = 16777216:
        every integer up to it is exactly representable; the next one is not.

    Raises
    ------
    ValueError
        Another class name (``flintmax('int8')``): ``"flintmax: Class name must be
        'double' or 'single'."`` (compat's wording: MATLAB's exact text is not
        published); TypeError for a prototype of another class.

    Examples
    --------
    >>> from compat.matlab import flintmax
    >>> flintmax()
    np.float64(9007199254740992.0)
    >>> f = flintmax('single')
    >>> f.dtype, int(f)
    (dtype('float32'), 16777216)
    """
    t = _class_argument("flintmax", args, like, "double", _FLOAT_TYPES,
                        _FLINTMAX_MESSAGE)
    bits = 24 if t in (np.float32, np.complex64) else 53
    return t(2.0 ** bits)


_SWAPPABLE = "iuf"


@matlab_function("swapbytes")
def swapbytes(X):
    """Reverse the byte order of every element, as MATLAB's ``swapbytes``.

    MATLAB call form::

        Y = swapbytes(X)   ->  swapbytes(np.uint16([1, 256]))

    Parameters
    ----------
    X : array_like
        Real integer (int8 ... uint64), single or double data. A Python number or list
        is double.

    Returns
    -------
    ndarray or numpy scalar
        The same class and shape, each element's bytes in reverse order
        (``swapbytes(uint16(1))`` is 256, ``swapbytes(single(1))`` 4.6006e-41). One-byte
        classes are unchanged. A scalar input gives a numpy scalar.

    Raises
    ------
    TypeError
        Logical, char and other data (``"swapbytes: X must be numeric (integer, single
        or double), not logical"``) and complex data (MATLAB's reference page: the
        elements must be "full, noncomplex numeric elements").

    Notes
    -----
    ``a.byteswap()`` does the same to a native array, but on an array read big-endian
    from a file (``>u2``) it swaps the *stored* bytes, which gives back the values a
    little-endian reader sees; MATLAB's swapbytes works on values. compat reads every
    input as its values first, so ``swapbytes`` of ``np.array([1], '>u2')`` is 256, as
    it is of ``np.array([1], '<u2')``. The input is never modified.

    Sources: MATLAB ``swapbytes`` reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/integer_limits).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import swapbytes
    >>> swapbytes(np.array([1, 256, 0x1234], dtype=np.uint16))
    array([  256,     1, 13330], dtype=uint16)
    >>> swapbytes(np.int8(-3))
    np.int8(-3)
    """
    if isinstance(X, str) or (isinstance(X, np.ndarray) and X.dtype.kind == "U"):
        raise CompatTypeError("X must be numeric (integer, single or double), not char")
    scalar = np.ndim(X) == 0
    try:
        a = np.asarray(X)
    except (ValueError, TypeError) as error:
        raise CompatTypeError(f"X must be a numeric array ({error})") from None
    if a.dtype == np.float16:
        a = a.astype(np.float32)
    kind = a.dtype.kind
    if kind == "c":
        raise CompatTypeError("X must be real: the elements must be full, noncomplex "
                              "numeric elements")
    if kind not in _SWAPPABLE:
        name = "logical" if kind == "b" else matlab_class(a)
        raise CompatTypeError(f"X must be numeric (integer, single or double), not {name}")
    if a.dtype.type is np.longdouble and a.dtype != np.float64:
        raise CompatTypeError(f"X has extended precision ({a.dtype}): MATLAB has only "
                              "double and single")
    out = a.byteswap()  # a new array: the input is never written to
    return out[()] if scalar else out
