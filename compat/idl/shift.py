"""IDL ``SHIFT``: circular shift of an array, per IDL dimension or as a vector."""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["shift"]


def _shift_values(shifts) -> list[int]:
    values = []
    for s in shifts:
        arr = np.asarray(s)
        if arr.dtype.kind not in "iuf" or isinstance(s, bool):
            raise CompatTypeError(f"shift values must be integers, got {s!r}")
        if arr.dtype.kind == "f" and not np.all(np.isfinite(arr)):
            raise CompatValueError(f"shift values must be finite, got {s!r}")
        # IDL converts the shifts to LONG (truncation toward zero)
        values += [int(v) for v in np.trunc(arr).reshape(-1)]
    return values


@idl_routine("SHIFT")
def shift(array, *shifts):
    """Circular shift, as IDL's ``SHIFT`` does it.

    IDL call form::

        Result = SHIFT(Array, S1, ..., Sn)

    Parameters
    ----------
    array : array_like
        Array of any type (readsav layout).
    *shifts : int
        Either one shift, which shifts the array *as a one-dimensional vector* in IDL
        (= numpy C) order whatever its rank, or one shift per IDL dimension, in IDL
        order (S1 shifts IDL's first dimension = numpy's last axis). The shifts may also
        be given as one array with an element per dimension. Positive shifts move
        elements toward higher subscripts; elements shifted off one end re-enter at the
        other. Float shifts are truncated (IDL converts to LONG).

    Returns
    -------
    ndarray (a new array); a scalar is returned unchanged.

    Raises
    ------
    ValueError
        ``"SHIFT: ..."`` when the number of shifts is neither 1 nor the number of
        dimensions.

    Differences from ``numpy.roll(a, (s1, s2))``: the shifts must be given in the
    reverse order (``numpy.roll(a, (s2, s1), axis=(0, 1))`` for IDL ``SHIFT(a, s1,
    s2)``), and ``numpy.roll(a, s)`` without an axis flattens like IDL's one-shift form
    but is easy to confuse with a shift of the first axis.

    Source: IDL Reference Guide, SHIFT.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import shift
    >>> a = np.arange(6).reshape(2, 3)      # IDL INDGEN(3, 2)
    >>> shift(a, 1)                          # as a vector
    array([[5, 0, 1],
           [2, 3, 4]])
    >>> shift(a, 1, -1)                      # IDL dims 1 and 2
    array([[5, 3, 4],
           [2, 0, 1]])
    """
    a = idl_array("shift", array, string_ok=True)
    values = _shift_values(shifts)
    if not values:
        raise CompatValueError("Incorrect number of arguments: give one shift, or one "
                        "per dimension")
    if a.ndim == 0:
        if len(values) != 1:
            raise CompatValueError("Incorrect number of arguments: a scalar takes one "
                            f"shift, got {len(values)}")
        return a.copy()[()]
    if len(values) == 1:
        return np.roll(a.reshape(-1), values[0]).reshape(a.shape)
    if len(values) != a.ndim:
        raise CompatValueError(f"Incorrect number of arguments: the array has {a.ndim} "
                        f"dimensions, got {len(values)} shifts (give 1 or {a.ndim})")
    return np.roll(a, values[::-1], axis=tuple(range(a.ndim)))
