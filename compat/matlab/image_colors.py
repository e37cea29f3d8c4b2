"""MATLAB's YCbCr and NTSC (YIQ) colour conversions (Image Processing Toolbox):
``rgb2ycbcr``, ``ycbcr2rgb``, ``rgb2ntsc``, ``ntsc2rgb``.

The legacy layer of the family over :mod:`compat._core.image_colors`, whose docstring
states the matrices, offsets, class scalings and clipping. Checked against GNU Octave
7.3's image package 2.14 and MATLAB's published coefficients (golden suite
``matlab/image_colors``).
"""

from __future__ import annotations

import numpy as np

from compat._core import image_colors as core
from compat._core.errors import (CompatTypeError, CompatValueError, MatlabWarning,
                                 issue_warning)
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["rgb2ycbcr", "ycbcr2rgb", "rgb2ntsc", "ntsc2rgb"]


def _colors(value, routine: str, name: str, classes) -> np.ndarray:
    a = np.asarray(matlab_array(value, name, complex_ok=False, char="error"))
    if a.dtype.name not in classes:
        raise CompatTypeError(f"{routine}: {name} must be of class "
                              f"{', '.join(classes)}.")
    if a.ndim == 2:
        if a.shape[1] != 3 or a.shape[0] < 1:
            raise CompatValueError(f"{routine}: a colormap must be an M-by-3 matrix.")
    elif a.ndim == 3:
        if a.shape[2] != 3:
            raise CompatValueError(f"{routine}: a truecolor image must be M-by-N-by-3.")
    else:
        raise CompatValueError(f"{routine}: {name} must be an M-by-3 colormap or an "
                               f"M-by-N-by-3 image.")
    return a


_YCBCR_CLASSES = ("uint8", "uint16", "float32", "float64")


@matlab_function("rgb2ycbcr")
def rgb2ycbcr(RGB):
    """RGB to YCbCr (ITU-R BT.601), as MATLAB's ``rgb2ycbcr``.

    MATLAB call forms::

        YCBCR = rgb2ycbcr(RGB)         ->  rgb2ycbcr(rgb)       (m-by-n-by-3)
        ycbcrmap = rgb2ycbcr(map)      ->  rgb2ycbcr(cmap)      (m-by-3)

    ``Y = 16 + (65.481 R + 128.553 G + 24.966 B)`` for R, G, B in [0, 1] (and the Cb, Cr
    rows of the BT.601 matrix, offset 128), in 8-bit units: divided by 255 for single
    and double data, as is for uint8 (rounded), times 257 for uint16. The class is
    kept.

    How it differs from ``skimage.color.rgb2ycbcr``: skimage returns float 16..235 for
    any input; MATLAB keeps the class and scales to it.

    Sources: MATLAB's rgb2ycbcr reference page (the equation and ranges) and
    rgb2ycbcr.m (per-class scaling, imlincomb rounding); golden suite
    ``matlab/image_colors``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.rgb2ycbcr(np.array([[[255, 255, 255], [0, 0, 0]]], dtype=np.uint8))
    array([[[235, 128, 128],
            [ 16, 128, 128]]], dtype=uint8)
    """
    return core.rgb_to_ycbcr(_colors(RGB, "rgb2ycbcr", "RGB", _YCBCR_CLASSES))


@matlab_function("ycbcr2rgb")
def ycbcr2rgb(YCBCR):
    """YCbCr (ITU-R BT.601) to RGB, as MATLAB's ``ycbcr2rgb``: the inverse of
    :func:`rgb2ycbcr`'s matrix, the class kept, floating results clipped to [0, 1].

    MATLAB call forms::

        RGB = ycbcr2rgb(YCBCR)         ->  ycbcr2rgb(ycbcr)
        rgbmap = ycbcr2rgb(ycbcrmap)   ->  ycbcr2rgb(cmap)

    Sources: MATLAB's ycbcr2rgb reference page and ycbcr2rgb.m (scalings 255 and
    65535/257, the clip of floating output). GNU Octave 7.3 does not clip (golden suite
    ``matlab/image_colors``, divergent case).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.ycbcr2rgb(np.array([[[235, 128, 128], [16, 128, 128]]], dtype=np.uint8))
    array([[[255, 255, 255],
            [  0,   0,   0]]], dtype=uint8)
    """
    return core.ycbcr_to_rgb(_colors(YCBCR, "ycbcr2rgb", "YCBCR", _YCBCR_CLASSES))


_NTSC_CLASSES = ("float64", "float32", "uint8", "uint16", "int16")


@matlab_function("rgb2ntsc")
def rgb2ntsc(RGB):
    """RGB to NTSC (YIQ), as MATLAB's ``rgb2ntsc``: ``[Y I Q] = [R G B] * [0.299 0.587
    0.114; 0.596 -0.274 -0.322; 0.211 -0.523 0.312]'`` on im2double data; double result.

    MATLAB call forms::

        YIQ = rgb2ntsc(RGB)          ->  rgb2ntsc(rgb)
        yiqmap = rgb2ntsc(rgbmap)    ->  rgb2ntsc(cmap)

    A colormap that is not double is converted with im2double after a warning
    (MATLAB's images:rgb2ntsc:colormapRange).

    Sources: the matrix printed on MATLAB's rgb2ntsc reference page. MATLAB's R2015
    rgb2ntsc.m computes ``RGB / T'`` with ntsc2rgb's three-decimal matrix T instead,
    which differs from the printed matrix by up to about 3e-4; compat follows the
    reference page (as GNU Octave does).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.rgb2ntsc(np.array([[1.0, 0.0, 0.0]]))
    array([[0.299, 0.596, 0.211]])
    """
    a = _colors(RGB, "rgb2ntsc", "RGB", _NTSC_CLASSES + ("int8", "int32", "uint32"))
    if a.ndim == 2 and a.dtype != np.float64:
        issue_warning(MatlabWarning("rgb2ntsc: the colormap is not double; it is converted "
                                    "with im2double (values assumed in the class's range)."))
    if a.ndim == 3 and a.dtype.name not in _NTSC_CLASSES:
        raise CompatTypeError("rgb2ntsc: RGB must be of class single, double, uint8, "
                              "uint16 or int16.")
    return core.rgb_to_ntsc(core.to_double(a))


@matlab_function("ntsc2rgb")
def ntsc2rgb(YIQ):
    """NTSC (YIQ) to RGB, as MATLAB's ``ntsc2rgb``: ``[R G B] = [Y I Q] * [1.0 0.956
    0.621; 1.0 -0.272 -0.647; 1.0 -1.106 1.703]'``, then negative values set to 0 and
    every colour with a component above 1 divided by its largest component; double.

    MATLAB call forms::

        RGB = ntsc2rgb(YIQ)          ->  ntsc2rgb(yiq)
        rgbmap = ntsc2rgb(yiqmap)    ->  ntsc2rgb(cmap)

    Sources: MATLAB's ntsc2rgb reference page (the matrix) and ntsc2rgb.m (the mapping
    into [0, 1]). GNU Octave 7.3 uses the exact inverse of rgb2ntsc's matrix
    (0.95617, 0.62143, ...), which differs in the fourth decimal (golden suite
    ``matlab/image_colors``, divergent case).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.ntsc2rgb(np.array([[0.5, 0.1, -0.05]]))
    array([[0.56455, 0.50515, 0.30425]])
    """
    a = _colors(YIQ, "ntsc2rgb", "YIQ",
                _NTSC_CLASSES + ("int8", "int32", "uint32"))
    if a.ndim == 2 and a.dtype != np.float64:
        issue_warning(MatlabWarning("ntsc2rgb: the colormap is not double; it is converted "
                                    "with im2double."))
    return core.ntsc_to_rgb(core.to_double(a))
