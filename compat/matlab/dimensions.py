"""MATLAB's shape queries: ``size``, ``numel``, ``length``, ``ndims``, and GNU Octave's
``rows``, ``columns`` and ``issquare``.

They answer MATLAB's numbers for compat's Python forms of MATLAB values, from the one
reading of a value's size that ``isempty``/``isrow``/``isvector`` use
(:func:`compat._core.matlab_classes.matlab_size`): a 1-D numpy array is a 1xN row
(conventions section 3), a ``str`` a 1xN char row (``''`` 0x0), ``None`` and ``[]``
0x0, a list of numbers a double row, any other list a cell (a flat list 1xN, nested
lists a matrix), a dict a 1x1 struct, a list of dicts a 1xN struct array, a 1-D numpy
``str`` array of equal-length rows a char matrix (rows x length), a ``StringDType``
array a string array (each string one element), a scipy.sparse matrix its shape. At
least two dimensions, trailing singleton dimensions beyond the second dropped.

That is where a port goes wrong with ``numpy.shape``/``numpy.size``/``len``:
``numpy.shape(np.arange(3))`` is ``(3,)`` where MATLAB's row is 1x3 (so ``size(v, 1)``
is 1, not 3), ``len('abc')`` agrees but ``numpy.size(['ab', 'cd'])`` calls a 1x2 cell 2
elements and ``len({'a': 1, 'b': 2})`` calls a 1x1 struct 2, ``numpy.ndim(5)`` is 0
where MATLAB's is 2, and ``x.shape[2]`` fails where ``size(x, 3)`` is 1.

Results are MATLAB doubles (``numpy.float64``; ``size(A)`` a 1xN double row, a 2-D
array), as MATLAB's ``class(size(x))`` is ``'double'``; ``issquare`` is logical.
"""

from __future__ import annotations

import numpy as np

from compat._core import matlab_dimensions as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_classes import matlab_size
from compat._core.results import Result

__all__ = ["size", "numel", "length", "ndims", "rows", "columns", "issquare",
           "SizeResult"]

#: size's most outputs
_MAX_OUTPUTS = 64


class SizeResult(Result):
    """``[sz1, ..., szN] = size(...)``: the outputs ``sz1``, ``sz2``, ... as requested
    (each a double scalar)."""

    request_style = "nargout"
    __annotations__ = {f"sz{k}": "numpy.float64" for k in range(1, _MAX_OUTPUTS + 1)}


def _row(values) -> np.ndarray:
    return np.array(values, dtype=np.float64).reshape(1, len(values))


@matlab_function("size", nargout=_MAX_OUTPUTS)
def size(A, *dims, nargout=1):
    """Array size, as MATLAB's ``size``.

    MATLAB call forms::

        sz = size(A)                      ->  matlab.size(A)              # 1xN double row
        szdim = size(A, dim)              ->  matlab.size(A, 2)           # a double
        szdim = size(A, vecdim)           ->  matlab.size(A, [1, 3])      # 1xK row
        szdim = size(A, d1, d2, ...)      ->  matlab.size(A, 1, 3)        # 1xK row
        [m, n] = size(A)                  ->  m, n = matlab.size(A, nargout=2)
        [s1, ..., sK] = size(A, dims...)  ->  matlab.size(A, [1, 3], nargout=2)

    Parameters
    ----------
    A : any
        A value in compat's MATLAB forms (see the module docstring): a 1-D numpy array
        is a 1xN row, ``'abc'`` 1x3, ``''``/``[]``/``None`` 0x0, ``{'a': 1}`` 1x1, a
        list of dicts 1xN, a cell (list) its cell size.
    dims : int or sequence of int
        The dimensions to query, 1-based: one positive integer, a vector of them
        (empty: none), or several positive integer scalars. A dimension past
        ``ndims(A)`` has length 1.
    nargout : int
        The number of outputs. Without ``dims``, ``nargout`` N < ``ndims(A)`` gives
        the first N-1 lengths and then the product of all the remaining ones
        (``[m, n] = size(zeros(2, 3, 4))`` is 2, 12), N > ``ndims(A)`` ends with ones.
        With ``dims``, N must be 1 or the number of queried dimensions.

    Returns
    -------
    numpy.ndarray (1xN float64), numpy.float64, or SizeResult
        ``size(A)`` and a vector or list of dimensions give a 1xK double row (2-D:
        MATLAB's row vector); ``size(A, dim)`` with one scalar ``dim`` a double; with
        ``nargout`` > 1 a :class:`SizeResult` of doubles.

    Raises
    ------
    ValueError
        "Dimension argument must be a positive integer scalar or a vector of positive
        integers." for 0, negative, fractional, NaN or Inf dimensions, text, or a
        matrix of dimensions; "Dimension argument must be a positive integer scalar
        within indexing range." when one of several dimension arguments is not a
        scalar; "Incorrect number of output arguments. Number of output arguments must
        equal the number of input dimension arguments." for ``nargout`` other than 1
        or the number of queried dimensions. (MATLAB's texts, as MathWorks' size
        reference page's forms reproduce them in MATLAB classes that overload size;
        GNU Octave 7.3 words them differently, and takes ``size(A, 1, [1 2])`` where
        MATLAB refuses it.)

    Notes
    -----
    ``numpy.shape`` differs for 1-D arrays (``(3,)``, MATLAB's 1x3), 0-d arrays and
    Python numbers (``()``, MATLAB's 1x1), trailing singleton dimensions (kept by
    numpy, dropped by MATLAB beyond the second), text, cells and structs; and
    ``x.shape[d - 1]`` fails for ``d`` past ``x.ndim`` where MATLAB gives 1.

    Sources: MATLAB ``size`` reference page (every call form, "If A is a table ... the
    number of rows and the number of table variables", R2019b's ``vecdim`` and
    ``dim1, ..., dimN`` forms, the collapsed last output); MATLAB's SIZE help text
    ("N < NDIMS(X), MN contains the product of the sizes of dimensions N through
    NDIMS(X)", "If DIM > NDIMS(X), M will be 1"). Checked against GNU Octave 7.3
    (reference_outputs/matlab/shape_queries).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.size(np.zeros((2, 3, 4)))
    array([[2., 3., 4.]])
    >>> matlab.size(np.arange(5.0)), matlab.size('abc', 1), matlab.size('')
    (array([[1., 5.]]), np.float64(1.0), array([[0., 0.]]))
    >>> m, n = matlab.size(np.zeros((2, 3, 4)), nargout=2)
    >>> m, n
    (np.float64(2.0), np.float64(12.0))
    >>> matlab.size(np.zeros((2, 3)), [1, 3]), matlab.size({'a': 1}, 2)
    (array([[2., 1.]]), np.float64(1.0))
    """
    if dims and isinstance(dims[0], str):
        # size(matObj, variable[, dim]): a variable's size in a MAT-file (matfile page)
        from compat.matlab.mat_objects import MatFile
        if isinstance(A, MatFile) and len(dims) <= 2 and nargout == 1:
            return A.size(*dims)
    shape = matlab_size(A)
    if not dims:
        if nargout == 1:
            return _row(shape)
        return SizeResult.first(nargout, *(np.float64(n) for n in
                                           core.collapsed(shape, nargout)))
    wanted = core.dimension_list(dims)
    values = core.queried(shape, wanted)
    if nargout == 1:
        if len(dims) == 1 and dims[0] is not None and np.ndim(dims[0]) == 0:
            return np.float64(values[0])
        return _row(values)
    if nargout != len(values):
        raise CompatValueError("Incorrect number of output arguments. Number of output "
                               "arguments must equal the number of input dimension "
                               "arguments.")
    return SizeResult.first(nargout, *(np.float64(n) for n in values))


@matlab_function("numel")
def numel(A, *indices):
    """Number of elements, as MATLAB's ``numel``.

    MATLAB call forms::

        n = numel(A)                      ->  matlab.numel(A)
        n = numel(A, idx1, ..., idxn)     ->  matlab.numel(A, ':', [1, 2])   # old form

    ``numel(A)`` is the product of ``size(A)``: 1 for a dict (a 1x1 struct) and a
    number, the character count of a ``str``, the cell count of a cell, the number of
    strings of a string array, 1 for a ``containers.Map`` (one object; its ``size`` is
    ``[Count 1]``, as MathWorks' containers.Map size page has it). ``numel(A, idx1, ..., idxn)`` (MATLAB's older form,
    still in GNU Octave) counts the elements of ``A(idx1, ..., idxn)``: each numeric
    subscript its element count, a logical subscript its true elements, ``':'`` its
    dimension's length -- in the last position the product of that dimension and every
    later one, as MATLAB indexes the trailing dimensions linearly. The subscripts are
    counted, not checked against ``A``'s size.

    Returns
    -------
    numpy.float64
        MATLAB's double.

    Notes
    -----
    ``numpy.size`` agrees for numeric arrays and cells, not for text: ``numpy.size('abc')``
    is 1 where MATLAB's ``numel('abc')`` is 3; ``len`` of a dict counts its fields
    where a MATLAB struct is one element.

    Sources: MATLAB ``numel`` reference page; the ``numel(A, index1, ..., indexn)``
    form from MATLAB's earlier numel page (the number of elements of
    ``A(index1, ..., indexn)``) and GNU Octave's numel documentation. Checked against
    GNU Octave 7.3 (reference_outputs/matlab/shape_queries).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.numel(np.zeros((2, 3, 4))), matlab.numel('hello'), matlab.numel({'a': 1})
    (np.float64(24.0), np.float64(5.0), np.float64(1.0))
    >>> matlab.numel(np.zeros((3, 4)), [True, False, True], ':')
    np.float64(8.0)
    """
    if getattr(A, "matlab_class", None) == "containers.Map" and not indices:
        return np.float64(1)          # one Map object (its size is [Count 1])
    shape = matlab_size(A)
    if indices:
        return np.float64(core.indexed_count(shape, indices))
    total = 1
    for n in shape:
        total *= n
    return np.float64(total)


@matlab_function("length")
def length(X):
    """Length of the largest array dimension, as MATLAB's ``length``.

    MATLAB call form::

        L = length(X)                     ->  matlab.length(X)

    ``max(size(X))``, and 0 for an empty array (any zero dimension: ``length(zeros(3,
    0))`` is 0, not 3). ``len`` differs on 2-D arrays (the row count: ``len(np.zeros((2,
    5)))`` is 2, MATLAB's length 5), on numbers (an error; MATLAB's 1) and on dicts
    (their field count; MATLAB's 1x1 struct has length 1).

    Returns
    -------
    numpy.float64

    Sources: MATLAB ``length`` reference page ("L = length(X) returns the length of the
    largest array dimension in X ... The length of an empty array is zero"). Checked
    against GNU Octave 7.3 (reference_outputs/matlab/shape_queries).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.length(np.zeros((2, 5))), matlab.length(np.zeros((3, 0))), matlab.length(7)
    (np.float64(5.0), np.float64(0.0), np.float64(1.0))
    """
    shape = matlab_size(X)
    return np.float64(0 if 0 in shape else max(shape))


@matlab_function("ndims")
def ndims(A):
    """Number of array dimensions, as MATLAB's ``ndims``.

    MATLAB call form::

        N = ndims(A)                      ->  matlab.ndims(A)

    ``length(size(A))``: always 2 or more (a number, a 1-D array and ``''`` have 2),
    trailing singleton dimensions beyond the second not counted
    (``ndims(np.zeros((2, 3, 1)))`` is 2). ``numpy.ndim`` gives 0 and 1 for numbers
    and vectors and counts trailing singletons.

    Returns
    -------
    numpy.float64

    Sources: MATLAB ``ndims`` reference page ("always greater than or equal to 2 ...
    trailing singleton dimensions are ignored"). Checked against GNU Octave 7.3
    (reference_outputs/matlab/shape_queries).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.ndims(5), matlab.ndims(np.zeros((2, 3, 1))), matlab.ndims(np.zeros((2, 3, 4)))
    (np.float64(2.0), np.float64(2.0), np.float64(3.0))
    """
    return np.float64(len(matlab_size(A)))


@matlab_function("rows")
def rows(A):
    """Number of rows, as GNU Octave's ``rows`` (MATLAB: ``size(A, 1)``).

    Octave call form::

        nr = rows(A)                      ->  matlab.rows(A)

    A 1-D numpy array is a row, so ``rows(np.arange(5))`` is 1 (``len`` says 5).

    Returns
    -------
    numpy.float64

    Sources: GNU Octave ``rows`` documentation (``size(A, 1)``); MATLAB has no rows
    function and Octave-flavoured MATLAB code calls it. Checked against GNU Octave 7.3
    (reference_outputs/matlab/shape_queries).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.rows(np.zeros((4, 2))), matlab.rows(np.arange(5))
    (np.float64(4.0), np.float64(1.0))
    """
    return np.float64(matlab_size(A)[0])


@matlab_function("columns")
def columns(A):
    """Number of columns, as GNU Octave's ``columns`` (MATLAB: ``size(A, 2)``).

    Octave call form::

        nc = columns(A)                   ->  matlab.columns(A)

    The second dimension only: ``columns(zeros(2, 3, 4))`` is 3.

    Returns
    -------
    numpy.float64

    Sources: GNU Octave ``columns`` documentation (``size(A, 2)``). Checked against GNU
    Octave 7.3 (reference_outputs/matlab/shape_queries).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.columns(np.zeros((2, 3, 4))), matlab.columns('abc')
    (np.float64(3.0), np.float64(3.0))
    """
    return np.float64(matlab_size(A)[1])


@matlab_function("issquare")
def issquare(A):
    """True for a square matrix, as GNU Octave's ``issquare``.

    Octave call form::

        tf = issquare(A)                  ->  matlab.issquare(A)

    True when ``A`` has two dimensions of equal length (0x0 included: ``issquare([])``
    is true; a 3x3x2 array is not square). Any class: the test is on the size only.

    Returns
    -------
    numpy.bool_

    Sources: GNU Octave ``issquare`` documentation ("true if x is a 2-D square array");
    MATLAB has no issquare function (MATLAB's is ``ismatrix(A) && size(A, 1) ==
    size(A, 2)``). Checked against GNU Octave 7.3 (reference_outputs/matlab/shape_queries).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.issquare(np.eye(3)), matlab.issquare([]), matlab.issquare(np.arange(3))
    (np.True_, np.True_, np.False_)
    """
    shape = matlab_size(A)
    return np.bool_(len(shape) == 2 and shape[0] == shape[1])
