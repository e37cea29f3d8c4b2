"""ode45/ode23 give the bits they gave before the hot-path work of issue 20.

The expected outputs are arrays frozen from the solver at commit 2d032c3
(tests/fixtures/ode_frozen.npz, problems in tests/fixtures/ode_frozen_cases.py), never
computed by the code under test: every output (t, y, te, ye, ie) must be equal byte
for byte, dtype and shape included (nonnegative.y re-frozen with MATLAB's clipping of
NonNegative step ends; see the fixture module).
"""

from pathlib import Path

import numpy as np
import pytest

import ode_frozen_cases
from compat import matlab
from compat._core.ode_dense import interpolate, interpolate_steps
from compat._core.ode_tableaux import BOGACKI_SHAMPINE, DORMAND_PRINCE

FROZEN = np.load(Path(__file__).parent / "fixtures" / "ode_frozen.npz")
CASES = ode_frozen_cases.cases(matlab)


@pytest.mark.parametrize("name", sorted(CASES))
def test_outputs_equal_frozen_bits(name):
    got = ode_frozen_cases.flatten(name, CASES[name]())
    assert sorted(got) == sorted(k for k in FROZEN.files if k.startswith(name + "."))
    for key, value in got.items():
        expected = FROZEN[key]
        assert value.dtype == expected.dtype, key
        assert value.shape == expected.shape, key
        assert value.tobytes() == expected.tobytes(), key


def test_output_fcn_path_equals_deferred_refine():
    # with an OutputFcn the Refine points are interpolated step by step; without one
    # after the integration: the same bits
    calls = []

    def outfcn(t, y, flag):
        calls.append(flag)
        return False

    def vdp(t, y):
        return [y[1], 3 * (1 - y[0] ** 2) * y[1] - y[0]]

    t1, y1 = matlab.ode45(vdp, [0, 5], [2, 0], RelTol=1e-6)
    t2, y2 = matlab.ode45(vdp, [0, 5], [2, 0], RelTol=1e-6, OutputFcn=outfcn)
    assert calls[0] == "init" and calls[-1] == "done"
    assert t1.tobytes() == t2.tobytes() and y1.tobytes() == y2.tobytes()


@pytest.mark.parametrize("pair", [DORMAND_PRINCE, BOGACKI_SHAMPINE],
                         ids=lambda p: p.name)
@pytest.mark.parametrize("dtype", [float, complex])
def test_interpolate_steps_is_interpolate_per_step(pair, dtype):
    rng = np.random.default_rng(3)
    m, n = 40, 7
    t = rng.standard_normal(m)
    h = rng.uniform(1e-3, 1, m) * rng.choice([-1, 1], m)
    y = rng.standard_normal((m, n)).astype(dtype)
    K = rng.standard_normal((m, pair.stages, n)).astype(dtype)
    if dtype is complex:
        y = y + 1j * rng.standard_normal((m, n))
        K = K + 1j * rng.standard_normal(K.shape)
    tq = t[:, None] + h[:, None] * (np.arange(1, 4) / 4)
    batched = interpolate_steps(pair, tq, t, y, h, K)
    for i in range(m):
        one = interpolate(pair, tq[i], t[i], y[i], h[i], K[i])
        assert one.tobytes() == np.ascontiguousarray(batched[i]).tobytes()


def _requested_problems():
    rng = np.random.default_rng(11)
    M = rng.standard_normal((6, 6))
    A = (M - M.T) / 2 - np.diag(rng.uniform(0.1, 1.0, 6))
    y0 = rng.standard_normal(6)

    def lin(t, y):
        return A @ y

    # the steps depend on tspan's first interval and its end only: take some step ends
    # of a first run as requested points too (a point equal to a step end gets ynew)
    ends = matlab.ode45(lin, [0, 0.37, 4], y0, RelTol=1e-6, nargout=1).x.ravel()
    dense = np.unique(np.concatenate([[0, 0.37, 4], ends[2:12], ends[-3:-1],
                                      rng.uniform(0.37, 4, 150)]))
    sparse = np.unique(np.concatenate([[0, 0.37, 4], rng.uniform(0.37, 4, 9)]))
    return {
        "dense45": (matlab.ode45, lin, dense, y0, dict(RelTol=1e-6)),
        "sparse45": (matlab.ode45, lin, sparse, y0, dict(RelTol=1e-6)),
        "dense23": (matlab.ode23, lin, dense, y0, dict(RelTol=1e-5)),
        "backwards": (matlab.ode45, lin, dense[::-1], y0, dict(RelTol=1e-6)),
        "terminal_event": (matlab.ode45, lambda t, y: [y[1], -9.81],
                           np.linspace(0, 5, 37), [10, 0],
                           dict(Events=lambda t, y: (y[0], 1, -1))),
        "nonnegative": (matlab.ode45, lambda t, y: [-3 * y[0] + np.cos(t), -y[1] - 2],
                        np.linspace(0, 3, 61), [1, 0.5], dict(NonNegative=2)),
        "complex": (matlab.ode45, lambda t, y: 1j * y - 0.1 * y, np.linspace(0, 5, 23),
                    [1 + 0j, 0.5j], dict(RelTol=1e-6)),
    }


@pytest.mark.parametrize("name", sorted(_requested_problems()))
def test_requested_points_deferred_equal_step_by_step(name):
    # without an OutputFcn the requested tspan points are interpolated after the
    # integration, grouped by the number of points a step reached; with one, step by
    # step: the same bits (points equal to step ends, a terminal event's stop row and
    # NonNegative clipping included)
    solver, f, tspan, y0, opts = _requested_problems()[name]
    deferred = solver(f, tspan, y0, nargout=5, **opts)
    stepwise = solver(f, tspan, y0, nargout=5, OutputFcn=lambda t, y, flag: False, **opts)
    for a, b in zip(deferred, stepwise):
        a, b = np.asarray(a), np.asarray(b)
        assert a.dtype == b.dtype and a.shape == b.shape
        assert a.tobytes() == b.tobytes()
    assert deferred[0].size >= (tspan.size if name != "terminal_event" else 2)
