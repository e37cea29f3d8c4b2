"""The IDL Astronomy Library's sky background estimate MMM and the exact pixel weights
PIXWT of its aperture photometry, over :mod:`compat._core.sky_mode` and
:mod:`compat._core.pixel_weights`.

Each follows the Library's BSD-licensed ``pro/mmm.pro`` / ``pro/pixwt.pro`` (github.com/wlandsman/IDLAstro,
commit 729b572) operation by operation in IDL's types; the golden suite
``reference_outputs/idl/sky_photometry`` runs those files in GDL 1.0.1 as the oracle.
The procedure returns its output arguments: ``MMM, sky, skymod, sigma, skew`` is
``skymod, sigma, skew = idl.mmm(sky)``; its error messages (``% MMM: ERROR - ...``) are
:class:`compat.CompatWarning` warnings unless ``silent=True``.
"""

from __future__ import annotations

import builtins

import numpy as np


from compat._core import sky_mode as core
from compat._core.pixel_weights import pixel_weights
from compat._core.errors import CompatValueError, legacy_warn
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["mmm", "pixwt"]


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


@idl_routine("PIXWT")
def pixwt(xc, yc, r, x, y):
    """The area of a circle inside unit pixels, as the IDL Astronomy Library's ``PIXWT``
    function (APER's exact pixel weights).

    IDL call form::

        Result = PIXWT(xc, yc, r, x, y)

    Parameters
    ----------
    xc, yc : scalar
        The circle's centre (FLOAT, or DOUBLE: a Python float is DOUBLE).
    r : scalar
        The radius (used as FLOAT, as the .pro's ``FLOAT(r)``).
    x, y : scalar or array_like
        Pixel centres (same shapes; arrays in any IDL numeric type). The pixel around
        ``(x, y)`` spans ``x - 0.5 .. x + 0.5``, ``y - 0.5 .. y + 0.5``.

    Returns
    -------
    numpy scalar or ndarray
        The area inside each pixel, between 0 and 1: FLOAT, DOUBLE when a centre or
        position is DOUBLE (the .pro's types: the sector areas are always FLOAT).

    Notes
    -----
    There is no numpy or scipy routine for it; a supersampled pixel (``photutils``'
    ``subpixels``) approximates what PIXWT computes exactly (the sum of the signed
    areas of four circle segments, one per pixel side). The .pro's FLOAT arithmetic is
    repeated operation by operation, IDL's FLOAT ATAN included (measured: 90 random
    circles on 20 x 20 pixel grids, FLOAT and DOUBLE centres, bit for bit against
    pixwt.pro in GDL 1.0.1). A Python loop runs over the pixels (the .pro's six
    cases per side); APER calls it on the few pixels its circle's edge crosses.
    Source: IDL Astronomy Library, pixwt.pro (after M. Buie's PIXWT, 1992).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> w = idl.pixwt(np.float32(10.5), np.float32(10.5), np.float32(0.5), 10, 10)
    >>> w, np.float32(np.pi / 16)   # a circle of radius 1/2 on a pixel corner: a quarter
    (np.float32(0.19634955), np.float32(0.19634955))
    """
    cx = idl_array(xc, "xc", complex_ok=False, scalar=True)
    cy = idl_array(yc, "yc", complex_ok=False, scalar=True)
    rr = idl_array(r, "r", complex_ok=False, scalar=True)
    xa = idl_array(x, "x", complex_ok=False)
    ya = idl_array(y, "y", complex_ok=False)
    if xa.shape != ya.shape and xa.ndim and ya.ndim:
        raise CompatValueError(f"x and y must have the same dimensions: {xa.shape} and "
                               f"{ya.shape}")
    scalar = xa.ndim == 0 and ya.ndim == 0
    with np.errstate(divide="ignore", invalid="ignore"):
        out = pixel_weights(cx, cy, rr, xa[()] if scalar else xa, ya[()] if scalar else ya)
    return out
