"""IDL's image-filter library routines: ``BANDPASS_FILTER`` (frequency-domain ideal,
Butterworth and Gaussian band filters) and ``ESTIMATOR_FILTER`` (neighbourhood median,
midpoint and truncated mean), over :mod:`compat._core.idl_image_filters`.

Images are 2-D arrays in readsav layout (IDL's ``[x, y]`` is numpy's ``[y, x]``). Python
floats are IDL DOUBLE (pass ``np.float32`` for FLOAT).
"""

from __future__ import annotations

import numpy as np

from compat._core import idl_image_filters as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["bandpass_filter", "estimator_filter"]


def _scalar(value, name):
    a = idl_array(value, name, complex_ok=False)
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
    img = idl_array(image_data, "ImageData", complex_ok=False,
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


def _convert_back(result: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """IDL's ``FIX(result, TYPE=input type)``: floats truncated toward zero into an
    integer type (wrapping as IDL's conversions do)."""
    if dtype.kind == "f":
        return result.astype(dtype)
    with np.errstate(invalid="ignore"):
        whole = np.trunc(np.nan_to_num(result, nan=0.0, posinf=0.0, neginf=0.0))
    return whole.astype(np.int64).astype(dtype)


@idl_routine("ESTIMATOR_FILTER")
def estimator_filter(image_data, width=None, height=None, *, median=False, midpoint=False,
                     truncate=None, nan=False, invalid=None, missing=None):
    """Noise reduction by a neighbourhood statistic, as IDL's ``ESTIMATOR_FILTER``.

    IDL call form::

        Result = ESTIMATOR_FILTER(ImageData, Width [, Height] [, /MEDIAN] [, /MIDPOINT]
                                  [, TRUNCATE=percent] [, /NAN] [, INVALID=value]
                                  [, MISSING=value])

    Each pixel becomes a statistic of its ``Width`` x ``Height`` neighbourhood (odd, at
    least 3; ``Height`` defaults to ``Width``; the neighbourhood is clipped at the
    image's edges):

    * ``/MEDIAN`` (the default): the median of the neighbourhood's numbers, computed in
      FLOAT whatever the data type, NaN ignored, the two middle values averaged when
      their count is even;
    * ``/MIDPOINT``: ``(min + max)/2`` in FLOAT (DOUBLE for DOUBLE data);
    * ``TRUNCATE=p`` (0 < p < 100): the mean after dropping ``FIX(((p/100)(count-1) +
      1)/2)`` values from each end of the sorted neighbourhood; 100 is the median.

    Data other than FLOAT or DOUBLE are worked in FLOAT and the result converted back
    to the input's type (integers truncated). ``INVALID=v``: pixels equal to ``v`` are
    missing (NaN); with ``/NAN`` (which IDL 8.0 in effect always applies) NaN pixels
    are ignored by the median. ``MISSING=m`` (with /NAN or INVALID): the missing
    pixels are *replaced by m before filtering*, as IDL 8.0's estimator_filter.pro does
    (the Reference Guide describes it as the value returned for missing data).

    Returns
    -------
    ndarray
        The image's shape and type.

    Raises
    ------
    ValueError
        IDL's messages: Width not given, more than one of MEDIAN/MIDPOINT/TRUNCATE,
        even or < 3 sizes, a Height larger than twice IDL's first dimension or a Width
        larger than twice its second (IDL's check, sizes crossed), not 2-D, TRUNCATE
        outside [0, 100], MISSING without NAN or INVALID. ``TRUNCATE=0`` (IDL calls
        MEAN_FILTER, which compat does not have) is refused.

    Notes
    -----
    ``scipy.ndimage.median_filter(img, (Height, Width))`` pads the edges (mode
    'reflect') instead of clipping the window, keeps the data type, returns the upper
    middle value for even counts and does not skip NaN. GDL 1.0.1 has no
    ESTIMATOR_FILTER (and its MEDIAN ignores /EVEN, so the golden suite's GDL reference
    sorts the neighbourhoods itself).

    Sources: IDL Reference Guide, ESTIMATOR_FILTER; IDL 8.0's estimator_filter.pro for
    the FLOAT median stack, the clipped windows, the midpoint's construction, the
    truncation count, the type conversions and the handling of MISSING and INVALID.

    Examples
    --------
    >>> from compat import idl
    >>> img = np.array([[1, 2, 3, 4], [5, 60, 7, 8], [9, 10, 11, 12]], np.int16)
    >>> idl.estimator_filter(img, 3)
    array([[ 3,  4,  5,  5],
           [ 7,  7,  8,  7],
           [ 9,  9, 10,  9]], dtype=int16)
    """
    img = idl_array(image_data, "ImageData", complex_ok=False,
                    scalar_ok=False)
    if width is None:
        raise CompatValueError("Width must be set.")
    w = int(_scalar(width, "Width"))
    h = w if height is None else int(_scalar(height, "Height"))
    flags = [bool(median), bool(midpoint), truncate is not None]
    if sum(flags) > 1:
        raise CompatValueError("Set only one of MEDIAN, MIDPOINT, or TRUNCATE.")
    if h % 2 == 0 or w % 2 == 0:
        raise CompatValueError("Height and width must be odd.")
    if h < 3 or w < 3:
        raise CompatValueError("Height and width must be greater than or equal to 3.")
    if img.ndim != 2:
        raise CompatValueError("Input must be a two dimensional array.")
    nx, ny = img.shape[1], img.shape[0]  # IDL's dimensions[0], dimensions[1]
    if h > 2 * nx or w > 2 * ny:
        raise CompatValueError("Height and width must be less than twice the input size.")
    pct = None
    if truncate is not None:
        pct = _scalar(truncate, "TRUNCATE")
        if pct > 100 or pct < 0:
            raise CompatValueError("TRUNCATE value should be between 0 and 100.")
        if pct == 0:
            raise CompatValueError("TRUNCATE=0 calls IDL's MEAN_FILTER, which compat does "
                                   "not provide.")
    if missing is not None and not (nan or invalid is not None):
        raise CompatValueError("MISSING keyword only works if NAN and/or INVALID is also "
                               "set.")
    work_type = img.dtype if img.dtype in (np.float32, np.float64) else np.dtype(np.float32)
    data = img.astype(work_type)
    bad = np.zeros(data.shape, bool)
    if invalid is not None:
        bad |= data == _scalar(invalid, "INVALID")
    if nan:
        bad |= ~np.isfinite(data)
    if missing is not None:
        data[bad] = _scalar(missing, "MISSING")
    elif invalid is not None:
        data[data == _scalar(invalid, "INVALID")] = np.nan
    if midpoint:
        out = core.estimator_midpoint(data, w, h)
    elif pct is not None and pct != 100:
        out = core.estimator_truncated_mean(data, pct, w, h)
    else:
        out = core.estimator_median(data, w, h)
    return _convert_back(out, img.dtype)
