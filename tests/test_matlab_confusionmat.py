"""MATLAB confusionmat: counts by a plain loop over the observations, the level orders
(ascending numbers, text by first appearance), missing labels, 'Order', the classes of
the order output, confusionmat.m's errors, and random labels against live Octave."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import OCTAVE, run_octave


def _by_loop(known, predicted, levels):
    """The table counted one observation at a time over the given level list."""
    table = np.zeros((len(levels), len(levels)))
    for a, b in zip(known, predicted):
        if a in levels and b in levels:
            table[levels.index(a), levels.index(b)] += 1
    return table


def test_numeric_counts_sorted_levels_and_missing():
    rng = np.random.default_rng(5)
    values = [-2.5, 0.0, 1.0, 4.0]
    known = rng.choice(values, 60)
    predicted = rng.choice(values + [np.nan, 9.0], 60)
    C, order = matlab.confusionmat(known, predicted, nargout=2)
    present = sorted({v for v in np.concatenate([known, predicted]) if not np.isnan(v)})
    np.testing.assert_array_equal(order, np.array(present).reshape(-1, 1))
    np.testing.assert_array_equal(C, _by_loop(known.tolist(), predicted.tolist(), present))
    ok = ~np.isnan(predicted)
    assert C.sum() == ok.sum() and C.dtype == np.float64


def test_reference_page_examples_written_out():
    g1 = [3, 2, 2, 3, 1, 1]
    g2 = [4, 2, 3, np.nan, 1, 1]
    assert matlab.confusionmat(g1, g2).tolist() == [[2, 0, 0, 0], [0, 1, 1, 0],
                                                    [0, 0, 0, 1], [0, 0, 0, 0]]
    assert matlab.confusionmat(g1, g2, "Order", [4, 3, 2, 1]).tolist() == [
        [0, 0, 0, 0], [1, 0, 0, 0], [0, 1, 1, 0], [0, 0, 0, 2]]
    # name matched by prefix and case, or as a keyword
    np.testing.assert_array_equal(matlab.confusionmat(g1, g2, "ord", [4, 3, 2, 1]),
                                  matlab.confusionmat(g1, g2, order=[4, 3, 2, 1]))


def test_text_first_appearance_trimmed_and_missing():
    g = ["dog", " cat", "bird", "cat ", "dog", None]
    gh = ["dog", "dog", "", "cat", "ant", "cat"]
    C, order = matlab.confusionmat(g, gh, nargout=2)
    assert order == ["dog", "cat", "bird", "ant"]
    trimmed = [None if v is None else v.strip() for v in g]
    np.testing.assert_array_equal(C, _by_loop(trimmed, gh, order))
    assert C.sum() == 4                       # '' and None observations not counted


def test_char_matrix_in_char_matrix_out_and_mixed_text():
    g = np.array(["b  ", "ccc", "b  "])
    gh = ["ccc", "ccc", "b"]                  # a list converted to g's type
    C, order = matlab.confusionmat(g, gh, nargout=2)
    assert order.tolist() == ["b  ", "ccc"] and order.dtype.kind == "U"
    assert C.tolist() == [[1, 1], [0, 1]]       # (b, ccc), (ccc, ccc), (b, b)
    C2, order2 = matlab.confusionmat(g, gh, "Order", ["ccc", "a", "b"], nargout=2)
    assert order2.tolist() == ["ccc", "a  ", "b  "]
    assert C2.tolist() == [[1, 0, 0], [0, 0, 0], [1, 0, 1]]
    assert matlab.confusionmat("x", "y").tolist() == [[0, 1], [0, 0]]


def test_order_classes():
    C, order = matlab.confusionmat(np.int8([5, -1, 5]), np.int8([5, 5, -1]), nargout=2)
    assert order.dtype == np.int8 and order.tolist() == [[-1], [5]]
    assert C.dtype == np.float64 and C.tolist() == [[0, 1], [1, 1]]
    C, order = matlab.confusionmat([2.0, 1.0], [1.0, 2.0], "Order", np.uint8([2, 1, 7]),
                                   nargout=2)
    assert order.dtype == np.uint8 and order.shape == (3, 1)
    assert C.tolist() == [[0, 1, 0], [1, 0, 0], [0, 0, 0]]
    b = np.array([True, False, True])
    C, order = matlab.confusionmat(b, ~b, "Order", [1, 0], nargout=2)
    assert order.dtype == np.bool_ and order.ravel().tolist() == [True, False]
    assert C.tolist() == [[0, 2], [1, 0]]
    C, order = matlab.confusionmat([], [], nargout=2)
    assert C.shape == (0, 0) and order.shape == (0, 1)


def test_inputs_as_files_deliver_them_are_read_and_kept():
    g = np.array([3.0, 1.0, 2.0, 1.0], dtype=">f8")
    gh = np.array([3.0, 2.0, 2.0, 1.0])
    gh.setflags(write=False)
    keep = (g.copy(), gh.copy())
    want = matlab.confusionmat(g.astype(np.float64), gh.copy())
    np.testing.assert_array_equal(matlab.confusionmat(g, gh), want)
    np.testing.assert_array_equal(g, keep[0])
    np.testing.assert_array_equal(gh, keep[1])
    labels = ["a", "b"]
    matlab.confusionmat(labels, ["b", "b"])
    assert labels == ["a", "b"]


@pytest.mark.parametrize("args, kind, text", [
    (([1, 2], np.float32([1, 2])), CompatTypeError, "same type"),
    (([1, 2], ["a", "b"]), CompatTypeError, "same type"),
    (([True, False], [1.0, 0.0]), CompatTypeError, "same type"),
    (([1, 2], [1, 2, 3]), CompatValueError, "same number of observations"),
    ((np.ones((2, 2)), np.ones((2, 2))), CompatValueError, "vectors"),
    (([1, 2], [1, 2], "Order", [1, 1, 2]), CompatValueError, "duplicated"),
    (([1, 2], [1, 2], "Order", [1]), CompatValueError, "all the labels"),
    (([1, 2], [1, 2], "Order", [1, np.nan, 2]), CompatValueError, "NaN"),
    (([1, 2], [1, 2], "Order", ["1", "2"]), CompatTypeError, "same type"),
    ((["a"], ["a"], "Order", ["a", " "]), CompatValueError, "empty"),
    ((["a"], ["a"], "Order", [1]), CompatTypeError, "text"),
    (([1], [1], "Ordering", [1]), CompatValueError, "'Order'"),
    (([1], [1], "Order"), CompatValueError, "Wrong number"),
    (([1 + 1j], [1]), CompatTypeError, "group"),
])
def test_errors(args, kind, text):
    with pytest.raises(kind, match=f"^confusionmat: .*{text}"):
        matlab.confusionmat(*args)


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_labels_against_octave():
    rng = np.random.default_rng(77)
    cases, ours = [], []
    for trial in range(6):
        n = int(rng.integers(1, 80))
        pool = rng.choice(np.arange(-5.0, 6.0), size=int(rng.integers(1, 6)), replace=False)
        g = rng.choice(pool, n)
        gh = rng.choice(np.concatenate([pool, [np.nan, 17.0]]), n)
        cases.append(("[C, o] = confusionmat(G, GH);", {"G": g.reshape(-1, 1),
                                                        "GH": gh.reshape(-1, 1)}, ["C", "o"]))
        ours.append(matlab.confusionmat(g, gh, nargout=2))
        words = ["ant", "bee", "cat", "dog", "eel"][:int(rng.integers(1, 6))]
        t = [str(w) for w in rng.choice(words, n)]
        th = [str(w) for w in rng.choice(words + ["fox"], n)]
        cell = lambda xs: "{" + "; ".join(f"'{x}'" for x in xs) + "}"
        cases.append((f"[C, o] = confusionmat({cell(t)}, {cell(th)});", {}, ["C", "o"]))
        ours.append(matlab.confusionmat(t, th, nargout=2))
    results = run_octave(cases, setup="warning('off', 'Octave:shadowed-function'); "
                                      "pkg load statistics")
    for got, (C, order) in zip(results, ours):
        np.testing.assert_array_equal(np.asarray(got["C"], dtype=float).reshape(C.shape), C)
        if isinstance(order, list):
            assert [str(v) for v in np.asarray(got["o"], dtype=object).ravel()] == order
        else:
            np.testing.assert_array_equal(np.asarray(got["o"]).reshape(order.shape), order)
