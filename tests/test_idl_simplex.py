"""IDL SIMPLEX: Numerical Recipes' worked example, small problems solved by hand, the
optimum against scipy's HiGHS on random problems, types, STATUS, the tableau, errors,
inputs untouched, and random problems against live GDL 1.0.1 (GLPK).
Goldens: reference_outputs/idl/simplex."""

import numpy as np
import pytest
from scipy.optimize import linprog

from compat import idl
from oracles import GDL, run_gdl

NR_Z = [1, 1, 3, -0.5]
NR_C = [[740, -1, 0, -2, 0], [0, 0, -2, 0, 7], [0.5, 0, -1, 1, -2], [9, -1, -1, -1, -1]]


def test_numerical_recipes_example():
    # NR in C 2nd ed. 10.8: z = 17.025 at x = (0, 3.325, 4.725, 0.95)
    r = idl.simplex(NR_Z, NR_C, 2, 1, 1, double=True, status=True)
    np.testing.assert_allclose(r.result, [17.025, 0, 3.325, 4.725, 0.95], rtol=0,
                               atol=1e-12)
    assert r.result.dtype == np.float64 and int(r.status) == 0
    f = idl.simplex(np.float32(NR_Z), NR_C, 2, 1, 1)       # IDL's literal -0.5 is FLOAT
    assert f.dtype == np.float32
    np.testing.assert_allclose(f, [17.025, 0, 3.325, 4.725, 0.95], rtol=3e-7, atol=0)


def test_by_hand():
    # max 3x + 2y, x + y <= 4, x + 3y <= 6, x <= 3: the vertex (3, 1), z = 11
    r = idl.simplex(np.array([3.0, 2.0]), [[4, -1, -1], [6, -1, -3], [3, -1, 0]], 3, 0, 0)
    assert r.tolist() == [11.0, 3.0, 1.0]
    # min x + y (max -x - y) with x + y >= 2, x - y = 1: (1.5, 0.5), z = -2
    r = idl.simplex(np.array([-1.0, -1.0]), [[2, -1, -1], [1, -1, 1]], 0, 1, 1)
    np.testing.assert_allclose(r, [-2.0, 1.5, 0.5], atol=1e-14)


def _random_problem(rng, n, m1, m2, m3):
    """A feasible, bounded problem with continuous data (unique optimum almost surely):
    x0 > 0 satisfies every row; every variable appears in a <= row with a positive
    coefficient."""
    x0 = rng.uniform(0.5, 2.0, n)
    a = rng.uniform(0.1, 1.0, (m1 + m2 + m3, n))
    lhs = a @ x0
    b = np.concatenate([lhs[:m1] * rng.uniform(1.2, 2.0, m1),
                        lhs[m1:m1 + m2] * rng.uniform(0.3, 0.8, m2),
                        lhs[m1 + m2:]])
    c = rng.uniform(-1.0, 2.0, n)
    return c, np.column_stack([b, -a]), a, b


def test_optimum_against_highs():
    """The optimal Z of random problems equals scipy's HiGHS optimum (the definition)."""
    rng = np.random.default_rng(1392)
    for _ in range(60):
        n = int(rng.integers(2, 6))
        m1, m2 = int(rng.integers(1, 4)), int(rng.integers(0, 3))
        m3 = int(rng.integers(0, 2))
        c, cons, a, b = _random_problem(rng, n, m1, m2, m3)
        r = idl.simplex(c, cons, m1, m2, m3, status=True)
        assert int(r.status) == 0
        ref = linprog(-c, A_ub=np.vstack([a[:m1], -a[m1:m1 + m2]]),
                      b_ub=np.concatenate([b[:m1], -b[m1:m1 + m2]]),
                      A_eq=a[m1 + m2:] if m3 else None, b_eq=b[m1 + m2:] if m3 else None,
                      bounds=(0, None), method="highs")
        assert ref.status == 0
        # both solve to their tolerances (HiGHS ~1e-7 feasibility/optimality)
        assert abs(r.result[0] + ref.fun) <= 1e-7 * (1 + abs(ref.fun))
        x = r.result[1:]
        assert np.all(x >= 0)
        assert np.all(a[:m1] @ x <= b[:m1] + 1e-9)
        assert np.all(a[m1:m1 + m2] @ x >= b[m1:m1 + m2] - 1e-9)
        np.testing.assert_allclose(a[m1 + m2:] @ x, b[m1 + m2:], atol=1e-9)
        assert r.result[0] == pytest.approx(c @ x, abs=1e-9)


def test_types():
    z32 = np.float32([1, 2])
    cons = [[4, -1, -1], [3, -1, 0]]
    assert idl.simplex(z32, cons, 2, 0, 0).dtype == np.float32
    assert idl.simplex([1, 2], cons, 2, 0, 0).dtype == np.float32          # INT
    assert idl.simplex([1.0, 2.0], cons, 2, 0, 0).dtype == np.float64      # DOUBLE
    assert idl.simplex(z32, cons, 2, 0, 0, double=True).dtype == np.float64
    # DOUBLE constraints alone: FLOAT, as GDL 1.0.1 decides from Zequation
    assert idl.simplex(z32, np.array(cons, float), 2, 0, 0).dtype == np.float32


def test_status_and_tableau():
    r = idl.simplex([1.0, 1.0], [[1, 1, -1], [2, 1, -1]], 2, 0, 0, status=True)
    assert int(r.status) == 1 and r.status.dtype == np.int32
    r = idl.simplex([1.0, 1.0], [[1, -1, -1], [3, -1, -1]], 1, 1, 0, status=True)
    assert int(r.status) == 2
    r = idl.simplex(NR_Z, NR_C, 2, 1, 1, tableau=True, double=True)
    assert r._fields == ("result", "tableau")
    assert r.tableau.shape == (6, 5)          # IDL: N+1 columns by M+2 rows
    assert r.tableau[0, 0] == r.result[0]
    # the objective row of an optimum has no positive coefficient left (NR's stop rule)
    assert np.all(r.tableau[0, 1:] <= 1e-6)


# a FLOAT problem on which NR's float pivoting cycles: phase one's objective rounds to
# 1.4e-6 > EPS and the rules pivot (row 3, column 5) back and forth
STALL_Z = [-0.695487380027771, 0.32471850514411926, -0.44908931851387024,
           1.8383493423461914, 0.6695936322212219]
STALL_C = [[5.57320499420166, -0.7606619000434875, -0.6175795197486877,
            -0.49495255947113037, -0.37314578890800476, -0.8136371374130249],
           [7.146690845489502, -0.35958510637283325, -0.6290184855461121,
            -0.3346717953681946, -0.18334585428237915, -0.9586511254310608],
           [1.5445793867111206, -0.6963834166526794, -0.9556700587272644,
            -0.367300420999527, -0.40210995078086853, -0.7880130410194397],
           [2.0255348682403564, -0.13558951020240784, -0.9965541362762451,
            -0.3656529188156128, -0.7057343125343323, -0.7438101768493652],
           [4.593775272369385, -0.8125322461128235, -0.9964854717254639,
            -0.35170483589172363, -0.40826931595802307, -0.786040186882019]]


def test_cycling_stops_with_status_3():
    r = idl.simplex(np.float32(STALL_Z), np.float32(STALL_C), 2, 2, 1, status=True)
    assert int(r.status) == 3
    d = idl.simplex(np.float32(STALL_Z), np.float32(STALL_C), 2, 2, 1, status=True,
                    double=True)
    assert int(d.status) == 0
    a = -np.array(STALL_C, float)[:, 1:]
    b = np.array(STALL_C, float)[:, 0]
    ref = linprog(-np.float32(STALL_Z).astype(float), A_ub=np.vstack([a[:2], -a[2:4]]),
                  b_ub=np.concatenate([b[:2], -b[2:4]]), A_eq=a[4:], b_eq=b[4:],
                  method="highs")
    assert abs(d.result[0] + ref.fun) <= 1e-7 * (1 + abs(ref.fun))


def test_eps():
    # a coefficient below EPS does not enter: with EPS = 2 nothing pivots, Z stays 0
    r = idl.simplex([1.0, 1.5], [[4, -1, -1], [3, -1, 0]], 2, 0, 0, eps=2.0)
    assert r.tolist() == [0.0, 0.0, 0.0]
    r = idl.simplex([1.0, 1.5], [[4, -1, -1], [3, -1, 0]], 2, 0, 0)
    assert r.tolist() == [6.0, 0.0, 4.0]


@pytest.mark.parametrize("args, kwargs, error, message", [
    ((NR_Z, NR_C, 2, 1, 0), {}, ValueError, r"M1 \+ M2 \+ M3 = 3 must equal the 4 rows"),
    (([1, 2, 3], NR_C, 2, 1, 1), {}, ValueError, "Zequation has 3 elements"),
    (([1.0], [[-1, -1], [1, -1]], 0, 1, 1), {}, ValueError, "the constraint values"),
    ((NR_Z, NR_C, -1, 4, 1), {}, ValueError, "M1 must not be negative"),
    ((NR_Z, NR_C, 2, 1, 1), {"izrov": True}, ValueError, "Izrov and Iposv are not"),
    (([np.nan, 1, 3, 1], NR_C, 2, 1, 1), {}, ValueError,
     "Zequation and Constraints must be finite"),
    (([1j, 1, 3, 1], NR_C, 2, 1, 1), {}, TypeError, "Complex expression"),
    ((NR_Z, np.zeros((2, 2, 5)), 2, 0, 0), {}, ValueError,
     "Constraints must be a 2-D array"),
])
def test_errors(args, kwargs, error, message):
    with pytest.raises(error, match="^SIMPLEX: " + message):
        idl.simplex(*args, **kwargs)


def test_inputs_untouched_any_layout():
    z = np.array(NR_Z, dtype=">f8")
    c = np.asfortranarray(np.array(NR_C, dtype=">f8"))
    z.setflags(write=False)
    c.setflags(write=False)
    before = c.copy()
    r = idl.simplex(z, c, 2, 1, 1)
    np.testing.assert_allclose(r, [17.025, 0, 3.325, 4.725, 0.95], atol=1e-12)
    assert np.array_equal(c, before)


# ------------------------------------------------------------------------ live GDL
@pytest.mark.skipif(GDL is None, reason="needs gdl")
@pytest.mark.parametrize("double", [True, False])
def test_random_problems_against_gdl(double):
    """Random feasible bounded problems (unique optimum almost surely) through GDL 1.0.1's
    GLPK: the same vertex. DOUBLE within 1e-9 of the scale (different pivot sequences,
    each exact to a few ulps times the basis' conditioning); FLOAT within 2e-4 of the
    scale (compat pivots in float32, ~6e-8 per operation through the same conditioning,
    GDL rounds its double solution once)."""
    rng = np.random.default_rng(1393 + double)
    dtype = np.float64 if double else np.float32
    cases = []
    for k in range(25):
        n = int(rng.integers(2, 6))
        m1, m2 = int(rng.integers(1, 4)), int(rng.integers(0, 3))
        m3 = int(rng.integers(0, 2))
        m2 += m1 + m2 + m3 < 2        # GDL 1.0.1 refuses a one-row Constraints (rank 1)
        c, cons, _, _ = _random_problem(rng, n, m1, m2, m3)
        cases.append((c.astype(dtype), cons.astype(dtype), m1, m2, m3))
    # compat's FLOAT pivoting may cycle where GDL's double GLPK does not (see
    # test_cycling_stops_with_status_3), or end phase one just below -EPS (below): those
    # problems are set aside, a few at most (1500 shifts: at most 3 of 25)
    got = run_gdl([(f"p{k}", {"c": c, "a": cons},
                    f"[simplex(c, a, {m1}, {m2}, {m3}, status=s), s]")
                   for k, (c, cons, m1, m2, m3) in enumerate(cases)])
    tol = 1e-9 if double else 2e-4
    set_aside = 0
    for k, (c, cons, m1, m2, m3) in enumerate(cases):
        ours = idl.simplex(c, cons, m1, m2, m3, status=True, tableau=True)
        theirs = got[f"p{k}"]
        assert not isinstance(theirs, Exception), (k, theirs)
        if not double and int(ours.status) == 3:
            set_aside += 1
            continue
        if not double and int(ours.status) == 2:
            # NR's "no feasible solution" from single-precision rounding (shifts 20340,
            # 56294; 77 of 1500 shifts): the problem is feasible (x0 > 0 satisfies every
            # row), so phase one's objective -sum(artificials) ends at 0 in exact
            # arithmetic, but in FLOAT it ends just below -EPS (-1.43e-6) with no
            # coefficient above EPS, which NR's test reads as infeasible. That row starts
            # at -sum(b) over the >= and = rows and each of the <= m + n pivots rounds it
            # by an ulp of that size, so |objective| <= (m + n) eps_32 sum(b) (79 such
            # verdicts in 1500 shifts x 25 problems: at most 0.28 of it); the same data
            # pivoted in DOUBLE then reaches GDL's vertex.
            aux = float(ours.tableau[-1, 0])
            bound = (m1 + m2 + m3 + c.size) * np.finfo(np.float32).eps * \
                float(np.sum(cons[m1:, 0], dtype=np.float64))
            assert -bound <= aux < -1e-6, (k, aux, bound)
            again = idl.simplex(c, cons, m1, m2, m3, status=True, double=True)
            assert int(theirs[-1]) == 0 == int(again.status), k
            np.testing.assert_allclose(again.result, theirs[:-1], rtol=0,
                                       atol=tol * (1 + np.max(np.abs(theirs[:-1]))),
                                       err_msg=f"problem {k} in DOUBLE")
            set_aside += 1
            continue
        assert int(theirs[-1]) == 0 == int(ours.status), k    # STATUS, appended
        assert ours.result.dtype == theirs.dtype, k
        scale = 1 + np.max(np.abs(theirs[:-1]))
        np.testing.assert_allclose(ours.result, theirs[:-1], rtol=0, atol=tol * scale,
                                   err_msg=f"problem {k}")
    assert set_aside <= 5, set_aside
