"""MATLAB's 1-based index data in numpy: :func:`idx`.

MATLAB returns indices as data, 1-based and in double: ``find``, the second output of
``sort``, ``sortrows``, ``max``, ``min``, ``unique``'s ``ia``/``ic``, ``ismember``'s
``loc``, ``histc``'s ``bin``, ``sub2ind``. compat returns them as MATLAB does (so
comparisons, arithmetic and printing match the legacy code); ``idx`` turns them into
what numpy indexing takes. It is not a MATLAB function (MATLAB indexes with these
numbers directly), so it is not in the scanner's list of MATLAB routines.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import matlab_error
from compat._core.inputs import normalise

__all__ = ["idx"]

_MESSAGE = "Array indices must be positive integers or logical values."


def idx(k):
    """0-based ``numpy.intp`` indices from MATLAB's 1-based index data.

    ``A(k)`` in MATLAB is ``A.ravel(order='F')[matlab.idx(k)]`` in numpy (linear
    indices count down the columns), ``A(i, j)`` is ``A[matlab.idx(i), matlab.idx(j)]``
    (use ``np.ix_`` for the submatrix of vectors ``i`` and ``j``).

    Parameters
    ----------
    k : array_like
        1-based indices: positive whole numbers of any MATLAB numeric class (double,
        single, int8 ... uint64), any shape; or a logical mask, returned as a ``bool``
        array unchanged (numpy indexes with masks as MATLAB does).

    Returns
    -------
    numpy.ndarray
        ``k - 1`` as ``numpy.intp``, in ``k``'s shape (a 0-d array for a scalar); the
        caller's array is not changed.

    Raises
    ------
    ValueError
        MATLAB's ``"idx: Array indices must be positive integers or logical values."``
        for 0, negative, fractional, NaN or infinite values (MATLAB's own error for such
        an index), and for values too large for ``intp``.
    TypeError
        For text, complex numbers and objects.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> v = np.array([30.0, 10.0, 20.0])
    >>> s, i = matlab.sort(v, nargout=2)
    >>> i                                   # MATLAB's 1-based index data
    array([2., 3., 1.])
    >>> v[matlab.idx(i)]
    array([10., 20., 30.])
    >>> matlab.idx(matlab.find(v > 15))
    array([0, 2])
    >>> matlab.idx(0)
    Traceback (most recent call last):
    ...
    compat.CompatValueError: idx: Array indices must be positive integers or logical values.
    """
    if isinstance(k, (str, bytes)):
        raise matlab_error("idx", "index data must be numeric or logical, not text",
                           TypeError)
    try:
        a = np.asarray(normalise(k) if isinstance(k, np.ndarray) else k)
    except (TypeError, ValueError) as error:
        raise matlab_error("idx", f"index data must be a numeric array ({error})",
                           TypeError) from None
    kind = a.dtype.kind
    if kind == "b":
        return a.copy()
    if kind in "iu":
        if a.size and (a.min() < 1 or (kind == "u" and a.max() > np.iinfo(np.intp).max)):
            raise matlab_error("idx", _MESSAGE)
        return a.astype(np.intp) - 1
    if kind != "f":
        what = "complex" if kind == "c" else str(a.dtype)
        raise matlab_error("idx", f"index data must be real numbers or logical, not "
                           f"{what}", TypeError)
    if a.size:
        with np.errstate(invalid="ignore"):
            bad = ~(a >= 1) | (a != np.floor(a)) | ~(a < 2.0 ** 62)
        if bad.any():
            raise matlab_error("idx", _MESSAGE)
    return a.astype(np.intp) - 1
