"""The compiled small-window convolution (compat._core.accelerated_conv) gives the BLAS
path's bits (compat._core.convolution._gemm_window through numpy's matmul) for every
shape, dtype, kernel and 'full'/'same'/'valid' window it takes, signed zeros and
subnormal products included (issue 20: conv2 256^2 5x5 'full' in half Octave's time)."""

from __future__ import annotations

import numpy as np
import pytest

from compat._core import accelerated_conv, accelerated_sums, convolution
from compat.matlab import conv2, filter2

pytest.importorskip("numba")


def blas_path(monkeypatch, fn, *args):
    with monkeypatch.context() as m:
        m.setattr(convolution, "small_conv_kernel", lambda mk, nk: None)
        return fn(*args)


def same_bits(a, b) -> bool:
    a, b = np.ascontiguousarray(a), np.ascontiguousarray(b)
    return a.dtype == b.dtype and a.shape == b.shape and a.tobytes() == b.tobytes()


def _operands(rng, dtype, shape, kshape, kind):
    A = rng.standard_normal(shape).astype(dtype)
    B = rng.standard_normal(kshape).astype(dtype)
    if kind == "zeros":  # signed zeros: the sums' zero signs must match too
        A[rng.random(A.shape) < 0.3] = 0.0
        A[rng.random(A.shape) < 0.3] = -0.0
        B[rng.random(B.shape) < 0.3] = -0.0
    elif kind == "tiny":  # products round to subnormals or underflow to zero
        A *= np.finfo(dtype).tiny * 4
    return A, B


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("kind", ["normal", "zeros", "tiny"])
def test_compiled_window_equals_the_blas_path(monkeypatch, dtype, kind):
    rng = np.random.default_rng(20 + len(kind))
    used = []
    real = convolution.small_conv_kernel
    monkeypatch.setattr(convolution, "small_conv_kernel",
                        lambda mk, nk: used.append(mk) or real(mk, nk))
    for _ in range(12):
        shape = tuple(int(n) for n in rng.integers(60, 140, 2))
        kshape = tuple(int(n) for n in rng.choice([1, 2, 3, 5], 2))
        A, B = _operands(rng, dtype, shape, kshape, kind)
        for form in ("full", "same", "valid"):
            got = conv2(A, B, form)
            assert same_bits(got, blas_path(monkeypatch, conv2, A, B, form)), \
                (shape, kshape, form)
    assert used, "the compiled path was never taken"


def test_issue_case_and_filter2(monkeypatch):
    """conv2 256^2 * 5x5 'full' (the benchmark's case), 'same', and filter2 (the kernel
    rotated), double and single."""
    rng = np.random.default_rng(256)
    for dtype in (np.float64, np.float32):
        A, B = _operands(rng, dtype, (256, 256), (5, 5), "normal")
        for fn, args in ((conv2, (A, B, "full")), (conv2, (A, B, "same")),
                         (filter2, (B, A, "same")), (conv2, (A, B.T[:3], "valid"))):
            assert same_bits(fn(*args), blas_path(monkeypatch, fn, *args))


def test_the_kernel_chain_is_fused():
    """Each product is rounded into the running sum once (a fused multiply-add, as the
    BLAS kernels do): (1+eps)^2 - (1+2 eps) is eps^2 fused, 0 with the product
    rounded first; a compiler that split the FMA would fail here."""
    eps = np.finfo(np.float64).eps
    kernel = accelerated_conv.small_conv_kernel(2, 1)
    P = np.array([[-(1 + 2 * eps)], [1 + eps]])
    K = np.array([[1.0], [1 + eps]])
    out = np.empty((1, 1))
    kernel(P, K, out)
    assert out[0, 0] == eps * eps


def test_a_blas_that_rounds_otherwise_keeps_the_blas_path(monkeypatch):
    """The compiled path is used only where a probe shows it gives this machine's BLAS
    bits (another BLAS, or a CPU without FMA, rounds otherwise): a kernel off by one
    ulp is refused and conv2 returns the BLAS path's result."""
    real = accelerated_conv.small_conv_kernel(5, 5)

    def off_by_an_ulp(A, K, out, *geometry):
        real(A, K, out, *geometry)
        out[0, 0] = np.nextafter(out[0, 0], np.inf)

    monkeypatch.setattr(convolution, "small_conv_kernel", lambda mk, nk: off_by_an_ulp)
    monkeypatch.setattr(convolution, "_KERNEL_AGREES", {})
    A, B = _operands(np.random.default_rng(3), np.float64, (128, 128), (5, 5), "normal")
    got = conv2(A, B, "full")
    assert convolution._KERNEL_AGREES == {(5, 5, "<f8", 1): False}
    assert same_bits(got, blas_path(monkeypatch, conv2, A, B, "full"))
    monkeypatch.setattr(convolution, "small_conv_kernel", lambda mk, nk: real)
    monkeypatch.setattr(convolution, "_KERNEL_AGREES", {})
    assert same_bits(conv2(A, B, "full"), got)
    assert convolution._KERNEL_AGREES == {(5, 5, "<f8", 1): True}


def test_off_switch(monkeypatch):
    monkeypatch.setattr(accelerated_sums, "_kernels", lambda: None)
    assert accelerated_conv.small_conv_kernel(5, 5) is None
    assert accelerated_conv.small_conv_kernel(1, 1) is None
    assert accelerated_conv.shifted_add_kernel() is None


@pytest.mark.parametrize("kind", ["normal", "zeros", "tiny"])
def test_compiled_shifted_adds_equal_numpy_adds(monkeypatch, kind):
    """Windows on the BLAS path (a 17-row kernel, beyond the compiled loop; a 15 x 15
    double kernel with 8-row blocks, whose 22-product contractions BLAS orders itself;
    complex data; 17 x 17 on 2000 columns, kernel columns in two groups (16 + 1)): the
    compiled shifted adds of the per-column products give the numpy adds' bits."""
    if accelerated_conv.shifted_add_kernel() is None:
        pytest.skip("compiled kernels switched off (COMPAT_NUMBA=0)")
    rng = np.random.default_rng(17 + len(kind))
    used = []
    real = accelerated_conv.shifted_add_kernel
    monkeypatch.setattr(convolution, "shifted_add_kernel",
                        lambda: (lambda *a: used.append(a[0].shape) or real()(*a)))
    for dtype, shape, kshape, form in (
            (np.float64, (90, 120), (17, 4), "full"), (np.float32, (70, 150), (3, 17), "same"),
            (np.float64, (800, 700), (15, 15), "same"), (np.complex128, (80, 90), (5, 3), "full"),
            (np.complex64, (60, 70), (4, 6), "valid"), (np.float64, (300, 2000), (17, 17), "same")):
        real_type = np.float32 if dtype in (np.float32, np.complex64) else np.float64
        A, B = _operands(rng, real_type, shape, kshape, kind)
        if np.dtype(dtype).kind == "c":
            A = A + 1j * _operands(rng, A.dtype, shape, kshape, kind)[0]
        A, B = A.astype(dtype), B.astype(dtype)
        got = conv2(A, B, form)
        with monkeypatch.context() as m:
            m.setattr(convolution, "shifted_add_kernel", lambda: None)
            assert same_bits(got, conv2(A, B, form)), (dtype, shape, kshape, form)
    groups = {s[1] for s in used}
    assert len(used) > 6 and 1 in groups and 16 in groups and 15 in groups


def test_the_probe_checks_the_window_gemm_shapes(monkeypatch):
    """A kernel that agrees with BLAS on the small probes but not on a wide window's
    GEMM shapes (here: off by an ulp in the last column of windows over 1000 columns)
    is refused for that window: the second probe runs the window's geometry."""
    real = accelerated_conv.small_conv_kernel(5, 5)
    if real is None:
        pytest.skip("compiled kernels switched off (COMPAT_NUMBA=0)")

    def wrong_when_wide(A, K, out, *geometry):
        real(A, K, out, *geometry)
        if out.shape[1] > 1000:
            out[:, -1] = np.nextafter(out[:, -1], np.inf)

    monkeypatch.setattr(convolution, "small_conv_kernel", lambda mk, nk: wrong_when_wide)
    monkeypatch.setattr(convolution, "_KERNEL_AGREES", {})
    monkeypatch.setattr(convolution, "_WINDOW_AGREES", {})
    rng = np.random.default_rng(5)
    A, B = _operands(rng, np.float64, (300, 1100), (5, 5), "normal")
    got = conv2(A, B, "same")
    assert list(convolution._KERNEL_AGREES.values()) == [True]
    assert list(convolution._WINDOW_AGREES.values()) == [False]
    assert same_bits(got, blas_path(monkeypatch, conv2, A, B, "same"))
    A, B = _operands(rng, np.float64, (300, 200), (5, 5), "normal")  # narrow: compiled
    assert same_bits(conv2(A, B, "full"), blas_path(monkeypatch, conv2, A, B, "full"))
    assert False not in list(convolution._WINDOW_AGREES.values())[1:]


@pytest.mark.parametrize("form", ["same", "valid"])
def test_wide_windows_give_the_blas_bits(monkeypatch, form):
    """Double windows of 2000+ columns with 8-row blocks: OpenBLAS 0.3.31's SkylakeX
    GEMM adds the last columns of products of 56 rows and 2054 columns in another
    order than the compiled chain (conv2 300 x 2048 by 7 x 7, 'same': 601 outputs an
    ulp off before the window probe), so conv2 gives the BLAS path's bits whichever
    path the probe picks, on every machine."""
    rng = np.random.default_rng(2048)
    for shape, kshape in (((300, 2048), (7, 7)), ((300, 2048), (7, 5)),
                          ((260, 2100), (8, 8)), ((300, 3000), (6, 6))):
        A, B = _operands(rng, np.float64, shape, kshape, "normal")
        got = conv2(A, B, form)
        assert same_bits(got, blas_path(monkeypatch, conv2, A, B, form)), (shape, kshape)


def _underflowing(rng, dtype, shape, kshape):
    """Operands whose products underflow to signed zeros (a ``-0`` sum only where every
    product is ``-0``): the BLAS path's zero Toeplitz entries then decide the sign."""
    tiny = np.sqrt(np.finfo(dtype).smallest_subnormal) / 2
    A = np.where(rng.random(shape) < 0.15, tiny, -tiny).astype(dtype)
    A[rng.random(A.shape) < 0.3] = -0.0
    B = np.full(kshape, tiny, dtype)
    B[rng.random(B.shape) < 0.2] *= np.asarray(1e6, dtype)  # some products nonzero
    return A, B


@pytest.mark.parametrize("dtype", [np.float64, np.float32])
@pytest.mark.parametrize("kind", ["normal", "zeros", "tiny", "underflow"])
def test_taller_blocks_equal_the_blas_path(dtype, kind):
    """Windows whose BLAS geometry has h > 1 output rows per Toeplitz block (large
    windows, and blocks of a dask array planned on the whole array): the compiled
    kernel gives that geometry's bits, the signed zeros of underflowing products
    included (the Toeplitz rows' trailing zero entries turn some -0 sums into +0)."""
    rng = np.random.default_rng(8 + len(kind))
    flipped = draws = 0
    # Ten draws; the underflow kind draws on until the case its rule exists for has
    # occurred (an output whose sign differs between the one-row and a taller geometry).
    # About a third of its draws show one (measured over 3000 draws: 34% float64, 36%
    # float32; half the draws have an odd No, whose geometries below are all BLAS ones),
    # so ten draws alone miss it with probability 0.66**10 ~ 1.6% (seed 17 + 2026,
    # float64, did); 60 draws at most: 0.66**60 ~ 1e-11.
    while draws < 10 or (kind == "underflow" and not flipped and draws < 60):
        draws += 1
        shape = tuple(int(n) for n in rng.integers(5, 60, 2))
        # one pass per row (5x5), column groups and a remainder (9x8: 5 + 3), one
        # column (3x1)
        mk, nk = ((5, 5), (9, 8), (3, 1), (5, 3))[int(rng.integers(4))]
        if kind == "underflow":
            A, B = _underflowing(rng, dtype, shape, (mk, nk))
        else:
            A, B = _operands(rng, dtype, shape, (mk, nk), kind)
        Mo, No = shape[0] + mk - 1, shape[1] + nk - 1
        kernel = accelerated_conv.small_conv_kernel(mk, nk)
        one_row = convolution._gemm_window(A, B, 0, Mo, 0, No, dtype, (1, nk, No),
                                           compiled=False)
        for h in (2, 3, 8):
            geometry = (h, max(1, nk - 1), max(2, No // 2))
            if not convolution._compiled_ok(mk, nk, 4096, No, dtype, *geometry):
                continue  # a matrix-vector product in the geometry: the BLAS path
            blas = convolution._gemm_window(A, B, 0, Mo, 0, No, dtype, geometry,
                                            compiled=False)
            mine = convolution._gemm_window(A, B, 0, Mo, 0, No, dtype, geometry,
                                            compiled=kernel)
            assert same_bits(mine, blas), (shape, mk, nk, h)
            flipped += int(np.count_nonzero(np.signbit(one_row) != np.signbit(blas)))
    if kind == "underflow":  # the case the trailing-zero rule exists for did occur
        assert flipped > 0


def test_large_windows_take_the_compiled_path(monkeypatch):
    """conv2 'same' of a 1024 x 600 array (over 2^19 outputs: the 8-row geometry) by
    5x4 and 9x8 kernels (one pass; column groups and a remainder), and a float32
    'valid' one: the compiled path where it applies, the BLAS path's bits, on
    threads."""
    rng = np.random.default_rng(1024)
    used = []
    real = convolution.small_conv_kernel
    monkeypatch.setattr(convolution, "small_conv_kernel",
                        lambda mk, nk: used.append((mk, nk)) or real(mk, nk))
    # (float64 9x8 with 8-row blocks contracts 16 products: the BLAS path, _CHAIN_MAX)
    for dtype, k, form in ((np.float64, 5, "same"), (np.float32, 9, "same"),
                           (np.float64, 9, "same"), (np.float32, 4, "valid")):
        A, B = _operands(rng, dtype, (1024, 600), (k, k - 1), "zeros")
        got = conv2(A, B, form)
        assert same_bits(got, blas_path(monkeypatch, conv2, A, B, form)), (k, form)
    assert {(5, 4), (9, 8), (4, 3)} <= set(used)


def test_bits_do_not_depend_on_the_thread_count(monkeypatch):
    from compat._core import accelerated_boxes

    rng = np.random.default_rng(7)
    A, B = _operands(rng, np.float64, (700, 300), (5, 5), "normal")
    results = []
    for threads in (1, 2, 3):
        monkeypatch.setattr(accelerated_boxes, "THREADS", threads)
        results.append(conv2(A, B, "same"))
    assert same_bits(results[0], results[1]) and same_bits(results[0], results[2])


def test_the_probe_checks_the_taller_geometry(monkeypatch):
    """A kernel that ignores the BLAS geometry's zero Toeplitz entries (h) agrees on
    one-row blocks but is refused for taller ones: the probe's underflowing operands
    tell them apart."""
    real = accelerated_conv.small_conv_kernel(3, 3)

    def one_row_only(A, K, out, h, r0, c0):
        real(A, K, out, 1, r0, c0)

    monkeypatch.setattr(convolution, "small_conv_kernel", lambda mk, nk: one_row_only)
    monkeypatch.setattr(convolution, "_KERNEL_AGREES", {})
    for dtype in (np.float64, np.float32):
        assert convolution._agreeing_kernel(3, 3, dtype, 1) is one_row_only
        assert convolution._agreeing_kernel(3, 3, dtype, 3) is None
        assert convolution._agreeing_kernel(3, 3, dtype, 8) is None
