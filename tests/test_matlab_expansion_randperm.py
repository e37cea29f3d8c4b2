"""MATLAB bsxfun and randperm (issue 16): MATLAB's expansion rule and errors; randperm(n)
as the sort order of one rand(1, n) draw (goldens in reference_outputs/matlab/expansion
and .../randperm)."""

from __future__ import annotations

import numpy as np
import pytest

from compat import matlab


def test_bsxfun_expansion_rule():
    c, T = np.ones((3, 1)), np.full((3, 1, 4), 2.0)
    assert matlab.bsxfun("plus", c, T).shape == (3, 1, 4)        # numpy: (3, 3, 4)
    A = np.arange(6.0).reshape(3, 2)
    np.testing.assert_array_equal(matlab.bsxfun("@minus", A, A.mean(0, keepdims=True)),
                                  A - A.mean(0))
    assert matlab.bsxfun(np.hypot, [3.0], [4.0]).tolist() == [5.0]
    out = matlab.bsxfun("plus", np.int8([[100], [-100]]), np.int8([[100, 50]]))
    assert out.dtype == np.int8 and out.tolist() == [[127, 127], [0, -50]]
    assert matlab.bsxfun("ge", A, 2).dtype == np.bool_
    A0 = A.copy()
    matlab.bsxfun(lambda a, b: a * b, A, [1.0, 2.0])
    np.testing.assert_array_equal(A, A0)


def test_bsxfun_errors():
    with pytest.raises(ValueError, match=r"^bsxfun: Non-singleton dimensions of the two "
                                         r"input arrays must match each other\."):
        matlab.bsxfun("plus", np.ones((3, 2)), np.ones((2, 2)))
    with pytest.raises(ValueError, match=r"^bsxfun: unknown function name 'frobnicate'"):
        matlab.bsxfun("frobnicate", 1, 2)
    with pytest.raises(TypeError, match=r"^bsxfun: First argument must be a function"):
        matlab.bsxfun(3, 1, 2)
    with pytest.raises(ValueError, match=r"^bsxfun: the function returned size"):
        matlab.bsxfun(lambda a, b: np.sum(a + b), np.ones((2, 2)), np.ones((2, 2)))


def test_randperm():
    matlab.rng("default")
    assert matlab.randperm(6).tolist() == [[6, 3, 5, 1, 2, 4]]
    matlab.rng(7)
    u = matlab.rand(1, 20)
    matlab.rng(7)
    p = matlab.randperm(20)
    np.testing.assert_array_equal(p, np.argsort(u, kind="stable", axis=1) + 1)
    assert sorted(p.ravel().tolist()) == list(range(1, 21))
    assert matlab.randperm(0).shape == (1, 0)
    matlab.rng("default")
    assert matlab.randperm(8, 4).tolist() == [[6, 4, 7, 3]]  # MATLAB's documentation
    with pytest.raises(ValueError, match=r"^randperm: N must be a nonnegative integer"):
        matlab.randperm(2.5)
    with pytest.raises(ValueError, match=r"^randperm: N must be a nonnegative integer"):
        matlab.randperm(-1)
