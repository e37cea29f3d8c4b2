"""dask arrays in, dask arrays out (issue 20): the window and convolution families return
lazy dask arrays equal, bit for bit and for any chunking, to the in-memory result (dtype
and shape included); nothing imports dask unless given a dask array.

The property tests draw the array's shape, its chunking (random chunk sizes along every
axis), its values (NaN and Inf sprinkled in) and the routine's options, and compare the
bytes of the computed dask result with the in-memory call on the same data.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np
import pytest

da = pytest.importorskip("dask.array")
dask = pytest.importorskip("dask")
from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

import compat  # noqa: E402
from compat import idl, matlab  # noqa: E402

SETTINGS = settings(max_examples=30, deadline=None,
                    suppress_health_check=[HealthCheck.too_slow,
                                           HealthCheck.data_too_large])


@pytest.fixture(autouse=True)
def _synchronous():
    with dask.config.set(scheduler="synchronous"):
        yield


def _one_nan(x: np.ndarray) -> np.ndarray:
    """``x`` with every NaN the same NaN. A NaN's sign and payload are not values in IDL
    or MATLAB (ISNAN/isnan, printed as NaN), and they depend on which NaN an addition
    meets first: x86's invalid operations (inf - inf, 0 * inf) give the negative default
    NaN, a NaN operand propagates with its own sign (hypothesis found a 'full' convn
    with NaN and +-Inf inputs whose chunked result had +NaN where the in-memory one had
    -NaN, every other bit equal)."""
    if x.dtype.kind == "f":
        return np.where(np.isnan(x), x.dtype.type(np.nan), x)
    if x.dtype.kind == "c":
        return _one_nan(x.real) + 1j * _one_nan(x.imag).astype(x.dtype)
    return x


def same(lazy, expected):
    """The computed dask result is the in-memory one, bit for bit (NaNs: same places)."""
    assert isinstance(lazy, da.Array)
    got = lazy.compute()
    expected = np.asarray(expected)
    assert got.dtype == expected.dtype
    assert got.shape == expected.shape
    assert lazy.shape == expected.shape and lazy.dtype == expected.dtype
    assert _one_nan(got).tobytes() == _one_nan(expected).tobytes()


# ------------------------------------------------------------------- strategies
@st.composite
def chunked(draw, ndim=2, min_side=1, max_side=24, dtypes=("float32", "float64")):
    """(numpy array, its dask form with random chunk sizes)."""
    shape = tuple(draw(st.integers(min_side, max_side)) for _ in range(ndim))
    dtype = np.dtype(draw(st.sampled_from(dtypes)))
    seed = draw(st.integers(0, 2**32 - 1))
    rng = np.random.default_rng(seed)
    if dtype.kind == "f":
        a = (rng.standard_normal(shape) * 10).astype(dtype)
        special = draw(st.sampled_from(["none", "nan", "inf", "both"]))
        if special != "none" and a.size:
            flat = a.reshape(-1)
            count = draw(st.integers(1, 3))
            where = rng.integers(0, a.size, count)
            values = {"nan": [np.nan], "inf": [np.inf, -np.inf],
                      "both": [np.nan, np.inf, -np.inf]}[special]
            flat[where] = rng.choice(values, count)
    else:
        info = np.iinfo(dtype)
        a = rng.integers(max(info.min, -1000), min(info.max, 1000), shape).astype(dtype)
    chunks = []
    for n in shape:
        sizes, left = [], n
        while left:
            c = draw(st.integers(1, left))
            sizes.append(c)
            left -= c
        chunks.append(tuple(sizes))
    return a, da.from_array(a, chunks=tuple(chunks))


EDGES = [{}, {"edge_truncate": True}, {"edge_wrap": True}, {"edge_mirror": True},
         {"edge_zero": True}]


# ------------------------------------------------------------------- IDL
@SETTINGS
@given(data=chunked(min_side=2, dtypes=("float32", "float64", "int16", "uint8")),
       width=st.sampled_from([2, 3, 5, 7, (3, 5)]), edge=st.sampled_from(EDGES),
       nan=st.booleans(), missing=st.sampled_from([None, -1.0]))
def test_smooth_equals_in_memory_for_any_chunking(data, width, edge, nan, missing):
    a, d = data
    width = list(width) if isinstance(width, tuple) else width
    kwargs = dict(edge, nan=nan)
    if missing is not None:
        kwargs["missing"] = missing
    try:
        expected = idl.smooth(a, width, **kwargs)
    except compat.CompatError as error:
        with pytest.raises(type(error)):
            idl.smooth(d, width, **kwargs).compute()
        return
    same(idl.smooth(d, width, **kwargs), expected)


@SETTINGS
@given(data=chunked(min_side=3, dtypes=("float32", "float64", "uint8", "int16")),
       width=st.sampled_from([2, 3, 4, 5]), even=st.booleans())
def test_median_filter_equals_in_memory_for_any_chunking(data, width, even):
    a, d = data
    width = min(width, *a.shape)
    same(idl.median(d, width, even=even), idl.median(a, width, even=even))


@SETTINGS
@given(data=chunked(min_side=1), kshape=st.sampled_from([(1, 1), (3, 3), (2, 5), (5, 1)]),
       edge=st.sampled_from(EDGES), nan=st.booleans(), normalize=st.booleans(),
       center=st.booleans(), seed=st.integers(0, 1000))
def test_convol_equals_in_memory_for_any_chunking(data, kshape, edge, nan, normalize,
                                                  center, seed):
    a, d = data
    kernel = np.random.default_rng(seed).standard_normal(kshape).astype(np.float32)
    kwargs = dict(edge, nan=nan, normalize=normalize, center=center)
    try:
        expected = idl.convol(a, kernel, **kwargs)
    except compat.CompatError as error:
        with pytest.raises(type(error)):
            idl.convol(d, kernel, **kwargs).compute()
        return
    same(idl.convol(d, kernel, **kwargs), expected)


# ------------------------------------------------------------------- MATLAB
@SETTINGS
@given(data=chunked(min_side=1), kshape=st.sampled_from([(1, 1), (3, 3), (2, 5), (4, 1)]),
       shape=st.sampled_from(["full", "same", "valid"]), seed=st.integers(0, 1000),
       which=st.sampled_from(["conv2", "filter2", "convn"]))
def test_conv_family_equals_in_memory_for_any_chunking(data, kshape, shape, seed, which):
    a, d = data
    kernel = np.random.default_rng(seed).standard_normal(kshape)
    if which == "conv2":
        same(matlab.conv2(d, kernel, shape), matlab.conv2(a, kernel, shape))
    elif which == "filter2":
        same(matlab.filter2(kernel, d, shape), matlab.filter2(kernel, a, shape))
    else:
        same(matlab.convn(d, kernel, shape), matlab.convn(a, kernel, shape))


@SETTINGS
@given(data=chunked(ndim=3, min_side=1, max_side=9), shape=st.sampled_from(["full", "same",
                                                                          "valid"]))
def test_convn_3d_equals_in_memory_for_any_chunking(data, shape):
    a, d = data
    kernel = np.arange(12, dtype=np.float64).reshape(2, 3, 2) - 5
    same(matlab.convn(d, kernel, shape), matlab.convn(a, kernel, shape))


def test_convn_with_the_smaller_plane_chunked_keeps_the_bits():
    # A's planes (4x1) smaller than B's (2x3): A's plane is the GEMM's kernel, which the
    # row alignment used to cut into bands again after the whole-plane rechunk (a
    # float32 'full' result then differed by an ulp in 5 of 60 elements)
    a = np.array([[[1.2573022, -1.3210486, 6.4042263]], [[1.0490012, -5.3566937, 3.6159506]],
                  [[13.040001, 9.47081, -7.0373526]], [[-12.654215, -6.2327447, 0.4132598]]],
                 np.float32)
    kernel = np.arange(12, dtype=np.float64).reshape(2, 3, 2) - 5
    for chunks in ((3, 1, 3), (1, 1, 1), (2, 1, 2)):
        got = matlab.convn(da.from_array(a, chunks=chunks), kernel, "full").compute()
        assert got.tobytes() == matlab.convn(a, kernel, "full").tobytes(), chunks


def test_results_are_lazy_and_threads_do_not_change_them():
    rng = np.random.default_rng(5)
    a = rng.standard_normal((300, 200)).astype(np.float32)
    a[10:20, 50] = np.nan
    d = da.from_array(a, chunks=(64, 48))
    lazy = idl.smooth(d, 5, edge_truncate=True)
    assert isinstance(lazy, da.Array) and lazy.chunks[0][0] == 64
    with dask.config.set(scheduler="threads", num_workers=2):
        got = lazy.compute()
    assert got.tobytes() == idl.smooth(a, 5, edge_truncate=True).tobytes()


def test_arguments_are_checked_before_anything_is_computed():
    d = da.ones((10, 10), chunks=5)
    with pytest.raises(compat.CompatValueError, match="^SMOOTH: "):
        idl.smooth(d, 30)
    with pytest.raises(compat.CompatValueError, match="^MEDIAN: "):
        idl.median(d, 11)


def test_routines_without_a_dask_form_receive_the_computed_array():
    d = da.arange(6, chunks=2).astype(np.float64)
    assert isinstance(idl.reverse(d), np.ndarray)


def test_nothing_imports_dask_unless_given_a_dask_array():
    code = textwrap.dedent("""
        import sys
        import numpy as np
        import compat
        from compat import idl, matlab
        a = np.arange(64, dtype=np.float32).reshape(8, 8)
        idl.smooth(a, 3); idl.convol(a, np.ones((3, 3))); idl.median(a, 3)
        idl.total(a); idl.mean(a)
        matlab.conv2(a, np.ones((2, 2))); matlab.movmean(a, 3); matlab.sum(a)
        loaded = sorted(m for m in sys.modules if m == "dask" or m.startswith("dask.")
                        or m in ("compat._core.lazy", "compat.idl._lazy",
                                 "compat.matlab._lazy"))
        print(loaded)
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# ------------------------------------------------------------------- reductions
def _value(x):
    return np.asarray(x.compute() if isinstance(x, da.Array) else x)


@SETTINGS
@given(data=chunked(ndim=3, min_side=1, max_side=9,
                    dtypes=("float32", "float64", "int16", "uint8")),
       dimension=st.sampled_from([None, 1, 2, 3]),
       options=st.sampled_from([{}, {"cumulative": True}, {"double": True},
                                {"nan": True}, {"integer": True},
                                {"preserve_type": True}, {"double": 0},
                                {"double": 0, "cumulative": True}]))
def test_idl_total_and_mean_are_bit_for_bit(data, dimension, options):
    """TOTAL's running total is carried from block to block: 0 ulps."""
    a, d = data
    expected = np.asarray(idl.total(a, dimension, **options))
    got = _value(idl.total(d, dimension, **options))
    assert got.dtype == expected.dtype and got.shape == expected.shape
    assert got.tobytes() == expected.tobytes()
    if set(options) <= {"double", "nan"}:
        expected = np.asarray(idl.mean(a, dimension=dimension, **options))
        got = _value(idl.mean(d, dimension=dimension, **options))
        assert got.dtype == expected.dtype and got.tobytes() == expected.tobytes()


@SETTINGS
@given(data=chunked(min_side=1, dtypes=("float32", "float64", "int16", "uint8")),
       options=st.sampled_from([{"nan": True}, {"binsize": 2.5, "nan": True},
                                {"min": -5, "max": 7}, {"max": 3, "nan": True},
                                {"nan": True, "locations": True, "omin": True,
                                 "omax": True}]))
def test_idl_histogram_counts_are_exact(data, options):
    a, d = data
    try:
        expected = idl.histogram(a, **options)
    except compat.CompatError as error:
        with pytest.raises(type(error)):
            idl.histogram(d, **options)
        return
    got = idl.histogram(d, **options)
    expected = expected if isinstance(expected, tuple) else (expected,)
    got = got if isinstance(got, tuple) else (got,)
    assert isinstance(got[0], da.Array)
    for e, g in zip(expected, got):
        g = _value(g)
        assert g.dtype == e.dtype and g.shape == e.shape and g.tobytes() == e.tobytes()


@SETTINGS
@given(data=chunked(ndim=3, min_side=1, max_side=9,
                    dtypes=("float32", "float64", "int16")),
       which=st.sampled_from(["sum", "mean", "std"]),
       args=st.sampled_from([(), (1,), (2,), (3,), ([1, 3],), (2, "omitnan"),
                             ("omitnan",)]))
def test_matlab_reductions_along_dimensions_are_bit_for_bit(data, which, args):
    """Blocks hold whole lines of the reduced dimensions: MATLAB's own arithmetic."""
    a, d = data
    fn = getattr(matlab, which)
    if which == "std" and a.dtype.kind != "f":
        return
    dims = np.ravel(args[0]) if args and not isinstance(args[0], str) else \
        [next((ax + 1 for ax, n in enumerate(a.shape) if n != 1), 1)]
    if all(ax + 1 in dims or n == 1 for ax, n in enumerate(a.shape)):
        return  # every element: the next test
    if which == "std":
        args = ([],) + args  # std(A, w, dim, ...)
    expected = np.asarray(fn(a, *args))
    got = fn(d, *args)
    assert isinstance(got, da.Array)
    got = _value(got)
    assert got.dtype == expected.dtype and got.shape == expected.shape
    assert got.tobytes() == expected.tobytes()


@SETTINGS
@given(data=chunked(ndim=2, min_side=1, max_side=30, dtypes=("float32", "float64")),
       which=st.sampled_from(["sum", "mean", "std"]), omit=st.booleans())
def test_matlab_reductions_of_every_element_within_the_documented_bound(data, which,
                                                                        omit):
    """Over every element the blocks' pairwise sums combine: sum within
    2*(ceil(log2 n) + 16) u * sum|x|, mean that over n, std 4*(ceil(log2 n) + 16) u
    relative (matlab._lazy's docstrings)."""
    a, d = data
    args = ("all", "omitnan") if omit else ("all",)
    fn = getattr(matlab, which)
    expected = np.asarray(fn(a, *args))
    got = _value(fn(d, *args))
    assert got.dtype == expected.dtype and got.shape == expected.shape
    n = a.size
    u = np.finfo(a.dtype).eps / 2
    k = np.ceil(np.log2(max(n, 2))) + 16
    if not np.isfinite(expected).all():  # Inf and NaN: IEEE's, in any order
        assert np.array_equal(got, expected, equal_nan=True)
        return
    scale = np.nansum(np.abs(a.astype(np.float64)))
    bound = {"sum": 2 * k * u * scale, "mean": 2 * k * u * scale / max(n, 1),
             "std": 4 * k * u * np.abs(expected)}[which]
    assert np.all(np.abs(got.astype(np.float64) - expected) <= bound + np.finfo(
        a.dtype).tiny)


@SETTINGS
@given(data=chunked(ndim=2, min_side=1, dtypes=("float32", "float64", "int16")),
       edges=st.sampled_from([[-3.0, -1, 0, 0.5, 2, 10], list(range(-5, 6))]))
def test_matlab_histcounts_with_edges_are_exact(data, edges):
    a, d = data
    expected = matlab.histcounts(a, np.array(edges))
    got = matlab.histcounts(d, np.array(edges))
    assert isinstance(got, da.Array)
    got = _value(got)
    assert got.dtype == expected.dtype and got.shape == expected.shape
    assert got.tobytes() == expected.tobytes()


# ------------------------------------------------------------------- moving, filter
MOVING = ["movmean", "movsum", "movmedian", "movmax", "movmin", "movprod", "movstd",
          "movvar"]


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(data=chunked(min_side=1, dtypes=("float32", "float64", "int16")),
       which=st.sampled_from(MOVING), k=st.sampled_from([1, 2, 3, 4, 7, (2, 0), (0, 3)]),
       dim=st.sampled_from([None, 1, 2]), omit=st.booleans(),
       endpoints=st.sampled_from(["shrink", "discard", "fill", -2.5]))
def test_moving_statistics_equal_in_memory_for_any_chunking(data, which, k, dim, omit,
                                                             endpoints):
    a, d = data
    fn = getattr(matlab, which)
    if which in ("movstd", "movvar") and a.dtype.kind != "f":
        return
    k = list(k) if isinstance(k, tuple) else k
    kwargs = dict(dim=dim, Endpoints=endpoints)
    if omit:
        kwargs["nanflag"] = "omitnan"
    expected = fn(a, k, **kwargs)
    same(fn(d, k, **kwargs), expected)


@SETTINGS
@given(data=chunked(min_side=1, dtypes=("float32", "float64", "int16")),
       coefficients=st.sampled_from([([1.0, 2, 1], [1.0, -0.5, 0.2]), ([0.2] * 5, [1.0]),
                                     ([1.0], [2.0, 0.3])]),
       dim=st.sampled_from([None, 1, 2]))
def test_filter_equals_in_memory_for_any_chunking(data, coefficients, dim):
    a, d = data
    b, den = coefficients
    same(matlab.filter(b, den, d, [], dim), matlab.filter(b, den, a, [], dim))
