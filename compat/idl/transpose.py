"""IDL ``TRANSPOSE``: reverse or permute the dimensions of an array."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["transpose"]


@idl_routine("TRANSPOSE")
def transpose(array, p=None):
    """Transpose an array, or permute its dimensions, as IDL's ``TRANSPOSE``.

    IDL call form::

        Result = TRANSPOSE(Array [, P])

    Parameters
    ----------
    array : array_like
        Array of any type (readsav layout), at least 1-D. A 1-D array ``[n]`` is IDL's
        ``[n, 1]``: its transpose is the column ``[1, n]``, numpy shape ``(n, 1)``.
    p : sequence of int, optional
        IDL's permutation, 0-based and in IDL dimension order: result dimension ``i``
        is IDL dimension ``P[i]`` of the array. Default: the dimensions reversed.

    Returns
    -------
    ndarray (a new, contiguous array).

    Notes
    -----
    In the readsav layout IDL's default transpose is numpy's ``a.T`` (both reverse
    all dimensions). With P it is *not* ``numpy.transpose(a, P)``: IDL numbers
    dimensions from the other end, so compat uses numpy axes ``n-1-P[n-1-j]``. For
    example IDL ``TRANSPOSE(A, [1, 2, 0])`` of a ``[2, 3, 4]`` array is ``[3, 4, 2]``.

    Source: IDL Reference Guide, TRANSPOSE.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import transpose
    >>> a = np.zeros((4, 3, 2))               # IDL [2, 3, 4]
    >>> transpose(a, [1, 2, 0]).shape         # IDL [3, 4, 2]
    (2, 4, 3)
    >>> transpose(np.arange(3)).shape         # IDL [1, 3]
    (3, 1)
    """
    a = idl_array("transpose", array, string_ok=True, scalar_ok=False)
    if a.ndim == 1:
        a = a.reshape(1, -1)  # IDL [n] is [n, 1]
    n = a.ndim
    if p is None:
        return np.ascontiguousarray(a.T)
    perm = np.asarray(p)
    if perm.dtype.kind not in "iu":
        raise CompatTypeError(f"P must be an array of integers, got {p!r}")
    perm = [int(v) for v in perm.reshape(-1)]
    if sorted(perm) != list(range(n)) and not (np.ndim(array) == 1 and perm == [0]):
        raise CompatValueError(f"Incorrect number of elements in permutation: P "
                        f"must be a permutation of 0..{n - 1}, got {list(perm)}")
    if np.ndim(array) == 1 and perm == [0]:
        return np.array(np.asarray(a).reshape(-1))
    axes = [n - 1 - perm[n - 1 - j] for j in range(n)]
    return np.ascontiguousarray(np.transpose(a, axes))
