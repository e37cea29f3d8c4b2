"""IDL ``CINDGEN``: a COMPLEX array whose elements are their own (0-based) index."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import index_array
from compat._core.legacy import idl_routine

__all__ = ["cindgen"]


@idl_routine("CINDGEN")
def cindgen(*dims, start=None, increment=None):
    """A COMPLEX (complex64) array of IDL dimensions ``dims`` holding each element's index.

    IDL call forms::

        Result = CINDGEN(D1 [, ..., D8] [, START=value] [, INCREMENT=value])
        Result = CINDGEN([D1, ..., D8])

    Python::

        compat.idl.cindgen(*dims, start=None, increment=None)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array. numpy's shape is IDL's
        dimensions reversed (``cindgen(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    start, increment : scalar, optional
        IDL 8.x keywords: element ``i`` (in IDL's memory order, numpy's C order) is
        ``start + increment*i``, computed in double precision and converted to COMPLEX.

    Returns
    -------
    ndarray of complex64
        Element ``i`` of the flattened (C-order) array is ``i`` converted to COMPLEX.

    Raises
    ------
    ValueError
        ``"CINDGEN: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"CINDGEN: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive call ``np.arange(n, dtype=np.complex64).reshape(...)`` needs the shape in numpy order and, for the
    integer types, does not wrap the values the way IDL's type conversion does; a float
    size raises in numpy where IDL truncates it. Sources: IDL Reference Guide, CINDGEN
    (START and INCREMENT keywords: IDL 8.x); dimension rules: IDL Reference Guide,
    "Array dimensions". Checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat.idl import cindgen
    >>> cindgen(3, 2)
    array([[0.+0.j, 1.+0.j, 2.+0.j],
           [3.+0.j, 4.+0.j, 5.+0.j]], dtype=complex64)
    """
    return index_array("cindgen", dims, np.complex64, start=start, increment=increment)
