"""MATLAB's files, folders, environment and shell: ``fullfile``, ``fileparts``, ``dir``,
``exist``, ``isfile``, ``isfolder``, ``isdir``, ``mkdir``, ``rmdir``, ``delete``,
``copyfile``, ``movefile``, ``getenv``, ``setenv``, ``system``, ``unix``, ``dos``,
``pwd``, ``cd``, ``tempname``, ``tempdir``, ``genpath``.

The legacy layer of the family, over :mod:`compat._core.filesystem`, with MATLAB's rules
on Linux and macOS (``/`` separates folders, ``:`` path entries). Text is a ``str`` (a
list of ``str`` or a ``str`` array where MATLAB takes a cell or string array).

Functions that change the file system (``mkdir``, ``rmdir``, ``delete``, ``copyfile``,
``movefile``) follow MATLAB's two call forms through ``nargout``: with outputs
(``nargout`` 1 to 3, the default 1 as in ``status = mkdir(...)``) they report a failure
in ``status``/``msg``/``msgID`` and never raise; ``nargout=0`` is MATLAB's statement
form (``mkdir(...)`` alone), which raises ``ValueError`` on failure and warns where
MATLAB warns.

Differences from the naive Python: ``os.path.join('a', '/b')`` drops ``'a'`` where
``fullfile`` gives ``'a/b'``; ``os.path.splitext('.bashrc')`` has no extension where
``fileparts`` gives ``'.bashrc'``; ``os.makedirs`` raises for an existing folder where
``mkdir`` succeeds with a message; ``subprocess.run(cmd)`` runs no shell unless asked,
where ``system`` always runs MATLAB's shell.
"""

from __future__ import annotations

import inspect
import os
import numpy as np

from compat._core import filesystem as core
from compat._core import graphics_queries as _graphics
from compat._core.args import at_most_inputs, check_nargout
from compat._core.docs import Fragments
from compat._core.errors import (CompatTypeError, CompatValueError, MatlabWarning,
                                 issue_warning)
from compat._core.legacy import matlab_function
from compat._core.matlab_text import text_items
from compat._core.results import Result
from compat._core.struct import MatlabStruct

__all__ = ["fullfile", "fileparts", "dir", "exist", "isfile", "isfolder", "isdir",
           "mkdir", "rmdir", "delete", "copyfile", "movefile", "getenv", "setenv",
           "system", "unix", "dos", "pwd", "cd", "tempname", "tempdir", "genpath",
           "FilepartsResult", "StatusResult", "SystemResult", "FileSystemWarning"]


class FilepartsResult(Result):
    """``[filepath, name, ext] = fileparts(filename)``."""

    request_style = "nargout"
    filepath: str
    name: str
    ext: str


class StatusResult(Result):
    """``[status, msg, msgID] = mkdir/rmdir/copyfile/movefile(...)``."""

    request_style = "nargout"
    status: bool
    msg: str
    msgID: str


class SystemResult(Result):
    """``[status, cmdout] = system(command)``."""

    request_style = "nargout"
    status: float
    cmdout: str


class FileSystemWarning(MatlabWarning):
    """A MATLAB file-system warning (``Directory already exists.``, ``File ... not
    found.``)."""


def _text(value, name: str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, np.ndarray) and value.dtype.kind == "U" and value.size == 1:
        return str(value.reshape(()))
    if isinstance(value, np.ndarray) and value.dtype.kind == "T" and value.size == 1 and \
            isinstance(value.ravel()[0], str):         # a string scalar (not <missing>)
        return str(value.ravel()[0])
    raise CompatTypeError(f"{name} must be a character vector or string scalar.")


def _outputs(nargout: int, maximum: int) -> None:
    check_nargout(nargout, maximum, minimum=0)


def _status(nargout: int, ok: bool, msg: str, msg_id: str):
    """MATLAB's outputs of a file-system change; the statement form raises/warns."""
    if nargout == 0:
        if not ok:
            raise CompatValueError(msg)
        if msg:
            issue_warning(FileSystemWarning(msg, msg_id or None))
        return None
    return StatusResult.first(nargout, bool(ok), msg, msg_id)


# ------------------------------------------------------------------------- names
@matlab_function("fullfile")
def fullfile(*parts):
    """Build a file name from parts, as MATLAB's ``fullfile``.

    MATLAB call forms::

        f = fullfile(filepart1, ..., filepartN)  ->  fullfile('data', 'run1', 'a.txt')
        f = fullfile(folder, {'a.m', 'b.m'})     ->  fullfile('src', ['a.m', 'b.m'])

    The parts are joined with ``/``; empty parts are skipped; runs of separators become
    one (``fullfile('a/', '/b')`` is ``'a/b'``); a trailing separator stays. A part that
    is a cell (list) or string array gives a result of that kind, one file per element
    (other parts must then be text or of the same size).

    Differs from ``os.path.join``, which restarts at a part beginning with ``/``.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.fullfile('data/', '/run1', '', 'a.txt')
    'data/run1/a.txt'
    >>> matlab.fullfile('src', ['a.m', 'b.m'])
    ['src/a.m', 'src/b.m']
    """
    if not parts:
        raise CompatValueError("Not enough input arguments.")
    many = None
    columns = []
    for part in parts:
        if isinstance(part, str):
            columns.append([part])
            continue
        kind, items, shape = text_items(part, "Input")
        if many is not None and len(items) != len(many[1]) and len(items) != 1:
            raise CompatValueError("All cell array or string array inputs must be the "
                                   "same size.")
        if many is None or len(items) > 1:
            many = (kind, items, shape)
        columns.append(items)
    if many is None:
        return core.join_path([c[0] for c in columns])
    n = len(many[1])
    joined = [core.join_path([c[0] if len(c) == 1 else c[k] for c in columns])
              for k in range(n)]
    kind, _, shape = many
    if kind == "stringdtype":          # "If any input is a string array, then f is a
        return np.array(joined, dtype=np.dtypes.StringDType()).reshape(shape)  # string array"
    if kind == "string":
        return np.array(joined, dtype=str).reshape(shape)
    if kind == "object":
        out = np.empty(n, dtype=object)
        out[:] = joined
        return out.reshape(shape)
    return joined


@matlab_function("fileparts", nargout=3)
def fileparts(filename, nargout=1):
    """Split a file name into folder, name and extension, as MATLAB's ``fileparts``.

    MATLAB call form: ``[filepath, name, ext] = fileparts(filename)`` ->
    ``fileparts(f, nargout=3)`` (one output: the folder).

    The folder is everything before the last ``/`` (``'/'`` itself for a file in the
    root, ``''`` without a separator); the extension starts at the last ``.`` after it
    (``'.bashrc'`` is all extension, ``'a.tar.gz'`` has ``'.gz'``). Differs from
    ``os.path.splitext``, which gives ``'.bashrc'`` no extension.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.fileparts('/home/user/docs/myfile.txt', nargout=3)
    FilepartsResult(filepath='/home/user/docs', name='myfile', ext='.txt')
    >>> matlab.fileparts('.bashrc', nargout=3)
    FilepartsResult(filepath='', name='', ext='.bashrc')
    """
    text = _text(filename, "Input")
    parts = core.split_path(text)
    if isinstance(filename, np.ndarray) and filename.dtype.kind == "T":
        # a string scalar gives string scalars (MathWorks' fileparts page: the outputs
        # are "character vector | string scalar", of the input's type)
        parts = [np.array([p], dtype=np.dtypes.StringDType()).reshape(filename.shape)
                 for p in parts]
    return FilepartsResult.first(nargout, *parts)


# --------------------------------------------------------------------------- dir
@matlab_function("dir")
def dir(name=".", pattern=None):
    """List a folder's contents or the files a pattern matches, as MATLAB's ``dir``.

    MATLAB call forms::

        listing = dir                     ->  dir()
        listing = dir(name)               ->  dir('data'), dir('data/*.csv'),
                                              dir('src/**/*.m')

    Parameters
    ----------
    name : str
        A folder (its contents, with ``.`` and ``..``), a file, or a pattern with ``*``
        and ``?`` in its last part or any part (``**`` matches any depth of
        subfolders). Names starting with ``.`` match only a pattern starting with ``.``.

    Returns
    -------
    list of MatlabStruct
        MATLAB's struct array, one struct per entry with the fields ``name``,
        ``folder`` (absolute), ``date`` (local modification time,
        ``'dd-mmm-yyyy HH:MM:SS'``), ``bytes`` (0 for folders), ``isdir`` and
        ``datenum``; ``.`` and ``..`` first, then the names in code-point order
        (case-sensitive; MATLAB's reference page promises no order, and code commonly
        drops ``listing(1:2)`` as ``.`` and ``..``). Nothing matched: an empty list.

    Notes
    -----
    Octave 7.3's ``dir`` reports a folder's own size in ``bytes`` (4096 ...) where
    MATLAB gives 0, and sorts ``.`` and ``..`` among the names (``+pkg`` before them). Sources: MATLAB dir reference page; field layout checked against
    Octave 7.3 (reference_outputs/matlab/filesystem).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> folder = tempfile.mkdtemp()
    >>> _ = open(os.path.join(folder, 'b.txt'), 'w').write('12345')
    >>> [(e.name, e.bytes, e.isdir) for e in matlab.dir(folder)]
    [('.', 0.0, True), ('..', 0.0, True), ('b.txt', 5.0, False)]
    >>> [e.name for e in matlab.dir(os.path.join(folder, '*.txt'))]
    ['b.txt']
    """
    target = _text(name, "name")
    if pattern is not None:
        target = core.join_path([target, _text(pattern, "pattern")])
    return [MatlabStruct(entry) for entry in core.list_entries(target)]


# ------------------------------------------------------------------------- exist
def _caller_names() -> dict:
    """The names visible where the public function was called (locals, globals)."""
    frame = inspect.currentframe()
    try:
        caller = frame.f_back.f_back.f_back    # exist <- decorator <- caller
        return {**caller.f_globals, **caller.f_locals} if caller is not None else {}
    finally:
        del frame


_TYPES = ("var", "builtin", "file", "dir", "class")


@matlab_function("exist")
def exist(name, type=None):
    """Whether a variable, file or folder exists, as MATLAB's ``exist``.

    MATLAB call forms::

        e = exist(name)            ->  exist('results.mat')
        e = exist(name, searchType)    searchType 'var', 'file', 'dir', 'builtin', 'class'

    Returns 1 for a variable, 2 for a file, 7 for a folder, 0 otherwise (a float, as
    MATLAB's double):

    * ``'var'``: 1 when ``name`` is a variable where ``exist`` is called (a local or
      global Python name of the calling frame), else 0;
    * ``'file'``: 2 for a file, 7 for a folder (MATLAB's ``'file'`` finds folders
      too), relative to the current folder or absolute;
    * ``'dir'``: 7 for a folder, else 0;
    * no type: a variable first (1), then a file (2) or folder (7).

    compat has no MATLAB search path: names of functions and classes on MATLAB's path
    (MATLAB's 2, 3, 5, 6, 8) are not looked up, so ``'builtin'`` and ``'class'`` give 0.

    Examples
    --------
    >>> import tempfile
    >>> from compat import matlab
    >>> matlab.exist(tempfile.gettempdir(), 'dir')
    7.0
    >>> x = 3
    >>> matlab.exist('x', 'var'), matlab.exist('no_such_name_here')
    (1.0, 0.0)
    """
    text = _text(name, "Name")
    kind = None
    if type is not None:
        kind = _text(type, "searchType").lower()
        if kind not in _TYPES:
            raise CompatValueError(f"The second argument must be one of "
                                   f"{', '.join(repr(t) for t in _TYPES)}.")
    if kind in (None, "var") and text.isidentifier() and text in _caller_names():
        return 1.0
    if kind in ("var", "builtin", "class"):
        return 0.0
    if os.path.isdir(text):
        return 7.0
    if kind in (None, "file") and os.path.exists(text):
        return 2.0
    return 0.0


def _test_paths(value, test, where: str):
    if isinstance(value, str):
        return bool(test(value))
    kind, items, shape = text_items(value, where)
    return np.array([bool(test(v)) for v in items], dtype=bool).reshape(shape)


@matlab_function("isfile")
def isfile(fileName):
    """True for names of files, as MATLAB's ``isfile``.

    MATLAB call form: ``TF = isfile(fileName)``; ``fileName`` a ``str`` (a ``bool``
    back) or a list/``str`` array (a logical array of its shape). Folders give False.

    Examples
    --------
    >>> import tempfile
    >>> from compat import matlab
    >>> matlab.isfile(tempfile.gettempdir()), matlab.isfile(['/no/such/file'])
    (False, array([False]))
    """
    return _test_paths(fileName, os.path.isfile, "fileName")


@matlab_function("isfolder")
def isfolder(folderName):
    """True for names of folders, as MATLAB's ``isfolder``.

    MATLAB call form: ``TF = isfolder(folderName)``; text or a list/``str`` array of
    text (a logical array of its shape).

    Examples
    --------
    >>> import tempfile
    >>> from compat import matlab
    >>> matlab.isfolder(tempfile.gettempdir())
    True
    """
    return _test_paths(folderName, os.path.isdir, "folderName")


@matlab_function("isdir")
def isdir(folderName):
    """True for the name of a folder, as MATLAB's ``isdir`` (not recommended in MATLAB:
    use :func:`isfolder`; ``isdir`` takes one character vector).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.isdir('/')
    True
    """
    if not isinstance(folderName, str):
        return False
    return os.path.isdir(folderName)


# ----------------------------------------------------------------- making changes
@matlab_function("mkdir", nargout=None)
def mkdir(folderName, *args, nargout=1):
    """Make a folder (and its missing parents), as MATLAB's ``mkdir``.

    MATLAB call forms::

        status = mkdir(folderName)                ->  mkdir('out/run1')
        status = mkdir(parentFolder, folderName)  ->  mkdir('out', 'run1')
        [status, msg, msgID] = mkdir(___)         ->  mkdir('out', nargout=3)
        mkdir folderName                          ->  mkdir('out', nargout=0)

    ``status`` is True when the folder exists afterwards: made now, or already there
    (``msg`` ``'Directory already exists.'``, ``msgID``
    ``'MATLAB:MKDIR:DirectoryExists'``). A failure gives False and the system's message;
    with ``nargout=0`` it raises ``ValueError`` instead, and an existing folder warns.
    As MATLAB on Linux, an existing *file* of that name is reported as an existing
    folder (status True, nothing made). GNU Octave 7.3 says ``'directory exists'`` with
    the identifier ``'mkdir'``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> parent = tempfile.mkdtemp()
    >>> matlab.mkdir(parent, 'a/b')
    True
    >>> matlab.mkdir(os.path.join(parent, 'a'), nargout=2)
    StatusResult(status=True, msg='Directory already exists.')
    """
    _outputs(nargout, 3)
    at_most_inputs(args, 1)
    path = _text(folderName, "folderName")
    if args:
        path = core.join_path([path, _text(args[0], "folderName")])
    return _status(nargout, *core.make_folder(path))


@matlab_function("rmdir", nargout=None)
def rmdir(folderName, *args, nargout=1):
    """Remove a folder, as MATLAB's ``rmdir``.

    MATLAB call forms::

        status = rmdir(folderName)          ->  rmdir('out')       (an empty folder)
        status = rmdir(folderName, 's')     ->  rmdir('out', 's')  (with its contents)
        [status, msg, msgID] = rmdir(___)   ->  rmdir('out', 's', nargout=3)
        rmdir folderName                    ->  rmdir('out', nargout=0)  (raises)

    A folder with contents is not removed without ``'s'`` (``msg`` ``'No directories
    were removed.'``); nor is a missing folder.

    Examples
    --------
    >>> import tempfile
    >>> from compat import matlab
    >>> folder = tempfile.mkdtemp()
    >>> matlab.rmdir(folder), matlab.rmdir(folder)
    (True, False)
    """
    _outputs(nargout, 3)
    path = _text(folderName, "folderName")
    recursive = False
    if args:
        if len(args) > 1 or not isinstance(args[0], str) or args[0] != "s":
            raise CompatValueError(f'"{args[0]}" is an invalid option string.')
        recursive = True
    ok, msg, msg_id = core.remove_folder(path, recursive)
    if not ok and msg_id != "MATLAB:RMDIR:OSError":
        msg, msg_id = "No directories were removed.", "MATLAB:RMDIR:NoDirectoriesRemoved"
    return _status(nargout, ok, msg, msg_id)


def _handle_objects(values):
    """The handle objects (compat._core.events.HandleObject: listeners, onCleanup,
    ported handle classes) ``delete``'s arguments are, else None."""
    from compat._core.events import HandleObject
    found = []
    for v in values:
        items = list(v) if isinstance(v, (list, tuple)) else [v]
        if not items or not all(isinstance(x, HandleObject) for x in items):
            return None
        found += items
    return found


@matlab_function("delete")
def delete(*filenames):
    """Delete files, or graphics objects, as MATLAB's ``delete``.

    MATLAB call forms: ``delete(filename)``, ``delete(filename1, ..., filenameN)``;
    ``delete(h)`` for graphics handles (objects, graphics arrays, lists of them, figure
    numbers: each object and its descendants are deleted, ``ishandle`` is then false;
    a deleted handle raises MATLAB's "Invalid or deleted object."; the root cannot be
    deleted); ``delete(obj)`` for handle objects (listeners, onCleanup objects, ported
    handle classes, lists of them: :mod:`compat.matlab.handle_events`). File names may hold ``*``/``?`` wildcards. A name that matches nothing warns
    ``File '<name>' not found.`` (MATLAB:DELETE:FileNotFound) and the others are still
    deleted; folders are not deleted (use :func:`rmdir`). Returns None.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> folder = tempfile.mkdtemp()
    >>> for n in ('a.tmp', 'b.tmp', 'c.txt'):
    ...     _ = open(os.path.join(folder, n), 'w').write('x')
    >>> matlab.delete(os.path.join(folder, '*.tmp'))
    >>> sorted(os.listdir(folder))
    ['c.txt']
    """
    if not filenames:
        raise CompatValueError("Not enough input arguments.")
    objects = _handle_objects(filenames)   # listeners, onCleanup, ported handle classes
    if objects is not None:
        for obj in objects:
            obj.delete()
        return None
    handles = _graphics.graphics_arguments(filenames)
    if handles is not None:
        _graphics.delete_objects(handles)
        return None
    for value in filenames:
        name = _text(value, "filename")
        paths = core.expand_wildcards(name) if core.has_wildcard(name) else \
            ([name] if os.path.lexists(name) else [])
        paths = [p for p in paths if not os.path.isdir(p) or os.path.islink(p)]
        if not paths:
            issue_warning(FileSystemWarning(f"File '{name}' not found.",
                                            "MATLAB:DELETE:FileNotFound"))
        for path in paths:
            try:
                os.remove(path)
            except OSError as error:
                raise CompatValueError(f"Cannot delete '{path}': "
                                       f"{error.strerror}.") from None
    return None


def _transfer(function, source, destination, args, nargout):
    _outputs(nargout, 3)
    force = False
    if args:
        if len(args) > 1 or args[0] != "f":
            raise CompatValueError(f"Invalid option {args[0]!r}: the option is 'f'.")
        force = True
    src = _text(source, "source")
    if destination is None:
        destination = "."
    dst = _text(destination, "destination")
    return _status(nargout, *function(src, dst, force))


@matlab_function("copyfile", nargout=None)
def copyfile(source, destination=None, *args, nargout=1):
    """Copy files or folders, as MATLAB's ``copyfile``.

    MATLAB call forms::

        status = copyfile(source, destination)        ->  copyfile('a.txt', 'backup/')
        status = copyfile(source, destination, 'f')   (also over a read-only file)
        status = copyfile(source)                     (into the current folder)
        [status, msg, msgID] = copyfile(___)          ->  ..., nargout=3

    ``source`` may be a file, a folder (its contents are copied, recursively, into
    ``destination``, made if missing) or a pattern with ``*`` (several sources go into
    the folder ``destination``, made if missing). A file copied onto an existing folder
    goes into it. ``nargout=0`` raises on failure.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> folder = tempfile.mkdtemp()
    >>> _ = open(os.path.join(folder, 'a.txt'), 'w').write('x')
    >>> matlab.copyfile(os.path.join(folder, 'a.txt'), os.path.join(folder, 'b.txt'))
    True
    """
    return _transfer(core.copy_paths, source, destination, args, nargout)


@matlab_function("movefile", nargout=None)
def movefile(source, destination=None, *args, nargout=1):
    """Move or rename files or folders, as MATLAB's ``movefile``.

    MATLAB call forms::

        status = movefile(source, destination)       ->  movefile('a.txt', 'b.txt')
        status = movefile(source, destination, 'f')
        [status, msg, msgID] = movefile(___)         ->  ..., nargout=3

    Patterns with ``*`` move every match into the folder ``destination``. Moving into
    an existing folder puts the source inside it. ``nargout=0`` raises on failure.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> folder = tempfile.mkdtemp()
    >>> _ = open(os.path.join(folder, 'a.txt'), 'w').write('x')
    >>> matlab.movefile(os.path.join(folder, 'a.txt'), os.path.join(folder, 'b.txt'))
    True
    >>> os.listdir(folder)
    ['b.txt']
    """
    return _transfer(core.move_paths, source, destination, args, nargout)


# ------------------------------------------------------------------- environment
@matlab_function("getenv")
def getenv(*names):
    """An environment variable's value, as MATLAB's ``getenv``.

    MATLAB call forms: ``value = getenv(name)`` (``''`` when it is not set);
    ``getenv(names)`` with a list/``str`` array of names gives their values in that
    form; ``env = getenv()`` gives every variable (a ``dict``, as MATLAB's dictionary).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.setenv('COMPAT_DEMO', 'on'); matlab.getenv('COMPAT_DEMO')
    'on'
    >>> matlab.getenv('COMPAT_SURELY_UNSET_NAME')
    ''
    """
    if not names:
        return dict(os.environ)
    at_most_inputs(names, 1)
    name = names[0]
    if isinstance(name, str):
        return os.environ.get(name, "")
    kind, items, shape = text_items(name, "varname")
    values = [os.environ.get(n, "") for n in items]
    if kind == "stringdtype":
        return np.array(values, dtype=np.dtypes.StringDType()).reshape(shape)
    if kind == "string":
        return np.array(values, dtype=str).reshape(shape)
    return values


@matlab_function("setenv")
def setenv(name, value=""):
    """Set an environment variable of this process (and the commands it starts), as
    MATLAB's ``setenv``.

    MATLAB call forms: ``setenv(name, value)``; ``setenv(name)`` sets it to ``''``.
    Returns None.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.setenv('COMPAT_DEMO', 'yes')
    >>> matlab.system('echo $COMPAT_DEMO', nargout=2).cmdout
    'yes\\n'
    """
    key = _text(name, "varname")
    if not key or "=" in key:
        raise CompatValueError(f"Invalid environment variable name {key!r}.")
    os.environ[key] = _text(value, "value")
    return None


# --------------------------------------------------------------------- commands
def _run(command, args, nargout):
    check_nargout(nargout, 2, minimum=0, message="nargout must be 0, 1 or 2, got {nargout!r}")
    text = _text(command, "command")
    args = list(args)
    echo = False
    if args and isinstance(args[0], str) and args[0] == "-echo":
        echo = True
        args = args[1:]
    if len(args) % 2:
        raise CompatValueError("Environment variables must be given as name-value "
                               "pairs.")
    env = {_text(args[k], "EnvName"): _text(args[k + 1], "EnvVal")
           for k in range(0, len(args), 2)}
    status, output = core.run_shell(text, echo=echo or nargout == 0, env=env)
    if nargout == 0:
        return None
    return SystemResult.first(max(nargout, 1), float(status), output)


_DOCS = Fragments(system="""
    The command runs in MATLAB's shell: ``$MATLAB_SHELL``, else ``$SHELL``, else
    ``/bin/sh`` (``shell -c command``), with this process's environment (plus the
    ``EnvName, EnvVal`` pairs given); a command ending in ``&`` starts in the background
    and returns status 0 at once. ``cmdout`` is what the command writes, standard
    output and standard error interleaved, as MATLAB returns a failing command's error
    message in the output (MathWorks' dos.m help: ``[s, w] = dos('net xxx')`` "returns a
    nonzero value for s and an error message in w"); GNU Octave 7.3's ``system``
    returns standard output only. ``'-echo'`` also prints the output. ``nargout=0`` prints the output
    and returns None, as MATLAB's statement form shows it.""")


@matlab_function("system", nargout=None)
@_DOCS.fill
def system(command, *args, nargout=1):
    """Run a shell command, as MATLAB's ``system``.

    MATLAB call forms::

        status = system(command)                   ->  system('ls')
        [status, cmdout] = system(command)         ->  system('ls', nargout=2)
        [status, cmdout] = system(command, '-echo')
        [status, cmdout] = system(___, EnvName, EnvVal, ...)

    {{system}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.system('echo hello; exit 3', nargout=2)
    SystemResult(status=3.0, cmdout='hello\\n')
    """
    return _run(command, args, nargout)


@matlab_function("unix", nargout=None)
@_DOCS.fill
def unix(command, *args, nargout=1):
    """Run a shell command, as MATLAB's ``unix`` (the same as :func:`system` on Linux
    and macOS).

    MATLAB call forms: ``status = unix(command)``, ``[status, cmdout] = unix(command)``
    (``nargout=2``), ``unix(command, '-echo')``.

    {{system}}

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.unix('printf abc', nargout=2).cmdout
    'abc'
    """
    return _run(command, args, nargout)


@matlab_function("dos", nargout=None)
def dos(command, *args, nargout=1):
    """Run a command, as MATLAB's ``dos``. MATLAB documents ``dos`` for Windows, where it
    runs ``cmd.exe``; on Linux and macOS compat runs the command in MATLAB's shell like
    :func:`system` (GNU Octave 7.3's ``dos`` does nothing off Windows and returns
    status 1).

    MATLAB call forms: ``status = dos(command)``, ``[status, cmdout] = dos(command)``,
    ``dos(command, '-echo')``.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.dos('exit 0')
    0.0
    """
    return _run(command, args, nargout)


# ----------------------------------------------------------------------- folders
@matlab_function("pwd")
def pwd():
    """The current folder, as MATLAB's ``pwd`` (``os.getcwd()``).

    Examples
    --------
    >>> import os
    >>> from compat import matlab
    >>> matlab.pwd() == os.getcwd()
    True
    """
    return os.getcwd()


@matlab_function("cd")
def cd(newFolder=None):
    """Change the current folder, as MATLAB's ``cd``.

    MATLAB call forms: ``cd(newFolder)`` (``'..'``, relative or absolute);
    ``oldFolder = cd(newFolder)`` returns the folder before the change (compat always
    returns it); ``cd`` alone returns the current folder. A missing folder raises
    MATLAB's ``Cannot CD to <folder> (Name is nonexistent or not a directory).``

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> old = matlab.cd(tempfile.gettempdir())
    >>> _ = matlab.cd(old)
    >>> os.getcwd() == old
    True
    """
    old = os.getcwd()
    if newFolder is None:
        return old
    target = _text(newFolder, "newFolder")
    try:
        os.chdir(os.path.expanduser(target))
    except OSError:
        raise CompatValueError(f"Cannot CD to {target} (Name is nonexistent or not a "
                               "directory).") from None
    return old


@matlab_function("tempdir")
def tempdir():
    """The folder for temporary files, as MATLAB's ``tempdir``: ``$TMPDIR``, else
    ``$TMP``, else ``/tmp``, with a trailing ``/``; decided on the first call and kept
    for the session (MathWorks' tempdir.m keeps it in a persistent variable; Octave
    reads ``$TMPDIR`` on every call).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.tempdir().endswith('/')
    True
    """
    return core.temporary_folder()


@matlab_function("tempname")
def tempname(folder=None):
    """A unique name for a temporary file, as MATLAB's ``tempname``.

    MATLAB call forms: ``tmpName = tempname`` (in :func:`tempdir`),
    ``tmpName = tempname(folder)``. The name is ``tp`` and a random UUID with
    underscores (``tp6a8c1a5e_2c3b_4b9e_8b0a_0d2d3c4e5f60``); nothing is created.

    Examples
    --------
    >>> from compat import matlab
    >>> name = matlab.tempname('/data')
    >>> name.startswith('/data/tp'), len(name)
    (True, 44)
    """
    return core.temporary_name(None if folder is None else _text(folder, "folder"))


@matlab_function("genpath")
def genpath(folderName):
    """A path string of a folder and all its subfolders, as MATLAB's ``genpath``.

    MATLAB call form: ``p = genpath(folderName)`` -> ``genpath('toolbox')``.

    The folder, then its subfolders depth first in :func:`dir` order, each followed by
    ``:``; folders named ``private``, ``resources``, ``__archive``, ``_compiles`` or
    ``_mcc_funcs`` and folders starting with ``@`` (classes) or ``+`` (packages) are
    left out with everything below them (MathWorks' genpath.m). Folders starting with
    ``.`` (``.git``) are kept, as MATLAB keeps them. A missing folder gives ``''``.
    Split it with ``p.split(':')[:-1]``.

    GNU Octave 7.3's genpath leaves out ``.`` folders and ends without ``:``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> root = tempfile.mkdtemp()
    >>> for sub in ('a/b', 'private', '@cls', 'c', '.git'):
    ...     os.makedirs(os.path.join(root, sub))
    >>> [p[len(root):] for p in matlab.genpath(root).split(':')[:-1]]
    ['', '/.git', '/a', '/a/b', '/c']
    """
    return core.generated_path(_text(folderName, "folderName"))
