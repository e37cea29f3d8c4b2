"""IDL ``INTARR``: a INT array of zeros."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import zero_array
from compat._core.legacy import idl_routine

__all__ = ["intarr"]


@idl_routine("INTARR")
def intarr(*dims, nozero=False):
    """A INT (int16) array of the IDL dimensions ``dims``, set to zero.

    IDL call forms::

        Result = INTARR(D1 [, ..., D8] [, /NOZERO])
        Result = INTARR([D1, ..., D8])

    Python::

        compat.idl.intarr(*dims, nozero=False)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array; numpy's shape is IDL's
        dimensions reversed (``intarr(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    nozero : bool
        IDL's ``/NOZERO``: the contents are left uninitialised (``numpy.empty``).

    Returns
    -------
    ndarray of int16

    Raises
    ------
    ValueError
        ``"INTARR: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"INTARR: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive ``np.zeros((d1, d2), np.int16)`` takes numpy's order: IDL's
    ``INTARR(d1, d2)`` is ``np.zeros((d2, d1))``. Source: IDL Reference Guide, INTARR.

    Examples
    --------
    >>> from compat.idl import intarr
    >>> intarr(3, 2)
    array([[0, 0, 0],
           [0, 0, 0]], dtype=int16)
    """
    return zero_array("intarr", dims, np.int16, nozero=nozero)
