"""IDL MORPH_HITORMISS and MORPH_THIN (compat.idl.morph_transforms).

Goldens: reference_outputs/idl/morph_transforms (the Reference Guide's definitions in
GDL 1.0.1, and IDL 8.0's library files run in GDL as printed entries). Here: known
values, the set erosion against scipy, MORPH_THIN's IDL 8.0 arithmetic, bad input, a
live GDL run of the suite's reference definitions on random images, and a live run of
IDL 8.0's morph_thin.pro (skipped without the local, non-redistributable copy).
"""

import shutil
from pathlib import Path

import numpy as np
import pytest
from scipy import ndimage

from compat import idl
from tests.oracles import GDL, run_gdl

SUITE = Path(__file__).resolve().parent.parent / "reference_outputs/idl/morph_transforms"
IDL80_LIB = Path("/tmp/corp/leonf88+envi-spectrum/lib")
CENTRE = np.array([[0, 0, 0], [0, 1, 0], [0, 0, 0]], np.int16)
RING = 1 - CENTRE


def test_isolated_pixels_are_found_without_requiring_the_miss_centre():
    img = np.zeros((7, 9), np.uint8)
    img[2, 2] = 1            # isolated
    img[4, 5:7] = 1          # a pair: not isolated
    img[0, 8] = 1            # isolated but in the edge band
    out = idl.morph_hitormiss(img, CENTRE, RING)
    assert out.dtype == np.uint8
    assert sorted(zip(*np.nonzero(out))) == [(2, 2)]


def test_interior_equals_scipy_hit_or_miss():
    rng = np.random.default_rng(11)
    hit = np.array([[0, 0, 0], [1, 1, 0], [0, 1, 0]])
    miss = np.array([[0, 1, 1], [0, 0, 1], [0, 0, 0]])
    for _ in range(5):
        img = (rng.random((15, 18)) < 0.5).astype(np.uint8)
        ours = idl.morph_hitormiss(img, hit, miss)
        ref = ndimage.binary_hit_or_miss(img, hit, miss)
        np.testing.assert_array_equal(ours[1:-1, 1:-1], ref[1:-1, 1:-1])
        assert not ours[0].any() and not ours[-1].any()
        assert not ours[:, 0].any() and not ours[:, -1].any()


def test_even_elements_and_3d():
    img = np.zeros((6, 6), np.uint8)
    img[2:4, 2:4] = 1
    frame = np.ones((4, 4), np.int16)
    frame[1:3, 1:3] = 0
    out = idl.morph_hitormiss(img, np.ones((2, 2), np.int16), frame)
    assert sorted(zip(*np.nonzero(out))) == [(3, 3)]       # origins (1, 1) and (2, 2)
    vol = np.zeros((5, 5, 5), np.uint8)
    vol[2, 2, 2] = 1
    h = np.zeros((3, 3, 3), np.int16)
    h[1, 1, 1] = 1
    out = idl.morph_hitormiss(vol, h, 1 - h)
    assert out.sum() == 1 and out[2, 2, 2] == 1


def test_thin_binary_and_types():
    img = np.zeros((5, 7), np.int16)
    img[1:4, 1:6] = 1
    hit = [[0, 0, 0], [0, 1, 0], [1, 1, 1]]
    miss = [[1, 1, 1], [0, 0, 0], [0, 0, 0]]
    out = idl.morph_thin(img, hit, miss)
    assert out.dtype == np.int16
    assert out[1].tolist() == [0, 1, 0, 0, 0, 1, 0]
    f = np.zeros((5, 5), np.float32)
    f[2, 2] = 0.5
    out = idl.morph_thin(f, CENTRE, RING)
    assert out.dtype == np.float32 and out[2, 2] == np.float32(-0.5)
    assert idl.morph_thin(img.astype(np.float64), hit, miss).dtype == np.float64


def test_thin_of_a_grey_image_keeps_values_as_idl80():
    # morph_thin.pro sets only elements 0 and 1 (readsav order) to 1 when MAX > 1
    img = np.zeros((5, 5), np.uint8)
    img[0, 0] = 9
    img[2, 2] = 7            # isolated: matched
    img[4, 3] = 5
    out = idl.morph_thin(img, CENTRE, RING)
    expect = img.copy()
    expect[0, 0] = 1
    expect[0, 1] = 1
    expect[2, 2] = 6
    np.testing.assert_array_equal(out, expect)
    img[0, 0] = 0
    out = idl.morph_thin(img, CENTRE, RING)
    assert out[0, 0] == 0 and out[0, 1] == 1


def test_inputs_are_not_modified():
    img = np.zeros((5, 5), np.uint8)
    img[0, 0] = 9
    img[2, 2] = 3
    ro = img.copy()
    ro.flags.writeable = False
    before = ro.copy()
    idl.morph_thin(ro, CENTRE, RING)
    idl.morph_hitormiss(ro.astype(">i2"), CENTRE, RING)
    np.testing.assert_array_equal(ro, before)


def test_bad_input():
    img = np.zeros((5, 5), np.uint8)
    with pytest.raises(ValueError, match=r"^MORPH_HITORMISS: HitStructure must have the "
                                         r"same number of dimensions as Image \(2\), not 1"):
        idl.morph_hitormiss(img, [1, 1], CENTRE)
    with pytest.raises(ValueError, match=r"^MORPH_THIN: MissStructure must have the same"):
        idl.morph_thin(img, CENTRE, np.ones((3, 3, 3)))
    with pytest.raises(ValueError, match="^MORPH_THIN: HitStructure is empty"):
        idl.morph_thin(img, np.zeros((0, 3)), CENTRE)
    with pytest.raises((ValueError, TypeError), match="^MORPH_HITORMISS: "):
        idl.morph_hitormiss(np.zeros((2, 2, 2, 2)), CENTRE, RING)
    with pytest.raises(TypeError, match="^MORPH_HITORMISS: "):
        idl.morph_hitormiss(np.zeros((3, 3), complex), CENTRE, RING)
    with pytest.raises((ValueError, TypeError), match="^MORPH_THIN: "):
        idl.morph_thin(5, CENTRE, RING)


def _random_cases(rng, n):
    elements = [(CENTRE, RING),
                (np.array([[0, 0, 0], [1, 1, 0], [0, 1, 0]]), np.array([[0, 1, 1], [0, 0, 1], [0, 0, 0]])),
                (np.array([[0, 0, 0], [0, 1, 0], [1, 1, 1]]), np.array([[1, 1, 1], [0, 0, 0], [0, 0, 0]])),
                (np.ones((2, 2), np.int16), np.pad(np.zeros((2, 2), np.int16), 1, constant_values=1))]
    for k in range(n):
        hit, miss = elements[k % len(elements)]
        shape = (int(rng.integers(6, 14)), int(rng.integers(6, 14)))
        img = (rng.random(shape) < rng.uniform(0.1, 0.6)).astype(np.uint8)
        if k % 3 == 1:
            img = img.astype(np.int16)
        yield f"c{k}", img, np.asarray(hit, np.int16), np.asarray(miss, np.int16)


@pytest.mark.gdl
@pytest.mark.skipif(GDL is None, reason="gdl not installed")
def test_against_the_reference_definitions_in_live_gdl(tmp_path):
    for name in ("ref_set_erode.pro", "ref_morph_hitormiss.pro", "ref_morph_thin.pro"):
        shutil.copy(SUITE / name, tmp_path)
    cases, expected = [], {}
    for name, img, hit, miss in _random_cases(np.random.default_rng(77), 16):
        inputs = {"a": img, "h": hit, "m": miss}
        cases.append((name + "h", inputs, "ref_morph_hitormiss(a, h, m)"))
        expected[name + "h"] = idl.morph_hitormiss(img, hit, miss)
        cases.append((name + "t", inputs, "ref_morph_thin(a, h, m)"))
        expected[name + "t"] = idl.morph_thin(img, hit, miss)
    got = run_gdl(cases, tmp_path)
    assert sum(int(v.sum()) for k, v in expected.items() if k.endswith("h")) > 0
    for name, want in expected.items():
        assert not isinstance(got[name], Exception), got[name]
        np.testing.assert_array_equal(got[name], want, err_msg=name)
        assert got[name].dtype == want.dtype, name


@pytest.mark.gdl
@pytest.mark.skipif(GDL is None, reason="gdl not installed")
@pytest.mark.skipif(not (IDL80_LIB / "morph_thin.pro").exists(),
                    reason="no local copy of IDL 8.0's library (not redistributable)")
def test_thin_arithmetic_against_idl80_morph_thin_in_live_gdl(tmp_path):
    # GDL's ERODE differs from IDL's (see the suite), so compare what does not depend on
    # it: MORPH_THIN + MORPH_HITORMISS is morph_thin.pro's image before the subtraction.
    for name in ("morph_thin.pro", "morph_hitormiss.pro"):
        shutil.copy(IDL80_LIB / name, tmp_path)
    rng = np.random.default_rng(78)
    cases, expected = [], {}
    for k in range(12):
        shape = (int(rng.integers(5, 12)), int(rng.integers(5, 12)))
        top = [1, 2, 256][k % 3]
        img = rng.integers(0, top, shape, endpoint=top < 256).astype([np.uint8, np.int16][k % 2])
        img[0, 0] = k % 2                       # element 0 set or not
        inputs = {"a": img, "h": CENTRE, "m": RING}
        cases.append((f"t{k}", inputs, "morph_thin(a, h, m) + morph_hitormiss(a, h, m)"))
        thin = idl.morph_thin(img, CENTRE, RING)
        expected[f"t{k}"] = (thin + idl.morph_hitormiss(img, CENTRE, RING)).astype(thin.dtype)
    got = run_gdl(cases, tmp_path)
    for name, want in expected.items():
        assert not isinstance(got[name], Exception), got[name]
        np.testing.assert_array_equal(got[name], want, err_msg=name)
        assert got[name].dtype == want.dtype, name


# ---------------------------------------------------------------- MORPH_DISTANCE

def test_distance_samplings_on_a_single_background_pixel():
    img = np.ones((7, 9), np.uint8)
    img[3, 4] = 0
    dy, dx = np.abs(np.mgrid[:7, :9] - np.array([3, 4])[:, None, None])
    hi, lo = np.maximum(dx, dy), np.minimum(dx, dy)
    np.testing.assert_array_equal(idl.morph_distance(img), dx + dy)
    np.testing.assert_array_equal(idl.morph_distance(img, neighbor_sampling=1), hi)
    np.testing.assert_array_equal(idl.morph_distance(img, neighbor_sampling=2), dx + dy)
    want = (np.sqrt(2) * lo + (hi - lo)).astype(np.float32)
    np.testing.assert_allclose(idl.morph_distance(img, neighbor_sampling=3), want,
                               rtol=2e-7)
    assert idl.morph_distance(img).dtype == np.float32


def test_distance_background_edges_and_scipy():
    rng = np.random.default_rng(21)
    img = (rng.random((14, 17)) < 0.7).astype(np.int16)
    img[0, 0] = 0
    ours = idl.morph_distance(img, neighbor_sampling=1)
    np.testing.assert_array_equal(ours, ndimage.distance_transform_cdt(img, "chessboard"))
    back = idl.morph_distance(img, background=True, neighbor_sampling=1)
    ref = ndimage.distance_transform_cdt(img == 0, "chessboard").astype(np.float32)
    ref[0] = ref[-1] = 0
    ref[:, 0] = ref[:, -1] = 0
    np.testing.assert_array_equal(back, ref)
    assert (back[img != 0] == 0).all()
    # sampling 3 never exceeds the chessboard by more than sqrt(2) - 1 per unit
    e = idl.morph_distance(img, neighbor_sampling=3)
    assert (e >= ours).all() and (e <= ours * np.float32(np.sqrt(2)) + 1e-5).all()


def test_distance_without_background_and_bad_input():
    assert np.isinf(idl.morph_distance(np.ones((3, 3)))).all()
    assert (idl.morph_distance(np.zeros((3, 3))) == 0).all()
    with pytest.raises(ValueError, match="^MORPH_DISTANCE: NEIGHBOR_SAMPLING must be 0, 1, 2 "
                                         "or 3, not 4"):
        idl.morph_distance(np.ones((3, 3)), neighbor_sampling=4)
    with pytest.raises(ValueError, match="^MORPH_DISTANCE: "):
        idl.morph_distance(3)
    with pytest.raises(TypeError, match="^MORPH_DISTANCE: "):
        idl.morph_distance(np.ones((3, 3), complex))


@pytest.mark.gdl
@pytest.mark.skipif(GDL is None, reason="gdl not installed")
def test_distance_against_the_reference_definition_in_live_gdl(tmp_path):
    shutil.copy(SUITE / "ref_morph_distance.pro", tmp_path)
    rng = np.random.default_rng(79)
    cases, expected = [], {}
    for k in range(16):
        ndim = 2 if k % 4 else 3
        shape = tuple(int(rng.integers(4, 10)) for _ in range(ndim))
        img = (rng.random(shape) < rng.uniform(0.5, 0.9)).astype(np.uint8)
        img.flat[int(rng.integers(img.size))] = 0
        img.flat[int(rng.integers(img.size))] = 1
        sampling, back = k % 4, bool(k % 3 == 0)
        kw = f", neighbor_sampling={sampling}" + (", /background" if back else "")
        cases.append((f"d{k}", {"a": img}, f"ref_morph_distance(a{kw})"))
        expected[f"d{k}"] = idl.morph_distance(img, neighbor_sampling=sampling,
                                               background=back)
    got = run_gdl(cases, tmp_path)
    for name, want in expected.items():
        assert not isinstance(got[name], Exception), got[name]
        np.testing.assert_array_max_ulp(got[name], want, maxulp=2)
        assert got[name].dtype == want.dtype, name


# ---------------------------------------------------------------- WATERSHED

def test_watershed_basins_lines_and_numbering():
    a = np.array([[1, 2, 3, 2, 0],
                  [1, 2, 5, 2, 1],
                  [1, 2, 3, 2, 1]])
    r = idl.watershed(a, nregions=True)
    assert r.result.dtype == np.uint8 and int(r.nregions) == 2
    # the right valley's minimum (0) is met first: basin 1
    np.testing.assert_array_equal(r.result[:, 3:], 1)
    np.testing.assert_array_equal(r.result[:, :2], 2)
    np.testing.assert_array_equal(r.result[:, 2], 0)
    assert idl.watershed(a, long=True).dtype == np.int32
    assert isinstance(idl.watershed(a), np.ndarray)


def test_watershed_regions_are_connected_and_cover_the_minima():
    rng = np.random.default_rng(8)
    img = ndimage.uniform_filter(rng.random((30, 32)) * 100, 5)
    for conn in (4, 8):
        r = idl.watershed(img, connectivity=conn, long=True, nregions=True)
        labels, n = r
        assert labels.max() == n
        minima = img == ndimage.minimum_filter(img, 3)
        assert (labels[minima] > 0).all()
        structure = ndimage.generate_binary_structure(2, 1 if conn == 4 else 2)
        for k in range(1, int(n) + 1):
            assert ndimage.label(labels == k, structure)[1] == 1


def test_watershed_byte_labels_wrap_and_bad_input():
    noise = np.random.default_rng(9).integers(0, 1000, (36, 40))
    long = idl.watershed(noise, long=True)
    assert long.max() > 255
    np.testing.assert_array_equal(idl.watershed(noise), (long % 256).astype(np.uint8))
    with pytest.raises(ValueError, match="^WATERSHED: CONNECTIVITY must be 4 or 8, not 6"):
        idl.watershed(noise, connectivity=6)
    with pytest.raises(ValueError, match="^WATERSHED: Image must be a two-dimensional"):
        idl.watershed(np.ones(5))
    with pytest.raises(TypeError, match="^WATERSHED: "):
        idl.watershed(np.ones((3, 3), complex))


@pytest.mark.gdl
@pytest.mark.skipif(GDL is None, reason="gdl not installed")
def test_watershed_against_the_reference_algorithm_in_live_gdl(tmp_path):
    shutil.copy(SUITE / "ref_watershed.pro", tmp_path)
    rng = np.random.default_rng(80)
    cases, expected = [], {}
    for k in range(12):
        shape = (int(rng.integers(5, 20)), int(rng.integers(5, 20)))
        if k % 3 == 0:
            img = rng.integers(0, 4, shape).astype(np.uint8)          # plateaus
        elif k % 3 == 1:
            img = np.round(ndimage.uniform_filter(rng.random(shape) * 50, 3)).astype(np.int16)
        else:
            img = rng.normal(size=shape).astype(np.float32)
        conn = 8 if k % 2 else 4
        cases.append((f"w{k}", {"a": img}, f"ref_watershed(a, connectivity={conn}, /long)"))
        expected[f"w{k}"] = idl.watershed(img, connectivity=conn, long=True)
    got = run_gdl(cases, tmp_path)
    for name, want in expected.items():
        assert not isinstance(got[name], Exception), got[name]
        np.testing.assert_array_equal(got[name], want, err_msg=name)
