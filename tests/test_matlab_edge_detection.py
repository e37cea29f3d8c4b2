"""MATLAB edge: MathWorks' edge.m steps (gradients, thresholds, thinning, zero crossings,
Canny) checked by hand, and against live Octave -- its own edge where it computes as
MATLAB does, and MATLAB's steps written out in reference_outputs/matlab/edge_detection."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError, MatlabValueError
from oracles import OCTAVE, run_octave

REF = Path(__file__).resolve().parents[1] / "reference_outputs" / "matlab" / "edge_detection"


def _square(n=16, lo=4, hi=12):
    image = np.zeros((n, n))
    image[lo:hi, lo:hi] = 1
    return image


def test_sobel_gradients_and_automatic_threshold_by_hand():
    image = _square()
    e, t, gx, gy = matlab.edge(image, nargout=4)
    p = np.pad(image, 1, mode="edge")
    # correlation with fspecial('sobel')'/8 and fspecial('sobel')/8 (top - bottom),
    # replicated border
    want_gx = ((p[:-2, :-2] + 2 * p[1:-1, :-2] + p[2:, :-2])
               - (p[:-2, 2:] + 2 * p[1:-1, 2:] + p[2:, 2:])) / 8      # left - right
    want_gy = ((p[:-2, :-2] + 2 * p[:-2, 1:-1] + p[:-2, 2:])
               - (p[2:, :-2] + 2 * p[2:, 1:-1] + p[2:, 2:])) / 8
    np.testing.assert_allclose(gx, want_gx, atol=1e-15)
    np.testing.assert_allclose(gy, want_gy, atol=1e-15)
    b = want_gx ** 2 + want_gy ** 2
    assert t == pytest.approx(np.sqrt(4 * b.mean()), rel=1e-14)
    # thinned: one-pixel-wide outline, every edge pixel above the cutoff
    assert e.dtype == np.bool_ and e.sum() == 28
    assert (b[e] > t * t).all()
    no_thin = matlab.edge(image, "sobel", "nothinning")
    np.testing.assert_array_equal(no_thin, b > t * t)


def test_directions_and_given_thresholds():
    image = np.zeros((12, 12))
    image[6:, :] = 1                                       # one horizontal edge
    horizontal = matlab.edge(image, "prewitt", 0.1, "horizontal")
    vertical = matlab.edge(image, "prewitt", 0.1, "vertical")
    assert horizontal.any() and not vertical.any()
    rows = np.nonzero(horizontal.any(axis=1))[0]
    assert set(rows) <= {5, 6}
    e, t = matlab.edge(image, "roberts", [], "nothinning", nargout=2)
    assert t > 0 and e.any()
    assert matlab.edge(image, "sobel", 10.0).sum() == 0     # above every gradient


def test_integer_images_are_im2single():
    u = (np.arange(100).reshape(10, 10) * 2.5).astype(np.uint8)
    e8, t8 = matlab.edge(u, "sobel", nargout=2)
    es, ts = matlab.edge(u.astype(np.float32) / 255, "sobel", nargout=2)
    np.testing.assert_array_equal(e8, es)
    assert t8 == ts
    gx = matlab.edge(u, "sobel", nargout=3)[2]
    assert gx.dtype == np.float32


def test_zero_crossings_of_a_filtered_step():
    image = np.zeros((20, 20))
    image[:, 10:] = 1
    e, t = matlab.edge(image, "log", nargout=2)
    assert t > 0
    cols = set(np.nonzero(e.any(axis=0))[0])
    assert cols and cols <= {9, 10}                       # the negative side of the step
    h = np.array([[0.0, 1, 0], [1, -4, 1], [0, 1, 0]])
    e2 = matlab.edge(image, "zerocross", 0, h)
    assert e2[1:-1, 9:11].any() and not e2[:, :8].any()


def test_canny_thresholds_and_hysteresis():
    image = _square(24, 6, 18) + 0.02 * np.random.default_rng(3).normal(size=(24, 24))
    e, t = matlab.edge(image, "canny", nargout=2)
    assert t.shape == (1, 2) and t[0, 0] == pytest.approx(0.4 * t[0, 1])
    assert t[0, 1] in {k / 64 for k in range(1, 65)}
    assert e.sum() > 0 and not e[0].any() and not e[:, 0].any()
    e2, t2 = matlab.edge(image, "canny", [0.1, 0.3], 2, nargout=2)
    assert t2.tolist() == [[0.1, 0.3]]
    with pytest.raises(MatlabValueError):
        matlab.edge(image, "canny", 1.5)
    with pytest.raises(MatlabValueError):
        matlab.edge(image, "canny", [0.3, 0.1])


def test_refusals_and_input_untouched():
    with pytest.raises(CompatValueError, match="two-dimensional"):
        matlab.edge(np.zeros((3, 3, 3)))
    with pytest.raises(CompatValueError, match="approxcanny"):
        matlab.edge(np.zeros((5, 5)), "approxcanny")
    with pytest.raises(MatlabValueError, match="Too many output"):
        matlab.edge(np.zeros((5, 5)), "canny", nargout=3)
    image = _square().astype(">f8")
    image.setflags(write=False)
    np.testing.assert_array_equal(matlab.edge(image), matlab.edge(_square()))
    assert matlab.edge(np.zeros((0, 4))).shape == (0, 4)


needs_octave = pytest.mark.skipif(OCTAVE is None, reason="needs octave-cli")


@needs_octave
def test_random_images_against_octave():
    """Octave's own edge for Sobel/Prewitt without thinning; MATLAB's steps (ref_edge.m)
    for thinning, Roberts, LoG and Canny, on random images."""
    rng = np.random.default_rng(5)
    cases, ours = [], []
    for k in range(4):
        shape = (int(rng.integers(12, 30)), int(rng.integers(12, 30)))
        g = np.clip(rng.normal(0.5, 0.2, size=shape), 0, 1)
        u = rng.integers(0, 256, size=shape).astype(np.uint8)
        cases.append(("[e, t] = edge(G, 'sobel', 'nothinning');", {"G": g}, ["e", "t"]))
        ours.append(matlab.edge(g, "sobel", "nothinning", nargout=2))
        cases.append(("[e, t] = ref_edge(G, 'prewitt', [], 1, 1, true);", {"G": g}, ["e", "t"]))
        ours.append(matlab.edge(g, "prewitt", nargout=2))
        cases.append(("[e, t] = ref_edge(U, 'roberts', [], 1, 1, true);", {"U": u}, ["e", "t"]))
        ours.append(matlab.edge(u, "roberts", nargout=2))
        cases.append(("[e, t] = ref_edge(U, 'canny', [], sqrt(2));", {"U": u}, ["e", "t"]))
        ours.append(matlab.edge(u, "canny", nargout=2))
    results = run_octave(cases, setup=f"pkg load image; addpath('{REF}');")
    for (e, t), got in zip(ours, results):
        np.testing.assert_array_equal(e, np.asarray(got["e"], dtype=bool))
        np.testing.assert_allclose(np.ravel(t), np.ravel(got["t"]), rtol=2e-7)
