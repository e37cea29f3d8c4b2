"""The core of IDL's special functions, probability distributions and correlations:
Python-shaped (numpy arrays, keyword-only options), evaluated in double precision with
scipy and rounded to the result type the legacy layer asks for.

Result types follow IDL's rule for these routines (IDL Reference Guide, GAMMA, ERF,
BESELJ, GAUSS_PDF, F_PDF ...): DOUBLE when an argument is DOUBLE (or /DOUBLE),
otherwise FLOAT -- integer arguments give FLOAT. Two array arguments give a result as
long as the shorter one (IDL's rule for binary operations); a scalar spreads.

Used by :mod:`compat.idl.special`, :mod:`compat.idl.distributions`,
:mod:`compat.idl.correlation` and :mod:`compat.idl.moments`.
"""

from __future__ import annotations

import numpy as np
from scipy import special as sp

__all__ = ["result_type", "combine", "evaluate", "lagged_sums", "upper_median"]


def result_type(*arrays: np.ndarray, double: bool = False) -> np.dtype:
    """DOUBLE when ``double`` or any argument is DOUBLE, else FLOAT."""
    if double or any(a.dtype == np.float64 for a in arrays):
        return np.dtype(np.float64)
    return np.dtype(np.float32)


def combine(*arrays: np.ndarray) -> list[np.ndarray]:
    """The arguments as float64 arrays of one shape: arrays cut to the shortest array's
    length (and shape), scalars spread over it."""
    arrays = [np.asarray(a, dtype=np.float64) for a in arrays]
    shaped = [a for a in arrays if a.ndim]
    if not shaped:
        return arrays
    shortest = min(shaped, key=lambda a: a.size)
    out = []
    for a in arrays:
        if a.ndim:
            out.append(a.reshape(-1)[:shortest.size].reshape(shortest.shape))
        else:
            out.append(np.broadcast_to(a, shortest.shape))
    return out


def evaluate(function, *arrays: np.ndarray, dtype) -> np.ndarray:
    """``function`` of the combined double-precision arguments, rounded to ``dtype``."""
    with np.errstate(all="ignore"):
        out = np.asarray(function(*combine(*arrays)), dtype=np.float64)
        return out.astype(dtype)


#: the functions, by IDL routine (argument order as the scipy call takes them)
FUNCTIONS = {
    "gamma": sp.gamma,
    "lngamma": sp.gammaln,
    "erf": sp.erf,
    "expint": lambda n, x: sp.expn(n, x),
    "beselj": lambda x, n: sp.jv(n, x),
    "besely": lambda x, n: sp.yv(n, x),
    "beseli": lambda x, n: sp.iv(n, x),
    "beselk": lambda x, n: sp.kv(n, x),
    "gauss_pdf": sp.ndtr,
    "voigt": lambda a, u: sp.wofz(u + 1j * a).real,
    "chisqr_pdf": lambda v, df: sp.chdtr(df, v),
    "t_pdf": lambda v, df: sp.stdtr(df, v),
    "f_pdf": lambda v, dfn, dfd: sp.fdtr(dfn, dfd, v),
    "gauss_cvf": lambda p: -sp.ndtri(p),
    "chisqr_cvf": lambda p, df: sp.chdtri(df, p),
    "t_cvf": lambda p, df: -sp.stdtrit(df, p),
    "f_cvf": lambda p, dfn, dfd: sp.fdtri(dfn, dfd, 1.0 - p),
}


def lagged_sums(x: np.ndarray, y: np.ndarray, lags: np.ndarray) -> np.ndarray:
    """``sum_k (x[k] - mean x) * (y[k + L] - mean y)`` for each lag ``L`` (for a negative
    lag ``x[k + |L|]`` with ``y[k]``), in double precision."""
    dx = x - x.mean()
    dy = y - y.mean()
    n = dx.size
    out = np.empty(lags.size)
    for i, lag in enumerate(lags.reshape(-1)):
        lag = int(lag)
        if lag >= 0:
            out[i] = np.dot(dx[:n - lag], dy[lag:])
        else:
            out[i] = np.dot(dx[-lag:], dy[:n + lag])
    return out


def upper_median(a: np.ndarray, axis: int, nan: bool) -> np.ndarray:
    """IDL's MEDIAN along ``axis`` (without /EVEN): the element at index ``n // 2`` of the
    sorted values, the upper of the two middle ones for an even count; with ``nan`` only
    the finite values count."""
    s = np.sort(a, axis=axis)          # NaN sort last
    if nan and a.dtype.kind == "f":
        count = np.sum(np.isfinite(a), axis=axis, keepdims=True)
    else:
        count = np.full(np.delete(a.shape, axis).tolist() or [], a.shape[axis])
        count = np.expand_dims(count, axis)
    index = np.maximum(count // 2, 0)
    index = np.minimum(index, a.shape[axis] - 1)
    return np.take_along_axis(s, index.astype(np.intp), axis=axis).squeeze(axis)
