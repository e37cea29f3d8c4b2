"""IDL's SCOPE_TRACEBACK, SCOPE_LEVEL and SCOPE_VARNAME over the Python call stack
(core :mod:`compat._core.call_stack`).

The stack is read as IDL's: the outermost Python frame is ``$MAIN$`` (level 1), each
further frame a routine named by its function in upper case (methods ``CLASS::METHOD``),
the last the function that called the SCOPE routine.
"""

from __future__ import annotations

import inspect
import os

import numpy as np

from compat._core import call_stack as core
from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["scope_level", "scope_traceback", "scope_varname"]

_TAGS = ("ROUTINE", "FILENAME", "LINE", "LEVEL", "IS_FUNCTION", "METHOD", "RESTORED",
         "SYSTEM")


class ScopeVarnameResult(Result):
    """SCOPE_VARNAME's names and its COUNT output keyword."""

    result: object
    count: np.int32


def _record(frame: core.Frame, level: int):
    return build_structure(_TAGS, [
        frame.routine, os.path.abspath(frame.filename), np.int32(frame.line),
        np.int32(level), np.uint8(frame.is_function), np.uint8(frame.method),
        np.uint8(0), np.uint8(frame.system)], "IDL_TRACEBACK")


@idl_routine("SCOPE_TRACEBACK")
def scope_traceback(*, structure=False, system=False):
    """The call stack as IDL's SCOPE_TRACEBACK function gives it.

    IDL call form::

        Result = SCOPE_TRACEBACK([, /STRUCTURE] [, /SYSTEM])
                 ->  idl.scope_traceback([structure=True] [, system=True])

    Returns
    -------
    ndarray of str, or an IDL_TRACEBACK structure array
        Element 0 is ``'$MAIN$'`` (the outermost Python frame), the last the function
        calling SCOPE_TRACEBACK; each other element reads ``'NAME <file(line)>'``, the
        function's name in upper case and where it is running. With /STRUCTURE, one
        ``IDL_TRACEBACK`` structure per level: ROUTINE, FILENAME (the absolute path),
        LINE (LONG), LEVEL (LONG, ``$MAIN$`` = 1 as SCOPE_LEVEL counts), IS_FUNCTION
        (BYTE: 1 for every Python function, 0 for ``$MAIN$``), METHOD (1 for a method,
        named ``CLASS::METHOD``), RESTORED (0: nothing comes from a SAVE file), SYSTEM.

    Notes
    -----
    As the IDL reference page (SCOPE_TRACEBACK): "Element 0 of the result contains
    information about the outer main program ($MAIN$) ... The final element of the
    result describes the currently executing caller of SCOPE_TRACEBACK". compat's own
    routines are IDL's system routines: a user function that compat calls back (a
    function passed to a fitting routine, say) has compat's frames between it and its
    caller, listed only with /SYSTEM (SYSTEM = 1). The string form is GDL 1.0.1's
    (``'SC_INNER </tmp/sc_inner.pro(2)>'``); IDL's reference page does not print one, and
    GDL counts the structure's LEVEL from 0 where its SCOPE_LEVEL counts ``$MAIN$`` as 1
    (compat: 1, as SCOPE_LEVEL). The naive ``traceback.format_stack()`` lists the
    innermost frame last too but includes the calling machinery's frames.

    Examples
    --------
    >>> from compat import idl
    >>> def inner():
    ...     return idl.scope_traceback()
    >>> def outer():
    ...     return inner()
    >>> t = outer()
    >>> str(t[0]), [s.split()[0] for s in t[-2:]]
    ('$MAIN$', ['OUTER', 'INNER'])
    >>> s = idl.scope_traceback(structure=True)
    >>> str(s[0].ROUTINE), int(s[0].LEVEL)
    ('$MAIN$', 1)
    """
    frames = core.stack(system=bool(system))
    if structure:
        rows = [_record(f, k + 1) for k, f in enumerate(frames)]
        return np.concatenate(rows).view(rows[0].dtype).view(np.recarray)
    text = ["$MAIN$"] + [f"{f.routine} <{os.path.abspath(f.filename)}({f.line})>"
                         for f in frames[1:]]
    return np.array(text)


@idl_routine("SCOPE_LEVEL")
def scope_level():
    """The level of the calling function in the call stack, as IDL's SCOPE_LEVEL.

    IDL call form::

        Result = SCOPE_LEVEL()   ->  idl.scope_level()

    ``$MAIN$`` (the outermost Python frame, a script's module level) is 1, a function it
    calls 2, and so on: the number of elements of :func:`scope_traceback`. Returns
    LONG.

    Examples
    --------
    >>> from compat import idl
    >>> def f():
    ...     return idl.scope_level()
    >>> int(f()) - int(idl.scope_level())
    1
    """
    return np.int32(len(core.stack()))


def _is_variable(name, value):
    return not (name.startswith("__") or inspect.ismodule(value)
                or inspect.isfunction(value) or inspect.isclass(value)
                or inspect.isbuiltin(value))


@idl_routine("SCOPE_VARNAME")
def scope_varname(*variables, count=False, level=None):
    """The names of variables at a level of the call stack, as IDL's SCOPE_VARNAME.

    IDL call forms::

        Result = SCOPE_VARNAME([Var1, ..., Varn] [, COUNT=c] [, LEVEL=l])
                 ->  idl.scope_varname(x, level=-1)
                 ->  idl.scope_varname(count=True)

    Parameters
    ----------
    *variables
        The values whose names are wanted: each name is the first variable of the
        level's frame bound to that very object (``is``); a value no variable there
        holds gives ``''`` (IDL: an expression). Without any, every variable of the
        level, in the frame's order.
    level : int
        LEVEL=: 0 or negative counts back from the calling function (0 itself,
        -1 its caller), positive is absolute (1 = ``$MAIN$``). Default 0.
    count : bool
        COUNT=: request the number of names returned (LONG).

    Returns
    -------
    str or ndarray of str, or ScopeVarnameResult(result, count)
        Upper-case names; one argument gives a scalar string.

    Notes
    -----
    Python variables are names bound to objects, so a value is found by identity: small
    integers and interned strings are shared objects and may be found under another
    name holding the same value. Modules, functions, classes and dunder names are not
    variables. Levels as :func:`scope_level`; a level outside the stack raises IDL's
    "Value of LEVEL is out of allowed range". The naive ``inspect.currentframe().f_back
    .f_locals`` does the same lookup without IDL's levels.

    Examples
    --------
    >>> from compat import idl
    >>> def show(data):
    ...     return idl.scope_varname(data), idl.scope_varname(data, level=-1)
    >>> def caller():
    ...     image = [1.5, 2.5]
    ...     return show(image)
    >>> caller()
    ('DATA', 'IMAGE')
    """
    frames = core.stack()
    current = len(frames)
    lv = 0 if level is None else int(idl_array(level, "LEVEL", scalar=True))
    target = current + lv if lv <= 0 else lv
    if not 1 <= target <= current:
        raise CompatValueError(f"Value of LEVEL is out of allowed range: {lv}")
    frame = frames[target - 1].frame
    names = [(n, v) for n, v in frame.f_locals.items() if _is_variable(n, v)]
    if variables:
        found = [next((n.upper() for n, v in names if v is value), "")
                 for value in variables]
        out = found[0] if len(found) == 1 else np.array(found)
        n = len(found)
    else:
        out = np.array([n.upper() for n, _ in names])
        n = len(names)
        if n == 0:
            out = ""
    if count:
        return ScopeVarnameResult(result=out, count=np.int32(n))
    return out
