"""MATLAB colormap functions and hsv2rgb/rgb2hsv (goldens: reference_outputs/matlab/
colormaps, Octave 7.3)."""

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave_calls


def test_documented_shapes_and_values():
    assert matlab.gray().shape == (256, 3)            # MATLAB's default length
    np.testing.assert_array_equal(matlab.gray(3), [[0, 0, 0], [0.5, 0.5, 0.5], [1, 1, 1]])
    np.testing.assert_array_equal(matlab.jet(5), [[0, 0.5, 1], [0, 1, 1], [0.5, 1, 0.5],
                                                  [1, 1, 0], [1, 0.5, 0]])
    np.testing.assert_array_equal(matlab.hot(4), [[1, 0, 0], [1, 1, 0], [1, 1, 0.5],
                                                  [1, 1, 1]])
    assert matlab.jet(0).shape == (0, 3)
    with pytest.raises(ValueError):
        matlab.gray(-1)


def test_rgb_hsv_round_trip_and_integer_images():
    rng = np.random.default_rng(2)
    rgb = rng.uniform(size=(10, 4, 3))
    np.testing.assert_allclose(matlab.hsv2rgb(matlab.rgb2hsv(rgb)), rgb, atol=1e-14)
    img = (rgb * 255).astype(np.uint8)
    np.testing.assert_allclose(matlab.rgb2hsv(img), matlab.rgb2hsv(img / 255.0), atol=1e-15)
    with pytest.raises(ValueError):
        matlab.rgb2hsv(np.ones((3, 4)))


@pytest.mark.octave
def test_against_octave_on_random_lengths():
    sizes = [3, 9, 17, 33, 100, 255]
    names = ["gray", "jet", "hot", "cool", "copper"]
    cases = [(f"{n}({m})", {}, 1) for n in names for m in sizes]
    results = run_octave_calls(cases)
    k = 0
    for n in names:
        for m in sizes:
            np.testing.assert_allclose(getattr(matlab, n)(m), results[k][0], rtol=0,
                                       atol=2.3e-16, err_msg=f"{n}({m})")
            k += 1
