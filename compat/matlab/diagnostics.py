"""MATLAB's errors and warnings: ``error``, ``warning``, ``lasterr``, ``lastwarn``,
``MException`` (with ``throw``, ``rethrow``, ``addCause``, ``getReport``), and the
functions ``throw`` and ``rethrow``.

An error a port throws is a :class:`MException`, which is a
:class:`compat.MatlabError` (a Python exception): MATLAB's ``try ... catch ME`` is
``try: ... except compat.MatlabError as ME:`` (or ``except matlab.MException``), and
``ME.identifier``, ``ME.message``, ``ME.stack``, ``ME.cause`` read as in MATLAB.
``str(ME)`` is the message alone (MATLAB's ``Error using ...`` line names the function
that threw it; Python's traceback shows where). Warnings are
:class:`compat.MatlabWarning` Python warnings carrying ``identifier``, emitted unless
their identifier is off (``warning('off', id)``); Python's own filters then apply.

MATLAB's argument rules, where the plain Python call differs:

* ``error(msg)`` and ``warning(msg)`` with one argument use the text as it stands: no
  ``sprintf`` processing (``'50%'`` stays ``'50%'``, ``'\\n'`` stays two characters);
  with more arguments the text is a ``sprintf`` format (compat's one engine), so
  ``error('a:b', 'x\\ny')`` has a line break;
* the first of several arguments is an identifier when it has an identifier's form
  (``'comp:part'``: colon-separated, each part starting with a letter, no blanks);
* ``error('')`` and an ``error(struct)`` with an empty message do nothing;
* ``warning('')`` only clears ``lastwarn``; ``lastwarn`` records every warning, also
  those that are off (MathWorks' lastwarn page: "regardless of the display state").

The warning states and the last error and warning are kept per Python process, as
MATLAB keeps them per session (:mod:`compat._core.matlab_diagnostics`); they also
apply to the :class:`compat.MatlabWarning` warnings compat's own MATLAB functions
issue, all through :func:`compat._core.errors.issue_warning` (``mldivide``'s
``MATLAB:singularMatrix``, ``polyfit``'s ``MATLAB:polyfit:RepeatedPointsOrRescale``,
``integral``'s, the Signal Processing and Optimization functions' ...,
``datenum``'s ``MATLAB:datenum:EmptyDate``, ``colon``'s
``MATLAB:colon:operandsNotRealScalar``, ``interp2``/``griddedInterpolant``'s
``MATLAB:griddedInterpolant:CubicUniformOnlyWarnId``, ``load``'s
``MATLAB:load:variableNotFound``, ``delete``'s ``MATLAB:DELETE:FileNotFound`` ...), and
every error a compat MATLAB function raises sets ``lasterr`` and ``lasterror``.
``warning('error', id)`` turns a warning into an :class:`MException` with its
identifier.
"""

from __future__ import annotations

import os

import numpy as np

from compat._core import matlab_diagnostics as core
from compat._core.errors import (CompatTypeError, MatlabError,
                                 MatlabWarning, legacy_warn, matlab_error)
from compat._core.legacy import matlab_function
from compat._core.message_catalog import is_message
from compat._core.matlab_format import format_text
from compat._core.results import Result

__all__ = ["error", "warning", "lasterr", "lasterror", "lastwarn", "MException", "throw",
           "rethrow",
           "LasterrResult", "LastwarnResult"]

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


class LasterrResult(Result):
    """``[msg, msgid] = lasterr``: the last error's message and identifier."""

    request_style = "nargout"
    msg: str
    msgid: str


class LastwarnResult(Result):
    """``[msg, warnID] = lastwarn``: the last warning's message and identifier."""

    request_style = "nargout"
    msg: str
    warnID: str


def _rebuild(identifier, message, cause):
    exception = MException._made(identifier, message)
    exception.cause = list(cause)
    return exception


class MException(MatlabError):
    """MATLAB's exception object, as MATLAB's ``MException``; compat's thrown MATLAB
    errors.

    MATLAB call forms::

        ME = MException(errID, msg)             ->  ME = matlab.MException('a:b', 'text')
        ME = MException(errID, msg, A1, ..., An)->  matlab.MException('a:b', 'n = %d', 3)
        ME = MException(msgObj)                 ->  matlab.MException(matlab.message(id))
        throw(ME)                               ->  ME.throw()  or  matlab.throw(ME)
        rethrow(ME)                             ->  ME.rethrow()  or  matlab.rethrow(ME)
        ME = addCause(ME, causeException)       ->  ME = ME.addCause(cause)
        msg = getReport(ME)                     ->  ME.getReport()
        try ... catch ME ... end                ->  try: ... except compat.MatlabError as ME:

    Parameters
    ----------
    errID : str
        The identifier (``'component:mnemonic'``; ``''`` for none).
    msg : str
        The message, a ``sprintf`` format (always processed: MathWorks' MException page
        "To format the text, use escape sequences, such as \\t or \\n").
    A1, ..., An
        Values for the format's conversions.

    Attributes
    ----------
    identifier : str
    message : str
    stack : list of dict
        MATLAB's Nx1 stack struct (``file``, ``name``, ``line``), innermost first, of
        the Python frames outside compat the exception passed through; empty (MATLAB's
        0x1) until thrown.
    cause : list of MException
        MATLAB's cell of causes (``{}`` when none), added by :meth:`addCause`.

    It is a Python exception (:class:`compat.MatlabError`), so ``raise ME`` throws it
    too; ``str(ME)`` is the message.

    Raises
    ------
    ValueError
        ``errID`` that is not an identifier: "IDENTIFIER input must be a valid MATLAB
        message identifier." (MATLAB's text as MATLAB Answers 28555 quotes it).

    Notes
    -----
    GNU Octave 7.3 catches errors as MException objects but cannot construct one
    ("The 'MException' function is not yet implemented in Octave"); the goldens of
    MException are MathWorks' printed examples.

    Sources: MathWorks' MException, throw, rethrow, addCause and getReport reference
    pages (the report's "Caused by:" block as the addCause example prints it).

    Examples
    --------
    >>> from compat import matlab
    >>> ME = matlab.MException('myComponent:inputError',
    ...                        'Input does not have the expected format.')
    >>> ME.identifier, ME.message, ME.stack, ME.cause
    ('myComponent:inputError', 'Input does not have the expected format.', [], [])
    >>> matlab.MException('MATLAB:test', 'There are %d items in the %s.', 3, 'list').message
    'There are 3 items in the list.'
    """

    def __init__(self, errID, msg="", *A):
        if is_message(errID) and not A and msg == "":
            # a message object: its identifier and catalog text
            super().__init__(errID.getString(), errID.Identifier)
            self.cause = []
            return
        identifier = _text(errID, "identifier", "MException")
        if identifier and not core.is_identifier(identifier):
            raise matlab_error("MException", "IDENTIFIER input must be a valid MATLAB "
                                             "message identifier.")
        message = format_text(_text(msg, "message", "MException"), list(A))
        super().__init__(message, identifier)
        self.cause = []

    @classmethod
    def _made(cls, identifier: str, message: str) -> "MException":
        """An MException of this identifier and (already formatted) message."""
        exception = cls.__new__(cls)
        MatlabError.__init__(exception, message, identifier)
        exception.cause = []
        return exception

    def bind(self, routine: str) -> "MException":
        # a thrown MATLAB error keeps its message as is: no routine prefix
        if self.routine is None:
            self.routine = ""
        return self

    def __reduce__(self):
        return _rebuild, (self.identifier, self.message, self.cause)

    def __repr__(self) -> str:
        return f"MException({self.identifier!r}, {self.message!r})"

    @property
    def stack(self) -> list:
        frames = []
        tb = self.__traceback__
        while tb is not None:
            code = tb.tb_frame.f_code
            if not code.co_filename.startswith(_PACKAGE):
                frames.append({"file": code.co_filename, "name": code.co_name,
                               "line": float(tb.tb_lineno)})
            tb = tb.tb_next
        return frames[::-1]

    def throw(self):
        """Throw the exception (MATLAB's ``throw(ME)``); ``lasterr`` records it."""
        core.record_error(self.message, self.identifier, self)
        raise self

    throwAsCaller = throw

    def rethrow(self):
        """Rethrow a caught exception (MATLAB's ``rethrow(ME)``)."""
        core.record_error(self.message, self.identifier, self)
        raise self

    @staticmethod
    def last(*args):
        """The last uncaught exception, as MATLAB's ``MException.last``; ``'reset'``
        clears it.

        MATLAB's "last uncaught exception" is the one that ended a command-line
        statement; Python's is the exception its interactive session did not catch
        (``sys.last_exc``/``sys.last_value``), so that is read here: an
        :class:`MException` (a compat MATLAB error comes back as one with its identifier
        and message), or None (MATLAB's 0x0 empty MException) when there is none or it
        was not a MATLAB error. As in MATLAB, errors caught by ``try``/``except`` do not
        count (``lasterror``/``lasterr`` see those).
        """
        import sys
        if args:
            if len(args) != 1 or _text(args[0], "argument", "MException.last") != "reset":
                raise CompatTypeError("The only input to MException.last is 'reset'.")
            for name in ("last_exc", "last_value", "last_type", "last_traceback"):
                if hasattr(sys, name):
                    delattr(sys, name)
            return None
        value = getattr(sys, "last_exc", None) or getattr(sys, "last_value", None)
        if isinstance(value, MException):
            return value
        if isinstance(value, MatlabError):
            return MException._made(value.identifier, value.message)
        return None

    def addCause(self, causeException) -> "MException":
        """Append ``causeException`` to ``cause`` and return the exception (MATLAB's
        ``ME = addCause(ME, causeException)``)."""
        if not isinstance(causeException, BaseException):
            raise matlab_error("addCause", "The cause must be an MException object.",
                               TypeError)
        self.cause.append(causeException)
        return self

    def getReport(self, *options) -> str:
        """The error report, basic form: the message, then a ``Caused by:`` block with
        each cause's message indented by four blanks (as MATLAB prints a thrown
        exception with causes; no stack lines)."""
        text = self.message
        if self.cause:
            causes = "\n".join("    " + getattr(c, "message", str(c)) for c in self.cause)
            text += "\n\nCaused by:\n" + causes
        return text


MException.__module__ = "compat"        # compat.MException, as compat's other errors
core.set_error_factory(MException._made)    # warning('error', id) throws an MException
MException.__legacy_name__ = "MException"
MException.__legacy_language__ = "matlab"
MException.__max_nargout__ = 1
MException.__default_nargout__ = 1


def _text(value, what: str, routine: str) -> str:
    try:
        return core.text_argument(value, what)
    except CompatTypeError as problem:
        raise matlab_error(routine, problem.message, TypeError) from None


def _struct(value):
    """The dict of a struct argument (a dict, a 1x1 struct array, a record), or None."""
    if isinstance(value, dict):
        return value
    if isinstance(value, (list, tuple)) and len(value) == 1 and isinstance(value[0], dict):
        return value[0]
    if isinstance(value, np.ndarray) and value.dtype.names and value.size == 1:
        record = value.reshape(-1)[0]
        return {name: record[name] for name in value.dtype.names}
    return None


def _field(struct: dict, name: str, routine: str, required: bool = True) -> str:
    if name not in struct:
        if required:
            raise CompatTypeError(f"The structure must have a '{name}' field.")
        return ""
    value = struct[name]
    if isinstance(value, np.ndarray) and value.size == 0:
        return ""
    return _text(value, name, routine)


@matlab_function("error")
def error(*args):
    """Throw an error, as MATLAB's ``error``.

    MATLAB call forms::

        error(msg)                        ->  matlab.error('Input must be a char.')
        error(msg, A1, ..., An)           ->  matlab.error('Got %d items.', n)
        error(errID, msg, A1, ..., An)    ->  matlab.error('my:id', 'Got %d items.', n)
        error(errorStruct)                ->  matlab.error({'message': m, 'identifier': id})

    Raises :class:`MException` (a :class:`compat.MatlabError`) with ``identifier``
    (``''`` without one) and ``message``; ``lasterr`` records it.

    One argument is the message as it stands, not a format: MathWorks' error page prints
    ``Error. \\nInput must be a char.`` for ``error('Error. \\nInput must be a char.')``
    ("If you only use one input argument with error, then MATLAB does not convert \\n
    to a line break"); with more arguments the message goes through ``sprintf``
    (compat's one engine), also when only an identifier precedes it. The first of
    several arguments is an identifier when it has an identifier's form. An empty
    message (``error('')``, ``error('a:b', '')``, a struct whose message is empty)
    throws nothing and returns None. A struct's ``message`` and ``identifier`` fields
    are used as they stand.

    Where Python differs: ``raise ValueError(msg % args)`` formats with Python's ``%``
    rules (MATLAB's ``%d`` of 2.5 prints ``2.500000e+00``, its formats recycle over
    array arguments) and carries no identifier.

    Raises
    ------
    MException
        The error asked for.
    TypeError
        No argument, or a message that is not text ("The message must be a character
        vector or string scalar.").

    Notes
    -----
    GNU Octave 7.3 agrees on the texts and identifiers of these forms; it refuses
    ``error(id)`` alone ("call to error with message identifier ... requires
    message"), which MATLAB's one-argument form reads as the message.

    Sources: MathWorks' error reference page (call forms, the one-argument rule, the
    struct form, the MyComponent:incorrectType example). Checked against GNU Octave 7.3
    (reference_outputs/matlab/diagnostics).

    Examples
    --------
    >>> import compat
    >>> from compat import matlab
    >>> try:
    ...     matlab.error('MyComponent:incorrectType',
    ...                  'Error. \\nInput must be a char, not a %s.', 'double')
    ... except compat.MatlabError as ME:
    ...     print(ME.identifier); print(ME.message)
    MyComponent:incorrectType
    Error. 
    Input must be a char, not a double.
    >>> matlab.error('')          # an empty message: no error
    """
    if len(args) == 1:
        struct = _struct(args[0])
        if struct is not None:
            message = _field(struct, "message", "error")
            identifier = _field(struct, "identifier", "error", required=False)
            if not message:
                return None
            raise MException._made(identifier, message)
    identifier, message = core.compose(args)
    if not message:
        return None
    exception = MException._made(identifier, message)
    core.record_error(message, identifier, exception)
    raise exception


_STATE_WORDS = ("on", "off", "query", "error")


def _state_form(args) -> bool:
    if not 1 <= len(args) <= 2 or not isinstance(args[0], str):
        return False
    if args[0] not in _STATE_WORDS:
        return False
    return len(args) == 1 or isinstance(args[1], str) or (
        isinstance(args[1], np.ndarray) and args[1].dtype.kind in "UT")


@matlab_function("warning")
def warning(*args):
    """Issue a warning or set and query warning states, as MATLAB's ``warning``.

    MATLAB call forms::

        warning(msg)                      ->  matlab.warning('Check the input.')
        warning(msg, A1, ..., An)         ->  matlab.warning('%d values dropped.', n)
        warning(warnID, msg, A1, ..., An) ->  matlab.warning('my:id', '%d dropped.', n)
        warning(state, warnID)            ->  matlab.warning('off', 'my:id')
        warning('error', warnID)          ->  matlab.warning('error', 'my:id')
        warning(state)                    ->  matlab.warning('off')          # 'all'
        s = warning('off', warnID)        ->  s = matlab.warning('off', 'my:id')
        warning('query', warnID)          ->  matlab.warning('query', 'my:id')
        warnStruct = warning              ->  matlab.warning()
        warning(warnStruct)               ->  matlab.warning(s)

    Issuing: the message follows :func:`error`'s rules (one argument as it stands, more
    arguments a ``sprintf`` format, an identifier first when it has an identifier's
    form); the warning is a :class:`compat.MatlabWarning` with that text and
    ``identifier`` (None without one), pointed at the caller, unless its identifier is
    off (or, without identifier, ``'all'`` is off). ``lastwarn`` records it either way
    (MathWorks' lastwarn page); ``warning('')`` only clears ``lastwarn``.

    States: ``'on'``/``'off'`` with an identifier or ``'all'`` (the default) set the
    state and return the previous one -- a struct (dict with ``identifier`` and
    ``state``) for an identifier, the list of every state for ``'all'`` -- so that
    ``s = warning('off', id); ...; warning(s)`` restores it; ``'query'`` returns the
    state without changing it; ``warning()`` returns every state, ``'all'`` first;
    ``warning(s)`` applies a state struct or list of them. ``'off', 'all'`` drops the
    identifiers' own states. ``'error'`` with an identifier makes that warning an
    error: issuing it (here, or inside any compat MATLAB function) raises an
    :class:`MException` with the warning's identifier and message, which ``lasterr``
    records and ``lastwarn`` does not (GNU Octave 7.3; Octave documents the state and
    refuses it for ``'all'``: "cannot specify "all" warning ID with state "error"";
    MathWorks' warning page lists only 'on', 'off' and 'query', but MATLAB honours
    ``warning('error', id)`` the same way).

    Returns
    -------
    None, dict or list of dict

    Notes
    -----
    GNU Octave 7.3 agrees on the texts, identifiers, ``lastwarn`` and the states,
    except that a warning that is off does not reach Octave's ``lastwarn``; MATLAB's
    page says "regardless of the display state" and shows it (recorded as divergent in
    reference_outputs/matlab/diagnostics). The warnings compat's MATLAB functions issue
    through :func:`compat._core.errors.issue_warning` (``MATLAB:singularMatrix``,
    ``MATLAB:polyfit:RepeatedPointsOrRescale``, ``MATLAB:integral:MinStepSize`` ...;
    see the module docstring) follow the same states.

    Sources: MathWorks' warning and lastwarn reference pages (forms, the restore idiom
    ``warnStruct = warning('off', warnID); ...; warning(warnStruct)``).

    Examples
    --------
    >>> import warnings
    >>> from compat import matlab
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter('always')
    ...     matlab.warning('my:id', '%d values dropped.', 3)
    >>> str(caught[0].message), caught[0].message.identifier
    ('3 values dropped.', 'my:id')
    >>> previous = matlab.warning('off', 'my:id')
    >>> previous, matlab.warning('query', 'my:id')['state']
    ({'identifier': 'my:id', 'state': 'on'}, 'off')
    >>> matlab.warning(previous)
    """
    if not args:
        return core.warning_states()
    if len(args) == 1 and (_struct(args[0]) is not None or (
            isinstance(args[0], (list, tuple)) and args[0] and
            all(isinstance(item, dict) for item in args[0]))):
        states = [args[0]] if isinstance(args[0], dict) else (
            [_struct(args[0])] if not isinstance(args[0], (list, tuple)) else args[0])
        core.restore_warning_states(states)
        return None
    if _state_form(args):
        state = args[0]
        identifier = _text(args[1], "identifier", "warning") if len(args) == 2 else "all"
        if state == "query":
            if identifier == "all":
                return core.warning_states()
            return {"identifier": identifier, "state": core.warning_state(identifier)}
        return core.set_warning_state(identifier, state)
    identifier, message = core.compose(args)
    if not message:
        core.set_last_warning("", "")
        return None
    legacy_warn(message, MatlabWarning, identifier=identifier or None, prefix=False)
    return None


def _last(getter, setter, result, args, nargout, routine):
    if len(args) > 2:
        raise CompatTypeError("Too many input arguments.")
    if args:
        message = _text(args[0], "message", routine)
        identifier = _text(args[1], "identifier", routine) if len(args) == 2 else ""
        values = setter(message, identifier)
    else:
        values = getter()
    return values[0] if nargout == 1 else result.first(nargout, *values)


@matlab_function("lasterr", nargout=2)
def lasterr(*args, nargout=1):
    """The last error message, as MATLAB's ``lasterr``.

    MATLAB call forms::

        msg = lasterr                     ->  matlab.lasterr()
        [msg, msgid] = lasterr            ->  msg, msgid = matlab.lasterr(nargout=2)
        lasterr(newMsg, newID)            ->  matlab.lasterr('', '')     # reset

    The last error thrown by :func:`error`, :func:`throw`, :func:`rethrow` or
    :meth:`MException.throw`, or raised by any compat MATLAB function (its message
    without the function-name prefix, and its identifier where it has one). With
    arguments, sets the last error and returns the previous one (as GNU Octave 7.3).
    Python's own exceptions do not pass through here: inside ``except`` the exception
    itself is the better record.

    Returns
    -------
    str, or LasterrResult ``(msg, msgid)`` for ``nargout=2``

    Sources: MathWorks' lasterr reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/diagnostics).

    Examples
    --------
    >>> from compat import matlab
    >>> try:
    ...     matlab.error('X:y', 'boom %d', 7)
    ... except matlab.MException:
    ...     pass
    >>> matlab.lasterr(nargout=2)
    LasterrResult(msg='boom 7', msgid='X:y')
    """
    return _last(core.last_error, core.set_last_error, LasterrResult, args, nargout,
                 "lasterr")


@matlab_function("lastwarn", nargout=2)
def lastwarn(*args, nargout=1):
    """The last warning message, as MATLAB's ``lastwarn``.

    MATLAB call forms::

        msg = lastwarn                    ->  matlab.lastwarn()
        [msg, warnID] = lastwarn          ->  msg, warnID = matlab.lastwarn(nargout=2)
        lastwarn(newMsg, newID)           ->  matlab.lastwarn('', '')    # reset

    The last warning :func:`warning` issued, or a compat MATLAB function issued as a
    :class:`compat.MatlabWarning`, "regardless of the display state" (MathWorks'
    lastwarn page: a warning that is off is still recorded). With arguments, sets it
    and returns the previous one (as GNU Octave 7.3).

    Returns
    -------
    str, or LastwarnResult ``(msg, warnID)`` for ``nargout=2``

    Sources: MathWorks' lastwarn reference page (the "Message 2." example); checked
    against GNU Octave 7.3 (reference_outputs/matlab/diagnostics).

    Examples
    --------
    >>> import warnings
    >>> from compat import matlab
    >>> with warnings.catch_warnings():
    ...     warnings.simplefilter('ignore')
    ...     matlab.warning('Message 1.')
    >>> matlab.lastwarn()
    'Message 1.'
    """
    return _last(core.last_warning, core.set_last_warning, LastwarnResult, args, nargout,
                 "lastwarn")


def _stack_of(exception) -> list:
    """MATLAB's stack struct (list of dicts ``file``, ``name``, ``line``, innermost
    first) of the Python frames outside compat an exception passed through."""
    frames = []
    tb = getattr(exception, "__traceback__", None)
    while tb is not None:
        code = tb.tb_frame.f_code
        if not code.co_filename.startswith(_PACKAGE):
            frames.append({"file": code.co_filename, "name": code.co_name,
                           "line": float(tb.tb_lineno)})
        tb = tb.tb_next
    return frames[::-1]


def _lasterror_struct() -> dict:
    message, identifier = core.last_error()
    stack = _stack_of(core.last_error_exception())
    return {"message": message, "identifier": identifier, "stack": stack}


@matlab_function("lasterror")
def lasterror(*args):
    """The last error as a struct, as MATLAB's ``lasterror``.

    MATLAB call forms::

        s = lasterror                     ->  s = matlab.lasterror()
        s = lasterror('reset')            ->  s = matlab.lasterror('reset')
        s = lasterror(err)                ->  s = matlab.lasterror({'message': m, ...})

    The struct (a dict) has MATLAB's fields ``message``, ``identifier`` and ``stack``
    (MATLAB's Nx1 struct with ``file``, ``name``, ``line``, innermost first: the Python
    frames outside compat the error passed through; ``[]`` -- MATLAB's 0x1 -- when
    unknown). ``'reset'`` empties the last error (message and identifier ``''``, stack
    ``[]``, so ``lasterr`` is ``''`` too); a struct ``err`` sets it from its
    ``message`` (required) and ``identifier`` fields. Both forms return the struct as it
    was before (GNU Octave 7.3's behaviour; MathWorks' page documents the forms, not
    this value). MATLAB's page marks ``lasterror`` "not recommended"; ``try ... catch
    ME`` (``except matlab.MException as ME``) is the modern form.

    Returns
    -------
    dict

    Notes
    -----
    Octave 7.3's stack entries also have a ``column`` field, which MATLAB's do not.

    Sources: MathWorks' lasterror reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/diagnostics).

    Examples
    --------
    >>> from compat import matlab
    >>> try:
    ...     matlab.error('A:b', 'xx %d', 5)
    ... except matlab.MException:
    ...     pass
    >>> s = matlab.lasterror(); s['message'], s['identifier']
    ('xx 5', 'A:b')
    >>> _ = matlab.lasterror('reset'); matlab.lasterror()
    {'message': '', 'identifier': '', 'stack': []}
    """
    if len(args) > 1:
        raise CompatTypeError("Too many input arguments.")
    previous = _lasterror_struct()
    if not args:
        return previous
    if isinstance(args[0], (str, bytes, np.ndarray)) and not isinstance(args[0], dict):
        word = _text(args[0], "argument", "lasterror")
        if word != "reset":
            raise CompatTypeError("lasterror: unrecognized string argument")
        core.record_error("", "", None)
        return previous
    struct = _struct(args[0])
    if struct is None:
        raise CompatTypeError("lasterror: argument must be a structure or a string")
    message = _field(struct, "message", "lasterror")
    identifier = _field(struct, "identifier", "lasterror", required=False)
    core.record_error(message, identifier, None)
    return previous


@matlab_function("throw")
def throw(ME):
    """Throw an exception, as MATLAB's ``throw(ME)`` (:meth:`MException.throw`).

    MATLAB call form::

        throw(ME)                         ->  matlab.throw(ME)

    ``ME`` is an :class:`MException` (any Python exception is raised as it is).

    Sources: MathWorks' throw reference page.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.throw(matlab.MException('A:b', 'stop'))
    Traceback (most recent call last):
    ...
    compat.MException: stop
    """
    if not isinstance(ME, BaseException):
        raise CompatTypeError("The input must be an MException object.")
    core.record_error(getattr(ME, "message", str(ME)), getattr(ME, "identifier", ""), ME)
    raise ME


@matlab_function("rethrow")
def rethrow(err):
    """Rethrow a caught error, as MATLAB's ``rethrow``.

    MATLAB call forms::

        rethrow(ME)                       ->  matlab.rethrow(ME)
        rethrow(errorStruct)              ->  matlab.rethrow({'message': m, 'identifier': id})

    An exception is raised again as it is (its identifier and stack kept); a struct
    (MATLAB's ``lasterror`` form) needs a ``message`` field, its ``identifier`` is
    used as it stands (no formatting), and it is thrown as an :class:`MException`.

    Raises
    ------
    MException
        The error.
    TypeError
        Neither an exception nor a struct with a message.

    Sources: MathWorks' rethrow reference page; checked against GNU Octave 7.3
    (reference_outputs/matlab/diagnostics).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.rethrow({'message': 'm1', 'identifier': 'r:s'})
    Traceback (most recent call last):
    ...
    compat.MException: m1
    """
    if isinstance(err, BaseException):
        core.record_error(getattr(err, "message", str(err)), getattr(err, "identifier", ""),
                          err)
        raise err
    struct = _struct(err)
    if struct is None:
        raise CompatTypeError("The input must be an MException object or a structure "
                              "with a message field.")
    message = _field(struct, "message", "rethrow")
    identifier = _field(struct, "identifier", "rethrow", required=False)
    core.record_error(message, identifier)
    raise MException._made(identifier, message)
