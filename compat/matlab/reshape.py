"""MATLAB ``reshape``: column-major reshape with one inferred ``[]`` size."""

from __future__ import annotations

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import matlab_error
from compat._core.legacy import matlab_function

__all__ = ["reshape"]

_NAME = "reshape"


@matlab_function("reshape")
def reshape(A, *sz):
    """Reshape an array in MATLAB's column-major order, as MATLAB's ``reshape``.

    MATLAB call forms::

        B = reshape(A, sz)              ->  reshape(A, [2, 3])
        B = reshape(A, sz1, ..., szN)   ->  reshape(A, 2, [], 3)

    Parameters
    ----------
    A : array_like
        Any array (a 1-D array is a MATLAB row vector).
    sz : sizes
        A size vector (at least 2 entries) or separate sizes, one of which may be
        ``[]`` (or None): it is computed so the number of elements is unchanged.

    Returns
    -------
    ndarray
        A new array (never a view of ``A``) with the elements of ``A`` in the same
        **column-major** order, same dtype. Trailing singleton dimensions beyond the
        second are dropped, as in MATLAB.

    Notes
    -----
    ``np.reshape(A, sz)`` is the wrong call: numpy's default is **row-major**
    (``order='C'``), so ``np.reshape([[1, 2], [3, 4]], (1, 4))`` gives ``[1, 2, 3, 4]``
    where MATLAB's ``reshape([1 2; 3 4], 1, 4)`` gives ``[1 3 2 4]``. The equivalent
    call is ``np.reshape(A, sz, order='F')``; numpy's ``-1`` is MATLAB's ``[]``.

    Sources: MATLAB ``reshape`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import reshape
    >>> A = np.array([[1, 2], [3, 4], [5, 6]])
    >>> reshape(A, 2, 3)
    array([[1, 5, 4],
           [3, 2, 6]])
    >>> reshape(A, 1, [])
    array([[1, 3, 5, 2, 4, 6]])
    """
    a = np.asarray(A)
    if len(sz) == 1:
        vec = np.asarray(sz[0])
        if vec.ndim == 2 and 1 in vec.shape:
            vec = vec.ravel()  # a MATLAB row (or column) size vector
        if vec.ndim != 1 or vec.size < 2:
            raise matlab_error(_NAME, "Size vector must have at least two elements.")
        items = list(vec)
    elif len(sz) >= 2:
        items = list(sz)
    else:
        raise matlab_error(_NAME, "Not enough input arguments: give the new size.",
                           TypeError)
    dims = []
    free = None
    for i, s in enumerate(items):
        if s is None or is_omitted(s):
            if free is not None:
                raise matlab_error(_NAME, "Size can only have one unknown dimension.")
            free = i
            dims.append(1)
            continue
        v = np.asarray(s)
        if v.size != 1 or v.dtype.kind not in "iuf" or float(v) != int(float(v)) or \
                float(v) < 0:
            raise matlab_error(_NAME, f"Size arguments must be real nonnegative integers, "
                               f"got {s!r}")
        dims.append(int(float(v)))
    known = int(np.prod(dims))
    if free is not None:
        if known == 0 or a.size % known:
            raise matlab_error(_NAME, f"Product of known dimensions, {known}, not "
                               f"divisible into total number of elements, {a.size}.")
        dims[free] = a.size // known
    if int(np.prod(dims)) != a.size:
        raise matlab_error(_NAME, f"Number of elements must not change. Use [] as one "
                           f"of the size inputs to automatically calculate the "
                           f"appropriate size for that dimension ({a.size} elements, "
                           f"size {dims}).")
    while len(dims) > 2 and dims[-1] == 1:
        dims.pop()
    src = a.reshape(1, -1) if a.ndim <= 1 else a
    return np.array(np.reshape(src, dims, order="F"), copy=True)
