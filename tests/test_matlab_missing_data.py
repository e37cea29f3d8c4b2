"""MATLAB ismissing, standardizeMissing, rmmissing, fillmissing: the fill rules from
their definitions (brute-force neighbours, np.interp, scipy's makima, explicit moving
windows, gap sizes by hand), text and string data, classes, errors, no mutation, and
random vectors against GNU Octave's statistics package in live Octave."""

from __future__ import annotations

import numpy as np
import pytest
from scipy.interpolate import Akima1DInterpolator

from compat import matlab
from compat.matlab.tables import missing as MISSING
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import OCTAVE, run_octave

NAN = np.nan


def _random_vector(rng, n, fraction=0.3):
    x = rng.normal(size=n)
    x[rng.random(n) < fraction] = NAN
    return x


# ------------------------------------------------------------------ ismissing & co.
def test_ismissing_standard_values_and_indicators():
    assert matlab.ismissing([3, NAN, 5]).tolist() == [False, True, False]
    assert matlab.ismissing(np.float32([NAN, 1])).tolist() == [True, False]
    assert matlab.ismissing(np.int8([0, 1])).tolist() == [False, False]
    assert matlab.ismissing(np.array([True, False])).tolist() == [False, False]
    assert matlab.ismissing([0, NAN, -99], [0, -99]).tolist() == [True, False, True]
    assert matlab.ismissing([0, NAN, -99], [NAN]).tolist() == [False, True, False]
    assert matlab.ismissing(np.int16([0, 5, -99]), -99).tolist() == [False, False, True]
    assert matlab.ismissing("a b\tc").tolist() == [False, True, False, False, False]
    assert matlab.ismissing(["x", "", " "]).tolist() == [False, True, False]
    assert matlab.ismissing([["x", ""], ["", "y"]]).tolist() == [[False, True],
                                                                  [True, False]]
    assert matlab.ismissing(["NA", "x", " NA"], "NA").tolist() == [True, False, False]


def test_string_arrays_and_missing():
    s = np.array(["a", None, "c", MISSING], dtype=object)
    assert matlab.ismissing(s).tolist() == [False, True, False, True]
    strings = np.dtypes.StringDType()                  # a MATLAB string array
    assert matlab.ismissing(np.array(["a", ""], dtype=strings)).tolist() == [False, False]
    assert matlab.ismissing(np.array(["a", "N/A"], dtype=strings),
                            "N/A").tolist() == [False, True]
    # a numpy str array is char: its characters, rows x columns (' ' missing for char)
    assert matlab.ismissing(np.array(["a ", " b"])).tolist() == [[False, True],
                                                                 [True, False]]
    b = matlab.standardizeMissing(np.array(["a", "N/A"], dtype=strings), "N/A")
    # a string array stays one: <missing> is the StringDType's na_object (NaN)
    assert b.dtype.kind == "T" and b[0] == "a" and np.isnan(b[1])
    assert matlab.ismissing(b).tolist() == [False, True]
    f, tf = matlab.fillmissing(s, "previous", nargout=2)
    assert f.tolist() == ["a", "a", "c", "c"] and tf.tolist() == [False, True, False, True]
    assert matlab.fillmissing(s, "constant", "z").tolist() == ["a", "z", "c", "z"]
    assert matlab.rmmissing(s).tolist() == ["a", "c"]


def test_standardize_missing_keeps_the_class():
    b = matlab.standardizeMissing(np.float32([1, -99, 3]), -99)
    assert b.dtype == np.float32 and np.isnan(b[1])
    i = np.int8([1, -99, 3])
    assert matlab.standardizeMissing(i, -99).tolist() == [1, -99, 3]
    assert matlab.standardizeMissing("a-b", "-") == "a b"
    assert matlab.standardizeMissing(["one", "N/A"], ["N/A"]) == ["one", ""]


def test_rmmissing_rows_columns_and_vectors():
    A = np.array([[1, NAN, 3], [4, 5, 6], [NAN, NAN, 9]])
    R, TF = matlab.rmmissing(A, nargout=2)
    np.testing.assert_array_equal(R, [[4, 5, 6]])
    assert TF.shape == (3, 1) and TF.ravel().tolist() == [True, False, True]
    R, TF = matlab.rmmissing(A, 2, nargout=2)
    np.testing.assert_array_equal(R, [[3], [6], [9]])
    assert TF.shape == (1, 3)
    np.testing.assert_array_equal(matlab.rmmissing(A, "MinNumMissing", 2), A[:2])
    np.testing.assert_array_equal(matlab.rmmissing([1, NAN, 2]), [1, 2])
    col = np.array([[1.0], [NAN], [2.0]])
    np.testing.assert_array_equal(matlab.rmmissing(col), [[1.0], [2.0]])
    # an explicit dim across a vector removes the whole vector
    assert matlab.rmmissing(col, 2).shape == (3, 0)
    assert matlab.rmmissing("a b") == "ab"
    assert matlab.rmmissing(["a", "", "b"]) == ["a", "b"]
    assert matlab.rmmissing(np.int8([1, 2])).dtype == np.int8


# ------------------------------------------------------------------ fillmissing rules
def _neighbours(x):
    """previous/next/nearest fills by brute force (ties to the next value)."""
    known = np.flatnonzero(~np.isnan(x))
    prev, nxt, near = x.copy(), x.copy(), x.copy()
    for i in np.flatnonzero(np.isnan(x)):
        before, after = known[known < i], known[known > i]
        if before.size:
            prev[i] = x[before[-1]]
        if after.size:
            nxt[i] = x[after[0]]
        if before.size and after.size:
            near[i] = x[after[0]] if after[0] - i <= i - before[-1] else x[before[-1]]
        elif before.size or after.size:
            near[i] = x[before[-1]] if before.size else x[after[0]]
    return prev, nxt, near


@pytest.mark.parametrize("seed", range(6))
def test_neighbour_methods_from_the_definition(seed):
    x = _random_vector(np.random.default_rng(seed), 40)
    prev, nxt, near = _neighbours(x)
    np.testing.assert_array_equal(matlab.fillmissing(x, "previous"), prev)
    np.testing.assert_array_equal(matlab.fillmissing(x, "next"), nxt)
    np.testing.assert_array_equal(matlab.fillmissing(x, "nearest"), near)


@pytest.mark.parametrize("seed", range(6))
def test_linear_interior_and_extrapolated_ends(seed):
    x = _random_vector(np.random.default_rng(100 + seed), 30)
    known = np.flatnonzero(~np.isnan(x))
    if known.size < 2:
        pytest.skip("fewer than two known points")
    t = np.arange(x.size, dtype=float)
    want = np.interp(t, t[known], x[known])
    lo, hi = known[:2], known[-2:]
    for idx, (a, b) in ((np.arange(known[0]), lo), (np.arange(known[-1] + 1, x.size), hi)):
        slope = (x[b] - x[a]) / (t[b] - t[a])
        want[idx] = x[a] + slope * (t[idx] - t[a])
    np.testing.assert_allclose(matlab.fillmissing(x, "linear"), want, rtol=1e-12,
                               atol=1e-12)
    none = matlab.fillmissing(x, "linear", "EndValues", "none")
    assert np.isnan(none[:known[0]]).all() and np.isnan(none[known[-1] + 1:]).all()


def test_makima_is_scipys_modified_akima():
    rng = np.random.default_rng(7)
    x = _random_vector(rng, 25, 0.25)
    x[[1, 3]] = 1.0  # two known points at least
    t = np.cumsum(rng.uniform(0.5, 2.0, 25))
    known = ~np.isnan(x)
    want = Akima1DInterpolator(t[known], x[known], method="makima", extrapolate=True)(t)
    got = matlab.fillmissing(x, "makima", "SamplePoints", t)
    np.testing.assert_allclose(got, want, rtol=1e-12, atol=1e-12)


def test_moving_fill_is_the_window_statistic_of_known_values():
    x = np.array([NAN, 1, NAN, 3, NAN, NAN, 6, NAN])
    F, TF = matlab.fillmissing(x, "movmean", 3, nargout=2)
    # window of i: i-1..i+1; entry 6 (0-based 5) sees only missing neighbours? no: 4..6
    want = x.copy()
    for i in np.flatnonzero(np.isnan(x)):
        w = x[max(i - 1, 0):i + 2]
        w = w[~np.isnan(w)]
        if w.size:
            want[i] = w.mean()
    np.testing.assert_array_equal(F, want)
    assert TF.tolist() == (~np.isnan(want) & np.isnan(x)).tolist()
    assert matlab.fillmissing(x, "movmedian", [0, 3])[4] == 6.0


def test_max_gap_sizes_by_hand():
    x = np.array([NAN, 2, NAN, NAN, 5, NAN, NAN, NAN, 9, NAN])
    # gaps: end 1 (size 1), interior 2 (3), interior 3 (4), end 1 (size 1)
    got = matlab.fillmissing(x, "constant", 0, "MaxGap", 3)
    np.testing.assert_array_equal(got, [0, 2, 0, 0, 5, NAN, NAN, NAN, 9, 0])
    got = matlab.fillmissing(x, "constant", 0, "MaxGap", 0.5)
    np.testing.assert_array_equal(got, x)
    assert np.isnan(matlab.fillmissing([NAN, NAN], "constant", 0, "MaxGap", 9)).all()
    # an interpolant's end values come from the known points, never an unfilled NaN
    got = matlab.fillmissing([NAN, 1, NAN, 3, NAN, NAN, 6, NAN], "linear", "MaxGap", 1.5)
    np.testing.assert_array_equal(got, [0, 1, NAN, 3, NAN, NAN, 6, 7])


def test_end_values_and_sample_points():
    x = np.array([NAN, NAN, 2, NAN, 5, NAN])
    np.testing.assert_array_equal(matlab.fillmissing(x, "linear", "EndValues", -1),
                                  [-1, -1, 2, 3.5, 5, -1])
    np.testing.assert_array_equal(matlab.fillmissing(x, "next", "EndValues", "nearest"),
                                  [2, 2, 2, 5, 5, 5])
    t = [0, 1, 2, 2.5, 5, 6]
    np.testing.assert_array_equal(matlab.fillmissing(x, "nearest", "SamplePoints", t),
                                  [2, 2, 2, 2, 5, 5])
    np.testing.assert_allclose(matlab.fillmissing(x, "linear", "SamplePoints", t),
                               [0, 1, 2, 2.5, 5, 6], rtol=1e-15)


def test_matrices_dims_constants_and_classes():
    A = np.array([[1, NAN, 3], [NAN, 5, NAN], [7, NAN, 9]])
    np.testing.assert_array_equal(matlab.fillmissing(A, "previous"),
                                  [[1, NAN, 3], [1, 5, 3], [7, 5, 9]])
    np.testing.assert_array_equal(matlab.fillmissing(A, "previous", 2),
                                  [[1, 1, 3], [NAN, 5, 5], [7, 7, 9]])
    np.testing.assert_array_equal(matlab.fillmissing(A, "constant", [10, 20, 30]),
                                  [[1, 20, 3], [10, 5, 30], [7, 20, 9]])
    f = matlab.fillmissing(np.float32([1, NAN, 2]), "linear")
    assert f.dtype == np.float32 and f[1] == np.float32(1.5)
    L = np.array([False, True, False, True])
    F, TF = matlab.fillmissing(np.int8([10, 0, 13, 0]), "previous", "MissingLocations", L,
                               nargout=2)
    assert F.dtype == np.int8 and F.tolist() == [10, 10, 13, 13] and TF.tolist() == \
        L.tolist()
    F = matlab.fillmissing(np.array([1.0, 0.0, 2.0]), "linear", "MissingLocations",
                           np.array([False, True, False]))
    np.testing.assert_array_equal(F, [1, 1.5, 2])
    C = np.full((2, 3, 4), NAN)
    C[:, :, 0] = 1
    assert (matlab.fillmissing(C, "previous", 3) == 1).all()


def test_inputs_as_files_deliver_them_and_no_mutation():
    x = np.array([1, NAN, 3, NAN, NAN, 6], dtype=">f8")
    x.setflags(write=False)
    keep = x.copy()
    F = matlab.fillmissing(x, "linear")
    assert F.dtype == np.float64 and F.dtype.isnative
    np.testing.assert_array_equal(F, [1, 2, 3, 4, 5, 6])
    np.testing.assert_array_equal(x, keep)
    strided = np.arange(12.0).reshape(3, 4)[:, ::2].copy(order="F")[:, ::-1]
    strided[1, 0] = NAN
    np.testing.assert_array_equal(matlab.fillmissing(strided, "previous"),
                                  [[2, 0], [2, 4], [10, 8]])
    lst = ["a", "", "c"]
    matlab.fillmissing(lst, "previous")
    assert lst == ["a", "", "c"]


@pytest.mark.parametrize("call,kind,text", [
    (lambda: matlab.fillmissing([1, NAN], "cubic"), ValueError,
     r"^fillmissing: Fill method must be 'constant', 'previous', 'next', 'nearest', "
     r"'linear', 'spline', 'pchip', 'makima', 'movmean', or 'movmedian'\.$"),
    (lambda: matlab.fillmissing([1, NAN], "constant"), ValueError, "needs a fill value"),
    (lambda: matlab.fillmissing([1, NAN], "movmean", 0), ValueError, "window length"),
    (lambda: matlab.fillmissing([1, NAN], "linear", "MaxGap", -1), ValueError,
     "MaxGap must be a positive numeric scalar"),
    (lambda: matlab.fillmissing([1, NAN], "linear", "SamplePoints", [2, 1]), ValueError,
     "SamplePoints must be sorted"),
    (lambda: matlab.fillmissing([1, NAN], "linear", "MissingLocations",
                                np.array([False, True]), "MaxGap", 1), ValueError,
     "cannot be combined"),
    (lambda: matlab.fillmissing(["a", ""], "linear"), ValueError, "needs numeric data"),
    (lambda: matlab.fillmissing([1, NAN, 2], "constant", [1, 2]), ValueError,
     "one element per"),
    (lambda: matlab.fillmissing([1, NAN], "linear", "Foo", 1), ValueError,
     "unknown parameter name 'Foo'"),
    (lambda: matlab.ismissing([1, NAN], "a"), TypeError, "compatible data types"),
    (lambda: matlab.rmmissing(np.zeros((2, 2, 2))), ValueError, "vector or a matrix"),
    (lambda: matlab.rmmissing([1, NAN], "MinNumMissing", 0), ValueError,
     "positive integer"),
    (lambda: matlab.rmmissing(np.eye(2), 3), ValueError, "dim must be 1 or 2"),
])
def test_errors(call, kind, text):
    with pytest.raises(kind, match=text):
        call()
    assert issubclass(kind, (ValueError, TypeError))


def test_error_prefix():
    with pytest.raises(CompatValueError, match=r"^fillmissing: "):
        matlab.fillmissing([1, NAN], "bogus")
    with pytest.raises(CompatTypeError, match=r"^ismissing: "):
        matlab.ismissing([1, NAN], "a")


# ------------------------------------------------------------------ live Octave
needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_vectors_against_octave():
    """Random column vectors (Octave 7.3's statistics 1.5.3 fillmissing fails on
    matrices with end gaps, see the golden suite), methods, EndValues, sample points and
    gap limits. MaxGap is drawn only with the non-interpolating methods: with an
    interpolant Octave takes MaxGap's unfilled NaNs as interpolation points at the ends
    (recorded divergence fill_maxgap_interp_end)."""
    rng = np.random.default_rng(12790)
    cases, ours = [], []
    for _ in range(40):
        n = int(rng.integers(2, 25))
        x = _random_vector(rng, n, float(rng.uniform(0.1, 0.6))).reshape(-1, 1)
        method = str(rng.choice(["previous", "next", "nearest", "linear", "spline",
                                 "pchip", "movmean", "movmedian", "constant"]))
        args, margs = [method], f"'{method}'"
        if method == "constant":
            v = float(np.round(rng.normal(), 3))
            args.append(v)
            margs += f", {v!r}"
        elif method.startswith("mov"):
            if rng.random() < 0.5:
                k = float(rng.choice([1.5, 2, 3, 4, 5.5]))
                args.append(k)
                margs += f", {k!r}"
            else:
                kb, kf = (int(v) for v in rng.integers(0, 4, 2))
                args.append([kb, kf])
                margs += f", [{kb} {kf}]"
        inputs = {"X": x}
        if rng.random() < 0.5:
            t = np.cumsum(rng.uniform(0.25, 2.0, n)).round(3)
            if np.all(np.diff(t) > 0):
                args += ["SamplePoints", t]
                margs += ", 'SamplePoints', T"
                inputs["T"] = t.reshape(1, -1)
        if not method.startswith("mov") and rng.random() < 0.5:
            end = str(rng.choice(["none", "previous", "next", "nearest", "linear", "c"]))
            value = -7.5 if end == "c" else end
            args += ["EndValues", value]
            margs += f", 'EndValues', {value!r}".replace('"', "'")
        if method in ("previous", "next", "nearest", "constant") and rng.random() < 0.4:
            gap = float(rng.choice([0.5, 1, 2, 3.5, 6]))
            args += ["MaxGap", gap]
            margs += f", 'MaxGap', {gap!r}"
        cases.append((f"[F, TF] = fillmissing(X, {margs});", inputs, ["F", "TF"]))
        ours.append(matlab.fillmissing(x, *args, nargout=2))
    results = run_octave(cases, setup="pkg load statistics")
    for (text, inputs, _), got, (F, TF) in zip(cases, results, ours):
        assert not isinstance(got, Exception), (text, got)
        want = np.asarray(got["F"], dtype=float).reshape(F.shape)
        scale = np.nanmax(np.abs(inputs["X"])) if np.any(~np.isnan(inputs["X"])) else 1
        # cubic extrapolation over a few spacings amplifies rounding by (gap/h)^3
        tol = 1e-9 * max(scale, 1) * (1e3 if "spline" in text or "pchip" in text else 1)
        np.testing.assert_allclose(F, want, rtol=0, atol=tol, err_msg=text)
        np.testing.assert_array_equal(TF, np.asarray(got["TF"]).astype(bool).reshape(TF.shape),
                                      err_msg=text)
