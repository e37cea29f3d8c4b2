"""IDL's file names and file searching: FILEPATH, FILE_BASENAME, FILE_DIRNAME, PATH_SEP,
FILE_SEARCH, FINDFILE, FILE_WHICH, EXPAND_PATH (UNIX conventions, as IDL on Linux and
macOS), over :mod:`compat._core.idl_paths`.

File names are ``str`` (``bytes``, ``pathlib.Path`` and string arrays are accepted);
a string array gives a string array of the same shape. Results that IDL returns as an
empty string when nothing is found (FILE_SEARCH, FINDFILE, FILE_WHICH) are ``''`` here.
"""

from __future__ import annotations

import os

import numpy as np

from compat._core import idl_paths as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["filepath", "file_basename", "file_dirname", "path_sep", "file_search",
           "findfile", "file_which", "expand_path", "file_expand_path", "fdecomp"]


def names(value, name: str = "Path"):
    """``(list of str, shape or None for a scalar)`` of a file-name argument."""
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, (str, np.str_)):
        return [str(value)], None
    if isinstance(value, (list, tuple)):
        value = np.array([os.fspath(v) if isinstance(v, os.PathLike) else v for v in value])
    if value is None:
        raise CompatValueError(f"Variable is undefined: {name}.")
    a = np.asarray(value)
    if a.dtype.kind == "S":
        a = np.char.decode(a, "latin-1")
    if a.dtype.kind != "U":
        raise CompatTypeError(f"{name} must be a string or string array, got {a.dtype}")
    if a.ndim == 0:
        return [str(a[()])], None
    return [str(t) for t in a.reshape(-1)], a.shape


def shaped(values: list[str], shape):
    """A scalar ``str`` or a string array of ``shape``."""
    if shape is None:
        return values[0]
    return np.array(values, dtype=str).reshape(shape) if values else np.array([], dtype=str)


# ----------------------------------------------------------------------- basename
@idl_routine("FILE_BASENAME")
def file_basename(path, remove_suffix=None, *, fold_case=False):
    """The last segment of a path, optionally without a suffix, as IDL's FILE_BASENAME.

    IDL call form::

        Result = FILE_BASENAME(Path [, RemoveSuffix] [, /FOLD_CASE])

    Parameters
    ----------
    path : str or array of str
        File paths (they need not exist).
    remove_suffix : str, optional
        Removed from the end of the basename when it matches (literally: no wildcards)
        and is not the whole basename (``FILE_BASENAME('.pro', '.pro')`` is ``'.pro'``).
    fold_case : bool
        /FOLD_CASE: the suffix matches in any case.

    Returns
    -------
    str or ndarray of str
        Trailing separators are ignored (``'/usr/lib/'`` gives ``'lib'``), a path of
        separators only gives ``'/'``, an empty path ``''``.

    Notes
    -----
    ``os.path.basename('/usr/lib/')`` is ``''``; IDL follows the UNIX ``basename(1)``
    utility. Source: IDL Reference Guide, FILE_BASENAME ("Rules used by
    FILE_BASENAME"); checked against GDL 1.0.1 (reference_outputs/idl/paths).

    Examples
    --------
    >>> from compat import idl
    >>> idl.file_basename('/usr/local/rsi/idl/lib/dist.pro', '.pro')
    'dist'
    >>> idl.file_basename('/usr/local/lib/')
    'lib'
    """
    values, shape = names(path)
    suffix = None
    if remove_suffix is not None:
        suffix_list, _ = names(remove_suffix, "RemoveSuffix")
        suffix = suffix_list[0]
    return shaped([core.basename(v, suffix, fold_case) for v in values], shape)


@idl_routine("FILE_DIRNAME")
def file_dirname(path, *, mark_directory=False):
    """All of a path but its last segment, as IDL's FILE_DIRNAME.

    IDL call form::

        Result = FILE_DIRNAME(Path [, /MARK_DIRECTORY])

    Parameters
    ----------
    path : str or array of str
        File paths (they need not exist).
    mark_directory : bool
        /MARK_DIRECTORY: end the result with the directory separator.

    Returns
    -------
    str or ndarray of str
        ``'.'`` for a name without a directory (and for ``''``), ``'/'`` for a name in
        the root directory, trailing separators ignored.

    Notes
    -----
    ``os.path.dirname('a/b/')`` is ``'a/b'`` and ``os.path.dirname('x')`` is ``''``; IDL
    follows the UNIX ``dirname(1)`` utility ("FILE_DIRNAME is based on the standard Unix
    dirname(1) utility", IDL Reference Guide). GDL 1.0.1 gives ``''`` for ``'/a'`` and
    ``'/'``, where dirname(1) gives ``'/'``: recorded as a GDL divergence.

    Examples
    --------
    >>> from compat import idl
    >>> idl.file_dirname('/usr/local/rsi/idl/lib/dist.pro')
    '/usr/local/rsi/idl/lib'
    >>> idl.file_dirname('dist.pro', mark_directory=True)
    './'
    """
    values, shape = names(path)
    return shaped([core.dirname(v, mark_directory) for v in values], shape)


@idl_routine("PATH_SEP")
def path_sep(*, parent_directory=False, search_path=False):
    """IDL's ``PATH_SEP``: the directory separator ``'/'``, the search-path separator
    ``':'`` (/SEARCH_PATH) or the parent directory ``'..'`` (/PARENT_DIRECTORY), UNIX's.

    IDL call form::

        Result = PATH_SEP([/PARENT_DIRECTORY] [, /SEARCH_PATH])

    Parameters
    ----------
    parent_directory, search_path : bool
        Which string to return (at most one).

    Returns
    -------
    str

    Examples
    --------
    >>> from compat import idl
    >>> idl.path_sep(), idl.path_sep(search_path=True), idl.path_sep(parent_directory=True)
    ('/', ':', '..')
    """
    if parent_directory and search_path:
        raise CompatValueError("Conflicting keywords: PARENT_DIRECTORY, SEARCH_PATH.")
    return ".." if parent_directory else (os.pathsep if search_path else core.SEP)


# ----------------------------------------------------------------------- FILEPATH
def idl_dir() -> str:
    """compat's !DIR: the ``IDL_DIR`` environment variable (from which IDL sets !DIR),
    '' when unset."""
    return os.environ.get("IDL_DIR", "")


@idl_routine("FILEPATH")
def filepath(filename, *, root_dir=None, subdirectory=None, terminal=False, tmp=False):
    """A file's path built from a root directory and subdirectories, as IDL's FILEPATH.

    IDL call form::

        Result = FILEPATH(Filename [, ROOT_DIR=string] [, SUBDIRECTORY=string/array]
                          [, /TERMINAL] [, /TMP])

    Parameters
    ----------
    filename : str or array of str
        The file's name ('' gives the directory with a final separator).
    root_dir : str, optional
        ROOT_DIR: the base directory; default IDL's ``!DIR``, which compat takes from
        the ``IDL_DIR`` environment variable (IDL's own source of !DIR), '' when unset.
        A trailing separator is not doubled.
    subdirectory : str or sequence of str, optional
        SUBDIRECTORY: one name or one element per level (``['examples', 'data']``).
    terminal : bool
        /TERMINAL: the terminal's file name, ``'/dev/tty'``.
    tmp : bool
        /TMP: the directory for scratch files, the ``IDL_TMPDIR`` environment variable
        or ``/tmp``. ROOT_DIR is ignored with /TERMINAL or /TMP.

    Returns
    -------
    str or ndarray of str

    Notes
    -----
    ``os.path.join(root, *sub, name)`` discards everything before an absolute part and
    never gives IDL's ``'/x.dat'`` for an empty root. Source: IDL Reference Guide,
    FILEPATH; checked against GDL 1.0.1's filepath.pro.

    Examples
    --------
    >>> from compat import idl
    >>> idl.filepath('people.dat', root_dir='/data', subdirectory=['examples', 'data'])
    '/data/examples/data/people.dat'
    >>> idl.filepath('x.dat', root_dir='/data/', subdirectory='a/')
    '/data/a/x.dat'
    """
    values, shape = names(filename, "Filename")
    if terminal:
        return shaped(["/dev/tty"] * len(values), shape)
    if tmp:
        root = os.environ.get("IDL_TMPDIR") or "/tmp"
    elif root_dir is None:
        root = idl_dir()
    else:
        root = names(root_dir, "ROOT_DIR")[0][0]
    parts = [root.rstrip("/")]
    if subdirectory is not None:
        subs, _ = names(subdirectory, "SUBDIRECTORY")
        parts += [s.rstrip("/") for s in subs if s != ""]
    base = "/".join(parts) + "/"
    return shaped([base + v for v in values], shape)


# ------------------------------------------------------------------- FILE_SEARCH
class FileSearchResult(Result):
    """FILE_SEARCH's (and FINDFILE's) result and its COUNT output keyword."""

    result: np.ndarray
    count: np.int32


def _test_filter(path: str, tests: dict) -> bool:
    wanted = {k: v for k, v in tests.items() if v}
    if not wanted:
        return True
    return core.test_file(path, **wanted)[0]


def _found(paths: list[str], count: bool, cls=FileSearchResult):
    result = np.array(paths, dtype=str) if paths else ""
    if count:
        return cls(result=result, count=np.int32(len(paths)))
    return result


@idl_routine("FILE_SEARCH", output_arguments=())
def file_search(path_specification=None, recur_pattern=None, *, count=False,
                expand_environment=None, expand_tilde=None, fold_case=False,
                fully_qualify_path=False, issue_access_error=False, mark_directory=False,
                match_all_initial_dot=False, match_initial_dot=False, nosort=False,
                quote=False, test_directory=False, test_executable=False,
                test_read=False, test_regular=False, test_write=False, test_zero_length=False,
                test_symlink=False, test_dangling_symlink=False, test_group=False,
                test_user=False, test_block_special=False, test_character_special=False,
                test_named_pipe=False, test_socket=False):
    """The files whose names match wildcard patterns, as IDL's FILE_SEARCH.

    IDL call forms::

        Result = FILE_SEARCH(Path_Specification [, COUNT=variable] [, keywords])
        Result = FILE_SEARCH(Dir_Specification, Recur_Pattern [, ...])   ; recursive
        Result = FILE_SEARCH()                                           ; '*'

    Parameters
    ----------
    path_specification : str or array of str, optional
        Patterns with IDL's wildcards in any segment: ``*``, ``?``, ``[...]``,
        ``{a,b}``; several patterns give the union. With ``recur_pattern``: the
        directories (themselves patterns) to search recursively.
    recur_pattern : str, optional
        Recursive form: every file or directory under the directories whose *name*
        matches this pattern (hidden directories are searched too).
    count : bool
        COUNT: also return the number of files found.
    expand_environment, expand_tilde : bool, optional
        Expand ``$NAME`` and a leading ``~``; on by default (IDL's UNIX default: "The
        default is to do such expansions under UNIX"); pass False to turn off. GDL 1.0.1
        does not expand environment variables by default.
    fold_case : bool
        /FOLD_CASE: wildcards match in any case.
    fully_qualify_path : bool
        /FULLY_QUALIFY_PATH: absolute paths.
    issue_access_error : bool
        /ISSUE_ACCESS_ERROR: an unreadable directory is an error instead of being
        skipped.
    mark_directory : bool
        /MARK_DIRECTORY: directories end with ``/``.
    match_initial_dot, match_all_initial_dot : bool
        Wildcards also match names that start with a dot (``.`` and ``..`` are never
        returned).
    nosort : bool
        /NOSORT: the order the directories give.
    quote : bool
        /QUOTE: a backslash makes the next character literal.
    test_* : bool
        Keep only files that pass FILE_TEST with that keyword (TEST_DIRECTORY,
        TEST_REGULAR, TEST_READ, ...).

    Returns
    -------
    ndarray of str, or ``''`` when nothing matches; with ``count`` a
    ``FileSearchResult(result, count)``.

    Notes
    -----
    Sorted as IDL sorts strings (``'B.pro'`` before ``'a.pro'``). ``glob.glob`` returns
    an unsorted list, has no braces, no recursive form with a name pattern, and gives
    ``[]`` where IDL gives ``''``. Sources: IDL Reference Guide, FILE_SEARCH ("Supported
    Wildcards and Expansions"); checked against GDL 1.0.1 in temporary directories
    (tests/test_idl_paths.py).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> d = tempfile.mkdtemp()
    >>> for name in ('b.pro', 'A.pro', 'c.txt'):
    ...     open(os.path.join(d, name), 'w').close()
    >>> [os.path.basename(p) for p in idl.file_search(os.path.join(d, '*.pro'))]
    ['A.pro', 'b.pro']
    >>> idl.file_search(os.path.join(d, '*.none'), count=True).count
    np.int32(0)
    """
    tilde = True if expand_tilde is None else bool(expand_tilde)
    environment = True if expand_environment is None else bool(expand_environment)
    initial_dot = match_initial_dot or match_all_initial_dot
    options = dict(fold_case=fold_case, quote=quote, initial_dot=initial_dot, tilde=tilde,
                   environment=environment)
    specs, _ = names("*" if path_specification is None else path_specification,
                     "Path_Specification")
    found: list[str] = []
    if recur_pattern is None:
        for spec in specs:
            found += core.search(spec, **options)
    else:
        pattern = names(recur_pattern, "Recur_Pattern")[0][0]
        for spec in specs:
            if issue_access_error:
                top = core.expand(spec, tilde, environment) or "."
                if os.path.isdir(top) and not os.access(top, os.R_OK | os.X_OK):
                    raise CompatValueError(f"Unable to access directory: {top}")
            found += core.search_recursive(spec, pattern, **options)
    tests = dict(directory=test_directory, executable=test_executable, read=test_read,
                 regular=test_regular, write=test_write, zero_length=test_zero_length,
                 symlink=test_symlink, dangling_symlink=test_dangling_symlink,
                 group=test_group, user=test_user, block_special=test_block_special,
                 character_special=test_character_special, named_pipe=test_named_pipe,
                 socket=test_socket)
    found = [p for p in dict.fromkeys(found) if _test_filter(p, tests)]
    if fully_qualify_path:
        found = [os.path.abspath(p) for p in found]
    if mark_directory:
        found = [p + "/" if os.path.isdir(p) and not p.endswith("/") else p for p in found]
    if not nosort:
        found.sort(key=lambda s: s.encode("utf-8", "surrogateescape"))
    return _found(found, count)


@idl_routine("FINDFILE")
def findfile(file_specification="*", *, count=False):
    """IDL's obsolete ``FINDFILE``: the files matching a wildcard specification, or the
    contents of a directory.

    IDL call form::

        Result = FINDFILE(File_Specification [, COUNT=variable])

    Parameters
    ----------
    file_specification : str
        A pattern (IDL's wildcards, as :func:`file_search`), or a directory, whose
        entries are listed by name (GDL 1.0.1: ``FINDFILE('sub')`` lists ``sub``'s
        files without the directory prefix, as ``ls sub`` does).
    count : bool
        COUNT: also return the number of names.

    Returns
    -------
    ndarray of str sorted, or ``''``; with ``count`` a ``FileSearchResult``.

    Notes
    -----
    IDL documents FINDFILE as superseded by FILE_SEARCH. Source: IDL Reference Guide,
    FINDFILE; checked against GDL 1.0.1.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> d = tempfile.mkdtemp()
    >>> open(os.path.join(d, 'x.dat'), 'w').close()
    >>> idl.findfile(d).tolist()
    ['x.dat']
    """
    spec = names(file_specification, "File_Specification")[0][0]
    expanded = core.expand(spec)
    if not core.has_wildcard(expanded) and os.path.isdir(expanded):
        found = sorted(n for n in os.listdir(expanded) if not n.startswith("."))
    else:
        found = sorted(core.search(spec))
    return _found(found, count)


# ------------------------------------------------------------------- FILE_WHICH
def idl_path() -> str:
    """compat's !PATH: the ``IDL_PATH`` environment variable expanded as IDL expands it
    at start-up ('' when unset)."""
    text = os.environ.get("IDL_PATH", "")
    return _expand_path_text(text)[0] if text else ""


@idl_routine("FILE_WHICH")
def file_which(path, file=None, *, include_current_dir=False):
    """The first directory of a search path that holds a file, as IDL's FILE_WHICH.

    IDL call forms::

        Result = FILE_WHICH(File [, /INCLUDE_CURRENT_DIR])          ; searches !PATH
        Result = FILE_WHICH(Path, File [, /INCLUDE_CURRENT_DIR])

    Parameters
    ----------
    path : str
        Directories separated by ``':'`` (IDL's !PATH format); with one argument, the
        file, and the path is IDL's !PATH (here the ``IDL_PATH`` environment variable,
        '+' entries expanded as EXPAND_PATH does).
    file : str
        The file's name.
    include_current_dir : bool
        /INCLUDE_CURRENT_DIR: search the current directory first.

    Returns
    -------
    str
        The file's path as found (``directory + '/' + file``; the current directory
        fully qualified), or ``''``.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> d = tempfile.mkdtemp()
    >>> open(os.path.join(d, 'x.pro'), 'w').close()
    >>> idl.file_which('/nonexistent:' + d, 'x.pro') == os.path.join(d, 'x.pro')
    True
    """
    if file is None:
        path, file = idl_path(), path
    name = names(file, "File")[0][0]
    directories = [d for d in names(path, "Path")[0][0].split(os.pathsep)]
    if include_current_dir:
        directories.insert(0, os.getcwd())
    for directory in directories:
        if directory == "":
            continue
        candidate = directory.rstrip("/") + "/" + name
        if os.path.isfile(candidate):
            return candidate
    return ""


# ------------------------------------------------------------------- EXPAND_PATH
_KINDS = {"pro": (".pro", ".sav"), "dlm": (".dlm",),
          "help": (".pdf", ".html", ".htm", ".help")}


def _holds(directory: str, suffixes) -> bool:
    try:
        return any(n.endswith(suffixes) and os.path.isfile(os.path.join(directory, n))
                   for n in os.listdir(directory))
    except OSError:
        return False


def _expand_path_text(text: str, all_dirs=False, kind="pro"):
    out = []
    for entry in text.split(os.pathsep):
        if entry == "" or entry == "<IDL_DEFAULT>":
            continue
        if not entry.startswith("+"):
            out.append(core.expand(entry))
            continue
        top = core.expand(entry[1:])
        if not os.path.isdir(top):
            continue
        for root, dirs, _ in os.walk(top):
            dirs.sort()
            if all_dirs or _holds(root, _KINDS[kind]):
                out.append(root)
    return ":".join(out), out


class ExpandPathResult(Result):
    """EXPAND_PATH's result and its COUNT output keyword."""

    result: object
    count: np.int32


@idl_routine("EXPAND_PATH")
def expand_path(string, *, all_dirs=False, array=False, count=False, dlm=False,
                help=False):  # noqa: A002 - IDL keyword
    """Expand a path-definition string into its directories, as IDL's EXPAND_PATH.

    IDL call form::

        Result = EXPAND_PATH(String [, /ALL_DIRS] [, /ARRAY] [, COUNT=variable]
                             [, /DLM] [, /HELP])

    Parameters
    ----------
    string : str
        Directories separated by ``':'``. An entry ``+dir`` stands for ``dir`` and every
        directory below it that holds IDL files (``.pro`` or ``.sav``; ``.dlm`` with
        /DLM; help files with /HELP), or every directory with /ALL_DIRS; other entries
        are copied as they are; ``<IDL_DEFAULT>`` (IDL's own library) is dropped; ``~``
        and ``$NAME`` are expanded.
    all_dirs, dlm, help : bool
        As above.
    array : bool
        /ARRAY: a string array instead of one ``':'``-separated string.
    count : bool
        COUNT: also return the number of directories.

    Returns
    -------
    str or ndarray of str; with ``count`` an ``ExpandPathResult``.

    Notes
    -----
    IDL leaves the order of a '+' entry's directories "completely unspecified"; compat
    lists them top-down, alphabetically. GDL 1.0.1 lists them bottom-up and skips
    directories that hold only ``.sav`` files. Source: IDL Reference Guide,
    EXPAND_PATH ("The Path Definition String").

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> d = tempfile.mkdtemp()
    >>> os.makedirs(os.path.join(d, 'lib', 'sub'))
    >>> open(os.path.join(d, 'lib', 'sub', 'f.pro'), 'w').close()
    >>> idl.expand_path('+' + d) == os.path.join(d, 'lib', 'sub')
    True
    """
    if dlm and help:
        raise CompatValueError("Conflicting keywords: DLM, HELP.")
    text = names(string, "String")[0][0]
    kind = "dlm" if dlm else ("help" if help else "pro")
    joined, listed = _expand_path_text(text, all_dirs, kind)
    result = (np.array(listed, dtype=str) if listed else "") if array else joined
    if count:
        return ExpandPathResult(result=result, count=np.int32(len(listed)))
    return result


# ------------------------------------------------------------------- FILE_EXPAND_PATH
@idl_routine("FILE_EXPAND_PATH")
def file_expand_path(path):
    """The fully qualified form of file or directory names, as IDL's
    ``FILE_EXPAND_PATH``.

    IDL call form::

        Result = FILE_EXPAND_PATH(Path)      ->  idl.file_expand_path(path)

    Parameters
    ----------
    path : str or array of str
        Names (they need not exist), relative to the current directory unless absolute;
        a leading ``~``/``~user`` and ``$NAME`` are expanded (UNIX).

    Returns
    -------
    str or ndarray of str
        Absolute paths with ``.``, ``..`` and repeated separators resolved by name (not
        by following links), no trailing separator; ``''`` gives the current directory
        (IDL Reference Guide, FILE_EXPAND_PATH).

    Notes
    -----
    ``os.path.abspath`` without the ``~`` and ``$NAME`` expansion. IDL documents a
    result that "completely specifies the location of Path without the need to consider
    the user's current working directory"; GDL 1.0.1 returns names of files that do not
    exist unchanged (``'b'`` stays ``'b'``, ``'/tmp//b/../c'`` unchanged; recorded as
    divergent in reference_outputs/idl/unit_io): compat follows the documentation.

    Examples
    --------
    >>> import os
    >>> from compat import idl
    >>> idl.file_expand_path('') == os.getcwd()
    True
    >>> idl.file_expand_path('/usr/local/../lib//dist.pro')
    '/usr/lib/dist.pro'
    """
    values, shape = names(path)
    cwd = os.getcwd()
    out = [os.path.normpath(os.path.join(cwd, core.expand(v))) if v else cwd
           for v in values]
    return shaped(out, shape)


# ----------------------------------------------------------------------------- FDECOMP
class FdecompResult(Result):
    """FDECOMP's output arguments."""

    disk: np.ndarray
    dir: np.ndarray
    name: np.ndarray
    qual: np.ndarray


_FDECOMP_FIELDS = ("disk", "dir", "name", "qual")


def _fdecomp_one(path: str, windows: bool) -> tuple[str, str, str, str]:
    disk = directory = qual = ""
    if windows:
        colon = path.find(":")
        if colon > 0:
            disk, path = path[:colon + 1], path[colon + 1:]
        cut = path.rfind("\\")
        if cut > 0:      # fdecomp.pro: a backslash in the first place is not a directory
            directory, path = path[:cut + 1], path[cut + 1:]
    else:
        cut = path.rfind("/")
        if cut >= 0:
            directory, path = path[:cut + 1], path[cut + 1:]
    dot = path.rfind(".")
    if dot >= 0:
        path, qual = path[:dot], path[dot + 1:]
    return disk, directory, path, qual


@idl_routine("FDECOMP")
def fdecomp(filename, *, osfamily=None):
    """Split file names into disk, directory, name and extension, as the IDL Astronomy
    Library's ``FDECOMP`` procedure.

    IDL call form::

        FDECOMP, filename, disk, dir, name, qual [, OSFamily=]
        ->  disk, dir, name, qual = idl.fdecomp(filename)

    Parameters
    ----------
    filename : str or array of str
        One name or an array of names.
    osfamily : str, optional
        ``'Windows'`` (exactly so spelled, as the Library compares it) for Windows
        names (``d:\\itt\\avg.pro``); anything else, or by default on a Unix machine
        (IDL's ``!VERSION.OS_FAMILY``), Unix names.

    Returns
    -------
    FdecompResult
        ``(disk, dir, name, qual)``, each of the input's shape: the disk (``'d:'``,
        always ``''`` for Unix), the directory with its final separator, the name
        without its extension, and the characters after the last period (the period
        removed).

    Notes
    -----
    Unlike ``os.path.splitext`` the period is dropped, and a name starting with a period
    (``.cshrc``) is all extension, as in fdecomp.pro. The Library's sixth output,
    VERSION, is never set by the current Library. Source: fdecomp.pro (IDL Astronomy
    Library); goldens run it in GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> tuple(idl.fdecomp('/itt/idl71/avg.pro'))
    ('', '/itt/idl71/', 'avg', 'pro')
    >>> tuple(idl.fdecomp(r"d:\\itt\\idl71\\avg.pro", osfamily="Windows"))
    ('d:', '\\\\itt\\\\idl71\\\\', 'avg', 'pro')
    """
    if osfamily:
        windows = str(osfamily) == "Windows"
    else:
        windows = os.name == "nt"
    names = np.asarray(filename, dtype=object)
    if names.size and not all(isinstance(n, (str, bytes, np.str_)) for n in names.flat):
        raise CompatTypeError("filename must be a string or an array of strings")
    parts = [_fdecomp_one(n.decode("latin-1") if isinstance(n, bytes) else str(n), windows)
             for n in names.reshape(-1)]
    if names.ndim == 0:
        return FdecompResult(**dict(zip(_FDECOMP_FIELDS, parts[0])))
    columns = [np.array([p[k] for p in parts], dtype=str).reshape(names.shape)
               for k in range(4)]
    return FdecompResult(**dict(zip(_FDECOMP_FIELDS, columns)))
