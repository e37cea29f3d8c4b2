"""MATLAB ff2n and rectint: ff2n from its definition (binary counting, the last factor
fastest, levels 0/1), rectint from the definition of an intersection area (a brute
count on a fine lattice for integer rectangles, by hand for printed cases), classes,
errors, inputs as files deliver them, and random inputs against live Octave (ff2n for
n >= 2, where Octave's ff2n is right; rectint everywhere)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import OCTAVE, run_octave

# --- ff2n ---------------------------------------------------------------------------


@pytest.mark.parametrize("n", [1, 2, 3, 4, 6])
def test_ff2n_is_binary_counting_last_factor_fastest(n):
    d = matlab.ff2n(n)
    want = np.array(list(itertools.product([0, 1], repeat=n)), dtype=np.float64)
    np.testing.assert_array_equal(d, want)
    assert d.shape == (2 ** n, n) and d.dtype == np.float64


def test_ff2n_reference_page_example_written_out():
    assert matlab.ff2n(3).tolist() == [[0, 0, 0], [0, 0, 1], [0, 1, 0], [0, 1, 1],
                                       [1, 0, 0], [1, 0, 1], [1, 1, 0], [1, 1, 1]]
    assert matlab.ff2n(1).tolist() == [[0.0], [1.0]]


def test_ff2n_zero_factors_and_classes():
    assert matlab.ff2n(0).shape == (1, 0)
    for n in (np.float32(2), np.int8(2), np.uint16(2), np.array([[2.0]]), 2.0):
        d = matlab.ff2n(n)
        assert d.dtype == np.float64
        np.testing.assert_array_equal(d, [[0, 0], [0, 1], [1, 0], [1, 1]])
    assert matlab.ff2n(True).tolist() == [[0.0], [1.0]]
    big = np.array([3.0], dtype=">f8")
    np.testing.assert_array_equal(matlab.ff2n(big), matlab.ff2n(3))


@pytest.mark.parametrize("bad", [-1, 2.5, np.nan, np.inf, [2, 3], [], 2 + 1j, "a"])
def test_ff2n_bad_n(bad):
    with pytest.raises(CompatValueError,
                       match=r"^ff2n: N must be a nonnegative integer scalar\.$"):
        matlab.ff2n(bad)


def test_ff2n_huge_design_refused():
    with pytest.raises(CompatValueError, match="exceeds maximum array size"):
        matlab.ff2n(40)


# --- rectint ------------------------------------------------------------------------


def _lattice_area(r, s, k=4):
    """Area of the intersection of two rectangles with integer corners and positive
    sizes, by counting the cells of a 1/k lattice lying in both."""
    def cells(x, y, w, h):
        return {(i, j) for i in range(int(x * k), int((x + w) * k))
                for j in range(int(y * k), int((y + h) * k))}
    return len(cells(*r) & cells(*s)) / k ** 2


def test_rectint_matches_lattice_count():
    rng = np.random.default_rng(134)
    a = np.column_stack([rng.integers(-3, 4, (7, 2)), rng.integers(1, 5, (7, 2))])
    b = np.column_stack([rng.integers(-3, 4, (5, 2)), rng.integers(1, 5, (5, 2))])
    got = matlab.rectint(a.astype(float), b.astype(float))
    want = np.array([[_lattice_area(r, s) for s in b] for r in a])
    np.testing.assert_array_equal(got, want)
    assert got.shape == (7, 5) and got.dtype == np.float64


def test_rectint_by_hand():
    # [0 0 2 2] and [1 1 2 2] share the unit square [1,2]x[1,2]
    assert float(matlab.rectint([0, 0, 2, 2], [1, 1, 2, 2])) == 1.0
    assert float(matlab.rectint([0, 0, 1, 1], [1, 0, 1, 1])) == 0.0      # touching
    assert float(matlab.rectint([0, 0, 1, 1], [3, 3, 1, 1])) == 0.0      # apart
    assert float(matlab.rectint([0, 0, 5, 5], [1, 1, 2, 3])) == 6.0      # nested
    assert float(matlab.rectint([0, 0, -1, 2], [-2, -2, 5, 5])) == 0.0   # negative w
    assert float(matlab.rectint([-1, -1, 1.5, 1.5], [0, 0, 1, 1])) == 0.25


def test_rectint_shapes_and_classes():
    assert np.ndim(matlab.rectint([0, 0, 1, 1], [0, 0, 1, 1])) == 0
    assert matlab.rectint(np.array([[0, 0, 1, 1]]), [0, 0, 1, 1]).shape == (1, 1)
    assert matlab.rectint(np.zeros((0, 4)), np.ones((3, 4))).shape == (0, 3)
    row = matlab.rectint([0, 0, 2, 2], [[0, 0, 1, 1], [1, 1, 2, 2]])
    np.testing.assert_array_equal(row, [[1.0, 1.0]])
    s = matlab.rectint(np.float32([0, 0, 1.5, 1.5]), [0.5, 0.5, 1, 1])
    assert s.dtype == np.float32 and float(s) == 1.0
    i = matlab.rectint(np.int16([[0, 0, 3, 3]]), np.uint8([[1, 1, 1, 1]]))
    assert i.dtype == np.float64 and i.tolist() == [[1.0]]


def test_rectint_inputs_as_files_deliver_them_are_read_and_kept():
    a = np.array([[0, 0, 2, 2], [1, 1, 2, 2]], dtype=">f8")
    b = np.asfortranarray(np.array([[1, 0, 1, 1], [0.5, 0.5, 1, 1]]))
    b.setflags(write=False)
    keep = (a.copy(), b.copy())
    got = matlab.rectint(a, b)
    np.testing.assert_array_equal(got, [[1.0, 1.0], [0.0, 0.25]])
    np.testing.assert_array_equal(a, keep[0])
    np.testing.assert_array_equal(b, keep[1])
    strided = np.arange(16.0).reshape(2, 8)[:, ::2]          # rows [0 2 4 6], [8 ...]
    np.testing.assert_array_equal(matlab.rectint(strided, strided),
                                  matlab.rectint(np.ascontiguousarray(strided),
                                                 np.ascontiguousarray(strided)))


@pytest.mark.parametrize("bad", [[0, 0, 1], np.zeros((2, 6)), np.zeros((2, 3)), 1.0,
                                 np.zeros((2, 4, 1))])
def test_rectint_bad_shapes(bad):
    with pytest.raises(CompatValueError,
                       match=r"^rectint: A must be a position vector \[x y width height\]"):
        matlab.rectint(bad, [0, 0, 1, 1])


def test_rectint_text_and_complex_refused():
    with pytest.raises(CompatTypeError, match="rectint"):
        matlab.rectint("abcd", [0, 0, 1, 1])
    with pytest.raises((CompatTypeError, CompatValueError), match="rectint"):
        matlab.rectint([0, 0, 1 + 1j, 1], [0, 0, 1, 1])


# --- live Octave ----------------------------------------------------------------------

needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_rectangles_and_designs_against_octave():
    rng = np.random.default_rng(4134)
    cases, ours = [], []
    for _ in range(10):
        n, m = int(rng.integers(1, 7)), int(rng.integers(1, 7))
        a = np.column_stack([rng.uniform(-5, 5, (n, 2)), rng.uniform(-1, 4, (n, 2))])
        b = np.column_stack([rng.uniform(-5, 5, (m, 2)), rng.uniform(-1, 4, (m, 2))])
        cases.append(("R = rectint(A, B);", {"A": a, "B": b}, ["R"]))
        ours.append(np.atleast_2d(matlab.rectint(a, b)))
    for k in (2, 3, 5, 7):
        cases.append((f"R = ff2n({k});", {}, ["R"]))
        ours.append(matlab.ff2n(k))
    got = run_octave(cases, setup="warning('off', 'all'); pkg load statistics")
    for g, want in zip(got, ours):
        assert not isinstance(g, Exception), g
        # the same IEEE operations (sums, min/max, one product) in both: bit for bit
        np.testing.assert_array_equal(np.asarray(g["R"], dtype=float).reshape(want.shape),
                                      want)
