"""MATLAB's ``matlab.lang.makeValidName`` and ``matlab.lang.makeUniqueStrings`` as
``matlab.makevalidname`` and ``matlab.makeuniquestrings`` (``__legacy_names__``), over
:mod:`compat._core.identifiers`."""

from __future__ import annotations

import numpy as np

from compat._core import identifiers as core
from compat._core.args import prefix_matches
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function

__legacy_names__ = {"matlab.lang.makeValidName": "makevalidname",
                    "matlab.lang.makeUniqueStrings": "makeuniquestrings"}
__all__ = ["makevalidname", "makeuniquestrings"]


def _texts(value, name: str):
    """``(list of str, was a single text)``."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, str):
        return [value], True
    if isinstance(value, np.ndarray) and value.dtype.kind == "U":
        return [str(v) for v in value.ravel(order="F")], value.size == 1 and value.ndim == 0
    if isinstance(value, (list, tuple)) and all(isinstance(v, str) for v in value):
        return list(value), False
    raise CompatTypeError(f"{name} must be a character vector, a cell array of character "
                          "vectors or a string array.")


def _shaped(names, single, like):
    if single:
        return names[0]
    if isinstance(like, np.ndarray):
        return np.array(names, dtype=str).reshape(like.shape, order="F")
    return names


@matlab_function("matlab.lang.makeValidName", nargout=2)
def makevalidname(S, *args, nargout=1, **name_value):
    """Valid MATLAB identifiers from text, as ``matlab.lang.makeValidName``.

    MATLAB call forms::

        N = matlab.lang.makeValidName(S)                          ->  makevalidname(S)
        N = matlab.lang.makeValidName(S, 'ReplacementStyle', rs)  ->  'underscore',
                                                                      'delete', 'hex'
        N = matlab.lang.makeValidName(S, 'Prefix', p)             ->  default 'x'
        [N, modified] = matlab.lang.makeValidName(___)            ->  nargout=2

    ``S``: a text, a list of texts (a cell array) or a numpy string array; the result
    has the same form. White space is removed and the next letter upper-cased, other
    invalid characters replaced (or removed, or written as ``0x2D``), names not
    starting with a letter get the prefix, keywords get the prefix and a capital
    (``for`` -> ``xFor``), at most 63 characters. ``modified`` marks the changed ones.

    Differences from a Python ``str.isidentifier`` fix-up: MATLAB's keywords, not
    Python's (``class`` and ``import`` are valid MATLAB names), no leading underscore.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.makevalidname(['Item_#', 'Price/Unit', '1st order', 'for', 'class'])
    ['Item__', 'Price_Unit', 'x1stOrder', 'xFor', 'class']
    """
    names, single = _texts(S, "S")
    options = {"ReplacementStyle": "underscore", "Prefix": "x"}
    pairs = list(args) + [v for kv in name_value.items() for v in kv]
    if len(pairs) % 2:
        raise CompatValueError("Parameter names and values must come in pairs.")
    for key, value in zip(pairs[::2], pairs[1::2]):
        hit = prefix_matches(str(key), tuple(options)) if isinstance(key, str) else []
        if len(hit) != 1:
            raise CompatValueError(f"'{key}' is not a recognized parameter.")
        options[hit[0]] = value
    style = str(options["ReplacementStyle"]).lower()
    if style not in ("underscore", "delete", "hex"):
        raise CompatValueError("Expected ReplacementStyle to match one of these values: "
                               "'underscore', 'delete', 'hex'")
    prefix = str(options["Prefix"])
    if not core.is_valid(prefix):
        raise CompatValueError("The prefix must be a valid MATLAB variable name.")
    out = [core.make_valid_name(n, style=style, prefix=prefix) for n in names]
    result = _shaped(out, single, S)
    if nargout == 1:
        return result
    modified = np.array([a != b for a, b in zip(out, names)])
    return result, (modified[0] if single else modified.reshape(1, -1))


@matlab_function("matlab.lang.makeUniqueStrings", nargout=2)
def makeuniquestrings(S, excluded=None, max_length=None, *, nargout=1):
    """Unique strings, as ``matlab.lang.makeUniqueStrings``.

    MATLAB call forms::

        U = matlab.lang.makeUniqueStrings(S)                  ->  makeuniquestrings(S)
        U = matlab.lang.makeUniqueStrings(S, excludedStrings) ->  also unlike those
        U = matlab.lang.makeUniqueStrings(S, IND)             ->  change only S(IND)
                                                                  (1-based or logical)
        U = matlab.lang.makeUniqueStrings(S, ___, maxLength)
        [U, modified] = matlab.lang.makeUniqueStrings(___)    ->  nargout=2

    The first of equal strings is kept; later ones, and strings equal to an excluded
    one, get ``_1``, ``_2`` ... (the smallest number free); strings longer than
    ``maxLength`` are cut first, and a suffix shortens the stem to fit.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.makeuniquestrings(['a', 'b', 'a', 'c', 'a'], ['b'])
    ['a', 'b_1', 'a_1', 'c', 'a_2']
    """
    names, single = _texts(S, "S")
    kwargs = {}
    if excluded is not None:
        if isinstance(excluded, (str, bytes)) or (isinstance(excluded, (list, tuple)) and
                                                 all(isinstance(v, str) for v in excluded)
                                                 and len(excluded) > 0):
            kwargs["excluded"] = _texts(excluded, "excludedStrings")[0]
        else:
            ind = np.asarray(excluded)
            if ind.size == 0:
                pass
            elif ind.dtype == bool:
                kwargs["check"] = [int(k) for k in np.nonzero(ind.ravel())[0]]
            else:
                kwargs["check"] = [int(k) - 1 for k in ind.ravel()]
    if max_length is not None:
        kwargs["max_length"] = int(np.asarray(max_length).reshape(-1)[0])
    out, changed = core.make_unique(names, **kwargs)
    result = _shaped(out, single, S)
    if nargout == 1:
        return result
    return result, (changed[0] if single else np.array(changed).reshape(1, -1))
