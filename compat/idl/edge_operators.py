"""IDL's edge-enhancement operators ``SOBEL``, ``PREWITT`` and ``ROBERTS``, over
:mod:`compat._core.edge_operators`.

Images are 2-D arrays in readsav layout (IDL's ``image[x, y]`` is numpy's
``image[y, x]``); the operators' definitions, edge rules and result types are IDL's
(see the core module). Python floats are IDL DOUBLE (pass ``np.float32`` for FLOAT).
"""

from __future__ import annotations

from compat._core import edge_operators as core
from compat._core.errors import CompatValueError
from compat._core.idl_types import idl_array
from compat._core.legacy import idl_routine

__all__ = ["sobel", "prewitt", "roberts"]


def _image(value):
    image = idl_array(value, "Image", scalar_ok=False)
    if image.ndim != 2 or image.shape[0] == 1:    # IDL drops a trailing dimension of 1
        dims = list(image.shape[::-1])
        while len(dims) > 1 and dims[-1] == 1:
            dims.pop()
        shape = ", ".join(str(n) for n in dims)
        raise CompatValueError(f"Array must have 2 dimensions: <Expression> "
                               f"<{_TYPE_NAMES.get(image.dtype.str[1:], 'Array')} "
                               f"Array[{shape}]>")
    return image


_TYPE_NAMES = {"u1": "BYTE", "i2": "INT", "i4": "LONG", "f4": "FLOAT", "f8": "DOUBLE",
               "c8": "COMPLEX", "c16": "DCOMPLEX", "u2": "UINT", "u4": "ULONG",
               "i8": "LONG64", "u8": "ULONG64"}


@idl_routine("SOBEL")
def sobel(image):
    """Sobel edge enhancement of an image, as IDL's ``SOBEL``.

    IDL call form: ``Result = SOBEL(Image)``.

    ``|A| + |B|`` of the two 3x3 Sobel gradients (weights 1, 2, 1) at every interior
    point; the edge points are zero. BYTE and INT images give INT, other types their
    own; integers are computed in the next larger signed type and clipped to the result
    type's maximum, as IDL documents.

    Differences from ``scipy.ndimage.sobel``: scipy returns one directional derivative
    (not the sum of the two magnitudes), in the input's type (BYTE wraps), with a
    reflected border instead of IDL's zero edge points.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[1, 5, 9, 2], [7, 3, 8, 4], [6, 2, 0, 9], [4, 4, 1, 7]], np.uint8)
    >>> idl.sobel(a)
    array([[ 0,  0,  0,  0],
           [ 0, 14, 20,  0],
           [ 0, 22, 28,  0],
           [ 0,  0,  0,  0]], dtype=int16)
    """
    return core.sobel(_image(image))


@idl_routine("PREWITT")
def prewitt(image):
    """Prewitt edge enhancement of an image, as IDL's ``PREWITT``.

    IDL call form: ``Result = PREWITT(Image)``.

    ``SQRT(A^2 + B^2)`` of the two 3x3 Prewitt gradients at every interior point, the
    square root in double precision; the edge points are zero. BYTE and INT images give
    INT (the root truncated toward zero, clipped to 32767), other types their own.

    Differences from ``scipy.ndimage.prewitt``: scipy returns one directional
    derivative in the input's type with a reflected border.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[1, 5, 9, 2], [7, 3, 8, 4], [6, 2, 0, 9], [4, 4, 1, 7]], np.uint8)
    >>> idl.prewitt(a)[1:3, 1:3]
    array([[ 7,  7],
           [12, 11]], dtype=int16)
    """
    return core.prewitt(_image(image))


@idl_routine("ROBERTS")
def roberts(image):
    """Roberts edge enhancement of an image, as IDL's ``ROBERTS``.

    IDL call form: ``Result = ROBERTS(Image)``.

    ``|F[j,k] - F[j+1,k+1]| + |F[j,k+1] - F[j+1,k]|`` (IDL's ``[x, y]`` indices); the
    last column and the last row are zero. BYTE and INT images give INT, other types
    their own, integers clipped to the type's maximum.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import idl
    >>> a = np.array([[1, 5, 9, 2], [7, 3, 8, 4], [6, 2, 0, 9], [4, 4, 1, 7]], np.uint8)
    >>> idl.roberts(a)[0]
    array([ 4,  9, 11,  0], dtype=int16)
    """
    return core.roberts(_image(image))
