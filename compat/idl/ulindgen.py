"""IDL ``ULINDGEN``: a ULONG array whose elements are their own (0-based) index."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import index_array
from compat._core.legacy import idl_routine

__all__ = ["ulindgen"]


@idl_routine("ULINDGEN")
def ulindgen(*dims, start=None, increment=None):
    """A ULONG (uint32) array of IDL dimensions ``dims`` holding each element's index.

    IDL call forms::

        Result = ULINDGEN(D1 [, ..., D8] [, START=value] [, INCREMENT=value])
        Result = ULINDGEN([D1, ..., D8])

    Python::

        compat.idl.ulindgen(*dims, start=None, increment=None)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array. numpy's shape is IDL's
        dimensions reversed (``ulindgen(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    start, increment : scalar, optional
        IDL 8.x keywords: element ``i`` (in IDL's memory order, numpy's C order) is
        ``start + increment*i``, computed in double precision and converted to ULONG.

    Returns
    -------
    ndarray of uint32
        Element ``i`` of the flattened (C-order) array is ``i`` converted to ULONG.

    Raises
    ------
    ValueError
        ``"ULINDGEN: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"ULINDGEN: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive call ``np.arange(n, dtype=np.uint32).reshape(...)`` needs the shape in numpy order and, for the
    integer types, does not wrap the values the way IDL's type conversion does; a float
    size raises in numpy where IDL truncates it. Sources: IDL Reference Guide, ULINDGEN
    (START and INCREMENT keywords: IDL 8.x); dimension rules: IDL Reference Guide,
    "Array dimensions". Checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat.idl import ulindgen
    >>> ulindgen(3, 2)
    array([[0, 1, 2],
           [3, 4, 5]], dtype=uint32)
    """
    return index_array("ulindgen", dims, np.uint32, start=start, increment=increment)
