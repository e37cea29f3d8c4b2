"""Tests of compat.matlab.lsqnonneg (the least_squares family).

Golden cases: reference_outputs/matlab/least_squares (Octave captures, MATLAB's
documentation example). Here: the Karush-Kuhn-Tucker conditions that define the solution,
scipy's independent Lawson-Hanson implementation, outputs, options, errors, and a
differential run against live Octave.
"""

from __future__ import annotations

import numpy as np
import pytest
import scipy.optimize

from compat import CompatTypeError, CompatValueError
from compat.matlab import lsqnonneg, optimset
from compat.matlab.least_squares import LsqnonnegResult

from oracles import run_octave_calls

C_DOC = np.array([[0.0372, 0.2869], [0.6861, 0.7071], [0.6233, 0.6245], [0.6344, 0.6170]])
D_DOC = np.array([0.8587, 0.1781, 0.0747, 0.8405])


def _problems(seed, count=60):
    rng = np.random.default_rng(seed)
    for _ in range(count):
        m = int(rng.integers(3, 25))
        n = int(rng.integers(1, m))  # overdetermined: the solution is unique
        yield rng.standard_normal((m, n)), rng.standard_normal(m)


def test_solutions_satisfy_the_kkt_conditions_and_match_scipy():
    for c, d in _problems(1):
        x, resnorm, residual, exitflag, output, lam = lsqnonneg(c, d, nargout=6)
        assert exitflag == 1
        assert np.all(x >= 0)
        # lambda = C'(d - Cx): <= 0 where x = 0, 0 where x > 0 (to rounding)
        assert np.allclose(lam, c.T @ (d - c @ x), atol=1e-13)
        scale = np.abs(c).sum() * np.abs(d).sum()
        assert np.all(lam[x == 0] <= 1e-12 * scale)
        assert np.allclose(lam[x > 0], 0, atol=1e-10 * scale)
        assert np.allclose(residual, d - c @ x, atol=1e-14)
        assert resnorm == pytest.approx(float(residual @ residual), rel=1e-14)
        reference, _ = scipy.optimize.nnls(c, d)
        assert np.allclose(x, reference, rtol=1e-9, atol=1e-11)
        assert output.algorithm == "active-set" and output.iterations >= 0


def test_documentation_example_and_shapes():
    x = lsqnonneg(C_DOC, D_DOC)
    assert x.shape == (2,) and x[0] == 0 and round(x[1], 4) == 0.6929
    # MATLAB's column d gives column outputs
    result = lsqnonneg(C_DOC, D_DOC.reshape(-1, 1), nargout=6)
    assert isinstance(result, LsqnonnegResult)
    assert result.x.shape == (2, 1) and result.residual.shape == (4, 1)
    assert result.lambda_.shape == (2, 1)
    # the constrained residual norm printed in the documentation
    assert round(float(np.sqrt(result.resnorm)), 4) == 0.9118
    assert result.output.message == "Optimization terminated."


def test_options_display_and_tolerance(capsys):
    lsqnonneg(C_DOC, D_DOC)
    assert capsys.readouterr().out == ""
    lsqnonneg(C_DOC, D_DOC, optimset("Display", "final"))
    assert capsys.readouterr().out == "Optimization terminated.\n"
    # a huge TolX stops before any variable enters: x stays 0
    x = lsqnonneg(C_DOC, D_DOC, optimset("TolX", 10.0))
    assert x.tolist() == [0.0, 0.0]
    # optimset('lsqnonneg') holds the default's text, read as the default
    assert np.array_equal(lsqnonneg(C_DOC, D_DOC, optimset("lsqnonneg")),
                          lsqnonneg(C_DOC, D_DOC))


def test_bad_input():
    with pytest.raises(CompatValueError, match=r"^lsqnonneg: C and d must be real\.$"):
        lsqnonneg(C_DOC + 1j, D_DOC)
    with pytest.raises(CompatTypeError, match=r"^lsqnonneg: lsqnonneg only accepts inputs "
                       r"of data type double\.$"):
        lsqnonneg(C_DOC.astype(np.float32), D_DOC)
    with pytest.raises(CompatValueError, match=r"^lsqnonneg: The number of rows in C \(4\) "
                       r"must equal the length of d \(3\)\."):
        lsqnonneg(C_DOC, D_DOC[:3])
    c = C_DOC.copy()
    c.flags.writeable = False
    lsqnonneg(c, D_DOC)
    assert np.array_equal(c, C_DOC)
    assert np.array_equal(lsqnonneg(C_DOC.astype(">f8"), D_DOC.astype(">f8")),
                          lsqnonneg(C_DOC, D_DOC))


@pytest.mark.octave
def test_against_octave():
    problems = list(_problems(7, 25))
    rng = np.random.default_rng(8)
    for _ in range(10):  # positive matrices: many constraints active
        problems.append((rng.uniform(0, 1, (15, 10)), rng.standard_normal(15)))
    cases = [("lsqnonneg(C, d)", {"C": c, "d": d.reshape(-1, 1)}, 3) for c, d in problems]
    results = run_octave_calls(cases)
    assert not any(isinstance(r, Exception) for r in results), results
    for (c, d), (x, resnorm, residual) in zip(problems, results):
        got = lsqnonneg(c, d.reshape(-1, 1), nargout=3)
        # the same active sets; the subproblem solves (QR) in another order
        assert np.allclose(got.x, x, rtol=1e-10, atol=1e-12)
        assert np.allclose(got.residual, residual, rtol=1e-10, atol=1e-12)
        assert float(got.resnorm) == pytest.approx(float(np.ravel(resnorm)[0]), rel=1e-10)
