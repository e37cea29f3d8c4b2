"""The IDL Astronomy Library's ``AIRTOVAC`` (air to vacuum wavelengths), over
:mod:`compat._core.air_vacuum`."""

from __future__ import annotations

import numpy as np

from compat._core import air_vacuum as core
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["airtovac"]


@idl_routine("AIRTOVAC")
def airtovac(wave_air):
    """Vacuum wavelengths of air wavelengths (Angstrom), as the IDL Astronomy Library's
    ``AIRTOVAC`` procedure.

    IDL call forms::

        AIRTOVAC, WAVE_AIR, WAVE_VAC   ->  wave_vac = idl.airtovac(wave_air)
        AIRTOVAC, WAVE                 ->  wave = idl.airtovac(wave)

    The procedure's one-argument form overwrites WAVE with DOUBLE vacuum wavelengths;
    Python cannot change the caller's variable (or an array's type) in place, so the
    port returns the values and the caller rebinds the name.

    Parameters
    ----------
    wave_air : scalar or array_like
        Air wavelengths in Angstrom, any real type and shape.

    Returns
    -------
    numpy.float64 or ndarray of float64
        The vacuum wavelengths (DOUBLE, as IDL's WAVE_VAC); values below 2000 Angstrom
        (and NaN) unchanged.

    Notes
    -----
    Ciddor's (1996, Applied Optics 35, 1566) refractive index of standard air,
    ``1 + 5.792105e-2/(238.0185 - s^2) + 1.67917e-3/(57.362 - s^2)``, ``s = 1e4/lambda``,
    evaluated as the library's airtovac.pro does (since March 2011): at the air
    wavelength, then once more at the first vacuum estimate, each time multiplying the
    *air* wavelength. Versions before 2011 used Edlen's (1966) formula in one pass
    (values differ by up to ~0.01 Angstrom in the infrared). Differences from the naive
    call: ``astropy.units.spectral`` has no air/vacuum conversion, and
    ``specutils``' ``air_to_vac`` defaults to other formulas (Morton 2000 / Greisen).
    Sources: IDL Astronomy Library airtovac.pro (BSD, github.com/wlandsman/IDLAstro
    commit 729b572), whose reference-page example (6056.125 -> 6057.8019) is a test;
    golden suite ``idl/air_vacuum`` (the library's code run in GDL 1.0.1).

    Examples
    --------
    >>> from compat import idl
    >>> round(float(idl.airtovac(6056.125)), 4)
    6057.8019
    >>> idl.airtovac([1500.0, 5000.0])
    array([1500.        , 5001.39485068])
    """
    a = idl_array(wave_air, "WAVE_AIR", complex_ok=False)
    out = core.air_to_vacuum(a)
    return np.float64(out) if out.ndim == 0 else out
