"""Column-major array building blocks: the core of MATLAB's ``any``, ``all``, ``nnz``,
``diag``, ``squeeze``, ``cat``/``horzcat``/``vertcat``, ``permute``/``ipermute`` and
``shiftdim``.

Python-shaped: numpy axes, parsed options, no legacy argument grammar (that is read
by :mod:`compat.matlab.arrays`). The data model is MATLAB's: a 1-D array is a row
vector ``1 x n``, trailing singleton dimensions beyond the second are dropped from
results, every result is a new array (never a view of an input).

Concatenation follows MATLAB's documented rules (``cat`` reference page, "Valid
Combinations of Unlike Classes"):

* an empty array is left out when any input is not empty ("When concatenating an empty
  array to a nonempty array, cat omits the empty array"); when every input is empty, the
  result is the empty array of the concatenated size (0x0 inputs left out);
* the class of the result: char if any input is char (logical with char is an error);
  else the class of the leftmost integer input (the others converted with MATLAB's
  rounding and saturation); else single if any is single; else double if any is double;
  else logical. Empty inputs take part in this choice, as in GNU Octave 7.3.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.matlab_integers import convert
from compat._core.matlab_types import matlab_class
from compat._core.reduction_axes import from_lines, to_lines

__all__ = ["truth", "any_all", "count_nonzero", "diagonal", "squeeze", "permute",
           "leading_singletons", "shift_dims", "concat_class", "concatenate",
           "drop_trailing"]


def drop_trailing(shape) -> tuple:
    """MATLAB's size of a result: trailing singleton dimensions beyond the second
    dropped."""
    shape = list(shape)
    while len(shape) > 2 and shape[-1] == 1:
        shape.pop()
    return tuple(shape)


def _as_matrix(a: np.ndarray) -> np.ndarray:
    """An array in MATLAB's size: 0-d as 1x1, 1-D as 1xn, trailing singleton
    dimensions beyond the second dropped."""
    if a.ndim == 0:
        return a.reshape(1, 1)
    if a.ndim == 1:
        return a.reshape(1, -1)
    if a.ndim > 2 and a.shape[-1] == 1:
        return a.reshape(drop_trailing(a.shape))
    return a


# ------------------------------------------------------------------ any / all / nnz
def truth(a: np.ndarray, *, nan_is_true: bool) -> np.ndarray:
    """``a ~= 0`` as bool, NaN counting as true (``all``) or false (``any``: "any
    ignores entries that are NaN")."""
    if a.dtype.kind == "b":
        return a
    nonzero = a != 0
    if not nan_is_true and a.dtype.kind in "fc":
        nonzero &= ~np.isnan(a)
    return nonzero


def any_all(a: np.ndarray, axes: Sequence[int], which: str):
    """MATLAB's ``any``/``all`` of ``a`` over numpy ``axes`` (axes beyond ``a.ndim`` are
    trailing singletons): a bool array in MATLAB's reduced size, a numpy bool for a 1-D
    input reduced to one value."""
    t = truth(a, nan_is_true=(which == "all"))
    lines, _, full = to_lines(t, axes)
    reduced = lines.any(axis=-1) if which == "any" else lines.all(axis=-1)
    return from_lines(reduced, axes, full, a.ndim)


def count_nonzero(a: np.ndarray) -> np.float64:
    """MATLAB's ``nnz``: the number of nonzero elements (NaN is nonzero), as a double."""
    return np.float64(np.count_nonzero(a))


# ----------------------------------------------------------------------------- diag
def diagonal(a: np.ndarray, k: int) -> np.ndarray:
    """MATLAB's ``diag(a, k)``: a vector becomes a square matrix with it on diagonal
    ``k``; a matrix gives its ``k``-th diagonal as a column (0x1 when the diagonal lies
    outside, 0x0 for a 0x0 matrix)."""
    m = _as_matrix(a)
    if m.ndim > 2:
        raise CompatValueError("First input must be 2-D.")
    if 1 in m.shape or m.shape == (0, 1) or m.shape == (1, 0):
        v = m.ravel(order="F")
        n = v.size + abs(k)
        out = np.zeros((n, n), dtype=a.dtype)
        i = np.arange(v.size)
        if k >= 0:
            out[i, i + k] = v
        else:
            out[i - k, i] = v
        return out
    if m.shape == (0, 0):
        return np.zeros((0, 0), dtype=a.dtype)
    return np.array(np.diagonal(m, k), copy=True).reshape(-1, 1)


# -------------------------------------------------------------------------- squeeze
def squeeze(a: np.ndarray) -> np.ndarray:
    """MATLAB's ``squeeze``: singleton dimensions removed from an N-D array (N > 2); a
    matrix, vector (1-D included) or scalar is returned unchanged (as a copy)."""
    if a.ndim <= 1:
        return a.copy()
    a = _as_matrix(a)
    if a.ndim <= 2:
        return a.copy()
    shape = [n for n in a.shape if n != 1]
    shape += [1] * (2 - len(shape))
    # removing singleton dimensions keeps the column-major order of the elements
    return np.array(np.reshape(a, shape, order="F"), copy=True)


# ------------------------------------------------------------ permute / shiftdim
def permute(a: np.ndarray, order: Sequence[int], one_d: bool = False) -> np.ndarray:
    """``a`` with its (MATLAB) dimensions rearranged: numpy axis ``order[i]`` becomes
    axis ``i``; ``order`` is a permutation of ``range(len(order))`` with
    ``len(order) >= a.ndim`` (missing trailing axes are singletons). A 1-D ``a`` whose
    result is still one row stays 1-D when ``one_d``."""
    m = _as_matrix(a)
    full = m.reshape(m.shape + (1,) * (len(order) - m.ndim))
    out = np.transpose(full, order)
    out = np.array(out.reshape(drop_trailing(out.shape)), copy=True)
    if one_d and out.ndim == 2 and out.shape[0] == 1:
        return out.reshape(-1)
    return out


def leading_singletons(shape) -> int:
    """The number of leading singleton dimensions (``shiftdim``'s default shift): 0
    when every dimension is 1."""
    for i, n in enumerate(shape):
        if n != 1:
            return i
    return 0


def shift_dims(a: np.ndarray, n: int) -> np.ndarray:
    """MATLAB's ``shiftdim(a, n)``: ``n > 0`` rotates the dimensions ``n`` places to
    the left (``n`` taken modulo the number of dimensions), ``n < 0`` prepends ``-n``
    singleton dimensions."""
    m = _as_matrix(a)
    if n > 0:
        n %= m.ndim
        order = list(range(n, m.ndim)) + list(range(n))
        return permute(m, order)
    if n < 0:
        return np.array(np.reshape(m, (1,) * (-n) + m.shape, order="F"), copy=True)
    return m.copy()


# ------------------------------------------------------------------- concatenation
def concat_class(arrays: Sequence[np.ndarray], classes: Sequence[str] | None = None) -> str:
    """The MATLAB class of the concatenation of ``arrays`` (see the module docstring);
    ``classes`` overrides their classes (``'char'`` for text given as codes)."""
    if classes is None:
        classes = [matlab_class(a) for a in arrays]
    if "char" in classes:
        if "logical" in classes:
            raise CompatTypeError("Conversion to char from logical is not possible.")
        return "char"
    for c in classes:
        if c.startswith(("int", "uint")):
            return c
    if "single" in classes:
        return "single"
    if "double" in classes:
        return "double"
    return "logical" if classes else "double"


_NUMPY_OF = {"double": np.float64, "single": np.float32, "logical": np.bool_}


def _to_class(a: np.ndarray, cls: str, complex_result: bool) -> np.ndarray:
    if cls in _NUMPY_OF:
        dt = np.dtype(_NUMPY_OF[cls])
        if complex_result and cls != "logical":
            dt = np.dtype(np.complex128 if cls == "double" else np.complex64)
        return a.astype(dt, copy=False)
    if a.dtype.kind == "c":
        if np.any(a.imag != 0):
            raise CompatTypeError("Complex values cannot be concatenated with an integer "
                                  "class (compat supports real integer arrays only).")
        a = a.real
    return convert(a, cls)


def concatenate(arrays: Sequence[np.ndarray], axis: int,
                classes: Sequence[str] | None = None) -> tuple[np.ndarray, str]:
    """MATLAB's ``cat(axis + 1, arrays...)`` of numeric, logical or character-code
    arrays (text arrives as codes with class ``'char'`` in ``classes``; the caller
    turns a char result back into text): MATLAB's empty rules and class rules (module
    docstring), column-major layout.

    Returns the concatenation as an ndarray in MATLAB's size (at least 2-D, trailing
    singletons beyond the second dropped) and its MATLAB class name.
    """
    if not arrays:
        return np.zeros((0, 0)), "double"
    cls = concat_class(arrays, classes)
    complex_result = any(a.dtype.kind == "c" for a in arrays)
    mats = [_as_matrix(a) for a in arrays]
    nonempty = [m for m in mats if m.size]
    if nonempty:
        used = nonempty
    else:
        used = [m for m in mats if m.shape != (0, 0)] or mats
    nd = max([m.ndim for m in used] + [axis + 1, 2])
    used = [m.reshape(m.shape + (1,) * (nd - m.ndim)) for m in used]
    ref = used[0].shape
    for m in used[1:]:
        if any(m.shape[i] != ref[i] for i in range(nd) if i != axis):
            raise CompatValueError("Dimensions of arrays being concatenated are not "
                                   "consistent.")
    if cls == "char":
        parts = [np.asarray(m, dtype=np.float64) for m in used]
    else:
        parts = [_to_class(m, cls, complex_result) for m in used]
    out = np.concatenate(parts, axis=axis) if len(parts) > 1 else parts[0].copy()
    out = out.reshape(drop_trailing(out.shape))
    if not out.flags.owndata or any(np.shares_memory(out, a) for a in arrays):
        out = out.copy()
    return out, cls
