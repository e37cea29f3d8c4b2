"""IDL SOBEL, PREWITT and ROBERTS: the formulas, edge rules, result types and integer
clipping of IDL's reference pages, by hand and against live GDL on random images."""

from __future__ import annotations

import numpy as np
import pytest

from compat import idl
from compat._core.errors import CompatValueError
from oracles import GDL, run_gdl

A = np.array([[1, 5, 9, 2], [7, 3, 8, 4], [6, 2, 0, 9], [4, 4, 1, 7]], dtype=np.uint8)


def _by_definition(f, weight):
    """IDL's A and B at IDL point (j, k) = numpy (k, j), element by element."""
    f = f.astype(float)
    rows, cols = f.shape
    a = np.zeros((rows, cols))
    b = np.zeros((rows, cols))
    for k in range(1, rows - 1):
        for j in range(1, cols - 1):
            F = lambda jj, kk: f[kk, jj]  # noqa: E731
            a[k, j] = ((F(j + 1, k - 1) + weight * F(j + 1, k) + F(j + 1, k + 1))
                       - (F(j - 1, k - 1) + weight * F(j - 1, k) + F(j - 1, k + 1)))
            b[k, j] = ((F(j - 1, k - 1) + weight * F(j, k - 1) + F(j + 1, k - 1))
                       - (F(j - 1, k + 1) + weight * F(j, k + 1) + F(j + 1, k + 1)))
    return a, b


@pytest.mark.parametrize("dtype", [np.uint8, np.int16, np.uint16, np.int32, np.float64])
def test_formulas_and_types(dtype):
    rng = np.random.default_rng(7)
    f = rng.integers(0, 200, size=(6, 9)).astype(dtype)
    a, b = _by_definition(f, 2)
    expected_type = np.int16 if dtype in (np.uint8, np.int16) else dtype
    s = idl.sobel(f)
    assert s.dtype == expected_type
    np.testing.assert_array_equal(s, np.abs(a) + np.abs(b))
    a, b = _by_definition(f, 1)
    p = idl.prewitt(f)
    assert p.dtype == expected_type
    root = np.sqrt(a * a + b * b)
    np.testing.assert_array_equal(p, root if dtype == np.float64 else np.trunc(root))
    g = f.astype(float)
    r = np.zeros_like(g)
    r[:-1, :-1] = np.abs(g[:-1, :-1] - g[1:, 1:]) + np.abs(g[1:, :-1] - g[:-1, 1:])
    assert idl.roberts(f).dtype == expected_type
    np.testing.assert_array_equal(idl.roberts(f), r)


def test_edges_are_zero_and_small_images():
    assert not idl.sobel(A)[[0, -1], :].any() and not idl.sobel(A)[:, [0, -1]].any()
    assert not idl.roberts(A)[-1].any() and not idl.roberts(A)[:, -1].any()
    assert idl.prewitt(np.ones((2, 2), np.float32)).tolist() == [[0, 0], [0, 0]]
    assert idl.roberts(np.array([[4], [1], [7]], np.int16)).tolist() == [[0], [0], [0]]


def test_integer_results_clip_to_the_type_maximum():
    """IDL: computed in the next larger signed type, values above the maximum set to it."""
    u = np.array([[65535, 0, 65535], [0, 65535, 0], [65535, 0, 0]], dtype=np.uint16)
    assert idl.sobel(u)[1, 1] == 65535              # |-65535| + |65535| = 131070
    assert idl.prewitt(u)[1, 1] == 65535            # sqrt(2) * 65535 = 92680.3
    big = np.array([[2 ** 31 - 1, 0, 0], [0, 0, 0], [-(2 ** 31 - 1), 0, 0]], np.int32)
    assert idl.sobel(big)[1, 1] == 2 ** 31 - 1      # 4294967294 clipped
    i = np.array([[32767, -32768, 32767], [-32768, 32767, -32768], [0, 0, 0]], np.int16)
    assert idl.sobel(i)[1, 1] == 2 and idl.prewitt(i)[1, 1] == 32766
    huge = np.full((3, 3), 2 ** 62, dtype=np.int64)
    huge[0] = -(2 ** 62)
    assert idl.sobel(huge)[1, 1] == np.iinfo(np.int64).max   # exact 2**64, clipped


def test_refusals_and_inputs_untouched():
    with pytest.raises(CompatValueError, match="Array must have 2 dimensions"):
        idl.sobel(np.arange(5.0))
    with pytest.raises(CompatValueError, match=r"Array\[4\]"):
        idl.roberts(np.array([[4, 1, 7, 2]], np.int16))       # IDL's [4, 1] is [4]
    with pytest.raises(CompatValueError, match="Array must have 2 dimensions"):
        idl.prewitt(np.zeros((2, 3, 3)))
    big = A.astype(">i2")
    big.setflags(write=False)
    np.testing.assert_array_equal(idl.sobel(big), idl.sobel(A.astype(np.int16)))
    assert big.dtype.byteorder == ">"


needs_gdl = pytest.mark.skipif(GDL is None, reason="needs gdl")


@needs_gdl
def test_random_images_against_gdl():
    """Integer images (GDL agrees exactly where nothing overflows) and DOUBLE SOBEL
    (rounding order); ROBERTS compared by value (GDL returns DOUBLE)."""
    rng = np.random.default_rng(99)
    cases, ours = [], {}
    for k in range(8):
        shape = tuple(int(n) for n in rng.integers(3, 12, size=2))
        dtype = [np.uint8, np.int16, np.uint16, np.int32][k % 4]
        img = rng.integers(0, 120, size=shape).astype(dtype)
        for op in ("sobel", "prewitt", "roberts"):
            name = f"{op}{k}"
            cases.append((name, {"img": img}, f"{op}(img)"))
            ours[name] = getattr(idl, op)(img)
        d = rng.normal(size=shape)
        cases.append((f"dsobel{k}", {"d": d}, "sobel(d)"))
        ours[f"dsobel{k}"] = idl.sobel(d)
    results = run_gdl(cases)
    for name, value in ours.items():
        got = results[name]
        if name.startswith("roberts"):
            np.testing.assert_array_equal(value.astype(float), got)
        elif name.startswith("dsobel"):
            np.testing.assert_allclose(value, got, rtol=0, atol=1e-13)
        else:
            assert value.dtype == got.dtype, name
            np.testing.assert_array_equal(value, got)
