"""IDL SEARCH2D and SEARCH3D (compat.idl.region_growing).

Goldens: reference_outputs/idl/region_growing (IDL 8.0's search2d.pro/search3d.pro run
in GDL 1.0.1, kept as printed values). Here: known regions, the seed's first step
without the edge test, IDL's comparison types, the library's error texts (GDL halts on a
MESSAGE inside a library .pro, so they are unit tests, not goldens), and a live run of
IDL 8.0's files on random arrays (skipped without gdl or without the local,
non-redistributable copy of the library).
"""

import shutil
from pathlib import Path

import numpy as np
import pytest
from scipy import ndimage

from compat import idl
from tests.oracles import GDL, run_gdl

IDL80_LIB = Path("/tmp/corp/leonf88+envi-spectrum/lib")


def test_region_is_the_connected_in_range_component():
    rng = np.random.default_rng(3)
    for _ in range(10):
        a = rng.random((12, 15)).astype(np.float32)
        a[5, 6] = 0.5
        region = idl.search2d(a, 6, 5, 0.3, 0.8)
        lab, _ = ndimage.label((a >= 0.3) & (a <= 0.8))
        np.testing.assert_array_equal(region, np.flatnonzero(lab == lab[5, 6]))
        assert region.dtype == np.int32
        region = idl.search2d(a, 6, 5, 0.3, 0.8, diagonal=True)
        lab, _ = ndimage.label((a >= 0.3) & (a <= 0.8), np.ones((3, 3)))
        np.testing.assert_array_equal(region, np.flatnonzero(lab == lab[5, 6]))


def test_3d_six_and_twenty_six_neighbours():
    vol = np.zeros((3, 3, 3), np.int16)
    vol[0, 0, 0] = vol[1, 1, 1] = vol[2, 2, 2] = 7
    assert idl.search3d(vol, 1, 1, 1, 5, 9).tolist() == [13]
    assert idl.search3d(vol, 1, 1, 1, 5, 9, diagonal=True).tolist() == [0, 13, 26]
    vol[1, 1, 2] = 7
    assert idl.search3d(vol, 1, 1, 1, 5, 9).tolist() == [13, 14]


def test_seed_neighbours_skip_the_edge_test():
    # a step 0 | 5: the edge array min(a, a - shifted a) is -5 on the low side of the
    # step (columns 3 and, through SHIFT's wrap-around, 0) and 0 elsewhere
    a = np.zeros((5, 8), np.float32)
    a[:, 4:] = 5
    assert idl.search2d(a, 3, 2, 0, 10).size == 40

    def mask(region):
        m = np.zeros(a.shape, bool)
        m.flat[region] = True
        return m

    # seed in column 3: its own neighbours are taken, other column-3 cells are not
    want = np.ones(a.shape, bool)
    want[:, 0] = False
    want[[0, 4], 3] = False
    np.testing.assert_array_equal(mask(idl.search2d(a, 3, 2, 0, 10, decrease=-1, increase=1)),
                                  want)
    # INCREASE alone: DECREASE defaults to 0.0 (here the same cells pass)
    np.testing.assert_array_equal(mask(idl.search2d(a, 3, 2, 0, 10, increase=1)), want)
    # seed in column 1: (0, 2) is a first-step neighbour; column 3 blocks the rest
    want = np.zeros(a.shape, bool)
    want[:, 1:3] = True
    want[2, 0] = True
    np.testing.assert_array_equal(mask(idl.search2d(a, 1, 2, 0, 10, decrease=-1, increase=1)),
                                  want)


def test_values_compare_in_idl_types():
    a = np.full((3, 3), np.float32(0.7))
    # FLOAT 0.7 is below DOUBLE 0.7: the seed is out of range
    with pytest.raises(ValueError, match="must be >= min_val"):
        idl.search2d(a, 1, 1, 0.7, 1.0)
    assert idl.search2d(a, 1, 1, np.float32(0.7), 1.0).size == 9
    b = np.array([[0, 200, 255]], np.uint8)
    assert idl.search2d(b, 1, 0, 150, 300).tolist() == [1, 2]      # INT bounds, no wrap


def test_positions_and_keywords_read_as_idl():
    a = np.ones((4, 6), np.int16)
    assert idl.search2d(a, [2.9, 99], 1.2, 1, 1).size == 24         # Long(xpos[0])
    # DIAGONAL is BYTE(DIAGONAL[0]): 256 is off
    a = np.eye(4, dtype=np.int16)
    assert idl.search2d(a, 0, 0, 1, 1, diagonal=256).tolist() == [0]
    assert idl.search2d(a, 0, 0, 1, 1, diagonal=[1, 0]).size == 4


def test_errors_are_the_librarys():
    a = np.ones((4, 6), np.float32)
    cases = [
        ((np.ones(5), 0, 0, 0, 1), "^SEARCH2D: Array must have two dimensions$"),
        ((a, -1, 0, 0, 1), "^SEARCH2D: Xpos must be >= 0$"),
        ((a, 6, 0, 0, 1), "^SEARCH2D: Xpos must be < array size$"),
        ((a, 0, -1, 0, 1), "^SEARCH2D: Ypos must be >= 0$"),
        ((a, 0, 4, 0, 1), "^SEARCH2D: Ypos must be < array size$"),
        ((a, 0, 0, 2, 1), "^SEARCH2D: Max value must be >= min value$"),
        ((a, 0, 0, 2, 3), r"^SEARCH2D: Value of array at \(xpos,ypos\) must be >= min_val "
                          r"and <= max_val$"),
    ]
    for args, message in cases:
        with pytest.raises(ValueError, match=message):
            idl.search2d(*args)
    with pytest.raises(ValueError, match="^SEARCH2D: Smooth band must be < size of array$"):
        idl.search2d(a, 0, 0, 0, 1, lpf_band=4)
    v = np.ones((3, 4, 5))
    with pytest.raises(ValueError, match="^SEARCH3D: Array must have three dimensions$"):
        idl.search3d(a, 0, 0, 0, 0, 1)
    with pytest.raises(ValueError, match="^SEARCH3D: Zpos must be < array size$"):
        idl.search3d(v, 0, 0, 3, 0, 1)
    with pytest.raises(ValueError, match=r"^SEARCH3D: Value of array at \(xpos,ypos,zpos\)"):
        idl.search3d(v, 0, 0, 0, 2, 3)
    with pytest.raises(TypeError, match="^SEARCH2D: "):
        idl.search2d(np.ones((3, 3), complex), 0, 0, 0, 1)
    with pytest.raises(TypeError, match="^SEARCH2D: "):
        idl.search2d("abc", 0, 0, 0, 1)


def test_inputs_are_not_modified():
    a = np.random.default_rng(4).random((6, 7)).astype(">f8")
    a[3, 3] = 0.5
    a.flags.writeable = False
    before = a.copy()
    r = idl.search2d(a, 3, 3, 0.2, 0.9, decrease=-0.5, increase=0.5, lpf_band=3)
    np.testing.assert_array_equal(a, before)
    assert r.dtype == np.int32 and 24 in r


def _random_cases(rng, n):
    for k in range(n):
        three = k % 2 == 1
        shape = tuple(int(rng.integers(4, 9)) for _ in range(3 if three else 2))
        kind = k % 4
        if kind == 0:
            a = rng.random(shape).astype(np.float32)
        elif kind == 1:
            a = rng.integers(0, 6, shape).astype(np.uint8)
        elif kind == 2:
            a = rng.normal(size=shape)
        else:
            a = rng.integers(-4, 5, shape).astype(np.int16)
        seed = tuple(int(rng.integers(0, s)) for s in shape)
        value = float(a[seed])
        lo, hi = value - float(rng.uniform(0, 2)), value + float(rng.uniform(0, 2))
        if a.dtype.kind in "iu":
            lo, hi = int(np.floor(lo)), int(np.ceil(hi))
        kw = {}
        if k % 3 == 1:
            kw = {"decrease": -float(rng.uniform(0, 2)), "increase": float(rng.uniform(0, 1))}
        if k % 5 == 2:
            kw["diagonal"] = 1
        yield k, a, seed[::-1], lo, hi, kw, three


@pytest.mark.gdl
@pytest.mark.skipif(GDL is None, reason="gdl not installed")
@pytest.mark.skipif(not (IDL80_LIB / "search2d.pro").exists(),
                    reason="no local copy of IDL 8.0's library (not redistributable)")
def test_against_idl80_search2d_search3d_in_live_gdl(tmp_path):
    for name in ("search2d.pro", "search3d.pro"):
        shutil.copy(IDL80_LIB / name, tmp_path)
    cases, expected = [], {}
    for k, a, pos, lo, hi, kw, three in _random_cases(np.random.default_rng(91), 40):
        def lit(x):
            return repr(x) + ("d" if isinstance(x, float) else "")
        keywords = "".join(f", {key}={lit(v)}" for key, v in kw.items())
        args = ", ".join(str(p) for p in pos)
        name = f"s{k}"
        routine = "search3d" if three else "search2d"
        cases.append((name, {"a": a}, f"{routine}(a, {args}, {lit(lo)}, {lit(hi)}{keywords})"))
        expected[name] = getattr(idl, routine)(a, *pos, lo, hi, **kw)
    got = run_gdl(cases, tmp_path)
    assert any(v.size > 5 for v in expected.values())
    for name, want in expected.items():
        assert not isinstance(got[name], Exception), got[name]
        np.testing.assert_array_equal(got[name].reshape(-1), want, err_msg=name)
        assert got[name].dtype == want.dtype, name
