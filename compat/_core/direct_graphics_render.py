"""Rasterising IDL direct graphics' display list (:mod:`compat._core.direct_graphics`)
into an image of colour indices, as the Z buffer holds it for TVRD: matplotlib's Agg
canvas, imported only here (the optional extra ``compat[plot]``).

What is drawn: ERASE's background, PLOT's axis box (the plot window's edges, in the
plot's colour; none for style bit 4, no top/right edge for bit 8), the lines of PLOT, OPLOT and PLOTS (one-pixel, not antialiased, in their
colour index) and XYOUTS's text at its device position (matplotlib's font, not IDL's
Hershey characters; size ``!D.Y_CH_SIZE * CHARSIZE``). Tick marks and tick labels
reach this renderer as lines and text (:mod:`compat._core.tick_marks`); PSYM symbols reach this renderer as short polylines
(:func:`compat._core.raster_graphics.compose` expands them). The picture is close
to IDL's, not pixel-identical
(each program rasterises lines its own way): use it to look at a ported program's
output, not to compare pixels.
"""

from __future__ import annotations

import numpy as np

from compat._core.extras import optional_module

__all__ = ["rasterize"]


def _gray(index):
    v = (int(index) & 255) / 255.0
    return (v, v, v)


def rasterize(items, size, default_color=255) -> np.ndarray:
    """The display list ``items`` drawn on a ``size = (nx, ny)`` canvas: a BYTE array
    ``(ny, nx)`` of colour indices, row 0 at the bottom (IDL's order, readsav layout)."""
    optional_module("matplotlib", "drawing IDL graphics (TVRD)")
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    nx, ny = int(size[0]), int(size[1])
    fig = Figure(figsize=(nx / 100.0, ny / 100.0), dpi=100)
    canvas = FigureCanvasAgg(fig)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_axis_off()
    ax.set_xlim(0, nx)
    ax.set_ylim(0, ny)
    background = 0
    for item in items:
        kind = item[0]
        props = item[-1] if isinstance(item[-1], dict) else {}
        color = _gray(props.get("color", default_color))
        if kind == "erase":
            background = int(item[1])
            for artist in list(ax.lines) + list(ax.texts):
                artist.remove()
        elif kind == "axes":
            x0, y0, x1, y1 = (float(v) for v in item[3])
            xs, ys = props.get("xstyle", 0), props.get("ystyle", 0)
            edges = []
            if not xs & 4:            # style bit 4: no axis; bit 8: no box (top/right)
                edges.append(([x0, x1], [y0, y0]))
                if not xs & 8:
                    edges.append(([x0, x1], [y1, y1]))
            if not ys & 4:
                edges.append(([x0, x0], [y0, y1]))
                if not ys & 8:
                    edges.append(([x1, x1], [y0, y1]))
            for ex, ey in edges:
                ax.plot(ex, ey, color=color, linewidth=0.72, antialiased=False,
                        solid_capstyle="butt")
        elif kind == "lines":
            ax.plot(item[1], item[2], color=color, linewidth=0.72 * float(
                props.get("thick", 1) or 1), antialiased=False)
        elif kind == "text":
            ax.text(float(item[1]), float(item[2]), item[3], color=color,
                    fontsize=props.get("charsize", 1.0) * props.get("ch_size", 12) * 0.72,
                    ha={0: "left", 1: "right"}.get(props.get("alignment", 0), "center"),
                    rotation=float(props.get("orientation", 0) or 0),
                    antialiased=False)
    fig.patch.set_facecolor(_gray(background))
    ax.set_facecolor(_gray(background))
    canvas.draw()
    rgba = np.asarray(canvas.buffer_rgba())
    return np.ascontiguousarray(rgba[::-1, :, 0]).astype(np.uint8)
