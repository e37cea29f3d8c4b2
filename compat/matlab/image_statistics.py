"""MATLAB's image histograms, thresholds and whole-image statistics (Image Processing
Toolbox): ``imhist``, ``graythresh``, ``otsuthresh``, ``im2bw``, ``mean2``, ``std2``,
``corr2``, ``entropy``.

The legacy layer of the family: MATLAB's argument forms (``imhist(I, n)``, ``imhist(X,
map)``, ``[level, EM] = graythresh(I)``, ``im2bw(I, level)``, ``im2bw(X, map, level)``,
``im2bw(RGB, level)``) and result classes (double counts and statistics, logical
masks), over :mod:`compat._core.image_statistics`, whose docstring states the binning and
Otsu's rule. Checked against GNU Octave 7.3's image package 2.14 (golden suite
``matlab/image_statistics``).
"""

from __future__ import annotations

import numpy as np

from compat._core import image_classes
from compat._core import image_statistics as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["imhist", "graythresh", "otsuthresh", "im2bw", "mean2", "std2", "corr2",
           "entropy"]


def _image(value, name="I") -> np.ndarray:
    return np.asarray(matlab_array(value, name, complex_ok=False, char="error"))


def _count(value, name="N") -> int:
    a = np.asarray(value, dtype=float).reshape(-1)
    if a.size != 1 or a[0] != int(a[0]) or a[0] < 1:
        raise CompatValueError(f"{name} must be a positive integer.")
    return int(a[0])


@matlab_function("imhist", nargout=2)
def imhist(I, n=None, *, nargout=1):
    """Histogram of an image, as MATLAB's ``imhist``.

    MATLAB call forms::

        [counts, binLocations] = imhist(I)       ->  imhist(I, nargout=2)
        [counts, binLocations] = imhist(I, n)    ->  imhist(I, 64, nargout=2)
        [counts, binLocations] = imhist(X, map)  ->  imhist(X, cmap, nargout=2)

    ``n`` bins (256 by default, 2 for a logical image) spread evenly over the class's
    range -- [0, 1] for double and single (values outside go to the end bins),
    intmin..intmax for integer classes -- each value in the nearest bin. For an indexed
    image, one bin per colormap row. Counts and locations are double columns. numpy's
    ``histogram`` puts bin EDGES at the range ends, so its end bins are half as wide.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imhist(np.array([0, 1, 1, 255, 128, 127], dtype=np.uint8), 4).ravel()
    array([3., 1., 1., 1.])
    """
    a = _image(I)
    if n is not None and np.ndim(n) == 2 and np.shape(n)[1] == 3 and np.shape(n)[0] > 1:
        cmap = np.asarray(n, dtype=float)
        k = a.reshape(-1).astype(np.float64)
        k = k - 1 if a.dtype.kind == "f" else k
        counts = np.bincount(k[(k >= 0) & (k < cmap.shape[0])].astype(np.int64),
                             minlength=cmap.shape[0]).astype(np.float64)
        locations = np.arange(1.0, cmap.shape[0] + 1)
    else:
        bins = 2 if a.dtype == np.bool_ else (256 if n is None else _count(n))
        counts, locations = core.histogram(a, bins)
    outs = [counts.reshape(-1, 1), locations.reshape(-1, 1)]
    return outs[0] if nargout == 1 else tuple(outs)


@matlab_function("otsuthresh", nargout=2)
def otsuthresh(counts, *, nargout=1):
    """Otsu's threshold of a histogram, as MATLAB's ``otsuthresh``.

    MATLAB call form::

        [T, EM] = otsuthresh(counts)      ->  otsuthresh(counts, nargout=2)

    The normalised threshold in [0, 1] maximising the between-class variance (the
    middle of a plateau of maxima) and its effectiveness metric.

    Examples
    --------
    >>> from compat import matlab
    >>> round(matlab.otsuthresh([5, 3, 0, 0, 2, 6]), 4)
    0.4
    """
    c = np.asarray(matlab_array(counts, "counts", complex_ok=False, char="error"),
                   dtype=np.float64).reshape(-1)
    if np.any(c < 0) or not np.all(np.isfinite(c)):
        raise CompatValueError("counts must be nonnegative and finite.")
    level, metric = core.otsu(c)
    return level if nargout == 1 else (level, metric)


@matlab_function("graythresh", nargout=2)
def graythresh(I, *, nargout=1):
    """Global threshold by Otsu's method, as MATLAB's ``graythresh``.

    MATLAB call form::

        [level, EM] = graythresh(I)       ->  graythresh(I, nargout=2)

    Otsu's threshold of the 256-bin histogram of ``im2uint8(I)``, normalised to [0, 1]
    (use it as ``im2bw(I, level)``); ``EM`` the effectiveness metric.
    ``skimage.filters.threshold_otsu`` answers in the image's units and takes the first
    maximum where MATLAB takes the middle of the plateau.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> I = np.array([10, 12, 200, 210, 205, 11, 13], dtype=np.uint8)
    >>> round(matlab.graythresh(I), 4)
    0.4157
    """
    a = _image(I)
    counts, _ = core.histogram(image_classes.to_integer(a, np.uint8), 256)
    level, metric = core.otsu(counts)
    return level if nargout == 1 else (level, metric)


@matlab_function("im2bw")
def im2bw(I, *args):
    """Binary image by a luminance threshold, as MATLAB's ``im2bw``.

    MATLAB call forms::

        BW = im2bw(I, level)            ->  im2bw(I, 0.4)
        BW = im2bw(X, map, level)       ->  im2bw(X, cmap, 0.4)
        BW = im2bw(RGB, level)          ->  im2bw(RGB, 0.4)

    A pixel is true when its luminance exceeds ``level`` (default 0.5) on the class's
    scale (``I > level`` for floating images, ``I > 255*level`` for uint8, ``I >
    65535*level`` for uint16); an RGB image through rgb2gray, an indexed one through its
    colormap's gray levels.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.im2bw(np.array([10, 128, 200], dtype=np.uint8), 0.5)
    array([False,  True,  True])
    """
    a = _image(I)
    args = list(args)
    level = 0.5
    if args and np.ndim(args[0]) == 2 and np.shape(args[0])[-1] == 3 and \
            np.shape(args[0])[0] > 1 and not np.isscalar(args[0]):
        cmap = np.asarray(args.pop(0), dtype=float)
        gray = cmap @ image_classes.LUMA
        k = a.astype(np.int64) - (1 if a.dtype.kind == "f" else 0)
        a = gray[k]
    elif a.ndim == 3 and a.shape[2] == 3:
        a = image_classes.rgb_to_gray(a)
    if args:
        level = float(np.asarray(args.pop(0), dtype=float).reshape(()))
    if args:
        raise CompatValueError("im2bw: too many input arguments.")
    if not 0 <= level <= 1:
        raise CompatValueError("LEVEL must be in the range [0, 1].")
    if a.dtype == np.bool_:
        return a.copy()
    if a.dtype.kind == "f":
        return a > level
    if a.dtype == np.int16:
        a = image_classes.to_integer(a, np.uint16)
    if a.dtype not in (np.dtype(np.uint8), np.dtype(np.uint16)):
        raise CompatTypeError("I must be double, single, logical, uint8, uint16 or int16.")
    return a > level * float(np.iinfo(a.dtype).max)


@matlab_function("mean2")
def mean2(A):
    """Mean of all elements, as MATLAB's ``mean2``.

    MATLAB call form::

        B = mean2(A)          ->  mean2(A)

    ``sum(A(:), 'double') / numel(A)``: a double for any class (numpy's ``uint8``
    mean is a float64 too, but ``A.mean(axis=...)`` forms differ).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.mean2([[1, 2], [3, 4]])
    2.5
    """
    a = _image(A, "A").astype(np.float64)
    return float(a.sum() / a.size)


@matlab_function("std2")
def std2(A):
    """Standard deviation of all elements, as MATLAB's ``std2``.

    MATLAB call form::

        B = std2(A)           ->  std2(A)

    ``std(double(A(:)))`` with the ``n - 1`` normalisation (numpy's ``std`` divides by
    ``n`` unless ``ddof=1``).

    Examples
    --------
    >>> from compat import matlab
    >>> round(matlab.std2([[1, 2], [3, 4]]), 4)
    1.291
    """
    a = _image(A, "A").astype(np.float64).reshape(-1)
    return float(np.std(a, ddof=1)) if a.size > 1 else 0.0


@matlab_function("corr2")
def corr2(A, B):
    """2-D correlation coefficient, as MATLAB's ``corr2``.

    MATLAB call form::

        r = corr2(A, B)       ->  corr2(A, B)

    ``sum(sum(a.*b)) / sqrt(sum(sum(a.*a)) * sum(sum(b.*b)))`` with ``a = A - mean2(A)``,
    ``b = B - mean2(B)``, for two matrices of one size.

    Examples
    --------
    >>> from compat import matlab
    >>> round(matlab.corr2([[1, 2], [3, 4]], [[2, 1], [4, 3]]), 4)
    0.6
    """
    a = _image(A, "A").astype(np.float64)
    b = _image(B, "B").astype(np.float64)
    if a.shape != b.shape:
        raise CompatValueError("A and B must be the same size.")
    a = a - a.sum() / a.size
    b = b - b.sum() / b.size
    with np.errstate(invalid="ignore", divide="ignore"):
        return float((a * b).sum() / np.sqrt((a * a).sum() * (b * b).sum()))


@matlab_function("entropy")
def entropy(I):
    """Entropy of a grayscale image, as MATLAB's ``entropy``.

    MATLAB call form::

        e = entropy(I)        ->  entropy(I)

    ``-sum(p .* log2(p))`` over the 256-bin histogram of ``im2uint8(I)`` (2 bins for a
    logical image), the empty bins left out. ``scipy.stats.entropy`` of the raw values
    counts distinct values and uses the natural log.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> round(matlab.entropy(np.array([[0, 0, 1, 1], [2, 3, 3, 3]], dtype=np.uint8)), 4)
    1.9056
    """
    return core.entropy(_image(I))
