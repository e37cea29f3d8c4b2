"""Line-by-line Python port of the IDL Astronomy Library's CCM_UNRED (pro/ccm_unred.pro,
BSD licence, github.com/wlandsman/IDLAstro commit 729b572), written with compat.idl as a
user porting the program would write it.

Each IDL line is kept as a comment above its Python line. What the port has to say
explicitly, because numpy would silently do otherwise:

* IDL real literals without ``D`` are FLOAT: ``0.574 * x`` multiplies by the float32
  value of 0.574 even when ``x`` is DOUBLE, so every such literal is
  ``np.float32(...)`` here (``F(...)``);
* ``fltarr`` results stay float32: assigning into them rounds, as IDL does;
* ``a ^ b`` is ``idl.power(a, b)``: IDL's result type and GDL's bits (the C
  library's powf for FLOAT ^ FLOAT, pow in DOUBLE rounded to FLOAT for ``y^2``
  of FLOAT y); numpy's ``**`` differs in the last bit for about one FLOAT
  element in five;
* ``N_params() EQ 3`` (the in-place form) has no Python equivalent: the port returns
  the dereddened flux, and asks for ``funred=True`` as the golden runner does.
"""
from collections import namedtuple

import numpy as np

from compat import idl

F = np.float32          # an IDL FLOAT literal
Unred = namedtuple("Unred", ["result", "funred"])


def ccm_unred(wave, flux, ebv, funred=False, r_v=None):
    """CCM_UNRED, wave, flux, ebv, funred [, R_V=]: the dereddened flux."""
    wave = np.asarray(wave)
    # if not keyword_set(R_V) then R_V = 3.1
    if r_v is None or not np.any(r_v):
        r_v = F(3.1)
    # x = 10000./ wave
    x = F(10000.) / wave
    # npts = N_elements( x )
    npts = idl.n_elements(x)
    # a = fltarr(npts) & b = fltarr(npts)
    a = idl.fltarr(npts)
    b = idl.fltarr(npts)

    # good = where( (x GT 0.3) and (x  LT 1.1), Ngood )       ;Infrared
    w = idl.where((x > F(0.3)) & (x < F(1.1)), count=True)
    good, ngood = w.result, w.count
    if ngood > 0:
        a[good] = F(0.574) * idl.power(x[good], F(1.61))
        b[good] = F(-0.527) * idl.power(x[good], F(1.61))

    # good = where( (x GE 1.1) and (x LT 3.3) ,Ngood)           ;Optical/NIR
    w = idl.where((x >= F(1.1)) & (x < F(3.3)), count=True)
    good, ngood = w.result, w.count
    if ngood > 0:
        y = x[good] - F(1.82)
        c1 = F([1., 0.104, -0.609, 0.701, 1.137, -1.718, -0.827, 1.647, -0.505])
        c2 = F([0., 1.952, 2.908, -3.989, -7.985, 11.102, 5.491, -10.805, 3.347])
        a[good] = idl.poly(y, c1)
        b[good] = idl.poly(y, c2)

    # good = where( (x GE 3.3) and (x LT 8) ,Ngood)           ;Mid-UV
    w = idl.where((x >= F(3.3)) & (x < 8), count=True)
    good, ngood = w.result, w.count
    if ngood > 0:
        y = x[good]
        f_a = idl.fltarr(ngood)
        f_b = idl.fltarr(ngood)
        w1 = idl.where(y > F(5.9), count=True)
        good1, ngood1 = w1.result, w1.count
        if ngood1 > 0:
            y1 = y[good1] - F(5.9)
            f_a[good1] = F(-0.04473) * idl.power(y1, 2) - F(0.009779) * idl.power(y1, 3)
            f_b[good1] = F(0.2130) * idl.power(y1, 2) + F(0.1207) * idl.power(y1, 3)
        a[good] = F(1.752) - F(0.316) * y - (F(0.104) / (idl.power(y - F(4.67), 2) + F(0.341))) + f_a
        b[good] = F(-3.090) + F(1.825) * y + (F(1.206) / (idl.power(y - F(4.62), 2) + F(0.263))) + f_b

    # good = where( (x GE 8) and (x LE 11), Ngood )         ;Far-UV
    w = idl.where((x >= 8) & (x <= 11), count=True)
    good, ngood = w.result, w.count
    if ngood > 0:
        y = x[good] - F(8.)
        c1 = F([-1.073, -0.628, 0.137, -0.070])
        c2 = F([13.670, 4.257, -0.420, 0.374])
        a[good] = idl.poly(y, c1)
        b[good] = idl.poly(y, c2)

    # A_V = R_V * EBV
    a_v = r_v * ebv
    # A_lambda = A_V * (a + b/R_V)
    a_lambda = a_v * (a + b / r_v)
    # funred = flux * 10.^(0.4*A_lambda)
    out = np.asarray(flux) * idl.power(F(10.), F(0.4) * a_lambda)
    return Unred(None, out) if funred else out
