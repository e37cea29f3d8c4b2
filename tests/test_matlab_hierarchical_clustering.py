"""MATLAB linkage, cluster, clusterdata, inconsistent, cophenet
(compat.matlab.hierarchical_clustering): against scipy's tree, inconsistency and
cophenetic functions (1-based), cluster.m's numbering and cut rules worked by hand,
argument forms and errors. Captured values: golden suite
matlab/hierarchical_clustering."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.cluster import hierarchy
from scipy.spatial.distance import pdist as scipy_pdist

from compat import matlab
from compat._core.errors import CompatValueError


def test_against_scipy():
    rng = np.random.default_rng(3)
    x = rng.normal(size=(15, 3))
    for method in ("single", "complete", "average", "weighted", "centroid", "median",
                   "ward"):
        z = matlab.linkage(x, method)
        ref = hierarchy.linkage(x, method)
        np.testing.assert_allclose(z[:, :2], ref[:, :2] + 1)
        np.testing.assert_allclose(z[:, 2], ref[:, 2], rtol=1e-13)
    z = matlab.linkage(x, 'average')
    y = matlab.inconsistent(z, 3)
    ref = hierarchy.inconsistent(hierarchy.linkage(x, 'average'), 3)
    # means and counts: scipy's sums agree to rounding
    np.testing.assert_allclose(y[:, [0, 2]], ref[:, [0, 2]], rtol=1e-13)
    # std and coefficient: scipy's one-pass variance (sum of squares minus n mean^2)
    # loses ~eps * mean^2 / var relative where a node's heights are close, so they are
    # checked against exact rational arithmetic instead (inconsistent.m's two-pass std)
    exact = _exact_inconsistent(z, 3)
    np.testing.assert_allclose(y[:, 1], exact[:, 0], rtol=1e-13, atol=1e-15)
    # the coefficient (h - mean) / std cancels where h ~ mean: a few ulps of h and mean
    # become eps * h / std absolute
    eps = np.finfo(float).eps
    bound = 8 * eps * z[:, 2] / np.where(exact[:, 0] > 0, exact[:, 0], 1) + 1e-13 * np.abs(
        exact[:, 1])
    assert np.all(np.abs(y[:, 3] - exact[:, 1]) <= bound)
    c, d = matlab.cophenet(z, matlab.pdist(x), nargout=2)
    c_ref, d_ref = hierarchy.cophenet(hierarchy.linkage(x, 'average'), scipy_pdist(x))
    assert c == pytest.approx(c_ref, rel=1e-13)
    np.testing.assert_allclose(d.ravel(), d_ref, rtol=1e-13)


def _exact_inconsistent(z, depth):
    """inconsistent's std and coefficient columns in exact rational arithmetic (the
    links within ``depth`` levels below each link, leaves excluded)."""
    from fractions import Fraction
    import math
    m = z.shape[0] + 1
    out = []
    for k in range(z.shape[0]):
        links, frontier = [k], [k]
        for _ in range(depth - 1):
            frontier = [int(c) - m - 1 for j in frontier for c in z[j, :2] if c > m]
            links += frontier
        h = [Fraction(float(z[j, 2])) for j in links]
        mean = sum(h) / len(h)
        if len(h) < 2:
            out.append((0.0, 0.0))
            continue
        var = sum((v - mean) ** 2 for v in h) / (len(h) - 1)
        std = math.sqrt(var)     # one rounding of the exact variance: <= 1 ulp
        coef = float((Fraction(float(z[k, 2])) - mean)) / std if std > 0 else 0.0
        out.append((std, coef))
    return np.array(out)


def test_cluster_m_numbering_by_hand():
    # Z rows: (3,4) -> 5, (1,2) -> 6, (5,6) -> 7. maxclust 2 undoes row 3: its left
    # side (cluster 5 = leaves 3, 4) is cluster 1, its right side (6 = 1, 2) cluster 2.
    z = np.array([[3.0, 4, 0.5], [1, 2, 1], [5, 6, 4]])
    assert matlab.cluster(z, 'maxclust', 2).ravel().tolist() == [2, 2, 1, 1]
    # maxclust 3 undoes rows 2 and 3: row 2 gives leaf 1 -> 1, leaf 2 -> 2; row 3's
    # left side (5, made before the cut) -> 3; its right side 6 is row 2's: skipped
    assert matlab.cluster(z, 'maxclust', 3).ravel().tolist() == [1, 2, 3, 3]
    assert matlab.cluster(z, 'maxclust', 9).ravel().tolist() == [1, 2, 3, 4]
    # distance cutoff 2: row 3 (height 4) is cut, its two sides labelled top-down
    assert matlab.cluster(z, 'cutoff', 2, 'criterion', 'distance').ravel().tolist() == \
        [2, 2, 1, 1]
    # the older form: an integer >= 2 is maxclust
    np.testing.assert_array_equal(matlab.cluster(z, 2), matlab.cluster(z, 'maxclust', 2))


def test_checkcut_disconnects_above_a_cut_link():
    # a low link above a high one: with a cutoff between them, cluster.m disconnects
    # the upper link too (all its descendants must stay connected)
    z = np.array([[1.0, 2, 5.0], [3, 4, 1.0], [5, 6, 2.0]])
    t = matlab.cluster(z, 'cutoff', 3, 'criterion', 'distance').ravel()
    assert t[0] != t[1] and t[2] == t[3] and len(set(t)) == 3


def test_clusterdata_and_errors():
    x = np.array([[0.0, 0], [0, 1], [5, 5], [5, 6], [20, 20]])
    np.testing.assert_array_equal(
        matlab.clusterdata(x, 'maxclust', 3, 'linkage', 'average'),
        matlab.cluster(matlab.linkage(x, 'average'), 'maxclust', 3))
    with pytest.raises(CompatValueError, match="Unknown linkage method"):
        matlab.linkage(x, 'nearest')
    with pytest.raises(CompatValueError, match="not both"):
        matlab.cluster(matlab.linkage(x), 'maxclust', 2, 'cutoff', 1)
    with pytest.raises(CompatValueError, match="DEPTH"):
        matlab.inconsistent(matlab.linkage(x), 0)
    y = np.arange(10.0, dtype='>f8').reshape(5, 2)
    y.setflags(write=False)
    np.testing.assert_array_equal(matlab.linkage(y), matlab.linkage(y.astype('<f8')))
