"""Drawing the chart objects of :mod:`compat._core.graphics_charts` on a matplotlib axes.

Called by :mod:`compat._core.graphics_render` (for each chart object, by type) only
when a picture is asked for; matplotlib is the optional extra
``compat[plot]``. Each chart is drawn from its MATLAB properties: the bars' rectangles
from the shared bar geometry, the staircase from ``stairs_xy``, the contour lines from
the ``ContourMatrix``, the arrows at the automatic scale, so the picture shows what
``get`` reports.
"""

from __future__ import annotations

import numpy as np

from compat._core import graphics_charts as gc

__all__ = ["draw_chart"]

_MARKERS = {"none": "", "square": "s", "diamond": "D", "pentagram": "p",
            "hexagram": "h", "_": "_", "|": "|"}
_STYLES = {"-": "-", "--": "--", ":": ":", "-.": "-.", "none": "None"}


def _rgb(value, fallback=None):
    if isinstance(value, str):
        if value == "none":
            return "none"
        return fallback
    return tuple(float(v) for v in np.asarray(value).ravel()[:3])


def _marker(name):
    return _MARKERS.get(name, name) or None


def _line_kwargs(p):
    color = _rgb(p["Color"])
    edge, face = p["MarkerEdgeColor"], p["MarkerFaceColor"]
    return dict(color=color, linestyle=_STYLES[p["LineStyle"]],
                linewidth=float(p["LineWidth"]), marker=_marker(p["Marker"]),
                markersize=float(p["MarkerSize"]),
                markeredgecolor=color if edge == "auto" else _rgb(edge),
                markerfacecolor="none" if face == "none" else
                (color if face == "auto" else _rgb(face)))


def _bar(h, ax):
    p = h._props
    left, right, bottom, top = h.rectangles()
    face = _rgb(p["FaceColor"], fallback=(0.0, 0.447, 0.741))
    edge = _rgb(p["EdgeColor"], fallback=face)
    keep = np.isfinite(top)
    kw = dict(color=face, edgecolor=edge, linewidth=float(p["LineWidth"]),
              alpha=float(p["FaceAlpha"]), align="edge")
    if p["Horizontal"] == "on":
        ax.barh(left[keep], (top - bottom)[keep], height=(right - left)[keep],
                left=bottom[keep], **kw)
    else:
        ax.bar(left[keep], (top - bottom)[keep], width=(right - left)[keep],
               bottom=bottom[keep], **kw)


def _scatter(h, ax):
    p = h._props
    cdata = np.asarray(p["CData"], dtype=np.float64)
    n = p["XData"].size
    if cdata.ndim == 2 and cdata.shape[1] == 3:
        colors = np.broadcast_to(cdata, (n, 3)) if cdata.shape[0] == 1 else cdata
        kw = dict(c=[tuple(c) for c in colors])
    else:
        kw = dict(c=cdata.ravel(), cmap="viridis")
    face = p["MarkerFaceColor"]
    edge = p["MarkerEdgeColor"]
    collection = ax.scatter(p["XData"].ravel(), p["YData"].ravel(),
                            s=np.asarray(p["SizeData"], dtype=np.float64).ravel(),
                            marker=_marker(p["Marker"]) or "o",
                            linewidths=float(p["LineWidth"]), **kw)
    colors = collection.get_facecolors()
    collection.set_edgecolors("none" if edge == "none" else
                              (colors if edge == "flat" else [_rgb(edge)]))
    collection.set_facecolors("none" if face == "none" else
                              (colors if face in ("flat", "auto") else [_rgb(face)]))


def _errorbar(h, ax):
    p = h._props
    x, y = p["XData"].ravel(), p["YData"].ravel()

    def err(neg, pos):
        neg, pos = p[neg].ravel(), p[pos].ravel()
        if neg.size != x.size and pos.size != x.size:
            return None
        neg = neg if neg.size == x.size else np.zeros(x.size)
        pos = pos if pos.size == x.size else np.zeros(x.size)
        return np.vstack([neg, pos])
    kw = _line_kwargs(p)
    ax.errorbar(x, y, yerr=err("YNegativeDelta", "YPositiveDelta"),
                xerr=err("XNegativeDelta", "XPositiveDelta"),
                capsize=float(p["CapSize"]) / 2, ecolor=kw["color"],
                elinewidth=kw["linewidth"], **kw)


def _stem(h, ax):
    p = h._props
    kw = _line_kwargs(p)
    x, y = p["XData"].ravel(), p["YData"].ravel()
    base = float(p["BaseValue"])
    ax.vlines(x, base, y, colors=[kw["color"]], linestyles=kw["linestyle"],
              linewidths=kw["linewidth"])
    marker_kw = {k: v for k, v in kw.items() if k not in ("linestyle",)}
    ax.plot(x, y, linestyle="None", **{k: v for k, v in marker_kw.items()
                                        if k != "linewidth"})
    if p["ShowBaseLine"] == "on" and x.size:
        ax.axhline(base, color=(0.0, 0.0, 0.0), linewidth=0.5)


def _stair(h, ax):
    p = h._props
    xs, ys = gc.stairs_xy(p["XData"].ravel(), p["YData"].ravel())
    ax.plot(xs, ys, **_line_kwargs(p))


def _area(h, ax):
    p = h._props
    lower, upper = h.bounds()
    face = _rgb(p["FaceColor"], fallback=(0.0, 0.447, 0.741))
    edge = _rgb(p["EdgeColor"], fallback=face)
    x = p["XData"].ravel()
    ax.fill_between(x, lower, upper, facecolor=face, alpha=float(p["FaceAlpha"]),
                    edgecolor="none")
    if edge != "none":
        ax.plot(x, upper, color=edge, linewidth=float(p["LineWidth"]),
                linestyle=_STYLES[p["LineStyle"]])


def _histogram(h, ax):
    p = h._props
    edges = p["BinEdges"].ravel()
    values = p["Values"].ravel()
    if edges.size < 2:
        return
    face = _rgb(p["FaceColor"], fallback=(0.0, 0.447, 0.741))
    edge = _rgb(p["EdgeColor"], fallback=face)
    if p["DisplayStyle"] == "stairs":
        ax.stairs(values, edges, color=edge, linewidth=float(p["LineWidth"]),
                  orientation=p["Orientation"])
        return
    kw = dict(align="edge", linewidth=float(p["LineWidth"]))
    if p["Orientation"] == "horizontal":
        ax.barh(edges[:-1], values, height=np.diff(edges), color=face,
                alpha=float(p["FaceAlpha"]), edgecolor=edge, **kw)
    else:
        ax.bar(edges[:-1], values, width=np.diff(edges), color=face,
               alpha=float(p["FaceAlpha"]), edgecolor=edge, **kw)


def _contour_segments(matrix):
    """[(level, x, y)] of a contour matrix."""
    out, k = [], 0
    matrix = np.asarray(matrix, dtype=np.float64)
    while k < matrix.shape[1]:
        level, count = matrix[0, k], int(matrix[1, k])
        out.append((level, matrix[0, k + 1:k + 1 + count], matrix[1, k + 1:k + 1 + count]))
        k += count + 1
    return out


def _contour(h, ax):
    p = h._props
    levels = p["LevelList"].ravel()
    if p["Fill"] == "on":
        x, y, z = (np.asarray(p[k], dtype=np.float64) for k in ("XData", "YData", "ZData"))
        if x.ndim < 2 or 1 in x.shape:
            x, y = np.meshgrid(x.ravel(), y.ravel())
        finite = z[np.isfinite(z)]
        bounds = np.unique(np.concatenate([[finite.min()], levels, [finite.max()]])) \
            if finite.size else levels
        if bounds.size >= 2:
            ax.contourf(x, y, z, levels=bounds, cmap="viridis")
    color = p["LineColor"]
    if isinstance(color, str) and color == "none":
        return
    cmap = None
    if isinstance(color, str):
        from matplotlib import colormaps
        cmap = colormaps["viridis"]
    span = (levels.min(), levels.max()) if levels.size else (0.0, 1.0)
    for level, xs, ys in _contour_segments(p["ContourMatrix"]):
        if cmap is not None:
            t = 0.5 if span[1] == span[0] else (level - span[0]) / (span[1] - span[0])
            c = cmap(t)
        else:
            c = _rgb(color)
        ax.plot(xs, ys, color=c, linewidth=float(p["LineWidth"]),
                linestyle=_STYLES[p["LineStyle"]])


def _quiver(h, ax):
    p = h._props
    x0, y0, x1, y1 = h.arrows()
    color = _rgb(p["Color"])
    ok = np.isfinite(x0) & np.isfinite(y0) & np.isfinite(x1) & np.isfinite(y1)
    for a, b, c, d in zip(x0[ok], y0[ok], x1[ok], y1[ok]):
        ax.plot([a, c], [b, d], color=color, linewidth=float(p["LineWidth"]),
                linestyle=_STYLES[p["LineStyle"]])
        if p["ShowArrowHead"] == "on" and (a, b) != (c, d):
            length = np.hypot(c - a, d - b) * float(p["MaxHeadSize"])
            angle = np.arctan2(d - b, c - a)
            for turn in (np.pi / 8, -np.pi / 8):
                ax.plot([c, c - length * np.cos(angle + turn)],
                        [d, d - length * np.sin(angle + turn)], color=color,
                        linewidth=float(p["LineWidth"]))


_DRAW = {gc.Bar: _bar, gc.Scatter: _scatter, gc.ErrorBar: _errorbar, gc.Stem: _stem,
         gc.Stair: _stair, gc.Area: _area, gc.Histogram: _histogram,
         gc.Contour: _contour, gc.Quiver: _quiver}


def draw_chart(h, ax) -> None:
    """Draw chart ``h`` on the matplotlib axes ``ax``."""
    _DRAW[type(h)](h, ax)
