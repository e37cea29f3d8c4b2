"""The IDL Astronomy Library's astrometry from FITS headers: EXTAST, GET_EQUINOX, XY2AD,
AD2XY, WCSSPH2XY and WCSXY2SPH.

Each follows the Library's own BSD-licensed ``.pro`` file (github.com/wlandsman/IDLAstro,
commit 729b572; file and revision in each docstring) in the Library's operation order,
over :mod:`compat._core.fits_wcs` (the header) and :mod:`compat._core.wcs_library` (the
projections and rotations). The golden suite ``reference_outputs/idl/fits_astrometry``
runs those files in GDL 1.0.1 as the oracle.

The Library's procedures return their results in output arguments; compat returns them:
``EXTAST, hdr, astr`` is ``astr = idl.extast(hdr)``; ``XY2AD, x, y, astr, a, d`` is
``a, d = idl.xy2ad(x, y, astr)``; ``AD2XY, a, d, astr, x, y`` is
``x, y = idl.ad2xy(a, d, astr)``.

Not implemented (each raises a ``CompatValueError`` naming it): the TNX distortion, the
TPV distortion's inversion (AD2XY's BROYDEN solve; XY2AD's TPV polynomial is here) and a SIP header without its AP/BP
inverse coefficients, FITS_CD_FIX's obsolete
``PC001001`` cards, and the projections outside ``compat._core.wcs_library.IMPLEMENTED``
(ZPN, AIR, conics, BON, PCO, MOL, the quad cubes, SZP, HPX, XPH).
"""

from __future__ import annotations


import numpy as np

from compat._core import fits_wcs, libm
from compat._core import wcs_library as wcs
from compat._core.errors import CompatValueError
from compat._core.idl_struct import build_structure, is_structure, tag_value
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["extast", "get_equinox", "xy2ad", "ad2xy", "wcssph2xy", "wcsxy2sph"]


def _out(a):
    a = np.asarray(a)
    return a[()] if a.ndim == 0 else a


class ExtastResult(Result):
    """EXTAST's structure, its NOPARAMS argument and its output keywords."""

    astr: object
    noparams: np.int32
    has_cpdis: np.uint8
    has_d2imdis: np.uint8


@idl_routine("EXTAST", output_arguments=("astr", "noparams"))
def extast(hdr, *, alt=None, noparams=False, has_cpdis=False, has_d2imdis=False):
    """The astrometry structure of a FITS header, as the IDL Astronomy Library's
    ``EXTAST`` (extast.pro v2.5.5, IDLAstro 729b572).

    IDL call form::

        EXTAST, hdr, astr [, noparams, ALT=, HAS_CPDIS=, HAS_D2IMDIS=]
            ->  astr = idl.extast(hdr [, alt=...])
                r = idl.extast(hdr, noparams=True, has_cpdis=True); r.astr, r.noparams

    Parameters
    ----------
    hdr : str array
        The header's 80-character cards.
    alt : str, optional
        ALT=: an alternate WCS letter ``'A'``..``'Z'`` (``'1'`` means ``'A'``).
    noparams, has_cpdis, has_d2imdis : bool
        Request the NOPARAMS output (-1 no astrometry; 1 CDELT + CROTA, 2 CDi_j,
        3 PCi_j + CDELT) and the HAS_CPDIS/HAS_D2IMDIS flags (1 when ``CPDIS1``/``D2IMDIS1``
        is ``'LOOKUP'``; without the request EXTAST warns instead).

    Returns
    -------
    numpy.recarray or None
        The Library's anonymous structure (readsav layout: numpy ``CD[j, i]`` is IDL's
        ``cd[i, j]``) with NAXIS, CD, CDELT, CRPIX, CRVAL, CTYPE, LONGPOLE, LATPOLE, PV2,
        PV1, AXES, REVERSE, COORD_SYS, PROJECTION, KNOWN, RADECSYS, EQUINOX, DATEOBS,
        MJDOBS, X0Y0 and, for SIP or TPV, the DISTORT substructure; for a Digitized Sky
        Survey header (PPO1 and no CTYPE, or a ``'RA---GSS'`` CTYPE) GSSSEXTAST's
        ``GSSS_ASTROMETRY`` structure with NOPARAMS 4; None (IDL's undefined ASTR) when
        the header holds no astrometry.

    Notes
    -----
    ``astropy.wcs.WCS(header)`` reads the same keywords into its own object (with
    wcslib's defaults); the ported code reads the Library's tags, so compat returns
    the Library's structure: the CROTA2 + CDELT (AIPS) form becomes
    ``CD = [[cos, -sin], [sin, cos]]`` with CDELT kept apart, a PCi_j header keeps
    CDELT apart too, the last of duplicated cards wins, DATE-OBS is rewritten by
    DATE_CONV with FLOAT seconds, GLS becomes SFL and NCP a generalised SIN.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> h = np.array(["CTYPE1  = 'RA---TAN'", "CTYPE2  = 'DEC--TAN'",
    ...               "CRVAL1  = 30.0", "CRVAL2  = 45.0", "CRPIX1  = 10.0",
    ...               "CRPIX2  = 20.0", "CDELT1  = -0.001", "CDELT2  = 0.001",
    ...               "CROTA2  = 30.0", "END"])
    >>> a = idl.extast(h)
    >>> a.CD[0].round(6), a.CDELT[0], str(a.PROJECTION[0]), float(a.LONGPOLE[0])
    (array([[ 0.866025, -0.5     ],
           [ 0.5     ,  0.866025]]), array([-0.001,  0.001]), 'TAN', 180.0)
    """
    lines = fits_wcs.as_cards(hdr)
    if alt is not None and not isinstance(alt, str):
        alt = "A" if alt in (1, True) else str(alt)
    fields, code, cpdis, d2im, distortion = fits_wcs.extast(lines, alt, bool(has_cpdis),
                                                            bool(has_d2imdis))
    astr = None
    if isinstance(distortion, str):  # the GSSS plate solution (extast.pro calls GSSSEXTAST)
        astr = build_structure(list(fields), list(fields.values()), "GSSS_ASTROMETRY")
    elif fields is not None:
        tags, values = list(fields), list(fields.values())
        if distortion is not None:
            tags.append("DISTORT")
            values.append(build_structure(list(distortion), list(distortion.values())))
        astr = build_structure(tags, values)
    if not (noparams or has_cpdis or has_d2imdis):
        return astr
    out = {"astr": astr}
    if noparams:
        out["noparams"] = np.int32(code)
    if has_cpdis:
        out["has_cpdis"] = None if cpdis is None else np.uint8(cpdis)
    if has_d2imdis:
        out["has_d2imdis"] = None if d2im is None else np.uint8(d2im)
    return ExtastResult(**out)


class GetEquinoxResult(Result):
    """GET_EQUINOX's year and its CODE output argument."""

    result: object
    code: np.int32


@idl_routine("GET_EQUINOX", output_arguments=("code",))
def get_equinox(hdr, *, alt=None, code=False):
    """The equinox of a FITS header, as the IDL Astronomy Library's ``GET_EQUINOX``
    (get_equinox.pro, IDLAstro 729b572; rev. 2003).

    IDL call form::

        year = GET_EQUINOX(hdr [, code, ALT=])   ->  idl.get_equinox(hdr [, code=True])

    Looks for EQUINOX (a ``'J2000'``/``'B1950'`` text gives a FLOAT year), then EPOCH,
    then RADESYS/RADECSYS (ICRS and FK5 give 2000, FK4 1950, as INT). CODE: -1 not found,
    0 EQUINOX, 1 EPOCH, 2 ``'B...'``, 3 ``'J...'``, 4 from RADESYS. Without any, the
    year is SXPAR's LONG 0.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> idl.get_equinox(np.array(["EQUINOX = 'J2000'", "END"]), code=True)
    GetEquinoxResult(result=np.float32(2000.0), code=np.int32(3))
    """
    lines = fits_wcs.as_cards(hdr, "FITS Header array")
    if alt is None:
        alt = ""
    else:
        alt = "A" if str(alt) == "1" else str(alt).upper()
    year, c = fits_wcs.get_equinox(lines, alt)
    if isinstance(year, int) and not isinstance(year, np.generic):
        year = np.int32(year)  # SXPAR's missing value under compile_opt idl2
    if not code:
        return year
    return GetEquinoxResult(result=year, code=np.int32(c))


# ------------------------------------------------------------------ structure access
def _tag(astr, name, default=None):
    if not is_structure(astr):
        raise CompatValueError("ASTR must be an astrometry structure (from EXTAST or "
                               "MAKE_ASTR)")
    names = [n.upper() for n in (astr.keys() if isinstance(astr, dict)
                                 else astr.dtype.names)]
    if name not in names:
        return default
    value = astr[name] if isinstance(astr, dict) else tag_value(np.asarray(astr).reshape(-1)[0], name)
    return value


def _text(value) -> str:
    if isinstance(value, bytes):
        return value.decode("latin-1")
    a = np.asarray(value)
    return str(a.reshape(-1)[0]) if a.size else ""


def _ctype(astr) -> list[str]:
    c = np.asarray(_tag(astr, "CTYPE")).reshape(-1)
    return [x.decode("latin-1") if isinstance(x, bytes) else str(x) for x in c.tolist()]


def _vector(astr, name) -> np.ndarray:
    return np.asarray(_tag(astr, name), dtype=np.float64).reshape(-1)


def _distort(astr):
    d = _tag(astr, "DISTORT")
    if d is None:
        return None, None
    return _text(_tag(d, "NAME")).strip(), d


def _cd_scaled(astr):
    """XY2AD/AD2XY's CD with CDELT applied, IDL-indexed (c[i][j] = IDL cd[i, j])."""
    raw = np.asarray(_tag(astr, "CD"))
    # ``cd[0,0] *= cdelt[0]`` stores into CD's own type: a FLOAT CD (MAKE_ASTR's
    # default) keeps FLOAT products
    store = raw.dtype.type if raw.dtype.kind == "f" else np.float64
    cd = raw.astype(np.float64).reshape(2, 2).T
    cdelt = _vector(astr, "CDELT")
    c = [[float(cd[0, 0]), float(cd[0, 1])], [float(cd[1, 0]), float(cd[1, 1])]]
    for i, j, k in ((0, 0, 0), (0, 1, 0), (1, 1, 1), (1, 0, 1)):
        c[i][j] = float(store(c[i][j] * cdelt[k]))
    return c


def _reverse(astr, ctype) -> bool:
    if _tag(astr, "AXES") is not None:
        return bool(np.asarray(_tag(astr, "REVERSE")).reshape(-1)[0])
    coord = [c[:4] for c in ctype]
    return coord == ["DEC-", "RA--"] or coord == ["GLAT", "GLON"] or \
        coord == ["ELAT", "ELON"]


def _projection(ctype, routine_text="") -> str:
    c1 = ctype[0].strip()
    if len(c1) < 8:
        raise CompatValueError(f"ERROR - {c1.upper()} is not a valid spherical "
                               f"projection type.")
    proj = c1[5:8].upper()
    if len(ctype) >= 2 and proj != ctype[1][5:8].upper():
        raise CompatValueError("The same map projection type must be in characters "
                               "5-8 of both CTYPE1 and CTYPE2.")
    return proj


def _sip(dx, dy, coeffs_x, coeffs_y):
    """The Library's SIP sum: for i, j: if c[i, j] != 0, add dx^i * dy^j * c[i, j].

    The powers of the DOUBLE offsets are the C library's ``pow`` (libm.c_pow), as GDL
    computes IDL's ``^`` of a DOUBLE base and INT exponent; numpy's ``np.power`` differs
    from it in the last bit for ~5% of arguments (and ``x**2`` for ~0.08%), which shows
    where a term is not dwarfed by the offset it is added to."""
    outx, outy = dx.copy(), dy.copy()
    na = coeffs_x.shape[-1]
    for i in range(na):
        for j in range(na):
            if coeffs_x[j, i] != 0.0 or coeffs_y[j, i] != 0.0:
                term = libm.c_pow(dx, float(i)) * libm.c_pow(dy, float(j))
            if coeffs_x[j, i] != 0.0:
                outx = outx + term * coeffs_x[j, i]
            if coeffs_y[j, i] != 0.0:
                outy = outy + term * coeffs_y[j, i]
    return outx, outy


def _coordinate(value, name) -> np.ndarray:
    a = idl_array(value, name, complex_ok=False)
    return a


# ------------------------------------------------------------------ XY2AD
class Xy2adResult(Result):
    """XY2AD's sky coordinates (its output arguments)."""

    a: object
    d: object


@idl_routine("XY2AD")
def xy2ad(x, y, astr):
    """Sky coordinates of 0-based pixel positions, as the IDL Astronomy Library's
    ``XY2AD`` (xy2ad.pro, IDLAstro 729b572; rev. 2018).

    IDL call form::

        XY2AD, x, y, astr, a, d   ->  a, d = idl.xy2ad(x, y, astr)

    Pixel (0, 0) is the centre of the first pixel (FITS CRPIX - 1). The SIP distortion
    is added before the CD matrix; the projection is inverted by WCSXY2SPH with the
    structure's PV1 (or the plain tangent plane's for SIP), PV2, CRVAL and X0Y0.
    Results are DOUBLE degrees, longitudes in [0, 360).

    ``astropy.wcs.WCS.all_pix2world(x, y, 0)`` computes the same mapping through wcslib;
    it differs from the Library's arithmetic by a few units in the last place (see the
    suite's notes); compat follows the Library's order.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> h = np.array(["CTYPE1  = 'RA---TAN'", "CTYPE2  = 'DEC--TAN'",
    ...               "CRVAL1  = 30.0", "CRVAL2  = 45.0", "CRPIX1  = 10.0",
    ...               "CRPIX2  = 20.0", "CD1_1   = -0.001", "CD2_2   = 0.001", "END"])
    >>> a, d = idl.xy2ad(9.0, 19.0, idl.extast(h))
    >>> round(float(a), 12), round(float(d), 12)
    (30.0, 45.0)
    """
    xa = _coordinate(x, "X")
    ya = _coordinate(y, "Y")
    c = _cd_scaled(astr)
    crpix = _vector(astr, "CRPIX")
    xdif = xa - (crpix[0] - 1)
    ydif = ya - (crpix[1] - 1)
    name, d = _distort(astr)
    no_pv1 = False
    if name == "SIP":
        xdif, ydif = _sip(np.asarray(xdif, dtype=np.float64),
                          np.asarray(ydif, dtype=np.float64),
                          np.asarray(_tag(d, "A"), dtype=np.float64).reshape(
                              np.shape(_tag(d, "A")) or (1, 1)),
                          np.asarray(_tag(d, "B"), dtype=np.float64).reshape(
                              np.shape(_tag(d, "B")) or (1, 1)))
        no_pv1 = True
    elif name == "TNX":
        raise CompatValueError("the TNX distortion is not implemented in compat")
    xsi = c[0][0] * xdif + c[0][1] * ydif
    eta = c[1][0] * xdif + c[1][1] * ydif
    ctype = _ctype(astr)
    if name == "TPV":
        xsi, eta = wcs.tpv_eval(np.asarray(xsi, dtype=np.float64),
                                np.asarray(eta, dtype=np.float64),
                                _vector(astr, "PV1"), _vector(astr, "PV2"))
        no_pv1 = True
        ctype = [c[:4] + "-TAN" for c in ctype]
    crval = _vector(astr, "CRVAL")
    astr2 = _tag(astr, "AXES") is not None
    if _reverse(astr, ctype):
        crval = crval[::-1]
        xsi, eta = eta, xsi
    if len(ctype[0]) > 4 and ctype[0][4] == "-":
        proj = _projection(ctype)
        if no_pv1:
            pv1 = np.array([0.0, 0, 90.0, 180.0, 90.0])
        else:
            pv1 = _vector(astr, "PV1")
        if astr2:
            a, dd = wcs.xy2sph(xsi, eta, proj, pv1=pv1, pv2=_vector(astr, "PV2"),
                               crval=crval, crxy=_vector(astr, "X0Y0"))
        else:
            a, dd = wcs.xy2sph(xsi, eta, proj, pv2=_vector(astr, "PV2"), crval=crval,
                               longpole=float(_vector(astr, "LONGPOLE")[0]),
                               latpole=float(_vector(astr, "LATPOLE")[0]))
    else:
        a, dd = crval[0] + xsi, crval[1] + eta
    return Xy2adResult(a=_out(a), d=_out(dd))


# ------------------------------------------------------------------ AD2XY
class Ad2xyResult(Result):
    """AD2XY's pixel coordinates (its output arguments)."""

    x: object
    y: object


def _invert2(c):
    """INVERT of the 2x2 CD matrix (c[i][j] IDL-indexed) as an LU solve with partial
    pivoting (GDL 1.0.1's INVERT agrees with this order of operations bit for bit on
    most matrices, within an ulp on the others)."""
    a = [list(c[0]), list(c[1])]
    perm = [0, 1]
    if abs(a[1][0]) > abs(a[0][0]):
        a, perm = [a[1], a[0]], [1, 0]
    u00, u01 = a[0]
    l = a[1][0] / u00
    u11 = a[1][1] - l * u01
    out = [[0.0, 0.0], [0.0, 0.0]]
    for col in range(2):
        y0 = 1.0 if perm[0] == col else 0.0
        y1 = (1.0 if perm[1] == col else 0.0) - l * y0
        x1 = y1 / u11
        out[0][col] = (y0 - u01 * x1) / u00
        out[1][col] = x1
    return out


@idl_routine("AD2XY")
def ad2xy(a, d, astr):
    """0-based pixel positions of sky coordinates, as the IDL Astronomy Library's
    ``AD2XY`` (ad2xy.pro, IDLAstro 729b572; rev. 2018).

    IDL call form::

        AD2XY, a, d, astr, x, y   ->  x, y = idl.ad2xy(a, d, astr)

    WCSSPH2XY projects (RA, Dec) degrees to the plane; the inverse of the CDELT-scaled CD
    matrix gives pixel offsets, to which the SIP inverse polynomial (AP, BP) is added;
    CRPIX - 1 gives 0-based pixels. For cylindrical projections whose pole is at the
    reference point, off-image points are shifted by 360 degrees as the Library does.
    A 2-D input keeps its shape; a scalar gives scalars.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> h = np.array(["CTYPE1  = 'RA---TAN'", "CTYPE2  = 'DEC--TAN'",
    ...               "CRVAL1  = 30.0", "CRVAL2  = 45.0", "CRPIX1  = 10.0",
    ...               "CRPIX2  = 20.0", "CD1_1   = -0.001", "CD2_2   = 0.001", "END"])
    >>> x, y = idl.ad2xy(30.0, 45.0, idl.extast(h))
    >>> float(x), float(y)    # the Library's value, GDL's to the last bit
    (9.0, 19.00085377364976)

    At CRVAL itself WCS_ROTATE's ``ASIN`` of a number one unit below 1 gives a native
    latitude 1.5e-8 radians short of the pole, 0.00085 pixels here: the Library's
    arithmetic, kept (astropy.wcs gives 19.0).
    """
    aa = np.asarray(_coordinate(a, "A"), dtype=np.float64)
    dd = np.asarray(_coordinate(d, "D"), dtype=np.float64)
    shape = aa.shape
    name, dist = _distort(astr)
    full_ctype = _ctype(astr)
    ctype = [c[:4] + "-TAN" for c in full_ctype] if name in ("TPV", "TNX") else full_ctype
    if name in ("TPV", "TNX"):
        raise CompatValueError(f"the {name} distortion's inversion (BROYDEN) is not "
                               f"implemented in compat")
    crval = _vector(astr, "CRVAL")
    astr2 = _tag(astr, "AXES") is not None
    reverse = _reverse(astr, ctype)
    if reverse:
        crval = crval[::-1]
    testing = False
    flat_a, flat_d = aa.reshape(-1), dd.reshape(-1)
    if len(full_ctype[0]) > 4 and full_ctype[0][4] == "-":
        proj = _projection(ctype)
        if astr2:
            projection = _text(_tag(astr, "PROJECTION")).strip()
            if projection in ("CYP", "CAR", "MER", "CEA", "HPX"):
                testing = True
                xsi, eta = wcs.sph2xy(np.concatenate([flat_a, [0.0, 180.0]]),
                                      np.concatenate([flat_d, [0.0, 0.0]]), proj,
                                      pv1=_vector(astr, "PV1"), pv2=_vector(astr, "PV2"),
                                      crval=crval, crxy=_vector(astr, "X0Y0"))
            else:
                pv1, pv2 = _vector(astr, "PV1"), _vector(astr, "PV2")
                if name in ("TPV", "SIP"):
                    pv1 = np.array([0.0, 0, 90.0, 180.0, 90.0])
                    pv2 = np.array([0.0, 0.0])
                xsi, eta = wcs.sph2xy(aa, dd, proj, pv1=pv1, pv2=pv2, crval=crval,
                                      crxy=_vector(astr, "X0Y0"))
        else:
            xsi, eta = wcs.sph2xy(aa, dd, proj, pv2=_vector(astr, "PV2"), crval=crval,
                                  longpole=float(_vector(astr, "LONGPOLE")[0]),
                                  latpole=float(_vector(astr, "LATPOLE")[0]))
    else:
        xsi, eta = aa - crval[0], dd - crval[1]
    c = _cd_scaled(astr)
    if reverse:
        xsi, eta = eta, xsi
    crpix = _vector(astr, "CRPIX") - 1
    ci = _invert2(c)
    x = ci[0][0] * xsi + ci[0][1] * eta
    y = ci[1][0] * xsi + ci[1][1] * eta
    if name == "SIP":
        ap = np.asarray(_tag(dist, "AP"), dtype=np.float64)
        bp = np.asarray(_tag(dist, "BP"), dtype=np.float64)
        if ap.ndim < 2 or ap.shape[-1] <= 1:
            raise CompatValueError("a SIP header without AP_ORDER/BP_ORDER needs the "
                                   "BROYDEN inversion, not implemented in compat")
        x, y = _sip(np.asarray(x, dtype=np.float64), np.asarray(y, dtype=np.float64),
                    ap, bp)
    x = x + crpix[0]
    y = y + crpix[1]
    if testing:
        x, y = _cylinder_shift(astr, x, y, flat_a.size)
    return Ad2xyResult(x=_out(np.reshape(x, shape)), y=_out(np.reshape(y, shape)))


def _cylinder_shift(astr, x, y, npt):
    """ad2xy.pro's 360-degree shift of off-image points when the pole is at CRVAL."""
    x0, y0 = x[npt:npt + 2], y[npt:npt + 2]
    x, y = x[:npt].copy(), y[:npt].copy()
    crval = _vector(astr, "CRVAL")
    if bool(np.asarray(_tag(astr, "REVERSE")).reshape(-1)[0]):
        crval = crval[::-1]
    pv1 = _vector(astr, "PV1")
    _, _, at_pole = wcs.get_pole(crval, pv1[3] - pv1[1], pv1[2], pv1[4])
    if not at_pole:
        return x, y
    naxis = np.asarray(_tag(astr, "NAXIS"), dtype=np.float64).reshape(-1)
    off = (x < 0) | (y < 0) | (x > naxis[0]) | (y > naxis[1])
    if not off.any():
        return x, y
    x360 = 2.0 * (x0[1] - x0[0])
    y360 = 2.0 * (y0[1] - y0[0])
    if x360 < 0:
        x360, y360 = -x360, -y360
    xshift, yshift = x360 != 0.0, y360 != 0.0
    if xshift:
        if np.nanmin(x[off]) < 0:
            x[off] += x360
            if yshift:
                y[off] += y360
        elif np.nanmax(x[off]) > naxis[0]:
            x[off] -= x360
            if yshift:
                y[off] -= y360
    else:
        if y360 < 0:
            x360, y360 = -x360, -y360
        sign = 1.0 if np.nanmin(y[off]) < 0 else -1.0
        if xshift:
            x[off] += sign * x360
        y[off] += sign * y360
    return x, y


# ------------------------------------------------------------------ the projections
def _ctype_projection(ctype, map_type, routine):
    if map_type is not None:
        if ctype is not None:
            raise CompatValueError("Use either the MAP_TYPE positional parameter or set "
                                   "the projection type with CTYPE, but not both.")
        k = np.asarray(map_type).reshape(-1)
        if k.size != 1 or not 0 <= int(k[0]) < len(wcs.MAP_TYPES):
            raise CompatValueError(f"MAP_TYPE must be a scalar >= 0 and < "
                                   f"{len(wcs.MAP_TYPES)}; it was set to {k[0]}")
        proj = wcs.MAP_TYPES[int(k[0])]
    elif ctype is not None:
        proj = _projection([str(c) for c in np.atleast_1d(np.asarray(ctype)).tolist()])
    else:
        proj = "DEF"
    if proj == "DEF":
        if routine == "WCSSPH2XY":
            from compat._core.errors import legacy_warn
            legacy_warn("Projection type not supplied, set to default (Plate Caree)")
        proj = "CAR"
    return proj


def _optional_vector(value, name):
    return None if value is None else np.asarray(idl_array(value, name),
                                                 dtype=np.float64).reshape(-1)


class Wcssph2xyResult(Result):
    """WCSSPH2XY's plane coordinates."""

    x: object
    y: object


@idl_routine("WCSSPH2XY")
def wcssph2xy(longitude, latitude, map_type=None, *, ctype=None, pv1=None, pv2=None,
              crval=None, crxy=None, longpole=None, latpole=None, north_offset=None,
              south_offset=None):
    """Sky (or native) coordinates to projection-plane coordinates, as the IDL Astronomy
    Library's ``WCSSPH2XY`` (wcssph2xy.pro, IDLAstro 729b572; rev. 2018).

    IDL call form::

        WCSSPH2XY, lng, lat, x, y [, map_type, CTYPE=, PV1=, PV2=, CRVAL=, CRXY=,
                   LONGPOLE=, LATPOLE=, NORTH_OFFSET=, SOUTH_OFFSET=]
            ->  x, y = idl.wcssph2xy(lng, lat [, map_type], ctype=...)

    With CRVAL the sky is first rotated to native coordinates (WCS_ROTATE with PV1, or
    LONGPOLE/LATPOLE); without it the inputs are native longitude and latitude.
    Cylindrical projections move points within NORTH_OFFSET (default 1e-7 rad) of the
    native north pole onto it (the Library's SOUTH_OFFSET changes nothing: it writes a
    variable it no longer uses). Degrees in and out.

    Examples
    --------
    >>> from compat import idl
    >>> x, y = idl.wcssph2xy(45.0, 60.0, ctype=['RA---ARC', 'DEC--ARC'])
    >>> round(float(x), 10), round(float(y), 10)
    (21.2132034356, -21.2132034356)
    """
    lng = _coordinate(longitude, "LONGITUDE")
    lat = _coordinate(latitude, "LATITUDE")
    if np.size(lng) != np.size(lat):
        raise CompatValueError("LONGITUDE and LATITUDE must have the same number of "
                               "elements.")
    proj = _ctype_projection(ctype, map_type, "WCSSPH2XY")
    crxy = _optional_vector(crxy, "CRXY")
    crval = _optional_vector(crval, "CRVAL")
    if crxy is not None and crxy.size != 2:
        raise CompatValueError("Offset keyword CRXY must contain 2 elements")
    if crval is not None and crval.size != 2:
        raise CompatValueError("CRVAL keyword must contain 2 elements")
    x, y = wcs.sph2xy(lng, lat, proj, pv2=_optional_vector(pv2, "PV2"),
                      pv1=_optional_vector(pv1, "PV1"), crval=crval, crxy=crxy,
                      longpole=longpole, latpole=latpole, north_offset=north_offset,
                      south_offset=south_offset)
    return Wcssph2xyResult(x=_out(x), y=_out(y))


class Wcsxy2sphResult(Result):
    """WCSXY2SPH's sky (or native) coordinates."""

    longitude: object
    latitude: object


@idl_routine("WCSXY2SPH")
def wcsxy2sph(x, y, map_type=None, *, ctype=None, pv1=None, pv2=None, crval=None,
              crxy=None, longpole=None, latpole=None):
    """Projection-plane coordinates to sky (or native) coordinates, as the IDL Astronomy
    Library's ``WCSXY2SPH`` (wcsxy2sph.pro, IDLAstro 729b572; rev. 2018).

    IDL call form::

        WCSXY2SPH, x, y, lng, lat [, map_type, CTYPE=, PV1=, PV2=, CRVAL=, CRXY=,
                   LONGPOLE=, LATPOLE=]
            ->  lng, lat = idl.wcsxy2sph(x, y [, map_type], ctype=...)

    CRXY is added to (x, y) first; with CRVAL the native coordinates are rotated to the
    sky (WCS_ROTATE, /REVERSE). Longitudes come back in [0, 360).

    Examples
    --------
    >>> from compat import idl
    >>> lng, lat = idl.wcsxy2sph(21.2132034356, -21.2132034356, ctype=['RA---ARC', 'DEC--ARC'])
    >>> round(float(lng), 8), round(float(lat), 8)
    (45.0, 60.0)
    """
    xa = _coordinate(x, "X")
    ya = _coordinate(y, "Y")
    if np.size(xa) != np.size(ya):
        raise CompatValueError("The arrays X and Y must have the same number of elements.")
    proj = _ctype_projection(ctype, map_type, "WCSXY2SPH")
    crxy = _optional_vector(crxy, "CRXY")
    crval = _optional_vector(crval, "CRVAL")
    if crxy is not None and crxy.size != 2:
        raise CompatValueError("Offset keyword CRXY must contain 2 elements")
    if crval is not None and crval.size == 1:
        raise CompatValueError("CRVAL keyword must be a 2 element vector")
    lng, lat = wcs.xy2sph(xa, ya, proj, pv2=_optional_vector(pv2, "PV2"),
                          pv1=_optional_vector(pv1, "PV1"), crval=crval, crxy=crxy,
                          longpole=longpole, latpole=latpole)
    return Wcsxy2sphResult(longitude=_out(lng), latitude=_out(lat))
