"""Unit tests of compat.idl.signal: HANNING, DIGITAL_FILTER, SAVGOL.

HANNING also has GDL goldens (reference_outputs/idl/signal). GDL 1.0.1 has no
DIGITAL_FILTER or SAVGOL: they rest on these tests, which compute IDL's documented
formulas independently (scipy's Kaiser window and I0, scipy's Savitzky-Golay
least-squares solve, exact fractions of the classic 5-point tables).
"""

from fractions import Fraction
from math import factorial

import numpy as np
import pytest
from scipy import signal as ss
from scipy import special

from compat import idl


# ---------------------------------------------------------------- HANNING
@pytest.mark.parametrize("n", [2, 7, 32, 33])
def test_hanning_is_the_periodic_hann_window(n):
    got = idl.hanning(n, double=True)
    np.testing.assert_allclose(got, ss.windows.hann(n, sym=False), atol=1e-15)
    assert got.dtype == np.float64


def test_hanning_one_point_is_idls_formula():
    # IDL's formula at i = 0 is 0; scipy's hann(1) special-cases it to 1
    assert idl.hanning(1).tolist() == [0.0]


def test_hanning_float_arithmetic_and_type():
    got = idl.hanning(33)
    assert got.dtype == np.float32 and got.shape == (33,)
    # IDL's FLOAT steps: a = 2*!PI/N, cos(i*a) rounded to FLOAT, (alpha-1)*c + alpha
    a = np.float32(np.float32(2) * np.float32(np.pi)) / np.float32(33)
    c = np.cos((np.arange(33, dtype=np.float32) * a).astype(np.float64)).astype(np.float32)
    np.testing.assert_array_equal(got, np.float32(-0.5) * c + np.float32(0.5))


def test_hamming_alpha_and_2d_layout():
    got = idl.hanning(6, 4, alpha=0.54)
    assert got.dtype == np.float64          # a Python float ALPHA is DOUBLE
    row = ss.windows.general_hamming(6, 0.54, sym=False)
    col = ss.windows.general_hamming(4, 0.54, sym=False)
    assert got.shape == (4, 6)              # IDL [6, 4]
    np.testing.assert_allclose(got, np.outer(col, row), atol=1e-15)
    assert idl.hanning(6, 4, alpha=np.float32(0.54)).dtype == np.float32
    assert idl.hanning(5, 1).shape == (5,)  # IDL: N2 = 1 is the 1-D window
    assert idl.hanning(5.0).dtype == np.float64   # a DOUBLE N1 gives DOUBLE
    assert idl.hanning(5.0, double=False).dtype == np.float32


def test_hanning_bad_input():
    with pytest.raises(ValueError, match="^HANNING: Array dimensions must be greater than 0"):
        idl.hanning(0)
    with pytest.raises(ValueError, match="^HANNING"):
        idl.hanning(4, 0)


# ---------------------------------------------------------- DIGITAL_FILTER
def _kaiser_reference(flow, fhigh, gibbs, n):
    """IDL's documented design, built from scipy's Kaiser window (same weights
    I0(beta sqrt(1-(k/N)^2))/I0(beta)) and Kaiser's beta formula."""
    beta = ss.kaiser_beta(gibbs) if gibbs != 50 else 0.1102 * (50 - 8.7)
    w = ss.windows.kaiser(2 * n + 1, beta)
    k = np.arange(-n, n + 1, dtype=np.float64)
    with np.errstate(invalid="ignore", divide="ignore"):
        h = (np.sin(np.pi * k * fhigh) - np.sin(np.pi * k * flow)) / (np.pi * k)
    h[n] = fhigh - flow + (1.0 if fhigh < flow else 0.0)
    return w * h


@pytest.mark.parametrize("flow, fhigh, gibbs, n", [
    (0.0, 0.3, 50, 10),       # low pass
    (0.4, 1.0, 60, 16),       # high pass
    (0.2, 0.5, 35, 12),       # band pass, middle Kaiser formula
    (0.6, 0.3, 50, 20),       # band stop: centre + 1
    (0.0, 0.25, 15, 8),       # A <= 21: rectangular window
    (0.0, 1.0, 50, 5),        # no filtering: a unit impulse
])
def test_digital_filter_matches_the_documented_design(flow, fhigh, gibbs, n):
    got = idl.digital_filter(flow, fhigh, gibbs, n)
    assert got.dtype == np.float64 and got.shape == (2 * n + 1,)
    # the ramp k/N is FLOAT in IDL even in double: relative 6e-8 in the weights
    np.testing.assert_allclose(got, _kaiser_reference(flow, fhigh, gibbs, n),
                               rtol=5e-7, atol=1e-15)


def test_digital_filter_kaiser_alpha_at_50_db_is_idls():
    from compat._core.idl_signal import kaiser_alpha
    assert kaiser_alpha(50) == pytest.approx(0.1102 * 41.3)
    assert ss.kaiser_beta(50) != pytest.approx(kaiser_alpha(50), rel=1e-3)
    assert kaiser_alpha(21) == 0.0
    assert kaiser_alpha(30) == pytest.approx(0.5842 * 9 ** 0.4 + 0.07886 * 9)


def test_digital_filter_float_ramp_and_types():
    n, fh = 7, 0.35
    got = idl.digital_filter(0.0, fh, 50, n)
    arg = (np.arange(n, dtype=np.float32) + 1) / np.float32(n)
    root = np.sqrt(np.float32(1) - arg * arg).astype(np.float64)
    alpha = 0.1102 * (50 - 8.7)
    t = np.arange(1, n + 1) * np.pi
    side = special.i0(alpha * root) / special.i0(alpha) * np.sin(t * fh) / t
    np.testing.assert_array_equal(got[n + 1:], side)
    np.testing.assert_array_equal(got[:n], side[::-1])
    f32 = idl.digital_filter(np.float32(0), np.float32(fh), 50, n)
    assert f32.dtype == np.float32            # FLOW FLOAT: FLOAT result
    assert idl.digital_filter(np.float32(0), np.float32(fh), 50, n,
                              double=True).dtype == np.float64
    assert idl.digital_filter(0.0, fh, 50, n, double=False).dtype == np.float32


def test_digital_filter_applied_with_convol_is_low_pass():
    coef = idl.digital_filter(0.0, 0.2, 50, 20)
    h = np.abs(np.fft.rfft(coef, 512))
    f = np.linspace(0, 1, h.size)
    assert np.all(np.abs(h[f < 0.12] - 1) < 0.01)
    assert np.all(h[f > 0.3] < 0.01)


def test_digital_filter_bad_input():
    with pytest.raises(ValueError, match="^DIGITAL_FILTER: Array dimensions"):
        idl.digital_filter(0.0, 0.5, 50, 0)


# ----------------------------------------------------------------- SAVGOL
def test_savgol_classic_tables_exactly():
    # Savitzky & Golay (1964): quadratic, 5 points: (-3, 12, 17, 12, -3)/35;
    # 7 points: (-2, 3, 6, 7, 6, 3, -2)/21
    np.testing.assert_allclose(idl.savgol(2, 2, 0, 2, double=True),
                               [float(Fraction(v, 35)) for v in (-3, 12, 17, 12, -3)],
                               rtol=1e-14)
    np.testing.assert_allclose(idl.savgol(3, 3, 0, 3, double=True),
                               [float(Fraction(v, 21)) for v in (-2, 3, 6, 7, 6, 3, -2)],
                               rtol=1e-14)


@pytest.mark.parametrize("nl, nr, order, degree", [
    (16, 16, 0, 4), (4, 4, 1, 2), (3, 1, 0, 2), (0, 5, 0, 2), (5, 0, 1, 3),
    (10, 6, 2, 4), (8, 8, 3, 6),
])
def test_savgol_matches_scipy(nl, nr, order, degree):
    got = idl.savgol(nl, nr, order, degree, double=True)
    ref = ss.savgol_coeffs(nl + nr + 1, degree, deriv=order, pos=nl, use="dot")
    # IDL returns the coefficient of x**order: scipy's derivative over order!
    np.testing.assert_allclose(got, ref / factorial(order), rtol=1e-9, atol=1e-12)
    f32 = idl.savgol(nl, nr, order, degree)
    assert f32.dtype == np.float32
    # FLOAT: IDL's normal matrix is a FLTARR (its entries rounded to FLOAT), so the
    # weights move by up to the condition number times FLOAT's epsilon (the exact bits
    # are checked against IDL's savgol.pro in the golden suite idl/idl_library)
    np.testing.assert_allclose(f32, got, rtol=0, atol=2e-4 * np.abs(got).max())


def test_savgol_with_convol_reproduces_a_polynomial():
    x = np.arange(40, dtype=np.float64)
    y = 0.5 * x ** 3 - 2 * x ** 2 + x - 7
    coef = idl.savgol(4, 4, 0, 3, double=True)
    got = idl.convol(y, coef)
    np.testing.assert_allclose(got[4:-4], y[4:-4], rtol=1e-10)
    slope = idl.convol(y, idl.savgol(4, 4, 1, 3, double=True))
    np.testing.assert_allclose(slope[4:-4], (1.5 * x ** 2 - 4 * x + 1)[4:-4], rtol=1e-9)


@pytest.mark.parametrize("args, message", [
    ((-1, 2, 0, 2), "Nleft and Nright must both be positive"),
    ((2, 2, 3, 2), "Order must be less than or equal to Degree"),
    ((1, 1, 0, 3), "Degree must be less than filter width"),
])
def test_savgol_bad_input(args, message):
    with pytest.raises(ValueError, match="^SAVGOL: " + message):
        idl.savgol(*args)


# ------------------------------------------------------------ BUTTERWORTH
def _butterworth_reference(counts, cutoff, order, spacing=(1, 1, 1)):
    """The documented kernel 1/sqrt(1 + (d/cutoff)^(2N)), d from the point n/2 (IDL
    8.0's butterworth.pro takes the sizes through REAL_PART, FLOAT: 3.5 for 7), then
    rolled by ceil(n/2) (IDL's SHIFT; numpy.fft.ifftshift is the same roll)."""
    axes = [(np.arange(n) - n / 2) * h for n, h in zip(counts, spacing)]
    grids = np.meshgrid(*reversed(axes), indexing="ij")
    # butterworth.pro stores the distances in a FLTARR, whatever CUTOFF's type
    d = np.sqrt(sum(g.astype(np.float64) ** 2 for g in grids)).astype(np.float32)
    d = d.astype(np.float64)
    centred = 1 / np.sqrt(1 + (d / cutoff) ** (2 * order))
    return centred, np.fft.ifftshift(centred)


@pytest.mark.parametrize("counts, cutoff, order", [
    ((16,), 9, 1), ((7,), 2, 3), ((8, 6), 3, 2), ((5, 4, 3), 2, 1), ((9, 9), 1.5, 4),
])
def test_butterworth_matches_the_documented_kernel(counts, cutoff, order):
    centred, fft_order = _butterworth_reference(counts, cutoff, order)
    got = idl.butterworth(list(counts), cutoff=cutoff, order=order)
    assert got.shape == tuple(reversed(counts))
    # FLOAT distances and FLOAT arithmetic (DOUBLE for a Python-float CUTOFF)
    rtol = 1e-14 if isinstance(cutoff, float) else 4e-7
    np.testing.assert_allclose(got, fft_order, rtol=rtol)
    np.testing.assert_allclose(idl.butterworth(list(counts), cutoff=cutoff, order=order,
                                               origin=True), centred, rtol=rtol)


def test_butterworth_defaults_types_and_spacing():
    got = idl.butterworth(20)
    assert got.dtype == np.float32
    np.testing.assert_allclose(got, _butterworth_reference((20,), 9, 1)[1], rtol=4e-7)
    assert idl.butterworth(20, cutoff=9.0).dtype == np.float64
    # separate Y argument equals the vector form; XDIM/YDIM scale the distances
    np.testing.assert_array_equal(idl.butterworth(6, 4, cutoff=2),
                                  idl.butterworth([6, 4], cutoff=2))
    scaled = idl.butterworth(6, 4, cutoff=2, xdim=2, ydim=3)
    np.testing.assert_allclose(scaled, _butterworth_reference((6, 4), 2, 1, (2, 3))[1],
                               rtol=4e-7)


def test_butterworth_low_pass_through_fft():
    x = np.linspace(0, 4 * np.pi, 256, endpoint=False)
    noisy = np.sin(x) + 0.3 * np.sin(60 * x)
    kernel = idl.butterworth(256, cutoff=10.0, order=4)
    smooth = np.fft.ifft(np.fft.fft(noisy) * kernel).real
    np.testing.assert_allclose(smooth, np.sin(x), atol=1e-3)


def test_butterworth_bad_input():
    with pytest.raises(ValueError, match="^BUTTERWORTH: Array dimensions"):
        idl.butterworth(0)


# ---------------------------------------------------------------- LEEFILT
def _lee_reference(a, n, sig):
    """Lee 1986 eqs. 19, 21, 22 with box means by scipy.ndimage.uniform_filter in
    'nearest' mode (IDL's SMOOTH /EDGE_TRUNCATE for an odd width), in double."""
    from scipy import ndimage
    w = 2 * n + 1
    m = ndimage.uniform_filter(a, w, mode="nearest")
    dev = a - m
    var_x = np.maximum((ndimage.uniform_filter(dev ** 2, w, mode="nearest") + m ** 2)
                       / (1 + sig ** 2) - m ** 2, 0)
    return m + dev * var_x / (m ** 2 * sig ** 2 + var_x)


@pytest.mark.parametrize("shape, n, sig", [((50,), 3, 0.2), ((20, 24), 2, 0.5),
                                           ((16, 12), 1, 1.0)])
def test_leefilt_matches_lee_1986(shape, n, sig):
    rng = np.random.default_rng(5)
    a = 10 + rng.gamma(4.0, 1.0, size=shape)
    got = idl.leefilt(a, n, sig)
    assert got.dtype == np.float64 and got.shape == a.shape
    np.testing.assert_allclose(got, _lee_reference(a, n, sig), rtol=1e-12)
    f32 = idl.leefilt(a.astype(np.float32), n, np.float32(sig))
    assert f32.dtype == np.float32
    np.testing.assert_allclose(f32, _lee_reference(a, n, sig), rtol=2e-5)


def test_leefilt_exact_form():
    rng = np.random.default_rng(6)
    a = 5 + rng.random((9, 11))
    n, sig = 1, 0.3
    got = idl.leefilt(a, n, sig, exact=True)
    from scipy import ndimage
    m = ndimage.uniform_filter(a, 3, mode="nearest")
    var = np.zeros_like(a)
    for i in range(1, 8):
        for j in range(1, 10):
            var[i, j] = np.sum((a[i - 1:i + 2, j - 1:j + 2] - m[i, j]) ** 2) / 8
    var_x = np.maximum((var + m ** 2) / (1 + sig ** 2) - m ** 2, 0)
    np.testing.assert_allclose(got, m + (a - m) * var_x / (m ** 2 * sig ** 2 + var_x),
                               rtol=1e-12)
    v = a[0]
    gv = idl.leefilt(v, 2, sig, exact=True)
    mv = ndimage.uniform_filter(v, 5, mode="nearest")
    zv = np.zeros_like(v)
    for s in range(2, v.size - 2):
        zv[s] = np.sum((v[s - 2:s + 3] - mv[s]) ** 2) / 4
    vx = np.maximum((zv + mv ** 2) / (1 + sig ** 2) - mv ** 2, 0)
    np.testing.assert_allclose(gv, mv + (v - mv) * vx / (mv ** 2 * sig ** 2 + vx),
                               rtol=1e-12)


def test_leefilt_defaults_and_types():
    a = np.arange(30, dtype=np.int16).reshape(5, 6) % 7 + 1
    with pytest.raises(ValueError, match="^LEEFILT: Filter width 2N\\+1 must be > 2"):
        idl.leefilt(a)                       # N = 5 is too wide for a 5x6 image
    big = (np.arange(24 * 24) % 7 + 1).astype(np.int16).reshape(24, 24)
    assert idl.leefilt(big).dtype == np.float32
    np.testing.assert_allclose(idl.leefilt(big), _lee_reference(big.astype(float), 5, 5.0),
                               rtol=2e-5)
    assert idl.leefilt(big, double=True).dtype == np.float64


@pytest.mark.parametrize("args, kwargs, message", [
    ((np.ones(10), 0), {}, "Filter width 2N\\+1 must be > 2"),
    ((np.ones(10), 5), {}, "Filter width 2N\\+1 must be > 2"),
    ((np.ones(10), 2, -1.0), {}, "Sig must be positive"),
    ((np.ones((6, 6, 6)), 1), {"exact": True}, "/EXACT filters vectors and images"),
])
def test_leefilt_bad_input(args, kwargs, message):
    with pytest.raises(ValueError, match="^LEEFILT: " + message):
        idl.leefilt(*args, **kwargs)
