"""IDL's linear least-squares fit to a sum of basis functions by singular value
decomposition: SVDFIT (Numerical Recipes' ``svdfit``), and the IDL Astronomy Library's
FLEGENDRE basis for it."""

from __future__ import annotations


import numpy as np

from compat._core.errors import CompatTypeError, CompatValueError, legacy_warn
from compat._core.idl_types import idl_array
from compat._core.least_squares import error_vector, fit_cast, fit_type
from compat._core.results import named_result, requested
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["svdfit", "flegendre"]


def _power_basis(x: np.ndarray, m: int) -> np.ndarray:
    """IDL's SVDFUNCT: 1, x, x^2, ... by repeated multiplication; numpy (n, m)."""
    basis = np.empty((x.size, m))
    basis[:, 0] = 1.0
    for j in range(1, m):
        basis[:, j] = basis[:, j - 1] * x
    return basis


def _legendre_basis(x: np.ndarray, m: int) -> np.ndarray:
    """IDL's SVDLEG (Numerical Recipes' fleg): P0 = 1, P1 = x and Bonnet's recurrence
    ``P_j = ((2j-1) x P_(j-1) - (j-1) P_(j-2)) / j``; numpy (n, m)."""
    basis = np.empty((x.size, m))
    basis[:, 0] = 1.0
    if m > 1:
        basis[:, 1] = x
    for j in range(2, m):
        basis[:, j] = ((2 * j - 1) * x * basis[:, j - 1] - (j - 1) * basis[:, j - 2]) / j
    return basis


def _user_basis(function, x: np.ndarray, m: int, dtype) -> np.ndarray:
    """The user's basis function called once per point, as IDL calls it (with a scalar
    X and M, returning M values). One call per point is inherent: IDL's contract lets
    the function assume a scalar X (``[[1.0], [sin(x)]]`` only works for one point)."""
    rows = []
    for value in x.astype(dtype):
        row = np.asarray(function(value, m), dtype=np.float64).reshape(-1)
        if row.size != m:
            raise CompatValueError(f"FUNCTION_NAME must return M = {m} basis values for "
                                   f"each X, got {row.size}")
        rows.append(row)
    return np.array(rows).reshape(x.size, m)


class SvdfitResult(Result):
    """SVDFIT's result and the output keywords requested."""

    result: object
    chisq: object
    covar: object
    sigma: object
    sing_values: object
    singular: object
    status: object
    variance: object
    yfit: object


@idl_routine("SVDFIT")
def svdfit(x, y, m=None, *, a=None, chisq=False, covar=False, double=None,
           function_name=None, legendre=False, measure_errors=None, sigma=False,
           sing_values=False, singular=False, status=False, tol=None, variance=False,
           yfit=False):
    """Least-squares fit to a linear combination of basis functions by SVD, as IDL's
    ``SVDFIT`` computes it.

    IDL call form::

        Result = SVDFIT(X, Y [, M] [, A=vector] [, CHISQ=variable] [, COVAR=variable]
                        [, /DOUBLE] [, FUNCTION_NAME=string] [, /LEGENDRE]
                        [, MEASURE_ERRORS=vector] [, SIGMA=variable]
                        [, SING_VALUES=variable] [, SINGULAR=variable]
                        [, STATUS=variable] [, TOL=value] [, VARIANCE=variable]
                        [, YFIT=variable])

    Python::

        coeffs = compat.idl.svdfit(x, y, 3)
        r = compat.idl.svdfit(x, y, a=[1, 1, 1], function_name=f,
                              measure_errors=err, sigma=True, yfit=True)
        r.result, r.sigma, r.yfit

    Output keywords are requested with ``name=True``; the result is then a
    :class:`SvdfitResult` ``(result, chisq, covar, sigma, sing_values, singular,
    status, variance, yfit)`` holding the requested fields. IDL's A keyword is an input (its
    length sets M) and an output equal to the result: the port reads ``a`` and returns
    the coefficients as the result.

    The fitted model is ``y(x) = sum_j c[j] * basis_j(x)`` with the basis:

    * the powers ``1, x, x^2, ...`` (IDL's SVDFUNCT), by default;
    * the Legendre polynomials ``P_0 .. P_(M-1)`` (IDL's SVDLEG) with ``legendre=True``;
    * ``function_name(x, m)``: a Python callable taking one X value (a numpy scalar of
      the working precision) and M and returning the M basis values, called once per
      point as IDL calls the user's function.

    Parameters
    ----------
    x, y : array_like
        Independent and dependent variables, same number of elements (more than M).
    m : int, optional
        Number of coefficients (polynomial degree + 1). Omitted: the length of ``a``.
    a : array_like, optional
        IDL's A: initial estimates, of which SVDFIT uses only the number.
    chisq, covar, sigma, sing_values, singular, status, variance, yfit : bool
        Request CHISQ (the unreduced chi-square ``sum(((y - yfit)/err)^2)``), COVAR (the
        covariance matrix ``V diag(1/w^2) V^T`` over the kept singular values), SIGMA
        (``sqrt(diag(COVAR))``, multiplied by ``sqrt(CHISQ/(N-M))`` when MEASURE_ERRORS
        is absent), SING_VALUES (the singular values of the weighted design matrix,
        the removed ones set to zero), SINGULAR (how many were below ``TOL * max`` and
        removed), STATUS (IDL: 0 for success, else the number of singular values found
        and removed; requesting it silences the warning), VARIANCE (``diag(COVAR)``)
        and YFIT (the fitted curve).
    double : bool, optional
        /DOUBLE; default: DOUBLE when X, Y, A or MEASURE_ERRORS is double (Python floats
        are DOUBLE), as svdfit.pro decides.
    function_name : callable, optional
        The basis function (see above). IDL passes a function name; pass the Python
        function.
    legendre : bool
        /LEGENDRE: Legendre polynomials instead of powers.
    measure_errors : array_like, optional
        The standard deviation of each Y: rows of the design matrix and Y are divided
        by its absolute value, raised to at least 1e-30 (FLOAT) or 1e-300 (DOUBLE) as
        svdfit.pro does ("Cannot have ssig=0"): a zero error pins the fit to its point.
    tol : float, optional
        Singular values below ``tol`` times the largest are set to zero (their
        directions are left out of the solution). Default 1e-5 in single precision,
        2e-12 in double.

    Returns
    -------
    ndarray or SvdfitResult
        The M coefficients, float32 or float64.

    Raises
    ------
    ValueError
        ``"SVDFIT: ..."`` for X and Y of different lengths, M missing (no M and no A),
        M < 1 or M >= N, MEASURE_ERRORS of another length, a basis function returning
        the wrong number of values.
    TypeError
        ``"SVDFIT: ..."`` for a FUNCTION_NAME that is not callable, non-numeric data.

    Warns
    -----
    CompatWarning
        ``"SVDFIT: Warning: <n> singular values found."`` when singular values were set
        to zero and STATUS is not requested (svdfit.pro prints it unless STATUS is
        present, whether or not SINGULAR is).

    Notes
    -----
    Numerical Recipes' ``svdfit`` (Press et al., *Numerical Recipes in C*, 2nd ed.,
    section 15.4), on which the IDL Reference Guide says SVDFIT is based: the design
    matrix ``A[i, j] = basis_j(x_i)/err_i`` and ``b_i = y_i/err_i``, the SVD
    ``A = U diag(w) V^T``, singular values below ``TOL * max(w)`` zeroed, the solution
    ``V diag(1/w) U^T b`` (``svbksb``) and the covariance ``V diag(1/w^2) V^T``
    (``svdvar``). IDL calls the user's basis function with one X at a time (the
    documentation's example returns ``[[1.0], [SIN(2*X)/X], [COS(4.*X)^2.]]``), and
    SIGMA is scaled by ``sqrt(CHISQ/(N-M))`` without MEASURE_ERRORS, as in IDL's other
    fitting routines since IDL 5.4. compat computes in float64 and rounds the results
    to float32 unless double; IDL's single-precision SVD rounds along the way, so
    FLOAT results agree to a few float32 ULP of well-conditioned fits. The default
    TOL values are IDL's (svdfit.pro: 1e-5 and 2d-12, "approximately 100 and 10000
    times the machine precisions"); they matter only for (nearly) singular design
    matrices. STATUS, the SING_VALUES zeros, the error floor and the precision rule
    follow IDL 8.0's svdfit.pro. Two things differ: compat's SING_VALUES are sorted
    (largest first) where IDL's come in the order of Numerical Recipes' ``svdcmp``,
    and svdfit.pro also sets to zero the VARIANCE elements whose *index* is that of a
    removed singular value (in svdcmp's order), which compat does not do (SIGMA, taken
    before that step, is unaffected in IDL too). GDL 1.0.1 has no SVDFIT.

    Difference from ``numpy.linalg.lstsq(A, b)``: lstsq also solves by SVD but takes
    the design matrix ready-made, uses its own cutoff (``rcond``, machine precision
    times the larger dimension) and returns neither the covariance nor the scaled
    errors.

    Examples
    --------
    The example of IDL's documentation (exact data, 5% uncertainties):

    >>> import numpy as np
    >>> from compat.idl import svdfit
    >>> def myfunct(x, m):
    ...     return [1.0, np.sin(2 * x) / x, np.cos(4.0 * x) ** 2]
    >>> x = np.arange(100, dtype=np.float32) / 15.0 + 0.1
    >>> y = 7.77 + 8.88 * np.sin(2 * x) / x - 9.99 * np.cos(4.0 * x) ** 2
    >>> r = svdfit(x, y, a=[1, 1, 1], measure_errors=0.05 * y,
    ...            function_name=myfunct, sigma=True)
    >>> print(np.round(r.result, 4))
    [ 7.77  8.88 -9.99]
    """
    xa = idl_array(x, "X", complex_ok=False).reshape(-1)
    ya = idl_array(y, "Y", complex_ok=False).reshape(-1)
    n = xa.size
    if ya.size != n:
        raise CompatValueError(f"X and Y must have the same number of elements "
                               f"({n} and {ya.size}).")
    av = None if a is None else idl_array(a, "A", complex_ok=False)
    if av is not None:
        m = av.size
    if m is None:
        raise CompatValueError("M (the number of coefficients) or A (initial estimates) "
                               "must be given.")
    if isinstance(m, bool) or not isinstance(m, (int, np.integer)) or m < 1:
        raise CompatValueError(f"M must be a positive integer, got {m!r}")
    m = int(m)
    if m >= n:
        raise CompatValueError(f"the fit needs more points than coefficients (M = {m}, "
                               f"{n} points).")
    if function_name is not None and not callable(function_name):
        raise CompatTypeError("FUNCTION_NAME must be a Python function f(x, m) "
                              "returning the M basis values at one X "
                              f"(got {type(function_name).__name__})")
    err = error_vector(measure_errors, n,
                       "MEASURE_ERRORS must have the same number of elements as X and Y")
    # svdfit.pro: DOUBLE when A, X, Y or the errors are DOUBLE
    out_type = fit_type(double, xa, ya, av, err)
    is_double = out_type is np.float64
    if err is not None:
        err = err.astype(np.float64)
    if tol is None:
        tol = 2e-12 if is_double else 1e-5
    elif not np.isscalar(tol) or not tol >= 0:
        raise CompatValueError(f"TOL must be a non-negative number, got {tol!r}")

    xd = xa.astype(np.float64)
    if function_name is not None:
        basis = _user_basis(function_name, xa, m, out_type)
    elif legendre:
        basis = _legendre_basis(xd, m)
    else:
        basis = _power_basis(xd, m)
    yd = ya.astype(np.float64)
    floor = 1e-300 if is_double else 1e-30     # svdfit.pro: "Cannot have ssig=0"
    scale = np.ones(n) if err is None else 1.0 / np.maximum(np.abs(err), floor)
    with np.errstate(all="ignore"):
        u, w, vt = np.linalg.svd(basis * scale[:, None], full_matrices=False)
        kept = w >= tol * np.max(w)
        nsing = int(np.count_nonzero(~kept))
        inv_w = np.where(kept, 1.0 / np.where(kept, w, 1.0), 0.0)
        coef = vt.T @ (inv_w * (u.T @ (yd * scale)))
        cov = (vt.T * inv_w ** 2) @ vt
        fit = basis @ coef
        chi = np.sum(((yd - fit) * scale) ** 2)
        var = np.diag(cov).copy()
        sig = np.sqrt(var)
        if err is None:
            sig = sig * np.sqrt(chi / (n - m))
    if nsing and not status:
        legacy_warn(f"Warning: {nsing} singular values found.")

    cast = fit_cast(out_type)
    shape = np.shape(y)
    return named_result(SvdfitResult, cast(coef), requested(
        chisq=(chisq, lambda: cast(chi)), covar=(covar, lambda: cast(cov)),
        sigma=(sigma, lambda: cast(sig)),
        sing_values=(sing_values, lambda: cast(np.where(kept, w, 0.0))),
        singular=(singular, nsing), status=(status, nsing),
        variance=(variance, lambda: cast(var)),
        yfit=(yfit, lambda: cast(fit.reshape(shape) if len(shape) > 1 else fit))))


@idl_routine("FLEGENDRE")
def flegendre(x, m):
    """The first M Legendre polynomials at each X, as the IDL Astronomy Library's
    ``FLEGENDRE`` (a basis for SVDFIT's FUNCTION_NAME).

    IDL call form::

        result = FLEGENDRE(X, M)      ->  result = idl.flegendre(x, m)

    Parameters
    ----------
    x : scalar or array_like
        The points: a scalar or a vector (for ``M >= 2`` the Library inserts X as the
        second column, which a 2-D X does not fit: IDL's out-of-range error).
    m : int
        The number of terms, at least 1.

    Returns
    -------
    numpy.ndarray
        IDL's ``(N, M)`` array, numpy shape ``(m, n)``: row ``j`` is ``P_j(x)``. FLOAT
        for integer or FLOAT X, else X's type (DOUBLE, COMPLEX ...). ``M = 1`` gives
        ``N`` ones (IDL drops the trailing dimension of 1).

    Raises
    ------
    ValueError
        The Library's "ERROR - Order of Legendre polynomial must be at least 1".

    Notes
    -----
    The Library's recurrence, in its arithmetic order and in the result's type:
    ``P_j = (f2 P_(j-1) - (j-1) P_(j-2)) / j`` with ``f2`` built up as ``x + 2x + 2x
    ...`` (so FLOAT input stays FLOAT, unlike ``numpy.polynomial.legendre.legvander``,
    which computes in float64 and orders the axes the other way). Source: flegendre.pro
    (IDL Astronomy Library; Numerical Recipes' ``fleg``); goldens run it in GDL 1.0.1
    (reference_outputs/idl/astro_readers).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> p = idl.flegendre(np.float32(2.88), 3)    # the header's 1.00, 2.88, 11.9416
    >>> p.shape, p.dtype, [round(float(v), 4) for v in p.ravel()]
    ((3, 1), dtype('float32'), [1.0, 2.88, 11.9416])
    """
    a = idl_array(x, "X")
    order = int(np.asarray(m).reshape(-1)[0])
    if order < 1:
        raise CompatValueError("ERROR - Order of Legendre polynomial must be at least 1")
    if order >= 2 and sum(d > 1 for d in a.shape) > 1:
        raise CompatValueError("Out of range subscript encountered (dimension of insert "
                               "exceeds array boundaries for dimension 2).")
    kind = a.dtype.kind
    dtype = np.dtype(np.float32) if kind in "biu" or a.dtype == np.float32 else a.dtype
    xs = a.reshape(-1).astype(dtype)
    leg = np.empty((order, xs.size), dtype=dtype)
    leg[0] = 1
    if order >= 2:
        leg[1] = xs
    f2 = xs.copy()
    two = dtype.type(2)
    for j in range(2, order):   # each term needs the two before it (a recurrence)
        f2 = f2 + two * xs
        leg[j] = (f2 * leg[j - 1] - dtype.type(j - 1) * leg[j - 2]) / dtype.type(j)
    return leg[0] if order == 1 else leg
