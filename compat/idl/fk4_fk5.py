"""The IDL Astronomy Library's FK4 <-> FK5 conversions: JPRECESS (B1950 to J2000) and
BPRECESS (J2000 to B1950), over :mod:`compat._core.fk4_fk5`.

Both follow the Library's own BSD-licensed ``.pro`` files (github.com/wlandsman/IDLAstro,
commit 729b572). ``JPRECESS, ra, dec, ra2000, dec2000, MU_RADEC=mu`` is
``r = idl.jprecess(ra, dec, mu_radec=mu)`` with ``r.ra_2000``, ``r.dec_2000`` and, for
each in-out keyword passed (MU_RADEC, PARALLAX, RAD_VEL), its updated value
(``r.mu_radec`` ...), as IDL leaves them in the caller's variables.
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import fk4_fk5
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array, promote
from compat._core.legacy import idl_routine
from compat._core.results import Result

__all__ = ["jprecess", "bprecess"]

_RADEG = 180.0 / math.pi


def _keyword_set(value) -> bool:
    """IDL's KEYWORD_SET: an array is set; a scalar when nonzero."""
    if value is None:
        return False
    a = np.asarray(value)
    return a.ndim > 0 or bool(a.reshape(-1)[0] != 0)


def _times_one(value, name, n):
    """IDL's ``value*1.``: at least FLOAT."""
    a = np.asarray(idl_array(value, name, complex_ok=False))
    return a.astype(promote(a.dtype, np.dtype(np.float32)))


def _convert(routine, ra, dec, mu_radec, parallax, rad_vel, epoch, star, default_epoch):
    ra_a = np.asarray(idl_array(ra, "RA", complex_ok=False))
    dec_a = np.asarray(idl_array(dec, "DEC", complex_ok=False))
    n = ra_a.size
    if n == 0:
        raise CompatValueError("ERROR - first parameter (RA vector) is undefined"
                               if routine == "J" else
                               "ERROR - First parameter (RA vector) is undefined")
    if _keyword_set(rad_vel):
        rv = _times_one(rad_vel, "RAD_VEL", n).reshape(-1).copy()
        if rv.size != n:
            raise CompatValueError(f"ERROR - RAD_VEL keyword vector must contain {n} "
                                   f"values")
    else:
        rv = np.zeros(n)
    mu_given = (mu_radec is not None and np.size(mu_radec) > 0) if routine == "J" else \
        _keyword_set(mu_radec)
    mu = None
    if mu_given:
        if np.size(mu_radec) != 2 * n:
            raise CompatValueError(f"ERROR - MU_RADEC keyword (proper motion) be "
                                   f"dimensioned (2,{n})")
        mu = _times_one(mu_radec, "MU_RADEC", n)
        mu_shape = mu.shape
        mu = mu.reshape(n, 2).copy()
    use_mu = mu is not None and _keyword_set(mu_radec)
    if routine == "J":
        px = np.zeros(n) if parallax is None else \
            _times_one(parallax, "PARALLAX", n).reshape(-1).copy()
        ep = default_epoch if epoch is None else float(np.asarray(epoch, dtype=np.float64))
    else:
        px = _times_one(parallax, "PARALLAX", n).reshape(-1).copy() \
            if _keyword_set(parallax) else np.zeros(n)
        ep = float(np.asarray(epoch, dtype=np.float64)) if _keyword_set(epoch) \
            else default_epoch
    if px.size != n:
        raise CompatValueError(f"Attempt to subscript PARALLAX with <LONG      "
                               f"(       {px.size})> is out of range.")
    ra_rad = ra_a.astype(np.float64) / _RADEG  # IDL: FLOAT / DOUBLE is DOUBLE
    dec_rad = dec_a.astype(np.float64) / _RADEG
    cosra, sinra = np.cos(ra_rad).reshape(-1), np.sin(ra_rad).reshape(-1)
    cosdec, sindec = np.cos(dec_rad).reshape(-1), np.sin(dec_rad).reshape(-1)
    out_type = promote(ra_a.dtype, np.dtype(np.float32))
    ra_out = np.zeros(n, dtype=out_type)
    dec_out = np.zeros(n, dtype=promote(dec_a.dtype, np.dtype(np.float32)))
    for i in range(n):
        star_mu = (float(mu[i, 0]), float(mu[i, 1])) if use_mu else None
        a, d, new_mu, rv_i, px_i = star(float(cosra[i]), float(sinra[i]), float(cosdec[i]),
                                        float(sindec[i]), star_mu, float(rv[i]),
                                        float(px[i]), ep)
        dec_out[i] = d
        ra_out[i] = a
        if new_mu is not None:
            mu[i, 0], mu[i, 1] = new_mu
        rv[i], px[i] = rv_i, px_i
    wide = ra_out.astype(np.float64)
    ra_out = np.where(ra_out < 0, (wide + 2.0 * math.pi).astype(out_type), ra_out)
    ra_deg = ra_out.astype(np.float64) * _RADEG
    dec_deg = dec_out.astype(np.float64) * _RADEG
    if ra_a.ndim == 0:
        ra_deg, dec_deg = ra_deg[0], dec_deg[0]
    else:
        dec_deg = dec_deg.reshape(dec_a.shape) if dec_a.size == n else dec_deg
        ra_deg = ra_deg.reshape(ra_a.shape)
    extras = {}
    if mu_radec is not None:
        extras["mu_radec"] = mu.reshape(mu_shape) if mu is not None else mu_radec
    if parallax is not None:
        extras["parallax"] = px if np.ndim(parallax) else px[0]
    if rad_vel is not None:
        extras["rad_vel"] = rv if np.ndim(rad_vel) else rv[0]
    return ra_deg, dec_deg, extras


class JprecessResult(Result):
    """JPRECESS's J2000 position and its in-out keywords' new values."""

    ra_2000: object
    dec_2000: object
    mu_radec: object
    parallax: object
    rad_vel: object


class BprecessResult(Result):
    """BPRECESS's B1950 position and its in-out keywords' new values."""

    ra_1950: object
    dec_1950: object
    mu_radec: object
    parallax: object
    rad_vel: object


@idl_routine("JPRECESS")
def jprecess(ra, dec, *, mu_radec=None, parallax=None, rad_vel=None, epoch=None):
    """B1950 (FK4) to J2000 (FK5) positions, as the IDL Astronomy Library's ``JPRECESS``
    (jprecess.pro, IDLAstro 729b572; rev. 2011).

    IDL call form::

        JPRECESS, ra, dec, ra_2000, dec_2000 [, MU_RADEC=, PARALLAX=, RAD_VEL=, EPOCH=]
            ->  r = idl.jprecess(ra, dec [, mu_radec=...]); r.ra_2000, r.dec_2000

    Parameters
    ----------
    ra, dec : float or array
        B1950 degrees.
    mu_radec : array (n, 2), optional
        Proper motion in arcsec per tropical century (IDL's 2 x N), returned updated to
        J2000 as ``r.mu_radec``.
    parallax, rad_vel : array, optional
        Parallax (arcsec) and radial velocity (km/s), returned updated (only where the
        parallax is positive, as the Library does).
    epoch : float, optional
        Epoch of the observations (default 1950) when no proper motion is given (Aoki et
        al.'s Appendix 2: the output proper motion is zero).

    Notes
    -----
    ``astropy.coordinates`` converts FK4 to FK5 with the same Standish/Aoki matrices but
    its own handling of the E-terms; the Library's numbers are reproduced here. An RA
    that is not DOUBLE gives FLOAT radians (the .pro starts its result as ``ra*0.``).

    Examples
    --------
    The header's example, HD 119288 (printed ``13h 42m 12.740s +08d 23' 17.69"``):

    >>> from compat import idl
    >>> ra = (13 + 39 / 60 + 44.526 / 3600) * 15.0
    >>> r = idl.jprecess(ra, 8 + 38 / 60 + 28.63 / 3600, mu_radec=[-15 * 2.59, -9.3])
    >>> idl.adstring(r.ra_2000, r.dec_2000, 2)
    ' 13 42 12.740  +08 23 17.69'
    """
    ra_d, dec_d, extras = _convert("J", ra, dec, mu_radec, parallax, rad_vel, epoch,
                                   fk4_fk5.jprecess_star, 1950.0)
    return JprecessResult(ra_2000=ra_d, dec_2000=dec_d, **extras)


@idl_routine("BPRECESS")
def bprecess(ra, dec, *, mu_radec=None, parallax=None, rad_vel=None, epoch=None):
    """J2000 (FK5) to B1950 (FK4) positions, as the IDL Astronomy Library's ``BPRECESS``
    (bprecess.pro, IDLAstro 729b572; rev. 2011).

    IDL call form::

        BPRECESS, ra, dec, ra_1950, dec_1950 [, MU_RADEC=, PARALLAX=, RAD_VEL=, EPOCH=]
            ->  r = idl.bprecess(ra, dec [, mu_radec=...]); r.ra_1950, r.dec_1950

    As :func:`jprecess` in the other direction; EPOCH defaults to 2000 and, as in
    bprecess.pro, MU_RADEC, PARALLAX and EPOCH count only when KEYWORD_SET (nonzero
    scalars or arrays). The E-terms are added back by three fixed-point steps.

    Examples
    --------
    The header's example, HD 119288 (printed ``13h 39m 44.526s +08d 38' 28.63"``):

    >>> from compat import idl
    >>> ra = (13 + 42 / 60 + 12.740 / 3600) * 15.0
    >>> r = idl.bprecess(ra, 8 + 23 / 60 + 17.69 / 3600, mu_radec=[-15 * 2.57, -9.0])
    >>> idl.adstring(r.ra_1950, r.dec_1950, 2)
    ' 13 39 44.526  +08 38 28.63'
    """
    ra_d, dec_d, extras = _convert("B", ra, dec, mu_radec, parallax, rad_vel, epoch,
                                   fk4_fk5.bprecess_star, 2000.0)
    return BprecessResult(ra_1950=ra_d, dec_1950=dec_d, **extras)
