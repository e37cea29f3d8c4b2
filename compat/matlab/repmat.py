"""MATLAB ``repmat``: tile an array; ``repmat(A, n)`` is n-by-n copies."""

from __future__ import annotations

import numpy as np

from compat._core.errors import matlab_error
from compat._core.legacy import matlab_function

__all__ = ["repmat"]

_NAME = "repmat"


@matlab_function("repmat")
def repmat(A, *reps):
    """Repeat copies of an array, as MATLAB's ``repmat``.

    MATLAB call forms::

        B = repmat(A, n)              ->  repmat(A, 3)         (3-by-3 copies)
        B = repmat(A, r1, ..., rN)    ->  repmat(A, 2, 3)
        B = repmat(A, r)              ->  repmat(A, [2, 3, 2])

    Parameters
    ----------
    A : array_like
        Any array; a 1-D array is a MATLAB row vector ``1 x n``.
    reps : nonnegative integers
        One scalar ``n`` (an ``n x n`` tiling), separate counts, or one vector.

    Returns
    -------
    ndarray
        A new array with the class of ``A``. A 1-D ``A`` whose result is a single row
        (``repmat(v, 1, k)``) gives 1-D; otherwise 2-D or N-D.

    Notes
    -----
    ``np.tile(A, n)`` is the wrong call for ``repmat(A, n)``: numpy repeats along the
    **last** axis only (``1 x n`` copies), MATLAB makes ``n x n`` copies. ``np.tile``
    also lines reps up with the trailing axes when ``len(reps) < A.ndim``; MATLAB lines
    them up with the leading dimensions.

    Sources: MATLAB ``repmat`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import repmat
    >>> repmat([[1, 2]], 2)
    array([[1, 2, 1, 2],
           [1, 2, 1, 2]])
    >>> repmat([1, 2], 1, 3)
    array([1, 2, 1, 2, 1, 2])
    """
    a = np.asarray(A)
    if len(reps) == 0:
        raise matlab_error(_NAME, "Not enough input arguments: give the replication "
                           "factors.", TypeError)
    if len(reps) == 1:
        r = np.asarray(reps[0])
        items = [r.reshape(())] * 2 if r.size == 1 else list(r.ravel())
        if r.size == 0:
            raise matlab_error(_NAME, "replication factors must not be empty")
    else:
        items = list(reps)
    counts = []
    for x in items:
        v = np.asarray(x)
        if v.size != 1 or v.dtype.kind not in "iuf" or float(v) != round(float(v)):
            raise matlab_error(_NAME, f"Replication factors must be a row vector of "
                               f"integers or integer scalars, got {x!r}")
        counts.append(max(0, int(round(float(v)))))
    one_d = a.ndim <= 1
    src = a.reshape(1, -1) if one_d else a
    nd = max(src.ndim, len(counts))
    src = src.reshape(src.shape + (1,) * (nd - src.ndim))
    counts = counts + [1] * (nd - len(counts))
    out = np.tile(src, counts)
    while out.ndim > 2 and out.shape[-1] == 1:
        out = out.reshape(out.shape[:-1])
    if one_d and out.ndim == 2 and out.shape[0] == 1 and counts[0] == 1:
        out = out.reshape(-1)
    return out
