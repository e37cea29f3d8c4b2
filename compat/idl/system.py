"""IDL's operating-system routines: GETENV, SETENV, SPAWN, CD (UNIX, as IDL on Linux and
macOS).

They act on the Python process, as IDL's act on the IDL process: SETENV changes
``os.environ`` (inherited by every child started later), CD changes the working directory
(``os.chdir``), SPAWN runs a child process.
"""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl.paths import names, shaped

__all__ = ["getenv", "setenv", "spawn", "cd"]


# ----------------------------------------------------------------------------- GETENV
@idl_routine("GETENV")
def getenv(name=None, *, environment=False):
    """The value of environment variables, as IDL's GETENV.

    IDL call forms::

        Result = GETENV(Name)
        Result = GETENV(/ENVIRONMENT)

    Parameters
    ----------
    name : str or array of str
        Variable names (case sensitive, as on UNIX).
    environment : bool
        /ENVIRONMENT: the whole environment as a string array of ``'NAME=value'``.

    Returns
    -------
    str or ndarray of str
        The values; ``''`` for a variable that is not set (IDL's rule: GETENV never
        fails).

    Notes
    -----
    ``os.environ[name]`` raises ``KeyError`` for an unset variable and
    ``os.getenv(name)`` gives None. Source: IDL Reference Guide, GETENV.

    Examples
    --------
    >>> import os
    >>> from compat import idl
    >>> os.environ['COMPAT_DEMO'] = 'on'
    >>> idl.getenv('COMPAT_DEMO'), idl.getenv('COMPAT_NOT_SET_16')
    ('on', '')
    """
    if environment:
        return np.array([f"{k}={v}" for k, v in os.environ.items()], dtype=str)
    if name is None:
        raise CompatValueError("Incorrect number of arguments.")
    values, shape = names(name, "Name")
    return shaped([os.environ.get(v, "") for v in values], shape)


@idl_routine("SETENV")
def setenv(environment_expression):
    """Set environment variables of this process (and of children started later), as
    IDL's SETENV procedure.

    IDL call form::

        SETENV, Environment_Expression

    Parameters
    ----------
    environment_expression : str or array of str
        ``'NAME=value'`` (``'NAME='`` sets the empty string). The value is everything
        after the first ``=``.

    Raises
    ------
    ValueError
        ``"SETENV: ..."`` for an expression without ``=`` or an empty name.

    Examples
    --------
    >>> from compat import idl
    >>> idl.setenv('COMPAT_DEMO=a=b')
    >>> idl.getenv('COMPAT_DEMO')
    'a=b'
    """
    for text in names(environment_expression, "Environment_Expression")[0]:
        key, sep, value = text.partition("=")
        if not sep or not key.strip():
            raise CompatValueError(f"Environment expression must have the form NAME=value: "
                                   f"{text!r}")
        os.environ[key] = value


# ------------------------------------------------------------------------------ SPAWN
class SpawnResult(Result):
    """SPAWN's output arguments and keywords (the procedure has no function result)."""

    result: object
    err_result: object
    count: np.int32
    exit_status: np.int32
    pid: np.int32


def _lines(data: bytes):
    """IDL's Result: one string per line (Latin-1, as IDL keeps bytes), '' for none."""
    if not data:
        return ""
    text = data.decode("latin-1")
    if text.endswith("\n"):
        text = text[:-1]
    return np.array(text.split("\n"), dtype=str)


def _count(lines) -> int:
    return 0 if isinstance(lines, str) else len(lines)


@idl_routine("SPAWN", output_arguments=("result", "err_result"))
def spawn(command=None, *, result=True, err_result=False, count=False, exit_status=False,
          pid=False, noshell=False, sh=False, stderr=False, null_stdin=False, hide=False,
          noshell_wait=False, nowait=False, log_output=False, unit=None):
    """Run a command in a child process, as IDL's SPAWN procedure.

    IDL call forms::

        SPAWN, 'ls -l *.pro', Result [, ErrResult] [, COUNT=c] [, EXIT_STATUS=s]
        SPAWN, ['ls', '-l'], Result, /NOSHELL
        SPAWN, 'cmd' (no Result: the output goes to the terminal)

        ->  r = idl.spawn('ls -l *.pro', err_result=True, count=True, exit_status=True)
            r.result, r.err_result, r.count, r.exit_status

    Parameters
    ----------
    command : str or sequence of str
        A string is a *shell* command, run as IDL runs it: by the shell named in the
        ``SHELL`` environment variable (``/bin/sh`` with /SH or when unset), so pipes,
        wildcards and ``$VAR`` work. With /NOSHELL the command is a list ``[program,
        arg1, ...]`` executed directly, with no shell (no quoting problems, nothing
        expanded). A list without /NOSHELL is joined with blanks into a shell command,
        as IDL joins a string array.
    result : bool
        The Result argument: return the child's standard output as a string array, one
        element per line (no new-line characters; ``''`` when it printed nothing).
        ``result=False`` (IDL's SPAWN without Result) lets the output go to this
        process's standard output.
    err_result : bool
        The ErrResult argument: also return the child's standard error the same way
        (without it, the child's errors go to this process's standard error).
    count : bool
        COUNT: the number of lines in Result (LONG).
    exit_status : bool
        EXIT_STATUS: the child's exit code (LONG; 127 when the shell cannot find the
        command).
    pid : bool
        PID: the child's process id.
    noshell : bool
        /NOSHELL: no shell (see ``command``); a program that cannot be run raises.
    sh : bool
        /SH: use ``/bin/sh`` whatever ``SHELL`` says.
    stderr : bool
        /STDERR: the child's standard error goes into Result, mixed with its output in
        the order written. GDL 1.0.1 ignores /STDERR (recorded divergence).
    null_stdin : bool
        /NULL_STDIN: the child reads ``/dev/null``. compat always does so (a child
        never waits on this process's input), so the keyword changes nothing.
    hide, noshell_wait, nowait, log_output : bool
        Windows-only keywords of IDL; accepted, no effect.
    unit : optional
        UNIT= (a bidirectional pipe to the child) is not supported: ``ValueError``.

    Returns
    -------
    SpawnResult
        ``result`` (when requested), ``err_result``, ``count``, ``exit_status``,
        ``pid`` as requested, in IDL's argument order; None when nothing is requested.

    Raises
    ------
    ValueError
        ``"SPAWN: ..."``: no command, UNIT=, /NOSHELL with a program that cannot be run.

    Notes
    -----
    ``subprocess.run(cmd, shell=True)`` uses ``/bin/sh`` and returns bytes with the
    final new line; ``os.system`` returns a wait status, not the exit code. Output
    bytes are decoded as Latin-1 (one character per byte, as IDL keeps them). Source:
    IDL Reference Guide, SPAWN; checked against GDL 1.0.1 (reference_outputs/idl/system
    and tests/test_idl_system.py).

    Examples
    --------
    >>> from compat import idl
    >>> r = idl.spawn('echo hello; echo world', count=True, exit_status=True)
    >>> r.result.tolist(), r.count, r.exit_status
    (['hello', 'world'], np.int32(2), np.int32(0))
    >>> idl.spawn(['echo', 'a b', '$HOME'], noshell=True).result.tolist()
    ['a b $HOME']
    """
    if unit is not None:
        raise CompatValueError("UNIT= (a pipe to the child process) is not supported; use "
                               "subprocess.Popen")
    if command is None:
        raise CompatValueError("an interactive shell (SPAWN without Command) is not "
                               "supported; give the command")
    items, shape = names(command, "Command")
    if noshell:
        argv = items
        if not argv or argv[0] == "":
            raise CompatValueError("Command is empty")
    else:
        shell = "/bin/sh" if sh else (os.environ.get("SHELL") or "/bin/sh")
        argv = [shell, "-c", " ".join(items)]
    out_pipe = subprocess.PIPE if result else None
    if stderr:
        err_pipe = subprocess.STDOUT if result else None
    else:
        err_pipe = subprocess.PIPE
    try:
        child = subprocess.Popen(argv, stdin=subprocess.DEVNULL, stdout=out_pipe,
                                 stderr=err_pipe)
    except OSError as error:
        raise CompatValueError(f"Unable to run {argv[0]!r}: {error.strerror or error}") \
            from None
    out, err = child.communicate()
    if not result:
        sys.stdout.flush()
    if err is not None and not err_result:
        sys.stderr.write(err.decode("latin-1"))
        sys.stderr.flush()
    lines = _lines(out or b"") if result else None
    values = {}
    if result:
        values["result"] = lines
    if err_result:
        values["err_result"] = _lines(err or b"")
    if count:
        values["count"] = np.int32(_count(lines) if result else 0)
    if exit_status:
        values["exit_status"] = np.int32(child.returncode if child.returncode >= 0
                                         else 128 - child.returncode)
    if pid:
        values["pid"] = np.int32(child.pid)
    return SpawnResult(**values) if values else None


# --------------------------------------------------------------------------------- CD
class CdResult(Result):
    """CD's CURRENT output keyword."""

    current: str


@idl_routine("CD")
def cd(directory=None, *, current=False):
    """Change the working directory of this process, as IDL's CD procedure.

    IDL call forms::

        CD, Directory [, CURRENT=variable]
        CD, CURRENT=variable                  ; only ask
        CD, ''                                ; the home directory

    Parameters
    ----------
    directory : str, optional
        The new working directory (``~`` and ``$NAME`` expanded); ``''`` is the home
        directory; None (omitted) leaves the directory as it is.
    current : bool
        CURRENT: also return the working directory *before* the change (without a final
        separator).

    Returns
    -------
    None, or ``CdResult(current=...)`` when ``current`` is requested.

    Raises
    ------
    ValueError
        ``"CD: Unable to change to directory: ..."`` with the system's reason.

    Notes
    -----
    Like IDL's CD this changes the directory of the whole process (every relative file
    name after it); ``os.chdir`` is the same call. Source: IDL Reference Guide, CD.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> here = os.getcwd()
    >>> before = idl.cd(tempfile.gettempdir(), current=True).current
    >>> before == here
    True
    >>> idl.cd(here)
    """
    before = os.getcwd()
    if directory is not None:
        from compat._core.idl_paths import expand
        if not isinstance(directory, (str, bytes, os.PathLike, np.str_)):
            raise CompatTypeError(f"Directory must be a string, got "
                                  f"{type(directory).__name__}")
        target = names(directory, "Directory")[0][0]
        target = os.path.expanduser("~") if target == "" else expand(target)
        try:
            os.chdir(target)
        except OSError as error:
            raise CompatValueError(f"Unable to change to directory: {target} "
                                   f"({error.strerror or error})") from None
    if current:
        return CdResult(current=before.rstrip("/") or "/")
    return None
