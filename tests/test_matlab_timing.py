"""MATLAB timeit (compat.matlab.timing over compat._core.timing): the documented
procedure (warm-up, two loops, median, overhead) checked with a simulated clock, the
output count passed on, the HighOverhead warning, bad input. No golden: the times are
the machine's."""

from __future__ import annotations

import time
import warnings

import pytest

from compat import matlab
from compat._core import timing as core
from compat._core.errors import MatlabWarning


class FakeClock:
    """A clock that advances only when the timed callable runs (dt per call)."""

    def __init__(self, dt):
        self.now, self.dt, self.calls = 0.0, dt, 0

    def __call__(self):
        return self.now

    def work(self):
        self.calls += 1
        self.now += self.dt


def test_procedure_counts_and_median_with_a_simulated_clock():
    dt = 2.0 ** -12        # sums of dt are exact: 5 calls pass 1 ms, 4 do not
    clock = FakeClock(dt)
    t, overhead = core.median_call_time(clock.work, clock=clock)
    # warm-up (1) + rough estimate until 1 ms (5) + inner ceil(1e-3/dt) = 5 times 11
    assert clock.calls == 1 + 5 + 5 * 11
    assert overhead == 0.0 and t == dt


@pytest.mark.parametrize("t_rough, inner, outer", [
    (1e-5, 100, 11),       # ceil(1e-3 / 1e-5): about 1 ms a measurement
    (2e-3, 1, 11),         # slower than 1 ms: one call a measurement
    (2.0, 1, 8),           # 11 x 2 s > 15 s: ceil(15 / 2)
    (10.0, 1, 3),          # at least 3 measurements
    (0.0, 1000000, 11),    # a zero estimate is taken as the 1 ns floor
])
def test_loop_counts(t_rough, inner, outer):
    assert core.plan(t_rough) == (inner, outer)


def test_slow_first_call_is_kept_as_the_estimate():
    clock = FakeClock(4.0)             # over the 3 s threshold: no second call
    assert core.rough_estimate(clock.work, clock=clock) == 4.0 and clock.calls == 1


def test_real_sleep_is_measured():
    t = matlab.timeit(lambda: time.sleep(0.002))
    # sleep never returns early; a loaded machine can only lengthen it
    assert 0.0019 < t < 0.2
    assert isinstance(t, float)


def test_output_count_is_passed_to_functions_that_take_it():
    seen = []

    def f(nargout=1):
        seen.append(nargout)
        time.sleep(1e-4)
        return tuple(range(nargout))

    matlab.timeit(f, 3)
    assert seen and set(seen) == {3}
    seen.clear()
    matlab.timeit(f)
    assert set(seen) == {1}
    plain = []
    matlab.timeit(lambda: plain.append(1) or time.sleep(1e-4), 2)   # no nargout: plain call
    assert plain


def test_too_fast_warns_with_matlabs_text():
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        t = matlab.timeit(lambda: None)
    assert t >= 0.0
    texts = [w for w in caught if issubclass(w.category, MatlabWarning)]
    assert texts and str(texts[0].message) == (
        "The measured time for F may be inaccurate because it is running too fast. "
        "Try measuring something that takes longer.")
    assert texts[0].message.identifier == "MATLAB:timeit:HighOverhead"


@pytest.mark.parametrize("args, error, text", [
    ((5,), TypeError, "timeit: The first input must be a function handle"),
    ((lambda: None, -1), ValueError, "timeit: The number of outputs must be a nonnegative"),
    ((lambda: None, 1.5), ValueError, "timeit: The number of outputs must be a nonnegative"),
    ((lambda: None, "2"), ValueError, "timeit: The number of outputs must be a nonnegative"),
])
def test_bad_input(args, error, text):
    with pytest.raises(error, match="^" + text):
        matlab.timeit(*args)
