"""IDL ``DCOMPLEXARR``: a DCOMPLEX array of zeros."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import zero_array
from compat._core.legacy import idl_routine

__all__ = ["dcomplexarr"]


@idl_routine("DCOMPLEXARR")
def dcomplexarr(*dims, nozero=False):
    """A DCOMPLEX (complex128) array of the IDL dimensions ``dims``, set to zero.

    IDL call forms::

        Result = DCOMPLEXARR(D1 [, ..., D8] [, /NOZERO])
        Result = DCOMPLEXARR([D1, ..., D8])

    Python::

        compat.idl.dcomplexarr(*dims, nozero=False)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array; numpy's shape is IDL's
        dimensions reversed (``dcomplexarr(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    nozero : bool
        IDL's ``/NOZERO``: the contents are left uninitialised (``numpy.empty``).

    Returns
    -------
    ndarray of complex128

    Raises
    ------
    ValueError
        ``"DCOMPLEXARR: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"DCOMPLEXARR: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive ``np.zeros((d1, d2), np.complex128)`` takes numpy's order: IDL's
    ``DCOMPLEXARR(d1, d2)`` is ``np.zeros((d2, d1))``. Source: IDL Reference Guide, DCOMPLEXARR.

    Examples
    --------
    >>> from compat.idl import dcomplexarr
    >>> dcomplexarr(3, 2)
    array([[0.+0.j, 0.+0.j, 0.+0.j],
           [0.+0.j, 0.+0.j, 0.+0.j]])
    """
    return zero_array("dcomplexarr", dims, np.complex128, nozero=nozero)
