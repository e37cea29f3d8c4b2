"""Tests of compat.idl.amoeba (IDL's AMOEBA, the minimization family).

Golden cases: reference_outputs/idl/amoeba (the IDL documentation's example, GDL
captures with the user functions in that folder). Here: Numerical Recipes' first steps
worked by hand, convergence, the output keywords, the SIMPLEX start, errors.
"""

from __future__ import annotations

import numpy as np
import pytest

from compat import CompatTypeError, CompatValueError, idl
from compat.idl.minimization import AmoebaResult


def bowl(p):
    return p[0] ** 2 + p[1] ** 2


def test_first_step_by_hand():
    # vertices (1,1), (2,1), (1,2) with values 2, 5, 5: the highest is vertex 1 (NR's
    # scan keeps the first of equal highest values), reflected through the face's sum
    # psum = (4, 4): ptry = psum*1 - (2,1)*2 = (0, 2), f = 4 < 5 replaces it; 4 is
    # neither below the lowest (2) nor above the next highest (5): one evaluation
    r = idl.amoeba(1e-12, function_name=bowl, p0=np.array([1.0, 1.0]), scale=1.0, nmax=1,
                   simplex=True, function_value=True, ncalls=True)
    assert isinstance(r, AmoebaResult)
    assert r.result == -1 and r.result.dtype == np.int16   # NMAX reached
    assert r.simplex.tolist() == [[1.0, 1.0], [0.0, 2.0], [1.0, 2.0]]
    assert r.function_value.tolist() == [2.0, 4.0, 5.0]
    assert r.ncalls == 1


def test_converges_and_returns_the_best_vertex_first():
    target = np.array([1.5, -0.5, 3.0])

    def f(p):
        return float(np.sum((p - target) ** 2 * np.array([1.0, 2.0, 0.5])))

    r = idl.amoeba(1e-12, function_name=f, p0=np.zeros(3), scale=[1.0, 1.0, 1.0],
                   function_value=True, simplex=True)
    assert r.result.dtype == np.float64
    assert np.allclose(r.result, target, atol=1e-5)
    assert r.function_value[0] == r.function_value.min()
    assert np.array_equal(r.simplex[0], r.result)
    # the stopping test held: the fractional spread of the values is below ftol
    hi, lo = r.function_value.max(), r.function_value.min()
    assert 2 * abs(hi - lo) / (abs(hi) + abs(lo) + 1e-10) < 1e-12


def test_float_start_stays_float_and_simplex_start_is_equivalent():
    r = idl.amoeba(1e-5, function_name=bowl, p0=[3, -2], scale=2.0)
    assert r.dtype == np.float32                       # INT P0 -> FLOAT, as IDL
    start = np.array([[3.0, -2.0], [5.0, -2.0], [3.0, 0.0]], dtype=np.float32)
    same = idl.amoeba(1e-5, function_name=bowl, simplex=start)
    assert np.array_equal(r, same)


def test_documentation_example():
    x = np.arange(17, dtype=np.float32) * 5
    y = np.array([12.0, 24.3, 39.6, 51.0, 66.5, 78.4, 92.7, 107.8, 120.0, 135.5, 147.5,
                  161.0, 175.4, 187.4, 202.5, 215.4, 229.9], dtype=np.float32)
    r = idl.amoeba(1.0e-5, function_name=lambda p: np.max(np.abs(y - (p[0] + p[1] * x))),
                   scale=1.0e2, p0=[0, 0], function_value=True)
    # IDL prints 11.4100 2.72800 and 1.33000: the minimax line, reached to the stopping
    # test's resolution (the simplex's value spread below 1e-5, not its distance to it)
    assert np.allclose(r.result, [11.41, 2.728], rtol=1e-4)
    assert abs(r.function_value[0] - 1.33) < 1e-4


def test_bad_input():
    with pytest.raises(CompatTypeError, match=r"^AMOEBA: FUNCTION_NAME must be a callable"):
        idl.amoeba(1e-5, p0=[0, 0], scale=1)
    with pytest.raises(CompatValueError, match=r"^AMOEBA: Either \(SCALE,P0\) or SIMPLEX "
                       r"must be initialized"):
        idl.amoeba(1e-5, function_name=bowl)
    with pytest.raises(CompatValueError, match=r"^AMOEBA: SIMPLEX must be an"):
        idl.amoeba(1e-5, function_name=bowl, simplex=np.zeros((2, 2)))
    start = np.array([1.0, 1.0])
    start.flags.writeable = False
    idl.amoeba(1e-5, function_name=bowl, p0=start, scale=1.0)
    assert start.tolist() == [1.0, 1.0]
