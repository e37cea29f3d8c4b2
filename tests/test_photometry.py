"""The IDL Astronomy Library's CNTRD and GCNTRD (compat.idl.photometry): centroids of
stars built by hand, symmetry, edges and messages, types, errors, untouched inputs, and
random star fields against the library's own .pro files in live GDL. Goldens: suite
idl/photometry."""

from __future__ import annotations

import shutil
from pathlib import Path

import numpy as np
import pytest

from compat import CompatWarning, idl
from oracles import GDL, run_gdl

PRO = Path(__file__).resolve().parents[1] / "reference_outputs/idl/photometry/pro"


def _star(x0, y0, sigma=1.8, amp=1000.0, shape=(40, 50), sky=10.0):
    yy, xx = np.mgrid[0:shape[0], 0:shape[1]]
    return sky + amp * np.exp(-((xx - x0) ** 2 + (yy - y0) ** 2) / (2 * sigma ** 2))


def test_symmetric_star_on_a_pixel():
    # a star centred on pixel (x 20, y 15): CNTRD's weighted derivative sums of a
    # symmetric box cancel exactly term by term (w and dd are symmetric, each pair of
    # derivatives equal and opposite), so dx = dy = 0 exactly
    img = _star(20, 15).astype(np.float32)
    xc, yc = idl.cntrd(img, 20, 15, np.float32(4.0))
    assert (xc, yc) == (20.0, 15.0) and xc.dtype == np.float32
    # GCNTRD's marginal fits: the odd sums cancel up to FLOAT rounding of sums of ~10
    # terms of size ~1e4 (a few 1e-3 absolute, divided by a height ~1e3 * sdgdxs ~ 10)
    xg, yg = idl.gcntrd(img, 20, 15, np.float32(4.0))
    assert abs(xg - 20) < 1e-4 and abs(yg - 15) < 1e-4


def test_subpixel_positions_are_recovered():
    # noise-free Gaussian stars (sigma = FWHM/2.355, as both assume) at random sub-pixel
    # positions. GCNTRD takes one linearised Gaussian-fit step from the maximum pixel and
    # CNTRD one derivative-zero estimate from point samples, so both err most near a
    # half-pixel offset: over 600 draws at most 0.034 px (GCNTRD) and 0.053 px (CNTRD);
    # bounds 0.06 and 0.1 px, well below the 0.5 px a wrong maximum pixel would give
    rng = np.random.default_rng(18201)
    for _ in range(20):
        x0, y0 = rng.uniform(15, 35), rng.uniform(12, 28)
        img = _star(x0, y0, sigma=1.8).astype(np.float32)
        fwhm = np.float32(1.8 * 2.35482)
        xg, yg = idl.gcntrd(img, round(x0), round(y0), fwhm)
        assert abs(xg - x0) < 0.06 and abs(yg - y0) < 0.06, (x0, y0, xg, yg)
        xc, yc = idl.cntrd(img, round(x0), round(y0), fwhm)
        assert abs(xc - x0) < 0.1 and abs(yc - y0) < 0.1, (x0, y0, xc, yc)


def test_edges_messages_and_types():
    img = _star(20, 15)
    img.flags.writeable = False
    with pytest.warns(CompatWarning, match="CNTRD: Position 1 15 too near edge of image"):
        xc, yc = idl.cntrd(img, np.int16([20, 1]), np.int16([15, 15]), 4)
    assert xc[1] == -1 and yc[1] == -1 and xc.dtype == np.float32
    with pytest.warns(CompatWarning, match="GCNTRD: Position 1 15 too near edge"):
        xg, yg = idl.gcntrd(img, np.int16([20, 1]), np.int16([15, 15]), 4)
    assert xg.dtype == np.float32 and xg[1] == -1
    # DOUBLE positions give DOUBLE results in GCNTRD (X*0. - 1), FLOAT in CNTRD
    xg, yg = idl.gcntrd(img, [20.0], [15.0], 4.0)
    assert xg.dtype == np.float64
    assert idl.cntrd(img, [20.0], [15.0], 4.0).xcen.dtype == np.float32
    big = img.astype(">f8")
    assert idl.cntrd(big, 20, 15, 4) == idl.cntrd(img, 20, 15, 4)
    with pytest.raises(ValueError, match="CNTRD: ERROR - Image array .* 2 dimensional"):
        idl.cntrd(np.zeros(10), 5, 0, 3)
    with pytest.raises(ValueError, match="GCNTRD: ERROR - Image array"):
        idl.gcntrd(np.zeros((2, 3, 4)), 1, 1, 3)
    with pytest.raises(TypeError, match="CNTRD: String"):
        idl.cntrd("img", 1, 1, 3)


# ------------------------------------------------------------------------ live GDL
needs_gdl = pytest.mark.skipif(GDL is None, reason="needs gdl")


@needs_gdl
def test_random_fields_against_gdl(tmp_path):
    """Random star fields (FLOAT, INT, DOUBLE images), positions near stars, on sky and
    near edges, random FWHM, KEEPCENTER and EXTENDBOX: bit for bit against cntrd.pro
    and gcntrd.pro in GDL."""
    for name in ("cntrd", "gcntrd"):
        shutil.copy(PRO / f"{name}.pro", tmp_path / f"{name}.pro")
    (tmp_path / "c_wrap.pro").write_text(
        "function c_wrap, img, x, y, f, g=g, k=k, e=e\n  if keyword_set(g) then "
        "gcntrd, img, x, y, xc, yc, f, keepcenter=k, /silent else cntrd, img, x, y, xc,"
        " yc, f, keepcenter=k, extendbox=e, /silent\n  return, [[xc], [yc]]\nend\n")
    rng = np.random.default_rng(18202)
    cases, ours = [], {}
    for k in range(30):
        ny, nx = int(rng.integers(25, 45)), int(rng.integers(25, 45))
        yy, xx = np.mgrid[0:ny, 0:nx]
        img = rng.normal(50, 3, (ny, nx))
        xs, ys = rng.uniform(0, nx - 1, 6), rng.uniform(0, ny - 1, 6)
        for x0, y0 in zip(xs[:4], ys[:4]):
            s = rng.uniform(1.2, 2.5)
            img += rng.uniform(50, 2000) * np.exp(-((xx - x0) ** 2 + (yy - y0) ** 2)
                                                  / (2 * s * s))
        kind = (np.float32, np.int16, np.float64)[k % 3]
        img = (np.round(img) if kind is np.int16 else img).astype(kind)
        px = np.round(xs + rng.normal(0, 1, 6)).astype(np.float32)
        py = np.round(ys + rng.normal(0, 1, 6)).astype(np.float32)
        fwhm = np.float32(rng.uniform(2.5, 7))
        keep = k % 5 == 0
        ext = int(rng.integers(0, 3))
        inputs = {"img": img, "x": px, "y": py, "f": fwhm}
        cases.append((f"c{k}", inputs, f"c_wrap(img, x, y, f, k={int(keep)}, e={ext})"))
        r = idl.cntrd(img, px, py, fwhm, keepcenter=keep, extendbox=ext, silent=True)
        ours[f"c{k}"] = np.stack([r.xcen, r.ycen])
        cases.append((f"g{k}", inputs, f"c_wrap(img, x, y, f, /g, k={int(keep)})"))
        try:
            r = idl.gcntrd(img, px, py, fwhm, keepcenter=keep, silent=True)
            ours[f"g{k}"] = np.stack([r.xcen, r.ycen])
        except ValueError as error:  # the .pro's subscript error near a corner
            ours[f"g{k}"] = error
    results = run_gdl(cases, tmp_path)
    compared = 0
    for name, value in ours.items():
        got = results[name]
        if isinstance(value, Exception):
            assert isinstance(got, Exception), (name, value, got)
            continue
        assert not isinstance(got, Exception), (name, got)
        assert got.dtype == value.dtype, name
        np.testing.assert_array_equal(got.reshape(value.shape), value, err_msg=name)
        compared += int(np.count_nonzero(value != -1))
    assert compared > 100  # most positions give centroids


# -------------------------------------------------------------------------- PSF_GAUSSIAN
def test_psf_gaussian_definition_by_hand():
    # exp(-(x-cx)^2/(2 sx^2) - (y-cy)^2/(2 sy^2)) sampled at pixel centres, IDL's x the
    # numpy column; DOUBLE: each factor within an ulp of exp, their product within 3
    sx, sy, cx, cy = 1.7, 2.4, 6.3, 4.0
    r = idl.psf_gaussian(npixel=[13, 9], st_dev=[sx, sy], centroid=[cx, cy], double=True)
    yy, xx = np.mgrid[0:9, 0:13]
    want = np.exp(-(xx - cx) ** 2 / (2 * sx * sx)) * np.exp(-(yy - cy) ** 2 / (2 * sy * sy))
    assert r.shape == (9, 13) and r.dtype == np.float64
    np.testing.assert_allclose(r, want, rtol=4e-16 * 8, atol=0)
    # FWHM: half maximum at +-FWHM/2 from the centre (float32 result)
    h = idl.psf_gaussian(npixel=21, fwhm=np.float32(6), ndimension=1)
    assert h.dtype == np.float32 and h[10] == 1
    np.testing.assert_allclose(h[[7, 13]], 0.5, rtol=1e-6)
    n = idl.psf_gaussian(npixel=31, fwhm=np.float32([4.3, 3.6]), normalize=True)
    assert abs(float(n.astype(np.float64).sum()) - 1) < 1e-6
    # XY_CORREL: the .pro's quadratic form x^2/(2sx^2) + x y c/(sx sy) + y^2/(2sy^2)
    c = idl.psf_gaussian(npixel=11, st_dev=[2.0, 3.0], xy_correl=0.5, double=True)
    x = np.arange(11) - 5.0
    q = (x[None, :] ** 2 / 8 + x[None, :] * x[:, None] * 0.5 / 6 + x[:, None] ** 2 / 18)
    np.testing.assert_allclose(c, np.exp(-q), rtol=1e-15 * 8)


def test_psf_gaussian_forms_and_missing_keywords():
    p = idl.psf_gaussian(np.float32([12, 23, 19.2]), npixel=50)
    assert p.dtype == np.float32 and p.shape == (50,) and p[23] == 12
    with pytest.warns(CompatWarning, match="PSF_GAUSSIAN: must specify size"):
        assert idl.psf_gaussian(fwhm=3.0) == -1
    with pytest.warns(CompatWarning, match="PSF_GAUSSIAN: must specify ST_DEV= or FWHM="):
        assert idl.psf_gaussian(npixel=5) == -1
    with pytest.raises(ValueError, match="PSF_GAUSSIAN: CASE statement"):
        idl.psf_gaussian(npixel=5, fwhm=2.0, ndimension=4)


@needs_gdl
def test_psf_gaussian_random_against_gdl(tmp_path):
    """Random sizes, widths (FWHM or ST_DEV, FLOAT or DOUBLE), centroids, /DOUBLE,
    /NORMALIZE, XY_CORREL and 1-3 dimensions: bit for bit against psf_gaussian.pro and
    gaussian.pro in GDL."""
    for name in ("psf_gaussian", "gaussian"):
        shutil.copy(PRO / f"{name}.pro", tmp_path / f"{name}.pro")
    rng = np.random.default_rng(18203)
    cases, ours = [], {}
    for k in range(30):
        nd = int(rng.integers(1, 4))
        npix = rng.integers(3, 14, nd).astype(np.int16)
        wkind = np.float64 if k % 3 == 0 else np.float32
        width = rng.uniform(0.8, 5, nd).astype(wkind)
        cen = (rng.uniform(0, 10, nd)).astype(np.float32)
        dbl = int(k % 4 == 0)
        norm = int(k % 5 == 1)
        kw = "fwhm=w" if k % 2 else "st_dev=w"
        extra = ", xy_correl=0.3" if nd == 2 and k % 7 == 3 else ""
        cases.append((f"p{k}", {"n": npix, "w": width, "c": cen},
                      f"psf_gaussian(npixel=n, {kw}, centroid=c, ndimen={nd}, "
                      f"double={dbl}, normalize={norm}{extra})"))
        ours[f"p{k}"] = idl.psf_gaussian(
            npixel=npix, ndimension=nd, centroid=cen, double=bool(dbl), normalize=bool(norm),
            xy_correl=np.float32(0.3) if extra else None,
            **({"fwhm": width} if k % 2 else {"st_dev": width}))
    results = run_gdl(cases, tmp_path)
    for name, value in ours.items():
        got = results[name]
        assert not isinstance(got, Exception), (name, got)
        assert got.dtype == value.dtype, name
        np.testing.assert_array_equal(got.reshape(value.shape), value, err_msg=name)
