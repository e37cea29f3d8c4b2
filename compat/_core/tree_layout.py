"""Node coordinates for drawing a tree or forest given by parent pointers (MATLAB's
``treelayout``), with the elimination-tree postorder it is built on.

Python-shaped and 0-based: a forest is an int array ``parent`` with ``parent[j]`` the
parent of node ``j`` or ``-1`` for a root. :func:`tree_postorder` is MATLAB's default
order, :func:`layout` the coordinates; the MATLAB argument grammar (1-based parent
vectors with 0 for a root, ``post``) is in :mod:`compat.matlab.tree_layout`.

The steps are those of MathWorks' treelayout.m (John Gilbert's sptrees algorithm;
Revision 5.11, 2000, the published text; facts only):

* without a given postorder: the adjacency matrix of the tree plus the identity,
  ``A = sparse(parent(j), j, 1, n, n); A = A + A' + speye(n)``, and the postorder ``q``
  of its elimination tree, ``[~, q] = etree(A)``. For a parent vector in etree's form
  (every parent numbered above its children) that elimination tree is the tree
  itself; for any other numbering it is not, and the layout below, which assumes
  children come before their parents, is then MATLAB's but not a tidy picture.
* leaves (nodes nobody names as parent) get x positions 1, 2, ... in postorder; walking
  the postorder, each node passes to its parent its height + 1 (a maximum), its
  smallest and largest leaf position and one child count (roots pass them to a dummy
  root ``n + 1``);
* ``treeht = height(n + 1) - 1``, ``x = (1/(nleaves + 1)) (xmin + xmax) / 2`` and
  ``y = (1/(treeht + 2)) (height + 1)``: inside the unit square, leaves on the bottom
  row ``y = 1/(treeht + 2)``, a node above the leaves it covers;
* ``h = treeht`` (the height in edges) and ``s = n + 1 - max(find(nkids ~= 1))`` (the
  number of vertices of the "top-level separator": the highest-numbered nodes, the
  dummy root included, that all have exactly one child, counted down from ``n + 1``).

Elimination tree and postorder: Liu's algorithm (ancestors with path compression) over
the lower neighbours of each column; the postorder visits roots in increasing order and
each node's children in increasing order, children first (the order GNU Octave 7.3's
``etree`` returns; MATLAB's etree page calls it "a postorder permutation").
"""

from __future__ import annotations

import numpy as np

__all__ = ["elimination_tree", "etree_postorder", "tree_postorder", "layout",
           "find_cycle"]


def elimination_tree(neighbours: list[list[int]]) -> np.ndarray:
    """The elimination tree (0-based parents, -1 for roots) of a symmetric sparsity
    pattern given as each node's neighbour list (the diagonal left out)."""
    n = len(neighbours)
    parent = np.full(n, -1, dtype=np.int64)
    ancestor = np.full(n, -1, dtype=np.int64)
    for j in range(n):
        for i in sorted(k for k in neighbours[j] if k < j):
            while i != -1 and i != j:            # climb to the root, compressing paths
                following = ancestor[i]
                ancestor[i] = j
                if following == -1:
                    parent[i] = j
                i = following
    return parent


def etree_postorder(parent: np.ndarray) -> np.ndarray:
    """A postorder of the forest ``parent`` (0-based): roots in increasing order, each
    node's children in increasing order, children before their parent."""
    n = len(parent)
    children: list[list[int]] = [[] for _ in range(n)]
    roots = []
    for j in range(n):
        (roots if parent[j] < 0 else children[parent[j]]).append(j)
    order: list[int] = []
    for root in roots:
        stack = [(root, 0)]
        while stack:
            node, k = stack.pop()
            if k < len(children[node]):
                stack.append((node, k + 1))
                stack.append((children[node][k], 0))
            else:
                order.append(node)
    return np.array(order, dtype=np.int64)


def tree_postorder(parent: np.ndarray) -> np.ndarray:
    """MATLAB's default ``post`` for the forest ``parent`` (0-based): the postorder of
    the elimination tree of the forest's adjacency matrix plus the identity."""
    n = len(parent)
    neighbours: list[list[int]] = [[] for _ in range(n)]
    for j, p in enumerate(parent):
        if p >= 0 and p != j:
            neighbours[j].append(int(p))
            neighbours[int(p)].append(j)
    return etree_postorder(elimination_tree(neighbours))


def find_cycle(parent: np.ndarray) -> list[int] | None:
    """The nodes of a cycle of parent pointers (0-based), or None for a forest."""
    n = len(parent)
    state = np.zeros(n, dtype=np.int8)              # 0 new, 1 on the current path, 2 done
    for start in range(n):
        path = []
        node = start
        while node >= 0 and state[node] == 0:
            state[node] = 1
            path.append(node)
            node = int(parent[node])
        if node >= 0 and state[node] == 1:
            return path[path.index(node):]
        for k in path:
            state[k] = 2
    return None


def layout(parent: np.ndarray, post: np.ndarray
           ) -> tuple[np.ndarray, np.ndarray, float, float]:
    """``(x, y, h, s)`` of treelayout.m for the forest ``parent`` (0-based, -1 roots)
    walked in the order ``post`` (a permutation of 0..n-1), as the module describes."""
    n = len(parent)
    dad = np.where(parent < 0, n, parent)           # the dummy root is node n
    is_leaf = np.ones(n + 1, dtype=bool)
    is_leaf[dad] = False
    xmin = np.full(n + 1, float(n))
    xmax = np.zeros(n + 1)
    height = np.zeros(n + 1)
    nkids = np.zeros(n + 1, dtype=np.int64)
    leaves = 0
    for node in post:
        if is_leaf[node]:
            leaves += 1
            xmin[node] = xmax[node] = float(leaves)
        d = dad[node]
        height[d] = max(height[d], height[node] + 1.0)
        xmin[d] = min(xmin[d], xmin[node])
        xmax[d] = max(xmax[d], xmax[node])
        nkids[d] += 1
    treeht = height[n] - 1.0
    deltax = 1.0 / (leaves + 1)
    deltay = 1.0 / (treeht + 2.0)
    x = deltax * (xmin + xmax) / 2.0
    y = deltay * (height + 1.0)
    s = float(n + 1 - (np.flatnonzero(nkids != 1).max() + 1))
    return x[:n], y[:n], float(treeht), s
