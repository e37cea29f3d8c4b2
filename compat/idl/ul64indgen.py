"""IDL ``UL64INDGEN``: a ULONG64 array whose elements are their own (0-based) index."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import index_array
from compat._core.legacy import idl_routine

__all__ = ["ul64indgen"]


@idl_routine("UL64INDGEN")
def ul64indgen(*dims, start=None, increment=None):
    """A ULONG64 (uint64) array of IDL dimensions ``dims`` holding each element's index.

    IDL call forms::

        Result = UL64INDGEN(D1 [, ..., D8] [, START=value] [, INCREMENT=value])
        Result = UL64INDGEN([D1, ..., D8])

    Python::

        compat.idl.ul64indgen(*dims, start=None, increment=None)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array. numpy's shape is IDL's
        dimensions reversed (``ul64indgen(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    start, increment : scalar, optional
        IDL 8.x keywords: element ``i`` (in IDL's memory order, numpy's C order) is
        ``start + increment*i``, computed in double precision and converted to ULONG64.

    Returns
    -------
    ndarray of uint64
        Element ``i`` of the flattened (C-order) array is ``i`` converted to ULONG64.

    Raises
    ------
    ValueError
        ``"UL64INDGEN: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"UL64INDGEN: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive call ``np.arange(n, dtype=np.uint64).reshape(...)`` needs the shape in numpy order and, for the
    integer types, does not wrap the values the way IDL's type conversion does; a float
    size raises in numpy where IDL truncates it. Sources: IDL Reference Guide, UL64INDGEN
    (START and INCREMENT keywords: IDL 8.x); dimension rules: IDL Reference Guide,
    "Array dimensions". Checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat.idl import ul64indgen
    >>> ul64indgen(3, 2)
    array([[0, 1, 2],
           [3, 4, 5]], dtype=uint64)
    """
    return index_array("ul64indgen", dims, np.uint64, start=start, increment=increment)
