"""3-D chart objects: MATLAB's ``Quiver`` with ``ZData``/``WData`` (quiver3) and its
automatic arrow scale in three dimensions."""

from __future__ import annotations

import numpy as np

from compat._core.graphics_charts import Quiver, _any


def _range(a):
    f = a[np.isfinite(a)]
    return float(f.max() - f.min()) if f.size else 0.0


def quiver3_scale(x, y, z, u, v, w, factor=0.9):
    """MATLAB's automatic quiver3 scale: ``factor`` times the average grid spacing
    ``sqrt(dx^2 + dy^2 + dz^2)`` over the longest arrow, with ``dx = range(X)/n``,
    ``dy = range(Y)/m``, ``dz = range(Z)/max(m, n)`` (``n = m = sqrt(numel)`` for
    vector data; MATLAB's quiver3 page: the arrows are scaled "to fit within the
    grid"); ``factor`` itself when every arrow or the grid is degenerate.

    Examples
    --------
    >>> x = [[1.0, 2.0], [3.0, 4.0]]
    >>> s = quiver3_scale(x, [[1, 2], [1, 2]], [[0, 1], [2, 3]],
    ...                   [[1, 0], [1, 1]], [[0, 1], [1, 2]], [[1, 1], [0, 3]])
    >>> round(float(s), 6)   # 0.9 * sqrt(1.5**2 + 0.5**2 + 1.5**2) / sqrt(14)
    0.524234
    """
    x, y, z = (np.asarray(a, dtype=np.float64) for a in (x, y, z))
    u, v, w = (np.asarray(a, dtype=np.float64) for a in (u, v, w))
    if x.ndim < 2 or min(x.shape) == 1:
        n = m = np.sqrt(x.size)
    else:
        m, n = x.shape
    dx, dy, dz = _range(x) / n, _range(y) / m, _range(z) / max(m, n)
    lengths = np.sqrt(u * u + v * v + w * w)
    lengths = lengths[np.isfinite(lengths)]
    longest = float(lengths.max()) if lengths.size else 0.0
    spacing = np.sqrt(dx * dx + dy * dy + dz * dz)
    if longest > 0 and spacing > 0:
        return factor * spacing / longest
    return factor


class Quiver3(Quiver):
    """A 3-D quiver plot (MATLAB's ``Quiver`` made by quiver3): :class:`Quiver`'s
    properties plus ``ZData`` (the starts' z) and ``WData`` (the arrows' z parts);
    the automatic scale is :func:`quiver3_scale`."""

    _PROPERTIES = {
        "ZData": (lambda: np.zeros((0, 0)), _any),
        "WData": (lambda: np.zeros((0, 0)), _any),
    }

    def scale(self):
        if self._props["AutoScale"] != "on":
            return 1.0
        p = self._props
        return quiver3_scale(p["XData"], p["YData"], p["ZData"], p["UData"], p["VData"],
                             p["WData"], p["AutoScaleFactor"])

    def surface_limit_data(self, axis):
        """The arrows' starts and tips along ``axis`` (the 3-D automatic limits)."""
        start = np.asarray(self._props[axis.upper() + "Data"], dtype=np.float64).ravel()
        part = np.asarray(self._props[{"x": "UData", "y": "VData", "z": "WData"}[axis]],
                          dtype=np.float64).ravel()
        return [start, start + self.scale() * part]
