"""MATLAB watershed (compat.matlab.regional_extrema, core compat._core.watershed):
Meyer's flooding worked by hand on small profiles, the flooding-level rule that
MATLAB's recorded result needs, label numbering, structural properties on random
images, classes, errors, inputs left alone; a live comparison with GNU Octave.
Captured values: golden suite matlab/watershed."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core import watershed as core
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import run_octave

S4 = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], dtype=bool)
S8 = np.ones((3, 3), dtype=bool)


def test_profiles_by_hand():
    # two basins meeting at a single crest: the crest is the watershed line
    np.testing.assert_array_equal(matlab.watershed(np.array([[0, 1, 2, 1, 0]])),
                                  [[1, 1, 0, 2, 2]])
    # a crest two elements wide: the first crest element reached joins basin 1, the
    # second touches both basins and becomes the line (lines are one element thick)
    np.testing.assert_array_equal(matlab.watershed(np.array([[0, 2, 2, 0]])),
                                  [[1, 1, 0, 2]])
    # one minimum: no line at all
    np.testing.assert_array_equal(matlab.watershed(np.array([[3, 1, 2, 5]])),
                                  [[1, 1, 1, 1]])
    # a constant image is one regional minimum
    np.testing.assert_array_equal(matlab.watershed(np.full((2, 3), 4.0)), np.ones((2, 3)))


def test_level_rule_reproduces_matlab_recorded_result():
    im = np.array([[2, 3, 30, 2], [3, 30, 3, 30], [255, 31, 30, 4], [2, 255, 31, 30],
                   [1, 2, 255, 5]], dtype=float)
    matlab_labels = [[1, 1, 0, 3], [1, 1, 0, 3], [0, 0, 0, 0], [2, 2, 0, 4], [2, 2, 0, 4]]
    np.testing.assert_array_equal(matlab.watershed(im), matlab_labels)
    np.testing.assert_array_equal(matlab.watershed(im, 8), matlab_labels)
    # queued by their own values (GNU Octave's rule) the 4 at (3, 4) floods at once
    octave_like = core.watershed(im, S8, level_rule=False)
    assert octave_like[2, 3] == 3 and octave_like[3, 3] == 0


def test_numbering_is_column_major_order_of_the_minima():
    a = np.array([[5, 5, 5, 0],
                  [0, 5, 5, 5],
                  [5, 5, 0, 5]], dtype=float)
    # minima at (2,1), (3,3), (1,4) in MATLAB's (row, column): column-major order
    got = matlab.watershed(a, 4)
    assert got[1, 0] == 1 and got[2, 2] == 2 and got[0, 3] == 3


@pytest.mark.parametrize("conn", [4, 8])
def test_structure_on_random_images(conn):
    rng = np.random.default_rng(12711 + conn)
    s = S4 if conn == 4 else S8
    for _ in range(5):
        a = rng.integers(0, 6, tuple(int(v) for v in rng.integers(2, 12, 2))).astype(float)
        lab = matlab.watershed(a, conn)
        minima = matlab.imregionalmin(a, conn)
        n = int(matlab.bwlabeln(minima, conn).max()) if hasattr(matlab, "bwlabeln") \
            else int(lab.max())
        assert lab.dtype == np.float64
        assert set(np.unique(lab)) <= set(range(n + 1))
        # every minimum is inside its own basin; every basin holds exactly one minimum
        assert (lab[minima] > 0).all()
        comps = matlab.bwlabeln(minima, conn)
        for k in range(1, n + 1):
            assert len(np.unique(lab[comps == k])) == 1
        assert len(np.unique(lab[minima])) == n
        # a line element touches at least two basins (or is only reachable through lines)
        pad = np.pad(lab, 1)
        for i, j in zip(*np.nonzero(lab == 0)):
            window = pad[i:i + 3, j:j + 3][s]
            labels = set(window[window > 0].tolist())
            assert len(labels) >= 2 or len(labels) == 0


def test_classes_and_dimensions():
    rng = np.random.default_rng(12713)
    a = rng.integers(0, 5, (7, 8))
    want = matlab.watershed(a.astype(float))
    for b in (a.astype(np.uint8), a.astype(np.int8) - 2, a.astype(np.float32)):
        np.testing.assert_array_equal(matlab.watershed(b), want)
    bw = a > 2
    np.testing.assert_array_equal(matlab.watershed(bw), matlab.watershed(bw.astype(float)))
    v = rng.integers(0, 3, (4, 5, 3)).astype(float)
    assert matlab.watershed(v).shape == v.shape
    assert matlab.watershed(v, 6).max() >= matlab.watershed(v).max() - 0  # labels exist
    se = matlab.strel("square", 3) if hasattr(matlab, "strel") else None
    if se is not None:
        np.testing.assert_array_equal(matlab.watershed(a, se), matlab.watershed(a, 8))
    with np.errstate(invalid="ignore"):
        c = a.astype(float)
        c[0, 0] = -np.inf
        assert matlab.watershed(c)[0, 0] >= 1


def test_errors_and_inputs():
    a = np.arange(12.0).reshape(3, 4)
    with pytest.raises(CompatValueError, match="non-NaN"):
        matlab.watershed(np.array([[1.0, np.nan]]))
    with pytest.raises(CompatValueError, match="CONN"):
        matlab.watershed(a, 5)
    with pytest.raises(CompatTypeError):
        matlab.watershed("abc")
    assert matlab.watershed(np.zeros((0, 3))).shape == (0, 3)
    b = np.asarray(a[::-1], dtype=">f8")
    b.setflags(write=False)
    got = matlab.watershed(b)
    assert got.dtype.isnative
    np.testing.assert_array_equal(got, matlab.watershed(np.ascontiguousarray(a[::-1])))
    np.testing.assert_array_equal(matlab.watershed(np.asfortranarray(a)), matlab.watershed(a))


def _renumbered(labels, a, conn):
    """Octave's labels renumbered by the column-major first element of each minimum."""
    comps = matlab.bwlabeln(matlab.imregionalmin(a, conn), conn)
    out = np.zeros_like(labels)
    firsts = sorted(int(np.flatnonzero((comps == k).T.reshape(-1))[0])
                    for k in range(1, int(comps.max()) + 1))
    mapping = {}
    for rank, first in enumerate(firsts, start=1):
        mapping[labels.T.reshape(-1)[first]] = rank
    for old, new in mapping.items():
        out[labels == old] = new
    return out


@pytest.mark.octave
def test_against_octave():
    """Octave's watershed floods by each element's own value and numbers basins its own
    way; compat must equal it after renumbering, or -- where the flooding level decides
    -- equal compat's own run with Octave's queueing rule."""
    rng = np.random.default_rng(12714)
    cases, inputs = [], []
    for k in range(10):
        conn = 8 if k % 2 else 4
        a = rng.integers(0, 6, tuple(int(v) for v in rng.integers(3, 11, 2))).astype(float)
        cases.append((f"L = watershed(A, {conn});", {"A": a}, ["L"]))
        inputs.append((a, conn))
    got = run_octave(cases, setup="pkg load image")
    for result, (a, conn) in zip(got, inputs):
        assert not isinstance(result, Exception), result
        oct_labels = _renumbered(np.asarray(result["L"], dtype=float).reshape(a.shape), a, conn)
        mine = matlab.watershed(a, conn)
        if not np.array_equal(oct_labels, mine):
            own = core.watershed(a, S4 if conn == 4 else S8, level_rule=False)
            np.testing.assert_array_equal(oct_labels, own)
