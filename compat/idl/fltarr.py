"""IDL ``FLTARR``: a FLOAT array of zeros."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import zero_array
from compat._core.legacy import idl_routine

__all__ = ["fltarr"]


@idl_routine("FLTARR")
def fltarr(*dims, nozero=False):
    """A FLOAT (float32) array of the IDL dimensions ``dims``, set to zero.

    IDL call forms::

        Result = FLTARR(D1 [, ..., D8] [, /NOZERO])
        Result = FLTARR([D1, ..., D8])

    Python::

        compat.idl.fltarr(*dims, nozero=False)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array; numpy's shape is IDL's
        dimensions reversed (``fltarr(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    nozero : bool
        IDL's ``/NOZERO``: the contents are left uninitialised (``numpy.empty``).

    Returns
    -------
    ndarray of float32

    Raises
    ------
    ValueError
        ``"FLTARR: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"FLTARR: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive ``np.zeros((d1, d2), np.float32)`` takes numpy's order: IDL's
    ``FLTARR(d1, d2)`` is ``np.zeros((d2, d1))``. Source: IDL Reference Guide, FLTARR.

    Examples
    --------
    >>> from compat.idl import fltarr
    >>> fltarr(3, 2)
    array([[0., 0., 0.],
           [0., 0., 0.]], dtype=float32)
    """
    return zero_array("fltarr", dims, np.float32, nozero=nozero)
