"""MATLAB's ``imcrop`` (Image Processing Toolbox), non-interactive.

The legacy layer of the family over :mod:`compat._core.image_geometry`, whose
docstring states imcrop.m's rectangle-to-index rule: the forms ``imcrop(I, rect)``,
``imcrop(X, map, rect)`` (an indexed image), ``imcrop(xdata, ydata, I, rect)`` and the
outputs ``[J, rect]`` / ``[xout, yout, J, rect]`` by ``nargout``. The interactive forms
(no rectangle) are not supported. Checked against GNU Octave 7.3's image package 2.14
(golden suite ``matlab/image_geometry``).
"""

from __future__ import annotations

import numpy as np

from compat._core import image_geometry as core
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["imcrop"]


def _rect(value) -> np.ndarray:
    r = np.asarray(value, dtype=np.float64).reshape(-1)
    if r.size != 4:
        raise CompatValueError("RECT must be a 4-element vector [xmin ymin width height].")
    return r


@matlab_function("imcrop", nargout=4)
def imcrop(*args, nargout=1):
    """Crop an image to a rectangle, as MATLAB's ``imcrop``.

    MATLAB call forms::

        J = imcrop(I, rect)                    ->  imcrop(I, [x, y, w, h])
        X2 = imcrop(X, map, rect)              ->  imcrop(X, cmap, rect)   (indexed image)
        J = imcrop(xdata, ydata, I, rect)      ->  imcrop([0, 1], [0, 1], I, rect)
        [J, rect] = imcrop(...)                ->  imcrop(I, rect, nargout=2)
        [xout, yout, J, rect] = imcrop(...)    ->  imcrop(I, rect, nargout=4)

    ``rect = [xmin ymin width height]`` in spatial coordinates (``x`` the column);
    rows ``round(ymin) .. round(ymin + height)`` and the matching columns are kept
    (imcrop.m), so an integer rectangle keeps ``height + 1`` rows and ``width + 1``
    columns, clipped to the image; a rectangle outside the image gives an empty array.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imcrop(np.arange(1, 26).reshape(5, 5), [2, 1, 2, 1])
    array([[2, 3, 4],
           [7, 8, 9]])
    """
    args = list(args)
    if len(args) == 2:
        xdata = ydata = None
        image, rect = args
    elif len(args) == 3:
        xdata = ydata = None
        image, _, rect = args                     # X, map, rect: the map is kept as it is
    elif len(args) == 4:
        xdata, ydata, image, rect = args
        xdata = np.asarray(xdata, dtype=np.float64).reshape(-1)
        ydata = np.asarray(ydata, dtype=np.float64).reshape(-1)
        if xdata.size != 2 or ydata.size != 2:
            raise CompatValueError("XDATA and YDATA must be 2-element vectors.")
    else:
        raise CompatValueError("compat's imcrop needs a rectangle (the interactive forms "
                               "are not supported).")
    a = np.asarray(matlab_array(image, "I", complex_ok=False, char="error"))
    if a.ndim == 1:
        a = a.reshape(1, -1)
    r = _rect(rect)
    idx = core.crop_indices(a.shape[0], a.shape[1], r, xdata, ydata)
    if idx is None:
        out = np.zeros((0, 0) + a.shape[2:], dtype=a.dtype)
    else:
        out = a[idx[0]:idx[1], idx[2]:idx[3]].copy()
    if nargout <= 2:
        outs = [out, r.reshape(1, 4)]
        return outs[0] if nargout == 1 else tuple(outs)
    xo = np.array([[1.0, a.shape[1]]]) if xdata is None else xdata.reshape(1, 2)
    yo = np.array([[1.0, a.shape[0]]]) if ydata is None else ydata.reshape(1, 2)
    outs = [xo, yo, out, r.reshape(1, 4)]
    return tuple(outs[:nargout])
