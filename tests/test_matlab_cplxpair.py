"""MATLAB cplxpair: the documented order (pairs by increasing real part, negative imaginary
first, exact conjugates, reals last ascending), tolerance, dim, classes, MATLAB's error
message, and random root sets against Octave's cplxpair in live Octave."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import OCTAVE, run_octave


def _check_order(b, tol=100 * np.finfo(float).eps):
    is_real = np.abs(b.imag) <= tol * np.abs(b)
    k = int(np.argmax(is_real)) if is_real.any() else b.size
    assert is_real[k:].all() and not is_real[:k].any()
    assert np.all(np.diff(b[k:].real) >= 0)
    pairs = b[:k].reshape(-1, 2)
    assert np.all(pairs[:, 0] == np.conj(pairs[:, 1]))
    assert np.all(pairs[:, 0].imag < 0)
    assert np.all(np.diff(pairs[:, 0].real) >= 0)


@pytest.mark.parametrize("seed", range(6))
def test_random_roots_are_paired_and_ordered(seed):
    rng = np.random.default_rng(seed)
    w = rng.normal(size=4) + 1j * rng.uniform(0.1, 2, 4)
    r = rng.normal(size=3)
    z = np.concatenate([w, np.conj(w), r])[rng.permutation(11)]
    b = matlab.cplxpair(z)
    _check_order(b)
    np.testing.assert_allclose(np.sort_complex(b), np.sort_complex(z.astype(complex)))


def test_tolerance_dim_and_classes():
    z = np.array([1 + 1j, 1 - (1 + 1e-9) * 1j])
    with pytest.raises(ValueError, match=r"^cplxpair: Complex numbers can't be paired\.$"):
        matlab.cplxpair(z)
    b = matlab.cplxpair(z, 1e-6)
    assert b[0] == 1 - 1j and b[1] == 1 + 1j     # the positive member and its conjugate
    Z = np.array([[1 + 2j, 1 - 2j, 5], [3, 4, 0.5]])
    np.testing.assert_array_equal(matlab.cplxpair(Z, [], 2)[0], [1 - 2j, 1 + 2j, 5])
    np.testing.assert_array_equal(matlab.cplxpair(np.array([3.0, -1.0, 2.0])), [-1, 2, 3])
    assert matlab.cplxpair(np.array([3.0, 1.0])).dtype == np.float64
    assert matlab.cplxpair(np.complex64([1 + 1j, 1 - 1j])).dtype == np.complex64
    with pytest.raises(ValueError, match="can't be paired"):
        matlab.cplxpair([1 + 1j, 2.0, 3.0])
    with pytest.raises(ValueError, match="TOL must be"):
        matlab.cplxpair([1.0], 2)
    keep = z.copy()
    matlab.cplxpair(z, 1e-6)
    np.testing.assert_array_equal(z, keep)


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_sets_against_octave():
    rng = np.random.default_rng(12810)
    cases, ours = [], []
    for _ in range(15):
        npairs, nreal = int(rng.integers(0, 6)), int(rng.integers(0, 5))
        w = np.round(rng.normal(size=npairs) * 3, 2) + 1j * np.round(
            rng.uniform(0.1, 3, npairs), 2)
        z = np.concatenate([w, np.conj(w), np.round(rng.normal(size=nreal), 3)])
        if z.size == 0:
            continue
        z = z[rng.permutation(z.size)].reshape(-1, 1)
        cases.append(("B = cplxpair(Z);", {"Z": z}, ["B"]))
        ours.append(matlab.cplxpair(z))
    for got, mine in zip(run_octave(cases), ours):
        want = np.asarray(got["B"]).reshape(mine.shape)
        np.testing.assert_array_equal(mine, want)
