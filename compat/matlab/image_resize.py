"""MATLAB's ``imresize`` (Image Processing Toolbox).

The legacy layer of the family: MATLAB's argument grammar (a scale or ``[rows cols]``
with one NaN allowed, a method name or a ``{kernel, width}`` pair, the name-value
options 'Antialiasing', 'Method', 'OutputSize', 'Scale'), over
:mod:`compat._core.image_resize`, whose docstring states the weights, the mirrored
edges, the dimension order and the class rules. Checked against GNU Octave 7.3's image
package 2.14 (which follows the same kernel construction for floating-point images),
MATLAB's per-pass rounding of integer images evaluated in Octave, and values printed by
MATLAB (golden suite ``matlab/image_resize``).
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import image_resize as core
from compat._core.args import prefix_matches
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["imresize"]

# MATLAB's method names -> (compat kernel, default antialiasing)
_METHODS = {
    "nearest": ("box", False), "bilinear": ("triangle", True),
    "bicubic": ("cubic", True), "box": ("box", True), "triangle": ("triangle", True),
    "cubic": ("cubic", True), "lanczos2": ("lanczos2", True),
    "lanczos3": ("lanczos3", True),
}
_PARAMETERS = ("Scale", "OutputSize", "Method", "Antialiasing", "Colormap", "Dither")


def _method(value):
    """(kernel, width, default antialiasing) of a method name or a (kernel, width) pair."""
    if isinstance(value, str):
        names = prefix_matches(value, list(_METHODS))
        if not names:
            raise CompatValueError(f"Unrecognized method string: {value}")
        if len(names) > 1:
            raise CompatValueError(f"Ambiguous method string: {value}")
        name, antialias = _METHODS[names[0]]
        kernel, width = core.KERNELS[name]
        return kernel, width, antialias
    if isinstance(value, (list, tuple)) and len(value) == 2 and callable(value[0]):
        return value[0], float(value[1]), True
    raise CompatValueError("Invalid METHOD.")


def _is_method(value) -> bool:
    if isinstance(value, str):
        return len(prefix_matches(value, list(_METHODS))) == 1
    return isinstance(value, (list, tuple)) and len(value) == 2 and callable(value[0])


def _scale_or_size(value):
    v = np.asarray(value, dtype=np.float64).reshape(-1)
    if v.size == 1:
        if v[0] == 0 or not np.isfinite(v[0]):
            raise CompatValueError("Expected input number 2, SCALE, to be nonzero.")
        return float(v[0]), None
    if v.size == 2:
        if np.any(~np.isnan(v) & (v <= 0)):
            raise CompatValueError("Expected input number 2, [MROWS NCOLS], to be positive.")
        return None, v
    raise CompatValueError("Invalid scale or size input argument.")


@matlab_function("imresize")
def imresize(A, *args):
    """Resize an image, as MATLAB's ``imresize``.

    MATLAB call forms::

        B = imresize(A, scale)                  ->  imresize(A, 0.5)
        B = imresize(A, [numrows numcols])      ->  imresize(A, [64, np.nan])
        B = imresize(A, scale, method)          ->  imresize(A, 2, 'bilinear')
        B = imresize(A, ..., 'Antialiasing', tf, 'Method', m, 'OutputSize', [r c],
                     'Scale', s)
        B = imresize(A, scale, {f, w})          ->  imresize(A, 2, (f, 4.0))

    The first two dimensions are resized (RGB and other N-D images plane by plane) with
    MATLAB's separable kernels: 'bicubic' by default ('nearest', 'bilinear', 'box',
    'triangle', 'cubic', 'lanczos2', 'lanczos3', or a kernel and its width), the kernel
    stretched when shrinking ('Antialiasing', true by default except for 'nearest'),
    edges mirrored. The output has the input's class: integer images are rounded after
    each dimension's pass (the dimension with the smaller scale first), logical images
    go through uint8 and come back as ``> 128``. ``[Y, newmap] = imresize(X, map, ...)``
    (indexed images, which need rgb2ind's minimum-variance colormap) is not supported.

    Differences from the naive call: ``scipy.ndimage.zoom`` and
    ``skimage.transform.resize`` place the samples differently and do not widen the
    kernel when shrinking; ``cv2.resize`` uses a = -0.75 for its cubic.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imresize(np.array([[0., 0, 1, 1, 0]]), [1, 10], 'bilinear')
    array([[0.  , 0.  , 0.  , 0.25, 0.75, 1.  , 1.  , 0.75, 0.25, 0.  ]])
    >>> matlab.imresize(np.arange(16.0).reshape(4, 4), 0.5)
    array([[ 2.3046875,  4.3828125],
           [10.6171875, 12.6953125]])
    >>> matlab.imresize(np.array([[0, 0, 255]], dtype=np.uint8), [1, 6])
    array([[  0,   0,   0,  52, 203, 255]], dtype=uint8)
    """
    a = np.asarray(matlab_array(A, "A", complex_ok=False, char="error"))
    if a.dtype.kind not in "biuf":
        raise CompatTypeError("Expected input number 1, A, to be one of these types: "
                              "numeric, logical.")
    if a.size == 0:
        raise CompatValueError("Expected input number 1, A, to be nonempty.")
    if a.ndim < 2:
        a = a.reshape(1, -1)
    args = list(args)
    method_at = next((i for i, v in enumerate(args)
                      if isinstance(v, str) or isinstance(v, (list, tuple))
                      and len(v) == 2 and callable(v[0])), len(args))
    if method_at < len(args) and not _is_method(args[method_at]) and \
            not isinstance(args[method_at], str):
        raise CompatValueError("Invalid METHOD.")
    positional = args[:method_at]
    rest = args[method_at:]
    if len(positional) == 2 and np.asarray(positional[0]).ndim == 2 and \
            np.asarray(positional[0]).shape[-1] == 3:
        raise CompatValueError("imresize of indexed images ([Y, newmap] = imresize(X, map, "
                               "...)) is not supported by compat.")
    if len(positional) > 1:
        raise CompatValueError("Invalid input syntax; input argument # 3 is unrecognized")
    scale = size = None
    if positional:
        scale, size = _scale_or_size(positional[0])
    kernel, width, antialias = core.KERNELS["cubic"] + (True,)
    explicit_antialias = None
    if rest and _is_method(rest[0]):
        kernel, width, antialias = _method(rest[0])
        rest = rest[1:]
    if len(rest) % 2:
        raise CompatValueError("Function IMRESIZE expected an even number of "
                               "parameter/value arguments.")
    for name, value in zip(rest[::2], rest[1::2]):
        if not isinstance(name, str):
            raise CompatValueError("Expected input argument to be a parameter string.")
        found = prefix_matches(name, _PARAMETERS)
        if len(found) != 1:
            raise CompatValueError(("Ambiguous" if found else "Unrecognized") +
                                   f" parameter string: {name}")
        key = found[0]
        if key == "Scale":
            s = np.asarray(value, dtype=np.float64).reshape(-1)
            if s.size not in (1, 2) or np.any(s <= 0):
                raise CompatValueError("SCALE must be a scalar or a two-element vector of "
                                       "positive values.")
            scale = s
        elif key == "OutputSize":
            s = np.asarray(value, dtype=np.float64).reshape(-1)
            if s.size != 2 or np.any(~np.isnan(s) & (s <= 0)):
                raise CompatValueError("OUTPUTSIZE must be a two-element vector of positive "
                                       "values.")
            size = s
        elif key == "Method":
            if not _is_method(value):
                raise CompatValueError("Invalid METHOD.")
            kernel, width, antialias = _method(value)
        elif key == "Antialiasing":
            explicit_antialias = bool(np.asarray(value).reshape(-1)[0])
        else:
            raise CompatValueError(f"'{key}' applies to indexed images, which compat's "
                                   "imresize does not support.")
    if explicit_antialias is not None:
        antialias = explicit_antialias
    out_shape, scales = _plan(a.shape[:2], scale, size)
    return core.resize(a, out_shape, scales, kernel=kernel, width=width,
                       antialiasing=antialias)


def _plan(in_shape, scale, size):
    """MATLAB's output size and per-dimension scales from a scale or a size."""
    if scale is None and size is None:
        raise CompatValueError("Either scale or output size must be specified.")
    scales = None
    if scale is not None:
        s = np.asarray(scale, dtype=np.float64).reshape(-1)
        scales = (float(s[0]), float(s[-1]))
    if size is not None:
        size = np.array(size, dtype=np.float64)
        if np.any(size == 0):
            raise CompatValueError("Specified output size cannot contain a zero.")
        if np.all(np.isnan(size)):
            raise CompatValueError("Specified output size cannot contain two NaNs.")
        given = None
        if np.isnan(size[0]):
            size[0] = size[1] * in_shape[0] / in_shape[1]
            given = 1
        elif np.isnan(size[1]):
            size[1] = size[0] * in_shape[1] / in_shape[0]
            given = 0
        out = (int(math.ceil(size[0])), int(math.ceil(size[1])))
        if scales is None:
            if given is not None:
                s = out[given] / in_shape[given]
                scales = (s, s)
            else:
                scales = (out[0] / in_shape[0], out[1] / in_shape[1])
        return out, scales
    out = (int(math.ceil(scales[0] * in_shape[0])), int(math.ceil(scales[1] * in_shape[1])))
    return out, scales
