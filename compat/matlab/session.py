"""The MATLAB session as programs ask about it: ``usejava``, ``more``, ``rehash``,
``savepath``, ``memory``, ``ls``, ``who``, ``open``, ``winopen``, the preferences
``setpref``/``getpref``/``ispref``/``addpref``/``rmpref``, and the parallel pool
``gcp``/``parpool``.

A port runs in Python, not in the MATLAB desktop, so each function does what the
port needs and says what that is: there is no Java virtual machine (``usejava`` is
false, as in ``matlab -nojvm``), no MATLAB search path to refresh or save, no pager,
and no parallel pool (``parfor`` loops of a port run serially). Values such as
``memory``'s come from the host; nothing is invented. Over :mod:`compat._core.session`.
"""

from __future__ import annotations

import importlib
import inspect
import os
import re
import sys

import numpy as np

from compat._core import session as core
from compat._core.errors import CompatTypeError, CompatValueError, MatlabError
from compat._core.legacy import matlab_function
from compat._core.matlab_diagnostics import text_argument
from compat._core.results import Result

__all__ = ["usejava", "more", "rehash", "savepath", "memory", "ls", "who", "open",
           "winopen", "setpref", "getpref", "ispref", "addpref", "rmpref", "gcp",
           "parpool", "ParallelPool", "MemoryResult"]

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep

#: the Java features usejava knows (MATLAB's reference page)
JAVA_FEATURES = ("awt", "desktop", "jvm", "swing")


@matlab_function("usejava")
def usejava(feature):
    """Whether a Java feature is available, as MATLAB's ``usejava``: false for each
    feature, as in MATLAB started with ``-nojvm`` (a port has no Java virtual machine).

    MATLAB call form::

        tf = usejava(feature)   ->  usejava('jvm')

    Parameters
    ----------
    feature : str
        ``'awt'`` (Java GUI components), ``'desktop'`` (the MATLAB desktop), ``'jvm'``
        (the Java virtual machine) or ``'swing'`` (Swing components); any case.

    Returns
    -------
    bool
        ``False``.

    Raises
    ------
    ValueError
        Another feature name (compat's text).

    Notes
    -----
    Code guards its Java calls and desktop-only output with ``usejava``
    (``if ~usejava('desktop')``): a port takes the no-Java branch, which is the branch
    it can run. GNU Octave 7.3 built without Java answers the same (golden suite
    matlab/session).

    Sources: MATLAB ``usejava`` reference page (the four features).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.usejava('jvm'), matlab.usejava('desktop')
    (False, False)
    """
    name = text_argument(feature, "feature").lower()
    if name not in JAVA_FEATURES:
        raise CompatValueError(f"Unknown feature '{name}': use 'awt', 'desktop', 'jvm' "
                               "or 'swing'.")
    return False


@matlab_function("more")
def more(state=None):
    """Turn the command window's paging on or off, as MATLAB's ``more``: the state is
    kept (a port's output is not paged, as MATLAB's output to a file or pipe is not).

    MATLAB call forms::

        more on    ->  more('on')
        more off   ->  more('off')
        more(n)    ->  more(40)        (paging on, n lines a page)

    Returns
    -------
    None

    Notes
    -----
    ``more`` alone toggles the state (GNU Octave's rule; MATLAB's page requires an
    argument). The state is readable as ``compat._core.session.PAGING``.

    Sources: MATLAB ``more`` reference page.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.more('off')
    """
    if state is None:
        core.PAGING["on"] = not core.PAGING["on"]
        return None
    if isinstance(state, (str, bytes, np.str_)):
        text = text_argument(state, "argument").lower()
        if text not in ("on", "off"):
            raise CompatValueError(f"The argument must be 'on', 'off' or a number of "
                                   f"lines, not '{text}'.")
        core.PAGING["on"] = text == "on"
        return None
    value = np.asarray(state, dtype=float).reshape(-1)
    if value.size != 1 or not np.isfinite(value[0]) or value[0] < 1 or \
            value[0] != np.floor(value[0]):
        raise CompatValueError("The number of lines must be a positive integer.")
    core.PAGING.update(on=True, lines=int(value[0]))
    return None


@matlab_function("rehash")
def rehash(option=None):
    """Refresh the caches of functions and files, as MATLAB's ``rehash``: Python's
    import caches are invalidated (``importlib.invalidate_caches()``), so modules
    written since the program started are found.

    MATLAB call forms::

        rehash                 ->  rehash()
        rehash path            ->  rehash('path')
        rehash toolbox         ->  rehash('toolbox')   ('toolboxcache', 'pathreset',
                                                        'toolboxreset' too)

    Returns
    -------
    None

    Sources: MATLAB ``rehash`` reference page; Python's ``importlib`` documentation.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.rehash('toolboxcache')
    """
    if option is not None:
        text = text_argument(option, "option").lower()
        if text not in ("path", "toolbox", "pathreset", "toolboxreset", "toolboxcache"):
            raise CompatValueError(f"Unknown option '{text}': use 'path', 'toolbox', "
                                   "'pathreset', 'toolboxreset' or 'toolboxcache'.")
    importlib.invalidate_caches()
    return None


@matlab_function("savepath")
def savepath(file=None):
    """Save the MATLAB search path, as MATLAB's ``savepath``: a port has no MATLAB
    search path (Python finds modules through ``sys.path``, set by its environment),
    so there is nothing to save; the status is 0 ("the path was saved"), and no file
    is written.

    MATLAB call forms::

        savepath                   ->  savepath()
        status = savepath          ->  status = savepath()
        savepath('pathdef.m')      ->  savepath('pathdef.m')

    Returns
    -------
    float
        ``0.0`` (MATLAB's status: 0 saved, 1 failed).

    Sources: MATLAB ``savepath`` reference page.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.savepath()
    0.0
    """
    if file is not None:
        text_argument(file, "file name")
    return 0.0


class MemoryResult(Result):
    """``[userview, systemview] = memory``."""

    request_style = "nargout"
    userview: dict
    systemview: dict


@matlab_function("memory", nargout=2)
def memory(*, nargout=1):
    """Memory of the host and of the running program, as MATLAB's ``memory``, from
    the host's own figures (``psutil`` when installed, else Linux's ``/proc``).

    MATLAB call forms::

        userview = memory                 ->  memory()
        [userview, systemview] = memory   ->  memory(nargout=2)

    Returns
    -------
    userview : dict
        ``MaxPossibleArrayBytes`` and ``MemAvailableAllArrays``: the smaller of the
        process's free address space and the system memory available (physical
        available plus free swap); ``MemUsedMATLAB``: the memory the Python process
        holds (its resident set). Doubles, bytes.
    systemview : dict
        ``VirtualAddressSpace`` (``Available``, ``Total``), ``SystemMemory``
        (``Available``), ``PhysicalMemory`` (``Available``, ``Total``), each a dict of
        doubles in bytes, as MATLAB's structs.

    Raises
    ------
    MatlabError
        MATLAB's "Function MEMORY is not available on this platform." where the host
        gives no figures (no psutil and no /proc).

    Notes
    -----
    MATLAB's ``memory`` exists only on Windows and raises that error elsewhere; a
    port answers on every host that reports its memory, so code written for Windows
    runs. ``MaxPossibleArrayBytes`` is not the largest contiguous free block
    (Windows reports that; Linux and macOS do not): it equals
    ``MemAvailableAllArrays``, an upper bound. The numbers change from call to call.

    Sources: MATLAB ``memory`` reference page (the fields of both outputs);
    MATLAB Answers 570757 (the error on other platforms).

    Examples
    --------
    >>> from compat import matlab
    >>> user = matlab.memory()
    >>> sorted(user)
    ['MaxPossibleArrayBytes', 'MemAvailableAllArrays', 'MemUsedMATLAB']
    >>> user['MemUsedMATLAB'] > 0
    True
    """
    host = core.host_memory()
    if host is None:
        raise MatlabError("Function MEMORY is not available on this platform.",
                          "MATLAB:memory:unsupported")
    available = float(min(host["virtual_available"], host["system_available"]))
    user = {"MaxPossibleArrayBytes": available, "MemAvailableAllArrays": available,
            "MemUsedMATLAB": float(host["process"])}
    system = {"VirtualAddressSpace": {"Available": float(host["virtual_available"]),
                                      "Total": float(host["virtual_total"])},
              "SystemMemory": {"Available": float(host["system_available"])},
              "PhysicalMemory": {"Available": float(host["physical_available"]),
                                 "Total": float(host["physical_total"])}}
    return MemoryResult.first(nargout, user, system)


@matlab_function("ls")
def ls(name=None, *, nargout=1):
    """The names in a folder, as MATLAB's ``ls``.

    MATLAB call forms::

        ls                   ->  print(ls())
        list = ls            ->  list = ls()
        list = ls('*.dat')   ->  ls('*.dat')         (wildcards * and ?; a folder name
                                                      lists that folder)

    Returns
    -------
    str or numpy.ndarray
        As MATLAB on the platform Python runs on: on Linux and macOS one character
        vector, the names separated by newlines and ending with one (what MATLAB
        returns from the system's ``ls``, whose output to a pipe has one name a
        line); on Windows an m-by-n character matrix (a numpy array of equal-length
        rows, padded with blanks). With ``nargout=0`` the names are printed and None
        is returned.

    Raises
    ------
    MatlabError
        No file matches: MATLAB's Linux text from the system, "ls: cannot access
        '<name>': No such file or directory".

    Notes
    -----
    Hidden names (starting with ``.``) are left out unless the pattern starts with
    ``.``, as ``ls``; names are sorted by code point (the C locale's order; the
    system's ``ls`` sorts by the locale's collation). MATLAB passes ``ls``'s
    arguments to the shell, so shell syntax other than ``*``/``?`` (options such as
    ``-l``) is not supported. ``dir`` gives the same names as a struct array.

    Sources: MATLAB ``ls`` reference page (a character vector on UNIX, a character
    array on Windows).

    Examples
    --------
    >>> import os, tempfile
    >>> from compat import matlab
    >>> folder = tempfile.mkdtemp()
    >>> import pathlib
    >>> for name in ('b.dat', 'a.dat', 'c.txt'):
    ...     _ = pathlib.Path(folder, name).write_text('')
    >>> matlab.ls(folder)
    'a.dat\\nb.dat\\nc.txt\\n'
    >>> [os.path.basename(n) for n in matlab.ls(os.path.join(folder, '*.dat')).split()]
    ['a.dat', 'b.dat']
    """
    pattern = None if name is None else text_argument(name, "name")
    names = core.folder_names(pattern)
    if not names and pattern is not None:
        raise MatlabError(f"ls: cannot access '{pattern}': No such file or directory",
                          "MATLAB:ls:OSError")
    if sys.platform.startswith("win"):
        width = max((len(n) for n in names), default=0)
        out = np.array([n.ljust(width) for n in names], dtype=f"<U{max(width, 1)}")
    else:
        out = "".join(n + "\n" for n in names)
    if nargout == 0:
        print(out if isinstance(out, str) else "\n".join(out), end="" if
              isinstance(out, str) else "\n")
        return None
    return out


def _is_variable(value) -> bool:
    return not (inspect.ismodule(value) or inspect.isclass(value) or
                inspect.isroutine(value))


@matlab_function("who")
def who(*args):
    """The names of variables, as MATLAB's ``who``: of the caller's workspace, of a
    MAT-file, or of an object with a ``who`` method (a ``matfile`` object).

    MATLAB call forms::

        C = who                       ->  who()                 (the caller's variables)
        C = who('a*', 'b')            ->  who('a*', 'b')        (wildcard * only)
        C = who('-file', filename)    ->  who('-file', 'data.mat')
        C = who(matObj)               ->  who(m)                (m = matfile(...))
        C = who('-regexp', expr)      ->  who('-regexp', '^x\\d')

    Returns
    -------
    list of str
        The names, sorted (MATLAB's cell column of names; compat's cell is a list).

    Notes
    -----
    The workspace is the calling Python frame's local names that hold data: names
    that are not MATLAB names (starting with ``_``, or tool-made like pytest's
    ``@py_assert0``) and modules, classes and functions are left out (they are not
    MATLAB variables). Sorted by code point, as MATLAB (capitals first).

    Sources: MATLAB ``who`` reference page; checked against GNU Octave 7.3 for the
    ``-file`` form (golden suite matlab/session).

    Examples
    --------
    >>> from compat import matlab
    >>> def f():
    ...     x, alpha, Beta = 1.0, [2.0], 'text'
    ...     return matlab.who()
    >>> f()
    ['Beta', 'alpha', 'x']
    """
    if len(args) == 1 and hasattr(args[0], "who") and callable(args[0].who):
        return list(args[0].who())
    texts = [text_argument(a, "argument") for a in args]
    regexp = False
    filename = None
    patterns = []
    i = 0
    while i < len(texts):
        if texts[i] == "-file":
            if i + 1 >= len(texts):
                raise CompatValueError("'-file' must be followed by a file name.")
            filename = texts[i + 1]
            i += 2
            continue
        if texts[i] == "-regexp":
            regexp = True
        else:
            patterns.append(texts[i])
        i += 1
    if filename is not None:
        from compat.matlab.files import load
        names = list(load(filename, "-mat"))
    else:
        frame = inspect.currentframe()
        caller = frame.f_back
        while caller is not None and os.path.abspath(
                caller.f_code.co_filename).startswith(_PACKAGE):
            caller = caller.f_back
        local = dict(caller.f_locals) if caller is not None else {}
        names = [k for k, v in local.items()
                 if _VALID_NAME.match(k) and _is_variable(v)]
        del frame, caller
    if patterns:
        if regexp:
            keep = [n for n in names if any(re.search(p, n) for p in patterns)]
        else:
            keep = [n for n in names if any(re.fullmatch(
                re.escape(p).replace(r"\*", ".*"), n) for p in patterns)]
        names = keep
    return sorted(names)


@matlab_function("open")
def open(name):
    """Open a file or an object as MATLAB's ``open`` does, where a port can: a MAT-file
    is loaded (MATLAB: "open name.mat" returns the variables as a struct), a figure
    file is opened (``openfig``), an object with an ``open`` method (a ``VideoWriter``
    in MATLAB code) has it called.

    MATLAB call forms::

        S = open('data.mat')     ->  S = open('data.mat')    (a dict of the variables)
        open('plot.fig')         ->  open('plot.fig')        (the figure's handle)
        open(videoObj)           ->  open(v)                 (v.open())

    Raises
    ------
    ValueError
        A file that is not there, or of a kind MATLAB opens in an editor or another
        application (``.m``, ``.mlx``, ``.html``, ``.pdf`` ...): a port has no MATLAB
        editor or desktop, so compat refuses rather than guess (on Windows use
        :func:`winopen`).

    Sources: MATLAB ``open`` reference page (the table of file kinds).

    Examples
    --------
    >>> import os, tempfile
    >>> import numpy as np
    >>> from compat import matlab
    >>> path = os.path.join(tempfile.mkdtemp(), 'data.mat')
    >>> matlab.save(path, x=np.array([[1.0, 2.0]]))
    >>> matlab.open(path)['x']
    array([[1., 2.]])
    """
    if not isinstance(name, (str, bytes, np.ndarray)) and callable(getattr(name, "open",
                                                                          None)):
        return name.open()
    text = text_argument(name, "name")
    if not os.path.exists(text):
        raise CompatValueError(f"File '{text}' not found.")
    extension = os.path.splitext(text)[1].lower()
    if extension == ".mat":
        from compat.matlab.files import load
        return load(text)
    if extension == ".fig":
        from compat.matlab.figure_tools import openfig
        return openfig(text)
    raise CompatValueError(f"Cannot open '{text}': compat opens MAT-files and figure "
                           "files; MATLAB opens other files in its editor or in their "
                           "application, which a port does not have (on Windows: "
                           "winopen).")


@matlab_function("winopen")
def winopen(filename):
    """Open a file or folder in its Windows application, as MATLAB's ``winopen``
    (``os.startfile``), which MATLAB provides only on Windows.

    MATLAB call form::

        winopen(filename)   ->  winopen('report.pdf')

    Raises
    ------
    MatlabError
        Off Windows: "winopen is available only on Microsoft Windows." (compat's text;
        MATLAB's page: "Windows only"). A missing file: "File '<name>' not found."

    Sources: MATLAB ``winopen`` reference page (Windows only).

    Examples
    --------
    >>> import sys
    >>> from compat import matlab
    >>> if not sys.platform.startswith('win'):
    ...     try:
    ...         matlab.winopen('.')
    ...     except Exception as error:
    ...         print(error)
    ... else:
    ...     print('winopen: winopen is available only on Microsoft Windows.')
    winopen: winopen is available only on Microsoft Windows.
    """
    text = text_argument(filename, "file name")
    if not sys.platform.startswith("win"):
        raise MatlabError("winopen is available only on Microsoft Windows.",
                          "MATLAB:winopen:WindowsOnly")
    if not os.path.exists(text):
        raise CompatValueError(f"File '{text}' not found.")
    os.startfile(text)  # noqa: the Windows-only call the function is about
    return None


_VALID_NAME = re.compile(r"[A-Za-z][A-Za-z0-9_]*\Z")


def _group(group) -> str:
    text = text_argument(group, "group")
    if not _VALID_NAME.match(text):
        raise CompatValueError(f"The group name '{text}' is not a valid MATLAB "
                               "variable name.")
    return text


def _names(pref) -> tuple[list[str], bool]:
    """The preference names and whether they came as a cell (a list)."""
    if isinstance(pref, (list, tuple)):
        names = [text_argument(p, "preference name") for p in pref]
        many = True
    else:
        names = [text_argument(pref, "preference name")]
        many = False
    for name in names:
        if not _VALID_NAME.match(name):
            raise CompatValueError(f"The preference name '{name}' is not a valid MATLAB "
                                   "variable name.")
    return names, many


def _values(names, many, value) -> list:
    if not many:
        return [value]
    if not isinstance(value, (list, tuple)) or len(value) != len(names):
        raise CompatValueError("With a cell of preference names, the values must be a "
                               "cell of the same length.")
    return list(value)


@matlab_function("setpref")
def setpref(group, pref, value):
    """Set preferences, as MATLAB's ``setpref``: the group and preference are created
    when they do not exist.

    MATLAB call forms::

        setpref(group, pref, value)                 ->  setpref('Internet', 'E_mail', 'a@b.c')
        setpref(group, {p1, p2}, {v1, v2})          ->  setpref('g', ['p1', 'p2'], [1, 2])

    Notes
    -----
    MATLAB keeps preferences across sessions (in ``prefdir``); compat keeps them for
    the life of the Python process (:data:`compat._core.session.PREFERENCES`). Values
    are stored as copies. Group and preference names must be valid MATLAB names.

    Sources: MATLAB ``setpref``, ``getpref``, ``ispref``, ``addpref``, ``rmpref``
    reference pages.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.setpref('mytoolbox', 'version', '1.0')
    >>> matlab.getpref('mytoolbox', 'version')
    '1.0'
    """
    g = _group(group)
    names, many = _names(pref)
    for name, item in zip(names, _values(names, many, value)):
        core.PREFERENCES.set(g, name, item)
    return None


@matlab_function("addpref")
def addpref(group, pref, value):
    """Add preferences, as MATLAB's ``addpref``: an error when one already exists.

    MATLAB call forms::

        addpref(group, pref, value)          ->  addpref('g', 'p', 1)
        addpref(group, {p1, p2}, {v1, v2})   ->  addpref('g', ['p1', 'p2'], [1, 2])

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.addpref('mytools2', 'level', 3.0)
    >>> matlab.ispref('mytools2', 'level')
    True
    """
    g = _group(group)
    names, many = _names(pref)
    values = _values(names, many, value)
    for name in names:
        if core.PREFERENCES.has(g, name):
            raise CompatValueError(f"Preference '{name}' already exists in group "
                                   f"'{g}'; use setpref to change it.")
    for name, item in zip(names, values):
        core.PREFERENCES.set(g, name, item)
    return None


@matlab_function("getpref")
def getpref(group=None, pref=None, default=None):
    """Get preferences, as MATLAB's ``getpref``.

    MATLAB call forms::

        value = getpref(group, pref)             ->  getpref('g', 'p')
        value = getpref(group, pref, default)    ->  getpref('g', 'p', 0)  (sets it
                                                      to default when it does not exist)
        C = getpref(group, {p1, p2})             ->  a list of the values
        S = getpref(group)                       ->  a dict of the group's preferences
        S = getpref                              ->  a dict of the groups

    Raises
    ------
    ValueError
        A preference or group that does not exist, without a default (compat's text).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.getpref('mytools3', 'colour', 'blue')
    'blue'
    >>> matlab.getpref('mytools3')
    {'colour': 'blue'}
    """
    if group is None:
        return core.PREFERENCES.groups()
    g = _group(group)
    if pref is None:
        if not core.PREFERENCES.has_group(g):
            raise CompatValueError(f"Group '{g}' does not exist.")
        return core.PREFERENCES.group(g)
    names, many = _names(pref)
    given = default is not None
    defaults = _values(names, many, default) if given else [None] * len(names)
    out = []
    for name, fallback in zip(names, defaults):
        if not core.PREFERENCES.has(g, name):
            if not given:
                raise CompatValueError(f"Preference '{name}' in group '{g}' does not "
                                       "exist.")
            core.PREFERENCES.set(g, name, fallback)
        out.append(core.PREFERENCES.get(g, name))
    return out if many else out[0]


@matlab_function("ispref")
def ispref(group, pref=None):
    """Whether preferences exist, as MATLAB's ``ispref``.

    MATLAB call forms::

        tf = ispref(group)               ->  ispref('g')
        tf = ispref(group, pref)         ->  ispref('g', 'p')
        tf = ispref(group, {p1, p2})     ->  a logical row (numpy bool array)

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.ispref('no_such_group_here')
    False
    """
    g = text_argument(group, "group")
    if pref is None:
        return core.PREFERENCES.has_group(g)
    if isinstance(pref, (list, tuple)):
        names = [text_argument(p, "preference name") for p in pref]
        return np.array([[core.PREFERENCES.has(g, n) for n in names]], dtype=bool)
    return core.PREFERENCES.has(g, text_argument(pref, "preference name"))


@matlab_function("rmpref")
def rmpref(group, pref=None):
    """Remove preferences, as MATLAB's ``rmpref``: a preference, several, or a group.

    MATLAB call forms::

        rmpref(group, pref)           ->  rmpref('g', 'p')
        rmpref(group, {p1, p2})       ->  rmpref('g', ['p1', 'p2'])
        rmpref(group)                 ->  rmpref('g')

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.setpref('mytools4', 'x', 1.0)
    >>> matlab.rmpref('mytools4')
    >>> matlab.ispref('mytools4')
    False
    """
    g = _group(group)
    if not core.PREFERENCES.has_group(g):
        raise CompatValueError(f"Group '{g}' does not exist.")
    if pref is None:
        core.PREFERENCES.remove(g)
        return None
    names, _ = _names(pref)
    for name in names:
        if not core.PREFERENCES.has(g, name):
            raise CompatValueError(f"Preference '{name}' in group '{g}' does not exist.")
    for name in names:
        core.PREFERENCES.remove(g, name)
    return None


class ParallelPool:
    """A port's parallel pool (MATLAB's ``parallel.Pool``): its properties as MATLAB
    shows them; a port runs ``parfor`` loops serially, so the pool runs nothing.

    Attributes: ``NumWorkers`` (the number asked for, or the host's CPU count),
    ``Cluster`` (``'Processes'``), ``Connected`` (true until :meth:`delete`),
    ``IdleTimeout`` (30 minutes), ``SpmdEnabled`` (true), ``Busy`` (false).
    """

    def __init__(self, workers: int):
        self.NumWorkers = float(workers)
        self.Cluster = "Processes"
        self.Connected = True
        self.IdleTimeout = 30.0
        self.SpmdEnabled = True
        self.Busy = False

    def delete(self):
        """Shut the pool down (MATLAB: ``delete(pool)``); gcp then creates a new one."""
        global _POOL
        self.Connected = False
        if _POOL is self:
            _POOL = None

    def __repr__(self):
        return (f"ParallelPool(NumWorkers={self.NumWorkers:g}, Cluster={self.Cluster!r}, "
                f"Connected={self.Connected})")


_POOL: ParallelPool | None = None


def _new_pool(workers=None) -> ParallelPool:
    global _POOL
    if workers is None:
        count = os.cpu_count() or 1
    else:
        value = np.asarray(workers, dtype=float).reshape(-1)
        if value.size == 2:          # parpool([min max]): as many as the range allows
            value = value[1:]
        if value.size != 1 or not np.isfinite(value[0]) or value[0] < 1 or \
                value[0] != np.floor(value[0]):
            raise CompatValueError("The number of workers must be a positive integer.")
        count = int(value[0])
    _POOL = ParallelPool(count)
    return _POOL


@matlab_function("parpool")
def parpool(*args):
    """Start a parallel pool, as MATLAB's ``parpool``: a port's pool records its size
    and runs nothing in parallel (``parfor`` loops run serially in a port).

    MATLAB call forms::

        parpool                     ->  parpool()
        p = parpool(n)              ->  parpool(4)
        p = parpool('local', n)     ->  parpool('local', 4)   (a profile name: 'local',
                                         'Processes', 'Threads', ignored otherwise)

    Returns
    -------
    ParallelPool

    Raises
    ------
    MatlabError
        A pool is already running: MATLAB's text "Found an interactive session. You
        cannot have multiple interactive sessions open simultaneously. To terminate
        the existing session, use 'delete(gcp('nocreate'))'."

    Sources: MATLAB ``parpool`` and ``gcp`` reference pages (Parallel Computing
    Toolbox).

    Examples
    --------
    >>> from compat import matlab
    >>> p = matlab.parpool(2)
    >>> p.NumWorkers, p.Connected
    (2.0, True)
    >>> p.delete()
    """
    if _POOL is not None:
        raise MatlabError("Found an interactive session. You cannot have multiple "
                          "interactive sessions open simultaneously. To terminate the "
                          "existing session, use 'delete(gcp('nocreate'))'.",
                          "parallel:convenience:ConnectionOpen")
    args = list(args)
    if args and isinstance(args[0], (str, bytes, np.str_)):
        text_argument(args.pop(0), "profile")
    if len(args) > 1:
        raise CompatTypeError("Too many input arguments.")
    return _new_pool(args[0] if args else None)


@matlab_function("gcp")
def gcp(option=None):
    """The current parallel pool, as MATLAB's ``gcp``: a new one (see :func:`parpool`)
    when none runs, or with ``'nocreate'`` an empty value (a 0-by-0 double, MATLAB's
    empty pool: ``isempty`` is true).

    MATLAB call forms::

        p = gcp                 ->  gcp()
        p = gcp('nocreate')     ->  gcp('nocreate')

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.gcp('nocreate').size
    0
    """
    if option is not None:
        text = text_argument(option, "option")
        if text.lower() != "nocreate":
            raise CompatValueError(f"Unknown option '{text}': use 'nocreate'.")
        return _POOL if _POOL is not None else np.zeros((0, 0))
    return _POOL if _POOL is not None else _new_pool()
