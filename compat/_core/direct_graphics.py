"""IDL's direct-graphics state as numbers: the devices, the system variables !P, !X, !Y,
!Z, !D, PLOT's coordinate system (axis autoscaling, window, !X.S) and CONVERT_COORD.

Nothing here draws or imports a plotting package: a port of an IDL program runs its
``SET_PLOT``/``DEVICE``/``PLOT`` lines and reads back what IDL leaves in the system
variables (!X.CRANGE, !X.S, !X.WINDOW, !P.CLIP, !D.X_SIZE ...) and what CONVERT_COORD
gives. What a routine would draw is kept as a display list on the current surface
(:attr:`Surface.items`, device coordinates) for a renderer.

One process-wide :class:`GraphicsState` (:data:`STATE`) stands for IDL's session;
:func:`reset` restores IDL's start-up values.

The rules and their sources
---------------------------
* **Devices** (IDL Reference Guide, "Supported Devices" and !D): the Z buffer 640 x 480
  pixels with 8 x 12-pixel characters and 26 pixels per cm; PostScript 17780 x 12700
  (7 x 5 inches at 1000 device units per cm) with 222 x 352-unit characters; X and WIN
  are virtual windows here (no screen: WINDOW's default 640 x 512, characters of the
  device's font). !D.FLAGS holds the values GDL 1.0.1 prints for Z and PS.
* **Autoscaling** (IDL: ![XYZ].RANGE and [XYZ]STYLE pages): without the exact bit the
  axis ends are rounded outward to multiples of a tick interval. compat's rule: the
  interval is the 1-2-5 step nearest to a quarter of the range (:func:`nice_range`);
  it reproduces GDL 1.0.1 bit for bit on 1200 random ranges from 1e-6 to 1e8 (tests)
  and IDL's documented example (``XRANGE=[5.5, 8.3]`` gives 5.5 to 8.5). Style bit 1 exact, 2
  extend (5 % of the range on each side, before the rounding), 16 (or /YNOZERO) keeps a
  positive minimum, which is otherwise replaced by 0 on the Y axis (not with an exact
  or given range). Logarithmic axes round to whole decades. NaN and, on Y, values out
  of MIN_VALUE/MAX_VALUE are missing data and do not count; with a given X range the Y
  axis scales to the points inside the (rounded) X range, as GDL does.
* **Window** (!X.MARGIN, !X.WINDOW, !P.POSITION, !P.MULTI pages): the plot window is
  POSITION (or !P.POSITION when set), else the region (!P.REGION, or the !P.MULTI
  cell, or the page) less the margins, ``margin * !D.X_CH_SIZE * charsize / !D.X_SIZE``
  in normal units; the character size is halved when !P.MULTI has more than two rows
  or columns. POSITION's values are FLOAT. !X.WINDOW and !X.REGION are stored as
  FLOAT; !X.S is DOUBLE, from the window before that rounding:
  ``S[1] = (W[1] - W[0]) / (C[1] - C[0])``, ``S[0] = (W[0] C[1] - W[1] C[0]) / (C[1] - C[0])``;
  !P.CLIP is the window in device pixels (truncated). /ISOTROPIC shrinks the window from
  its lower-left corner to equal data units per device unit on both axes.
* **CONVERT_COORD**: normal = S[0] + S[1] * data (log10(data) on a log axis), device =
  normal * !D.X_VSIZE (and the inverses).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["SysVar", "GraphicsState", "STATE", "reset", "DEVICES", "nice_range",
           "axis_range", "plot_setup", "convert", "Surface"]

_D = np.dtype(np.float64)
_F = np.dtype(np.float32)
_L = np.dtype(np.int32)
_S = np.dtype(str)


class SysVar:
    """An IDL system variable: a structure whose tags are attributes (lower case).

    Reading a tag gives a copy of its value (numpy, in IDL's type); assigning converts
    to the tag's type and fills an array tag from a scalar, as IDL's ``!P.MULTI = 0``
    does. ``sv['TAG']`` works too; ``sv.tags`` lists the tag names in IDL's order.
    """

    def __init__(self, name: str, tags):
        object.__setattr__(self, "_name", name)
        object.__setattr__(self, "_spec", {t.lower(): (dt, shape) for t, dt, shape, _ in tags})
        object.__setattr__(self, "_values", {})
        for tag, dt, shape, default in tags:
            self._set(tag.lower(), default)

    @property
    def tags(self) -> list:
        return [t.upper() for t in self._spec]

    def _set(self, tag, value):
        dt, shape = self._spec[tag]
        v = np.asarray(value)
        if dt.kind == "U":
            v = v.astype(str)
        elif dt.kind in "iu" and v.dtype.kind == "f":
            v = np.trunc(v).astype(dt)  # IDL's float-to-integer conversion truncates
        else:
            v = v.astype(dt)
        if shape:
            if v.size == 1:
                v = np.full(shape, v.reshape(-1)[0], dtype=v.dtype)
            elif v.size <= int(np.prod(shape)):
                full = np.zeros(shape, dtype=v.dtype) if dt.kind != "U" else np.full(shape, "")
                full.reshape(-1)[:v.size] = v.reshape(-1)
                v = full
            else:
                raise CompatValueError(f"{self._name}.{tag.upper()} holds {int(np.prod(shape))} "
                                       f"elements, not {v.size}.")
        else:
            if v.size != 1:
                raise CompatValueError(f"{self._name}.{tag.upper()} is a scalar, not "
                                       f"{v.size} elements.")
            v = v.reshape(())
        self._values[tag] = v

    def __getattr__(self, tag):
        values = object.__getattribute__(self, "_values")
        try:
            v = values[tag.lower()]
        except KeyError:
            raise AttributeError(f"{self._name} has no tag {tag.upper()}") from None
        if v.ndim:
            return v.copy()
        return str(v[()]) if v.dtype.kind == "U" else v[()]

    def __setattr__(self, tag, value):
        if tag.lower() not in self._spec:
            raise AttributeError(f"{self._name} has no tag {tag.upper()}")
        self._set(tag.lower(), value)

    __getitem__ = __getattr__
    __setitem__ = __setattr__

    def __repr__(self):
        lines = [f"** Structure {self._name}:"]
        for tag in self._spec:
            v = self._values[tag]
            lines.append(f"   {tag.upper():<15} {v!r}" if v.size <= 6 else
                         f"   {tag.upper():<15} Array{list(v.shape)[::-1]}")
        return "\n".join(lines)


def _axis_tags(margin):
    return [("title", _S, (), ""), ("type", _L, (), 0), ("style", _L, (), 0),
            ("ticks", _L, (), 0), ("ticklen", _F, (), 0), ("thick", _F, (), 0),
            ("range", _D, (2,), 0), ("crange", _D, (2,), 0), ("s", _D, (2,), [0, 1]),
            ("margin", _F, (2,), margin), ("omargin", _F, (2,), 0),
            ("window", _F, (2,), 0), ("region", _F, (2,), 0), ("charsize", _F, (), 0),
            ("minor", _L, (), 0), ("tickv", _D, (60,), 0), ("tickname", _S, (60,), ""),
            ("gridstyle", _L, (), 0), ("tickformat", _S, (10,), ""),
            ("tickinterval", _D, (), 0), ("ticklayout", _L, (), 0),
            ("tickunits", _S, (10,), "")]


def _p_tags():
    return [("background", _L, (), 0), ("charsize", _F, (), 0), ("charthick", _F, (), 0),
            ("clip", _L, (6,), 0), ("color", _L, (), 255), ("font", _L, (), -1),
            ("linestyle", _L, (), 0), ("multi", _L, (5,), 0), ("noclip", _L, (), 0),
            ("noerase", _L, (), 0), ("nsum", _L, (), 0), ("position", _F, (4,), 0),
            ("psym", _L, (), 0), ("region", _F, (4,), 0), ("subtitle", _S, (), ""),
            ("symsize", _F, (), 0), ("t", _D, (4, 4), 0), ("t3d", _L, (), 0),
            ("thick", _F, (), 0), ("title", _S, (), ""), ("ticklen", _F, (), 0.02),
            ("channel", _L, (), 0)]


def _d_tags():
    return [("name", _S, (), ""), ("x_size", _L, (), 0), ("y_size", _L, (), 0),
            ("x_vsize", _L, (), 0), ("y_vsize", _L, (), 0), ("x_ch_size", _L, (), 0),
            ("y_ch_size", _L, (), 0), ("x_px_cm", _F, (), 0), ("y_px_cm", _F, (), 0),
            ("n_colors", _L, (), 256), ("table_size", _L, (), 256), ("fill_dist", _L, (), 1),
            ("window", _L, (), -1), ("unit", _L, (), 0), ("flags", _L, (), 0),
            ("origin", _L, (2,), 0), ("zoom", _L, (2,), 1)]


@dataclass(frozen=True)
class Device:
    """A graphics device's fixed properties (!D's values when it is current)."""

    name: str
    size: tuple          # default (x_size, y_size)
    ch_size: tuple       # (x_ch_size, y_ch_size)
    px_cm: float
    flags: int
    windows: bool        # a windowing device (WINDOW, WSET, WDELETE)
    decomposed: int      # the DECOMPOSED default


#: the devices compat knows; X and WIN are virtual windows (nothing is shown)
DEVICES = {
    "Z": Device("Z", (640, 480), (8, 12), 26.0, 414908, False, 0),
    "PS": Device("PS", (17780, 12700), (222, 352), 1000.0, 266791, False, 0),
    "X": Device("X", (640, 512), (6, 9), 40.0, 328124, True, 1),
    "WIN": Device("WIN", (640, 512), (8, 12), 40.0, 328124, True, 1),
    "NULL": Device("NULL", (1000, 1000), (0, 0), 40.0, 0, False, 0),
}

#: the size a virtual screen reports (DEVICE, GET_SCREEN_SIZE=; GET_SCREEN_SIZE())
SCREEN_SIZE = (1920, 1080)
#: its pixel size in cm (GET_SCREEN_SIZE's RESOLUTION=): 96 pixels per inch
SCREEN_RESOLUTION_CM = (2.54 / 96, 2.54 / 96)


@dataclass
class Surface:
    """Something drawn on: a window of X/WIN, the Z buffer, a PostScript page.

    ``items`` is the display list, in device coordinates: ``("lines", x, y, props)``,
    ``("text", x, y, string, props)``, ``("erase", color)``.
    """

    size: tuple
    items: list = field(default_factory=list)
    title: str = ""


class GraphicsState:
    """IDL's graphics session: the current device, its surfaces, the system variables
    and the colour table."""

    def __init__(self):
        self.reset()

    def reset(self):
        self.p = SysVar("!P", _p_tags())
        self.x = SysVar("!X", _axis_tags([10, 3]))
        self.y = SysVar("!Y", _axis_tags([4, 2]))
        self.z = SysVar("!Z", _axis_tags([0, 0]))
        self.d = SysVar("!D", _d_tags())
        self.decomposed = {name: dev.decomposed for name, dev in DEVICES.items()}
        self.resolution = {name: dev.size for name, dev in DEVICES.items()}
        self.windows = {}            # (device, index) -> Surface
        self.surfaces = {}           # device -> Surface of a non-window device
        self.ps_file = None
        self.device_options = {}     # device -> DEVICE keywords recorded without effect
        self.table = np.repeat(np.arange(256, dtype=np.uint8)[:, None], 3, axis=1)
        self.colors_common = None    # the COLORS common block's table (LOADCT)
        self.usersym = None          # USERSYM's symbol (PSYM=8)
        self.device_name = None
        self._current_window = {}
        self.map = None              # !MAP after MAP_SET (compat.idl.map_graphics)
        self.map_forward = None      # lon/lat -> UV of the map MAP_SET set (!X.TYPE 3)
        self.select("X")

    # -- devices ------------------------------------------------------------------------
    @property
    def device(self) -> Device:
        return DEVICES[self.device_name]

    def select(self, name: str):
        key = name.strip().upper()
        if key not in DEVICES:
            raise CompatValueError(f"Unknown graphics device: {name.strip()}. Devices: "
                                   f"{', '.join(DEVICES)}.")
        self.device_name = key
        dev = DEVICES[key]
        d = self.d
        d.name = key
        d.x_ch_size, d.y_ch_size = dev.ch_size
        d.x_px_cm = d.y_px_cm = dev.px_cm
        d.flags = dev.flags
        d.n_colors = 256 if not self.decomposed[key] else 16777216
        d.table_size = 256
        if dev.windows:
            current = [i for (dn, i) in self.windows if dn == key]
            self._show_window(self._current_window.get(key, -1) if current else -1)
        else:
            d.window = -1
            self._sizes(self.resolution[key])
            self.surfaces.setdefault(key, Surface(self.resolution[key]))
        self.p.color = d.n_colors - 1 if not self.decomposed[key] else 16777215

    def _sizes(self, size):
        self.d.x_size, self.d.y_size = size
        self.d.x_vsize, self.d.y_vsize = size

    def _show_window(self, index):
        self.d.window = index
        if index < 0:
            self._sizes(DEVICES[self.device_name].size)
        else:
            self._sizes(self.windows[(self.device_name, index)].size)
        self._current_window[self.device_name] = index

    def surface(self) -> Surface:
        """The surface drawn on; a windowing device opens window 0 when none is open,
        as IDL does."""
        if self.device.windows:
            if self.d.window < 0:
                self.open_window(0, DEVICES[self.device_name].size)
            return self.windows[(self.device_name, int(self.d.window))]
        return self.surfaces[self.device_name]

    def open_window(self, index, size, title=""):
        self.windows[(self.device_name, index)] = Surface(tuple(size), title=title)
        self._show_window(index)

    def set_resolution(self, size):
        if self.device.windows:
            raise CompatValueError(f"SET_RESOLUTION is not supported by the "
                                   f"{self.device_name} device: use WINDOW, XSIZE=, YSIZE=.")
        self.resolution[self.device_name] = tuple(size)
        self._sizes(size)
        self.surfaces[self.device_name] = Surface(tuple(size))

    def erase(self, color=None):
        surf = self.surface()
        surf.items.clear()
        surf.items.append(("erase", int(self.p.background if color is None else color)))


STATE = GraphicsState()


def reset():
    """Restore IDL's start-up graphics state (device X, no window, default !P/!X/!Y/!Z,
    the grey colour table)."""
    STATE.reset()


# -- axis ranges ------------------------------------------------------------------------
def nice_range(lo: float, hi: float) -> tuple:
    """``[lo, hi]`` rounded outward to multiples of the tick interval of the range
    ``r = hi - lo``: ``m * 10**n`` with ``n = floor(log10(r / 2.82))``, ``y = r / (2.82 *
    10**n)`` and ``m`` 1 below ``y = 2``, 2 below 4.47, else 5 (the 1-2-5 step nearest to
    ``r / 4``, in log steps: the switches are at r = 5.64, 12.6, 28.2 per decade)."""
    r = hi - lo
    if not r > 0:
        return lo, hi
    n = math.floor(math.log10(r / 2.82))
    y = r / (2.82 * 10.0 ** n)
    step = (1 if y < 2 else 2 if y < 4.47 else 5) * 10.0 ** n
    return math.floor(lo / step) * step, math.ceil(hi / step) * step


def _finite_range(values, log):
    v = np.asarray(values, dtype=np.float64).reshape(-1)
    v = v[np.isfinite(v)]
    if log:
        v = v[v > 0]
    if v.size == 0:
        return None
    return float(v.min()), float(v.max())


def axis_range(data_range, *, given=None, style=0, log=False, zero=False):
    """IDL's CRANGE for one axis: from a given range (keyword or ![XYZ].RANGE, used when
    its ends differ) or the data's ``(min, max)``, then /YNOZERO's zero, the 5 %
    extension and the rounding of ``style``. Log axes work in decades (CRANGE holds
    log10 values)."""
    style = int(style)
    exact, extend = bool(style & 1), bool(style & 2)
    if given is not None and given[0] != given[1]:
        lo, hi = float(given[0]), float(given[1])
        reverse = lo > hi
        if reverse:
            lo, hi = hi, lo
        zero = False
    else:
        reverse = False
        if data_range is None:
            lo, hi = 0.0, 1.0
        else:
            lo, hi = data_range
        if zero and not exact and not log and lo > 0 and not style & 16:
            lo = 0.0
    if log:
        if lo <= 0 or hi <= 0:
            raise CompatValueError("Logarithmic axis range must be positive.")
        lo, hi = math.log10(lo), math.log10(hi)
    if hi == lo:  # a constant: IDL widens the range by one unit (compat's choice)
        hi = lo + 1.0
    if extend:
        pad = 0.05 * (hi - lo)
        lo, hi = lo - pad, hi + pad
    if not exact:
        if log:
            lo, hi = float(math.floor(lo)), float(math.ceil(hi))
            if hi == lo:
                hi = lo + 1.0
        else:
            lo, hi = nice_range(lo, hi)
    return (hi, lo) if reverse else (lo, hi)


# -- the window -------------------------------------------------------------------------
def _multi_cell(multi, page):
    """The !P.MULTI cell of the next plot and the new !P.MULTI; ``None`` cell when one
    plot fills the page. Also says whether the page is erased first."""
    cols, rows = max(int(multi[1]), 1), max(int(multi[2]), 1)
    n = cols * rows
    if n <= 1:
        return None, multi, True
    first = int(multi[0]) <= 0
    k = 0 if first else n - int(multi[0])
    new = np.array(multi, dtype=np.int32)
    new[0] = n - 1 if first else int(multi[0]) - 1
    if int(multi[4]) == 0:
        col, row = k % cols, k // cols
    else:
        row, col = k % rows, k // rows
    x0, y0, x1, y1 = page
    w, h = (x1 - x0) / cols, (y1 - y0) / rows
    cell = (x0 + col * w, y1 - (row + 1) * h, x0 + (col + 1) * w, y1 - row * h)
    return cell, new, first


def plot_setup(xdata, ydata, *, xrange=None, yrange=None, xstyle=None, ystyle=None,
               xlog=False, ylog=False, ynozero=False, position=None, xmargin=None,
               ymargin=None, charsize=None, min_value=None, max_value=None, noerase=False,
               isotropic=False):
    """Set !X, !Y, !P as PLOT does for these data; return whether to erase."""
    st = STATE
    p, x, y, d = st.p, st.x, st.y, st.d
    xs = int(x.style if xstyle is None else xstyle)
    ys = int(y.style if ystyle is None else ystyle) | (16 if ynozero else 0)
    yv = np.asarray(ydata, dtype=np.float64).reshape(-1)
    xv = np.asarray(xdata, dtype=np.float64).reshape(-1)
    keep = np.ones(yv.shape, bool)
    if min_value is not None:
        keep &= ~(yv < float(min_value))
    if max_value is not None:
        keep &= ~(yv > float(max_value))
    xgiven = x.range if xrange is None else np.asarray(xrange, np.float64).reshape(-1)[:2]
    ygiven = y.range if yrange is None else np.asarray(yrange, np.float64).reshape(-1)[:2]
    xc = axis_range(_finite_range(xv, xlog), given=xgiven, style=xs, log=xlog)
    if xgiven[0] != xgiven[1] and xv.size == yv.size:
        # a given X range: the Y axis scales to the points inside it
        lo, hi = sorted(10.0 ** np.asarray(xc) if xlog else xc)
        with np.errstate(invalid="ignore"):
            keep &= (xv >= lo) & (xv <= hi)
    yc = axis_range(_finite_range(yv[keep], ylog), given=ygiven, style=ys, log=ylog,
                    zero=True)
    # the window
    cs = float(charsize) if charsize else (float(p.charsize) or 1.0)
    multi = p.multi
    if max(int(multi[1]), int(multi[2])) > 2:
        cs *= 0.5
    xsize, ysize = float(d.x_size), float(d.y_size)
    xch, ych = float(d.x_ch_size) * cs, float(d.y_ch_size) * cs
    om_x, om_y = x.omargin.astype(np.float64), y.omargin.astype(np.float64)
    page = (om_x[0] * xch / xsize, om_y[0] * ych / ysize,
            1 - om_x[1] * xch / xsize, 1 - om_y[1] * ych / ysize)
    cell, new_multi, first = _multi_cell(multi, page)
    erase = not noerase and not p.noerase and (cell is None or first)
    mx = (x.margin if xmargin is None else np.asarray(xmargin, np.float64)).astype(np.float64)
    my = (y.margin if ymargin is None else np.asarray(ymargin, np.float64)).astype(np.float64)
    pos = None
    if position is not None:
        # POSITION is FLOAT in IDL: its values are rounded to FLOAT first
        pos = np.asarray(position, np.float64).reshape(-1)[:4].astype(np.float32)
        pos = pos.astype(np.float64)
    elif p.position[2] > p.position[0] and p.position[3] > p.position[1]:
        pos = p.position.astype(np.float64)
    if cell is not None:
        region = cell
    elif p.region[2] > p.region[0] and p.region[3] > p.region[1]:
        region = tuple(p.region.astype(np.float64))
    else:
        region = page
    if pos is not None:
        window = tuple(pos)
        region = (pos[0] - mx[0] * xch / xsize, pos[1] - my[0] * ych / ysize,
                  pos[2] + mx[1] * xch / xsize, pos[3] + my[1] * ych / ysize)
    else:
        window = (region[0] + mx[0] * xch / xsize, region[1] + my[0] * ych / ysize,
                  region[2] - mx[1] * xch / xsize, region[3] - my[1] * ych / ysize)
    if isotropic:
        # equal data units per device unit on both axes: the window keeps its lower-left
        # corner and shrinks along the axis that has room to spare (GDL 1.0.1's rule)
        w_dev = (window[2] - window[0]) * xsize
        h_dev = (window[3] - window[1]) * ysize
        ux, uy = abs(xc[1] - xc[0]), abs(yc[1] - yc[0])
        scale = min(w_dev / ux, h_dev / uy)
        window = (window[0], window[1], window[0] + ux * scale / xsize,
                  window[1] + uy * scale / ysize)
    p.multi = new_multi
    _set_axis(x, xc, (window[0], window[2]), (region[0], region[2]), xlog)
    _set_axis(y, yc, (window[1], window[3]), (region[1], region[3]), ylog)
    w = x.window.astype(np.float64), y.window.astype(np.float64)
    p.clip = [int(w[0][0] * xsize), int(w[1][0] * ysize), int(w[0][1] * xsize),
              int(w[1][1] * ysize), 0, 0]
    return erase


def _set_axis(axis, crange, window, region, log):
    axis.crange = crange
    axis.window = window
    axis.region = region
    axis.type = 1 if log else 0
    # !X.S from the window before it is stored as FLOAT (GDL's bits: they differ from
    # the FLOAT window's where /ISOTROPIC or the margins give a window off the FLOAT grid)
    axis.s = scaling(np.asarray(window, np.float64), axis.crange)


def scaling(w, c) -> list:
    """![XYZ].S of a window ``w`` (normal) and a CRANGE ``c``: ``[(w0 c1 - w1 c0) / (c1 -
    c0), (w1 - w0) / (c1 - c0)]`` (this order of the operations gives GDL's bits)."""
    d = c[1] - c[0]
    return [(w[0] * c[1] - w[1] * c[0]) / d, (w[1] - w[0]) / d]


# -- coordinates ------------------------------------------------------------------------
_SYSTEMS = ("data", "normal", "device")


def convert(points, source: str, target: str, *, double=False) -> np.ndarray:
    """CONVERT_COORD of ``points`` (shape ``(n, 3)`` float64, x y z per row) from one
    coordinate system to another; float64 out (the caller types it)."""
    st = STATE
    pts = np.array(points, dtype=np.float64, copy=True)
    axes = (st.x, st.y, st.z)
    sizes = (float(st.d.x_vsize), float(st.d.y_vsize))
    if source == "data" and int(st.x.type) == 3 and st.map_forward is not None:
        # after MAP_SET data coordinates are longitude/latitude through the map
        pts[:, 0], pts[:, 1] = st.map_forward(pts[:, 0], pts[:, 1])
        for k, ax in enumerate(axes):
            pts[:, k] = ax.s[0] + ax.s[1] * pts[:, k]
    elif source == "data":
        for k, ax in enumerate(axes):
            v = pts[:, k]
            if int(ax.type) == 1 and k < 2:
                with np.errstate(divide="ignore", invalid="ignore"):
                    v = np.log10(v)
            s = ax.s
            pts[:, k] = s[0] + s[1] * v
    elif source == "device":
        for k in range(2):
            pts[:, k] = pts[:, k] / sizes[k]
    if target == "data" and int(st.x.type) == 3 and st.map_forward is not None:
        raise CompatValueError("CONVERT_COORD to DATA through a map projection (the "
                               "inverse projection) is not available in compat")
    if target == "data":
        for k, ax in enumerate(axes):
            s = ax.s
            v = (pts[:, k] - s[0]) / s[1] if s[1] != 0 else pts[:, k] * np.nan
            if int(ax.type) == 1 and k < 2:
                v = 10.0 ** v
            pts[:, k] = v
    elif target == "device":
        for k in range(2):
            pts[:, k] = pts[:, k] * sizes[k]
    return pts
