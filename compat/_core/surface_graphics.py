"""IDL's 3-D direct graphics of gridded surfaces: the transformation SURFR and SCALE3D
build, the axes SURFACE and SHADE_SURF set up, the hidden-line wire mesh SURFACE draws
and the light-source shading SHADE_SURF paints, as numbers and display-list items of
:mod:`compat._core.direct_graphics` (nothing here imports a plotting package).

The rules and their sources
---------------------------
* **SCALE3D** (IDL's library file scale3d.pro, its documented procedure): the eight
  corners of the unit cube are transformed by the matrix (homogeneous coordinates
  divided by their fourth), and the matrix is then translated by minus the corners'
  minimum and scaled by one over their extent (an extent of 0 in Z taken as 1), with
  T3D's steps, so the transformed cube fits the unit cube.
* **SURFR** (IDL/PV-WAVE Reference, SURFR: "duplicates the rotation, translation, and
  scaling of the SURFACE procedure"): T3D /RESET, TRANSLATE=[-.5, -.5, -.5], ROTATE=[-90,
  AZ, 0], ROTATE=[AX, 0, 0], then SCALE3D. The same reference page says SURFACE uses
  this transformation, so SURFACE, /SAVE leaves it in !P.T. GDL 1.0.1 leaves a
  different matrix there (see the golden suite ``idl/surface_graphics``'s divergent
  cases): the rotation by TRANSLATE=[-.5, -.5, 0] scaled by 1/sqrt(3), which maps the
  unit cube partly off the page.
* **Axes** (IDL Reference, SURFACE and the [XYZ]RANGE/[XYZ]STYLE pages): each axis's
  CRANGE is PLOT's autoscaling (:func:`compat._core.direct_graphics.axis_range`) of the
  grid's X, Y and Z ranges (or the given ranges); ![XYZ].S maps CRANGE onto ``[0, 1]``
  (the unit cube that !P.T projects; ``S = [-c0, 1] / (c1 - c0)``), as GDL 1.0.1 sets
  them in a fresh session.
* **Projection**: a data point goes to the cube by ![XYZ].S (log10 first on a log
  axis), then through !P.T (``p # !P.T``, divided by the fourth coordinate), whose X and
  Y are normal coordinates of the page and whose Z is the depth (larger is nearer to the
  viewer, who looks down the Z axis from +Z, T3D's PERSPECTIVE convention).
* **Hidden lines**: the grid's cells, split into two triangles, are drawn into a depth
  buffer at device resolution (pixel centres); a point of a mesh line is visible where
  its depth is not below the buffer's smallest value in the surrounding 3 x 3 pixels
  (compat's rule: IDL does not document its hidden-line algorithm; within one pixel of
  an occluding edge a hidden line may show). Each pixel knows whether the nearest cell
  shows its upper side (the side the data's +Z points to), which gives /UPPER_ONLY,
  /LOWER_ONLY and BOTTOM='s colour.
* **Shading** (IDL Reference, SET_SHADING and SHADE_SURF): the light source model gives
  each vertex ``cos = n . L / (|n| |L|)`` (``n`` the normal in the projected space,
  turned towards the viewer; ``L`` = LIGHT, default ``[0, 0, 1]``), the colour
  ``VALUES[0] + max(cos, 0) (VALUES[1] - VALUES[0])`` (VALUES default ``[0, !D.N_COLORS
  - 1]``), interpolated across each triangle (Gouraud, the default) or one colour per
  cell (/GOURAUD off: the mean of its corners). IDL documents the model but not its
  rounding: pixels near edges and the exact grey levels are compat's.
"""

from __future__ import annotations

import numpy as np

from compat._core import direct_graphics as dg
from compat._core import projection_matrices as pm
from compat._core.errors import CompatValueError

__all__ = ["scale3d", "surfr", "surface_axes", "project", "depth_buffer", "mesh_lines",
           "shade_image", "SHADING", "reset_shading"]


def scale3d(m: np.ndarray) -> np.ndarray:
    """SCALE3D's fit of the transformed unit cube into the unit cube."""
    m = np.asarray(m, np.float64)
    corners = np.array([[i & 1, (i >> 1) & 1, (i >> 2) & 1, 1] for i in range(8)], float)
    p = corners @ m.T
    p = p / p[:, 3:4]
    lo, hi = p.min(axis=0), p.max(axis=0)
    if hi[2] == lo[2]:
        hi[2] = lo[2] + 1
    return pm.t3d(m, translate=-lo[:3], scale=1.0 / (hi[:3] - lo[:3]))


def surfr(ax=30.0, az=30.0) -> np.ndarray:
    """SURFR's !P.T (SURFACE's view transformation)."""
    m = pm.t3d(pm.identity(), translate=[-0.5, -0.5, -0.5])
    m = pm.t3d(m, rotate=[-90.0, float(az), 0.0])
    m = pm.t3d(m, rotate=[float(ax), 0.0, 0.0])
    return scale3d(m)


def _range(v, log):
    v = np.asarray(v, np.float64).reshape(-1)
    v = v[np.isfinite(v)]
    if log:
        v = v[v > 0]
    return (float(v.min()), float(v.max())) if v.size else None


def surface_axes(x, y, z, *, xrange=None, yrange=None, zrange=None, xstyle=None,
                 ystyle=None, zstyle=None, xlog=False, ylog=False, zlog=False):
    """Set ![XYZ].CRANGE, .S, .TYPE, .WINDOW, .REGION for a surface's grid."""
    st = dg.STATE
    for axis, data, given, style, log in ((st.x, x, xrange, xstyle, xlog),
                                          (st.y, y, yrange, ystyle, ylog),
                                          (st.z, z, zrange, zstyle, zlog)):
        g = axis.range if given is None else np.asarray(given, np.float64).reshape(-1)[:2]
        s = int(axis.style if style is None else style)
        c = dg.axis_range(_range(data, log), given=g, style=s, log=bool(log))
        axis.crange = c
        axis.type = 1 if log else 0
        axis.window = (0.0, 1.0)
        axis.region = (0.0, 1.0)
        axis.s = dg.scaling(np.array([0.0, 1.0]), axis.crange)


def project(x, y, z, t=None):
    """Data points (arrays of one shape) to device x, device y and depth, through
    ![XYZ].S and the 4 x 4 ``t`` (default !P.T)."""
    st = dg.STATE
    t = st.p.t if t is None else np.asarray(t, np.float64)
    cube = []
    for axis, v in ((st.x, x), (st.y, y), (st.z, z)):
        v = np.asarray(v, np.float64)
        if int(axis.type) == 1:
            with np.errstate(divide="ignore", invalid="ignore"):
                v = np.log10(v)
        s = axis.s
        cube.append(s[0] + s[1] * v)
    pts = np.stack(cube + [np.ones_like(cube[0])], axis=-1)
    q = pts @ t.T
    with np.errstate(divide="ignore", invalid="ignore"):
        q = q / q[..., 3:4]
    return (q[..., 0] * float(st.d.x_vsize), q[..., 1] * float(st.d.y_vsize), q[..., 2])


def _triangles(px, py, pz, good):
    """The grid's cells as triangles: index arrays (n, 3) of flat vertex numbers."""
    ny, nx = px.shape
    j, i = np.mgrid[0:ny - 1, 0:nx - 1]
    a = (j * nx + i).reshape(-1)
    b, c, d = a + 1, a + nx + 1, a + nx
    tri = np.concatenate([np.stack([a, b, c], 1), np.stack([a, c, d], 1)])
    g = good.reshape(-1)
    return tri[g[tri].all(axis=1)]


def _upper(px, py, tri):
    """Whether each triangle shows its upper side: the grid's (i, j) orientation
    keeps its sense on the page (counter-clockwise seen from +Z of the data)."""
    x, y = px.reshape(-1)[tri], py.reshape(-1)[tri]
    area = (x[:, 1] - x[:, 0]) * (y[:, 2] - y[:, 0]) - (x[:, 2] - x[:, 0]) * (y[:, 1] - y[:, 0])
    return area > 0


def _raster(size, px, py, tri, values):
    """Rasterise triangles at pixel centres: for each pixel the nearest triangle's
    interpolated ``values`` (``values[0]`` is the depth, the rest are carried; ties go
    to the first triangle); returns the arrays (ny, nx) (depth -inf where nothing is
    drawn) and the triangle index (-1 where none). Triangles are taken in batches of
    similar bounding boxes, every candidate pixel of a batch at once."""
    nx, ny = int(size[0]), int(size[1])
    depth = np.full((ny, nx), -np.inf)
    carried = [np.zeros((ny, nx)) for _ in values[1:]]
    owner = np.full((ny, nx), -1, dtype=np.int64)
    tri = np.asarray(tri, dtype=np.int64).reshape(-1, 3)
    if tri.shape[0] == 0:
        return depth, carried, owner
    fx, fy = np.asarray(px, np.float64).reshape(-1), np.asarray(py, np.float64).reshape(-1)
    flat = [np.asarray(v, np.float64).reshape(-1) for v in values]
    ia, ib, ic = tri[:, 0], tri[:, 1], tri[:, 2]
    xa, xb, xc = fx[ia], fx[ib], fx[ic]
    ya, yb, yc = fy[ia], fy[ib], fy[ic]
    det = (xb - xa) * (yc - ya) - (xc - xa) * (yb - ya)
    with np.errstate(invalid="ignore"):
        lo_x = np.ceil(np.minimum(np.minimum(xa, xb), xc) - 0.5)
        hi_x = np.floor(np.maximum(np.maximum(xa, xb), xc) - 0.5)
        lo_y = np.ceil(np.minimum(np.minimum(ya, yb), yc) - 0.5)
        hi_y = np.floor(np.maximum(np.maximum(ya, yb), yc) - 0.5)
        ok = (det != 0) & np.isfinite(det) & np.isfinite(lo_x + hi_x + lo_y + hi_y)
    i0 = np.maximum(np.where(ok, lo_x, 0), 0).astype(np.int64)
    i1 = np.minimum(np.where(ok, hi_x, -1), nx - 1).astype(np.int64)
    j0 = np.maximum(np.where(ok, lo_y, 0), 0).astype(np.int64)
    j1 = np.minimum(np.where(ok, hi_y, -1), ny - 1).astype(np.int64)
    ok &= (i0 <= i1) & (j0 <= j1)
    w, h = i1 - i0 + 1, j1 - j0 + 1
    todo = np.flatnonzero(ok)
    todo = todo[np.argsort(w[todo] * h[todo], kind="stable")]
    cand = []
    budget = 1 << 21
    pos = 0
    while pos < todo.size:
        # as many triangles as fit the budget at the batch's largest box (boxes sorted)
        end = pos + 1
        step = 1
        while end < todo.size:
            nxt = min(end + step, todo.size)
            seg = todo[pos:nxt]
            if (nxt - pos) * int(w[seg].max()) * int(h[seg].max()) > budget:
                break
            end = nxt
            step *= 2
        K = todo[pos:end]
        pos = end
        W, H = int(w[K].max()), int(h[K].max())
        oi = np.arange(W)[None, None, :]
        oj = np.arange(H)[None, :, None]
        gi = i0[K][:, None, None] + oi
        gj = j0[K][:, None, None] + oj
        valid = (oi < w[K][:, None, None]) & (oj < h[K][:, None, None])
        gx, gy = gi + 0.5, gj + 0.5
        sa, sb, sc = xa[K][:, None, None], xb[K][:, None, None], xc[K][:, None, None]
        ta, tb, tc = ya[K][:, None, None], yb[K][:, None, None], yc[K][:, None, None]
        dd = det[K][:, None, None]
        wb = ((gx - sa) * (tc - ta) - (sc - sa) * (gy - ta)) / dd
        wc = ((sb - sa) * (gy - ta) - (gx - sa) * (tb - ta)) / dd
        wa = 1.0 - wb - wc
        inside = valid & (wa >= 0) & (wb >= 0) & (wc >= 0)
        kk = np.broadcast_to(K[:, None, None], inside.shape)[inside]
        A, B, C = ia[kk], ib[kk], ic[kk]
        wa_, wb_, wc_ = wa[inside], wb[inside], wc[inside]
        vals = [wa_ * f[A] + wb_ * f[B] + wc_ * f[C] for f in flat]
        pix = (gj * nx + gi)[inside]
        keep = vals[0] > -np.inf
        cand.append((pix[keep], kk[keep], [v[keep] for v in vals]))
    if not cand:
        return depth, carried, owner
    pix = np.concatenate([c[0] for c in cand])
    kk = np.concatenate([c[1] for c in cand])
    vals = [np.concatenate([c[2][m] for c in cand]) for m in range(len(flat))]
    # per pixel the largest depth, the first triangle among equal ones
    order = np.lexsort((kk, -vals[0], pix))
    pix, kk = pix[order], kk[order]
    first = np.concatenate([[True], pix[1:] != pix[:-1]])
    sel = order[first]
    p = pix[first]
    depth.reshape(-1)[p] = vals[0][sel]
    owner.reshape(-1)[p] = kk[first]
    for buf, v in zip(carried, vals[1:]):
        buf.reshape(-1)[p] = v[sel]
    return depth, carried, owner


def depth_buffer(size, px, py, pz, good, extra=()):
    """The depth buffer of the surface (and of extra triangles ``(px, py, pz, tri)``)
    and, per pixel, whether the nearest face is the upper side."""
    tri = _triangles(px, py, pz, good)
    up = _upper(px, py, tri)
    allx, ally, allz, alltri, allup = [px.reshape(-1)], [py.reshape(-1)], [pz.reshape(-1)], \
        [tri], [up]
    base = px.size
    for ex, ey, ez, et in extra:
        allx.append(ex)
        ally.append(ey)
        allz.append(ez)
        alltri.append(et + base)
        allup.append(np.ones(len(et), bool))
        base += ex.size
    fx, fy, fz = (np.concatenate(a) for a in (allx, ally, allz))
    tri_all = np.concatenate(alltri) if alltri else tri
    depth, _, owner = _raster(size, fx, fy, tri_all, [fz])
    upper = np.concatenate(allup)[np.maximum(owner, 0)]
    if (owner < 0).any() and (owner >= 0).any():
        # a pixel no cell covers (the mesh's outer edges) takes its nearest cell's side
        from scipy.ndimage import distance_transform_edt
        _, (jj, ii) = distance_transform_edt(owner < 0, return_indices=True)
        upper = upper[jj, ii]
    return depth, upper


def mesh_lines(size, px, py, pz, good, depth, upper, *, horizontal=False,
               which="both", color=255, bottom=None, shades=None, extra_lines=()):
    """The visible runs of the mesh lines: a list of ``(x, y, color)`` polylines in
    device coordinates."""
    from scipy.ndimage import minimum_filter
    ny_dev, nx_dev = depth.shape
    floor = minimum_filter(np.where(np.isfinite(depth), depth, np.inf), size=3,
                           mode="nearest")
    span = np.nanmax(np.abs(pz[good])) if good.any() else 1.0
    eps = 1e-9 * max(span, 1.0)
    lines = []
    paths = []
    ny, nx = px.shape
    for j in range(ny):
        paths.append([(j, i) for i in range(nx)])
    if not horizontal:
        for i in range(nx):
            paths.append([(j, i) for j in range(ny)])
    # every mesh segment, with a chain number that changes where a polyline breaks
    # (a new row or column, or a missing point), so visible runs join across segments
    pieces, chains, chain = [], [], 0
    for path in paths:
        chain += 1
        for (j0, i0), (j1, i1) in zip(path[:-1], path[1:]):
            if not (good[j0, i0] and good[j1, i1]):
                chain += 1
                continue
            c = color if shades is None else int(shades[j0, i0])
            pieces.append((px[j0, i0], py[j0, i0], pz[j0, i0], px[j1, i1], py[j1, i1],
                           pz[j1, i1], c))
            chains.append(chain)
    for piece in extra_lines:
        chain += 1
        pieces.append(piece)
        chains.append(chain)
    if not pieces:
        return lines
    a = np.array(pieces, dtype=np.float64)
    xa, ya, za, xb, yb, zb, c = a.T
    n = np.maximum(np.ceil(np.hypot(xb - xa, yb - ya)).astype(np.int64) + 1, 2)
    start = np.concatenate([[0], np.cumsum(n)[:-1]])
    k = np.repeat(np.arange(n.size), n)
    t = (np.arange(k.size) - start[k]) / (n[k] - 1)
    xs, ys, zs = xa[k] + t * (xb - xa)[k], ya[k] + t * (yb - ya)[k], za[k] + t * (zb - za)[k]
    ii = np.clip(np.floor(xs).astype(np.int64), 0, nx_dev - 1)
    jj = np.clip(np.floor(ys).astype(np.int64), 0, ny_dev - 1)
    on = (xs >= 0) & (xs < nx_dev) & (ys >= 0) & (ys < ny_dev)
    visible = on & (zs >= floor[jj, ii] - eps)
    up = upper[jj, ii]
    if which == "upper":
        visible &= up
    elif which == "lower":
        visible &= ~up
    cols = c[k].astype(np.int64)
    if bottom is not None:
        cols = np.where(up, cols, int(bottom))
    # consecutive runs of visible points of one colour on one chain
    key = np.where(visible, cols, -2)
    ch = np.asarray(chains)[k]
    cut = np.flatnonzero((np.diff(key) != 0) | (np.diff(ch) != 0)) + 1
    for seg in np.split(np.arange(key.size), cut):
        if key[seg[0]] == -2 or seg.size < 2:
            continue
        lines.append((xs[seg], ys[seg], int(key[seg[0]])))
    return lines


#: SET_SHADING's settings (IDL's defaults)
SHADING = {}


def reset_shading():
    SHADING.clear()
    SHADING.update(light=np.array([0.0, 0.0, 1.0]), values=None, gouraud=True,
                   reject=True)


reset_shading()


def shade_image(size, px, py, pz, good, shades=None):
    """SHADE_SURF's image: BYTE (ny, nx) device pixels, 0 where the surface is not."""
    st = dg.STATE
    tri = _triangles(px, py, pz, good)
    nx, ny = int(size[0]), int(size[1])
    if tri.size == 0:
        return np.zeros((ny, nx), np.uint8)
    if shades is not None:
        vertex = np.asarray(shades, np.float64).reshape(-1)
    else:
        sx, sy = float(st.d.x_vsize), float(st.d.y_vsize)
        p = np.stack([px.reshape(-1) / sx, py.reshape(-1) / sy, pz.reshape(-1)], 1)
        a, b, c = p[tri[:, 0]], p[tri[:, 1]], p[tri[:, 2]]
        n = np.cross(b - a, c - a)
        n = np.where(n[:, 2:3] < 0, -n, n)                 # turned towards the viewer
        norm = np.linalg.norm(n, axis=1, keepdims=True)
        n = np.divide(n, norm, out=np.zeros_like(n), where=norm > 0)
        light = np.asarray(SHADING["light"], np.float64)
        light = light / np.linalg.norm(light)
        values = SHADING["values"]
        lo, hi = (0.0, float(st.d.n_colors - 1)) if values is None else \
            (float(values[0]), float(values[1]))
        hi = min(hi, 255.0)
        if SHADING["gouraud"]:
            vn = np.zeros((px.size, 3))
            for k in range(3):
                np.add.at(vn, tri[:, k], n)
            vnorm = np.linalg.norm(vn, axis=1, keepdims=True)
            vn = np.divide(vn, vnorm, out=np.zeros_like(vn), where=vnorm > 0)
            vertex = lo + np.maximum(vn @ light, 0.0) * (hi - lo)
        else:
            face = lo + np.maximum(n @ light, 0.0) * (hi - lo)
            vertex = None
    if vertex is None:
        # one colour per triangle: rasterise with the triangle's own value at each corner
        k = np.arange(len(tri))
        fx = px.reshape(-1)[tri].reshape(-1)
        fy = py.reshape(-1)[tri].reshape(-1)
        fz = pz.reshape(-1)[tri].reshape(-1)
        fv = np.repeat(face, 3)
        depth, (value,), owner = _raster(size, fx, fy, (k[:, None] * 3 + np.arange(3)),
                                         [fz, fv])
    else:
        depth, (value,), owner = _raster(size, px.reshape(-1), py.reshape(-1), tri,
                                         [pz.reshape(-1), vertex])
    img = np.zeros((ny, nx), np.uint8)
    drawn = owner >= 0
    img[drawn] = (np.clip(np.rint(value[drawn]), 0, 255).astype(np.int64) & 255).astype(np.uint8)
    return img


def check_grid(z, x, y, name="SURFACE"):
    """Z (ny, nx) float64 and X, Y as 2-D arrays of Z's shape."""
    z = np.asarray(z)
    if z.ndim != 2 or min(z.shape) < 2:
        raise CompatValueError("Array must have 2 dimensions: Z.")
    ny, nx = z.shape
    if (x is None) != (y is None):
        raise CompatValueError("Incorrect number of arguments.")
    if x is None:
        xx, yy = np.meshgrid(np.arange(nx, dtype=np.float64), np.arange(ny, dtype=np.float64))
        return z.astype(np.float64), xx, yy
    x = np.asarray(x, np.float64)
    y = np.asarray(y, np.float64)
    if x.ndim == 1 and x.size == nx:
        x = np.broadcast_to(x, (ny, nx))
    if y.ndim == 1 and y.size == ny:
        y = np.broadcast_to(y[:, None], (ny, nx))
    if x.shape != (ny, nx) or y.shape != (ny, nx):
        raise CompatValueError("X, Y, or Z array dimensions are incompatible.")
    return z.astype(np.float64), np.array(x), np.array(y)
