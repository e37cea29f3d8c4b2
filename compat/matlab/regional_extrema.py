"""MATLAB's regional extrema, H-transforms and watershed (Image Processing Toolbox):
``imregionalmax``, ``imregionalmin``, ``imhmax``, ``imhmin``, ``imextendedmax``,
``imextendedmin``, ``imimposemin``, ``watershed``.

The legacy layer of the family: MATLAB's argument checks, connectivities (default 8 in
2-D, 26 in 3-D, ``conndef(ndims, 'maximal')`` beyond) and classes, over
:mod:`compat._core.regional_extrema`, whose docstring states the definitions; the
reconstructions are compat's imreconstruct (:mod:`compat._core.connected_components`),
the watershed Meyer's flooding in :mod:`compat._core.watershed`. Checked against GNU
Octave 7.3's image package 2.14 and the values MATLAB's reference pages print (golden
suites ``matlab/regional_extrema`` and ``matlab/watershed``).
"""

from __future__ import annotations

import numpy as np

from compat._core import connected_components as components
from compat._core import regional_extrema as core
from compat._core import watershed as flooding
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["imregionalmax", "imregionalmin", "imhmax", "imhmin", "imextendedmax",
           "imextendedmin", "imimposemin", "watershed"]


def _image(value, routine: str, *, logical_ok: bool) -> np.ndarray:
    a = np.asarray(matlab_array(value, "I", complex_ok=False, char="error"))
    kinds = "biuf" if logical_ok else "iuf"
    if a.dtype.kind not in kinds:
        what = "numeric or logical" if logical_ok else "numeric"
        raise CompatTypeError(f"{routine}: expected input number 1, I, to be {what}.")
    if a.dtype.kind == "f" and np.isnan(a).any():
        raise CompatValueError(f"{routine}: expected input number 1, I, to be non-NaN.")
    return a


def _connectivity(conn, ndim: int, routine: str, position: int) -> np.ndarray:
    """The neighbourhood of MATLAB's CONN (iptcheckconn's rules), default maximal."""
    ndim = max(ndim, 2)
    if conn is None:
        return np.ones((3,) * ndim, dtype=bool)
    c = np.asarray(conn)
    if c.size > 1:
        if any(k != 3 for k in c.shape) or c.dtype.kind not in "biuf" or \
                not np.all((c == 0) | (c == 1)):
            raise CompatValueError(f"{routine}: expected input number {position}, CONN, "
                                   f"to be a 3-by-3-by-...-by-3 array of 0s and 1s.")
        s = c != 0
        if not s[(1,) * s.ndim] or not np.array_equal(s, s[(slice(None, None, -1),)
                                                           * s.ndim]):
            raise CompatValueError(f"{routine}: CONN must be symmetric about its center "
                                   f"element, which must be 1.")
        return s
    value = float(c.reshape(-1)[0]) if c.size == 1 else None
    if value not in (1, 4, 8, 6, 18, 26):
        raise CompatValueError(f"{routine}: expected input number {position}, CONN, to be "
                               f"1, 4, 6, 8, 18, 26 or a 3-by-3-by-...-by-3 array.")
    try:
        return components.structure(int(value), ndim)
    except ValueError as error:
        raise CompatValueError(f"{routine}: {error}") from None


def _height(value, routine: str) -> float:
    h = np.asarray(value)
    if h.size != 1 or h.dtype.kind not in "iuf":
        raise CompatValueError(f"{routine}: expected input number 2, H, to be a real "
                               f"numeric scalar.")
    h = float(h.reshape(-1)[0])
    if np.isnan(h) or h < 0:
        raise CompatValueError(f"{routine}: expected input number 2, H, to be "
                               f"nonnegative.")
    return h


@matlab_function("imregionalmax")
def imregionalmax(I, conn=None):
    """Regional maxima, as MATLAB's ``imregionalmax``.

    MATLAB call forms::

        BW = imregionalmax(I)         ->  imregionalmax(I)
        BW = imregionalmax(I, conn)   ->  imregionalmax(I, 4)

    A regional maximum is a connected component of pixels of one value whose external
    boundary pixels are all lower (so a plateau counts as a whole, and a constant image
    is one maximum); ``conn`` 4 or 8 (default) in 2-D, 6, 18 or 26 (default) in 3-D, or
    a 3-by-...-by-3 array of 0s and 1s. Any numeric class or logical (compared as 0/1);
    NaN is refused. Returns a logical array of I's size.

    How it differs from ``skimage.morphology.local_maxima``: MATLAB's default
    connectivity is the maximal one, and a component touching the array's edge counts
    (the outside is not a neighbour).

    Sources: MATLAB's imregionalmax reference page (definition, connectivities, the
    printed example; golden suite ``matlab/regional_extrema``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imregionalmax(np.array([[1, 3, 3, 1], [5, 1, 1, 2]]))
    array([[False, False, False, False],
           [ True, False, False, False]])
    >>> matlab.imregionalmax(np.array([[1, 3, 3, 1], [5, 1, 1, 2]]), 4)
    array([[False,  True,  True, False],
           [ True, False, False,  True]])
    """
    a = _image(I, "imregionalmax", logical_ok=True)
    return core.regional_extrema(a, _connectivity(conn, a.ndim, "imregionalmax", 2))


@matlab_function("imregionalmin")
def imregionalmin(I, conn=None):
    """Regional minima, as MATLAB's ``imregionalmin``: connected components of one
    value whose external boundary pixels are all higher (see :func:`imregionalmax`).

    MATLAB call forms::

        BW = imregionalmin(I)         ->  imregionalmin(I)
        BW = imregionalmin(I, conn)   ->  imregionalmin(I, 6)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imregionalmin(np.array([[5, 1, 4, 4, 0]]))
    array([[False,  True, False, False,  True]])
    """
    a = _image(I, "imregionalmin", logical_ok=True)
    return core.regional_extrema(a, _connectivity(conn, a.ndim, "imregionalmin", 2),
                                 minima=True)


@matlab_function("imhmax")
def imhmax(I, H, conn=None):
    """H-maxima transform, as MATLAB's ``imhmax``: every regional maximum whose height
    above its surroundings is less than ``H`` is flattened, the others lowered by H
    (the reconstruction by dilation of ``I - H`` under ``I``).

    MATLAB call forms::

        I2 = imhmax(I, H)         ->  imhmax(I, 2)
        I2 = imhmax(I, H, conn)   ->  imhmax(I, 2, 4)

    ``H`` a nonnegative scalar; ``I - H`` in I's class (integers rounded and
    saturated). Returns I's class.

    Sources: MATLAB's imhmax reference page (Soille's definition); imreconstruct.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imhmax(np.array([[0, 3, 0, 8, 0]], dtype=np.uint8), 4)
    array([[0, 0, 0, 4, 0]], dtype=uint8)
    """
    a = _image(I, "imhmax", logical_ok=False)
    h = _height(H, "imhmax")
    return core.hmax(a, h, _connectivity(conn, a.ndim, "imhmax", 3))


@matlab_function("imhmin")
def imhmin(I, H, conn=None):
    """H-minima transform, as MATLAB's ``imhmin``: minima shallower than ``H`` are
    filled, the others raised by H (``imcomplement(imhmax(imcomplement(I), H))``).

    MATLAB call forms::

        I2 = imhmin(I, H)         ->  imhmin(I, 2)
        I2 = imhmin(I, H, conn)   ->  imhmin(I, 2, 4)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imhmin(np.array([[10, 7, 10, 2, 10]]), 4.0)
    array([[10, 10, 10,  6, 10]])
    """
    a = _image(I, "imhmin", logical_ok=False)
    h = _height(H, "imhmin")
    return core.hmin(a, h, _connectivity(conn, a.ndim, "imhmin", 3))


@matlab_function("imextendedmax")
def imextendedmax(I, H, conn=None):
    """Extended maxima, as MATLAB's ``imextendedmax``: the regional maxima of the
    H-maxima transform, ``imregionalmax(imhmax(I, H, conn), conn)``.

    MATLAB call forms::

        BW = imextendedmax(I, H)         ->  imextendedmax(I, 20)
        BW = imextendedmax(I, H, conn)   ->  imextendedmax(I, 20, 4)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imextendedmax(np.array([[0, 3, 0, 8, 0]]), 4)
    array([[False, False, False,  True, False]])
    """
    a = _image(I, "imextendedmax", logical_ok=False)
    h = _height(H, "imextendedmax")
    s = _connectivity(conn, a.ndim, "imextendedmax", 3)
    return core.regional_extrema(core.hmax(a, h, s), s)


@matlab_function("imextendedmin")
def imextendedmin(I, H, conn=None):
    """Extended minima, as MATLAB's ``imextendedmin``:
    ``imregionalmin(imhmin(I, H, conn), conn)``.

    MATLAB call forms::

        BW = imextendedmin(I, H)         ->  imextendedmin(I, 2)
        BW = imextendedmin(I, H, conn)   ->  imextendedmin(I, 2, 8)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imextendedmin(np.array([[10, 7, 10, 2, 10]]), 4)
    array([[False, False, False,  True, False]])
    """
    a = _image(I, "imextendedmin", logical_ok=False)
    h = _height(H, "imextendedmin")
    s = _connectivity(conn, a.ndim, "imextendedmin", 3)
    return core.regional_extrema(core.hmin(a, h, s), s, minima=True)


@matlab_function("imimposemin")
def imimposemin(I, BW, conn=None):
    """Impose minima, as MATLAB's ``imimposemin``: ``I`` modified by morphological
    reconstruction so that its only regional minima are where ``BW`` is nonzero (they
    become -Inf, or the class's minimum for integers).

    MATLAB call forms::

        I2 = imimposemin(I, BW)         ->  imimposemin(I, BW)
        I2 = imimposemin(I, BW, conn)   ->  imimposemin(I, BW, 4)

    The reconstruction by erosion of the marker (-Inf on BW, +Inf elsewhere) over
    ``min(I + h, marker)``, ``h = 1`` for integer images and ``range(I)/1000`` for
    floating ones (0.1 for a constant image), computed through imcomplement and
    imreconstruct as imimposemin.m does (so floating values pass through ``1 - x``
    twice). Returns I's class.

    Sources: MATLAB's imimposemin reference page; imimposemin.m for h (GNU Octave 7.3
    uses range/1000 also for a constant image, i.e. 0: golden suite
    ``matlab/regional_extrema``).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imimposemin(np.array([[3, 1, 4, 1, 5]], dtype=np.uint8),
    ...                    np.array([[0, 0, 0, 0, 1]]))
    array([[5, 5, 5, 2, 0]], dtype=uint8)
    """
    a = _image(I, "imimposemin", logical_ok=False)
    m = np.asarray(matlab_array(BW, "BW", complex_ok=False, char="error"))
    if m.dtype.kind not in "biuf":
        raise CompatTypeError("imimposemin: BW must be numeric or logical.")
    if m.shape != a.shape:
        raise CompatValueError("imimposemin: BW must be the same size as I.")
    return core.impose_minima(a, m != 0, _connectivity(conn, a.ndim, "imimposemin", 3))


@matlab_function("watershed")
def watershed(A, conn=None):
    """Watershed transform, as MATLAB's ``watershed``: a label array of the catchment
    basins of ``A`` (1, 2, ... in the column-major order of their regional minima) with
    0 on the watershed lines between them.

    MATLAB call forms::

        L = watershed(A)         ->  watershed(A)
        L = watershed(A, conn)   ->  watershed(A, 4)

    Meyer's flooding (MATLAB's reference page): from the labelled regional minima, the
    lowest element next to a basin joins it when all its labelled neighbours agree, and
    becomes a watershed element (0) when they do not; an element lower than the level
    being flooded waits at that level (first in, first out). ``conn``: 4, 8 (default),
    6, 18, 26 (default in 3-D), a symmetric 3-by-...-by-3 array or a structuring element.
    ``A`` numeric or logical of any dimension, no NaN. Returns double labels.

    How it differs from ``skimage.segmentation.watershed``: that one takes markers and
    draws no lines by default (``watershed_line=False``); MATLAB floods from every
    regional minimum and keeps one-element lines.

    Sources: MATLAB's watershed reference page and watershed.m (minima by
    bwconncomp(imregionalmin(A, conn), conn)); Meyer (1994); the MATLAB-compatibility
    test kept by GNU Octave's image package (golden suite ``matlab/watershed``, where
    Octave 7.3's own result differs).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.watershed(np.array([[0, 1, 2, 1, 0], [0, 1, 3, 1, 0]]))
    array([[1., 1., 0., 2., 2.],
           [1., 1., 0., 2., 2.]])
    """
    a = _image(A, "watershed", logical_ok=True)
    if conn is not None and hasattr(conn, "Neighborhood"):
        conn = np.asarray(conn.Neighborhood)
    s = _connectivity(conn, a.ndim, "watershed", 2)
    return flooding.watershed(a, s)
