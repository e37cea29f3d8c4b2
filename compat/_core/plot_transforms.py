"""Coordinate transforms of IDL's direct-graphics keywords: PLOT/OPLOT's /POLAR, the
3-D transformation /T3D (through !P.T) of PLOT, OPLOT, PLOTS, XYOUTS and POLYFILL, and
POLYFILL's PATTERN= tiling. Numbers only: the legacy layer (:mod:`compat.idl.plotting`,
:mod:`compat.idl.image_display`) records what is drawn.

The rules and their sources
---------------------------
* **/POLAR** (IDL Reference Guide, PLOT: "POLAR: Set this keyword to produce polar
  plots. The X and Y vector parameters, both of which must be present, are first
  converted from polar to Cartesian coordinates. The first parameter is the radius, and
  the second is the angle (expressed in radians)"): ``x = r cos(theta)``, ``y = r
  sin(theta)``, computed in DOUBLE (GDL 1.0.1's !X.CRANGE with XSTYLE=1 is the DOUBLE
  product's extreme, not the FLOAT one's); the axes are then scaled, drawn and clipped
  as for any PLOT (a rectangular box; IDL draws no circular grid).
* **/T3D** (IDL Reference Guide, "Graphics Keywords", T3D: "Set this keyword to indicate
  that the generalized transformation matrix in !P.T is to be used. If not present,
  the user-supplied coordinates are simply scaled to screen coordinates"; "Three-
  Dimensional Graphics": a point ``[x, y, z, 1]`` in normal coordinates is multiplied by
  !P.T and divided by its fourth coordinate; the result's X and Y are the normal
  coordinates drawn; ZVALUE: "the Z coordinate, in normalized coordinates in the range
  of 0 to 1, of the axis and data output from PLOT, OPLOT, and AXIS", default 0):
  data go to normal coordinates by ![XYZ].S (log10 first on a log axis), device ones
  by dividing by !D.X_VSIZE/!D.Y_VSIZE; a point without Z has Z = 0 in its own system
  (data Z 0 goes through !Z.S). !P.T's printed rows are the rows of the numpy matrix
  (readsav layout), so the point is ``!P.T @ [x, y, z, 1]`` (T3D's TRANSLATE fills the
  last column). PLOT, OPLOT and CONTOUR draw their whole picture (axis box, ticks,
  labels, the lines clipped to the plot window, CONTOUR's traced lines) in the plane
  ``z = ZVALUE`` and project it; PLOTS, XYOUTS and POLYFILL project each point;
  CONVERT_COORD, /T3D gives the projected point (to NORMAL or DEVICE). /T3D is also in effect when !P.T3D is set.
  GDL 1.0.1 does not follow this: it draws nothing for PLOTS, /NORMAL, /T3D with the
  identity !P.T and leaves /DEVICE points untransformed, so no clone checks /T3D.
* **PATTERN=** (IDL Reference Guide, POLYFILL: "A rectangular array of pixels giving the
  fill pattern. If this keyword parameter is omitted, POLYFILL fills the area with a
  solid color. The pattern array may be of any size; if it is smaller than the filled
  area the pattern array is cyclically repeated"): the filled pixels (those the solid
  fill would set) take the pattern's values, the pattern tiled from device pixel (0, 0)
  (IDL's ``P[i mod nx, j mod ny]`` at device column i, row j: compat's anchor, the
  stipple origin X uses; IDL does not state it).
"""

from __future__ import annotations

import numpy as np

from compat._core import direct_graphics as dg
from compat._core.errors import CompatValueError

__all__ = ["polar_xy", "t3d_active", "to_normal3", "project_normal", "project_points",
           "convert_t3d",
           "project_items", "check_pattern"]


def polar_xy(r, theta):
    """``(r cos(theta), r sin(theta))`` in float64 (/POLAR's conversion)."""
    r = np.asarray(r, np.float64)
    theta = np.asarray(theta, np.float64)
    return r * np.cos(theta), r * np.sin(theta)


def t3d_active(t3d) -> bool:
    """/T3D given, or (keyword absent) !P.T3D set."""
    if t3d is None:
        return bool(int(dg.STATE.p.t3d))
    return bool(t3d)


def to_normal3(x, y, z, system: str):
    """Points (float64 arrays of one shape) in ``system`` to 3-D normal coordinates
    (before !P.T): data by ![XYZ].S (log10 on a log axis), device over !D's size."""
    st = dg.STATE
    out = []
    for k, (axis, v) in enumerate(((st.x, x), (st.y, y), (st.z, z))):
        v = np.asarray(v, np.float64)
        if system == "data":
            if int(axis.type) == 1:
                with np.errstate(divide="ignore", invalid="ignore"):
                    v = np.log10(v)
            s = axis.s
            v = s[0] + s[1] * v
        elif system == "device" and k < 2:
            v = v / float(st.d.x_vsize if k == 0 else st.d.y_vsize)
        out.append(v)
    return out


def project_normal(nx, ny, nz, t=None):
    """3-D normal points through the 4 x 4 ``t`` (default !P.T): device x and y."""
    st = dg.STATE
    t = st.p.t if t is None else np.asarray(t, np.float64)
    nx, ny, nz = (np.asarray(v, np.float64) for v in (nx, ny, nz))
    pts = np.stack([nx, ny, nz, np.ones_like(nx)], axis=-1)
    q = pts @ t.T
    with np.errstate(divide="ignore", invalid="ignore"):
        q = q / q[..., 3:4]
    return q[..., 0] * float(st.d.x_vsize), q[..., 1] * float(st.d.y_vsize)


def convert_t3d(points, source: str, target: str) -> np.ndarray:
    """CONVERT_COORD, /T3D: ``points`` (n, 3) of ``source`` through ![XYZ].S (data) and
    !P.T to ``target`` ('normal' or 'device'; Z is the projected depth, normal)."""
    if target == "data":
        raise CompatValueError("/T3D to DATA coordinates (the inverse of !P.T) is not "
                               "supported.")
    st = dg.STATE
    pts = np.asarray(points, np.float64)
    nx, ny, nz = to_normal3(pts[:, 0], pts[:, 1], pts[:, 2], source)
    q = np.stack([nx, ny, nz, np.ones_like(nx)], axis=-1) @ st.p.t.T
    with np.errstate(divide="ignore", invalid="ignore"):
        q = q[:, :3] / q[:, 3:4]
    if target == "device":
        q[:, 0] *= float(st.d.x_vsize)
        q[:, 1] *= float(st.d.y_vsize)
    return q


def project_points(x, y, z, system: str):
    """Points of ``system`` (Z None: 0) to device x and y through !P.T."""
    x = np.asarray(x, np.float64)
    y = np.asarray(y, np.float64)
    z = np.zeros_like(x) if z is None else np.broadcast_to(np.asarray(z, np.float64),
                                                           x.shape)
    return project_normal(*to_normal3(x, y, z, system))


def _box(rect):
    x0, y0, x1, y1 = (float(v) for v in rect)
    return np.array([x0, x1, x1, x0, x0]), np.array([y0, y0, y1, y1, y0])


def project_items(items, zvalue=0.0):
    """The display-list ``items`` (device coordinates, drawn in the plane of normal Z
    ``zvalue``) projected through !P.T: lines and text move; an axis box becomes its
    four projected edges (as lines). Returns the new list."""
    st = dg.STATE
    sx, sy = float(st.d.x_vsize), float(st.d.y_vsize)
    z = float(zvalue)

    def proj(xd, yd):
        xd = np.asarray(xd, np.float64)
        yd = np.asarray(yd, np.float64)
        return project_normal(xd / sx, yd / sy, np.full(xd.shape, z))

    out = []
    for item in items:
        kind = item[0]
        if kind == "lines":
            px, py = proj(item[1], item[2])
            out.append(("lines", px, py, *item[3:]))
        elif kind == "text":
            px, py = proj([item[1]], [item[2]])
            out.append(("text", float(px[0]), float(py[0]), *item[3:]))
        elif kind == "axes":
            props = dict(item[-1])
            xs, ys = int(props.get("xstyle", 0)), int(props.get("ystyle", 0))
            bx, by = _box(item[3])
            edges = []          # bottom, right, top, left as the 2-D renderer draws them
            if not xs & 4:
                edges.append((0, 1))
                if not xs & 8:
                    edges.append((2, 3))
            if not ys & 4:
                edges.append((3, 4))
                if not ys & 8:
                    edges.append((1, 2))
            for a, b in edges:
                px, py = proj(bx[[a, b]], by[[a, b]])
                out.append(("lines", px, py, {k: v for k, v in props.items()
                                              if k in ("color", "ch_size", "thick")}))
        elif kind == "fill":
            px, py = proj(item[1], item[2])
            out.append(("fill", px, py, *item[3:]))
        elif kind == "contour":         # CONTOUR's lines, traced now and projected
            from compat._core.raster_graphics import contour_lines
            out.extend(project_items(contour_lines(item, (sx, sy)), z))
        else:
            out.append(item)
    return out


def check_pattern(pattern) -> np.ndarray:
    """PATTERN= as a BYTE array ``(ny, nx)`` (readsav layout); a vector is one row."""
    from compat._core.idl_types import idl_array
    p = idl_array(pattern, "PATTERN", complex_ok=False)
    if p.ndim == 1:
        p = p[None, :]
    if p.ndim != 2 or p.size == 0:
        raise CompatValueError("PATTERN must be a non-empty 1- or 2-D array.")
    with np.errstate(invalid="ignore"):
        v = np.where(np.isfinite(p), p, 0) if p.dtype.kind == "f" else p
    return (np.trunc(v).astype(np.int64) & 255).astype(np.uint8)


