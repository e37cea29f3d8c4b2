"""IDL ``DBLARR``: a DOUBLE array of zeros."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import zero_array
from compat._core.legacy import idl_routine

__all__ = ["dblarr"]


@idl_routine("DBLARR")
def dblarr(*dims, nozero=False):
    """A DOUBLE (float64) array of the IDL dimensions ``dims``, set to zero.

    IDL call forms::

        Result = DBLARR(D1 [, ..., D8] [, /NOZERO])
        Result = DBLARR([D1, ..., D8])

    Python::

        compat.idl.dblarr(*dims, nozero=False)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array; numpy's shape is IDL's
        dimensions reversed (``dblarr(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    nozero : bool
        IDL's ``/NOZERO``: the contents are left uninitialised (``numpy.empty``).

    Returns
    -------
    ndarray of float64

    Raises
    ------
    ValueError
        ``"DBLARR: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"DBLARR: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive ``np.zeros((d1, d2), np.float64)`` takes numpy's order: IDL's
    ``DBLARR(d1, d2)`` is ``np.zeros((d2, d1))``. Source: IDL Reference Guide, DBLARR.

    Examples
    --------
    >>> from compat.idl import dblarr
    >>> dblarr(3, 2)
    array([[0., 0., 0.],
           [0., 0., 0.]])
    """
    return zero_array("dblarr", dims, np.float64, nozero=nozero)
