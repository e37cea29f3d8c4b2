"""Tests of compat.idl.convol (IDL CONVOL).

Tiers: values expected by GDL's own testsuite (believed to be real-IDL output; GDL 1.0.1
does not reproduce all of them), an independent brute-force implementation of IDL's
documented definition (loops, exact Python integers / math.fsum), dtype, mutation and
bad-input tests, and live differential tests against GDL for the cases where GDL follows
IDL (marked ``gdl``), plus the recorded GDL divergences.
"""

from __future__ import annotations

import itertools
import math
import tempfile
from pathlib import Path

import numpy as np
import pytest

from compat.idl import convol
from oracle_gdl import GDL, run_gdl

NAN = np.nan
CLIP = {np.dtype(np.uint8): (0, 255), np.dtype(np.int16): (-32768, 32767),
        np.dtype(np.uint16): (0, 65535)}


# --------------------------------------------------------------------------------------
# brute force: IDL's definition, written out loop by loop
# --------------------------------------------------------------------------------------

def _src(i, n, mode):
    """Index for position i (maybe outside 0..n-1); None = the constant edge value."""
    if 0 <= i < n:
        return i
    if mode == "truncate":
        return min(max(i, 0), n - 1)
    if mode == "wrap":
        return i % n
    if mode == "mirror":  # A[-1] = A[0], A[n] = A[n-1]
        j = i % (2 * n)
        return j if j < n else 2 * n - 1 - j
    if mode in ("zero", "constant"):
        return None
    raise AssertionError(mode)


def _idl_int(value, dtype):
    """IDL conversion of a number to an integer type: truncate, wrap."""
    v = int(math.trunc(float(value))) if not isinstance(value, (int, np.integer)) else int(value)
    bits = np.dtype(dtype).itemsize * 8
    v %= 2 ** bits
    if np.dtype(dtype).kind == "i" and v >= 2 ** (bits - 1):
        v -= 2 ** bits
    return v


def _cdiv(a, b):
    q = abs(a) // abs(b)
    return -q if (a < 0) != (b < 0) else q


def brute_convol(a, k, scale=None, bias=None, center=True, mode="default", cval=0.0,
                 nan=False, invalid=None, missing=None, normalize=False):
    """Returns (result in a's dtype as float64/int objects array, magnitude sum |K A|)."""
    a = np.asarray(a)
    k = np.asarray(k)
    if k.ndim < a.ndim:
        k = k.reshape((1,) * (a.ndim - k.ndim) + k.shape)
    dt = a.dtype
    is_int = dt.kind in "iu"
    ctype = np.int32 if dt in CLIP else dt
    if is_int:
        kk = np.vectorize(lambda v: _idl_int(v, ctype), otypes=[object])(k)
        s = 1 if scale is None else _idl_int(scale, ctype)
        s = s or 1
        bb = 0 if bias is None else _idl_int(bias, ctype)
        inv = None if invalid is None else _idl_int(invalid, dt)
        miss = 0 if missing is None else _idl_int(missing, dt)
        cv = _idl_int(cval, dt)
    else:
        kk = k.astype(dt).astype(np.float64)
        s = 1.0 if scale is None else float(np.asarray(scale).astype(dt))
        s = s or 1.0
        bb = 0.0 if bias is None else float(np.asarray(bias).astype(dt))
        inv = None if invalid is None else float(np.asarray(invalid).astype(dt))
        miss = NAN if missing is None else float(np.asarray(missing).astype(dt))
        cv = float(np.asarray(cval).astype(dt))
    do_nan = nan and not is_int
    masked = do_nan or invalid is not None
    out = np.zeros(a.shape, dtype=object if is_int else np.float64)
    mag = np.zeros(a.shape)
    for t in itertools.product(*[range(n) for n in a.shape]):
        prods, absw, negw, count, inside = [], 0, 0, 0, True
        for i in itertools.product(*[range(m) for m in kk.shape]):
            pos = []
            for d in range(a.ndim):
                m = kk.shape[d]
                p = t[d] + i[d] - m // 2 if center else t[d] - i[d]
                if not 0 <= p < a.shape[d]:
                    inside = False
                pos.append(_src(p, a.shape[d], mode) if mode != "default" else p)
            if mode == "default" and not inside:
                break
            if any(q is None for q in pos):
                v = cv
            else:
                v = a[tuple(pos)]
                v = int(v) if is_int else float(v)
            ok = True
            if do_nan and not math.isfinite(v):
                ok = False
            if inv is not None and v == inv:
                ok = False
            if ok or not masked:
                count += 1
                prods.append(kk[i] * v)
                absw += abs(kk[i])
                negw += -kk[i] if kk[i] < 0 else 0
        if mode == "default" and not inside:
            continue
        if normalize:
            # the scale is accumulated in the computation type (a C accumulator)
            sc = _idl_int(absw, ctype) if is_int else absw
            bi = 0
            if dt in (np.dtype(np.uint8), np.dtype(np.uint16)) and sc != 0:
                top = CLIP[dt][1]
                bi = min(max(negw * top // sc, 0), top)
        else:
            sc, bi = s, bb
        if is_int:
            total = _idl_int(sum(prods), ctype)
            r = miss if sc == 0 else _idl_int(_cdiv(total, sc) + bi, ctype)
            if masked and count == 0:
                r = miss
            if dt in CLIP:
                r = min(max(r, CLIP[dt][0]), CLIP[dt][1])
            out[t] = r
        else:
            if any(math.isnan(p) for p in prods):
                total = NAN
            elif any(math.isinf(p) for p in prods):
                with np.errstate(invalid="ignore"):
                    total = float(np.sum(prods))  # IEEE: inf, or nan for inf - inf
            else:
                total = math.fsum(prods)
            r = miss if sc == 0 else total / sc + bi
            if masked and count == 0:
                r = miss
            out[t] = r
            mag[t] = sum(abs(p) for p in prods if math.isfinite(p)) / abs(sc or 1)
    return out, mag


def assert_matches_brute(r, a, ref, mag, nkel):
    """Integers exact; floats: compat sums in float64 then rounds once to the type."""
    assert r.dtype == a.dtype and r.shape == a.shape
    if a.dtype.kind in "iu":
        assert r.astype(object).tolist() == ref.tolist()
        return
    ref = ref.astype(np.float64)
    assert np.array_equal(np.isnan(r), np.isnan(ref))
    fin = np.isfinite(ref)
    assert np.array_equal(r[~fin & ~np.isnan(ref)], ref[~fin & ~np.isnan(ref)])
    ref_t = ref[fin].astype(r.dtype).astype(np.float64)
    bound = np.spacing(np.abs(ref_t).astype(r.dtype)).astype(np.float64) \
        + 4 * nkel * np.finfo(np.float64).eps * mag[fin]
    assert np.all(np.abs(r[fin].astype(np.float64) - ref_t) <= bound)


MODES = {"default": {}, "truncate": {"edge_truncate": True}, "mirror": {"edge_mirror": True},
         "wrap": {"edge_wrap": True}, "zero": {"edge_zero": True},
         "constant": {"edge_constant": 2.5}}


def _rand(rng, shape, dtype, nan_fraction=0.0):
    dtype = np.dtype(dtype)
    if dtype.kind in "iu":
        info = np.iinfo(dtype)
        lo, hi = max(info.min, -300), min(info.max, 300)
        return rng.integers(lo, hi, size=shape, endpoint=True).astype(dtype)
    a = rng.uniform(-3, 5, size=shape)
    if nan_fraction:
        a[rng.random(shape) < nan_fraction] = NAN
    return a.astype(dtype)


# --------------------------------------------------------------------------------------
# values expected by GDL's testsuite (testsuite/test_convol.pro, 2022)
# --------------------------------------------------------------------------------------

TS_KERN = np.array([[-1, 6, 6, -1], [6, 61, 61, 6], [13, 125, 125, 13], [6, 61, 61, 6],
                    [-1, 6, 6, -1]], dtype=np.int16)
TS_ARRAY = np.array([[1, 2, 3, 4, 5], [6, 7, 8, 9, 10], [11, 12, 13, 14, 15],
                     [16, 17, 18, 19, 20], [21, 22, 23, 24, 25], [16, 27, 28, 29, 30]],
                    dtype=np.int16)
TS_EXPECTED = {
    "default": [[0, 0, 0, 0, 0], [0, 0, 0, 0, 0], [0, 0, 7050, 7614, 0],
                [0, 0, 9880, 10434, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]],
    "zero": [[613, 1380, 1820, 2240, 2532], [1736, 3591, 4255, 4809, 5109],
             [3125, 6256, 7050, 7614, 7810], [4475, 8901, 9880, 10434, 10515],
             [5181, 10711, 12305, 12919, 12839], [3843, 8680, 10650, 11200, 11082]],
    "wrap": [[5402, 4671, 5670, 6294, 6683], [4752, 4021, 4540, 5094, 5553],
             [7332, 6601, 7050, 7614, 8063], [10092, 9361, 9880, 10434, 10893],
             [12062, 11331, 12330, 12954, 13343], [10222, 9491, 11060, 11754, 12073]],
    "mirror": [[1430, 1689, 2230, 2794, 3335], [3480, 3739, 4280, 4844, 5385],
               [6250, 6509, 7050, 7614, 8155], [8950, 9279, 9880, 10434, 10975],
               [10500, 11379, 12590, 13204, 13745], [10170, 12099, 14500, 15254, 15795]],
    "truncate": [[1357, 1639, 2180, 2744, 3285], [3457, 3739, 4280, 4844, 5385],
                 [6227, 6509, 7050, 7614, 8155], [8937, 9279, 9880, 10434, 10975],
                 [10427, 11379, 12590, 13204, 13745], [9897, 12099, 14560, 15304, 15845]],
    "constant1": [[967, 1542, 1964, 2384, 2694], [2023, 3625, 4265, 4819, 5143],
                  [3407, 6279, 7050, 7614, 7833], [4757, 8924, 9880, 10434, 10538],
                  [5468, 10745, 12315, 12929, 12873], [4197, 8842, 10794, 11344, 11244]],
}


@pytest.mark.parametrize("case", list(TS_EXPECTED))
def test_gdl_testsuite_expected_values(case):
    """Even kernel width (4): the centred result is computed up to t = n - m/2; mirror
    repeats the edge point; EDGE_CONSTANT pads with the value."""
    kw = {"constant1": {"edge_constant": 1}}.get(case, MODES.get(case, {}))
    r = convol(TS_ARRAY, TS_KERN, **kw)
    assert r.dtype == np.int16
    assert r.tolist() == TS_EXPECTED[case]


def test_correlation_not_convolution():
    """CENTER=1 does not flip the kernel; CENTER=0 is the mathematical convolution."""
    a = np.arange(10.0)
    np.testing.assert_array_equal(convol(a, [0.0, 0, 1])[1:-1], a[2:])
    r = convol(a, [1.0, 2, 3], center=False)
    np.testing.assert_array_equal(r[2:], np.convolve(a, [1, 2, 3])[2:10])
    assert r[:2].tolist() == [0, 0]


def test_default_edges_for_center_0_and_even_kernels():
    a = np.arange(1, 8, dtype=np.float64)
    assert convol(a, [1.0, 2, 3, 4]).tolist() == [0, 0, 30, 40, 50, 60, 0]
    assert convol(a, [1.0, 2, 3, 4], center=False).tolist() == [0, 0, 0, 20, 30, 40, 50]


def test_gdl_printed_integer_rules():
    """GDL 1.0.1 printed these (LONG intermediate, truncation, clipping)."""
    b = np.array([10, 200, 30, 250, 5, 100], np.uint8)
    assert convol(b, [0.5, 1.7, 0.9]).tolist() == [0, 200, 30, 250, 5, 0]
    assert convol(b, [1, 2, 1], 3).tolist() == [0, 146, 170, 178, 120, 0]
    assert convol(b, [-1, 0, 1]).tolist() == [0, 20, 50, 0, 0, 0]
    assert convol(b, [-1, 0, 1], 2, bias=100).tolist() == [0, 110, 125, 88, 25, 0]
    i = np.array([-7, 3, -9, 11, 2, -5], np.int16)
    assert convol(i, [1, 1, 1], 2).tolist() == [0, -6, 2, 2, 4, 0]
    big = np.array([30000] * 3 + [-30000] * 3, np.int16)
    assert convol(big, [1, 1, 1]).tolist() == [0, 32767, 30000, -30000, -32768, 0]
    assert convol(b // 10 * 0 + np.array([20, 40, 60, 80, 100, 120], np.uint8), [1, -2, 1],
                  normalize=True).tolist() == [0, 127, 127, 127, 127, 0]
    assert convol(np.array([1, 2, 3, 4, 5, 6], np.uint32), [-1, 0, 1]).tolist() == \
        [0, 2, 2, 2, 2, 0]


def test_nan_and_normalize_examples():
    c = np.array([1, 2, NAN, 4, 5, 6, 7, 8], np.float32)
    r = convol(c, [1.0, 1, 1])
    assert np.isnan(r[1:4]).all() and r[4:7].tolist() == [15, 18, 21]
    assert convol(c, [1.0, 1, 1], nan=True).tolist() == [0, 3, 6, 9, 15, 18, 21, 0]
    assert convol(c, [1.0, 1, 1], nan=True, normalize=True).tolist() == \
        [0, 1.5, 3, 4.5, 5, 6, 7, 0]
    r = convol(np.array([1.0, NAN, NAN, NAN, 5, 6]), [1.0, 1, 1], nan=True, missing=-9)
    assert r.tolist() == [0, 1, -9, 5, 11, 0]
    r = convol(np.array([1.0, 2, -1, 4, 5, 6]), [1.0, 1, 1], invalid=-1)
    assert r.tolist() == [0, 3, 6, 9, 15, 0]
    # normalize divides by sum |K|, ignores scale and bias
    r = convol(np.array([1.0, 2, 3, 4, 5, 6]), [1.0, 2, 1], 3.0, normalize=True, bias=7)
    assert r.tolist() == [0, 2, 3, 4, 5, 0]
    assert convol(np.arange(1, 7.0), [1.0, -2, 1], normalize=True).tolist() == [0] * 6


# --------------------------------------------------------------------------------------
# brute force vs compat, every keyword
# --------------------------------------------------------------------------------------

BRUTE_SHAPES = [((13,), (3,)), ((12,), (4,)), ((9,), (1,)), ((7, 8), (3, 3)),
                ((6, 9), (2, 5)), ((8, 7), (4,)), ((4, 5, 6), (3, 2, 3))]


@pytest.mark.parametrize("shape, kshape", BRUTE_SHAPES)
@pytest.mark.parametrize("mode", list(MODES))
@pytest.mark.parametrize("center", [True, False])
def test_brute_float(shape, kshape, mode, center):
    rng = np.random.default_rng(abs(hash((shape, kshape, mode, center))) % 2**32)
    for dtype in (np.float32, np.float64):
        a = _rand(rng, shape, dtype)
        k = rng.uniform(-1, 2, size=kshape)
        kw = MODES[mode]
        r = convol(a, k, center=center, **kw)
        ref, mag = brute_convol(a, k, center=center, mode=mode, cval=kw.get("edge_constant", 0))
        assert_matches_brute(r, a, ref, mag, k.size)


KEYWORD_SETS = [
    {"scale": 2.5}, {"bias": -1.25}, {"scale": 3.0, "bias": 0.5}, {"normalize": True},
    {"nan": True}, {"nan": True, "missing": -7.0}, {"nan": True, "normalize": True},
    {"invalid": 1.0}, {"invalid": 1.0, "missing": 99.0, "normalize": True},
    {"nan": True, "invalid": 1.0, "normalize": True, "missing": 0.0},
]


@pytest.mark.parametrize("kws", KEYWORD_SETS, ids=lambda d: "-".join(d))
@pytest.mark.parametrize("mode", ["default", "truncate", "mirror", "wrap", "zero",
                                  "constant"])
def test_brute_float_keywords(kws, mode):
    rng = np.random.default_rng(abs(hash((str(kws), mode))) % 2**32)
    for shape, kshape, center in [((17,), (3,), True), ((9, 8), (3, 2), False),
                                  ((8, 9), (3, 3), True)]:
        a = _rand(rng, shape, np.float32, nan_fraction=0.3)
        a[rng.random(shape) < 0.1] = 1.0  # some INVALID values
        a.reshape(-1)[rng.integers(a.size)] = np.inf
        k = rng.uniform(-1, 2, size=kshape)
        call = {key: v for key, v in kws.items() if key != "scale"}
        scale = kws.get("scale")
        r = convol(a, k, scale, center=center, **call, **MODES[mode])
        ref, mag = brute_convol(a, k, scale=scale, center=center, mode=mode,
                                cval=MODES[mode].get("edge_constant", 0), **call)
        assert_matches_brute(r, a, ref, mag, k.size)


INT_DTYPES = [np.uint8, np.int16, np.uint16, np.int32, np.uint32, np.int64, np.uint64]


@pytest.mark.parametrize("dtype", INT_DTYPES)
@pytest.mark.parametrize("kws", [{}, {"scale": 3}, {"scale": 2.9, "bias": 40},
                                 {"normalize": True}, {"invalid": 5, "missing": 7},
                                 {"invalid": 5, "normalize": True}, {"nan": True}],
                         ids=lambda d: "-".join(d) or "plain")
@pytest.mark.parametrize("mode", ["default", "truncate", "mirror", "wrap", "zero"])
def test_brute_integer(dtype, kws, mode):
    rng = np.random.default_rng(abs(hash((np.dtype(dtype).name, str(kws), mode))) % 2**32)
    for shape, kshape, center in [((15,), (3,), True), ((7, 8), (3, 4), False)]:
        a = _rand(rng, shape, dtype)
        a[rng.random(shape) < 0.15] = 5
        k = rng.integers(-40, 90, size=kshape).astype(np.float64) + 0.7  # truncated
        call = {key: v for key, v in kws.items() if key != "scale"}
        scale = kws.get("scale")
        r = convol(a, k, scale, center=center, **call, **MODES[mode])
        ref, mag = brute_convol(a, k, scale=scale, center=center, mode=mode, **call)
        assert_matches_brute(r, a, ref, mag, k.size)


def test_long_wraps_around():
    a = np.array([2**30, 2**30, 2**30, 1], dtype=np.int32)
    r = convol(a, [1, 1, 1])
    assert r.tolist() == [0, _idl_int(3 * 2**30, np.int32), _idl_int(2 * 2**30 + 1, np.int32), 0]


def test_byte_normalize_bias_per_point():
    a = np.array([10, 250, 0, 100, 200, 50, 3], np.uint8)
    k = np.array([-1, 2, -1])
    r = convol(a, k, normalize=True, invalid=0, missing=9)
    ref, _ = brute_convol(a, k, normalize=True, invalid=0, missing=9)
    assert r.tolist() == ref.tolist()


def test_complex():
    rng = np.random.default_rng(4)
    a = (rng.normal(size=(6, 7)) + 1j * rng.normal(size=(6, 7))).astype(np.complex64)
    k = rng.normal(size=(3, 3))
    r = convol(a, k, edge_wrap=True)
    assert r.dtype == np.complex64
    np.testing.assert_allclose(r.real, convol(a.real, k, edge_wrap=True), rtol=1e-5,
                               atol=1e-5)
    np.testing.assert_allclose(r.imag, convol(a.imag, k, edge_wrap=True), rtol=1e-5,
                               atol=1e-5)


def test_one_d_kernel_runs_along_idl_first_dimension():
    rng = np.random.default_rng(5)
    a = rng.random((5, 9))
    k = np.array([1.0, -2, 4])
    r = convol(a, k, edge_truncate=True)
    rows = np.stack([convol(row, k, edge_truncate=True) for row in a])
    np.testing.assert_allclose(r, rows, rtol=0, atol=1e-14)
    np.testing.assert_array_equal(convol(a, k.reshape(1, 3), edge_truncate=True), r)


def test_kernel_as_large_as_array():
    a = np.arange(5.0)
    assert convol(a, np.ones(5)).tolist() == [0, 0, 10, 0, 0]


def test_float32_kernel_conversion():
    """The kernel is converted to the array's type before use (0.1 -> float32(0.1))."""
    a = np.ones(5, np.float64)
    r = convol(a.astype(np.float32), [0.1, 0.1, 0.1])
    assert r[2] == np.float32(3 * np.float64(np.float32(0.1)))


def test_large_float32_image_accuracy():
    rng = np.random.default_rng(6)
    a = (rng.random((64, 512)) * 1e3).astype(np.float32)
    k = rng.random((5, 5))
    r = convol(a, k)
    k32 = k.astype(np.float32).astype(np.float64)
    exact = np.zeros((60, 508))
    for i in range(5):
        for j in range(5):
            exact += k32[i, j] * a[i:i + 60, j:j + 508]
    exact = exact.astype(np.float32)
    assert np.all(np.abs(r[2:-2, 2:-2] - exact) <= np.spacing(exact))


def test_does_not_modify_input():
    rng = np.random.default_rng(7)
    a = _rand(rng, (6, 7), np.float32, nan_fraction=0.2)
    k = rng.random((3, 3))
    a0, k0 = a.copy(), k.copy()
    for kw in MODES.values():
        convol(a, k, 2.0, nan=True, normalize=True, invalid=1.0, missing=0, **kw)
        convol(a, k, center=False, **kw)
    assert np.array_equal(a, a0, equal_nan=True) and np.array_equal(k, k0)


def test_accepts_lists():
    r = convol([1.0, 2.0, 6.0, 2.0], [1, 1, 1])
    assert r.dtype == np.float64 and r.tolist() == [0, 9, 10, 0]


@pytest.mark.parametrize("array, kernel, kw, exc, message", [
    ("abc", [1], {}, TypeError, "CONVOL: String expression not allowed"),
    (np.array(["a", "b"]), [1], {}, TypeError, "CONVOL: String expression not allowed in this context: Array."),
    (np.array([object()] * 3), [1], {}, TypeError, "CONVOL: Array has dtype object, which has no IDL type"),
    (np.zeros(5, "M8[s]"), [1.0], {}, TypeError, "CONVOL: Array has dtype datetime64[s]"),
    (np.zeros(5), np.array([{}, {}]), {}, TypeError, "CONVOL: Kernel has dtype object"),
    (np.float32(5), [1.0], {}, ValueError, "CONVOL: Expression must be an array"),
    (np.zeros(5), 2.0, {}, ValueError, "CONVOL: Expression must be an array in this "
                                       "context: Kernel."),
    (np.zeros(0), [1.0], {}, ValueError, "CONVOL: Array is empty"),
    (np.zeros((2,) * 9), [1.0], {}, ValueError, "CONVOL: Array has 9 dimensions"),
    (np.zeros(5), np.ones(6), {}, ValueError, "CONVOL: Incompatible dimensions"),
    (np.zeros((5, 6)), np.ones((2, 2, 2)), {}, ValueError, "CONVOL: Incompatible dim"),
    (np.zeros((4, 6, 7)), np.ones((3, 3)), {}, ValueError, "CONVOL: Incompatible dim"),
    (np.zeros((5, 6)), np.ones((6, 1)), {}, ValueError, "CONVOL: Incompatible dim"),
    (np.zeros(5), [1.0], {"edge_wrap": True, "edge_zero": True}, ValueError,
     "CONVOL: conflicting keywords /EDGE_WRAP, /EDGE_ZERO"),
    (np.zeros(5), [1.0], {"edge_constant": 1, "edge_mirror": True}, ValueError,
     "CONVOL: conflicting keywords /EDGE_CONSTANT, /EDGE_MIRROR"),
    (np.zeros(5), [1.0], {"scale_factor": [1, 2]}, ValueError,
     "CONVOL: Expression must be a scalar"),
    (np.zeros(5), [1.0], {"missing": "x"}, TypeError, "CONVOL: String expression"),
    (np.zeros(5, np.int16), [1.0], {"invalid": np.nan}, ValueError,
     "CONVOL: INVALID must be finite"),
    (np.zeros(5), [np.nan], {}, None, None),
])
def test_bad_input(array, kernel, kw, exc, message):
    if exc is None:  # a NaN kernel is legal: IEEE arithmetic
        assert np.isnan(convol(array, kernel, **kw)).all()
        return
    with pytest.raises(exc) as info:
        convol(array, kernel, **kw)
    assert str(info.value).startswith("CONVOL: ")
    assert message in str(info.value)


def test_nan_and_inf_input_without_nan_keyword():
    r = convol(np.array([1.0, 2, np.inf, 4, 5, 6]), [1.0, 0, 1])
    assert r[1] == np.inf and np.isnan(r[2]) and r[3] == np.inf and r[4] == 10


# --------------------------------------------------------------------------------------
# live differential tests against GDL (cases where GDL follows IDL)
# --------------------------------------------------------------------------------------

def _idl_value(v):
    if isinstance(v, bool):
        return "1" if v else "0"
    return repr(float(v)) if isinstance(v, float) else str(v)


def _idl_call(scale, kw):
    parts = ["convol(a, k"]
    if scale is not None:
        parts.append(f", {_idl_value(scale)}")
    for key, value in kw.items():
        if key == "center":
            parts.append(f", center={int(value)}")
        elif isinstance(value, bool):
            if value:
                parts.append(f", /{key}")
        else:
            parts.append(f", {key}={_idl_value(value)}")
    return "".join(parts) + ")"


def _gdl_cases():
    rng = np.random.default_rng(2025)
    cases = []
    # GDL agrees with IDL for these edge modes; not /EDGE_MIRROR (see divergences)
    for mode, dtype, center in itertools.product(
            ["default", "truncate", "wrap", "zero"], [np.float32, np.float64, np.uint8,
                                                      np.int16, np.uint16, np.int32],
            [True, False]):
        a = _rand(rng, (23,), dtype)
        k = rng.integers(-3, 6, size=4).astype(np.float32) if np.dtype(dtype).kind in "iu" \
            else rng.uniform(-1, 2, size=4).astype(dtype)
        edge = {f"edge_{mode}": True} if mode != "default" else {}
        cases.append((f"1d-{mode}-{np.dtype(dtype).name}-c{int(center)}", a, k, None,
                      dict(edge, center=center)))
        a2 = _rand(rng, (9, 11), dtype)
        k2 = (rng.integers(-3, 6, size=(3, 4)).astype(np.float32)
              if np.dtype(dtype).kind in "iu" else rng.uniform(-1, 2, (3, 4)).astype(dtype))
        kw = {f"edge_{mode}": True} if mode != "default" else {}
        cases.append((f"2d-{mode}-{np.dtype(dtype).name}-c{int(center)}", a2, k2, 3,
                      dict(kw, center=center, bias=2)))
    # NaN / INVALID / MISSING / NORMALIZE: default, truncate and wrap edges
    for mode in ["default", "truncate", "wrap"]:
        kw = {f"edge_{mode}": True} if mode != "default" else {}
        a = _rand(rng, (8, 10), np.float32, nan_fraction=0.3)
        a[rng.random(a.shape) < 0.1] = 1.0
        k = rng.uniform(-0.5, 2, (3, 3)).astype(np.float32)
        cases.append((f"nan-{mode}", a, k, None, dict(kw, nan=True)))
        cases.append((f"nan-missing-norm-{mode}", a, k, None,
                      dict(kw, nan=True, missing=-5.0, normalize=True)))
        cases.append((f"invalid-{mode}", a, k, None, dict(kw, invalid=1.0, missing=7.0)))
        b = _rand(rng, (8, 10), np.uint8)
        b[rng.random(b.shape) < 0.2] = 0
        kb = rng.integers(-3, 4, size=(3, 3)).astype(np.int16)
        cases.append((f"byte-norm-{mode}", b, kb, None, dict(kw, normalize=True)))
        cases.append((f"byte-invalid-norm-{mode}", b, kb, None,
                      dict(kw, normalize=True, invalid=0, missing=3)))
    return cases


GDL_CASES = _gdl_cases()


@pytest.fixture(scope="module")
def gdl_results():
    if GDL is None:
        pytest.skip("gdl not installed")
    with tempfile.TemporaryDirectory() as tmp:
        yield run_gdl([(n, {"a": a, "k": k}, _idl_call(s, kw))
                       for n, a, k, s, kw in GDL_CASES], Path(tmp))


@pytest.mark.gdl
@pytest.mark.parametrize("name, a, k, scale, kw", GDL_CASES, ids=[c[0] for c in GDL_CASES])
def test_against_gdl(gdl_results, name, a, k, scale, kw):
    expected = gdl_results[name]
    assert not isinstance(expected, Exception), expected
    r = convol(a, k, scale, **kw)
    assert r.dtype == expected.dtype and r.shape == expected.shape
    if r.dtype.kind in "iu":
        assert np.array_equal(r, expected)
        return
    # GDL accumulates in the array's precision (float32 for FLOAT): its error is at most
    # about n_kernel * eps(type) * sum|K A| / |S|; compat's is one rounding of an
    # (almost) exact sum
    assert np.array_equal(np.isnan(r), np.isnan(expected))
    ok = ~np.isnan(expected)
    kk = np.abs(np.asarray(k, np.float64))
    aa = np.abs(np.where(np.isfinite(a), a, 0).astype(np.float64))
    if kk.ndim < aa.ndim:
        kk = kk.reshape((1,) * (aa.ndim - kk.ndim) + kk.shape)
    mag = kk.sum() * aa.max() / (abs(scale) if scale else 1)
    eps = np.finfo(r.dtype).eps
    tol = np.spacing(np.abs(expected[ok])) + k.size * eps * mag
    assert np.all(np.abs(r[ok].astype(np.float64) - expected[ok]) <= tol)


GDL_DIVERGENCES = [
    # /EDGE_MIRROR: GDL's low edge skips the edge point (A[-1] = A[1]); GDL's own
    # testsuite expects A[-1] = A[0], as compat does
    ("mirror-low-edge", np.arange(1, 7, dtype=np.float32), np.array([1.0, 0, 0], np.float32),
     {"edge_mirror": True}, [2, 1, 2, 3, 4, 5], [1, 1, 2, 3, 4, 5]),
    # /EDGE_ZERO /NORMALIZE: GDL leaves the zero padding out of the weights (1.33333)
    ("edge-zero-normalize", np.arange(1, 7, dtype=np.float32),
     np.array([1.0, 2, 1], np.float32), {"edge_zero": True, "normalize": True},
     [4 / 3, 2, 3, 4, 5, 17 / 3], [1, 2, 3, 4, 5, 4.25]),
]


@pytest.mark.gdl
def test_gdl_divergences_recorded(tmp_path):
    """GDL 1.0.1 still returns what was recorded, and compat returns IDL's values."""
    if GDL is None:
        pytest.skip("gdl not installed")
    got = run_gdl([(n, {"a": a, "k": k}, _idl_call(None, kw))
                   for n, a, k, kw, _, _ in GDL_DIVERGENCES], tmp_path)
    for name, a, k, kw, gdl_values, ours in GDL_DIVERGENCES:
        np.testing.assert_allclose(got[name], gdl_values, rtol=1e-6)
        np.testing.assert_allclose(convol(a, k, **kw), ours, rtol=1e-6)


@pytest.mark.gdl
def test_gdl_rank_errors(tmp_path):
    """GDL's message for a kernel of another rank is the one compat reuses."""
    if GDL is None:
        pytest.skip("gdl not installed")
    got = run_gdl([("e", {"a": np.zeros((4, 6, 7), np.float32),
                          "k": np.ones((3, 3), np.float32)}, "convol(a, k)")], tmp_path)
    assert "Incompatible dimensions for Array and Kernel" in str(got["e"])
