"""MATLAB regionprops and bweuler (compat.matlab.region_properties): the measurements
written out for small regions, the ellipse moments against their definition, an
unused label (regionprops.m's empty-region values), the input kinds, errors, inputs
left alone, and a live Octave run on random images. Captured values: golden suite
matlab/region_properties."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from compat._core.errors import CompatValueError
from oracles import run_octave


def test_small_region_by_hand():
    L = np.array([[0, 1, 1], [0, 1, 0]])
    s = matlab.regionprops(L, 'Area', 'Centroid', 'BoundingBox', 'Extent', 'Extrema',
                           'PixelList', 'EquivDiameter')
    r = s[0]
    assert r.Area == 3
    np.testing.assert_allclose(r.Centroid, [[7 / 3, 4 / 3]], rtol=1e-15)
    np.testing.assert_array_equal(r.BoundingBox, [[1.5, 0.5, 2, 2]])
    assert r.Extent == 0.75
    np.testing.assert_array_equal(r.PixelList, [[2, 1], [2, 2], [3, 1]])
    np.testing.assert_array_equal(r.Extrema[:2], [[1.5, 0.5], [3.5, 0.5]])
    assert r.EquivDiameter == pytest.approx(np.sqrt(4 * 3 / np.pi), rel=1e-15)


def test_ellipse_of_a_bar():
    bw = np.zeros((5, 9), dtype=bool)
    bw[2, 1:8] = True                        # a horizontal bar of 7 pixels
    r = matlab.regionprops(bw, 'MajorAxisLength', 'MinorAxisLength', 'Orientation',
                           'Eccentricity')[0]
    x = np.arange(7.0) - 3
    uxx = np.mean(x ** 2) + 1 / 12
    uyy = 1 / 12
    assert r.MajorAxisLength == pytest.approx(2 * np.sqrt(2) * np.sqrt(2 * uxx), rel=1e-14)
    assert r.MinorAxisLength == pytest.approx(2 * np.sqrt(2) * np.sqrt(2 * uyy), rel=1e-14)
    assert r.Orientation == 0.0
    diag = np.eye(6, dtype=bool)
    assert matlab.regionprops(diag, 'Orientation')[0].Orientation == pytest.approx(-45)


def test_unused_label_follows_regionprops_m():
    L = np.array([[1, 0, 3], [1, 0, 3]])
    s = matlab.regionprops(L, 'Area', 'Centroid', 'BoundingBox', 'MajorAxisLength',
                           'Extrema', 'Extent')
    assert len(s) == 3 and s[1].Area == 0
    assert np.isnan(s[1].Centroid).all()
    np.testing.assert_array_equal(s[1].BoundingBox, [[0.5, 0.5, 0, 0]])
    assert s[1].MajorAxisLength == 0 and np.isnan(s[1].Extent)
    np.testing.assert_array_equal(s[1].Extrema, np.full((8, 2), 0.5))


def test_input_kinds_and_errors():
    bw = np.array([[1, 0, 1], [1, 0, 1]], dtype=bool)
    by_bw = matlab.regionprops(bw)
    by_cc = matlab.regionprops(matlab.bwconncomp(bw))
    by_l = matlab.regionprops(matlab.bwlabel(bw))
    for a, b, c in zip(by_bw, by_cc, by_l):
        assert a.fieldnames() == ['Area', 'Centroid', 'BoundingBox']
        np.testing.assert_array_equal(a.Centroid, b.Centroid)
        np.testing.assert_array_equal(a.Centroid, c.Centroid)
    # a numeric 0/1 image is ONE region (a label matrix), as in MATLAB
    assert len(matlab.regionprops(bw.astype(float))) == 1
    with pytest.raises(CompatValueError, match="not supported"):
        matlab.regionprops(bw, 'Perimeter')
    with pytest.raises(CompatValueError, match="intensity image"):
        matlab.regionprops(bw, 'MeanIntensity')
    with pytest.raises(CompatValueError, match="Unknown measurement"):
        matlab.regionprops(bw, 'Colour')
    img = np.arange(6, dtype='>f8').reshape(2, 3)
    img.setflags(write=False)
    r = matlab.regionprops(bw, img, 'MeanIntensity', 'WeightedCentroid')
    assert r[0].MeanIntensity == 1.5 and np.array_equal(img, np.arange(6.0).reshape(2, 3))
    assert matlab.bweuler(np.ones((3, 3))) == 1.0


@pytest.mark.octave
def test_against_octave_random_images():
    rng = np.random.default_rng(9090)
    props = ["Area", "Centroid", "BoundingBox", "MajorAxisLength", "MinorAxisLength",
             "Eccentricity", "Orientation", "Extent", "FilledArea", "EulerNumber"]
    cases, expected = [], []
    for _ in range(6):
        bw = rng.random(tuple(int(v) for v in rng.integers(8, 30, 2))) > 0.5
        cell = "{" + ", ".join(f"'{p}'" for p in props) + "}"
        cases.append((f"s = regionprops(BW, {cell}); " + " ".join(
            f"o{j} = cat(1, s.{p});" for j, p in enumerate(props)), {"BW": bw},
            [f"o{j}" for j in range(len(props))]))
        s = matlab.regionprops(bw, props)
        expected.append([np.vstack([np.atleast_2d(r[p]) for r in s]) for p in props])
    got = run_octave(cases, setup="pkg load image")
    for result, want, (_, _, names) in zip(got, expected, cases):
        assert not isinstance(result, Exception), result
        for name, value in zip(names, want):
            np.testing.assert_allclose(np.asarray(result[name], dtype=float).reshape(
                value.shape), value, rtol=1e-12, atol=1e-13, err_msg=name)
