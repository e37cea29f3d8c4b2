"""The core of IDL's element and array operations: interval search, products, bit shifts,
byte swapping, IDL's minimum/maximum operators and subscript clipping, small matrices.

Python-shaped: numpy arrays in readsav layout (numpy shape = IDL dimensions reversed),
numpy axes, keyword-only options; the IDL argument grammar is read by
:mod:`compat.idl.operators`, :mod:`compat.idl.endian`, :mod:`compat.idl.matrices`
and :mod:`compat.idl.products`.

IDL's rules used here (IDL Reference Guide):

* binary operations take the type of the operand of highest precedence
  (:func:`compat._core.idl_types.promote`) and compute in it (integer types wrap);
  two arrays give a result as long as the *shorter* one; a scalar (or a one-element
  array against an array: IDL's "Array[1]" keeps its role of an array) spreads;
* VALUE_LOCATE's intervals: increasing ``Vector[j] <= Value < Vector[j+1]``,
  decreasing ``Vector[j+1] <= Value < Vector[j]``, -1 and N-1 outside;
* ISHFT: a positive count shifts left, a negative one right, "0 bits filling vacated
  positions" in both directions (a logical shift, also for signed types);
* truth (LOGICAL_TRUE/AND/OR, BOOLEAN): a non-zero number (a complex one with either
  part non-zero; NaN is non-zero) or a non-empty string is true, as a BYTE 1.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.libm import cabs

__all__ = ["binary_operands", "value_locate", "product", "shift_bits", "swap_bytes",
           "swap_units", "greater_of", "lesser_of", "clip_subscripts", "truth",
           "logical_operands", "fill_lines"]


def binary_operands(a: np.ndarray, b: np.ndarray, dtype) -> tuple[np.ndarray, np.ndarray]:
    """``a`` and ``b`` converted to ``dtype`` and brought to one shape by IDL's rule:
    array with array keeps the shorter one's length (and shape); a scalar spreads."""
    a, b = np.asarray(a), np.asarray(b)
    if dtype is not None:  # None: each keeps its type
        a = a.astype(dtype, copy=False)
        b = b.astype(dtype, copy=False)
    if a.ndim and b.ndim:
        if a.size <= b.size:
            return a, b.reshape(-1)[:a.size].reshape(a.shape)
        return a.reshape(-1)[:b.size].reshape(b.shape), b
    return np.broadcast_arrays(a, b)


def value_locate(vector: np.ndarray, value: np.ndarray, *, index_dtype) -> np.ndarray:
    """IDL's interval index of each ``value`` in the monotonic ``vector`` (1-D).

    The vector counts as increasing when its last element is not below its first.
    Comparisons are made between the values as given (numpy's comparison of the two
    types), not after converting the values to the vector's type.
    """
    v = vector.reshape(-1)
    n = v.size
    if v[-1] >= v[0]:
        j = np.searchsorted(v, value, side="right") - 1
    else:
        # the number of elements greater than the value, less one
        j = n - np.searchsorted(v[::-1], value, side="right") - 1
    return np.asarray(j, dtype=index_dtype)


def product(a: np.ndarray, axis, dtype, *, cumulative: bool = False) -> np.ndarray:
    """Product of ``a`` along ``axis`` (None: every element, IDL order) in ``dtype``,
    left to right as IDL's loop (``numpy.cumprod``'s running product)."""
    if axis is None:
        a = a.reshape(-1)
        axis = 0
    with np.errstate(over="ignore", invalid="ignore"):
        c = np.cumprod(a, axis=axis, dtype=dtype)
    if cumulative:
        return c
    return np.take(c, -1, axis=axis)


def shift_bits(p1: np.ndarray, p2: np.ndarray) -> np.ndarray:
    """ISHFT: ``p1`` shifted left by ``p2`` bits (right when negative), zero fill, in
    ``p1``'s type; counts beyond the width give 0."""
    dtype = p1.dtype
    bits = dtype.itemsize * 8
    unsigned = np.dtype(f"u{dtype.itemsize}")
    u = np.array(p1, order="C").view(unsigned)
    n = p2.astype(np.int64)
    u, n = np.broadcast_arrays(u, n)
    count = np.minimum(np.abs(n), bits - 1).astype(unsigned)
    left = np.left_shift(u, count, dtype=unsigned)
    right = np.right_shift(u, count, dtype=unsigned)
    out = np.where(n >= 0, left, right)
    out = np.where(np.abs(n) >= bits, unsigned.type(0), out).astype(unsigned)
    return np.array(out, order="C").view(dtype)


def swap_bytes(a: np.ndarray) -> np.ndarray:
    """Every element with its bytes reversed (complex: each part), same dtype; the
    fields of a structured array one by one; text unchanged."""
    if a.dtype.names is not None:
        out = a.copy()
        for name in a.dtype.names:
            field = a[name]
            if field.dtype == object:
                out[name] = np.array([swap_bytes(np.asarray(x)) if isinstance(x, np.ndarray)
                                      else x for x in field.reshape(-1)],
                                     dtype=object).reshape(field.shape)
            else:
                out[name] = swap_bytes(field)
        return out
    if a.dtype.kind in "USO" or a.dtype.itemsize == 1:
        return a.copy()
    if a.dtype.kind == "c":
        flat = np.array(a, order="C").reshape(-1)
        parts = flat.view(np.dtype(f"f{a.dtype.itemsize // 2}")).byteswap()
        return parts.view(a.dtype).reshape(a.shape)
    return a.byteswap()


def swap_units(a: np.ndarray, unit: int) -> np.ndarray:
    """The bytes of ``a`` (in memory order) reversed within each ``unit`` bytes, viewed
    back as ``a``'s dtype. The caller checks that the size is a multiple of ``unit``."""
    raw = np.ascontiguousarray(a).reshape(-1).view(np.uint8)
    swapped = raw.reshape(-1, unit)[:, ::-1].reshape(-1)
    return swapped.copy().view(a.dtype).reshape(a.shape)


def greater_of(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """IDL's ``a > b``: the larger of each pair (complex: by absolute value, C's hypot
    as IDL's ABS, the first on a tie); a NaN in either operand gives NaN, as GDL (IDL
    leaves it undefined)."""
    if a.dtype.kind == "c":
        return np.where(cabs(a) < cabs(b), b, a)
    with np.errstate(invalid="ignore"):
        out = np.where(a < b, b, a)
    return np.where(np.isnan(b), b, out) if b.dtype.kind == "f" else out


def lesser_of(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """IDL's ``a < b``: the smaller of each pair (complex: by absolute value, C's hypot
    as IDL's ABS, the first on a tie); a NaN in either operand gives NaN, as GDL (IDL
    leaves it undefined)."""
    if a.dtype.kind == "c":
        return np.where(cabs(a) > cabs(b), b, a)
    with np.errstate(invalid="ignore"):
        out = np.where(a > b, b, a)
    return np.where(np.isnan(b), b, out) if b.dtype.kind == "f" else out


def clip_subscripts(index: np.ndarray, n: int) -> np.ndarray:
    """IDL's array subscripts: negative ones become 0, ones past the end ``n - 1``."""
    if n == 0:
        raise CompatValueError("cannot subscript an empty array")
    return np.clip(index, 0, n - 1)


def truth(a: np.ndarray) -> np.ndarray:
    """IDL's logical truth of each element as BYTE 0/1 (LOGICAL_TRUE, BOOLEAN: "non-zero
    (non-NULL for strings ...)"): numbers other than 0 (NaN included; complex numbers
    with either part non-zero), strings of non-zero length."""
    if a.dtype.kind == "U":
        return (np.char.str_len(a) > 0).astype(np.uint8)
    return (a != 0).astype(np.uint8)


def logical_operands(a: np.ndarray, b: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The truth of ``a`` and ``b`` brought to one shape for LOGICAL_AND/LOGICAL_OR: two
    arrays keep the shorter one's length, a scalar spreads, and a one-element array
    against a longer array acts as a scalar (GDL 1.0.1: ``LOGICAL_OR([1, 0, 3, 0],
    [0])`` has 4 elements, where the ``>`` operator keeps one)."""
    ta, tb = truth(a), truth(b)
    if ta.ndim and tb.ndim:
        if ta.size == 1 and tb.size > 1:
            ta = ta.reshape(())
        elif tb.size == 1 and ta.size > 1:
            tb = tb.reshape(())
    return binary_operands(ta, tb, None)


def fill_lines(x: np.ndarray, value, axis: int | None, start: tuple,
               axis2: int | None = None, positions: np.ndarray | None = None) -> np.ndarray:
    """A copy of ``x`` with ``value`` written along one numpy ``axis`` through the point
    ``start`` (one subscript per axis; the one on ``axis`` is ignored), and, with
    ``axis2``, through every point whose subscript on ``axis2`` is one of ``positions``
    (REPLICATE_INPLACE's D1/Loc1 and D2/Range); ``axis`` None fills everything. The
    caller checks the subscripts and converts ``value`` to ``x``'s type."""
    out = np.array(x, copy=True)
    if axis is None:
        out[...] = value
        return out
    index = list(start)
    index[axis] = slice(None)
    if axis2 is not None:
        index[axis2] = positions
    out[tuple(index)] = value
    return out
