"""compat._core.lazy.overlap, and the dask form of the conv family on windows large
enough for the blocked GEMM (more than 2^19 outputs: 8 output rows per Toeplitz block, BLAS rounding by tile): its
bands of whole rows, a quarter of an input block high (issue 20: the peak memory of
conv2 on 8192^2 in 1024^2 blocks), give the in-memory bits for irregular chunkings,
'full'/'same'/'valid', float32/float64 and a kernel whose long side runs along the rows
or the columns."""

from __future__ import annotations

import numpy as np
import pytest

da = pytest.importorskip("dask.array")
dask = pytest.importorskip("dask")

from compat import matlab  # noqa: E402


def same_bits(lazy, expected):
    assert isinstance(lazy, da.Array)
    with dask.config.set(scheduler="threads", num_workers=2):
        got = lazy.compute()
    assert got.dtype == expected.dtype and got.shape == expected.shape
    assert got.tobytes() == np.ascontiguousarray(expected).tobytes()


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("kshape,chunks", [((5, 5), (256, 300)), ((3, 7), (97, 181)),
                                           ((7, 2), (333, 64))])
def test_large_window_equals_in_memory(dtype, kshape, chunks):
    rng = np.random.default_rng(sum(kshape))
    a = rng.standard_normal((760, 730)).astype(dtype)
    kernel = rng.standard_normal(kshape).astype(dtype)
    d = da.from_array(a, chunks=chunks)
    for shape in ("full", "same", "valid"):
        same_bits(matlab.conv2(d, kernel, shape), matlab.conv2(a, kernel, shape))


def test_bands_are_a_quarter_block_high():
    a = da.zeros((4096, 4096), dtype=np.float32, chunks=1024)
    lazy = matlab.conv2(a, np.ones((5, 5), np.float32), "same")
    assert lazy.chunks[1] == (4096,)
    assert max(lazy.chunks[0]) <= 72


@pytest.mark.parametrize("shape,chunks,depth", [
    ((50, 40), (7, 9), {0: 2, 1: 3}), ((50, 40), ((10, 40), (20, 20)), {0: 0, 1: 4}),
    ((9, 8, 7), (4, 3, 7), {0: 1, 1: 2, 2: 0}), ((30,), (10,), {0: 3}),
    ((20, 20), (3, 10), {0: 5, 1: 1})])
def test_overlap_equals_dasks_and_halos_are_copies(shape, chunks, depth):
    """compat's overlap (halos copied, so a neighbour's block is released as soon as
    its own consumers have run: issue 20's SMOOTH peak) gives dask's extended blocks."""
    from compat._core import lazy
    a = np.random.default_rng(len(shape)).standard_normal(shape)
    x = da.from_array(a, chunks=chunks)
    boundary = {ax: "none" for ax in range(len(shape))}
    ours = lazy.overlap(x, depth, boundary)
    theirs = da.overlap.overlap(x, depth=depth, boundary=boundary)
    assert ours.chunks == theirs.chunks
    assert ours.compute().tobytes() == theirs.compute().tobytes()
    block = np.arange(20.0).reshape(4, 5)
    assert lazy._halo_piece(block, (slice(-2, None), slice(None))).base is None
