"""MATLAB ``polyval``: polynomial evaluation (Horner) with polyfit's error estimate."""

from __future__ import annotations

import warnings

import numpy as np
import scipy.linalg

from compat._core.args import check_nargout, is_omitted
from compat._core.errors import ZeroDegreesOfFreedomWarning, matlab_error
from compat._core.polynomial import as_numeric, as_vector, horner, result_dtype, vandermonde
from compat._core.legacy import matlab_function

__all__ = ["polyval"]

ZERO_DOF = "Zero degrees of freedom implies infinite error bounds."


def _field(S, name):
    if isinstance(S, dict):
        if name in S:
            return S[name]
    elif hasattr(S, name):
        return getattr(S, name)
    raise matlab_error("polyval", f"S must be the structure returned by polyfit (fields R, "
                       f"df, normr); it has no field {name!r}")


def _scalar(value, name):
    array = np.asarray(value)
    if array.size != 1 or array.dtype.kind not in "biuf":
        raise matlab_error("polyval", f"S.{name} must be a real scalar, got {value!r}")
    return array.reshape(-1)[0]


def _unpack_s(S, nc):
    """(R, df, normr) from polyfit's structure or the old matrix form ``[R; df; normr]``."""
    if isinstance(S, np.ndarray) and S.dtype.names is None and S.dtype != object \
            or isinstance(S, (list, tuple)):
        M = np.asarray(S)
        if M.ndim != 2 or M.shape[0] != M.shape[1] + 2 or M.shape[1] != nc:
            raise matlab_error("polyval", f"S matrix must be (n+2)-by-n where "
                               f"n = length(p) = {nc}, got shape {M.shape}")
        return M[:nc, :nc], M[nc, 0], M[nc + 1, 0]
    if isinstance(S, np.ndarray):  # a struct read by scipy.io.loadmat
        from compat._core.struct import MatlabStruct
        S = MatlabStruct.from_mat(S)
    R = np.asarray(_field(S, "R"))
    df = _scalar(_field(S, "df"), "df")
    normr = _scalar(_field(S, "normr"), "normr")
    if R.ndim != 2 or R.shape[1] != nc:
        raise matlab_error("polyval", f"S.R must have length(p) = {nc} columns, got shape "
                           f"{R.shape}")
    return R, df, normr


@matlab_function("polyval")
def polyval(p, x, S=None, mu=None, nargout=1):
    """Polynomial evaluation, as MATLAB's ``polyval``.

    MATLAB call forms::

        y = polyval(p, x)                 ->  y = polyval(p, x)
        [y, delta] = polyval(p, x, S)     ->  y, delta = polyval(p, x, S, nargout=2)
        y = polyval(p, x, [], mu)         ->  y = polyval(p, x, None, mu)   # or []
        [y, delta] = polyval(p, x, S, mu) ->  y, delta = polyval(p, x, S, mu, nargout=2)

    ``y = p(1)*x^n + ... + p(n)*x + p(n+1)`` element by element, by Horner's scheme
    (``y = p(1); y = x.*y + p(i)``) as MATLAB evaluates it. With ``mu`` (the third
    output of ``polyfit``) the polynomial is evaluated at ``(x - mu(1))/mu(2)``.

    Parameters
    ----------
    p : array_like
        Coefficients in descending powers: a vector of any orientation, or empty
        (then ``y`` is zeros).
    x : array_like
        Points: any shape; ``y`` and ``delta`` have the shape of ``x`` (a 1-D ``x``
        gives 1-D, a scalar a NumPy scalar).
    S : MatlabStruct, dict, ndarray, optional
        polyfit's second output (or the same struct read back from a ``.mat`` file, or
        MATLAB 5's matrix form ``[R; df; normr]``). ``None`` or ``[]`` for omitted.
        Needed only for ``delta``.
    mu : array_like, optional
        ``[mean; std]`` from ``polyfit`` (2 elements).
    nargout : {1, 2}
        2 also returns ``delta``.

    Returns
    -------
    y : ndarray
        Single if ``p`` or ``x`` is single; complex if either is complex.
    delta : ndarray (``nargout=2``)
        MATLAB's error estimate ``normr/sqrt(df) * sqrt(1 + sum((V/R).^2, 2))``, with
        ``V`` the Vandermonde matrix of the (scaled) ``x``. For independent normal
        errors of constant variance in ``y`` the interval ``y +/- delta`` contains at
        least 50% of predictions (MATLAB's documentation). Inf everywhere, with a
        warning, when ``S.df`` is 0.

    Warns
    -----
    ZeroDegreesOfFreedomWarning
        ``"Zero degrees of freedom implies infinite error bounds."`` (``df == 0``).

    Raises
    ------
    ValueError
        ``"polyval: P must be a vector ..."``; ``"polyval: S is required ..."`` for
        ``nargout=2`` without ``S``; a malformed ``S``; ``mu`` without 2 elements.
    TypeError
        Text or object data.

    Notes
    -----
    ``numpy.polyval(p, x)`` evaluates the same Horner scheme but has no ``S``/``delta``
    and no ``mu`` (applying ``mu`` by hand is easy to forget, and then a centred fit
    evaluates to nonsense); ``numpy.polynomial.polynomial.polyval`` takes the
    coefficients in *ascending* order, the opposite of MATLAB's.

    The square of ``V/R`` is taken element by element without conjugation (MATLAB's
    ``E.*E``), so complex data give a complex ``delta`` as in MATLAB.

    Sources: MATLAB documentation of ``polyval`` (call forms, ``delta`` and its 50%
    interpretation, ``mu``, output size) and its help text (Horner's method, the
    ``V/R`` error formula, the zero-degrees-of-freedom warning, the old matrix form
    of ``S``). GNU Octave 7.3 agrees on ``y`` and ``delta``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import polyval, polyfit
    >>> polyval([3, 2, 1], [5, 7, 9])
    array([ 86., 162., 262.])
    >>> x = np.arange(1, 11.0)
    >>> p, S = polyfit(x, 2 * x + np.sin(x), 1, nargout=2)
    >>> y, delta = polyval(p, x, S, nargout=2)
    >>> delta.shape
    (10,)
    """
    nargout = check_nargout("polyval", nargout, 2)
    pa = as_numeric("polyval", p, "P")
    if pa.size and (pa.ndim > 2 or (pa.ndim == 2 and min(pa.shape) > 1)):
        raise matlab_error("polyval", f"P must be a vector, got an array of shape "
                           f"{pa.shape}")
    pv = pa.reshape(-1)
    xa = as_numeric("polyval", x, "X")
    shape = xa.shape
    has_mu = not is_omitted(mu)
    mua = None
    if has_mu:
        mua = as_vector("polyval", mu, "MU")
        if mua.size < 2:
            raise matlab_error("polyval", f"MU must have 2 elements [mean; std], got "
                               f"{mua.size}")
    dtype = result_dtype(pv, xa, *(() if mua is None else (mua,)))
    xv = xa
    if has_mu:
        with np.errstate(invalid="ignore", divide="ignore"):
            xv = (xa - mua[0]) / mua[1]
    xv = np.asarray(xv).astype(dtype, copy=False)
    with np.errstate(invalid="ignore", over="ignore"):
        y = horner(pv.astype(dtype, copy=False), xv, dtype)
    y = y.reshape(shape)
    if nargout == 1:
        return y[()] if y.ndim == 0 else y

    if is_omitted(S):
        raise matlab_error("polyval", "S is required to compute the error estimate delta: "
                           "pass the second output of polyfit")
    nc = pv.size
    R, df, normr = _unpack_s(S, nc)
    flat = np.asarray(xv).reshape(-1, order="F")
    V = vandermonde(flat, nc - 1) if nc else np.zeros((flat.size, 0))
    R = np.asarray(R)
    if nc:
        with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
            if R.shape[0] == nc and np.allclose(R, np.triu(R), rtol=0, atol=0):
                E = scipy.linalg.solve_triangular(R, V.T, trans="T", lower=False,
                                                  check_finite=False).T
            else:  # MATLAB's V/R for a non-triangular or rectangular R: least squares
                E = np.linalg.lstsq(R.T, V.T, rcond=None)[0].T
            e = np.sqrt(1 + np.sum(E * E, axis=1))
    else:
        e = np.ones(flat.size)
    if df == 0:
        warnings.warn(ZeroDegreesOfFreedomWarning(ZERO_DOF, "MATLAB:polyval:ZeroDOF"),
                      stacklevel=2)
        delta = np.full(e.shape, np.inf, dtype=e.dtype)
    else:
        delta = normr / np.sqrt(df) * e
    delta = delta.astype(np.result_type(delta.dtype, np.finfo(dtype).dtype), copy=False)
    if np.finfo(dtype).dtype == np.float32:
        delta = delta.astype(np.complex64 if delta.dtype.kind == "c" else np.float32)
    delta = delta.reshape(shape, order="F")
    if y.ndim == 0:
        return y[()], delta[()]
    return y, delta
