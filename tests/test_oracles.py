"""The shared oracle runners themselves: values come back bit for bit, errors as errors."""

from __future__ import annotations

import numpy as np
import pytest

from oracles import run_gdl, run_octave


@pytest.mark.octave
def test_run_octave_round_trips_classes_and_reports_errors():
    a = np.array([[1.5, -2.0], [3.25, 4.0]], dtype=np.float32)
    k = np.array([[1, -2, 3]], dtype=np.int8)
    out = run_octave([
        ("r = a * 2; c = class(r);", {"a": a}, ["r", "c"]),
        ("r = k + int8(100);", {"k": k}, ["r"]),
        ("r = undefined_function_xyz(1);", {}, ["r"]),
        ("r = sum(a(:));", {"a": a}, ["r"]),
    ])
    np.testing.assert_array_equal(out[0]["r"], a * 2)
    assert out[0]["r"].dtype == np.float32 and out[0]["c"] == "single"
    np.testing.assert_array_equal(out[1]["r"], [[101, 98, 103]])  # int8 saturates
    assert out[1]["r"].dtype == np.int8
    assert isinstance(out[2], RuntimeError) and "undefined" in str(out[2])
    assert out[3]["r"] == np.float32(6.75)


@pytest.mark.gdl
def test_run_gdl_round_trips_types_and_reports_errors():
    a = np.arange(6, dtype=np.int16).reshape(2, 3)
    out = run_gdl([
        ("total", {"a": a}, "total(a, 1)"),
        ("bad", {"a": a}, "no_such_function_xyz(a)"),
        ("scalar", {"x": np.float64(2.5)}, "x * 2"),
    ])
    np.testing.assert_array_equal(out["total"], [3.0, 12.0])   # IDL dim 1 = numpy axis 1
    assert out["total"].dtype == np.float32
    assert isinstance(out["bad"], RuntimeError)
    assert out["scalar"].shape in ((), (1,)) and float(out["scalar"].ravel()[0]) == 5.0
