"""Robust statistics of the IDL Astronomy Library and SDSS idlutils: RESISTANT_MEAN,
MEANCLIP, AVG (Astronomy Library) and DJS_ITERSTAT (idlutils), over
:mod:`compat._core.robust_statistics` and IDL's MEDIAN, MEAN, MOMENT and TOTAL; their
image filters (DJS_MEDIAN, SIGMA_FILTER) are the family :mod:`compat.idl.library_filters`.

Real astronomy code calls these everywhere (a scan of 5,399 public .pro files: DJS_MEDIAN
in 153 files, RESISTANT_MEAN, MEANCLIP and AVG next). Each routine follows its library's
``.pro`` file operation by operation in IDL's types (the file and its last revision are
named in each docstring); the golden suite ``reference_outputs/idl/robust_statistics``
runs the Astronomy Library's files (BSD, vendored in its ``pro/``) in GDL 1.0.1.

Procedures return their output arguments (compat never writes into the caller's
variables): ``RESISTANT_MEAN, y, 3, m, s, n`` is ``m, s, n = idl.resistant_mean(y, 3)``
and ``MEANCLIP, d, m, s`` is ``m, s = idl.meanclip(d)``; output keywords (GOODVEC=,
SUBS=) are requested with ``name=True`` and added as named fields.
"""

from __future__ import annotations

import numpy as np

from compat._core import robust_statistics as core
from compat._core.errors import CompatTypeError, CompatValueError, legacy_warn
from compat._core.idl_types import idl_array, idl_shape, promote
from compat._core.legacy import idl_routine
from compat._core.results import Result
from compat.idl.smoothing import median as _median
from compat.idl.statistics import mean as _mean
from compat.idl.statistics import moment as _moment
from compat.idl.statistics import total as _total

__all__ = ["resistant_mean", "meanclip", "avg", "djs_iterstat"]

_op = core.idl_op


def _scalar(v):
    v = np.asarray(v)
    return v[()] if v.ndim == 0 else v


def _index(mask: np.ndarray):
    """WHERE's result: LONG subscripts, or the scalar -1 when nothing matches."""
    idx = np.flatnonzero(mask).astype(np.int32)
    return idx if idx.size else np.int32(-1)


# ------------------------------------------------------------------------ RESISTANT_MEAN
class ResistantMeanResult(Result):
    """RESISTANT_MEAN's output arguments and requested output keywords."""

    mean: np.ndarray
    sigma: np.ndarray
    num_rej: np.ndarray
    goodvec: np.ndarray
    badvec: np.ndarray
    wused: np.ndarray


_SIGCOEFF = (-0.15405, +0.90723, -0.23584, +0.020142)


def _resistant_1(y: np.ndarray, cut: np.ndarray, double: bool, silent: bool):
    """resistant_mean.pro's one-vector pass: (mean, sigma, num_rej, goodvec, badvec)."""
    dbl = bool(double) or y.dtype == np.float64
    ft = np.float64 if dbl else np.float32
    madscale, madscale2, madlim, one = (np.asarray(v, ft) for v in (0.6745, 0.8, 1e-24, 1))
    sigcoeff = np.asarray(_SIGCOEFF, ft)
    y = y.ravel()
    npts = y.size
    ymed = np.asarray(_median(y, even=True, double=bool(double)))
    absdev = np.abs(_op(np.subtract, y, ymed))
    madev = _op(np.divide, _median(absdev, even=True, double=bool(double)), madscale)
    if _op(np.less, madev, madlim):
        madev = _op(np.divide, _mean(absdev, double=bool(double), nan=True), madscale2)
    cutoff = _op(np.multiply, cut, madev)
    good = _op(np.less_equal, absdev, cutoff)
    num_good = np.int32(np.count_nonzero(good))
    if num_good <= 0:
        if not silent:
            legacy_warn("Unexpected error -- Unable to compute mean")
        nan = np.float32(np.nan)
        return nan, nan, np.int32(0), np.int32(-1), None
    goodpts = y[good]
    m = np.asarray(_mean(goodpts, double=bool(double)))
    # resistant_mean.pro passes DOUBLE=double on: an undefined keyword is not set
    sig = np.sqrt(_op(np.divide, _total(_op(np.subtract, goodpts, m) ** 2,
                                        double=True if double else None), num_good))
    sc = np.maximum(cut, np.float32(1)).astype(promote(cut.dtype, np.float32))
    if _op(np.less_equal, sc, np.float32(4.5)):
        sig = _op(np.divide, sig, core.horner(sc, sigcoeff))
    cutoff = _op(np.multiply, cut, sig)
    good = _op(np.less_equal, absdev, cutoff)
    num_good = np.int32(np.count_nonzero(good))
    if num_good == 0:
        raise CompatValueError("Attempt to subscript Y with GOODVEC is out of range "
                               "(no point within the second cut)")
    goodpts = y[good]
    m = np.asarray(_mean(goodpts, double=bool(double)))
    sig = np.sqrt(_op(np.divide, _total(_op(np.subtract, goodpts, m) ** 2), num_good))
    if _op(np.less_equal, sc, np.float32(4.5)):
        sig = _op(np.divide, sig, core.horner(sc, sigcoeff))
    sig = _op(np.divide, sig, np.sqrt(_op(np.subtract, num_good, one)))
    return (m[()], sig[()], np.int32(npts - num_good), _index(good), _index(~good))


@idl_routine("RESISTANT_MEAN", output_arguments=("mean", "sigma", "num_rej"))
def resistant_mean(y, cut, *, goodvec=False, badvec=False, wused=False, dimension=None,
                   sumdim=None, double=False, silent=False):
    """Outlier-resistant mean by median absolute deviation, as the IDL Astronomy
    Library's ``RESISTANT_MEAN`` procedure.

    IDL call form::

        RESISTANT_MEAN, Y, CUT, Mean [, Sigma_mean, Num_Rej] [, GOODVEC=g, BADVEC=b,
            WUSED=w, DIMENSION=d, /DOUBLE, /SILENT]
          ->  mean, sigma, num_rej = idl.resistant_mean(y, cut [, dimension=d, ...])

    Parameters
    ----------
    y : array_like
        Data, any real IDL type (NaN values end up rejected: their deviation is NaN).
    cut : scalar or array_like
        Sigma_CUT: points farther than ``cut`` standard deviations from the median are
        rejected. A Python int is INT and a Python float DOUBLE (IDL's literals): the
        type takes part in the arithmetic (``3`` and ``3.0`` can reject differently at a
        FLOAT boundary). With DIMENSION, one cut per output element is allowed.
    goodvec, badvec, wused : bool
        Request the output keywords: LONG subscripts of the kept (GOODVEC, and its
        synonym WUSED) and rejected points (BADVEC; -1 when none is rejected). Not
        available with ``dimension``.
    dimension, sumdim : int, optional
        IDL dimension (1-based) to average over for 2-D to 4-D data; SUMDIM is the
        obsolete synonym. Ignored for 1-D (or more than 4-D) data, as the .pro does.
    double : bool
        /DOUBLE: compute in DOUBLE (DOUBLE data always are).
    silent : bool
        /SILENT: no message when no point survives the first cut.

    Returns
    -------
    ResistantMeanResult(mean, sigma, num_rej[, goodvec, badvec, wused])
        Mean (FLOAT, or DOUBLE for DOUBLE data or /DOUBLE), the standard deviation of
        the mean Sigma/SQRT(Num_good - 1) corrected for the truncation, and the number
        of rejected points (LONG). With ``dimension`` they are arrays with that dimension
        removed. When no point survives the first cut: NaN, NaN, 0 (FLOAT NaN, a
        CompatWarning with the library's message unless ``silent``).

    Raises
    ------
    ValueError
        "RESISTANT_MEAN: Invalid dimension number" (the .pro prints it and returns with
        the outputs unset); GOODVEC/BADVEC/WUSED requested with ``dimension``.

    Notes
    -----
    As resistant_mean.pro (BSD; last revision Feb 2020, IDLAstro commit 729b572;
    H. Freudenreich 1989, W. Landsman and others since), in its types: ``YMed =
    MEDIAN(Y, /EVEN)``, ``MAD = MEDIAN(|Y - YMed|, /EVEN)/0.6745`` (the mean absolute
    deviation /0.8 when MAD < 1e-24), keep ``|Y - YMed| <= CUT*MAD``, sigma of the kept
    points divided by Freudenreich's truncation polynomial
    ``-0.15405 + 0.90723 c - 0.23584 c^2 + 0.020142 c^3`` (``c = CUT > 1.0``, applied
    when ``c <= 4.5``), a second cut at ``CUT*sigma`` about the same median, the mean of
    the points kept and its corrected sigma divided by ``SQRT(Num_good - 1)``. The
    constants are FLOAT unless DOUBLE. Differences from the naive call:
    ``astropy.stats.sigma_clipped_stats`` iterates to convergence about the median with
    the standard deviation; here there are exactly two cuts, both about the median,
    and the sigma returned is that of the mean. MEDIAN(/EVEN) is IDL's (the middle value
    for an odd count: GDL 1.0.1 averages two values there, see the golden suite).

    Examples
    --------
    The values GDL 1.0.1 prints running resistant_mean.pro (mean 9.985714912, sigma
    0.1112737209) and meanclip.pro (below):

    >>> import numpy as np
    >>> from compat import idl
    >>> y = np.float32([9.5, 10.2, 10.0, 9.8, 10.4, 10.1, 9.9, 55.0])
    >>> r = idl.resistant_mean(y, 3, badvec=True)
    >>> float(r.mean), int(r.num_rej), r.badvec
    (9.98571491241455, 1, array([7], dtype=int32))
    """
    a = idl_array(y, "Y", complex_ok=False, scalar_ok=True)
    c = idl_array(cut, "CUT", complex_ok=False)
    dim = None
    for value in (dimension, sumdim):
        if value is not None:
            dim = int(np.ravel(idl_array(value, "DIMENSION", complex_ok=False))[0])
            break
    shape = idl_shape(a.shape) if a.ndim else ()
    if 1 < len(shape) < 5 and dim is not None:
        if dim < 1 or dim > len(shape):
            raise CompatValueError("Invalid dimension number")
        if goodvec or badvec or wused:
            raise CompatValueError("GOODVEC, BADVEC and WUSED are not set when DIMENSION "
                                   "is used")
        a = a.reshape(shape)
        axis = a.ndim - dim
        rows = np.moveaxis(a, axis, -1).reshape(-1, a.shape[axis])
        out_shape = idl_shape(a.shape[:axis] + a.shape[axis + 1:])
        ft = np.float64 if (double or a.dtype == np.float64) else np.float32
        means = np.zeros(rows.shape[0], ft)
        sigmas = np.zeros(rows.shape[0], ft)
        nrej = np.zeros(rows.shape[0], np.int32)
        cuts = c.ravel()
        per_row = cuts.size == rows.shape[0]
        for k in range(rows.shape[0]):
            thiscut = cuts[k if per_row else 0]
            m, s, n, _, _ = _resistant_1(rows[k], np.asarray(thiscut), bool(double), True)
            means[k], sigmas[k], nrej[k] = m, s, n
        return ResistantMeanResult(mean=means.reshape(out_shape),
                                   sigma=sigmas.reshape(out_shape),
                                   num_rej=nrej.reshape(out_shape))
    thiscut = c.reshape(-1)[0] if c.ndim else c
    m, s, n, g, b = _resistant_1(a, np.asarray(thiscut), bool(double), bool(silent))
    extra = {}
    if goodvec:
        extra["goodvec"] = g
    if badvec:
        extra["badvec"] = b
    if wused:
        extra["wused"] = g
    return ResistantMeanResult(mean=m, sigma=s, num_rej=n, **extra)


# ------------------------------------------------------------------------------ MEANCLIP
class MeanclipResult(Result):
    """MEANCLIP's output arguments and its SUBS output keyword."""

    mean: np.ndarray
    sigma: np.ndarray
    subs: np.ndarray


def _strn(value) -> str:
    from compat.idl.strings import string, strtrim
    return str(strtrim(string(value), 2))


@idl_routine("MEANCLIP", output_arguments=("mean", "sigma"))
def meanclip(image, *, clipsig=None, maxiter=None, converge_num=None, verbose=False,
             subs=False, double=False):
    """Iteratively sigma-clipped mean about the median, as the IDL Astronomy Library's
    ``MEANCLIP`` procedure.

    IDL call form::

        MEANCLIP, Data, Mean [, Sigma] [, CLIPSIG=, MAXITER=, CONVERGE_NUM=, /VERBOSE,
            SUBS=s, /DOUBLE]
          ->  mean, sigma = idl.meanclip(data [, clipsig=3, ..., subs=True])

    Parameters
    ----------
    image : array_like
        Data, any real IDL type; non-finite values are left out from the start.
    clipsig : scalar, optional
        Clip at this many sigma (default INT 3).
    maxiter : int, optional
        Iteration ceiling (default 5): the loop stops once the iteration count exceeds
        it, so up to ``maxiter + 1`` passes run, as in the .pro.
    converge_num : scalar, optional
        Stop when the fraction of points rejected in a pass is at most this (default
        FLOAT 0.02).
    verbose : bool
        /VERBOSE: print the .pro's three lines (clip level, iterations, mean and sigma).
    subs : bool
        Request SUBS: LONG subscripts (into the flattened data) of the points used.
    double : bool
        /DOUBLE: MOMENT in double precision (DOUBLE data always are).

    Returns
    -------
    MeanclipResult(mean, sigma[, subs])
        Mean and standard deviation (MOMENT's, FLOAT or DOUBLE) of the points kept.

    Raises
    ------
    ValueError
        When fewer than two finite points remain (MOMENT's error), or no finite point
        exists (the .pro then fails subscripting with -1).

    Notes
    -----
    As meanclip.pro (BSD; last revision Nov 2021, IDLAstro commit 729b572; R. S. Hill
    1998): each pass takes ``med = MEDIAN(x, /EVEN)`` and ``sig = SQRT(MOMENT(x,
    MAXMOMENT=2)[1])`` of the current points and keeps ``|x - med| LT CLIPSIG*sig``
    (if none is kept the previous set stays); it repeats until
    ``FLOAT(|ct - lastct|)/lastct LE CONVERGE_NUM`` or more than MAXITER passes, or
    nothing was kept. The result is MOMENT's mean and SQRT(variance) of the last set.
    Differences from the naive call: ``astropy.stats.sigma_clip`` clips about the median
    with ``<=`` and iterates to convergence; here the test is strict, the spread is the
    sample (n-1) standard deviation, and convergence is a fraction of points.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> d = np.float32([1.0, 1.2, 0.9, 1.1, 1.05, 0.95, 9.0, 1.0, 1.02, 0.98, 1.01, 0.99])
    >>> m, s = idl.meanclip(d, verbose=True)
    MEANCLIP:  3-sigma clipped mean
    MEANCLIP:  Mean computed in        2 iterations
    MEANCLIP:  Mean =       1.01818,  sigma =     0.0789707
    """
    a = idl_array(image, "Image", complex_ok=False).ravel()
    maxit = 5 if maxiter is None else int(np.ravel(idl_array(maxiter, "MAXITER"))[0])
    clip = (np.asarray(np.int16(3)) if clipsig is None
            else idl_array(clipsig, "CLIPSIG", complex_ok=False).reshape(-1)[0])
    conv = (np.asarray(np.float32(0.02)) if converge_num is None
            else idl_array(converge_num, "CONVERGE_NUM", complex_ok=False).reshape(-1)[0])
    clip, conv = np.asarray(clip), np.asarray(conv)
    sub = np.flatnonzero(np.isfinite(a)).astype(np.int32)
    ct = sub.size
    if ct == 0:
        raise CompatValueError("Attempt to subscript IMAGE with SUBS is out of range (no "
                               "finite value)")
    it = 0
    while True:
        skpix = a[sub]
        it += 1
        lastct = ct
        medval = _median(skpix, even=True)
        mom = _moment(skpix, maxmoment=2, double=bool(double))
        sig = np.sqrt(np.asarray(mom)[1])
        keep = _op(np.less, np.abs(_op(np.subtract, skpix, medval)),
                   _op(np.multiply, clip, sig))
        ct = int(np.count_nonzero(keep))
        if ct > 0:
            sub = sub[keep]
        frac = np.float32(abs(ct - lastct)) / np.float32(lastct)
        if _op(np.less_equal, frac, conv) or it > maxit or ct == 0:
            break
    mom = np.asarray(_moment(a[sub], double=bool(double), maxmoment=2))
    m = mom[0]
    s = np.sqrt(mom[1])
    if verbose:
        from compat.idl.formatted_io import print as idl_print
        prf = "MEANCLIP:  "
        idl_print(prf + _strn(clip) + "-sigma clipped mean")
        idl_print(prf + "Mean computed in ", np.int16(it), " iterations")
        idl_print(prf + "Mean = ", m, ",  sigma = ", s)
    out = {"subs": sub} if subs else {}
    return MeanclipResult(mean=m, sigma=s, **out)


# ----------------------------------------------------------------------------------- AVG
@idl_routine("AVG")
def avg(array, dimension=None, *, nan=False, double=False):
    """Average of an array, or along one dimension, as the IDL Astronomy Library's
    (deprecated) ``AVG`` function.

    IDL call form::

        Result = AVG(Array [, Dimension] [, /NAN] [, /DOUBLE])
          ->  idl.avg(array [, dimension, nan=True, double=True])

    Parameters
    ----------
    array : array_like
        Any real IDL type. A one-element input is returned as its element, type kept.
    dimension : int, optional
        **0-based** IDL dimension to average over (AVG(A, 1) averages IDL's second
        dimension, numpy axis ``ndim - 2``), unlike MEAN's 1-based DIMENSION.
    nan : bool
        /NAN: NaN values are missing data; a result with no finite value is NaN.
    double : bool
        /DOUBLE: return DOUBLE.

    Returns
    -------
    numpy scalar or ndarray
        Sums in DOUBLE (TOTAL /DOUBLE) divided by the count; returned as DOUBLE for
        DOUBLE, LONG64 and ULONG64 data or /DOUBLE, else FLOAT. The all-NaN /NAN scalar
        is FLOAT NaN even with /DOUBLE (the .pro's ``!VALUES.F_NAN``).

    Raises
    ------
    ValueError
        "AVG: *** Dimension out of range, name= ARRAY".
    TypeError
        Complex input: avg.pro returns ``COMPLEXARR(FLOAT(avg), FLOAT(IMAGINARY(avg)))``,
        a zero array dimensioned by the average's parts (GDL 1.0.1 prints a 1 x 3 zero
        array for ``avg(complex([1,2],[3,4]))``); compat refuses instead of returning it.

    Notes
    -----
    As avg.pro (BSD; last revision Jan 2004, IDLAstro commit 729b572; W. Thompson 1986).
    Differences from the naive call: ``numpy.mean`` keeps float32 sums for float32 data
    and takes 0-based numpy axes; IDL's MEAN counts dimensions from 1.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.arange(12, dtype=np.float32).reshape(4, 3)   # IDL FINDGEN(3, 4)
    >>> idl.avg(a, 1)
    array([4.5, 5.5, 6.5], dtype=float32)
    >>> idl.avg([1, 2, 3, 4]), idl.avg(5)
    (np.float32(2.5), np.int16(5))
    """
    a = idl_array(array, "ARRAY")
    if a.dtype.kind == "c":
        raise CompatTypeError("COMPLEX input: avg.pro returns COMPLEXARR(FLOAT(avg), "
                              "FLOAT(IMAGINARY(avg))), a zero array dimensioned by the "
                              "average's parts; use MEAN")
    if a.size == 1:
        return a.reshape(-1)[0]
    keep_double = a.dtype in (np.float64, np.int64, np.uint64) or bool(double)
    if dimension is None:
        if nan:
            npts = np.float32(np.count_nonzero(np.isfinite(a)))
        else:
            npts = np.int32(a.size)
        if npts == 0:
            return np.float32(np.nan)
        average = np.asarray(_total(a, nan=bool(nan), double=True)) / npts
    else:
        d = int(np.ravel(idl_array(dimension, "DIMENSION", complex_ok=False))[0])
        shape = idl_shape(a.shape)
        if not 0 <= d < len(shape):
            raise CompatValueError("*** Dimension out of range, name= ARRAY")
        a = a.reshape(shape)
        average = np.asarray(_total(a, d + 1, nan=bool(nan), double=True))
        if nan:
            npts = np.count_nonzero(np.isfinite(a), axis=a.ndim - 1 - d).astype(np.float32)
            average = average / np.maximum(npts, np.float32(1))
            average = np.where(npts == 0, np.nan, average)
        else:
            average = average / shape[a.ndim - 1 - d]
    average = np.asarray(average, np.float64)
    if not keep_double:
        average = average.astype(np.float32)
    return _scalar(average)


# -------------------------------------------------------------------------- DJS_ITERSTAT
class DjsIterstatResult(Result):
    """DJS_ITERSTAT's output keywords."""

    mean: np.ndarray
    median: np.ndarray
    sigma: np.ndarray
    mask: np.ndarray
    newivar: np.ndarray


@idl_routine("DJS_ITERSTAT")
def djs_iterstat(image, *, invvar=None, sigrej=None, maxiter=None):
    """Mean, median and sigma with iterative sigma clipping, as SDSS idlutils'
    ``DJS_ITERSTAT`` procedure.

    IDL call form::

        DJS_ITERSTAT, image [, INVVAR=, SIGREJ=, MAXITER=, MEAN=m, MEDIAN=md, SIGMA=s,
                      MASK=k, NEWIVAR=v]
          ->  m, md, s, k, v = idl.djs_iterstat(image [, invvar=, sigrej=, maxiter=])

    Parameters
    ----------
    image : array_like
        Data (any real type, any shape: used flattened); may be empty.
    invvar : array_like, optional
        Inverse variances (as many as the data, none negative): a weighted mean and a
        rejection by ``|x - mean| sqrt(invvar) < sigrej``, used when their total is > 0.
    sigrej : scalar, optional
        Rejection threshold in sigma (default FLOAT 3.0; 0 means the default).
    maxiter : int, optional
        Iterations (default 10; 0 means the default).

    Returns
    -------
    DjsIterstatResult(mean, median, sigma, mask, newivar)
        The outputs the procedure sets: MEAN and SIGMA of the last set of at least 2
        points, MEDIAN (MEDIAN(/EVEN) of that set, or the mean when no clipping pass
        kept 2 points), MASK (BYTE, 1 for points inside the last pass's limits) and
        NEWIVAR (the total inverse variance of the set used, or 0.0 unweighted).
        FLOAT (DOUBLE for DOUBLE data); for one point its own value and type.

    Raises
    ------
    ValueError
        "Number of elements in IMAGE and INVVAR must agree!", "Invalid (negative)
        values for INVVAR!" (the .pro's messages).

    Notes
    -----
    As djs_iterstat.pro (SDSS idlutils, D. Schlegel 1999, revised Sep 2000; github.com/
    sdss/idlutils commit 8f62428): the mean and the (n-1) standard deviation of all
    points, then up to MAXITER-1 passes keeping ``mean - sigrej sig < x < mean + sigrej
    sig`` (strict), stopping when the count does not change or drops below 2 (the last
    good mean and sigma stay). The mean is ``TOTAL(x*mask)/ngood`` in FLOAT (DOUBLE for
    DOUBLE data). idlutils has no licence file: facts only, and the golden suite
    writes the steps anew. Differences from the naive call:
    ``astropy.stats.sigma_clipped_stats`` clips about the median with the population
    sigma; here the clipping is about the mean, with the sample sigma.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> x = np.float32([1, 2, 3, 4, 5, 6, 7, 8, 9, 100])
    >>> r = idl.djs_iterstat(x)       # 100 is inside mean +- 3 sigma of all ten points
    >>> float(r.mean), float(r.median), int(r.mask.sum())
    (14.5, 5.5, 10)
    >>> r = idl.djs_iterstat(x, sigrej=2)
    >>> float(r.mean), float(r.median), r.mask
    (5.0, 5.0, array([1, 1, 1, 1, 1, 1, 1, 1, 1, 0], dtype=uint8))
    """
    a = idl_array(image, "image", complex_ok=False, empty_ok=True).ravel()
    srej = (np.asarray(F32_3) if not sigrej else
            idl_array(sigrej, "SIGREJ", complex_ok=False).reshape(-1)[0])
    srej = np.asarray(srej)
    mit = 10 if not maxiter else int(np.ravel(idl_array(maxiter, "MAXITER"))[0])
    ngood = a.size
    qivar = False
    iv = None
    if invvar is not None:
        iv = idl_array(invvar, "INVVAR", complex_ok=False, empty_ok=True).ravel()
        if iv.size and np.any(iv):
            if iv.size != ngood:
                raise CompatValueError("Number of elements in IMAGE and INVVAR must "
                                       "agree!")
            if iv.min() < 0:
                raise CompatValueError("Invalid (negative) values for INVVAR!")
            if _total(iv) > 0:
                qivar = True
                invsig = np.sqrt(iv)
    if ngood == 0:
        z = np.float32(0)
        return DjsIterstatResult(mean=z, median=z, sigma=z, mask=np.uint8(0), newivar=z)
    if ngood == 1:
        v = a[0]
        return DjsIterstatResult(mean=v, median=v, sigma=np.float32(0), mask=np.uint8(1),
                                 newivar=iv[0] if qivar else np.float32(0))
    if qivar:
        mask = (iv > 0).astype(np.uint8)
        fmean = _op(np.divide, _total(_op(np.multiply, a, iv)), _total(iv))
    else:
        mask = np.ones(ngood, np.uint8)
        fmean = _op(np.divide, _total(_op(np.multiply, a, mask)), np.int32(ngood))

    def sig(m, n):
        d = _op(np.subtract, a, m)
        return np.sqrt(_op(np.divide, _total(_op(np.multiply, _op(np.multiply, d, d), mask)),
                           _op(np.subtract, n, np.int16(1))))

    fsig = sig(fmean, np.int32(ngood))
    iiter = 1
    nlast = -1
    ngood_v = np.int32(ngood)
    savemask = None
    while iiter < mit and nlast != ngood_v and ngood_v >= 2:
        nlast = ngood_v
        if qivar:
            mask = (_op(np.less, _op(np.multiply, np.abs(_op(np.subtract, a, fmean)), invsig),
                        srej) & (iv > 0)).astype(np.uint8)
        else:
            lim = _op(np.multiply, srej, fsig)
            mask = (_op(np.greater, a, _op(np.subtract, fmean, lim))
                    & _op(np.less, a, _op(np.add, fmean, lim))).astype(np.uint8)
        ngood_v = _total(mask)
        if ngood_v >= 2:
            if qivar:
                fmean = _op(np.divide, _total(_op(np.multiply, _op(np.multiply, a, iv), mask)),
                            _total(_op(np.multiply, iv, mask)))
            else:
                fmean = _op(np.divide, _total(_op(np.multiply, a, mask)), ngood_v)
            fsig = sig(fmean, ngood_v)
            savemask = mask
        iiter += 1
    if savemask is not None:
        fmedian = _median(a[savemask == 1], even=True)
    else:
        fmedian = fmean
    if qivar:
        newivar = _total(_op(np.multiply, iv, savemask)) if savemask is not None \
            else _total(iv)
    else:
        newivar = np.float32(0)
    return DjsIterstatResult(mean=_scalar(fmean), median=_scalar(fmedian),
                             sigma=_scalar(fsig), mask=mask, newivar=_scalar(newivar))


F32_3 = np.float32(3.0)
