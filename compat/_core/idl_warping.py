"""Geometric transforms of images, the core of IDL's ``DIST``, ``POLY_2D``, ``POLYWARP``
and ``ROT`` (the legacy layer is :mod:`compat.idl.warping`).

Python-shaped: arrays in ``scipy.io.readsav`` layout (numpy ``(rows, columns)`` = IDL
``[columns, rows]``), keyword options, coefficient arrays in IDL's element order.

Facts and where they come from:

* DIST: IDL 8.0's ``dist.pro`` (``$Id: //depot/idl/releases/IDL_80/idldir/lib/dist.pro#1
  $``) and its documentation: ``R[i, j] = SQRT(F(i)^2 + G(j)^2)`` with ``F(i) = MIN(i,
  n - i)``, ``G(j) = MIN(j, m - j)``, all in FLOAT: the squares of the column distances
  are FLOAT, the row term is ``i^2.`` (FLOAT), their FLOAT sum is square-rooted.
* POLY_2D: IDL Reference Guide, POLY_2D: ``g[x, y] = f[x', y']`` with ``x' = SUM_ij
  P[i, j] x^j y^i`` (``P[i, j]`` is IDL's element ``i + j*(N+1)``), N the degree from
  the ``(N+1)^2`` elements; Interp 0 nearest neighbour, 1 bilinear, 2 cubic convolution
  (INTERPOLATE's kernel), CUBIC in [-1, 0) (a positive value means -1); MISSING for
  points outside the array, else the nearest edge pixel. The nearest neighbour of x' is
  ``FIX(x')`` (truncation: IDL users' report "each pixel is scaled an integer number of
  times" when magnifying by an integer factor, comp.lang.idl-pvwave "poly_2d bug", and
  GDL 1.0.1 does the same), and a point is outside when that index is.
* POLYWARP: IDL 8.0's ``polywarp.pro``: least squares by the normal equations
  ``(U^T U)^-1 U^T`` of the design matrix whose column ``j*(N+1) + i`` is
  ``Xo^j * Yo^i``, in DOUBLE; INVERT's status.
* ROT: IDL 8.0's ``rot.pro``: the degree-1 coefficients it builds from the angle
  (clockwise, ``(-angle mod 360) * !DPI/180``), magnification and centres.
"""

from __future__ import annotations

import numpy as np

from compat._core.idl_interpolation import cubic_kernel, to_type

__all__ = ["dist", "poly_2d", "polywarp", "rot_coefficients", "coefficient_degree"]


# ------------------------------------------------------------------------------- DIST
def dist(n, m) -> np.ndarray:
    """IDL's DIST of ``n`` columns and ``m`` rows (numbers as IDL takes them: the
    dimensions are their truncation, the distances use the values): FLOAT ``(rows,
    columns)``."""
    ncols, nrows = int(n), int(m)
    x = np.arange(ncols, dtype=np.float32)
    far = (np.asarray(n, dtype=np.result_type(np.float32, np.asarray(n).dtype)) - x)
    x = np.minimum(x, far).astype(np.float32)
    x = (x * x).astype(np.float32)
    # dist.pro's row loop, i = 0 .. m/2: row i, then row m - i, take the distance of i
    last = int(np.floor(np.asarray(m, dtype=np.float64) / 2)) \
        if np.asarray(m).dtype.kind == "f" else nrows // 2
    i = np.arange(last + 1)
    rows = np.empty(2 * i.size - 1, dtype=np.int64)
    values = np.empty(rows.size, dtype=np.int64)
    rows[0::2], values[0::2] = i, i
    rows[1::2] = np.trunc(np.asarray(m, dtype=np.float64) - i[1:]).astype(np.int64)
    values[1::2] = i[1:]
    keep = (rows >= 0) & (rows < nrows)
    g = np.zeros(nrows, dtype=np.int64)
    g[rows[keep]] = values[keep]           # later iterations win, as in the loop
    row_term = (g.astype(np.float32) ** 2).astype(np.float32)
    return np.sqrt(x[None, :] + row_term[:, None]).astype(np.float32)


# ---------------------------------------------------------------------------- POLY_2D
def coefficient_degree(count: int) -> int | None:
    """The degree N of ``(N+1)^2`` coefficients, or None when ``count`` is not a
    square of at least 1."""
    root = int(round(np.sqrt(count)))
    return root - 1 if root >= 1 and root * root == count else None


def _polynomial(c: np.ndarray, degree: int, x: np.ndarray, y: np.ndarray) -> np.ndarray:
    """``SUM_ij c[i + j*(N+1)] x^j y^i`` on the grid of output columns ``x`` and rows
    ``y`` (float64, shape ``(y.size, x.size)``), the terms added in the coefficients'
    element order (the monomials of integer coordinates are exact; the order of the sum
    decides on which side of an integer a position such as 5.0 falls, and this is the
    order GDL's POLY_2D adds them: its nearest-neighbour pixels agree bit for bit)."""
    k = degree + 1
    total = np.zeros((y.size, x.size))
    for j in range(k):
        xj = x ** j
        for i in range(k):
            coefficient = c[i + j * k]
            if coefficient != 0:
                total += coefficient * ((y ** i)[:, None] * xj[None, :])
    return total


def _nearest_index(c: np.ndarray, n: int):
    """FIX(c) as an index clamped to the array, and whether FIX(c) was inside."""
    with np.errstate(invalid="ignore"):
        t = np.trunc(np.where(np.isfinite(c), c, -1.0))
        inside = (t >= 0) & (t <= n - 1)
        return np.clip(t, 0, n - 1).astype(np.intp), inside


def poly_2d(array: np.ndarray, p: np.ndarray, q: np.ndarray, *, interp: int = 0,
            shape: tuple[int, int] | None = None, cubic: float | None = None,
            missing=None) -> np.ndarray:
    """Warp ``array`` (2-D) by the coefficient vectors ``p``, ``q`` (``(N+1)^2``
    elements each, IDL order): the output pixel ``(row y, column x)`` takes the input at
    ``(x', y')``. ``interp`` 0 nearest, 1 bilinear, 2 cubic convolution with parameter
    ``cubic`` (-1 when None). ``shape`` the output ``(rows, columns)``; ``missing`` the
    value outside the array (None: the nearest edge pixel). Result: ``array``'s type."""
    ny, nx = array.shape
    rows, cols = shape if shape is not None else array.shape
    degree_p = coefficient_degree(p.size)
    degree_q = coefficient_degree(q.size)
    x = np.arange(cols, dtype=np.float64)
    y = np.arange(rows, dtype=np.float64)
    xp = _polynomial(p.astype(np.float64).reshape(-1), degree_p, x, y)
    yp = _polynomial(q.astype(np.float64).reshape(-1), degree_q, x, y)
    ix, in_x = _nearest_index(xp, nx)
    iy, in_y = _nearest_index(yp, ny)
    inside = in_x & in_y
    if interp == 0:
        out = array[iy, ix]
    else:
        data = array.astype(np.float64) if array.dtype.kind != "c" else \
            array.astype(np.complex128)
        with np.errstate(invalid="ignore"):
            cx = np.clip(np.where(np.isfinite(xp), xp, 0.0), 0.0, nx - 1.0)
            cy = np.clip(np.where(np.isfinite(yp), yp, 0.0), 0.0, ny - 1.0)
        fx0, fy0 = np.floor(cx), np.floor(cy)
        dx, dy = cx - fx0, cy - fy0
        x0, y0 = fx0.astype(np.intp), fy0.astype(np.intp)
        if interp == 1:
            x1 = np.minimum(x0 + 1, nx - 1)
            y1 = np.minimum(y0 + 1, ny - 1)
            top = data[y0, x0] * (1.0 - dx) + data[y0, x1] * dx
            bottom = data[y1, x0] * (1.0 - dx) + data[y1, x1] * dx
            value = top * (1.0 - dy) + bottom * dy
        else:
            a = -1.0 if cubic is None else float(cubic)
            wx = cubic_kernel(dx, a)
            wy = cubic_kernel(dy, a)
            value = 0.0
            for ky, wyk in zip((-1, 0, 1, 2), wy):
                yy = np.clip(y0 + ky, 0, ny - 1)
                line = 0.0
                for kx, wxk in zip((-1, 0, 1, 2), wx):
                    line = line + data[yy, np.clip(x0 + kx, 0, nx - 1)] * wxk
                value = value + line * wyk
        out = to_type(value, array.dtype)
        # outside the array: the nearest pixel's value ("extrapolated from the nearest
        # pixel of Array"), not an interpolation along the edge (as GDL 1.0.1)
        out = np.where(inside, out, array[iy, ix])
    out = np.array(out, dtype=array.dtype, copy=True)
    if missing is not None:
        out[~inside] = to_type(np.asarray(missing), array.dtype)
    return out


# --------------------------------------------------------------------------- POLYWARP
def polywarp(xi, yi, xo, yo, degree: int):
    """POLYWARP's least squares: ``(kx, ky, inverse report)`` with ``kx``/``ky`` the
    ``(N+1)^2`` coefficients in IDL order (float64), from the DOUBLE normal equations
    inverted as INVERT(/DOUBLE) inverts them."""
    from compat._core import linalg

    k = degree + 1
    powers_x = xo[:, None] ** np.arange(k)[None, :]
    powers_y = yo[:, None] ** np.arange(k)[None, :]
    # column j*(N+1) + i is Xo^j * Yo^i
    design = (powers_x[:, :, None] * powers_y[:, None, :]).reshape(xo.size, k * k)
    normal = design.T @ design
    inverse, report = linalg.inverse(normal)
    with np.errstate(invalid="ignore", over="ignore"):    # a singular system: NaN
        solve = inverse @ design.T
        return solve @ xi, solve @ yi, report


# -------------------------------------------------------------------------------- ROT
def rot_coefficients(nx: int, ny: int, angle, mag, x0, y0, pivot: bool):
    """The POLY_2D coefficients ``(cx, cy)`` of IDL's ROT (rot.pro's formulas)."""
    xc_default = np.float32((np.float32(nx) - 1) / np.float32(2.0))
    yc_default = np.float32((np.float32(ny) - 1) / np.float32(2.0))
    if x0 is None:
        x0, y0 = xc_default, yc_default
    xc, yc = (x0, y0) if pivot else (xc_default, yc_default)
    angle = np.float64(angle)
    theta = np.fmod(-angle, 360.0) * np.pi / 180.0
    c = np.cos(theta) * np.float64(mag)
    s = np.sin(theta) * np.float64(mag)
    xc, yc, x0, y0 = (np.float64(v) for v in (xc, yc, x0, y0))
    kx = -xc + c * x0 - s * y0
    ky = -yc + s * x0 + c * y0
    kk = 1.0 / (1.0 + s ** 2 / c ** 2)
    cx = kk * np.array([s / c ** 2 * ky + kx / c, s / c ** 2, 1 / c, 0.0])
    cy = kk * np.array([-s / c ** 2 * kx + ky / c, 1 / c, -s / c ** 2, 0.0])
    return cx, cy
