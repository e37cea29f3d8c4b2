"""Line-by-line Python port of GLS, the generalised Lomb-Scargle periodogram (Zechmeister
& Kuerster 2009, A&A 496, 577), IDL version v2.01 from github.com/mzechmeister/GLS (MIT
licence, commit 4d557fe, idl/gls.pro), written with compat.idl as a user porting the
program would write it. The plotting (GLSPLOT), printing (GLSPRINT, /VERBOSE) and MPFIT
refinement (/REFINE) branches are not ported; /FAST is.

What the port has to say explicitly:

* ``A # B`` is ``idl.matrix_multiply(A, B)``: ``1/wsum # w`` is an IDL [1, n] matrix
  (numpy (n, 1)) and ``(w # y)[0]`` its dot product with y, summed as compat sums it;
* COS, SIN, ATAN(Y, X) are compat.idl's (the C library's bits, as IDL calls them);
* ``x^2`` of DOUBLE is the C library's ``pow(x, 2)``, as GDL computes it, which is not
  ``x * x`` for about 0.1% of values: ``idl.power(x, 2)`` (FLOAT x: pow in DOUBLE
  rounded to FLOAT);
* a DOUBLE constant meeting FLOAT data must be ``np.float64(...)``: a Python float is
  weak in numpy (FLOAT errors gave float32 weights in ``1.d/y_err^2`` until it was);
* FLOAT constants stay FLOAT where IDL keeps them so: ``-2. / nt`` is a FLOAT quotient
  and ``sqrt(2./nt)`` a FLOAT square root before they meet DOUBLE values.
"""
from collections import namedtuple

import numpy as np

from compat import idl

F = np.float32
Gls = namedtuple("Gls", ["result", "freqs", "sinpar", "ymod"])


def sinmod(x, par):
    """SINMOD(x, par): the sum of the sine waves par = [Freq, Amp, T0, offset, ...]."""
    par = np.asarray(par)
    y = idl.total(par.reshape(-1, 4)[:, 3])          # total(par[3,*])
    for i in range(0, idl.n_elements(par) - 3, 4):
        y = y + par[i + 1] * idl.sin(2 * np.pi * par[i] * (x - par[i + 2]))
    return y


def gls(time, ydata, dy=None, fbeg=None, fend=None, pbeg=None, pend=None, ofac=None,
        hifac=None, fast=False, ls=False, freqs=False, sinpar=False, ymod=False):
    """p = GLS(time, ydata [, dy], FBEG=, FEND=, PBEG=, PEND=, OFAC=, HIFAC=, /FAST, /LS,
    FREQS=f, SINPAR=s, YMOD=m)."""
    twopi = 2.0 * np.pi
    if not idl.n_elements(ofac):
        ofac = F(10.)
    if not idl.n_elements(hifac):
        hifac = F(1.)
    time, ydata = np.asarray(time), np.asarray(ydata)

    w_ = idl.where(np.isfinite(ydata), count=True)
    ind, nt = w_.result, w_.count
    t_data = time.flat[ind].astype(np.float64)
    y_data = ydata.flat[ind].astype(np.float64)

    tmin = idl.min(t_data)
    t = t_data - tmin
    tbase = idl.max(t)

    y_err = np.asarray(dy).flat[ind] if idl.n_elements(dy) > 0 else None
    # 1.d/y_err^2 is DOUBLE: a Python 1.0 would leave FLOAT errors' weights in float32
    w = np.float64(1.0) / idl.power(y_err, 2) if y_err is not None else 0.0 * y_data + 1
    wsum = idl.total(w)
    w = idl.matrix_multiply(1 / wsum, w)           # w = 1/wsum # w

    Y = idl.matrix_multiply(w, y_data)[0]
    wy = y_data - Y
    YY = idl.matrix_multiply(w, idl.power(wy, 2))[0]
    wy = w * wy.reshape(w.shape)                   # w * wy keeps w's [1, n] shape

    fstep = 1 / tbase / ofac
    fnyq = F(0.5) * F(nt - 1) / tbase              # 0.5 * (nt-1): FLOAT * LONG is FLOAT

    if not fbeg:
        fbeg = 1. / pend if pend else fstep
    if not fend:
        fend = 1. / pbeg if pbeg else fnyq * hifac
    if fend < fbeg:
        fbeg, fend = fend, fbeg

    nk = int(np.int32((fend - fbeg) / fstep))
    f = fbeg + fstep * idl.dindgen(nk)
    p = idl.dblarr(nk)
    A, B, off = p.copy(), p.copy(), p.copy()

    if fast:
        eid = np.exp(1j * (twopi * fstep * t))
    eix = None
    for k in range(nk):
        if fast:
            if k % 1000 == 0:
                eix = np.exp(1j * (twopi * f[k] * t))
            cosx = eix.real.copy()
            sinx = eix.imag.copy()
            eix = eix * eid
        else:
            x = twopi * f[k] * t
            cosx = idl.cos(x)
            sinx = idl.sin(x)
        mm = idl.matrix_multiply
        C = mm(w, cosx)[0]
        S = mm(w, sinx)[0]
        YC = mm(wy, cosx)[0]
        YS = mm(wy, sinx)[0]
        CC = mm(w, cosx * cosx)[0]
        CS = mm(w, cosx * sinx)[0]
        SS = 1. - CC
        if not ls:
            CC = CC - C * C
            SS = SS - S * S
            CS = CS - C * S
        D = CC * SS - idl.power(CS, 2)
        A[k] = (YC * SS - YS * CS) / D
        B[k] = (YS * CC - YC * CS) / D
        off[k] = -A[k] * C - B[k] * S
        p[k] = (SS * idl.power(YC, 2) + CC * idl.power(YS, 2) - 2. * CS * YC * YS) / D / YY

    r = idl.max(p, max_subscript=True)
    pmax, k = r.result, int(r.max_subscript)
    rms = np.sqrt(YY * (1 - p[k]))

    if not (k <= 0 or k >= nk - 1):
        xh = idl.power(f[k - 1:k + 2] - f[k], 2)
        yh = p[k - 1:k + 2] - p[k]
        aa = idl.total(yh * xh) / idl.total(xh * xh)
        f_err = np.sqrt(F(-2.) / F(nt) * (1 - p[k]) / aa)
    else:
        f_err = F(np.nan)

    fopt = f[k]
    amp = np.sqrt(idl.power(A[k], 2) + idl.power(B[k], 2))
    ph = idl.atan(A[k], B[k]) / twopi
    T0 = tmin - ph / f[k]
    offset = off[k] + Y
    sinpar_ = np.array([fopt, amp, T0, offset])
    ymod_ = sinmod(time, sinpar_)
    return Gls(p, f, sinpar_, ymod_) if (freqs or sinpar or ymod) else p
