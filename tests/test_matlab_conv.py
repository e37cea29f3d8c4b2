"""Tests of the MATLAB convolution family: compat.matlab.conv, conv2, convn, filter2 and
deconv.

The reference implementations below are deliberately plain loops written from the
MATLAB documentation: ``C(k) = sum_j A(j) B(k-j+1)`` over the legal subscripts only,
'full' size ``max([m+k-1, m, k])``, 'same' = the part of size ``m`` starting at
``floor(k/2)+1``, 'valid' size ``max(m-max(0,k-1), 0)``.

Tolerances: integer-valued data must match exactly. Floating results are compared with
the classical bound for a sum of ``n`` products computed in a different order,
``|error| <= 2 n eps * sum |a_i b_i|`` (the right-hand side is computed as the
convolution of |A| and |B|), which is a few ULP of the largest term per element.
"""

from __future__ import annotations

import itertools
import math

import numpy as np
import pytest
import scipy.ndimage
import scipy.signal
from hypothesis import given, settings
from hypothesis import strategies as st

from compat.matlab import conv, conv2, convn, deconv, filter2
from oracles import run_octave_calls

RNG = np.random.default_rng(20240611)
DECONV_RNG = np.random.default_rng(20240612)


# --------------------------------------------------------------------------- references
def _window(m, k, shape):
    """(start, length), 0-based in the full result, written from MATLAB's docs."""
    full = max(m + k - 1, m, k)
    if shape == "full":
        return 0, full
    if shape == "same":
        return (math.floor(k / 2) if k else 0), m
    return (k - 1 if k else 0), max(m - max(0, k - 1), 0)


def ref_convn(A, B, shape="full", absolute=False):
    """Brute-force N-D convolution over legal subscripts (loops, float64/complex128)."""
    A = np.asarray(A)
    B = np.asarray(B)
    nd = max(A.ndim, B.ndim, 2)
    A = A.reshape(A.shape + (1,) * (nd - A.ndim))
    B = B.reshape(B.shape + (1,) * (nd - B.ndim))
    dt = np.complex128 if (A.dtype.kind == "c" or B.dtype.kind == "c") else np.float64
    A = A.astype(dt)
    B = B.astype(dt)
    if absolute:
        A, B = np.abs(A), np.abs(B)
    wins = [_window(m, k, shape) for m, k in zip(A.shape, B.shape)]
    out = np.zeros([n for _, n in wins], dt)
    for idx in itertools.product(*[range(n) for _, n in wins]):
        p = [s + i for (s, _), i in zip(wins, idx)]  # full-result index, 0-based
        acc = dt(0)
        for j in itertools.product(*[range(m) for m in A.shape]):
            kk = [pi - ji for pi, ji in zip(p, j)]
            if all(0 <= x < m for x, m in zip(kk, B.shape)):
                with np.errstate(invalid="ignore"):
                    acc += A[j] * B[tuple(kk)]
        out[idx] = acc
    return out


def ref_conv2(A, B, shape="full", absolute=False):
    A = np.atleast_2d(np.asarray(A))
    B = np.atleast_2d(np.asarray(B))
    return ref_convn(A, B, shape, absolute)


def ref_filter2(h, X, shape="same"):
    """Correlation by loops: conv2(X, rot90(h, 2)) written out."""
    h = np.atleast_2d(np.asarray(h))
    return ref_conv2(X, h[::-1, ::-1], shape)


def assert_close_sum(got, want, bound_abs, eps):
    """|got - want| <= 2 n eps * (|A|*|B|), n the number of products per element."""
    got = np.asarray(got)
    want = np.asarray(want)
    assert got.shape == want.shape, (got.shape, want.shape)
    err = np.abs(got.astype(np.complex128) - want)
    tol = 2 * bound_abs[1] * eps * bound_abs[0] + 1e-300
    bad = err > tol
    assert not bad.any(), f"max err {err.max()}, tol there {tol[bad][:3]}"


def _bound(A, B, shape, conv_fn=ref_conv2):
    A2 = np.atleast_2d(np.asarray(A))
    B2 = np.atleast_2d(np.asarray(B))
    return conv_fn(A2, B2, shape, absolute=True).real, max(B2.size, 1) + max(A2.size, 1)


# --------------------------------------------------------------------------- user story 2
STORY_A = np.array([[1.0, -2.0], [3.0, 4.0]])
STORY_K = np.array([[-0.7071, 0.7071]])


def test_story2_full():
    # MATLAB prints -0.7071 2.1213 -1.4142; -2.1213 -0.7071 2.8284 (4 decimals)
    got = conv2(STORY_A, STORY_K)
    printed = np.array([[-0.7071, 2.1213, -1.4142], [-2.1213, -0.7071, 2.8284]])
    np.testing.assert_allclose(got, printed, rtol=0, atol=0.5e-4)
    np.testing.assert_array_equal(got, scipy.signal.convolve2d(STORY_A, STORY_K))


def test_story2_same_is_matlab_centre_not_scipy():
    got = conv2(STORY_A, STORY_K, "same")
    printed = np.array([[2.1213, -1.4142], [-0.7071, 2.8284]])
    np.testing.assert_allclose(got, printed, rtol=0, atol=0.5e-4)
    full = conv2(STORY_A, STORY_K)
    np.testing.assert_array_equal(got, full[:, 1:3])
    # scipy returns the other two columns
    np.testing.assert_array_equal(
        scipy.signal.convolve2d(STORY_A, STORY_K, mode="same"), full[:, 0:2]
    )


def test_story2_windowed_sum_exact_integers():
    A = RNG.integers(-9, 10, size=(23, 17))
    B = RNG.integers(-9, 10, size=(23, 17))
    D = A**2 - B**2
    S = conv2(D, np.ones((3, 3)), "same")
    # hand-written 3x3 window sum with zero outside
    P = np.pad(D, 1)
    loop = np.zeros(D.shape, dtype=np.int64)
    for i in range(D.shape[0]):
        for j in range(D.shape[1]):
            loop[i, j] = P[i : i + 3, j : j + 3].sum()
    assert S.dtype == np.float64
    np.testing.assert_array_equal(S, loop)
    np.testing.assert_array_equal(S == 3, loop == 3)
    # story 7: scipy's convolve2d agrees for the symmetric ones(3)
    np.testing.assert_array_equal(scipy.signal.convolve2d(D, np.ones((3, 3)), "same"), loop)


def test_windowed_sum_large_exact():
    A = RNG.integers(-1000, 1000, size=(300, 257)).astype(float)
    K = RNG.integers(-50, 50, size=(15, 14)).astype(float)
    for shape in ("full", "same", "valid"):
        got = conv2(A, K, shape)
        s = scipy.signal.convolve2d(A, K, "full")
        (r0, m), (c0, n) = _window(300, 15, shape), _window(257, 14, shape)
        np.testing.assert_array_equal(got, s[r0 : r0 + m, c0 : c0 + n])


# --------------------------------------------------------------------------- conv2 vs reference
SHAPE_PAIRS = [
    ((5, 6), (3, 3)),
    ((5, 6), (2, 2)),
    ((6, 5), (4, 3)),
    ((4, 7), (1, 4)),
    ((7, 4), (4, 1)),
    ((3, 3), (5, 5)),  # kernel larger than A
    ((2, 5), (4, 2)),  # larger in one dimension only
    ((1, 1), (1, 1)),
    ((1, 1), (3, 2)),
    ((1, 8), (1, 3)),  # row vectors
    ((8, 1), (3, 1)),  # column vectors
    ((8, 1), (1, 3)),  # column and row
    ((1, 8), (3, 1)),
    ((0, 3), (2, 2)),  # empty A
    ((3, 0), (2, 2)),
    ((3, 3), (0, 0)),  # empty kernel
    ((3, 4), (0, 2)),
    ((0, 0), (0, 0)),
    ((20, 11), (17, 2)),  # many Toeplitz blocks, even kernel
    ((40, 3), (3, 9)),
]


def _rand(shape, kind):
    if kind == "int":
        return RNG.integers(-5, 6, size=shape).astype(float)
    if kind == "float":
        return RNG.standard_normal(shape)
    if kind == "complex":
        return RNG.standard_normal(shape) + 1j * RNG.standard_normal(shape)
    if kind == "single":
        return RNG.standard_normal(shape).astype(np.float32)
    raise AssertionError(kind)


@pytest.mark.parametrize("shape", ["full", "same", "valid"])
@pytest.mark.parametrize("pair", SHAPE_PAIRS, ids=str)
@pytest.mark.parametrize("kind", ["int", "float", "complex", "single"])
def test_conv2_matches_reference(pair, shape, kind):
    A = _rand(pair[0], kind)
    B = _rand(pair[1], kind)
    got = conv2(A, B, shape)
    want = ref_conv2(A, B, shape)
    assert got.shape == want.shape
    if kind == "int":
        np.testing.assert_array_equal(got, want)
        assert got.dtype == np.float64
    else:
        eps = np.finfo(np.float32 if kind == "single" else np.float64).eps
        assert_close_sum(got, want, _bound(A, B, shape), eps)
        expected = {"float": np.float64, "complex": np.complex128, "single": np.float32}[kind]
        assert got.dtype == expected


def test_conv2_mixed_real_complex_and_single_double():
    A = _rand((6, 5), "float")
    B = _rand((3, 2), "complex")
    assert_close_sum(conv2(A, B), ref_conv2(A, B), _bound(A, B, "full"), np.finfo(float).eps)
    assert_close_sum(conv2(B, A), ref_conv2(B, A), _bound(B, A, "full"), np.finfo(float).eps)
    As = A.astype(np.float32)
    assert conv2(As, B).dtype == np.complex64
    assert conv2(As, B.real).dtype == np.float32
    assert conv2(B.real, As).dtype == np.float32


def test_conv2_empty_sizes_follow_matlab_doc():
    # MATLAB: mc = max([ma+mb-1, ma, mb]); valid max([ma-max(0,mb-1), ...], 0)
    assert conv2(np.ones((3, 3)), np.zeros((0, 0))).shape == (3, 3)
    assert not conv2(np.ones((3, 3)), np.zeros((0, 0))).any()
    assert conv2(np.zeros((0, 3)), np.ones((2, 2))).shape == (2, 4)
    assert conv2(np.ones((3, 3)), np.zeros((0, 0)), "same").shape == (3, 3)
    assert conv2(np.ones((3, 3)), np.zeros((0, 2)), "valid").shape == (3, 2)
    assert conv2(np.zeros((0, 0)), np.zeros((0, 0))).shape == (0, 0)
    assert conv2(np.ones((2, 2)), np.ones((3, 3)), "valid").shape == (0, 0)
    assert conv2(np.ones((2, 5)), np.ones((3, 3)), "valid").shape == (0, 3)


def test_conv2_kernel_larger_same():
    # Octave 7.3: conv2(magic(2), reshape(1:25,5,5), 'same') = [102 152; 112 162]
    magic2 = np.array([[4, 3], [1, 2]])
    k = np.arange(1, 26).reshape(5, 5).T  # reshape(1:25,5,5) is column-major
    np.testing.assert_array_equal(conv2(magic2, k, "same"), [[102, 152], [112, 162]])


def test_conv2_nonfinite_legal_subscripts_only():
    # The padding is never multiplied: an Inf in the kernel leaves the edge finite.
    np.testing.assert_array_equal(conv2([1.0, 2, 3], [0, np.inf]), [0, np.inf, np.inf, np.inf])
    # Every legal product is formed: 0*Inf is NaN (MATLAB's documented sum; Octave 7.3
    # skips zero kernel entries, so it gives 8 and 12 where this gives NaN).
    A = np.array([[1, 2, 3], [4, np.inf, 6], [7, 8, 9]])
    B = np.array([[1.0, 0], [0, 1]])
    want = ref_conv2(A, B)
    got = conv2(A, B)
    np.testing.assert_array_equal(got, want)
    assert np.isnan(got[1, 2]) and np.isnan(got[2, 1])
    np.testing.assert_array_equal(conv2(B, A), want)  # commutative, unlike Octave's
    N = np.array([[1.0, np.nan], [3, 4]])
    np.testing.assert_array_equal(conv2(N, np.ones((2, 2)), "same"), ref_conv2(N, np.ones((2, 2)), "same"))


def test_conv2_nan_inf_random_against_reference():
    A = RNG.standard_normal((7, 6))
    A[RNG.random(A.shape) < 0.2] = np.nan
    A[2, 3] = np.inf
    A[5, 1] = -np.inf
    B = RNG.standard_normal((3, 4))
    B[0, 0] = 0.0
    for shape in ("full", "same", "valid"):
        got = conv2(A, B, shape)
        want = ref_conv2(A, B, shape)
        np.testing.assert_array_equal(np.isnan(got), np.isnan(want))
        fin = np.isfinite(want)
        np.testing.assert_array_equal(np.isinf(got), np.isinf(want))
        assert_close_sum(got[fin], want[fin], (_bound(np.nan_to_num(A, posinf=0, neginf=0), B, shape)[0][fin], 30), np.finfo(float).eps)


# --------------------------------------------------------------------------- 1-D handling
def test_conv2_one_d_inputs():
    a = np.array([1.0, 2, 3, 4])
    b = np.array([1.0, -1])
    assert conv2(a, b).shape == (5,)
    np.testing.assert_array_equal(conv2(a, b), [1, 1, 1, 1, -4])
    assert conv2(a, b, "same").shape == (4,)
    np.testing.assert_array_equal(conv2(a, b, "same"), [1, 1, 1, -4])
    # 1-D A with a column kernel: 2-D result (3 rows)
    assert conv2(a, np.ones((3, 1))).shape == (3, 4)
    # 2-D row keeps its 2-D shape
    assert conv2(a[None, :], b).shape == (1, 5)


# --------------------------------------------------------------------------- separable form
def ref_separable(u, v, A, shape):
    u = np.asarray(u, float).reshape(-1, 1)
    v = np.asarray(v, float).reshape(1, -1)
    A = np.atleast_2d(np.asarray(A, float))
    step = ref_conv2(A, u, "full")
    full = ref_conv2(step, v, "full")
    (r0, m), (c0, n) = _window(A.shape[0], u.size, shape), _window(A.shape[1], v.size, shape)
    return full[r0 : r0 + m, c0 : c0 + n]


@pytest.mark.parametrize("shape", ["full", "same", "valid"])
@pytest.mark.parametrize(
    "sizes", [(3, 2, (6, 5)), (4, 4, (5, 7)), (1, 5, (4, 4)), (6, 6, (3, 4)), (2, 1, (1, 1))]
)
def test_conv2_separable(sizes, shape):
    nu, nv, ashape = sizes
    u = RNG.integers(-4, 5, nu).astype(float)
    v = RNG.integers(-4, 5, nv).astype(float)
    A = RNG.integers(-4, 5, ashape).astype(float)
    got = conv2(u, v, A, shape)
    np.testing.assert_array_equal(got, ref_separable(u, v, A, shape))
    # equals the outer-product kernel for integer data; orientation of u, v irrelevant
    np.testing.assert_array_equal(got, conv2(A, np.outer(u, v), shape))
    np.testing.assert_array_equal(got, conv2(u[:, None], v[None, :], A, shape))
    np.testing.assert_array_equal(got, conv2(u[None, :], v[:, None], A, shape))


def test_conv2_separable_sizes_with_empty():
    # MATLAB: mc = max([ma+n1-1, ma, n1])
    assert conv2(np.zeros((1, 0)), [1.0, 2], np.ones((4, 4))).shape == (4, 5)
    assert conv2([1.0, 2], [1.0, 2], np.zeros((0, 3))).shape == (2, 4)
    assert conv2([1.0, 2], [1.0, 2], np.zeros((0, 3)), "valid").shape == (0, 2)


def test_conv2_separable_float_two_passes():
    u = RNG.standard_normal(4)
    v = RNG.standard_normal(3)
    A = RNG.standard_normal((9, 8))
    got = conv2(u, v, A, "same")
    want = ref_separable(u, v, A, "same")
    np.testing.assert_allclose(got, want, rtol=0, atol=64 * np.finfo(float).eps * np.abs(want).max())


# --------------------------------------------------------------------------- conv
def test_conv_values():
    np.testing.assert_array_equal(conv([1, 0, 1], [2, 7]), [2, 7, 2, 7])
    np.testing.assert_array_equal(conv([1, 1, 1], [1, 1, 0, 0, 0, 1, 1]), [1, 2, 2, 1, 0, 1, 2, 2, 1])
    np.testing.assert_array_equal(conv([-1, 2, 3, -2, 0, 1, 2], [2, 4, -1, 1], "same"), [15, 5, -9, 7, 6, 7, -1])
    np.testing.assert_array_equal(conv([1, 2, 3], [1, 2], "same"), [4, 7, 6])
    np.testing.assert_array_equal(conv([1, 2, 3], [1, 2], "valid"), [4, 7])


ROW3, COL3 = np.ones((1, 3)), np.ones((3, 1))
ROW2, COL2 = np.ones((1, 2)), np.ones((2, 1))


@pytest.mark.parametrize(
    "u, v, shape, expected",
    [
        # (Octave 7.3 and MATLAB's conv help agree on all of these)
        (ROW3, ROW2, "full", (1, 4)),
        (COL3, ROW2, "full", (4, 1)),  # u longer: u's orientation
        (ROW3, COL2, "full", (1, 4)),
        (COL2, ROW3, "full", (1, 4)),  # v longer: v's orientation
        (ROW2, COL3, "full", (4, 1)),
        (COL3, ROW3, "full", (1, 5)),  # equal lengths: v's orientation
        (ROW3, COL3, "full", (5, 1)),
        (COL2, ROW3, "same", (2, 1)),  # same/valid: u's orientation
        (ROW2, COL3, "same", (1, 2)),
        (ROW2, COL3, "valid", (1, 0)),
        (COL3, ROW2, "valid", (2, 1)),
        (np.ones((1, 1)), COL3, "full", (3, 1)),
        (COL3, np.ones((1, 1)), "full", (3, 1)),
        (np.ones((1, 1)), np.ones((1, 1)), "full", (1, 1)),
        (np.ones(3), COL2, "full", (4,)),  # 1-D decides: 1-D
        (COL2, np.ones(3), "full", (4,)),
        (COL2, np.ones(3), "same", (2, 1)),
        (2.0, np.ones(3), "full", (3,)),
        (2.0, 3.0, "full", (1,)),
    ],
)
def test_conv_orientation(u, v, shape, expected):
    assert conv(u, v, shape).shape == expected


def test_conv_empty_vectors():
    # MATLAB help: length is max([length(a)+length(b)-1, length(a), length(b)])
    np.testing.assert_array_equal(conv(np.zeros((1, 0)), np.ones((1, 2))), [[0, 0]])
    np.testing.assert_array_equal(conv(np.zeros((0, 1)), np.ones((1, 2))), [[0, 0]])
    np.testing.assert_array_equal(conv(np.ones((1, 2)), np.zeros((0, 1)), 'same'), [[0, 0]])
    # MATLAB doc: for 'valid', if length(v) == 0 then length(w) == length(u)
    np.testing.assert_array_equal(conv([1.0, 2, 3], np.zeros((1, 0)), "valid"), [0, 0, 0])
    assert conv(np.zeros(0), np.zeros(0)).shape == (0,)


def test_conv_long_vectors_exact():
    u = RNG.integers(-100, 100, 5000).astype(float)
    v = RNG.integers(-100, 100, 301).astype(float)
    want = np.convolve(u.astype(np.int64), v.astype(np.int64))
    np.testing.assert_array_equal(conv(u, v), want)
    np.testing.assert_array_equal(conv(v, u), want)
    col = conv(u[:, None], v[None, :], "same")
    assert col.shape == (5000, 1)
    np.testing.assert_array_equal(col[:, 0], want[150 : 150 + 5000])


# --------------------------------------------------------------------------- convn
CONVN_PAIRS = [
    ((3, 3, 3), (2, 2, 2)),
    ((4, 3, 2), (2, 1, 2)),
    ((3, 4), (2, 2, 3)),
    ((2, 3, 4), (3, 2)),
    ((3, 3), (1, 1, 1, 2)),
    ((2, 2, 2, 2), (2, 1, 3, 1)),
    ((3, 2, 2), (4, 1, 3)),  # kernel larger in some dims
    ((0, 2, 2), (2, 2, 2)),
    ((4, 5), (3, 2)),
]


@pytest.mark.parametrize("shape", ["full", "same", "valid"])
@pytest.mark.parametrize("pair", CONVN_PAIRS, ids=str)
def test_convn_matches_reference(pair, shape):
    A = RNG.integers(-5, 6, pair[0]).astype(float)
    B = RNG.integers(-5, 6, pair[1]).astype(float)
    got = convn(A, B, shape)
    want = ref_convn(A, B, shape)
    shp = list(want.shape)
    while len(shp) > 2 and shp[-1] == 1:
        shp.pop()
    np.testing.assert_array_equal(got, want.reshape(shp))


def test_convn_float_and_complex():
    A = _rand((4, 3, 3), "complex")
    B = _rand((2, 3, 2), "float")
    got = convn(A, B, "same")
    assert got.dtype == np.complex128
    assert_close_sum(got, ref_convn(A, B, "same"), _bound(A, B, "same", ref_convn), np.finfo(float).eps)
    assert convn(A.astype(np.complex64), B).dtype == np.complex64


def test_convn_shapes_like_octave():
    # Octave 7.3 sizes for these calls (non-empty inputs: same as MATLAB)
    assert convn(np.ones((3, 3, 3)), np.ones((2, 2)), "same").shape == (3, 3, 3)
    assert convn(np.ones((3, 3, 3)), np.ones((2, 2, 2))).shape == (4, 4, 4)
    assert convn(np.ones((3, 3, 3)), np.ones((2, 1, 2)), "valid").shape == (2, 3, 2)
    assert convn(np.ones((3, 3)), np.ones((1, 1, 1, 2))).shape == (3, 3, 1, 2)
    assert convn(np.ones((3, 3, 1)), np.ones((2, 2))).shape == (4, 4)
    assert convn(np.ones(4), np.ones(2)).shape == (5,)


def test_convn_equals_conv2_for_matrices():
    A = RNG.standard_normal((9, 7))
    B = RNG.standard_normal((4, 3))
    for shape in ("full", "same", "valid"):
        np.testing.assert_array_equal(convn(A, B, shape), conv2(A, B, shape))


# --------------------------------------------------------------------------- filter2
@pytest.mark.parametrize("shape", ["same", "full", "valid"])
@pytest.mark.parametrize("pair", [((2, 2), (3, 3)), ((3, 3), (6, 5)), ((1, 4), (5, 5)), ((5, 5), (3, 3)), ((2, 3), (4, 6))], ids=str)
def test_filter2_is_correlation(pair, shape):
    h = RNG.integers(-4, 5, pair[0]).astype(float)
    X = RNG.integers(-4, 5, pair[1]).astype(float)
    got = filter2(h, X, shape)
    np.testing.assert_array_equal(got, ref_filter2(h, X, shape))
    np.testing.assert_array_equal(got, conv2(X, np.rot90(h, 2), shape))


def test_filter2_default_same_and_octave_values():
    h = np.array([[1, 2], [3, 4]])
    magic3 = np.array([[8, 1, 6], [3, 5, 7], [4, 9, 2]])
    # Octave 7.3 printed these three
    np.testing.assert_array_equal(filter2(h, magic3), [[39, 56, 27], [61, 54, 13], [22, 13, 2]])
    np.testing.assert_array_equal(
        filter2(h, magic3, "full"), [[32, 28, 27, 18], [28, 39, 56, 27], [22, 61, 54, 13], [8, 22, 13, 2]]
    )
    np.testing.assert_array_equal(filter2(h, magic3, "valid"), [[39, 56], [61, 54]])
    # scipy's correlate2d 'same' has filter2's centre (convolve2d's differs from conv2's),
    # ndimage.correlate centres this even filter one element the other way
    np.testing.assert_array_equal(scipy.signal.correlate2d(magic3, h, "same"), filter2(h, magic3))
    assert not np.array_equal(
        scipy.ndimage.correlate(magic3.astype(float), h.astype(float), mode="constant"), filter2(h, magic3)
    )


def test_filter2_complex_not_conjugated_and_dtypes():
    h = np.array([[1 + 1j, 2], [0, 1j]])
    X = _rand((4, 4), "int")
    np.testing.assert_array_equal(filter2(h, X), ref_filter2(h, X))
    assert filter2(h.real.astype(np.float32), X).dtype == np.float32
    assert filter2(np.ones(3), np.arange(5.0)).shape == (5,)


# --------------------------------------------------------------------------- dtypes
@pytest.mark.parametrize("dt", [np.int8, np.uint8, np.int16, np.int32, np.int64, np.uint16, bool])
def test_integer_and_logical_inputs_compute_in_double(dt):
    A = RNG.integers(0, 2 if dt is bool else 100, (5, 5)).astype(dt)
    B = np.array([[1, 1], [1, 1]], dtype=dt)
    got = conv2(A, B)
    assert got.dtype == np.float64
    np.testing.assert_array_equal(got, ref_conv2(A.astype(float), B.astype(float)))
    # no integer wrap-around (scipy keeps the integer dtype and overflows)
    big = np.full((3, 3), 120, dtype=np.int8)
    assert conv2(big, np.ones((3, 3), np.int8), "same")[1, 1] == 1080
    assert conv(np.array([200, 100], np.uint8), np.array([2], np.uint8)).tolist() == [400, 200]
    assert filter2(B, A).dtype == np.float64
    assert convn(A, B).dtype == np.float64


def test_single_in_single_out():
    A = _rand((5, 4), "single")
    for f in (lambda: conv2(A, np.ones((2, 2))), lambda: convn(A, np.ones(2)),
              lambda: filter2(np.ones((2, 2)), A), lambda: conv(A[0], [1.0, 2.0]),
              lambda: conv2([1.0, 2.0], np.float32([1.0]), np.ones((3, 3)))):
        assert f().dtype == np.float32


def test_inputs_not_modified():
    A = RNG.standard_normal((6, 5))
    B = RNG.standard_normal((3, 2))
    u = RNG.standard_normal(3)
    A0, B0, u0 = A.copy(), B.copy(), u.copy()
    for s in ("full", "same", "valid"):
        conv2(A, B, s)
        conv2(B, A, s)
        conv2(u, u, A, s)
        filter2(B, A, s)
        convn(A, B, s)
        conv(u, u, s)
        conv2(A, B, s, method="fft")
    np.testing.assert_array_equal(A, A0)
    np.testing.assert_array_equal(B, B0)
    np.testing.assert_array_equal(u, u0)
    out = conv2(A, np.ones((1, 1)))
    assert not np.shares_memory(out, A)


def test_shape_case_insensitive_and_none():
    A = RNG.standard_normal((5, 5))
    B = RNG.standard_normal((2, 3))
    np.testing.assert_array_equal(conv2(A, B, "SAME"), conv2(A, B, "same"))
    np.testing.assert_array_equal(conv2(A, B, "Valid"), conv2(A, B, "valid"))
    np.testing.assert_array_equal(conv2(A, B, None), conv2(A, B))
    np.testing.assert_array_equal(conv2(A, B, []), conv2(A, B))
    np.testing.assert_array_equal(conv2(A, B, shape="same"), conv2(A, B, "same"))
    np.testing.assert_array_equal(filter2(B, A, None), filter2(B, A, "same"))
    np.testing.assert_array_equal(conv([1.0, 2], [3.0], "FULL"), [3, 6])


def test_fft_method_is_opt_in_and_close():
    A = RNG.standard_normal((40, 30))
    B = RNG.standard_normal((7, 6))
    for s in ("full", "same", "valid"):
        d = conv2(A, B, s)
        f = conv2(A, B, s, method="fft")
        np.testing.assert_allclose(f, d, rtol=0, atol=1e-12)
    np.testing.assert_allclose(convn(A, B, method="fft"), convn(A, B), atol=1e-12)
    np.testing.assert_allclose(conv(A[0], B[0], method="fft"), conv(A[0], B[0]), atol=1e-12)


# --------------------------------------------------------------------------- deconv
def test_deconv_doc_example():
    q, r = deconv([2, 7, 4, 9], [1, 0, 1], nargout=2)
    np.testing.assert_array_equal(q, [2, 7])
    np.testing.assert_array_equal(r, [0, 0, 2, 2])


@settings(max_examples=50, deadline=None)
@given(st.integers(1, 8), st.integers(1, 5), st.integers(0, 2**31))
def test_deconv_inverts_conv(nq, na, seed):
    rng = np.random.default_rng(seed)
    q = rng.integers(-9, 10, nq).astype(float)
    a = rng.integers(-9, 10, na).astype(float)
    a[0] = rng.choice([1.0, -1.0, 2.0])
    r = np.zeros(nq + na - 1)
    r[nq:] = rng.integers(-9, 10, na - 1)  # a remainder of lower degree than a
    y = np.convolve(a, q) + r
    gq, gr = deconv(y, a, nargout=2)
    # a(1) = +-1 or 2 and integer data: every step of the division is exact in binary
    # up to the 1/2 factors, which stay exact while the values are small
    np.testing.assert_array_equal(gq, q)
    np.testing.assert_array_equal(gr, r)
    assert gr.shape == y.shape


def test_deconv_orientation_and_short_a():
    y = np.array([[1.0], [3], [3], [1]])
    q, r = deconv(y, [1, 1], nargout=2)
    assert q.shape == (3, 1) and r.shape == (4, 1)
    q, r = deconv(y.T, np.array([[1], [1]]), nargout=2)
    assert q.shape == (1, 3) and r.shape == (1, 4)
    q, r = deconv([1.0, 2], [1.0, 2, 3], nargout=2)
    np.testing.assert_array_equal(q, [0])
    np.testing.assert_array_equal(r, [1, 2])
    q, r = deconv(np.array([[1.0, 2]]), [1.0, 2, 3], nargout=2)
    assert q.shape == (1, 1) and r.shape == (1, 2)


def test_deconv_dtypes_and_scipy():
    y = DECONV_RNG.standard_normal(10)
    a = np.array([1.0, 0.3, -0.2])
    q, r = deconv(y, a, nargout=2)
    sq, sr = scipy.signal.deconvolve(y, a)
    np.testing.assert_allclose(q, sq, rtol=0, atol=1e-14)
    np.testing.assert_allclose(r, sr, rtol=0, atol=1e-14)
    assert not r[:8].any()  # MATLAB's remainder: exact zeros in front
    assert deconv(y.astype(np.float32), a).dtype == np.float32
    assert deconv(y, a.astype(np.float32), nargout=2)[1].dtype == np.float32
    assert deconv([1, 2, 3], [1, 1]).dtype == np.float64


def test_deconv_does_not_modify_inputs():
    y, a = DECONV_RNG.standard_normal(9), np.array([2.0, 1, 0.5])
    cy, ca = y.copy(), a.copy()
    deconv(y, a, nargout=2)
    np.testing.assert_array_equal(y, cy)
    np.testing.assert_array_equal(a, ca)


@pytest.mark.parametrize(
    "call, exc, message",
    [
        (lambda: deconv([1.0, 2, 3], [0, 1]), ValueError, "deconv: First coefficient of A must be non-zero."),
        (lambda: deconv(np.ones((2, 2)), [1.0]), ValueError, "deconv: Y and A must be vectors"),
        (lambda: deconv([1.0, 2], []), ValueError, "deconv: A must be a non-empty vector"),
        (lambda: deconv([1.0, 2], [1.0], nargout=3), ValueError, "deconv: nargout must be"),
        (lambda: deconv("ab", [1.0]), TypeError, "deconv: y must be numeric"),
    ],
)
def test_deconv_bad_input_messages(call, exc, message):
    with pytest.raises(exc) as info:
        call()
    assert str(info.value).startswith(message), str(info.value)


@pytest.mark.octave
def test_deconv_against_octave():
    """deconv's quotient and remainder against Octave 7.3's (the same filter-based
    algorithm): equal up to a few rounding errors of the largest value."""
    rng = np.random.default_rng(11)
    cases = []
    for ly, la in [(12, 4), (9, 9), (20, 2), (7, 1), (3, 5)]:
        for orient in ["row", "col"]:
            y = rng.standard_normal((1, ly) if orient == "row" else (ly, 1))
            a = rng.standard_normal((1, la))
            a[0, 0] = rng.choice([1.0, 2.5, -0.7])
            cases.append({"y": y, "a": a})
    results = run_octave_calls([("deconv(y, a)", args, 2) for args in cases])
    eps = np.finfo(np.float64).eps
    for args, outs in zip(cases, results):
        assert not isinstance(outs, Exception), outs
        for g, want in zip(deconv(args["y"], args["a"], nargout=2), outs):
            assert g.shape == want.shape and g.dtype == want.dtype, (g.shape, want.shape)
            scale = max(np.abs(want).max(), np.abs(args["y"]).max())
            assert np.abs(g - want).max() <= 64 * eps * scale


# --------------------------------------------------------------------------- bad input
@pytest.mark.parametrize(
    "call, exc, message",
    [
        (lambda: conv2(np.ones((2, 2)), [1.0, 1], "foo"), ValueError, "conv2: Unknown shape parameter 'foo'"),
        (lambda: conv2(np.ones((2, 2)), [1.0, 1], shape=3), TypeError, "conv2: SHAPE must be"),
        (lambda: conv2(np.ones((2, 2, 2)), [1.0, 1]), ValueError, "conv2: N-D arrays are not supported"),
        (lambda: conv2("ab", [1.0, 1]), TypeError, "conv2: A must be numeric or logical"),
        (lambda: conv2(np.ones(2), np.array(["a"])), TypeError, "conv2: B must be numeric or logical"),
        (lambda: conv2(np.ones((2, 2)), np.array([object()])), TypeError, "conv2: B must be numeric or logical"),
        (lambda: conv2(np.ones((2, 2)), np.ones(2, np.longdouble)), TypeError, "conv2: B has extended precision"),
        (lambda: conv2(np.ones((2, 2)), [1.0], np.ones((3, 3))), ValueError, "conv2: u must be a vector"),
        (lambda: conv2([1.0], np.ones((2, 2)), np.ones((3, 3))), ValueError, "conv2: v must be a vector"),
        (lambda: conv2([1.0], [1.0], np.ones((3, 3, 3))), ValueError, "conv2: N-D arrays are not supported"),
        (lambda: conv2([1.0], [1.0], "same", shape="full"), TypeError, "conv2: shape given twice"),
        (lambda: conv2([1.0], [1.0], method="winograd"), ValueError, "conv2: method must be"),
        (lambda: conv(np.ones((2, 2)), [1.0, 2]), ValueError, "conv: A and B must be vectors"),
        (lambda: conv([1.0, 2], np.ones((1, 2, 2))), ValueError, "conv: A and B must be vectors"),
        (lambda: conv(np.zeros((0, 0)), [1.0, 2]), ValueError, "conv: A and B must be vectors"),
        (lambda: conv([1.0, 2], [1.0, 2], "foo"), ValueError, "conv: Unknown shape parameter"),
        (lambda: conv([1.0, 2], [1.0, 2], 3), TypeError, "conv: SHAPE must be 'full', 'same', or 'valid'"),
        (lambda: convn(np.ones(3), np.ones(2), "middle"), ValueError, "convn: Unknown shape parameter"),
        (lambda: convn("abc", np.ones(2)), TypeError, "convn: A must be numeric"),
        (lambda: filter2(np.ones((2, 2)), np.ones((3, 3)), "foo"), ValueError, "filter2: Unknown shape parameter"),
        (lambda: filter2(np.ones((2, 2, 2)), np.ones((3, 3))), ValueError, "filter2: N-D arrays are not supported"),
        (lambda: filter2(np.ones((2, 2)), "abc"), TypeError, "filter2: X must be numeric"),
    ],
)
def test_bad_input_messages(call, exc, message):
    with pytest.raises(exc) as info:
        call()
    assert str(info.value).startswith(message), str(info.value)


# --------------------------------------------------------------------------- live Octave

def _octave_cases():
    """(call text, inputs) for many random cases; non-empty inputs (Octave's empties
    differ from MATLAB's documented sizes, see test_conv2_empty_sizes_follow_matlab_doc).
    """
    rng = np.random.default_rng(7)
    cases = []

    def mk(shape, kind):
        if kind == "int":
            return rng.integers(-9, 10, shape).astype(float)
        if kind == "float":
            return rng.standard_normal(shape)
        if kind == "complex":
            return rng.standard_normal(shape) + 1j * rng.standard_normal(shape)
        if kind == "single":
            return rng.standard_normal(shape).astype(np.float32)
        if kind == "int16":
            return rng.integers(-300, 300, shape).astype(np.int16)
        raise AssertionError(kind)

    pairs = [((7, 9), (3, 3)), ((8, 6), (2, 4)), ((5, 5), (6, 7)), ((1, 12), (1, 4)),
             ((12, 1), (3, 1)), ((6, 1), (1, 5)), ((1, 1), (2, 3)), ((30, 20), (15, 14)),
             ((4, 9), (5, 2)), ((64, 70), (3, 2))]
    for (sa, sb), kind in itertools.product(pairs, ["int", "float", "complex", "single"]):
        for shape in ("full", "same", "valid"):
            cases.append((f"conv2(A, B, '{shape}')", {"A": mk(sa, kind), "B": mk(sb, kind)}))
    for shape in ("full", "same", "valid"):
        cases.append((f"conv2(A, B, '{shape}')", {"A": mk((6, 7), "int16"), "B": mk((3, 2), "float")}))
        cases.append((f"conv2(A, B, '{shape}')", {"A": mk((6, 7), "float"), "B": mk((3, 2), "single")}))
        for nu, nv, sa in [(3, 4, (9, 8)), (5, 2, (3, 4)), (1, 3, (6, 6))]:
            cases.append((f"conv2(u, v, A, '{shape}')",
                          {"u": mk((nu, 1), "float"), "v": mk((1, nv), "float"), "A": mk(sa, "float")}))
        for sh, sx in [((3, 3), (8, 7)), ((2, 4), (6, 6)), ((5, 5), (3, 4))]:
            cases.append((f"filter2(h, X, '{shape}')", {"h": mk(sh, "float"), "X": mk(sx, "float")}))
        for sa, sb in [((5, 4, 3), (2, 3, 2)), ((4, 4), (2, 2, 3)), ((3, 3, 3, 2), (2, 1, 2, 2))]:
            cases.append((f"convn(A, B, '{shape}')", {"A": mk(sa, "float"), "B": mk(sb, "float")}))
        for la, lb in [((1, 9), (1, 4)), ((9, 1), (1, 4)), ((1, 3), (6, 1)), ((4, 1), (4, 1))]:
            cases.append((f"conv(u, v, '{shape}')", {"u": mk(la, "float"), "v": mk(lb, "float")}))
    return cases


def _call_compat(call, args):
    f = {"conv2": conv2, "filter2": filter2, "convn": convn, "conv": conv}[call.split("(")[0]]
    shape = call.split("'")[1]
    names = call.split("(")[1].split(",")[:-1]
    return f(*[args[n.strip()] for n in names], shape)


@pytest.mark.octave
def test_against_octave():
    cases = _octave_cases()
    results = run_octave_calls([(call, args, 1) for call, args in cases])
    worst = 0.0
    for (call, args), result in zip(cases, results):
        assert not isinstance(result, Exception), (call, result)
        got = _call_compat(call, args)
        want = result[0]
        cls = "single" if want.dtype in (np.float32, np.complex64) else "double"
        # loadmat gives at least 2-D; compare in MATLAB's size
        g2 = got if got.ndim >= 2 else got.reshape(1, -1)
        assert g2.shape == want.shape, (call, g2.shape, want.shape)
        assert cls == ("single" if got.dtype in (np.float32, np.complex64) else "double"), (call, cls)
        # the |A|*|B| bound, computed by compat itself on |inputs| (exact enough for a bound)
        absargs = {k: np.abs(v.astype(np.complex128)).astype(np.float64) for k, v in args.items()}
        bound = np.abs(_call_compat(call, absargs))
        bound = bound if bound.ndim >= 2 else bound.reshape(1, -1)
        eps = np.finfo(np.float32 if cls == "single" else np.float64).eps
        n = sum(v.size for v in args.values())
        err = np.abs(g2.astype(np.complex128) - want)
        assert (err <= 2 * n * eps * bound).all(), (call, err.max())
        ints = all(np.all(np.asarray(v) == np.round(np.asarray(v).real)) for v in args.values())
        if ints:
            np.testing.assert_array_equal(g2, want, err_msg=call)
        if want.size:
            worst = max(worst, float((err / np.maximum(bound, 1e-300)).max() / eps))
    print(f"\n{len(cases)} Octave cases; worst error {worst:.2f} eps * sum|products|")
