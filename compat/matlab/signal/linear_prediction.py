"""MATLAB's all-pole modelling (Signal Processing Toolbox): ``levinson``, ``aryule``,
``arburg``.

The legacy layer of the family: MATLAB's argument forms and output shapes (``a`` a row
per signal, ``e`` the prediction error, ``k``/``rc`` the reflection coefficients as a
column; a matrix holds one signal (autocorrelation) per column and gives one row of
``a`` per column), over :mod:`compat._core.linear_prediction`. Checked against GNU Octave
7.3's signal 1.4.3 (golden suite ``matlab/linear_prediction``), whose three functions take
vectors only.
"""

from __future__ import annotations

import numpy as np

from compat._core import linear_prediction as core
from compat._core.args import is_omitted
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["levinson", "aryule", "arburg"]


def _columns(x, name):
    """(columns as 1-D arrays, layout): 1-D, a vector (row or column) or a matrix."""
    a = np.asarray(matlab_array(x, name, integer_ok=True, logical_ok=False))
    if a.dtype.kind in "iu":
        a = a.astype(np.float64)
    if a.ndim > 2:
        raise CompatValueError(f"{name} must be a vector or a matrix")
    if a.ndim <= 1:
        return [a.reshape(-1)], "1d"
    if 1 in a.shape:
        return [a.reshape(-1)], "vector"
    return [a[:, j] for j in range(a.shape[1])], "matrix"


def _order(n, default, name="p"):
    if is_omitted(n):
        return default
    v = np.asarray(n)
    if isinstance(n, (str, bool)) or v.size != 1 or v.dtype.kind not in "iuf" or \
            not np.isfinite(v.reshape(-1)[0]) or v.reshape(-1)[0] != int(v.reshape(-1)[0]) \
            or v.reshape(-1)[0] < 1:
        raise CompatValueError(f"The model order {name} must be a positive integer, got "
                               f"{n!r}")
    return int(v.reshape(-1)[0])


def _outputs(results, layout, dtype, nargout):
    single = dtype in (np.float32, np.complex64)

    def cast(v):
        if single:
            return v.astype(np.complex64 if v.dtype.kind == "c" else np.float32)
        return v

    if layout == "matrix":
        a = np.stack([r[0] for r in results])
        e = np.array([[r[1]] for r in results])
        k = np.stack([r[2] for r in results], axis=1)
    else:
        a, e, k = results[0]
        e = np.float64(e)
        if layout == "vector":
            a = a.reshape(1, -1)
            k = k.reshape(-1, 1)
    a, k = cast(a), cast(k)
    e = np.float32(e) if single and np.ndim(e) == 0 else (e.astype(np.float32) if single
                                                          else e)
    return (a, e, k)[:nargout] if nargout > 1 else a


@matlab_function("levinson", nargout=3)
def levinson(r, n=None, *, nargout=1):
    """Levinson-Durbin recursion, as MATLAB's ``levinson``.

    MATLAB call forms::

        a = levinson(r)              ->  levinson(r)
        a = levinson(r, n)           ->  levinson(r, 4)
        [a, e, k] = levinson(___)    ->  levinson(r, 4, nargout=3)

    Solves the Hermitian Toeplitz normal equations of an autoregressive process of order
    ``n`` (default ``length(r) - 1``) whose autocorrelation is ``r`` (lag 0 first).

    Parameters
    ----------
    r : array_like
        Autocorrelation, real or complex; a matrix holds one sequence per column.
    n : int, optional
        Order, ``1 <= n < length(r)``.

    Returns
    -------
    a : ndarray
        ``[1 a(2) ... a(n+1)]`` (a row; one row per column of a matrix r).
    e : float
        The prediction error (variance) of order ``n``.
    k : ndarray
        The ``n`` reflection coefficients (a column; one column per column of r).

    Notes
    -----
    Differences from ``scipy.linalg.solve_toeplitz``: scipy solves ``T x = b`` for a
    given right-hand side and returns neither the monic polynomial, the prediction
    error nor the reflection coefficients; the recursion here is the O(n^2) Durbin
    form, rounded in its own order (GNU Octave 7.3's levinson solves the Toeplitz system
    directly when two outputs or fewer are requested: values agree to rounding).
    Source: MathWorks' levinson reference page.

    Examples
    --------
    >>> from compat import matlab
    >>> a, e, k = matlab.levinson([1.0, 0.5, 0.2], nargout=3)
    >>> a
    array([ 1.        , -0.53333333,  0.06666667])
    >>> round(float(e), 6), k
    (0.746667, array([-0.5       ,  0.06666667]))
    """
    cols, layout = _columns(r, "r")
    size = cols[0].size
    if size < 2:
        raise CompatValueError("r must hold at least two lags")
    order = _order(n, size - 1, "n")
    if order >= size:
        raise CompatValueError(f"The order n ({order}) must be less than length(r) "
                               f"({size})")
    results = [core.levinson(c, order) for c in cols]
    return _outputs(results, layout, np.asarray(r).dtype, nargout)


def _signal_fit(name, fit, x, p, nargout):
    cols, layout = _columns(x, "x")
    order = _order(p, None)
    if order is None:
        raise CompatValueError("The model order p is required.")
    if cols[0].size <= order:
        raise CompatValueError(f"The model order p ({order}) must be less than the "
                               f"length of x ({cols[0].size})")
    results = [fit(c, order) for c in cols]
    return _outputs(results, layout, np.asarray(x).dtype, nargout)


@matlab_function("aryule", nargout=3)
def aryule(x, p, *, nargout=1):
    """Autoregressive model by the Yule-Walker method, as MATLAB's ``aryule``.

    MATLAB call forms::

        a = aryule(x, p)             ->  aryule(x, 4)
        [a, e, rc] = aryule(x, p)    ->  aryule(x, 4, nargout=3)

    The biased autocorrelation ``r(k) = (1/N) sum x(n+k) conj(x(n))`` of ``x`` (lags
    0..p, MATLAB's ``xcorr(x, 'biased')``) through :func:`levinson`.

    Parameters
    ----------
    x : array_like
        A signal (vector), or a matrix with one signal per column; real or complex.
    p : int
        Model order, ``1 <= p < length(x)``.

    Returns
    -------
    a, e, rc
        The AR polynomial (a row per signal), the white-noise variance estimate and the
        reflection coefficients (a column per signal).

    Notes
    -----
    Differences from ``statsmodels``' ``yule_walker``: that one's default demeans the
    data and returns ``-a[1:]`` and a standard deviation; MATLAB neither demeans nor
    negates. Source: MathWorks' aryule reference page; GNU Octave 7.3's signal 1.4.3
    aryule (vectors only) agrees to rounding.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> np.round(matlab.aryule([1.0, 2.0, 3.0, 2.0, 1.0, 0.0], 2), 6)
    array([ 1.      , -1.371429,  0.628571])
    """
    return _signal_fit("aryule", core.yule_walker, x, p, nargout)


@matlab_function("arburg", nargout=3)
def arburg(x, p, *, nargout=1):
    """Autoregressive model by Burg's method, as MATLAB's ``arburg``.

    MATLAB call forms::

        a = arburg(x, p)             ->  arburg(x, 4)
        [a, e, rc] = arburg(x, p)    ->  arburg(x, 4, nargout=3)

    Burg's recursion on the forward and backward prediction errors (reflection
    coefficient ``k = -2 b^H f / (f^H f + b^H b)`` per order), see
    :mod:`compat._core.linear_prediction`.

    Parameters
    ----------
    x : array_like
        A signal (vector) or one signal per column of a matrix; real or complex.
    p : int
        Model order, ``1 <= p < length(x)``.

    Returns
    -------
    a, e, rc
        As for :func:`aryule`.

    Notes
    -----
    Differences from ``spectrum``/``librosa``'s ``lpc``: librosa's Burg solver returns
    the same polynomial for real float data but no error or reflection coefficients.
    GNU Octave 7.3's signal 1.4.3 arburg (vectors only, an extra model-selection
    criterion argument MATLAB does not have, and ``p < length(x) - 2``) agrees to
    rounding. Source: MathWorks' arburg reference page.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> np.round(matlab.arburg([1.0, 2.0, 3.0, 2.0, 1.0, 0.0], 2), 6)
    array([ 1.      , -1.475083,  0.705565])
    """
    return _signal_fit("arburg", core.burg, x, p, nargout)
