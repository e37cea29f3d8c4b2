"""MATLAB's designs of experiments (Statistics and Machine Learning Toolbox):
``fullfact``, ``ff2n``.

The legacy layer of the family: MATLAB's argument rules (a vector of numbers of levels,
its class, fullfact.m's error texts) over :mod:`compat._core.experiment_design`, which
builds the design.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.experiment_design import full_factorial, two_level_factorial
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["fullfact", "ff2n"]

#: the largest number of elements compat agrees to allocate for a design (MATLAB
#: refuses arrays beyond its memory with "Requested ... array exceeds maximum array
#: size preference")
_MAX_ELEMENTS = 2 ** 31


@matlab_function("fullfact")
def fullfact(levels):
    """Full factorial design, as MATLAB's ``fullfact``.

    MATLAB call forms::

        dFF = fullfact(levels)       ->  fullfact(levels)

    Parameters
    ----------
    levels : array_like
        The number of levels of each factor: a vector (or a scalar) of positive
        integers, any numeric class or logical.

    Returns
    -------
    numpy.ndarray
        ``prod(levels)``-by-``numel(levels)``: row ``i`` is one treatment, column ``k``
        holds factor ``k``'s level ``1..levels(k)``. The first column changes fastest,
        then the second, and so on (MATLAB's row order). double, or single for a single
        ``levels`` (integer and logical classes give double, as fullfact.m converts
        non-float input to double). A factor with 1 level is a column of ones
        (``fullfact(1)`` is ``1``).

    Raises
    ------
    ValueError
        ``"FULLFACT: Requires a vector input."`` for a matrix or an empty array;
        ``"FULLFACT: The input values must be positive integers."`` for a zero,
        negative, fractional, NaN or infinite count (MATLAB's messages:
        stats:fullfact:VectorRequired, stats:fullfact:IntegersRequired).

    Notes
    -----
    Differences from the naive ``itertools.product(*(range(1, n + 1) for n in
    levels))`` / ``numpy.indices``: those vary the *last* factor fastest; MATLAB's
    fullfact varies the first fastest (its reference page: ``fullfact([2 4])`` is
    ``[1 1; 2 1; 1 2; 2 2; ...]``). The levels start at 1, and the class follows the
    input (single stays single). GNU Octave 7.3's statistics 1.5.3 ``fullfact`` is
    another function: it varies the last column fastest and takes a scalar ``n`` as
    n two-level factors coded 0/1 (MATLAB's ``ff2n``); the golden suite
    ``matlab/experiment_design`` records that as divergent and checks MATLAB's order with
    the reference pages' printed examples and ndgrid evaluated in Octave. Source:
    MathWorks' fullfact reference page and fullfact.m's rules (facts only).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.fullfact([2, 4])
    array([[1., 1.],
           [2., 1.],
           [1., 2.],
           [2., 2.],
           [1., 3.],
           [2., 3.],
           [1., 4.],
           [2., 4.]])
    >>> matlab.fullfact(1)
    array([[1.]])
    >>> matlab.fullfact(np.float32([3, 1])).dtype
    dtype('float32')
    """
    a = matlab_array(levels, "levels", complex_ok=False)
    if a.ndim == 0:
        a = a.reshape(1, 1)
    elif a.ndim == 1:
        a = a.reshape(1, -1)
    # fullfact.m: [m, n] = size(levels); min(m, n) must be 1 (size folds the trailing
    # dimensions into n)
    m, n = a.shape[0], int(np.prod(a.shape[1:]))
    if min(m, n) != 1:
        raise CompatValueError("Requires a vector input.")
    dtype = np.float32 if a.dtype == np.float32 else np.float64
    values = np.asarray(a, dtype=np.float64).reshape(-1, order="F")
    if not np.all(np.isfinite(values)) or np.any(np.floor(values) != values) or \
            np.any(values < 1):
        raise CompatValueError("The input values must be positive integers.")
    runs = int(np.prod([int(v) for v in values], dtype=object))
    if runs * values.size > _MAX_ELEMENTS:
        raise CompatValueError(f"Requested {runs}x{values.size} array exceeds maximum "
                               "array size preference.")
    return full_factorial([int(v) for v in values], dtype)


@matlab_function("ff2n")
def ff2n(n):
    """Two-level full factorial design, as MATLAB's ``ff2n``.

    MATLAB call forms::

        dFF2 = ff2n(n)       ->  ff2n(n)

    Parameters
    ----------
    n : int or array_like
        The number of two-level factors: a nonnegative integer scalar (double, single,
        an integer class or logical).

    Returns
    -------
    numpy.ndarray
        ``2^n``-by-``n``, double: row ``i`` is one treatment, each column one factor
        with the levels coded 0 and 1. The *last* column changes fastest (the rows
        count from 0 to ``2^n - 1`` in binary, the first column the most significant
        bit), as the reference page prints ``ff2n(3)``. ``ff2n(0)`` is a 1-by-0 matrix
        (the reference page specifies n as a nonnegative integer).

    Raises
    ------
    ValueError
        ``"ff2n: N must be a nonnegative integer scalar."`` for a negative, fractional,
        NaN, infinite, complex or non-scalar ``n`` (compat's own wording: MathWorks
        publishes no message), and a size error when the design would exceed 2^31
        elements.

    Notes
    -----
    Differences from the naive calls: :func:`fullfact` (and ``numpy.indices``
    transposed the MATLAB way) vary the *first* factor fastest and count from 1;
    ff2n varies the last fastest and codes the levels 0/1, i.e. it is
    ``itertools.product([0, 1], repeat=n)`` in that order. The class is double for
    every class of ``n`` (the page lists no other output class). GNU Octave 7.3's
    statistics 1.5.3 ff2n gives the same matrix but refuses ``n = 0``, which MATLAB's
    page allows: the golden suite ``matlab/experiment_design`` records that case as
    divergent. Source: MathWorks' ff2n reference page (facts only).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.ff2n(3)
    array([[0., 0., 0.],
           [0., 0., 1.],
           [0., 1., 0.],
           [0., 1., 1.],
           [1., 0., 0.],
           [1., 0., 1.],
           [1., 1., 0.],
           [1., 1., 1.]])
    >>> matlab.ff2n(0).shape
    (1, 0)
    """
    bad = "N must be a nonnegative integer scalar."
    if isinstance(n, str) or (isinstance(n, np.ndarray) and n.dtype.kind == "U"):
        raise CompatValueError(bad)
    a = matlab_array(n, "n")
    if a.size != 1 or a.dtype.kind == "c":
        raise CompatValueError(bad)
    v = float(np.asarray(a, dtype=np.float64).reshape(-1)[0])
    if not np.isfinite(v) or v != np.floor(v) or v < 0:
        raise CompatValueError(bad)
    k = int(v)
    if k > 40 or (2 ** k) * k > _MAX_ELEMENTS:
        raise CompatValueError(f"Requested {2 ** k}x{k} array exceeds maximum array "
                               "size preference.")
    return two_level_factorial(k, np.float64)
