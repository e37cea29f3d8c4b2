"""IDL's probability distributions: ``GAUSS_PDF``, ``CHISQR_PDF``, ``T_PDF``, ``F_PDF``
(which are *cumulative* distribution functions, despite the name) and their cutoff
values ``GAUSS_CVF``, ``CHISQR_CVF``, ``T_CVF``, ``F_CVF``, over
:mod:`compat._core.special_functions`.

IDL's ``X_PDF(V, ...)`` is the probability that a random variable is less than or equal
to V -- ``scipy.stats.<dist>.cdf``, not ``.pdf`` -- and ``X_CVF(P, ...)`` the cutoff V
such that the probability of a value *greater* than V is P (``.isf``, the inverse
survival function). The PDF routines take scalars or arrays (the shorter array's length,
a scalar spreads; a scalar result for scalar arguments) and return DOUBLE when an
argument is DOUBLE, FLOAT otherwise; the CVF routines take scalars, as IDL documents.
"""

from __future__ import annotations

import numpy as np

from compat._core import special_functions as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["gauss_pdf", "gauss_cvf", "chisqr_pdf", "chisqr_cvf", "t_pdf", "t_cvf",
           "f_pdf", "f_cvf", "binomial"]


def _degrees_of_freedom(named, *, scalar=False) -> list:
    """The degrees-of-freedom arguments ``(value, name)`` read as IDL arrays (scalars
    for the CVF routines), each required to be positive."""
    arrays = [idl_array(v, n, complex_ok=False, scalar=scalar) for v, n in named]
    for a, (_, n) in zip(arrays, named):
        if np.any(a <= 0):
            raise CompatValueError(f"{n} must be positive (degrees of freedom)")
    return arrays


def _evaluated(function: str, arrays):
    return core.evaluate(core.FUNCTIONS[function], *arrays, dtype=core.result_type(*arrays))


def _pdf(function: str, v, *named):
    arrays = [idl_array(v, "V", complex_ok=False)] + _degrees_of_freedom(named)
    out = _evaluated(function, arrays)
    return out[()] if out.ndim == 0 else out


def _cvf(function: str, p, *named):
    pp = idl_array(p, "P", complex_ok=False, scalar=True)
    if not 0 <= float(pp) <= 1:
        raise CompatValueError("P must be in the interval [0.0, 1.0]")
    return _evaluated(function, [pp] + _degrees_of_freedom(named, scalar=True))[()]


@idl_routine("GAUSS_PDF")
def gauss_pdf(v):
    """The standard normal cumulative distribution at V, as IDL's ``GAUSS_PDF``.

    IDL call form::

        Result = GAUSS_PDF(V)

    Returns
    -------
    numpy scalar or ndarray of the shape of V: DOUBLE for DOUBLE V, FLOAT otherwise.

    Notes
    -----
    The standard normal cdf (``scipy.stats.norm.cdf``, not the density ``norm.pdf``) in
    IDL's types, to a few ulps in the lower tail as GDL 1.0.1 (GSL) gives it, and 0
    below -37.519 as GDL's (scipy's ``ndtr`` is up to 2000 ulps off there:
    :func:`compat._core.special_functions.gauss_cdf_full_range`). Source: IDL Reference Guide, GAUSS_PDF (its examples are golden cases:
    ``GAUSS_PDF(2.44)`` prints 0.992656).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.gauss_pdf(np.float32(2.44))
    np.float32(0.99265635)
    """
    return _pdf("gauss_pdf", v)


@idl_routine("GAUSS_CVF")
def gauss_cvf(p):
    """The cutoff V of the standard normal distribution with P(X > V) = P, as IDL's
    ``GAUSS_CVF``.

    IDL call form::

        Result = GAUSS_CVF(P)

    Returns
    -------
    numpy scalar: DOUBLE for DOUBLE P, FLOAT otherwise.

    Notes
    -----
    ``scipy.stats.norm.isf(p)``. P must be a scalar in [0, 1] (IDL's "Parameter must be
    scalar or one element array"). Source: IDL Reference Guide, GAUSS_CVF; checked
    against GDL 1.0.1.

    Examples
    --------
    >>> from compat import idl
    >>> idl.gauss_cvf(0.025)
    np.float64(1.9599639845400545)
    """
    return _cvf("gauss_cvf", p)


@idl_routine("CHISQR_PDF")
def chisqr_pdf(v, df):
    """The chi-square cumulative distribution at V with DF degrees of freedom, as IDL's
    ``CHISQR_PDF``.

    IDL call form::

        Result = CHISQR_PDF(V, Df)

    Returns
    -------
    numpy scalar or ndarray: DOUBLE when an argument is DOUBLE, FLOAT otherwise.

    Notes
    -----
    ``scipy.stats.chi2.cdf(v, df)`` (``scipy.special.chdtr``) in IDL's types, i.e. the
    regularised incomplete gamma function ``IGAMMA(Df/2, V/2)``. GDL 1.0.1 has no
    CHISQR_PDF: its goldens are GDL's IGAMMA of the same arguments. Source: IDL
    Reference Guide, CHISQR_PDF.

    Examples
    --------
    >>> from compat import idl
    >>> round(float(idl.chisqr_pdf(7.81473, 3)), 5)
    0.95
    """
    return _pdf("chisqr_pdf", v, (df, "Df"))


@idl_routine("CHISQR_CVF")
def chisqr_cvf(p, df):
    """The cutoff V of the chi-square distribution with P(X > V) = P, as IDL's
    ``CHISQR_CVF``.

    IDL call form::

        Result = CHISQR_CVF(P, Df)

    Notes
    -----
    ``scipy.stats.chi2.isf(p, df)``; scalar arguments. Source: IDL Reference Guide,
    CHISQR_CVF; checked against GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.chisqr_cvf(np.float32(0.05), 3)
    np.float32(7.814728)
    """
    return _cvf("chisqr_cvf", p, (df, "Df"))


@idl_routine("T_PDF")
def t_pdf(v, df):
    """Student's t cumulative distribution at V with DF degrees of freedom, as IDL's
    ``T_PDF``.

    IDL call form::

        Result = T_PDF(V, Df)

    Returns
    -------
    numpy scalar or ndarray: DOUBLE when an argument is DOUBLE, FLOAT otherwise; a
    scalar for scalar arguments (GDL 1.0.1 returns a one-element array: recorded).

    Notes
    -----
    ``scipy.stats.t.cdf(v, df)`` (``scipy.special.stdtr``). Source: IDL Reference Guide,
    T_PDF; checked against GDL 1.0.1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.t_pdf(np.float32([1, 2]), 5)
    array([0.81839126, 0.9490303 ], dtype=float32)
    """
    return _pdf("t_pdf", v, (df, "Df"))


@idl_routine("T_CVF")
def t_cvf(p, df):
    """The cutoff V of Student's t distribution with P(X > V) = P, as IDL's ``T_CVF``.

    IDL call form::

        Result = T_CVF(P, Df)

    Notes
    -----
    ``scipy.stats.t.isf(p, df)``: the one-tailed cutoff (the two-tailed one is
    ``T_CVF(P/2, Df)``). GDL 1.0.1 has no T_CVF; the golden is IDL's documentation
    example (``T_CVF(0.025, 5)`` prints 2.57058). Source: IDL Reference Guide, T_CVF.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.t_cvf(np.float32(0.025), 5)
    np.float32(2.570582)
    """
    return _cvf("t_cvf", p, (df, "Df"))


@idl_routine("F_PDF")
def f_pdf(v, dfn, dfd):
    """The F cumulative distribution at V with DFN and DFD degrees of freedom, as IDL's
    ``F_PDF``.

    IDL call form::

        Result = F_PDF(V, Dfn, Dfd)

    Notes
    -----
    ``scipy.stats.f.cdf(v, dfn, dfd)`` (``scipy.special.fdtr``) in IDL's types. GDL 1.0.1
    has no F_PDF; the golden is IDL's documentation example (``F_PDF(3.90, 5, 24)`` is
    0.990059). Source: IDL Reference Guide, F_PDF.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.f_pdf(np.float32(3.90), 5, 24)
    np.float32(0.9900591)
    """
    return _pdf("f_pdf", v, (dfn, "Dfn"), (dfd, "Dfd"))


@idl_routine("F_CVF")
def f_cvf(p, dfn, dfd):
    """The cutoff V of the F distribution with P(X > V) = P, as IDL's ``F_CVF``.

    IDL call form::

        Result = F_CVF(P, Dfn, Dfd)

    Notes
    -----
    ``scipy.stats.f.isf(p, dfn, dfd)``; scalar arguments. GDL 1.0.1 has no F_CVF; the
    golden is IDL's documentation example (``F_CVF(0.01, 10, 6)`` is 7.87413). Source:
    IDL Reference Guide, F_CVF.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.f_cvf(np.float32(0.01), 10, 6)
    np.float32(7.874119)
    """
    return _cvf("f_cvf", p, (dfn, "Dfn"), (dfd, "Dfd"))


@idl_routine("BINOMIAL")
def binomial(v, n, p, *, double=None, gaussian=None):
    """The probability of at least V successes in N trials of probability P, as IDL's
    ``BINOMIAL``.

    IDL call form::

        Result = BINOMIAL(V, N, P [, /DOUBLE] [, /GAUSSIAN])

    Parameters
    ----------
    v, n : int
        Non-negative integers (IDL truncates them with FIX).
    p : scalar or array_like
        Probabilities in [0, 1].
    double : bool, optional
        /DOUBLE (default: when P is DOUBLE); ``double=False`` computes a DOUBLE P in FLOAT.
    gaussian : bool, optional
        /GAUSSIAN: the normal approximation. Without the keyword it is used only when
        the binomial coefficient would overflow (its logarithm above 80 for FLOAT, 700
        for DOUBLE); ``gaussian=False`` never uses it.

    Returns
    -------
    numpy float scalar or ndarray
        FLOAT or DOUBLE, the shape of P.

    Raises
    ------
    ValueError
        binomial.pro's messages: ``"BINOMIAL: P must be in the interval [0.0, 1.0]"``,
        ``"BINOMIAL: V must be nonnegative."``, ``"BINOMIAL: N must be nonnegative."``

    Notes
    -----
    Computed as IDL 8.0's binomial.pro does, in the working precision and its order of
    operations: the first term through LNGAMMA, the next ones by the term ratio, summed
    from V up; ``scipy.stats.binom.sf(v - 1, n, p)`` returns float64 values summed
    otherwise. Sources: IDL Reference Guide, BINOMIAL; binomial.pro (its header's
    examples and the library code run in GDL are golden cases, reference_outputs/idl/
    special_functions; GDL 1.0.1 has no BINOMIAL).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.binomial(2, 4, np.float32(1) / np.float32(6))     # at least two 6s in 4 rolls
    np.float32(0.13194446)
    """
    pa = idl_array(p, "P", complex_ok=False)
    va = int(idl_array(v, "V", complex_ok=False, scalar=True))
    na = int(idl_array(n, "N", complex_ok=False, scalar=True))
    pf = pa.astype(np.float64)
    if pf.size and (np.min(pf) < 0 or np.max(pf) > 1):
        raise CompatValueError("P must be in the interval [0.0, 1.0]")
    if va < 0:
        raise CompatValueError("V must be nonnegative.")
    if na < 0:
        raise CompatValueError("N must be nonnegative.")
    if double is None:
        double = pa.dtype == np.float64
    work = pa.astype(np.float64 if double else np.float32)
    out = core.binomial_tail(va, na, work, gaussian=gaussian)
    return out[()] if np.ndim(out) == 0 else out
