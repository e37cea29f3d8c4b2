"""MATLAB's ``edge`` (Image Processing Toolbox), over :mod:`compat._core.edge_detection`.

The methods 'sobel' (the default), 'prewitt', 'roberts', 'log', 'zerocross' and 'canny'
with MATLAB's argument forms, thresholds, thinning and outputs; 'approxcanny' (an
OpenCV routine inside MATLAB) is refused.
"""

from __future__ import annotations

import numpy as np

from compat._core import edge_detection as core
from compat._core import image_classes
from compat._core.args import is_omitted
from compat._core.errors import CompatValueError, MatlabValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["edge"]

_METHODS = ("canny", "approxcanny", "sobel", "prewitt", "roberts", "log", "zerocross")
_BAD_ARGS = "images:edge:invalidInputArguments"


def _method(value) -> str:
    if not isinstance(value, str):
        raise MatlabValueError("The second input argument must be a character vector "
                               "specifying the method.", "images:edge:invalidSecondArgument")
    text = value.lower()
    matches = [m for m in _METHODS if m.startswith(text)] if text else []
    exact = [m for m in matches if m == text]
    if exact or len(matches) == 1:
        return (exact or matches)[0]
    raise CompatValueError("Expected input number 2, METHOD, to match one of these values:"
                           "\n\n" + ", ".join(f"'{m}'" for m in _METHODS) + "\n\nThe input, '"
                           + value + "', did not match any of the valid values.")


def _image(value) -> np.ndarray:
    a = np.asarray(matlab_array(value, "I", complex_ok=False, char="error"))
    if a.ndim != 2:
        raise CompatValueError("Expected input number 1, I, to be two-dimensional.")
    if a.dtype.kind == "f":
        return a
    return image_classes.to_float(a, np.float32)          # im2single


def _threshold(value, what="THRESH"):
    """A scalar threshold, or None for [] (the automatic one)."""
    if value is None or is_omitted(value):
        return None
    a = np.asarray(value, dtype=np.float64)
    if a.size == 0:
        return None
    if a.size > 1:
        raise MatlabValueError("Invalid input arguments.", _BAD_ARGS)
    return float(a.reshape(-1)[0])


def _gradient_args(args):
    """(kx, ky, thresh, thinning) from MATLAB's [thresh], [direction], [thinning]."""
    thresh, direction, thinning = None, "both", True
    words = {"both", "horizontal", "vertical", "thinning", "nothinning"}
    rest = list(args)
    if rest and not isinstance(rest[0], str):
        thresh = _threshold(rest.pop(0))
    for k, word in enumerate(rest):
        if not isinstance(word, str) or word.lower() not in words:
            raise MatlabValueError("Invalid input arguments.", _BAD_ARGS)
        word = word.lower()
        if word in ("thinning", "nothinning"):
            if k != len(rest) - 1:
                raise MatlabValueError("Invalid input arguments.", _BAD_ARGS)
            thinning = word == "thinning"
        elif k == 0:
            direction = word
        else:
            raise MatlabValueError("Invalid input arguments.", _BAD_ARGS)
    kx, ky = {"both": (1, 1), "horizontal": (0, 1), "vertical": (1, 0)}[direction]
    return kx, ky, thresh, thinning


def _canny_threshold(value):
    if value is None or is_omitted(value):
        return None
    a = np.asarray(value, dtype=np.float64).reshape(-1)
    if a.size == 0:
        return None
    if a.size == 1:
        if a[0] >= 1:
            raise MatlabValueError("The threshold must be less than 1.",
                                   "images:edge:singleThresholdOutOfRange")
        return float(a[0])
    if a.size == 2:
        if not (a[0] < a[1] < 1):
            raise MatlabValueError("The thresholds must satisfy LOW < HIGH < 1.",
                                   "images:edge:thresholdOutOfRange")
        return float(a[0]), float(a[1])
    raise MatlabValueError("Invalid input arguments.", _BAD_ARGS)


def _sigma(value, default):
    if value is None or is_omitted(value):
        return default
    a = np.asarray(value, dtype=np.float64).reshape(-1)
    if a.size != 1:
        raise MatlabValueError("Invalid input arguments.", _BAD_ARGS)
    return float(a[0])


@matlab_function("edge", nargout=4)
def edge(I, method="sobel", *args, nargout=1):  # noqa: E741 - MATLAB's name
    """Find edges in a grayscale image, as MATLAB's ``edge``.

    MATLAB call forms::

        BW = edge(I)                                  ->  edge(I)  ('sobel')
        BW = edge(I, method)                          ->  edge(I, 'canny')
        BW = edge(I, method, threshold)               ->  edge(I, 'sobel', 0.05)
        BW = edge(I, method, threshold, direction)    ->  'both', 'horizontal', 'vertical'
        BW = edge(___, 'nothinning')                  ->  Sobel, Prewitt, Roberts
        BW = edge(I, method, threshold, sigma)        ->  'log' (sigma 2), 'canny' (sqrt(2))
        BW = edge(I, 'zerocross', threshold, h)       ->  zero crossings of imfilter(I, h)
        [BW, threshOut] = edge(___)                   ->  edge(I, nargout=2)
        [BW, threshOut, Gx, Gy] = edge(I, 'sobel')    ->  the directional gradients

    Integer and logical images are converted by ``im2single`` first; single and double
    images are used as they are. The automatic thresholds are MATLAB's: Sobel and
    Prewitt ``sqrt(4*mean(b))`` and Roberts ``sqrt(6*mean(b))`` of the squared gradient
    magnitude ``b``; LoG/zerocross ``0.75*mean(abs(filtered))``; Canny's high threshold
    the first 64-bin histogram edge leaving more than 70% of the normalised magnitudes
    below, the low one 0.4 times it (``threshOut`` is ``[low high]``). A threshold of
    ``[]`` asks for the automatic one. Thinning is MATLAB's: a local maximum across the
    dominant gradient direction (see :mod:`compat._core.edge_detection`).

    Differences from ``skimage.feature.canny`` and a thresholded
    ``scipy.ndimage.sobel``: other kernels' scaling (MATLAB divides Sobel by 8),
    another thinning, other automatic thresholds and Gaussian smoothing, so the edge
    maps differ.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> I = np.zeros((16, 16)); I[4:12, 4:12] = 1
    >>> BW, thresh = matlab.edge(I, nargout=2)
    >>> int(BW.sum()), round(float(thresh), 4)
    (28, 0.476)
    >>> BW[5:8, 2:8].astype(int)
    array([[0, 0, 1, 0, 0, 0],
           [0, 0, 1, 0, 0, 0],
           [0, 0, 1, 0, 0, 0]])
    """
    a = _image(I)
    method = _method(method)
    if method == "approxcanny":
        raise CompatValueError("edge: the 'approxcanny' method (an OpenCV routine inside "
                               "MATLAB) is not supported by compat; use 'canny'.")
    if nargout > 2 and method not in ("sobel", "prewitt", "roberts"):
        raise MatlabValueError("Too many output arguments.", "images:edge:tooManyOutputs")
    if a.size == 0:
        outs = (np.zeros(a.shape, dtype=bool), np.nan, np.zeros(a.shape, a.dtype),
                np.zeros(a.shape, a.dtype))
        return outs[0] if nargout == 1 else outs[:nargout]
    if method in ("sobel", "prewitt", "roberts"):
        if len(args) > 3:
            raise MatlabValueError("Invalid input arguments.", _BAD_ARGS)
        kx, ky, thresh, thinning = _gradient_args(args)
        e, thresh, bx, by = core.gradient_edges(a, method, kx=kx, ky=ky, thresh=thresh,
                                                thinning=thinning)
        outs = (e, np.float64(thresh), bx, by)
    elif method in ("log", "zerocross"):
        if len(args) > 2:
            raise MatlabValueError("Invalid input arguments.", _BAD_ARGS)
        h = None
        if method == "log":
            thresh = _threshold(args[0]) if args else None
            h = core.log_filter(_sigma(args[1] if len(args) > 1 else None, 2.0))
        elif len(args) == 1 and np.size(args[0]) > 1:
            thresh, h = None, args[0]
        else:
            thresh = _threshold(args[0]) if args else None
            h = args[1] if len(args) > 1 else None
        if h is None:
            h = core.log_filter(2.0)
        h = np.asarray(matlab_array(h, "H", complex_ok=False), dtype=np.float64)
        e, thresh = core.zero_crossing_edges(a, h, thresh=thresh)
        outs = (e, np.float64(thresh))
    else:
        if len(args) > 2:
            raise MatlabValueError("Invalid input arguments.", _BAD_ARGS)
        thresh = _canny_threshold(args[0] if args else None)
        sigma = _sigma(args[1] if len(args) > 1 else None, float(np.sqrt(2)))
        e, (low, high) = core.canny_edges(a, thresh=thresh, sigma=sigma)
        outs = (e, np.array([[low, high]], dtype=np.float64))
    if nargout == 1:
        return outs[0]
    return outs[:nargout]
