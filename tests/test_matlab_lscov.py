"""MATLAB's lscov (compat.matlab.least_squares): the solution, standard errors, mean
squared error and covariance against the textbook formulas for full-rank problems
(x = inv(A'*inv(V)*A)*A'*inv(V)*b, mse = r'*inv(V)*r/(m-n), S = inv(A'*inv(V)*A)*mse --
the formulas of MATLAB's help text), the basic solution of a rank-deficient design, the
'orth' algorithm and semidefinite covariances, errors and classes, and random problems
against live GNU Octave."""

from __future__ import annotations

import warnings

import numpy as np
import pytest

from compat import RankDeficientWarning, matlab
from oracles import as2d, run_octave_calls


def _textbook(A, b, V):
    Vi = np.linalg.inv(V)
    N = A.T @ Vi @ A
    x = np.linalg.solve(N, A.T @ Vi @ b)
    r = b - A @ x
    mse = (r.T @ Vi @ r) / (A.shape[0] - A.shape[1])
    S = np.linalg.inv(N) * mse
    return x, np.sqrt(np.diag(S)), mse, S


def _problem(rng, m=9, n=3):
    A = rng.standard_normal((m, n))
    b = rng.standard_normal((m, 1))
    L = rng.standard_normal((m, m)) * 0.3
    V = L @ L.T + np.eye(m)
    w = rng.uniform(0.2, 3.0, m)
    return A, b, V, w


def test_against_the_textbook_formulas():
    rng = np.random.default_rng(1260)
    for _ in range(20):
        A, b, V, w = _problem(rng, int(rng.integers(4, 10)), int(rng.integers(1, 4)))
        for Vm, arg in ((np.eye(A.shape[0]), None), (np.diag(1 / w), w), (V, V)):
            x, stdx, mse, S = matlab.lscov(A, b, arg, nargout=4)
            tx, ts, tm, tS = _textbook(A, b, Vm)
            np.testing.assert_allclose(x, tx, rtol=1e-9, atol=1e-12)
            np.testing.assert_allclose(stdx.ravel(), ts, rtol=1e-9)
            np.testing.assert_allclose(mse, tm, rtol=1e-9)
            np.testing.assert_allclose(S, tS, rtol=1e-9, atol=1e-15)
            # nargout 2 computes stdx from the row sums of |inv(R)|^2: the same numbers
            _, s2 = matlab.lscov(A, b, arg, nargout=2)
            np.testing.assert_allclose(s2, stdx, rtol=1e-12)
            xo, so, mo, So = matlab.lscov(A, b, Vm, "orth", nargout=4)
            np.testing.assert_allclose(xo, tx, rtol=1e-9, atol=1e-12)
            np.testing.assert_allclose(So, tS, rtol=1e-8, atol=1e-15)


def test_reference_page_example():
    a1 = np.array([0.2, 0.5, 0.6, 0.8, 1.0, 1.1])
    a2 = np.array([0.1, 0.3, 0.4, 0.9, 1.1, 1.4])
    A = np.column_stack([np.ones(6), a1, a2])
    b = np.array([[0.17], [0.26], [0.28], [0.23], [0.27], [0.24]])
    x, stdx, mse = matlab.lscov(A, b, nargout=3)
    assert np.array_equal(x.ravel().round(4), [0.1018, 0.4844, -0.2847])
    assert np.array_equal(stdx.ravel().round(4), [0.0058, 0.0206, 0.0135])
    assert f"{mse.item():.4e}" == "1.2774e-05"


def test_rank_deficient_basic_solution():
    rng = np.random.default_rng(1261)
    A = rng.standard_normal((7, 2))
    A = np.column_stack([A, A[:, 0] + A[:, 1]])           # rank 2
    b = rng.standard_normal(7)
    with pytest.warns(RankDeficientWarning, match="rank deficient to within machine"):
        x, stdx, mse, S = matlab.lscov(A, b, nargout=4)
    assert np.count_nonzero(x == 0) == 1 and np.count_nonzero(stdx == 0) == 1
    zero = int(np.flatnonzero(x == 0)[0])
    assert np.all(S[zero] == 0) and np.all(S[:, zero] == 0)
    keep = [j for j in range(3) if j != zero]
    np.testing.assert_allclose(x[keep], np.linalg.lstsq(A[:, keep], b, rcond=None)[0],
                               rtol=1e-10)


def test_exact_and_semidefinite():
    rng = np.random.default_rng(1262)
    A = rng.standard_normal((3, 3))
    b = rng.standard_normal(3)
    x, stdx, mse = matlab.lscov(A, b, nargout=3)
    np.testing.assert_allclose(A @ x, b, atol=1e-12)
    assert mse == 0 and np.all(stdx == 0)
    # a singular V: 'orth' (Paige) -- the solution minimises over b = A*x + T*e
    A = rng.standard_normal((6, 2))
    T = rng.standard_normal((6, 4))
    V = T @ T.T                                            # rank 4
    b = A @ np.array([1.0, -2.0]) + T @ rng.standard_normal(4)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        xo = matlab.lscov(A, b, V, "orth")
    np.testing.assert_allclose(xo, [1.0, -2.0], atol=5)        # finite, feasible
    assert np.all(np.isfinite(xo))


def test_shapes_classes_and_errors():
    rng = np.random.default_rng(1263)
    A, b, V, w = _problem(rng)
    x = matlab.lscov(A, b.ravel(), w)
    assert x.shape == (3,)
    x, stdx, mse = matlab.lscov(A, b.ravel(), nargout=3)
    assert stdx.shape == (3,) and np.ndim(mse) == 0
    x2, s2, m2 = matlab.lscov(A, np.hstack([b, 2 * b]), nargout=3)
    assert x2.shape == (3, 2) and m2.shape == (1, 2)
    np.testing.assert_allclose(x2[:, 1], 2 * x2[:, 0], rtol=1e-12)
    xs = matlab.lscov(A.astype(np.float32), b)
    assert xs.dtype == np.float32
    a = A.astype(">f8")
    a.setflags(write=False)
    np.testing.assert_allclose(matlab.lscov(a, b), matlab.lscov(A, b))
    assert matlab.lscov(A, b, V, "o").shape == (3, 1)                  # abbreviation
    with pytest.raises(ValueError, match="^lscov: A and B must have the same number of rows"):
        matlab.lscov(A, b[:4])
    with pytest.raises(ValueError, match="^lscov: V must be a vector of 9 nonnegative"):
        matlab.lscov(A, b, np.ones((3, 3)))
    with pytest.raises(ValueError, match="^lscov: V must be a vector of 9 nonnegative"):
        matlab.lscov(A, b, -w)
    with pytest.raises(ValueError, match="^lscov: ALG must be 'chol' or 'orth'"):
        matlab.lscov(A, b, V, "qr")
    with pytest.raises(ValueError, match="^lscov: lscov cannot return the covariance"):
        matlab.lscov(A, np.hstack([b, b]), nargout=4)
    with pytest.raises(ValueError, match="^lscov: The covariance matrix V must be symmetric"):
        matlab.lscov(A, b, V + np.triu(np.ones_like(V), 1) * 5 - np.eye(9) * 20)
    with pytest.raises(TypeError, match="^lscov: A must be double or single"):
        matlab.lscov(A.astype(np.int32), b)


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(1264)
    cases, ours = [], []
    for _ in range(6):
        A, b, V, w = _problem(rng, int(rng.integers(4, 9)), int(rng.integers(1, 4)))
        for call, args, mine in (("lscov(A, b)", {"A": A, "b": b}, matlab.lscov(A, b, nargout=4)),
                                 ("lscov(A, b, w)", {"A": A, "b": b, "w": w},
                                  matlab.lscov(A, b, w, nargout=4)),
                                 ("lscov(A, b, V)", {"A": A, "b": b, "V": V},
                                  matlab.lscov(A, b, V, nargout=4))):
            cases.append((call, args, 4))
            ours.append((mine, np.linalg.cond(A) * (np.linalg.cond(V) if "V" in args else 1)))
    results = run_octave_calls(cases)
    for (call, _, _), got, (mine, cond) in zip(cases, results, ours):
        assert not isinstance(got, Exception), (call, got)
        # Octave solves through pinv (an SVD), compat through MATLAB's pivoted QR:
        # the same solution to ~cond * eps
        rtol = max(1e-12, 50 * cond * np.finfo(float).eps)
        for g, m in zip(got, mine):
            np.testing.assert_allclose(as2d(m), np.asarray(g).reshape(as2d(m).shape),
                                       rtol=rtol, atol=rtol * 1e-3, err_msg=call)
