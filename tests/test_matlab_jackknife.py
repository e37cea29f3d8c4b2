"""MATLAB jackknife (compat.matlab.resampling): leave-one-out results written out by
hand, jackknife.m's argument rules (scalars unchanged, row vectors as columns, equal
row counts, 'Options' last), the column-major flattening, the class of the statistic,
errors, and the reference page's bias example."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatError

RNG = np.random.default_rng(7510)


def test_leave_one_out_by_hand():
    got = matlab.jackknife("mean", [1.0, 2, 3, 6])
    assert got.shape == (4, 1)
    assert got.ravel().tolist() == [11 / 3, 10 / 3, 3.0, 2.0]
    two = matlab.jackknife(lambda x, y: x.T @ y, [1.0, 2, 3], [1.0, 1, 2])
    assert two.ravel().tolist() == [8.0, 7.0, 3.0]


def test_matrix_statistics_flatten_column_major():
    m = RNG.normal(size=(6, 2))
    got = matlab.jackknife(lambda a: np.array([[a[:, 0].sum(), a[:, 1].min()],
                                               [a[:, 0].max(), a[:, 1].sum()]]), m)
    assert got.shape == (6, 4)
    for i in range(6):
        rest = np.delete(m, i, axis=0)
        # column-major: (1,1), (2,1), (1,2), (2,2)
        want = [rest[:, 0].sum(), rest[:, 0].max(), rest[:, 1].min(), rest[:, 1].sum()]
        np.testing.assert_allclose(got[i], want, rtol=1e-15)


def test_scalars_pass_unchanged_and_rows_become_columns():
    x = RNG.normal(size=7)
    got = matlab.jackknife(lambda a, s: a.sum() * s, x.reshape(1, -1), 3.0)
    want = [(x.sum() - x[i]) * 3.0 for i in range(7)]
    np.testing.assert_allclose(got.ravel(), want, rtol=1e-14)
    opts = {"UseParallel": "never"}
    assert np.array_equal(matlab.jackknife("mean", x, "Options", opts),
                          matlab.jackknife("mean", x))


def test_bias_example_of_the_reference_page():
    y = RNG.normal(0, 5, 100)
    m = matlab.jackknife("var", y, 1)
    n = y.size
    jbias = (n - 1) * (m.mean() - y.var())
    # the jackknife bias of the MLE variance is exactly -var(y, 0) / n
    np.testing.assert_allclose(jbias, -y.var(ddof=1) / n, rtol=1e-10)


def test_class_of_the_statistic_is_kept():
    assert matlab.jackknife("mean", np.float32([1, 2, 3])).dtype == np.float32
    assert matlab.jackknife(lambda a: a.size, [1, 2, 3]).dtype.kind in "iu"


@pytest.mark.parametrize("call,text", [
    (lambda: matlab.jackknife("mean", np.ones((3, 2)), np.ones((4, 1))), "same number of rows"),
    (lambda: matlab.jackknife(lambda a: a if a.size > 2 else 1.0, np.arange(3.0)),
     "Statistic size"),
    (lambda: matlab.jackknife("mean"), "at least one data"),
    (lambda: matlab.jackknife("mean", "Options", {}, np.ones(3)), "second-to-last"),
    (lambda: matlab.jackknife("nosuchfunction", [1.0, 2]), "Undefined function"),
])
def test_errors(call, text):
    with pytest.raises(CompatError) as info:
        call()
    assert text in str(info.value)


def test_no_mutation_and_read_only_input():
    x = RNG.normal(size=(5, 2))
    ro = x.astype(">f8")
    ro.flags.writeable = False
    assert np.array_equal(matlab.jackknife("mean", ro), matlab.jackknife("mean", x))
    copy = x.copy()
    matlab.jackknife(lambda a: a.sum(axis=0), x)
    assert np.array_equal(x, copy)
