"""The compiled step control of ode45/ode23 (compat._core.accelerated_ode) gives the
bits of the numpy driver (COMPAT_NUMBA=0).

Every problem is solved twice in the same process, by the kernel and by the numpy
driver, and every output (t, y, te, ye, ie, the solution structure's x, y, stats and
idata.f3d, the warnings other than numpy's floating-point RuntimeWarnings) must be
equal byte for byte: the kernel claims the same operations, so no tolerance applies.
The expected values are never computed by the kernel; the numpy driver is in turn
pinned by tests/test_matlab_ode_frozen.py's frozen arrays.
"""

import warnings

import numpy as np
import pytest

from compat import matlab
from compat._core import accelerated_ode

needs_kernel = pytest.mark.skipif(accelerated_ode.kernel_available() is None,
                                  reason="numba (compat[fast]) or numpy's OpenBLAS missing")


def _solve(monkeypatch, numba, call):
    monkeypatch.setenv("COMPAT_NUMBA", "1" if numba else "0")
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        out = call()
    msgs = [str(w.message) for w in caught if "encountered in" not in str(w.message)]
    return out, msgs


def _flat(out):
    """The outputs as (name, array) pairs, a solution structure by its fields."""
    if isinstance(out, tuple):
        return [(f"out{k}", np.asarray(v)) for k, v in enumerate(out)]
    flat = [("x", out.x), ("y", out.y), ("f3d", out.idata.f3d)]
    flat += [(k, np.asarray(v)) for k, v in out.stats.items()]
    return flat


def _same(monkeypatch, call):
    fast, fast_warn = _solve(monkeypatch, True, call)
    slow, slow_warn = _solve(monkeypatch, False, call)
    assert fast_warn == slow_warn
    a, b = _flat(fast), _flat(slow)
    assert [k for k, _ in a] == [k for k, _ in b]
    for (key, x), (_, y) in zip(a, b):
        assert x.dtype == y.dtype and x.shape == y.shape, key
        assert x.tobytes() == y.tobytes(), key
    return fast


def _problem(rng):
    """A random problem: size, span (forwards or backwards), tolerances, tspan with
    2 points or more, Refine, ode45 or ode23, linear or nonlinear, list results."""
    neq = int(rng.choice([1, 2, 3, 7, 20]))
    m = rng.standard_normal((neq, neq))
    a = (m - m.T) / 2 - np.diag(rng.uniform(0.05, 2.0, neq))
    c = rng.standard_normal(neq)
    y0 = rng.standard_normal(neq) * 10.0 ** rng.integers(-2, 3)
    t0 = float(rng.uniform(-5, 5))
    tf = t0 + float(rng.choice([0.5, 3.0, 20.0])) * float(rng.choice([1, -1]))
    npts = int(rng.choice([2, 3, 17, 101]))
    tspan = np.linspace(t0, tf, npts) if npts > 2 else [t0, tf]
    opts = {"RelTol": float(10.0 ** rng.uniform(-10, -3)),
            "AbsTol": float(10.0 ** rng.uniform(-12, -5))}
    if rng.random() < 0.3:
        opts["Refine"] = int(rng.choice([1, 2, 4, 7]))
    if rng.random() < 0.2:
        opts["AbsTol"] = list(10.0 ** rng.uniform(-12, -4, neq))
    if rng.random() < 0.2:
        opts["MaxStep"] = abs(tf - t0) / 7
    solver = matlab.ode45 if rng.random() < 0.7 else matlab.ode23
    kind = int(rng.integers(4))
    if kind == 0:
        def f(t, y):
            return a @ y
    elif kind == 1:
        def f(t, y):
            return a @ y + np.sin(3 * t) * c - 0.01 * y ** 3
    elif kind == 2:
        def f(t, y):
            return list(a @ y + np.cos(t) * c)          # a list: the normalise fallback
    else:
        def f(t, y):
            return (a @ y).reshape(-1, 1)               # a column
    nargout = int(rng.choice([1, 2, 5]))
    y0 = y0 if rng.random() < 0.5 else y0.reshape(-1, 1)
    return lambda: solver(f, tspan, y0, nargout=nargout, **opts)


@needs_kernel
def test_random_problems_equal_numpy_driver(monkeypatch):
    rng = np.random.default_rng(2026)
    for _ in range(40):
        _same(monkeypatch, _problem(rng))


@needs_kernel
@pytest.mark.parametrize("tspan", [[0.0, 10.0], np.linspace(0, 10, 101),
                                   np.linspace(10, 0, 33), [10.0, 0.0]])
@pytest.mark.parametrize("solver", ["ode45", "ode23"])
def test_long_integrations_grow_the_records(monkeypatch, tspan, solver):
    # hundreds of steps: the records (16 at first here) double several times
    monkeypatch.setattr(accelerated_ode, "RECORD_BYTES", 0)
    rng = np.random.default_rng(6)
    m = rng.standard_normal((20, 20))
    a = (m - m.T) / 2 - np.diag(rng.uniform(0.1, 1.0, 20))
    y0 = rng.standard_normal(20)
    for nargout in (1, 2):
        fast = _same(monkeypatch, lambda: getattr(matlab, solver)(
            lambda t, y: a @ y, tspan, y0, RelTol=1e-8, AbsTol=1e-10, nargout=nargout))
        if nargout == 1:
            assert fast.stats.nsteps > 128


@needs_kernel
@pytest.mark.parametrize("neq, rtol", [(700, 1e-9), (70_000, 1e-3)])
def test_stage_argument_blocks_of_large_systems(monkeypatch, neq, rtol):
    # the stage arguments are rows of blocks of 65536 // neq rows (93 and 1 here): many
    # block changes; the user's function overwrites every argument after use, so each
    # must be a fresh array the kernel never reads back, and (for 700 states, where
    # keeping them all costs ~40 MB) keeps them all: no two are the same array
    rng = np.random.default_rng(15)
    d = -rng.uniform(0.5, 50.0, neq)         # stiff enough for dozens of steps
    y0 = rng.standard_normal(neq)
    kept = []

    def f(t, y):
        out = d * y + np.cos(t)
        if neq < 1000:
            kept.append(y)
        y.fill(np.nan)
        return out if neq > 1000 or t < 0.2 else list(out)   # both store paths

    fast = _same(monkeypatch, lambda: matlab.ode45(f, [0, 2], y0, RelTol=rtol,
                                                   AbsTol=rtol / 100, nargout=1))
    assert fast.stats.nfevals > 65536 // neq
    assert len({id(y) for y in kept}) == len(kept)


@needs_kernel
def test_restarted_segments_inputs(monkeypatch):
    ts = np.array([0.0, 1, 2, 3])
    u = np.column_stack([[3.0, 7, 4, 2], [5.0, 1, 9, 3]])
    for restart in (None, True):
        _same(monkeypatch, lambda: matlab.ode45(
            lambda t, y, v: -0.3 * (1.4 * v[0] - y) + 0.5 * v[1], np.linspace(0, 3, 31),
            2.0, RelTol=1e-8, AbsTol=1e-10, inputs=(ts, u), input_restart=restart))


@needs_kernel
def test_failure_at_hmin_warns_and_stops_as_numpy_driver(monkeypatch):
    # y' = y^2 from 1 blows up at t = 1: "Unable to meet integration tolerances"
    fast = _same(monkeypatch, lambda: matlab.ode45(lambda t, y: y ** 2, [0, 2], 1.0,
                                                   nargout=2))
    assert fast[0][-1] < 1.0


@needs_kernel
def test_solution_structure_and_deval(monkeypatch):
    sol = _same(monkeypatch, lambda: matlab.ode45(lambda t, y: [y[1], -y[0]], [0, 5],
                                                  [1.0, 0.0], nargout=1))
    monkeypatch.setenv("COMPAT_NUMBA", "1")
    fast = matlab.deval(sol, np.linspace(0, 5, 13))
    monkeypatch.setenv("COMPAT_NUMBA", "0")
    slow = matlab.deval(sol, np.linspace(0, 5, 13))
    assert fast.tobytes() == slow.tobytes()


@needs_kernel
def test_single_y0_and_scalar_results(monkeypatch):
    _same(monkeypatch, lambda: matlab.ode23(lambda t, y: -2.0 * y[0] + np.cos(t), [0, 4],
                                            np.float32(1.0), nargout=2))
    _same(monkeypatch, lambda: matlab.ode45(lambda t, y: -y, np.linspace(0, 1, 5),
                                            1.0, nargout=2))


@needs_kernel
def test_ineligible_problems_take_the_numpy_driver(monkeypatch):
    """Complex y, Events, NonNegative, OutputFcn and NormControl never reach the kernel
    (the kernel is replaced by one that fails if called)."""
    def boom(*args):
        raise AssertionError("kernel called")

    monkeypatch.setattr(accelerated_ode, "_STATE", (boom, boom))
    f = lambda t, y: -y  # noqa: E731
    matlab.ode45(f, [0, 1], np.array([1.0 + 1j]))
    matlab.ode45(f, [0, 1], 1.0, Events=lambda t, y: (y[0] - 0.5, 0, 0))
    matlab.ode45(f, [0, 1], 1.0, NonNegative=1)
    matlab.ode45(f, [0, 1], 1.0, OutputFcn=lambda t, y, flag: False)
    matlab.ode45(f, [0, 1], 1.0, NormControl="on")
    with pytest.raises(AssertionError, match="kernel called"):
        matlab.ode45(f, [0, 1], 1.0)


def test_disabled_kernel_is_not_used(monkeypatch):
    monkeypatch.setenv("COMPAT_NUMBA", "0")
    assert accelerated_ode.kernel_available() is None
    t, y = matlab.ode45(lambda t, y: -y, [0, 1], 1.0)
    assert abs(y[-1, 0] - np.exp(-1)) < 1e-3


def test_failed_self_test_keeps_numpy_driver(monkeypatch):
    monkeypatch.setattr(accelerated_ode, "_STATE", None)
    monkeypatch.setattr(accelerated_ode, "_register", lambda: True)
    monkeypatch.setattr(accelerated_ode, "_self_test", lambda advance: False)
    assert accelerated_ode.kernel_available() is None
    monkeypatch.setattr(accelerated_ode, "_STATE", None)
