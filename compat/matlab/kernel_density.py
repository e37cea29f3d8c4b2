"""MATLAB's ``ksdensity`` (Statistics and Machine Learning Toolbox), one-dimensional.

The legacy layer of the family: MATLAB's argument grammar (the data, optional points,
the name-value options 'Bandwidth', 'Kernel', 'Support', 'Weights', 'Function',
'NumPoints', 'BoundaryCorrection', 'Censoring' (all false only), and the older
spellings 'width', 'npoints', 'cutoff'), over :mod:`compat._core.kernel_density`,
whose docstring states the kernels, the bandwidth rule, the default points and the
windowed sums. Checked against values printed by MATLAB and against MATLAB's
statkscompute steps evaluated in GNU Octave 7.3, which has no ksdensity (golden suite
``matlab/kernel_density``).
"""

from __future__ import annotations

import numpy as np

from compat._core import grids as core_grids
from compat._core import kernel_density as core
from compat._core.args import prefix_matches
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["ksdensity"]

_OPTIONS = ("Bandwidth", "Width", "Kernel", "Support", "Weights", "Function", "NumPoints",
            "npoints", "BoundaryCorrection", "Censoring", "Cutoff", "PlotFcn")
_FUNCTIONS = ("pdf", "cdf", "icdf", "survivor", "cumhazard")


def _linspace(a, b, n):
    return core_grids.linspace(np.float64(a), np.float64(b), float(np.floor(n)),
                               np.float64)


def _word(value, choices, what):
    if not isinstance(value, str):
        raise CompatValueError(f"Invalid value of '{what}' parameter.")
    found = prefix_matches(value, choices)
    if "epanechinikov" in found and "epanechnikov" in found:
        found = ["epanechnikov"]
    if len(found) != 1:
        raise CompatValueError(f"{'Ambiguous' if found else 'Invalid'} value of '{what}' "
                               "parameter.")
    return found[0]


@matlab_function("ksdensity", nargout=3)
def ksdensity(x, *args, nargout=1):
    """Kernel smoothing density or distribution estimate, as MATLAB's ``ksdensity``.

    MATLAB call forms::

        [f, xi] = ksdensity(x)                  ->  f, xi = ksdensity(x, nargout=2)
        f = ksdensity(x, pts)                   ->  ksdensity(x, pts)
        [f, xi, bw] = ksdensity(x, ..., 'Bandwidth', 0.3, 'Kernel', 'epanechnikov',
                                'Support', 'positive', 'Function', 'cdf',
                                'Weights', w, 'NumPoints', 200,
                                'BoundaryCorrection', 'reflection')

    One-dimensional data (NaN dropped). The default bandwidth is MATLAB's
    ``sig * (4/(3n))^(1/5)`` with ``sig`` the median absolute deviation over 0.6745 (on
    the transformed scale for bounded support); the default points are 100 from 3
    bandwidths below the data to 3 above. 'Function' may be 'pdf', 'cdf', 'survivor' or
    'cumhazard'; 'icdf', censoring, two-dimensional data and the plotting forms are not
    supported. A kernel may be a callable (a pdf, or a cdf for the cumulative functions).

    Differences from the naive call: ``scipy.stats.gaussian_kde`` chooses Scott's
    bandwidth from the standard deviation and evaluates where it is told; MATLAB's
    normal kernel skips data beyond 4 bandwidths once the problem is large (over 30000
    kernel evaluations) or a cdf is asked for.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> m = np.array([1.0, 3, 2, 5])
    >>> f, xi, bw = matlab.ksdensity(m, m, 'Function', 'cdf', nargout=3)
    >>> round(bw, 4)
    1.1901
    """
    y = np.asarray(matlab_array(x, "X", complex_ok=False, char="error"), dtype=np.float64)
    if y.size == 0 or (y.ndim > 1 and sum(d > 1 for d in y.shape) > 1):
        raise CompatValueError("X must be a non-empty vector.")
    args = list(args)
    points = None
    if args and not isinstance(args[0], str):
        points = np.asarray(matlab_array(args.pop(0), "PTS", complex_ok=False),
                            dtype=np.float64)
    if len(args) % 2:
        raise CompatValueError("Wrong number of arguments.")
    opts = {"bandwidth": None, "kernel": "normal", "support": "unbounded", "weights": None,
            "function": "pdf", "npoints": 100, "reflection": False, "cutoff": None}
    for name, value in zip(args[::2], args[1::2]):
        if not isinstance(name, str):
            raise CompatValueError("Parameter name must be text.")
        found = prefix_matches(name, _OPTIONS)
        if len(found) != 1:
            raise CompatValueError(f"{'Ambiguous' if found else 'Invalid'} parameter name: "
                                   f"{name}.")
        key = found[0].lower()
        if key in ("bandwidth", "width"):
            b = np.asarray(value, dtype=np.float64).reshape(-1)
            if b.size != 1 or not b[0] > 0:
                raise CompatValueError("The 'Bandwidth' value must be a positive scalar.")
            opts["bandwidth"] = float(b[0])
        elif key == "kernel":
            opts["kernel"] = value if callable(value) else _word(
                value, ("normal", "epanechinikov", "epanechnikov", "box", "triangle"),
                "kernel")
        elif key == "support":
            opts["support"] = value
        elif key == "weights":
            opts["weights"] = np.asarray(value, dtype=np.float64).reshape(-1)
        elif key == "function":
            opts["function"] = _word(value, _FUNCTIONS, "function")
        elif key in ("numpoints", "npoints"):
            opts["npoints"] = int(np.asarray(value).reshape(-1)[0])
        elif key == "boundarycorrection":
            opts["reflection"] = _word(value, ("log", "reflection"),
                                       "BoundaryCorrection") == "reflection"
        elif key == "censoring":
            if np.any(np.asarray(value) != 0):
                raise CompatValueError("ksdensity with censored data is not supported by "
                                       "compat.")
        elif key == "cutoff":
            opts["cutoff"] = float(np.asarray(value).reshape(-1)[0])
    if opts["kernel"] == "epanechinikov":
        opts["kernel"] = "epanechnikov"
    if opts["function"] == "icdf":
        raise CompatValueError("ksdensity's 'icdf' function is not supported by compat.")
    y = y.reshape(-1)
    keep = ~np.isnan(y)
    weights = opts["weights"]
    if weights is None or weights.size == 1:
        w = np.ones(int(keep.sum()))
    else:
        if weights.size != y.size:
            raise CompatValueError("Value of 'weight' must be a vector of the same length "
                                   "as X.")
        w = weights[keep]
    y = y[keep]
    w = w / np.sum(w)
    low, high = _support(opts["support"], y)
    f, xi, u = core.estimate(y, points, kernel=opts["kernel"], bandwidth=opts["bandwidth"],
                             support=(low, high), weights=w, function=opts["function"],
                             npoints=opts["npoints"], reflection=opts["reflection"],
                             cutoff=opts["cutoff"], linspace=_linspace)
    if points is None:
        f, xi = f.reshape(1, -1), xi.reshape(1, -1)
    outs = [f, xi, u]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])


def _support(value, y):
    if isinstance(value, str):
        word = _word(value, ("unbounded", "positive"), "support")
        if word == "unbounded":
            return -np.inf, np.inf
        if np.min(y) <= 0:
            raise CompatValueError("Cannot set support to 'positive' with non-positive "
                                   "data.")
        return 0.0, np.inf
    s = np.asarray(value, dtype=np.float64).reshape(-1)
    if s.size != 2:
        raise CompatValueError("Value of 'support' parameter must have two elements.")
    if s[0] >= np.min(y) or s[1] <= np.max(y):
        raise CompatValueError("Data values must be between lower and upper 'support' "
                               "values.")
    return float(s[0]), float(s[1])
