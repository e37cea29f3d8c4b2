"""IDL ``COMPLEXARR``: a COMPLEX array of zeros."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import zero_array
from compat._core.legacy import idl_routine

__all__ = ["complexarr"]


@idl_routine("COMPLEXARR")
def complexarr(*dims, nozero=False):
    """A COMPLEX (complex64) array of the IDL dimensions ``dims``, set to zero.

    IDL call forms::

        Result = COMPLEXARR(D1 [, ..., D8] [, /NOZERO])
        Result = COMPLEXARR([D1, ..., D8])

    Python::

        compat.idl.complexarr(*dims, nozero=False)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array; numpy's shape is IDL's
        dimensions reversed (``complexarr(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    nozero : bool
        IDL's ``/NOZERO``: the contents are left uninitialised (``numpy.empty``).

    Returns
    -------
    ndarray of complex64

    Raises
    ------
    ValueError
        ``"COMPLEXARR: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"COMPLEXARR: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive ``np.zeros((d1, d2), np.complex64)`` takes numpy's order: IDL's
    ``COMPLEXARR(d1, d2)`` is ``np.zeros((d2, d1))``. Source: IDL Reference Guide, COMPLEXARR.

    Examples
    --------
    >>> from compat.idl import complexarr
    >>> complexarr(3, 2)
    array([[0.+0.j, 0.+0.j, 0.+0.j],
           [0.+0.j, 0.+0.j, 0.+0.j]], dtype=complex64)
    """
    return zero_array("complexarr", dims, np.complex64, nozero=nozero)
