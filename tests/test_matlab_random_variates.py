"""MATLAB normrnd, lognrnd, unifrnd, exprnd, randg, gamrnd, betarnd, chi2rnd, trnd,
wblrnd, raylrnd, mvnrnd, cholcov (compat.matlab.random_variates): each draw against its definition over rand/randn of
the same stream (those are golden-backed: matlab/rand, matlab/randn), MATLAB's size
and domain rules, classes, inputs left alone, the gamma generator's moments, and a
live Octave run of cholcov on random matrices. The MATLAB numbers themselves are the
printed values of the golden suite matlab/random_variates."""

from __future__ import annotations

import numpy as np
import pytest
import scipy.linalg

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave


def _seeded(seed, f, *args, **kwargs):
    matlab.rng(seed)
    return f(*args, **kwargs)


def test_definitions_over_rand_and_randn():
    mu = np.array([[1.0, -2, 3], [0, 5, 6]])
    sigma = np.array([[0.5, 2, 1], [3, 0.1, 1]])
    z = _seeded(11, matlab.randn, 2, 3)
    u = _seeded(11, matlab.rand, 2, 3)
    np.testing.assert_array_equal(_seeded(11, matlab.normrnd, mu, sigma), z * sigma + mu)
    np.testing.assert_array_equal(_seeded(11, matlab.lognrnd, mu, sigma),
                                  np.exp(z * sigma + mu))
    b = mu + sigma
    np.testing.assert_array_equal(_seeded(11, matlab.unifrnd, mu, b), mu + (b - mu) * u)
    np.testing.assert_array_equal(_seeded(11, matlab.exprnd, sigma), -sigma * np.log(u))
    # scalar parameters with size arguments, every size grammar
    zs = _seeded(5, matlab.randn, 3, 4)
    for sizes in ((3, 4), ([3, 4],), (np.array([3, 4]),)):
        np.testing.assert_array_equal(_seeded(5, matlab.normrnd, 2, 3, *sizes), zs * 3 + 2)
    # normrnd(mu, sigma, n) is n-by-n
    assert _seeded(5, matlab.normrnd, 0, 1, 3).shape == (3, 3)


def test_gamrnd_is_randg_scaled_and_fills_column_major():
    a = np.array([[1.0, 2.5], [4.0, 0.7]])
    g = _seeded(3, matlab.randg, a)
    np.testing.assert_array_equal(_seeded(3, matlab.gamrnd, a, 2.0), g * 2.0)
    # column-major: the elements are drawn in MATLAB's storage order
    flat = _seeded(3, matlab.randg, a.reshape(1, -1, order="F"))
    np.testing.assert_array_equal(flat.reshape(2, 2, order="F"), g)
    assert np.ndim(matlab.randg()) == 0


@pytest.mark.parametrize("shape_a", [0.3, 1.0, 2.5, 9.0])
def test_gamma_moments(shape_a):
    # 40000 draws: the sample mean is within 6 standard errors of a (var a/n)
    r = _seeded(2024, matlab.randg, shape_a, 1, 40000)
    assert np.all(r > 0)
    assert abs(r.mean() - shape_a) < 6 * np.sqrt(shape_a / r.size)
    assert abs(r.var() / shape_a - 1) < 0.05


def test_domains_give_nan_and_edges():
    assert np.isnan(matlab.normrnd(0, -1))
    assert np.isnan(matlab.lognrnd(0, -1))
    assert np.isnan(matlab.unifrnd(2, 1))
    assert np.isnan(matlab.exprnd(-1))
    assert np.isnan(matlab.gamrnd(-1, 1)) and np.isnan(matlab.gamrnd(2, -1))
    assert matlab.gamrnd(0, 3) == 0
    assert matlab.normrnd(4, 0) == 4
    # an invalid parameter still uses its number (drawn for the whole output first)
    a = _seeded(9, matlab.normrnd, np.array([[0.0, 0.0, 0.0]]), np.array([[1.0, -1, 1]]))
    z = _seeded(9, matlab.randn, 1, 3)
    assert np.isnan(a[0, 1]) and a[0, 2] == z[0, 2]


def test_derived_generators_over_randg_rand_and_randn():
    a = np.array([[2.0, 5.0, 1.5]])
    b = np.array([[3.0, 1.2, 7.0]])
    matlab.rng(21)
    g1, g2 = matlab.randg(a), matlab.randg(b)
    np.testing.assert_array_equal(_seeded(21, matlab.betarnd, a, b), g1 / (g1 + g2))
    np.testing.assert_array_equal(_seeded(21, matlab.chi2rnd, 2 * a), 2 * g1)
    matlab.rng(21)
    z, g = matlab.randn(1, 3), matlab.randg(a)
    np.testing.assert_array_equal(_seeded(21, matlab.trnd, 2 * a), z / np.sqrt(g / a))
    u = _seeded(21, matlab.rand, 1, 3)
    np.testing.assert_array_equal(_seeded(21, matlab.wblrnd, b, a), b * (-np.log(u)) ** (1 / a))
    matlab.rng(21)
    x, y = matlab.randn(1, 3), matlab.randn(1, 3)
    np.testing.assert_array_equal(_seeded(21, matlab.raylrnd, b), np.sqrt(x * x + y * y) * b)
    # nu = Inf: the normal itself
    assert _seeded(5, matlab.trnd, np.inf) == _seeded(5, matlab.randn)


def test_derived_generators_domains():
    assert np.isnan(matlab.betarnd(0, 1)) and np.isnan(matlab.betarnd(1, -2))
    assert np.isnan(matlab.chi2rnd(0)) and np.isnan(matlab.trnd(-1))
    assert np.isnan(matlab.wblrnd(-1, 2)) and np.isnan(matlab.wblrnd(1, 0))
    assert np.isnan(matlab.raylrnd(-1)) and matlab.raylrnd(0) == 0
    assert matlab.betarnd(np.float32(2), 3).dtype == np.float32
    with pytest.raises(CompatValueError, match="Size information is inconsistent"):
        matlab.betarnd(np.ones((1, 3)), 2, 2, 2)


def _small_shape_by_hand(a):
    """randg(a) for one shape 0 < a < 1 with scalar rand/randn calls, in the layout
    MATLAB's chi2rnd and trnd pages fix: the first attempt's uniform, ONE boost
    uniform, the normal; a rejected attempt draws a new uniform and normal only."""
    d = a + 1 - 1 / 3
    c = 1 / np.sqrt(9 * d)
    u = float(matlab.rand())
    boost = float(matlab.rand())
    while True:
        x = float(matlab.randn())
        v = (1 + c * x) ** 3
        if 1 + c * x > 0 and (u < 1 - 0.0331 * x ** 4 or
                              np.log(u) < 0.5 * x * x + d * (1 - v + np.log(v))):
            return d * v * boost ** (1 / a)
        u = float(matlab.rand())


def test_small_shapes_follow_the_layout_written_out():
    shapes = np.array([[0.5, 0.05, 0.9, 0.3, 0.5, 0.7] * 5])
    got = _seeded(7, matlab.randg, shapes)
    matlab.rng(7)
    want = [_small_shape_by_hand(a) for a in shapes[0]]
    np.testing.assert_allclose(got[0], want, rtol=1e-13)
    assert float(matlab.rand()) == _next_after(7, shapes)


def _next_after(seed, shapes):
    matlab.rng(seed)
    matlab.randg(shapes)
    return float(matlab.rand())


def test_chi2rnd_page_elements_after_the_first():
    # MATLAB's chi2rnd page, examples in one session from rng('default')
    matlab.rng('default')
    matlab.chi2rnd(10)
    r1 = matlab.chi2rnd(np.ones((1, 6)))
    np.testing.assert_allclose(r1[0, 1:], [0.2447, 0.4314, 2.0153, 0.0418, 4.3486],
                               atol=5e-5)


@pytest.mark.xfail(strict=True, reason="MATLAB's chi2rnd page prints 2.5368 for the "
                   "first element of chi2rnd(ones(1,6)); compat gives 2.5794 (the page's "
                   "other 41 values agree; the cause is not identified)")
def test_chi2rnd_page_first_element():
    matlab.rng('default')
    matlab.chi2rnd(10)
    assert round(float(matlab.chi2rnd(np.ones((1, 6)))[0, 0]), 4) == 2.5368


def test_size_rules_and_messages():
    with pytest.raises(CompatValueError, match="Size information is inconsistent."):
        matlab.normrnd(np.zeros((1, 2)), 1, [2, 3])
    with pytest.raises(CompatValueError, match="Requires non-scalar arguments to match"):
        matlab.unifrnd(np.zeros((1, 2)), np.ones((1, 3)))
    assert matlab.normrnd(np.zeros((2, 3)), 1, 2, 3).shape == (2, 3)
    assert matlab.exprnd(np.ones(4)).shape == (4,)      # 1-D in, 1-D out


def test_classes_and_inputs_left_alone():
    mu = np.array([[1.0, 2.0]], dtype=">f8")
    mu.setflags(write=False)
    before = mu.copy()
    r = _seeded(1, matlab.normrnd, mu, 1)
    assert r.dtype == np.float64 and np.array_equal(mu, before)
    assert _seeded(1, matlab.normrnd, np.float32(0), 1).dtype == np.float32
    assert _seeded(1, matlab.gamrnd, np.float32(2), 1, 2, 2).dtype == np.float32


def test_mvnrnd_forms():
    S = np.array([[2.0, 0.6], [0.6, 1.0]])
    mu = np.array([[1.0, -1.0]])
    T = matlab.cholcov(S)
    z = _seeded(4, matlab.randn, 6, 2)
    r, T2 = _seeded(4, matlab.mvnrnd, mu, S, 6, nargout=2)
    np.testing.assert_allclose(r, z @ T + mu, rtol=0, atol=1e-15)
    np.testing.assert_array_equal(T2, T)
    # a row of variances is a diagonal covariance
    d = np.array([[4.0, 0.25]])
    np.testing.assert_allclose(_seeded(4, matlab.mvnrnd, mu, d, 6), z * [2.0, 0.5] + mu,
                               rtol=0, atol=1e-15)
    # one dimension: Sigma is the variance (mvnrnd(0, 4) is normrnd(0, 2))
    np.testing.assert_array_equal(_seeded(4, matlab.mvnrnd, 0, 4, 5),
                                  _seeded(4, matlab.normrnd, 0, 2, 5, 1))
    # a semi-definite Sigma draws rank(Sigma) normals per row
    v = np.array([[1.0], [2.0], [-1.0]])
    P = v @ v.T
    r = _seeded(8, matlab.mvnrnd, np.zeros((1, 3)), P, 4)
    np.testing.assert_allclose(r, _seeded(8, matlab.randn, 4, 1) @ matlab.cholcov(P),
                               rtol=0, atol=1e-15)
    # one covariance per row (d-by-d-by-n)
    pages = np.stack([S, 2 * S, 3 * S], axis=2)
    r = _seeded(6, matlab.mvnrnd, mu, pages)
    z = _seeded(6, matlab.randn, 3, 2)
    for i in range(3):
        np.testing.assert_allclose(r[i], z[i] @ matlab.cholcov(pages[:, :, i]) + mu[0],
                                   rtol=0, atol=1e-14)
    with pytest.raises(CompatValueError, match="positive semi-definite"):
        matlab.mvnrnd(mu, np.array([[1.0, 2.0], [2.0, 1.0]]), 3)
    with pytest.raises(CompatValueError, match="square matrix"):
        matlab.mvnrnd(mu, np.eye(3), 3)


def _assert_eig_factor(T, P, rank):
    """cholcov's eigen factor of a rank-deficient P: rows for the eigenvalues above
    eps(max(lambda)) * n, ascending, each row's largest entry positive. P's zero
    eigenvalues come out of eig as residues of up to about n * eps * |P| (a backward
    stable eig's error, Demmel, Applied Numerical Linear Algebra, sec. 5.2) and may pass
    that cut (COMPAT_RESEED_SHIFT=125, 129: 4 rows for a rank-3 P; 110, 116: 3 rows or
    chol's 5x5 factor for a rank-2 B): such extra rows, first, are that small."""
    rows = T.shape[0]
    assert T.shape[1] == P.shape[0] and rank <= rows <= P.shape[0], T.shape
    np.testing.assert_allclose(T.T @ T, P, rtol=0, atol=1e-12 * np.abs(P).max())
    norms2 = np.sum(T ** 2, axis=1)
    small = 10 * P.shape[0] * np.finfo(float).eps * np.linalg.norm(P, 2)
    assert np.all(norms2[:rows - rank] <= small) and np.all(norms2[rows - rank:] > small)
    assert np.all(np.diff(norms2) >= -small)
    biggest = np.argmax(np.abs(T), axis=1)
    assert np.all(T[np.arange(rows), biggest] > 0)


def test_cholcov_outputs():
    rng = np.random.default_rng(77)
    G = rng.standard_normal((5, 3))
    P = G @ G.T                              # rank 3, positive semi-definite
    T, p = matlab.cholcov(P, nargout=2)
    assert p == 0
    np.testing.assert_allclose(T.T @ T, P, rtol=0, atol=1e-12)
    try:
        # cholcov tries chol first; P's last two pivots are zero in exact arithmetic, and
        # rounding residues of either sign decide whether chol succeeds (it does for
        # COMPAT_RESEED_SHIFT=7): then T is chol's upper factor (LAPACK's upper dpotrf, as
        # MATLAB's chol; the lower one rounds differently and decides otherwise at 777)
        R = scipy.linalg.cholesky(P, lower=False)
    except np.linalg.LinAlgError:
        R = None
    if R is not None:
        np.testing.assert_allclose(T, R, rtol=0, atol=1e-12)
    else:
        _assert_eig_factor(T, P, 3)
    Q = P - 0.5 * np.eye(5)
    T, p = matlab.cholcov(Q, nargout=2)
    assert T.shape == (0, 0) and p == np.sum(np.linalg.eigvalsh(Q) < 0) >= 2
    T, p = matlab.cholcov(np.array([[1.0, 2], [0, 1]]), nargout=2)
    assert T.size == 0 and np.isnan(p)


@pytest.mark.octave
def test_cholcov_against_octave_random():
    rng = np.random.default_rng(91)
    G = rng.standard_normal((4, 4))
    A = G @ G.T + 0.1 * np.eye(4)            # definite
    H = rng.standard_normal((5, 2))
    B = H @ H.T                              # rank 2, distinct eigenvalues
    C = A - 3 * np.eye(4)                    # indefinite (most likely)
    statements = ("[ta, pa] = cholcov(A); [tb, pb] = cholcov(B); [tc, pc] = cholcov(C); "
                  "[td, pd] = cholcov(B, 0); [te, pe] = cholcov(C, 0);")
    names = ["ta", "pa", "pb", "tc", "pc", "te", "pe"]
    got = run_octave([(statements, dict(A=A, B=B, C=C), names + ["tb", "td", "pd"])],
                     setup="warning('off', 'Octave:shadowed-function'); "
                           "pkg load statistics")[0]
    assert not isinstance(got, Exception), got
    mine = {}
    for key, (m, f) in {"a": (A, 1), "b": (B, 1), "c": (C, 1), "d": (B, 0),
                        "e": (C, 0)}.items():
        mine["t" + key], mine["p" + key] = matlab.cholcov(m, f, nargout=2)
    # cholcov(B, 0) is chol's answer for the rank-2 B: its third pivot is zero in exact
    # arithmetic, so whether chol stops there (p = 3), at a later pivot or not at all
    # (p = 0, T'T = B) is decided by the sign of rounding residues, which differs between
    # LAPACK builds (COMPAT_RESEED_SHIFT=31415: Octave on reference LAPACK 3.11 leaves a
    # third pivot of 2.1e-8, i.e. +4.4e-16 before the square root, and stops at p = 5;
    # scipy's OpenBLAS dpotrf stops at 3). Contract checked for both sides: p = 0 with an
    # upper triangular T, T'T = B, or p in rank+1..n with T empty.
    # cholcov(B) likewise: chol may succeed on residues (T is then its 5x5 factor), and
    # B's zero eigenvalues may pass cholcov's cut (_assert_eig_factor)
    tb, tb_octave = np.asarray(mine["tb"], float), np.asarray(got["tb"], float)
    if tb.shape == tb_octave.shape:
        np.testing.assert_allclose(tb, tb_octave, rtol=0, atol=1e-12, err_msg="tb")
    for t in (tb, tb_octave):
        if t.shape == (5, 5) and np.array_equal(t, np.triu(t)):
            np.testing.assert_allclose(t.T @ t, B, rtol=0, atol=1e-12 * np.abs(B).max())
        else:
            _assert_eig_factor(t, B, 2)
    for t, p in [(mine["td"], mine["pd"]), (got["td"], np.ravel(got["pd"])[0])]:
        t = np.asarray(t, float)
        if p == 0:
            assert t.shape == (5, 5) and np.array_equal(t, np.triu(t))
            np.testing.assert_allclose(t.T @ t, B, rtol=0, atol=1e-12 * np.abs(B).max())
        else:
            assert p in (3, 4, 5) and t.size == 0, (p, t)
    for name in names:
        # Cholesky and eigenvectors by different LAPACK drivers: ~1e-15 of the norm
        np.testing.assert_allclose(np.asarray(mine[name], float).reshape(np.shape(got[name])),
                                   got[name], rtol=0, atol=1e-12, err_msg=name)
