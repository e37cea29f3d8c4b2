"""MATLAB's tree drawing coordinates: ``treelayout``.

The legacy layer of the family: treelayout's argument forms (a parent vector with 0 for
the roots, an optional postorder ``post``), 1-based to 0-based, and its four outputs,
over :mod:`compat._core.tree_layout`.
"""

from __future__ import annotations

import numpy as np

from compat._core import tree_layout as core
from compat._core.args import is_omitted
from compat._core.errors import CompatValueError
from compat._core.legacy import matlab_function
from compat._core.matlab_types import matlab_array
from compat._core.results import Result

__all__ = ["treelayout", "TreeLayoutResult"]


class TreeLayoutResult(Result):
    """``[x, y, h, s] = treelayout(...)``."""

    request_style = "nargout"
    x: np.ndarray
    y: np.ndarray
    h: float
    s: float


def _integer_vector(value, name: str) -> np.ndarray:
    a = matlab_array(value, name, complex_ok=False)
    if a.ndim > 2 or (a.ndim == 2 and 1 not in a.shape and a.size > 0):
        raise CompatValueError(f"{name} must be a vector.")
    v = np.asarray(a, dtype=np.float64).reshape(-1)
    if not np.all(np.isfinite(v)) or np.any(v != np.round(v)):
        raise CompatValueError(f"{name} must hold integers.")
    return v.astype(np.int64)


@matlab_function("treelayout", nargout=4)
def treelayout(parent, post=None, *, nargout=2):
    """Coordinates for drawing a tree or forest, as MATLAB's ``treelayout``.

    MATLAB call forms::

        [x, y] = treelayout(parent)             ->  treelayout(parent)
        [x, y] = treelayout(parent, post)       ->  treelayout(parent, post)
        [x, y, h, s] = treelayout(parent, post) ->  treelayout(parent, post, nargout=4)

    ``nargout`` defaults to 2 here (a caller always needs both coordinates); pass
    ``nargout=1`` for MATLAB's ``x = treelayout(...)`` alone.

    Parameters
    ----------
    parent : array_like
        The parent pointers: ``parent(j)`` is the parent of node ``j`` (1-based), 0 for
        a root. Usually an elimination tree (``etree``), where every parent is
        numbered above its children.
    post : array_like, optional
        A postorder permutation of the nodes (1-based, children before parents);
        default (or ``[]``): the postorder of the elimination tree of the tree's
        adjacency matrix, as treelayout.m computes it.

    Returns
    -------
    x, y : numpy.ndarray
        The node coordinates in the unit square (double rows; 1-D for a 1-D
        ``parent``): leaves spaced evenly in x in postorder at ``k / (leaves + 1)``, a
        node centred over the leaves below it, ``y = (height + 1) / (h + 2)`` with the
        leaves on the bottom row.
    h : float
        The height of the tree (edges on the longest path from a root to a leaf).
    s : float
        The number of vertices in the top-level separator (treelayout.m's count: from
        the highest-numbered node down, the nodes -- a dummy root over the roots
        included -- with exactly one child; 0 for a forest of several trees).

    Notes
    -----
    The computation is MathWorks' treelayout.m (John Gilbert's algorithm; the
    reference page: "x and y are vectors of coordinates in the unit square"); see
    :mod:`compat._core.tree_layout` for its steps. A parent vector not in etree's form
    (a parent numbered below a child) is laid out as treelayout.m does, with the
    elimination tree's postorder, which is then not a postorder of the given tree:
    renumber the nodes (children first) for a tidy picture. A cycle of parent pointers
    is refused (treelayout.m does not check; its result would be meaningless).
    GNU Octave 7.3's treelayout returns unnormalised coordinates (x in leaf units, y by
    depth, leaves at their own depth; golden suite ``matlab/tree_layout``).
    Differences from networkx/graphviz layouts: MATLAB's unit square, bottom-aligned
    leaves and leaf order (the postorder), not a tidy-tree algorithm.
    Source: MathWorks' treelayout reference page and treelayout.m (facts only).

    Examples
    --------
    >>> from compat import matlab
    >>> x, y, h, s = matlab.treelayout([3, 3, 0], nargout=4)   # a root with two leaves
    >>> x
    array([0.33333333, 0.66666667, 0.5       ])
    >>> y
    array([0.33333333, 0.33333333, 0.66666667])
    >>> h, s
    (1.0, 1.0)
    """
    p = _integer_vector(parent, "parent")
    n = p.size
    if np.any(p < 0) or np.any(p > n):
        raise CompatValueError(f"parent must hold node numbers 1..{n} or 0 for a root.")
    if np.any(p == np.arange(1, n + 1)):
        raise CompatValueError("a node cannot be its own parent.")
    zero_based = p - 1
    cycle = core.find_cycle(zero_based)
    if cycle is not None:
        raise CompatValueError("parent has a cycle (nodes "
                               f"{', '.join(str(k + 1) for k in cycle)}): it must "
                               "describe a tree or forest.")
    if post is None or is_omitted(post):
        order = core.tree_postorder(zero_based)
    else:
        q = _integer_vector(post, "post")
        if q.size != n or not np.array_equal(np.sort(q), np.arange(1, n + 1)):
            raise CompatValueError(f"post must be a permutation of 1..{n}.")
        order = q - 1
    x, y, h, s = core.layout(zero_based, order)
    if np.ndim(parent) != 1:
        x, y = x.reshape(1, -1), y.reshape(1, -1)
    return TreeLayoutResult.first(nargout, x, y, h, s)
