"""IDL ``BYTARR``: a BYTE array of zeros."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import zero_array
from compat._core.legacy import idl_routine

__all__ = ["bytarr"]


@idl_routine("BYTARR")
def bytarr(*dims, nozero=False):
    """A BYTE (uint8) array of the IDL dimensions ``dims``, set to zero.

    IDL call forms::

        Result = BYTARR(D1 [, ..., D8] [, /NOZERO])
        Result = BYTARR([D1, ..., D8])

    Python::

        compat.idl.bytarr(*dims, nozero=False)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array; numpy's shape is IDL's
        dimensions reversed (``bytarr(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    nozero : bool
        IDL's ``/NOZERO``: the contents are left uninitialised (``numpy.empty``).

    Returns
    -------
    ndarray of uint8

    Raises
    ------
    ValueError
        ``"BYTARR: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"BYTARR: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive ``np.zeros((d1, d2), np.uint8)`` takes numpy's order: IDL's
    ``BYTARR(d1, d2)`` is ``np.zeros((d2, d1))``. Source: IDL Reference Guide, BYTARR.

    Examples
    --------
    >>> from compat.idl import bytarr
    >>> bytarr(3, 2)
    array([[0, 0, 0],
           [0, 0, 0]], dtype=uint8)
    """
    return zero_array("bytarr", dims, np.uint8, nozero=nozero)
