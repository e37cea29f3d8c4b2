"""MATLAB randn on the default 'twister' stream (issue 16): compat.matlab.randn against
values printed by MATLAB, against a one-value-at-a-time reference of the algorithm, and
the argument grammar.

GNU Octave is no oracle (another ziggurat on a differently seeded twister); the golden
cases are in reference_outputs/matlab/randn. Printed values are compared within half a
unit of their last printed digit, so a wrong last digit fails.
"""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat._core import matlab_normal
from compat.matlab import histcounts, rand, randn, rng

# format long print-out of rng default; randn(3, 7) (see the golden case randn37_default_long)
PRINTED_X = np.array([
    [0.537667139546100, 0.862173320368121, -0.433592022305684, 2.769437029884877,
     0.725404224946106, -0.204966058299775, 1.409034489800479],
    [1.833885014595086, 0.318765239858981, 0.342624466538650, -1.349886940156521,
     -0.063054873189656, -0.124144348216312, 1.417192413429614],
    [-2.258846861003648, -1.307688296305273, 3.578396939725760, 3.034923466331855,
     0.714742903826096, 1.489697607785465, 0.671497133608080]])


class ScalarZiggurat:
    """MATLAB's normal ziggurat one value at a time, straight from the description in
    compat/_core/matlab_normal.py (no batching, no vectorisation): the reference the
    vectorised draw must equal bit for bit, stream position included."""

    def __init__(self, seed):
        self.state = np.random.RandomState(5489 if seed == 0 else seed)
        self.bits = self.state._bit_generator

    def word(self):
        return int(self.bits.random_raw())

    def uniform(self):
        while True:
            a, b = self.word() >> 5, self.word() >> 6
            if a or b:
                return (a * 67108864.0 + b) / 9007199254740992.0

    def value(self):
        X, F = matlab_normal._LEVELS, matlab_normal._DENSITY
        while True:
            a, b = self.word(), self.word()
            i = (b >> 24) + 1
            x = (((a >> 3) * 16777216.0 + (b & 0xFFFFFF)) / 4503599627370496.0 - 1.0) * X[i]
            if abs(x) <= X[i - 1]:
                return x
            if i < 256:
                if F[i] + self.uniform() * (F[i - 1] - F[i]) < math.exp(-0.5 * x * x):
                    return x
                continue
            while True:
                t = math.log(self.uniform()) * 0.273661237329758
                if -2.0 * math.log(self.uniform()) > t * t:
                    return t - 3.65415288536101 if x < 0 else 3.65415288536101 - t


def test_printed_long_format_default():
    rng("default")
    X = randn(3, 7)
    np.testing.assert_allclose(X, PRINTED_X, rtol=0, atol=0.5e-15)
    u = randn(2, 7)   # the stream continues: the matrix printed next in the same session
    np.testing.assert_allclose(u[:, 0], [-1.207486922685038, 0.717238651328838], rtol=0,
                               atol=0.5e-15)
    np.testing.assert_allclose(u[:, 6], [-0.809498694424876, -2.944284161994896], rtol=0,
                               atol=0.5e-15)


def test_printed_17_digits_bit_for_bit():
    rng(0)
    x = randn(8, 1).ravel()
    assert x.tolist() == [0.53766713954610001, 1.8338850145950865, -2.2588468610036481,
                          0.86217332036812055, 0.31876523985898081, -1.3076882963052734,
                          -0.43359202230568356, 0.34262446653864992]


def test_printed_documentation_randn5():
    rng("default")
    printed = np.array([[0.5377, -1.3077, -1.3499, -0.2050, 0.6715],
                        [1.8339, -0.4336, 3.0349, -0.1241, -1.2075],
                        [-2.2588, 0.3426, 0.7254, 1.4897, 0.7172],
                        [0.8622, 3.5784, -0.0631, 1.4090, 1.6302],
                        [0.3188, 2.7694, 0.7147, 1.4172, 0.4889]])
    np.testing.assert_allclose(randn(5), printed, rtol=0, atol=0.5e-4)


def test_printed_other_seeds():
    rng(1)
    assert f"{randn():.15f}" == "-0.649013765191241"
    rng(1)
    # the third value follows a rejected wedge draw
    np.testing.assert_allclose(randn(1, 5), [[-0.6490, 1.1812, -0.7585, -1.1096, -0.8456]],
                               rtol=0, atol=0.5e-4)
    rng(123456789)   # J. Burkardt's 2012 session, five randn() printed with %g
    got = [randn() for _ in range(5)]
    assert [f"{v:g}" for v in got] == ["0.2265", "0.0256107", "0.0376636", "0.364848",
                                       "-1.05838"]
    n, rows = 1, []
    for _ in range(4):   # the session's moments, continuing the stream (rows n <= 1000)
        x = randn(n, 1).ravel()
        rows.append((f"{x.sum() / n:f}", f"{x.var(ddof=1) if n > 1 else 0.0:f}"))
        n *= 10
    assert rows == [("0.326832", "0.000000"), ("0.018427", "1.383352"),
                    ("0.067092", "1.006473"), ("0.023507", "0.957141")]


def test_printed_histcounts_documentation():
    rng("default")
    N, edges = histcounts(randn(100, 1), nargout=2)
    assert N.ravel().tolist() == [2, 17, 28, 32, 16, 3, 2]
    assert edges.ravel().tolist() == [-3, -2, -1, 0, 1, 2, 3, 4]
    rng("default")
    N = histcounts(randn(1000, 1), np.array([-5, -4, -2, -1, -0.5, 0, 0.5, 1, 2, 4, 5]))
    assert N.ravel().tolist() == [0, 24, 149, 142, 195, 200, 154, 111, 25, 0]


def test_printed_digits_fix_the_constants(monkeypatch):
    # MATLAB's 15-digit constants are not the correctly rounded levels: with the levels
    # recomputed in double precision (the textbook recursion) and rounded to 15 digits,
    # the 13th value after rng default misses MATLAB's printed last digit.
    r, f = 3.6541528853610088, (lambda t: math.exp(-0.5 * t * t))
    v = r * f(r) + math.sqrt(math.pi / 2) * math.erfc(r / math.sqrt(2))
    x = [0.0] * 257
    x[256], x[255] = v / f(r), r
    for i in range(254, 0, -1):
        x[i] = math.sqrt(-2 * math.log(v / x[i + 1] + f(x[i + 1])))
    textbook = np.array([float(f"{t:.15g}") for t in x])
    monkeypatch.setattr(matlab_normal, "_LEVELS", textbook)
    monkeypatch.setattr(matlab_normal, "_DENSITY",
                        np.array([float(f"{f(t):.15g}") for t in x]))
    rng("default")
    X = randn(3, 7)
    assert abs(X[0, 4] - 0.725404224946106) > 0.5e-15
    monkeypatch.undo()
    rng("default")
    assert abs(randn(3, 7)[0, 4] - 0.725404224946106) <= 0.5e-15


def test_tables_are_a_ziggurat():
    X, F = matlab_normal._LEVELS, matlab_normal._DENSITY
    assert X.shape == F.shape == (257,) and X[0] == 0.0 and F[0] == 1.0
    assert np.all(np.diff(X) > 0) and np.all(np.diff(F) < 0)
    np.testing.assert_allclose(F, np.exp(-0.5 * X * X), rtol=2e-14, atol=0)
    area = X[1:256] * (F[0:255] - F[1:256])    # every layer has the same area V
    v = X[256] * F[255]                           # ... the base strip's box too
    np.testing.assert_allclose(area, v, rtol=1e-12)
    assert X[255] == 3.65415288536101 and abs(1 / X[255] - 0.273661237329758) < 1e-15


@pytest.mark.parametrize("seed", [0, 1, 2, 7, 42, 5489, 123456789, 4294967295])
def test_vectorised_equals_scalar_reference(seed):
    ref = ScalarZiggurat(seed)
    rng(seed)
    sizes = [1, 1, 3, 1, 200, 2, 1, 2500, 5, 1]
    got = np.concatenate([randn(1, k).ravel() for k in sizes])
    want = np.array([ref.value() for _ in range(sum(sizes))])
    assert np.array_equal(got, want)
    # the stream is left where the reference leaves it: rand continues identically
    assert rand() == ref.state.random_sample()


def test_slow_steps_and_batch_ends():
    # seeds/positions whose slow steps (wedges, rejections, base-strip tails) fall at the
    # end of a batch and draw past it: one value per call makes every batch one pair
    for seed in (3, 11, 29):
        ref = ScalarZiggurat(seed)
        rng(seed)
        got = [randn() for _ in range(3000)]
        want = [ref.value() for _ in range(3000)]
        assert got == want
        assert rand() == ref.state.random_sample()
    ref = ScalarZiggurat(3)
    rng(3)
    got = randn(1, 12000).ravel()       # contains base-strip tail values beyond R
    want = np.array([ref.value() for _ in range(12000)])
    assert np.array_equal(got, want)
    assert np.abs(got).max() > 3.65415288536101


def test_batch_size_does_not_change_values(monkeypatch):
    # tiny batches put slow steps on batch ends all the time; values and stream agree
    rng(17)
    want = randn(1, 20000)
    after = rand()
    monkeypatch.setattr(matlab_normal, "_BATCH", 7)
    rng(17)
    assert np.array_equal(randn(1, 20000), want)
    assert rand() == after


def test_randn_then_rand_continue_one_stream():
    rng("default")
    randn(1, 5)                          # five fast draws: ten 32-bit outputs
    after = rand()
    assert after == np.random.RandomState(5489).random_sample(6)[5]


def test_saved_settings_restore_randn():
    # documentation example 'Reset Random Number Generator': s = rng; randn(1,5); rng(s)
    rng("default")
    s = rng()
    r = randn(1, 5)
    rng(s)
    assert np.array_equal(randn(1, 5), r)
    rng(3)
    randn(1, 4000)                       # mid-block position, slow steps behind it
    s = rng()
    a, b = randn(1, 3000), rand()
    rng(s)
    assert np.array_equal(randn(1, 3000), a) and rand() == b


def test_distribution():
    rng(2024)
    x = randn(200000, 1).ravel()
    assert abs(x.mean()) < 0.01 and abs(x.var() - 1) < 0.01
    from scipy import stats
    assert stats.kstest(x, "norm").pvalue > 1e-4


def test_grammar_shapes_and_classes():
    rng(0)
    s = randn()
    assert isinstance(s, np.float64) and s == 0.53766713954610001
    assert randn(3).shape == (3, 3)
    assert randn([2, 3]).shape == (2, 3)
    assert randn(2, 3, 4).shape == (2, 3, 4)
    assert randn(2, 3, 1, 1).shape == (2, 3)
    assert randn(1, 5).shape == (1, 5)
    s32 = randn(2, "single")
    assert s32.dtype == np.float32 and s32.shape == (2, 2)
    assert randn(2, "like", np.float32(1)).dtype == np.float32
    assert randn(2, "double").dtype == np.float64
    rng(0)
    assert randn(0, 3).shape == (0, 3) and randn(-2, 3).shape == (0, 3)
    assert randn() == 0.53766713954610001      # empty draws leave the stream alone


def test_grammar_errors():
    with pytest.raises(ValueError, match="randn"):
        randn(1.5)
    with pytest.raises(ValueError, match="randn"):
        randn(2, "int8")
    with pytest.raises(ValueError, match="complex"):
        randn(2, "like", 1j)
    for legacy in ("seed", "state", "twister"):
        with pytest.raises(ValueError, match="randn: the discouraged.*legacy"):
            randn(legacy, 0)
        with pytest.raises(ValueError, match="rand: the discouraged.*legacy"):
            rand(legacy, 0)
