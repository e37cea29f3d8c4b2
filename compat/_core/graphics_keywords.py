"""IDL's graphics keywords, one table for PLOT, OPLOT, CONTOUR, AXIS, PLOTS and XYOUTS,
and the rules behind the ones that change numbers: clipping (CLIP, NOCLIP), the old
log-axis keywords (XTYPE, YTYPE), CONTOUR's Z axis (ZRANGE, ZSTYLE, !Z.CRANGE) and
XYOUTS's WIDTH.

Nothing here draws: the functions return device rectangles, clipped polylines and
numbers for :mod:`compat.idl.plotting` and :mod:`compat.idl.contour_plots`.

The rules and their sources
---------------------------
* **Which routine takes which keyword**: IDL Reference Guide, "Graphics Keywords" (each
  keyword's "Accepted by" list) and each routine's page; :data:`KEYWORDS` holds them,
  and the tests check every routine's signature against it.
* **CLIP, NOCLIP** (IDL, CLIP keyword): "The default clipping rectangle is the plot
  window ... Coordinates are specified in data units unless an overriding coordinate
  unit specification keyword is present (i.e., NORMAL or DEVICE) ... The clipping
  itself always occurs in device space"; "the default is not to clip the output of
  PLOTS and XYOUTS. To enable clipping include the keyword parameter NOCLIP = 0".
  PLOT, OPLOT and CONTOUR clip to !P.CLIP unless NOCLIP (or !P.NOCLIP) is set. A
  device rectangle ``[x0, y0, x1, y1]`` keeps the pixels ``x0 .. x1`` inclusive, as
  GDL 1.0.1 draws (a PLOTS line across a 640-pixel Z buffer with CLIP=[100, 0, 500,
  479], /DEVICE, NOCLIP=0 sets columns 100 to 500).
* **XTYPE, YTYPE** (IDL's obsolete keywords, kept by PLOT: "XTYPE=1 ... logarithmic"):
  the same as /XLOG, /YLOG.
* **CONTOUR's Z axis** (measured on GDL 1.0.1's Z buffer; IDL documents ZRANGE as "the
  desired data range of the Z axis" and leaves the rest open): !Z.CRANGE is the data
  range (the valid values: MIN_VALUE/MAX_VALUE and NaN out) rounded as PLOT rounds an
  axis, and ZSTYLE=1 does not make it exact (GDL 1.0.1 rounds some data ranges with a
  finer step of its own: 55 of 75 random ranges measured agree with PLOT's rule, e.g.
  [-0.0045, 0.0257] gives GDL [-0.005, 0.03] and compat [-0.01, 0.03]; a known gap); with LEVELS it is the data range
  exactly; a constant Z gives [z, z + 1] (PLOT's rule); ZRANGE with equal ends is
  ignored; OVERPLOT and NODATA set !Z.CRANGE too; a given ZRANGE is rounded unless ZSTYLE has the exact bit, and then the
  automatic levels are those of !Z.CRANGE instead of the data's (``CONTOUR, Z,
  ZRANGE=[-3, 40]`` draws the levels of [-10, 40]).
* **WIDTH** (IDL, XYOUTS: "the width of the text string, in normalized coordinate
  units"): compat measures it as GDL 1.0.1 does for vector fonts on the Z buffer and
  windows: every character is ``20/13 !D.X_CH_SIZE`` device units wide times
  CHARSIZE (the keyword, else !P.CHARSIZE, else 1), over !D.X_VSIZE; with several
  strings the last one's width. IDL's Hershey characters are proportional, so real
  IDL's widths differ per character (recorded as GDL's divergence in the docs of
  :func:`compat.idl.plotting.xyouts`); formatting commands (``!3``, ``!U`` ...) take no
  width, ``!!`` is one character and a character after ``!U``/``!D``/``!E``/``!I``/
  ``!A``/``!B``/``!L`` is 0.62 wide until ``!N`` (IDL's "Embedded Formatting
  Commands" sizes; GDL 1.0.1 gives -Inf or 0.9 there).
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["KEYWORDS", "routine_keywords", "clip_rectangle", "clip_polyline",
           "text_width", "z_crange", "log_flag"]

_AXIS = ("charsize", "gridstyle", "margin", "minor", "range", "style", "thick",
         "tickformat", "tickinterval", "ticklayout", "ticklen", "tickname", "ticks",
         "tickunits", "tickv", "title", "log")


def _axes(*letters):
    return tuple(f"{a}{k}" for a in letters for k in _AXIS)


#: IDL's graphics keywords by routine ("Graphics Keywords" and each routine's page):
#: the keywords compat's routine must take. Axis keywords come per axis letter.
KEYWORDS = {
    "PLOT": ("background", "charsize", "charthick", "clip", "color", "font", "linestyle",
             "noclip", "nodata", "noerase", "position", "psym", "subtitle", "symsize",
             "t3d", "thick", "ticklen", "title", "zvalue", "xtype", "ytype",
             "min_value", "max_value", "isotropic", "ynozero")
            + _axes("x", "y"),
    "OPLOT": ("clip", "color", "linestyle", "noclip", "psym", "symsize", "t3d", "thick",
              "zvalue", "min_value", "max_value"),
    "CONTOUR": ("background", "charsize", "charthick", "clip", "color", "font",
                "linestyle", "noclip", "nodata", "noerase", "position", "subtitle",
                "t3d", "thick", "ticklen", "title", "zvalue", "zrange", "zstyle")
               + _axes("x", "y"),
    "AXIS": ("charsize", "charthick", "color", "data", "device", "normal", "font",
             "nodata", "noerase", "subtitle", "t3d", "ticklen", "zvalue", "save")
            + _axes("x", "y"),
    "PLOTS": ("clip", "color", "data", "device", "normal", "linestyle", "noclip", "psym",
              "symsize", "t3d", "thick", "z"),
    "XYOUTS": ("alignment", "charsize", "charthick", "clip", "color", "data", "device",
               "normal", "font", "noclip", "orientation", "t3d", "text_axes", "width",
               "z"),
}


def routine_keywords(routine: str) -> tuple:
    """The graphics keywords IDL's ``routine`` takes (lower case)."""
    return KEYWORDS[routine.upper()]


def log_flag(log, type_):
    """/XLOG or the obsolete XTYPE=1 (IDL: "XTYPE ... 1 = logarithmic")."""
    return bool(log) or (type_ is not None and int(type_) == 1)


def check_t3d(t3d):
    """T3D=0 is accepted; /T3D (the 3-D transformation of !P.T) is not supported."""
    if t3d:
        raise CompatValueError("/T3D is not supported (3-D transformations of !P.T).")


# -- clipping ---------------------------------------------------------------------------
def clip_rectangle(clip, noclip, *, default_noclip: bool, system: str, convert, p_clip):
    """The device rectangle ``(x0, y0, x1, y1)`` a routine clips to, or ``None``.

    ``noclip`` is the keyword (None when not given: ``default_noclip``, or !P.NOCLIP for
    PLOT/OPLOT/CONTOUR, decided by the caller); ``clip`` the CLIP keyword in ``system``
    units (``convert(points, system, 'device')``), else !P.CLIP (``p_clip``)."""
    if noclip is None:
        noclip = default_noclip
    if noclip:
        return None
    if clip is None:
        c = np.asarray(p_clip, np.float64).reshape(-1)[:4]
        return tuple(float(v) for v in c)
    c = np.asarray(clip, np.float64).reshape(-1)
    if c.size < 4:
        raise CompatValueError("Keyword array parameter CLIP must have 4 elements.")
    pts = np.zeros((2, 3))
    pts[:, 0], pts[:, 1] = c[[0, 2]], c[[1, 3]]
    d = convert(pts, system, "device")
    x0, x1 = sorted((float(d[0, 0]), float(d[1, 0])))
    y0, y1 = sorted((float(d[0, 1]), float(d[1, 1])))
    return (x0, y0, x1, y1)


def clip_polyline(x, y, rect):
    """The polyline ``(x, y)`` (device units, NaN breaks the pen) cut to ``rect``: each
    segment clipped by Liang and Barsky's parametric method (Y.-D. Liang, B. A. Barsky,
    "A New Concept and Method for Line Clipping", ACM TOG 3(1), 1984), pieces joined
    where they touch and separated by NaN. The rectangle keeps pixels ``x0 .. x1``
    (a line's end pixel is drawn, so the cut ends on ``x1``). Points (PSYM symbols) outside are dropped by
    the caller with :func:`inside`."""
    x = np.asarray(x, np.float64).reshape(-1)
    y = np.asarray(y, np.float64).reshape(-1)
    if rect is None or x.size == 0:
        return x, y
    x0, y0, x1, y1 = rect
    ox, oy = [], []
    last = None
    for k in range(x.size - 1):
        ax, ay, bx, by = x[k], y[k], x[k + 1], y[k + 1]
        if not (np.isfinite(ax) and np.isfinite(ay) and np.isfinite(bx) and np.isfinite(by)):
            continue
        dx, dy = bx - ax, by - ay
        t0, t1 = 0.0, 1.0
        ok = True
        for pk, qk in ((-dx, ax - x0), (dx, x1 - ax), (-dy, ay - y0), (dy, y1 - ay)):
            if pk == 0:
                if qk < 0:
                    ok = False
                    break
                continue
            r = qk / pk
            if pk < 0:
                t0 = max(t0, r)
            else:
                t1 = min(t1, r)
            if t0 > t1:
                ok = False
                break
        if not ok:
            continue
        sx, sy = ax + t0 * dx, ay + t0 * dy
        ex, ey = ax + t1 * dx, ay + t1 * dy
        if last is None or last != (sx, sy):
            if ox:
                ox.append(np.nan)
                oy.append(np.nan)
            ox.append(sx)
            oy.append(sy)
        ox.append(ex)
        oy.append(ey)
        last = (ex, ey)
    if x.size == 1 and np.isfinite(x[0]) and np.isfinite(y[0]):
        return (x, y) if inside(x, y, rect)[0] else (x[:0], y[:0])
    return np.asarray(ox, np.float64), np.asarray(oy, np.float64)


def inside(x, y, rect):
    """Which device points lie in ``rect`` (pixels ``x0 .. x1`` inclusive)."""
    x = np.asarray(x, np.float64)
    y = np.asarray(y, np.float64)
    if rect is None:
        return np.ones(x.shape, bool)
    with np.errstate(invalid="ignore"):
        return (x >= rect[0]) & (x <= rect[2]) & (y >= rect[1]) & (y <= rect[3])


# -- XYOUTS WIDTH -----------------------------------------------------------------------
_SMALL = set("UDEIABL")


def text_units(text: str) -> float:
    """The width of ``text`` in characters: formatting commands take none, ``!!`` is
    one character, characters after a level-changing command 0.62 until ``!N``; with
    ``!C`` (new line) the widest line."""
    widths = [0.0]
    size = 1.0
    i = 0
    n = len(text)
    while i < n:
        c = text[i]
        if c == "!" and i + 1 < n:
            cmd = text[i + 1].upper()
            if cmd == "!":
                widths[-1] += size
            elif cmd == "C":
                widths.append(0.0)
                size = 1.0
            elif cmd == "N":
                size = 1.0
            elif cmd in _SMALL:
                size = 0.62
            elif cmd.isdigit():
                if i + 2 < n and text[i + 2].isdigit() and int(text[i + 1:i + 3]) <= 20:
                    i += 1
            i += 2
            continue
        widths[-1] += size
        i += 1
    return max(widths)


def text_width(text: str, charsize, *, x_ch_size, x_vsize) -> float:
    """XYOUTS's WIDTH of one string: characters of ``20/13 x_ch_size`` device units
    (GDL 1.0.1's vector characters), times ``charsize``, over ``x_vsize``, in double
    and rounded to FLOAT once: within 1 ULP of GDL's FLOAT arithmetic (460 widths
    measured, 101 off by one ULP), whose order of operations is plplot's."""
    cs = float(np.float32(charsize))            # CHARSIZE is FLOAT in IDL
    w = text_units(text) * float(x_ch_size) * cs * 20.0 / 13.0 / float(x_vsize)
    return np.float32(w)


# -- CONTOUR's Z axis -------------------------------------------------------------------
def z_crange(data_range, *, zrange=None, zstyle=0, levels_given=False):
    """!Z.CRANGE after CONTOUR and whether the automatic levels come from it (True with
    a given ZRANGE, whose ends differ)."""
    from compat._core.direct_graphics import axis_range
    lo, hi = data_range
    if zrange is not None:
        g = np.asarray(zrange, np.float64).reshape(-1)
        if g.size < 2:
            raise CompatValueError("Keyword array parameter ZRANGE must have 2 elements.")
        if g[0] != g[1]:
            exact = int(zstyle or 0) & 1
            return axis_range(None, given=g[:2], style=exact), True
    if levels_given:
        return (lo, hi), False
    return axis_range((lo, hi), style=0), False

