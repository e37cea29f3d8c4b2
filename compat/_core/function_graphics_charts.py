"""IDL 8 function graphics' chart objects beside PLOT: SCATTERPLOT and BARPLOT
(:mod:`compat._core.function_graphics` holds the windows, dataspaces and PLOT).

- a :class:`ScatterPlot` is a PLOT whose points are symbols without a line: LINESTYLE 6
  always; SYMBOL defaults to the circle (compat's choice: the SCATTERPLOT reference page
  shows no default as a value);
- a :class:`BarPlot` draws one bar per value from BOTTOM_VALUES (default 0) at its
  location (default the index); WIDTH (default 0.8, the fraction of the space between
  locations) is shared by NBARS bar sets side by side, set INDEX (0-based) taking slot
  ``INDEX`` of ``NBARS``; /HORIZONTAL draws the bars along X. The ranges cover the bars'
  edges and their bottoms. The defaults are compat's reading of IDL's BARPLOT page; no
  golden checks them.
"""

from __future__ import annotations

import numpy as np

from compat._core.errors import CompatValueError
from compat._core.function_graphics import Plot

__all__ = ["ScatterPlot", "BarPlot"]


class ScatterPlot(Plot):
    """SCATTERPLOT(): symbols at the points, no line."""

    _kind = "SCATTERPLOT"
    _defaults = {**Plot._defaults, "linestyle": 6, "symbol": 24}

    def _set_linestyle(self, value):
        return 6                   # a scatter plot draws no line


class BarPlot(Plot):
    """BARPLOT(): bars from BOTTOM_VALUES to the values."""

    _kind = "BARPLOT"
    _defaults = {**Plot._defaults, "width": 0.8, "nbars": 1, "index": 0,
                 "bottom_values": None, "horizontal": 0,
                 "fill_color": lambda: np.array([0, 0, 255], np.uint8), "xstyle": 1,
                 "ystyle": 0}

    def _set_width(self, value):
        w = float(value)
        if not 0 < w <= 1:
            raise CompatValueError(f"WIDTH must be in (0, 1]: {value!r}")
        return w

    def _set_nbars(self, value):
        n = int(value)
        if n < 1:
            raise CompatValueError(f"NBARS must be >= 1: {value!r}")
        return n

    def _set_index(self, value):
        return int(value)

    def _set_bottom_values(self, value):
        return np.asarray(value, dtype=np.float64).reshape(-1)

    def _set_horizontal(self, value):
        return int(bool(value))

    def bars(self):
        """``(centres, bottoms, tops, thickness)`` of the bars along the location axis
        (X, or Y with /HORIZONTAL)."""
        loc = np.asarray(self._x, dtype=np.float64)
        top = np.asarray(self._y, dtype=np.float64)
        spacing = float(np.min(np.diff(np.unique(loc)))) if np.unique(loc).size > 1 \
            else 1.0
        n, k, w = self.nbars, self.index, self.width
        if not 0 <= k < n:
            raise CompatValueError(f"INDEX must be 0-{n - 1}: {k}")
        thickness = w * spacing / n
        centres = loc + (k - (n - 1) / 2.0) * thickness
        bottom = self._props["bottom_values"]
        bottoms = np.zeros_like(top) if bottom is None else np.broadcast_to(
            bottom, top.shape).astype(np.float64)
        return centres, bottoms, top, thickness

    def _limits(self, axis):
        centres, bottoms, tops, thickness = self.bars()
        along = 1 if self.horizontal else 0
        if axis == along:
            v = np.concatenate([centres - thickness / 2, centres + thickness / 2])
        else:
            v = np.concatenate([bottoms, tops])
        v = v[np.isfinite(v)]
        return (float(v.min()), float(v.max())) if v.size else None
