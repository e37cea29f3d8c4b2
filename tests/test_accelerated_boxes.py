"""compat._core.accelerated_boxes (issue 20): IDL SMOOTH's fused compiled box means give
the numpy path's bits (compat._core.windows.box_mean, COMPAT_NUMBA=0) for every edge
mode, /NAN and MISSING, NaN and +-Inf at any density, 1-D and 2-D, float32/float64 and
integer input, whatever the number of threads."""

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from compat import idl
from compat._core import accelerated_boxes, accelerated_sums
from compat.idl import smoothing

needs_numba = pytest.mark.skipif(accelerated_boxes._compiled() is None,
                                 reason="numba not installed (compat[fast])")

EDGES = [{}, {"edge_truncate": True}, {"edge_mirror": True}, {"edge_wrap": True},
         {"edge_zero": True}]


def numpy_path(monkeypatch, fn, *args, **kwargs):
    """``fn(*args, **kwargs)`` with every compiled kernel switched off."""
    with monkeypatch.context() as m:
        m.setattr(accelerated_sums, "_kernels", lambda: None)
        assert accelerated_boxes._compiled() is None
        return fn(*args, **kwargs)


def random_data(rng, shape, dtype, density, infinities):
    a = rng.normal(size=shape) * 10.0 ** rng.integers(-3, 4)
    bad = rng.random(shape) < density
    kinds = [np.nan, np.inf, -np.inf] if infinities else [np.nan]
    a[bad] = rng.choice(kinds, int(bad.sum()))
    return a.astype(dtype) if np.dtype(dtype).kind == "f" else np.nan_to_num(
        a, nan=0.0, posinf=0.0, neginf=0.0).round().astype(dtype)


@needs_numba
@settings(max_examples=150, deadline=None)
@given(shape=st.lists(st.integers(1, 23), min_size=1, max_size=2),
       seed=st.integers(0, 2**32 - 1),
       dtype=st.sampled_from([np.float32, np.float64, np.int16]),
       density=st.sampled_from([0.0, 0.01, 0.1, 0.5, 1.0]),
       infinities=st.booleans(), edge=st.integers(0, 4), nan=st.booleans(),
       missing=st.sampled_from([None, -7.5]), fraction=st.lists(
           st.floats(0, 1), min_size=2, max_size=2))
def test_fused_box_means_equal_the_numpy_path(shape, seed, dtype, density, infinities,
                                              edge, nan, missing, fraction):
    rng = np.random.default_rng(seed)
    a = random_data(rng, shape, dtype, density, infinities)
    width = [int(f * n) for f, n in zip(fraction, reversed(shape))]
    width = [w - 1 if w % 2 == 0 and w + 1 > n else w
             for w, n in zip(width, reversed(shape))]
    widths, mode, miss = smoothing._options(a.shape, width, missing, **EDGES[edge])
    empty = np.nan if miss is None else float(miss)
    out_dtype = a.dtype if a.dtype.kind == "f" else np.dtype(np.float64)
    fused = accelerated_boxes.box_mean_2d(a, widths, mode, nan, empty, out_dtype,
                                          force=True)
    with pytest.MonkeyPatch.context() as m:
        m.setattr(accelerated_sums, "_kernels", lambda: None)
        expected = smoothing._smooth_real(a, widths, mode, nan, empty, out_dtype)
    assert fused is not None
    assert fused.dtype == expected.dtype and fused.shape == expected.shape
    assert fused.tobytes() == expected.tobytes()


@needs_numba
@pytest.mark.parametrize("kw", EDGES + [{"nan": True}, {"nan": True, "edge_truncate": True},
                                        {"nan": True, "edge_zero": True, "missing": 3.0}])
@pytest.mark.parametrize("shape, width", [((300, 257), 5), ((257, 300), [31, 3]),
                                           ((70_001,), 51), ((256, 256), [1, 9])])
def test_smooth_of_large_arrays_equals_the_numpy_path(monkeypatch, kw, shape, width):
    rng = np.random.default_rng(20)
    a = random_data(rng, shape, np.float32, 0.05, True)
    got = idl.smooth(a, width, **kw)
    assert got.tobytes() == numpy_path(monkeypatch, idl.smooth, a, width, **kw).tobytes()


@needs_numba
@pytest.mark.parametrize("kw", [{}, {"edge_truncate": True}, {"nan": True},
                                {"edge_wrap": True, "nan": True, "missing": -1.0}])
def test_a_stack_of_planes_is_smoothed_plane_by_plane(monkeypatch, kw):
    """SMOOTH(cube, [5, 3, 1]) (IDL order) runs the 2-D kernels on each plane, with the
    numpy path's bits; a width above 1 along the stacking axis is not fused."""
    rng = np.random.default_rng(23)
    cube = random_data(rng, (3, 2, 90, 130), np.float32, 0.05, True)
    got = idl.smooth(cube, [5, 3, 1, 1], **kw)
    assert got.tobytes() == numpy_path(monkeypatch, idl.smooth, cube, [5, 3, 1, 1],
                                       **kw).tobytes()
    assert accelerated_boxes.box_mean_2d(cube, [1, 3, 3, 5], "nearest", False, np.nan,
                                         np.float32) is None


@needs_numba
@pytest.mark.parametrize("threads", [1, 3, 7])
def test_results_do_not_depend_on_the_number_of_threads(monkeypatch, threads):
    rng = np.random.default_rng(21)
    a = random_data(rng, (517, 300), np.float32, 0.03, True)
    base = [idl.smooth(a, 7, edge_truncate=True), idl.smooth(a, 5, nan=True),
            idl.smooth(a, 9)]
    monkeypatch.setattr(accelerated_boxes, "THREADS", threads)
    again = [idl.smooth(a, 7, edge_truncate=True), idl.smooth(a, 5, nan=True),
             idl.smooth(a, 9)]
    assert [r.tobytes() for r in again] == [r.tobytes() for r in base]


@needs_numba
def test_only_planes_and_known_modes_are_fused():
    a = np.zeros((70, 40, 30), np.float32)
    assert accelerated_boxes.box_mean_2d(a, [3, 3, 3], "nearest", False, np.nan,
                                         np.float32) is None
    assert accelerated_boxes.box_mean_2d(a, [1, 3, 3], "nearest", False, np.nan,
                                         np.float32) is not None
    b = np.zeros((400, 400), np.float32)
    assert accelerated_boxes.box_mean_2d(b, [3, 3], "shrink", False, np.nan,
                                         np.float32) is None
    assert accelerated_boxes.box_mean_2d(b[:10, :10], [3, 3], "nearest", False, np.nan,
                                         np.float32) is None   # small: numpy path
    assert accelerated_boxes.box_mean_2d(b, [3, 3], "nearest", False, np.nan,
                                         np.float32) is not None


def test_numba_switched_off_gives_none(monkeypatch):
    monkeypatch.setattr(accelerated_sums, "_kernels", lambda: None)
    b = np.zeros((400, 400), np.float32)
    assert accelerated_boxes.box_mean_2d(b, [3, 3], "nearest", False, np.nan,
                                         np.float32, force=True) is None


@needs_numba
@pytest.mark.skipif(not hasattr(__import__("os"), "fork"), reason="needs fork")
def test_a_forked_child_runs_its_own_threads():
    """The parent's worker threads do not exist in a forked child: the child must not
    wait for them."""
    import multiprocessing
    a = random_data(np.random.default_rng(22), (300, 300), np.float32, 0.01, False)
    expected = idl.smooth(a, 5)            # the parent's pool exists now
    context = multiprocessing.get_context("fork")
    with context.Pool(1) as pool:
        got = pool.apply_async(idl.smooth, (a, 5)).get(timeout=60)
    assert got.tobytes() == expected.tobytes()
