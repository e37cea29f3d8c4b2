"""MATLAB's principal component analysis (Statistics and Machine Learning Toolbox):
``pca``, ``pcacov``, ``pcares``, and the obsolete ``princomp`` routed to pca as MATLAB
routes it.

The legacy layer of the family: MATLAB's name-value options ('Algorithm' 'svd'/'eig',
'Centered', 'Economy', 'NumComponents', 'Rows' 'complete'/'pairwise'/'all', 'Weights',
'VariableWeights' including 'variance'), the outputs by ``nargout`` in MATLAB's shapes
(columns for latent, tsquared and explained; a row for mu), its error texts, over
:mod:`compat._core.principal_components`, whose docstring states MATLAB's algorithm and
sign convention. The 'als' algorithm (random starting values) is not provided.
"""

from __future__ import annotations

import numpy as np

from compat._core import principal_components as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["pca", "pcacov", "pcares", "princomp"]

_NAMES = ("algorithm", "centered", "economy", "numcomponents", "rows", "weights",
          "variableweights", "coeff0", "score0", "options")


def _matrix(value, name: str) -> np.ndarray:
    a = matlab_array(value, name, complex_ok=False, char="error", logical_ok=False)
    a = np.asarray(a)
    dtype = np.float32 if a.dtype == np.float32 else np.float64
    a = a.astype(np.float64)
    if a.ndim == 1:
        a = a.reshape(1, -1)
    elif a.ndim == 0:
        a = a.reshape(1, 1)
    if a.ndim != 2:
        raise CompatValueError(f"{name} must be a 2-D matrix.")
    return a, np.dtype(dtype)


def _choice(value, choices, label):
    key = value.lower() if isinstance(value, str) else None
    hits = [c for c in choices if key and c.startswith(key)]
    if len(hits) != 1:
        raise CompatValueError(f"Invalid value for {label}: "
                               f"{', '.join(repr(c) for c in choices)}.")
    return hits[0]


def _flag(value, label) -> bool:
    if isinstance(value, str):
        v = value.lower()
        if v in ("on", "true"):
            return True
        if v in ("off", "false"):
            return False
        raise CompatValueError(f"{label} must be true or false.")
    return bool(np.asarray(value).reshape(()))


def _options(args, name_value, n, p, x):
    if len(args) % 2:
        raise CompatValueError("Wrong number of arguments: name-value pairs must come in "
                               "pairs.")
    given = {}
    for name, value in list(zip(args[::2], args[1::2])) + list(name_value.items()):
        key = name.lower() if isinstance(name, str) else ""
        hits = [k for k in _NAMES if key and k.startswith(key)]
        if len(hits) != 1:
            raise CompatValueError(f"Invalid parameter name: {name}.")
        given[hits[0]] = value
    opts = {"algorithm": _choice(given.get("algorithm", "svd"), ("svd", "eig", "als"),
                                 "'Algorithm'"),
            "centered": _flag(given.get("centered", True), "'Centered'"),
            "economy": _flag(given.get("economy", True), "'Economy'"),
            "rows": _choice(given.get("rows", "complete"), ("complete", "pairwise", "all"),
                            "'Rows'")}
    if opts["algorithm"] == "als" or "coeff0" in given or "score0" in given:
        raise CompatValueError("pca: the 'als' algorithm starts from random "
                               "values and is not supported by compat.")
    k = given.get("numcomponents", p)
    kk = np.asarray(k, dtype=float).reshape(-1) if not isinstance(k, str) else None
    if kk is None or kk.size != 1 or kk[0] != int(kk[0]) or not 1 <= kk[0] <= p:
        raise CompatValueError(f"The number of components must be an integer between 1 "
                               f"and {p}.")
    opts["num_components"] = int(kk[0])
    w = np.ones(n)
    if "weights" in given:
        w = np.asarray(given["weights"], dtype=float).reshape(-1)
        if w.size != n:
            raise CompatValueError(f"Observation weights must be a vector of {n} "
                                   "elements.")
    vw = np.ones(p)
    if "variableweights" in given:
        v = given["variableweights"]
        if isinstance(v, str):
            _choice(v, ("variance",), "'VariableWeights'")
            vw = 1.0 / _weighted_nanvar(x, w)
        else:
            vw = np.asarray(v, dtype=float).reshape(-1)
            if vw.size != p:
                raise CompatValueError(f"Variable weights must be a vector of {p} "
                                       "elements or 'variance'.")
    if np.any(w <= 0) or np.any(vw <= 0):
        raise CompatValueError("Weights must be positive.")
    opts["weights"], opts["variable_weights"] = w, vw
    return opts


def _weighted_nanvar(x: np.ndarray, w: np.ndarray) -> np.ndarray:
    """The weighted variance of each column over its non-NaN values, normalised by
    ``sum(w) - sum(w.^2)/sum(w)`` (``n - 1`` for equal weights): 'VariableWeights',
    'variance' then standardises to the correlation matrix, as MATLAB's page states."""
    ok = ~np.isnan(x)
    ww = np.where(ok, w[:, None], 0.0)
    sw = ww.sum(axis=0)
    mean = (np.where(ok, x, 0.0) * ww).sum(axis=0) / sw
    dev = np.where(ok, x - mean, 0.0)
    return (ww * dev * dev).sum(axis=0) / (sw - (ww * ww).sum(axis=0) / sw)


@matlab_function("pca", nargout=6)
def pca(X, *args, nargout=1, **name_value):
    """Principal component analysis of raw data, as MATLAB's ``pca``.

    MATLAB call forms::

        coeff = pca(X)                                     ->  pca(X)
        [coeff, score, latent] = pca(X)                    ->  pca(X, nargout=3)
        [coeff, score, latent, tsquared, explained, mu] = pca(X, 'NumComponents', 2)
            ->  pca(X, 'NumComponents', 2, nargout=6)
        ... = pca(X, 'Algorithm', 'eig', 'Rows', 'pairwise', 'Centered', false,
                  'Economy', false, 'Weights', w, 'VariableWeights', 'variance')

    Rows of ``X`` are observations, columns variables. The SVD of the centred data by
    default: ``coeff`` (p-by-d loadings, columns by decreasing variance, each signed so
    its largest-magnitude element is positive -- MATLAB's convention, which
    ``sklearn.decomposition.PCA`` does not follow), ``score`` (n-by-d), ``latent`` (the
    variances, a column), ``tsquared`` (Hotelling's T-squared in the full space),
    ``explained`` (percentages) and ``mu`` (the column means; zeros when not centred).
    Rows with NaN are left out ('Rows', 'complete') and get NaN scores back.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> hald = np.array([[7, 26, 6, 60], [1, 29, 15, 52], [11, 56, 8, 20],
    ...                  [11, 31, 8, 47], [7, 52, 6, 33], [11, 55, 9, 22],
    ...                  [3, 71, 17, 6], [1, 31, 22, 44], [2, 54, 18, 22],
    ...                  [21, 47, 4, 26], [1, 40, 23, 34], [11, 66, 9, 12],
    ...                  [10, 68, 8, 12]])
    >>> matlab.pca(hald).round(4)           # MATLAB's pca page, load hald
    array([[-0.0678, -0.646 ,  0.5673,  0.5062],
           [-0.6785, -0.02  , -0.544 ,  0.4933],
           [ 0.029 ,  0.7553,  0.4036,  0.5156],
           [ 0.7309, -0.1085, -0.4684,  0.4844]])
    """
    x, dtype = _matrix(X, "X")
    n, p = x.shape
    opts = _options(list(args), name_value, n, p, x)
    if opts["rows"] == "all" and np.isnan(x).any():
        raise CompatValueError("Rows 'all' was given but X has NaN values.")
    if opts["rows"] == "all":
        opts["rows"] = "complete"
    if np.isnan(x).all():
        nan = np.full((1, 1), np.nan)
        outs = [nan] * 6
    elif x.size == 1:
        c = opts["centered"]
        v = float(x.reshape(()))
        outs = [np.ones((1, 1)), np.full((1, 1), 0.0 if c else v),
                np.full((1, 1), 0.0 if c else v * v), np.full((1, 1), float(not c)),
                np.full((1, 1), 100.0), np.full((1, 1), v if c else 0.0)]
    else:
        try:
            r = core.pca(x, algorithm=opts["algorithm"], centered=opts["centered"],
                         economy=opts["economy"], num_components=opts["num_components"],
                         rows=opts["rows"], weights=opts["weights"],
                         variable_weights=opts["variable_weights"])
        except ValueError as error:
            raise CompatValueError(str(error)) from None
        outs = [r.coeff, r.score, r.latent.reshape(-1, 1), r.tsquared.reshape(-1, 1),
                r.explained.reshape(-1, 1), r.mu.reshape(1, -1)]
    outs = [np.asarray(o).astype(dtype) for o in outs]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


@matlab_function("pcacov", nargout=3)
def pcacov(V, *, nargout=1):
    """Principal component analysis of a covariance matrix, as MATLAB's ``pcacov``.

    MATLAB call forms::

        coeff = pcacov(V)                          ->  pcacov(V)
        [coeff, latent, explained] = pcacov(V)     ->  pcacov(V, nargout=3)

    The SVD of the symmetric positive semi-definite ``V``: ``coeff`` signed as
    :func:`pca`'s, ``latent`` the variances (a column), ``explained`` percentages.
    GNU Octave 7.3's pcacov does not apply MATLAB's sign convention.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> coeff, latent = matlab.pcacov(np.array([[4.0, 2.0], [2.0, 3.0]]), nargout=2)
    >>> coeff.round(4), latent.ravel().round(4)
    (array([[ 0.7882, -0.6154],
           [ 0.6154,  0.7882]]), array([5.5616, 1.4384]))
    """
    v, dtype = _matrix(V, "V")
    if v.shape[0] != v.shape[1]:
        raise CompatValueError("V must be a square matrix.")
    coeff, latent, explained = core.pca_of_covariance(v)
    outs = [coeff, latent.reshape(-1, 1), explained.reshape(-1, 1)]
    outs = [o.astype(dtype) for o in outs]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


@matlab_function("pcares", nargout=2)
def pcares(X, ndim, *, nargout=1):
    """Residuals from principal component analysis, as MATLAB's ``pcares``.

    MATLAB call forms::

        residuals = pcares(X, ndim)                     ->  pcares(X, 2)
        [residuals, reconstructed] = pcares(X, ndim)    ->  pcares(X, 2, nargout=2)

    Keeps the first ``ndim`` principal components of the column-centred ``X`` and
    returns what they leave out (and the reconstruction with the means added back).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> hald = np.array([[7, 26, 6, 60], [1, 29, 15, 52], [11, 56, 8, 20],
    ...                  [11, 31, 8, 47], [7, 52, 6, 33], [11, 55, 9, 22],
    ...                  [3, 71, 17, 6], [1, 31, 22, 44], [2, 54, 18, 22],
    ...                  [21, 47, 4, 26], [1, 40, 23, 34], [11, 66, 9, 12],
    ...                  [10, 68, 8, 12]])
    >>> matlab.pcares(hald, 1)[0].round(4)      # MATLAB's pcares page: r11
    array([ 2.035 ,  2.8304, -6.8378,  3.0879])
    """
    x, dtype = _matrix(X, "X")
    k = np.asarray(ndim, dtype=float).reshape(-1)
    if k.size != 1 or k[0] != int(k[0]) or not 0 <= k[0] <= x.shape[1]:
        raise CompatValueError("NDIM must be an integer between 0 and the number of "
                               "columns of X.")
    residuals, reconstructed = core.pca_residuals(x, int(k[0]))
    outs = [residuals.astype(dtype), reconstructed.astype(dtype)]
    return outs[0] if nargout == 1 else tuple(outs)


@matlab_function("princomp", nargout=4)
def princomp(X, econ=None, *, nargout=1):
    """Principal component analysis, as MATLAB's (obsolete) ``princomp``.

    MATLAB call forms::

        coeff = princomp(X)
        [coeff, score, latent, tsquare] = princomp(X)   ->  princomp(X, nargout=4)
        [...] = princomp(X, 'econ')                     economy size when n <= p

    Since R2012b MATLAB's princomp routes to pca: one output is
    ``pca(X, 'Algorithm', 'eig', 'Economy', econ)``, more outputs
    ``pca(X, 'Algorithm', 'svd', 'Economy', econ)``, with ``econ`` true only for the
    text ``'econ'`` (``0`` or nothing: full size, the extra components of an n <= p
    sample with zero variance). The signs follow pca's convention (each coefficient
    column's largest element positive).

    Notes
    -----
    Source: MathWorks' princomp.m of R2012b and later (the routing above, facts only).
    Against GNU Octave 7.3's statistics 1.5.3 princomp (its own SVD code) the results agree
    (golden suite ``matlab/principal_components``), except the coefficient columns of
    zero-variance components of a full-size n <= p analysis, which are any orthonormal
    completion (LAPACK's, implementation-defined). MATLAB R2016a and later also warn that
    princomp will be removed; compat does not.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> X = np.array([[2.0, 0], [0, 1], [4, 2], [2, 3]])
    >>> matlab.princomp(X).round(4)              # the covariance's eigenvectors (2, 1)/sqrt(5), ...
    array([[ 0.8944, -0.4472],
           [ 0.4472,  0.8944]])
    """
    economy = isinstance(econ, str) and econ == "econ"
    if nargout == 1:
        return pca(X, "Algorithm", "eig", "Economy", economy)
    return pca(X, "Algorithm", "svd", "Economy", economy, nargout=nargout)
