"""MATLAB's Statistics and Machine Learning Toolbox NaN-ignoring statistics: ``nanmean``,
``nansum``, ``nanmedian``, ``nanmax``, ``nanmin``, ``nanstd``, ``nanvar``, ``nancov``
(the last by nancov.m's own rules over :mod:`compat._core.correlation`).

The legacy layer of the family. MathWorks documents each as the base function with
NaN omitted (``nanmean(X, dim)`` is ``mean(X, dim, 'omitnan')``, ``nanmax`` is ``max``,
which ignores NaN already) and recommends those calls instead; compat implements them
exactly so, on the reductions and extrema families (:mod:`compat.matlab.reductions`,
:mod:`compat.matlab.extrema`), so every rule of those (default dimension, ``'all'``,
``vecdim``, classes, empty arrays) is the same. Errors name the nan-function.
"""

from __future__ import annotations

from compat._core.args import is_omitted
from compat._core.docs import Fragments
from compat._core.errors import CompatError, CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat.matlab import extrema, reductions

__all__ = ["nanmean", "nansum", "nanmedian", "nanmax", "nanmin", "nanstd", "nanvar",
           "nancov"]

_DOCS = Fragments(
    forms="""
        MATLAB call forms::

            y = {{name}}(X)            ->  {{name}}(X)
            y = {{name}}(X, 'all')     ->  {{name}}(X, 'all')
            y = {{name}}(X, dim)       ->  {{name}}(X, 2)
            y = {{name}}(X, vecdim)    ->  {{name}}(X, [1, 2])

        Parameters
        ----------
        X : array_like
            Numeric or logical data.
        dim : int, sequence of int or 'all', optional
            MATLAB dimension(s), 1-based; default the first non-singleton dimension.""",
    extremum_forms="""
        MATLAB call forms::

            M = {{name}}(A)               ->  {{name}}(A)
            M = {{name}}(A, [], dim)      ->  {{name}}(A, [], 2)
            [M, I] = {{name}}(___)        ->  M, I = {{name}}(A, nargout=2)
            C = {{name}}(A, B)            ->  {{name}}(A, B)        (elementwise)

        Parameters
        ----------
        A, B : array_like
        dim : int, optional
        nargout : {1, 2}
            ``I``: the 1-based index of the {{extremum}} along ``dim`` (doubles).""",
    sources="""
        Sources: MATLAB (Statistics and Machine Learning Toolbox) ``{{name}}`` reference
        page: "{{name}} is not recommended; use {{base}} with 'omitnan'". GNU Octave 7.3
        has no {{name}}; the goldens (reference_outputs/matlab/nan_functions) compare
        with Octave computing the same statistic of the non-NaN values explicitly.""",
)


def _delegate(function, *args, **kwargs):
    """Call a base function; its errors are re-raised unbound, so the decorator of the
    nan-function names them."""
    try:
        return function(*args, **kwargs)
    except CompatError as error:
        raise type(error)(error.message) from None


def _dims(args, name):
    args = [a for a in args]
    if len(args) > 1:
        raise CompatValueError(f"Too many input arguments: {name}(X, dim).")
    if args and (is_omitted(args[0])):
        args = []
    if args and isinstance(args[0], str) and args[0].lower() != "all":
        raise CompatValueError(f"Invalid option {args[0]!r}; use a dimension or 'all'.")
    return args


@matlab_function("nanmean", nan_option="(nanmean skips NaN)")
@_DOCS.named(base="mean")
def nanmean(X, *dim):
    """Mean ignoring NaN, as MATLAB's ``nanmean`` (``mean(X, dim, 'omitnan')``).

    {{forms}}

    Returns
    -------
    ndarray or scalar
        The means of the non-NaN values; NaN where every value is NaN.

    Notes
    -----
    ``np.nanmean`` works along ``axis=None`` (everything) by default, not down the
    columns, and warns on all-NaN slices.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import nanmean
    >>> import numpy as np
    >>> nanmean([[np.nan, 1, np.nan], [3, 5, np.nan], [4, np.nan, np.nan]])
    array([[3.5, 3. , nan]])
    """
    return _delegate(reductions.mean, X, *_dims(dim, "nanmean"), "omitnan")


@matlab_function("nansum", nan_option="(nansum skips NaN)")
@_DOCS.named(base="sum")
def nansum(X, *dim):
    """Sum ignoring NaN, as MATLAB's ``nansum`` (``sum(X, dim, 'omitnan')``).

    {{forms}}

    Returns
    -------
    ndarray or scalar
        The sums of the non-NaN values; 0 where every value is NaN.

    Notes
    -----
    ``np.nansum`` sums everything by default (``axis=None``).

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import nansum
    >>> import numpy as np
    >>> nansum([[1, np.nan], [2, np.nan]])
    array([[3., 0.]])
    """
    return _delegate(reductions.sum, X, *_dims(dim, "nansum"), "omitnan")


@matlab_function("nanmedian", nan_option="(nanmedian skips NaN)")
@_DOCS.named(base="median")
def nanmedian(X, *dim):
    """Median ignoring NaN, as MATLAB's ``nanmedian`` (``median(X, dim, 'omitnan')``).

    {{forms}}

    Returns
    -------
    ndarray or scalar
        The medians of the non-NaN values; NaN where every value is NaN.

    Notes
    -----
    ``np.nanmedian`` works over everything by default.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import nanmedian
    >>> import numpy as np
    >>> nanmedian([[1, np.nan], [2, 7], [10, 9]])
    array([[2., 8.]])
    """
    return _delegate(reductions.median, X, *_dims(dim, "nanmedian"), "omitnan")


def _variance(base, X, args, name):
    args = list(args)
    if len(args) > 2:
        raise CompatValueError(f"Too many input arguments: {name}(X, w, dim).")
    w = args[0] if args else None
    rest = _dims(args[1:], name)
    w = [] if w is None or is_omitted(w) else [w]
    if rest and not w:
        w = [0]
    return _delegate(base, X, *w, *rest, "omitnan")


@matlab_function("nanvar", nan_option="(nanvar skips NaN)")
@_DOCS.named(base="var")
def nanvar(X, *args):
    """Variance ignoring NaN, as MATLAB's ``nanvar`` (``var(X, w, dim, 'omitnan')``).

    MATLAB call forms::

        y = nanvar(X)            ->  nanvar(X)
        y = nanvar(X, w)         ->  nanvar(X, 1)        (0: n-1, default; 1: n;
                                                         or a weight vector)
        y = nanvar(X, w, dim)    ->  nanvar(X, [], 2)

    Parameters
    ----------
    X : array_like
    w : 0, 1 or array_like, optional
        Normalisation or weights, as :func:`compat.matlab.var`; ``[]``/None is 0.
    dim : int, sequence of int or 'all', optional

    Returns
    -------
    ndarray or scalar
        The variances of the non-NaN values (``n - 1`` normalisation by default; one
        value gives 0); NaN where every value is NaN.

    Notes
    -----
    ``np.nanvar`` normalises by ``n`` (``ddof=0``) and works over everything by
    default.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import nanvar
    >>> import numpy as np
    >>> nanvar([[1, np.nan], [2, 7], [4, 9]])
    array([[2.33333333, 2.        ]])
    """
    return _variance(reductions.var, X, args, "nanvar")


@matlab_function("nanstd", nan_option="(nanstd skips NaN)")
@_DOCS.named(base="std")
def nanstd(X, *args):
    """Standard deviation ignoring NaN, as MATLAB's ``nanstd`` (``std(X, w, dim,
    'omitnan')``).

    MATLAB call forms::

        y = nanstd(X)            ->  nanstd(X)
        y = nanstd(X, w)         ->  nanstd(X, 1)
        y = nanstd(X, w, dim)    ->  nanstd(X, [], 2)

    Parameters
    ----------
    X : array_like
    w : 0, 1 or array_like, optional
        As :func:`nanvar`.
    dim : int, sequence of int or 'all', optional

    Returns
    -------
    ndarray or scalar
        The square roots of :func:`nanvar`.

    Notes
    -----
    ``np.nanstd`` normalises by ``n`` by default.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import nanstd
    >>> import numpy as np
    >>> nanstd([np.nan, 1, 3])
    np.float64(1.4142135623730951)
    """
    return _variance(reductions.std, X, args, "nanstd")


def _extremum(base, name, A, args, nargout):
    args = list(args)
    if len(args) > 2:
        raise CompatValueError(f"Too many input arguments: {name}(A, [], dim).")
    if len(args) == 1 and not is_omitted(args[0]) and nargout > 1:
        raise CompatValueError(f"{name}(A, B) has one output; use {name}(A, [], dim) "
                               "for the indices.")
    try:
        return _delegate(base, A, *args, nargout=nargout)
    except TypeError as error:
        raise CompatTypeError(str(error)) from None


@matlab_function("nanmax", nan_option="(nanmax skips NaN)", nargout=2)
@_DOCS.named(base="max", extremum="maximum")
def nanmax(A, *args, nargout=1):
    """Maximum ignoring NaN, as MATLAB's ``nanmax`` (``max``, which ignores NaN).

    {{extremum_forms}}

    Returns
    -------
    M, I : ndarray
        As :func:`compat.matlab.max`: NaN only where every value is NaN.

    Notes
    -----
    ``np.nanmax`` works over everything by default and returns no index.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import nanmax
    >>> import numpy as np
    >>> M, I = nanmax([[np.nan, 2], [3, np.nan]], nargout=2)
    >>> M, I
    (array([[3., 2.]]), array([[2., 1.]]))
    """
    return _extremum(extrema.max, "nanmax", A, args, nargout)


@matlab_function("nanmin", nan_option="(nanmin skips NaN)", nargout=2)
@_DOCS.named(base="min", extremum="minimum")
def nanmin(A, *args, nargout=1):
    """Minimum ignoring NaN, as MATLAB's ``nanmin`` (``min``, which ignores NaN).

    {{extremum_forms}}

    Returns
    -------
    M, I : ndarray
        As :func:`compat.matlab.min`.

    Notes
    -----
    ``np.nanmin`` works over everything by default and returns no index.

    {{sources}}

    Examples
    --------
    >>> from compat.matlab import nanmin
    >>> import numpy as np
    >>> nanmin([4, np.nan, 1])
    np.float64(1.0)
    """
    return _extremum(extrema.min, "nanmin", A, args, nargout)


@matlab_function("nancov", nan_option="(nancov skips NaN)")
def nancov(X, *args):
    """Covariance matrix ignoring NaN, as MATLAB's ``nancov``.

    MATLAB call forms::

        C = nancov(X)                  rows of X with any NaN removed; a vector: its variance
        C = nancov(X, Y)               nancov([X(:) Y(:)])
        C = nancov(..., 1)             normalised by N (0: by N - 1, the default)
        C = nancov(..., 'pairwise')    C(i,j) from the rows with no NaN in columns i and j
        C = nancov(..., 'complete')    the default

    Returns
    -------
    ndarray
        n-by-n (1-by-1 for a vector), the class of X (single stays single).

    Notes
    -----
    The rules are nancov.m's (MathWorks, facts only): one remaining row gives zeros, no
    row gives NaN; 'pairwise' takes each variance from the column's own values (NaN with
    none, or with one and the N - 1 normalisation) and each covariance from at least two
    common rows (else NaN) -- unlike ``cov(..., 'partialrows')``, which gives 0 for one
    row. Differences from ``numpy.ma.cov``: MATLAB's row removal ('complete') is the
    default and the normalisation flag is 0/1. GNU Octave 7.3's statistics 1.5.3 has no
    nancov: the golden cases evaluate nancov.m's rules in Octave (suite
    ``matlab/nan_functions``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> X = np.array([[1.0, 2], [np.nan, 3], [4, 5], [6, np.nan], [2, 2]])
    >>> matlab.nancov(X)
    array([[2.33333333, 2.5       ],
           [2.5       , 3.        ]])
    """
    import numpy as np

    from compat._core import correlation as core_correlation
    from compat._core.matlab_types import matlab_array

    rest = list(args)
    pairwise = False
    if rest and isinstance(rest[-1], str):
        word = rest.pop().lower()
        hits = [w for w in ("pairwise", "complete") if w.startswith(word)]
        if not hits:
            raise CompatValueError(f"Invalid value '{word}': expected 'pairwise' or "
                                   "'complete'.")
        pairwise = hits[0] == "pairwise"
    mle = False
    if rest and np.size(rest[-1]) == 1 and not isinstance(rest[-1], str) and \
            float(np.asarray(rest[-1]).reshape(-1)[0]) in (0.0, 1.0):
        mle = float(np.asarray(rest.pop()).reshape(-1)[0]) == 1.0
    if len(rest) > 1:
        raise CompatValueError("Too many input arguments.")
    x = matlab_array(X, "X", char="error")
    if x.dtype.kind not in "f":
        raise CompatTypeError("Inputs must be single or double.")
    if rest:
        y = matlab_array(rest[0], "Y", char="error")
        if x.size != y.size:
            raise CompatValueError("X and Y must have the same number of elements.")
        x = np.column_stack([x.reshape(-1, order="F"), y.reshape(-1, order="F")])
        x = x.astype(np.result_type(x.dtype, y.dtype))
    elif x.ndim > 2:
        raise CompatValueError("Inputs must be 2-D.")
    if not rest and (x.ndim < 2 or 1 in x.shape):
        x = x.reshape(-1, 1, order="F")
    if x.size == 0:
        m, n = x.shape
        if m == 0 and n == 0:
            return np.array(np.nan, dtype=x.dtype)
        return np.full((n, n), np.nan, dtype=x.dtype)
    return core_correlation.nan_covariance(x, mle=mle, pairwise=pairwise)
