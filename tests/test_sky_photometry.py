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
