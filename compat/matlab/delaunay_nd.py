"""MATLAB's ``delaunayn``: the Delaunay triangulation of points in N dimensions.

The legacy layer over :mod:`compat._core.simplices` (Qhull, as MATLAB and GNU Octave).
"""

from __future__ import annotations

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.simplices import DEFAULT_OPTIONS, delaunay_simplices

__all__ = ["delaunayn"]


def qhull_options(value, defaults: list[str], example: str) -> list[str]:
    """MATLAB's OPTIONS argument of the Qhull functions (delaunayn, convhulln): the
    ``defaults`` when omitted, else the non-blank option strings given."""
    if value is None or is_omitted(value):
        return defaults
    items = [value] if isinstance(value, str) else list(value)
    if not all(isinstance(item, str) for item in items):
        raise CompatTypeError("OPTIONS must be a cell array of character vectors "
                              f"(Qhull options such as {example}).")
    return [item for item in items if item.strip()]


def point_matrix(X, what: str) -> np.ndarray:
    """The m-by-n points of a Qhull function as double, refused (MATLAB's texts) when
    not a matrix of n >= 2 columns, fewer than n + 1 points for ``what`` ('a
    triangulation', 'a hull'), or not finite."""
    x = matlab_array(X, "X", complex_ok=False, to_float=True)
    if x.ndim != 2 or x.shape[1] < 2:
        raise CompatValueError("X must be an m-by-n matrix of points with n >= 2 "
                               f"(got size {'x'.join(map(str, x.shape))}).")
    m, n = x.shape
    if m < n + 1:
        raise CompatValueError(f"Not enough points: {what} in {n}-D needs at least "
                               f"{n + 1}, got {m}.")
    if not np.all(np.isfinite(x)):
        raise CompatValueError("X must not contain NaN or Inf.")
    return x.astype(np.float64)


@matlab_function("delaunayn")
def delaunayn(X, options=None):
    """N-D Delaunay triangulation, as MATLAB's ``delaunayn``.

    MATLAB call forms::

        T = delaunayn(X)            ->  delaunayn(X)                  X: m-by-n points
        T = delaunayn(X, options)   ->  delaunayn(X, ['Qt', 'Qbb', 'Qc', 'Qz'])

    Each row of ``T`` holds the 1-based indices (MATLAB's index data, double) of the
    ``n + 1`` points of one simplex (triangles in 2-D, tetrahedra in 3-D ...) whose
    circumsphere holds no other point. ``options`` are Qhull's (a list of strings, a
    cell in MATLAB); the default is MATLAB's, ``{'Qt', 'Qbb', 'Qc'}`` and ``'Qx'`` from
    4-D on; ``[]`` (None) takes the default. Simplices of zero volume, which Qhull's
    triangulated output can leave where more than ``n + 1`` points lie on one sphere
    (a grid's cubes), are removed, as MATLAB's page says.

    Differences: the simplices are returned in a canonical order (each row's indices
    ascending, the rows sorted), where MATLAB and Octave return Qhull's order, which
    no documentation fixes and which changes with the Qhull build: the *set* of
    simplices is the same (compare ``sortrows(sort(T, 2))`` on the MATLAB side). The
    naive call ``scipy.spatial.Delaunay(X).simplices`` is 0-based, runs Qhull with
    scipy's options ('Qbb Qc Qz Qx Q12', no 'Qt') and keeps its own order.

    Sources: MathWorks' ``delaunayn`` reference page (the options table, the default
    options, zero-volume simplices); Qhull's documentation (qh-optq: Qt, Qbb, Qc, Qx).
    Checked against GNU Octave 7.3 (golden suite matlab/delaunayn: random points in
    2-D, 3-D and 4-D and grids give identical simplex sets).

    Parameters
    ----------
    X : array_like, m-by-n
        Points (real, finite), one per row, ``n >= 2``, at least ``n + 1`` of them.
    options : list of str, optional

    Returns
    -------
    ndarray of float, shape (simplices, n + 1)

    Raises
    ------
    CompatValueError
        X not a real m-by-n matrix with n >= 2, fewer than n + 1 points, NaN or Inf,
        or points Qhull cannot triangulate (all on one line or plane).

    Examples
    --------
    >>> from compat import matlab
    >>> matlab.delaunayn([[0, 0], [1, 0], [0, 1], [1.5, 1.2]])
    array([[1., 2., 3.],
           [2., 3., 4.]])
    """
    x = point_matrix(X, "a triangulation")
    n = x.shape[1]
    try:
        simplices = delaunay_simplices(x, qhull_options(options, DEFAULT_OPTIONS(n),
                                                        "{'Qt', 'Qbb', 'Qc'}"))
    except ValueError as error:
        raise CompatValueError(f"Qhull could not triangulate the points ({error}); "
                               "are they all on one line or plane?") from None
    return (simplices + 1).astype(np.float64)
