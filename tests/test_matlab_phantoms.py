"""MATLAB phantom (compat.matlab.phantoms): MATLAB's grid and tables, the call forms,
a live Octave (image package) run on random ellipse matrices."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab
from oracles import run_octave


def test_grid_and_tables():
    p = matlab.phantom(511)
    # MATLAB's grid: y of row 103 (1-based) is 153/255 = 0.6 exactly, on the edge of the
    # fifth ellipse (y0 = 0.35, b = 0.25): inside (Octave's colon grid puts it outside)
    assert (np.arange(511.0) - 255)[408] / 255 == 0.6
    assert p[102, 255] == pytest.approx(1 - 0.8 + 0.1)
    assert matlab.phantom().shape == (256, 256)
    r = matlab.phantom("shepp-logan", 16, nargout=2)
    assert r.E[:, 0].tolist() == [1, -0.98, -0.02, -0.02, 0.01, 0.01, 0.01, 0.01, 0.01, 0.01]
    assert r.E[8].tolist() == [0.01, 0.023, 0.023, 0.0, -0.606, 0.0]
    assert matlab.phantom(1).shape == (1, 1)
    e = np.array([[2.0, 1.0, 1.0, 0.0, 0.0, 0.0]])
    assert np.all(matlab.phantom(e, 5)[[0, 0, 4, 4], [0, 4, 0, 4]] == 0)   # corners out
    assert matlab.phantom(e, 5)[2, 2] == 2
    with pytest.raises(ValueError, match=r"^phantom: Unknown phantom type"):
        matlab.phantom("nosuch")
    with pytest.raises(ValueError, match="positive integer"):
        matlab.phantom(2.5)


@pytest.mark.octave
def test_against_octave_random_ellipses():
    rng = np.random.default_rng(35)
    cases, ours = [], []
    for n in (33, 64, 90):
        e = np.column_stack([rng.uniform(-1, 1, 5), rng.uniform(0.05, 0.6, 5),
                             rng.uniform(0.05, 0.6, 5), rng.uniform(-0.5, 0.5, 5),
                             rng.uniform(-0.5, 0.5, 5), rng.uniform(-90, 90, 5)])
        cases.append((f"P = phantom(e, {n});", {"e": e}, ["P"]))
        ours.append(matlab.phantom(e, n))
    for mine, got in zip(ours, run_octave(cases, setup="pkg load image")):
        assert not isinstance(got, Exception), got
        assert np.array_equal(mine, got["P"])
