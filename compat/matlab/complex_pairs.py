"""MATLAB's ``cplxpair``: complex numbers sorted into complex conjugate pairs.

The legacy layer of the family: ``A``, ``tol`` (default ``100*eps`` of A's class),
``dim`` (default the first non-singleton dimension), MATLAB's error message, over
:mod:`compat._core.conjugate_pairs`, whose docstring states the rules. Checked against GNU
Octave 7.3's cplxpair (golden suite ``matlab/complex_pairs``).
"""

from __future__ import annotations

import numpy as np

from compat._core import conjugate_pairs as core
from compat._core.args import first_nonsingleton, is_omitted, matlab_dim
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["cplxpair"]


@matlab_function("cplxpair")
def cplxpair(A, tol=None, dim=None):
    """Sort complex numbers into complex conjugate pairs, as MATLAB's ``cplxpair``.

    MATLAB call forms::

        B = cplxpair(A)              ->  cplxpair(A)
        B = cplxpair(A, tol)         ->  cplxpair(A, 1e-10)
        B = cplxpair(A, [], dim)     ->  cplxpair(A, [], 2)
        B = cplxpair(A, tol, dim)    ->  cplxpair(A, 1e-10, 2)

    Along ``dim``: the conjugate pairs ordered by increasing real part, the element with
    negative imaginary part first, forced to be exact conjugates; then the real values
    (imaginary part within ``tol`` times the magnitude) in increasing order. A matrix is
    sorted column by column.

    Parameters
    ----------
    A : array_like
        Numbers (complex or real), any number of dimensions.
    tol : float, optional
        Relative tolerance, ``0 <= tol < 1`` (default ``100*eps``, of single for single
        data).
    dim : int, optional
        Dimension to operate along.

    Returns
    -------
    B : ndarray
        A's shape; complex (real input: its sorted values, real).

    Raises
    ------
    ValueError
        ``"cplxpair: Complex numbers can't be paired."`` (MATLAB's message) for an odd
        number of complex values or values that are not conjugates within ``tol``; GNU
        Octave 7.3 words it "cplxpair: could not pair all complex numbers".

    Notes
    -----
    Differences from ``numpy.sort_complex``: numpy sorts lexicographically (real, then
    imaginary part) without pairing, tolerance or the reals last. Within each pair the
    positive-imaginary member and its conjugate are returned (Octave's choice; MATLAB's
    page says only that the pairs are forced to be exact conjugates). Pairs with equal
    real parts keep their input order. Source: MathWorks' cplxpair reference page.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> matlab.cplxpair(np.array([3, 1 + 2j, 2, 1 - 2j, -1 + 1j, -1 - 1j]))
    array([-1.-1.j, -1.+1.j,  1.-2.j,  1.+2.j,  2.+0.j,  3.+0.j])
    """
    a = np.asarray(matlab_array(A, "A", integer_ok=True))
    if a.dtype.kind in "biu":
        a = a.astype(np.float64)
    single = a.dtype in (np.float32, np.complex64)
    if is_omitted(tol):
        t = 100 * float(np.finfo(np.float32 if single else np.float64).eps)
    else:
        tv = np.asarray(tol)
        if isinstance(tol, str) or tv.size != 1 or tv.dtype.kind not in "iuf" or \
                not 0 <= float(tv.reshape(-1)[0]) < 1:
            raise CompatValueError("TOL must be a scalar in the range 0 <= TOL < 1.")
        t = float(tv.reshape(-1)[0])
    if a.size == 0:
        return a.copy()
    work = a.reshape(1) if a.ndim == 0 else a
    axis = first_nonsingleton(work.shape) - 1 if is_omitted(dim) else \
        matlab_dim("cplxpair", dim, work.ndim)
    if axis >= work.ndim:
        raise CompatValueError("Invalid dimension DIM.")
    real_input = a.dtype.kind == "f"
    ctype = np.complex64 if single else np.complex128
    moved = np.moveaxis(work.astype(ctype), axis, -1)
    flat = moved.reshape(-1, moved.shape[-1])
    out = np.empty_like(flat)
    for r in range(flat.shape[0]):
        try:
            out[r] = core.pair_vector(flat[r], t)
        except core._Unpaired:
            raise CompatValueError(core.UNPAIRED) from None
    res = np.moveaxis(out.reshape(moved.shape), -1, axis).reshape(a.shape)
    if real_input:
        res = res.real.astype(a.dtype)
    return res
