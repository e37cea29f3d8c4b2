"""IDL ``UNIQ``: subscripts of the last element of each run of equal values."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["uniq"]


@idl_routine("UNIQ")
def uniq(array, index=None):
    """Subscripts of the unique elements of a sorted array, as IDL's ``UNIQ``.

    IDL call form::

        Result = UNIQ(Array [, Index])

    Parameters
    ----------
    array : array_like
        Array (any shape, taken in IDL = numpy C order), normally sorted: UNIQ only
        compares *adjacent* elements. Numbers or strings.
    index : array_like of int, optional
        Subscripts giving the order in which to read ``array`` (typically
        ``sort(array)``); the result then holds subscripts into ``array``.

    Returns
    -------
    ndarray or numpy scalar
        The subscript of the *last* element of each run of equal values (LONG, or the
        type of ``index``). A scalar or one-element array gives the scalar 0.

    Notes
    -----
    IDL's ``uniq.pro`` keeps the subscripts where ``q ne SHIFT(q, -1)`` for ``q =
    Array[Index]``; compat does the same, with the same consequences:

    * the comparison wraps around: an element is also compared with the *first*
      element, so for an unsorted array whose last run equals its first run the last
      run is dropped (``uniq([1, 2, 1])`` is ``[0, 1]``);
    * when every element is equal the result is ``N_ELEMENTS - 1`` -- a position in
      the Index order, not ``Index[N - 1]`` (IDL and GDL 1.0.1 agree);
    * NaN differs from everything, itself included, so every NaN is its own run.

    Differences from ``numpy.unique(a, return_index=True)``: numpy sorts, returns the
    *first* occurrence of each value and the values themselves; IDL's UNIQ does not
    sort, returns the *last* subscript of each adjacent run, and only subscripts.

    Source: IDL Reference Guide, UNIQ ("the subscripts of the last element of each
    run"); the algorithm of ``uniq.pro`` as described above.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import uniq, sort
    >>> uniq(np.array([1, 1, 2, 3, 3, 3, 1]))
    array([1, 2, 5], dtype=int32)
    >>> a = np.array([3, 1, 3, 2, 1])
    >>> uniq(a, sort(a))
    array([1, 3, 0], dtype=int32)
    """
    a = idl_array("uniq", array, string_ok=True)
    q = a.reshape(-1)
    n = q.size
    if n == 1 and index is None:
        return np.int32(0)
    if index is not None:
        idx = np.asarray(index)
        if idx.dtype.kind not in "iu":
            raise CompatTypeError(f"Index must be an array of integer subscripts, not "
                            f"dtype {idx.dtype}")
        idx = idx.reshape(-1)
        if idx.size and (idx.min() < -n or idx.max() >= n):
            raise CompatValueError(f"Index holds subscripts out of range for an array "
                            f"of {n} elements")
        q = q[idx]
        if q.size == 1:
            return np.int32(0)
    changed = np.flatnonzero(q != np.roll(q, -1))
    if changed.size == 0:
        return np.int32(q.size - 1)
    if index is None:
        return changed.astype(np.int32 if n < 2 ** 31 else np.int64)
    return idx[changed]
