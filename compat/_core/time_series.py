"""Time-series routines of IDL's library, step by step in IDL's arithmetic: the Hilbert
transform (IDL's HILBERT: the FFT's positive frequencies turned by +90 degrees, the
negative ones by -90), the autoregressive coefficients of TS_COEF (Burg's recursion, as
Chatfield's *The Analysis of Time Series* and Numerical Recipes' ``memcof`` give it) and
the forecasts of TS_FCAST.

Every function takes arrays already coerced to IDL types (the legacy layer,
:mod:`compat.idl.time_series`, reads the arguments) and returns IDL's result type.
"""

from __future__ import annotations

import numpy as np
import scipy.fft

from compat._core.errors import CompatValueError
from compat._core.idl_types import float_type, promote
from compat._core.running_sums import sequential_sum

__all__ = ["hilbert", "ar_coefficients", "ar_forecast"]


# ------------------------------------------------------------------------------ HILBERT
def hilbert(x: np.ndarray, d: np.ndarray | None = None) -> np.ndarray:
    """IDL's HILBERT of ``x`` (any shape), rotation factor ``i*d`` (``d`` None: ``i``).

    The forward FFT (IDL's: 1/N, every dimension) is taken; in the transform's elements
    in memory order, elements ``1 .. N/2-1`` are multiplied by ``i*d`` and elements
    ``N-(N/2-1) .. N-1`` divided by it (N/2 in integer division); the rest (element 0,
    and for even N element N/2, for odd N the two elements (N-1)/2 and (N+1)/2) keep
    their values; the inverse FFT (no scaling) is returned. The factor has IDL's type
    (COMPLEX times ``d``'s type) and each product is computed in the promoted type and
    stored back in the transform's type, as IDL's subscripted assignment does.
    """
    ctype = np.complex128 if x.dtype in (np.float64, np.complex128) else np.complex64
    y = scipy.fft.fftn(x.astype(ctype), norm="forward")
    flat = y.reshape(-1)
    n = flat.size
    n2 = n // 2 - 1
    if n2 < 1:
        # IDL's Y[1:N2] with N2 < 1 (N < 4 elements) is an illegal subscript range
        raise CompatValueError("Subscript range values of the form low:high must be < "
                               "size, with low <= high")
    unit = np.complex64(1j)
    if d is not None:
        factor_type = promote(np.complex64, d.dtype)
        unit = factor_type.type(unit) * d.astype(factor_type)
    work = promote(ctype, np.asarray(unit).dtype)
    unit = work.type(unit)
    with np.errstate(all="ignore"):
        flat[1:n2 + 1] = (flat[1:n2 + 1].astype(work) * unit).astype(ctype)
        low = n - n2
        flat[low:] = (flat[low:].astype(work) / unit).astype(ctype)
    r = scipy.fft.ifftn(flat.reshape(y.shape), norm="forward")
    return np.ascontiguousarray(r.astype(ctype, copy=False))


# ------------------------------------------------------------------------------ TS_COEF
def _square(x: np.ndarray) -> np.ndarray:
    """``x^2`` in x's IDL type (integer types wrap, as IDL's multiplication)."""
    with np.errstate(over="ignore"):
        return np.multiply(x, x, dtype=x.dtype)


def ar_coefficients(x: np.ndarray, p: int, *, double: bool = False):
    """``(coefficients, mse)`` of TS_COEF: the ``p`` coefficients (float64) of the
    autoregressive model of the series ``x`` (flattened, IDL's memory order), and the
    mean square error (float64), computed as IDL 8.0's ts_coef.pro computes them.

    The first MSE is ``TOTAL(x^2, DOUBLE=double) / n``, FLOAT unless ``double`` (the
    code passes DOUBLE=0 explicitly, which makes TOTAL's total of a DOUBLE series
    FLOAT: summed in DOUBLE, rounded once, as ``compat.idl.total(..., double=0)``;
    ``x^2`` wraps for integer types); the
    recursion runs in DOUBLE with running (left-to-right) sums. The range of ``p``
    (2 .. n-1) is checked by the caller.
    """
    x = x.reshape(-1)
    n = x.size
    # ts_coef.pro passes DOUBLE=0 explicitly when /DOUBLE is not set: TOTAL's result
    # is then FLOAT even for a DOUBLE series, summed in DOUBLE and rounded once (GDL
    # 1.0.1's TOTAL; compat.idl.total's rule for an explicit DOUBLE=0)
    acc = np.dtype(np.float64 if double else np.float32)
    summed = np.dtype(np.float64 if double or x.dtype == np.float64 else np.float32)
    mse = sequential_sum(_square(x), None, summed)
    mse = acc.type(mse) / acc.type(n)
    mse = np.float64(mse)
    coef = np.zeros(p)
    xd = x.astype(np.float64)
    s1 = np.concatenate(([0.0], xd[:n - 1], [0.0]))
    s2 = np.concatenate(([0.0], xd[1:], [0.0]))
    s3 = np.zeros(n + 1)
    for k in range(1, p + 1):
        a = s1[1:n - k + 1]
        b = s2[1:n - k + 1]
        num = sequential_sum(a * b, None, np.float64)
        den = sequential_sum(a * a + b * b, None, np.float64)
        with np.errstate(all="ignore"):
            coef[k - 1] = 2.0 * num / den
        mse = mse * (1.0 - coef[k - 1] * coef[k - 1])
        if k > 1:
            i = np.arange(1, k)
            coef[i - 1] = s3[i] - coef[k - 1] * s3[k - i]
        if k == p:
            break
        s3[1:k + 1] = coef[:k]
        m = n - k - 1
        if m >= 1:
            # ts_coef.pro's loop over j = 1 .. n-k-1 reads only values it has not yet
            # written (str1[j] and str2[j] before their update, str1[j+1] and str2[j+1]
            # before theirs), so the whole-vector form gives the loop's numbers
            old1 = s1[1:m + 2].copy()
            old2 = s2[1:m + 2].copy()
            s1[1:m + 1] = old1[:m] - s3[k] * old2[:m]
            s2[1:m + 1] = old2[1:] - s3[k] * old1[1:]
    return coef, mse


def coefficient_type(x_dtype, double: bool) -> np.dtype:
    """TS_COEF's result type, as ts_coef.pro decides it: DOUBLE only with /DOUBLE
    (a DOUBLE series without /DOUBLE gives FLOAT, whatever its documentation says)."""
    return np.dtype(np.float64 if double else np.float32)


# ----------------------------------------------------------------------------- TS_FCAST
def ar_forecast(x: np.ndarray, p: int, nvalues: int, *, double: bool,
                backcast: bool = False) -> np.ndarray:
    """TS_FCAST: ``nvalues`` forecasts (backcasts) of the series ``x`` (a vector, or a
    2-D array read in memory order after BACKCAST's reversal of its rows) from its
    order-``p`` autoregressive model, in IDL 8.0's ts_fcast.pro arithmetic.

    ``double`` is the routine's decided precision (its DOUBLE keyword, or whether X is
    DOUBLE when the keyword is absent): the coefficients come from TS_COEF with that
    DOUBLE setting, each forecast is ``TOTAL(data * coefficients, DOUBLE=double)``
    over the last ``p`` values (newest first) in their IDL product type, and the
    result is DOUBLE or FLOAT by ``double``.
    """
    if backcast:
        x = x[..., ::-1]
    flat = x.reshape(-1)
    n = flat.size
    data = flat[n - p:][::-1].copy()
    coef, _ = ar_coefficients(x, p, double=double)
    coef = coef.astype(coefficient_type(x.dtype, double))
    out_type = np.dtype(np.float64 if double else np.float32)
    out = np.zeros(nvalues, dtype=out_type)
    for j in range(nvalues):
        prod_type = promote(data.dtype, coef.dtype)
        with np.errstate(all="ignore"):
            prod = data.astype(prod_type) * coef.astype(prod_type)
            acc = float_type(prod_type, double)
            total = sequential_sum(prod.astype(acc), None, acc)
        new_type = promote(acc, data.dtype)
        data = np.concatenate((np.array([total], dtype=new_type),
                               data[:p - 1].astype(new_type)))
        out[j] = data[0]
    return out[::-1].copy() if backcast else out
