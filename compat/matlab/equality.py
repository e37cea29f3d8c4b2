"""MATLAB's value equality: ``isequal`` and ``isequaln``.

The legacy layer over :mod:`compat._core.equality`: both take two or more values in
compat's forms (numbers and arrays, ``str`` for char, lists for cells, dicts for
structs) and return MATLAB's logical scalar.
"""

from __future__ import annotations

import numpy as np

from compat._core.equality import values_equal
from compat._core.errors import MatlabValueError
from compat._core.legacy import matlab_function

__all__ = ["isequal", "isequaln"]


def _all_equal(values, nan_equal: bool) -> np.bool_:
    if len(values) < 2:
        raise MatlabValueError("Not enough input arguments.", "MATLAB:minrhs")
    first = values[0]
    return np.bool_(all(values_equal(first, v, nan_equal) for v in values[1:]))


@matlab_function("isequal")
def isequal(*values):
    """True when all inputs have the same size and contents, as MATLAB's ``isequal``.

    MATLAB call forms::

        tf = isequal(A, B)               ->  isequal(A, B)
        tf = isequal(A1, A2, ..., An)    ->  isequal(A1, A2, A3)

    Equality is MATLAB's: the **class is not compared** (``isequal(true, 1)``,
    ``isequal('A', 65)`` and ``isequal(int8(5), 5)`` are true), the **size is**
    (MATLAB's size: a 1-D numpy array is a 1xN row, so it equals the (1, N) matrix of
    the same numbers, while a 0x3 array is not ``[]``); NaN equals nothing, not even
    itself (use :func:`isequaln`); cell arrays (lists) are compared element by element
    and recursively; structures (dicts) by field names in any order and their values;
    a char vector and a string scalar with the same text are equal.

    Differences from the naive calls: ``numpy.array_equal`` says False for a char and
    its codes and True for a 1-D array against the (N, 1) column (it broadcasts
    neither, but ``a == b`` does: ``numpy.all(a == b)`` is True for a 1-D against a
    column of equal entries); Python's ``==`` on dicts is field-order free like MATLAB
    but compares arrays ambiguously; on lists it compares classes of numbers too.

    Sources: MathWorks' ``isequal`` reference page (the examples above: logical true
    against 1, 'A' against 65, structures with fields in another order, vectors with
    NaN); the ``isequaln`` page for the NaN rule.

    Parameters
    ----------
    *values : any compat values, at least two

    Returns
    -------
    numpy.bool_

    Raises
    ------
    MatlabValueError
        Fewer than two inputs: ``"isequal: Not enough input arguments."``

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.isequal(True, 1), matlab.isequal('A', 65)
    (np.True_, np.True_)
    >>> matlab.isequal({'field1': 0.005, 'field2': 2500}, {'field2': 2500, 'field1': 0.005})
    np.True_
    >>> matlab.isequal([1, float('nan')], [1, float('nan')])
    np.False_
    >>> matlab.isequal(np.zeros((0, 3)), [])
    np.False_
    """
    return _all_equal(values, False)


@matlab_function("isequaln")
def isequaln(*values):
    """:func:`isequal` with NaN values equal to each other, as MATLAB's ``isequaln``.

    MATLAB call forms::

        tf = isequaln(A, B)              ->  isequaln(A, B)
        tf = isequaln(A1, A2, ..., An)

    NaNs must sit at the same places (``[2 4 6 NaN 8]`` and ``[2 4 NaN 6 8]`` are not
    equal); everything else as :func:`isequal`. ``numpy.array_equal(a, b,
    equal_nan=True)`` is the naive call (see :func:`isequal` for its differences).
    Sources: MathWorks' ``isequaln`` and ``isequalwithequalnans`` reference pages.

    Examples
    --------
    >>> from compat import matlab
    >>> nan = float('nan')
    >>> matlab.isequaln([32, 8, -29, nan, 0, 5.7], [32, 8, -29, nan, 0, 5.7])
    np.True_
    >>> matlab.isequaln([2, 4, 6, nan, 8], [2, 4, nan, 6, 8])
    np.False_
    """
    return _all_equal(values, True)
