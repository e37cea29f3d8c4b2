"""MATLAB's flat morphology (Image Processing Toolbox): ``strel``, ``imdilate``,
``imerode``, ``imopen``, ``imclose``, ``imtophat``, ``imbothat``.

The legacy layer of the family: MATLAB's flat ``strel`` shapes ('square', 'rectangle',
'diamond', 'octagon', 'disk' -- the default ``N = 4`` periodic-line approximation as
well as the exact ``N = 0`` --, 'line', 'periodicline', 'pair', 'arbitrary' or a
neighbourhood array) as a
small :class:`StructuringElement` (``Neighborhood``, ``Dimensionality``, ``getnhood``,
``reflect``), and the operations on binary and grayscale images of any numeric class
(the class kept), over :mod:`compat._core.flat_morphology`, whose docstring states the
reflection, origin and border rules. Checked against GNU Octave 7.3's image package
2.14 (golden suite ``matlab/morphology``), and for the disk approximation, which Octave
lacks, against MATLAB's construction evaluated in Octave. The neighbourhood is what the
operations use: MATLAB applies a decomposed element as a sequence on a padded image,
which equals one pass with the whole neighbourhood.
"""

from __future__ import annotations

import numpy as np

from compat._core import flat_morphology as core
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["StructuringElement", "strel", "imdilate", "imerode", "imopen", "imclose",
           "imtophat", "imbothat"]


class StructuringElement:
    """A flat structuring element, as MATLAB's ``strel`` object: ``Neighborhood`` (a
    bool array), ``Dimensionality``, ``getnhood()`` and ``reflect()``."""

    def __init__(self, neighborhood):
        self.Neighborhood = np.asarray(neighborhood, dtype=bool)

    @property
    def Dimensionality(self) -> int:  # noqa: N802 - MATLAB's property name
        return max(2, self.Neighborhood.ndim)

    def getnhood(self) -> np.ndarray:
        return self.Neighborhood.copy()

    def reflect(self) -> "StructuringElement":
        """The element reflected through its centre (MATLAB pads even sizes first)."""
        n = self.Neighborhood
        pad = [(0, 1 - s % 2) for s in n.shape]
        return StructuringElement(np.pad(n, pad)[tuple(slice(None, None, -1)
                                                       for _ in n.shape)])

    def __repr__(self) -> str:
        return f"StructuringElement({self.Neighborhood.astype(int).tolist()})"


def _positive_int(value, name):
    v = np.asarray(value, dtype=float).reshape(-1)
    if v.size != 1 or v[0] != int(v[0]) or v[0] < 0:
        raise CompatValueError(f"{name} must be a nonnegative integer.")
    return int(v[0])


@matlab_function("strel")
def strel(shape, *params):
    """Structuring element, as MATLAB's ``strel`` (flat shapes).

    MATLAB call forms::

        SE = strel('square', w)            ->  strel('square', 3)
        SE = strel('rectangle', [m n])     ->  strel('rectangle', [2, 5])
        SE = strel('diamond', r)           ->  strel('diamond', 2)
        SE = strel('disk', r)              ->  strel('disk', 5)   (N = 4 lines)
        SE = strel('disk', r, n)           ->  strel('disk', 3, 0)
        SE = strel('octagon', r)           ->  strel('octagon', 6)
        SE = strel('periodicline', p, v)   ->  strel('periodicline', 2, [1, -2])
        SE = strel('pair', offset)         ->  strel('pair', [2, 1])
        SE = strel('line', len, deg)       ->  strel('line', 5, 30)
        SE = strel('arbitrary', nhood)     ->  strel('arbitrary', [[0, 1], [1, 1]])
        SE = strel(nhood)                  ->  strel([[1, 1, 0]])

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.strel('line', 5, 30).getnhood().astype(int)
    array([[0, 0, 0, 1, 1],
           [0, 0, 1, 0, 0],
           [1, 1, 0, 0, 0]])
    """
    if not isinstance(shape, str):
        return StructuringElement(np.asarray(shape) != 0)
    kind = shape.lower()
    if kind == "arbitrary":
        if len(params) != 1:
            raise CompatValueError("strel('arbitrary', NHOOD) takes one neighbourhood.")
        return StructuringElement(np.asarray(params[0]) != 0)
    if kind == "square":
        return StructuringElement(core.shape_neighborhood("square",
                                                          _positive_int(params[0], "W")))
    if kind == "rectangle":
        mn = np.asarray(params[0], dtype=float).reshape(-1)
        if mn.size != 2 or np.any(mn < 0) or np.any(mn != np.round(mn)):
            raise CompatValueError("MN must be a two-element vector of nonnegative "
                                   "integers.")
        return StructuringElement(core.shape_neighborhood("rectangle", int(mn[0]),
                                                          int(mn[1])))
    if kind == "diamond":
        return StructuringElement(core.shape_neighborhood("diamond",
                                                          _positive_int(params[0], "R")))
    if kind == "octagon":
        r = _positive_int(params[0], "R")
        if r % 3:
            raise CompatValueError("R must be a nonnegative multiple of 3.")
        return StructuringElement(core.shape_neighborhood("octagon", r))
    if kind == "disk":
        r = _positive_int(params[0], "R")
        n = 4 if len(params) < 2 else _positive_int(params[1], "N")
        if n not in (0, 4, 6, 8):
            raise CompatValueError("N must be 0, 4, 6, or 8.")
        return StructuringElement(core.disk_neighborhood(r, n))
    if kind == "periodicline":
        p = _positive_int(params[0], "P")
        return StructuringElement(core.periodic_line_neighborhood(p,
                                                                  _offset(params[1], "V")))
    if kind == "pair":
        return StructuringElement(core.pair_neighborhood(_offset(params[0], "OFFSET")))
    if kind == "line":
        if len(params) != 2:
            raise CompatValueError("strel('line', LEN, DEG) takes a length and an angle.")
        return StructuringElement(core.line_neighborhood(float(params[0]),
                                                         float(params[1])))
    raise CompatValueError(f"strel shape {shape!r} is not supported by compat (flat "
                           "'square', 'rectangle', 'diamond', 'octagon', 'disk', 'line', "
                           "'periodicline', 'pair', 'arbitrary').")


def _offset(value, name):
    v = np.asarray(value, dtype=float).reshape(-1)
    if v.size != 2 or np.any(v != np.round(v)):
        raise CompatValueError(f"{name} must be a two-element vector of integers.")
    return int(v[0]), int(v[1])


def _nhood(se) -> np.ndarray:
    if isinstance(se, StructuringElement):
        return se.Neighborhood
    a = np.asarray(matlab_array(se, "SE", complex_ok=False, char="error"))
    return a != 0


def _image(value) -> np.ndarray:
    a = np.asarray(matlab_array(value, "I", complex_ok=False, char="error"))
    if a.dtype.kind not in "biuf":
        raise CompatTypeError("I must be numeric or logical.")
    return a


def _shape_option(args):
    if args and not (len(args) == 1 and isinstance(args[0], str) and
                     args[0].lower() == "same"):
        raise CompatValueError("Only the 'same' shape is supported by compat.")


@matlab_function("imdilate")
def imdilate(I, SE, *args):
    """Dilate an image, as MATLAB's ``imdilate`` (flat structuring elements).

    MATLAB call forms::

        J = imdilate(I, SE)          ->  imdilate(I, matlab.strel('square', 3))
        J = imdilate(I, nhood)       ->  imdilate(I, [[1, 1, 0]])

    The maximum over the reflected element around each pixel (outside: the class
    minimum); binary images stay logical, others keep their class.

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imdilate(np.array([[0, 0, 0], [0, 5, 0], [0, 0, 1]]), [[1, 1, 0]])
    array([[0, 0, 0],
           [5, 5, 0],
           [0, 1, 1]])
    """
    _shape_option(args)
    return core.dilate(_image(I), _nhood(SE))


@matlab_function("imerode")
def imerode(I, SE, *args):
    """Erode an image, as MATLAB's ``imerode`` (flat structuring elements).

    MATLAB call forms::

        J = imerode(I, SE)           ->  imerode(I, matlab.strel('diamond', 1))
        J = imerode(I, nhood)

    The minimum over the element around each pixel (outside: the class maximum, so the
    border is not eroded -- scipy's ``binary_erosion`` erodes it by default).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imerode(np.ones((3, 4), dtype=bool), matlab.strel('square', 3)).all()
    np.True_
    """
    _shape_option(args)
    return core.erode(_image(I), _nhood(SE))


@matlab_function("imopen")
def imopen(I, SE):
    """Morphological opening, as MATLAB's ``imopen``: ``imdilate(imerode(I, SE), SE)``.

    MATLAB call form::

        J = imopen(I, SE)            ->  imopen(I, matlab.strel('square', 3))

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> I = np.zeros((5, 5), dtype=bool); I[1:4, 1:4] = True; I[0, 4] = True
    >>> int(matlab.imopen(I, matlab.strel('square', 3)).sum())
    9
    """
    n = _nhood(SE)
    return core.dilate(core.erode(_image(I), n), n)


@matlab_function("imclose")
def imclose(I, SE):
    """Morphological closing, as MATLAB's ``imclose``: ``imerode(imdilate(I, SE), SE)``.

    MATLAB call form::

        J = imclose(I, SE)           ->  imclose(I, matlab.strel('line', 5, 0))

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imclose(np.array([[1, 0, 1]], dtype=bool), matlab.strel('line', 3, 0))
    array([[ True,  True,  True]])
    """
    n = _nhood(SE)
    return core.erode(core.dilate(_image(I), n), n)


def _difference(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    if a.dtype == np.bool_:
        return a & ~b
    if a.dtype.kind in "iu":
        wide = a.astype(np.float64) - b.astype(np.float64)
        info = np.iinfo(a.dtype)
        return np.clip(wide, info.min, info.max).astype(a.dtype)
    return a - b


@matlab_function("imtophat")
def imtophat(I, SE):
    """Top-hat filtering, as MATLAB's ``imtophat``: ``I - imopen(I, SE)``.

    MATLAB call form::

        J = imtophat(I, SE)          ->  imtophat(I, matlab.strel('disk', 2, 0))

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imtophat(np.array([[1, 9, 1, 1]], dtype=np.uint8), [[1, 1, 1]])
    array([[0, 8, 0, 0]], dtype=uint8)
    """
    a = _image(I)
    return _difference(a, imopen(a, SE))


@matlab_function("imbothat")
def imbothat(I, SE):
    """Bottom-hat filtering, as MATLAB's ``imbothat``: ``imclose(I, SE) - I``.

    MATLAB call form::

        J = imbothat(I, SE)          ->  imbothat(I, matlab.strel('square', 3))

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> matlab.imbothat(np.array([[5, 1, 5, 5]], dtype=np.uint8), [[1, 1, 1]])
    array([[0, 4, 0, 0]], dtype=uint8)
    """
    a = _image(I)
    return _difference(imclose(a, SE), a)
