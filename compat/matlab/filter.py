"""MATLAB ``filter``: 1-D digital filter (rational transfer function) along a dimension.

The module exports ``filter``, which shadows Python's builtin only inside
``compat.matlab``'s namespace (intended: it is MATLAB's name).
"""

from __future__ import annotations

import numpy as np

from compat._core.args import check_nargout, first_nonsingleton, is_omitted, matlab_dim
from compat._core.errors import matlab_error
from compat._core.linear_filter import (as_signal, coefficient_vector, is_matlab_vector,
                                        lfilter_axis, normalize, result_dtype)
from compat._core.legacy import matlab_function

__all__ = ["filter"]

_ZI_MESSAGE = ("Initial conditions must be a vector of length max(length(a),length(b))-1, "
               "or an array with the leading dimension of size max(length(a),length(b))-1 "
               "and with remaining dimensions matching those of x.")


@matlab_function("filter")
def filter(b, a, x, zi=None, dim=None, *, nargout=1):  # noqa: A001 - MATLAB's name
    """1-D digital filter, as MATLAB's ``filter``.

    MATLAB call forms::

        y = filter(b, a, x)                ->  filter(b, a, x)
        y = filter(b, a, x, zi)            ->  filter(b, a, x, zi)
        y = filter(b, a, x, zi, dim)       ->  filter(b, a, x, zi, dim)
        y = filter(b, a, x, [], dim)       ->  filter(b, a, x, [], dim)
        [y, zf] = filter(___)              ->  y, zf = filter(..., nargout=2)

    Filters ``x`` with the rational transfer function
    ``H(z) = (b(1) + b(2) z^-1 + ... + b(nb) z^-(nb-1)) /
    (a(1) + a(2) z^-1 + ... + a(na) z^-(na-1))``, i.e. the difference equation
    ``a(1) y(m) = b(1) x(m) + ... + b(nb) x(m-nb+1) - a(2) y(m-1) - ... - a(na) y(m-na+1)``,
    run as a transposed direct form II structure whose ``n-1`` delays
    (``n = max(length(a), length(b))``) are ``zi``/``zf``.

    Parameters
    ----------
    b, a : array_like
        Numerator and denominator coefficients: non-empty vectors (1-D, or 2-D rows or
        columns), of any lengths. Both are divided by ``a(1)`` first (MATLAB
        normalises), so ``a(1)`` must be finite and non-zero.
    x : array_like
        The data: a vector (a 1-D array is a MATLAB row), a matrix (filtered column by
        column) or an N-D array; MATLAB's (row, column, page...) layout.
    zi : array_like, optional
        Initial conditions of the delays (states of the normalised filter); ``None``
        or ``[]`` for zeros. Either a vector of ``n-1`` elements (any orientation,
        used for every column), or an array whose leading dimension is ``n-1`` and
        whose remaining dimensions match those of ``x`` other than ``dim`` (in order;
        e.g. filtering a 3x4x5 ``x`` along ``dim`` 2 takes a ``(n-1)x3x5`` ``zi``); a
        2-D ``(n-1) x P`` matrix with ``P`` the product of those dimensions is also
        taken (column ``c`` for the ``c``-th column of ``x`` in MATLAB's column-major
        order).
    dim : int, optional
        MATLAB's 1-based dimension to filter along. Default: the first dimension whose
        size is not 1 (a 1-D ``x`` is a row: dimension 2). A ``dim`` beyond the
        array's dimensions is a trailing singleton, as in MATLAB (then ``y`` is
        ``b(1)/a(1)*x + zi``).
    nargout : {1, 2}, keyword-only
        2 also returns the final conditions ``zf``.

    Returns
    -------
    y : ndarray
        Same size as ``x`` (a 1-D ``x`` gives a 1-D ``y``); single (float32 or
        complex64) if any of ``b``, ``a``, ``x``, ``zi`` is single, else double;
        complex if any is complex. Logical and integer inputs are computed and
        returned in double (compat's choice: MATLAB's documentation lists the integer
        classes as accepted but not the class of the result; GNU Octave 7.3 returns
        double).
    zf : ndarray (with ``nargout=2``)
        Final delays, of size ``(n-1) x`` (the sizes of ``x`` other than ``dim``): an
        ``(n-1) x 1`` column for a vector ``x`` (1-D for a 1-D ``x`` filtered along
        its length). ``n-1`` may be 0 (a pure gain). Same class as ``y``.

    Raises
    ------
    ValueError
        ``"filter: First denominator filter coefficient must be non-zero."`` (and
        ``"... must be finite."``), MATLAB's messages; ``"filter: Initial conditions
        must be a vector of length max(length(a),length(b))-1, or an array ..."``
        for a ``zi`` of the wrong size; ``"filter: First/Second argument must be a
        (non-empty) vector."`` for matrices or empty coefficients; a bad ``dim`` or
        ``nargout``.
    TypeError
        Text, object or extended-precision inputs.

    Notes
    -----
    Differences from the naive SciPy call, ``scipy.signal.lfilter(b, a, x, zi=zi)``:

    * **Axis.** ``lfilter`` filters along the *last* axis (``axis=-1``). MATLAB filters
      along the *first non-singleton* dimension: the columns of a matrix. Calling
      ``lfilter(b, a, X)`` on a MATLAB matrix filters its rows: a silent wrong answer.
    * **zi layout.** ``lfilter`` wants ``zi`` shaped like ``x`` with the filter axis of
      length ``n-1`` (and returns ``zf`` so); MATLAB puts the ``n-1`` delays *first*
      and the other dimensions after, in order, and accepts one vector for all
      columns. ``lfilter`` also returns ``(y, zf)`` only when ``zi`` is given; here
      ``nargout`` decides.
    * **dtype.** ``lfilter`` computes in the common type of its arguments (float64
      coefficients make float32 data float64); MATLAB returns single if any input is
      single. Integer data: see Returns.
    * ``lfilter`` has no trailing-singleton ``dim`` and errors on an empty ``x``;
      MATLAB returns an empty ``y`` and ``zf = zi``.

    The normalisation by ``a(1)`` and the meaning of ``zi`` (states of the normalised
    filter) agree with SciPy. Sources: MATLAB documentation of ``filter`` (call forms,
    normalisation, dimension default, ``zi``/``zf`` sizes, classes); MathWorks'
    Embedded MATLAB ``filter.m`` (the error messages, the vector-``zi`` broadcast,
    ``zf`` of size ``[n-1, prod(other sizes)]`` for vectors, zi loaded after
    normalising); GNU Octave 7.3 agrees on values. Octave differs in three corners:
    it rejects a vector ``zi`` for a matrix ``x`` (MATLAB broadcasts it), rejects a
    ``dim`` beyond ``ndims(x)``, and accepts empty or matrix ``b``/``a``.

    Examples
    --------
    Moving average of a row (MATLAB documentation example, "Moving-Average Filter"):

    >>> import numpy as np
    >>> from compat.matlab import filter
    >>> filter(np.ones(3) / 3, 1, [3.0, 6, 9, 12, 15])
    array([ 1.,  3.,  6.,  9., 12.])

    A matrix is filtered column by column (not row by row as ``lfilter``):

    >>> filter(1, [1, -0.5], [[1.0, 2], [0, 0], [0, 0]])
    array([[1.  , 2.  ],
           [0.5 , 1.  ],
           [0.25, 0.5 ]])

    Filtering in two blocks with ``zf`` carried over equals one call:

    >>> b, a = [1.0, 1], [1.0, -0.5]
    >>> y1, zf = filter(b, a, [1.0, 2, 3], nargout=2)
    >>> y2 = filter(b, a, [4.0, 5], zf)
    >>> np.concatenate([y1, y2])
    array([ 1.    ,  3.5   ,  6.75  , 10.375 , 14.1875])
    >>> filter(b, a, [1.0, 2, 3, 4, 5])
    array([ 1.    ,  3.5   ,  6.75  , 10.375 , 14.1875])
    """
    fn = "filter"
    nargout = check_nargout(fn, nargout, 2)
    B = coefficient_vector(fn, as_signal(fn, b, "b"), "First")
    A = coefficient_vector(fn, as_signal(fn, a, "a"), "Second")
    X = as_signal(fn, x, "x")
    Z = None if is_omitted(zi) else as_signal(fn, zi, "zi")
    dtype = result_dtype(B, A, X, *(() if Z is None else (Z,)))
    B = B.astype(dtype, copy=False)
    A = A.astype(dtype, copy=False)
    B, A = normalize(fn, B, A)
    n = max(B.size, A.size)
    m = n - 1

    one_d = X.ndim == 1
    Xm = X.reshape(1, -1) if X.ndim <= 1 else X  # a 1-D x is a MATLAB row
    if is_omitted(dim):
        axis = 1 if one_d else first_nonsingleton(Xm.shape) - 1
    else:
        axis = matlab_dim(fn, dim, Xm.ndim)
    shape = Xm.shape + (1,) * (axis + 1 - Xm.ndim)
    Xw = Xm.reshape(shape).astype(dtype, copy=False)
    other = tuple(s for k, s in enumerate(shape) if k != axis)

    zi_scipy = None
    if Z is not None:
        Zm = _zi_matlab_layout(fn, Z.astype(dtype, copy=False), m, other)
        zi_scipy = np.moveaxis(Zm, 0, axis)
    y, zf = lfilter_axis(B, A, Xw, axis, zi_scipy)
    y = y.reshape(X.shape)
    if nargout == 1:
        return y
    zf = np.moveaxis(zf, axis, 0)
    if one_d and axis == 1:
        zf = zf.reshape(m)
    else:
        zf = _trim_trailing_ones(zf)
    return y, zf


def _zi_matlab_layout(fn: str, Z: np.ndarray, m: int, other: tuple) -> np.ndarray:
    """MATLAB's accepted zi sizes -> an array of shape ``(m,) + other``."""
    count = int(np.prod(other)) if other else 1
    if is_matlab_vector(Z) and Z.size == m:
        return np.broadcast_to(Z.reshape((m,) + (1,) * len(other)), (m,) + other).copy()
    Z2 = Z.reshape(1, -1) if Z.ndim <= 1 else Z  # a 1-D zi is a MATLAB row
    if Z2.shape[0] == m:
        if Z2.ndim == 2 and Z2.shape[1] == count:  # MATLAB's legacy 2-D form
            return Z2.reshape((m,) + other, order="F")
        rest = _strip_ones(Z2.shape[1:])
        if rest == _strip_ones(other):
            return Z2.reshape((m,) + other)
    raise matlab_error(fn, _ZI_MESSAGE + f" (zi has size {'x'.join(map(str, Z2.shape))}, "
                       f"max(length(a),length(b))-1 is {m})")


def _strip_ones(shape) -> tuple:
    shape = tuple(shape)
    while shape and shape[-1] == 1:
        shape = shape[:-1]
    return shape


def _trim_trailing_ones(arr: np.ndarray) -> np.ndarray:
    """MATLAB drops trailing singleton dimensions beyond the second."""
    shape = arr.shape
    while len(shape) > 2 and shape[-1] == 1:
        shape = shape[:-1]
    return arr.reshape(shape)
