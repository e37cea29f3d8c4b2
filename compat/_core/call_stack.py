"""The Python call stack read as IDL's interpreter stack (the core of SCOPE_TRACEBACK,
SCOPE_LEVEL and SCOPE_VARNAME).

IDL's stack starts at the main program ``$MAIN$`` (level 1) and ends at the routine
that called the SCOPE function. Here the outermost Python frame stands for ``$MAIN$``;
every further frame is one routine, named by its function's name in upper case
(a method as ``CLASS::METHOD``, IDL's spelling). Frames of compat's own code are IDL's
"system routines": left out unless asked for (IDL's /SYSTEM).
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

__all__ = ["Frame", "caller", "stack"]

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


@dataclass(frozen=True)
class Frame:
    """One level of the stack, outermost first."""

    routine: str
    filename: str
    line: int
    is_function: bool
    method: bool
    system: bool
    frame: object


def _is_system(code) -> bool:
    return os.path.abspath(code.co_filename).startswith(_PACKAGE + os.sep)


def _name(frame) -> tuple[str, bool]:
    code = frame.f_code
    owner = frame.f_locals.get("self") if code.co_argcount else None
    if owner is not None and code.co_varnames[:1] == ("self",):
        return f"{type(owner).__name__.upper()}::{code.co_name.upper()}", True
    return code.co_name.upper(), False


def caller():
    """The frame that called into compat: the first frame, going out from here, whose
    code is not compat's."""
    frame = sys._getframe(1)
    while frame is not None and _is_system(frame.f_code):
        frame = frame.f_back
    return frame


def stack(*, system: bool = False) -> list[Frame]:
    """The stack from ``$MAIN$`` (the outermost frame) to the frame that called into
    compat (:func:`caller`), outermost first.

    Frames of compat's package between them (a user function called back by a compat
    routine) are IDL's system routines, left out unless ``system``.

    Examples
    --------
    >>> def outer():
    ...     return [f.routine for f in stack()][-1:]
    >>> outer()
    ['OUTER']
    """
    frame = caller()
    frames = []
    while frame is not None:
        frames.append(frame)
        frame = frame.f_back
    frames.reverse()
    main = frames[0]
    out = [Frame("$MAIN$", main.f_code.co_filename, main.f_lineno, False, False, False,
                 main)]
    for f in frames[1:]:
        sys_frame = _is_system(f.f_code)
        if sys_frame and not system:
            continue
        name, method = _name(f)
        out.append(Frame(name, f.f_code.co_filename, f.f_lineno, True, method, sys_frame,
                         f))
    return out
