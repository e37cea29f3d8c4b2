"""Numbers shared by the IDL Astronomy Library's centroiding (CNTRD, GCNTRD): the box
sizes, CNTRD's triangular weights and GCNTRD's Gaussian kernel and marginal weights,
in the FLOAT (or DOUBLE) arithmetic of cntrd.pro and gcntrd.pro. The legacy layer
(:mod:`compat.idl.photometry`) runs the per-star loop with IDL's TOTAL and CONVOL."""

from __future__ import annotations

import numpy as np

from compat._core.robust_statistics import idl_op

__all__ = ["cntrd_weights", "gcntrd_kernel"]

F = np.float32


def cntrd_weights(nhalf: int):
    """``(dd, w)`` of cntrd.pro: ``dd = INDGEN(nbox-1) + 0.5 - nhalf`` and
    ``w = 1. - 0.5*(ABS(dd)-0.5)/(nhalf-0.5)`` (unity at the centre, 0.5 at the ends),
    FLOAT."""
    nbox = 2 * nhalf + 1
    dd = (np.arange(nbox - 1, dtype=F) + F(0.5)) - F(nhalf)
    w = F(1) - (F(0.5) * (np.abs(dd) - F(0.5))) / (F(nhalf) - F(0.5))
    return dd, w


def gcntrd_kernel(fwhm: np.ndarray, exp):
    """gcntrd.pro's box and kernel for a FWHM of IDL type ``fwhm.dtype``.

    Returns ``(nhalf, sigsq, g, mask, x_wt, wt)``: ``radius = 0.637*FWHM > 2.001``,
    ``sigsq = (FWHM/2.35482)^2``, ``nhalf = FIX(radius) < 6``; ``g`` the squared
    distances turned into ``EXP(-0.5*g/sigsq)`` (``exp`` is IDL's EXP, so FLOAT stays
    bit-identical to IDL's), ``mask`` (INT) the pixels within ``radius``, ``x_wt`` the
    rows of weights ``wt = nhalf - ABS(FINDGEN(nbox) - nhalf) + 1`` (numpy layout).
    """
    radius = np.maximum(idl_op(np.multiply, F(0.637), fwhm), F(2.001))
    radius = radius.astype(np.result_type(radius.dtype, F))
    radsq = idl_op(np.multiply, radius, radius)
    s = idl_op(np.divide, fwhm, F(2.35482))
    sigsq = idl_op(np.multiply, s, s)
    nhalf = min(int(np.trunc(radius)), 6)
    nbox = 2 * nhalf + 1
    row2 = (np.arange(nbox, dtype=F) - F(nhalf)) ** 2
    g = np.empty((nbox, nbox), F)
    g[nhalf] = row2
    for i in range(1, nhalf + 1):
        temp = row2 + F(i * i)
        g[nhalf - i] = temp
        g[nhalf + i] = temp
    mask = idl_op(np.less_equal, g, radsq).astype(np.int16)
    g = exp(idl_op(np.divide, F(-0.5) * g, sigsq))
    wt = (F(nhalf) - np.abs(np.arange(nbox, dtype=F) - F(nhalf))) + F(1)
    x_wt = np.broadcast_to(wt, (nbox, nbox)).copy()
    return nhalf, sigsq, g, mask, x_wt, wt
