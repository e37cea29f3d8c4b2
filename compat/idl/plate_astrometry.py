"""The IDL Astronomy Library's Guide Star Survey (Digitized Sky Survey) plate astrometry:
GSSSEXTAST, GSSSXYAD and GSSSADXY, over :mod:`compat._core.gsss`.

Each follows the Library's own BSD-licensed ``.pro`` file (github.com/wlandsman/IDLAstro,
commit 729b572); the golden suite ``reference_outputs/idl/fits_astrometry`` runs them in
GDL 1.0.1 on a real DSS plate header. ``GSSSEXTAST, hdr, gsa`` is
``gsa = idl.gsssextast(hdr)``; ``GSSSXYAD, gsa, x, y, ra, dec`` is
``ra, dec = idl.gsssxyad(gsa, x, y)``; ``GSSSADXY, gsa, ra, dec, x, y`` is
``x, y = idl.gsssadxy(gsa, ra, dec)``. EXTAST returns the same structure (NOPARAMS 4)
for a header with the plate solution's PPO1 card.
"""

from __future__ import annotations

import numpy as np

from compat._core import gsss
from compat._core.errors import CompatValueError
from compat._core.fits_wcs import as_cards
from compat._core.idl_struct import build_structure, is_structure, tag_value
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["gsssextast", "gsssxyad", "gsssadxy"]

_TAGS = ("CTYPE", "XLL", "YLL", "XSZ", "YSZ", "PPO3", "PPO6", "CRVAL", "PLTSCL", "AMDX",
         "AMDY")


def _out(a):
    a = np.asarray(a)
    return a[()] if a.ndim == 0 else a


def gsss_structure(fields: dict) -> np.recarray:
    """The named structure {GSSS_ASTROMETRY, ...} of GSSSEXTAST's tags."""
    return build_structure(list(fields), list(fields.values()), "GSSS_ASTROMETRY")


class GsssextastResult(Result):
    """GSSSEXTAST's structure and its NOPARAMS argument."""

    gsa: object
    noparams: np.int16


@idl_routine("GSSSEXTAST", output_arguments=("gsa", "noparams"))
def gsssextast(hdr, *, noparams=False):
    """The Guide Star Survey plate solution of a DSS header, as the IDL Astronomy
    Library's ``GSSSEXTAST`` (gsssextast.pro, IDLAstro 729b572; rev. 2003).

    IDL call form::

        GSSSEXTAST, hdr, gsa [, noparams]   ->  gsa = idl.gsssextast(hdr)

    Returns
    -------
    numpy.recarray
        The named structure ``GSSS_ASTROMETRY``: CTYPE ``['RA---GSS', 'DEC--GSS']``, XLL and
        YLL (INT: CNPIX1/2, else CRPIX1/2), XSZ, YSZ, PPO3, PPO6, CRVAL (the plate centre
        from PLTRAH ... PLTDECS), PLTSCL, AMDX and AMDY (13 coefficients each). NOPARAMS
        (``noparams=True``) is 0. A header without PPO6 raises the Library's
        ``Header does not contain GSSS astrometry``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> h = np.array(['PPO3    = 176616.98', 'PPO6    = 177193.56',
    ...               'PLTRAH  = 14', 'PLTRAM  = 37', 'PLTRAS  = 46.88253', "END"])
    >>> g = idl.gsssextast(h)
    >>> float(g.CRVAL[0][0]), g.XLL.dtype
    (219.445343875, dtype('int16'))
    """
    fields = gsss.gsss_fields(as_cards(hdr))
    gsa = gsss_structure(fields)
    if noparams:
        return GsssextastResult(gsa=gsa, noparams=np.int16(0))
    return gsa


def _fields(gsa) -> dict:
    if not is_structure(gsa):
        raise CompatValueError("GSSS_Astrom_struct must be the structure from GSSSEXTAST")
    record = gsa if isinstance(gsa, dict) else np.asarray(gsa).reshape(-1)[0]
    names = list(gsa) if isinstance(gsa, dict) else [n.upper() for n in gsa.dtype.names]
    out = {}
    for tag in _TAGS[1:]:
        if tag not in names:
            raise CompatValueError(f"GSSS_Astrom_struct has no tag {tag}")
        value = gsa[tag] if isinstance(gsa, dict) else tag_value(record, tag)
        out[tag] = value
    out["XLL"] = np.int16(np.asarray(out["XLL"]).reshape(-1)[0])
    out["YLL"] = np.int16(np.asarray(out["YLL"]).reshape(-1)[0])
    for tag in ("XSZ", "YSZ", "PPO3", "PPO6", "PLTSCL"):
        out[tag] = np.float64(np.asarray(out[tag], dtype=np.float64).reshape(-1)[0])
    for tag in ("CRVAL", "AMDX", "AMDY"):
        out[tag] = np.asarray(out[tag], dtype=np.float64).reshape(-1)
    return out


class GsssxyadResult(Result):
    """GSSSXYAD's sky coordinates."""

    ra: object
    dec: object


def _no_print(print_):
    if print_:
        raise CompatValueError("/PRINT (ASTDISP's listing) is not implemented in compat: "
                               "print the returned coordinates")


@idl_routine("GSSSXYAD")
def gsssxyad(gsa, x, y, *, print=False):  # noqa: A002
    """Sky coordinates of pixel positions on a DSS plate, as the IDL Astronomy Library's
    ``GSSSXYAD`` (gsssxyad.pro, IDLAstro 729b572; rev. 2003).

    IDL call form::

        GSSSXYAD, gsa, x, y, ra, dec   ->  ra, dec = idl.gsssxyad(gsa, x, y)

    Pixels are 0-based (the Library adds 0.5 to reach the plate's pixel centres). The plate
    polynomial gives standard coordinates, deprojected about the plate centre. RA is
    DOUBLE; Dec has FLOAT precision: the Library takes ``ATAN(FLOAT(...))`` (kept).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> h = np.array(['CNPIX1  = 8860', 'CNPIX2  = 1708', 'XPIXELSZ= 25.28445',
    ...               'YPIXELSZ= 25.28445', 'PPO3    = 176616.98', 'PPO6    = 177193.56',
    ...               'PLTSCALE= 67.2', 'PLTRAH  = 14', 'PLTRAM  = 37', 'PLTRAS  = 46.88',
    ...               "PLTDECSN= '-'", 'PLTDECD = 60', 'PLTDECM = 12', 'PLTDECS = 59.29',
    ...               'AMDX1   = 67.226', 'AMDX3   = 1.09', 'AMDY1   = 67.233',
    ...               'AMDY3   = -0.527', "END"])
    >>> ra, dec = idl.gsssxyad(idl.gsssextast(h), 50.0, 50.0)
    >>> round(float(ra), 4), round(float(dec), 4)
    (217.467, -62.68)
    """
    _no_print(print)
    xa = idl_array(x, "X", complex_ok=False)
    ya = idl_array(y, "Y", complex_ok=False)
    ra, dec = gsss.gsss_xyad(_fields(gsa), xa, ya)
    return GsssxyadResult(ra=_out(ra), dec=_out(dec))


class GsssadxyResult(Result):
    """GSSSADXY's pixel coordinates."""

    x: object
    y: object


@idl_routine("GSSSADXY")
def gsssadxy(gsa, ra, dec, *, print=False):  # noqa: A002
    """Pixel positions on a DSS plate of sky coordinates, as the IDL Astronomy Library's
    ``GSSSADXY`` (gsssadxy.pro, IDLAstro 729b572; rev. 2011).

    IDL call form::

        GSSSADXY, gsa, ra, dec, x, y   ->  x, y = idl.gsssadxy(gsa, ra, dec)

    Standard coordinates from the tangent projection about the plate centre, then Newton
    steps on the plate polynomial (at most 51), stopping when the *smallest* correction
    of all points is below 5e-7 mm, as the Library does (so with many points some may
    stop short of convergence). 0-based pixels.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> h = np.array(['CNPIX1  = 8860', 'CNPIX2  = 1708', 'XPIXELSZ= 25.28445',
    ...               'YPIXELSZ= 25.28445', 'PPO3    = 176616.98', 'PPO6    = 177193.56',
    ...               'PLTSCALE= 67.2', 'PLTRAH  = 14', 'PLTRAM  = 37', 'PLTRAS  = 46.88',
    ...               "PLTDECSN= '-'", 'PLTDECD = 60', 'PLTDECM = 12', 'PLTDECS = 59.29',
    ...               'AMDX1   = 67.226', 'AMDX3   = 1.09', 'AMDY1   = 67.233',
    ...               'AMDY3   = -0.527', "END"])
    >>> x, y = idl.gsssadxy(idl.gsssextast(h), 217.467, -62.68)
    >>> round(float(x), 1), round(float(y), 1)
    (50.0, 50.0)
    """
    _no_print(print)
    ra_a = np.asarray(idl_array(ra, "RA", complex_ok=False))
    dec_a = np.asarray(idl_array(dec, "DEC", complex_ok=False))
    x, y = gsss.gsss_adxy(_fields(gsa), ra_a, dec_a)
    return GsssadxyResult(x=_out(x), y=_out(y))
