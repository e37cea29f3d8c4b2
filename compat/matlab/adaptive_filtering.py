"""MATLAB's adaptive noise-removal filter (Image Processing Toolbox): ``wiener2``.

The legacy layer of the family: wiener2.m's argument forms (the neighbourhood size, the
noise power, the removed block-size forms refused with MATLAB's pointers), its classes
(uint8, uint16, int16, single and double images; computed in double through im2double,
returned in the image's class) over :mod:`compat._core.adaptive_filtering`.
"""

from __future__ import annotations

import numpy as np

from compat._core import adaptive_filtering as core
from compat._core import image_classes
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_integers import convert
from compat._core.matlab_types import matlab_array

__all__ = ["wiener2"]

_CLASSES = (np.dtype(np.uint8), np.dtype(np.uint16), np.dtype(np.int16),
            np.dtype(np.float32), np.dtype(np.float64))


def _size(value) -> tuple[int, int]:
    a = np.asarray(matlab_array(value, "[M N]", complex_ok=False), dtype=np.float64)
    a = a.reshape(-1)
    if a.size != 2 or not np.all(np.isfinite(a)) or np.any(a != np.round(a)) or \
            np.any(a < 1):
        raise CompatValueError("the neighbourhood size [M N] must be two positive "
                               f"integers, got {a.tolist()}.")
    return int(a[0]), int(a[1])


def _noise(value):
    a = np.asarray(matlab_array(value, "NOISE", complex_ok=False, integer_ok=False,
                                logical_ok=False))
    if a.size != 1:
        raise CompatValueError("NOISE must be a real scalar (or [] to estimate it).")
    return a.reshape(()).astype(a.dtype)[()]


def _back_to_class(f: np.ndarray, dtype: np.dtype) -> np.ndarray:
    """images.internal.changeClass: single(f), im2uint8, im2uint16 or im2int16."""
    if dtype == np.float64:
        return f
    if dtype == np.float32:
        return f.astype(np.float32)
    if dtype == np.int16:
        unit = np.clip(np.nan_to_num(f.astype(np.float64), nan=0.0), 0.0, 1.0)
        return convert(unit * 65535.0 - 32768.0, "int16")
    return image_classes.to_integer(f, dtype)


@matlab_function("wiener2", nargout=2)
def wiener2(I, *args, nargout=1):
    """2-D adaptive noise-removal filtering, as MATLAB's ``wiener2``.

    MATLAB call forms::

        J = wiener2(I)                      3-by-3 neighbourhoods, noise estimated
        J = wiener2(I, [m n])               m-by-n neighbourhoods
        J = wiener2(I, noise)               a scalar second argument is the noise power
        J = wiener2(I, [m n], noise)
        [J, noise] = wiener2(I, [m n])      ->  wiener2(I, [m, n], nargout=2)

    Parameters
    ----------
    I : array_like
        A 2-D grayscale image (a 1-D array is one row): uint8, uint16, int16, single or
        double.
    [m n] : array_like
        The neighbourhood size, two positive integers (default [3 3]).
    noise : float
        The additive noise power (variance), in the units of im2double(I); ``[]`` or
        omitted: estimated as the mean of the local variances.

    Returns
    -------
    J : numpy.ndarray
        The filtered image, of I's class (integer classes rounded and saturated as
        im2uint8/im2uint16/im2int16 do, NaN to the class's lowest value).
    noise : numpy.float64
        The noise power used (the estimate, or the given value).

    Notes
    -----
    The computation is wiener2.m's: the image through im2double (single too: MATLAB
    computes in double and returns single), local means and variances by
    ``filter2(ones(m, n), .) / (m n)`` -- box sums with zeros outside the image, so the
    border pixels see smaller means and larger variances -- the noise as ``mean2`` of
    the local variances, then ``mu + max(s2 - noise, 0) ./ max(s2, noise) .* (I - mu)``
    with MATLAB's NaN-ignoring ``max`` (see :mod:`compat._core.adaptive_filtering`).
    Differences from ``scipy.signal.wiener``: the same zero-padded local statistics
    and noise estimate for odd sizes, but scipy centres even-sized windows the other
    way (``wiener(I, (2, 4))`` differs from MATLAB's ``wiener2(I, [2 4])``), computes
    ``(1 - noise/s2) (I - mu) + mu`` (other rounding), returns float64 for every input
    without im2double's scaling of integer images, and does not return the estimate.
    A float32 ``noise`` makes MATLAB's arithmetic single, and the result single: kept.
    wiener2.m's removed block-size forms
    ``wiener2(I, [m n], [mblock nblock])`` and ``wiener2(I, [m n], [mblock nblock],
    noise)`` are refused with its message; RGB (3-D) images are refused as MATLAB
    does. GNU Octave 7.3's image package 2.14 wiener2 computes single images in single
    (MATLAB in double) and filters N-D arrays; golden suite ``matlab/adaptive_filtering``.
    Source: MathWorks' wiener2 reference page and wiener2.m (facts only).

    Examples
    --------
    >>> from compat import matlab
    >>> I = np.array([[0.2, 0.2, 0.2, 0.2], [0.2, 0.9, 0.2, 0.2], [0.2, 0.2, 0.2, 0.2]])
    >>> J, noise = matlab.wiener2(I, [3, 3], nargout=2)
    >>> round(float(noise), 6)
    0.051235
    >>> np.round(J, 4)
    array([[0.1774, 0.2084, 0.2084, 0.0889],
           [0.2084, 0.2778, 0.2778, 0.1333],
           [0.1774, 0.2084, 0.2084, 0.0889]])
    >>> matlab.wiener2(np.uint8([[10, 200], [30, 40]])).dtype
    dtype('uint8')
    """
    if len(args) > 3:
        raise CompatValueError("Too many input arguments.")
    if len(args) == 3:
        raise CompatValueError("WIENER2(I,[m n],[mblock nblock],noise) has been removed. "
                               "Use WIENER2(I,[m n],noise) instead.")
    size, noise = (3, 3), None
    if len(args) == 1:
        count = np.size(args[0]) if args[0] is not None else 0
        if count == 1:
            noise = _noise(args[0])
        elif count == 2:
            size = _size(args[0])
        else:
            raise CompatValueError("Invalid syntax: the second argument is [M N] (two "
                                   "elements) or the noise power (a scalar).")
    elif len(args) == 2:
        if args[1] is not None and np.size(args[1]) == 2:
            raise CompatValueError("WIENER2(I,[m n],[mblock nblock]) has been removed. "
                                   "Use WIENER2(I,[m n]) instead.")
        size = _size(args[0])
        if args[1] is not None and np.size(args[1]) > 0:
            noise = _noise(args[1])
    a = matlab_array(I, "I", complex_ok=False)
    if a.dtype not in _CLASSES:
        raise CompatTypeError(f"I must be uint8, uint16, int16, single or double, not "
                              f"{'logical' if a.dtype == np.bool_ else a.dtype.name}.")
    if a.ndim > 2:
        raise CompatValueError("WIENER2 does not support 3-D (truecolor) images: filter "
                               "each plane, or convert with rgb2gray.")
    shape = a.shape
    g = image_classes.to_float(a, np.float64).reshape(a.shape if a.ndim == 2 else
                                                      (1, a.size))
    f, used = core.adaptive_wiener(g, size, noise)
    out = f if f.dtype == np.float32 and a.dtype == np.float64 else \
        _back_to_class(f, a.dtype)
    out = out.reshape(shape)
    return out if nargout == 1 else (out, used)
