"""Files, folders, the environment and shell commands as MATLAB sees them, Python-shaped.

The POSIX rules MATLAB follows on Linux and macOS (``/`` separates, ``:`` separates
path entries). Facts and their sources:

* ``join_path``: MATLAB's ``fullfile``: the parts joined by ``/``, empty parts skipped,
  runs of separators collapsed to one, a trailing separator kept (MATLAB fullfile
  reference page; Octave 7.3's fullfile.m gives the same on POSIX).
* ``split_path``: MATLAB's ``fileparts``: the folder is everything before the last
  separator (``/`` for a file in the root), the extension starts at the last ``.``
  after it (``.bashrc`` is all extension) (fileparts reference page).
* ``list_entries``: MATLAB's ``dir``: a folder lists its contents with ``.`` and
  ``..``; a pattern with ``*``/``?`` (``**`` for any depth of subfolders) lists what it
  matches; names sorted by code point (case-sensitive, as MATLAB on Linux); ``bytes``
  0 for folders; ``date`` local modification time as ``dd-mmm-yyyy HH:MM:SS``,
  ``datenum`` the same instant as a serial date number (whole seconds).
* ``generated_path``: MATLAB's ``genpath``: the folder and its subfolders depth first
  in ``dir`` order, each followed by ``:`` (``[d filesep name]`` as given), leaving out
  folders named ``private``, ``resources``, ``__archive``, ``_compiles``,
  ``_mcc_funcs`` and folders starting with ``@`` or ``+`` (MathWorks' genpath.m, 2018,
  as published in public repositories; dot folders such as ``.git`` are kept).
* ``run_shell``: MATLAB's ``system``: the command runs in ``$MATLAB_SHELL``, else
  ``$SHELL``, else ``/bin/sh`` (unix/system reference pages), ``-c command``; a command
  ending in ``&`` runs in the background and returns at once.
"""

from __future__ import annotations

import datetime as _dt
import fnmatch
import os
import re
import shutil
import stat as _stat
import subprocess
import uuid

import numpy as np

from compat._core import matlab_dates

__all__ = ["join_path", "split_path", "list_entries", "generated_path", "run_shell",
           "shell_program", "copy_paths", "move_paths", "remove_folder", "make_folder",
           "temporary_folder", "temporary_name", "has_wildcard", "expand_wildcards"]

SEP = "/"
PATHSEP = ":"
_REPEATED = re.compile("/{2,}")


# ------------------------------------------------------------------------------ names
def join_path(parts: list[str]) -> str:
    """MATLAB's fullfile of text parts."""
    parts = [p for p in parts if p]
    if not parts:
        return ""
    return _REPEATED.sub(SEP, SEP.join(parts))


def split_path(name: str) -> tuple[str, str, str]:
    """MATLAB's fileparts: (folder, name, extension)."""
    slash = name.rfind(SEP)
    dot = name.rfind(".")
    if dot <= slash:
        dot = len(name)
    if slash < 0:
        folder = ""
    elif slash == 0:
        folder = SEP
    else:
        folder = name[:slash]
    return folder, name[slash + 1:dot], name[dot:]


def has_wildcard(text: str) -> bool:
    return "*" in text or "?" in text


def _sort_key(name: str):
    return name


def expand_wildcards(pattern: str) -> list[str]:
    """The paths a pattern with ``*``, ``?`` and ``**`` matches, sorted."""
    absolute = pattern.startswith(SEP)
    pieces = [p for p in pattern.split(SEP) if p]
    current = [SEP if absolute else ""]
    for k, piece in enumerate(pieces):
        last = k == len(pieces) - 1
        nxt = []
        for base in current:
            folder = base or "."
            if piece == "**":
                nxt.extend(_all_folders(base))
                continue
            if not has_wildcard(piece):
                path = base + piece if (not base or base.endswith(SEP)) else \
                    base + SEP + piece
                if os.path.lexists(path):
                    nxt.append(path)
                continue
            try:
                names = sorted(os.listdir(folder), key=_sort_key)
            except OSError:
                continue
            for name in names:
                if name.startswith(".") and not piece.startswith("."):
                    continue
                if fnmatch.fnmatchcase(name, piece):
                    path = base + name if (not base or base.endswith(SEP)) else \
                        base + SEP + name
                    if last or os.path.isdir(path):
                        nxt.append(path)
        current = nxt
    return current


def _all_folders(base: str) -> list[str]:
    """``base`` and every folder below it, depth first (``**``)."""
    out = [base]
    folder = base or "."
    try:
        names = sorted(os.listdir(folder), key=_sort_key)
    except OSError:
        return out
    for name in names:
        path = base + name if (not base or base.endswith(SEP)) else base + SEP + name
        if os.path.isdir(path) and not os.path.islink(path):
            out.extend(_all_folders(path))
    return out


# ----------------------------------------------------------------------------- dir
def _entry(path: str, name: str) -> dict | None:
    try:
        st = os.stat(path)
    except OSError:
        try:
            st = os.lstat(path)
        except OSError:
            return None
    moment = _dt.datetime.fromtimestamp(int(st.st_mtime))
    serial = float(matlab_dates.serial_from_parts(
        moment.year, moment.month, moment.day, moment.hour, moment.minute,
        moment.second))
    is_dir = _stat.S_ISDIR(st.st_mode)
    return {"name": name, "folder": "",
            "date": matlab_dates.format_dates(np.array([serial]),
                                              "dd-mmm-yyyy HH:MM:SS")[0],
            "bytes": 0.0 if is_dir else float(st.st_size), "isdir": bool(is_dir),
            "datenum": serial}


def list_entries(target: str) -> list[dict]:
    """MATLAB's dir of a folder, file or pattern: one dict per entry."""
    target = target or "."
    if has_wildcard(target):
        paths = expand_wildcards(target)
        out = []
        for path in paths:
            entry = _entry(path, os.path.basename(path.rstrip(SEP)) or path)
            if entry is not None:
                entry["folder"] = os.path.dirname(os.path.abspath(path))
                out.append(entry)
        return out
    if os.path.isdir(target):
        folder = os.path.abspath(target)
        names = [".", ".."] + sorted(os.listdir(target), key=_sort_key)
        out = []
        for name in names:
            entry = _entry(os.path.join(target, name), name)
            if entry is not None:
                entry["folder"] = folder
                out.append(entry)
        return out
    if os.path.lexists(target):
        entry = _entry(target, os.path.basename(target))
        if entry is not None:
            entry["folder"] = os.path.dirname(os.path.abspath(target))
            return [entry]
    return []


# ------------------------------------------------------------------------- genpath
_EXCLUDED = ("private", "resources", "__archive", "_compiles", "_mcc_funcs")


def generated_path(folder: str) -> str:
    """MATLAB's genpath: the folder and its subfolders, each followed by ``:``."""
    if not os.path.isdir(folder):
        return ""
    out = []

    def walk(path: str):
        out.append(path)
        try:
            names = sorted(os.listdir(path), key=_sort_key)
        except OSError:
            return
        for name in names:
            child = path + SEP + name        # MATLAB's [d filesep dirname]
            if name in _EXCLUDED or name[0] in "@+" or not os.path.isdir(child):
                continue
            walk(child)

    walk(folder)
    return "".join(p + PATHSEP for p in out)


# --------------------------------------------------------------------- the shell
def shell_program() -> str:
    """The shell MATLAB runs commands in: $MATLAB_SHELL, else $SHELL, else /bin/sh."""
    return os.environ.get("MATLAB_SHELL") or os.environ.get("SHELL") or "/bin/sh"


def run_shell(command: str, *, echo: bool = False, env: dict | None = None
              ) -> tuple[int, str]:
    """(exit status, output) of ``command`` run in MATLAB's shell; standard output and
    standard error interleaved as the command writes them."""
    environment = None
    if env:
        environment = dict(os.environ)
        environment.update(env)
    shell = shell_program()
    if command.rstrip().endswith("&"):
        process = subprocess.Popen([shell, "-c", command], env=environment,
                                   stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL, start_new_session=True)
        return (0 if process.poll() in (None, 0) else process.returncode), ""
    done = subprocess.run([shell, "-c", command], env=environment,
                          stdin=subprocess.DEVNULL, stdout=subprocess.PIPE,
                          stderr=subprocess.STDOUT)
    text = done.stdout.decode("utf-8", errors="replace")
    if echo:
        print(text, end="")
    return done.returncode, text


# ------------------------------------------------------------------ making changes
def make_folder(path: str) -> tuple[bool, str, str]:
    """MATLAB's mkdir of a path (with its parents): (status, message, message id).

    An existing folder succeeds with MATLAB's message; so does an existing *file* of
    that name, which MATLAB on Linux reports the same way (the folder is not made:
    C. Conrads, "Matlab: Existing Files and mkdir", tested with R2014a and R2015b)."""
    if os.path.isdir(path) or os.path.isfile(path):
        return True, "Directory already exists.", "MATLAB:MKDIR:DirectoryExists"
    try:
        os.makedirs(path)
    except OSError as error:
        return False, error.strerror or str(error), "MATLAB:MKDIR:OSError"
    return True, "", ""


def remove_folder(path: str, recursive: bool) -> tuple[bool, str, str]:
    """MATLAB's rmdir: (status, message, message id)."""
    if not os.path.isdir(path) or os.path.islink(path):
        return False, f"{path} is not a directory.", "MATLAB:RMDIR:NotADirectory"
    try:
        if recursive:
            shutil.rmtree(path)
        else:
            os.rmdir(path)
    except OSError as error:
        if not recursive and os.listdir(path):
            return False, f"{path} is not empty.", "MATLAB:RMDIR:NoDirectoriesRemoved"
        return False, error.strerror or str(error), "MATLAB:RMDIR:OSError"
    return True, "", ""


def _sources(source: str) -> list[str]:
    if has_wildcard(source):
        return expand_wildcards(source)
    return [source] if os.path.lexists(source) else []


def _transfer(source: str, destination: str, move: bool, force: bool
              ) -> tuple[bool, str, str]:
    what = "MOVEFILE" if move else "COPYFILE"
    sources = _sources(source)
    if not sources:
        return False, "No matching files were found.", f"MATLAB:{what}:FileDoesNotExist"
    many = len(sources) > 1
    if many and not os.path.isdir(destination):
        try:
            os.makedirs(destination)
        except OSError as error:
            return False, error.strerror or str(error), f"MATLAB:{what}:OSError"
    try:
        for path in sources:
            into_folder = os.path.isdir(destination) and (many or not os.path.isdir(path)
                                                          or move)
            target = os.path.join(destination, os.path.basename(path.rstrip(SEP))) \
                if into_folder else destination
            if os.path.isdir(path) and not move:
                shutil.copytree(path, target, dirs_exist_ok=True)
            elif move:
                if os.path.exists(target) and not os.path.isdir(target):
                    if not force and not os.access(target, os.W_OK):
                        raise PermissionError(13, "Permission denied", target)
                shutil.move(path, target)
            else:
                if os.path.exists(target) and force:
                    os.chmod(target, os.stat(target).st_mode | _stat.S_IWUSR)
                shutil.copy2(path, target)
    except OSError as error:
        return False, error.strerror or str(error), f"MATLAB:{what}:OSError"
    return True, "", ""


def copy_paths(source: str, destination: str, force: bool) -> tuple[bool, str, str]:
    """MATLAB's copyfile: files, folders (their contents, recursively), wildcards."""
    return _transfer(source, destination, False, force)


def move_paths(source: str, destination: str, force: bool) -> tuple[bool, str, str]:
    """MATLAB's movefile: files, folders, wildcards."""
    return _transfer(source, destination, True, force)


# ------------------------------------------------------------------------- temporary
_TEMPDIR: list = []


def temporary_folder() -> str:
    """MATLAB's tempdir: $TMPDIR, else $TMP, else /tmp, with a trailing separator;
    decided on the first call and kept (MathWorks' tempdir.m keeps it in a persistent
    variable)."""
    if not _TEMPDIR:
        folder = os.environ.get("TMPDIR") or os.environ.get("TMP") or "/tmp"
        _TEMPDIR.append(folder if folder.endswith(SEP) else folder + SEP)
    return _TEMPDIR[0]


def temporary_name(folder: str | None = None) -> str:
    """MATLAB's tempname: ``tp`` and a UUID with underscores, in ``folder``."""
    base = temporary_folder() if folder is None else folder
    name = "tp" + str(uuid.uuid4()).replace("-", "_")
    return join_path([base, name])
