"""Agglomerative hierarchical clustering as MATLAB's Statistics Toolbox returns it
(linkage, cluster, inconsistent, cophenet).

* linkage: the merge tree of the pairwise distances (pdist's order) by 'single',
  'complete', 'average', 'weighted', 'centroid', 'median' or 'ward'; MATLAB's ``Z`` is
  ``(m-1) x 3``: the two clusters merged (1-based; cluster ``m + k`` is the one row
  ``k`` forms; the smaller number first) and their distance. The tree is scipy's
  (``scipy.cluster.hierarchy.linkage`` computes the same Lance-Williams updates; the
  centroid, median and Ward distances are Euclidean, as MATLAB's).
* inconsistent (depth ``d``): for each link the mean and standard deviation (n - 1) of
  the heights of it and the links below it down to ``d`` levels, their count, and
  ``(height - mean)/std`` (0 when the deviation is 0).
* cluster, as MathWorks' cluster.m numbers the clusters: with 'maxclust' ``n`` the
  last ``n - 1`` merges are undone and the clusters numbered in the order those rows
  list their two sides (a leaf directly, a subtree by all its leaves); with a cutoff
  the links whose criterion (inconsistency, or distance) exceeds it -- or that have a
  disconnected descendant -- are cut, the tree labelled top-down and the labels
  renumbered ``1..k`` in increasing order.
* cophenet: the correlation of the distances with the cophenetic distances (the height
  at which two observations first share a cluster), and those distances.
"""

from __future__ import annotations

import numpy as np
from scipy.cluster import hierarchy

__all__ = ["linkage", "inconsistent", "cluster_maxclust", "cluster_cutoff", "cophenetic"]

METHODS = ("single", "complete", "average", "weighted", "centroid", "median", "ward")


def linkage(y: np.ndarray, method: str) -> np.ndarray:
    """MATLAB's Z (1-based) from the condensed distances ``y``."""
    z = hierarchy.linkage(y, method=method)
    out = z[:, :3].copy()
    out[:, :2] = np.sort(z[:, :2], axis=1) + 1
    return out


def _links_below(z: np.ndarray, k: int, depth: int, m: int) -> list[int]:
    links, frontier = [k], [k]
    for _ in range(depth - 1):
        nxt = []
        for j in frontier:
            for child in z[j, :2]:
                if child > m:
                    nxt.append(int(child) - m - 1)
        links += nxt
        frontier = nxt
    return links


def inconsistent(z: np.ndarray, depth: int = 2) -> np.ndarray:
    m = z.shape[0] + 1
    out = np.zeros((z.shape[0], 4))
    for k in range(z.shape[0]):
        h = z[_links_below(z, k, depth, m), 2]
        n = h.size
        mean = np.mean(h)
        std = float(np.std(h, ddof=1)) if n > 1 else 0.0
        out[k] = [mean, std, n, (z[k, 2] - mean) / std if std > 0 else 0.0]
    return out


def _leaves(z: np.ndarray, node: int, m: int) -> list[int]:
    """The leaves (1-based) under cluster number ``node``."""
    if node <= m:
        return [node]
    out, stack = [], [node]
    while stack:
        k = stack.pop() - m - 1
        for child in z[k, :2]:
            c = int(child)
            if c <= m:
                out.append(c)
            else:
                stack.append(c)
    return out


def cluster_maxclust(z: np.ndarray, n: int) -> np.ndarray:
    m = z.shape[0] + 1
    if m <= n:
        return np.arange(1.0, m + 1)
    if n == 1:
        return np.ones(m)
    t = np.zeros(m)
    label = 1
    for k in range(m - n, m - 1):                 # rows m-n+1 .. m-1 (1-based)
        for side in (0, 1):
            i = int(z[k, side])
            if i <= m:
                t[i - 1] = label
                label += 1
            elif i < 2 * m - n + 1:
                t[np.array(_leaves(z, i, m)) - 1] = label
                label += 1
    return t


def cluster_cutoff(z: np.ndarray, cutoff: float, criterion: np.ndarray) -> np.ndarray:
    n = z.shape[0]
    m = n + 1
    conn = criterion <= cutoff
    todo = conn & ((z[:, 0] > m) | (z[:, 1] > m))
    while todo.any():                              # checkcut
        rows = np.flatnonzero(todo)
        done = np.ones((rows.size, 2), dtype=bool)
        for j in (0, 1):
            child = z[rows, j]
            inner = child > m
            if inner.any():
                c = child[inner].astype(np.int64) - m - 1
                done[inner, j] = ~todo[c]
                conn[rows[inner]] = conn[rows[inner]] & conn[c]
        todo[rows[done[:, 0] & done[:, 1]]] = False
    t = np.ones(m)                                 # labeltree
    todo = np.ones(n, dtype=bool)
    clusters = np.column_stack([np.arange(1, n + 1), np.arange(n + 1, 2 * n + 1)]).astype(
        np.float64)
    while todo.any():
        rows = np.flatnonzero(todo & ~conn)
        if rows.size == 0:
            break
        for j in (0, 1):
            children = z[rows, j].astype(np.int64)
            leaf = children <= m
            t[children[leaf] - 1] = clusters[rows[leaf], j]
            joint = ~leaf
            joint[joint] = conn[children[joint] - m - 1]
            if joint.any():
                num = clusters[rows[joint], j]
                idx = children[joint] - m - 1
                clusters[idx, 0] = num
                clusters[idx, 1] = num
                conn[idx] = False
        todo[rows] = False
    return np.unique(t, return_inverse=True)[1].astype(np.float64) + 1


def cophenetic(z: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """``(c, d)``: the cophenetic correlation and distances (pdist's order)."""
    m = z.shape[0] + 1
    members = {i: [i] for i in range(1, m + 1)}
    square = np.zeros((m, m))
    for k in range(z.shape[0]):
        a, b = members.pop(int(z[k, 0])), members.pop(int(z[k, 1]))
        ia, ib = np.array(a) - 1, np.array(b) - 1
        square[np.ix_(ia, ib)] = z[k, 2]
        square[np.ix_(ib, ia)] = z[k, 2]
        members[m + k + 1] = a + b
    iu = np.triu_indices(m, 1)
    # pdist's order: pairs (i, j), i < j, by i then j -- column-major lower triangle
    order = np.lexsort((iu[1], iu[0]))
    d = square[iu][order]
    ym, dm = y - np.mean(y), d - np.mean(d)
    c = float(np.sum(ym * dm) / np.sqrt(np.sum(ym ** 2) * np.sum(dm ** 2)))
    return c, d
