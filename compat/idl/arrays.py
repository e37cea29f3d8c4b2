"""IDL's array manipulation and searching: REVERSE, ROTATE, SHIFT, TRANSPOSE, SORT (IDL's
tie order), UNIQ, WHERE and REPLICATE_INPLACE, in readsav layout (IDL dimension 1 = numpy's
last axis)."""

from __future__ import annotations

import numpy as np

from compat._core import idl_array_ops
from compat._core.args import idl_dimension
from compat._core.idl_number_text import free_text, text_to_type
from compat._core.idl_numeric import to_idl_type
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.libm import cabs
from compat._core.idl_types import idl_array, idl_type_name, index_type
from compat._core.results import named_result
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["reverse", "rotate", "shift", "transpose", "sort", "uniq", "where",
           "replicate_inplace"]


# ----------------------------------------------------------------------------- REVERSE
@idl_routine("REVERSE")
def reverse(array, subscript_index=1, *, overwrite=False):
    """Reverse the order of elements along a dimension, as IDL's ``REVERSE``.

    IDL call form::

        Result = REVERSE(Array [, Subscript_Index] [, /OVERWRITE])

    Parameters
    ----------
    array : array_like
        Array of any type (readsav layout).
    subscript_index : int
        IDL dimension to reverse, 1 (IDL's first = numpy's *last* axis, the default)
        to the number of dimensions.
    overwrite : bool
        IDL's /OVERWRITE (reverse in place to save memory) is accepted and has no
        effect: compat never modifies the caller's array and returns a new one.

    Returns
    -------
    ndarray (a new array, never a view of ``array``); a scalar is returned unchanged.

    Differences from ``numpy.flip(a, 0)``: for a 2-D array IDL's default reverses each
    *row* (IDL's first dimension is numpy's last axis), i.e. ``numpy.flip(a, -1)``;
    ``numpy.flip`` returns a view, which aliases the input.

    Source: IDL Reference Guide, REVERSE.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import reverse
    >>> a = np.arange(6).reshape(2, 3)     # IDL INDGEN(3, 2)
    >>> reverse(a)
    array([[2, 1, 0],
           [5, 4, 3]])
    >>> reverse(a, 2)
    array([[3, 4, 5],
           [0, 1, 2]])
    """
    a = idl_array(array, string_ok=True)
    if a.ndim == 0:
        idl_dimension(subscript_index, 1)
        return a.copy()[()]
    axis = idl_dimension(subscript_index, a.ndim)
    return np.flip(a, axis).copy()


# ------------------------------------------------------------------------------ ROTATE
_OPS = {
    0: lambda a: a,
    1: lambda a: np.rot90(a, -1),
    2: lambda a: a[::-1, ::-1],
    3: lambda a: np.rot90(a, 1),
    4: lambda a: a.T,
    5: lambda a: a[:, ::-1],
    6: lambda a: a.T[::-1, ::-1],
    7: lambda a: a[::-1, :],
}


@idl_routine("ROTATE")
def rotate(array, direction):
    """Rotate and/or transpose an array by multiples of 90 degrees, as IDL's ``ROTATE``.

    IDL call form::

        Result = ROTATE(Array, Direction)

    ========= ========== =============== ======= =======
    Direction Transpose? Rotation (ccw)  X1      Y1
    ========= ========== =============== ======= =======
    0         No         None            X0      Y0
    1         No         90              -Y0     X0
    2         No         180             -X0     -Y0
    3         No         270             Y0      -X0
    4         Yes        None            Y0      X0
    5         Yes        90              -X0     Y0
    6         Yes        180             -Y0     -X0
    7         Yes        270             X0      -Y0
    ========= ========== =============== ======= =======

    Parameters
    ----------
    array : array_like
        1-D or 2-D array of any type (readsav layout: IDL X is the numpy column, Y the
        numpy row). A 1-D array is IDL's ``[n]`` = ``[n, 1]``: directions 1, 3, 4 and 6
        make it a *column*, numpy shape ``(n, 1)`` (IDL ``[1, n]``); 0, 2, 5 and 7 keep
        it 1-D.
    direction : int
        0 to 7 as in the table; other integers are taken modulo 8 (IDL and GDL 1.0.1:
        ``ROTATE(a, 9)`` is ``ROTATE(a, 1)``, ``-1`` is 7).

    Returns
    -------
    ndarray (a new array).

    Notes
    -----
    The angles are counter-clockwise for an image displayed IDL's way (row 0 at the
    bottom); on the printed array (row 0 on top), and in numpy, direction 1 turns the
    array clockwise: ``numpy.rot90(a, -1)``, not ``numpy.rot90(a)``. That sign, and
    the transposed directions 4-7, are what a naive ``numpy.rot90`` port gets wrong.

    Source: IDL Reference Guide, ROTATE (the table above); every direction checked
    against GDL 1.0.1 on 2-D and 1-D arrays.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import rotate
    >>> a = np.arange(6).reshape(2, 3)    # IDL INDGEN(3, 2)
    >>> rotate(a, 1)
    array([[3, 0],
           [4, 1],
           [5, 2]])
    >>> rotate(np.arange(3), 1).shape     # a vector becomes a column
    (3, 1)
    """
    a = idl_array(array, string_ok=True, scalar_ok=False, max_rank=2)
    if isinstance(direction, bool) or not isinstance(direction, (int, np.integer)):
        raise CompatTypeError(f"Direction must be an integer 0-7, got {direction!r}")
    d = int(direction) % 8
    two = a.reshape(1, -1) if a.ndim == 1 else a
    out = _OPS[d](two)
    if a.ndim == 1 and out.shape[0] == 1:
        out = out.reshape(-1)
    return np.array(out)


# ------------------------------------------------------------------------------- SHIFT
def _shift_values(shifts) -> list[int]:
    values = []
    for s in shifts:
        arr = np.asarray(s)
        if arr.dtype.kind not in "iuf" or isinstance(s, bool):
            raise CompatTypeError(f"shift values must be integers, got {s!r}")
        if arr.dtype.kind == "f" and not np.all(np.isfinite(arr)):
            raise CompatValueError(f"shift values must be finite, got {s!r}")
        # IDL converts the shifts to LONG (truncation toward zero)
        values += [int(v) for v in np.trunc(arr).reshape(-1)]
    return values


@idl_routine("SHIFT")
def shift(array, *shifts):
    """Circular shift, as IDL's ``SHIFT`` does it.

    IDL call form::

        Result = SHIFT(Array, S1, ..., Sn)

    Parameters
    ----------
    array : array_like
        Array of any type (readsav layout).
    *shifts : int
        Either one shift, which shifts the array *as a one-dimensional vector* in IDL
        (= numpy C) order whatever its rank, or one shift per IDL dimension, in IDL
        order (S1 shifts IDL's first dimension = numpy's last axis). The shifts may also
        be given as one array with an element per dimension. Positive shifts move
        elements toward higher subscripts; elements shifted off one end re-enter at the
        other. Float shifts are truncated (IDL converts to LONG).

    Returns
    -------
    ndarray (a new array); a scalar is returned unchanged.

    Raises
    ------
    ValueError
        ``"SHIFT: ..."`` when the number of shifts is neither 1 nor the number of
        dimensions.

    Differences from ``numpy.roll(a, (s1, s2))``: the shifts must be given in the
    reverse order (``numpy.roll(a, (s2, s1), axis=(0, 1))`` for IDL ``SHIFT(a, s1,
    s2)``), and ``numpy.roll(a, s)`` without an axis flattens like IDL's one-shift form
    but is easy to confuse with a shift of the first axis.

    Source: IDL Reference Guide, SHIFT.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import shift
    >>> a = np.arange(6).reshape(2, 3)      # IDL INDGEN(3, 2)
    >>> shift(a, 1)                          # as a vector
    array([[5, 0, 1],
           [2, 3, 4]])
    >>> shift(a, 1, -1)                      # IDL dims 1 and 2
    array([[5, 3, 4],
           [2, 0, 1]])
    """
    a = idl_array(array, string_ok=True)
    values = _shift_values(shifts)
    if not values:
        raise CompatValueError("Incorrect number of arguments: give one shift, or one "
                        "per dimension")
    if a.ndim == 0:
        if len(values) != 1:
            raise CompatValueError("Incorrect number of arguments: a scalar takes one "
                            f"shift, got {len(values)}")
        return a.copy()[()]
    if len(values) == 1:
        return np.roll(a.reshape(-1), values[0]).reshape(a.shape)
    if len(values) != a.ndim:
        raise CompatValueError(f"Incorrect number of arguments: the array has {a.ndim} "
                        f"dimensions, got {len(values)} shifts (give 1 or {a.ndim})")
    return np.roll(a, values[::-1], axis=tuple(range(a.ndim)))


# --------------------------------------------------------------------------- TRANSPOSE
@idl_routine("TRANSPOSE")
def transpose(array, p=None):
    """Transpose an array, or permute its dimensions, as IDL's ``TRANSPOSE``.

    IDL call form::

        Result = TRANSPOSE(Array [, P])

    Parameters
    ----------
    array : array_like
        Array of any type (readsav layout), at least 1-D. A 1-D array ``[n]`` is IDL's
        ``[n, 1]``: its transpose is the column ``[1, n]``, numpy shape ``(n, 1)``.
    p : sequence of int, optional
        IDL's permutation, 0-based and in IDL dimension order: result dimension ``i``
        is IDL dimension ``P[i]`` of the array. Default: the dimensions reversed.

    Returns
    -------
    ndarray (a new, contiguous array).

    Notes
    -----
    In the readsav layout IDL's default transpose is numpy's ``a.T`` (both reverse
    all dimensions). With P it is *not* ``numpy.transpose(a, P)``: IDL numbers
    dimensions from the other end, so compat uses numpy axes ``n-1-P[n-1-j]``. For
    example IDL ``TRANSPOSE(A, [1, 2, 0])`` of a ``[2, 3, 4]`` array is ``[3, 4, 2]``.

    Source: IDL Reference Guide, TRANSPOSE.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import transpose
    >>> a = np.zeros((4, 3, 2))               # IDL [2, 3, 4]
    >>> transpose(a, [1, 2, 0]).shape         # IDL [3, 4, 2]
    (2, 4, 3)
    >>> transpose(np.arange(3)).shape         # IDL [1, 3]
    (3, 1)
    """
    a = idl_array(array, string_ok=True, scalar_ok=False)
    if a.ndim == 1:
        a = a.reshape(1, -1)  # IDL [n] is [n, 1]
    n = a.ndim
    if p is None:
        return np.ascontiguousarray(a.T)
    perm = np.asarray(p)
    if perm.dtype.kind not in "iu":
        raise CompatTypeError(f"P must be an array of integers, got {p!r}")
    perm = [int(v) for v in perm.reshape(-1)]
    if sorted(perm) != list(range(n)) and not (np.ndim(array) == 1 and perm == [0]):
        raise CompatValueError(f"Incorrect number of elements in permutation: P "
                        f"must be a permutation of 0..{n - 1}, got {list(perm)}")
    if np.ndim(array) == 1 and perm == [0]:
        return np.array(np.asarray(a).reshape(-1))
    axes = [n - 1 - perm[n - 1 - j] for j in range(n)]
    return np.ascontiguousarray(np.transpose(a, axes))


# -------------------------------------------------------------------------------- SORT
@idl_routine("SORT")
def sort(array, *, l64=False):
    """Subscripts of an array in ascending order, as IDL's ``SORT`` returns them.

    IDL call form::

        Result = SORT(Array [, /L64])

    Parameters
    ----------
    array : array_like
        Numbers or strings, any shape (read in IDL = numpy C order). Complex numbers are
        sorted by modulus, strings by character code (IDL: ASCII collating sequence).
    l64 : bool
        /L64: LONG64 subscripts (LONG otherwise; LONG64 anyway for 2**31 or more
        elements).

    Returns
    -------
    ndarray
        1-D LONG flat subscripts (``a.flat[r]`` or ``a.reshape(-1)[r]`` is sorted); a
        scalar gives ``[0]``. NaN elements come last.

    Notes
    -----
    Ties: IDL's reference says the order of identical elements "is arbitrary and may
    vary between operating systems". Real IDL print-outs show identical elements in
    *reverse* order of appearance: ``SORT([1, 2, 2, 5, 1, 4, 4, 2])`` prints
    ``4 0 7 2 1 6 5 3`` (B. Sather, "Array Uniqueness in IDL", Harris Geospatial blog,
    2014) and ``SORT([1, 2, 1, 2, 3, 4, 5, 6, 6, 5])`` prints ``2 0 3 1 4 5 9 6 8 7``
    (IDL session quoted in a 2019 CSDN article on UNIQ). compat reproduces that order
    exactly (a stable sort of the reversed array), which also makes ``UNIQ(a,
    SORT(a))`` return IDL's subscripts (the *first* occurrence of each value, there).
    Whether IDL keeps this order for large arrays is not documented; code that relies
    on it relies on IDL's platform. NaNs come last, also in reverse order.

    GDL 1.0.1 differs: its ties keep their original order (``SORT([1, 2, 2, 5, 1, 4,
    4, 2])`` is ``0 4 1 2 7 5 6 3`` there), its NaNs are reversed. Golden and oracle
    comparisons against GDL therefore compare the sorted values ``a[SORT(a)]``
    wherever ties make the subscripts ambiguous.

    Differences from ``numpy.argsort(a)``: numpy sorts along the last *axis* of a
    multi-dimensional array (IDL sorts all elements as one vector), returns int64,
    and its default quicksort is not stable either.

    Sources: IDL Reference Guide, SORT (NaN "moved to the end", ties arbitrary,
    example ``SORT([4, 3, 7, 1, 2])`` is ``3 4 1 0 2``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import sort
    >>> sort(np.array([4, 3, 7, 1, 2]))
    array([3, 4, 1, 0, 2], dtype=int32)
    >>> sort(np.array([500, np.nan, -500], dtype=np.float32))
    array([2, 0, 1], dtype=int32)
    """
    a = idl_array(array, string_ok=True)
    flat = a.reshape(-1)
    key = cabs(flat) if flat.dtype.kind == "c" else flat   # C's hypot
    # numpy's sort order puts NaN after +Inf; a stable sort of the reversed array puts
    # ties (and NaNs) in reverse order of appearance, as IDL prints them
    n = flat.size
    order = np.argsort(key[::-1], kind="stable")
    return (n - 1 - order).astype(index_type(n, l64))


# -------------------------------------------------------------------------------- UNIQ
@idl_routine("UNIQ")
def uniq(array, index=None):
    """Subscripts of the unique elements of a sorted array, as IDL's ``UNIQ``.

    IDL call form::

        Result = UNIQ(Array [, Index])

    Parameters
    ----------
    array : array_like
        Array (any shape, taken in IDL = numpy C order), normally sorted: UNIQ only
        compares *adjacent* elements. Numbers or strings.
    index : array_like of int, optional
        Subscripts giving the order in which to read ``array`` (typically
        ``sort(array)``); the result then holds subscripts into ``array``.

    Returns
    -------
    ndarray or numpy scalar
        The subscript of the *last* element of each run of equal values (LONG, or the
        type of ``index``). A scalar or one-element array gives the scalar 0.

    Notes
    -----
    IDL's ``uniq.pro`` keeps the subscripts where ``q ne SHIFT(q, -1)`` for ``q =
    Array[Index]``; compat does the same, with the same consequences:

    * the comparison wraps around: an element is also compared with the *first*
      element, so for an unsorted array whose last run equals its first run the last
      run is dropped (``uniq([1, 2, 1])`` is ``[0, 1]``);
    * when every element is equal the result is ``N_ELEMENTS - 1`` -- a position in
      the Index order, not ``Index[N - 1]`` (IDL and GDL 1.0.1 agree);
    * NaN differs from everything, itself included, so every NaN is its own run.

    Differences from ``numpy.unique(a, return_index=True)``: numpy sorts, returns the
    *first* occurrence of each value and the values themselves; IDL's UNIQ does not
    sort, returns the *last* subscript of each adjacent run, and only subscripts.

    Source: IDL Reference Guide, UNIQ ("the subscripts of the last element of each
    run"); the algorithm of ``uniq.pro`` as described above.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.idl import uniq, sort
    >>> uniq(np.array([1, 1, 2, 3, 3, 3, 1]))
    array([1, 2, 5], dtype=int32)
    >>> a = np.array([3, 1, 3, 2, 1])
    >>> uniq(a, sort(a))
    array([1, 3, 0], dtype=int32)
    """
    a = idl_array(array, string_ok=True)
    q = a.reshape(-1)
    n = q.size
    if n == 1 and index is None:
        return np.int32(0)
    if index is not None:
        idx = idl_array(index, "Index", complex_ok=False, empty_ok=True)
        if idx.dtype.kind not in "iu":
            raise CompatTypeError(f"Index must be an array of integer subscripts, not "
                                  f"{idl_type_name(idx.dtype)}")
        idx = idx.reshape(-1)
        if idx.size and (idx.min() < -n or idx.max() >= n):
            raise CompatValueError(f"Index holds subscripts out of range for an array "
                            f"of {n} elements")
        q = q[idx]
        if q.size == 1:
            return np.int32(0)
    changed = np.flatnonzero(q != np.roll(q, -1))
    if changed.size == 0:
        return np.int32(q.size - 1)
    if index is None:
        return changed.astype(np.int32 if n < 2 ** 31 else np.int64)
    return idx[changed]


# ------------------------------------------------------------------------------- WHERE
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
          ncomplement=False, null=False):
    """Subscripts of the nonzero elements, as IDL's ``WHERE`` returns them.

    IDL call form::

        Result = WHERE(Array_Expression [, Count] [, COMPLEMENT=variable] [, /L64]
                       [, NCOMPLEMENT=variable] [, /NULL])

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
    null : bool
        /NULL (IDL 8): ``None`` (IDL's ``!NULL``) instead of ``-1`` for a result with
        no subscripts, and for COMPLEMENT when every element is nonzero. Count and
        NCOMPLEMENT are unchanged (0).

    Returns
    -------
    ndarray or numpy scalar or None
        1-D LONG array of flat subscripts in IDL order (= numpy C order: use
        ``np.unravel_index(r, a.shape)`` or ``a.flat[r]``), or the LONG scalar ``-1``
        when no element is nonzero (``None`` with /NULL). A scalar expression gives
        ``[0]`` or ``-1``.

    Notes
    -----
    The -1 result is IDL's: ``a[where(a gt 5)]`` in IDL (and ``a.flat[r]`` in Python)
    then silently selects the *last* element, so test Count (or ``r is -1``) first, as
    IDL code must.

    Types: LONG subscripts, Count and NCOMPLEMENT (LONG64 for arrays of 2**31 or more
    elements); /L64 makes every one of them LONG64, the -1 of an empty Result or
    COMPLEMENT included, as IDL's WHERE page says (/L64 forces 64-bit integers "in
    all cases"). GDL 1.0.1 keeps that -1 LONG under /L64 (suite idl/where,
    ``l64_none_minus_one_type`` and ``l64_all_complement_type``, recorded divergent).

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
    >>> print(where(a > 10, null=True))
    None
    """
    if type(array_expression) is np.ndarray and array_expression.dtype == np.bool_:
        # a comparison's result (IDL's BYTE): checked as its BYTE view, and it is its
        # own mask (no BYTE copy, no != 0 pass; only read below)
        idl_array(array_expression.view(np.uint8), "Array_Expression", empty_ok=False)
        mask = array_expression
    else:
        a = idl_array(array_expression, "Array_Expression", string_ok=True,
                      empty_ok=False)
        mask = (a != "") if a.dtype.kind == "U" else (a != 0)
    itype = index_type(mask.size, l64)
    outputs = {}
    if count:
        outputs["count"] = itype.type(np.count_nonzero(mask))
    if complement:
        outputs["complement"] = None if null and mask.all() else _subscripts(~mask, itype)
    if ncomplement:
        outputs["ncomplement"] = itype.type(mask.size - np.count_nonzero(mask))
    result = None if null and not mask.any() else _subscripts(mask, itype)
    return named_result(WhereResult, result, outputs)


# ------------------------------------------------------------------- REPLICATE_INPLACE
def _value_as(value, like: np.ndarray):
    """Value converted to the array's type, as IDL's assignment converts it."""
    v = idl_array(value, "Value", string_ok=True, scalar=True)
    if like.dtype.kind == "U":
        return free_text(v)[()]
    if v.dtype.kind == "U":
        return text_to_type(v, like.dtype)[()]
    return to_idl_type(v, like.dtype)[()]


def _start_subscripts(loc, name: str, shape: tuple, skip: int) -> list[int]:
    """IDL subscripts (IDL order) as numpy's, checked against the array's dimensions."""
    loc = idl_array(loc, name, complex_ok=False)
    values = [int(v) for v in np.atleast_1d(loc).reshape(-1)]
    if loc.dtype.kind not in "iuf" or len(values) != len(shape):
        raise CompatValueError(f"{name} must hold one subscript for each of the "
                               f"{len(shape)} dimensions of X.")
    numpy_order = values[::-1]
    for axis, (k, n) in enumerate(zip(numpy_order, shape)):
        if axis != skip and not 0 <= k < n:
            raise CompatValueError(f"{name} subscript {k} is out of range for dimension "
                                   f"{len(shape) - axis} of X (size {n}).")
    return numpy_order


@idl_routine("REPLICATE_INPLACE")
def replicate_inplace(x, value, d1=None, loc1=None, d2=None, range=None):  # noqa: A002
    """Set all of an array, or lines or planes of it, to one value, as IDL's
    ``REPLICATE_INPLACE`` does -- returning the new array.

    IDL call forms::

        REPLICATE_INPLACE, X, Value
        REPLICATE_INPLACE, X, Value, D1, Loc1
        REPLICATE_INPLACE, X, Value, D1, Loc1, D2, Range

    Python::

        x = idl.replicate_inplace(x, value [, d1, loc1 [, d2, range]])

    Parameters
    ----------
    x : array_like
        The array to update (readsav layout), numeric or string. It is not modified:
        compat returns the updated copy (IDL changes the variable in place).
    value : scalar
        The value, converted to ``x``'s type as IDL's assignment converts it (integers
        truncated, numbers formatted as STRING's free format into a string array, text
        read as a number into a numeric one).
    d1 : int, optional
        IDL dimension (1 = numpy's last axis) along which ``value`` is written; without
        it every element of ``x`` is set.
    loc1 : array_like of int
        With ``d1``: the starting subscripts in IDL order, one per dimension of ``x``;
        the one for dimension ``d1`` is ignored (the whole line is written).
    d2 : int, optional
        A second IDL dimension: the line along ``d1`` is written at each subscript along
        ``d2`` listed in ``range`` (``loc1``'s subscript for ``d2`` is then ignored).
    range : array_like of int
        With ``d2``: subscripts along dimension ``d2``.

    Returns
    -------
    ndarray
        A new array of ``x``'s type and shape.

    Raises
    ------
    ValueError
        ``"REPLICATE_INPLACE: Expression must be a scalar or 1 element array in this
        context: Value."``;
        for a ``d1``/``d2`` outside the array's dimensions; for ``loc1`` without one
        subscript per dimension or with one out of range (compat's wording: IDL's is not
        documented and GDL's "Constant scalar out of range" names no argument).

    Notes
    -----
    Source: IDL Reference Guide, REPLICATE_INPLACE; GDL 1.0.1 for the lines and planes
    written (reference_outputs/idl/logical). With numpy: ``x[...] = v``, or with
    ``d1``/``loc1`` an index tuple in *reversed* order with a slice on axis
    ``x.ndim - d1`` -- IDL's subscripts are in IDL order and its dimension numbers count
    from numpy's last axis.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.arange(12, dtype=np.float32).reshape(3, 4)     # IDL FINDGEN(4, 3)
    >>> idl.replicate_inplace(a, 9, 1, [0, 1])                 # the row at IDL y = 1
    array([[ 0.,  1.,  2.,  3.],
           [ 9.,  9.,  9.,  9.],
           [ 8.,  9., 10., 11.]], dtype=float32)
    >>> idl.replicate_inplace(np.zeros((2, 3, 4), np.int16), 3, 3, [1, 2, 0], 1, [0, 3])[:, 2]
    array([[3, 0, 0, 3],
           [3, 0, 0, 3]], dtype=int16)
    """
    a = idl_array(x, "X", string_ok=True)
    v = _value_as(value, a)
    if a.dtype.kind == "U":  # a longer string widens numpy's fixed-width array
        a = a.astype(np.result_type(a.dtype, np.asarray(v).dtype))
    if d1 is None:
        return idl_array_ops.fill_lines(a, v, None, ())
    if loc1 is None:
        raise CompatValueError("Loc1 is required with D1.")
    axis = idl_dimension(d1, a.ndim)
    axis2 = positions = None
    if d2 is not None:
        if range is None:
            raise CompatValueError("Range is required with D2.")
        axis2 = idl_dimension(d2, a.ndim)
        r = idl_array(range, "Range", complex_ok=False)
        positions = np.atleast_1d(r).reshape(-1).astype(np.int64)
        n = a.shape[axis2]
        if r.dtype.kind not in "iuf" or np.any((positions < 0) | (positions >= n)):
            raise CompatValueError(f"Range subscripts must lie in 0..{n - 1} (dimension "
                                   f"{int(d2)} of X).")
    start = _start_subscripts(loc1, "Loc1", a.shape, axis if axis2 is None else -1)
    if axis2 is not None:
        start[axis2] = 0
    return idl_array_ops.fill_lines(a, v, axis, tuple(start), axis2, positions)
