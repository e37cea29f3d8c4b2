"""MATLAB ``polyfit``: least-squares polynomial fit by QR of the Vandermonde matrix."""

from __future__ import annotations

import warnings

import numpy as np
import scipy.linalg.lapack

from compat._core.args import check_nargout
from compat._core.errors import (BadlyConditionedWarning, PolyNotUniqueWarning,
                                 matlab_error)
from compat._core.polynomial import (as_numeric, cond1_triangular, result_dtype,
                                     shape_column, shape_row, solve_r, vandermonde)
from compat._core.struct import MatlabStruct
from compat._core.legacy import matlab_function

__all__ = ["polyfit"]

NOT_UNIQUE = "Polynomial is not unique; degree >= number of data points."
BADLY_CONDITIONED = ("Polynomial is badly conditioned. Add points with distinct X values, "
                     "reduce the degree of the polynomial, or try centering and scaling as "
                     "described in HELP POLYFIT.")
BADLY_CONDITIONED_MU = ("Polynomial is badly conditioned. Add points with distinct X values "
                        "or reduce the degree of the polynomial.")
#: MATLAB's polyfit warns when condest(R) exceeds this (double) ...
COND_LIMIT_DOUBLE = 1e10
#: ... or this (single).
COND_LIMIT_SINGLE = 1e5


def _degree(n) -> int:
    value = np.asarray(n)
    if value.dtype.kind not in "biuf" or value.size != 1 or value.dtype.kind == "b":
        raise matlab_error("polyfit", f"N must be a nonnegative integer scalar, got {n!r}",
                           TypeError if value.dtype.kind not in "biufc" else ValueError)
    degree = value.reshape(-1)[0]
    if not np.isfinite(degree) or degree != np.floor(degree) or degree < 0:
        raise matlab_error("polyfit", f"N must be a nonnegative integer scalar, got {n!r}")
    return int(degree)


def _qr_augmented(x: np.ndarray, y: np.ndarray, n: int, keep_v: bool):
    """Householder QR of ``[V y]``: returns (R, Q'*y, V or None).

    One LAPACK ``geqrf`` on the augmented matrix gives the triangular factor ``R`` of
    ``V`` (its first ``n+1`` columns) and ``Q'*y`` (the top of the last column) without
    forming ``Q``: the same Householder reflectors MATLAB's ``qr(V,0)`` computes,
    applied to ``y`` as they are generated.
    """
    A = vandermonde(x, n, y)
    V = A[:, : n + 1].copy(order="F") if keep_v else None
    m, k = x.shape[0], n + 1
    if m == 0:
        return np.zeros((0, k), A.dtype), np.zeros(0, A.dtype), V
    geqrf, = scipy.linalg.lapack.get_lapack_funcs(("geqrf",), (A,))
    qr, _, _, info = geqrf(A, overwrite_a=True)
    if info != 0:  # pragma: no cover - LAPACK argument errors only
        raise matlab_error("polyfit", f"QR factorization failed (LAPACK info {info})",
                           RuntimeError)
    top = min(m, k)
    R = np.triu(qr[:top, :k])
    qty = qr[:top, k].copy()
    return R, qty, V


@matlab_function("polyfit")
def polyfit(x, y, n, nargout=1):
    """Polynomial curve fitting, as MATLAB's ``polyfit``.

    MATLAB call forms::

        p = polyfit(x, y, n)            ->  p = polyfit(x, y, n)
        [p, S] = polyfit(x, y, n)       ->  p, S = polyfit(x, y, n, nargout=2)
        [p, S, mu] = polyfit(x, y, n)   ->  p, S, mu = polyfit(x, y, n, nargout=3)

    The coefficients ``p`` (descending powers, ``p(1)*x^n + ... + p(n+1)``) minimise
    ``norm(polyval(p, x) - y)``. They are computed as MATLAB documents and does it:
    the Vandermonde matrix ``V = [x.^n ... x ones]`` (built by repeated multiplication),
    its economy QR factorisation ``V = Q*R`` (Householder), and ``p = R \\ (Q'*y)``.

    **With three outputs the fit changes** (as in MATLAB): ``mu = [mean(x); std(x)]``
    and the polynomial is fitted in ``xhat = (x - mu(1))/mu(2)``, so ``p`` differs from
    the one- and two-output ``p``; evaluate it with ``polyval(p, x, [], mu)``. Centring
    and scaling is what makes high degrees work (user story 5).

    Parameters
    ----------
    x, y : array_like
        Data points: vectors of any orientation (or arrays, read column-major as
        MATLAB's ``x(:)``) with the same number of elements. double, single or complex;
        logical and integers are computed in double. NaN/Inf are not errors (as in
        MATLAB): they propagate into ``p``.
    n : int
        Degree, a nonnegative integer.
    nargout : {1, 2, 3}
        Number of MATLAB outputs (MATLAB Engine convention).

    Returns
    -------
    p : ndarray
        Coefficients, a row vector of ``n+1`` values: 1-D when ``x`` and ``y`` are 1-D
        (or scalars), else ``(1, n+1)``. Single if ``x`` or ``y`` is single; complex if
        either is complex.
    S : MatlabStruct (``nargout >= 2``)
        MATLAB's error-estimation structure, fields in MATLAB's order:
        ``R`` -- the triangular factor of the QR of ``V`` (``(n+1) x (n+1)``; when there
        are fewer points than coefficients, the ``m x (n+1)`` trapezoidal factor);
        ``df`` -- degrees of freedom ``max(0, length(y) - (n+1))``;
        ``normr`` -- ``norm(y - V*p)``, the norm of the residuals;
        ``rsquared`` -- the coefficient of determination ``1 - (normr/norm(y - mean(y)))^2``
        (listed by the current MATLAB documentation; older releases and Octave lack it).
        ``S`` is a dict as well (``scipy.io.savemat(f, {'S': S})`` writes a MATLAB
        struct; ``S.savemat(f)`` too) and feeds ``polyval``'s error estimate.
    mu : ndarray (``nargout == 3``)
        ``[mean(x); std(x)]`` (``std`` normalised by ``N-1``; 0 for one point): 1-D of
        2 values for 1-D inputs, else a ``(2, 1)`` column.

    Warns
    -----
    PolyNotUniqueWarning
        ``"Polynomial is not unique; degree >= number of data points."`` when
        ``n+1 > length(x)``; then, like MATLAB's ``\\`` for a wide system, ``p`` is the
        *basic* solution (column-pivoted QR, at most ``length(x)`` nonzero entries).
    BadlyConditionedWarning
        When the 1-norm condition number of ``R`` exceeds ``1e10`` (``1e5`` for single):
        MATLAB's text ``"Polynomial is badly conditioned. Add points with distinct X
        values, reduce the degree of the polynomial, or try centering and scaling as
        described in HELP POLYFIT."`` (identifier
        ``MATLAB:polyfit:RepeatedPointsOrRescale``), or, with ``nargout=3`` (already
        centred and scaled), ``"... Add points with distinct X values or reduce the
        degree of the polynomial."`` (``MATLAB:polyfit:RepeatedPoints``). The warning
        object's ``identifier`` attribute holds the identifier.

    Raises
    ------
    ValueError
        ``"polyfit: The first two inputs must have the same number of elements ..."``;
        ``"polyfit: N must be a nonnegative integer scalar ..."``; bad ``nargout``.
    TypeError
        Text or object data.

    Notes
    -----
    Differences from ``numpy.polyfit(x, y, n)``:

    * NumPy has no centring/scaling output, so a high degree on raw ``x`` is
      hopeless: for user story 5 (``x = 0:29``, degree 29) ``numpy.polyfit`` plus an
      evaluator is off by hundreds, while ``[p,S,mu] = polyfit(x,y,29)`` with
      ``polyval(p,x,[],mu)`` reproduces ``y`` to about 0.05 (``cond(R)`` of the centred
      problem is about 4e14; of the raw one beyond 1e40).
    * NumPy solves with ``lstsq`` (SVD) after scaling the columns, and truncates small
      singular values (``rcond``): for a rank-deficient or badly conditioned ``V`` its
      ``p`` differs from MATLAB's QR solution, which does not truncate. For a
      well-conditioned fit both agree to rounding.
    * NumPy's ``cov=True`` scales differently; MATLAB's ``S`` holds ``R``, ``df`` and
      ``normr`` (the covariance of ``p`` is ``inv(R)*inv(R)'*normr^2/df``).
    * NumPy returns a 1-D array always and warns ``RankWarning`` on a different test.

    ``Q'*y`` is obtained from one Householder factorisation of ``[V y]`` (LAPACK
    ``geqrf``) instead of forming ``Q``; this equals MATLAB's ``Q'*y`` up to rounding.
    The badly-conditioned test uses the exact 1-norm condition number of ``R``; MATLAB
    uses ``condest(R)``, an estimate that never exceeds it, so a fit within a factor of
    about 3 of the ``1e10`` limit may warn here and not in MATLAB.

    Sources: MATLAB documentation of ``polyfit`` (call forms, ``S`` fields, ``mu``,
    the "p changes with mu" rule, the warning conditions) and its help text (the QR
    algorithm, ``df = max(0, length(y)-(n+1))``, warning texts and identifiers, the
    ``condest(R) > 1e10`` (double) / ``1e5`` (single) limits); MATLAB documentation of
    ``mldivide`` (basic solution of a wide system); John D'Errico's formula for
    ``R^2`` from ``S.normr`` on MATLAB Answers. GNU Octave 7.3 computes the same ``p``
    and ``R`` (its ``S`` also carries ``X``, ``C`` and ``yf``, and no ``rsquared``);
    it differs where noted in reference_outputs/matlab/polyfit/suite.json: it warns
    about nothing but singular matrices, requires ``x`` and ``y`` of the same size,
    and returns the minimum-norm solution when the degree is too high.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import polyfit, polyval
    >>> x = np.arange(1, 11.0)
    >>> y = np.array([1, 5, 10, 3, 6, 32, 52, 6, 15, 60.0])
    >>> p, S = polyfit(x, y, 6, nargout=2)
    >>> print(np.array2string(p, precision=4, suppress_small=True))
    [  0.0103  -0.2254   1.368    0.7959 -29.4813  78.0417 -50.4333]
    >>> S.df, round(float(S.normr), 4)
    (np.float64(3.0), 26.8533)

    User story 5: degree 29 through 30 points works with centring and scaling:

    >>> import warnings
    >>> x = np.arange(30.0)
    >>> y = np.array([126, 34, 78, 120, 83, 62, 104, 6, 70, 142, 147, 63, 35, 126, 9,
    ...               84, 7, 122, 93, 29, 95, 141, 42, 102, 38, 96, 130, 83, 138, 148.0])
    >>> with warnings.catch_warnings(record=True) as w:
    ...     warnings.simplefilter("always")
    ...     p, S, mu = polyfit(x, y, 29, nargout=3)
    >>> print(w[0].message)
    Polynomial is badly conditioned. Add points with distinct X values or reduce the degree of the polynomial.
    >>> bool(np.max(np.abs(polyval(p, x, None, mu) - y)) < 0.1)
    True
    """
    nargout = check_nargout("polyfit", nargout, 3)
    xa = as_numeric("polyfit", x, "X")
    ya = as_numeric("polyfit", y, "Y")
    if xa.size != ya.size:
        raise matlab_error("polyfit", f"The first two inputs must have the same number of "
                           f"elements (X has {xa.size}, Y has {ya.size}).")
    degree = _degree(n)
    k = degree + 1
    work = result_dtype(xa, ya)
    real = np.finfo(work).dtype
    xv = np.asarray(xa.reshape(-1, order="F"), dtype=work if xa.dtype.kind == "c" else real)
    yv = np.asarray(ya.reshape(-1, order="F"), dtype=work)
    m = xv.shape[0]

    mu = None
    if nargout > 2:
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = xv.sum() / m if m else np.array(np.nan, xv.dtype)
            if m > 1:
                dev = xv - mean
                std = np.sqrt(np.sum((dev * dev.conj()).real) / (m - 1))
            else:
                std = np.array(0.0 if m == 1 else np.nan, dtype=real)
            xv = (xv - mean) / std
        mu = np.array([mean, std], dtype=np.result_type(mean, real))

    R, qty, V = _qr_augmented(xv, yv, degree, keep_v=nargout > 1)
    p = solve_r(R, qty).astype(work, copy=False)

    if R.shape[1] > R.shape[0]:
        warnings.warn(PolyNotUniqueWarning(NOT_UNIQUE, "MATLAB:polyfit:PolyNotUnique"),
                      stacklevel=2)
    else:
        limit = COND_LIMIT_SINGLE if real == np.float32 else COND_LIMIT_DOUBLE
        if cond1_triangular(R) > limit:
            if nargout > 2:
                warnings.warn(BadlyConditionedWarning(
                    BADLY_CONDITIONED_MU, "MATLAB:polyfit:RepeatedPoints"), stacklevel=2)
            else:
                warnings.warn(BadlyConditionedWarning(
                    BADLY_CONDITIONED, "MATLAB:polyfit:RepeatedPointsOrRescale"),
                    stacklevel=2)

    outputs = [shape_row(p, x, y)]
    if nargout > 1:
        with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
            residual = yv - V @ p
            normr = np.linalg.norm(residual)
            spread = np.linalg.norm(yv - (yv.sum() / m if m else np.nan))
            rsquared = 1 - (normr / spread) ** 2
        S = MatlabStruct()
        S.R = R
        S.df = real.type(max(0, m - k))
        S.normr = real.type(normr)
        S.rsquared = real.type(rsquared)
        outputs.append(S)
    if nargout > 2:
        outputs.append(shape_column(mu, x, y))
    return outputs[0] if nargout == 1 else tuple(outputs)
