"""MATLAB's ``imgradientxy`` and ``imgradient`` (Image Processing Toolbox).

The legacy layer of the family: MATLAB's argument forms (a method name matched by its
leading characters, ``imgradient(Gx, Gy)``), its class rules and nargout, over
:mod:`compat._core.image_gradients`, whose docstring states the operators, the
replicated border, the sign of y and the direction's convention. Checked against GNU
Octave 7.3's image package 2.14 where its operators agree (golden suite
``matlab/image_gradients``, with Octave's zero-padded border and missing 'roberts'
recorded as divergent).
"""

from __future__ import annotations

import numpy as np

from compat._core import image_gradients as core
from compat._core.args import prefix_matches
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["imgradientxy", "imgradient"]


def _text(value):
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, np.ndarray) and value.dtype.kind == "U" and value.size == 1:
        value = str(value.reshape(-1)[0])
    return value if isinstance(value, str) else None


def _image(value, routine: str, name: str = "I") -> np.ndarray:
    a = np.asarray(matlab_array(value, name, complex_ok=False, char="error"))
    if a.dtype.kind not in "biuf":
        raise CompatTypeError(f"{routine}: {name} must be numeric or logical.")
    if a.ndim == 1:
        a = a.reshape(1, -1)
    if a.ndim != 2:
        raise CompatValueError(f"Expected input number 1, {name}, to be two-dimensional."
                               if name == "I" else
                               f"{routine}: {name} must be two-dimensional.")
    return a


def _method(value, routine: str, choices) -> str:
    word = _text(value)
    if word is None:
        raise CompatTypeError(f"{routine}: METHOD must be text.")
    names = prefix_matches(word, choices) if word else []
    if len(names) != 1:
        quoted = ", ".join(f"'{c}'" for c in choices)
        how = "matched more than one" if len(names) > 1 else "did not match any"
        raise CompatValueError(f"Expected input number 2, METHOD, to match one of these "
                               f"values: {quoted}. The input, '{word}', {how} of the valid "
                               f"values.")
    return names[0]


_XY_METHODS = ("sobel", "prewitt", "centraldifference", "intermediatedifference")


@matlab_function("imgradientxy", nargout=2)
def imgradientxy(I, method="sobel", *, nargout=1):
    """Directional gradients of a 2-D image, as MATLAB's ``imgradientxy``.

    MATLAB call forms::

        [Gx, Gy] = imgradientxy(I)           ->  imgradientxy(I, nargout=2)
        [Gx, Gy] = imgradientxy(I, method)   ->  imgradientxy(I, 'prewitt', nargout=2)
        Gx = imgradientxy(I)                 ->  imgradientxy(I)

    ``method``: 'sobel' (default), 'prewitt', 'central' ('centraldifference'),
    'intermediate' ('intermediatedifference'), matched by their leading characters. x
    runs along the columns, y down the rows: ``Gx`` is right minus left, ``Gy`` below
    minus above. Sobel and Prewitt replicate the border pixels outside the image;
    'central' is MATLAB's ``gradient`` (one-sided at the ends), 'intermediate' the
    forward difference with 0 in the last column/row. Results are double, single for
    single images (logical and integer images are converted to double first).

    How it differs from ``scipy.ndimage.sobel``: scipy's 'reflect' border is not the
    'replicate' one, its sign and scale per axis are its own, and the output keeps an
    integer input's type.

    Sources: MATLAB's imgradientxy reference page and help text (operators, the
    replicated border, classes). GNU Octave 7.3's imgradientxy pads with zeros (conv2
    'same') and computes 'central' as a 3-point kernel at the ends too (golden suite
    ``matlab/image_gradients``, divergent cases).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> gx, gy = matlab.imgradientxy(np.array([[0, 0, 1], [0, 0, 1], [0, 0, 1]]),
    ...                              nargout=2)
    >>> gx
    array([[0., 4., 4.],
           [0., 4., 4.],
           [0., 4., 4.]])
    >>> gy
    array([[0., 0., 0.],
           [0., 0., 0.],
           [0., 0., 0.]])
    """
    a = _image(I, "imgradientxy")
    m = "sobel" if method is None else _method(method, "imgradientxy", _XY_METHODS)
    gx, gy = core.directional_gradients(a, m)
    return gx if nargout <= 1 else (gx, gy)


@matlab_function("imgradient", nargout=2)
def imgradient(I, method=None, *, nargout=1):
    """Gradient magnitude and direction of a 2-D image, as MATLAB's ``imgradient``.

    MATLAB call forms::

        [Gmag, Gdir] = imgradient(I)           ->  imgradient(I, nargout=2)
        [Gmag, Gdir] = imgradient(I, method)   ->  imgradient(I, 'roberts', nargout=2)
        [Gmag, Gdir] = imgradient(Gx, Gy)      ->  imgradient(Gx, Gy, nargout=2)
        Gmag = imgradient(I)                   ->  imgradient(I)

    ``method``: 'sobel' (default), 'prewitt', 'roberts', 'central', 'intermediate'
    (imgradientxy's operators, and Roberts' cross). ``Gmag = hypot(Gx, Gy)``; ``Gdir`` in
    degrees in [-180, 180], counterclockwise from the +x axis as displayed (y points
    down the rows, so ``atan2(-Gy, Gx)``); for 'roberts' the direction of its 45-degree
    kernels turned back (``atan2(Gy, -Gx) - 45`` degrees, wrapped, 0 where both
    gradients are 0). Results are double, single when the image (or Gx or Gy) is
    single -- except 'roberts' directions, which imgradient.m fills into a double array.

    Sources: MATLAB's imgradient reference page and help text (the operators, the
    direction's range and orientation, classes), imgradient.m for the Roberts
    direction. GNU Octave 7.3's imgradient has no 'roberts' and zero-pads the border
    (golden suite ``matlab/image_gradients``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> mag, d = matlab.imgradient(np.array([[0., 1.], [1., 2.]]), 'intermediate',
    ...                            nargout=2)
    >>> mag
    array([[1.41421356, 1.        ],
           [1.        , 0.        ]])
    >>> float(d[0, 0])      # rising to the right and downwards: -45 degrees
    -45.0
    """
    text = _text(method) if method is not None else None
    if method is None or text is not None:
        a = _image(I, "imgradient")
        m = "sobel" if method is None else _method(method, "imgradient", core.METHODS)
        gx, gy = core.directional_gradients(a, m)
    else:
        m = "sobel"
        gx = _image(I, "imgradient", "Gx")
        gy = _image(method, "imgradient", "Gy")
        if gx.shape != gy.shape:
            raise CompatValueError("Gx and Gy must be the same size.")
        gx = gx if gx.dtype.kind == "f" else gx.astype(np.float64)
        gy = gy if gy.dtype.kind == "f" else gy.astype(np.float64)
        if np.float32 in (gx.dtype, gy.dtype):
            gx, gy = gx.astype(np.float32), gy.astype(np.float32)
    mag, direction = core.magnitude_direction(gx, gy, roberts=(m == "roberts"))
    return mag if nargout <= 1 else (mag, direction)
