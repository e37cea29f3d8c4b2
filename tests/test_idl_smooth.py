"""Tests of compat.idl.smooth (IDL SMOOTH).

Tiers: real-IDL printed values (user story 1; M. Piper's 2013 article), an independent
brute-force implementation of IDL's documented definition, dtype/mutation/bad-input
tests, and live differential tests against GDL for the cases where GDL follows IDL's
definition (marked ``gdl``).
"""

from __future__ import annotations

import itertools
import math
import shutil
import tempfile
from pathlib import Path

import numpy as np
import pytest

from compat.idl import smooth

NAN = np.nan


# --------------------------------------------------------------------------------------
# helpers
# --------------------------------------------------------------------------------------

def assert_printed(result, printed_rows, digits=8):
    """``result`` matches values IDL printed with ``digits`` significant digits.

    Tolerance: half a unit in the last printed digit; NaN must be NaN.
    """
    expected = np.array(printed_rows, dtype=np.float64)
    result = np.asarray(result, dtype=np.float64)
    assert result.shape == expected.shape
    assert np.array_equal(np.isnan(result), np.isnan(expected))
    ok = ~np.isnan(expected)
    e = expected[ok]
    r = result[ok]
    exponent = np.floor(np.log10(np.where(e == 0, 1.0, np.abs(e))))
    half_unit = 0.5 * 10.0 ** (exponent - (digits - 1))
    half_unit = np.where(e == 0, 0.5 * 10.0 ** -(digits - 1), half_unit)
    assert np.all(np.abs(r - e) <= half_unit * (1 + 1e-9)), (r, e)


def _source_index(i, n, mode):
    """Index into the array for position ``i`` (possibly outside 0..n-1), or None (zero)."""
    if 0 <= i < n:
        return i
    if mode == "truncate":
        return min(max(i, 0), n - 1)
    if mode == "wrap":
        return i % n
    if mode == "mirror":  # IDL /EDGE_MIRROR: A[-1] = A[0], A[n] = A[n-1]
        period = 2 * n
        j = i % period
        return j if j < n else period - 1 - j
    if mode == "zero":
        return None
    raise AssertionError(mode)


def brute_smooth(a, width, mode="default", nan=False, missing=None):
    """IDL SMOOTH written out from its documented definition, loop by loop.

    ``a`` in numpy (readsav) layout; ``width`` scalar or per-IDL-dimension; ``mode`` one of
    default/truncate/mirror/wrap/zero. Returns float64 window means (exact sums).
    """
    a = np.asarray(a, dtype=np.float64)
    shape = a.shape
    ndim = a.ndim
    if np.ndim(width) == 0:
        idl_w = [int(width) if n > 1 else 1 for n in reversed(shape)]
    else:
        idl_w = [int(w) for w in width]
    idl_w = [w + 1 if w % 2 == 0 else w for w in idl_w]
    w_np = idl_w[::-1]
    half = [w // 2 for w in w_np]
    out = np.empty(shape, dtype=np.float64)
    for idx in itertools.product(*[range(n) for n in shape]):
        if mode == "default" and any(
                idx[k] < half[k] or idx[k] >= shape[k] - half[k] for k in range(ndim)):
            out[idx] = a[idx]
            continue
        values = []
        for off in itertools.product(*[range(-h, h + 1) for h in half]):
            src = []
            for k in range(ndim):
                j = _source_index(idx[k] + off[k], shape[k], mode)
                src.append(j)
            values.append(0.0 if any(j is None for j in src) else a[tuple(src)])
        if nan:
            good = [v for v in values if math.isfinite(v)]
            if good:
                out[idx] = math.fsum(good) / len(good)
            else:
                out[idx] = NAN if missing is None else missing
        else:
            if any(math.isnan(v) for v in values) or (
                    np.inf in values and -np.inf in values):
                out[idx] = NAN
            elif np.inf in values:
                out[idx] = np.inf
            elif -np.inf in values:
                out[idx] = -np.inf
            else:
                out[idx] = math.fsum(values) / len(values)
    return out


MODE_KW = {
    "default": {},
    "truncate": {"edge_truncate": True},
    "mirror": {"edge_mirror": True},
    "wrap": {"edge_wrap": True},
    "zero": {"edge_zero": True},
}
MODES = list(MODE_KW)


def random_array(rng, shape, dtype, nan_fraction=0.0, inf=False):
    a = rng.uniform(-3.0, 5.0, size=shape)
    if nan_fraction:
        a[rng.random(shape) < nan_fraction] = NAN
    if inf:
        flat = a.reshape(-1)
        flat[rng.integers(0, flat.size)] = np.inf
        flat[rng.integers(0, flat.size)] = -np.inf
    return a.astype(dtype)


def running_sum_bound(a, widths_np):
    """Error bound of compat's float64 running totals vs exact sums, as a mean error.

    Each pass along an axis of padded length L accumulates at most about L roundings of
    size eps64 * (largest partial total <= w * max|x|); divided by w for the mean. Summed
    over passes, times a safety factor 4.
    """
    finite = np.asarray(a, dtype=np.float64)
    finite = finite[np.isfinite(finite)]
    amax = float(np.max(np.abs(finite))) if finite.size else 1.0
    total = sum(n + w for n, w in zip(np.shape(a), widths_np))
    return 4 * total * np.finfo(np.float64).eps * amax


def assert_matches_reference(result, ref, a, width):
    """float32: within 1 float32 ulp of the exact mean (double rounding); float64: bound."""
    result = np.asarray(result)
    assert np.array_equal(np.isnan(result), np.isnan(ref))
    ok = np.isfinite(ref)
    assert np.array_equal(result[~ok & ~np.isnan(ref)], ref[~ok & ~np.isnan(ref)])
    if result.dtype == np.float32:
        ref32 = ref[ok].astype(np.float32)
        ulp = np.spacing(np.abs(ref32))
        assert np.all(np.abs(result[ok] - ref32) <= ulp)
    else:
        if np.ndim(width) == 0:
            w_np = [width + 1 - width % 2] * np.ndim(a)
        else:
            w_np = [w + 1 - w % 2 for w in width][::-1]
        bound = running_sum_bound(a, w_np)
        assert np.max(np.abs(result[ok] - ref[ok]), initial=0.0) <= bound


# --------------------------------------------------------------------------------------
# real-IDL values
# --------------------------------------------------------------------------------------

STORY1_B = np.array(
    [[0.97599638, 0.93114936, 0.87070072, 0.5379253],
     [0.34873217, NAN, 0.40985891, 0.22407863],
     [NAN, NAN, NAN, 0.67532134],
     [NAN, NAN, 0.85441768, NAN]], dtype=np.float32)


def test_user_story_1_nan():
    """IDL> smooth(b,2,/nan) -- real IDL output from user story 1."""
    r = smooth(STORY1_B, 2, nan=True)
    assert r.dtype == np.float32
    assert_printed(r, [[0.97599638, 0.93114936, 0.87070072, 0.53792530],
                       [0.34873217, 0.70728749, 0.60817236, 0.22407863],
                       [NAN, 0.53766960, 0.54091913, 0.67532134],
                       [NAN, NAN, 0.85441768, NAN]])


def test_user_story_1_plain():
    """IDL> smooth(b,2) -- real IDL output from user story 1."""
    r = smooth(STORY1_B, 2)
    assert r.dtype == np.float32
    assert_printed(r, [[0.97599638, 0.93114936, 0.87070072, 0.53792530],
                       [0.34873217, NAN, NAN, 0.22407863],
                       [NAN, NAN, NAN, 0.67532134],
                       [NAN, NAN, 0.85441768, NAN]])


@pytest.mark.parametrize("spike, printed", [
    # M. Piper, "Beware the behavior of SMOOTH", Harris Geospatial blog, 30 May 2013:
    # real IDL (double) outputs of smooth(a, 3), cancellation artefacts included.
    (1.0e18, [1.0, 1.3333333, 2.0, 3.0, 3.3333333e17, 3.3333333e17, 3.3333333e17,
              0.0, -1.0, -1.6666667, 1.0]),
    (2.0 ** 52, [1.0, 1.3333333, 2.0, 3.0, 1.5011999e15, 1.5011999e15, 1.5011999e15,
                 3.0, 2.0, 1.3333333, 1.0]),
    (2.0 ** 54, [1.0, 1.3333333, 2.0, 3.0, 6.0047995e15, 6.0047995e15, 6.0047995e15,
                 3.3333333, 2.3333333, 1.6666667, 1.0]),
])
def test_running_total_matches_real_idl(spike, printed):
    a = np.array([1.0, 1.0, 2.0, 3.0, 4.0, spike, 4.0, 3.0, 2.0, 1.0, 1.0])
    r = smooth(a, 3)
    assert r.dtype == np.float64
    assert_printed(r, printed)


def test_idl_51_edge_truncate_example():
    """IDL reference: R0 = (A0+A0+A1)/3 and R[n-1] = (A[n-2]+2*A[n-1])/3 with /EDGE_TRUNCATE."""
    a = np.array([1.0, 2.0, 4.0, 8.0, 16.0])
    r = smooth(a, 3, edge_truncate=True)
    assert r[0] == pytest.approx((1 + 1 + 2) / 3, rel=1e-15)
    assert r[-1] == pytest.approx((8 + 16 + 16) / 3, rel=1e-15)
    assert np.array_equal(smooth(a, 3)[[0, -1]], a[[0, -1]])


# --------------------------------------------------------------------------------------
# brute force vs compat
# --------------------------------------------------------------------------------------

BRUTE_CASES = [
    # (shape, width)
    ((11,), 3), ((12,), 4), ((9,), 9), ((10,), 1), ((13,), 0),
    ((7, 9), 3), ((8, 6), 2), ((6, 10), [5, 3]), ((9, 7), [1, 4]), ((1, 9), 3),
    ((5, 6, 7), 3), ((4, 5, 6), [2, 1, 3]),
]


@pytest.mark.parametrize("shape, width", BRUTE_CASES)
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_brute_force_finite(shape, width, mode, dtype):
    rng = np.random.default_rng(hash((shape, str(width), mode)) % 2**32)
    a = random_array(rng, shape, dtype)
    r = smooth(a, width, **MODE_KW[mode])
    assert r.dtype == dtype and r.shape == a.shape
    assert_matches_reference(r, brute_smooth(a, width, mode), a, width)


@pytest.mark.parametrize("shape, width", [((15,), 3), ((14,), 4), ((8, 9), 3),
                                          ((9, 8), [3, 5]), ((5, 6, 7), [3, 3, 1])])
@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("nan, missing", [(False, None), (True, None), (True, -99.0),
                                          (False, -99.0)])
def test_brute_force_nonfinite(shape, width, mode, nan, missing):
    rng = np.random.default_rng(hash((shape, str(width), mode, nan)) % 2**32)
    a = random_array(rng, shape, np.float32, nan_fraction=0.3, inf=True)
    r = smooth(a, width, nan=nan, missing=missing, **MODE_KW[mode])
    # MISSING is used only with /NAN (IDL reference)
    ref = brute_smooth(a, width, mode, nan=nan, missing=missing if nan else None)
    assert_matches_reference(r, ref, a, width)


def test_nan_all_missing_window_gets_missing():
    a = np.array([1.0, NAN, NAN, NAN, 5.0, 6.0], dtype=np.float32)
    assert_printed(smooth(a, 3, nan=True, missing=-1), [1, 1, -1, 5, 5.5, 6])
    assert_printed(smooth(a, 3, nan=True), [1, 1, NAN, 5, 5.5, 6])


def test_nan_keyword_with_width_one_replaces_nan():
    """IDL reference: width 0 or 1 with /NAN: NaN values are missing data and replaced."""
    a = np.array([1.0, NAN, 3.0, np.inf], dtype=np.float32)
    r = smooth(a, 1, nan=True, missing=-1)
    assert np.array_equal(r, np.array([1.0, -1.0, 3.0, -1.0], dtype=np.float32))
    r = smooth(a, 0)
    assert np.array_equal(r, a, equal_nan=True)


def test_nan_localised_without_nan_keyword():
    """A NaN spoils only the windows that contain it (documented mean)."""
    a = np.arange(10, dtype=np.float32)
    a[2] = NAN
    r = smooth(a, 3)
    assert np.isnan(r[1:4]).all()
    assert np.array_equal(r[4:], a[4:])


def test_edge_zero_with_nan_counts_padding():
    a = np.array([1.0, NAN, 3.0, 4.0], dtype=np.float64)
    r = smooth(a, 3, edge_zero=True, nan=True)
    assert r[0] == pytest.approx(0.5)  # window [0(pad), 1, NaN]


def test_scalar_width_skips_length_one_dimensions():
    a = np.arange(9, dtype=np.float32).reshape(1, 9)
    r = smooth(a, 3)
    np.testing.assert_array_equal(r, smooth(a.ravel(), 3)[None, :])


def test_vector_width_in_idl_order():
    """width[0] applies to IDL's first dimension = numpy's last axis."""
    rng = np.random.default_rng(0)
    a = rng.random((6, 8))
    r = smooth(a, [5, 1], edge_truncate=True)
    rows = np.stack([smooth(row, 5, edge_truncate=True) for row in a])
    np.testing.assert_allclose(r, rows, rtol=0, atol=1e-15)


def test_large_float32_image_accuracy():
    """float32 data is summed in float64: no drift along long lines."""
    rng = np.random.default_rng(1)
    a = (rng.random((64, 4096)) * 1e4).astype(np.float32)
    r = smooth(a, 5)
    exact = np.zeros(a.shape)
    inner = (slice(2, -2), slice(2, -2))
    acc = np.zeros((60, 4092))
    for i in range(5):
        for j in range(5):
            acc += a[i:i + 60, j:j + 4092].astype(np.float64)
    exact = (acc / 25).astype(np.float32)
    diff = np.abs(r[inner] - exact)
    assert np.all(diff <= np.spacing(exact))


# --------------------------------------------------------------------------------------
# dtypes, mutation, bad input
# --------------------------------------------------------------------------------------

@pytest.mark.parametrize("dtype", [np.uint8, np.int16, np.uint16, np.int32, np.uint32,
                                   np.int64, np.uint64, np.int8])
def test_integer_types_keep_type_and_truncate(dtype):
    a = np.array([0, 10, 20, 100, 100, 3, 1], dtype=dtype)
    r = smooth(a, 3)
    assert r.dtype == (np.int16 if dtype == np.int8 else dtype)  # int8 is read as INT
    assert r.tolist() == [0, 10, 43, 73, 67, 34, 1]


def test_integer_truncates_toward_zero():
    """GDL 1.0.1: smooth(fix([-1,-2,-2,-5,7,-9]),3) -> -1 -1 -3 0 -2 -9."""
    r = smooth(np.array([-1, -2, -2, -5, 7, -9], dtype=np.int16), 3)
    assert r.dtype == np.int16
    assert r.tolist() == [-1, -1, -3, 0, -2, -9]


def test_byte_matches_gdl():
    """GDL 1.0.1: smooth(byte([0,10,20,255,255,3,1]),3) -> 0 10 95 176 171 86 1."""
    r = smooth(np.array([0, 10, 20, 255, 255, 3, 1], dtype=np.uint8), 3)
    assert r.dtype == np.uint8
    assert r.tolist() == [0, 10, 95, 176, 171, 86, 1]


def test_integer_ignores_nan_and_missing():
    a = np.array([1, 5, 9, 2], dtype=np.int32)
    assert np.array_equal(smooth(a, 3, nan=True, missing=-1), smooth(a, 3))


def test_complex_parts_independent():
    re = np.array([1, 2, 2, 5, 7, 9], dtype=np.float32)
    im = np.array([0, 1, 0, 1, 0, 1], dtype=np.float32)
    r = smooth(re + 1j * im, 3)
    assert r.dtype == np.complex64
    np.testing.assert_array_equal(r.real, smooth(re, 3))
    np.testing.assert_array_equal(r.imag, smooth(im, 3))


def test_does_not_modify_input():
    rng = np.random.default_rng(3)
    for kw in MODE_KW.values():
        a = random_array(rng, (7, 8), np.float32, nan_fraction=0.2)
        before = a.copy()
        smooth(a, 3, nan=True, missing=0, **kw)
        smooth(a, 3, **kw)
        assert np.array_equal(a, before, equal_nan=True)
    b = np.arange(10, dtype=np.float64)
    r = smooth(b, 1)
    assert r is not b
    r[0] = 99
    assert b[0] == 0


def test_accepts_lists():
    r = smooth([1.0, 2.0, 6.0, 2.0], 3)
    assert r.dtype == np.float64
    assert r.tolist() == [1.0, 3.0, 10 / 3, 2.0]


@pytest.mark.parametrize("array, width, kw, exc, message", [
    ("abc", 3, {}, TypeError, "SMOOTH: String expression not allowed"),
    (np.array(["a", "b", "c"]), 3, {}, TypeError, "SMOOTH: String expression not allowed in this context: Array."),
    (np.array([object()] * 3), 3, {}, TypeError, "SMOOTH: Array has dtype object"),
    (np.zeros(5, "M8[s]"), 3, {}, TypeError, "SMOOTH: Array has dtype datetime64[s]"),
    (np.float32(5.0), 3, {}, ValueError, "SMOOTH: Expression must be an array"),
    (np.zeros(0), 3, {}, ValueError, "SMOOTH: Array is empty"),
    (np.zeros((2,) * 9), 1, {}, ValueError, "SMOOTH: Array has 9 dimensions"),
    (np.zeros((5, 6)), [3, 3, 3], {}, ValueError,
     "SMOOTH: Number of Array dimensions does not match number of Widths"),
    (np.zeros(5), 7, {}, ValueError,
     "SMOOTH: Width must be nonnegative and smaller than array dimensions (Width 7"),
    (np.zeros(4), 4, {}, ValueError,
     "SMOOTH: Width must be nonnegative and smaller than array dimensions (Width 5"),
    (np.zeros((5, 3)), [5, 3], {}, ValueError, "(Width 5 for dimension 1 exceeds its length 3)"),
    (np.zeros(5), -3, {}, ValueError, "SMOOTH: Width must be nonnegative"),
    (np.zeros(5), "3", {}, TypeError, "SMOOTH: Width must be a number"),
    (np.zeros(5), np.nan, {}, ValueError, "SMOOTH: Width must be finite"),
    (np.zeros(5), 3, {"edge_wrap": True, "edge_truncate": True}, ValueError,
     "SMOOTH: conflicting keywords /EDGE_TRUNCATE, /EDGE_WRAP"),
    (np.zeros(5), 3, {"nan": True, "missing": "x"}, TypeError,
     "SMOOTH: String expression not allowed in this context: MISSING."),
    (np.zeros(5), 3, {"nan": True, "missing": [1.0, 2.0]}, ValueError,
     "SMOOTH: Expression must be a scalar or 1 element array in this context: MISSING."),
])
def test_bad_input(array, width, kw, exc, message):
    with pytest.raises(exc) as info:
        smooth(array, width, **kw)
    assert str(info.value).startswith("SMOOTH: ")
    assert message in str(info.value)


def test_width_equal_to_dimension_is_allowed():
    a = np.arange(5, dtype=np.float64)
    assert smooth(a, 5).tolist() == [0, 1, 2, 3, 4]
    assert smooth(a, 5, edge_truncate=True)[0] == pytest.approx((0 + 0 + 0 + 1 + 2) / 5)


# --------------------------------------------------------------------------------------
# live differential tests against GDL (cases where GDL follows IDL's definition)
# --------------------------------------------------------------------------------------

GDL = shutil.which("gdl")
from oracles import GDL_PIN, run_gdl_program  # noqa: E402 - GDL_PIN: one thread in GDL's pool
_IDL_TYPE = {np.dtype(np.uint8): 1, np.dtype(np.int16): 2, np.dtype(np.int32): 3,
             np.dtype(np.float32): 4, np.dtype(np.float64): 5, np.dtype(np.uint16): 12,
             np.dtype(np.uint32): 13, np.dtype(np.int64): 14, np.dtype(np.uint64): 15}


def _idl_call(width, kw):
    w = str(width) if np.ndim(width) == 0 else "[" + ",".join(str(int(v)) for v in width) + "]"
    parts = [f"smooth(a, {w}"]
    for key, value in kw.items():
        if key == "missing":
            parts.append(f", missing={value!r}")
        elif value:
            parts.append(f", /{key}")
    return "".join(parts) + ")"


def run_gdl(cases, workdir: Path):
    """Run ``smooth`` in one GDL session for every (name, array, width, kw) case.

    Inputs travel as raw little-endian binary (bit-exact); results come back the same
    way with their IDL type code.
    """
    lines = [GDL_PIN]
    for k, (name, a, width, kw) in enumerate(cases):
        a = np.ascontiguousarray(a)
        a.astype(a.dtype.newbyteorder("<")).tofile(workdir / f"in{k}.bin")
        dims = ",".join(str(n) for n in reversed(a.shape))
        lines += [
            f"openr, lun, 'in{k}.bin', /get_lun, /swap_if_big_endian",
            f"a = make_array(dimension=[{dims}], type={_IDL_TYPE[a.dtype]})",
            "readu, lun, a & free_lun, lun",
            f"r = {_idl_call(width, kw)}",
            f"openw, lun, 'out{k}.bin', /get_lun, /swap_if_big_endian",
            "writeu, lun, r & free_lun, lun",
            f"openw, lun, 'type{k}.txt', /get_lun & printf, lun, size(r, /type)"
            " & free_lun, lun",
        ]
    lines.append("exit")
    (workdir / "run.pro").write_text("\n".join(lines) + "\n")
    proc = run_gdl_program("run.pro", workdir)
    inverse = {v: k for k, v in _IDL_TYPE.items()}
    results = {}
    for k, (name, a, width, kw) in enumerate(cases):
        tfile = workdir / f"type{k}.txt"
        if not tfile.exists():
            raise RuntimeError(f"GDL failed on case {name}: {proc.stdout}\n{proc.stderr}")
        dtype = inverse[int(tfile.read_text().split()[0])]
        out = np.fromfile(workdir / f"out{k}.bin", dtype=dtype.newbyteorder("<"))
        results[name] = out.reshape(a.shape).astype(dtype)
    return results


def _gdl_cases():
    rng = np.random.default_rng(2024)
    cases = []
    # 1-D: every edge mode, float and double, odd/even widths (GDL right here)
    for mode, dtype, width in itertools.product(MODES, [np.float32, np.float64], [3, 4, 7]):
        a = random_array(rng, (40,), dtype)
        cases.append((f"1d-{mode}-{np.dtype(dtype).name}-w{width}", a, width,
                      MODE_KW[mode]))
    # 2-D and 3-D with an /EDGE_* keyword and no NaN (GDL right: padding is separable)
    for mode in ["truncate", "mirror", "wrap", "zero"]:
        a = random_array(rng, (13, 17), np.float32)
        cases.append((f"2d-{mode}", a, [5, 3], MODE_KW[mode]))
        a = random_array(rng, (6, 7, 8), np.float64)
        cases.append((f"3d-{mode}", a, 3, MODE_KW[mode]))
    # 1-D /NAN with edge modes and MISSING, windows never all-NaN at the default edges
    for mode in MODES:
        a = random_array(rng, (30,), np.float32, nan_fraction=0.25)
        # finite near the ends: GDL puts MISSING on copied edge NaNs (see divergences)
        a[[0, 1, -2, -1]] = [1.5, 0.25, 3.0, -2.5]
        cases.append((f"1d-nan-{mode}", a, 3, dict(MODE_KW[mode], nan=True)))
        cases.append((f"1d-nan-missing-{mode}", a, 5,
                      dict(MODE_KW[mode], nan=True, missing=-7.0)))
    # integer types, 1-D
    for dtype in [np.uint8, np.int16, np.int32, np.uint16]:
        info = np.iinfo(dtype)
        lo, hi = max(info.min, -1000), min(info.max, 1000)
        a = rng.integers(lo, hi, size=25).astype(dtype)
        for mode in ["default", "truncate"]:
            cases.append((f"int-{np.dtype(dtype).name}-{mode}", a, 3, MODE_KW[mode]))
    return cases


GDL_CASES = _gdl_cases()


@pytest.fixture(scope="module")
def gdl_results():
    if GDL is None:
        pytest.skip("gdl not installed")
    with tempfile.TemporaryDirectory() as tmp:
        yield run_gdl(GDL_CASES, Path(tmp))


@pytest.mark.gdl
@pytest.mark.parametrize("name, a, width, kw", GDL_CASES, ids=[c[0] for c in GDL_CASES])
def test_against_gdl(gdl_results, name, a, width, kw):
    expected = gdl_results[name]
    r = smooth(a, width, **kw)
    assert r.dtype == expected.dtype
    assert np.array_equal(np.isnan(r), np.isnan(expected)) if r.dtype.kind == "f" else True
    if r.dtype.kind in "iu":
        # compat truncates the exact mean (integer sums are exact in float64). GDL
        # truncates a running mean kept as mean += v/w, which can land a hair on the
        # wrong side of an exactly integral mean (e.g. exact 389 -> GDL 388): only
        # there may the two differ, by 1; everywhere else they are identical.
        assert r.dtype == a.dtype
        exact = brute_smooth(a, width, "truncate" if kw.get("edge_truncate") else "default")
        integral = exact == np.round(exact)
        assert np.array_equal(r[~integral], expected[~integral])
        assert np.all(np.abs(r[integral].astype(np.int64)
                             - expected[integral].astype(np.int64)) <= 1)
    elif r.dtype == np.float32:
        # compat: exact mean rounded once to float32 (1 ulp). GDL: double running means,
        # but between the passes of a 2-D smooth it stores the partial means as float32
        # (src/smooth2d.hpp: tmp is of the input type), adding up to half a float32 ulp
        # of max|a| per extra pass.
        ok = ~np.isnan(expected)
        passes = sum(1 for n in a.shape if n > 1)
        amax = np.max(np.abs(a[np.isfinite(a)]))
        tol = np.spacing(np.abs(expected[ok])) + (passes - 1) * np.spacing(amax)
        assert np.all(np.abs(r[ok] - expected[ok]) <= tol)
    else:
        # GDL keeps a running mean (mean += v/w), compat a running total: both within the
        # running-sum bound of the exact mean
        ok = ~np.isnan(expected)
        w_np = ([width + 1 - width % 2] * a.ndim if np.ndim(width) == 0
                else [w + 1 - w % 2 for w in width][::-1])
        assert np.max(np.abs(r[ok] - expected[ok]), initial=0.0) <= 2 * running_sum_bound(a, w_np)


STORY1_GDL_NAN = [  # gdl -quiet: print, smooth(b,2,/nan), format='(4g16.8)'
    [0.97599638, 0.92594880, 0.77992511, 0.53792530],
    [0.66236424, 0.65262216, 0.59073842, 0.47910842],
    [0.34873217, 0.61685658, 0.61556923, 0.44970000],
    [NAN, 0.85441768, 0.85441768, NAN]]


@pytest.mark.gdl
def test_gdl_diverges_on_story_1(tmp_path):
    """Record: GDL 1.0.1 smooths the edge rows/columns of a 2-D array (one dimension at a
    time) and so differs from real IDL on user story 1; compat follows IDL."""
    if GDL is None:
        pytest.skip("gdl not installed")
    got = run_gdl([("s1", STORY1_B, 2, {"nan": True})], tmp_path)["s1"]
    assert_printed(got, STORY1_GDL_NAN)
    assert not np.allclose(smooth(STORY1_B, 2, nan=True), got, equal_nan=True)


# Divergences of GDL 1.0.1 from IDL (documented definition or real-IDL output). Each
# entry: name, input, width, keywords, what GDL 1.0.1 returns, what compat returns.
_SPIKE = np.array([1.0, 1.0, 2.0, 3.0, 4.0, 1.0e18, 4.0, 3.0, 2.0, 1.0, 1.0])
_NAN_LINE = np.array([1, 2, NAN, 4, 5, 6, 7, 8, 9, 10], dtype=np.float32)
GDL_DIVERGENCES = [
    # real IDL (user story 1): default edges are copied in 2-D; GDL smooths row 0 along x
    ("story1-plain", STORY1_B, 2, {},
     [[0.97599638, 0.92594880, 0.77992511, 0.53792530],
      [NAN, NAN, NAN, 0.47910842], [NAN, NAN, NAN, NAN], [NAN, NAN, NAN, NAN]]),
    # real IDL (Piper 2013) prints 0, -1, -1.6666667 at indices 7..9
    ("piper-1e18", _SPIKE, 3, {},
     [1, 1.3333333, 2, 3, 3.3333333e17, 3.3333333e17, 3.3333333e17,
      0.66666667, -0.33333333, -1, 1]),
    # documented mean: a NaN spoils only its own windows; GDL's running mean stays NaN
    ("nan-poisons-line", _NAN_LINE, 3, {},
     [1, NAN, NAN, NAN, NAN, NAN, NAN, NAN, NAN, 10]),
    # IDL reference: with /NAN and width 1 NaNs are replaced (by MISSING); GDL keeps them
    ("width1-nan-missing", np.array([1, NAN, 3], dtype=np.float32), 1,
     {"nan": True, "missing": -1.0}, [1, NAN, 3]),
    # unconfirmed on IDL: GDL also puts MISSING on edge points it copies
    ("missing-on-copied-edge", np.array([NAN, 2, 3, 4, 5, NAN], dtype=np.float32), 3,
     {"nan": True, "missing": -1.0}, [-1, 2.5, 3, 4, 4.5, -1]),
]


@pytest.mark.gdl
def test_gdl_divergences_recorded(tmp_path):
    """GDL 1.0.1 still returns what was recorded, and compat does not (it follows IDL)."""
    if GDL is None:
        pytest.skip("gdl not installed")
    got = run_gdl([(n, a, w, kw) for n, a, w, kw, _ in GDL_DIVERGENCES], tmp_path)
    for name, a, width, kw, gdl_printed in GDL_DIVERGENCES:
        assert_printed(got[name], gdl_printed)
        ours = smooth(a, width, **kw).astype(np.float64)
        assert not np.array_equal(ours, got[name].astype(np.float64), equal_nan=True), name


def _nan_truncate_cases():
    """Random shapes (1-D and 2-D), widths and NaN densities, /EDGE_TRUNCATE, no /NAN."""
    rng = np.random.default_rng(2026)
    cases = []
    for i in range(48):
        shape = tuple(int(v) for v in rng.integers(5, 40, 1 if i % 4 == 0 else 2))
        fraction = float(rng.choice([0.0, 0.002, 0.01, 0.05, 0.3]))
        if i % 12 == 11:   # a NaN-free case in every dozen: GDL must compare all of it
            fraction = 0.0
        a = random_array(rng, shape, np.float32 if i % 3 else np.float64,
                         nan_fraction=fraction)
        width = int(rng.integers(2, min(shape) + 1))
        if width % 2 == 0 and width + 1 > min(shape):
            width -= 1
        cases.append((f"nan-truncate-{i}", a, width, {"edge_truncate": True}))
    return cases


@pytest.mark.gdl
def test_nan_without_nan_keyword_edge_truncate_against_gdl(tmp_path, monkeypatch):
    """SMOOTH(a, w, /EDGE_TRUNCATE) of data holding NaN, without /NAN (issue 20's slowest
    case), in one GDL session, through both of compat's paths (the fused compiled
    kernels of compat._core.accelerated_boxes, forced onto these small arrays, and the
    numpy path), which must agree bit for bit. GDL 1.0.1's running mean carries a NaN
    along the rest of its line (recorded divergence "nan-poisons-line"), so GDL's NaNs
    are a superset of compat's (a NaN spoils only the boxes holding it, the IEEE mean
    of the box); wherever GDL's value is finite, compat's matches it within GDL's
    float32 round-off between passes (as test_against_gdl)."""
    if GDL is None:
        pytest.skip("gdl not installed")
    from compat._core import accelerated_boxes, accelerated_sums
    cases = _nan_truncate_cases()
    got = run_gdl(cases, tmp_path)
    compared = clean = 0
    for name, a, width, kw in cases:
        with monkeypatch.context() as m:
            m.setattr(accelerated_sums, "_kernels", lambda: None)
            slow = smooth(a, width, **kw)
        with monkeypatch.context() as m:
            m.setattr(accelerated_sums, "MIN_ELEMENTS", 0)
            fast = smooth(a, width, **kw)
        assert fast.tobytes() == slow.tobytes(), name
        if accelerated_boxes._compiled() is not None:
            assert a.ndim in (1, 2)   # these sizes run the fused kernels when forced
        expected = got[name]
        assert fast.dtype == expected.dtype, name
        ours_nan, gdl_nan = np.isnan(fast), np.isnan(expected)
        assert np.all(gdl_nan[ours_nan]), name
        if not np.isnan(a).any():
            # finite data, finite boxes: every value is compared (no vacuous pass)
            assert not ours_nan.any() and not gdl_nan.any(), name
            clean += a.size
        ok = ~gdl_nan
        passes = sum(1 for n in a.shape if n > 1)
        amax = np.max(np.abs(a[np.isfinite(a)]))
        if a.dtype == np.float32:
            tol = np.spacing(np.abs(expected[ok])) + (passes - 1) * np.spacing(amax)
        else:
            tol = 2 * running_sum_bound(a, [width + 1 - width % 2] * a.ndim)
        assert np.all(np.abs(fast[ok] - expected[ok]) <= tol), name
        compared += int(ok.sum())
    # GDL's finite values leave something to compare: all of the NaN-free cases (four
    # at least) and more. (A fixed count is not a property of every draw: how much a
    # NaN spoils in GDL depends on the shapes and densities drawn -- 4643 values at
    # COMPAT_RESEED_SHIFT=1313, against the 5000 once required.)
    assert clean >= 4 * 25 and compared >= clean
