"""IDL R_CORRELATE: known values (the routine's documentation), IDL 8.0's FLOAT
arithmetic rules, bad input (goldens: reference_outputs/idl/r_correlate)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import stats

from compat import idl

X = [257, 208, 296, 324, 240, 246, 267, 311, 324, 323, 263, 305, 270, 260, 251, 275, 288,
     242, 304, 267]
Y = [201, 56, 185, 221, 165, 161, 182, 239, 278, 243, 197, 271, 214, 216, 175, 192, 208,
     150, 281, 196]


def test_documentation_example():
    r = idl.r_correlate(X, Y, d=True, zd=True, probd=True)
    assert r.result.dtype == np.float32
    assert f"{r.result[0]:.6f}" == "0.835967" and f"{r.result[1]:.5e}" == "4.42899e-06"
    assert r.d == 218 and f"{r.zd:.5f}" == "-3.64390"
    k = idl.r_correlate(X, Y, kendall=True)
    assert f"{k[0]:.6f}" == "0.624347" and f"{k[1]:.5e}" == "1.18732e-04"


def test_coefficients_agree_with_scipy():
    rng = np.random.default_rng(7)
    x = rng.integers(0, 8, 50)
    y = x + rng.integers(0, 5, 50)
    rho = stats.spearmanr(x, y).statistic
    tau = stats.kendalltau(x, y).statistic        # tau-b, IDL's tau with ties
    assert idl.r_correlate(x, y)[0] == pytest.approx(rho, rel=2e-6)
    assert idl.r_correlate(x, y, kendall=True)[0] == pytest.approx(tau, rel=2e-6)


def test_types_of_results_and_keywords():
    xd = np.linspace(0.0, 1.0, 12) ** 2
    yd = np.cos(xd)
    r = idl.r_correlate(xd, yd, d=True, zd=True, probd=True)
    assert r.result.dtype == np.float32                       # rs, probrs in FLOAT
    assert r.d.dtype == np.float64 and r.zd.dtype == np.float64
    # Y double but X float: r_correlate.pro tests X's type only
    r = idl.r_correlate(xd.astype(np.float32), yd, d=True)
    assert r.d.dtype == np.float32
    k = idl.r_correlate(xd, yd, kendall=True, d=True, zd=True, probd=True)
    assert k.result.dtype == np.float32 and k.d == 0 and k.probd == 0
    assert r.zd is None


def test_doubles_equal_in_float_are_ties():
    x = np.array([1.0, 1.0 + 1e-12, 2.0, 3.0])
    y = np.array([4.0, 3.0, 2.0, 1.0])
    d = idl.r_correlate(x, y, d=True).d
    # ranks of FLOAT(x): 1.5, 1.5, 3, 4 against 4, 3, 2, 1
    assert d == (1.5 - 4) ** 2 + (1.5 - 3) ** 2 + 1 + 9


def test_kendall_integer_differences_wrap_as_in_idl():
    # BYTE differences wrap (0 - 1 is 255), so every product is positive: tau = 1
    x = np.array([0, 1, 2, 3], dtype=np.uint8)
    y = np.array([3, 2, 1, 0], dtype=np.uint8)
    assert idl.r_correlate(x, y, kendall=True)[0] == 1
    assert idl.r_correlate(x.astype(np.int16), y.astype(np.int16), kendall=True)[0] == -1


def test_bad_input():
    with pytest.raises(ValueError, match="^R_CORRELATE: x and y must be n-element vectors"):
        idl.r_correlate([1], [2])
    with pytest.raises(ValueError, match="^R_CORRELATE: x and y must be vectors of equal"):
        idl.r_correlate([1, 2, 3], [1, 2])
