"""IDL ``LONARR``: a LONG array of zeros."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import zero_array
from compat._core.legacy import idl_routine

__all__ = ["lonarr"]


@idl_routine("LONARR")
def lonarr(*dims, nozero=False):
    """A LONG (int32) array of the IDL dimensions ``dims``, set to zero.

    IDL call forms::

        Result = LONARR(D1 [, ..., D8] [, /NOZERO])
        Result = LONARR([D1, ..., D8])

    Python::

        compat.idl.lonarr(*dims, nozero=False)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array; numpy's shape is IDL's
        dimensions reversed (``lonarr(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    nozero : bool
        IDL's ``/NOZERO``: the contents are left uninitialised (``numpy.empty``).

    Returns
    -------
    ndarray of int32

    Raises
    ------
    ValueError
        ``"LONARR: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"LONARR: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive ``np.zeros((d1, d2), np.int32)`` takes numpy's order: IDL's
    ``LONARR(d1, d2)`` is ``np.zeros((d2, d1))``. Source: IDL Reference Guide, LONARR.

    Examples
    --------
    >>> from compat.idl import lonarr
    >>> lonarr(3, 2)
    array([[0, 0, 0],
           [0, 0, 0]], dtype=int32)
    """
    return zero_array("lonarr", dims, np.int32, nozero=nozero)
