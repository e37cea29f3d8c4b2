"""Line-by-line Python port of the IDL Astronomy Library's SUNPOS (pro/sunpos.pro, BSD
licence, github.com/wlandsman/IDLAstro commit 729b572), written with compat.idl as a user
porting the program would write it.

``MOD`` is ``idl.mod`` (C's fmod: the remainder keeps the sign of the dividend, so dates
before 1900 give negative remainders; numpy's ``%`` would not). SIN, COS, ATAN(y, x)
and ASIN are compat.idl's, the C library's routines as IDL calls them (numpy's loops
differ in the last bit for some arguments).
"""
from collections import namedtuple

import numpy as np

from compat import idl

Sun = namedtuple("Sun", ["result", "ra", "dec", "longmed", "oblt"])


def sunpos(jd, ra=False, dec=False, longmed=False, oblt=False, radian=False):
    """SUNPOS, jd, ra, dec [, longmed, oblt, /RADIAN]."""
    mod = idl.mod
    dtor = np.pi / 180.0
    t = (np.asarray(jd, dtype=np.float64) - 2415020.0) / 36525.0

    l = (279.696678 + mod(36000.768925 * t, 360.0)) * 3600.0
    me = 358.475844 + mod(35999.049750 * t, 360.0)
    ellcor = (6910.1 - 17.2 * t) * idl.sin(me * dtor) + 72.3 * idl.sin(2.0 * me * dtor)
    l = l + ellcor

    mv = 212.603219 + mod(58517.803875 * t, 360.0)
    vencorr = (4.8 * idl.cos((299.1017 + mv - me) * dtor) +
               5.5 * idl.cos((148.3133 + 2.0 * mv - 2.0 * me) * dtor) +
               2.5 * idl.cos((315.9433 + 2.0 * mv - 3.0 * me) * dtor) +
               1.6 * idl.cos((345.2533 + 3.0 * mv - 4.0 * me) * dtor) +
               1.0 * idl.cos((318.15 + 3.0 * mv - 5.0 * me) * dtor))
    l = l + vencorr

    mm = 319.529425 + mod(19139.858500 * t, 360.0)
    marscorr = (2.0 * idl.cos((343.8883 - 2.0 * mm + 2.0 * me) * dtor) +
                1.8 * idl.cos((200.4017 - 2.0 * mm + me) * dtor))
    l = l + marscorr

    mj = 225.328328 + mod(3034.6920239 * t, 360.0)
    jupcorr = (7.2 * idl.cos((179.5317 - mj + me) * dtor) +
               2.6 * idl.cos((263.2167 - mj) * dtor) +
               2.7 * idl.cos((87.1450 - 2.0 * mj + 2.0 * me) * dtor) +
               1.6 * idl.cos((109.4933 - 2.0 * mj + me) * dtor))
    l = l + jupcorr

    d = 350.7376814 + mod(445267.11422 * t, 360.0)
    mooncorr = 6.5 * idl.sin(d * dtor)
    l = l + mooncorr

    longterm = +6.4 * idl.sin((231.19 + 20.20 * t) * dtor)
    l = l + longterm
    l = mod(l + 2592000.0, 1296000.0)
    longmed_ = l / 3600.0

    l = l - 20.5
    omega = 259.183275 - mod(1934.142008 * t, 360.0)
    l = l - 17.2 * idl.sin(omega * dtor)

    oblt_ = 23.452294 - 0.0130125 * t + (9.2 * idl.cos(omega * dtor)) / 3600.0

    l = l / 3600.0
    ra_ = idl.atan(idl.sin(l * dtor) * idl.cos(oblt_ * dtor), idl.cos(l * dtor))

    w = idl.where(ra_ < 0.0, count=True)
    if w.count > 0:
        if np.ndim(ra_) == 0:           # IDL's ra[[0]] of a scalar: the scalar itself
            ra_ = ra_ + 2.0 * np.pi
        else:
            ra_ = np.array(ra_, copy=True)
            ra_[w.result] = ra_[w.result] + 2.0 * np.pi

    dec_ = idl.asin(idl.sin(l * dtor) * idl.sin(oblt_ * dtor))

    if radian:
        oblt_ = oblt_ * dtor
        longmed_ = longmed_ * dtor
    else:
        ra_ = ra_ / dtor
        dec_ = dec_ / dtor
    return Sun(None, ra_, dec_, longmed_, oblt_)
