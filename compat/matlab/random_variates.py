"""MATLAB's random variates (Statistics and Machine Learning Toolbox): ``normrnd``,
``lognrnd``, ``unifrnd``, ``exprnd``, ``randg``, ``gamrnd``, ``betarnd``, ``chi2rnd``,
``trnd``, ``wblrnd``, ``raylrnd``, ``mvnrnd`` and the covariance factor ``cholcov``,
drawing from MATLAB's default stream.

The legacy layer of the family, over :mod:`compat._core.random_variates` and the
stream of :mod:`compat._core.mt19937` (``rng``/``rand``/``randn`` of
:mod:`compat.matlab.random`): after ``rng(seed)`` the numbers are MATLAB's. Each
function applies MATLAB's documented transformation to ``rand``/``randn`` numbers
drawn for the whole output at once, column-major, before the parameters are used (so a
parameter outside its domain gives NaN and still uses its number):

* ``normrnd``: ``randn(sz) .* sigma + mu``; ``lognrnd``: ``exp(randn(sz) .* sigma +
  mu)``; ``unifrnd``: ``a + (b - a) .* rand(sz)``; ``exprnd``: ``-mu .* log(rand(sz))``;
* ``randg``/``gamrnd``: Marsaglia and Tsang's gamma generator, element by element
  (see :mod:`compat._core.random_variates`), scaled by ``b``; ``betarnd``: ``g1 ./ (g1
  + g2)`` with ``g1 = randg(A)`` drawn for the whole array before ``g2 = randg(B)``;
  ``chi2rnd``: ``2 .* randg(nu ./ 2)``; ``trnd``: ``randn(sz) ./ sqrt(2 .* randg(nu ./
  2) ./ nu)``, the normals first;
* ``wblrnd``: ``A .* (-log(rand(sz))) .^ (1 ./ B)``; ``raylrnd``: ``sqrt(randn(sz) .^ 2
  + randn(sz) .^ 2) .* B``, the first array of normals drawn before the second;
* ``mvnrnd``: ``randn(n, d) * T + mu`` with ``T = cholcov(Sigma)``.

Every value printed on these functions' MATLAB reference pages is reproduced (see the
golden suite ``matlab/random_variates``). Arguments follow MATLAB's size rules: the
parameters are arrays of one size or scalars (no implicit expansion); size arguments,
when given, must agree with any non-scalar parameter ("Size information is
inconsistent."). Single parameters give single results (the double numbers rounded,
as compat's ``randn(..., 'single')``: MATLAB's single generation is not reproduced).

GNU Octave seeds its generators differently, so it is no oracle for the numbers; the
goldens are MATLAB's printed values, plus Octave's ``cholcov`` (deterministic).
``numpy.random.Generator.normal`` & co. use other streams and fill rows first.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import mt19937
from compat._core import random_variates as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat.matlab.distributions import _expand, _finish
from compat.matlab.random import _size

__all__ = ["normrnd", "lognrnd", "unifrnd", "exprnd", "unidrnd", "randg", "gamrnd", "betarnd",
           "chi2rnd", "trnd", "wblrnd", "raylrnd", "mvnrnd", "cholcov"]


def _parameters(params, sizes, legacy):
    """The parameters expanded to the output size: ``(arrays, dtype, shape, finish)``
    where ``finish(out)`` gives the result MATLAB's call returns."""
    rows, dtype, shape, scalar, flat = _expand(*params)
    if any(isinstance(s, str) for s in sizes):
        raise CompatValueError(f"{legacy}: unexpected option string among the size "
                               "arguments")
    if not sizes:
        return rows, dtype, tuple(shape), lambda out: _finish(out, shape, scalar, flat)
    size, _ = _size(sizes)
    for (value, _label), row in zip(params, rows):
        if np.size(value) != 1 and tuple(row.shape) != tuple(size):
            raise CompatValueError("Size information is inconsistent.")
    rows = [np.broadcast_to(r.reshape(()) if r.size == 1 else r, size) for r in rows]
    return rows, dtype, tuple(size), lambda out: np.array(out)


def _normal(shape, dtype):
    return mt19937.normal(shape).astype(dtype)


def _uniform(shape, dtype):
    return mt19937.draw(shape).astype(dtype)


@matlab_function("normrnd")
def normrnd(mu=0.0, sigma=1.0, *sz):
    """Normal random numbers, as MATLAB's ``normrnd``.

    MATLAB call forms::

        r = normrnd(mu, sigma)                  ->  normrnd(mu, sigma)
        r = normrnd(mu, sigma, sz1, ..., szN)   ->  normrnd(0, 1, 2, 3)
        r = normrnd(mu, sigma, sz)              ->  normrnd(0, 1, [2, 3])

    ``randn(sz) .* sigma + mu`` on MATLAB's default stream: after ``rng('default')``
    the numbers are MATLAB's (the reference page prints ``normrnd(0, 1)`` = 0.5377 and
    ``normrnd(3, 10, [1, 5])`` = 8.3767 21.3389 -19.5885 11.6217 6.1877). ``sigma < 0``
    gives NaN; ``sigma = 0`` gives ``mu``. Differences from
    ``np.random.default_rng().normal``: another stream, and numpy fills rows first.

    Examples
    --------
    >>> from compat import matlab
    >>> _ = matlab.rng('default')
    >>> matlab.normrnd(3, 10, [1, 5]).round(4)
    array([[  8.3767,  21.3389, -19.5885,  11.6217,   6.1877]])
    """
    (mu, sigma), dtype, shape, finish = _parameters(((mu, "mu"), (sigma, "sigma")), sz,
                                                    "normrnd")
    with np.errstate(invalid="ignore"):
        r = _normal(shape, dtype) * sigma + mu
    return finish(np.where(sigma < 0, dtype.type(np.nan), r))


@matlab_function("lognrnd")
def lognrnd(mu=0.0, sigma=1.0, *sz):
    """Lognormal random numbers, as MATLAB's ``lognrnd``.

    MATLAB call forms::

        r = lognrnd(mu, sigma)                  ->  lognrnd(mu, sigma)
        r = lognrnd(mu, sigma, sz1, ..., szN)   ->  lognrnd(0, 1, 2, 2)
        r = lognrnd(mu, sigma, sz)              ->  lognrnd(0, 1, [2, 2])

    ``exp(randn(sz) .* sigma + mu)``: ``mu`` and ``sigma`` are the mean and standard
    deviation of the logarithm (scipy's ``lognorm(s=sigma, scale=exp(mu))``). After
    ``rng('default')``, ``lognrnd(0, 1, [2 2])`` is MATLAB's printed ``[1.7120 0.1045;
    6.2582 2.3683]``. ``sigma < 0`` gives NaN.

    Examples
    --------
    >>> from compat import matlab
    >>> _ = matlab.rng('default')
    >>> matlab.lognrnd(0, 1, [2, 2]).round(4)
    array([[1.712 , 0.1045],
           [6.2582, 2.3683]])
    """
    (mu, sigma), dtype, shape, finish = _parameters(((mu, "mu"), (sigma, "sigma")), sz,
                                                    "lognrnd")
    with np.errstate(invalid="ignore", over="ignore"):
        r = np.exp(_normal(shape, dtype) * sigma + mu)
    return finish(np.where(sigma < 0, dtype.type(np.nan), r))


@matlab_function("unifrnd")
def unifrnd(a=0.0, b=1.0, *sz):
    """Continuous uniform random numbers on ``(a, b)``, as MATLAB's ``unifrnd``.

    MATLAB call forms::

        r = unifrnd(a, b)                  ->  unifrnd(0, 1:5)
        r = unifrnd(a, b, sz1, ..., szN)   ->  unifrnd(0, 1, 2, 3)
        r = unifrnd(a, b, sz)              ->  unifrnd(0, 1, [2, 3])

    ``a + (b - a) .* rand(sz)``; ``a > b`` gives NaN. After ``rng('default')``,
    ``unifrnd(0, 1:5)`` is MATLAB's printed 0.8147 1.8116 0.3810 3.6535 3.1618.
    ``np.random.uniform(a, b)`` computes ``a + (b - a) * u`` too, on another stream.

    Examples
    --------
    >>> from compat import matlab
    >>> _ = matlab.rng('default')
    >>> matlab.unifrnd(0, [[1, 2, 3, 4, 5]]).round(4)
    array([[0.8147, 1.8116, 0.381 , 3.6535, 3.1618]])
    """
    (a, b), dtype, shape, finish = _parameters(((a, "a"), (b, "b")), sz, "unifrnd")
    with np.errstate(invalid="ignore", over="ignore"):
        r = a + (b - a) * _uniform(shape, dtype)
    return finish(np.where(a > b, dtype.type(np.nan), r))


@matlab_function("exprnd")
def exprnd(mu=1.0, *sz):
    """Exponential random numbers with mean ``mu``, as MATLAB's ``exprnd``.

    MATLAB call forms::

        r = exprnd(mu)                  ->  exprnd(5)
        r = exprnd(mu, sz1, ..., szN)   ->  exprnd(3, 2, 6)
        r = exprnd(mu, sz)              ->  exprnd(3, [2, 6])

    ``-mu .* log(rand(sz))``: ``mu`` is the mean (numpy's ``scale``, not a rate).
    After ``rng('default')``, ``exprnd(5)`` is MATLAB's printed 1.0245. ``mu < 0``
    gives NaN.

    Examples
    --------
    >>> from compat import matlab
    >>> _ = matlab.rng('default')
    >>> round(float(matlab.exprnd(5)), 4)
    1.0245
    """
    (mu,), dtype, shape, finish = _parameters(((mu, "mu"),), sz, "exprnd")
    with np.errstate(invalid="ignore", divide="ignore"):
        r = -mu * np.log(_uniform(shape, dtype))
    return finish(np.where(mu < 0, dtype.type(np.nan), r))


@matlab_function("unidrnd")
def unidrnd(n, *sz):
    """Discrete uniform random integers on 1..n, as MATLAB's ``unidrnd``.

    MATLAB call forms::

        r = unidrnd(n)                  ->  unidrnd(6)
        r = unidrnd(n, sz1, ..., szN)   ->  unidrnd(6, 2, 5)
        r = unidrnd(n, sz)              ->  unidrnd(6, [2, 5])

    ``ceil(n .* rand(sz))`` on MATLAB's default stream (unidrnd.m), so the draws equal
    MATLAB's after the same ``rng`` call; ``n`` that is not a positive integer gives
    NaN. Differences from ``numpy.random.randint(1, n + 1)``: the generator and its
    consumption (one uniform per element), and the class (double, single for single n).

    Examples
    --------
    >>> from compat import matlab
    >>> _ = matlab.rng('default')
    >>> matlab.unidrnd(6, 1, 5)        # ceil(6 * rand(1, 5)) from the default stream
    array([[5., 6., 1., 6., 4.]])
    """
    (n,), dtype, shape, finish = _parameters(((n, "n"),), sz, "unidrnd")
    bad = (n <= 0) | (np.round(n) != n)
    with np.errstate(invalid="ignore"):
        r = np.ceil(np.where(bad, np.nan, n) * _uniform(shape, dtype))
    return finish(r.astype(dtype))


@matlab_function("randg")
def randg(A=1.0, *sz):
    """Gamma random numbers with unit scale, as MATLAB's ``randg``.

    MATLAB call forms::

        r = randg                  ->  randg()           (shape 1)
        r = randg(A)               ->  randg([[1, 2, 3]])
        r = randg(A, sz1, ..., szN) -> randg(2, 3, 3)
        r = randg(A, sz)           ->  randg(2, [3, 3])

    Marsaglia and Tsang's method (a uniform, then a normal, per attempt; element by
    element in column-major order), which reproduces every value MATLAB's ``gamrnd``
    page prints. A shape below 1 boosts a shape ``A + 1`` draw by ``w.^(1/A)`` in
    MATLAB's layout: the first attempt's uniform, then ONE boost uniform ``w`` per
    element, then the normal; a rejected attempt draws a new uniform and normal only
    (this reproduces the trnd page and all but one value of the chi2rnd page, see
    :func:`chi2rnd`). ``A = 0`` gives 0, a negative or NaN shape NaN. ``numpy``'s
    ``standard_gamma`` is another algorithm on another stream.

    Speed (bench/bench_matlab_random.py, CPU time, Octave on one thread): with numba
    (``compat[fast]``) the element loop runs compiled on the Twister's own state
    (:mod:`compat._core.accelerated_random`, the same values): 10^5 draws of shape 2.5
    in about 2 ms (0.6x Octave's ``gamrnd``), 10^4 of shape 0.5 in 0.4 ms (0.85x: a
    shape below 1 costs a C ``pow`` per value). Without numba the attempts of shapes
    >= 1 are decided in bulk from read-ahead Twister words (about 9x Octave) and shapes
    below 1 go element by element in Python (60-90x).

    Examples
    --------
    >>> from compat import matlab
    >>> _ = matlab.rng('default')
    >>> round(float(matlab.randg(5)) * 7, 4)     # gamrnd(5, 7)
    68.9857
    """
    (A,), dtype, shape, finish = _parameters(((A, "A"),), sz, "randg")
    return finish(core.unit_gamma(np.asarray(A, dtype=np.float64)).astype(dtype))


@matlab_function("gamrnd")
def gamrnd(a, b=1.0, *sz):
    """Gamma random numbers with shape ``a`` and scale ``b``, as MATLAB's ``gamrnd``.

    MATLAB call forms::

        r = gamrnd(a, b)                  ->  gamrnd(5, 7)
        r = gamrnd(a, b, sz1, ..., szN)   ->  gamrnd(3, 7, 2, 3)
        r = gamrnd(a, b, sz)              ->  gamrnd(3, 7, [2, 3])

    ``randg(a) .* b`` (see :func:`randg`): after ``rng('default')`` MATLAB's page
    prints ``gamrnd(5, 7)`` = 68.9857, and in one run ``gamrnd(1:5, 2)`` = 7.1297
    6.0918 2.1010 8.7253 29.5447, ``gamrnd(3, 7, [2 3])``, ``gamrnd(1:6, 5:10, 1, 6)``
    -- all reproduced. ``b`` is a scale (numpy's ``scale``), not a rate. A negative
    shape or scale gives NaN.

    Examples
    --------
    >>> from compat import matlab
    >>> _ = matlab.rng('default')
    >>> matlab.gamrnd([[1, 2, 3, 4, 5]], 2).round(4)
    array([[ 7.1297,  6.0918,  2.101 ,  8.7253, 29.5447]])
    """
    (a, b), dtype, shape, finish = _parameters(((a, "a"), (b, "b")), sz, "gamrnd")
    g = core.unit_gamma(np.array(a, dtype=np.float64))
    with np.errstate(invalid="ignore"):
        r = (g * np.asarray(b, dtype=np.float64)).astype(dtype)
    return finish(np.where(b < 0, dtype.type(np.nan), r))


def _invalid(r, bad, dtype):
    return np.where(bad, dtype.type(np.nan), r)


@matlab_function("betarnd")
def betarnd(A, B, *sz):
    """Beta random numbers, as MATLAB's ``betarnd``.

    MATLAB call forms::

        r = betarnd(A, B)                  ->  betarnd(A, B)
        r = betarnd(A, B, sz1, ..., szN)   ->  betarnd(5, 10, 3, 4, 2)
        r = betarnd(A, B, sz)              ->  betarnd(5, 10, [3, 4])

    ``g1 ./ (g1 + g2)`` with ``g1 = randg(A)`` for the whole array, then ``g2 =
    randg(B)`` (see :func:`randg`): the reference page's values after ``rng(0,
    'twister')`` -- ``betarnd(A, B)`` for ``A = randi(10, 2, 3)``, ``B = 10 + randi(20,
    2, 3)`` and ``betarnd(5, 10, 3, 4, 2)`` -- are reproduced. A shape that is not
    positive gives NaN (and draws nothing for that element). ``numpy``'s ``beta`` is
    another algorithm on another stream.

    Examples
    --------
    >>> from compat import matlab
    >>> _ = matlab.rng(0, 'twister')
    >>> matlab.betarnd(5, 10, 3, 4, 2)[0, :, 0].round(4)
    array([0.4986, 0.3339, 0.2388, 0.117 ])
    """
    (A, B), dtype, shape, finish = _parameters(((A, "A"), (B, "B")), sz, "betarnd")
    bad = ~((A > 0) & (B > 0))
    a = np.where(bad, np.nan, A).astype(np.float64)
    b = np.where(bad, np.nan, B).astype(np.float64)
    g1 = core.unit_gamma(a)
    g2 = core.unit_gamma(b)
    with np.errstate(invalid="ignore"):
        r = (g1 / (g1 + g2)).astype(dtype)
    return finish(_invalid(r, bad, dtype))


@matlab_function("chi2rnd")
def chi2rnd(nu, *sz):
    """Chi-square random numbers, as MATLAB's ``chi2rnd``.

    MATLAB call forms::

        r = chi2rnd(nu)                  ->  chi2rnd(10)
        r = chi2rnd(nu, sz1, ..., szN)   ->  chi2rnd(3, 2, 6)
        r = chi2rnd(nu, sz)              ->  chi2rnd(3, [2, 6])

    ``2 .* randg(nu ./ 2)`` (see :func:`randg`). After ``rng('default')`` the
    reference page's examples, run in one session, print ``chi2rnd(10)`` = 19.7102,
    ``chi2rnd(ones(1, 6))`` = 2.5368 0.2447 0.4314 2.0153 0.0418 4.3486,
    ``chi2rnd(3, 2, 6)`` and ``chi2rnd(3:8, [1 6])``: compat reproduces every value
    but one -- the first of ``chi2rnd(ones(1, 6))``, 2.5794 here -- and the stream
    position after it (the next two examples agree). That element is the only one on
    the pages for shapes below 1 that compat does not reproduce (trnd's pages, also
    shape 1/2, agree in full); the golden case records it. ``nu <= 0`` gives NaN.

    Examples
    --------
    >>> from compat import matlab
    >>> _ = matlab.rng('default')
    >>> round(float(matlab.chi2rnd(10)), 4)
    19.7102
    """
    (nu,), dtype, shape, finish = _parameters(((nu, "nu"),), sz, "chi2rnd")
    bad = ~(nu > 0)
    g = core.unit_gamma(np.where(bad, np.nan, nu).astype(np.float64) / 2.0)
    return finish(_invalid((2.0 * g).astype(dtype), bad, dtype))


@matlab_function("trnd")
def trnd(nu, *sz):
    """Student's t random numbers, as MATLAB's ``trnd``.

    MATLAB call forms::

        r = trnd(nu)                  ->  trnd(10)
        r = trnd(nu, sz1, ..., szN)   ->  trnd(1, 10, 1)
        r = trnd(nu, sz)              ->  trnd(1, [10, 1])

    ``randn(sz) ./ sqrt(2 .* randg(nu ./ 2) ./ nu)``, the normals drawn for the whole
    array first: after ``rng('default')`` the reference page's ``trnd(10)`` = 1.0585,
    ``trnd(ones(1, 6))``, ``trnd(3, 2, 6)``, ``trnd(1:6, [1 6])`` (one session) and the
    Cauchy example ``trnd(1, 10, 1)``, ``trnd(1, 5, 5)`` are reproduced. ``nu = Inf``
    gives the normal number itself; ``nu <= 0`` gives NaN.

    Examples
    --------
    >>> from compat import matlab
    >>> _ = matlab.rng('default')
    >>> matlab.trnd(1, 10, 1)[:4, 0].round(4)
    array([ 0.2678,  1.6547, -0.9396,  1.7322])
    """
    (nu,), dtype, shape, finish = _parameters(((nu, "nu"),), sz, "trnd")
    z = mt19937.normal(shape)
    bad = ~(nu > 0)
    v = np.where(bad, np.nan, nu).astype(np.float64)
    finite = np.isfinite(v)
    g = core.unit_gamma(np.where(finite, v, np.nan) / 2.0)
    with np.errstate(invalid="ignore", divide="ignore"):
        r = np.where(np.isinf(v), z, z / np.sqrt(2.0 * g / v))
    return finish(_invalid(r.astype(dtype), bad, dtype))


@matlab_function("wblrnd")
def wblrnd(A=1.0, B=1.0, *sz):
    """Weibull random numbers with scale ``A`` and shape ``B``, as MATLAB's ``wblrnd``.

    MATLAB call forms::

        r = wblrnd(A, B)                  ->  wblrnd(4, 3)
        r = wblrnd(A, B, sz1, ..., szN)   ->  wblrnd(1:6, 5:10, 1, 6)
        r = wblrnd(A, B, sz)              ->  wblrnd(4, 5, [2, 3])

    The inversion ``A .* (-log(rand(sz))) .^ (1 ./ B)``: after ``rng('default')`` the
    reference page's ``wblrnd(4, 3)`` = 2.3582 and, in one session, ``wblrnd(3, 1:5)``,
    ``wblrnd(1:6, 5:10, 1, 6)``, ``wblrnd(4, 5, [2 3])`` are reproduced. ``A`` is a
    scale, ``B`` the shape (numpy's ``weibull(a)`` has only a shape). ``A <= 0`` or
    ``B <= 0`` gives NaN.

    Examples
    --------
    >>> from compat import matlab
    >>> _ = matlab.rng('default')
    >>> round(float(matlab.wblrnd(4, 3)), 4)
    2.3582
    """
    (A, B), dtype, shape, finish = _parameters(((A, "A"), (B, "B")), sz, "wblrnd")
    u = mt19937.draw(shape)
    with np.errstate(invalid="ignore", divide="ignore"):
        r = (A * (-np.log(u)) ** (1.0 / B)).astype(dtype)
    return finish(_invalid(r, ~((A > 0) & (B > 0)), dtype))


@matlab_function("raylrnd")
def raylrnd(B, *sz):
    """Rayleigh random numbers with scale ``B``, as MATLAB's ``raylrnd``.

    MATLAB call forms::

        r = raylrnd(B)                  ->  raylrnd(6)
        r = raylrnd(B, sz1, ..., szN)   ->  raylrnd(2, 50, 1)
        r = raylrnd(B, sz)              ->  raylrnd(0.5, [4, 3, 2])

    ``sqrt(randn(sz) .^ 2 + randn(sz) .^ 2) .* B``, the first array of normals drawn
    before the second: after ``rng('default')`` the reference page's ``raylrnd(6)`` =
    11.4665 then ``raylrnd([6 4 1])``, and ``raylrnd(2, 50, 1)``, are reproduced.
    ``B < 0`` gives NaN. ``numpy``'s ``rayleigh`` inverts a uniform instead.

    Examples
    --------
    >>> from compat import matlab
    >>> _ = matlab.rng('default')
    >>> round(float(matlab.raylrnd(6)), 4)
    11.4665
    """
    (B,), dtype, shape, finish = _parameters(((B, "B"),), sz, "raylrnd")
    x = mt19937.normal(shape)
    y = mt19937.normal(shape)
    with np.errstate(invalid="ignore"):
        r = (np.sqrt(x * x + y * y) * B).astype(dtype)
    return finish(_invalid(r, B < 0, dtype))


@matlab_function("cholcov", nargout=2)
def cholcov(Sigma, flag=1, *, nargout=1):
    """Cholesky-like factor of a covariance matrix, as MATLAB's ``cholcov``.

    MATLAB call forms::

        T = cholcov(Sigma)            ->  T = cholcov(Sigma)
        [T, p] = cholcov(Sigma)       ->  T, p = cholcov(Sigma, nargout=2)
        [T, p] = cholcov(Sigma, 0)    ->  T, p = cholcov(Sigma, 0, nargout=2)

    ``T' * T = Sigma``. A positive definite Sigma gives its Cholesky factor (upper
    triangular, ``p = 0``); a positive semi-definite one (flag 1, the default) gives
    ``T = diag(sqrt(lambda)) * V'`` from its eigen-decomposition, rows for the
    eigenvalues above ``eps(max(lambda)) * n`` in ascending order, each eigenvector
    signed so its largest-magnitude element is positive; ``p`` counts negative
    eigenvalues (``T = []`` when ``p > 0``). A matrix that is not square and symmetric
    (to ``n * 10 * eps(max(abs(diag(Sigma))))``) gives ``T = []`` and ``p = NaN``.
    ``numpy.linalg.cholesky`` returns the lower factor and refuses semi-definite
    matrices. Sources: MATLAB's cholcov page; Octave's statistics 1.5.3 (goldens).

    Examples
    --------
    >>> from compat import matlab
    >>> T, p = matlab.cholcov([[2.0, 1.0], [1.0, 2.0]], nargout=2)
    >>> T.round(4), float(p)
    (array([[1.4142, 0.7071],
           [0.    , 1.2247]]), 0.0)
    """
    a = matlab_array(Sigma, "Sigma", complex_ok=False, char="error")
    if a.ndim > 2:
        raise CompatValueError("SIGMA must be a matrix.")
    a2 = a.reshape(1, -1) if a.ndim == 1 else a.reshape(1, 1) if a.ndim == 0 else a
    dtype = np.float32 if a2.dtype == np.float32 else np.float64
    T, p = core.covariance_factor(a2.astype(np.float64), flag=bool(np.asarray(flag)))
    T = T.astype(dtype)
    p = dtype(p)   # MATLAB's num is a double (NaN for a non-symmetric Sigma)
    return (T, p) if nargout >= 2 else T


def _mvn_arguments(mu, Sigma, n):
    m = matlab_array(mu, "mu", complex_ok=False, char="error")
    s = matlab_array(Sigma, "Sigma", complex_ok=False, char="error")
    m = m.reshape(1, -1) if m.ndim <= 1 else m
    if m.ndim != 2:
        raise CompatValueError("MU must be a matrix.")
    s = s.reshape(1, 1) if s.ndim == 0 else s.reshape(1, -1) if s.ndim == 1 else s
    d = m.shape[1]
    if n is None:
        n = m.shape[0]
        if s.ndim == 3 and m.shape[0] == 1:
            n = s.shape[2]
    else:
        v = np.asarray(n)
        if v.size != 1 or not float(v) == math.floor(float(v)) or float(v) < 0:
            raise CompatValueError("N must be a nonnegative integer.")
        n = int(v)
        if m.shape[0] not in (1, n):
            raise CompatValueError("MU must be a row vector, or have N rows.")
    if m.shape[0] not in (1, n):
        raise CompatValueError("MU must be a row vector, or have one row per page of "
                               "SIGMA.")
    if s.ndim == 2 and s.shape not in ((d, d), (1, d)):
        raise CompatValueError("SIGMA must be a square matrix with size equal to the "
                               "number of columns in MU, or a row vector.")
    if s.ndim == 3 and (s.shape[:2] not in ((d, d), (1, d)) or s.shape[2] != n):
        raise CompatValueError("SIGMA must be a D-by-D-by-N array, or 1-by-D-by-N, "
                               "with N the number of rows of MU.")
    dtype = np.float32 if np.float32 in (m.dtype, s.dtype) else np.float64
    return m.astype(np.float64), s.astype(np.float64), d, n, dtype


def _factor(s, d):
    """T with T' T = Sigma: a row of variances (d > 1) is a diagonal covariance."""
    if s.shape[0] == 1 and s.shape[1] == d and d > 1:
        if np.any(s < 0):
            raise CompatValueError("SIGMA must be a square, symmetric, positive "
                                   "semi-definite matrix.")
        return np.diag(np.sqrt(s.reshape(-1)))
    T, p = core.covariance_factor(s)
    if p != 0 or (T.size == 0 and d):
        raise CompatValueError("SIGMA must be a square, symmetric, positive "
                               "semi-definite matrix.")
    return T


@matlab_function("mvnrnd", nargout=2)
def mvnrnd(mu, Sigma, n=None, *, nargout=1):
    """Multivariate normal random vectors, as MATLAB's ``mvnrnd``.

    MATLAB call forms::

        R = mvnrnd(mu, Sigma, n)   ->  mvnrnd([2, 3], [[1, 1.5], [1.5, 3]], 100)
        R = mvnrnd(mu, Sigma)      ->  mvnrnd(mu, Sigma)      (one row per row of mu)
        [R, T] = mvnrnd(...)       ->  R, T = mvnrnd(..., nargout=2)

    ``randn(n, size(T, 1)) * T + mu`` with ``T = cholcov(Sigma)`` (the Cholesky factor
    for a positive definite Sigma): after ``rng('default')``, MATLAB's page prints
    ``mvnrnd(repmat((1:5)', 1, 3), eye(3))`` = ``[1.5377 -0.3077 -0.3499; 3.8339 1.5664
    5.0349; ...]``, reproduced. ``mu`` is 1-by-d (or n-by-d, one mean per row);
    ``Sigma`` is d-by-d, a 1-by-d row of variances (a diagonal covariance), or
    d-by-d-by-n (one covariance per row: compat draws ``randn(n, d)`` at once and
    multiplies each row by its own factor -- the drawing order of this form is not
    confirmed against MATLAB). In one dimension Sigma is the variance:
    ``mvnrnd(0, 4)`` is ``normrnd(0, 2)``. Sigma that is not symmetric positive
    semi-definite raises MATLAB's message. ``numpy``'s ``multivariate_normal`` factors
    Sigma by SVD and draws on another stream.

    Examples
    --------
    >>> from compat import matlab
    >>> import numpy as np
    >>> _ = matlab.rng('default')
    >>> mu = np.repeat(np.arange(1.0, 6.0)[:, None], 3, axis=1)
    >>> matlab.mvnrnd(mu, np.eye(3))[:2].round(4)
    array([[ 1.5377, -0.3077, -0.3499],
           [ 3.8339,  1.5664,  5.0349]])
    """
    m, s, d, n, dtype = _mvn_arguments(mu, Sigma, n)
    if s.ndim == 3:
        z = mt19937.normal((n, d))
        r = np.empty((n, d))
        for i in range(n):   # one factor per page: n small factorisations
            T = _factor(s[:, :, i], d)
            r[i] = z[i, :T.shape[0]] @ T + m[min(i, m.shape[0] - 1)]
        T = None
    else:
        T = _factor(s, d)
        z = mt19937.normal((n, T.shape[0]))
        r = z @ T + m
    r = r.astype(dtype)
    if nargout >= 2:
        return r, (None if T is None else T.astype(dtype))
    return r
