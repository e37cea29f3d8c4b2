"""MATLAB regstats: the regression diagnostics checked against their textbook
definitions (leave-one-out refits, the hat matrix), and against Octave evaluating
regstats.m's formulas (reference_outputs/matlab/regstats/ref_regstats.m)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import OCTAVE, run_octave

REF = Path(__file__).resolve().parents[1] / "reference_outputs" / "matlab" / "regstats"


def _data(n=25, seed=4):
    rng = np.random.default_rng(seed)
    x = rng.normal(size=(n, 2))
    y = 2 + x[:, 0] - 0.5 * x[:, 1] + 0.3 * rng.normal(size=n)
    return y, x


def test_delete_one_statistics_are_leave_one_out_refits():
    y, x = _data()
    s = matlab.regstats(y, x)
    d = np.column_stack([np.ones(len(y)), x])
    n, p = d.shape
    hat = d @ np.linalg.inv(d.T @ d) @ d.T
    np.testing.assert_allclose(s.hatmat, hat, atol=1e-12)
    np.testing.assert_allclose(s.leverage.ravel(), np.diag(hat), atol=1e-12)
    for i in (0, 7, 19):
        keep = np.arange(n) != i
        b_i, *_ = np.linalg.lstsq(d[keep], y[keep], rcond=None)
        np.testing.assert_allclose(s.beta_i[:, i], b_i, atol=1e-10)
        r_i = y[keep] - d[keep] @ b_i
        np.testing.assert_allclose(s.s2_i[i, 0], r_i @ r_i / (n - p - 1), rtol=1e-10)
        # DFFIT: the change of the i-th fitted value when the i-th point is left out
        np.testing.assert_allclose(s.dffit[i, 0], s.yhat[i, 0] - d[i] @ b_i, atol=1e-10)
    resid = y - d @ s.beta.ravel()
    mse = resid @ resid / (n - p)
    assert s.mse == pytest.approx(mse, rel=1e-12)
    assert s.rsquare == pytest.approx(1 - resid @ resid / np.sum((y - y.mean()) ** 2))
    cook = resid ** 2 / (p * mse) * np.diag(hat) / (1 - np.diag(hat)) ** 2
    np.testing.assert_allclose(s.cookd.ravel(), cook, rtol=1e-10)
    assert s.source == "regstats" and s.tstat.dfe == n - p and s.fstat.dfr == p - 1


def test_nan_rows_selection_and_refusals():
    y, x = _data()
    y[3] = np.nan
    x[10, 1] = np.nan
    s = matlab.regstats(y, x, "linear", ["yhat", "beta"])
    assert sorted(s.fieldnames()) == ["beta", "source", "yhat"]
    assert np.isnan(s.yhat[[3, 10], 0]).all() and not np.isnan(np.delete(s.yhat, [3, 10])).any()
    full = matlab.regstats(np.delete(y, [3, 10]), np.delete(x, [3, 10], axis=0), "linear",
                           "beta")
    np.testing.assert_allclose(s.beta, full.beta, rtol=1e-13)
    with pytest.raises(CompatValueError, match="Invalid statistic name 'nonsense'"):
        matlab.regstats(y, x, "linear", "nonsense")
    with pytest.raises(CompatValueError, match="dwstat"):
        matlab.regstats(y, x, "linear", "dwstat")
    with pytest.raises(CompatValueError, match="same number of rows"):
        matlab.regstats(y[:5], x)


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_fits_against_regstats_formulas_in_octave():
    rng = np.random.default_rng(23)
    cases, ours = [], []
    for k in range(4):
        n = int(rng.integers(12, 40))
        x = rng.normal(size=(n, 3))
        y = x @ rng.normal(size=3) + rng.normal(size=n)
        model = ["linear", "quadratic", "purequadratic", "linear"][k]
        cases.append((f"s = ref_regstats(y, X, '{model}', 'all'); b = s.beta; c = s.cookd; "
                      "d = s.dfbetas; f = s.fstat.f;", {"y": y.reshape(-1, 1), "X": x},
                      ["b", "c", "d", "f"]))
        s = matlab.regstats(y, x, model)
        ours.append((s.beta, s.cookd, s.dfbetas, s.fstat.f))
    results = run_octave(cases, setup="warning('off', 'Octave:shadowed-function'); "
                                      f"pkg load statistics; addpath('{REF}');")
    for got, want in zip(results, ours):
        for key, value in zip("bcdf", want):
            np.testing.assert_allclose(np.asarray(got[key]).reshape(np.shape(value)), value,
                                       rtol=1e-9, atol=1e-11)
