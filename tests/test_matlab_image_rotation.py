"""MATLAB imrotate (compat.matlab.image_geometry): the 'loose' size rule, the rotation
sense and centre, exact right angles, the fill-padded border, nearest-neighbour ties,
class rules, FillValues, errors and inputs left alone, worked from the definitions; a
live comparison with GNU Octave where its geometry is MATLAB's. Captured values: golden
suite matlab/image_rotation."""

from __future__ import annotations

import math

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatTypeError, CompatValueError
from oracles import run_octave

A1 = np.array([[1.0, 2, 3], [2, 0, 1], [3, 6, 2]])


def test_printed_sixty_degrees():
    # MATLAB's printed imrotate(A1, 60) (golden case printed_60_degrees)
    want = np.array([[0, 0, 0, 0, 0], [0, 2, 3, 1, 0], [0, 1, 0, 2, 0], [0, 2, 3, 6, 0],
                     [0, 0, 0, 0, 0]], dtype=float)
    np.testing.assert_array_equal(matlab.imrotate(A1, 60), want)


@pytest.mark.parametrize("shape", [(3, 3), (7, 10), (9, 6), (1, 5), (2, 11)])
@pytest.mark.parametrize("angle", [1.0, 17.5, 45.0, 60.0, 89.9, 123.4, -33.0, 271.0])
def test_loose_size_is_ceil_of_rotated_edge_box(shape, angle):
    m, n = shape
    c, s = abs(math.cos(math.radians(angle))), abs(math.sin(math.radians(angle)))
    rows, cols = math.ceil(n * s + m * c - 1e-9), math.ceil(n * c + m * s - 1e-9)
    assert matlab.imrotate(np.ones(shape), angle).shape == (rows, cols)
    assert matlab.imrotate(np.ones(shape), angle, "bilinear", "crop").shape == shape


def test_counterclockwise_about_the_centre():
    # a single bright pixel right of the centre of a 9x9 image moves up (as displayed)
    a = np.zeros((9, 9))
    a[4, 7] = 1                                  # 3 columns right of the centre (4, 4)
    for angle, (r, c) in [(30.0, (4 - 1.5, 4 + 3 * math.cos(math.pi / 6))),
                          (-30.0, (4 + 1.5, 4 + 3 * math.cos(math.pi / 6)))]:
        out = matlab.imrotate(a, angle, "bilinear", "crop")
        assert out.sum() > 0.5
        rows, cols = np.indices(out.shape)
        rr, cc = (out * rows).sum() / out.sum(), (out * cols).sum() / out.sum()
        assert abs(rr - r) <= 0.25 and abs(cc - c) <= 0.25


def test_right_angles_are_exact_turns():
    rng = np.random.default_rng(12611)
    a = rng.integers(0, 255, (5, 7)).astype(np.uint8)
    np.testing.assert_array_equal(matlab.imrotate(a, 90), np.rot90(a))
    np.testing.assert_array_equal(matlab.imrotate(a, -90, "bicubic"), np.rot90(a, 3))
    np.testing.assert_array_equal(matlab.imrotate(a, 180, "bilinear"), a[::-1, ::-1])
    np.testing.assert_array_equal(matlab.imrotate(a, -450), np.rot90(a, 3))
    np.testing.assert_array_equal(matlab.imrotate(a, 720), a)
    # 'crop' of a non-square image: the central 5x5 square turned in place; for 5x8 the
    # offset is |floor(5/2) - floor(8/2)| = 2 columns
    b = np.arange(1, 41, dtype=float).reshape(5, 8)
    out = matlab.imrotate(b, 90, "nearest", "crop")
    want = np.zeros_like(b)
    want[:, 2:7] = np.rot90(b[:, 2:7])
    np.testing.assert_array_equal(out, want)
    tall = b.T.copy()                            # 8x5: offset 2 rows
    want = np.zeros_like(tall)
    want[2:7, :] = np.rot90(tall[2:7, :], 3)
    np.testing.assert_array_equal(matlab.imrotate(tall, -90, "crop"), want)


def test_border_blends_into_the_fill():
    # constant image of 1: a 'crop' rotation by a small angle; an output pixel whose
    # source lies a distance d beyond the last pixel centre (within the image's half
    # pixel of edge) gets 1 - d with bilinear (the image is padded with the fill, 0)
    a = np.ones((6, 6))
    out = matlab.imrotate(a, 10, "bilinear", "crop")
    c, s = math.cos(math.radians(10)), math.sin(math.radians(10))
    for i in range(6):
        for j in range(6):
            dx, dy = j - 2.5, i - 2.5
            sx, sy = 3.5 + c * dx - s * dy, 3.5 + s * dx + c * dy
            wx = min(1.0, max(0.0, 1 - max(0.0, 1 - sx, sx - 6)))
            wy = min(1.0, max(0.0, 1 - max(0.0, 1 - sy, sy - 6)))
            assert out[i, j] == pytest.approx(wx * wy, abs=1e-14)
    assert 0 < out.min() < 1                      # corners are partly covered


def test_nearest_ties_go_to_the_odd_pixel():
    # 90.0000... is exact, so use 60 degrees on a 3x3: the centre-row offsets are
    # cosd(60) = 0.49999999999999994 -> the sample sits half-way between two pixels
    out = matlab.imrotate(A1, 60)
    assert out[1, 2] == A1[0, 2]                  # y = 1.5 -> row 1
    assert out[3, 2] == A1[2, 0]                  # y = 2.5 -> row 3
    assert out[2, 1] == A1[0, 0]                  # x = 1.5 -> column 1
    assert out[2, 3] == A1[2, 2]                  # x = 2.5 -> column 3


def test_classes():
    rng = np.random.default_rng(12612)
    u = rng.integers(0, 256, (8, 9)).astype(np.uint8)
    for method in ("bilinear", "bicubic"):
        d = matlab.imrotate(u.astype(float), 33.3, method)
        got = matlab.imrotate(u, 33.3, method)
        assert got.dtype == np.uint8
        # MATLAB's cast: round half away from zero, saturate
        np.testing.assert_array_equal(got, np.clip(np.floor(d + 0.5), 0, 255))
    # bicubic overshoot saturates: a 0/255 step
    step = np.zeros((6, 6), dtype=np.uint8)
    step[:, 3:] = 255
    d = matlab.imrotate(step.astype(float), 20, "bicubic", "crop")
    assert d.max() > 255 and d.min() < 0
    got = matlab.imrotate(step, 20, "bicubic", "crop")
    assert got.max() == 255 and got.min() == 0
    w = (rng.integers(-30000, 30000, (7, 7))).astype(np.int16)
    d = matlab.imrotate(w.astype(float), -12, "bilinear")
    np.testing.assert_array_equal(matlab.imrotate(w, -12, "bilinear"),
                                  np.clip(np.trunc(d + np.copysign(0.5, d)), -32768, 32767))
    f = rng.random((6, 7)).astype(np.float32)
    out = matlab.imrotate(f, 40, "bicubic")
    assert out.dtype == np.float32
    np.testing.assert_allclose(out, matlab.imrotate(f.astype(float), 40, "bicubic"),
                               rtol=1e-5, atol=1e-6)
    # logical: true wherever the interpolated value is nonzero
    b = rng.random((7, 8)) > 0.6
    got = matlab.imrotate(b, 25, "bilinear")
    assert got.dtype == np.bool_
    np.testing.assert_array_equal(got, matlab.imrotate(b.astype(float), 25, "bilinear") != 0)
    # RGB and N-D stacks plane by plane
    rgb = rng.random((5, 6, 3, 2))
    out = matlab.imrotate(rgb, 70, "bilinear")
    for k in range(3):
        for t in range(2):
            np.testing.assert_array_equal(out[:, :, k, t],
                                          matlab.imrotate(rgb[:, :, k, t], 70, "bilinear"))
    # complex data: real and imaginary parts rotated alike
    z = rng.random((4, 5)) + 1j * rng.random((4, 5))
    np.testing.assert_allclose(matlab.imrotate(z, 15, "bicubic"),
                               matlab.imrotate(z.real, 15, "bicubic")
                               + 1j * matlab.imrotate(z.imag, 15, "bicubic"), atol=1e-15)


def test_fill_values():
    a = np.ones((5, 5), dtype=np.uint8) * 9
    out = matlab.imrotate(a, 45, "FillValues", 200)
    assert out[0, 0] == 200 and out[3, 3] == 9
    assert np.array_equal(out, matlab.imrotate(a, 45, FillValues=200))
    rgb = np.zeros((4, 4, 3))
    out = matlab.imrotate(rgb, 30, "nearest", "loose", "FillValues", [1, 2, 3])
    np.testing.assert_array_equal(out[0, 0], [1, 2, 3])
    # the right-angle 'crop' path fills its blank part too
    out = matlab.imrotate(np.ones((3, 6)), 90, "crop", "FillValues", 5)
    assert out[0, 0] == 5 and out[1, 2] == 1
    with pytest.raises(CompatValueError, match="one value per plane"):
        matlab.imrotate(rgb, 30, "FillValues", [1, 2])


def test_grammar_and_errors():
    a = np.arange(12.0).reshape(3, 4)
    np.testing.assert_array_equal(matlab.imrotate(a, 30, "crop", "bil"),
                                  matlab.imrotate(a, 30, "bilinear", "crop"))
    np.testing.assert_array_equal(matlab.imrotate(a, 30, b"bicubic"),
                                  matlab.imrotate(a, 30, "BICUBIC"))
    with pytest.raises(CompatValueError, match="ambiguous"):
        matlab.imrotate(a, 30, "bi")
    with pytest.raises(CompatValueError, match="unknown interpolation method"):
        matlab.imrotate(a, 30, "spline")
    with pytest.raises(CompatTypeError, match="must be text"):
        matlab.imrotate(a, 30, 3)
    with pytest.raises(CompatValueError, match="ANGLE must be a real scalar"):
        matlab.imrotate(a, [30, 40])
    with pytest.raises(CompatValueError, match="ANGLE must be finite"):
        matlab.imrotate(a, np.nan)
    with pytest.raises(CompatValueError, match="too many"):
        matlab.imrotate(a, 30, "nearest", "crop", "loose")
    with pytest.raises(CompatTypeError):
        matlab.imrotate("abc", 30)
    assert matlab.imrotate(np.zeros((0, 3)), 30).shape == (0, 3)


def test_inputs_left_alone_any_layout():
    rng = np.random.default_rng(12613)
    a = rng.random((6, 9))
    want = matlab.imrotate(a, 21, "bicubic")
    b = np.asarray(a, dtype=">f8")
    b.setflags(write=False)
    out = matlab.imrotate(b, 21, "bicubic")
    assert out.dtype.isnative
    np.testing.assert_array_equal(out, want)
    big = np.zeros((12, 18))
    big[::2, ::2] = a
    np.testing.assert_array_equal(matlab.imrotate(big[::2, ::2], 21, "bicubic"), want)
    np.testing.assert_array_equal(matlab.imrotate(np.asfortranarray(a), 21, "bicubic"), want)
    assert np.array_equal(np.asarray(b), a)


@pytest.mark.octave
def test_against_octave_crop_with_zero_border():
    """Octave's imrotate samples MATLAB's points for 'crop'; with a 3-pixel zero border
    the one difference (MATLAB pads with the fill, Octave does not) cannot show."""
    rng = np.random.default_rng(12614)
    cases, expected = [], []
    for k in range(15):
        m, n = (int(v) for v in rng.integers(1, 9, 2))
        core = rng.random((m, n))
        kind = k % 3
        if kind == 1:
            core = np.round(core * 255).astype(np.uint8)
        elif kind == 2:
            core = np.round(core * 4000 - 2000).astype(np.int16)
        A = np.pad(core, 3)
        angle = float(np.round(rng.uniform(-360, 360), 3))
        method = ("nearest", "bilinear", "bicubic")[k % 3 if k < 9 else int(rng.integers(3))]
        cases.append((f"B = imrotate(A, {angle!r}, '{method}', 'crop');", {"A": A}, ["B"]))
        expected.append(matlab.imrotate(A, angle, method, "crop"))
    got = run_octave(cases, setup="pkg load image")
    for result, want in zip(got, expected):
        assert not isinstance(result, Exception), result
        b = np.asarray(result["B"]).reshape(want.shape)
        if want.dtype.kind in "iu":
            np.testing.assert_array_equal(b, want)
        else:
            np.testing.assert_allclose(b, want, rtol=1e-13, atol=1e-13)
