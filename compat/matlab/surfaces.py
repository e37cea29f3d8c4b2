"""MATLAB's sample surfaces as coordinate arrays: ``peaks``, ``sphere``, ``cylinder``.

MATLAB plots these when called without outputs; ported code almost always asks for the
arrays (``Z = peaks(30)``, ``[x, y, z] = sphere(40)``) to feed its own computation or a
plot of its own. compat returns the arrays only: pass them to matplotlib's
``plot_surface`` for the picture. ``sphere`` and ``cylinder`` default to ``nargout=3``
(a Python caller always needs the three arrays; MATLAB's one-output form is its
``nargout=1``).
"""

from __future__ import annotations

import numpy as np

from compat._core.args import is_omitted
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["peaks", "sphere", "cylinder", "PeaksResult", "SurfaceResult"]


class PeaksResult(Result):
    """``[X, Y, Z] = peaks(...)``."""

    request_style = "nargout"
    X: np.ndarray
    Y: np.ndarray
    Z: np.ndarray


class SurfaceResult(Result):
    """``[X, Y, Z] = sphere(n)`` / ``cylinder(r, n)``."""

    request_style = "nargout"
    X: np.ndarray
    Y: np.ndarray
    Z: np.ndarray


def _linspace(a: float, b: float, n: int) -> np.ndarray:
    """MATLAB's linspace(a, b, n) (its formula, bit for bit: compat.matlab.linspace)."""
    from compat.matlab.grids import linspace
    return np.asarray(linspace(a, b, n), dtype=float).ravel()


def _peaks_z(x, y):
    """The peaks formula, in MATLAB's order of operations."""
    return (3 * (1 - x) ** 2 * np.exp(-(x ** 2) - (y + 1) ** 2)
            - 10 * (x / 5 - x ** 3 - y ** 5) * np.exp(-x ** 2 - y ** 2)
            - 1 / 3 * np.exp(-(x + 1) ** 2 - y ** 2))


@matlab_function("peaks", nargout=3)
def peaks(*args, nargout=1):
    """The peaks function, as MATLAB's ``peaks`` (coordinates only, no plot).

    MATLAB call forms::

        Z = peaks              ->  peaks()              (49-by-49 over -3:1/8:3)
        Z = peaks(n)           ->  peaks(30)            (n-by-n, linspace(-3, 3, n))
        Z = peaks(v)           ->  peaks(v)             (the grid meshgrid(v, v))
        Z = peaks(X, Y)        ->  peaks(X, Y)          (at the given points)
        [X, Y, Z] = peaks(...) ->  peaks(..., nargout=3)

    Parameters
    ----------
    args : scalar, vector or two arrays
        As above; ``X`` and ``Y`` of compatible sizes (implicit expansion).
    nargout : {1, 2, 3}
        1: ``Z``; 3: ``(X, Y, Z)`` (a :class:`PeaksResult`).

    Returns
    -------
    ndarray or PeaksResult
        ``z = 3(1-x)^2 exp(-x^2-(y+1)^2) - 10(x/5 - x^3 - y^5) exp(-x^2-y^2)
        - 1/3 exp(-(x+1)^2 - y^2)``, evaluated in MATLAB's order of operations.

    Notes
    -----
    The grid is MATLAB's: ``-3:1/8:3`` for no argument (exact steps), MATLAB's
    ``linspace(-3, 3, n)`` for a scalar ``n`` (not ``np.linspace``, whose points can
    differ in the last bit), ``meshgrid(v, v)`` for a vector. Sources: MATLAB's
    ``peaks`` reference page (formula, forms, and the printed ``peaks(-1:0.25:1)``);
    checked against GNU Octave 7.3 (reference_outputs/matlab/surfaces).

    Examples
    --------
    >>> from compat.matlab import peaks
    >>> peaks(3).round(4).tolist()
    [[0.0001, -0.245, -0.0], [-0.0365, 0.981, 0.0331], [0.0, 0.2999, 0.0]]
    """
    if len(args) > 2:
        raise CompatValueError("Too many input arguments.")
    if len(args) == 0 or (len(args) == 1 and is_omitted(args[0])):
        v = np.arange(-24, 25) / 8.0
        x, y = np.meshgrid(v, v)
    elif len(args) == 1:
        a = matlab_array(args[0], "n", complex_ok=False, to_float=True)
        if a.size == 1:
            n = float(a.ravel()[0])
            if n != int(n) or n < 0:
                raise CompatValueError("n must be a nonnegative integer scalar.")
            v = _linspace(-3.0, 3.0, int(n))
        else:
            v = a.ravel()
        x, y = np.meshgrid(v, v)
    else:
        x = matlab_array(args[0], "X", to_float=True)
        y = matlab_array(args[1], "Y", to_float=True)
        try:
            x, y = np.broadcast_arrays(x, y)
        except ValueError:
            raise CompatValueError("X and Y must be the same size or compatible.") from None
        x, y = x.copy(), y.copy()
    z = _peaks_z(x, y)
    if nargout == 1:
        return z
    return PeaksResult.first(nargout, x, y, z)


def _count(value, default: int, name: str) -> int:
    if is_omitted(value):
        return default
    a = matlab_array(value, name, complex_ok=False, to_float=True)
    if a.size != 1 or not np.isfinite(a.ravel()[0]) or a.ravel()[0] != int(a.ravel()[0]) \
            or a.ravel()[0] < 0:
        raise CompatValueError(f"{name} must be a nonnegative integer scalar.")
    return int(a.ravel()[0])


@matlab_function("sphere", nargout=3)
def sphere(n=None, nargout=3):
    """Unit-sphere coordinates, as MATLAB's ``sphere`` (the arrays, no plot).

    MATLAB call forms::

        [X, Y, Z] = sphere       ->  X, Y, Z = sphere()
        [X, Y, Z] = sphere(n)    ->  X, Y, Z = sphere(40)

    Parameters
    ----------
    n : int, default 20
        Number of faces around; the arrays are ``(n+1)``-by-``(n+1)``.
    nargout : int, default 3
        Python callers always need the three arrays (MATLAB's one-output form has
        no meaning outside a plot).

    Returns
    -------
    SurfaceResult
        ``X = cos(phi) * cos(theta)``, ``Y = cos(phi) * sin(theta)``, ``Z = sin(phi)``
        with ``theta = (-n:2:n)/n*pi`` (columns) and ``phi = (-n:2:n)'/n*pi/2`` (rows);
        ``cos(phi)`` is exactly 0 at the poles and ``sin(theta)`` exactly 0 at
        +-pi, as MATLAB's sphere.m sets them, so the poles are exact points
        (``np.cos(np.pi/2)`` is ``6.1e-17``; GNU Octave 7.3 leaves those residues:
        recorded as a divergence).

    Examples
    --------
    >>> from compat.matlab import sphere
    >>> X, Y, Z = sphere(2)
    >>> X + 0
    array([[ 0.,  0.,  0.],
           [-1.,  1., -1.],
           [ 0.,  0.,  0.]])
    """
    n = _count(n, 20, "n")
    k = np.arange(-n, n + 1, 2, dtype=float)
    theta = k / n * np.pi
    phi = k / n * np.pi / 2
    cosphi = np.cos(phi)
    cosphi[0] = 0
    cosphi[-1] = 0
    sintheta = np.sin(theta)
    sintheta[0] = 0
    sintheta[-1] = 0
    x = np.outer(cosphi, np.cos(theta))
    y = np.outer(cosphi, sintheta)
    z = np.outer(np.sin(phi), np.ones(n + 1))
    return SurfaceResult.first(nargout, x, y, z) if nargout > 1 else x


@matlab_function("cylinder", nargout=3)
def cylinder(r=None, n=None, nargout=3):
    """Cylinder (surface of revolution) coordinates, as MATLAB's ``cylinder``.

    MATLAB call forms::

        [X, Y, Z] = cylinder          ->  X, Y, Z = cylinder()
        [X, Y, Z] = cylinder(r)       ->  X, Y, Z = cylinder([1, 2, 1])
        [X, Y, Z] = cylinder(r, n)    ->  X, Y, Z = cylinder(r, 40)

    Parameters
    ----------
    r : array_like, default [1, 1]
        Radii at equally spaced heights from 0 to 1 (a scalar is a constant radius).
    n : int, default 20
        Number of points around the circumference (``n + 1`` columns).

    Returns
    -------
    SurfaceResult
        ``X = r(:) * cos(theta)``, ``Y = r(:) * sin(theta)`` with ``theta =
        (0:n)/n*2*pi`` and ``sin`` set to exactly 0 at ``2*pi`` (MATLAB closes the
        circle exactly), ``Z = (0:m-1)'/(m-1)`` in every column.

    Examples
    --------
    >>> from compat.matlab import cylinder
    >>> X, Y, Z = cylinder([1, 2], 4)
    >>> Z
    array([[0., 0., 0., 0., 0.],
           [1., 1., 1., 1., 1.]])
    """
    n = _count(n, 20, "n")
    radii = np.array([1.0, 1.0]) if is_omitted(r) else \
        matlab_array(r, "r", to_float=True).astype(float).ravel()
    if radii.size == 1:
        radii = np.repeat(radii, 2)
    m = radii.size
    theta = np.arange(n + 1) / n * 2 * np.pi
    sintheta = np.sin(theta)
    sintheta[-1] = 0
    x = np.outer(radii, np.cos(theta))
    y = np.outer(radii, sintheta)
    z = np.outer(np.arange(m) / (m - 1), np.ones(n + 1))
    return SurfaceResult.first(nargout, x, y, z) if nargout > 1 else x
