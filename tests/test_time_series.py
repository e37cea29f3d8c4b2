"""IDL HILBERT, TS_COEF, TS_FCAST (compat.idl.time_series): known values, the
properties IDL's library code implies, bad input. Goldens: suite idl/time_series."""

import numpy as np
import pytest
import scipy.signal

from compat import idl

# IDL Reference Guide, TS_COEF: the example series and its printed result (6 digits)
X30 = np.array([6.63, 6.59, 6.46, 6.49, 6.45, 6.41, 6.38, 6.26, 6.09, 5.99,
                5.92, 5.93, 5.83, 5.82, 5.95, 5.91, 5.81, 5.64, 5.51, 5.31,
                5.36, 5.17, 5.07, 4.97, 5.00, 5.01, 4.85, 4.79, 4.73, 4.76], np.float32)
PRINTED = [1.30168, -0.111783, -0.224527, 0.267629, -0.233363]


def test_ts_coef_reference_page_values():
    r = idl.ts_coef(X30, 5)
    assert r.dtype == np.float32
    # printed with 6 significant digits: half a unit in the last digit
    for got, printed, half_unit in zip(r, PRINTED, [5e-6, 5e-7, 5e-7, 5e-7, 5e-7]):
        assert abs(got - printed) <= half_unit


def test_ts_coef_types_and_mse():
    assert idl.ts_coef(X30.astype(np.float64), 3).dtype == np.float32  # ts_coef.pro
    r, mse = idl.ts_coef(X30, 3, double=True, mse=True)
    assert r.dtype == np.float64 and isinstance(mse, np.float64)
    # MSE = mean(x^2) * prod(1 - phi_kk^2) lies strictly between 0 and mean(x^2)
    assert 0 < mse < np.mean(X30.astype(np.float64) ** 2)


def test_ts_coef_recovers_an_ar2_process():
    rng = np.random.default_rng(175)
    n = 20000
    e = rng.normal(size=n)
    y = np.zeros(n)
    for t in range(2, n):
        y[t] = 0.6 * y[t - 1] - 0.3 * y[t - 2] + e[t]
    r = idl.ts_coef(y, 2, double=True)
    # Burg's estimates have standard error about sqrt((1 - phi2^2) / n) < 0.01 here
    np.testing.assert_allclose(r, [0.6, -0.3], atol=0.05)


def test_ts_fcast_continues_a_sinusoid():
    # cos(w t) obeys x[t] = 2 cos(w) x[t-1] - x[t-2] exactly: Burg's order-2 model of
    # 200 samples reproduces it to ~1e-4 (the end effects of a finite record)
    t = np.arange(200)
    w = 0.3
    x = np.cos(w * t)
    f = idl.ts_fcast(x, 2, 5)
    assert f.dtype == np.float64
    np.testing.assert_allclose(f, np.cos(w * np.arange(200, 205)), atol=5e-3)
    b = idl.ts_fcast(x, 2, 5, backcast=True)
    np.testing.assert_allclose(b, np.cos(w * np.arange(-5, 0)), atol=5e-3)


def test_ts_fcast_backcast_is_the_reversed_forecast_of_the_reversed_series():
    rng = np.random.default_rng(1751)
    x = rng.normal(size=50).astype(np.float32)
    np.testing.assert_array_equal(idl.ts_fcast(x, 4, 6, backcast=True),
                                  idl.ts_fcast(x[::-1].copy(), 4, 6)[::-1])


def test_hilbert_of_a_cosine_is_minus_the_sine():
    t = np.arange(16)
    r = idl.hilbert(np.cos(2 * np.pi * 3 * t / 16))
    assert r.dtype == np.complex128
    np.testing.assert_allclose(r.real, -np.sin(2 * np.pi * 3 * t / 16), atol=1e-12)
    np.testing.assert_allclose(r.imag, 0, atol=1e-12)
    np.testing.assert_allclose(idl.hilbert(np.cos(2 * np.pi * 3 * t / 16), -1).real,
                               np.sin(2 * np.pi * 3 * t / 16), atol=1e-12)


def test_hilbert_odd_length_leaves_the_middle_frequencies():
    # N = 7: hilbert.pro rotates frequencies 1..2 and 5..6 only; 3 and 4 stay
    t = np.arange(7)
    x = np.cos(2 * np.pi * 3 * t / 7)
    np.testing.assert_allclose(idl.hilbert(x).real, x, atol=1e-12)
    y = np.cos(2 * np.pi * 2 * t / 7)
    np.testing.assert_allclose(idl.hilbert(y).real, -np.sin(2 * np.pi * 2 * t / 7),
                               atol=1e-12)


def test_hilbert_against_scipy_analytic_signal_even_length():
    rng = np.random.default_rng(1752)
    x = rng.normal(size=64)
    # scipy.signal.hilbert returns x + i H(x), H the standard transform; IDL's turns
    # the other way (-H) and keeps the terms it does not rotate: the mean and the
    # Nyquist term (-1)^t sum(x (-1)^n) / N
    t = np.arange(64)
    kept = x.mean() + np.sum(x * (-1.0) ** t) / 64 * (-1.0) ** t
    np.testing.assert_allclose(idl.hilbert(x).real, -scipy.signal.hilbert(x).imag + kept,
                               atol=1e-12)


def test_float_input_gives_complex64_and_inputs_are_untouched():
    x = np.arange(8, dtype=np.float32)
    x.flags.writeable = False
    assert idl.hilbert(x).dtype == np.complex64
    big = X30.astype(">f4")
    np.testing.assert_array_equal(idl.ts_coef(big, 4), idl.ts_coef(X30, 4))
    np.testing.assert_array_equal(idl.ts_fcast(big, 4, 2, backcast=True),
                                  idl.ts_fcast(X30, 4, 2, backcast=True))
    assert big.dtype == np.dtype(">f4")


@pytest.mark.parametrize("call, message", [
    (lambda: idl.ts_coef(X30, 1), "TS_COEF: p must be a scalar in the interval"),
    (lambda: idl.ts_coef(X30, 30), "TS_COEF: p must be a scalar in the interval"),
    (lambda: idl.ts_fcast(X30, 3, 0), "TS_FCAST: Nvalues must be a scalar greater than 0."),
    (lambda: idl.ts_fcast(X30, 30, 2), "TS_FCAST: p must be a scalar in the interval"),
    (lambda: idl.hilbert([1.0, 2.0, 3.0]), "HILBERT: Subscript range values"),
    (lambda: idl.hilbert(2.0), "HILBERT: Expression must be an array"),
])
def test_errors(call, message):
    with pytest.raises(ValueError, match=message.replace("[", r"\[").replace("(", r"\(")):
        call()


def test_string_and_complex_series_refused():
    with pytest.raises(TypeError, match="TS_COEF: String expression"):
        idl.ts_coef("abc", 2)
    with pytest.raises(TypeError, match="TS_FCAST: Complex expression"):
        idl.ts_fcast(np.ones(5, np.complex64), 2, 1)
