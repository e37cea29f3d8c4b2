"""MATLAB's plots of triangulated surfaces: ``trisurf`` and ``trimesh``, one Patch of
the triangles (``Faces`` the triangulation, ``Vertices`` the points, ``FaceVertexCData``
the colour values) in the tree of :mod:`compat.matlab.graphics`, as MATLAB's and GNU
Octave's trisurf.m/trimesh.m build it. Sources: MATLAB's trisurf and trimesh reference
pages; GNU Octave 7.3 as the oracle (golden suite reference_outputs/matlab/
surface_properties)."""

from __future__ import annotations

import numpy as np

from compat._core import graphics_scales as gs
from compat._core.errors import CompatValueError
from compat._core.graphics_color import DEFAULT_VIEW_3D
from compat._core.graphics_surfaces import Patch
from compat._core.legacy import matlab_function
from compat.matlab._graphics_arguments import _apply, _is_text, _leading_axes, _pairs
from compat.matlab.surface_plots import _data, _start

__all__ = ["trisurf", "trimesh"]


def _triangle_patch(args, kwargs, name, face, edge):
    ax, rest = _leading_axes(args)
    rest = list(rest)
    numeric = []
    while rest and not _is_text(rest[0]) and len(numeric) < 5:
        numeric.append(rest.pop(0))
    if len(numeric) == 3:
        # trisurf(T, x, y): z = 0? MATLAB needs z: (T, x, y, z) at least
        raise CompatValueError(f"{name} needs T, x, y and z: {name}(T, x, y, z)")
    if len(numeric) not in (4, 5):
        raise CompatValueError(f"{name}(T, x, y, z [, c]) takes a triangulation and the "
                               "points' coordinates")
    tri = _data(numeric[0], "T")
    if tri.ndim != 2 or tri.shape[1] != 3:
        raise CompatValueError(f"{name}: T must be an m-by-3 matrix of vertex indices")
    x, y, z = (_data(v, n).reshape(-1) for v, n in zip(numeric[1:4], "xyz"))
    if not x.size == y.size == z.size:
        raise CompatValueError(f"{name}: x, y and z must have the same number of points")
    if tri.size and (tri.min() < 1 or tri.max() > x.size or np.any(tri != np.round(tri))):
        raise CompatValueError(f"{name}: T must index the points (1 to {x.size})")
    c = z if len(numeric) == 4 else _data(numeric[4], "C").reshape(-1)
    if c.size != x.size:
        raise CompatValueError(f"{name}: C must have one value per point")
    pairs = _pairs(rest, kwargs)
    ax, fresh = _start(ax)
    h = Patch(ax)
    _apply(h, [("Vertices", np.column_stack([x, y, z])), ("Faces", tri.astype(np.float64)),
               ("FaceVertexCData", c.reshape(-1, 1)), ("FaceColor", face),
               ("EdgeColor", edge)])
    _apply(h, pairs)
    if fresh:
        ax._props["View"] = gs.double_row(DEFAULT_VIEW_3D)
    return h


@matlab_function("trisurf")
def trisurf(*args, **kwargs):
    """A triangulated surface (MATLAB's ``trisurf``); returns the Patch.

    MATLAB call forms::

        h = trisurf(T, x, y, z)       ->  T: m-by-3 1-based indices into the points
        h = trisurf(T, x, y, z, c)    ->  c: one colour value per point (default z)
        h = trisurf(..., 'Name', value)
        h = trisurf(ax, ...)

    One Patch: ``Faces`` = T, ``Vertices`` = [x(:) y(:) z(:)], ``FaceVertexCData`` =
    c(:), ``FaceColor`` 'flat', ``EdgeColor`` black; with hold off the axes is reset and
    turned to the 3-D view [-37.5 30], the limits automatic over the points. T stays
    1-based (MATLAB's), as the Faces property holds it.

    Returns
    -------
    Patch

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> h = matlab.trisurf([[1, 2, 3], [1, 3, 4]], [0, 1, 1, 0], [0, 0, 1, 1], [0, 1, 2, 3])
    >>> h.Faces.tolist(), h.FaceColor, matlab.gca().View.tolist(), matlab.zlim().tolist()
    ([[1.0, 2.0, 3.0], [1.0, 3.0, 4.0]], 'flat', [[-37.5, 30.0]], [[0.0, 3.0]])
    >>> matlab.close(f)
    """
    return _triangle_patch(args, kwargs, "trisurf", "flat", gs.double_row([0.0, 0.0, 0.0]))


@matlab_function("trimesh")
def trimesh(*args, **kwargs):
    """A triangulated wire mesh (MATLAB's ``trimesh``): :func:`trisurf`'s call forms,
    with ``FaceColor`` white [1 1 1] and ``EdgeColor`` 'flat' (edges coloured by the
    points' values through the colormap).

    Returns
    -------
    Patch

    Examples
    --------
    >>> from compat import matlab
    >>> f = matlab.figure('Visible', 'off')
    >>> h = matlab.trimesh([[1, 2, 3]], [0, 1, 0], [0, 0, 1], [1, 2, 3])
    >>> h.FaceColor.tolist(), h.EdgeColor, h.FaceVertexCData.ravel().tolist()
    ([[1.0, 1.0, 1.0]], 'flat', [1.0, 2.0, 3.0])
    >>> matlab.close(f)
    """
    return _triangle_patch(args, kwargs, "trimesh", gs.double_row([1.0, 1.0, 1.0]), "flat")
