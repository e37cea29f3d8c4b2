"""MATLAB's error and warning bookkeeping: message identifiers, how ``error``/``warning``
read their arguments into an identifier and a message, the warning states
(``warning('off', id)``), and the last error and warning (``lasterr``, ``lastwarn``).

MATLAB keeps one set of these per session; compat keeps one per Python process (module
state, as MATLAB's): the states apply to ``compat.matlab.warning`` and to every
:class:`~compat._core.errors.MatlabWarning` a compat routine issues through
:func:`~compat._core.errors.issue_warning` (and so :func:`~compat._core.errors.legacy_warn`), and the last error is set by
``compat.matlab.error``/``throw``/``rethrow`` and by every error a compat MATLAB
function raises (its decorator records it).

Reading the arguments (:func:`compose`), MATLAB's rules (MathWorks' error and warning
reference pages):

* one argument is the message as it stands: no ``sprintf`` processing, so ``'50%'``
  and ``'a\\nb'`` are kept character for character ("If you only use one input
  argument with error, then MATLAB does not convert \\n to a line break");
* with more than one argument the first is an identifier when it has an identifier's
  form (:data:`IDENTIFIER`: colon-separated components, each starting with a letter,
  then letters, digits and underscores; no blanks), and the message that follows is a
  ``sprintf`` format taking the remaining arguments -- compat's one engine,
  :func:`compat._core.matlab_format.format_text`.

Examples
--------
>>> compose(['Error. \\\\nInput must be a char.'])
('', 'Error. \\\\nInput must be a char.')
>>> compose(['MyComponent:incorrectType', 'Input is a %s.', 'double'])
('MyComponent:incorrectType', 'Input is a double.')
"""

from __future__ import annotations

import re

import numpy as np

from compat._core.errors import (CompatTypeError, CompatValueError,
                                 register_matlab_warning_policy)
from compat._core.matlab_format import format_text
from compat._core.message_catalog import is_message

__all__ = ["IDENTIFIER", "is_identifier", "compose", "text_argument", "warning_state",
           "set_warning_state", "warning_states", "restore_warning_states",
           "record_error", "record_warning", "last_error", "last_warning",
           "set_last_error", "set_last_warning", "warning_enabled", "STATES",
           "warning_is_error", "warning_as_error", "set_error_factory",
           "last_error_exception"]

#: MATLAB's message identifier (MathWorks' MException and lastwarn pages: "one or more
#: component fields and a mnemonic field ... separated by colons ... must begin with a
#: letter ... alphanumeric characters and underscores"; no white space)
IDENTIFIER = re.compile(r"[A-Za-z][A-Za-z0-9_]*(?::[A-Za-z][A-Za-z0-9_]*)+")

#: the warning states ``warning(state, id)`` sets ('error': the warning is thrown as an
#: error with its identifier and message -- GNU Octave's documented state, which MATLAB
#: also honours; only for an identifier, not 'all', as Octave 7.3 requires)
STATES = ("on", "off", "error")

# one session's bookkeeping (MATLAB's is global to the session, so is this)
_LAST = {"error": ("", ""), "warning": ("", "")}
_STATES: dict[str, str] = {"all": "on"}
_LAST_EXCEPTION: list = [None]       # the exception object of the last error, if known
# builds the error a warning in the 'error' state becomes (compat.matlab.diagnostics
# installs MException; the core default is compat.MatlabError)
_ERROR_FACTORY: list = [None]


def is_identifier(text) -> bool:
    """True for text in MATLAB's identifier form (``'comp:part'``, ``'a:b:c'``)."""
    return isinstance(text, str) and IDENTIFIER.fullmatch(text) is not None


def text_argument(value, what: str) -> str:
    """A character vector or string scalar as ``str`` (bytes decoded); otherwise a
    TypeError naming ``what``."""
    if isinstance(value, np.ndarray) and value.dtype.kind in "UT" and value.size == 1:
        value = value.reshape(-1)[0]
        value = "" if not isinstance(value, str) else value
    if isinstance(value, np.ndarray) and value.dtype.kind == "U" and value.size == 0:
        return ""
    if isinstance(value, (bytes, np.bytes_)):
        value = bytes(value).decode("latin-1")
    if not isinstance(value, str):
        raise CompatTypeError(f"The {what} must be a character vector or string scalar.")
    return str(value)


def compose(args, what: str = "message") -> tuple[str, str]:
    """``(identifier, message)`` from ``error``/``warning``/``assert``-style arguments
    (see the module docstring): one argument is the message unformatted; more are
    ``[identifier,] format, values...``."""
    args = list(args)
    if not args:
        raise CompatTypeError("Not enough input arguments.")
    if is_message(args[0]):
        # MATLAB's error(msg)/warning(msg) with a message object: its
        # identifier and catalog text (compat._core.message_catalog)
        if len(args) > 1:
            raise CompatTypeError("Too many input arguments: a message "
                                  "object stands alone.")
        return args[0].Identifier, args[0].getString()
    first = text_argument(args[0], what)
    if len(args) == 1:
        return "", first
    if is_identifier(first):
        fmt, values = text_argument(args[1], what), args[2:]
        return first, format_text(fmt, list(values))
    return "", format_text(first, list(args[1:]))


# ----------------------------------------------------------------- warning states
def warning_state(identifier: str) -> str:
    """``'on'`` or ``'off'``: the state set for ``identifier``, else the ``'all'``
    state (a warning without identifier follows ``'all'``)."""
    if identifier and identifier in _STATES:
        return _STATES[identifier]
    return _STATES["all"]


def warning_enabled(identifier: str | None) -> bool:
    """Whether a warning with this identifier (``None``/``''``: none) is displayed."""
    return warning_state(identifier or "") == "on"


def warning_is_error(identifier: str | None) -> bool:
    """Whether a warning with this identifier is to be thrown as an error
    (``warning('error', identifier)``)."""
    return bool(identifier) and _STATES.get(identifier) == "error"


def set_error_factory(factory) -> None:
    """Install ``factory(identifier, message) -> exception`` for warnings turned errors."""
    _ERROR_FACTORY[0] = factory


def warning_as_error(message: str, identifier: str) -> Exception:
    """The error a warning in the 'error' state becomes: its identifier and message
    (recorded as the last error, not as the last warning, as GNU Octave 7.3 does)."""
    from compat._core.errors import MatlabError
    factory = _ERROR_FACTORY[0]
    error = factory(identifier, message) if factory is not None else \
        MatlabError(message, identifier, routine="")
    record_error(message, identifier, error)
    return error


def warning_states() -> list[dict]:
    """Every state set, ``'all'`` first, as MATLAB's ``warnStruct`` elements."""
    return [{"identifier": k, "state": v} for k, v in _STATES.items()]


def set_warning_state(identifier: str, state: str):
    """Set ``identifier``'s state; ``'all'`` sets every warning (the specific settings
    are dropped, as Octave 7.3 drops them). Returns the previous state: a dict for one
    identifier, the list of every state for ``'all'``."""
    if state not in STATES:
        raise CompatValueError(f"the warning state must be 'on', 'off' or 'error', not "
                               f"{state!r}")
    if identifier == "all" and state == "error":
        raise CompatValueError('cannot specify "all" warning ID with state "error"')
    if identifier == "all":
        previous = warning_states()
        _STATES.clear()
        _STATES["all"] = state
        return previous
    previous = {"identifier": identifier, "state": warning_state(identifier)}
    _STATES[identifier] = state
    return previous


def restore_warning_states(states) -> None:
    """``warning(warnStruct)``: apply each element's state to its identifier in order."""
    for item in states:
        if not isinstance(item, dict) or "identifier" not in item or "state" not in item:
            raise CompatTypeError("a warning state structure has the fields identifier "
                                  "and state")
        set_warning_state(text_argument(item["identifier"], "identifier"),
                          text_argument(item["state"], "state"))


# ----------------------------------------------------------- the last error/warning
def record_error(message: str, identifier: str = "", exception=None) -> None:
    """Record the last error (``exception``: its exception object, for the stack
    ``lasterror`` reports; None when there is none)."""
    _LAST["error"] = (str(message), str(identifier or ""))
    _LAST_EXCEPTION[0] = exception


def last_error_exception():
    """The exception object of the last error (None if it was set without one)."""
    return _LAST_EXCEPTION[0]


def record_warning(message: str, identifier: str = "") -> None:
    _LAST["warning"] = (str(message), str(identifier or ""))


def last_error() -> tuple[str, str]:
    """``(message, identifier)`` of the last error."""
    return _LAST["error"]


def last_warning() -> tuple[str, str]:
    """``(message, identifier)`` of the last warning, displayed or not."""
    return _LAST["warning"]


def set_last_error(message: str, identifier: str = "") -> tuple[str, str]:
    """Set the last error; returns the previous ``(message, identifier)``."""
    previous = _LAST["error"]
    record_error(message, identifier)
    return previous


def set_last_warning(message: str, identifier: str = "") -> tuple[str, str]:
    """Set the last warning; returns the previous ``(message, identifier)``."""
    previous = _LAST["warning"]
    record_warning(message, identifier)
    return previous


def _warning_policy(warning: Warning, identifier: str | None) -> bool:
    """What every MATLAB warning passes before it is issued
    (:func:`compat._core.errors.issue_warning`): raised as an error under
    ``warning('error', id)``, recorded for lastwarn, and issued unless turned off."""
    if warning_is_error(identifier):
        raise warning_as_error(str(warning), identifier)
    record_warning(str(warning), identifier or "")
    return warning_enabled(identifier)


register_matlab_warning_policy(_warning_policy)
