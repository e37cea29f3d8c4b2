"""MATLAB's diary: a copy of the command window's text output in a file.

In a port the command window is the process's standard output: compat's ``disp``,
``display``, ``fprintf(1, ...)``/``fprintf(...)`` and the optimisers' iteration tables
all write to ``sys.stdout`` when they run. So the hook is there:
while the diary is on, ``sys.stdout`` is a thin wrapper that passes every write
on to the stream it replaced and appends the same text to the diary file (UTF-8,
flushed at each write, so the file is complete whenever it is read). compat's MATLAB
warnings are Python warnings, shown on standard error; while the diary is on, each one
shown is also logged as MATLAB displays it in the command window,
``Warning: <message>``. Switching the diary off closes the file and puts the replaced
stream and warning display back.

Text written to a stream that someone else installs later (a test harness capturing
output, ``contextlib.redirect_stdout``) does not pass the wrapper and is not copied.
"""

from __future__ import annotations

import os
import sys
import threading
import warnings

__all__ = ["DEFAULT_FILE", "switch_on", "switch_off", "is_on", "current_file"]

#: MATLAB's diary file name when none was given (in the current folder)
DEFAULT_FILE = "diary"

_LOCK = threading.RLock()
_state = {"file": DEFAULT_FILE, "stream": None, "tee": None, "show": None}


class _Tee:
    """``sys.stdout`` while the diary is on: writes go to the replaced stream and to the
    diary file."""

    def __init__(self, inner, log):
        self._inner = inner
        self._log = log

    def write(self, text):
        n = self._inner.write(text)
        with _LOCK:
            log = self._log
            if log is not None and not log.closed:
                log.write(text)
                log.flush()
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self._inner.flush()

    def __getattr__(self, name):            # encoding, isatty, fileno, buffer ...
        return getattr(self._inner, name)


def _log_text(text: str) -> None:
    with _LOCK:
        log = _state["stream"]
        if log is not None and not log.closed:
            log.write(text)
            log.flush()


def _show_warning(message, category, filename, lineno, file=None, line=None):
    """warnings.showwarning while the diary is on: the display as before, and a
    MATLAB warning (a compat warning) logged as ``Warning: <message>``."""
    shown = _state["show"]
    if shown is not None:
        shown(message, category, filename, lineno, file, line)
    from compat._core.errors import CompatWarning
    if issubclass(category, CompatWarning):
        _log_text(f"Warning: {message}\n")


def is_on() -> bool:
    """Whether the diary is recording (MATLAB's ``get(0, 'Diary')`` is ``'on'``)."""
    return _state["stream"] is not None


def current_file() -> str:
    """The diary file name (MATLAB's ``get(0, 'DiaryFile')``)."""
    return _state["file"]


def switch_on(filename: str | None = None) -> None:
    """Start (or continue) recording, into ``filename`` when given (appended to; the
    file is created when missing), else into the current diary file. A relative name
    is resolved against the current folder now, as MATLAB does each time the diary is
    switched on."""
    with _LOCK:
        if filename is not None:
            if is_on() and filename == _state["file"]:
                return
            _close()
            _state["file"] = filename
        elif is_on():
            return
        log = open(os.path.abspath(_state["file"]), "a", encoding="utf-8", newline="")
        _state["stream"] = log
        tee = _state["tee"]
        if tee is not None and sys.stdout is tee:
            tee._log = log
        else:
            tee = _Tee(sys.stdout, log)
            _state["tee"] = tee
            sys.stdout = tee
        if warnings.showwarning is not _show_warning:
            _state["show"] = warnings.showwarning
            warnings.showwarning = _show_warning


def switch_off() -> None:
    """Stop recording: the file is closed and ``sys.stdout`` is the stream it was."""
    with _LOCK:
        _close()
        tee = _state["tee"]
        if tee is not None and sys.stdout is tee:
            sys.stdout = tee._inner
            _state["tee"] = None
        if warnings.showwarning is _show_warning and _state["show"] is not None:
            warnings.showwarning = _state["show"]


def _close() -> None:
    log = _state["stream"]
    _state["stream"] = None
    tee = _state["tee"]
    if tee is not None:
        tee._log = None
    if log is not None:
        log.close()
