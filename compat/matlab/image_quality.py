"""MATLAB's full-reference image quality measures (Image Processing Toolbox):
``immse`` and ``psnr``.

The legacy layer of the family over :mod:`compat._core.image_quality`, whose docstring
states the formulas, the default peak and the classes. Checked against GNU Octave 7.3's
image package 2.14 (golden suite ``matlab/image_quality``).
"""

from __future__ import annotations

import numpy as np

from compat._core import image_quality as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["immse", "psnr"]


def _pair(x, y, routine: str, classes, names=("A", "B")):
    a = np.asarray(matlab_array(x, names[0], complex_ok=False, char="error"))
    b = np.asarray(matlab_array(y, names[1], complex_ok=False, char="error"))
    for v, n in ((a, names[0]), (b, names[1])):
        if v.dtype.name not in classes:
            raise CompatTypeError(f"{routine}: {n} must be of class "
                                  f"{', '.join(classes)}.")
    if a.dtype != b.dtype:
        raise CompatTypeError(f"{routine}: {names[0]} and {names[1]} must be of the same "
                              f"class.")
    if a.shape != b.shape:
        raise CompatValueError(f"{routine}: {names[0]} and {names[1]} must be the same "
                               f"size.")
    return a, b


_MSE_CLASSES = ("uint8", "int8", "uint16", "int16", "uint32", "int32", "float32", "float64")


@matlab_function("immse")
def immse(X, Y):
    """Mean-squared error, as MATLAB's ``immse``: ``sum((X - Y).^2)/numel(X)``.

    MATLAB call form::

        err = immse(X, Y)   ->  immse(X, Y)

    X and Y of the same size and class (uint8, int8, uint16, int16, uint32, int32,
    single or double); integers are differenced in double, so ``uint8`` values do not
    saturate as numpy's ``x - y`` would wrap; the result is double, single for single
    data (an empty array for empty inputs).

    Sources: MATLAB's immse reference page. Golden suite ``matlab/image_quality``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> float(matlab.immse(np.array([10, 200], dtype=np.uint8),
    ...                    np.array([20, 100], dtype=np.uint8)))
    5050.0
    """
    a, b = _pair(X, Y, "immse", _MSE_CLASSES)
    if a.size == 0:
        return np.zeros((0, 0), dtype=np.float32 if a.dtype == np.float32 else np.float64)
    return core.mean_squared_error(a, b)


_PSNR_CLASSES = ("uint8", "uint16", "int16", "float32", "float64")


@matlab_function("psnr", nargout=2)
def psnr(A, ref, peakval=None, *, nargout=1):
    """Peak signal-to-noise ratio, as MATLAB's ``psnr``.

    MATLAB call forms::

        peaksnr = psnr(A, ref)             ->  psnr(A, ref)
        peaksnr = psnr(A, ref, peakval)    ->  psnr(A, ref, 255)
        [peaksnr, snr] = psnr(A, ref)      ->  psnr(A, ref, nargout=2)

    ``peaksnr = 10 log10(peakval^2 / immse(A, ref))`` in dB, ``peakval`` by default the
    width of A's class range (1 for single/double, 255 for uint8, 65535 for uint16 and
    int16); ``snr = 10 log10(mean(ref.^2) / immse(A, ref))``. Identical images give Inf.
    A and ref of the same size and class (uint8, uint16, int16, single, double);
    single data give single results.

    Sources: MATLAB's psnr reference page (definitions, the documented example's
    22.6437 / 15.5524 for pout.tif) and psnr.m (``diff(getrangefromclass(A))``, snr from
    ref). GNU Octave 7.3 takes intmax as the int16 peak and computes snr from A
    (golden suite ``matlab/image_quality``, divergent cases).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> round(float(matlab.psnr(np.array([0.5, 0.5]), np.array([0.5, 0.6]))), 10)
    23.0102999566
    """
    a, r = _pair(A, ref, "psnr", _PSNR_CLASSES, names=("A", "REF"))
    if peakval is None:
        peak = core.class_range_width(a.dtype)
    else:
        p = np.asarray(peakval)
        if p.size != 1 or p.dtype.kind not in "iuf" or not np.isfinite(p).all() or \
                float(p.reshape(-1)[0]) < 0:
            raise CompatValueError("psnr: PEAKVAL must be a real, finite, nonnegative "
                                   "scalar.")
        peak = float(p.reshape(-1)[0])
    if a.size == 0:
        empty = np.zeros((0, 0), dtype=np.float32 if a.dtype == np.float32 else np.float64)
        return empty if nargout <= 1 else (empty, empty.copy())
    peaksnr, snr = core.peak_snr(a, r, peak)
    return peaksnr if nargout <= 1 else (peaksnr, snr)
