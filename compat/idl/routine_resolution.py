"""IDL's RESOLVE_ALL: compile every routine a program calls. In Python every function is
resolved when its module is imported, so this is a no-op that accepts IDL's keywords."""

from __future__ import annotations

from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["resolve_all"]


class ResolveAllResult(Result):
    """RESOLVE_ALL's UNRESOLVED output keyword (the procedure itself returns nothing)."""

    result: object
    unresolved: str


@idl_routine("RESOLVE_ALL")
def resolve_all(*, class_=None, continue_on_error=False, quiet=False, resolve_either=None,
                resolve_function=None, resolve_procedure=None, skip_routines=None,
                unresolved=False):
    """Resolve every routine called, as IDL's RESOLVE_ALL procedure: nothing to do in
    Python.

    IDL call form::

        RESOLVE_ALL [, CLASS=string] [, /CONTINUE_ON_ERROR] [, /QUIET]
            [, RESOLVE_EITHER=..] [, RESOLVE_FUNCTION=..] [, RESOLVE_PROCEDURE=..]
            [, SKIP_ROUTINES=..] [, UNRESOLVED=variable]
        ->  idl.resolve_all(quiet=True)

    IDL compiles the .pro files of the routines a program calls before it runs (used
    before SAVE, /ROUTINES to build a save file). Python resolves a name when the code
    runs and a module's functions when it is imported, so every keyword is accepted
    and ignored (``CLASS`` is ``class_=``, ``class`` being a Python keyword). ``unresolved=True``
    requests UNRESOLVED: ``''``, nothing is left unresolved. GDL 1.0.1's resolve_all.pro
    stops on CLASS ("not ready") and leaves UNRESOLVED undefined. Source: IDL Reference
    Guide, RESOLVE_ALL.

    Examples
    --------
    >>> from compat import idl
    >>> idl.resolve_all(quiet=True, skip_routines=['my_plot'])
    >>> idl.resolve_all(unresolved=True).unresolved
    ''
    """
    if unresolved:
        return ResolveAllResult(result=None, unresolved="")
    return None
