"""Line-by-line Python port of the IDL Astronomy Library's RESISTANT_MEAN
(pro/resistant_mean.pro, BSD licence, github.com/wlandsman/IDLAstro commit 729b572),
written with compat.idl as a user porting the program would write it. The IDL lines are
kept as comments above their Python lines.

IDL's output arguments (Mean, Sigma_mean, Num_Rej) and output keywords (GOODVEC,
BADVEC, WUSED) are requested with ``name=True`` and returned as fields of a named tuple;
``N_params() LT 4`` (no Sigma requested) is ``sigma=False``.
"""
from collections import namedtuple

import numpy as np

from compat import idl

F = np.float32
Resistant = namedtuple("Resistant", ["result", "mean", "sigma", "num_rej", "goodvec",
                                     "badvec", "wused"])


def resistant_mean(y, cut, mean=False, sigma=False, num_rej=False, goodvec=False,
                   badvec=False, dimension=None, double=False, sumdim=None, wused=False,
                   silent=False):
    """RESISTANT_MEAN, Y, CUT, Mean [, Sigma_mean, Num_Rej, GOODVEC=, BADVEC=,
    DIMENSION=, /DOUBLE, WUSED=, /SILENT]."""
    y = np.asarray(y)
    # sz = size(Y)
    sz = idl.size(y)
    # indouble = size(Y,/tname) EQ 'DOUBLE'
    indouble = idl.size(y, tname=True) == "DOUBLE"
    dim = None
    # if N_elements(DIMENSION) then DIM = long(DIMENSION[0]) else if n_elements(SUMDIM) ...
    if idl.n_elements(dimension):
        dim = int(np.ravel(dimension)[0])
    elif idl.n_elements(sumdim):
        dim = int(np.ravel(sumdim)[0])
    if 1 < sz[0] < 5 and dim is not None:
        if dim < 1 or dim > sz[0]:
            raise ValueError("RESISTANT_MEAN: Invalid dimension number")
        # numpy axis of IDL dimension DIM (readsav layout: reversed)
        axis = y.ndim - dim
        rest = [n for k, n in enumerate(y.shape) if k != axis]
        v = np.float64(0) if (double or indouble) else F(0)
        m_out = np.full(rest, v)
        s_out = np.full(rest, v)
        n_out = np.zeros(rest, dtype=np.int32)
        colhgt = int(np.prod(rest))
        cuts = np.ravel(cut)
        moved = np.moveaxis(y, axis, -1).reshape(colhgt, y.shape[axis])
        for ijkl in range(colhgt):
            this_cut = cuts[ijkl] if cuts.size == colhgt else cuts[0]
            r = resistant_mean(moved[ijkl], this_cut, mean=True, sigma=True, num_rej=True,
                               double=double, silent=True)
            m_out.flat[ijkl] = r.mean
            s_out.flat[ijkl] = r.sigma
            n_out.flat[ijkl] = r.num_rej
        return Resistant(None, m_out, s_out, n_out, None, None, None)

    madscale = 0.6745
    madscale2 = 0.8
    madlim = 1e-24
    sigcoeff = np.array([-0.15405, +0.90723, -0.23584, +0.020142])
    one = 1.0
    # if ~keyword_set(double) && ~indouble then ... = float(...)
    if not double and not indouble:
        madscale = F(madscale)
        madscale2 = F(madscale2)
        madlim = F(madlim)
        sigcoeff = sigcoeff.astype(F)
        one = F(one)
    else:
        madscale, madscale2, madlim, one = map(np.float64, (madscale, madscale2, madlim, one))

    npts = idl.n_elements(y)
    ymed = idl.median(y, even=True, double=double)
    absdev = np.abs(y - ymed)
    medabsdev = idl.median(absdev, even=True, double=double) / madscale
    if medabsdev < madlim:
        medabsdev = idl.mean(absdev, double=double, nan=True) / madscale2

    cutoff = cut * medabsdev

    w = idl.where(absdev <= cutoff, count=True)
    good, num_good = w.result, w.count
    if num_good <= 0:
        nan = F(np.nan)
        return Resistant(None, nan, nan, 0, good, None, None)
    goodpts = y[good]
    mean_ = idl.mean(goodpts, double=double)
    # IDL: FLOAT / LONG is FLOAT; numpy makes float32 / int32 float64, so the LONG count
    # takes the total's type first (here and below)
    tot = idl.total((goodpts - mean_) ** 2, double=double)
    sigma_ = np.sqrt(tot / tot.dtype.type(num_good))
    nrej = npts - num_good

    sc = idl.greater_of(cut, F(1.0))
    if sc <= F(4.50):
        sigma_ = sigma_ / idl.poly(sc, sigcoeff)

    cutoff = cut * sigma_

    w = idl.where(absdev <= cutoff, count=True, complement=True, ncomplement=True)
    good, num_good, bad, nrej = w.result, w.count, w.complement, w.ncomplement

    goodpts = y[good]
    mean_ = idl.mean(goodpts, double=double)
    if sigma:
        tot = idl.total((goodpts - mean_) ** 2)
        sigma_ = np.sqrt(tot / tot.dtype.type(num_good))
        sc = idl.greater_of(cut, F(1.0))
        if sc <= F(4.50):
            sigma_ = sigma_ / idl.poly(sc, sigcoeff)
        sigma_ = sigma_ / np.sqrt(type(one)(num_good) - one)
    else:
        sigma_ = None
    return Resistant(None, mean_, sigma_, nrej, good, bad, good)
