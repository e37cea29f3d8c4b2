"""MATLAB's ``inputParser``: required, optional and name-value arguments of a function.

``p = matlab.inputparser()`` is MATLAB's ``p = inputParser``; the scheme is built with
the object's methods under MATLAB's names (``p.addRequired``, ``p.addOptional``,
``p.addParameter``, ``p.addParamValue``, ``p.parse``) or with the function forms MATLAB
code also uses (``addRequired(p, ...)`` -> ``matlab.addrequired(p, ...)``, ...,
``parse(p, varargin{:})`` -> ``matlab.parse(p, *varargin)``), and the outcome is read
from the same properties: ``Results``, ``UsingDefaults``, ``Unmatched``,
``Parameters``, with ``FunctionName``, ``CaseSensitive``, ``KeepUnmatched``,
``PartialMatching`` and ``StructExpand`` set as in MATLAB.

The parsing rules (MATLAB's inputParser reference pages and their examples, R2023b):

* required arguments are positional and come first; too few is MATLAB's "Not enough
  input arguments.";
* an optional argument is positional too. Its value is checked by its validation
  function; a value that fails, or any text when the argument has no validation
  function, is not the optional argument's value but the first parameter name (as the
  addOptional page's tip says: give optional text arguments a validation function);
* then name-value pairs, in any order: names matched without regard to case unless
  ``CaseSensitive``, by a leading part when ``PartialMatching`` (an exact match wins;
  among several partial matches the lowest ``PartialMatchPriority`` wins, a tie is
  ambiguous), a structure standing for its fields' pairs when ``StructExpand``, the last
  of repeated names winning; unknown names are an error unless ``KeepUnmatched``, which
  keeps them in ``Unmatched``;
* a validation function passes when it returns true or returns nothing; false is
  "The value of 'x' is invalid. It must satisfy the function: <its text>."; an error it
  raises becomes "The value of 'x' is invalid. <its message>", where 'x' is the name as
  the caller wrote it.

``Results`` holds every argument of the scheme (fields in ``sort`` order, as MATLAB
shows them), ``Parameters`` the names in that order, ``UsingDefaults`` the names that
took their default.

Errors while building the scheme use MATLAB's text where it is published (a name
defined twice: "A parameter name equivalent to 'A' already exists in the input parser.
Redefining a parameter is not allowed.", quoted in MATLAB Answers 2036011); the other
scheme errors (a required argument after an optional one, a positional argument after
a name-value one, an invalid name) are compat's wording with MATLAB-style identifiers.
The order of ``UsingDefaults`` is not documented by MathWorks; compat lists the names
sorted.

Differences from the naive Python port: ``argparse`` and keyword arguments do not
match names by prefix or without case, do not let a struct stand for its fields, and
report errors in their own words.
"""

from __future__ import annotations

import numpy as np

from compat._core.args import by_value, prefix_matches
from compat._core.errors import CompatError, MatlabTypeError, MatlabValueError
from compat._core.legacy import matlab_function
from compat._core.struct import MatlabStruct

__all__ = ["inputparser", "addrequired", "addoptional", "addparameter", "addparamvalue",
           "parse"]
__legacy_names__ = {"inputParser": "inputparser", "addRequired": "addrequired",
                    "addOptional": "addoptional", "addParameter": "addparameter",
                    "addParamValue": "addparamvalue"}

_NO_DEFAULT = object()


def _text(value):
    """A character vector or string scalar as ``str``, anything else ``None``."""
    if isinstance(value, str):
        return value
    if isinstance(value, np.ndarray) and value.dtype.kind in "UT" and value.size == 1:
        return str(value.reshape(-1)[0])
    return None


def _function_text(function) -> str:
    """How MATLAB prints a validation function in its message: ``func2str``, which
    gives a named function without ``@`` (``ischar``) and an anonymous one as written."""
    text = getattr(function, "__matlab_text__", None)
    if text:
        return text
    name = getattr(function, "__legacy_name__", None) or getattr(function, "__name__", "")
    return name if name and name != "<lambda>" else "@(x)..."


class _Argument:
    __slots__ = ("name", "kind", "default", "validator", "priority")

    def __init__(self, name, kind, default=_NO_DEFAULT, validator=None, priority=1):
        self.name, self.kind, self.default = name, kind, default
        self.validator, self.priority = validator, priority


class InputParser:
    """MATLAB's ``inputParser`` object (made by :func:`inputparser`)."""

    def __init__(self):
        self.FunctionName = ""
        self.CaseSensitive = False
        self.KeepUnmatched = False
        self.PartialMatching = True
        self.StructExpand = True
        self._arguments: list[_Argument] = []
        self.Results = MatlabStruct()
        self.Unmatched = MatlabStruct()
        self.UsingDefaults = np.empty((1, 0), dtype=object)

    # ------------------------------------------------------------------ the scheme
    @property
    def Parameters(self) -> np.ndarray:
        """The names of the scheme, in ``sort`` order (a 1xN cell)."""
        return _row(sorted(a.name for a in self._arguments))

    def _add(self, kind, name, default, validator, priority=1):
        name = _text(name)
        if name is None or not name.isidentifier():
            raise MatlabValueError("Argument name must be a valid MATLAB identifier "
                                   "(a character vector or string scalar).",
                                   "MATLAB:InputParser:ParamNameInvalid")
        same = (lambda a: a == name) if self.CaseSensitive else \
            (lambda a: a.lower() == name.lower())
        if any(same(a.name) for a in self._arguments):
            raise MatlabValueError(
                f"A parameter name equivalent to '{name}' already exists in the input "
                f"parser. Redefining a parameter is not allowed.",
                "MATLAB:InputParser:ParamAlreadyExists")
        if validator is not None and not callable(validator):
            raise MatlabTypeError("The validation function must be a function handle.",
                                  "MATLAB:InputParser:ValidationFcnNotFunctionHandle")
        if kind != "parameter" and any(a.kind == "parameter" for a in self._arguments):
            raise MatlabValueError("Positional arguments must be added before "
                                   "name-value arguments.",
                                   "MATLAB:InputParser:PositionalAfterParameter")
        if kind == "required" and any(a.kind == "optional" for a in self._arguments):
            raise MatlabValueError("Required arguments must be added before optional "
                                   "ones.", "MATLAB:InputParser:RequiredAfterOptional")
        self._arguments.append(_Argument(name, kind, default, validator, priority))

    def addRequired(self, argName, validationFcn=None):
        """``addRequired(p, argName, validationFcn)``: a required positional argument."""
        self._add("required", argName, _NO_DEFAULT, validationFcn)

    def addOptional(self, argName, defaultVal, validationFcn=None):
        """``addOptional(p, argName, defaultVal, validationFcn)``: an optional positional
        argument (give optional text arguments a validation function: module docstring)."""
        self._add("optional", argName, defaultVal, validationFcn)

    def addParameter(self, paramName, defaultVal, validationFcn=None, *options,
                     PartialMatchPriority=1):
        """``addParameter(p, paramName, defaultVal, validationFcn,
        'PartialMatchPriority', n)``: an optional name-value argument."""
        if _text(validationFcn) is not None and not options:     # no validator given
            options, validationFcn = (validationFcn,) + options, None
        for name, value in zip(options[::2], options[1::2]):
            if (_text(name) or "").lower() != "partialmatchpriority":
                raise MatlabValueError(f"'{name}' is not a recognized parameter. For a "
                                       f"list of valid name-value pair arguments, see the "
                                       f"documentation for this function.",
                                       "MATLAB:InputParser:UnmatchedParameter")
            PartialMatchPriority = value
        priority = float(np.asarray(PartialMatchPriority).reshape(-1)[0])
        if priority < 1 or priority != int(priority):
            raise MatlabValueError("PartialMatchPriority must be a positive integer.",
                                   "MATLAB:InputParser:InvalidPartialMatchPriority")
        self._add("parameter", paramName, defaultVal, validationFcn, int(priority))

    addParamValue = addParameter

    # ------------------------------------------------------------------ parsing
    def parse(self, *args):
        """``parse(p, varargin{:})``: read ``args`` by the scheme (module docstring) and
        set ``Results``, ``UsingDefaults`` and ``Unmatched``."""
        try:
            self._parse(list(args))
        except CompatError as error:
            raise error.bind(self.FunctionName or "parse") from None

    def _parse(self, args):
        required = [a for a in self._arguments if a.kind == "required"]
        optional = [a for a in self._arguments if a.kind == "optional"]
        parameters = [a for a in self._arguments if a.kind == "parameter"]
        if len(args) < len(required):
            raise MatlabTypeError("Not enough input arguments.", "MATLAB:minrhs")
        values = {}
        for argument, value in zip(required, args):
            self._validate(argument, argument.name, value)
            values[argument.name] = value
        rest = args[len(required):]
        for argument in optional:
            if not rest or self._starts_pairs(argument, rest[0], parameters):
                break
            self._validate(argument, argument.name, rest[0])
            values[argument.name] = rest.pop(0)
        unmatched = {}
        self._pairs(rest, parameters, values, unmatched)
        self.Results = MatlabStruct({name: values.get(name, _default(self, name))
                                     for name in sorted(a.name for a in self._arguments)})
        self.UsingDefaults = _row(sorted(a.name for a in self._arguments
                                         if a.name not in values))
        self.Unmatched = MatlabStruct({k: unmatched[k] for k in sorted(unmatched)})

    def _starts_pairs(self, argument, value, parameters) -> bool:
        """Whether the value at an optional argument's position begins the name-value
        pairs instead (module docstring)."""
        expandable = self.StructExpand and isinstance(value, dict)
        if _text(value) is None and not expandable:
            return False
        if argument.validator is None:
            return True
        return not _passes(argument.validator, value)

    def _pairs(self, rest, parameters, values, unmatched):
        items = []
        while rest:
            head = rest.pop(0)
            if self.StructExpand and isinstance(head, dict):
                items.extend(head.items())
                continue
            name = _text(head)
            if name is None:
                raise MatlabValueError("Expected a string scalar or character vector for "
                                       "the parameter name.",
                                       "MATLAB:InputParser:ParamMustBeChar")
            if not rest:
                matched = self._match(name, parameters)
                raise MatlabValueError(
                    f"No value was given for '{matched.name if matched else name}'. "
                    f"Name-value pair arguments require a name followed by a value.",
                    "MATLAB:InputParser:ParamMissingValue")
            items.append((name, rest.pop(0)))
        for name, value in items:
            argument = self._match(name, parameters)
            if argument is None:
                if not self.KeepUnmatched:
                    raise MatlabValueError(
                        f"'{name}' is not a recognized parameter. For a list of valid "
                        f"name-value pair arguments, see the documentation for this "
                        f"function.", "MATLAB:InputParser:UnmatchedParameter")
                unmatched[name] = value
                continue
            self._validate(argument, name, value)
            values[argument.name] = value

    def _match(self, name, parameters):
        """The parameter ``name`` selects, ``None`` for none; an ambiguous partial name
        is an error (the lowest PartialMatchPriority decides first)."""
        if self.CaseSensitive:
            exact = [a for a in parameters if a.name == name]
            found = exact or ([a for a in parameters if a.name.startswith(name)]
                              if self.PartialMatching and name else [])
        else:
            names = prefix_matches(name, [a.name for a in parameters]) if name else []
            if not self.PartialMatching:
                names = [n for n in names if n.lower() == name.lower()]
            found = [a for a in parameters if a.name in names]
        if len(found) > 1:
            best = min(a.priority for a in found)
            found = [a for a in found if a.priority == best]
        if len(found) > 1:
            listed = ", ".join(a.name for a in found)
            raise MatlabValueError(f"Expected a parameter name, but '{name}' matches "
                                   f"multiple parameter names:  {listed}.",
                                   "MATLAB:InputParser:AmbiguousParameter")
        return found[0] if found else None

    def _validate(self, argument, written, value):
        function = argument.validator
        if function is None:
            return
        try:
            ok = by_value(function)(value)        # the value by value, as MATLAB
        except CompatError as error:
            raise MatlabValueError(f"The value of '{written}' is invalid. {error.message}",
                                   "MATLAB:InputParser:ArgumentFailedValidation") from None
        except Exception as error:  # noqa: BLE001 - a user's validator raising anything
            raise MatlabValueError(f"The value of '{written}' is invalid. {error}",
                                   "MATLAB:InputParser:ArgumentFailedValidation") from None
        if ok is not None and not _true(ok):
            raise MatlabValueError(f"The value of '{written}' is invalid. It must satisfy "
                                   f"the function: {_function_text(function)}.",
                                   "MATLAB:InputParser:ArgumentFailedValidation")

    def __repr__(self):
        return (f"inputParser with properties:\n\n    FunctionName: '{self.FunctionName}'\n"
                f"   CaseSensitive: {int(bool(self.CaseSensitive))}\n"
                f"   KeepUnmatched: {int(bool(self.KeepUnmatched))}\n"
                f" PartialMatching: {int(bool(self.PartialMatching))}\n"
                f"    StructExpand: {int(bool(self.StructExpand))}\n"
                f"      Parameters: {{{', '.join(repr(n) for n in self.Parameters.ravel())}}}")


def _row(names) -> np.ndarray:
    out = np.empty((1, len(names)), dtype=object)
    out[0, :] = list(names)
    return out


def _default(parser, name):
    return next(a.default for a in parser._arguments if a.name == name)


def _true(value) -> bool:
    a = np.asarray(value)
    return a.size == 1 and a.dtype.kind in "biuf" and bool(a.reshape(-1)[0])


def _passes(function, value) -> bool:
    try:
        ok = by_value(function)(value)
    except Exception:  # noqa: BLE001 - a failing validator means "not this argument"
        return False
    return ok is None or _true(ok)


@matlab_function("inputParser")
def inputparser():
    """Create MATLAB's ``inputParser`` object.

    MATLAB call forms::

        p = inputParser;
        addRequired(p, argName, validationFcn)       % also p.addRequired(...)
        addOptional(p, argName, defaultVal, validationFcn)
        addParameter(p, paramName, defaultVal, validationFcn, 'PartialMatchPriority', n)
        parse(p, varargin{:})
        p.Results, p.UsingDefaults, p.Unmatched, p.Parameters

    Returns
    -------
    InputParser
        With MATLAB's properties and methods (module docstring for the rules).

    Examples
    --------
    The reference page's findArea scheme:

    >>> from compat import matlab
    >>> p = matlab.inputparser()
    >>> positive = lambda x: matlab.isnumeric(x) and matlab.isscalar(x) and x > 0
    >>> p.addRequired('width', positive)
    >>> p.addOptional('height', 1.0, positive)
    >>> p.addParameter('units', 'inches', matlab.ischar)
    >>> p.addParameter('shape', 'rectangle')
    >>> p.parse(13.0, 'Shape', 'square')
    >>> p.Results.width * p.Results.height, p.Results.shape
    (13.0, 'square')
    >>> p.UsingDefaults.tolist()
    [['height', 'units']]
    >>> p.parse(7.0, 'un', 5)
    Traceback (most recent call last):
      ...
    compat.MatlabValueError: parse: The value of 'un' is invalid. It must satisfy the function: ischar.
    """
    return InputParser()


def _parser(p) -> InputParser:
    if not isinstance(p, InputParser):
        raise MatlabTypeError("The first argument must be an inputParser object.",
                              "MATLAB:InputParser:NotAnInputParser")
    return p


@matlab_function("addRequired")
def addrequired(p, argName, validationFcn=None):
    """``addRequired(p, argName, validationFcn)``: :meth:`InputParser.addRequired`."""
    _parser(p).addRequired(argName, validationFcn)


@matlab_function("addOptional")
def addoptional(p, argName, defaultVal, validationFcn=None):
    """``addOptional(p, argName, defaultVal, validationFcn)``:
    :meth:`InputParser.addOptional`."""
    _parser(p).addOptional(argName, defaultVal, validationFcn)


@matlab_function("addParameter")
def addparameter(p, paramName, defaultVal, *args, **kwargs):
    """``addParameter(p, paramName, defaultVal, validationFcn, 'PartialMatchPriority',
    n)``: :meth:`InputParser.addParameter`."""
    _parser(p).addParameter(paramName, defaultVal, *args, **kwargs)


@matlab_function("addParamValue")
def addparamvalue(p, paramName, defaultVal, *args, **kwargs):
    """``addParamValue`` (not recommended by MathWorks): :func:`addparameter`."""
    _parser(p).addParameter(paramName, defaultVal, *args, **kwargs)


@matlab_function("parse")
def parse(p, *args):
    """``parse(p, varargin{:})``: :meth:`InputParser.parse` (errors name
    ``p.FunctionName`` when it is set)."""
    _parser(p).parse(*args)
