"""Drawing patches, surfaces, images and colorbars with matplotlib (for
:mod:`compat._core.graphics_render`, imported only when a picture is asked for).

Colours go through the axes' colormap as MATLAB maps them (MATLAB's "Control Colormap
Limits" and Image/Surface CDataMapping documentation): a scaled value c becomes row
``fix((c - cmin) / (cmax - cmin) * m) + 1`` of the m-row map, clipped to [1, m] (cmax
itself is row m); a direct value of a floating class is the row ``fix(c)``, of an integer
class the row ``c + 1``, clipped likewise. A surface face takes the colour of its first
corner (MATLAB's 'flat'); 'interp' faces are drawn with their corners' mean colour.
A 3-D view draws on matplotlib's ``Axes3D`` with MATLAB's azimuth (``view_init`` counts
azimuth from the x axis, MATLAB from the negative y axis: matplotlib's is MATLAB's - 90).
"""

from __future__ import annotations

import numpy as np

from compat._core import graphics_surfaces as gsurf
from compat._core.extras import optional_module

__all__ = ["axes_kwargs", "line_coordinates", "draw_axes_content", "finish_axes",
           "color_rows"]


def axes_kwargs(ax) -> dict:
    """The ``add_axes`` keywords of ``ax``: a 3-D projection unless the view is 2-D."""
    if ax.is_3d():
        optional_module("mpl_toolkits.mplot3d", "drawing 3-D views")
        return {"projection": "3d"}
    return {}


def line_coordinates(h, max_):
    """A line's coordinates for ``max_.plot``: x, y, and z on a 3-D axes."""
    x, y = h._props["XData"].ravel(), h._props["YData"].ravel()
    if getattr(max_, "name", "") == "3d":
        z = np.asarray(h._props["ZData"], dtype=np.float64).ravel()
        return x, y, (z if z.size == x.size else np.zeros(x.size))
    return x, y


def color_rows(c, cmap, clim, scaled: bool, integer: bool = False) -> np.ndarray:
    """RGBA (float, ``c.shape + (4,)``) of colour data ``c``: truecolor as it is,
    indexed data through ``cmap`` by MATLAB's scaled or direct rule; NaN transparent."""
    c = np.asarray(c)
    if c.ndim == 3 and c.shape[2] == 3:
        rgb = c.astype(np.float64)
        if c.dtype.kind in "iu":
            rgb = rgb / float(np.iinfo(c.dtype).max)
        return np.concatenate([np.clip(rgb, 0, 1), np.ones(c.shape[:2] + (1,))], axis=2)
    m = cmap.shape[0]
    v = c.astype(np.float64)
    nan = ~np.isfinite(v)
    if scaled:
        lo, hi = (float(t) for t in np.asarray(clim).ravel())
        with np.errstate(invalid="ignore"):
            rows = np.fix((np.where(nan, lo, v) - lo) / (hi - lo) * m)
        rows = np.clip(rows, 0, m - 1)
    else:
        rows = np.where(nan, 1, v) if not integer else np.where(nan, 0, v) + 1
        rows = np.clip(np.fix(rows), 1, m) - 1
    out = np.concatenate([cmap[rows.astype(np.int64)], np.ones(v.shape + (1,))], axis=-1)
    out[nan] = 0.0
    return out


def _solid(color, alpha=1.0):
    rgb = [float(v) for v in np.asarray(color).ravel()[:3]]
    return tuple(rgb + [float(alpha)])


def _alpha(value):
    return float(value) if not isinstance(value, str) else 1.0


def _draw_patch(h, ax, max_, cmap, clim, is3d):
    p = h._props
    faces, vertices = p["Faces"], p["Vertices"]
    if not faces.size:
        return
    polys, keep = [], []
    for k, row in enumerate(faces):
        idx = row[np.isfinite(row)].astype(np.int64) - 1
        if idx.size:
            v = vertices[idx]
            if is3d and v.shape[1] == 2:
                v = np.column_stack([v, np.zeros(len(v))])
            polys.append(v if is3d else v[:, :2])
            keep.append(k)
    fvcd = p["FaceVertexCData"]
    face, edge = p["FaceColor"], p["EdgeColor"]
    scaled = p["CDataMapping"] == "scaled"
    per_face = None
    if fvcd.size:
        data = fvcd if fvcd.shape[1] == 3 else fvcd[:, 0]
        data = data.reshape(-1, 1, 3) if fvcd.shape[1] == 3 else data.reshape(-1, 1)
        rows = color_rows(data, cmap, clim, scaled)[:, 0]
        if fvcd.shape[0] == vertices.shape[0] and fvcd.shape[0] != faces.shape[0] or \
                fvcd.shape[0] > 1 and faces.shape[0] == 1:
            per_face = np.array([rows[faces[k][np.isfinite(faces[k])].astype(np.int64) - 1]
                                 .mean(axis=0) for k in keep])
        else:
            per_face = rows[np.minimum(keep, rows.shape[0] - 1)]

    def colors(spec, alpha):
        if isinstance(spec, str):
            if spec == "none":
                return "none"
            if per_face is None:
                return (0.0, 0.0, 0.0, alpha)
            out = per_face.copy()
            out[:, 3] = alpha
            return out
        return _solid(spec, alpha)
    fc = colors(face, _alpha(p["FaceAlpha"]))
    ec = colors(edge, _alpha(p["EdgeAlpha"]))
    lw = float(p["LineWidth"]) if p["LineStyle"] != "none" else 0.0
    if is3d:
        art3d = optional_module("mpl_toolkits.mplot3d.art3d", "drawing 3-D views")
        coll = art3d.Poly3DCollection(polys, facecolors=fc, edgecolors=ec, linewidths=lw)
        max_.add_collection3d(coll)
    else:
        collections = optional_module("matplotlib.collections", "drawing figures")
        coll = collections.PolyCollection(polys, facecolors=fc, edgecolors=ec,
                                          linewidths=lw)
        max_.add_collection(coll)


def _draw_surface(h, ax, max_, cmap, clim, is3d):
    p = h._props
    x, y, z = (np.asarray(a, dtype=np.float64) for a in h.grids())
    c = p["CData"]
    if z.size == 0:
        return
    rgba = color_rows(c, cmap, clim, p["CDataMapping"] == "scaled",
                      integer=c.dtype.kind in "iu") if c.size == z.size or \
        c.ndim == 3 else np.zeros(z.shape + (4,))
    face, edge = p["FaceColor"], p["EdgeColor"]
    lw = float(p["LineWidth"]) if p["LineStyle"] != "none" else 0.0
    if is3d:
        if isinstance(face, str) and face == "none":
            facecolors = np.zeros(z.shape + (4,))
        elif isinstance(face, str):
            facecolors = rgba.copy()
            facecolors[..., 3] = _alpha(p["FaceAlpha"])
        else:
            facecolors = np.broadcast_to(np.array(_solid(face, _alpha(p["FaceAlpha"]))),
                                         z.shape + (4,)).copy()
        coll = max_.plot_surface(x, y, z, facecolors=facecolors, rstride=1, cstride=1,
                                 shade=False, linewidth=lw, antialiased=False)
        if isinstance(edge, str) and edge in ("flat", "interp"):
            coll.set_edgecolor(rgba[:-1, :-1].reshape(-1, 4))
        elif isinstance(edge, str):
            coll.set_edgecolor("none")
        else:
            coll.set_edgecolor(_solid(edge, _alpha(p["EdgeAlpha"])))
        return
    colors = optional_module("matplotlib.colors", "drawing figures")
    if isinstance(face, str) and face in ("flat", "interp"):
        faces = rgba[:-1, :-1].reshape(-1, 4) if min(z.shape) > 1 else np.zeros((0, 4))
    elif isinstance(face, str):
        faces = "none"
    else:
        faces = _solid(face, _alpha(p["FaceAlpha"]))
    if min(z.shape) > 1:
        mesh = max_.pcolormesh(x, y, np.zeros((z.shape[0] - 1, z.shape[1] - 1)),
                               shading="flat", cmap=colors.ListedColormap(cmap))
        mesh.set_array(None)
        mesh.set_facecolor(faces)
        mesh.set_edgecolor("none" if isinstance(edge, str) and edge == "none" else
                           (_solid(edge) if not isinstance(edge, str) else
                            rgba[:-1, :-1].reshape(-1, 4)))
        mesh.set_linewidth(lw)


def _draw_image(h, ax, max_, cmap, clim):
    p = h._props
    c = p["CData"]
    if c.size == 0:
        return
    rgba = color_rows(c, cmap, clim, p["CDataMapping"] == "scaled",
                      integer=c.dtype.kind in "iu")
    if not isinstance(p["AlphaData"], str) and np.size(p["AlphaData"]) == 1:
        rgba[..., 3] *= float(np.asarray(p["AlphaData"]).reshape(()))
    x0, x1 = gsurf.image_edges(p["XData"], c.shape[1])
    y0, y1 = gsurf.image_edges(p["YData"], c.shape[0])
    # row 1 at YData(1): origin 'upper' puts the first row at the extent's "top" value
    max_.imshow(rgba, extent=(x0, x1, y1, y0), origin="upper", aspect="auto",
                interpolation="nearest")


def draw_axes_content(ax, max_):
    """Draw the patches, surfaces and images of ``ax`` (oldest first) on ``max_``."""
    cmap = ax.colormap()
    clim = ax.color_limits()
    is3d = getattr(max_, "name", "") == "3d"
    for h in reversed(ax._children):
        if h._deleted or h._props.get("Visible") != "on":
            continue
        if isinstance(h, gsurf.Patch):
            _draw_patch(h, ax, max_, cmap, clim, is3d)
        elif isinstance(h, gsurf.Surface):
            _draw_surface(h, ax, max_, cmap, clim, is3d)
        elif isinstance(h, gsurf.Image) and not is3d:
            _draw_image(h, ax, max_, cmap, clim)


def finish_axes(ax, max_, mfig):
    """After the x and y limits: z limits, the view and the z label of a 3-D axes, and
    the axes' colorbar."""
    if getattr(max_, "name", "") == "3d":
        lo, hi = (float(v) for v in ax._limits("z").ravel())
        max_.set_zlim(lo, hi)
        max_.set_zticks(ax._ticks("z").ravel())
        az, el = (float(v) for v in ax._props["View"].ravel())
        max_.view_init(elev=el, azim=az - 90.0)
        t = ax._labels["ZLabel"]._props
        if t["String"]:
            max_.set_zlabel(t["String"] if isinstance(t["String"], str) else
                            "\n".join(t["String"]), fontsize=t["FontSize"])
    bar = gsurf.colorbar_of(ax)
    if bar is not None and bar._props["Visible"] == "on":
        _draw_colorbar(ax, bar, mfig)


def _draw_colorbar(ax, bar, mfig):
    left, bottom, width, height = (float(v) for v in ax._props["Position"].ravel())
    location = bar._props["Location"]
    vertical = not location.startswith(("north", "south"))
    thick = 0.03
    if location in ("eastoutside", "east"):
        rect = [min(left + width + 0.02, 1 - thick - 0.04), bottom, thick, height]
    elif location in ("westoutside", "west"):
        rect = [max(left - 0.08, 0.0), bottom, thick, height]
    elif location in ("northoutside", "north"):
        rect = [left, min(bottom + height + 0.02, 1 - thick), width, thick]
    else:
        rect = [left, max(bottom - 0.09, 0.0), width, thick]
    cax = mfig.add_axes(rect)
    cmap = ax.colormap()
    lo, hi = (float(v) for v in bar.limits().ravel())
    strip = cmap[:, None, :] if vertical else cmap[None, :, :]
    clo, chi = (float(v) for v in ax.color_limits().ravel())
    extent = (0, 1, clo, chi) if vertical else (clo, chi, 0, 1)
    cax.imshow(strip, extent=extent, origin="lower", aspect="auto",
               interpolation="nearest")
    ticks = bar.ticks().ravel()
    if vertical:
        cax.set_ylim(lo, hi)
        cax.set_xticks([])
        cax.set_yticks(ticks)
        cax.yaxis.tick_right()
    else:
        cax.set_xlim(lo, hi)
        cax.set_yticks([])
        cax.set_xticks(ticks)
