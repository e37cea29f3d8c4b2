"""IDL ``ULON64ARR``: a ULONG64 array of zeros."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import zero_array
from compat._core.legacy import idl_routine

__all__ = ["ulon64arr"]


@idl_routine("ULON64ARR")
def ulon64arr(*dims, nozero=False):
    """A ULONG64 (uint64) array of the IDL dimensions ``dims``, set to zero.

    IDL call forms::

        Result = ULON64ARR(D1 [, ..., D8] [, /NOZERO])
        Result = ULON64ARR([D1, ..., D8])

    Python::

        compat.idl.ulon64arr(*dims, nozero=False)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array; numpy's shape is IDL's
        dimensions reversed (``ulon64arr(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    nozero : bool
        IDL's ``/NOZERO``: the contents are left uninitialised (``numpy.empty``).

    Returns
    -------
    ndarray of uint64

    Raises
    ------
    ValueError
        ``"ULON64ARR: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"ULON64ARR: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive ``np.zeros((d1, d2), np.uint64)`` takes numpy's order: IDL's
    ``ULON64ARR(d1, d2)`` is ``np.zeros((d2, d1))``. Source: IDL Reference Guide, ULON64ARR.

    Examples
    --------
    >>> from compat.idl import ulon64arr
    >>> ulon64arr(3, 2)
    array([[0, 0, 0],
           [0, 0, 0]], dtype=uint64)
    """
    return zero_array("ulon64arr", dims, np.uint64, nozero=nozero)
