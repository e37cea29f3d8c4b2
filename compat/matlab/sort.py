"""MATLAB ``sort``: stable sort along MATLAB's dimension with its NaN and complex rules."""

from __future__ import annotations

import numpy as np

from compat._core.args import check_nargout, first_nonsingleton, is_omitted, matlab_dim
from compat._core.args import name_value
from compat._core.errors import matlab_error
from compat._core.matlab_order import as_numeric, order_along
from compat._core.legacy import matlab_function

__all__ = ["sort"]

_NAME = "sort"


@matlab_function("sort")
def sort(A, *args, nargout=1, **kwargs):
    """Sort array elements, as MATLAB's ``sort``.

    MATLAB call forms::

        B = sort(A)                           ->  sort(A)
        B = sort(A, dim)                      ->  sort(A, 2)
        B = sort(A, 'descend')                ->  sort(A, 'descend')
        B = sort(A, dim, 'descend')           ->  sort(A, 1, 'descend')
        B = sort(___, 'MissingPlacement', mp) ->  sort(A, 'MissingPlacement', 'first')
        B = sort(___, 'ComparisonMethod', c)  ->  sort(A, 'ComparisonMethod', 'abs')
        [B, I] = sort(___)                    ->  B, I = sort(A, nargout=2)

    Parameters
    ----------
    A : array_like
        Numeric or logical array (MATLAB's (row, column) layout; 1-D is a vector).
    dim : int, optional
        MATLAB dimension (1-based); default the first non-singleton dimension. A
        ``dim`` beyond ``ndim`` leaves ``A`` unchanged (``I`` all ones).
    direction : {'ascend', 'descend'}
        Default 'ascend'.
    MissingPlacement : {'auto', 'first', 'last'}
        Where NaNs go: 'auto' (default) puts them last for 'ascend' and first for
        'descend'.
    ComparisonMethod : {'auto', 'real', 'abs'}
        'auto' sorts real input by value and complex input by ``abs`` then ``angle``;
        'real' sorts complex input by real part then imaginary part; 'abs' sorts by
        magnitude then angle (so ``-1`` comes after ``1`` when ascending).
    nargout : {1, 2}
        ``2`` also returns ``I``.

    Returns
    -------
    B : ndarray
        Same shape and class as ``A``.
    I : ndarray of float64 (``nargout=2``)
        **1-based** positions along ``dim`` such that ``B = A(I)`` along that
        dimension (MATLAB returns indices as double).

    Notes
    -----
    The sort is stable in **both** directions: equal elements keep their original order
    for 'descend' too. The naive ``np.sort(A)[::-1]`` / ``np.argsort(-A)`` are wrong
    here: reversing an ascending sort reverses the order of ties (different ``I``),
    ``np.argsort`` without ``kind='stable'`` is not stable at all, ``-A`` overflows for
    ``intmin`` and unsigned classes, and ``np.sort`` sorts along the **last** axis
    (MATLAB: the first non-singleton dimension, i.e. down the columns of a matrix) and
    returns 0-based indices. numpy also orders complex numbers by real part then
    imaginary part; MATLAB by magnitude then angle.

    Sources: MATLAB ``sort`` reference page (direction, dim, 'MissingPlacement',
    'ComparisonMethod', stability, complex ordering by ``abs`` then ``angle``). GNU
    Octave 7.3 agrees on every case the tests run (it has no name-value options).

    Examples
    --------
    >>> from compat.matlab import sort
    >>> B, I = sort([3, 1, 2, 1], nargout=2)
    >>> B, I
    (array([1, 1, 2, 3]), array([2., 4., 3., 1.]))
    >>> sort([[3, 7], [1, 5]], 'descend')          # down each column
    array([[3, 7],
           [1, 5]])
    >>> sort([2.0, float('nan'), 1.0], 'descend')  # NaN first when descending
    array([nan,  2.,  1.])
    >>> sort([1, -2, 3j], 'ComparisonMethod', 'abs')
    array([ 1.+0.j, -2.+0.j,  0.+3.j])
    """
    nargout = check_nargout(_NAME, nargout, 2)
    a = as_numeric(_NAME, A)
    args = list(args)
    dim = None
    if args and not isinstance(args[0], str):
        dim = args.pop(0)
        if is_omitted(dim):
            dim = None
    direction = "ascend"
    if args and isinstance(args[0], str) and args[0].lower() in ("ascend", "descend"):
        direction = args.pop(0).lower()
    opts = name_value(_NAME, args, kwargs,
                      {"MissingPlacement": "auto", "ComparisonMethod": "auto"})
    mp = str(opts["MissingPlacement"]).lower()
    if mp not in ("auto", "first", "last"):
        raise matlab_error(_NAME, f"'MissingPlacement' must be 'auto', 'first' or "
                           f"'last', got {opts['MissingPlacement']!r}")
    cm = str(opts["ComparisonMethod"]).lower()
    if cm not in ("auto", "real", "abs"):
        raise matlab_error(_NAME, f"'ComparisonMethod' must be 'auto', 'real' or 'abs', "
                           f"got {opts['ComparisonMethod']!r}")
    if dim is None:
        axis = first_nonsingleton(a.shape) - 1
    else:
        axis = matlab_dim(_NAME, dim, a.ndim)
    B = np.array(a, copy=True)
    if a.ndim == 0:
        B = B.reshape(())
    if axis >= a.ndim or a.size == 0:
        I = np.ones(a.shape, np.float64)
        return (B, I) if nargout == 2 else B
    nan_first = None if mp == "auto" else (mp == "first")
    idx = order_along(a, axis, direction == "descend", nan_first, cm)
    B = np.take_along_axis(a, idx, axis=axis).copy()
    if nargout == 2:
        return B, (idx + 1).astype(np.float64)
    return B
