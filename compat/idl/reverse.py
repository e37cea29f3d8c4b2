"""IDL ``REVERSE``: reverse an array along one IDL dimension."""

from __future__ import annotations

import numpy as np

from compat._core.args import idl_dimension
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["reverse"]


@idl_routine("REVERSE")
def reverse(array, subscript_index=1, *, overwrite=False):
    """Reverse the order of elements along a dimension, as IDL's ``REVERSE``.

    IDL call form::

        Result = REVERSE(Array [, Subscript_Index] [, /OVERWRITE])

    Parameters
    ----------
    array : array_like
        Array of any type (readsav layout).
    subscript_index : int
        IDL dimension to reverse, 1 (IDL's first = numpy's *last* axis, the default)
        to the number of dimensions.
    overwrite : bool
        IDL's /OVERWRITE (reverse in place to save memory) is accepted and has no
        effect: compat never modifies the caller's array and returns a new one.

    Returns
    -------
    ndarray (a new array, never a view of ``array``); a scalar is returned unchanged.

    Differences from ``numpy.flip(a, 0)``: for a 2-D array IDL's default reverses each
    *row* (IDL's first dimension is numpy's last axis), i.e. ``numpy.flip(a, -1)``;
    ``numpy.flip`` returns a view, which aliases the input.

    Source: IDL Reference Guide, REVERSE.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import reverse
    >>> a = np.arange(6).reshape(2, 3)     # IDL INDGEN(3, 2)
    >>> reverse(a)
    array([[2, 1, 0],
           [5, 4, 3]])
    >>> reverse(a, 2)
    array([[3, 4, 5],
           [0, 1, 2]])
    """
    a = idl_array("reverse", array, string_ok=True)
    if a.ndim == 0:
        idl_dimension("reverse", subscript_index, 1)
        return a.copy()[()]
    axis = idl_dimension("reverse", subscript_index, a.ndim)
    return np.flip(a, axis).copy()
