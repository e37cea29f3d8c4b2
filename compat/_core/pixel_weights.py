"""The exact area of a circle inside a square pixel, as the IDL Astronomy Library's PIXWT
(Python-shaped core).

PIXWT (W. Landsman's pixwt.pro after Marc Buie's PIXWT) splits the pixel's area into
four signed pieces, one per side (ONESIDE: the area between the side, the x axis
through the centre and the circle), each a sum of circular sectors (ARC:
``0.5 r^2 (atan(y1/x) - atan(y0/x))``) and triangles (CHORD: ``0.5 x (y1 - y0)``)
depending on where the side's ends lie with respect to the circle.

Types are the .pro's: ARC works in FLOAT (``ATAN(FLOAT(y1)/FLOAT(x))``, IDL's FLOAT
ATAN, and a FLOAT radius), CHORD in the type of the pixel edges (FLOAT, or DOUBLE for
DOUBLE centres or positions). For an array of pixels, each side's answer is stored in
an array of the edges' type (the .pro's ``ans = x*0``); for a scalar pixel the pieces
keep their own types, as the .pro's scalar branch returns them. Both branches are the
same element operations, so they are written once per element here (the .pro's
WHERE bookkeeping only routes elements to the six cases).

Source: IDL Astronomy Library, pro/pixwt.pro (github.com/wlandsman/IDLAstro commit
729b572; BSD licence). Written anew from the .pro's steps.
"""

from __future__ import annotations

import numpy as np

from compat._core.idl_elementary import elementary

__all__ = ["pixel_weights"]

F32 = np.float32
_HALF = F32(0.5)


def _atan(value):
    return elementary("ATAN", F32(value))


def _arc(x, y0, y1, r):
    """ARC: a FLOAT sector area."""
    return _HALF * r * r * (_atan(F32(y1) / F32(x)) - _atan(F32(y0) / F32(x)))


def _chord(x, y0, y1):
    """CHORD: a triangle in the edges' type."""
    return _HALF * x * (y1 - y0)


def _oneside(x, y0, y1, r, scalar: bool):
    """ONESIDE for one element; ``scalar`` is the .pro's scalar branch (``x EQ 0``
    returns ``x``; the array branch computes those elements like the others)."""
    if scalar and x == 0:
        return x
    if abs(x) >= r:
        return _arc(x, y0, y1, r)
    yh = np.sqrt(r * r - x * x)
    if y0 <= -yh:
        if y1 <= -yh:
            return _arc(x, y0, y1, r)
        if y1 <= yh:
            return _arc(x, y0, -yh, r) + _chord(x, -yh, y1)
        return _arc(x, y0, -yh, r) + _chord(x, -yh, yh) + _arc(x, yh, y1, r)
    if y0 < yh:
        if y1 <= -yh:
            return _chord(x, y0, -yh) + _arc(x, -yh, y1, r)
        if y1 <= yh:
            return _chord(x, y0, y1)
        return _chord(x, y0, yh) + _arc(x, yh, y1, r)
    if y1 <= -yh:
        return _arc(x, y0, yh, r) + _chord(x, yh, -yh) + _arc(x, -yh, y1, r)
    if y1 <= yh:
        return _arc(x, y0, yh, r) + _chord(x, yh, y1)
    return _arc(x, y0, y1, r)


def pixel_weights(xc, yc, r, x, y):
    """PIXWT(xc, yc, r, x, y): the area of the circle (centre ``xc, yc``, radius ``r``)
    inside the unit pixels centred on ``x, y`` (numpy arrays or scalars, IDL types)."""
    rf = F32(r)
    x0 = (x - _HALF) - xc
    y0 = (y - _HALF) - yc
    x1 = (x + _HALF) - xc
    y1 = (y + _HALF) - yc
    x0, y0, x1, y1 = np.broadcast_arrays(*(np.asarray(v) for v in (x0, y0, x1, y1)))
    dtype = np.result_type(x0.dtype, y0.dtype, F32)
    if x0.ndim == 0:
        e = [v[()] for v in (x0, y0, x1, y1)]
        return (_oneside(e[2], e[1], e[3], rf, True) + _oneside(e[3], -e[2], -e[0], rf, True)
                + _oneside(-e[0], -e[3], -e[1], rf, True) + _oneside(-e[1], e[0], e[2], rf,
                                                                      True))
    out = np.zeros(x0.shape, dtype=dtype)
    flat = [v.reshape(-1) for v in (x0, y0, x1, y1)]
    sides = []
    for xs, a, b in ((flat[2], flat[1], flat[3]), (flat[3], -flat[2], -flat[0]),
                     (-flat[0], -flat[3], -flat[1]), (-flat[1], flat[0], flat[2])):
        side = np.empty(xs.size, dtype=xs.dtype)
        # the .pro's ONESIDE on arrays: every element through the same cases; an
        # array whose elements are all 0 is returned as it is
        if np.all(xs == 0):
            side[:] = xs
        else:
            for i in range(xs.size):
                side[i] = _oneside(xs[i], a[i], b[i], rf, False)
        sides.append(side)
    out[...] = (sides[0] + sides[1] + sides[2] + sides[3]).reshape(x0.shape)
    return out
