"""IDL M_CORRELATE and P_CORRELATE (compat.idl.correlation): known values from the IDL
Reference Guide, agreement with the definitions, types and bad input."""

import numpy as np
import pytest
from scipy import stats

from compat import idl

X0 = [64, 71, 53, 67, 55, 58, 77, 57, 56, 51, 76, 68]
X1 = [57, 59, 49, 62, 51, 50, 55, 48, 52, 42, 61, 57]
X2 = [8, 10, 6, 11, 8, 7, 10, 9, 10, 6, 12, 9]


def test_p_correlate_reference_guide_example():
    r = idl.p_correlate(X0, X1, X2)
    assert r.dtype == np.float32
    assert f"{r:.6f}" == "0.533469"
    assert idl.p_correlate(X0, X1, X2, double=True).dtype == np.float64


def test_m_correlate_one_variable_is_abs_pearson():
    rng = np.random.default_rng(1)
    x = rng.normal(size=25)
    y = -2 * x + rng.normal(size=25)
    assert idl.m_correlate(x, y) == pytest.approx(abs(stats.pearsonr(x, y)[0]), rel=1e-12)
    assert idl.m_correlate(x.reshape(-1, 1), y) == idl.m_correlate(x, y)


def test_p_correlate_is_correlation_of_residuals():
    rng = np.random.default_rng(2)
    c = rng.normal(size=(40, 3))
    x = c @ [1, 2, 3] + rng.normal(size=40)
    y = c @ [3, -1, 0.5] + rng.normal(size=40)
    design = np.column_stack([np.ones(40), c])
    rx = x - design @ np.linalg.lstsq(design, x, rcond=None)[0]
    ry = y - design @ np.linalg.lstsq(design, y, rcond=None)[0]
    assert idl.p_correlate(x, y, c) == pytest.approx(stats.pearsonr(rx, ry)[0], rel=1e-12)


def test_bad_input():
    with pytest.raises(ValueError, match="^P_CORRELATE: X and Y must be vectors of equal"):
        idl.p_correlate([1, 2, 3], [1, 2], [1, 2, 3])
    with pytest.raises(ValueError, match="^P_CORRELATE: C must have 4 rows"):
        idl.p_correlate([1, 2, 3, 4], [1, 3, 2, 4], [1, 2, 3])
    with pytest.raises(ValueError, match="^M_CORRELATE: X must have 3 rows"):
        idl.m_correlate(np.ones((4, 2)), [1, 2, 3])
    with pytest.raises(TypeError, match="^M_CORRELATE"):
        idl.m_correlate(np.array(["a", "b"]), [1, 2])
