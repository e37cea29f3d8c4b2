"""The IDL Astronomy Library's MMM: values by hand, the error returns, bad input, and
random sky vectors bit for bit against the library's mmm.pro in live GDL (goldens:
reference_outputs/idl/sky_photometry)."""

import shutil
import warnings
from pathlib import Path

import numpy as np
import pytest

from compat import CompatWarning, idl

PRO = Path(__file__).resolve().parents[1] / "reference_outputs/idl/sky_photometry/pro"


def test_symmetric_uniform_sky_by_hand():
    # 0..99: nothing is rejected (r*sigma > the range), the mean 49.5 equals the central
    # median, so the mode is the mean; sigma = sqrt((100^2 - 1) / 12)
    skymod, sigma, skew = idl.mmm(np.arange(100, dtype=np.int16))
    assert skymod == np.float32(49.5) and skymod.dtype == np.float32
    assert sigma == np.float32(np.sqrt(833.25))
    assert skew == 0


def test_skewed_sky_mode_below_the_mean():
    rng = np.random.default_rng(7)
    sky = rng.normal(100.0, 5.0, 2000)
    sky[:300] += rng.exponential(50.0, 300)          # a one-sided tail (stars)
    r = idl.mmm(sky, nsky=True)
    # the tail pulls the mean up; the mode stays within 1 sigma of the true sky and
    # below the sample mean; skew is positive
    assert abs(r.skymod - 100.0) < 5.0 < abs(np.mean(sky) - 100.0) + 5.0
    assert r.skymod < np.mean(sky) and r.skew > 0
    assert r.skymod.dtype == np.float64 and r.sigma.dtype == np.float32
    assert 1500 < r.nsky < 2000 and r.nsky.dtype == np.int32


def test_error_returns_and_messages():
    with pytest.warns(CompatWarning, match="Input vector must contain at least 20"):
        r = idl.mmm(np.arange(10.0))
    assert r.skymod is None and r.sigma == -1 and r.skew == 0
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        r = idl.mmm(np.arange(10.0), silent=True)
    assert r.sigma == np.float32(-1.0)
    with pytest.warns(CompatWarning, match=r"Too many \(0\) iterations"):
        # MAXITER=0 (given, so not the default 50): the first pass is one too many
        rng = np.random.default_rng(11)
        sky = rng.normal(100.0, 10.0, 600)
        sky[:100] += rng.exponential(300.0, 100)
        r = idl.mmm(sky, maxiter=0)
    assert r.sigma == -1 and 80 < r.skymod < 120


def test_input_is_not_modified_and_layouts():
    rng = np.random.default_rng(3)
    sky = rng.normal(10.0, 1.0, 300).astype(">f4")
    before = sky.copy()
    a = idl.mmm(sky)
    b = idl.mmm(sky.astype(np.float32).reshape(10, 30))
    assert np.array_equal(sky, before)
    assert [x.tobytes() for x in a] == [x.tobytes() for x in b]


def test_bad_input():
    with pytest.raises(TypeError, match=r"^MMM: String expression not allowed in this "
                       r"context: sky_vector"):
        idl.mmm(np.array(["a"] * 30))
    with pytest.raises(TypeError, match=r"^MMM: Complex expression not allowed"):
        idl.mmm(np.ones(30, complex))


@pytest.mark.skipif(shutil.which("gdl") is None, reason="gdl not on PATH")
def test_random_sky_vectors_against_mmm_pro(tmp_path):
    """40 random sky vectors (FLOAT, DOUBLE, INT, LONG; stars; READNOISE, HIGHBAD) bit
    for bit against the library's mmm.pro in GDL."""
    from oracles import run_gdl_program
    rng = np.random.default_rng(190)
    shutil.copy(PRO / "mmm.pro", tmp_path / "mmm.pro")
    codes = {np.float32: 4, np.float64: 5, np.int16: 2, np.int32: 3}
    cases, lines = [], ["pro drv"]
    for i in range(40):
        n = int(rng.integers(25, 2500))
        sky = rng.normal(100.0, 10.0, n)
        nbad = int(rng.integers(0, n // 4))
        sky[:nbad] += rng.exponential(200.0, nbad)
        dtype = list(codes)[i % 4]
        a = (sky if dtype in (np.float32, np.float64) else np.round(sky)).astype(dtype)
        rn = np.float32(rng.uniform(1, 20)) if i % 3 == 0 else None
        hb = np.float32(rng.uniform(150, 400)) if i % 5 == 0 else None
        a.astype(a.dtype.newbyteorder("<")).tofile(tmp_path / f"s{i}.bin")
        kw = (f", readnoise={rn!r}" if rn is not None else "") + \
            (f", highbad={hb!r}" if hb is not None else "")
        kw = kw.replace("np.float32(", "float(")
        lines.append(f"a = make_array({n}, type={codes[dtype]}) & openr, u, 's{i}.bin', "
                     "/get_lun & readu, u, a & free_lun, u")
        lines.append(f"mmm, a, m, s, k, nsky=n, /silent{kw} & "
                     "print, m, s, k, n, format='(3E26.17, I8)'")
        cases.append((a, rn, hb))
    lines.append("end")
    (tmp_path / "drv.pro").write_text("\n".join(lines) + "\n")
    done = run_gdl_program("drv", tmp_path)
    rows = [line.split() for line in done.stdout.splitlines() if line.strip()]
    assert len(rows) == len(cases), done.stdout + done.stderr
    for (a, rn, hb), row in zip(cases, rows):
        r = idl.mmm(a, readnoise=rn, highbad=hb, nsky=True, silent=True)
        for got, text in zip(r[:3], row[:3]):
            want = np.asarray(float(text), dtype=np.asarray(got).dtype)
            assert np.asarray(got).tobytes() == want.tobytes(), (a.dtype, got, text)
        assert int(r.nsky) == int(row[3])


# ---------------------------------------------------------------------------- PIXWT
def test_pixwt_by_hand():
    f = np.float32
    assert idl.pixwt(f(10.3), f(10.7), f(1.5), 10, 11) == 1      # corners within 1.14
    # a pixel far outside: four FLOAT sectors of ~r^2 cancel to rounding (~eps * r^2)
    assert abs(idl.pixwt(f(10.0), f(10.0), f(0.4), 20, 20)) < 1e-7
    quarter = idl.pixwt(f(10.5), f(10.5), f(0.5), 10, 10)
    assert abs(quarter - np.pi / 16) < 1e-7 and quarter.dtype == np.float32
    half = idl.pixwt(f(10.5), f(10.0), f(0.25), f(10.0), f(10.0))
    assert abs(half - np.pi / 32) < 1e-7                         # centre on a side


def test_pixwt_weights_sum_to_the_circle_area():
    rng = np.random.default_rng(5)
    g = np.tile(np.arange(40, dtype=np.float32), (40, 1))
    for _ in range(5):
        xc, yc = (np.float32(v) for v in rng.uniform(15, 25, 2))
        r = np.float32(rng.uniform(0.5, 12))
        w = idl.pixwt(xc, yc, r, g, g.T)
        # each weight is a sum of FLOAT sectors of size up to ~r^2 that cancel: its
        # rounding is a few float32 eps (6e-8) times r^2
        slack = 4 * 6e-8 * float(r) ** 2 + 1e-6
        assert w.dtype == np.float32 and w.min() >= -slack and w.max() <= 1 + slack
        # FLOAT sectors: each of the ~pi r^2 weights carries a few eps32 * r^2 of
        # rounding, so the total is within ~pi r^2 * 4 * 6e-8 * r^2 < 1e-5 * r^2 * 4 r
        assert abs(float(np.sum(w, dtype=np.float64)) - np.pi * float(r) ** 2) < \
            1e-5 * float(r) ** 2 * 4 * r
    wd = idl.pixwt(20.25, 19.5, np.float32(3.0), g, g.T)
    assert wd.dtype == np.float64


def test_pixwt_bad_input():
    with pytest.raises(TypeError, match=r"^PIXWT: Complex expression not allowed"):
        idl.pixwt(1j, 0, 1, 0, 0)
    with pytest.raises(ValueError, match=r"^PIXWT: x and y must have the same"):
        idl.pixwt(0, 0, 1, np.zeros(3), np.zeros(4))


@pytest.mark.skipif(shutil.which("gdl") is None, reason="gdl not on PATH")
def test_random_pixwt_against_pixwt_pro(tmp_path):
    """12 random circles (FLOAT and DOUBLE centres) on a 16 x 16 grid, bit for bit."""
    from oracles import run_gdl_program
    rng = np.random.default_rng(191)
    shutil.copy(PRO / "pixwt.pro", tmp_path / "pixwt.pro")
    g = np.tile(np.arange(16, dtype=np.float32), (16, 1))
    lines, cases = ["pro pdrv", "x = findgen(16) # replicate(1., 16) & y = transpose(x)"], []
    for i in range(12):
        dbl = i % 3 == 0
        xc, yc = rng.uniform(4, 12, 2)
        if i % 4 == 1:
            xc = np.floor(xc) + 0.5                  # sides through the centre
        r = np.float32(rng.uniform(0.3, 7))
        cx = np.float64(xc) if dbl else np.float32(xc)
        cy = np.float64(yc) if dbl else np.float32(yc)
        t = "d" if dbl else ""
        lines.append(f"print, pixwt({float(cx)!r}{t}, {float(cy)!r}{t}, {float(r)!r}, x, y),"
                     " format='(E26.17)'")
        cases.append((cx, cy, r))
    lines.append("end")
    (tmp_path / "pdrv.pro").write_text("\n".join(lines) + "\n")
    done = run_gdl_program("pdrv", tmp_path)
    values = np.array([float(v) for v in done.stdout.split()])
    assert values.size == 256 * len(cases), done.stdout + done.stderr
    for k, (cx, cy, r) in enumerate(cases):
        w = idl.pixwt(cx, cy, r, g, g.T)
        want = values[256 * k:256 * (k + 1)].astype(w.dtype).reshape(16, 16)
        assert w.tobytes() == want.tobytes(), (cx, cy, r)
