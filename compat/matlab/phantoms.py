"""MATLAB's ``phantom`` (Image Processing Toolbox): the Shepp-Logan head phantom and
other ellipse phantoms.

The legacy layer of the family: reads MATLAB's call forms (a model name, an ellipse
matrix E, the size n, ``[P, E]``) and messages, and calls the core
:mod:`compat._core.phantoms`.
"""

from __future__ import annotations

import numpy as np

from compat._core import phantoms as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["phantom", "PhantomResult"]

_MODELS = {"shepp-logan": core.SHEPP_LOGAN, "modified shepp-logan": core.MODIFIED_SHEPP_LOGAN}


class PhantomResult(Result):
    """``[P, E] = phantom(...)``."""

    request_style = "nargout"
    P: np.ndarray
    E: np.ndarray


def _size(value) -> int:
    n = np.asarray(value)
    if n.size != 1 or n.dtype.kind not in "iuf" or not np.isfinite(n.reshape(-1)[0]) \
            or n.reshape(-1)[0] != np.trunc(n.reshape(-1)[0]) or n.reshape(-1)[0] < 1:
        raise CompatValueError("N must be a positive integer.")
    return int(n.reshape(-1)[0])


@matlab_function("phantom", nargout=2)
def phantom(*args, nargout=1):
    """Head phantom image, as MATLAB's ``phantom``.

    MATLAB call forms::

        P = phantom                     ->  phantom()                 (256-by-256)
        P = phantom(n)                  ->  phantom(128)
        P = phantom(def, n)             ->  phantom('Shepp-Logan', 128)
        P = phantom(E, n)               ->  phantom(E, 128)           (custom ellipses)
        [P, E] = phantom(...)           ->  P, E = phantom(..., nargout=2)

    Parameters
    ----------
    def : str
        'Modified Shepp-Logan' (default: Toft's higher-contrast intensities) or
        'Shepp-Logan' (the original paper's), case-insensitive.
    E : array_like
        k-by-6 matrix, one ellipse per row: ``[A a b x0 y0 phi]`` -- the intensity
        added inside it, the half-axes along x and y, the centre, and the rotation
        counter-clockwise in degrees, on the square [-1, 1] x [-1, 1].
    n : int
        The image size (default 256).

    Returns
    -------
    ndarray, or PhantomResult(P, E) with ``nargout=2``
        The n-by-n double image (row 1 at the top, y = 1) and the ellipse matrix used.

    Notes
    -----
    The sampling grid is MATLAB's: pixel centres at ``((0:n-1) - (n-1)/2)/((n-1)/2)``,
    and MATLAB's inside test (see :mod:`compat._core.phantoms`), so edge pixels match.
    GNU Octave 7.3's image package builds the grid with the colon operator instead
    (``-1:2/(n-1):1``), whose elements can differ in the last bit: for n = 511 one
    pixel of an ellipse's edge falls the other way (recorded in the golden suite).
    The ellipse tables are those of MATLAB's phantom page (Shepp & Logan 1974; Toft
    1996, p. 199).

    Examples
    --------
    >>> from compat import matlab
    >>> P = matlab.phantom(64)
    >>> P.shape, float(P.max()), round(float(P[32, 32]), 12)   # 1 - 0.8 (two ellipses)
    ((64, 64), 1.0, 0.2)
    >>> P, E = matlab.phantom('Shepp-Logan', 8, nargout=2)
    >>> E[0].tolist()
    [1.0, 0.69, 0.92, 0.0, 0.0, 0.0]
    """
    if len(args) > 2:
        raise CompatValueError("Too many input arguments.")
    ellipses, n = core.MODIFIED_SHEPP_LOGAN, 256
    if args:
        first = args[0]
        if isinstance(first, str):
            key = first.lower()
            if key not in _MODELS:
                raise CompatValueError(f"Unknown phantom type: '{first}'. Use "
                                       "'Shepp-Logan' or 'Modified Shepp-Logan'.")
            ellipses = _MODELS[key]
        else:
            given = matlab_array(first, "E", complex_ok=False, char="error")
            if given.ndim == 2 and given.shape[1] == 6:
                ellipses = given.astype(np.float64)
            elif given.size == 1 and len(args) == 1:
                n = _size(given)
            else:
                raise CompatTypeError("The first input must be a phantom type, an "
                                      "ellipse matrix with 6 columns, or the size N.")
        if len(args) == 2:
            n = _size(args[1])
    image = core.phantom_image(ellipses, n)
    if nargout == 2:
        return PhantomResult(P=image, E=np.array(ellipses, dtype=np.float64))
    return image
