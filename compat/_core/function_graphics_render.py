"""Drawing a function-graphics window (:mod:`compat._core.function_graphics`) with
matplotlib, for the Save method.

Imported only when a picture is asked for: matplotlib is the optional extra
``compat[plot]`` (:func:`compat._core.extras.optional_module`), used with its Agg
canvas (no window, no pyplot state). Each dataspace becomes a matplotlib axes at its
POSITION with the ranges ``p.xrange``/``p.yrange`` report; plots, images, colour bars,
legends and text are drawn with their properties (colour, THICK as line width in points,
LINESTYLE, SYMBOL, SYM_SIZE, TRANSPARENCY, HIDE). The picture shows the object tree; it
is not IDL's renderer's pixels.
"""

from __future__ import annotations

import os

import numpy as np

from compat._core import function_graphics as fg
from compat._core.function_graphics_charts import BarPlot
from compat._core.errors import CompatValueError
from compat._core.extras import optional_module

__all__ = ["build_figure", "save_window", "MPL_LINESTYLES", "MPL_MARKERS"]

#: LINESTYLE index -> matplotlib dash pattern
MPL_LINESTYLES = {0: "-", 1: ":", 2: "--", 3: "-.", 4: (0, (6, 2, 1, 2, 1, 2, 1, 2)),
                  5: (0, (12, 4)), 6: "None"}
#: SYMBOL index -> matplotlib marker
MPL_MARKERS = {0: "", 1: "+", 2: (6, 2, 0), 3: ".", 4: "D", 5: "^", 6: "s", 7: "x",
               8: ">", 9: "<", 10: "v", 11: "<", 12: ">", 13: "2", 14: "1", 15: "3",
               16: "4", 17: "d", 18: "p", 19: "h", 20: "H", 21: "|", 22: "_", 23: "*",
               24: "o"}

#: the virtual screen's resolution, dots per inch (compat's GET_SCREEN_SIZE: 2.54/96 cm)
SCREEN_DPI = 96.0

_FORMATS = {".png": "png", ".jpg": "jpg", ".jpeg": "jpg", ".tif": "tif",
            ".tiff": "tif", ".pdf": "pdf", ".eps": "eps", ".ps": "ps", ".svg": "svg"}
_RASTER = {"png", "jpg", "tif"}


def _rgb(c):
    return tuple(float(v) / 255.0 for v in np.asarray(c).reshape(-1)[:3])


def _alpha(g):
    return 1.0 - float(g._props.get("transparency", 0) or 0) / 100.0


def _draw_bars(ax, b):
    centres, bottoms, tops, thickness = b.bars()
    fill = _rgb(b.fill_color)
    edge = _rgb(b.color)
    draw = ax.barh if b.horizontal else ax.bar
    draw(centres, tops - bottoms, thickness, bottoms, color=fill, edgecolor=edge,
         linewidth=float(b.thick), alpha=_alpha(b), label=str(b.name) or None)


def _draw_plot(ax, p):
    if isinstance(p, BarPlot):
        _draw_bars(ax, p)
        return
    x = np.asarray(p._x, dtype=np.float64)
    y = np.where(p._missing(), np.nan, np.asarray(p._y, dtype=np.float64))
    color = _rgb(p.color)
    sym = p.symbol
    sym_color = color if p.sym_color is None else _rgb(p.sym_color)
    face = "none"
    if p.sym_filled:
        face = sym_color if p.sym_fill_color is None else _rgb(p.sym_fill_color)
    if p.fill_background:
        level = p.fill_level if p.fill_level is not None else p.yrange[0]
        fill = color if p.fill_color is None else _rgb(p.fill_color)
        ax.fill_between(x, y, float(level), color=fill,
                        alpha=_alpha(p) * (1 - float(p.fill_transparency) / 100))
    drawstyle = "steps-mid" if p.histogram else "default"
    ax.plot(x, y, color=color, linewidth=float(p.thick),
            linestyle=MPL_LINESTYLES[p.linestyle], marker=MPL_MARKERS[sym] or None,
            markersize=6.0 * float(p.sym_size), markeredgecolor=sym_color,
            markerfacecolor=face, markevery=int(p.sym_increment),
            drawstyle=drawstyle, alpha=_alpha(p), label=str(p.name) or None)
    for key, horizontal in (("yerror", False), ("xerror", True)):
        e = p._props.get(key)
        if e is None:
            continue
        e = np.asarray(e, dtype=np.float64)
        err = e if e.ndim == 2 else np.vstack([e, e])
        bar = color if p._props.get("errorbar_color") is None else _rgb(
            p.errorbar_color)
        ax.errorbar(x, y, **({"xerr": err} if horizontal else {"yerr": err}),
                    fmt="none", ecolor=bar, capsize=40 * float(p.errorbar_capsize))


def _draw_image(ax, im):
    data = im.scaled()
    table = im._props.get("rgb_table")
    order = bool(im.order)
    lo_x, hi_x = im._limits(0)
    lo_y, hi_y = im._limits(1)
    extent = (lo_x, hi_x, hi_y, lo_y) if order else (lo_x, hi_x, lo_y, hi_y)
    if data.ndim == 3:
        axis = [i for i in range(3) if data.shape[i] in (3, 4)][0]
        rgb = np.moveaxis(data, axis, -1)
        ax.imshow(rgb, origin="upper" if order else "lower", extent=extent,
                  aspect="auto", alpha=_alpha(im), interpolation="nearest")
        return
    colors = optional_module("matplotlib.colors", "drawing function graphics")
    t = fg._rgb_table(0) if table is None else table
    cmap = colors.ListedColormap(t.T.astype(np.float64) / 255.0)
    ax.imshow(data, origin="upper" if order else "lower", extent=extent, aspect="auto",
              cmap=cmap, vmin=0, vmax=t.shape[1] - 1, alpha=_alpha(im),
              interpolation="bilinear" if im.interpolate else "nearest")


def _axes_style(ax, space):
    owner = space._owner()
    xr, yr = space.range(0), space.range(1)
    if owner is not None and owner._props.get("xlog"):
        ax.set_xscale("log")
    if owner is not None and owner._props.get("ylog"):
        ax.set_yscale("log")
    ax.set_xlim(*xr)
    ax.set_ylim(*yr)
    style_ = owner._props.get("axis_style", 2) if owner is not None else 2
    if style_ == 0:
        ax.set_axis_off()
        return
    if owner is None:
        return
    props = owner._props
    ax.set_title(str(props.get("title") or ""))
    ax.set_xlabel(str(props.get("xtitle") or ""))
    ax.set_ylabel(str(props.get("ytitle") or ""))
    for axis, name in ((ax.xaxis, "x"), (ax.yaxis, "y")):
        interval = props.get(f"{name}tickinterval")
        values = props.get(f"{name}tickvalues")
        if values is not None:
            axis.set_ticks(np.asarray(values, dtype=np.float64).reshape(-1))
        elif interval:
            lo, hi = sorted(xr if name == "x" else yr)
            first = np.ceil(lo / float(interval)) * float(interval)
            axis.set_ticks(np.arange(first, hi + float(interval) * 1e-9, float(interval)))
        names = props.get(f"{name}tickname")
        if names is not None:
            axis.set_ticklabels([str(n) for n in np.asarray(names).reshape(-1)])
        if not props.get(f"{name}showtext", 1):
            axis.set_ticklabels([])
    if style_ == 1:
        ax.tick_params(length=0)


def build_figure(window: fg.Window):
    """A matplotlib Figure (Agg canvas) drawing ``window``; returns ``(figure, {dataspace:
    matplotlib axes})``."""
    figure_mod = optional_module("matplotlib.figure", "drawing function graphics")
    backend = optional_module("matplotlib.backends.backend_agg",
                              "drawing function graphics")
    width, height = (int(v) for v in window.dimensions)
    fig = figure_mod.Figure(figsize=(width / SCREEN_DPI, height / SCREEN_DPI), dpi=SCREEN_DPI,
                            facecolor=_rgb(window.background_color))
    backend.FigureCanvasAgg(fig)
    drawn = {}
    for space in window.dataspaces():
        x0, y0, x1, y1 = (float(v) for v in space.position)
        ax = fig.add_axes([x0, y0, x1 - x0, y1 - y0])
        ax.set_facecolor("none")
        drawn[space] = ax
        for g in space.graphics:
            if g.hide:
                continue
            if isinstance(g, fg.Plot):
                _draw_plot(ax, g)
            elif isinstance(g, fg.Image):
                _draw_image(ax, g)
            elif hasattr(g, "_draw"):     # CONTOUR(), SURFACE(), AXIS() draw themselves
                g._draw(ax)
        _axes_style(ax, space)
    for g in window.graphics():
        if g.hide or g._space is not None and not isinstance(g, fg.Text):
            continue
        if isinstance(g, fg.Colorbar):
            _draw_colorbar(fig, g)
        elif isinstance(g, fg.Legend):
            _draw_legend(fig, g)
        elif isinstance(g, fg.Text):
            _draw_text(fig, drawn, g)
    return fig, drawn


def _draw_colorbar(fig, bar):
    x0, y0, x1, y1 = (float(v) for v in bar.position)
    ax = fig.add_axes([x0, y0, x1 - x0, y1 - y0])
    colors = optional_module("matplotlib.colors", "drawing function graphics")
    t = bar.table()
    cmap = colors.ListedColormap(t.T.astype(np.float64) / 255.0)
    lo, hi = (float(v) for v in bar.value_range())
    ramp = np.linspace(0, 1, t.shape[1])
    if bar.orientation == 0:
        ax.imshow(ramp[None, :], aspect="auto", cmap=cmap, extent=(lo, hi, 0, 1))
        ax.set_yticks([])
        ax.set_xlabel(str(bar.title))
    else:
        ax.imshow(ramp[:, None], aspect="auto", cmap=cmap, origin="lower",
                  extent=(0, 1, lo, hi))
        ax.set_xticks([])
        ax.set_ylabel(str(bar.title))
    ticks = bar.tick_values()           # TICKVALUES or TICKINTERVAL
    if ticks is not None:
        (ax.set_xticks if bar.orientation == 0 else ax.set_yticks)(ticks)
    ax.set_label("colorbar")


def _draw_legend(fig, leg):
    lines = optional_module("matplotlib.lines", "drawing function graphics")
    handles = []
    for p in leg.targets():
        if not isinstance(p, fg.Plot):
            continue
        handles.append(lines.Line2D(
            [], [], color=_rgb(p.color), linewidth=float(p.thick),
            linestyle=MPL_LINESTYLES[p.linestyle], marker=MPL_MARKERS[p.symbol] or None,
            markerfacecolor="none", label=str(p.name)))
    x, y = (float(v) for v in np.asarray(leg.position).reshape(-1)[:2])
    loc = f"{leg.vertical_alignment} {leg.horizontal_alignment}".replace(
        "center center", "center").replace("top", "upper").replace("bottom", "lower")
    fig.legend(handles=handles, loc=loc, bbox_to_anchor=(x, y),
               fontsize=float(leg.font_size), ncols=len(handles) if leg.orientation else 1,
               shadow=bool(leg.shadow))


def _draw_text(fig, drawn, t):
    x, y = t.getdata()
    kwargs = dict(color=_rgb(t.color), fontsize=float(t.font_size),
                  rotation=float(t.orientation),
                  ha={0.0: "left", 0.5: "center", 1.0: "right"}.get(
                      float(t.alignment), "left"),
                  va={0.0: "bottom", 0.5: "center", 1.0: "top"}.get(
                      float(t.vertical_alignment), "bottom"), alpha=_alpha(t))
    if t.fill_background:
        kwargs["bbox"] = dict(facecolor=_rgb(t.fill_color if t.fill_color is not None
                                             else [255, 255, 255]), edgecolor="none")
    if t.coordinates == "data" and t._space in drawn:
        drawn[t._space].text(x, y, str(t.string), **kwargs)
    elif t.coordinates == "device":
        w, h = (float(v) for v in t.window.dimensions)
        fig.text(x / w, y / h, str(t.string), **kwargs)
    else:
        fig.text(x, y, str(t.string), **kwargs)


def save_window(window: fg.Window, filename, *, resolution=None, transparent=False,
                border=None, width=None, height=None) -> None:
    """Write ``window`` to ``filename`` (the format from its extension)."""
    path = os.fspath(filename)
    ext = os.path.splitext(path)[1].lower()
    if ext not in _FORMATS:
        raise CompatValueError(f"Unknown file type: {ext or path!r}; use one of "
                               f"{', '.join(sorted(_FORMATS))}")
    fmt = _FORMATS[ext]
    fig, _ = build_figure(window)
    w, h = (float(v) for v in window.dimensions)
    if fmt in _RASTER:
        # the window's own pixels unless RESOLUTION, WIDTH or HEIGHT asks for more
        dpi = SCREEN_DPI if resolution is None else float(resolution)
        if width is not None:
            dpi = SCREEN_DPI * float(width) / w
        elif height is not None:
            dpi = SCREEN_DPI * float(height) / h
    else:
        dpi = SCREEN_DPI if resolution is None else float(resolution)
    if dpi <= 0:
        raise CompatValueError(f"RESOLUTION must be > 0: {resolution!r}")
    face = "none" if transparent else fig.get_facecolor()
    if fmt == "tif":
        fmt = "tiff"
    fig.savefig(path, format=fmt, dpi=dpi, facecolor=face, transparent=bool(transparent),
                **({"bbox_inches": "tight", "pad_inches": float(border) / dpi}
                   if border is not None else {}))


fg.register_writer(save_window)
