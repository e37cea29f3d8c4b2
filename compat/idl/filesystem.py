"""IDL's file-system routines: FILE_TEST, FILE_INFO, FILE_MKDIR, FILE_DELETE, FILE_COPY,
FILE_MOVE (UNIX, as IDL on Linux and macOS).

File names are ``str`` (``bytes``, ``pathlib.Path`` and string arrays accepted); a leading
``~`` and ``$NAME`` are expanded unless ``noexpand_path=True`` (IDL's /NOEXPAND_PATH).
The procedures return None; their errors are ``ValueError`` with IDL's routine name and
the operating system's reason (``"FILE_DELETE: Unable to delete file: x (No such file or
directory)"``). Every routine works on the real file system: the tests run them in
temporary directories.
"""

from __future__ import annotations

import os
import shutil

import numpy as np

from compat._core import idl_paths as core
from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl.paths import names

__all__ = ["file_test", "file_info", "file_mkdir", "file_delete", "file_copy",
           "file_move"]


def _expanded(values, noexpand_path: bool) -> list[str]:
    return values if noexpand_path else [core.expand(v) for v in values]


def _reason(error: OSError) -> str:
    return error.strerror or str(error)


# -------------------------------------------------------------------------- FILE_TEST
class FileTestResult(Result):
    """FILE_TEST's result and its GET_MODE output keyword."""

    result: object
    get_mode: object


@idl_routine("FILE_TEST")
def file_test(file, *, block_special=False, character_special=False,
              dangling_symlink=False, directory=False, executable=False, get_mode=False,
              group=False, named_pipe=False, noexpand_path=False, read=False,
              regular=False, setgid=False, setuid=False, socket=False, sticky_bit=False,
              symlink=False, user=False, write=False, zero_length=False):
    """Whether files exist and have the asked-for properties, as IDL's FILE_TEST.

    IDL call form::

        Result = FILE_TEST(File [, /BLOCK_SPECIAL | , /CHARACTER_SPECIAL |
            , /DANGLING_SYMLINK | , /DIRECTORY | , /NAMED_PIPE | , /REGULAR | , /SOCKET |
            , /SYMLINK] [, /EXECUTABLE] [, /READ] [, /WRITE] [, /GROUP] [, /USER]
            [, /SETGID] [, /SETUID] [, /STICKY_BIT] [, /ZERO_LENGTH] [, GET_MODE=variable]
            [, /NOEXPAND_PATH])

    Parameters
    ----------
    file : str or array of str
        File names.
    directory, regular, symlink, dangling_symlink, block_special, character_special,
    named_pipe, socket : bool
        The file is of that kind (``symlink``: the name itself is a symbolic link;
        ``dangling_symlink``: a link whose target does not exist).
    read, write, executable : bool
        The process may read, write, execute (search a directory) it.
    user, group : bool
        The file belongs to the effective user, group.
    setuid, setgid, sticky_bit, zero_length : bool
        That mode bit is set; the file is empty.
    get_mode : bool
        GET_MODE: also return the permission bits (LONG, ``st_mode & 0o7777``; 0 for a
        missing file).
    noexpand_path : bool
        /NOEXPAND_PATH: use the names as given (no ``~`` or ``$NAME`` expansion).

    Returns
    -------
    numpy.int16 1 or 0 (an INT array for an array of names): 1 when the file exists and
    every requested property holds. With ``get_mode`` a ``FileTestResult``.

    Notes
    -----
    A dangling symbolic link exists for FILE_TEST (1), as for ``os.path.lexists``;
    ``os.path.exists`` says False. Every test but /SYMLINK and /DANGLING_SYMLINK
    follows a link to its file (``stat(2)``): a link to a regular file is /REGULAR.
    Source: IDL Reference Guide, FILE_TEST ("returns 1 (true), if the specified file
    exists and all of the attributes specified by the keywords are also true ... The
    result is of type integer"). Checked against GDL 1.0.1 in temporary directories
    (tests/test_idl_paths.py), which differs in three ways: it returns LONG, judges
    /REGULAR and /DIRECTORY on the link itself (``lstat``), and has no /USER and
    /GROUP.

    Examples
    --------
    >>> import tempfile
    >>> from compat import idl
    >>> d = tempfile.mkdtemp()
    >>> idl.file_test(d), idl.file_test(d, directory=True), idl.file_test(d, regular=True)
    (np.int16(1), np.int16(1), np.int16(0))
    """
    values, shape = names(file, "File")
    wanted = dict(block_special=block_special, character_special=character_special,
                  dangling_symlink=dangling_symlink, directory=directory,
                  executable=executable, group=group, named_pipe=named_pipe, read=read,
                  regular=regular, setgid=setgid, setuid=setuid, socket=socket,
                  sticky_bit=sticky_bit, symlink=symlink, user=user, write=write,
                  zero_length=zero_length)
    outcomes = [core.test_file(v, **wanted) for v in _expanded(values, noexpand_path)]
    found = [np.int16(ok) for ok, _ in outcomes]
    modes = [np.int32(mode) for _, mode in outcomes]
    result = found[0] if shape is None else np.array(found, dtype=np.int16).reshape(shape)
    if get_mode:
        mode = modes[0] if shape is None else np.array(modes, dtype=np.int32).reshape(shape)
        return FileTestResult(result=result, get_mode=mode)
    return result


# -------------------------------------------------------------------------- FILE_INFO
_INFO_TAGS = ("NAME", "EXISTS", "READ", "WRITE", "EXECUTE", "REGULAR", "DIRECTORY",
              "BLOCK_SPECIAL", "CHARACTER_SPECIAL", "NAMED_PIPE", "SETUID", "SETGID",
              "SOCKET", "STICKY_BIT", "SYMLINK", "DANGLING_SYMLINK", "MODE", "ATIME",
              "CTIME", "MTIME", "SIZE")


def _info(name: str, path: str):
    flags = []
    for key in ("read", "write", "executable", "regular", "directory", "block_special",
                "character_special", "named_pipe", "setuid", "setgid", "socket",
                "sticky_bit", "symlink", "dangling_symlink"):
        flags.append(np.uint8(core.test_file(path, **{key: True})[0]))
    exists, mode = core.test_file(path)
    try:
        st = os.stat(path) if os.path.exists(path) else os.lstat(path)
        times = [np.int64(int(t)) for t in (st.st_atime, st.st_ctime, st.st_mtime)]
        size = np.int64(st.st_size)
    except OSError:
        times, size = [np.int64(0)] * 3, np.int64(0)
    values = [name, np.uint8(exists)] + flags + [np.int32(mode)] + times + [size]
    return build_structure(_INFO_TAGS, values, "FILE_INFO")


@idl_routine("FILE_INFO")
def file_info(path, *, noexpand_path=False):
    """Everything IDL knows of files, as IDL's FILE_INFO: a ``FILE_INFO`` structure.

    IDL call form::

        Result = FILE_INFO(Path [, /NOEXPAND_PATH])

    Parameters
    ----------
    path : str or array of str
        File names.
    noexpand_path : bool
        /NOEXPAND_PATH: no ``~`` or ``$NAME`` expansion.

    Returns
    -------
    numpy.recarray
        One structure per name (shape ``(1,)`` for one name), named ``FILE_INFO``, with
        IDL's 21 tags: ``NAME`` (as given), ``EXISTS``, ``READ``, ``WRITE``, ``EXECUTE``,
        ``REGULAR``, ``DIRECTORY``, ``BLOCK_SPECIAL``, ``CHARACTER_SPECIAL``,
        ``NAMED_PIPE``, ``SETUID``, ``SETGID``, ``SOCKET``, ``STICKY_BIT``, ``SYMLINK``,
        ``DANGLING_SYMLINK`` (BYTE 1/0), ``MODE`` (LONG permission bits), ``ATIME``,
        ``CTIME``, ``MTIME`` (LONG64 seconds since 1970) and ``SIZE`` (LONG64 bytes); all
        zero for a missing file.

    Notes
    -----
    ``os.stat`` raises for a missing file; FILE_INFO reports ``EXISTS`` 0. Source: IDL
    Reference Guide, FILE_INFO; tags and types checked against GDL 1.0.1.

    Examples
    --------
    >>> import tempfile
    >>> from compat import idl
    >>> info = idl.file_info(tempfile.mkdtemp())
    >>> info.EXISTS[0], info.DIRECTORY[0], info.REGULAR[0]
    (np.uint8(1), np.uint8(1), np.uint8(0))
    """
    values, shape = names(path, "Path")
    rows = [_info(name, expanded) for name, expanded in
            zip(values, _expanded(values, noexpand_path))]
    out = rows[0] if len(rows) == 1 else \
        np.concatenate(rows).view(rows[0].dtype).view(np.recarray)  # keeps the name
    if shape is not None and len(shape) > 1:
        out = out.reshape(shape)
    return out


# ------------------------------------------------------------------------- FILE_MKDIR
@idl_routine("FILE_MKDIR")
def file_mkdir(*files, noexpand_path=False):
    """Create directories, with any missing parents, as IDL's FILE_MKDIR procedure.

    IDL call form::

        FILE_MKDIR, File1 [, ..., Filen] [, /NOEXPAND_PATH]

    Parameters
    ----------
    *files : str or array of str
        Directories to create; intermediate directories are created too, and an
        existing directory is not an error (``mkdir -p``).
    noexpand_path : bool
        /NOEXPAND_PATH: no ``~`` or ``$NAME`` expansion.

    Raises
    ------
    ValueError
        ``"FILE_MKDIR: Unable to create directory: ..."`` with the system's reason (a
        file in the way, no permission).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> d = tempfile.mkdtemp()
    >>> idl.file_mkdir(os.path.join(d, 'a', 'b'), os.path.join(d, 'c'))
    >>> sorted(os.listdir(d))
    ['a', 'c']
    """
    if not files:
        raise CompatValueError("Incorrect number of arguments.")
    for item in files:
        for name in _expanded(names(item, "File")[0], noexpand_path):
            try:
                os.makedirs(name, exist_ok=True)
            except OSError as error:
                raise CompatValueError(f"Unable to create directory: {name} "
                                       f"({_reason(error)})") from None


# ------------------------------------------------------------------------ FILE_DELETE
@idl_routine("FILE_DELETE")
def file_delete(*files, allow_nonexistent=False, noexpand_path=False, quiet=False,
                recursive=False, verbose=False):
    """Delete files and empty directories (whole trees with /RECURSIVE), as IDL's
    FILE_DELETE procedure.

    IDL call form::

        FILE_DELETE, File1 [, ..., Filen] [, /ALLOW_NONEXISTENT] [, /NOEXPAND_PATH]
                     [, /QUIET] [, /RECURSIVE] [, /VERBOSE]

    Parameters
    ----------
    *files : str or array of str
        Names to delete. Wildcards are *not* expanded (as in IDL: use FILE_SEARCH); a
        symbolic link is deleted, not its target.
    allow_nonexistent : bool
        /ALLOW_NONEXISTENT: a missing file is not an error.
    quiet : bool
        /QUIET: a file that cannot be deleted is skipped silently instead of raising.
    recursive : bool
        /RECURSIVE: delete directories with their contents. Without it a directory must
        be empty.
    verbose : bool
        /VERBOSE: print a line for each file deleted.
    noexpand_path : bool
        /NOEXPAND_PATH: no ``~`` or ``$NAME`` expansion.

    Raises
    ------
    ValueError
        ``"FILE_DELETE: Unable to delete file: ..."`` with the system's reason.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> d = tempfile.mkdtemp()
    >>> idl.file_mkdir(os.path.join(d, 'x', 'y'))
    >>> idl.file_delete(os.path.join(d, 'x'), recursive=True)
    >>> os.listdir(d)
    []
    >>> idl.file_delete(os.path.join(d, 'missing'), allow_nonexistent=True)
    """
    if not files:
        raise CompatValueError("Incorrect number of arguments.")
    for item in files:
        for name in _expanded(names(item, "File")[0], noexpand_path):
            try:
                if not os.path.lexists(name):
                    if allow_nonexistent:
                        continue
                    raise FileNotFoundError(2, "No such file or directory")
                if os.path.isdir(name) and not os.path.islink(name):
                    if recursive:
                        shutil.rmtree(name)
                    else:
                        os.rmdir(name)
                else:
                    os.remove(name)
                if verbose:
                    print(f"% FILE_DELETE: Deleted file: {name}")
            except OSError as error:
                if quiet:
                    continue
                raise CompatValueError(f"Unable to delete file: {name} "
                                       f"({_reason(error)})") from None


# --------------------------------------------------------------- FILE_COPY, FILE_MOVE
def _pairs(source, destination, noexpand_path, require_directory):
    sources = []
    for name in _expanded(names(source, "Source")[0], noexpand_path):
        if core.has_wildcard(name):
            found = sorted(core.search(name, tilde=False, environment=False))
            if not found:
                raise CompatValueError(f"Invalid source file specified: {name} (no match)")
            sources += found
        else:
            sources.append(name)
    dests = _expanded(names(destination, "Destination")[0], noexpand_path)
    if len(dests) == 1 and (len(sources) > 1 or os.path.isdir(dests[0]) or
                            require_directory):
        if not os.path.isdir(dests[0]):
            raise CompatValueError(f"Destination must be an existing directory: {dests[0]}")
        return [(s, os.path.join(dests[0], os.path.basename(s.rstrip("/")))) for s in sources]
    if len(dests) != len(sources):
        raise CompatValueError(f"{len(sources)} sources and {len(dests)} destinations: give "
                               "one destination per source, or one directory")
    if require_directory:
        raise CompatValueError("Destination must be an existing directory")
    pairs = []
    for s, d in zip(sources, dests):
        if os.path.isdir(d):
            d = os.path.join(d, os.path.basename(s.rstrip("/")))
        pairs.append((s, d))
    return pairs


def _check_pair(source: str, dest: str, overwrite: bool, allow_same: bool) -> bool:
    """False when the pair is to be skipped (the same file, /ALLOW_SAME)."""
    if not os.path.lexists(source):
        raise CompatValueError(f"Invalid source file specified: {source} (No such file or "
                               "directory)")
    if os.path.lexists(dest):
        if os.path.exists(source) and os.path.exists(dest) and os.path.samefile(source, dest):
            if allow_same:
                return False
            raise CompatValueError(f"Source and destination are the same file: {source}")
        if not overwrite:
            raise CompatValueError(f"Destination file exists: {dest} (set /OVERWRITE to "
                                   "replace it)")
    return True


@idl_routine("FILE_COPY")
def file_copy(source, destination, *, allow_same=False, copy_named_pipe=False,
              copy_symlink=False, noexpand_path=False, overwrite=False, recursive=False,
              require_directory=False, verbose=False):
    """Copy files and directories, as IDL's FILE_COPY procedure.

    IDL call form::

        FILE_COPY, Source, Destination [, /ALLOW_SAME] [, /COPY_NAMED_PIPE]
                   [, /COPY_SYMLINK] [, /NOEXPAND_PATH] [, /OVERWRITE] [, /RECURSIVE]
                   [, /REQUIRE_DIRECTORY] [, /VERBOSE]

    Parameters
    ----------
    source : str or array of str
        Files (wildcards allowed: every match is copied) or, with /RECURSIVE,
        directories.
    destination : str or array of str
        One name per source, or one existing directory that receives them all (under
        their own names).
    overwrite : bool
        /OVERWRITE: replace an existing destination (otherwise an error).
    recursive : bool
        /RECURSIVE: copy directories with their contents (otherwise an error).
    allow_same : bool
        /ALLOW_SAME: copying a file onto itself does nothing instead of raising.
    copy_symlink : bool
        /COPY_SYMLINK: copy a symbolic link as a link, not the file it points to.
    copy_named_pipe : bool
        /COPY_NAMED_PIPE: accepted (named pipes are created as pipes by
        ``shutil.copy2`` with ``follow_symlinks``).
    require_directory : bool
        /REQUIRE_DIRECTORY: the destination must be an existing directory.
    verbose : bool
        /VERBOSE: print a line per file copied.
    noexpand_path : bool
        /NOEXPAND_PATH: no ``~`` or ``$NAME`` expansion.

    Raises
    ------
    ValueError
        ``"FILE_COPY: ..."``: a missing source, an existing destination without
        /OVERWRITE, a directory without /RECURSIVE, sources and destinations that do not
        pair up.

    Notes
    -----
    The copy keeps the permission bits and times (``shutil.copy2``). Source: IDL
    Reference Guide, FILE_COPY.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> d = tempfile.mkdtemp()
    >>> open(os.path.join(d, 'a.txt'), 'w').close()
    >>> idl.file_copy(os.path.join(d, 'a.txt'), os.path.join(d, 'b.txt'))
    >>> sorted(os.listdir(d))
    ['a.txt', 'b.txt']
    """
    for s, d in _pairs(source, destination, noexpand_path, require_directory):
        if not _check_pair(s, d, overwrite, allow_same):
            continue
        try:
            if copy_symlink and os.path.islink(s):
                if os.path.lexists(d):
                    os.remove(d)
                os.symlink(os.readlink(s), d)
            elif os.path.isdir(s):
                if not recursive:
                    raise CompatValueError(f"Source is a directory: {s} (set /RECURSIVE to "
                                           "copy it)")
                if os.path.lexists(d):
                    shutil.rmtree(d) if os.path.isdir(d) else os.remove(d)
                shutil.copytree(s, d, symlinks=copy_symlink)
            else:
                shutil.copy2(s, d)
        except OSError as error:
            raise CompatValueError(f"Unable to copy {s} to {d} ({_reason(error)})") from None
        if verbose:
            print(f"% FILE_COPY: Copied {s} to {d}")


@idl_routine("FILE_MOVE")
def file_move(source, destination, *, allow_same=False, noexpand_path=False,
              overwrite=False, require_directory=False, verbose=False):
    """Move (rename) files and directories, as IDL's FILE_MOVE procedure.

    IDL call form::

        FILE_MOVE, Source, Destination [, /ALLOW_SAME] [, /NOEXPAND_PATH] [, /OVERWRITE]
                   [, /REQUIRE_DIRECTORY] [, /VERBOSE]

    Parameters
    ----------
    source, destination : str or array of str
        As for :func:`file_copy` (directories move with their contents, no /RECURSIVE
        needed); across file systems the data are copied and the source removed.
    overwrite, allow_same, require_directory, verbose, noexpand_path : bool
        As for :func:`file_copy`.

    Raises
    ------
    ValueError
        ``"FILE_MOVE: ..."``: a missing source, an existing destination without
        /OVERWRITE, sources and destinations that do not pair up.

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import idl
    >>> d = tempfile.mkdtemp()
    >>> open(os.path.join(d, 'a.txt'), 'w').close()
    >>> idl.file_move(os.path.join(d, 'a.txt'), os.path.join(d, 'b.txt'))
    >>> os.listdir(d)
    ['b.txt']
    """
    for s, d in _pairs(source, destination, noexpand_path, require_directory):
        if not _check_pair(s, d, overwrite, allow_same):
            continue
        try:
            if os.path.lexists(d) and os.path.isdir(d) and not os.path.islink(d):
                shutil.rmtree(d)
            shutil.move(s, d)
        except OSError as error:
            raise CompatValueError(f"Unable to move {s} to {d} ({_reason(error)})") from None
        if verbose:
            print(f"% FILE_MOVE: Moved {s} to {d}")
