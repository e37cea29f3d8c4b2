"""Numerical calculus on sampled data: the core of MATLAB's ``trapz``, ``cumtrapz``,
``diff``, ``gradient`` and ``del2``.

Python-shaped: numpy axes, coordinate arrays or steps, orders -- MATLAB's argument
grammar (``(X, Y, dim)`` forms, spacing arguments in x, y, z order, ``[]``) is read by
:mod:`compat.matlab.calculus`. Results are in MATLAB's classes: floating computations
in :func:`~compat._core.matlab_types.result_class` of the operands (single if any is
single); ``diff`` keeps integer classes (saturating) and makes logical data double.
"""

from __future__ import annotations

from typing import Sequence

import numpy as np

from compat._core.args import first_nonsingleton
from compat._core.errors import CompatValueError
from compat._core.matlab_types import result_class
from compat._core.reduction_axes import finish_shape, from_lines

__all__ = ["trapezoid", "difference", "gradient", "laplacian", "divergence",
           "curl", "Spacing"]

#: the spacing along one axis: ``(coordinates, None)``, ``(None, step)`` or
#: ``(None, None)`` for unit steps
Spacing = tuple


def _real(work: np.dtype) -> np.dtype:
    return np.dtype(np.float32 if work in (np.float32, np.complex64) else np.float64)


# ------------------------------------------------------------------- trapz / cumtrapz
def trapezoid(y: np.ndarray, axis: int, *, x: np.ndarray | None = None,
              cumulative: bool = False) -> np.ndarray:
    """The trapezoidal integral of ``y`` along ``axis`` (beyond the dimensions: a
    trailing singleton) with unit spacing, or with ``x``: a scalar spacing, a vector of
    coordinates along the axis, or an array of the size of ``y``. ``cumulative``: the
    running integral, shape of ``y``."""
    work = result_class(y) if x is None else result_class(y, x)
    Yw = y.astype(work, copy=False)
    nd = max(y.ndim, axis + 1)
    Yf = Yw.reshape(y.shape + (1,) * (nd - y.ndim))
    n = Yf.shape[axis]
    Ym = np.moveaxis(Yf, axis, -1)
    if x is None:
        dx = np.ones(max(n - 1, 0), dtype=work)
    elif x.size == 1:
        dx = np.full(max(n - 1, 0), x.ravel()[0], dtype=work)
    elif sum(s != 1 for s in x.shape) <= 1:
        if x.size != n:
            raise CompatValueError(f"length of X ({x.size}) must equal the length {n} of "
                                   f"the integration dimension")
        dx = np.diff(x.ravel().astype(work))
    else:
        if x.shape != y.shape:
            raise CompatValueError("X must be a scalar, a vector, or an array of the size "
                                   "of Y")
        dx = np.diff(np.moveaxis(x.astype(work).reshape(Yf.shape), axis, -1), axis=-1)
    if n == 0:
        seg = np.zeros(Ym.shape[:-1] + (0,), dtype=work)
    else:
        seg = dx * (Ym[..., 1:] + Ym[..., :-1]) / 2
    if cumulative:
        res = np.concatenate([np.zeros(Ym.shape[:-1] + (min(n, 1),), dtype=work),
                              np.cumsum(seg, axis=-1)], axis=-1).astype(work)
        return np.moveaxis(res, -1, axis).reshape(y.shape)
    res = seg.sum(axis=-1).astype(work)
    return from_lines(res, (axis,), Yf.shape, y.ndim)


# ------------------------------------------------------------------------------- diff
def _diff1(X, axis):
    """One difference along ``axis`` in MATLAB's class rules (integers saturate)."""
    a = np.take(X, np.arange(1, X.shape[axis]), axis=axis)
    b = np.take(X, np.arange(0, X.shape[axis] - 1), axis=axis)
    if X.dtype.kind in "iu":
        info = np.iinfo(X.dtype)
        if X.dtype.itemsize < 8:
            d = a.astype(np.int64) - b.astype(np.int64)
            return np.clip(d, info.min, info.max).astype(X.dtype)
        if X.dtype.kind == "u":
            return np.where(a >= b, a - np.minimum(a, b), 0).astype(X.dtype)
        with np.errstate(over="ignore"):
            d = a - b
        over = ((a >= 0) != (b >= 0)) & ((d >= 0) != (a >= 0))
        return np.where(over, np.where(a >= 0, info.max, info.min), d).astype(X.dtype)
    return a - b


def difference(X: np.ndarray, n: int = 1, axis: int | None = None) -> np.ndarray:
    """The ``n``-th difference of ``X`` along ``axis`` (beyond the dimensions: a trailing
    singleton; ``n`` at least the axis length gives an empty axis) or, with ``axis``
    None, MATLAB's ``diff(X, n)``: a vector along its length, otherwise one difference
    at a time along the first non-singleton dimension of what is left. Integer classes
    saturate; logical data give double."""
    if X.dtype.kind == "b":
        X = X.astype(np.float64)
    if axis is not None:
        nd = max(X.ndim, axis + 1)
        Y = X.reshape(X.shape + (1,) * (nd - X.ndim))
        size0 = Y.shape[axis]
        for _ in range(min(n, size0)):
            Y = _diff1(Y, axis)
        if n >= size0 and n > 0:
            shape = list(Y.shape)
            shape[axis] = 0
            Y = np.empty(shape, dtype=Y.dtype)
        return finish_shape(Y, X.ndim) if Y.ndim > X.ndim else Y
    Y = X
    vec = X.ndim == 1 or (X.ndim == 2 and 1 in X.shape and X.size > 1)
    if vec:
        axis = 0 if X.ndim == 1 else (1 if X.shape[0] == 1 else 0)
        m = X.shape[axis]
        if n >= m:
            shape = list(X.shape)
            shape[axis] = 0
            return np.empty(shape, dtype=X.dtype)
        for _ in range(n):
            Y = _diff1(Y, axis)
        return Y
    for _ in range(n):
        if Y.size == 1 and Y.ndim <= 2:
            return np.empty((0, 0) if Y.ndim == 2 else (0,), dtype=Y.dtype)
        axis = first_nonsingleton(Y.shape) - 1
        if Y.shape[axis] == 0:
            break
        Y = _diff1(Y, axis)
    return Y


# ------------------------------------------------------------------- gradient / del2
def _axis_spacing(spacing: Spacing, rwork: np.dtype) -> tuple:
    """A parsed spacing in the computation's real class (unit steps for ``(None, None)``)."""
    coords, step = spacing
    if coords is not None:
        return coords.ravel().astype(rwork), None
    if step is None:
        return None, rwork.type(1)
    return None, np.asarray(step).astype(rwork).ravel()[0]


def _grad_axis(F, axis, coords, step):
    n = F.shape[axis]
    G = np.zeros_like(F)
    if n < 2:
        return G
    Fm = np.moveaxis(F, axis, -1)
    Gm = np.moveaxis(G, axis, -1)
    if coords is None:      # the spans of the one-sided and the central differences
        first = last = step
        inner = 2 * step
    else:
        x = coords
        first, last = x[1] - x[0], x[-1] - x[-2]
        inner = x[2:] - x[:-2]
    Gm[..., 0] = (Fm[..., 1] - Fm[..., 0]) / first
    Gm[..., -1] = (Fm[..., -1] - Fm[..., -2]) / last
    if n > 2:
        Gm[..., 1:-1] = (Fm[..., 2:] - Fm[..., :-2]) / inner
    return G


def gradient(F: np.ndarray, axes: Sequence[int],
             spacings: Sequence[Spacing]) -> list[np.ndarray]:
    """The numerical gradient of ``F`` along each of ``axes`` (central differences
    inside, one-sided at the ends), one spacing per axis, in ``result_class(F)``."""
    work = result_class(F)
    Fw = F.astype(work)
    rwork = _real(work)
    return [_grad_axis(Fw, ax, *_axis_spacing(sp, rwork)) for ax, sp in zip(axes, spacings)]


def _del2_axis(U, axis, coords, step):
    n = U.shape[axis]
    D = np.zeros_like(U)
    if n < 3:
        return D
    Um = np.moveaxis(U, axis, -1)
    Dm = np.moveaxis(D, axis, -1)
    if coords is None:
        h = np.full(n - 1, step, dtype=U.real.dtype)
    else:
        h = np.diff(coords)
    g = np.diff(Um, axis=-1) / h           # first differences / spacing
    Dm[..., 1:-1] = (g[..., 1:] - g[..., :-1]) / (h[1:] + h[:-1])
    if n == 3:
        Dm[..., 0] = Dm[..., 1]
        Dm[..., -1] = Dm[..., 1]
    else:
        Dm[..., 0] = Dm[..., 1] + (Dm[..., 1] - Dm[..., 2]) * h[0] / h[1]
        Dm[..., -1] = Dm[..., -2] + (Dm[..., -2] - Dm[..., -3]) * h[-1] / h[-2]
    return D


def laplacian(U: np.ndarray, axes: Sequence[int], spacings: Sequence[Spacing]) -> np.ndarray:
    """MATLAB's discrete Laplacian ``del2``: the sum over ``axes`` of the second
    differences (linearly extrapolated at the ends) divided by
    ``max(ndims(U), 2)``, in ``result_class(U)``."""
    work = result_class(U)
    Uw = U.astype(work)
    rwork = _real(work)
    N = max(Uw.ndim, 2)
    L = np.zeros_like(Uw)
    for ax, sp in zip(axes, spacings):
        L = L + _del2_axis(Uw, ax, *_axis_spacing(sp, rwork))
    return (L / N).astype(work)


#: the array axis of each component of a gridded vector field in MATLAB's meshgrid
#: layout: x runs along the columns (axis 1), y along the rows (axis 0), z along axis 2
_FIELD_AXES = (1, 0, 2)


def _field_class(components: Sequence[np.ndarray]):
    """single if any component is single (MATLAB's mixed single/double arithmetic),
    else double."""
    return np.float32 if any(np.asarray(c).dtype == np.float32 for c in components) \
        else np.float64


def _partial(F: np.ndarray, component_axis: int, spacings: Sequence[Spacing], work):
    """dF/dx_k along the field axis of component direction ``component_axis``
    (0 = x, 1 = y, 2 = z) with that direction's spacing, in ``work``."""
    return gradient(F, [_FIELD_AXES[component_axis]],
                    [spacings[component_axis]])[0].astype(work, copy=False)


def divergence(components: Sequence[np.ndarray], spacings: Sequence[Spacing]) -> np.ndarray:
    """The divergence ``dFx/dx + dFy/dy (+ dFz/dz)`` of a 2-D or 3-D vector field on a
    meshgrid-layout grid, each partial derivative by :func:`gradient` (central
    differences inside, one-sided at the edges) with the spacing of its own direction,
    summed left to right; single if any component is single."""
    work = _field_class(components)
    total = _partial(components[0], 0, spacings, work)
    for k in range(1, len(components)):
        total = total + _partial(components[k], k, spacings, work)
    return total


def curl(components: Sequence[np.ndarray], spacings: Sequence[Spacing]) -> tuple:
    """The curl of a vector field on a meshgrid-layout grid and its angular velocity.

    2-D ``(Fx, Fy)``: returns ``(curlz, cav)`` with ``curlz = dFy/dx - dFx/dy`` and
    ``cav = curlz / 2``. 3-D ``(Fx, Fy, Fz)``: returns ``(curlx, curly, curlz, cav)``
    with ``curlx = dFz/dy - dFy/dz``, ``curly = dFx/dz - dFz/dx``, ``curlz = dFy/dx -
    dFx/dy`` and ``cav = (curl . F) / (2 |F|)`` (NaN where ``F = 0``).
    """
    work = _field_class(components)
    if len(components) == 2:
        u, v = components
        curlz = _partial(v, 0, spacings, work) - _partial(u, 1, spacings, work)
        return curlz, (curlz / 2).astype(work, copy=False)
    u, v, w = (np.asarray(c).astype(work, copy=False) for c in components)
    curlx = _partial(w, 1, spacings, work) - _partial(v, 2, spacings, work)
    curly = _partial(u, 2, spacings, work) - _partial(w, 0, spacings, work)
    curlz = _partial(v, 0, spacings, work) - _partial(u, 1, spacings, work)
    with np.errstate(invalid="ignore", divide="ignore"):
        norm = np.sqrt(u * u + v * v + w * w)
        cav = (curlx * u + curly * v + curlz * w) / (2 * norm)
    return curlx, curly, curlz, cav.astype(work, copy=False)
