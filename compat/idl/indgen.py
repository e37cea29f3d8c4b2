"""IDL ``INDGEN``: a INT array whose elements are their own (0-based) index."""

from __future__ import annotations

import numpy as np

from compat._core.idl_arrays import index_array
from compat._core.legacy import idl_routine

__all__ = ["indgen"]


@idl_routine("INDGEN")
def indgen(*dims, start=None, increment=None):
    """A INT (int16) array of IDL dimensions ``dims`` holding each element's index.

    IDL call forms::

        Result = INDGEN(D1 [, ..., D8] [, START=value] [, INCREMENT=value])
        Result = INDGEN([D1, ..., D8])

    Python::

        compat.idl.indgen(*dims, start=None, increment=None)

    Parameters
    ----------
    *dims : int or sequence of int
        Up to eight IDL dimensions, as scalars or as one array. numpy's shape is IDL's
        dimensions reversed (``indgen(3, 2)`` has shape ``(2, 3)``). Float sizes are
        truncated (IDL converts them to LONG); sizes must be at least 1.
    start, increment : scalar, optional
        IDL 8.x keywords: element ``i`` (in IDL's memory order, numpy's C order) is
        ``start + increment*i``, computed in double precision and converted to INT.

    Returns
    -------
    ndarray of int16
        Element ``i`` of the flattened (C-order) array is ``i`` converted to INT. Values wrap as IDL's type conversion does (INDGEN(40000) wraps to negative values after 32767).

    Raises
    ------
    ValueError
        ``"INDGEN: ..."`` for a size below 1, more than eight dimensions, no dimension.
    TypeError
        ``"INDGEN: ..."`` for string or non-numeric dimensions.

    Notes
    -----
    The naive call ``np.arange(n) (int64).reshape(...)`` needs the shape in numpy order and, for the
    integer types, does not wrap the values the way IDL's type conversion does; a float
    size raises in numpy where IDL truncates it. Sources: IDL Reference Guide, INDGEN
    (START and INCREMENT keywords: IDL 8.x); dimension rules: IDL Reference Guide,
    "Array dimensions". Checked against GDL 1.0.1.

    Examples
    --------
    >>> from compat.idl import indgen
    >>> indgen(3, 2)
    array([[0, 1, 2],
           [3, 4, 5]], dtype=int16)
    """
    return index_array("indgen", dims, np.int16, start=start, increment=increment)
