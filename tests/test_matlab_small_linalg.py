"""MATLAB's subspace, planerot, hadamard and condeig (compat.matlab.matrix_analysis,
.factorizations, .classic_matrices) against their definitions -- the largest principal
angle, a unitary G with G*x = [norm(x); 0], H'*H = n*I built by MATLAB's hadamard.m --
with errors, classes, and random inputs against live GNU Octave."""

from __future__ import annotations

import math

import numpy as np
import pytest
import scipy.linalg

from compat import matlab
from oracles import as2d, run_octave_calls


def _largest_angle(a, b):
    """Largest principal angle by the cosine definition: acos of the smallest singular
    value of Qa'*Qb for the smaller basis against the larger (accurate away from 0)."""
    qa, qb = scipy.linalg.orth(a), scipy.linalg.orth(b)
    if qa.shape[1] < qb.shape[1]:
        qa, qb = qb, qa
    s = scipy.linalg.svd(qa.conj().T @ qb, compute_uv=False)
    return math.acos(min(1.0, s.min()))


def test_subspace_against_the_cosine_definition():
    rng = np.random.default_rng(1257)
    for _ in range(50):
        m = int(rng.integers(3, 8))
        p, q = (int(v) for v in rng.integers(1, m, size=2))
        a, b = rng.standard_normal((m, p)), rng.standard_normal((m, q))
        theta = float(matlab.subspace(a, b))
        want = _largest_angle(a, b)
        assert 0 <= theta <= math.pi / 2 + 1e-15
        # the cosine form is ill-conditioned near 0 (and compat's sine form near pi/2)
        assert abs(theta - want) <= 1e-7 if want > 1e-4 else abs(theta - want) <= 1e-6


def test_subspace_small_angles_and_examples():
    H = matlab.hadamard(8)
    assert abs(float(matlab.subspace(H[:, 1:4], H[:, 4:8])) - math.pi / 2) < 5e-8
    e = 1e-10
    a = np.array([[1.0], [0], [0]])
    b = np.array([[1.0], [e], [0]])
    assert float(matlab.subspace(a, b)) == pytest.approx(math.atan(e), rel=1e-6)
    assert float(matlab.subspace(a, np.eye(3))) < 1e-15          # nested subspaces
    assert matlab.subspace(np.float32(a), b).dtype == np.float32
    assert float(matlab.subspace([1, 0, 0], [0, 1, 0])) == pytest.approx(math.pi / 2)
    with pytest.raises(ValueError, match="^subspace: A and B must have the same number of rows"):
        matlab.subspace(np.ones((3, 2)), np.ones((4, 1)))
    with pytest.raises(ValueError, match="NaN or Inf"):
        matlab.subspace(np.array([[np.nan], [1.0]]), np.ones((2, 1)))


def test_planerot_definition():
    rng = np.random.default_rng(1258)
    for _ in range(100):
        x = rng.standard_normal((2, 1)) * 10.0 ** rng.integers(-5, 5)
        if rng.random() < 0.3:
            x = x + 1j * rng.standard_normal((2, 1))
        G, y = matlab.planerot(x, nargout=2)
        r = math.hypot(abs(x[0, 0]), abs(x[1, 0]))
        assert y[1, 0] == 0 and y[0, 0] == pytest.approx(r, rel=1e-15)
        np.testing.assert_allclose(G @ G.conj().T, np.eye(2), atol=4e-16)
        # G @ x in floating point: each entry of G is a division (eps/2), each product a
        # complex multiply (sqrt(5)*eps/2), the sum one more eps/2 and y(1) = r rounded
        # (eps/2): within 2.6 eps of r.  (2 eps was seen at CI shift 78780.)
        np.testing.assert_allclose(G @ x, y, rtol=0, atol=2.6 * np.finfo(float).eps * r)
        want = np.array([[np.conj(x[0, 0]), np.conj(x[1, 0])], [-x[1, 0], x[0, 0]]]) / y[0, 0]
        np.testing.assert_allclose(G, want, rtol=2e-16, atol=0)
    G, y = matlab.planerot(np.array([[3.0], [4.0]]), nargout=2)   # the reference page
    assert np.allclose(G, [[0.6, 0.8], [-0.8, 0.6]]) and y.ravel().tolist() == [5.0, 0.0]
    G, y = matlab.planerot(np.array([-2.0, 0.0]), nargout=2)      # x(2) = 0: eye, y = x
    assert np.array_equal(G, np.eye(2)) and y.tolist() == [-2.0, 0.0]
    G = matlab.planerot(np.float32([[1], [2]]))
    assert G.dtype == np.float32
    with pytest.raises(ValueError, match="^planerot: x must be a 2-component column vector"):
        matlab.planerot(np.array([[3.0, 4.0]]))
    with pytest.raises(ValueError, match="^planerot: x must be a 2-component column vector"):
        matlab.planerot(np.ones(3))


@pytest.mark.parametrize("n", [1, 2, 4, 8, 16, 32, 12, 24, 48, 20, 40, 80])
def test_hadamard_is_hadamard(n):
    H = matlab.hadamard(n)
    assert H.shape == (n, n) and H.dtype == np.float64
    assert set(np.unique(H).tolist()) <= {-1.0, 1.0}
    assert np.array_equal(H.T @ H, n * np.eye(n))
    assert np.all(H[0] == 1) and np.all(H[:, 0] == 1)


def test_hadamard_cores_are_matlabs():
    H12 = matlab.hadamard(12)
    # hadamard.m: toeplitz(c, r) below and right of a border of ones
    c = [-1, -1, 1, -1, -1, -1, 1, 1, 1, -1, 1]
    r = [-1, 1, -1, 1, 1, 1, -1, -1, -1, 1, -1]
    assert H12[1:, 1].tolist() == c and H12[1, 1:].tolist() == r
    H20 = matlab.hadamard(20)
    c20 = [-1, -1, 1, 1, -1, -1, -1, -1, 1, -1, 1, -1, 1, 1, 1, 1, -1, -1, 1]
    r20 = [1, -1, -1, 1, 1, -1, -1, -1, -1, 1, -1, 1, -1, 1, 1, 1, 1, -1, -1]
    assert H20[1:, 1].tolist() == c20 and H20[-1, 1:].tolist() == r20
    H24 = matlab.hadamard(24)
    assert np.array_equal(H24, np.block([[H12, H12], [H12, -H12]]))
    assert np.array_equal(matlab.hadamard(4), [[1, 1, 1, 1], [1, -1, 1, -1],
                                               [1, 1, -1, -1], [1, -1, -1, 1]])
    assert matlab.hadamard(8, "single").dtype == np.float32


@pytest.mark.parametrize("n", [0, 3, 6, 28, 36, -4, 0.5, 2.5, np.nan, np.inf])
def test_hadamard_orders_refused(n):
    with pytest.raises(ValueError, match=r"^hadamard: n must be an integer and n, n/12 or "
                                         r"n/20 must be a power of 2\.$"):
        matlab.hadamard(n)


def test_hadamard_classname_and_vectors():
    with pytest.raises(ValueError, match="CLASSNAME must be 'double' or 'single'"):
        matlab.hadamard(4, "int8")
    with pytest.raises(ValueError, match="power of 2"):
        matlab.hadamard([4, 8])


@pytest.mark.octave
def test_against_octave_random():
    rng = np.random.default_rng(1259)
    cases, ours, kinds = [], [], []
    for _ in range(8):
        m = int(rng.integers(3, 7))
        p, q = (int(v) for v in rng.integers(1, m, size=2))
        a, b = rng.standard_normal((m, p)), rng.standard_normal((m, q))
        cases.append(("subspace(a, b)", {"a": a, "b": b}, 1))
        ours.append(matlab.subspace(a, b))
        kinds.append("angle")
        x = np.abs(rng.standard_normal((2, 1))) * np.array([[1.0], [rng.choice([-1, 1])]])
        cases.append(("planerot(x)", {"x": x}, 1))
        ours.append(matlab.planerot(x))
        kinds.append("rotation")
    for n in (1, 2, 4, 16, 64):
        cases.append((f"hadamard({n})", {}, 1))
        ours.append(matlab.hadamard(n))
        kinds.append("exact")
    results = run_octave_calls(cases)
    for (call, _, _), got, mine, kind in zip(cases, results, ours, kinds):
        assert not isinstance(got, Exception), (call, got)
        g, m = np.asarray(got[0]), as2d(mine)
        if kind == "angle":
            # both exact to ~1e-15 away from pi/2; near pi/2 compat's asin form (MATLAB's)
            # loses sqrt(eps) and Octave switches to acos
            tol = 5e-8 if g.item() > 1.5 else 1e-12
            assert abs(m.item() - g.item()) <= tol, call
        elif kind == "rotation":   # x(1) > 0: Octave's givens is MATLAB's rotation
            np.testing.assert_allclose(m, g, rtol=4e-16, atol=0, err_msg=call)
        else:
            assert np.array_equal(m, g), call

def test_condeig_against_left_eigenvectors():
    rng = np.random.default_rng(1265)
    for _ in range(30):
        n = int(rng.integers(1, 7))
        a = rng.standard_normal((n, n))
        c = matlab.condeig(a)
        assert c.shape == (n, 1) and np.all(c >= 1 - 1e-12)
        lam, w, v = scipy.linalg.eig(a, left=True, right=True)
        V, D, s = matlab.condeig(a, nargout=3)
        np.testing.assert_allclose(s, c, rtol=0)
        # match eigenvalues, then Wilkinson's 1/s(lambda) = |w| |v| / |w^H v|
        for i, value in enumerate(np.diag(D)):
            j = int(np.argmin(np.abs(lam - value)))
            want = np.linalg.norm(w[:, j]) * np.linalg.norm(v[:, j]) / abs(w[:, j].conj() @ v[:, j])
            assert c[i, 0] == pytest.approx(want, rel=1e-6 * max(1.0, want))


def test_condeig_special_cases():
    assert np.allclose(matlab.condeig(np.array([[2.0, 1], [1, 3]])), 1)       # symmetric
    A = np.array([[-149.0, -50, -154], [537, 180, 546], [-27, -9, -25]])
    np.testing.assert_allclose(matlab.condeig(A).ravel(),
                               [603.638964957844, 395.2366379914588, 219.292042718317],
                               rtol=1e-9)
    with pytest.warns(UserWarning):
        c = matlab.condeig(np.array([[1.0, 1], [0, 1]]))                       # defective
    assert np.all(c > 1e15)
    assert matlab.condeig(np.float32([[2, 1], [1, 3]])).dtype == np.float32
    assert matlab.condeig(np.zeros((0, 0))).shape == (0, 1)
    V, D = matlab.condeig(A, nargout=2)
    assert V.shape == (3, 3) and D.shape == (3, 3)
    with pytest.raises(ValueError, match="^condeig: Matrix must be square"):
        matlab.condeig(np.ones((2, 3)))


@pytest.mark.octave
def test_condeig_against_octave():
    rng = np.random.default_rng(1266)
    mats = [rng.standard_normal((int(n), int(n))) for n in rng.integers(2, 6, size=6)]
    got = run_octave_calls([("condeig(a)", {"a": a}, 1) for a in mats])
    for a, res in zip(mats, got):
        assert not isinstance(res, Exception), res
        mine = matlab.condeig(a)
        # eigenvector errors ~ s^2 eps carry into s; both compute condeig.m's formula
        rtol = max(1e-12, 50 * float(mine.max()) ** 2 * np.finfo(float).eps)
        np.testing.assert_allclose(mine, np.asarray(res[0]).reshape(mine.shape), rtol=rtol)
