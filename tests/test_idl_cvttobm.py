"""IDL CVTTOBM: bitmaps by hand (reversed rows, BYTSCL, threshold, LSB-first packing,
cvttobm.pro's carried bits), errors, inputs untouched, and random images against live
GDL 1.0.1's cvttobm.pro. Goldens: reference_outputs/idl/cvttobm."""

import numpy as np
import pytest

from compat import idl
from oracles import GDL, run_gdl


def _by_hand(bits):
    """Pack 0/1 rows (already reversed and thresholded) as cvttobm.pro does, with its one
    work vector carried across groups."""
    rows, width = bits.shape
    cols = (width - 1) // 8 + 1
    out = np.zeros((rows, cols), np.uint8)
    vect = [0] * 8
    for i in range(cols):
        for j in range(rows):
            piece = list(bits[j, 8 * i:min(width, 8 * i + 8)])
            vect[:len(piece)] = piece
            out[j, i] = sum(v << k for k, v in enumerate(vect)) & 255
    return out


def test_documented_packing_and_reversal():
    img = np.zeros((2, 8), np.uint8)
    img[0, [0, 3]] = 255          # top row in the array: last row of the bitmap
    img[1, 7] = 255
    assert idl.cvttobm(img).tolist() == [[128], [9]]


def test_threshold_rules():
    img = np.array([[0, 100, 200, 255, 50, 150, 250, 10]] * 2, np.uint8)  # BYTSCL: same
    assert idl.cvttobm(img, threshold=100).tolist() == [[0b01101110]] * 2
    assert idl.cvttobm(img, threshold=0).tolist() == [[255]] * 2
    assert idl.cvttobm(img, threshold=256).tolist() == [[0]] * 2
    mean = img.astype(np.float32).mean()
    assert idl.cvttobm(img).tolist() == [[sum(1 << k for k in range(8) if img[0, k] >= mean)]] * 2
    assert idl.cvttobm(np.full((3, 4), -2.5)).tolist() == [[15]] * 3     # constant: all set


def test_carried_bits_match_the_loop_by_hand():
    rng = np.random.default_rng(1297)
    for _ in range(50):
        rows, width = int(rng.integers(2, 6)), int(rng.integers(1, 30))
        img = rng.integers(0, 256, (rows, width)).astype(np.uint8)
        scaled = np.asarray(idl.bytscl(img[::-1]))              # BYTSCL, its own routine
        mean = np.float32(scaled.sum(dtype=np.float64)) / np.float32(scaled.size)
        bits = (scaled >= mean).astype(int)
        np.testing.assert_array_equal(idl.cvttobm(img), _by_hand(bits))


def test_types_and_inputs():
    a = np.arange(24, dtype=">f8").reshape(3, 8)
    a.setflags(write=False)
    got = idl.cvttobm(a)
    assert got.dtype == np.uint8 and got.shape == (3, 1) and a[0, 0] == 0
    assert idl.cvttobm(a[:, ::2]).shape == (3, 1)
    assert idl.cvttobm([[1, 2, 3, 4, 5, 6, 7, 8, 9]] * 2).shape == (2, 2)


@pytest.mark.parametrize("bad", [np.arange(5), np.zeros((2, 2, 2)), np.zeros((1, 8))])
def test_not_2d(bad):
    with pytest.raises(ValueError, match=r"^CVTTOBM: Input array is not a 2D array!$"):
        idl.cvttobm(bad)


def test_complex_and_text_refused():
    with pytest.raises(TypeError, match="^CVTTOBM: Complex expression not allowed"):
        idl.cvttobm(np.ones((2, 2), complex))


# ------------------------------------------------------------------------ live GDL
@pytest.mark.skipif(GDL is None, reason="needs gdl")
def test_random_images_against_gdl():
    """Widths of one group or whole groups of 8 (GDL pads wider rows with zero bits where
    IDL's cvttobm.pro carries bits: the suite's divergence)."""
    rng = np.random.default_rng(1298)
    cases, ours = [], {}
    for k in range(30):
        rows = int(rng.integers(2, 7))
        width = int(rng.integers(1, 9)) if k % 2 else 8 * int(rng.integers(1, 4))
        dtype = [np.uint8, np.int16, np.float32, np.float64][k % 4]
        img = (rng.normal(0, 50, (rows, width))).astype(dtype)
        expr = "cvttobm(a)" if k % 3 else f"cvttobm(a, threshold={int(rng.integers(0, 256))})"
        cases.append((f"c{k}", {"a": img}, expr))
        ours[f"c{k}"] = (idl.cvttobm(img) if k % 3 else
                         idl.cvttobm(img, threshold=int(expr.split("=")[1].rstrip(")"))))
    got = run_gdl(cases)
    for name, value in ours.items():
        assert not isinstance(got[name], Exception), (name, got[name])
        np.testing.assert_array_equal(got[name].reshape(value.shape), value, err_msg=name)
