"""Contour lines of a gridded surface as a contour matrix (MATLAB's ``contourc``).

Python-shaped: :func:`contour_lines` traces the lines of one level over a grid and
returns them as a list of ``(k, 2)`` arrays of ``(x, y)`` vertices;
:func:`contour_matrix` stacks the lines of several levels in MATLAB's contour-matrix
layout; :func:`automatic_levels` and :func:`spaced_levels` are MATLAB's two automatic
level choices. The MATLAB argument grammar is in :mod:`compat.matlab.contours`.

The contour matrix (MATLAB's "Contour Matrix" / ``ContourMatrix`` pages) is a 2-by-N
matrix of column sets, one per line: a header column ``[level; count]`` followed by
``count`` columns of ``[x; y]`` vertices. A closed line repeats its first vertex at the
end.

Tracing (the rules of GNU Octave 7.3's ``__contourc__``, facts only, so that the order
of lines, their starting vertices and their directions are the clone's; MATLAB does not
publish its own):

* each grid cell ``(r, c)`` (rows ``r`` and ``r + 1``, columns ``c`` and ``c + 1``) has
  four edges, numbered clockwise in the matrix picture: 0 the edge on row ``r``, 1 the
  edge on column ``c + 1``, 2 the edge on row ``r + 1``, 3 the edge on column ``c``.
  An edge is crossed when ``z - level`` has opposite signs at its ends, a value within
  ``eps`` (2.2e-16) of 0 counting as ``+eps`` -- a grid value equal to the level is
  above it. A NaN end crosses nothing.
* the crossing point on an edge from corner ``a`` to corner ``b`` (edge ``k`` runs from
  corner ``k`` to ``k + 1``, corners clockwise from ``(r, c)``) is
  ``p_a + (p_b - p_a) / (1 + |z_b - level| / |z_a - level|)``: linear interpolation,
  in that arithmetic (``p_a`` itself when ``z_a`` equals the level; compat takes
  ``p_b`` itself when ``z_b`` does, where that formula may round ``p_a + (p_b - p_a)``
  off ``p_b``).
* lines that start on the boundary come first: for each column of cells (left to
  right) the top row's edge 0, then the bottom row's edge 2; then for each row of
  cells (top to bottom) the left column's edge 3, then the right column's edge 1.
  Then every cell in row-major order that still has an uncrossed edge starts a line
  at its highest-numbered such edge.
* a line enters a cell through an edge and leaves through the next crossed edge in
  the order 1, 2, 3, 0 after edge 0, 3, 0, 1, 2 after edge 2, 0, 3, 2, 1 after edge 1
  and 2, 1, 0, 3 after edge 3. In a saddle cell (all four edges crossed) this pairs
  edge 0 with edge 1 and edge 2 with edge 3 whatever the cell's centre value.
* a line ends where it leaves the grid, or comes back to a cell whose edges are all
  used (closed lines), or runs into a cell whose only crossed edge is the one it came
  in by (a cell with a NaN corner).

Where compat follows MATLAB rather than Octave (golden suite ``matlab/contours``):

* a grid value equal to the level makes the line pass through that grid point once:
  Octave writes the point twice (once from each of the two edges that meet there);
  MATLAB's documented example (``contourc`` page, the paraboloid: 29 vertices at
  level 5, where Octave's tracing gives 37 with the 8 grid points on the circle
  doubled) shows single vertices, so consecutive equal vertices are merged.
* a line that runs into a cell with a NaN corner ends at the crossing it came in by;
  Octave's tracing goes back out through the same edge and writes that crossing a
  second time, computed from the other side (a zero-length segment), and when the cell
  it goes back to is a saddle with edges left it carries on there with its edge marks
  off by one crossing (joining two lines and dropping a crossing of that cell).
"""

from __future__ import annotations

import math

import numpy as np

__all__ = ["contour_lines", "contour_matrix", "automatic_levels", "spaced_levels",
           "split_matrix", "restart_line"]

_EPS = float(np.finfo(np.float64).eps)

# The next edge tried after coming in by edge k (Octave's search: clockwise from edges 0
# and 2, counter-clockwise from 1 and 3; the entry edge itself last).
_EXIT_ORDER = {0: (1, 2, 3, 0), 1: (0, 3, 2, 1), 2: (3, 0, 1, 2), 3: (2, 1, 0, 3)}
# Corners of a cell as (row offset, column offset), clockwise from (r, c).
_CORNERS = ((0, 0), (0, 1), (1, 1), (1, 0))


def _edge_marks(z: np.ndarray, level: float) -> np.ndarray:
    """The crossed edges of every cell as a bit mask (bit k: edge k crossed)."""
    with np.errstate(invalid="ignore", over="ignore"):
        f = z - level
        f = np.where(np.abs(f) < _EPS, _EPS, f)
        f0, f1 = f[:-1, :-1], f[:-1, 1:]
        f3, f2 = f[1:, :-1], f[1:, 1:]
        marks = ((f0 * f1 < 0).astype(np.int64) + 2 * (f1 * f2 < 0) + 4 * (f2 * f3 < 0)
                 + 8 * (f0 * f3 < 0))
    return marks


class _Tracer:
    """One level's tracing over one grid (x, y as the cell corners' coordinates)."""

    def __init__(self, x, y, z, level):
        self.x = np.asarray(x, dtype=np.float64).tolist()
        self.y = np.asarray(y, dtype=np.float64).tolist()
        self.z, self.level = z, level
        self.marks = _edge_marks(z, level)
        self.lines: list[list[tuple[float, float]]] = []

    def crossing(self, r: int, c: int, edge: int) -> tuple[float, float]:
        ra, ca = _CORNERS[edge]
        rb, cb = _CORNERS[(edge + 1) % 4]
        za = abs(float(self.z[r + ra, c + ca]) - self.level)
        zb = abs(float(self.z[r + rb, c + cb]) - self.level)
        if za == 0.0:  # IEEE division, as the C code does: x/0 is Inf, 0/0 NaN
            ratio = math.nan if (zb == 0.0 or math.isnan(zb)) else math.inf
        else:
            ratio = zb / za
        if math.isnan(ratio):
            return 0.5, 0.5
        xa, xb = self.x[c + ca], self.x[c + cb]
        ya, yb = self.y[r + ra], self.y[r + rb]
        if ratio == 0.0:
            # the far corner is on the level: the vertex is that grid point, exactly
            # (the formula gives xa + (xb - xa), which can miss xb by an ulp, so that the
            # same grid point reached from its other edge would not be merged)
            return xb, yb
        return xa + (xb - xa) / (1.0 + ratio), ya + (yb - ya) / (1.0 + ratio)

    def trace(self, r: int, c: int, entry: int | None) -> None:
        marks = self.marks
        rows, cols = marks.shape
        line: list[tuple[float, float]] = []
        first = True
        while 0 <= r < rows and 0 <= c < cols and marks[r, c] > 0:
            bits = int(marks[r, c])
            if entry is None:
                entry = max(k for k in range(4) if bits & (1 << k))
            marks[r, c] -= 1 << entry
            if first:
                line.append(self.crossing(r, c, entry))
            exit_ = next(k for k in _EXIT_ORDER[entry] if bits & (1 << k))
            if exit_ == entry and not first:
                break  # a dead end (a NaN corner): the line stops at its entry
            if exit_ != entry:
                line.append(self.crossing(r, c, exit_))
                marks[r, c] -= 1 << exit_
            first = False
            if exit_ == 0:
                r -= 1
            elif exit_ == 1:
                c += 1
            elif exit_ == 2:
                r += 1
            else:
                c -= 1
            entry = (exit_ + 2) % 4
        merged = [p for i, p in enumerate(line) if i == 0 or p != line[i - 1]]
        if len(merged) >= 2:
            self.lines.append(merged)

    def run(self) -> list[list[tuple[float, float]]]:
        marks = self.marks
        rows, cols = marks.shape
        for c in range(cols):
            if marks[0, c] & 1:
                self.trace(0, c, 0)
            if marks[rows - 1, c] & 4:
                self.trace(rows - 1, c, 2)
        for r in range(rows):
            if marks[r, 0] & 8:
                self.trace(r, 0, 3)
            if marks[r, cols - 1] & 2:
                self.trace(r, cols - 1, 1)
        flat = marks.reshape(-1)
        for k in np.flatnonzero(flat > 0).tolist():   # row-major, as a full scan visits
            if flat[k] > 0:
                self.trace(k // cols, k % cols, None)
        return self.lines


def contour_lines(x: np.ndarray, y: np.ndarray, z: np.ndarray, level: float
                  ) -> list[np.ndarray]:
    """The contour lines of ``z`` at ``level``, each a ``(k, 2)`` float64 array of
    ``(x, y)`` vertices, in tracing order (see the module notes).

    ``z`` is 2-D float64 with at least 2 rows and 2 columns; ``x`` (one value per
    column of ``z``) and ``y`` (one per row) are 1-D float64 coordinates."""
    lines = _Tracer(x, y, z, float(level)).run()
    return [np.array(line, dtype=np.float64).reshape(-1, 2) for line in lines]


def _bilinear(field: np.ndarray, ci: np.ndarray, cj: np.ndarray) -> np.ndarray:
    """``field`` (rows x columns) at 0-based fractional column ``ci`` and row ``cj``,
    by bilinear interpolation (MATLAB's interp2 'linear' on the index grid)."""
    rows, cols = field.shape
    ci = np.clip(ci, 0, cols - 1)
    cj = np.clip(cj, 0, rows - 1)
    i0 = np.minimum(np.floor(ci).astype(np.intp), cols - 2)
    j0 = np.minimum(np.floor(cj).astype(np.intp), rows - 2)
    s, t = ci - i0, cj - j0
    a, b = field[j0, i0], field[j0, i0 + 1]
    c, d = field[j0 + 1, i0], field[j0 + 1, i0 + 1]
    return (a * (1 - s) + b * s) * (1 - t) + (c * (1 - s) + d * s) * t


def contour_matrix(x: np.ndarray, y: np.ndarray, z: np.ndarray, levels) -> np.ndarray:
    """MATLAB's 2-by-N contour matrix of ``z`` at each of ``levels`` (in that order).

    ``x`` and ``y`` are either 1-D (one value per column and per row of ``z``) or 2-D
    arrays of ``z``'s shape giving every grid point's coordinates; for 2-D ones the
    lines are traced over the index grid and their vertices mapped onto the given
    coordinates by bilinear interpolation (exact linear interpolation along each cell
    edge, where every vertex lies)."""
    z = np.asarray(z, dtype=np.float64)
    rows, cols = z.shape
    mapped = np.ndim(x) == 2
    xs = np.arange(cols, dtype=np.float64) if mapped else x
    ys = np.arange(rows, dtype=np.float64) if mapped else y
    blocks = []
    for level in levels:
        for line in contour_lines(xs, ys, z, level):
            if mapped:
                ci, cj = line[:, 0], line[:, 1]
                line = np.column_stack([_bilinear(x, ci, cj), _bilinear(y, ci, cj)])
            head = np.array([[float(level)], [float(line.shape[0])]])
            blocks.append(np.hstack([head, line.T]))
    if not blocks:
        return np.zeros((2, 0), dtype=np.float64)
    return np.hstack(blocks)


def spaced_levels(zmin: float, zmax: float, n: int, linspace) -> np.ndarray:
    """``n`` levels equally spaced strictly between ``zmin`` and ``zmax``: MATLAB's
    ``linspace(zmin, zmax, n + 2)`` without its end points (``linspace`` is compat's
    MATLAB linspace of three arguments)."""
    return np.asarray(linspace(zmin, zmax, n + 2), dtype=np.float64).reshape(-1)[1:-1]


def automatic_levels(zmin: float, zmax: float, most: int = 20) -> np.ndarray:
    """The levels MATLAB chooses when none are given: the multiples of the smallest step
    ``1, 2 or 5 times a power of ten`` that puts at most ``most`` (20) of them in
    ``[zmin, zmax]`` (MATLAB's R2012a reference: "no more than 20 contour levels that
    are divisible by 2 or 5"; the exact search is compat's reading, which gives the
    documented paraboloid's levels 0, 5, ..., 50). Empty for a constant or non-finite
    range."""
    if not (math.isfinite(zmin) and math.isfinite(zmax)) or zmax <= zmin:
        return np.zeros(0, dtype=np.float64)
    power = math.floor(math.log10((zmax - zmin) / most)) - 1
    while True:
        for mantissa in (1, 2, 5):
            step = mantissa * 10.0 ** power
            low, high = math.ceil(zmin / step), math.floor(zmax / step)
            if high - low + 1 <= most:
                ks = np.arange(low, high + 1, dtype=np.float64)
                if power >= 0:
                    return ks * float(mantissa * 10 ** power) + 0.0
                return ks * mantissa / float(10 ** -power) + 0.0
        power += 1


def split_matrix(C: np.ndarray) -> list[tuple[float, np.ndarray]]:
    """The lines of a contour matrix as ``(level, (k, 2) vertices)`` pairs."""
    C = np.asarray(C, dtype=np.float64)
    out, i = [], 0
    while i < C.shape[1]:
        count = int(C[1, i])
        out.append((float(C[0, i]), C[:, i + 1:i + 1 + count].T.copy()))
        i += count + 1
    return out


def restart_line(vertices: np.ndarray, start, toward) -> np.ndarray:
    """A closed line's vertices (first repeated last) started at the vertex nearest
    ``start`` and run in the direction whose next vertex is nearer ``toward``: the
    freedom MATLAB leaves in a closed line's starting point and direction, removed so
    that a printed MATLAB line can be compared vertex by vertex."""
    ring = np.asarray(vertices, dtype=np.float64)[:-1]
    k = int(np.argmin(np.hypot(*(ring - np.asarray(start, dtype=np.float64)).T)))
    forward = np.roll(ring, -k, axis=0)
    backward = np.roll(ring[::-1], -(len(ring) - 1 - k), axis=0)
    target = np.asarray(toward, dtype=np.float64)
    pick = forward if np.hypot(*(forward[1] - target)) <= np.hypot(*(backward[1] - target)) \
        else backward
    return np.vstack([pick, pick[:1]])
