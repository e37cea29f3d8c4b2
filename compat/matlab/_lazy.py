"""The dask forms of MATLAB's window functions: ``conv2``, ``convn``, ``filter2`` (and
the moving-window family, ``smooth`` and ``filter``).

Each takes the function's arguments with a ``dask.array.Array`` as the data and returns
a lazy dask array equal, bit for bit and for any chunking, to what the function returns
for the computed array (class and size included); the public functions' decorators call
these when given a dask array (:mod:`compat._core.lazy` has the machinery and the
reasons). Kernels, coefficients and options given as dask arrays are computed first.
"""

from __future__ import annotations

import numpy as np

from compat._core import lazy
from compat._core.errors import CompatValueError
from compat._core.matlab_types import drop_trailing_ones, matlab_array, result_class
from compat.matlab.conv import (_finish_2d, _matrix, _method, _operand, _shape,
                                conv2 as _conv2, convn as _convn, filter2 as _filter2)

__all__ = ["conv2", "convn", "filter2"]


def _small(x):
    """A kernel or option: computed when it is a dask array."""
    return np.asarray(x) if lazy.is_dask(x) else x


def _data(x, name: str):
    """The data argument in MATLAB's class for the computation (double for integers
    and logical, as the in-memory coercer gives), still lazy."""
    dtype = matlab_array(lazy.stand_in(x), name, to_float=True).dtype
    return x if x.dtype == dtype else x.astype(dtype)


def _as_matrix(x, name: str):
    """conv2/filter2's 2-D view of the data: a 1-D array is a row (lazy)."""
    a = _data(x, name)
    if a.ndim > 2:
        raise CompatValueError(f"N-D arrays are not supported ({name} has {a.ndim} "
                               "dimensions); use convn for arrays with more than two "
                               "dimensions.")
    return (a.reshape((1, -1)) if a.ndim == 1 else a if a.ndim == 2 else a.reshape(1, 1)), \
        a.ndim == 1


def _run(a, kernel, shape, method, was_1d):
    dtype = result_class(lazy.stand_in(a), kernel)
    out = lazy.convolve(a.astype(dtype), kernel.astype(dtype), shape=shape, method=method)
    return _finish_2d(out, was_1d)


def conv2(A, B, C=None, shape=None, *, method="direct"):
    """:func:`compat.matlab.conv2` with dask data (lazy). The separable form
    ``conv2(u, v, A)`` with a dask ``A`` computes ``A`` and returns the in-memory
    result."""
    if not (isinstance(C, str) or C is None or
            (isinstance(C, (list, tuple)) and len(C) == 0)):
        return _conv2(_small(A), _small(B), _small(C), shape, method=method)
    if isinstance(C, str):
        if shape is not None:
            return _conv2(np.asarray(A), _small(B), C, shape, method=method)
        shape = C
    shape, method = _shape(shape), _method(method)
    if not lazy.is_dask(A):
        return _conv2(A, np.asarray(B), shape, method=method)
    a, a1 = _as_matrix(A, "A")
    b, _ = _matrix(_small(B), "B")
    return _run(a, b, shape, method, a1)


def convn(A, B, shape="full", *, method="direct"):
    """:func:`compat.matlab.convn` with dask data (lazy)."""
    shape, method = _shape(shape), _method(method)
    if not lazy.is_dask(A):
        return _convn(A, np.asarray(B), shape, method=method)
    a = _data(A, "A")
    b = _operand(_small(B), "B")
    a1 = a.ndim == 1
    a = a.reshape((1, -1)) if a.ndim == 1 else a.reshape((1, 1)) if a.ndim == 0 else a
    b = b.reshape((1, -1)) if b.ndim == 1 else b.reshape((1, 1)) if b.ndim == 0 else b
    nd = max(a.ndim, b.ndim)
    a = a.reshape(a.shape + (1,) * (nd - a.ndim))
    b = b.reshape(b.shape + (1,) * (nd - b.ndim))
    dtype = result_class(lazy.stand_in(a), b)
    out = lazy.convolve(a.astype(dtype), b.astype(dtype), shape=shape, method=method)
    out = out.reshape(drop_trailing_ones(out.shape))
    if a1 and out.ndim == 2 and out.shape[0] == 1:
        out = out.reshape(-1)
    return out


def filter2(h, X, shape="same", *, method="direct"):
    """:func:`compat.matlab.filter2` with dask data (lazy)."""
    shape = _shape("same" if shape is None else shape)
    method = _method(method)
    if not lazy.is_dask(X):
        return _filter2(np.asarray(h), X, shape, method=method)
    h2, _ = _matrix(_small(h), "h")
    x2, x1 = _as_matrix(X, "X")
    return _run(x2, h2[::-1, ::-1], shape, method, x1)
