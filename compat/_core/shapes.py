"""Column-major array shapes: the core of MATLAB's ``reshape``, ``repmat``, ``circshift``,
``fliplr``/``flipud``, ``rot90``, ``kron``, ``ind2sub`` and ``sub2ind``.

Python-shaped: sizes, counts, shifts and axes arrive parsed (MATLAB's argument grammar
is read by :mod:`compat.matlab.shapes`). The data model is MATLAB's: elements are in
column-major order (``A(:)`` is ``a.ravel(order='F')``), a 1-D array is a row vector
``1 x n``, trailing singleton dimensions beyond the second are dropped from results,
subscripts and linear indices are 1-based doubles. Every result is a new array, never
a view of an input.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.matlab_integers import MIX_MESSAGE, convert
from compat._core.matlab_types import result_class

__all__ = ["reshape", "tile", "circular_shift", "flip", "rotate90", "kron",
           "subscripts", "linear_index", "fold_dims"]


def _drop_trailing(dims: list) -> list:
    while len(dims) > 2 and dims[-1] == 1:
        dims.pop()
    return dims


def reshape(a: np.ndarray, dims: Sequence[int | None]) -> np.ndarray:
    """``a``'s elements, column-major, in shape ``dims``; one entry may be None (MATLAB's
    ``[]``): it is computed so that the number of elements is unchanged."""
    dims = list(dims)
    free = [i for i, d in enumerate(dims) if d is None]
    if len(free) > 1:
        raise CompatValueError("Size can only have one unknown dimension.")
    known = int(np.prod([1 if d is None else d for d in dims]))
    if free:
        if known == 0 or a.size % known:
            raise CompatValueError(f"Product of known dimensions, {known}, not divisible "
                                   f"into total number of elements, {a.size}.")
        dims[free[0]] = a.size // known
    if int(np.prod(dims)) != a.size:
        raise CompatValueError(f"Number of elements must not change. Use [] as one of the "
                               f"size inputs to automatically calculate the appropriate "
                               f"size for that dimension ({a.size} elements, size {dims}).")
    dims = _drop_trailing(dims)
    src = a.reshape(1, -1) if a.ndim <= 1 else a
    return np.array(np.reshape(src, dims, order="F"), copy=True)


def tile(a: np.ndarray, counts: Sequence[int]) -> np.ndarray:
    """``counts[i]`` copies of ``a`` along dimension ``i`` (MATLAB's leading dimensions
    first); a 1-D ``a`` whose result is one row stays 1-D."""
    one_d = a.ndim <= 1
    src = a.reshape(1, -1) if one_d else a
    nd = max(src.ndim, len(counts))
    src = src.reshape(src.shape + (1,) * (nd - src.ndim))
    counts = list(counts) + [1] * (nd - len(counts))
    out = np.tile(src, counts)
    while out.ndim > 2 and out.shape[-1] == 1:
        out = out.reshape(out.shape[:-1])
    if one_d and out.ndim == 2 and out.shape[0] == 1 and counts[0] == 1:
        out = out.reshape(-1)
    return out


def circular_shift(a: np.ndarray, shifts: Sequence[int], axes: Sequence[int]) -> np.ndarray:
    """``a`` shifted circularly by ``shifts[i]`` along ``axes[i]`` (axes beyond the
    array's dimensions are trailing singletons: nothing moves)."""
    pairs = [(int(k), ax) for k, ax in zip(shifts, axes) if ax < a.ndim]
    if a.ndim == 0 or not pairs:
        return a.copy()
    return np.roll(a, [k for k, _ in pairs], axis=[ax for _, ax in pairs])


def flip(a: np.ndarray, axis: int) -> np.ndarray:
    """``a`` reversed along ``axis`` (0: rows, ``flipud``; 1: columns, ``fliplr``); a 1-D
    array is a row: its columns reverse, its one row stays."""
    if a.ndim == 0 or (a.ndim == 1 and axis == 0):
        return a.copy()
    return np.flip(a, axis=0 if a.ndim == 1 else axis).copy()


def rotate90(a: np.ndarray, k: int) -> np.ndarray:
    """``a`` rotated counterclockwise ``k`` times in the plane of dimensions 1 and 2."""
    if a.ndim < 2:
        a = a.reshape(1, -1)
    return np.array(np.rot90(a, k % 4, axes=(0, 1)), copy=True)


def kron(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """The Kronecker product in MATLAB's class: an integer class if an operand has one
    (computed in double, rounded and saturated), else :func:`result_class`."""
    if a.ndim > 2 or b.ndim > 2:
        raise CompatValueError("inputs must be 2-D matrices")
    ints = [x.dtype for x in (a, b) if x.dtype.kind in "iu"]
    if len(ints) == 2 and ints[0] != ints[1]:
        raise CompatTypeError(MIX_MESSAGE)
    cls = result_class(a, b)
    work = np.complex128 if cls.kind == "c" else np.float64
    out = np.kron(a.astype(work), b.astype(work))
    if ints:
        return convert(out.real, ints[0])
    return out.astype(cls, copy=False)


def fold_dims(dims: Sequence[int], count: int) -> list[int]:
    """``dims`` seen through ``count`` subscripts: the last one runs over the trailing
    dimensions folded together; missing ones are 1."""
    dims = list(dims)
    if count < len(dims):
        return dims[:count - 1] + [int(np.prod(dims[count - 1:]))]
    return dims + [1] * (count - len(dims))


def subscripts(index: np.ndarray, dims: Sequence[int]) -> list[np.ndarray]:
    """1-based subscripts (doubles), one per entry of ``dims``, of the 1-based
    column-major linear indices ``index`` (double)."""
    if np.any(index < 1) or np.any(index > float(np.prod(dims))) or \
            np.any(index != np.floor(index)):
        raise CompatValueError("Index out of range.")
    if len(dims) == 1:
        return [index.copy()]
    rest = index - 1
    out = []
    for d in dims[:-1]:
        out.append(np.mod(rest, d) + 1 if d else rest * 0 + 1)
        rest = np.floor_divide(rest, d) if d else rest
    out.append(rest + 1)
    return out


def linear_index(subs: Sequence[np.ndarray], dims: Sequence[int]) -> np.ndarray:
    """1-based column-major linear indices (double) of 1-based subscripts (one per entry
    of ``dims``; scalars broadcast)."""
    shape = next((s.shape for s in subs if s.size != 1), subs[0].shape)
    if any(s.size != 1 and s.shape != shape for s in subs):
        raise CompatValueError("The subscript vectors must all be of the same size.")
    ind = np.zeros(shape, np.float64)
    stride = 1.0
    for s, d in zip(subs, dims):
        v = s.astype(np.float64)
        if np.any(v < 1) or np.any(v > d) or np.any(v != np.floor(v)):
            raise CompatValueError("Out of range subscript.")
        ind = ind + (v - 1) * stride
        stride *= d
    return ind + 1
