"""Errors and warnings in the legacy programs' style.

Every error compat raises for bad input starts with the legacy routine's name as the
legacy program prints it: upper case for IDL (``SMOOTH: ...``), as typed for MATLAB
(``conv2: ...``). The name is bound once, by the routine's decorator
(:mod:`compat._core.legacy`): the core raises :class:`CompatValueError` /
:class:`CompatTypeError` with the message alone, and the decorator of the public
routine the user called binds its legacy name (``error.routine``) and the prefix on the
way out. Legacy warnings become :class:`CompatWarning` subclasses; the decorator also
makes its routine the *current routine* (:func:`current_routine`, a context variable)
while it runs, and :func:`legacy_warn` prefixes that name, so no warning types it either.

Examples
--------
>>> error = CompatValueError("width 7 exceeds dimension 5 of the array")
>>> str(error.bind("SMOOTH"))
'SMOOTH: width 7 exceeds dimension 5 of the array'
>>> isinstance(error, ValueError), error.routine
(True, 'SMOOTH')
"""

from __future__ import annotations

import contextvars
import os
import sys
import warnings

__all__ = ["CompatError", "CompatValueError", "CompatTypeError", "MissingExtraError",
           "MatlabError",
           "MatlabValueError", "MatlabTypeError", "MatlabAssertionError", "CompatWarning",
           "MatlabWarning", "BadlyConditionedWarning", "PolyNotUniqueWarning",
           "ZeroDegreesOfFreedomWarning", "IntegrationTolNotMetWarning",
           "RelTolIncreaseWarning", "SingularMatrixWarning",
           "NearlySingularMatrixWarning", "RankDeficientWarning", "idl_error",
           "matlab_error", "current_routine", "routine_name", "legacy_warn",
           "issue_warning"]


class CompatError(Exception):
    """An error of a legacy routine; ``routine`` is its legacy name once bound.

    ``message`` is the text without the routine prefix; ``str(error)`` is
    ``"ROUTINE: message"`` once bound (the message alone before).
    """

    def __init__(self, message: str, routine: str | None = None):
        super().__init__(message)
        self.message = message
        self.routine = None
        if routine is not None:
            self.bind(routine)

    def bind(self, routine: str) -> "CompatError":
        """Give the error its routine's name (once: the innermost routine keeps it; a
        message already written with that name in front is not named twice)."""
        if self.routine is None:
            self.routine = routine
            named = self.message.startswith(f"{routine}: ")
            self.args = (self.message if named else f"{routine}: {self.message}",)
        return self


class CompatValueError(CompatError, ValueError):
    """Bad input value for a legacy routine (``ValueError``)."""


class CompatTypeError(CompatError, TypeError):
    """Bad input type for a legacy routine (``TypeError``)."""


# Public types read as what they are in tracebacks and pickles: ``compat.CompatValueError``
CompatError.__module__ = CompatValueError.__module__ = CompatTypeError.__module__ = "compat"


class MissingExtraError(CompatError, ImportError):
    """An optional extra the routine runs on is not installed; ``extra`` names it.

    Raised by :func:`compat._core.extras.optional_module`; an ``ImportError``, so code
    that already guards an optional import keeps working.
    """

    def __init__(self, message: str, routine: str | None = None, *, extra: str = ""):
        self.extra = extra
        super().__init__(message, routine)

    def bind(self, routine: str) -> "MissingExtraError":
        super().bind(routine)
        self.msg = self.args[0]                 # ImportError prints msg, not args
        return self


class MatlabError(CompatError):
    """A MATLAB error with its message identifier (MATLAB's ``MException.identifier``:
    ``'MATLAB:assertion:failed'``, ``'MATLAB:expectedPositive'``; ``''`` when it has
    none). ``message`` is MATLAB's message text; ``str(error)`` is prefixed with the
    function MATLAB's ``Error using ...`` line names, once bound."""

    def __init__(self, message: str, identifier: str = "", routine: str | None = None):
        super().__init__(message, routine)
        self.identifier = identifier


class MatlabValueError(MatlabError, CompatValueError):
    """A :class:`MatlabError` about a value (a ``ValueError``)."""


class MatlabTypeError(MatlabError, CompatTypeError):
    """A :class:`MatlabError` about a class or an argument count (a ``TypeError``)."""


class MatlabAssertionError(MatlabValueError, AssertionError):
    """MATLAB's ``assert`` failed: both a :class:`MatlabValueError` (compat's bad-input
    errors) and an ``AssertionError`` (Python's), so either ``except`` catches it."""


MatlabError.__module__ = MatlabValueError.__module__ = MatlabTypeError.__module__ = \
    MatlabAssertionError.__module__ = "compat"


class CompatWarning(UserWarning):
    """Base class of the warnings IDL and MATLAB print, as compat reproduces them."""


# (language, legacy name) of the public routine running in this thread / task: set by the
# decorator of compat._core.legacy around each call (token reset in ``finally``), so a
# nested public routine is current while it runs and its caller is current again after.
_ROUTINE: contextvars.ContextVar[tuple[str, str] | None] = contextvars.ContextVar(
    "compat_legacy_routine", default=None)

# frames in these files are compat's own: a legacy warning points past them
_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


def current_routine() -> tuple[str, str] | None:
    """``(language, legacy name)`` of the public routine running now, or None.

    Set by the routine's decorator (:mod:`compat._core.legacy`) for the duration of the
    call, per thread and per asyncio task (a :class:`contextvars.ContextVar`); the
    innermost public routine is current when one calls another.
    """
    return _ROUTINE.get()


def routine_name(default: str = "") -> str:
    """The legacy name of the public routine running now (``default`` outside one)."""
    current = _ROUTINE.get()
    return default if current is None else current[1]


def _user_stacklevel() -> int:
    """The ``stacklevel`` of the first frame outside compat, counted from the caller of
    :func:`legacy_warn` (its caller is level 2)."""
    frame = sys._getframe(2)
    level = 2
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame = frame.f_back
        level += 1
    return level


def legacy_warn(message: str, category: type[Warning] = None, *,
                identifier: str | None = None, prefix: bool = True) -> None:
    """Warn ``message`` as the running public routine, attributed to the user's call.

    The text is ``"NAME: message"`` with the legacy name of the public routine running
    now (:func:`current_routine`, bound by its decorator): upper case for IDL, as IDL
    prints ``% NAME: message``; as typed for MATLAB (``"nlinfit: ..."``, Octave's
    ``warning: nlinfit: ...``); ``prefix=False`` (MATLAB's identifier-carrying
    warnings, whose text MATLAB prints without the name) or no routine running gives
    ``message`` alone. ``category`` (default :class:`CompatWarning`) is instantiated
    with the text, and with ``identifier`` when given (a :class:`MatlabWarning`). The
    warning points at the first frame outside the compat package, the user's call, so
    ``-W error`` tracebacks and warning filters by module see the caller.

    When a public routine calls another public routine, the inner one is current while
    it runs, so its warnings carry the inner name. That is what the legacy programs
    print: an IDL library routine's ``MESSAGE, /INFORMATIONAL`` is prefixed by the
    routine that calls MESSAGE (CURVEFIT's own "Failed to converge" says ``CURVEFIT``,
    while a conversion warning raised by a FIX inside it says ``FIX``), and MATLAB's
    ``warning`` reports the function whose code issued it.

    A MATLAB warning goes through MATLAB's bookkeeping (:func:`issue_warning`):
    ``matlab.lastwarn`` records it, ``matlab.warning('off', identifier)`` silences it.

    Examples
    --------
    >>> import warnings
    >>> with warnings.catch_warnings(record=True) as caught:
    ...     warnings.simplefilter("always")
    ...     legacy_warn("Warning: 2 singular values found.")
    >>> str(caught[0].message)  # no routine running: the text alone
    'Warning: 2 singular values found.'
    """
    current = _ROUTINE.get()
    if prefix and current is not None:
        message = f"{current[1]}: {message}"
    category = CompatWarning if category is None else category
    warning = category(message) if identifier is None else category(message, identifier)
    issue_warning(warning)


def issue_warning(warning: Warning) -> None:
    """Issue a legacy warning already built (``SingularMatrixWarning(text, id,
    rcond=...)``), pointed at the first frame outside compat, as :func:`legacy_warn`.

    A MATLAB warning -- a :class:`MatlabWarning`, or any warning while a MATLAB function
    runs -- first passes MATLAB's session bookkeeping
    (:mod:`compat._core.matlab_diagnostics`): ``matlab.lastwarn`` records it, and it is
    not issued while ``matlab.warning('off', identifier)`` (or ``'off', 'all'``)
    holds, as MATLAB's warning states work; under ``matlab.warning('error',
    identifier)`` it is raised as an error (``matlab.MException``) with its identifier
    and message instead.
    """
    current = _ROUTINE.get()
    if isinstance(warning, MatlabWarning) or (current is not None and
                                              current[0] == "matlab"):
        policy = _MATLAB_WARNING_POLICY[0]
        if policy is not None and not policy(warning, getattr(warning, "identifier", None)):
            return
    warnings.warn(warning, stacklevel=_user_stacklevel())


#: MATLAB's warning bookkeeping, registered by :mod:`compat._core.matlab_diagnostics`
#: when it is imported (compat.matlab imports it): ``policy(warning, identifier)``
#: records the warning for lastwarn, raises it under ``warning('error', id)`` and says
#: whether it is issued. This module never imports the MATLAB layer's state.
_MATLAB_WARNING_POLICY = [None]


def register_matlab_warning_policy(policy) -> None:
    """Make ``policy`` the bookkeeping every MATLAB warning passes first."""
    _MATLAB_WARNING_POLICY[0] = policy


_COMPAT_CLASS = {ValueError: CompatValueError, TypeError: CompatTypeError}


def _error(routine: str | None, message: str, cls: type[Exception]) -> Exception:
    compat_cls = _COMPAT_CLASS.get(cls)
    if compat_cls is None:
        return cls(f"{routine}: {message}" if routine else message)
    return compat_cls(message, routine or None)  # no name: the decorator binds it


def idl_error(routine: str, message: str, cls: type[Exception] = ValueError) -> Exception:
    """``cls`` error ``"ROUTINE: message"`` already bound (IDL's style, upper case).

    For code outside a decorated routine; inside one, raise ``CompatValueError(message)``
    and let the decorator bind the name.
    """
    return _error(routine.upper() if routine else None, message, cls)


def matlab_error(function: str, message: str, cls: type[Exception] = ValueError) -> Exception:
    """``cls`` error ``"function: message"`` already bound (MATLAB's style)."""
    return _error(function, message, cls)


class MatlabWarning(CompatWarning):
    """A MATLAB warning; ``identifier`` holds MATLAB's message identifier when known.

    ``warnings.warn(BadlyConditionedWarning(text, "MATLAB:polyfit:RepeatedPoints"))``
    keeps MATLAB's text as the message; ``str(w.message)`` is that text.
    """

    def __init__(self, message: str = "", identifier: str | None = None):
        super().__init__(message)
        self.identifier = identifier


class BadlyConditionedWarning(MatlabWarning):
    """``polyfit``: the Vandermonde matrix is badly conditioned.

    MATLAB identifiers ``MATLAB:polyfit:RepeatedPointsOrRescale`` (without ``mu``) and
    ``MATLAB:polyfit:RepeatedPoints`` (with ``mu``: centring and scaling were used).
    """


class PolyNotUniqueWarning(MatlabWarning):
    """``polyfit``: degree >= number of data points (``MATLAB:polyfit:PolyNotUnique``)."""


class IntegrationTolNotMetWarning(MatlabWarning):
    """``ode45``/``ode23``: MATLAB's ``MATLAB:ode45:IntegrationTolNotMet`` warning (the step
    size fell below the minimum)."""


class RelTolIncreaseWarning(MatlabWarning):
    """``ode45``/``ode23``: MATLAB's ``MATLAB:ode45:RelTolIncrease`` warning (RelTol below
    100*eps was raised to it)."""


class ZeroDegreesOfFreedomWarning(MatlabWarning):
    """``polyval``: ``S.df`` is 0, so ``delta`` is Inf (``MATLAB:polyval:ZeroDOF``)."""


class SingularMatrixWarning(MatlabWarning):
    """``mldivide``/``mrdivide``/``inv``: "Matrix is singular to working precision."
    (``MATLAB:singularMatrix``): an exactly zero pivot; the result holds Inf/NaN."""


class NearlySingularMatrixWarning(MatlabWarning):
    """``mldivide``/``mrdivide``/``inv``: "Matrix is close to singular or badly scaled.
    Results may be inaccurate. RCOND = ..." (``MATLAB:nearlySingularMatrix``): the
    reciprocal condition estimate is below eps. ``rcond`` holds the estimate."""

    def __init__(self, message: str = "", identifier: str | None = None,
                 rcond: float | None = None):
        super().__init__(message, identifier)
        self.rcond = rcond


class RankDeficientWarning(MatlabWarning):
    """``mldivide``/``mrdivide`` of a rectangular matrix: "Rank deficient, rank = r,
    tol = ..." (``MATLAB:rankDeficientMatrix``). ``rank`` and ``tol`` hold the values."""

    def __init__(self, message: str = "", identifier: str | None = None,
                 rank: int | None = None, tol: float | None = None):
        super().__init__(message, identifier)
        self.rank = rank
        self.tol = tol
