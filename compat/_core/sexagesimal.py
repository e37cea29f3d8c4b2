"""Decimal to sexagesimal units as the IDL Astronomy Library's RADEC computes them, in
IDL's types: FIX() gives INT, the fractions stay in the argument's float type
(FLOAT for FLOAT and integer arguments, DOUBLE for DOUBLE)."""

from __future__ import annotations

import numpy as np

from compat._core.idl_numeric import to_idl_type
from compat._core.idl_types import promote

__all__ = ["ra_dec_sexagesimal"]

_INT = np.dtype(np.int16)


def _fix(a: np.ndarray) -> np.ndarray:
    return to_idl_type(np.asarray(a), _INT)


def ra_dec_sexagesimal(ra: np.ndarray, dec: np.ndarray, *, hours: bool = False):
    """``(ihr, imin, xsec, ideg, imn, xsc)`` of radec.pro, operation by operation.

    RA: ``ra mod 360.`` (``24.`` with ``hours``; C's fmod in ``promote(type, FLOAT)``),
    plus 360 (24) when negative; hours ``FIX(ra/15.)`` (``FIX(ra)``), minutes from
    ``ABS(ra*4.0 - ihr*60.0)`` (``ABS(ra*60. - ihr*60.)``), seconds
    ``(xmin - imin)*60.0``. Dec: ``FIX(dec)``, ``ABS(dec - ideg)*60.0`` ... ; for
    -1 < dec < 0 the sign moves to the minutes, or to the seconds when the minutes
    are 0.
    """
    with np.errstate(all="ignore"):
        t = promote(ra.dtype, np.float32)
        period = t.type(24.0 if hours else 360.0)
        r = np.fmod(ra.astype(t), period)
        r = r + (np.int16(24 if hours else 360) * (r < 0).astype(np.uint8).astype(_INT)).astype(t)
        if hours:
            ihr = _fix(r)
            xmin = np.abs(r * t.type(60.0) - (ihr.astype(np.float32) * np.float32(60.0)).astype(t))
        else:
            ihr = _fix(r / t.type(15.0))
            xmin = np.abs(r * t.type(4.0) - (ihr.astype(np.float32) * np.float32(60.0)).astype(t))
        imin = _fix(xmin)
        xsec = (xmin - imin.astype(t)) * t.type(60.0)

        ideg = _fix(dec)
        dt = promote(dec.dtype, _INT)
        diff = np.abs(dec.astype(dt) - ideg.astype(dt))
        mt = promote(dt, np.float32)
        xmn = diff.astype(mt) * mt.type(60.0)
        imn = _fix(xmn)
        xsc = (xmn - imn.astype(mt)) * mt.type(60.0)

        zero_deg = ((ideg == 0) & (dec < 0)).astype(np.uint8)
        flip = _fix(zero_deg * (imn != 0).astype(np.uint8))
        imn = (imn - (np.int16(2) * imn).astype(_INT) * flip).astype(_INT)
        xsc = xsc - (mt.type(2.0) * xsc) * zero_deg.astype(mt) * (imn == 0).astype(mt)
    return ihr, imin, xsec, ideg, imn, xsc
