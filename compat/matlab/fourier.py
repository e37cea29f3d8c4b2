"""MATLAB's discrete Fourier transforms: ``fft``, ``ifft``, ``fft2``, ``ifft2``, ``fftn``,
``ifftn``, ``fftshift``, ``ifftshift``, ``nextpow2``.

The legacy layer of the family over :mod:`compat._core.fourier`: MATLAB's ``n`` (pad with
zeros or truncate), ``dim`` (1-based; default the first non-singleton dimension), class
rules (double and single only; single stays single), the ``'symmetric'`` option of the
inverses and MATLAB's real output of an inverse transform of conjugate-symmetric data.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import fourier as core
from compat._core.args import first_nonsingleton, is_omitted, matlab_dim
from compat._core.docs import Fragments
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["fft", "ifft", "fft2", "ifft2", "fftn", "ifftn", "fftshift", "ifftshift",
           "nextpow2"]

_DOCS = Fragments(
    classes="""Classes: double and single, real or complex (MATLAB refuses integer and logical
data in the transforms); the result is complex of the input's precision (complex64 for
single), except the inverse transforms' real results below.""",
    symmetric="""``'symmetric'`` treats the data as conjugate symmetric and returns a real result
computed from the first half of each vector (FFTW's complex-to-real transform, as
MATLAB: the second half is ignored); ``'nonsymmetric'`` (default) makes no assumption,
but the result is still real when the data are exactly conjugate symmetric, as MATLAB
documents ("If so, the computation is faster and the output is real").""",
    precision="""The transforms are scipy.fft's (pocketfft); MATLAB's and Octave's are FFTW's,
so results agree to a few ulps of ``max|X|*log2(n)``, not bit for bit.""",
)


def _data(X, name="X"):
    a = matlab_array(X, name)
    if a.dtype.kind in "biu":
        raise CompatTypeError(f"{name} must be double or single, not "
                              f"{'logical' if a.dtype.kind == 'b' else a.dtype.name}")
    return a


def _length(n, name="n"):
    if n is None or is_omitted(n):
        return None
    arr = np.asarray(n)
    if arr.size != 1 or arr.dtype.kind not in "biuf" or arr.dtype.kind == "b":
        raise CompatValueError(f"Transform length {name} must be a nonnegative integer "
                               "scalar.")
    value = float(arr.reshape(-1)[0])
    if not (value >= 0 and value == math.floor(value) and math.isfinite(value)):
        raise CompatValueError(f"Transform length {name} must be a nonnegative integer "
                               "scalar.")
    return int(value)


def _split_symflag(args):
    """An inverse transform's trailing arguments: (the sizes and ``dim``, in order;
    the text ones, its ``symflag``)."""
    return ([a for a in args if not isinstance(a, str)],
            [a for a in args if isinstance(a, str)])


def _symmetric(flags):
    """The ``symflag``: True for 'symmetric', False for 'nonsymmetric', None without."""
    symmetric = None
    for flag in flags:
        if flag.lower() not in ("symmetric", "nonsymmetric"):
            raise CompatValueError(f"option must be 'symmetric' or 'nonsymmetric', got "
                                   f"{flag!r}")
        symmetric = flag.lower() == "symmetric"
    return symmetric


def _one_dim(function, X, n, dim, flags, inverse):
    a = _data(X)
    symmetric = _symmetric(flags)
    length = _length(n)
    work = a.reshape(1) if a.ndim == 0 else a
    if dim is None or is_omitted(dim):
        axis = first_nonsingleton(work.shape) - 1
    else:
        axis = matlab_dim(function, dim, work.ndim)
    if axis >= work.ndim:     # a trailing singleton dimension
        work = work.reshape(work.shape + (1,) * (axis + 1 - work.ndim))
    size = work.shape[axis] if length is None else length
    if a.ndim == 0 and length is None:
        size = 1
    out = _run(work, (axis,), (size,), inverse, symmetric, a)
    if isinstance(out, np.ndarray) and out.ndim > max(a.ndim, 2) and \
            all(k == 1 for k in out.shape[max(a.ndim, 2):]):
        out = out.reshape(out.shape[:max(a.ndim, 2)])   # MATLAB drops trailing 1s
    return out


def _run(work, axes, sizes, inverse, symmetric, original):
    single = original.dtype in (np.float32, np.complex64)
    if inverse and symmetric is None:
        resized = work
        for axis, n in zip(axes, sizes):
            resized = core.resize_axis(resized, axis, n)
        if resized.size and core.is_conjugate_symmetric(resized, axes):
            symmetric = True
    out = core.transform(work, axes, sizes, inverse=inverse, real_output=bool(symmetric))
    if single:
        out = out.astype(np.float32 if out.dtype.kind == "f" else np.complex64)
    else:
        out = out.astype(np.float64 if out.dtype.kind == "f" else np.complex128)
    if original.ndim == 0 and out.size == 1:
        return out.reshape(())[()]          # a Python scalar in, a numpy scalar out
    return np.ascontiguousarray(out)


@matlab_function("fft")
@_DOCS.fill
def fft(X, n=None, dim=None):
    """Discrete Fourier transform, as MATLAB's ``fft``.

    MATLAB call forms::

        Y = fft(X)                  ->  Y = fft(X)
        Y = fft(X, n)               ->  fft(X, 256)          pad with zeros or truncate
        Y = fft(X, n, dim)          ->  fft(X, [], 2)        along dimension 2

    ``Y(k) = sum_j X(j) exp(-2*pi*i*(j-1)*(k-1)/n)`` along the first dimension whose size
    is not 1 (a 1-D array is a vector and gives a 1-D result), each vector padded with
    zeros or truncated to ``n`` first. ``dim`` is 1-based; a ``dim`` beyond the array's
    dimensions transforms vectors of length 1 (or ``n``).

    {{classes}}

    Notes
    -----
    ``numpy.fft.fft`` transforms the *last* axis by default (a matrix's rows, where
    MATLAB transforms its columns) and returns complex128 for float32 input.
    {{precision}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.fft(np.array([1.0, 2, 3, 4])) + 0        # + 0: print -0 as 0
    array([10.+0.j, -2.+2.j, -2.+0.j, -2.-2.j])
    >>> matlab.fft(np.array([[1.0, 2], [3, 4]])) + 0      # columns, as MATLAB
    array([[ 4.+0.j,  6.+0.j],
           [-2.+0.j, -2.+0.j]])
    >>> matlab.fft(np.array([1.0, 2]), 4) + 0
    array([ 3.+0.j,  1.-2.j, -1.+0.j,  1.+2.j])
    """
    return _one_dim("fft", X, n, dim, (), inverse=False)


@matlab_function("ifft")
@_DOCS.fill
def ifft(Y, n=None, dim=None, symflag=None):
    """Inverse discrete Fourier transform, as MATLAB's ``ifft``.

    MATLAB call forms::

        X = ifft(Y)                       ->  X = ifft(Y)
        X = ifft(Y, n)                    ->  ifft(Y, 8)
        X = ifft(Y, n, dim)               ->  ifft(Y, [], 2)
        X = ifft(___, 'symmetric')        ->  ifft(Y, 'symmetric')

    ``X(j) = (1/n) sum_k Y(k) exp(2*pi*i*(j-1)*(k-1)/n)`` along the first non-singleton
    dimension (or ``dim``), after padding or truncating to ``n``.

    {{symmetric}} {{classes}}

    Notes
    -----
    ``numpy.fft.ifft`` always returns complex (MATLAB returns real data for a
    conjugate-symmetric spectrum) and works on the last axis. {{precision}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.ifft(matlab.fft(np.array([1.0, 2, 3])))     # real again, as MATLAB
    array([1., 2., 3.])
    >>> matlab.ifft(np.array([1.0, 1j]))
    array([0.5+0.5j, 0.5-0.5j])
    """
    rest, flags = _split_symflag([n, dim, symflag])
    return _one_dim("ifft", Y, rest[0], rest[1], flags, inverse=True)


def _many(X, sizes, inverse, flags, ndims=None):
    a = _data(X)
    symmetric = _symmetric(flags)
    work = a.reshape(1, 1) if a.ndim == 0 else a
    if ndims == 2:
        if work.ndim == 1:              # a vector: read as a column
            work = work.reshape(-1, 1)
        axes = (0, 1)
        if sizes is None:
            sizes = work.shape[:2]
    else:
        if sizes is None:
            axes = tuple(range(work.ndim))
            sizes = work.shape
        else:
            axes = tuple(range(len(sizes)))
            if len(sizes) > work.ndim:
                work = work.reshape(work.shape + (1,) * (len(sizes) - work.ndim))
    out = _run(work, axes, tuple(int(s) for s in sizes), inverse, symmetric, a)
    if a.ndim == 1 and out.ndim == 2 and out.shape[1] == 1 and ndims == 2:
        return out.reshape(-1)
    return out


def _size_pair(function, m, n):
    if m is None and n is None:
        return None
    if m is None or n is None:
        raise CompatValueError(f"{function} takes both m and n (or neither)")
    return (_length(m, "m"), _length(n, "n"))


@matlab_function("fft2")
@_DOCS.fill
def fft2(X, m=None, n=None):
    """Two-dimensional DFT, as MATLAB's ``fft2`` (``fft(fft(X).').'`` over the first two
    dimensions; higher dimensions are transformed page by page).

    MATLAB call forms::

        Y = fft2(X)                 ->  Y = fft2(X)
        Y = fft2(X, m, n)           ->  fft2(X, 8, 16)       pad or truncate to m x n

    {{classes}} {{precision}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.fft2(np.array([[1.0, 2], [3, 4]])) + 0
    array([[10.+0.j, -2.+0.j],
           [-4.+0.j,  0.+0.j]])
    """
    return _many(X, _size_pair("fft2", m, n), False, (), ndims=2)


@matlab_function("ifft2")
@_DOCS.fill
def ifft2(Y, m=None, n=None, symflag=None):
    """Two-dimensional inverse DFT, as MATLAB's ``ifft2``.

    MATLAB call forms::

        X = ifft2(Y)                 ->  ifft2(Y)
        X = ifft2(Y, m, n)           ->  ifft2(Y, 8, 8)
        X = ifft2(___, 'symmetric')  ->  ifft2(Y, 'symmetric')

    {{symmetric}} {{classes}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.ifft2(matlab.fft2(np.array([[1.0, 2], [3, 4]])))
    array([[1., 2.],
           [3., 4.]])
    """
    rest, flags = _split_symflag([m, n, symflag])
    return _many(Y, _size_pair("ifft2", rest[0], rest[1]), True, flags, ndims=2)


def _size_vector(sz):
    if sz is None or is_omitted(sz):
        return None
    arr = np.asarray(sz).reshape(-1)
    return tuple(_length(v, "sz") for v in arr)


@matlab_function("fftn")
@_DOCS.fill
def fftn(X, sz=None):
    """N-dimensional DFT, as MATLAB's ``fftn``: every dimension, or the first
    ``numel(sz)`` dimensions padded/truncated to ``sz``.

    MATLAB call forms::

        Y = fftn(X)                 ->  fftn(X)
        Y = fftn(X, sz)             ->  fftn(X, [8, 8, 4])

    {{classes}} {{precision}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.fftn(np.ones((2, 2, 2))).real[0, 0, 0]
    np.float64(8.0)
    """
    return _many(X, _size_vector(sz), False, ())


@matlab_function("ifftn")
@_DOCS.fill
def ifftn(Y, sz=None, symflag=None):
    """N-dimensional inverse DFT, as MATLAB's ``ifftn``.

    MATLAB call forms::

        X = ifftn(Y)                ->  ifftn(Y)
        X = ifftn(Y, sz)            ->  ifftn(Y, [8, 8, 4])
        X = ifftn(___, 'symmetric') ->  ifftn(Y, 'symmetric')

    {{symmetric}} {{classes}}

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.ifftn(matlab.fftn(np.arange(8.0).reshape(2, 2, 2)))[1, 1, 1]
    np.float64(7.0)
    """
    rest, flags = _split_symflag([sz, symflag])
    return _many(Y, _size_vector(rest[0]), True, flags)


def _shift(function, X, dim, inverse):
    a = matlab_array(X, "X", char="codes")
    if dim is None or is_omitted(dim):
        axes = tuple(range(a.ndim))
        shifts = [(-(s // 2) if inverse else s // 2) for s in a.shape]
        return np.ascontiguousarray(np.roll(a, shifts, axis=axes)) if a.ndim else a.copy()
    axis = matlab_dim(function, dim, a.ndim)
    if axis >= a.ndim:
        return np.array(a, copy=True)
    s = a.shape[axis]
    return np.ascontiguousarray(np.roll(a, -(s // 2) if inverse else s // 2, axis=axis))


@matlab_function("fftshift")
def fftshift(X, dim=None):
    """Shift the zero-frequency component to the centre, as MATLAB's ``fftshift``.

    MATLAB call forms::

        Y = fftshift(X)             ->  fftshift(X)         every dimension
        Y = fftshift(X, dim)        ->  fftshift(X, 1)

    Each dimension of size ``n`` is rotated by ``floor(n/2)`` (``circshift``); a 1-D
    array is a vector. Any class (the data are only moved).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.fftshift(np.array([1, 2, 3, 4, 5]))
    array([4, 5, 1, 2, 3])
    """
    return _shift("fftshift", X, dim, inverse=False)


@matlab_function("ifftshift")
def ifftshift(X, dim=None):
    """Undo :func:`fftshift`, as MATLAB's ``ifftshift`` (rotation by ``-floor(n/2)``,
    which differs from fftshift for odd ``n``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.ifftshift(np.array([4, 5, 1, 2, 3]))
    array([1, 2, 3, 4, 5])
    """
    return _shift("ifftshift", X, dim, inverse=True)


@matlab_function("nextpow2")
def nextpow2(A):
    """Exponent of the next power of 2, as MATLAB's ``nextpow2``: the smallest integer
    ``p`` with ``2^p >= abs(A)``, elementwise; ``nextpow2(0)`` is 0, Inf gives Inf.

    Computed from the exact binary exponent (MATLAB's ``[f, p] = log2(abs(A))``, one
    less when ``f`` is exactly 0.5), so ``nextpow2(2^k)`` is exactly ``k``; integer
    input gives a result of the same class, as MATLAB.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.nextpow2(np.array([1.0, -2, 3, -4, 5, 9, 519]))
    array([ 0.,  1.,  2.,  2.,  3.,  4., 10.])
    >>> matlab.nextpow2(100.0)
    np.float64(7.0)
    """
    a = matlab_array(A, "A", complex_ok=False)
    if a.dtype.kind == "b":
        raise CompatTypeError("A must be numeric, not logical")
    values = np.abs(a.astype(np.float64) if a.dtype.kind in "iu" else a)
    with np.errstate(all="ignore"):
        f, p = np.frexp(values)
        p = p.astype(values.dtype) - (f == 0.5)
        p = np.where(values == 0, 0, p)
        p = np.where(np.isinf(values), np.inf, p)
        p = np.where(np.isnan(values), np.nan, p)
    out = p.astype(a.dtype) if a.dtype.kind in "iu" else p.astype(values.dtype)
    return out if out.ndim else out[()]
