"""MATLAB's ``regionprops`` and ``bweuler`` (Image Processing Toolbox), 2-D.

The legacy layer of the family: a logical image is split into 8-connected objects
(``bwconncomp``'s order), a numeric one is a label matrix (region ``k`` the pixels
labelled ``k``, ``max(L)`` regions), a ``bwconncomp`` struct is taken as it is; an
optional intensity image; the measurements by name (prefixes allowed), ``'basic'``
(Area, Centroid, BoundingBox, the default) or ``'all'``; a list of structs (MATLAB's
struct array) out. Over :mod:`compat._core.region_properties`, whose docstring gives
MATLAB's formulas. Checked against GNU Octave 7.3's image package 2.14 (golden suite
``matlab/region_properties``).
"""

from __future__ import annotations

import numpy as np

from compat._core import connected_components as cc_core
from compat._core import region_properties as core
from compat._core.args import prefix_matches
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.struct import MatlabStruct

__all__ = ["regionprops", "bweuler"]

_SHAPE = ("Area", "BoundingBox", "Centroid", "Eccentricity", "EquivDiameter",
          "EulerNumber", "Extent", "Extrema", "FilledArea", "FilledImage", "Image",
          "MajorAxisLength", "MinorAxisLength", "Orientation", "PixelIdxList",
          "PixelList")
_INTENSITY = ("MaxIntensity", "MeanIntensity", "MinIntensity", "PixelValues",
              "WeightedCentroid")
_NOT_SUPPORTED = ("Circularity", "ConvexArea", "ConvexHull", "ConvexImage",
                  "MaxFeretProperties", "MinFeretProperties", "Perimeter", "Solidity",
                  "SubarrayIdx")


def _regions(value):
    """(label matrix, pixel lists) of a binary image, label matrix or CC struct."""
    if isinstance(value, dict):
        size = [int(v) for v in np.asarray(value["ImageSize"]).reshape(-1)]
        lists = [np.asarray(p, dtype=np.int64).reshape(-1) - 1
                 for p in value["PixelIdxList"]]
        labels = np.zeros(int(np.prod(size)), dtype=np.int64)
        for k, p in enumerate(lists, start=1):
            labels[p] = k
        return labels.reshape(size, order="F"), [np.sort(p) for p in lists]
    a = np.asarray(matlab_array(value, "L", complex_ok=False, char="error"))
    if a.ndim != 2:
        raise CompatValueError("compat's regionprops supports 2-D images only.")
    if a.dtype == np.bool_:
        labels, n = cc_core.label(a, cc_core.structure(8, 2))
        return labels, core.region_pixels(labels, n)
    if a.dtype.kind not in "iuf" or np.any(a < 0) or np.any(a != np.floor(a)):
        raise CompatValueError("Expected input number 1, L, to be a nonnegative integer-"
                               "valued label matrix.")
    count = int(a.max()) if a.size else 0
    labels = a.astype(np.int64)
    return labels, core.region_pixels(labels, count)


def _names(args, with_intensity):
    words = []
    for a in args:
        if isinstance(a, str):
            words.append(a)
        elif isinstance(a, (list, tuple)) and all(isinstance(w, str) for w in a):
            words.extend(a)
        else:
            raise CompatValueError("Measurements must be given as text.")
    if not words or (len(words) == 1 and words[0].lower() == "basic"):
        return ["Area", "Centroid", "BoundingBox"]
    if len(words) == 1 and words[0].lower() == "all":
        return list(_SHAPE) + (list(_INTENSITY) if with_intensity else [])
    official = list(_SHAPE) + list(_INTENSITY) + list(_NOT_SUPPORTED)
    names = []
    for w in words:
        if w.lower() == "table":
            raise CompatValueError("regionprops' table output is not supported by compat.")
        found = prefix_matches(w, official)
        if not found:
            raise CompatValueError(f'Unknown measurement: "{w}".')
        if len(found) > 1:
            raise CompatValueError(f'Ambiguous measurement: "{w}".')
        name = found[0]
        if name in _NOT_SUPPORTED:
            raise CompatValueError(f"regionprops' {name} is not supported by compat.")
        if name in _INTENSITY and not with_intensity:
            raise CompatValueError(f"{name} needs an intensity image: "
                                   "regionprops(L, I, ...).")
        names.append(name)
    return names


@matlab_function("regionprops")
def regionprops(L, *args):
    """Measure properties of image regions, as MATLAB's ``regionprops`` (2-D).

    MATLAB call forms::

        stats = regionprops(BW)                      ->  regionprops(BW)  (logical)
        stats = regionprops(L, properties)           ->  regionprops(L, 'Area', 'Centroid')
        stats = regionprops(CC, properties)          ->  regionprops(matlab.bwconncomp(BW), 'all')
        stats = regionprops(L, I, properties)        ->  regionprops(L, I, 'MeanIntensity')

    Returns a list of structs (MATLAB's struct array), one per region: for a logical
    image its 8-connected objects, for a label matrix the regions ``1..max(L)`` (an
    unused label gives Area 0 and NaN centroid). Measurements: Area, BoundingBox,
    Centroid, Eccentricity, EquivDiameter, EulerNumber, Extent, Extrema, FilledArea,
    FilledImage, Image, MajorAxisLength, MinorAxisLength, Orientation (degrees,
    counter-clockwise from the x axis), PixelIdxList, PixelList, and with an intensity
    image MaxIntensity, MeanIntensity, MinIntensity, PixelValues, WeightedCentroid;
    'all' gives these. Coordinates are MATLAB's: ``[x y] = [column row]``, 1-based.
    Perimeter, the convex-hull measurements, Circularity, Feret diameters,
    SubarrayIdx, N-D images and the table output are not supported.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> s = matlab.regionprops(np.array([[0, 1, 1], [0, 1, 0]], dtype=bool))
    >>> s[0].Area, s[0].Centroid.tolist(), s[0].BoundingBox.tolist()
    (3.0, [[2.3333333333333335, 1.3333333333333333]], [[1.5, 0.5, 2.0, 2.0]])
    """
    args = list(args)
    intensity = None
    if args and not isinstance(args[0], str) and not (
            isinstance(args[0], (list, tuple)) and args[0] and
            all(isinstance(w, str) for w in args[0])):
        intensity = np.asarray(matlab_array(args.pop(0), "I", complex_ok=False,
                                            char="error"))
    labels, pixels = _regions(L)
    if intensity is not None and intensity.shape != labels.shape:
        raise CompatValueError("I must have the same size as the label matrix.")
    names = _names(args, intensity is not None)
    return [MatlabStruct(v) for v in core.measure(labels, pixels, names, intensity)]


@matlab_function("bweuler")
def bweuler(BW, n=8):
    """Euler number of a binary image, as MATLAB's ``bweuler``: objects minus holes,
    8- (default) or 4-connected objects, from Gray's counts of 2x2 neighbourhoods.

    MATLAB call forms::

        eul = bweuler(BW)           ->  bweuler(BW)
        eul = bweuler(BW, 4)        ->  bweuler(BW, 4)

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.bweuler(np.array([[1, 1, 1], [1, 0, 1], [1, 1, 1]]))
    0.0
    """
    a = np.asarray(matlab_array(BW, "BW", complex_ok=False, char="error"))
    if a.dtype.kind not in "biuf":
        raise CompatTypeError("BW must be numeric or logical.")
    if a.ndim != 2:
        raise CompatValueError("BW must be a 2-D array.")
    if int(n) not in (4, 8):
        raise CompatValueError("N must be 4 or 8.")
    return float(core.euler_number(a != 0, int(n)))
