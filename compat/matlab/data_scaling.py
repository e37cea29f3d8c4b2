"""MATLAB's ``rescale`` and ``normalize``: data mapped to a range, centred and scaled.

The legacy layer of the family: MATLAB's argument grammar (``rescale(A, l, u,
'InputMin', m, 'InputMax', M)``; ``normalize(A, dim, method, methodtype)`` with the
methods 'zscore', 'norm', 'scale', 'range', 'center', 'medianiqr' and the 'center' +
'scale' pair, ``[N, C, S]`` by ``nargout``), over :mod:`compat._core.data_scaling`,
whose docstring gives the definitions. Checked against GNU Octave 7.3's rescale and the
normalize page's printed examples (golden suite ``matlab/data_scaling``).
"""

from __future__ import annotations

import numpy as np

from compat._core import data_scaling as core
from compat._core.args import first_nonsingleton, matlab_dim
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["rescale", "normalize"]

_METHODS = ("zscore", "norm", "scale", "range", "center", "medianiqr")


def _array(A):
    a = np.asarray(matlab_array(A, "A", complex_ok=False, char="error"))
    dtype = np.float32 if a.dtype == np.float32 else np.float64
    return a.astype(np.float64), np.dtype(dtype)


def _shape_back(out, a_in):
    out = np.asarray(out)
    return out.reshape(np.shape(a_in)) if out.size == np.size(a_in) else out


@matlab_function("rescale")
def rescale(A, *args, **name_value):
    """Scale the range of an array, as MATLAB's ``rescale``.

    MATLAB call forms::

        R = rescale(A)                   ->  rescale(A)            (onto [0, 1])
        R = rescale(A, l, u)             ->  rescale(A, -1, 1)
        R = rescale(___, 'InputMin', inmin, 'InputMax', inmax)

    ``l + (A - inmin) ./ (inmax - inmin) .* (u - l)``: the smallest and largest
    elements of ``A`` (NaN ignored) by default, a constant array giving ``l``; values
    outside a given input range map to ``l`` or ``u``. ``l``, ``u``, ``inmin``,
    ``inmax`` may be arrays that expand against ``A``. Double (single stays single).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.rescale([1, 2, 3, 5], -1, 1)
    array([-1. , -0.5,  0. ,  1. ])
    """
    a, dtype = _array(A)
    args = list(args)
    low, high = 0.0, 1.0
    if args and not isinstance(args[0], str):
        if len(args) < 2 or isinstance(args[1], str):
            raise CompatValueError("rescale: give both the lower and the upper bound.")
        low = np.asarray(args.pop(0), dtype=float)
        high = np.asarray(args.pop(0), dtype=float)
        if np.any(low > high):
            raise CompatValueError("Lower bound must be less than or equal to upper "
                                   "bound.")
    if len(args) % 2:
        raise CompatValueError("Wrong number of arguments: name-value pairs must come in "
                               "pairs.")
    opts = {}
    for name, value in list(zip(args[::2], args[1::2])) + list(name_value.items()):
        key = name.lower() if isinstance(name, str) else ""
        if key not in ("inputmin", "inputmax"):
            raise CompatValueError(f"Invalid parameter name: {name}.")
        opts[key] = np.asarray(value, dtype=float)
    out = core.rescale(a, low, high, opts.get("inputmin"), opts.get("inputmax"))
    return np.asarray(out).astype(dtype)


def _method_args(args):
    """``(dim or None, method, arg, center, scale)`` from normalize's arguments."""
    args = list(args)
    dim = None
    if args and not isinstance(args[0], str):
        dim = args.pop(0)
    method, arg, center, scale = "zscore", "std", None, None
    seen = []
    while args:
        name = args.pop(0)
        key = name.lower() if isinstance(name, str) else None
        if key not in _METHODS:
            raise CompatValueError(f"Invalid normalization method {name!r}: "
                                   f"{', '.join(repr(m) for m in _METHODS)}.")
        typ = None
        if args and not (isinstance(args[0], str) and args[0].lower() in _METHODS):
            typ = args.pop(0)
        seen.append((key, typ))
    if len(seen) == 2 and {seen[0][0], seen[1][0]} == {"center", "scale"}:
        d = dict(seen)
        return (dim, "centerscale", None,
                _type(d["center"], ("mean", "median"), "mean"),
                _type(d["scale"], ("std", "mad", "first", "iqr"), "std"))
    if len(seen) > 1:
        raise CompatValueError("Only 'center' and 'scale' can be combined.")
    if seen:
        method, typ = seen[0]
        if method == "zscore":
            arg = (typ or "std").lower()
            if arg not in ("std", "robust"):
                raise CompatValueError("The 'zscore' type must be 'std' or 'robust'.")
        elif method == "norm":
            arg = 2.0 if typ is None else float(np.asarray(typ).reshape(()))
            if not arg > 0:
                raise CompatValueError("The 'norm' type must be a positive number.")
        elif method == "range":
            arg = (0.0, 1.0) if typ is None else tuple(float(v) for v in
                                                       np.asarray(typ).reshape(-1))
            if len(arg) != 2 or not arg[0] < arg[1]:
                raise CompatValueError("The 'range' type must be [a b] with a < b.")
        elif method == "center":
            center, scale = _type(typ, ("mean", "median"), "mean"), None
            method = "centerscale"
        elif method == "scale":
            center, scale = None, _type(typ, ("std", "mad", "first", "iqr"), "std")
            method = "centerscale"
    return dim, method, arg, center, scale


def _type(typ, names, default):
    if typ is None:
        return default
    if isinstance(typ, str):
        if typ.lower() not in names:
            raise CompatValueError(f"Invalid method type {typ!r}: "
                                   f"{', '.join(repr(n) for n in names)} or a number.")
        return typ.lower()
    return np.asarray(typ, dtype=float)


def _percentile(a, q, axis):
    return np.nanquantile(a, q / 100.0, axis=axis, method="hazen", keepdims=True)


@matlab_function("normalize", nargout=3)
def normalize(A, *args, nargout=1):
    """Normalize data, as MATLAB's ``normalize``.

    MATLAB call forms::

        N = normalize(A)                           ->  normalize(A)      (z-scores)
        N = normalize(A, dim)                      ->  normalize(A, 2)
        N = normalize(___, method, methodtype)     ->  normalize(A, 'norm', 1)
                                                       normalize(A, 'range', [-1, 1])
                                                       normalize(A, 'zscore', 'robust')
        N = normalize(___, 'center', c, 'scale', s)
        [N, C, S] = normalize(___)                 ->  normalize(A, nargout=3)

    ``N = (A - C) ./ S`` along the first non-singleton dimension (or ``dim``), the
    statistics ignoring NaN: z-scores with the sample standard deviation (n - 1),
    'robust' with the median and the unscaled median absolute deviation, vector
    p-norms, 'scale' by the std, MAD, first element, IQR or a number, 'range' onto
    [a, b], 'center' by the mean, the median or a number, 'medianiqr'. ``C`` and ``S``
    let ``normalize(B, 'center', C, 'scale', S)`` repeat the normalisation.
    ``scipy.stats.zscore`` divides by the population std (ddof=0) by default.

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.normalize([1, 2, 3, 4, 5]).round(4)
    array([-1.2649, -0.6325,  0.    ,  0.6325,  1.2649])
    """
    a, dtype = _array(A)
    dim, method, arg, center, scale = _method_args(args)
    a2 = a.reshape(1, -1) if a.ndim == 1 else (a.reshape(1, 1) if a.ndim == 0 else a)
    axis = matlab_dim("normalize", dim, a2.ndim) if dim is not None else \
        first_nonsingleton(a2.shape) - 1
    while a2.ndim <= axis:
        a2 = a2[..., None]
    with np.errstate(invalid="ignore", divide="ignore"):
        c, s = core.center_scale(a2, axis, method, arg, center, scale, _percentile)
        n = (a2 - c) / s
    outs = [_shape_back(n, a).astype(dtype), np.asarray(c).astype(dtype),
            np.asarray(s).astype(dtype)]
    return outs[0] if nargout == 1 else tuple(outs[:nargout])
