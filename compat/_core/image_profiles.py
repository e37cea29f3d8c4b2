"""The sampling path of MATLAB's ``improfile``: equally spaced points along a polyline.

MATLAB's rule (its improfile reference page and help text): the vertices ``(xi, yi)``
are in the image's spatial coordinates (x = column, y = row, 1-based by default, or
the 'XData'/'YData' given as ``x``, ``y``); consecutive repeated vertices are dropped;
``s`` is the cumulative Euclidean length along the path; without ``n``, ``n = max(2,
sum over segments of max(ceil(|dx| / px), ceil(|dy| / py)))`` where ``px``, ``py`` are
the pixel spacings ("roughly the number of pixels the path traverses"); the samples are
at ``s = 0 : s_end/(n-1) : s_end`` (MATLAB's colon), placed on the path by piecewise
linear interpolation of the vertices.
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["default_count", "profile_points"]


def _vertices(xi: np.ndarray, yi: np.ndarray):
    prof = np.column_stack([xi, yi]).astype(np.float64)
    s = np.concatenate([[0.0], np.cumsum(np.sqrt(np.sum(np.diff(prof, axis=0) ** 2,
                                                        axis=1)))])
    keep = np.concatenate([[True], np.diff(s) != 0])
    return prof[keep], s[keep]


def default_count(xi, yi, px: float = 1.0, py: float = 1.0) -> int:
    prof, _ = _vertices(np.asarray(xi), np.asarray(yi))
    d = np.abs(np.diff(prof / np.array([px, py]), axis=0))
    if d.size == 0:
        return 2
    return max(int(np.sum(np.max(np.ceil(d), axis=1))), 2)


def profile_points(xi, yi, n: int, colon) -> tuple[np.ndarray, np.ndarray]:
    """The sample coordinates (x, y) of ``n`` points along the path; ``colon(a, d, b)``
    is MATLAB's colon (passed in so this module stays free of the legacy layer)."""
    prof, s = _vertices(np.asarray(xi), np.asarray(yi))
    end = float(s[-1])
    if len(s) < 2 or end == 0 or not math.isfinite(end):
        t = np.zeros(1) if len(s) else np.zeros(0)
    else:
        t = np.asarray(colon(0.0, end / (n - 1), end), dtype=np.float64).ravel()
    x = np.interp(t, s, prof[:, 0]) if len(s) >= 2 else np.repeat(prof[:, 0], len(t))
    y = np.interp(t, s, prof[:, 1]) if len(s) >= 2 else np.repeat(prof[:, 1], len(t))
    return x, y
