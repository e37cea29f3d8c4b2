"""MATLAB's connected components and reconstruction (Image Processing Toolbox):
``bwlabel``, ``bwlabeln``, ``bwconncomp``, ``labelmatrix``, ``bwareaopen``,
``imreconstruct``, ``imfill``, ``imclearborder``, ``bwperim``.

The legacy layer of the family: MATLAB's argument forms and default connectivities
(maximal -- 8 / 26 -- for labelling, area opening, reconstruction and border clearing;
minimal -- 4 / 6 -- for imfill and bwperim), MATLAB's output classes (double labels,
logical masks, labelmatrix's smallest unsigned class), over
:mod:`compat._core.connected_components`, whose docstring states the label order and
the reconstruction. Checked against GNU Octave 7.3's image package 2.14 (golden suite
``matlab/connected_components``).
"""

from __future__ import annotations

import numpy as np

from compat._core import connected_components as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.struct import MatlabStruct

__all__ = ["bwlabel", "bwlabeln", "bwconncomp", "labelmatrix", "bwareaopen",
           "imreconstruct", "imfill", "imclearborder", "bwperim", "bwdist"]


def _array(value, name) -> np.ndarray:
    a = np.asarray(matlab_array(value, name, complex_ok=False, char="error"))
    if a.dtype.kind not in "biuf":
        raise CompatTypeError(f"{name} must be numeric or logical.")
    return a


def _binary(value, name="BW") -> np.ndarray:
    a = _array(value, name)
    if a.dtype.kind == "f" and np.isnan(a).any():
        raise CompatValueError(f"{name} must not contain NaN values.")
    return a != 0


def _conn(conn, ndim: int, default: str):
    """(neighbourhood, MATLAB's Connectivity value) of ``conn`` (None: the default)."""
    if conn is None:
        conn = {("max", 2): 8, ("max", 3): 26, ("min", 2): 4, ("min", 3): 6}.get(
            (default, max(ndim, 2)), 3 ** ndim - 1 if default == "max" else 2 * ndim)
    c = np.asarray(conn)
    if c.size > 1:
        if any(k != 3 for k in c.shape):
            raise CompatValueError("CONN must be 3-by-3-by-...-by-3.")
        return core.structure(c != 0, ndim), (c != 0)
    value = int(c.reshape(-1)[0])
    if value not in (1, 4, 8, 6, 18, 26):
        raise CompatValueError("CONN must be 1, 4, 8, 6, 18, 26 or a 3-by-3-by-... array.")
    try:
        return core.structure(value, max(ndim, 2)), float(value)
    except ValueError as error:
        raise CompatValueError(str(error)) from None


@matlab_function("bwlabel", nargout=2)
def bwlabel(BW, n=8, *, nargout=1):
    """Label connected components of a 2-D binary image, as MATLAB's ``bwlabel``.

    MATLAB call forms::

        L = bwlabel(BW)              ->  bwlabel(BW)
        [L, num] = bwlabel(BW, 4)    ->  L, num = bwlabel(BW, 4, nargout=2)

    ``L`` (double) numbers the objects by their first pixel in column-major order;
    ``scipy.ndimage.label`` scans rows, so its numbers differ.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.bwlabel(np.array([[0, 1, 0, 1], [1, 0, 0, 1]]), 4)
    array([[0., 2., 0., 3.],
           [1., 0., 0., 3.]])
    """
    bw = _binary(BW)
    if bw.ndim > 2:
        raise CompatValueError("BW must be a 2-D array.")
    if int(n) not in (4, 8):
        raise CompatValueError("N must be 4 or 8.")
    s, _ = _conn(int(n), 2, "max")
    labels, num = core.label(bw.reshape(bw.shape if bw.ndim == 2 else (1, -1)), s)
    out = labels.astype(np.float64).reshape(bw.shape)
    return out if nargout == 1 else (out, float(num))


@matlab_function("bwlabeln", nargout=2)
def bwlabeln(BW, conn=None, *, nargout=1):
    """Label connected components in N-D, as MATLAB's ``bwlabeln`` (default
    connectivity the maximal one: 8 in 2-D, 26 in 3-D).

    MATLAB call forms::

        L = bwlabeln(BW)              ->  bwlabeln(BW)
        [L, n] = bwlabeln(BW, 6)      ->  L, n = bwlabeln(BW, 6, nargout=2)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.bwlabeln(np.array([[1, 0], [0, 1]]), 4)
    array([[1., 0.],
           [0., 2.]])
    """
    bw = _binary(BW)
    s, _ = _conn(conn, bw.ndim, "max")
    labels, num = core.label(bw, s)
    out = labels.astype(np.float64)
    return out if nargout == 1 else (out, float(num))


@matlab_function("bwconncomp")
def bwconncomp(BW, conn=None):
    """Connected components, as MATLAB's ``bwconncomp``: a struct with
    ``Connectivity``, ``ImageSize``, ``NumObjects`` and ``PixelIdxList`` (a list of
    column vectors of 1-based column-major linear indices, ascending, one per object in
    MATLAB's order).

    MATLAB call forms::

        CC = bwconncomp(BW)           ->  bwconncomp(BW)
        CC = bwconncomp(BW, 4)        ->  bwconncomp(BW, 4)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> CC = matlab.bwconncomp(np.array([[1, 0, 1], [1, 0, 0]]))
    >>> CC.NumObjects, [p.ravel().tolist() for p in CC.PixelIdxList]
    (2.0, [[1.0, 2.0], [5.0]])
    """
    bw = _binary(BW)
    s, value = _conn(conn, bw.ndim, "max")
    labels, num = core.label(bw, s)
    pieces = [p.reshape(-1, 1) for p in core.component_indices(labels, num)]
    size = bw.shape if bw.ndim >= 2 else (1, bw.size)
    return MatlabStruct(Connectivity=value, ImageSize=np.array([size], dtype=np.float64),
                        NumObjects=float(num), PixelIdxList=pieces)


@matlab_function("labelmatrix")
def labelmatrix(CC):
    """Label matrix of a ``bwconncomp`` struct, as MATLAB's ``labelmatrix``: uint8 for
    up to 255 objects, uint16 up to 65535, uint32, else double.

    MATLAB call form::

        L = labelmatrix(CC)          ->  labelmatrix(matlab.bwconncomp(BW))

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.labelmatrix(matlab.bwconncomp(np.array([[1, 0, 1]])))
    array([[1, 0, 2]], dtype=uint8)
    """
    try:
        size = [int(v) for v in np.asarray(CC["ImageSize"]).reshape(-1)]
        n = int(np.asarray(CC["NumObjects"]).reshape(-1)[0])
        lists = CC["PixelIdxList"]
    except (KeyError, TypeError):
        raise CompatValueError("CC must be a struct returned by bwconncomp.") from None
    dtype = (np.uint8 if n <= 255 else np.uint16 if n <= 65535 else
             np.uint32 if n <= 2 ** 32 - 1 else np.float64)
    out = np.zeros(int(np.prod(size)), dtype=dtype)
    for k, idx in enumerate(lists, start=1):
        out[np.asarray(idx, dtype=np.int64).reshape(-1) - 1] = k
    return out.reshape(size, order="F")


@matlab_function("bwareaopen")
def bwareaopen(BW, P, conn=None):
    """Remove objects smaller than ``P`` pixels, as MATLAB's ``bwareaopen`` (default
    connectivity 8 in 2-D, 26 in 3-D); a logical result.

    MATLAB call forms::

        BW2 = bwareaopen(BW, P)       ->  bwareaopen(BW, 50)
        BW2 = bwareaopen(BW, P, conn) ->  bwareaopen(BW, 50, 4)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.bwareaopen(np.array([[1, 1, 0, 1]]), 2)
    array([[ True,  True, False, False]])
    """
    bw = _binary(BW)
    p = np.asarray(P, dtype=np.float64).reshape(-1)
    if p.size != 1 or p[0] < 0 or p[0] != np.floor(p[0]):
        raise CompatValueError("P must be a nonnegative integer scalar.")
    s, _ = _conn(conn, bw.ndim, "max")
    labels, num = core.label(bw, s)
    sizes = np.bincount(labels.ravel(), minlength=num + 1)
    keep = sizes >= p[0]
    keep[0] = False
    return keep[labels]


@matlab_function("imreconstruct")
def imreconstruct(marker, mask, conn=None):
    """Morphological reconstruction by dilation, as MATLAB's ``imreconstruct``: the
    repeated dilation of ``marker`` (clipped to ``mask``) under ``mask`` until it stops
    changing (default connectivity 8 in 2-D, 26 in 3-D).

    MATLAB call forms::

        J = imreconstruct(marker, mask)         ->  imreconstruct(marker, mask)
        J = imreconstruct(marker, mask, conn)   ->  imreconstruct(marker, mask, 4)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imreconstruct(np.array([[0, 0, 0, 0]], dtype=np.uint8),
    ...                      np.array([[5, 3, 7, 2]], dtype=np.uint8))
    array([[0, 0, 0, 0]], dtype=uint8)
    >>> matlab.imreconstruct(np.array([[9, 0, 0, 0]], dtype=np.uint8),
    ...                      np.array([[5, 3, 7, 2]], dtype=np.uint8))
    array([[5, 3, 3, 2]], dtype=uint8)
    """
    mk, ms = _array(marker, "MARKER"), _array(mask, "MASK")
    if mk.shape != ms.shape:
        raise CompatValueError("MARKER and MASK must be the same size.")
    if mk.dtype != ms.dtype:
        raise CompatValueError("MARKER and MASK must be the same class.")
    if ms.dtype.kind == "f" and (np.isnan(mk).any() or np.isnan(ms).any()):
        raise CompatValueError("MARKER and MASK must not contain NaN values.")
    s, _ = _conn(conn, ms.ndim, "max")
    return core.reconstruct(mk.copy(), ms, s)


def _complement(a: np.ndarray) -> np.ndarray:
    if a.dtype == np.bool_:
        return ~a
    if a.dtype.kind == "u":
        return np.iinfo(a.dtype).max - a
    if a.dtype.kind == "i":
        return (-1 - a.astype(np.int64)).astype(a.dtype)
    return 1 - a


@matlab_function("imfill")
def imfill(I, *args):
    """Fill image regions and holes, as MATLAB's ``imfill`` (default connectivity 4 in
    2-D, 6 in 3-D).

    MATLAB call forms::

        BW2 = imfill(BW, 'holes')             ->  imfill(BW, 'holes')
        BW2 = imfill(BW, conn, 'holes')       ->  imfill(BW, 8, 'holes')
        I2 = imfill(I)                        ->  imfill(I)         (grayscale holes)
        I2 = imfill(I, conn)
        BW2 = imfill(BW, locations)           ->  imfill(BW, [[5], [17]])  (a column: linear)
        BW2 = imfill(BW, locations, conn)     ->  imfill(BW, [[3, 4], [6, 2]], 8) (rows: [row col])

    A hole is a region (of background, or of dark pixels surrounded by lighter ones)
    that cannot be reached from the image's border: MATLAB computes it as the
    complement of the reconstruction of the complement from its border values, and so
    does compat (for double images ``1 - I`` twice, as MATLAB's imcomplement). The
    interactive forms (``imfill(BW)`` on a binary image) are not supported.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> ring = np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]], dtype=bool)
    >>> matlab.imfill(ring, 'holes').all()
    np.True_
    """
    a = _array(I, "I")
    args = list(args)
    holes = bool(args) and isinstance(args[-1], str)
    if holes and args.pop().lower() != "holes":
        raise CompatValueError("Invalid option: the only option is 'holes'.")
    locations = conn = None
    if holes:
        a = a != 0
    elif a.dtype == np.bool_ and args:            # imfill(BW, locations[, conn])
        locations = np.asarray(args.pop(0), dtype=np.float64)
    if args:
        conn = args.pop(0)
    if args:
        raise CompatValueError("Too many input arguments.")
    s, _ = _conn(conn, a.ndim, "min")
    if locations is not None:
        bw = a != 0
        seeds = np.zeros(bw.shape, dtype=bool)
        loc = locations.reshape(1, -1) if locations.ndim < 2 else locations
        if loc.shape[1] == 1:                      # a column: linear indices
            flat = loc[:, 0].astype(np.int64) - 1
            if np.any(flat < 0) or np.any(flat >= bw.size):
                raise CompatValueError("LOCATIONS contains linear indices outside the "
                                       "image.")
            seeds[np.unravel_index(flat, bw.shape, order="F")] = True
        else:                                      # rows of subscripts (MATLAB's rule)
            if loc.ndim != 2 or loc.shape[1] != bw.ndim:
                raise CompatValueError("LOCATIONS must be a P-by-1 vector of linear "
                                       "indices or a P-by-NDIMS(BW) matrix of subscripts.")
            sub = loc.astype(np.int64) - 1
            if np.any(sub < 0) or np.any(sub >= np.array(bw.shape)):
                raise CompatValueError("Out of range subscript in LOCATIONS.")
            seeds[tuple(sub[:, k] for k in range(bw.ndim))] = True
        seeds &= ~bw
        return bw | core.reconstruct(seeds, ~bw, s)
    if a.dtype == np.bool_ and not holes:
        raise CompatValueError("imfill(BW) without 'holes' or locations is interactive, "
                               "which compat does not support.")
    mask = _complement(a)
    low = core.lowest(a.dtype)
    marker = core.border_marker(mask, low, s)
    return _complement(core.reconstruct(marker, mask, s))


@matlab_function("imclearborder")
def imclearborder(I, conn=None):
    """Suppress structures connected to the image border, as MATLAB's
    ``imclearborder`` (default connectivity 8 in 2-D, 26 in 3-D): ``I`` minus its
    reconstruction from the border values (binary: the objects touching the border
    removed).

    MATLAB call forms::

        J = imclearborder(I)          ->  imclearborder(I)
        J = imclearborder(I, conn)    ->  imclearborder(I, 4)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> bw = np.array([[1, 0, 0, 0], [0, 0, 1, 0], [0, 0, 0, 0]], dtype=bool)
    >>> matlab.imclearborder(bw).astype(int)
    array([[0, 0, 0, 0],
           [0, 0, 1, 0],
           [0, 0, 0, 0]])
    """
    a = _array(I, "I")
    s, _ = _conn(conn, a.ndim, "max")
    low = core.lowest(a.dtype)
    marker = core.border_marker(a, low, s)
    rec = core.reconstruct(marker, a, s)
    if a.dtype == np.bool_:
        return a & ~rec
    if a.dtype.kind in "iu":
        info = np.iinfo(a.dtype)
        return np.clip(a.astype(np.float64) - rec, info.min, info.max).astype(a.dtype)
    return a - rec


@matlab_function("bwperim")
def bwperim(BW, conn=None):
    """Perimeter pixels of the objects, as MATLAB's ``bwperim``: object pixels with a
    background neighbour (default connectivity 4 in 2-D, 6 in 3-D), pixels on the
    image's edge included.

    MATLAB call forms::

        BW2 = bwperim(BW)             ->  bwperim(BW)
        BW2 = bwperim(BW, conn)       ->  bwperim(BW, 8)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.bwperim(np.ones((3, 4), dtype=bool)).astype(int)
    array([[1, 1, 1, 1],
           [1, 0, 0, 1],
           [1, 1, 1, 1]])
    """
    bw = _binary(BW)
    s, _ = _conn(conn, bw.ndim, "min")
    return core.perimeter(bw, s)


@matlab_function("bwdist", nargout=2)
def bwdist(BW, method="euclidean", *, nargout=1):
    """Distance transform of a binary image, as MATLAB's ``bwdist``: for every element
    the distance to the nearest nonzero element (single), and with ``nargout=2`` that
    element's 1-based linear index (uint32; 'euclidean' only).

    MATLAB call forms::

        D = bwdist(BW)                       ->  bwdist(BW)
        [D, IDX] = bwdist(BW)                ->  bwdist(BW, nargout=2)
        D = bwdist(BW, 'cityblock')          ->  bwdist(BW, 'chessboard')

    The Euclidean transform is exact (``scipy.ndimage.distance_transform_edt``); with
    no nonzero element D is Inf. Among equally near elements IDX names scipy's choice,
    which may differ from MATLAB's (its tie rule is not published). 'quasi-euclidean'
    is not supported.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.bwdist(np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]]))
    array([[1.4142135, 1.       , 1.4142135],
           [1.       , 0.       , 1.       ],
           [1.4142135, 1.       , 1.4142135]], dtype=float32)
    """
    bw = _binary(BW)
    if not isinstance(method, str):
        raise CompatValueError("METHOD must be 'euclidean', 'cityblock' or 'chessboard'.")
    from compat._core.args import prefix_matches
    found = prefix_matches(method, ["euclidean", "cityblock", "chessboard",
                                    "quasi-euclidean"])
    if len(found) != 1:
        raise CompatValueError(f"Unknown METHOD: {method}.")
    if found[0] == "quasi-euclidean":
        raise CompatValueError("bwdist's 'quasi-euclidean' method is not supported by "
                               "compat.")
    if nargout == 2 and found[0] != "euclidean":
        raise CompatValueError("compat's bwdist returns IDX for the 'euclidean' method "
                               "only.")
    d, idx = core.distance_transform(bw, found[0])
    out = d.astype(np.float32)
    if nargout == 1:
        return out
    return out, (idx + 1).astype(np.uint32) if bw.any() else idx.astype(np.uint32)
