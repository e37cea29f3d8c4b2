"""MATLAB residue: the expansion reproduces b/a at test points, repeated poles by the
multiplicity rule, the round trip through the inverse form, shapes, errors, and random
rational functions against Octave's residue in live Octave."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import OCTAVE, run_octave


def _evaluate(r, p, k, s):
    """The expansion at s with MATLAB's rule for repeated poles (powers 1, 2, ...)."""
    r, p = np.ravel(r), np.ravel(p)
    total = np.polyval(np.ravel(k), s) if np.size(k) else 0 * s
    power = 0
    for j in range(p.size):
        power = power + 1 if j and abs(p[j] - p[j - 1]) < 1e-3 * max(abs(p[j]), 1e-300) \
            else 1
        total = total + r[j] / (s - p[j]) ** power
    return total


@pytest.mark.parametrize("seed", range(5))
def test_expansion_reproduces_the_ratio(seed):
    rng = np.random.default_rng(seed)
    na, nb = int(rng.integers(1, 7)), int(rng.integers(1, 9))
    a = np.concatenate([[1.0], rng.normal(size=na)])
    b = rng.normal(size=nb)
    r, p, k = matlab.residue(b, a, nargout=3)
    s = rng.normal(size=5) + 1j * rng.normal(size=5) + 3
    want = np.polyval(b, s) / np.polyval(a, s)
    np.testing.assert_allclose(_evaluate(r, p, k, s), want, rtol=1e-8)
    assert np.all(np.diff(np.abs(np.ravel(p))) <= 1e-12)   # decreasing magnitude
    bb, aa = matlab.residue(r, p, k, nargout=2)
    np.testing.assert_allclose(np.real_if_close(aa), a, rtol=1e-9, atol=1e-9)
    # the rebuilt numerator may keep leading rounding residues (~1e-16) where b has
    # none: only exact zeros are stripped, as MATLAB's polynomial reduction does
    bb = np.real_if_close(bb)
    want = np.concatenate([np.zeros(max(bb.size - b.size, 0)), b])[-bb.size:]
    np.testing.assert_allclose(bb, want, rtol=1e-8, atol=1e-8 * np.max(np.abs(b)))


def test_repeated_poles_by_hand():
    # (s^2 + 3) / ((s - 1)^3 (s + 2)) = A/(s+2) + B/(s-1) + C/(s-1)^2 + D/(s-1)^3
    r, p, k = matlab.residue([1.0, 0, 3], [1.0, -1, -3, 5, -2], nargout=3)
    # by hand: A = 7/(-27), D = 4/3, C = d/ds[(s^2+3)/(s+2)] at 1 = (2*3 - 4)/9 = 2/9,
    # B = -A = 7/27
    # poles by decreasing magnitude: -2, then the triple pole
    np.testing.assert_allclose(p, [-2, 1, 1, 1], atol=1e-12)
    np.testing.assert_allclose(r, [-7 / 27, 7 / 27, 2 / 9, 4 / 3], rtol=1e-7, atol=1e-9)
    assert k.size == 0


def test_shapes_and_errors():
    r, p, k = matlab.residue(np.array([[1.0, 2.0]]), np.array([[1.0, 3.0, 2.0]]), nargout=3)
    assert r.shape == (2, 1) and p.shape == (2, 1) and k.shape == (0, 0)
    r, p, k = matlab.residue([1.0, 0, 0], [1.0, 1.0], nargout=3)
    assert r.shape == (1,) and k.tolist() == [1.0, -1.0]
    with pytest.raises(ValueError, match=r"^residue: r and p must have the same length"):
        matlab.residue([1.0], [1.0, 2.0], [])
    with pytest.raises(ValueError, match=r"^residue: The denominator a"):
        matlab.residue([1.0], [0.0])
    with pytest.raises(ValueError, match=r"^residue: "):
        matlab.residue([1.0])


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_ratios_against_octave():
    rng = np.random.default_rng(12830)
    cases, ours = [], []
    for _ in range(12):
        na, nb = int(rng.integers(1, 7)), int(rng.integers(1, 9))
        a = np.concatenate([[1.0], np.round(rng.normal(size=na), 3)]).reshape(1, -1)
        b = np.round(rng.normal(size=nb), 3).reshape(1, -1)
        cases.append(("[r, p, k] = residue(B, A); [b2, a2] = residue(r, p, k);",
                      {"B": b, "A": a}, ["r", "p", "k", "b2", "a2"]))
        ours.append(matlab.residue(b, a, nargout=3))
    for got, (r, p, k) in zip(run_octave(cases), ours):
        # distinct poles (random): residues by a scaled solve, conditioned by the pole
        # separation; scale the tolerance by the largest residue
        scale = max(1.0, float(np.max(np.abs(r)))) if np.size(r) else 1.0
        for name, value in (("r", r), ("p", p), ("k", k)):
            want = np.asarray(got[name])
            assert want.size == np.size(value), name
            np.testing.assert_allclose(np.ravel(value), want.reshape(-1), rtol=1e-9,
                                       atol=1e-10 * scale, err_msg=name)
