"""MATLAB's polynomial family: ``polyfit``, ``polyval``, ``roots``, ``poly``, ``polyder``,
``polyint`` and ``polyvalm``.

The legacy layer: it reads MATLAB's arguments (coefficient vectors of any orientation,
``[]`` for an omitted argument, polyfit's structure ``S`` in its struct and old matrix
forms, ``mu``, nargout) and shapes the results as MATLAB orients them; the algorithms
are :mod:`compat._core.polynomials`.
"""

from __future__ import annotations

import numpy as np

from compat._core import polynomials as core
from compat._core.args import is_omitted
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array, real_scalar, result_class
from compat._core.results import Result
from compat._core.struct import MatlabStruct

__all__ = ["polyfit", "polyval", "roots", "poly", "polyder", "polyint", "polyvalm",
           "PolyfitResult", "PolyvalResult", "PolyderResult"]


class PolyfitResult(Result):
    """``[p, S, mu] = polyfit(...)``: coefficients, error structure, centring."""

    request_style = "nargout"
    p: np.ndarray
    S: MatlabStruct
    mu: np.ndarray


class PolyvalResult(Result):
    """``[y, delta] = polyval(...)``: values and error estimate."""

    request_style = "nargout"
    y: np.ndarray
    delta: np.ndarray


class PolyderResult(Result):
    """``[q, d] = polyder(a, b)``: numerator and denominator of ``(a/b)'``."""

    request_style = "nargout"
    q: np.ndarray
    d: np.ndarray


# ------------------------------------------------------------------ the legacy grammar
def _numeric(value, name: str) -> np.ndarray:
    """An input through the MATLAB coercer, computed in floating point."""
    return matlab_array(value, name, to_float=True)


def _vector(value, name: str) -> np.ndarray:
    """A MATLAB vector (row, column, 1-D or scalar; ``[]`` empty) as a 1-D array."""
    array = _numeric(value, name)
    if array.size == 0:
        return array.reshape(0)
    if array.ndim > 2 or (array.ndim == 2 and min(array.shape) > 1):
        raise CompatValueError(f"{name} must be a vector, got an array of shape "
                               f"{array.shape}")
    return array.reshape(-1)


def _row(values: np.ndarray, *inputs) -> np.ndarray:
    """A MATLAB row-vector result: 1-D when every input was 1-D or a scalar (compat's
    rule for MATLAB vectors given as 1-D), else a ``(1, n)`` row."""
    if all(np.ndim(a) <= 1 for a in inputs):
        return values.reshape(-1)
    return values.reshape(1, -1)


def _column(values: np.ndarray, *inputs) -> np.ndarray:
    """A MATLAB column-vector result: 1-D for 1-D/scalar inputs, else ``(n, 1)``."""
    if all(np.ndim(a) <= 1 for a in inputs):
        return values.reshape(-1)
    return values.reshape(-1, 1)


def _degree(n) -> int:
    value = np.asarray(n)
    if value.dtype.kind not in "biuf" or value.size != 1 or value.dtype.kind == "b":
        cls = CompatTypeError if value.dtype.kind not in "biufc" else CompatValueError
        raise cls(f"N must be a nonnegative integer scalar, got {n!r}")
    degree = value.reshape(-1)[0]
    if not np.isfinite(degree) or degree != np.floor(degree) or degree < 0:
        raise CompatValueError(f"N must be a nonnegative integer scalar, got {n!r}")
    return int(degree)


def _field(S, name):
    if isinstance(S, dict):
        if name in S:
            return S[name]
    elif hasattr(S, name):
        return getattr(S, name)
    raise CompatValueError(f"S must be the structure returned by polyfit (fields R, df, "
                           f"normr); it has no field {name!r}")


def _scalar(value, name):
    return real_scalar(value, f"S.{name} must be a real scalar, got {value!r}")


def _unpack_s(S, nc):
    """(R, df, normr) from polyfit's structure or the old matrix form ``[R; df; normr]``."""
    if isinstance(S, np.ndarray) and S.dtype.names is None and S.dtype != object \
            or isinstance(S, (list, tuple)):
        M = np.asarray(S)
        if M.ndim != 2 or M.shape[0] != M.shape[1] + 2 or M.shape[1] != nc:
            raise CompatValueError(f"S matrix must be (n+2)-by-n where n = length(p) = "
                                   f"{nc}, got shape {M.shape}")
        return M[:nc, :nc], M[nc, 0], M[nc + 1, 0]
    if isinstance(S, np.ndarray):  # a struct read by scipy.io.loadmat
        S = MatlabStruct.from_mat(S)
    R = np.asarray(_field(S, "R"))
    df = _scalar(_field(S, "df"), "df")
    normr = _scalar(_field(S, "normr"), "normr")
    if R.ndim != 2 or R.shape[1] != nc:
        raise CompatValueError(f"S.R must have length(p) = {nc} columns, got shape "
                               f"{R.shape}")
    return R, df, normr


# ------------------------------------------------------------------ the functions
@matlab_function("polyfit", nargout=3)
def polyfit(x, y, n, *, nargout=1):
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
    xa = _numeric(x, "X")
    ya = _numeric(y, "Y")
    if xa.size != ya.size:
        raise CompatValueError(f"The first two inputs must have the same number of "
                               f"elements (X has {xa.size}, Y has {ya.size}).")
    degree = _degree(n)
    work = result_class(xa, ya)
    real = np.finfo(work).dtype
    xv = np.asarray(xa.reshape(-1, order="F"), dtype=work if xa.dtype.kind == "c" else real)
    yv = np.asarray(ya.reshape(-1, order="F"), dtype=work)
    fit = core.fit(xv, yv, degree, centre=nargout > 2, statistics=nargout > 1)
    S = mu = None
    if nargout > 1:
        S = MatlabStruct()
        S.R, S.df, S.normr, S.rsquared = fit.R, fit.df, fit.normr, fit.rsquared
    if nargout > 2:
        mu = _column(fit.mu, x, y)
    return PolyfitResult.first(nargout, _row(fit.p, x, y), S, mu)


@matlab_function("polyval", nargout=2)
def polyval(p, x, S=None, mu=None, *, nargout=1):
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
    pa = _numeric(p, "P")
    if pa.size and (pa.ndim > 2 or (pa.ndim == 2 and min(pa.shape) > 1)):
        raise CompatValueError(f"P must be a vector, got an array of shape {pa.shape}")
    pv = pa.reshape(-1)
    xa = _numeric(x, "X")
    shape = xa.shape
    has_mu = not is_omitted(mu)
    mua = None
    if has_mu:
        mua = _vector(mu, "MU")
        if mua.size < 2:
            raise CompatValueError(f"MU must have 2 elements [mean; std], got {mua.size}")
    dtype = result_class(pv, xa, *(() if mua is None else (mua,)))
    xv = xa
    if has_mu:
        with np.errstate(invalid="ignore", divide="ignore"):
            xv = (xa - mua[0]) / mua[1]
    xv = np.asarray(xv).astype(dtype, copy=False)
    with np.errstate(invalid="ignore", over="ignore"):
        y = core.horner(pv.astype(dtype, copy=False), xv, dtype)
    y = y.reshape(shape)
    if nargout == 1:
        return y[()] if y.ndim == 0 else y
    if is_omitted(S):
        raise CompatValueError("S is required to compute the error estimate delta: pass "
                               "the second output of polyfit")
    nc = pv.size
    R, df, normr = _unpack_s(S, nc)
    delta = core.error_estimate(np.asarray(xv).reshape(-1, order="F"), nc, R, df, normr,
                                dtype).reshape(shape, order="F")
    if y.ndim == 0:
        return PolyvalResult.first(nargout, y[()], delta[()])
    return PolyvalResult.first(nargout, y, delta)


@matlab_function("roots")
def roots(p):
    """Polynomial roots, as MATLAB's ``roots``.

    MATLAB call form::

        r = roots(p)   ->  r = roots(p)

    The roots of ``p(1)*x^n + ... + p(n)*x + p(n+1)``, computed as MATLAB does: leading
    zeros are dropped; trailing zeros are removed and give roots at 0; leading
    coefficients so small that ``p(2:end)./p(1)`` overflows to Inf are dropped (the
    degree falls); the remaining ``r`` roots are the eigenvalues of the companion
    matrix ``A = diag(ones(1,n-2),-1); A(1,:) = -p(2:n)./p(1)`` (LAPACK ``geev``,
    with balancing, as MATLAB's ``eig``).

    Parameters
    ----------
    p : array_like
        Coefficients in descending powers: a vector of any orientation (a 1-D array,
        a row, a column or a scalar); ``[]`` gives no roots. double, single or complex;
        logical and integers are computed in double.

    Returns
    -------
    r : ndarray
        A column vector: 1-D for a 1-D (or scalar) ``p``, else ``(k, 1)``. **The roots
        at zero from trailing zeros come first**, then the eigenvalues in LAPACK's
        order (MATLAB's order). Real when every root is real (as MATLAB's ``eig``),
        else complex; single for single input. Empty (``0`` or ``(0, 1)``) when ``p``
        has fewer than two nonzero-spanned coefficients.

    Raises
    ------
    ValueError
        ``"roots: Input must be a vector."`` for a matrix; ``"roots: Input to ROOTS
        must not contain NaN or Inf."`` (MATLAB's messages).
    TypeError
        Text or object data.

    Notes
    -----
    ``numpy.roots`` uses the same companion-matrix method, but returns the roots at
    zero *last* (MATLAB puts them first), does not drop leading coefficients whose
    ratios overflow, returns 1-D only, accepts NaN/Inf (then LAPACK fails with
    ``LinAlgError``) and always computes in double.

    Sources: MATLAB documentation of ``roots`` (companion-matrix method, column
    output, NaN/Inf error) and its help text (stripping of leading/trailing zeros,
    zero roots first, the Inf guard, messages ``MATLAB:roots:NonVectorInput`` and
    ``MATLAB:roots:NonFiniteInput``). GNU Octave 7.3 appends the zero roots at the
    *end* instead (recorded as an Octave divergence in
    reference_outputs/matlab/polyfit/suite.json).

    Examples
    --------
    >>> from compat.matlab import roots
    >>> roots([3, -2, -4])                 # 3x^2 - 2x - 4
    array([ 1.53518376, -0.86851709])
    >>> roots([1, -3, 2, 0])               # x(x-1)(x-2): the zero root first
    array([0., 2., 1.])
    >>> roots([[1], [0], [-1]])            # a column in, a column out
    array([[-1.],
           [ 1.]])
    """
    array = _numeric(p, "P")
    if array.ndim > 2 or (array.ndim == 2 and array.shape[0] > 1 and array.shape[1] > 1):
        raise CompatValueError("Input must be a vector.")
    c = array.reshape(-1)
    if not np.all(np.isfinite(c)):
        raise CompatValueError("Input to ROOTS must not contain NaN or Inf.")
    return _column(core.roots(c), p)


@matlab_function("poly")
def poly(r):
    """Polynomial with specified roots or characteristic polynomial, as MATLAB's ``poly``.

    MATLAB call forms::

        p = poly(r)   ->  p = poly(r)    # r a vector of roots
        p = poly(A)   ->  p = poly(A)    # A a square matrix: det(lambda*I - A)

    For a square matrix the roots are its eigenvalues (``eig(A)``, LAPACK ``geev``).
    Infinite roots are dropped, then the coefficients are built by MATLAB's recursion
    ``c = [1 0 ... 0]; c(2:j+1) = c(2:j+1) - e(j).*c(1:j)`` for each root in turn. If
    the complex roots come in exact conjugate pairs the result is made real.

    Parameters
    ----------
    r : array_like
        A vector of roots (any orientation, 1-D, or a scalar -- a 1x1 matrix, whose
        eigenvalue is itself), or a square matrix (2-D, ``n x n``). ``[]`` gives ``1``.

    Returns
    -------
    p : ndarray
        A row of ``n+1`` coefficients, ``p(1) = 1``: 1-D for a 1-D or scalar input,
        else ``(1, n+1)``. Single for single input, complex unless real by the
        conjugate-pair rule (or real roots).

    Raises
    ------
    ValueError
        ``"poly: Argument must be a vector or a square matrix."``; ``"poly: Input to
        EIG must not contain NaN or Inf."`` for a square matrix with NaN/Inf (MATLAB's
        ``eig`` error). A vector with NaN gives NaN coefficients (as in MATLAB).
    TypeError
        Text or object data.

    Notes
    -----
    ``numpy.poly`` uses the same recursion (via ``convolve``) and the same
    conjugate-pair rule, but keeps infinite roots (NaN coefficients), treats a 1x1
    matrix and a vector alike only by accident of shape, and returns 1-D always.

    Sources: MATLAB documentation of ``poly`` (vector and matrix forms, characteristic
    polynomial via eigenvalues) and its help text (the recursion, Inf roots removed,
    real result for conjugate pairs, ``MATLAB:poly:InputSize``). GNU Octave 7.3 agrees.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import poly
    >>> poly([2, 3])
    array([ 1., -5.,  6.])
    >>> np.round(poly([[1, 8, -10], [-4, 2, 4], [-5, 2, 8]]), 8)
    array([[  1., -11.,   0., -84.]])
    >>> poly([1j, -1j])                    # conjugate pair: real
    array([1., 0., 1.])
    """
    array = _numeric(r, "R")
    if array.ndim == 2 and array.shape[0] == array.shape[1]:
        if not np.all(np.isfinite(array)):
            raise CompatValueError("Input to EIG must not contain NaN or Inf.")
        e = np.linalg.eigvals(array) if array.size else np.zeros(0, array.dtype)
        if e.dtype.kind == "c" and np.all(e.imag == 0) and array.dtype.kind != "c":
            e = e.real
        e = e.astype(np.result_type(e.dtype, array.dtype), copy=False)
    elif array.ndim <= 1 or (array.ndim == 2 and 1 in array.shape):
        e = array.reshape(-1)
    else:
        raise CompatValueError(f"Argument must be a vector or a square matrix, got an "
                               f"array of shape {array.shape}.")
    c = core.poly(e, np.finfo(array.dtype).dtype)
    if array.ndim <= 1 or array.ndim == 0:
        return c
    return c.reshape(1, -1)


@matlab_function("polyder", nargout=2)
def polyder(u, v=None, *, nargout=1):
    """Polynomial differentiation, as MATLAB's ``polyder``.

    MATLAB call forms::

        k = polyder(p)           ->  k = polyder(p)          # d/dx p
        k = polyder(a, b)        ->  k = polyder(a, b)       # d/dx (a*b)
        [q, d] = polyder(a, b)   ->  q, d = polyder(a, b, nargout=2)   # d/dx (a/b) = q/d

    As MATLAB computes it: ``a' = a(1:n-1).*(n-1:-1:1)``; the product rule
    ``conv(a',b) + conv(a,b')`` and the quotient rule numerator ``conv(a',b) -
    conv(a,b')`` (the shorter sum padded with leading zeros), denominator
    ``conv(b,b)``; leading zeros are then removed (an all-zero result is ``0``).

    Parameters
    ----------
    u, v : array_like
        Coefficient vectors (descending powers), any orientation; ``v`` omitted
        (``None``/``[]``) means 1.
    nargout : {1, 2}
        2 returns the quotient derivative ``(q, d)``.

    Returns
    -------
    k or (q, d) : ndarray
        Rows: 1-D when the inputs are 1-D or scalars, else ``(1, n)``. Single if an
        input is single; complex if one is complex.

    Raises
    ------
    ValueError
        ``"polyder: ... must be a vector ..."`` for matrices; bad ``nargout``.
    TypeError
        Text or object data.

    Notes
    -----
    ``numpy.polyder(p)`` differentiates one polynomial only (no product or quotient
    form) and keeps leading zeros of its input; ``numpy.polyder([5])`` is ``[]`` where
    MATLAB gives ``0``.

    Sources: MATLAB documentation of ``polyder`` (the three call forms, examples) and
    its help text (the formulas, leading-zero removal). GNU Octave 7.3 agrees.

    Examples
    --------
    >>> from compat.matlab import polyder
    >>> polyder([1, 0, -2, -5])
    array([ 3.,  0., -2.])
    >>> polyder([3, 6, 9], [1, 2, 0])                 # derivative of the product
    array([12., 36., 42., 18.])
    >>> q, d = polyder([1, 0, -3, 0, -1], [1, 4], nargout=2)
    >>> q, d
    (array([  3.,  16.,  -3., -24.,   1.]), array([ 1.,  8., 16.]))
    """
    ua = _vector(u, "A")
    inputs = [u]
    if is_omitted(v):
        va = np.ones(1)
    else:
        va = _vector(v, "B")
        inputs.append(v)
    work = result_class(ua, va)
    ua = ua.astype(work, copy=False)
    va = va.astype(work, copy=False)
    if nargout < 2:
        return _row(core.derivative(ua, va), *inputs)
    q, d = core.derivative(ua, va, quotient=True)
    return PolyderResult.first(nargout, _row(q, *inputs), _row(d, *inputs))


@matlab_function("polyint")
def polyint(p, k=None):
    """Polynomial integration, as MATLAB's ``polyint``.

    MATLAB call forms::

        q = polyint(p)      ->  q = polyint(p)        # constant of integration 0
        q = polyint(p, k)   ->  q = polyint(p, k)

    ``q = [p ./ (n:-1:1), k]`` for ``p`` of length ``n``: the antiderivative whose
    value at 0 is ``k``.

    Parameters
    ----------
    p : array_like
        Coefficients (descending powers), a vector of any orientation; ``[]`` gives
        ``k``.
    k : scalar, optional
        Constant of integration (default 0; ``None``/``[]`` mean 0).

    Returns
    -------
    q : ndarray
        A row of ``n+1`` coefficients: 1-D for a 1-D or scalar ``p``, else
        ``(1, n+1)``. Single if ``p`` or ``k`` is single; complex if either is.

    Raises
    ------
    ValueError
        ``"polyint: ... must be a vector ..."``; ``"polyint: K must be a scalar ..."``.
    TypeError
        Text or object data.

    Notes
    -----
    ``numpy.polyint(p, k=k)`` gives the same values for 1-D input (it also offers
    repeated integration, which MATLAB does not), returning 1-D always.

    Sources: MATLAB documentation of ``polyint`` (call forms, examples). GNU Octave
    7.3 agrees.

    Examples
    --------
    >>> from compat.matlab import polyint
    >>> polyint([3, 0, -4, 10, -25])
    array([  0.6       ,   0.        ,  -1.33333333,   5.        ,
           -25.        ,   0.        ])
    >>> polyint([2, 1], 5)
    array([1., 1., 5.])
    """
    pv = _vector(p, "P")
    if is_omitted(k):
        ka = np.zeros(1)
    else:
        ka = _numeric(k, "K")
        if ka.size != 1:
            raise CompatValueError(f"K must be a scalar (the constant of integration), got "
                                   f"an array of shape {ka.shape}")
        ka = ka.reshape(1)
    dtype = result_class(pv, ka)
    return _row(core.integral(pv.astype(dtype), ka.astype(dtype)), p)


@matlab_function("polyvalm")
def polyvalm(p, X):
    """Matrix polynomial evaluation, as MATLAB's ``polyvalm``.

    MATLAB call form::

        Y = polyvalm(p, X)   ->  Y = polyvalm(p, X)

    ``Y = p(1)*X^n + ... + p(n)*X + p(n+1)*I`` in the sense of matrix products (not
    element by element as ``polyval``), evaluated by Horner's scheme with matrix
    products: ``Y = p(1)*I``, then ``Y = X*Y + p(i)*I``.

    Parameters
    ----------
    p : array_like
        Coefficients (descending powers), a vector; ``[]`` gives the zero matrix.
    X : array_like
        A square matrix (2-D; a scalar is a 1x1 matrix).

    Returns
    -------
    Y : ndarray
        The shape of ``X``. Single if ``p`` or ``X`` is single; complex if either is.

    Raises
    ------
    ValueError
        ``"polyvalm: Matrix must be square."`` (MATLAB's message); ``p`` not a vector.
    TypeError
        Text or object data.

    Notes
    -----
    ``numpy.polyval(p, X)`` evaluates element by element -- a different function
    (MATLAB's ``polyval``). There is no NumPy matrix-polynomial evaluator.

    Sources: MATLAB documentation of ``polyvalm`` (definition, Cayley-Hamilton example
    ``polyvalm(poly(X), X)`` close to zero) and its help text (Horner with matrix
    products, ``MATLAB:polyvalm:NonSquareMatrix``). GNU Octave 7.3 agrees to rounding
    (it multiplies ``Y*X`` rather than ``X*Y``; the two commute in exact arithmetic).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import polyvalm
    >>> polyvalm([1, 0, -1], [[1, 2], [3, 4]])        # X^2 - I
    array([[ 6., 10.],
           [15., 21.]])
    """
    pv = _vector(p, "P")
    Xa = _numeric(X, "X")
    if Xa.ndim == 0:
        Xa = Xa.reshape(1, 1)
    if Xa.ndim != 2 or Xa.shape[0] != Xa.shape[1]:
        raise CompatValueError(f"Matrix must be square (X has shape {Xa.shape}).")
    # the coefficients stay in their own class: MATLAB adds them to the result's class
    return core.matrix_horner(pv, Xa.astype(result_class(pv, Xa), copy=False))
