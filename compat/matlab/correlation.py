"""MATLAB's covariance and correlation: ``cov``, ``corrcoef``.

The legacy layer of the family: reads MATLAB's argument grammar (one matrix or two
arrays, the normalisation ``w``, ``nanflag``, the name-value pairs ``'Alpha'`` and
``'Rows'``, ``nargout``) and calls the core :mod:`compat._core.correlation`.
"""

from __future__ import annotations

import numpy as np

from compat._core import correlation as core
from compat._core.args import is_omitted, name_value, option_choice
from compat._core.docs import Fragments
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["cov", "corrcoef", "CorrcoefResult"]


class CorrcoefResult(Result):
    """``[R, P, RL, RU] = corrcoef(...)``."""

    request_style = "nargout"
    R: np.ndarray
    P: np.ndarray
    RL: np.ndarray
    RU: np.ndarray


_DOCS = Fragments(
    data="""
        A : array_like
            A vector (one variable: its elements are the observations) or a matrix
            whose **columns** are the variables and rows the observations. Integer and
            logical data compute in double; single stays single.
        B : array_like, optional
            A second variable with as many elements as ``A``: the result is for the two
            variables ``[A(:) B(:)]`` (a 2-by-2 matrix).""",
    sources="""
        Sources: MATLAB ``{{name}}`` reference page. Checked against GNU Octave 7.3
        (reference_outputs/matlab/correlation){{octave}}.""",
)


def _data(A, B, name_b="B"):
    a = matlab_array(A, "A", to_float=True)
    if a.ndim > 2:
        raise CompatValueError("Inputs must be 2-D.")
    if B is not None:
        b = matlab_array(B, name_b, to_float=True)
        if a.size != b.size:
            raise CompatValueError("A and B must have the same number of elements.")
        dt = np.result_type(a.dtype, b.dtype)
        return np.column_stack([a.ravel(order="F"), b.ravel(order="F")]).astype(dt), True
    if a.ndim <= 1 or (a.ndim == 2 and a.shape[0] == 1):
        return a.reshape(-1, 1), False
    return a, False


def _shape_out(c: np.ndarray, vector: bool):
    return c[0, 0] if vector and c.shape == (1, 1) else c


# ------------------------------------------------------------------------------ cov
@matlab_function("cov", nan_option="with 'omitrows' or 'partialrows'")
@_DOCS.named(octave="; Octave's ``cov(A, B)`` (a scalar) is recorded as divergent")
def cov(A, *args):
    """Covariance, as MATLAB's ``cov``.

    MATLAB call forms::

        C = cov(A)              ->  cov(A)
        C = cov(A, B)           ->  cov(A, B)          (2-by-2)
        C = cov(___, w)         ->  cov(A, 1)          (w = 0: n-1, the default; 1: n)
        C = cov(___, nanflag)   ->  cov(A, 'omitrows') ('includenan', 'partialrows')

    Parameters
    ----------
    {{data}}
    w : {0, 1}, optional
        Normalisation: 0 (default) divides by the number of observations minus one,
        1 by the number of observations. A single observation always divides by 1.
    nanflag : {'includenan', 'omitrows', 'partialrows'}
        'includenan' (default) propagates NaN; 'omitrows' drops every row with a NaN;
        'partialrows' uses, for each pair of variables, the rows where both are not
        NaN.

    Returns
    -------
    ndarray or scalar
        The ``n``-by-``n`` covariance matrix of the ``n`` variables (a scalar, the
        variance, for one vector); ``cov([])`` is NaN.

    Notes
    -----
    ``np.cov`` treats **rows** as the variables (``rowvar=True``): ``np.cov(A)`` of a
    data matrix is the covariance of the observations, an m-by-m matrix; and
    ``np.cov(x, y)`` stacks its arguments as rows. MATLAB's ``cov(A, B)`` is the
    2-by-2 matrix of the variables ``A(:)`` and ``B(:)``; GNU Octave 7.3 returns their
    covariance as a scalar instead (MATLAB's reference page, example "Covariance of
    Two Vectors", prints the 2-by-2 matrix).

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import cov
    >>> cov([3, 6, 4], [7, 12, -9])          # the documentation example
    array([[  2.33333333,   6.83333333],
           [  6.83333333, 120.33333333]])
    >>> cov([[5, 0, 3, 7], [1, -5, 7, 3], [4, 9, 8, 10]])
    array([[ 4.33333333,  8.83333333, -3.        ,  5.66666667],
           [ 8.83333333, 50.33333333,  6.5       , 24.16666667],
           [-3.        ,  6.5       ,  7.        ,  1.        ],
           [ 5.66666667, 24.16666667,  1.        , 12.33333333]])
    """
    args = list(args)
    nanflag = "includenan"
    if args and isinstance(args[-1], str):
        nanflag = args.pop().lower()
        if nanflag not in ("includenan", "omitrows", "partialrows"):
            raise CompatValueError(f"Invalid nanflag {nanflag!r}: use 'includenan', "
                                   "'omitrows' or 'partialrows'.")
    w = 0
    B = None
    if len(args) == 2:
        B, w = args
    elif len(args) == 1:
        cand = np.asarray(args[0]) if not isinstance(args[0], str) else None
        a_size = np.asarray(A).size if not isinstance(A, str) else len(A)
        if cand is not None and cand.size == 1 and a_size != 1 and \
                float(cand.reshape(())) in (0.0, 1.0):
            w = args[0]
        else:
            B = args[0]
    elif len(args) > 2:
        raise CompatValueError("Too many input arguments.")
    if B is not None and is_omitted(B):
        B = None
    wv = np.asarray(0 if is_omitted(w) else w)
    if wv.size != 1 or float(wv.reshape(())) not in (0.0, 1.0):
        raise CompatValueError("W must be 0, 1 (vector weights are not supported by "
                               "compat).")
    ddof = 1 if float(wv.reshape(())) == 0 else 0
    x, two = _data(A, B)
    if x.size == 0:
        return np.float64(np.nan)
    vector = x.shape[1] == 1
    if nanflag == "omitrows":
        x = x[~np.any(np.isnan(x), axis=1)]
        if x.shape[0] == 0:
            return _shape_out(np.full((x.shape[1], x.shape[1]), np.nan, x.dtype), vector)
    if nanflag == "partialrows":
        c, _ = core.pairwise_covariance(x, ddof=ddof)
        return _shape_out(c.astype(x.dtype), vector)
    return _shape_out(core.covariance(x, ddof=ddof), vector)


# ------------------------------------------------------------------------- corrcoef
@matlab_function("corrcoef", nargout=4, nan_option="with 'Rows', 'complete'")
@_DOCS.named(octave="")
def corrcoef(A, *args, nargout=1, **kwargs):
    """Correlation coefficients, as MATLAB's ``corrcoef``.

    MATLAB call forms::

        R = corrcoef(A)                  ->  corrcoef(A)
        R = corrcoef(A, B)               ->  corrcoef(A, B)           (2-by-2)
        [R, P] = corrcoef(___)           ->  R, P = corrcoef(A, nargout=2)
        [R, P, RL, RU] = corrcoef(___)   ->  corrcoef(A, nargout=4)
        ___ = corrcoef(___, Name, Value) ->  corrcoef(A, 'Rows', 'complete', 'Alpha', 0.01)

    Parameters
    ----------
    {{data}}
    Alpha : float
        ``1 - Alpha`` is the confidence level of ``RL``/``RU`` (default 0.05).
    Rows : {'all', 'complete', 'pairwise'}
        'all' (default) propagates NaN; 'complete' drops every row with a NaN;
        'pairwise' uses, for each pair of columns, the rows where both are not NaN.
    nargout : {1, 2, 3, 4}

    Returns
    -------
    R : ndarray
        Correlation coefficients (values beyond +-1 from rounding are put back on
        +-1; the diagonal is exactly 1).
    P : ndarray
        Two-sided p-values for the hypothesis of no correlation: the t statistic
        ``R .* sqrt((n-2) ./ (1-R.^2))`` with ``n - 2`` degrees of freedom (``n``
        observations, per pair with 'pairwise'); 1 on the diagonal.
    RL, RU : ndarray
        Lower and upper bounds of a ``100*(1-Alpha)``% confidence interval through
        Fisher's z, ``tanh(atanh(R) -+ norminv(1-Alpha/2)/sqrt(n-3))``; NaN when
        ``n <= 3``. ``nargout`` 2 to 4 returns a :class:`CorrcoefResult`.

    Notes
    -----
    With 'pairwise', ``P``, ``RL`` and ``RU`` use each pair's own number of rows (the
    observations its coefficient was computed from); GNU Octave 7.3 uses the number
    of rows of ``A`` for every pair, and MATLAB's reference page does not say which.

    ``np.corrcoef`` treats **rows** as the variables and has no p-values or bounds;
    ``scipy.stats.pearsonr`` handles one pair at a time.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import corrcoef
    >>> R, P = corrcoef([[1, 2, 1], [2, 1, 5], [4, 5, 2], [7, 3, 3]], nargout=2)
    >>> R.round(4)
    array([[ 1.    ,  0.4795,  0.1107],
           [ 0.4795,  1.    , -0.4857],
           [ 0.1107, -0.4857,  1.    ]])
    >>> P.round(4)
    array([[1.    , 0.5205, 0.8893],
           [0.5205, 1.    , 0.5143],
           [0.8893, 0.5143, 1.    ]])
    """
    args = list(args)
    B = None
    if args and not isinstance(args[0], str):
        B = args.pop(0)
    opts = name_value(None, args, kwargs, {"Alpha": 0.05, "Rows": "all"})
    alpha = np.asarray(opts["Alpha"], dtype=float)
    if alpha.size != 1 or not 0 < float(alpha) < 1:
        raise CompatValueError(f"'Alpha' must be a scalar between 0 and 1, got "
                               f"{opts['Alpha']!r}")
    rows = option_choice("Rows", opts["Rows"], ("all", "complete", "pairwise"))
    x, two = _data(A, B)
    if x.shape[0] == 1 and not two:  # a row vector: one variable
        x = x.reshape(-1, 1)
    if rows == "complete":
        x = x[~np.any(np.isnan(x), axis=1)]
    if rows == "pairwise":
        R, n = core.pairwise_correlation(x)
    else:
        R, n = core.correlation(core.covariance(x)), x.shape[0]
    vector = R.shape == (1, 1) and not two
    if nargout == 1:
        return _shape_out(R, vector)
    P = core.p_values(R, n).astype(R.real.dtype)
    outs = [_shape_out(R, vector), _shape_out(P, vector)]
    if nargout > 2:
        lo, hi = core.bounds(R, n, float(alpha))
        outs += [_shape_out(lo.astype(R.real.dtype), vector),
                 _shape_out(hi.astype(R.real.dtype), vector)]
    return CorrcoefResult.first(nargout, *outs)
