"""IDL's time-series library routines: ``HILBERT`` (the 90-degree phase shift by FFT),
``TS_COEF`` (autoregressive model coefficients) and ``TS_FCAST`` (forecasts and
backcasts from that model), over :mod:`compat._core.time_series`.

GDL 1.0.1 has none of them; their goldens (suite ``idl/time_series``) are IDL 8.0's own
library code run in GDL, kept as printed values (see the suite's description).
"""

from __future__ import annotations

import numpy as np

from compat._core import time_series as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result, named_result, requested

__all__ = ["hilbert", "ts_coef", "ts_fcast"]


def _order(p, n: int) -> int:
    """The model order P as ts_coef.pro/ts_fcast.pro read it: ``p lt 2 or p gt nX-1``
    is refused with their message; a fractional P is then truncated (LONG(p))."""
    q = idl_array(p, "P", complex_ok=False, scalar=True)
    if q < 2 or q > n - 1:
        raise CompatValueError("p must be a scalar in the interval: [2, N_ELEMENTS(x)-1].")
    return int(q)


# ----------------------------------------------------------------------------- HILBERT
@idl_routine("HILBERT")
def hilbert(x, d=None):
    """The Hilbert transform of a series (every periodic term shifted by 90 degrees),
    as IDL's ``HILBERT``.

    IDL call form::

        Result = HILBERT(X [, D])   ->  idl.hilbert(x [, d])

    Parameters
    ----------
    x : array_like
        The series: float, double, complex or an integer type, at least 4 elements (a
        vector; an array is transformed as a whole, as IDL's code does).
    d : number, optional
        The rotation direction: +1 (the default) turns the positive frequencies by
        +90 degrees, -1 by -90. IDL multiplies the rotation factor ``i`` by D, so
        other values also scale the two halves (by D and 1/D).

    Returns
    -------
    ndarray, complex64 or complex128
        Same shape as ``x``; DCOMPLEX when X is DOUBLE or DCOMPLEX (FFT's type).

    Notes
    -----
    IDL's library code (hilbert.pro) takes ``Y = FFT(X, -1)``, multiplies elements
    ``1 .. N/2-1`` by ``i*D`` and divides elements ``N-(N/2-1) .. N-1`` by it, and
    returns ``FFT(Y, 1)``. Differences from the naive call:

    * ``scipy.signal.hilbert(x)`` returns the *analytic signal* ``x + i H(x)``;
      IDL returns the rotated series itself, complex, and with the opposite sign:
      ``HILBERT(cos)`` is ``-sin`` (``scipy.signal.hilbert(x).imag`` is ``+sin``).
    * The terms IDL does not rotate stay in the result: the mean of X and, for even
      N, its Nyquist term (the standard transform, and scipy's imaginary part, drop
      them).
    * For odd N the two middle frequencies ``(N-1)/2`` and ``(N+1)/2`` are not rotated
      (the ranges stop at ``N/2-1`` in integer division); scipy rotates every
      frequency but 0 (and N/2 for even N).
    * Fewer than 4 elements is an error (the range ``1:N/2-1`` is empty).

    Sources: IDL Reference Guide, HILBERT; IDL 8.0's hilbert.pro (facts only), whose
    values run in GDL 1.0.1 are the goldens of suite ``idl/time_series``. FFTs are
    compat's (scipy's pocketfft, as :func:`compat.idl.fft`), so digits differ from
    IDL's FFT at rounding level.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> t = np.arange(8, dtype=np.float32)
    >>> np.round(idl.hilbert(np.cos(2 * np.pi * t / 8)).real, 6)
    array([-0.      , -0.707107, -1.      , -0.707107,  0.      ,  0.707107,
            1.      ,  0.707107], dtype=float32)
    """
    a = idl_array(x, "X", scalar_ok=False)
    dd = None if d is None else idl_array(d, "D", scalar=True)
    return core.hilbert(a, dd)


# ----------------------------------------------------------------------------- TS_COEF
class TsCoefResult(Result):
    """TS_COEF's coefficients and its MSE output keyword."""

    result: np.ndarray
    mse: np.float64


@idl_routine("TS_COEF")
def ts_coef(x, p, *, double=False, mse=False):
    """The coefficients of the order-P autoregressive model of a time series, as IDL's
    ``TS_COEF``.

    IDL call form::

        Result = TS_COEF(X, P [, /DOUBLE] [, MSE=variable])
                 ->  idl.ts_coef(x, p [, double=True])
                 ->  r, mse = idl.ts_coef(x, p, mse=True)

    Parameters
    ----------
    x : array_like
        The series, n >= 3 samples (integer, float or double; an array is read in
        memory order).
    p : int
        The number of coefficients, 2 <= P <= n - 1.
    double : bool
        /DOUBLE: return DOUBLE coefficients (the recursion is always DOUBLE).
    mse : bool
        Request MSE, the model's mean square error (DOUBLE).

    Returns
    -------
    ndarray, or TsCoefResult(result, mse) when MSE is requested
        P coefficients ``phi_1 .. phi_P`` of ``x[t] = sum_k phi_k x[t-k] + e[t]``:
        FLOAT, DOUBLE only with /DOUBLE.

    Notes
    -----
    IDL 8.0's ts_coef.pro (facts only): Burg's recursion (reflection coefficient
    ``2 sum(f b) / sum(f^2 + b^2)`` of the forward and backward prediction errors,
    Levinson update of the lower coefficients, ``MSE *= 1 - phi_k^2``), in DOUBLE with
    running sums, starting from ``MSE = TOTAL(x^2) / n`` in X's arithmetic. The series
    is *not* centred (IDL's example series has mean 5.8). A DOUBLE series without
    /DOUBLE gives FLOAT coefficients (the code's last test; its header says the type
    is X's). Differences from the naive calls: ``statsmodels``' ``burg`` demeans by
    default and its Yule-Walker estimates (``yule_walker``) solve other equations;
    ``spectrum``'s ``arburg`` returns the negated coefficients. Sources: IDL Reference
    Guide, TS_COEF (its printed example is a golden case of suite
    ``idl/time_series``); C. Chatfield, *The Analysis of Time Series* (4th ed.);
    Numerical Recipes (2nd ed.) section 13.6, ``memcof``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> x = np.array([6.63, 6.59, 6.46, 6.49, 6.45, 6.41, 6.38, 6.26, 6.09, 5.99,
    ...               5.92, 5.93, 5.83, 5.82, 5.95, 5.91, 5.81, 5.64, 5.51, 5.31,
    ...               5.36, 5.17, 5.07, 4.97, 5.00, 5.01, 4.85, 4.79, 4.73, 4.76],
    ...              np.float32)
    >>> idl.ts_coef(x, 5)
    array([ 1.3016802 , -0.11178327, -0.22452687,  0.26762944, -0.23336287],
          dtype=float32)
    """
    a = idl_array(x, "X", complex_ok=False)
    order = _order(p, a.size)
    coef, m = core.ar_coefficients(a, order, double=bool(double))
    result = coef.astype(core.coefficient_type(a.dtype, bool(double)))
    return named_result(TsCoefResult, result, requested(mse=(mse, np.float64(m))))


# ---------------------------------------------------------------------------- TS_FCAST
@idl_routine("TS_FCAST")
def ts_fcast(x, p, nvalues, *, backcast=False, double=None, reflect=False):
    """Forecasts (or backcasts) of a time series from its order-P autoregressive model,
    as IDL's ``TS_FCAST``.

    IDL call form::

        Result = TS_FCAST(X, P, Nvalues [, /BACKCAST] [, /DOUBLE])
                 ->  idl.ts_fcast(x, p, nvalues [, backcast=True] [, double=True])

    Parameters
    ----------
    x : array_like
        The series, n >= 3 samples (integer, float or double).
    p : int
        The model order (number of past values used), 2 <= P <= n - 1.
    nvalues : int
        The number of values to forecast (> 0; a fractional value is truncated).
    backcast : bool
        /BACKCAST: forecast backwards from the start of the series (the series is
        reversed, forecast, and the result reversed: its last element is the value
        just before ``x[0]``).
    double : bool, optional
        /DOUBLE. Absent: DOUBLE when X is DOUBLE, else FLOAT; ``double=False`` forces
        FLOAT arithmetic (FLOAT coefficients) for DOUBLE data.
    reflect : bool
        /REFLECT is accepted and ignored, as in IDL ("not currently supported").

    Returns
    -------
    ndarray, float32 or float64
        ``Nvalues`` forecasts, nearest first (for /BACKCAST, nearest last).

    Notes
    -----
    IDL 8.0's ts_fcast.pro (facts only): the coefficients come from TS_COEF (with the
    same DOUBLE setting), each forecast is ``TOTAL(data * coef)`` over the last P
    values newest first, in their product type (FLOAT for non-DOUBLE data: the sum is
    single precision, left to right), and joins the data for the next one. IDL's
    /BACKCAST reverses the caller's X and restores it; compat never changes X.
    Sources: IDL Reference Guide, TS_FCAST (its example series is a golden case of
    suite ``idl/time_series``); C. Chatfield, *The Analysis of Time Series*.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> x = np.array([6.63, 6.59, 6.46, 6.49, 6.45, 6.41, 6.38, 6.26, 6.09, 5.99,
    ...               5.92, 5.93, 5.83, 5.82, 5.95, 5.91, 5.81, 5.64, 5.51, 5.31,
    ...               5.36, 5.17, 5.07, 4.97, 5.00, 5.01, 4.85, 4.79, 4.73, 4.76],
    ...              np.float32)
    >>> idl.ts_fcast(x, 4, 3)
    array([4.7507467, 4.75162  , 4.749342 ], dtype=float32)
    """
    a = idl_array(x, "X", complex_ok=False)
    nv = idl_array(nvalues, "Nvalues", complex_ok=False, scalar=True)
    nv = int(np.trunc(nv))
    if nv <= 0:
        raise CompatValueError("Nvalues must be a scalar greater than 0.")
    order = _order(p, a.size)
    if backcast and a.ndim > 2:
        raise CompatValueError("Expression must be a 1 or 2 dimensional array in this "
                               "context: X.")
    use_double = a.dtype == np.float64 if double is None else bool(double)
    return core.ar_forecast(a, order, nv, double=use_double, backcast=bool(backcast))
