"""Line-by-line Python port of the IDL Astronomy Library's MOONPOS (pro/moonpos.pro) with
the routines it calls, NUTATE (pro/nutate.pro), TEN and ISARRAY (BSD licence,
github.com/wlandsman/IDLAstro commit 729b572), written with compat.idl as a user porting
the program would write it (CIRRANGE, POLY, WHERE, TOTAL, MATRIX_MULTIPLY for ``#``, and
SIN, COS, TAN, ATAN, ASIN from compat.idl: numpy's loops differ from the C library's
routines that IDL calls in the last bit for some arguments -- here numpy's arctan2 and
arcsin changed RA and Dec of 2-5 of the 40 dates by one ulp).

What the port has to say explicitly, because numpy would silently do otherwise:

* IDL real literals without ``D`` are FLOAT, also inside an array that a DOUBLE element
  promotes: ``[-174.2, -1.6, ..., dblarr(10), ...]`` holds the DOUBLE values of the FLOAT
  constants (-174.1999969...), so those arrays are built from ``np.float32`` values;
* ``A # B`` of two vectors is their outer product (IDL dimensions [n_A, n_B], numpy
  shape (n_B, n_A)): ``idl.matrix_multiply(A, B)``; ``sarg[*, i]`` is ``sarg[i, :]``;
* ``jd[*]`` flattens; a scalar JD gives scalars (``isarray``).
"""
from collections import namedtuple

import numpy as np

from compat import idl

F = np.float32
Moon = namedtuple("Moon", ["result", "ra", "dec", "dis", "geolong", "geolat"])
Nutation = namedtuple("Nutation", ["result", "nut_long", "nut_obliq"])


def _f2d(values):
    """An IDL array literal mixing FLOAT constants and DOUBLE ones: DOUBLE values of the
    FLOAT constants (Python floats here stand for FLOAT constants, np.float64 for D)."""
    return np.array([v if isinstance(v, np.float64) else F(v) for v in values],
                    dtype=np.float64)


def isarray(a):
    """ISARRAY(a): size(a) has dimensions."""
    return idl.size(a)[0] != 0


def ten(dd, mm, ss=0.0):
    """TEN(dd, mm [, ss]) for numbers: dd + mm/60 + ss/3600 (sign of any negative)."""
    vector = np.array([dd, mm, ss], dtype=np.float64)
    facs = np.array([1.0, 60.0, 3600.0])
    sign = -1.0 if np.any(vector < 0) else 1.0
    vector = np.abs(vector)
    decim = vector[0]
    for i in range(1, 3):
        decim = decim + vector[i] / facs[i]
    return decim * sign


def nutate(jd, nut_long=False, nut_obliq=False):
    """NUTATE, jd, nut_long, nut_obliq: nutation in longitude and obliquity (arcsec)."""
    dtor = np.pi / 180.0
    # t = (jd[*] - 2451545.0d)/36525.0d0
    t = (np.ravel(np.asarray(jd, dtype=np.float64)) - 2451545.0) / 36525.0

    coeff1 = _f2d([np.float64(297.85036), np.float64(445267.111480), -0.0019142,
                   np.float64(1.0 / 189474.0)])
    d = idl.cirrange(idl.poly(t, coeff1) * dtor, radians=True)
    coeff2 = np.array([357.52772, 35999.050340, -0.0001603, -1.0 / 3e5])
    m = idl.cirrange(idl.poly(t, coeff2) * dtor, radians=True)
    # coeff3 = [134.96298d, 477198.867398d, 0.0086972d, 1.0/5.625d4 ]
    coeff3 = np.array([134.96298, 477198.867398, 0.0086972, 1.0 / 5.625e4])
    mprime = idl.cirrange(idl.poly(t, coeff3) * dtor, radians=True)
    coeff4 = _f2d([np.float64(93.27191), np.float64(483202.017538), -0.0036825,
                   np.float64(-1.0 / 3.27270e5)])
    f = idl.cirrange(idl.poly(t, coeff4) * dtor, radians=True)
    coeff5 = np.array([125.04452, -1934.136261, 0.0020708, 1.0 / 4.5e5])
    omega = idl.cirrange(idl.poly(t, coeff5) * dtor, radians=True)

    i16 = np.int16
    d_lng = np.array([0, -2, 0, 0, 0, 0, -2, 0, 0, -2, -2, -2, 0, 2, 0, 2, 0, 0, -2, 0, 2, 0,
                      0, -2, 0, -2, 0, 0, 2, -2, 0, -2, 0, 0, 2, 2, 0, -2, 0, 2, 2, -2, -2,
                      2, 2, 0, -2, -2, 0, -2, -2, 0, -1, -2, 1, 0, 0, -1, 0, 0, 2, 0, 2], i16)
    m_lng = np.array([0, 0, 0, 0, 1, 0, 1, 0, 0, -1] + [0] * 17 + [2, 0, 2, 1, 0, -1, 0, 0,
                     0, 1, 1, -1, 0, 0, 0, 0, 0, 0, -1, -1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, -1,
                     1, -1, -1, 0, -1], i16)
    mp_lng = np.array([0, 0, 0, 0, 0, 1, 0, 0, 1, 0, 1, 0, -1, 0, 1, -1, -1, 1, 2, -2, 0, 2,
                       2, 1, 0, 0, -1, 0, -1, 0, 0, 1, 0, 2, -1, 1, 0, 1, 0, 0, 1, 2, 1, -2,
                       0, 1, 0, 0, 2, 2, 0, 1, 1, 0, 0, 1, -2, 1, 1, 1, -1, 3, 0], i16)
    f_lng = np.array([0, 2, 2, 0, 0, 0, 2, 2, 2, 2, 0, 2, 2, 0, 0, 2, 0, 2, 0, 2, 2, 2, 0, 2,
                      2, 2, 2, 0, 0, 2, 0, 0, 0, -2, 2, 2, 2, 0, 2, 2, 0, 2, 2, 0, 0, 0, 2, 0,
                      2, 0, 2, -2, 0, 0, 0, 2, 2, 0, 0, 2, 2, 2, 2], i16)
    om_lng = np.array([1, 2, 2, 2, 0, 0, 2, 1, 2, 2, 0, 1, 2, 0, 1, 2, 1, 1, 0, 1, 2, 2, 0,
                       2, 0, 0, 1, 0, 1, 2, 1, 1, 1, 0, 1, 2, 2, 0, 2, 1, 0, 2, 1, 1, 1, 0,
                       1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 2, 0, 0, 2, 2, 2, 2], i16)
    # sin_lng: INT constants; 'the -171996' is LONG, so the array is LONG
    sin_lng = np.array([-171996, -13187, -2274, 2062, 1426, 712, -517, -386, -301, 217,
                        -158, 129, 123, 63, 63, -59, -58, -51, 48, 46, -38, -31, 29, 29, 26,
                        -22, 21, 17, 16, -16, -15, -13, -12, 11, -10, -8, 7, -7, -7, -7,
                        6, 6, 6, -6, -6, 5, -5, -5, -5, 4, 4, 4, -4, -4, -4, 3, -3, -3, -3,
                        -3, -3, -3, -3], np.int32)
    sdelt = _f2d([-174.2, -1.6, -0.2, 0.2, -3.4, 0.1, 1.2, -0.4, 0, -0.5, 0, 0.1, 0, 0, 0.1,
                  0, -0.1] + [np.float64(0)] * 10 + [-0.1, 0, 0.1] + [np.float64(0)] * 33)
    cos_lng = np.array([92025, 5736, 977, -895, 54, -7, 224, 200, 129, -95, 0, -70, -53, 0,
                        -33, 26, 32, 27, 0, -24, 16, 13, 0, -12, 0, 0, -10, 0, -8, 7, 9, 7,
                        6, 0, 5, 3, -3, 0, 3, 3, 0, -3, -3, 3, 3, 0, 3, 3, 3] + [0] * 14,
                       np.int32)
    cdelt = _f2d([8.9, -3.1, -0.5, 0.5, -0.1, 0.0, -0.6, 0.0, -0.1, 0.3] +
                 [np.float64(0)] * 53)

    n = idl.n_elements(jd)
    nut_long_ = idl.dblarr(n)
    nut_obliq_ = idl.dblarr(n)
    # arg = d_lng#d + m_lng#m +mp_lng#mprime + f_lng#f +om_lng#omega
    mm = idl.matrix_multiply
    arg = mm(d_lng, d) + mm(m_lng, m) + mm(mp_lng, mprime) + mm(f_lng, f) + mm(om_lng, omega)
    # IDL drops the trailing dimension of [63, 1] for one date and still reads
    # sarg[*, 0] of the 1-D result; numpy needs the (n, 63) shape back
    arg = arg.reshape(n, -1)
    sarg = idl.sin(arg)
    carg = idl.cos(arg)
    for i in range(n):
        nut_long_[i] = 0.0001 * idl.total((sdelt * t[i] + sin_lng) * sarg[i, :])
        nut_obliq_[i] = 0.0001 * idl.total((cdelt * t[i] + cos_lng) * carg[i, :])
    if not isarray(jd):
        nut_long_ = nut_long_[0]
        nut_obliq_ = nut_obliq_[0]
    return Nutation(None, nut_long_, nut_obliq_)


def moonpos(jd, ra=False, dec=False, dis=False, geolong=False, geolat=False, radian=False):
    """MOONPOS, jd, ra, dec, dis, geolong, geolat [, /RADIAN]."""
    jd = np.asarray(jd)
    npts = idl.n_elements(jd)
    dtor = np.pi / 180.0
    t = (np.ravel(jd).astype(np.float64) - 2451545.0) / 36525.0

    i16 = np.int16
    d_lng = np.array([0, 2, 2, 0, 0, 0, 2, 2, 2, 2, 0, 1, 0, 2, 0, 0, 4, 0, 4, 2, 2, 1, 1, 2,
                      2, 4, 2, 0, 2, 2, 1, 2, 0, 0, 2, 2, 2, 4, 0, 3, 2, 4, 0, 2, 2, 2, 4, 0,
                      4, 1, 2, 0, 1, 3, 4, 2, 0, 1, 2, 2], i16)
    m_lng = np.array([0, 0, 0, 0, 1, 0, 0, -1, 0, -1, 1, 0, 1, 0, 0, 0, 0, 0, 0, 1, 1, 0, 1,
                      -1, 0, 0, 0, 1, 0, -1, 0, -2, 1, 2, -2, 0, 0, -1, 0, 0, 1, -1, 2, 2, 1,
                      -1, 0, 0, -1, 0, 1, 0, 1, 0, 0, -1, 2, 1, 0, 0], i16)
    mp_lng = np.array([1, -1, 0, 2, 0, 0, -2, -1, 1, 0, -1, 0, 1, 0, 1, 1, -1, 3, -2, -1, 0,
                       -1, 0, 1, 2, 0, -3, -2, -1, -2, 1, 0, 2, 0, -1, 1, 0, -1, 2, -1, 1, -2,
                       -1, -1, -2, 0, 1, 4, 0, -2, 0, 2, 1, -2, -3, 2, 1, -1, 3, -1], i16)
    f_lng = np.array([0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, 0, -2, 2, -2, 0, 0, 0, 0, 0, 0, 0,
                      0, 0, 0, 0, 0, 2, 0, 0, 0, 0, 0, 0, -2, 2, 0, 2, 0, 0, 0, 0, 0, 0, -2,
                      0, 0, 0, 0, -2, -2, 0, 0, 0, 0, 0, 0, 0, -2], i16)
    sin_lng = np.array([6288774, 1274027, 658314, 213618, -185116, -114332, 58793, 57066,
                        53322, 45758, -40923, -34720, -30383, 15327, -12528, 10980, 10675,
                        10034, 8548, -7888, -6766, -5163, 4987, 4036, 3994, 3861, 3665, -2689,
                        -2602, 2390, -2348, 2236, -2120, -2069, 2048, -1773, -1595, 1215,
                        -1110, -892, -810, 759, -713, -700, 691, 596, 549, 537, 520, -487,
                        -399, -381, 351, -340, 330, 327, -323, 299, 294, 0.0])
    cos_lng = np.array([-20905355, -3699111, -2955968, -569925, 48888, -3149, 246158,
                        -152138, -170733, -204586, -129620, 108743, 104755, 10321, 0, 79661,
                        -34782, -23210, -21636, 24208, 30824, -8379, -16675, -12831, -10445,
                        -11650, 14403, -7003, 0, 10056, 6322, -9884, 5751, 0, -4950, 4130, 0,
                        -3958, 0, 3258, 2616, -1897, -2117, 2354, 0, 0, -1423, -1117, -1571,
                        -1739, 0, -4421, 0, 0, 0, 0, 1165, 0, 0, 8752.0])
    d_lat = np.array([0, 0, 0, 2, 2, 2, 2, 0, 2, 0, 2, 2, 2, 2, 2, 2, 2, 0, 4, 0, 0, 0, 1, 0,
                      0, 0, 1, 0, 4, 4, 0, 4, 2, 2, 2, 2, 0, 2, 2, 2, 2, 4, 2, 2, 0, 2, 1, 1,
                      0, 2, 1, 2, 0, 4, 4, 1, 4, 1, 4, 2], i16)
    m_lat = np.array([0, 0, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0, 0, 1, -1, -1, -1, 1, 0, 1, 0, 1, 0,
                      1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, -1, 0, 0, 0, 0, 1, 1, 0, -1, -2, 0, 1,
                      1, 1, 1, 1, 0, -1, 1, 0, -1, 0, 0, 0, -1, -2], i16)
    mp_lat = np.array([0, 1, 1, 0, -1, -1, 0, 2, 1, 2, 0, -2, 1, 0, -1, 0, -1, -1, -1, 0, 0,
                       -1, 0, 1, 1, 0, 0, 3, 0, -1, 1, -2, 0, 2, 1, -2, 3, 2, -3, -1, 0, 0, 1,
                       0, 1, 1, 0, 0, -2, -1, 1, -2, 2, -2, -1, 1, 1, -1, 0, 0], i16)
    f_lat = np.array([1, 1, -1, -1, 1, -1, 1, 1, -1, -1, -1, -1, 1, -1, 1, 1, -1, -1, -1, 1, 3,
                      1, 1, 1, -1, -1, -1, 1, -1, 1, -3, 1, -3, -1, -1, 1, -1, 1, -1, 1, 1, 1,
                      1, -1, 3, -1, -1, 1, -1, -1, 1, -1, 1, -1, -1, -1, -1, -1, -1, 1], i16)
    sin_lat = np.array([5128122, 280602, 277693, 173237, 55413, 46271, 32573, 17198, 9266,
                        8822, 8216, 4324, 4200, -3359, 2463, 2211, 2065, -1870, 1828, -1794,
                        -1749, -1565, -1491, -1475, -1410, -1344, -1335, 1107, 1021, 833, 777,
                        671, 607, 596, 491, -451, 439, 422, 421, -366, -351, 331, 315, 302,
                        -283, -229, 223, 223, -220, -220, -185, 181, -177, 176, 166, -164,
                        132, -119, 115, 107.0])

    coeff0 = np.array([218.3164477, 481267.88123421, -0.0015786, 1.0 / 538841.0,
                       -1.0 / 6.5194e7])
    lprimed = idl.cirrange(idl.poly(t, coeff0))
    lprime = lprimed * dtor
    coeff1 = np.array([297.8501921, 445267.1114034, -0.0018819, 1.0 / 545868.0,
                       -1.0 / 1.13065e8])
    d = idl.cirrange(idl.poly(t, coeff1)) * dtor
    coeff2 = np.array([357.5291092, 35999.0502909, -0.0001536, 1.0 / 2.449e7])
    m = idl.cirrange(idl.poly(t, coeff2)) * dtor
    coeff3 = np.array([134.9633964, 477198.8675055, 0.0087414, 1.0 / 6.9699e4,
                       -1.0 / 1.4712e7])
    mprime = idl.cirrange(idl.poly(t, coeff3)) * dtor
    # coeff4 = [93.2720950d, 483202.0175233d, -0.0036539, -1.0d/3.526d7, 1.0d/8.6331d8 ]
    coeff4 = _f2d([np.float64(93.2720950), np.float64(483202.0175233), -0.0036539,
                   np.float64(-1.0 / 3.526e7), np.float64(1.0 / 8.6331e8)])
    f = idl.cirrange(idl.poly(t, coeff4)) * dtor

    e = 1 - 0.002516 * t - 7.4e-6 * t ** 2
    e2 = e ** 2

    ecorr1 = idl.where(np.abs(m_lng) == 1)
    ecorr2 = idl.where(np.abs(m_lat) == 1)
    ecorr3 = idl.where(np.abs(m_lng) == 2)
    ecorr4 = idl.where(np.abs(m_lat) == 2)

    a1 = (119.75 + 131.849 * t) * dtor
    a2 = (53.09 + 479264.290 * t) * dtor
    a3 = (313.45 + 481266.484 * t) * dtor
    suml_add = 3958 * idl.sin(a1) + 1962 * idl.sin(lprime - f) + 318 * idl.sin(a2)
    sumb_add = (-2235 * idl.sin(lprime) + 382 * idl.sin(a3) + 175 * idl.sin(a1 - f) +
                175 * idl.sin(a1 + f) + 127 * idl.sin(lprime - mprime) -
                115 * idl.sin(lprime + mprime))

    geolong_ = idl.dblarr(npts)
    geolat_ = geolong_.copy()
    dis_ = geolong_.copy()
    for i in range(npts):
        sinlng, coslng, sinlat = sin_lng.copy(), cos_lng.copy(), sin_lat.copy()
        sinlng[ecorr1] = e[i] * sinlng[ecorr1]
        coslng[ecorr1] = e[i] * coslng[ecorr1]
        sinlat[ecorr2] = e[i] * sinlat[ecorr2]
        sinlng[ecorr3] = e2[i] * sinlng[ecorr3]
        coslng[ecorr3] = e2[i] * coslng[ecorr3]
        sinlat[ecorr4] = e2[i] * sinlat[ecorr4]

        arg = d_lng * d[i] + m_lng * m[i] + mp_lng * mprime[i] + f_lng * f[i]
        geolong_[i] = lprimed[i] + (idl.total(sinlng * idl.sin(arg)) + suml_add[i]) / 1.0e6
        dis_[i] = 385000.56 + idl.total(coslng * idl.cos(arg)) / 1.0e3
        arg = d_lat * d[i] + m_lat * m[i] + mp_lat * mprime[i] + f_lat * f[i]
        geolat_[i] = (idl.total(sinlat * idl.sin(arg)) + sumb_add[i]) / 1.0e6

    nut = nutate(jd, nut_long=True, nut_obliq=True)
    geolong_ = idl.cirrange(geolong_ + nut.nut_long / 3.6e3)
    lam = geolong_ * dtor
    beta = geolat_ * dtor

    c = _f2d([21.448, -4680.93, -1.55, 1999.25, -51.38, -249.67, -39.05, 7.12, 27.87, 5.79,
              np.float64(2.45)])
    epsilon = ten(23, 26) + idl.poly(t / 1.e2, c) / 3600.
    eps = (epsilon + nut.nut_obliq / 3600.) * dtor

    ra_ = idl.atan(idl.sin(lam) * idl.cos(eps) - idl.tan(beta) * idl.sin(eps), idl.cos(lam))
    ra_ = idl.cirrange(ra_, radians=True)
    dec_ = idl.asin(idl.sin(beta) * idl.cos(eps) + idl.cos(beta) * idl.sin(eps) * idl.sin(lam))

    if not isarray(jd):
        ra_, dec_, dis_ = ra_[0], dec_[0], dis_[0]
        geolong_, geolat_ = geolong_[0], geolat_[0]
    if not radian:
        ra_ = ra_ / dtor
        dec_ = dec_ / dtor
    else:
        geolong_, geolat_ = lam, beta
    return Moon(None, ra_, dec_, dis_, geolong_, geolat_)
