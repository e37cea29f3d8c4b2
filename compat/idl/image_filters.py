"""IDL's image-filter library routines: ``BANDPASS_FILTER`` (frequency-domain ideal,
Butterworth and Gaussian band filters), over :mod:`compat._core.idl_image_filters`.

Images are 2-D arrays in readsav layout (IDL's ``[x, y]`` is numpy's ``[y, x]``). Python
floats are IDL DOUBLE (pass ``np.float32`` for FLOAT).
"""

from __future__ import annotations

import numpy as np

from compat._core import idl_image_filters as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["bandpass_filter"]


def _scalar(value, name):
    a = idl_array("bandpass_filter", value, name, complex_ok=False)
    if a.size == 0:
        raise CompatValueError(f"{name} must be supplied.")
    return a.reshape(-1)[0]


@idl_routine("BANDPASS_FILTER")
def bandpass_filter(image_data, low_freq=None, high_freq=None, *, ideal=False,
                    butterworth=None, gaussian=False):
    """Filter an image through a frequency band, as IDL's ``BANDPASS_FILTER``.

    IDL call form::

        Result = BANDPASS_FILTER(ImageData, LowFreq, HighFreq [, /IDEAL]
                                 [, BUTTERWORTH=value] [, /GAUSSIAN])

    The image's FFT, centred, is multiplied by a transfer function of the distance
    ``D`` from the spectrum's centre (``DIST`` normalised to a maximum of 1) and
    transformed back; the real part is returned. ``LowFreq``/``HighFreq`` (0 to 1,
    ``LowFreq <= HighFreq``) bound the band; ``D0 = (low+high)/2``, ``W = high-low``:

    * ``/IDEAL``: 1 for ``low <= D <= high``, else 0;
    * ``BUTTERWORTH=n`` (the default, with ``n = 1``): ``1 - 1/(1 + (D W/(D^2 -
      D0^2))^(2n))``; a lowpass ``1/(1 + (D/high)^(2n))`` when ``low = 0``, a highpass
      ``1/(1 + (low/D)^(2n))`` when ``high = 1``;
    * ``/GAUSSIAN``: ``exp(-((D^2 - D0^2)/(D W))^2)``; ``exp(-D^2/(2 high^2))`` when
      ``low = 0``; ``1 - exp(-D^2/(2 low^2))`` when ``high = 1``.

    IDL's own quirks are kept: the distance array is centred one sample past the
    centred FFT's zero frequency (IDL's ``SHIFT(DIST(nx, ny), nx/2+1, ny/2+1)``, so
    ``H`` at zero frequency is not ``H(0)``), and an ideal band containing every
    frequency (``0, 1``) zeroes the last element of the spectrum (IDL's WHERE -1).

    Parameters
    ----------
    image_data : array_like
        A 2-D image (readsav layout).
    low_freq, high_freq : float
    ideal, gaussian : bool
    butterworth : number, optional
        The dimension (order) of the Butterworth filter, positive.

    Returns
    -------
    ndarray
        The image's shape. FLOAT for non-DOUBLE data with /IDEAL (the spectrum stays
        single precision), DOUBLE for DOUBLE data and for the Butterworth and Gaussian
        filters (their DOUBLE transfer function promotes the product), as IDL 8's
        bandpass_filter.pro computes them (the Reference Guide says "the same type as
        ImageData").

    Raises
    ------
    ValueError
        IDL's messages: not 2-D, more than one filter keyword, a frequency outside
        [0, 1] or ``high < low``, a Butterworth dimension <= 0.

    Notes
    -----
    scipy has no such routine; the ideal band is ``np.fft.ifft2(np.fft.ifftshift(mask *
    np.fft.fftshift(np.fft.fft2(img)))).real`` with a mask IDL centres one sample off.
    GDL 1.0.1 has no BANDPASS_FILTER: the golden suite evaluates the documented
    algorithm in GDL.

    Sources: IDL Reference Guide, BANDPASS_FILTER; IDL 8.0's bandpass_filter.pro for the
    distance array, the special cases, the types and the quirks above.

    Examples
    --------
    >>> from compat import idl
    >>> img = np.zeros((8, 8), np.float32)
    >>> img[::2, :] = 1
    >>> out = idl.bandpass_filter(img, 0.0, 0.5, ideal=True)
    >>> out.dtype, out[:2, 0].round(4)
    (dtype('float32'), array([0.5, 0.5], dtype=float32))
    """
    img = idl_array("bandpass_filter", image_data, "ImageData", complex_ok=False,
                    scalar_ok=False)
    flags = [bool(ideal), butterworth is not None, bool(gaussian)]
    if img.ndim != 2:
        raise CompatValueError("Input must be a two dimensional array.")
    if sum(flags) > 1:
        raise CompatValueError("Only set one of IDEAL, BUTTERWORTH, or GAUSSIAN.")
    order = 1
    kind = "ideal" if ideal else ("gaussian" if gaussian else "butterworth")
    if butterworth is not None:
        order = _scalar(butterworth, "BUTTERWORTH")
    if low_freq is None:
        raise CompatValueError("Flow and Fhigh must be supplied.")
    if high_freq is None:
        raise CompatValueError("Fhigh must be supplied.")
    low = _scalar(low_freq, "LowFreq")
    high = _scalar(high_freq, "HighFreq")
    if low > 1 or low < 0:
        raise CompatValueError("Flow is out of range ([0,1]).")
    if high > 1 or high < 0:
        raise CompatValueError("Fhigh is out of range ([0,1]).")
    if high < low:
        raise CompatValueError("Fhigh must be greater than Flow.")
    if kind == "butterworth" and order <= 0:
        raise CompatValueError("Butterworth dimension must be a positive value.")
    H = core.bandpass_transfer(img.shape, low, high, kind, order)
    out = core.bandpass_filter(img, H)
    return out
