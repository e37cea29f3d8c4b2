"""The tick marks and tick labels of IDL's direct-graphics axes (PLOT, CONTOUR) as
display-list items: lines for the major and minor ticks, text for the labels.

The rules and their sources
---------------------------
* **Where** (IDL Reference Guide, [XYZ]TICKS, [XYZ]TICKV, XTICK_GET): the major ticks
  are :func:`compat._core.raster_graphics.axis_ticks`' values, the same ones XTICK_GET
  returns: XTICKV with XTICKS, else XTICKS equal intervals, else the multiples of the
  range's 1-2-5 interval (decades on a log axis).
* **How long** (IDL, TICKLEN keyword and !P.TICKLEN: "the length of each tick mark, in
  normal coordinate units ... as a fraction of the plot window. ... 1.0 produces a
  grid ... negative values extend outward. The default is 0.02"): a tick of the X axis
  is ``ticklen`` times the window's height in pixels (the Y axis': its width); the X
  axis' ticks point up from the bottom edge and down from the top edge (bit 8 of the
  style: no top edge); [XY]TICKLEN (or ![XY].TICKLEN), when not 0, replaces TICKLEN
  for its axis. Minor ticks are half as long, and not drawn on a grid (TICKLEN 0.5
  or more): compat's choices, from IDL's pictures.
* **Minor ticks** ([XYZ]MINOR: "the number of minor tick mark intervals"; 0 automatic,
  -1 none): automatic is 5 intervals for an interval whose leading digit is 1 or 5, 4
  for 2 (compat's rule); none on a log axis unless MINOR is given.
* **Labels** ([XYZ]TICKNAME, [XYZ]TICKFORMAT): XTICKNAME's strings in order, else the
  values through the format XTICKFORMAT (an IDL format such as ``'(F5.1)'``; IDL's
  'LABEL_DATE' and function names are not supported: the default is used), else
  compat's default: the shortest of ``%g`` with up to 6 digits, ``10^k`` on a log
  axis. Style bit 4 draws no axis, so no ticks and no labels.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["tick_items"]


def _label(value, log, fmt):
    if fmt:
        text = str(fmt)
        if text.startswith("("):
            from compat._core.idl_format import format_records
            try:
                return format_records(text, [np.float64(value)])[0]
            except Exception:      # noqa: BLE001 - a format IDL would reject: the default
                pass
    if log:
        return f"10^{int(round(math.log10(value)))}" if value > 0 else ""
    v = 0.0 if abs(value) < 1e-12 else float(value)
    return f"{v:.6g}"


def _minor_count(major, minor, log):
    if minor is not None and int(minor) != 0:
        return max(int(minor), 0) if int(minor) > 0 else 0
    if log or major.size < 2:
        return 0
    step = abs(major[1] - major[0])
    lead = round(step / 10.0 ** math.floor(math.log10(step) + 1e-12))
    return 4 if lead == 2 else 5


def tick_items(axis_name, crange, window_dev, *, log=False, ticks=0, tickv=None,
               ticklen=0.02, minor=None, tickname=None, tickformat=None, style=0,
               color=255, ch_size=12, labels_outside_end=False):
    """The display-list items of one axis' ticks and labels (their properties carry
    ``"ticks": axis_name``): ``axis_name`` 'x' or 'y',
    ``crange`` its CRANGE, ``window_dev`` the plot window in device pixels ``(x0, y0,
    x1, y1)``, the ticks drawn from its ``y0`` (``x0``) edge towards ``y1`` (``x1``);
    ``labels_outside_end``: the labels above (X) or right of (Y) that edge instead of
    below (left), as AXIS, XAXIS=1 / YAXIS=1 places them (AXIS passes ``y1 < y0``)."""
    from compat._core.raster_graphics import axis_ticks
    if int(style) & 4:
        return []
    x0, y0, x1, y1 = (float(v) for v in window_dev)
    lo, hi = float(crange[0]), float(crange[1])
    if hi == lo:
        return []
    major = np.asarray(axis_ticks(crange, log=log, ticks=ticks, tickv=tickv), np.float64)
    pos = np.log10(major) if log else major
    inside = (pos >= min(lo, hi) - 1e-9 * abs(hi - lo)) & (pos <= max(lo, hi) + 1e-9 * abs(hi - lo))
    major, pos = major[inside], pos[inside]
    span = (x0, x1) if axis_name == "x" else (y0, y1)
    depth = (y1 - y0) if axis_name == "x" else (x1 - x0)

    def place(p):
        return span[0] + (p - lo) / (hi - lo) * (span[1] - span[0])

    items = []
    length = float(ticklen) * depth
    box = not int(style) & 8
    xs, ys = [], []
    n_minor = _minor_count(major, minor, log) if abs(float(ticklen)) < 0.5 else 0
    minors = []
    if n_minor > 1 and pos.size >= 2:
        step = (pos[1] - pos[0]) / n_minor
        first = pos[0] - step * n_minor
        k = np.arange(0, (pos.size + 1) * n_minor + 1)
        cand = first + k * step
        on_major = np.isclose((cand - pos[0]) / step % n_minor, 0) | \
            np.isclose((cand - pos[0]) / step % n_minor, n_minor)
        keep = ~on_major & (cand >= min(lo, hi)) & (cand <= max(lo, hi))
        minors = cand[keep]
    for values, size in ((pos, length), (np.asarray(minors), 0.5 * length)):
        for p in values:
            d = place(p)
            if axis_name == "x":
                xs += [d, d, np.nan]
                ys += [y0, y0 + size, np.nan]
                if box:
                    xs += [d, d, np.nan]
                    ys += [y1, y1 - size, np.nan]
            else:
                xs += [x0, x0 + size, np.nan]
                ys += [d, d, np.nan]
                if box:
                    xs += [x1, x1 - size, np.nan]
                    ys += [d, d, np.nan]
    if xs:
        items.append(("lines", np.asarray(xs), np.asarray(ys),
                      {"color": int(color), "ch_size": int(ch_size), "ticks": axis_name}))
    names = None if tickname is None else [str(t) for t in np.asarray(tickname).reshape(-1)]
    for k, (value, p) in enumerate(zip(major, pos)):
        text = names[k] if names is not None and k < len(names) and names[k] != "" \
            else _label(value, log, tickformat)
        d = place(p)
        if axis_name == "x":
            ty = y0 + 0.5 * ch_size if labels_outside_end else y0 - 1.5 * ch_size
            items.append(("text", d, ty, text,
                          {"color": int(color), "ch_size": int(ch_size), "alignment": 0.5,
                           "ticks": axis_name}))
        else:
            tx = x0 + 0.5 * ch_size if labels_outside_end else x0 - 0.5 * ch_size
            items.append(("text", tx, d - 0.5 * ch_size, text,
                          {"color": int(color), "ch_size": int(ch_size),
                           "alignment": 0 if labels_outside_end else 1,
                           "ticks": axis_name}))
    return items
