"""MATLAB graphics' numbers that need no objects: the default colour order, colour names
and LineSpec strings, the automatic axis limits and 1-2-5 ticks (linear and log), and
``subplot``'s positions. :mod:`compat._core.graphics_objects` builds the object tree on
them; the sources of each rule are cited there and in the functions below.
"""

from __future__ import annotations

import math
import re

import numpy as np

from compat._core.errors import CompatValueError

__all__ = ["COLOR_ORDER", "DEFAULT_AXES_POSITION", "MARKERS", "MARKER_WORDS", "double_row",
           "to_color", "parse_linespec", "tick_spacing", "auto_scale", "auto_limits",
           "log_scale", "log_ticks", "ticks_in", "subplot_position"]

#: MATLAB's default ColorOrder since R2014b (``get(groot,'DefaultAxesColorOrder')``)
COLOR_ORDER = np.array([[0.0, 0.4470, 0.7410], [0.8500, 0.3250, 0.0980],
                        [0.9290, 0.6940, 0.1250], [0.4940, 0.1840, 0.5560],
                        [0.4660, 0.6740, 0.1880], [0.3010, 0.7450, 0.9330],
                        [0.6350, 0.0780, 0.1840]])
DEFAULT_AXES_POSITION = (0.13, 0.11, 0.775, 0.815)
_SUBPLOT_INSET = (0.2, 0.18, 0.04, 0.1)  # left, bottom, right, top, in cells

_COLOR_NAMES = {"r": (1.0, 0.0, 0.0), "g": (0.0, 1.0, 0.0), "b": (0.0, 0.0, 1.0),
                "c": (0.0, 1.0, 1.0), "m": (1.0, 0.0, 1.0), "y": (1.0, 1.0, 0.0),
                "k": (0.0, 0.0, 0.0), "w": (1.0, 1.0, 1.0)}
_LONG_COLORS = {"red": "r", "green": "g", "blue": "b", "cyan": "c", "magenta": "m",
                "yellow": "y", "black": "k", "white": "w"}
_LINE_STYLES = ("--", "-.", "-", ":")
MARKERS = {"o": "o", "+": "+", "*": "*", ".": ".", "x": "x", "s": "square",
            "d": "diamond", "^": "^", "v": "v", ">": ">", "<": "<", "p": "pentagram",
            "h": "hexagram", "_": "_", "|": "|"}
MARKER_WORDS = {"square": "square", "diamond": "diamond", "pentagram": "pentagram",
                 "hexagram": "hexagram", "none": "none"}


def double_row(values, dtype=np.float64) -> np.ndarray:
    return np.asarray(values, dtype=dtype).reshape(1, -1)


# --------------------------------------------------------------------------------------
# colours and line specifications
# --------------------------------------------------------------------------------------
def to_color(value, *, none_ok: bool = True, auto_ok: bool = False):
    """A MATLAB colour (``'r'``, ``'red'``, ``'#FF8800'``, ``[r g b]`` in [0, 1]) as a
    1x3 double row; ``'none'``/``'auto'`` stay text where allowed."""
    if isinstance(value, bytes):
        value = value.decode("latin-1")
    if isinstance(value, str):
        text = value.strip().lower()
        if text == "none" and none_ok:
            return "none"
        if text == "auto" and auto_ok:
            return "auto"
        text = _LONG_COLORS.get(text, text)
        if text in _COLOR_NAMES:
            return double_row(_COLOR_NAMES[text])
        if re.fullmatch(r"#[0-9a-f]{6}", text) or re.fullmatch(r"#[0-9a-f]{3}", text):
            digits = text[1:]
            if len(digits) == 3:
                digits = "".join(c * 2 for c in digits)
            return double_row([int(digits[i:i + 2], 16) / 255 for i in (0, 2, 4)])
        raise CompatValueError(f"Invalid color specification '{value}': use a color "
                               "name ('r', 'red'), a hexadecimal code ('#FF8800') or an "
                               "RGB triplet [r g b] in [0, 1]")
    try:
        rgb = np.asarray(value, dtype=np.float64).ravel()
    except (TypeError, ValueError):
        rgb = np.zeros(0)
    if rgb.size != 3 or not np.all(np.isfinite(rgb)) or rgb.min() < 0 or rgb.max() > 1:
        raise CompatValueError("Color value must be a 3 element vector of values in "
                               "[0, 1], a color name or a hexadecimal code")
    return rgb.reshape(1, 3).copy()


def parse_linespec(spec: str):
    """``(line_style, marker, color)`` of a LineSpec (each ``None`` where not given),
    or ``None`` when ``spec`` is not a LineSpec (then it is a property name).

    One line style (``-``, ``--``, ``:``, ``-.``), one marker, one colour, in any
    order: ``'r--o'``, ``'o:'``, ``'.-'`` (point markers, solid line), ``'-.'``
    (dash-dot); markers may be spelled out (``'square'``)."""
    text = spec.strip()
    style = marker = color = None
    i = 0
    if not text:
        return None
    while i < len(text):
        rest = text[i:]
        for word, m in MARKER_WORDS.items():
            if word != "none" and rest.lower().startswith(word):
                if marker is not None:
                    return None
                marker, i = m, i + len(word)
                break
        else:
            for s in _LINE_STYLES:
                if rest.startswith(s):
                    if style is not None:
                        return None
                    style, i = s, i + len(s)
                    break
            else:
                ch = rest[0]
                if ch in _COLOR_NAMES and ch not in MARKERS:
                    if color is not None:
                        return None
                    color = double_row(_COLOR_NAMES[ch])
                elif ch in MARKERS and ch not in "_|":
                    if marker is not None:
                        return None
                    marker = MARKERS[ch]
                else:
                    return None
                i += 1
    return style, marker, color


# --------------------------------------------------------------------------------------
# limits and ticks
# --------------------------------------------------------------------------------------
def tick_spacing(lo: float, hi: float) -> float:
    """The tick spacing for [lo, hi]: (hi-lo)/5 rounded to 1, 2, 5 or 10 times its power
    of ten, switching at sqrt(2), sqrt(10), sqrt(50) (ACM Algorithm 463)."""
    step = (hi - lo) / 5.0
    power = 10.0 ** math.floor(math.log10(step))
    mantissa = step / power
    if mantissa < math.sqrt(2.0):
        return power
    if mantissa < math.sqrt(10.0):
        return 2.0 * power
    if mantissa < math.sqrt(50.0):
        return 5.0 * power
    return 10.0 * power


def _data_range(values):
    finite = [v[np.isfinite(v)] for v in values]
    finite = [v for v in finite if v.size]
    if not finite:
        return None
    return (min(float(v.min()) for v in finite), max(float(v.max()) for v in finite))


_NEARLY_CONSTANT = math.sqrt(np.finfo(float).eps)


def _widen(lo: float, hi: float):
    """One widening step: the spacing of [lo, hi] and the multiples of it that enclose
    [lo, hi] (never inside it, whatever the rounding of lo/sep)."""
    sep = tick_spacing(lo, hi)
    first, last = math.floor(lo / sep), math.ceil(hi / sep)
    return sep, first, last, min(lo, sep * first), max(hi, sep * last)


def auto_scale(values, tight: bool = False):
    """The automatic limits and ticks of data ``values`` (a list of arrays; NaN and Inf
    ignored), as ``(lo, hi, ticks)``.

    [0, 1] without finite data. Data of a range below sqrt(eps) is widened by 10% of
    each end's magnitude ([-1, 1] at zero). Unless ``tight``, the range is widened
    outwards to multiples of its :func:`tick_spacing`, and that range once more to
    multiples of its own spacing, whose multiples from the first to the last enclosing
    one are the ticks (the second pass can take the next step up: data on [-12, 6]
    gives [-15, 10] with ticks every 5)."""
    span = _data_range(values)
    if span is None:
        return 0.0, 1.0, ticks_in(0.0, 1.0)
    lo, hi = span
    if lo == 0 and hi == 0:
        lo, hi = -1.0, 1.0
    elif abs(hi - lo) < _NEARLY_CONSTANT:
        lo, hi = lo - 0.1 * abs(lo), hi + 0.1 * abs(hi)
    if tight:
        return lo, hi, ticks_in(lo, hi)
    lo, hi = _widen(lo, hi)[3:]
    sep, first, last, lo, hi = _widen(lo, hi)
    return lo, hi, double_row([sep * k for k in range(first, last + 1)])


def log_scale(values, tight: bool = False):
    """The automatic limits and ticks of a log axis, as ``(lo, hi, ticks)``: the
    decades 10^floor(log10(min)) and 10^ceil(log10(max)) of the positive finite data
    (zero, negative, NaN and Inf left out), [0.1 1] without such data, a decade on
    each side of data that is a single power of ten; ticks at every decade between
    (GNU Octave 7.3's rule: MATLAB may label fewer decades on a long axis)."""
    positive = [v[np.isfinite(v) & (v > 0)] for v in values]
    span = _data_range(positive)
    if span is None:
        lo, hi = 0.1, 1.0
    elif tight:
        lo, hi = span
    else:
        lo = 10.0 ** math.floor(math.log10(span[0]))
        hi = 10.0 ** math.ceil(math.log10(span[1]))
        if lo == hi:
            lo, hi = lo / 10.0, hi * 10.0
    return lo, hi, log_ticks(lo, hi)


def log_ticks(lo: float, hi: float) -> np.ndarray:
    """The decades 10^k inside [lo, hi] (a 1xN row)."""
    if not (lo > 0 and np.isfinite(hi)) or hi <= lo:
        return np.zeros((1, 0))
    first = math.floor(math.log10(lo))
    last = math.ceil(math.log10(hi))
    return double_row([10.0 ** k for k in range(first, last + 1) if lo <= 10.0 ** k <= hi])


def auto_limits(values, tight: bool = False) -> tuple[float, float]:
    """The automatic limits of :func:`auto_scale`."""
    return auto_scale(values, tight)[:2]


def ticks_in(lo: float, hi: float) -> np.ndarray:
    """The ticks of fixed limits [lo, hi]: the multiples of :func:`tick_spacing` that lie
    inside (a 1xN row)."""
    if not (np.isfinite(lo) and np.isfinite(hi)) or hi <= lo:
        return np.zeros((1, 0))
    sep = tick_spacing(lo, hi)
    first, last = math.floor(lo / sep), math.ceil(hi / sep)
    if sep * first < lo:
        first += 1
    if sep * last > hi and last > first:
        last -= 1
    return double_row([sep * k for k in range(first, last + 1)])


def subplot_position(m: int, n: int, p) -> np.ndarray:
    """MATLAB's ``subplot(m, n, p)`` Position (1x4, normalized); ``p`` a 1-based index
    or a sequence of them (the rectangle covering those cells)."""
    cells = np.atleast_1d(np.asarray(p, dtype=np.int64)) - 1
    if m == 1 and n == 1:
        return double_row(DEFAULT_AXES_POSITION)  # the rule gives it up to rounding
    cols = cells % n
    rows = (m - 1) - cells // n
    left, bottom, width, height = DEFAULT_AXES_POSITION
    cell_w = width / (n - _SUBPLOT_INSET[0] - _SUBPLOT_INSET[2])
    cell_h = height / (m - _SUBPLOT_INSET[1] - _SUBPLOT_INSET[3])
    inset = (_SUBPLOT_INSET[0] * cell_w, _SUBPLOT_INSET[1] * cell_h,
             _SUBPLOT_INSET[2] * cell_w, _SUBPLOT_INSET[3] * cell_h)
    span_c = int(cols.max() - cols.min()) + 1
    span_r = int(rows.max() - rows.min()) + 1
    outer = (left + int(cols.min()) * cell_w - inset[0],
             bottom + int(rows.min()) * cell_h - inset[1],
             cell_w * span_c, cell_h * span_r)
    return double_row([outer[0] + inset[0], outer[1] + inset[1],
                 outer[2] - inset[0] - inset[2], outer[3] - inset[1] - inset[3]])
