"""MATLAB's agglomerative hierarchical clustering (Statistics and Machine Learning
Toolbox): ``linkage``, ``cluster``, ``clusterdata``, ``inconsistent``, ``cophenet``.

The legacy layer of the family: MATLAB's argument forms (``linkage(X, method,
metric)`` on data or ``linkage(Y, method)`` on pdist's distances; ``cluster(Z,
'maxclust', n)`` / ``'cutoff', c`` with ``'criterion'`` and ``'depth'``, and the older
positional forms), pdist through :func:`compat.matlab.pdist`, over
:mod:`compat._core.hierarchical_clustering`, whose docstring states the tree, the
inconsistency coefficients and cluster.m's numbering. Checked against GNU Octave 7.3's
statistics package 1.5.3 (golden suite ``matlab/hierarchical_clustering``).
"""

from __future__ import annotations

import numpy as np

from compat._core import hierarchical_clustering as core
from compat._core.args import prefix_matches
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["linkage", "cluster", "clusterdata", "inconsistent", "cophenet"]


def _distances(X, metric_args):
    """pdist's vector from data, or the given pdist vector."""
    from compat.matlab.distances import pdist
    a = np.asarray(matlab_array(X, "X", complex_ok=False, char="error"), dtype=np.float64)
    if a.ndim == 2 and a.shape[0] == 1 and not metric_args:
        n = a.shape[1]
        m = int(round((1 + np.sqrt(1 + 8 * n)) / 2))
        if m * (m - 1) // 2 == n:                # a pdist vector
            return a.reshape(-1), m
    if a.ndim == 1:
        a = a.reshape(-1, 1)
    y = np.asarray(pdist(a, *metric_args), dtype=np.float64).reshape(-1)
    return y, a.shape[0]


def _method(value):
    found = prefix_matches(value, core.METHODS)
    if len(found) != 1:
        raise CompatValueError(f"Unknown linkage method: {value}.")
    return found[0]


@matlab_function("linkage")
def linkage(X, method="single", *metric_args):
    """Agglomerative hierarchical cluster tree, as MATLAB's ``linkage``.

    MATLAB call forms::

        Z = linkage(X)                       ->  linkage(X)          ('single', Euclidean)
        Z = linkage(X, method, metric)       ->  linkage(X, 'average', 'cityblock')
        Z = linkage(Y, method)               ->  linkage(matlab.pdist(X), 'ward')

    ``Z`` is ``(m-1) x 3``: the clusters joined (1-based; row ``k`` forms cluster
    ``m + k``; the smaller number first) and their distance. Methods 'single',
    'complete', 'average', 'weighted', 'centroid', 'median', 'ward' (the last three on
    Euclidean distances). scipy's ``linkage`` numbers clusters from 0.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.linkage(np.array([[0.0], [1.0], [5.0]]))
    array([[1., 2., 1.],
           [3., 4., 4.]])
    """
    if not isinstance(method, str):
        raise CompatValueError("METHOD must be a character vector.")
    y, m = _distances(X, list(metric_args))
    if m < 2:
        raise CompatValueError("linkage needs at least two observations.")
    if not np.all(np.isfinite(y)):
        raise CompatValueError("The distances must be finite.")
    name = _method(method)
    if metric_args and isinstance(metric_args[0], str) and metric_args[0].lower() == \
            "savememory":
        raise CompatValueError("linkage's 'savememory' option is not supported by compat.")
    return core.linkage(y, name)


def _tree(Z) -> np.ndarray:
    z = np.asarray(matlab_array(Z, "Z", complex_ok=False, char="error"), dtype=np.float64)
    if z.ndim != 2 or z.shape[1] != 3:
        raise CompatValueError("Z must be a matrix of size (m-1)-by-3, as created by the "
                               "linkage function.")
    return z


@matlab_function("inconsistent")
def inconsistent(Z, depth=2):
    """Inconsistency coefficients of a cluster tree, as MATLAB's ``inconsistent``:
    per link ``[mean std count coefficient]`` of its height and the heights below it
    down to ``depth`` levels (default 2).

    MATLAB call forms::

        Y = inconsistent(Z)          ->  inconsistent(Z)
        Y = inconsistent(Z, d)       ->  inconsistent(Z, 3)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.inconsistent(np.array([[1.0, 2, 1], [3, 4, 4]]))
    array([[1.        , 0.        , 1.        , 0.        ],
           [2.5       , 2.12132034, 2.        , 0.70710678]])
    """
    d = np.asarray(depth, dtype=np.float64).reshape(-1)
    if d.size != 1 or not d[0] >= 1 or d[0] != np.floor(d[0]):
        raise CompatValueError("The DEPTH value must be at least 1.")
    return core.inconsistent(_tree(Z), int(d[0]))


@matlab_function("cluster")
def cluster(Z, *args):
    """Clusters from a cluster tree, as MATLAB's ``cluster`` (cluster.m's numbering).

    MATLAB call forms::

        T = cluster(Z, 'maxclust', n)                 ->  cluster(Z, 'maxclust', 3)
        T = cluster(Z, 'cutoff', c)                   ->  cluster(Z, 'cutoff', 1.2)
        T = cluster(Z, 'cutoff', c, 'criterion', 'distance', 'depth', d)
        T = cluster(Z, c)          (older: c >= 2 an integer means 'maxclust')

    The default criterion of a cutoff is 'inconsistent' (depth 2). ``T`` is a column of
    cluster numbers, one per observation; several cutoffs or counts give one column
    each.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> Z = matlab.linkage(np.array([[0.0], [1.0], [5.0], [5.5]]))
    >>> matlab.cluster(Z, 'maxclust', 2).ravel().tolist()
    [2.0, 2.0, 1.0, 1.0]
    """
    z = _tree(Z)
    args = list(args)
    depth, criterion = 2, "inconsistent"
    maxclust = cutoff = None
    if args and not isinstance(args[0], str):
        value = np.asarray(args[0], dtype=np.float64).reshape(-1)
        if len(args) >= 2:
            depth = int(np.asarray(args[1]).reshape(-1)[0])
        if len(args) < 3:
            if np.all((value >= 2) & (value == np.floor(value))):
                maxclust = value
            else:
                cutoff = value
        else:
            found = prefix_matches(str(args[2]), ["clusters", "inconsistent", "distance"])
            if len(found) != 1:
                raise CompatValueError("FLAG value must be 'clusters' or 'inconsistent' "
                                       "or 'distance'")
            if found[0] == "clusters":
                maxclust = value
            else:
                cutoff, criterion = value, found[0]
    else:
        if len(args) % 2:
            raise CompatValueError("Incorrect number of arguments to CLUSTER.")
        for name, value in zip(args[::2], args[1::2]):
            found = prefix_matches(str(name), ["cutoff", "maxclust", "criterion", "depth"])
            if len(found) != 1:
                raise CompatValueError(f"Unknown parameter name:  {name}.")
            key = found[0]
            if key == "cutoff":
                cutoff = np.asarray(value, dtype=np.float64).reshape(-1)
            elif key == "maxclust":
                maxclust = np.asarray(value, dtype=np.float64).reshape(-1)
            elif key == "criterion":
                crit = prefix_matches(str(value), ["inconsistent", "distance"])
                if len(crit) != 1:
                    raise CompatValueError("Bad clustering criterion.")
                criterion = crit[0]
            else:
                depth = int(np.asarray(value).reshape(-1)[0])
    if depth < 1:
        raise CompatValueError("The DEPTH value must be at least 1.")
    if (cutoff is None) == (maxclust is None):
        raise CompatValueError("Must specify a MAXCLUST or CUTOFF value, but not both.")
    if maxclust is not None:
        if np.any(maxclust < 1):
            raise CompatValueError("The MAXCLUST value must be a number 1 or larger.")
        cols = [core.cluster_maxclust(z, int(n)) for n in maxclust]
    else:
        if np.any(cutoff <= 0):
            raise CompatValueError("CUTOFF must be positive.")
        crit = core.inconsistent(z, depth)[:, 3] if criterion == "inconsistent" else z[:, 2]
        cols = [core.cluster_cutoff(z, float(c), crit) for c in cutoff]
    return np.column_stack(cols)


@matlab_function("clusterdata")
def clusterdata(X, *args):
    """Clusters straight from data, as MATLAB's ``clusterdata``: pdist, linkage and
    cluster in one call.

    MATLAB call forms::

        T = clusterdata(X, cutoff)                      ->  clusterdata(X, 1.2)
        T = clusterdata(X, 'maxclust', n, 'linkage', 'average', 'distance', 'cityblock')

    Options 'distance' (pdist's metric, default 'euclidean'), 'linkage' (default
    'single'), 'cutoff', 'maxclust', 'criterion', 'depth'.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.clusterdata(np.array([[0.0], [1.0], [5.0], [5.5]]), 'maxclust', 2).ravel().tolist()
    [2.0, 2.0, 1.0, 1.0]
    """
    args = list(args)
    if len(args) == 1:
        return cluster(linkage(X), args[0])
    if len(args) % 2:
        raise CompatValueError("Incorrect number of arguments to CLUSTERDATA.")
    method, metric, rest = "single", [], []
    for name, value in zip(args[::2], args[1::2]):
        found = prefix_matches(str(name), ["distance", "linkage", "cutoff", "maxclust",
                                           "criterion", "depth", "savememory"])
        if len(found) != 1:
            raise CompatValueError(f"Unknown parameter name:  {name}.")
        if found[0] == "distance":
            metric = list(value) if isinstance(value, (list, tuple)) else [value]
        elif found[0] == "linkage":
            method = value
        elif found[0] == "savememory":
            continue
        else:
            rest += [found[0], value]
    return cluster(linkage(X, method, *metric), *rest)


@matlab_function("cophenet", nargout=2)
def cophenet(Z, Y, *, nargout=1):
    """Cophenetic correlation, as MATLAB's ``cophenet``: the correlation of pdist's
    distances ``Y`` with the tree's cophenetic distances (the height at which two
    observations first join), which ``[c, d]`` also returns.

    MATLAB call forms::

        c = cophenet(Z, Y)           ->  cophenet(Z, Y)
        [c, d] = cophenet(Z, Y)      ->  c, d = cophenet(Z, Y, nargout=2)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> X = np.array([[0.0], [1.0], [5.0]])
    >>> round(matlab.cophenet(matlab.linkage(X), matlab.pdist(X)), 12)   # 7/sqrt(52)
    0.970725343394
    """
    z = _tree(Z)
    y = np.asarray(matlab_array(Y, "Y", complex_ok=False, char="error"),
                   dtype=np.float64).reshape(-1)
    if y.size != z.shape[0] * (z.shape[0] + 1) // 2:
        raise CompatValueError("Y must be a distance vector from pdist of the same "
                               "observations as Z.")
    c, d = core.cophenetic(z, y)
    return c if nargout == 1 else (c, d.reshape(1, -1))
