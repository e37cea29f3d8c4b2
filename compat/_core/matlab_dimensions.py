"""MATLAB's size arithmetic: the numbers ``size``, ``numel``, ``length`` and ``ndims``
compute from a value's MATLAB size.

A value's size is :func:`compat._core.matlab_classes.matlab_size` -- the one reading of
compat's Python forms that ``isempty``/``isrow``/``isvector`` also use (a 1-D numpy
array is a 1xN row, a ``str`` a 1xN char, ``''``/``[]``/``None`` 0x0, a list of
numbers a double row, another list a cell, a dict a 1x1 struct, a list of dicts a 1xN
struct array, a 1-D ``U`` array of equal-length rows a char matrix, a ``StringDType``
array a string array). This module turns such a size into what MATLAB's functions
report:

* :func:`queried` -- ``size(A, dims)``: the length of each queried dimension, 1 past
  the last one (MATLAB's sizes continue with singleton dimensions forever);
* :func:`collapsed` -- ``[d1, ..., dN] = size(A)``: N numbers, the last one the
  product of every remaining dimension, ones after the last dimension;
* :func:`indexed_count` -- the old ``numel(A, i1, ..., in)``: how many elements
  ``A(i1, ..., in)`` has (``':'`` spans its dimension, the last subscript spans every
  remaining one; a logical subscript selects its true elements).

Sizes are Python ints here; the legacy layer makes them MATLAB doubles.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError

__all__ = ["queried", "collapsed", "indexed_count", "dimension_list"]

#: MATLAB's text for a bad dimension argument (size(A, dim), size(A, vecdim))
BAD_DIMENSION = ("Dimension argument must be a positive integer scalar or a vector of "
                 "positive integers.")
#: MATLAB's text for a dimension of size(A, d1, d2, ...) that is not a scalar
BAD_DIMENSION_SCALAR = ("Dimension argument must be a positive integer scalar within "
                        "indexing range.")


def _positive_integers(value, message: str) -> list[int]:
    """The elements of a real numeric or logical array, each a positive whole number,
    as ints; anything else (text, a cell, 0, -1, 1.5, NaN, Inf, complex) raises
    ``message``."""
    if isinstance(value, (str, bytes, dict)) or value is None:
        raise CompatValueError(message)
    try:
        a = np.asarray(value)
    except (ValueError, TypeError):
        raise CompatValueError(message) from None
    if a.dtype.kind not in "biuf":
        raise CompatValueError(message)
    if a.size == 0:
        return []
    values = a.reshape(-1)
    if a.dtype.kind == "f":
        if not np.all(np.isfinite(values)) or np.any(values != np.floor(values)):
            raise CompatValueError(message)
    if np.any(values < 1):
        raise CompatValueError(message)
    return [int(v) for v in values]


def dimension_list(dims: tuple) -> list[int]:
    """The dimensions queried by ``size(A, dim)``, ``size(A, vecdim)`` or ``size(A,
    d1, d2, ...)`` (``dims`` the arguments after ``A``).

    One argument is a positive integer scalar or a vector of them (empty allowed:
    MATLAB's 0x0, 1x0 and 0x1 query nothing); several arguments are each a positive
    integer scalar (MATLAB's "within indexing range" message otherwise)."""
    if len(dims) == 1:
        value = dims[0]
        if value is None:               # compat's [] (0x0): no dimension queried
            return []
        a = None if isinstance(value, (str, bytes, dict)) or value is None else value
        if a is not None:
            try:
                shape = np.shape(a)
            except (ValueError, TypeError):
                shape = (2, 2)
            if len(shape) > 2 or (len(shape) == 2 and 1 not in shape and
                                  0 not in shape):
                raise CompatValueError(BAD_DIMENSION)   # a matrix of dimensions
        return _positive_integers(value, BAD_DIMENSION)
    out = []
    for value in dims:
        if isinstance(value, (str, bytes, dict)) or value is None or np.size(value) != 1:
            raise CompatValueError(BAD_DIMENSION_SCALAR)
        out.extend(_positive_integers(value, BAD_DIMENSION))
    return out


def queried(size: tuple, dims: list[int]) -> list[int]:
    """The lengths of dimensions ``dims`` (1-based) of ``size``: 1 past its last."""
    return [size[d - 1] if d <= len(size) else 1 for d in dims]


def collapsed(size: tuple, count: int) -> list[int]:
    """``[d1, ..., dN] = size(A)`` with N = ``count``: the first N-1 lengths, then the
    product of the remaining ones (1 when there are none)."""
    if count >= len(size):
        return list(size) + [1] * (count - len(size))
    return list(size[:count - 1]) + [math.prod(size[count - 1:])]


def _subscript_count(index, span: int) -> int:
    if isinstance(index, str):
        if index != ":":
            raise CompatTypeError(f"subscript {index!r} is not an index (':' spans a "
                                  f"dimension)")
        return span
    try:
        a = np.asarray(index)
    except (ValueError, TypeError):
        raise CompatTypeError("subscripts must be numeric, logical or ':'") from None
    if a.dtype.kind == "b":
        return int(np.count_nonzero(a))
    if a.dtype.kind not in "iuf":
        raise CompatTypeError("subscripts must be numeric, logical or ':'")
    return int(a.size)


def indexed_count(size: tuple, indices: tuple) -> int:
    """Elements of ``A(indices...)`` for ``A`` of MATLAB size ``size`` (the old
    ``numel(A, idx1, ..., idxn)``): the product over the subscripts of their counts,
    where ``':'`` in position k < n counts dimension k and in the last position the
    product of dimension n and every later one (MATLAB's linear indexing of the
    trailing dimensions). The subscripts are counted, not checked against the size."""
    n = len(indices)
    spans = collapsed(size, n)
    total = 1
    for index, span in zip(indices, spans):
        total *= _subscript_count(index, span)
    return total
