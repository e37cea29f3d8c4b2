"""MAT-file objects, as MATLAB code reads and writes variables in a file by name:
``matfile``.

``m = matfile(filename)`` connects to a MAT-file; ``m.x`` reads variable ``x``,
``m.x = v`` writes it (when the object is writable), ``m.who()``, ``m.whos()`` and
``m.size('x')`` describe the file's variables without reading them. Files go through
compat's ``load``/``save`` code (:mod:`compat._core.matfile`: v4, v6 and v7
MAT-files, read and written by scipy).
"""

from __future__ import annotations

import math
import os

import numpy as np
import scipy.io

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.inputs import normalise
from compat._core.legacy import matlab_function
from compat._core.matfile import read_mat, write_mat

__all__ = ["matfile", "MatFile", "MatFileProperties"]

#: bytes per element of MATLAB's classes (whos' Bytes column)
_ELEMENT_BYTES = {"double": 8, "single": 4, "int8": 1, "uint8": 1, "int16": 2,
                  "uint16": 2, "int32": 4, "uint32": 4, "int64": 8, "uint64": 8,
                  "logical": 1, "char": 2}


class MatFileProperties:
    """``m.Properties``: ``Source`` (the file's full path) and ``Writable``."""

    def __init__(self, source: str, writable: bool):
        self.Source = source
        self.Writable = writable

    def __setattr__(self, name, value):
        if name == "Writable":
            value = _logical(value)
        elif name == "Source" and "Source" in self.__dict__:
            raise CompatValueError("The Source property of a MAT-file object is read-only.")
        elif name not in ("Source", "Writable"):
            raise CompatValueError(f"MAT-file objects have no property '{name}'.")
        object.__setattr__(self, name, value)

    def __repr__(self):
        return f"MatFileProperties(Source={self.Source!r}, Writable={self.Writable})"


def _logical(value) -> bool:
    if isinstance(value, (bool, np.bool_)):
        return bool(value)
    a = np.asarray(value)
    if a.size == 1 and a.dtype.kind in "biuf" and not np.isnan(a.astype(float)).any():
        return bool(a.reshape(-1)[0])
    raise CompatTypeError("Writable must be true or false.")


class MatFile:
    """A MAT-file object (MATLAB's ``matlab.io.MatFile``); made by :func:`matfile`.

    ``m.name`` (or ``m['name']``) reads a variable, ``m.name = value`` (or
    ``m['name'] = value``) writes one; ``m.Properties``; ``m.who()``, ``m.whos()``,
    ``m.size(name[, dim])``. A variable whose name is one of these methods is reached
    with ``m['name']``.
    """

    def __init__(self, source: str, writable: bool):
        object.__setattr__(self, "Properties", MatFileProperties(source, writable))

    # -- variables -----------------------------------------------------------------
    def __getattr__(self, name):
        if name.startswith("__"):
            raise AttributeError(name)
        return self[name]

    def __setattr__(self, name, value):
        if name == "Properties":
            raise CompatValueError("The Properties of a MAT-file object cannot be "
                                   "replaced; set m.Properties.Writable.")
        self[name] = value

    def __getitem__(self, name):
        source = self.Properties.Source
        if not os.path.exists(source):
            raise CompatValueError(f"Variable '{name}' not found in '{source}'.")
        _check_readable(source)
        found = read_mat(source, [name])
        if name not in found:
            raise CompatValueError(f"Variable '{name}' not found in '{source}'.")
        value = found[name]
        if isinstance(value, np.ndarray):
            # the file is not changed through the array: m.x[0] = 1 would change a copy
            value.flags.writeable = False
        return value

    def __setitem__(self, name, value):
        props = self.Properties
        if not props.Writable:
            raise CompatValueError("Cannot write to the MAT-file: the MAT-file object is "
                                   "not writable (set m.Properties.Writable = true, or "
                                   "create it with matfile(filename, 'Writable', true)).")
        value = normalise(value)
        write_mat(props.Source, {name: value}, version="7",
                  append=os.path.exists(props.Source))

    def __dir__(self):
        names = self.who() if os.path.exists(self.Properties.Source) else []
        return sorted(set(super().__dir__()) | set(names))

    def __repr__(self):
        p = self.Properties
        return f"MatFile(Source={p.Source!r}, Writable={p.Writable})"

    # -- descriptions --------------------------------------------------------------
    def _listing(self):
        """``(name, size, class)`` of each variable, from the file's headers; a char
        variable's size from its value (scipy's whosmat drops a char array's last
        dimension, as it reads char rows as strings)."""
        source = self.Properties.Source
        if not os.path.exists(source):
            return []
        _check_readable(source)
        out = []
        for name, shape, cls in scipy.io.whosmat(source):
            if cls == "char":
                # the core's size rule (the legacy size() imports this module)
                from compat._core.matlab_classes import matlab_size
                shape = tuple(int(n) for n in matlab_size(self[name]))
            out.append((name, tuple(shape), cls))
        return out

    def who(self) -> list:
        """``who(m)``: the names of the file's variables (a cell: a list of str)."""
        return [name for name, _, _ in self._listing()]

    def whos(self) -> list:
        """``whos(m)``: one dict per variable with MATLAB's fields ``name``, ``size``
        (1 x n double), ``bytes``, ``class``, ``complex`` (and ``sparse``, ``global``,
        ``persistent``, ``nesting`` as MATLAB has them). ``bytes`` is the elements'
        storage for numeric, logical and char variables (8 per double, 2 per char,
        twice for complex), as MATLAB's whos counts them; NaN for cells, structs and
        objects, whose overhead MATLAB does not document."""
        out = []
        for name, shape, cls in self._listing():
            count = math.prod(shape)
            is_complex = False
            if cls in _ELEMENT_BYTES and cls not in ("char", "logical") and count:
                is_complex = bool(np.iscomplexobj(self[name]))
            per = _ELEMENT_BYTES.get(cls)
            nbytes = float("nan") if per is None else float(count * per *
                                                             (2 if is_complex else 1))
            out.append({"name": name, "size": np.array([list(shape)], dtype=float),
                        "bytes": nbytes, "class": cls, "global": False,
                        "sparse": cls == "sparse", "complex": is_complex,
                        "nesting": {"function": "", "level": 1.0}, "persistent": False})
        return out

    def size(self, name, dim=None):
        """``size(m, name)`` (a 1 x n double row) or ``size(m, name, dim)``, read from
        the file's header without loading the variable."""
        for var, shape, _ in self._listing():
            if var == name:
                if dim is None:
                    return np.array([list(shape)], dtype=float)
                d = int(dim)
                if d < 1 or d != dim:
                    raise CompatValueError("Dimension argument must be a positive "
                                           "integer scalar within indexing range.")
                return float(shape[d - 1]) if d <= len(shape) else 1.0
        raise CompatValueError(f"Variable '{name}' not found in "
                               f"'{self.Properties.Source}'.")


@matlab_function("matfile")
def matfile(filename, *args, Writable=None):
    """Access and change variables in a MAT-file by name, as MATLAB's ``matfile``.

    MATLAB call forms::

        m = matfile(filename)                      ->  m = matfile('data.mat')
        m = matfile(filename, 'Writable', true)    ->  matfile('data.mat', 'Writable', True)
        x = m.x;  m.y = y;                         ->  x = m.x;  m.y = y
        m.Properties.Source; m.Properties.Writable = true
        who(m); whos(m)                            ->  m.who(); m.whos()
        size(m, 'x'); size(m, 'x', dim)            ->  matlab.size(m, 'x', dim) or m.size('x', dim)

    Parameters
    ----------
    filename : str
        The MAT-file; ``.mat`` is appended to a name without an extension. The file
        need not exist yet: it is created by the first assignment.
    Writable : bool, optional
        Write access; default true for a new file, false for an existing one
        (MATLAB's defaults).

    Returns
    -------
    MatFile
        The MAT-file object. Reading ``m.x`` loads the whole variable ``x``; writing
        ``m.x = v`` stores it (in compat's MATLAB representation, as :func:`save`
        takes it), keeping the file's other variables.

    Raises
    ------
    ValueError
        A variable that is not in the file; writing through a read-only object;
        a v7.3 (HDF5) file, which compat's ``load`` cannot read either.
    TypeError
        A file name that is not text; ``Writable`` not a logical scalar.

    Notes
    -----
    MATLAB reads and writes parts of a variable (``m.x(1:5, :)``,
    ``m.x(81:100, 81:100) = A``) in a v7.3 file without loading the rest. A port reads
    the whole variable; index the result (``m.x[0:5, :]``). The array read is
    read-only, so that ``m.x[0, 0] = 1`` -- which would change a copy and leave the
    file as it was -- raises instead: change a copy and assign the whole variable
    back. New files are written as v7 (compressed) MAT-files, which MATLAB and Octave
    read; MATLAB's ``matfile`` creates v7.3 files (HDF5), which scipy can neither read
    nor write. ``who``/``whos`` of the object are its methods here (compat has no
    ``who``/``whos`` functions); ``matlab.size(m, 'x')`` is ``m.size('x')``.

    Sources: MATLAB ``matfile`` reference page (creation forms, Writable defaults,
    ``.mat`` appended, Properties, the example saving y = magic(15) next to x and its
    whos listing); GNU Octave 7.3 has no matfile.

    Examples
    --------
    >>> import os, tempfile
    >>> import numpy as np
    >>> from compat import matlab
    >>> name = os.path.join(tempfile.mkdtemp(), 'myFile.mat')
    >>> matlab.save(name, x=matlab.magic(4))
    >>> m = matlab.matfile(name, 'Writable', True)
    >>> m.y = np.eye(2)
    >>> m.who()
    ['x', 'y']
    >>> m.x[0]
    array([16.,  2.,  3., 13.])
    >>> m.size('x')
    array([[4., 4.]])
    >>> float(matlab.size(m, 'y', 1))
    2.0
    """
    if not isinstance(filename, str):
        raise CompatTypeError("Filename must be a character vector or string scalar.")
    args = list(args)
    while args:
        if len(args) < 2 or not isinstance(args[0], str) or \
                args[0].lower() != "writable":
            raise CompatValueError("Expected the option name 'Writable' and a value: "
                                   "matfile(filename, 'Writable', isWritable).")
        Writable = args[1]
        del args[:2]
    ext = os.path.splitext(filename)[1]
    path = os.path.abspath(filename if ext else filename + ".mat")
    if Writable is None:
        writable = not os.path.exists(path)
    else:
        writable = _logical(Writable)
    if os.path.exists(path):
        _check_readable(path)              # refuse v7.3 and non-MAT files at creation
    return MatFile(path, writable)


def _check_readable(path: str) -> None:
    """compat's load's refusal of v7.3 files, and a clear error for a file that is not
    a MAT-file."""
    try:
        read_mat(path, ["__none__"])
    except CompatValueError:
        raise
    except Exception as error:  # noqa: BLE001 - scipy's MatReadError, ValueError ...
        raise CompatValueError(f"'{path}' is not a MAT-file: {error}.") from None
