"""ode15s/ode23s with odeset's JPattern, Vectorized and (ode15s) MStateDependence
'strong' (issue 17): MATLAB's numjac grouping (colgroup) and counting, vectorised
evaluation, the d(M psi)/dy term of the Newton matrix."""

import numpy as np
import pytest
import scipy.integrate
import scipy.sparse

from compat import CompatValueError
from compat._core.ode_jacobian import column_groups, numerical_jacobian
from compat.matlab import ode15s, ode23s, odeset

N = 20
X = np.arange(1, N + 1) / (N + 1)
D = (N + 1) ** 2 * (np.diag(-2.0 * np.ones(N)) + np.diag(np.ones(N - 1), 1)
                    + np.diag(np.ones(N - 1), -1))
S = (D != 0).astype(float)
Y0 = np.sin(np.pi * X) + 0.5 * np.sin(3 * np.pi * X)
TL = [0, 0.01, 0.05, 0.1, 0.5]
OPTS = dict(RelTol=1e-6, AbsTol=1e-9)


class Counted:
    """f(t, y) = D y - y^3 (tridiagonal Jacobian), counting vector and matrix calls."""

    def __init__(self):
        self.vector = 0
        self.matrix = []

    def __call__(self, t, y):
        y = np.asarray(y)
        if y.ndim == 2:
            self.matrix.append(y.shape)
        else:
            self.vector += 1
        return D @ y - y ** 3


def test_column_groups_first_fit():
    assert column_groups(S != 0).tolist() == [1, 2, 3] * 6 + [1, 2]
    # half-bandwidths 2 and 1: 4 groups; an empty column is in no group
    band = np.triu(np.tril(np.ones((9, 9)), 2), -1) != 0
    assert column_groups(band).max() == 4
    p = np.array([[1, 0, 0, 1], [0, 1, 0, 0], [1, 0, 0, 0]]) != 0
    assert column_groups(p).tolist() == [1, 1, 0, 2]
    # every group is free of shared rows
    rng = np.random.default_rng(3)
    r = rng.random((30, 30)) < 0.1
    g = column_groups(r)
    for k in range(1, g.max() + 1):
        assert r[:, g == k].sum(axis=1).max() <= 1


def test_grouped_numjac_equals_full_with_three_evaluations():
    f = Counted()
    y = Y0 + 0.1
    fy = f(0.0, y)
    thresh = np.full(N, 1e-6)
    full, fac_full, n_full = numerical_jacobian(f, 0.0, y, fy, thresh)
    f.vector = 0
    grouped, fac_g, n_g = numerical_jacobian(f, 0.0, y, fy, thresh, pattern=S != 0,
                                             groups=column_groups(S != 0))
    assert (n_full, n_g, f.vector) == (N, 3, 3)
    np.testing.assert_array_equal(grouped, full)
    np.testing.assert_array_equal(fac_g, fac_full)
    assert np.abs(grouped - (D - np.diag(3 * y ** 2))).max() < 1e-4 * np.abs(D).max()
    # vectorised: one call with the 3 perturbed states as columns, the same count
    f.vector = 0
    vec, _, n_v = numerical_jacobian(f, 0.0, y, fy, thresh, pattern=S != 0,
                                     groups=column_groups(S != 0),
                                     f_matrix=lambda t, Y: f(t, Y))
    assert (n_v, f.vector, f.matrix) == (3, 0, [(N, 3)])
    # D @ Y (a matrix product) rounds otherwise than D @ y; a difference quotient turns
    # that rounding (eps |D| |y|) into sqrt(eps)-relative differences of the columns
    np.testing.assert_allclose(vec, full, rtol=0, atol=1e-6 * np.abs(full).max())


@pytest.mark.parametrize("solver", [ode15s, ode23s])
def test_pattern_counts_follow_the_grouping(solver):
    """A tridiagonal pattern of N states: 3 groups, so every Jacobian costs 3
    evaluations instead of N (plus MATLAB's retries of small columns, the same in both
    runs); the solution is the unpatterned one (the same differences)."""
    f = Counted()
    sol = solver(f, [0, 0.5], Y0, odeset(**OPTS), nargout=1)
    calls_full = f.vector
    g = Counted()
    solp = solver(g, [0, 0.5], Y0, odeset("JPattern", scipy.sparse.csr_matrix(S), **OPTS),
                  nargout=1)
    npds = sol.stats.npds
    assert solp.stats.npds == npds
    assert sol.stats.nfevals - solp.stats.nfevals == npds * (N - 3)
    for s in ("nsteps", "nfailed", "ndecomps", "nsolves"):
        assert solp.stats[s] == sol.stats[s]
    assert (calls_full, g.vector) == (sol.stats.nfevals, solp.stats.nfevals)
    np.testing.assert_array_equal(solp.y, sol.y)


def test_vectorized_calls_with_matrices_and_counts_values():
    f = Counted()
    t, y = ode15s(f, TL, Y0, odeset(OPTS, JPattern=S))
    sol = ode15s(Counted(), [0, 0.5], Y0, odeset(OPTS, JPattern=S), nargout=1)
    g = Counted()
    tv, yv = ode15s(g, TL, Y0, odeset(OPTS, JPattern=S, Vectorized="on"))
    solv = ode15s(Counted(), [0, 0.5], Y0, odeset(OPTS, JPattern=S, Vectorized="on"),
                  nargout=1)
    assert g.matrix and set(g.matrix) == {(N, 3)}
    assert g.vector == f.vector - 3 * len(g.matrix)
    # MATLAB's solvers count the values F computed, not the calls
    assert solv.stats.nfevals == sol.stats.nfevals
    np.testing.assert_allclose(yv, y, rtol=0, atol=1e-12)
    # without a pattern, the N perturbed states in one N x N call
    h = Counted()
    ode15s(h, TL, Y0, odeset(OPTS, Vectorized="on"))
    assert set(h.matrix) == {(N, N)}


def test_pattern_solution_against_radau():
    jac = lambda t, y: D - np.diag(3 * y ** 2)  # noqa: E731
    ref = scipy.integrate.solve_ivp(lambda t, y: D @ y - y ** 3, (0, 0.5), Y0,
                                    method="Radau", rtol=1e-12, atol=1e-14, t_eval=TL,
                                    jac=jac).y.T
    _, y = ode15s(lambda t, y: D @ y - y ** 3, TL, Y0,
                  odeset(OPTS, JPattern=S, Vectorized="on"))
    assert np.abs(y - ref).max() < 1e-5           # measured 1.5e-6 at RelTol 1e-6


def test_jpattern_ignored_with_a_jacobian_and_checked():
    jac = lambda t, y: D - np.diag(3 * y ** 2)  # noqa: E731
    f = lambda t, y: D @ y - y ** 3  # noqa: E731
    _, y1 = ode15s(f, TL, Y0, odeset(OPTS, Jacobian=jac))
    _, y2 = ode15s(f, TL, Y0, odeset(OPTS, Jacobian=jac, JPattern=np.ones((3, 3))))
    np.testing.assert_array_equal(y1, y2)
    with pytest.raises(CompatValueError, match="JPattern must be a 20x20"):
        ode15s(f, TL, Y0, JPattern=np.ones((3, 3)))
    with pytest.raises(CompatValueError, match="must return a 20x3 matrix"):
        ode15s(lambda t, y: (D @ y - y ** 3)[:, :1] if np.ndim(y) == 2 else D @ y - y ** 3,
               TL, Y0, JPattern=S, Vectorized="on")
    with pytest.raises(CompatValueError, match="Vectorized must be 'on' or 'off'"):
        ode15s(f, TL, Y0, Vectorized="maybe")


# ------------------------------------------------------------- MStateDependence 'strong'
def _mass(t, y):
    return np.array([[1 + y[0] ** 2, 0], [y[0], 2.0]])


def _f(t, y):
    return [-y[0], -50 * y[1]]


def test_strong_state_dependence_against_radau():
    """M(t, y) y' = f with M = [1 + y1^2, 0; y1, 2]: 'strong' adds d(M psi)/dy to the
    Newton matrix (MATLAB's ode15s Mtype 4); the solution agrees with Radau on
    y' = M \\ f (measured 6.4e-8 at RelTol 1e-6; 'weak' 7.0e-8)."""
    tm = [0, 0.5, 1, 1.5, 2]
    ref = scipy.integrate.solve_ivp(lambda t, y: np.linalg.solve(_mass(t, y), _f(t, y)),
                                    (0, 2), [1, 1], method="Radau", rtol=1e-12,
                                    atol=1e-14, t_eval=tm).y.T
    _, ys = ode15s(_f, tm, [1, 1], Mass=_mass, MStateDependence="strong", **OPTS)
    _, yw = ode15s(_f, tm, [1, 1], Mass=_mass, MStateDependence="weak", **OPTS)
    assert np.abs(ys - ref).max() < 1e-6
    assert np.abs(yw - ref).max() < 1e-6
    assert not np.array_equal(ys, yw)                     # the Newton matrix differs
    # MvPattern: column 1 of M depends on y1 only; the same derivative term
    _, yp = ode15s(_f, tm, [1, 1], Mass=_mass, MStateDependence="strong",
                   MvPattern=np.array([[1, 0], [1, 0]]), **OPTS)
    np.testing.assert_allclose(yp, ys, rtol=0, atol=1e-12)
    with pytest.raises(CompatValueError, match="MvPattern must be a 2x2"):
        ode15s(_f, tm, [1, 1], Mass=_mass, MStateDependence="strong", MvPattern=[1, 0])


def test_strong_dae_refused():
    with pytest.raises(CompatValueError, match="daeic3"):
        ode15s(_f, [0, 1], [1, 1], Mass=lambda t, y: np.array([[1.0, 0], [0, 0]]),
               MStateDependence="strong")


# ---------------------------------------------------------------- MATLAB's brussode
def _brussode(t, y, n=20):
    """MATLAB's brussode right-hand side (u_i, v_i interleaved; vectorised: y may hold
    one state per column)."""
    c = 0.02 * (n + 1) ** 2
    y = np.asarray(y, dtype=float)
    u, v = y[0::2], y[1::2]
    ones = np.ones((1,) + u.shape[1:])
    ul = np.concatenate([ones, u[:-1]])
    ur = np.concatenate([u[1:], ones])
    vl = np.concatenate([3 * ones, v[:-1]])
    vr = np.concatenate([v[1:], 3 * ones])
    out = np.empty_like(y)
    out[0::2] = 1 + v * u ** 2 - 4 * u + c * (ul - 2 * u + ur)
    out[1::2] = 3 * u - v * u ** 2 + c * (vl - 2 * v + vr)
    return out


def _brusselator_pattern(n=20):
    """MATLAB's brussode jpattern: spdiags(B, -2:2, 2n, 2n) with B(2:2:2n, 2) = 0 and
    B(1:2:2n-1, 4) = 0 (A(i, j) = B(j, k) on the diagonal j - i = d(k))."""
    m = 2 * n
    B = np.ones((m, 5))
    B[1::2, 1] = 0
    B[0::2, 3] = 0
    S = np.zeros((m, m))
    for k, d in enumerate(range(-2, 3)):
        j = np.arange(max(d, 0), min(m, m + d))
        S[j - d, j] = B[j, k]
    return S


def test_brussode_pattern_and_vectorized():
    """MATLAB's brussode (N = 20, tspan [0 10], JPattern and Vectorized 'on'): its
    pattern has at most 4 nonzeros a row and first fit finds 4 groups, so every
    Jacobian costs 4 evaluations instead of 40; the solution is the unpatterned one up
    to the rounding of the Jacobian."""
    n = 20
    S = _brusselator_pattern(n)
    assert column_groups(S != 0).max() == 4
    y0 = np.empty(2 * n)
    y0[0::2] = 1 + np.sin(2 * np.pi / (n + 1) * np.arange(1, n + 1))
    y0[1::2] = 3
    full = ode15s(_brussode, [0, 10], y0, nargout=1)
    fast = ode15s(_brussode, [0, 10], y0, odeset("JPattern", S, "Vectorized", "on"),
                  nargout=1)
    assert fast.stats.npds == full.stats.npds
    assert full.stats.nfevals - fast.stats.nfevals == full.stats.npds * (2 * n - 4)
    np.testing.assert_allclose(fast.y[:, -1], full.y[:, -1], rtol=1e-8)


def test_vectorized_nonnegative_clips_the_first_column_only():
    """MATLAB's odenonnegative indexes y linearly: on a matrix of states only the first
    column's listed components are clipped."""
    from compat._core.ode_jacobian import vectorized_rhs
    f = vectorized_rhs(lambda t, Y: -np.ones_like(Y), 2, np.array([0]))
    Y = np.array([[0.0, 0.0], [1.0, 1.0]])
    np.testing.assert_array_equal(f(0.0, Y), [[0.0, -1.0], [-1.0, -1.0]])
