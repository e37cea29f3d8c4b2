"""IDL ``LON64ARR``: a LONG64 array of zeros."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import zero_array
from compat._core.legacy import idl_routine

__all__ = ["lon64arr"]


@idl_routine("LON64ARR")
def lon64arr(*dims, nozero=False):
    """A LONG64 (int64) array of the IDL dimensions ``dims``, set to zero.

    IDL call forms::

        Result = LON64ARR(D1 [, ..., D8] [, /NOZERO])
        Result = LON64ARR([D1, ..., D8])

    Python::

        compat.idl.lon64arr(*dims, nozero=False)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array; numpy's shape is IDL's
        dimensions reversed (``lon64arr(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    nozero : bool
        IDL's ``/NOZERO``: the contents are left uninitialised (``numpy.empty``).

    Returns
    -------
    ndarray of int64

    Raises
    ------
    ValueError
        ``"LON64ARR: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"LON64ARR: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive ``np.zeros((d1, d2), np.int64)`` takes numpy's order: IDL's
    ``LON64ARR(d1, d2)`` is ``np.zeros((d2, d1))``. Source: IDL Reference Guide, LON64ARR.

    Examples
    --------
    >>> from compat.idl import lon64arr
    >>> lon64arr(3, 2)
    array([[0, 0, 0],
           [0, 0, 0]])
    """
    return zero_array("lon64arr", dims, np.int64, nozero=nozero)
