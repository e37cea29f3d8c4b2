"""Argument parsing and dimension mapping shared by every compat routine.

MATLAB side: ``[]``/``None`` for an omitted positional argument, option strings and
name-value pairs accepted positionally (case-insensitive, as MATLAB) and as Python
keywords, ``dim`` arguments (1-based, default the first non-singleton dimension), and
``nargout``.

IDL side: ``DIMENSION`` arguments (1 = IDL's first dimension = numpy's last axis).
"""

from __future__ import annotations

import copy
import functools

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError, matlab_error

__all__ = ["is_omitted", "split_options", "name_value", "check_nargout",
           "first_nonsingleton", "matlab_dim", "idl_dimension", "idl_reduction_axis",
           "interleaved_options", "option_choice", "at_most_inputs",
           "prefix_matches", "on_off_word", "by_value"]


def is_omitted(value) -> bool:
    """True for ``None`` and MATLAB's ``[]`` (an empty list, tuple or 0-size array)."""
    if value is None:
        return True
    if isinstance(value, (list, tuple)) and len(value) == 0:
        return True
    return isinstance(value, np.ndarray) and value.size == 0 and value.dtype.kind != "U"


def _value_copy(value):
    if isinstance(value, np.ndarray):
        return value.copy()
    if isinstance(value, (list, dict)) or hasattr(value, "tocsc"):
        return copy.deepcopy(value)       # a cell, a struct, a sparse matrix
    if isinstance(value, tuple):
        return tuple(_value_copy(v) for v in value)
    return value                          # str, Python and numpy scalars: immutable


def by_value(fun):
    """``fun`` called the way MATLAB calls a function handle: every argument by value.

    MATLAB passes arguments by value, so a user function that changes its argument
    (``x(1) = max(x(1), 0)``, ported as ``x[0] = max(x[0], 0)``) changes its own copy
    only. A Python callable gets the caller's object, so a routine that hands its working
    array (or the user's data) to ``fun`` would see the change. The wrapper gives ``fun``
    a copy of every array, list (cell), dict (struct) and sparse argument; immutable
    arguments are passed as they are. Cost: one copy of each argument per call.
    ``by_value(None)`` is ``None`` and a wrapper is not wrapped twice.
    """
    if fun is None or getattr(fun, "_compat_by_value", False):
        return fun

    @functools.wraps(fun)
    def call(*args, **kwargs):
        return fun(*(_value_copy(a) for a in args), **kwargs)

    call._compat_by_value = True
    return call


def split_options(args) -> tuple[list, list[str]]:
    """Split trailing MATLAB option strings off positional arguments.

    ``split_options((x, v, xq, 'pchip', 'extrap'))`` -> ``([x, v, xq], ['pchip', 'extrap'])``.
    Strings are returned as given (compare them case-insensitively).
    """
    args = list(args)
    first = len(args)
    while first > 0 and isinstance(args[first - 1], str):
        first -= 1
    return args[:first], args[first:]


def name_value(function: str, pairs, kwargs: dict, defaults: dict) -> dict:
    """Read MATLAB name-value pairs given positionally and/or as Python keywords.

    Parameters
    ----------
    function : str
        The MATLAB function name, for error messages.
    pairs : sequence
        Positional ``name, value, name, value, ...`` (names case-insensitive).
    kwargs : dict
        Python keywords (``endpoints='discard'``), names case-insensitive too.
    defaults : dict
        Every accepted name (in MATLAB's spelling) and its default.

    Returns
    -------
    dict keyed by MATLAB's spelling of each name.
    """
    spelling = {name.lower(): name for name in defaults}
    values = dict(defaults)
    given = set()
    pairs = list(pairs)
    if len(pairs) % 2:
        raise matlab_error(function, f"name-value arguments must come in pairs; "
                           f"{pairs[-1]!r} has no value")
    items = list(zip(pairs[::2], pairs[1::2])) + list(kwargs.items())
    for name, value in items:
        if not isinstance(name, str):
            raise matlab_error(function, f"expected a parameter name, got {name!r}", TypeError)
        key = spelling.get(name.lower())
        if key is None:
            accepted = ", ".join(f"'{n}'" for n in defaults)
            raise matlab_error(function, f"unknown parameter name '{name}'; accepted: "
                               f"{accepted}")
        if key in given:
            raise matlab_error(function, f"parameter '{key}' is given twice")
        given.add(key)
        values[key] = value
    return values


def interleaved_options(args, kwargs: dict, names: dict[str, str],
                        allowed=lambda data: True,
                        shortest_prefix: int | None = None) -> tuple[list, dict]:
    """Split name-value options that stand among positional data arguments, as
    cellfun's 'UniformOutput' or containers.Map's 'KeyType' do.

    ``names`` maps each lower-case option name to MATLAB's spelling. A text argument
    naming an option and followed by another argument is that option's name and value
    when ``allowed(data)`` (the data arguments read so far) says an option may stand
    there; any other argument is data. Python keywords (names case-insensitive) come
    after. Returns ``(data, options given)``; an unknown keyword is a TypeError naming
    the accepted options. ``shortest_prefix``: a text argument of at least that many
    characters that begins exactly one option name also names it (cellfun's ``'uni'``).
    """
    args = list(args)
    data, options = [], {}

    def option_name(a):
        if not isinstance(a, str):
            return None
        low = a.lower()
        if low in names:
            return names[low]
        if shortest_prefix is not None and len(low) >= shortest_prefix:
            found = [n for n in names if n.startswith(low)]
            if len(found) == 1:
                return names[found[0]]
        return None

    i = 0
    while i < len(args):
        a = args[i]
        name = option_name(a)
        if name is not None and i + 1 < len(args) and allowed(data):
            options[name] = args[i + 1]
            i += 2
            continue
        data.append(a)
        i += 1
    for key, value in kwargs.items():
        if key.lower() not in names:
            accepted = ", ".join(f"'{n}'" for n in names.values())
            raise CompatTypeError(f"unknown parameter '{key}'; accepted: {accepted}")
        options[names[key.lower()]] = value
    return data, options


def prefix_matches(word: str, names) -> list[str]:
    """MATLAB's matching of an option or parameter name among ``names`` (validatestring,
    statset, odeset, optimset): case-insensitive, an exact match wins, else every name
    that ``word`` begins (all of them for an empty word). The caller words the errors: no
    match, or more than one (ambiguous)."""
    low = word.lower()
    exact = [n for n in names if n.lower() == low]
    return exact or [n for n in names if n.lower().startswith(low)]


def on_off_word(value) -> bool | None:
    """MATLAB's ``'on'``/``'off'`` option words (any case): True for 'on', False for
    'off', None for anything else (the caller decides what else it takes: a logical, a
    default, or its own error message)."""
    if isinstance(value, str):
        word = value.lower()
        if word in ("on", "off"):
            return word == "on"
    return None


def option_choice(name: str, value, choices: tuple[str, ...]) -> str:
    """A name-value option that is one of ``choices`` (lower-case words), compared
    case-insensitively; returns it lower-cased. Otherwise a ValueError
    ``'Name' must be 'a', 'b' or 'c', got value``."""
    word = str(value).lower()
    if word not in choices:
        words = ", ".join(f"'{c}'" for c in choices[:-1]) + f" or '{choices[-1]}'"
        raise CompatValueError(f"'{name}' must be {words}, got {value!r}")
    return word


def at_most_inputs(values, maximum: int) -> None:
    """MATLAB's count of the arguments after the fixed ones (numeric arguments among the
    options, trailing positional ones): more than ``maximum`` is MATLAB's "Too many input
    arguments." (a ValueError raised unbound; the routine's decorator names it)."""
    if len(values) > maximum:
        raise CompatValueError("Too many input arguments.")


def check_nargout(nargout, maximum: int, *, minimum: int = 1,
                  message: str | None = None) -> int:
    """The one check of a MATLAB ``nargout``: an integer (not a bool) from ``minimum``
    (1, or 0 for a function that also runs as a statement) to ``maximum``; returns it as
    an int.

    The decorator (``@matlab_function(name, nargout=N)``) checks 1..N with it before the
    call; a function whose output count depends on its arguments (regexp's selectors,
    gradient's dimensions, fopen's call form) or that runs with ``nargout=0``
    (``nargout=None`` in its decorator) calls it itself. ``message`` is the routine's
    own wording, a ``str.format`` template with the fields ``nargout``, ``minimum`` and
    ``maximum``; by default ``nargout must be an integer from 1 to 3, got 4``. The error
    is raised unbound (the routine's decorator names it).
    """
    if isinstance(nargout, bool) or not isinstance(nargout, (int, np.integer)) or \
            not minimum <= nargout <= maximum:
        if message is None:
            message = "nargout must be an integer from {minimum} to {maximum}, got {nargout!r}"
        raise CompatValueError(message.format(nargout=nargout, minimum=minimum,
                                              maximum=maximum))
    return int(nargout)


def first_nonsingleton(shape) -> int:
    """MATLAB's default ``dim``: the first dimension whose size is not 1 (1-based).

    A 1-D numpy array is a MATLAB vector, so its only axis is ``dim`` 1 here; a scalar or
    an all-ones shape gives 1.
    """
    for axis, size in enumerate(shape):
        if size != 1:
            return axis + 1
    return 1


def matlab_dim(function: str, dim, ndim: int) -> int:
    """Validate a MATLAB ``dim`` (a positive integer) and return the numpy axis.

    A ``dim`` beyond the array's dimensions is legal in MATLAB (a trailing singleton
    dimension): the returned axis is then ``>= ndim`` and the caller treats it as size 1.
    """
    if isinstance(dim, bool) or not isinstance(dim, (int, np.integer, float, np.floating)) \
            or dim != int(dim) or dim < 1:
        raise matlab_error(function, f"dimension argument must be a positive integer "
                           f"scalar, got {dim!r}")
    return int(dim) - 1


def idl_dimension(dimension, ndim: int) -> int:
    """Validate an IDL ``DIMENSION`` (1..ndim, IDL order) and return the numpy axis; the
    error is raised unbound (the routine's decorator names it)."""
    if isinstance(dimension, bool) or not isinstance(dimension, (int, np.integer)) or \
            not 1 <= dimension <= ndim:
        raise CompatValueError(f"Illegal keyword value for DIMENSION: {dimension!r} "
                               f"(the array has {ndim} dimension{'s' if ndim != 1 else ''})")
    return ndim - int(dimension)


def idl_reduction_axis(dimension, ndim: int) -> int | None:
    """The numpy axis of a reduction's IDL ``Dimension`` argument (TOTAL, MEAN, PRODUCT
    ...): None for "all elements" (absent or 0), else 1..ndim in IDL order. Errors are
    raised unbound (the routine's decorator names it)."""
    if dimension is None:
        return None
    if isinstance(dimension, bool) or not isinstance(dimension, (int, np.integer)):
        raise CompatTypeError(f"Dimension must be an integer, got {dimension!r}")
    if dimension == 0:
        return None
    if not 1 <= dimension <= ndim:
        raise CompatValueError(f"Illegal value for Dimension: {int(dimension)} (the "
                               f"array has {ndim} dimension{'s' if ndim != 1 else ''})")
    return ndim - int(dimension)
