"""IDL DILATE, ERODE, MORPH_OPEN, MORPH_CLOSE, LABEL_REGION (compat.idl.morphology):
unit tests on known values, bad input, and a live differential run against GDL 1.0.1's
dilate.pro/erode.pro batched in one process."""

import numpy as np
import pytest
from scipy import ndimage

from compat import idl
from tests.oracles import GDL, run_gdl

PLUS = np.array([[0, 1, 0], [1, 1, 1], [0, 1, 0]], np.int16)
SQ = np.ones((3, 3), np.int16)


def test_dilate_translates_the_element_from_its_origin():
    img = np.zeros((6, 8), np.uint8)
    img[3, 3] = 1
    se = np.array([[1, 1], [0, 1]], np.int16)     # IDL [[1,1],[0,1]]: origin (1, 1)
    out = idl.dilate(img, se)
    assert out.dtype == np.uint8
    assert sorted(zip(*np.nonzero(out))) == [(2, 2), (2, 3), (3, 3)]
    out = idl.dilate(img, se, 0, 0)
    assert sorted(zip(*np.nonzero(out))) == [(3, 3), (3, 4), (4, 4)]


def test_edge_band_pixels_are_no_dilation_source_and_erode_to_zero():
    img = np.zeros((6, 8), np.uint8)
    img[0, 0] = 1
    assert not idl.dilate(img, PLUS).any()
    full = np.ones((6, 8), np.uint8)
    e = idl.erode(full, SQ)
    assert (e[1:-1, 1:-1] == 1).all() and e[0].sum() == e[-1].sum() == 0
    assert e[:, 0].sum() == e[:, -1].sum() == 0


def test_interior_matches_scipy_for_centred_elements():
    rng = np.random.default_rng(5)
    img = (rng.random((20, 25)) < 0.4).astype(np.uint8)
    ours = idl.erode(img, PLUS)
    ref = ndimage.binary_erosion(img, PLUS.astype(bool), border_value=0)
    assert (ours == ref).all()
    g = rng.integers(0, 256, (20, 25)).astype(np.uint8)
    ours = idl.dilate(g, SQ, gray=True)
    ref = ndimage.grey_dilation(g, size=(3, 3))
    assert (ours[2:-2, 2:-2] == ref[2:-2, 2:-2]).all()


def test_gray_values_clip_and_types():
    g = np.full((5, 5), 250, np.uint8)
    vals = np.full((3, 3), 10, np.int16)
    assert idl.dilate(g, SQ, values=vals)[2, 2] == 255
    assert idl.erode(np.full((5, 5), 5, np.uint8), SQ, values=vals)[2, 2] == 0
    f = np.arange(25, dtype=np.float32).reshape(5, 5) / 3
    assert idl.dilate(f, SQ, gray=True).dtype == np.uint8
    out = idl.dilate(f, SQ, gray=True, preserve_type=True)
    assert out.dtype == np.float32 and out[2, 2] == f[3, 3]
    assert idl.dilate(g, SQ, gray=True, uint=True).dtype == np.uint16
    assert idl.erode(g, SQ, gray=True, ulong=True).dtype == np.uint32


def test_constrained_sets_background_pixels_only():
    g = np.zeros((7, 7), np.uint8)
    g[3, 3] = 90
    g[3, 4] = 40
    out = idl.dilate(g, SQ, gray=True, constrained=True)
    assert out[3, 4] == 40 and out[3, 3] == 90 and out[2, 2] == 90
    out = idl.dilate(g, SQ, gray=True, constrained=True, background=40)
    assert out[3, 4] == 90 and out[2, 2] == 0


def test_label_region_raster_order_and_border():
    rng = np.random.default_rng(11)
    for k in range(30):
        a = rng.random((rng.integers(3, 15), rng.integers(3, 15))) < 0.5
        lab = idl.label_region(a, all_neighbors=bool(k % 2))
        assert lab.dtype == np.int16
        assert not lab[0].any() and not lab[-1].any()
        assert not lab[:, 0].any() and not lab[:, -1].any()
        flat = lab.ravel()
        seen = flat[flat > 0]
        _, first = np.unique(seen, return_index=True)
        assert (seen[np.sort(first)] == np.arange(1, seen.max(initial=0) + 1)).all()
    assert idl.label_region(a, ulong=True).dtype == np.uint32
    assert (idl.label_region(a, eight=True) == idl.label_region(a, all_neighbors=True)).all()


def test_label_region_3d():
    a = np.zeros((4, 4, 4), np.uint8)
    a[1, 1, 1] = a[2, 2, 2] = 1
    assert idl.label_region(a).max() == 2
    assert idl.label_region(a, all_neighbors=True).max() == 1


def test_open_close_are_compositions():
    rng = np.random.default_rng(3)
    img = (rng.random((15, 17)) < 0.5).astype(np.uint8)
    assert (idl.morph_open(img, SQ) == idl.dilate(idl.erode(img, SQ), SQ)).all()
    assert (idl.morph_close(img, PLUS) == idl.erode(idl.dilate(img, PLUS), PLUS)).all()


def test_bad_input():
    with pytest.raises(ValueError, match="^DILATE: Structure must have the same number"):
        idl.dilate(np.zeros((4, 4)), [1, 1, 1])
    with pytest.raises(ValueError, match="^ERODE: VALUES must have the dimensions"):
        idl.erode(np.zeros((4, 4)), SQ, values=[1, 2])
    with pytest.raises(ValueError, match="^DILATE: Only one of PRESERVE_TYPE"):
        idl.dilate(np.zeros((4, 4)), SQ, gray=True, uint=True, ulong=True)
    with pytest.raises(TypeError, match="^LABEL_REGION"):
        idl.label_region(np.array(["a", "b"]))


@pytest.mark.gdl
@pytest.mark.skipif(GDL is None, reason="gdl not installed")
def test_dilate_erode_against_live_gdl():
    rng = np.random.default_rng(2024)
    elements = [SQ, PLUS, np.array([[1, 1, 0], [0, 1, 1]], np.int16),
                np.array([[1, 1], [1, 0]], np.int16), np.ones((3, 1), np.int16)]
    cases, expected = [], {}
    for k in range(24):
        shape = (int(rng.integers(6, 14)), int(rng.integers(6, 14)))
        se = elements[k % len(elements)]
        kind = k % 3
        if kind == 0:
            img = (rng.random(shape) < 0.5).astype(np.uint8)
        elif kind == 1:
            img = rng.integers(0, 4, shape).astype(np.int16)
        else:
            img = (rng.random(shape) < 0.5).astype(np.float32)
        name = f"b{k}"
        cases.append((name + "d", {"a": img, "s": se}, "dilate(a, s)"))
        expected[name + "d"] = idl.dilate(img, se)
        cases.append((name + "e", {"a": img, "s": se}, "erode(a, s)"))
        expected[name + "e"] = idl.erode(img, se)
        g = rng.integers(0, 256, shape).astype(np.uint8)
        full = np.ones(se.shape, np.int16)           # GDL's grey erosion needs a full element
        cases.append((name + "gd", {"a": g, "s": se}, "dilate(a, s, /gray)"))
        expected[name + "gd"] = idl.dilate(g, se, gray=True)
        cases.append((name + "ge", {"a": g, "s": full}, "erode(a, s, /gray)"))
        expected[name + "ge"] = idl.erode(g, full, gray=True)
    got = run_gdl(cases)
    for name, want in expected.items():
        assert not isinstance(got[name], Exception), got[name]
        np.testing.assert_array_equal(got[name], want, err_msg=name)
        assert got[name].dtype == want.dtype, name


def test_gradient_and_tophat_are_the_documented_differences():
    rng = np.random.default_rng(8)
    g = rng.integers(0, 256, (12, 14)).astype(np.uint8)
    grad = idl.morph_gradient(g, SQ)
    assert grad.dtype == np.uint8
    want = idl.dilate(g, SQ, gray=True).astype(int) - idl.erode(g, SQ, gray=True)
    assert (grad == want).all()
    ref = ndimage.morphological_gradient(g, size=(3, 3))
    assert (grad[2:-2, 2:-2] == ref[2:-2, 2:-2]).all()
    top = idl.morph_tophat(g, SQ)
    assert (top == g - idl.morph_open(g, SQ, gray=True)).all()
    i16 = g.astype(np.int16)
    assert idl.morph_tophat(i16, SQ).dtype == np.int16
    assert idl.morph_gradient(g, SQ, uint=True).dtype == np.uint16
