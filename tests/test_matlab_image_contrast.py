"""MATLAB stretchlim and imadjust (compat.matlab.image_contrast): the histogram rule
written out, the look-up-table rounding against direct evaluation, gamma with clipping,
inversion, errors, inputs left alone, and a live Octave run on random uint8 images.
Captured values: golden suite matlab/image_contrast."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave


def test_stretchlim_rule_written_out():
    rng = np.random.default_rng(4)
    u = rng.integers(0, 256, (40, 30)).astype(np.uint8)
    cdf = np.cumsum(np.bincount(u.ravel(), minlength=256)) / u.size
    low = (np.argmax(cdf > 0.03)) / 255
    high = (np.argmax(cdf >= 0.95)) / 255
    np.testing.assert_array_equal(matlab.stretchlim(u, [0.03, 0.95])[:, 0], [low, high])
    assert matlab.stretchlim(u, [0.6, 0.4])[:, 0].tolist() == [0.0, 1.0]


def test_imadjust_table_and_gamma():
    u = np.arange(256, dtype=np.uint8)
    j = matlab.imadjust(u, [0.25, 0.75], [0.0, 1.0], 2.0)
    v = np.clip(u / 255, 0.25, 0.75)
    want = np.floor(((v - 0.25) / 0.5) ** 2 * 255 + 0.5)
    np.testing.assert_array_equal(j, want.astype(np.uint8))
    inv = matlab.imadjust(u, [0, 1], [1, 0])
    np.testing.assert_array_equal(inv, 255 - u)
    d = np.array([-0.3, 0.1, 0.5, 1.4])
    np.testing.assert_allclose(matlab.imadjust(d, [0.1, 0.9], [], 0.5),
                               np.sqrt((np.clip(d, 0.1, 0.9) - 0.1) / 0.8))


def test_imadjust_table_is_matlabs_linspace():
    # COMPAT_RESEED_SHIFT=777: stretchlim gave [3; 253]/255 and pixel 228 maps to
    # (228 - 3)/(253 - 3) * 255 = 229.5 exactly; on MATLAB's table (entry 228 is 228/255,
    # MATLAB's linspace multiplies first) the doubles give 229.5 and im2uint8 rounds to
    # 230, as GNU Octave 7.3's imadjust also returns; numpy's linspace entry
    # (228 * (1/255), an ulp low) gave 229.
    u = np.array([3, 228, 253], dtype=np.uint8)
    np.testing.assert_array_equal(matlab.imadjust(u, [3 / 255, 253 / 255]), [0, 230, 255])


def test_errors_and_inputs():
    u = np.asarray(np.arange(20, dtype=np.uint8).reshape(4, 5))
    u.setflags(write=False)
    before = u.copy()
    matlab.imadjust(u)
    assert np.array_equal(u, before)
    with pytest.raises(CompatValueError, match="LOW_IN must be less than HIGH_IN"):
        matlab.imadjust(u, [0.6, 0.2])
    with pytest.raises(CompatValueError, match="range"):
        matlab.imadjust(u, [0.2, 1.6])
    with pytest.raises(CompatValueError, match="TOL"):
        matlab.stretchlim(u, [0.1, 0.2, 0.3])


# MATLAB's imadjust (imadjust.m's adjustWithLUT) builds its uint8 table from MATLAB's
# linspace(0, 1, 256), product first, so entry k is k/255 exactly (suite matlab/linspace);
# GNU Octave 7.3 builds linspace from both ends (x2 - (n-1-k)*delta in the upper half), an
# ulp off k/255 at 36 of the 256 entries, and where the adjusted value is a half level that
# ulp decides the rounding (COMPAT_RESEED_SHIFT=777: pixel 228 with stretchlim's [3; 253]/255
# is 225/250*255 = 229.5 exactly; MATLAB's table gives 230, numpy's linspace 229). So the
# Octave side also evaluates imadjust.m's steps on MATLAB's table, which compat must match
# exactly, and Octave's own imadjust must agree at every pixel whose table entry is k/255
# -- for j below high_in only: at and above it Octave's imadjust returns high_out itself,
# imadjust.m computes 1 .* (high_out - low_out) + low_out, which may round to the other
# side of a half level (shift 777: 0.3 * 255 is 76.5 in doubles, 0.3 - 0.86 + 0.86 is not).
_MATLAB_TABLE = ("t = (0:255) .* (1 - 0) ./ 255; t(1) = 0; t(end) = 1; "
                 "c = max(LI, min(HI, t)); "
                 "lut = im2uint8(((c - LI) ./ (HI - LI)) .^ 1 .* (HO - LO) + LO); "
                 "m = reshape(lut(double(U) + 1), size(U));")


@pytest.mark.octave
def test_against_octave_random_uint8():
    rng = np.random.default_rng(6262)
    cases, expected = [], []
    for _ in range(8):
        U = rng.integers(0, 256, tuple(int(v) for v in rng.integers(3, 30, 2))).astype(np.uint8)
        lo, hi = (float(v) for v in np.sort(np.round(rng.random(2), 2)))
        hi = round(max(hi, lo + 0.05), 2)
        a, b = (float(v) for v in np.round(rng.random(2), 2))
        tol = float(np.round(rng.uniform(0, 0.2), 3))
        steps_j = _MATLAB_TABLE.replace("LI", repr(lo)).replace("HI", repr(hi)) \
            .replace("LO", repr(a)).replace("HO", repr(b)).replace("m =", "mj =")
        steps_k = _MATLAB_TABLE.replace("LI", "s(1)").replace("HI", "s(2)") \
            .replace("LO", "0").replace("HO", "1").replace("m =", "mk =")
        cases.append((f"l = stretchlim(U, {tol!r}); j = imadjust(U, [{lo!r} {hi!r}], [{a!r} {b!r}]); k = imadjust(U); "
                      f"s = stretchlim(U); {steps_j} {steps_k} "
                      "ok = linspace(0, 1, 256) == (0:255) / 255; okU = reshape(ok(double(U) + 1), size(U)); "
                      f"lt = linspace(0, 1, 256); okj = okU & reshape(lt(double(U) + 1) < {hi!r}, size(U));",
                      {"U": U}, ["l", "j", "k", "mj", "mk", "okU", "okj"]))
        expected.append([matlab.stretchlim(U, tol), matlab.imadjust(U, [lo, hi], [a, b]),
                         matlab.imadjust(U)])
    got = run_octave(cases, setup="pkg load image")
    checked = 0
    for result, want in zip(got, expected):
        assert not isinstance(result, Exception), result
        np.testing.assert_allclose(np.asarray(want[0], dtype=float).reshape(-1),
                                   np.asarray(result["l"], dtype=float).reshape(-1),
                                   rtol=1e-14, atol=0, err_msg="l")
        for name, steps, mask, value in (("j", "mj", "okj", want[1]), ("k", "mk", "okU", want[2])):
            np.testing.assert_array_equal(value, result[steps], err_msg=steps)
            same = np.asarray(result[mask], dtype=bool)
            checked += int(same.sum())
            np.testing.assert_array_equal(value[same], result[name][same], err_msg=name)
    assert checked > 0.3 * sum(2 * w[2].size for w in expected)


def test_histeq_rule_by_hand():
    # 6 pixels onto 4 levels: cumd = 1.5, 3, 4.5, 6; value 128 has cum 3 and slack 0.5:
    # errors -1 (excluded), 0.5, 2, 3.5 -> level 2 -> 85
    u = np.array([[0, 64, 128], [192, 255, 255]], dtype=np.uint8)
    j, t = matlab.histeq(u, 4, nargout=2)
    np.testing.assert_array_equal(j, np.array([[0, 0, 85], [170, 255, 255]], dtype=np.uint8))
    assert t.shape == (1, 256) and t[0, 128] == pytest.approx(1 / 3)
    d = np.array([[-0.5, 0.2, 0.9, 1.7]])
    assert matlab.histeq(d, 8).dtype == np.float64
    s = np.array([[-32768, 0, 32767]], dtype=np.int16)
    assert matlab.histeq(s).dtype == np.int16
    with pytest.raises(CompatValueError, match="indexed"):
        matlab.histeq(u, np.random.default_rng(1).random((8, 3)))
