"""IDL ``UINTARR``: a UINT array of zeros."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import zero_array
from compat._core.legacy import idl_routine

__all__ = ["uintarr"]


@idl_routine("UINTARR")
def uintarr(*dims, nozero=False):
    """A UINT (uint16) array of the IDL dimensions ``dims``, set to zero.

    IDL call forms::

        Result = UINTARR(D1 [, ..., D8] [, /NOZERO])
        Result = UINTARR([D1, ..., D8])

    Python::

        compat.idl.uintarr(*dims, nozero=False)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array; numpy's shape is IDL's
        dimensions reversed (``uintarr(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    nozero : bool
        IDL's ``/NOZERO``: the contents are left uninitialised (``numpy.empty``).

    Returns
    -------
    ndarray of uint16

    Raises
    ------
    ValueError
        ``"UINTARR: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"UINTARR: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive ``np.zeros((d1, d2), np.uint16)`` takes numpy's order: IDL's
    ``UINTARR(d1, d2)`` is ``np.zeros((d2, d1))``. Source: IDL Reference Guide, UINTARR.

    Examples
    --------
    >>> from compat.idl import uintarr
    >>> uintarr(3, 2)
    array([[0, 0, 0],
           [0, 0, 0]], dtype=uint16)
    """
    return zero_array("uintarr", dims, np.uint16, nozero=nozero)
