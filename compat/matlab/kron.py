"""MATLAB ``kron``: Kronecker tensor product with MATLAB's class rules."""

from __future__ import annotations

import numpy as np

from compat._core.errors import matlab_error
from compat._core.matlab_order import as_numeric
from compat._core.legacy import matlab_function

__all__ = ["kron"]

_NAME = "kron"


@matlab_function("kron")
def kron(A, B):
    """Kronecker tensor product, as MATLAB's ``kron``.

    MATLAB call form::

        K = kron(A, B)   ->  kron(A, B)

    Parameters
    ----------
    A, B : array_like
        Numeric or logical matrices (a 1-D array is a row vector). ``K`` is the block
        matrix whose block ``(i, j)`` is ``A(i,j)*B``.

    Returns
    -------
    ndarray
        ``size(A).*size(B)``; single if either input is single, else double
        (logical inputs give double); an integer class if an input has one (computed
        in double, rounded and saturated, MATLAB's integer arithmetic).

    Notes
    -----
    ``np.kron`` computes the same products for 2-D inputs; what it gets wrong for a
    port is the class (float32 with float64 gives float64, MATLAB single; bool with
    bool gives bool, MATLAB double; integer products wrap around instead of
    saturating) and 1-D inputs: ``np.kron(u, v)`` of two 1-D arrays is 1-D, which
    compat keeps (MATLAB: row kron row is a row), but a 1-D with a 2-D is treated as
    a row here, as in numpy.

    Sources: MATLAB ``kron`` reference page. Checked against GNU Octave 7.3.

    Examples
    --------
    >>> from compat.matlab import kron
    >>> kron([[1., 2.], [3., 4.]], [[1., 1.]])
    array([[1., 1., 2., 2.],
           [3., 3., 4., 4.]])
    """
    a = as_numeric(_NAME, A, "A")
    b = as_numeric(_NAME, B, "B")
    if a.ndim > 2 or b.ndim > 2:
        raise matlab_error(_NAME, "inputs must be 2-D matrices")
    ints = [x.dtype for x in (a, b) if x.dtype.kind in "iu"]
    if len(ints) == 2 and ints[0] != ints[1]:
        raise matlab_error(_NAME, "Integers can only be combined with integers of the "
                           "same class, or scalar doubles.", TypeError)
    single = any(x.dtype in (np.float32, np.complex64) for x in (a, b))
    cplx = any(x.dtype.kind == "c" for x in (a, b))
    work = np.complex128 if cplx else np.float64
    out = np.kron(a.astype(work), b.astype(work))
    if ints:
        info = np.iinfo(ints[0])
        r = np.round(out.real)  # MATLAB rounds half away from zero
        r = np.where(np.abs(out.real - np.trunc(out.real)) == 0.5,
                     np.trunc(out.real) + np.sign(out.real), r)
        return np.clip(r, info.min, info.max).astype(ints[0])
    if single:
        return out.astype(np.complex64 if cplx else np.float32)
    return out
