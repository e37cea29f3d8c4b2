"""The command window, as MATLAB code controls it: ``diary``, ``help``.

A port's command window is the process's standard output (where compat's ``disp``,
``fprintf`` and ``display`` write); :mod:`compat._core.diary` holds the one hook.
"""

from __future__ import annotations

import inspect
import sys

import numpy as np

from compat._core import diary as core
from compat._core.errors import CompatTypeError
from compat._core.legacy import matlab_function

__all__ = ["diary", "help"]


def _text(value) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, np.ndarray) and value.dtype.kind == "U" and value.size == 1:
        return str(value.reshape(-1)[0])           # a string scalar
    raise CompatTypeError("Argument must be a character vector or string scalar.")


@matlab_function("diary")
def diary(*args):
    """Log the command window's text output to a file, as MATLAB's ``diary``.

    MATLAB call forms::

        diary               ->  diary()              (toggle logging)
        diary filename      ->  diary('filename')    (log to filename, appending)
        diary off           ->  diary('off')
        diary on            ->  diary('on')          (the current diary file)
        diary(filename)     ->  diary(filename)

    Parameters
    ----------
    args : str, optional
        ``'on'``, ``'off'`` or a file name (a char vector or string scalar; a relative
        name is in the current folder when logging starts). None: toggle.

    Returns
    -------
    None

    Raises
    ------
    TypeError
        A name that is not text ("Argument must be a character vector or string
        scalar."), more than one argument ("Too many input arguments.").

    Notes
    -----
    While logging is on, everything written to ``sys.stdout`` -- compat's ``disp``,
    ``display``, ``fprintf`` to the screen (file id 1 or none), iteration displays
    and Python's ``print`` -- and each MATLAB warning shown (a Python warning of
    compat's, as ``Warning: <message>``, MATLAB's display) is also appended to the file
    (UTF-8, MATLAB's encoding; the default name ``diary`` in the current folder; an
    existing file is appended to). Logging to a new name while on switches files;
    ``diary off`` closes the file. MATLAB also logs the commands typed at the prompt:
    a port has no prompt, so the log holds the output only -- which is what MATLAB
    and GNU Octave log while a script or function runs. Text written to standard
    error (``fprintf(2, ...)``) is not logged, as in Octave 7.3. The state is
    ``compat._core.diary.is_on()`` and ``current_file()`` (MATLAB's
    ``get(0, 'Diary')`` and ``get(0, 'DiaryFile')``). The file is flushed at every
    write (MATLAB writes it when logging stops), so it can be read at any time.

    Sources: MATLAB ``diary`` reference page (forms, default name, UTF-8, appending,
    the current folder); checked against GNU Octave 7.3 (reference_outputs/matlab/
    workspace_tools).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> name = os.path.join(tempfile.mkdtemp(), 'log.txt')
    >>> matlab.diary(name)
    >>> matlab.disp('recorded')
    recorded
    >>> matlab.diary('off')
    >>> matlab.disp('not recorded')
    not recorded
    >>> open(name, encoding='utf-8').read()
    'recorded\\n'
    """
    if len(args) > 1:
        raise CompatTypeError("Too many input arguments.")
    if not args:
        if core.is_on():
            core.switch_off()
        else:
            core.switch_on()
        return None
    text = _text(args[0])
    if text == "off":
        core.switch_off()
    elif text == "on" or not text:        # '' logs to the current file (Octave 7.3)
        core.switch_on()
    else:
        core.switch_on(text)
    return None


def _caller_namespace():
    """The globals and locals of the first frame whose code is not compat's own (the
    port's code that called help)."""
    import os
    root = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
    frame = inspect.currentframe()
    try:
        while frame is not None and \
                os.path.abspath(frame.f_code.co_filename).startswith(root + os.sep):
            frame = frame.f_back
        if frame is None:
            return {}
        return {**frame.f_globals, **frame.f_locals}
    finally:
        del frame


def _find(name: str):
    """What ``name`` names: the port's own function (the caller's namespace first, as
    MATLAB's path puts the user's folder before the toolboxes), else compat's MATLAB
    routine of that name (a dotted name follows attributes, else is compat's name with
    underscores: ``containers.Map`` is ``containers_Map``)."""
    import compat.matlab as package
    head, *rest = name.split(".")
    namespace = _caller_namespace()
    target = namespace.get(head, getattr(package, head, None))
    for part in rest:
        target = getattr(target, part, None)
    if target is None and rest:                   # containers.Map -> containers_Map
        target = getattr(package, name.replace(".", "_"), None)
    return target


@matlab_function("help", nargout=None)
def help(name=None, *, nargout=0):  # noqa: A001 - MATLAB's name
    """Show the help text of a function, as MATLAB's ``help``: the docstring.

    MATLAB call forms::

        help name          ->  matlab.help('interp1')     (prints the text)
        txt = help(name)   ->  matlab.help('interp1', nargout=1)
        help               ->  matlab.help()              (the families)

    ``name`` is looked up as MATLAB looks up a name on its path, the port's own code
    first: a function of that name in the calling module's namespace (a ported ``.m``
    file's function, whose docstring plays its leading comment block), else compat's
    MATLAB routine of that name. A function object may also be given.

    Returns
    -------
    str or None
        The default ``nargout=0`` is MATLAB's statement form (``help name``, the way
        it is nearly always called): the text is printed and None returned. With
        ``nargout=1`` the text is returned, as ``txt = help(name)``: the docstring
        with its indentation removed; ``''`` for a name that is not found, as MATLAB
        returns (the statement form prints "name not found.").

    Notes
    -----
    The texts are compat's docstrings (MATLAB call forms, differences from numpy and
    scipy, sources), not MathWorks' help texts. A found function without a docstring
    prints "No help found for name." (MATLAB: for a file without a comment block).

    Examples
    --------
    >>> from compat import matlab
    >>> def ramp(n):
    ...     "RAMP  0:n-1 as a row."
    ...     return list(range(n))
    >>> matlab.help('ramp')
    RAMP  0:n-1 as a row.
    >>> matlab.help('diary', nargout=1).splitlines()[0]
    "Log the command window's text output to a file, as MATLAB's ``diary``."
    >>> matlab.help('no_such_function')
    no_such_function not found.
    """
    if name is None:
        from compat import matlab as package
        lines = ["compat.matlab families (help name shows a routine's text):"]
        lines += [f"  {module.__name__.rsplit('.', 1)[1]}" for module in package.FAMILIES]
        text = "\n".join(lines)
    else:
        target = name if callable(name) else _find(_text(name))
        label = getattr(target, "__name__", None) if callable(name) else _text(name)
        if target is None:
            if nargout:
                return ""
            sys.stdout.write(f"{label} not found.\n")
            return None
        text = inspect.getdoc(target) or ""
        if not text:
            text = f"No help found for {label}."
    if nargout:
        return text
    sys.stdout.write(text + "\n")
    return None
