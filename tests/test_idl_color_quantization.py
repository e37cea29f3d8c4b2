"""IDL's COLOR_QUAN (compat.idl.color_quantization): what IDL's reference page promises
(at most COLORS colours, nearest-colour mapping, the CUBE^3 colour cube, Floyd-Steinberg
error diffusion) checked by brute force, hand-worked cases, layouts and bad input. GDL
1.0.1's COLOR_QUAN returns one colour (golden suite idl/color_quantization, divergent)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from compat._core.errors import CompatTypeError, CompatValueError


def _palette(q):
    return np.stack([q.r, q.g, q.b], axis=1).astype(np.int64)


def test_few_colours_are_kept_exactly():
    rng = np.random.default_rng(208)
    for _ in range(30):
        k = int(rng.integers(1, 21))
        colours = rng.integers(0, 256, (k, 3))
        img = colours[rng.integers(0, k, (int(rng.integers(1, 9)), int(rng.integers(1, 9))))]
        img = img.astype(np.uint8)
        distinct = np.unique(img.reshape(-1, 3), axis=0)
        ncol = int(rng.integers(max(2, len(distinct)), 257))
        q = idl.color_quan(img, 1, r=True, g=True, b=True, colors=ncol, error=True)
        pal = _palette(q)
        assert q.result.dtype == np.uint8 and q.result.shape == img.shape[:2]
        # every distinct colour is its own palette entry and each pixel gets its own colour
        assert len(pal) == len(distinct)
        np.testing.assert_array_equal(pal[q.result], img)
        assert q.error == 0.0 and q.error.dtype == np.float32


def test_nearest_colour_mapping_and_palette_size():
    rng = np.random.default_rng(2081)
    for _ in range(10):
        img = rng.integers(0, 256, (int(rng.integers(2, 20)), int(rng.integers(2, 20)), 3),
                           dtype=np.uint8)
        ncol = int(rng.integers(2, 40))
        q = idl.color_quan(img, 1, r=True, g=True, b=True, colors=ncol, error=True)
        pal = _palette(q)
        distinct = len(np.unique(img.reshape(-1, 3), axis=0))
        # median cut splits while a box holds two colours: min(COLORS, distinct) entries
        assert len(pal) == min(ncol, distinct)
        d = ((img.reshape(-1, 1, 3).astype(np.int64) - pal[None]) ** 2).sum(axis=2)
        chosen = d[np.arange(d.shape[0]), q.result.ravel()]
        np.testing.assert_array_equal(chosen, d.min(axis=1))        # nearest colour
        assert np.array_equal(q.result.ravel(), d.argmin(axis=1))   # lowest index on ties
        # ERROR: the mean squared distance; float32 rounding of a mean of integers
        assert q.error == pytest.approx(chosen.mean(), rel=1e-6)


def test_median_cut_by_hand():
    # black x3, red x2, blue x1: the first cut is across red (red and blue tie on extent,
    # red first) at the weighted median (black and blue reach half), then the box of
    # black and blue (4 pixels) across blue
    img = np.zeros((2, 3, 3), np.uint8)
    img[:, 1] = [255, 0, 0]
    img[1, 2] = [0, 0, 255]
    q = idl.color_quan(img, 1, r=True, g=True, b=True, colors=3)
    assert _palette(q).tolist() == [[0, 0, 0], [255, 0, 0], [0, 0, 255]]
    assert q.result.tolist() == [[0, 1, 0], [0, 1, 2]]
    # two colours asked: black and blue share a box, mean (0, 0, 255/4 = 63.75 -> 64)
    q = idl.color_quan(img, 1, r=True, g=True, b=True, colors=2)
    assert _palette(q).tolist() == [[0, 0, 64], [255, 0, 0]]


def test_cube_palette_and_dithering_by_hand():
    q = idl.color_quan(np.zeros((1, 1, 3), np.uint8), 1, r=True, g=True, b=True, cube=2)
    corners = [[r, g, b] for b in (0, 255) for g in (0, 255) for r in (0, 255)]
    assert _palette(q).tolist() == corners
    q = idl.color_quan(np.zeros((1, 1, 3), np.uint8), 1, r=True, g=True, b=True, cube=3)
    assert sorted(set(q.r.tolist())) == [0, 128, 255] and len(q.r) == 27
    # grey 100, 100: the first pixel goes to 0 (100 < 127.5), its error 100 * 7/16 makes
    # the second 143.75, which goes to 255 (index 7, white)
    img = np.full((1, 2, 3), 100, np.uint8)
    assert idl.color_quan(img, 1, cube=2).tolist() == [[0, 7]]
    # error diffusion keeps the mean: a flat grey field averages to its grey
    rng = np.random.default_rng(2082)
    grey = int(rng.integers(20, 236))
    img = np.full((40, 40, 3), grey, np.uint8)
    q = idl.color_quan(img, 1, r=True, g=True, b=True, cube=2)
    shown = _palette(q)[q.result]
    # the error left at the right and bottom edges is at most 255 per edge pixel
    assert abs(shown.mean() - grey) <= 255 * 80 / 1600


def _floyd_steinberg(img, pal):
    """Error diffusion written out: raster order, clip to 0..255, nearest (lowest index
    on ties), 7/16 right, 3/16 below left, 5/16 below, 1/16 below right."""
    work = img.astype(np.float64)
    ny, nx, _ = img.shape
    out = np.zeros((ny, nx), np.int64)
    for y in range(ny):
        for x in range(nx):
            v = np.clip(work[y, x], 0, 255)
            k = int(np.argmin(((pal - v) ** 2).sum(axis=1)))
            out[y, x] = k
            e = v - pal[k]
            for dy, dx, w in ((0, 1, 7), (1, -1, 3), (1, 0, 5), (1, 1, 1)):
                if 0 <= y + dy < ny and 0 <= x + dx < nx:
                    work[y + dy, x + dx] += e * w / 16
    return out


def test_dither_is_floyd_steinberg_over_the_palette():
    rng = np.random.default_rng(2084)
    for _ in range(6):
        img = rng.integers(0, 256, (int(rng.integers(2, 9)), int(rng.integers(2, 9)), 3),
                           dtype=np.uint8)
        q = idl.color_quan(img, 1, r=True, g=True, b=True, colors=int(rng.integers(2, 9)),
                           dither=True)
        pal = _palette(q).astype(np.float64)
        np.testing.assert_array_equal(q.result, _floyd_steinberg(img, pal))
    # with room for every colour nothing is left to diffuse
    img = rng.integers(0, 4, (6, 6, 3), dtype=np.uint8) * 80
    q = idl.color_quan(img, 1, r=True, g=True, b=True, colors=256, dither=True)
    np.testing.assert_array_equal(_palette(q)[q.result], img)


def test_layouts_and_forms_agree():
    rng = np.random.default_rng(2083)
    img = rng.integers(0, 256, (5, 7, 3), dtype=np.uint8)        # IDL [3, 7, 5]
    want = idl.color_quan(img, 1, colors=6)
    np.testing.assert_array_equal(idl.color_quan(np.moveaxis(img, 2, 1), 2, colors=6), want)
    np.testing.assert_array_equal(idl.color_quan(np.moveaxis(img, 2, 0), 3, colors=6), want)
    np.testing.assert_array_equal(
        idl.color_quan(img[..., 0], img[..., 1], img[..., 2], colors=6), want)
    big = img.astype(">i2")                       # INT, big-endian: BYTE() of it
    np.testing.assert_array_equal(idl.color_quan(big, 1, colors=6), want)
    ro = img.copy()
    ro.flags.writeable = False
    np.testing.assert_array_equal(idl.color_quan(ro, 1.0, colors=6), want)
    strided = np.zeros((10, 7, 3), np.uint8)
    strided[::2] = img
    np.testing.assert_array_equal(idl.color_quan(strided[::2], 1, colors=6), want)
    f = img.astype(np.float32) + 0.75              # truncated by BYTE()
    before = f.copy()
    np.testing.assert_array_equal(idl.color_quan(f, 1, colors=6), want)
    np.testing.assert_array_equal(f, before)


def test_bad_input():
    img = np.zeros((2, 2, 3), np.uint8)
    with pytest.raises(CompatValueError, match="COLOR_QUAN: Dim must be 1, 2 or 3"):
        idl.color_quan(img, 4)
    with pytest.raises(CompatValueError, match="3 channels in its dimension 3"):
        idl.color_quan(img[..., :2], 3)
    with pytest.raises(CompatValueError, match="CUBE must be 2 to 6"):
        idl.color_quan(img, 1, cube=7)
    with pytest.raises(CompatValueError, match="COLORS must be 2 to 256"):
        idl.color_quan(img, 1, colors=1)
    with pytest.raises(CompatValueError, match="same dimensions"):
        idl.color_quan(img[0, :, 0], img[:, 0, 0], img[0, 0, :1])
    with pytest.raises(CompatValueError, match="not supported"):
        idl.color_quan(img, 1, get_translation=True)
    with pytest.raises(CompatTypeError, match="String expression not allowed"):
        idl.color_quan(np.array([["a"] * 3] * 2), 1)
