"""MATLAB padarray, fspecial, imfilter, medfilt2, ordfilt2 (compat.matlab.image_processing):
hand-computed values, MATLAB's printed kernels, the class rules, the errors, and live
Octave (image package) runs on random inputs where Octave agrees with MATLAB."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave

RNG = np.random.default_rng(1616)


# ------------------------------------------------------------------------ padarray
def test_padarray_patterns_by_hand():
    a = np.array([[1, 2, 3], [4, 5, 6]])
    assert matlab.padarray(a, [1, 2], "circular", "pre").tolist() == [
        [5, 6, 4, 5, 6], [2, 3, 1, 2, 3], [5, 6, 4, 5, 6]]
    assert matlab.padarray(a, [0, 4], "symmetric", "post").tolist() == [
        [1, 2, 3, 3, 2, 1, 1], [4, 5, 6, 6, 5, 4, 4]]
    assert matlab.padarray(a, [1, 1], "replicate").tolist() == [
        [1, 1, 2, 3, 3], [1, 1, 2, 3, 3], [4, 4, 5, 6, 6], [4, 4, 5, 6, 6]]
    assert matlab.padarray(a, [1, 0], 9, "post").tolist() == [[1, 2, 3], [4, 5, 6], [9, 9, 9]]
    # a direction in third place pads with 0
    assert matlab.padarray(a, [0, 1], "pre").tolist() == [[0, 1, 2, 3], [0, 4, 5, 6]]


def test_padarray_classes_and_dimensions():
    u = np.array([[1, 2]], dtype=np.uint8)
    out = matlab.padarray(u, [1, 1, 1], 300.4)
    assert out.dtype == np.uint8 and out.shape == (3, 4, 3)
    assert out[0, 0, 0] == 255 and out[1, 1, 1] == 1 and out[1, 1, 0] == 255
    assert matlab.padarray(np.array([[-1]], np.int8), [1], -2.5)[0, 0] == -3   # half away
    bw = matlab.padarray(np.array([[True]]), [1, 1], 5)
    assert bw.dtype == bool and bw.all()
    v = np.arange(3.0)
    assert matlab.padarray(v, [0, 1]).shape == (5,)       # 1-D stays 1-D
    ro = np.arange(6.0).reshape(2, 3)
    ro.setflags(write=False)
    big = ro.astype(">f8")
    assert np.array_equal(matlab.padarray(big, [1, 1], "symmetric"),
                          matlab.padarray(ro, [1, 1], "symmetric"))


def test_padarray_errors():
    with pytest.raises(ValueError, match="^padarray: .*PADSIZE, to be nonnegative"):
        matlab.padarray(np.ones(2), [-1, 1])
    with pytest.raises(ValueError, match="^padarray: .*PADSIZE, to be integer-valued"):
        matlab.padarray(np.ones(2), [1.5, 1])
    with pytest.raises(ValueError, match="PADVAL, to match"):
        matlab.padarray(np.ones(2), [1, 1], "mirror")
    with pytest.raises(TypeError, match="^padarray: A must be numeric"):
        matlab.padarray("abc", [1, 1])


# ------------------------------------------------------------------------ fspecial
def test_fspecial_printed_and_hand_values():
    # MATLAB Answers 307822 prints fspecial('motion', 3, 45)
    assert np.allclose(matlab.fspecial("motion", 3, 45),
                       [[0, 0.0754, 0.1883], [0.0754, 0.3215, 0.0754], [0.1883, 0.0754, 0]],
                       atol=5e-5)
    # the reference page: a vector for horizontal and vertical motion
    assert np.allclose(matlab.fspecial("motion"), np.full((1, 9), 1 / 9))
    assert matlab.fspecial("motion", 4, 90).shape == (5, 1)
    log = matlab.fspecial("log")
    assert abs(log.sum()) < 1e-15 and round(log[2, 2], 4) == -4.9048
    assert round(log[0, 0], 4) == 0.0448
    # disk of radius 1: centre 1/pi, the pixel beside it (asin(1/2) + sqrt(3)/4 - 1/2)/pi
    d = matlab.fspecial("disk", 1)
    assert d[1, 1] == pytest.approx(1 / np.pi, rel=1e-14)
    assert d[0, 1] == pytest.approx((np.pi / 6 + np.sqrt(3) / 4 - 0.5) / np.pi, rel=1e-14)
    assert matlab.fspecial("disk").shape == (11, 11)
    assert np.allclose(matlab.fspecial("lap", 0), [[0, 1, 0], [1, -4, 1], [0, 1, 0]])
    assert np.allclose(matlab.fspecial("unsharp", 0), [[0, -1, 0], [-1, 5, -1], [0, -1, 0]])
    g = matlab.fspecial("gaussian", [1, 3], 1)
    e = np.exp(-0.5)
    assert np.allclose(g, [[e / (1 + 2 * e), 1 / (1 + 2 * e), e / (1 + 2 * e)]])
    # values below eps * max are cut (MATLAB's page)
    assert matlab.fspecial("gaussian", 15, 0.5)[0, 0] == 0.0


def test_fspecial_errors():
    with pytest.raises(ValueError, match="^fspecial: Expected input number 1, TYPE"):
        matlab.fspecial("nosuch")
    with pytest.raises(ValueError, match="ALPHA"):
        matlab.fspecial("laplacian", 2)
    with pytest.raises(ValueError, match="HSIZE, to be positive"):
        matlab.fspecial("average", 0)
    with pytest.raises(ValueError, match="SIGMA"):
        matlab.fspecial("gaussian", 3, -1)
    with pytest.raises(ValueError, match="Too many"):
        matlab.fspecial("sobel", 3)


# ------------------------------------------------------------------------ imfilter
def test_imfilter_matches_conv2_identities():
    a = RNG.standard_normal((6, 7))
    for shape in [(2, 4), (3, 2), (3, 3), (1, 4)]:
        h = RNG.standard_normal(shape)
        assert np.allclose(matlab.imfilter(a, h, "conv"), matlab.conv2(a, h, "same"),
                           rtol=1e-13, atol=1e-13)
        assert np.allclose(matlab.imfilter(a, h, "conv", "full"), matlab.conv2(a, h, "full"),
                           rtol=1e-13, atol=1e-13)
        assert np.allclose(matlab.imfilter(a, h), matlab.filter2(h, a, "same"),
                           rtol=1e-13, atol=1e-13)
        assert np.allclose(matlab.imfilter(a, h, "full"),
                           matlab.conv2(a, np.rot90(h, 2), "full"), rtol=1e-13, atol=1e-13)


def test_imfilter_classes():
    u = np.array([[250, 10], [3, 200]], dtype=np.uint8)
    out = matlab.imfilter(u, [[1, 1]])
    assert out.dtype == np.uint8 and out.tolist() == [[255, 10], [203, 200]]
    assert matlab.imfilter(u, [[-1]]).tolist() == [[0, 0], [0, 0]]
    assert matlab.imfilter(np.array([[5]], np.int8), [[0.5]])[0, 0] == 3    # 2.5 -> 3
    bw = np.array([[True, False, True]])
    assert matlab.imfilter(bw, [[0.3, 0.3]]).tolist() == [[False, False, False]]
    assert matlab.imfilter(bw, [[0.5, 0.5]]).tolist() == [[True, True, True]]
    s = matlab.imfilter(np.ones((2, 2), np.float32), np.ones((2, 2)))
    assert s.dtype == np.float32
    rgb = RNG.integers(0, 255, (4, 5, 3)).astype(np.uint8)
    planes = [matlab.imfilter(rgb[:, :, k], np.ones((3, 3)) / 9) for k in range(3)]
    assert np.array_equal(matlab.imfilter(rgb, np.ones((3, 3)) / 9), np.stack(planes, axis=2))
    # the pad value takes the class of A; zero kernel elements do not enter the sum
    assert matlab.imfilter(np.array([[1.0]]), [[1, 0, 1]], np.inf)[0, 0] == np.inf
    assert matlab.imfilter(np.array([[np.inf, 1.0]]), [[0, 1]]).tolist() == [[1.0, 0.0]]


def test_imfilter_errors():
    with pytest.raises(ValueError, match="^imfilter: Unrecognized option 'mirror'"):
        matlab.imfilter(np.ones((2, 2)), np.ones((2, 2)), "mirror")
    with pytest.raises(TypeError, match="^imfilter: h must be numeric"):
        matlab.imfilter(np.ones((2, 2)), "ab")


# ------------------------------------------------------------- medfilt2, ordfilt2
def test_medfilt2_and_ordfilt2_by_hand():
    a = np.array([[1, 9, 2], [8, 3, 7], [4, 6, 5]], dtype=np.uint8)
    assert matlab.medfilt2(a)[1, 1] == 5
    assert matlab.medfilt2(a, [3, 3], "symmetric").tolist() == [[3, 3, 3], [4, 5, 5], [4, 5, 5]]
    # even window: the mean of the two middle values, rounded once (3, 3 -> 3)
    b = np.array([[3, 3], [3, 3]], dtype=np.uint8)
    assert matlab.medfilt2(b, [2, 2], "symmetric").tolist() == [[3, 3], [3, 3]]
    c = np.array([[1.0, 2.0], [3.0, 4.0]])
    assert matlab.medfilt2(c, [2, 2])[0, 0] == 2.5      # centre (1, 1) 1-based
    # 'indexed': double pads with 1, integer classes with 0
    assert matlab.medfilt2(np.full((3, 3), 5.0), [3, 3], "indexed")[0, 0] == 1.0   # 5 ones, 4 fives
    assert matlab.medfilt2(np.full((3, 3), 5.0), [3, 3])[0, 0] == 0.0
    assert matlab.medfilt2(np.full((3, 3), 5, np.uint8), [3, 3], "indexed")[0, 0] == 0
    bw = np.array([[True, False], [False, True]])
    assert matlab.medfilt2(bw, [1, 2]).dtype == bool
    d = np.arange(1.0, 10).reshape(3, 3)
    assert matlab.ordfilt2(d, 9, np.ones((3, 3)))[0].tolist() == [5, 6, 6]
    assert matlab.ordfilt2(d, 1, np.ones((3, 3)), "symmetric")[1, 1] == 1
    s = np.zeros((3, 3))
    s[1, 1] = 100
    assert matlab.ordfilt2(d, 9, np.ones((3, 3)), s)[1, 1] == 105
    out = matlab.ordfilt2(np.array([[250]], np.uint8), 1, [[1]], [[10]])
    assert out.dtype == np.uint8 and out[0, 0] == 255


def test_order_filter_errors():
    with pytest.raises(ValueError, match="^ordfilt2: ORDER must be between 1 and"):
        matlab.ordfilt2(np.ones((3, 3)), 10, np.ones((3, 3)))
    with pytest.raises(ValueError, match="^medfilt2: .*two-dimensional"):
        matlab.medfilt2(np.ones((3, 3, 3)))
    with pytest.raises(ValueError, match="PADOPT"):
        matlab.medfilt2(np.ones((3, 3)), [3, 3], "circular")
    with pytest.raises(ValueError, match="S must be the same size"):
        matlab.ordfilt2(np.ones((3, 3)), 1, np.ones((3, 3)), np.ones((2, 2)))


# ------------------------------------------------------------------- live Octave
@pytest.mark.octave
def test_against_octave_random_inputs():
    cases, ours = [], []
    for k in range(3):
        a = RNG.integers(0, 256, (RNG.integers(8, 12), RNG.integers(8, 12))).astype(np.uint8)
        d = RNG.standard_normal(a.shape)
        h = RNG.standard_normal((RNG.integers(1, 5), RNG.integers(1, 5)))
        pads = [int(RNG.integers(0, 12)), int(RNG.integers(0, 12))]
        for pattern in ("circular", "replicate", "symmetric"):
            for direction in ("pre", "post", "both"):
                cases.append((f"r = padarray(a, [{pads[0]} {pads[1]}], '{pattern}', "
                              f"'{direction}');", {"a": a}, ["r"]))
                ours.append((matlab.padarray(a, pads, pattern, direction), 0))
        for opts in ([], ["replicate"], ["symmetric", "conv"], ["circular"], [2.5]):
            text = "".join(f", '{o}'" if isinstance(o, str) else f", {o}" for o in opts)
            cases.append((f"r = imfilter(d, h{text});", {"d": d, "h": h}, ["r"]))
            ours.append((matlab.imfilter(d, h, *opts), 1e-13))
            cases.append((f"r = imfilter(a, h / sum(abs(h(:))){text});", {"a": a, "h": h}, ["r"]))
            ours.append((matlab.imfilter(a, h / np.abs(h).sum(), *opts), 0))
        m, n = int(RNG.integers(1, 4)) * 2 + 1, int(RNG.integers(1, 3)) * 2 + 1
        for pad in ("zeros", "symmetric"):
            cases.append((f"r = medfilt2(a, [{m} {n}], '{pad}');", {"a": a}, ["r"]))
            ours.append((matlab.medfilt2(a, [m, n], pad), 0))
            cases.append((f"r = medfilt2(d, [{m + 1} {n}], '{pad}');", {"d": d}, ["r"]))
            ours.append((matlab.medfilt2(d, [m + 1, n], pad), 1e-15))
            dom = RNG.integers(0, 2, (3, 4)).astype(float)
            dom[0, 0] = 1
            order = int(RNG.integers(1, dom.sum() + 1))
            cases.append((f"r = ordfilt2(d, {order}, dom, '{pad}');", {"d": d, "dom": dom}, ["r"]))
            ours.append((matlab.ordfilt2(d, order, dom, pad), 0))
    for t in ("'average', [3 4]", "'disk', 4", "'gaussian', [4 6], 0.8", "'laplacian', 0.3",
              "'unsharp', 0.9", "'prewitt'", "'sobel'"):
        cases.append((f"r = fspecial({t});", {}, ["r"]))
        ours.append((matlab.fspecial(*eval("(" + t.replace("[3 4]", "[3, 4]")
                                           .replace("[4 6]", "[4, 6]") + ",)")), 1e-15))
    for (mine, tol), got in zip(ours, run_octave(cases, setup="pkg load image")):
        assert not isinstance(got, Exception), got
        expected = np.asarray(got["r"])
        assert mine.dtype == expected.dtype and mine.shape == expected.shape
        if tol:
            assert np.allclose(mine, expected, rtol=tol, atol=tol)
        else:
            assert np.array_equal(mine, expected)
