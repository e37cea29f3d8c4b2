"""LAPACK drivers as IDL's LA_* routines call them (Python-shaped cores).

* :func:`least_squares` -- IDL's ``LA_LEAST_SQUARES``: the LAPACK driver of each METHOD
  (``xGELS`` QR for full rank, ``xGELSY`` complete orthogonal factorisation, ``xGELSS``
  SVD, ``xGELSD`` divide-and-conquer SVD; LAPACK Users' Guide, 3rd ed., section 2.3.2),
  in the precision of the data (``s``/``d``/``c``/``z`` routines), with the effective
  rank, the residual sum of squares and LAPACK's INFO.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import scipy.linalg
from scipy.linalg import lapack

__all__ = ["LeastSquaresSolution", "least_squares", "LAPACK_DRIVERS"]

#: IDL's METHOD -> LAPACK driver (IDL Reference Guide, LA_LEAST_SQUARES).
LAPACK_DRIVERS = ("gels", "gelsy", "gelss", "gelsd")


@dataclass
class LeastSquaresSolution:
    x: np.ndarray  # (n,) or (n, k)
    rank: int
    residual: np.ndarray  # () or (k,)
    info: int


def least_squares(a: np.ndarray, b: np.ndarray, method: int, rcond: float
                  ) -> LeastSquaresSolution:
    """Minimise ``||a x - b||_2`` (``a`` of shape ``(m, n)``, ``b`` ``(m,)`` or
    ``(m, k)``, both of the working dtype) with LAPACK's driver for ``method``.

    ``rcond``: singular values (METHOD 2, 3) or the condition estimate of the pivoted
    triangular factor (METHOD 1) below ``rcond`` times the largest count as zero.
    METHOD 0 assumes full rank: its rank is ``min(m, n)`` unless LAPACK finds an exactly
    zero diagonal element of the triangular factor (INFO > 0, x is then NaN).
    ``residual`` is the sum of squared residuals of each right-hand side when
    ``m > n`` and the rank is ``n``, else zero. An SVD that fails to converge gives
    INFO > 0 and NaN.
    """
    m, n = a.shape
    vector = b.ndim == 1
    b2 = b.reshape(m, 1) if vector else b
    k = b2.shape[1]
    dtype = a.dtype
    rank = min(m, n)
    info = 0
    if method == 0:
        gels, = lapack.get_lapack_funcs(("gels",), (a, b2))
        rhs = np.zeros((max(m, n), k), dtype=dtype)
        rhs[:m] = b2
        _, out, info = gels(a, rhs)
        x = out[:n]
    else:
        try:
            x, _, rank, _ = scipy.linalg.lstsq(a, b2, cond=rcond, check_finite=False,
                                               lapack_driver=LAPACK_DRIVERS[method])
        except np.linalg.LinAlgError:
            x, info = np.full((n, k), np.nan, dtype=dtype), 1
        rank = int(rank) if info == 0 else 0
    if info > 0:
        x = np.full((n, k), np.nan, dtype=dtype)
    if m > n and rank == n and info == 0:
        r = b2 - a @ x
        residual = np.sum((r * np.conj(r)).real, axis=0)
    else:
        residual = np.zeros(k, dtype=np.finfo(dtype).dtype)
    if vector:
        return LeastSquaresSolution(x[:, 0], rank, residual[0], int(info))
    return LeastSquaresSolution(x, rank, residual, int(info))
