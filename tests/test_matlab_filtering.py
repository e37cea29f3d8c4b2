"""Tests of the MATLAB filtering family: compat.matlab.filter and filtfilt.

References written plainly from the MATLAB documentation (not from compat's code):

* ``ref_filter``: the difference equation of MATLAB's ``filter`` documentation,
  ``a(1) y(m) = sum_k b(k) x(m-k+1) - sum_{k>1} a(k) y(m-k+1)``, with the initial
  conditions entering as the transposed-direct-form-II delays, loop by loop, in
  ``numpy.longdouble`` (64-bit mantissa on x86: ~2000 times more precise than double,
  so it serves as the exact value when judging double results).
* ``ref_filtfilt``: MATLAB's documented filtfilt algorithm (Gustafsson's method as
  MathWorks' filtfilt.m implements it): odd reflection of ``3*(nfilt-1)`` samples at
  each end, initial states = the steady-state states of a unit step times the first
  sample of the sequence being filtered, forward pass, reverse, second pass, reverse,
  middle part. The steady state is computed here by its closed form
  ``w(k) = sum_{j>=k+1} (b(j) - dc*a(j))`` (1-based ``b``, ``a``), ``dc = sum(b)/sum(a)`` (the states in which a
  constant input 1 keeps the filter at its DC output), not by compat's linear solve.

Tolerances (floating results vs the long-double references): a transposed direct
form II filter commits at most ~2 rounding errors per term per sample; an error
committed at one sample is propagated by the recursion with gain at most the l1 norm
of the impulse response of 1/A(z) (``_l1``). So |error| <= c * n * eps * l1 * (the
largest sum of |terms| at any sample), with c a small constant (8 below). filtfilt
does two passes: the bound is applied with the padded signal and squared l1 gain.
"""

from __future__ import annotations

import warnings

import numpy as np
import pytest
import scipy.signal
from hypothesis import given, settings
from hypothesis import strategies as st

from compat import CompatWarning
from compat.matlab import filter, filtfilt  # noqa: A004
from oracles import run_octave, run_octave_calls

RNG = np.random.default_rng(20240612)
EPS = np.finfo(np.float64).eps
EPS32 = np.finfo(np.float32).eps
B4, A4 = scipy.signal.butter(4, 0.3)
BC, AC = scipy.signal.cheby1(3, 0.5, 0.25)


# --------------------------------------------------------------------------- references
def ref_filter(b, a, x, zi=None):
    """1-D filter by the difference equation, in long double. Returns (y, zf)."""
    b = np.asarray(b, dtype=np.longdouble).ravel()
    a = np.asarray(a, dtype=np.longdouble).ravel()
    x = np.asarray(x).ravel()
    n = max(b.size, a.size)
    bb = np.zeros(n, np.longdouble)
    aa = np.zeros(n, np.longdouble)
    bb[:b.size] = b / a[0]
    aa[:a.size] = a / a[0]
    w = np.zeros(n, np.longdouble)  # w[1..n-1] are the delays
    if zi is not None:
        w[1:] = np.asarray(zi, dtype=np.longdouble).ravel()
    y = np.zeros(x.size, np.longdouble)
    for m in range(x.size):
        xm = np.longdouble(x[m])
        ym = bb[0] * xm + (w[1] if n > 1 else 0)
        new = np.zeros(n, np.longdouble)
        for k in range(1, n):
            nxt = w[k + 1] if k + 1 < n else 0
            new[k] = bb[k] * xm + nxt - aa[k] * ym
        w = new
        y[m] = ym
    return y, w[1:].copy()


def _l1(a, length=2000):
    """l1 norm of the impulse response of 1/A(z) (truncated; the filters are stable)."""
    imp = np.zeros(length)
    imp[0] = 1
    return float(np.abs(scipy.signal.lfilter([1.0], a, imp)).sum())


def filter_bound(b, a, x, y, zi=None, eps=EPS):
    b = np.abs(np.asarray(b, float).ravel()) / abs(np.ravel(a)[0])
    an = np.abs(np.asarray(a, float).ravel()) / abs(np.ravel(a)[0])
    terms = b.sum() * np.nanmax(np.abs(x)) + an.sum() * np.nanmax(np.abs(y)) + \
        (0 if zi is None else np.abs(zi).max())
    n = max(b.size, an.size)
    return 8 * n * eps * _l1(np.ravel(a)) * terms


def steady_state(b, a):
    """Closed form of the unit-step steady-state delays, long double."""
    b = np.asarray(b, np.longdouble).ravel()
    a = np.asarray(a, np.longdouble).ravel()
    n = max(b.size, a.size)
    bb = np.zeros(n, np.longdouble)
    aa = np.zeros(n, np.longdouble)
    bb[:b.size] = b / a[0]
    aa[:a.size] = a / a[0]
    dc = bb.sum() / aa.sum()
    return np.array([sum(bb[j] - dc * aa[j] for j in range(k, n)) for k in range(1, n)],
                    dtype=np.longdouble)


def ref_filtfilt_1d(b, a, x, zi_scale=1.0):
    """MATLAB's documented filtfilt on one column, written out (long double)."""
    x = np.asarray(x, np.longdouble).ravel()
    nfilt = max(np.size(b), np.size(a))
    nfact = max(1, 3 * (nfilt - 1))
    assert x.size > nfact
    head = [2 * x[0] - x[i] for i in range(nfact, 0, -1)]          # x(nfact+1:-1:2)
    tail = [2 * x[-1] - x[x.size - 1 - i] for i in range(1, nfact + 1)]  # x(end-1:-1:end-nfact)
    v = np.array(head + list(x) + tail, dtype=np.longdouble)
    zi = steady_state(b, a) * zi_scale
    v, _ = ref_filter(b, a, v, zi * v[0])
    v = v[::-1]
    v, _ = ref_filter(b, a, v, zi * v[0])
    v = v[::-1]
    return v[nfact:nfact + x.size]


def ref_filtfilt(b, a, x):
    x = np.asarray(x, float)
    if x.ndim == 1 or x.shape[0] == 1:
        return ref_filtfilt_1d(b, a, x).reshape(x.shape)
    cols = x.reshape(x.shape[0], -1)
    out = np.stack([ref_filtfilt_1d(b, a, cols[:, j]) for j in range(cols.shape[1])], axis=1)
    return out.reshape(x.shape)


def ref_sos_filtfilt(sos, x, order=None):
    """MATLAB's SOS filtfilt: one complete filtfilt pass per section, padding 3*order."""
    y = np.asarray(x, np.longdouble)
    order = 2 * sos.shape[0] if order is None else order  # default: full biquads
    nfact = 3 * order
    for row in sos:
        b, a = row[:3], row[3:]
        v = np.concatenate([2 * y[0] - y[nfact:0:-1], y, 2 * y[-1] - y[-2:-nfact - 2:-1]])
        zi = steady_state(b, a)
        v, _ = ref_filter(b, a, v, zi * v[0])
        v = v[::-1]
        v, _ = ref_filter(b, a, v, zi * v[0])
        y = v[::-1][nfact:nfact + y.size]
    return y


def assert_within(got, want, tol, what=""):
    got = np.asarray(got)
    want = np.asarray(want)
    assert got.shape == want.shape, (what, got.shape, want.shape)
    err = np.abs(got.astype(np.complex128) - want.astype(np.clongdouble).astype(np.complex128))
    assert np.nanmax(err, initial=0) <= tol, f"{what}: max err {np.nanmax(err)}, tol {tol}"


# --------------------------------------------------------------------------- filter: values
def test_filter_doc_moving_average():
    # MATLAB documentation "Moving-Average Filter": b = ones(1,5)/5, a = 1
    t = np.linspace(-np.pi, np.pi, 100)
    x = np.sin(t) + 0.25 * RNG.random(100)
    y = filter(np.ones(5) / 5, 1, x)
    want = np.array([x[max(0, m - 4):m + 1].sum() / 5 for m in range(100)])
    np.testing.assert_allclose(y, want, rtol=0, atol=8 * EPS)  # 5-term sums of |x| <= 1.25
    assert y.shape == (100,)


def test_filter_doc_rows_with_dim():
    # MATLAB documentation "Filter Matrix Rows": b = 1, a = [1 -0.2], filter(b,a,x,[],2)
    x = RNG.random((2, 15))
    y = filter(1, [1, -0.2], x, [], 2)
    for r in range(2):
        want, _ = ref_filter(1, [1, -0.2], x[r])
        assert_within(y[r], want, filter_bound(1, [1, -0.2], x[r], want), "row")
    # the naive scipy call filters rows here by accident; on the transpose it is wrong:
    wrong = scipy.signal.lfilter([1.0], [1, -0.2], x.T)
    assert not np.allclose(filter(1, [1, -0.2], x.T), wrong)


def test_filter_simple_known_values():
    np.testing.assert_array_equal(filter([1, 2, 3], 1, [1, 0, 0, 0, 1]), [1, 2, 3, 0, 1])
    np.testing.assert_array_equal(filter(1, [1, -0.5], [1.0, 0, 0, 0]), [1, 0.5, 0.25, 0.125])
    # a(1) = 2 normalises both b and a
    np.testing.assert_array_equal(filter(2, [2, -1], [1.0, 0, 0]), [1, 0.5, 0.25])


@pytest.mark.parametrize("ba", [(B4, A4), (BC, AC), ([1, -2, 0.5], [2, -0.5]),
                                ([0.5], [1, -0.9, 0.2]), ([1.0, 2, 3], [1.0])], ids=str)
@pytest.mark.parametrize("with_zi", [False, True])
def test_filter_matches_difference_equation(ba, with_zi):
    b, a = ba
    n = max(len(b), len(a))
    x = RNG.standard_normal(60)
    zi = RNG.standard_normal(n - 1) if with_zi else None
    y, zf = filter(b, a, x, zi, nargout=2)
    want, wzf = ref_filter(b, a, x, zi)
    tol = filter_bound(b, a, x, want, zi)
    assert_within(y, want, tol, "y")
    assert_within(zf, wzf, tol, "zf")


def test_filter_block_processing_equals_one_call():
    x = RNG.standard_normal((100, 3))
    y, zf = filter(B4, A4, x[:37], nargout=2)
    assert zf.shape == (4, 3)
    y2, zf2 = filter(B4, A4, x[37:], zf, nargout=2)
    yall, zfall = filter(B4, A4, x, nargout=2)
    # the same operations in the same order: identical bits
    np.testing.assert_array_equal(np.vstack([y, y2]), yall)
    np.testing.assert_array_equal(zf2, zfall)


@settings(max_examples=40, deadline=None)
@given(st.integers(1, 6), st.integers(1, 5), st.integers(0, 40), st.integers(0, 2**31))
def test_filter_property_split_and_reference(nb, na, nx, seed):
    rng = np.random.default_rng(seed)
    b = rng.standard_normal(nb)
    a = np.concatenate([[1.0], 0.3 * rng.standard_normal(na - 1) / max(na - 1, 1)])
    x = rng.standard_normal(nx)
    y, zf = filter(b, a, x, nargout=2)
    n = max(nb, na)
    assert zf.shape == (n - 1,)
    if nx:
        want, wzf = ref_filter(b, a, x)
        tol = filter_bound(b, a, x, want)
        assert_within(y, want, tol)
        assert_within(zf, wzf, tol)
        k = nx // 2
        y1, z1 = filter(b, a, x[:k], nargout=2)
        y2 = filter(b, a, x[k:], z1)
        np.testing.assert_array_equal(np.concatenate([y1, y2]), y)


# --------------------------------------------------------------------------- filter: layout
def test_filter_orientation_and_default_dim():
    row = RNG.standard_normal((1, 20))
    col = row.T.copy()
    yr, zr = filter(B4, A4, row, nargout=2)
    yc, zc = filter(B4, A4, col, nargout=2)
    assert yr.shape == (1, 20) and yc.shape == (20, 1)
    assert zr.shape == (4, 1) and zc.shape == (4, 1)  # zf of a vector is a column
    np.testing.assert_array_equal(yr.ravel(), yc.ravel())
    y1, z1 = filter(B4, A4, row.ravel(), nargout=2)  # 1-D: 1-D y and zf
    assert y1.shape == (20,) and z1.shape == (4,)
    np.testing.assert_array_equal(y1, yr.ravel())


def test_filter_nd_dim_and_zi_layout():
    # MATLAB documentation: filtering a 3x4x5 x along dim 2 takes a (n-1)x3x5 zi
    x = RNG.standard_normal((3, 4, 5))
    zi = RNG.standard_normal((4, 3, 5))
    y, zf = filter(B4, A4, x, zi, 2, nargout=2)
    assert y.shape == (3, 4, 5) and zf.shape == (4, 3, 5)
    for i in range(3):
        for k in range(5):
            want, wzf = ref_filter(B4, A4, x[i, :, k], zi[:, i, k])
            tol = filter_bound(B4, A4, x[i, :, k], want, zi[:, i, k])
            assert_within(y[i, :, k], want, tol)
            assert_within(zf[:, i, k], wzf, tol)
    # legacy 2-D zi (n-1) x prod(other sizes), columns in MATLAB's column-major order
    zi2 = zi.reshape(4, 15, order="F")
    y2, zf2 = filter(B4, A4, x, zi2, 2, nargout=2)
    np.testing.assert_array_equal(y2, y)
    np.testing.assert_array_equal(zf2, zf)


def test_filter_vector_zi_is_used_for_every_column():
    # Embedded MATLAB filter.m: a vector zi of n-1 elements loads every column
    x = RNG.standard_normal((10, 3))
    zi = RNG.standard_normal(4)
    y = filter(B4, A4, x, zi)
    for j in range(3):
        np.testing.assert_array_equal(y[:, j], filter(B4, A4, x[:, j], zi))
    np.testing.assert_array_equal(filter(B4, A4, x, zi[:, None]), y)


def test_filter_trailing_singleton_dim():
    x = RNG.standard_normal((4, 3))
    zi = RNG.standard_normal((1, 4, 3))
    y, zf = filter([2.0, 1], [1.0, 0.5], x, zi, 3, nargout=2)
    np.testing.assert_allclose(y, 2 * x + zi[0], rtol=0, atol=4 * EPS * 5)
    assert zf.shape == (1, 4, 3)
    np.testing.assert_allclose(zf[0], x - 0.5 * y, rtol=0, atol=8 * EPS * 5)


def test_filter_empty_and_gain():
    y, zf = filter([1, 2, 3], 1, np.zeros((0, 3)), nargout=2)
    assert y.shape == (0, 3) and zf.shape == (2, 3) and not zf.any()
    y, zf = filter(2.0, 4.0, [1.0, 2, 3], nargout=2)
    np.testing.assert_array_equal(y, [0.5, 1, 1.5])
    assert zf.shape == (0,)


def test_filter_nan_inf():
    x = np.array([1.0, np.nan, 3, 4, 5])
    y = filter([1, 1], 1, x)  # FIR: NaN only where it is in the window
    np.testing.assert_array_equal(np.isnan(y), [False, True, True, False, False])
    assert np.isnan(filter(1, [1, -0.5], x)[1:]).all()  # IIR: carried forever
    y = filter([1, 1], 1, [1.0, np.inf, 1])
    np.testing.assert_array_equal(y, [1, np.inf, np.inf])


def test_filter_dtypes():
    xs = RNG.standard_normal(30).astype(np.float32)
    y, zf = filter(B4, A4, xs, nargout=2)
    assert y.dtype == np.float32 and zf.dtype == np.float32
    want, _ = ref_filter(np.float32(B4), np.float32(A4), xs)
    assert_within(y, want, filter_bound(B4, A4, xs, want, eps=EPS32))
    assert filter(np.float32([1, 2]), 1, [1.0, 2]).dtype == np.float32
    assert filter(1, 1, [1.0, 2], np.float32([])).dtype == np.float64  # [] is omitted
    assert filter(1, [1, 0.5], [1.0, 2], np.float32([1])).dtype == np.float32
    assert filter(1, 1, np.array([1, 2], np.int16)).dtype == np.float64
    assert filter(1, 1, np.array([True, False])).dtype == np.float64
    yc = filter([1, 1j], 1, [1.0, 2])
    assert yc.dtype == np.complex128
    np.testing.assert_array_equal(yc, [1, 2 + 1j])
    assert filter(1, 1, np.ones(2, np.complex64)).dtype == np.complex64


def test_filter_does_not_modify_inputs():
    b, a = B4.copy(), A4 * 2
    x = RNG.standard_normal((12, 2))
    zi = RNG.standard_normal((4, 2))
    copies = [v.copy() for v in (b, a, x, zi)]
    filter(b, a, x, zi, nargout=2)
    for v, c in zip((b, a, x, zi), copies):
        np.testing.assert_array_equal(v, c)


# --------------------------------------------------------------------------- filtfilt
@pytest.mark.parametrize("ba", [(B4, A4), (BC, AC), ([0.25, 0.5, 0.25], [1.0]),
                                ([1.0, -2, 0.5], [2, -0.5]), ([0.2], [1, -0.8])], ids=str)
def test_filtfilt_matches_documented_algorithm(ba):
    b, a = ba
    x = RNG.standard_normal(80)
    got = filtfilt(b, a, x)
    want = ref_filtfilt(b, a, x)
    nfilt = max(len(b), len(a))
    xpad_max = 3 * np.abs(x).max()  # odd reflection: |2 x(1) - x(k)| <= 3 max|x|
    tol = filter_bound(b, a, [xpad_max], [xpad_max * 2]) * _l1(a) * 4 * nfilt
    assert_within(got, want, tol)


def test_filtfilt_equals_scipy_with_matlab_padlen():
    x = RNG.standard_normal((200, 3))
    for b, a in [(B4, A4), (BC, AC)]:
        nfilt = max(len(b), len(a))
        got = filtfilt(b, a, x)
        s = scipy.signal.filtfilt(b, a, x, axis=0, padtype="odd", padlen=3 * (nfilt - 1))
        np.testing.assert_allclose(got, s, rtol=0, atol=1e-13)  # same method, rounding only
        # scipy's defaults (axis=-1, padlen=3*nfilt) are a different answer
        dflt = scipy.signal.filtfilt(b, a, x.T).T
        assert np.abs(dflt - got).max() > 1e-6


def test_filtfilt_orientation_and_shapes():
    x = RNG.standard_normal(40)
    y1 = filtfilt(B4, A4, x)
    assert y1.shape == (40,)
    np.testing.assert_array_equal(filtfilt(B4, A4, x[None, :]), y1[None, :])
    np.testing.assert_array_equal(filtfilt(B4, A4, x[:, None]), y1[:, None])
    X = RNG.standard_normal((30, 2, 3))
    Y = filtfilt(B4, A4, X)
    assert Y.shape == (30, 2, 3)
    for i in range(2):
        for k in range(3):
            np.testing.assert_array_equal(Y[:, i, k], filtfilt(B4, A4, X[:, i, k]))
    assert filtfilt(B4, A4, np.zeros((0, 3))).shape == (0, 0)  # MATLAB's y = []


def test_filtfilt_constant_and_ramp():
    # steady-state ICs + odd reflection: a constant through a DC-gain-1 IIR stays put,
    # a ramp through a symmetric FIR with DC gain 1 is reproduced
    c = np.full(50, 3.25)
    np.testing.assert_allclose(filtfilt(B4, A4, c), c, rtol=0, atol=1e-12)
    r = np.arange(1.0, 31.0)
    np.testing.assert_allclose(filtfilt([0.25, 0.5, 0.25], 1, r), r, rtol=0, atol=1e-13)


def test_filtfilt_length_limit():
    # more than 3*(nfilt-1) samples needed: nfilt = 5 -> 13 samples OK, 12 not
    filtfilt(B4, A4, np.ones(13))
    with pytest.raises(ValueError, match=r"^filtfilt: Data must have length more than 12"):
        filtfilt(B4, A4, np.ones(12))
    with pytest.raises(ValueError, match=r"^filtfilt: Data must have length more than 1 "):
        filtfilt(2.0, 1.0, np.ones(1))  # nfact = max(1, 0) = 1
    np.testing.assert_array_equal(filtfilt(2.0, 1.0, [1.0, 2]), [4, 8])


def test_filtfilt_sos_against_reference():
    sos = scipy.signal.butter(6, 0.2, output="sos")
    x = RNG.standard_normal(120)
    got = filtfilt(sos, 1, x)
    want = ref_sos_filtfilt(sos, x)
    assert_within(got, want, 1e-12)  # three biquad passes, each ~1e-15 * l1 gains <= 50
    # the scale values multiply the numerators; g of length L+1 also scales the last
    g = np.array([2.0, 0.5, 1.5, 3.0])
    np.testing.assert_allclose(filtfilt(sos, g, x), (2 * 0.5 * 1.5 * 3.0) ** 2 * got,
                               rtol=1e-12, atol=1e-14)
    # not the same as scipy's sosfiltfilt (different padding and per-section passes)
    assert np.abs(scipy.signal.sosfiltfilt(sos, x) - got).max() > 1e-6


def test_filtfilt_sos_1x6_warnings():
    row = np.array([[0.5, 0.5, 0.0, 1.0, -0.2, 0.0]])
    x = RNG.standard_normal(30)
    with pytest.warns(CompatWarning, match="SOS"):
        y = filtfilt(row, 1, x)
    # a first-order section: filtord is 1, so the padding is 3 samples
    assert_within(y, ref_sos_filtfilt(row, x, order=1), 1e-14)
    with pytest.warns(CompatWarning, match="transfer-function"):
        filtfilt(np.array([[0.5, 0.5, 0.0, 2.0, -0.2, 0.0]]), 1, x)


def test_filtfilt_singular_steady_state_warns():
    # a pole at z = 1: MATLAB's sparse solve is singular (warning, non-finite states)
    with pytest.warns(CompatWarning, match="singular"):
        y = filtfilt(1, [1, -1], RNG.standard_normal(20))
    assert np.isnan(y).all()


def test_filtfilt_does_not_modify_inputs():
    b, a, x = B4.copy(), A4.copy(), RNG.standard_normal((20, 2))
    copies = [v.copy() for v in (b, a, x)]
    filtfilt(b, a, x)
    for v, c in zip((b, a, x), copies):
        np.testing.assert_array_equal(v, c)


def test_filtfilt_complex_and_int():
    x = RNG.standard_normal(30) + 1j * RNG.standard_normal(30)
    y = filtfilt(B4, A4, x)
    assert y.dtype == np.complex128
    np.testing.assert_allclose(y, filtfilt(B4, A4, x.real) + 1j * filtfilt(B4, A4, x.imag),
                               rtol=0, atol=1e-14)
    assert filtfilt([1, 1], 2, np.arange(10)).dtype == np.float64


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    "call, exc, message",
    [
        (lambda: filter(1, 0, [1.0]), ValueError,
         "filter: First denominator filter coefficient must be non-zero."),
        (lambda: filter(1, [0, 1], [1.0]), ValueError,
         "filter: First denominator filter coefficient must be non-zero."),
        (lambda: filter(1, [np.nan, 1], [1.0]), ValueError,
         "filter: First denominator filter coefficient must be finite."),
        (lambda: filter(np.ones((2, 2)), 1, [1.0]), ValueError, "filter: First argument must be a vector"),
        (lambda: filter(1, np.ones((2, 2)), [1.0]), ValueError, "filter: Second argument must be a vector"),
        (lambda: filter([], 1, [1.0]), ValueError, "filter: First argument must be a non-empty vector"),
        (lambda: filter(1, np.zeros((1, 0)), [1.0]), ValueError, "filter: Second argument must be a non-empty"),
        (lambda: filter([1, 2, 3], 1, np.ones((4, 3)), [1.0, 2, 3]), ValueError,
         "filter: Initial conditions must be a vector of length max(length(a),length(b))-1"),
        (lambda: filter([1, 2, 3], 1, np.ones((4, 3)), np.ones((2, 2))), ValueError,
         "filter: Initial conditions must be"),
        (lambda: filter(1, 1, [1.0], None, 0), ValueError, "filter: dimension argument"),
        (lambda: filter(1, 1, [1.0], None, 1.5), ValueError, "filter: dimension argument"),
        (lambda: filter(1, 1, [1.0], nargout=3), ValueError, "filter: nargout must be"),
        (lambda: filter(1, 1, "abc"), TypeError, "filter: x must be numeric"),
        (lambda: filter(1, 1, np.array([object()])), TypeError, "filter: x must be numeric"),
        (lambda: filter(1, 1, np.ones(2, np.longdouble)), TypeError, "filter: x has extended precision"),
        (lambda: filtfilt(B4, A4, np.ones(12)), ValueError, "filtfilt: Data must have length more than 12"),
        (lambda: filtfilt(B4, A4, [1.0, np.nan] * 10), ValueError, "filtfilt: Expected input to be finite."),
        (lambda: filtfilt(B4, [0, 1], np.ones(20)), ValueError,
         "filtfilt: First denominator filter coefficient must be nonzero."),
        (lambda: filtfilt(B4, np.ones((2, 2)), np.ones(20)), ValueError, "filtfilt: Expected a to be a vector"),
        (lambda: filtfilt(np.ones((2, 3)), 1, np.ones(20)), ValueError, "filtfilt: b must be a vector"),
        (lambda: filtfilt(np.ones((2, 6)), [1, 2, 3, 4], np.ones(40)), ValueError,
         "filtfilt: The scale values vector G must have at most L+1 = 3"),
        (lambda: filtfilt(B4, A4, np.ones(20, np.float32)), TypeError,
         "filtfilt: Expected input to be one of these types: double"),
        (lambda: filtfilt(B4, A4, "abcdefghijklmnopq"), TypeError, "filtfilt: x must be numeric"),
    ],
)
def test_bad_input_messages(call, exc, message):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", CompatWarning)
        with pytest.raises(exc) as info:
            call()
    assert str(info.value).startswith(message), str(info.value)


# --------------------------------------------------------------------------- live Octave
def _octave_cases():
    """(call text, inputs, compat callable) for random cases, run in one Octave process."""
    rng = np.random.default_rng(11)
    cases = []
    designs = [(B4, A4), (BC, AC), (np.array([1.0, -2, 0.5]), np.array([2.0, -0.5])),
               (np.array([0.3, 0.4]), np.array([1.0, -0.6, 0.2, -0.05])),
               (rng.standard_normal(6), np.array([1.0]))]
    for b, a in designs:
        n = max(b.size, a.size)
        for shape in [(1, 37), (37, 1), (25, 4), (5, 6, 3)]:
            x = rng.standard_normal(shape)
            cases.append(("[y, zf] = filter(b, a, x)", {"b": b[None], "a": a[None], "x": x},
                          lambda b, a, x: filter(b, a, x, nargout=2)))
        x = rng.standard_normal((20, 3))
        zi = rng.standard_normal((n - 1, 20))
        cases.append(("[y, zf] = filter(b, a, x, zi, 2)", {"b": b[None], "a": a[None], "x": x, "zi": zi},
                      lambda b, a, x, zi: filter(b, a, x, zi, 2, nargout=2)))
        xs = rng.standard_normal((30, 2)).astype(np.float32)
        cases.append(("[y, zf] = filter(b, a, x)", {"b": b[None], "a": a[None], "x": xs},
                      lambda b, a, x: filter(b, a, x, nargout=2)))
        xn = rng.standard_normal((1, 30))
        xn[0, rng.integers(0, 30, 3)] = np.nan
        cases.append(("[y, zf] = filter(b, a, x)", {"b": b[None], "a": a[None], "x": xn},
                      lambda b, a, x: filter(b, a, x, nargout=2)))
        if a[0] == 1:  # filtfilt: Octave and MATLAB agree when a(1) == 1 (see suite)
            for shape in [(1, 60), (60, 1), (45, 3)]:
                x = rng.standard_normal(shape)
                cases.append(("y = filtfilt(b, a, x)", {"b": b[None], "a": a[None], "x": x},
                              lambda b, a, x: filtfilt(b, a, x)))
    return cases


@pytest.mark.octave
def test_against_octave():
    cases = _octave_cases()
    results = run_octave_calls([(call.split("=", 1)[1].strip(), args,
                                 call.split("=")[0].count(",") + 1)
                                for call, args, _ in cases], setup="pkg load signal")
    worst = 0.0
    for (call, args, fn), outs in zip(cases, results):
        assert not isinstance(outs, Exception), (call, outs)
        got = fn(**args)
        got = got if isinstance(got, tuple) else (got,)
        single = any(v.dtype == np.float32 for v in args.values())
        assert outs[0].dtype == (np.float32 if single else np.float64), call  # class
        eps = EPS32 if single else EPS
        for j, g in enumerate(got):
            want = outs[j]
            g2 = g if g.ndim >= 2 else g.reshape(want.shape)
            assert g2.shape == want.shape, (call, j, g2.shape, want.shape)
            assert g2.dtype == want.dtype, (call, g2.dtype, want.dtype)
            np.testing.assert_array_equal(np.isnan(g2), np.isnan(want), err_msg=call)
            fin = np.isfinite(want)
            if not fin.any():
                continue
            # bound: rounding-order differences, |err| <= c*eps*l1(1/A)^k * max|values|,
            # k = 2 for filtfilt's two passes
            a = args.get("a")
            gain = _l1(a.ravel())
            if call.startswith("y = filtfilt"):
                gain = gain ** 2 * 10  # and cond(I - A) of the steady-state solve
            scale = max(np.abs(want[fin]).max(), np.abs(args["x"]).max())
            tol = 64 * eps * gain * scale
            err = np.abs(g2[fin] - want[fin]).max()
            assert err <= tol, (call, j, err, tol)
            worst = max(worst, err / (eps * gain * scale))
    print(f"\n{len(cases)} Octave cases; worst error {worst:.2f} eps * l1-gain * scale")


@pytest.mark.octave
def test_octave_filtfilt_divergences():
    """Evidence for the recorded divergences of Octave signal 1.4.3's filtfilt."""
    x = np.random.default_rng(3).standard_normal((1, 40))
    b, a = np.array([[1.0, -2, 0.5]]), np.array([[2.0, -0.5]])
    X3 = np.random.default_rng(4).standard_normal((30, 2, 2))
    statements = ("y = filtfilt(b, a, x); y3 = filtfilt(b(1)*[1 1], 1, X3);\n"
                  "yn = filtfilt([1 1]/2, 1, [1 NaN 3 4 5 6 7 8]);")
    [out] = run_octave([(statements, {"x": x, "b": b, "a": a, "X3": X3},
                         ["y", "y3", "yn"])], setup="pkg load signal")
    # 1. a(1) = 2: Octave's initial states are a(1) times the steady state
    octave_like = ref_filtfilt_1d(b, a, x, zi_scale=2.0)
    np.testing.assert_allclose(out["y"].ravel(), octave_like.astype(float), rtol=0, atol=1e-12)
    ours = filtfilt(b, a, x)
    assert_within(ours, ref_filtfilt(b, a, x), 1e-12)
    assert np.abs(ours - out["y"]).max() > 1e-6  # the edges differ
    # 2. N-D: Octave drops the second page (returns 30x2); MATLAB returns 30x2x2
    assert out["y3"].shape == (30, 2)
    assert filtfilt(2 * np.ones(2), 1, X3).shape == (30, 2, 2)
    # 3. NaN data: Octave filters it, MATLAB rejects it
    assert np.isnan(out["yn"]).all()
