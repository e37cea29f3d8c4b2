"""Binary morphology on 3-by-3 neighbourhoods, as MATLAB's ``bwmorph`` defines it.

Every lookup-table operation maps a pixel's 3-by-3 neighbourhood to its new value. The
neighbourhood is numbered as MATLAB's ``applylut`` numbers it: the pixel at row ``r``,
column ``c`` of the window (0-based) is bit ``3 c + r`` (weights ``[1 8 64; 2 16 128;
4 32 256]``, the centre is 16), and the image is padded with ``false``. The tables here
are built from the rules below (never typed in), so each rule is the documentation:

* ring ``x1 .. x8``: the eight neighbours counter-clockwise from east (E, NE, N, NW, W,
  SW, S, SE), as Lam, Lee and Suen (1992) number them;
* 'thin': the two-subiteration parallel thinning of Guo and Hall (1989) as given by
  Lam, Lee and Suen, "Thinning methodologies -- a comprehensive survey", IEEE PAMI 14(9),
  p. 879 (the paper MATLAB's reference page cites): a pixel is deleted when
  ``X_H = 1`` (the crossing number: ``b_i = ~x_(2i-1) & (x_2i | x_(2i+1))`` summed over
  i = 1..4), ``2 <= min(n1, n2) <= 3`` (``n1 = sum (x_(2k-1) | x_2k)``, ``n2 = sum
  (x_2k | x_(2k+1))``) and, in the first subiteration, ``(x2 | x3 | ~x8) & x1 = 0``, in
  the second ``(x6 | x7 | ~x4) & x5 = 0``;
* 'endpoints': an on pixel whose on neighbours form one run around the ring (or none);
* 'bridge': an off pixel whose on neighbours fall into two or more 8-connected groups,
  except two corners of one side with nothing else (GNU Octave's table, the oracle);
* 'diag': an off pixel with two on 4-neighbours around an off diagonal neighbour;
* 'hbreak': the centre of the two H patterns is removed; 'spur': an on pixel whose only
  on neighbour is diagonal is removed;
* 'clean' (isolated on pixels removed), 'fill' (an off pixel with its four 4-neighbours
  on), 'remove' (an on pixel with its four 4-neighbours on), 'majority' (five or more
  on pixels in the 3-by-3 window);
* 'skel': compat's skeleton is the 'thin' result (one pixel wide, the Euler number kept);
  MATLAB does not document its skeleton's table, so pixel-level agreement is not claimed;
* 'branchpoints': an on pixel with three or more runs of on neighbours around the ring
  (MATLAB's page: "finds branch points of skeleton"; Octave lacks it);
* 'dilate', 'erode', 'open', 'close', 'tophat', 'bothat' use the 3-by-3 square of
  :mod:`compat._core.flat_morphology` (erosion does not erode the border).

``n`` repeats the operation, stopping early when the image no longer changes (``Inf``:
until then); 'bothat', 'bridge', 'clean', 'close', 'fill', 'hbreak', 'open', 'remove'
and 'tophat' run once whatever ``n`` is (as Octave's bwmorph).
"""

from __future__ import annotations

import math

import numpy as np
from scipy import ndimage as ndi

from compat._core import flat_morphology

__all__ = ["OPERATIONS", "bwmorph", "lut_index", "apply_lut", "make_lut"]

OPERATIONS = ("bothat", "branchpoints", "bridge", "clean", "close", "diag", "dilate",
              "endpoints", "erode", "fill", "hbreak", "majority", "open", "remove",
              "skel", "spur", "thin", "tophat")
_ONCE = {"bothat", "bridge", "clean", "close", "fill", "hbreak", "open", "remove",
         "tophat", "branchpoints"}
_WEIGHTS = np.array([[1, 8, 64], [2, 16, 128], [4, 32, 256]], dtype=np.int32)
_RING = ((1, 2), (0, 2), (0, 1), (0, 0), (1, 0), (2, 0), (2, 1), (2, 2))
_SQUARE = np.ones((3, 3), dtype=bool)


def _window(k: int) -> np.ndarray:
    return np.array([(k >> (3 * c + r)) & 1 for r in range(3) for c in range(3)],
                    dtype=bool).reshape(3, 3)


def make_lut(rule) -> np.ndarray:
    """The 512-entry boolean table of ``rule(window)`` (a 3-by-3 bool array)."""
    return np.array([bool(rule(_window(k))) for k in range(512)], dtype=bool)


def lut_index(bw: np.ndarray) -> np.ndarray:
    """``applylut``'s 0-based table index of every pixel (outside the image: off)."""
    return ndi.correlate(bw.astype(np.int32), _WEIGHTS, mode="constant", cval=0)


def apply_lut(bw: np.ndarray, lut: np.ndarray) -> np.ndarray:
    return lut[lut_index(bw)]


def _ring(w):
    return [bool(w[p]) for p in _RING]


def _crossings(x) -> int:
    """Off-to-on transitions walking once around the ring."""
    return sum((not x[i]) and x[(i + 1) % 8] for i in range(8))


def _thin_rule(first: bool):
    def rule(w):
        if not w[1, 1]:
            return False
        x = [None] + _ring(w) + [bool(w[_RING[0]])]      # x[1..8], x[9] = x1
        xh = sum((not x[2 * i - 1]) and (x[2 * i] or x[2 * i + 1]) for i in range(1, 5))
        n1 = sum(x[2 * k - 1] or x[2 * k] for k in range(1, 5))
        n2 = sum(x[2 * k] or x[2 * k + 1] for k in range(1, 5))
        if first:
            g3 = not ((x[2] or x[3] or not x[8]) and x[1])
        else:
            g3 = not ((x[6] or x[7] or not x[4]) and x[5])
        return not (xh == 1 and 2 <= min(n1, n2) <= 3 and g3)
    return rule


def _neighbours(w) -> int:
    return int(w.sum()) - int(w[1, 1])


def _four_on(w) -> bool:
    return bool(w[0, 1] and w[1, 0] and w[1, 2] and w[2, 1])


def _bridge(w):
    if w[1, 1]:
        return True
    ring = w.copy()
    ring[1, 1] = False
    groups = ndi.label(ring, _SQUARE)[1]
    corners_of_a_side = (_neighbours(w) == 2 and not w[0, 1] and not w[1, 0] and
                         not w[1, 2] and not w[2, 1] and
                         ((w[0, 0] and w[2, 0]) or (w[0, 2] and w[2, 2]) or
                          (w[0, 0] and w[0, 2]) or (w[2, 0] and w[2, 2])))
    return groups >= 2 and not corners_of_a_side


def _diag(w):
    if w[1, 1]:
        return True
    return any(w[a] and w[b] and not w[d] for a, b, d in
               (((0, 1), (1, 2), (0, 2)), ((0, 1), (1, 0), (0, 0)),
                ((2, 1), (1, 2), (2, 2)), ((2, 1), (1, 0), (2, 0))))


def _endpoint(w):
    if not w[1, 1]:
        return False
    return _neighbours(w) == 0 or _crossings(_ring(w)) == 1 and _neighbours(w) < 8


def _hbreak(w):
    if not w[1, 1]:
        return False
    if int(w.sum()) != 7:
        return True
    return not ((not w[1, 0] and not w[1, 2]) or (not w[0, 1] and not w[2, 1]))


def _spur(w):
    if not w[1, 1]:
        return False
    return not (_neighbours(w) == 1 and not w[0, 1] and not w[1, 0] and not w[1, 2]
                and not w[2, 1])


def _branchpoint(w):
    return bool(w[1, 1]) and _crossings(_ring(w)) >= 3


_LUTS = {
    "bridge": make_lut(_bridge),
    "diag": make_lut(_diag),
    "endpoints": make_lut(_endpoint),
    "hbreak": make_lut(_hbreak),
    "spur": make_lut(_spur),
    "branchpoints": make_lut(_branchpoint),
    "clean": make_lut(lambda w: w[1, 1] and _neighbours(w) > 0),
    "fill": make_lut(lambda w: w[1, 1] or _four_on(w)),
    "remove": make_lut(lambda w: w[1, 1] and not _four_on(w)),
    "majority": make_lut(lambda w: int(w.sum()) >= 5),
    "thin1": make_lut(_thin_rule(True)),
    "thin2": make_lut(_thin_rule(False)),
}


def _step(op: str, bw: np.ndarray) -> np.ndarray:
    if op == "dilate":
        return flat_morphology.dilate(bw, _SQUARE)
    if op == "erode":
        return flat_morphology.erode(bw, _SQUARE)
    if op == "open":
        return flat_morphology.dilate(flat_morphology.erode(bw, _SQUARE), _SQUARE)
    if op == "close":
        return flat_morphology.erode(flat_morphology.dilate(bw, _SQUARE), _SQUARE)
    if op == "tophat":
        return bw & ~_step("open", bw)
    if op == "bothat":
        return _step("close", bw) & ~bw
    if op in ("thin", "skel"):
        return apply_lut(apply_lut(bw, _LUTS["thin1"]), _LUTS["thin2"])
    return apply_lut(bw, _LUTS[op])


def bwmorph(bw: np.ndarray, op: str, n: float = 1) -> np.ndarray:
    """Apply the operation ``op`` (one of :data:`OPERATIONS`) ``n`` times (``inf``: until
    the image stops changing) to the 2-D bool image ``bw``; a new bool array."""
    bw = np.array(bw, dtype=bool)
    if op == "branchpoints":
        return apply_lut(bw, _LUTS["branchpoints"]) if n > 0 else bw
    if op in _ONCE and n > 1:
        n = 1
    i = 0
    while i < n:
        new = _step(op, bw)
        if np.array_equal(new, bw):
            break
        bw = new
        i += 1
        if math.isinf(n) and i > bw.size + 2:   # every step removes or adds a pixel
            break
    return bw
