"""MATLAB's argument checks that functions run at their top: ``assert``,
``validateattributes``, ``narginchk``, ``nargoutchk``.

They raise :class:`compat.MatlabError` subclasses carrying MATLAB's message
identifier (``error.identifier``) and MATLAB's message text (``error.message``):
``MatlabValueError``/``MatlabTypeError`` (a ``ValueError``/``TypeError``), and for a failed
``assert`` :class:`compat.MatlabAssertionError` (also an ``AssertionError``). As every
compat error, ``str(error)`` starts with the name of the function MATLAB's ``Error
using ...`` line shows.

``assert`` is a Python keyword: the function is ``matlab.assert_`` (``__legacy_names__``
maps the MATLAB spelling to it). Python has no implicit ``nargin``/``nargout``: pass
the count (``narginchk(1, 3, len(args))``). ``validatestring`` lives with the text
functions (:mod:`compat.matlab.chars`).
"""

from __future__ import annotations

import re

import numpy as np

from compat._core import attributes as _attr
from compat._core.errors import (MatlabAssertionError, MatlabTypeError, MatlabValueError)
from compat._core.legacy import matlab_function
from compat._core.matlab_classes import CATEGORIES, class_of, matlab_size, text_scalar
from compat._core.matlab_format import format_text

__all__ = ["assert_", "validateattributes", "narginchk", "nargoutchk"]

__legacy_names__ = {"assert": "assert_"}

#: MATLAB's message identifier: two or more colon-separated components, no blanks
_IDENTIFIER = re.compile(r"^[A-Za-z][\w-]*(?::[\w-]+)+$")


def _condition(cond) -> bool:
    """MATLAB's truth of an assert condition: a logical or numeric scalar (1x1), nonzero
    is true; anything else (an array, ``[]``, text, a cell) is MATLAB's
    ``MATLAB:assertion:LogicalScalar`` error; NaN has no truth value."""
    cls = class_of(cond)
    if (cls != "logical" and cls not in CATEGORIES["numeric"]) or \
            matlab_size(cond) != (1, 1):
        raise MatlabTypeError("The condition input argument must be convertible to a "
                              "scalar logical.", "MATLAB:assertion:LogicalScalar")
    a = np.asarray(cond.toarray() if hasattr(cond, "toarray") else cond).reshape(-1)
    if a.dtype.kind == "c":
        if np.any(a.imag != 0):
            raise MatlabValueError("Complex values cannot be converted to logicals.",
                                   "MATLAB:nologicalcomplex")
        a = a.real
    if a.dtype.kind == "f" and np.isnan(a).any():
        raise MatlabValueError("NaN's cannot be converted to logicals.",
                               "MATLAB:nologicalnan")
    return bool(a[0] != 0)


def _text(value, what: str) -> str:
    return text_scalar(value, f"The {what} must be a character vector or string scalar.",
                       "MATLAB:assertion:invalidInput")


@matlab_function("assert")
def assert_(cond, *args):
    """Throw an error if a condition is false, as MATLAB's ``assert``.

    MATLAB call forms::

        assert(cond)                          ->  matlab.assert_(x > 0)
        assert(cond, msg)                     ->  matlab.assert_(ok, 'Bad input.')
        assert(cond, msg, A1, ..., An)        ->  matlab.assert_(ok, 'n = %d', n)
        assert(cond, errID, msg, A1, ..., An) ->  matlab.assert_(ok, 'my:id', 'n = %d', n)

    Raises :class:`compat.MatlabAssertionError` (a ``ValueError`` and an
    ``AssertionError``) when ``cond`` is false, with MATLAB's texts: "Assertion failed."
    and the identifier ``MATLAB:assertion:failed`` by default (MATLAB's ``assert``
    reference page prints "Error using assert / Assertion failed."; GNU Octave 7.3 says
    "assert (cond) failed" instead). A message with no further arguments is used as
    it is, escapes and ``%`` left alone (as MATLAB's ``error(msg)``; Octave 7.3 agrees);
    with arguments it is formatted by MATLAB's ``sprintf`` rules (compat's one engine,
    :mod:`compat._core.matlab_format`): the reference page prints "Product is type
    single, not double." for ``assert(isa(c,'double'),'Product is type %s, not
    double.',class(c))``. The second argument is an identifier when a message follows it
    and it has MATLAB's identifier form (``component:component``, no blanks).

    Unlike Python's ``assert`` statement it runs under ``python -O`` and carries
    MATLAB's identifier (``error.identifier``) and message (``error.message``).

    A condition is a logical or numeric scalar, true when nonzero. Anything else -- an
    array, ``[]``, text, a cell -- raises :class:`compat.MatlabTypeError` "The condition
    input argument must be convertible to a scalar logical."
    (``MATLAB:assertion:LogicalScalar``): MATLAB's text in a MathWorks live script's
    output for ``assert(result == newresult)`` on tables, and the identifier matRad's
    MATLAB tests expect for an array condition; GNU Octave 7.3 instead asserts that every
    element is nonzero (``assert([1 1])`` passes, ``assert([])`` fails). NaN and complex
    values are refused as MATLAB's ``logical`` refuses them.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.assert_(3 > 2)
    >>> matlab.assert_(1 > 2, 'x is %d, want more than %d.', 1, 2)
    Traceback (most recent call last):
    ...
    compat.MatlabAssertionError: assert: x is 1, want more than 2.
    """
    if _condition(cond):
        return None
    identifier, message = "MATLAB:assertion:failed", "Assertion failed."
    if args:
        first = _text(args[0], "message")
        if len(args) >= 2 and _IDENTIFIER.match(first):
            identifier, message, values = first, _text(args[1], "message"), args[2:]
        else:
            identifier, message, values = "", first, args[1:]
        if values:
            message = format_text(message, list(values))
    raise MatlabAssertionError(message, identifier)


def _context(args):
    """``funcName``, ``varName``, ``argIndex`` from validateattributes' optional tail."""
    func_name = var_name = arg_index = None
    rest = list(args)
    if len(rest) > 3:
        raise MatlabTypeError("Too many input arguments.", "MATLAB:TooManyInputs")
    if rest and not isinstance(rest[0], str):
        if len(rest) > 1:
            raise MatlabTypeError("Too many input arguments.", "MATLAB:TooManyInputs")
        arg_index = _index(rest[0])
        return func_name, var_name, arg_index
    if rest:
        func_name = rest[0] or None
    if len(rest) > 1:
        if not isinstance(rest[1], str):
            raise MatlabTypeError("varName must be a character vector or string scalar.",
                                  "MATLAB:validateattributes:badVarName")
        var_name = rest[1] or None
    if len(rest) > 2:
        arg_index = _index(rest[2])
    return func_name, var_name, arg_index


def _index(value) -> int:
    a = np.asarray(value)
    if a.size != 1 or a.dtype.kind not in "iuf" or not np.isfinite(a).all() or \
            a.reshape(-1)[0] < 1 or float(a.reshape(-1)[0]) != int(a.reshape(-1)[0]):
        raise MatlabValueError("argIndex must be a positive integer.",
                               "MATLAB:validateattributes:badArgPosition")
    return int(a.reshape(-1)[0])


def _names(classes) -> list[str]:
    if isinstance(classes, str):
        return [classes]
    if isinstance(classes, np.ndarray) and classes.dtype.kind in "UT":
        return [str(c) for c in classes.ravel()]
    if isinstance(classes, (list, tuple)) or (isinstance(classes, np.ndarray) and
                                              classes.dtype.kind == "O"):
        items = list(np.asarray(classes, dtype=object).ravel()) \
            if isinstance(classes, np.ndarray) else list(classes)
        if all(isinstance(c, str) for c in items):
            return items
    raise MatlabTypeError("The classes input must be a cell array of character vectors.",
                          "MATLAB:validateattributes:badClassList")


def _attribute_list(attributes) -> list[tuple[str, object]]:
    """The attributes cell as ``(name, parameter)`` pairs (names lower-cased)."""
    if isinstance(attributes, np.ndarray) and attributes.dtype.kind == "O":
        items = list(attributes.ravel())
    elif isinstance(attributes, (list, tuple)):
        items = list(attributes)
    elif isinstance(attributes, str):
        items = [attributes]
    else:
        raise MatlabTypeError("The attributes input must be a cell array.",
                              "MATLAB:validateattributes:badAttributeList")
    pairs, k = [], 0
    while k < len(items):
        name = items[k]
        if not isinstance(name, str) or name.lower() not in _attr.ATTRIBUTES:
            raise MatlabValueError(f"Unknown attribute {name!r}: the attributes are "
                                   f"{', '.join(_attr.ATTRIBUTES)}.",
                                   "MATLAB:validateattributes:unrecognizedAttribute")
        name = name.lower()
        if name in _attr.PARAMETER_ATTRIBUTES:
            if k + 1 >= len(items):
                raise MatlabValueError(f"The '{name}' attribute must be followed by its "
                                       f"value.", "MATLAB:validateattributes:missingValue")
            pairs.append((name, items[k + 1]))
            k += 2
        else:
            pairs.append((name, None))
            k += 1
    return pairs


@matlab_function("validateattributes")
def validateattributes(A, classes, attributes, *context):
    """Check an array's class and attributes, as MATLAB's ``validateattributes``.

    MATLAB call forms::

        validateattributes(A, classes, attributes)
        validateattributes(A, classes, attributes, argIndex)
        validateattributes(A, classes, attributes, funcName)
        validateattributes(A, classes, attributes, funcName, varName)
        validateattributes(A, classes, attributes, funcName, varName, argIndex)

        ->  matlab.validateattributes(x, ['numeric'], ['positive', 'size', [1, 3]])

    ``classes`` is a list of class names (compat's :func:`compat.matlab.class_`
    classes) or the categories 'numeric' (not logical, not char), 'float', 'integer';
    an empty list accepts any class. ``attributes`` lists MATLAB's attributes: '2d',
    '3d', 'column', 'row', 'scalar', 'scalartext' (a char row vector, ``''`` or a
    string scalar), 'vector', 'square', 'diag', 'nonempty',
    'nonsparse', 'binary', 'even', 'odd', 'integer', 'real', 'finite', 'nonnan',
    'nonnegative', 'nonzero', 'positive', 'decreasing', 'increasing',
    'nondecreasing', 'nonincreasing' (strictness along the first non-singleton
    dimension, as ``diff``), and with a value after them 'size' (NaN: any length),
    'numel', 'ncols', 'nrows', 'ndims', '>', '>=', '<', '<='. Shapes are MATLAB's
    (a 1-D array is a 1xN row, ``''`` 0x0).

    The class is checked first, then the attributes in the order given; the first
    failure raises :class:`compat.MatlabTypeError` (class, identifier
    ``MATLAB:invalidType``) or :class:`compat.MatlabValueError` (attribute, identifier
    ``MATLAB:expected<Attribute>``, ``MATLAB:incorrectSize``/``incorrectNumel``/...,
    ``MATLAB:notGreater``/``notLess``/... for the comparisons; with ``funcName``,
    ``MATLAB:<funcName>:...``), with MATLAB's message ("Expected input to be
    positive."; "Expected input number 2, x, to be positive." with ``varName`` and
    ``argIndex``; "Expected x to be a scalar with value < 8." for a scalar compared).
    With ``funcName`` the error is bound to that name (MATLAB's ``Error using funcName``
    line): ``str(error)`` starts with it. The sources of the texts (MATLAB's reference
    page, MATLAB Coder's generated code, print-outs) are listed in
    :mod:`compat._core.attributes`.

    MATLAB's wording differs from GNU Octave 7.3's ("input must be positive",
    ``Octave:expected-positive``). Which values pass mostly agrees, but Octave tests
    monotonicity in memory order (``A(:)``) where MATLAB tests down each column (the
    reference page's ``[1 5 8 2; 9 6 9 4]`` is increasing), and Octave lets a complex
    value pass 'nonnegative' where MATLAB refuses it ("Expected input number 2 to be
    nonnegative." for ``complex(1,1)``). NaN passes 'positive', 'nonnegative' and
    'nonzero' (no element is <= 0, < 0, == 0: Octave 7.3 and MATLAB Coder's code) and
    fails the comparisons, 'integer' and the monotonicity tests.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.validateattributes(np.array([[1, 5, 8, 2], [9, 6, 9, 4]]),
    ...                           ['double', 'int64'], ['increasing'])
    >>> matlab.validateattributes(np.zeros((3, 5, 2)), ['numeric'], ['size', [4, 6, 2]])
    Traceback (most recent call last):
    ...
    compat.MatlabValueError: validateattributes: Expected input to be of size 4x6x2 when it is actually size 3x5x2.
    """
    func_name, var_name, arg_index = _context(context)
    names = _names(classes)
    pairs = _attribute_list(attributes)
    who = _attr.describe(var_name, arg_index)
    try:
        _attr.check_class(A, names, who, func_name)
        for name, parameter in pairs:
            if name in (">", ">=", "<", "<="):
                _attr.check_comparison(A, name, parameter, who, func_name)
            else:
                _attr.check_attribute(A, name, parameter, who, func_name)
    except (MatlabTypeError, MatlabValueError) as error:
        if func_name:
            error.bind(func_name)
        raise


def _count_limit(value, name: str, infinite: bool) -> float:
    a = np.asarray(value)
    if a.size != 1 or a.dtype.kind not in "iuf":
        raise MatlabTypeError(f"{name} must be a numeric scalar.",
                              "MATLAB:narginchk:invalidInput")
    v = float(a.reshape(-1)[0])
    if np.isnan(v) or (np.isinf(v) and not (infinite and v > 0)) or \
            (np.isfinite(v) and v != int(v)):
        raise MatlabValueError(f"{name} must be an integer{' or Inf' if infinite else ''}.",
                               "MATLAB:narginchk:invalidInput")
    return v


def _check_count(function: str, kind: str, low, high, count) -> None:
    lo = _count_limit(low, "minArgs", False)
    hi = _count_limit(high, "maxArgs", True)
    if lo > hi:
        raise MatlabValueError("minArgs must be less than or equal to maxArgs.",
                               f"MATLAB:{function}:invalidInput")
    n = _count_limit(count, f"the number of {kind} arguments", False)
    if n < lo:
        raise MatlabTypeError(f"Not enough {kind} arguments.",
                              f"MATLAB:{function}:notEnough{kind.capitalize()}s")
    if n > hi:
        raise MatlabTypeError(f"Too many {kind} arguments.",
                              f"MATLAB:{function}:tooMany{kind.capitalize()}s")


@matlab_function("narginchk")
def narginchk(minArgs, maxArgs, count):
    """Check the number of input arguments, as MATLAB's ``narginchk``.

    MATLAB call form::

        narginchk(minArgs, maxArgs)           ->  matlab.narginchk(2, 3, nargin)

    Python has no implicit ``nargin``: pass the count a port computes
    (``len(args)`` of ``*args``, or the number of parameters not left at their default).
    ``maxArgs`` may be ``inf``. Raises :class:`compat.MatlabTypeError` (a ``TypeError``,
    what Python raises for a wrong argument count) with MATLAB's texts: "Not enough
    input arguments." (``MATLAB:narginchk:notEnoughInputs``) and "Too many input
    arguments." (``MATLAB:narginchk:tooManyInputs``); GNU Octave 7.3 says
    "narginchk: not enough input arguments". MATLAB names the calling function in its
    ``Error using`` line; compat's ``str(error)`` starts with ``narginchk``.

    Examples
    --------
    >>> from compat import matlab
    >>> def f(*args):
    ...     matlab.narginchk(1, 2, len(args))
    ...     return len(args)
    >>> f(1)
    1
    >>> f()
    Traceback (most recent call last):
    ...
    compat.MatlabTypeError: narginchk: Not enough input arguments.
    """
    _check_count("narginchk", "input", minArgs, maxArgs, count)


@matlab_function("nargoutchk")
def nargoutchk(minArgs, maxArgs, count):
    """Check the number of output arguments, as MATLAB's ``nargoutchk``.

    MATLAB call form::

        nargoutchk(minArgs, maxArgs)          ->  matlab.nargoutchk(0, 2, nargout)

    Pass the count: in a port, the ``nargout`` keyword its function takes (compat's
    multiple-output convention). Raises :class:`compat.MatlabTypeError` with MATLAB's
    texts "Not enough output arguments." (``MATLAB:nargoutchk:notEnoughOutputs``) and
    "Too many output arguments." (``MATLAB:nargoutchk:tooManyOutputs``). MATLAB's
    older forms that return the message (``msg = nargoutchk(low, high, n, 'string')``)
    are not provided.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.nargoutchk(0, 1, 2)
    Traceback (most recent call last):
    ...
    compat.MatlabTypeError: nargoutchk: Too many output arguments.
    """
    _check_count("nargoutchk", "output", minArgs, maxArgs, count)
