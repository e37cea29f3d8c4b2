"""MATLAB treelayout: coordinates, height and separator by hand from treelayout.m's
rules (leaves evenly spaced in postorder, nodes over their leaves, y from the height),
the elimination-tree postorder, the argument forms, errors, and h and s of random
shallow forests against treelayout in live Octave (whose coordinates are not MATLAB's
and which fails on deeper trees in etree form: golden suite matlab/tree_layout)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError
from compat._core.tree_layout import elimination_tree, etree_postorder, tree_postorder
from oracles import OCTAVE, run_octave


def test_root_with_two_leaves():
    x, y, h, s = matlab.treelayout([3, 3, 0], nargout=4)
    np.testing.assert_array_equal(x, [1 / 3, 2 / 3, 1 / 2])
    np.testing.assert_array_equal(y, [1 / 3, 1 / 3, 2 / 3])
    assert (h, s) == (1.0, 1.0)


def test_chain_in_etree_form():
    x, y, h, s = matlab.treelayout([2, 3, 4, 0], nargout=4)
    np.testing.assert_array_equal(x, [0.5] * 4)              # one leaf: 1/(1+1)
    # y = deltay * (height + 1) with deltay = 1/(3 + 2), in that order (0.6 is 3 * 0.2)
    np.testing.assert_array_equal(y, (1 / 5) * np.array([1.0, 2.0, 3.0, 4.0]))
    np.testing.assert_allclose(y, [0.2, 0.4, 0.6, 0.8], rtol=0, atol=2e-16)
    assert (h, s) == (3.0, 4.0)                              # every node has one child


def test_forest_of_two_trees():
    x, y, h, s = matlab.treelayout([3, 3, 0, 5, 0], nargout=4)
    # postorder 1 2 3 4 5: leaves 1, 2, 4 at 1/4, 2/4, 3/4; node 3 over 1..2, 5 over 4
    np.testing.assert_array_equal(x, [0.25, 0.5, 0.375, 0.75, 0.75])
    np.testing.assert_array_equal(y, [1 / 3, 1 / 3, 2 / 3, 1 / 3, 2 / 3])
    assert (h, s) == (1.0, 0.0)                              # the dummy root has 2 children


def test_leaves_on_the_bottom_row_and_unit_square():
    rng = np.random.default_rng(4)
    for _ in range(20):
        n = int(rng.integers(1, 30))
        parent = [0 if j == n or rng.random() < 0.1 else int(rng.integers(j + 1, n + 1))
                  for j in range(1, n + 1)]
        x, y, h, s = matlab.treelayout(parent, nargout=4)
        assert np.all((x > 0) & (x < 1) & (y > 0) & (y < 1))
        leaves = np.setdiff1d(np.arange(1, n + 1), parent)
        np.testing.assert_array_equal(y[leaves - 1], 1 / (h + 2))
        for j, p in enumerate(parent):
            if p:                                            # a parent above its children
                assert y[p - 1] > y[j]


def test_given_postorder_orders_the_leaves():
    x, y = matlab.treelayout([3, 3, 0], [2, 1, 3])
    np.testing.assert_array_equal(x, [2 / 3, 1 / 3, 1 / 2])
    np.testing.assert_array_equal(y, [1 / 3, 1 / 3, 2 / 3])
    x2, _ = matlab.treelayout([3, 3, 0], [])                 # [] is the default
    np.testing.assert_array_equal(x2, [1 / 3, 2 / 3, 1 / 2])


def test_children_numbered_above_parents_follow_treelayout_m():
    # etree of the adjacency of [0 1 1 2 2 3] is the chain 1-2-...-6: its postorder
    # 1..6 walks parents before children, so treelayout.m's heights collapse
    assert tree_postorder(np.array([-1, 0, 0, 1, 1, 2])).tolist() == [0, 1, 2, 3, 4, 5]
    x, y, h, s = matlab.treelayout([0, 1, 1, 2, 2, 3], nargout=4)
    assert h == 0.0


def test_elimination_tree_and_postorder():
    # the arrow pattern: every node joined to the last -> a star on the last node
    n = 5
    neighbours = [[n - 1] for _ in range(n - 1)] + [list(range(n - 1))]
    assert elimination_tree(neighbours).tolist() == [4, 4, 4, 4, -1]
    # a path 0-1-2-3 -> the chain 0 -> 1 -> 2 -> 3
    assert elimination_tree([[1], [0, 2], [1, 3], [2]]).tolist() == [1, 2, 3, -1]
    # roots in increasing order, children in increasing order (Octave's etree's order)
    assert etree_postorder(np.array([6, 6, 5, 5, 6, -1, -1])).tolist() == \
        [2, 3, 5, 0, 1, 4, 6]


def test_output_forms_and_orientation():
    x = matlab.treelayout([3, 3, 0], nargout=1)
    assert x.shape == (3,)
    xr, yr = matlab.treelayout(np.array([[3], [3], [0]]))   # a column: MATLAB's rows
    assert xr.shape == yr.shape == (1, 3)
    x, y, h = matlab.treelayout([3, 3, 0], nargout=3)
    assert h == 1.0
    empty = matlab.treelayout(np.zeros(0), nargout=4)
    assert empty.x.shape == (0,) and (empty.h, empty.s) == (-1.0, 0.0)


def test_input_untouched():
    p = np.array([3, 3, 0], dtype=">f8")
    p.flags.writeable = False
    x, y = matlab.treelayout(p)
    np.testing.assert_array_equal(x, [1 / 3, 2 / 3, 1 / 2])
    np.testing.assert_array_equal(p, [3, 3, 0])


@pytest.mark.parametrize("args, text", [
    (([2, 1],), "cycle"),
    (([2, 3, 1, 0],), "cycle"),
    (([1, 0],), "own parent"),
    (([4, 0],), "node numbers"),
    (([-1, 0],), "node numbers"),
    (([1.5, 0],), "integers"),
    (([[0, 1], [1, 0]],), "vector"),
    (([3, 3, 0], [1, 2]), "permutation"),
    (([3, 3, 0], [1, 1, 3]), "permutation"),
])
def test_errors(args, text):
    with pytest.raises(CompatValueError, match=f"^treelayout: .*{text}"):
        matlab.treelayout(*args)


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_height_and_separator_against_octave():
    """Random forests of depth 1 in etree form (Octave's treelayout fails on deeper
    ones): h and s agree; Octave's coordinates are not MATLAB's (recorded)."""
    rng = np.random.default_rng(1130)
    cases, ours = [], []
    for _ in range(25):
        n = int(rng.integers(1, 20))
        roots = sorted({n} | {int(r) for r in rng.integers(1, n + 1, int(rng.integers(0, 3)))})
        parent = [0 if j in roots else int(rng.choice([r for r in roots if r > j]))
                  for j in range(1, n + 1)]
        cases.append(("[x, y, h, s] = treelayout(p);",
                      {"p": np.array(parent, dtype=float).reshape(1, -1)}, ["h", "s"]))
        ours.append(matlab.treelayout(parent, nargout=4))
    for got, mine in zip(run_octave(cases), ours):
        assert float(np.asarray(got["h"]).reshape(())) == mine.h
        assert float(np.asarray(got["s"]).reshape(())) == mine.s
