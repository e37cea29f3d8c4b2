"""MATLAB's class and shape predicates: ``class``, ``isa``, ``isnumeric``, ``isfloat``,
``isinteger``, ``islogical``, ``ischar``, ``iscell``, ``isreal``, ``isempty``,
``isscalar``, ``isvector``, ``isrow``, ``iscolumn``, ``ismatrix``, and the conversion
``logical``.

All read a value's MATLAB class from the one mapping of
:mod:`compat._core.matlab_classes` (``str`` is char, a list a cell or a numeric
literal, a dict a struct, a callable a function handle ...) and its size from
MATLAB's ``size`` of that form (a 1-D numpy array is a 1xN row, ``''`` is 0x0, a
0-d array or Python number 1x1). That is where they differ from the naive Python
test: ``isinstance(x, list)`` calls ``[1, 2]`` a cell, ``numpy.size(x) == 0`` calls
``''`` non-empty... ``issubdtype(..., number)`` calls a bool array numeric.

``class`` is a Python keyword: the function is ``matlab.class_`` (``__legacy_names__``
maps the MATLAB spelling to it).
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, MatlabTypeError, MatlabValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_classes import (CATEGORIES, class_of, is_a, is_complex_stored,
                                         is_sparse, text_scalar,
                                         matlab_size)

__all__ = ["class_", "isa", "isnumeric", "isfloat", "isinteger", "islogical", "ischar",
           "iscell", "isreal", "isempty", "isscalar", "isvector", "isrow", "iscolumn",
           "ismatrix", "logical", "issparse"]

__legacy_names__ = {"class": "class_"}


@matlab_function("class")
def class_(obj):
    """The class name of a value, as MATLAB's ``class``.

    MATLAB call form::

        className = class(obj)          ->  matlab.class_(obj)

    Classes of compat's representation (:mod:`compat._core.matlab_classes`): ``float``,
    ``int``, lists of numbers and ``None`` are 'double' (MATLAB literals); ``bool``
    'logical'; numpy arrays by dtype ('single', 'int8' ... 'uint64'); ``str`` and numpy
    ``str`` arrays 'char'; numpy ``StringDType`` arrays 'string'; other lists and object
    arrays 'cell'; dicts, lists of dicts and record arrays 'struct'; callables
    'function_handle'; ``containers_Map`` 'containers.Map'; pandas DataFrames 'table'.

    Unlike ``type(obj).__name__`` (``'int'``, ``'list'``, ``'ndarray'``) the answer is
    MATLAB's: ``class([1, 2])`` is 'double', ``class(np.arange(3))`` 'int64'.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.class_(3), matlab.class_(np.float32(3)), matlab.class_('abc')
    ('double', 'single', 'char')
    >>> matlab.class_(['a', 1]), matlab.class_({'a': 1}), matlab.class_(np.sin)
    ('cell', 'struct', 'function_handle')
    """
    return class_of(obj)


def _class_name(name, where: str) -> str:
    return text_scalar(name, f"{where} must be a character vector or string scalar.",
                       "MATLAB:isa:ClassNameMustBeChar")


@matlab_function("isa")
def isa(A, dataType):
    """True if ``A`` has the class ``dataType`` or is in the category, as MATLAB's ``isa``.

    MATLAB call form::

        tf = isa(A, dataType)           ->  isa(x, 'numeric')

    ``dataType`` is a class name ('double', 'int8', 'char', 'cell', 'struct',
    'function_handle', ...; case-sensitive, as MATLAB's class names) or one of the
    categories MATLAB's ``isa`` documents: 'numeric' (the integer classes, single,
    double: not logical, not char), 'float' (single, double), 'integer' (int8 ...
    uint64). A cell of names (Octave's extension) gives one answer per name. compat's
    datetime arrays have the classes 'datetime', 'duration' and 'calendarDuration'
    (``isa(t, 'datetime')``).

    Unlike ``isinstance``, the test is on MATLAB's class: ``isa([1, 2], 'double')`` is
    true, ``isa(True, 'numeric')`` false.

    Returns
    -------
    numpy.bool_ (a logical array for a cell of names)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.isa(np.int8(1), 'integer'), matlab.isa(True, 'numeric'), matlab.isa(1, 'float')
    (np.True_, np.False_, np.True_)
    """
    if isinstance(dataType, (list, tuple)) or (isinstance(dataType, np.ndarray) and
                                               dataType.dtype.kind == "O"):
        names = list(np.asarray(dataType, dtype=object).ravel())
        answers = [is_a(A, _class_name(n, "Each class name")) for n in names]
        shape = np.asarray(dataType, dtype=object).shape
        out = np.array(answers, dtype=bool).reshape(shape)
        return out.reshape(1, -1) if out.ndim == 1 else out
    return np.bool_(is_a(A, _class_name(dataType, "Class name")))


def _in(A, names) -> np.bool_:
    return np.bool_(class_of(A) in names)


@matlab_function("isnumeric")
def isnumeric(A):
    """True for numeric data, as MATLAB's ``isnumeric``.

    MATLAB call form::

        tf = isnumeric(A)

    Numeric is double, single and the integer classes; logical and char are not
    (``numpy.issubdtype(dtype, numpy.number)`` is also false for bool, but true for
    nothing compat calls char; ``isinstance(x, (int, float))`` is true for ``True``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.isnumeric([1, 2]), matlab.isnumeric(True), matlab.isnumeric('a')
    (np.True_, np.False_, np.False_)
    """
    return _in(A, CATEGORIES["numeric"])


@matlab_function("isfloat")
def isfloat(A):
    """True for single or double data (real or complex), as MATLAB's ``isfloat``.

    MATLAB call form::

        tf = isfloat(A)

    A Python ``int`` is a MATLAB literal, so double: ``isfloat(3)`` is true, as
    MATLAB's ``isfloat(3)``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.isfloat(3), matlab.isfloat(np.int8(3)), matlab.isfloat(np.complex64(1j))
    (np.True_, np.False_, np.True_)
    """
    return _in(A, CATEGORIES["float"])


@matlab_function("isinteger")
def isinteger(A):
    """True for the integer classes int8 ... uint64, as MATLAB's ``isinteger``.

    MATLAB call form::

        tf = isinteger(A)

    The class, not the values: ``isinteger(3)`` is false (3 is double), as in MATLAB;
    use ``mod(x, 1) == 0`` for integer values.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.isinteger(np.uint16(3)), matlab.isinteger(3), matlab.isinteger(True)
    (np.True_, np.False_, np.False_)
    """
    return _in(A, CATEGORIES["integer"])


@matlab_function("islogical")
def islogical(A):
    """True for logical data (bool), as MATLAB's ``islogical``.

    MATLAB call form::

        tf = islogical(A)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.islogical(np.array([True, False])), matlab.islogical(1)
    (np.True_, np.False_)
    """
    return _in(A, ("logical",))


@matlab_function("ischar")
def ischar(A):
    """True for char data (``str``, a char matrix as a numpy ``str`` array), as
    MATLAB's ``ischar``.

    MATLAB call form::

        tf = ischar(A)

    A cell of text is not char (``iscellstr`` is its test).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.ischar('abc'), matlab.ischar(''), matlab.ischar(['abc'])
    (np.True_, np.True_, np.False_)
    """
    return _in(A, ("char",))


@matlab_function("iscell")
def iscell(A):
    """True for a cell array, as MATLAB's ``iscell``.

    MATLAB call form::

        tf = iscell(A)

    A cell is a list that is not a MATLAB numeric literal (``['a', 2]``, a list of
    arrays of different sizes) or a numpy object array (what ``loadmat`` gives);
    ``isinstance(x, list)`` would also call ``[1, 2]`` (MATLAB's ``[1 2]``) a cell.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.iscell(['a', 'b']), matlab.iscell([1, 2])
    (np.True_, np.False_)
    """
    return _in(A, ("cell",))


@matlab_function("isreal")
def isreal(A):
    """True unless ``A`` is stored complex, as MATLAB's ``isreal``.

    MATLAB call form::

        tf = isreal(A)

    The storage, not the values: a numpy complex array is complex even when every
    imaginary part is 0 (MATLAB's ``isreal(complex(1, 0))`` is false), while a Python
    ``complex`` is MATLAB's literal ``a+bi``, real when ``b`` is 0 (``isreal(3+0i)`` is
    true). Numeric, logical and char data are real; cells, structs, function handles and
    other classes are not (MATLAB's and Octave's ``isreal({})`` is false).
    ``numpy.isrealobj`` differs on ``3+0j`` and on cells.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.isreal(np.complex128(1)), matlab.isreal(1 + 0j), matlab.isreal('a')
    (np.False_, np.True_, np.True_)
    """
    if class_of(A) not in CATEGORIES["numeric"] | {"logical", "char"}:
        return np.bool_(False)
    return np.bool_(not is_complex_stored(A))


@matlab_function("isempty")
def isempty(A):
    """True when a dimension of ``A`` is 0, as MATLAB's ``isempty``.

    MATLAB call form::

        tf = isempty(A)

    ``''`` and ``[]``/``None`` are empty (0x0), a 0x3 array is empty, a dict (a 1x1
    struct) and ``{}``'s ``[]`` ... as MATLAB's ``size`` has them. ``numpy.size(x) ==
    0`` agrees for arrays; ``not x`` is wrong for arrays and for ``0``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.isempty(''), matlab.isempty(np.zeros((0, 3))), matlab.isempty({})
    (np.True_, np.True_, np.False_)
    """
    return np.bool_(0 in matlab_size(A))


@matlab_function("isscalar")
def isscalar(A):
    """True when ``A`` is 1x1, as MATLAB's ``isscalar``.

    MATLAB call form::

        tf = isscalar(A)

    Python numbers, 0-d arrays, one-element arrays of any number of dimensions whose
    size is 1x1, a one-character ``str``, a dict (a 1x1 struct) and a callable are
    scalars; ``'ab'`` (1x2), ``''`` (0x0) and ``np.zeros((1, 1, 2))`` are not.
    ``numpy.isscalar`` is false for 0-d arrays and true for any ``str``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.isscalar(5), matlab.isscalar(np.array([[5]])), matlab.isscalar('ab')
    (np.True_, np.True_, np.False_)
    """
    return np.bool_(matlab_size(A) == (1, 1))


@matlab_function("isvector")
def isvector(A):
    """True for a 1xN or Nx1 array (N >= 0, so a scalar and a 1x0 too), as MATLAB's
    ``isvector``.

    MATLAB call form::

        tf = isvector(A)

    A 1-D numpy array is a row (1xN), so a vector, also when empty; 0x0 (``[]``,
    ``''``) and arrays of three or more dimensions are not.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.isvector(np.zeros((3, 1))), matlab.isvector(5), matlab.isvector([])
    (np.True_, np.True_, np.False_)
    """
    size = matlab_size(A)
    return np.bool_(len(size) == 2 and (size[0] == 1 or size[1] == 1))


@matlab_function("isrow")
def isrow(A):
    """True for a 1xN array (N >= 0), as MATLAB's ``isrow``.

    MATLAB call form::

        tf = isrow(A)

    A 1-D numpy array and a ``str`` are rows; a scalar is a 1x1 row.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.isrow(np.arange(3)), matlab.isrow('abc'), matlab.isrow(np.zeros((3, 1)))
    (np.True_, np.True_, np.False_)
    """
    size = matlab_size(A)
    return np.bool_(len(size) == 2 and size[0] == 1)


@matlab_function("iscolumn")
def iscolumn(A):
    """True for an Nx1 array (N >= 0), as MATLAB's ``iscolumn``.

    MATLAB call form::

        tf = iscolumn(A)

    A 1-D numpy array is a row, not a column (pass ``x.reshape(-1, 1)``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.iscolumn(np.zeros((3, 1))), matlab.iscolumn(np.arange(3))
    (np.True_, np.False_)
    """
    size = matlab_size(A)
    return np.bool_(len(size) == 2 and size[1] == 1)


@matlab_function("ismatrix")
def ismatrix(A):
    """True when ``A`` has two dimensions (any sizes, 0 included), as MATLAB's
    ``ismatrix``.

    MATLAB call form::

        tf = ismatrix(A)

    MATLAB's ``ismatrix`` is ``ndims(A) == 2`` (R2010b on; a scalar, a vector, ``[]``
    and 0x3 are matrices; trailing singleton dimensions are not counted, so
    ``np.zeros((2, 3, 1))`` is 2-D); ``A.ndim == 2`` differs for 1-D and 0-d arrays and
    for trailing singletons.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.ismatrix(np.zeros((2, 3, 1))), matlab.ismatrix(np.zeros((2, 3, 4)))
    (np.True_, np.False_)
    """
    return np.bool_(len(matlab_size(A)) == 2)


@matlab_function("logical")
def logical(A):
    """Convert numeric values to logical, as MATLAB's ``logical``.

    MATLAB call form::

        L = logical(A)                  ->  logical([2 0 -1])     % [true false true]

    Nonzero is true, zero false, for double, single, the integer classes and logical;
    the result is a bool array of ``A``'s shape (a bool scalar for a Python number).

    MATLAB refuses what has no truth value, and so does this: NaN ("NaN's cannot be
    converted to logicals.", identifier ``MATLAB:nologicalnan``), complex data
    ("Complex values cannot be converted to logicals.": MATLAB Answers 754179
    prints it for ``logical(sqrt([-1e-9; 3; 9]))``; GNU Octave 7.3 converts complex
    values instead), text ("Conversion to logical from char is not possible.") and cells,
    structs, function handles. ``numpy.asarray(A, dtype=bool)`` turns NaN and ``'a'``
    into True.

    Raises
    ------
    MatlabValueError
        NaN or complex values.
    MatlabTypeError
        A class that cannot be converted.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.logical([2, 0, -1])
    array([ True, False,  True])
    >>> matlab.logical([1, float('nan')])
    Traceback (most recent call last):
    ...
    compat.MatlabValueError: logical: NaN's cannot be converted to logicals.
    """
    cls = class_of(A)
    if cls == "logical":
        return np.asarray(A, dtype=bool) if not isinstance(A, (bool, np.bool_)) \
            else np.bool_(A)
    if cls not in CATEGORIES["numeric"]:
        raise MatlabTypeError(f"Conversion to logical from {cls} is not possible.",
                              "MATLAB:invalidConversion")
    if is_sparse(A):
        A = A.toarray()
    a = np.asarray(A)
    if a.dtype.kind == "c":
        if type(A) is complex and A.imag == 0:   # MATLAB's literal 3+0i is real
            a = np.asarray(A.real)
        else:
            raise MatlabValueError("Complex values cannot be converted to logicals.",
                                   "MATLAB:nologicalcomplex")
    if a.dtype.kind == "f" and np.isnan(a).any():
        raise MatlabValueError("NaN's cannot be converted to logicals.",
                               "MATLAB:nologicalnan")
    if a.dtype.kind not in "biuf":
        raise CompatTypeError(f"Conversion to logical from {cls} is not possible.")
    out = a != 0
    return np.bool_(out) if out.ndim == 0 else out


@matlab_function("issparse")
def issparse(S):
    """True for a sparse matrix, as MATLAB's ``issparse``.

    MATLAB call form::

        tf = issparse(S)

    compat holds MATLAB's sparse matrices as ``scipy.sparse`` matrices or arrays (what
    ``matlab.sparse`` and ``loadmat`` give); everything else -- dense arrays, numbers,
    text, cells, structs -- is full. ``scipy.sparse.issparse`` answers the same for
    scipy's objects; this name exists so that ported code reads like the original and
    the scan counts it.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.issparse(matlab.sparse(np.eye(3))), matlab.issparse(np.eye(3))
    (True, False)
    """
    return bool(is_sparse(S))
