"""Tests of IDL POWELL, DFPMIN (family minimization), NEWTON, BROYDEN (family roots) and
INT_2D, INT_3D (family integration). Golden suites: reference_outputs/idl/optimization,
nonlinear_systems (GDL captures and the Reference Guide's printed examples) and
region_integrals (printed examples only: GDL lacks INT_2D/INT_3D)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from tests import oracles


def powfunc(x):
    return (x[0] + 2.0 * x[1]) * np.exp(-x[0] ** 2 - x[1] ** 2)


def rosen(x):
    return 100.0 * (x[1] - x[0] ** 2) ** 2 + (1.0 - x[0]) ** 2


def rosen_grad(x):
    return np.array([-400.0 * x[0] * (x[1] - x[0] ** 2) - 2.0 * (1.0 - x[0]),
                     200.0 * (x[1] - x[0] ** 2)])


def newtfunc(x):
    return np.array([x[0] + x[1] - 3, x[0] ** 2 + x[1] ** 2 - 9])


# ------------------------------------------------------------------------- POWELL
def test_powell_reference_example_and_outputs():
    p0 = np.array([0.5, -0.25])
    xi0 = np.eye(2)
    r = idl.powell(p0, xi0, 1.0e-4, powfunc, iter=True)
    # IDL prints -0.31622777 -0.63245552 and -0.95900918 (the last digit of p[1] is
    # not the exact minimum's: Numerical Recipes' stopping point)
    assert np.array_equal(np.round(r.p, 8), [-0.31622777, -0.63245552])
    assert round(float(r.fmin), 8) == -0.95900918
    assert r.p.dtype == np.float64 and r.fmin.dtype == np.float64
    assert r.iter == 3 and r.iter.dtype == np.int32
    # Xi: the first direction replaced by the net step of a pass, the second unchanged
    assert r.xi.shape == (2, 2) and not np.array_equal(r.xi, xi0)
    assert np.array_equal(p0, [0.5, -0.25]) and np.array_equal(xi0, np.eye(2))
    assert len(idl.powell(p0, xi0, 1.0e-4, powfunc)) == 3          # p, xi, fmin


def test_powell_precision_and_convergence():
    pf = np.float32([0.5, -0.25])
    r = idl.powell(pf, np.eye(2), 1.0e-4, powfunc)
    assert r.p.dtype == np.float32 and r.fmin.dtype == np.float32 and r.xi.dtype == np.float32
    assert np.allclose(r.p, [-1 / np.sqrt(10), -2 / np.sqrt(10)], atol=1e-4)
    assert idl.powell(pf, np.eye(2), 1.0e-8, powfunc, double=True).p.dtype == np.float64
    assert idl.powell(np.array([0.5, -0.25], np.complex128), np.eye(2), 1e-8,
                      powfunc).p.dtype == np.float64
    r = idl.powell([-1.2, 1.0], np.eye(2), 1.0e-12, rosen)
    assert np.allclose(r.p, [1.0, 1.0], atol=1e-5) and r.fmin < 1e-12


def test_powell_errors():
    with pytest.raises(ValueError, match="^POWELL: powell exceeding maximum iterations"):
        idl.powell([-1.2, 1.0], np.eye(2), 1.0e-12, rosen, itmax=2)
    with pytest.raises(ValueError, match="^POWELL: Xi must be an n x n array"):
        idl.powell([1.0, 2.0], np.eye(3), 1e-4, rosen)
    with pytest.raises(TypeError, match="^POWELL: Func must be a Python function"):
        idl.powell([1.0, 2.0], np.eye(2), 1e-4, "rosen")
    with pytest.raises(ValueError, match="^POWELL: Func must return a scalar"):
        idl.powell([1.0, 2.0], np.eye(2), 1e-4, rosen_grad)
    with pytest.raises(ValueError, match="^POWELL: ITMAX must be a positive integer"):
        idl.powell([1.0, 2.0], np.eye(2), 1e-4, rosen, itmax=0)


# ------------------------------------------------------------------------- DFPMIN
def test_dfpmin_reference_example():
    f = lambda x: (x[0] - 3.0) ** 4 + (x[1] - 2.0) ** 2          # noqa: E731
    g = lambda x: np.array([4.0 * (x[0] - 3.0) ** 3, 2.0 * (x[1] - 2.0)])  # noqa: E731
    x0 = np.float32([1.0, 1.0])
    r = idl.dfpmin(x0, 1.0e-7, f, g, iter=True)
    assert r.x.dtype == np.float32 and r.fmin.dtype == np.float32
    assert np.array_equal(np.round(r.x, 5), np.float32([3.00175, 2.0]))   # IDL: 3.00175 2.00000
    assert r.iter > 1 and np.array_equal(x0, [1.0, 1.0])
    assert idl.dfpmin(x0, 1.0e-7, f, g, double=True).x.dtype == np.float64


def test_dfpmin_converges_and_stops():
    r = idl.dfpmin([-1.2, 1.0], 1.0e-10, rosen, rosen_grad)
    assert np.allclose(r.x, [1.0, 1.0], atol=1e-8) and r.fmin < 1e-16
    with pytest.raises(ValueError, match="^DFPMIN: too many iterations in dfpmin"):
        idl.dfpmin([-1.2, 1.0], 1.0e-10, rosen, rosen_grad, itmax=3)
    # a loose TOLX stops on the step instead of the gradient
    loose = idl.dfpmin([-1.2, 1.0], 1.0e-10, rosen, rosen_grad, tolx=1e-2, iter=True)
    assert loose.iter < idl.dfpmin([-1.2, 1.0], 1.0e-10, rosen, rosen_grad, iter=True).iter
    with pytest.raises(ValueError, match="^DFPMIN: Dfunc must return 2 values"):
        idl.dfpmin([1.0, 2.0], 1e-6, rosen, lambda x: np.ones(3))
    with pytest.raises(TypeError, match="^DFPMIN: Dfunc must be a Python function"):
        idl.dfpmin([1.0, 2.0], 1e-6, rosen, "grad")



def test_dfpmin_backtracks_out_of_nan_values():
    # NR's lnsrch shrinks a step whose function value is NaN tenfold (C's FMAX(tmplam,
    # 0.1*alam) with tmplam NaN gives 0.1*alam); Python's max(NaN, ...) kept the step NaN
    # and the line search never ended. Here the first quasi-Newton step from x = -20 lands
    # where log(2 - x) is NaN; the minimum is at x = 2 - (sqrt(3) - 1)/2, y = 1.
    calls = []

    def f(x):
        calls.append(1)
        if len(calls) > 10_000:
            raise RuntimeError("the line search does not end")
        return (x[0] - 3.0) ** 2 + (x[1] - 1.0) ** 2 - np.log(2.0 - x[0]) \
            if x[0] < 2.0 else np.nan

    def g(x):
        return np.array([2 * (x[0] - 3.0) + 1.0 / (2.0 - x[0]), 2 * (x[1] - 1.0)])

    r = idl.dfpmin(np.array([-20.0, 0.0]), 1.0e-7, f, g, double=True)
    assert abs(r.x[0] - (2.0 - (np.sqrt(3.0) - 1.0) / 2.0)) < 1e-6
    assert abs(r.x[1] - 1.0) < 1e-6

# ---------------------------------------------------------------- NEWTON, BROYDEN
def test_newton_reference_examples_digit_for_digit():
    r = idl.newton([1.0, 5.0], newtfunc)
    assert ["%.8g" % v for v in r] == ["-2.4871776e-06", "3.0000025"]     # IDL's print-out
    r = idl.newton([1.0, -1.0], newtfunc, check=True)
    assert ["%.8g" % v for v in r.result] == ["3", "-2.9985351e-08"]
    assert r.check == 0 and r.check.dtype == np.int32
    assert idl.newton(np.float32([1.0, 5.0]), newtfunc).dtype == np.float32
    assert idl.newton(np.float32([1.0, 5.0]), newtfunc, double=True).dtype == np.float64


def test_systems_local_minimum_check():
    # cos(x) + 2 has no root: both methods stop near the minimum of F.F/2 at x = pi.
    # BROYDEN's line search fails right after a fresh Jacobian: CHECK = 1; NEWTON's
    # TOLMIN test sees the forward-difference gradient (h = 1e-4 |x| biases it by ~1e-4)
    # above 1e-6 and reports CHECK = 0, as Numerical Recipes' newt does
    f = lambda x: np.array([np.cos(x[0]) + 2.0, x[1]])                     # noqa: E731
    r = idl.broyden([0.7, 0.0], f, check=True)
    assert r.check == 1 and abs(r.result[0] - np.pi) < 1e-3
    r = idl.newton([0.7, 0.0], f, check=True)
    assert r.check == 0 and abs(r.result[0] - np.pi) < 1e-3


def test_broyden_reference_example_and_errors():
    def broyfunc(x):
        return np.array([3.0 * x[0] - np.cos(x[1] * x[2]) - 0.5,
                         x[0] ** 2 - 81.0 * (x[1] + 0.1) ** 2 + np.sin(x[2]) + 1.06,
                         np.exp(-x[0] * x[1]) + 20.0 * x[2] + (10.0 * np.pi - 3.0) / 3.0])
    r = idl.broyden(np.float32([-1.0, 1.0, 2.0]), broyfunc)
    assert r.dtype == np.float32
    assert np.allclose(r, [0.5, 0.0, -np.pi / 6], atol=2e-5)    # IDL: 0.5 -1.1e-07 -0.523599
    r = idl.broyden([1.0, 5.0], newtfunc, tolf=1e-10)
    assert np.allclose(r, [0.0, 3.0], atol=1e-9)
    with pytest.raises(ValueError, match="^BROYDEN: MAXITS exceeded in broydn"):
        idl.broyden([-1.0, 1.0, 2.0], broyfunc, itmax=2)
    with pytest.raises(ValueError, match="^NEWTON: Vecfunc must return 2 values"):
        idl.newton([1.0, 2.0], lambda x: np.ones(3))
    with pytest.raises(TypeError, match="^BROYDEN: Vecfunc must be a Python function"):
        idl.broyden([1.0, 2.0], "newtfunc")
    with pytest.raises(ValueError, match="^NEWTON: TOLF must be positive"):
        idl.newton([1.0, 2.0], newtfunc, tolf=0)
    with pytest.raises(ValueError, match="^NEWTON: Singular matrix"):
        idl.newton([1.0, 2.0], lambda x: np.array([0.0 * x[0] + 1.0, x[1]]))


# ----------------------------------------------------------------- INT_2D, INT_3D
def test_int_2d_reference_examples_and_rule():
    f = lambda x, y: y * np.cos(x ** 5)                                     # noqa: E731
    r = idl.int_2d(f, [0.0, 2.0], lambda x: [0.0, x ** 2], 48, double=True)
    assert r.dtype == np.float64 and "%.9f" % r == "0.055142668"
    g = lambda y: [np.sqrt(y), 2.0]                                         # noqa: E731
    assert "%.9f" % idl.int_2d(f, [0.0, 4.0], g, 48, double=True, order=1) == "0.055142678"
    assert idl.int_2d(f, np.float32([0, 2]), lambda x: [0.0, x ** 2], 20).dtype == np.float32
    # the rule is exact for polynomials of degree 2n-1 in each variable (6 points: 11)
    poly = lambda x, y: x ** 3 * y ** 5 + 3 * x * y                         # noqa: E731
    got = idl.int_2d(poly, [0.0, 1.0], lambda x: [-x, 2 * x], 6, double=True)
    assert abs(got - (63 / 60 + 9 / 8)) < 1e-14                 # exact: 1.05 + 1.125
    # a function of scalars only is called once per node
    calls = []
    idl.int_2d(lambda x, y: calls.append(1) or float(x * y), [0.0, 1.0], lambda x: [0.0, 1.0],
               6, double=True)
    assert len(calls) >= 36


def test_int_3d_reference_example_and_errors():
    f = lambda x, y, z: z * (x ** 2 + y ** 2 + z ** 2) ** 1.5               # noqa: E731
    pq = lambda x: [-np.sqrt(4.0 - x ** 2), np.sqrt(4.0 - x ** 2)]          # noqa: E731
    uv = lambda x, y: [0.0, np.sqrt(4.0 - x ** 2 - y ** 2)]                 # noqa: E731
    assert ["%.6f" % idl.int_3d(f, [-2.0, 2.0], pq, uv, n, double=True) for n in (10, 20)] \
        == ["57.444248", "57.446201"]
    with pytest.raises(ValueError, match="^INT_3D: Pts must be 6, 10, 20, 48 or 96"):
        idl.int_3d(f, [-2.0, 2.0], pq, uv, 12)
    with pytest.raises(ValueError, match="^INT_2D: AB_Limits must have 2 elements"):
        idl.int_2d(lambda x, y: x, [0.0, 1.0, 2.0], lambda x: [0, 1], 6)
    with pytest.raises(ValueError, match="^INT_2D: PQ_Limits must return 2 values"):
        idl.int_2d(lambda x, y: x, [0.0, 1.0], lambda x: [0, 1, 2], 6)
    with pytest.raises(ValueError, match="^INT_2D: ORDER must be 0"):
        idl.int_2d(lambda x, y: x, [0.0, 1.0], lambda x: [0, 1], 6, order=2)
    with pytest.raises(TypeError, match="^INT_2D: Fxy must be a Python function"):
        idl.int_2d("fxy", [0.0, 1.0], lambda x: [0, 1], 6)


# ------------------------------------------------------------ differential vs GDL
def _d(value):
    """An IDL DOUBLE literal of the float's exact value."""
    return ("%.17e" % value).replace("e", "d")


@pytest.mark.gdl
def test_random_problems_against_gdl(tmp_path):
    """Random convex quadratic-plus-quartic problems through POWELL, NEWTON and BROYDEN
    (the gradient's root) in compat and in one GDL session, and DFPMIN in compat. GDL uses other methods (PRAXIS, GSL), so the
    answers agree to the stopping tests: tight tolerances make both land on the minimum /
    root to ~1e-6."""
    if oracles.GDL is None:
        pytest.skip("gdl is not on PATH")
    rng = np.random.default_rng(17)
    cases, expected = [], {}
    for k in range(5):
        n = int(rng.integers(2, 5))
        m = rng.normal(size=(n, n))
        a = m @ m.T + n * np.eye(n)                  # SPD, eigenvalues >= n
        c = rng.uniform(-2, 2, size=n)
        x0 = rng.uniform(-3, 3, size=n)
        rows = " & ".join(f"a[*, {i}] = [{', '.join(_d(v) for v in a[i])}]" for i in range(n))
        cvec = f"[{', '.join(_d(v) for v in c)}]"
        head = f"a = dblarr({n}, {n}) & {rows} & d = x - {cvec}"
        (tmp_path / f"h3f{k}.pro").write_text(
            f"function h3f{k}, x\n  {head}\n  return, 0.5d*total(d*reform(a ## transpose(d))) + total(d^4)\nend\n")
        (tmp_path / f"h3g{k}.pro").write_text(
            f"function h3g{k}, x\n  {head}\n  return, reform(a ## transpose(d)) + 4d*d^3\nend\n")
        (tmp_path / f"h3run{k}.pro").write_text(
            f"function h3run{k}, x0\n  p = x0 & powell, p, identity({n}, /double), 1d-12, fm, "
            f"'h3f{k}'\n"
            f"  r1 = newton(x0, 'h3g{k}', tolf=1d-10)\n  r2 = broyden(x0, 'h3g{k}', tolf=1d-10)\n"
            f"  return, [p, r1, r2]\nend\n")
        cases.append((f"p{k}", {"x0": x0}, f"h3run{k}(x0)"))

        def f(x, a=a, c=c):
            d = x - c
            return 0.5 * d @ a @ d + np.sum(d ** 4)

        def g(x, a=a, c=c):
            d = x - c
            return a @ d + 4 * d ** 3
        expected[f"p{k}"] = np.concatenate([
            idl.powell(x0, np.eye(n), 1e-12, f).p, idl.newton(x0, g, tolf=1e-10),
            idl.broyden(x0, g, tolf=1e-10)])
        # GDL's DFPMIN (GSL's BFGS2) often stops far from the minimum (recorded in the
        # golden suite optimization): compat's is checked against the same minimum
        dfp = idl.dfpmin(x0, 1e-12, f, g).x
        assert np.allclose(dfp, expected[f"p{k}"][n:2 * n], atol=2e-6, rtol=0)
    got = oracles.run_gdl(cases, tmp_path)
    for name, want in expected.items():
        assert not isinstance(got[name], Exception), got[name]
        # minima and roots of a strongly convex problem (Hessian >= n I): POWELL's
        # ftol = 1e-12 bounds the point to ~1e-6, the others' tests to ~1e-10
        assert np.allclose(got[name], want, atol=2e-6, rtol=0), (name, got[name], want)
