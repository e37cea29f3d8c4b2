"""IDL ``ULONARR``: a ULONG array of zeros."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import zero_array
from compat._core.legacy import idl_routine

__all__ = ["ulonarr"]


@idl_routine("ULONARR")
def ulonarr(*dims, nozero=False):
    """A ULONG (uint32) array of the IDL dimensions ``dims``, set to zero.

    IDL call forms::

        Result = ULONARR(D1 [, ..., D8] [, /NOZERO])
        Result = ULONARR([D1, ..., D8])

    Python::

        compat.idl.ulonarr(*dims, nozero=False)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array; numpy's shape is IDL's
        dimensions reversed (``ulonarr(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    nozero : bool
        IDL's ``/NOZERO``: the contents are left uninitialised (``numpy.empty``).

    Returns
    -------
    ndarray of uint32

    Raises
    ------
    ValueError
        ``"ULONARR: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"ULONARR: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive ``np.zeros((d1, d2), np.uint32)`` takes numpy's order: IDL's
    ``ULONARR(d1, d2)`` is ``np.zeros((d2, d1))``. Source: IDL Reference Guide, ULONARR.

    Examples
    --------
    >>> from compat.idl import ulonarr
    >>> ulonarr(3, 2)
    array([[0, 0, 0],
           [0, 0, 0]], dtype=uint32)
    """
    return zero_array("ulonarr", dims, np.uint32, nozero=nozero)
