"""IDL ``WHERE``: flat subscripts of the nonzero elements, -1 when there are none."""

from __future__ import annotations

import numpy as np

from compat._core.idl_types import idl_array, index_type
from compat._core.least_squares import named_result
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["where"]


def _subscripts(mask: np.ndarray, itype) -> np.ndarray:
    idx = np.flatnonzero(mask)
    if idx.size == 0:
        return itype.type(-1)  # IDL returns the LONG scalar -1
    return idx.astype(itype)

class WhereResult(Result):
    """WHERE's result and the output arguments and keywords requested."""

    result: object
    count: object
    complement: object
    ncomplement: object


@idl_routine("WHERE", output_arguments=('count',))
def where(array_expression, *, count=False, complement=False, l64=False,
          ncomplement=False):
    """Subscripts of the nonzero elements, as IDL's ``WHERE`` returns them.

    IDL call form::

        Result = WHERE(Array_Expression [, Count] [, COMPLEMENT=variable] [, /L64]
                       [, NCOMPLEMENT=variable])

    Output argument and keywords are requested with ``name=True``:
    ``r = where(a > 0, count=True, complement=True)`` gives ``r.result``, ``r.count``,
    ``r.complement``.

    Parameters
    ----------
    array_expression : array_like
        Any array: numbers (nonzero is true; NaN counts as nonzero; complex: either
        part nonzero), bool (from a comparison, IDL's BYTE), or strings (non-empty is
        true). Readsav layout.
    count : bool
        Request Count, the number of nonzero elements (LONG; LONG64 with /L64).
    complement : bool
        Request COMPLEMENT: subscripts of the zero elements (-1 when there are none).
    l64 : bool
        /L64: LONG64 subscripts and counts (LONG otherwise, LONG64 anyway for arrays
        of 2**31 or more elements).
    ncomplement : bool
        Request NCOMPLEMENT, the number of zero elements.

    Returns
    -------
    ndarray or numpy scalar
        1-D LONG array of flat subscripts in IDL order (= numpy C order: use
        ``np.unravel_index(r, a.shape)`` or ``a.flat[r]``), or the LONG scalar ``-1``
        when no element is nonzero. A scalar expression gives ``[0]`` or ``-1``.

    Notes
    -----
    The -1 result is IDL's: ``a[where(a gt 5)]`` in IDL (and ``a.flat[r]`` in Python)
    then silently selects the *last* element, so test Count (or ``r is -1``) first, as
    IDL code must.

    Differences from ``numpy.where(cond)`` / ``numpy.nonzero``: numpy returns a tuple
    of per-axis index arrays (not flat subscripts), an empty array when nothing
    matches (IDL: the scalar -1 with Count 0), int64 (IDL: LONG) and no complement.

    Source: IDL Reference Guide, WHERE.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import where
    >>> a = np.array([[1, 5, 2], [7, 0, 9]])
    >>> where(a > 4)
    array([1, 3, 5], dtype=int32)
    >>> r = where(a > 10, count=True, complement=True, ncomplement=True)
    >>> int(r.result), int(r.count), r.complement, int(r.ncomplement)
    (-1, 0, array([0, 1, 2, 3, 4, 5], dtype=int32), 6)
    """
    a = idl_array("where", array_expression, "Array_Expression", string_ok=True,
                  empty_ok=False)
    mask = (a != "") if a.dtype.kind == "U" else (a != 0)
    itype = index_type(a.size, l64)
    outputs = {}
    if count:
        outputs["count"] = itype.type(np.count_nonzero(mask))
    if complement:
        outputs["complement"] = _subscripts(~mask, itype)
    if ncomplement:
        outputs["ncomplement"] = itype.type(mask.size - np.count_nonzero(mask))
    return named_result(WhereResult, _subscripts(mask, itype), outputs)
