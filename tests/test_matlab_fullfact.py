"""MATLAB fullfact: the design from its definition (every combination, the first factor
varying fastest), classes, errors, inputs as files deliver them, and random level
vectors against ndgrid in live Octave (Octave's own fullfact is another function)."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import OCTAVE, run_octave


def _definition(levels):
    """Every treatment, by itertools.product over the factors in reverse order (so
    the first factor varies fastest), each row reversed back."""
    combos = itertools.product(*(range(1, n + 1) for n in reversed(levels)))
    return np.array([list(reversed(c)) for c in combos], dtype=np.float64)


@pytest.mark.parametrize("levels", [[2, 4], [3, 4], [2, 4, 3], [1, 3], [4, 1, 2],
                                    [5], [1], [2, 2, 2, 2]])
def test_every_treatment_once_first_factor_fastest(levels):
    d = matlab.fullfact(levels)
    np.testing.assert_array_equal(d, _definition(levels))
    assert d.shape == (int(np.prod(levels)), len(levels)) and d.dtype == np.float64
    assert len({tuple(r) for r in d}) == d.shape[0]


def test_reference_page_example_written_out():
    d = matlab.fullfact([2, 4])
    assert d.tolist() == [[1, 1], [2, 1], [1, 2], [2, 2], [1, 3], [2, 3], [1, 4], [2, 4]]


def test_orientation_and_classes():
    row = matlab.fullfact(np.array([[3, 2]]))
    col = matlab.fullfact(np.array([[3], [2]]))
    np.testing.assert_array_equal(row, col)
    assert matlab.fullfact(np.float32([2, 3])).dtype == np.float32
    for cls in (np.int8, np.uint16, np.int64):
        d = matlab.fullfact(np.array([3, 2], dtype=cls))
        assert d.dtype == np.float64
        np.testing.assert_array_equal(d, _definition([3, 2]))
    assert matlab.fullfact(True).tolist() == [[1.0]]
    assert matlab.fullfact(4.0).tolist() == [[1.0], [2.0], [3.0], [4.0]]


def test_inputs_as_files_deliver_them_are_read_and_kept():
    big = np.array([2, 3, 2], dtype=">f8")
    np.testing.assert_array_equal(matlab.fullfact(big), _definition([2, 3, 2]))
    ro = np.array([3.0, 2.0])
    ro.setflags(write=False)
    keep = ro.copy()
    np.testing.assert_array_equal(matlab.fullfact(ro), _definition([3, 2]))
    np.testing.assert_array_equal(ro, keep)


@pytest.mark.parametrize("bad", [[2, 0], [2, -1], [2.5, 2], [np.nan, 2], [np.inf, 2],
                                 0])
def test_non_positive_integer_levels(bad):
    with pytest.raises(CompatValueError,
                       match=r"^fullfact: The input values must be positive integers\.$"):
        matlab.fullfact(bad)


@pytest.mark.parametrize("bad", [np.full((2, 2), 2.0), [], np.zeros((0, 3))])
def test_matrix_or_empty_levels(bad):
    with pytest.raises(CompatValueError, match=r"^fullfact: Requires a vector input\.$"):
        matlab.fullfact(bad)


def test_text_complex_and_huge_designs_refused():
    with pytest.raises(CompatTypeError, match="fullfact"):
        matlab.fullfact("ab")
    with pytest.raises((CompatTypeError, CompatValueError), match="fullfact"):
        matlab.fullfact([2 + 1j, 2])
    with pytest.raises(CompatValueError, match="exceeds maximum array size"):
        matlab.fullfact([1000] * 4)


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_levels_against_ndgrid_in_octave():
    rng = np.random.default_rng(2024)
    cases, ours = [], []
    for _ in range(8):
        k = int(rng.integers(1, 5))
        levels = [int(v) for v in rng.integers(1, 6, size=k)]
        outs = ", ".join(f"g{i}" for i in range(k))
        grids = ", ".join(f"1:{v}" for v in levels)
        cols = " ".join(f"g{i}(:)" for i in range(k))
        cases.append((f"[{outs}] = ndgrid({grids}); D = [{cols}];", {}, ["D"]))
        ours.append(matlab.fullfact(levels))
    for got, want in zip(run_octave(cases), ours):
        np.testing.assert_array_equal(np.asarray(got["D"]).reshape(want.shape), want)
