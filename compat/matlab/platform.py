"""The running program and its platform, as MATLAB code asks about them: ``ispc``,
``isunix``, ``ismac``, ``mfilename``, ``verLessThan``, ``version``,
``computer``.

A port runs in Python, not in MATLAB, so each answer is the port's: the platform is the
one Python runs on; the "current file" is the Python file of the caller; the MATLAB
release is the one compat follows (:data:`MATLAB_RELEASE`, stated here once), which
is what ``verLessThan('matlab', ...)`` compares against.
"""

from __future__ import annotations

import os
import re
import sys

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function

__all__ = ["ispc", "isunix", "ismac", "mfilename", "verlessthan", "version",
           "computer", "isdeployed"]
__legacy_names__ = {"verLessThan": "verlessthan"}

#: the MATLAB release whose documented behaviour compat follows (where releases differ
#: and a routine's docstring names no other), and its version number (``version``)
MATLAB_RELEASE = "R2024b"
MATLAB_VERSION = "24.2.0"
#: the products a port can ask ``verLessThan`` about: MATLAB, and the toolboxes whose
#: functions compat implements, at the version they have in :data:`MATLAB_RELEASE`
#: (since R2023b every MathWorks product carries the release's version number)
PRODUCT_VERSIONS = {"matlab": MATLAB_VERSION, "signal": MATLAB_VERSION,
                    "optim": MATLAB_VERSION, "stats": MATLAB_VERSION,
                    "curvefit": MATLAB_VERSION}

_PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__))) + os.sep


@matlab_function("ispc")
def ispc():
    """True on Windows, as MATLAB's ``ispc``.

    MATLAB call form::

        tf = ispc   ->  ispc()

    Returns
    -------
    bool
        Whether Python runs on Windows (``sys.platform`` ``'win32'``/``'cygwin'``).

    Notes
    -----
    ``os.name == 'nt'`` is the Python idiom; MATLAB's ``ispc`` is "true for the PC
    (Windows) version of MATLAB".

    Sources: MATLAB ``ispc`` reference page.

    Examples
    --------
    >>> import sys
    >>> from compat.matlab import ispc
    >>> ispc() == sys.platform.startswith(('win', 'cygwin'))
    True
    """
    return sys.platform.startswith(("win", "cygwin"))


@matlab_function("isdeployed")
def isdeployed():
    """False: a port never runs as a deployed (compiled) MATLAB application, as MATLAB's
    ``isdeployed`` answers outside the MATLAB Runtime.

    MATLAB call form::

        tf = isdeployed   ->  isdeployed()

    Returns
    -------
    bool
        Always ``False``. MATLAB's ``isdeployed`` is true only in code compiled with
        MATLAB Compiler and run by the MATLAB Runtime; legacy code uses it to choose
        between paths for the compiled and the interactive program (``if ~isdeployed,
        addpath(...)``): a Python port takes the interactive branch, which is also what
        GNU Octave 7.3 answers (``isdeployed`` is 0 there).

    Sources: MATLAB ``isdeployed`` reference page.

    Examples
    --------
    >>> from compat.matlab import isdeployed
    >>> isdeployed()
    False
    """
    return False


@matlab_function("isunix")
def isunix():
    """True on Linux and macOS (every platform but Windows), as MATLAB's ``isunix``.

    MATLAB call form::

        tf = isunix   ->  isunix()

    Returns
    -------
    bool
        ``not ispc()``: MATLAB's ``isunix`` is true "for the UNIX version of MATLAB",
        which includes macOS (its reference page: "isunix returns 1 ... for Mac and
        Linux platforms").

    Sources: MATLAB ``isunix`` reference page.

    Examples
    --------
    >>> from compat.matlab import isunix, ispc
    >>> isunix() == (not ispc())
    True
    """
    return not sys.platform.startswith(("win", "cygwin"))


@matlab_function("ismac")
def ismac():
    """True on macOS, as MATLAB's ``ismac``.

    MATLAB call form::

        tf = ismac   ->  ismac()

    Returns
    -------
    bool
        ``sys.platform == 'darwin'``.

    Sources: MATLAB ``ismac`` reference page.

    Examples
    --------
    >>> import sys
    >>> from compat.matlab import ismac
    >>> ismac() == (sys.platform == 'darwin')
    True
    """
    return sys.platform == "darwin"


def _caller_file() -> str | None:
    frame = sys._getframe(1)
    while frame is not None and frame.f_code.co_filename.startswith(_PACKAGE):
        frame = frame.f_back
    if frame is None:
        return None
    name = frame.f_code.co_filename
    if not name or name.startswith("<"):          # <stdin>, <string>, a notebook cell
        return None
    return name


@matlab_function("mfilename")
def mfilename(option=None):
    """The name of the file that is running, as MATLAB's ``mfilename``, for a port:
    the Python file that calls it.

    MATLAB call forms::

        p = mfilename                ->  mfilename()           ('myscript')
        p = mfilename('fullpath')    ->  mfilename('fullpath') ('/home/me/myscript')
        c = mfilename('class')       ->  mfilename('class')    ('')

    Parameters
    ----------
    option : {'fullpath', 'class'}, optional
        ``'fullpath'``: the full path without the extension (MATLAB leaves off
        ``.m``; compat leaves off ``.py``). ``'class'``: the class of the method that
        calls -- a port has no MATLAB class folders, so ``''``.

    Returns
    -------
    str
        The caller's file name without folder and extension (the first frame outside
        compat: a function of your module that calls ``mfilename()`` gets your
        module's file). Called from an interactive session (no file), ``''``, as
        MATLAB returns at the command line.

    Raises
    ------
    ValueError
        Another option (MATLAB: "Argument must be 'fullpath' or 'class'.").

    Notes
    -----
    The Python idiom is ``pathlib.Path(__file__).stem``, written in the file itself;
    ``mfilename`` finds it from the caller, so ported lines such as
    ``fullfile(fileparts(mfilename('fullpath')), 'data')`` keep working.

    Sources: MATLAB ``mfilename`` reference page.

    Examples
    --------
    >>> from compat.matlab import mfilename
    >>> mfilename('class')
    ''
    """
    if option is not None and (not isinstance(option, str) or
                               option.lower() not in ("fullpath", "class")):
        raise CompatValueError("Argument must be 'fullpath' or 'class'.")
    if option is not None and option.lower() == "class":
        return ""
    path = _caller_file()
    if path is None:
        return ""
    stem, _ = os.path.splitext(os.path.abspath(path))
    if option is not None:
        return stem
    return os.path.basename(stem)


_VERSION = re.compile(r"\s*([+-]?\d+)(?:\.\s*([+-]?\d+)(?:\.\s*([+-]?\d+))?)?")


def _version_parts(text: str) -> tuple[int, int, int]:
    """MATLAB's ``sscanf(V, '%d.%d.%d')``: the leading integers, missing ones 0."""
    match = _VERSION.match(text)
    if match is None:
        return (0, 0, 0)
    return tuple(int(g) if g is not None else 0 for g in match.groups())


@matlab_function("verLessThan")
def verlessthan(toolbox, version):
    """Whether a product's version is older than ``version``, as MATLAB's
    ``verLessThan`` -- answered for the MATLAB release compat follows.

    MATLAB call form::

        tf = verLessThan(toolbox, version)   ->  verlessthan('matlab', '9.0')

    Parameters
    ----------
    toolbox : str
        ``'matlab'``, or a toolbox compat implements functions of (``'signal'``,
        ``'optim'``, ``'stats'``, ``'curvefit'``), case-insensitive.
    version : str
        ``'major.minor.fix'``; only the first three numbers count, missing ones are 0
        (``'7.11.0.584'`` compares as 7.11.0), as MATLAB's verLessThan reads them.

    Returns
    -------
    bool
        Whether the product's version in :data:`MATLAB_RELEASE` (R2024b, version
        24.2.0, for MATLAB and every listed toolbox) is older than ``version``. A port
        behaves as that release, so ``if verLessThan('matlab', '7')`` takes the modern
        branch.

    Raises
    ------
    ValueError
        ``"verLessThan: Toolbox 'name' not found."`` for another product (MATLAB's
        ``MATLAB:verLessThan:missingToolbox``: a port has no other MathWorks product
        installed).
    TypeError
        ``"verLessThan: Inputs must be strings."``.

    Notes
    -----
    MathWorks recommends ``isMATLABReleaseOlderThan`` since R2020b; ``verLessThan``
    remains in old code (the Robotics Toolbox tests ``verLessThan('matlab', '7')``).

    Sources: MATLAB ``verLessThan`` reference page and verLessThan.m (its messages and
    its three-part comparison).

    Examples
    --------
    >>> from compat.matlab import verlessthan
    >>> verlessthan('matlab', '7.11.0.584')
    False
    >>> verlessthan('matlab', '99.0')
    True
    """
    if not isinstance(toolbox, str) or not isinstance(version, str):
        raise CompatTypeError("Inputs must be strings.")
    current = PRODUCT_VERSIONS.get(toolbox.lower())
    if current is None:
        raise CompatValueError(f"Toolbox '{toolbox}' not found.")
    return _version_parts(current) < _version_parts(version)


@matlab_function("version")
def version(option=None):
    """The MATLAB version, as MATLAB's ``version`` -- for a port, the release compat
    follows.

    MATLAB call forms::

        v = version                 ->  version()              ('24.2.0 (R2024b)')
        r = version('-release')     ->  version('-release')    ('2024b')
        d = version('-description') ->  version('-description') ('')

    Parameters
    ----------
    option : {'-release', '-description'}, optional

    Returns
    -------
    str
        ``'<MATLAB_VERSION> (<MATLAB_RELEASE>)'``: ``'24.2.0 (R2024b)'``. MATLAB
        appends a fourth, build number (``'24.2.0.nnnnnnn (R2024b)'``); a port is no
        particular MATLAB build, so compat gives three parts -- code that splits the
        text at dots, or compares ``version('-release')``, behaves as under R2024b.
        ``'-release'``: the release without the ``R`` (``'2024b'``);
        ``'-description'``: ``''`` (no update or prerelease description).

    Raises
    ------
    ValueError
        ``'-date'``, ``'-java'`` and other options: a port has no release date or Java
        version of its own (``"version: Unsupported option '-java'."``).

    Sources: MATLAB ``version`` reference page.

    Examples
    --------
    >>> from compat.matlab import version
    >>> version()
    '24.2.0 (R2024b)'
    >>> version('-release')
    '2024b'
    """
    if option is None:
        return f"{MATLAB_VERSION} ({MATLAB_RELEASE})"
    if isinstance(option, str) and option.lower() == "-release":
        return MATLAB_RELEASE[1:]
    if isinstance(option, str) and option.lower() == "-description":
        return ""
    raise CompatValueError(f"Unsupported option {option!r}.")


#: MATLAB's largest number of elements of an array in its 64-bit versions
#: (2^48 - 1, returned as double by ``[c, maxsize] = computer``)
MAX_ARRAY_ELEMENTS_64 = float(2 ** 48 - 1)
#: the same in MATLAB's former 32-bit versions (2^31 - 1)
MAX_ARRAY_ELEMENTS_32 = float(2 ** 31 - 1)


def _computer_names(system: str, machine: str, bits: int) -> tuple[str, str]:
    """``(computer, computer('arch'))``: MATLAB's names for a platform given by
    ``sys.platform``, ``platform.machine()`` and the pointer size in bits."""
    machine = machine.lower()
    if system.startswith(("win", "cygwin")):
        return ("PCWIN64", "win64") if bits == 64 else ("PCWIN", "win32")
    if system == "darwin":
        if machine in ("arm64", "aarch64"):
            return "MACA64", "maca64"
        return ("MACI64", "maci64") if bits == 64 else ("MACI", "maci")
    return ("GLNXA64", "glnxa64") if bits == 64 else ("GLNX86", "glnx86")


@matlab_function("computer", nargout=3)
def computer(arch=None, *, nargout=1):
    """The platform, as MATLAB's ``computer`` names it -- for a port, the platform
    Python runs on.

    MATLAB call forms::

        str = computer                      ->  computer()
        archstr = computer('arch')          ->  computer('arch')
        [str, maxsize] = computer           ->  computer(nargout=2)
        [str, maxsize, endian] = computer   ->  computer(nargout=3)

    Returns
    -------
    str : str
        ``'PCWIN64'`` (64-bit Windows), ``'GLNXA64'`` (64-bit Linux), ``'MACI64'``
        (64-bit macOS on Intel), ``'MACA64'`` (macOS on Apple silicon) -- the values
        MATLAB's reference page lists, chosen from ``sys.platform`` and
        ``platform.machine()``. Other POSIX systems count as Linux; a 32-bit Python gets
        MATLAB's former 32-bit names ('PCWIN', 'GLNX86', 'MACI').
    archstr : str
        With ``'arch'``: ``'win64'``, ``'glnxa64'``, ``'maci64'`` or ``'maca64'``.
    maxsize : float
        The largest number of elements of an array: 281474976710655 (2^48 - 1, MATLAB's
        value on every 64-bit platform), as a double; 2^31 - 1 on a 32-bit Python.
    endian : str
        ``'L'`` (little-endian, every platform MATLAB supports) or ``'B'``, from
        ``sys.byteorder``.

    Raises
    ------
    ValueError
        An argument other than ``'arch'``, or ``'arch'`` with more than one output.

    Notes
    -----
    Differences from ``platform.platform()``/``sys.platform``: MATLAB's fixed names, on
    which ported code branches (``strcmp(computer, 'GLNXA64')``,
    ``contains(computer, '64')``). The reference page's Algorithms: on 64-bit Linux
    ``isunix`` is true and ``ispc``/``ismac`` false, on macOS ``isunix`` and ``ismac``
    are true -- :func:`ispc`, :func:`isunix` and :func:`ismac` agree with these values.
    GNU Octave's ``computer`` returns its build's GNU triple ('x86_64-pc-linux-gnu'),
    'gnu-linux-x86_64' for 'arch' and 2^63 - 1 for maxsize (golden suite
    ``matlab/computer`` records those as divergent). Sources: MATLAB ``computer``
    reference page.

    Examples
    --------
    >>> import sys
    >>> from compat.matlab import computer
    >>> computer() in ('GLNXA64', 'MACI64', 'MACA64', 'PCWIN64')
    True
    >>> c, maxsize, endian = computer(nargout=3)
    >>> maxsize, endian == {'little': 'L', 'big': 'B'}[sys.byteorder]
    (281474976710655.0, True)
    """
    import platform

    bits = 64 if sys.maxsize > 2 ** 32 else 32
    name, architecture = _computer_names(sys.platform, platform.machine(), bits)
    if arch is not None:
        if not (isinstance(arch, str) and arch.lower() == "arch"):
            raise CompatValueError(f"the only option is 'arch', got {arch!r}.")
        if nargout != 1:
            raise CompatValueError("computer('arch') has one output.")
        return architecture
    if nargout == 1:
        return name
    maxsize = MAX_ARRAY_ELEMENTS_64 if bits == 64 else MAX_ARRAY_ELEMENTS_32
    endian = "L" if sys.byteorder == "little" else "B"
    return (name, maxsize, endian)[:nargout]
