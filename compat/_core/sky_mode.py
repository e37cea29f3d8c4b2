"""The sky background estimate of the IDL Astronomy Library's MMM (Python-shaped core).

MMM (Stetson's DAOPHOT sky algorithm, as W. Landsman's mmm.pro codes it) sorts the sky
values, rejects outliers symmetric about the median, then iterates: the cut is
``r * sigma + 0.5 |mean - mode|`` with ``r`` from the number of values kept (a
quadratic in their log10, at least 2), the kept range is moved one value at a time to
the new cuts (updating running sums in DOUBLE), the mode is ``3 median - 2 mean`` when
the median is below the mean (else the mean), with the median the mean of the central
20% (widened until the read noise is resolved), and the mode's step is halved each
time its sign flips. It ends when the kept range stops moving.

Every operation is repeated with the .pro's own types, so FLOAT sky gives the .pro's
bits: FLOAT constants (``0.5*``, ``3.*``) stay float32, the sums are DOUBLE
(``TOTAL(/DOUBLE)``), the mean and sigma are rounded to FLOAT where the .pro calls
FLOAT (the first sigma stays DOUBLE, as in the .pro), the centre window's TOTAL is a
running FLOAT sum (IDL's TOTAL of FLOAT data; DOUBLE for DOUBLE data).

Source: IDL Astronomy Library, pro/mmm.pro (revision of 2011-2014 with MINSKY and the
/INTEGER fix, github.com/wlandsman/IDLAstro commit 729b572; BSD licence); algorithm:
P. B. Stetson, "DAOPHOT: A Computer Program for Crowded-Field Stellar Photometry",
PASP 99, 191 (1987). Written anew from the .pro's steps.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["sky_mode", "SkyMode"]

F32 = np.float32


class SkyMode:
    """What MMM returns: ``skymod``, ``sigma``, ``skew``, ``nsky`` and the error message
    (``None`` when it succeeded; then sigma is -1.0 and skew 0.0, as the .pro sets)."""

    __slots__ = ("skymod", "sigma", "skew", "nsky", "error", "niter")

    def __init__(self, skymod, sigma, skew, nsky, error=None, niter=0):
        self.skymod, self.sigma, self.skew = skymod, sigma, skew
        self.nsky, self.error, self.niter = nsky, error, niter


def _running(values: np.ndarray, dtype) -> np.generic:
    """IDL's TOTAL: the values added left to right in ``dtype``."""
    return np.cumsum(values.astype(dtype))[-1]


def _half(value):
    """``0.5*x`` with IDL's FLOAT literal: FLOAT unless x is DOUBLE."""
    return F32(0.5) * value


def sky_mode(sky_vector: np.ndarray, *, highbad=None, readnoise=None, integer=False,
             maxiter: int = 50, minsky: int = 20) -> SkyMode:
    """MMM on a flat array of sky values (any IDL numeric type; see the module)."""
    values = np.asarray(sky_vector).reshape(-1)
    nsky = values.size
    if nsky < minsky:
        return SkyMode(None, F32(-1.0), F32(0.0), np.int32(nsky),
                       f"ERROR -Input vector must contain at least {minsky} elements")
    nlast = nsky - 1
    # IDL types below 4 (BYTE, INT, LONG) and above 11 (the unsigned and 64-bit
    # integers) are integer data
    integer = bool(integer) or values.dtype.kind in "biu"
    sky = np.sort(values, kind="stable")
    if integer and sky.dtype.kind in "biu":
        # every use of an integer sky value meets a FLOAT (0.5*, the cuts, TOTAL):
        # IDL converts it to FLOAT there
        sky = sky.astype(np.float32)
    double = sky.dtype == np.float64
    total_type = np.float64 if double else np.float32

    skymid = _half(sky[(nsky - 1) // 2]) + _half(sky[nsky // 2])
    cut1 = min(skymid - sky[0], sky[nsky - 1] - skymid)
    if highbad is not None:
        cut1 = min(cut1, _meet(highbad, skymid) - skymid)
    cut2 = skymid + cut1
    cut1 = skymid - cut1
    good = np.flatnonzero((sky <= cut2) & (sky >= cut1))
    if good.size == 0:
        return SkyMode(None, F32(-1.0), F32(0.0), np.int32(nsky),
                       f"ERROR - No sky values fall within {_g(cut1)} and {_g(cut2)}")
    delta = sky[good] - skymid
    total = _dsum(delta)
    sumsq = _dsum(np.square(delta))
    maximm = int(good.max())
    minimm = int(good.min()) - 1

    skymed = _half(sky[(minimm + maximm + 1) // 2]) + _half(sky[(minimm + maximm) // 2 + 1])
    skymn = F32(total / (maximm - minimm))
    # skymn^2 is a FLOAT square; the difference with the DOUBLE mean square is DOUBLE
    sigma = np.sqrt(np.float64(sumsq / (maximm - minimm)) - np.float64(skymn * skymn))
    skymn = skymn + skymid
    skymod = F32(3.0) * skymed - F32(2.0) * skymn if skymed < skymn else skymn

    niter = 0
    clamp = 1
    old = 0
    while True:
        niter += 1
        if niter > maxiter:
            return SkyMode(skymod, F32(-1.0), F32(0.0), np.int32(maximm - minimm),
                           f"ERROR - Too many ({maxiter}) iterations, unable to compute "
                           "sky", niter)
        if maximm - minimm < minsky:
            return SkyMode(skymod, F32(-1.0), F32(0.0), np.int32(maximm - minimm),
                           f"ERROR - Too few ({maximm - minimm}) valid sky elements, "
                           "unable to compute sky", niter)
        r = np.log10(F32(maximm - minimm))
        r = max(F32(2.0), (F32(-0.1042) * r + F32(1.1695)) * r + F32(0.8895))
        cut = r * sigma + F32(0.5) * abs(skymn - skymod)
        if integer:
            cut = max(cut, F32(1.5))
        cut1 = skymod - cut
        cut2 = skymod + cut

        redo = False
        newmin = minimm
        tst_min = sky[newmin + 1] >= cut1
        done = newmin == -1 and tst_min
        if not done:
            done = sky[max(newmin, 0)] < cut1 and tst_min
        if not done:
            istep = 1 - 2 * int(tst_min)
            while True:
                newmin += istep
                done = newmin == -1 or newmin == nlast
                if not done:
                    done = sky[newmin] <= cut1 and sky[newmin + 1] >= cut1
                if done:
                    break
            if tst_min:
                delta = sky[newmin + 1:minimm + 1] - skymid
            else:
                delta = sky[minimm + 1:newmin + 1] - skymid
            total -= istep * _dsum(delta)
            sumsq -= istep * _dsum(np.square(delta))
            redo = True
            minimm = newmin
        newmax = maximm
        tst_max = sky[maximm] <= cut2
        done = maximm == nlast and tst_max
        if not done:
            done = bool(tst_max) and sky[min(maximm + 1, nlast)] > cut2
        if not done:
            istep = -1 + 2 * int(tst_max)
            while True:
                newmax += istep
                done = newmax == nlast or newmax == -1
                if not done:
                    done = sky[newmax] <= cut2 and sky[newmax + 1] >= cut2
                if done:
                    break
            if tst_max:
                delta = sky[maximm + 1:newmax + 1] - skymid
            else:
                delta = sky[newmax + 1:maximm + 1] - skymid
            total += istep * _dsum(delta)
            sumsq += istep * _dsum(np.square(delta))
            redo = True
            maximm = newmax
        nsky = maximm - minimm
        if nsky < minsky:
            return SkyMode(skymod, F32(-1.0), F32(0.0), np.int32(nsky),
                           "ERROR - Outlier rejection left too few sky elements", niter)
        skymn = F32(total / nsky)
        sigma = F32(math.sqrt(max(sumsq / nsky - float(skymn * skymn), 0.0)))
        skymn = skymn + skymid

        center = F32(minimm + 1 + maximm) / F32(2.0)
        side = F32(_idl_round(F32(0.2) * F32(maximm - minimm))) / F32(2.0) + F32(0.25)
        j = _idl_round(center - side)
        k = _idl_round(center + side)
        if readnoise is not None and readnoise != 0:
            lo = _idl_round(center - F32(0.25))
            hi = _idl_round(center + F32(0.25))
            rn = F32(0.25) * _meet(readnoise, skymid)
            # the .pro's Nsky here is the count of kept values (IDL names are
            # case-insensitive: NSKY was just set to maximm - minimm)
            while j > 0 and k < nsky - 1 and (sky[lo] - sky[j] < rn or
                                               sky[k] - sky[hi] < rn):
                j -= 1
                k += 1
        skymed = _running(sky[j:k + 1], total_type) / F32(k - j + 1) if not double \
            else _running(sky[j:k + 1], total_type) / np.float64(k - j + 1)
        if skymed < skymn:
            dmod = F32(3.0) * skymed - F32(2.0) * skymn - skymod
        else:
            dmod = skymn - skymod
        if dmod * old < 0:
            clamp = F32(0.5) * clamp
        skymod = skymod + clamp * dmod
        old = dmod
        if not redo:
            break
    skew = F32((skymn - skymod) / max(F32(1.0), sigma))
    return SkyMode(skymod, sigma, skew, np.int32(maximm - minimm), None, niter)


def _meet(value, other):
    """An integer scalar meeting a FLOAT value becomes FLOAT (IDL's promotion; numpy
    would make a LONG and a FLOAT a DOUBLE)."""
    value = np.asarray(value).reshape(())[()]
    if np.asarray(value).dtype.kind in "biu" and np.asarray(other).dtype == np.float32:
        return F32(value)
    return value


def _dsum(values: np.ndarray) -> float:
    """``TOTAL(x, /DOUBLE)``: left to right in DOUBLE."""
    return float(np.cumsum(values.astype(np.float64))[-1]) if values.size else 0.0


def _idl_round(value) -> int:
    """IDL's ROUND: half away from zero."""
    v = float(value)
    return int(math.floor(v + 0.5)) if v >= 0 else -int(math.floor(-v + 0.5))


def _g(value) -> str:
    """STRTRIM(value, 2) of a FLOAT/DOUBLE as the .pro's message prints it."""
    from compat._core.idl_number_text import free_text
    return str(free_text(np.asarray(value))).strip()
