"""IDL's ``HELP`` for values: the lines IDL prints about variables and expressions,
over :mod:`compat._core.idl_help` (which formats scalars through the one IDL formatting
engine, as PRINT does)."""

from __future__ import annotations

import sys

import numpy as np

from compat._core import idl_help as core
from compat._core.errors import CompatValueError
from compat._core.idl_struct import is_structure
from compat._core.legacy import idl_routine

__all__ = ["help"]

_SESSION_KEYWORDS = ("breakpoints", "device", "dlm", "files", "functions", "heap_variables",
                     "keys", "last_message", "memory", "messages", "objects", "path_cache",
                     "preferences", "procedures", "recall_commands", "routines",
                     "shared_memory", "source_files", "system_variables", "traceback")


@idl_routine("HELP")
def help(*expressions, structures=False, output=False, variables=None,  # noqa: A001
         **named):
    """Describe values as IDL's ``HELP`` procedure prints them.

    IDL call forms::

        HELP, Expression1, ..., Expressionn [, /STRUCTURES] [, OUTPUT=variable]

    Python::

        compat.idl.help(*expressions, structures=False, output=False,
                        variables=None, **named)

    Parameters
    ----------
    *expressions
        Values without a name: each line says ``<Expression>``, as IDL does for an
        expression argument.
    **named
        Variables by name (``idl.help(a=a, b=b)``): IDL prints the variable's name, in
        upper case. ``variables`` (a mapping) does the same for names that are Python
        keywords or HELP's own keywords (``variables={'output': x}``). ``None`` is an
        undefined variable.
    structures : bool
        ``/STRUCTURES``: for a structure, list its tags under a ``** Structure`` header
        instead of the one-line description.
    output : bool
        ``OUTPUT=variable``: return the lines as a string array instead of printing
        them (IDL puts them in the variable).

    Returns
    -------
    None or ndarray of str
        ``None`` (the lines go to ``sys.stdout``), or the lines with ``output=True``.

    Notes
    -----
    What Python's ``print``/``repr``/``type`` show is not IDL's text: HELP prints the
    name in 15 columns (a longer name on a line of its own), the IDL type in 10, and a
    scalar in PRINT's free format (``INT =        5``, ``FLOAT =       1.50000``), a
    string quoted (cut after 39 characters, as GDL does), an array as
    ``Array[d1, d2]`` in IDL's dimension order (numpy's shape reversed). HELP's
    session keywords (``/ROUTINES``, ``/FILES``, ``/MEMORY``, ...) describe an IDL
    session, which a Python program does not have: they raise, naming the Python tool
    that answers the question (``inspect``, ``sys.modules``, ``tracemalloc``).
    ``/STRUCTURES`` prints ``<Anonymous>`` where IDL prints an anonymous structure's
    heap address. Sources: IDL Reference Guide, ``HELP``; real IDL print-outs (module
    :mod:`compat._core.idl_help`); GDL 1.0.1 (reference_outputs/idl/variable_info).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.help(a=np.zeros((4, 3), np.float32), b=np.int16(5), c='hello')
    A               FLOAT     = Array[3, 4]
    B               INT       =        5
    C               STRING    = 'hello'
    >>> idl.help(2.5, output=True).tolist()
    ['<Expression>    DOUBLE    =        2.5000000']
    """
    session = [k for k in named if k.lower() in _SESSION_KEYWORDS]
    if session:
        raise CompatValueError(
            f"/{session[0].upper()} describes an IDL session, which a Python program does "
            f"not have: use Python's introspection (inspect, sys.modules, tracemalloc)")
    values = [(None, value) for value in expressions]
    values += list((variables or {}).items()) + list(named.items())
    lines = []
    for name, value in values:
        if structures and is_structure(value) and not isinstance(value, dict):
            lines += core.structure_lines(value)
        else:
            lines += core.value_lines(name, value)
    if output:
        return np.array(lines, dtype=str)
    sys.stdout.write("".join(line + "\n" for line in lines))
    return None
