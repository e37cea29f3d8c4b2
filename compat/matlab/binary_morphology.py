"""MATLAB's ``bwmorph`` (Image Processing Toolbox): morphological operations on binary
images by 3-by-3 lookup tables.

The legacy layer over :mod:`compat._core.binary_morphology`, whose docstring states every
operation's rule. Checked against GNU Octave 7.3's image package 2.14 (golden suite
``matlab/binary_morphology``; random images against live Octave in
tests/test_matlab_binary_morphology.py).
"""

from __future__ import annotations

import math

import numpy as np

from compat._core import binary_morphology as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["bwmorph"]

_UNSUPPORTED = ("shrink", "thicken")


def _count(n) -> float:
    v = np.asarray(matlab_array(n, "N", complex_ok=False, char="error"))
    if v.size != 1 or v.dtype.kind not in "biuf":
        raise CompatValueError("N must be a real scalar: a nonnegative integer or Inf.")
    x = float(v.reshape(-1)[0])
    if math.isnan(x) or x < 0 or (not math.isinf(x) and x != int(x)):
        raise CompatValueError("N must be a nonnegative integer or Inf.")
    return x


@matlab_function("bwmorph")
def bwmorph(BW, operation, n=1):
    """Morphological operations on a binary image, as MATLAB's ``bwmorph``.

    MATLAB call forms::

        BW2 = bwmorph(BW, operation)      ->  bwmorph(BW, 'thin')
        BW2 = bwmorph(BW, operation, n)   ->  bwmorph(BW, 'thin', np.inf)

    ``operation`` (case-insensitive): 'bothat', 'branchpoints', 'bridge', 'clean',
    'close', 'diag', 'dilate', 'endpoints', 'erode', 'fill', 'hbreak', 'majority',
    'open', 'remove', 'skel', 'spur', 'thin', 'tophat'. ``n`` repeats the operation
    (``Inf``: until the image stops changing); 'bothat', 'bridge', 'clean', 'close',
    'fill', 'hbreak', 'open', 'remove', 'tophat' and 'branchpoints' run once. Any
    numeric or logical image is read as ``BW ~= 0``; the result is logical (bool) of
    the same shape (a 1-D input is one row).

    How it differs from the naive calls: ``skimage.morphology.thin`` is Zhang-Suen-like
    with its own tables and ``skeletonize`` is Zhang's or Lee's, not the Guo-Hall
    subiterations MATLAB cites; ``scipy.ndimage.binary_erosion`` erodes the border,
    MATLAB's does not; lookup tables use MATLAB's ``applylut`` numbering and treat the
    outside as off.

    Where compat stops: 'shrink' and 'thicken' (Pratt's conditional-mark tables, which
    MATLAB does not publish) raise an error. 'skel' returns the 'thin' skeleton: MATLAB's
    skeleton table is not documented, so its pixels may differ from MATLAB's; 'fill' uses
    the four 4-neighbours and 'spur' removes only pixels whose single neighbour is
    diagonal, as Octave's tables (MATLAB's page shows the 8-neighbour examples only).

    Sources: MATLAB's bwmorph reference page (operations, ``n = Inf``); Lam, Lee and
    Suen, IEEE PAMI 14(9) 1992, p. 879 (the thinning conditions); GNU Octave 7.3's image
    package 2.14 as the oracle (golden suite ``matlab/binary_morphology``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> BW = np.zeros((5, 7), dtype=bool); BW[1:4, 1:6] = True
    >>> matlab.bwmorph(BW, 'thin', np.inf).astype(int)
    array([[0, 0, 0, 0, 0, 0, 0],
           [0, 0, 0, 0, 0, 0, 0],
           [0, 0, 1, 1, 1, 0, 0],
           [0, 0, 0, 0, 0, 0, 0],
           [0, 0, 0, 0, 0, 0, 0]])
    >>> matlab.bwmorph([[0, 0, 0], [0, 1, 0], [0, 0, 1]], 'clean').astype(int)
    array([[0, 0, 0],
           [0, 1, 0],
           [0, 0, 1]])
    """
    a = np.asarray(matlab_array(BW, "BW", complex_ok=False, char="error"))
    if a.dtype.kind not in "biuf":
        raise CompatTypeError("BW must be numeric or logical.")
    if a.ndim > 2:
        raise CompatValueError("Expected input number 1, BW, to be two-dimensional.")
    if not isinstance(operation, str):
        raise CompatTypeError("OPERATION must be a string.")
    op = operation.lower()
    if op in _UNSUPPORTED:
        raise CompatValueError(f"operation '{operation}' is not supported by compat "
                               "(MATLAB does not publish its table).")
    if op not in core.OPERATIONS:
        raise CompatValueError(f"unknown operation '{operation}'; expected one of "
                               + ", ".join(core.OPERATIONS + _UNSUPPORTED) + ".")
    count = _count(n)
    if np.isnan(a).any() if a.dtype.kind == "f" else False:
        raise CompatValueError("BW must not contain NaN.")
    image = (a != 0).reshape(1, -1) if a.ndim < 2 else a != 0
    out = core.bwmorph(image, op, count)
    return out.reshape(a.shape)
