"""Timing a callable as MATLAB's ``timeit`` does: a warm-up, a two-loop measurement and
the median of the outer loop's measurements, less the measurement's own overhead.

The procedure (Steve Eddins' ``timeit``, MathWorks File Exchange 18798, 2008, which
became MATLAB's ``timeit`` in R2013b; its help and comments state it):

1. A rough estimate: the callable is called once and the call discarded (the warm-up;
   kept only when it alone took more than 3 s), then called until the calls made
   after it add up to at least 1 ms; the estimate is their median.
2. The inner loop repeats the call ``ceil(1e-3 / t_rough)`` times (at least once) within
   one clock reading, so that one measurement lasts about 1 ms (the clock's
   granularity); the outer loop makes 11 such measurements, fewer (at least 3) when
   11 would take more than 15 s.
3. The result is the median of the outer measurements divided by the inner count,
   less the measurement overhead (one clock reading shared by the inner loop plus one
   call of an empty callable), and never below zero.
"""

from __future__ import annotations

import math
import statistics
import time
from typing import Callable

__all__ = ["TimingPlan", "median_call_time", "plan", "measurement_overhead"]

#: the inner loop's target duration (s): about the timer's granularity
INNER_LOOP_TIME = 1e-3
#: the outer loop's count, and its least count when the measurement would be long
OUTER_ITERATIONS = 11
MIN_OUTER_ITERATIONS = 3
#: the estimated total (s) above which the outer loop is shortened
LONG_TIME = 15.0
#: a first call longer than this (s) is kept as the rough estimate (first-time
#: effects are then negligible)
FIRST_CALL_THRESHOLD = 3.0
#: the rough estimate's total (s)
ROUGH_TIME = 1e-3


class TimingPlan(tuple):
    """``(inner, outer)``: calls per measurement and measurements."""

    __slots__ = ()

    def __new__(cls, inner: int, outer: int):
        return super().__new__(cls, (inner, outer))

    inner = property(lambda self: self[0])
    outer = property(lambda self: self[1])


def plan(t_rough: float) -> TimingPlan:
    """The loop counts for a call that takes about ``t_rough`` seconds."""
    t_rough = max(float(t_rough), 1e-9)       # a zero estimate: the clock's floor
    inner = max(math.ceil(INNER_LOOP_TIME / t_rough), 1)
    outer = OUTER_ITERATIONS
    if outer * inner * t_rough > LONG_TIME:
        outer = max(math.ceil(LONG_TIME / (inner * t_rough)), MIN_OUTER_ITERATIONS)
    return TimingPlan(inner, outer)


def rough_estimate(call: Callable[[], object], clock=time.perf_counter) -> float:
    """The median time of single calls after a discarded first one (the warm-up)."""
    times: list[float] = []
    first = True
    while sum(times) < ROUGH_TIME:
        start = clock()
        call()
        times.append(clock() - start)
        if first:
            first = False
            if times[0] > FIRST_CALL_THRESHOLD:
                break
            times = []
    return statistics.median(times)


def measurement_overhead(inner: int, clock=time.perf_counter) -> float:
    """The overhead of one timed call: a clock reading pair shared by ``inner`` calls
    plus the call of an empty callable (each the median of 101 tries)."""
    def empty():
        return None

    pairs, calls = [], []
    for _ in range(101):
        start = clock()
        pairs.append(clock() - start)
        start = clock()
        empty()
        calls.append(clock() - start)
    pair = statistics.median(pairs)
    return pair / inner + max(statistics.median(calls) - pair, 0.0)


def median_call_time(call: Callable[[], object], clock=time.perf_counter
                     ) -> tuple[float, float]:
    """``(t, overhead)``: the time (s) one call of ``call`` takes, by the procedure in
    the module's docstring, and the measurement overhead subtracted from it."""
    inner, outer = plan(rough_estimate(call, clock))
    runs = []
    for _ in range(outer):
        start = clock()
        for _ in range(inner):
            call()
        runs.append(clock() - start)
    overhead = measurement_overhead(inner, clock)
    return max(statistics.median(runs) / inner - overhead, 0.0), overhead
