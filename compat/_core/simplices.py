"""Delaunay triangulations in N dimensions (MATLAB's ``delaunayn``), by Qhull.

MATLAB's ``delaunayn`` runs Qhull with the options ``Qt Qbb Qc`` (and ``Qx`` from
4-D on) and drops the simplices of zero volume that ``Qt`` (triangulated output) can
leave where more than N+1 points lie on one sphere; scipy's ``Delaunay`` runs the same
Qhull. The simplices are returned in a canonical order (each one's vertex indices
ascending, the rows sorted): Qhull's own order depends on its build and on the
options, and MATLAB documents none.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["DEFAULT_OPTIONS", "delaunay_simplices"]

_EPS = np.finfo(float).eps


def DEFAULT_OPTIONS(dimension: int) -> list[str]:
    """MATLAB's default Qhull options of ``delaunayn`` for points in ``dimension``-D."""
    return ["Qt", "Qbb", "Qc"] + (["Qx"] if dimension >= 4 else [])


def delaunay_simplices(points: np.ndarray, options: list[str]) -> np.ndarray:
    """The Delaunay simplices of ``points`` (m-by-n) as 0-based vertex indices
    (k-by-(n+1), int64), zero-volume simplices removed, in canonical order.

    A simplex counts as of zero volume when ``|det(V)| / n!`` is at most ``1e3*eps``
    times the n-th power of the largest coordinate range (``V`` its edge vectors from
    its first vertex): rounding-level volumes from Qhull's triangulated output.

    Examples
    --------
    >>> import numpy as np
    >>> delaunay_simplices(np.array([[0.0, 0], [1, 0], [0, 1], [1.5, 1.2]]), ["Qt", "Qbb", "Qc"])
    array([[0, 1, 2],
           [1, 2, 3]])
    """
    from scipy.spatial import Delaunay, QhullError

    m, n = points.shape
    try:
        simplices = Delaunay(points, qhull_options=" ".join(options)).simplices.astype(np.int64)
    except QhullError as error:
        raise ValueError(str(error).strip().splitlines()[0] if str(error).strip()
                         else "Qhull failed") from None
    if simplices.size:
        edges = points[simplices[:, 1:]] - points[simplices[:, :1]]
        volume = np.abs(np.linalg.det(edges)) / math.factorial(n)
        extent = float(np.max(np.ptp(points, axis=0))) if m else 0.0
        simplices = simplices[volume > 1e3 * _EPS * extent ** n]
    simplices = np.sort(simplices, axis=1)
    if simplices.size:
        simplices = simplices[np.lexsort(simplices.T[::-1])]
    return simplices.reshape(-1, n + 1)
