"""MATLAB bwmorph: the lookup-table rules on hand-checked patterns, the thinning
conditions, bad input, and random images against live Octave (image 2.14)."""

from __future__ import annotations

import numpy as np
import pytest
from scipy import ndimage as ndi

from compat import matlab
from compat._core.binary_morphology import lut_index
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import run_octave

OCTAVE_OPS = ("bothat", "bridge", "clean", "close", "diag", "dilate", "endpoints",
              "erode", "fill", "hbreak", "majority", "open", "remove", "spur", "thin",
              "tophat")


def test_lut_numbering_is_applylut():
    # MATLAB's applylut weights: [1 8 64; 2 16 128; 4 32 256]
    w = np.zeros((3, 3), dtype=bool)
    w[0, 2] = True
    assert lut_index(w)[1, 1] == 64
    w[2, 0] = True
    assert lut_index(w)[1, 1] == 64 + 4


def test_reference_page_patterns():
    # the patterns printed on MATLAB's bwmorph page
    bridge = np.array([[1, 0, 0], [1, 0, 1], [0, 0, 1]], dtype=bool)
    np.testing.assert_array_equal(matlab.bwmorph(bridge, "bridge"),
                                  [[1, 1, 0], [1, 1, 1], [0, 1, 1]])
    clean = np.zeros((3, 3), dtype=bool)
    clean[1, 1] = True
    assert not matlab.bwmorph(clean, "clean").any()
    diag = np.array([[0, 1, 0], [1, 0, 0], [0, 0, 0]], dtype=bool)
    np.testing.assert_array_equal(matlab.bwmorph(diag, "diag"),
                                  [[1, 1, 0], [1, 1, 0], [0, 0, 0]])
    fill = np.ones((3, 3), dtype=bool)
    fill[1, 1] = False
    assert matlab.bwmorph(fill, "fill").all()
    hbreak = np.array([[1, 1, 1], [0, 1, 0], [1, 1, 1]], dtype=bool)
    np.testing.assert_array_equal(matlab.bwmorph(hbreak, "hbreak"),
                                  [[1, 1, 1], [0, 0, 0], [1, 1, 1]])
    np.testing.assert_array_equal(matlab.bwmorph(hbreak.T, "hbreak"),
                                  [[1, 0, 1], [1, 0, 1], [1, 0, 1]])
    remove = np.ones((3, 3), dtype=bool)
    np.testing.assert_array_equal(matlab.bwmorph(remove, "remove"),
                                  [[1, 1, 1], [1, 0, 1], [1, 1, 1]])
    spur = np.zeros((5, 4), dtype=bool)
    spur[2, 2] = spur[3, 1] = spur[4, 0] = spur[4, 1] = True
    want = spur.copy()
    want[2, 2] = False
    np.testing.assert_array_equal(matlab.bwmorph(spur, "spur"), want)
    maj = np.array([[1, 1, 0], [1, 0, 0], [1, 1, 0]], dtype=bool)
    assert matlab.bwmorph(maj, "majority")[1, 1]          # 5 of 9
    assert not matlab.bwmorph(maj, "majority")[1, 2]      # 2 of 6


def test_thin_keeps_connectivity_and_euler_number():
    rng = np.random.default_rng(20511)
    for _ in range(20):
        a = ndi.uniform_filter(rng.random((int(rng.integers(8, 30)),
                                           int(rng.integers(8, 30)))), 3) > 0.5
        t = matlab.bwmorph(a, "thin", np.inf)
        assert not (t & ~a).any()                          # only removes pixels
        # 8-connected objects keep their count, holes (4-connected background) too
        assert ndi.label(t, np.ones((3, 3)))[1] == ndi.label(a, np.ones((3, 3)))[1]
        pa = np.pad(~a, 1, constant_values=True)
        pt = np.pad(~t, 1, constant_values=True)
        assert ndi.label(pt)[1] == ndi.label(pa)[1]
        # a second pass changes nothing: converged
        np.testing.assert_array_equal(matlab.bwmorph(t, "thin"), t)
        np.testing.assert_array_equal(matlab.bwmorph(a, "skel", np.inf), t)


def test_square_element_ops_and_border():
    a = np.ones((4, 5), dtype=bool)
    assert matlab.bwmorph(a, "erode").all()                # the border is not eroded
    a[0, 0] = False
    e = matlab.bwmorph(a, "erode")
    np.testing.assert_array_equal(e[:2, :2], [[0, 0], [0, 0]])
    assert e[2:, 2:].all()
    np.testing.assert_array_equal(matlab.bwmorph(a, "dilate", np.inf), np.ones((4, 5)))


def test_branchpoints_and_endpoints():
    plus = np.zeros((5, 5), dtype=bool)
    plus[2, :] = plus[:, 2] = True
    b = matlab.bwmorph(plus, "branchpoints")
    assert b.sum() == 1 and b[2, 2]
    e = matlab.bwmorph(plus, "endpoints")
    assert e.sum() == 4 and e[0, 2] and e[4, 2] and e[2, 0] and e[2, 4]


def test_classes_shapes_and_inputs_unchanged():
    a = np.array([[0, 3, 0], [2, 5, 1], [0, 7, 0]], dtype=np.int16).astype(">i2")
    keep = a.copy()
    out = matlab.bwmorph(a, "remove")
    assert out.dtype == np.bool_
    np.testing.assert_array_equal(out, [[0, 1, 0], [1, 0, 1], [0, 1, 0]])
    np.testing.assert_array_equal(a, keep)
    row = matlab.bwmorph([1, 0, 1, 1, 1], "clean")
    assert row.shape == (5,)
    np.testing.assert_array_equal(row, [0, 0, 1, 1, 1])
    np.testing.assert_array_equal(matlab.bwmorph(a, "thin", 0), a != 0)
    strided = np.ones((6, 8), dtype=bool)[::2, ::2]
    np.testing.assert_array_equal(matlab.bwmorph(strided, "remove"),
                                  matlab.bwmorph(np.ascontiguousarray(strided), "remove"))
    assert matlab.bwmorph(np.zeros((0, 3)), "thin").shape == (0, 3)


def test_bad_input():
    with pytest.raises(CompatValueError, match="bwmorph: unknown operation 'blur'"):
        matlab.bwmorph(np.ones((3, 3)), "blur")
    with pytest.raises(CompatValueError, match="bwmorph: operation 'shrink' is not"):
        matlab.bwmorph(np.ones((3, 3)), "shrink")
    with pytest.raises(CompatValueError, match="bwmorph: N must be a nonnegative"):
        matlab.bwmorph(np.ones((3, 3)), "thin", -1)
    with pytest.raises(CompatValueError, match="bwmorph: N must be a nonnegative"):
        matlab.bwmorph(np.ones((3, 3)), "thin", 1.5)
    with pytest.raises(CompatValueError, match="bwmorph: Expected input number 1, BW, "
                                               "to be two-dimensional"):
        matlab.bwmorph(np.ones((3, 3, 2)), "thin")
    with pytest.raises(CompatValueError, match="bwmorph: BW must not contain NaN"):
        matlab.bwmorph(np.array([[np.nan, 1.0]]), "thin")
    with pytest.raises(CompatTypeError, match="bwmorph: OPERATION must be a string"):
        matlab.bwmorph(np.ones((3, 3)), 3)
    with pytest.raises(CompatTypeError, match="bwmorph: BW must be numeric or logical"):
        matlab.bwmorph(np.array([["a"]]), "thin")


@pytest.mark.octave
def test_against_octave():
    rng = np.random.default_rng(20512)
    cases, expected = [], []
    for k in range(12):
        shape = (int(rng.integers(3, 25)), int(rng.integers(3, 25)))
        a = rng.random(shape) < rng.uniform(0.2, 0.8)
        if k % 2:
            a = ndi.uniform_filter(a.astype(float), 3) > 0.5
        statements, outputs, want = [], [], []
        for i, op in enumerate(OCTAVE_OPS):
            for j, (n, text) in enumerate(((1, "1"), (3, "3"), (np.inf, "Inf"))):
                name = f"r{i}_{j}"
                statements.append(f"{name} = double(bwmorph(A, '{op}', {text}));")
                outputs.append(name)
                want.append(matlab.bwmorph(a, op, n))
        cases.append((" ".join(statements), {"A": a}, outputs))
        expected.append(want)
    got = run_octave(cases, setup="pkg load image")
    for result, want, case in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        for name, w in zip(case[2], want):
            np.testing.assert_array_equal(np.asarray(result[name]).reshape(w.shape) != 0,
                                          w, err_msg=name)
