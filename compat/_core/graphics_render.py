"""Drawing a graphics tree of :mod:`compat._core.graphics_objects` with matplotlib.

Imported only when a picture is asked for (``saveas``, ``print``): matplotlib is the
optional extra ``compat[plot]`` (:func:`compat._core.extras.optional_module`), used with
its Agg canvas (no window, no pyplot state). Each axes is drawn at its ``Position``
(normalized figure coordinates) with the model's limits, ticks, labels, grid and box, so
the picture shows what ``get`` reports.
"""

from __future__ import annotations

import numpy as np

from compat._core import graphics_objects as go
from compat._core import graphics_annotations as annotations
from compat._core import graphics_surface_render as surface_render
from compat._core.graphics_charts import Chart
from compat._core.graphics_charts_render import draw_chart
from compat._core.extras import optional_module

__all__ = ["render_figure", "build_figure"]

_MARKERS = {"none": "", "square": "s", "diamond": "D", "pentagram": "p",
            "hexagram": "h", "_": "_", "|": "|"}
_STYLES = {"-": "-", "--": "--", ":": ":", "-.": "-.", "none": "None"}


def _rgb(value):
    if isinstance(value, str):
        return value  # 'none' / 'auto' handled by callers
    return tuple(float(v) for v in np.asarray(value).ravel()[:3])


def _text(value):
    return "\n".join(value) if isinstance(value, list) else str(value)


def build_figure(fig: go.Figure):
    """A matplotlib Figure (Agg canvas) drawing ``fig``; returns ``(figure, {axes:
    matplotlib axes})``."""
    figure_mod = optional_module("matplotlib.figure", "drawing figures")
    backend = optional_module("matplotlib.backends.backend_agg", "drawing figures")
    width, height = (float(v) for v in fig._props["Position"].ravel()[2:])
    mfig = figure_mod.Figure(figsize=(width / 100, height / 100), dpi=100,
                             facecolor=_rgb(fig._props["Color"]))
    backend.FigureCanvasAgg(mfig)
    drawn = {}
    for ax in reversed(fig.axes()):  # oldest first, as stacked
        pos = [float(v) for v in ax._props["Position"].ravel()]
        max_ = mfig.add_axes(pos, **surface_render.axes_kwargs(ax))
        drawn[ax] = max_
        color = ax._props["Color"]
        max_.set_facecolor("none" if isinstance(color, str) else _rgb(color))
        for h in reversed(ax.lines()):
            if h._props["Visible"] != "on":
                continue
            marker = h._props["Marker"]
            edge = h._props["MarkerEdgeColor"]
            face = h._props["MarkerFaceColor"]
            max_.plot(*surface_render.line_coordinates(h, max_),
                      color=_rgb(h._props["Color"]),
                      linestyle=_STYLES[h._props["LineStyle"]],
                      linewidth=float(h._props["LineWidth"]),
                      marker=_MARKERS.get(marker, marker) or None,
                      markersize=float(h._props["MarkerSize"]),
                      markeredgecolor=_rgb(h._props["Color"]) if edge == "auto"
                      else _rgb(edge),
                      markerfacecolor="none" if face == "none" else
                      (_rgb(h._props["Color"]) if face == "auto" else _rgb(face)),
                      label=h._props["DisplayName"] or None)
        for c in reversed(ax._children):  # charts (bars, stems, contours, ...)
            if isinstance(c, Chart) and not c._deleted and c._props["Visible"] == "on":
                draw_chart(c, max_)
        for c in reversed(ax._children):  # rectangle objects
            if isinstance(c, annotations.Rectangle) and not c._deleted and \
                    c._props["Visible"] == "on":
                annotations.draw_rectangle(c, max_)
        surface_render.draw_axes_content(ax, max_)  # patches, surfaces, images
        for t in reversed([c for c in ax._children if isinstance(c, go.Text)
                           and not c._deleted and c._props["Visible"] == "on"]):
            p = t._props
            xy = [float(v) for v in p["Position"].ravel()[:2]]
            max_.text(xy[0], xy[1], _text(p["String"]),
                      transform=max_.transAxes if p["Units"] == "normalized" else
                      max_.transData, fontsize=p["FontSize"], color=_rgb(p["Color"]),
                      ha=p["HorizontalAlignment"],
                      va={"middle": "center", "cap": "top"}.get(
                          p["VerticalAlignment"], p["VerticalAlignment"]),
                      rotation=p["Rotation"], fontweight=p["FontWeight"])
        max_.set_xscale(ax._props["XScale"])  # before the ticks: a scale resets them
        max_.set_yscale(ax._props["YScale"])
        for which, setter, tick_setter, labels_setter in (
                ("x", max_.set_xlim, max_.set_xticks, max_.set_xticklabels),
                ("y", max_.set_ylim, max_.set_yticks, max_.set_yticklabels)):
            lo, hi = (float(v) for v in ax._limits(which).ravel())
            if ax._props[f"{which.upper()}Dir"] == "reverse":
                lo, hi = hi, lo
            setter(lo, hi)
            ticks = ax._ticks(which).ravel()
            tick_setter(ticks)
            if ax._props[f"{which.upper()}TickLabelMode"] == "manual":
                labels = ax._tick_labels(which)
                labels_setter((labels * len(ticks))[:len(ticks)] if labels else [])
        for which in ("x", "y"):
            if ax._props[f"{which.upper()}Grid"] == "on":
                max_.grid(True, axis=which, color=(0.15, 0.15, 0.15), alpha=0.15,
                          linewidth=0.5)
            else:
                max_.grid(False, axis=which)
        surface_render.finish_axes(ax, max_, mfig)  # 3-D view, z axis, colorbar
        box = ax._props["Box"] == "on"
        max_.spines["top"].set_visible(box)
        max_.spines["right"].set_visible(box)
        title = ax._labels["Title"]._props
        if title["String"]:
            max_.set_title(_text(title["String"]), fontsize=title["FontSize"],
                           fontweight=title["FontWeight"])
        for key, setter in (("XLabel", max_.set_xlabel), ("YLabel", max_.set_ylabel)):
            t = ax._labels[key]._props
            if t["String"]:
                setter(_text(t["String"]), fontsize=t["FontSize"])
        if ax._legend is not None and not ax._legend._deleted:
            handles = max_.get_lines()
            names = ax._legend._props["String"]
            location = str(ax._legend._props["Location"]).lower()
            loc = {"northeast": "upper right", "northwest": "upper left",
                   "southeast": "lower right", "southwest": "lower left",
                   "north": "upper center", "south": "lower center",
                   "east": "center right", "west": "center left",
                   "best": "best"}.get(location, "upper right")
            max_.legend(handles[:len(names)], names, loc=loc)
        if ax._props["Visible"] != "on":
            max_.set_axis_off()
    for pane in fig._children:  # annotation shapes, in figure units
        if isinstance(pane, annotations.AnnotationPane) and not pane._deleted:
            for shape in reversed(pane._children):
                if not shape._deleted and shape._props["Visible"] == "on":
                    annotations.draw_annotation(shape, mfig)
    return mfig, drawn


def render_figure(fig: go.Figure, filename: str, fmt: str, dpi: int = 150) -> None:
    """Write ``fig`` to ``filename`` in format ``fmt`` (png, jpg, pdf, eps, svg, tiff)."""
    mfig, _ = build_figure(fig)
    face = mfig.get_facecolor()
    if fig._props["InvertHardcopy"] == "on" and fmt != "svg":
        face = "white"  # MATLAB prints on white unless InvertHardcopy is off
    mfig.savefig(filename, format=fmt, dpi=dpi, facecolor=face)
