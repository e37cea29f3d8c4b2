"""IDL's LAPACK least-squares routine ``LA_LEAST_SQUARES`` over
:mod:`compat._core.lapack`.

Arrays are in the layout ``scipy.io.readsav`` returns (numpy shape = IDL dimensions
reversed): IDL's "n-column by m-row" array A is numpy's ordinary ``(m, n)`` matrix (row
``j`` of the printed array is ``a[j]``), IDL's ``k-by-m`` right-hand sides are numpy's
``(m, k)``, so the calls read as in linear-algebra texts.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.idl_types import float_type, idl_array, promote
from compat._core.lapack import least_squares
from compat._core.least_squares import named_result
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["la_least_squares"]


class LaLeastSquaresResult(Result):
    """LA_LEAST_SQUARES's result and the output keywords requested."""

    result: object
    rank: object
    residual: object
    status: object


@idl_routine("LA_LEAST_SQUARES")
def la_least_squares(a, b, *, double=False, method=0, rcondition=None, rank=False,
                     residual=False, status=False):
    """Linear least squares ``min ||A x - b||_2`` by LAPACK, as IDL's ``LA_LEAST_SQUARES``.

    IDL call form::

        Result = LA_LEAST_SQUARES(A, B [, /DOUBLE] [, METHOD=value] [, RANK=variable]
                                  [, RCONDITION=value] [, RESIDUAL=variable]
                                  [, STATUS=variable])

    Python::

        compat.idl.la_least_squares(a, b, *, double=False, method=0, rcondition=None,
                                    rank=False, residual=False, status=False)

    Output keywords are requested with ``name=True``; the result is then a named tuple
    ``(result, <requested outputs>)``.

    Parameters
    ----------
    a : array_like
        IDL's n-column by m-row array: numpy shape ``(m, n)``, ``m`` equations in ``n``
        unknowns (real or complex; integers are FLOAT).
    b : array_like
        ``m`` values, or IDL's k-by-m array of ``k`` right-hand sides: numpy ``(m, k)``.
    double : bool
        /DOUBLE: compute in double precision (DCOMPLEX for complex data). Without it the
        computation is in the precision of the data: FLOAT unless A or B is DOUBLE
        (COMPLEX with DOUBLE gives DCOMPLEX).
    method : {0, 1, 2, 3}
        0 (default) QR factorisation (LAPACK ``xGELS``; A must have full rank); 1
        complete orthogonal factorisation (``xGELSY``); 2 singular value decomposition
        (``xGELSS``); 3 divide-and-conquer SVD (``xGELSD``). Methods 1-3 handle
        rank-deficient A and give the minimum-norm least-squares solution.
    rcondition : float, optional
        Methods 1-3: singular values (or, for METHOD=1, the condition estimate of the
        pivoted triangular factor) below ``rcondition`` times the largest count as zero.
        Default: the machine precision of the computation.
    rank, residual, status : bool
        Request RANK (the effective rank of A; ``min(m, n)`` for METHOD=0, which assumes
        full rank), RESIDUAL (the residual sum of squares, one per right-hand side, when
        ``m > n`` and the rank is ``n``; zero otherwise), STATUS (0 success; for
        METHOD=0 ``i > 0`` when the i-th diagonal element of the triangular factor is
        exactly zero; for METHOD 2-3 ``> 0`` when the SVD failed to converge).

    Returns
    -------
    ndarray
        The solution, shape ``(n,)`` for a vector B, IDL's k-by-n array (numpy
        ``(n, k)``) for several right-hand sides; or the named tuple.

    Raises
    ------
    ValueError
        ``"LA_LEAST_SQUARES: ..."``: A not 2-D, B's rows not matching A's, a METHOD
        other than 0-3, a negative RCONDITION; without STATUS requested, a LAPACK
        failure (rank-deficient A for METHOD=0, no SVD convergence).

    Notes
    -----
    IDL Reference Guide, LA_LEAST_SQUARES (the LAPACK routines sgels/sgelsy/sgelss/
    sgelsd and their d/c/z versions): compat calls the same LAPACK drivers in the same
    precision, so float results come from single-precision LAPACK as in IDL. The
    documented example (an underdetermined system) gives IDL's printed digits.
    Decisions where the documentation gives none: RESIDUAL is computed as
    ``sum(|b - A x|^2)`` for every METHOD (LAPACK returns it only for 0, 2, 3), and
    RANK for METHOD=0 is ``min(m, n)``.

    GDL 1.0.1 computes LA_LEAST_SQUARES with Eigen: for full-rank A it agrees with
    LAPACK to rounding, but its METHOD=1 on a rank-deficient A returns a basic solution
    rather than IDL's documented minimum-norm one (recorded in the golden suite
    ``idl/lapack``), and it leaves RANK, RESIDUAL and STATUS undefined.

    Differences from ``numpy.linalg.lstsq(a, b)``: numpy always uses the SVD driver
    (``gelsd``) in double precision for float32 data, and its default ``rcond`` is
    ``max(m, n) * eps``; METHOD=0 (QR, no rank test) has no numpy equivalent.

    Examples
    --------
    IDL's documentation example (IDL prints ``-0.0376844 0.350628 0.986164
    -0.409066``):

    >>> import numpy as np
    >>> from compat.idl import la_least_squares
    >>> a = np.array([[2, 5, 3, 4], [7, 1, 3, 5], [4, 3, 6, 2]], dtype=np.int16)
    >>> x = la_least_squares(a, np.array([3, 1, 6], dtype=np.int16))
    >>> x.dtype, np.round(x, 6)
    (dtype('float32'), array([-0.037684,  0.350628,  0.986164, -0.409066], dtype=float32))
    >>> r = la_least_squares(np.array([[1.0, 2, 3], [3, 4, 5], [5, 7, 9], [1, 1, 1]]),
    ...                      [1.0, 2, 3, 4], method=2, rank=True)
    >>> r.result, r.rank
    (array([ 2.25,  0.5 , -1.25]), np.int32(2))
    """
    am = idl_array("la_least_squares", a, "A", scalar_ok=False)
    bm = idl_array("la_least_squares", b, "B")
    if am.ndim != 2:
        raise CompatValueError(f"A must be a 2-D array, got {am.ndim} dimension"
                               f"{'s' if am.ndim != 1 else ''}.")
    m, n = am.shape
    if bm.ndim == 0:
        bm = bm.reshape(1)
    if bm.ndim > 2 or bm.shape[0] != m:
        raise CompatValueError(f"B must have {m} rows (the rows of A), got shape "
                               f"{bm.shape}.")
    if isinstance(method, bool) or method not in (0, 1, 2, 3):
        raise CompatValueError(f"METHOD must be 0, 1, 2 or 3, got {method!r}.")
    dtype = float_type(promote(am.dtype, bm.dtype), double)
    if rcondition is None:
        rcond = float(np.finfo(dtype).eps)
    else:
        rcond = float(rcondition)
        if not rcond >= 0:
            raise CompatValueError(f"RCONDITION must be non-negative, got {rcondition!r}.")
    a2 = np.array(am, dtype=dtype, order="F")
    b2 = np.array(bm, dtype=dtype, order="F")
    with np.errstate(all="ignore"):
        sol = least_squares(a2, b2, int(method), rcond)
    if sol.info and not status:
        what = ("A does not have full rank" if method == 0
                else "the singular value decomposition did not converge")
        raise CompatValueError(f"Least-squares solution failed: {what}, "
                               f"STATUS={sol.info}.")
    outputs = {}
    if rank:
        outputs["rank"] = np.int32(sol.rank)
    if residual:
        outputs["residual"] = np.asarray(sol.residual)[()]
    if status:
        outputs["status"] = np.int32(sol.info)
    return named_result(LaLeastSquaresResult, sol.x, outputs)
