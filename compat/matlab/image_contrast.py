"""MATLAB's contrast limits and intensity adjustment (Image Processing Toolbox):
``stretchlim`` and ``imadjust``.

The legacy layer of the family: MATLAB's argument forms (``stretchlim(I, tol)`` with a
scalar or a pair, ``imadjust(I)``, ``imadjust(I, [low_in high_in], [low_out high_out],
gamma)`` with ``[]`` for the defaults, per-channel limits and gammas for RGB images),
over :mod:`compat._core.image_contrast`, whose docstring states the histogram rule and
the look-up tables. Checked against GNU Octave 7.3's image package 2.14 (golden suite
``matlab/image_contrast``).
"""

from __future__ import annotations

import numpy as np

from compat._core import image_contrast as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["stretchlim", "imadjust", "histeq"]


def _image(value) -> np.ndarray:
    a = np.asarray(matlab_array(value, "I", complex_ok=False, char="error"))
    if a.dtype not in (np.float64, np.float32, np.uint8, np.uint16, np.int16):
        raise CompatValueError("I must be double, single, uint8, uint16 or int16.")
    return a


def _channels(a: np.ndarray) -> list[np.ndarray]:
    if a.ndim == 3 and a.shape[2] == 3:
        return [a[:, :, i] for i in range(3)]
    return [a]


def _tolerances(tol) -> tuple[float, float]:
    t = np.asarray(tol, dtype=float).reshape(-1)
    if t.size == 1:
        low, high = float(t[0]), 1.0 - float(t[0])
    elif t.size == 2:
        low, high = float(t[0]), float(t[1])
    else:
        raise CompatValueError("TOL must be a scalar or a two-element vector.")
    if not (0 <= low <= 1 and 0 <= high <= 1):
        raise CompatValueError("TOL must be in the range [0 1].")
    return low, high


@matlab_function("stretchlim")
def stretchlim(I, tol=(0.01, 0.99)):
    """Limits for contrast stretching, as MATLAB's ``stretchlim``.

    MATLAB call forms::

        lowhigh = stretchlim(I)            ->  stretchlim(I)
        lowhigh = stretchlim(I, tol)       ->  stretchlim(I, 0.05)
        lowhigh = stretchlim(RGB, tol)     ->  stretchlim(RGB, [0.01, 0.98])

    The intensities (in [0, 1]) where the histogram's cumulative share first exceeds
    ``tol(1)`` and first reaches ``tol(2)`` (a scalar ``tol`` means ``[tol, 1 - tol]``;
    the default saturates 1% at each end): a 2-by-1 column, 2-by-3 for an RGB image;
    ``[0; 1]`` for a flat image. Bins: 256 (65536 for uint16). numpy's ``percentile``
    interpolates between values instead.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> I = np.array([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110, 120, 130, 140,
    ...               150, 160, 170, 180, 255], dtype=np.uint8)
    >>> matlab.stretchlim(I, 0.1).ravel().round(6)
    array([0.078431, 0.666667])
    """
    a = _image(I)
    low, high = _tolerances(tol)
    return core.stretch_limits(_channels(a), low, high, a.dtype)


def _limits(value, default, count, name):
    if value is None or np.size(value) == 0:
        return np.tile(np.asarray(default, dtype=float).reshape(2, 1), (1, count))
    v = np.asarray(value, dtype=float)
    if v.size == 2:
        return np.tile(v.reshape(2, 1), (1, count))
    if v.shape == (2, count):
        return v
    raise CompatValueError(f"{name} must be a two-element vector"
                           f"{' or 2-by-3 for an RGB image' if count == 3 else ''}.")


@matlab_function("imadjust")
def imadjust(I, low_high_in=None, low_high_out=None, gamma=1.0):
    """Adjust image intensities, as MATLAB's ``imadjust``.

    MATLAB call forms::

        J = imadjust(I)                                  ->  imadjust(I)
        J = imadjust(I, [low_in high_in])                ->  imadjust(I, [0.2, 0.6])
        J = imadjust(I, [low_in high_in], [low_out high_out], gamma)
            ->  imadjust(I, [0.2, 0.6], [0.1, 0.9], 0.5)
        J = imadjust(RGB, [low_in; high_in], [low_out; high_out])  (2-by-3 limits)

    Intensities (in [0, 1] whatever the class) clipped to ``[low_in, high_in]`` and
    mapped onto ``[low_out, high_out]`` through ``gamma`` (``low_out > high_out``
    inverts the image); ``imadjust(I)`` uses ``stretchlim(I)``, saturating 1% at each
    end. ``[]`` keeps a default ([0 1]). The class is kept: integer images go through
    MATLAB's look-up table, so their rounding is MATLAB's.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> I = np.array([0, 50, 100, 150, 200, 255], dtype=np.uint8)
    >>> matlab.imadjust(I, [0.2, 0.6], [0.1, 0.9])
    array([ 26,  26, 124, 224, 230, 230], dtype=uint8)
    """
    a = _image(I)
    channels = _channels(a)
    count = len(channels)
    if low_high_in is None:
        low_high_in = core.stretch_limits(channels, 0.01, 0.99, a.dtype)
    lin = _limits(low_high_in, (0.0, 1.0), count, "[LOW_IN HIGH_IN]")
    lout = _limits(low_high_out, (0.0, 1.0), count, "[LOW_OUT HIGH_OUT]")
    g = np.broadcast_to(np.asarray(gamma, dtype=float).reshape(-1), (count,))
    if np.any(lin < 0) or np.any(lin > 1) or np.any(lout < 0) or np.any(lout > 1):
        raise CompatValueError("LOW_IN, HIGH_IN, LOW_OUT and HIGH_OUT must be in the "
                               "range [0.0, 1.0].")
    if np.any(lin[0] >= lin[1]):
        raise CompatValueError("LOW_IN must be less than HIGH_IN.")
    if np.any(g < 0):
        raise CompatValueError("GAMMA must be a nonnegative number.")
    out = [core.adjust(c, lin[0, i], lin[1, i], lout[0, i], lout[1, i], g[i])
           for i, c in enumerate(channels)]
    return np.stack(out, axis=2) if count == 3 and a.ndim == 3 else out[0]


@matlab_function("histeq", nargout=2)
def histeq(I, n_or_hgram=64, *, nargout=1):
    """Histogram equalization, as MATLAB's ``histeq`` (intensity images).

    MATLAB call forms::

        J = histeq(I)                ->  histeq(I)          (64 target levels)
        J = histeq(I, n)             ->  histeq(I, 32)
        J = histeq(I, hgram)         ->  histeq(I, target_histogram)
        [J, T] = histeq(...)         ->  histeq(I, nargout=2)

    histeq.m's rule: each of the input's 256 histogram bins is mapped to the target
    level whose cumulative count is closest from above (half a bin of slack, negative
    errors beyond rounding excluded); ``T`` (1 x 256) is that mapping in [0, 1].
    uint8, uint16, int16, single and double images keep their class. The indexed forms
    ``histeq(X, map)`` are not supported. ``skimage.exposure.equalize_hist`` maps each
    value by the empirical cdf itself, not onto ``n`` levels.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.histeq(np.array([[0, 64, 128], [192, 255, 255]], dtype=np.uint8), 4)
    array([[  0,   0,  85],
           [170, 255, 255]], dtype=uint8)
    """
    a = np.asarray(matlab_array(I, "I", complex_ok=False, char="error"))
    if a.dtype not in (np.uint8, np.uint16, np.int16, np.float32, np.float64):
        raise CompatValueError("I must be uint8, uint16, int16, single or double.")
    spec = np.asarray(n_or_hgram, dtype=np.float64)
    if spec.ndim == 2 and spec.shape[1] == 3 and spec.shape[0] > 1:
        raise CompatValueError("histeq of indexed images (histeq(X, map)) is not supported "
                               "by compat.")
    if spec.size == 1:
        n = float(spec.reshape(-1)[0])
        if n != np.floor(n) or n < 1:
            raise CompatValueError("N must be a positive integer.")
        hgram = np.ones(int(n)) * (a.size / n)
    else:
        if spec.ndim > 1 and min(spec.shape) > 1:
            raise CompatValueError("HGRAM must be a vector.")
        hgram = spec.reshape(-1)
    out, t = core.equalize(a, hgram)
    return out if nargout == 1 else (out, t.reshape(1, -1))
