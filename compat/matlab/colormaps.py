"""MATLAB's colormap functions as numbers (gray, jet, hot, cool, spring, summer, autumn,
winter, bone, copper, pink, hsv, white) and the HSV/RGB conversions hsv2rgb and
rgb2hsv, over :mod:`compat._core.colormaps`.

Legacy code uses the maps without plotting (``ind2rgb(img, gray(256))``, false-colour
images written with imwrite); each returns an ``m``-by-3 double matrix of RGB values in
[0, 1]. ``m`` defaults to the current figure's colormap length, 256 when no figure
exists (MATLAB's rule since R2019b; Octave 7.3's default is 64). Sources: MATLAB
documentation of each function; goldens from Octave 7.3 (reference_outputs/matlab/colormaps).
"""

from __future__ import annotations

import numpy as np

from compat._core import colormaps as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["gray", "jet", "hot", "cool", "spring", "summer", "autumn", "winter", "bone",
           "copper", "pink", "hsv", "white", "hsv2rgb", "rgb2hsv"]

#: MATLAB's default colormap length (R2019b and later) when m is not given
DEFAULT_LENGTH = 256


def _length(m) -> int:
    if m is None:
        # MATLAB (R2019b+): "the same number of colors as the current figure's
        # colormap. If no figure exists, the number of colors is 256" (jet, gray, ...
        # reference pages); GNU Octave 7.3 does the same with its default of 64
        from compat._core.graphics_objects import current_figure
        figure = current_figure(create=False)
        if figure is not None:
            return int(np.asarray(figure._props["Colormap"]).shape[0])
        return DEFAULT_LENGTH
    value = np.asarray(m, dtype=np.float64).reshape(-1)
    if value.size != 1 or not np.isfinite(value[0]) or value[0] < 0:
        raise CompatValueError("m must be a nonnegative integer scalar")
    return int(value[0])


def _map(name: str, build):
    @matlab_function(name)
    def colormap(m=None):
        return build(_length(m))

    colormap.__name__ = colormap.__qualname__ = name
    colormap.__doc__ = (f"The ``{name}`` colormap as an m-by-3 matrix, as MATLAB's "
                        f"``{name}(m)`` (m: the current figure's map length, 256 without a "
                        "figure).\n\n"
                        f"    MATLAB call form::\n\n        c = {name}(m)\n\n"
                        "    Examples\n    --------\n"
                        "    >>> from compat import matlab\n"
                        f"    >>> matlab.{name}(4).shape\n    (4, 3)\n")
    return colormap


def _bone(m):
    return (7 * core.gray(m) + core.hot(m)[:, ::-1]) / 8


def _copper(m):
    return np.minimum(1, core.gray(m) @ np.diag([1.25, 0.7812, 0.4975]))


def _pink(m):
    return np.sqrt((2 * core.gray(m) + core.hot(m)) / 3)


def _hsv(m):
    h = np.arange(m, dtype=np.float64) / max(m, 1)
    return core.hsv_to_rgb(np.column_stack([h, np.ones(m), np.ones(m)]))


gray = _map("gray", core.gray)
jet = _map("jet", core.jet)
hot = _map("hot", core.hot)
cool = _map("cool", lambda m: core.two_color(m, "cool"))
spring = _map("spring", lambda m: core.two_color(m, "spring"))
summer = _map("summer", lambda m: core.two_color(m, "summer"))
autumn = _map("autumn", lambda m: core.two_color(m, "autumn"))
winter = _map("winter", lambda m: core.two_color(m, "winter"))
bone = _map("bone", _bone)
copper = _map("copper", _copper)
pink = _map("pink", _pink)
hsv = _map("hsv", _hsv)
white = _map("white", lambda m: np.ones((m, 3)))


def _triples(value, name: str) -> np.ndarray:
    a = matlab_array(value, name, to_float=True)
    if a.shape[-1] != 3 or a.ndim not in (2, 3):
        raise CompatValueError(f"{name} must be an m-by-3 colormap or an m-by-n-by-3 "
                               "image.")
    return a


@matlab_function("hsv2rgb")
def hsv2rgb(hsv_values):
    """HSV values to RGB, as MATLAB's ``hsv2rgb``: an m-by-3 colormap or an m-by-n-by-3
    image of hue, saturation, value in [0, 1].

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.hsv2rgb(np.array([[0.5, 1.0, 1.0]]))
    array([[0., 1., 1.]])
    """
    a = _triples(hsv_values, "HSV")
    out = core.hsv_to_rgb(a.astype(np.float64))
    return out.astype(a.dtype) if a.dtype == np.float32 else out


@matlab_function("rgb2hsv")
def rgb2hsv(rgb):
    """RGB values to HSV, as MATLAB's ``rgb2hsv``: an m-by-3 colormap or an m-by-n-by-3
    image (double in [0, 1]; integer images are scaled by their class's maximum).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.rgb2hsv(np.array([[0.0, 1.0, 1.0]]))
    array([[0.5, 1. , 1. ]])
    """
    a = np.asarray(rgb)
    if a.dtype.kind in "ui":
        a = a.astype(np.float64) / np.iinfo(a.dtype).max
    a = _triples(a, "RGB")
    out = core.rgb_to_hsv(a.astype(np.float64))
    return out.astype(a.dtype) if a.dtype == np.float32 else out
