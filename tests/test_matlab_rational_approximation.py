"""MATLAB rat and rats (compat.matlab.rational_approximation).

Expected values come from the definition (a nearest-integer continued fraction written
out with Python floats one element at a time), from MATLAB's printed examples, and from
properties (coprime N and D, D > 0, |N/D - X| < tol), never from the code under test; a
live Octave differential test compares [N, D] on random data.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave_calls


def _round(v: float) -> float:
    """MATLAB's round: ties away from zero."""
    return math.copysign(math.floor(abs(v) + 0.5), v) if abs(v) % 1 != 0.5 else \
        math.copysign(abs(v) + 0.5, v)


def _by_definition(x: float, tol: float):
    """The continued fraction of one number: (n, d, terms)."""
    n, d = _round(x), 1.0
    last_n, last_d = 1.0, 0.0
    frac = x - n
    terms = []
    while x != 0 and abs(x - n / d) >= tol:
        flip = 1.0 / frac
        step = _round(flip)
        terms.append(int(step))
        frac = flip - step
        n, last_n = n * step + last_n, n
        d, last_d = d * step + last_d, d
    if d < 0:
        n, d = -n, -d
    return n, d, terms


def test_documented_values():
    assert matlab.rat(np.pi) == "3 + 1/(7 + 1/(16))"
    assert matlab.rat(np.pi, 1e-7) == "3 + 1/(7 + 1/(16 + 1/(-294)))"
    assert matlab.rat(np.pi, nargout=2) == (355, 113)
    assert matlab.rat(np.pi, 1e-7, nargout=2) == (104348, 33215)
    assert matlab.rat(0.5, nargout=2) == (1, 2)
    H = np.array([[1 / (i + j + 1) for j in range(4)] for i in range(4)])
    N, D = matlab.rat(H, nargout=2)
    assert N.tolist() == [[1] * 4] * 4
    assert D.tolist() == [[i + j + 1 for j in range(4)] for i in range(4)]
    assert matlab.rats(np.pi) == "    355/113   "
    assert matlab.rats(np.pi, 20) == "    104348/33215     "
    assert matlab.rats(np.pi, 25) == "      1146408/364913      "
    rows = matlab.rats(H)
    assert rows.tolist() == [
        "       1            1/2           1/3           1/4     ",
        "      1/2           1/3           1/4           1/5     ",
        "      1/3           1/4           1/5           1/6     ",
        "      1/4           1/5           1/6           1/7     "]
    diff = [ord(a) - ord(b) for a, b in zip(matlab.rats(0.3), matlab.rats(0.2))]
    assert diff == [0, 0, 0, 0, 0, 0, 2, 0, -4, 16, 0, 0, 0, 0]


def test_random_values_against_the_definition():
    rng = np.random.default_rng(4401)
    X = rng.normal(scale=3, size=(5, 6))
    tol = 1e-6 * np.abs(X).sum()
    N, D = matlab.rat(X, nargout=2)
    for i in range(5):
        for j in range(6):
            n, d, _ = _by_definition(float(X[i, j]), tol)
            assert (N[i, j], D[i, j]) == (n, d)
            assert D[i, j] > 0 and math.gcd(int(N[i, j]), int(D[i, j])) == 1
            assert abs(X[i, j] - N[i, j] / D[i, j]) < tol
    text = matlab.rat(X)
    assert text.shape == (30,) and len({len(r) for r in text}) == 1
    for k, (j, i) in enumerate((j, i) for j in range(6) for i in range(5)):  # X(:)
        _, _, terms = _by_definition(float(X[i, j]), tol)
        expected = str(int(_round(float(X[i, j])))) + "".join(
            f" + 1/({t}" for t in terms) + ")" * len(terms)
        assert text[k].rstrip() == expected


def test_tolerance_and_ties():
    # the terms round half away from zero (numpy's np.round would give 2 + 1/(2))
    assert matlab.rat(2.5, 0.1) == "3 + 1/(-2)"
    assert matlab.rat(-2.5, 0.1) == "-3 + 1/(2)"
    N, D = matlab.rat(np.array([2.5, -2.5, 0.5, -1.5]), 0.1, nargout=2)
    assert N.tolist() == [5, -5, 1, -3] and D.tolist() == [2, 2, 2, 2]
    for tol in (1e-2, 1e-4, 1e-9):
        n, d = matlab.rat(np.e, tol, nargout=2)
        assert abs(np.e - n / d) < tol
    assert matlab.rat(np.e) == "3 + 1/(-4 + 1/(2 + 1/(5 + 1/(-2 + 1/(-7)))))"
    assert matlab.rat(np.e, [], nargout=2) == matlab.rat(np.e, nargout=2)


def test_special_values():
    N, D = matlab.rat(np.array([np.inf, -np.inf, 0.0, -0.5]), nargout=2)
    assert N.tolist() == [1, -1, 0, -1] and D.tolist() == [0, 0, 1, 2]
    N, D = matlab.rat(np.array([np.nan, 1 / 3, -2.5]), nargout=2)  # NaN tolerance
    assert math.isnan(N[0]) and N[1:].tolist() == [0, -3] and D.tolist() == [1, 1, 1]
    assert matlab.rat(0.0) == "0" and matlab.rat(np.inf) == "Inf"
    assert matlab.rat(-np.inf) == "-Inf" and matlab.rat(np.nan) == "NaN"
    assert matlab.rat(-0.5) == "-1 + 1/(2)"
    assert matlab.rat(np.array([])) == ""
    N, D = matlab.rat(np.zeros((2, 0)), nargout=2)
    assert N.shape == (2, 0) and D.shape == (2, 0)


def test_classes_and_shapes():
    n, d = matlab.rat(np.float32(np.pi), nargout=2)
    assert isinstance(n, np.float32) and isinstance(d, np.float64) and (n, d) == (355, 113)
    N, D = matlab.rat(np.float32([[0.1, 0.7], [1 / 3, 2.5]]), nargout=2)
    assert N.dtype == np.float32 and D.dtype == np.float64
    assert N.tolist() == [[1, 7], [1, 5]] and D.tolist() == [[10, 10], [3, 2]]
    m = matlab.rat(np.array([[np.e], [0.5], [-1.25]]))
    assert m.tolist() == ["3 + 1/(-4 + 1/(2 + 1/(5 + 1/(-2 + 1/(-7)))))",
                          "1 + 1/(-2)                                  ",
                          "-1 + 1/(-4)                                 "]
    assert matlab.rats([1, 2]) == "       1             2      "
    assert matlab.rats(np.array([[0.5], [0.25]])).tolist() == ["      1/2     ",
                                                               "      1/4     "]


def test_rats_fit_and_negligible():
    assert matlab.rats(1e10) == "       *      "
    assert matlab.rats(np.array([np.pi, 1e-8])) == "    355/113          0      "
    assert matlab.rats(-0.75) == "     -3/4     "
    assert matlab.rats(0.75, 5) == "  3/4 "
    assert len(matlab.rats(np.pi, 4)) == 5
    assert matlab.rats(np.array([np.inf, np.nan, -3.0])) == \
        "     Inf           NaN            -3      "


def test_errors():
    with pytest.raises(TypeError, match=r"^rat: X must be a single or double array"):
        matlab.rat(np.int8(5))
    with pytest.raises(TypeError, match=r"^rat: X must be a real, not complex, array"):
        matlab.rat(1 + 2j)
    with pytest.raises(ValueError, match=r"^rat: TOL must be a numeric scalar > 0"):
        matlab.rat(np.pi, -1)
    with pytest.raises(ValueError, match=r"^rat: TOL must be a numeric scalar > 0"):
        matlab.rat(np.pi, [1, 2])
    with pytest.raises(ValueError, match=r"^rat: "):
        matlab.rat(np.pi, nargout=3)
    with pytest.raises(TypeError, match=r"^rats: X must be a single or double array"):
        matlab.rats("abc")
    with pytest.raises(TypeError, match=r"^rats: X must be a real"):
        matlab.rats(np.array([1j]))
    with pytest.raises(ValueError, match=r"^rats: STRLEN must be a positive whole"):
        matlab.rats(np.pi, 0)
    with pytest.raises(ValueError, match=r"^rats: STRLEN must be a positive whole"):
        matlab.rats(np.pi, 2.5)
    with pytest.raises(ValueError, match=r"^rats: X must be a scalar, vector or matrix"):
        matlab.rats(np.ones((2, 2, 2)))


def test_inputs_untouched_and_layouts():
    big = np.array([[0.5, 0.25], [np.pi, -1.5]], dtype=">f8")
    native = big.astype(np.float64)
    N1, D1 = matlab.rat(big, nargout=2)
    N2, D2 = matlab.rat(native, nargout=2)
    assert N1.dtype.isnative and (N1 == N2).all() and (D1 == D2).all()
    ro = np.array([np.inf, 0.5])
    ro.setflags(write=False)
    matlab.rat(ro, nargout=2)
    matlab.rat(ro)
    assert ro.tolist() == [np.inf, 0.5]
    f = np.asfortranarray(native)
    assert (matlab.rat(f, nargout=2)[0] == N2).all()
    assert matlab.rats(f).tolist() == matlab.rats(native).tolist()


@pytest.mark.octave
def test_rat_against_octave():
    rng = np.random.default_rng(4402)
    cases, expected = [], []
    for k in range(10):
        X = rng.normal(scale=10.0 ** rng.integers(-2, 3), size=(3, 4))
        if k % 3 == 0:
            cases.append(("rat(X, t)", {"X": X, "t": 10.0 ** -rng.integers(2, 9)}, 2))
            expected.append(matlab.rat(X, cases[-1][1]["t"], nargout=2))
        else:
            cases.append(("rat(X)", {"X": X}, 2))
            expected.append(matlab.rat(X, nargout=2))
    X = rng.normal(size=(2, 5)).astype(np.float32)
    cases.append(("rat(X)", {"X": X}, 2))
    expected.append(matlab.rat(X, nargout=2))
    E = np.array([[np.e, 1.75, -1.25]]).T  # texts whose last terms are negative
    cases.append(("rat(E)", {"E": E}, 1))
    expected.append(["\n".join(matlab.rat(E))])
    for (call, _, _), ours, got in zip(cases, expected, run_octave_calls(cases)):
        assert not isinstance(got, Exception), (call, got)
        for a, b in zip(ours, got):
            if isinstance(a, str):
                assert a == b, call
            else:
                assert np.asarray(a).dtype == b.dtype, call
                np.testing.assert_array_equal(a, b, err_msg=call)
