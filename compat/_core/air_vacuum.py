"""Air to vacuum wavelengths as the IDL Astronomy Library's AIRTOVAC computes them:
Ciddor's (1996) dispersion of standard air, ``n = 1 + 5.792105e-2 / (238.0185 - s^2) +
1.67917e-3 / (57.362 - s^2)`` with ``s = 1e4 / lambda`` (lambda in Angstrom, s in
inverse microns), applied twice (the second time with s of the first vacuum estimate),
to wavelengths of 2000 Angstrom and more only."""

from __future__ import annotations

import numpy as np

__all__ = ["air_to_vacuum"]


def air_to_vacuum(wave_air: np.ndarray) -> np.ndarray:
    """DOUBLE vacuum wavelengths of ``wave_air`` (any real IDL type; same shape).

    As airtovac.pro: ``vac = DOUBLE(air)``; for the elements with ``vac >= 2000``
    (NaN never), two passes of ``vac = air * n(1e4 / vac)`` where ``air * n`` multiplies
    the input's value (exact in DOUBLE) by the DOUBLE factor.
    """
    air = np.asarray(wave_air)
    vac = air.astype(np.float64)
    g = vac >= 2000
    if g.any():
        a = air[g].astype(np.float64)
        for _ in range(2):
            s = 1e4 / vac[g]
            s2 = s * s
            fact = 1.0 + 5.792105e-2 / (238.0185 - s2) + 1.67917e-3 / (57.362 - s2)
            vac[g] = a * fact
    return vac
