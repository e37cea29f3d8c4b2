"""The IDL Astronomy Library's RESISTANT_MEAN, MEANCLIP and AVG and SDSS idlutils'
DJS_MEDIAN (compat.idl.robust_statistics): the algorithms by hand in float64, types,
errors, untouched inputs, and random data against live GDL running the library's own
.pro files (suite idl/robust_statistics/pro). Goldens: suite idl/robust_statistics."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import numpy as np
import pytest

from compat import idl
from oracles import GDL, run_gdl

PRO = Path(__file__).resolve().parents[1] / "reference_outputs/idl/robust_statistics/pro"
COEF = (-0.15405, 0.90723, -0.23584, 0.020142)


def _poly(c, x):
    return sum(ck * x ** k for k, ck in enumerate(c))


def _resistant_by_hand(y, cut):
    """resistant_mean.pro in float64 with numpy (DOUBLE data: the .pro's own type)."""
    y = np.asarray(y, np.float64).ravel()
    med = np.nanmedian(y)
    absdev = np.abs(y - med)
    mad = np.nanmedian(absdev) / 0.6745
    if mad < 1e-24:
        mad = np.nanmean(absdev) / 0.8
    good = absdev <= cut * mad
    pts = y[good]
    sigma = np.sqrt(np.sum((pts - pts.mean()) ** 2) / pts.size)
    sc = max(cut, 1.0)
    if sc <= 4.5:
        sigma /= _poly(COEF, sc)
    good = absdev <= cut * sigma
    pts = y[good]
    mean = pts.mean()
    sigma = np.sqrt(np.sum((pts - mean) ** 2) / pts.size)
    if sc <= 4.5:
        sigma /= _poly(COEF, sc)
    return mean, sigma / np.sqrt(pts.size - 1), y.size - pts.size, good


def test_resistant_mean_by_hand_double():
    # DOUBLE data: every step in float64; sums of <= 400 terms of size ~1: a few hundred
    # ulps at most between numpy's pairwise and IDL's sequential sums (rtol 1e-12)
    rng = np.random.default_rng(18101)
    for k in range(20):
        y = rng.normal(5, 2, int(rng.integers(20, 400)))
        y[rng.integers(0, y.size, 3)] = rng.uniform(30, 60, 3) * rng.choice([-1, 1], 3)
        cut = float(rng.uniform(2, 5))
        m, s, n, good = _resistant_by_hand(y, cut)
        r = idl.resistant_mean(y, cut, goodvec=True, badvec=True)
        np.testing.assert_allclose([r.mean, r.sigma], [m, s], rtol=1e-12)
        assert r.num_rej == n and r.num_rej.dtype == np.int32
        np.testing.assert_array_equal(r.goodvec, np.flatnonzero(good))
        np.testing.assert_array_equal(r.badvec, np.flatnonzero(~good) if n else -1)


def test_resistant_mean_reference_example_scale():
    # resistant_mean.pro's header: for RANDOMN(seed, 10000) with a 3-sigma cut "the mean
    # should be near 0, and meansig should be near 0.01 (= 1/sqrt(10000))"
    y = np.random.default_rng(18102).normal(size=10000).astype(np.float32)
    m, s, n = idl.resistant_mean(y, 3)
    assert m.dtype == np.float32 and s.dtype == np.float32
    assert abs(m) < 5 * 0.01 and 0.009 < s < 0.011 and n < 60


def test_resistant_mean_types_dimension_and_mad_zero():
    y = np.float32([5, 5, 5, 5, 5, 5, 6, 100])
    m, s, n = idl.resistant_mean(y, 3)
    # MAD 0: mean |y - 5| / 0.8 = 96/8/0.8 = 15, cut 45 keeps 7 points
    assert n == 1 and m == np.float32(np.float32(36) / np.float32(7))
    yi = np.array([100, 101, 99, 102, 98, 100, 500, 101], np.int16)
    assert idl.resistant_mean(yi, 3).mean.dtype == np.float32
    assert idl.resistant_mean(yi, 3, double=True).mean.dtype == np.float64
    # DIMENSION: IDL's first dimension is numpy's last axis; each row by itself
    y2 = np.random.default_rng(18103).normal(size=(5, 8))
    r = idl.resistant_mean(y2, 3, dimension=1)
    assert r.mean.shape == (5,)
    for k in range(5):
        np.testing.assert_array_equal(r.mean[k], idl.resistant_mean(y2[k], 3).mean)
    r2 = idl.resistant_mean(y2, [2.0, 2.5, 3, 3.5, 4, 4.5, 5, 6], dimension=2)
    np.testing.assert_array_equal(r2.mean[1], idl.resistant_mean(y2[:, 1], 2.5).mean)
    # 1-D data ignore DIMENSION, as the .pro does
    assert idl.resistant_mean(y2[0], 3, dimension=1).mean == idl.resistant_mean(y2[0], 3).mean


def test_resistant_mean_errors_and_all_rejected():
    y = np.arange(12.0).reshape(3, 4)
    with pytest.raises(ValueError, match="RESISTANT_MEAN: Invalid dimension number"):
        idl.resistant_mean(y, 3, dimension=3)
    with pytest.raises(ValueError, match="RESISTANT_MEAN: GOODVEC"):
        idl.resistant_mean(y, 3, dimension=1, goodvec=True)
    with pytest.raises(TypeError, match="RESISTANT_MEAN: String"):
        idl.resistant_mean("abc", 3)
    nan = np.full(4, np.nan, np.float32)
    with pytest.warns(Warning, match="RESISTANT_MEAN: Unexpected error"):
        m, s, n = idl.resistant_mean(nan, 3)
    assert np.isnan(m) and np.isnan(s) and n == 0 and m.dtype == np.float32
    m, s, n = idl.resistant_mean(nan, 3, silent=True)


def test_meanclip_by_hand():
    # the loop of meanclip.pro in float64 (DOUBLE data); MOMENT's variance is the
    # two-pass (n-1) one: within a few ulps of numpy's var(ddof=1) for these sizes
    rng = np.random.default_rng(18104)
    for k in range(20):
        d = rng.normal(0, 1, int(rng.integers(30, 300)))
        d[rng.integers(0, d.size, 4)] = rng.uniform(5, 20, 4)
        sub = np.arange(d.size)
        it, ct = 0, d.size
        while True:
            x = d[sub]
            it += 1
            last = ct
            keep = np.abs(x - np.median(x)) < 3 * np.std(x, ddof=1)
            ct = int(keep.sum())
            if ct:
                sub = sub[keep]
            if abs(ct - last) / last <= 0.02 or it > 5 or ct == 0:
                break
        r = idl.meanclip(d, subs=True)
        np.testing.assert_array_equal(r.subs, sub)
        np.testing.assert_allclose([r.mean, r.sigma], [d[sub].mean(), d[sub].std(ddof=1)],
                                   rtol=1e-12)


def test_meanclip_verbose_prints_as_the_pro(capsys):
    d = np.float32([1.0, 1.2, 0.9, 1.1, 1.05, 0.95, 9.0, 1.0, 1.02, 0.98, 1.01, 0.99])
    m, s = idl.meanclip(d, verbose=True)
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "MEANCLIP:  3-sigma clipped mean"
    assert out[1] == "MEANCLIP:  Mean computed in        2 iterations"
    # GDL 1.0.1 runs meanclip.pro on these values and prints the same digits
    assert out[2] == "MEANCLIP:  Mean =       1.01818,  sigma =     0.0789707"
    assert m.dtype == np.float32
    assert idl.meanclip(d) == (m, s)
    with pytest.raises(ValueError, match="MEANCLIP: .*no finite value"):
        idl.meanclip(np.float32([np.nan, np.inf]))


def test_avg_types_dimensions_nan():
    a = np.arange(24, dtype=np.float32).reshape(2, 3, 4)   # IDL FINDGEN(4, 3, 2)
    np.testing.assert_array_equal(idl.avg(a, 0), a.astype(np.float64).mean(axis=2)
                                  .astype(np.float32))
    np.testing.assert_array_equal(idl.avg(a, 2), a.mean(axis=0))
    assert idl.avg(a).dtype == np.float32 and idl.avg(a, double=True).dtype == np.float64
    # TOTAL(/DOUBLE) adds in order: 2^53 + 1 rounds back to 2^53 (twice), then + 2
    assert idl.avg(np.array([2 ** 53, 1, 1, 2], np.int64)) == np.float64(2 ** 53 + 2) / 4
    assert idl.avg(np.uint8([200, 255])) == np.float32(227.5)
    n = np.float32([[1, np.nan], [3, np.nan]])
    np.testing.assert_array_equal(idl.avg(n, 1, nan=True), np.float32([2, np.nan]))
    assert np.isnan(idl.avg(np.float32([np.nan, np.nan]), nan=True, double=True))
    assert idl.avg(np.int16([7])) == 7 and idl.avg(np.int16([7])).dtype == np.int16
    with pytest.raises(ValueError, match=r"AVG: \*\*\* Dimension out of range"):
        idl.avg(a, 3)
    with pytest.raises(TypeError, match="AVG: COMPLEX input"):
        idl.avg(np.complex64([1, 2j]))


def test_djs_median_forms():
    a = np.float32([5, 1, 9, 3, 7, 2, 8])
    # 1-D 'reflect': 2 mirrored points before, the last 2 copied in order after
    # (padded: 1 5 | 5 1 9 3 7 2 8 | 2 8), then 3-point medians
    np.testing.assert_array_equal(idl.djs_median(a, width=3, boundary="reflect"),
                                  np.float32([5, 5, 3, 7, 3, 7, 2]))
    np.testing.assert_array_equal(idl.djs_median(a, width=3, boundary="nearest"),
                                  np.float32([5, 5, 3, 7, 3, 7, 2]))
    # 2-D 'reflect' with an odd width is scipy's symmetric median filter
    from scipy.ndimage import median_filter
    m = np.random.default_rng(18105).normal(size=(9, 11)).astype(np.float32)
    for w in (3, 5):
        np.testing.assert_array_equal(idl.djs_median(m, width=w, boundary="reflect"),
                                      median_filter(m, w, mode="reflect"))
    # whole array: the middle-two average; along a dimension
    assert idl.djs_median(np.float32([4, 1, 3, 2])) == np.float32(2.5)
    mi = np.array([[18, 78, 13, 80], [1, 2, 3, 4]], np.int16).T  # IDL INTARR(2, 4)
    np.testing.assert_array_equal(idl.djs_median(mi, 2), np.float32([48, 2.5]))
    assert idl.djs_median(mi, 2).dtype == np.float32
    assert idl.djs_median(mi.astype(np.float64), 2, idl=True).dtype == np.float64
    # 1-D with DIMENSION: MEDIAN without /EVEN (the upper middle value)
    assert idl.djs_median(np.float32([4, 1, 3, 2]), 1) == 3
    # width 1: a copy, never the caller's array
    assert idl.djs_median(m, width=1) is not m


def test_djs_median_errors_and_untouched_input():
    m = np.arange(20.0).reshape(4, 5)
    m.flags.writeable = False
    with pytest.raises(ValueError, match="DJS_MEDIAN: This boundary condition not"):
        idl.djs_median(m, width=3, boundary="wrap")
    with pytest.raises(ValueError, match="DJS_MEDIAN: Invalid to specify both"):
        idl.djs_median(m, 1, width=3)
    with pytest.raises(ValueError, match="DJS_MEDIAN: DIM must be between 1 and"):
        idl.djs_median(m, 3)
    with pytest.raises(ValueError, match="DJS_MEDIAN: Unsupported number of dimensions"):
        idl.djs_median(np.zeros((3, 4, 5)), width=3, boundary="reflect")
    with pytest.raises(ValueError, match="DJS_MEDIAN: Subscript range"):
        idl.djs_median(np.zeros(3), width=9, boundary="reflect")
    big = np.arange(20.0, dtype=">f8").reshape(4, 5)
    np.testing.assert_array_equal(idl.djs_median(big, width=3, boundary="reflect"),
                                  idl.djs_median(m, width=3, boundary="reflect"))


# ------------------------------------------------------------------------ live GDL
needs_gdl = pytest.mark.skipif(GDL is None, reason="needs gdl")

# GDL 1.0.1's MEDIAN(/EVEN) is wrong on whole arrays (median([18.,78,13,80],/even) is
# 78; suite idl/robust_statistics records it): the oracle runs the library's .pro files
# with each MEDIAN(x, /EVEN ...) call replaced by IDL's documented rule written with
# SORT (even_median below); everything else is the library's code.
_EVEN_MEDIAN = """function even_median, x, double=double
  compile_opt idl2
  v = x[where(x eq x, n)]
  if keyword_set(double) || size(x, /type) eq 5 then v = double(v) else v = float(v)
  v = v[sort(v)]
  if n mod 2 then return, v[n/2]
  return, (v[n/2 - 1] + v[n/2]) / 2
end
"""


def _oracle_dir(tmp: Path, names) -> Path:
    for name in names:
        text = (PRO / f"{name}.pro").read_text()
        text = re.sub(r"(?i)MEDIAN\(\s*(\w+)\s*,\s*/EVEN\s*(,\s*DOUBLE\s*=\s*double)?\)",
                      lambda mt: f"even_median({mt.group(1)}{', double=double' if mt.group(2) else ''})",
                      text)
        (tmp / f"{name}.pro").write_text(text)
    (tmp / "even_median.pro").write_text(_EVEN_MEDIAN)
    shutil.copy(PRO / "strn.pro", tmp / "strn.pro")
    (tmp / "rm_wrap.pro").write_text(
        "function rm_wrap, y, c, double=double\n  resistant_mean, y, c, m, s, n, "
        "double=double\n  return, [double(m), double(s), double(n)]\nend\n")
    (tmp / "mc_wrap.pro").write_text(
        "function mc_wrap, d, c, double=double\n  meanclip, d, m, s, clipsig=c, "
        "double=double\n  return, [double(m), double(s)]\nend\n")
    return tmp


@needs_gdl
def test_random_against_gdl(tmp_path):
    """Random FLOAT/DOUBLE/INT data with outliers and NaN: RESISTANT_MEAN and MEANCLIP
    bit for bit against the library's .pro files in GDL (their MEDIAN(/EVEN) by IDL's
    rule, see above), AVG and the DJS_MEDIAN 'reflect' filters (odd widths, where GDL's
    filter is IDL's) against GDL's own arithmetic and MEDIAN."""
    _oracle_dir(tmp_path, ["resistant_mean", "meanclip", "avg"])
    rng = np.random.default_rng(18106)
    cases, ours = [], {}
    for k in range(40):
        kind = (np.float32, np.float64, np.int16)[k % 3]
        n = int(rng.integers(8, 120))
        y = rng.normal(50, 8, n)
        y[rng.integers(0, n, 3)] += rng.uniform(40, 200, 3) * rng.choice([-1, 1], 3)
        if kind is not np.int16 and k % 4 == 0:
            y[rng.integers(0, n, 2)] = np.nan
        y = (np.round(y) if kind is np.int16 else y).astype(kind)
        cut = [2, 2.5, 3, 4, 5.0][k % 5]
        cut_idl = f"{cut}d" if isinstance(cut, float) else str(cut)
        dbl = k % 7 == 0
        kw = ", /double" if dbl else ""
        cases.append((f"r{k}", {"y": y}, f"rm_wrap(y, {cut_idl}{kw})"))
        r = idl.resistant_mean(y, cut, double=dbl, silent=True)
        ours[f"r{k}"] = np.array([r.mean, r.sigma, r.num_rej], np.float64)
        yf = y[np.isfinite(y)] if kind is not np.int16 else y
        cases.append((f"c{k}", {"y": yf}, f"mc_wrap(y, {cut_idl}{kw})"))
        c = idl.meanclip(yf, clipsig=cut, double=dbl)
        ours[f"c{k}"] = np.array([c.mean, c.sigma], np.float64)
        a = rng.normal(0, 1, (int(rng.integers(2, 5)), int(rng.integers(2, 6)), 4)).astype(kind)
        d = int(rng.integers(0, 3))
        cases.append((f"a{k}", {"a": a}, f"avg(a, {d}{kw})"))
        ours[f"a{k}"] = idl.avg(a, d, double=dbl)
        m = rng.normal(0, 1, (int(rng.integers(6, 15)), int(rng.integers(6, 15)))).astype(kind)
        w = int(rng.choice([3, 5, 7]))
        p = (w + 1) // 2
        ny, nx = m.shape  # IDL dimensions (nx, ny)
        xi = np.r_[np.arange(p)[::-1], np.arange(nx), nx - 1 - np.arange(p)].astype(np.int32)
        yi = np.r_[np.arange(p)[::-1], np.arange(ny), ny - 1 - np.arange(p)].astype(np.int32)
        cases.append((f"m{k}", {"m": m, "xi": xi, "yi": yi},
                      f"(median((m[xi,*])[*,yi], {w}, /even))[{p}:{p + nx - 1}, "
                      f"{p}:{p + ny - 1}]"))
        ours[f"m{k}"] = idl.djs_median(m, width=w, boundary="reflect")
    results = run_gdl(cases, tmp_path)
    for name, value in ours.items():
        got = results[name]
        assert not isinstance(got, Exception), (name, got)
        value = np.asarray(value)
        assert got.dtype == value.dtype, name
        np.testing.assert_array_equal(got.reshape(value.shape), value, err_msg=name)


# -------------------------------------------------------------------------- SIGMA_FILTER
def _sigma_by_hand(img, w, nsig):
    """sigma_filter.pro with /ALL_PIXELS in float64: box sums of the mirrored frame
    (edge pixel not repeated) by explicit shifts."""
    r = w // 2
    big = np.pad(img, r, mode="reflect")

    def boxsum(a):
        return sum(a[r + dy:r + dy + img.shape[0], r + dx:r + dx + img.shape[1]]
                   for dy in range(-r, r + 1) for dx in range(-r, r + 1))
    mean = (boxsum(big) - img) / (w * w - 1)
    dev = (img - mean) ** 2
    var = float(np.float32(nsig * nsig)) / (w * w - 2) * (
        boxsum(np.pad(dev, r, mode="reflect")) - dev)
    ok = dev < var
    out = mean.copy()
    out[ok] = img[ok]
    return out, int(img.size - ok.sum())


def test_sigma_filter_by_hand_double():
    # DOUBLE images of normal noise with spikes: compat's SMOOTH means are within an ulp
    # of the exact box means, so results agree to 1e-12 (|x| < 60) unless a deviation
    # ties its variance to ~1e-12 relative, which these draws never do
    rng = np.random.default_rng(18107)
    for k in range(10):
        img = rng.normal(0, 1, (int(rng.integers(8, 20)), int(rng.integers(8, 20))))
        img[rng.integers(0, img.shape[0], 4), rng.integers(0, img.shape[1], 4)] = \
            rng.uniform(8, 50, 4)
        w = int(rng.choice([3, 5]))
        want, nchange = _sigma_by_hand(img, w, 3)
        r = idl.sigma_filter(img, w, all_pixels=True, n_change=True)
        np.testing.assert_allclose(r.result, want, rtol=0, atol=1e-12)
        assert r.n_change == nchange


def test_sigma_filter_forms_and_errors():
    img = np.full((6, 7), 5, np.int16)
    img[3, 3] = 90
    img.flags.writeable = False
    r = idl.sigma_filter(img, 3, all_pixels=True)
    # INT arithmetic as the .pro's: SMOOTH gives TRUNC(130/9) = 14 at the spike, and
    # (14*9 - 90)/8 truncates to 4 (the exact mean of the 8 neighbours is 5)
    assert r.dtype == np.int16 and r[3, 3] == 4 and r[0, 0] == 5
    assert np.array_equal(idl.sigma_filter(img, 1), img)
    assert idl.sigma_filter(img, 1) is not img
    # RADIUS wins over box_width; N_SIGMA <= 0 returns the means
    np.testing.assert_array_equal(idl.sigma_filter(img, 9, radius=1, all_pixels=True), r)
    m = idl.sigma_filter(img.astype(np.float32), 3, n_sigma=0, all_pixels=True)
    # FLOAT: SMOOTH's 130/9 times 9 is 130 within an ulp
    np.testing.assert_allclose([m[3, 3], m[2, 3]], [5, (5 * 7 + 90) / 8], rtol=1e-6)
    with pytest.raises(ValueError, match="SIGMA_FILTER: image must be a 2-D array"):
        idl.sigma_filter(np.zeros(9), 3)
    with pytest.raises(ValueError, match="SIGMA_FILTER: Subscript range"):
        idl.sigma_filter(np.zeros((2, 9)), 5, all_pixels=True)


@needs_gdl
def test_sigma_filter_random_against_gdl(tmp_path):
    """FLOAT images with /ALL_PIXELS (where GDL's SMOOTH edges do not matter), random
    widths, N_SIGMA, /KEEP_OUTLIERS and /ITERATE, against sigma_filter.pro and
    filter_image.pro in GDL: the box means agree within an ulp (compat rounds each box
    sum once, GDL keeps a running total), so values within 4 ulps of the data's scale
    (the .pro multiplies the mean by w^2 and subtracts) and N_CHANGE equal."""
    for name in ("sigma_filter", "filter_image"):
        shutil.copy(PRO / f"{name}.pro", tmp_path / f"{name}.pro")
    (tmp_path / "sf_wrap.pro").write_text(
        "function sf_wrap, img, w, ns, k, it\n  r = sigma_filter(img, w, n_sigma=ns, "
        "/all_pixels, keep_outliers=k, iterate=it, n_change=n)\n"
        "  return, [r[*], float(n)]\nend\n")
    rng = np.random.default_rng(18108)
    cases, ours = [], {}
    for k in range(24):
        img = rng.normal(100, 5, (int(rng.integers(8, 24)), int(rng.integers(8, 24))))
        img[rng.integers(0, img.shape[0], 5), rng.integers(0, img.shape[1], 5)] = \
            rng.uniform(150, 400, 5)
        img = img.astype(np.float32)
        w = int(rng.choice([3, 5]))
        ns = np.float32(rng.choice([2.0, 2.5, 3.0]))
        keep, it = int(k % 4 == 1), int(k % 3 == 2)
        cases.append((f"s{k}", {"img": img, "ns": ns}, f"sf_wrap(img, {w}, ns, {keep}, {it})"))
        r = idl.sigma_filter(img, w, n_sigma=ns, all_pixels=True, keep_outliers=bool(keep),
                             iterate=bool(it), n_change=True)
        ours[f"s{k}"] = (r.result, r.n_change)
    results = run_gdl(cases, tmp_path)
    for name, (value, nchange) in ours.items():
        got = results[name]
        assert not isinstance(got, Exception), (name, got)
        assert got[-1] == nchange, name
        np.testing.assert_allclose(got[:-1], value.ravel(), rtol=0,
                                   atol=4 * np.spacing(np.float32(400)), err_msg=name)


# -------------------------------------------------------------------------- DJS_ITERSTAT
def test_djs_iterstat_by_hand_double():
    # djs_iterstat.pro's loop in float64 (DOUBLE data); numpy's pairwise sums and IDL's
    # sequential TOTAL of <= 300 terms of size ~10 agree to 1e-12 relative, and the
    # strict limits are never within that of a point in these draws
    rng = np.random.default_rng(18109)
    for k in range(20):
        x = rng.normal(3, 1.5, int(rng.integers(5, 300)))
        x[rng.integers(0, x.size, 3)] += rng.uniform(8, 40, 3)
        srej = float(rng.uniform(2, 4))
        mean, n = x.mean(), x.size
        sig = np.sqrt(np.sum((x - mean) ** 2) / (n - 1))
        used, it, last, cnt = None, 1, -1, n
        while it < 10 and last != cnt and cnt >= 2:
            last = cnt
            mask = (x > mean - srej * sig) & (x < mean + srej * sig)
            cnt = int(mask.sum())
            if cnt >= 2:
                mean = x[mask].mean()
                sig = np.sqrt(np.sum((x[mask] - mean) ** 2) / (cnt - 1))
                used = mask
            it += 1
        r = idl.djs_iterstat(x, sigrej=srej)
        np.testing.assert_allclose([r.mean, r.sigma], [mean, sig], rtol=1e-12)
        np.testing.assert_array_equal(r.mask, mask.astype(np.uint8))
        assert r.median == np.median(x[used]) and r.newivar == 0


def test_djs_iterstat_weights_special_cases_errors():
    x = np.float32([1, 2, 3, 4, 50])
    # weighted: all rejected in the first pass -> the first weighted mean stays, the
    # median is that mean, NEWIVAR the total weight
    w = np.float32([1, 1, 1, 1, 1])
    r = idl.djs_iterstat(x, invvar=w, sigrej=0.1)
    assert r.mean == np.float32(60) / np.float32(5) and r.median == r.mean
    assert r.mask.sum() == 0 and r.newivar == 5
    one = idl.djs_iterstat(np.int16([7]))
    assert one.mean == 7 and one.mean.dtype == np.int16 and one.mask == 1
    empty = idl.djs_iterstat([])
    assert empty.mean == 0 and empty.mask == 0
    with pytest.raises(ValueError, match="DJS_ITERSTAT: Number of elements in IMAGE and"):
        idl.djs_iterstat(x, invvar=[1, 2])
    with pytest.raises(ValueError, match="DJS_ITERSTAT: Invalid \\(negative\\)"):
        idl.djs_iterstat(x, invvar=[1, 2, 3, 4, -1])
