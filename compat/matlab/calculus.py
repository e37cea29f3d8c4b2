"""MATLAB's numerical calculus: ``trapz``, ``cumtrapz``, ``diff``, ``gradient``,
``del2``, ``divergence``, ``curl``.

The legacy layer of the family: each function reads MATLAB's argument grammar (the
``(X, Y, dim)`` forms of trapz, ``diff``'s order and ``dim``, spacing arguments in
MATLAB's x, y, z order, ``nargout``) and calls the core :mod:`compat._core.calculus`.
"""

from __future__ import annotations

import numpy as np

from compat.matlab._datetime_types import is_time_array
from compat._core import calculus as core
from compat._core.args import check_nargout, first_nonsingleton, is_omitted, matlab_dim
from compat._core.errors import CompatTypeError, CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["trapz", "cumtrapz", "diff", "gradient", "del2", "divergence", "curl",
           "GradientResult", "Curl2Result", "Curl3Result"]

#: gradient's most outputs (one per dimension)
_MAX_DIMS = 64


class GradientResult(Result):
    """``[FX, FY, FZ, ...] = gradient(F)``: the derivatives in MATLAB's order (``FX``
    along dim 2, ``FY`` along dim 1, ``FZ`` along dim 3, then ``F4``, ``F5``, ...) --
    as many as requested."""

    request_style = "nargout"
    __annotations__ = {name: "np.ndarray" for name in
                       ["FX", "FY", "FZ"] + [f"F{k}" for k in range(4, _MAX_DIMS + 1)]}


# ------------------------------------------------------------------- trapz / cumtrapz
def _xy(args):
    """trapz/cumtrapz arguments: (Y), (X, Y), (Y, dim), (X, Y, dim) -> (X, Y, dim)."""
    if not 1 <= len(args) <= 3:
        raise CompatTypeError(f"expected 1 to 3 arguments, got {len(args)}")
    if len(args) == 1:
        return None, args[0], None
    if len(args) == 3:
        return args
    second = np.asarray(args[1]) if not isinstance(args[1], str) else None
    first = np.asarray(args[0]) if not isinstance(args[0], str) else None
    # a scalar second argument is dim unless Y is a scalar too (an empty Y is not X:
    # trapz(zeros(0, 3), 2) is Y along dim 2)
    if second is not None and second.size == 1 and (first is None or first.size != 1):
        return None, args[0], args[1]
    return args[0], args[1], None


def _trapezoid(args, cumulative):
    X, Y, dim = _xy(args)
    y = matlab_array(Y, "Y")
    x = None if X is None else matlab_array(X, "X", complex_ok=False)
    if dim is None:
        axis = 0 if y.shape == (0, 0) else first_nonsingleton(y.shape) - 1
    else:
        axis = matlab_dim(None, dim, y.ndim)
    return core.trapezoid(y, axis, x=x, cumulative=cumulative)


@matlab_function("trapz")
def trapz(*args):
    """Trapezoidal integration, as MATLAB's ``trapz``.

    MATLAB call forms::

        Q = trapz(Y)               ->  trapz(Y)             (unit spacing)
        Q = trapz(X, Y)            ->  trapz(x, Y)          (X: coordinates or scalar spacing)
        Q = trapz(___, dim)        ->  trapz(Y, 2), trapz(x, Y, 2)

    Integrates along ``dim`` (default: the first dimension whose size is not 1; a 1-D
    ``Y`` gives a numpy scalar). ``X`` is a scalar spacing, a vector with one
    coordinate per element along ``dim`` (any orientation), or an array the size of
    ``Y``. With two arguments, a scalar second argument is ``dim`` (``trapz(Y, dim)``),
    as in MATLAB. Result: ``sum(diff(X) .* (Y(1:end-1) + Y(2:end)) / 2)``; 0 for fewer
    than two points.

    Result class: single if ``Y`` or ``X`` is single, otherwise double (integer and
    logical ``Y`` are integrated in double, a decision of compat: MATLAB documents
    single and double).

    Differences from the naive call: ``numpy.trapz(y, x)`` takes ``y`` first and
    integrates along the last axis by default (MATLAB: ``trapz(x, y)``, along the
    first non-singleton dimension, so a matrix is integrated column by column).

    Sources: MATLAB documentation of ``trapz`` (call forms, spacing, dim, examples).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import trapz
    >>> trapz(np.array([1.0, 4, 9, 16, 25]))            # MATLAB doc example: 42
    np.float64(42.0)
    >>> trapz(np.pi / 100, np.sin(np.linspace(0, np.pi, 101))).round(4)
    np.float64(1.9998)
    """
    return _trapezoid(args, cumulative=False)


@matlab_function("cumtrapz")
def cumtrapz(*args):
    """Cumulative trapezoidal integration, as MATLAB's ``cumtrapz``.

    MATLAB call forms::

        Q = cumtrapz(Y)            ->  cumtrapz(Y)
        Q = cumtrapz(X, Y)         ->  cumtrapz(x, Y)
        Q = cumtrapz(___, dim)     ->  cumtrapz(Y, 2)

    ``Q`` has the size of ``Y``; ``Q(1) = 0`` and ``Q(k)`` is the trapezoidal integral
    from the first point to point ``k`` along ``dim`` (default: the first dimension
    whose size is not 1). ``X`` and the two-argument rule as in
    :func:`compat.matlab.trapz`.

    Differences from the naive call: ``scipy.integrate.cumulative_trapezoid(y, x)``
    returns one value fewer unless ``initial=0``, integrates along the last axis and
    takes ``y`` first.

    Sources: MATLAB documentation of ``cumtrapz``.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import cumtrapz
    >>> cumtrapz(np.array([1.0, 4, 9, 16, 25]))
    array([ 0. ,  2.5,  9. , 21.5, 42. ])
    """
    return _trapezoid(args, cumulative=True)


# ------------------------------------------------------------------------------- diff
@matlab_function("diff")
def diff(X, n=1, dim=None):
    """Differences and approximate derivatives, as MATLAB's ``diff``.

    MATLAB call forms::

        Y = diff(X)                ->  diff(X)
        Y = diff(X, n)             ->  diff(X, 2)
        Y = diff(X, n, dim)        ->  diff(X, 1, 2)        ([] for n: 1)

    ``diff(X)`` is ``X(2:end) - X(1:end-1)`` along the first dimension whose size is
    not 1. ``diff(X, n)`` applies ``diff`` recursively ``n`` times, as MATLAB's
    documentation says ("diff(X,2) is the same as diff(diff(X))"): for a matrix each
    step works along the *current* first non-singleton dimension, so once the rows are
    used up the differences continue along the columns (``diff(ones(2, 3), 2)`` is a
    1x2 zero row). For a vector ``X`` with ``n >= length(X)`` the result is empty
    (1x0 / 0x1 / length 0, keeping the orientation). With ``dim``, all ``n``
    differences are along ``dim`` and the result has size ``max(size(X, dim) - n, 0)``
    there.

    Result class: integer input keeps its class and saturates (``diff(uint8([5 3]))``
    is uint8 0, ``diff(int8([-100 100]))`` is int8 127); logical and char give
    double; single stays single.

    Differences from the naive call: ``numpy.diff(X)`` works along the last axis (the
    rows of a matrix, not the columns) and wraps integer differences
    (``numpy.diff(np.uint8([5, 3]))`` is 254); ``numpy.diff(X, n)`` never moves on to
    another axis.

    Divergence: GNU Octave 7.3 gives ``diff(ones(2, 3), 2)`` the size 2x1 (it moves to
    the next dimension before starting when ``n`` exceeds the first), where MATLAB's
    documented recursion ``diff(diff(X))`` gives 1x2.

    Sources: MATLAB documentation of ``diff`` (call forms, recursion, dim, integer
    inputs, examples).

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import diff
    >>> diff(np.array([1.0, 1, 2, 3, 5, 8, 13, 21]))          # MATLAB doc example
    array([0., 1., 1., 2., 3., 5., 8.])
    >>> diff(np.array([[1.0, 1, 1], [5, 5, 5], [25, 25, 25]]))
    array([[ 4.,  4.,  4.],
           [20., 20., 20.]])
    >>> diff(np.uint8([5, 3]))
    array([0], dtype=uint8)
    """
    if is_time_array(X) and n == 1 and dim is None:   # diff(t): durations
        return X.differences()
    x = matlab_array(X, "input")
    if is_omitted(n):
        n = 1
    if isinstance(n, (bool, np.bool_)) or not isinstance(n, (int, np.integer, float,
                                                              np.floating)) \
            or n != int(n) or n < 0:
        raise CompatValueError(f"difference order n must be a nonnegative integer "
                               f"scalar, got {n!r}")
    axis = None if is_omitted(dim) else matlab_dim(None, dim, x.ndim)
    return core.difference(x, int(n), axis)


# ------------------------------------------------------------------- gradient / del2
def _dim_order(F):
    """(vector axis or None, numpy axes in MATLAB's x, y, z, ... order)."""
    if F.ndim == 1:
        return 0, [0]
    if F.ndim == 2 and 1 in F.shape and F.size > 1:
        ax = 1 if F.shape[0] == 1 else 0
        return ax, [ax]
    return None, [1, 0] + list(range(2, F.ndim))


def _spacing(h, n):
    """A spacing argument: ``(coordinates, None)`` or ``(None, step)``."""
    if isinstance(h, str):
        raise CompatTypeError("spacing must be numeric")
    ha = np.asarray(h)
    if ha.dtype.kind not in "iuf":
        raise CompatTypeError("spacing must be real numeric")
    if ha.size == 1:
        return None, ha
    if np.sum([s != 1 for s in ha.shape]) > 1:
        raise CompatValueError("spacing must be a scalar or a vector")
    if ha.size != n:
        raise CompatValueError(f"coordinate vector has {ha.size} elements; the dimension "
                               f"has {n}")
    return ha, None


def _one_step(h, count: int, hint: str = "") -> list:
    """One scalar spacing argument for every one of ``count`` dimensions."""
    h = np.asarray(h)
    if h.size != 1:
        raise CompatValueError(f"one spacing argument for an array must be a scalar{hint}")
    return [(None, h)] * count


@matlab_function("gradient", nargout=_MAX_DIMS)
def gradient(F, *h, nargout=1):
    """Numerical gradient, as MATLAB's ``gradient``.

    MATLAB call forms::

        FX = gradient(F)                    ->  gradient(F)
        [FX, FY] = gradient(F)              ->  FX, FY = gradient(F, nargout=2)
        [FX, FY, FZ, ...] = gradient(F)     ->  gradient(F, nargout=3)
        [___] = gradient(F, h)              ->  gradient(F, 0.1, nargout=2)
        [___] = gradient(F, hx, hy, ...)    ->  gradient(F, x, y, nargout=2)

    Output order is MATLAB's: ``FX`` is the derivative along the columns (dim 2, the
    x direction of a ``meshgrid``), ``FY`` along the rows (dim 1), then dims 3, 4, ...
    The spacing arguments follow the same order: ``hx`` for dim 2, ``hy`` for dim 1.
    Each is a scalar step or a coordinate vector (one value per element of that
    dimension); a single scalar ``h`` applies to every dimension. A vector ``F`` (1-D,
    row or column) has one output, along the vector, and ``h`` may be its coordinate
    vector. ``nargout`` defaults to 1, as a MATLAB expression; ask for more to get
    ``FY``, ``FZ``, ...

    Formula: interior points use central differences ``(F(i+1) - F(i-1)) /
    (x(i+1) - x(i-1))`` (also for uneven spacing); the edges use one-sided differences
    ``(F(2) - F(1)) / (x(2) - x(1))`` and ``(F(n) - F(n-1)) / (x(n) - x(n-1))``; a
    dimension of size 1 has gradient 0.

    Result class: single for single, otherwise double (integer and logical input is
    differentiated in double, a decision of compat).

    Differences from the naive call: ``numpy.gradient(F)`` returns the derivatives in
    axis order (rows first: ``dF/dy`` then ``dF/dx``, the reverse of MATLAB's
    ``[FX, FY]``) and, for uneven coordinates, uses a second-order formula weighted by
    both spacings, not MATLAB's ``(F(i+1) - F(i-1)) / (x(i+1) - x(i-1))``.

    Sources: MATLAB documentation of ``gradient`` (call forms, output order, spacing,
    "central differences ... single-sided differences along the edges", uneven
    spacing); agrees with GNU Octave 7.3 on the cases tested.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import gradient
    >>> gradient(np.array([1.0, 2, 4, 8]), np.array([0.0, 1, 3, 4]))
    array([1., 1., 2., 4.])
    >>> FX, FY = gradient(np.array([[1.0, 2, 4], [3, 6, 9]]), nargout=2)
    >>> FX
    array([[1. , 1.5, 2. ],
           [3. , 3. , 3. ]])
    >>> FY
    array([[2., 4., 5.],
           [2., 4., 5.]])
    """
    f = matlab_array(F, "input")
    vec_axis, order = _dim_order(f)
    if vec_axis is None and f.ndim < 2:
        order = [0]
    check_nargout(nargout, len(order))
    if len(h) == 0:
        spacings = [(None, None)] * len(order)
    elif len(h) == 1:
        spacings = [_spacing(h[0], f.shape[vec_axis])] if vec_axis is not None else \
            _one_step(h[0], len(order), "; give one coordinate vector per dimension")
    elif len(h) == len(order):
        spacings = [_spacing(hk, f.shape[ax]) for hk, ax in zip(h, order)]
    else:
        raise CompatValueError(f"expected 0, 1 or {len(order)} spacing arguments, got "
                               f"{len(h)}")
    return GradientResult.first(nargout, *core.gradient(f, order[:nargout],
                                                        spacings[:nargout]))


@matlab_function("del2")
def del2(U, *h):
    """Discrete Laplacian, as MATLAB's ``del2``.

    MATLAB call forms::

        L = del2(U)                ->  del2(U)
        L = del2(U, h)             ->  del2(U, 0.25)
        L = del2(U, hx, hy, ...)   ->  del2(U, x, y)

    For a matrix ``L = (d2U/dx2 + d2U/dy2) / 4`` (MATLAB's factor 1/4: ``4*del2(U)`` is
    the Laplacian); for an N-D array ``L = (sum of the second derivatives) / (2N)``. A
    vector counts as a matrix (1/4 factor: ``4*del2(p)`` is the second derivative).
    Spacing arguments as in ``gradient``: ``hx`` for dim 2 (columns), ``hy`` for dim 1,
    then dims 3, ...; each a scalar step or a coordinate vector; one scalar ``h`` for
    every dimension; for a vector ``U`` one spacing (scalar or coordinates) along it.

    Each second derivative is the central second difference in the interior
    (``((U(i+1)-U(i))/h(i) - (U(i)-U(i-1))/h(i-1)) * 2/(h(i-1)+h(i))`` for uneven
    spacing); at the two edges it is linearly extrapolated from the two nearest
    interior values (along the coordinates for uneven spacing); with exactly 3 points
    the single interior value is used at the edges; a dimension with fewer than 3
    points contributes 0.

    Result class: single for single, otherwise double.

    Differences from the naive call: ``scipy.ndimage.laplace(U)`` is the plain 5-point
    stencil sum (4 times larger) with reflected edges instead of extrapolated ones;
    ``numpy.gradient`` twice gives a wider stencil and other edge values.

    Sources: MATLAB documentation of ``del2`` (the 1/4 and 1/(2N) factors, spacing
    arguments, "linear extrapolation" at the edges, the example
    ``4*del2([1 3 6 10 16 18 29])`` = 1 1 1 2 -4 9 22); agrees with GNU Octave 7.3.

    Examples
    --------
    >>> import numpy as np
    >>> from compat.matlab import del2
    >>> 4 * del2(np.array([1.0, 3, 6, 10, 16, 18, 29]))           # MATLAB doc example
    array([ 1.,  1.,  1.,  2., -4.,  9., 22.])
    >>> x, y = np.meshgrid(np.arange(-4.0, 5), np.arange(-3.0, 4))
    >>> bool(np.all(4 * del2(x**2 + y**2) == 4))
    True
    """
    u = matlab_array(U, "input")
    vec_axis, order = _dim_order(u)
    if len(h) == 0:
        spacings = [(None, None)] * len(order)
    elif len(h) == 1:
        spacings = [_spacing(h[0], u.shape[vec_axis])] if vec_axis is not None else \
            _one_step(h[0], len(order))
    elif len(h) == len(order) or (vec_axis is not None and len(h) == 2):
        if vec_axis is not None:
            # MATLAB: hx is for dim 2, hy for dim 1 of the (row or column) vector
            pick = h[0] if vec_axis == 1 or u.ndim == 1 else h[1]
            spacings = [_spacing(pick, u.shape[vec_axis])]
        else:
            spacings = [_spacing(hk, u.shape[ax]) for hk, ax in zip(h, order)]
    else:
        raise CompatValueError(f"expected 0, 1 or {len(order)} spacing arguments, got "
                               f"{len(h)}")
    return core.laplacian(u, order, spacings)


# ------------------------------------------------------------------- divergence / curl
class Curl2Result(Result):
    """``[curlz, cav] = curl(X, Y, Fx, Fy)``."""

    request_style = "nargout"
    curlz: np.ndarray
    cav: np.ndarray


class Curl3Result(Result):
    """``[curlx, curly, curlz, cav] = curl(X, Y, Z, Fx, Fy, Fz)``."""

    request_style = "nargout"
    curlx: np.ndarray
    curly: np.ndarray
    curlz: np.ndarray
    cav: np.ndarray


_FIELD_NAMES = ("Fx", "Fy", "Fz")
_GRID_NAMES = ("X", "Y", "Z")


def _vector_field(args):
    """(X, Y, Fx, Fy), (Fx, Fy), (X, Y, Z, Fx, Fy, Fz), (Fx, Fy, Fz) -> the components
    (2-D arrays for a 2-D field, a 1-D input read as a MATLAB row), the spacings in
    x, y(, z) order, and the shape to give the results."""
    if len(args) not in (2, 3, 4, 6):
        raise CompatValueError(f"expected 2 or 4 arguments for a 2-D field (Fx, Fy or X, "
                               f"Y, Fx, Fy) or 3 or 6 for a 3-D field, got {len(args)}")
    dims = 2 if len(args) in (2, 4) else 3
    grid = args[:dims] if len(args) > 3 else ()
    comps = [matlab_array(a, n, complex_ok=False, to_float=True)
             for a, n in zip(args[len(grid):], _FIELD_NAMES)]
    shape = comps[0].shape
    if dims == 2 and len(shape) == 1:
        comps = [c.reshape(1, -1) if c.ndim == 1 else c for c in comps]
    if any(c.shape != comps[0].shape for c in comps):
        raise CompatValueError(f"{', '.join(_FIELD_NAMES[:dims])} must be the same size.")
    if comps[0].ndim != dims:
        raise CompatValueError(f"{', '.join(_FIELD_NAMES[:dims])} must be {dims}-D arrays "
                               f"for a {dims}-D vector field, not {comps[0].ndim}-D.")
    full = comps[0].shape
    if not grid:
        return comps, [(None, None)] * dims, shape
    spacings = []
    for k, (g, name) in enumerate(zip(grid, _GRID_NAMES)):
        ga = matlab_array(g, name, complex_ok=False, to_float=True)
        if dims == 2 and ga.ndim == 1:
            ga = ga.reshape(1, -1)
        if ga.shape != full:
            raise CompatValueError(f"{', '.join(_GRID_NAMES[:dims])} must be arrays of the "
                                   f"size of {', '.join(_FIELD_NAMES[:dims])} (as meshgrid "
                                   f"makes them).")
        # x along the columns of X(1,:,1), y down the rows of Y(:,1,1), z along Z(1,1,:)
        line = {0: ga[(0, slice(None)) + (0,) * (dims - 2)],
                1: ga[(slice(None), 0) + (0,) * (dims - 2)],
                2: ga[0, 0, :] if dims == 3 else None}[k]
        spacings.append((np.ascontiguousarray(line), None) if line.size > 1 else
                        (None, None))
    return comps, spacings, shape


@matlab_function("divergence")
def divergence(*args):
    """Divergence of a vector field, as MATLAB's ``divergence``.

    MATLAB call forms::

        div = divergence(X, Y, Z, Fx, Fy, Fz)   ->  divergence(X, Y, Z, Fx, Fy, Fz)
        div = divergence(Fx, Fy, Fz)            ->  divergence(Fx, Fy, Fz)
        div = divergence(X, Y, Fx, Fy)          ->  divergence(X, Y, Fx, Fy)
        div = divergence(Fx, Fy)                ->  divergence(Fx, Fy)

    Parameters
    ----------
    X, Y, Z : array_like, optional
        The grid in meshgrid layout (x varies along the columns, y down the rows, z
        along the pages), arrays of the size of the field; monotonic, not necessarily
        uniform. Only ``X(1,:,1)``, ``Y(:,1,1)`` and ``Z(1,1,:)`` are read. Without
        them the grid is ``meshgrid(1:n, 1:m, 1:p)`` for ``[m, n, p] = size(Fx)``.
    Fx, Fy, Fz : array_like
        The field's components, arrays of one size (2-D for a 2-D field, 3-D for a
        3-D field; a 1-D input to the 2-D forms is read as a MATLAB row).

    Returns
    -------
    numpy.ndarray
        ``dFx/dx + dFy/dy (+ dFz/dz)``, each partial derivative by :func:`gradient`
        with the coordinate vector of its direction (central differences
        ``(F(i+1) - F(i-1)) / (x(i+1) - x(i-1))`` inside, one-sided at the edges),
        summed in that order. single if any component is single, else double.

    Raises
    ------
    ValueError
        For another number of arguments, components of different sizes or ranks, or
        grids of another size (compat's own wording; MATLAB's messages are not
        published).

    Notes
    -----
    The naive ``sum(numpy.gradient(F[k], axis=k))`` differentiates ``Fx`` along numpy's
    axis 0, which is MATLAB's y (rows): MATLAB's x runs along the columns. With
    coordinate vectors numpy's gradient also uses a second-order uneven-spacing
    formula, where MATLAB's divergence calls its gradient (the central difference over
    ``x(i+1) - x(i-1)``). Source: MathWorks' divergence reference page (call forms,
    default grid, monotonic non-uniform coordinates); GNU Octave 7.3's divergence.m
    computes the same sums (facts only).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> X, Y = np.meshgrid([0.0, 1, 3], [0.0, 2])
    >>> matlab.divergence(X, Y, X**2, X * Y)     # [1 3 4] + x: d(x^2)/dx by gradient
    array([[1., 4., 7.],
           [1., 4., 7.]])
    """
    comps, spacings, shape = _vector_field(args)
    return core.divergence(comps, spacings).reshape(shape)


@matlab_function("curl", nargout=4)
def curl(*args, nargout=1):
    """Curl and angular velocity of a vector field, as MATLAB's ``curl``.

    MATLAB call forms::

        [curlx, curly, curlz, cav] = curl(X, Y, Z, Fx, Fy, Fz)
                                ->  curl(X, Y, Z, Fx, Fy, Fz, nargout=4)
        [curlx, curly, curlz, cav] = curl(Fx, Fy, Fz)  ->  curl(Fx, Fy, Fz, nargout=4)
        [curlz, cav] = curl(X, Y, Fx, Fy)   ->  curlz, cav = curl(X, Y, Fx, Fy, nargout=2)
        [curlz, cav] = curl(Fx, Fy)         ->  curl(Fx, Fy, nargout=2)
        cav = curl(___)                     ->  curl(...)

    Parameters
    ----------
    X, Y, Z, Fx, Fy, Fz : array_like
        As in :func:`divergence`: an optional meshgrid-layout grid and the field's
        components (2-D arrays for a 2-D field, 3-D for a 3-D field).
    nargout : int
        1 (default, as a MATLAB expression): the angular velocity ``cav`` alone;
        2-D: 2 gives ``(curlz, cav)``; 3-D: 2 to 4 give the first ``nargout`` of
        ``(curlx, curly, curlz, cav)``.

    Returns
    -------
    numpy.ndarray or Curl2Result or Curl3Result
        2-D: ``curlz = dFy/dx - dFx/dy`` and ``cav = curlz / 2``. 3-D: ``curlx = dFz/dy
        - dFy/dz``, ``curly = dFx/dz - dFz/dx``, ``curlz = dFy/dx - dFx/dy``, and
        ``cav = (curlx Fx + curly Fy + curlz Fz) / (2 |F|)``, half the curl's component
        along the flow (NaN where the field is 0). Partial derivatives by
        :func:`gradient` with the grid's coordinate vectors. single if any component is
        single, else double.

    Raises
    ------
    ValueError
        As :func:`divergence`; ``nargout`` above 2 for a 2-D field.

    Notes
    -----
    With one output MATLAB returns the angular velocity, not ``curlz`` (a MATLAB
    Answers thread, 153606, shows ``rot = curl(x, y, Fx, Fy)`` giving -1 for ``Fy = -2x``,
    whose curl is -2). The naive numpy version mixes up the axes as for
    :func:`divergence`. Source: MathWorks' curl reference page (call forms, outputs,
    default grid); GNU Octave 7.3's curl.m computes the same quantities (facts only).

    Examples
    --------
    >>> import numpy as np
    >>> from compat import matlab
    >>> x, y = np.meshgrid(np.arange(-4.0, 5), np.arange(-4.0, 5))
    >>> curlz, cav = matlab.curl(x, y, -2 * y, 2 * x, nargout=2)
    >>> float(curlz.min()), float(curlz.max()), float(cav[0, 0])
    (4.0, 4.0, 2.0)
    """
    comps, spacings, shape = _vector_field(args)
    dims = len(comps)
    if not 1 <= nargout <= dims + (dims == 3):
        raise CompatValueError(f"too many output arguments: at most {2 if dims == 2 else 4} "
                               f"for a {dims}-D field")
    values = [v.reshape(shape) for v in core.curl(comps, spacings)]
    if nargout == 1:
        return values[-1]
    return (Curl2Result if dims == 2 else Curl3Result).first(nargout, *values)
