"""MATLAB vectors, phase and coordinates (issue 16): cross, dot, angle, unwrap,
cart2pol, pol2cart, cart2sph, sph2cart.

Documented behaviour, MATLAB's size rules and errors, round trips, and a differential
test against live Octave on random inputs (the goldens are in
reference_outputs/matlab/geometry).
"""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from oracles import as2d, run_octave_calls

from compat import matlab
from compat.matlab.geometry import Cart2polResult, Cart2sphResult


def test_cross_and_dot():
    assert matlab.cross([1, 2, 3], [4, 5, 6]).tolist() == [-3, 6, -3]
    r = matlab.cross(np.array([[1, 2, 3]]), np.array([[4], [5], [6]]))
    assert r.shape == (1, 3)                     # a row when either is a row
    c = matlab.cross(np.array([[1], [2], [3]]), np.array([[4], [5], [6]]))
    assert c.shape == (3, 1)
    A = np.arange(12.0).reshape(3, 4)
    np.testing.assert_array_equal(matlab.cross(A, A[::-1]), np.cross(A.T, A[::-1].T).T)
    assert matlab.dot([1, 2, 3], np.array([[4], [5], [6]])) == 32
    assert matlab.dot([[1, 2], [3, 4]], [[5, 6], [7, 8]]).tolist() == [[26, 44]]
    assert matlab.dot([[1, 2], [3, 4]], [[5, 6], [7, 8]], 2).tolist() == [[17], [53]]
    assert matlab.dot([1j, 2], [1j, 2]) == 5
    assert matlab.dot(np.float32([1, 2]), [3, 4]).dtype == np.float32


def test_unwrap():
    np.testing.assert_allclose(matlab.unwrap([0, 3, 6.5, 0.2, -3]),
                               [0, 3, 6.5 - 2 * np.pi, 0.2, -3 + 2 * np.pi])
    np.testing.assert_array_equal(matlab.unwrap([0, 3, 6.5], 4), [0, 3, 6.5])
    # tol below pi counts as pi
    np.testing.assert_array_equal(matlab.unwrap([0, 3.0], 1), [0, 3.0])
    P = np.array([[0, 0], [3.5, 1], [7, 2]])
    Q = matlab.unwrap(P)
    np.testing.assert_allclose(Q[:, 0], [0, 3.5 - 2 * np.pi, 7 - 4 * np.pi])
    np.testing.assert_array_equal(Q[:, 1], P[:, 1])
    out = matlab.unwrap([0, np.nan, 4, 0])
    assert np.isnan(out[1:]).all()               # NaN spoils the rest
    assert matlab.unwrap(np.float32([0, 4])).dtype == np.float32


def test_coordinates():
    t, r = matlab.cart2pol(3, 4)
    assert r == 5 and t == np.arctan2(4, 3)
    res = matlab.cart2pol([1, 2], [0, 0], 7, nargout=3)
    assert isinstance(res, Cart2polResult) and res.z.tolist() == [7, 7]
    assert matlab.cart2pol(3, 4, nargout=1) == np.arctan2(4, 3)
    big = 1e200
    assert matlab.cart2pol(big, big, nargout=2)[1] == np.hypot(big, big)  # no overflow
    az, el, r = matlab.cart2sph(0, 0, 2)
    assert (az, el, r) == (0, np.pi / 2, 2)
    assert isinstance(matlab.cart2sph(1, 1, 1, nargout=2), Cart2sphResult)
    x, y, z = matlab.sph2cart(0, np.pi / 2, 2)
    assert z == 2 and abs(x) < 1e-15


@settings(max_examples=50, deadline=None)
@given(st.floats(-1e6, 1e6), st.floats(-1e6, 1e6), st.floats(-1e6, 1e6))
def test_round_trips(x, y, z):
    th, r = matlab.cart2pol(x, y)
    a, b = matlab.pol2cart(th, r)
    np.testing.assert_allclose([a, b], [x, y], rtol=1e-12, atol=1e-9)
    az, el, rr = matlab.cart2sph(x, y, z)
    a, b, c = matlab.sph2cart(az, el, rr)
    np.testing.assert_allclose([a, b, c], [x, y, z], rtol=1e-12, atol=1e-9)


def test_bad_input():
    with pytest.raises(ValueError, match=r"^cross: A and B must have at least one "
                                         r"dimension of length 3\."):
        matlab.cross(np.ones((2, 2)), np.ones((2, 2)))
    with pytest.raises(ValueError, match=r"^cross: A and B must be of the same size\."):
        matlab.cross(np.ones((3, 2)), np.ones((3, 3)))
    with pytest.raises(ValueError, match=r"^cross: A and B must be of length 3 in the "
                                         r"dimension"):
        matlab.cross(np.ones((3, 2)), np.ones((3, 2)), 2)
    with pytest.raises(ValueError, match=r"^dot: A and B must be the same size\."):
        matlab.dot([1, 2, 3], [1, 2])
    with pytest.raises(ValueError, match=r"^unwrap: P must be real"):
        matlab.unwrap([1j])
    with pytest.raises(ValueError, match=r"^unwrap: tol must be a real scalar"):
        matlab.unwrap([1, 2], [1, 2])
    with pytest.raises(ValueError, match=r"^cart2pol: Arrays have incompatible sizes"):
        matlab.cart2pol([1, 2], [1, 2, 3])
    with pytest.raises(ValueError, match=r"^cart2pol: nargout must be from 1 to 2"):
        matlab.cart2pol(1, 2, nargout=3)
    with pytest.raises(TypeError, match=r"^angle: z must be"):
        matlab.angle("ab")


def test_no_mutation():
    P = np.array([0.0, 4.0, 8.0])
    P0 = P.copy()
    matlab.unwrap(P)
    np.testing.assert_array_equal(P, P0)


@pytest.mark.octave
def test_geometry_against_octave():
    rng = np.random.default_rng(1619)
    cases, expected = [], []
    for k in range(12):
        shape = [(3, 5), (5, 3), (2, 3, 3), (3, 1)][k % 4]
        A, B = rng.normal(size=shape), rng.normal(size=shape)
        P = np.cumsum(rng.normal(scale=3, size=shape), axis=0)
        cases += [("cross(A, B)", {"A": A, "B": B}, 1), ("dot(A, B)", {"A": A, "B": B}, 1),
                  ("unwrap(P)", {"P": P}, 1), ("cart2sph(A, B, P)", {"A": A, "B": B, "P": P}, 3),
                  ("cart2pol(A, B)", {"A": A, "B": B}, 2)]
        expected += [matlab.cross(A, B), matlab.dot(A, B), matlab.unwrap(P),
                     matlab.cart2sph(A, B, P), matlab.cart2pol(A, B)]
    results = run_octave_calls(cases)
    for (call, _, n), ours, got in zip(cases, expected, results):
        assert not isinstance(got, Exception), (call, got)
        ours = ours if n > 1 else (ours,)
        for mine, theirs in zip(ours, got):
            np.testing.assert_allclose(as2d(mine), theirs, rtol=1e-13, atol=1e-13,
                                       err_msg=call)
