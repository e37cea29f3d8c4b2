"""MATLAB's contour matrix without graphics: ``contourc``.

The legacy layer of the family: contourc's argument forms (``Z``; ``x, y, Z``; a
trailing level count or level vector), its checks and its automatic levels, over
:mod:`compat._core.contours`, which traces the lines.
"""

from __future__ import annotations

import numpy as np

from compat._core import contours as core
from compat._core import grids
from compat._core.args import is_omitted
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array

__all__ = ["contourc"]


def _real(value, name: str) -> np.ndarray:
    a = matlab_array(value, name)
    if a.dtype.kind == "c":
        raise CompatTypeError("X, Y, and Z must be real numeric matrices.")
    return np.asarray(a, dtype=np.float64)


def _linspace(a: float, b: float, n: int) -> np.ndarray:
    return grids.linspace(np.float64(a), np.float64(b), np.floor(np.float64(n)),
                          np.float64)


def _levels(value, z: np.ndarray) -> np.ndarray:
    finite = z[~np.isnan(z)]
    zmin = float(finite.min()) if finite.size else float("nan")
    zmax = float(finite.max()) if finite.size else float("nan")
    if value is None:
        return core.automatic_levels(zmin, zmax)
    v = _real(value, "levels").reshape(-1)
    if v.size == 1:
        n = float(v[0])
        if not np.isfinite(n) or n < 0:
            raise CompatValueError(f"the number of levels must be a nonnegative integer, "
                                   f"got {n!r}.")
        if not np.isfinite(zmin):
            return np.zeros(0, dtype=np.float64)
        return core.spaced_levels(zmin, zmax, int(np.floor(n)), _linspace)
    if np.isnan(v).any():
        raise CompatValueError("the levels must not be NaN.")
    return np.unique(v)


def _coordinates(x: np.ndarray, y: np.ndarray, shape: tuple[int, int]):
    """(x, y) as the core takes them: two 1-D vectors, or two matrices of Z's shape."""
    rows, cols = shape
    if (x.ndim <= 1 or 1 in x.shape) and (y.ndim <= 1 or 1 in y.shape):
        x, y = x.reshape(-1), y.reshape(-1)
        if x.size != cols:
            raise CompatValueError(f"the length of X ({x.size}) must equal the number "
                                   f"of columns of Z ({cols}).")
        if y.size != rows:
            raise CompatValueError(f"the length of Y ({y.size}) must equal the number "
                                   f"of rows of Z ({rows}).")
        return x, y
    if x.shape != shape or y.shape != shape:
        raise CompatValueError(f"X and Y must be vectors or matrices of the size of Z "
                               f"({rows}x{cols}), got {x.shape} and {y.shape}.")
    if np.array_equal(x, np.broadcast_to(x[:1, :], shape)) and \
            np.array_equal(y, np.broadcast_to(y[:, :1], shape)):
        return x[0, :].copy(), y[:, 0].copy()  # a meshgrid
    return x, y


@matlab_function("contourc")
def contourc(*args):
    """Contour matrix of a surface, without plotting, as MATLAB's ``contourc``.

    MATLAB call forms::

        M = contourc(Z)                 levels chosen automatically
        M = contourc(Z, n)              n levels equally spaced inside [min(Z), max(Z)]
        M = contourc(Z, v)              the levels in v (one level k: v = [k k])
        M = contourc(x, y, Z)           x: one value per column of Z, y: one per row
        M = contourc(x, y, Z, levels)   (or x, y matrices of Z's size)

    Parameters
    ----------
    Z : array_like
        The heights: a real numeric matrix of at least 2 rows and 2 columns
        (``Z(i, j)`` is at ``x(j)``, ``y(i)``). NaN values are holes: no line crosses
        a cell edge with a NaN end.
    x, y : array_like, optional
        Coordinates: vectors (``x`` as long as Z has columns, ``y`` as long as it has
        rows), or matrices of Z's size (a meshgrid; other grids have their lines
        traced on the index grid and mapped bilinearly). Default ``1:columns`` and
        ``1:rows``.
    levels : scalar or array_like, optional
        A scalar ``n``: ``n`` levels ``linspace(min(Z(:)), max(Z(:)), n + 2)`` without
        its end points (MATLAB's rule, below). A vector: the levels themselves (sorted,
        repeated values once). ``[]`` or omitted: MATLAB's automatic levels.

    Returns
    -------
    M : numpy.ndarray
        The 2-by-N contour matrix (double): for each line a column ``[level; count]``
        then its ``count`` vertices ``[x; y]``; a closed line repeats its first vertex.
        Lines come by level (increasing), and within a level in compat's tracing
        order (the boundary's lines first); ``2x0`` without any line.

    Notes
    -----
    Lines are traced cell by cell with linear interpolation along the cell edges
    (see :mod:`compat._core.contours` for the rules, those of GNU Octave 7.3's
    ``__contourc__`` so that lines come in Octave's order, starting points and
    directions: MATLAB does not publish its own -- its documented examples start the
    paraboloid's closed circles elsewhere -- and its documentation calls the matrix
    possibly different from contour's). In a saddle cell (the four edges crossed) the
    crossing on the cell's first row is joined to the one on its last column, and the
    other two together, whatever the centre value. A grid value equal to a level puts
    one vertex at that grid point (Octave writes two; MATLAB's paraboloid example shows
    one), and a line ends at a cell with a NaN corner.

    Levels: ``contourc(Z, n)`` takes ``linspace(min, max, n + 2)(2:end-1)`` (MATLAB
    Answers 299989, and the reference page's example: 10 levels of the paraboloid from
    0 to 50 start at 4.55). Without levels MATLAB picks "no more than 20 contour
    levels that are divisible by 2 or 5" (MATLAB R2012a reference); compat takes the
    multiples of the smallest step 1, 2 or 5 times a power of ten giving at most 20 in
    ``[min, max]`` (0, 5, ..., 50 for the paraboloid, whose first line is then the
    documented one at level 5 with 29 vertices). Octave 7.3 uses 10 equally spaced
    levels there instead.

    Differences from ``matplotlib``'s ``contour`` / ``skimage.measure.find_contours``:
    MATLAB's layout (one matrix, header columns), its coordinates (x along columns),
    its level rules, and its closed lines repeating their first vertex; skimage
    returns (row, column) pairs and orders its lines otherwise.
    Source: MathWorks' contourc and Contour Properties (ContourMatrix) reference pages.

    Examples
    --------
    >>> from compat import matlab
    >>> z = np.outer([0, 1, 2], [0, 1, 2])         # Octave's documented example
    >>> matlab.contourc([0, 1, 2], [0, 1, 2], z, [2, 3])
    array([[2. , 1. , 2. , 3. , 1.5, 2. ],
           [2. , 2. , 1. , 2. , 2. , 1.5]])

    Level 2 runs through the grid points (1, 2) and (2, 1): one vertex each (Octave's
    page prints ``[2 1 1 2 2; 4 2 2 1 1]``, each written twice).
    """
    if not 1 <= len(args) <= 4:
        raise CompatValueError("Invalid number of input arguments: contourc(Z), "
                               "contourc(Z, levels), contourc(x, y, Z) or contourc(x, y, "
                               "Z, levels).")
    if len(args) <= 2:
        z = _real(args[0], "Z")
        x = y = None
    else:
        x, y, z = (_real(a, name) for a, name in zip(args[:3], ("x", "y", "Z")))
    level_arg = args[1] if len(args) == 2 else (args[3] if len(args) == 4 else None)
    if level_arg is not None and is_omitted(level_arg):
        level_arg = None
    if z.ndim != 2 or z.shape[0] < 2 or z.shape[1] < 2:
        raise CompatValueError("Z data must have at least 2 rows and 2 columns.")
    if x is None:
        x = np.arange(1, z.shape[1] + 1, dtype=np.float64)
        y = np.arange(1, z.shape[0] + 1, dtype=np.float64)
    else:
        x, y = _coordinates(x, y, z.shape)
    levels = _levels(level_arg, z)
    return core.contour_matrix(x, y, z, levels)
