"""MATLAB's image class conversions, called next to imread: ``im2double``,
``im2single``, ``im2uint8``, ``im2uint16``, ``rgb2gray``, ``mat2gray``, ``ind2rgb``,
``gray2ind`` (over :mod:`compat._core.image_classes`).

MATLAB's image conventions: floating images in [0, 1], uint8 0..255, uint16 0..65535,
int16 offset by 32768; integer indexed images 0-based, floating ones 1-based. None of
these needs Pillow.
"""

from __future__ import annotations

import numpy as np

from compat._core import image_classes as core
from compat._core.args import is_omitted
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["im2double", "im2single", "im2uint8", "im2uint16", "rgb2gray", "mat2gray",
           "ind2rgb", "gray2ind"]


class Gray2indResult(Result):
    """gray2ind's outputs: the indexed image and its grey colormap."""

    request_style = "nargout"
    X: np.ndarray
    map: np.ndarray


def _image(value) -> np.ndarray:
    return matlab_array(value, "I", complex_ok=False)


def _indexed(option) -> bool:
    if option is None:
        return False
    if isinstance(option, str) and option.lower() == "indexed":
        return True
    raise CompatValueError("the second input argument must be 'indexed'")


@matlab_function("im2double")
def im2double(I, option=None):  # noqa: E741 - MATLAB's name
    """Image data as double, as MATLAB's ``im2double``.

    ``I2 = im2double(I)`` -> ``matlab.im2double(I)``; ``im2double(X, 'indexed')``.

    uint8 data is divided by 255, uint16 by 65535, int16 offset by 32768 then divided by
    65535 (into [0, 1]); double, single and logical values are kept (as double). With
    'indexed', uint8/uint16 indices get 1 added (MATLAB's 1-based double indices).
    Difference from ``I.astype(float)``: the scaling into [0, 1].

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.im2double(np.array([[0, 51, 255]], dtype=np.uint8))
    array([[0. , 0.2, 1. ]])
    """
    return core.to_float(_image(I), np.float64, indexed=_indexed(option))


@matlab_function("im2single")
def im2single(I, option=None):  # noqa: E741
    """Image data as single, as MATLAB's ``im2single`` (the rules of
    :func:`im2double`, the division done in single precision).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.im2single(np.array([[0, 65535]], dtype=np.uint16))
    array([[0., 1.]], dtype=float32)
    """
    return core.to_float(_image(I), np.float32, indexed=_indexed(option))


@matlab_function("im2uint8")
def im2uint8(I, option=None):  # noqa: E741
    """Image data as uint8, as MATLAB's ``im2uint8``.

    ``J = im2uint8(I)``; ``im2uint8(X, 'indexed')``. Floating data: ``round(255*I)``
    with values clipped to [0, 1] and NaN 0; uint16 divided by 257 and rounded (the
    reference page's example: 13653 -> 53, 2731 -> 11); int16 offset by 32768 first;
    logical true 255. 'indexed': double indices minus 1, integer ones kept; more than
    256 colours is an error. Difference from ``(I * 255).astype(np.uint8)``: numpy
    truncates and wraps, MATLAB rounds and saturates.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.im2uint8(np.array([[0, 0.5, 1, 1.2, -1]]))
    array([[  0, 128, 255, 255,   0]], dtype=uint8)
    """
    return core.to_integer(_image(I), np.uint8, indexed=_indexed(option))


@matlab_function("im2uint16")
def im2uint16(I, option=None):  # noqa: E741
    """Image data as uint16, as MATLAB's ``im2uint16``: floating data
    ``round(65535*I)`` (clipped to [0, 1]), uint8 times 257, int16 offset by 32768,
    logical true 65535; 'indexed' as :func:`im2uint8`.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.im2uint16(np.array([[0, 1, 255]], dtype=np.uint8))
    array([[    0,   257, 65535]], dtype=uint16)
    """
    return core.to_integer(_image(I), np.uint16, indexed=_indexed(option))


@matlab_function("rgb2gray")
def rgb2gray(RGB):
    """Luminance of a truecolour image or a colormap, as MATLAB's ``rgb2gray``.

    ``I = rgb2gray(RGB)`` (m-by-n-by-3 -> m-by-n); ``newmap = rgb2gray(map)`` (c-by-3 ->
    c-by-3, each row's grey level repeated).

    ``0.298936021293775*R + 0.587043074451121*G + 0.114020904255103*B``: the first row
    of the inverse of the NTSC YIQ-to-RGB matrix, as MATLAB's reference page gives it
    ("Algorithms"). Floating data is computed in its class (a colormap's result clipped
    to [0, 1]); uint8/uint16/int16 data in double, then rounded to nearest and saturated
    to the input's class. GNU Octave 7.3 uses the weights rounded to 6 digits
    (0.298936, 0.587043, 0.114021), which moves double results by up to about 1e-6
    (recorded as a divergence in the golden suite matlab/image_conversions).
    Difference from ``rgb @ [0.299, 0.587, 0.114]``: those are Rec. 601's rounded
    weights, and the product of uint8 data is neither rounded nor of class uint8.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.rgb2gray(np.array([[[255, 0, 0], [0, 255, 0], [0, 0, 255]]], np.uint8))
    array([[ 76, 150,  29]], dtype=uint8)
    """
    a = matlab_array(RGB, "RGB", complex_ok=False)
    return core.rgb_to_gray(a)


@matlab_function("mat2gray")
def mat2gray(A, limits=None):
    """A matrix scaled to a greyscale image in [0, 1], as MATLAB's ``mat2gray``.

    ``I = mat2gray(A)`` (limits min(A(:)), max(A(:))); ``I = mat2gray(A, [amin amax])``.

    ``A * (1/d) + (-amin/d)`` with ``d = amax - amin`` (MATLAB computes it with
    imlincomb in double), clipped to [0, 1]: values at or below amin are 0, at or above
    amax 1. When amin equals amax the data is returned as double, unscaled. Difference
    from ``(A - A.min()) / np.ptp(A)``: the clipping to given limits and the constant
    case (numpy divides by zero).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.mat2gray(np.array([[-2, 0, 2, 6]]))
    array([[0.  , 0.25, 0.5 , 1.  ]])
    """
    a = matlab_array(A, "A", complex_ok=False)
    if a.dtype == np.bool_:
        raise CompatTypeError("A must be numeric, not logical")
    if limits is None or is_omitted(limits):
        if a.size == 0:
            return a.astype(np.float64)
        low, high = float(np.nanmin(a)), float(np.nanmax(a))
    else:
        values = np.ravel(np.asarray(limits, dtype=np.float64))
        if values.size != 2:
            raise CompatValueError("LIMITS must be a two-element vector [amin amax]")
        low, high = float(values[0]), float(values[1])
    return core.rescale_to_unit(a, low, high)


@matlab_function("ind2rgb")
def ind2rgb(X, map):  # noqa: A002 - MATLAB's name
    """An indexed image as truecolour, as MATLAB's ``ind2rgb``.

    ``RGB = ind2rgb(X, map)``: ``(m, n, 3)`` with each pixel's colormap row, in the
    colormap's class (double). uint8/uint16/logical indices are 0-based (0 is map's first
    row), double indices 1-based; indices past the colormap's end take its last row,
    below the start its first. Difference from ``map[X]``: the 1-based double indices
    and the clipping.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.ind2rgb(np.array([[1, 2]]), np.array([[0, 0, 0], [1, 0.5, 0]]))[0, 1]
    array([1. , 0.5, 0. ])
    """
    x = matlab_array(X, "X", complex_ok=False)
    m = matlab_array(map, "map", complex_ok=False, integer_ok=False, logical_ok=False)
    if m.ndim != 2 or m.shape[1] != 3 or m.shape[0] == 0:
        raise CompatValueError("map must be a c-by-3 colormap")
    if x.ndim != 2:
        raise CompatValueError("X must be an m-by-n indexed image")
    return core.indexed_to_rgb(x, m)


@matlab_function("gray2ind", nargout=2)
def gray2ind(I, n=None, *, nargout=1):  # noqa: E741
    """A greyscale or binary image as an indexed image, as MATLAB's ``gray2ind``.

    ``[X, map] = gray2ind(I, n)`` -> ``X, cmap = matlab.gray2ind(I, n, nargout=2)``.

    ``n`` grey levels (default 64, 2 for a logical image); ``X = round(I*(n-1))`` for
    floating data in [0, 1] (integer classes scaled from their range first), uint8
    for n <= 256, else uint16, 0-based; ``map = gray(n)``. Floating values outside
    [0, 1] are an error (GNU Octave 7.3's gray2ind; MATLAB's page asks for that range).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.gray2ind(np.array([[0, 0.5, 1]]), 4)
    array([[0, 2, 3]], dtype=uint8)
    """
    a = matlab_array(I, "I", complex_ok=False)
    if a.ndim != 2:
        raise CompatValueError("I must be a grayscale or binary image")
    if n is None or is_omitted(n):
        levels = 2 if a.dtype == np.bool_ else 64
    else:
        levels = float(np.ravel(n)[0])
        if levels != int(levels) or not 1 <= levels <= 65536:
            raise CompatValueError("N must be a positive integer in the range [1, 65536]")
        levels = int(levels)
    x = core.gray_to_indexed(a, levels)
    return Gray2indResult.first(nargout, x, core.gray_colormap(levels))
