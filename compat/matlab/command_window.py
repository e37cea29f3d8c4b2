"""The command window, as MATLAB code controls it: ``diary``.

A port's command window is the process's standard output (where compat's ``disp``,
``fprintf`` and ``display`` write); :mod:`compat._core.diary` holds the one hook.
"""

from __future__ import annotations

import numpy as np

from compat._core import diary as core
from compat._core.errors import CompatTypeError
from compat._core.legacy import matlab_function

__all__ = ["diary"]


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
